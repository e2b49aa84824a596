package prosessplan

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRealisticPlans decodes and checks the realistic plans of
// testdata/plans (issue 11): each has no error, exactly the warnings that
// are right for it, and the dates its sources fix.
func TestRealisticPlans(t *testing.T) {
	tests := []struct {
		file     string
		warnings []string // codes of the warnings, in order
		dates    map[string]string
		check    func(t *testing.T, s *Schedule)
	}{
		{
			file: "planstrategi-med-planprogram.yaml",
			// The samfunnsdel's høring runs over Christmas, and is two
			// weeks longer for it: no advice to add days.
			warnings: nil,
			dates:    map[string]string{"1.3": "2020-01-16", "1.5": "2020-01-22–2020-03-03", "1.7": "2020-05-14", "4.1": "2021-06-10"},
			check: func(t *testing.T, s *Schedule) {
				r, _ := RulesForPlan(s.Plan)
				if !slices.ContainsFunc(r.Steps, func(st StatutoryStep) bool {
					return st.Code == StepStrategyDecision && st.Decision == PlanProgramFixing
				}) {
					t.Errorf("the § 10-1 rules do not apply to the planprogram: %+v", r.Steps)
				}
				// Adopted 2020-05-14, within a year of 2019-10-17; a council
				// constituted a year earlier would be too late.
				p := *s.Plan
				p.CouncilConstituted = D(2018, 10, 17)
				if !hasCode(p, CodeStrategyLate) {
					t.Errorf("no %s with the council constituted 2018-10-17", CodeStrategyLate)
				}
			},
		},
		{
			file: "arealdel-innsigelser-mekling.yaml",
			dates: map[string]string{"1.4": "2021-12-02", "3.1": "2022-09-01", "3.2": "2022-09-07–2022-11-01",
				"3.4": "2023-03-01–2023-03-01", "4.1": "2023-06-15"},
			check: func(t *testing.T, s *Schedule) {
				// Without the mekling, the open innsigelse is an error.
				p := *s.Plan
				p.Phases = slices.Clone(p.Phases)
				ph := &p.Phases[2]
				ph.Activities = slices.DeleteFunc(slices.Clone(ph.Activities), func(a Activity) bool { return a.Kind == Mediation })
				for i := range p.Phases[3].Activities {
					if a := &p.Phases[3].Activities[i]; a.ID == "4.1" {
						p.Phases[3].Activities = slices.Clone(p.Phases[3].Activities)
						p.Phases[3].Activities[i].After = []Dependency{{ID: "3.3"}}
					}
				}
				if !hasCode(p, CodeObjectionOpen) {
					t.Errorf("no %s without the mekling", CodeObjectionOpen)
				}
			},
		},
		{
			file: "interkommunal-landbruksplan.yaml",
			// Bergneset's council meets on a Saturday the møteplan fixes.
			dates: map[string]string{"1.4": "2023-04-11", "3.1": "2024-01-16", "3.2": "2024-01-19–2024-02-29",
				"4.1": "2024-05-02", "4.2": "2024-05-08", "4.3": "2024-05-04"},
			check: func(t *testing.T, s *Schedule) {
				for _, id := range []string{"4.1", "4.2", "4.3"} {
					d := s.Activity(id).Decision
					if m := s.Plan.Body(d.Body).Municipality; len(d.Steps) != 5 || d.Steps[0].Body.Municipality != m {
						t.Errorf("%s: saksgang %v outside %s", id, d.Steps, m)
					}
				}
				p := *s.Plan
				p.Phases = slices.Clone(p.Phases)
				p.Phases[3].Activities = p.Phases[3].Activities[:2]
				if !hasCode(p, CodeJointDecision) {
					t.Errorf("no %s without Bergneset's decision", CodeJointDecision)
				}
				q := *s.Plan
				q.Phases = slices.Clone(q.Phases)
				q.Phases[3].Activities = slices.Clone(q.Phases[3].Activities)
				q.Phases[3].Activities[2].FixedDate = false
				if !hasCode(q, CodeNotWorkingDay) {
					t.Errorf("no %s for the Saturday meeting once it is not marked fast-dato", CodeNotWorkingDay)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := filepath.Join("..", "testdata", "plans", tt.file)
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := Decode(f, tt.file)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			s, ps := CheckPlan(p)
			var warnings []string
			for _, q := range ps {
				if q.Severity == SeverityError {
					t.Errorf("error: %s", q.Message(Bokmal))
				}
				if q.Severity == SeverityWarning {
					warnings = append(warnings, q.Code)
				}
				t.Logf("%v %s", q.Severity, q.Message(Bokmal))
			}
			if !slices.Equal(warnings, tt.warnings) {
				t.Errorf("warnings %v, want %v", warnings, tt.warnings)
			}
			var sched []string
			for _, a := range s.Activities {
				line := a.ID + " " + a.Start.String() + "–" + a.End.String()
				if a.Decision != nil {
					line += " møte " + a.Decision.Meeting().String()
				}
				sched = append(sched, line)
			}
			t.Logf("schedule:\n%s", strings.Join(sched, "\n"))
			for id, want := range tt.dates {
				a := s.Activity(id)
				if a == nil {
					t.Errorf("no activity %s", id)
					continue
				}
				got := a.Start.String() + "–" + a.End.String()
				if a.Decision != nil {
					got = a.Decision.Meeting().String()
				}
				if got != want {
					t.Errorf("activity %s: %s, want %s", id, got, want)
				}
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

// hasCode reports whether CheckPlan finds a problem with the code in p.
func hasCode(p Plan, code string) bool {
	_, ps := CheckPlan(&p)
	return slices.ContainsFunc(ps, func(q Problem) bool { return q.Code == code })
}
