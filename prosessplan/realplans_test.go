package prosessplan

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// decodeString decodes a plan from YAML text, failing the test on error.
func decodeString(t *testing.T, src string) *Plan {
	t.Helper()
	p, err := Decode(strings.NewReader(src), "t.yaml")
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return p
}

// TestFreeTextParties: responsible and participants that are not people
// of the organisation are kept as text; a near miss of an ID is still a
// typo.
func TestFreeTextParties(t *testing.T) {
	p := decodeString(t, `tittel: T
organisering:
  personer: [{id: prosjektleder, navn: Hanne Berg}]
organer: [{id: kommunestyret, navn: Kommunestyret, type: kommunestyre}]
faser:
  - aktiviteter:
      - nr: "1"
        ansvarlig: [prosjektleder, Kommunestyret]
        deltakere: [Innbyggere, høringsinstanser, seniorer, kommunestyret]
        start: 2018-10-01
      - nr: "2"
        ansvarlig: Innbyggere
        start: 2018-10-01
`)
	a := p.Activity("1")
	if got := a.ResponsibleParties(); !slices.Equal(got, []string{"prosjektleder", "Kommunestyret"}) {
		t.Errorf("ResponsibleParties = %q", got)
	}
	var names []string
	for _, x := range a.Participants {
		names = append(names, p.Name(x))
	}
	if want := []string{"Innbyggere", "høringsinstanser", "seniorer", "Kommunestyret"}; !slices.Equal(names, want) {
		t.Errorf("participant names = %q, want %q", names, want)
	}
	if p.Known("Innbyggere") || !p.Known("kommunestyret") {
		t.Errorf("Known: Innbyggere %v, kommunestyret %v", p.Known("Innbyggere"), p.Known("kommunestyret"))
	}
	if got := p.Activity("2").Responsible; got != "Innbyggere" {
		t.Errorf("single ansvarlig = %q", got)
	}

	_, err := Decode(strings.NewReader("tittel: T\norganisering: {personer: [{id: prosjektleder}]}\nfaser: [{aktiviteter: [{nr: 1, deltakere: [prosjektleer]}]}]\n"), "t.yaml")
	if err == nil || !strings.Contains(err.Error(), "ukjent deltaker «prosjektleer» — mente du «prosjektleder»?") {
		t.Errorf("a misspelt id: %v", err)
	}
}

// TestActivityKindsAndDecisionOnWorkshop: varsel, spørreundersøkelse,
// innspillsrunde and mekling are kinds; a workshop may carry a decision.
func TestActivityKindsAndDecisionOnWorkshop(t *testing.T) {
	p := decodeString(t, `tittel: T
organer: [{id: ks, navn: Kommunestyret, type: kommunestyre, møter: [2018-10-03]}]
faser:
  - aktiviteter:
      - {nr: "1", type: varsel om oppstart, start: 2018-09-03}
      - {nr: "2", type: spørjeundersøking, start: 2018-09-03, varighet: 2 uker}
      - {nr: "3", type: Innspillsrunde, start: 2018-09-03, varighet: 2 uker}
      - {nr: "4", type: kunngjøring, start: 2018-09-03}
      - nr: "5"
        type: arbeidsverksted
        start: 2018-10-03 17:00
        varighet: 120 min
        metode: Kafébord
        vedtak: {type: melding-om-oppstart, organ: ks}
`)
	want := []ActivityKind{Notice, Survey, InputRound, Notice, Workshop}
	for i, a := range p.Activities() {
		if a.Kind != want[i] {
			t.Errorf("activity %s: kind %q, want %q", a.ID, a.Kind, want[i])
		}
	}
	a := p.Activity("5")
	if !a.IsDecision() || a.Method != "Kafébord" {
		t.Fatalf("activity 5: decision %v, method %q", a.IsDecision(), a.Method)
	}
	s, probs := NewSchedule(p)
	if len(probs) > 0 {
		t.Fatalf("NewSchedule: %v", probs)
	}
	sa := s.Activity("5")
	if got := sa.Start.String() + "–" + sa.End.String(); got != "2018-10-03 17:00–2018-10-03 19:00" {
		t.Errorf("workshop with decision at %s", got)
	}
	if sa.Decision == nil || sa.Decision.Meeting() != D(2018, 10, 3) {
		t.Errorf("decision not at the meeting: %+v", sa.Decision)
	}
}

// TestDecisionEndRefused: a decision's "slutt" on another day than its
// meeting is an error, not ignored.
func TestDecisionEndRefused(t *testing.T) {
	p := decodeString(t, `tittel: T
organer: [{id: ks, navn: Kommunestyret, type: kommunestyre, møter: [2018-10-04]}]
faser:
  - aktiviteter:
      - nr: "1"
        start: 2018-10-01
        slutt: 2018-10-20
        vedtak: {type: sluttbehandling, organ: ks}
`)
	s, probs := NewSchedule(p)
	if len(probs) != 1 || probs[0].Code != CodeDecisionDate {
		t.Fatalf("problems = %v, want one %s", probs, CodeDecisionDate)
	}
	if msg := probs[0].Message(Bokmal); !strings.Contains(msg, "behandles på møtet 2018-10-04, men har sluttdato 2018-10-20") {
		t.Errorf("message: %s", msg)
	}
	if got := s.Activity("1").Start.Date; got != D(2018, 10, 4) {
		t.Errorf("the start is the earliest day: the meeting is %s, want 2018-10-04", got)
	}
}

// TestDecisionStartAgainstMeeting: a start on another day than the fixed
// meeting is refused, not ignored.
func TestDecisionStartAgainstMeeting(t *testing.T) {
	p := decodeString(t, `tittel: T
organer: [{id: ks, navn: Kommunestyret, type: kommunestyre, møter: [2018-10-04, 2018-11-08]}]
faser:
  - aktiviteter:
      - nr: "1"
        start: 2018-10-04
        vedtak: {type: sluttbehandling, organ: ks, møte: 2018-11-08}
`)
	_, probs := NewSchedule(p)
	if len(probs) != 1 || probs[0].Code != CodeDecisionDate ||
		!strings.Contains(probs[0].Message(Nynorsk), "har startdato 2018-10-04, men vedtaket er lagt til møtet 2018-11-08") {
		t.Fatalf("problems = %v", probs)
	}
}

// TestMonthsAndTentative: months as dates, with their working days, and
// the tentative marker.
func TestMonthsAndTentative(t *testing.T) {
	p := decodeString(t, `tittel: T
faser:
  - aktiviteter:
      - {nr: "1", navn: Hele oktober, start: 2018-10}
      - {nr: "2", navn: Fra september, start: september 2018, slutt: ~okt. 2018}
      - {nr: "3", navn: Foreløpig, start: 2018-11-05, varighet: 5 dager, foreløpig: ja}
      - {nr: "4", navn: Juli, start: 2017-07, varighet: 3 dager}
`)
	tests := []struct {
		id         string
		start, end string
		tentative  bool
		sp, ep     Precision
	}{
		{"1", "2018-10-01", "2018-10-31", false, MonthPrecision, DayPrecision},
		{"2", "2018-09-03", "2018-10-31", true, MonthPrecision, MonthPrecision},
		{"3", "2018-11-05", "2018-11-09", true, DayPrecision, DayPrecision},
		{"4", "2017-07-03", "2017-07-05", false, MonthPrecision, DayPrecision},
	}
	s, probs := NewSchedule(p)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, tt := range tests {
		a := s.Activity(tt.id)
		if a.Start.String() != tt.start || a.End.String() != tt.end {
			t.Errorf("%s: %s–%s, want %s–%s", tt.id, a.Start, a.End, tt.start, tt.end)
		}
		if a.Tentative != tt.tentative || a.StartPrecision != tt.sp || a.EndPrecision != tt.ep {
			t.Errorf("%s: tentative %v precision %d/%d, want %v %d/%d", tt.id, a.Tentative, a.StartPrecision, a.EndPrecision, tt.tentative, tt.sp, tt.ep)
		}
	}
	var buf strings.Builder
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"start: 2018-10\n", "start: 2018-09\n", "slutt: 2018-10\n", "foreløpig: true\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Encode lacks %q:\n%s", want, buf.String())
		}
	}
	ph := decodeString(t, "tittel: T\nfaser: [{start: 2018-09, slutt: desember 2018}]\n").Phases[0]
	if ph.Start != D(2018, 9, 1) || ph.End != D(2018, 12, 31) {
		t.Errorf("phase in months: %s–%s", ph.Start, ph.End)
	}
	_, err := Decode(strings.NewReader("tittel: T\nfaser: [{aktiviteter: [{nr: 1, start: 2018-13}]}]\n"), "t.yaml")
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != "PP-DECODE-DATE" {
		t.Errorf("month 13: %v", err)
	}
}

// TestCheckRealPlans holds the false alarms and the missed problems
// found with real process plans (issue 11) to their fix: each case fails
// on the code before the change.
func TestCheckRealPlans(t *testing.T) {
	tests := []struct {
		name    string
		plan    func() *Plan
		want    string // a code that must be reported, with its message
		nb      string
		absent  []string
		wantSev Severity
	}{
		{
			name: "varsel om oppstart is the start-notice step",
			plan: func() *Plan {
				p := checkPlan()
				a := activityOf(p, "1.2")
				a.Kind, a.Decision = Notice, nil
				return p
			},
			absent: []string{CodeStepMissing},
		},
		{
			name: "councils missing from the routing",
			plan: func() *Plan {
				p := checkPlan()
				activityOf(p, "2.4").Decision.Route = []string{"fsk"}
				return p
			},
			want: CodeCouncilMissing, wantSev: SeverityWarning, nb: "Eldrerådet skal behandle saken (sluttbehandling) før Kommunestyret",
		},
		{
			name: "councils saw the case in an activity of their own",
			plan: func() *Plan {
				p := checkPlan()
				activityOf(p, "2.4").Decision.Route = []string{"fsk"}
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Rådene gir uttale",
					Kind: Meeting, Responsible: "pl", Purpose: "Uttale.", Participants: []string{"eldre", "Rådet for personar med funksjonsnedsetjing", "ungdom"},
					After: []Dependency{{ID: "2.3"}}, Duration: Duration{1, Days}})
				return p
			},
			absent: []string{CodeCouncilMissing},
		},
		{
			name: "an administrative decision is no case for the councils",
			plan: func() *Plan {
				p := checkPlan()
				p.Bodies = append(p.Bodies, Body{ID: "leiar", Name: "Leiargruppa", Kind: Administrative, Meetings: testMeetings(time.Tuesday, false)})
				a := activityOf(p, "1.2")
				a.Decision = &Decision{Kind: StartNotice, Body: "leiar"}
				return p
			},
			absent: []string{CodeCouncilMissing},
		},
		{
			name: "a Saturday the sources fix",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[0].Activities = append(p.Phases[0].Activities, Activity{ID: "1.5", Name: "Open dag", Kind: Milestone,
					Responsible: "pl", Purpose: "Vise fram.", Start: DayOf(D(2026, 3, 14)), FixedDate: true})
				return p
			},
			absent: []string{CodeNotWorkingDay},
		},
		{
			name: "a Saturday not fixed",
			plan: func() *Plan {
				p := checkPlan()
				p.Phases[0].Activities = append(p.Phases[0].Activities, Activity{ID: "1.5", Name: "Open dag", Kind: Milestone,
					Responsible: "pl", Purpose: "Vise fram.", Start: DayOf(D(2026, 3, 14))})
				return p
			},
			want: CodeNotWorkingDay, wantSev: SeverityWarning, nb: "faller på lørdag 2026-03-14",
		},
		{
			name: "a kommuneplan with no councils in its møteplan",
			plan: func() *Plan {
				p := checkPlan()
				p.Bodies = p.Bodies[3:]
				for _, a := range p.Activities() {
					if a.Decision != nil {
						a.Decision.Route = []string{"fsk"}
					}
				}
				return p
			},
			want: CodeNoCouncils, wantSev: SeverityWarning, nb: "Møteplanen har ingen av de lovpålagte rådene",
		},
		{
			name: "adopted with an open innsigelse and no mekling",
			plan: func() *Plan {
				p := checkPlan()
				p.Objections = []Objection{{From: "Statsforvaltaren", Subject: "Strandsona", Status: ObjectionOpen}}
				return p
			},
			want: CodeObjectionOpen, wantSev: SeverityError, nb: "Innsigelsen fra Statsforvaltaren (Strandsona) er ikke løst, og planen har ingen mekling",
		},
		{
			name: "an open innsigelse with mekling before the decision",
			plan: func() *Plan {
				p := checkPlan()
				p.Objections = []Objection{{From: "Statsforvaltaren", Mediation: "2.5"}}
				p.Phases[1].Activities = append(p.Phases[1].Activities, Activity{ID: "2.5", Name: "Mekling",
					Kind: Mediation, Responsible: "pl", Purpose: "Løyse motsegna.", After: []Dependency{{ID: "2.3"}}, Duration: Duration{1, Days}})
				return p
			},
			absent: []string{CodeObjectionOpen},
		},
		{
			name: "a resolved innsigelse",
			plan: func() *Plan {
				p := checkPlan()
				p.Objections = []Objection{{From: "Fylkeskommunen", Status: ObjectionResolved}}
				return p
			},
			absent: []string{CodeObjectionOpen},
		},
		{
			name: "a joint plan one council does not adopt",
			plan: func() *Plan {
				p := checkPlan()
				p.Municipalities = []Municipality{{ID: "trysil", Name: "Trysil kommune"}, {ID: "engerdal", Name: "Engerdal kommune"}}
				p.Bodies[4].Municipality = "trysil"
				return p
			},
			want: CodeJointDecision, wantSev: SeverityWarning, nb: "Engerdal kommune vedtar ikke planen i sitt eget kommunestyre",
		},
		{
			name: "planstrategi with the planprogram, adopted too late",
			plan: func() *Plan {
				p := checkPlan()
				p.Type, p.WithStrategy = KommuneplanSamfunn, true
				p.CouncilConstituted = D(2024, 10, 17)
				return p
			},
			want: CodeStrategyLate, wantSev: SeverityError, nb: "ett år etter at kommunestyret ble konstituert 2024-10-17 (pbl § 10-1)",
		},
		{
			name: "planstrategi with the planprogram, in time",
			plan: func() *Plan {
				p := checkPlan()
				p.Type, p.WithStrategy = KommuneplanSamfunn, true
				p.CouncilConstituted = D(2025, 10, 16)
				return p
			},
			absent: []string{CodeStrategyLate, CodeDraftLate, CodeNoCouncilDate, CodeStepMissing},
		},
		{
			name: "planstrategi with the planprogram, not public long enough",
			plan: func() *Plan {
				p := checkPlan()
				p.Type, p.WithStrategy = KommuneplanSamfunn, true
				p.CouncilConstituted = D(2025, 10, 16)
				s, _ := NewSchedule(checkPlan())
				m := s.Activity("1.4").Decision.Meeting()
				fix := activityOf(p, "1.4")
				fix.After, fix.Decision.Meeting = nil, m
				h := activityOf(p, "1.3")
				h.After, h.Start, h.Duration = nil, DayOf(m.AddDays(-20)), Duration{2, Weeks}
				return p
			},
			want: CodeDraftLate, wantSev: SeverityError, nb: "skal være offentlig minst 30 dager før behandlingen",
		},
		{
			name: "a kjøreplan gets no rules advice",
			plan: func() *Plan {
				p := NewStarter(Kjoreplan, Bokmal, D(2026, 9, 1))
				return p
			},
			absent: []string{CodeStepMissing, CodeHearingShort},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := CheckPlan(tt.plan())
			for _, p := range ps {
				if slices.Contains(tt.absent, p.Code) {
					t.Errorf("unexpected %s: %s", p.Code, p.Message(Bokmal))
				}
			}
			if tt.want == "" {
				return
			}
			for _, p := range ps {
				if p.Code != tt.want {
					continue
				}
				if p.Severity != tt.wantSev || !strings.Contains(p.Message(Bokmal), tt.nb) {
					t.Errorf("%s (%v): %s\nwant %v containing %q", p.Code, p.Severity, p.Message(Bokmal), tt.wantSev, tt.nb)
				}
				for _, l := range languages {
					if p.Text[l] == "" {
						t.Errorf("%s: no %s text", p.Code, l)
					}
				}
				return
			}
			t.Errorf("no %s in\n%v", tt.want, ps)
		})
	}
}
