package prosessplan

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// IsPoint reports whether activities of kind k happen on one day (or at
// one moment): deadlines, milestones and political treatments. Their
// Start and End are equal.
func (k ActivityKind) IsPoint() bool {
	return k == Deadline || k == Milestone || k == PoliticalDecision
}

// edge is a finish-to-start dependency from activity from.
type edge struct {
	from int
	lag  Duration
	pos  Pos
}

type scheduler struct {
	p     *Plan
	cal   *Calendar
	s     *Schedule
	acts  []*ScheduledActivity
	index map[string]int
	preds [][]edge
	// dated is set once an activity has its dates.
	dated []bool
	// driver is the predecessor that decided an activity's start, or -1.
	driver []int
	// meetings are each body's meetings, sorted.
	meetings map[string][]Date
	bodies   map[string]*Body
	probs    Problems
	// inCycle is set for the activities on a reported dependency cycle.
	inCycle []bool
	// blockedIDs are the activities left without dates because a
	// predecessor has none. They are reported together, once, since each
	// has the same fix: that of the problem reported for the predecessor.
	blockedIDs []int
	// undatedByCycle is set for the blocked activities that wait, directly
	// or not, on a cycle.
	undatedByCycle []bool
}

func (sc *scheduler) report(code string, sev Severity, pos Pos, activity string, t Text) {
	sc.probs = append(sc.probs, Problem{Code: code, Severity: sev, Pos: pos, Activity: activity, Text: t.Map()})
}

// NewSchedule computes the dates of p. Problems that leave a date unknown
// (a dependency cycle, an activity with neither dates nor duration, a
// decision with no meeting of its body) are returned as Problems together
// with a schedule that holds every date it could compute.
//
// An activity gets its dates from, in order of precedence: a fixed Start
// (and End, or Duration); its predecessors (it starts on the next working
// day after the latest of them ends, plus any lag) and Duration; a fixed
// End and Duration counted backwards. A decision point goes to the deciding
// body's meeting, after the meetings of the bodies of its Route.
func NewSchedule(p *Plan) (*Schedule, Problems) {
	if p == nil {
		return nil, Problems{nilPlanProblem()}
	}
	p = withDefaults(p)
	sc := &scheduler{
		p:        p,
		cal:      NewCalendar(p.Calendar),
		meetings: map[string][]Date{},
		bodies:   map[string]*Body{},
	}
	sc.s = &Schedule{Plan: p, Calendar: sc.cal}
	sc.collect()
	order := sc.order()
	for _, i := range order {
		sc.date(i)
	}
	sc.reportBlocked()
	sc.finish()
	sc.critical()
	return sc.s, sc.probs
}

// collect builds the scheduled activities, phases and bodies in plan order.
func (sc *scheduler) collect() {
	p := sc.p
	for i := range p.Bodies {
		b := &p.Bodies[i]
		if _, dup := sc.bodies[b.ID]; dup {
			continue
		}
		sc.bodies[b.ID] = b
		m := slices.Clone(b.Meetings)
		slices.SortFunc(m, cmpDate)
		sc.meetings[b.ID] = m
	}
	// The scheduled phases and activities, the index and the edges are
	// each allocated once: a big plan made thousands of small allocations.
	total, edges := 0, 0
	for i := range p.Phases {
		total += len(p.Phases[i].Activities)
		for j := range p.Phases[i].Activities {
			edges += len(p.Phases[i].Activities[j].After)
		}
	}
	phases := make([]ScheduledPhase, len(p.Phases))
	all := make([]ScheduledActivity, total)
	sc.index = make(map[string]int, total)
	sc.acts = make([]*ScheduledActivity, 0, total)
	sc.s.Phases = make([]*ScheduledPhase, 0, len(p.Phases))
	for i := range p.Phases {
		ph := &p.Phases[i]
		sp := &phases[i]
		sp.Phase = ph
		sc.s.Phases = append(sc.s.Phases, sp)
		if len(ph.Activities) > 0 {
			sp.Activities = make([]*ScheduledActivity, 0, len(ph.Activities))
		}
		for j := range ph.Activities {
			a := &ph.Activities[j]
			sa := &all[len(sc.acts)]
			sa.Activity, sa.Phase = a, ph
			sp.Activities = append(sp.Activities, sa)
			if _, dup := sc.index[a.ID]; dup {
				sc.report(CodeDuplicateID, SeverityError, a.Pos, a.ID, Text{
					fmt.Sprintf("Aktivitet %s: nummeret er brukt før — gi aktiviteten et eget nummer.", a.ID),
					fmt.Sprintf("Aktivitet %s: nummeret er brukt før — gje aktiviteten eit eige nummer.", a.ID),
					fmt.Sprintf("Activity %s: the number is already used — give the activity a number of its own.", a.ID)})
			} else {
				sc.index[a.ID] = len(sc.acts)
			}
			sc.acts = append(sc.acts, sa)
		}
	}
	sc.s.Activities = sc.acts
	n := len(sc.acts)
	sc.preds = make([][]edge, n)
	sc.dated = make([]bool, n)
	sc.driver = make([]int, n)
	flat := make([]edge, 0, edges)
	for i, sa := range sc.acts {
		sc.driver[i] = -1
		start := len(flat)
		for _, dep := range sa.After {
			j, ok := sc.index[dep.ID]
			if !ok {
				pos := dep.Pos
				if pos == (Pos{}) {
					pos = sa.Pos
				}
				sc.report(CodeUnknownActivity, SeverityError, pos, sa.ID, Text{
					fmt.Sprintf("Aktivitet %s skal komme etter %q, men det finnes ingen aktivitet med det nummeret — rett nummeret i «etter».", sa.ID, dep.ID),
					fmt.Sprintf("Aktivitet %s skal kome etter %q, men det finst ingen aktivitet med det nummeret — rett nummeret i «etter».", sa.ID, dep.ID),
					fmt.Sprintf("Activity %s comes after %q, but there is no activity with that number — correct the number in \"after\".", sa.ID, dep.ID)})
				continue
			}
			flat = append(flat, edge{from: j, lag: dep.Lag, pos: dep.Pos})
		}
		if len(flat) > start {
			// Capped, so that an append to one activity's edges cannot
			// run into the next one's.
			sc.preds[i] = flat[start:len(flat):len(flat)]
		} else {
			sc.preds[i] = nil
		}
		if d := sa.Activity.Decision; d != nil {
			sd := &ScheduledDecision{Decision: d, Activity: sa}
			if b := sc.bodies[d.Body]; b != nil && b.Kind == Administrative {
				sa.AdminDecision = sd
				sc.s.AdminDecisions = append(sc.s.AdminDecisions, sd)
			} else {
				sa.Decision = sd
				sc.s.Decisions = append(sc.s.Decisions, sd)
			}
		}
	}
}

// order returns the activities in dependency order (Kahn's algorithm,
// ties in plan order). Activities on a cycle are left out, and each cycle
// is reported once. Those behind a cycle follow in an order of their own,
// as if the cycle's activities had no successors, so that date can give
// them their fixed dates or count them as blocked.
func (sc *scheduler) order() []int {
	n := len(sc.acts)
	indeg := make([]int, n)
	succ := make([][]int, n)
	for i, es := range sc.preds {
		for _, e := range es {
			indeg[i]++
			succ[e.from] = append(succ[e.from], i)
		}
	}
	queue := make([]int, 0, n)
	for i := range n {
		if indeg[i] == 0 {
			queue = append(queue, i)
		}
	}
	kahn := func(from int) {
		for k := from; k < len(queue); k++ {
			for _, j := range succ[queue[k]] {
				indeg[j]--
				if indeg[j] == 0 {
					queue = append(queue, j)
				}
			}
		}
	}
	kahn(0)
	if len(queue) == n {
		return queue
	}
	sc.inCycle = sc.cycles(indeg, succ)
	// Every cycle has at least one reported activity on it, so without
	// the edges out of those the rest is acyclic.
	rest := len(queue)
	for i := range n {
		if sc.inCycle[i] {
			for _, j := range succ[i] {
				indeg[j]--
				if indeg[j] == 0 && !sc.inCycle[j] {
					queue = append(queue, j)
				}
			}
		}
	}
	kahn(rest)
	return queue
}

// cycles reports every dependency cycle among the activities Kahn's
// algorithm could not order (indeg > 0), once each, and returns the
// activities on a cycle.
func (sc *scheduler) cycles(indeg []int, succ [][]int) []bool {
	const (
		white = iota
		grey
		black
	)
	color := make([]int, len(sc.acts))
	inCycle := make([]bool, len(sc.acts))
	pos := make([]int, len(sc.acts)) // position on the stack
	var stack []int
	type frame struct{ node, next int }
	for root := range sc.acts {
		if indeg[root] == 0 || color[root] != white {
			continue
		}
		frames := []frame{{root, 0}}
		color[root] = grey
		pos[root] = 0
		stack = append(stack[:0], root)
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			if f.next < len(succ[f.node]) {
				j := succ[f.node][f.next]
				f.next++
				if indeg[j] == 0 {
					continue
				}
				switch color[j] {
				case white:
					color[j] = grey
					pos[j] = len(stack)
					stack = append(stack, j)
					frames = append(frames, frame{j, 0})
				case grey:
					sc.reportCycle(stack[pos[j]:], inCycle)
				}
				continue
			}
			color[f.node] = black
			stack = stack[:len(stack)-1]
			frames = frames[:len(frames)-1]
		}
	}
	return inCycle
}

func (sc *scheduler) reportCycle(nodes []int, inCycle []bool) {
	for _, i := range nodes {
		inCycle[i] = true
	}
	ids := make([]string, 0, len(nodes)+1)
	for _, i := range nodes {
		ids = append(ids, sc.acts[i].ID)
	}
	ids = append(ids, ids[0])
	chain := strings.Join(ids, " → ")
	first := sc.acts[nodes[0]]
	sc.report(CodeCycle, SeverityError, first.Pos, first.ID, Text{
		fmt.Sprintf("Aktivitetene venter på hverandre i ring: %s — fjern én av avhengighetene («etter»).", chain),
		fmt.Sprintf("Aktivitetane ventar på kvarandre i ring: %s — fjern éin av avhengnadene («etter»).", chain),
		fmt.Sprintf("The activities wait for each other in a cycle: %s — remove one of the dependencies (\"after\").", chain)})
}

// shift returns the day d after day t, not moved to a working day:
// where a lag after a predecessor ends.
func (c *Calendar) shift(t Date, d Duration) Date {
	switch d.Unit {
	case WorkingDays:
		return c.AddWorkingDays(t, d.N)
	case Weeks:
		return addDays(t, 7*d.N)
	case Days:
		return addDays(t, d.N)
	}
	return t
}

// addMinutes returns t plus n minutes, carrying into the next days.
func addMinutes(t Time, n int) Time {
	m := t.Minute + n
	days := m / (24 * 60)
	m %= 24 * 60
	if m < 0 {
		m += 24 * 60
		days--
	}
	return Time{Date: addDays(t.Date, days), Minute: m, HasClock: t.HasClock}
}

// EndOf returns the end of an activity that starts at start and lasts d:
// working days count only working days (the start day is the first);
// calendar days and weeks count every day, weeks ending on the day before
// the start's weekday (domstolloven § 148), and an end on a weekend or
// holiday moves to the next working day (§ 149); minutes count from the
// start's time of day.
func (c *Calendar) EndOf(start Time, d Duration) Time {
	if d.N <= 0 {
		return start
	}
	switch d.Unit {
	case Minutes:
		return addMinutes(start, d.N)
	case WorkingDays:
		return Time{Date: c.AddWorkingDays(c.OnOrAfter(start.Date), d.N-1)}
	case Weeks:
		return Time{Date: c.OnOrAfter(addDays(start.Date, 7*d.N-1))}
	case Days:
		return Time{Date: c.OnOrAfter(addDays(start.Date, d.N-1))}
	}
	return start
}

// MinEnd returns the earliest lawful end of a period of length d from
// start, before any move to a working day: what a period must at least
// reach for its length to count as d.
func MinEnd(c *Calendar, start Date, d Duration) Date {
	switch d.Unit {
	case WorkingDays:
		return c.AddWorkingDays(c.OnOrAfter(start), d.N-1)
	case Weeks:
		return addDays(start, 7*d.N-1)
	case Days:
		return addDays(start, d.N-1)
	}
	return start
}

// startOf returns the start of an activity that begins d before end.
func (sc *scheduler) startOf(end Time, d Duration) Time {
	if d.N <= 0 {
		return end
	}
	switch d.Unit {
	case Minutes:
		return addMinutes(end, -d.N)
	case WorkingDays:
		return Time{Date: sc.cal.AddWorkingDays(sc.cal.OnOrBefore(end.Date), -(d.N - 1))}
	case Weeks:
		return Time{Date: addDays(end.Date, -(7*d.N - 1))}
	case Days:
		return Time{Date: addDays(end.Date, -(d.N - 1))}
	}
	return end
}

// earliest returns the earliest start after the predecessors of activity
// i, and whether every predecessor is dated and there is at least one.
func (sc *scheduler) earliest(i int) (Time, bool) {
	sa := sc.acts[i]
	var best Time
	found := false
	for _, e := range sc.preds[i] {
		if !sc.dated[e.from] {
			return Time{}, false
		}
		end := sc.acts[e.from].End
		var t Time
		// In a workshop plan the next item follows at the clock time the
		// previous one ends: a timed activity, and also a milestone or
		// deadline, which has no duration of its own to say it is timed.
		// (Political treatments go to meetings, by date.)
		atClock := sa.Duration.Unit == Minutes || sa.Kind == Milestone || sa.Kind == Deadline
		if end.HasClock && (e.lag.Unit == Minutes || (atClock && e.lag.IsZero())) {
			t = addMinutes(end, e.lag.N)
		} else {
			t = Time{Date: sc.cal.NextWorkingDay(sc.cal.shift(end.Date, e.lag))}
		}
		if !found || cmpTime(t, best) > 0 {
			best, found = t, true
			sc.driver[i] = e.from
		}
	}
	return best, found
}

// date computes the dates of activity i, whose predecessors are done.
func (sc *scheduler) date(i int) {
	sa := sc.acts[i]
	a := sa.Activity
	pre, hasPre := sc.earliest(i)
	if len(sc.preds[i]) > 0 && !hasPre && a.Start.IsZero() {
		// A predecessor has no dates, for a reason reported on its own.
		sc.blocked(i)
		return
	}
	if !a.Start.IsZero() {
		// A fixed start wins over the predecessors; Check reports a
		// start before them.
		sc.driver[i] = -1
	}
	// A month is its working days: "start: 2018-10" is 1 October, or the
	// first working day after it; "slutt: 2018-10" the last one.
	fixedStart, fixedEnd := a.Start, a.End
	if a.StartPrecision == MonthPrecision && !fixedStart.IsZero() {
		fixedStart = DayOf(sc.cal.OnOrAfter(fixedStart.Date))
	}
	if a.EndPrecision == MonthPrecision && !fixedEnd.IsZero() {
		fixedEnd = DayOf(sc.cal.OnOrBefore(fixedEnd.Date))
	}
	var start, end Time
	switch {
	case !fixedStart.IsZero():
		start = fixedStart
	case hasPre:
		start = pre
	case !fixedEnd.IsZero():
		start = sc.startOf(fixedEnd, a.Duration)
	}
	if sa.Decision != nil || sa.AdminDecision != nil {
		ready := Date{}
		if hasPre && a.Start.IsZero() {
			ready = sc.ready(i)
		}
		sc.decide(i, start, ready)
		sc.decisionEnd(i)
		return
	}
	if start.IsZero() {
		sc.report(CodeNoDates, SeverityError, a.Pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s har verken dato eller forgjenger — gi den en startdato, eller si hvilken aktivitet den kommer etter.", a.ID),
			fmt.Sprintf("Aktivitet %s har verken dato eller forgjengar — gje han ein startdato, eller sei kva aktivitet han kjem etter.", a.ID),
			fmt.Sprintf("Activity %s has neither a date nor a predecessor — give it a start date, or say which activity it comes after.", a.ID)})
		return
	}
	switch {
	case a.Kind.IsPoint():
		end = start
	case !fixedEnd.IsZero():
		end = fixedEnd
	case a.StartPrecision == MonthPrecision && a.Duration.IsZero() && !a.Start.IsZero():
		// "start: oktober 2018" alone: the activity takes the month.
		last := D(a.Start.Date.Year, a.Start.Date.Month+1, 0)
		end = DayOf(sc.cal.OnOrBefore(last))
		if end.Date.Before(start.Date) {
			end = start
		}
	default:
		end = sc.cal.EndOf(start, a.Duration)
	}
	sa.Start, sa.End = start, end
	sc.dated[i] = true
}

// blocked notes that activity i gets no dates because a predecessor has
// none; reportBlocked reports all such activities at once.
func (sc *scheduler) blocked(i int) {
	if sc.undatedByCycle == nil {
		sc.undatedByCycle = make([]bool, len(sc.acts))
	}
	sc.blockedIDs = append(sc.blockedIDs, i)
	for _, e := range sc.preds[i] {
		if !sc.dated[e.from] && (sc.inCycle != nil && sc.inCycle[e.from] || sc.undatedByCycle[e.from]) {
			sc.undatedByCycle[i] = true
		}
	}
}

// maxListed is how many activity numbers a summary problem lists.
const maxListed = 8

// listIDs returns the numbers of the activities is, the first maxListed of
// them and the count of the rest in language l ("1.4, 1.5 og 3 til").
func (sc *scheduler) listIDs(is []int, l Language) string {
	ids := make([]string, 0, maxListed)
	for k, i := range is {
		if k == maxListed {
			break
		}
		ids = append(ids, sc.acts[i].ID)
	}
	s := strings.Join(ids, ", ")
	if more := len(is) - len(ids); more > 0 {
		s += fmt.Sprintf(Text{" og %d til", " og %d til", " and %d more"}.In(l), more)
	}
	return s
}

// reportBlocked reports, in one problem, the activities that got no dates
// only because a predecessor has none. The cause (a cycle, an activity
// without a date or meeting) is reported on its own, and fixing it dates
// them all, so a problem for each would bury the one that matters.
func (sc *scheduler) reportBlocked() {
	is := sc.blockedIDs
	if len(is) == 0 {
		return
	}
	// The cause is always reported as an error; should it not be, the
	// summary is the error.
	sev := SeverityWarning
	if !sc.probs.HasErrors() {
		sev = SeverityError
	}
	behindCycle := true
	for _, i := range is {
		behindCycle = behindCycle && sc.undatedByCycle[i]
	}
	first := sc.acts[is[0]]
	nbList, nnList, enList := sc.listIDs(is, Bokmal), sc.listIDs(is, Nynorsk), sc.listIDs(is, English)
	n := len(is)
	if n == 1 {
		nbCause, nnCause, enCause := "aktiviteten den kommer etter, mangler dato", "aktiviteten han kjem etter, manglar dato", "the activity it comes after has none"
		if behindCycle {
			nbCause, nnCause, enCause = "den kommer etter aktivitetene som venter på hverandre i ring", "han kjem etter aktivitetane som ventar på kvarandre i ring", "it comes after the activities that wait for each other in a cycle"
		}
		sc.report(CodeBlocked, sev, first.Pos, first.ID, Text{
			fmt.Sprintf("Aktivitet %s får ingen datoer fordi %s — den får datoer når feilen over er rettet.", first.ID, nbCause),
			fmt.Sprintf("Aktivitet %s får ingen datoar fordi %s — han får datoar når feilen over er retta.", first.ID, nnCause),
			fmt.Sprintf("Activity %s gets no dates because %s — it gets them once the error above is fixed.", first.ID, enCause)})
		return
	}
	if behindCycle {
		sc.report(CodeBlocked, sev, first.Pos, first.ID, Text{
			fmt.Sprintf("%d aktiviteter etter ringen får ingen datoer (%s) — de får datoer når ringen er brutt.", n, nbList),
			fmt.Sprintf("%d aktivitetar etter ringen får ingen datoar (%s) — dei får datoar når ringen er broten.", n, nnList),
			fmt.Sprintf("%d activities after the cycle get no dates (%s) — they get them once the cycle is broken.", n, enList)})
		return
	}
	sc.report(CodeBlocked, sev, first.Pos, first.ID, Text{
		fmt.Sprintf("%d aktiviteter får ingen datoer fordi de kommer etter en aktivitet som mangler dato (%s) — de får datoer når feilene over er rettet.", n, nbList),
		fmt.Sprintf("%d aktivitetar får ingen datoar fordi dei kjem etter ein aktivitet som manglar dato (%s) — dei får datoar når feila over er retta.", n, nnList),
		fmt.Sprintf("%d activities get no dates because they come after an activity that has none (%s) — they get them once the errors above are fixed.", n, enList)})
}

// lastMeetingBefore returns the last meeting of body strictly before d.
func (sc *scheduler) lastMeetingBefore(body string, d Date) (Date, bool) {
	m := sc.meetings[body]
	k := sort.Search(len(m), func(k int) bool { return cmpDate(m[k], d) >= 0 })
	if k == 0 {
		return Date{}, false
	}
	return m[k-1], true
}

func (sc *scheduler) step(b *Body, meeting Date) CaseStep { return caseStep(sc.cal, b, meeting) }

func (sc *scheduler) noMeeting(sa *ScheduledActivity, pos Pos, b *Body, after Date) {
	if len(sc.meetings[b.ID]) == 0 {
		sc.report(CodeNoMeeting, SeverityError, pos, sa.ID, Text{
			fmt.Sprintf("Aktivitet %s: %s har ingen møter i møteplanen — legg inn møtedatoene til %s.", sa.ID, b.Name, b.Name),
			fmt.Sprintf("Aktivitet %s: %s har ingen møte i møteplanen — legg inn møtedatoane til %s.", sa.ID, b.Name, b.Name),
			fmt.Sprintf("Activity %s: %s has no meetings in the meeting plan — add the meeting dates of %s.", sa.ID, b.Name, b.Name)})
		return
	}
	sc.report(CodeNoMeeting, SeverityError, pos, sa.ID, Text{
		fmt.Sprintf("Aktivitet %s: %s har ikke noe møte fra %s i møteplanen — legg inn flere møtedatoer, eller flytt saken tidligere.", sa.ID, b.Name, after),
		fmt.Sprintf("Aktivitet %s: %s har ikkje noko møte frå %s i møteplanen — legg inn fleire møtedatoar, eller flytt saka tidlegare.", sa.ID, b.Name, after),
		fmt.Sprintf("Activity %s: %s has no meeting on or after %s in the meeting plan — add meeting dates, or move the case earlier.", sa.ID, b.Name, after)})
}

func (sc *scheduler) unknownBody(sa *ScheduledActivity, pos Pos, id string) {
	sc.report(CodeUnknownBody, SeverityError, pos, sa.ID, Text{
		fmt.Sprintf("Aktivitet %s: organet %q finnes ikke i møteplanen — legg det til under «organer», eller rett navnet.", sa.ID, id),
		fmt.Sprintf("Aktivitet %s: organet %q finst ikkje i møteplanen — legg det til under «organ», eller rett namnet.", sa.ID, id),
		fmt.Sprintf("Activity %s: the body %q is not in the meeting plan — add it under \"bodies\", or correct the name.", sa.ID, id)})
}

// ready returns the day the work that prepares decision activity i is
// done: the latest end of its predecessors. (A lag moves the meeting, not
// the end of the work.)
func (sc *scheduler) ready(i int) Date {
	var r Date
	for _, e := range sc.preds[i] {
		if !sc.dated[e.from] {
			continue
		}
		end := sc.acts[e.from].End.Date
		if r.IsZero() || end.After(r) {
			r = end
		}
	}
	return r
}

// routeFrom places a case on the first meetings of bodies, in order, from
// date at (each strictly after the one before), whose saksfrist (meeting
// minus the body's notice days, on a working day) is not before ready: a
// case cannot go to a meeting whose papers are due before the work that
// prepares them is done. meetings returns a body's meetings, sorted. It
// returns the steps and the index of the first body with no such meeting,
// or -1; from that body on, the steps have no meeting.
func routeFrom(cal *Calendar, meetings func(string) []Date, bodies []*Body, at, ready Date) ([]CaseStep, int) {
	steps := make([]CaseStep, len(bodies))
	strict := false
	for k, b := range bodies {
		m := meetings(b.ID)
		j := sort.Search(len(m), func(j int) bool {
			c := cmpDate(m[j], at)
			return c > 0 || (c == 0 && !strict)
		})
		for ; j < len(m); j++ {
			if ready.IsZero() || !caseStep(cal, b, m[j]).Deadline.Before(ready) {
				break
			}
		}
		if j == len(m) {
			for r := k; r < len(bodies); r++ {
				steps[r] = CaseStep{Body: bodies[r]}
			}
			return steps, k
		}
		steps[k] = caseStep(cal, b, m[j])
		at, strict = m[j], true
	}
	return steps, -1
}

// caseStep is body b's treatment at meeting, with its saksfrist.
func caseStep(cal *Calendar, b *Body, meeting Date) CaseStep {
	st := CaseStep{Body: b, Meeting: meeting}
	if !meeting.IsZero() {
		st.Deadline = cal.OnOrBefore(addDays(meeting, -b.NoticeDays))
	}
	return st
}

// decide places decision activity i on its deciding body's meeting, after
// the meetings of its Route, from the earliest date from, at meetings
// whose saksfrist is not before ready (the day its preparations end; zero
// when nothing prepares it).
func (sc *scheduler) decide(i int, from Time, ready Date) {
	sa := sc.acts[i]
	sd := sa.Decision
	if sd == nil {
		sd = sa.AdminDecision
	}
	d := sd.Decision
	pos := d.Pos
	if pos == (Pos{}) {
		pos = sa.Pos
	}
	body, ok := sc.bodies[d.Body]
	if !ok {
		sc.unknownBody(sa, pos, d.Body)
	}
	var route []*Body
	for _, id := range d.Route {
		if b, ok := sc.bodies[id]; ok {
			route = append(route, b)
		} else {
			sc.unknownBody(sa, pos, id)
		}
	}
	if body == nil {
		return
	}
	steps := make([]CaseStep, len(route)+1)
	if !d.Meeting.IsZero() {
		if !slices.Contains(body.Meetings, d.Meeting) {
			sc.report(CodeMeetingNotInPlan, SeverityError, pos, sa.ID, Text{
				fmt.Sprintf("Aktivitet %s: %s har ikke møte %s i møteplanen — velg en av møtedatoene, eller legg møtet inn i møteplanen.", sa.ID, body.Name, d.Meeting),
				fmt.Sprintf("Aktivitet %s: %s har ikkje møte %s i møteplanen — vel ein av møtedatoane, eller legg møtet inn i møteplanen.", sa.ID, body.Name, d.Meeting),
				fmt.Sprintf("Activity %s: %s has no meeting on %s in the meeting plan — choose one of its meeting dates, or add the meeting to the plan.", sa.ID, body.Name, d.Meeting)})
		}
		steps[len(route)] = sc.step(body, d.Meeting)
		// With the decision fixed, the route goes to the last meetings
		// before it, so the councils see the case as late as they can.
		next := d.Meeting
		for k := len(route) - 1; k >= 0; k-- {
			m, ok := sc.lastMeetingBefore(route[k].ID, next)
			if !ok {
				sc.report(CodeNoMeeting, SeverityError, pos, sa.ID, Text{
					fmt.Sprintf("Aktivitet %s: %s har ikke noe møte før %s i møteplanen — legg inn et møte, eller flytt vedtaket senere.", sa.ID, route[k].Name, next),
					fmt.Sprintf("Aktivitet %s: %s har ikkje noko møte før %s i møteplanen — legg inn eit møte, eller flytt vedtaket seinare.", sa.ID, route[k].Name, next),
					fmt.Sprintf("Activity %s: %s has no meeting before %s in the meeting plan — add a meeting, or move the decision later.", sa.ID, route[k].Name, next)})
				for ; k >= 0; k-- {
					steps[k] = CaseStep{Body: route[k]}
				}
				break
			}
			steps[k] = sc.step(route[k], m)
			next = m
		}
		sd.Steps = steps
		sa.Start, sa.End = DayOf(d.Meeting), DayOf(d.Meeting)
		sc.dated[i] = true
		return
	}
	if from.IsZero() {
		sc.report(CodeNoDates, SeverityError, sa.Pos, sa.ID, Text{
			fmt.Sprintf("Aktivitet %s: vedtakspunktet har verken møtedato, dato eller forgjenger — velg møtedato, eller si hvilken aktivitet saken kommer etter.", sa.ID),
			fmt.Sprintf("Aktivitet %s: vedtakspunktet har verken møtedato, dato eller forgjengar — vel møtedato, eller sei kva aktivitet saka kjem etter.", sa.ID),
			fmt.Sprintf("Activity %s: the decision point has neither a meeting date, a date nor a predecessor — choose a meeting date, or say which activity the case comes after.", sa.ID)})
		return
	}
	all := append(route, body)
	steps, failed := routeFrom(sc.cal, func(id string) []Date { return sc.meetings[id] }, all, from.Date, ready)
	sd.Steps = steps
	if failed >= 0 {
		after := from.Date
		if failed > 0 {
			after = steps[failed-1].Meeting
		}
		sc.noMeeting(sa, pos, all[failed], after)
		return
	}
	at := steps[len(steps)-1].Meeting
	sa.Start, sa.End = DayOf(at), DayOf(at)
	sc.dated[i] = true
}

// decisionEnd reports a decision activity whose fixed end is not its
// meeting day: a decision is taken at one meeting, so the end would
// otherwise be ignored without a word.
//
// A meeting or workshop that ends with the decision keeps its times of day
// when they are on the meeting day.
func (sc *scheduler) decisionEnd(i int) {
	sa := sc.acts[i]
	a := sa.Activity
	if sa.Start.IsZero() {
		return
	}
	if a.Start.HasClock && a.Start.Date == sa.Start.Date {
		sa.Start = a.Start
		switch {
		case a.End.HasClock && a.End.Date == sa.Start.Date:
			sa.End = a.End
		case a.End.IsZero() && a.Duration.Unit == Minutes:
			sa.End = addMinutes(a.Start, a.Duration.N)
		default:
			sa.End = sa.Start
		}
	}
	m := sa.Start.Date
	if d := a.Decision; d != nil && !d.Meeting.IsZero() && !a.Start.IsZero() && a.Start.Date != m {
		sc.report(CodeDecisionDate, SeverityError, a.Pos, a.ID, Text{
			fmt.Sprintf("Aktivitet %s har startdato %s, men vedtaket er lagt til møtet %s — fjern «start», eller rett «møte».", a.ID, a.Start.Date, m),
			fmt.Sprintf("Aktivitet %s har startdato %s, men vedtaket er lagt til møtet %s — fjern «start», eller rett «møte».", a.ID, a.Start.Date, m),
			fmt.Sprintf("Activity %s has the start date %s, but the decision is set for the meeting on %s — remove \"start\", or correct \"møte\".", a.ID, a.Start.Date, m)})
	}
	if a.End.IsZero() || a.End.Date == sa.Start.Date {
		return
	}
	sc.report(CodeDecisionDate, SeverityError, a.Pos, a.ID, Text{
		fmt.Sprintf("Aktivitet %s er et vedtakspunkt og behandles på møtet %s, men har sluttdato %s — fjern «slutt», eller legg arbeidet fram til saken i en egen aktivitet som vedtaket kommer etter.", a.ID, m, a.End.Date),
		fmt.Sprintf("Aktivitet %s er eit vedtakspunkt og vert handsama på møtet %s, men har sluttdato %s — fjern «slutt», eller legg arbeidet fram til saka i ein eigen aktivitet som vedtaket kjem etter.", a.ID, m, a.End.Date),
		fmt.Sprintf("Activity %s is a decision point, treated at the meeting on %s, but has the end date %s — remove \"slutt\", or put the work up to the case in an activity of its own that the decision comes after.", a.ID, m, a.End.Date)})
}

// finish computes the spans of the phases and of the plan. A phase's
// planned bounds, when set, are its span whatever its activities do: the
// plan promises them, and Check reports the activities outside them.
func (sc *scheduler) finish() {
	s := sc.s
	for _, sp := range s.Phases {
		for _, sa := range sp.Activities {
			if sa.Start.IsZero() {
				continue
			}
			if sp.Start.IsZero() || cmpTime(sa.Start, sp.Start) < 0 {
				sp.Start = sa.Start
			}
			if sp.End.IsZero() || cmpTime(sa.End, sp.End) > 0 {
				sp.End = sa.End
			}
		}
		if !sp.Phase.Start.IsZero() {
			sp.Start = DayOf(sp.Phase.Start)
		}
		if !sp.Phase.End.IsZero() {
			sp.End = DayOf(sp.Phase.End)
		}
		// With one bound planned, the other follows the activities; it is
		// moved to the planned one when there are none, or when they lie
		// wholly on the other side of it, so the span is never open or
		// reversed. (Both planned and reversed is the planner's error,
		// which Check reports.)
		planStart, planEnd := !sp.Phase.Start.IsZero(), !sp.Phase.End.IsZero()
		if planStart != planEnd && (sp.Start.IsZero() || sp.End.IsZero() || cmpTime(sp.End, sp.Start) < 0) {
			if planStart {
				sp.End = sp.Start
			} else {
				sp.Start = sp.End
			}
		}
		if sp.Start.IsZero() {
			continue
		}
		if s.Start.IsZero() || cmpTime(sp.Start, s.Start) < 0 {
			s.Start = sp.Start
		}
		if s.End.IsZero() || cmpTime(sp.End, s.End) > 0 {
			s.End = sp.End
		}
	}
}

// critical marks the chain of activities that decides the plan's end: from
// the activity that ends last back through the predecessors that decided
// each start. Moving any of them moves the end of the plan.
func (sc *scheduler) critical() {
	last := -1
	for i, sa := range sc.acts {
		if sa.End.IsZero() {
			continue
		}
		if last < 0 || cmpTime(sa.End, sc.acts[last].End) > 0 {
			last = i
		}
	}
	var path []string
	for i := last; i >= 0; i = sc.driver[i] {
		sc.acts[i].Critical = true
		path = append(path, sc.acts[i].ID)
	}
	slices.Reverse(path)
	sc.s.CriticalPath = path
}
