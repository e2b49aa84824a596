package xlsx

import (
	"bytes"
	"regexp"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

var (
	dimensionRef = regexp.MustCompile(`<dimension ref="([A-Z0-9:]+)"`)
	cellRef      = regexp.MustCompile(`<c r="([A-Z]+)([0-9]+)"`)
)

// TestSheetDimensions reads every sheet's XML from the zip: the declared
// dimension is the box of the cells written, which readers such as
// openpyxl's read-only mode trust instead of reading the cells.
func TestSheetDimensions(t *testing.T) {
	s := schedule(t, examples.Bodo())
	var b bytes.Buffer
	if err := Write(&b, s); err != nil {
		t.Fatal(err)
	}
	n := 0
	for name, x := range worksheets(t, b.Bytes()) {
		n++
		m := dimensionRef.FindSubmatch(x)
		if m == nil {
			t.Errorf("%s declares no dimension", name)
			continue
		}
		maxCol, maxRow := 0, 0
		for _, c := range cellRef.FindAllSubmatch(x, -1) {
			col, _ := excelize.ColumnNameToNumber(string(c[1]))
			row := atoi(string(c[2]))
			maxCol, maxRow = max(maxCol, col), max(maxRow, row)
		}
		if want := "A1:" + cellName(maxCol, maxRow); string(m[1]) != want {
			t.Errorf("%s declares dimension %s, its cells span %s", name, m[1], want)
		}
	}
	if n < 5 {
		t.Errorf("%d sheets, want at least 5", n)
	}
}

// TestColumnsVisible: Hensikt, Deltakere and Leveranse are shown and
// printed like every other column: they are the why and the who.
func TestColumnsVisible(t *testing.T) {
	s := schedule(t, examples.Bodo())
	var b bytes.Buffer
	if err := Write(&b, s); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for col, title := range map[string]string{"A": "Nr.", "C": "Aktivitet", "D": "Hensikt", "F": "Deltakere", "H": "Start", "K": "Leveranse"} {
		if got, _ := f.GetCellValue("Framdrift", col+"10"); got != title {
			t.Errorf("%s10 = %q, want %q", col, got, title)
		}
		visible, _ := f.GetColVisible("Framdrift", col)
		level, _ := f.GetColOutlineLevel("Framdrift", col)
		if !visible || level != 0 {
			t.Errorf("column %s (%s): visible %v, outline level %d", col, title, visible, level)
		}
	}
	if got, _ := f.GetCellValue("Framdrift", "D12"); got == "" {
		t.Errorf("Hensikt of the first activity is empty")
	}
}

// TestLegendFollowsTimeline: the workbook's legend shows every kind with
// the symbol and colour render gives it (folkemøte's own symbol among
// them), and the critical-path entry, naming the Kritisk column.
func TestLegendFollowsTimeline(t *testing.T) {
	s := schedule(t, examples.Bodo())
	tl := render.BuildTimeline(s, render.Options{})
	var b bytes.Buffer
	if err := Write(&b, s); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Framdrift")
	if err != nil {
		t.Fatal(err)
	}
	slots := newBook(s, tl, render.Options{}, "").legendSlots()
	symbolOf := map[string]string{} // legend label → the swatch's symbol
	in := false
	for _, r := range rows {
		if slices.Contains(r, "Tegnforklaring") {
			in = true // the title shares its row with the first items
		}
		if !in {
			continue
		}
		cell := func(col int) string {
			if col-1 < len(r) {
				return r[col-1]
			}
			return ""
		}
		for _, slot := range slots {
			if label := cell(slot[1]); label != "" {
				symbolOf[label] = cell(slot[0])
			}
		}
	}
	critical := false
	for _, li := range tl.Legend {
		if li.Critical {
			critical = true
			if _, ok := symbolOf[li.Label+" (Kritisk)"]; !ok {
				t.Errorf("the workbook's legend lacks the critical path %q (have %q)", li.Label, symbolOf)
			}
			continue
		}
		sym, ok := symbolOf[li.Label]
		if !ok {
			t.Errorf("legend lacks %q (have %q)", li.Label, symbolOf)
		} else if sym != li.Symbol {
			t.Errorf("legend %q has symbol %q, the chart %q", li.Label, sym, li.Symbol)
		}
	}
	if !critical {
		t.Log("the timeline has no critical-path entry")
	}
	if got, want := symbolOf[prosessplan.PublicMeeting.Label(prosessplan.Bokmal)], render.KindSymbol(prosessplan.PublicMeeting); got != want {
		t.Errorf("folkemøte's swatch shows %q, want render's %q", got, want)
	}
}

// TestLegendNotRepeated: the legend keeps out of the columns printed on
// every page of the chart's width (Nr to Aktivitet), so that it prints
// once, whatever the time unit.
func TestLegendNotRepeated(t *testing.T) {
	for name, g := range map[string]render.Granularity{"weeks": render.ByWeek, "days": render.ByDay, "months": render.ByMonth} {
		t.Run(name, func(t *testing.T) {
			s := schedule(t, examples.Bodo())
			var b bytes.Buffer
			if err := Write(&b, s, WithGranularity(g)); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, err := f.GetRows("Framdrift")
			if err != nil {
				t.Fatal(err)
			}
			repeated := slices.IndexFunc(longColumns, func(c column) bool { return c.key == cActivity }) + 1
			in, labels := false, 0
			for i, r := range rows {
				if slices.Contains(r, "Tegnforklaring") {
					in = true
				}
				if !in {
					continue
				}
				for c := 0; c < len(r); c++ {
					if r[c] == "" {
						continue
					}
					if c < repeated {
						t.Errorf("row %d: legend text %q in repeated column %s", i+1, r[c], colName(c+1))
					}
					labels++
				}
			}
			if !in || labels < 10 {
				t.Errorf("legend found: %v, with %d texts", in, labels)
			}
		})
	}
}

// TestWrappedLines: the row heights count the lines a text wraps to.
func TestWrappedLines(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  int
	}{
		{"", 10, 1},
		{"Planforslag og høring", 10, 3},
		{"a\n\nb", 5, 3},
		{"Kunngjøring og oppfølging av vedtatt plan", 36, 2},
		{"ordsomerlengreennbredden", 10, 3},
		{"  Møte  med\trådet ", 9, 2},
		{"Møte\u00a0med\u2003rådet", 6, 3},
		{"a\rb\x01c", 2, 3},
	} {
		if got := wrappedLines(tc.s, tc.width); got != tc.want {
			t.Errorf("wrappedLines(%q, %d) = %d, want %d", tc.s, tc.width, got, tc.want)
		}
	}
}

// TestChunks: the hidden sheet's texts are cut into cells of at most n
// UTF-16 units, at characters, and put together give the text.
func TestChunks(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want []string
	}{
		{"", 3, nil},
		{"abcdefg", 3, []string{"abc", "def", "g"}},
		{"æøåÆØÅ", 4, []string{"æøåÆ", "ØÅ"}},
		{"ab😀cd", 3, []string{"ab", "😀c", "d"}},
		{"a😀", 2, []string{"a", "😀"}},
	} {
		got := chunks(tc.s, tc.n)
		if !slices.Equal(got, tc.want) {
			t.Errorf("chunks(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}
