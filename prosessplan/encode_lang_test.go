package prosessplan

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// A nynorsk plan is written back with the nynorsk words its planner uses
// («høyring», «sluthandsaming», «vedteken») and reads back to the same
// plan; a bokmål plan keeps the bokmål words. The keys are the format's
// in both.
func TestEncodeNynorskValues(t *testing.T) {
	plan := func(l Language) *Plan {
		return &Plan{Title: "Landbruksplan", Type: KommuneplanSamfunn, Language: l, Status: Adopted,
			Groups: []Group{{ID: "g", Name: "Gruppa", Kind: OtherGroup}},
			Bodies: []Body{
				{ID: "ks", Name: "Kommunestyret", Kind: MunicipalCouncil},
				{ID: "utv", Name: "Utvalet", Kind: Committee},
				{ID: "rff", Name: "Rådet", Kind: DisabilityCouncil},
			},
			Phases: []Phase{{ID: "1", Name: "Alt", Activities: []Activity{
				{ID: "1.1", Name: "Høyring", Kind: Hearing, Start: DayOf(D(2024, 1, 8)), End: DayOf(D(2024, 2, 19)), Status: Postponed},
				{ID: "1.2", Name: "Verkstad", Kind: Workshop, Start: DayOf(D(2024, 3, 4)), Status: NotStarted},
				{ID: "1.3", Name: "Undersøking", Kind: Survey, Start: DayOf(D(2024, 3, 5)), Status: NotStarted},
				{ID: "1.4", Name: "Vedtak", Kind: PoliticalDecision, Start: DayOf(D(2024, 6, 13)), Status: NotStarted,
					Decision: &Decision{Kind: FinalDecision, Body: "ks", Route: []string{"rff", "utv"}}},
			}}},
			Objections: []Objection{{From: "Statsforvaltaren", Status: ObjectionResolved}},
		}
	}
	tests := []struct {
		lang  Language
		lines []string
	}{
		{Nynorsk, []string{"plantype: kommuneplanen-sin-samfunnsdel", "status: vedteken", "type: anna",
			"type: utval", "type: råd-for-personar-med-funksjonsnedsetjing", "type: høyring", "status: utsett",
			"type: arbeidsverkstad", "type: spørjeundersøking", "type: politisk-handsaming", "type: sluthandsaming",
			"status: løyst", "type: kommunestyre", "faser:", "aktiviteter:"}},
		{Bokmal, []string{"plantype: kommuneplanens-samfunnsdel", "status: vedtatt", "type: annen",
			"type: utvalg", "type: råd-for-personer-med-funksjonsnedsettelse", "type: høring", "status: utsatt",
			"type: arbeidsverksted", "type: spørreundersøkelse", "type: politisk-behandling", "type: sluttbehandling",
			"status: løst", "type: kommunestyre", "faser:", "aktiviteter:"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			p := plan(tt.lang)
			var buf bytes.Buffer
			if err := Encode(&buf, p); err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, l := range strings.Split(buf.String(), "\n") {
				have[strings.TrimLeft(strings.TrimSpace(l), "- ")] = true
			}
			for _, l := range tt.lines {
				if !have[l] {
					t.Errorf("no line %q in\n%s", l, buf.String())
				}
			}
			q, err := Decode(bytes.NewReader(buf.Bytes()), "rt.yaml")
			if err != nil {
				t.Fatalf("does not decode: %v\n%s", err, buf.String())
			}
			p.SetDefaults()
			if got, want := withoutPos(q), withoutPos(p); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the plan\ngot  %+v\nwant %+v", got, want)
			}
		})
	}
}
