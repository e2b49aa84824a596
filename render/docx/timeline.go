package docx

import (
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// Timeline layout in twips.
const (
	tlNrWidth    = 510  // activity number column
	tlLabelWidth = 3120 // activity name column
	tlMinCol     = 165  // narrowest time column (about 3 mm: "52" at 6.5 pt)
	tlSize       = 14   // half-points, the Tidslinjetekst style's size
	// tlRowHeight is the exact height of a chart row: 8.5 pt holds a
	// line of 7 pt text, and every row has it, framed (critical) or
	// not. The Bodø example's 37 rows, their header and the legend fit
	// one landscape A4 page with it.
	tlRowHeight = 170
	// tlKeep is how many of the chart's last rows stay with the legend.
	tlKeep = 3
)

// timeline lays the Gantt chart out as a week-grid table: two header rows
// (month groups over week numbers) repeated on every page, one row per
// phase band or activity, bars as shaded cells spanning their columns with
// the bar's symbol in them, so colour is never the only signal. Holiday
// columns are shaded grey. When the columns do not fit the page width the
// chart continues in further tables with the same rows.
func (w *body) timeline(t *render.Timeline) {
	restore := false
	if w.orient != render.Landscape {
		w.section(render.Landscape)
		restore = true
	}
	n := len(t.Columns)
	timeW := w.geo.textWidth(w.orient) - tlNrWidth - tlLabelWidth
	perTable := max(timeW/tlMinCol, 1)
	chunks := 1
	if n > perTable {
		chunks = (n + perTable - 1) / perTable
	}
	per := n
	if chunks > 1 {
		per = (n + chunks - 1) / chunks
	}
	colW := tlMinCol
	if per > 0 {
		colW = timeW / per
	}
	for c := 0; c < max(chunks, 1); c++ {
		first, last := c*per, min((c+1)*per, n)-1
		title := t.Title
		if c > 0 && w.cap.Continued != "" {
			title += " " + w.cap.Continued
		}
		if c > 0 {
			w.s(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		}
		w.caption(title)
		w.timelineTable(t, first, last, colW, c == max(chunks, 1)-1 && hasLegend(t))
	}
	w.legend(t)
	if restore {
		w.wroteAny = true
		w.section(render.Portrait)
	}
}

func (w *body) timelineTable(t *render.Timeline, first, last, colW int, withLegend bool) {
	cols := max(last-first+1, 0)
	total := tlNrWidth + tlLabelWidth + cols*colW
	w.s(`<w:tbl><w:tblPr>`)
	w.val("w:tblStyle", w.st.tableGrid)
	w.s(`<w:tblW w:w="`).i(total).s(`" w:type="dxa"/>`)
	w.s(`<w:tblLayout w:type="fixed"/>`)
	w.s(`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`)
	w.s(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	if t.Title != "" {
		w.val("w:tblCaption", t.Title)
	}
	if t.AltText != "" {
		w.val("w:tblDescription", t.AltText)
	}
	w.s(`</w:tblPr><w:tblGrid>`)
	w.s(`<w:gridCol w:w="`).i(tlNrWidth).s(`"/><w:gridCol w:w="`).i(tlLabelWidth).s(`"/>`)
	for i := 0; i < cols; i++ {
		w.s(`<w:gridCol w:w="`).i(colW).s(`"/>`)
	}
	w.s(`</w:tblGrid>`)

	head := runProps{bold: true}
	// Upper header row: the column groups (months over weeks).
	w.s(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	w.tlCell(tlNrWidth, 1, w.primary, "", head, "", true)
	w.tlCell(tlLabelWidth, 1, w.primary, "", head, "", true)
	col := first
	for _, g := range t.Groups {
		a, b := max(g.First, first), min(g.Last, last)
		if a > b {
			continue
		}
		for ; col < a; col++ {
			w.tlCell(colW, 1, w.primary, "", head, "", false)
		}
		w.tlCell((b-a+1)*colW, b-a+1, w.primary, contrastText(w.primary), head, fitLabel(g.Label, (b-a+1)*colW, tlSize), false)
		col = b + 1
	}
	for ; col <= last; col++ {
		w.tlCell(colW, 1, w.primary, "", head, "", false)
	}
	w.s(`</w:tr>`)

	// Lower header row: week numbers (or days, months, clock times);
	// holiday columns shaded.
	// Labels too wide for their column ("09:30" over a 15-minute slot)
	// are turned to read bottom to top, in a row tall enough for them.
	longest := 0
	for i := first; i <= last; i++ {
		longest = max(longest, utf8.RuneCountInString(t.Columns[i].Label))
	}
	rotate := longest*tlSize*11/2 > colW-10
	w.s(`<w:tr><w:trPr><w:cantSplit/>`)
	if rotate {
		w.s(`<w:trHeight w:val="`).i(longest*tlSize*11/2 + 120).s(`"/>`)
	}
	w.s(`<w:tblHeader/></w:trPr>`)
	w.tlCell(tlNrWidth, 1, w.light, "", head, "", true)
	// Explicit black: LibreOffice gives every repeated header row the
	// table style's first-row (white) text.
	head.color = "000000"
	w.tlCellRight(tlLabelWidth, w.light, head, w.cap.Week)
	for i := first; i <= last; i++ {
		c := t.Columns[i]
		fill := w.light
		if c.Shaded {
			fill = "BFBFBF"
		}
		if rotate {
			w.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(colW).s(`" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="`).s(fill).s(`"/><w:textDirection w:val="btLr"/><w:vAlign w:val="center"/></w:tcPr>`)
			w.pStart(w.st.timelineText, `<w:ind w:left="0" w:right="0"/><w:jc w:val="center"/>`)
			w.run(head, render.Run{Text: c.Label}, "")
			w.s(`</w:p></w:tc>`)
			continue
		}
		w.tlCell(colW, 1, fill, "000000", head, c.Label, false)
	}
	w.s(`</w:tr>`)

	for ri, r := range t.Rows {
		w.s(`<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="`).i(tlRowHeight).s(`" w:hRule="exact"/></w:trPr>`)
		// The last rows of the last piece stay on the page of the legend
		// that follows them (keep with next, as tables are kept).
		w.keepNext = withLegend && ri >= len(t.Rows)-tlKeep
		w.tlExact = true
		// Bold is for phase rows only; the critical path is marked on
		// the bar, where the legend explains it.
		rp := runProps{bold: r.Phase}
		var fill string
		if r.Phase {
			fill = w.light
		}
		w.tlCell(tlNrWidth, 1, fill, "", rp, r.Number, true)
		// The status is in the activity table; here it would make the
		// label wrap and the chart twice as tall.
		// One line per row, as in the PDF: wrapped labels made the chart
		// run onto a second page for its last few rows.
		w.tlRowHeader(tlLabelWidth, fill, rp, truncateLabel(r.Label, tlLabelWidth-100, tlSize, rp.bold))
		a, b := r.First, r.Last
		if r.Point && a >= 0 && b < a {
			b = a
		}
		if a >= 0 && b >= first && a <= last {
			a, b = max(a, first), min(b, last)
		} else {
			a, b = -1, -2 // no bar in this table
		}
		// Marks (earlier meetings of a decision's saksgang, its
		// saksframlegg deadline) stand in their columns; one inside the
		// bar joins the bar's symbol.
		var marks map[int]string // nil for the many rows without marks
		barMarks := ""
		for _, m := range r.Marks {
			switch {
			case m.Column < first || m.Column > last || m.Symbol == "":
			case a <= b && a <= m.Column && m.Column <= b:
				barMarks += " " + m.Symbol
			default:
				if marks == nil {
					marks = map[int]string{}
				}
				marks[m.Column] += m.Symbol
			}
		}
		i := first
		for i <= last {
			if a <= b && i == a {
				span := b - a + 1
				bar := r
				bar.Symbol = strings.TrimSpace(r.Symbol + barMarks)
				w.tlBar(span*colW, span, bar)
				i = b + 1
				continue
			}
			fill := ""
			if t.Columns[i].Shaded {
				fill = "D9D9D9"
			}
			if sym, ok := marks[i]; ok {
				w.tlCell(colW, 1, fill, "000000", runProps{}, sym, false)
				i++
				continue
			}
			// Merge runs of empty weeks inside one column group and
			// with the same shading, which keeps big charts small.
			j := i
			for j+1 <= last && !(a <= b && j+1 == a) && marks[j+1] == "" &&
				t.Columns[j+1].Shaded == t.Columns[i].Shaded && sameGroup(t.Groups, i, j+1) {
				j++
			}
			w.tlCell((j-i+1)*colW, j-i+1, fill, "", rp, "", false)
			i = j + 1
		}
		w.s(`</w:tr>`)
		w.maybeFlush()
	}
	w.keepNext, w.tlExact = false, false
	w.s(`</w:tbl>`)
}

// tlLine is the exact line of a chart row's paragraphs: the style's line
// (at least 10 pt) would be clipped by the row's exact height.
const tlLine = `<w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/>`

// tlPara starts a paragraph of a chart cell; extra is pPr content after
// w:spacing in schema order (w:ind, w:jc).
func (w *body) tlPara(extra string) {
	if w.tlExact {
		extra = tlLine + extra
	}
	w.pStart(w.st.timelineText, extra)
}

// hasLegend reports whether the chart gets a legend.
func hasLegend(t *render.Timeline) bool {
	if len(t.Legend) > 0 || t.ShadedLabel != "" {
		return true
	}
	for _, c := range t.Columns {
		if c.Shaded && c.ShadeReason != "" {
			return true
		}
	}
	return false
}

// sameGroup reports whether columns i and j are under the same group header
// (or there are no groups).
func sameGroup(gs []render.ColumnGroup, i, j int) bool {
	for _, g := range gs {
		if g.First <= i && i <= g.Last {
			return g.First <= j && j <= g.Last
		}
	}
	return true
}

func (w *body) tlCell(width, span int, fill, textColor string, rp runProps, text string, left bool) {
	w.cellStart(width, span, fill)
	switch {
	case left:
		w.tlPara("")
	case text != "":
		// Week numbers need the whole width of a narrow column.
		w.tlPara(`<w:ind w:left="0" w:right="0"/><w:jc w:val="center"/>`)
	default:
		w.tlPara(`<w:jc w:val="center"/>`)
	}
	if text != "" {
		rp.color = textColor
		w.run(rp, render.Run{Text: text}, "")
	}
	w.s(`</w:p></w:tc>`)
}

// tlRowHeader writes a row's label cell as the row's header: in the
// "Table Heading" style, which makes LibreOffice's tagged PDF tag it TH (see
// styleDefs), with the look of Tidslinjetekst given directly, since that is
// the only style name LibreOffice reads as a header.
func (w *body) tlRowHeader(width int, fill string, rp runProps, text string) {
	w.cellStart(width, 1, fill)
	spacing := `<w:spacing w:before="0" w:after="0" w:line="200" w:lineRule="atLeast"/>`
	if w.tlExact {
		spacing = tlLine
	}
	w.pStart(w.st.tableHeading, spacing+`<w:ind w:left="40" w:right="20"/>`)
	if text != "" {
		rp.size = tlSize
		w.run(rp, render.Run{Text: text}, "")
	}
	w.s(`</w:p></w:tc>`)
}

func (w *body) tlCellRight(width int, fill string, rp runProps, text string) {
	w.cellStart(width, 1, fill)
	w.tlPara(`<w:ind w:left="40" w:right="40"/><w:jc w:val="right"/>`)
	if text != "" {
		w.run(rp, render.Run{Text: text}, "")
	}
	w.s(`</w:p></w:tc>`)
}

// critBorder is the frame round a bar on the critical path: dark red and
// 1½ pt, several times the grid's weight, so it shows without its colour.
// Rows have an exact height (tlRowHeight), so the frame takes its room
// from inside the cell and a framed row is as tall as the rest.
const critBorder = `<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="9C0006"/><w:left w:val="single" w:sz="12" w:space="0" w:color="9C0006"/><w:bottom w:val="single" w:sz="12" w:space="0" w:color="9C0006"/><w:right w:val="single" w:sz="12" w:space="0" w:color="9C0006"/></w:tcBorders>`

// tlBar writes a bar: the cell spans the bar's columns, filled with its
// colour (a hatched høring period gets a striped pattern), with the symbol;
// a bar on the critical path gets a thick frame.
func (w *body) tlBar(width, span int, r render.TimelineRow) {
	c := hexColor(r.Color, w.accent)
	w.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(width).s(`" w:type="dxa"/>`)
	if span > 1 {
		w.ival("w:gridSpan", span)
	}
	if r.Critical {
		w.s(critBorder)
	}
	if r.Hatched {
		w.s(`<w:shd w:val="pct50" w:color="`).s(c).s(`" w:fill="FFFFFF"/>`)
	} else {
		w.s(`<w:shd w:val="clear" w:color="auto" w:fill="`).s(c).s(`"/>`)
	}
	w.s(`<w:vAlign w:val="center"/></w:tcPr>`)
	w.tlPara(`<w:jc w:val="center"/>`)
	if r.Symbol != "" {
		w.run(runProps{color: contrastText(c)}, render.Run{Text: r.Symbol}, "")
	}
	w.s(`</w:p></w:tc>`)
}

// contrastText returns black or white, whichever reads better on fill.
func contrastText(fill string) string {
	if !isHex6(fill) {
		return "000000"
	}
	v := func(i int) int {
		h := func(c byte) int {
			switch {
			case c >= 'a':
				return int(c-'a') + 10
			case c >= 'A':
				return int(c-'A') + 10
			}
			return int(c - '0')
		}
		return h(fill[i])*16 + h(fill[i+1])
	}
	// Perceived brightness (ITU-R BT.601 weights).
	if (299*v(0)+587*v(2)+114*v(4))/1000 < 140 {
		return "FFFFFF"
	}
	return "000000"
}

// legend writes the chart's legend as a small borderless table: a swatch
// with the symbol, then the label, up to four items a row.
func (w *body) legend(t *render.Timeline) {
	items := t.Legend
	// The grey holiday columns are explained too: by the document's
	// label for them, else by their reasons ("Fellesferie", "Påske").
	if t.ShadedLabel != "" {
		items = append(items[:len(items):len(items)], render.LegendItem{Label: t.ShadedLabel, Color: "BFBFBF"})
	} else {
		seen := map[string]bool{}
		for _, c := range t.Columns {
			if c.Shaded && c.ShadeReason != "" && !seen[c.ShadeReason] {
				seen[c.ShadeReason] = true
				items = append(items[:len(items):len(items)], render.LegendItem{Label: c.ShadeReason, Color: "BFBFBF"})
			}
		}
	}
	if len(items) == 0 {
		w.spacer() // Word wants a paragraph after a table
		return
	}
	// Word wants a paragraph between two tables; this one keeps the
	// chart with its legend.
	w.s(`<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`)
	perRow := 3
	if w.orient == render.Landscape {
		perRow = 5
	}
	total := w.geo.textWidth(w.orient)
	sw := 400
	lw := total/perRow - sw
	w.tblPr(perRow*(sw+lw), w.cap.Legend, false)
	for i := 0; i < perRow; i++ {
		w.s(`<w:gridCol w:w="`).i(sw).s(`"/><w:gridCol w:w="`).i(lw).s(`"/>`)
	}
	w.s(`</w:tblGrid>`)
	// The caption is the table's header row, so the legend is a table
	// with a header like every other (tagged PDF makes it a TH cell).
	w.s(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	w.cellStart(perRow*(sw+lw), 2*perRow, "")
	w.pStart("", `<w:keepNext/><w:spacing w:before="60" w:after="40"/>`)
	w.run(runProps{bold: true, size: 18}, render.Run{Text: w.cap.Legend}, "")
	w.s(`</w:p></w:tc></w:tr>`)
	for i := 0; i < len(items); i += perRow {
		// The legend is kept in one piece, and with the chart's last rows.
		w.keepNext = i+perRow < len(items)
		w.s(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for j := i; j < i+perRow; j++ {
			if j >= len(items) {
				w.tlCell(sw+lw, 2, "", "", runProps{}, "", true)
				continue
			}
			l := items[j]
			color := l.Color
			if color == "" {
				// A mark (a meeting ○, a deadline ⚑) is a symbol in a
				// blank cell, as on the rows.
				color = "FFFFFF"
			}
			if l.Critical {
				// An empty frame: any bar framed so is critical. (The
				// item's colour is the frame's, not a fill.)
				color = "FFFFFF"
			}
			w.tlBar(sw, 1, render.TimelineRow{Symbol: l.Symbol, Color: color, Hatched: l.Hatched, Critical: l.Critical})
			w.tlCell(lw, 1, "", "", runProps{size: 16}, l.Label, true)
		}
		w.s(`</w:tr>`)
	}
	w.keepNext = false
	w.s(`</w:tbl>`)
	w.spacer()
}

// fitLabel shortens a group label that would not fit width twips at size
// half-points in bold: «januar 2017» becomes «jan 2017» (the year stays:
// the month header is where a reader finds it), then «januar», then «jan».
// A wrapped label makes the header row tall and is hard to read.
func fitLabel(label string, width, size int) string {
	// Arial Bold is about 7 % wider than regular; the header cells have
	// no margins, so 20 twips is room enough for rounding.
	fits := func(s string) bool {
		w := textWidth(s, false)
		return (w+w*7/100)*size/100 <= width-20
	}
	if fits(label) {
		return label
	}
	first, rest, spaced := strings.Cut(label, " ")
	short := first
	if utf8.RuneCountInString(first) > 3 {
		short = string([]rune(first)[:3])
	}
	if spaced && isYear(rest) && fits(short+" "+rest) {
		return short + " " + rest
	}
	if spaced && fits(first) {
		return first
	}
	return short
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
