package md_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/md"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func bodo(t testing.TB, mod func(*prosessplan.Plan)) *prosessplan.Schedule {
	t.Helper()
	p := examples.Bodo()
	if mod != nil {
		mod(p)
	}
	s, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() {
		t.Fatalf("Bodø example does not schedule:\n%v", probs)
	}
	return s
}

func bodoProfile(t testing.TB) *render.Profile {
	t.Helper()
	f, err := os.Open("../../examples/bodo-profile.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := render.ReadProfile(f, "bodo-profile.yaml", os.DirFS("../../examples"))
	if err != nil {
		t.Fatal(err)
	}
	return &p
}

func write(t testing.TB, d *render.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := md.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// finalCase is the saksframlegg for the Bodø plan's final decision.
func finalCase(t testing.TB, opts render.Options) *render.Document {
	for _, d := range render.BuildSaksframlegg(bodo(t, nil), opts) {
		if strings.HasSuffix(d.FileName, "sluttbehandling") {
			return d
		}
	}
	t.Fatal("no saksframlegg for sluttbehandling")
	return nil
}

func TestGolden(t *testing.T) {
	nn := func(p *prosessplan.Plan) { p.Language = prosessplan.Nynorsk }
	prof := bodoProfile(t)
	tests := []struct {
		file string
		doc  *render.Document
	}{
		{"bodo-nb.md", render.Build(bodo(t, nil), render.Options{Profile: prof})},
		{"bodo-nn.md", render.Build(bodo(t, nn), render.Options{Profile: prof})},
		{"saksframlegg-4-2-sluttbehandling.md", finalCase(t, render.Options{Profile: prof})},
	}
	for _, tt := range tests {
		got := write(t, tt.doc)
		path := filepath.Join("testdata", tt.file)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the golden file; if the change is meant, run go test ./render/md -update and read the diff", tt.file)
		}
	}
}

// section returns the lines of the "## heading" section.
func section(doc, heading string) string {
	i := strings.Index(doc, "\n## "+heading+"\n")
	if i < 0 {
		return ""
	}
	rest := doc[i+len(heading)+5:]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func h2s(doc string) []string {
	var out []string
	for _, l := range strings.Split(doc, "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			out = append(out, h)
		}
	}
	return out
}

func TestReaderSeesProcessPlan(t *testing.T) {
	doc := write(t, render.Build(bodo(t, nil), render.Options{}))
	want := []string{"Bakgrunn", "Mandat", "Mål og ønsket resultat", "Plantype og rammer", "Organisering", "Medvirkning",
		"Framdriftsplan", "Politisk behandling", "Ressurser", "Suksessfaktorer og risiko", "Vedlegg"}
	if got := h2s(doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings:\n got %q\nwant %q", got, want)
	}
	if !strings.HasPrefix(doc, "# Prosessplan for rullering av boligpolitisk handlingsplan – Boligplan 2018–2021\n") {
		t.Errorf("title line %q", strings.SplitN(doc, "\n", 2)[0])
	}
	// The adoption in bystyret on 7 December 2017, in the table of political treatments.
	pol := section(doc, "Politisk behandling")
	var row string
	for _, l := range strings.Split(pol, "\n") {
		if strings.HasPrefix(l, "| 4.2 |") {
			row = l
		}
	}
	// One date style in the table; the deciding body last in the saksgang, in bold.
	for _, want := range []string{"| 4.2 |", "Sluttbehandling i bystyret", "Formannskapet 29.11.2017, **Bystyret 07.12.2017** |", "| 10.11.2017 |"} {
		if !strings.Contains(row, want) {
			t.Errorf("row of 7 December 2017 %q lacks %q", row, want)
		}
	}
	// The activity table gives dates with ISO weeks; the timeline is a
	// list a reader can follow as text, with a decision's saksgang.
	fr := section(doc, "Framdriftsplan")
	for _, want := range []string{"| 4.2 | Sluttbehandling i bystyret |", "7. desember 2017 (uke 49)",
		"- **4 Sluttbehandling** — 6. november – 15. desember 2017 (uke 45–50)\n",
		"  - ◆ 4.2 Sluttbehandling i bystyret — 7. desember 2017 (uke 49) !; ○ Eldrerådet 20.11.2017;",
		"○ Formannskapet 29.11.2017; ⚑ Frist for saksframlegg 10.11.2017\n",
		"| **Fase 4: Sluttbehandling** |", "*Tegnforklaring:* ▬ Arbeid · ● Møte · ▲ Arbeidsverksted · ■ Folkemøte",
		"○ Behandling i saksgangen · ⚑ Frist for saksframlegg · ! Kritisk linje\n"} {
		if !strings.Contains(fr, want) {
			t.Errorf("Framdriftsplan lacks %q", want)
		}
	}
	// Every table row has as many cells as its header.
	for _, l := range strings.Split(doc, "\n") {
		if strings.HasPrefix(l, "| ") && strings.Count(l, "|")-strings.Count(l, `\|`) < 3 {
			t.Errorf("short table row %q", l)
		}
	}
}

func TestReaderSeesNynorsk(t *testing.T) {
	doc := write(t, render.Build(bodo(t, func(p *prosessplan.Plan) { p.Language = prosessplan.Nynorsk }), render.Options{}))
	for _, want := range []string{"## Medverknad", "## Politisk handsaming", "## Ressursar", "**Innhald**",
		"| Nr. | Aktivitet | Føremål | Ansvarleg | Deltakarar | Når | Leveranse | Status |",
		"7. desember 2017 (veke 49)", "— 9. januar – 17. mars 2017 (veke 2–11)", "*Teiknforklaring:*", "Ikkje starta", "Vedteken av Rådmannens ledergruppe 31. januar 2017"} {
		if !strings.Contains(doc, want) {
			t.Errorf("nynorsk document lacks %q", want)
		}
	}
	for _, bokmal := range []string{"(uke ", "Ansvarlig", "Deltakere", "Hensikt", "Ikke startet", "Tegnforklaring"} {
		if strings.Contains(doc, bokmal) {
			t.Errorf("nynorsk document has bokmål %q", bokmal)
		}
	}
}

func TestEmptySectionLeftOut(t *testing.T) {
	doc := write(t, render.Build(bodo(t, func(p *prosessplan.Plan) {
		p.Resources, p.Risks, p.SuccessFactors = nil, nil, nil
	}), render.Options{}))
	for _, gone := range []string{"Ressurser", "Suksessfaktorer og risiko", "Risiko"} {
		if strings.Contains(doc, "## "+gone+"\n") || strings.Contains(doc, "(#"+strings.ToLower(gone)) {
			t.Errorf("empty section %q is printed or listed", gone)
		}
	}
}

func TestReaderSeesSaksframlegg(t *testing.T) {
	doc := write(t, finalCase(t, render.Options{Profile: bodoProfile(t)}))
	inn := strings.Index(doc, "## Rådmannens innstilling")
	sum := strings.Index(doc, "## Sammendrag")
	if inn < 0 || sum < 0 || inn > sum {
		t.Fatalf("innstilling at %d, Sammendrag at %d: the recommendation must come first", inn, sum)
	}
	title := strings.Index(doc, "# Boligplan 2018–2021 – sluttbehandling\n")
	if title < 0 || title > inn {
		t.Errorf("title at %d", title)
	}
	for _, want := range []string{
		"| Utvalg | Møtedato | Saksnr. |", "| Formannskapet | 29.11.2017 |  |\n| Bystyret | 07.12.2017 |  |",
		"1. Bystyret vedtar Boligplan 2018–2021.", "## Saksopplysninger", "## Vurdering",
		"*\\[Saksbehandlers vurdering og konklusjon.\\]*", "## Vedlegg",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("saksframlegg lacks %q", want)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plan | bygg", `Plan \| bygg`},
		{"*viktig* og _dette_", `\*viktig\* og \_dette\_`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"[lenke](http://x)", `\[lenke\](http://x)`},
		{"# ikke overskrift", `\# ikke overskrift`},
		{"AT&T og &amp;", `AT&T og \&amp;`},
		{"linje 1\nlinje 2", "linje 1 linje 2"},
		{"æøå ÆØÅ – §", "æøå ÆØÅ – §"},
		{"`kode` og \\", "\\`kode\\` og \\\\"},
	}
	for _, tt := range tests {
		if got := md.Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLineStarts(t *testing.T) {
	d := &render.Document{Blocks: []render.Block{
		&render.Paragraph{Runs: render.Plain("7. desember 2017 vedtok bystyret planen.")},
		&render.List{Items: [][]render.Run{render.Plain("9. januar 2017: oppstart"), render.Plain("- ikke en liste")}},
		&render.Paragraph{Runs: []render.Run{{Text: "Les "}, {Text: "prosessplanen", Bold: true, Link: "#vedlegg"}, {Text: " nå."}}},
	}}
	want := "7\\. desember 2017 vedtok bystyret planen.\n\n- 9\\. januar 2017: oppstart\n- \\- ikke en liste\n\nLes [**prosessplanen**](#vedlegg) nå.\n"
	if got := write(t, d); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func BenchmarkWrite(b *testing.B) {
	d := render.Build(bodo(b, nil), render.Options{})
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		md.Write(&buf, d)
	}
}

func TestDeterministic(t *testing.T) {
	// Same plan, same bytes: no map order, clock or randomness leaks into the output.
	a := write(t, render.Build(bodo(t, nil), render.Options{}))
	for i := 0; i < 5; i++ {
		if b := write(t, render.Build(bodo(t, nil), render.Options{})); b != a {
			t.Fatal("two renderings of the same plan differ")
		}
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"Plan | bygg", "*a* _b_", "1. januar", "<b>&amp;", "æøå\n|x|", `\|`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := md.Escape(s)
		if strings.ContainsAny(e, "\n\r") {
			t.Errorf("Escape(%q) = %q keeps a line break", s, e)
		}
		// Every | is escaped, so a table cell never splits.
		for i := 0; i < len(e); i++ {
			if e[i] == '|' {
				n := 0
				for j := i - 1; j >= 0 && e[j] == '\\'; j-- {
					n++
				}
				if n%2 == 0 {
					t.Errorf("Escape(%q) = %q has an unescaped |", s, e)
				}
			}
		}
	})
}

// Control characters in a plan's text never reach the Markdown raw: an
// escape sequence would clear or retitle the terminal of whoever cats or
// diffs the file, and a right-to-left override would show a text other
// than the one reviewed.
func TestWriteNeutralisesControlCharacters(t *testing.T) {
	hostile := "Boligplan\x1b]0;pwned\x07\x1b[2J \u202eenalp\u202c\u0085slutt\x7f"
	s := bodo(t, func(p *prosessplan.Plan) {
		p.Title = hostile
		p.Phases[0].Name = hostile
		p.Phases[0].Activities[0].Name = hostile
		p.Phases[0].Activities[0].Purpose = hostile
	})
	d := render.Build(s, render.Options{})
	var b bytes.Buffer
	if err := md.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for i, r := range out {
		if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e {
			t.Fatalf("control character %U at byte %d: %q", r, i, out[max(0, i-20):min(len(out), i+20)])
		}
	}
	if want := "Boligplan\uFFFD\\]0;pwned\uFFFD\uFFFD\\[2J \uFFFDenalp\uFFFD\uFFFDslutt\uFFFD"; !strings.Contains(out, want) {
		t.Errorf("Markdown lacks %q", want)
	}
}

func TestWriteNil(t *testing.T) {
	if err := md.Write(&bytes.Buffer{}, nil); err != md.ErrNoDocument {
		t.Errorf("Write(nil) = %v, want ErrNoDocument", err)
	}
}
