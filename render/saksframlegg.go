package render

import (
	"sort"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// BuildSaksframlegg returns one saksframlegg draft per decision point of s,
// in plan order. Each has the header (municipality, saksbehandler,
// arkivsak, date), the saksgang with the bodies in order and the deciding
// body last, the title, the recommendation first (worded for the decision
// kind and plan type, or the planner's own proposal), then Sammendrag,
// Saksopplysninger, Vurdering (questions for the case officer, marked as
// text to complete) and Vedlegg.
func BuildSaksframlegg(s *prosessplan.Schedule, opts Options) []*Document {
	out := make([]*Document, 0, len(s.Decisions))
	ev := events(s)
	for _, d := range s.Decisions {
		out = append(out, buildCase(s, opts, d, ev))
	}
	return out
}

// caseDate is the saksframlegg's date: the deadline for the finished
// papers, so the draft is dated the day it must be ready.
func caseDate(s *prosessplan.Schedule, d *prosessplan.ScheduledDecision) prosessplan.Date {
	if dl := d.Deadline(); !dl.IsZero() {
		return dl
	}
	if m := d.Meeting(); !m.IsZero() {
		return m
	}
	return planDate(s)
}

func (b *builder) decidingBody(d *prosessplan.ScheduledDecision) string {
	if n := len(d.Steps); n > 0 && d.Steps[n-1].Body != nil {
		return d.Steps[n-1].Body.Name
	}
	if d.Body != "" {
		return b.p.Name(d.Body)
	}
	return ""
}

func buildCase(s *prosessplan.Schedule, opts Options, d *prosessplan.ScheduledDecision, ev *caseEvents) *Document {
	b := newBuilder(s, opts, SaksframleggDoc)
	p, w := b.p, b.w
	cw := caseWordsFor(b.lang)
	doc := b.doc
	date := caseDate(s, d)
	doc.Created = date.Time()

	name := planName(p.Title)
	title := name
	if d.Kind != "" {
		if title != "" {
			title += " – "
		}
		title += lowerFirst(d.Kind.Label(b.lang))
	}
	if title == "" {
		title = w.Saksframlegg
	}
	doc.Title = title
	doc.Subject = name
	id := ""
	if d.Activity != nil {
		id = d.Activity.ID
	}
	doc.FileName = strings.Trim("saksframlegg-"+Slug(id)+"-"+Slug(string(d.Kind)), "-")
	doc.Keywords = keywords(lowerFirst(w.Saksframlegg), d.Kind.Label(b.lang), p.Municipality, name)
	// A saksframlegg is a draft by nature; only a plan rendered in spite of
	// its problems marks it, since its facts may be wrong.
	b.draft = len(opts.Problems) > 0
	doc.HeaderText = b.draftHeader(headerText(p.Municipality, w.Saksframlegg))
	doc.FooterText = b.prof.FooterText
	if doc.FooterText == "" && p.CaseNumber != "" {
		doc.FooterText = w.CaseNumber + " " + p.CaseNumber
	}

	// Header.
	kv := &KeyValue{}
	add := func(k, v string) {
		if v != "" {
			kv.Pairs = append(kv.Pairs, Pair{Key: k, Value: v})
		}
	}
	add(w.Municipality, b.prof.Municipality)
	add(w.DocumentType, w.Saksframlegg)
	if p.CaseOfficer != "" {
		add(w.CaseOfficer, b.p.Name(p.CaseOfficer))
	}
	add(w.CaseNumber, p.CaseNumber)
	add(w.DateLabel, w.Date(date))
	b.add(kv)

	// Saksgang.
	if len(d.Steps) > 0 {
		t := table(w.SaksgangTitle, []string{w.Body, w.MeetingDate, w.CaseNo}, []float64{0.5, 0.25, 0.25})
		for _, st := range d.Steps {
			name, no := "", ""
			if st.Body != nil {
				name = st.Body.Name
			}
			// Political bodies number their cases (PS …/17); an administrative body does not.
			if !st.Meeting.IsZero() && (st.Body == nil || st.Body.Kind != prosessplan.Administrative) {
				no = sprintf(cw.caseNoField, st.Meeting.Year%100)
			}
			t.addRow(name, w.ShortDate(st.Meeting), no)
		}
		b.add(t)
	} else if d.Body != "" {
		t := table(w.SaksgangTitle, []string{w.Body, w.MeetingDate, w.CaseNo}, []float64{0.5, 0.25, 0.25})
		t.addRow(p.Name(d.Body), "", "")
		b.add(t)
	}

	b.heading(0, title)

	// The recommendation comes first, as in every saksframlegg.
	rec := w.Recommendation
	if strings.EqualFold(b.prof.ChiefExecutive, Radmann) {
		rec = w.RecommendationRadmann
	}
	b.heading(1, rec)
	points := d.Proposal
	if len(points) == 0 {
		points = b.recommendation(d, cw)
	}
	b.list(true, points)

	// Sammendrag.
	b.heading(1, w.Summary)
	if strings.TrimSpace(d.Summary) != "" {
		b.para(d.Summary)
	} else {
		kind := lowerFirst(d.Kind.Label(b.lang))
		b.para(sprintf(cw.summary, kind, name, b.decidingBody(d), w.Date(d.Meeting())))
	}

	// Saksopplysninger.
	b.heading(1, w.Facts)
	if nonEmpty(p.Background) {
		b.heading(2, w.Background)
		b.paras(p.Background)
	}
	if nonEmpty(p.Mandate) {
		b.heading(2, w.Mandate)
		b.paras(p.Mandate)
	}
	if strings.TrimSpace(p.DesiredResult) != "" || nonEmpty(p.Goals) {
		b.heading(2, w.GoalsAndResult)
		b.para(p.DesiredResult)
		b.list(false, p.Goals)
	}
	b.caseProcess(d, ev)
	b.caseParticipation(d, cw)
	b.caseLegal(d)

	// Vurdering: questions the case officer answers; never pre-written.
	b.heading(1, w.Assessment)
	for _, q := range cw.questions[d.Kind] {
		b.styled(ToComplete, q)
	}
	if d.Kind == prosessplan.FinalDecision && isKommuneplan(p.Type) {
		b.heading(2, w.Req1114)
		for _, q := range cw.q1114 {
			b.styled(ToComplete, q)
		}
	}
	for _, q := range cw.always {
		b.styled(ToComplete, q)
	}

	// Vedlegg.
	b.heading(1, w.Attachments)
	var att []string
	switch d.Kind {
	case prosessplan.PlanProgramFixing:
		att = append(att, sprintf(cw.planProgramFor, name))
	case prosessplan.HearingDecision, prosessplan.FinalDecision:
		att = append(att, sprintf(w.DraftOf, name))
	}
	att = append(att, sprintf(w.ProcessPlanOf, docTitle(w, p.Title), w.Date(planDate(s))))
	b.list(true, att)
	return doc
}

func isKommuneplan(t prosessplan.PlanType) bool {
	return t == prosessplan.KommuneplanSamfunn || t == prosessplan.KommuneplanAreal || t == prosessplan.Kommunedelplan
}

// paragraphFor returns the legal paragraph of the plan type's step for
// decision kind k, without the "pbl " prefix ("§ 11-13"), or "".
func (b *builder) paragraphFor(k prosessplan.DecisionKind, code string) string {
	rules, ok := prosessplan.RulesFor(b.p.Type)
	if !ok {
		return ""
	}
	for _, st := range rules.Steps {
		if (k != "" && st.Decision == k || code != "" && st.Code == code) && st.Paragraph != "" {
			return strings.TrimPrefix(st.Paragraph, "pbl ")
		}
	}
	return ""
}

// next returns the first decision of one of kinds after d.
func (b *builder) next(d *prosessplan.ScheduledDecision, kinds ...prosessplan.DecisionKind) *prosessplan.ScheduledDecision {
	after := false
	for _, x := range b.s.Decisions {
		if x == d {
			after = true
			continue
		}
		if !after {
			continue
		}
		for _, k := range kinds {
			if x.Kind == k {
				return x
			}
		}
	}
	return nil
}

// hearingFor finds the høring period a hearing decision puts out: the
// activity it names, else the first høring after its meeting.
func (b *builder) hearingFor(d *prosessplan.ScheduledDecision) *prosessplan.ScheduledActivity {
	if d.Hearing != "" {
		if a := b.s.Activity(d.Hearing); a != nil {
			return a
		}
	}
	m := d.Meeting()
	for _, a := range b.s.Activities {
		if a.Kind == prosessplan.Hearing && !a.Start.IsZero() && !a.Start.Date.Before(m) {
			return a
		}
	}
	return nil
}

func (b *builder) recommendation(d *prosessplan.ScheduledDecision, cw *caseWords) []string {
	p, w := b.p, b.w
	name := planName(p.Title)
	body := b.decidingBody(d)
	planDated := w.Date(planDate(b.s))
	draftDated := w.Date(caseDate(b.s, d))
	legal := func(par string) string {
		if par == "" {
			return ""
		}
		return sprintf(cw.legalRef, par)
	}
	switch d.Kind {
	case prosessplan.StartNotice:
		pts := []string{sprintf(cw.startNotice, body, name)}
		switch {
		case p.Type == prosessplan.Temaplan:
			pts = append(pts, sprintf(cw.startAsTema, planDated))
		case p.Type != "":
			pts = append(pts, sprintf(cw.startAsPlan, lowerFirst(p.Type.Label(b.lang)), planDated))
		}
		if n := b.next(d, prosessplan.HearingDecision, prosessplan.FinalDecision); n != nil && !n.Meeting().IsZero() {
			pts = append(pts, sprintf(cw.startDraftIn, w.MonthYear(n.Meeting())))
		}
		return pts
	case prosessplan.ProcessPlanApp:
		return []string{sprintf(cw.ppApprove, body, name, planDated), cw.ppChanges}
	case prosessplan.PlanProgramFixing:
		return []string{sprintf(cw.progFix, body, name, draftDated, legal(b.paragraphFor(d.Kind, ""))), cw.progNoAppeal}
	case prosessplan.HearingDecision:
		period := ""
		if h := b.hearingFor(d); h != nil {
			from, to := w.fromTo(h.Start.Date, endOf(h).Date)
			period = sprintf(cw.hearingPeriod, from, to)
		}
		pts := []string{sprintf(cw.hearing, name, draftDated, period, legal(b.paragraphFor("", prosessplan.StepProposalHearing)))}
		if n := b.next(d, prosessplan.FinalDecision); n != nil && !n.Meeting().IsZero() {
			pts = append(pts, sprintf(cw.hearingFinalIn, w.MonthYear(n.Meeting())))
		}
		return pts
	case prosessplan.FinalDecision:
		return []string{sprintf(cw.final, body, name, draftDated, legal(b.paragraphFor(d.Kind, ""))), cw.finalBudget}
	}
	return []string{sprintf(cw.briefing, body, name)}
}

// caseProcess tells the process so far and ahead: the activities of every
// kind (work, meetings, workshops, høring, political treatments,
// milestones) nearest the meeting on each side. Activities further away
// are left to the process plan, which is attached, so that a long plan's
// case stays readable.
func (b *builder) caseProcess(d *prosessplan.ScheduledDecision, ev *caseEvents) {
	w := b.w
	ref := d.Meeting()
	if ref.IsZero() {
		return
	}
	// A case names the nearest activities; the attached process plan has the rest.
	const most = 20
	refK := dayKey(ref)
	skip := func(e event) bool { return d.Activity != nil && e.a == d.Activity }

	// Done before the meeting: the latest ends, told in the order they started.
	var before []event
	i := sort.Search(len(ev.byEnd), func(i int) bool { return ev.byEnd[i].end >= refK })
	for j := i - 1; j >= 0 && len(before) < most; j-- {
		if !skip(ev.byEnd[j]) {
			before = append(before, ev.byEnd[j])
		}
	}
	sort.SliceStable(before, func(x, y int) bool {
		if before[x].start != before[y].start {
			return before[x].start < before[y].start
		}
		return before[x].end < before[y].end
	})
	// Ahead: the first to start after the meeting day.
	var after []event
	i = sort.Search(len(ev.byStart), func(i int) bool { return ev.byStart[i].start > refK })
	for j := i; j < len(ev.byStart) && len(after) < most; j++ {
		if !skip(ev.byStart[j]) {
			after = append(after, ev.byStart[j])
		}
	}
	if len(before) > 0 {
		b.heading(2, w.ProcessSoFar)
		b.list(false, b.processItems(before))
	}
	if len(after) > 0 {
		b.heading(2, w.ProcessAhead)
		b.list(false, b.processItems(after))
	}
}

// event is a dated activity named in a case, with its days as keys.
type event struct {
	a          *prosessplan.ScheduledActivity
	start, end int
}

// caseEvents holds the schedule's dated activities sorted two ways, once
// for all its cases, so each case finds its nearest ones by binary search
// rather than by scanning every activity.
type caseEvents struct {
	byStart, byEnd []event
}

func events(s *prosessplan.Schedule) *caseEvents {
	var out []event
	for _, a := range s.Activities {
		if !a.Start.IsZero() {
			out = append(out, event{a, dayKey(a.Start.Date), dayKey(endOf(a).Date)})
		}
	}
	tl := &caseEvents{byStart: out, byEnd: append([]event(nil), out...)}
	sort.SliceStable(tl.byStart, func(i, j int) bool {
		x, y := tl.byStart[i], tl.byStart[j]
		return x.start < y.start || x.start == y.start && x.end < y.end
	})
	sort.SliceStable(tl.byEnd, func(i, j int) bool { return tl.byEnd[i].end < tl.byEnd[j].end })
	return tl
}

// dayKey orders dates as integers (20171207); 0 for the zero Date. It is
// far cheaper than Date.Compare in loops over every activity.
func dayKey(d prosessplan.Date) int { return d.Year*10000 + int(d.Month)*100 + d.Day }

func endOf(a *prosessplan.ScheduledActivity) prosessplan.Time {
	if a.End.IsZero() {
		return a.Start
	}
	return a.End
}

func (b *builder) processItems(es []event) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = b.processItem(e.a, endOf(e.a))
	}
	return out
}

func (b *builder) processItem(a *prosessplan.ScheduledActivity, end prosessplan.Time) string {
	item := b.w.Span(a.Start, end) + ": " + a.Name
	if a.Decision != nil {
		if body := b.decidingBody(a.Decision); body != "" && !strings.Contains(strings.ToLower(a.Name), strings.ToLower(body)) {
			item += " (" + body + ")"
		}
	}
	return item
}

func (b *builder) caseParticipation(d *prosessplan.ScheduledDecision, cw *caseWords) {
	w, p := b.w, b.p
	var councils []string
	for _, st := range d.Steps {
		if st.Body != nil && st.Body.Kind.IsStatutoryCouncil() {
			councils = append(councils, st.Body.Name+" ("+w.Date(st.Meeting)+")")
		}
	}
	if len(p.Participation) == 0 && len(councils) == 0 && !b.hasCouncils() {
		return
	}
	b.heading(2, w.Participation)
	b.participationTable()
	switch {
	case len(councils) > 0:
		b.para(sprintf(cw.councilsInRoute, w.Join(councils)))
	case b.hasCouncils() && d.Kind != prosessplan.Briefing && !b.administrative(d):
		b.styled(ToComplete, cw.councilsMissing)
	}
}

func (b *builder) caseLegal(d *prosessplan.ScheduledDecision) {
	w, p := b.w, b.p
	var steps []string
	if rules, ok := prosessplan.RulesFor(p.Type); ok {
		for _, st := range rules.Steps {
			if st.Decision == d.Kind && d.Kind != "" ||
				d.Kind == prosessplan.HearingDecision && st.Code == prosessplan.StepProposalHearing {
				if !b.legalSays(st) {
					steps = append(steps, b.stepText(st))
				}
			}
		}
	}
	if !nonEmpty(p.LegalBasis) && len(steps) == 0 {
		return
	}
	b.heading(2, w.LegalBasis)
	b.paras(p.LegalBasis)
	b.paras(steps)
}

// legalSays reports whether the planner's legal basis already has step st.
func (b *builder) legalSays(st prosessplan.StatutoryStep) bool {
	for _, par := range b.p.LegalBasis {
		if b.saysStep(par, st) {
			return true
		}
	}
	return false
}

// administrative reports whether d is decided by an administrative body
// (rådmannens ledergruppe): the councils of kommuneloven § 5-12 give
// statements to political bodies, not to the administration.
func (b *builder) administrative(d *prosessplan.ScheduledDecision) bool {
	if n := len(d.Steps); n > 0 && d.Steps[n-1].Body != nil {
		return d.Steps[n-1].Body.Kind == prosessplan.Administrative
	}
	if d.Body != "" {
		if bd := b.p.Body(d.Body); bd != nil {
			return bd.Kind == prosessplan.Administrative
		}
	}
	return false
}
