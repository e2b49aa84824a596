package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render"
)

// keepTable is a table of n one-line rows "Rad 1" … "Rad n".
func keepTable(caption string, n int) *render.Table {
	t := &render.Table{Caption: caption, Columns: []render.Column{
		{Title: "Rad", Width: 0.3}, {Title: "Merknad", Width: 0.7},
	}}
	for i := 1; i <= n; i++ {
		t.Rows = append(t.Rows, render.Row{Cells: []render.Cell{
			{Runs: render.Plain(fmt.Sprintf("Rad %d", i))}, {Runs: render.Plain("Møte på rådhuset")},
		}})
	}
	return t
}

// keepDoc fills the first page with k lines of text, then a heading, a
// lead-in paragraph and a table of rows rows, then (when section) a
// landscape section, as before the chart of a plan.
func keepDoc(k, rows int, section bool) *render.Document {
	d := &render.Document{
		Title:    "Holde sammen",
		Profile:  render.Profile{Municipality: "Fjord kommune"},
		Captions: render.Captions{Page: "Side", Of: "av", Continued: "(forts.)"},
	}
	for i := 0; i < k; i++ {
		d.Blocks = append(d.Blocks, &render.Paragraph{Runs: render.Plain(fmt.Sprintf("Fyll %d.", i+1))})
	}
	d.Blocks = append(d.Blocks,
		&render.Heading{Level: 2, Text: "Lovpålagte råd"},
		&render.Paragraph{Runs: render.Plain("Rådene har sakene til behandling slik:")},
		keepTable("Rådenes møter", rows),
	)
	if section {
		d.Blocks = append(d.Blocks, &render.Section{Orientation: render.Landscape},
			&render.Paragraph{Runs: render.Plain("Liggende side.")})
	} else {
		d.Blocks = append(d.Blocks, &render.Paragraph{Runs: render.Plain("Mer tekst etter tabellen.")})
	}
	return d
}

// Wherever on the page a table starts: a short table is never split, a
// table before a page turn never leaves three rows or fewer on a page of
// their own, and the heading and lead-in stay on the table's first page.
func TestKeepTogether(t *testing.T) {
	for _, tc := range []struct {
		name    string
		rows    int
		section bool
		// maxSpill is the fewest rows allowed on the continued page (0: no split at all).
		minSpill int
	}{
		{"kort", 8, false, 0},
		{"kort før liggende", 6, true, 0},
		{"lang før liggende", 12, true, maxSpill + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			splits := 0
			for k := 20; k <= 60; k += 2 {
				d := keepDoc(k, tc.rows, tc.section)
				ps := layoutPages(t, d)
				if k == 40 {
					// Once per case, the written file as a reader sees it.
					path := writeFile(t, "hold.pdf", d)
					validate.PDF(t, path, []string{"Rådenes møter", "Rad 1", fmt.Sprintf("Rad %d", tc.rows)})
					ps = pages(t, path)
				}
				capPage, headPage := -1, -1
				for i, p := range ps {
					if strings.Contains(p.text, "Rådenes møter (forts.)") {
						splits++
						if tc.minSpill == 0 {
							t.Errorf("k=%d: %d-row table split onto page %d", k, tc.rows, i+1)
						} else if n := strings.Count(p.text, "Rad "); n < tc.minSpill {
							t.Errorf("k=%d: only %d rows continued on page %d", k, n, i+1)
						}
						continue
					}
					if strings.Contains(p.text, "Rådenes møter") {
						capPage = i
					}
					if strings.Contains(p.text, "Lovpålagte råd") {
						headPage = i
					}
				}
				if capPage != headPage {
					t.Errorf("k=%d: heading on page %d, table on page %d", k, headPage+1, capPage+1)
				}
			}
			if tc.minSpill > 0 && splits == 0 {
				t.Error("the long table never split: the test does not reach the case it is for")
			}
		})
	}
}

// The last item of a list never stands alone at the top of a page.
func TestListLastItemNotAlone(t *testing.T) {
	moved := 0
	for k := 30; k <= 50; k++ {
		d := &render.Document{Title: "Liste", Profile: render.Profile{Municipality: "Fjord kommune"},
			Captions: render.Captions{Page: "Side", Of: "av"}, Blocks: []render.Block{&render.Heading{Level: 0, Text: "Liste"}}}
		for i := 0; i < k; i++ {
			d.Blocks = append(d.Blocks, &render.Paragraph{Runs: render.Plain(fmt.Sprintf("Fyll %d.", i+1))})
		}
		l := &render.List{}
		for i := 1; i <= 6; i++ {
			l.Items = append(l.Items, render.Plain(fmt.Sprintf("Punkt nummer %d", i)))
		}
		d.Blocks = append(d.Blocks, l)
		var ps []pageInfo
		if k == 40 {
			ps = pages(t, writeFile(t, "liste.pdf", d))
		} else {
			ps = layoutPages(t, d)
		}
		for i, p := range ps {
			if strings.Contains(p.text, "Punkt nummer 6") && !strings.Contains(p.text, "Punkt nummer 5") {
				t.Errorf("k=%d: the last item is alone on page %d", k, i+1)
			}
			if i > 0 && strings.Contains(p.text, "Punkt nummer 5") {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Error("the list never reached the foot of a page: the test does not test")
	}
}

// layoutPages lays d out as Write does and returns each page's
// orientation and text (its text operations joined by spaces): for tests
// that try a layout rule on many documents without starting poppler for
// each; they check a few of the files with pages as well.
func layoutPages(t *testing.T, d *render.Document) []pageInfo {
	t.Helper()
	fs, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	l := newLayouter(d, fs)
	l.run()
	l.furnish()
	out := make([]pageInfo, len(l.pages))
	for i, p := range l.pages {
		var b strings.Builder
		for _, o := range p.ops {
			if o.kind == opText && o.text != "" {
				b.WriteString(o.text)
				b.WriteByte(' ')
			}
		}
		out[i] = pageInfo{landscape: p.landscape, text: b.String()}
	}
	return out
}
