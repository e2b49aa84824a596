package prosessplan

import (
	"strings"
	"testing"
)

func TestNewStarterChecksClean(t *testing.T) {
	starts := []Date{D(2026, 8, 17), D(2026, 4, 27), D(2026, 11, 2), D(2027, 1, 4)}
	for _, pt := range AllPlanTypes() {
		for _, l := range []Language{Bokmal, Nynorsk, English} {
			for _, start := range starts {
				p := NewStarter(pt, l, start)
				if p == nil {
					t.Fatalf("NewStarter(%s) = nil", pt)
				}
				s, ps := CheckPlan(p)
				for _, q := range ps {
					if q.Severity == SeverityError || q.Code == CodeStepMissing || q.Code == CodeCouncilMissing || q.Code == CodeHearingShort {
						t.Errorf("%s %s %s: %s %s", pt, l, start, q.Code, q.Message(Bokmal))
					}
				}
				if s.Start.Date != start {
					t.Errorf("%s %s: starts %s, want %s", pt, l, s.Start, start)
				}
				if p.Type != pt || p.Language != l || len(p.Bodies) == 0 || len(p.People) == 0 || len(p.Groups) == 0 {
					t.Errorf("%s %s: incomplete plan %+v", pt, l, p)
				}
				for _, a := range s.Activities {
					if a.Kind == Hearing && (InChristmas(a.End.Date) || s.Calendar.InSummerHoliday(a.End.Date)) {
						t.Errorf("%s %s %s: høring %s ends in a holiday (%s)", pt, l, start, a.ID, a.End)
					}
				}
			}
		}
	}
}

func TestNewStarterSteps(t *testing.T) {
	for _, pt := range AllPlanTypes() {
		rules, _ := RulesFor(pt)
		p := NewStarter(pt, Nynorsk, D(2026, 8, 17))
		for _, st := range rules.Steps {
			if !st.Required && rules.Statutory {
				continue
			}
			found := false
			for _, a := range p.Activities() {
				if a.Kind != st.Kind {
					continue
				}
				if st.Decision != "" && (a.Decision == nil || a.Decision.Kind != st.Decision) {
					continue
				}
				if a.Purpose == st.Text[Nynorsk] {
					found = true
					if st.Kind == Hearing && a.Duration.N < st.MinDuration.N {
						t.Errorf("%s/%s: høring %v shorter than %v", pt, st.Code, a.Duration, st.MinDuration)
					}
				}
			}
			if !found {
				t.Errorf("%s: no activity for step %s", pt, st.Code)
			}
		}
	}
	if NewStarter("områdeplan", Bokmal, D(2026, 1, 5)) != nil {
		t.Error("NewStarter(unknown) made a plan")
	}
}

func TestNewStarterText(t *testing.T) {
	p := NewStarter(KommuneplanSamfunn, Nynorsk, D(2026, 8, 15)) // a Saturday
	if p.Title != "Kommuneplanen sin samfunnsdel – skriv tittel" {
		t.Errorf("title %q", p.Title)
	}
	if got := p.Activity("1.3"); got.Name != "Høyring og offentleg ettersyn av planprogrammet" || got.Duration != (Duration{6, Weeks}) ||
		!strings.Contains(got.Purpose, "minst 6 vekers frist") {
		t.Errorf("1.3 = %q %v %q", got.Name, got.Duration, got.Purpose)
	}
	if got := p.Activity("1.1").Start; got != DayOf(D(2026, 8, 17)) {
		t.Errorf("starts %s, want the Monday", got)
	}
	if d := p.Activity("4.1").Decision; d.Kind != FinalDecision || d.Body != "kommunestyre" || len(d.Route) != 4 {
		t.Errorf("final decision %+v", d)
	}
	if p.Body("eldreraad").Name != "Eldrerådet" || p.Body("raad-funksjonsnedsettelse").Name != "Rådet for personar med funksjonsnedsetjing" {
		t.Errorf("bodies %+v", p.Bodies)
	}
	// A høring that would run into Christmas is lengthened.
	q := NewStarter(Kommunedelplan, Bokmal, D(2026, 8, 17))
	s, _ := NewSchedule(q)
	for _, a := range s.Activities {
		if a.Kind == Hearing {
			t.Logf("%s %s–%s %v", a.ID, a.Start, a.End, a.Duration)
		}
	}
}

func TestNewStarterRoundTrip(t *testing.T) {
	for _, pt := range AllPlanTypes() {
		p := NewStarter(pt, Nynorsk, D(2026, 8, 17))
		var b strings.Builder
		if err := Encode(&b, p); err != nil {
			t.Fatalf("%s: Encode: %v", pt, err)
		}
		q, err := Decode(strings.NewReader(b.String()), "ny.yaml")
		if err != nil {
			t.Fatalf("%s: Decode: %v\n%s", pt, err, b.String())
		}
		s1, _ := NewSchedule(p)
		s2, ps := CheckPlan(q)
		if ps.HasErrors() {
			t.Errorf("%s: decoded starter has errors: %v", pt, ps)
		}
		if len(s1.Activities) != len(s2.Activities) || s1.End != s2.End {
			t.Errorf("%s: decoded starter schedules differently: %d activities to %s, want %d to %s",
				pt, len(s2.Activities), s2.End, len(s1.Activities), s1.End)
		}
	}
}

// The starter's lovgrunnlag names the law and its paragraphs; it does not
// repeat the statutory steps' sentences, which documents print already.
func TestNewStarterLegalBasis(t *testing.T) {
	tests := []struct {
		pt   PlanType
		l    Language
		want string
	}{
		{KommuneplanSamfunn, Nynorsk, "Plan- og bygningslova §§ 11-12 til 11-15 om prosessen for kommuneplanen sin samfunnsdel, og § 5-1 om medverknad."},
		{Reguleringsplan, Bokmal, "Plan- og bygningsloven §§ 12-8 til 12-12 om prosessen for reguleringsplan, og § 5-1 om medvirkning."},
		{Planstrategi, Bokmal, "Plan- og bygningsloven § 10-1 om prosessen for kommunal planstrategi, og § 5-1 om medvirkning."},
		{Kommunedelplan, English, "The Planning and Building Act §§ 11-12 to 11-15 on the process for the municipal sub-plan, and § 5-1 on participation."},
		{Temaplan, Bokmal, "Loven stiller ingen formelle krav til prosessen for en temaplan; plan- og bygningsloven § 5-1 om medvirkning er god praksis."},
	}
	for _, tt := range tests {
		p := NewStarter(tt.pt, tt.l, D(2026, 8, 17))
		if len(p.LegalBasis) != 3 || p.LegalBasis[0] != tt.want ||
			!strings.HasPrefix(p.LegalBasis[1], Text{"Kommuneloven § 5-12", "Kommunelova § 5-12", "The Local Government Act § 5-12"}.In(tt.l)) ||
			p.LegalBasis[2] != placeholderLegalBasis.In(tt.l) {
			t.Errorf("%s %s: lovgrunnlag\n%s\nwant first %s", tt.pt, tt.l, strings.Join(p.LegalBasis, "\n"), tt.want)
		}
		rules, _ := RulesFor(tt.pt)
		for _, st := range rules.Steps {
			for _, par := range p.LegalBasis {
				if par == st.Text[tt.l] {
					t.Errorf("%s: lovgrunnlag repeats step %s", tt.pt, st.Code)
				}
			}
		}
	}
}

// TestNewStarterKommuneplan: a kommuneplan starter gets no warning of its
// own, whatever its start (Easter and Christmas included), has medvirkning
// for children and young people among several groups (pbl § 5-1), and
// has resources, risks and attachments to fill in.
func TestNewStarterKommuneplan(t *testing.T) {
	for _, pt := range []PlanType{KommuneplanSamfunn, KommuneplanAreal, Kommunedelplan, Temaplan, Reguleringsplan, Planstrategi} {
		for _, start := range []Date{D(2026, 1, 5), D(2026, 2, 2), D(2026, 11, 2), D(2027, 1, 4), D(2027, 2, 1), D(2027, 3, 1)} {
			p := NewStarter(pt, Nynorsk, start)
			_, ps := CheckPlan(p)
			for _, q := range ps {
				if q.Severity != SeverityAdvice {
					t.Errorf("%s from %s: %s", pt, start, q.Message(Bokmal))
				}
			}
			if len(p.Participation) < 3 || p.Participation[0].Who != "Barn og unge" || !strings.Contains(p.Participation[0].Why, "pbl § 5-1") {
				t.Errorf("%s: medvirkning %+v", pt, p.Participation)
			}
			if len(p.Resources) == 0 || len(p.Risks) == 0 || len(p.Attachments) == 0 {
				t.Errorf("%s: %d resources, %d risks, %d attachments", pt, len(p.Resources), len(p.Risks), len(p.Attachments))
			}
		}
	}
	k := NewStarter(Kjoreplan, Bokmal, D(2026, 9, 1))
	s, ps := CheckPlan(k)
	for _, q := range ps {
		if q.Severity != SeverityAdvice || q.Code != CodePlaceholder {
			t.Errorf("kjøreplan: %s %s", q.Code, q.Message(Bokmal))
		}
	}
	if got := s.Start.String() + "–" + s.End.String(); got != "2026-09-01 09:00–2026-09-01 12:00" {
		t.Errorf("kjøreplan runs %s, want three hours from 09:00", got)
	}
	for _, a := range k.Activities() {
		if a.Method == "" || a.Duration.Unit != Minutes || a.Duration.N%10 != 0 {
			t.Errorf("kjøreplan item %s: method %q, duration %s", a.ID, a.Method, a.Duration)
		}
	}
}
