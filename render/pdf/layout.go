package pdf

import (
	"strconv"

	"github.com/prosessplan/go-prosessplan/render"
)

// Type sizes and spacing in points.
const (
	bodySize    = 10
	bodyLeading = 1.3
	noteSize    = 8.5
	tableSize   = 8.5
	leading     = 1.25 // line height as a multiple of the font size in tables
	cellPadX    = 3.5
	cellPadY    = 2.5
	paraAfter   = 6
)

var headingSizes = [4]float64{20, 15, 12.5, 11}
var headingBefore = [4]float64{0, 16, 12, 9}

// layouter lays a Document out into pages of drawing operations. It runs
// before anything is handed to gopdf, so the page count is known when
// headers and footers are drawn and the table of contents gets its page
// numbers.
type layouter struct {
	d      *render.Document
	fs     *fontSet
	colors struct {
		primary, accent, onPrimary, band rgb
	}

	pages     []*page
	cur       *page
	landscape bool // orientation of the current section
	y         float64
	empty     bool // nothing but the running header on the current page yet

	anchors    map[string]anchor
	pageAnch   [][]string // anchor names per page, in order
	outline    []outlineEntry
	headingIDs map[*render.Heading]string

	// The structure tree (tags.go): its elements, the one that owns
	// text drawn now, the one that owns graphics drawn now (noOwner:
	// graphics are artifacts), and art > 0 while drawing artifacts
	// (running header and footer, repeated table headers).
	tags   []selem
	kids   []kidNode
	alt    map[int32]string // alternative text of Figure elements
	lang   map[int32]string // /Lang of elements in another language
	curTag int32
	deco   int32
	art    int
	links  []linkRec
	// minHeading is the highest heading level in the document (H1);
	// lastHeading the number of the last heading element written.
	minHeading, lastHeading int

	// onPage, when set, is called with each page as soon as it is
	// complete, before the next one starts: Write lays a document out
	// twice and writes the pages of the second layout as they come
	// (pdf.go).
	onPage func(p *page)
	// untagged leaves the structure tree out: the first of Write's two
	// layouts needs none. Every element is then the root, and no
	// operation has marked content.
	untagged bool
	// spare is the operations slice of a page onPage is done with,
	// for the next page to reuse, so the pages do not each grow one.
	spare []op
}

func newLayouter(d *render.Document, fs *fontSet) *layouter {
	l := &layouter{d: d, fs: fs, anchors: map[string]anchor{}, headingIDs: map[*render.Heading]string{}}
	l.initTags()
	l.minHeading = 1
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok {
			l.minHeading = min(l.minHeading, max(h.Level, 0))
		}
	}
	l.colors.primary = colorOr(d.Profile.PrimaryColor, rgb{0x1f, 0x4e, 0x79})
	l.colors.accent = colorOr(d.Profile.AccentColor, l.colors.primary)
	l.colors.onPrimary = black
	if l.colors.primary.dark() {
		l.colors.onPrimary = white
	}
	// Phase bands and group rows need a light shade whatever the
	// accent colour is, so black text stays readable on them.
	l.colors.band = l.colors.accent.tint(0.8)
	if l.colors.band.dark() {
		l.colors.band = shadeGrey
	}
	// Give every heading an anchor, so bookmarks and the table of
	// contents can point at it even when Build left the ID empty.
	n := 0
	used := map[string]bool{}
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.ID != "" {
			used[h.ID] = true
		}
	}
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok {
			id := h.ID
			if id == "" || l.headingIDs[h] != "" {
				for {
					n++
					id = "h" + strconv.Itoa(n)
					if !used[id] {
						break
					}
				}
				used[id] = true
			}
			l.headingIDs[h] = id
		}
	}
	return l
}

// Page geometry: margins and the body area inside the running header and footer.
func (l *layouter) left() float64 {
	if l.cur.landscape {
		return 40
	}
	return 56
}

func (l *layouter) right() float64 {
	w, _ := l.cur.size()
	return w - l.left()
}

func (l *layouter) width() float64 { return l.right() - l.left() }

func (l *layouter) top() float64 { return 66 }

func (l *layouter) bottom() float64 {
	_, h := l.cur.size()
	return h - 56
}

func (l *layouter) newPage(landscape bool) {
	if l.cur != nil && l.onPage != nil {
		l.onPage(l.cur)
	}
	l.cur = &page{index: int32(len(l.pages)), landscape: landscape, lastOwner: noOwner, ops: l.spare}
	l.spare = nil
	l.pages = append(l.pages, l.cur)
	l.pageAnch = append(l.pageAnch, nil)
	l.y = l.top()
	l.empty = true
}

// breakPage starts a new page in the section's orientation unless the
// current one is still empty.
func (l *layouter) breakPage() {
	if !l.empty {
		l.newPage(l.landscape)
	} else if l.cur.landscape != l.landscape {
		l.cur.landscape = l.landscape
	}
}

// need makes sure h points are left on the page, starting a new page if not.
func (l *layouter) need(h float64) {
	if l.y+h > l.bottom() && !l.empty {
		l.newPage(l.landscape)
	}
}

func (l *layouter) add(o op) {
	l.mark(&o)
	l.cur.ops = append(l.cur.ops, o)
}

func (l *layouter) fill(x, y, w, h float64, c rgb) {
	l.add(op{kind: opFill, x: x, y: y, w: w, h: h, color: c})
}

func (l *layouter) line(x, y, x2, y2, width float64, c rgb) {
	l.add(op{kind: opLine, x: x, y: y, w: x2, h: y2, size: width, color: c})
}

// text draws s at x on baseline y, each character in the font that has it.
func (l *layouter) text(x, y float64, s string, ts tstyle) {
	// Most text comes cleaned from wrapping; labels drawn as they are
	// are cleaned here, so no character is dropped unnoticed.
	s = l.fs.clean(s, ts.st)
	l.fs.segment(s, ts.st, ts.size, func(piece string, id fontID, w float64) {
		l.fs.used[id] = true
		l.add(op{kind: opText, font: id, x: x, y: y, size: ts.size, color: ts.color, text: piece})
		x += w
	})
}

// drawLine draws a wrapped line with its left edge at x and baseline y.
func (l *layouter) drawLine(ln textLine, x, y float64) {
	for i := range ln.pieces {
		p := &ln.pieces[i]
		if l.art > 0 || p.ts.link == "" && p.ts.lang == "" {
			l.text(x+p.x, y, p.text(), p.ts)
			continue
		}
		if p.ts.link == "" {
			// Text in another language is a Span with its /Lang.
			span := l.open(roleSpan)
			l.setLang(span, p.ts.lang)
			l.text(x+p.x, y, p.text(), p.ts)
			l.close(span)
			continue
		}
		link := l.open(roleLink)
		l.setLang(link, p.ts.lang)
		l.text(x+p.x, y, p.text(), p.ts)
		l.line(x+p.x, y+1.2, x+p.x+p.w, y+1.2, 0.5, p.ts.color)
		l.add(op{kind: opLink, x: x + p.x, y: y - p.ts.size*0.9, w: p.w, h: p.ts.size * 1.2, text: p.ts.link, mc: l.addLink(link, p.text())})
		l.close(link)
	}
}

// ascent is the distance from a line's top to its baseline.
func ascent(size, lead float64) float64 {
	// Liberation Sans: ascent 0.905, descent 0.212 of the em; centre the
	// glyphs in the line box.
	return size*lead/2 + size*(0.905-0.212)/2
}

func (l *layouter) run() {
	l.landscape = false
	if len(l.d.Blocks) > 0 {
		if s, ok := l.d.Blocks[0].(*render.Section); ok {
			l.landscape = s.Orientation == render.Landscape
		}
	}
	l.newPage(l.landscape)
	for i, b := range l.d.Blocks {
		if _, ok := b.(*render.Section); !ok && l.cur.landscape != l.landscape {
			// Back from a chart drawn on landscape pages in a portrait section.
			if l.empty {
				l.cur.landscape = l.landscape
			} else {
				l.newPage(l.landscape)
			}
		}
		if l.leadInMoves(i) {
			l.newPage(l.landscape)
		}
		switch b := b.(type) {
		case *render.Heading:
			var next render.Block
			if i+1 < len(l.d.Blocks) {
				next = l.d.Blocks[i+1]
			}
			l.heading(b, l.keepHeight(next))
		case *render.Paragraph:
			l.paragraph(b)
		case *render.List:
			l.list(b)
		case *render.Table:
			l.table(b, l.pageAfter(i))
		case *render.KeyValue:
			l.keyValue(b)
		case *render.Timeline:
			l.timeline(b)
		case *render.Section:
			l.landscape = b.Orientation == render.Landscape
			if l.cur.landscape != l.landscape {
				l.breakPage()
			}
		case *render.TableOfContents:
			l.toc(b)
		case *render.PageBreak:
			l.breakPage()
		}
	}
	if l.onPage != nil {
		l.onPage(l.cur)
	}
}

// leadInMoves reports whether block i, a heading and the short paragraphs
// after it, leads in to a table that keepWhole will move to the next page;
// then the heading and paragraphs go with it rather than stay behind at the
// foot of the page.
func (l *layouter) leadInMoves(i int) bool {
	if l.empty {
		return false
	}
	h, ok := l.d.Blocks[i].(*render.Heading)
	if !ok {
		return false
	}
	y := l.y + l.headingHeight(h)
	j := i + 1
	for ; j < len(l.d.Blocks) && j <= i+2; j++ {
		p, ok := l.d.Blocks[j].(*render.Paragraph)
		if !ok {
			break
		}
		n, lead := l.paragraphLines(p)
		if n > 4 {
			return false
		}
		y += float64(n)*lead + paraAfter
	}
	if j >= len(l.d.Blocks) {
		return false
	}
	t, ok := l.d.Blocks[j].(*render.Table)
	if !ok || len(t.Columns) == 0 || len(t.Rows) > keepCheckRows {
		return false
	}
	_, move := l.newTable(t).keepWhole(y, y-l.y, l.pageAfter(j))
	return move
}

// pageAfter reports whether the page turns right after block i: a page
// break, a section of the other orientation, a chart that needs landscape
// pages, or the end of the document.
func (l *layouter) pageAfter(i int) bool {
	if i+1 >= len(l.d.Blocks) {
		return true
	}
	switch b := l.d.Blocks[i+1].(type) {
	case *render.PageBreak:
		return true
	case *render.Section:
		return (b.Orientation == render.Landscape) != l.landscape
	case *render.Timeline:
		return !l.cur.landscape
	}
	return false
}

// keepHeight is how much of block b must fit under a heading for the
// heading to stay on the page: a heading is never left alone at the foot
// of a page.
func (l *layouter) keepHeight(b render.Block) float64 {
	line := bodySize * bodyLeading
	switch b := b.(type) {
	case *render.Table:
		h := (tableSize*leading+2*cellPadY)*2 + 4
		if b.Caption != "" {
			h += 9.5*1.3 + 3
		}
		return h
	case *render.Timeline:
		if !l.cur.landscape {
			return 0 // the chart starts its own landscape page anyway
		}
		return 11*1.3 + ganttGroupH + ganttColH + 3*ganttRowMin
	case *render.KeyValue, *render.List:
		return 2 * line
	case *render.Heading, nil:
		return line
	}
	return 3 * line
}

// headingHeight is the height heading takes at the current position.
func (l *layouter) headingHeight(h *render.Heading) float64 {
	lvl := min(max(h.Level, 0), 3)
	size := headingSizes[lvl]
	lines := l.fs.wrapString(h.Text, tstyle{st: bold, size: size}, l.width())
	hh := float64(len(lines))*size*1.2 + 4
	if !l.empty {
		hh += headingBefore[lvl]
	}
	switch lvl {
	case 0:
		hh += 10
	case 1:
		hh += 2
	}
	return hh
}

// paragraphLines returns the number of lines paragraph p wraps to and their height.
func (l *layouter) paragraphLines(p *render.Paragraph) (int, float64) {
	ts := tstyle{st: regular, size: bodySize}
	lead := bodySize * bodyLeading
	w := l.width()
	switch p.Style {
	case render.Note:
		ts.size = noteSize
		lead = noteSize * bodyLeading
	case render.ToComplete:
		ts.st = italic
		w -= 6
	}
	return len(l.fs.wrapRuns(p.Runs, ts, w)), lead
}

func (l *layouter) heading(h *render.Heading, keep float64) {
	lvl := min(max(h.Level, 0), 3)
	size := headingSizes[lvl]
	ts := tstyle{st: bold, size: size, color: l.colors.primary}
	if lvl == 3 {
		ts.color = black
	}
	lines := l.fs.wrapString(h.Text, ts, l.width())
	lead := size * 1.2
	hh := float64(len(lines)) * lead
	before := headingBefore[lvl]
	if l.empty {
		before = 0
	}
	// Keep the heading with the first lines of what follows it.
	l.need(before + hh + keep)
	if !l.empty {
		l.y += before
	}
	id := l.headingIDs[h]
	l.setAnchor(id, l.y)
	l.outline = append(l.outline, outlineEntry{level: lvl, title: h.Text, page: len(l.pages) - 1, y: l.y})
	e := l.open(l.headingRole(h.Level))
	for _, ln := range lines {
		l.drawLine(ln, l.left(), l.y+ascent(size, 1.2))
		l.y += lead
	}
	l.close(e)
	if lvl <= 1 {
		l.y += 2
		if lvl == 0 {
			l.line(l.left(), l.y, l.right(), l.y, 1, l.colors.primary)
			l.y += 8
		}
	}
	l.y += 4
	l.empty = false
}

func (l *layouter) setAnchor(id string, y float64) {
	if _, dup := l.anchors[id]; dup {
		return
	}
	l.anchors[id] = anchor{page: len(l.pages) - 1, y: y}
	l.pageAnch[len(l.pages)-1] = append(l.pageAnch[len(l.pages)-1], id)
}

func (l *layouter) paragraph(p *render.Paragraph) {
	ts := tstyle{st: regular, size: bodySize, color: black}
	lead := bodySize * bodyLeading
	switch p.Style {
	case render.Note:
		ts.size, ts.color = noteSize, grey
		lead = noteSize * bodyLeading
	case render.ToComplete:
		ts.st = italic
	}
	x, w := l.left(), l.width()
	if p.Style == render.ToComplete {
		x, w = x+3, w-6
	}
	lines := l.fs.wrapRuns(p.Runs, ts, w)
	e := l.open(roleP)
	defer l.close(e)
	for _, ln := range lines {
		l.need(lead)
		if p.Style == render.ToComplete {
			l.fill(l.left(), l.y, l.width(), lead, highlight)
		}
		l.drawLine(ln, x, l.y+ascent(ts.size, bodyLeading))
		l.y += lead
		l.empty = false
	}
	l.y += paraAfter
}

func (l *layouter) list(ls *render.List) {
	ts := tstyle{st: regular, size: bodySize, color: black}
	lead := bodySize * bodyLeading
	indent := 16.0
	if ls.Ordered && len(ls.Items) >= 10 {
		indent = 22
	}
	le := l.open(roleL)
	defer l.close(le)
	for i, item := range ls.Items {
		li := l.newElem(roleLI, le)
		lbl, body := l.newElem(roleLbl, li), l.newElem(roleLBody, li)
		lines := l.fs.wrapRuns(item, ts, l.width()-indent)
		if n := len(ls.Items); i == n-2 && n >= 3 {
			// Not the last item alone at the top of a page: the one
			// before it goes along.
			last := len(l.fs.wrapRuns(ls.Items[n-1], ts, l.width()-indent))
			l.need(float64(len(lines)+last)*lead + 2)
		}
		marker := "•"
		if ls.Ordered {
			marker = strconv.Itoa(i+1) + "."
		}
		for j, ln := range lines {
			l.need(lead)
			base := l.y + ascent(bodySize, bodyLeading)
			if j == 0 {
				mw := l.fs.width(marker, regular, bodySize)
				l.curTag = lbl
				l.text(l.left()+indent-4-mw, base, marker, ts)
			}
			l.curTag = body
			l.drawLine(ln, l.left()+indent, base)
			l.curTag = le
			l.y += lead
			l.empty = false
		}
		l.y += 2
	}
	l.y += paraAfter - 2
}

func (l *layouter) keyValue(kv *render.KeyValue) {
	kw := l.width() * 0.3
	lead := bodySize * bodyLeading
	keyTS := tstyle{st: bold, size: bodySize, color: black}
	valTS := tstyle{st: regular, size: bodySize, color: black}
	// Keys and values are a two-column table with the keys as row headers.
	tbl := l.open(roleTable)
	defer l.close(tbl)
	for _, p := range kv.Pairs {
		tr := l.newElem(roleTR, tbl)
		th, td := l.newElem(roleTH, tr), l.newElem(roleTD, tr)
		l.tags[th].scope = scopeRow
		kl := l.fs.wrapString(p.Key, keyTS, kw-6)
		vl := l.fs.wrapString(p.Value, valTS, l.width()-kw-3)
		n := max(len(kl), len(vl))
		for i := 0; i < n; i++ {
			if l.y+lead+3 > l.bottom() && !l.empty {
				l.newPage(l.landscape)
			}
			base := l.y + 1.5 + ascent(bodySize, bodyLeading)
			if i < len(kl) {
				l.curTag = th
				l.drawLine(kl[i], l.left(), base)
			}
			if i < len(vl) {
				l.curTag = td
				l.drawLine(vl[i], l.left()+kw, base)
			}
			l.curTag = tbl
			l.y += lead
			l.empty = false
		}
		l.y += 3
		l.line(l.left(), l.y, l.right(), l.y, 0.4, gridGrey)
	}
	l.y += paraAfter
}

// toc lays out the table of contents: headings of level 1 and 2 with their
// page numbers (filled in after layout) and links.
func (l *layouter) toc(t *render.TableOfContents) {
	title := t.Title
	if title == "" {
		title = l.d.Captions.Contents
	}
	if title != "" {
		size := headingSizes[1]
		l.need(size*1.2 + 40)
		h := l.open(l.headingRole(1))
		l.text(l.left(), l.y+ascent(size, 1.2), title, tstyle{st: bold, size: size, color: l.colors.primary})
		l.close(h)
		l.y += size*1.2 + 8
		l.empty = false
	}
	lead := bodySize * 1.45
	numW := 30.0
	toc := l.open(roleTOC)
	defer l.close(toc)
	for _, b := range l.d.Blocks {
		h, ok := b.(*render.Heading)
		if !ok || h.Level < 1 || h.Level > 2 {
			continue
		}
		indent := 0.0
		ts := tstyle{st: regular, size: bodySize, color: black}
		if h.Level == 1 {
			ts.st = bold
		} else {
			indent = 14
		}
		lines := l.fs.wrapString(h.Text, ts, l.width()-indent-numW-8)
		id := l.headingIDs[h]
		l.need(float64(len(lines)) * lead)
		top := l.y
		l.curTag = l.newElem(roleTOCI, toc)
		link := l.open(roleLink)
		for i, ln := range lines {
			base := l.y + ascent(bodySize, 1.45)
			l.drawLine(ln, l.left()+indent, base)
			if i == len(lines)-1 {
				x0 := l.left() + indent + ln.w + 4
				x1 := l.right() - numW
				if x1 > x0 {
					l.add(op{kind: opDots, x: x0, y: base, w: x1, color: grey})
				}
				l.add(op{kind: opPageRef, x: l.right(), y: base, size: bodySize, color: black, st: ts.st, text: id})
			}
			l.y += lead
		}
		l.add(op{kind: opLink, x: l.left() + indent, y: top, w: l.width() - indent, h: l.y - top, text: "#" + id, mc: l.addLink(link, h.Text)})
		l.curTag = toc
		l.empty = false
	}
	l.y += paraAfter
}
