package render_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

func TestBuildTimelineWeeks(t *testing.T) {
	s := testSchedule(t)
	tl := render.BuildTimeline(s, render.Options{})
	if tl.Granularity != render.ByWeek {
		t.Fatalf("granularity %v, want weeks for a plan of eleven months", tl.Granularity)
	}
	first, last := tl.Columns[0], tl.Columns[len(tl.Columns)-1]
	if first.Label != "2" || first.SubLabel != "9.1" || last.Label != "49" || last.SubLabel != "4.12" {
		t.Errorf("columns from %q/%q to %q/%q, want week 2 (9.1) to week 49 (4.12)", first.Label, first.SubLabel, last.Label, last.SubLabel)
	}
	if g := tl.Groups[0]; g.Label != "jan 2017" || g.First != 0 || g.Last != 2 {
		t.Errorf("first group %+v, want jan 2017 over weeks 2–4", g)
	}
	// The year stands on the first month and on January only, so every
	// writer shows it at the same places whatever width it gives a month.
	var groups []string
	for _, g := range tl.Groups {
		groups = append(groups, g.Label)
	}
	if want := []string{"jan 2017", "februar", "mars", "april", "mai", "juni", "juli", "august",
		"september", "oktober", "november", "desember"}; !slices.Equal(groups, want) {
		t.Errorf("groups %q, want %q", groups, want)
	}
	if g := tl.Groups[len(tl.Groups)-1]; g.Last != len(tl.Columns)-1 {
		t.Errorf("last group %+v", g)
	}
	if tl.ShadedLabel != "Helligdag, jul, fellesferie eller stengt" {
		t.Errorf("ShadedLabel %q", tl.ShadedLabel)
	}
	var shaded []string
	for _, c := range tl.Columns {
		if c.Shaded {
			shaded = append(shaded, c.Label+" "+c.ShadeReason)
		}
	}
	want := []string{"15 Skjærtorsdag, Langfredag", "27 Fellesferie", "28 Fellesferie", "29 Fellesferie", "30 Fellesferie"}
	if !slices.Equal(shaded, want) {
		t.Errorf("shaded weeks %q, want %q", shaded, want)
	}
	rows := map[string]render.TimelineRow{}
	for _, r := range tl.Rows {
		rows[r.Number] = r
	}
	col := func(week string) int {
		for i, c := range tl.Columns {
			if c.Label == week {
				return i
			}
		}
		return -2
	}
	tests := []struct {
		id          string
		first, last int
		point       bool
		symbol      string
		hatched     bool
	}{
		{"1.1", col("2"), col("2"), true, "★", false},
		{"1.2", col("2"), col("4"), false, "", false},
		{"1.3", col("13"), col("13"), true, "◆", false},
		{"2.1", col("17"), col("17"), false, "■", false},
		{"2.2", col("39"), col("45"), false, "", true},
		{"2.3", col("49"), col("49"), true, "◆", false},
	}
	for _, tt := range tests {
		r := rows[tt.id]
		if r.First != tt.first || r.Last != tt.last || r.Point != tt.point || r.Symbol != tt.symbol || r.Hatched != tt.hatched {
			t.Errorf("%s: got columns %d–%d point %v symbol %q hatched %v; want %d–%d %v %q %v",
				tt.id, r.First, r.Last, r.Point, r.Symbol, r.Hatched, tt.first, tt.last, tt.point, tt.symbol, tt.hatched)
		}
	}
	if ph := tl.Rows[0]; !ph.Phase || ph.Label != "Oppstart/planprogram" || ph.First != 0 || ph.Last != col("13") {
		t.Errorf("first phase band %+v", ph)
	}
	var legend []string
	for _, l := range tl.Legend {
		legend = append(legend, l.Symbol+l.Label)
	}
	if want := []string{"Arbeid", "■Folkemøte", "Høring og offentlig ettersyn", "◆Politisk behandling", "★Milepæl", "○Behandling i saksgangen", "⚑Frist for saksframlegg", "Kritisk linje"}; !slices.Equal(legend, want) {
		t.Errorf("legend %q, want %q", legend, want)
	}
	for _, want := range []string{"fra 9. januar 2017 til 7. desember 2017, vist i uker",
		"Oppstart/planprogram (9. januar – 30. mars 2017)", "Sluttbehandling, Bystyret, 7. desember 2017"} {
		if !strings.Contains(tl.AltText, want) {
			t.Errorf("alt text lacks %q:\n%s", want, tl.AltText)
		}
	}
}

func TestBuildTimelineGranularity(t *testing.T) {
	D, day, at := prosessplan.D, prosessplan.DayOf, prosessplan.At
	plan := func(acts ...prosessplan.Activity) *prosessplan.Schedule {
		s, probs := prosessplan.NewSchedule(&prosessplan.Plan{Title: "T", Phases: []prosessplan.Phase{{ID: "1", Name: "Fase", Activities: acts}}})
		if probs.HasErrors() {
			t.Fatal(probs)
		}
		return s
	}
	t.Run("days", func(t *testing.T) {
		s := plan(prosessplan.Activity{ID: "1", Name: "A", Kind: prosessplan.Work, Start: day(D(2017, 12, 18)), End: day(D(2017, 12, 29))})
		tl := render.BuildTimeline(s, render.Options{})
		if tl.Granularity != render.ByDay || len(tl.Columns) != 12 {
			t.Fatalf("granularity %v with %d columns, want 12 days", tl.Granularity, len(tl.Columns))
		}
		c := tl.Columns[7] // 25 December
		if c.Label != "25" || c.SubLabel != "ma" || !c.Shaded || c.ShadeReason != "1. juledag" {
			t.Errorf("25 December: %+v", c)
		}
		if c := tl.Columns[5]; !c.Shaded || c.ShadeReason != "Helg" {
			t.Errorf("Saturday: %+v", c)
		}
		if g := tl.Groups[0]; g.Label != "Uke 51" || g.First != 0 || g.Last != 6 {
			t.Errorf("group %+v", g)
		}
	})
	t.Run("months", func(t *testing.T) {
		s := plan(prosessplan.Activity{ID: "1", Name: "A", Kind: prosessplan.Work, Start: day(D(2020, 1, 6)), End: day(D(2024, 6, 28))})
		tl := render.BuildTimeline(s, render.Options{})
		if tl.Granularity != render.ByMonth || len(tl.Columns) != 54 {
			t.Fatalf("granularity %v with %d columns, want 54 months", tl.Granularity, len(tl.Columns))
		}
		if c := tl.Columns[6]; c.Label != "jul" || !c.Shaded || c.ShadeReason != "Fellesferie" {
			t.Errorf("July 2020: %+v", c)
		}
		if g := tl.Groups[1]; g.Label != "2021" || g.First != 12 || g.Last != 23 {
			t.Errorf("group %+v", g)
		}
		if r := tl.Rows[1]; r.First != 0 || r.Last != 53 {
			t.Errorf("bar %d–%d", r.First, r.Last)
		}
	})
	t.Run("minutes", func(t *testing.T) {
		d := D(2024, 3, 12)
		s := plan(
			prosessplan.Activity{ID: "1", Name: "Velkommen", Kind: prosessplan.Meeting, Start: at(d, 9, 0), End: at(d, 9, 15)},
			prosessplan.Activity{ID: "2", Name: "Gruppearbeid", Kind: prosessplan.Workshop, Start: at(d, 9, 15), End: at(d, 11, 30)},
			prosessplan.Activity{ID: "3", Name: "Oppsummering", Kind: prosessplan.Meeting, Start: at(d, 11, 30), End: at(d, 12, 0)},
		)
		tl := render.BuildTimeline(s, render.Options{})
		if tl.Granularity != render.ByMinutes || tl.SlotMinutes != 10 || len(tl.Columns) != 18 {
			t.Fatalf("granularity %v, slot %d, %d columns; want 18 slots of 10 minutes", tl.Granularity, tl.SlotMinutes, len(tl.Columns))
		}
		if tl.Columns[0].Label != "09.00" || tl.Columns[17].Label != "11.50" {
			t.Errorf("labels %q … %q", tl.Columns[0].Label, tl.Columns[17].Label)
		}
		if r := tl.Rows[1]; r.First != 0 || r.Last != 1 {
			t.Errorf("09.00–09.15 covers columns %d–%d, want 0–1", r.First, r.Last)
		}
		if r := tl.Rows[3]; r.First != 15 || r.Last != 17 {
			t.Errorf("11.30–12.00 covers columns %d–%d, want 15–17", r.First, r.Last)
		}
		if g := tl.Groups[0]; g.Label != "kl. 9" || g.Last != 5 {
			t.Errorf("group %+v", g)
		}
		if want := "Tidslinje for T, 12. mars 2024 kl. 09.00–12.00, vist i tidsluker på 10 minutter. Faser: Fase (09.00–12.00)."; !strings.HasPrefix(tl.AltText, want) {
			t.Errorf("alt text %q, want it to start %q", tl.AltText, want)
		}
	})
	t.Run("forced", func(t *testing.T) {
		s := plan(prosessplan.Activity{ID: "1", Name: "A", Kind: prosessplan.Work, Start: day(D(2017, 12, 18)), End: day(D(2017, 12, 29))})
		tl := render.BuildTimeline(s, render.Options{Granularity: render.ByWeek, Language: prosessplan.Nynorsk})
		if tl.Granularity != render.ByWeek || len(tl.Columns) != 2 || tl.Columns[1].ShadeReason != "1. juledag, 2. juledag" {
			t.Errorf("weeks %+v", tl.Columns)
		}
		// 20–22 December are in the Christmas period check warns about.
		if c := tl.Columns[0]; !c.Shaded || c.ShadeReason != "Jul og nyttår" {
			t.Errorf("week 51: %+v", c)
		}
	})
	t.Run("christmas on a weekend", func(t *testing.T) {
		// In 2020 Christmas Day is a Friday and New Year's Day too: no week
		// has two weekday holidays, yet weeks 52 and 53 are Christmas weeks.
		s := plan(prosessplan.Activity{ID: "1", Name: "A", Kind: prosessplan.Work, Start: day(D(2020, 11, 2)), End: day(D(2021, 2, 26))})
		tl := render.BuildTimeline(s, render.Options{})
		var shaded []string
		for _, c := range tl.Columns {
			if c.Shaded {
				shaded = append(shaded, c.Label+" "+c.ShadeReason)
			}
		}
		if want := []string{"52 Jul og nyttår", "53 Jul og nyttår"}; !slices.Equal(shaded, want) {
			t.Errorf("shaded weeks %q, want %q", shaded, want)
		}
	})
}

// A decision's row carries the meetings of its saksgang before the deciding
// one, and the saksframlegg deadline: the earliest in the saksgang.
func TestBuildTimelineRouteMarks(t *testing.T) {
	s := testSchedule(t)
	tl := render.BuildTimeline(s, render.Options{})
	got := map[string][]string{}
	for _, r := range tl.Rows {
		for _, m := range r.Marks {
			got[r.Number] = append(got[r.Number], m.Symbol+" "+tl.Columns[m.Column].Label+" "+m.Label)
		}
	}
	want := map[string][]string{
		"1.3": {"○ 10 Eldrerådet 06.03.2017", "○ 11 Komite for plan, næring og miljø 14.03.2017",
			"⚑ 8 Frist for saksframlegg 20.02.2017"},
		"2.3": {"○ 47 Eldrerådet 20.11.2017", "○ 48 Komite for plan, næring og miljø 28.11.2017",
			"⚑ 45 Frist for saksframlegg 06.11.2017"},
	}
	if len(got) != len(want) {
		t.Errorf("rows with marks %q, want %q", got, want)
	}
	for id, w := range want {
		if !slices.Equal(got[id], w) {
			t.Errorf("%s marks %q, want %q", id, got[id], w)
		}
	}
	for _, l := range tl.Legend {
		if l.Symbol == "⚑" && l.Label != "Frist for saksframlegg" {
			t.Errorf("legend explains ⚑ as %q", l.Label)
		}
	}
}
