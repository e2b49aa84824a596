package prosessplan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/prosessplan/go-prosessplan/internal/yamlfile"
)

// planDecoder collects the problems of one plan file.
type planDecoder struct {
	file  string
	probs Problems
	// budget limits the work aliases can cause ("billion laughs").
	budget   int
	overflow bool
	// stream hands over the phases of a large file while it is parsed;
	// nil when the file's tree is whole.
	stream *yamlfile.Stream
	// act is the number of the activity being decoded, for Problem.Activity.
	act  string
	refs []planRef
	// parties holds, by ID, which kinds of thing (partyPerson …) the
	// file defines under that ID so far, so that most references are
	// settled as they are read rather than kept until the end (ref).
	parties map[string]uint8
	// ids holds the position of every person, group and body ID, and nrs
	// the line of every activity number (all a duplicate's message
	// needs), to report duplicates.
	ids      map[string]Pos
	nrs      map[string]int
	phaseIDs map[string]Pos
	// slab is where objects' value tables are cut from (cut), up to top;
	// slabs counts the slabs begun.
	slab  []*node
	top   int
	slabs int
}

type refKind int

const (
	refPerson refKind = iota
	refResponsible
	refParticipant
	refBody
	refActivity
	refMunicipality
)

// planRef is an ID written in the file that must name something defined
// elsewhere in it; they are resolved when the whole file has been read.
type planRef struct {
	kind     refKind
	id       string
	key      string
	pos      Pos
	activity string
}

// MaxFileSize is the largest plan file Decode reads: 64 MiB, room for a
// generated plan of 100,000 activities (33 MB) and a thousand times the
// largest real plan, so that a runaway file (or /dev/zero) is refused
// before it fills the memory.
const MaxFileSize = 64 << 20

// ErrTooLarge is matched (errors.Is) by Decode's error for a file larger
// than MaxFileSize.
var ErrTooLarge = errors.New("prosessplan: plan file too large")

// Decode reads a plan file in YAML or JSON from r. name is the file name
// used in positions and messages. Every problem found is reported, not only
// the first; the error is then of type Problems. An empty file is such an
// error too (PP-DECODE-MISSING): a plan needs at least a title.
//
// The format is described in docs/plan-format.md. Decode fills in the
// defaults of [Plan.SetDefaults]: målform nb, status utkast (or vedtatt)
// and activity status ikke-startet. It reads at most MaxFileSize bytes; a
// larger file gives Problems that match ErrTooLarge.
func Decode(r io.Reader, name string) (*Plan, error) {
	if r == nil {
		return nil, fmt.Errorf("prosessplan: reading %s: %w", name, ErrNilReader)
	}
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		// bytes.Reader, strings.Reader, bytes.Buffer: read in one go.
		// ReadFrom wants MinRead bytes free before each read, the one
		// that finds the end too; with less it doubles the buffer.
		buf.Grow(min(l.Len(), MaxFileSize) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1)); err != nil {
		return nil, fmt.Errorf("prosessplan: reading %s: %w", name, err)
	}
	d := newDecoder(name, buf.Len())
	if buf.Len() > MaxFileSize {
		d.add(CodeDecodeTooLarge, Pos{File: name}, textf(Text{
			"filen er større enn %d MiB og kan ikke være en prosessplan — sjekk at det er riktig fil",
			"fila er større enn %d MiB og kan ikkje vere ein prosessplan — sjekk at det er rett fil",
			"the file is larger than %d MiB and cannot be a process plan — check that it is the right file"},
			MaxFileSize>>20))
		d.probs[0].cause = ErrTooLarge
		return nil, d.probs
	}
	p, again := d.decode(buf.Bytes(), false)
	if again {
		d = newDecoder(name, buf.Len())
		p, _ = d.decode(buf.Bytes(), true)
	}
	if len(d.probs) > 0 {
		return nil, d.problems()
	}
	return p, nil
}

func newDecoder(name string, size int) *planDecoder {
	return &planDecoder{file: name, ids: map[string]Pos{}, nrs: make(map[string]int, size/256),
		phaseIDs: map[string]Pos{}, parties: map[string]uint8{}}
}

// The kinds of party an ID in planDecoder.parties names.
const (
	partyPerson uint8 = 1 << iota
	partyGroup
	partyBody
	partyMunicipality
)

// ref notes a reference to check once the whole file is read. One that
// names something already read is settled here: people, groups, bodies and
// municipalities are read before the activities, and most dependencies
// point back, so few references are kept. A plan has about four per
// activity, and keeping them all cost a twentieth of decoding.
func (d *planDecoder) ref(r planRef) {
	var want uint8
	switch r.kind {
	case refActivity:
		if _, ok := d.nrs[r.id]; ok {
			return
		}
	case refPerson:
		want = partyPerson
	case refResponsible, refParticipant:
		want = partyPerson | partyGroup | partyBody
	case refBody:
		want = partyBody
	case refMunicipality:
		want = partyMunicipality
	}
	if d.parties[r.id]&want != 0 {
		return
	}
	d.refs = append(d.refs, r)
}

// problems returns what was found, in the order of the file.
func (d *planDecoder) problems() Problems {
	sort.SliceStable(d.probs, func(i, j int) bool {
		a, b := d.probs[i].Pos, d.probs[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return capProblems(d.probs)
}

func (d *planDecoder) add(code string, pos Pos, t Text) {
	if d.overflow {
		// Past the alias limit the values are cut off: what looks missing
		// there is not.
		return
	}
	d.probs = append(d.probs, Problem{Code: code, Severity: SeverityError, Pos: pos, Activity: d.act, Text: t.Map()})
}

func (d *planDecoder) pos(n *node) Pos {
	if n == nil {
		return Pos{File: d.file}
	}
	return Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// decode reads a plan from data. A large file's phases are read while the
// rest of the file is parsed (yamlfile.Stream), and each let go of once
// read, so that the file's tree is never whole in memory; again is true
// when a piece of the file turned out to read otherwise alone, and the
// file must be decoded again, whole, by a new decoder.
func (d *planDecoder) decode(data []byte, whole bool) (p *Plan, again bool) {
	var tree yamlfile.Tree
	var err error
	if whole {
		tree, err = yamlfile.ParseWhole(data)
	} else {
		tree, d.stream, err = yamlfile.ParseStream(data)
		defer d.stream.Close()
	}
	if err != nil {
		d.syntax(err, data)
		return nil, false
	}
	if tree.Root == nil {
		d.add(CodeDecodeMissing, Pos{File: d.file, Line: 1, Col: 1}, emptyFile)
		return nil, false
	}
	if x := tree.Extra; x != nil {
		d.add(CodeDecodeSyntax, Pos{File: d.file, Line: x.Line, Col: x.Column}, Text{
			"filen har mer enn ett YAML-dokument — ta bort «---» og det som står etter",
			"fila har meir enn eitt YAML-dokument — ta bort «---» og det som står etter",
			"the file holds more than one YAML document — remove \"---\" and what follows"})
	}
	// The budget allows each node to be looked at a few times; only aliases
	// can make a file need more.
	d.budget = 16*len(data) + 1<<16
	p = &Plan{File: d.file}
	d.plan(tree.Root, p)
	if !d.stream.Complete() {
		return nil, true
	}
	if !d.overflow {
		d.resolve(p)
		p.SetDefaults()
	}
	return p, false
}

var emptyFile = Text{
	"filen er tom — en plan trenger minst «tittel»",
	"fila er tom — ein plan treng minst «tittel»",
	"the file is empty — a plan needs at least \"tittel\""}

// checkID reports an ID already used in the same namespace.
func (d *planDecoder) checkID(seen map[string]Pos, id string, pos Pos, what Text) {
	if first, dup := seen[id]; dup {
		d.add(CodeDecodeDuplicateID, pos, joinText(
			textf(Text{"id «%s» er brukt før (linje %d) — ", "id «%s» er brukt før (linje %d) — ",
				"the id \"%s\" is used before (line %d) — "}, id, first.Line), what))
		return
	}
	seen[id] = pos
}

var uniqueIDsHint = Text{"personer, grupper og organer trenger hver sin id",
	"personar, grupper og organ treng kvar sin id",
	"people, groups and bodies need an id each"}

func (d *planDecoder) plan(root *node, p *Plan) {
	o, ok := d.object(root, "plan", location{})
	p.Pos = d.pos(o.n)
	if !ok {
		if o.n == nil || d.node(o.n) == nil {
			d.add(CodeDecodeMissing, Pos{File: d.file, Line: 1, Col: 1}, Text{
				"filen er tom — en plan trenger minst «tittel»",
				"fila er tom — ein plan treng minst «tittel»",
				"the file is empty — a plan needs at least \"tittel\""})
		}
		return
	}
	if v, ok := o.int("format"); ok && v != FormatVersion {
		d.add(CodeDecodeFormat, o.keyPos("format"), textf(Text{
			"ukjent formatversjon %d — dette programmet leser format %d; bruk en nyere versjon av programmet",
			"ukjend formatversjon %d — dette programmet les format %d; bruk ein nyare versjon av programmet",
			"unknown format version %d — this program reads format %d; use a newer version of the program"},
			v, FormatVersion))
	}
	p.Title = o.required("tittel", hintTitle)
	p.Municipality = o.str("kommune")
	p.Unit = o.str("enhet")
	p.Type = PlanType(o.choice("plantype", enumPlanType, ""))
	p.Language = Language(o.choice("målform", enumLanguage, ""))
	p.CaseNumber = o.str("arkivsak")
	p.CaseOfficer = o.str("saksbehandler")
	p.Version = o.str("versjon")
	p.Status = PlanStatus(o.choice("status", enumPlanStatus, ""))
	p.AdoptedBy = o.str("vedtatt-av")
	p.AdoptedDate = o.date("vedtatt-dato")
	p.Date = o.date("dato")
	p.CouncilConstituted = o.date("kommunestyre-konstituert")
	p.WithStrategy = o.choice("med-planstrategi", enumBool, "false") == "true"
	for _, n := range o.list("kommuner") {
		mo, _ := d.object(n, "kommune", itemOf("kommuner"))
		m := Municipality{Pos: d.pos(mo.n), Name: mo.str("navn"), Profile: mo.str("profil")}
		m.ID = mo.required("id", Text{"gi kommunen en kort id, f.eks. «id: bodo»",
			"gi kommunen ein kort id, t.d. «id: bodo»",
			"give the municipality a short id, e.g. \"id: bodo\""})
		d.parties[m.ID] |= partyMunicipality
		if m.ID != "" {
			d.checkID(d.ids, m.ID, mo.keyPos("id"), uniqueIDsHint)
		}
		p.Municipalities = append(p.Municipalities, m)
	}
	p.Background = o.texts("bakgrunn")
	p.Mandate = o.texts("mandat")
	p.Goals = o.texts("mål")
	p.DesiredResult = o.str("ønsket-resultat")
	p.TargetAreas = o.texts("målområder")
	p.LegalBasis = o.texts("lovgrunnlag")

	org, _ := d.object(o.val("organisering"), "organisering", keyOf("organisering"))
	// People first, so that group members can be told apart from names.
	for _, n := range org.list("personer") {
		p.People = append(p.People, d.person(n))
	}
	for _, n := range org.list("grupper") {
		p.Groups = append(p.Groups, d.group(n, p))
	}
	for _, n := range o.list("organer") {
		p.Bodies = append(p.Bodies, d.body(n))
	}
	for n := range o.each("faser") {
		p.Phases = append(p.Phases, d.phase(n))
	}
	for _, n := range o.list("medvirkning") {
		p.Participation = append(p.Participation, d.participation(n))
	}
	p.SuccessFactors = o.texts("suksessfaktorer")
	for _, n := range o.list("risikoer") {
		ro, _ := d.object(n, "risiko", itemOf("risikoer"))
		p.Risks = append(p.Risks, Risk{Description: ro.str("beskrivelse"),
			Consequence: ro.str("konsekvens"), Mitigation: ro.str("tiltak"), Pos: d.pos(ro.n)})
	}
	for _, n := range o.list("ressurser") {
		ro, _ := d.object(n, "ressurs", itemOf("ressurser"))
		r := Resource{What: ro.str("hva"), Amount: ro.str("omfang"),
			Comment: ro.str("merknad"), Pos: d.pos(ro.n)}
		r.Kroner, _ = ro.int("beløp")
		r.Percent, _ = ro.int("stillingsprosent")
		p.Resources = append(p.Resources, r)
	}
	for _, n := range o.list("vedlegg") {
		if s := d.node(n); s != nil && s.Kind == scalarNode {
			t, _ := d.scalar(s, itemOf("vedlegg"))
			p.Attachments = append(p.Attachments, Attachment{Title: t, Pos: d.pos(s)})
			continue
		}
		vo, _ := d.object(n, "vedlegg", itemOf("vedlegg"))
		p.Attachments = append(p.Attachments, Attachment{Title: vo.str("tittel"),
			Reference: vo.str("referanse"), Pos: d.pos(vo.n)})
	}
	for _, n := range o.list("relaterte-planer") {
		if s := d.node(n); s != nil && s.Kind == yamlfile.Scalar {
			t, _ := d.scalar(s, itemOf("relaterte-planer"))
			p.Related = append(p.Related, RelatedPlan{Name: t, Pos: d.pos(s)})
			continue
		}
		ro, _ := d.object(n, "relatert-plan", itemOf("relaterte-planer"))
		p.Related = append(p.Related, RelatedPlan{Name: ro.str("navn"), URL: ro.str("url"),
			Comment: ro.str("merknad"), Pos: d.pos(ro.n)})
	}
	for _, n := range o.list("innsigelser") {
		io, _ := d.object(n, "innsigelse", itemOf("innsigelser"))
		x := Objection{Pos: d.pos(io.n), From: io.str("fra"), Subject: io.str("tema"), Date: io.date("dato"),
			Status:    ObjectionStatus(io.choice("status", enumObjectionStatus, string(ObjectionOpen))),
			Mediation: io.str("mekling")}
		if x.Mediation != "" {
			d.ref(planRef{refActivity, x.Mediation, "mekling", io.keyPos("mekling"), ""})
		}
		p.Objections = append(p.Objections, x)
	}
	d.calendar(o.val("kalender"), &p.Calendar)
}

func (d *planDecoder) person(n *node) Person {
	o, _ := d.object(n, "person", itemOf("personer"))
	x := Person{Pos: d.pos(o.n)}
	x.ID = o.required("id", hintPersonID)
	d.parties[x.ID] |= partyPerson
	if x.ID != "" {
		d.checkID(d.ids, x.ID, o.keyPos("id"), uniqueIDsHint)
	}
	x.Name = o.str("navn")
	x.Title = o.str("tittel")
	x.Unit = o.str("enhet")
	x.Email = o.str("epost")
	return x
}

func (d *planDecoder) group(n *node, p *Plan) Group {
	o, _ := d.object(n, "gruppe", itemOf("grupper"))
	g := Group{Pos: d.pos(o.n)}
	g.ID = o.required("id", hintGroupID)
	d.parties[g.ID] |= partyGroup
	if g.ID != "" {
		d.checkID(d.ids, g.ID, o.keyPos("id"), uniqueIDsHint)
	}
	g.Name = o.str("navn")
	g.Kind = GroupKind(o.choice("type", enumGroupKind, ""))
	g.Responsibility = o.str("ansvar")
	g.Leader = o.str("leder")
	if g.Leader != "" {
		d.ref(planRef{refPerson, g.Leader, "leder", o.keyPos("leder"), ""})
	}
	for _, m := range o.list("medlemmer") {
		if s := d.node(m); s != nil && s.Kind == scalarNode {
			// A plain text is a person's ID when there is such a person, and
			// otherwise the member's name.
			t, _ := d.scalar(s, itemOf("medlemmer"))
			mem := Member{Pos: d.pos(s)}
			if p.Person(t) != nil {
				mem.Person = t
			} else {
				mem.Name = t
			}
			g.Members = append(g.Members, mem)
			continue
		}
		mo, _ := d.object(m, "medlem", itemOf("medlemmer"))
		mem := Member{Person: mo.str("person"), Name: mo.str("navn"),
			Organisation: mo.str("organisasjon"), Role: mo.str("rolle"), Pos: d.pos(mo.n)}
		if mem.Person != "" {
			d.ref(planRef{refPerson, mem.Person, "person", mo.keyPos("person"), ""})
		}
		g.Members = append(g.Members, mem)
	}
	return g
}

func (d *planDecoder) body(n *node) Body {
	o, _ := d.object(n, "organ", itemOf("organer"))
	b := Body{Pos: d.pos(o.n)}
	b.ID = o.required("id", hintBodyID)
	d.parties[b.ID] |= partyBody
	if b.ID != "" {
		d.checkID(d.ids, b.ID, o.keyPos("id"), uniqueIDsHint)
	}
	b.Name = o.str("navn")
	b.Kind = BodyKind(o.choice("type", enumBodyKind, ""))
	b.NoticeDays, _ = o.int("saksfrist-dager")
	b.Municipality = o.str("kommune")
	if b.Municipality != "" {
		d.ref(planRef{refMunicipality, b.Municipality, "kommune", o.keyPos("kommune"), ""})
	}
	b.Place = o.str("sted")
	// A meeting is a date, or a date with its own place:
	// «{dato: 2017-12-07, sted: Stormen}».
	if n := d.node(o.val("møter")); n != nil && n.Kind == yamlfile.Sequence {
		for _, item := range n.Content {
			if it := d.node(item); it != nil && it.Kind == yamlfile.Mapping {
				mo, _ := d.object(it, "møte", itemOf("møter"))
				s := mo.required("dato", Text{"gi møtet en dato, f.eks. «dato: 2027-03-18»",
					"gi møtet ein dato, t.d. «dato: 2027-03-18»",
					"give the meeting a date, e.g. \"dato: 2027-03-18\""})
				if s == "" {
					continue
				}
				if dt := d.dateAt(s, mo.keyPos("dato")); !dt.IsZero() {
					b.Meetings = append(b.Meetings, dt)
					if place := mo.str("sted"); place != "" {
						if b.MeetingPlaces == nil {
							b.MeetingPlaces = map[Date]string{}
						}
						b.MeetingPlaces[dt] = place
					}
				}
				continue
			}
			if s, ok := d.scalar(item, itemOf("møter")); ok && s != "" {
				if dt := d.dateAt(s, d.pos(item)); !dt.IsZero() {
					b.Meetings = append(b.Meetings, dt)
				}
			}
		}
		return b
	}
	for _, m := range o.ids("møter") {
		if dt := d.dateAt(m.id, m.pos); !dt.IsZero() {
			b.Meetings = append(b.Meetings, dt)
		}
	}
	return b
}

func (d *planDecoder) phase(n *node) Phase {
	// The phase's table is given back after it, as an activity's is: a
	// table left in the slab would hold the phase's part of the file's
	// tree until the end of the file.
	m := d.mark()
	defer d.release(m)
	o, _ := d.object(n, "fase", itemOf("faser"))
	ph := Phase{Pos: d.pos(o.n)}
	ph.ID = o.str("id")
	if ph.ID != "" {
		d.checkID(d.phaseIDs, ph.ID, o.keyPos("id"), Text{"gi hver fase en egen id",
			"gi kvar fase ein eigen id", "give each phase its own id"})
	}
	ph.Name = o.str("navn")
	ph.Description = o.str("beskrivelse")
	// A phase's span is whole days: a week gives its Monday and Friday,
	// as for activities, but a time of day is refused.
	// A month is its first and last day.
	ph.Start = d.phaseDate(o, "start", false)
	ph.End = d.phaseDate(o, "slutt", true)
	if list := o.list("aktiviteter"); len(list) > 0 {
		ph.Activities = make([]Activity, 0, len(list))
		for _, a := range list {
			ph.Activities = append(ph.Activities, d.activity(a))
		}
	}
	return ph
}

func (d *planDecoder) activity(n *node) Activity {
	m := d.mark()
	o, _ := d.object(n, "aktivitet", itemOf("aktiviteter"))
	a := Activity{Pos: d.pos(o.n)}
	a.ID = o.required("nr", hintActivityNr)
	d.act = a.ID
	defer func() { d.act = ""; d.release(m) }()
	if a.ID != "" {
		if first, dup := d.nrs[a.ID]; dup {
			d.add(CodeDecodeDuplicateNr, o.keyPos("nr"), textf(Text{
				"aktivitetsnummer «%s» er brukt før (linje %d) — gi hver aktivitet et eget nummer",
				"aktivitetsnummer «%s» er brukt før (linje %d) — gi kvar aktivitet eit eige nummer",
				"activity number \"%s\" is used before (line %d) — give each activity its own number"},
				a.ID, first))
		} else {
			d.nrs[a.ID] = o.keyPos("nr").Line
		}
	}
	a.Name = o.str("navn")
	a.Purpose = o.str("hensikt")
	// One ansvarlig or a list; each an ID or a party named by text.
	for i, x := range o.ids("ansvarlig") {
		if i == 0 {
			a.Responsible = x.id
		} else {
			a.AlsoResponsible = append(a.AlsoResponsible, x.id)
		}
		d.ref(planRef{refResponsible, x.id, "ansvarlig", x.pos, a.ID})
	}
	parts := o.ids("deltakere")
	if len(parts) > 0 {
		a.Participants = make([]string, 0, len(parts))
	}
	for _, x := range parts {
		a.Participants = append(a.Participants, x.id)
		d.ref(planRef{refParticipant, x.id, "deltakere", x.pos, a.ID})
	}
	a.Kind = ActivityKind(o.choice("type", enumActivityKind, ""))
	var tentS, tentE bool
	a.Start, a.StartPrecision, tentS = d.activityTime(o, "start", false)
	a.End, a.EndPrecision, tentE = d.activityTime(o, "slutt", true)
	a.Tentative = tentS || tentE || o.choice("foreløpig", enumBool, "false") == "true"
	a.FixedDate = o.choice("fast-dato", enumBool, "false") == "true"
	a.Duration = o.duration("varighet", false)
	if en := d.node(o.val("etter")); en != nil {
		items := []*node{en}
		if en.Kind == listNode {
			items = en.Content
		}
		a.After = make([]Dependency, 0, len(items))
		for _, item := range items {
			if dep, ok := d.dependency(item, a.ID); ok {
				a.After = append(a.After, dep)
			}
		}
		if len(a.After) == 0 {
			a.After = nil
		}
	}
	if o.has("vedtak") {
		a.Decision = d.decision(o.val("vedtak"), a.ID)
		switch a.Kind {
		case "":
			a.Kind = PoliticalDecision
		case PoliticalDecision, Milestone, Meeting, Workshop, PublicMeeting:
			// A meeting or workshop of the deciding body that ends with
			// the decision keeps its kind and carries the decision; on a
			// milestone it is an administrative decision.
		default:
			d.add(CodeDecodeDecisionKind, o.keyPos("vedtak"), textf(Text{
				"«vedtak» hører bare til aktiviteter av typen politisk-behandling, møte, arbeidsverksted eller folkemøte, ikke %s — sett «type: politisk-behandling» eller fjern «vedtak»",
				"«vedtak» høyrer berre til aktivitetar av typen politisk-behandling, møte, arbeidsverksted eller folkemøte, ikkje %s — set «type: politisk-behandling» eller fjern «vedtak»",
				"\"vedtak\" belongs only to activities of type politisk-behandling, møte, arbeidsverksted or folkemøte, not %s — set \"type: politisk-behandling\" or remove \"vedtak\""},
				string(a.Kind)))
		}
	}
	a.Method = o.str("metode")
	a.Deliverable = o.str("leveranse")
	a.Status = ActivityStatus(o.choice("status", enumActivityStatus, ""))
	a.Comment = o.str("merknad")
	return a
}

// phaseDate reads a phase's start or end: what [objectNode.periodDate]
// reads, or a month.
func (d *planDecoder) phaseDate(o objectNode, key string, end bool) Date {
	if n := d.node(o.val(key)); n != nil && n.Kind == yamlfile.Scalar {
		if first, last, ok := parseMonth(n.Value); ok {
			if end {
				return last
			}
			return first
		}
	}
	return o.periodDate(key, end)
}

// activityTime reads an activity's start or end: what [objectNode.time]
// reads, or a month ("2018-10", "oktober 2018"), each optionally after a
// "~" that marks it tentative.
func (d *planDecoder) activityTime(o objectNode, key string, end bool) (Time, Precision, bool) {
	n := d.node(o.val(key))
	if n == nil || n.Kind != yamlfile.Scalar {
		return o.time(key, end), DayPrecision, false
	}
	s := strings.TrimSpace(n.Value)
	tentative := strings.HasPrefix(s, "~")
	s = strings.TrimSpace(strings.TrimPrefix(s, "~"))
	if s == "" {
		return Time{}, DayPrecision, tentative
	}
	if first, last, ok := parseMonth(s); ok {
		if end {
			return DayOf(last), MonthPrecision, tentative
		}
		return DayOf(first), MonthPrecision, tentative
	}
	t, perr := parsePlanTime(s, end, true, true)
	if perr != nil {
		d.add(perr.code, o.keyPos(key), perr.text)
		return Time{}, DayPrecision, tentative
	}
	if reISOWeek.MatchString(s) || reWordWeek.MatchString(s) {
		return t, WeekPrecision, tentative
	}
	return t, DayPrecision, tentative
}

func (d *planDecoder) dependency(n *node, act string) (Dependency, bool) {
	n = d.node(n)
	if n == nil {
		return Dependency{}, false
	}
	if n.Kind == scalarNode {
		id, _ := d.scalar(n, itemOf("etter"))
		if id == "" {
			return Dependency{}, false
		}
		d.ref(planRef{refActivity, id, "etter", d.pos(n), act})
		return Dependency{ID: id, Pos: d.pos(n)}, true
	}
	if n.Kind != mapNode {
		d.typeErr(n, itemOf("etter"), kindItem)
		return Dependency{}, false
	}
	o, _ := d.object(n, "avhengighet", itemOf("etter"))
	dep := Dependency{Pos: d.pos(n)}
	dep.ID = o.required("nr", hintDependencyNr)
	if dep.ID != "" {
		d.ref(planRef{refActivity, dep.ID, "etter", o.keyPos("nr"), act})
	}
	dep.Lag = o.duration("etterslep", true)
	return dep, dep.ID != ""
}

func (d *planDecoder) decision(n *node, act string) *Decision {
	o, _ := d.object(n, "vedtak", keyOf("vedtak"))
	x := &Decision{Pos: d.pos(o.n)}
	x.Kind = DecisionKind(o.choice("type", enumDecisionKind, ""))
	if !o.has("type") {
		o.required("type", hintDecisionKind())
	}
	x.Body = o.required("organ", hintDecisionBody)
	if x.Body != "" {
		d.ref(planRef{refBody, x.Body, "organ", o.keyPos("organ"), act})
	}
	for _, r := range o.ids("saksgang") {
		x.Route = append(x.Route, r.id)
		d.ref(planRef{refBody, r.id, "saksgang", r.pos, act})
	}
	x.Meeting = o.date("møte")
	x.Hearing = o.str("høring")
	if x.Hearing != "" {
		d.ref(planRef{refActivity, x.Hearing, "høring", o.keyPos("høring"), act})
	}
	x.Proposal = o.texts("innstilling")
	x.Summary = o.str("sammendrag")
	x.CaseNumbers = d.caseNumbers(o.val("saksnummer"), act)
	x.ArchiveCode = o.str("arkivkode")
	x.JournalNo = o.str("journalpost")
	x.Assessment = o.texts("vurdering")
	x.Attachments = o.texts("vedlegg")
	x.NotAttached = o.texts("ikke-vedlagt")
	if o.has("innstilling-fra") {
		x.Prepared = d.preparedProposal(o.val("innstilling-fra"), act)
	}
	if o.has("høringen") {
		x.HearingReport = d.hearingReport(o.val("høringen"))
	}
	if o.has("utfall") {
		x.Outcome = d.outcome(o.val("utfall"))
	}
	return x
}

// caseNumbers reads "saksnummer": a mapping from body id to the case's
// number in that body, e.g. {bystyret: PS 12/17}.
func (d *planDecoder) caseNumbers(n *node, act string) []CaseNumber {
	n = d.node(n)
	if n == nil {
		return nil
	}
	if n.Kind != yamlfile.Mapping {
		d.typeErr(n, keyOf("saksnummer"), kindObject)
		return nil
	}
	var out []CaseNumber
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.node(n.Content[i])
		if k == nil || k.Kind != yamlfile.Scalar {
			continue
		}
		v, _ := d.scalar(n.Content[i+1], keyOf("saksnummer"))
		d.ref(planRef{refBody, k.Value, "saksnummer", d.pos(k), act})
		out = append(out, CaseNumber{Body: k.Value, Number: v, Pos: d.pos(k)})
	}
	return out
}

func (d *planDecoder) preparedProposal(n *node, act string) *PreparedProposal {
	o, _ := d.object(n, "innstilling-fra", keyOf("innstilling-fra"))
	x := &PreparedProposal{Pos: d.pos(o.n)}
	x.Body = o.required("organ", Text{"skriv id-en til organet som ga innstillingen, f.eks. «organ: formannskapet»",
		"skriv id-en til organet som gav innstillinga, t.d. «organ: formannskapet»",
		"write the id of the body that made the recommendation, e.g. \"organ: formannskapet\""})
	if x.Body != "" {
		d.ref(planRef{refBody, x.Body, "organ", o.keyPos("organ"), act})
	}
	x.Date = o.date("dato")
	x.Points = o.texts("innstilling")
	return x
}

func (d *planDecoder) hearingReport(n *node) *HearingReport {
	o, _ := d.object(n, "høringen", keyOf("høringen"))
	x := &HearingReport{Pos: d.pos(o.n)}
	x.Parties = o.texts("instanser")
	x.Statements, _ = o.int("uttalelser")
	x.From = o.texts("uttalelser-fra")
	x.MainPoints = o.texts("hovedpunkter")
	for _, item := range o.list("innsigelser") {
		io, _ := d.object(item, "høringsinnsigelse", itemOf("innsigelser"))
		x.Objections = append(x.Objections, HearingObjection{From: io.str("instans"), Concerns: io.str("gjelder"),
			Resolution: io.str("løsning"), Pos: d.pos(io.n)})
	}
	return x
}

// outcomeStatuses are the values of "status" under "utfall".
var outcomeStatuses = []string{string(OutcomeAdopted), string(OutcomeAmended), string(OutcomeDeferred), string(OutcomeRejected)}

func (d *planDecoder) outcome(n *node) *Outcome {
	o, _ := d.object(n, "utfall", keyOf("utfall"))
	x := &Outcome{Pos: d.pos(o.n)}
	x.Date = o.date("dato")
	x.CaseNumber = o.str("saksnr")
	x.Text = o.texts("vedtak")
	if st := o.str("status"); st != "" {
		if !slices.Contains(outcomeStatuses, st) {
			list := strings.Join(outcomeStatuses, ", ")
			d.add(CodeDecodeEnum, o.keyPos("status"), textf(Text{
				"ukjent status for utfallet «%s» — bruk en av: %s",
				"ukjend status for utfallet «%s» — bruk ein av: %s",
				"unknown outcome status \"%s\" — use one of: %s"}, st, list))
		} else {
			x.Status = OutcomeStatus(st)
		}
	}
	return x
}

func (d *planDecoder) participation(n *node) Participation {
	o, _ := d.object(n, "medvirkning", itemOf("medvirkning"))
	x := Participation{Pos: d.pos(o.n), Who: o.str("hvem"), How: o.str("hvordan"),
		When: o.str("når"), Why: o.str("hvorfor")}
	for _, a := range o.ids("aktiviteter") {
		x.Activities = append(x.Activities, a.id)
		d.ref(planRef{refActivity, a.id, "aktiviteter", a.pos, ""})
	}
	return x
}

func (d *planDecoder) calendar(n *node, c *CalendarSettings) {
	o, ok := d.object(n, "kalender", keyOf("kalender"))
	if !ok {
		return
	}
	if o.has("fellesferie") {
		f, _ := d.object(o.val("fellesferie"), "fellesferie", keyOf("fellesferie"))
		read := func(key string) (int, int) {
			s, ok := d.scalar(f.val(key), keyOf(key))
			if !ok || s == "" {
				d.add(CodeDecodeMissing, d.pos(f.n), textf(Text{
					"«fellesferie» mangler «%s» — skriv både fra og til, f.eks. «fra: 01.07» og «til: 31.07»",
					"«fellesferie» manglar «%s» — skriv både frå og til, t.d. «fra: 01.07» og «til: 31.07»",
					"\"fellesferie\" lacks \"%s\" — give both, e.g. \"fra: 01.07\" and \"til: 31.07\""}, key))
				return 0, 0
			}
			m, day, ok := dayMonth(s)
			if !ok {
				d.add(CodeDecodeDate, f.keyPos(key), textf(Text{
					"«%s» er ikke en dag i året — skriv dag og måned, f.eks. 01.07",
					"«%s» er ikkje ein dag i året — skriv dag og månad, t.d. 01.07",
					"\"%s\" is not a day of the year — write day and month, e.g. 01.07"}, s))
			}
			return m, day
		}
		c.SummerFromMonth, c.SummerFromDay = read("fra")
		c.SummerToMonth, c.SummerToDay = read("til")
	}
	for _, s := range o.list("stengt") {
		so, _ := d.object(s, "stengt", itemOf("stengt"))
		cl := Closure{Name: so.str("navn"), Pos: d.pos(so.n)}
		if !so.has("fra") {
			so.required("fra", hintClosureFrom)
		}
		cl.Range.From = so.periodDate("fra", false)
		cl.Range.To = so.periodDate("til", true)
		if cl.Range.To.IsZero() && !so.has("til") {
			if !cl.Range.From.IsZero() {
				// One closed day, or a closed week given as "fra: uke 52 2017".
				cl.Range.To = so.periodDate("fra", true)
			}
		}
		c.Closures = append(c.Closures, cl)
	}
}

// resolve checks every reference once the whole file is read.
func (d *planDecoder) resolve(p *Plan) {
	if len(d.refs) == 0 {
		return
	}
	var people, groups, bodies, acts []string
	for _, x := range p.People {
		people = append(people, x.ID)
	}
	for _, x := range p.Groups {
		groups = append(groups, x.ID)
	}
	for _, x := range p.Bodies {
		bodies = append(bodies, x.ID)
	}
	for _, a := range p.Activities() {
		acts = append(acts, a.ID)
	}
	set := func(lists ...[]string) map[string]bool {
		m := map[string]bool{}
		for _, l := range lists {
			for _, s := range l {
				m[s] = true
			}
		}
		return m
	}
	var munis []string
	for _, x := range p.Municipalities {
		munis = append(munis, x.ID)
	}
	known := map[refKind]map[string]bool{
		refPerson:       set(people),
		refResponsible:  set(people, groups, bodies),
		refParticipant:  set(people, groups, bodies),
		refBody:         set(bodies),
		refActivity:     set(acts),
		refMunicipality: set(munis),
	}
	for _, r := range d.refs {
		if known[r.kind][r.id] {
			continue
		}
		if (r.kind == refResponsible || r.kind == refParticipant) &&
			freeParty(r.id, append(append(append([]string{}, people...), groups...), bodies...)) {
			continue
		}
		var valid []string
		var what, hint Text
		switch r.kind {
		case refPerson:
			valid = people
			what = Text{"ukjent person «%s»", "ukjend person «%s»", "unknown person \"%s\""}
			hint = Text{"bruk id-en til en person under «organisering: personer»",
				"bruk id-en til ein person under «organisering: personer»",
				"use the id of a person under \"organisering: personer\""}
		case refResponsible:
			valid = append(append([]string{}, people...), groups...)
			what = Text{"ukjent ansvarlig «%s»", "ukjend ansvarleg «%s»", "unknown responsible \"%s\""}
			hint = Text{"bruk id-en til en person eller gruppe under «organisering»",
				"bruk id-en til ein person eller ei gruppe under «organisering»",
				"use the id of a person or group under \"organisering\""}
		case refParticipant:
			valid = append(append(append([]string{}, people...), groups...), bodies...)
			what = Text{"ukjent deltaker «%s»", "ukjend deltakar «%s»", "unknown participant \"%s\""}
			hint = Text{"bruk id-en til en person eller gruppe under «organisering» eller et organ under «organer»",
				"bruk id-en til ein person eller ei gruppe under «organisering» eller eit organ under «organer»",
				"use the id of a person or group under \"organisering\" or of a body under \"organer\""}
		case refBody:
			valid = bodies
			what = textf(Text{"ukjent organ «%%s» i «%s»", "ukjent organ «%%s» i «%s»", "unknown body \"%%s\" in \"%s\""}, r.key)
			what.NN = strings.Replace(what.NN, "ukjent", "ukjend", 1)
			hint = Text{"bruk id-en til et organ under «organer»",
				"bruk id-en til eit organ under «organer»",
				"use the id of a body under \"organer\""}
		case refMunicipality:
			valid = munis
			what = Text{"ukjent kommune «%s»", "ukjend kommune «%s»", "unknown municipality \"%s\""}
			hint = Text{"bruk id-en til en kommune under «kommuner»",
				"bruk id-en til ein kommune under «kommuner»",
				"use the id of a municipality under \"kommuner\""}
		case refActivity:
			valid = acts
			what = textf(Text{"ukjent aktivitet «%%s» i «%s»", "ukjend aktivitet «%%s» i «%s»", "unknown activity \"%%s\" in \"%s\""}, r.key)
			hint = Text{"bruk nummeret (nr) til en aktivitet i planen",
				"bruk nummeret (nr) til ein aktivitet i planen",
				"use the number (nr) of an activity in the plan"}
		}
		msg := textf(what, r.id)
		if s := Suggest(r.id, valid); s != "" {
			msg = joinText(msg, textf(Text{" — mente du «%s»?", " — meinte du «%s»?", " — did you mean \"%s\"?"}, s))
		} else {
			msg = joinText(msg, Text{" — ", " — ", " — "}, hint)
		}
		code := map[refKind]string{refPerson: CodeDecodeUnknownPerson,
			refResponsible: CodeDecodeUnknownResponsible, refParticipant: CodeDecodeUnknownParticipant,
			refBody: CodeDecodeUnknownBody, refActivity: CodeDecodeUnknownActivity,
			refMunicipality: CodeDecodeUnknownMunicipality}[r.kind]
		d.probs = append(d.probs, Problem{Code: code, Severity: SeverityError, Pos: r.pos, Activity: r.activity, Text: msg.Map()})
	}
}

// ErrNilReader is returned by Decode when it is given no reader.
var ErrNilReader = errors.New("prosessplan: nil reader")
