package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// Every kind of document the package writes is a tagged PDF that pdf.js
// (validate-pdf-tags) can follow and that passes validate-pdf: the plan
// and a saksframlegg in nynorsk and English, and a plan of 1,000
// activities here; the bokmål plan and every bokmål saksframlegg in
// TestBodo and TestBodoSaksframlegg. Each file is checked in a parallel
// subtest: the validators start node, qpdf and pdfcpu once per file.
func TestTaggedPDFs(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	s, prof := bodo(t)
	type doc struct {
		d    *render.Document
		mins []string
	}
	var docs []doc
	for _, lang := range []prosessplan.Language{prosessplan.Nynorsk, prosessplan.English} {
		opts := render.Options{Profile: prof, Language: lang}
		docs = append(docs, doc{render.Build(s, opts), []string{"--min", "Figure=2", "--min", "TOCI=5", "--min", "Table=5", "--min", "L=1"}})
		docs = append(docs, doc{render.BuildSaksframlegg(s, opts)[0], []string{"--min", "Figure=1", "--min", "Table=1"}})
	}
	big, probs := prosessplan.NewSchedule(plantest.Generate(1000))
	if big == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	docs = append(docs, doc{render.Build(big, render.Options{}), []string{"--min", "TD=5000", "--min", "Figure=1"}})
	for i, dc := range docs {
		d := dc.d
		name := string(d.Language) + "-" + d.FileName
		if i == len(docs)-1 {
			name = "generated-1000"
		}
		path := writeFile(t, name+".pdf", d)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			validate.PDF(t, path, []string{d.Title}, "--title", d.Title)
			checkTags(t, []string{path}, dc.mins...)
		})
	}
}

// tagDoc is a document with every kind of block, and a table long enough
// to run over three pages.
func tagDoc() *render.Document {
	d := smallDocument()
	t := &render.Table{Caption: "Lang tabell", Columns: []render.Column{{Title: "Nr", Width: 1}, {Title: "Aktivitet", Width: 3}}}
	for i := range 150 {
		t.Rows = append(t.Rows, render.Row{Cells: []render.Cell{{Runs: []render.Run{{Text: strings.Repeat("x", i%5+1)}}}, {Runs: []render.Run{{Text: "Rad med lenke til ", Italic: true}, {Text: "kommunen", Link: "https://bodo.kommune.no"}}}}})
	}
	d.Blocks = append(d.Blocks,
		&render.TableOfContents{},
		&render.Heading{Level: 1, Text: "Bakgrunn", ID: "bakgrunn"},
		&render.List{Items: [][]render.Run{{{Text: "første punkt"}}, {{Text: "andre punkt"}}}},
		&render.KeyValue{Pairs: []render.Pair{{Key: "Saksbehandler", Value: "Åse Ødegård"}}},
		t,
	)
	return d
}

// The structure as written: one TH per column of the long table, tagged
// once though the header row is drawn on every page; the repeated header
// text is an artifact, and everything drawn is either in marked content
// the tree points to or an artifact.
func TestStructureTree(t *testing.T) {
	d := tagDoc()
	fs, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	l := newLayouter(d, fs)
	l.run()
	l.furnish()
	roles := map[string]int{}
	for _, e := range l.tags {
		roles[e.role.String()]++
	}
	var longTable int32 = -1
	for i, e := range l.tags {
		if e.role == roleCaption && i > 0 {
			longTable = e.parent
		}
	}
	if longTable < 0 {
		t.Fatal("no table with a caption")
	}
	th := 0
	var pages = map[int32]bool{}
	var walk func(e int32)
	walk = func(e int32) {
		if l.tags[e].role == roleTH {
			th++
		}
		for _, k := range kidsOf(l, e) {
			switch k.kind {
			case kidElem:
				walk(k.a)
			case kidMCR:
				pages[k.a] = true
			}
		}
	}
	walk(longTable)
	if th != 2 {
		t.Errorf("the long table has %d TH elements, want 2 (tagged once)", th)
	}
	if len(pages) < 3 {
		t.Errorf("the long table has marked content on %d pages, want 3 or more", len(pages))
	}
	for _, want := range []string{"Document", "H1", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Caption", "TOC", "TOCI", "Link"} {
		if roles[want] == 0 {
			t.Errorf("no %s element; roles: %v", want, roles)
		}
	}
	// Every MCID of every page belongs to an element that lists it.
	for pi, p := range l.pages {
		for mcid, e := range p.parents {
			found := false
			for _, k := range kidsOf(l, e) {
				if k.kind == kidMCR && k.a == int32(pi) && k.b == int32(mcid) {
					found = true
				}
			}
			if !found {
				t.Errorf("page %d MCID %d: its element %s does not list it", pi+1, mcid, l.tags[e].role)
			}
		}
		// The header row's repeats: on every page after the table's
		// first, the text "Aktivitet" is drawn as an artifact.
		for _, o := range p.ops {
			if o.kind == opText && o.text == "Aktivitet" && pi > 1 && o.mc != 0 {
				t.Errorf("page %d: the repeated header is tagged (MCID %d), want an artifact", pi+1, o.mc-1)
			}
		}
	}
}

// The catalog, the pages and the XMP carry what PDF/UA asks for.
func TestTaggedCatalog(t *testing.T) {
	d := tagDoc()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"/MarkInfo << /Marked true >>", "/StructTreeRoot ", "/Lang (nb-NO)",
		"/ViewerPreferences << /DisplayDocTitle true >>", "<pdfuaid:part>1</pdfuaid:part>",
		"/Type /StructElem /S /TH", "/Scope /Column", "/Type /OBJR", "/StructParent ", "/Tabs /S",
		"/Contents (kommunen)", // a link annotation's description
		"/Contents (Bakgrunn)", // a contents entry's link
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if n, want := strings.Count(out, "/StructParents "), strings.Count(out, "/Type /Page\n"); n != want || n < 3 {
		t.Errorf("%d pages have /StructParents, want all %d", n, want)
	}
	// No marker survives the rewrite.
	if regexp.MustCompile(`\n[89]\d{6}\.00 w\n`).MatchString(out) {
		t.Error("a marker is left in the output")
	}
	path := filepath.Join(t.TempDir(), "tags.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	validate.PDF(t, path, []string{"Aktivitet", "Åse Ødegård", "første punkt"})
	checkTags(t, []string{path}, "--min", "TH=3", "--min", "Link=2", "--min", "LI=2")
}

// A document without a title gets its first heading as title, in the
// document information and the XMP: PDF/UA asks for one.
func TestTitleFromHeading(t *testing.T) {
	d := &render.Document{Blocks: []render.Block{
		&render.Paragraph{Runs: render.Plain("Innledning.")},
		&render.Heading{Level: 1, Text: "Moteplan 2026"},
	}}
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/Title (Moteplan 2026)", `<rdf:li xml:lang="x-default">Moteplan 2026</rdf:li>`} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
}

// kidsOf returns the kids of element e.
func kidsOf(l *layouter, e int32) []skid {
	var out []skid
	for k := l.tags[e].first; k >= 0; k = l.kids[k].next {
		out = append(out, l.kids[k].skid)
	}
	return out
}
