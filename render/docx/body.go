package docx

import (
	"io"
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
)

// styleIDs are the style IDs the body refers to. In a new document they are
// the English built-in IDs; in a template they are whatever IDs the
// template gives the styles with these built-in names (Overskrift1 for
// "heading 1" in a template saved by Norwegian Word).
type styleIDs struct {
	normal, title, listBullet, listNumber, tocHeading, toc1, toc2, caption, hyperlink, tableGrid string
	tableText, tableHeading, timelineText, toComplete, note                                      string
	heading                                                                                      [4]string // 1–3
}

// geometry is a section's page in twips (portrait sizes; landscape swaps).
type geometry struct {
	w, h                                   int
	top, right, bottom, left, header, foot int
}

func (g geometry) textWidth(o render.Orientation) int {
	if o == render.Landscape {
		return max(g.h, g.w) - g.left - g.right
	}
	return min(g.w, g.h) - g.left - g.right
}

// numInst is one w:num the body uses: a list restarting at 1.
type numInst struct {
	id, abstract int
}

// extRel is an external hyperlink relationship of the main part.
type extRel struct {
	id, target string
}

// body writes the blocks of a document as WordprocessingML body content.
// The same writer serves new documents and templates; what differs (style
// IDs, ID ranges, section properties) is set up by the caller.
type body struct {
	buf
	st   styleIDs
	lang string // w:lang on every run, when the template's default differs
	font string // rFonts on every run, or "" to inherit

	primary, accent, light string // colours
	cap                    render.Captions

	geo    geometry
	orient render.Orientation
	// sectPr writes the properties of the section that ends here, laid out
	// with orientation o. last is true for the body's final sectPr.
	sectPr    func(b *buf, o render.Orientation, last bool)
	sections  int // section breaks written
	wroteAny  bool
	tocFields bool
	// keepNext makes every paragraph started keep with the next one:
	// set while writing rows that must stay on one page.
	keepNext bool
	// tlExact gives chart cells' paragraphs an exact line (tlLine).
	tlExact bool

	// ID allocators; the template mode starts them above the template's.
	nums                          []numInst
	nextNum, absBullet, absNumber int
	rels                          []extRel
	relIDs                        map[string]string // target → rId
	newRelID                      func() string
	nextBookmark                  int
	anchors                       map[string]string // heading ID → bookmark name
	usedNames                     map[string]bool
	headingNames                  map[*render.Heading]string
	headings                      []*render.Heading
	listNums                      map[*render.List]int
	// slotted are the header fields (folded labels and keys) a template
	// holds slots for: the Header block leaves them out.
	slotted map[string]bool

	// out receives the body as it is written, so a 10,000-row table
	// never sits in memory whole; err is its first error.
	out io.Writer
	err error
}

// flushAt is the buffer size at which the body is passed on to out.
const flushAt = 256 << 10

// flush passes the buffered body on to out.
func (w *body) flush() {
	if w.out == nil || len(w.b) == 0 {
		return
	}
	if w.err == nil {
		_, w.err = w.out.Write(w.b)
	}
	w.b = w.b[:0]
}

// maybeFlush flushes when the buffer is full; called between table rows.
func (w *body) maybeFlush() {
	if len(w.b) >= flushAt {
		w.flush()
	}
}

// prepare names a bookmark for every heading with an ID and every heading a
// table of contents lists, before any block is written: the table of
// contents comes first and links to them.
//
// It also numbers the lists, gives every link target its relationship and
// notes a table of contents, so that every part but the body itself is
// known before the body is written (and streamed).
func (w *body) prepare(d *render.Document) {
	w.anchors = map[string]string{}
	w.headingNames = map[*render.Heading]string{}
	w.listNums = map[*render.List]int{}
	if w.usedNames == nil {
		w.usedNames = map[string]bool{}
	}
	links := func(runs []render.Run) {
		for _, r := range runs {
			if r.Link != "" && !strings.HasPrefix(r.Link, "#") {
				w.relFor(r.Link)
			}
		}
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Paragraph:
			links(b.Runs)
		case *render.List:
			for _, it := range b.Items {
				links(it)
			}
			abs := w.absBullet
			if b.Ordered {
				abs = w.absNumber
			}
			w.listNums[b] = w.nextNum
			w.nums = append(w.nums, numInst{w.nextNum, abs})
			w.nextNum++
		case *render.Table:
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					links(c.Runs)
				}
			}
		case *render.TableOfContents:
			w.tocFields = true
		}
	}
	n := 0
	for _, b := range d.Blocks {
		h, ok := b.(*render.Heading)
		if ok {
			w.headings = append(w.headings, h)
		}
		if !ok || (h.ID == "" && (h.Level < 1 || h.Level > 2)) {
			continue
		}
		n++
		base := "_Toc_pp" + strconv.Itoa(n)
		if h.ID != "" {
			base = bookmarkName(h.ID)
		}
		name := base
		for i := 2; w.usedNames[strings.ToLower(name)]; i++ {
			suffix := "_" + strconv.Itoa(i)
			name = base[:min(len(base), 40-len(suffix))] + suffix
		}
		w.usedNames[strings.ToLower(name)] = true
		w.headingNames[h] = name
		if h.ID != "" {
			if _, dup := w.anchors[h.ID]; !dup {
				w.anchors[h.ID] = name
			}
		}
	}
}

// bookmarkName makes a Word bookmark name of a heading ID: letters, digits
// and underscores, starting with a letter, at most 40 characters.
func bookmarkName(id string) string {
	var sb strings.Builder
	sb.WriteString("pp_")
	for _, r := range id {
		if sb.Len() >= 40 {
			break
		}
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9', r == '_':
			sb.WriteRune(r)
		default:
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

func (w *body) blocks(bs []render.Block) {
	for i, b := range bs {
		w.maybeFlush()
		var next render.Block
		if i+1 < len(bs) {
			next = bs[i+1]
		}
		switch b := b.(type) {
		case *render.Heading:
			w.heading(b)
		case *render.Paragraph:
			// A paragraph right before a table introduces it.
			_, lead := next.(*render.Table)
			w.paragraph(b, lead)
		case *render.List:
			w.list(b)
		case *render.Table:
			w.table(b, w.pageAfter(next))
		case *render.KeyValue:
			w.keyValue(b)
		case *render.Timeline:
			w.timeline(b)
		case *render.Section:
			w.section(b.Orientation)
			continue
		case *render.TableOfContents:
			w.toc(b, w.headings)
		case *render.PageBreak:
			w.s(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		default:
			continue
		}
		w.wroteAny = true
	}
}

// pageAfter reports whether the page turns after a block followed by
// next: a page break, a section of the other orientation, a chart (on
// landscape pages of its own) or the end of the document.
func (w *body) pageAfter(next render.Block) bool {
	switch b := next.(type) {
	case nil, *render.PageBreak:
		return true
	case *render.Section:
		return b.Orientation != w.orient
	case *render.Timeline:
		return w.orient != render.Landscape
	}
	return false
}

// section ends the current section (if anything was written in it) and
// starts one with orientation o.
func (w *body) section(o render.Orientation) {
	if w.wroteAny {
		w.breakSection()
	}
	w.orient = o
}

func (w *body) breakSection() {
	w.s(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="14" w:lineRule="exact"/>`)
	w.sectPr(&w.buf, w.orient, false)
	w.s(`</w:pPr></w:p>`)
	w.sections++
	w.wroteAny = false
}

// runProps is formatting the block applies to all its runs.
type runProps struct {
	bold, italic bool
	size         int    // half-points, 0 = style's
	color        string // RRGGBB or ""
	highlight    bool
}

func (w *body) rPr(p runProps, r render.Run, style string) {
	bold, italic := p.bold || r.Bold, p.italic || r.Italic
	lang := w.lang
	if r.Lang != "" {
		// The plan's own text in a document in another language.
		lang = r.Lang.Tag()
	}
	if style == "" && !bold && !italic && p.size == 0 && p.color == "" && !p.highlight && lang == "" && w.font == "" {
		return
	}
	w.s(`<w:rPr>`)
	if style != "" {
		w.val("w:rStyle", style)
	}
	if w.font != "" {
		w.s(`<w:rFonts`).attr("w:ascii", w.font).attr("w:hAnsi", w.font).attr("w:cs", w.font).s(`/>`)
	}
	if bold {
		w.s(`<w:b/><w:bCs/>`)
	}
	if italic {
		w.s(`<w:i/><w:iCs/>`)
	}
	if p.color != "" {
		w.val("w:color", p.color)
	}
	if p.size != 0 {
		w.ival("w:sz", p.size).ival("w:szCs", p.size)
	}
	if p.highlight {
		w.s(`<w:highlight w:val="yellow"/>`)
	}
	if lang != "" {
		w.val("w:lang", lang)
	}
	w.s(`</w:rPr>`)
}

// text writes the w:t, w:br and w:tab elements of s.
func (w *body) text(s string) {
	for s != "" {
		i := strings.IndexAny(s, "\n\t\r")
		chunk := s
		if i >= 0 {
			chunk = s[:i]
		}
		if chunk != "" {
			if chunk[0] == ' ' || chunk[len(chunk)-1] == ' ' || strings.Contains(chunk, "  ") {
				w.s(`<w:t xml:space="preserve">`)
			} else {
				w.s(`<w:t>`)
			}
			w.esc(chunk).s(`</w:t>`)
		}
		if i < 0 {
			return
		}
		switch s[i] {
		case '\n':
			w.s(`<w:br/>`)
		case '\t':
			w.s(`<w:tab/>`)
		}
		s = s[i+1:]
	}
}

func (w *body) run(p runProps, r render.Run, style string) {
	w.s(`<w:r>`)
	w.rPr(p, r, style)
	w.text(r.Text)
	w.s(`</w:r>`)
}

func (w *body) runs(runs []render.Run, p runProps) {
	for _, r := range runs {
		if r.Link == "" {
			w.run(p, r, "")
			continue
		}
		if strings.HasPrefix(r.Link, "#") {
			name, ok := w.anchors[r.Link[1:]]
			if !ok {
				name = bookmarkName(r.Link[1:])
			}
			w.s(`<w:hyperlink`).attr("w:anchor", name).s(`>`)
		} else {
			w.s(`<w:hyperlink`).attr("r:id", w.relFor(r.Link)).s(`>`)
		}
		w.run(p, r, w.st.hyperlink)
		w.s(`</w:hyperlink>`)
	}
}

func (w *body) relFor(target string) string {
	if id, ok := w.relIDs[target]; ok {
		return id
	}
	id := w.newRelID()
	w.relIDs[target] = id
	w.rels = append(w.rels, extRel{id, target})
	return id
}

// pStart opens a paragraph with style and extra pPr content (in schema
// order after pStyle).
func (w *body) pStart(style, extra string) {
	if w.keepNext && !strings.HasPrefix(extra, `<w:keepNext/>`) {
		extra = `<w:keepNext/>` + extra
	}
	if style == "" && extra == "" {
		w.s(`<w:p>`)
		return
	}
	w.s(`<w:p><w:pPr>`)
	if style != "" {
		w.val("w:pStyle", style)
	}
	w.s(extra).s(`</w:pPr>`)
}

func (w *body) heading(h *render.Heading) {
	style := w.st.title
	if h.Level >= 1 && h.Level <= 3 {
		style = w.st.heading[h.Level]
	} else if h.Level > 3 {
		style = w.st.heading[3]
	}
	w.pStart(style, "")
	name, ok := w.headingNames[h]
	if ok {
		w.s(`<w:bookmarkStart w:id="`).i(w.nextBookmark).s(`"`).attr("w:name", name).s(`/>`)
	}
	w.run(runProps{}, render.Run{Text: h.Text}, "")
	if ok {
		w.s(`<w:bookmarkEnd w:id="`).i(w.nextBookmark).s(`"/>`)
		w.nextBookmark++
	}
	w.s(`</w:p>`)
}

// paragraph writes a paragraph. Text to complete and notes have styles of
// their own (Utfylles, Merknad), so a case officer can find every place
// still to write with Word's style search, and the text also stands out by
// its highlight and italics where styles are not shown.
func (w *body) paragraph(p *render.Paragraph, keepNext bool) {
	var rp runProps
	style := w.st.normal
	switch p.Style {
	case render.ToComplete:
		rp = runProps{italic: true, highlight: true}
		style = w.st.toComplete
	case render.Note:
		style = w.st.note
	}
	extra := ""
	if keepNext {
		extra = `<w:keepNext/>`
	}
	w.pStart(style, extra)
	w.runs(p.Runs, rp)
	w.s(`</w:p>`)
}

func (w *body) list(l *render.List) {
	style := w.st.listBullet
	if l.Ordered {
		style = w.st.listNumber
	}
	id := w.listNums[l]
	numPr := `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + strconv.Itoa(id) + `"/></w:numPr>`
	for _, item := range l.Items {
		w.pStart(style, numPr)
		w.runs(item, runProps{})
		w.s(`</w:p>`)
	}
}

// widths splits total twips over columns by their Width shares; columns
// without a share get an equal part of what is left.
func widths(cols []render.Column, total int) []int {
	out := make([]int, len(cols))
	if len(cols) == 0 {
		return out
	}
	sum, unset := 0.0, 0
	for _, c := range cols {
		if c.Width > 0 {
			sum += c.Width
		} else {
			unset++
		}
	}
	rest := 1.0 - sum
	if sum >= 1 || rest < 0 {
		rest = 0
	}
	var each float64
	if unset > 0 {
		each = rest / float64(unset)
		if each <= 0 {
			each = 1 / float64(len(cols))
		}
	}
	norm := sum + each*float64(unset)
	used := 0
	for i, c := range cols {
		share := c.Width
		if share <= 0 {
			share = each
		}
		out[i] = int(float64(total) * share / norm)
		used += out[i]
	}
	out[len(out)-1] += total - used
	return out
}

func jc(a render.Align) string {
	switch a {
	case render.Center:
		return `<w:jc w:val="center"/>`
	case render.Right:
		return `<w:jc w:val="right"/>`
	}
	return ""
}

func (w *body) caption(text string) {
	if text == "" {
		return
	}
	w.pStart(w.st.caption, `<w:keepNext/>`)
	w.run(runProps{}, render.Run{Text: text}, "")
	w.s(`</w:p>`)
}

func (w *body) tblPr(total int, caption string, borders bool) {
	w.s(`<w:tbl><w:tblPr>`)
	if borders {
		w.val("w:tblStyle", w.st.tableGrid)
	}
	w.s(`<w:tblW w:w="`).i(total).s(`" w:type="dxa"/>`)
	if !borders {
		w.s(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
	}
	w.s(`<w:tblLayout w:type="fixed"/>`)
	w.s(`<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`)
	w.s(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	if caption != "" {
		w.val("w:tblCaption", caption)
	}
	w.s(`</w:tblPr><w:tblGrid>`)
}

// Keep-together rules, the same as the PDF writer's: a table of at most
// shortTable rows is kept on one page, the caption and header stay with
// the first two rows, and before a page turn (pageAfter) the last
// maxSpill+1 rows stay together, so no page holds a stray row or two.
const (
	shortTable = 8
	maxSpill   = 3
)

// table writes a table. Word keeps rows together through "keep with next"
// on their paragraphs.
func (w *body) table(t *render.Table, pageAfter bool) {
	if len(t.Columns) == 0 {
		return
	}
	n := len(t.Rows)
	keep := func(i int) bool {
		return i < n-1 && (n <= shortTable || i < 2 || pageAfter && i >= n-1-maxSpill)
	}
	w.caption(t.Caption)
	total := w.geo.textWidth(w.orient)
	ws := widths(t.Columns, total)
	w.tblPr(total, t.Caption, true)
	for _, cw := range ws {
		w.s(`<w:gridCol w:w="`).i(cw).s(`"/>`)
	}
	w.s(`</w:tblGrid>`)

	// A smaller type for the whole table rather than a word broken in
	// the middle by a narrow column.
	size := 0
	if s := fitTableSize(t, ws); s != tableSize {
		size = s
	}

	// Header row: marked as header (repeated on every page, read as
	// column headers by screen readers), shaded, bold.
	w.s(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, c := range t.Columns {
		w.cellStart(ws[i], 1, w.primary)
		w.pStart(w.st.tableText, `<w:keepNext/>`+jc(c.Align))
		w.run(runProps{bold: true, color: contrastText(w.primary), size: size}, render.Run{Text: c.Title}, "")
		w.s(`</w:p></w:tc>`)
	}
	w.s(`</w:tr>`)

	for ri, row := range t.Rows {
		w.s(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		kn := ""
		if keep(ri) || row.Group {
			// A phase heading row stays on the page of its first activity.
			kn = `<w:keepNext/>`
		}
		col := 0
		for _, c := range row.Cells {
			if col >= len(ws) {
				break
			}
			span := max(c.Span, 1)
			if row.Group && len(row.Cells) == 1 {
				span = len(ws)
			}
			span = min(span, len(ws)-col)
			cw := 0
			for _, x := range ws[col : col+span] {
				cw += x
			}
			fill := hexColor(c.Fill, "")
			if row.Group && fill == "" {
				fill = w.light
			}
			w.cellStart(cw, span, fill)
			style := w.st.tableText
			if col == 0 && strings.TrimSpace(render.Text(c.Runs)) != "" {
				// The row's header, as in the HTML table.
				style = w.st.tableHeading
			}
			w.pStart(style, kn+jc(t.Columns[col].Align))
			w.runs(c.Runs, runProps{bold: row.Group, size: size})
			w.s(`</w:p></w:tc>`)
			col += span
		}
		for ; col < len(ws); col++ {
			w.cellStart(ws[col], 1, "")
			w.pStart(w.st.tableText, kn)
			w.s(`</w:p></w:tc>`)
		}
		w.s(`</w:tr>`)
		w.maybeFlush()
	}
	w.s(`</w:tbl>`)
	w.spacer()
}

// spacer is the paragraph Word needs between two tables and that gives air
// after one.
func (w *body) spacer() {
	w.s(`<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`)
}

func (w *body) cellStart(width, span int, fill string) {
	w.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(width).s(`" w:type="dxa"/>`)
	if span > 1 {
		w.ival("w:gridSpan", span)
	}
	if fill != "" {
		w.s(`<w:shd w:val="clear" w:color="auto" w:fill="`).s(fill).s(`"/>`)
	}
	w.s(`</w:tcPr>`)
}

// keyValue writes a block of labelled values (a title block, the
// saksframlegg header) as paragraphs, the label in bold and the value at a
// tab stop, wrapped lines hanging under the value. It is not a data table:
// as a table it would need a header row to be accessible (tagged PDF
// exports a table without one with no header cells), and a row of column
// titles over «Saksbehandler: …» means nothing to a reader.
func (w *body) keyValue(kv *render.KeyValue) {
	pairs := kv.Pairs
	if kv.Header && w.slotted != nil {
		pairs = nil
		for _, p := range kv.Pairs {
			if !w.slotted[foldName(p.Key)] {
				pairs = append(pairs, p)
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	tab := w.geo.textWidth(w.orient) * 3 / 10
	for i, p := range pairs {
		var pPr buf
		if i < len(pairs)-1 {
			pPr.s(`<w:keepNext/>`)
		}
		pPr.s(`<w:tabs><w:tab w:val="left" w:pos="`).i(tab).s(`"/></w:tabs>`)
		after := 0
		if i == len(pairs)-1 {
			after = 200
		}
		pPr.s(`<w:spacing w:before="0" w:after="`).i(after).s(`"/>`)
		pPr.s(`<w:ind w:left="`).i(tab).s(`" w:hanging="`).i(tab).s(`"/>`)
		w.pStart(w.st.normal, string(pPr.b))
		w.run(runProps{bold: true}, render.Run{Text: p.Key}, "")
		// The tab is written even after an empty value: the field is
		// there to fill in.
		w.s(`<w:r><w:tab/></w:r>`)
		if p.Value != "" {
			w.run(runProps{}, render.Run{Text: p.Value}, "")
		}
		w.s(`</w:p>`)
	}
}

// toc writes a table of contents field whose result already lists the
// headings (levels 1–2), each a link to its heading's bookmark, so the
// contents show before Word updates the field (w:updateFields and the dirty
// flag make Word refresh it, page numbers included, when the document opens).
func (w *body) toc(t *render.TableOfContents, headings []*render.Heading) {
	title := t.Title
	if title == "" {
		title = w.cap.Contents
	}
	w.tocFields = true
	if title != "" {
		w.pStart(w.st.tocHeading, "")
		w.run(runProps{}, render.Run{Text: title}, "")
		w.s(`</w:p>`)
	}
	begin := `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	end := `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	var entries []*render.Heading
	for _, h := range headings {
		if h.Level == 1 || h.Level == 2 {
			entries = append(entries, h)
		}
	}
	if len(entries) == 0 {
		w.s(`<w:p>`).s(begin).s(end).s(`</w:p>`)
		return
	}
	for i, h := range entries {
		style := w.st.toc1
		if h.Level == 2 {
			style = w.st.toc2
		}
		w.pStart(style, "")
		if i == 0 {
			w.s(begin)
		}
		name := w.headingNames[h]
		w.s(`<w:hyperlink`).attr("w:anchor", name).s(` w:history="1">`)
		w.run(runProps{}, render.Run{Text: h.Text}, "")
		w.s(`</w:hyperlink>`)
		if i == len(entries)-1 {
			w.s(end)
		}
		w.s(`</w:p>`)
	}
}
