package docx

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// Starting LibreOffice costs seconds (tens of seconds on a loaded
// machine), so the package's tests do not open their files one by one:
// every document a test opens in LibreOffice is listed in officeDocs, and
// the first test that asks for one has all of them written and validated
// by one validate-office call, one LibreOffice start. Each test then reads
// its own file's result and fails on its own file's errors.
//
// validate.OfficeMany returns the text only; these tests also check page
// sizes (landscape timeline pages), so they call the same validate-office
// with the same single start and read pdfinfo on the PDFs it keeps.

// officeDoc is a document the tests open in LibreOffice.
type officeDoc struct {
	name string
	test string // the test that checks it
	doc  func(t testing.TB) (*render.Document, []Option)
}

// officeResult is one document and what LibreOffice made of it.
type officeResult struct {
	path  string
	data  []byte
	pages []string     // text per page
	sizes [][2]float64 // page sizes in points
	errs  []string     // validate-office's complaints about this file
}

// officeBatch is the package tests' one LibreOffice run.
var officeBatch struct {
	once      sync.Once
	dir       string
	res       map[string]*officeResult
	skip, bad string
}

func withTemplate(tmpl []byte, opts ...Option) []Option {
	return append([]Option{WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))}, opts...)
}

// officeDocs lists every document the package's tests open in LibreOffice.
func officeDocs(t testing.TB) []officeDoc {
	tmplFile := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(templateDir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	doc := func(test, name string, d func() *render.Document, opts func() []Option) officeDoc {
		return officeDoc{name, test, func(testing.TB) (*render.Document, []Option) {
			if opts == nil {
				return d(), nil
			}
			return d(), opts()
		}}
	}
	none := func() []Option { return nil }
	docs := []officeDoc{
		doc("TestNewDocument", "ny.docx", func() *render.Document { return sampleDoc(200) }, none),
		doc("TestTimelineShapes", "tidslinje-bred.docx", func() *render.Document { return timelineDoc(wideTimeline()) }, none),
		doc("TestTimelineShapes", "tidslinje-minutter.docx", func() *render.Document { return timelineDoc(agendaTimeline()) }, none),
		doc("TestTemplateEndOfBodyNynorsk", "nynorsk-slutt.docx", nynorskDoc, func() []Option { return withTemplate(tmplFile("kommunemal-bokmerke.docx")) }),
		doc("TestPlaceholderInsideControl", "innpakket.docx", func() *render.Document { return sampleDoc(10) }, func() []Option {
			return withTemplate(wrappedMarker(t, tmplFile("kommunemal.dotx")), WithPlaceholder("{{innhold}}"))
		}),
		doc("TestBareTemplate", "naken.docx", func() *render.Document { return sampleDoc(30) }, func() []Option { return withTemplate(bareTemplate(t)) }),
	}
	for _, tc := range templateCases {
		docs = append(docs, doc("TestTemplates", templateOut(tc.name), func() *render.Document { return sampleDoc(120) },
			func() []Option { return withTemplate(tmplFile(tc.name), tc.opt) }))
	}
	for _, tc := range cleanedCases(t, tmplFile("kommunemal.dotx")) {
		docs = append(docs, doc("TestCleanedTemplates", tc.file, func() *render.Document { return sampleDoc(5) }, func() []Option { return withTemplate(tc.data) }))
	}
	for name, tmpl := range slotTemplates(t) {
		docs = append(docs, doc("TestTemplateSlots", "saksframlegg-"+name+".docx", saksframlegg, func() []Option { return withTemplate(tmpl) }))
	}
	// The Bodø example: the plan in Norwegian and English, and its first
	// two saksframlegg, new and in the municipal template.
	s, prof := bodo(t)
	docs = append(docs,
		doc("TestBodoPlan", "bodo-prosessplan.docx", func() *render.Document { return render.Build(s, render.Options{Profile: prof}) }, none),
		doc("TestBodoPlanEnglish", "bodo-plan-en.docx", func() *render.Document {
			return render.Build(s, render.Options{Profile: prof, Language: prosessplan.English})
		}, none))
	saks := render.BuildSaksframlegg(s, render.Options{Profile: prof})
	for _, d := range saks[:min(len(saks), 2)] {
		docs = append(docs,
			doc("TestBodoSaksframlegg", d.FileName+".docx", func() *render.Document { return d }, none),
			doc("TestBodoSaksframlegg", d.FileName+"-mal.docx", func() *render.Document { return d }, func() []Option {
				return withTemplate(tmplFile("kommunemal.dotx"), WithPlaceholder("{{innhold}}"))
			}))
	}
	return docs
}

// office returns the document name (one of officeDocs) and what
// LibreOffice made of it, and fails t if validate-office found fault with
// it or its text lacks one of expect (whitespace-insensitive).
func office(t *testing.T, name string, expect ...string) *officeResult {
	t.Helper()
	b := &officeBatch
	b.once.Do(func() { runOfficeBatch(t) })
	if b.skip != "" {
		if os.Getenv("CI") == "true" {
			t.Fatal(b.skip)
		}
		t.Skip(b.skip)
	}
	if b.bad != "" {
		t.Fatal(b.bad)
	}
	r := b.res[name]
	if r == nil {
		t.Fatalf("%s is not in officeDocs", name)
	}
	for _, e := range r.errs {
		t.Errorf("validate-office %s: %s", name, e)
	}
	all := squash(strings.Join(r.pages, " "))
	for _, e := range expect {
		if !strings.Contains(all, squash(e)) {
			t.Errorf("%s: LibreOffice's text lacks %q", name, e)
		}
	}
	return r
}

var rePageSize = regexp.MustCompile(`Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts`)

func runOfficeBatch(t testing.TB) {
	b := &officeBatch
	for _, tool := range []string{"soffice", "pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.skip = tool + " is missing"
			return
		}
	}
	dir := os.Getenv("DOCX_KEEP")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "docx-office-"); err != nil {
			b.bad = err.Error()
			return
		}
		b.dir = dir // removed by TestMain
	}
	b.res = map[string]*officeResult{}
	var paths []string
	selected := selectedTests()
	for _, od := range officeDocs(t) {
		if !selected(od.test) {
			continue // go test -run chose other tests: no need to convert it
		}
		if b.res[od.name] != nil {
			b.bad = "officeDocs lists " + od.name + " twice"
			return
		}
		d, opts := od.doc(t)
		var buf bytes.Buffer
		if err := Write(&buf, d, opts...); err != nil {
			b.bad = od.name + ": Write: " + err.Error()
			return
		}
		path := filepath.Join(dir, od.name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			b.bad = err.Error()
			return
		}
		b.res[od.name] = &officeResult{path: path, data: buf.Bytes()}
		paths = append(paths, path)
	}
	out := filepath.Join(dir, "office")
	cmd := exec.Command(filepath.Join(validate.Dir(t), "validate-office"), append([]string{"--out", out}, paths...)...)
	report, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		b.bad = "validate-office: " + err.Error()
		return
	}
	// Complaints are "ERROR <file>: <what>", one a line.
	byPath := map[string]*officeResult{}
	for _, r := range b.res {
		byPath[r.path] = r
	}
	sc := bufio.NewScanner(bytes.NewReader(report))
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "ERROR "); ok {
			for p, r := range byPath {
				if what, ok := strings.CutPrefix(rest, p+": "); ok {
					r.errs = append(r.errs, what)
				}
			}
		}
	}
	if err != nil && !bytes.Contains(report, []byte("ERROR ")) {
		b.bad = "validate-office failed:\n" + string(report)
		return
	}
	for _, r := range b.res {
		stem := strings.TrimSuffix(filepath.Base(r.path), ".docx")
		txt, err := os.ReadFile(filepath.Join(out, stem+".txt"))
		if err != nil {
			if len(r.errs) == 0 {
				r.errs = append(r.errs, "no text: "+err.Error())
			}
			continue
		}
		r.pages = strings.Split(string(txt), "\f")
		if n := len(r.pages); n > 0 && strings.TrimSpace(r.pages[n-1]) == "" {
			r.pages = r.pages[:n-1]
		}
		info, err := exec.Command("pdfinfo", "-f", "1", "-l", "9999", filepath.Join(out, stem+".pdf")).Output()
		if err != nil {
			r.errs = append(r.errs, "pdfinfo: "+err.Error())
			continue
		}
		for _, m := range rePageSize.FindAllStringSubmatch(string(info), -1) {
			w, _ := strconv.ParseFloat(m[1], 64)
			h, _ := strconv.ParseFloat(m[2], 64)
			r.sizes = append(r.sizes, [2]float64{w, h})
		}
		if len(r.sizes) != len(r.pages) {
			r.errs = append(r.errs, strconv.Itoa(len(r.sizes))+" page sizes for "+strconv.Itoa(len(r.pages))+" pages of text")
		}
	}
}

// selectedTests returns whether go test's -run pattern selects a
// top-level test, so that a focused run converts only its own documents.
func selectedTests() func(string) bool {
	all := func(string) bool { return true }
	f := flag.Lookup("test.run")
	if f == nil || f.Value.String() == "" {
		return all
	}
	// The part before the first slash selects top-level tests (a slash
	// inside brackets is rare enough to ignore here: it selects all).
	top, _, _ := strings.Cut(f.Value.String(), "/")
	re, err := regexp.Compile(top)
	if err != nil {
		return all
	}
	return re.MatchString
}

func TestMain(m *testing.M) {
	code := m.Run()
	if officeBatch.dir != "" {
		os.RemoveAll(officeBatch.dir)
	}
	os.Exit(code)
}
