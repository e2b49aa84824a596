package prosessplan

import (
	"strings"
)

// enum describes one enumerated field: its canonical values (those of the
// constants in plan.go) and the other spellings accepted for them.
type enum struct {
	name   Text
	values []string
	// extra maps other accepted spellings (short forms, older words) to
	// the canonical value. ASCII spellings of all of them are added by lookup.
	extra map[string]string
	// nn maps a canonical value to its nynorsk word, where that differs:
	// the word Encode writes in a plan of målform nn, as a planner writing
	// nynorsk does. Each is an accepted spelling too, so it reads back.
	nn map[string]string
	// spell maps every accepted spelling to its canonical value; it is
	// built once, when the package is initialised, and only read after.
	spell map[string]string
}

var (
	enumPlanType = enum{
		name: Text{"plantype", "plantype", "plan type"},
		values: []string{string(Temaplan), string(Kommunedelplan), string(KommuneplanSamfunn),
			string(KommuneplanAreal), string(Planstrategi), string(Reguleringsplan), string(Kjoreplan)},
		extra: map[string]string{
			"fagplan":      string(Temaplan),
			"planstrategi": string(Planstrategi),
		},
		nn: map[string]string{
			string(Kjoreplan):          "køyreplan",
			string(KommuneplanSamfunn): "kommuneplanen-sin-samfunnsdel",
			string(KommuneplanAreal):   "kommuneplanen-sin-arealdel",
		},
	}.withSpellings()
	enumLanguage = enum{
		name:   Text{"målform", "målform", "written standard (målform)"},
		values: []string{string(Bokmal), string(Nynorsk), string(English)},
		extra: map[string]string{"bokmål": string(Bokmal), "nynorsk": string(Nynorsk),
			"engelsk": string(English), "english": string(English)},
	}.withSpellings()
	enumPlanStatus = enum{
		name:   Text{"planstatus", "planstatus", "plan status"},
		values: []string{string(Draft), string(Adopted)},
		extra:  map[string]string{"vedteke": string(Adopted)},
		nn:     map[string]string{string(Adopted): "vedteken"},
	}.withSpellings()
	enumActivityKind = enum{
		name: Text{"aktivitetstype", "aktivitetstype", "activity type"},
		values: []string{string(Work), string(Meeting), string(Workshop), string(PublicMeeting),
			string(Hearing), string(PoliticalDecision), string(Deadline), string(Milestone),
			string(Notice), string(Survey), string(InputRound), string(Mediation)},
		extra: map[string]string{
			"varsel-om-oppstart": string(Notice),
			"kunngjøring":        string(Notice),
			"kunngjering":        string(Notice),
			"verksted":           string(Workshop),
			"verkstad":           string(Workshop),
		},
		nn: map[string]string{
			string(Survey):            "spørjeundersøking",
			string(InputRound):        "innspelsrunde",
			string(Workshop):          "arbeidsverkstad",
			string(Hearing):           "høyring",
			string(PoliticalDecision): "politisk-handsaming",
			string(Milestone):         "milestolpe",
		},
	}.withSpellings()
	enumActivityStatus = enum{
		name: Text{"aktivitetsstatus", "aktivitetsstatus", "activity status"},
		values: []string{string(NotStarted), string(InProgress), string(Done), string(Postponed),
			string(Cancelled)},
		nn: map[string]string{string(NotStarted): "ikkje-starta", string(Postponed): "utsett"},
	}.withSpellings()
	enumGroupKind = enum{
		name: Text{"gruppetype", "gruppetype", "group type"},
		values: []string{string(SteeringGroup), string(ProjectGroup), string(WorkingGroup),
			string(ReferenceGroup), string(OtherGroup)},
		nn: map[string]string{string(OtherGroup): "anna"},
	}.withSpellings()
	enumBodyKind = enum{
		name: Text{"organtype", "organtype", "body type"},
		values: []string{string(MunicipalCouncil), string(ExecutiveBoard), string(Committee),
			string(ElderlyCouncil), string(DisabilityCouncil), string(YouthCouncil),
			string(SubMunicipal), string(Administrative), string(OtherBody)},
		extra: map[string]string{
			"bystyre":                  string(MunicipalCouncil),
			"komité":                   string(Committee),
			"komite":                   string(Committee),
			"hovudutval":               string(Committee),
			"hovedutvalg":              string(Committee),
			"råd-for-funksjonshemmede": string(DisabilityCouncil),
		},
		nn: map[string]string{
			string(Committee):         "utval",
			string(DisabilityCouncil): "råd-for-personar-med-funksjonsnedsetjing",
			string(SubMunicipal):      "kommunedelsutval",
			string(OtherBody):         "anna",
		},
	}.withSpellings()
	enumObjectionStatus = enum{
		name:   Text{"innsigelsesstatus", "motsegnstatus", "objection status"},
		values: []string{string(ObjectionOpen), string(ObjectionResolved), string(ObjectionWithdrawn)},
		nn:     map[string]string{string(ObjectionOpen): "uløyst", string(ObjectionResolved): "løyst", string(ObjectionWithdrawn): "trekt"},
	}.withSpellings()
	enumBool = enum{
		name:   Text{"ja/nei-verdi", "ja/nei-verdi", "yes/no value"},
		values: []string{"true", "false"},
		extra:  map[string]string{"ja": "true", "nei": "false", "yes": "true", "no": "false"},
	}.withSpellings()
	enumDecisionKind = enum{
		name: Text{"vedtakstype", "vedtakstype", "decision type"},
		values: []string{string(StartNotice), string(ProcessPlanApproval), string(PlanProgramFixing),
			string(HearingDecision), string(FinalDecision), string(Briefing)},
		nn: map[string]string{
			string(PlanProgramFixing): "fastsetjing-av-planprogram",
			string(HearingDecision):   "utlegging-til-høyring",
			string(FinalDecision):     "sluthandsaming",
		},
	}.withSpellings()
)

// word returns how a plan of language l writes the canonical value v: its
// nynorsk word in a nynorsk plan, where it has one, else v itself.
func (e *enum) word(v string, l Language) string {
	if l == Nynorsk {
		if w, ok := e.nn[v]; ok {
			return w
		}
	}
	return v
}

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
	for v, s := range e.nn {
		add(s, v)
	}
	e.spell = m
	return e
}
