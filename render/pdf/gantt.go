package pdf

import (
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
)

// Gantt chart geometry in points.
const (
	ganttFont    = 7.0
	ganttHead    = 6.5
	ganttRowH    = 12.0
	ganttRowMin  = 10.0
	ganttNumW    = 30.0
	ganttLabelW  = 168.0
	ganttSymbolW = 14.0
	ganttGroupH  = 12.0
	ganttColH    = 11.0
	ganttSubH    = 8.0
	legendSize   = 7.5
	ganttSub     = 5.5
	// critLine is the outline of a bar on the critical path: thick enough
	// to tell apart from the thin hatching outline without its colour.
	critLine = 1.6
)

// critRed outlines bars on the critical path.
var critRed = rgb{0x9c, 0x00, 0x06}

type gantt struct {
	l      *layouter
	t      *render.Timeline
	numW   float64 // width of the number column
	labelW float64 // width of the label column
	chartX float64
	colW   float64
	chunks [][2]int // column ranges [first, last] per page across
	rowH   float64  // height of a row of one line
	// units is the height of each row in lines (2 for a label wrapped to
	// a second line), cum their running sum: row r starts cum[r] lines
	// down.
	units   []int
	cum     []int
	headH   float64
	hasSub  bool
	legend  []legendBox
	legendH float64
}

// legendBox is one placed legend entry.
type legendBox struct {
	x, y float64 // offsets from the legend's top left
	item render.LegendItem
	text string // symbol and label
	kind int    // 0 item, 1 shading, 2 title
	// point marks an item whose rows are points: its swatch is a diamond.
	point bool
}

// timeline draws the Gantt chart on landscape pages. A chart too long for
// one page continues on further pages in both directions: the columns are
// cut into periods, each period printed over as many pages as its rows
// need, with the row labels and column headers repeated on every page.
func (l *layouter) timeline(t *render.Timeline) {
	if len(t.Columns) == 0 {
		return
	}
	if !l.cur.landscape {
		if l.empty {
			l.cur.landscape = true
		} else {
			l.newPage(true)
		}
	}
	g := &gantt{l: l, t: t}
	// The chart is one figure over all its pages, text and graphics
	// alike; its alternative text says what it shows and points to the
	// activity table, which has the same dates as text.
	fig := l.open(roleFigure)
	alt := t.AltText
	if alt == "" {
		alt = t.Title
	}
	l.setAlt(fig, alt)
	l.deco = fig
	defer func() {
		l.deco = noOwner
		l.close(fig)
	}()
	g.labelColumns()
	g.chartX = l.left() + g.numW + g.labelW + ganttSymbolW
	chartW := l.right() - g.chartX
	g.columns(chartW)
	g.layoutLegend(l.width())
	g.headH = ganttGroupH + ganttColH
	if g.hasSub {
		g.headH += ganttSubH
	}
	titleH := 0.0
	if t.Title != "" || l.d.Captions.Continued != "" {
		titleH = 11 * 1.3
	}
	// Rows per page: the same row ranges in every period, so the pages
	// of a long chart line up like a grid; the rows are spread evenly
	// over the pages down, and squeezed (down to ganttRowMin) when that
	// saves a page.
	fixed := titleH + g.headH + g.legendH + 6
	firstRoom := l.bottom() - l.y - fixed
	fullRoom := l.bottom() - l.top() - fixed
	if n := len(t.Rows); int(firstRoom/ganttRowMin) < min(3, n) {
		l.newPage(true)
		firstRoom = fullRoom
	}
	g.rowUnits()
	// split returns the number of rows on each page down, for rows of
	// h points a line.
	split := func(h float64) []int {
		n, total := len(t.Rows), g.cum[len(t.Rows)]
		cap1, capN := max(int(firstRoom/h), 1), max(int(fullRoom/h), 1)
		if total <= cap1 {
			return []int{n}
		}
		pages := 1 + (total-cap1+capN-1)/capN
		per := (total + pages - 1) / pages
		var sizes []int
		for r := 0; r < n; {
			limit := min(per, capN)
			if len(sizes) == 0 {
				limit = min(per, cap1)
			} else if len(sizes) >= pages-1 {
				limit = capN
			}
			k, u := 0, 0
			for r+k < n && (k == 0 || u+g.units[r+k] <= limit) {
				u += g.units[r+k]
				k++
			}
			sizes = append(sizes, k)
			r += k
		}
		return sizes
	}
	g.rowH = ganttRowH
	sizes := split(ganttRowH)
	if best := split(ganttRowMin); len(best) < len(sizes) {
		for h := ganttRowH; h >= ganttRowMin; h -= 0.25 {
			if s := split(h); len(s) == len(best) {
				g.rowH, sizes = h, s
				break
			}
		}
	}
	for ci, ch := range g.chunks {
		r := 0
		for pi, n := range sizes {
			if ci > 0 || pi > 0 {
				l.newPage(true)
			}
			g.title(ci > 0 || pi > 0)
			g.drawPage(ch[0], ch[1], r, r+n)
			r += n
		}
	}
	l.y += paraAfter
}

func (g *gantt) title(continued bool) {
	l := g.l
	s := g.t.Title
	if continued && l.d.Captions.Continued != "" {
		if s != "" {
			s += " "
		}
		s += l.d.Captions.Continued
	}
	if s == "" {
		return
	}
	ts := tstyle{st: bold, size: 11, color: black}
	if continued {
		ts = tstyle{st: italic, size: 8.5, color: grey}
	}
	l.text(l.left(), l.y+ascent(11, 1.3), truncate(l.fs, s, ts, l.width()), ts)
	l.y += 11 * 1.3
	l.empty = false
}

// labelColumns sizes the number and label columns to their text, so no
// phase id or label is cut: the number column fits the widest id (up to
// a fifth of the page), and the label column grows from ganttLabelW to
// fit the widest label as long as the chart keeps the pages across it
// would have had (up to half the page). A label still wider is wrapped
// to two lines (rowUnits, drawLabel).
func (g *gantt) labelColumns() {
	l, t := g.l, g.t
	g.numW, g.labelW = ganttNumW, ganttLabelW
	widest := 0.0
	for _, r := range t.Rows {
		st := regular
		if r.Phase {
			st = bold
		}
		g.numW = max(g.numW, min(l.fs.width(l.fs.clean(r.Number, st), st, ganttFont)+6, l.width()/5))
		widest = max(widest, l.fs.width(l.fs.clean(r.Label, st), st, ganttFont)+4)
	}
	if widest <= g.labelW {
		return
	}
	pages := func(labelW float64) int {
		chartW := l.right() - (l.left() + g.numW + labelW + ganttSymbolW)
		minW := 10.0
		for _, c := range t.Columns {
			minW = max(minW, l.fs.width(c.Label, regular, ganttHead)+3)
		}
		per := max(int(chartW/minW), 1)
		return (len(t.Columns) + per - 1) / per
	}
	base := pages(g.labelW)
	for w := min(widest, l.width()/2); w > g.labelW; w -= 4 {
		if pages(w) <= base {
			g.labelW = w
			return
		}
	}
}

// rowUnits gives each row its height in lines: two for a label too wide
// for the label column at the chart's type size, which drawLabel wraps.
func (g *gantt) rowUnits() {
	l := g.l
	g.units = make([]int, len(g.t.Rows))
	g.cum = make([]int, len(g.t.Rows)+1)
	for i, r := range g.t.Rows {
		st := regular
		if r.Phase {
			st = bold
		}
		g.units[i] = 1
		if l.fs.width(l.fs.clean(r.Label, st), st, ganttFont) > g.labelW-4 {
			g.units[i] = 2
		}
		g.cum[i+1] = g.cum[i] + g.units[i]
	}
}

// drawLabel draws row r's label at x in the row starting at y: on one
// line, or wrapped to two when rowUnits gave the row two; only a label
// too long even for two lines is shortened with "…" on the second.
func (g *gantt) drawLabel(r int, ts tstyle, x, y float64) {
	l := g.l
	s := g.t.Rows[r].Label
	base := y + ascent(ts.size, g.rowH/ts.size)
	if g.units[r] == 1 {
		l.text(x, base, s, ts)
		return
	}
	w := g.labelW - 4
	lines := l.fs.wrapString(s, ts, w)
	l.drawLine(lines[0], x, base)
	if len(lines) < 2 {
		return
	}
	second := lines[1]
	if len(lines) > 2 {
		var rest []string
		for _, ln := range lines[1:] {
			for _, p := range ln.pieces {
				rest = append(rest, p.text())
			}
		}
		second = l.fs.wrapString(truncate(l.fs, strings.Join(rest, " "), ts, w), ts, w+1)[0]
	}
	l.drawLine(second, x, base+g.rowH)
}

// columns picks the column width and cuts the columns into periods of
// equal length that fit the page width.
func (g *gantt) columns(chartW float64) {
	l, cols := g.l, g.t.Columns
	minW, subW := 10.0, 0.0
	for _, c := range cols {
		minW = max(minW, l.fs.width(c.Label, regular, ganttHead)+3)
		if c.SubLabel != "" {
			g.hasSub = true
			subW = max(subW, l.fs.width(c.SubLabel, regular, ganttSub)+3)
		}
	}
	chunks := func(w float64) int {
		perPage := max(int(chartW/w), 1)
		return (len(cols) + perPage - 1) / perPage
	}
	nChunks := chunks(max(minW, subW))
	if g.hasSub && chunks(minW) < nChunks {
		// The second header line (dates) is a help, not worth a page
		// more across: leave it out.
		g.hasSub = false
		nChunks = chunks(minW)
	}
	per := (len(cols) + nChunks - 1) / nChunks
	g.colW = chartW / float64(per)
	for first := 0; first < len(cols); first += per {
		g.chunks = append(g.chunks, [2]int{first, min(first+per, len(cols)) - 1})
	}
}

// layoutLegend places the legend entries in lines across width.
func (g *gantt) layoutLegend(width float64) {
	l := g.l
	lead := legendSize * 1.6
	x, y := 0.0, 0.0
	place := func(b legendBox, w float64) {
		if x > 0 && x+w > width {
			x, y = 0, y+lead
		}
		b.x, b.y = x, y
		g.legend = append(g.legend, b)
		x += w + 12
	}
	if l.d.Captions.Legend != "" {
		s := l.d.Captions.Legend + ":"
		place(legendBox{kind: 2, text: s}, l.fs.width(s, bold, legendSize))
	}
	points := map[string]bool{}
	for _, r := range g.t.Rows {
		if r.Point {
			points[string(r.Kind)+"\x00"+r.Symbol+"\x00"+r.Color] = true
		}
	}
	for _, it := range g.t.Legend {
		s := strings.TrimSpace(it.Symbol + " " + it.Label)
		pt := !it.Critical && points[string(it.Kind)+"\x00"+it.Symbol+"\x00"+it.Color]
		place(legendBox{item: it, text: s, point: pt}, 18+l.fs.width(s, regular, legendSize))
	}
	// The shaded columns explain themselves by their reasons.
	var reasons []string
	seen := map[string]bool{}
	for _, c := range g.t.Columns {
		if c.Shaded && c.ShadeReason != "" && !seen[c.ShadeReason] {
			seen[c.ShadeReason] = true
			reasons = append(reasons, c.ShadeReason)
		}
	}
	if g.t.ShadedLabel != "" {
		reasons = []string{g.t.ShadedLabel}
	}
	if len(reasons) > 0 {
		if len(reasons) > 6 {
			reasons = append(reasons[:6], "…")
		}
		s := strings.Join(reasons, ", ")
		s = truncate(l.fs, s, tstyle{st: regular, size: legendSize}, width-30)
		place(legendBox{kind: 1, text: s}, 18+l.fs.width(s, regular, legendSize))
	}
	if len(g.legend) > 0 {
		g.legendH = y + lead + 4
	}
}

// drawPage draws columns c0..c1 and rows r0..r1-1 at the current y.
func (g *gantt) drawPage(c0, c1, r0, r1 int) {
	l, t := g.l, g.t
	top := l.y
	left := l.left()
	chartR := g.chartX + float64(c1-c0+1)*g.colW
	bodyTop := top + g.headH
	rowY := func(r int) float64 { return bodyTop + float64(g.cum[r]-g.cum[r0])*g.rowH }
	bodyBot := rowY(r1)
	colX := func(c int) float64 { return g.chartX + float64(c-c0)*g.colW }

	// Phase bands.
	for r := r0; r < r1; r++ {
		if t.Rows[r].Phase {
			l.fill(left, rowY(r), chartR-left, float64(g.units[r])*g.rowH, l.colors.band)
		}
	}
	// Shaded holiday columns, over the phase bands, under the grid and bars.
	for c := c0; c <= c1; c++ {
		if t.Columns[c].Shaded {
			l.fill(colX(c), top+ganttGroupH, g.colW, bodyBot-top-ganttGroupH, shadeGrey)
		}
	}
	// Grid: a line between columns, a darker one between groups.
	groupStart := map[int]bool{}
	for _, gr := range t.Groups {
		groupStart[gr.First] = true
	}
	for c := c0; c <= c1+1; c++ {
		x := colX(c)
		if c == c0 || c == c1+1 || groupStart[c] {
			l.line(x, top, x, bodyBot, 0.5, lightGrey)
		} else {
			l.line(x, top+ganttGroupH, x, bodyBot, 0.3, gridGrey)
		}
	}
	for r := r0; r <= r1; r++ {
		y := rowY(r)
		l.line(left, y, chartR, y, 0.3, gridGrey)
	}
	l.line(left, top, chartR, top, 0.5, lightGrey)
	l.line(g.chartX, top+ganttGroupH, chartR, top+ganttGroupH, 0.3, lightGrey)

	// Column headers.
	head := tstyle{st: bold, size: ganttFont, color: black}
	for _, gr := range t.Groups {
		a, b := max(gr.First, c0), min(gr.Last, c1)
		if a > b {
			continue
		}
		w := float64(b-a+1) * g.colW
		s := fitLabel(l.fs, gr.Label, head, w-2)
		if s != "" {
			sw := l.fs.width(s, head.st, head.size)
			l.text(colX(a)+(w-sw)/2, top+ascent(ganttFont, ganttGroupH/ganttFont), s, head)
		}
	}
	colTS := tstyle{st: regular, size: ganttHead, color: black}
	subTS := tstyle{st: regular, size: ganttSub, color: grey}
	for c := c0; c <= c1; c++ {
		col := t.Columns[c]
		sw := l.fs.width(col.Label, colTS.st, colTS.size)
		l.text(colX(c)+(g.colW-sw)/2, top+ganttGroupH+ascent(ganttHead, ganttColH/ganttHead), col.Label, colTS)
		if g.hasSub && col.SubLabel != "" {
			sw := l.fs.width(col.SubLabel, subTS.st, subTS.size)
			l.text(colX(c)+(g.colW-sw)/2, top+ganttGroupH+ganttColH+ascent(ganttSub, ganttSubH/ganttSub)-1, col.SubLabel, subTS)
		}
	}
	if t.Granularity == render.ByWeek && l.d.Captions.Week != "" {
		s := l.d.Captions.Week
		sw := l.fs.width(s, bold, ganttHead)
		l.text(g.chartX-ganttSymbolW-sw, top+ganttGroupH+ascent(ganttHead, ganttColH/ganttHead), s, tstyle{st: bold, size: ganttHead, color: black})
	}

	// Rows: number, label, symbol, and the bar or diamond.
	for r := r0; r < r1; r++ {
		row := &t.Rows[r]
		// The number and label start at the row's top line; the symbol
		// and bar sit in the middle of a two-line row.
		rowTop := rowY(r)
		base := rowTop + ascent(ganttFont, g.rowH/ganttFont)
		y := rowTop + float64(g.units[r]-1)*g.rowH/2
		mbase := y + ascent(ganttFont, g.rowH/ganttFont)
		ts := tstyle{st: regular, size: ganttFont, color: black}
		if row.Phase {
			ts.st = bold
		}
		if row.Number != "" {
			l.text(left+2, base, truncate(l.fs, row.Number, tstyle{st: ts.st, size: ganttFont}, g.numW-4), tstyle{st: ts.st, size: ganttFont, color: grey})
		}
		g.drawLabel(r, ts, left+g.numW, rowTop)
		if row.Symbol != "" {
			sw := l.fs.width(row.Symbol, regular, ganttFont+1)
			l.text(g.chartX-ganttSymbolW/2-2-sw/2, mbase+0.5, row.Symbol, tstyle{st: regular, size: ganttFont + 1, color: black})
		}
		if row.First < 0 || row.First > c1 || row.Last < c0 {
			continue
		}
		color := colorOr(row.Color, l.colors.primary)
		if row.Point {
			if row.First < c0 {
				continue
			}
			cx := colX(row.First) + g.colW/2
			hw := g.rowH * 0.38
			l.add(op{kind: opDiamond, x: cx, y: y + g.rowH/2, w: hw, color: color})
			if row.Critical {
				l.add(op{kind: opStroke, x: cx - hw - 1, y: y + g.rowH/2 - hw - 1, w: 2*hw + 2, h: 2*hw + 2, size: critLine, color: critRed})
			}
			continue
		}
		a, b := max(row.First, c0), min(row.Last, c1)
		x0, x1 := colX(a), colX(b)+g.colW
		bh := g.rowH * 0.6
		if row.Phase {
			bh = g.rowH * 0.36
		}
		by := y + (g.rowH-bh)/2
		if row.Hatched {
			l.fill(x0, by, x1-x0, bh, color.tint(0.75))
			g.hatch(x0, by, x1-x0, bh, color)
			l.add(op{kind: opStroke, x: x0, y: by, w: x1 - x0, h: bh, size: 0.6, color: color})
		} else {
			l.fill(x0, by, x1-x0, bh, color)
		}
		if row.Critical {
			l.add(op{kind: opStroke, x: x0, y: by, w: x1 - x0, h: bh, size: critLine, color: critRed})
		}
		// A bar cut by the edge of the period gets an arrow there: it
		// goes on in the previous or next period.
		mid := y + g.rowH/2
		if row.First < c0 {
			l.add(op{kind: opArrow, x: x0 - 0.5, y: mid, w: -3, h: 2.5, color: grey})
		}
		if row.Last > c1 {
			l.add(op{kind: opArrow, x: x1 + 0.5, y: mid, w: 3, h: 2.5, color: grey})
		}
	}
	// The rows' marks (earlier meetings of a decision's saksgang, its
	// saksframlegg deadline) go over the bars.
	for r := r0; r < r1; r++ {
		g.drawMarks(&t.Rows[r], c0, c1, rowY(r)+float64(g.units[r]-1)*g.rowH/2)
	}
	l.y = bodyBot + 6
	g.drawLegend()
}

// drawMarks draws the symbols of row's marks that fall in columns c0..c1
// centred in their column.
func (g *gantt) drawMarks(row *render.TimelineRow, c0, c1 int, y float64) {
	l := g.l
	ts := tstyle{st: regular, size: ganttFont + 1, color: black}
	for _, m := range row.Marks {
		if m.Column < c0 || m.Column > c1 || m.Symbol == "" {
			continue
		}
		sym := l.fs.clean(m.Symbol, ts.st)
		sw := l.fs.width(sym, ts.st, ts.size)
		cx := g.chartX + (float64(m.Column-c0)+0.5)*g.colW
		l.text(cx-sw/2, y+ascent(ts.size, g.rowH/ts.size)+0.5, sym, ts)
	}
}

// hatch draws diagonal lines inside a rectangle: the høring pattern.
func (g *gantt) hatch(x, y, w, h float64, c rgb) {
	const step = 3.0
	for off := -h + step/2; off < w; off += step {
		// The line runs from (x+off, y+h) up to (x+off+h, y).
		x0, y0 := x+off, y+h
		x1, y1 := x+off+h, y
		if x0 < x {
			y0 -= x - x0
			x0 = x
		}
		if x1 > x+w {
			y1 += x1 - (x + w)
			x1 = x + w
		}
		if x1 > x0 {
			g.l.line(x0, y0, x1, y1, 0.5, c)
		}
	}
}

func (g *gantt) drawLegend() {
	l := g.l
	if len(g.legend) == 0 {
		return
	}
	left, top := l.left(), l.y
	for _, b := range g.legend {
		x, y := left+b.x, top+b.y
		base := y + ascent(legendSize, 1.6)
		switch b.kind {
		case 2:
			l.text(x, base, b.text, tstyle{st: bold, size: legendSize, color: black})
			continue
		case 1:
			l.fill(x, y+3, 14, legendSize*1.6-6, shadeGrey)
			l.add(op{kind: opStroke, x: x, y: y + 3, w: 14, h: legendSize*1.6 - 6, size: 0.3, color: lightGrey})
		default:
			c := colorOr(b.item.Color, l.colors.primary)
			sh := legendSize*1.6 - 6
			if b.item.Critical {
				// The thick frame of a critical bar round an empty
				// swatch: any bar framed so is critical. The item's
				// colour is the frame's.
				l.add(op{kind: opStroke, x: x, y: y + 3, w: 14, h: sh, size: critLine, color: colorOr(b.item.Color, critRed)})
			} else if b.point {
				l.add(op{kind: opDiamond, x: x + 7, y: y + legendSize*0.8, w: legendSize * 0.55, color: c})
			} else if b.item.Hatched {
				l.fill(x, y+3, 14, sh, c.tint(0.75))
				g.hatch(x, y+3, 14, sh, c)
				l.add(op{kind: opStroke, x: x, y: y + 3, w: 14, h: sh, size: 0.6, color: c})
			} else {
				l.fill(x, y+3, 14, sh, c)
			}
		}
		l.text(x+18, base, b.text, tstyle{st: regular, size: legendSize, color: black})
	}
	l.y = top + g.legendH
}

// fitLabel returns s, or its first word, or its first three letters,
// whichever first fits width; "" if none does.
func fitLabel(fs *fontSet, s string, ts tstyle, width float64) string {
	if fs.width(s, ts.st, ts.size) <= width {
		return s
	}
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i]
		if fs.width(s, ts.st, ts.size) <= width {
			return s
		}
	}
	if r := []rune(s); len(r) > 3 {
		s = string(r[:3])
		if fs.width(s, ts.st, ts.size) <= width {
			return s
		}
	}
	return ""
}
