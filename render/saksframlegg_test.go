package render_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

func listItems(d *render.Document, after string) []string {
	seen := false
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok {
			seen = h.Text == after
			continue
		}
		if l, ok := b.(*render.List); ok && seen {
			var out []string
			for _, it := range l.Items {
				out = append(out, render.Text(it))
			}
			return out
		}
	}
	return nil
}

func TestBuildSaksframlegg(t *testing.T) {
	docs := render.BuildSaksframlegg(testSchedule(t), render.Options{})
	if len(docs) != 2 {
		t.Fatalf("%d saksframlegg, want one per decision point (2)", len(docs))
	}
	start, final := docs[0], docs[1]
	if start.Kind != render.SaksframleggDoc || start.Title != "Boligplan 2018–2021 – melding om oppstart" ||
		start.FileName != "saksframlegg-1-3-melding-om-oppstart" {
		t.Errorf("kind %v, title %q, file %q", start.Kind, start.Title, start.FileName)
	}
	kv := start.Blocks[0].(*render.KeyValue)
	wantKV := []render.Pair{{Key: "Kommune", Value: "Bodø kommune"}, {Key: "Dokumenttype", Value: "Saksframlegg"},
		{Key: "Saksbehandler", Value: "Kari Nordmann"}, {Key: "Arkivsaksnr.", Value: "2016/4711"},
		{Key: "Dato", Value: "20. februar 2017"}}
	if !slices.Equal(kv.Pairs, wantKV) {
		t.Errorf("header\n got %q\nwant %q", kv.Pairs, wantKV)
	}
	sg := tableByCaption(final, "Saksgang")
	var route [][]string
	for _, r := range sg.Rows {
		route = append(route, rowTexts(r))
	}
	wantRoute := [][]string{{"Eldrerådet", "20.11.2017", "PS …/17"}, {"Komite for plan, næring og miljø", "28.11.2017", "PS …/17"}, {"Bystyret", "07.12.2017", "PS …/17"}}
	if !slices.EqualFunc(route, wantRoute, slices.Equal) {
		t.Errorf("saksgang %q", route)
	}
	// The recommendation comes before Sammendrag, Saksopplysninger, Vurdering and Vedlegg.
	wantH := []string{"Kommunedirektørens innstilling", "Sammendrag", "Saksopplysninger", "Vurdering", "Vedlegg"}
	if got := headings(final, 1); !slices.Equal(got, wantH) {
		t.Errorf("headings %q, want %q", got, wantH)
	}
	if got := listItems(final, "Kommunedirektørens innstilling"); !slices.Equal(got, []string{
		"Bystyret vedtar Boligplan 2018–2021, datert 6. november 2017.",
		"Tiltak i planen følges opp i budsjett og økonomiplan.",
	}) {
		t.Errorf("sluttbehandling innstilling %q", got)
	}
	if got := listItems(start, "Kommunedirektørens innstilling"); !slices.Equal(got, []string{
		"Bystyret tar melding om oppstart av arbeidet med Boligplan 2018–2021 til orientering.",
		"Planen utarbeides som temaplan, i tråd med prosessplan datert 31. januar 2017.",
		"Forslag til plan legges fram for politisk behandling i desember 2017.",
	}) {
		t.Errorf("oppstart innstilling %q", got)
	}
	text := allText(final)
	for _, want := range []string{
		"Saken gjelder sluttbehandling for Boligplan 2018–2021. Bystyret behandler saken 7. desember 2017.",
		"25. september – 6. november 2017 (uke 39–45): Høring av planforslaget",
		"Saken legges fram for Eldrerådet (20. november 2017) før den avgjøres",
		"Prosessplan – Boligplan 2018–2021, datert 31. januar 2017",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sluttbehandling lacks %q", want)
		}
	}
	// The case officer's questions are marked as text to complete.
	n := 0
	for _, b := range final.Blocks {
		if p, ok := b.(*render.Paragraph); ok && p.Style == render.ToComplete {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d paragraphs to complete, want 3", n)
	}
}

func TestSaksframleggWording(t *testing.T) {
	d := prosessplan.D
	build := func(mod func(p *prosessplan.Plan), opts render.Options) []*render.Document {
		p := testPlan()
		mod(p)
		s, probs := prosessplan.NewSchedule(p)
		if probs.HasErrors() {
			t.Fatal(probs)
		}
		return render.BuildSaksframlegg(s, opts)
	}
	t.Run("rådmann", func(t *testing.T) {
		prof := render.DefaultProfile("Bodø kommune")
		prof.ChiefExecutive = render.Radmann
		docs := build(func(*prosessplan.Plan) {}, render.Options{Profile: &prof})
		if got := headings(docs[0], 1)[0]; got != "Rådmannens innstilling" {
			t.Errorf("heading %q", got)
		}
	})
	t.Run("nynorsk", func(t *testing.T) {
		docs := build(func(p *prosessplan.Plan) { p.Language = prosessplan.Nynorsk }, render.Options{})
		if got := headings(docs[1], 1); !slices.Equal(got, []string{"Kommunedirektøren si innstilling", "Samandrag", "Saksopplysningar", "Vurdering", "Vedlegg"}) {
			t.Errorf("headings %q", got)
		}
		if got := listItems(docs[1], "Kommunedirektøren si innstilling"); !slices.Equal(got, []string{
			"Bystyret vedtek Boligplan 2018–2021, datert 6. november 2017.",
			"Tiltak i planen vert følgde opp i budsjett og økonomiplan.",
		}) {
			t.Errorf("innstilling %q", got)
		}
		prof := render.DefaultProfile("")
		prof.ChiefExecutive = render.Radmann
		if got := headings(build(func(p *prosessplan.Plan) { p.Language = prosessplan.Nynorsk }, render.Options{Profile: &prof})[0], 1)[0]; got != "Rådmannen si innstilling" {
			t.Errorf("heading %q", got)
		}
	})
	t.Run("own proposal verbatim", func(t *testing.T) {
		docs := build(func(p *prosessplan.Plan) {
			p.Phases[1].Activities[2].Decision.Proposal = []string{"Bystyret vedtar «Boligplan 2018–2021».", "Planen rulleres i 2021."}
		}, render.Options{})
		if got := listItems(docs[1], "Kommunedirektørens innstilling"); !slices.Equal(got, []string{"Bystyret vedtar «Boligplan 2018–2021».", "Planen rulleres i 2021."}) {
			t.Errorf("innstilling %q", got)
		}
	})
	t.Run("kommuneplan hearing and final", func(t *testing.T) {
		docs := build(func(p *prosessplan.Plan) {
			p.Type = prosessplan.KommuneplanSamfunn
			p.Title = "Kommuneplanens samfunnsdel 2018–2030"
			p.Bodies[3].Meetings = append(p.Bodies[3].Meetings, d(2017, 9, 14))
			p.Phases[1].Activities = slices.Insert(p.Phases[1].Activities, 1, prosessplan.Activity{
				ID: "2.1b", Name: "Planforslaget legges ut til høring", Kind: prosessplan.PoliticalDec, Responsible: "pl",
				Decision: &prosessplan.Decision{Kind: prosessplan.HearingDecision, Body: "bystyret", Meeting: d(2017, 9, 14), Hearing: "2.2"},
			})
		}, render.Options{})
		if len(docs) != 3 {
			t.Fatalf("%d documents", len(docs))
		}
		if got := listItems(docs[1], "Kommunedirektørens innstilling"); !slices.Equal(got, []string{
			"Forslag til Kommuneplanens samfunnsdel 2018–2030, datert 24. august 2017, legges ut til høring og offentlig ettersyn fra 25. september til 6. november 2017, jf. plan- og bygningsloven § 11-14.",
			"Sluttbehandling av planen er planlagt i desember 2017.",
		}) {
			t.Errorf("høring innstilling %q", got)
		}
		if got := listItems(docs[0], "Kommunedirektørens innstilling"); got[1] != "Planen utarbeides som kommuneplanens samfunnsdel etter plan- og bygningsloven, i tråd med prosessplan datert 31. januar 2017." {
			t.Errorf("oppstart point 2 %q", got[1])
		}
		final := docs[2]
		if got := listItems(final, "Kommunedirektørens innstilling")[0]; got != "Bystyret vedtar Kommuneplanens samfunnsdel 2018–2030, datert 6. november 2017, jf. plan- og bygningsloven § 11-15." {
			t.Errorf("vedtak %q", got)
		}
		text := allText(final)
		for _, want := range []string{"Krav etter plan- og bygningsloven § 11-14",
			"Gjør rede for hvordan nasjonale og regionale interesser er ivaretatt."} {
			if !strings.Contains(text, want) {
				t.Errorf("sluttbehandling lacks %q", want)
			}
		}
	})
}

func TestSaksframleggLongPlan(t *testing.T) {
	s, probs := prosessplan.NewSchedule(plantest.Generate(1000))
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	docs := render.BuildSaksframlegg(s, render.Options{})
	if len(docs) != len(s.Decisions) {
		t.Fatalf("%d documents for %d decisions", len(docs), len(s.Decisions))
	}
	// A case names the nearest events only; the attached process plan has the rest.
	for _, d := range docs {
		for _, h := range []string{"Prosessen så langt", "Videre prosess"} {
			if n := len(listItems(d, h)); n > 20 {
				t.Errorf("%s: %q lists %d events, want at most 20", d.FileName, h, n)
			}
		}
	}
	mid := docs[len(docs)/2]
	if len(listItems(mid, "Prosessen så langt")) != 20 || len(listItems(mid, "Videre prosess")) == 0 {
		t.Errorf("%s: %d events before, %d after", mid.FileName, len(listItems(mid, "Prosessen så langt")), len(listItems(mid, "Videre prosess")))
	}
}
