package prosessplan

import (
	"strings"
	"testing"
)

func TestRulesForEveryPlanType(t *testing.T) {
	for _, pt := range AllPlanTypes() {
		r, ok := RulesFor(pt)
		if !ok {
			t.Fatalf("RulesFor(%s): no rules", pt)
		}
		if r.Type != pt || r.Name[Nynorsk] != pt.Label(Nynorsk) {
			t.Errorf("RulesFor(%s): type %s, nn name %q", pt, r.Type, r.Name[Nynorsk])
		}
		// A kjøreplan is one workshop or meeting: no process steps, and
		// so no advice about any.
		if (len(r.Steps) == 0) != (pt == Kjoreplan) {
			t.Errorf("RulesFor(%s): %d steps", pt, len(r.Steps))
		}
		codes := map[string]bool{}
		for _, s := range r.Steps {
			if codes[s.Code] {
				t.Errorf("%s: step code %q twice", pt, s.Code)
			}
			codes[s.Code] = true
			for _, l := range languages {
				if s.Text[l] == "" {
					t.Errorf("%s/%s: no %s text", pt, s.Code, l)
				}
				if s.Paragraph != "" && !strings.Contains(s.Text[l], s.Paragraph) {
					t.Errorf("%s/%s: %s text %q does not name %s", pt, s.Code, l, s.Text[l], s.Paragraph)
				}
			}
			if r.Statutory && s.Paragraph == "" {
				t.Errorf("%s/%s: statutory step without paragraph", pt, s.Code)
			}
			if s.Kind == Hearing && s.MinDuration.IsZero() {
				t.Errorf("%s/%s: høring step without minimum", pt, s.Code)
			}
		}
	}
	if _, ok := RulesFor("områdeplan"); ok {
		t.Error("RulesFor(unknown) reported rules")
	}
}

func TestRulesLaw(t *testing.T) {
	find := func(pt PlanType, code string) StatutoryStep {
		r, _ := RulesFor(pt)
		for _, s := range r.Steps {
			if s.Code == code {
				return s
			}
		}
		t.Fatalf("%s: no step %s", pt, code)
		return StatutoryStep{}
	}
	six := Duration{N: 6, Unit: Weeks}
	tests := []struct {
		pt        PlanType
		code      string
		paragraph string
		min       Duration
		required  bool
	}{
		{KommuneplanSamfunn, StepStartNotice, "pbl § 11-12", Duration{}, true},
		{KommuneplanSamfunn, StepProgramHearing, "pbl § 11-13", six, true},
		{KommuneplanAreal, StepProposalHearing, "pbl § 11-14", six, true},
		{Kommunedelplan, StepFinalDecision, "pbl § 11-15", Duration{}, true},
		{Reguleringsplan, StepStartNotice, "pbl § 12-8", Duration{}, true},
		{Reguleringsplan, StepProgramHearing, "pbl § 12-9", six, false},
		{Reguleringsplan, StepProposalHearing, "pbl § 12-10", six, true},
		{Reguleringsplan, StepFinalDecision, "pbl § 12-12", Duration{}, true},
		{Planstrategi, StepStrategyDraft, "pbl § 10-1", Duration{N: 30, Unit: Days}, true},
		{Temaplan, StepProposalHearing, "", Duration{N: 4, Unit: Weeks}, false},
	}
	for _, tt := range tests {
		s := find(tt.pt, tt.code)
		if s.Paragraph != tt.paragraph || s.MinDuration != tt.min || s.Required != tt.required {
			t.Errorf("%s/%s = %s, %v, required %v; want %s, %v, %v", tt.pt, tt.code, s.Paragraph, s.MinDuration, s.Required, tt.paragraph, tt.min, tt.required)
		}
	}
	if s := find(KommuneplanSamfunn, StepFinalDecision); s.Body != MunicipalCouncil {
		t.Errorf("§ 11-15 body = %q, want kommunestyre", s.Body)
	}
	if s := find(Planstrategi, StepStrategyDecision); s.WithinYears != 1 {
		t.Errorf("§ 10-1 within = %d years, want 1", s.WithinYears)
	}
	if r, _ := RulesFor(Temaplan); r.Statutory {
		t.Error("temaplan is statutory")
	}
	if s := find(KommuneplanSamfunn, StepProposalHearing); !strings.Contains(s.Text[Nynorsk], "minst 6 veker") {
		t.Errorf("nn text %q", s.Text[Nynorsk])
	}
}
