package prosessplan

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// testMeetings returns the meetings of a body on weekday wd of even (or
// odd) ISO weeks of 2026, outside July, Christmas and Easter week.
func testMeetings(wd time.Weekday, even bool) []Date {
	cal := NewCalendar(CalendarSettings{})
	var out []Date
	for d := D(2026, 1, 1); d.Year == 2026; d = d.AddDays(1) {
		_, w := d.ISOWeek()
		if d.Weekday() != wd || (w%2 == 0) != even || !cal.IsWorkingDay(d) ||
			cal.InSummerHoliday(d) || InChristmas(d) || InEasterWeek(d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

var councilRoute = []string{"eldre", "rpf", "ungdom", "fsk"}

// checkPlan returns a kommunedelplan that schedules and checks without
// any problem: planprogram on høring and fixed, the proposal on høring
// and adopted by the council.
func checkPlan() *Plan {
	act := func(id, name string, kind ActivityKind) Activity {
		return Activity{ID: id, Name: name, Kind: kind, Responsible: "pl", Purpose: "Fordi loven krever det.", Status: NotStarted}
	}
	a11 := act("1.1", "Utarbeide planprogram", Work)
	a11.Start, a11.Duration = DayOf(D(2026, 1, 5)), Duration{10, WorkingDays}
	a12 := act("1.2", "Melding om oppstart og høring av planprogram", PoliticalDecision)
	a12.After = []Dependency{{ID: "1.1"}}
	a12.Decision = &Decision{Kind: StartNotice, Body: "ks", Route: councilRoute}
	a13 := act("1.3", "Høring av planprogram", Hearing)
	a13.After, a13.Duration = []Dependency{{ID: "1.2"}}, Duration{6, Weeks}
	a14 := act("1.4", "Fastsetting av planprogram", PoliticalDecision)
	a14.After = []Dependency{{ID: "1.3"}}
	a14.Decision = &Decision{Kind: PlanProgramFixing, Body: "ks", Route: councilRoute}
	a21 := act("2.1", "Skrive planforslag", Work)
	a21.After, a21.Duration = []Dependency{{ID: "1.4"}}, Duration{10, WorkingDays}
	a22 := act("2.2", "Utlegging av planforslaget til høring", PoliticalDecision)
	a22.After = []Dependency{{ID: "2.1"}}
	a22.Decision = &Decision{Kind: HearingDecision, Body: "ks", Route: councilRoute, Hearing: "2.3"}
	a23 := act("2.3", "Høring og offentlig ettersyn", Hearing)
	a23.After, a23.Duration = []Dependency{{ID: "2.2"}}, Duration{6, Weeks}
	a24 := act("2.4", "Sluttbehandling", PoliticalDecision)
	a24.After = []Dependency{{ID: "2.3"}}
	a24.Decision = &Decision{Kind: FinalDecision, Body: "ks", Route: councilRoute}
	return &Plan{
		Title: "Kommunedelplan for idrett og fysisk aktivitet", Municipality: "Trysil kommune",
		Type: Kommunedelplan, Language: Nynorsk,
		People: []Person{{ID: "pl", Name: "Åse Ødegård"}},
		// No saksfrist (notice days): the dates these tests assert follow
		// from the activities alone. Placement after the saksfrist has
		// tests of its own (TestCaseDeadline…).
		Bodies: []Body{
			{ID: "eldre", Name: "Eldrerådet", Kind: ElderlyCouncil, Meetings: testMeetings(time.Monday, true)},
			{ID: "rpf", Name: "Rådet for personar med funksjonsnedsetjing", Kind: DisabilityCouncil, Meetings: testMeetings(time.Tuesday, true)},
			{ID: "ungdom", Name: "Ungdomsrådet", Kind: YouthCouncil, Meetings: testMeetings(time.Wednesday, true)},
			{ID: "fsk", Name: "Formannskapet", Kind: ExecutiveBoard, Meetings: testMeetings(time.Thursday, true)},
			{ID: "ks", Name: "Kommunestyret", Kind: MunicipalCouncil, Meetings: testMeetings(time.Thursday, false)},
		},
		Phases: []Phase{
			{ID: "1", Name: "Planprogram", Activities: []Activity{a11, a12, a13, a14}},
			{ID: "2", Name: "Planforslag", Activities: []Activity{a21, a22, a23, a24}},
		},
	}
}

func TestCheckCleanPlan(t *testing.T) {
	s, ps := NewSchedule(checkPlan())
	ps = append(ps, Check(s)...)
	for _, p := range ps {
		t.Errorf("%s %s", p.Code, p.Message(Bokmal))
	}
	for _, a := range s.Activities {
		t.Logf("%s %s–%s", a.ID, a.Start, a.End)
	}
}

// strategyPlan returns a planstrategi: the draft public for 30 days, then
// adopted by the council within a year of its constitution.
func strategyPlan() *Plan {
	p := checkPlan()
	p.Type = Planstrategi
	p.CouncilConstituted = D(2025, 10, 20)
	p.Phases = []Phase{{ID: "1", Name: "Planstrategi", Activities: []Activity{
		{ID: "1.1", Name: "Forslag til planstrategi offentleg", Kind: Hearing, Responsible: "pl", Purpose: "Pbl § 10-1.",
			Start: DayOf(D(2026, 1, 6)), Duration: Duration{30, Days}},
		{ID: "1.2", Name: "Vedtak av planstrategi", Kind: PoliticalDecision, Responsible: "pl", Purpose: "Pbl § 10-1.",
			After:    []Dependency{{ID: "1.1"}},
			Decision: &Decision{Kind: FinalDecision, Body: "ks", Route: councilRoute}},
	}}}
	return p
}

// activityOf returns the activity id of p for a test to change.
func activityOf(p *Plan, id string) *Activity {
	a := p.Activity(id)
	if a == nil {
		panic("no activity " + id)
	}
	return a
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		plan   func() *Plan
		change func(*Schedule) // changes the schedule before Check, when set
		code   string          // the problem expected; "" for none of absent
		sev    Severity
		act    string
		nb, nn string // parts of the messages
		absent []string
	}{
		{name: "clean plan", plan: checkPlan, absent: []string{CodeEndBeforeStart, CodeHearingShort, CodeStepMissing, CodeCouncilMissing}},
		{
			name: "end before start",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "1.1")
				a.Start, a.End = DayOf(D(2026, 1, 16)), DayOf(D(2026, 1, 5))
				return p
			},
			code: CodeEndBeforeStart, sev: SeverityError, act: "1.1",
			nb: "Aktivitet 1.1 slutter (2026-01-05) før den starter (2026-01-16)",
			nn: "Aktivitet 1.1 sluttar (2026-01-05) før han startar (2026-01-16)",
		},
		{
			name: "start before predecessor",
			plan: func() *Plan {
				p := checkPlan()
				activityOf(p, "2.1").Start = DayOf(D(2026, 3, 20))
				return p
			},
			code: CodeBeforePredecessor, sev: SeverityError, act: "2.1",
			nb: "Aktivitet 2.1 starter 2026-03-20, før aktivitet 1.4 som den kommer etter er ferdig (2026-03-26)",
		},
		{
			name: "start on the predecessor's last day is allowed",
			plan: func() *Plan {
				p := checkPlan()
				activityOf(p, "2.1").Start = DayOf(D(2026, 3, 26))
				return p
			},
			absent: []string{CodeBeforePredecessor},
		},
		{
			name: "start before predecessor plus lag",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.1")
				a.Start = DayOf(D(2026, 3, 30))
				a.After[0].Lag = Duration{1, Weeks}
				return p
			},
			code: CodeBeforePredecessor, sev: SeverityError, act: "2.1",
		},
		{
			name: "no name", code: CodeNoName, sev: SeverityWarning, act: "2.1",
			plan: func() *Plan { p := checkPlan(); activityOf(p, "2.1").Name = " "; return p },
			nb:   "Aktivitet 2.1 har ikke noe navn",
		},
		{
			name: "no responsible", code: CodeNoResponsible, sev: SeverityWarning, act: "1.3",
			plan: func() *Plan { p := checkPlan(); activityOf(p, "1.3").Responsible = ""; return p },
			nb:   "Aktivitet 1.3 mangler ansvarlig", nn: "Aktivitet 1.3 manglar ansvarleg",
		},
		{
			name: "no purpose", code: CodeNoPurpose, sev: SeverityWarning, act: "1.3",
			plan: func() *Plan { p := checkPlan(); activityOf(p, "1.3").Purpose = ""; return p },
			nb:   "Aktivitet 1.3 mangler hensikt", nn: "Aktivitet 1.3 manglar føremål",
		},
		{
			name: "proposal høring too short", code: CodeHearingShort, sev: SeverityError, act: "2.3",
			plan: func() *Plan { p := checkPlan(); activityOf(p, "2.3").Duration = Duration{5, Weeks}; return p },
			nb:   "høringen varer 35 dager (2026-05-08–2026-06-11), men pbl § 11-14 krever minst 6 uker — forleng den til minst 2026-06-18",
			nn:   "pbl § 11-14 krev minst 6 veker",
		},
		{
			name: "planprogram høring too short", code: CodeHearingShort, sev: SeverityError, act: "1.3",
			plan: func() *Plan { p := checkPlan(); activityOf(p, "1.3").Duration = Duration{40, Days}; return p },
			nb:   "pbl § 11-13 krever minst 6 uker",
		},
		{
			name: "høring one day short", code: CodeHearingShort, sev: SeverityError, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.End, a.After = DayOf(D(2026, 5, 11)), DayOf(D(2026, 6, 20)), nil
				return p
			},
		},
		{
			name: "høring of exactly six weeks",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.End, a.After = DayOf(D(2026, 5, 11)), DayOf(D(2026, 6, 21)), nil
				return p
			},
			absent: []string{CodeHearingShort},
		},
		{
			name: "temaplan høring short is advice", code: CodeHearingShort, sev: SeverityAdvice, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				p.Type = Temaplan
				activityOf(p, "2.3").Duration = Duration{3, Weeks}
				return p
			},
			nb: "anbefalt for en temaplan er minst 4 uker", nn: "tilrådd for ein temaplan er minst 4 veker",
		},
		{
			name: "temaplan høring of four weeks",
			plan: func() *Plan {
				p := checkPlan()
				p.Type = Temaplan
				activityOf(p, "2.3").Duration = Duration{4, Weeks}
				return p
			},
			absent: []string{CodeHearingShort, CodeStepMissing},
		},
		{
			name: "statutory step missing", code: CodeStepMissing, sev: SeverityWarning,
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "1.2")
				a.Kind, a.Decision = Milestone, nil
				return p
			},
			nb: "Planen har ingen aktivitet for melding om oppstart (pbl § 11-12)",
		},
		{
			name: "second høring missing", code: CodeStepMissing, sev: SeverityWarning,
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "1.3")
				a.Kind = Work
				return p
			},
			nb: "ingen aktivitet for høring og offentlig ettersyn (pbl § 11-14)",
		},
		{
			name: "temaplan recommended step missing is advice", code: CodeStepMissing, sev: SeverityAdvice,
			plan: func() *Plan {
				p := checkPlan()
				p.Type = Temaplan
				a := activityOf(p, "1.2")
				a.Kind, a.Decision = Milestone, nil
				return p
			},
			nb: "Planen har ingen aktivitet for melding om oppstart (anbefalt)",
		},
		{
			name: "final decision delegated", code: CodeDecisionBody, sev: SeverityError, act: "2.4",
			plan: func() *Plan {
				p := checkPlan()
				d := activityOf(p, "2.4").Decision
				d.Body, d.Route = "fsk", []string{"eldre", "rpf", "ungdom"}
				return p
			},
			nb: "sluttbehandling skal vedtas av kommunestyre selv (pbl § 11-15), ikke av Formannskapet",
		},
		{
			name:   "planstrategi in time",
			plan:   strategyPlan,
			absent: []string{CodeStrategyLate, CodeDraftLate, CodeFinalBeforeHearing, CodeStepMissing, CodeNoCouncilDate},
		},
		{
			name: "planstrategi late", code: CodeStrategyLate, sev: SeverityError, act: "1.2",
			plan: func() *Plan { p := strategyPlan(); p.CouncilConstituted = D(2024, 10, 21); return p },
			nb:   "vedtaket 2026-02-26 er senere enn 2025-10-21, ett år etter at kommunestyret ble konstituert 2024-10-21 (pbl § 10-1)",
			nn:   "eitt år etter at kommunestyret vart konstituert",
		},
		{
			name: "planstrategi without the council's date", code: CodeNoCouncilDate, sev: SeverityAdvice, act: "1.2",
			plan: func() *Plan { p := strategyPlan(); p.CouncilConstituted = Date{}; return p },
			nb:   "Planen sier ikke når kommunestyret ble konstituert, så fristen i pbl § 10-1 kan ikke kontrolleres",
			nn:   "Planen seier ikkje når kommunestyret vart konstituert",
		},
		{
			name: "planstrategi draft public too late", code: CodeDraftLate, sev: SeverityError, act: "1.2",
			plan: func() *Plan {
				p := strategyPlan()
				a := activityOf(p, "1.1")
				a.Start, a.Duration = DayOf(D(2026, 1, 20)), Duration{14, Days}
				activityOf(p, "1.2").Decision.Meeting = D(2026, 2, 12)
				return p
			},
			nb: "forslaget er offentlig først 2026-01-20, men skal være offentlig minst 30 dager før behandlingen 2026-02-12 (pbl § 10-1) — legg det ut senest 2026-01-13",
		},
		{
			name: "planstrategi draft never public", code: CodeDraftLate, sev: SeverityError, act: "1.2",
			plan: func() *Plan {
				p := strategyPlan()
				activityOf(p, "1.1").Kind = Work
				return p
			},
			nb: "forslaget er ikke gjort offentlig",
		},
		{
			name: "final decision during the høring", code: CodeFinalBeforeHearing, sev: SeverityError, act: "2.4",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.4")
				a.After = nil
				a.Decision.Meeting = D(2026, 6, 11)
				return p
			},
			nb: "sluttbehandlingen 2026-06-11 er før høringen 2.3 er over (2026-06-18)",
			nn: "sluthandsaminga 2026-06-11 er før høyringa 2.3 er over",
		},
		{
			name: "decision without a meeting", code: CodeNoMeeting, sev: SeverityError, act: "2.4",
			plan: func() *Plan {
				p := checkPlan()
				ks := p.Body("ks")
				ks.Meetings = ks.Meetings[:10]
				return p
			},
			nb: "Kommunestyret har ikke noe passende møte",
		},
		{
			name: "council left out", code: CodeCouncilMissing, sev: SeverityWarning, act: "1.2",
			plan: func() *Plan {
				p := checkPlan()
				activityOf(p, "1.2").Decision.Route = []string{"eldre", "rpf", "fsk"}
				return p
			},
			nb: "Aktivitet 1.2: Ungdomsrådet skal behandle saken (melding om oppstart) før Kommunestyret, men står ikke i saksgangen",
			nn: "Ungdomsrådet skal handsame saka",
		},
		{
			name: "briefing need not go to the councils",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[0].Activities = append(p.Phases[0].Activities, Activity{ID: "1.5", Name: "Orientering", Kind: PoliticalDecision,
					Responsible: "pl", Purpose: "Informere.", After: []Dependency{{ID: "1.4"}}, Decision: &Decision{Kind: Briefing, Body: "fsk"}})
				return p
			},
			absent: []string{CodeCouncilMissing},
		},
		{
			name: "council on the day of the decision", code: CodeCouncilSameDay, sev: SeverityWarning, act: "2.4",
			plan: checkPlan,
			change: func(s *Schedule) {
				d := s.Activity("2.4").Decision
				d.Steps[2].Meeting = d.Meeting()
			},
			nb: "Aktivitet 2.4: Ungdomsrådet møtes 2026-08-13, samme dag som eller etter vedtaket i Kommunestyret",
		},
		{
			name: "høring before the decision to hold it", code: CodeHearingEarly, sev: SeverityError, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.After = DayOf(D(2026, 5, 4)), nil
				return p
			},
			nb: "Aktivitet 2.3: høringen starter 2026-05-04, men vedtaket om å legge planen ut (aktivitet 2.2) er 2026-05-07",
			nn: "høyringa startar 2026-05-04, men vedtaket om å leggje planen ut",
		},
		{
			name: "høring before the decision in a temaplan is advice", code: CodeHearingEarly, sev: SeverityAdvice, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				p.Type = Temaplan
				a := activityOf(p, "2.3")
				a.Start, a.After = DayOf(D(2026, 5, 7)), nil
				return p
			},
		},
		{
			name: "høring after the decision", plan: checkPlan, absent: []string{CodeHearingEarly},
		},
		{
			name: "høring over the summer", code: CodeHearingHoliday, sev: SeverityWarning, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.Duration = DayOf(D(2026, 6, 22)), Duration{6, Weeks}
				return p
			},
			nb: "høringen går over fellesferien (31 dager) — forleng fristen",
			nn: "høyringa går over fellesferien (31 dagar)",
		},
		{
			// 13 weeks with July in them leave more than the 6 weeks
			// the law asks for: no advice to add the summer's days.
			name: "long høring over the summer", absent: []string{CodeHearingHoliday},
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.Duration = DayOf(D(2026, 6, 1)), Duration{13, Weeks}
				return p
			},
		},
		{
			name: "høring over Christmas", code: CodeHearingHoliday, sev: SeverityWarning, act: "1.3",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases = p.Phases[:1]
				p.Phases[0].Activities = []Activity{{ID: "1.3", Name: "Høring", Kind: Hearing, Responsible: "pl", Purpose: "Høre.",
					Start: DayOf(D(2025, 12, 1)), End: DayOf(D(2026, 1, 16))}}
				return p
			},
			nb: "høringen går over jule- og nyttårshelgen (14 dager)",
			nn: "jule- og nyttårshelga (14 dagar)",
		},
		{
			name: "meeting in the summer", code: CodeMeetingHoliday, sev: SeverityWarning, act: "2.5",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Folkemøte", Kind: PublicMeeting,
					Responsible: "pl", Purpose: "Medverknad.", Start: DayOf(D(2026, 7, 8))})
				return p
			},
			nb: "Aktivitet 2.5 (folkemøte) er onsdag 2026-07-08, i fellesferien — flytt den",
			nn: "Aktivitet 2.5 (folkemøte) er onsdag 2026-07-08, i fellesferien — flytt han",
		},
		{
			name: "workshop in Easter week", code: CodeMeetingHoliday, sev: SeverityWarning, act: "2.5",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Verkstad", Kind: Workshop,
					Responsible: "pl", Purpose: "Medverknad.", Start: DayOf(D(2026, 3, 31))})
				return p
			},
			nb: "i påskeuka",
		},
		{
			name: "meeting in August",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Folkemøte", Kind: PublicMeeting,
					Responsible: "pl", Purpose: "Medverknad.", Start: DayOf(D(2026, 8, 3))})
				return p
			},
			absent: []string{CodeMeetingHoliday},
		},
		{
			name: "deadline on a holiday", code: CodeNotWorkingDay, sev: SeverityWarning, act: "2.5",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Frist for innspel", Kind: Deadline,
					Responsible: "pl", Purpose: "Innspel.", Start: DayOf(D(2026, 5, 14))})
				return p
			},
			nb: "Aktivitet 2.5: frist faller på torsdag 2026-05-14 (Kristi himmelfartsdag) — flytt til en virkedag, for eksempel fredag 2026-05-15",
			nn: "Aktivitet 2.5: frist fell på torsdag 2026-05-14 (Kristi himmelfartsdag) — flytt til ein vyrkedag, til dømes fredag 2026-05-15",
		},
		{
			name: "milestone on a Saturday", code: CodeNotWorkingDay, sev: SeverityWarning, act: "2.5",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Ferdig", Kind: Milestone,
					Responsible: "pl", Purpose: "Markere.", Start: DayOf(D(2026, 9, 5))})
				return p
			},
			nb: "milepæl faller på lørdag 2026-09-05 (helg)",
			nn: "milestolpe fell på laurdag 2026-09-05 (helg)",
		},
		{
			name: "høringsfrist on a Sunday", code: CodeNotWorkingDay, sev: SeverityWarning, act: "2.3",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "2.3")
				a.Start, a.End, a.After = DayOf(D(2026, 5, 11)), DayOf(D(2026, 6, 21)), nil
				return p
			},
			nb: "høringsfristen faller på søndag 2026-06-21",
		},
		{
			name: "milestone on a working day",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Ferdig", Kind: Milestone,
					Responsible: "pl", Purpose: "Markere.", Start: DayOf(D(2026, 9, 4))})
				return p
			},
			absent: []string{CodeNotWorkingDay},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := NewSchedule(tt.plan())
			if tt.change != nil {
				tt.change(s)
			}
			ps := Check(s)
			for _, p := range ps {
				for _, l := range languages {
					if p.Text[l] == "" {
						t.Errorf("%s has no %s text", p.Code, l)
					}
				}
				if slices := tt.absent; strings.Contains(strings.Join(slices, " "), p.Code) {
					t.Errorf("unexpected %s: %s", p.Code, p.Message(Bokmal))
				}
			}
			if tt.code == "" {
				return
			}
			var got *Problem
			for i := range ps {
				if ps[i].Code == tt.code {
					got = &ps[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s in\n%v", tt.code, ps)
			}
			if got.Severity != tt.sev || got.Activity != tt.act {
				t.Errorf("%s: severity %v, activity %q; want %v, %q", tt.code, got.Severity, got.Activity, tt.sev, tt.act)
			}
			if !strings.Contains(got.Message(Bokmal), tt.nb) {
				t.Errorf("nb message\n %s\ndoes not contain\n %s", got.Message(Bokmal), tt.nb)
			}
			if !strings.Contains(got.Message(Nynorsk), tt.nn) {
				t.Errorf("nn message\n %s\ndoes not contain\n %s", got.Message(Nynorsk), tt.nn)
			}
		})
	}
}

func TestCheckOrder(t *testing.T) {
	p := checkPlan()
	activityOf(p, "1.1").Pos = Pos{File: "plan.yaml", Line: 30}
	activityOf(p, "1.1").Purpose = ""
	activityOf(p, "2.3").Pos = Pos{File: "plan.yaml", Line: 80}
	activityOf(p, "2.3").Duration = Duration{5, Weeks}
	activityOf(p, "1.3").Pos = Pos{File: "plan.yaml", Line: 50}
	activityOf(p, "1.3").Responsible = ""
	s, _ := NewSchedule(p)
	var got []string
	for _, q := range Check(s) {
		got = append(got, q.Format(Bokmal)[:len("plan.yaml:NN:")]+" "+q.Code)
	}
	want := "plan.yaml:80: PP-HEARING-SHORT plan.yaml:30: PP-NO-PURPOSE plan.yaml:50: PP-NO-RESPONSIBLE"
	if strings.Join(got, " ") != want {
		t.Errorf("order\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestCheckPlanMergesProblems(t *testing.T) {
	p := checkPlan()
	ks := p.Body("ks")
	ks.Meetings = ks.Meetings[:10]
	activityOf(p, "2.1").Purpose = ""
	_, ps := CheckPlan(p)
	var codes []string
	for _, q := range ps {
		codes = append(codes, q.Code+" "+q.Activity)
	}
	// 2.4 lacks a meeting: reported once though NewSchedule and Check both see it.
	want := "PP-NO-MEETING 2.4 PP-NO-PURPOSE 2.1"
	if strings.Join(codes, ", ") != strings.ReplaceAll(want, " PP", ", PP") {
		t.Errorf("CheckPlan codes %q, want %q", strings.Join(codes, ", "), want)
	}
}

// TestCheckPhaseSpan checks activities against their phase's planned span.
// In checkPlan phase 1 runs 2026-01-05–2026-03-26 and phase 2
// 2026-03-27–2026-08-13.
func TestCheckPhaseSpan(t *testing.T) {
	tests := []struct {
		name       string
		span       func(p *Plan)
		want       []string // "code activity" of the phase problems, in order
		nb, nn, en string   // parts of the first problem's messages
	}{
		{name: "no planned span", span: func(p *Plan) {}},
		{name: "span that fits exactly", span: func(p *Plan) {
			p.Phases[0].Start, p.Phases[0].End = D(2026, 1, 5), D(2026, 3, 26)
			p.Phases[1].Start, p.Phases[1].End = D(2026, 3, 27), D(2026, 8, 13)
		}},
		{name: "wider span", span: func(p *Plan) {
			p.Phases[0].Start, p.Phases[0].End = D(2026, 1, 1), D(2026, 4, 30)
		}},
		{name: "only a start, activities after it", span: func(p *Plan) { p.Phases[1].Start = D(2026, 3, 1) }},
		{name: "only an end, activities before it", span: func(p *Plan) { p.Phases[0].End = D(2026, 3, 26) }},
		{
			name: "activity before the phase starts",
			span: func(p *Plan) { p.Phases[0].Start = D(2026, 1, 12) },
			want: []string{"PP-OUTSIDE-PHASE 1.1"},
			nb:   "Aktivitet 1.1 starter 2026-01-05, før fase 1 «Planprogram» begynner (2026-01-12) — flytt aktiviteten",
			nn:   "Aktivitet 1.1 startar 2026-01-05, før fase 1 «Planprogram» byrjar (2026-01-12) — flytt aktiviteten",
			en:   "Activity 1.1 starts on 2026-01-05, before phase 1 \"Planprogram\" begins (2026-01-12) — move the activity",
		},
		{
			name: "activity after the phase ends",
			span: func(p *Plan) { p.Phases[1].Start, p.Phases[1].End = D(2026, 3, 27), D(2026, 6, 30) },
			want: []string{"PP-OUTSIDE-PHASE 2.4"},
			nb:   "Aktivitet 2.4 slutter 2026-08-13, etter at fase 2 «Planforslag» er over (2026-06-30) — forkort eller flytt aktiviteten",
			nn:   "Aktivitet 2.4 sluttar 2026-08-13, etter at fase 2 «Planforslag» er over (2026-06-30)",
			en:   "Activity 2.4 ends on 2026-08-13, after phase 2 \"Planforslag\" is over (2026-06-30)",
		},
		{
			name: "a week as the planned end is its Friday",
			span: func(p *Plan) { p.Phases[1].End = D(2026, 6, 19) }, // uke 25 2026
			want: []string{"PP-OUTSIDE-PHASE 2.4"},
		},
		{
			name: "activity over both ends, and others after",
			span: func(p *Plan) { p.Phases[0].Start, p.Phases[0].End = D(2026, 1, 6), D(2026, 1, 15) },
			want: []string{"PP-OUTSIDE-PHASE 1.1", "PP-OUTSIDE-PHASE 1.2", "PP-OUTSIDE-PHASE 1.3", "PP-OUTSIDE-PHASE 1.4"},
			nb:   "Aktivitet 1.1 går fra 2026-01-05 til 2026-01-16, utover både starten og slutten av fase 1 «Planprogram» (2026-01-06–2026-01-15)",
			nn:   "Aktivitet 1.1 går frå 2026-01-05 til 2026-01-16",
			en:   "Activity 1.1 runs from 2026-01-05 to 2026-01-16, beyond both the start and the end of phase 1 \"Planprogram\"",
		},
		{
			name: "phase ends before it starts",
			span: func(p *Plan) { p.Phases[1].Start, p.Phases[1].End = D(2026, 8, 31), D(2026, 3, 1) },
			want: []string{"PP-PHASE-END-BEFORE-START "},
			nb:   "Fase 2 «Planforslag» slutter (2026-03-01) før den starter (2026-08-31) — rett start- eller sluttdatoen for fasen.",
			nn:   "Fase 2 «Planforslag» sluttar (2026-03-01) før han startar (2026-08-31)",
			en:   "Phase 2 \"Planforslag\" ends (2026-03-01) before it starts (2026-08-31) — correct the phase's start or end date.",
		},
		{
			name: "phase without an id is named by its name",
			span: func(p *Plan) { p.Phases[0].ID = ""; p.Phases[0].Start = D(2026, 1, 12) },
			want: []string{"PP-OUTSIDE-PHASE 1.1"},
			nb:   "før fase «Planprogram» begynner",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checkPlan()
			for i := range p.Phases {
				p.Phases[i].Pos = Pos{File: "plan.yaml", Line: 10 * (i + 1)}
			}
			tt.span(p)
			s, _ := NewSchedule(p)
			var got []string
			var first *Problem
			ps := Check(s)
			for i, q := range ps {
				if q.Code != CodeOutsidePhase && q.Code != CodePhaseEndBeforeStart {
					t.Errorf("unexpected %s: %s", q.Code, q.Message(Bokmal))
					continue
				}
				got = append(got, q.Code+" "+q.Activity)
				if first == nil {
					first = &ps[i]
				}
				want := SeverityWarning
				if q.Code == CodePhaseEndBeforeStart {
					want = SeverityError
					if q.Pos != p.Phases[1].Pos {
						t.Errorf("%s at %v, want the phase's position %v", q.Code, q.Pos, p.Phases[1].Pos)
					}
				}
				if q.Severity != want {
					t.Errorf("%s: severity %v, want %v", q.Code, q.Severity, want)
				}
			}
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("problems %q, want %q", got, tt.want)
			}
			if first == nil {
				return
			}
			for _, c := range []struct {
				l    Language
				want string
			}{{Bokmal, tt.nb}, {Nynorsk, tt.nn}, {English, tt.en}} {
				if !strings.Contains(first.Message(c.l), c.want) {
					t.Errorf("%s message\n %s\ndoes not contain\n %s", c.l, first.Message(c.l), c.want)
				}
			}
		})
	}
}

// The starter's placeholder texts are found, in any language, where the
// planner wrote them; a filled-in plan has none.
func TestCheckPlaceholders(t *testing.T) {
	for _, l := range []Language{Bokmal, Nynorsk} {
		start := NewStarter(Temaplan, l, D(2026, 8, 17))
		var b strings.Builder
		if err := Encode(&b, start); err != nil {
			t.Fatal(err)
		}
		p, err := Decode(strings.NewReader(b.String()), "ny.yaml")
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		_, ps := CheckPlan(p)
		var got []string
		for _, q := range ps {
			if q.Severity != SeverityAdvice && q.Code == CodePlaceholder {
				t.Errorf("%s: %s is %s, want advice", l, q.Code, q.Severity.Label(English))
			}
			if q.Code == CodePlaceholder {
				got = append(got, q.Format(Bokmal))
			}
			if q.Severity == SeverityError {
				t.Errorf("%s: starter has an error: %s", l, q.Format(Bokmal))
			}
		}
		lines := strings.Split(b.String(), "\n")
		lineOf := func(prefix string, nth int) int {
			for i, line := range lines {
				if strings.HasPrefix(strings.TrimSpace(line), prefix) {
					if nth == 0 {
						return i + 1
					}
					nth--
				}
			}
			return 0
		}
		want := []string{
			"ny.yaml: «tittel» har fortsatt eksempelteksten fra startplanen — fyll inn planens tittel.",
			"ny.yaml: «kommune» har fortsatt eksempelteksten fra startplanen — fyll inn kommunens navn.",
			"ny.yaml: «enhet» har fortsatt eksempelteksten fra startplanen — fyll inn enheten som har ansvaret.",
			"ny.yaml: «bakgrunn» har fortsatt eksempelteksten fra startplanen — fyll inn hvorfor planen lages nå.",
			"ny.yaml: «mandat» har fortsatt eksempelteksten fra startplanen — fyll inn hvem som har bestilt arbeidet, og mandatet.",
			"ny.yaml: «mål» har fortsatt eksempelteksten fra startplanen — fyll inn målene for planarbeidet.",
			"ny.yaml: «ønsket-resultat» har fortsatt eksempelteksten fra startplanen — fyll inn hva som skal være oppnådd.",
			"ny.yaml: «lovgrunnlag» har fortsatt eksempelteksten fra startplanen — fyll inn de andre lovene og føringene planen bygger på, eller ta bort eksempelteksten.",
			fmt.Sprintf("ny.yaml:%d:7: «navn» har fortsatt eksempelteksten fra startplanen — fyll inn navnet på prosjektleder.", lineOf("- id: prosjektleder", 0)),
		}
		// The activities that carry out no step of the temaplan's rules.
		for _, id := range []string{"1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.3", "4.2"} {
			want = append(want, fmt.Sprintf("ny.yaml:%d:9: Aktivitet %s: «hensikt» har fortsatt eksempelteksten fra startplanen — fyll inn hvorfor aktiviteten gjøres.", lineOf("- nr: "+id, 0), id))
		}
		for i, r := range p.Resources {
			want = append(want, fmt.Sprintf("ny.yaml:%d:5: «omfang» har fortsatt eksempelteksten fra startplanen — fyll inn hvor mye som trengs av «%s».", lineOf("- hva:", i), r.What))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: placeholders\n got %s\nwant %s", l, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
		}
	}
	// Nynorsk and English words, an English starter (made in code: no
	// positions), and a plan filled in.
	p := NewStarter(Kommunedelplan, English, D(2026, 8, 17))
	_, ps := CheckPlan(p)
	found := false
	for _, q := range ps {
		if q.Code == CodePlaceholder && q.Activity == "2.1" {
			found = true
			if q.Pos != (Pos{}) {
				t.Errorf("position %+v of a plan made in code", q.Pos)
			}
			if got, want := q.Message(Nynorsk), "Aktivitet 2.1: «hensikt» har framleis eksempelteksten frå startplanen — fyll inn kvifor aktiviteten vert gjord."; got != want {
				t.Errorf("nn: %s\nwant %s", got, want)
			}
			if got, want := q.Message(English), `Activity 2.1: "hensikt" still holds the example text of the starter plan — fill in why the activity is done.`; got != want {
				t.Errorf("en: %s\nwant %s", got, want)
			}
		}
	}
	if !found {
		t.Errorf("no placeholder found for activity 2.1 in %v", ps)
	}
	p.Title, p.Municipality, p.Unit = "Kommunedelplan for sentrum", "Bodø kommune", "Plan og samfunn"
	p.Background, p.Mandate, p.Goals = []string{"Planen fra 2014 skal rulleres."}, []string{"Bystyret ba om planen."}, []string{"Flere boliger."}
	p.DesiredResult, p.LegalBasis = "En vedtatt plan.", p.LegalBasis[:2]
	p.People[0].Name = "Hanne Berg"
	for _, a := range p.Activities() {
		a.Purpose = "Fordi loven krever det."
	}
	for i := range p.Resources {
		p.Resources[i].Amount = "20 %"
	}
	_, ps = CheckPlan(p)
	for _, q := range ps {
		if q.Code == CodePlaceholder {
			t.Errorf("filled-in plan: %s", q.Format(Bokmal))
		}
	}
}

// A mistyped year that stretches a plan over two thousand years is an
// error, not a workbook with more columns than Excel has.
func TestCheckPlanTooLong(t *testing.T) {
	p := &Plan{Title: "T", Type: Temaplan, Phases: []Phase{{ID: "1", Name: "Fase", Activities: []Activity{
		{ID: "1.1", Name: "A", Kind: Work, Start: DayOf(D(2026, 2, 2)), End: DayOf(D(2026, 2, 6))},
		{ID: "1.2", Name: "B", Kind: Work, Start: DayOf(D(3990, 2, 12)), End: DayOf(D(3990, 2, 16))},
	}}}}
	_, probs := CheckPlan(p)
	var got []string
	for _, pr := range probs {
		if pr.Code == CodeTooLong {
			got = append(got, pr.Message(Bokmal))
		}
	}
	want := "Planen går over 1964 år, fra 2026-02-02 til 3990-02-16 — sjekk årstallene; en prosessplan kan gå over høyst 50 år."
	if len(got) != 1 || got[0] != want {
		t.Errorf("PP-TOO-LONG %q, want %q", got, want)
	}
	p.Phases[0].Activities[1].Start, p.Phases[0].Activities[1].End = DayOf(D(2030, 2, 12)), DayOf(D(2030, 2, 15))
	if _, probs := CheckPlan(p); slices.ContainsFunc(probs, func(pr Problem) bool { return pr.Code == CodeTooLong }) {
		t.Errorf("a four-year plan is reported too long")
	}
}
