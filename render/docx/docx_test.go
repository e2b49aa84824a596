package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// writeFile writes d (with opts) to a .docx in a temp dir, or in
// $DOCX_KEEP when set (to look at the files), and returns its path and bytes.
func writeFile(t *testing.T, name string, d *render.Document, opts ...Option) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opts...); err != nil {
		t.Fatalf("Write: %v", err)
	}
	dir := os.Getenv("DOCX_KEEP")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, b.Bytes()
}

// parts returns the parts of a .docx by name.
func parts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		m[f.Name] = b
	}
	return m
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestNewDocument(t *testing.T) {
	r := office(t, "ny.docx",
		"Prosessplan for boligpolitisk handlingsplan 2018–2021",
		"Bakgrunn og formål",
		"a < b & c > d, \"sitat\" og ]]> skal stå som de er.",
		"Æ, ø og å: blåbærsyltetøy på Ørland – siste side.",
		"Færre bostedsløse – også i Øvre Løding.",
		"Åse Ødegård",
		"Løpende gjennom hele året",
	)
	validate.OOXML(t, r.path)
	pages, sizes, data := r.pages, r.sizes, r.data
	all := squash(strings.Join(pages, " "))

	t.Run("numbered points restart", func(t *testing.T) {
		for _, want := range []string{
			"1. Bystyret tar melding om oppstart",
			"2. Planen utarbeides som temaplan",
			"3. Forslag til plan legges fram",
			"1. Ny liste, første punkt",
			"2. Andre punkt.",
		} {
			if !strings.Contains(all, want) {
				t.Errorf("extracted text lacks %q", want)
			}
		}
	})

	t.Run("header row repeated", func(t *testing.T) {
		// The activity table runs over several pages; every page that
		// shows activity rows also shows the column titles.
		n := 0
		for i, p := range pages {
			if !strings.Contains(p, "Arbeidsmøte") {
				continue
			}
			n++
			if !strings.Contains(p, "Aktivitet") || !strings.Contains(p, "Ansvarlig") {
				t.Errorf("page %d has activity rows but no header row:\n%.300s", i+1, p)
			}
		}
		if n < 3 {
			t.Errorf("activity table spans %d pages, want at least 3", n)
		}
	})

	t.Run("landscape timeline", func(t *testing.T) {
		found := false
		for i, p := range pages {
			if !strings.Contains(p, "Tidslinje for planarbeidet") {
				continue
			}
			found = true
			if w, h := sizes[i][0], sizes[i][1]; w <= h {
				t.Errorf("timeline page %d is %gx%g pt, want landscape", i+1, w, h)
			}
			for _, want := range []string{"Uke", "Melding om oppstart i bystyret", "◆", "Tegnforklaring", "Høring og offentlig ettersyn", "jan 2018", "Kritisk linje"} {
				if !strings.Contains(p, want) {
					t.Errorf("timeline page lacks %q", want)
				}
			}
		}
		if !found {
			t.Fatal("no page shows the timeline")
		}
		if w, h := sizes[0][0], sizes[0][1]; w >= h || w < 590 || w > 600 {
			t.Errorf("first page is %gx%g pt, want A4 portrait", w, h)
		}
		last := sizes[len(sizes)-1]
		if last[0] >= last[1] {
			t.Errorf("last page (Vedlegg) is landscape, want portrait")
		}
	})

	t.Run("header and footer", func(t *testing.T) {
		n := len(pages)
		for _, i := range []int{0, n - 1} {
			p := squash(pages[i])
			want := "Side " + strconv.Itoa(i+1) + " av " + strconv.Itoa(n)
			if !strings.Contains(p, want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
			if !strings.Contains(p, "Bodø kommune") {
				t.Errorf("page %d lacks the municipality in its header", i+1)
			}
		}
	})

	t.Run("table of contents", func(t *testing.T) {
		p := squash(pages[0])
		for _, want := range []string{"Innhold", "Bakgrunn og formål", "Mål for arbeidet", "Framdriftsplan", "Vedlegg"} {
			if !strings.Contains(p, want) {
				t.Errorf("first page (contents) lacks %q", want)
			}
		}
	})

	ps := parts(t, data)
	t.Run("properties", func(t *testing.T) {
		core := string(ps["docProps/core.xml"])
		for _, want := range []string{
			"<dc:title>Prosessplan for boligpolitisk handlingsplan 2018–2021</dc:title>",
			"<dc:creator>Bodø kommune</dc:creator>",
			"<cp:keywords>prosessplan, boligpolitikk, Bodø</cp:keywords>",
			"<dc:language>nb-NO</dc:language>",
			`<dcterms:created xsi:type="dcterms:W3CDTF">2017-12-07T00:00:00Z</dcterms:created>`,
		} {
			if !strings.Contains(core, want) {
				t.Errorf("core.xml lacks %s", want)
			}
		}
		if !strings.Contains(string(ps["word/styles.xml"]), `<w:lang w:val="nb-NO"`) {
			t.Error("styles.xml does not set nb-NO")
		}
		if !strings.Contains(string(ps["word/settings.xml"]), `<w:updateFields w:val="true"/>`) {
			t.Error("settings.xml lacks updateFields")
		}
		if !strings.Contains(string(ps["word/header1.xml"]), `descr="Bodø kommunes logo"`) {
			t.Error("logo has no alt text")
		}
	})
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, sampleDoc(50)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, sampleDoc(50)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same document differ")
	}
}

// wideTimeline is a chart too wide for one page: 150 weeks.
func wideTimeline() *render.Timeline {
	wide := &render.Timeline{Title: "Tidslinje 2018–2020", Granularity: render.ByWeek}
	start := prosessplan.D(2018, 1, 1)
	for i := 0; i < 150; i++ {
		d := start.AddDays(7 * i)
		_, wk := d.ISOWeek()
		c := render.TimeColumn{Start: prosessplan.Time{Date: d}, End: prosessplan.Time{Date: d.AddDays(6)}, Label: strconv.Itoa(wk)}
		if wk >= 28 && wk <= 31 {
			c.Shaded, c.ShadeReason = true, "Fellesferie"
		}
		wide.Columns = append(wide.Columns, c)
	}
	for i := 0; i < 12; i++ {
		wide.Rows = append(wide.Rows, render.TimelineRow{Number: strconv.Itoa(i + 1), Label: "Aktivitet " + strconv.Itoa(i+1) + " – økt",
			First: i * 12, Last: i*12 + 20, Symbol: "●", Color: "5B9BD5"})
	}
	wide.Rows = append(wide.Rows, render.TimelineRow{Number: "13", Label: "Vedtak i bystyret", First: 149, Last: 149, Point: true, Symbol: "◆", Color: "C00000"})
	return wide
}

// agendaTimeline is a workshop agenda in 15-minute slots.
func agendaTimeline() *render.Timeline {
	agenda := &render.Timeline{Title: "Program for arbeidsverkstedet", Granularity: render.ByMinutes, SlotMinutes: 15}
	d := prosessplan.D(2018, 3, 14)
	for m := 9 * 60; m < 15*60; m += 15 {
		agenda.Columns = append(agenda.Columns, render.TimeColumn{
			Start: prosessplan.At(d, m/60, m%60), End: prosessplan.At(d, (m+15)/60, (m+15)%60),
			Label: fmt.Sprintf("%02d:%02d", m/60, m%60),
		})
	}
	agenda.Groups = []render.ColumnGroup{{Label: "onsdag 14. mars", First: 0, Last: len(agenda.Columns) - 1}}
	agenda.Rows = []render.TimelineRow{
		{Number: "1", Label: "Velkommen og innledning", First: 0, Last: 1, Symbol: "●", Color: "5B9BD5"},
		{Number: "2", Label: "Gruppearbeid om boligbehov", First: 2, Last: 13, Symbol: "▲", Color: "70AD47"},
		{Number: "3", Label: "Lunsj", First: 12, Last: 15, Color: "BFBFBF"},
	}
	return agenda
}

// timelineDoc is tl between two paragraphs, without Section blocks.
func timelineDoc(tl *render.Timeline) *render.Document {
	return &render.Document{
		Title: tl.Title, Language: prosessplan.Bokmal, Captions: bokmalCaptions,
		Profile: render.Profile{Municipality: "Bodø kommune"},
		Blocks: []render.Block{
			&render.Heading{Level: 1, Text: "Før tidslinjen"},
			tl,
			&render.Paragraph{Runs: render.Plain("Etter tidslinjen, på stående side.")},
		},
	}
}

// TestTimelineShapes lays out charts too wide for one page and a workshop
// agenda in 15-minute slots, without Section blocks around them: the writer
// gives the chart its own landscape section.
func TestTimelineShapes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tl     *render.Timeline
		expect []string
	}{
		{"bred", wideTimeline(), []string{"Tidslinje 2018–2020 (forts.)", "Fellesferie", "Vedtak i bystyret", "◆"}},
		{"minutter", agendaTimeline(), []string{"09:30", "14:45", "Gruppearbeid om boligbehov", "onsdag 14. mars"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := office(t, "tidslinje-"+tc.name+".docx", tc.expect...)
			validate.OOXML(t, r.path)
			pages, sizes := r.pages, r.sizes
			for i, p := range pages {
				land := sizes[i][0] > sizes[i][1]
				if strings.Contains(p, tc.tl.Title) != land {
					t.Errorf("page %d: landscape=%v, shows the chart=%v", i+1, land, !land)
				}
			}
			if !strings.Contains(pages[len(pages)-1], "Etter tidslinjen") {
				t.Error("text after the chart is not on the last (portrait) page")
			}
		})
	}
}
