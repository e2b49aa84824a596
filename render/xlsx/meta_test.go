package xlsx

import (
	"bytes"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// TestMetaText checks that the hidden sheet's text reads back as written,
// whatever it holds: XML's special characters, carriage returns, characters
// XML cannot hold, and the "_xHHHH_" escapes of Excel, escaped or not.
func TestMetaText(t *testing.T) {
	texts := []string{
		"_x0041_ is not A", "_x005F_x0041_", "__x0041__x0042_", "_x00e6__x00E6_", "_x12G4_ _x123_ _x1234",
		"a & b < c > d \"e\" 'f'", "line\r\nbreak\rhere", " leading", "trailing\t",
		"bell\x07 and \uFFFE", "æøå – 😀", "x_", "_", "_x", "_x0041",
	}
	p := plantest.Generate(3)
	for i, s := range texts {
		a := &p.Phases[0].Activities[i%len(p.Phases[0].Activities)]
		a.Purpose += s
		a.Deliverable = s
	}
	s := schedule(t, p)
	_, data := writeFile(t, s, render.Options{}, "meta.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(metaSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var plan, csv strings.Builder
	for _, r := range rows[1:] {
		if len(r) > 0 {
			plan.WriteString(r[0])
		}
		if len(r) > 1 {
			csv.WriteString(r[1])
		}
	}
	b := newBook(s, render.BuildTimeline(s, render.Options{}), render.Options{}, "")
	defer b.f.Close()
	wantCSV, err := b.rowsCSV()
	if err != nil {
		t.Fatal(err)
	}
	// What XML cannot hold is read back as U+FFFD.
	fix := strings.NewReplacer("\x07", "\uFFFD", "\uFFFE", "\uFFFD")
	if got, want := plan.String(), fix.Replace(yamlOf(t, p)); got != want {
		t.Errorf("plan file differs:\n%s", diffLines(want, got))
	}
	if got, want := csv.String(), fix.Replace(wantCSV); got != want {
		t.Errorf("rows differ:\n%s", diffLines(want, got))
	}
}

func TestCRC32Combine(t *testing.T) {
	data := []byte(strings.Repeat("Framdrift æøå <row r=\"1\"/> ", 1000))
	for _, cut := range []int{0, 1, 7, 100, 4095, len(data) - 1, len(data)} {
		a, b := data[:cut], data[cut:]
		if got, want := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))), crc32.ChecksumIEEE(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}
