package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func colName(col int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return c
}

// ref returns the absolute-column reference to column k in row r: $H11.
func (b *book) ref(k colKey, r int) string {
	return "$" + colName(b.colOf[k]) + fmt.Sprint(r)
}

// inRange is the formula test "the row's Start..Slutt overlaps the time
// column" for the grid cell in column g of row r. Date plans compare whole
// days (the hidden end row holds the column's last day); workshop plans
// compare moments (the end row holds the moment after the slot), with half a
// minute's slack for serials a re-saving program rounded.
func (b *book) inRange(g string, r int) string {
	start, end := b.ref(cStart, r), b.ref(cEnd, r)
	if b.clock {
		return fmt.Sprintf("%s<%s$%d-0.0003,OR(%s>%s$%d+0.0003,%s>=%s$%d-0.0003)",
			start, g, rowColEnd, end, g, rowColStart, start, g, rowColStart)
	}
	return fmt.Sprintf("%s<=%s$%d,%s>=%s$%d", start, g, rowColEnd, end, g, rowColStart)
}

// conditionalFormats sets the bars: for every activity kind a rule for done,
// cancelled and other activities, each with the kind's fill and its symbol
// as the number format; then the phase bands and a grey bar for rows whose
// type is unknown. The first rule that holds wins, as in LibreOffice.
func (b *book) conditionalFormats(sheet string) error {
	f := b.f
	r := firstData
	if len(b.tl.Columns) > 0 {
		g := colName(b.grid0)
		rng := fmt.Sprintf("%s%d:%s%d", g, r, colName(b.grid0+len(b.tl.Columns)-1), b.lastRow)
		typ, status, act := b.ref(cType, r), b.ref(cStatus, r), b.ref(cActivity, r)
		in := b.inRange(g, r)
		done := quote(prosessplan.Done.Label(b.lang))
		cancelled := quote(prosessplan.Cancelled.Label(b.lang))
		var opts []excelize.ConditionalFormatOptions
		critical := false // set while the critical-path rules are added
		add := func(formula, color, symbol string, hatched bool) error {
			st := &excelize.Style{Fill: solid(color), Font: &excelize.Font{Color: textOn(color)}}
			if critical {
				// Conditional formats may draw thin frames only; red
				// above and below tells the critical bars apart.
				st.Border = []excelize.Border{{Type: "top", Color: criticalColor, Style: 1}, {Type: "bottom", Color: criticalColor, Style: 1}}
				st.Font.Bold = true
			}
			if hatched {
				st.Fill = excelize.Fill{Type: "pattern", Pattern: 14, Color: []string{color}}
				st.Font.Color = "000000"
			}
			if symbol != "" {
				nf := symbolFormat(symbol)
				st.CustomNumFmt = &nf
			}
			id, err := f.NewConditionalStyle(st)
			if err != nil {
				return err
			}
			if hatched {
				b.hatched[id] = color
			}
			opts = append(opts, excelize.ConditionalFormatOptions{
				Type: "formula", Criteria: formula, Format: &id, StopIfTrue: true,
			})
			return nil
		}
		kinds := prosessplan.AllActivityKinds()
		for _, k := range kinds {
			ks := b.kindStyle(k)
			if err := add(fmt.Sprintf("AND(%s=%s,%s=%s,%s)", typ, quote(k.Label(b.lang)), status, done, in),
				mix(ks.color, 0.45), ks.symbol, false); err != nil {
				return err
			}
		}
		for _, k := range kinds {
			ks := b.kindStyle(k)
			if err := add(fmt.Sprintf("AND(%s=%s,%s=%s,%s)", typ, quote(k.Label(b.lang)), status, cancelled, in),
				cancelledColor, ks.symbol, false); err != nil {
				return err
			}
		}
		// Bars on the critical path (Kritisk not empty) first: LibreOffice
		// applies only the first rule that holds, so each kind has its own
		// framed rule.
		crit := b.ref(cCritical, r)
		critical = true
		for _, k := range kinds {
			ks := b.kindStyle(k)
			if err := add(fmt.Sprintf(`AND(%s<>"",%s=%s,%s)`, crit, typ, quote(k.Label(b.lang)), in),
				ks.color, ks.symbol, ks.hatched); err != nil {
				return err
			}
		}
		critical = false
		for _, k := range kinds {
			ks := b.kindStyle(k)
			if err := add(fmt.Sprintf("AND(%s=%s,%s)", typ, quote(k.Label(b.lang)), in),
				ks.color, ks.symbol, ks.hatched); err != nil {
				return err
			}
		}
		phase := b.ref(cPhase, r)
		if err := add(fmt.Sprintf(`AND(%s="",%s<>"",%s)`, act, phase, in), mix(b.primary(), 0.35), "", false); err != nil {
			return err
		}
		if err := add(fmt.Sprintf(`AND(%s<>"",%s)`, act, in), fallbackColor, "", false); err != nil {
			return err
		}
		// Today's column, wherever no bar is: the workbook is opened for
		// months, so the spreadsheet works out which column that is.
		today := fmt.Sprintf("AND(%s$%d<=TODAY(),%s$%d>=TODAY())", g, rowColStart, g, rowColEnd)
		if b.clock {
			today = fmt.Sprintf("AND(%s$%d<=NOW(),%s$%d>NOW())", g, rowColStart, g, rowColEnd)
		}
		if err := add(today, todayColor, "", false); err != nil {
			return err
		}
		if err := f.SetConditionalFormat(sheet, rng, opts); err != nil {
			return err
		}
		if err := b.phaseRowFill(sheet, act, phase); err != nil {
			return err
		}
	}
	// The status cell itself: the traffic lights planners colour by hand.
	sc := b.colOf[cStatus]
	rng := fmt.Sprintf("%s%d:%s%d", colName(sc), r, colName(sc), b.lastRow)
	var opts []excelize.ConditionalFormatOptions
	for _, x := range []struct {
		s          prosessplan.ActivityStatus
		fill, font string
		strike     bool
	}{
		{prosessplan.Done, "C6EFCE", "006100", false},
		{prosessplan.InProgress, "FFEB9C", "9C5700", false},
		{prosessplan.Postponed, "F8CBAD", "833C0B", false},
		{prosessplan.Cancelled, "D9D9D9", "595959", true},
	} {
		id, err := f.NewConditionalStyle(&excelize.Style{Fill: solid(x.fill), Font: &excelize.Font{Color: x.font, Strike: x.strike}})
		if err != nil {
			return err
		}
		opts = append(opts, excelize.ConditionalFormatOptions{
			Type: "formula", Criteria: fmt.Sprintf("%s=%s", b.ref(cStatus, r), quote(x.s.Label(b.lang))), Format: &id,
		})
	}
	if err := f.SetConditionalFormat(sheet, rng, opts); err != nil {
		return err
	}
	// A cancelled activity's name is struck through.
	ac := b.colOf[cActivity]
	id, err := f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "7F7F7F", Strike: true}})
	if err != nil {
		return err
	}
	critID, err := f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: criticalColor, Bold: true}})
	if err != nil {
		return err
	}
	return f.SetConditionalFormat(sheet, fmt.Sprintf("%s%d:%s%d", colName(ac), r, colName(ac), b.lastRow),
		[]excelize.ConditionalFormatOptions{{Type: "formula", Format: &id, StopIfTrue: true,
			Criteria: fmt.Sprintf("%s=%s", b.ref(cStatus, r), quote(prosessplan.Cancelled.Label(b.lang)))},
			{Type: "formula", Format: &critID, Criteria: fmt.Sprintf(`%s<>""`, b.ref(cCritical, r))}})
}

// phaseRowFill tints the time grid of the phase rows outside the phase
// bands, as a conditional format over the columns that are not shaded
// (those keep their column's shading), so the sheet does not write each
// empty cell of a phase row. It comes after the bars and today's column,
// which win where they hold. act and phase are the first data row's
// Aktivitet and Fase cells.
func (b *book) phaseRowFill(sheet, act, phase string) error {
	var refs []string
	for i := 0; i < len(b.tl.Columns); {
		if b.tl.Columns[i].Shaded {
			i++
			continue
		}
		j := i
		for j+1 < len(b.tl.Columns) && !b.tl.Columns[j+1].Shaded {
			j++
		}
		refs = append(refs, fmt.Sprintf("%s%d:%s%d", colName(b.grid0+i), firstData, colName(b.grid0+j), b.lastRow))
		i = j + 1
	}
	if len(refs) == 0 {
		return nil
	}
	id, err := b.f.NewConditionalStyle(&excelize.Style{Fill: solid(b.phaseFill())})
	if err != nil {
		return err
	}
	return b.f.SetConditionalFormat(sheet, strings.Join(refs, " "), []excelize.ConditionalFormatOptions{{
		Type: "formula", Criteria: fmt.Sprintf(`AND(%s="",%s<>"")`, act, phase), Format: &id, StopIfTrue: true,
	}})
}

// validations puts drop-downs on Type, Status and Ansvarlig (from the lists
// sheet) and a date check on Start and Slutt, with messages in the plan's
// language.
func (b *book) validations(sheet string) error {
	f := b.f
	col := func(k colKey) string {
		c := colName(b.colOf[k])
		return fmt.Sprintf("%s%d:%s%d", c, firstData, c, b.lastRow)
	}
	lists := sheetRef(bookText.Lists.In(b.lang))
	list := func(k colKey, source string, style excelize.DataValidationErrorStyle, title, msg string) error {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = col(k)
		dv.SetSqrefDropList(source)
		dv.SetError(style, title, msg)
		return f.AddDataValidation(sheet, dv)
	}
	if err := list(cStatus, fmt.Sprintf("%s!$A$2:$A$%d", lists, 1+len(prosessplan.AllStatuses())),
		excelize.DataValidationErrorStyleStop, bookText.ListTitle.In(b.lang), bookText.ListMsg.In(b.lang)); err != nil {
		return err
	}
	if err := list(cType, fmt.Sprintf("%s!$B$2:$B$%d", lists, 1+len(prosessplan.AllActivityKinds())),
		excelize.DataValidationErrorStyleStop, bookText.ListTitle.In(b.lang), bookText.ListMsg.In(b.lang)); err != nil {
		return err
	}
	if n := len(b.responsibleNames()); n > 0 {
		if err := list(cResponsible, fmt.Sprintf("%s!$C$2:$C$%d", lists, 1+n),
			excelize.DataValidationErrorStyleWarning, bookText.PersonTitle.In(b.lang), bookText.PersonMsg.In(b.lang)); err != nil {
			return err
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = col(cStart) + " " + col(cEnd)
	typ := excelize.DataValidationTypeDate
	if b.clock {
		typ = excelize.DataValidationTypeDecimal
	}
	// 1 January 1990 to 31 December 2199.
	if err := dv.SetRange(32874, 109938, typ, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, bookText.DateTitle.In(b.lang), bookText.DateMsg.In(b.lang))
	return f.AddDataValidation(sheet, dv)
}

// responsibleNames are the names offered under Ansvarlig: people, then groups.
func (b *book) responsibleNames() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, p := range b.p.People {
		add(p.Name)
	}
	for _, g := range b.p.Groups {
		add(g.Name)
	}
	return out
}

// gridWidth is the width of a time column: narrow weeks and days, wider
// months and clock times.
func (b *book) gridWidth() float64 {
	// About 17 pixels a week: two digits of week number and a symbol fit,
	// and at the print scale (printScale) about 37 weeks go on an A4
	// landscape page beside the repeated Nr, Fase and Aktivitet.
	switch b.tl.Granularity {
	case render.ByMonth:
		return 3.2
	case render.ByMinutes:
		return 3.5
	case render.ByDay:
		return 2.6
	}
	return 1.8
}

// subHeight is the height of the row under the week numbers: a week is too
// narrow for its Monday's date ("13.11"), which is turned on its side.
func (b *book) subHeight() float64 {
	if b.tl.Granularity == render.ByWeek {
		return 22
	}
	return 11
}

// framdrift streams the Framdrift sheet: title block, headers, a row per
// phase and activity, spare rows and the legend.
func (b *book) framdrift(sheet string) error {
	// The stream writer writes the dimension it finds when it starts, and
	// excelize's is "A1": the sheet's real extent is known beforehand.
	legendRows := len(legendPlacement(len(b.legendItems()), len(b.legendSlots())))
	last := cellName(len(b.cols)+len(b.tl.Columns), b.lastRow+1+legendRows)
	if err := b.f.SetSheetDimension(sheet, "A1:"+last); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, c := range b.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	nt := len(b.tl.Columns)
	if nt > 0 {
		if err := sw.SetColWidth(b.grid0, b.grid0+nt-1, b.gridWidth()); err != nil {
			return err
		}
		// One call for each run of columns alike: excelize works through
		// every column it has on each call.
		for i := 0; i < nt; {
			j := i
			for j+1 < nt && b.tl.Columns[j+1].Shaded == b.tl.Columns[i].Shaded {
				j++
			}
			style := b.st.grid
			if b.tl.Columns[i].Shaded {
				style = b.st.gridShade
			}
			if err := sw.SetColStyle(b.grid0+i, b.grid0+j, style); err != nil {
				return err
			}
			i = j + 1
		}
	}
	ac := b.colOf[cActivity]
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: ac, YSplit: rowHead, TopLeftCell: cellName(ac+1, firstData), ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: cellName(ac+1, firstData), ActiveCell: cellName(ac+1, firstData), Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	st := &b.st
	p := b.p
	str := func(style int, s string) interface{} {
		if s == "" {
			return excelize.Cell{StyleID: style}
		}
		return excelize.Cell{StyleID: style, Value: s}
	}
	// Title block.
	if err := sw.SetRow("A1", []interface{}{str(st.title, p.Title)}, excelize.RowOpts{Height: 24}); err != nil {
		return err
	}
	muni := p.Municipality
	if p.Unit != "" {
		if muni != "" {
			muni += " – "
		}
		muni += p.Unit
	}
	if err := sw.SetRow(cellName(1, rowMuni), []interface{}{str(st.subtitle, muni)}); err != nil {
		return err
	}
	if p.DesiredResult != "" {
		if err := sw.SetRow(cellName(1, rowResult), []interface{}{str(st.subtitle, bookText.DesiredResult.In(b.lang)+": "+p.DesiredResult)}); err != nil {
			return err
		}
	}
	var meta []string
	if p.Version != "" {
		meta = append(meta, bookText.Version.In(b.lang)+" "+p.Version)
	}
	if !p.Date.IsZero() {
		meta = append(meta, words.Date(b.lang, p.Date))
	}
	if p.CaseNumber != "" {
		meta = append(meta, p.CaseNumber)
	}
	if len(meta) > 0 {
		if err := sw.SetRow(cellName(1, rowVersion), []interface{}{str(st.text, strings.Join(meta, " · "))}); err != nil {
			return err
		}
	}
	// Headers: column titles over three rows, months over weeks over Mondays.
	ncol := len(b.cols) + nt
	groups := make([]interface{}, ncol)
	labels := make([]interface{}, ncol)
	subs := make([]interface{}, ncol)
	starts := make([]interface{}, ncol)
	ends := make([]interface{}, ncol)
	for i, c := range b.cols {
		groups[i] = excelize.Cell{StyleID: st.head}
		labels[i] = excelize.Cell{StyleID: st.head}
		subs[i] = str(st.head, colTitle(c.key, b.lang, b.clock))
	}
	for i := 0; i < nt; i++ {
		groups[len(b.cols)+i] = excelize.Cell{StyleID: st.headGrid}
	}
	for _, g := range b.tl.Groups {
		if g.First >= 0 && g.First < nt {
			groups[len(b.cols)+g.First] = str(st.headGrid, b.groupLabel(g))
		}
	}
	for i, tc := range b.tl.Columns {
		ls, ss := st.label, st.sub
		if tc.Shaded {
			ls, ss = st.labelShade, st.subShade
		}
		labels[len(b.cols)+i] = str(ls, tc.Label)
		subs[len(b.cols)+i] = str(ss, tc.SubLabel)
		first, last := b.columnSpan(i)
		starts[len(b.cols)+i] = first
		ends[len(b.cols)+i] = last
	}
	for _, r := range []struct {
		row  int
		vals []interface{}
		opts excelize.RowOpts
	}{
		{rowColStart, starts, excelize.RowOpts{Hidden: true}},
		{rowColEnd, ends, excelize.RowOpts{Hidden: true}},
		{rowGroups, groups, excelize.RowOpts{Height: 15}},
		{rowLabels, labels, excelize.RowOpts{Height: 13}},
		{rowSub, subs, excelize.RowOpts{Height: b.subHeight()}},
	} {
		if err := sw.SetRow(cellName(1, r.row), r.vals, r.opts); err != nil {
			return err
		}
	}
	for _, g := range b.tl.Groups {
		if g.First >= 0 && g.Last > g.First && g.Last < nt {
			if err := sw.MergeCell(cellName(b.grid0+g.First, rowGroups), cellName(b.grid0+g.Last, rowGroups)); err != nil {
				return err
			}
		}
	}
	// The plan's rows (dataRows) are spliced in where this empty row
	// stands; it is the empty row between them and the legend.
	r := b.lastRow + 1
	if err := sw.SetRow(cellName(1, r), nil); err != nil {
		return err
	}
	// Legend: a swatch with the symbol, then what it means, several to a
	// row. The title shares its row with the first items, so a page break
	// cannot leave it alone at the foot of a page.
	slots := b.legendSlots()
	items := b.legendItems()
	for _, cells := range legendPlacement(len(items), len(slots)) {
		r++
		vals := make([]interface{}, ncol)
		if r == b.lastRow+2 {
			vals[slots[0][0]-1] = str(st.legendTitle, words.Legend.In(b.lang))
		}
		for _, c := range cells {
			col, li := slots[c[0]], items[c[1]]
			vals[col[0]-1] = str(st.swatch[c[1]], li.symbol)
			vals[col[1]-1] = str(st.legendLabel, li.label)
		}
		if err := sw.SetRow(cellName(1, r), vals, excelize.RowOpts{Height: 15}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// groupLabel returns the label of a month (or day, or year) over the time
// columns, shortened to fit them: "desember 2017", "des. 2017", "des.".
func (b *book) groupLabel(g render.ColumnGroup) string {
	room := int(float64(g.Last-g.First+1) * b.gridWidth() * 1.1)
	label := g.Label
	if utf8.RuneCountInString(label) <= room {
		return label
	}
	f := strings.Fields(label)
	if len(f) == 0 {
		return label
	}
	short := f[0]
	if utf8.RuneCountInString(short) > 4 {
		short = string([]rune(short)[:3]) + "."
	}
	if long := strings.Join(append([]string{short}, f[1:]...), " "); utf8.RuneCountInString(long) <= room {
		return long
	}
	return short
}

// pointReach is how many time columns on each side of a moment (a
// decision, a milestone) hold 0, so that its symbol moves with it.
const pointReach = 26

// phaseDate writes the Start (k is cStart) or Slutt cell, in column col,
// of the phase row at sheet row r: a formula over the phase's activity
// rows, so the phase and its bar follow when a planner moves an activity,
// with the value it has now stored beside it, so the file is right before
// any program works formulas out. A phase without activities shows its
// planned span.
func (b *book) phaseDate(x *sheetXML, col int, ph *prosessplan.ScheduledPhase, k colKey, r int) {
	st := b.st.phaseDate
	n := len(ph.Activities)
	if n == 0 {
		planned := ph.Phase.Start
		if k == cEnd {
			planned = ph.Phase.End
		}
		if planned.IsZero() {
			x.empty(col, st)
			return
		}
		x.num(col, st, serial(prosessplan.DayOf(planned)))
		return
	}
	c := colName(b.colOf[k])
	rng := c + strconv.Itoa(r+1) + ":" + c + strconv.Itoa(r+n)
	fn := "MIN"
	if k == cEnd {
		fn = "MAX"
	}
	var v *float64
	var best float64
	for _, a := range ph.Activities {
		x, ok := b.activityValue(a, k).(float64)
		if !ok {
			continue
		}
		if v == nil || (k == cStart && x < best) || (k == cEnd && x > best) {
			best, v = x, &best
		}
	}
	x.formula(col, st, `IF(COUNT(`+rng+`),`+fn+`(`+rng+`),"")`, v)
}

// legendPlacement returns the legend's rows, each a list of (slot, item)
// pairs. The first row leaves the first slot to the title when there are
// others, so a page break cannot leave the title alone at the foot of a
// page; with one slot the title has the first row to itself.
func legendPlacement(items, slots int) [][][2]int {
	var rows [][][2]int
	item := 0
	for first := true; first || item < items; first = false {
		var row [][2]int
		s := 0
		if first {
			s = 1
		}
		for ; s < slots && item < items; s++ {
			row = append(row, [2]int{s, item})
			item++
		}
		rows = append(rows, row)
	}
	return rows
}

// legendGridSlots is how many legend columns the time grid holds: two
// fill the time columns of the first printed page of the chart.
const legendGridSlots = 2

// legendSlots returns the columns of the legend's swatches and labels:
// swatches in the time grid, as wide as a bar, each label running over
// about 34 characters of empty cells without passing the grid's end (what
// passes the last column is not printed). The first slot's swatch column
// also holds the title. No slot is in the columns repeated on every
// printed page (Nr to Aktivitet), so the legend prints once, under the
// chart, however many pages wide the chart runs.
func (b *book) legendSlots() [][2]int {
	var slots [][2]int
	nt := len(b.tl.Columns)
	step := int(math.Ceil(34 / b.gridWidth()))
	for k := 0; k+step <= nt && len(slots) < legendGridSlots; k += step {
		slots = append(slots, [2]int{b.grid0 + k, b.grid0 + k + 1})
	}
	if len(slots) < legendGridSlots {
		// A grid too narrow for the legend: the table's columns right of
		// the repeated ones.
		slots = nil
		room := 0.0
		for c := b.colOf[cActivity] + 1; c < b.grid0; c++ {
			if room == 0 && c+1 < b.grid0 {
				slots = append(slots, [2]int{c, c + 1})
			}
			room += b.cols[c-1].width
			if room >= 34 {
				room = 0
			}
		}
	}
	return slots
}

// columnSpan returns the serials the bar formulas compare with for time
// column i: its first day and last day, or for workshop plans its first
// moment and the moment after it.
func (b *book) columnSpan(i int) (float64, float64) {
	tc := b.tl.Columns[i]
	if !b.clock {
		s, e := tc.Start, tc.End
		s.HasClock, e.HasClock = false, false
		if e.IsZero() {
			e = s
		}
		return serial(s), serial(e)
	}
	start := tc.Start
	start.HasClock = true
	slot := b.tl.SlotMinutes
	if slot <= 0 {
		slot = 10
	}
	// The last column also takes what happens at its end: the timeline
	// stops at the plan's last moment, where a closing milestone sits.
	if i == len(b.tl.Columns)-1 {
		slot++
	}
	end := prosessplan.At(start.Date, 0, start.Minute+slot)
	return serial(start), serial(end)
}

// rowHeight returns the height in points that shows every wrapped line of
// an activity's text cells, vals by column (see activityValue). Excel does
// not fit row heights when it opens a file, so the height is estimated
// here from the column widths.
func (b *book) rowHeight(vals []interface{}) float64 {
	lines := 1
	for i, c := range b.cols {
		switch c.key {
		case cPhase, cActivity, cPurpose, cMethod, cResponsible, cParticipants, cDeliverable, cType:
		default:
			continue
		}
		s, _ := vals[i].(string)
		if n := wrappedLines(s, int(c.width*1.3)); n > lines {
			lines = n
		}
	}
	// Excel's rows are at most 409 points high: a longer text is cut in
	// the row, and is whole in the cell and in the documents.
	return min(float64(lines)*11.5+3, maxRowHeight)
}

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

// wrappedLines counts the lines s takes when wrapped at width characters.
// It walks s once without splitting it: it runs for every text cell of
// every row.
func wrappedLines(s string, width int) int {
	if width < 1 {
		width = 1
	}
	n, col, word := 1, 0, 0
	// end places the word that just ended on the line.
	end := func() {
		if word == 0 {
			return
		}
		switch {
		case col == 0:
			col = word
		case col+1+word <= width:
			col += 1 + word
		default:
			n++
			col = word
		}
		for col > width {
			n++
			col -= width
		}
		word = 0
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '\n':
			end()
			n++
			col = 0
		case r == ' ' || r > ' ' && r < utf8.RuneSelf:
			// The common case, without unicode.IsSpace.
			if r == ' ' {
				end()
			} else {
				word++
			}
		case unicode.IsSpace(r):
			end()
		default:
			word++
		}
	}
	end()
	return n
}
