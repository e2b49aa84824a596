package render_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

func headings(d *render.Document, level int) []string {
	var out []string
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.Level == level {
			out = append(out, h.Text)
		}
	}
	return out
}

func tableByCaption(d *render.Document, caption string) *render.Table {
	for _, b := range d.Blocks {
		if t, ok := b.(*render.Table); ok && t.Caption == caption {
			return t
		}
	}
	return nil
}

func rowTexts(r render.Row) []string {
	var out []string
	for _, c := range r.Cells {
		out = append(out, render.Text(c.Runs))
	}
	return out
}

func allText(d *render.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch x := bl.(type) {
		case *render.Heading:
			b.WriteString(x.Text + "\n")
		case *render.Paragraph:
			b.WriteString(render.Text(x.Runs) + "\n")
		case *render.List:
			for _, it := range x.Items {
				b.WriteString(render.Text(it) + "\n")
			}
		case *render.Table:
			for _, c := range x.Columns {
				b.WriteString(c.Title + "\t")
			}
			b.WriteString("\n")
			for _, r := range x.Rows {
				b.WriteString(strings.Join(rowTexts(r), "\t") + "\n")
			}
		case *render.KeyValue:
			for _, p := range x.Pairs {
				b.WriteString(p.Key + ": " + p.Value + "\n")
			}
		}
	}
	return b.String()
}

func TestBuildOutline(t *testing.T) {
	d := render.Build(testSchedule(t), render.Options{})
	want := []string{"Bakgrunn", "Mandat", "Mål og ønsket resultat", "Plantype og rammer", "Organisering",
		"Medvirkning", "Framdriftsplan", "Politisk behandling", "Suksessfaktorer og risiko", "Vedlegg"}
	if got := headings(d, 1); !slices.Equal(got, want) {
		t.Errorf("headings:\n got %q\nwant %q", got, want)
	}
	if got := headings(d, 0); !slices.Equal(got, []string{"Prosessplan – Boligplan 2018–2021"}) {
		t.Errorf("title = %q", got)
	}
	// Title block, then the table of contents, right after the title.
	if _, ok := d.Blocks[1].(*render.KeyValue); !ok {
		t.Errorf("block 1 is %T, want the title block", d.Blocks[1])
	}
	if toc, ok := d.Blocks[2].(*render.TableOfContents); !ok || toc.Title != "Innhold" {
		t.Errorf("block 2 is %#v, want the table of contents", d.Blocks[2])
	}
	kv := d.Blocks[1].(*render.KeyValue)
	wantPairs := []render.Pair{
		{Key: "Kommune", Value: "Bodø kommune"},
		{Key: "Ansvarlig enhet", Value: "Nærings- og utviklingsavdelingen, seksjon plan og samfunn"},
		{Key: "Plantype", Value: "Temaplan"},
		{Key: "Status", Value: "Vedtatt av Rådmannens ledergruppe 31. januar 2017"},
		{Key: "Versjon", Value: "1.0"},
		{Key: "Dato", Value: "31. januar 2017"},
		{Key: "Arkivsaksnr.", Value: "2016/4711"},
	}
	if !slices.Equal(kv.Pairs, wantPairs) {
		t.Errorf("title block:\n got %q\nwant %q", kv.Pairs, wantPairs)
	}
	if d.FileName != "prosessplan-boligplan-2018-2021" {
		t.Errorf("FileName = %q", d.FileName)
	}
	if want := time.Date(2017, 1, 31, 0, 0, 0, 0, time.UTC); !d.Created.Equal(want) {
		t.Errorf("Created = %v, want the plan's date %v", d.Created, want)
	}
	if d.HeaderText != "Bodø kommune – Prosessplan – Boligplan 2018–2021" || d.FooterText != "Versjon 1.0, 31. januar 2017" ||
		d.Subject != "Boligplan 2018–2021" || !slices.Equal(d.Keywords, []string{"prosessplan", "Temaplan", "Bodø kommune", "Boligplan 2018–2021"}) {
		t.Errorf("header %q, footer %q, subject %q, keywords %q", d.HeaderText, d.FooterText, d.Subject, d.Keywords)
	}
	if d.Captions != (render.Captions{Contents: "Innhold", Page: "Side", Of: "av", Week: "Uke", Legend: "Tegnforklaring", Continued: "(forts.)"}) {
		t.Errorf("captions %+v", d.Captions)
	}
	if d.Profile.Font != "Liberation Sans" || d.Profile.Municipality != "Bodø kommune" {
		t.Errorf("profile %+v", d.Profile)
	}
	if d.Language != prosessplan.Bokmal || d.Author != "Bodø kommune" || d.Captions.Week != "Uke" {
		t.Errorf("language %q, author %q, week caption %q", d.Language, d.Author, d.Captions.Week)
	}
}

func TestBuildDraft(t *testing.T) {
	p := testPlan()
	p.Status, p.AdoptedBy, p.AdoptedDate, p.Date = prosessplan.Draft, "", prosessplan.Date{}, prosessplan.Date{}
	s, _ := prosessplan.NewSchedule(p)
	d := render.Build(s, render.Options{})
	kv := d.Blocks[1].(*render.KeyValue)
	if kv.Pairs[3] != (render.Pair{Key: "Status", Value: "UTKAST"}) {
		t.Errorf("status %+v", kv.Pairs[3])
	}
	if !strings.HasPrefix(d.HeaderText, "UTKAST – ") {
		t.Errorf("header %q, want it marked UTKAST", d.HeaderText)
	}
	// Without a plan date the documents carry the schedule's first day, never today.
	if want := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC); !d.Created.Equal(want) {
		t.Errorf("Created = %v, want %v", d.Created, want)
	}
}

func TestBuildLeavesOutEmptySections(t *testing.T) {
	p := testPlan()
	p.Background, p.Mandate, p.SuccessFactors, p.Attachments = nil, nil, nil, nil
	p.DesiredResult, p.TargetAreas = "", nil
	p.Participation = nil
	s, _ := prosessplan.NewSchedule(p)
	d := render.Build(s, render.Options{})
	got := headings(d, 1)
	for _, gone := range []string{"Bakgrunn", "Mandat", "Mål og ønsket resultat", "Ressurser", "Suksessfaktorer og risiko", "Vedlegg"} {
		if slices.Contains(got, gone) {
			t.Errorf("empty section %q printed; headings %q", gone, got)
		}
	}
	// The councils still meet on the cases, so Medvirkning stays, without its table.
	if !slices.Contains(got, "Medvirkning") || tableByCaption(d, "Medvirkningsopplegg") != nil {
		t.Errorf("Medvirkning: headings %q", got)
	}
}

func TestBuildActivityTable(t *testing.T) {
	d := render.Build(testSchedule(t), render.Options{})
	tb := tableByCaption(d, "Aktiviteter per fase")
	if tb == nil {
		t.Fatal("no activity table")
	}
	var titles []string
	for _, c := range tb.Columns {
		titles = append(titles, c.Title)
	}
	if want := []string{"Nr.", "Aktivitet", "Hensikt", "Ansvarlig", "Deltakere", "Når", "Leveranse", "Status"}; !slices.Equal(titles, want) {
		t.Errorf("columns %q, want %q", titles, want)
	}
	var sum float64
	for _, c := range tb.Columns {
		sum += c.Width
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("column widths add up to %v", sum)
	}
	want := [][]string{
		{"Fase 1: Oppstart/planprogram"},
		{"1.1", "Oppstart av revisjonen", "Sette i gang arbeidet", "Kari Nordmann", "", "9. januar 2017 (uke 2)", "", "Ferdig"},
		{"1.2", "Prosessplan | utkast *1*", "Gi oversikt over hvem, hva, når og hvorfor", "Prosjektgruppe", "Prosjektgruppe, Referansegruppe 1", "10.–27. januar 2017 (uke 2–4)", "Prosessplan", "Ferdig"},
		{"1.3", "Melding om oppstart som politisk sak", "Forankre arbeidet politisk", "Kari Nordmann", "", "30. mars 2017 (uke 13)", "", "Ikke startet"},
		{"Fase 2: Utredning/medvirkning"},
		{"2.1", "Folkemøte", "Få innspill fra innbyggerne", "Prosjektgruppe", "", "25. april 2017 kl. 18.00–20.30 (uke 17)", "", "Ikke startet"},
		{"2.2", "Høring av planforslaget", "Få uttalelser", "Kari Nordmann", "", "25. september – 6. november 2017 (uke 39–45)", "", "Ikke startet"},
		{"2.3", "Sluttbehandling i bystyret", "Vedta planen", "Kari Nordmann", "", "7. desember 2017 (uke 49)", "", "Ikke startet"},
	}
	if len(tb.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(tb.Rows), len(want))
	}
	for i, r := range tb.Rows {
		if got := rowTexts(r); !slices.Equal(got, want[i]) {
			t.Errorf("row %d:\n got %q\nwant %q", i, got, want[i])
		}
		if r.Group != (len(want[i]) == 1) {
			t.Errorf("row %d: Group = %v", i, r.Group)
		}
	}
	if c := tb.Rows[0].Cells[0]; c.Span != 8 || !c.Runs[0].Bold {
		t.Errorf("phase row cell %+v, want bold over 8 columns", c)
	}
	// The framdriftsplan is on landscape pages, and the document returns to portrait after it.
	var orient []render.Orientation
	for _, b := range d.Blocks {
		if s, ok := b.(*render.Section); ok {
			orient = append(orient, s.Orientation)
		}
	}
	if !slices.Equal(orient, []render.Orientation{render.Landscape, render.Portrait}) {
		t.Errorf("sections %v", orient)
	}
}

func TestBuildPoliticalTable(t *testing.T) {
	d := render.Build(testSchedule(t), render.Options{})
	tb := tableByCaption(d, "Politiske behandlinger")
	if tb == nil {
		t.Fatal("no table of political treatments")
	}
	want := [][]string{
		{"1.3", "Melding om oppstart som politisk sak", "Eldrerådet 06.03.2017, Komite for plan, næring og miljø 14.03.2017, Bystyret 30.03.2017", "20.02.2017", "Forankre arbeidet politisk"},
		{"2.3", "Sluttbehandling i bystyret", "Eldrerådet 20.11.2017, Komite for plan, næring og miljø 28.11.2017, Bystyret 07.12.2017", "06.11.2017", "Vedta planen"},
	}
	for i, r := range tb.Rows {
		if got := rowTexts(r); !slices.Equal(got, want[i]) {
			t.Errorf("row %d:\n got %q\nwant %q", i, got, want[i])
		}
		// The deciding body, last in the saksgang, stands out in bold.
		runs := r.Cells[2].Runs
		if last := runs[len(runs)-1]; !last.Bold || !strings.HasPrefix(last.Text, "Bystyret") || runs[0].Bold {
			t.Errorf("row %d saksgang runs %+v, want only the deciding body bold", i, runs)
		}
	}
	// Every column is at least as wide as its longest word at 10 pt on an
	// A4 portrait page (453 pt of text), so Word and PDF break no word.
	sum := 0.0
	for i, c := range tb.Columns {
		sum += c.Width
		longest := 0
		for _, f := range strings.Fields(c.Title) {
			longest = max(longest, utf8.RuneCountInString(f))
		}
		for _, r := range tb.Rows {
			for _, f := range strings.Fields(rowTexts(r)[i]) {
				longest = max(longest, utf8.RuneCountInString(f))
			}
		}
		if need := float64(longest) * 0.55 * 10 / 453; c.Width < need {
			t.Errorf("column %q is %.3f wide, its longest word needs %.3f", c.Title, c.Width, need)
		}
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("widths add up to %.4f", sum)
	}
}

func TestBuildNynorsk(t *testing.T) {
	p := testPlan()
	p.Language = prosessplan.Nynorsk
	s, _ := prosessplan.NewSchedule(p)
	d := render.Build(s, render.Options{})
	want := []string{"Bakgrunn", "Mandat", "Mål og ønskt resultat", "Plantype og rammer", "Organisering",
		"Medverknad", "Framdriftsplan", "Politisk handsaming", "Suksessfaktorar og risiko", "Vedlegg"}
	if got := headings(d, 1); !slices.Equal(got, want) {
		t.Errorf("headings:\n got %q\nwant %q", got, want)
	}
	text := allText(d)
	for _, s := range []string{"Ansvarleg eining: ", "Vedteken av Rådmannens ledergruppe 31. januar 2017", "Føremål\t",
		"Deltakarar\t", "7. desember 2017 (veke 49)", "Planen vert utarbeidd som temaplan.", "Innhald"} {
		if !strings.Contains(text, s) && d.Captions.Contents != s {
			t.Errorf("nynorsk document lacks %q", s)
		}
	}
	for _, s := range []string{"Ansvarlig", "Deltakere", "(uke "} {
		if strings.Contains(text, s) {
			t.Errorf("nynorsk document has bokmål %q", s)
		}
	}
	if d.Language.Tag() != "nn-NO" || d.Captions.Week != "Veke" {
		t.Errorf("tag %s, week %q", d.Language.Tag(), d.Captions.Week)
	}
	// Options.Language overrides the målform.
	if got := headings(render.Build(s, render.Options{Language: prosessplan.English}), 1)[5]; got != "Participation" {
		t.Errorf("English heading %q", got)
	}
}

func TestBuildHeadingIDs(t *testing.T) {
	p := testPlan()
	p.Groups[1].Name = "Medlemmer" // a group named like a heading must not share its anchor
	s, _ := prosessplan.NewSchedule(p)
	d := render.Build(s, render.Options{})
	seen := map[string]string{}
	for _, b := range d.Blocks {
		h, ok := b.(*render.Heading)
		if !ok {
			continue
		}
		if h.ID == "" {
			t.Errorf("heading %q has no ID", h.Text)
		}
		if prev, dup := seen[h.ID]; dup {
			t.Errorf("headings %q and %q share ID %q", prev, h.Text, h.ID)
		}
		seen[h.ID] = h.Text
	}
	if seen["mål-og-ønsket-resultat"] != "Mål og ønsket resultat" || seen["medlemmer-1"] != "Medlemmer" {
		t.Errorf("IDs: %v", seen)
	}
	// Same plan, same document.
	if fmt.Sprint(render.Build(s, render.Options{}).Blocks) == "" {
		t.Fatal("empty")
	}
}

func TestBuildFrame(t *testing.T) {
	p := testPlan()
	p.Type = prosessplan.KommuneplanSamfunn
	p.LegalBasis = []string{"Plan- og bygningsloven kapittel 11."}
	s, _ := prosessplan.NewSchedule(p)
	d := render.Build(s, render.Options{})
	text := allText(d)
	for _, want := range []string{
		"Planen utarbeides som kommuneplanens samfunnsdel.",
		"Plan- og bygningsloven stiller disse kravene til prosessen:",
		"pbl § 11-13\tPlanprogrammet sendes på høring",
		"\t6 uker\tPåkrevd",
		"Lovgrunnlag\nPlan- og bygningsloven kapittel 11.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Plantype og rammer lacks %q", want)
		}
	}
}

func TestBuildProblemsAppendix(t *testing.T) {
	probs := prosessplan.Problems{{Code: "PP-NO-PURPOSE", Severity: prosessplan.SeverityWarning, Activity: "2.2",
		Pos:  prosessplan.Pos{File: "plan.yaml", Line: 41},
		Text: map[prosessplan.Language]string{prosessplan.Bokmal: "Aktivitet 2.2 mangler hensikt — skriv hvorfor den gjøres."}}}
	d := render.Build(testSchedule(t), render.Options{Problems: probs})
	if got := headings(d, 1); got[len(got)-1] != "Mangler i planen" {
		t.Fatalf("last heading %q", got[len(got)-1])
	}
	tb := tableByCaption(d, "Mangler i planen")
	want := []string{"Advarsel", "Aktivitet 2.2, linje 41", "Aktivitet 2.2 mangler hensikt — skriv hvorfor den gjøres."}
	if tb == nil || !slices.Equal(rowTexts(tb.Rows[0]), want) {
		t.Errorf("problems table %+v", tb)
	}
	if got := headings(render.Build(testSchedule(t), render.Options{}), 1); slices.Contains(got, "Mangler i planen") {
		t.Error("appendix without problems")
	}
}

func TestSpan(t *testing.T) {
	d, at := prosessplan.DayOf, prosessplan.At
	D := prosessplan.D
	tests := []struct {
		lang prosessplan.Language
		a, b prosessplan.Time
		want string
	}{
		{"nb", d(D(2017, 12, 7)), d(D(2017, 12, 7)), "7. desember 2017 (uke 49)"},
		{"nn", d(D(2017, 12, 7)), prosessplan.Time{}, "7. desember 2017 (veke 49)"},
		{"en", d(D(2017, 12, 7)), d(D(2017, 12, 7)), "7 December 2017 (week 49)"},
		{"nb", d(D(2017, 1, 9)), d(D(2017, 1, 27)), "9.–27. januar 2017 (uke 2–4)"},
		{"nb", d(D(2017, 9, 25)), d(D(2017, 11, 6)), "25. september – 6. november 2017 (uke 39–45)"},
		{"nb", d(D(2016, 12, 12)), d(D(2017, 1, 6)), "12. desember 2016 – 6. januar 2017 (uke 50 2016 – uke 1 2017)"},
		{"nb", at(D(2017, 12, 7), 9, 0), at(D(2017, 12, 7), 10, 30), "7. desember 2017 kl. 09.00–10.30 (uke 49)"},
		{"en", at(D(2017, 12, 7), 9, 0), at(D(2017, 12, 7), 10, 30), "7 December 2017 at 09:00–10:30 (week 49)"},
		{"nb", d(D(2017, 12, 4)), d(D(2017, 12, 8)), "4.–8. desember 2017 (uke 49)"},
	}
	for _, tt := range tests {
		if got := words.Span(tt.lang, tt.a, tt.b); got != tt.want {
			t.Errorf("%s Span(%v, %v) = %q, want %q", tt.lang, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDurationWords(t *testing.T) {
	if got := words.Duration(prosessplan.Nynorsk, prosessplan.Duration{N: 6, Unit: prosessplan.Weeks}); got != "6 veker" {
		t.Errorf("Duration = %q", got)
	}
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		s, _ := prosessplan.NewSchedule(plantest.Generate(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				render.Build(s, render.Options{})
			}
		})
	}
}

func BenchmarkBuildSaksframlegg(b *testing.B) {
	for _, n := range []int{50, 1000, 10000} {
		s, _ := prosessplan.NewSchedule(plantest.Generate(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				render.BuildSaksframlegg(s, render.Options{})
			}
		})
	}
}

// TestFileNameAndSubject: the names FileName and Subject give without
// building are the ones Build puts in its document.
func TestFileNameAndSubject(t *testing.T) {
	for _, tc := range []struct{ title, file, subject string }{
		{"Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021",
			"prosessplan-for-rullering-av-boligpolitisk-handlingsplan-boligplan-2018-2021", "Boligplan 2018–2021"},
		{"Kommuneplanens arealdel for Ørsta og Volda", "prosessplan-kommuneplanens-arealdel-for-orsta-og-volda", "Kommuneplanens arealdel for Ørsta og Volda"},
		{"Process plan for the harbour plan", "prosessplan-process-plan-for-the-harbour-plan", "The harbour plan"},
		{"", "prosessplan", ""},
		{strings.Repeat("Område ", 40), "prosessplan-" + strings.TrimSuffix(strings.Repeat("omrade-", 12), "-"), strings.Repeat("Område ", 40)},
	} {
		p := &prosessplan.Plan{Title: tc.title, Type: prosessplan.Temaplan}
		if got := render.FileName(p); got != tc.file {
			t.Errorf("render.FileName(%q) = %q, want %q", tc.title, got, tc.file)
		}
		if got := render.Subject(p); got != tc.subject {
			t.Errorf("render.Subject(%q) = %q, want %q", tc.title, got, tc.subject)
		}
		s, _ := prosessplan.NewSchedule(p)
		if d := render.Build(s, render.Options{}); d.FileName != render.FileName(p) || d.Subject != render.Subject(p) {
			t.Errorf("render.Build(%q) names %q / %q, FileName and Subject %q / %q", tc.title, d.FileName, d.Subject, render.FileName(p), render.Subject(p))
		}
	}
	if render.FileName(nil) != "prosessplan" || render.Subject(nil) != "" {
		t.Errorf("nil plan: %q, %q", render.FileName(nil), render.Subject(nil))
	}
}
