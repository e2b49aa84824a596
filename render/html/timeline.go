package html

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// Chart geometry in CSS px (SVG user units).
const (
	rowH    = 20.0
	numW    = 44.0
	labelW  = 250.0
	symW    = 20.0
	groupH  = 18.0
	colH    = 16.0
	subH    = 14.0
	padR    = 8.0
	charW   = 6.2 // average width of an 11 px character, for cutting labels
	minColW = 18.0
)

// chart is one timeline's geometry.
type chart struct {
	t      *render.Timeline
	colW   float64
	chartX float64
	headH  float64
	width  float64
	hasSub bool
}

func newChart(t *render.Timeline) *chart {
	c := &chart{t: t, colW: minColW, chartX: numW + labelW + symW}
	for _, col := range t.Columns {
		c.colW = max(c.colW, float64(utf8.RuneCountInString(col.Label))*charW+6)
		if col.SubLabel != "" {
			c.hasSub = true
			c.colW = max(c.colW, float64(utf8.RuneCountInString(col.SubLabel))*5.4+4)
		}
	}
	c.headH = groupH + colH
	if c.hasSub {
		c.headH += subH
	}
	c.width = c.chartX + float64(len(t.Columns))*c.colW + padR
	return c
}

func (c *chart) colX(i int) float64 { return c.chartX + float64(i)*c.colW }

// cut shortens s to fit w px, ending it with "…".
func cut(s string, w float64) (string, bool) {
	n := int(w / charW)
	if utf8.RuneCountInString(s) <= n {
		return s, false
	}
	if n < 2 {
		return "", true
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…", true
}

func (h *writer) timeline(t *render.Timeline) {
	capID, altID := "", ""
	h.s("<figure class=\"timeline\">\n")
	if t.Title != "" {
		capID = h.id("pp-tl-")
		h.s("<figcaption id=\"" + capID + "\">")
		h.t(t.Title)
		h.s("</figcaption>\n")
	}
	if t.AltText != "" {
		altID = h.id("pp-alt-")
		h.s("<p class=\"alt\" id=\"" + altID + "\">")
		h.t(t.AltText)
		h.s("</p>\n")
	}
	if len(t.Columns) > 0 {
		label := capID
		if label == "" {
			label = altID
		}
		h.scrollOpen(label, "")
		h.svg(t, altID)
		h.s("</div>\n")
	}
	h.legend(t)
	h.s("</figure>\n")
}

// Print budget: a chunk of the chart, scaled to the width of a landscape
// A4 page (about 1,000 CSS px inside the margins), fits in printH px.
const (
	printW = 1000.0
	printH = 640.0
)

// chunks cuts the rows into runs that each fit one printed landscape
// page, so a long chart is printed page by page with its column headers
// on each, never sliced through a row.
func (c *chart) chunks() [][2]int {
	n := len(c.t.Rows)
	scale := min(1, printW/c.width)
	per := max(int((printH/scale-c.headH)/rowH), 10)
	if n <= per {
		return [][2]int{{0, n}}
	}
	// Even chunks: no short last page.
	parts := (n + per - 1) / per
	per = (n + parts - 1) / parts
	var out [][2]int
	for r := 0; r < n; r += per {
		out = append(out, [2]int{r, min(r+per, n)})
	}
	return out
}

// svg draws the chart as one SVG per chunk of rows. The first is the
// image a screen reader meets, named by the title and described by the
// alternative text, which covers the whole chart; the continuations are
// hidden from assistive technology, which gets the activity table.
func (h *writer) svg(t *render.Timeline, altID string) {
	c := newChart(t)
	for i, ch := range c.chunks() {
		h.svgChunk(c, ch[0], ch[1], i == 0, altID)
	}
}

func (h *writer) svgChunk(c *chart, r0, r1 int, first bool, altID string) {
	t := c.t
	height := c.headH + float64(r1-r0)*rowH + 1
	h.s("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(c.width) + "\" height=\"" + num(height) +
		"\" viewBox=\"0 0 " + num(c.width) + " " + num(height) + "\"")
	if !first {
		h.s(" aria-hidden=\"true\" focusable=\"false\">\n")
	} else {
		titleID := h.id("pp-svgt-")
		h.s(" role=\"img\" aria-labelledby=\"" + titleID + "\"")
		if altID != "" {
			h.s(" aria-describedby=\"" + altID + "\"")
		}
		h.s(">\n<title id=\"" + titleID + "\">")
		if t.Title != "" {
			h.t(t.Title)
		} else {
			h.t(t.AltText)
		}
		h.s("</title>\n")
		if t.AltText != "" {
			h.s("<desc>")
			h.t(t.AltText)
			h.s("</desc>\n")
		}
		// Hatch patterns, one per colour, defined before use; the
		// later chunks and the legend use them by id.
		var defs strings.Builder
		for _, r := range t.Rows {
			if r.Hatched {
				h.hatchID(r.Color, &defs)
			}
		}
		for _, l := range t.Legend {
			if l.Hatched {
				h.hatchID(l.Color, &defs)
			}
		}
		if defs.Len() > 0 {
			h.s("<defs>\n" + defs.String() + "</defs>\n")
		}
	}
	rows := t.Rows[r0:r1]
	bodyTop := c.headH
	bodyBot := bodyTop + float64(len(rows))*rowH
	right := c.colX(len(t.Columns))

	// Phase bands under everything.
	for i, r := range rows {
		if r.Phase {
			h.s("<rect class=\"band\" x=\"0\" y=\"" + num(bodyTop+float64(i)*rowH) + "\" width=\"" + num(right) + "\" height=\"" + num(rowH) + "\"/>\n")
		}
	}
	// Holiday columns, each named in a tooltip.
	for i, col := range t.Columns {
		if !col.Shaded {
			continue
		}
		h.s("<rect class=\"shade\" x=\"" + num(c.colX(i)) + "\" y=\"" + num(groupH) + "\" width=\"" + num(c.colW) + "\" height=\"" + num(bodyBot-groupH) + "\">")
		if col.ShadeReason != "" {
			h.s("<title>")
			h.t(col.ShadeReason)
			h.s("</title>")
		}
		h.s("</rect>\n")
	}
	// Grid: one path for all lines.
	var d strings.Builder
	groupStart := map[int]bool{}
	for _, g := range t.Groups {
		groupStart[g.First] = true
	}
	for i := 0; i <= len(t.Columns); i++ {
		top := groupH
		if i == 0 || i == len(t.Columns) || groupStart[i] {
			top = 0
		}
		d.WriteString("M" + num(c.colX(i)+0.5) + " " + num(top) + "V" + num(bodyBot))
	}
	for i := 0; i <= len(rows); i++ {
		y := num(bodyTop + float64(i)*rowH + 0.5)
		d.WriteString("M0 " + y + "H" + num(right))
	}
	d.WriteString("M" + num(c.chartX) + " " + num(groupH+0.5) + "H" + num(right))
	h.s("<path class=\"gridline\" d=\"" + d.String() + "\"/>\n")

	// Column headers: groups (months, years), labels, sublabels.
	for _, g := range t.Groups {
		if g.First < 0 || g.Last < g.First || g.Last >= len(t.Columns) {
			continue
		}
		w := float64(g.Last-g.First+1) * c.colW
		s, _ := cut(g.Label, w-4)
		if s == "" {
			continue
		}
		h.s("<text class=\"grp\" x=\"" + num(c.colX(g.First)+w/2) + "\" y=\"" + num(groupH-5) + "\" text-anchor=\"middle\">")
		h.t(s)
		h.s("</text>\n")
	}
	for i, col := range t.Columns {
		x := num(c.colX(i) + c.colW/2)
		h.s("<text x=\"" + x + "\" y=\"" + num(groupH+colH-4) + "\" text-anchor=\"middle\">")
		h.t(col.Label)
		h.s("</text>\n")
		if c.hasSub && col.SubLabel != "" {
			h.s("<text class=\"sub\" x=\"" + x + "\" y=\"" + num(groupH+colH+subH-4) + "\" text-anchor=\"middle\" font-size=\"9\">")
			h.t(col.SubLabel)
			h.s("</text>\n")
		}
	}
	if t.Granularity == render.ByWeek && h.d.Captions.Week != "" {
		h.s("<text class=\"grp\" x=\"" + num(c.chartX-symW-4) + "\" y=\"" + num(groupH+colH-4) + "\" text-anchor=\"end\">")
		h.t(h.d.Captions.Week)
		h.s("</text>\n")
	}

	// Rows: number, label, symbol, then the bar or point and the marks.
	for i := range rows {
		h.row(c, &rows[i], bodyTop+float64(i)*rowH)
	}
	h.s("</svg>\n")
}

// hatchID returns the id of the hatch pattern for colour hex, adding its
// definition to defs the first time.
func (h *writer) hatchID(hex string, defs *strings.Builder) string {
	col := hexOr(hex, h.pal.primary)
	key := col.css()
	for i, k := range h.hatches {
		if k == key {
			return "pp-hatch-" + strconv.Itoa(i)
		}
	}
	id := "pp-hatch-" + strconv.Itoa(len(h.hatches))
	h.hatches = append(h.hatches, key)
	if defs != nil {
		defs.WriteString("<pattern id=\"" + id + "\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
			"<rect width=\"5\" height=\"5\" fill=\"" + mix(col, white, 0.75).css() + "\"/>" +
			"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"" + key + "\" stroke-width=\"2.2\"/></pattern>\n")
	}
	return id
}

func (h *writer) row(c *chart, r *render.TimelineRow, y float64) {
	base := num(y + rowH - 6)
	h.s("<g>")
	// The full text as a tooltip: the label may be cut to fit.
	h.s("<title>")
	tip := strings.TrimSpace(r.Number + " " + r.Label)
	if r.Status != "" {
		tip += " (" + r.Status + ")"
	}
	h.t(tip)
	h.s("</title>")
	if r.Number != "" {
		n, _ := cut(r.Number, numW-6)
		h.s("<text class=\"num\" x=\"4\" y=\"" + base + "\">")
		h.t(n)
		h.s("</text>")
	}
	label, _ := cut(r.Label, labelW-6)
	if r.Phase {
		h.s("<text class=\"phase\" x=\"" + num(numW) + "\" y=\"" + base + "\">")
	} else {
		h.s("<text x=\"" + num(numW) + "\" y=\"" + base + "\">")
	}
	h.t(label)
	h.s("</text>")
	if r.Symbol != "" {
		h.s("<text class=\"sym\" x=\"" + num(numW+labelW+symW/2) + "\" y=\"" + base + "\" text-anchor=\"middle\">")
		h.t(r.Symbol)
		h.s("</text>")
	}
	n := len(c.t.Columns)
	if r.First >= 0 && r.First < n {
		col := hexOr(r.Color, h.pal.primary)
		edge := mix(col, black, 0.45).css()
		if r.Point {
			cx, cy, hw := c.colX(r.First)+c.colW/2, y+rowH/2, rowH*0.34
			pts := num(cx) + "," + num(cy-hw) + " " + num(cx+hw) + "," + num(cy) + " " + num(cx) + "," + num(cy+hw) + " " + num(cx-hw) + "," + num(cy)
			h.s("<polygon points=\"" + pts + "\" fill=\"" + col.css() + "\" stroke=\"" + edge + "\"/>")
			if r.Critical {
				hw += 3
				pts = num(cx) + "," + num(cy-hw) + " " + num(cx+hw) + "," + num(cy) + " " + num(cx) + "," + num(cy+hw) + " " + num(cx-hw) + "," + num(cy)
				h.s("<polygon class=\"crit\" points=\"" + pts + "\"/>")
			}
		} else {
			last := min(max(r.Last, r.First), n-1)
			x0, x1 := c.colX(r.First)+1, c.colX(last+1)-1
			bh := rowH * 0.6
			if r.Phase {
				bh = rowH * 0.34
			}
			by := y + (rowH-bh)/2
			fill := col.css()
			if r.Hatched {
				fill = "url(#" + h.hatchID(r.Color, nil) + ")"
			}
			h.s("<rect x=\"" + num(x0) + "\" y=\"" + num(by) + "\" width=\"" + num(x1-x0) + "\" height=\"" + num(bh) + "\" fill=\"" + fill + "\" stroke=\"" + edge + "\"/>")
			if r.Critical {
				h.s("<rect class=\"crit\" x=\"" + num(x0-2) + "\" y=\"" + num(by-2) + "\" width=\"" + num(x1-x0+4) + "\" height=\"" + num(bh+4) + "\"/>")
			}
		}
	}
	// Moments in one column (a meeting and the deadline in the same
	// week) sit side by side; beside the decision's own point they sit
	// to its left, as they come before it.
	marksIn := map[int]int{}
	for _, m := range r.Marks {
		if m.Symbol != "" {
			marksIn[m.Column]++
		}
	}
	seen := map[int]int{}
	for _, m := range r.Marks {
		if m.Column < 0 || m.Column >= n || m.Symbol == "" {
			continue
		}
		count, k := marksIn[m.Column], seen[m.Column]
		seen[m.Column]++
		step := min(c.colW/float64(count), 9)
		x := c.colX(m.Column) + c.colW/2
		switch {
		case r.Point && r.First == m.Column:
			x -= rowH*0.34 + 5 + float64(count-1-k)*step
		case count > 1:
			x += (float64(k) - float64(count-1)/2) * step
		}
		h.s("<g><title>")
		h.t(m.Label)
		h.s("</title><text class=\"sym\" x=\"" + num(x) + "\" y=\"" + base + "\" text-anchor=\"middle\">")
		h.t(m.Symbol)
		h.s("</text></g>")
	}
	h.s("</g>\n")
}

// legend writes the chart's legend as text: each entry with a small
// drawing of its bar (aria-hidden: the words say it) and its symbol.
func (h *writer) legend(t *render.Timeline) {
	if len(t.Legend) == 0 && t.ShadedLabel == "" {
		return
	}
	id := h.id("pp-lg-")
	h.s("<div class=\"legend\">\n<p class=\"legend-title\" id=\"" + id + "\">")
	h.t(h.d.Captions.Legend)
	h.s("</p>\n<ul aria-labelledby=\"" + id + "\">\n")
	points := map[string]bool{}
	for _, r := range t.Rows {
		if r.Point {
			points[string(r.Kind)+"\x00"+r.Symbol] = true
		}
	}
	for _, it := range t.Legend {
		h.s("<li>")
		h.s("<svg width=\"26\" height=\"14\" viewBox=\"0 0 26 14\" aria-hidden=\"true\" focusable=\"false\">")
		col := hexOr(it.Color, h.pal.primary)
		edge := mix(col, black, 0.45).css()
		switch {
		case it.Critical:
			h.s("<rect class=\"crit\" x=\"2\" y=\"2\" width=\"22\" height=\"10\"/>")
		case it.Hatched:
			h.s("<rect x=\"2\" y=\"3\" width=\"22\" height=\"8\" fill=\"url(#" + h.hatchID(it.Color, nil) + ")\" stroke=\"" + edge + "\"/>")
		case points[string(it.Kind)+"\x00"+it.Symbol]:
			h.s("<polygon points=\"13,1 19,7 13,13 7,7\" fill=\"" + col.css() + "\" stroke=\"" + edge + "\"/>")
		default:
			h.s("<rect x=\"2\" y=\"3\" width=\"22\" height=\"8\" fill=\"" + col.css() + "\" stroke=\"" + edge + "\"/>")
		}
		h.s("</svg>")
		if it.Symbol != "" {
			h.s("<span aria-hidden=\"true\">")
			h.t(it.Symbol)
			h.s("</span>")
		}
		h.s("<span>")
		h.t(it.Label)
		h.s("</span></li>\n")
	}
	if t.ShadedLabel != "" {
		h.s("<li><svg width=\"26\" height=\"14\" viewBox=\"0 0 26 14\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"shade\" x=\"2\" y=\"0\" width=\"22\" height=\"14\"/></svg><span>")
		h.t(t.ShadedLabel)
		h.s("</span></li>\n")
	}
	h.s("</ul>\n</div>\n")
}
