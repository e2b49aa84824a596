package prosessplan

import (
	"strings"
)

// enum describes one enumerated field: its canonical values (those of the
// constants in plan.go) and the other spellings accepted for them.
type enum struct {
	name   langText
	values []string
	// extra maps other accepted spellings (nynorsk, short forms) to the
	// canonical value. ASCII spellings of all of them are added by lookup.
	extra map[string]string
	// spell maps every accepted spelling to its canonical value; it is
	// built once, when the package is initialised, and only read after.
	spell map[string]string
}

var (
	enumPlanType = enum{
		name: langText{"plantype", "plantype", "plan type"},
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
	enumLanguage = enum{
		name:   langText{"målform", "målform", "written standard (målform)"},
		values: []string{string(Bokmal), string(Nynorsk), string(English)},
		extra: map[string]string{"bokmål": string(Bokmal), "nynorsk": string(Nynorsk),
			"engelsk": string(English), "english": string(English)},
	}.withSpellings()
	enumPlanStatus = enum{
		name:   langText{"planstatus", "planstatus", "plan status"},
		values: []string{string(Draft), string(Adopted)},
		extra:  map[string]string{"vedteken": string(Adopted), "vedteke": string(Adopted)},
	}.withSpellings()
	enumActivityKind = enum{
		name: langText{"aktivitetstype", "aktivitetstype", "activity type"},
		values: []string{string(Work), string(Meeting), string(Workshop), string(PublicMeeting),
			string(Hearing), string(PoliticalDecision), string(Deadline), string(Milestone),
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
			"politisk-handsaming": string(PoliticalDecision),
			"milestolpe":          string(Milestone),
		},
	}.withSpellings()
	enumActivityStatus = enum{
		name: langText{"aktivitetsstatus", "aktivitetsstatus", "activity status"},
		values: []string{string(NotStarted), string(InProgress), string(Done), string(Postponed),
			string(Cancelled)},
		extra: map[string]string{"ikkje-starta": string(NotStarted), "utsett": string(Postponed)},
	}.withSpellings()
	enumGroupKind = enum{
		name: langText{"gruppetype", "gruppetype", "group type"},
		values: []string{string(SteeringGroup), string(ProjectGroup), string(WorkingGroup),
			string(ReferenceGroup), string(OtherGroup)},
		extra: map[string]string{"anna": string(OtherGroup)},
	}.withSpellings()
	enumBodyKind = enum{
		name: langText{"organtype", "organtype", "body type"},
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
	enumObjectionStatus = enum{
		name:   langText{"innsigelsesstatus", "motsegnstatus", "objection status"},
		values: []string{string(ObjectionOpen), string(ObjectionResolved), string(ObjectionWithdrawn)},
		extra:  map[string]string{"uløyst": string(ObjectionOpen), "løyst": string(ObjectionResolved), "trekt": string(ObjectionWithdrawn)},
	}.withSpellings()
	enumBool = enum{
		name:   langText{"ja/nei-verdi", "ja/nei-verdi", "yes/no value"},
		values: []string{"true", "false"},
		extra:  map[string]string{"ja": "true", "nei": "false", "yes": "true", "no": "false"},
	}.withSpellings()
	enumDecisionKind = enum{
		name: langText{"vedtakstype", "vedtakstype", "decision type"},
		values: []string{string(StartNotice), string(ProcessPlanApproval), string(PlanProgramFixing),
			string(HearingDecision), string(FinalDecision), string(Briefing)},
		extra: map[string]string{
			"fastsetjing-av-planprogram": string(PlanProgramFixing),
			"utlegging-til-høyring":      string(HearingDecision),
			"sluthandsaming":             string(FinalDecision),
		},
	}.withSpellings()
)

// normWord folds an enum value as written ("Politisk behandling") to the
// file's form ("politisk-behandling").
func normWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '\t'
	}), "-")
}

// asciiSpellings returns the ASCII spellings of s: æ ø å as ae oe aa and as a o a.
func asciiSpellings(s string) []string {
	return []string{asciiLong.Replace(s), asciiShort.Replace(s)}
}

var (
	asciiLong  = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "é", "e")
	asciiShort = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "é", "e")
	folder     = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "é", "e", "_", "-", " ", "-")
)

// spellings returns every accepted spelling of the enum mapped to its
// canonical value.
func (e enum) spellings() map[string]string { return e.spell }

// withSpellings returns e with its table of spellings.
func (e enum) withSpellings() enum {
	m := map[string]string{}
	add := func(s, v string) {
		m[s] = v
		for _, a := range asciiSpellings(s) {
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
