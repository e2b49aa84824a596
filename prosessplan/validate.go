package prosessplan

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SetDefaults fills in what a plan file may leave out: målform bokmål,
// status utkast (vedtatt when an adoption date is given), activity status
// ikke-startet, and the kind
// politisk-behandling of an activity with a decision but no kind. Decode
// calls it, and NewSchedule schedules a plan made in Go as if it had been
// called (without changing the caller's plan). Fields already set are left
// alone, so calling it twice changes nothing.
func (p *Plan) SetDefaults() {
	if p == nil {
		return
	}
	if p.Language == "" {
		p.Language = Bokmal
	}
	if p.Status == "" {
		p.Status = Draft
		if !p.AdoptedDate.IsZero() {
			p.Status = Adopted
		}
	}
	for i := range p.Phases {
		for j := range p.Phases[i].Activities {
			a := &p.Phases[i].Activities[j]
			if a.Status == "" {
				a.Status = NotStarted
			}
			if a.Kind == "" && a.Decision != nil {
				a.Kind = PoliticalDecision
			}
		}
	}
}

// needsDefaults reports whether SetDefaults would change p.
func (p *Plan) needsDefaults() bool {
	if p.Language == "" || p.Status == "" {
		return true
	}
	for i := range p.Phases {
		for j := range p.Phases[i].Activities {
			a := &p.Phases[i].Activities[j]
			if a.Status == "" || a.Kind == "" && a.Decision != nil {
				return true
			}
		}
	}
	return false
}

// withDefaults returns p when it needs no defaults, and otherwise a copy
// of p (its phases and activities copied, the rest shared) with them, so
// that scheduling never writes to the caller's plan.
func withDefaults(p *Plan) *Plan {
	if !p.needsDefaults() {
		return p
	}
	q := *p
	q.Phases = slices.Clone(p.Phases)
	for i := range q.Phases {
		q.Phases[i].Activities = slices.Clone(q.Phases[i].Activities)
	}
	q.SetDefaults()
	return &q
}

// maxNoticeDays is the largest saksfrist-dager a plan file may give.
const maxNoticeDays = 1_000_000

// Longest durations a plan may give, in each unit: a hundred years. Longer
// ones are mistakes, and would take the calendar past what documents can
// show.
var maxDuration = map[DurationUnit]int{
	Days:        36_525,
	WorkingDays: 25_000,
	Weeks:       5_218,
	Minutes:     52_560_000,
}

// validate checks what every plan must satisfy however it was made:
// required fields, known values of the enumerated fields, unique ids,
// references that name something, real dates, sensible durations and texts
// without control characters. Duplicate activity numbers, unknown
// predecessors and unknown deciding bodies are left to NewSchedule, which
// reports them.
func validate(p *Plan) Problems {
	if p == nil {
		return Problems{nilPlanProblem()}
	}
	v := &validator{p: p}
	v.plan()
	return v.probs
}

func nilPlanProblem() Problem {
	return Problem{Code: CodePlanNil, Severity: SeverityError, Text: Text{
		"ingen plan (nil) — les en planfil med Decode eller lag en Plan",
		"ingen plan (nil) — les ei planfil med Decode eller lag ein Plan",
		"no plan (nil) — read a plan file with Decode or make a Plan"}.Map()}
}

type validator struct {
	p     *Plan
	probs Problems
	// acts and parties are made when first needed (hasActivity,
	// partyIDs), once and not for each activity that asks: a big plan
	// asked thousands of times.
	acts       map[string]bool
	parties    []string
	hasParties bool
}

// hasActivity reports whether the plan has an activity numbered id, as
// Plan.Activity(id) != nil does.
func (v *validator) hasActivity(id string) bool {
	if v.acts == nil {
		v.acts = map[string]bool{}
		for i := range v.p.Phases {
			for j := range v.p.Phases[i].Activities {
				v.acts[v.p.Phases[i].Activities[j].ID] = true
			}
		}
	}
	return v.acts[id]
}

// partyIDs returns the IDs of the plan's people, groups and bodies.
func (v *validator) partyIDs() []string {
	if !v.hasParties {
		p := v.p
		for _, x := range p.People {
			v.parties = append(v.parties, x.ID)
		}
		for _, x := range p.Groups {
			v.parties = append(v.parties, x.ID)
		}
		for _, x := range p.Bodies {
			v.parties = append(v.parties, x.ID)
		}
		v.hasParties = true
	}
	return v.parties
}

func (v *validator) add(code string, pos Pos, act string, t Text) {
	v.probs = append(v.probs, Problem{Code: code, Severity: SeverityError, Pos: pos, Activity: act, Text: t.Map()})
}

// missing reports an empty required field, named by its key in the file.
func (v *validator) missing(pos Pos, act, key string, what Text) {
	v.add(CodePlanMissing, pos, act, joinText(textf(Text{
		"«%s» mangler — ", "«%s» manglar — ", "\"%s\" is missing — "}, key), what))
}

// value reports that field key holds a value not in e.
func (v *validator) value(pos Pos, act, key, val string, e enum) {
	if val == "" || slices.Contains(e.values, val) {
		return
	}
	vals := strings.Join(e.values, ", ")
	v.add(CodePlanValue, pos, act, joinText(textf(Text{
		"«%s»: ukjent %s «%s» — bruk en av: ", "«%s»: ukjend %s «%s» — bruk ein av: ",
		"\"%s\": unknown %s \"%s\" — use one of: "}, key, e.name, val), Text{vals, vals, vals}))
}

func (v *validator) date(pos Pos, act, key string, d Date) {
	if d.IsZero() {
		return
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) || d.Year < 1 || d.Year > 9999 {
		v.add(CodePlanDate, pos, act, textf(Text{
			"«%s»: %04d-%02d-%02d er ikke en dato som finnes — rett datoen",
			"«%s»: %04d-%02d-%02d er ikkje ein dato som finst — rett datoen",
			"\"%s\": %04d-%02d-%02d is not a date that exists — correct the date"}, key, d.Year, int(d.Month), d.Day))
	}
}

func (v *validator) clock(pos Pos, act, key string, t Time) {
	if t.IsZero() && (t.HasClock || t.Minute != 0) {
		v.add(CodePlanDate, pos, act, textf(Text{
			"«%s» har klokkeslett, men ingen dato — skriv datoen også",
			"«%s» har klokkeslett, men ingen dato — skriv datoen òg",
			"\"%s\" has a time of day but no date — give the date too"}, key))
		return
	}
	v.date(pos, act, key, t.Date)
	if t.HasClock && (t.Minute < 0 || t.Minute >= 24*60) || !t.HasClock && t.Minute != 0 {
		v.add(CodePlanDate, pos, act, textf(Text{
			"«%s»: klokkeslettet er ugyldig — bruk et klokkeslett fra 00:00 til 23:59",
			"«%s»: klokkeslettet er ugyldig — bruk eit klokkeslett frå 00:00 til 23:59",
			"\"%s\": the time of day is invalid — use a time from 00:00 to 23:59"}, key))
	}
}

func (v *validator) duration(pos Pos, act, key string, d Duration, lag bool) {
	if d.IsZero() {
		return
	}
	limit, ok := maxDuration[d.Unit]
	switch {
	case !ok:
		v.add(CodePlanDate, pos, act, textf(Text{
			"«%s»: ukjent enhet — bruk dager, virkedager, uker eller minutter",
			"«%s»: ukjend eining — bruk dagar, vyrkedagar, veker eller minutt",
			"\"%s\": unknown unit — use days, working days, weeks or minutes"}, key))
	case d.N > limit || d.N < -limit:
		v.add(CodePlanDate, pos, act, durationTooLong(d.String(), limit, d.Unit))
	case d.N <= 0 && !lag:
		v.add(CodePlanDate, pos, act, textf(Text{
			"«%s» må være større enn null — skriv hvor lenge aktiviteten varer",
			"«%s» må vere større enn null — skriv kor lenge aktiviteten varer",
			"\"%s\" must be greater than zero — write how long the activity lasts"}, key))
	}
}

// durationTooLong says that duration s is longer than limit of unit.
func durationTooLong(s string, limit int, unit DurationUnit) Text {
	return textf(Text{
		"varigheten «%s» er for lang — en plan kan ha varigheter på høyst 100 år (%d %s)",
		"varigheita «%s» er for lang — ein plan kan ha varigheiter på høgst 100 år (%d %s)",
		"the duration \"%s\" is too long — a plan's durations can be at most 100 years (%d %s)"},
		s, limit, unitWord(unit))
}

// unitWord names the unit u in the plural.
func unitWord(u DurationUnit) Text {
	switch u {
	case WorkingDays:
		return Text{"virkedager", "vyrkedagar", "working days"}
	case Weeks:
		return Text{"uker", "veker", "weeks"}
	case Minutes:
		return Text{"minutter", "minutt", "minutes"}
	}
	return Text{"dager", "dagar", "days"}
}

// text reports a control character in a text of the plan: it would reach
// terminals and documents raw (an escape sequence can rewrite a terminal).
func (v *validator) text(pos Pos, act, key string, ss ...string) {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			// Encode would have to replace the bytes, and the plan would
			// not read back as it was.
			v.add(CodePlanText, pos, act, textf(Text{
				"«%s» er ikke gyldig UTF-8-tekst — les teksten inn som UTF-8",
				"«%s» er ikkje gyldig UTF-8-tekst — les teksten inn som UTF-8",
				"\"%s\" is not valid UTF-8 text — read the text in as UTF-8"}, key))
			return
		}
		if r, ok := controlChar(s); ok {
			v.add(CodePlanText, pos, act, controlText(Text{"«" + key + "»", "«" + key + "»", `"` + key + `"`}, r))
			return
		}
	}
}

// controlChar returns the first control character of s other than tab and
// line break, or a character that reorders text (bidirectional controls).
func controlChar(s string) (rune, bool) {
	for _, r := range s {
		if r == '\t' || r == '\n' {
			continue
		}
		if unicode.IsControl(r) || isBidiControl(r) {
			return r, true
		}
	}
	return 0, false
}

// isBidiControl reports the characters that reorder the text around them
// on screen, so that what is shown is not what is stored.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// controlText says that the value named by what holds control character r.
func controlText(what Text, r rune) Text {
	return joinText(what, textf(Text{
		" har et usynlig kontrolltegn (%s) — slett det (det kommer ofte med tekst limt inn fra et annet program)",
		" har eit usynleg kontrollteikn (%s) — slett det (det kjem ofte med tekst limt inn frå eit anna program)",
		" holds an invisible control character (%s) — delete it (it often comes with text pasted from another program)"},
		runeName(r)))
}

// runeName names a character for a planner who cannot see it: its code
// point and, for the usual suspects, its name.
func runeName(r rune) string {
	names := map[rune]string{
		0x00: "NUL", 0x07: "BEL", 0x08: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE",
		0x00AD: "SOFT HYPHEN", 0x034F: "COMBINING GRAPHEME JOINER", 0x061C: "ARABIC LETTER MARK",
		0x180E: "MONGOLIAN VOWEL SEPARATOR", 0x200B: "ZERO WIDTH SPACE", 0x200C: "ZERO WIDTH NON-JOINER",
		0x200D: "ZERO WIDTH JOINER", 0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK",
		0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
		0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2060: "WORD JOINER",
		0x2066: "LEFT-TO-RIGHT ISOLATE", 0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE",
		0x2069: "POP DIRECTIONAL ISOLATE", 0xFEFF: "ZERO WIDTH NO-BREAK SPACE (BOM)",
	}
	if n, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// invisibleChar returns the first character of s that shows as nothing:
// a control, format (zero-width, bidi) or other invisible character.
func invisibleChar(s string) (rune, bool) {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) ||
			r == 0x034F || r == 0x180E || r == 0x3164 || r == 0x115F || r == 0x1160 {
			return r, true
		}
	}
	return 0, false
}

// What to write for each required field, said by Decode and by validate
// alike after «… mangler — ».
var (
	hintTitle = Text{"gi planen en tittel, f.eks. «tittel: Boligplan 2018–2021»",
		"gi planen ein tittel, t.d. «tittel: Bustadplan 2018–2021»",
		"give the plan a title, e.g. \"tittel: Boligplan 2018–2021\""}
	hintPersonID = Text{"gi personen en kort id, f.eks. «id: prosjektleder»",
		"gi personen ein kort id, t.d. «id: prosjektleiar»",
		"give the person a short id, e.g. \"id: prosjektleder\""}
	hintGroupID = Text{"gi gruppen en kort id, f.eks. «id: prosjektgruppe»",
		"gi gruppa ein kort id, t.d. «id: prosjektgruppe»",
		"give the group a short id, e.g. \"id: prosjektgruppe\""}
	hintBodyID = Text{"gi organet en kort id, f.eks. «id: bystyret»",
		"gi organet ein kort id, t.d. «id: kommunestyret»",
		"give the body a short id, e.g. \"id: bystyret\""}
	hintActivityNr = Text{"gi aktiviteten et nummer, f.eks. «nr: 1.3»",
		"gi aktiviteten eit nummer, t.d. «nr: 1.3»",
		"give the activity a number, e.g. \"nr: 1.3\""}
	hintDependencyNr = Text{"skriv nummeret til aktiviteten det skal ventes på, f.eks. «nr: 1.2»",
		"skriv nummeret til aktiviteten det skal ventast på, t.d. «nr: 1.2»",
		"write the number of the activity to wait for, e.g. \"nr: 1.2\""}
	hintDecisionBody = Text{"skriv id-en til organet som vedtar, f.eks. «organ: bystyret»",
		"skriv id-en til organet som vedtek, t.d. «organ: kommunestyret»",
		"write the id of the deciding body, e.g. \"organ: bystyret\""}
	hintClosureFrom = Text{"skriv første stengte dag, f.eks. «fra: 2017-12-27»",
		"skriv første stengde dag, t.d. «fra: 2017-12-27»",
		"write the first closed day, e.g. \"fra: 2017-12-27\""}
)

// hintDecisionKind lists the decision types to choose from.
func hintDecisionKind() Text {
	vals := strings.Join(enumDecisionKind.values, ", ")
	return Text{"skriv hva som skal vedtas: " + vals, "skriv kva som skal vedtakast: " + vals,
		"write what is to be decided: " + vals}
}

var idHint = map[string]Text{"person": hintPersonID, "gruppe": hintGroupID, "organ": hintBodyID}

func (v *validator) plan() {
	p := v.p
	if strings.TrimSpace(p.Title) == "" {
		v.missing(p.Pos, "", "tittel", hintTitle)
	}
	v.value(p.Pos, "", "plantype", string(p.Type), enumPlanType)
	v.value(p.Pos, "", "målform", string(p.Language), enumLanguage)
	v.value(p.Pos, "", "status", string(p.Status), enumPlanStatus)
	v.date(p.Pos, "", "vedtatt-dato", p.AdoptedDate)
	v.date(p.Pos, "", "dato", p.Date)
	v.date(p.Pos, "", "kommunestyre-konstituert", p.CouncilConstituted)
	v.text(p.Pos, "", "tittel", p.Title, p.Municipality, p.Unit, p.CaseNumber, p.CaseOfficer, p.Version,
		p.AdoptedBy, p.DesiredResult)
	for _, ss := range [][]string{p.Background, p.Mandate, p.Goals, p.TargetAreas, p.LegalBasis, p.SuccessFactors} {
		v.text(p.Pos, "", "tekst", ss...)
	}

	ids := map[string]bool{}
	id := func(pos Pos, kind, s string) {
		// Decode trims white space around values, so ids are compared as
		// it will read them.
		s = strings.TrimSpace(s)
		if s == "" {
			v.missing(pos, "", "id", idHint[kind])
			return
		}
		if ids[s] {
			v.add(CodePlanDuplicate, pos, "", textf(Text{
				"id «%s» er brukt før — personer, grupper og organer trenger hver sin id",
				"id «%s» er brukt før — personar, grupper og organ treng kvar sin id",
				"the id \"%s\" is used before — people, groups and bodies need an id each"}, s))
		}
		ids[s] = true
	}
	for _, x := range p.People {
		id(x.Pos, "person", x.ID)
		v.text(x.Pos, "", "personer", x.ID, x.Name, x.Title, x.Unit, x.Email)
	}
	for _, g := range p.Groups {
		id(g.Pos, "gruppe", g.ID)
		v.value(g.Pos, "", "type", string(g.Kind), enumGroupKind)
		v.text(g.Pos, "", "grupper", g.ID, g.Name, g.Responsibility)
		if g.Leader != "" && p.Person(g.Leader) == nil {
			v.ref(g.Pos, "", "leder", g.Leader)
		}
		for _, m := range g.Members {
			if m.Person != "" && p.Person(m.Person) == nil {
				v.ref(m.Pos, "", "person", m.Person)
			}
			v.text(m.Pos, "", "medlemmer", m.Person, m.Name, m.Organisation, m.Role)
		}
	}
	for _, b := range p.Bodies {
		id(b.Pos, "organ", b.ID)
		v.value(b.Pos, "", "type", string(b.Kind), enumBodyKind)
		v.text(b.Pos, "", "organer", b.ID, b.Name)
		if b.NoticeDays < 0 || b.NoticeDays > maxNoticeDays {
			v.add(CodePlanValue, b.Pos, "", textf(Text{
				"«saksfrist-dager» må være et tall fra 0 til %d", "«saksfrist-dager» må vere eit tal frå 0 til %d",
				"\"saksfrist-dager\" must be a number from 0 to %d"}, maxNoticeDays))
		}
		for _, m := range b.Meetings {
			v.date(b.Pos, "", "møter", m)
		}
	}
	phases := map[string]bool{}
	for _, ph := range p.Phases {
		if id := strings.TrimSpace(ph.ID); id != "" {
			if phases[id] {
				v.add(CodePlanDuplicate, ph.Pos, "", textf(Text{
					"fase-id «%s» er brukt før — gi hver fase en egen id",
					"fase-id «%s» er brukt før — gi kvar fase ein eigen id",
					"the phase id \"%s\" is used before — give each phase its own id"}, ph.ID))
			}
			phases[id] = true
		}
		v.date(ph.Pos, "", "start", ph.Start)
		v.date(ph.Pos, "", "slutt", ph.End)
		v.text(ph.Pos, "", "faser", ph.ID, ph.Name, ph.Description)
		for i := range ph.Activities {
			v.activity(&ph.Activities[i])
		}
	}
	for _, x := range p.Participation {
		v.text(x.Pos, "", "medvirkning", x.Who, x.How, x.When, x.Why)
		for _, a := range x.Activities {
			if !v.hasActivity(a) {
				v.ref(x.Pos, "", "aktiviteter", a)
			}
		}
	}
	for _, r := range p.Risks {
		v.text(r.Pos, "", "risikoer", r.Description, r.Consequence, r.Mitigation)
	}
	for _, r := range p.Resources {
		v.text(r.Pos, "", "ressurser", r.What, r.Amount, r.Comment)
	}
	for _, a := range p.Attachments {
		v.text(a.Pos, "", "vedlegg", a.Title, a.Reference)
	}
	v.calendar(&p.Calendar)
}

func (v *validator) activity(a *Activity) {
	p := v.p
	if strings.TrimSpace(a.ID) == "" {
		v.missing(a.Pos, "", "nr", hintActivityNr)
	}
	v.value(a.Pos, a.ID, "type", string(a.Kind), enumActivityKind)
	v.value(a.Pos, a.ID, "status", string(a.Status), enumActivityStatus)
	v.clock(a.Pos, a.ID, "start", a.Start)
	v.clock(a.Pos, a.ID, "slutt", a.End)
	v.duration(a.Pos, a.ID, "varighet", a.Duration, false)
	v.text(a.Pos, a.ID, "aktiviteter", a.ID, a.Name, a.Purpose, a.Responsible, a.Deliverable, a.Comment)
	v.text(a.Pos, a.ID, "deltakere", a.Participants...)
	// ansvarlig and deltakere may name parties outside the organisation
	// («Innbyggere», «Kommunestyret») as text; what looks like a mistyped
	// id is refused, by the rule Decode uses.
	v.text(a.Pos, a.ID, "ansvarlig", a.AlsoResponsible...)
	party := func(key, x string) {
		if x != "" && !p.Known(x) && !freeParty(x, v.partyIDs()) {
			v.ref(a.Pos, a.ID, key, x)
		}
	}
	for _, x := range a.ResponsibleParties() {
		party("ansvarlig", x)
	}
	for _, x := range a.Participants {
		party("deltakere", x)
	}
	for _, dep := range a.After {
		if strings.TrimSpace(dep.ID) == "" {
			v.missing(dep.Pos, a.ID, "nr", hintDependencyNr)
		}
		v.duration(dep.Pos, a.ID, "etterslep", dep.Lag, true)
	}
	x := a.Decision
	if x == nil {
		return
	}
	switch a.Kind {
	case "", PoliticalDecision, Milestone, Meeting, Workshop, PublicMeeting:
	default:
		v.add(CodePlanValue, a.Pos, a.ID, textf(Text{
			"«vedtak» hører bare til aktiviteter av typen politisk-behandling, milepæl, møte, arbeidsverksted eller folkemøte, ikke %s",
			"«vedtak» høyrer berre til aktivitetar av typen politisk-behandling, milepæl, møte, arbeidsverksted eller folkemøte, ikkje %s",
			"\"vedtak\" belongs only to activities of type politisk-behandling, milepæl, møte, arbeidsverksted or folkemøte, not %s"}, string(a.Kind)))
	}
	pos := x.Pos
	if pos == (Pos{}) {
		pos = a.Pos
	}
	if x.Kind == "" {
		v.missing(pos, a.ID, "type", hintDecisionKind())
	}
	v.value(pos, a.ID, "type", string(x.Kind), enumDecisionKind)
	if strings.TrimSpace(x.Body) == "" {
		v.missing(pos, a.ID, "organ", hintDecisionBody)
	}
	for _, r := range x.Route {
		if p.Body(r) == nil {
			v.ref(pos, a.ID, "saksgang", r)
		}
	}
	if x.Hearing != "" && !v.hasActivity(x.Hearing) {
		v.ref(pos, a.ID, "høring", x.Hearing)
	}
	v.date(pos, a.ID, "møte", x.Meeting)
	v.text(pos, a.ID, "vedtak", x.Summary)
	v.text(pos, a.ID, "innstilling", x.Proposal...)
}

func (v *validator) ref(pos Pos, act, key, id string) {
	v.add(CodePlanReference, pos, act, textf(Text{
		"«%s»: «%s» finnes ikke i planen — bruk id-en eller nummeret til noe som er definert i planen",
		"«%s»: «%s» finst ikkje i planen — bruk id-en eller nummeret til noko som er definert i planen",
		"\"%s\": \"%s\" is not in the plan — use the id or number of something defined in the plan"}, key, id))
}

func (v *validator) calendar(c *CalendarSettings) {
	summer := c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0
	if summer {
		for _, md := range [][2]int{{c.SummerFromMonth, c.SummerFromDay}, {c.SummerToMonth, c.SummerToDay}} {
			if md[0] < 1 || md[0] > 12 || md[1] < 1 || md[1] > daysIn(2000, time.Month(md[0])) {
				v.add(CodePlanDate, v.p.Pos, "", textf(Text{
					"«fellesferie»: %02d.%02d er ikke en dag i året — skriv dag og måned, f.eks. 01.07",
					"«fellesferie»: %02d.%02d er ikkje ein dag i året — skriv dag og månad, t.d. 01.07",
					"\"fellesferie\": %02d.%02d is not a day of the year — write day and month, e.g. 01.07"}, md[1], md[0]))
				break
			}
		}
	}
	for _, cl := range c.Closures {
		if cl.Range.From.IsZero() {
			v.missing(cl.Pos, "", "fra", hintClosureFrom)
		}
		v.date(cl.Pos, "", "fra", cl.Range.From)
		v.date(cl.Pos, "", "til", cl.Range.To)
		v.text(cl.Pos, "", "stengt", cl.Name)
	}
}
