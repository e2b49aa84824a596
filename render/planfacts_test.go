package render_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// activityRow returns the texts of the activity table's row for id.
func activityRow(t *testing.T, d *render.Document, id string) []string {
	t.Helper()
	tb := tableByCaption(d, words.ActivityCaption.In(d.Language))
	if tb == nil {
		t.Fatal("no activity table")
	}
	for _, r := range tb.Rows {
		if cells := rowTexts(r); len(cells) > 1 && cells[0] == id {
			return cells
		}
	}
	t.Fatalf("no row %s in the activity table", id)
	return nil
}

// parentOf returns the level-1 heading a level-2 heading stands under,
// or "" when there is no such level-2 heading.
func parentOf(d *render.Document, heading string) string {
	parent := ""
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok {
			switch {
			case h.Level == 1:
				parent = h.Text
			case h.Level == 2 && h.Text == heading:
				return parent
			}
		}
	}
	return ""
}

func columnTitles(tb *render.Table) []string {
	var out []string
	for _, c := range tb.Columns {
		out = append(out, c.Title)
	}
	return out
}

// Tentative dates say so wherever an activity's dates are written: the
// activity table, the timeline's row text, the medvirkning table and a
// saksframlegg's «Videre prosess».
func TestTentativeDates(t *testing.T) {
	s := scheduleOf(t, func(p *prosessplan.Plan) {
		p.Phases[1].Activities[0].Tentative = true
		p.Phases[0].Activities = append(p.Phases[0].Activities, prosessplan.Activity{
			ID: "1.4", Name: "Innspillsrunde", Responsible: "pl", Kind: prosessplan.InputRound, Tentative: true,
			After: []prosessplan.Dependency{{ID: "1.3"}}, Duration: prosessplan.Duration{N: 2, Unit: prosessplan.Weeks}})
	})
	tests := []struct {
		lang  prosessplan.Language
		when  string // activity 2.1
		ahead string // activity 1.4 in the case of 1.3
	}{
		{prosessplan.Bokmal, "25. april 2017 kl. 18.00–20.30 (uke 17) (foreløpig)", "Innspillsrunde (31.03.2017–18.04.2017 (foreløpig))"},
		{prosessplan.Nynorsk, "25. april 2017 kl. 18.00–20.30 (veke 17) (førebels)", "Innspillsrunde (31.03.2017–18.04.2017 (førebels))"},
		{prosessplan.English, "25 April 2017 at 18:00–20:30 (week 17) (tentative)", "Innspillsrunde (2017-03-31–2017-04-18 (tentative))"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			opts := render.Options{Language: tt.lang}
			d := render.Build(s, opts)
			if got := activityRow(t, d, "2.1")[5]; got != tt.when {
				t.Errorf("activity table: %q, want %q", got, tt.when)
			}
			if got := activityRow(t, d, "1.2")[5]; strings.Contains(got, "(") && strings.Contains(got, words.Tentative.In(tt.lang)) {
				t.Errorf("activity 1.2 is not tentative: %q", got)
			}
			for _, r := range render.BuildTimeline(s, opts).Rows {
				if r.Number == "2.1" && !r.Phase && r.When != tt.when {
					t.Errorf("timeline: %q, want %q", r.When, tt.when)
				}
			}
			if !strings.Contains(allText(d), "\t"+tt.when) {
				t.Errorf("medvirkning does not give %q:\n%s", tt.when, allText(d))
			}
			c := caseOf(t, s, "1.3", opts)
			if got := listItems(c, words.ProcessAhead.In(tt.lang)); !slices.Contains(got, tt.ahead) {
				t.Errorf("videre prosess %q lacks %q", got, tt.ahead)
			}
		})
	}
}

// Metode is a column of the activity table, beside Hensikt, when an
// activity has one; every responsible party is named.
func TestMethodColumn(t *testing.T) {
	tests := []struct {
		name    string
		lang    prosessplan.Language
		method  string
		columns []string
		row     []string
	}{
		{"without", prosessplan.Bokmal, "",
			[]string{"Nr.", "Aktivitet", "Hensikt", "Ansvarlig", "Deltakere", "Når", "Leveranse", "Status"},
			[]string{"2.1", "Folkemøte", "Få innspill fra innbyggerne", "Prosjektgruppe, Bondelaget", "Innbyggere"}},
		{"bokmål", prosessplan.Bokmal, "Gruppearbeid, post-it-lapper",
			[]string{"Nr.", "Aktivitet", "Hensikt", "Metode", "Ansvarlig", "Deltakere", "Når", "Leveranse", "Status"},
			[]string{"2.1", "Folkemøte", "Få innspill fra innbyggerne", "Gruppearbeid, post-it-lapper", "Prosjektgruppe, Bondelaget", "Innbyggere"}},
		{"english", prosessplan.English, "Kafédialog",
			[]string{"No.", "Activity", "Purpose", "Method", "Responsible", "Participants", "When", "Deliverable", "Status"},
			[]string{"2.1", "Folkemøte", "Få innspill fra innbyggerne", "Kafédialog", "Prosjektgruppe, Bondelaget", "Innbyggere"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scheduleOf(t, func(p *prosessplan.Plan) {
				a := &p.Phases[1].Activities[0]
				a.Method = tt.method
				a.AlsoResponsible = []string{"Bondelaget"}
				a.Participants = []string{"Innbyggere"}
			})
			d := render.Build(s, render.Options{Language: tt.lang})
			tb := tableByCaption(d, words.ActivityCaption.In(tt.lang))
			if got := columnTitles(tb); !slices.Equal(got, tt.columns) {
				t.Errorf("columns %q, want %q", got, tt.columns)
			}
			var sum float64
			for _, c := range tb.Columns {
				sum += c.Width
			}
			if sum < 0.999 || sum > 1.001 {
				t.Errorf("column widths add up to %v", sum)
			}
			if got := activityRow(t, d, "2.1")[:len(tt.row)]; !slices.Equal(got, tt.row) {
				t.Errorf("row %q, want %q", got, tt.row)
			}
			if c := tb.Rows[0].Cells[0]; c.Span != len(tt.columns) {
				t.Errorf("phase row spans %d columns, want %d", c.Span, len(tt.columns))
			}
		})
	}
}

// Related plan processes are listed under Plantype og rammer, with a link
// where they have a web address.
func TestRelatedPlans(t *testing.T) {
	s := scheduleOf(t, func(p *prosessplan.Plan) {
		p.Related = []prosessplan.RelatedPlan{
			{Name: "Kommuneplanens arealdel 2022–2034", Comment: "Revideres samtidig."},
			{Name: "Næringsplan for Bodø", URL: "https://bodo.kommune.no/naering"},
		}
	})
	tests := []struct {
		lang    prosessplan.Language
		heading string
		items   []string
	}{
		{prosessplan.Bokmal, "Relaterte planer", []string{"Kommuneplanens arealdel 2022–2034 – Revideres samtidig.", "Næringsplan for Bodø"}},
		{prosessplan.Nynorsk, "Relaterte planar", []string{"Kommuneplanens arealdel 2022–2034 – Revideres samtidig.", "Næringsplan for Bodø"}},
		{prosessplan.English, "Related plans", []string{"Kommuneplanens arealdel 2022–2034 – Revideres samtidig.", "Næringsplan for Bodø"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			d := render.Build(s, render.Options{Language: tt.lang})
			if got, want := parentOf(d, tt.heading), words.Frame.In(tt.lang); got != want {
				t.Errorf("%q is under %q, want %q", tt.heading, got, want)
			}
			if got := listItems(d, tt.heading); !slices.Equal(got, tt.items) {
				t.Errorf("items %q, want %q", got, tt.items)
			}
			link := ""
			for _, b := range d.Blocks {
				if l, ok := b.(*render.List); ok && len(l.Items) == 2 && render.Text(l.Items[1]) == tt.items[1] {
					link = l.Items[1][0].Link
				}
			}
			if link != "https://bodo.kommune.no/naering" {
				t.Errorf("link %q", link)
			}
		})
	}
}

// The plan's innsigelser are a table under Politisk behandling, with
// their status and mekling; the sluttbehandling lists them, says which
// still stand, and does not claim that none came.
func TestPlanObjections(t *testing.T) {
	s := scheduleOf(t, func(p *prosessplan.Plan) {
		p.Phases[1].Activities = append(p.Phases[1].Activities, prosessplan.Activity{
			ID: "2.4", Name: "Mekling hos Statsforvalteren", Responsible: "pl", Kind: prosessplan.Mediation,
			Start: prosessplan.DayOf(prosessplan.D(2017, 11, 15))})
		p.Objections = []prosessplan.Objection{
			{From: "Statsforvalteren i Nordland", Subject: "Strandsonen", Date: prosessplan.D(2017, 11, 1), Mediation: "2.4"},
			{From: "Statens vegvesen", Subject: "Avkjørsel", Date: prosessplan.D(2017, 10, 30), Status: prosessplan.ObjectionWithdrawn},
		}
		p.Phases[1].Activities[2].Decision.HearingReport = &prosessplan.HearingReport{Statements: 3}
	})
	tests := []struct {
		lang      prosessplan.Language
		heading   string
		rows      [][]string
		caseItems []string
		assess    string
		noneCame  string
	}{
		{prosessplan.Bokmal, "Innsigelser",
			[][]string{
				{"Statsforvalteren i Nordland", "Strandsonen", "01.11.2017", "Uløst", "2.4 Mekling hos Statsforvalteren, 15. november 2017"},
				{"Statens vegvesen", "Avkjørsel", "30.10.2017", "Trukket", ""}},
			[]string{"Statsforvalteren i Nordland (Strandsonen; mekling 15.\u00a0november 2017): ikke løst; vedtas planen med innsigelsen, sendes saken til Fylkesmannen",
				"Statens vegvesen (Avkjørsel): trukket"},
			"Innsigelsen fra Statsforvalteren i Nordland er ikke løst.", "Det kom ingen innsigelser."},
		{prosessplan.Nynorsk, "Motsegner",
			[][]string{
				{"Statsforvalteren i Nordland", "Strandsonen", "01.11.2017", "Uløyst", "2.4 Mekling hos Statsforvalteren, 15. november 2017"},
				{"Statens vegvesen", "Avkjørsel", "30.10.2017", "Trekt", ""}},
			[]string{"Statsforvalteren i Nordland (Strandsonen; mekling 15.\u00a0november 2017): ikkje løyst; vert planen vedteken med motsegna, vert saka send til Fylkesmannen",
				"Statens vegvesen (Avkjørsel): trekt"},
			"Motsegna frå Statsforvalteren i Nordland er ikkje løyst.", "Det kom ingen motsegner."},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			d := render.Build(s, render.Options{Language: tt.lang})
			if got, want := parentOf(d, tt.heading), words.Political.In(tt.lang); got != want {
				t.Errorf("%q is under %q, want %q", tt.heading, got, want)
			}
			tb := tableByCaption(d, words.CapObjections.In(tt.lang))
			if tb == nil {
				t.Fatal("no table of innsigelser")
			}
			if got := columnTitles(tb); !slices.Equal(got, []string{words.From.In(tt.lang), words.Subject.In(tt.lang), words.DateLabel.In(tt.lang), words.Status.In(tt.lang), words.Mediation.In(tt.lang)}) {
				t.Errorf("columns %q", got)
			}
			for i, r := range tb.Rows {
				if got := rowTexts(r); i >= len(tt.rows) || !slices.Equal(got, tt.rows[i]) {
					t.Errorf("row %d %q, want %q", i, got, tt.rows)
				}
			}
			c := caseOf(t, s, "2.3", render.Options{Language: tt.lang})
			if got := listItems(c, tt.heading); !slices.Equal(got, tt.caseItems) {
				t.Errorf("sluttbehandling lists\n %q\nwant\n %q", got, tt.caseItems)
			}
			text := allText(c)
			if !strings.Contains(text, tt.assess) {
				t.Errorf("vurdering lacks %q", tt.assess)
			}
			if strings.Contains(text, tt.noneCame) {
				t.Errorf("the case says %q though the plan has innsigelser", tt.noneCame)
			}
			if start := caseOf(t, s, "1.3", render.Options{Language: tt.lang}); slices.Contains(headings(start, 2), tt.heading) {
				t.Errorf("melding om oppstart lists innsigelser")
			}
		})
	}
}

// In a joint plan each municipality's council gets a saksframlegg with
// that municipality's header and layout; the joint board's cases keep the
// plan's.
func TestJointPlanCaseHeader(t *testing.T) {
	s := readPlan(t, "../testdata/plans/interkommunal-landbruksplan.yaml")
	fjordvik := render.DefaultProfile("Fjordvik kommune")
	fjordvik.PrimaryColor = "005A32"
	opts := render.Options{
		Profile:  &fjordvik,
		Profiles: map[string]render.Profile{"elvdal": {PrimaryColor: "7A1F1F", ChiefExecutive: render.Radmann}},
	}
	tests := []struct {
		id, municipality, color, header string
	}{
		// The joint board's case: the profile given, the plan's page header.
		{"1.4", "Fjordvik kommune", "005A32", "Fjordvik, Elvdal og Bergneset – Saksframlegg"},
		{"4.1", "Fjordvik kommune", "005A32", "Fjordvik kommune – Saksframlegg"},
		{"4.2", "Elvdal kommune", "7A1F1F", "Elvdal kommune – Saksframlegg"},
		{"4.3", "Bergneset kommune", render.DefaultProfile("").PrimaryColor, "Bergneset kommune – Saksframlegg"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := caseOf(t, s, tt.id, opts)
			kv := d.Blocks[0].(*render.KeyValue)
			if got := kv.Pairs[0]; got.Key != "Kommune" || got.Value != tt.municipality {
				t.Errorf("header %q: %q, want %q", got.Key, got.Value, tt.municipality)
			}
			if d.HeaderText != tt.header {
				t.Errorf("page header %q, want %q", d.HeaderText, tt.header)
			}
			if d.Profile.PrimaryColor != tt.color || d.Author != tt.municipality {
				t.Errorf("profile colour %s author %q, want %s %q", d.Profile.PrimaryColor, d.Author, tt.color, tt.municipality)
			}
		})
	}
	// Without profiles, each municipality's case still carries its own name.
	cases := render.BuildSaksframlegg(s, render.Options{})
	want := []string{"Fjordvik, Elvdal og Bergneset", "Fjordvik, Elvdal og Bergneset",
		"Fjordvik kommune", "Elvdal kommune", "Bergneset kommune"}
	if len(cases) != len(want) {
		t.Fatalf("%d cases, want %d", len(cases), len(want))
	}
	for i, d := range cases {
		want := want[i]
		if got := d.Blocks[0].(*render.KeyValue).Pairs[0].Value; got != want {
			t.Errorf("case %s: kommune %q, want %q", d.Decision, got, want)
		}
	}
}
