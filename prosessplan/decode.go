package prosessplan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The plan file format is documented in docs/plan-format.md and described
// for editors by docs/plan.schema.json. Both are tested against pfKeys,
// so the three cannot drift apart.
//
// The unexported names of the plan file reader start with pf, to keep them
// apart from those of the package's other files.

// pfKeys lists the keys of every object of the plan file format, in the
// order Encode writes them. The table names are the $defs names of the JSON
// Schema.
var pfKeys = map[string][]string{
	"plan": {"format", "tittel", "kommune", "enhet", "plantype", "målform", "arkivsak",
		"saksbehandler", "versjon", "status", "vedtatt-av", "vedtatt-dato", "dato",
		"kommunestyre-konstituert", "med-planstrategi", "kommuner", "bakgrunn", "mandat", "mål", "ønsket-resultat",
		"målområder", "lovgrunnlag", "organisering", "organer", "faser", "medvirkning",
		"suksessfaktorer", "risikoer", "ressurser", "vedlegg", "relaterte-planer", "innsigelser", "kalender"},
	"organisering":  {"personer", "grupper"},
	"person":        {"id", "navn", "tittel", "enhet", "epost"},
	"gruppe":        {"id", "navn", "type", "ansvar", "leder", "medlemmer"},
	"medlem":        {"person", "navn", "organisasjon", "rolle"},
	"organ":         {"id", "navn", "type", "saksfrist-dager", "sted", "møter", "kommune"},
	"møte":          {"dato", "sted"},
	"kommune":       {"id", "navn", "profil"},
	"relatert-plan": {"navn", "url", "merknad"},
	"innsigelse":    {"fra", "tema", "dato", "status", "mekling"},
	"fase":          {"id", "navn", "beskrivelse", "start", "slutt", "aktiviteter"},
	"aktivitet": {"nr", "navn", "hensikt", "ansvarlig", "deltakere", "type", "start", "slutt",
		"foreløpig", "fast-dato", "varighet", "etter", "vedtak", "metode", "leveranse", "status", "merknad"},
	"avhengighet": {"nr", "etterslep"},
	"vedtak": {"type", "organ", "saksgang", "møte", "høring", "innstilling", "sammendrag",
		"saksnummer", "arkivkode", "journalpost", "innstilling-fra", "høringen", "vurdering",
		"vedlegg", "ikke-vedlagt", "utfall"},
	"innstilling-fra":   {"organ", "dato", "innstilling"},
	"høringen":          {"instanser", "uttalelser", "uttalelser-fra", "hovedpunkter", "innsigelser"},
	"høringsinnsigelse": {"instans", "gjelder", "løsning"},
	"utfall":            {"dato", "saksnr", "vedtak", "status"},
	"medvirkning":       {"hvem", "hvordan", "når", "hvorfor", "aktiviteter"},
	"risiko":            {"beskrivelse", "konsekvens", "tiltak"},
	"ressurs":           {"hva", "omfang", "beløp", "stillingsprosent", "merknad"},
	"vedlegg":           {"tittel", "referanse"},
	"kalender":          {"fellesferie", "stengt"},
	"fellesferie":       {"fra", "til"},
	"stengt":            {"navn", "fra", "til"},
}

// pfTableOrder is the order in which pfTableWhere is searched, so that
// messages do not depend on map order.
var pfTableOrder = []string{"plan", "organisering", "person", "gruppe", "medlem", "organ", "møte", "fase",
	"aktivitet", "avhengighet", "vedtak", "innstilling-fra", "høringen", "høringsinnsigelse", "utfall",
	"medvirkning", "risiko", "ressurs", "vedlegg",
	"kalender", "fellesferie", "stengt", "kommune", "relatert-plan", "innsigelse"}

// pfTableWhere says where the keys of each object belong, for a key
// written at the wrong level that belongs to that object only.
var pfTableWhere = map[string]pfText{
	"plan":              {"øverst i fila (uten innrykk)", "øvst i fila (utan innrykk)", "at the top of the file (not indented)"},
	"organisering":      {"under «organisering»", "under «organisering»", "under \"organisering\""},
	"organ":             {"i et organ under «organer»", "i eit organ under «organer»", "in a body under \"organer\""},
	"fase":              {"i en fase under «faser»", "i ein fase under «faser»", "in a phase under \"faser\""},
	"aktivitet":         {"i en aktivitet under «aktiviteter»", "i ein aktivitet under «aktiviteter»", "in an activity under \"aktiviteter\""},
	"vedtak":            {"under «vedtak» i en aktivitet", "under «vedtak» i ein aktivitet", "under \"vedtak\" in an activity"},
	"medvirkning":       {"under «medvirkning»", "under «medvirkning»", "under \"medvirkning\""},
	"gruppe":            {"i en gruppe under «grupper»", "i ei gruppe under «grupper»", "in a group under \"grupper\""},
	"kalender":          {"under «kalender»", "under «kalender»", "under \"kalender\""},
	"person":            {"i en person under «personer»", "i ein person under «personer»", "in a person under \"personer\""},
	"medlem":            {"i et medlem under «medlemmer» i en gruppe", "i eit medlem under «medlemmer» i ei gruppe", "in a member under \"medlemmer\" of a group"},
	"avhengighet":       {"i et element under «etter» i en aktivitet", "i eit element under «etter» i ein aktivitet", "in an item under \"etter\" of an activity"},
	"risiko":            {"i en risiko under «risikoer»", "i ein risiko under «risikoer»", "in a risk under \"risikoer\""},
	"ressurs":           {"i en ressurs under «ressurser»", "i ein ressurs under «ressurser»", "in a resource under \"ressurser\""},
	"vedlegg":           {"i et vedlegg under «vedlegg»", "i eit vedlegg under «vedlegg»", "in an attachment under \"vedlegg\""},
	"fellesferie":       {"under «fellesferie» i «kalender»", "under «fellesferie» i «kalender»", "under \"fellesferie\" in \"kalender\""},
	"stengt":            {"i en periode under «stengt» i «kalender»", "i ein periode under «stengt» i «kalender»", "in a period under \"stengt\" in \"kalender\""},
	"kommune":           {"i en kommune under «kommuner»", "i ein kommune under «kommuner»", "in a municipality under \"kommuner\""},
	"relatert-plan":     {"i en plan under «relaterte-planer»", "i ein plan under «relaterte-planer»", "in a plan under \"relaterte-planer\""},
	"innsigelse":        {"i en innsigelse under «innsigelser»", "i ei motsegn under «innsigelser»", "in an objection under \"innsigelser\""},
	"innstilling-fra":   {"under «innstilling-fra» i et vedtak", "under «innstilling-fra» i eit vedtak", "under \"innstilling-fra\" in a decision"},
	"høringen":          {"under «høringen» i et vedtak", "under «høringen» i eit vedtak", "under \"høringen\" in a decision"},
	"utfall":            {"under «utfall» i et vedtak", "under «utfall» i eit vedtak", "under \"utfall\" in a decision"},
	"høringsinnsigelse": {"i en innsigelse under «innsigelser» i «høringen»", "i ei innsigelse under «innsigelser» i «høringen»", "in an objection under \"innsigelser\" in \"høringen\""},
}

// pfMaxOwners is how many places a key written at the wrong level is said
// to belong: a key found in more objects than that (like «navn») gets the
// list of the keys valid where it stands instead.
const pfMaxOwners = 3

// pfText is a message in bokmål, nynorsk and English.
type pfText struct{ nb, nn, en string }

func (t pfText) text() map[Language]string {
	return map[Language]string{Bokmal: t.nb, Nynorsk: t.nn, English: t.en}
}

// pfTextf formats the arguments into each language's pattern. An argument that
// is itself a pfText is put in in the pattern's language.
func pfTextf(t pfText, args ...any) pfText {
	in := func(lang int) []any {
		out := make([]any, len(args))
		for i, a := range args {
			if x, ok := a.(pfText); ok {
				a = [3]string{x.nb, x.nn, x.en}[lang]
			}
			out[i] = a
		}
		return out
	}
	return pfText{fmt.Sprintf(t.nb, in(0)...), fmt.Sprintf(t.nn, in(1)...), fmt.Sprintf(t.en, in(2)...)}
}

// join joins messages language by language.
func pfJoin(parts ...pfText) pfText {
	var out pfText
	for _, p := range parts {
		out.nb += p.nb
		out.nn += p.nn
		out.en += p.en
	}
	return out
}

// pfEnum describes one enumerated field: its canonical values (those of the
// constants in plan.go) and the other spellings accepted for them.
type pfEnum struct {
	name   pfText
	values []string
	// extra maps other accepted spellings (nynorsk, short forms) to the
	// canonical value. ASCII spellings of all of them are added by lookup.
	extra map[string]string
	// spell maps every accepted spelling to its canonical value; it is
	// built once, when the package is initialised, and only read after.
	spell map[string]string
}

var (
	pfEnumPlanType = pfEnum{
		name: pfText{"plantype", "plantype", "plan type"},
		values: []string{string(Temaplan), string(Kommunedelplan), string(KommuneplanSamfunn),
			string(KommuneplanAreal), string(Planstrategi), string(Reguleringsplan), string(Kjoreplan)},
		extra: map[string]string{
			"køyreplan":                     string(Kjoreplan),
			"fagplan":                       string(Temaplan),
			"kommuneplanen-sin-samfunnsdel": string(KommuneplanSamfunn),
			"kommuneplanen-sin-arealdel":    string(KommuneplanAreal),
			"planstrategi":                  string(Planstrategi),
		},
	}.withSpellings()
	pfEnumLanguage = pfEnum{
		name:   pfText{"målform", "målform", "written standard (målform)"},
		values: []string{string(Bokmal), string(Nynorsk)},
		extra:  map[string]string{"bokmål": string(Bokmal), "nynorsk": string(Nynorsk)},
	}.withSpellings()
	pfEnumPlanStatus = pfEnum{
		name:   pfText{"planstatus", "planstatus", "plan status"},
		values: []string{string(Draft), string(Adopted)},
		extra:  map[string]string{"vedteken": string(Adopted), "vedteke": string(Adopted)},
	}.withSpellings()
	pfEnumActivityKind = pfEnum{
		name: pfText{"aktivitetstype", "aktivitetstype", "activity type"},
		values: []string{string(Work), string(Meeting), string(Workshop), string(PublicMeet),
			string(Hearing), string(PoliticalDec), string(Deadline), string(Milestone),
			string(Notice), string(Survey), string(InputRound), string(Mediation)},
		extra: map[string]string{
			"varsel-om-oppstart":  string(Notice),
			"kunngjøring":         string(Notice),
			"kunngjering":         string(Notice),
			"spørjeundersøking":   string(Survey),
			"innspelsrunde":       string(InputRound),
			"arbeidsverkstad":     string(Workshop),
			"verksted":            string(Workshop),
			"verkstad":            string(Workshop),
			"høyring":             string(Hearing),
			"politisk-handsaming": string(PoliticalDec),
			"milestolpe":          string(Milestone),
		},
	}.withSpellings()
	pfEnumActivityStatus = pfEnum{
		name: pfText{"aktivitetsstatus", "aktivitetsstatus", "activity status"},
		values: []string{string(NotStarted), string(InProgress), string(Done), string(Postponed),
			string(Cancelled)},
		extra: map[string]string{"ikkje-starta": string(NotStarted), "utsett": string(Postponed)},
	}.withSpellings()
	pfEnumGroupKind = pfEnum{
		name: pfText{"gruppetype", "gruppetype", "group type"},
		values: []string{string(SteeringGroup), string(ProjectGroup), string(WorkingGroup),
			string(ReferenceGroup), string(OtherGroup)},
		extra: map[string]string{"anna": string(OtherGroup)},
	}.withSpellings()
	pfEnumBodyKind = pfEnum{
		name: pfText{"organtype", "organtype", "body type"},
		values: []string{string(MunicipalCouncil), string(ExecutiveBoard), string(Committee),
			string(ElderlyCouncil), string(DisabilityCouncil), string(YouthCouncil),
			string(SubMunicipal), string(Administrative), string(OtherBody)},
		extra: map[string]string{
			"bystyre":     string(MunicipalCouncil),
			"utval":       string(Committee),
			"komité":      string(Committee),
			"komite":      string(Committee),
			"hovudutval":  string(Committee),
			"hovedutvalg": string(Committee),
			"råd-for-personar-med-funksjonsnedsetjing": string(DisabilityCouncil),
			"råd-for-funksjonshemmede":                 string(DisabilityCouncil),
			"kommunedelsutval":                         string(SubMunicipal),
			"anna":                                     string(OtherBody),
		},
	}.withSpellings()
	pfEnumObjectionStatus = pfEnum{
		name:   pfText{"innsigelsesstatus", "motsegnstatus", "objection status"},
		values: []string{string(ObjectionOpen), string(ObjectionResolved), string(ObjectionWithdrawn)},
		extra:  map[string]string{"uløyst": string(ObjectionOpen), "løyst": string(ObjectionResolved), "trekt": string(ObjectionWithdrawn)},
	}.withSpellings()
	pfEnumBool = pfEnum{
		name:   pfText{"ja/nei-verdi", "ja/nei-verdi", "yes/no value"},
		values: []string{"true", "false"},
		extra:  map[string]string{"ja": "true", "nei": "false", "yes": "true", "no": "false"},
	}.withSpellings()
	pfEnumDecisionKind = pfEnum{
		name: pfText{"vedtakstype", "vedtakstype", "decision type"},
		values: []string{string(StartNotice), string(ProcessPlanApp), string(PlanProgramFixing),
			string(HearingDecision), string(FinalDecision), string(Briefing)},
		extra: map[string]string{
			"fastsetjing-av-planprogram": string(PlanProgramFixing),
			"utlegging-til-høyring":      string(HearingDecision),
			"sluthandsaming":             string(FinalDecision),
		},
	}.withSpellings()
)

// pfNormWord folds an enum value as written ("Politisk behandling") to the
// file's form ("politisk-behandling").
func pfNormWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '\t'
	}), "-")
}

// pfASCII returns the ASCII spellings of s: æ ø å as ae oe aa and as a o a.
func pfASCII(s string) []string {
	return []string{pfASCIILong.Replace(s), pfASCIIShort.Replace(s)}
}

var (
	pfASCIILong  = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "é", "e")
	pfASCIIShort = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "é", "e")
	pfFolder     = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "é", "e", "_", "-", " ", "-")
)

// spellings returns every accepted spelling of the enum mapped to its
// canonical value.
func (e pfEnum) spellings() map[string]string { return e.spell }

// withSpellings returns e with its table of spellings.
func (e pfEnum) withSpellings() pfEnum {
	m := map[string]string{}
	add := func(s, v string) {
		m[s] = v
		for _, a := range pfASCII(s) {
			if _, ok := m[a]; !ok {
				m[a] = v
			}
		}
	}
	for _, v := range e.values {
		add(v, v)
	}
	for s, v := range e.extra {
		add(s, v)
	}
	e.spell = m
	return e
}

// planDecoder collects the problems of one plan file.
type planDecoder struct {
	file  string
	probs Problems
	// budget limits the work aliases can cause ("billion laughs").
	budget   int
	overflow bool
	// act is the number of the activity being decoded, for Problem.Activity.
	act  string
	refs []pfRef
	// ids holds the position of every person, group and body ID, and nrs
	// that of every activity number, to report duplicates.
	ids      map[string]Pos
	nrs      map[string]Pos
	phaseIDs map[string]Pos
}

type pfRefKind int

const (
	pfRefPerson pfRefKind = iota
	pfRefResponsible
	pfRefParticipant
	pfRefBody
	pfRefActivity
	pfRefMunicipality
)

// pfRef is an ID written in the file that must name something defined
// elsewhere in it; they are resolved when the whole file has been read.
type pfRef struct {
	kind     pfRefKind
	id       string
	key      string
	pos      Pos
	activity string
}

// Decode reads a plan file in YAML or JSON from r. name is the file name
// used in positions and messages. Every problem found is reported, not only
// the first; the error is then of type Problems.
//
// The format is described in docs/plan-format.md. Decode fills in the
// defaults: målform nb, status utkast and activity status ikke-startet.
func Decode(r io.Reader, name string) (*Plan, error) {
	// The text is read into a string: the fast parser slices keys and
	// values out of it without copying.
	var sb strings.Builder
	if l, ok := r.(interface{ Len() int }); ok {
		// bytes.Reader, strings.Reader, bytes.Buffer: read in one go.
		sb.Grow(l.Len())
	}
	if _, err := io.Copy(&sb, r); err != nil {
		return nil, fmt.Errorf("prosessplan: reading %s: %w", name, err)
	}
	data := sb.String()
	// The budget allows each node to be looked at a few times; only aliases
	// can make a file need more.
	d := &planDecoder{file: name, budget: 16*len(data) + 1<<16, ids: map[string]Pos{}, nrs: map[string]Pos{},
		phaseIDs: map[string]Pos{},
		// About one reference per 64 bytes in plans of any size; growing
		// the slice cost more than the rest of an activity's decoding.
		refs: make([]pfRef, 0, len(data)/64)}
	p := d.decode(data)
	if len(d.probs) > 0 {
		sort.SliceStable(d.probs, func(i, j int) bool {
			a, b := d.probs[i].Pos, d.probs[j].Pos
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return nil, d.probs
	}
	return p, nil
}

func (d *planDecoder) add(code string, pos Pos, t pfText) {
	d.probs = append(d.probs, Problem{Code: code, Severity: Error, Pos: pos, Activity: d.act, Text: t.text()})
}

func (d *planDecoder) pos(n *pfNode) Pos {
	if n == nil {
		return Pos{File: d.file}
	}
	return Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *planDecoder) decode(text string) (p *Plan) {
	if root, ok := pfFastParse(text); ok {
		p = &Plan{File: d.file}
		d.plan(root, p)
		d.resolve(p)
		return p
	}
	data := []byte(text)
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := pfSafeDecode(dec, &doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.add("PP-DECODE-MISSING", Pos{File: d.file, Line: 1, Col: 1}, pfText{
				"filen er tom — en plan trenger minst «tittel»",
				"fila er tom — ein plan treng minst «tittel»",
				"the file is empty — a plan needs at least \"tittel\""})
			return nil
		}
		d.syntax(err, data)
		return nil
	}
	var extra yaml.Node
	if err := pfSafeDecode(dec, &extra); err == nil {
		d.add("PP-DECODE-SYNTAX", Pos{File: d.file, Line: extra.Line, Col: extra.Column}, pfText{
			"filen har mer enn ett YAML-dokument — ta bort «---» og det som står etter",
			"fila har meir enn eitt YAML-dokument — ta bort «---» og det som står etter",
			"the file holds more than one YAML document — remove \"---\" and what follows"})
	} else if !errors.Is(err, io.EOF) {
		d.syntax(err, data)
		return nil
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	p = &Plan{File: d.file}
	d.plan(pfFromYAML(root, map[*yaml.Node]*pfNode{}), p)
	if !d.overflow {
		d.resolve(p)
	}
	return p
}

// pfFailingLine returns the first line n, from line from on, such that the
// first n lines of data fail to parse with message msg, or 0. It searches
// forward in growing steps, since the fault is usually a few lines after
// the line the parser names, and each try parses the text from the start.
func pfFailingLine(data []byte, msg string, from int) int {
	if len(data) > 4<<20 {
		return 0
	}
	var ends []int // ends[i] is the offset just after line i+1
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	fails := func(n int) bool {
		var doc yaml.Node
		err := pfSafeDecode(yaml.NewDecoder(bytes.NewReader(data[:ends[n-1]])), &doc)
		if err == nil || errors.Is(err, io.EOF) {
			return false
		}
		m := pfYAMLLine.FindStringSubmatch(err.Error())
		return (m != nil && m[2] == msg) || strings.TrimPrefix(err.Error(), "yaml: ") == msg
	}
	lo := max(from, 1) // lines before lo are known to pass (or not to matter)
	if lo > len(ends) {
		return 0
	}
	hi := lo
	for step := 1; !fails(hi); step *= 2 {
		if hi == len(ends) {
			return 0
		}
		lo = hi + 1
		hi = min(hi+step, len(ends))
	}
	// The first failing line is in [lo, hi].
	return lo + sort.Search(hi-lo, func(i int) bool { return fails(lo + i) })
}

// pfSafeDecode turns a panic in the YAML library into an error, so that no
// input can crash a program that reads plan files.
func pfSafeDecode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return dec.Decode(n)
}

// node returns n, or nil for a null value. It counts the nodes looked at:
// aliases can make a small file a huge tree.
func (d *planDecoder) node(n *pfNode) *pfNode {
	if n == nil || n.null {
		return nil
	}
	d.budget--
	if d.budget < 0 {
		if !d.overflow {
			d.overflow = true
			d.add("PP-DECODE-SYNTAX", d.pos(n), pfText{
				"filen bruker alias (*) så mye at den blir for stor — skriv verdiene ut",
				"fila brukar alias (*) så mykje at ho blir for stor — skriv verdiane ut",
				"the file uses aliases (*) so much that it grows too large — write the values out"})
		}
		return nil
	}
	return n
}

// Kinds of value, for type errors.
var (
	pfKindText   = pfText{"en tekst", "ein tekst", "a text"}
	pfKindInt    = pfText{"et heltall", "eit heiltal", "a whole number"}
	pfKindList   = pfText{"en liste", "ei liste", "a list"}
	pfKindObject = pfText{"nøkler med verdier", "nøklar med verdiar", "keys with values"}
	pfKindTexts  = pfText{"en tekst eller en liste", "ein tekst eller ei liste", "a text or a list"}
	pfKindItem   = pfText{"en tekst eller nøkler med verdier", "ein tekst eller nøklar med verdiar", "a text or keys with values"}
)

func pfHint(want pfText) pfText {
	switch want {
	case pfKindText:
		return pfText{"skriv bare én tekst her", "skriv berre éin tekst her", "write a single text here"}
	case pfKindInt:
		return pfText{"skriv et heltall, f.eks. 14", "skriv eit heiltal, t.d. 14", "write a whole number, e.g. 14"}
	case pfKindList, pfKindTexts:
		return pfText{"skriv hvert element på en egen linje som begynner med «- »",
			"skriv kvart element på ei eiga linje som byrjar med «- »",
			"put each item on its own line starting with \"- \""}
	}
	return pfText{"skriv nøklene rykket inn på linjene under, som «navn: …»",
		"skriv nøklane rykte inn på linjene under, som «navn: …»",
		"write the keys indented on the lines below, like \"navn: …\""}
}

func pfKindOf(n *pfNode) pfText {
	switch n.Kind {
	case yaml.SequenceNode:
		return pfKindList
	case yaml.MappingNode:
		return pfKindObject
	}
	return pfKindText
}

// pfWhere names a value in messages: the key it stands under, an item of
// it, or (with no key) the plan itself. The text is made only when a
// message needs it.
type pfWhere struct {
	key  string
	item bool
}

func pfKey(key string) pfWhere  { return pfWhere{key: key} }
func pfItem(key string) pfWhere { return pfWhere{key: key, item: true} }

func (w pfWhere) text() pfText {
	switch {
	case w.key == "":
		return pfText{"planen", "planen", "the plan"}
	case w.item:
		return pfTextf(pfText{"et element i «%s»", "eit element i «%s»", `an item of "%s"`}, w.key)
	}
	return pfText{"«" + w.key + "»", "«" + w.key + "»", `"` + w.key + `"`}
}

func (d *planDecoder) typeErr(n *pfNode, where pfWhere, want pfText) {
	d.add("PP-DECODE-TYPE", d.pos(n), pfJoin(
		where.text(),
		pfTextf(pfText{" skal være %s, ikke %s — ", " skal vere %s, ikkje %s — ", " must be %s, not %s — "},
			want, pfKindOf(n)), pfHint(want)))
}

// pfObject is a mapping of the plan file checked against a key table.
type pfObject struct {
	d *planDecoder
	n *pfNode
	// keys is the object's key table and vals[i] the value of keys[i]; a
	// slice, not a map, since the tables are short and objects many.
	keys []string
	vals []*pfNode
}

// val returns the value node of key, or nil.
func (o pfObject) val(key string) *pfNode {
	if o.vals == nil {
		return nil
	}
	for i, k := range o.keys {
		if k == key {
			return o.vals[i]
		}
	}
	return nil
}

// object checks that n is a mapping whose keys are in table. A missing
// (null) value gives an empty object and ok false without a problem.
func (d *planDecoder) object(n *pfNode, table string, where pfWhere) (o pfObject, ok bool) {
	keys := pfKeys[table]
	o = pfObject{d: d, n: n, keys: keys}
	n = d.node(n)
	if n == nil {
		return o, false
	}
	o.n = n
	if n.Kind != yaml.MappingNode {
		d.typeErr(n, where, pfKindObject)
		return o, false
	}
	// One allocation holds the values and the key nodes of known keys, by
	// which duplicates are found; unknown keys, rare, get a map.
	both := make([]*pfNode, 2*len(keys))
	o.vals = both[:len(keys)]
	keyNodes := both[len(keys):]
	var unknown map[string]*pfNode
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.node(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode {
			if k == nil {
				k = n.Content[i]
			}
			d.add("PP-DECODE-TYPE", d.pos(k), pfText{
				"en nøkkel skal være et ord, som «navn» — skriv nøkkelen uten parenteser eller «- »",
				"ein nøkkel skal vere eit ord, som «navn» — skriv nøkkelen utan parentesar eller «- »",
				"a key must be a word, like \"navn\" — write the key without brackets or \"- \""})
			continue
		}
		key := k.Value
		idx := slices.Index(keys, key)
		var first *pfNode
		if idx >= 0 {
			first = keyNodes[idx]
		} else {
			first = unknown[key]
		}
		if first != nil {
			d.add("PP-DECODE-DUPLICATE-KEY", d.pos(k), pfTextf(pfText{
				"nøkkelen «%s» står to ganger (først på linje %d) — fjern den ene",
				"nøkkelen «%s» står to gonger (først på linje %d) — fjern den eine",
				"the key \"%s\" appears twice (first on line %d) — remove one of them"}, key, first.Line))
			continue
		}
		if idx < 0 {
			if unknown == nil {
				unknown = map[string]*pfNode{}
			}
			unknown[key] = k
			d.unknownKey(k, key, table)
			continue
		}
		keyNodes[idx] = k
		o.vals[idx] = n.Content[i+1]
	}
	return o, true
}

func (d *planDecoder) unknownKey(k *pfNode, key, table string) {
	keys := pfKeys[table]
	if s := Suggest(key, keys); s != "" {
		d.add("PP-DECODE-UNKNOWN-KEY", d.pos(k), pfTextf(pfText{
			"ukjent nøkkel «%s» — mente du «%s»?",
			"ukjend nøkkel «%s» — meinte du «%s»?",
			"unknown key \"%s\" — did you mean \"%s\"?"}, key, s))
		return
	}
	// A key that belongs to a few other objects was likely written at the
	// wrong level: say where it is valid.
	var owners []pfText
	for _, other := range pfTableOrder {
		if other != table && slices.Contains(pfKeys[other], key) {
			where, ok := pfTableWhere[other]
			if !ok || len(owners) == pfMaxOwners {
				owners = nil
				break
			}
			owners = append(owners, where)
		}
	}
	if len(owners) > 0 {
		places := owners[0]
		for i, w := range owners[1:] {
			sep := pfText{", ", ", ", ", "}
			if i == len(owners)-2 {
				sep = pfText{" eller ", " eller ", " or "}
			}
			places = pfJoin(places, sep, w)
		}
		d.add("PP-DECODE-UNKNOWN-KEY", d.pos(k), pfJoin(pfTextf(pfText{
			"nøkkelen «%s» hører ikke hjemme her, men ",
			"nøkkelen «%s» høyrer ikkje heime her, men ",
			"the key \"%s\" does not belong here but "}, key), places, pfText{
			" — sjekk innrykket, eller flytt den dit",
			" — sjekk innrykket, eller flytt han dit",
			" — check the indentation, or move it there"}))
		return
	}
	d.add("PP-DECODE-UNKNOWN-KEY", d.pos(k), pfTextf(pfText{
		"ukjent nøkkel «%s» — nøklene her er: %s",
		"ukjend nøkkel «%s» — nøklane her er: %s",
		"unknown key \"%s\" — the keys here are: %s"}, key, strings.Join(keys, ", ")))
}

// Suggest returns the candidate nearest to s in edit distance (after
// folding case and æøå), or "" when none is near enough to be a typo. It
// is what "mente du …?" in messages about unknown keys and values uses.
func Suggest(s string, candidates []string) string {
	fs := pfFold(s)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		dist := pfEditDistance(fs, pfFold(c))
		if dist < bestD {
			best, bestD = c, dist
		}
	}
	n := utf8.RuneCountInString(fs)
	limit := 2
	switch {
	case n <= 2:
		limit = 0
	case n <= 4:
		limit = 1
	case n >= 9:
		limit = 3
	}
	if bestD == 0 && pfFold(best) == fs && best != s {
		return best
	}
	if bestD > limit || bestD == 0 {
		return ""
	}
	return best
}

func pfFold(s string) string {
	return pfFolder.Replace(strings.ToLower(s))
}

// pfEditDistance is the Levenshtein distance between a and b in runes.
func pfEditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// has reports whether key has a non-null value.
func (o pfObject) has(key string) bool { return o.d.node(o.val(key)) != nil }

// keyPos is the position of key's value, or of the object when it has none.
func (o pfObject) keyPos(key string) Pos {
	if n := o.val(key); n != nil {
		return o.d.pos(n)
	}
	return o.d.pos(o.n)
}

// scalar returns the text of a scalar node, or reports a type error.
func (d *planDecoder) scalar(n *pfNode, where pfWhere) (string, bool) {
	n = d.node(n)
	if n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		d.typeErr(n, where, pfKindText)
		return "", false
	}
	s := n.Value
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.TrimSpace(s), true
}

func (o pfObject) str(key string) string {
	s, _ := o.d.scalar(o.val(key), pfKey(key))
	return s
}

// required returns the text of key, reporting it when it is missing.
func (o pfObject) required(key string, what pfText) string {
	s := o.str(key)
	if n := o.d.node(o.val(key)); n != nil && n.Kind != yaml.ScalarNode {
		return "" // reported as a type error
	}
	if s == "" && !o.has(key) {
		o.d.add("PP-DECODE-MISSING", o.d.pos(o.n), pfJoin(
			pfTextf(pfText{"«%s» mangler — ", "«%s» manglar — ", "\"%s\" is missing — "}, key), what))
	} else if s == "" {
		o.d.add("PP-DECODE-MISSING", o.keyPos(key), pfJoin(
			pfTextf(pfText{"«%s» er tom — ", "«%s» er tom — ", "\"%s\" is empty — "}, key), what))
	}
	return s
}

// texts returns a text or a list of texts (a paragraph field).
func (o pfObject) texts(key string) []string {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.ScalarNode:
		s, _ := o.d.scalar(n, pfKey(key))
		return []string{s}
	case yaml.SequenceNode:
		var out []string
		for _, item := range n.Content {
			s, _ := o.d.scalar(item, pfItem(key))
			out = append(out, s)
		}
		return out
	}
	o.d.typeErr(n, pfKey(key), pfKindTexts)
	return nil
}

// pfID is an ID as written, with its position.
type pfID struct {
	id  string
	pos Pos
}

// ids returns a text or list of texts with their positions.
func (o pfObject) ids(key string) []pfID {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	var items []*pfNode
	switch n.Kind {
	case yaml.ScalarNode:
		items = []*pfNode{n}
	case yaml.SequenceNode:
		items = n.Content
	default:
		o.d.typeErr(n, pfKey(key), pfKindTexts)
		return nil
	}
	var out []pfID
	for _, item := range items {
		if s, ok := o.d.scalar(item, pfItem(key)); ok && s != "" {
			out = append(out, pfID{s, o.d.pos(item)})
		}
	}
	return out
}

// list returns the items of a list.
func (o pfObject) list(key string) []*pfNode {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		o.d.typeErr(n, pfKey(key), pfKindList)
		return nil
	}
	return n.Content
}

func (o pfObject) int(key string) (int, bool) {
	n := o.d.node(o.val(key))
	if n == nil {
		return 0, false
	}
	if n.Kind != yaml.ScalarNode {
		o.d.typeErr(n, pfKey(key), pfKindInt)
		return 0, false
	}
	v, err := strconv.Atoi(strings.TrimSpace(n.Value))
	if err != nil || v < 0 || v > 1_000_000 {
		o.d.add("PP-DECODE-TYPE", o.d.pos(n), pfTextf(pfText{
			"«%s» skal være et heltall, ikke «%s» — skriv et tall, f.eks. 14",
			"«%s» skal vere eit heiltal, ikkje «%s» — skriv eit tal, t.d. 14",
			"\"%s\" must be a whole number, not \"%s\" — write a number, e.g. 14"}, key, n.Value))
		return 0, false
	}
	return v, true
}

// choice returns the canonical value of an enumerated field, or def when it
// is not given.
func (o pfObject) choice(key string, e pfEnum, def string) string {
	s, ok := o.d.scalar(o.val(key), pfKey(key))
	if !ok || s == "" {
		return def
	}
	if v, ok := e.spell[s]; ok {
		return v
	}
	if v, ok := e.spell[pfNormWord(s)]; ok {
		return v
	}
	pos := o.keyPos(key)
	if sug := Suggest(pfNormWord(s), e.values); sug != "" {
		o.d.add("PP-DECODE-ENUM", pos, pfTextf(pfText{
			"ukjent %s «%s» — mente du «%s»?",
			"ukjend %s «%s» — meinte du «%s»?",
			"unknown %s \"%s\" — did you mean \"%s\"?"}, e.name, s, sug))
		return def
	}
	o.d.add("PP-DECODE-ENUM", pos, pfJoin(
		pfTextf(pfText{"ukjent %s «%s» — bruk en av: ", "ukjend %s «%s» — bruk ein av: ", "unknown %s \"%s\" — use one of: "}, e.name, s),
		pfText{strings.Join(e.values, ", "), strings.Join(e.values, ", "), strings.Join(e.values, ", ")}))
	return def
}

// date reads a date-only field.
func (o pfObject) date(key string) Date {
	s, ok := o.d.scalar(o.val(key), pfKey(key))
	if !ok || s == "" {
		return Date{}
	}
	return o.d.dateAt(s, o.keyPos(key))
}

func (d *planDecoder) dateAt(s string, pos Pos) Date {
	t, perr := parsePlanTime(s, false, false, false)
	if perr != nil {
		d.add(perr.code, pos, perr.text)
		return Date{}
	}
	return t.Date
}

// time reads a start or end field: a date, a date with a time of day, or a
// week (its Monday for a start, its Friday for an end).
func (o pfObject) time(key string, end bool) Time {
	s, ok := o.d.scalar(o.val(key), pfKey(key))
	if !ok || s == "" {
		return Time{}
	}
	t, perr := parsePlanTime(s, end, true, true)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Time{}
	}
	return t
}

// periodDate reads fra/til of a closure: a date or a week.
func (o pfObject) periodDate(key string, end bool) Date {
	s, ok := o.d.scalar(o.val(key), pfKey(key))
	if !ok || s == "" {
		return Date{}
	}
	t, perr := parsePlanTime(s, end, true, false)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Date{}
	}
	return t.Date
}

func (o pfObject) duration(key string, lag bool) Duration {
	s, ok := o.d.scalar(o.val(key), pfKey(key))
	if !ok || s == "" {
		return Duration{}
	}
	dur, perr := parsePlanDuration(s, lag)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Duration{}
	}
	return dur
}

// pfErr is a problem found in a single value.
type pfErr struct {
	code string
	text pfText
}

var (
	pfReISODate  = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	pfReNoDate   = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	pfReClock    = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})$`)
	pfReISOWeek  = regexp.MustCompile(`^(\d{4})-?[Ww](\d{1,2})$`)
	pfReWordWeek = regexp.MustCompile(`^(?i:uke|veke|week)\s*(\d{1,2}),?\s+(\d{4})$`)
	pfReDuration = regexp.MustCompile(`^([+-]?\d+)\s*(\p{L}[\p{L} .]*)$`)
	pfReDayMonth = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?$`)
	pfReMonthDay = regexp.MustCompile(`^(?:--)?(\d{2})-(\d{2})$`)
)

var pfMonthNames = [...]pfText{
	{"januar", "januar", "January"}, {"februar", "februar", "February"}, {"mars", "mars", "March"},
	{"april", "april", "April"}, {"mai", "mai", "May"}, {"juni", "juni", "June"},
	{"juli", "juli", "July"}, {"august", "august", "August"}, {"september", "september", "September"},
	{"oktober", "oktober", "October"}, {"november", "november", "November"},
	{"desember", "desember", "December"},
}

func pfDaysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parsePlanTime reads a date, optionally with a time of day ("2017-01-31
// 09:30", "31.01.2017 kl. 09.30") or as an ISO week ("2017-W05", "uke 5
// 2017"). A week gives its Monday, or its Friday when end is set.
func parsePlanTime(s string, end, allowWeek, allowClock bool) (Time, *pfErr) {
	s = strings.TrimSpace(s)
	var y, mo, da int
	datePart, clockPart := s, ""
	// The canonical forms, which Encode writes, are read without regexps.
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && pfDigits(s[:4]) && pfDigits(s[5:7]) && pfDigits(s[8:10]) &&
		(len(s) == 10 || (len(s) == 16 && s[10] == ' ' && s[13] == ':' && pfDigits(s[11:13]) && pfDigits(s[14:16]))) {
		y, _ = strconv.Atoi(s[:4])
		mo, _ = strconv.Atoi(s[5:7])
		da, _ = strconv.Atoi(s[8:10])
		if len(s) == 16 {
			clockPart = s[11:]
		}
		return pfCheckedTime(s, y, mo, da, clockPart, allowWeek, allowClock)
	}
	if m := pfReISOWeek.FindStringSubmatch(s); m != nil {
		return pfWeekTime(s, m[1], m[2], end, allowWeek)
	}
	if m := pfReWordWeek.FindStringSubmatch(s); m != nil {
		return pfWeekTime(s, m[2], m[1], end, allowWeek)
	}
	for _, sep := range []string{", kl. ", ", kl ", " kl. ", " kl ", "T", " "} {
		if i := strings.Index(s, sep); i > 0 {
			datePart, clockPart = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
			break
		}
	}
	if m := pfReISODate.FindStringSubmatch(datePart); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		da, _ = strconv.Atoi(m[3])
	} else if m := pfReNoDate.FindStringSubmatch(datePart); m != nil {
		da, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
	} else {
		return Time{}, pfNotADate(s, allowWeek)
	}
	return pfCheckedTime(s, y, mo, da, clockPart, allowWeek, allowClock)
}

// pfDigits reports whether s is all ASCII digits.
func pfDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pfCheckedTime checks a date (and time of day) read from s against the
// calendar.
func pfCheckedTime(s string, y, mo, da int, clockPart string, allowWeek, allowClock bool) (Time, *pfErr) {
	if mo < 1 || mo > 12 {
		return Time{}, &pfErr{"PP-DECODE-DATE", pfTextf(pfText{
			"«%s» er ikke en gyldig dato: måned %d finnes ikke — bruk en måned fra 1 til 12",
			"«%s» er ikkje ein gyldig dato: månad %d finst ikkje — bruk ein månad frå 1 til 12",
			"\"%s\" is not a valid date: there is no month %d — use a month from 1 to 12"}, s, mo)}
	}
	if n := pfDaysIn(y, time.Month(mo)); da < 1 || da > n {
		mn := pfMonthNames[mo-1]
		return Time{}, &pfErr{"PP-DECODE-DATE", pfText{
			fmt.Sprintf("«%s» er ikke en gyldig dato: %s %d har bare %d dager — rett dagen", s, mn.nb, y, n),
			fmt.Sprintf("«%s» er ikkje ein gyldig dato: %s %d har berre %d dagar — rett dagen", s, mn.nn, y, n),
			fmt.Sprintf("\"%s\" is not a valid date: %s %d has only %d days — correct the day", s, mn.en, y, n)}}
	}
	t := Time{Date: Date{y, time.Month(mo), da}}
	if clockPart == "" {
		return t, nil
	}
	m := pfReClock.FindStringSubmatch(clockPart)
	if m == nil {
		return Time{}, pfNotADate(s, allowWeek)
	}
	if !allowClock {
		return Time{}, &pfErr{"PP-DECODE-DATE", pfTextf(pfText{
			"«%s» har klokkeslett, men her trengs bare en dato — ta bort klokkeslettet",
			"«%s» har klokkeslett, men her trengst berre ein dato — ta bort klokkeslettet",
			"\"%s\" has a time of day, but only a date belongs here — remove the time"}, s)}
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	if h > 23 || mi > 59 {
		return Time{}, &pfErr{"PP-DECODE-DATE", pfTextf(pfText{
			"«%s» har et ugyldig klokkeslett — skriv f.eks. 09:30 eller kl. 09.30",
			"«%s» har eit ugyldig klokkeslett — skriv t.d. 09:30 eller kl. 09.30",
			"\"%s\" has an invalid time of day — write e.g. 09:30"}, s)}
	}
	return At(t.Date, h, mi), nil
}

func pfNotADate(s string, allowWeek bool) *pfErr {
	t := pfTextf(pfText{
		"«%s» er ikke en dato — skriv f.eks. 2017-01-31 eller 31.01.2017",
		"«%s» er ikkje ein dato — skriv t.d. 2017-01-31 eller 31.01.2017",
		"\"%s\" is not a date — write e.g. 2017-01-31 or 31.01.2017"}, s)
	if allowWeek {
		t = pfJoin(t, pfText{", eller en uke: uke 5 2017 eller 2017-W05",
			", eller ei veke: veke 5 2017 eller 2017-W05",
			", or a week: uke 5 2017 or 2017-W05"})
	}
	return &pfErr{"PP-DECODE-DATE", t}
}

func pfWeekTime(s, year, week string, end, allowWeek bool) (Time, *pfErr) {
	if !allowWeek {
		return Time{}, &pfErr{"PP-DECODE-DATE", pfTextf(pfText{
			"«%s» er en uke, men her trengs en dato — skriv f.eks. 2017-12-07",
			"«%s» er ei veke, men her trengst ein dato — skriv t.d. 2017-12-07",
			"\"%s\" is a week, but a date belongs here — write e.g. 2017-12-07"}, s)}
	}
	y, _ := strconv.Atoi(year)
	w, _ := strconv.Atoi(week)
	weeks := 52
	if _, wk := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); wk == 53 {
		weeks = 53
	}
	if w < 1 || w > weeks {
		return Time{}, &pfErr{"PP-DECODE-WEEK", pfTextf(pfText{
			"uke %d finnes ikke i %d (året har %d uker) — bruk en uke fra 1 til %d",
			"veke %d finst ikkje i %d (året har %d veker) — bruk ei veke frå 1 til %d",
			"week %d does not exist in %d (the year has %d weeks) — use a week from 1 to %d"},
			w, y, weeks, weeks)}
	}
	// Week 1 is the week with 4 January in it.
	monday := DateOf(time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)).Monday().AddDays(7 * (w - 1))
	if end {
		return DayOf(monday.AddDays(4)), nil
	}
	return DayOf(monday), nil
}

// pfDurationUnits maps the written units, folded to lower case, to units.
var pfDurationUnits = map[string]DurationUnit{
	"d": Days, "dag": Days, "dager": Days, "dagar": Days, "day": Days, "days": Days,
	"kalenderdager": Days, "kalenderdagar": Days,
	"vd": WorkingDays, "virkedag": WorkingDays, "virkedager": WorkingDays,
	"vyrkedag": WorkingDays, "vyrkedagar": WorkingDays, "arbeidsdager": WorkingDays,
	"arbeidsdagar": WorkingDays, "working day": WorkingDays, "working days": WorkingDays,
	"workday": WorkingDays, "workdays": WorkingDays,
	"u": Weeks, "uke": Weeks, "uker": Weeks, "veke": Weeks, "veker": Weeks,
	"w": Weeks, "week": Weeks, "weeks": Weeks,
	"min": Minutes, "minutt": Minutes, "minutter": Minutes, "minute": Minutes, "minutes": Minutes,
}

// pfMonthWords are units a planner may write that are not durations.
var pfMonthWords = map[string]bool{"mnd": true, "mnd.": true, "md": true, "måned": true, "måneder": true,
	"månad": true, "månader": true, "maaned": true, "maaneder": true, "maned": true, "maneder": true,
	"month": true, "months": true}

// pfHourWords are hours, which plans write as minutes.
var pfHourWords = map[string]bool{"t": true, "time": true, "timer": true, "timar": true,
	"h": true, "hour": true, "hours": true}

// parsePlanDuration reads "10 dager", "10 virkedager", "6 uker", "90 min",
// "10d", "6u" and their nynorsk and English forms. Only a lag (etterslep)
// may be zero or negative.
func parsePlanDuration(s string, lag bool) (Duration, *pfErr) {
	// The canonical form, "6 uker", is read without a regexp.
	if i := strings.IndexByte(s, ' '); i > 0 && i < 7 && pfDigits(s[:i]) {
		if unit, ok := pfDurationUnits[s[i+1:]]; ok {
			n, _ := strconv.Atoi(s[:i])
			if (n > 0 || lag) && n <= 100000 {
				return Duration{N: n, Unit: unit}, nil
			}
		}
	}
	bad := func() *pfErr {
		return &pfErr{"PP-DECODE-DURATION", pfTextf(pfText{
			"«%s» er ikke en varighet — skriv et tall og en enhet, f.eks. «10 virkedager», «6 uker» eller «90 min»",
			"«%s» er ikkje ei varigheit — skriv eit tal og ei eining, t.d. «10 vyrkedagar», «6 veker» eller «90 min»",
			"\"%s\" is not a duration — write a number and a unit, e.g. \"10 virkedager\", \"6 uker\" or \"90 min\""}, s)}
	}
	m := pfReDuration.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Duration{}, bad()
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n > 100000 || n < -100000 {
		return Duration{}, bad()
	}
	unitWord := strings.Join(strings.Fields(strings.TrimSuffix(strings.ToLower(m[2]), ".")), " ")
	unit, ok := pfDurationUnits[unitWord]
	if !ok && pfMonthWords[unitWord] {
		weeks := (n*3044 + 350) / 700 // a month is 30.44 days on average
		return Duration{}, &pfErr{"PP-DECODE-DURATION", pfTextf(pfText{
			"«%s»: måneder er ulike lange og kan ikke være en varighet — skriv uker, f.eks. «%d uker»",
			"«%s»: månader er ulike lange og kan ikkje vere ei varigheit — skriv veker, t.d. «%d veker»",
			"\"%s\": months differ in length and cannot be a duration — write weeks, e.g. \"%d uker\""}, s, weeks)}
	}
	if !ok && pfHourWords[unitWord] {
		return Duration{}, &pfErr{"PP-DECODE-DURATION", pfTextf(pfText{
			"«%s»: timer skrives som minutter — skriv «%d min»",
			"«%s»: timar skriv ein som minutt — skriv «%d min»",
			"\"%s\": hours are written as minutes — write \"%d min\""}, s, n*60)}
	}
	if !ok {
		return Duration{}, &pfErr{"PP-DECODE-DURATION", pfTextf(pfText{
			"ukjent enhet «%s» i «%s» — bruk dager, virkedager, uker eller min",
			"ukjend eining «%s» i «%s» — bruk dagar, vyrkedagar, veker eller min",
			"unknown unit \"%s\" in \"%s\" — use days (dager), working days (virkedager), weeks (uker) or min"},
			m[2], s)}
	}
	if n <= 0 && !lag {
		return Duration{}, &pfErr{"PP-DECODE-DURATION", pfTextf(pfText{
			"varigheten «%s» må være større enn null — skriv hvor lenge aktiviteten varer, f.eks. «2 uker»",
			"varigheita «%s» må vere større enn null — skriv kor lenge aktiviteten varer, t.d. «2 veker»",
			"the duration \"%s\" must be greater than zero — write how long the activity lasts, e.g. \"2 uker\""}, s)}
	}
	return Duration{N: n, Unit: unit}, nil
}

// pfDayMonth reads a day of the year without a year: "01.07", "1.7.", "07-01".
func pfDayMonth(s string) (month, day int, ok bool) {
	if m := pfReDayMonth.FindStringSubmatch(s); m != nil {
		day, _ = strconv.Atoi(m[1])
		month, _ = strconv.Atoi(m[2])
	} else if m := pfReMonthDay.FindStringSubmatch(s); m != nil {
		month, _ = strconv.Atoi(m[1])
		day, _ = strconv.Atoi(m[2])
	} else {
		return 0, 0, false
	}
	if month < 1 || month > 12 || day < 1 || day > pfDaysIn(2000, time.Month(month)) {
		return 0, 0, false
	}
	return month, day, true
}

// checkID reports an ID already used in the same namespace.
func (d *planDecoder) checkID(seen map[string]Pos, id string, pos Pos, what pfText) {
	if first, dup := seen[id]; dup {
		d.add("PP-DECODE-DUPLICATE-ID", pos, pfJoin(
			pfTextf(pfText{"id «%s» er brukt før (linje %d) — ", "id «%s» er brukt før (linje %d) — ",
				"the id \"%s\" is used before (line %d) — "}, id, first.Line), what))
		return
	}
	seen[id] = pos
}

var pfUniqueIDs = pfText{"personer, grupper og organer trenger hver sin id",
	"personar, grupper og organ treng kvar sin id",
	"people, groups and bodies need an id each"}

func (d *planDecoder) plan(root *pfNode, p *Plan) {
	o, ok := d.object(root, "plan", pfWhere{})
	p.Pos = d.pos(o.n)
	if !ok {
		if o.n == nil || d.node(o.n) == nil {
			d.add("PP-DECODE-MISSING", Pos{File: d.file, Line: 1, Col: 1}, pfText{
				"filen er tom — en plan trenger minst «tittel»",
				"fila er tom — ein plan treng minst «tittel»",
				"the file is empty — a plan needs at least \"tittel\""})
		}
		return
	}
	if v, ok := o.int("format"); ok && v != FormatVersion {
		d.add("PP-DECODE-FORMAT", o.keyPos("format"), pfTextf(pfText{
			"ukjent formatversjon %d — dette programmet leser format %d; bruk en nyere versjon av programmet",
			"ukjend formatversjon %d — dette programmet les format %d; bruk ein nyare versjon av programmet",
			"unknown format version %d — this program reads format %d; use a newer version of the program"},
			v, FormatVersion))
	}
	p.Title = o.required("tittel", pfText{"gi planen en tittel, f.eks. «tittel: Boligplan 2018–2021»",
		"gi planen ein tittel, t.d. «tittel: Bustadplan 2018–2021»",
		"give the plan a title, e.g. \"tittel: Boligplan 2018–2021\""})
	p.Municipality = o.str("kommune")
	p.Unit = o.str("enhet")
	p.Type = PlanType(o.choice("plantype", pfEnumPlanType, ""))
	p.Language = Language(o.choice("målform", pfEnumLanguage, string(Bokmal)))
	p.CaseNumber = o.str("arkivsak")
	p.CaseOfficer = o.str("saksbehandler")
	p.Version = o.str("versjon")
	p.Status = PlanStatus(o.choice("status", pfEnumPlanStatus, string(Draft)))
	p.AdoptedBy = o.str("vedtatt-av")
	p.AdoptedDate = o.date("vedtatt-dato")
	p.Date = o.date("dato")
	p.CouncilConstituted = o.date("kommunestyre-konstituert")
	p.WithStrategy = o.choice("med-planstrategi", pfEnumBool, "false") == "true"
	for _, n := range o.list("kommuner") {
		mo, _ := d.object(n, "kommune", pfItem("kommuner"))
		m := Municipality{Pos: d.pos(mo.n), Name: mo.str("navn"), Profile: mo.str("profil")}
		m.ID = mo.required("id", pfText{"gi kommunen en kort id, f.eks. «id: bodo»",
			"gi kommunen ein kort id, t.d. «id: bodo»",
			"give the municipality a short id, e.g. \"id: bodo\""})
		if m.ID != "" {
			d.checkID(d.ids, m.ID, mo.keyPos("id"), pfUniqueIDs)
		}
		p.Municipalities = append(p.Municipalities, m)
	}
	p.Background = o.texts("bakgrunn")
	p.Mandate = o.texts("mandat")
	p.Goals = o.texts("mål")
	p.DesiredResult = o.str("ønsket-resultat")
	p.TargetAreas = o.texts("målområder")
	p.LegalBasis = o.texts("lovgrunnlag")

	org, _ := d.object(o.val("organisering"), "organisering", pfKey("organisering"))
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
	for _, n := range o.list("faser") {
		p.Phases = append(p.Phases, d.phase(n))
	}
	for _, n := range o.list("medvirkning") {
		p.Participation = append(p.Participation, d.participation(n))
	}
	p.SuccessFactors = o.texts("suksessfaktorer")
	for _, n := range o.list("risikoer") {
		ro, _ := d.object(n, "risiko", pfItem("risikoer"))
		p.Risks = append(p.Risks, Risk{Description: ro.str("beskrivelse"),
			Consequence: ro.str("konsekvens"), Mitigation: ro.str("tiltak"), Pos: d.pos(ro.n)})
	}
	for _, n := range o.list("ressurser") {
		ro, _ := d.object(n, "ressurs", pfItem("ressurser"))
		r := Resource{What: ro.str("hva"), Amount: ro.str("omfang"),
			Comment: ro.str("merknad"), Pos: d.pos(ro.n)}
		r.Kroner, _ = ro.int("beløp")
		r.Percent, _ = ro.int("stillingsprosent")
		p.Resources = append(p.Resources, r)
	}
	for _, n := range o.list("vedlegg") {
		if s := d.node(n); s != nil && s.Kind == yaml.ScalarNode {
			t, _ := d.scalar(s, pfItem("vedlegg"))
			p.Attachments = append(p.Attachments, Attachment{Title: t, Pos: d.pos(s)})
			continue
		}
		vo, _ := d.object(n, "vedlegg", pfItem("vedlegg"))
		p.Attachments = append(p.Attachments, Attachment{Title: vo.str("tittel"),
			Reference: vo.str("referanse"), Pos: d.pos(vo.n)})
	}
	for _, n := range o.list("relaterte-planer") {
		if s := d.node(n); s != nil && s.Kind == yaml.ScalarNode {
			t, _ := d.scalar(s, pfItem("relaterte-planer"))
			p.Related = append(p.Related, RelatedPlan{Name: t, Pos: d.pos(s)})
			continue
		}
		ro, _ := d.object(n, "relatert-plan", pfItem("relaterte-planer"))
		p.Related = append(p.Related, RelatedPlan{Name: ro.str("navn"), URL: ro.str("url"),
			Comment: ro.str("merknad"), Pos: d.pos(ro.n)})
	}
	for _, n := range o.list("innsigelser") {
		io, _ := d.object(n, "innsigelse", pfItem("innsigelser"))
		x := Objection{Pos: d.pos(io.n), From: io.str("fra"), Subject: io.str("tema"), Date: io.date("dato"),
			Status:    ObjectionStatus(io.choice("status", pfEnumObjectionStatus, string(ObjectionOpen))),
			Mediation: io.str("mekling")}
		if x.Mediation != "" {
			d.refs = append(d.refs, pfRef{pfRefActivity, x.Mediation, "mekling", io.keyPos("mekling"), ""})
		}
		p.Objections = append(p.Objections, x)
	}
	d.calendar(o.val("kalender"), &p.Calendar)
}

func (d *planDecoder) person(n *pfNode) Person {
	o, _ := d.object(n, "person", pfItem("personer"))
	x := Person{Pos: d.pos(o.n)}
	x.ID = o.required("id", pfText{"gi personen en kort id, f.eks. «id: prosjektleder»",
		"gi personen ein kort id, t.d. «id: prosjektleiar»",
		"give the person a short id, e.g. \"id: prosjektleder\""})
	if x.ID != "" {
		d.checkID(d.ids, x.ID, o.keyPos("id"), pfUniqueIDs)
	}
	x.Name = o.str("navn")
	x.Title = o.str("tittel")
	x.Unit = o.str("enhet")
	x.Email = o.str("epost")
	return x
}

func (d *planDecoder) group(n *pfNode, p *Plan) Group {
	o, _ := d.object(n, "gruppe", pfItem("grupper"))
	g := Group{Pos: d.pos(o.n)}
	g.ID = o.required("id", pfText{"gi gruppen en kort id, f.eks. «id: prosjektgruppe»",
		"gi gruppa ein kort id, t.d. «id: prosjektgruppe»",
		"give the group a short id, e.g. \"id: prosjektgruppe\""})
	if g.ID != "" {
		d.checkID(d.ids, g.ID, o.keyPos("id"), pfUniqueIDs)
	}
	g.Name = o.str("navn")
	g.Kind = GroupKind(o.choice("type", pfEnumGroupKind, ""))
	g.Responsibility = o.str("ansvar")
	g.Leader = o.str("leder")
	if g.Leader != "" {
		d.refs = append(d.refs, pfRef{pfRefPerson, g.Leader, "leder", o.keyPos("leder"), ""})
	}
	for _, m := range o.list("medlemmer") {
		if s := d.node(m); s != nil && s.Kind == yaml.ScalarNode {
			// A plain text is a person's ID when there is such a person, and
			// otherwise the member's name.
			t, _ := d.scalar(s, pfItem("medlemmer"))
			mem := Member{Pos: d.pos(s)}
			if p.Person(t) != nil {
				mem.Person = t
			} else {
				mem.Name = t
			}
			g.Members = append(g.Members, mem)
			continue
		}
		mo, _ := d.object(m, "medlem", pfItem("medlemmer"))
		mem := Member{Person: mo.str("person"), Name: mo.str("navn"),
			Organisation: mo.str("organisasjon"), Role: mo.str("rolle"), Pos: d.pos(mo.n)}
		if mem.Person != "" {
			d.refs = append(d.refs, pfRef{pfRefPerson, mem.Person, "person", mo.keyPos("person"), ""})
		}
		g.Members = append(g.Members, mem)
	}
	return g
}

func (d *planDecoder) body(n *pfNode) Body {
	o, _ := d.object(n, "organ", pfItem("organer"))
	b := Body{Pos: d.pos(o.n)}
	b.ID = o.required("id", pfText{"gi organet en kort id, f.eks. «id: bystyret»",
		"gi organet ein kort id, t.d. «id: kommunestyret»",
		"give the body a short id, e.g. \"id: bystyret\""})
	if b.ID != "" {
		d.checkID(d.ids, b.ID, o.keyPos("id"), pfUniqueIDs)
	}
	b.Name = o.str("navn")
	b.Kind = BodyKind(o.choice("type", pfEnumBodyKind, ""))
	b.NoticeDays, _ = o.int("saksfrist-dager")
	b.Municipality = o.str("kommune")
	if b.Municipality != "" {
		d.refs = append(d.refs, pfRef{pfRefMunicipality, b.Municipality, "kommune", o.keyPos("kommune"), ""})
	}
	b.Place = o.str("sted")
	// A meeting is a date, or a date with its own place:
	// «{dato: 2017-12-07, sted: Stormen}».
	if n := d.node(o.val("møter")); n != nil && n.Kind == yaml.SequenceNode {
		for _, item := range n.Content {
			if it := d.node(item); it != nil && it.Kind == yaml.MappingNode {
				mo, _ := d.object(it, "møte", pfItem("møter"))
				s := mo.required("dato", pfText{"gi møtet en dato, f.eks. «dato: 2027-03-18»",
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
			if s, ok := d.scalar(item, pfItem("møter")); ok && s != "" {
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

func (d *planDecoder) phase(n *pfNode) Phase {
	o, _ := d.object(n, "fase", pfItem("faser"))
	ph := Phase{Pos: d.pos(o.n)}
	ph.ID = o.str("id")
	if ph.ID != "" {
		d.checkID(d.phaseIDs, ph.ID, o.keyPos("id"), pfText{"gi hver fase en egen id",
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

func (d *planDecoder) activity(n *pfNode) Activity {
	o, _ := d.object(n, "aktivitet", pfItem("aktiviteter"))
	a := Activity{Pos: d.pos(o.n)}
	a.ID = o.required("nr", pfText{"gi aktiviteten et nummer, f.eks. «nr: 1.3»",
		"gi aktiviteten eit nummer, t.d. «nr: 1.3»",
		"give the activity a number, e.g. \"nr: 1.3\""})
	d.act = a.ID
	defer func() { d.act = "" }()
	if a.ID != "" {
		if first, dup := d.nrs[a.ID]; dup {
			d.add("PP-DECODE-DUPLICATE-NR", o.keyPos("nr"), pfTextf(pfText{
				"aktivitetsnummer «%s» er brukt før (linje %d) — gi hver aktivitet et eget nummer",
				"aktivitetsnummer «%s» er brukt før (linje %d) — gi kvar aktivitet eit eige nummer",
				"activity number \"%s\" is used before (line %d) — give each activity its own number"},
				a.ID, first.Line))
		} else {
			d.nrs[a.ID] = o.keyPos("nr")
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
		d.refs = append(d.refs, pfRef{pfRefResponsible, x.id, "ansvarlig", x.pos, a.ID})
	}
	for _, x := range o.ids("deltakere") {
		a.Participants = append(a.Participants, x.id)
		d.refs = append(d.refs, pfRef{pfRefParticipant, x.id, "deltakere", x.pos, a.ID})
	}
	a.Kind = ActivityKind(o.choice("type", pfEnumActivityKind, ""))
	var tentS, tentE bool
	a.Start, a.StartPrecision, tentS = d.activityTime(o, "start", false)
	a.End, a.EndPrecision, tentE = d.activityTime(o, "slutt", true)
	a.Tentative = tentS || tentE || o.choice("foreløpig", pfEnumBool, "false") == "true"
	a.FixedDate = o.choice("fast-dato", pfEnumBool, "false") == "true"
	a.Duration = o.duration("varighet", false)
	if en := d.node(o.val("etter")); en != nil {
		items := []*pfNode{en}
		if en.Kind == yaml.SequenceNode {
			items = en.Content
		}
		for _, item := range items {
			if dep, ok := d.dependency(item, a.ID); ok {
				a.After = append(a.After, dep)
			}
		}
	}
	if o.has("vedtak") {
		a.Decision = d.decision(o.val("vedtak"), a.ID)
		switch a.Kind {
		case "":
			a.Kind = PoliticalDec
		case PoliticalDec, Milestone, Meeting, Workshop, PublicMeet:
			// A meeting or workshop of the deciding body that ends with
			// the decision keeps its kind and carries the decision; on a
			// milestone it is an administrative decision.
		default:
			d.add("PP-DECODE-DECISION-KIND", o.keyPos("vedtak"), pfTextf(pfText{
				"«vedtak» hører bare til aktiviteter av typen politisk-behandling, møte, arbeidsverksted eller folkemøte, ikke %s — sett «type: politisk-behandling» eller fjern «vedtak»",
				"«vedtak» høyrer berre til aktivitetar av typen politisk-behandling, møte, arbeidsverksted eller folkemøte, ikkje %s — set «type: politisk-behandling» eller fjern «vedtak»",
				"\"vedtak\" belongs only to activities of type politisk-behandling, møte, arbeidsverksted or folkemøte, not %s — set \"type: politisk-behandling\" or remove \"vedtak\""},
				string(a.Kind)))
		}
	}
	a.Method = o.str("metode")
	a.Deliverable = o.str("leveranse")
	a.Status = ActivityStatus(o.choice("status", pfEnumActivityStatus, string(NotStarted)))
	a.Comment = o.str("merknad")
	return a
}

// phaseDate reads a phase's start or end: what [pfObject.periodDate]
// reads, or a month.
func (d *planDecoder) phaseDate(o pfObject, key string, end bool) Date {
	if n := d.node(o.val(key)); n != nil && n.Kind == yaml.ScalarNode {
		if first, last, ok := parseMonth(n.Value); ok {
			if end {
				return last
			}
			return first
		}
	}
	return o.periodDate(key, end)
}

// activityTime reads an activity's start or end: what [pfObject.time]
// reads, or a month ("2018-10", "oktober 2018"), each optionally after a
// "~" that marks it tentative.
func (d *planDecoder) activityTime(o pfObject, key string, end bool) (Time, Precision, bool) {
	n := d.node(o.val(key))
	if n == nil || n.Kind != yaml.ScalarNode {
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
	if pfReISOWeek.MatchString(s) || pfReWordWeek.MatchString(s) {
		return t, WeekPrecision, tentative
	}
	return t, DayPrecision, tentative
}

func (d *planDecoder) dependency(n *pfNode, act string) (Dependency, bool) {
	n = d.node(n)
	if n == nil {
		return Dependency{}, false
	}
	if n.Kind == yaml.ScalarNode {
		id, _ := d.scalar(n, pfItem("etter"))
		if id == "" {
			return Dependency{}, false
		}
		d.refs = append(d.refs, pfRef{pfRefActivity, id, "etter", d.pos(n), act})
		return Dependency{ID: id, Pos: d.pos(n)}, true
	}
	if n.Kind != yaml.MappingNode {
		d.typeErr(n, pfItem("etter"), pfKindItem)
		return Dependency{}, false
	}
	o, _ := d.object(n, "avhengighet", pfItem("etter"))
	dep := Dependency{Pos: d.pos(n)}
	dep.ID = o.required("nr", pfText{"skriv nummeret til aktiviteten det skal ventes på, f.eks. «nr: 1.2»",
		"skriv nummeret til aktiviteten det skal ventast på, t.d. «nr: 1.2»",
		"write the number of the activity to wait for, e.g. \"nr: 1.2\""})
	if dep.ID != "" {
		d.refs = append(d.refs, pfRef{pfRefActivity, dep.ID, "etter", o.keyPos("nr"), act})
	}
	dep.Lag = o.duration("etterslep", true)
	return dep, dep.ID != ""
}

func (d *planDecoder) decision(n *pfNode, act string) *Decision {
	o, _ := d.object(n, "vedtak", pfKey("vedtak"))
	x := &Decision{Pos: d.pos(o.n)}
	x.Kind = DecisionKind(o.choice("type", pfEnumDecisionKind, ""))
	if !o.has("type") {
		o.required("type", pfJoin(pfText{"skriv hva som skal vedtas: ", "skriv kva som skal vedtakast: ",
			"write what is to be decided: "}, pfText{strings.Join(pfEnumDecisionKind.values, ", "),
			strings.Join(pfEnumDecisionKind.values, ", "), strings.Join(pfEnumDecisionKind.values, ", ")}))
	}
	x.Body = o.required("organ", pfText{"skriv id-en til organet som vedtar, f.eks. «organ: bystyret»",
		"skriv id-en til organet som vedtek, t.d. «organ: kommunestyret»",
		"write the id of the deciding body, e.g. \"organ: bystyret\""})
	if x.Body != "" {
		d.refs = append(d.refs, pfRef{pfRefBody, x.Body, "organ", o.keyPos("organ"), act})
	}
	for _, r := range o.ids("saksgang") {
		x.Route = append(x.Route, r.id)
		d.refs = append(d.refs, pfRef{pfRefBody, r.id, "saksgang", r.pos, act})
	}
	x.Meeting = o.date("møte")
	x.Hearing = o.str("høring")
	if x.Hearing != "" {
		d.refs = append(d.refs, pfRef{pfRefActivity, x.Hearing, "høring", o.keyPos("høring"), act})
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
func (d *planDecoder) caseNumbers(n *pfNode, act string) []CaseNumber {
	n = d.node(n)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.typeErr(n, pfKey("saksnummer"), pfKindObject)
		return nil
	}
	var out []CaseNumber
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.node(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode {
			continue
		}
		v, _ := d.scalar(n.Content[i+1], pfKey("saksnummer"))
		d.refs = append(d.refs, pfRef{pfRefBody, k.Value, "saksnummer", d.pos(k), act})
		out = append(out, CaseNumber{Body: k.Value, Number: v, Pos: d.pos(k)})
	}
	return out
}

func (d *planDecoder) preparedProposal(n *pfNode, act string) *PreparedProposal {
	o, _ := d.object(n, "innstilling-fra", pfKey("innstilling-fra"))
	x := &PreparedProposal{Pos: d.pos(o.n)}
	x.Body = o.required("organ", pfText{"skriv id-en til organet som ga innstillingen, f.eks. «organ: formannskapet»",
		"skriv id-en til organet som gav innstillinga, t.d. «organ: formannskapet»",
		"write the id of the body that made the recommendation, e.g. \"organ: formannskapet\""})
	if x.Body != "" {
		d.refs = append(d.refs, pfRef{pfRefBody, x.Body, "organ", o.keyPos("organ"), act})
	}
	x.Date = o.date("dato")
	x.Points = o.texts("innstilling")
	return x
}

func (d *planDecoder) hearingReport(n *pfNode) *HearingReport {
	o, _ := d.object(n, "høringen", pfKey("høringen"))
	x := &HearingReport{Pos: d.pos(o.n)}
	x.Parties = o.texts("instanser")
	x.Statements, _ = o.int("uttalelser")
	x.From = o.texts("uttalelser-fra")
	x.MainPoints = o.texts("hovedpunkter")
	for _, item := range o.list("innsigelser") {
		io, _ := d.object(item, "høringsinnsigelse", pfItem("innsigelser"))
		x.Objections = append(x.Objections, HearingObjection{From: io.str("instans"), Concerns: io.str("gjelder"),
			Resolution: io.str("løsning"), Pos: d.pos(io.n)})
	}
	return x
}

// outcomeStatuses are the values of "status" under "utfall".
var outcomeStatuses = []string{string(OutcomeAdopted), string(OutcomeAmended), string(OutcomeDeferred), string(OutcomeRejected)}

func (d *planDecoder) outcome(n *pfNode) *Outcome {
	o, _ := d.object(n, "utfall", pfKey("utfall"))
	x := &Outcome{Pos: d.pos(o.n)}
	x.Date = o.date("dato")
	x.CaseNumber = o.str("saksnr")
	x.Text = o.texts("vedtak")
	if st := o.str("status"); st != "" {
		if !slices.Contains(outcomeStatuses, st) {
			list := strings.Join(outcomeStatuses, ", ")
			d.add("PP-DECODE-ENUM", o.keyPos("status"), pfTextf(pfText{
				"ukjent status for utfallet «%s» — bruk en av: %s",
				"ukjend status for utfallet «%s» — bruk ein av: %s",
				"unknown outcome status \"%s\" — use one of: %s"}, st, list))
		} else {
			x.Status = OutcomeStatus(st)
		}
	}
	return x
}

func (d *planDecoder) participation(n *pfNode) Participation {
	o, _ := d.object(n, "medvirkning", pfItem("medvirkning"))
	x := Participation{Pos: d.pos(o.n), Who: o.str("hvem"), How: o.str("hvordan"),
		When: o.str("når"), Why: o.str("hvorfor")}
	for _, a := range o.ids("aktiviteter") {
		x.Activities = append(x.Activities, a.id)
		d.refs = append(d.refs, pfRef{pfRefActivity, a.id, "aktiviteter", a.pos, ""})
	}
	return x
}

func (d *planDecoder) calendar(n *pfNode, c *CalendarSettings) {
	o, ok := d.object(n, "kalender", pfKey("kalender"))
	if !ok {
		return
	}
	if o.has("fellesferie") {
		f, _ := d.object(o.val("fellesferie"), "fellesferie", pfKey("fellesferie"))
		read := func(key string) (int, int) {
			s, ok := d.scalar(f.val(key), pfKey(key))
			if !ok || s == "" {
				d.add("PP-DECODE-MISSING", d.pos(f.n), pfTextf(pfText{
					"«fellesferie» mangler «%s» — skriv både fra og til, f.eks. «fra: 01.07» og «til: 31.07»",
					"«fellesferie» manglar «%s» — skriv både frå og til, t.d. «fra: 01.07» og «til: 31.07»",
					"\"fellesferie\" lacks \"%s\" — give both, e.g. \"fra: 01.07\" and \"til: 31.07\""}, key))
				return 0, 0
			}
			m, day, ok := pfDayMonth(s)
			if !ok {
				d.add("PP-DECODE-DATE", f.keyPos(key), pfTextf(pfText{
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
		so, _ := d.object(s, "stengt", pfItem("stengt"))
		cl := Closure{Name: so.str("navn"), Pos: d.pos(so.n)}
		if !so.has("fra") {
			so.required("fra", pfText{"skriv første stengte dag, f.eks. «fra: 2017-12-27»",
				"skriv første stengde dag, t.d. «fra: 2017-12-27»",
				"write the first closed day, e.g. \"fra: 2017-12-27\""})
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
	known := map[pfRefKind]map[string]bool{
		pfRefPerson:       set(people),
		pfRefResponsible:  set(people, groups, bodies),
		pfRefParticipant:  set(people, groups, bodies),
		pfRefBody:         set(bodies),
		pfRefActivity:     set(acts),
		pfRefMunicipality: set(munis),
	}
	for _, r := range d.refs {
		if known[r.kind][r.id] {
			continue
		}
		if (r.kind == pfRefResponsible || r.kind == pfRefParticipant) &&
			freeParty(r.id, append(append(append([]string{}, people...), groups...), bodies...)) {
			continue
		}
		var valid []string
		var what, hint pfText
		switch r.kind {
		case pfRefPerson:
			valid = people
			what = pfText{"ukjent person «%s»", "ukjend person «%s»", "unknown person \"%s\""}
			hint = pfText{"bruk id-en til en person under «organisering: personer»",
				"bruk id-en til ein person under «organisering: personer»",
				"use the id of a person under \"organisering: personer\""}
		case pfRefResponsible:
			valid = append(append([]string{}, people...), groups...)
			what = pfText{"ukjent ansvarlig «%s»", "ukjend ansvarleg «%s»", "unknown responsible \"%s\""}
			hint = pfText{"bruk id-en til en person eller gruppe under «organisering»",
				"bruk id-en til ein person eller ei gruppe under «organisering»",
				"use the id of a person or group under \"organisering\""}
		case pfRefParticipant:
			valid = append(append(append([]string{}, people...), groups...), bodies...)
			what = pfText{"ukjent deltaker «%s»", "ukjend deltakar «%s»", "unknown participant \"%s\""}
			hint = pfText{"bruk id-en til en person eller gruppe under «organisering» eller et organ under «organer»",
				"bruk id-en til ein person eller ei gruppe under «organisering» eller eit organ under «organer»",
				"use the id of a person or group under \"organisering\" or of a body under \"organer\""}
		case pfRefBody:
			valid = bodies
			what = pfTextf(pfText{"ukjent organ «%%s» i «%s»", "ukjent organ «%%s» i «%s»", "unknown body \"%%s\" in \"%s\""}, r.key)
			what.nn = strings.Replace(what.nn, "ukjent", "ukjend", 1)
			hint = pfText{"bruk id-en til et organ under «organer»",
				"bruk id-en til eit organ under «organer»",
				"use the id of a body under \"organer\""}
		case pfRefMunicipality:
			valid = munis
			what = pfText{"ukjent kommune «%s»", "ukjend kommune «%s»", "unknown municipality \"%s\""}
			hint = pfText{"bruk id-en til en kommune under «kommuner»",
				"bruk id-en til ein kommune under «kommuner»",
				"use the id of a municipality under \"kommuner\""}
		case pfRefActivity:
			valid = acts
			what = pfTextf(pfText{"ukjent aktivitet «%%s» i «%s»", "ukjend aktivitet «%%s» i «%s»", "unknown activity \"%%s\" in \"%s\""}, r.key)
			hint = pfText{"bruk nummeret (nr) til en aktivitet i planen",
				"bruk nummeret (nr) til ein aktivitet i planen",
				"use the number (nr) of an activity in the plan"}
		}
		msg := pfTextf(what, r.id)
		if s := Suggest(r.id, valid); s != "" {
			msg = pfJoin(msg, pfTextf(pfText{" — mente du «%s»?", " — meinte du «%s»?", " — did you mean \"%s\"?"}, s))
		} else {
			msg = pfJoin(msg, pfText{" — ", " — ", " — "}, hint)
		}
		code := map[pfRefKind]string{pfRefPerson: "PP-DECODE-UNKNOWN-PERSON",
			pfRefResponsible: "PP-DECODE-UNKNOWN-RESPONSIBLE", pfRefParticipant: "PP-DECODE-UNKNOWN-PARTICIPANT",
			pfRefBody: "PP-DECODE-UNKNOWN-BODY", pfRefActivity: "PP-DECODE-UNKNOWN-ACTIVITY",
			pfRefMunicipality: "PP-DECODE-UNKNOWN-MUNICIPALITY"}[r.kind]
		d.probs = append(d.probs, Problem{Code: code, Severity: Error, Pos: r.pos, Activity: r.activity, Text: msg.text()})
	}
}

// pfNode is a value in a plan file: what the decoder needs of a YAML node,
// in a third of yaml.Node's size. The fast parser makes pfNodes directly;
// yaml.v3's nodes are converted.
type pfNode struct {
	Kind    yaml.Kind // ScalarNode, SequenceNode or MappingNode
	null    bool      // a null scalar: ~, null or nothing
	Value   string
	Line    int
	Column  int
	Content []*pfNode
}

// pfNullWord reports whether a plain scalar is null.
func pfNullWord(s string) bool {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return true
	}
	return false
}

// pfFromYAML converts a yaml.v3 tree. Aliases become shared subtrees (memo
// maps each YAML node to its conversion), so that the conversion stays as
// small as the file; walking the tree is limited by planDecoder.node.
func pfFromYAML(n *yaml.Node, memo map[*yaml.Node]*pfNode) *pfNode {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if c, ok := memo[n]; ok {
		return c
	}
	c := &pfNode{Kind: n.Kind, Value: n.Value, Line: n.Line, Column: n.Column}
	memo[n] = c
	switch n.Kind {
	case yaml.ScalarNode:
		c.null = n.ShortTag() == "!!null"
	case yaml.MappingNode, yaml.SequenceNode:
		c.Content = make([]*pfNode, len(n.Content))
		for i, x := range n.Content {
			c.Content[i] = pfFromYAML(x, memo)
		}
	default:
		// A document inside a document, or an alias without a target:
		// neither can be read as a plan value.
		c.Kind = yaml.ScalarNode
		c.null = true
	}
	return c
}

// The fast parser.
//
// yaml.v3 reads about 10–20 MB/s, which makes a plan of 1,000 activities
// take tens of milliseconds to read. Plan files are nearly always block
// YAML of a simple kind: the kind Encode writes. pfFastParse reads that
// subset several times faster into the tree pfFromYAML would make (values,
// lines, columns, nulls) and gives up on anything else (anchors, tags, block and
// multi-line scalars, multi-line flow collections, empty values, tabs, odd
// characters), leaving it, and every syntax error, to yaml.v3. FuzzDecode
// holds the two parsers to the same trees.

// pfFastLine is a line with content: not blank, not only a comment.
type pfFastLine struct {
	num    int    // 1-based line number
	indent int    // leading spaces
	text   string // the rest, without trailing spaces
}

type pfFastParser struct {
	// text is the text not yet split into lines, num the number of the
	// last line taken from it, and cur the current line when has is set.
	text string
	num  int
	cur  pfFastLine
	has  bool
	// bad is set at a document marker or directive, which are left to
	// yaml.v3.
	bad bool
	// nodes is a slab the nodes are taken from, and stack holds the
	// children of the collections being read, so that each collection
	// gets one slice of the right size.
	nodes []pfNode
	stack []*pfNode
}

// node returns a new node with the given fields.
func (p *pfFastParser) node(n pfNode) *pfNode {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]pfNode, 0, 256)
	}
	p.nodes = append(p.nodes, n)
	return &p.nodes[len(p.nodes)-1]
}

// children moves the nodes stacked from base on into a slice of their own.
func (p *pfFastParser) children(base int) []*pfNode {
	c := slices.Clone(p.stack[base:])
	clear(p.stack[base:])
	p.stack = p.stack[:base]
	return c
}

// pfFastParse parses text into the mapping at its root, or reports ok
// false when text is outside the subset it reads.
func pfFastParse(text string) (root *pfNode, ok bool) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return nil, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		// Invalid UTF-8, C1 controls, NEL, LS and PS (line breaks to YAML),
		// byte order marks and non-characters.
		if r == utf8.RuneError || (r >= 0x80 && r <= 0x9f) || r == 0x2028 || r == 0x2029 ||
			r == 0xfeff || r == 0xfffe || r == 0xffff {
			return nil, false
		}
		i += size
	}
	p := &pfFastParser{text: text}
	first, ok := p.peek()
	if !ok || first.indent != 0 || pfFastSeqItem(first.text) {
		return nil, false
	}
	root, ok = p.mapping(0)
	if _, more := p.peek(); !ok || more || p.bad {
		return nil, false
	}
	return root, true
}

// peek returns the current line with content, splitting it off the text
// when needed; ok is false at the end.
func (p *pfFastParser) peek() (l pfFastLine, ok bool) {
	if p.has {
		return p.cur, true
	}
	for len(p.text) > 0 && !p.bad {
		p.num++
		line := p.text
		if j := strings.IndexByte(p.text, '\n'); j >= 0 {
			line, p.text = p.text[:j], p.text[j+1:]
		} else {
			p.text = ""
		}
		indent := 0
		for indent < len(line) && line[indent] == ' ' {
			indent++
		}
		content := strings.TrimRight(line[indent:], " ")
		if content == "" || content[0] == '#' {
			continue
		}
		if indent == 0 && (content[0] == '%' || strings.HasPrefix(content, "---") || strings.HasPrefix(content, "...")) {
			p.bad = true
			break
		}
		p.cur, p.has = pfFastLine{p.num, indent, content}, true
		return p.cur, true
	}
	return pfFastLine{}, false
}

// advance moves past the current line.
func (p *pfFastParser) advance() { p.has = false }

// deeper reports whether the current line is indented more than indent.
func (p *pfFastParser) deeper(indent int) bool {
	l, ok := p.peek()
	return ok && l.indent > indent
}

func pfFastSeqItem(text string) bool { return text == "-" || strings.HasPrefix(text, "- ") }

// block parses the collection that starts at the current line.
func (p *pfFastParser) block() (*pfNode, bool) {
	l, _ := p.peek()
	if pfFastSeqItem(l.text) {
		return p.sequence(l.indent)
	}
	return p.mapping(l.indent)
}

// mapping parses a block mapping whose keys stand at column indent.
func (p *pfFastParser) mapping(indent int) (*pfNode, bool) {
	first, _ := p.peek()
	m := p.node(pfNode{Kind: yaml.MappingNode, Line: first.num, Column: indent + 1})
	base := len(p.stack)
	for {
		l, ok := p.peek()
		if !ok || l.indent != indent {
			break
		}
		if pfFastSeqItem(l.text) {
			return nil, false
		}
		key, rest, restAt, ok := pfFastSplitKey(l.text)
		if !ok {
			return nil, false
		}
		k := p.node(pfNode{Kind: yaml.ScalarNode, Value: key, null: pfNullWord(key), Line: l.num, Column: indent + 1})
		p.advance()
		var v *pfNode
		if rest == "" {
			// The value is the block on the following lines: deeper, or a
			// sequence at the same indentation.
			next, ok := p.peek()
			if !ok || !(next.indent > indent || (next.indent == indent && pfFastSeqItem(next.text))) {
				return nil, false
			}
			if v, ok = p.block(); !ok {
				return nil, false
			}
		} else {
			if v, ok = p.inline(rest, l.num, indent+1+utf8.RuneCountInString(l.text[:restAt])); !ok {
				return nil, false
			}
			if p.deeper(indent) {
				return nil, false // a continuation line
			}
		}
		p.stack = append(p.stack, k, v)
	}
	m.Content = p.children(base)
	if p.deeper(indent) {
		return nil, false
	}
	return m, true
}

// sequence parses a block sequence whose dashes stand at column indent.
func (p *pfFastParser) sequence(indent int) (*pfNode, bool) {
	first, _ := p.peek()
	s := p.node(pfNode{Kind: yaml.SequenceNode, Line: first.num, Column: indent + 1})
	base := len(p.stack)
	for {
		l, ok := p.peek()
		if !ok || l.indent != indent || !pfFastSeqItem(l.text) {
			break
		}
		rest := strings.TrimLeft(l.text[1:], " ")
		if rest == "" || rest[0] == '#' || pfFastSeqItem(rest) {
			return nil, false
		}
		at := indent + len(l.text) - len(rest) // rest's indentation, in bytes = columns here
		var v *pfNode
		if _, _, _, isKey := pfFastSplitKey(rest); isKey {
			// A mapping that starts on the dash's line: read the rest of
			// the line as its first line.
			p.cur = pfFastLine{l.num, at, rest}
			if v, ok = p.mapping(at); !ok {
				return nil, false
			}
		} else {
			if v, ok = p.inline(rest, l.num, at+1); !ok {
				return nil, false
			}
			p.advance()
			if p.deeper(indent) {
				return nil, false
			}
		}
		p.stack = append(p.stack, v)
	}
	s.Content = p.children(base)
	if p.deeper(indent) {
		return nil, false
	}
	return s, true
}

// pfFastSplitKey splits "key: rest" (or "key:") into the key, the value
// text without a trailing comment, and the byte offset of the value.
func pfFastSplitKey(text string) (key, rest string, restAt int, ok bool) {
	if !pfFastPlainStart(text, false) {
		return "", "", 0, false
	}
	i := strings.Index(text, ": ")
	if i < 0 {
		if !strings.HasSuffix(text, ":") {
			return "", "", 0, false
		}
		i = len(text) - 1
	}
	key = strings.TrimRight(text[:i], " ")
	// YAML allows implicit keys of at most 1024 characters; longer ones
	// go to yaml.v3 so that both parsers reject them alike.
	if key == "" || len(key) > 1000 || strings.ContainsAny(key, "[]{},#&*!|>'\"%@`") {
		return "", "", 0, false
	}
	rest = text[i+1:]
	trimmed := strings.TrimLeft(rest, " ")
	restAt = i + 1 + len(rest) - len(trimmed)
	if trimmed == "" || trimmed[0] == '#' {
		return key, "", 0, true
	}
	return key, trimmed, restAt, true
}

// pfFastPlainStart reports whether s may begin a plain scalar.
func pfFastPlainStart(s string, flow bool) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '?', ':':
		// Allowed only before a character that is not a space (as in "-2
		// dager"); "?" and ":" are left to yaml.v3 altogether.
		return s[0] == '-' && len(s) > 1 && s[1] != ' ' && !(flow && strings.IndexByte(",[]{}", s[1]) >= 0)
	case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
		return false
	}
	return true
}

// pfFastInline parses a value written on its key's or dash's line, at
// column col: a plain or quoted scalar, or a flow collection that closes on
// the same line.
func (p *pfFastParser) inline(s string, line, col int) (*pfNode, bool) {
	switch s[0] {
	case '[', '{', '"', '\'':
		f := pfFastFlow{p: p, s: s, line: line, col0: col}
		n, ok := f.value(false)
		if !ok {
			return nil, false
		}
		// Only a comment may follow, after a space.
		rest := s[f.at:]
		if t := strings.TrimLeft(rest, " "); t != "" && (t[0] != '#' || len(t) == len(rest)) {
			return nil, false
		}
		return n, true
	}
	if !pfFastPlainStart(s, false) {
		return nil, false
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimRight(s[:i], " ")
	}
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") {
		return nil, false
	}
	return p.node(pfNode{Kind: yaml.ScalarNode, Value: s, null: pfNullWord(s), Line: line, Column: col}), true
}

// pfFastFlow reads flow values ([...], {...}, quoted and plain scalars) on
// one line.
type pfFastFlow struct {
	p    *pfFastParser
	s    string
	at   int // byte offset in s
	line int
	col0 int // column of s[0]
}

func (f *pfFastFlow) col() int { return f.col0 + utf8.RuneCountInString(f.s[:f.at]) }

func (f *pfFastFlow) spaces() {
	for f.at < len(f.s) && f.s[f.at] == ' ' {
		f.at++
	}
}

// value reads one value; inFlow is set inside brackets.
func (f *pfFastFlow) value(inFlow bool) (*pfNode, bool) {
	if f.at >= len(f.s) {
		return nil, false
	}
	line, col := f.line, f.col()
	switch f.s[f.at] {
	case '[':
		n := f.p.node(pfNode{Kind: yaml.SequenceNode, Line: line, Column: col})
		f.at++
		f.spaces()
		if f.at < len(f.s) && f.s[f.at] == ']' {
			f.at++
			return n, true
		}
		base := len(f.p.stack)
		for {
			v, ok := f.value(true)
			if !ok {
				return nil, false
			}
			f.p.stack = append(f.p.stack, v)
			f.spaces()
			if f.at >= len(f.s) {
				return nil, false
			}
			switch f.s[f.at] {
			case ',':
				f.at++
				f.spaces()
				continue
			case ']':
				f.at++
				n.Content = f.p.children(base)
				return n, true
			}
			return nil, false
		}
	case '{':
		n := f.p.node(pfNode{Kind: yaml.MappingNode, Line: line, Column: col})
		f.at++
		f.spaces()
		if f.at < len(f.s) && f.s[f.at] == '}' {
			f.at++
			return n, true
		}
		base := len(f.p.stack)
		for {
			keyAt := f.at
			k, ok := f.value(true)
			// YAML limits implicit keys to 1,024 characters; leave longer
			// ones, quoted too, to yaml.v3.
			if !ok || k.Kind != yaml.ScalarNode || f.at-keyAt > 1000 {
				return nil, false
			}
			f.spaces()
			// "key: value", with the space; "key:value" is left to yaml.v3.
			if f.at+1 >= len(f.s) || f.s[f.at] != ':' || f.s[f.at+1] != ' ' {
				return nil, false
			}
			f.at += 2
			f.spaces()
			v, ok := f.value(true)
			if !ok {
				return nil, false
			}
			f.p.stack = append(f.p.stack, k, v)
			f.spaces()
			if f.at >= len(f.s) {
				return nil, false
			}
			switch f.s[f.at] {
			case ',':
				f.at++
				f.spaces()
				continue
			case '}':
				f.at++
				n.Content = f.p.children(base)
				return n, true
			}
			return nil, false
		}
	case '"':
		return f.doubleQuoted(line, col)
	case '\'':
		end := f.at + 1
		var b strings.Builder
		for {
			j := strings.IndexByte(f.s[end:], '\'')
			if j < 0 {
				return nil, false
			}
			b.WriteString(f.s[end : end+j])
			end += j + 1
			if end < len(f.s) && f.s[end] == '\'' {
				b.WriteByte('\'')
				end++
				continue
			}
			break
		}
		f.at = end
		return f.p.node(pfNode{Kind: yaml.ScalarNode, Value: b.String(), Line: line, Column: col}), true
	}
	if !inFlow || !pfFastPlainStart(f.s[f.at:], true) {
		return nil, false
	}
	// A plain scalar in a flow collection ends at , ] } or a comment; ": "
	// would make it a key, which is left to yaml.v3.
	start := f.at
	for f.at < len(f.s) {
		c := f.s[f.at]
		if c == ',' || c == ']' || c == '}' || c == '[' || c == '{' {
			break
		}
		if c == ':' && (f.at+1 == len(f.s) || strings.IndexByte(" ,]}", f.s[f.at+1]) >= 0) {
			break
		}
		if c == '#' && f.s[f.at-1] == ' ' {
			return nil, false
		}
		// yaml.v3 (libyaml) ends a flow scalar at "?" too; leave such
		// text to it, so that both parsers agree.
		if c == '?' {
			return nil, false
		}
		f.at++
	}
	v := strings.TrimRight(f.s[start:f.at], " ")
	// As for block keys: a scalar that could be an implicit key over
	// YAML's 1,024-character limit is left to yaml.v3.
	if v == "" || len(v) > 1000 || (f.at < len(f.s) && (f.s[f.at] == '[' || f.s[f.at] == '{')) {
		return nil, false
	}
	return f.p.node(pfNode{Kind: yaml.ScalarNode, Value: v, null: pfNullWord(v), Line: line, Column: col}), true
}

// pfFastEscapes are YAML's one-character escapes in double quotes.
var pfFastEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", 'n': "\n", 'v': "\v", 'f': "\f", 'r': "\r",
	'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\", 'N': "\u0085", '_': "\u00a0",
	'L': "\u2028", 'P': "\u2029",
}

func (f *pfFastFlow) doubleQuoted(line, col int) (*pfNode, bool) {
	var b strings.Builder
	i := f.at + 1
	for {
		if i >= len(f.s) {
			return nil, false
		}
		c := f.s[i]
		switch c {
		case '"':
			f.at = i + 1
			return f.p.node(pfNode{Kind: yaml.ScalarNode, Value: b.String(), Line: line, Column: col}), true
		case '\\':
			if i+1 >= len(f.s) {
				return nil, false
			}
			e := f.s[i+1]
			if r, ok := pfFastEscapes[e]; ok {
				b.WriteString(r)
				i += 2
				continue
			}
			digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if digits == 0 || i+2+digits > len(f.s) {
				return nil, false
			}
			v, err := strconv.ParseUint(f.s[i+2:i+2+digits], 16, 32)
			if err != nil || !utf8.ValidRune(rune(v)) {
				return nil, false
			}
			b.WriteRune(rune(v))
			i += 2 + digits
		default:
			b.WriteByte(c)
			i++
		}
	}
}
