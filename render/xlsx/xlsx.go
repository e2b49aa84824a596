// Package xlsx writes a process plan as the Excel workbook planners keep
// editing — a Gantt chart in a sheet, like the Distriktssenteret template —
// and reads an edited workbook back into a plan.
//
// The Framdrift sheet (Framdrift / Schedule by language) has a title block,
// then a row per activity under bold phase rows (with Excel outline
// grouping) and a time grid to the right: months over ISO weeks over each
// week's Monday, or days, months or 5- and 10-minute slots, as the
// timeline of render.BuildTimeline says. The bars in the grid are
// conditional formatting driven by each row's Start, Slutt, Status and
// Type cells, so a planner who changes a date or a status in Excel or
// LibreOffice sees the bar move or change colour. A phase row's Start and
// Slutt are formulas over its activities (with their values stored), so the
// phase band follows too. Every activity type has a
// colour and a symbol (the symbol is the conditional format's number
// format, shown by grid cells that hold 0), so colour is never the only
// signal. Holidays are shaded, today's column is highlighted and a legend
// explains every colour and symbol. Drop-downs on Type, Status and
// Ansvarlig come from a hidden lists sheet.
//
// Further sheets list the political decision points with their saksgang,
// the organisation and the participation plan. The plan file itself and
// the rows as written travel inside the workbook in a very hidden sheet, so
// [Read] gets the organisation, bodies and texts back and can tell what the
// planner changed. The visible rows win over the stored plan.
//
// Write and Read keep no state between calls: both are safe for
// concurrent use, also on the same schedule, which they only read.
package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// Names of the very hidden sheets that carry the plan file and the rows as
// written. They are not translated: Read looks for them by name.
const (
	metaSheet = "prosessplan"
	marker    = "go-prosessplan/render/xlsx"
	// layoutVersion changes when the meaning of the hidden sheets changes.
	layoutVersion = "1"
	// chunkUnits keeps every piece of the plan file under Excel's limit of
	// 32,767 UTF-16 units a cell.
	chunkUnits = 32000
)

// ErrNoSchedule is Write's error for a nil schedule or one without a plan.
var ErrNoSchedule = errors.New("xlsx: no schedule to write")

// ErrTooLong is Write's error (test it with errors.Is) for a plan whose
// timeline needs more columns than a worksheet has (16,384): one whose
// dates span well over a thousand years, which check refuses
// (PP-TOO-LONG) but a draft renders anyway, or a fine granularity over
// many years.
var ErrTooLong = errors.New("plan spans more columns than a worksheet holds")

// Write writes the workbook of s to w: the Framdrift sheet (Gantt chart),
// Politisk behandling, Organisering, Medvirkning, a Kontroll sheet with the
// problems given by [WithProblems] when there are any, a lists sheet
// behind the drop-downs, and the hidden plan file. Sheet names and fixed
// words follow [WithLanguage] or the plan's målform. The same schedule and
// options give the same bytes. A nil schedule gives [ErrNoSchedule]; a
// timeline wider than a worksheet gives [ErrTooLong].
func Write(w io.Writer, s *prosessplan.Schedule, opts ...Option) error {
	if s == nil || s.Plan == nil {
		return ErrNoSchedule
	}
	var c config
	for _, opt := range opts {
		if opt != nil {
			opt(&c)
		}
	}
	// The plan file for the hidden sheet needs neither the timeline nor
	// the workbook: it is written while they are made.
	pf := encodePlan(s.Plan)
	return write(w, s, render.BuildTimeline(s, c.Options), c, pf)
}

// write is Write with the timeline given, so tests can lay out a timeline of
// their own, and the plan file being encoded (encodePlan).
func write(w io.Writer, s *prosessplan.Schedule, tl *render.Timeline, c config, pf <-chan planFile) error {
	if n := len(longColumns) + len(tl.Columns); n > excelize.MaxColumns {
		first, last := tl.Columns[0], tl.Columns[len(tl.Columns)-1]
		return fmt.Errorf("xlsx: %w: %d time columns from %s to %s", ErrTooLong, len(tl.Columns), first.Start.Date, last.End.Date)
	}
	b := newBook(s, tl, c.Options, c.tempDir)
	defer b.f.Close()
	// The hidden sheet only reads the schedule: it is written beside the
	// rest.
	metac := make(chan metaResult, 1)
	go func() {
		p, err := b.metaPart(pf)
		metac <- metaResult{p, err}
	}()
	err := b.build()
	if b.rowsc != nil {
		rows := <-b.rowsc
		if err == nil {
			err = rows.err
		}
		b.rows = rows.part
	}
	meta := <-metac
	if meta.err != nil {
		return fmt.Errorf("xlsx: %w", meta.err)
	}
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	// The package writer writes to w itself; the buffer excelize returns
	// stays empty.
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		z := newPackageWriter(w)
		z.replace(b.metaPath, meta.part)
		z.spliceRows(b.ganttPath, []byte(`<row r="`+strconv.Itoa(b.lastRow+1)+`"></row>`), b.rows)
		z.fw = b.rows.fw
		return z
	})
	if _, err := b.f.WriteToBuffer(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// rowsResult is what dataRows returns.
type rowsResult struct {
	part *rowsPart
	err  error
}

// metaResult is what metaPart returns.
type metaResult struct {
	part *part
	err  error
}

// noTempFiles keeps excelize from writing temporary files, so that the
// package never touches the file system: its stream writer spills a sheet
// over 16 MiB into a temporary file and keeps it in memory when that file
// cannot be made, and a directory inside the null device cannot be.
var noTempFiles = excelize.Options{TmpDir: filepath.Join(os.DevNull, "no-temporary-files")}

// book holds what writing one workbook needs.
type book struct {
	f     *excelize.File
	s     *prosessplan.Schedule
	p     *prosessplan.Plan
	tl    *render.Timeline
	opts  render.Options
	lang  prosessplan.Language
	prof  render.Profile
	cols  []column
	colOf [nKeys]int // 1-based column number of each key
	grid0 int        // 1-based column number of the first time column
	clock bool       // workshop plan: times of day
	st    styles
	// hatched maps conditional-format style IDs with a hatched fill to their colour.
	hatched map[int]string
	// metaPath and ganttPath are the package parts of the very hidden
	// sheet and of the Framdrift sheet.
	metaPath, ganttPath string
	// rowsc gives the Framdrift sheet's rows, written beside the rest of
	// the workbook, and rows holds them once they are done.
	rowsc chan rowsResult
	rows  *rowsPart
	// lastData is the last activity row; lastRow includes the spare rows.
	lastData, lastRow int
	// phaseName is the name of each activity's phase, for its Fase cell.
	phaseName map[*prosessplan.ScheduledActivity]string
}

// newBook starts the workbook of s. tempDir is where excelize may spill
// the Gantt sheet; empty keeps it in memory.
func newBook(s *prosessplan.Schedule, tl *render.Timeline, opts render.Options, tempDir string) *book {
	xo := noTempFiles
	if tempDir != "" {
		xo.TmpDir = tempDir
	}
	lang := opts.Language
	if lang == "" {
		lang = s.Plan.Language
	}
	if lang == "" {
		lang = prosessplan.Bokmal
	}
	b := &book{
		f: excelize.NewFile(xo), s: s, p: s.Plan, tl: tl, opts: opts, lang: lang,
		clock:   tl.Granularity == render.ByMinutes,
		hatched: map[int]string{},
	}
	if opts.Profile != nil {
		b.prof = *opts.Profile
	} else {
		b.prof = render.DefaultProfile(s.Plan.Municipality)
	}
	b.cols = longColumns
	if b.clock {
		b.cols = shortColumns
	}
	if slices.ContainsFunc(s.Activities, func(a *prosessplan.ScheduledActivity) bool { return a.Activity != nil && a.Method != "" }) {
		b.cols = withMethod(b.cols)
	}
	for i, c := range b.cols {
		b.colOf[c.key] = i + 1
	}
	b.grid0 = len(b.cols) + 1
	n := 0
	b.phaseName = map[*prosessplan.ScheduledActivity]string{}
	for _, ph := range s.Phases {
		n += 1 + len(ph.Activities)
		for _, a := range ph.Activities {
			b.phaseName[a] = ph.Name
		}
	}
	b.lastData = firstData + n - 1
	b.lastRow = b.lastData + spareRows
	return b
}

func (b *book) build() error {
	if err := b.newStyles(); err != nil {
		return err
	}
	// The rows of the Framdrift sheet need only the styles.
	b.rowsc = make(chan rowsResult, 1)
	go func() {
		p, err := b.dataRows()
		b.rowsc <- rowsResult{p, err}
	}()
	sheet := bookText.Schedule.In(b.lang)
	if err := b.f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	b.ganttPath = b.sheetPath(sheet)
	// Everything of the Framdrift sheet but its cells is set before the
	// stream writer takes the sheet over.
	if err := b.conditionalFormats(sheet); err != nil {
		return err
	}
	if err := b.validations(sheet); err != nil {
		return err
	}
	// Filter buttons on the column titles, over the activity rows and the
	// spare ones.
	if err := b.f.AutoFilter(sheet, fmt.Sprintf("A%d:%s%d", rowHead, colName(len(b.cols)), b.lastRow), nil); err != nil {
		return err
	}
	if err := b.pageSetup(sheet, true, true); err != nil {
		return err
	}
	if err := b.framdrift(sheet); err != nil {
		return err
	}
	if err := b.writeTable(b.politicalTable()); err != nil {
		return err
	}
	if err := b.organisationSheet(); err != nil {
		return err
	}
	if err := b.writeTable(b.participationTable()); err != nil {
		return err
	}
	if len(b.opts.Problems) > 0 {
		if err := b.writeTable(b.problemsTable()); err != nil {
			return err
		}
	}
	if err := b.listsSheet(); err != nil {
		return err
	}
	if err := b.hiddenSheet(); err != nil {
		return err
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("%s!$A:$%s,%s!$%d:$%d", sheetRef(sheet), colName(b.colOf[cActivity]), sheetRef(sheet), rowGroups, rowHead),
		Scope:    sheet,
	}); err != nil {
		return err
	}
	if err := b.docProps(); err != nil {
		return err
	}
	fullCalc := true
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &fullCalc}); err != nil {
		return err
	}
	b.fixDxfs()
	b.sortContentTypes()
	return nil
}

// sortContentTypes puts the content types' defaults in a fixed order:
// excelize adds those of header pictures from a map, in random order.
func (b *book) sortContentTypes() {
	ct := b.f.ContentTypes
	if ct == nil {
		return
	}
	sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
}

// docProps sets title, author and language, with timestamps from the plan's
// date so that the bytes do not depend on the wall clock.
func (b *book) docProps() error {
	d := b.p.Date
	if d.IsZero() {
		d = b.s.Start.Date
	}
	stamp := ""
	if !d.IsZero() {
		stamp = d.String() + "T00:00:00Z"
	}
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:          b.p.Title,
		Subject:        b.p.Type.Label(b.lang),
		Creator:        b.p.Municipality,
		LastModifiedBy: b.p.Municipality,
		Language:       b.lang.Tag(),
		Version:        b.p.Version,
		Created:        stamp,
		Modified:       stamp,
		Category:       words.Activity.In(b.lang),
		Keywords:       "prosessplan",
	})
}

// pageSetup prints a sheet on A4 (landscape for the chart) with the plan's
// title and "Side X av Y" in the footer. A table is fitted to one page
// wide. The chart (chart set) is printed at printScale over as many pages
// wide as it needs, its first columns repeated (the print titles): fitting
// two years of weeks beside the table to one page would print its text at
// 3 points.
func (b *book) pageSetup(sheet string, landscape, chart bool) error {
	size, orient, wide, tall := 9, "portrait", 1, 0
	if landscape {
		orient = "landscape"
	}
	layout := &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall}
	fit, below := true, false
	if chart {
		scale := uint(printScale)
		layout = &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, AdjustTo: &scale}
		fit = false
	}
	if err := b.f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{
		FitToPage: &fit, OutlineSummaryBelow: &below,
	}); err != nil {
		return err
	}
	m, top, hf := 0.4, 0.4, 0.2
	header := "&L&A&R" + hfFit(b.p.Municipality, maxHF-len("&L&A&R"))
	if w, h, ok := b.logoSize(); ok {
		// The logo sits left in the header, so the sheet's name moves to the middle.
		if err := b.f.AddHeaderFooterImage(sheet, &excelize.HeaderFooterImageOptions{
			Position: excelize.HeaderFooterImagePositionLeft, File: b.prof.Logo, Extension: ".png",
			Width: fmt.Sprintf("%.1fpt", w), Height: fmt.Sprintf("%.1fpt", h),
		}); err != nil {
			return err
		}
		header = "&L&G&C&A&R" + hfFit(b.p.Municipality, maxHF-len("&L&G&C&A&R"))
		top = 0.2 + h/72 + 0.1
	}
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &m, Right: &m, Top: &top, Bottom: &m, Header: &hf, Footer: &hf,
	}); err != nil {
		return err
	}
	return b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: header,
		OddFooter: "&L" + hfFit(b.p.Title, maxHF-utf16Len("&L&R"+bookText.Page.In(b.lang))) + "&R" + bookText.Page.In(b.lang),
	})
}

// printScale is the size, in per cent, the chart prints at: its 10-point
// text prints at 7.5 points.
const printScale = 75

// logoSize returns the size in points the profile's logo is printed at in
// page headers: 28 points high, as wide as its proportions say.
func (b *book) logoSize() (w, h float64, ok bool) {
	if len(b.prof.Logo) == 0 {
		return 0, 0, false
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b.prof.Logo))
	if err != nil || cfg.Height == 0 {
		return 0, 0, false
	}
	h = 28
	return h * float64(cfg.Width) / float64(cfg.Height), h, true
}

// maxHF is the most UTF-16 units a page header or footer may hold (Excel's
// limit, which excelize enforces).
const maxHF = 255

// hfFit escapes s for a header or footer and shortens it, with "…", to at
// most n UTF-16 units: a long title must not cost the planner the
// workbook, and the whole title is on the sheet itself.
func hfFit(s string, n int) string {
	esc := hfText(s)
	if utf16Len(esc) <= n {
		return esc
	}
	var out []rune
	units := 0
	for _, r := range s {
		u := 1
		if r > 0xFFFF {
			u = 2
		}
		if r == '&' {
			u = 2
		}
		if units+u > n-1 {
			break
		}
		if r == '&' {
			out = append(out, '&')
		}
		out = append(out, r)
		units += u
	}
	return string(out) + "…"
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// hfText escapes s for a header or footer, where & starts a code.
func hfText(s string) string {
	var out []rune
	for _, r := range s {
		if r == '&' {
			out = append(out, '&')
		}
		out = append(out, r)
	}
	return string(out)
}

// sheetRef quotes a sheet name for a formula or defined name.
func sheetRef(name string) string {
	return "'" + name + "'"
}

// chunks splits s into pieces of at most n UTF-16 units, never inside a character.
func chunks(s string, n int) []string {
	var out []string
	for len(s) > 0 {
		units, i := 0, 0
		for i < len(s) {
			if s[i] < utf8.RuneSelf && units < n {
				units++
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			u := 1
			if utf16.IsSurrogate(r) || r > 0xFFFF {
				u = 2
			}
			if units+u > n {
				break
			}
			units += u
			i += size
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// hiddenSheet adds the very hidden sheet that carries the plan file (column
// A) and the rows as written (CSV, column B): Read needs the first for what
// the rows do not show and the second to tell what the planner changed.
// The sheet is empty here; metaPart writes its cells.
func (b *book) hiddenSheet() error {
	if _, err := b.f.NewSheet(metaSheet); err != nil {
		return err
	}
	b.metaPath = b.sheetPath(metaSheet)
	b.hide(metaSheet, "veryHidden")
	return nil
}

// sheetPath returns the package part of a sheet excelize made.
func (b *book) sheetPath(sheet string) string {
	for _, sh := range b.f.WorkBook.Sheets.Sheet {
		if sh.Name == sheet {
			return "xl/worksheets/sheet" + strconv.Itoa(sh.SheetID) + ".xml"
		}
	}
	return ""
}

// hide sets the state of a sheet. SetSheetVisible would parse every
// worksheet of the book to clear its selection, the streamed one included.
func (b *book) hide(sheet, state string) {
	wb := b.f.WorkBook
	if wb == nil {
		return
	}
	for i := range wb.Sheets.Sheet {
		if wb.Sheets.Sheet[i].Name == sheet {
			wb.Sheets.Sheet[i].State = state
		}
	}
}

// eachRow calls fn with the table values of every phase and activity row,
// in sheet order: strings for text, float64 serials for dates. Phase rows
// carry no dates here: the sheet computes them, or shows the phase's
// planned span, which Read does not take back.
func (b *book) eachRow(fn func(vals []interface{}, phase bool) error) error {
	for _, ph := range b.s.Phases {
		vals := make([]interface{}, len(b.cols))
		for i, c := range b.cols {
			switch c.key {
			case cNr:
				vals[i] = ph.ID
			case cPhase:
				vals[i] = ph.Name
			}
		}
		if err := fn(vals, true); err != nil {
			return err
		}
		for _, a := range ph.Activities {
			vals := make([]interface{}, len(b.cols))
			for i, c := range b.cols {
				vals[i] = b.activityValue(a, c.key)
			}
			if err := fn(vals, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// activityValue returns what cell k of activity a shows; nil leaves it empty.
func (b *book) activityValue(a *prosessplan.ScheduledActivity, k colKey) interface{} {
	str := func(s string) interface{} {
		if s == "" {
			return nil
		}
		return s
	}
	switch k {
	case cNr:
		return str(a.ID)
	case cPhase:
		return str(b.phaseName[a])
	case cCritical:
		if a.Critical {
			return bookText.Yes.In(b.lang)
		}
		return nil
	case cActivity:
		return str(a.Name)
	case cPurpose:
		return str(a.Purpose)
	case cResponsible:
		names := ""
		for i, id := range a.ResponsibleParties() {
			if i > 0 {
				names += ", "
			}
			names += b.p.Name(id)
		}
		return str(names)
	case cParticipants:
		names := ""
		for i, id := range a.Participants {
			if i > 0 {
				names += ", "
			}
			names += b.p.Name(id)
		}
		return str(names)
	case cType:
		if a.Kind == "" {
			return nil
		}
		return a.Kind.Label(b.lang)
	case cStart:
		if a.Start.IsZero() {
			return nil
		}
		return serial(b.clockTime(a.Start))
	case cEnd:
		if a.End.IsZero() {
			return nil
		}
		return serial(b.clockTime(a.End))
	case cStatus:
		if a.Status == "" {
			return nil
		}
		return a.Status.Label(b.lang)
	case cDeliverable:
		return str(a.Deliverable)
	case cMethod:
		return str(a.Method)
	}
	return nil
}

// clockTime drops the time of day outside workshop plans, whose cells show dates only.
func (b *book) clockTime(t prosessplan.Time) prosessplan.Time {
	if !b.clock {
		t.HasClock, t.Minute = false, 0
	}
	return t
}
