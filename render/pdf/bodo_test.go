package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// bodo returns the Bodø example's schedule and municipal profile (with its logo).
func bodo(t testing.TB) (*prosessplan.Schedule, *render.Profile) {
	t.Helper()
	s, probs := prosessplan.NewSchedule(examples.Bodo())
	if s == nil {
		t.Fatalf("NewSchedule: %v", probs)
	}
	dir := filepath.Join("..", "..", "examples")
	f, err := os.Open(filepath.Join(dir, "bodo-profile.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	prof, err := render.ReadProfile(f, "bodo-profile.yaml", os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return s, &prof
}

func TestBodo(t *testing.T) {
	s, prof := bodo(t)
	d := render.Build(s, render.Options{Profile: prof})
	var tl *render.Timeline
	var tables []*render.Table
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *render.Timeline:
			tl = b
		case *render.Table:
			tables = append(tables, b)
		}
	}
	if tl == nil || len(tables) == 0 {
		t.Fatal("Build gave no timeline or no table")
	}
	var phases []string
	for _, r := range tl.Rows {
		if r.Phase {
			phases = append(phases, r.Label)
		}
	}
	path := writeFile(t, "bodo.pdf", d)
	expect := append([]string{d.Title, "Bodø kommune", "Boligplan 2018–2021", tl.Title}, phases...)
	validate.PDF(t, path, expect, "--title", d.Title, "--author", d.Author)
	checkTags(t, []string{path}, "--min", "Figure=2", "--min", "TOCI=5", "--min", "Table=5")

	ps := pages(t, path)
	n := len(ps)
	var chart []int
	for i, p := range ps {
		if want := fmt.Sprintf("%s %d %s %d", d.Captions.Page, i+1, d.Captions.Of, n); !contains(p.text, want) {
			t.Errorf("page %d: no %q", i+1, want)
		}
		if !contains(p.text, prof.Municipality) {
			t.Errorf("page %d: no municipality in the header", i+1)
		}
		isChart := contains(p.text, tl.Title) && contains(p.text, d.Captions.Legend)
		if isChart {
			chart = append(chart, i)
		}
		if isChart && !p.landscape {
			t.Errorf("chart page %d is portrait", i+1)
		}
	}
	if len(chart) == 0 {
		t.Fatal("no chart page")
	}
	for _, ph := range phases {
		if !contains(ps[chart[0]].text, ph) {
			t.Errorf("phase %q not on the chart page %d", ph, chart[0]+1)
		}
	}

	// The legend explains the critical path's frame when the chart has one.
	for _, it := range tl.Legend {
		if it.Critical && !contains(ps[chart[0]].text, it.Label) {
			t.Errorf("chart page %d: legend lacks %q", chart[0]+1, it.Label)
		}
	}

	// Every table: its header row on every page it continues on; a
	// short table on one page.
	for _, tb := range tables {
		if tb.Caption == "" {
			continue
		}
		for i, p := range ps {
			if !contains(p.text, tb.Caption+" "+d.Captions.Continued) {
				continue
			}
			if len(tb.Rows) <= shortTable {
				t.Errorf("page %d continues the %d-row table %q", i+1, len(tb.Rows), tb.Caption)
			}
			for _, c := range tb.Columns {
				if !contains(p.text, c.Title) {
					t.Errorf("page %d continues %q without the header %q", i+1, tb.Caption, c.Title)
				}
			}
		}
	}

	// The logo is on every page.
	imgs := tool(t, "pdfimages", "-list", path)
	pagesWithLogo := map[string]bool{}
	for _, line := range strings.Split(imgs, "\n")[2:] {
		if f := strings.Fields(line); len(f) > 0 {
			pagesWithLogo[f[0]] = true
		}
	}
	if len(pagesWithLogo) != n {
		t.Errorf("logo on %d of %d pages", len(pagesWithLogo), n)
	}

	// The table of contents agrees with the bookmarks.
	outline := qpdfJSON(t, path, "outlines")["outlines"].([]any)
	checked := 0
	var walk func([]any)
	walk = func(list []any) {
		for _, x := range list {
			o := x.(map[string]any)
			title := o["title"].(string)
			pg := int(o["destpageposfrom1"].(float64))
			re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(title) + `[ .]*\s(\d+)\s*$`)
			for _, p := range ps[:3] {
				if m := re.FindStringSubmatch(p.text); m != nil {
					checked++
					if m[1] != strconv.Itoa(pg) {
						t.Errorf("contents say %q is on page %s, the bookmark says %d", title, m[1], pg)
					}
					break
				}
			}
			walk(o["kids"].([]any))
		}
	}
	walk(outline)
	if checked < 5 {
		t.Errorf("only %d contents entries matched a bookmark", checked)
	}
}

func TestBodoSaksframlegg(t *testing.T) {
	s, prof := bodo(t)
	docs := render.BuildSaksframlegg(s, render.Options{Profile: prof})
	if len(docs) == 0 {
		t.Fatal("no saksframlegg")
	}
	for _, d := range docs {
		t.Run(d.FileName, func(t *testing.T) {
			// The validators wait on processes: two files at a time keep
			// both cores busy.
			t.Parallel()
			path := writeFile(t, d.FileName+".pdf", d)
			validate.PDF(t, path, []string{d.Title, "Bodø kommune"}, "--title", d.Title, "--author", d.Author)
			checkTags(t, []string{path}, "--min", "Figure=1", "--min", "Table=1")
		})
	}
}

// The writer's output for the example is the same bytes every time.
func TestBodoDeterministic(t *testing.T) {
	s, prof := bodo(t)
	var a, b bytes.Buffer
	if err := Write(&a, render.Build(s, render.Options{Profile: prof})); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, render.Build(s, render.Options{Profile: prof})); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renderings of the Bodø plan differ")
	}
}

// No word of a table is broken in the middle: every word in a column
// title or cell is on one line of the extracted text.
func TestBodoWordsWhole(t *testing.T) {
	for _, lang := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
		t.Run(string(lang), func(t *testing.T) { bodoWordsWhole(t, lang) })
	}
}

func bodoWordsWhole(t *testing.T, lang prosessplan.Language) {
	s, prof := bodo(t)
	d := render.Build(s, render.Options{Profile: prof, Language: lang})
	path := writeFile(t, "bodo-ord-"+string(lang)+".pdf", d)
	text := tool(t, "pdftotext", path, "-")
	for _, b := range d.Blocks {
		tb, ok := b.(*render.Table)
		if !ok {
			continue
		}
		var words []string
		for _, c := range tb.Columns {
			words = append(words, strings.Fields(c.Title)...)
		}
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				words = append(words, strings.Fields(render.Text(c.Runs))...)
			}
		}
		for _, w := range words {
			if !strings.Contains(text, w) {
				t.Errorf("table %q: the word %q is broken", tb.Caption, w)
			}
		}
	}
}
