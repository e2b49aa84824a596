package docx

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx/internal/mktemplate"
)

// bodo returns the Bodø example's schedule and municipal profile (with its logo).
func bodo(t testing.TB) (*prosessplan.Schedule, *render.Profile) {
	t.Helper()
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	if s == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	f, err := os.Open(filepath.Join("..", "..", "examples", "bodo-profile.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	prof, err := render.ReadProfile(f, "bodo-profile.yaml", os.DirFS(filepath.Join("..", "..", "examples")))
	if err != nil {
		t.Fatal(err)
	}
	return s, &prof
}

// headings returns the texts of d's headings of level 1.
func headings(d *render.Document) []string {
	var hs []string
	for _, b := range d.Blocks {
		if h, ok := b.(*render.Heading); ok && h.Level == 1 {
			hs = append(hs, h.Text)
		}
	}
	return hs
}

// breakAfter finds the parts of a word between the places a line may end:
// after a dash or a slash.
var breakAfter = regexp.MustCompile(`[^–/-]+[–/-]*|[–/-]+`)

func TestBodoPlan(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	s, prof := bodo(t)
	d := render.Build(s, render.Options{Profile: prof})
	r := office(t, "bodo-prosessplan.docx", append([]string{d.Title, "Bodø kommune"}, headings(d)...)...)
	validate.OOXML(t, r.path)
	pages, sizes := r.pages, r.sizes
	if len(pages) < 3 {
		t.Errorf("plan has %d pages", len(pages))
	}
	// The timeline is on landscape pages, with its week header.
	chart := -1
	for i, sz := range sizes {
		if sz[0] > sz[1] && strings.Contains(pages[i], d.Captions.Week+" ") {
			chart = i
			break
		}
	}
	if chart < 0 {
		t.Fatal("no landscape page shows the timeline's week header")
	}
	// The example's chart is on one page: labels on one line each, so
	// the last phase does not spill onto a page of its own.
	for _, b := range d.Blocks {
		if tl, ok := b.(*render.Timeline); ok {
			for _, r := range tl.Rows {
				if r.Phase && !strings.Contains(pages[chart], r.Label) {
					t.Errorf("phase %q is not on the chart's page %d", r.Label, chart+1)
				}
			}
		}
	}

	tablesReadable(t, d, strings.Join(pages, "\n"))
}

// The English plan's tables have longer words in places ("Responsibility").
func TestBodoPlanEnglish(t *testing.T) {
	s, prof := bodo(t)
	d := render.Build(s, render.Options{Profile: prof, Language: prosessplan.English})
	r := office(t, "bodo-plan-en.docx", d.Title)
	validate.OOXML(t, r.path)
	tablesReadable(t, d, strings.Join(r.pages, "\n"))
}

// tablesReadable checks the text LibreOffice laid out for d: the chart's
// legend explains the critical path, and no word of a table is broken in
// the middle by a narrow column.
func tablesReadable(t *testing.T, d *render.Document, text string) {
	t.Helper()
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Timeline:
			for _, it := range b.Legend {
				if it.Critical && !strings.Contains(text, it.Label) {
					t.Errorf("chart legend lacks %q", it.Label)
				}
			}
		case *render.Table:
			var words []string
			for _, c := range b.Columns {
				words = append(words, strings.Fields(c.Title)...)
			}
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					words = append(words, strings.Fields(render.Text(c.Runs))...)
				}
			}
			for _, w := range words {
				// A line may end after a dash or slash ("10.00–" "13.00").
				for _, part := range breakAfter.FindAllString(w, -1) {
					if !strings.Contains(text, part) {
						t.Errorf("table %q: the word %q is broken", b.Caption, w)
					}
				}
			}
		}
	}
}

func TestBodoSaksframlegg(t *testing.T) {
	s, prof := bodo(t)
	docs := render.BuildSaksframlegg(s, render.Options{Profile: prof})
	if len(docs) == 0 {
		t.Fatal("no saksframlegg")
	}
	for i, d := range docs[:min(len(docs), 2)] {
		var items []string
		for _, b := range d.Blocks {
			if l, ok := b.(*render.List); ok && l.Ordered {
				for _, it := range l.Items {
					items = append(items, render.Text(it))
				}
				break
			}
		}
		if len(items) == 0 {
			t.Fatalf("%s has no numbered innstilling", d.FileName)
		}
		// Once as a new document, once in the municipality's template.
		for _, inTemplate := range []bool{false, true} {
			name := d.FileName + ".docx"
			if inTemplate {
				name = d.FileName + "-mal.docx"
			}
			r := office(t, name, d.Title)
			validate.OOXML(t, r.path)
			pages := r.pages
			all := squash(strings.Join(pages, " "))
			for n, it := range items {
				words := strings.Fields(it)
				want := squash(strings.Join(append([]string{string(rune('1'+n)) + "."}, words[:min(len(words), 4)]...), " "))
				if !strings.Contains(all, want) {
					t.Errorf("saksframlegg %d (%s): text lacks numbered point %q", i+1, name, want)
				}
			}
			if inTemplate && !strings.Contains(pages[0], mktemplate.FirstPageHeader) {
				t.Errorf("%s: first-page header of the template missing", name)
			}
		}
	}
}
