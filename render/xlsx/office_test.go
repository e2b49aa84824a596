package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/render"
)

// recalcAlways is a LibreOffice setting: work every formula of an Excel
// workbook out when it is opened.
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// resave opens path in LibreOffice and saves it again as .xlsx, as a
// planner who edits the workbook there does, and returns the new bytes.
func resave(t *testing.T, path string) []byte {
	t.Helper()
	return resaveMany(t, path)[0]
}

// resaveMany is resave for many files in one LibreOffice start; their base
// names must differ.
func resaveMany(t *testing.T, paths ...string) [][]byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is missing; .ci/run must install libreoffice-calc-nogui")
		}
		t.Skip("soffice is missing")
	}
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	out := filepath.Join(dir, "out")
	// LibreOffice trusts the values a workbook stores for its formulas
	// unless told to work every formula out on load; a planner who edits
	// in LibreOffice gets them worked out as they type.
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, paths...)
	if b, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	var res [][]byte
	for _, path := range paths {
		b, err := os.ReadFile(filepath.Join(out, filepath.Base(path)))
		if err != nil {
			t.Fatalf("LibreOffice wrote no workbook for %s: %v", path, err)
		}
		res = append(res, b)
	}
	return res
}

// TestLibreOfficeResave: a workbook saved again by LibreOffice reads back
// to the same plan with no changes, and an edit made before the re-save
// comes through it.
func TestLibreOfficeResave(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	p := examples.Bodo()
	s := schedule(t, p)
	path, data := writeFile(t, s, render.Options{}, "bodo.xlsx")
	// Edit, then re-save: the change survives LibreOffice. Both files go
	// through one LibreOffice start.
	e := openEdit(t, data)
	r := e.row("1.2")
	e.set("J", r, "Avlyst")
	edited := filepath.Join(t.TempDir(), "bodo-edited.xlsx")
	if err := os.WriteFile(edited, e.bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := resaveMany(t, path, edited)
	again := saved[0]
	if bytes.Equal(again, data) {
		t.Fatal("LibreOffice did not rewrite the file")
	}
	got, changes, err := Read(bytes.NewReader(again), "bodo.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		t.Errorf("unexpected change after a LibreOffice re-save: %s", c)
	}
	if a, b := canonical(t, p), yamlOf(t, got); a != b {
		t.Errorf("plan differs after a LibreOffice re-save:\n%s", diffLines(a, b))
	}

	got, changes, err = Read(bytes.NewReader(saved[1]), "bodo.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || !strings.Contains(changes[0].String(), "Status endret fra «Ferdig» til «Avlyst»") {
		t.Errorf("changes = %v", changes)
	}
	if a := got.Activity("1.2"); a.Status != "avlyst" {
		t.Errorf("1.2 status = %q", a.Status)
	}
	f, err := excelize.OpenReader(bytes.NewReader(again))
	if err != nil {
		t.Fatal(err)
	}
	cfs, _ := f.GetConditionalFormats("Framdrift")
	if len(cfs) == 0 {
		t.Error("LibreOffice dropped the bar rules")
	}
}

// TestLibreOfficeResaveWorkshop: clock times survive LibreOffice's
// rounding of serial numbers, and a nynorsk workbook reads back.
func TestLibreOfficeResaveWorkshop(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	p := workshop()
	p.Language = "nn"
	s := schedule(t, p)
	path, _ := writeFile(t, s, render.Options{}, "verkstad.xlsx")
	got, changes, err := Read(bytes.NewReader(resave(t, path)), "verkstad.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		t.Errorf("unexpected change after a LibreOffice re-save: %s", c)
	}
	if a, b := canonical(t, p), yamlOf(t, got); a != b {
		t.Errorf("plan differs after a LibreOffice re-save:\n%s", diffLines(a, b))
	}
}

// pdfsOf converts the workbooks at paths to PDF in one LibreOffice start
// and returns the PDFs' paths; the base names must differ.
func pdfsOf(t *testing.T, paths ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing")
	}
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is missing")
		}
		t.Skip("soffice is missing")
	}
	dir := t.TempDir()
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "pdf", "--outdir", dir}, paths...)
	if b, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	var pdfs []string
	for _, path := range paths {
		pdfs = append(pdfs, filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".xlsx")+".pdf"))
	}
	return pdfs
}

var wordBox = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>`)

// leftmost returns the smallest x at which LibreOffice printed word w, on
// the first page that has it (the chart prints over several pages).
func leftmost(t *testing.T, pdf, w string) float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range strings.Split(string(out), "<page ")[1:] {
		x := -1.0
		for _, m := range wordBox.FindAllStringSubmatch(pg, -1) {
			if m[3] == w {
				if v, _ := strconv.ParseFloat(m[1], 64); x < 0 || v < x {
					x = v
				}
			}
		}
		if x >= 0 {
			return x
		}
	}
	t.Fatalf("%s is not printed", w)
	return 0
}

// TestBarsFollowEdits: the bars are conditional formats on the dates, so a
// date moved in the sheet moves the bar when LibreOffice draws it.
func TestBarsFollowEdits(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	s := schedule(t, examples.Bodo())
	path, data := writeFile(t, s, render.Options{}, "bodo.xlsx")
	e := openEdit(t, data)
	r := e.row("1.1") // the milestone that opens the plan, in week 2
	start := mustFloat(t, e.get("H", r))
	e.set("H", r, start+28)
	e.set("I", r, start+28)
	moved := filepath.Join(t.TempDir(), "bodo-moved.xlsx")
	if err := os.WriteFile(moved, e.bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pdfs := pdfsOf(t, path, moved)
	// 1.1 is the plan's first milestone, so its ★ is the leftmost one.
	before, after := leftmost(t, pdfs[0], "★"), leftmost(t, pdfs[1], "★")
	if after <= before+1 {
		t.Errorf("the milestone's ★ stayed at x=%.1f (was %.1f) after its date moved four weeks", after, before)
	}
	t.Logf("★ moved from x=%.1f to x=%.1f", before, after)
}

// toPDF prints path with LibreOffice and returns the PDF's path.
func toPDF(t *testing.T, path string) string {
	t.Helper()
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is missing", tool)
			}
			t.Skipf("%s is missing", tool)
		}
	}
	dir := t.TempDir()
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "pdf", "--outdir", dir, path)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	return filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".xlsx")+".pdf")
}

var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)

// TestPrintedChartReadable prints the Bodø workbook as a planner would
// and reads the pages: the chart's 10-point text prints at 7 points or
// more (over several pages wide rather than shrunk to one), every column
// is printed, Hensikt, Deltakere and Leveranse included, December's month
// header is whole or abbreviated (never «deser»), and the legend prints
// once (not on every page of the chart's width), on a page with activity rows.
func TestPrintedChartReadable(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	p := examples.Bodo()
	s := schedule(t, p)
	path, _ := writeFile(t, s, render.Options{}, "bodo.xlsx")
	pdf := toPDF(t, path)
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "<page ")[1:]
	words := map[string]float64{} // word → height of its box in points, page 1
	all := map[string]bool{}
	legendWithRows := false
	legendPages := 0
	for i, pg := range pages {
		onPage := map[string]bool{}
		for _, m := range bboxWord.FindAllStringSubmatch(pg, -1) {
			onPage[m[5]], all[m[5]] = true, true
			if i == 0 {
				y0, _ := strconv.ParseFloat(m[2], 64)
				y1, _ := strconv.ParseFloat(m[4], 64)
				words[m[5]] = y1 - y0
			}
		}
		if onPage["Tegnforklaring"] && onPage["4.3"] {
			legendWithRows = true
		}
		if onPage["Tegnforklaring"] {
			legendPages++
		}
	}
	if legendPages != 1 {
		t.Errorf("the legend prints on %d pages, want once", legendPages)
	}
	// A box is ascent plus descent, about 1.12 times the type size in
	// Liberation Sans (LibreOffice's Arial).
	for _, w := range []string{"Hanne", "Prosjektgruppa", "Milepæl", "09.01.2017"} {
		h, ok := words[w]
		if !ok {
			t.Errorf("page 1 lacks %q", w)
			continue
		}
		if size := h / 1.12; size < 7 {
			t.Errorf("%q prints at %.1f pt, want at least 7", w, size)
		}
	}
	for _, w := range []string{"Hensikt", "Leveranse", "Deltakere", "Kritisk", "50", "des."} {
		if !all[w] {
			t.Errorf("the printed chart lacks %q", w)
		}
	}
	if all["deser"] {
		t.Error("December's month header is cut to «deser»")
	}
	if !legendWithRows {
		t.Error("the legend is printed on a page without the last activity rows")
	}
}

// TestPhaseFollowsEdits: a phase row's dates follow its activities in
// LibreOffice. An activity's dates are moved with excelize (which stores
// no new values for the formulas), in the workbook as written and in one
// LibreOffice saved first; LibreOffice then opens and saves each copy,
// working the formulas out, and the phase row holds the new first start
// and last end, which the phase band's conditional format is drawn from.
func TestPhaseFollowsEdits(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	s := schedule(t, examples.Bodo())
	path, data := writeFile(t, s, render.Options{}, "bodo.xlsx")
	type copyCase struct {
		name       string
		phase      int
		start, end float64
		editedPath string
	}
	var cases []copyCase
	for _, c := range []struct {
		name string
		data []byte
	}{{"written", data}, {"resaved", resave(t, path)}} {
		e := openEdit(t, c.data)
		first, last := e.row("1.1"), e.row("1.7")
		phase := first - 1
		if v := e.get("B", phase); v != "Oppstart/planprogram" {
			t.Fatalf("%s: row %d is %q, want the phase row", c.name, phase, v)
		}
		start := mustFloat(t, e.get("H", first)) - 14
		end := mustFloat(t, e.get("I", last)) + 21
		e.set("H", first, start)
		e.set("I", last, end)
		edited := filepath.Join(t.TempDir(), "bodo-"+c.name+".xlsx")
		if err := os.WriteFile(edited, e.bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, copyCase{c.name, phase, start, end, edited})
	}
	saved := resaveMany(t, cases[0].editedPath, cases[1].editedPath)
	for i, c := range cases {
		got := openEdit(t, saved[i])
		if v := mustFloat(t, got.get("H", c.phase)); v != c.start {
			t.Errorf("%s: phase start = %v, want %v (the moved first start)", c.name, v, c.start)
		}
		if v := mustFloat(t, got.get("I", c.phase)); v != c.end {
			t.Errorf("%s: phase end = %v, want %v (the moved last end)", c.name, v, c.end)
		}
		if fm, _ := got.f.GetCellFormula("Framdrift", fmt.Sprintf("H%d", c.phase)); !strings.Contains(fm, "MIN(") {
			t.Errorf("%s: LibreOffice dropped the phase formula: %q", c.name, fm)
		}
	}
}
