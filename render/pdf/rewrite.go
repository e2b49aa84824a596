package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// zlibWriters reuses deflate state between content streams (gopdf makes
// a new writer, with its 1 MB of tables, for every page). It holds no
// data between uses: each writer is Reset to a fresh output first.
var zlibWriters = newSpare(2, func() *zlib.Writer {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
})

var errGopdfOutput = errors.New("pdf: unexpected gopdf output")

// errRelayout reports that the second layout of a document differs
// from the first, which it never should (see Write).
var errRelayout = errors.New("pdf: the second layout differs from the first")

// What an object of gopdf's output is to the rewrite.
const (
	otherObj = iota
	pageObj
	contentObj
	annotObj
	fontObj
)

// A rewriter copies gopdf's output (src: the document without content
// streams, see emit) to w object by object, in order: with each page's
// content stream written from the page's operations (content.go) and
// compressed as soon as the page is laid out (page), /StructParents
// and /Tabs on every page, /StructParent on every link annotation, and
// the embedded fonts' programs; then an xref of its own (finish).
type rewriter struct {
	l       *layouter // the layout the pages come from
	src     []byte
	sk      *skeleton
	offs    []int // offs[i]: object i in src; offs[n]: the xref
	kind    []uint8
	key     []int32 // page index, struct parent key, or font
	n       int     // objects + 1
	fonts   int     // embedded font programs still to write
	pages   int     // pages written
	next    int     // the next object to copy
	bw      *bufio.Writer
	pos     int64
	newOffs []int64
	zbuf    bytes.Buffer
	num     []byte
	cbuf    []byte
	err     error
}

// newRewriter reads gopdf's xref from src. links are the link
// annotations emit made, in the order of the layout's links.
func newRewriter(w io.Writer, src []byte, sk *skeleton, links []linkRec, l *layouter) (*rewriter, error) {
	sx := bytes.LastIndex(src, []byte("startxref"))
	if sx < 0 {
		return nil, errGopdfOutput
	}
	f := bytes.Fields(src[sx+len("startxref"):])
	if len(f) == 0 {
		return nil, errGopdfOutput
	}
	xref, err := strconv.Atoi(string(f[0]))
	if err != nil || xref <= 0 || xref >= sx {
		return nil, errGopdfOutput
	}
	// "xref\n0 N\n" and N entries of 20 bytes.
	hdr := src[xref:]
	nl := bytes.IndexByte(hdr[5:], '\n')
	if !bytes.HasPrefix(hdr, []byte("xref\n0 ")) || nl < 0 {
		return nil, errGopdfOutput
	}
	n, err := strconv.Atoi(string(hdr[7 : 5+nl]))
	if err != nil || n < 2 {
		return nil, errGopdfOutput
	}
	ents := hdr[5+nl+1:]
	if len(ents) < 20*n {
		return nil, errGopdfOutput
	}
	r := &rewriter{
		l: l, src: src, sk: sk, n: n, next: 1,
		offs: make([]int, n+1), kind: make([]uint8, n), key: make([]int32, n),
		bw: bufio.NewWriterSize(w, 64<<10), newOffs: make([]int64, n),
	}
	for i := 1; i < n; i++ {
		v, err := strconv.Atoi(string(ents[20*i : 20*i+10]))
		if err != nil || v <= r.offs[i-1] || v >= xref {
			return nil, errGopdfOutput
		}
		r.offs[i] = v
	}
	r.offs[n] = xref

	npages := len(sk.pageIDs)
	for i, id := range sk.pageIDs {
		c := sk.contentIDs[i]
		if id <= 0 || c <= id || c >= n {
			return nil, errGopdfOutput
		}
		r.kind[id], r.key[id] = pageObj, int32(i)
		r.kind[c], r.key[c] = contentObj, int32(i)
	}
	for i, lk := range links {
		if lk.obj > 0 && lk.obj < n {
			r.kind[lk.obj], r.key[lk.obj] = annotObj, int32(npages+i)
		}
	}
	for i, f := range l.fs.files {
		if p := f.program; l.fs.used[i] && f.embedded && p > 0 {
			// The CIDFont, two objects on, lists the glyphs.
			if p+3 >= n {
				return nil, errGopdfOutput
			}
			r.kind[p], r.key[p] = fontObj, int32(i)
			r.fonts++
		}
	}
	r.write(src[:r.offs[1]])
	return r, nil
}

func (r *rewriter) write(p []byte) {
	r.bw.Write(p)
	r.pos += int64(len(p))
}

// page writes the objects up to page p's content stream, and the content
// stream, from p's operations. Pages come in order.
func (r *rewriter) page(p *page) error {
	if r.err != nil {
		return r.err
	}
	i := int(p.index)
	if i != r.pages || i >= len(r.sk.pageIDs) || p.landscape != r.sk.landscape[i] {
		r.err = errRelayout
		return r.err
	}
	c := r.sk.contentIDs[i]
	if r.err = r.copy(c); r.err != nil {
		return r.err
	}
	// gopdf's own content stream is empty, bar what made gopdf add it.
	if !bytes.Contains(r.src[r.offs[c]:r.offs[c+1]], []byte(" 0 obj\n<<\n/Length ")) {
		r.err = fmt.Errorf("%w: content stream %d", errGopdfOutput, c)
		return r.err
	}
	r.zbuf.Reset()
	zw := zlibWriters.get()
	zw.Reset(&r.zbuf)
	var err error
	r.cbuf, err = r.l.writeContent(zw, p, r.sk.logo, r.cbuf)
	if err == nil {
		err = zw.Close()
	}
	zlibWriters.put(zw)
	if err != nil {
		r.err = err
		return err
	}
	r.newOffs[c] = r.pos
	r.num = strconv.AppendInt(r.num[:0], int64(c), 10)
	r.num = append(r.num, " 0 obj\n<< /Length "...)
	r.num = strconv.AppendInt(r.num, int64(r.zbuf.Len()), 10)
	r.num = append(r.num, " /Filter /FlateDecode >>\nstream\n"...)
	r.write(r.num)
	r.write(r.zbuf.Bytes())
	r.write([]byte("\nendstream\nendobj\n\n"))
	r.next = c + 1
	r.pages++
	return nil
}

// copy writes the objects before object end, which must not be content
// streams.
func (r *rewriter) copy(end int) error {
	for ; r.next < end; r.next++ {
		id := r.next
		body := r.src[r.offs[id]:r.offs[id+1]]
		r.newOffs[id] = r.pos
		switch r.kind[id] {
		case pageObj:
			i := bytes.Index(body, []byte("<<"))
			if i < 0 {
				return errGopdfOutput
			}
			r.write(body[:i+2])
			r.num = append(r.num[:0], " /StructParents "...)
			r.num = strconv.AppendInt(r.num, int64(r.key[id]), 10)
			r.num = append(r.num, " /Tabs /S"...)
			r.write(r.num)
			r.write(body[i+2:])
		case annotObj:
			i := bytes.Index(body, []byte("<<"))
			k := int(r.key[id]) - len(r.sk.pageIDs)
			if i < 0 {
				return errGopdfOutput
			}
			if k >= len(r.l.links) {
				return errRelayout
			}
			r.write(body[:i+2])
			r.num = append(r.num[:0], "/StructParent "...)
			r.num = strconv.AppendInt(r.num, int64(r.key[id]), 10)
			// PDF/UA asks for a description of every annotation.
			if desc := r.l.links[k].desc; desc != "" {
				r.num = append(r.num, " /Contents "...)
				r.num = append(r.num, pdfText(desc)...)
			}
			r.num = append(r.num, ' ')
			r.write(r.num)
			r.write(body[i+2:])
		case contentObj:
			return errRelayout
		case fontObj:
			f := r.l.fs.files[r.key[id]]
			z, size, err := embeddedProgram(f, body, r.src[r.offs[id+2]:r.offs[id+3]])
			if err != nil {
				return err
			}
			r.num = strconv.AppendInt(r.num[:0], int64(id), 10)
			r.num = append(r.num, " 0 obj\n<</Length "...)
			r.num = strconv.AppendInt(r.num, int64(len(z)), 10)
			r.num = append(r.num, "\n/Filter /FlateDecode\n/Length1 "...)
			r.num = strconv.AppendInt(r.num, int64(size), 10)
			r.num = append(r.num, "\n>>\nstream\n"...)
			r.write(r.num)
			r.write(z)
			r.write([]byte("\nendstream\nendobj\n\n"))
			r.fonts--
		default:
			r.write(body)
		}
	}
	return nil
}

// finish writes the objects after the last page's content stream and
// the xref.
func (r *rewriter) finish() error {
	if r.err != nil {
		return r.err
	}
	if r.pages != len(r.sk.pageIDs) {
		return errRelayout
	}
	if err := r.copy(r.n); err != nil {
		return err
	}
	if r.fonts != 0 {
		return errGopdfOutput
	}
	xrefPos := r.pos
	var b []byte
	b = append(b, "xref\n0 "...)
	b = strconv.AppendInt(b, int64(r.n), 10)
	b = append(b, "\n0000000000 65535 f \n"...)
	for id := 1; id < r.n; id++ {
		b = appendXref(b, r.newOffs[id])
	}
	b = append(b, "trailer\n<< /Size "...)
	b = strconv.AppendInt(b, int64(r.n), 10)
	b = append(b, " /Root 1 0 R >>\nstartxref\n"...)
	b = strconv.AppendInt(b, xrefPos, 10)
	b = append(b, "\n%%EOF\n"...)
	r.write(b)
	return r.bw.Flush()
}

// appendXref appends an in-use xref entry for offset off.
func appendXref(b []byte, off int64) []byte {
	var d [10]byte
	for i := 9; i >= 0; i-- {
		d[i] = byte('0' + off%10)
		off /= 10
	}
	b = append(b, d[:]...)
	return append(b, " 00000 n \n"...)
}
