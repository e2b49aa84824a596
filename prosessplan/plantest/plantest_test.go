package plantest

import (
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

func TestGenerate(t *testing.T) {
	for _, n := range []int{1, 2, 3, 50, 1000, 10000} {
		p := Generate(n)
		acts := p.Activities()
		if len(acts) != n {
			t.Fatalf("Generate(%d): %d activities", n, len(acts))
		}
		s, ps := prosessplan.NewSchedule(p)
		if len(ps) > 0 {
			t.Fatalf("Generate(%d) schedules with problems:\n%v", n, ps)
		}
		for _, a := range s.Activities {
			if a.Start.IsZero() || a.End.Compare(a.Start) < 0 {
				t.Fatalf("Generate(%d): %s dated %s–%s", n, a.ID, a.Start, a.End)
			}
		}
		if days := s.Start.Date.DaysUntil(s.End.Date); (n >= 1000 && (days < 200 || days > 500)) || (n == 50 && days < 100) {
			t.Errorf("Generate(%d) spans %d days (%s–%s), want about a year", n, days, s.Start, s.End)
		}
		if cps := prosessplan.Check(s); cps.HasErrors() {
			t.Errorf("Generate(%d): Check finds errors:\n%v", n, cps)
		}
		if n >= 50 && len(s.Decisions) < n/20 {
			t.Errorf("Generate(%d): %d decisions", n, len(s.Decisions))
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(200), Generate(200)
	as, bs := a.Activities(), b.Activities()
	for i := range as {
		if as[i].ID != bs[i].ID || as[i].Name != bs[i].Name || as[i].Kind != bs[i].Kind {
			t.Fatalf("activity %d differs: %v / %v", i, as[i], bs[i])
		}
	}
	last := as[len(as)-1]
	if last.Decision == nil || last.Decision.Kind != prosessplan.FinalDecision || len(last.After) < 2 {
		t.Errorf("last activity %s is not the final decision after the høringer: %+v", last.ID, last.Decision)
	}
	if got := a.Activities()[0].Name; got != "Oppstartsmøte for fasen" {
		t.Errorf("first activity %q", got)
	}
}
