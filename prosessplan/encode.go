package prosessplan

import (
	"bufio"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
	"github.com/prosessplan/go-prosessplan/internal/yamlfile"
)

// Encode writes p as a YAML plan file that Decode reads back to the same
// plan (positions aside), for every plan in which CheckPlan finds no
// PP-PLAN-* error: Decode fills in the defaults of [Plan.SetDefaults] and
// trims white space around texts, and nothing else changes. The output is
// canonical: keys in the order of docs/plan-format.md, dates as
// 2006-01-02, enum values in the plan's målform (a nynorsk plan gets
// «høyring», «sluthandsaming»; the keys are the format's and stay as they
// are), empty fields and default activity statuses left out. The same plan
// always gives the same bytes.
func Encode(w io.Writer, p *Plan) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	e := &encoder{w: bw}
	e.plan(p)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("prosessplan: encoding plan: %w", e.err)
	}
	return nil
}

// The encoder writes the YAML text itself rather than building a yaml.v3
// node tree: for a plan of 10,000 activities that tree and yaml.v3's event
// queue took half a gigabyte. The output is byte for byte what yaml.v3
// writes for that tree (indentation 2, sequences indented under their
// key); texts it could not be sure to write as yaml.v3 does are rendered by
// yaml.v3 itself (encoder.scalar). A test holds the two to the same bytes.

// plainID matches IDs and numbers that are written without quotes ("1.2",
// "2016/4711"): the decoder reads a scalar's text as written, so YAML
// resolving them as numbers does no harm.
var plainID = lazyregexp.New(`^[0-9][0-9./-]*$`)

type encoder struct {
	w   *bufio.Writer
	err error
	// lang is the plan's målform: a nynorsk plan gets its enum values in
	// nynorsk, the words its planner writes (enum.word).
	lang Language
}

func (e *encoder) write(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) indent(n int) {
	for ; n > 0; n-- {
		if e.err == nil {
			e.err = e.w.WriteByte(' ')
		}
	}
}

// The kinds of scalar, by how they are written.
const (
	textScalar = iota // a text: plain when safe, else as yaml.v3 quotes it
	idScalar          // an ID: plain when plainID matches, else a text
	rawScalar         // written as is: dates, durations' numbers, integers
)

// emitMap writes the fields of one mapping. The first field of a mapping
// that is a sequence item goes on the dash's line.
type emitMap struct {
	e      *encoder
	indent int  // column of the keys
	inItem bool // the next key follows "- "
}

func (m *emitMap) key(k string) {
	if m.inItem {
		m.inItem = false
	} else {
		m.e.indent(m.indent)
	}
	m.e.write(k)
	m.e.write(":")
}

// scalar writes "key: value" for a non-empty value.
func (m *emitMap) scalar(k, v string, kind int) {
	if v == "" {
		return
	}
	m.key(k)
	m.e.write(" ")
	m.e.scalar(v, kind, yamlfile.Block, m.indent)
	m.e.write("\n")
}

func (m *emitMap) str(k, v string) { m.scalar(k, v, textScalar) }
func (m *emitMap) id(k, v string)  { m.scalar(k, v, idScalar) }

func (m *emitMap) date(k string, d Date) {
	if !d.IsZero() {
		m.scalar(k, d.String(), rawScalar)
	}
}

func (m *emitMap) time(k string, t Time) {
	if !t.IsZero() {
		m.scalar(k, t.String(), rawScalar)
	}
}

// activityTime writes an activity's start or end as precisely as it was
// given: a month as "2018-10", a week as "2017-W43", else the date.
func (m *emitMap) activityTime(k string, t Time, p Precision) {
	switch {
	case t.IsZero():
	case p == MonthPrecision && !t.HasClock:
		m.scalar(k, monthText(t.Date), rawScalar)
	case p == WeekPrecision && !t.HasClock:
		m.scalar(k, weekText(t.Date), rawScalar)
	default:
		m.time(k, t)
	}
}

// texts writes a paragraph field: one text, or a list of texts.
func (m *emitMap) texts(k string, ss []string) {
	switch len(ss) {
	case 0:
	case 1:
		m.key(k)
		m.e.write(" ")
		m.e.scalar(ss[0], textScalar, yamlfile.Block, m.indent)
		m.e.write("\n")
	default:
		m.key(k)
		m.e.write("\n")
		for _, s := range ss {
			m.e.indent(m.indent + 2)
			m.e.write("- ")
			m.e.scalar(s, textScalar, yamlfile.Block, m.indent+2)
			m.e.write("\n")
		}
	}
}

// ids writes a flow sequence of IDs: "key: [a, b]".
func (m *emitMap) ids(k string, ids []string, kind int) {
	if len(ids) == 0 {
		return
	}
	m.key(k)
	m.e.write(" [")
	for i, s := range ids {
		if i > 0 {
			m.e.write(", ")
		}
		m.e.scalar(s, kind, yamlfile.Flow, m.indent)
	}
	m.e.write("]\n")
}

// list writes "key:" and then one mapping per item, each as "- " at the
// key's indentation plus two; item writes the item's fields.
func (m *emitMap) list(k string, n int, item func(i int, im *emitMap)) {
	if n == 0 {
		return
	}
	m.key(k)
	m.e.write("\n")
	for i := 0; i < n; i++ {
		m.e.indent(m.indent + 2)
		m.e.write("- ")
		im := &emitMap{e: m.e, indent: m.indent + 4, inItem: true}
		item(i, im)
		if im.inItem {
			// An item with no fields.
			m.e.write("{}\n")
		}
	}
}

// sub writes "key:" and a nested mapping.
func (m *emitMap) sub(k string, fields func(sm *emitMap)) {
	m.key(k)
	m.e.write("\n")
	fields(&emitMap{e: m.e, indent: m.indent + 2})
}

// scalar writes v. Texts are written plain when safePlain is sure
// yaml.v3 would write them plain too; other texts are rendered by yaml.v3
// in the same context, and their continuation lines (of a literal block)
// moved to the indentation of the key or dash at column at.
func (e *encoder) scalar(v string, kind, ctx, at int) {
	switch {
	case kind == rawScalar, kind == idScalar && plainID.MatchString(v):
		e.write(v)
		return
	case safePlain(v, ctx == yamlfile.Flow):
		e.write(v)
		return
	}
	e.write(yamlfile.Quote(strings.ToValidUTF8(v, "\uFFFD"), ctx, at))
}

// safePlain reports whether s can be written without quotes, in the way
// yaml.v3 would write it: a text of letters, digits, spaces and common
// punctuation that starts with a letter or digit, does not read as
// anything but a text, and has none of the characters YAML gives meaning
// to. It is cautious: a text it rejects is rendered by yaml.v3.
func safePlain(s string, flow bool) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	first := true
	for _, r := range s {
		switch {
		case first:
			// A leading digit could make a number or a date.
			if !unicode.IsLetter(r) {
				return false
			}
			first = false
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
		case r == ' ', r == '.', r == '(', r == ')', r == '/', r == '-', r == '\'', r == '%',
			r == '+', r == ';', r == '&', r == '=', r == '_':
		case r == ',':
			if flow {
				return false
			}
		case r == '–', r == '—', r == '«', r == '»', r == '§':
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
		default:
			return false
		}
	}
	// Only short texts can be one of YAML's words; lowering every text
	// would allocate for each.
	if len(s) <= len("false") {
		switch strings.ToLower(s) {
		case "true", "false", "null", "yes", "no", "on", "off", "y", "n":
			return false
		}
	}
	return true
}

// plan writes the plan's keys in the order of docs/plan-format.md, one
// part of the file after the other.
func (e *encoder) plan(p *Plan) {
	e.lang = p.Language
	m := &emitMap{e: e}
	e.identity(m, p)
	e.purpose(m, p)
	e.organisation(m, p)
	e.bodies(m, p.Bodies)
	e.phases(m, p.Phases)
	e.participation(m, p)
	e.attachments(m, p.Attachments)
	e.related(m, p)
	e.calendar(m, p.Calendar)
}

// identity writes what the plan is: title, municipality, type, case,
// status and dates.
func (e *encoder) identity(m *emitMap, p *Plan) {
	m.scalar("format", strconv.Itoa(FormatVersion), rawScalar)
	m.str("tittel", p.Title)
	m.str("kommune", p.Municipality)
	m.str("enhet", p.Unit)
	m.str("plantype", enumPlanType.word(string(p.Type), e.lang))
	m.str("målform", string(p.Language))
	m.id("arkivsak", p.CaseNumber)
	m.str("saksbehandler", p.CaseOfficer)
	m.str("versjon", p.Version)
	m.str("status", enumPlanStatus.word(string(p.Status), e.lang))
	m.str("vedtatt-av", p.AdoptedBy)
	m.date("vedtatt-dato", p.AdoptedDate)
	m.date("dato", p.Date)
	m.date("kommunestyre-konstituert", p.CouncilConstituted)
	if p.WithStrategy {
		m.scalar("med-planstrategi", "true", rawScalar)
	}
	m.list("kommuner", len(p.Municipalities), func(i int, km *emitMap) {
		x := p.Municipalities[i]
		km.id("id", x.ID)
		km.str("navn", x.Name)
		km.str("profil", x.Profile)
	})
}

// purpose writes why the plan is made: background, mandate and goals.
func (e *encoder) purpose(m *emitMap, p *Plan) {
	m.texts("bakgrunn", p.Background)
	m.texts("mandat", p.Mandate)
	m.texts("mål", p.Goals)
	m.str("ønsket-resultat", p.DesiredResult)
	m.texts("målområder", p.TargetAreas)
	m.texts("lovgrunnlag", p.LegalBasis)
}

// organisation writes the people and groups of the project.
func (e *encoder) organisation(m *emitMap, p *Plan) {
	if len(p.People) == 0 && len(p.Groups) == 0 {
		return
	}
	m.sub("organisering", func(om *emitMap) {
		om.list("personer", len(p.People), func(i int, pm *emitMap) {
			x := p.People[i]
			pm.id("id", x.ID)
			pm.str("navn", x.Name)
			pm.str("tittel", x.Title)
			pm.str("enhet", x.Unit)
			pm.str("epost", x.Email)
		})
		om.list("grupper", len(p.Groups), func(i int, gm *emitMap) { e.group(gm, p.Groups[i], p) })
	})
}

// bodies writes the møteplan: the political bodies and their meetings.
func (e *encoder) bodies(m *emitMap, bodies []Body) {
	m.list("organer", len(bodies), func(i int, bm *emitMap) {
		b := bodies[i]
		bm.id("id", b.ID)
		bm.str("navn", b.Name)
		bm.str("type", enumBodyKind.word(string(b.Kind), e.lang))
		if b.NoticeDays != 0 {
			bm.scalar("saksfrist-dager", strconv.Itoa(b.NoticeDays), rawScalar)
		}
		bm.str("sted", b.Place)
		if len(b.MeetingPlaces) == 0 {
			dates := make([]string, len(b.Meetings))
			for j, d := range b.Meetings {
				dates[j] = d.String()
			}
			bm.ids("møter", dates, idScalar)
		} else {
			// Meetings held elsewhere than the body's place carry their own.
			bm.list("møter", len(b.Meetings), func(j int, mm *emitMap) {
				mm.date("dato", b.Meetings[j])
				mm.str("sted", b.MeetingPlaces[b.Meetings[j]])
			})
		}
		bm.id("kommune", b.Municipality)
	})
}

// phases writes the phases with their activities.
func (e *encoder) phases(m *emitMap, phases []Phase) {
	m.list("faser", len(phases), func(i int, pm *emitMap) {
		ph := phases[i]
		pm.id("id", ph.ID)
		pm.str("navn", ph.Name)
		pm.str("beskrivelse", ph.Description)
		pm.date("start", ph.Start)
		pm.date("slutt", ph.End)
		pm.list("aktiviteter", len(ph.Activities), func(j int, am *emitMap) { e.activity(am, ph.Activities[j]) })
	})
}

// participation writes medvirkning, and what the process needs to
// succeed: success factors, risks and resources.
func (e *encoder) participation(m *emitMap, p *Plan) {
	m.list("medvirkning", len(p.Participation), func(i int, pm *emitMap) {
		x := p.Participation[i]
		pm.str("hvem", x.Who)
		pm.str("hvordan", x.How)
		pm.str("når", x.When)
		pm.str("hvorfor", x.Why)
		pm.ids("aktiviteter", x.Activities, idScalar)
	})
	m.texts("suksessfaktorer", p.SuccessFactors)
	m.list("risikoer", len(p.Risks), func(i int, rm *emitMap) {
		r := p.Risks[i]
		rm.str("beskrivelse", r.Description)
		rm.str("konsekvens", r.Consequence)
		rm.str("tiltak", r.Mitigation)
	})
	m.list("ressurser", len(p.Resources), func(i int, rm *emitMap) {
		r := p.Resources[i]
		rm.str("hva", r.What)
		rm.str("omfang", r.Amount)
		if r.Kroner != 0 {
			rm.scalar("beløp", strconv.Itoa(r.Kroner), rawScalar)
		}
		if r.Percent != 0 {
			rm.scalar("stillingsprosent", strconv.Itoa(r.Percent), rawScalar)
		}
		rm.str("merknad", r.Comment)
	})
}

// attachments writes vedlegg: a title alone in the short form, else title
// and reference.
func (e *encoder) attachments(m *emitMap, attachments []Attachment) {
	if len(attachments) == 0 {
		return
	}
	m.key("vedlegg")
	e.write("\n")
	for _, a := range attachments {
		e.indent(m.indent + 2)
		e.write("- ")
		if a.Reference == "" {
			if a.Title == "" {
				e.write(`""`)
			} else {
				e.scalar(a.Title, textScalar, yamlfile.Block, m.indent+2)
			}
			e.write("\n")
			continue
		}
		am := &emitMap{e: e, indent: m.indent + 4, inItem: true}
		am.str("tittel", a.Title)
		am.str("referanse", a.Reference)
	}
}

// related writes the parallel plan processes and the innsigelser.
func (e *encoder) related(m *emitMap, p *Plan) {
	m.list("relaterte-planer", len(p.Related), func(i int, rm *emitMap) {
		r := p.Related[i]
		rm.str("navn", r.Name)
		rm.str("url", r.URL)
		rm.str("merknad", r.Comment)
	})
	m.list("innsigelser", len(p.Objections), func(i int, im *emitMap) {
		x := p.Objections[i]
		im.str("fra", x.From)
		im.str("tema", x.Subject)
		im.date("dato", x.Date)
		if x.Status != ObjectionOpen && x.Status != "" {
			im.str("status", enumObjectionStatus.word(string(x.Status), e.lang))
		}
		im.id("mekling", x.Mediation)
	})
}

// calendar writes the changes to the working-day calendar.
func (e *encoder) calendar(m *emitMap, c CalendarSettings) {
	summer := c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0
	if !summer && len(c.Closures) == 0 {
		return
	}
	m.sub("kalender", func(cm *emitMap) {
		if summer {
			cm.sub("fellesferie", func(fm *emitMap) {
				// Quoted, so that editors checking against the schema
				// see a text, not the number 1.07.
				fm.scalar("fra", fmt.Sprintf(`"%02d.%02d"`, c.SummerFromDay, c.SummerFromMonth), rawScalar)
				fm.scalar("til", fmt.Sprintf(`"%02d.%02d"`, c.SummerToDay, c.SummerToMonth), rawScalar)
			})
		}
		cm.list("stengt", len(c.Closures), func(i int, sm *emitMap) {
			cl := c.Closures[i]
			sm.str("navn", cl.Name)
			sm.date("fra", cl.Range.From)
			sm.date("til", cl.Range.To)
		})
	})
}

func (e *encoder) group(m *emitMap, g Group, p *Plan) {
	m.id("id", g.ID)
	m.str("navn", g.Name)
	m.str("type", enumGroupKind.word(string(g.Kind), e.lang))
	m.str("ansvar", g.Responsibility)
	m.id("leder", g.Leader)
	if len(g.Members) == 0 {
		return
	}
	m.key("medlemmer")
	e.write("\n")
	for _, x := range g.Members {
		e.indent(m.indent + 2)
		e.write("- ")
		// The short form is a plain text: a person's ID, or a name that
		// is not one.
		switch {
		case x.Person != "" && x.Name == "" && x.Organisation == "" && x.Role == "":
			e.scalar(x.Person, idScalar, yamlfile.Block, m.indent+2)
			e.write("\n")
			continue
		case x.Person == "" && x.Organisation == "" && x.Role == "" && p.Person(x.Name) == nil:
			if x.Name == "" {
				e.write(`""`)
			} else {
				e.scalar(x.Name, textScalar, yamlfile.Block, m.indent+2)
			}
			e.write("\n")
			continue
		}
		mm := &emitMap{e: e, indent: m.indent + 4, inItem: true}
		mm.id("person", x.Person)
		mm.str("navn", x.Name)
		mm.str("organisasjon", x.Organisation)
		mm.str("rolle", x.Role)
		if mm.inItem {
			e.write("{}\n")
		}
	}
}

func (e *encoder) activity(m *emitMap, a Activity) {
	m.id("nr", a.ID)
	m.str("navn", a.Name)
	m.str("hensikt", a.Purpose)
	if len(a.AlsoResponsible) > 0 {
		m.ids("ansvarlig", a.ResponsibleParties(), idScalar)
	} else {
		m.id("ansvarlig", a.Responsible)
	}
	m.ids("deltakere", a.Participants, idScalar)
	m.str("type", enumActivityKind.word(string(a.Kind), e.lang))
	m.activityTime("start", a.Start, a.StartPrecision)
	m.activityTime("slutt", a.End, a.EndPrecision)
	if a.Tentative {
		m.scalar("foreløpig", "true", rawScalar)
	}
	if a.FixedDate {
		m.scalar("fast-dato", "true", rawScalar)
	}
	if !a.Duration.IsZero() {
		// "6 uker", "-2 dager": plain to yaml.v3 too.
		m.scalar("varighet", a.Duration.String(), rawScalar)
	}
	if len(a.After) > 0 {
		m.key("etter")
		e.write(" [")
		for i, dep := range a.After {
			if i > 0 {
				e.write(", ")
			}
			if dep.Lag.IsZero() {
				e.scalar(dep.ID, idScalar, yamlfile.Flow, m.indent)
				continue
			}
			e.write("{")
			if dep.ID != "" {
				e.write("nr: ")
				// Inside the braces yaml.v3 indents one step more.
				e.scalar(dep.ID, idScalar, yamlfile.Flow, m.indent+2)
				e.write(", ")
			}
			e.write("etterslep: ")
			e.write(dep.Lag.String())
			e.write("}")
		}
		e.write("]\n")
	}
	if x := a.Decision; x != nil && isZeroBut(*x) {
		m.key("vedtak")
		e.write(" {}\n")
	} else if x != nil {
		m.sub("vedtak", func(dm *emitMap) {
			dm.str("type", enumDecisionKind.word(string(x.Kind), e.lang))
			dm.id("organ", x.Body)
			dm.ids("saksgang", x.Route, idScalar)
			dm.date("møte", x.Meeting)
			dm.id("høring", x.Hearing)
			dm.texts("innstilling", x.Proposal)
			dm.str("sammendrag", x.Summary)
			e.caseFields(dm, x)
		})
	}
	m.str("metode", a.Method)
	m.str("leveranse", a.Deliverable)
	if a.Status != NotStarted {
		m.str("status", enumActivityStatus.word(string(a.Status), e.lang))
	}
	m.str("merknad", a.Comment)
}

// caseFields writes the saksframlegg fields of a decision: archive
// references, the preparing body's innstilling, the høring, the case
// officer's vurdering, attachments and the outcome.
func (e *encoder) caseFields(dm *emitMap, x *Decision) {
	if len(x.CaseNumbers) > 0 {
		dm.key("saksnummer")
		e.write("\n")
		for _, c := range x.CaseNumbers {
			e.indent(dm.indent + 2)
			e.scalar(c.Body, idScalar, yamlfile.Block, dm.indent+2)
			e.write(":")
			if c.Number != "" {
				e.write(" ")
				e.scalar(c.Number, textScalar, yamlfile.Block, dm.indent+2)
			}
			e.write("\n")
		}
	}
	dm.str("arkivkode", x.ArchiveCode)
	dm.str("journalpost", x.JournalNo)
	if pp := x.Prepared; pp != nil {
		dm.subOrEmpty("innstilling-fra", isZeroBut(*pp), func(sm *emitMap) {
			sm.id("organ", pp.Body)
			sm.date("dato", pp.Date)
			sm.texts("innstilling", pp.Points)
		})
	}
	if h := x.HearingReport; h != nil {
		dm.subOrEmpty("høringen", isZeroBut(*h), func(sm *emitMap) {
			sm.texts("instanser", h.Parties)
			if h.Statements != 0 {
				sm.scalar("uttalelser", strconv.Itoa(h.Statements), rawScalar)
			}
			sm.texts("uttalelser-fra", h.From)
			sm.texts("hovedpunkter", h.MainPoints)
			sm.list("innsigelser", len(h.Objections), func(i int, im *emitMap) {
				o := h.Objections[i]
				im.str("instans", o.From)
				im.str("gjelder", o.Concerns)
				im.str("løsning", o.Resolution)
			})
		})
	}
	dm.texts("vurdering", x.Assessment)
	dm.texts("vedlegg", x.Attachments)
	dm.texts("ikke-vedlagt", x.NotAttached)
	if o := x.Outcome; o != nil {
		dm.subOrEmpty("utfall", isZeroBut(*o), func(sm *emitMap) {
			sm.date("dato", o.Date)
			sm.str("saksnr", o.CaseNumber)
			sm.texts("vedtak", o.Text)
			sm.str("status", string(o.Status))
		})
	}
}

// subOrEmpty writes a nested mapping, or "key: {}" when it has no fields,
// so that an empty object reads back as one (a bare "key:" is null).
func (m *emitMap) subOrEmpty(k string, empty bool, fields func(sm *emitMap)) {
	if empty {
		m.key(k)
		m.e.write(" {}\n")
		return
	}
	m.sub(k, fields)
}

// isZeroBut reports whether struct v has no field set but its Pos.
func isZeroBut(v any) bool {
	rv := reflect.ValueOf(v)
	for i := range rv.NumField() {
		if rv.Type().Field(i).Name != "Pos" && !rv.Field(i).IsZero() {
			return false
		}
	}
	return true
}
