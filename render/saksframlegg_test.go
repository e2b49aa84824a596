package render_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/md"
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

// readPlan decodes and schedules a plan file; it must have no errors.
func readPlan(t testing.TB, name string) *prosessplan.Schedule {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := prosessplan.Decode(f, name)
	if err != nil {
		t.Fatal(err)
	}
	s, probs := prosessplan.CheckPlan(p)
	if probs.HasErrors() {
		t.Fatalf("%s: %v", name, probs)
	}
	return s
}

// caseOf returns the saksframlegg for the decision carried by activity id.
func caseOf(t testing.TB, s *prosessplan.Schedule, id string, opts render.Options) *render.Document {
	t.Helper()
	d, err := render.Saksframlegg(s, id, opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSaksframleggGolden writes one saksframlegg of each decision kind as
// Markdown and compares it with testdata/saksframlegg (go test -update
// rewrites them): a kommuneplan's varsel om oppstart with the planprogram
// høring, the fastsetting of the planprogram, the høring and the
// sluttbehandling, in bokmål and nynorsk; a temaplan's melding om
// oppstart (the Bodø example, 2017); a reguleringsplan's høring.
func TestSaksframleggGolden(t *testing.T) {
	kp := readPlan(t, "testdata/kommuneplan.yaml")
	bodo := readPlan(t, "../examples/bodo.yaml")
	reg := readPlan(t, "testdata/reguleringsplan.yaml")
	nn := render.Options{Language: prosessplan.Nynorsk}
	tests := []struct {
		golden string
		s      *prosessplan.Schedule
		id     string
		opts   render.Options
	}{
		{"kommuneplan-oppstart.nb.md", kp, "1.2", render.Options{}},
		{"kommuneplan-planprogram.nb.md", kp, "1.4", render.Options{}},
		{"kommuneplan-horing.nb.md", kp, "2.2", render.Options{}},
		{"kommuneplan-sluttbehandling.nb.md", kp, "2.5", render.Options{}},
		{"kommuneplan-oppstart.nn.md", kp, "1.2", nn},
		{"kommuneplan-planprogram.nn.md", kp, "1.4", nn},
		{"kommuneplan-horing.nn.md", kp, "2.2", nn},
		{"kommuneplan-sluttbehandling.nn.md", kp, "2.5", nn},
		{"temaplan-melding.nb.md", bodo, "1.7", render.Options{}},
		{"temaplan-melding.nn.md", bodo, "1.7", nn},
		{"temaplan-sluttbehandling.nb.md", bodo, "4.2", render.Options{}},
		{"reguleringsplan-horing.nb.md", reg, "1.2", render.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := md.Write(&buf, caseOf(t, tt.s, tt.id, tt.opts)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "saksframlegg", tt.golden)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", path, buf.String())
			}
		})
	}
}

// TestInnstillingNamesTheLaw checks what a secretary checks first: each
// innstilling names the right paragraph of the law and the høring period.
func TestInnstillingNamesTheLaw(t *testing.T) {
	kp := readPlan(t, "testdata/kommuneplan.yaml")
	reg := readPlan(t, "testdata/reguleringsplan.yaml")
	nbsp := "\u00a0"
	tests := []struct {
		s    *prosessplan.Schedule
		id   string
		opts render.Options
		want []string
	}{
		{kp, "1.2", render.Options{}, []string{
			"Kommunestyret varsler oppstart av arbeidet med Kommuneplanens samfunnsdel 2024–2036, jf. plan- og bygningsloven § 11-12.",
			"Forslag til planprogram for Kommuneplanens samfunnsdel 2024–2036, datert 24." + nbsp + "februar 2023, sendes på høring og legges ut til offentlig ettersyn fra 21." + nbsp + "april til 1." + nbsp + "juni 2023, jf. plan- og bygningsloven § 11-13.",
		}},
		{kp, "1.4", render.Options{}, []string{
			"§ 11-13.", "Fastsetting av planprogram er en prosessledende beslutning som ikke kan påklages.",
		}},
		{kp, "2.2", render.Options{}, []string{"legges ut til høring og offentlig ettersyn fra ", "jf. plan- og bygningsloven § 11-14."}},
		{kp, "2.5", render.Options{}, []string{"Kommunestyret vedtar Kommuneplanens samfunnsdel 2024–2036, datert ", "jf. plan- og bygningsloven § 11-15.",
			"Tiltak i planen følges opp i budsjett og økonomiplan."}},
		{kp, "2.5", render.Options{Language: prosessplan.Nynorsk}, []string{"Kommunestyret vedtek Kommuneplanens samfunnsdel 2024–2036", "jf. plan- og bygningslova § 11-15."}},
		{reg, "1.2", render.Options{}, []string{"jf. plan- og bygningsloven § 12-10."}},
	}
	// A planstrategi is adopted under § 10-1, with no budget point.
	ps := readPlan(t, "testdata/kommuneplan.yaml").Plan
	ps.Type = prosessplan.Planstrategi
	strat, _ := prosessplan.NewSchedule(ps)
	tests = append(tests, struct {
		s    *prosessplan.Schedule
		id   string
		opts render.Options
		want []string
	}{strat, "2.5", render.Options{}, []string{"jf. plan- og bygningsloven § 10-1."}})
	if rec := listItems(caseOf(t, strat, "2.5", render.Options{}), "Kommunedirektørens innstilling"); len(rec) != 1 {
		t.Errorf("planstrategi innstilling %q, want the adoption only", rec)
	}
	for _, tt := range tests {
		d := caseOf(t, tt.s, tt.id, tt.opts)
		rec := ""
		for _, h := range headings(d, 1) {
			if strings.HasSuffix(h, "innstilling") {
				rec = strings.Join(listItems(d, h), "\n")
				break
			}
		}
		for _, w := range tt.want {
			if !strings.Contains(rec, w) {
				t.Errorf("%s %s: innstilling\n%s\nlacks %q", d.FileName, tt.opts.Language, rec, w)
			}
		}
	}
}

// TestSaksframleggIsAboutThisDecision: no sentence of the plan's
// background, no whole timeline, the councils' paragraph once.
func TestSaksframleggIsAboutThisDecision(t *testing.T) {
	for _, name := range []string{"../examples/bodo.yaml", "testdata/kommuneplan.yaml"} {
		s := readPlan(t, name)
		for _, d := range render.BuildSaksframlegg(s, render.Options{}) {
			text := allText(d)
			for _, par := range append(append([]string{}, s.Plan.Background...), s.Plan.Mandate...) {
				for _, sentence := range strings.Split(par, ". ") {
					if len(sentence) > 30 && strings.Contains(text, sentence) {
						t.Errorf("%s repeats the plan's background: %q", d.FileName, sentence)
					}
				}
			}
			if n := strings.Count(text, "før den avgjøres"); n > 1 {
				t.Errorf("%s: the councils' paragraph %d times", d.FileName, n)
			}
			for _, h := range []string{"Bakgrunn", "Mandat", "Medvirkning", "Prosessen så langt", "Lovgrunnlag"} {
				if slices.Contains(headings(d, 2), h) || slices.Contains(headings(d, 1), h) {
					t.Errorf("%s has the plan document's section %q", d.FileName, h)
				}
			}
			if n := len(listItems(d, "Videre prosess")); n > 6 {
				t.Errorf("%s: Videre prosess lists %d items", d.FileName, n)
			}
		}
	}
}

// TestNoAdviceInDocuments: the tool's advice («Anbefalt …») stays in check;
// neither the plan document nor a saksframlegg carries it.
func TestNoAdviceInDocuments(t *testing.T) {
	for _, name := range []string{"../examples/bodo.yaml", "testdata/kommuneplan.yaml", "testdata/reguleringsplan.yaml"} {
		s := readPlan(t, name)
		// Rendered with check's problems too (as -draft does): advice
		// stays out of the appendix.
		_, probs := prosessplan.CheckPlan(s.Plan)
		for _, lang := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
			opts := render.Options{Language: lang, Problems: probs}
			docs := append([]*render.Document{render.Build(s, opts)}, render.BuildSaksframlegg(s, opts)...)
			for _, d := range docs {
				text := strings.ToLower(allText(d))
				for _, word := range []string{"anbefal", "tilrådd", "recommended"} {
					if strings.Contains(text, word) {
						i := strings.Index(text, word)
						t.Errorf("%s (%s) gives advice: …%s…", d.FileName, lang, text[max(0, i-60):min(len(text), i+60)])
					}
				}
			}
		}
	}
	// A temaplan without a høring gets check's advice «Anbefalt: høring …»;
	// a draft rendered with it does not print it.
	p := testPlan()
	p.Phases[1].Activities = p.Phases[1].Activities[:1]
	s, probs := prosessplan.CheckPlan(p)
	if !strings.Contains(probs.Error(), "Anbefalt") {
		t.Fatalf("test plan gets no advice to leave out: %v", probs)
	}
	if text := allText(render.Build(s, render.Options{Problems: probs})); strings.Contains(text, "Anbefalt") {
		t.Errorf("the plan document prints check's advice")
	}
	// A temaplan's «Plantype og rammer» says what this plan does.
	d := render.Build(readPlan(t, "../examples/bodo.yaml"), render.Options{})
	tb := tableByCaption(d, "Stegene i denne planen")
	if tb == nil {
		t.Fatal("no table of the plan's own steps")
	}
	var rows []string
	for _, r := range tb.Rows {
		rows = append(rows, strings.Join(rowTexts(r), " | "))
	}
	want := []string{"Melding om oppstart | Bystyret 16.03.2017", "Høring og offentlig ettersyn | 15.09.2017–27.10.2017",
		"Utlegging til høring og offentlig ettersyn | Formannskapet 13.09.2017", "Sluttbehandling | Bystyret 07.12.2017"}
	slices.Sort(rows)
	slices.Sort(want)
	if !slices.Equal(rows, want) {
		t.Errorf("own steps\n got %q\nwant %q", rows, want)
	}
}

// TestAdministrativeDecisionHasNoCase: approval in rådmannens ledergruppe
// gets no saksframlegg and no row under Politisk behandling.
func TestAdministrativeDecisionHasNoCase(t *testing.T) {
	s := readPlan(t, "../examples/bodo.yaml")
	for _, d := range render.BuildSaksframlegg(s, render.Options{}) {
		if d.Decision == "1.4" {
			t.Error("a saksframlegg for the administrative approval 1.4")
		}
	}
	if _, err := render.Saksframlegg(s, "1.4", render.Options{}); !errors.Is(err, render.ErrNoDecision) {
		t.Errorf("Saksframlegg(1.4) error %v, want ErrNoDecision", err)
	}
	tb := tableByCaption(render.Build(s, render.Options{}), "Politiske behandlinger")
	for _, r := range tb.Rows {
		if rowTexts(r)[0] == "1.4" {
			t.Errorf("Politisk behandling has the administrative decision: %q", rowTexts(r))
		}
	}
}

// TestCaseDateIsEarliestDeadline: the saksframlegg is dated, and due, the
// earliest deadline in its saksgang.
func TestCaseDateIsEarliestDeadline(t *testing.T) {
	s := readPlan(t, "../examples/bodo.yaml")
	d := caseOf(t, s, "4.2", render.Options{})
	var date string
	for _, f := range d.Fields {
		if f.Key == render.FieldDato {
			date = f.Value
		}
	}
	// Eldrerådet 20.11 with 10 days' notice: 10.11; the bystyre's own
	// deadline (7.12 less 21 days) is 16.11.
	if date != "10.11.2017" {
		t.Errorf("dato %q, want 10.11.2017", date)
	}
	if got := s.Activity("4.2").Decision.Deadline(); got != prosessplan.D(2017, 11, 10) {
		t.Errorf("deadline %s", got)
	}
}

// TestWordsOfTheDocumentsDate: a 2017 case says rådmann and the laws of
// its time; a 2023 case kommunedirektør and kommuneloven § 5-12.
func TestWordsOfTheDocumentsDate(t *testing.T) {
	old := allText(caseOf(t, readPlan(t, "../examples/bodo.yaml"), "4.2", render.Options{}))
	for _, want := range []string{"Rådmannens innstilling", "lov om kommunale og fylkeskommunale eldreråd", "Ungdomsrådet er ikke lovpålagt"} {
		if !strings.Contains(old, want) {
			t.Errorf("2017 case lacks %q", want)
		}
	}
	for _, not := range []string{"§ 5-12", "Kommunedirektør", "kommunedirektør", "Statsforvalter", "statsforvalter"} {
		if strings.Contains(old, not) {
			t.Errorf("2017 case says %q", not)
		}
	}
	// The plan document too: the councils under the law of its date.
	if plan := allText(render.Build(readPlan(t, "../examples/bodo.yaml"), render.Options{})); !strings.Contains(plan, "Eldrerådet og rådet for mennesker med nedsatt funksjonsevne skal få saker") {
		t.Errorf("the 2017 plan document does not name the councils of its time")
	}
	s := readPlan(t, "testdata/kommuneplan.yaml")
	if plan := allText(render.Build(s, render.Options{})); !strings.Contains(plan, "(kommuneloven § 5-12). Rådene har sakene til behandling slik:") {
		t.Errorf("the 2023 plan document does not cite kommuneloven § 5-12")
	}
	recent := allText(caseOf(t, s, "2.5", render.Options{}))
	for _, want := range []string{"Kommunedirektørens innstilling", "kommuneloven § 5-12"} {
		if !strings.Contains(recent, want) {
			t.Errorf("2023 case lacks %q", want)
		}
	}
	// A profile that says rådmann wins over the date.
	prof := render.DefaultProfile("Nordvik kommune")
	prof.ChiefExecutive = render.Radmann
	if got := headings(caseOf(t, s, "2.5", render.Options{Profile: &prof}), 1)[0]; got != "Rådmannens innstilling" {
		t.Errorf("with a rådmann profile: %q", got)
	}
	// An unresolved innsigelse goes to the agency of the document's date.
	p := s.Plan
	p.Phases[1].Activities[4].Decision.HearingReport.Objections[0].Resolution = ""
	s2, _ := prosessplan.NewSchedule(p)
	if text := allText(caseOf(t, s2, "2.5", render.Options{})); !strings.Contains(text, "sendes saken til Statsforvalteren") {
		t.Errorf("unresolved innsigelse in 2023 does not name Statsforvalteren")
	}
	p.Date = prosessplan.D(2019, 1, 7)
	for i := range p.Bodies {
		for j := range p.Bodies[i].Meetings {
			p.Bodies[i].Meetings[j] = p.Bodies[i].Meetings[j].AddDays(-4 * 364)
		}
	}
	p.Phases[0].Activities[0].Start = prosessplan.DayOf(p.Phases[0].Activities[0].Start.Date.AddDays(-4 * 364))
	p.Phases[0].Activities[1].Decision.Outcome = nil
	s3, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	text := allText(caseOf(t, s3, "2.5", render.Options{}))
	if !strings.Contains(text, "sendes saken til Fylkesmannen") || strings.Contains(text, "sendes saken til Statsforvalter") {
		t.Errorf("a 2019 case should name Fylkesmannen:\n%s", text)
	}
}

// TestSaksframleggHeader: every header field is there, empty when the
// plan lacks it; the saksgang has every body with date and case number.
func TestSaksframleggHeader(t *testing.T) {
	s := readPlan(t, "testdata/kommuneplan.yaml")
	d := caseOf(t, s, "2.5", render.Options{})
	var keys []string
	for _, f := range d.Fields {
		keys = append(keys, f.Key+"="+f.Value)
	}
	want := []string{"saksbehandler=Åse Ødegård", "arkivsak=2023/118", "arkivkode=143", "lopenr=", "dato=" + d.Fields[4].Value,
		"tittel=Kommuneplanens samfunnsdel 2024–2036 – sluttbehandling"}
	if !slices.Equal(keys, want) {
		t.Errorf("fields\n got %q\nwant %q", keys, want)
	}
	kv, ok := d.Blocks[0].(*render.KeyValue)
	if !ok || !kv.Header {
		t.Fatalf("first block %T is not the header", d.Blocks[0])
	}
	var labels []string
	for _, p := range kv.Pairs {
		labels = append(labels, p.Key)
	}
	if want := []string{"Kommune", "Dokumenttype", "Saksbehandler", "Arkivsaksnr.", "Arkivkode", "Løpenr.", "Dato"}; !slices.Equal(labels, want) {
		t.Errorf("header labels %q, want %q (a field without a value is printed empty, never dropped)", labels, want)
	}
	sg := tableByCaption(d, "Saksgang")
	var bodies []string
	for _, r := range sg.Rows {
		bodies = append(bodies, rowTexts(r)[0])
	}
	if want := []string{"Eldrerådet", "Rådet for personer med funksjonsnedsettelse", "Ungdomsrådet", "Formannskapet", "Kommunestyret"}; !slices.Equal(bodies, want) {
		t.Errorf("saksgang %q", bodies)
	}
	if last := rowTexts(sg.Rows[len(sg.Rows)-1]); last[2] != "PS 31/24" || last[1] == "" {
		t.Errorf("kommunestyret's row %q", last)
	}
	if d.Decision != "2.5" {
		t.Errorf("Document.Decision %q", d.Decision)
	}
}

// TestSaksframleggSections: earlier decisions with body, date, saksnr and
// what was decided; the høring section; økonomiske konsekvenser summed;
// one marked line in Vurdering; vedlegg and «ikke vedlagt».
func TestSaksframleggSections(t *testing.T) {
	s := readPlan(t, "testdata/kommuneplan.yaml")
	d := caseOf(t, s, "2.5", render.Options{})
	earlier := listItems(d, "Tidligere vedtak i saken")
	if len(earlier) != 3 || earlier[0] != "Kommunestyret 20.04.2023 (PS 14/23): varslet oppstart og sendte planprogrammet på høring." {
		t.Errorf("earlier decisions %q", earlier)
	}
	text := allText(d)
	for _, want := range []string{
		"Det kom 14 uttalelser.",
		"Flere boliger for eldre i sentrum.",
		"Det kom én innsigelse: Statsforvalteren i Nordland (Mål for jordvern): Løst ved at målet er tatt inn i kapittel 4.",
		"Til sammen: kr\u00a0230\u00a0000 og 50\u00a0% stilling.",
		"plan- og bygningsloven § 11-14 andre ledd",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sluttbehandling lacks %q", want)
		}
	}
	var marked int
	inVurdering := false
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.Level == 1 {
			inVurdering = h.Text == "Vurdering"
		}
		if p, ok := b.(*render.Paragraph); ok && p.Style == render.ToComplete && inVurdering {
			marked++
		}
	}
	if marked != 1 {
		t.Errorf("%d marked lines in Vurdering, want 1", marked)
	}
	if got := listItems(d, "Vedlegg"); !slices.Equal(got, []string{"Kommuneplanens samfunnsdel 2024–2036, forslag til vedtak", "Merknadsbehandling"}) {
		t.Errorf("vedlegg %q", got)
	}
	if got := listItems(d, "Andre dokumenter i saken (ikke vedlagt)"); len(got) != 2 {
		t.Errorf("ikke vedlagt %q", got)
	}
	// The høring case names the period and the parties.
	h := allText(caseOf(t, s, "2.2", render.Options{}))
	if !strings.Contains(h, "Høringsinstanser: Statsforvalteren i Nordland, Nordland fylkeskommune") {
		t.Errorf("høring case lacks the parties")
	}
}

// TestSaksframleggFileNames: names in the document's language, unique per
// document, and short enough for any file system.
func TestSaksframleggFileNames(t *testing.T) {
	s := readPlan(t, "testdata/kommuneplan.yaml")
	var names []string
	for _, d := range render.BuildSaksframlegg(s, render.Options{Language: prosessplan.Nynorsk}) {
		names = append(names, d.FileName)
	}
	want := []string{"saksframlegg-1-2-melding-om-oppstart", "saksframlegg-1-4-fastsetjing-av-planprogram",
		"saksframlegg-2-2-utlegging-til-hoyring", "saksframlegg-2-5-sluthandsaming"}
	if !slices.Equal(names, want) {
		t.Errorf("nynorsk names %q, want %q", names, want)
	}

	p := testPlan()
	acts := p.Phases[1].Activities
	final := acts[2]
	p.Phases[1].Activities = nil
	for _, id := range []string{"1.2", "1-2", "1 2"} {
		a := final
		a.ID = id
		dec := *final.Decision
		a.Decision = &dec
		p.Phases[1].Activities = append(p.Phases[1].Activities, a)
	}
	p.Phases[1].Activities = append(p.Phases[1].Activities, acts[0], acts[1])
	p.Phases[0].Activities[1].ID = "0.2"
	p.Phases[0].Activities[2].After = []prosessplan.Dependency{{ID: "0.2"}}
	s2, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	seen := map[string]bool{}
	for _, d := range render.BuildSaksframlegg(s2, render.Options{}) {
		if seen[d.FileName] {
			t.Errorf("file name %q twice", d.FileName)
		}
		seen[d.FileName] = true
		if again, _ := render.Saksframlegg(s2, d.Decision, render.Options{}); again.FileName != d.FileName {
			t.Errorf("Saksframlegg(%q) is named %q, BuildSaksframlegg %q", d.Decision, again.FileName, d.FileName)
		}
	}

	p = testPlan()
	p.Title = strings.Repeat("Kommunedelplan for idrett, fysisk aktivitet og friluftsliv ", 6)
	p.Phases[1].Activities[2].ID = strings.Repeat("9", 150)
	s3, _ := prosessplan.NewSchedule(p)
	docs := append(render.BuildSaksframlegg(s3, render.Options{}), render.Build(s3, render.Options{}))
	for _, d := range docs {
		if len(d.FileName) > 100 || strings.HasSuffix(d.FileName, "-") || d.FileName == "" {
			t.Errorf("file name %q (%d bytes)", d.FileName, len(d.FileName))
		}
	}
}

// TestEmptyInput: nil and empty schedules give documented results, no panic.
func TestEmptyInput(t *testing.T) {
	if docs := render.BuildSaksframlegg(nil, render.Options{}); docs != nil {
		t.Errorf("BuildSaksframlegg(nil) = %v", docs)
	}
	if docs := render.BuildSaksframlegg(&prosessplan.Schedule{}, render.Options{}); len(docs) != 0 {
		t.Errorf("BuildSaksframlegg(empty) = %v", docs)
	}
	if _, err := render.Saksframlegg(nil, "1", render.Options{}); !errors.Is(err, render.ErrNoDecision) {
		t.Errorf("Saksframlegg(nil) error %v", err)
	}
	for _, s := range []*prosessplan.Schedule{nil, {}, {Plan: &prosessplan.Plan{}}} {
		d := render.Build(s, render.Options{})
		if d == nil || d.FileName != "prosessplan" {
			t.Errorf("Build(%v) = %+v", s, d)
		}
	}
}

// TestAdviceIsNoDraft: only errors rendered in spite of them mark a draft.
func TestAdviceIsNoDraft(t *testing.T) {
	s := testSchedule(t)
	advice := prosessplan.Problems{{Code: "PP-X", Severity: prosessplan.SeverityAdvice, Text: map[prosessplan.Language]string{prosessplan.Bokmal: "råd"}}}
	for _, d := range append(render.BuildSaksframlegg(s, render.Options{Problems: advice}), render.Build(s, render.Options{Problems: advice})) {
		if strings.Contains(d.HeaderText, "UTKAST") {
			t.Errorf("%s: advice made it a draft (%q)", d.FileName, d.HeaderText)
		}
	}
	errs := prosessplan.Problems{{Code: "PP-X", Severity: prosessplan.SeverityError, Text: map[prosessplan.Language]string{prosessplan.Bokmal: "feil"}}}
	for _, d := range append(render.BuildSaksframlegg(s, render.Options{Problems: errs}), render.Build(s, render.Options{Problems: errs})) {
		if !strings.Contains(d.HeaderText, "UTKAST") {
			t.Errorf("%s: rendered with errors but not a draft (%q)", d.FileName, d.HeaderText)
		}
	}
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
	// A case tells this decision, not the plan: its size does not grow
	// with the plan's activities.
	for _, d := range docs {
		if n := len(d.Blocks); n > 60 {
			t.Errorf("%s: %d blocks", d.FileName, n)
		}
	}
}

// TestPreparedInnstilling: a kommunestyre case that has passed
// formannskapet shows formannskapet's innstilling when the plan records
// it, after the administration's.
func TestPreparedInnstilling(t *testing.T) {
	s := readPlan(t, "testdata/kommuneplan.yaml")
	dec := s.Activity("2.5").Decision
	dec.Prepared = &prosessplan.PreparedProposal{Body: "fsk", Date: prosessplan.D(2024, 4, 10),
		Points: []string{"Kommunestyret vedtar samfunnsdelen med endringen i mål 3."}}
	d := caseOf(t, s, "2.5", render.Options{})
	if got := listItems(d, "Innstilling fra Formannskapet"); !slices.Equal(got, []string{"Kommunestyret vedtar samfunnsdelen med endringen i mål 3."}) {
		t.Errorf("formannskapet's innstilling %q", got)
	}
	if !strings.Contains(allText(d), "Formannskapet ga denne innstillingen 10.\u00a0april 2024:") {
		t.Errorf("no date of formannskapet's innstilling")
	}
	if h := headings(d, 1); h[0] != "Kommunedirektørens innstilling" {
		t.Errorf("first heading %q", h[0])
	}
}
