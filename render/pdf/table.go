package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// tcell is a laid-out table cell.
type tcell struct {
	x, w  float64
	lines []textLine
	fill  rgb
	fillp bool
	align render.Align
}

// trow is a laid-out table row.
type trow struct {
	cells []tcell
	group bool
	n     int // lines of the tallest cell
	// tags are the row's TR element and one TD per cell, made when the
	// row is first drawn (a row split over pages keeps its elements).
	tags []int32
}

// maxHeaderLines is the most lines a column title takes in the header row.
const maxHeaderLines = 6

type tableLayout struct {
	l      *layouter
	t      *render.Table
	colX   []float64
	colW   []float64
	header trow
	size   float64 // type size of the table's text
	lead   float64
	// capLines is the caption wrapped, capH its height with the space under it.
	capLines []textLine
	capH     float64
	// open[i] is the y where the grid line at column boundary i (1 ≤ i <
	// len(colX)) started, or -1; the outer lines start at bodyTop. Lines
	// run down over many rows and are drawn once, when a row without that
	// boundary (a spanning cell) or the end of the page stops them.
	open    []float64
	bodyTop float64
	// elem is the Table element; headerTagged is set once the header
	// row has been drawn as TH cells: its repeats are artifacts.
	elem         int32
	headerTagged bool
	th           []int32
}

// minTableSize is the smallest type size a table is shrunk to so that its
// words fit their columns.
const minTableSize = 7.0

// fitSize returns the table's type size: tableSize, or smaller, down to
// minTableSize, when a word (a column title or a word in a cell one
// column wide) is wider than its column, so it is not broken in the
// middle ("Vedtaksorga-n"). A word still too wide at minTableSize is
// broken between letters.
func (tl *tableLayout) fitSize() float64 {
	fs := tl.l.fs
	scale := 1.0
	check := func(text string, st style, avail float64) {
		// Words split at white space without allocating: a
		// 10,000-activity table has a hundred thousand cells.
		for text != "" {
			w := text
			if i := strings.IndexAny(text, " \n\t"); i >= 0 {
				w, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			if w == "" {
				continue
			}
			// Liberation Sans has no glyph wider than an em (bar a
			// few symbols), so most words pass without measuring.
			if float64(utf8.RuneCountInString(w))*tableSize <= avail*scale {
				continue
			}
			if ww := fs.width(fs.clean(w, st), st, tableSize); ww*scale > avail {
				scale = avail / ww
			}
		}
	}
	for i, c := range tl.t.Columns {
		check(c.Title, bold, tl.colW[i]-2*cellPadX)
	}
	for r := range tl.t.Rows {
		row := &tl.t.Rows[r]
		col := 0
		for _, c := range row.Cells {
			if col >= len(tl.colW) {
				break
			}
			if max(c.Span, 1) == 1 {
				for _, run := range c.Runs {
					st := regular
					if row.Group || run.Bold {
						st = bold
					} else if run.Italic {
						st = italic
					}
					check(run.Text, st, tl.colW[col]-2*cellPadX)
				}
			}
			col += max(c.Span, 1)
		}
		if scale*tableSize <= minTableSize {
			break
		}
	}
	// Quarter points, rounded down, so the words surely fit.
	return max(minTableSize, float64(int(scale*tableSize*4))/4)
}

func (tl *tableLayout) rowHeight(n int) float64 { return float64(n)*tl.lead + 2*cellPadY }

// Keep-together rules for tables that would split over two pages.
const (
	// shortTable is the most rows of a table that is never split when it
	// fits on one page: a reader takes it in at a glance.
	shortTable = 8
	// maxSpill is the most rows not worth continuing on a page of their
	// own just before the document turns a page anyway.
	maxSpill = 3
	// keepCheckRows bounds the tables measured in advance: more rows
	// than this never fit on one page.
	keepCheckRows = 60
)

// table lays out a table that flows over pages: the header row is
// repeated on every page, cells grow with their text, and a row moves to
// the next page whole unless it is taller than a page, when it is split
// between lines. A short table that would split, or a table that would
// leave only a few rows on a page before a page break (pageAfter), moves
// to the next page whole when it fits there, so no page holds a stray
// "(forts.)" with a row or two.
func (l *layouter) table(t *render.Table, pageAfter bool) {
	if len(t.Columns) == 0 {
		return
	}
	tl := l.newTable(t)
	capH, headH := tl.capH, tl.rowHeight(tl.header.n)

	// Rows are laid out one at a time, as they are placed, so a long
	// table never holds all its wrapped lines at once; a table short
	// enough to fit on one page is laid out first, to see whether it
	// should be kept together.
	var pre []trow
	if !l.empty && len(t.Rows) <= keepCheckRows {
		var move bool
		pre, move = tl.keepWhole(l.y, 0, pageAfter)
		if move {
			l.newPage(l.landscape)
		}
	}
	rowAt := func(i int) trow {
		if pre != nil {
			return pre[i]
		}
		return tl.layoutRow(&t.Rows[i])
	}
	// Start on a new page unless the caption, header and first row fit.
	first := headH
	var row trow
	if len(t.Rows) > 0 {
		row = rowAt(0)
		first += tl.rowHeight(min(row.n, 3))
	}
	l.need(capH + first)
	tl.elem = l.open(roleTable)
	defer l.close(tl.elem)
	if len(tl.capLines) > 0 {
		c := l.open(roleCaption)
		for _, ln := range tl.capLines {
			l.drawLine(ln, l.left(), l.y+ascent(9.5, 1.3))
			l.y += 9.5 * 1.3
		}
		l.close(c)
	}
	if capH > 0 {
		l.y += 3
	}
	l.empty = false
	tl.drawHeader()
	for i := range t.Rows {
		if i > 0 {
			row = rowAt(i)
		}
		r := &row
		from := 0
		fresh := false // just continued on a new page
		for from < r.n {
			avail := l.bottom() - l.y
			fit := int((avail - 2*cellPadY + 0.01) / tl.lead)
			if fresh && fit < 1 {
				// A header row taller than the page: draw a line anyway
				// rather than turn pages for ever.
				fit = 1
			}
			rest := r.n - from
			switch {
			case fit >= rest:
				tl.drawRow(r, from, r.n)
				from = r.n
			case !fresh && (from == 0 && tl.rowHeight(r.n) <= l.bottom()-l.top()-headH-14 || fit < 1):
				// The row fits on a fresh page: move it there whole.
				tl.continuePage()
				fresh = true
				continue
			default:
				// Taller than a page: split between lines.
				tl.drawRow(r, from, from+fit)
				from += fit
				tl.continuePage()
				fresh = true
				continue
			}
			fresh = false
		}
	}
	tl.closeGrid()
	l.y += paraAfter + 2
}

// newTable sets a table up for layout: its columns, type size, header
// row and caption.
func (l *layouter) newTable(t *render.Table) *tableLayout {
	tl := &tableLayout{l: l, t: t}
	tl.columns()
	tl.size = tl.fitSize()
	tl.lead = tl.size * leading
	hs := tstyle{st: bold, size: tl.size, color: l.colors.onPrimary}
	tl.header.cells = make([]tcell, len(t.Columns))
	for i, c := range t.Columns {
		cell := &tl.header.cells[i]
		cell.x, cell.w, cell.align = tl.colX[i], tl.colW[i], c.Align
		cell.lines = l.fs.wrapString(c.Title, hs, cell.w-2*cellPadX)
		// The header row repeats on every page; a runaway title must not
		// fill them.
		if len(cell.lines) > maxHeaderLines {
			cell.lines = cell.lines[:maxHeaderLines]
		}
		tl.header.n = max(tl.header.n, len(cell.lines))
	}
	if t.Caption != "" {
		tl.capLines = l.fs.wrapString(t.Caption, tstyle{st: bold, size: 9.5, color: black}, l.width())
		tl.capH = float64(len(tl.capLines))*9.5*1.3 + 3
	}
	return tl
}

// keepWhole lays out all rows of a table starting at y and reports
// whether the table should rather start on the next page: it would split,
// fits on one page (with leadIn points of heading and text before it),
// and is short or would leave at most maxSpill rows on the next page
// before the document turns a page anyway.
func (tl *tableLayout) keepWhole(y, leadIn float64, pageAfter bool) (rows []trow, move bool) {
	l := tl.l
	headH := tl.rowHeight(tl.header.n)
	rows = make([]trow, len(tl.t.Rows))
	total := leadIn + tl.capH + headH
	for i := range tl.t.Rows {
		rows[i] = tl.layoutRow(&tl.t.Rows[i])
		total += tl.rowHeight(rows[i].n)
	}
	room := l.bottom() - y - tl.capH - headH
	spill := len(rows)
	for i := range rows {
		h := tl.rowHeight(rows[i].n)
		if h > room {
			break
		}
		room -= h
		spill--
	}
	// Not even the first row fits: the table starts on the next page anyway.
	move = spill > 0 && spill == len(rows) ||
		spill > 0 && total <= l.bottom()-l.top() &&
			(len(rows) <= shortTable || pageAfter && spill <= maxSpill)
	return rows, move
}

// continuePage starts a new page for a table: "Caption (forts.)" and the header row.
func (tl *tableLayout) continuePage() {
	l := tl.l
	tl.closeGrid()
	l.newPage(l.landscape)
	if tl.t.Caption != "" || l.d.Captions.Continued != "" {
		s := tl.t.Caption
		if l.d.Captions.Continued != "" {
			if s != "" {
				s += " "
			}
			s += l.d.Captions.Continued
		}
		ts := tstyle{st: italic, size: 8.5, color: grey}
		s = truncate(l.fs, s, ts, l.width())
		l.art++
		l.text(l.left(), l.y+ascent(8.5, 1.3), s, ts)
		l.art--
		l.y += 8.5*1.3 + 2
	}
	l.empty = false
	tl.drawHeader()
}

func (tl *tableLayout) columns() {
	l, cols := tl.l, tl.t.Columns
	sum := 0.0
	for _, c := range cols {
		if c.Width > 0 {
			sum += c.Width
		}
	}
	x := l.left()
	for _, c := range cols {
		w := 1 / float64(len(cols))
		if sum > 0 {
			w = max(c.Width, 0) / sum
		}
		w *= l.width()
		tl.colX = append(tl.colX, x)
		tl.colW = append(tl.colW, w)
		x += w
	}
}

func (tl *tableLayout) layoutRow(r *render.Row) trow {
	l := tl.l
	out := trow{group: r.Group, cells: make([]tcell, 0, len(r.Cells))}
	ts := tstyle{st: regular, size: tl.size, color: black}
	if r.Group {
		ts.st = bold
	}
	col := 0
	for _, c := range r.Cells {
		if col >= len(tl.colX) {
			break
		}
		span := max(c.Span, 1)
		last := min(col+span, len(tl.colX)) - 1
		cell := tcell{x: tl.colX[col], w: tl.colX[last] + tl.colW[last] - tl.colX[col], align: tl.t.Columns[col].Align}
		if c.Fill != "" {
			cell.fill, cell.fillp = parseColor(c.Fill)
		}
		cell.lines = l.fs.wrapRuns(c.Runs, ts, cell.w-2*cellPadX)
		if len(c.Runs) == 0 {
			cell.lines = nil
		}
		out.n = max(out.n, len(cell.lines))
		out.cells = append(out.cells, cell)
		col = last + 1
	}
	// Cells missing at the end of a row still get their grid lines.
	for ; col < len(tl.colX); col++ {
		out.cells = append(out.cells, tcell{x: tl.colX[col], w: tl.colW[col]})
	}
	out.n = max(out.n, 1)
	return out
}

func (tl *tableLayout) drawHeader() {
	l := tl.l
	h := tl.rowHeight(tl.header.n)
	l.fill(l.left(), l.y, l.width(), h, l.colors.primary)
	// The logical header row is tagged once; its repeats on later pages
	// are artifacts.
	var tr int32
	if tl.headerTagged {
		// Each TH also gets an empty marked-content sequence on this
		// page, so that a reader looking at the page alone (pdf.js
		// builds its tree per page) finds the table's header cells,
		// while their text is read once.
		for _, th := range tl.th {
			l.curTag = th
			l.add(op{kind: opEmpty})
		}
		l.curTag = tl.elem
		l.art++
		defer func() { l.art-- }()
	} else {
		tr = l.newElem(roleTR, tl.elem)
	}
	for i := range tl.header.cells {
		c := &tl.header.cells[i]
		if !tl.headerTagged {
			th := l.newElem(roleTH, tr)
			l.tags[th].scope = scopeColumn
			l.curTag = th
			tl.th = append(tl.th, th)
		}
		tl.drawCellLines(c, 0, len(c.lines), l.y)
		if i > 0 {
			l.line(c.x, l.y, c.x, l.y+h, 0.4, white)
		}
	}
	tl.headerTagged = true
	l.curTag = tl.elem
	l.y += h
	tl.bodyTop = l.y
}

// drawRow draws lines [from, to) of row r at the current y.
func (tl *tableLayout) drawRow(r *trow, from, to int) {
	l := tl.l
	h := tl.rowHeight(to - from)
	if r.group {
		l.fill(l.left(), l.y, l.width(), h, l.colors.band)
	}
	// Which inner column boundaries this row has: a spanning cell hides some.
	if tl.open == nil {
		tl.open = make([]float64, len(tl.colX))
		for i := range tl.open {
			tl.open[i] = -1
		}
	}
	if r.tags == nil {
		r.tags = make([]int32, len(r.cells)+1)
		r.tags[0] = l.newElem(roleTR, tl.elem)
		for i := range r.cells {
			r.tags[i+1] = l.newElem(roleTD, r.tags[0])
			if span := tl.span(&r.cells[i]); span > 1 {
				l.tags[r.tags[i+1]].span = uint16(min(span, 1<<16-1))
			}
		}
	}
	k := 1
	for i := range r.cells {
		c := &r.cells[i]
		if c.fillp {
			l.fill(c.x, l.y, c.w, h, c.fill)
		}
		if from < len(c.lines) {
			l.curTag = r.tags[i+1]
			tl.drawCellLines(c, from, min(to, len(c.lines)), l.y)
			l.curTag = tl.elem
		}
		// Boundaries inside this cell stop here; the one at its left edge runs on.
		for ; k < len(tl.colX) && tl.colX[k] <= c.x+0.01; k++ {
			if tl.colX[k] >= c.x-0.01 && tl.open[k] < 0 {
				tl.open[k] = l.y
			}
		}
		for ; k < len(tl.colX) && tl.colX[k] < c.x+c.w-0.01; k++ {
			tl.stopLine(k)
		}
	}
	l.line(l.left(), l.y+h, l.right(), l.y+h, 0.4, lightGrey)
	l.y += h
}

// span is the number of columns cell c covers.
func (tl *tableLayout) span(c *tcell) int {
	n := 0
	for _, x := range tl.colX {
		if x >= c.x-0.01 && x < c.x+c.w-0.01 {
			n++
		}
	}
	return n
}

func (tl *tableLayout) stopLine(k int) {
	if y0 := tl.open[k]; y0 >= 0 {
		tl.l.line(tl.colX[k], y0, tl.colX[k], tl.l.y, 0.4, lightGrey)
		tl.open[k] = -1
	}
}

// closeGrid draws the grid lines still running at the end of a page or table.
func (tl *tableLayout) closeGrid() {
	l := tl.l
	for k := range tl.open {
		tl.stopLine(k)
	}
	if l.y > tl.bodyTop {
		l.line(l.left(), tl.bodyTop, l.left(), l.y, 0.4, lightGrey)
		l.line(l.right(), tl.bodyTop, l.right(), l.y, 0.4, lightGrey)
	}
}

func (tl *tableLayout) drawCellLines(c *tcell, from, to int, top float64) {
	l := tl.l
	y := top + cellPadY
	for _, ln := range c.lines[from:to] {
		x := c.x + cellPadX
		switch c.align {
		case render.Right:
			x = c.x + c.w - cellPadX - ln.w
		case render.Center:
			x = c.x + (c.w-ln.w)/2
		}
		l.drawLine(ln, x, y+ascent(tl.size, leading))
		y += tl.lead
	}
}

// truncate shortens s with "…" to fit width.
func truncate(fs *fontSet, s string, ts tstyle, width float64) string {
	s = fs.clean(s, ts.st)
	if fs.width(s, ts.st, ts.size) <= width {
		return s
	}
	ell := fs.width("…", ts.st, ts.size)
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fs.width(string(r[:mid]), ts.st, ts.size)+ell <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}
