package prosessplan

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxPlanYears is the longest span of dates [Check] accepts.
const MaxPlanYears = 50

// Check returns the problems of a scheduled plan, most serious first and
// then in file order: missing who/what/when/why, dates out of order,
// activities outside their phase's planned span, consultation periods
// shorter than the plan type's minimum, decisions without a meeting,
// statutory councils left out, meetings in holidays.
//
// The legal minimums come from [RulesFor] the plan's type. Breaking one is
// an Error for plan types with a statutory process and Advice for those
// without (temaplan).
func Check(s *Schedule) Problems {
	if s == nil || s.Plan == nil {
		return Problems{nilPlanProblem()}
	}
	c := &checker{s: s, cal: s.Calendar}
	if c.cal == nil {
		c.cal = NewCalendar(s.Plan.Calendar)
	}
	c.rules, c.hasRules = RulesForPlan(s.Plan)
	c.legal = SeverityError
	if !c.rules.Statutory {
		c.legal = SeverityAdvice
	}
	c.index = make(map[string]*ScheduledActivity, len(s.Activities))
	for _, a := range s.Activities {
		if _, dup := c.index[a.ID]; !dup {
			c.index[a.ID] = a
		}
	}
	c.hearingRules()
	for _, a := range s.Activities {
		c.activity(a)
	}
	c.span()
	for _, d := range s.Decisions {
		c.decision(d)
		c.caseDeadline(d)
	}
	for _, ph := range s.Phases {
		c.phase(ph)
	}
	c.planRules()
	c.councils()
	c.objections()
	c.jointPlan()
	c.placeholders()
	sortProblems(c.probs)
	return c.probs
}

// CheckPlan schedules p and checks it: the problems of [NewSchedule] and
// of [Check] together, each reported once, most serious first.
func CheckPlan(p *Plan) (*Schedule, Problems) {
	if p == nil {
		return nil, Problems{nilPlanProblem()}
	}
	// Both only read the plan: a large plan is validated on another core
	// while it is scheduled.
	vc := make(chan Problems, 1)
	go func() { vc <- validate(p) }()
	s, ps := NewSchedule(p)
	if vs := <-vc; vs.HasErrors() {
		return s, vs
	}
	type key struct {
		code, activity string
		pos            Pos
	}
	seen := map[key]bool{}
	for _, q := range ps {
		seen[key{q.Code, q.Activity, q.Pos}] = true
	}
	for _, q := range Check(s) {
		if !seen[key{q.Code, q.Activity, q.Pos}] {
			ps = append(ps, q)
		}
	}
	sortProblems(ps)
	return s, ps
}

func sortProblems(ps Problems) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Severity != b.Severity {
			return int(a.Severity - b.Severity)
		}
		if c := strings.Compare(a.Pos.File, b.Pos.File); c != 0 {
			return c
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

type checker struct {
	s        *Schedule
	cal      *Calendar
	rules    Rules
	hasRules bool
	legal    Severity // severity of breaking a legal rule of the plan type
	index    map[string]*ScheduledActivity
	probs    Problems
	// hearingSteps and lastFixing are set by hearingRules.
	hearingSteps []StatutoryStep
	lastFixing   Date
}

// span reports a plan whose dates run over more than MaxPlanYears.
func (c *checker) span() {
	from, to := c.s.Start.Date, c.s.End.Date
	for _, a := range c.s.Activities {
		if !a.Start.IsZero() && (from.IsZero() || a.Start.Date.Before(from)) {
			from = a.Start.Date
		}
		if !a.End.IsZero() && a.End.Date.After(to) {
			to = a.End.Date
		}
	}
	if from.IsZero() || to.Year-from.Year <= MaxPlanYears {
		return
	}
	y := to.Year - from.Year
	c.add(CodeTooLong, SeverityError, c.s.Plan.Pos, "", Text{
		fmt.Sprintf("Planen går over %d år, fra %s til %s — sjekk årstallene; en prosessplan kan gå over høyst %d år.", y, from, to, MaxPlanYears),
		fmt.Sprintf("Planen går over %d år, frå %s til %s — sjekk årstala; ein prosessplan kan gå over høgst %d år.", y, from, to, MaxPlanYears),
		fmt.Sprintf("The plan spans %d years, from %s to %s — check the years; a process plan may span at most %d years.", y, from, to, MaxPlanYears)})
}

func (c *checker) add(code string, sev Severity, pos Pos, activity string, t Text) {
	c.probs = append(c.probs, Problem{Code: code, Severity: sev, Pos: pos, Activity: activity, Text: t.Map()})
}

// durationText writes d in language l: "6 uker", "6 veker", "6 weeks".
func durationText(d Duration, l Language) string {
	one := d.N == 1
	var unit string
	switch d.Unit {
	case Weeks:
		unit = Text{"uker", "veker", "weeks"}.In(l)
		if one {
			unit = Text{"uke", "veke", "week"}.In(l)
		}
	case WorkingDays:
		unit = Text{"virkedager", "vyrkedagar", "working days"}.In(l)
		if one {
			unit = Text{"virkedag", "vyrkedag", "working day"}.In(l)
		}
	case Minutes:
		unit = Text{"minutter", "minutt", "minutes"}.In(l)
	default:
		unit = Text{"dager", "dagar", "days"}.In(l)
		if one {
			unit = Text{"dag", "dag", "day"}.In(l)
		}
	}
	return fmt.Sprintf("%d %s", d.N, unit)
}

// weekdayNames are the days of the week, Sunday first as time.Weekday.
var weekdayNames = [7]Text{
	{"søndag", "sundag", "Sunday"},
	{"mandag", "måndag", "Monday"},
	{"tirsdag", "tysdag", "Tuesday"},
	{"onsdag", "onsdag", "Wednesday"},
	{"torsdag", "torsdag", "Thursday"},
	{"fredag", "fredag", "Friday"},
	{"lørdag", "laurdag", "Saturday"},
}

// dayText writes d with its weekday: "lørdag 2026-03-14".
func dayText(d Date, l Language) string {
	return weekdayNames[weekdayOf(d)].In(l) + " " + d.String()
}

func decisionPos(d *ScheduledDecision) Pos {
	if d.Pos != (Pos{}) {
		return d.Pos
	}
	return d.Activity.Pos
}

// activity checks one activity: who, what, why, its dates and the calendar.
func (c *checker) activity(a *ScheduledActivity) {
	id := a.ID
	if strings.TrimSpace(a.Name) == "" {
		c.add(CodeNoName, SeverityWarning, a.Pos, id, Text{
			fmt.Sprintf("Aktivitet %s har ikke noe navn — skriv hva som skal gjøres.", id),
			fmt.Sprintf("Aktivitet %s har ikkje noko namn — skriv kva som skal gjerast.", id),
			fmt.Sprintf("Activity %s has no name — say what is to be done.", id)})
	}
	if strings.TrimSpace(a.Responsible) == "" {
		c.add(CodeNoResponsible, SeverityWarning, a.Pos, id, Text{
			fmt.Sprintf("Aktivitet %s mangler ansvarlig — skriv hvem som har ansvaret (en person eller gruppe).", id),
			fmt.Sprintf("Aktivitet %s manglar ansvarleg — skriv kven som har ansvaret (ein person eller ei gruppe).", id),
			fmt.Sprintf("Activity %s has no one responsible — say who is responsible (a person or group).", id)})
	}
	if strings.TrimSpace(a.Purpose) == "" {
		c.add(CodeNoPurpose, SeverityWarning, a.Pos, id, Text{
			fmt.Sprintf("Aktivitet %s mangler hensikt — skriv hvorfor aktiviteten gjøres.", id),
			fmt.Sprintf("Aktivitet %s manglar føremål — skriv kvifor aktiviteten blir gjord.", id),
			fmt.Sprintf("Activity %s has no purpose — say why it is done.", id)})
	}
	if a.Start.IsZero() {
		return // NewSchedule has said why
	}
	if cmpTime(a.End, a.Start) < 0 {
		c.add(CodeEndBeforeStart, SeverityError, a.Pos, id, Text{
			fmt.Sprintf("Aktivitet %s slutter (%s) før den starter (%s) — rett start- eller sluttdatoen.", id, a.End, a.Start),
			fmt.Sprintf("Aktivitet %s sluttar (%s) før han startar (%s) — rett start- eller sluttdatoen.", id, a.End, a.Start),
			fmt.Sprintf("Activity %s ends (%s) before it starts (%s) — correct the start or end date.", id, a.End, a.Start)})
	}
	for _, dep := range a.After {
		pred, ok := c.index[dep.ID]
		if !ok || pred.End.IsZero() {
			continue
		}
		var early bool
		if pred.End.HasClock && a.Start.HasClock && (dep.Lag.IsZero() || dep.Lag.Unit == Minutes) {
			early = cmpTime(a.Start, addMinutes(pred.End, dep.Lag.N)) < 0
		} else {
			early = cmpDate(a.Start.Date, c.cal.shift(pred.End.Date, dep.Lag)) < 0
		}
		if early {
			pos := dep.Pos
			if pos == (Pos{}) {
				pos = a.Pos
			}
			c.add(CodeBeforePredecessor, SeverityError, pos, id, Text{
				fmt.Sprintf("Aktivitet %s starter %s, før aktivitet %s som den kommer etter er ferdig (%s) — flytt starten eller fjern avhengigheten.", id, a.Start, pred.ID, pred.End),
				fmt.Sprintf("Aktivitet %s startar %s, før aktivitet %s som han kjem etter er ferdig (%s) — flytt starten eller fjern avhengnaden.", id, a.Start, pred.ID, pred.End),
				fmt.Sprintf("Activity %s starts %s, before activity %s, which it comes after, is done (%s) — move the start or remove the dependency.", id, a.Start, pred.ID, pred.End)})
		}
	}
	switch a.Kind {
	case Hearing:
		c.hearing(a)
	case Meeting, Workshop, PublicMeeting, PoliticalDecision:
		c.meetingHoliday(a)
	}
	if a.Kind.IsPoint() && a.StartPrecision != MonthPrecision {
		c.workingDay(a, a.Start.Date)
	}
}

// phaseName names a phase in messages: "fase 2 «Utredning»", or by
// name or id alone when it lacks the other.
func phaseName(ph *Phase, l Language) string {
	word := Text{"fase", "fase", "phase"}.In(l)
	name := "«" + ph.Name + "»"
	if l == English {
		name = `"` + ph.Name + `"`
	}
	switch {
	case ph.ID != "" && ph.Name != "":
		return word + " " + ph.ID + " " + name
	case ph.Name != "":
		return word + " " + name
	}
	return strings.TrimSpace(word + " " + ph.ID)
}

// phase checks a phase's planned span (Phase.Start/End) and that its
// activities keep inside it. Phases without a planned span have nothing to
// check: their span is that of their activities.
func (c *checker) phase(sp *ScheduledPhase) {
	ph := sp.Phase
	from, to := ph.Start, ph.End
	if from.IsZero() && to.IsZero() {
		return
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		// Every activity would be outside a reversed span; the span is
		// what to correct.
		c.add(CodePhaseEndBeforeStart, SeverityError, ph.Pos, "", Text{
			fmt.Sprintf("%s slutter (%s) før den starter (%s) — rett start- eller sluttdatoen for fasen.", upperFirst(phaseName(ph, Bokmal)), to, from),
			fmt.Sprintf("%s sluttar (%s) før han startar (%s) — rett start- eller sluttdatoen for fasen.", upperFirst(phaseName(ph, Nynorsk)), to, from),
			fmt.Sprintf("%s ends (%s) before it starts (%s) — correct the phase's start or end date.", upperFirst(phaseName(ph, English)), to, from)})
		return
	}
	for _, a := range sp.Activities {
		if a.Start.IsZero() {
			continue // NewSchedule has said why
		}
		id := a.ID
		early := !from.IsZero() && a.Start.Date.Before(from)
		late := !to.IsZero() && !a.End.IsZero() && a.End.Date.After(to)
		switch {
		case early && late:
			c.add(CodeOutsidePhase, SeverityWarning, a.Pos, id, Text{
				fmt.Sprintf("Aktivitet %s går fra %s til %s, utover både starten og slutten av %s (%s–%s) — forkort eller flytt aktiviteten, eller endre fasens start og slutt.", id, a.Start.Date, a.End.Date, phaseName(ph, Bokmal), from, to),
				fmt.Sprintf("Aktivitet %s går frå %s til %s, utover både starten og slutten av %s (%s–%s) — korta inn eller flytt aktiviteten, eller endre starten og slutten på fasen.", id, a.Start.Date, a.End.Date, phaseName(ph, Nynorsk), from, to),
				fmt.Sprintf("Activity %s runs from %s to %s, beyond both the start and the end of %s (%s–%s) — shorten or move the activity, or change the phase's start and end.", id, a.Start.Date, a.End.Date, phaseName(ph, English), from, to)})
		case early:
			c.add(CodeOutsidePhase, SeverityWarning, a.Pos, id, Text{
				fmt.Sprintf("Aktivitet %s starter %s, før %s begynner (%s) — flytt aktiviteten, flytt den til en tidligere fase, eller endre fasens start.", id, a.Start.Date, phaseName(ph, Bokmal), from),
				fmt.Sprintf("Aktivitet %s startar %s, før %s byrjar (%s) — flytt aktiviteten, flytt han til ein tidlegare fase, eller endre starten på fasen.", id, a.Start.Date, phaseName(ph, Nynorsk), from),
				fmt.Sprintf("Activity %s starts on %s, before %s begins (%s) — move the activity, move it to an earlier phase, or change the phase's start.", id, a.Start.Date, phaseName(ph, English), from)})
		case late:
			c.add(CodeOutsidePhase, SeverityWarning, a.Pos, id, Text{
				fmt.Sprintf("Aktivitet %s slutter %s, etter at %s er over (%s) — forkort eller flytt aktiviteten, flytt den til en senere fase, eller endre fasens slutt.", id, a.End.Date, phaseName(ph, Bokmal), to),
				fmt.Sprintf("Aktivitet %s sluttar %s, etter at %s er over (%s) — korta inn eller flytt aktiviteten, flytt han til ein seinare fase, eller endre slutten på fasen.", id, a.End.Date, phaseName(ph, Nynorsk), to),
				fmt.Sprintf("Activity %s ends on %s, after %s is over (%s) — shorten or move the activity, move it to a later phase, or change the phase's end.", id, a.End.Date, phaseName(ph, English), to)})
		}
	}
}

// upperFirst capitalises the first letter of s, for a name that begins a
// sentence.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}

// workingDay warns when a deadline, milestone, decision or høringsfrist
// falls on a day off.
//
// A date the plan marks as fixed by its sources (fast-dato) is what it
// is: asking to move it would be a false alarm.
func (c *checker) workingDay(a *ScheduledActivity, d Date) {
	if c.cal.IsWorkingDay(d) || a.FixedDate {
		return
	}
	why := func(l Language) string {
		if name, ok := c.cal.Holiday(d, l); ok {
			return name
		}
		if cl, ok := c.cal.Closure(d); ok {
			return cl.Name
		}
		return Text{"helg", "helg", "weekend"}.In(l)
	}
	next := c.cal.OnOrAfter(d)
	kind := func(l Language) string {
		if a.Kind == Hearing {
			return Text{"høringsfristen", "høyringsfristen", "the consultation deadline"}.In(l)
		}
		return strings.ToLower(a.Kind.Label(l))
	}
	c.add(CodeNotWorkingDay, SeverityWarning, a.Pos, a.ID, Text{
		fmt.Sprintf("Aktivitet %s: %s faller på %s (%s) — flytt til en virkedag, for eksempel %s.", a.ID, kind(Bokmal), dayText(d, Bokmal), why(Bokmal), dayText(next, Bokmal)),
		fmt.Sprintf("Aktivitet %s: %s fell på %s (%s) — flytt til ein vyrkedag, til dømes %s.", a.ID, kind(Nynorsk), dayText(d, Nynorsk), why(Nynorsk), dayText(next, Nynorsk)),
		fmt.Sprintf("Activity %s: %s falls on %s (%s) — move it to a working day, e.g. %s.", a.ID, kind(English), dayText(d, English), why(English), dayText(next, English))})
}

// holidayPeriod returns the name of the holiday period d is in, in
// language l, or "".
func (c *checker) holidayPeriod(d Date, l Language) string {
	switch {
	case c.cal.InSummerHoliday(d):
		return Text{"fellesferien", "fellesferien", "the summer holiday"}.In(l)
	case InChristmas(d):
		return Text{"jule- og nyttårshelgen", "jule- og nyttårshelga", "Christmas and New Year"}.In(l)
	case InEasterWeek(d):
		return Text{"påskeuka", "påskeveka", "Easter week"}.In(l)
	}
	return ""
}

func (c *checker) meetingHoliday(a *ScheduledActivity) {
	d := a.Start.Date
	if c.holidayPeriod(d, Bokmal) == "" || a.FixedDate {
		return
	}
	kind := func(l Language) string { return strings.ToLower(a.Kind.Label(l)) }
	c.add(CodeMeetingHoliday, SeverityWarning, a.Pos, a.ID, Text{
		fmt.Sprintf("Aktivitet %s (%s) er %s, i %s — flytt den, mange er borte da.", a.ID, kind(Bokmal), dayText(d, Bokmal), c.holidayPeriod(d, Bokmal)),
		fmt.Sprintf("Aktivitet %s (%s) er %s, i %s — flytt han, mange er borte då.", a.ID, kind(Nynorsk), dayText(d, Nynorsk), c.holidayPeriod(d, Nynorsk)),
		fmt.Sprintf("Activity %s (%s) is on %s, in %s — move it, many people are away then.", a.ID, kind(English), dayText(d, English), c.holidayPeriod(d, English))})
}

// hearingStep returns the rule that applies to høring activity a: the
// planprogram's høring when a ends before the planprogram is fixed, else
// the plan proposal's.
func (c *checker) hearingStep(a *ScheduledActivity) (StatutoryStep, bool) {
	if len(c.hearingSteps) == 0 {
		return StatutoryStep{}, false
	}
	want := StepProposalHearing
	if !c.lastFixing.IsZero() && !a.End.Date.After(c.lastFixing) {
		want = StepProgramHearing
	}
	for _, st := range c.hearingSteps {
		if st.Code == want {
			return st, true
		}
	}
	return c.hearingSteps[0], true
}

// hearingRules finds what hearingStep needs once, not for every høring: the
// plan type's høring steps and the last meeting fixing the planprogram.
func (c *checker) hearingRules() {
	for _, st := range c.rules.Steps {
		if st.Kind == Hearing {
			c.hearingSteps = append(c.hearingSteps, st)
		}
	}
	for _, d := range c.s.Decisions {
		if m := d.Meeting(); d.Kind == PlanProgramFixing && m.After(c.lastFixing) {
			c.lastFixing = m
		}
	}
}

func (c *checker) hearing(a *ScheduledActivity) {
	from, to := a.Start.Date, a.End.Date
	if st, ok := c.hearingStep(a); ok && !st.MinDuration.IsZero() {
		if min := MinEnd(c.cal, from, st.MinDuration); to.Before(min) {
			days := from.DaysUntil(to) + 1
			need := c.cal.OnOrAfter(min)
			var nb, nn, en string
			if st.Paragraph != "" {
				nb = fmt.Sprintf("%s krever minst %s", st.Paragraph, durationText(st.MinDuration, Bokmal))
				nn = fmt.Sprintf("%s krev minst %s", st.Paragraph, durationText(st.MinDuration, Nynorsk))
				en = fmt.Sprintf("%s requires at least %s", st.Paragraph, durationText(st.MinDuration, English))
			} else {
				nb = fmt.Sprintf("anbefalt for en %s er minst %s", strings.ToLower(c.s.Plan.Type.Label(Bokmal)), durationText(st.MinDuration, Bokmal))
				nn = fmt.Sprintf("tilrådd for ein %s er minst %s", strings.ToLower(c.s.Plan.Type.Label(Nynorsk)), durationText(st.MinDuration, Nynorsk))
				en = fmt.Sprintf("at least %s is recommended for a %s", durationText(st.MinDuration, English), strings.ToLower(c.s.Plan.Type.Label(English)))
			}
			c.add(CodeHearingShort, c.legal, a.Pos, a.ID, Text{
				fmt.Sprintf("Aktivitet %s: høringen varer %d dager (%s–%s), men %s — forleng den til minst %s.", a.ID, days, from, to, nb, need),
				fmt.Sprintf("Aktivitet %s: høyringa varer %d dagar (%s–%s), men %s — forleng ho til minst %s.", a.ID, days, from, to, nn, need),
				fmt.Sprintf("Activity %s: the consultation lasts %d days (%s–%s), but %s — extend it to at least %s.", a.ID, days, from, to, en, need)})
		}
	}
	// Days in holiday periods, by period, in the order they occur.
	var periods []string
	var lost int
	for d := from; cmpDate(d, to) <= 0; d = nextDay(d) {
		if p := c.holidayPeriod(d, Bokmal); p != "" {
			lost++
			if !slices.Contains(periods, p) {
				periods = append(periods, p)
			}
		}
	}
	// Consultees are due the minimum period outside the holidays; a
	// høring long enough without the holiday days needs no more.
	need := Duration{N: 6, Unit: Weeks}
	if st, ok := c.hearingStep(a); ok && !st.MinDuration.IsZero() {
		need = st.MinDuration
	}
	if lost > 0 && from.DaysUntil(to)+1-lost >= from.DaysUntil(MinEnd(c.cal, from, need))+1 {
		lost = 0
	}
	if lost > 0 {
		in := func(l Language) string {
			var names []string
			for d := from; cmpDate(d, to) <= 0; d = nextDay(d) {
				if p := c.holidayPeriod(d, l); p != "" && !slices.Contains(names, p) {
					names = append(names, p)
				}
			}
			return strings.Join(names, Text{" og ", " og ", " and "}.In(l))
		}
		c.add(CodeHearingHoliday, SeverityWarning, a.Pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s: høringen går over %s (%d dager) — forleng fristen med like mange dager, så høringsinstansene får den tiden de skal ha.", a.ID, in(Bokmal), lost),
			fmt.Sprintf("Aktivitet %s: høyringa går over %s (%d dagar) — forleng fristen med like mange dagar, så høyringsinstansane får den tida dei skal ha.", a.ID, in(Nynorsk), lost),
			fmt.Sprintf("Activity %s: the consultation runs over %s (%d days) — extend the deadline by as many days, so consultees get the time they are due.", a.ID, in(English), lost)})
	}
	c.workingDay(a, to)
}

// concernsCouncils reports whether decisions of kind k are cases the
// statutory councils must see before the deciding body (kommuneloven § 5-12).
func concernsCouncils(k DecisionKind) bool {
	return k == StartNotice || k == HearingDecision || k == FinalDecision || k == PlanProgramFixing
}

func (c *checker) decision(d *ScheduledDecision) {
	a := d.Activity
	p := c.s.Plan
	pos := decisionPos(d)
	body := p.Body(d.Body)
	if body != nil && len(d.Steps) > 0 && d.Meeting().IsZero() {
		// NewSchedule reports the same; CheckPlan keeps one.
		last := d.Steps[len(d.Steps)-1]
		c.add(CodeNoMeeting, SeverityError, pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s: %s har ikke noe passende møte i møteplanen — legg inn flere møtedatoer.", a.ID, last.Body.Name),
			fmt.Sprintf("Aktivitet %s: %s har ikkje noko høveleg møte i møteplanen — legg inn fleire møtedatoar.", a.ID, last.Body.Name),
			fmt.Sprintf("Activity %s: %s has no suitable meeting in the meeting plan — add meeting dates.", a.ID, last.Body.Name)})
	}
	// An administrative decision (a leader group) is not a case for the
	// councils. TODO(issue 10): use the administrative decision kind
	// once the model has it.
	if body != nil && concernsCouncils(d.Kind) && !body.Kind.IsStatutoryCouncil() && body.Kind != Administrative {
		for i := range p.Bodies {
			council := &p.Bodies[i]
			if !council.Kind.IsStatutoryCouncil() || slices.Contains(d.Route, council.ID) || c.councilSawCase(council, d) {
				continue
			}
			if council.Municipality != "" && council.Municipality != body.Municipality {
				// Another municipality's council, in a joint plan; a joint
				// body's cases reach the councils through the høring.
				continue
			}
			c.add(CodeCouncilMissing, SeverityWarning, pos, a.ID, Text{
				fmt.Sprintf("Aktivitet %s: %s skal behandle saken (%s) før %s, men står ikke i saksgangen — legg %s inn i saksgangen før vedtaket.", a.ID, council.Name, strings.ToLower(d.Kind.Label(Bokmal)), body.Name, council.Name),
				fmt.Sprintf("Aktivitet %s: %s skal handsame saka (%s) før %s, men står ikkje i saksgangen — legg %s inn i saksgangen før vedtaket.", a.ID, council.Name, strings.ToLower(d.Kind.Label(Nynorsk)), body.Name, council.Name),
				fmt.Sprintf("Activity %s: %s must treat the case (%s) before %s, but is not in its routing — add %s to the routing before the decision.", a.ID, council.Name, strings.ToLower(d.Kind.Label(English)), body.Name, council.Name)})
		}
	}
	if h, ok := c.index[d.Hearing]; ok && d.Kind == HearingDecision && !h.Start.IsZero() && !d.Meeting().IsZero() &&
		cmpDate(h.Start.Date, d.Meeting()) <= 0 {
		m := d.Meeting()
		c.add(CodeHearingEarly, c.legal, h.Pos, h.ID, Text{
			fmt.Sprintf("Aktivitet %s: høringen starter %s, men vedtaket om å legge planen ut (aktivitet %s) er %s — start høringen etter vedtaket.", h.ID, h.Start.Date, a.ID, m),
			fmt.Sprintf("Aktivitet %s: høyringa startar %s, men vedtaket om å leggje planen ut (aktivitet %s) er %s — start høyringa etter vedtaket.", h.ID, h.Start.Date, a.ID, m),
			fmt.Sprintf("Activity %s: the consultation starts %s, but the decision to put the plan out (activity %s) is on %s — start the consultation after the decision.", h.ID, h.Start.Date, a.ID, m)})
	}
	if m := d.Meeting(); !m.IsZero() {
		for _, st := range d.Steps[:len(d.Steps)-1] {
			if st.Body == nil || !st.Body.Kind.IsStatutoryCouncil() || st.Meeting.IsZero() || st.Meeting.Before(m) {
				continue
			}
			c.add(CodeCouncilSameDay, SeverityWarning, pos, a.ID, Text{
				fmt.Sprintf("Aktivitet %s: %s møtes %s, samme dag som eller etter vedtaket i %s — uttalelsen må følge saken, så velg et tidligere møte.", a.ID, st.Body.Name, st.Meeting, body.Name),
				fmt.Sprintf("Aktivitet %s: %s møtest %s, same dag som eller etter vedtaket i %s — fråsegna må følgje saka, så vel eit tidlegare møte.", a.ID, st.Body.Name, st.Meeting, body.Name),
				fmt.Sprintf("Activity %s: %s meets on %s, the same day as or after the decision in %s — its statement must go with the case, so choose an earlier meeting.", a.ID, st.Body.Name, st.Meeting, body.Name)})
		}
	}
}

// councilSawCase reports whether council already treated the case of d
// in an activity of its own: one it takes part in that ends after the
// plan's previous decision and no later than d's meeting (an orientation
// in the council before the case goes on).
func (c *checker) councilSawCase(council *Body, d *ScheduledDecision) bool {
	m := d.Meeting()
	if m.IsZero() {
		return false
	}
	var prev Date
	for _, o := range c.s.Decisions {
		if om := o.Meeting(); o != d && !om.IsZero() && om.Before(m) && om.After(prev) {
			prev = om
		}
	}
	for _, a := range c.s.Activities {
		// A participant written as the council's name («Eldrerådet»)
		// rather than its ID is the council too.
		if a == d.Activity || a.End.IsZero() || !slices.ContainsFunc(a.Participants, func(x string) bool {
			return x == council.ID || (council.Name != "" && strings.EqualFold(x, council.Name))
		}) {
			continue
		}
		if a.Decision != nil && a.Decision.Body != council.ID {
			continue
		}
		if !a.End.Date.After(m) && (prev.IsZero() || !a.End.Date.Before(prev)) {
			return true
		}
	}
	// A case the council decided or saw in the route of an earlier
	// decision of the same kind is the same case treated again.
	for _, o := range c.s.Decisions {
		if o == d || o.Kind != d.Kind || o.Meeting().IsZero() || o.Meeting().After(m) {
			continue
		}
		if o.Body == council.ID || slices.Contains(o.Route, council.ID) {
			return true
		}
	}
	return false
}

// planRules checks the plan against the rules of its type: required
// steps present, decisions by the right body and in time, the draft
// public long enough before the decision.
func (c *checker) planRules() {
	if !c.hasRules {
		return
	}
	var hearings []*ScheduledActivity
	for _, a := range c.s.Activities {
		if a.Kind == Hearing {
			hearings = append(hearings, a)
		}
	}
	// Each required høring step needs a høring activity of its own.
	hearingSteps := 0
	for _, st := range c.rules.Steps {
		switch st.Kind {
		case Hearing:
			if !st.Required && c.rules.Statutory {
				continue
			}
			hearingSteps++
			if len(hearings) < hearingSteps {
				c.missing(st)
			}
		case PoliticalDecision:
			found := false
			for _, d := range c.s.Decisions {
				if d.Kind != st.Decision {
					continue
				}
				found = true
				c.decisionRules(st, d, hearings)
			}
			// Varsel om oppstart and its kunngjøring carry out the step
			// without a political case (pbl § 11-12, § 12-8).
			if st.Code == StepStartNotice && slices.ContainsFunc(c.s.Activities, func(a *ScheduledActivity) bool { return a.Kind == Notice }) {
				found = true
			}
			if !found && st.Decision != "" && (st.Required || !c.rules.Statutory) {
				c.missing(st)
			}
		}
	}
}

// missing reports a step the plan type requires (or, for a temaplan,
// recommends) that the plan does not have.
func (c *checker) missing(st StatutoryStep) {
	sev := SeverityWarning
	if !c.rules.Statutory {
		sev = SeverityAdvice
	}
	what := func(l Language) string {
		if st.Kind == Hearing {
			return strings.ToLower(Hearing.Label(l))
		}
		return strings.ToLower(st.Decision.Label(l))
	}
	ref := func(l Language) string {
		if st.Paragraph == "" {
			return Text{"anbefalt", "tilrådd", "recommended"}.In(l)
		}
		return st.Paragraph
	}
	c.add(CodeStepMissing, sev, c.s.Plan.Pos, "", Text{
		fmt.Sprintf("Planen har ingen aktivitet for %s (%s) — legg den inn: %s", what(Bokmal), ref(Bokmal), st.Text[Bokmal]),
		fmt.Sprintf("Planen har ingen aktivitet for %s (%s) — legg han inn: %s", what(Nynorsk), ref(Nynorsk), st.Text[Nynorsk]),
		fmt.Sprintf("The plan has no activity for %s (%s) — add one: %s", what(English), ref(English), st.Text[English])})
}

func (c *checker) decisionRules(st StatutoryStep, d *ScheduledDecision, hearings []*ScheduledActivity) {
	p := c.s.Plan
	a := d.Activity
	pos := decisionPos(d)
	body := p.Body(d.Body)
	if st.Body != "" && body != nil && body.Kind != st.Body {
		c.add(CodeDecisionBody, c.legal, pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s: %s skal vedtas av %s selv (%s), ikke av %s — gjør %s til vedtaksorgan.", a.ID, strings.ToLower(d.Kind.Label(Bokmal)), strings.ToLower(st.Body.Label(Bokmal)), st.Paragraph, body.Name, strings.ToLower(st.Body.Label(Bokmal))),
			fmt.Sprintf("Aktivitet %s: %s skal vedtakast av %s sjølv (%s), ikkje av %s — gjer %s til vedtaksorgan.", a.ID, strings.ToLower(d.Kind.Label(Nynorsk)), strings.ToLower(st.Body.Label(Nynorsk)), st.Paragraph, body.Name, strings.ToLower(st.Body.Label(Nynorsk))),
			fmt.Sprintf("Activity %s: the %s must be made by the %s itself (%s), not by %s — make the %s the deciding body.", a.ID, strings.ToLower(d.Kind.Label(English)), strings.ToLower(st.Body.Label(English)), st.Paragraph, body.Name, strings.ToLower(st.Body.Label(English)))})
	}
	m := d.Meeting()
	if m.IsZero() {
		return
	}
	if st.WithinYears > 0 && p.CouncilConstituted.IsZero() {
		c.add(CodeNoCouncilDate, SeverityAdvice, p.Pos, a.ID, Text{
			fmt.Sprintf("Planen sier ikke når kommunestyret ble konstituert, så fristen i %s kan ikke kontrolleres — legg inn datoen.", st.Paragraph),
			fmt.Sprintf("Planen seier ikkje når kommunestyret vart konstituert, så fristen i %s kan ikkje kontrollerast — legg inn datoen.", st.Paragraph),
			fmt.Sprintf("The plan does not say when the council was constituted, so the deadline of %s cannot be checked — add the date.", st.Paragraph)})
	}
	if st.WithinYears > 0 && !p.CouncilConstituted.IsZero() {
		limit := DateOf(p.CouncilConstituted.Time().AddDate(st.WithinYears, 0, 0))
		if m.After(limit) {
			c.add(CodeStrategyLate, c.legal, pos, a.ID, Text{
				fmt.Sprintf("Aktivitet %s: vedtaket %s er senere enn %s, ett år etter at kommunestyret ble konstituert %s (%s) — legg vedtaket til et møte før fristen.", a.ID, m, limit, p.CouncilConstituted, st.Paragraph),
				fmt.Sprintf("Aktivitet %s: vedtaket %s er seinare enn %s, eitt år etter at kommunestyret vart konstituert %s (%s) — legg vedtaket til eit møte før fristen.", a.ID, m, limit, p.CouncilConstituted, st.Paragraph),
				fmt.Sprintf("Activity %s: the decision on %s is later than %s, one year after the council was constituted on %s (%s) — move the decision to a meeting before the deadline.", a.ID, m, limit, p.CouncilConstituted, st.Paragraph)})
		}
	}
	for _, hs := range c.rules.Steps {
		if hs.MinBefore.IsZero() || !(hs.Before == st.Code || (hs.Before == "" && st.Decision == FinalDecision)) {
			continue
		}
		c.minBefore(hs, d, hearings)
	}
	if d.Kind == FinalDecision {
		for _, h := range hearings {
			// A høring wholly after the decision is about something else;
			// one still running when the plan is adopted is not.
			if h.End.IsZero() || h.Start.Date.After(m) || h.End.Date.Before(m) {
				continue
			}
			c.add(CodeFinalBeforeHearing, c.legal, pos, a.ID, Text{
				fmt.Sprintf("Aktivitet %s: sluttbehandlingen %s er før høringen %s er over (%s) — flytt vedtaket til etter høringsfristen.", a.ID, m, h.ID, h.End),
				fmt.Sprintf("Aktivitet %s: sluthandsaminga %s er før høyringa %s er over (%s) — flytt vedtaket til etter høyringsfristen.", a.ID, m, h.ID, h.End),
				fmt.Sprintf("Activity %s: the final reading on %s is before consultation %s is over (%s) — move the decision after the consultation deadline.", a.ID, m, h.ID, h.End)})
		}
	}
}

// minBefore checks that the draft was public for hs.MinBefore before
// the meeting of decision d (pbl § 10-1).
func (c *checker) minBefore(hs StatutoryStep, d *ScheduledDecision, hearings []*ScheduledActivity) {
	m := d.Meeting()
	a := d.Activity
	pos := decisionPos(d)
	var first Date
	for _, h := range hearings {
		if !h.Start.IsZero() && !h.Start.Date.After(m) && (first.IsZero() || h.Start.Date.Before(first)) {
			first = h.Start.Date
		}
	}
	need := c.cal.shift(m, Duration{N: -hs.MinBefore.N, Unit: hs.MinBefore.Unit})
	if first.IsZero() || first.After(need) {
		var nb, nn, en string
		if first.IsZero() {
			nb, nn, en = "ikke gjort offentlig", "ikkje gjort offentleg", "not made public"
		} else {
			nb = fmt.Sprintf("offentlig først %s", first)
			nn = fmt.Sprintf("offentleg først %s", first)
			en = fmt.Sprintf("public only from %s", first)
		}
		c.add(CodeDraftLate, c.legal, pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s: forslaget er %s, men skal være offentlig minst %s før behandlingen %s (%s) — legg det ut senest %s.", a.ID, nb, durationText(hs.MinBefore, Bokmal), m, hs.Paragraph, need),
			fmt.Sprintf("Aktivitet %s: framlegget er %s, men skal vere offentleg minst %s før handsaminga %s (%s) — legg det ut seinast %s.", a.ID, nn, durationText(hs.MinBefore, Nynorsk), m, hs.Paragraph, need),
			fmt.Sprintf("Activity %s: the draft is %s, but must be public at least %s before the treatment on %s (%s) — publish it by %s.", a.ID, en, durationText(hs.MinBefore, English), m, hs.Paragraph, need)})
	}
}

// councils reports a kommuneplan or planstrategi whose møteplan has none
// of the statutory councils: their cases would never reach them.
func (c *checker) councils() {
	p := c.s.Plan
	switch p.Type {
	case KommuneplanSamfunn, KommuneplanAreal, Kommunedelplan, Planstrategi:
	default:
		return
	}
	if len(c.s.Decisions) == 0 || slices.ContainsFunc(p.Bodies, func(b Body) bool { return b.Kind.IsStatutoryCouncil() }) {
		return
	}
	c.add(CodeNoCouncils, SeverityWarning, p.Pos, "", Text{
		"Møteplanen har ingen av de lovpålagte rådene (eldreråd, råd for personer med funksjonsnedsettelse, ungdomsråd) — legg dem inn under «organer» med møtene sine, og i saksgangen til vedtakene, så de får uttale seg før vedtaket (kommuneloven § 5-12).",
		"Møteplanen har ingen av dei lovpålagde råda (eldreråd, råd for personar med funksjonsnedsetjing, ungdomsråd) — legg dei inn under «organer» med møta sine, og i saksgangen til vedtaka, så dei får uttale seg før vedtaket (kommunelova § 5-12).",
		"The meeting plan has none of the statutory councils (for the elderly, for persons with disabilities, for young people) — add them under \"organer\" with their meetings, and to the routing of the decisions, so they can give their view before the decision (kommuneloven § 5-12)."})
}

// objections reports innsigelser still standing when a kommuneplan or
// reguleringsplan is adopted, with no mekling to resolve them: the parts
// they concern get no legal effect (pbl § 11-16, § 12-13), and mekling
// (pbl § 5-6) is the step the law provides.
func (c *checker) objections() {
	p := c.s.Plan
	var final *ScheduledDecision
	for _, d := range c.s.Decisions {
		if d.Kind == FinalDecision {
			final = d
		}
	}
	para := "pbl § 11-16"
	switch p.Type {
	case KommuneplanSamfunn, KommuneplanAreal, Kommunedelplan:
	case Reguleringsplan:
		para = "pbl § 12-13"
	default:
		return
	}
	if final == nil {
		return
	}
	for _, o := range p.Objections {
		if !o.Open() {
			continue
		}
		var med *ScheduledActivity
		if m, ok := c.index[o.Mediation]; ok && m.Kind == Mediation {
			med = m
		} else {
			for _, a := range c.s.Activities {
				if a.Kind == Mediation {
					med = a
					break
				}
			}
		}
		what := func(l Language) string {
			w := Text{"Innsigelsen", "Motsegna", "The objection"}.In(l)
			if o.From != "" {
				w += Text{" fra ", " frå ", " from "}.In(l) + o.From
			}
			if o.Subject != "" {
				w += " (" + o.Subject + ")"
			}
			return w
		}
		if med == nil {
			c.add(CodeObjectionOpen, c.legal, o.Pos, final.Activity.ID, Text{
				fmt.Sprintf("%s er ikke løst, og planen har ingen mekling før sluttbehandlingen — legg inn en aktivitet av typen mekling med statsforvalteren (pbl § 5-6), eller sett «status: løst» eller «trukket» når den er løst; ellers får den delen av planen ikke rettsvirkning (%s).", what(Bokmal), para),
				fmt.Sprintf("%s er ikkje løyst, og planen har inga mekling før sluthandsaminga — legg inn ein aktivitet av typen mekling med statsforvaltaren (pbl § 5-6), eller set «status: løst» eller «trukket» når ho er løyst; elles får den delen av planen ikkje rettsverknad (%s).", what(Nynorsk), para),
				fmt.Sprintf("%s is not resolved, and the plan has no mediation before the final reading — add an activity of type mekling with the county governor (pbl § 5-6), or set \"status: løst\" or \"trukket\" once it is resolved; otherwise that part of the plan gets no legal effect (%s).", what(English), para)})
			continue
		}
		if m := final.Meeting(); !m.IsZero() && !med.End.IsZero() && !med.End.Date.Before(m) {
			c.add(CodeObjectionOpen, SeverityWarning, o.Pos, med.ID, Text{
				fmt.Sprintf("%s er ikke løst, og meklingen (aktivitet %s, %s) er ikke ferdig før sluttbehandlingen %s — legg meklingen før vedtaket.", what(Bokmal), med.ID, med.End.Date, m),
				fmt.Sprintf("%s er ikkje løyst, og meklinga (aktivitet %s, %s) er ikkje ferdig før sluthandsaminga %s — legg meklinga før vedtaket.", what(Nynorsk), med.ID, med.End.Date, m),
				fmt.Sprintf("%s is not resolved, and the mediation (activity %s, %s) is not done before the final reading on %s — put the mediation before the decision.", what(English), med.ID, med.End.Date, m)})
		}
	}
}

// jointPlan reports a municipality of a joint plan whose own municipal
// council does not adopt the plan: each council adopts an
// interkommunal plan for its own municipality (pbl § 9-4).
func (c *checker) jointPlan() {
	p := c.s.Plan
	if len(p.Municipalities) < 2 {
		return
	}
	hasFinal := false
	adopts := map[string]bool{}
	for _, d := range c.s.Decisions {
		if d.Kind != FinalDecision {
			continue
		}
		hasFinal = true
		if b := p.Body(d.Body); b != nil && b.Kind == MunicipalCouncil {
			adopts[b.Municipality] = true
		}
	}
	if !hasFinal {
		return // the missing step is reported on its own
	}
	sev := SeverityWarning
	if !c.rules.Statutory {
		sev = SeverityAdvice
	}
	for _, m := range p.Municipalities {
		if adopts[m.ID] {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.ID
		}
		c.add(CodeJointDecision, sev, m.Pos, "", Text{
			fmt.Sprintf("%s vedtar ikke planen i sitt eget kommunestyre — en interkommunal plan vedtas av hvert kommunestyre (pbl § 9-4); legg inn en sluttbehandling der organet er kommunestyret med «kommune: %s».", name, m.ID),
			fmt.Sprintf("%s vedtek ikkje planen i sitt eige kommunestyre — ein interkommunal plan vert vedteken av kvart kommunestyre (pbl § 9-4); legg inn ei sluthandsaming der organet er kommunestyret med «kommune: %s».", name, m.ID),
			fmt.Sprintf("%s does not adopt the plan in its own municipal council — each council adopts a joint plan (pbl § 9-4); add a final reading whose body is the council with \"kommune: %s\".", name, m.ID)})
	}
}

// checkField names a field of a plan file in a placeholder message: its
// key, and what to fill in, in each language.
type checkField struct {
	key  string
	what Text
}

// placeholders reports the placeholder texts of NewStarter still in the
// plan. The plan's own fields have no position of their own; they are
// reported with the file name only, and the message names the key.
func (c *checker) placeholders() {
	p := c.s.Plan
	report := func(pos Pos, activity string, f checkField) {
		t := textf(Text{"«%s» har fortsatt eksempelteksten fra startplanen — fyll inn %s.",
			"«%s» har framleis eksempelteksten frå startplanen — fyll inn %s.",
			"\"%s\" still holds the example text of the starter plan — fill in %s."}, f.key, f.what)
		if activity != "" {
			t = textf(Text{"Aktivitet %s: %s", "Aktivitet %s: %s", "Activity %s: %s"}, activity, t)
		}
		c.add(CodePlaceholder, SeverityAdvice, pos, activity, t)
	}
	anyOf := func(texts []string, t Text) bool {
		return slices.ContainsFunc(texts, func(s string) bool { return holdsText(s, t) })
	}
	for _, f := range []struct {
		found bool
		field checkField
	}{
		{holdsText(p.Title, placeholderTitle), checkField{"tittel", Text{"planens tittel", "tittelen på planen", "the plan's title"}}},
		{holdsText(p.Municipality, placeholderMunicipality), checkField{"kommune", Text{"kommunens navn", "namnet på kommunen", "the municipality's name"}}},
		{holdsText(p.Unit, placeholderUnit), checkField{"enhet", Text{"enheten som har ansvaret", "eininga som har ansvaret", "the responsible unit"}}},
		{anyOf(p.Background, placeholderBackground), checkField{"bakgrunn", Text{"hvorfor planen lages nå", "kvifor planen vert laga no", "why the plan is made now"}}},
		{anyOf(p.Mandate, placeholderMandate), checkField{"mandat", Text{"hvem som har bestilt arbeidet, og mandatet", "kven som har bestilt arbeidet, og mandatet", "who ordered the work, and the mandate"}}},
		{anyOf(p.Goals, placeholderGoals), checkField{"mål", Text{"målene for planarbeidet", "måla for planarbeidet", "the goals of the planning work"}}},
		{holdsText(p.DesiredResult, placeholderResult), checkField{"ønsket-resultat", Text{"hva som skal være oppnådd", "kva som skal vere oppnådd", "what is to be achieved"}}},
		{anyOf(p.LegalBasis, placeholderLegalBasis), checkField{"lovgrunnlag", Text{"de andre lovene og føringene planen bygger på, eller ta bort eksempelteksten", "dei andre lovene og føringane planen byggjer på, eller ta bort eksempelteksten", "the other laws and guidelines the plan rests on, or remove the example text"}}},
	} {
		if f.found {
			report(Pos{File: p.Pos.File}, "", f.field)
		}
	}
	for i := range p.People {
		x := &p.People[i]
		if holdsText(x.Name, placeholderPerson) {
			report(x.Pos, "", checkField{"navn", Text{fmt.Sprintf("navnet på %s", x.ID), fmt.Sprintf("namnet på %s", x.ID), fmt.Sprintf("the name of %s", x.ID)}})
		}
	}
	for _, r := range p.Resources {
		if holdsText(r.Amount, placeholderAmount) {
			report(r.Pos, "", checkField{"omfang", Text{fmt.Sprintf("hvor mye som trengs av «%s»", r.What), fmt.Sprintf("kor mykje som trengst av «%s»", r.What), fmt.Sprintf("how much of \"%s\" is needed", r.What)}})
		}
	}
	for _, a := range c.s.Activities {
		if holdsText(a.Purpose, placeholderPurpose) {
			report(a.Pos, a.ID, checkField{"hensikt", Text{"hvorfor aktiviteten gjøres", "kvifor aktiviteten vert gjord", "why the activity is done"}})
		}
	}
}

// caseDeadline reports a decision whose saksframlegg is due (the earliest
// deadline in its saksgang) before the activities it comes after are done:
// only fixed dates can force that, since NewSchedule otherwise picks later
// meetings. It names the first meeting of the deciding body that works.
func (c *checker) caseDeadline(d *ScheduledDecision) {
	a := d.Activity
	due := d.Deadline()
	if a == nil || due.IsZero() {
		return
	}
	var ready Date
	var last *ScheduledActivity
	for _, dep := range a.After {
		if p, ok := c.index[dep.ID]; ok && !p.End.IsZero() && (ready.IsZero() || p.End.Date.After(ready)) {
			ready, last = p.End.Date, p
		}
	}
	if ready.IsZero() || !due.Before(ready) {
		return
	}
	var bodies []*Body
	for _, st := range d.Steps {
		if st.Body != nil {
			bodies = append(bodies, st.Body)
		}
	}
	meetings := func(id string) []Date {
		for _, b := range bodies {
			if b.ID == id {
				m := slices.Clone(b.Meetings)
				slices.SortFunc(m, cmpDate)
				return m
			}
		}
		return nil
	}
	steps, failed := routeFrom(c.cal, meetings, bodies, c.cal.NextWorkingDay(ready), ready)
	nb := fmt.Sprintf("Aktivitet %s: saksframlegget må være ferdig %s, men aktivitet %s, som saken bygger på, er ferdig først %s — ", a.ID, due, last.ID, ready)
	nn := fmt.Sprintf("Aktivitet %s: saksframlegget må vere ferdig %s, men aktivitet %s, som saka byggjer på, er ferdig først %s — ", a.ID, due, last.ID, ready)
	en := fmt.Sprintf("Activity %s: the case papers are due %s, but activity %s, which the case builds on, ends only on %s — ", a.ID, due, last.ID, ready)
	if failed < 0 && len(steps) > 0 {
		st := steps[len(steps)-1]
		nb += fmt.Sprintf("første møte som rekker saksfristen, er %s %s; flytt vedtaket dit, eller gjør arbeidet ferdig tidligere.", st.Body.Name, st.Meeting)
		nn += fmt.Sprintf("første møtet som rekk saksfristen, er %s %s; flytt vedtaket dit, eller gjer arbeidet ferdig tidlegare.", st.Body.Name, st.Meeting)
		en += fmt.Sprintf("the first meeting that meets the deadline is %s on %s; move the decision there, or finish the work earlier.", st.Body.Name, st.Meeting)
	} else {
		nb += "ingen møter i møteplanen rekker saksfristen; legg inn flere møter, eller gjør arbeidet ferdig tidligere."
		nn += "ingen møte i møteplanen rekk saksfristen; legg inn fleire møte, eller gjer arbeidet ferdig tidlegare."
		en += "no meeting in the meeting plan meets the deadline; add meetings, or finish the work earlier."
	}
	c.add(CodeCaseDeadline, SeverityWarning, decisionPos(d), a.ID, Text{nb, nn, en})
}
