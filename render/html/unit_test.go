package html_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/html"
)

// handDoc is a small document with what the example plan lacks: marks on
// a decision row, hostile and broken text, links of every kind, a skipped
// heading level, a table with a group row, spans, fills and an empty
// column title.
func handDoc() *render.Document {
	tl := &render.Timeline{
		Title:       "Tidslinje",
		AltText:     "Tidslinje fra uke 10 til uke 13.",
		Granularity: render.ByWeek,
		Columns: []render.TimeColumn{
			{Label: "10"}, {Label: "11"}, {Label: "12", Shaded: true, ShadeReason: "Påske"}, {Label: "13"},
		},
		Groups: []render.ColumnGroup{{Label: "mars", First: 0, Last: 3}},
		Rows: []render.TimelineRow{
			{Phase: true, Number: "1", Label: "Oppstart", First: 0, Last: 3, Color: "1F3A5F"},
			{Number: "1.1", Label: "Høring <med> «tegn»", Kind: prosessplan.Hearing, First: 0, Last: 2, Hatched: true, Critical: true, Color: "C0504D"},
			{Number: "1.2", Label: "Sluttbehandling", Kind: prosessplan.PoliticalDecision, First: 3, Last: 3, Point: true, Symbol: "◆", Color: "1F3A5F", Critical: true,
				Marks: []render.TimelineMark{
					{Column: 1, Symbol: "○", Label: "Eldrerådet 14.03.2017"},
					{Column: 0, Symbol: "⚑", Label: "Frist for saksframlegg 07.03.2017", Deadline: true},
					{Column: -1, Symbol: "○", Label: "utenfor"},
					{Column: 3, Symbol: "○", Label: "Bystyret 21.03.2017"},
					{Column: 1, Symbol: "○", Label: "Komiteen 16.03.2017"},
				}},
		},
		Legend: []render.LegendItem{
			{Kind: prosessplan.Hearing, Label: "Høring", Color: "C0504D", Hatched: true},
			{Kind: prosessplan.PoliticalDecision, Label: "Politisk behandling", Symbol: "◆", Color: "1F3A5F"},
			{Label: "Kritisk linje", Critical: true},
		},
		ShadedLabel: "Helligdag",
	}
	return &render.Document{
		Title:      "Plan <b>fet</b> & \x07klokke",
		Language:   prosessplan.Nynorsk,
		Profile:    render.DefaultProfile("Vaksdal kommune"),
		Captions:   render.Captions{Contents: "Innhald", Legend: "Teiknforklaring", Week: "Veke", Page: "Side", Of: "av"},
		HeaderText: "Vaksdal kommune – Plan",
		FileName:   "hand",
		Blocks: []render.Block{
			&render.Heading{Level: 0, Text: "Plan <b>fet</b>", ID: "tittel"},
			&render.TableOfContents{Title: "Innhald"},
			&render.Heading{Level: 1, Text: "Bakgrunn", ID: "bakgrunn"},
			&render.Paragraph{Runs: []render.Run{
				{Text: "Sjå "}, {Text: "lova", Link: "https://lovdata.no/lov/2008-06-27-71"},
				{Text: ", "}, {Text: "bakgrunnen", Link: "#bakgrunn"},
				{Text: " og "}, {Text: "dette", Link: "javascript:alert(1)"}, {Text: "."},
			}},
			&render.Heading{Level: 3, Text: "Djupt", ID: "djupt"},
			&render.Paragraph{Style: render.ToComplete, Runs: render.Plain("Skriv vurderinga her.")},
			&render.Section{Orientation: render.Landscape},
			&render.Heading{Level: 1, Text: "Framdrift", ID: "framdrift"},
			tl,
			&render.Table{
				Caption: "Aktivitetar",
				Columns: []render.Column{{Title: "Nr.", Width: 0.2}, {Title: "Aktivitet", Width: 0.6}, {Title: "", Width: 0.2, Align: render.Right}},
				Rows: []render.Row{
					{Group: true, Cells: []render.Cell{{Runs: render.Plain("Fase 1: Oppstart")}}},
					{Cells: []render.Cell{{Runs: render.Plain("1.1")}, {Runs: render.Plain("=SUM(A1)"), Fill: "000000"}, {Runs: render.Plain("3")}}},
					{Cells: []render.Cell{{Runs: render.Plain("")}, {Runs: render.Plain("spenner over to"), Span: 2}}},
				},
			},
			&render.KeyValue{Header: true, Pairs: []render.Pair{{Key: "Saksbehandlar", Value: ""}, {Key: "Dato", Value: "1. mars 2017"}}},
		},
	}
}

func writeString(t testing.TB, d *render.Document, opts ...html.Option) string {
	t.Helper()
	var buf bytes.Buffer
	if err := html.Write(&buf, d, opts...); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHandDocument(t *testing.T) {
	doc := writeString(t, handDoc())
	for _, tt := range []struct {
		what string
		want string
	}{
		{"language", `<html lang="nn-NO">`},
		{"title escaped, control character gone", "<title>Plan &lt;b&gt;fet&lt;/b&gt; &amp; klokke</title>"},
		{"h1", `<h1 id="tittel">Plan &lt;b&gt;fet&lt;/b&gt;</h1>`},
		{"level 3 after level 1 lifted to h3", `<h3 id="djupt">Djupt</h3>`},
		{"external link", `<a href="https://lovdata.no/lov/2008-06-27-71">lova</a>`},
		{"link in the page", `<a href="#bakgrunn">bakgrunnen</a>`},
		{"javascript: link left as text", " og dette."},
		{"toc entry", `<li><a href="#framdrift">Framdrift</a>`},
		{"to complete", `<p class="to-complete">Skriv vurderinga her.</p>`},
		{"landscape section", `<div class="section wide">`},
		{"group row heads its row group", `<tr class="group"><th scope="rowgroup" colspan="3">Fase 1: Oppstart</th></tr>`},
		{"row header", `<th scope="row">1.1</th>`},
		{"formula is text, on a black fill in white", `<td style="background:#000000;color:#ffffff">=SUM(A1)</td>`},
		{"empty first cell is no header", `<td></td><td colspan="2">spenner over to</td>`},
		{"empty column title is no header", `<th scope="col">Aktivitet</th><td></td>`},
		{"caption", `>Aktivitetar</caption>`},
		{"mark meeting", `<g><title>Eldrerådet 14.03.2017</title><text class="sym"`},
		{"mark deadline", `<g><title>Frist for saksframlegg 07.03.2017</title>`},
		{"holiday tooltip", `<title>Påske</title></rect>`},
		{"week caption", `>Veke</text>`},
		{"row tooltip escaped", `<title>1.1 Høring &lt;med&gt; «tegn»</title>`},
		{"hatching", `fill="url(#pp-hatch-0)"`},
		{"critical outline", `<rect class="crit"`},
		{"critical point outline", `<polygon class="crit"`},
		{"legend title", `>Teiknforklaring</p>`},
		{"legend critical", `<span>Kritisk linje</span>`},
		{"legend shading", `<span>Helligdag</span>`},
		{"page numbers in print, in the Document's words", `@bottom-right{font-family:"Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif;font-size:8pt;color:#4d4d4d;content:"Side " counter(page) " av " counter(pages)}`},
		{"header text in print", `@top-left{font-family:`},
		{"header fields, blank to fill in", `<dt>Saksbehandlar</dt><dd><span class="blank"></span></dd>`},
	} {
		if !strings.Contains(doc, tt.want) {
			t.Errorf("%s: no %q", tt.what, tt.want)
		}
	}
	for _, bad := range []string{"<b>", "javascript:", "\x07", "<script", "utenfor"} {
		if strings.Contains(doc, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if n := strings.Count(doc, `</title><text class="sym"`); n != 4 {
		t.Errorf("%d marks drawn, want 4 (one is outside the columns)", n)
	}
}

func TestHandDocumentValidates(t *testing.T) {
	doc := writeString(t, handDoc())
	dir := t.TempDir()
	if d := os.Getenv("HTML_KEEP"); d != "" {
		dir = d // to look at the page
	}
	f := filepath.Join(dir, "hand.html")
	if err := os.WriteFile(f, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	validate.HTML(t, []string{f})
}

func TestNilDocument(t *testing.T) {
	if err := html.Write(&bytes.Buffer{}, nil); !errors.Is(err, html.ErrNilDocument) {
		t.Errorf("Write(nil) = %v, want ErrNilDocument", err)
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteError(t *testing.T) {
	err := html.Write(failWriter{}, handDoc())
	if !errors.Is(err, errDiskFull) || !strings.Contains(err.Error(), "hand") {
		t.Errorf("Write to a failing writer = %v, want it to wrap the cause and name the file", err)
	}
}

func TestEmbedFonts(t *testing.T) {
	doc := writeString(t, handDoc(), html.EmbedFonts())
	if n := strings.Count(doc, "@font-face{font-family:\"Prosessplan Sans\""); n != 3 {
		t.Errorf("%d @font-face rules, want 3 (regular, bold, italic)", n)
	}
	if !strings.Contains(doc, "url(data:font/ttf;base64,AAEAAA") {
		t.Error("no inlined TrueType font")
	}
	if plain := writeString(t, handDoc()); strings.Contains(plain, "@font-face") || len(plain) > 40<<10 {
		t.Errorf("without EmbedFonts the page has %d bytes and font-face %v", len(plain), strings.Contains(plain, "@font-face"))
	}
}

// TestDeterministicConcurrent writes the same documents from many
// goroutines (run with -race): every copy has the same bytes.
func TestDeterministicConcurrent(t *testing.T) {
	d := pages(t)[0].doc
	want := writeString(t, d)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if err := html.Write(&buf, d); err != nil {
				t.Error(err)
			}
			got[i] = buf.String()
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Errorf("copy %d differs", i)
		}
	}
}
