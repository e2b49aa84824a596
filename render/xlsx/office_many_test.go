package xlsx

import (
	"os"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// TestOffice opens every kind of workbook the package writes in one
// LibreOffice start (starting it costs seconds a file) and checks what it
// prints: the words, the symbols of the bars (conditional number formats,
// so printing them proves the bars are drawn), clock times, the problems
// of a draft, and user text starting with = as text.
func TestOffice(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	type officeCase struct {
		s      *prosessplan.Schedule
		opts   render.Options
		name   string
		expect []string
	}
	bodo := schedule(t, examples.Bodo())
	inject := examples.Bodo()
	a := inject.Activities()[0]
	a.Name = "=SUM(A1)"
	a.Purpose = "+47 75 55 50 00"
	a.Deliverable = "@prosjektleder"
	inject.Title = "-Boligplan & co <2018>"
	empty, _ := prosessplan.NewSchedule(&prosessplan.Plan{Title: "Ny plan", Municipality: "Æsøy kommune",
		Language: prosessplan.Nynorsk, Phases: []prosessplan.Phase{{ID: "1", Name: "Oppstart"}}})
	draft := prosessplan.Problems{{
		Code: "PP-HEARING-SHORT", Severity: prosessplan.SeverityWarning, Activity: "3.4",
		Text: map[prosessplan.Language]string{prosessplan.Bokmal: "Høringen er kortere enn seks uker — forleng den til 27. oktober."},
	}}
	// By day the whole Bodø plan prints on 36 pages, a third of the
	// batch's time; its first phase, to the first decision, shows the same.
	start := examples.Bodo()
	start.Phases = start.Phases[:1]
	symbols := []string{"◆", "▲", "●"}
	cases := []officeCase{
		{schedule(t, plantest.Generate(20)), render.Options{}, "plan.xlsx", []string{"Framdrift", "Bjørkåsen kommune", "Åse Øvrebø"}},
		{bodo, render.Options{Language: prosessplan.Bokmal}, "bodo-nb.xlsx", append([]string{"Framdrift", "Høring", "Tegnforklaring", "Aktivitet", "Status", "Ansvarlig", "Bodø kommune", "Side 1 av", "Politisk behandling", "Møtedato", "Styringsgruppe", "Hensikt", "Leveranse", "Kritisk"}, symbols...)},
		{bodo, render.Options{Language: prosessplan.Nynorsk}, "bodo-nn.xlsx", append([]string{"Framdrift", "Høyring", "Teiknforklaring", "Aktivitet", "Ansvarleg", "Medverknad"}, symbols...)},
		{bodo, render.Options{Language: prosessplan.English}, "bodo-en.xlsx", append([]string{"Schedule", "Consultation", "Legend", "Activity", "Responsible", "Page 1 of", "Critical"}, symbols...)},
		{schedule(t, workshop()), render.Options{}, "verksted.xlsx", []string{"Arbeidsverksted om målområder", "09:00", "09:15", "10:15", "Gruppearbeid: hva er viktigst?", "★"}},
		{schedule(t, start), render.Options{Granularity: render.ByDay}, "bodo-day.xlsx", []string{"Framdrift", "Tegnforklaring", "◆"}},
		{bodo, render.Options{Granularity: render.ByMonth}, "bodo-month.xlsx", []string{"Framdrift", "Tegnforklaring", "◆"}},
		{empty, render.Options{}, "tom.xlsx", []string{"Ny plan", "Æsøy kommune", "Teiknforklaring"}},
		{bodo, render.Options{Problems: draft}, "utkast.xlsx", []string{"Kontroll", "Høringen er kortere enn seks uker — forleng den til 27. oktober.", "advarsel"}},
		{schedule(t, inject), render.Options{}, "inject.xlsx", []string{"=SUM(A1)", "+47 75 55 50 00", "@prosjektleder", "-Boligplan & co <2018>"}},
	}
	if logo, err := os.ReadFile("../../examples/bodo-logo.png"); err == nil {
		prof := render.DefaultProfile("Bodø kommune")
		prof.Logo = logo
		cases = append(cases, officeCase{bodo, render.Options{Profile: &prof}, "logo.xlsx", []string{"Framdrift", "Bodø kommune"}})
	}
	var paths []string
	for _, c := range cases {
		path, _ := writeFile(t, c.s, c.opts, c.name)
		paths = append(paths, path)
	}
	texts := validate.OfficeMany(t, paths)
	for i, c := range cases {
		txt := texts[paths[i]]
		for _, w := range c.expect {
			if !strings.Contains(txt, w) {
				t.Errorf("%s: LibreOffice's print lacks %q", c.name, w)
			}
		}
	}
}
