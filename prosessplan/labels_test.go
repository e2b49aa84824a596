package prosessplan

import "testing"

var languages = []Language{Bokmal, Nynorsk, English}

type labeler interface{ Label(Language) string }

func allLabelers() map[string][]labeler {
	m := map[string][]labeler{}
	for _, k := range AllActivityKinds() {
		m["ActivityKind"] = append(m["ActivityKind"], k)
	}
	for _, k := range AllStatuses() {
		m["ActivityStatus"] = append(m["ActivityStatus"], k)
	}
	for _, k := range AllPlanTypes() {
		m["PlanType"] = append(m["PlanType"], k)
	}
	for _, k := range AllDecisionKinds() {
		m["DecisionKind"] = append(m["DecisionKind"], k)
	}
	for _, k := range AllGroupKinds() {
		m["GroupKind"] = append(m["GroupKind"], k)
	}
	for _, k := range AllBodyKinds() {
		m["BodyKind"] = append(m["BodyKind"], k)
	}
	return m
}

func TestLabelsComplete(t *testing.T) {
	for typ, vals := range allLabelers() {
		seen := map[Language]map[string]bool{}
		for _, v := range vals {
			for _, l := range languages {
				got := v.Label(l)
				if got == "" {
					t.Errorf("%s %v: empty %s label", typ, v, l)
				}
				if seen[l] == nil {
					seen[l] = map[string]bool{}
				}
				if seen[l][got] {
					t.Errorf("%s: label %q (%s) used twice", typ, got, l)
				}
				seen[l][got] = true
			}
		}
	}
}

func TestLabelsGlossary(t *testing.T) {
	tests := []struct {
		v          labeler
		nb, nn, en string
	}{
		{NotStarted, "Ikke startet", "Ikkje starta", "Not started"},
		{Postponed, "Utsatt", "Utsett", "Postponed"},
		{Cancelled, "Avlyst", "Avlyst", "Cancelled"},
		{Hearing, "Høring og offentlig ettersyn", "Høyring og offentleg ettersyn", "Consultation and public inspection"},
		{Workshop, "Arbeidsverksted", "Arbeidsverkstad", "Workshop"},
		{Milestone, "Milepæl", "Milestolpe", "Milestone"},
		{PoliticalDecision, "Politisk behandling", "Politisk handsaming", "Political treatment"},
		{FinalDecision, "Sluttbehandling", "Sluthandsaming", "Final reading"},
		{PlanProgramFixing, "Fastsetting av planprogram", "Fastsetjing av planprogram", "Fixing of the planning programme"},
		{StartNotice, "Melding om oppstart", "Melding om oppstart", "Notification of start"},
		{KommuneplanSamfunn, "Kommuneplanens samfunnsdel", "Kommuneplanen sin samfunnsdel", "Social element of the municipal master plan"},
		{Temaplan, "Temaplan", "Temaplan", "Thematic plan"},
		{SteeringGroup, "Styringsgruppe", "Styringsgruppe", "Steering group"},
		{DisabilityCouncil, "Råd for personer med funksjonsnedsettelse", "Råd for personar med funksjonsnedsetjing", "Council for persons with disabilities"},
		{Committee, "Utvalg", "Utval", "Committee"},
	}
	for _, tt := range tests {
		for l, want := range map[Language]string{Bokmal: tt.nb, Nynorsk: tt.nn, English: tt.en} {
			if got := tt.v.Label(l); got != want {
				t.Errorf("%v.Label(%s) = %q, want %q", tt.v, l, got, want)
			}
		}
	}
}

func TestLabelUnknown(t *testing.T) {
	if got := ActivityKind("seminar").Label(Nynorsk); got != "seminar" {
		t.Errorf("unknown kind label = %q, want the plan file's word", got)
	}
	if got := Done.Label(Language("de")); got != "Ferdig" {
		t.Errorf("unknown language label = %q, want bokmål", got)
	}
}
