package docx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`a < b & c > d`, `a &lt; b &amp; c &gt; d`},
		{`"sitat" ]]>`, `&quot;sitat&quot; ]]&gt;`},
		{"æøå ÆØÅ – «»", "æøå ÆØÅ – «»"},
		{"kontroll\x00\x01\x1ftegn", "kontrolltegn"},
		{"ugyldig \xff utf-8", "ugyldig  utf-8"},
		{"tab\tog\nlinje", "tab\tog\nlinje"},
	} {
		if got := string(appendEsc(nil, tc.in)); got != tc.want {
			t.Errorf("appendEsc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWidths(t *testing.T) {
	for _, tc := range []struct {
		shares []float64
		total  int
		want   []int
	}{
		{[]float64{0.25, 0.75}, 1000, []int{250, 750}},
		{[]float64{0, 0, 0, 0}, 1000, []int{250, 250, 250, 250}},
		{[]float64{0.5, 0, 0}, 1000, []int{500, 250, 250}},
		{[]float64{1, 1}, 1000, []int{500, 500}}, // shares not adding up to 1
		{[]float64{0.333, 0.333, 0.333}, 1000, []int{333, 333, 334}},
	} {
		cols := make([]render.Column, len(tc.shares))
		for i, s := range tc.shares {
			cols[i].Width = s
		}
		got := widths(cols, tc.total)
		sum := 0
		for _, g := range got {
			sum += g
		}
		if sum != tc.total || len(got) != len(tc.want) {
			t.Errorf("widths(%v) = %v (sum %d)", tc.shares, got, sum)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("widths(%v) = %v, want %v", tc.shares, got, tc.want)
				break
			}
		}
	}
}

func TestFitLabel(t *testing.T) {
	for _, tc := range []struct {
		label string
		width int
		want  string
	}{
		{"januar 2017", 3000, "januar 2017"},
		{"desember 2017", 700, "des 2017"}, // the year stays
		{"januar 2017", 621, "jan 2017"},   // three weeks of the Bodø chart
		{"desember 2017", 330, "des"},
		{"onsdag 14. mars", 600, "onsdag"},
		{"mai", 200, "mai"},
	} {
		if got := fitLabel(tc.label, tc.width, 14); got != tc.want {
			t.Errorf("fitLabel(%q, %d) = %q, want %q", tc.label, tc.width, got, tc.want)
		}
	}
}

func TestBookmarkName(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"framdrift", "pp_framdrift"},
		{"fase-1.2", "pp_fase_1_2"},
		{"høring", "pp_h_ring"},
		{strings.Repeat("x", 60), "pp_" + strings.Repeat("x", 37)},
	} {
		if got := bookmarkName(tc.id); got != tc.want {
			t.Errorf("bookmarkName(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestSectCopy(t *testing.T) {
	raw := `<w:sectPr w:rsidR="00A1"><w:headerReference w:type="first" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="567" w:footer="454" w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`
	s := sectInfo{raw: []byte(raw), prefix: "w", geo: geometry{w: 11906, h: 16838}}
	for _, tc := range []struct {
		o              render.Orientation
		inherit, noTtl bool
		want           string
	}{
		{render.Landscape, false, false, `<w:sectPr w:rsidR="00A1"><w:headerReference w:type="first" r:id="rId6"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape" w:code="9"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="567" w:footer="454" w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`},
		{render.Landscape, true, false, `<w:sectPr w:rsidR="00A1"><w:pgSz w:w="16838" w:h="11906" w:orient="landscape" w:code="9"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="567" w:footer="454" w:gutter="0"/></w:sectPr>`},
		{render.Portrait, false, true, `<w:sectPr w:rsidR="00A1"><w:headerReference w:type="first" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1418" w:header="567" w:footer="454" w:gutter="0"/></w:sectPr>`},
	} {
		if got := string(sectCopy(s, tc.o, tc.inherit, tc.noTtl)); got != tc.want {
			t.Errorf("sectCopy(%v, inherit=%v, noTitle=%v) =\n%s\nwant\n%s", tc.o, tc.inherit, tc.noTtl, got, tc.want)
		}
	}
}

func TestInternalLinks(t *testing.T) {
	d := sampleDoc(3)
	_, data := writeFile(t, "lenker.docx", d)
	doc := string(parts(t, data)["word/document.xml"])
	for _, want := range []string{
		`<w:hyperlink w:anchor="pp_framdrift">`,
		`<w:bookmarkStart w:id="2" w:name="pp_framdrift"/>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	rels := string(parts(t, data)["word/_rels/document.xml.rels"])
	if !strings.Contains(rels, `Target="https://www.husbanken.no/?a=1&amp;b=2" TargetMode="External"`) {
		t.Errorf("external link relationship missing or unescaped:\n%s", rels)
	}
}

func TestLanguageTags(t *testing.T) {
	for _, tc := range []struct {
		lang prosessplan.Language
		tag  string
	}{
		{prosessplan.Bokmal, "nb-NO"},
		{prosessplan.Nynorsk, "nn-NO"},
		{prosessplan.English, "en-GB"},
	} {
		d := &render.Document{Title: "Plan", Language: tc.lang, Blocks: []render.Block{&render.Paragraph{Runs: render.Plain("Tekst")}}}
		var b bytes.Buffer
		if err := Write(&b, d); err != nil {
			t.Fatal(err)
		}
		ps := parts(t, b.Bytes())
		for part, want := range map[string]string{
			"word/styles.xml":   `<w:lang w:val="` + tc.tag + `"`,
			"word/settings.xml": `<w:themeFontLang w:val="` + tc.tag + `"/>`,
			"docProps/core.xml": `<dc:language>` + tc.tag + `</dc:language>`,
		} {
			if !strings.Contains(string(ps[part]), want) {
				t.Errorf("%s: %s lacks %s", tc.lang, part, want)
			}
		}
		if strings.Contains(string(ps["docProps/core.xml"]), "dcterms:created") {
			t.Errorf("%s: created date written although Document.Created is zero", tc.lang)
		}
	}
}

func TestParseXMLOffsets(t *testing.T) {
	for _, doc := range []string{
		`<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>{{innhold}}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`,
		"\xEF\xBB\xBF" + `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>{{innhold}}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`,
	} {
		root, err := parseXML([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		body := root.child("body")
		p, sp := body.children[0], body.children[1]
		if got := doc[p.start:p.end]; got != `<w:p><w:r><w:t>{{innhold}}</w:t></w:r></w:p>` {
			t.Errorf("paragraph range = %q", got)
		}
		if got := doc[sp.start:sp.end]; got != `<w:sectPr/>` || !sp.selfClosing || sp.open != sp.close {
			t.Errorf("sectPr range = %q (self-closing %v)", got, sp.selfClosing)
		}
		if got := doc[body.close:body.end]; got != `</w:body>` {
			t.Errorf("body end tag = %q", got)
		}
		if p.textOf() != "{{innhold}}" {
			t.Errorf("text = %q", p.textOf())
		}
	}
	if _, err := parseXML([]byte(`<a><b></a>`)); err == nil {
		t.Error("mismatched tags accepted")
	}
}

// A bar on the critical path is framed, not bold, and the legend shows the
// same frame next to its label: weight and shape, not colour alone.
func TestCriticalPath(t *testing.T) {
	tl := sampleTimeline()
	doc := &render.Document{Title: "Kritisk linje", Language: prosessplan.Bokmal, Captions: bokmalCaptions,
		Blocks: []render.Block{tl}}
	var b bytes.Buffer
	if err := Write(&b, doc); err != nil {
		t.Fatal(err)
	}
	xml := string(parts(t, b.Bytes())["word/document.xml"])
	if n := strings.Count(xml, critBorder); n != 2 {
		t.Errorf("%d framed cells, want 2 (the critical bar and its legend swatch)", n)
	}
	// The label of the critical row is not bold: bold means a phase.
	i := strings.Index(xml, ">Melding om oppstart i bystyret<")
	if i < 0 {
		t.Fatal("critical row's label missing")
	}
	if run := xml[strings.LastIndex(xml[:i], "<w:r>"):i]; strings.Contains(run, "<w:b/>") {
		t.Errorf("critical row's label is bold: %s", run)
	}
	legend := xml[strings.Index(xml, ">"+bokmalCaptions.Legend+"<"):]
	frame := strings.Index(legend, critBorder)
	label := strings.Index(legend, ">Kritisk linje<")
	if frame < 0 || label < frame {
		t.Errorf("legend has no framed swatch before %q", "Kritisk linje")
	}
}

func TestFitTableSize(t *testing.T) {
	table := func(title, word string) *render.Table {
		return &render.Table{Columns: []render.Column{{Title: title}},
			Rows: []render.Row{{Cells: []render.Cell{{Runs: render.Plain("Leveranse: " + word)}}}}}
	}
	for _, tc := range []struct {
		name  string
		t     *render.Table
		width int
		want  int
	}{
		{"fits", table("Leveranse", "Referat"), 1500, 18},
		// "Merknadsbehandling" is about 1,660 twips at 9 pt in Arial.
		{"shrinks", table("Leveranse", "Merknadsbehandling"), 1600, 15},
		{"bold title", table("Vedtaksorgan", "Bystyret"), 1200, 15},
		{"not below 7 pt", table("Leveranse", "Saksframleggsbehandlingsfristene"), 1000, 14},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fitTableSize(tc.t, []int{tc.width}); got != tc.want {
				t.Errorf("fitTableSize = %d half-points, want %d", got, tc.want)
			}
		})
	}
}

func TestTruncateLabel(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  string
	}{
		{"Kafedialog", 3000, "Kafedialog"},
		{"Styringsgruppen (rådmannens ledergruppe) godkjenner prosessplanen", 3000, "Styringsgruppen (rådmannens ledergruppe) g…"},
		{"Møte i referansegruppe 1", 900, "Møte i refer…"},
	} {
		if got := truncateLabel(tc.in, tc.width, tlSize, false); got != tc.want {
			t.Errorf("truncateLabel(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

// Word asks "update the fields?" on opening only a document with a table
// of contents (w:updateFields); a saksframlegg without one opens quietly.
func TestUpdateFieldsOnlyWithContents(t *testing.T) {
	for _, withTOC := range []bool{false, true} {
		d := &render.Document{Title: "Saksframlegg", Language: prosessplan.Bokmal, Captions: bokmalCaptions}
		if withTOC {
			d.Blocks = append(d.Blocks, &render.TableOfContents{})
		}
		d.Blocks = append(d.Blocks, &render.Heading{Level: 1, Text: "Saken gjelder", ID: "saken"},
			&render.Paragraph{Runs: render.Plain("Tekst.")})
		var b bytes.Buffer
		if err := Write(&b, d); err != nil {
			t.Fatal(err)
		}
		ps := parts(t, b.Bytes())
		got := strings.Contains(string(ps["word/settings.xml"]), "updateFields")
		if got != withTOC {
			t.Errorf("table of contents %v: updateFields %v", withTOC, got)
		}
		// No other field asks to be updated.
		if n := strings.Count(string(ps["word/document.xml"]), `w:dirty="true"`); withTOC && n != 1 || !withTOC && n != 0 {
			t.Errorf("table of contents %v: %d dirty fields", withTOC, n)
		}
	}
}

// TestTimelineMarks: the earlier meetings of a decision's saksgang and its
// saksframlegg deadline are drawn on the decision's row, in their columns,
// with their symbols; every chart row has the same exact height.
func TestTimelineMarks(t *testing.T) {
	tl := sampleTimeline()
	doc := &render.Document{Title: "Merker", Language: prosessplan.Bokmal, Captions: bokmalCaptions, Blocks: []render.Block{tl}}
	var b bytes.Buffer
	if err := Write(&b, doc); err != nil {
		t.Fatal(err)
	}
	xml := string(parts(t, b.Bytes())["word/document.xml"])
	i := strings.Index(xml, ">Melding om oppstart i bystyret<")
	row := xml[i : i+strings.Index(xml[i:], "</w:tr>")]
	var symbols []string
	for _, m := range regexp.MustCompile(`<w:t>([^<]*)</w:t>`).FindAllStringSubmatch(row, -1) {
		symbols = append(symbols, m[1])
	}
	if got := strings.Join(symbols, " "); got != "⚑ ○ ○ ◆" {
		t.Errorf("the decision's row shows %q, want the deadline, two meetings and the decision: %q", got, "⚑ ○ ○ ◆")
	}
	if n, h := strings.Count(xml, "<w:tr>"), strings.Count(xml, `<w:trHeight w:val="170" w:hRule="exact"/>`); h != len(tl.Rows) {
		t.Errorf("%d of %d chart rows have the exact row height (%d rows in all)", h, len(tl.Rows), n)
	}
}

// TestConcurrentWrites: 16 goroutines writing the same document, new and
// into the same template, get the bytes one write gets (run with -race).
func TestConcurrentWrites(t *testing.T) {
	tmpl := readTemplate(t, "kommunemal.dotx")
	d := sampleDoc(20)
	r := bytes.NewReader(tmpl)
	var want [2]bytes.Buffer
	if err := Write(&want[0], d); err != nil {
		t.Fatal(err)
	}
	if err := Write(&want[1], d, WithTemplate(r, int64(len(tmpl)))); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			var opts []Option
			if g%2 == 1 {
				opts = append(opts, WithTemplate(r, int64(len(tmpl))))
			}
			if err := Write(&b, d, opts...); err != nil {
				errs <- err.Error()
			} else if !bytes.Equal(b.Bytes(), want[g%2].Bytes()) {
				errs <- fmt.Sprintf("goroutine %d wrote other bytes", g)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestDocumentErrors(t *testing.T) {
	if err := Write(io.Discard, nil); !errors.Is(err, ErrNoDocument) {
		t.Errorf("Write(nil) = %v, want ErrNoDocument", err)
	}
	d := sampleDoc(1)
	d.Profile.Logo = []byte("GIF89a not a png")
	if err := Write(io.Discard, d); !errors.Is(err, ErrLogo) {
		t.Errorf("Write with a GIF logo = %v, want ErrLogo", err)
	}
}
