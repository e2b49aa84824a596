package render

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// Options adjust what Build produces.
type Options struct {
	// Language overrides the plan's målform for fixed words.
	Language prosessplan.Language
	// Profile is the municipal layout; zero means DefaultProfile of the
	// plan's municipality.
	Profile *Profile
	// Profiles are the layouts of the municipalities of a joint plan, by
	// the profile name each Municipality gives (key "profil"). The
	// saksframlegg of a case a municipality's own body decides uses its
	// profile; without one, DefaultProfile of its name.
	Profiles map[string]Profile
	// Problems, when non-empty, are listed in an appendix so a draft shows
	// what is still missing.
	Problems prosessplan.Problems
	// Granularity of the timeline; Auto picks one from the plan's length.
	Granularity Granularity
}

// builder collects the blocks of one document. Headings get IDs that are
// unique within the document, so links and bookmarks never collide.
type builder struct {
	s    *prosessplan.Schedule
	p    *prosessplan.Plan
	lang prosessplan.Language
	prof Profile
	doc  *Document
	ids  map[string]int
	// draft marks a plan still in draft, or rendered in spite of its
	// problems: its title block and page headers say so.
	draft bool
}

func newBuilder(s *prosessplan.Schedule, opts Options, kind DocumentKind) *builder {
	p := s.Plan
	if p == nil {
		p = &prosessplan.Plan{}
	}
	lang := opts.Language
	if lang == "" {
		lang = p.Language
	}
	if lang != prosessplan.Nynorsk && lang != prosessplan.English {
		lang = prosessplan.Bokmal
	}
	var prof Profile
	if opts.Profile != nil {
		prof = *opts.Profile
	} else {
		prof = DefaultProfile(p.Municipality)
	}
	if prof.Municipality == "" {
		prof.Municipality = p.Municipality
	}
	if len(prof.Logo) > 0 && prof.LogoAlt == "" && prof.Municipality != "" {
		prof.LogoAlt = sprintf(words.LogoAlt.In(lang), prof.Municipality)
	}
	// Advice never makes a draft: only a plan still in draft, or one
	// rendered in spite of its errors.
	b := &builder{s: s, p: p, lang: lang, prof: prof, ids: map[string]int{},
		draft: p.Status == prosessplan.Draft || opts.Problems.HasErrors()}
	b.doc = &Document{
		Kind:     kind,
		Author:   prof.Municipality,
		Language: lang,
		Created:  planDate(s).Time(),
		Profile:  prof,
		Captions: Captions{
			Contents: words.Contents.In(lang), Page: words.Page.In(lang), Of: words.Of.In(lang), Week: words.Week.In(lang),
			Legend: words.Legend.In(lang), Continued: words.Continued.In(lang),
		},
	}
	return b
}

// newLaw reports whether a document dated date falls after the councils
// elected in 2019 were constituted, from when kommuneloven 2018 governs the
// councils (§ 5-12) and titles the chief executive kommunedirektør. The
// plan's own date of constitution counts when it is in 2019.
func (b *builder) newLaw(date prosessplan.Date) bool {
	from := prosessplan.D(2019, 10, 1)
	if k := b.p.CouncilConstituted; k.Year == 2019 {
		from = k
	}
	return !date.Before(from)
}

// planDate is the date documents carry: the plan's own date, else the
// adoption date, else the schedule's start — never the wall clock, so the
// same plan always gives the same bytes.
func planDate(s *prosessplan.Schedule) prosessplan.Date {
	if s.Plan != nil {
		if !s.Plan.Date.IsZero() {
			return s.Plan.Date
		}
		if !s.Plan.AdoptedDate.IsZero() {
			return s.Plan.AdoptedDate
		}
	}
	if !s.Start.IsZero() {
		return s.Start.Date
	}
	return prosessplan.D(2000, time.January, 1)
}

func (b *builder) add(bl ...Block) { b.doc.Blocks = append(b.doc.Blocks, bl...) }

func (b *builder) heading(level int, text string) {
	b.add(&Heading{Level: level, Text: text, ID: b.id(text)})
}

// id returns a slug of text as GitHub forms heading anchors (lower case,
// letters and digits kept, spaces to hyphens), made unique with -1, -2 …
func (b *builder) id(text string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			sb.WriteRune(r)
		case r == ' ':
			sb.WriteByte('-')
		}
	}
	slug := sb.String()
	if slug == "" {
		slug = "seksjon"
	}
	n := b.ids[slug]
	b.ids[slug] = n + 1
	if n == 0 {
		return slug
	}
	return slug + "-" + strconv.Itoa(n)
}

func (b *builder) para(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	b.add(&Paragraph{Runs: Plain(text)})
}

func (b *builder) styled(style ParagraphStyle, text string) {
	b.add(&Paragraph{Style: style, Runs: Plain(text)})
}

func (b *builder) paras(texts []string) {
	for _, t := range texts {
		b.para(t)
	}
}

func (b *builder) list(ordered bool, items []string) {
	l := &List{Ordered: ordered}
	for _, it := range items {
		if strings.TrimSpace(it) != "" {
			l.Items = append(l.Items, Plain(it))
		}
	}
	if len(l.Items) > 0 {
		b.add(l)
	}
}

func nonEmpty(ss []string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// table returns a table with the given column titles and widths.
func table(caption string, titles []string, widths []float64) *Table {
	t := &Table{Caption: caption}
	for i, ti := range titles {
		t.Columns = append(t.Columns, Column{Title: ti, Width: widths[i]})
	}
	return t
}

func (t *Table) addRow(cells ...string) {
	r := Row{}
	for _, c := range cells {
		r.Cells = append(r.Cells, Cell{Runs: Plain(c)})
	}
	t.Rows = append(t.Rows, r)
}

func (t *Table) addGroup(text, fill string) {
	t.Rows = append(t.Rows, Row{Group: true, Cells: []Cell{{
		Runs: []Run{{Text: text, Bold: true}}, Span: len(t.Columns), Fill: fill,
	}}})
}

// lowerFirst lower-cases the first letter of a fixed label used inside a
// sentence ("Temaplan" → "temaplan"). English labels keep their case
// where it matters, since only the first rune changes.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Slug makes a file-name or identifier part of s: lower-case ASCII
// letters and digits joined by dashes, with æ ø å spelt ae o a, so names
// survive programs and archives that mangle other characters.
func Slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		var rep string
		switch r {
		case 'æ':
			rep = "ae"
		case 'ø', 'ö':
			rep = "o"
		case 'å', 'ä', 'á', 'à':
			rep = "a"
		case 'é', 'è':
			rep = "e"
		default:
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				rep = string(r)
			}
		}
		if rep == "" {
			dash = sb.Len() > 0
			continue
		}
		if dash {
			sb.WriteByte('-')
			dash = false
		}
		sb.WriteString(rep)
	}
	return sb.String()
}

// Build returns the process plan document for s: title block, table of
// contents, then background, mandate, goals, plan type and legal frame,
// organisation, participation, the framdriftsplan (timeline and activity
// table on landscape pages), political treatment, resources, success
// factors and risks, attachments and, for a draft, the problems found.
// A section the plan has nothing for is left out, not printed empty.
// A nil s is an empty schedule: the document has a title and nothing else.
func Build(s *prosessplan.Schedule, opts Options) *Document {
	if s == nil {
		s = &prosessplan.Schedule{}
	}
	b := newBuilder(s, opts, ProcessPlanDoc)
	p := b.p
	d := b.doc
	d.Title = docTitle(b.lang, p.Title)
	d.Subject = Subject(p)
	d.FileName = FileName(p)
	d.Keywords = keywords(lowerFirst(words.ProcessPlan.In(b.lang)), p.Type.Label(b.lang), p.Municipality, planName(p.Title))
	d.HeaderText = b.draftHeader(headerText(p.Municipality, d.Title))
	d.FooterText = b.footer()

	b.heading(0, d.Title)
	b.titleBlock()
	b.add(&TableOfContents{Title: words.Contents.In(b.lang)})

	if nonEmpty(p.Background) {
		b.heading(1, words.Background.In(b.lang))
		b.paras(p.Background)
	}
	if nonEmpty(p.Mandate) {
		b.heading(1, words.Mandate.In(b.lang))
		b.paras(p.Mandate)
	}
	b.goals()
	b.frame()
	b.organisation()
	b.participation()
	b.schedule(opts)
	b.political()
	b.resources()
	b.successAndRisk()
	b.attachments()
	b.problems(opts.Problems)
	markLanguage(d, p)
	return d
}

// planName is the name of the plan the process leads to. A plan file's
// title is often the process plan's own ("Prosessplan for rullering av
// boligpolitisk handlingsplan – Boligplan 2018–2021"); recommendations and
// case titles need the plan itself ("Boligplan 2018–2021"), the part after
// the last dash.
// FileName returns the base name, without extension, that [Build] gives
// the process plan document of p (Document.FileName), without building
// the document: "prosessplan-" and the title's [Slug], at most 100 bytes.
// A nil p gives "prosessplan".
func FileName(p *prosessplan.Plan) string {
	name := "prosessplan"
	if p == nil {
		return name
	}
	if sl := Slug(p.Title); sl != "" && !strings.HasPrefix(sl, "prosessplan") {
		name += "-" + sl
	} else if sl != "" {
		name = sl
	}
	return capName(name, maxFileName)
}

// Subject returns how [Build]'s document of p names the plan in running
// text (Document.Subject), without building the document: the title
// without a leading «Prosessplan for», e.g. "Boligplan 2018–2021".
func Subject(p *prosessplan.Plan) string {
	if p == nil {
		return ""
	}
	return planName(p.Title)
}

func planName(title string) string {
	lower := strings.ToLower(title)
	for _, pre := range []string{"prosessplan for ", "process plan for ", "prosessplan – ", "prosessplan - "} {
		if strings.HasPrefix(lower, pre) {
			rest := strings.TrimSpace(title[len(pre):])
			if i := strings.LastIndex(rest, " – "); i >= 0 {
				return strings.TrimSpace(rest[i+len(" – "):])
			}
			return upperFirst(rest)
		}
	}
	return title
}

func docTitle(lang prosessplan.Language, title string) string {
	if title == "" {
		return words.ProcessPlan.In(lang)
	}
	lower := strings.ToLower(title)
	if strings.Contains(lower, "prosessplan") || strings.Contains(lower, strings.ToLower(words.ProcessPlan.In(lang))) {
		return title
	}
	return words.ProcessPlan.In(lang) + " – " + title
}

func headerText(municipality, title string) string {
	if municipality == "" {
		return title
	}
	return municipality + " – " + title
}

func (b *builder) footer() string {
	if b.prof.FooterText != "" {
		return b.prof.FooterText
	}
	parts := []string{}
	if b.p.Version != "" {
		parts = append(parts, words.Version.In(b.lang)+" "+b.p.Version)
	}
	if d := planDate(b.s); !d.IsZero() {
		parts = append(parts, words.Date(b.lang, d))
	}
	return strings.Join(parts, ", ")
}

func keywords(kw ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range kw {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (b *builder) titleBlock() {
	p := b.p
	kv := &KeyValue{}
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			kv.Pairs = append(kv.Pairs, Pair{Key: k, Value: v})
		}
	}
	add(words.Municipality.In(b.lang), p.Municipality)
	add(words.Unit.In(b.lang), p.Unit)
	if p.Type != "" {
		add(words.PlanType.In(b.lang), p.Type.Label(b.lang))
	}
	add(words.Status.In(b.lang), b.status())
	add(words.Version.In(b.lang), p.Version)
	add(words.DateLabel.In(b.lang), words.Date(b.lang, p.Date))
	add(words.CaseNumber.In(b.lang), p.CaseNumber)
	if len(kv.Pairs) > 0 {
		b.add(kv)
	}
}

// draftHeader prefixes a draft's page header with the draft mark.
func (b *builder) draftHeader(h string) string {
	if !b.draft {
		return h
	}
	return words.DraftMark.In(b.lang) + " – " + h
}

func (b *builder) status() string {
	p := b.p
	if b.draft {
		return words.DraftMark.In(b.lang)
	}
	if p.Status == prosessplan.Adopted || p.Status == "" && !p.AdoptedDate.IsZero() {
		switch {
		case p.AdoptedBy != "" && !p.AdoptedDate.IsZero():
			return sprintf(words.AdoptedByOn.In(b.lang), p.Name(p.AdoptedBy), words.Date(b.lang, p.AdoptedDate))
		case !p.AdoptedDate.IsZero():
			return sprintf(words.AdoptedOn.In(b.lang), words.Date(b.lang, p.AdoptedDate))
		}
		return words.AdoptedStatus.In(b.lang)
	}
	if p.Status == prosessplan.Draft {
		return words.DraftStatus.In(b.lang)
	}
	return ""
}

func (b *builder) goals() {
	p := b.p
	if strings.TrimSpace(p.DesiredResult) == "" && !nonEmpty(p.Goals) && !nonEmpty(p.TargetAreas) {
		return
	}
	b.heading(1, words.GoalsAndResult.In(b.lang))
	if strings.TrimSpace(p.DesiredResult) != "" {
		b.heading(2, words.DesiredResult.In(b.lang))
		b.para(p.DesiredResult)
	}
	if nonEmpty(p.Goals) {
		b.heading(2, words.Goals.In(b.lang))
		b.list(false, p.Goals)
	}
	if nonEmpty(p.TargetAreas) {
		b.heading(2, words.TargetAreas.In(b.lang))
		b.list(true, p.TargetAreas)
	}
}

func (b *builder) frame() {
	p := b.p
	rules, ok := prosessplan.Rules{}, false
	if p.Type != "" {
		rules, ok = prosessplan.RulesFor(p.Type)
	}
	if !ok && !nonEmpty(p.LegalBasis) && p.Type == "" {
		b.related(1)
		return
	}
	b.heading(1, words.Frame.In(b.lang))
	if p.Type != "" {
		label := p.Type.Label(b.lang)
		if b.lang != prosessplan.English {
			label = lowerFirst(label)
		}
		b.para(sprintf(words.PreparedAs.In(b.lang), label))
	}
	if ok && len(rules.Steps) > 0 {
		if rules.Statutory {
			b.para(words.StatutoryIntro.In(b.lang))
			t := table(words.CapStatutory.In(b.lang), []string{words.Paragraph.In(b.lang), words.Step.In(b.lang), words.MinPeriod.In(b.lang), words.Requirement.In(b.lang)},
				[]float64{0.14, 0.56, 0.14, 0.16})
			for _, st := range rules.Steps {
				req := words.Required.In(b.lang)
				if !st.Required {
					req = words.WhenRelevant.In(b.lang)
				}
				t.addRow(st.Paragraph, b.stepText(st), words.Duration(b.lang, st.MinDuration), req)
			}
			b.add(t)
		} else {
			// No law sets this plan type's process: say what this plan
			// does, never what the tool would advise.
			b.ownSteps()
		}
	}
	// The table already says what the law requires; a planner's legal
	// basis that copies those sentences (as "prosessplan new" used to)
	// would say them twice.
	var shown []prosessplan.StatutoryStep
	if ok {
		shown = rules.Steps
	}
	if legal := b.withoutSteps(p.LegalBasis, shown); nonEmpty(legal) {
		b.heading(2, words.LegalBasis.In(b.lang))
		b.paras(legal)
	}
	b.related(2)
}

// related lists the plan processes the plan is linked to, under a heading
// of the given level: each name, a link when it has a web address, and
// how the two are linked.
func (b *builder) related(level int) {
	p := b.p
	if len(p.Related) == 0 {
		return
	}
	b.heading(level, words.RelatedPlans.In(b.lang))
	b.para(words.RelatedIntro.In(b.lang))
	l := &List{}
	for _, r := range p.Related {
		name := Run{Text: r.Name}
		if r.Name == "" {
			name.Text = r.URL
		}
		if isWebAddress(r.URL) {
			name.Link = r.URL
		}
		runs := []Run{name}
		if r.URL != "" && r.Name != "" && !isWebAddress(r.URL) {
			runs = append(runs, Run{Text: " (" + r.URL + ")"})
		}
		if c := strings.TrimSpace(r.Comment); c != "" {
			runs = append(runs, Run{Text: " – " + c})
		}
		if strings.TrimSpace(Text(runs)) != "" {
			l.Items = append(l.Items, runs)
		}
	}
	if len(l.Items) > 0 {
		b.add(l)
	}
}

// isWebAddress reports whether s is an address writers may make a link of.
func isWebAddress(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// ownSteps lists the steps this plan takes in the order they come: its
// political decisions and høringer with their dates.
func (b *builder) ownSteps() {
	t := table(words.CapRecommended.In(b.lang), []string{words.Advice.In(b.lang), words.AdvisedPeriod.In(b.lang)}, []float64{0.7, 0.3})
	for _, a := range b.s.Activities {
		switch {
		case a.Decision != nil:
			when := strings.TrimSpace(b.decidingBody(a.Decision) + " " + words.ShortDate(b.lang, a.Decision.Meeting()))
			t.addRow(a.Decision.Kind.Label(b.lang), when)
		case a.Kind == prosessplan.Hearing && !a.Start.IsZero():
			t.addRow(a.Name, words.MarkTentative(b.lang, words.ShortDate(b.lang, a.Start.Date)+"–"+words.ShortDate(b.lang, endOf(a).Date), a.Activity))
		}
	}
	if len(t.Rows) == 0 {
		b.para(words.NonStatutoryIntro.In(b.lang))
		return
	}
	b.para(words.NonStatutoryIntro.In(b.lang) + " " + words.NonStatutoryOwn.In(b.lang))
	b.add(t)
}

// stepText is the text of step st in language l.
func stepText(st prosessplan.StatutoryStep, l prosessplan.Language) string {
	return prosessplan.TextOf(st.Text).In(l)
}

// stepText is the statutory step's text as this plan reads it: the generic
// "kommunestyret" becomes the plan's own municipal council ("bystyret").
func (b *builder) stepText(st prosessplan.StatutoryStep) string {
	t := stepText(st, b.lang)
	if b.lang == prosessplan.English {
		return t
	}
	for _, bd := range b.p.Bodies {
		if bd.Kind == prosessplan.MunicipalCouncil && bd.Name != "" {
			name := strings.ToLower(strings.TrimSpace(bd.Name))
			// Only a body named in the definite form ("Bystyret") reads
			// right in the sentence; "Bodø bystyre" is left alone.
			if strings.HasSuffix(name, "et") && !strings.Contains(name, " ") {
				t = strings.ReplaceAll(t, "kommunestyret", name)
			}
			break
		}
	}
	return t
}

// normText prepares texts for comparing as a reader does: case, spacing and a final
// full stop aside.
func normText(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimSuffix(s, ".")
}

// saysStep reports whether the planner's text already contains step st,
// in the words of the law table or as this plan names its council.
func (b *builder) saysStep(text string, st prosessplan.StatutoryStep) bool {
	t := normText(text)
	for _, v := range []string{stepText(st, b.lang), b.stepText(st)} {
		if v = normText(v); v != "" && strings.Contains(t, v) {
			return true
		}
	}
	return false
}

// withoutSteps returns the paragraphs of legal without the statutory
// steps' sentences: a paragraph that is only a step goes, a step quoted
// inside a longer paragraph is cut out of it.
func (b *builder) withoutSteps(legal []string, steps []prosessplan.StatutoryStep) []string {
	var out []string
	for _, par := range legal {
		for _, st := range steps {
			if !b.saysStep(par, st) {
				continue
			}
			for _, v := range []string{stepText(st, b.lang), b.stepText(st)} {
				if normText(par) == normText(v) {
					par = ""
				}
				par = strings.Replace(par, v, "", 1)
			}
		}
		par = strings.Join(strings.Fields(par), " ")
		if par != "" {
			out = append(out, par)
		}
	}
	return out
}

func (b *builder) organisation() {
	p := b.p
	if len(p.Groups) == 0 {
		return
	}
	b.heading(1, words.Organisation.In(b.lang))
	hasLeader := false
	for _, g := range p.Groups {
		if g.Leader != "" {
			hasLeader = true
		}
	}
	var t *Table
	if hasLeader {
		t = table(words.CapOrganisation.In(b.lang), []string{words.Group.In(b.lang), words.Role.In(b.lang), words.Responsibility.In(b.lang), words.Leader.In(b.lang)}, []float64{0.25, 0.17, 0.38, 0.2})
	} else {
		t = table(words.CapOrganisation.In(b.lang), []string{words.Group.In(b.lang), words.Role.In(b.lang), words.Responsibility.In(b.lang)}, []float64{0.3, 0.2, 0.5})
	}
	for _, g := range p.Groups {
		role := ""
		if g.Kind != "" {
			role = g.Kind.Label(b.lang)
		}
		if hasLeader {
			leader := ""
			if g.Leader != "" {
				leader = b.personName(g.Leader)
			}
			t.addRow(g.Name, role, g.Responsibility, leader)
		} else {
			t.addRow(g.Name, role, g.Responsibility)
		}
	}
	b.add(t)
	any := false
	for _, g := range p.Groups {
		if len(g.Members) > 0 {
			any = true
		}
	}
	if !any {
		return
	}
	b.heading(2, words.Members.In(b.lang))
	for _, g := range p.Groups {
		if len(g.Members) == 0 {
			continue
		}
		b.heading(3, g.Name)
		var items []string
		for _, m := range g.Members {
			items = append(items, b.member(m))
		}
		b.list(false, items)
	}
}

// personName is a person's name with title: "Kari Nordmann, prosjektleder".
func (b *builder) personName(id string) string {
	// "Rådmannen, rådmann" says the same twice; the title is left out then.
	if x := b.p.Person(id); x != nil && x.Title != "" && !strings.Contains(strings.ToLower(x.Name), strings.ToLower(x.Title)) {
		return x.Name + ", " + x.Title
	}
	return b.p.Name(id)
}

func (b *builder) member(m prosessplan.Member) string {
	name := m.Name
	if m.Person != "" {
		name = b.personName(m.Person)
	}
	s := name
	if m.Organisation != "" {
		if s == "" {
			s = m.Organisation
		} else {
			s += " (" + m.Organisation + ")"
		}
	}
	if m.Role != "" {
		if s == "" {
			s = m.Role
		} else {
			s += " – " + m.Role
		}
	}
	return s
}

func (b *builder) names(ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, b.p.Name(id))
	}
	return strings.Join(out, ", ")
}

// councilStep is a statutory council's meeting on a decision's case.
type councilStep struct {
	step prosessplan.CaseStep
	dec  *prosessplan.ScheduledDecision
}

func (b *builder) councilSteps() []councilStep {
	var out []councilStep
	for _, d := range b.s.Decisions {
		for _, st := range d.Steps {
			if st.Body != nil && st.Body.Kind.IsStatutoryCouncil() {
				out = append(out, councilStep{st, d})
			}
		}
	}
	return out
}

func (b *builder) hasCouncils() bool {
	for _, bd := range b.p.Bodies {
		if bd.Kind.IsStatutoryCouncil() {
			return true
		}
	}
	return false
}

// decisionName names a decision point: its activity's name, else its kind.
func (b *builder) decisionName(d *prosessplan.ScheduledDecision) string {
	if d.Activity != nil && d.Activity.Name != "" {
		return d.Activity.Name
	}
	return d.Kind.Label(b.lang)
}

// participationTable adds the who/how/when/why table of the plan's
// participation, if it has any; the plan and every saksframlegg show it.
func (b *builder) participationTable() {
	p := b.p
	if len(p.Participation) > 0 {
		t := table(words.CapParticipation.In(b.lang), []string{words.Who.In(b.lang), words.How.In(b.lang), words.When.In(b.lang), words.Why.In(b.lang)}, []float64{0.22, 0.3, 0.18, 0.3})
		for _, pa := range p.Participation {
			when := pa.When
			if when == "" && len(pa.Activities) > 0 {
				when = b.activityWhen(pa.Activities)
			}
			t.addRow(pa.Who, pa.How, when, pa.Why)
		}
		b.add(t)
	}
}

func (b *builder) participation() {
	p := b.p
	steps := b.councilSteps()
	if len(p.Participation) == 0 && len(steps) == 0 && !b.hasCouncils() {
		return
	}
	b.heading(1, words.Participation.In(b.lang))
	b.participationTable()
	if len(steps) == 0 && !b.hasCouncils() {
		return
	}
	b.heading(2, words.StatutoryCouncils.In(b.lang))
	intro, none := words.CouncilsIntro.In(b.lang), words.CouncilsNone.In(b.lang)
	if !b.newLaw(planDate(b.s)) {
		intro, none = words.CouncilsIntroOld.In(b.lang), words.CouncilsNoneOld.In(b.lang)
	}
	if len(steps) == 0 {
		b.para(none)
		return
	}
	b.para(intro)
	t := table(words.CapCouncils.In(b.lang), []string{words.Council.In(b.lang), words.MeetingDate.In(b.lang), words.Case.In(b.lang), words.DecidedIn.In(b.lang)},
		[]float64{0.25, 0.2, 0.3, 0.25})
	for _, cs := range steps {
		decided := ""
		if n := len(cs.dec.Steps); n > 0 && cs.dec.Steps[n-1].Body != nil {
			last := cs.dec.Steps[n-1]
			decided = last.Body.Name + ", " + words.Date(b.lang, last.Meeting)
		}
		t.addRow(cs.step.Body.Name, words.Date(b.lang, cs.step.Meeting), b.decisionName(cs.dec), decided)
	}
	b.add(t)
}

// activityWhen names when the listed activities happen, for participation
// rows that give no "when" of their own.
func (b *builder) activityWhen(ids []string) string {
	var out []string
	for _, id := range ids {
		if a := b.s.Activity(id); a != nil && !a.Start.IsZero() {
			out = append(out, words.ActivitySpan(b.lang, a))
		}
	}
	return strings.Join(out, "; ")
}

func (b *builder) schedule(opts Options) {
	if len(b.s.Activities) == 0 {
		return
	}
	b.add(&Section{Orientation: Landscape})
	b.heading(1, words.Schedule.In(b.lang))
	b.add(BuildTimeline(b.s, opts))
	t := table(words.ActivityCaption.In(b.lang),
		[]string{words.Number.In(b.lang), words.Activity.In(b.lang), words.Purpose.In(b.lang), words.Responsible.In(b.lang), words.Participants.In(b.lang), words.When.In(b.lang), words.Deliverable.In(b.lang), words.Status.In(b.lang)},
		[]float64{0.05, 0.17, 0.19, 0.12, 0.14, 0.14, 0.11, 0.08})
	withMethod := b.hasMethod()
	if withMethod {
		// How each item is run (a workshop's kjøreplan: "Gruppearbeid,
		// post-it-lapper") stands beside why, where a planner reads it
		// in the templates that have the column.
		t = table(words.ActivityCaption.In(b.lang),
			[]string{words.Number.In(b.lang), words.Activity.In(b.lang), words.Purpose.In(b.lang), words.Method.In(b.lang), words.Responsible.In(b.lang), words.Participants.In(b.lang), words.When.In(b.lang), words.Deliverable.In(b.lang), words.Status.In(b.lang)},
			[]float64{0.05, 0.15, 0.16, 0.12, 0.11, 0.12, 0.13, 0.09, 0.07})
	}
	fill := b.prof.AccentColor
	seen := map[*prosessplan.ScheduledActivity]bool{}
	for _, ph := range b.s.Phases {
		t.addGroup(phaseTitle(b.lang, ph.Phase), fill)
		for _, a := range ph.Activities {
			seen[a] = true
			b.activityRow(t, a, withMethod)
		}
	}
	// Activities the schedule did not place in a phase still belong in the table.
	for _, a := range b.s.Activities {
		if !seen[a] {
			b.activityRow(t, a, withMethod)
		}
	}
	b.add(t)
	b.add(&Section{Orientation: Portrait})
}

// hasMethod reports whether any activity says how it is carried out, so
// the activity table needs a Metode column.
func (b *builder) hasMethod() bool {
	for _, a := range b.s.Activities {
		if strings.TrimSpace(a.Method) != "" {
			return true
		}
	}
	return false
}

func (b *builder) activityRow(t *Table, a *prosessplan.ScheduledActivity, withMethod bool) {
	status := ""
	if a.Status != "" {
		status = a.Status.Label(b.lang)
	}
	cells := []string{a.ID, a.Name, a.Purpose}
	if withMethod {
		cells = append(cells, a.Method)
	}
	cells = append(cells, b.names(a.ResponsibleParties()), b.names(a.Participants),
		words.ActivitySpan(b.lang, a), a.Deliverable, status)
	t.addRow(cells...)
}

// phaseTitle is "Fase 1: Oppstart" for a numbered phase whose name does
// not already say which phase it is.
func phaseTitle(lang prosessplan.Language, ph *prosessplan.Phase) string {
	if ph == nil {
		return ""
	}
	if ph.ID == "" || !isNumber(ph.ID) || strings.HasPrefix(strings.ToLower(ph.Name), strings.ToLower(words.Phase.In(lang))) {
		return ph.Name
	}
	return words.Phase.In(lang) + " " + ph.ID + ": " + ph.Name
}

func isNumber(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return s != ""
}

func (b *builder) political() {
	if len(b.s.Decisions) == 0 {
		b.objections(1)
		return
	}
	b.heading(1, words.Political.In(b.lang))
	// Five columns fit a portrait page without breaking words: the whole
	// saksgang in one cell, the deciding body last and in bold, every date
	// short, as narrow cells need.
	t := table(words.PoliticalCaption.In(b.lang),
		[]string{words.Number.In(b.lang), words.Case.In(b.lang), words.Route.In(b.lang), words.Deadline.In(b.lang), words.ToDecide.In(b.lang)},
		[]float64{0.07, 0.23, 0.27, 0.17, 0.26})
	for _, d := range b.s.Decisions {
		id := ""
		if d.Activity != nil {
			id = d.Activity.ID
		}
		var route []Run
		for i, st := range d.Steps {
			if st.Body == nil {
				continue
			}
			text := strings.TrimSpace(st.Body.Name + " " + words.ShortDate(b.lang, st.Meeting))
			if len(route) > 0 {
				route = append(route, Run{Text: ", "})
			}
			route = append(route, Run{Text: text, Bold: i == len(d.Steps)-1})
		}
		if len(route) == 0 && d.Body != "" {
			route = []Run{{Text: strings.TrimSpace(b.p.Name(d.Body) + " " + words.ShortDate(b.lang, d.Meeting())), Bold: true}}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Runs: Plain(id)}, {Runs: Plain(b.caseTitle(d))}, {Runs: route},
			{Runs: Plain(words.ShortDate(b.lang, d.Deadline()))}, {Runs: Plain(b.toDecide(d))},
		}})
	}
	fitWords(t, portraitTextPt, tableFontPt)
	b.add(t)
	b.objections(2)
}

// objections lists the innsigelser against the plan with their status and
// the mekling that treats them, under a heading of the given level: the
// political bodies must know what still stands before they adopt.
func (b *builder) objections(level int) {
	p := b.p
	if len(p.Objections) == 0 {
		return
	}
	b.heading(level, words.Objections.In(b.lang))
	b.para(words.ObjectionsIntro.In(b.lang))
	t := table(words.CapObjections.In(b.lang), []string{words.From.In(b.lang), words.Subject.In(b.lang), words.DateLabel.In(b.lang), words.Status.In(b.lang), words.Mediation.In(b.lang)},
		[]float64{0.22, 0.3, 0.13, 0.1, 0.25})
	for _, o := range p.Objections {
		status := o.Status
		if status == "" {
			status = prosessplan.ObjectionOpen
		}
		t.addRow(o.From, o.Subject, words.ShortDate(b.lang, o.Date), status.Label(b.lang), b.mediation(o.Mediation))
	}
	fitWords(t, portraitTextPt, tableFontPt)
	b.add(t)
}

// mediation names the mekling activity id and when it is held.
func (b *builder) mediation(id string) string {
	if id == "" {
		return ""
	}
	a := b.s.Activity(id)
	if a == nil {
		return id
	}
	text := strings.TrimSpace(a.ID + " " + a.Name)
	if !a.Start.IsZero() {
		text += ", " + words.MarkTentative(b.lang, words.Period(b.lang, a.Start.Date, endOf(a).Date), a.Activity)
	}
	return text
}

// Page and type sizes fitWords plans with: the text width of an A4
// portrait page with 2.5 cm margins, and the largest table text writers use.
const (
	portraitTextPt = 453.0
	tableFontPt    = 10.0
)

// fitWords widens the columns of t whose longest word (title or cell)
// would not fit on one line, taking the room from columns with room to
// spare, so no word has to be broken in Word or PDF. A character is
// reckoned 0.55 em (0.6 em in the bold titles) plus the cell padding.
func fitWords(t *Table, textPt, fontPt float64) {
	n := len(t.Columns)
	if n == 0 {
		return
	}
	need := make([]float64, n)
	word := func(i int, s string, em float64) {
		for _, f := range strings.Fields(s) {
			if w := (float64(utf8.RuneCountInString(f))*em*fontPt + 12) / textPt; w > need[i] {
				need[i] = w
			}
		}
	}
	for i, c := range t.Columns {
		word(i, c.Title, 0.6)
	}
	for _, r := range t.Rows {
		if r.Group {
			continue
		}
		for i, c := range r.Cells {
			if i >= n || c.Span > 1 {
				continue
			}
			for _, run := range c.Runs {
				em := 0.55
				if run.Bold {
					em = 0.6
				}
				word(i, run.Text, em)
			}
		}
	}
	total := 0.0
	for _, x := range need {
		total += x
	}
	if total > 1 { // nothing fits every word; keep the planned shares
		return
	}
	// Raise the short columns to their need, then take what they got from
	// the others in proportion to the room each has above its own need.
	short, spare := 0.0, 0.0
	for i, c := range t.Columns {
		if c.Width < need[i] {
			short += need[i] - c.Width
		} else {
			spare += c.Width - need[i]
		}
	}
	if short == 0 {
		return
	}
	for i := range t.Columns {
		c := &t.Columns[i]
		if c.Width < need[i] {
			c.Width = need[i]
		} else if spare > 0 {
			c.Width -= (c.Width - need[i]) * short / spare
		}
	}
}

// caseTitle is the decision's kind and, when it says more, its activity's name.
func (b *builder) caseTitle(d *prosessplan.ScheduledDecision) string {
	kind := d.Kind.Label(b.lang)
	name := b.decisionName(d)
	if d.Kind == "" {
		return name
	}
	if strings.Contains(strings.ToLower(name), strings.ToLower(kind)) {
		return name
	}
	return kind + ": " + name
}

func (b *builder) toDecide(d *prosessplan.ScheduledDecision) string {
	if d.Summary != "" {
		return d.Summary
	}
	if d.Activity != nil {
		return d.Activity.Purpose
	}
	return ""
}

func (b *builder) resources() {
	p := b.p
	if len(p.Resources) == 0 {
		return
	}
	b.heading(1, words.Resources.In(b.lang))
	t := table(words.CapResources.In(b.lang), []string{words.What.In(b.lang), words.Amount.In(b.lang), words.Comment.In(b.lang)}, []float64{0.4, 0.2, 0.4})
	for _, r := range p.Resources {
		t.addRow(r.What, r.Amount, r.Comment)
	}
	b.add(t)
}

func (b *builder) successAndRisk() {
	p := b.p
	if !nonEmpty(p.SuccessFactors) && len(p.Risks) == 0 {
		return
	}
	b.heading(1, words.SuccessAndRisk.In(b.lang))
	if nonEmpty(p.SuccessFactors) {
		b.heading(2, words.SuccessFactors.In(b.lang))
		b.list(false, p.SuccessFactors)
	}
	if len(p.Risks) > 0 {
		b.heading(2, words.Risks.In(b.lang))
		t := table(words.CapRisks.In(b.lang), []string{words.Risk.In(b.lang), words.Consequence.In(b.lang), words.Mitigation.In(b.lang)}, []float64{0.35, 0.3, 0.35})
		for _, r := range p.Risks {
			t.addRow(r.Description, r.Consequence, r.Mitigation)
		}
		b.add(t)
	}
}

func (b *builder) attachments() {
	p := b.p
	if len(p.Attachments) == 0 {
		return
	}
	b.heading(1, words.Attachments.In(b.lang))
	l := &List{Ordered: true}
	for _, a := range p.Attachments {
		runs := Plain(a.Title)
		if a.Reference != "" {
			ref := Run{Text: a.Reference}
			if isWebAddress(a.Reference) {
				ref.Link = a.Reference
			}
			if a.Title == "" {
				runs = []Run{ref}
			} else {
				runs = append(runs, Run{Text: " ("}, ref, Run{Text: ")"})
			}
		}
		l.Items = append(l.Items, runs)
	}
	b.add(l)
}

// problems lists the errors and warnings a draft is rendered with. Advice
// is check's to give, not the document's: it is left out.
func (b *builder) problems(all prosessplan.Problems) {
	var ps prosessplan.Problems
	for _, pr := range all {
		if pr.Severity != prosessplan.SeverityAdvice {
			ps = append(ps, pr)
		}
	}
	if len(ps) == 0 {
		return
	}
	b.add(&PageBreak{})
	b.heading(1, words.Problems.In(b.lang))
	b.para(words.ProblemsIntro.In(b.lang))
	t := table(words.Problems.In(b.lang), []string{words.Severity.In(b.lang), words.Where.In(b.lang), words.Message.In(b.lang)}, []float64{0.14, 0.2, 0.66})
	for _, pr := range ps {
		t.addRow(upperFirst(pr.Severity.Label(b.lang)), b.where(pr), pr.Message(b.lang))
	}
	b.add(t)
}

func (b *builder) where(pr prosessplan.Problem) string {
	var parts []string
	if pr.Activity != "" {
		parts = append(parts, lowerFirst(words.Activity.In(b.lang))+" "+pr.Activity)
	}
	if pr.Pos.Line > 0 {
		parts = append(parts, words.Line.In(b.lang)+" "+strconv.Itoa(pr.Pos.Line))
	}
	return upperFirst(strings.Join(parts, ", "))
}
