package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/pdf/fonts"
)

func TestMain(m *testing.M) {
	// pdfcpu is installed with go install; validate-pdf needs it on PATH.
	if _, err := exec.LookPath("pdfcpu"); err != nil {
		if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
			bin := filepath.Join(strings.TrimSpace(string(out)), "bin")
			os.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		}
	}
	os.Exit(m.Run())
}

// writeFile writes d as a PDF into the test's temporary folder.
func writeFile(t *testing.T, name string, d *render.Document, opts ...Option) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opts...); err != nil {
		t.Fatalf("Write: %v", err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDF_KEEP"); dir != "" {
		// PDF_KEEP=dir keeps the files for a look with pdftoppm.
		_ = os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644)
	}
	// Every PDF a test writes is a tagged PDF a screen reader can follow:
	// one the test does not give to checkTags itself is checked when the
	// test ends (this cleanup runs before the folder's removal).
	t.Cleanup(func() {
		tagsMu.Lock()
		done := tagsChecked[path]
		tagsMu.Unlock()
		if !done {
			validate.PDFTags(t, []string{path})
		}
	})
	return path
}

var (
	tagsMu      sync.Mutex
	tagsChecked = map[string]bool{} // given to checkTags
)

// checkTags runs validate-pdf-tags on files with further flags (e.g.
// "--min", "Table=5") and spares them the check writeFile arranges.
func checkTags(t *testing.T, files []string, extra ...string) {
	t.Helper()
	tagsMu.Lock()
	for _, f := range files {
		tagsChecked[f] = true
	}
	tagsMu.Unlock()
	validate.PDFTags(t, files, extra...)
}

// tool runs a poppler or qpdf tool, skipping the test when it is missing
// (failing it in CI).
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing", name)
		}
		t.Skipf("%s is missing", name)
	}
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out)
}

// pageInfo is what pdfinfo and pdftotext say about one page.
type pageInfo struct {
	landscape bool
	text      string
}

func pages(t *testing.T, path string) []pageInfo {
	t.Helper()
	info := tool(t, "pdfinfo", path)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(m[1])
	sizes := tool(t, "pdfinfo", "-f", "1", "-l", m[1], path)
	re := regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
	out := make([]pageInfo, n)
	for _, s := range re.FindAllStringSubmatch(sizes, -1) {
		i, _ := strconv.Atoi(s[1])
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		out[i-1].landscape = w > h
	}
	// One pdftotext call; pages are separated by form feeds.
	all := tool(t, "pdftotext", "-layout", path, "-")
	texts := strings.Split(all, "\f")
	for i := range out {
		if i < len(texts) {
			out[i].text = texts[i]
		}
	}
	return out
}

// squash removes white space, so a test can look for text whatever
// spacing the text extraction gives it.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func contains(text, want string) bool { return strings.Contains(squash(text), squash(want)) }

func TestWriteTestDocument(t *testing.T) {
	d := testDocument(300)
	path := writeFile(t, "testdocument.pdf", d)
	expect := []string{
		"Prosessplan for kommuneplanens arealdel 2026–2038",
		"Kommunedirektøren ved Plan og miljø, Bodø kommune",
		"Særlige forhold", "Innhold", "Mål for medvirkning",
		"★ milepæl, ⚑ frist, ◆ vedtak, ● aktivitet. Ærlig talt, øyeblikkelig Åsane-nær.",
		"[Skriv her hvorfor planarbeidet startes",
		"Kommuneplanarealdelsrevisjonsprosessoppfølgingsansvarlig",
		"Aktivitet 300: møte med grunneiere på Skjerstad",
		"Tegnforklaring", "Høring / offentlig ettersyn", "Jul og nyttår, Påske, Fellesferie",
		"Æ Ø Å æ ø å é ü – “sitat” ‘enkelt’ … §§ 11-12–11-15.",
	}
	validate.PDF(t, path, expect, "--title", d.Title, "--author", d.Author)
	checkTags(t, []string{path}, "--min", "Figure=1", "--min", "TOCI=3", "--min", "L=1")

	ps := pages(t, path)
	n := len(ps)
	if n < 10 {
		t.Fatalf("%d pages, want a long document", n)
	}
	for i, p := range ps {
		if want := fmt.Sprintf("Side %d av %d", i+1, n); !contains(p.text, want) {
			t.Errorf("page %d: no %q in footer", i+1, want)
		}
		if !contains(p.text, "Bodø kommune") || !contains(p.text, "Prosessplan – kommuneplanens arealdel") {
			t.Errorf("page %d: running header missing", i+1)
		}
	}

	// The activity table: on every page it is on, the header row.
	tablePages := 0
	for i, p := range ps {
		if !regexp.MustCompile(`Aktivitet \d+: møte`).MatchString(p.text) {
			continue
		}
		tablePages++
		for _, h := range []string{"Nr.", "Aktivitet", "Ansvarlig", "Start", "Slutt", "Status"} {
			if !strings.Contains(p.text, h) {
				t.Errorf("table page %d: no header %q", i+1, h)
			}
		}
		if tablePages > 1 && !contains(p.text, "Aktiviteter (forts.)") {
			t.Errorf("table page %d: no continuation caption", i+1)
		}
		if p.landscape {
			t.Errorf("table page %d is landscape", i+1)
		}
	}
	if tablePages < 5 {
		t.Errorf("table on %d pages, want the 300 rows to flow over at least 5", tablePages)
	}
	// No row is cut: each activity's number appears once in the table.
	all := ""
	for _, p := range ps {
		all += p.text
	}
	for _, nr := range []string{"Aktivitet 1:", "Aktivitet 150:", "Aktivitet 299:"} {
		if c := strings.Count(all, nr); c != 1 {
			t.Errorf("%q occurs %d times, want once", nr, c)
		}
	}

	// The chart: exactly the pages with the chart are landscape; each
	// carries the row labels, and the first has every phase.
	var chart []int
	for i, p := range ps {
		isChart := contains(p.text, "Tidslinje for planarbeidet")
		if isChart != p.landscape {
			t.Errorf("page %d: chart %v, landscape %v", i+1, isChart, p.landscape)
		}
		if isChart {
			chart = append(chart, i)
			for _, s := range []string{"Uke", "Tegnforklaring", "på Hålogaland"} {
				if !contains(p.text, s) {
					t.Errorf("chart page %d: no %q", i+1, s)
				}
			}
		}
	}
	// 60 weeks do not fit one page across, 80 rows do not fit one page
	// down: at least 2 × 2 pages.
	if len(chart) < 4 {
		t.Fatalf("chart on %d pages, want at least 4", len(chart))
	}
	chartText := ""
	for _, i := range chart {
		chartText += ps[i].text
	}
	for _, ph := range testPhases {
		if !contains(chartText, ph) {
			t.Errorf("phase %q not on the chart pages", ph)
		}
	}
	if !contains(ps[chart[0]].text, "desember 2025") || contains(ps[chart[0]].text, "januar 2027") {
		t.Errorf("first chart page should show the first period only")
	}
	if !contains(chartText, "januar 2027") {
		t.Errorf("the last period (januar 2027) is on no chart page")
	}
	if !contains(ps[chart[1]].text, "(forts.)") {
		t.Errorf("second chart page has no continuation mark")
	}
	// Continued across: the first rows come again with the later period.
	across := false
	for _, i := range chart {
		if contains(ps[i].text, "januar 2027") && contains(ps[i].text, "Oppstart og planprogram") {
			across = true
		}
	}
	if !across {
		t.Errorf("no chart page shows the first rows with the last period")
	}
	if ps[n-1].landscape {
		t.Errorf("the last page should be back in portrait")
	}

	// The table of contents gives the page each heading is on.
	toc := ps[0].text
	for _, h := range []struct{ title, find string }{
		{"Innledning", "Prosessplanen viser"},
		{"Aktiviteter og ansvar", "Aktivitet 1: møte"},
		{"Tidslinje", "Tidslinje for planarbeidet"},
		{"Vedlegg: merknader", "Siste side, stående format"},
	} {
		m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(h.title) + `[ .]*\s(\d+)\s*$`).FindStringSubmatch(toc)
		if m == nil {
			t.Errorf("table of contents: no entry %q in\n%s", h.title, toc)
			continue
		}
		want := 0
		for i, p := range ps {
			if contains(p.text, h.find) {
				want = i + 1
				break
			}
		}
		if m[1] != strconv.Itoa(want) {
			t.Errorf("table of contents: %q on page %s, want %d", h.title, m[1], want)
		}
	}
}

// qpdfJSON returns qpdf's JSON description of a PDF.
func qpdfJSON(t *testing.T, path, key string) map[string]any {
	t.Helper()
	out := tool(t, "qpdf", "--json", "--json-key="+key, path)
	var j map[string]any
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatal(err)
	}
	return j
}

func TestOutlineAndLinks(t *testing.T) {
	d := testDocument(120)
	path := writeFile(t, "outline.pdf", d)
	validate.PDF(t, path, []string{"Tidslinje"})
	ps := pages(t, path)

	type bm struct {
		title string
		page  int
		top   float64
		kids  []bm
	}
	var walk func([]any) []bm
	walk = func(list []any) []bm {
		var out []bm
		for _, x := range list {
			o := x.(map[string]any)
			dest := o["dest"].([]any)
			out = append(out, bm{title: o["title"].(string), page: int(o["destpageposfrom1"].(float64)), top: dest[3].(float64), kids: walk(o["kids"].([]any))})
		}
		return out
	}
	outline := walk(qpdfJSON(t, path, "outlines")["outlines"].([]any))
	var titles []string
	for _, o := range outline {
		titles = append(titles, o.title)
	}
	want := []string{"Prosessplan for kommuneplanens arealdel 2026–2038", "Innledning", "Aktiviteter og ansvar", "Tidslinje", "Vedlegg: merknader"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("top bookmarks %q, want %q", titles, want)
	}
	// Level 2 under level 1, level 3 under level 2.
	if len(outline) > 1 && (len(outline[1].kids) != 1 || outline[1].kids[0].title != "Mål for medvirkning" ||
		len(outline[1].kids[0].kids) != 1 || outline[1].kids[0].kids[0].title != "Et underavsnitt på nivå tre") {
		t.Errorf("nested bookmarks wrong: %+v", outline[1])
	}
	for _, o := range outline {
		p := ps[o.page-1]
		h := 841.89
		if p.landscape {
			h = 595.28
		}
		// The destination is on the page, also on landscape pages
		// (gopdf's own bookmarks use the portrait height there).
		if o.top > h+5 || o.top < 40 {
			t.Errorf("bookmark %q: top %.1f on a page %.0f high", o.title, o.top, h)
		}
		if !contains(p.text, o.title) {
			t.Errorf("bookmark %q points to page %d, which does not show it", o.title, o.page)
		}
	}

	// Links: table of contents entries and the "#tidslinje" run point at
	// the chart page; the URL run is a URI action.
	objs := qpdfJSON(t, path, "qpdf")["qpdf"].([]any)[1].(map[string]any)
	pageOf := map[string]int{}
	for i, ref := range pageRefs(t, path) {
		pageOf[ref] = i + 1
	}
	var chartLinks, uris int
	for _, v := range objs {
		val, ok := v.(map[string]any)["value"].(map[string]any)
		if !ok || val["/Subtype"] != "/Link" {
			continue
		}
		if dest, ok := val["/Dest"].([]any); ok {
			pg := pageOf[dest[0].(string)]
			if pg == 0 {
				t.Errorf("link to unknown page %v", dest[0])
				continue
			}
			if ps[pg-1].landscape {
				chartLinks++
				if top := dest[3].(float64); top > 595.28 || top < 400 {
					t.Errorf("link into landscape page %d at height %.1f", pg, top)
				}
			}
		}
		if a, ok := val["/A"].(map[string]any); ok && strings.Contains(fmt.Sprint(a["/URI"]), "regjeringen.no") {
			uris++
		}
	}
	if chartLinks != 2 || uris != 1 {
		t.Errorf("%d links to the chart page (want 2: contents and text), %d URI links (want 1)", chartLinks, uris)
	}
}

// pageRefs returns the object reference of each page, in order.
func pageRefs(t *testing.T, path string) []string {
	j := qpdfJSON(t, path, "pages")
	var refs []string
	for _, p := range j["pages"].([]any) {
		refs = append(refs, p.(map[string]any)["object"].(string))
	}
	return refs
}

func TestMetadata(t *testing.T) {
	for _, tt := range []struct {
		lang prosessplan.Language
		tag  string
	}{
		{prosessplan.Bokmal, "nb-NO"},
		{prosessplan.Nynorsk, "nn-NO"},
		{prosessplan.English, "en"},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			d := smallDocument()
			d.Language = tt.lang
			path := writeFile(t, "meta-"+string(tt.lang)+".pdf", d)
			validate.PDF(t, path, []string{"Varsel om oppstart"}, "--title", d.Title, "--author", d.Author, "--page-size", "A4", "--pages", "1")
			info := tool(t, "pdfinfo", path)
			for _, want := range []string{
				"Title:           Melding om oppstart – detaljregulering for Støvset",
				"Subject:         Saksframlegg",
				"Keywords:        saksframlegg, reguleringsplan, Støvset",
				"Author:          Fjord kommune",
				"CreationDate:    Thu Dec  7 09:00:00 2017 UTC",
			} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
			meta := tool(t, "pdfinfo", "-meta", path)
			for _, want := range []string{
				"<?xpacket begin=\"\ufeff\"",
				`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Melding om oppstart – detaljregulering for Støvset</rdf:li>`,
				"<dc:language><rdf:Bag><rdf:li>" + tt.tag + "</rdf:li>",
				"<pdf:Keywords>saksframlegg, reguleringsplan, Støvset</pdf:Keywords>",
				"<xmp:CreateDate>2017-12-07T09:00:00+00:00</xmp:CreateDate>",
			} {
				if !strings.Contains(meta, want) {
					t.Errorf("XMP metadata lacks %q:\n%s", want, meta)
				}
			}
			cat := tool(t, "qpdf", "--show-object=1", path)
			if !strings.Contains(cat, "/Lang ("+tt.tag+")") || !strings.Contains(cat, "/DisplayDocTitle true") {
				t.Errorf("catalog %s lacks /Lang (%s)", cat, tt.tag)
			}
		})
	}
}

// smallDocument is a one-page saksframlegg-like document.
func smallDocument() *render.Document {
	return &render.Document{
		Kind:     render.SaksframleggDoc,
		Title:    "Melding om oppstart – detaljregulering for Støvset",
		Subject:  "Saksframlegg",
		Author:   "Fjord kommune",
		Keywords: []string{"saksframlegg", "reguleringsplan", "Støvset"},
		Created:  time.Date(2017, 12, 7, 9, 0, 0, 0, time.UTC),
		Profile:  render.Profile{Municipality: "Fjord kommune"},
		Captions: render.Captions{Page: "Side", Of: "av"},
		Blocks: []render.Block{
			&render.Heading{Level: 0, Text: "Varsel om oppstart", ID: "t"},
			&render.KeyValue{Pairs: []render.Pair{{Key: "Arkivsak", Value: "17/1234"}, {Key: "Saksbehandler", Value: "Åse Ødegård"}}},
			&render.Paragraph{Runs: render.Plain("Kommunedirektøren tilrår at formannskapet tar meldingen til orientering.")},
		},
	}
}

func TestDeterministic(t *testing.T) {
	d := testDocument(80)
	var a, b bytes.Buffer
	if err := Write(&a, d); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of one document differ")
	}
	if !bytes.Contains(a.Bytes(), []byte("/CreationDate (D:20260302103000+00'00')")) {
		t.Error("creation date is not the document's Created")
	}
	d.Created = d.Created.AddDate(0, 0, 1)
	var c bytes.Buffer
	if err := Write(&c, d); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("a different creation date gives the same bytes")
	}
}

func TestFontFallback(t *testing.T) {
	d := smallDocument()
	d.Blocks = append(d.Blocks, &render.Paragraph{Runs: []render.Run{
		{Text: "Vedtak ◆ frist ⚑ milepæl ★ "}, {Text: "fet ★", Bold: true}, {Text: " kursiv ⚑", Italic: true},
		{Text: " ukjent: \U0001F600 tab:\tslutt"},
	}})
	path := writeFile(t, "fallback.pdf", d)
	validate.PDF(t, path, []string{"Vedtak ◆ frist ⚑ milepæl ★ fet ★ kursiv ⚑", "ukjent: ? tab: slutt"})
	fontsOut := tool(t, "pdffonts", path)
	for _, f := range []string{"LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "DejaVuSans", "DejaVuSans-Bold"} {
		if !regexp.MustCompile(`(?m)^\S+\+` + f + `\s`).MatchString(fontsOut) {
			t.Errorf("font %s not embedded:\n%s", f, fontsOut)
		}
	}
}

func TestWithFont(t *testing.T) {
	d := smallDocument()
	path := writeFile(t, "withfont.pdf", d, WithFont(fonts.Fallback(fonts.Regular), fonts.Fallback(fonts.Bold), nil))
	validate.PDF(t, path, []string{"Åse Ødegård", "Kommunedirektøren tilrår"})
	fontsOut := tool(t, "pdffonts", path)
	if !strings.Contains(fontsOut, "custom0") || !strings.Contains(fontsOut, "custom1") || strings.Contains(fontsOut, "Liberation") {
		t.Errorf("the caller's font should replace Liberation Sans:\n%s", fontsOut)
	}
	var b bytes.Buffer
	if err := Write(&b, d, WithFont(nil, nil, nil)); err == nil {
		t.Error("WithFont(nil, ...) gave no error")
	}
	if err := Write(&b, d, WithFont([]byte("not a font"), nil, nil)); err == nil {
		t.Error("WithFont with a broken font gave no error")
	}
}

func TestEdgeCases(t *testing.T) {
	for _, tt := range []struct {
		name   string
		blocks []render.Block
		expect []string
		pages  int
	}{
		{"empty", nil, nil, 1},
		{"empty table", []render.Block{&render.Table{Caption: "Tom", Columns: []render.Column{{Title: "Æ"}}}}, []string{"Tom", "Æ"}, 1},
		{"no columns", []render.Block{&render.Table{Caption: "Ingen"}}, nil, 1},
		{"empty timeline", []render.Block{&render.Timeline{Title: "Tom tidslinje"}}, nil, 1},
		// The title's portrait page, then the chart's landscape one.
		{"timeline without rows", []render.Block{&render.Timeline{Title: "Uten rader", Columns: []render.TimeColumn{{Label: "1"}}}}, []string{"Uten rader"}, 2},
		{"page breaks", []render.Block{&render.PageBreak{}, &render.Paragraph{Runs: render.Plain("én")}, &render.PageBreak{}, &render.PageBreak{}, &render.Paragraph{Runs: render.Plain("to")}}, []string{"én", "to"}, 2},
		{"starts landscape", []render.Block{&render.Section{Orientation: render.Landscape}, &render.Paragraph{Runs: render.Plain("bred")}}, []string{"bred"}, 1},
		{"tall cell", []render.Block{&render.Table{Columns: []render.Column{{Title: "Lang"}}, Rows: []render.Row{{Cells: []render.Cell{{Runs: render.Plain(strings.Repeat("Et langt avsnitt om medvirkning. ", 700))}}}}}}, []string{"Et langt avsnitt"}, 0},
		{"link to nowhere", []render.Block{&render.Paragraph{Runs: []render.Run{{Text: "lenke", Link: "#finnes-ikke"}, {Text: " og ", Link: "javascript:alert(1)"}}}}, []string{"lenke og"}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := smallDocument()
			// Each case has the document's title as a heading, which
			// every real document has (Build gives a title even for a
			// nil schedule) and a tagged PDF needs: at the end, so the
			// case still starts as it says, but before a chart, which
			// has landscape pages of its own.
			title := &render.Heading{Level: 0, Text: "Kanttilfelle"}
			d.Blocks = append(slices.Clip(tt.blocks), title)
			if _, chart := d.Blocks[0].(*render.Timeline); chart {
				d.Blocks = append([]render.Block{title}, tt.blocks...)
			}
			path := writeFile(t, "edge.pdf", d)
			extra := []string{}
			if tt.pages > 0 {
				extra = append(extra, "--pages", strconv.Itoa(tt.pages))
			}
			validate.PDF(t, path, tt.expect, extra...)
			if tt.name == "tall cell" {
				// A row taller than a page is split between lines, and
				// the header row repeats.
				ps := pages(t, path)
				if len(ps) < 2 {
					t.Fatalf("%d pages", len(ps))
				}
				for i, p := range ps {
					if !strings.Contains(p.text, "Lang") || !strings.Contains(p.text, "Et langt avsnitt") {
						t.Errorf("page %d lacks the header or the cell text", i+1)
					}
				}
			}
		})
	}
	if err := Write(&bytes.Buffer{}, nil); err != ErrNoDocument {
		t.Errorf("Write(nil) = %v, want ErrNoDocument", err)
	}
}

// Write is safe for concurrent use: goroutines writing different
// documents at once (sharing the parsed fonts and the pooled deflate
// writers) each get the bytes a lone Write gives. Run with -race.
func TestConcurrentWrites(t *testing.T) {
	docs := []*render.Document{testDocument(40), tagDoc(), smallDocument()}
	want := make([][]byte, len(docs))
	for i, d := range docs {
		var b bytes.Buffer
		if err := Write(&b, d); err != nil {
			t.Fatal(err)
		}
		want[i] = b.Bytes()
	}
	const n = 9
	errs := make(chan error, n)
	for g := range n {
		go func() {
			i := g % len(docs)
			var b bytes.Buffer
			err := Write(&b, docs[i])
			if err == nil && !bytes.Equal(b.Bytes(), want[i]) {
				err = fmt.Errorf("goroutine %d: concurrent write of document %d differs", g, i)
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestBrokenLogo(t *testing.T) {
	d := smallDocument()
	// A PNG header with nothing behind it.
	d.Profile.Logo = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), 0, 0, 0, 10, 0, 0, 0, 10, 8, 2, 0, 0, 0)
	err := Write(&bytes.Buffer{}, d)
	if err == nil || !strings.Contains(err.Error(), "logo") {
		t.Errorf("Write with a broken logo = %v, want an error about the logo", err)
	}
}

// A chart in a portrait section gets landscape pages of its own; the
// text after it goes on in portrait.
func TestTimelineInPortraitSection(t *testing.T) {
	d := smallDocument()
	d.Captions.Legend = "Tegnforklaring"
	d.Blocks = []render.Block{
		&render.Heading{Level: 0, Text: "Tidslinje i stående del"},
		&render.Paragraph{Runs: render.Plain("Før tidslinjen.")},
		testTimeline(10, 10),
		&render.Paragraph{Runs: render.Plain("Etter tidslinjen.")},
	}
	path := writeFile(t, "portrait-chart.pdf", d)
	validate.PDF(t, path, []string{"Før tidslinjen.", "Etter tidslinjen.", "Oppstart og planprogram"}, "--pages", "3")
	ps := pages(t, path)
	if ps[0].landscape || !ps[1].landscape || ps[2].landscape {
		t.Errorf("orientations %v %v %v, want portrait, landscape, portrait", ps[0].landscape, ps[1].landscape, ps[2].landscape)
	}
	if !contains(ps[1].text, "Tidslinje for planarbeidet") || !contains(ps[2].text, "Etter tidslinjen.") {
		t.Error("chart or the text after it on the wrong page")
	}
}

// A header row taller than a page must not make the table turn pages for ever.
func TestHugeHeaderRow(t *testing.T) {
	d := smallDocument()
	d.Blocks = []render.Block{&render.Heading{Level: 0, Text: "Stor overskriftsrad"}, &render.Table{
		Columns: []render.Column{{Title: strings.Repeat("Overskrift ", 900), Width: 0.5}, {Title: "Kort", Width: 0.5}},
		Rows:    []render.Row{{Cells: []render.Cell{{Runs: render.Plain("én")}, {Runs: render.Plain("to")}}}},
	}}
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "huge-header.pdf", d)
	validate.PDF(t, path, []string{"én", "to"})
}
