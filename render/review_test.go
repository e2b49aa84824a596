package render_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

func scheduleOf(t *testing.T, edit func(p *prosessplan.Plan)) *prosessplan.Schedule {
	t.Helper()
	p := testPlan()
	if edit != nil {
		edit(p)
	}
	s, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatalf("plan does not schedule:\n%v", probs)
	}
	return s
}

func statusOf(d *render.Document) string {
	for _, b := range d.Blocks {
		if kv, ok := b.(*render.KeyValue); ok {
			for _, p := range kv.Pairs {
				if p.Key == words.Status.In(d.Language) {
					return p.Value
				}
			}
		}
	}
	return ""
}

// A draft, or a plan rendered in spite of its problems (-draft), says so on
// every page; an adopted plan rendered normally keeps its adoption.
func TestDraftIsMarked(t *testing.T) {
	problems := prosessplan.Problems{{Severity: prosessplan.SeverityError, Code: "PP-TEST"}}
	tests := []struct {
		name       string
		status     prosessplan.PlanStatus
		lang       prosessplan.Language
		problems   prosessplan.Problems
		wantStatus string
		wantHeader string
	}{
		{"adopted", prosessplan.Adopted, prosessplan.Bokmal, nil,
			"Vedtatt av Rådmannens ledergruppe 31. januar 2017", "Bodø kommune – Prosessplan – Boligplan 2018–2021"},
		{"adopted with problems", prosessplan.Adopted, prosessplan.Bokmal, problems,
			"UTKAST", "UTKAST – Bodø kommune – Prosessplan – Boligplan 2018–2021"},
		{"utkast", prosessplan.Draft, prosessplan.Bokmal, nil,
			"UTKAST", "UTKAST – Bodø kommune – Prosessplan – Boligplan 2018–2021"},
		{"nynorsk", prosessplan.Draft, prosessplan.Nynorsk, nil,
			"UTKAST", "UTKAST – Bodø kommune – Prosessplan – Boligplan 2018–2021"},
		{"english", prosessplan.Adopted, prosessplan.English, problems,
			"DRAFT", "DRAFT – Bodø kommune – Process plan – Boligplan 2018–2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scheduleOf(t, func(p *prosessplan.Plan) { p.Status = tt.status })
			d := render.Build(s, render.Options{Language: tt.lang, Problems: tt.problems})
			if got := statusOf(d); got != tt.wantStatus {
				t.Errorf("status %q, want %q", got, tt.wantStatus)
			}
			if d.HeaderText != tt.wantHeader {
				t.Errorf("header %q, want %q", d.HeaderText, tt.wantHeader)
			}
			// A saksframlegg is a draft by nature; only one rendered in
			// spite of errors is marked, whatever the plan's status.
			cases := render.BuildSaksframlegg(s, render.Options{Language: tt.lang, Problems: tt.problems})
			marked := strings.HasPrefix(cases[0].HeaderText, tt.wantStatus+" – ")
			if marked != (len(tt.problems) > 0) {
				t.Errorf("saksframlegg header %q with %d problems", cases[0].HeaderText, len(tt.problems))
			}
		})
	}
}

// A legal basis that copies the steps of the rules (as "prosessplan new"
// did) does not make the documents say them: for a temaplan they are the
// tool's advice, which documents never give; the planner's own sentence
// stays, once.
func TestStatutoryTextOnce(t *testing.T) {
	rules, _ := prosessplan.RulesFor(prosessplan.Temaplan)
	var steps []string
	for _, st := range rules.Steps {
		steps = append(steps, st.Text[prosessplan.Bokmal])
	}
	own := "Plan- og bygningsloven gjelder ikke fullt ut for en temaplan."
	final := steps[len(steps)-1]
	tests := []struct {
		name  string
		legal []string
	}{
		{"copied as paragraphs", append([]string{own}, steps...)},
		{"quoted inside a paragraph", []string{own + " " + final, steps[0], steps[1]}},
		{"other spacing", []string{own, strings.ReplaceAll(final, " ", "  ") + "\n", steps[0], steps[1]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scheduleOf(t, func(p *prosessplan.Plan) { p.LegalBasis = tt.legal })
			docs := append([]*render.Document{render.Build(s, render.Options{})}, render.BuildSaksframlegg(s, render.Options{})...)
			for _, d := range docs {
				flat := strings.Join(strings.Fields(allText(d)), " ")
				for _, st := range steps {
					if strings.Contains(flat, st) || strings.Contains(flat, strings.ReplaceAll(st, "kommunestyret", "bystyret")) {
						t.Errorf("%s gives the advice %q", d.FileName, st)
					}
				}
			}
			if n := strings.Count(allText(docs[0]), own); n != 1 {
				t.Errorf("the planner's own sentence %d times in the plan", n)
			}
		})
	}
}

// A political case whose route lacks the statutory councils asks about
// them, once; one with the councils says they treat it.
func TestCaseCouncils(t *testing.T) {
	const ask = "Vurder om saken skal legges fram for eldrerådet"
	with := allText(render.BuildSaksframlegg(scheduleOf(t, func(*prosessplan.Plan) {}), render.Options{})[0])
	if strings.Contains(with, ask) || !strings.Contains(with, "Saken legges fram for Eldrerådet") {
		t.Errorf("a case with the eldreråd in its route:\n%s", with)
	}
	without := allText(render.BuildSaksframlegg(scheduleOf(t, func(p *prosessplan.Plan) {
		p.Phases[0].Activities[2].Decision.Route = nil
	}), render.Options{})[0])
	if strings.Count(without, ask) != 1 {
		t.Errorf("a political case without the councils in its route does not ask about them once:\n%s", without)
	}
}

// The legend explains the critical path and the shaded columns with one
// generic label in every language; the columns keep their holiday's name.
func TestLegendCriticalAndShaded(t *testing.T) {
	tests := []struct {
		lang             prosessplan.Language
		critical, shaded string
	}{
		{prosessplan.Bokmal, "Kritisk linje", "Helligdag, jul, fellesferie eller stengt"},
		{prosessplan.Nynorsk, "Kritisk linje", "Heilagdag, jul, fellesferie eller stengt"},
		{prosessplan.English, "Critical path", "Public holiday, Christmas, summer holiday or closed"},
	}
	s := testSchedule(t)
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			tl := render.BuildTimeline(s, render.Options{Language: tt.lang})
			last := tl.Legend[len(tl.Legend)-1]
			if !last.Critical || last.Label != tt.critical || last.Kind != "" {
				t.Errorf("last legend entry %+v, want the critical path %q", last, tt.critical)
			}
			if tl.ShadedLabel != tt.shaded {
				t.Errorf("ShadedLabel %q, want %q", tl.ShadedLabel, tt.shaded)
			}
		})
	}
	// Without critical rows or shading, neither is explained.
	s = scheduleOf(t, func(p *prosessplan.Plan) {
		p.Phases = p.Phases[:1]
		p.Phases[0].Activities = p.Phases[0].Activities[:1]
	})
	for _, a := range s.Activities {
		a.Critical = false
	}
	s.Calendar = nil
	tl := render.BuildTimeline(s, render.Options{})
	for _, l := range tl.Legend {
		if l.Critical {
			t.Errorf("legend explains a critical path no row is on")
		}
	}
	if tl.ShadedLabel != "" {
		t.Errorf("ShadedLabel %q without shaded columns", tl.ShadedLabel)
	}
}

// Every kind but arbeid and høring (plain and hatched bars) has a symbol of
// its own, and every kind a colour of its own, so colour is never the only
// signal and no two kinds look alike.
func TestKindSymbolsDistinct(t *testing.T) {
	tests := []struct {
		kind   prosessplan.ActivityKind
		symbol string
	}{
		{prosessplan.Work, ""},
		{prosessplan.Meeting, "●"},
		{prosessplan.Workshop, "▲"},
		{prosessplan.PublicMeeting, "■"},
		{prosessplan.Hearing, ""},
		{prosessplan.PoliticalDecision, "◆"},
		{prosessplan.Deadline, "⚑"},
		{prosessplan.Milestone, "★"},
		{prosessplan.Notice, "✉"},
		{prosessplan.Survey, "☑"},
		{prosessplan.InputRound, "✎"},
		{prosessplan.Mediation, "⚖"},
	}
	symbols := map[string]prosessplan.ActivityKind{}
	colors := map[string]prosessplan.ActivityKind{}
	for _, tt := range tests {
		if got := render.KindSymbol(tt.kind); got != tt.symbol {
			t.Errorf("%s: symbol %q, want %q", tt.kind, got, tt.symbol)
		}
		if other, ok := symbols[tt.symbol]; ok && tt.symbol != "" {
			t.Errorf("%s has symbol %q, as %s has", tt.kind, tt.symbol, other)
		}
		symbols[tt.symbol] = tt.kind
		c := render.KindColor(tt.kind)
		if other, ok := colors[c]; ok {
			t.Errorf("%s has colour %s, as %s has", tt.kind, c, other)
		}
		colors[c] = tt.kind
	}
	if len(tests) != len(prosessplan.AllActivityKinds()) {
		t.Errorf("%d kinds tested, %d exist", len(tests), len(prosessplan.AllActivityKinds()))
	}
}

// A legend explains the new kinds with their label and symbol.
func TestLegendNewKinds(t *testing.T) {
	s := scheduleOf(t, func(p *prosessplan.Plan) {
		acts := &p.Phases[1].Activities
		*acts = append(*acts,
			prosessplan.Activity{ID: "2.4", Name: "Kunngjøring", Kind: prosessplan.Notice, Start: prosessplan.DayOf(prosessplan.D(2017, 5, 2))},
			prosessplan.Activity{ID: "2.5", Name: "Mekling", Kind: prosessplan.Mediation, Start: prosessplan.DayOf(prosessplan.D(2017, 5, 3))})
	})
	tests := []struct {
		lang prosessplan.Language
		want []string
	}{
		{prosessplan.Bokmal, []string{"✉ Varsel om oppstart", "⚖ Mekling"}},
		{prosessplan.English, []string{"✉ Notice of commencement", "⚖ Mediation"}},
	}
	for _, tt := range tests {
		tl := render.BuildTimeline(s, render.Options{Language: tt.lang})
		var got []string
		for _, l := range tl.Legend {
			got = append(got, l.Symbol+" "+l.Label)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: legend %q lacks %q", tt.lang, got, w)
			}
		}
	}
}

// The month header gives the year on the first month and on every
// January; a month too narrow for "januar 2017" gets "jan 2017", and a
// first month of a week or two leaves the year to the next as well.
func TestTimelineYearOnJanuary(t *testing.T) {
	d := prosessplan.D
	tests := []struct {
		name        string
		first, last prosessplan.Date
		want        []string
	}{
		{"into the next year", d(2017, 11, 6), d(2018, 2, 23),
			[]string{"november 2017", "desember", "januar 2018", "februar"}},
		{"two weeks of the first month", d(2017, 10, 16), d(2018, 1, 12),
			[]string{"okt 2017", "november 2017", "desember", "jan 2018"}},
		{"three weeks of the first month", d(2017, 10, 9), d(2018, 2, 2),
			[]string{"okt 2017", "november", "desember", "januar 2018", "februar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &prosessplan.Plan{Title: "Plan", Phases: []prosessplan.Phase{{ID: "1", Name: "Arbeid", Activities: []prosessplan.Activity{
				{ID: "1.1", Name: "Arbeid", Kind: prosessplan.Work, Start: prosessplan.DayOf(tt.first), End: prosessplan.DayOf(tt.last)},
			}}}}
			s, probs := prosessplan.NewSchedule(p)
			if probs.HasErrors() {
				t.Fatal(probs)
			}
			tl := render.BuildTimeline(s, render.Options{Granularity: render.ByWeek})
			var groups []string
			for _, g := range tl.Groups {
				groups = append(groups, g.Label)
			}
			if !slices.Equal(groups, tt.want) {
				t.Errorf("groups %q, want %q", groups, tt.want)
			}
		})
	}
}
