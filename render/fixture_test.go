package render_test

import (
	"testing"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// testPlan is a small Bodø-like temaplan written in Go, so the render
// tests do not depend on the example file.
func testPlan() *prosessplan.Plan {
	d := prosessplan.D
	t := prosessplan.DayOf
	return &prosessplan.Plan{
		Title:         "Boligplan 2018–2021",
		Municipality:  "Bodø kommune",
		Unit:          "Nærings- og utviklingsavdelingen, seksjon plan og samfunn",
		Type:          prosessplan.Temaplan,
		Language:      prosessplan.Bokmal,
		CaseNumber:    "2016/4711",
		CaseOfficer:   "pl",
		Version:       "1.0",
		Status:        prosessplan.Adopted,
		AdoptedBy:     "rlg",
		AdoptedDate:   d(2017, time.January, 31),
		Date:          d(2017, time.January, 31),
		Background:    []string{"Bodø kommune vedtok i bystyret 13. februar 2014 Bodøs første boligpolitiske handlingsplan (BPHP 2014-2017)."},
		Mandate:       []string{"Rullere boligpolitisk handlingsplan for perioden 2018–2021."},
		DesiredResult: "En omforent boligplan vedtatt i bystyret.",
		TargetAreas:   []string{"generell boligutvikling", "boligsosiale forhold", "organisering, samarbeide og kompetanse"},
		People: []prosessplan.Person{
			{ID: "pl", Name: "Kari Nordmann", Title: "prosjektleder"},
		},
		Groups: []prosessplan.Group{
			{ID: "pg", Name: "Prosjektgruppe", Kind: prosessplan.ProjectGroup, Responsibility: "Utarbeide planen", Leader: "pl",
				Members: []prosessplan.Member{{Person: "pl"}, {Name: "Ola Hansen", Organisation: "Seksjon for helse", Role: "rådgiver"}}},
			{ID: "ref1", Name: "Referansegruppe 1", Kind: prosessplan.ReferenceGroup, Responsibility: "Gi innspill",
				Members: []prosessplan.Member{{Organisation: "Husbanken"}, {Organisation: "Fylkesmannen i Nordland"}}},
		},
		Bodies: []prosessplan.Body{
			{ID: "rlg", Name: "Rådmannens ledergruppe", Kind: prosessplan.Administrative},
			{ID: "eld", Name: "Eldrerådet", Kind: prosessplan.ElderlyCouncil, NoticeDays: 14,
				Meetings: []prosessplan.Date{d(2017, 3, 6), d(2017, 11, 20)}},
			{ID: "komite", Name: "Komite for plan, næring og miljø", Kind: prosessplan.Committee, NoticeDays: 14,
				Meetings: []prosessplan.Date{d(2017, 3, 14), d(2017, 9, 12), d(2017, 11, 28)}},
			{ID: "bystyret", Name: "Bystyret", Kind: prosessplan.MunicipalCouncil, NoticeDays: 21,
				Meetings: []prosessplan.Date{d(2017, 3, 30), d(2017, 9, 21), d(2017, 12, 7)}},
		},
		Phases: []prosessplan.Phase{
			{ID: "1", Name: "Oppstart/planprogram", Activities: []prosessplan.Activity{
				{ID: "1.1", Name: "Oppstart av revisjonen", Purpose: "Sette i gang arbeidet", Responsible: "pl",
					Kind: prosessplan.Milestone, Start: t(d(2017, 1, 9)), Status: prosessplan.Done},
				{ID: "1.2", Name: "Prosessplan | utkast *1*", Purpose: "Gi oversikt over hvem, hva, når og hvorfor",
					Responsible: "pg", Participants: []string{"pg", "ref1"}, Kind: prosessplan.Work,
					Start: t(d(2017, 1, 10)), End: t(d(2017, 1, 27)), Deliverable: "Prosessplan", Status: prosessplan.Done},
				{ID: "1.3", Name: "Melding om oppstart som politisk sak", Purpose: "Forankre arbeidet politisk",
					Responsible: "pl", Kind: prosessplan.PoliticalDecision,
					After:    []prosessplan.Dependency{{ID: "1.2"}},
					Decision: &prosessplan.Decision{Kind: prosessplan.StartNotice, Body: "bystyret", Route: []string{"eld", "komite"}}},
			}},
			{ID: "2", Name: "Utredning/medvirkning", Activities: []prosessplan.Activity{
				{ID: "2.1", Name: "Folkemøte", Purpose: "Få innspill fra innbyggerne", Responsible: "pg",
					Kind: prosessplan.PublicMeeting, Start: prosessplan.At(d(2017, 4, 25), 18, 0), End: prosessplan.At(d(2017, 4, 25), 20, 30)},
				{ID: "2.2", Name: "Høring av planforslaget", Purpose: "Få uttalelser", Responsible: "pl",
					Kind: prosessplan.Hearing, Start: t(d(2017, 9, 25)), End: t(d(2017, 11, 6))},
				{ID: "2.3", Name: "Sluttbehandling i bystyret", Purpose: "Vedta planen", Responsible: "pl",
					Kind: prosessplan.PoliticalDecision, After: []prosessplan.Dependency{{ID: "2.2"}},
					Decision: &prosessplan.Decision{Kind: prosessplan.FinalDecision, Body: "bystyret", Route: []string{"eld", "komite"}}},
			}},
		},
		Participation: []prosessplan.Participation{
			{Who: "Innbyggere", How: "Folkemøte", Why: "Bred forankring", Activities: []string{"2.1"}},
		},
		SuccessFactors: []string{"Tilstrekkelig ressurstilgang."},
		Attachments:    []prosessplan.Attachment{{Title: "Mal for prosessplan"}},
	}
}

func testSchedule(t testing.TB) *prosessplan.Schedule {
	t.Helper()
	s, probs := prosessplan.NewSchedule(testPlan())
	if probs.HasErrors() {
		t.Fatalf("test plan does not schedule:\n%v", probs)
	}
	return s
}
