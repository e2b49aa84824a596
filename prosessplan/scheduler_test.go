package prosessplan

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// schedulePlan returns a plan with one phase holding acts and the bodies
// of a small municipality.
func schedulePlan(acts ...Activity) *Plan {
	return &Plan{
		Title: "Boligplan 2018–2021", Municipality: "Bodø kommune", Type: Temaplan, Language: Bokmal,
		People: []Person{{ID: "pl", Name: "Kari Nordmann", Title: "prosjektleder"}},
		Bodies: []Body{
			{ID: "eldre", Name: "Eldrerådet", Kind: ElderlyCouncil, NoticeDays: 14,
				Meetings: []Date{D(2017, 10, 30), D(2017, 11, 20)}},
			{ID: "fsk", Name: "Formannskapet", Kind: ExecutiveBoard, NoticeDays: 14,
				Meetings: []Date{D(2017, 11, 1), D(2017, 11, 22), D(2017, 11, 29)}},
			{ID: "bystyret", Name: "Bystyret", Kind: MunicipalCouncil, NoticeDays: 21,
				Meetings: []Date{D(2017, 12, 7), D(2017, 11, 9), D(2018, 2, 15)}},
		},
		Phases: []Phase{{ID: "1", Name: "Oppstart", Activities: acts}},
	}
}

func scheduleOf(t *testing.T, p *Plan) *Schedule {
	t.Helper()
	s, ps := NewSchedule(p)
	if len(ps) > 0 {
		t.Fatalf("NewSchedule: %v", ps)
	}
	return s
}

func TestScheduleDurations(t *testing.T) {
	tests := []struct {
		name       string
		a          Activity
		start, end string
	}{
		{"working days", Activity{Kind: Work, Start: DayOf(D(2025, 11, 24)), Duration: Duration{5, WorkingDays}}, "2025-11-24", "2025-11-28"},
		{"working days over Easter 2024", Activity{Kind: Work, Start: DayOf(D(2024, 3, 26)), Duration: Duration{3, WorkingDays}}, "2024-03-26", "2024-04-02"},
		{"working days from a Saturday", Activity{Kind: Work, Start: DayOf(D(2025, 11, 22)), Duration: Duration{2, WorkingDays}}, "2025-11-22", "2025-11-25"},
		{"6 weeks end the day before the weekday, moved off Sunday", Activity{Kind: Hearing, Start: DayOf(D(2025, 9, 1)), Duration: Duration{6, Weeks}}, "2025-09-01", "2025-10-13"},
		{"6 weeks from Tuesday end on Monday", Activity{Kind: Hearing, Start: DayOf(D(2025, 9, 2)), Duration: Duration{6, Weeks}}, "2025-09-02", "2025-10-13"},
		{"6 weeks ending on Skjærtorsdag move past Easter", Activity{Kind: Hearing, Start: DayOf(D(2024, 2, 16)), Duration: Duration{6, Weeks}}, "2024-02-16", "2024-04-02"},
		{"calendar days", Activity{Kind: Work, Start: DayOf(D(2025, 12, 17)), Duration: Duration{14, Days}}, "2025-12-17", "2025-12-30"},
		{"calendar days ending on 17 May", Activity{Kind: Work, Start: DayOf(D(2027, 5, 8)), Duration: Duration{10, Days}}, "2027-05-08", "2027-05-18"},
		{"fixed start and end", Activity{Kind: Work, Start: DayOf(D(2017, 2, 1)), End: DayOf(D(2017, 3, 15))}, "2017-02-01", "2017-03-15"},
		{"start only is one day", Activity{Kind: Meeting, Start: DayOf(D(2017, 2, 1))}, "2017-02-01", "2017-02-01"},
		{"point event ignores duration", Activity{Kind: Milestone, Start: DayOf(D(2017, 2, 1)), Duration: Duration{3, Days}}, "2017-02-01", "2017-02-01"},
		{"end and duration count back", Activity{Kind: Work, End: DayOf(D(2025, 11, 28)), Duration: Duration{5, WorkingDays}}, "2025-11-24", "2025-11-28"},
		{"minutes", Activity{Kind: Workshop, Start: At(D(2025, 3, 4), 9, 0), Duration: Duration{90, Minutes}}, "2025-03-04 09:00", "2025-03-04 10:30"},
	}
	for _, tt := range tests {
		tt.a.ID = "1.1"
		s := scheduleOf(t, schedulePlan(tt.a))
		a := s.Activities[0]
		if a.Start.String() != tt.start || a.End.String() != tt.end {
			t.Errorf("%s: %s–%s, want %s–%s", tt.name, a.Start, a.End, tt.start, tt.end)
		}
	}
}

func TestScheduleDependencies(t *testing.T) {
	p := schedulePlan(
		Activity{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 11, 24)), Duration: Duration{5, WorkingDays}},
		Activity{ID: "1.2", Kind: Work, Duration: Duration{2, WorkingDays}, After: []Dependency{{ID: "1.1"}}},
		Activity{ID: "1.3", Kind: Milestone, After: []Dependency{{ID: "1.1", Lag: Duration{2, WorkingDays}}}},
		Activity{ID: "1.4", Kind: Meeting, After: []Dependency{{ID: "1.1", Lag: Duration{1, Weeks}}, {ID: "1.2"}}},
		Activity{ID: "1.5", Kind: Deadline, After: []Dependency{{ID: "1.2", Lag: Duration{3, Days}}}},
		Activity{ID: "1.6", Kind: Workshop, Start: At(D(2025, 12, 10), 9, 0), Duration: Duration{45, Minutes}},
		Activity{ID: "1.7", Kind: Workshop, Duration: Duration{30, Minutes}, After: []Dependency{{ID: "1.6"}}},
		Activity{ID: "1.8", Kind: Meeting, Duration: Duration{60, Minutes}, After: []Dependency{{ID: "1.7", Lag: Duration{15, Minutes}}}},
	)
	s := scheduleOf(t, p)
	want := map[string]string{
		"1.1": "2025-11-24–2025-11-28",
		"1.2": "2025-12-01–2025-12-02", // Monday after Friday
		"1.3": "2025-12-03–2025-12-03", // Fri + 2 working days = Tue, then the next day
		"1.4": "2025-12-08–2025-12-08", // Fri + 1 week = Fri 5 Dec, then Monday
		"1.5": "2025-12-08–2025-12-08", // Tue 2 Dec + 3 days = Fri, then Monday
		"1.6": "2025-12-10 09:00–2025-12-10 09:45",
		"1.7": "2025-12-10 09:45–2025-12-10 10:15",
		"1.8": "2025-12-10 10:30–2025-12-10 11:30",
	}
	for _, a := range s.Activities {
		if got := a.Start.String() + "–" + a.End.String(); got != want[a.ID] {
			t.Errorf("%s: %s, want %s", a.ID, got, want[a.ID])
		}
	}
	if s.Start.String() != "2025-11-24" || s.End.String() != "2025-12-10 11:30" {
		t.Errorf("plan span %s–%s", s.Start, s.End)
	}
	if got := strings.Join(s.CriticalPath, " "); got != "1.6 1.7 1.8" {
		t.Errorf("critical path %q", got)
	}
	if !s.Activity("1.7").Critical || s.Activity("1.2").Critical {
		t.Error("Critical flags do not follow the path")
	}
}

func TestScheduleCriticalPathAndPhases(t *testing.T) {
	p := schedulePlan(
		Activity{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6)), Duration: Duration{10, WorkingDays}},
		Activity{ID: "1.2", Kind: Work, Start: DayOf(D(2025, 1, 6)), Duration: Duration{3, WorkingDays}},
		Activity{ID: "1.3", Kind: Work, Duration: Duration{5, WorkingDays}, After: []Dependency{{ID: "1.1"}, {ID: "1.2"}}},
	)
	p.Phases = append(p.Phases, Phase{ID: "2", Name: "Høring", Activities: []Activity{
		{ID: "2.1", Kind: Hearing, Duration: Duration{6, Weeks}, After: []Dependency{{ID: "1.3"}}},
		{ID: "2.2", Kind: Milestone, Start: DayOf(D(2025, 2, 3))},
	}})
	s := scheduleOf(t, p)
	if got := strings.Join(s.CriticalPath, " → "); got != "1.1 → 1.3 → 2.1" {
		t.Errorf("critical path %q", got)
	}
	ph := s.Phases[1]
	if ph.Start.String() != "2025-01-27" || ph.End.String() != "2025-03-10" || len(ph.Activities) != 2 {
		t.Errorf("phase 2 span %s–%s, %d activities", ph.Start, ph.End, len(ph.Activities))
	}
	if s.Phases[0].End.String() != "2025-01-24" {
		t.Errorf("phase 1 ends %s", s.Phases[0].End)
	}
}

func TestScheduleDecision(t *testing.T) {
	p := schedulePlan(
		Activity{ID: "1.1", Kind: Work, Start: DayOf(D(2017, 10, 2)), Duration: Duration{10, WorkingDays}},
		Activity{ID: "1.2", Kind: PoliticalDecision, After: []Dependency{{ID: "1.1"}},
			Decision: &Decision{Kind: FinalDecision, Body: "bystyret", Route: []string{"eldre", "fsk"}}},
		Activity{ID: "1.3", Kind: PoliticalDecision,
			Decision: &Decision{Kind: HearingDecision, Body: "bystyret", Route: []string{"eldre", "fsk"}, Meeting: D(2017, 12, 7)}},
		Activity{ID: "1.4", Kind: PoliticalDecision, Start: DayOf(D(2017, 11, 1)),
			Decision: &Decision{Kind: Briefing, Body: "fsk"}},
	)
	s := scheduleOf(t, p)
	if len(s.Decisions) != 3 {
		t.Fatalf("%d decisions", len(s.Decisions))
	}
	steps := func(d *ScheduledDecision) string {
		var b strings.Builder
		for _, st := range d.Steps {
			b.WriteString(st.Body.ID + " " + st.Meeting.String() + " (" + st.Deadline.String() + ") ")
		}
		return b.String()
	}
	// 1.1 ends Fri 13 Oct; earliest 16 Oct. Eldrerådet 30 Oct (deadline
	// 16 Oct), formannskapet strictly after: 1 Nov (deadline 18 Oct),
	// bystyret strictly after: 9 Nov (deadline 19 Oct).
	d := s.Decisions[0]
	if got, want := steps(d), "eldre 2017-10-30 (2017-10-16) fsk 2017-11-01 (2017-10-18) bystyret 2017-11-09 (2017-10-19) "; got != want {
		t.Errorf("decision 1.2 steps\n got %s\nwant %s", got, want)
	}
	if d.Meeting() != D(2017, 11, 9) || d.Deadline() != D(2017, 10, 16) {
		t.Errorf("meeting %s, deadline %s", d.Meeting(), d.Deadline())
	}
	if a := s.Activity("1.2"); a.Start.String() != "2017-11-09" || a.End != a.Start || a.Decision != d {
		t.Errorf("1.2 dated %s–%s", a.Start, a.End)
	}
	// Fixed meeting: the route takes the last meetings before it.
	// Bystyret 7 Dec minus 21 days = Thu 16 Nov.
	if got, want := steps(s.Decisions[1]), "eldre 2017-11-20 (2017-11-06) fsk 2017-11-29 (2017-11-15) bystyret 2017-12-07 (2017-11-16) "; got != want {
		t.Errorf("decision 1.3 steps\n got %s\nwant %s", got, want)
	}
	if got := steps(s.Decisions[2]); got != "fsk 2017-11-01 (2017-10-18) " {
		t.Errorf("decision 1.4 steps %s", got)
	}
}

func TestScheduleDeadlineMovesBack(t *testing.T) {
	p := schedulePlan(Activity{ID: "1.1", Kind: PoliticalDecision,
		Decision: &Decision{Kind: FinalDecision, Body: "ks", Meeting: D(2024, 4, 16)}})
	// 16 Apr 2024 minus 14 days = Tue 2 Apr, a working day; minus 18 = Fri 29 Mar (Langfredag) → Wed 27 Mar.
	p.Bodies = []Body{{ID: "ks", Name: "Kommunestyret", Kind: MunicipalCouncil, NoticeDays: 18, Meetings: []Date{D(2024, 4, 16)}}}
	s := scheduleOf(t, p)
	if got := s.Decisions[0].Deadline(); got != D(2024, 3, 27) {
		t.Errorf("deadline %s, want 2024-03-27", got)
	}
}

func TestScheduleProblems(t *testing.T) {
	tests := []struct {
		name  string
		acts  []Activity
		codes []string
		text  string // part of the first problem's nb text
		nn    string // part of the first problem's nn text
		dated []string
	}{
		{
			name: "cycle",
			acts: []Activity{
				{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6)), Duration: Duration{2, Days}},
				{ID: "1.2", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.4"}}},
				{ID: "1.4", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.1"}, {ID: "1.2"}}},
				{ID: "1.5", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.4"}}},
			},
			codes: []string{CodeCycle, CodeBlocked},
			text:  "ring: 1.2 → 1.4 → 1.2",
			nn:    "Aktivitetane ventar på kvarandre i ring: 1.2 → 1.4 → 1.2",
			dated: []string{"1.1"},
		},
		{
			name:  "self cycle",
			acts:  []Activity{{ID: "2.1", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "2.1"}}}},
			codes: []string{CodeCycle},
			text:  "2.1 → 2.1",
		},
		{
			name:  "no dates",
			acts:  []Activity{{ID: "1.1", Kind: Work, Duration: Duration{2, Days}}},
			codes: []string{CodeNoDates},
			text:  "Aktivitet 1.1 har verken dato eller forgjenger",
			nn:    "Aktivitet 1.1 har verken dato eller forgjengar",
		},
		{
			name: "unknown predecessor",
			acts: []Activity{
				{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6))},
				{ID: "1.2", Kind: Work, After: []Dependency{{ID: "1.1"}, {ID: "9.9"}}},
			},
			codes: []string{CodeUnknownActivity},
			text:  `Aktivitet 1.2 skal komme etter "9.9"`,
			dated: []string{"1.1", "1.2"},
		},
		{
			name: "duplicate id",
			acts: []Activity{
				{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6))},
				{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 7))},
			},
			codes: []string{CodeDuplicateID},
			text:  "Aktivitet 1.1: nummeret er brukt før",
			dated: []string{"1.1", "1.1"},
		},
		{
			name: "no meeting after the earliest date",
			acts: []Activity{
				{ID: "1.1", Kind: Work, Start: DayOf(D(2018, 3, 1))},
				{ID: "1.2", Kind: PoliticalDecision, After: []Dependency{{ID: "1.1"}}, Decision: &Decision{Kind: FinalDecision, Body: "bystyret"}},
				{ID: "1.3", Kind: Milestone, After: []Dependency{{ID: "1.2"}}},
			},
			codes: []string{CodeNoMeeting, CodeBlocked},
			text:  "Aktivitet 1.2: Bystyret har ikke noe møte fra 2018-03-02 i møteplanen",
			nn:    "Bystyret har ikkje noko møte frå 2018-03-02",
			dated: []string{"1.1"},
		},
		{
			name:  "meeting not in the meeting plan",
			acts:  []Activity{{ID: "1.1", Kind: PoliticalDecision, Decision: &Decision{Kind: FinalDecision, Body: "bystyret", Meeting: D(2017, 12, 14)}}},
			codes: []string{CodeMeetingNotInPlan},
			text:  "Bystyret har ikke møte 2017-12-14 i møteplanen",
			dated: []string{"1.1"},
		},
		{
			name:  "unknown body",
			acts:  []Activity{{ID: "1.1", Kind: PoliticalDecision, Start: DayOf(D(2017, 10, 2)), Decision: &Decision{Kind: FinalDecision, Body: "bystyret", Route: []string{"komite"}}}},
			codes: []string{CodeUnknownBody},
			text:  `organet "komite" finnes ikke`,
			dated: []string{"1.1"},
		},
		{
			name:  "route has no meeting before a fixed decision",
			acts:  []Activity{{ID: "1.1", Kind: PoliticalDecision, Decision: &Decision{Kind: FinalDecision, Body: "bystyret", Route: []string{"fsk", "eldre"}, Meeting: D(2017, 11, 9)}}},
			codes: []string{CodeNoMeeting},
			text:  "Formannskapet har ikke noe møte før 2017-10-30",
			dated: []string{"1.1"},
		},
		{
			name:  "decision without any date",
			acts:  []Activity{{ID: "1.1", Kind: PoliticalDecision, Decision: &Decision{Kind: FinalDecision, Body: "bystyret"}}},
			codes: []string{CodeNoDates},
			text:  "vedtakspunktet har verken møtedato",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ps := NewSchedule(schedulePlan(tt.acts...))
			var codes []string
			for _, p := range ps {
				codes = append(codes, p.Code)
				for _, l := range languages {
					if p.Text[l] == "" {
						t.Errorf("%s: no %s text", p.Code, l)
					}
				}
			}
			if strings.Join(codes, " ") != strings.Join(tt.codes, " ") {
				t.Fatalf("codes %v, want %v\n%v", codes, tt.codes, ps)
			}
			if !strings.Contains(ps[0].Message(Bokmal), tt.text) {
				t.Errorf("message %q does not contain %q", ps[0].Message(Bokmal), tt.text)
			}
			if tt.nn != "" && !strings.Contains(ps[0].Message(Nynorsk), tt.nn) {
				t.Errorf("nn message %q does not contain %q", ps[0].Message(Nynorsk), tt.nn)
			}
			var dated []string
			for _, a := range s.Activities {
				if !a.Start.IsZero() {
					dated = append(dated, a.ID)
				}
			}
			if strings.Join(dated, " ") != strings.Join(tt.dated, " ") {
				t.Errorf("dated %v, want %v", dated, tt.dated)
			}
		})
	}
}

func TestEndOfAndMinEnd(t *testing.T) {
	c := NewCalendar(CalendarSettings{})
	tests := []struct {
		start   Date
		d       Duration
		end     Date // EndOf
		min     Date // MinEnd
		startOf Date // back from end
	}{
		{D(2025, 9, 1), Duration{6, Weeks}, D(2025, 10, 13), D(2025, 10, 12), D(2025, 9, 2)},
		{D(2025, 12, 17), Duration{14, Days}, D(2025, 12, 30), D(2025, 12, 30), D(2025, 12, 17)},
		{D(2025, 11, 24), Duration{5, WorkingDays}, D(2025, 11, 28), D(2025, 11, 28), D(2025, 11, 24)},
		{D(2025, 11, 24), Duration{}, D(2025, 11, 24), D(2025, 11, 24), D(2025, 11, 24)},
	}
	sc := &scheduler{cal: c}
	for _, tt := range tests {
		if got := c.EndOf(DayOf(tt.start), tt.d).Date; got != tt.end {
			t.Errorf("EndOf(%s, %v) = %s, want %s", tt.start, tt.d, got, tt.end)
		}
		if got := MinEnd(c, tt.start, tt.d); got != tt.min {
			t.Errorf("MinEnd(%s, %v) = %s, want %s", tt.start, tt.d, got, tt.min)
		}
		if got := sc.startOf(DayOf(tt.end), tt.d).Date; got != tt.startOf {
			t.Errorf("startOf(%s, %v) = %s, want %s", tt.end, tt.d, got, tt.startOf)
		}
	}
	if got := sc.startOf(At(D(2025, 3, 4), 0, 30), Duration{90, Minutes}); got.String() != "2025-03-03 23:00" {
		t.Errorf("startOf over midnight = %s", got)
	}
	if got := addMinutes(At(D(2025, 3, 4), 23, 30), 45); got.String() != "2025-03-05 00:15" {
		t.Errorf("addMinutes over midnight = %s", got)
	}
}

// TestSchedulePhasePlannedSpan checks that a phase's planned bounds are
// its span when set, and that the activities decide it otherwise.
func TestSchedulePhasePlannedSpan(t *testing.T) {
	acts := func() []Activity { // 2025-01-06–2025-01-17
		return []Activity{
			{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6)), Duration: Duration{5, WorkingDays}},
			{ID: "1.2", Kind: Milestone, Start: DayOf(D(2025, 1, 17))},
		}
	}
	tests := []struct {
		name       string
		phase      Phase
		span, plan string // phase span and plan span
	}{
		{"no planned span", Phase{Activities: acts()}, "2025-01-06–2025-01-17", "2025-01-06–2025-01-17"},
		{"planned span wider", Phase{Start: D(2025, 1, 1), End: D(2025, 2, 28), Activities: acts()},
			"2025-01-01–2025-02-28", "2025-01-01–2025-02-28"},
		{"planned span narrower", Phase{Start: D(2025, 1, 8), End: D(2025, 1, 10), Activities: acts()},
			"2025-01-08–2025-01-10", "2025-01-08–2025-01-10"},
		{"only a planned start", Phase{Start: D(2025, 1, 2), Activities: acts()}, "2025-01-02–2025-01-17", "2025-01-02–2025-01-17"},
		{"only a planned end", Phase{End: D(2025, 1, 31), Activities: acts()}, "2025-01-06–2025-01-31", "2025-01-06–2025-01-31"},
		{"planned start after the activities", Phase{Start: D(2025, 2, 3), Activities: acts()}, "2025-02-03–2025-02-03", "2025-02-03–2025-02-03"},
		{"planned end before the activities", Phase{End: D(2025, 1, 3), Activities: acts()}, "2025-01-03–2025-01-03", "2025-01-03–2025-01-03"},
		{"planned span, no activities", Phase{Start: D(2025, 3, 3), End: D(2025, 3, 28)}, "2025-03-03–2025-03-28", "2025-03-03–2025-03-28"},
		{"only a start, no activities", Phase{Start: D(2025, 3, 3)}, "2025-03-03–2025-03-03", "2025-03-03–2025-03-03"},
		{"no span, no activities", Phase{}, "–", "–"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := schedulePlan()
			tt.phase.ID, tt.phase.Name = "1", "Oppstart"
			p.Phases = []Phase{tt.phase}
			s := scheduleOf(t, p)
			ph := s.Phases[0]
			if got := ph.Start.String() + "–" + ph.End.String(); got != tt.span {
				t.Errorf("phase span %s, want %s", got, tt.span)
			}
			if got := s.Start.String() + "–" + s.End.String(); got != tt.plan {
				t.Errorf("plan span %s, want %s", got, tt.plan)
			}
			if ph.Phase.Start != tt.phase.Start || ph.Phase.End != tt.phase.End {
				t.Errorf("planned bounds changed to %s–%s", ph.Phase.Start, ph.Phase.End)
			}
		})
	}
}

// TestSchedulePointAfterTimedActivity: in a workshop plan a milestone or
// deadline after a timed activity comes when that activity ends, the same
// day, not on the next working day without a time.
func TestSchedulePointAfterTimedActivity(t *testing.T) {
	p := schedulePlan(
		Activity{ID: "1.1", Kind: Workshop, Start: At(D(2025, 12, 10), 9, 0), Duration: Duration{90, Minutes}},
		Activity{ID: "1.2", Kind: Milestone, After: []Dependency{{ID: "1.1"}}},
		Activity{ID: "1.3", Kind: Deadline, After: []Dependency{{ID: "1.1"}}},
		Activity{ID: "1.4", Kind: Workshop, Duration: Duration{30, Minutes}, After: []Dependency{{ID: "1.2"}}},
		Activity{ID: "1.5", Kind: Milestone, After: []Dependency{{ID: "1.4", Lag: Duration{15, Minutes}}}},
		// A lag in days still counts days, and ends on a working day.
		Activity{ID: "1.6", Kind: Milestone, After: []Dependency{{ID: "1.1", Lag: Duration{1, WorkingDays}}}},
		// Without a clock time on the predecessor nothing changes.
		Activity{ID: "1.7", Kind: Work, Start: DayOf(D(2025, 12, 10)), Duration: Duration{1, WorkingDays}},
		Activity{ID: "1.8", Kind: Milestone, After: []Dependency{{ID: "1.7"}}},
	)
	s := scheduleOf(t, p)
	want := map[string]string{
		"1.1": "2025-12-10 09:00–2025-12-10 10:30",
		"1.2": "2025-12-10 10:30–2025-12-10 10:30",
		"1.3": "2025-12-10 10:30–2025-12-10 10:30",
		"1.4": "2025-12-10 10:30–2025-12-10 11:00",
		"1.5": "2025-12-10 11:15–2025-12-10 11:15",
		"1.6": "2025-12-12–2025-12-12",
		"1.7": "2025-12-10–2025-12-10",
		"1.8": "2025-12-11–2025-12-11",
	}
	for _, a := range s.Activities {
		if got := a.Start.String() + "–" + a.End.String(); got != want[a.ID] {
			t.Errorf("%s: %s, want %s", a.ID, got, want[a.ID])
		}
	}
	for _, q := range Check(s) {
		if q.Code == CodeBeforePredecessor || q.Code == CodeEndBeforeStart {
			t.Errorf("Check: %s", q.Message(Bokmal))
		}
	}
}

// A cycle is reported once, and the activities waiting on it share one
// warning instead of an error each; an activity behind it with a fixed
// start keeps its dates.
func TestScheduleCycleCascade(t *testing.T) {
	acts := []Activity{
		{ID: "1.1", Kind: Work, Start: DayOf(D(2025, 1, 6)), Duration: Duration{2, Days}, After: []Dependency{{ID: "1.3"}}},
		{ID: "1.2", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.1"}}},
		{ID: "1.3", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.2"}}},
	}
	for i := 4; i <= 15; i++ {
		acts = append(acts, Activity{ID: fmt.Sprintf("1.%d", i), Kind: Work, Duration: Duration{2, Days},
			After: []Dependency{{ID: fmt.Sprintf("1.%d", i-1)}}})
	}
	// Fixed, behind the cycle: dated, and its successor with it.
	acts = append(acts,
		Activity{ID: "2.1", Kind: Work, Start: DayOf(D(2025, 3, 3)), Duration: Duration{5, WorkingDays}, After: []Dependency{{ID: "1.15"}}},
		Activity{ID: "2.2", Kind: Milestone, After: []Dependency{{ID: "2.1"}}})
	s, ps := NewSchedule(schedulePlan(acts...))
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+" "+p.Severity.Label(English)+" "+p.Activity)
	}
	want := []string{CodeCycle + " error 1.1", CodeBlocked + " warning 1.4"}
	if !slices.Equal(got, want) {
		t.Fatalf("problems %v, want %v\n%v", got, want, ps)
	}
	if got, want := ps[1].Message(Bokmal), "12 aktiviteter etter ringen får ingen datoer (1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11 og 4 til) — de får datoer når ringen er brutt."; got != want {
		t.Errorf("nb:\n got %s\nwant %s", got, want)
	}
	if got, want := ps[1].Message(Nynorsk), "12 aktivitetar etter ringen får ingen datoar (1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11 og 4 til) — dei får datoar når ringen er broten."; got != want {
		t.Errorf("nn:\n got %s\nwant %s", got, want)
	}
	if got := ps[1].Message(English); !strings.HasPrefix(got, "12 activities after the cycle get no dates (1.4, ") || !strings.Contains(got, " and 4 more)") {
		t.Errorf("en: %s", got)
	}
	if a := s.Activity("2.1"); a.Start.String() != "2025-03-03" || a.End.String() != "2025-03-07" {
		t.Errorf("2.1 behind the cycle dated %s–%s, want its fixed 2025-03-03–2025-03-07", a.Start, a.End)
	}
	if a := s.Activity("2.2"); a.Start.String() != "2025-03-10" {
		t.Errorf("2.2 after 2.1 dated %s, want 2025-03-10", a.Start)
	}

	// Blocked by something else than a cycle: one warning naming the cause's kind.
	_, ps = NewSchedule(schedulePlan(
		Activity{ID: "1.1", Kind: Work, Duration: Duration{2, Days}},
		Activity{ID: "1.2", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.1"}}},
		Activity{ID: "1.3", Kind: Work, Duration: Duration{2, Days}, After: []Dependency{{ID: "1.2"}}}))
	if len(ps) != 2 || ps[0].Code != CodeNoDates || ps[1].Code != CodeBlocked ||
		ps[1].Message(Bokmal) != "2 aktiviteter får ingen datoer fordi de kommer etter en aktivitet som mangler dato (1.2, 1.3) — de får datoer når feilene over er rettet." {
		t.Errorf("problems %v", ps)
	}
}
