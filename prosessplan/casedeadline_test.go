package prosessplan

import (
	"strings"
	"testing"
)

// deadlinePlan is a small temaplan: work that ends on end, then a case
// through the eldreråd and formannskapet to the bystyre.
func deadlinePlan(end Date, meeting Date) *Plan {
	dec := &Decision{Kind: FinalDecision, Body: "bystyret", Route: []string{"eldre", "fsk"}, Meeting: meeting}
	return &Plan{
		Title: "Boligplan", Type: Temaplan, Language: Bokmal,
		People: []Person{{ID: "pl", Name: "Hanne Berg"}},
		Bodies: []Body{
			{ID: "eldre", Name: "Eldrerådet", Kind: ElderlyCouncil, NoticeDays: 10,
				Meetings: []Date{D(2017, 11, 20), D(2017, 11, 27), D(2017, 12, 4)}},
			{ID: "fsk", Name: "Formannskapet", Kind: ExecutiveBoard, NoticeDays: 14,
				Meetings: []Date{D(2017, 11, 22), D(2017, 11, 29), D(2017, 12, 6)}},
			{ID: "bystyret", Name: "Bystyret", Kind: MunicipalCouncil, NoticeDays: 21,
				Meetings: []Date{D(2017, 12, 7), D(2017, 12, 14), D(2018, 1, 25)}},
			{ID: "lg", Name: "Rådmannens ledergruppe", Kind: Administrative, NoticeDays: 7,
				Meetings: []Date{D(2017, 10, 31), D(2017, 11, 14), D(2017, 11, 28)}},
		},
		Phases: []Phase{{ID: "1", Name: "Sluttbehandling", Activities: []Activity{
			{ID: "1.1", Name: "Ferdigstille planforslag", Kind: Work, Responsible: "pl", Purpose: "Saken klar.",
				Start: DayOf(D(2017, 10, 30)), End: DayOf(end)},
			{ID: "1.2", Name: "Ledergruppa godkjenner planforslaget", Kind: Milestone, Responsible: "pl", Purpose: "Forankring.",
				After: []Dependency{{ID: "1.1"}}, Decision: &Decision{Kind: ProcessPlanApproval, Body: "lg"}},
			{ID: "1.3", Name: "Sluttbehandling", Kind: PoliticalDecision, Responsible: "pl", Purpose: "Vedta planen.",
				After: []Dependency{{ID: "1.1"}}, Decision: dec},
		}}},
	}
}

func TestDeadlineIsEarliestInSaksgang(t *testing.T) {
	// Formannskapet 29.11 wants the papers by 15.11, the bystyre 7.12 by
	// 16.11, the eldreråd 20.11 by 10.11: the case is due 10.11. With the
	// bystyre's three weeks against formannskapet's two, the last body's
	// deadline can come before an earlier body's.
	p := deadlinePlan(D(2017, 11, 3), D(2017, 12, 7))
	p.Bodies[0].NoticeDays = 3 // eldrerådet 27.11 → 24.11
	p.Bodies[1].Meetings = []Date{D(2017, 11, 22), D(2017, 11, 29)}
	s, ps := NewSchedule(p)
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	d := s.Activity("1.3").Decision
	var got []string
	for _, st := range d.Steps {
		got = append(got, st.Body.ID+" "+st.Meeting.String()+" "+st.Deadline.String())
	}
	want := "eldre 2017-11-27 2017-11-24, fsk 2017-11-29 2017-11-15, bystyret 2017-12-07 2017-11-16"
	if strings.Join(got, ", ") != want {
		t.Errorf("steps\n got %s\nwant %s", strings.Join(got, ", "), want)
	}
	if dl := d.Deadline(); dl != D(2017, 11, 15) {
		t.Errorf("Deadline() = %s, want 2017-11-15 (formannskapet's, the earliest)", dl)
	}
}

func TestSchedulerWaitsForThePreparations(t *testing.T) {
	// The work ends Friday 17.11. The eldreråd's meeting 20.11 has its
	// saksfrist 10.11 and 27.11 has 17.11; formannskapet 29.11 has 15.11,
	// so 6.12 (22.11); the bystyre 7.12 has 16.11, so 14.12 (23.11).
	s, ps := NewSchedule(deadlinePlan(D(2017, 11, 17), Date{}))
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	d := s.Activity("1.3").Decision
	var got []string
	for _, st := range d.Steps {
		got = append(got, st.Body.ID+" "+st.Meeting.String())
	}
	if want := "eldre 2017-11-27, fsk 2017-12-06, bystyret 2017-12-14"; strings.Join(got, ", ") != want {
		t.Errorf("steps %s, want %s", strings.Join(got, ", "), want)
	}
	if dl := d.Deadline(); dl.Before(D(2017, 11, 17)) {
		t.Errorf("deadline %s before the work ends", dl)
	}
}

func TestCheckCaseDeadline(t *testing.T) {
	// The bystyre's meeting is fixed at 7.12, so the route goes to the
	// last meetings before it; the bystyre's own saksfrist is 16.11,
	// before the work ends 17.11.
	s, _ := NewSchedule(deadlinePlan(D(2017, 11, 17), D(2017, 12, 7)))
	var found *Problem
	for _, p := range Check(s) {
		if p.Code == CodeCaseDeadline {
			found = &p
		}
	}
	if found == nil {
		t.Fatal("no PP-CASE-DEADLINE")
	}
	if found.Activity != "1.3" || found.Severity != SeverityWarning {
		t.Errorf("problem %+v", found)
	}
	for lang, want := range map[Language]string{
		Bokmal:  "Aktivitet 1.3: saksframlegget må være ferdig 2017-11-16, men aktivitet 1.1, som saken bygger på, er ferdig først 2017-11-17 — første møte som rekker saksfristen, er Bystyret 2017-12-14",
		Nynorsk: "første møtet som rekk saksfristen, er Bystyret 2017-12-14",
		English: "the first meeting that meets the deadline is Bystyret on 2017-12-14",
	} {
		if msg := found.Message(lang); !strings.Contains(msg, want) {
			t.Errorf("%s: %q does not contain %q", lang, msg, want)
		}
	}
	// Work that ends in time: no problem.
	s, _ = NewSchedule(deadlinePlan(D(2017, 11, 10), D(2017, 12, 7)))
	for _, p := range Check(s) {
		if p.Code == CodeCaseDeadline {
			t.Errorf("work done 10.11, case due 10.11 or later: %s", p.Message(Bokmal))
		}
	}
}

func TestAdministrativeDecision(t *testing.T) {
	s, ps := NewSchedule(deadlinePlan(D(2017, 11, 3), Date{}))
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	for _, d := range s.Decisions {
		if d.Activity.ID == "1.2" {
			t.Error("the leader group's approval is among the political decisions")
		}
	}
	a := s.Activity("1.2")
	if a.Decision != nil || a.AdminDecision == nil || len(s.AdminDecisions) != 1 {
		t.Fatalf("activity 1.2: Decision %v, AdminDecision %v, AdminDecisions %d", a.Decision, a.AdminDecision, len(s.AdminDecisions))
	}
	if a.Start.Date != D(2017, 11, 14) {
		t.Errorf("approval on %s, want the leader group's meeting 2017-11-14", a.Start.Date)
	}
	if !s.Plan.IsAdministrative(a.Activity.Decision) || s.Plan.IsAdministrative(s.Activity("1.3").Activity.Decision) {
		t.Error("IsAdministrative")
	}
	for _, p := range Check(s) {
		if p.Activity == "1.2" {
			t.Errorf("problem on the administrative decision: %s %s", p.Code, p.Message(Bokmal))
		}
	}
}

// An older plan file writes the approval in the leader group as a
// politisk-behandling; it still reads, and is still administrative.
func TestAdministrativeDecisionOldForm(t *testing.T) {
	p := deadlinePlan(D(2017, 11, 3), Date{})
	p.Phases[0].Activities[1].Kind = PoliticalDecision
	s, ps := NewSchedule(p)
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if a := s.Activity("1.2"); a.Decision != nil || a.AdminDecision == nil {
		t.Errorf("politisk-behandling with an administrative body: Decision %v, AdminDecision %v", a.Decision, a.AdminDecision)
	}
	for _, pr := range Check(s) {
		if pr.Activity == "1.2" {
			t.Errorf("problem on the administrative decision: %s", pr.Code)
		}
	}
}
