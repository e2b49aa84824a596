package html_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/html"
)

// bodo returns the Bodø example in language lang, scheduled.
func bodo(t testing.TB, lang prosessplan.Language) *prosessplan.Schedule {
	t.Helper()
	p := examples.Bodo()
	p.Language = lang
	s, probs := prosessplan.NewSchedule(p)
	if probs.HasErrors() || s == nil {
		t.Fatalf("Bodø example does not schedule:\n%v", probs)
	}
	return s
}

// page is one written document.
type page struct {
	name string
	doc  *render.Document
	html string
}

var (
	pagesOnce sync.Once
	allPages  []page
)

// pages writes the Bodø plan in nb, nn and en, every saksframlegg of each,
// and a 300-activity plan (a chart in several printed parts), once for all tests.
func pages(t *testing.T) []page {
	t.Helper()
	pagesOnce.Do(func() {
		prof := examples.BodoProfile()
		var docs []*render.Document
		for _, lang := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
			s := bodo(t, lang)
			docs = append(docs, render.Build(s, render.Options{Profile: &prof}))
			docs = append(docs, render.BuildSaksframlegg(s, render.Options{Profile: &prof})...)
		}
		big, probs := prosessplan.NewSchedule(plantest.Generate(300))
		if big == nil {
			t.Fatalf("300-activity plan: %v", probs)
		}
		docs = append(docs, render.Build(big, render.Options{}))
		for i, d := range docs {
			var buf bytes.Buffer
			if err := html.Write(&buf, d); err != nil {
				t.Fatalf("%s: %v", d.FileName, err)
			}
			name := d.FileName
			if i < len(docs)-1 {
				name += "-" + string(d.Language)
			} else {
				name = "plan-300"
			}
			allPages = append(allPages, page{name: name, doc: d, html: buf.String()})
			if dir := os.Getenv("HTML_KEEP"); dir != "" {
				// To look at the pages: HTML_KEEP=/tmp/x go test -run TestWhat
				if err := os.WriteFile(filepath.Join(dir, name+".html"), buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	if len(allPages) == 0 {
		t.Fatal("no pages written")
	}
	return allPages
}

// TestValidateHTML opens every page in headless Chromium and runs axe-core
// on it: zero violations, no requests outside the file, a lang.
func TestValidateHTML(t *testing.T) {
	ps := pages(t)
	dir := t.TempDir()
	if d := os.Getenv("HTML_KEEP"); d != "" {
		dir = d
	}
	var files []string
	for _, p := range ps {
		f := filepath.Join(dir, p.name+".html")
		if err := os.WriteFile(f, []byte(p.html), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	validate.HTML(t, files)
}

var (
	reHeading = regexp.MustCompile(`<h([1-6]) id="[^"]*">([^<]*)</h[1-6]>`)
	reTable   = regexp.MustCompile(`(?s)<table[ >].*?</table>`)
	reAttr    = regexp.MustCompile(`\b(src|href|xlink:href|action|poster|srcset)="([^"]*)"`)
	reID      = regexp.MustCompile(`\bid="([^"]*)"`)
	reCSSURL  = regexp.MustCompile(`url\(\s*['"]?([^)'"]*)`)
)

// TestWhatAReaderSees checks, on every page, what a reader and a screen
// reader get: the language, the headings of the Document in order without
// skipped levels, header cells in every table, the chart's title and
// description, a working skip link, and nothing fetched from outside.
func TestWhatAReaderSees(t *testing.T) {
	for _, p := range pages(t) {
		t.Run(p.name, func(t *testing.T) {
			doc := p.html
			if want := `<html lang="` + p.doc.Language.Tag() + `">`; !strings.Contains(doc, want) {
				t.Errorf("no %s", want)
			}
			for _, lm := range []string{"<header", "<main", "<footer"} {
				if strings.Count(doc, lm) != 1 {
					t.Errorf("%d × %s, want one", strings.Count(doc, lm), lm)
				}
			}
			// Headings: the Document's, in order, h1 first, no level skipped.
			var want []string
			for _, b := range p.doc.Blocks {
				if h, ok := b.(*render.Heading); ok {
					want = append(want, h.Text)
				}
			}
			got := reHeading.FindAllStringSubmatch(doc, -1)
			if len(got) != len(want) {
				t.Fatalf("%d headings, want %d", len(got), len(want))
			}
			prev := 0
			for i, g := range got {
				lv := int(g[1][0] - '0')
				if i == 0 && lv != 1 {
					t.Errorf("first heading is h%d, want h1", lv)
				}
				if lv > prev+1 {
					t.Errorf("heading %q is h%d after h%d", g[2], lv, prev)
				}
				prev = lv
				if g[2] != escaped(want[i]) {
					t.Errorf("heading %d is %q, want %q", i+1, g[2], want[i])
				}
			}
			if n := strings.Count(doc, "<h1"); n != 1 {
				t.Errorf("%d h1, want 1", n)
			}
			// Tables: every one has column headers with scope, and every
			// data row a row header or a cell.
			tables := reTable.FindAllString(doc, -1)
			var nTables int
			for _, b := range p.doc.Blocks {
				if tb, ok := b.(*render.Table); ok && len(tb.Columns) > 0 {
					nTables++
				}
			}
			if len(tables) != nTables {
				t.Errorf("%d tables, want %d", len(tables), nTables)
			}
			for i, tb := range tables {
				if !strings.Contains(tb, `<th scope="col"`) {
					t.Errorf("table %d has no column header", i+1)
				}
				if strings.Contains(tb, "<th>") || strings.Contains(tb, "<th ") && strings.Count(tb, "<th ") != strings.Count(tb, "<th scope=") {
					t.Errorf("table %d has a header cell without scope", i+1)
				}
			}
			// The skip link leads somewhere, and every in-page link too.
			ids := map[string]bool{}
			for _, m := range reID.FindAllStringSubmatch(doc, -1) {
				if ids[m[1]] {
					t.Errorf("id %q twice", m[1])
				}
				ids[m[1]] = true
			}
			skip := regexp.MustCompile(`<a class="skip" href="#([^"]+)">`).FindStringSubmatch(doc)
			if skip == nil || !ids[skip[1]] {
				t.Errorf("skip link %v has no target", skip)
			}
			links := map[string]bool{}
			for _, b := range p.doc.Blocks {
				for _, rs := range runsOf(b) {
					for _, r := range rs {
						if r.Link != "" {
							links[r.Link] = true
						}
					}
				}
			}
			for _, m := range reAttr.FindAllStringSubmatch(doc, -1) {
				v := m[2]
				switch {
				case strings.HasPrefix(v, "#"):
					if !ids[v[1:]] {
						t.Errorf("%s=%q leads nowhere", m[1], v)
					}
				case strings.HasPrefix(v, "data:") && m[1] == "src":
				case m[1] == "href" && links[v]:
					// A link the Document holds: followed only on a click.
				default:
					t.Errorf("%s=%q points outside the page", m[1], v)
				}
			}
			for _, m := range reCSSURL.FindAllStringSubmatch(doc, -1) {
				if !strings.HasPrefix(m[1], "#") && !strings.HasPrefix(m[1], "data:") {
					t.Errorf("url(%s) points outside the page", m[1])
				}
			}
			// The chart: an image with a name and a description.
			for _, b := range p.doc.Blocks {
				tl, ok := b.(*render.Timeline)
				if !ok || len(tl.Columns) == 0 {
					continue
				}
				m := regexp.MustCompile(`<svg class="chart"[^>]*role="img"[^>]*aria-labelledby="([^"]+)" aria-describedby="([^"]+)">\n<title id="([^"]+)">([^<]*)</title>\n<desc>([^<]*)</desc>`).FindStringSubmatch(doc)
				if m == nil {
					t.Fatal("no chart with role img, title and desc")
				}
				if m[1] != m[3] || m[4] != escaped(tl.Title) || m[5] != escaped(tl.AltText) {
					t.Errorf("chart named %q by %q, described %q", m[4], m[1], m[5])
				}
				if !strings.Contains(doc, `<p class="alt" id="`+m[2]+`">`+escaped(tl.AltText)+"</p>") {
					t.Errorf("aria-describedby=%q is not the visible alternative text", m[2])
				}
				for _, l := range tl.Legend {
					if !strings.Contains(doc, "<span>"+escaped(l.Label)+"</span>") {
						t.Errorf("legend has no %q", l.Label)
					}
				}
			}
		})
	}
}

func runsOf(b render.Block) [][]render.Run {
	switch b := b.(type) {
	case *render.Paragraph:
		return [][]render.Run{b.Runs}
	case *render.List:
		return b.Items
	case *render.Table:
		var out [][]render.Run
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				out = append(out, c.Runs)
			}
		}
		return out
	}
	return nil
}

func escaped(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// TestLongChartInChunks: the chart of 300 activities is cut into SVGs
// that each fit a printed landscape page with the column headers repeated;
// a screen reader meets one image, not one per page.
func TestLongChartInChunks(t *testing.T) {
	ps := pages(t)
	doc := ps[len(ps)-1].html
	charts := regexp.MustCompile(`(?s)<svg class="chart".*?</svg>`).FindAllString(doc, -1)
	if len(charts) < 3 {
		t.Fatalf("%d chart parts for 300 activities, want one per printed page", len(charts))
	}
	rows := 0
	for i, c := range charts {
		if named := strings.Contains(c[:300], `role="img"`); named != (i == 0) {
			t.Errorf("part %d: role img %v", i+1, named)
		}
		if i > 0 && !strings.Contains(c[:300], `aria-hidden="true"`) {
			t.Errorf("part %d is not hidden from assistive technology", i+1)
		}
		if !strings.Contains(c, ">Uke</text>") {
			t.Errorf("part %d has no column header", i+1)
		}
		rows += strings.Count(c, "<g><title>") - strings.Count(c, `</title><text class="sym"`)
	}
	var tl *render.Timeline
	for _, b := range ps[len(ps)-1].doc.Blocks {
		if x, ok := b.(*render.Timeline); ok {
			tl = x
		}
	}
	if rows != len(tl.Rows) {
		t.Errorf("%d rows drawn in all parts, want %d", rows, len(tl.Rows))
	}
}
