package pdf

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// gopdf's catalog has no /Lang, its document information no /Keywords, and
// its outline is flat with wrong heights on landscape pages. Rather than
// patch gopdf, Write appends an incremental update (PDF 32000-1 §7.5.6) to
// gopdf's output: a new catalog (object 1) with the language, the display
// title preference and a nested outline of its own, and a complete
// document information dictionary. Readers see one document.

// tailWriter counts and hashes what passes through it and keeps the last
// bytes, where gopdf's startxref is.
type tailWriter struct {
	w    io.Writer
	n    int64
	h    hash.Hash
	tail []byte
	err  error
}

func newTailWriter(w io.Writer) *tailWriter {
	return &tailWriter{w: w, h: md5.New()}
}

func (t *tailWriter) Write(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	n, err := t.w.Write(p)
	t.n += int64(n)
	t.h.Write(p[:n])
	t.tail = append(t.tail, p[:n]...)
	if len(t.tail) > 128 {
		t.tail = append(t.tail[:0], t.tail[len(t.tail)-64:]...)
	}
	if err != nil {
		t.err = err
	}
	return n, err
}

// prevXref returns the startxref offset of what was written so far.
func (t *tailWriter) prevXref() (int64, error) {
	i := bytes.LastIndex(t.tail, []byte("startxref"))
	if i < 0 {
		return 0, errors.New("pdf: no startxref in gopdf output")
	}
	f := strings.Fields(string(t.tail[i+len("startxref"):]))
	if len(f) == 0 {
		return 0, errors.New("pdf: no startxref in gopdf output")
	}
	return strconv.ParseInt(f[0], 10, 64)
}

// updateWriter writes the objects of the incremental update through a
// buffer, remembering where each starts: the update of a long document
// holds a structure element for every table cell, so it is written as
// it is made rather than made whole first.
type updateWriter struct {
	bw  *bufio.Writer
	off int64 // offset in the file of the next byte
	// offsets holds where the objects before the structure tree start,
	// structOffs those of the structure tree, numbered from structFirst.
	offsets     map[int]int64
	structFirst int
	structOffs  []int64
	num         []byte
}

func (u *updateWriter) Write(p []byte) (int, error) {
	n, err := u.bw.Write(p)
	u.off += int64(n)
	return n, err
}

func (u *updateWriter) WriteString(s string) (int, error) {
	n, err := u.bw.WriteString(s)
	u.off += int64(n)
	return n, err
}

// begin starts object num.
func (u *updateWriter) begin(num int) {
	if u.structOffs != nil && num >= u.structFirst {
		u.structOffs[num-u.structFirst] = u.off
	} else {
		u.offsets[num] = u.off
	}
	u.num = strconv.AppendInt(u.num[:0], int64(num), 10)
	u.num = append(u.num, " 0 obj\n"...)
	u.Write(u.num)
}

// end ends an object.
func (u *updateWriter) end() { u.WriteString("\nendobj\n") }

// obj writes object num with body.
func (u *updateWriter) obj(num int, body string) {
	u.begin(num)
	u.WriteString(body)
	u.end()
}

// writeUpdate appends the incremental update. next is the first free
// object number, pageIDs the object number of each page.
func (l *layouter) writeUpdate(t *tailWriter, next int, pageIDs []int) error {
	prev, err := t.prevXref()
	if err != nil {
		return err
	}
	id := fmt.Sprintf("%x", t.h.Sum(nil))
	b := &updateWriter{bw: bufio.NewWriterSize(t, 64<<10), off: t.n, offsets: map[int]int64{}}
	obj := b.obj
	b.WriteString("\n")

	d := l.d
	infoID := next
	next++
	var info strings.Builder
	info.WriteString("<<")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&info, " /%s %s", k, pdfText(v))
		}
	}
	field("Title", l.title())
	field("Author", d.Author)
	field("Subject", d.Subject)
	field("Keywords", strings.Join(d.Keywords, ", "))
	field("Creator", "go-prosessplan")
	field("Producer", "go-prosessplan render/pdf (gopdf)")
	if !d.Created.IsZero() {
		fmt.Fprintf(&info, " /CreationDate %s /ModDate %s", pdfDate(d.Created), pdfDate(d.Created))
	}
	info.WriteString(" >>")
	obj(infoID, info.String())

	// The outline: level 0 and 1 headings at the top, 2 under the last 1,
	// 3 under the last 2.
	outlineRoot := 0
	if len(l.outline) > 0 {
		outlineRoot = next
		next++
		type item struct {
			num, parent, first, last, prev, next, count int
			e                                           outlineEntry
		}
		items := make([]item, len(l.outline))
		var stack []int // indexes of open ancestors by depth
		var lastTop = -1
		lastChild := map[int]int{} // parent item index → last child index
		for i, e := range l.outline {
			items[i] = item{num: next + i, e: e, parent: -1, prev: -1, next: -1, first: -1, last: -1}
			depth := max(e.level-1, 0)
			if depth > len(stack) {
				depth = len(stack)
			}
			stack = stack[:depth]
			if depth == 0 {
				if lastTop >= 0 {
					items[lastTop].next = i
					items[i].prev = lastTop
				}
				lastTop = i
			} else {
				p := stack[depth-1]
				items[i].parent = p
				if c, ok := lastChild[p]; ok {
					items[c].next = i
					items[i].prev = c
				} else {
					items[p].first = i
				}
				lastChild[p] = i
				items[p].last = i
				for _, a := range stack {
					items[a].count++
				}
			}
			stack = append(stack, i)
		}
		next += len(items)
		first, top := -1, 0
		for i := range items {
			if items[i].parent == -1 {
				if first < 0 {
					first = i
				}
				top++
			}
		}
		ref := func(i int) string { return strconv.Itoa(items[i].num) + " 0 R" }
		obj(outlineRoot, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count %d >>", ref(first), ref(lastTop), len(items)))
		for i, it := range items {
			var s strings.Builder
			s.WriteString("<< /Title ")
			s.WriteString(pdfText(it.e.title))
			if it.parent >= 0 {
				fmt.Fprintf(&s, " /Parent %s", ref(it.parent))
			} else {
				fmt.Fprintf(&s, " /Parent %d 0 R", outlineRoot)
			}
			if it.prev >= 0 {
				fmt.Fprintf(&s, " /Prev %s", ref(it.prev))
			}
			if it.next >= 0 {
				fmt.Fprintf(&s, " /Next %s", ref(it.next))
			}
			if it.first >= 0 {
				fmt.Fprintf(&s, " /First %s /Last %s /Count %d", ref(it.first), ref(it.last), it.count)
			}
			_, ph := l.pages[it.e.page].size()
			fmt.Fprintf(&s, " /Dest [%d 0 R /XYZ null %.2f null] >>", pageIDs[it.e.page], ph-it.e.y+4)
			obj(items[i].num, s.String())
		}
		_ = top
	}

	metaID := next
	next++
	xmp := l.xmp()
	b.begin(metaID)
	fmt.Fprintf(b, "<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream", len(xmp), xmp)
	b.end()

	structFirst := next
	b.structFirst, b.structOffs = structFirst, make([]int64, 2+len(l.tags))
	next = l.structObjects(structFirst, pageIDs, b)

	var cat strings.Builder
	fmt.Fprintf(&cat, "<< /Type /Catalog /Pages 2 0 R /Lang %s /Metadata %d 0 R /ViewerPreferences << /DisplayDocTitle true >> /MarkInfo << /Marked true >> /StructTreeRoot %d 0 R", pdfText(langTag(d.Language)), metaID, structFirst)
	if outlineRoot > 0 {
		fmt.Fprintf(&cat, " /Outlines %d 0 R /PageMode /UseOutlines", outlineRoot)
	}
	cat.WriteString(" >>")
	obj(1, cat.String())

	xref := b.off
	b.WriteString("xref\n0 2\n0000000000 65535 f \n")
	fmt.Fprintf(b, "%010d 00000 n \n", b.offsets[1])
	fmt.Fprintf(b, "%d %d\n", infoID, next-infoID)
	var xb []byte
	for n := infoID; n < next; n++ {
		if n >= structFirst {
			xb = appendXref(xb[:0], b.structOffs[n-structFirst])
		} else {
			xb = appendXref(xb[:0], b.offsets[n])
		}
		b.Write(xb)
	}
	fmt.Fprintf(b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /Prev %d /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n",
		next, infoID, prev, id, id, xref)
	if err := b.bw.Flush(); err != nil {
		return err
	}
	return t.err
}

// xmp returns the document's XMP metadata packet: the same title,
// author, subject, keywords, language and dates as the document
// information, for readers and archives that look there (PDF 2.0 and
// PDF/A prefer it).
func (l *layouter) xmp() string {
	d := l.d
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + `<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<pdfuaid:part>1</pdfuaid:part>
`)
	lang := langTag(d.Language)
	if title := l.title(); title != "" {
		fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(title))
	}
	if d.Author != "" {
		fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", esc(d.Author))
	}
	if d.Subject != "" {
		fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(d.Subject))
	}
	fmt.Fprintf(&b, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n", lang)
	if len(d.Keywords) > 0 {
		b.WriteString("<dc:subject><rdf:Bag>")
		for _, k := range d.Keywords {
			fmt.Fprintf(&b, "<rdf:li>%s</rdf:li>", esc(k))
		}
		b.WriteString("</rdf:Bag></dc:subject>\n")
		fmt.Fprintf(&b, "<pdf:Keywords>%s</pdf:Keywords>\n", esc(strings.Join(d.Keywords, ", ")))
	}
	b.WriteString("<pdf:Producer>go-prosessplan render/pdf (gopdf)</pdf:Producer>\n<xmp:CreatorTool>go-prosessplan</xmp:CreatorTool>\n")
	if !d.Created.IsZero() {
		ts := d.Created.Format("2006-01-02T15:04:05-07:00")
		fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", ts, ts, ts)
	}
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return b.String()
}

// title is the document's title, or its first heading when it has none:
// PDF/UA asks for a title, which readers show instead of the file name.
func (l *layouter) title() string {
	if l.d.Title != "" {
		return l.d.Title
	}
	for _, b := range l.d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.Text != "" {
			return h.Text
		}
	}
	return ""
}

// pdfText encodes s as a PDF text string: plain ASCII in parentheses,
// anything else as UTF-16BE with a byte order mark.
func pdfText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
		return "(" + r.Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// pdfDate formats t as a PDF date string.
func pdfDate(t time.Time) string {
	_, off := t.Zone()
	s := "(D:" + t.Format("20060102150405")
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%s%c%02d'%02d')", s, sign, off/3600, off%3600/60)
}

// langTag is the BCP 47 tag of a målform.
func langTag(l prosessplan.Language) string {
	switch l {
	case prosessplan.Nynorsk:
		return "nn-NO"
	case prosessplan.English:
		return "en"
	}
	return "nb-NO"
}
