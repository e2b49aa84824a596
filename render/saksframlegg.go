package render

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// ErrNoDecision is returned by [Saksframlegg] for a number that is not a
// political decision point of the schedule (an unknown activity, one
// without a decision, or an administrative decision, which gets no
// saksframlegg).
var ErrNoDecision = errors.New("render: no political decision point with that number")

// BuildSaksframlegg returns one saksframlegg draft per political decision
// point of s, in the order of s.Decisions (plan order), each with
// Document.Decision set to its activity number. Administrative decisions
// (Schedule.AdminDecisions) get none. A nil s, or one without political
// decisions, gives none.
//
// Each draft follows the usual anatomy of a saksframlegg: the header
// fields (Document.Fields, printed empty when the plan lacks them), the
// saksgang with meeting dates and case numbers, the innstilling first
// (worded for the decision kind and plan type with its legal basis, or the
// planner's own points), Sammendrag, Saksopplysninger about this decision
// only (earlier decisions, what this step decides, the høring, the
// councils, what comes next), Økonomiske konsekvenser, Vurdering (drafted
// from the plan's data, with one marked line for what only the case
// officer can write) and Vedlegg.
func BuildSaksframlegg(s *prosessplan.Schedule, opts Options) []*Document {
	if s == nil {
		return nil
	}
	names := caseFileNames(s, opts)
	idx := newCaseIndex(s)
	out := make([]*Document, 0, len(s.Decisions))
	for i, d := range s.Decisions {
		out = append(out, buildCase(s, opts, d, names[i], idx))
	}
	return out
}

// caseIndex holds what every case of a schedule looks up, built once, so
// that a plan's cases cost time in proportion to the plan, not its square.
type caseIndex struct {
	acts     map[string]*prosessplan.ScheduledActivity
	succ     map[string][]*prosessplan.ScheduledActivity // by the ID they come after
	hearings []*prosessplan.ScheduledActivity            // dated høringer, in plan order
	pos      map[*prosessplan.ScheduledDecision]int      // index in s.Decisions
	// byDate are the political and administrative decisions with a date
	// (the recorded outcome's, else the meeting's), sorted by it.
	byDate []datedDecision
}

type datedDecision struct {
	when prosessplan.Date
	d    *prosessplan.ScheduledDecision
}

func newCaseIndex(s *prosessplan.Schedule) *caseIndex {
	idx := &caseIndex{
		acts: make(map[string]*prosessplan.ScheduledActivity, len(s.Activities)),
		succ: map[string][]*prosessplan.ScheduledActivity{},
		pos:  make(map[*prosessplan.ScheduledDecision]int, len(s.Decisions)),
	}
	for _, a := range s.Activities {
		if _, dup := idx.acts[a.ID]; !dup {
			idx.acts[a.ID] = a
		}
		for _, dep := range a.After {
			if l := idx.succ[dep.ID]; len(l) == 0 || l[len(l)-1] != a {
				idx.succ[dep.ID] = append(l, a)
			}
		}
		if a.Kind == prosessplan.Hearing && !a.Start.IsZero() {
			idx.hearings = append(idx.hearings, a)
		}
	}
	for i, d := range s.Decisions {
		idx.pos[d] = i
	}
	for _, list := range [][]*prosessplan.ScheduledDecision{s.Decisions, s.AdminDecisions} {
		for _, d := range list {
			when := d.Meeting()
			if d.Outcome != nil && !d.Outcome.Date.IsZero() {
				when = d.Outcome.Date
			}
			if !when.IsZero() {
				idx.byDate = append(idx.byDate, datedDecision{when, d})
			}
		}
	}
	slices.SortStableFunc(idx.byDate, func(a, b datedDecision) int { return a.when.Compare(b.when) })
	return idx
}

// Saksframlegg returns the saksframlegg draft for the political decision
// carried by activity number decision: the same document BuildSaksframlegg
// gives for it. It returns an error wrapping [ErrNoDecision] when there is
// no such decision.
func Saksframlegg(s *prosessplan.Schedule, decision string, opts Options) (*Document, error) {
	if s == nil {
		return nil, fmt.Errorf("%w: %q (no schedule)", ErrNoDecision, decision)
	}
	names := caseFileNames(s, opts)
	for i, d := range s.Decisions {
		if d.Activity != nil && d.Activity.ID == decision {
			return buildCase(s, opts, d, names[i], newCaseIndex(s)), nil
		}
	}
	return nil, fmt.Errorf("%w: %q", ErrNoDecision, decision)
}

// maxListed is how many earlier or later decisions a case names at most.
const maxListed = 8

// maxFileName is the most bytes a suggested file name (without extension)
// has: far below the 255 of common file systems, leaving room for a folder,
// an extension and a temporary suffix.
const maxFileName = 100

// capName shortens a slug to at most max bytes at a dash, so a long title
// gives a name any file system takes.
func capName(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max+1], '-')
	if cut <= 0 {
		cut = max
	}
	return strings.TrimRight(s[:cut], "-")
}

// caseFileNames returns the file names of the saksframlegg of s, in the
// order of s.Decisions: the activity number and the decision kind in the
// document's language, made unique (numbers such as "1.2", "1-2" and "1 2"
// give the same slug) by a suffix in plan order.
func caseFileNames(s *prosessplan.Schedule, opts Options) []string {
	lang := docLang(s.Plan, opts)
	seen := map[string]int{}
	out := make([]string, len(s.Decisions))
	for i, d := range s.Decisions {
		id := ""
		if d.Activity != nil {
			id = d.Activity.ID
		}
		k, ok := caseText.fileKind[d.Kind]
		kind := k.In(lang)
		if !ok {
			kind = Slug(string(d.Kind))
		}
		name := capName(strings.Trim("saksframlegg-"+Slug(id)+"-"+kind, "-"), maxFileName-4)
		base := name
		for n := seen[base]; seen[name] > 0; n++ {
			name = base + "-" + strconv.Itoa(n+1)
		}
		seen[base]++
		seen[name]++
		out[i] = name
	}
	return out
}

// docLang is the language of documents made from p with opts.
func docLang(p *prosessplan.Plan, opts Options) prosessplan.Language {
	lang := opts.Language
	if lang == "" && p != nil {
		lang = p.Language
	}
	if lang != prosessplan.Nynorsk && lang != prosessplan.English {
		lang = prosessplan.Bokmal
	}
	return lang
}

// caseDate is the saksframlegg's date: the deadline for the finished
// papers (the earliest in the saksgang), so the draft is dated the day it
// must be ready.
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

// caseBuilder holds what every section of one saksframlegg needs.
type caseBuilder struct {
	*builder
	d    *prosessplan.ScheduledDecision
	date prosessplan.Date // the document's date
	name string           // the plan's name
	idx  *caseIndex
}

func buildCase(s *prosessplan.Schedule, opts Options, d *prosessplan.ScheduledDecision, fileName string, idx *caseIndex) *Document {
	if prof := caseProfile(s.Plan, opts, d); prof != nil {
		opts.Profile = prof
	}
	b := newBuilder(s, opts, SaksframleggDoc)
	c := &caseBuilder{builder: b, d: d, date: caseDate(s, d), name: planName(b.p.Title), idx: idx}
	p := b.p
	doc := b.doc
	doc.Created = c.date.Time()
	doc.FileName = fileName
	if d.Activity != nil {
		doc.Decision = d.Activity.ID
	}

	title := c.name
	if d.Kind != "" {
		if title != "" {
			title += " – "
		}
		title += lowerFirst(c.kindLabel())
	}
	if title == "" {
		title = words.Saksframlegg.In(b.lang)
	}
	doc.Title = title
	doc.Subject = c.name
	// In a joint plan the case is the deciding municipality's, and so
	// are its header and keywords.
	muni := p.Municipality
	if m := caseMunicipality(p, d); m != nil {
		muni = m.Name
	}
	doc.Keywords = keywords(lowerFirst(words.Saksframlegg.In(b.lang)), d.Kind.Label(b.lang), muni, c.name)
	// A saksframlegg is a draft by nature; only one rendered in spite of
	// the plan's errors is marked, since its facts may be wrong.
	b.draft = opts.Problems.HasErrors()
	doc.HeaderText = b.draftHeader(headerText(muni, words.Saksframlegg.In(b.lang)))
	doc.FooterText = b.prof.FooterText
	if doc.FooterText == "" && p.CaseNumber != "" {
		doc.FooterText = words.CaseNumber.In(b.lang) + " " + p.CaseNumber
	}

	c.header(title)
	c.saksgang()
	b.heading(0, title)
	c.innstilling()
	c.summary()
	b.heading(1, words.Facts.In(b.lang))
	c.earlier()
	c.thisStep()
	c.hearing()
	c.planObjections()
	c.councils()
	c.ahead()
	c.economy()
	c.assessment()
	c.attachments()
	markLanguage(doc, p)
	return doc
}

// caseMunicipality returns the municipality of a joint plan whose body
// decides d, or nil: a case of the joint board, or of a plan of one
// municipality, has none.
func caseMunicipality(p *prosessplan.Plan, d *prosessplan.ScheduledDecision) *prosessplan.Municipality {
	if p == nil || len(p.Municipalities) == 0 {
		return nil
	}
	id := d.Body
	if n := len(d.Steps); n > 0 && d.Steps[n-1].Body != nil {
		id = d.Steps[n-1].Body.ID
	}
	if b := p.Body(id); b != nil && b.Municipality != "" {
		return p.MunicipalityByID(b.Municipality)
	}
	return nil
}

// caseProfile returns the layout of the saksframlegg for d when a
// municipality of a joint plan decides it: the profile opts gives for it,
// opts.Profile when that is the municipality's own, else the default
// layout with its name, never another municipality's name and logo. It
// returns nil when the case is not one municipality's.
func caseProfile(p *prosessplan.Plan, opts Options, d *prosessplan.ScheduledDecision) *Profile {
	m := caseMunicipality(p, d)
	if m == nil {
		return nil
	}
	if prof, ok := opts.Profiles[m.Profile]; ok && m.Profile != "" {
		if prof.Municipality == "" {
			prof.Municipality = m.Name
		}
		return &prof
	}
	if opts.Profile != nil && opts.Profile.Municipality == m.Name {
		return opts.Profile
	}
	prof := DefaultProfile(m.Name)
	return &prof
}

// kindLabel names what this case decides: the decision kind, except that
// the start of a kommuneplan is varsel om oppstart with the planprogram
// on høring (pbl §§ 11-12 and 11-13).
func (c *caseBuilder) kindLabel() string {
	if c.d.Kind == prosessplan.StartNotice && c.programAtStart() {
		return caseText.startWithProgram.In(c.lang)
	}
	return c.d.Kind.Label(c.lang)
}

// longDate writes d as running text does, with a non-breaking space after
// the day so that "7. desember 2017" never breaks after "7.".
func (c *caseBuilder) longDate(d prosessplan.Date) string {
	return strings.Replace(words.Date(c.lang, d), " ", "\u00a0", 1)
}

// fromTo is a period in running text, "fra 15. september til 27. oktober 2017".
func (c *caseBuilder) period(a, b prosessplan.Date) string {
	from, to := words.FromTo(c.lang, a, b)
	from = strings.Replace(from, " ", "\u00a0", 1)
	to = strings.Replace(to, " ", "\u00a0", 1)
	return sprintf(caseText.hearingPeriod.In(c.lang), from, to)
}

// newLaw reports whether the case's date falls under kommuneloven 2018
// (see builder.newLaw).
func (c *caseBuilder) newLaw() bool { return c.builder.newLaw(c.date) }

// chiefTitle is the chief executive's title in the innstilling: a profile
// that says rådmann wins; otherwise the title of the document's date.
func (c *caseBuilder) chiefIsRadmann() bool {
	if strings.EqualFold(c.prof.ChiefExecutive, Radmann) {
		return true
	}
	return !c.newLaw()
}

// agency is the state's regional agency by the document's date:
// Fylkesmannen until 2021, Statsforvalteren after.
func (c *caseBuilder) agency() string {
	if c.date.Before(prosessplan.D(2021, 1, 1)) {
		return caseText.fylkesmannen.In(c.lang)
	}
	return caseText.statsforvalteren.In(c.lang)
}

func (c *caseBuilder) header(title string) {
	p, d := c.p, c.d
	officer := ""
	if p.CaseOfficer != "" {
		officer = p.Name(p.CaseOfficer)
	}
	c.doc.Fields = []Field{
		{Key: FieldSaksbehandler, Label: words.CaseOfficer.In(c.lang), Value: officer},
		{Key: FieldArkivsak, Label: words.CaseNumber.In(c.lang), Value: p.CaseNumber},
		{Key: FieldArkivkode, Label: caseText.archiveCode.In(c.lang), Value: d.ArchiveCode},
		{Key: FieldLopenr, Label: caseText.journalNo.In(c.lang), Value: d.JournalNo},
		{Key: FieldDato, Label: words.DateLabel.In(c.lang), Value: words.ShortDate(c.lang, c.date)},
		{Key: FieldTittel, Label: caseText.titleLabel.In(c.lang), Value: title},
	}
	kv := &KeyValue{Header: true}
	kv.Pairs = append(kv.Pairs, Pair{Key: words.Municipality.In(c.lang), Value: c.prof.Municipality},
		Pair{Key: words.DocumentType.In(c.lang), Value: words.Saksframlegg.In(c.lang)})
	for _, f := range c.doc.Fields {
		if f.Key != FieldTittel {
			kv.Pairs = append(kv.Pairs, Pair{Key: f.Label, Value: f.Value})
		}
	}
	c.add(kv)
}

func (c *caseBuilder) saksgang() {
	d := c.d
	t := table(words.SaksgangTitle.In(c.lang), []string{words.Body.In(c.lang), words.MeetingDate.In(c.lang), words.CaseNo.In(c.lang)}, []float64{0.5, 0.25, 0.25})
	for _, st := range d.Steps {
		name, id := "", ""
		if st.Body != nil {
			name, id = st.Body.Name, st.Body.ID
		}
		t.addRow(name, words.ShortDate(c.lang, st.Meeting), d.CaseNumberIn(id))
	}
	if len(d.Steps) == 0 && d.Body != "" {
		t.addRow(c.p.Name(d.Body), "", d.CaseNumberIn(d.Body))
	}
	if len(t.Rows) > 0 {
		c.add(t)
	}
}

func (c *caseBuilder) innstilling() {
	d := c.d
	rec := words.Recommendation.In(c.lang)
	if c.chiefIsRadmann() {
		rec = words.RecommendationRadmann.In(c.lang)
	}
	c.heading(1, rec)
	points := d.Proposal
	if !nonEmpty(points) {
		points = c.recommendation()
	}
	c.list(true, points)
	if pp := d.Prepared; pp != nil && nonEmpty(pp.Points) {
		body := c.p.Name(pp.Body)
		c.heading(2, sprintf(caseText.preparedBy.In(c.lang), body))
		if !pp.Date.IsZero() {
			c.para(sprintf(caseText.preparedOn.In(c.lang), body, c.longDate(pp.Date)))
		}
		c.list(true, pp.Points)
	}
}

// paragraphFor returns the legal paragraph of the plan type's step for
// decision kind k or step code, without the "pbl " prefix ("§ 11-13"), or "".
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
func (c *caseBuilder) next(d *prosessplan.ScheduledDecision, kinds ...prosessplan.DecisionKind) *prosessplan.ScheduledDecision {
	i, ok := c.idx.pos[d]
	if !ok {
		return nil
	}
	for _, x := range c.s.Decisions[i+1:] {
		if slices.Contains(kinds, x.Kind) {
			return x
		}
	}
	return nil
}

// hearingFor finds the høring a decision puts out: the activity it names,
// else the first høring that starts on or after its meeting.
func (c *caseBuilder) hearingFor(d *prosessplan.ScheduledDecision) *prosessplan.ScheduledActivity {
	if d.Hearing != "" {
		if a := c.idx.acts[d.Hearing]; a != nil {
			return a
		}
	}
	m := d.Meeting()
	for _, a := range c.idx.hearings {
		if !a.Start.Date.Before(m) {
			return a
		}
	}
	return nil
}

// hearingBefore finds the høring a final decision reports on: the last
// høring that ends before its meeting.
func (c *caseBuilder) hearingBefore(d *prosessplan.ScheduledDecision) *prosessplan.ScheduledActivity {
	m := d.Meeting()
	var last *prosessplan.ScheduledActivity
	for _, a := range c.idx.hearings {
		if !a.End.IsZero() && (m.IsZero() || a.End.Date.Before(m)) {
			if last == nil || a.End.Date.After(last.End.Date) {
				last = a
			}
		}
	}
	return last
}

// hasPlanProgram reports whether the plan type has a planprogram step
// that is part of its statutory start (kommuneplan, kommunedelplan).
func (c *caseBuilder) programAtStart() bool {
	return isKommuneplan(c.p.Type)
}

func isKommuneplan(t prosessplan.PlanType) bool {
	return t == prosessplan.KommuneplanSamfunn || t == prosessplan.KommuneplanAreal || t == prosessplan.Kommunedelplan
}

func (c *caseBuilder) legal(par string) string {
	if par == "" {
		return ""
	}
	return sprintf(caseText.legalRef.In(c.lang), par)
}

func (c *caseBuilder) recommendation() []string {
	p, d := c.p, c.d
	name := c.name
	body := c.decidingBody(d)
	planDated := c.longDate(planDate(c.s))
	draftDated := c.longDate(c.date)
	switch d.Kind {
	case prosessplan.StartNotice:
		if c.programAtStart() {
			pts := []string{sprintf(caseText.startVarsel.In(c.lang), body, name, c.legal(c.paragraphFor("", prosessplan.StepStartNotice)))}
			period := ""
			if h := c.hearingFor(d); h != nil {
				period = c.period(h.Start.Date, endOf(h).Date)
			}
			pts = append(pts, sprintf(caseText.programHearing.In(c.lang), name, draftDated, period, c.legal(c.paragraphFor("", prosessplan.StepProgramHearing))))
			return append(pts, sprintf(caseText.startAsPlan.In(c.lang), lowerFirst(p.Type.Label(c.lang)), planDated))
		}
		pts := []string{sprintf(caseText.startNotice.In(c.lang), body, name)}
		switch {
		case p.Type == prosessplan.Temaplan:
			pts = append(pts, sprintf(caseText.startAsTema.In(c.lang), planDated))
		case p.Type != "":
			pts = append(pts, sprintf(caseText.startAsPlan.In(c.lang), lowerFirst(p.Type.Label(c.lang)), planDated))
		}
		if n := c.next(d, prosessplan.HearingDecision, prosessplan.FinalDecision); n != nil && !n.Meeting().IsZero() {
			pts = append(pts, sprintf(caseText.startDraftIn.In(c.lang), words.MonthYear(c.lang, n.Meeting())))
		}
		return pts
	case prosessplan.ProcessPlanApproval:
		return []string{sprintf(caseText.ppApprove.In(c.lang), body, name, planDated), caseText.ppChanges.In(c.lang)}
	case prosessplan.PlanProgramFixing:
		return []string{sprintf(caseText.progFix.In(c.lang), body, name, draftDated, c.legal(c.paragraphFor(d.Kind, ""))), caseText.progNoAppeal.In(c.lang)}
	case prosessplan.HearingDecision:
		period := ""
		if h := c.hearingFor(d); h != nil {
			period = c.period(h.Start.Date, endOf(h).Date)
		}
		pts := []string{sprintf(caseText.hearing.In(c.lang), name, draftDated, period, c.legal(c.paragraphFor("", prosessplan.StepProposalHearing)))}
		if n := c.next(d, prosessplan.FinalDecision); n != nil && !n.Meeting().IsZero() {
			pts = append(pts, sprintf(caseText.hearingFinalIn.In(c.lang), words.MonthYear(c.lang, n.Meeting())))
		}
		return pts
	case prosessplan.FinalDecision:
		pts := []string{sprintf(caseText.final.In(c.lang), body, name, draftDated, c.legal(c.paragraphFor(d.Kind, "")))}
		if p.Type != prosessplan.Reguleringsplan && p.Type != prosessplan.Planstrategi {
			pts = append(pts, caseText.finalBudget.In(c.lang))
		}
		return pts
	}
	return []string{sprintf(caseText.briefing.In(c.lang), body, name)}
}

func (c *caseBuilder) summary() {
	d := c.d
	c.heading(1, words.Summary.In(c.lang))
	if strings.TrimSpace(d.Summary) != "" {
		c.para(d.Summary)
		return
	}
	kind := lowerFirst(c.kindLabel())
	text := sprintf(caseText.summary.In(c.lang), kind, c.name, c.decidingBody(d), c.longDate(d.Meeting()))
	switch d.Kind {
	case prosessplan.HearingDecision:
		if h := c.hearingFor(d); h != nil {
			text += " " + sprintf(caseText.summaryHearing.In(c.lang), c.period(h.Start.Date, endOf(h).Date))
		}
	case prosessplan.FinalDecision:
		if h := c.hearingBefore(d); h != nil {
			text += " " + sprintf(caseText.summaryFinal.In(c.lang), c.period(h.Start.Date, endOf(h).Date))
		}
		if r := d.HearingReport; r != nil && r.Statements > 0 {
			text += " " + c.statements(r.Statements)
		}
	}
	c.para(text)
}

// earlier lists the decisions taken before this one: body, date, case
// number and what was decided (the recorded outcome, else the decision's
// kind in the past tense).
func (c *caseBuilder) earlier() {
	// Decisions taken by the time the papers are written: before the
	// document's date (the saksfrist), not merely before the meeting.
	m := c.date
	if m.IsZero() {
		return
	}
	// The latest decisions before that date, found by binary search in
	// the decisions sorted by date: a real process has a handful, a very
	// long plan names the last few.
	byDate := c.idx.byDate
	k := sort.Search(len(byDate), func(k int) bool { return !byDate[k].when.Before(m) })
	var picked []datedDecision
	for j := k - 1; j >= 0 && len(picked) < maxListed; j-- {
		if byDate[j].d != c.d {
			picked = append(picked, byDate[j])
		}
	}
	if len(picked) == 0 {
		return
	}
	slices.Reverse(picked)
	texts := make([]string, 0, len(picked))
	for _, p := range picked {
		x, when := p.d, p.when
		head := c.decidingBody(x) + " " + words.ShortDate(c.lang, when)
		if no := x.CaseNumberIn(x.Body); no != "" {
			head += " (" + no + ")"
		}
		what := caseText.pastTense[x.Kind].In(c.lang)
		if x.Kind == prosessplan.StartNotice && c.programAtStart() {
			what = caseText.pastStartProgram.In(c.lang)
		}
		if x.Outcome != nil && nonEmpty(x.Outcome.Text) {
			what = strings.Join(x.Outcome.Text, " ")
		} else if what == "" {
			what = lowerFirst(x.Kind.Label(c.lang))
		}
		if x.Kind == prosessplan.HearingDecision {
			if h := c.hearingFor(x); h != nil && (x.Outcome == nil || !nonEmpty(x.Outcome.Text)) {
				what = strings.TrimSuffix(what, ".") + " " + c.period(h.Start.Date, endOf(h).Date) + "."
			}
		}
		texts = append(texts, head+": "+what)
	}
	c.heading(2, caseText.earlierTitle.In(c.lang))
	c.list(false, texts)
}

// thisStep says what this step decides and why now: the decision's own
// purpose from the plan, and the step in the law.
func (c *caseBuilder) thisStep() {
	d := c.d
	var paras []string
	if t, ok := caseText.stepIs[d.Kind]; ok {
		paras = append(paras, t.In(c.lang))
	}
	if d.Activity != nil && strings.TrimSpace(d.Activity.Purpose) != "" {
		paras = append(paras, d.Activity.Purpose)
	}
	if d.Kind == prosessplan.HearingDecision && nonEmpty(c.p.TargetAreas) {
		paras = append(paras, sprintf(caseText.proposalAreas.In(c.lang), words.Join(c.lang, c.p.TargetAreas)))
	}
	if len(paras) == 0 {
		return
	}
	c.heading(2, caseText.thisStepTitle.In(c.lang))
	c.paras(paras)
}

// hearing writes the høring: for a case that puts a proposal (or a
// planprogram) out, the period and who is consulted; for sluttbehandling,
// the «Høringen» section with the statements, their main points and the
// innsigelser.
func (c *caseBuilder) hearing() {
	d := c.d
	switch d.Kind {
	case prosessplan.HearingDecision, prosessplan.StartNotice:
		if d.Kind == prosessplan.StartNotice && !c.programAtStart() {
			return
		}
		h := c.hearingFor(d)
		if h == nil {
			return
		}
		c.heading(2, caseText.hearingTitle.In(c.lang))
		out := caseText.hearingOut.In(c.lang)
		if d.Kind == prosessplan.StartNotice {
			out = caseText.hearingOutProgram.In(c.lang)
		}
		text := sprintf(out, c.period(h.Start.Date, endOf(h).Date), c.weeks(h))
		c.para(text)
		parties := []string(nil)
		if r := d.HearingReport; r != nil {
			parties = r.Parties
		}
		if len(parties) == 0 {
			for _, id := range h.Participants {
				parties = append(parties, c.p.Name(id))
			}
		}
		if len(parties) > 0 {
			c.para(sprintf(caseText.hearingParties.In(c.lang), words.Join(c.lang, parties)))
		}
	case prosessplan.FinalDecision, prosessplan.PlanProgramFixing:
		h := c.hearingBefore(d)
		r := d.HearingReport
		if h == nil && r == nil {
			return
		}
		c.heading(2, caseText.hearingTitle.In(c.lang))
		if h != nil {
			was := caseText.hearingWas.In(c.lang)
			if d.Kind == prosessplan.PlanProgramFixing {
				was = caseText.programWas.In(c.lang)
			}
			c.para(sprintf(was, c.period(h.Start.Date, endOf(h).Date), c.weeks(h)))
		}
		if r == nil || (r.Statements == 0 && len(r.From) == 0 && len(r.MainPoints) == 0 && len(r.Objections) == 0) {
			c.styled(ToComplete, caseText.hearingToFill.In(c.lang))
			return
		}
		if r.Statements > 0 || len(r.From) > 0 {
			text := ""
			if r.Statements > 0 {
				text = c.statements(r.Statements)
			}
			if len(r.From) > 0 {
				text = strings.TrimSpace(text + " " + sprintf(caseText.statementsFrom.In(c.lang), words.Join(c.lang, r.From)))
			}
			c.para(text)
		}
		if len(r.MainPoints) > 0 {
			c.para(caseText.mainPoints.In(c.lang))
			c.list(false, r.MainPoints)
		}
		// The plan's own list of innsigelser, when it has one, follows
		// under its own heading; "none came" would contradict it.
		if len(r.Objections) > 0 || len(c.p.Objections) == 0 {
			c.para(c.objections(r))
		}
		c.para(caseText.merknadAttached.In(c.lang))
	}
}

// weeks is the length of a høring in whole weeks, or in days.
func (c *caseBuilder) weeks(h *prosessplan.ScheduledActivity) string {
	days := int(endOf(h).Date.Time().Sub(h.Start.Date.Time()).Hours()/24) + 1
	switch {
	case days > 7 && (days-1)%7 == 0:
		// A period in weeks ends on the weekday it starts (domstolloven § 148).
		return words.Duration(c.lang, prosessplan.Duration{N: (days - 1) / 7, Unit: prosessplan.Weeks})
	case days%7 == 0:
		return words.Duration(c.lang, prosessplan.Duration{N: days / 7, Unit: prosessplan.Weeks})
	}
	return words.Duration(c.lang, prosessplan.Duration{N: days, Unit: prosessplan.Days})
}

// objections says what became of the innsigelser: none, or each with how
// it was met; an unresolved one says where the case goes.
func (c *caseBuilder) objections(r *prosessplan.HearingReport) string {

	if len(r.Objections) == 0 {
		return caseText.noObjections.In(c.lang)
	}
	var parts []string
	for _, o := range r.Objections {
		s := o.From
		if o.Concerns != "" {
			s += " (" + o.Concerns + ")"
		}
		if o.Resolution != "" {
			s += ": " + strings.TrimSuffix(o.Resolution, ".")
		} else {
			s += ": " + sprintf(caseText.unresolved.In(c.lang), c.agency())
		}
		parts = append(parts, s)
	}
	if len(parts) == 1 {
		return sprintf(caseText.objectionOne.In(c.lang), parts[0])
	}
	return sprintf(caseText.objections.In(c.lang), len(r.Objections), strings.Join(parts, "; "))
}

// planObjections lists the innsigelser of the plan (Plan.Objections) in
// the sluttbehandling: each with what it is about, its mekling and whether
// it still stands, so the council adopts knowing which ones are open.
func (c *caseBuilder) planObjections() {
	p := c.p
	if c.d.Kind != prosessplan.FinalDecision || len(p.Objections) == 0 {
		return
	}
	c.heading(2, caseText.objectionsTitle.In(c.lang))
	if len(p.Objections) == 1 {
		c.para(caseText.planObjectionOne.In(c.lang))
	} else {
		c.para(sprintf(caseText.planObjections.In(c.lang), len(p.Objections)))
	}
	var items []string
	for _, o := range p.Objections {
		var about []string
		if o.Subject != "" {
			about = append(about, o.Subject)
		}
		if o.Mediation != "" {
			when := o.Mediation
			if a := c.s.Activity(o.Mediation); a != nil && !a.Start.IsZero() {
				when = words.MarkTentative(c.lang, c.longDate(a.Start.Date), a.Activity)
			}
			about = append(about, sprintf(caseText.mediationOn.In(c.lang), when))
		}
		s := o.From
		if len(about) > 0 {
			s += " (" + strings.Join(about, "; ") + ")"
		}
		if o.Open() {
			s += ": " + sprintf(caseText.unresolved.In(c.lang), c.agency())
		} else {
			s += ": " + lowerFirst(o.Status.Label(c.lang))
		}
		items = append(items, s)
	}
	c.list(false, items)
}

// statements says how many statements came: "Det kom 14 uttalelser."
func (c *caseBuilder) statements(n int) string {
	if n == 1 {
		return caseText.statementOne.In(c.lang)
	}
	return sprintf(caseText.statementsCount.In(c.lang), n)
}

// councils says which statutory councils treat this case, under the law
// of the document's date, once.
func (c *caseBuilder) councils() {
	d := c.d
	var councils []string
	youth := false
	for _, st := range d.Steps {
		if st.Body != nil && st.Body.Kind.IsStatutoryCouncil() {
			councils = append(councils, st.Body.Name+" ("+words.ShortDate(c.lang, st.Meeting)+")")
			youth = youth || st.Body.Kind == prosessplan.YouthCouncil
		}
	}
	switch {
	case len(councils) > 0:
		c.heading(2, caseText.councilsTitle.In(c.lang))
		law := caseText.councilLawNew.In(c.lang)
		if !c.newLaw() {
			law = caseText.councilLawOld.In(c.lang)
		}
		c.para(sprintf(caseText.councilsInRoute.In(c.lang), words.Join(c.lang, councils), lowerFirst(c.decidingBody(d)), law))
		if youth && !c.newLaw() {
			c.para(caseText.youthOld.In(c.lang))
		}
	case c.hasCouncils() && d.Kind != prosessplan.Briefing:
		c.heading(2, caseText.councilsTitle.In(c.lang))
		if c.newLaw() {
			c.styled(ToComplete, caseText.councilsMissing.In(c.lang))
		} else {
			c.styled(ToComplete, caseText.councilsMissingOld.In(c.lang))
		}
	}
}

// ahead says what comes after this decision: the activities that follow it
// directly, and the next political decisions.
func (c *caseBuilder) ahead() {
	d := c.d
	var items []string
	if d.Activity != nil {
		for _, a := range c.idx.succ[d.Activity.ID] {
			// Internal work is the process plan's business; a case names
			// the steps the public and the bodies see (and, after the
			// final decision, its follow-up).
			shown := a.Kind != prosessplan.Work || d.Kind == prosessplan.FinalDecision
			if a.Decision == nil && !a.Start.IsZero() && shown {
				when := words.ShortDate(c.lang, a.Start.Date)
				if e := endOf(a).Date; e != a.Start.Date {
					when += "–" + words.ShortDate(c.lang, e)
				}
				items = append(items, a.Name+" ("+words.MarkTentative(c.lang, when, a.Activity)+")")
			}
		}
	}
	if i, ok := c.idx.pos[d]; ok {
		later := c.s.Decisions[i+1:]
		if len(later) > maxListed {
			later = later[:maxListed]
		}
		for _, x := range later {
			when := ""
			if m := x.Meeting(); !m.IsZero() {
				when = " " + words.ShortDate(c.lang, m)
			}
			items = append(items, x.Kind.Label(c.lang)+": "+c.decidingBody(x)+when)
		}
	}
	if len(items) == 0 {
		return
	}
	c.heading(2, words.ProcessAhead.In(c.lang))
	c.list(false, items)
}

// economy sums the plan's resources: costs in kroner and staff time.
func (c *caseBuilder) economy() {
	p := c.p
	if len(p.Resources) == 0 {
		return
	}
	c.heading(1, caseText.economyTitle.In(c.lang))
	var items []string
	kr, pct := 0, 0
	for _, r := range p.Resources {
		s := r.What
		amount := r.Amount
		if amount == "" && r.Kroner > 0 {
			amount = kroner(r.Kroner)
		}
		if amount == "" && r.Percent > 0 {
			amount = strconv.Itoa(r.Percent) + "\u00a0%"
		}
		if amount != "" {
			s += ": " + amount
		}
		if r.Comment != "" {
			s += " (" + r.Comment + ")"
		}
		items = append(items, s)
		kr += r.Kroner
		pct += r.Percent
	}
	c.para(caseText.economyIntro.In(c.lang))
	c.list(false, items)
	var sum []string
	if kr > 0 {
		sum = append(sum, kroner(kr))
	}
	if pct > 0 {
		sum = append(sum, sprintf(caseText.staffPercent.In(c.lang), pct))
	}
	if len(sum) > 0 {
		c.para(sprintf(caseText.economySum.In(c.lang), words.Join(c.lang, sum)))
	}
}

// kroner writes an amount as Norwegian texts do: "kr 60 000", with
// non-breaking spaces.
func kroner(n int) string {
	s := strconv.Itoa(n)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, "\u00a0"...)
		}
		out = append(out, s[i])
	}
	return "kr\u00a0" + string(out)
}

// assessment drafts the Vurdering from the plan's data, adds the case
// officer's own text, and leaves one marked line for what only a person
// can write.
func (c *caseBuilder) assessment() {
	d := c.d
	c.heading(1, words.Assessment.In(c.lang))
	switch d.Kind {
	case prosessplan.HearingDecision:
		if h := c.hearingFor(d); h != nil {
			if min := c.minHearing(); !min.IsZero() {
				c.para(sprintf(caseText.assessHearingLaw.In(c.lang), c.weeks(h), words.Duration(c.lang, min), c.paragraphFor("", prosessplan.StepProposalHearing)))
			}
		}
	case prosessplan.PlanProgramFixing:
		if r := d.HearingReport; r != nil && r.Statements > 0 {
			c.para(sprintf(caseText.assessStatements.In(c.lang), r.Statements))
		}
	case prosessplan.FinalDecision:
		if r := d.HearingReport; r != nil && r.Statements > 0 {
			c.para(sprintf(caseText.assessStatements.In(c.lang), r.Statements))
		}
		if isKommuneplan(c.p.Type) {
			c.para(caseText.assess1114.In(c.lang))
		}
		said := map[string]bool{}
		if r := d.HearingReport; r != nil {
			for _, o := range r.Objections {
				if o.Resolution == "" && !said[o.From] {
					said[o.From] = true
					c.para(sprintf(caseText.assessUnresolved.In(c.lang), o.From))
				}
			}
		}
		for _, o := range c.p.Objections {
			if o.Open() && !said[o.From] {
				said[o.From] = true
				c.para(sprintf(caseText.assessUnresolved.In(c.lang), o.From))
			}
		}
	case prosessplan.StartNotice, prosessplan.ProcessPlanApproval:
		c.para(sprintf(caseText.assessProcess.In(c.lang), c.longDate(planDate(c.s))))
	}
	if nonEmpty(d.Assessment) {
		c.paras(d.Assessment)
		return
	}
	c.styled(ToComplete, caseText.assessToWrite.In(c.lang))
}

// minHearing is the plan type's minimum length of a proposal høring, when
// the law sets one.
func (c *caseBuilder) minHearing() prosessplan.Duration {
	rules, ok := prosessplan.RulesFor(c.p.Type)
	if !ok || !rules.Statutory {
		return prosessplan.Duration{}
	}
	for _, st := range rules.Steps {
		if st.Code == prosessplan.StepProposalHearing {
			return st.MinDuration
		}
	}
	return prosessplan.Duration{}
}

func (c *caseBuilder) attachments() {
	d := c.d
	c.heading(1, words.Attachments.In(c.lang))
	att := d.Attachments
	if !nonEmpty(att) {
		switch d.Kind {
		case prosessplan.StartNotice, prosessplan.ProcessPlanApproval:
			att = append(att, sprintf(words.ProcessPlanOf.In(c.lang), docTitle(c.lang, c.p.Title), c.longDate(planDate(c.s))))
			if d.Kind == prosessplan.StartNotice && c.programAtStart() {
				att = append(att, sprintf(caseText.planProgramFor.In(c.lang), c.name))
			}
		case prosessplan.PlanProgramFixing:
			att = append(att, sprintf(caseText.planProgramFor.In(c.lang), c.name))
		case prosessplan.HearingDecision:
			att = append(att, sprintf(words.DraftOf.In(c.lang), c.name))
		case prosessplan.FinalDecision:
			att = append(att, sprintf(words.ProcessPlanOf.In(c.lang), c.name, c.longDate(c.date)))
			if d.HearingReport != nil {
				att = append(att, caseText.merknadsbehandling.In(c.lang))
			}
		}
	}
	c.list(true, att)
	other := d.NotAttached
	if !nonEmpty(other) {
		switch d.Kind {
		case prosessplan.PlanProgramFixing, prosessplan.FinalDecision:
			other = append(other, caseText.statements.In(c.lang))
		}
		if d.Kind != prosessplan.StartNotice && d.Kind != prosessplan.ProcessPlanApproval {
			other = append(other, sprintf(words.ProcessPlanOf.In(c.lang), docTitle(c.lang, c.p.Title), c.longDate(planDate(c.s))))
		}
	}
	if nonEmpty(other) {
		c.heading(2, caseText.notAttached.In(c.lang))
		c.list(false, other)
	}
}

func endOf(a *prosessplan.ScheduledActivity) prosessplan.Time {
	if a.End.IsZero() {
		return a.Start
	}
	return a.End
}
