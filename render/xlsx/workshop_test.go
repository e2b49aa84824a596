package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// workshop is a three-hour workshop plan, as in the short template.
func workshop() *prosessplan.Plan {
	day := prosessplan.D(2026, 3, 12)
	at := func(h, m int) prosessplan.Time { return prosessplan.At(day, h, m) }
	return &prosessplan.Plan{
		Title: "Arbeidsverksted om målområder", Municipality: "Bjørkåsen kommune",
		Type: prosessplan.Temaplan, Language: prosessplan.Bokmal, Version: "1", Date: prosessplan.D(2026, 2, 1),
		DesiredResult: "Tre målområder som arbeidsgruppa står bak",
		People:        []prosessplan.Person{{ID: "pl", Name: "Åse Øvrebø"}},
		Groups:        []prosessplan.Group{{ID: "ag", Name: "Arbeidsgruppa", Kind: prosessplan.WorkingGroup}},
		Phases: []prosessplan.Phase{{ID: "1", Name: "Verkstedet", Activities: []prosessplan.Activity{
			{ID: "1.1", Name: "Velkommen og mål for dagen", Kind: prosessplan.Meeting, Responsible: "pl", Start: at(9, 0), End: at(9, 15)},
			{ID: "1.2", Name: "Gruppearbeid: hva er viktigst?", Kind: prosessplan.Workshop, Responsible: "ag", Participants: []string{"ag"}, Start: at(9, 15), End: at(10, 15), Purpose: "Få fram alle stemmer", Deliverable: "Gule lapper"},
			{ID: "1.3", Name: "Pause", Kind: prosessplan.Work, Start: at(10, 15), End: at(10, 30)},
			{ID: "1.4", Name: "Plenum: sortere og stemme", Kind: prosessplan.Meeting, Responsible: "pl", Start: at(10, 30), End: at(11, 30)},
			{ID: "1.5", Name: "Målområdene er valgt", Kind: prosessplan.Milestone, Responsible: "pl", Start: at(11, 30), End: at(11, 30)},
		}}},
	}
}

func TestWorkshopPlan(t *testing.T) {
	p := workshop()
	s := schedule(t, p)
	path, data := writeFile(t, s, render.Options{}, "verksted.xlsx")
	validate.OOXML(t, path)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// The short template's order: the times come first.
	var heads []string
	for c := 1; c <= 5; c++ {
		v, _ := f.GetCellValue("Framdrift", cellName(c, rowHead))
		heads = append(heads, v)
	}
	if got := strings.Join(heads, " "); got != "Nr. Fase Fra Til Agendapunkt" {
		t.Errorf("columns = %q", got)
	}
	if v, _ := f.GetCellValue("Framdrift", "C13"); v != "09:15" {
		t.Errorf("C13 = %q, want 09:15", v)
	}
	// Move the pause ten minutes and read it back.
	e := openEdit(t, data)
	start, _ := e.f.GetCellValue("Framdrift", "C14", excelize.Options{RawCellValue: true})
	if err := e.f.SetCellFormula("Framdrift", "C14", ""); err != nil {
		t.Fatal(err)
	}
	e.set("C", 14, mustFloat(t, start)+10.0/(24*60))
	e.set("D", 14, "12.03.2026 10:40")
	got, changes, err := Read(bytes.NewReader(e.bytes()), "verksted.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	a := got.Activity("1.3")
	if a.Start != prosessplan.At(prosessplan.D(2026, 3, 12), 10, 25) || a.End != prosessplan.At(prosessplan.D(2026, 3, 12), 10, 40) {
		t.Errorf("pause = %s–%s, want 10:25–10:40", a.Start, a.End)
	}
	var report []string
	for _, c := range changes {
		report = append(report, c.String())
	}
	want := "Framdrift!C14: 1.3 Pause: Fra endret fra «10:15» til «10:25»\nFramdrift!D14: 1.3 Pause: Til endret fra «10:30» til «10:40»"
	if got := strings.Join(report, "\n"); got != want {
		t.Errorf("changes:\n%s\nwant:\n%s", got, want)
	}
}

// TestGranularities: day and month columns pass the validators and the
// bars are drawn; the hidden rows hold each column's first and last day.
func TestGranularities(t *testing.T) {
	for _, g := range []struct {
		name string
		g    render.Granularity
	}{{"day", render.ByDay}, {"month", render.ByMonth}} {
		t.Run(g.name, func(t *testing.T) {
			s := schedule(t, examples.Bodo())
			tl := render.BuildTimeline(s, render.Options{Granularity: g.g})
			path, data := writeFile(t, s, render.Options{Granularity: g.g}, "bodo-"+g.name+".xlsx")
			validate.OOXML(t, path)
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			last := len(tl.Columns) - 1
			col := colName(len(longColumns) + 1 + last)
			first, _ := f.GetCellValue("Framdrift", col+fmt.Sprint(rowColStart), excelize.Options{RawCellValue: true})
			end, _ := f.GetCellValue("Framdrift", col+fmt.Sprint(rowColEnd), excelize.Options{RawCellValue: true})
			if fromSerial(mustFloat(t, first), false).Date != tl.Columns[last].Start.Date ||
				fromSerial(mustFloat(t, end), false).Date != tl.Columns[last].End.Date {
				t.Errorf("last column %s holds %s–%s, want %s–%s", col, first, end, tl.Columns[last].Start, tl.Columns[last].End)
			}
		})
	}
}

// TestEmptyPlan: a plan with no activities yet (a planner's first draft)
// still gives a valid workbook that reads back.
func TestEmptyPlan(t *testing.T) {
	p := &prosessplan.Plan{Title: "Ny plan", Municipality: "Æsøy kommune", Language: prosessplan.Nynorsk,
		Phases: []prosessplan.Phase{{ID: "1", Name: "Oppstart"}}}
	s, _ := prosessplan.NewSchedule(p)
	path, data := writeFile(t, s, render.Options{}, "tom.xlsx")
	validate.OOXML(t, path)
	got, changes, err := Read(bytes.NewReader(data), "tom.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 0 || len(got.Phases) != 1 || got.Phases[0].Name != "Oppstart" {
		t.Errorf("read back %+v, changes %v", got.Phases, changes)
	}
}

// TestDraftProblems: a draft's problems get a sheet of their own.
func TestDraftProblems(t *testing.T) {
	s := schedule(t, examples.Bodo())
	probs := prosessplan.Problems{{
		Code: "PP-HEARING-SHORT", Severity: prosessplan.SeverityWarning, Activity: "3.4",
		Text: map[prosessplan.Language]string{prosessplan.Bokmal: "Høringen er kortere enn seks uker — forleng den til 27. oktober."},
	}}
	_, data := writeFile(t, s, render.Options{Problems: probs}, "utkast.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Kontroll")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[3], "|"); got != "advarsel|PP-HEARING-SHORT|3.4|Høringen er kortere enn seks uker — forleng den til 27. oktober." {
		t.Errorf("row 4 = %s", got)
	}
	if _, _, err := Read(bytes.NewReader(data), "utkast.xlsx"); err != nil {
		t.Errorf("a draft does not read back: %v", err)
	}
}

// TestLogo: the profile's logo goes into the page header (&G), where Excel
// prints it; LibreOffice does not print header pictures of .xlsx files.
func TestLogo(t *testing.T) {
	logo, err := os.ReadFile("../../examples/bodo-logo.png")
	if err != nil {
		t.Skip(err)
	}
	s := schedule(t, examples.Bodo())
	prof := render.DefaultProfile("Bodø kommune")
	prof.Logo = logo
	_, data := writeFile(t, s, render.Options{Profile: &prof}, "logo.xlsx")
	_, again := writeFile(t, s, render.Options{Profile: &prof}, "logo2.xlsx")
	if !bytes.Equal(data, again) {
		t.Error("two writes with a logo differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var media []string
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/media/") {
			media = append(media, f.Name)
		}
	}
	if len(media) == 0 {
		t.Error("the logo is not in the workbook")
	}
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	hf, _ := f.GetHeaderFooter("Framdrift")
	if hf == nil || !strings.Contains(hf.OddHeader, "&G") {
		t.Errorf("header %+v does not print the logo", hf)
	}
}
