package prosessplan

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Encode writes p as a YAML plan file that Decode reads back to the same
// plan (positions aside). The output is canonical: keys in the order of
// docs/plan-format.md, dates as 2006-01-02, enum values in their bokmål
// form, empty fields and default activity statuses left out. The same plan
// always gives the same bytes.
func Encode(w io.Writer, p *Plan) error {
	root := encodePlan(p)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("prosessplan: encoding plan: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("prosessplan: encoding plan: %w", err)
	}
	return nil
}

// pfPlainID matches IDs and numbers that may be written without quotes
// ("1.2", "2016/4711"): the decoder reads a scalar's text as written, so
// YAML resolving them as numbers does no harm.
var pfPlainID = regexp.MustCompile(`^[0-9][0-9./-]*$`)

// pfMap builds a mapping node in key order.
type pfMap struct{ n *yaml.Node }

func newPFMap() pfMap { return pfMap{&yaml.Node{Kind: yaml.MappingNode}} }

func (m pfMap) add(key string, v *yaml.Node) {
	if v == nil {
		return
	}
	m.n.Content = append(m.n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func (m pfMap) str(key, s string) {
	if s != "" {
		m.add(key, pfStr(s))
	}
}

func (m pfMap) id(key, s string) {
	if s != "" {
		m.add(key, pfIDNode(s))
	}
}

func (m pfMap) date(key string, d Date) {
	if !d.IsZero() {
		m.add(key, pfPlain(d.String()))
	}
}

func (m pfMap) time(key string, t Time) {
	if !t.IsZero() {
		m.add(key, pfPlain(t.String()))
	}
}

func (m pfMap) texts(key string, ss []string) {
	switch len(ss) {
	case 0:
	case 1:
		m.add(key, pfStr(ss[0]))
	default:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range ss {
			seq.Content = append(seq.Content, pfStr(s))
		}
		m.add(key, seq)
	}
}

func (m pfMap) ids(key string, ids []string) {
	if len(ids) == 0 {
		return
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range ids {
		seq.Content = append(seq.Content, pfIDNode(s))
	}
	m.add(key, seq)
}

func pfStr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.ToValidUTF8(s, "\uFFFD")}
}

func pfPlain(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func pfIDNode(s string) *yaml.Node {
	if pfPlainID.MatchString(s) {
		return pfPlain(s)
	}
	return pfStr(s)
}

func pfSeq(items []*yaml.Node) *yaml.Node {
	if len(items) == 0 {
		return nil
	}
	return &yaml.Node{Kind: yaml.SequenceNode, Content: items}
}

func encodePlan(p *Plan) *yaml.Node {
	m := newPFMap()
	m.add("format", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(FormatVersion)})
	m.str("tittel", p.Title)
	m.str("kommune", p.Municipality)
	m.str("enhet", p.Unit)
	m.str("plantype", string(p.Type))
	m.str("målform", string(p.Language))
	m.id("arkivsak", p.CaseNumber)
	m.str("saksbehandler", p.CaseOfficer)
	m.str("versjon", p.Version)
	m.str("status", string(p.Status))
	m.str("vedtatt-av", p.AdoptedBy)
	m.date("vedtatt-dato", p.AdoptedDate)
	m.date("dato", p.Date)
	m.date("kommunestyre-konstituert", p.CouncilConstituted)
	m.texts("bakgrunn", p.Background)
	m.texts("mandat", p.Mandate)
	m.texts("mål", p.Goals)
	m.str("ønsket-resultat", p.DesiredResult)
	m.texts("målområder", p.TargetAreas)
	m.texts("lovgrunnlag", p.LegalBasis)

	if len(p.People) > 0 || len(p.Groups) > 0 {
		org := newPFMap()
		var people, groups []*yaml.Node
		for _, x := range p.People {
			people = append(people, encodePerson(x))
		}
		for _, g := range p.Groups {
			groups = append(groups, encodeGroup(g, p))
		}
		org.add("personer", pfSeq(people))
		org.add("grupper", pfSeq(groups))
		m.add("organisering", org.n)
	}
	var bodies []*yaml.Node
	for _, b := range p.Bodies {
		bm := newPFMap()
		bm.id("id", b.ID)
		bm.str("navn", b.Name)
		bm.str("type", string(b.Kind))
		if b.NoticeDays != 0 {
			bm.add("saksfrist-dager", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(b.NoticeDays)})
		}
		var dates []string
		for _, d := range b.Meetings {
			dates = append(dates, d.String())
		}
		bm.ids("møter", dates)
		bodies = append(bodies, bm.n)
	}
	m.add("organer", pfSeq(bodies))

	var phases []*yaml.Node
	for _, ph := range p.Phases {
		pm := newPFMap()
		pm.id("id", ph.ID)
		pm.str("navn", ph.Name)
		pm.str("beskrivelse", ph.Description)
		var acts []*yaml.Node
		for _, a := range ph.Activities {
			acts = append(acts, encodeActivity(a))
		}
		pm.add("aktiviteter", pfSeq(acts))
		phases = append(phases, pm.n)
	}
	m.add("faser", pfSeq(phases))

	var parts []*yaml.Node
	for _, x := range p.Participation {
		pm := newPFMap()
		pm.str("hvem", x.Who)
		pm.str("hvordan", x.How)
		pm.str("når", x.When)
		pm.str("hvorfor", x.Why)
		pm.ids("aktiviteter", x.Activities)
		parts = append(parts, pm.n)
	}
	m.add("medvirkning", pfSeq(parts))
	m.texts("suksessfaktorer", p.SuccessFactors)

	var risks, resources, attachments []*yaml.Node
	for _, r := range p.Risks {
		rm := newPFMap()
		rm.str("beskrivelse", r.Description)
		rm.str("konsekvens", r.Consequence)
		rm.str("tiltak", r.Mitigation)
		risks = append(risks, rm.n)
	}
	m.add("risikoer", pfSeq(risks))
	for _, r := range p.Resources {
		rm := newPFMap()
		rm.str("hva", r.What)
		rm.str("omfang", r.Amount)
		rm.str("merknad", r.Comment)
		resources = append(resources, rm.n)
	}
	m.add("ressurser", pfSeq(resources))
	for _, a := range p.Attachments {
		if a.Reference == "" {
			attachments = append(attachments, pfStr(a.Title))
			continue
		}
		am := newPFMap()
		am.str("tittel", a.Title)
		am.str("referanse", a.Reference)
		attachments = append(attachments, am.n)
	}
	m.add("vedlegg", pfSeq(attachments))

	c := p.Calendar
	if c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0 ||
		len(c.Closures) > 0 {
		cm := newPFMap()
		if c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0 {
			fm := newPFMap()
			fm.add("fra", pfPlainStr(fmt.Sprintf("%02d.%02d", c.SummerFromDay, c.SummerFromMonth)))
			fm.add("til", pfPlainStr(fmt.Sprintf("%02d.%02d", c.SummerToDay, c.SummerToMonth)))
			cm.add("fellesferie", fm.n)
		}
		var closed []*yaml.Node
		for _, cl := range c.Closures {
			sm := newPFMap()
			sm.str("navn", cl.Name)
			sm.date("fra", cl.Range.From)
			sm.date("til", cl.Range.To)
			closed = append(closed, sm.n)
		}
		cm.add("stengt", pfSeq(closed))
		m.add("kalender", cm.n)
	}
	return m.n
}

// pfPlainStr is a text that YAML would read as a number ("01.07"); it is
// quoted so that editors validating against the schema see a string.
func pfPlainStr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

func encodePerson(x Person) *yaml.Node {
	m := newPFMap()
	m.id("id", x.ID)
	m.str("navn", x.Name)
	m.str("tittel", x.Title)
	m.str("enhet", x.Unit)
	m.str("epost", x.Email)
	return m.n
}

func encodeGroup(g Group, p *Plan) *yaml.Node {
	m := newPFMap()
	m.id("id", g.ID)
	m.str("navn", g.Name)
	m.str("type", string(g.Kind))
	m.str("ansvar", g.Responsibility)
	m.id("leder", g.Leader)
	var members []*yaml.Node
	for _, x := range g.Members {
		// The short form is a plain text: a person's ID, or a name that is
		// not one.
		switch {
		case x.Person != "" && x.Name == "" && x.Organisation == "" && x.Role == "":
			members = append(members, pfIDNode(x.Person))
			continue
		case x.Person == "" && x.Organisation == "" && x.Role == "" && p.Person(x.Name) == nil:
			members = append(members, pfStr(x.Name))
			continue
		}
		mm := newPFMap()
		mm.id("person", x.Person)
		mm.str("navn", x.Name)
		mm.str("organisasjon", x.Organisation)
		mm.str("rolle", x.Role)
		members = append(members, mm.n)
	}
	m.add("medlemmer", pfSeq(members))
	return m.n
}

func encodeActivity(a Activity) *yaml.Node {
	m := newPFMap()
	m.id("nr", a.ID)
	m.str("navn", a.Name)
	m.str("hensikt", a.Purpose)
	m.id("ansvarlig", a.Responsible)
	m.ids("deltakere", a.Participants)
	m.str("type", string(a.Kind))
	m.time("start", a.Start)
	m.time("slutt", a.End)
	if !a.Duration.IsZero() {
		m.add("varighet", pfStr(a.Duration.String()))
	}
	if len(a.After) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, dep := range a.After {
			if dep.Lag.IsZero() {
				seq.Content = append(seq.Content, pfIDNode(dep.ID))
				continue
			}
			dm := newPFMap()
			dm.id("nr", dep.ID)
			dm.add("etterslep", pfStr(dep.Lag.String()))
			dm.n.Style = yaml.FlowStyle
			seq.Content = append(seq.Content, dm.n)
		}
		m.add("etter", seq)
	}
	if x := a.Decision; x != nil {
		dm := newPFMap()
		dm.str("type", string(x.Kind))
		dm.id("organ", x.Body)
		dm.ids("saksgang", x.Route)
		dm.date("møte", x.Meeting)
		dm.id("høring", x.Hearing)
		dm.texts("innstilling", x.Proposal)
		dm.str("sammendrag", x.Summary)
		m.add("vedtak", dm.n)
	}
	m.str("leveranse", a.Deliverable)
	if a.Status != NotStarted {
		m.str("status", string(a.Status))
	}
	m.str("merknad", a.Comment)
	return m.n
}
