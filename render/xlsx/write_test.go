package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/render/internal/words"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// schedule returns the schedule of p, failing t on problems that leave dates unknown.
func schedule(t testing.TB, p *prosessplan.Plan) *prosessplan.Schedule {
	t.Helper()
	s, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatalf("NewSchedule: %v", probs)
	}
	return s
}

// writeFile writes the workbook of s into a temp file, checks it against
// the ECMA-376 schemas, and returns its path and bytes.
func writeFile(t testing.TB, s *prosessplan.Schedule, opts render.Options, name string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, s, WithOptions(opts)); err != nil {
		t.Fatalf("Write: %v", err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	validate.OOXML(t, path)
	// XLSX_LOOK=dir keeps a copy to look at.
	if dir := os.Getenv("XLSX_LOOK"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	return path, buf.Bytes()
}

func TestWriteGenerated(t *testing.T) {
	s := schedule(t, plantest.Generate(20))
	path, _ := writeFile(t, s, render.Options{}, "plan.xlsx")
	validate.OOXML(t, path)
	// LibreOffice opens it: TestOffice.
}

func TestWriteBodo(t *testing.T) {
	for _, tc := range []struct {
		lang   prosessplan.Language
		sheets []string
		expect []string
	}{
		{prosessplan.Bokmal,
			[]string{"Framdrift", "Politisk behandling", "Organisering", "Medvirkning", "Lister", "prosessplan"},
			[]string{"Framdrift", "Høring", "Tegnforklaring", "Aktivitet", "Status", "Ansvarlig", "Bodø kommune", "Side 1 av", "Politisk behandling", "Møtedato", "Styringsgruppe"}},
		{prosessplan.Nynorsk,
			[]string{"Framdrift", "Politisk handsaming", "Organisering", "Medverknad", "Lister", "prosessplan"},
			[]string{"Framdrift", "Høyring", "Teiknforklaring", "Aktivitet", "Ansvarleg", "Medverknad"}},
		{prosessplan.English,
			[]string{"Schedule", "Political process", "Organisation", "Participation", "Lists", "prosessplan"},
			[]string{"Schedule", "Consultation", "Legend", "Activity", "Responsible", "Page 1 of"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			p := examples.Bodo()
			s := schedule(t, p)
			path, data := writeFile(t, s, render.Options{Language: tc.lang}, "bodo-"+string(tc.lang)+".xlsx")
			validate.OOXML(t, path)
			// LibreOffice prints it: TestOffice.
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if got := f.GetSheetList(); !slices.Equal(got, tc.sheets) {
				t.Errorf("sheets = %q, want %q", got, tc.sheets)
			}
			for _, sh := range []string{"prosessplan", tc.sheets[4]} {
				if vis, _ := f.GetSheetVisible(sh); vis {
					t.Errorf("sheet %s is visible", sh)
				}
			}
			props, err := f.GetDocProps()
			if err != nil {
				t.Fatal(err)
			}
			if props.Title != p.Title || props.Creator != "Bodø kommune" || props.Language != tc.lang.Tag() ||
				props.Created != p.Date.String()+"T00:00:00Z" || props.Modified != props.Created {
				t.Errorf("doc props = %+v", props)
			}
		})
	}
}

// TestWriteLayout checks the cells a planner relies on: title block,
// column titles, dates as real dates, the bar rules and the drop-downs.
func TestWriteLayout(t *testing.T) {
	p := examples.Bodo()
	s := schedule(t, p)
	_, data := writeFile(t, s, render.Options{}, "bodo.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sh := "Framdrift"
	get := func(cell string) string {
		v, err := f.GetCellValue(sh, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if get("A1") != p.Title {
		t.Errorf("A1 = %q, want the title", get("A1"))
	}
	var heads []string
	for c := 1; c <= 12; c++ {
		heads = append(heads, get(cellName(c, rowHead)))
	}
	if want := "Nr. Fase Aktivitet Hensikt Ansvarlig Deltakere Type Start Slutt Status Leveranse Kritisk"; strings.Join(heads, " ") != want {
		t.Errorf("column titles = %q", strings.Join(heads, " "))
	}
	first := s.Phases[0].Activities[0]
	if get("A12") != first.ID || get("C12") != first.Name {
		t.Errorf("row 12 = %s %s, want %s %s", get("A12"), get("C12"), first.ID, first.Name)
	}
	if want := words.ShortDate(prosessplan.Bokmal, first.Start.Date); get("H12") != want {
		t.Errorf("H12 shows %q, want %q", get("H12"), want)
	}
	if typ, _ := f.GetCellType(sh, "H12"); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Error("dates are written as text")
	}
	if p, _ := f.GetPanes(sh); !p.Freeze || p.TopLeftCell != "D11" {
		t.Errorf("panes = %+v, want frozen at D11", p)
	}
	cfs, err := f.GetConditionalFormats(sh)
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for rng, opts := range cfs {
		for _, o := range opts {
			rules = append(rules, rng+" "+o.Criteria)
		}
	}
	joined := strings.Join(rules, "\n")
	for _, want := range []string{
		`AND($G11="Møte",$J11="Ferdig",$H11<=M$7,$I11>=M$6)`,
		`AND($G11="Høring og offentlig ettersyn",$H11<=M$7,$I11>=M$6)`,
		`AND($L11<>"",$G11="Politisk behandling",$H11<=M$7,$I11>=M$6)`,
		`$J11="Avlyst"`,
		`$L11<>""`,
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no conditional format %s in\n%s", want, joined)
		}
	}
	dvs, err := f.GetDataValidations(sh)
	if err != nil {
		t.Fatal(err)
	}
	var dv []string
	for _, d := range dvs {
		msg := ""
		if d.Error != nil {
			msg = *d.Error
		}
		dv = append(dv, d.Sqref+" "+d.Type+" "+d.Formula1+" "+msg)
	}
	for _, want := range []string{"J11:J", "G11:G", "E11:E", "H11:H", "'Lister'!$A$2:$A$6", "'Lister'!$B$2:$B$13", "Skriv en dato"} {
		if !strings.Contains(strings.Join(dv, "\n"), want) {
			t.Errorf("data validations lack %q:\n%s", want, strings.Join(dv, "\n"))
		}
	}
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == "Framdrift" && n.RefersTo == "'Framdrift'!$A:$C,'Framdrift'!$8:$10" {
			found = true
		}
	}
	if !found {
		t.Errorf("no print titles on Framdrift: %+v", names)
	}
	// The Fase column names the phase on every activity row, Kritisk
	// marks the critical path, and the titles carry the autofilter.
	if get("B12") != s.Phases[0].Name {
		t.Errorf("B12 = %q, want the phase name %q", get("B12"), s.Phases[0].Name)
	}
	crit := 0
	for _, a := range s.Activities {
		r := 0
		rows, _ := f.GetRows(sh)
		for i, row := range rows {
			if i+1 >= firstData && len(row) > 2 && row[0] == a.ID && row[2] != "" {
				r = i + 1
			}
		}
		want := ""
		if a.Critical {
			want, crit = "Ja", crit+1
		}
		if got := get(cellName(12, r)); got != want {
			t.Errorf("%s Kritisk = %q, want %q", a.ID, got, want)
		}
	}
	if crit == 0 {
		t.Error("no activity of the example is on the critical path")
	}
	autofilter := false
	for _, n := range names {
		if n.Name == "_xlnm._FilterDatabase" && n.Scope == "Framdrift" && strings.HasPrefix(n.RefersTo, "'Framdrift'!$A$10:$L$") {
			autofilter = true
		}
	}
	if !autofilter {
		t.Errorf("no autofilter on the column titles: %+v", names)
	}
}

func TestWriteDeterministic(t *testing.T) {
	s := schedule(t, examples.Bodo())
	_, a := writeFile(t, s, render.Options{}, "a.xlsx")
	_, b := writeFile(t, schedule(t, examples.Bodo()), render.Options{}, "b.xlsx")
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same plan differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().UTC().Format("2006-01-02")
	for _, f := range zr.File {
		rc, _ := f.Open()
		part, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(part, []byte(today)) {
			t.Errorf("%s holds today's date %s", f.Name, today)
		}
		if !f.Modified.IsZero() && f.Modified.Year() > 1980 {
			t.Errorf("%s carries a modification time %s", f.Name, f.Modified)
		}
		if f.Name == "docProps/core.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			if !strings.Contains(string(b), "2017-") || strings.Contains(string(b), "2006-09-16") {
				t.Errorf("core.xml has no plan date: %s", b)
			}
		}
	}
}

// TestUserTextStaysText: text a planner typed that starts with = + - @ is
// text in the workbook, never a formula, and comes back unchanged.
func TestUserTextStaysText(t *testing.T) {
	p := examples.Bodo()
	a := p.Activities()[0]
	a.Name = "=SUM(A1)"
	a.Purpose = "+47 75 55 50 00"
	a.Deliverable = "@prosjektleder"
	p.Title = "-Boligplan & co <2018>"
	s := schedule(t, p)
	path, data := writeFile(t, s, render.Options{}, "inject.xlsx")
	validate.OOXML(t, path)
	// LibreOffice prints the text as text: TestOffice.
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"C12": "=SUM(A1)", "D12": "+47 75 55 50 00", "K12": "@prosjektleder", "A1": "-Boligplan & co <2018>"} {
		if fm, _ := f.GetCellFormula("Framdrift", cell); fm != "" {
			t.Errorf("%s is a formula %q", cell, fm)
		}
		if v, _ := f.GetCellValue("Framdrift", cell); v != want {
			t.Errorf("%s = %q, want %q", cell, v, want)
		}
	}
	got, changes, err := Read(bytes.NewReader(data), "inject.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 0 || got.Activities()[0].Name != "=SUM(A1)" || got.Title != p.Title {
		t.Errorf("round trip: %v, name %q", changes, got.Activities()[0].Name)
	}
}

// TestPhaseRows: a phase row's Start and Slutt are formulas over its
// activity rows, with the values they have now stored, so the file is
// right before any program works them out; a phase without activities
// shows its planned span.
func TestPhaseRows(t *testing.T) {
	p := examples.Bodo()
	p.Phases = append(p.Phases, prosessplan.Phase{ID: "5", Name: "Evaluering",
		Start: prosessplan.D(2018, 1, 8), End: prosessplan.D(2018, 2, 2)})
	s := schedule(t, p)
	_, data := writeFile(t, s, render.Options{}, "phases.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Framdrift")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]string{ // phase: start, end, formula prefix
		"Oppstart/planprogram":  {"09.01.2017", "16.03.2017", "IF(COUNT("},
		"Utredning/medvirkning": {"20.03.2017", "08.06.2017", "IF(COUNT("},
		"Planforslag og høring": {"06.06.2017", "03.11.2017", "IF(COUNT("},
		"Sluttbehandling":       {"06.11.2017", "14.12.2017", "IF(COUNT("},
		"Evaluering":            {"08.01.2018", "02.02.2018", ""},
	}
	found := 0
	for i, r := range rows {
		if i+1 < firstData || len(r) < 3 || r[2] != "" {
			continue // phase rows have no activity name
		}
		w, ok := want[r[1]]
		if !ok {
			continue
		}
		found++
		for k, col := range []string{"H", "I"} {
			cell := fmt.Sprintf("%s%d", col, i+1)
			fm, _ := f.GetCellFormula("Framdrift", cell)
			v, _ := f.GetCellValue("Framdrift", cell)
			fn := []string{"MIN(", "MAX("}[k]
			if v != w[k] || !strings.HasPrefix(fm, w[2]) || (w[2] == "") != (fm == "") || fm != "" && !strings.Contains(fm, fn+col) {
				t.Errorf("%s %s = %q, formula %q; want %q, formula %q…", r[1], cell, v, fm, w[k], w[2])
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d phase rows", found, len(want))
	}
}

// TestPhaseRowTint: a phase row's time grid is tinted by a conditional
// format over the columns that are not shaded, after the bars, so the
// sheet writes none of a phase row's empty grid cells (a quarter of all
// cells in a big plan) and a holiday keeps its shading on phase rows.
func TestPhaseRowTint(t *testing.T) {
	s := schedule(t, examples.Bodo())
	tl := render.BuildTimeline(s, render.Options{})
	_, data := writeFile(t, s, render.Options{}, "tint.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	grid0 := len(longColumns) + 1
	cfs, err := f.GetConditionalFormats("Framdrift")
	if err != nil {
		t.Fatal(err)
	}
	var tint string // the tint's ranges
	for ref, opts := range cfs {
		for _, o := range opts {
			if o.Criteria == `AND($C11="",$B11<>"")` {
				tint = ref
			}
		}
	}
	if tint == "" {
		t.Fatalf("no tint rule for phase rows in %v", cfs)
	}
	covered := map[int]bool{}
	for _, rng := range strings.Fields(tint) {
		a, b, _ := strings.Cut(rng, ":")
		c0, _, _ := excelize.CellNameToCoordinates(a)
		c1, _, _ := excelize.CellNameToCoordinates(b)
		for c := c0; c <= c1; c++ {
			covered[c] = true
		}
	}
	for i, tc := range tl.Columns {
		if covered[grid0+i] == tc.Shaded {
			t.Errorf("column %s (%s, shaded %v): tinted %v", colName(grid0+i), tc.Label, tc.Shaded, covered[grid0+i])
		}
	}
	// Row 11 is the first phase row: its cells stop at the table.
	sheet := worksheets(t, data)["xl/worksheets/sheet1.xml"]
	row, _, _ := strings.Cut(string(sheet[bytes.Index(sheet, []byte(`<row r="11"`)):]), "</row>")
	if n := strings.Count(row, "<c "); n != len(longColumns) {
		t.Errorf("phase row 11 writes %d cells, want the table's %d", n, len(longColumns))
	}
}

// TestWriteNil: a nil schedule is an error, not a panic.
func TestWriteNil(t *testing.T) {
	for _, s := range []*prosessplan.Schedule{nil, {}} {
		if err := Write(io.Discard, s); !errors.Is(err, ErrNoSchedule) {
			t.Errorf("Write(%v) = %v, want ErrNoSchedule", s, err)
		}
	}
}

// TestConcurrent: Write and Read share nothing between calls; run with
// -race. Sixteen goroutines write the same schedule and read it back, and
// every workbook is the same bytes.
func TestConcurrent(t *testing.T) {
	s := schedule(t, plantest.Generate(30))
	var want bytes.Buffer
	if err := Write(&want, s, WithLanguage(prosessplan.Nynorsk)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := Write(&b, s, WithLanguage(prosessplan.Nynorsk)); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(b.Bytes(), want.Bytes()) {
				errs <- errors.New("a concurrent write gave other bytes")
				return
			}
			if _, changes, err := Read(&b, "plan.xlsx"); err != nil || len(changes) != 0 {
				errs <- fmt.Errorf("read back: %v, changes %v", err, changes)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestDecisionMarks: a decision row shows the meetings of its saksgang
// and its saksframlegg deadline where the timeline puts them, with their
// symbols, beside its own bar.
func TestDecisionMarks(t *testing.T) {
	s := schedule(t, examples.Bodo())
	tl := render.BuildTimeline(s, render.Options{})
	row := -1
	for i, tr := range tl.Rows {
		if tr.Kind == prosessplan.PoliticalDecision && tr.First > 3 {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatal("no decision row in the example's timeline")
	}
	tr := &tl.Rows[row]
	tr.Marks = []render.TimelineMark{
		{Column: tr.First - 3, Symbol: "⚑", Label: "Frist for saksframlegg", Deadline: true},
		{Column: tr.First - 1, Symbol: "○", Label: "Eldrerådet"},
	}
	var buf bytes.Buffer
	if err := write(&buf, s, tl, config{}, encodePlan(s.Plan)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Framdrift")
	if err != nil {
		t.Fatal(err)
	}
	line := -1
	for i, r := range rows {
		if i+1 >= firstData && len(r) > 2 && r[0] == tr.Number && r[2] != "" {
			line = i + 1
		}
	}
	grid0 := len(longColumns) + 1
	for _, m := range tr.Marks {
		cell := cellName(grid0+m.Column, line)
		if v, _ := f.GetCellValue("Framdrift", cell); v != m.Symbol {
			t.Errorf("%s (%s) = %q, want %q", cell, m.Label, v, m.Symbol)
		}
	}
}

// An activity whose text needs more than Excel's 409-point row still gets
// a workbook, with the row at the limit and the text whole in its cell.
func TestLongActivityName(t *testing.T) {
	p := examples.Bodo()
	a := p.Activities()[0]
	a.Name = strings.TrimSpace(strings.Repeat("Lang aktivitet med mange ord ", 55)) // 1,539 characters
	_, data := writeFile(t, schedule(t, p), render.Options{}, "long.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Framdrift", "C12"); v != a.Name {
		t.Errorf("C12 holds %d characters, want the whole name of %d", len(v), len(a.Name))
	}
	if h, _ := f.GetRowHeight("Framdrift", 12); h != maxRowHeight {
		t.Errorf("row 12 is %v points high, want Excel's limit %v", h, float64(maxRowHeight))
	}
}

// A plan whose dates lie centuries apart (a mistyped year in a draft) gets
// ErrTooLong, not excelize's own error, when its timeline is wider than a
// worksheet; over 73 years it still fits by months, not by days.
func TestTooLong(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	plan := func(last int) *prosessplan.Plan {
		return &prosessplan.Plan{
			Title: "Lang plan", Municipality: "Vågå kommune",
			Phases: []prosessplan.Phase{{ID: "1", Name: "Oppstart", Activities: []prosessplan.Activity{
				{ID: "1.1", Name: "Første", Kind: prosessplan.Work, Start: prosessplan.DayOf(prosessplan.D(2017, 1, 9)), End: prosessplan.DayOf(prosessplan.D(2017, 1, 20))},
				{ID: "1.2", Name: "Siste", Kind: prosessplan.Work, Start: prosessplan.DayOf(prosessplan.D(last, 1, 9)), End: prosessplan.DayOf(prosessplan.D(last, 1, 20))},
			}}},
		}
	}
	for _, tc := range []struct {
		name string
		last int
		opts []Option
		want error
	}{
		{"73 years by month", 2090, nil, nil},
		{"73 years by day", 2090, []Option{WithGranularity(render.ByDay)}, ErrTooLong},
		{"1483 years by month", 3500, nil, ErrTooLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := prosessplan.NewSchedule(plan(tc.last))
			err := Write(io.Discard, s, tc.opts...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Write = %v, want %v", err, tc.want)
			}
			if err != nil && !strings.Contains(err.Error(), " from 2017-01-") {
				t.Errorf("error %q does not say where the timeline starts", err)
			}
		})
	}
}

// TestColsInOrder: every sheet lists its columns in column order, by week
// and by day, as readers that take the order for granted need.
func TestColsInOrder(t *testing.T) {
	reCol := regexp.MustCompile(`<col min="(\d+)" max="(\d+)"`)
	for _, g := range []render.Granularity{render.ByWeek, render.ByDay} {
		var buf bytes.Buffer
		if err := Write(&buf, schedule(t, plantest.Generate(60)), WithGranularity(g)); err != nil {
			t.Fatal(err)
		}
		for name, x := range worksheets(t, buf.Bytes()) {
			last, n := 0, 0
			for _, m := range reCol.FindAllSubmatch(x, -1) {
				lo, _ := strconv.Atoi(string(m[1]))
				hi, _ := strconv.Atoi(string(m[2]))
				if lo <= last || hi < lo {
					t.Errorf("granularity %v, %s: column %d-%d after %d", g, name, lo, hi, last)
					break
				}
				last, n = hi, n+1
			}
			if name == "xl/worksheets/sheet1.xml" && n < 20 {
				t.Errorf("granularity %v: the chart sheet has %d columns", g, n)
			}
		}
	}
}

// worksheets returns the XML of a workbook's worksheets, by part name.
func worksheets(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	sheets := map[string][]byte{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") || !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		sheets[f.Name] = x
	}
	return sheets
}
