package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// styles are the cell style IDs of the workbook.
type styles struct {
	title, subtitle, text             int
	head, headGrid, label, labelShade int
	sub, subShade                     int
	phase, phaseDate                  int
	cell, date, grid, gridShade       int
	legendTitle, legendLabel          int
	sheetHead, sheetCell, sheetDate   int
	swatch                            []int // per legend item of legendItems
}

// Colours that are layout, not content: grid lines, the shading of holidays
// and the grey of cancelled activities.
const (
	lineColor      = "BFBFBF"
	gridLineColor  = "D9D9D9"
	shadeColor     = "E7E6E6"
	cancelledColor = "BFBFBF"
	todayColor     = "FFE699"
	// criticalColor frames the bars and names of critical activities.
	criticalColor = "C00000"
	// fallbackColor is the bar of a row whose type is not one of ours.
	fallbackColor = "A6A6A6"
)

// hiddenZero is the number format of the grid cells: they hold 0 and show
// nothing until a bar's conditional format gives them its symbol. Text
// shows (the "@" section): the symbols of a decision's saksgang meetings
// and deadline, and whatever a planner types into the grid.
const hiddenZero = ";;;@"

func (b *book) primary() string {
	if c := strings.TrimPrefix(b.prof.PrimaryColor, "#"); len(c) == 6 {
		return strings.ToUpper(c)
	}
	return "1F4E79"
}

func (b *book) font() string {
	if b.prof.Font != "" {
		return b.prof.Font
	}
	return "Arial"
}

// dark reports whether white text reads better than black on colour c.
func dark(c string) bool {
	if len(c) != 6 {
		return false
	}
	r := unhex(c[0])*16 + unhex(c[1])
	g := unhex(c[2])*16 + unhex(c[3])
	bl := unhex(c[4])*16 + unhex(c[5])
	return 299*r+587*g+114*bl < 128000
}

func textOn(c string) string {
	if dark(c) {
		return "FFFFFF"
	}
	return "000000"
}

func border(color string) []excelize.Border {
	return []excelize.Border{
		{Type: "left", Color: color, Style: 1}, {Type: "right", Color: color, Style: 1},
		{Type: "top", Color: color, Style: 1}, {Type: "bottom", Color: color, Style: 1},
	}
}

func solid(c string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
}

// legendItem is one line of the legend under the chart.
type legendItem struct {
	label, symbol, color string
	hatched              bool
	critical             bool // a swatch framed as critical bars are
}

// legendItems are the legend of the timeline, then the kinds it leaves out
// (a planner may pick any type from the drop-down, and its bar must be
// explained), then what the workbook adds: the tints of done and cancelled
// activities, holiday shading and phase bands.
func (b *book) legendItems() []legendItem {
	var out []legendItem
	shown := map[prosessplan.ActivityKind]bool{}
	for _, li := range b.tl.Legend {
		if li.Critical {
			// The sheet marks the critical path as written in its Kritisk
			// column, with a red frame (see conditionalFormats).
			out = append(out, legendItem{label: li.Label + " (" + bookText.Critical.In(b.lang) + ")", color: "FFFFFF", critical: true})
			continue
		}
		shown[li.Kind] = true
		out = append(out, legendItem{li.Label, li.Symbol, strings.ToUpper(li.Color), li.Hatched, false})
	}
	for _, k := range prosessplan.AllActivityKinds() {
		if !shown[k] {
			out = append(out, b.kindStyle(k))
		}
	}
	work := b.kindStyle(prosessplan.Work).color
	out = append(out,
		legendItem{label: bookText.DoneBar.In(b.lang), color: mix(work, 0.45)},
		legendItem{label: bookText.CancelledBar.In(b.lang), color: cancelledColor},
		legendItem{label: words.Shaded.In(b.lang), color: shadeColor},
		legendItem{label: bookText.PhaseBand.In(b.lang), color: mix(b.primary(), 0.35)},
		legendItem{label: bookText.Today.In(b.lang), color: todayColor},
	)
	return out
}

// kindStyle returns the colour and symbol of activity kind k: the
// timeline's legend's, or for a kind the plan does not use yet, the ones
// render gives every kind.
func (b *book) kindStyle(k prosessplan.ActivityKind) legendItem {
	for _, li := range b.tl.Legend {
		if li.Kind == k {
			return legendItem{li.Label, li.Symbol, strings.ToUpper(li.Color), li.Hatched, false}
		}
	}
	return legendItem{k.Label(b.lang), render.KindSymbol(k), strings.ToUpper(render.KindColor(k)), k == prosessplan.Hearing, false}
}

// phaseFill is the tint of the phase rows.
func (b *book) phaseFill() string { return mix(b.primary(), 0.15) }

func (b *book) newStyles() error {
	f := b.f
	font := b.font()
	prim := b.primary()
	phaseFill := b.phaseFill()
	dateFmt := "dd.mm.yyyy"
	if b.lang == prosessplan.English {
		dateFmt = "yyyy-mm-dd"
	}
	if b.clock {
		dateFmt = "hh:mm"
	}
	hide := hiddenZero
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		if s.Font == nil {
			s.Font = &excelize.Font{}
		}
		if s.Font.Family == "" {
			s.Font.Family = font
		}
		if s.Font.Size == 0 {
			s.Font.Size = 10
		}
		id, e := f.NewStyle(s)
		err = e
		return id
	}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	centre := &excelize.Alignment{Horizontal: "center", Vertical: "center"}
	// The time grid's headers shrink rather than be cut where a column is
	// too narrow for them ("13.11" over a week, "09:10" over ten minutes).
	shrink := &excelize.Alignment{Horizontal: "center", Vertical: "center", ShrinkToFit: true}
	st := &b.st
	st.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: prim}})
	st.subtitle = mk(&excelize.Style{Font: &excelize.Font{Size: 11}})
	st.text = mk(&excelize.Style{})
	st.head = mk(&excelize.Style{
		Font: &excelize.Font{Bold: true, Color: textOn(prim)}, Fill: solid(prim), Border: border(lineColor),
		Alignment: &excelize.Alignment{Vertical: "bottom", WrapText: true},
	})
	st.headGrid = mk(&excelize.Style{
		Font: &excelize.Font{Bold: true, Color: textOn(prim), Size: 9}, Fill: solid(prim), Border: border(lineColor),
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"},
	})
	st.label = mk(&excelize.Style{Font: &excelize.Font{Size: 9, Bold: true}, Border: border(lineColor), Alignment: shrink, Fill: solid(mix(prim, 0.2))})
	st.labelShade = mk(&excelize.Style{Font: &excelize.Font{Size: 9, Bold: true}, Border: border(lineColor), Alignment: shrink, Fill: solid(shadeColor)})
	subAlign := shrink
	if b.tl.Granularity == render.ByWeek {
		subAlign = &excelize.Alignment{Horizontal: "center", Vertical: "center", TextRotation: 90}
	}
	st.sub = mk(&excelize.Style{Font: &excelize.Font{Size: 7}, Border: border(lineColor), Alignment: subAlign, Fill: solid(mix(prim, 0.2))})
	st.subShade = mk(&excelize.Style{Font: &excelize.Font{Size: 7}, Border: border(lineColor), Alignment: subAlign, Fill: solid(shadeColor)})
	st.phase = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 11}, Fill: solid(phaseFill), Border: border(lineColor), Alignment: &excelize.Alignment{Vertical: "center"}})
	st.phaseDate = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: solid(phaseFill), Border: border(lineColor), Alignment: centre, CustomNumFmt: &dateFmt})
	st.cell = mk(&excelize.Style{Border: border(lineColor), Alignment: top, NumFmt: 49})
	st.date = mk(&excelize.Style{Border: border(lineColor), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, CustomNumFmt: &dateFmt})
	st.grid = mk(&excelize.Style{Border: border(gridLineColor), Alignment: centre, CustomNumFmt: &hide, Font: &excelize.Font{Size: 9}})
	st.gridShade = mk(&excelize.Style{Border: border(gridLineColor), Alignment: centre, CustomNumFmt: &hide, Font: &excelize.Font{Size: 9}, Fill: solid(shadeColor)})
	st.legendTitle = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 11}})
	st.legendLabel = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "center"}})
	st.sheetHead = mk(&excelize.Style{
		Font: &excelize.Font{Bold: true, Color: textOn(prim)}, Fill: solid(prim), Border: border(lineColor),
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	st.sheetCell = st.cell
	st.sheetDate = st.date
	for _, li := range b.legendItems() {
		fill := solid(li.color)
		if li.hatched {
			fill = excelize.Fill{Type: "pattern", Pattern: 14, Color: []string{"FFFFFF"}}
		}
		bd := border(lineColor)
		if li.critical {
			bd = border(criticalColor)
		}
		id := mk(&excelize.Style{
			Fill: fill, Border: bd, Alignment: centre,
			Font: &excelize.Font{Size: 11, Color: textOn(li.color)},
		})
		if li.hatched && err == nil {
			b.hatch(id, li.color)
		}
		st.swatch = append(st.swatch, id)
	}
	return err
}

// hatch gives cell style id a pattern of colour c on white. excelize sets
// only one colour of a patterned fill.
func (b *book) hatch(id int, c string) {
	ss := b.f.Styles
	if ss == nil || ss.CellXfs == nil || id >= len(ss.CellXfs.Xf) || ss.Fills == nil {
		return
	}
	xf := ss.CellXfs.Xf[id]
	if xf.FillID == nil || *xf.FillID >= len(ss.Fills.Fill) {
		return
	}
	fill := ss.Fills.Fill[*xf.FillID]
	if fill == nil || fill.PatternFill == nil {
		return
	}
	if fill.PatternFill.FgColor != nil {
		fill.PatternFill.FgColor.RGB = "FF" + c
	}
}

// fixDxfs numbers the conditional formats' number formats after the cell
// formats (excelize numbers both from 164, and a shared number would let one
// override the other) and colours the hatching of patterned bars.
func (b *book) fixDxfs() {
	ss := b.f.Styles
	if ss == nil || ss.Dxfs == nil {
		return
	}
	next := 164
	if ss.NumFmts != nil {
		for _, nf := range ss.NumFmts.NumFmt {
			if nf != nil && nf.NumFmtID >= next {
				next = nf.NumFmtID + 1
			}
		}
	}
	for i, d := range ss.Dxfs.Dxfs {
		if d == nil {
			continue
		}
		if d.NumFmt != nil {
			d.NumFmt.NumFmtID = next
			next++
		}
		if c, ok := b.hatched[i]; ok && d.Fill != nil && d.Fill.PatternFill != nil {
			pf := d.Fill.PatternFill
			if pf.FgColor == nil {
				pf.FgColor = pf.BgColor
			}
			if pf.FgColor != nil {
				pf.FgColor.RGB = "FF" + c
			}
			pf.BgColor = nil
		}
	}
}

// symbolFormat is a number format that shows symbol whatever the number.
func symbolFormat(symbol string) string {
	q := `"` + strings.ReplaceAll(symbol, `"`, ``) + `"`
	return q + ";" + q + ";" + q + ";" + q
}
