package prosessplan_test

import (
	"fmt"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// examplePlan is a small temaplan: a draft, a høring and the decision in
// the bystyre, after the eldreråd and formannskap.
func examplePlan(hearing int) *prosessplan.Plan {
	return &prosessplan.Plan{
		Title: "Boligplan 2018–2021", Type: prosessplan.Temaplan, Language: prosessplan.Bokmal,
		People: []prosessplan.Person{{ID: "pl", Name: "Kari Nordmann"}},
		Bodies: []prosessplan.Body{
			{ID: "eldre", Name: "Eldrerådet", Kind: prosessplan.ElderlyCouncil, NoticeDays: 10,
				Meetings: []prosessplan.Date{prosessplan.D(2017, 11, 20)}},
			{ID: "fsk", Name: "Formannskapet", Kind: prosessplan.ExecutiveBoard, NoticeDays: 14,
				Meetings: []prosessplan.Date{prosessplan.D(2017, 11, 22), prosessplan.D(2017, 11, 29)}},
			{ID: "bystyret", Name: "Bystyret", Kind: prosessplan.MunicipalCouncil, NoticeDays: 21,
				Meetings: []prosessplan.Date{prosessplan.D(2017, 12, 7)}},
		},
		Phases: []prosessplan.Phase{{ID: "3", Name: "Høring og vedtak", Activities: []prosessplan.Activity{
			{ID: "3.1", Name: "Skrive utkast", Purpose: "Samle innspillene i et planforslag.", Responsible: "pl",
				Kind: prosessplan.Work, Start: prosessplan.DayOf(prosessplan.D(2017, 8, 21)), Duration: prosessplan.Duration{N: 20, Unit: prosessplan.WorkingDays}},
			{ID: "3.2", Name: "Høring", Purpose: "La alle uttale seg.", Responsible: "pl", Kind: prosessplan.Hearing,
				Duration: prosessplan.Duration{N: hearing, Unit: prosessplan.Weeks}, After: []prosessplan.Dependency{{ID: "3.1"}}},
			{ID: "3.3", Name: "Sluttbehandling", Purpose: "Vedta planen.", Responsible: "pl", Kind: prosessplan.PoliticalDecision,
				After:    []prosessplan.Dependency{{ID: "3.2", Lag: prosessplan.Duration{N: 10, Unit: prosessplan.WorkingDays}}},
				Decision: &prosessplan.Decision{Kind: prosessplan.FinalDecision, Body: "bystyret", Route: []string{"eldre", "fsk"}}},
		}}},
	}
}

func ExampleNewSchedule() {
	s, problems := prosessplan.NewSchedule(examplePlan(6))
	fmt.Println(len(problems), "problems")
	for _, a := range s.Activities {
		fmt.Println(a.ID, a.Start, a.End, a.Critical)
	}
	for _, st := range s.Activity("3.3").Decision.Steps {
		fmt.Printf("%s: møte %s, saksfrist %s\n", st.Body.Name, st.Meeting, st.Deadline)
	}
	// Output:
	// 0 problems
	// 3.1 2017-08-21 2017-09-15 true
	// 3.2 2017-09-18 2017-10-30 true
	// 3.3 2017-12-07 2017-12-07 true
	// Eldrerådet: møte 2017-11-20, saksfrist 2017-11-10
	// Formannskapet: møte 2017-11-22, saksfrist 2017-11-08
	// Bystyret: møte 2017-12-07, saksfrist 2017-11-16
}

func ExampleCheck() {
	s, _ := prosessplan.NewSchedule(examplePlan(3))
	for _, p := range prosessplan.Check(s) {
		fmt.Printf("%s %s [%s]\n", p.Severity.Label(prosessplan.Nynorsk), p.Code, p.Activity)
		fmt.Println(p.Message(prosessplan.Nynorsk))
	}
	// Output:
	// råd PP-HEARING-SHORT [3.2]
	// Aktivitet 3.2: høyringa varer 22 dagar (2017-09-18–2017-10-09), men tilrådd for ein temaplan er minst 4 veker — forleng ho til minst 2017-10-16.
	// råd PP-STEP-MISSING []
	// Planen har ingen aktivitet for melding om oppstart (tilrådd) — legg han inn: Tilrådd: melding om oppstart som politisk sak, så kommunestyret eig arbeidet. Lova set ingen formelle krav til prosessen for ein temaplan.
}

func ExampleRulesFor() {
	r, _ := prosessplan.RulesFor(prosessplan.KommuneplanSamfunn)
	for _, st := range r.Steps {
		if st.Kind == prosessplan.Hearing {
			fmt.Println(st.Paragraph, st.MinDuration)
		}
	}
	// Output:
	// pbl § 11-13 6 uker
	// pbl § 11-14 6 uker
}

func ExampleCalendar_Holiday() {
	cal := prosessplan.NewCalendar(prosessplan.CalendarSettings{})
	for _, d := range []prosessplan.Date{prosessplan.D(2026, 5, 14), prosessplan.D(2026, 5, 15)} {
		name, ok := cal.Holiday(d, prosessplan.Nynorsk)
		fmt.Println(d, name, ok, cal.IsWorkingDay(d))
	}
	fmt.Println(prosessplan.Easter(2027))
	// Output:
	// 2026-05-14 Kristi himmelfartsdag true false
	// 2026-05-15  false true
	// 2027-03-28
}

func ExampleNewStarter() {
	p := prosessplan.NewStarter(prosessplan.Reguleringsplan, prosessplan.Bokmal, prosessplan.D(2026, 8, 17))
	_, problems := prosessplan.CheckPlan(p)
	for _, ph := range p.Phases {
		fmt.Println(ph.ID, ph.Name)
	}
	fmt.Println("errors:", problems.HasErrors())
	// Output:
	// 1 Oppstart
	// 2 Utredning og medvirkning
	// 3 Høring og offentlig ettersyn
	// 4 Sluttbehandling
	// errors: false
}

// A kommuneplan whose planprogram is made with the planstrategi (pbl
// § 10-1 third paragraph) gets the § 10-1 rules for the decision that
// fixes the planprogram.
func ExampleRulesForPlan() {
	p := &prosessplan.Plan{Type: prosessplan.KommuneplanSamfunn, WithStrategy: true}
	r, _ := prosessplan.RulesForPlan(p)
	for _, st := range r.Steps {
		if st.Paragraph == "pbl § 10-1" {
			fmt.Printf("%s: decision %q, within %d year(s)\n", st.Code, st.Decision, st.WithinYears)
		}
	}
	// Output:
	// planstrategi-offentlig: decision "", within 0 year(s)
	// planstrategi-vedtak: decision "fastsetting-av-planprogram", within 1 year(s)
}
