package prosessplan

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// validPlan is a small plan made in Go that CheckPlan accepts.
func validPlan() *Plan {
	return &Plan{
		Title: "Boligplan 2018–2021", Type: Temaplan,
		People: []Person{{ID: "pl", Name: "Kari Nordmann"}},
		Groups: []Group{{ID: "pg", Name: "Prosjektgruppe", Kind: ProjectGroup, Leader: "pl",
			Members: []Member{{Person: "pl"}, {Name: "Ola Nordmann", Organisation: "Nav"}}}},
		Bodies: []Body{{ID: "bystyret", Name: "Bystyret", Kind: MunicipalCouncil, NoticeDays: 21,
			Meetings: []Date{D(2017, 12, 7)}}},
		Phases: []Phase{{ID: "1", Name: "Arbeid", Activities: []Activity{
			{ID: "1.1", Name: "Utkast", Purpose: "Skrive planforslaget.", Responsible: "pg", Kind: Work,
				Start: DayOf(D(2017, 8, 21)), Duration: Duration{N: 20, Unit: WorkingDays}},
			{ID: "1.2", Name: "Vedtak", Purpose: "Vedta planen.", Responsible: "pl",
				After:    []Dependency{{ID: "1.1", Lag: Duration{N: 5, Unit: WorkingDays}}},
				Decision: &Decision{Kind: FinalDecision, Body: "bystyret"}},
		}}},
	}
}

// TestCheckPlanValidates checks that a plan made in Go is held to the rules
// a plan file is: required fields, known values, references, dates,
// durations and texts.
func TestCheckPlanValidates(t *testing.T) {
	act := func(p *Plan) *Activity { return &p.Phases[0].Activities[0] }
	tests := []struct {
		name   string
		change func(p *Plan)
		plan   *Plan // instead of validPlan changed
		code   string
		want   string // in the bokmål message
	}{
		{"empty plan", nil, &Plan{}, CodePlanMissing, "«tittel» mangler — gi planen en tittel"},
		{"nonsense plan type", nil, &Plan{Title: "T", Type: "nonsense"}, CodePlanValue,
			"«plantype»: ukjent plantype «nonsense» — bruk en av: temaplan, kommunedelplan"},
		{"unknown language", func(p *Plan) { p.Language = "sv" }, nil, CodePlanValue, "ukjent målform «sv»"},
		{"unknown status", func(p *Plan) { p.Status = "ferdig" }, nil, CodePlanValue, "ukjent planstatus «ferdig»"},
		{"unknown activity kind", func(p *Plan) { act(p).Kind = "fest" }, nil, CodePlanValue, "ukjent aktivitetstype «fest»"},
		{"unknown activity status", func(p *Plan) { act(p).Status = "nesten" }, nil, CodePlanValue, "ukjent aktivitetsstatus «nesten»"},
		{"unknown group kind", func(p *Plan) { p.Groups[0].Kind = "gjeng" }, nil, CodePlanValue, "ukjent gruppetype «gjeng»"},
		{"unknown body kind", func(p *Plan) { p.Bodies[0].Kind = "storting" }, nil, CodePlanValue, "ukjent organtype «storting»"},
		{"activity without number", func(p *Plan) { act(p).ID = "" }, nil, CodePlanMissing, "«nr» mangler"},
		{"activity number of spaces", func(p *Plan) { act(p).ID = "  " }, nil, CodePlanMissing, "«nr» mangler"},
		{"ids equal but for spaces", func(p *Plan) { p.People = append(p.People, Person{ID: " pl "}) }, nil, CodePlanDuplicate, "id «pl» er brukt før"},
		{"notice of two million days", func(p *Plan) { p.Bodies[0].NoticeDays = 2_000_000 }, nil, CodePlanValue, "«saksfrist-dager» må være et tall fra 0 til 1000000"},
		{"time of day without date", func(p *Plan) { act(p).End = Time{Minute: 600, HasClock: true} }, nil, CodePlanDate, "«slutt» har klokkeslett, men ingen dato"},
		{"person without id", func(p *Plan) { p.People = append(p.People, Person{Name: "X"}) }, nil, CodePlanMissing, "gi personen en kort id"},
		{"two people with one id", func(p *Plan) { p.People = append(p.People, Person{ID: "pl"}) }, nil, CodePlanDuplicate, "id «pl» er brukt før"},
		{"group and body with one id", func(p *Plan) { p.Groups[0].ID = "bystyret"; act(p).Responsible = "pl" }, nil, CodePlanDuplicate, "id «bystyret» er brukt før"},
		{"two phases with one id", func(p *Plan) { p.Phases = append(p.Phases, Phase{ID: "1"}) }, nil, CodePlanDuplicate, "fase-id «1» er brukt før"},
		{"unknown responsible", func(p *Plan) { act(p).Responsible = "bystyrett" }, nil, CodePlanReference, "«ansvarlig»: «bystyrett» finnes ikke i planen"},
		{"unknown participant", func(p *Plan) { act(p).Participants = []string{"bystyre"} }, nil, CodePlanReference, "«deltakere»: «bystyre» finnes ikke"},
		{"unknown group leader", func(p *Plan) { p.Groups[0].Leader = "x" }, nil, CodePlanReference, "«leder»: «x» finnes ikke"},
		{"unknown route body", func(p *Plan) { p.Phases[0].Activities[1].Decision.Route = []string{"fsk"} }, nil, CodePlanReference, "«saksgang»: «fsk» finnes ikke"},
		{"decision without kind", func(p *Plan) { p.Phases[0].Activities[1].Decision.Kind = "" }, nil, CodePlanMissing, "«type» mangler — skriv hva som skal vedtas"},
		{"decision without body", func(p *Plan) { p.Phases[0].Activities[1].Decision.Body = "" }, nil, CodePlanMissing, "«organ» mangler"},
		{"decision on a work activity", func(p *Plan) { p.Phases[0].Activities[1].Kind = Work }, nil, CodePlanValue, "«vedtak» hører bare til aktiviteter av typen politisk-behandling"},
		{"date that does not exist", func(p *Plan) { act(p).Start = DayOf(Date{2017, 2, 30}) }, nil, CodePlanDate, "«start»: 2017-02-30 er ikke en dato som finnes"},
		{"time of day out of range", func(p *Plan) { act(p).Start = Time{Date: D(2017, 8, 21), Minute: 25 * 60, HasClock: true} }, nil, CodePlanDate, "klokkeslettet er ugyldig"},
		{"2000000 weeks", func(p *Plan) { act(p).Duration = Duration{N: 2_000_000, Unit: Weeks} }, nil, CodePlanDate, "varigheten «2000000 uker» er for lang"},
		{"negative duration", func(p *Plan) { act(p).Duration = Duration{N: -3, Unit: Days} }, nil, CodePlanDate, "«varighet» må være større enn null"},
		{"unknown unit", func(p *Plan) { act(p).Duration = Duration{N: 3, Unit: "måneder"} }, nil, CodePlanDate, "ukjent enhet"},
		{"escape in a title", func(p *Plan) { p.Title = "Plan\x1b]0;x\a" }, nil, CodePlanText, "«tittel» har et usynlig kontrolltegn (U+001B ESCAPE)"},
		{"override in a name", func(p *Plan) { act(p).Name = "a\u202Eb" }, nil, CodePlanText, "(U+202E RIGHT-TO-LEFT OVERRIDE)"},
		{"closure without start", func(p *Plan) { p.Calendar.Closures = []Closure{{Name: "Jul"}} }, nil, CodePlanMissing, "«fra» mangler"},
		{"summer holiday on 31 June", func(p *Plan) {
			p.Calendar.SummerFromMonth, p.Calendar.SummerFromDay, p.Calendar.SummerToMonth, p.Calendar.SummerToDay = 6, 31, 7, 31
		}, nil, CodePlanDate, "«fellesferie»: 31.06 er ikke en dag i året"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan
			if p == nil {
				p = validPlan()
				tt.change(p)
			}
			_, probs := CheckPlan(p)
			for _, q := range probs {
				if q.Code == tt.code && strings.Contains(q.Text[Bokmal], tt.want) {
					if q.Severity != SeverityError || q.Text[Nynorsk] == "" || q.Text[English] == "" {
						t.Errorf("problem %+v is not an error in every language", q)
					}
					return
				}
			}
			var got []string
			for _, q := range probs {
				got = append(got, q.Code+" "+q.Text[Bokmal])
			}
			t.Errorf("no %s saying %q; got:\n%s", tt.code, tt.want, strings.Join(got, "\n"))
		})
	}
	if _, probs := CheckPlan(validPlan()); probs.HasErrors() {
		t.Errorf("the valid plan has errors: %v", probs)
	}
}

// TestNilAndEmpty checks that no input, and empty input, give an error or
// a documented zero result, never a panic.
func TestNilAndEmpty(t *testing.T) {
	one := func(t *testing.T, probs Problems, code string) {
		t.Helper()
		if len(probs) != 1 || probs[0].Code != code || probs[0].Severity != SeverityError {
			t.Errorf("problems %v, want one %s error", probs, code)
		}
	}
	t.Run("Check(nil)", func(t *testing.T) { one(t, Check(nil), CodePlanNil) })
	t.Run("Check of a schedule without plan", func(t *testing.T) { one(t, Check(&Schedule{}), CodePlanNil) })
	t.Run("CheckPlan(nil)", func(t *testing.T) {
		s, probs := CheckPlan(nil)
		if s != nil {
			t.Errorf("schedule %v, want nil", s)
		}
		one(t, probs, CodePlanNil)
	})
	t.Run("NewSchedule(nil)", func(t *testing.T) {
		s, probs := NewSchedule(nil)
		if s != nil {
			t.Errorf("schedule %v, want nil", s)
		}
		one(t, probs, CodePlanNil)
		if !strings.Contains(probs[0].Text[English], "no plan (nil)") {
			t.Errorf("message %q", probs[0].Text[English])
		}
	})
	t.Run("NewSchedule of an empty plan", func(t *testing.T) {
		s, probs := NewSchedule(&Plan{})
		if s == nil || len(s.Activities) != 0 || probs.HasErrors() {
			t.Errorf("schedule %v, problems %v", s, probs)
		}
	})
	t.Run("Decode(nil)", func(t *testing.T) {
		_, err := Decode(nil, "plan.yaml")
		if !errors.Is(err, ErrNilReader) {
			t.Errorf("error %v, want ErrNilReader", err)
		}
	})
	for _, src := range []string{"", "\n\n", "# bare en kommentar\n", "~\n", "null", "---\n"} {
		t.Run("Decode "+strings.ReplaceAll(src, "\n", `\n`), func(t *testing.T) {
			_, err := Decode(strings.NewReader(src), "plan.yaml")
			var probs Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error %v is not Problems", err)
			}
			one(t, probs, CodeDecodeMissing)
			if got := probs[0].Format(Bokmal); got != "plan.yaml:1:1: filen er tom — en plan trenger minst «tittel»" {
				t.Errorf("message %q", got)
			}
		})
	}
}

// TestGoPlanRoundTrip checks Encode's promise for plans made in Go: every
// plan CheckPlan's validation accepts decodes back to the same plan, its
// defaults filled in.
func TestGoPlanRoundTrip(t *testing.T) {
	plans := map[string]*Plan{
		"valid":   validPlan(),
		"full":    fullPlan(),
		"minimal": {Title: "T"},
		"english": func() *Plan { p := validPlan(); p.Language = English; return p }(),
		"defaults left out": func() *Plan {
			p := validPlan()
			p.Language, p.Status = "", ""
			for i := range p.Phases[0].Activities {
				p.Phases[0].Activities[i].Status = ""
			}
			p.Phases[0].Activities[1].Kind = ""
			return p
		}(),
	}
	for _, typ := range []PlanType{Temaplan, KommuneplanSamfunn, Planstrategi} {
		for _, lang := range []Language{Bokmal, Nynorsk, English} {
			plans["starter "+string(typ)+" "+string(lang)] = NewStarter(typ, lang, D(2026, 8, 17))
		}
	}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			before := withoutPos(p)
			// CheckPlan's own validation must accept it; the plan's
			// process may still break the law (fullPlan does).
			_, probs := CheckPlan(p)
			for _, q := range probs {
				if strings.HasPrefix(q.Code, "PP-PLAN-") {
					t.Fatalf("CheckPlan: %s", q.Format(Bokmal))
				}
			}
			if !reflect.DeepEqual(withoutPos(p), before) {
				t.Fatal("CheckPlan changed the plan")
			}
			var buf bytes.Buffer
			if err := Encode(&buf, p); err != nil {
				t.Fatal(err)
			}
			q, err := Decode(bytes.NewReader(buf.Bytes()), "plan.yaml")
			if err != nil {
				t.Fatalf("the encoded plan does not decode: %v\n%s", err, buf.String())
			}
			want := withoutPos(p)
			want.SetDefaults()
			if got := withoutPos(q); !reflect.DeepEqual(got, want) {
				t.Errorf("plan changed on the round trip\nencoded:\n%s\ngot:  %+v\nwant: %+v", buf.String(), *got, *want)
			}
		})
	}
}

// TestScheduleDefaults checks that a plan made in Go without målform or
// statuses is scheduled with the defaults, and the caller's plan is left
// as it was.
func TestScheduleDefaults(t *testing.T) {
	p := validPlan()
	p.Phases[0].Activities[1].Kind = ""
	s, probs := NewSchedule(p)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	if s.Plan.Language != Bokmal || s.Plan.Status != Draft {
		t.Errorf("scheduled plan: målform %q, status %q", s.Plan.Language, s.Plan.Status)
	}
	if a := s.Activities[1]; a.Status != NotStarted || a.Kind != PoliticalDecision {
		t.Errorf("scheduled activity: status %q, kind %q", a.Status, a.Kind)
	}
	if p.Language != "" || p.Status != "" || p.Phases[0].Activities[1].Status != "" || p.Phases[0].Activities[1].Kind != "" {
		t.Errorf("NewSchedule wrote to the caller's plan: %+v", p)
	}
}
