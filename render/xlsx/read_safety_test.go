package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/prosessplan/plantest"
	"github.com/prosessplan/go-prosessplan/render"
)

// zeros returns a deflate stream that inflates to mib MiB of zeros,
// without compressing them all: past the first MiB every flushed MiB of
// zeros compresses to the same bytes, so those are repeated.
func zeros(t testing.TB, mib int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zero := make([]byte, 1<<20)
	var out, step []byte
	for i := 0; i < 3; i++ {
		_, _ = w.Write(zero)
		_ = w.Flush()
		if i == 0 {
			out = append(out, buf.Bytes()...)
		} else if i == 2 && !bytes.Equal(step, buf.Bytes()) {
			t.Fatal("the deflate steps differ")
		}
		step = append(step[:0], buf.Bytes()...)
		buf.Reset()
	}
	for i := 1; i < mib; i++ {
		out = append(out, step...)
	}
	_ = w.Close()
	return append(out, buf.Bytes()...)
}

// bomb returns a workbook whose first sheet is the deflate stream sheet,
// claiming to unpack to claim bytes, beside the real parts of good.
func bomb(t testing.TB, good []byte, sheet []byte, claim uint64) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			w, err := zw.CreateRaw(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate,
				CompressedSize64: uint64(len(sheet)), UncompressedSize64: claim})
			if err != nil {
				t.Fatal(err)
			}
			_, _ = w.Write(sheet)
			continue
		}
		if err := zw.Copy(zf); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestReadBombs: a small file that unpacks to gigabytes is refused before
// it is unpacked, with a message that says so, and reading it allocates
// little more than the file itself.
func TestReadBombs(t *testing.T) {
	_, good := writeFile(t, schedule(t, plantest.Generate(5)), render.Options{}, "plan.xlsx")
	tenGiB := zeros(t, 10<<10)
	for _, tc := range []struct {
		name string
		data []byte
		want string // bokmål message
	}{
		{"ti-gib.xlsx", bomb(t, good, tenGiB, 10<<30),
			"ti-gib.xlsx: ti-gib.xlsx pakker delen xl/worksheets/sheet1.xml ut til 10240 MiB, mer enn grensen på 128 MiB for én del; en arbeidsbok fra prosessplan er langt mindre, så filen leses ikke"},
		// The header lies: it claims 1 KiB, the data inflates to 300 MiB.
		// archive/zip stops at what the header claims, so the sheet is cut.
		{"loegn.xlsx", bomb(t, good, zeros(t, 300), 1<<10),
			"loegn.xlsx: Framdrift: fant ikke overskriftsraden med kolonnene Aktivitet, Start, Slutt"},
		{"stor.xlsx", append(bytes.Clone(good), make([]byte, MaxFileSize)...),
			"stor.xlsx: stor.xlsx er større enn 64 MiB, langt større enn en arbeidsbok fra prosessplan; filen leses ikke"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, _, err := Read(bytes.NewReader(tc.data), tc.name)
			runtime.ReadMemStats(&after)
			if !strings.HasSuffix(tc.name, "gib.xlsx") && tc.name != "stor.xlsx" {
				var ps prosessplan.Problems
				if !errors.As(err, &ps) || ps[0].Code != prosessplan.CodeXLSXHeader || err.Error() != tc.want {
					t.Errorf("err = %v (%T), want a %s problem: %s", err, err, prosessplan.CodeXLSXHeader, tc.want)
				}
			} else {
				var ps prosessplan.Problems
				if !errors.As(err, &ps) || ps[0].Code != "PP-XLSX-SIZE" {
					t.Fatalf("err = %v, want a PP-XLSX-SIZE problem", err)
				}
				if got := ps.Error(); got != tc.want {
					t.Errorf("message:\n got %s\nwant %s", got, tc.want)
				}
			}
			// Reading the file costs at most a few times its size: the
			// file is read once by Read and once by excelize.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*uint64(len(tc.data))+64<<20 {
				t.Errorf("reading a %d-byte file allocated %d MiB", len(tc.data), alloc>>20)
			}
		})
	}
}

// TestReadLimitReader: Read stops reading at MaxFileSize and a byte, even
// from an endless reader.
func TestReadLimitReader(t *testing.T) {
	r := &countingReader{}
	_, _, err := Read(r, "null.xlsx")
	var ps prosessplan.Problems
	if !errors.As(err, &ps) || ps[0].Code != "PP-XLSX-SIZE" {
		t.Fatalf("err = %v, want PP-XLSX-SIZE", err)
	}
	if r.n > MaxFileSize+1 {
		t.Errorf("read %d bytes of an endless file, want at most %d", r.n, MaxFileSize+1)
	}
	if m := ps[0].Message(prosessplan.English); m != "null.xlsx is larger than 64 MiB, far larger than a workbook from prosessplan; the file is not read" {
		t.Errorf("English message = %q", m)
	}
}

// countingReader is an endless stream of zeros, like /dev/zero.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	clear(p)
	r.n += int64(len(p))
	return len(p), nil
}

// TestReadFormulas: a formula with no stored value, as excelize and
// scripts leave them, is worked out; one that cannot be is refused with
// its cell named, never read as an empty cell.
func TestReadFormulas(t *testing.T) {
	p := plantest.Generate(20)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")

	e := openEdit(t, data)
	r := e.row("1.2")
	formula := func(cell, fm string) {
		// A fresh cell: excelize keeps the value a cell had.
		if err := e.f.SetCellValue(e.sheet, cell, nil); err != nil {
			t.Fatal(err)
		}
		if err := e.f.SetCellFormula(e.sheet, cell, fm); err != nil {
			t.Fatal(err)
		}
	}
	formula("H"+strconv.Itoa(r), "DATE(2026,3,2)")
	formula("C"+strconv.Itoa(r), `"Møte med "&"grunneiere"`)
	got, changes, err := Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a := got.Activity("1.2"); a.Start.String() != "2026-03-02" || a.Name != "Møte med grunneiere" {
		t.Errorf("1.2 = start %s, name %q; want the formulas' values", a.Start, a.Name)
	}
	var report []string
	for _, c := range changes {
		report = append(report, c.String())
	}
	if len(report) != 2 || !strings.Contains(report[0], "Aktivitet endret") || !strings.Contains(report[1], "«02.03.2026»") {
		t.Errorf("changes = %q", report)
	}

	// A formula excelize cannot work out, in a cell with no value stored.
	e = openEdit(t, data)
	formula("H"+strconv.Itoa(r), "WEBSERVICE(\"http://example.org\")")
	formula("C"+strconv.Itoa(r+1), "NOSUCHFUNCTION(1)")
	_, _, err = Read(bytes.NewReader(e.bytes()), "plan.xlsx")
	var ps prosessplan.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want Problems", err)
	}
	want := []string{
		"plan.xlsx: Framdrift!H" + strconv.Itoa(r) + ": formelen «=WEBSERVICE(\"http://example.org\")» har ingen lagret verdi og kan ikke regnes ut; skriv verdien i cellen, eller åpne og lagre arbeidsboka i Excel eller LibreOffice først",
		"plan.xlsx: Framdrift!C" + strconv.Itoa(r+1) + ": formelen «=NOSUCHFUNCTION(1)» har ingen lagret verdi og kan ikke regnes ut; skriv verdien i cellen, eller åpne og lagre arbeidsboka i Excel eller LibreOffice først",
	}
	if got := strings.Split(ps.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ps[0].Code != "PP-XLSX-FORMULA" || ps[0].Activity != "1.2" {
		t.Errorf("problem 0 = %+v", ps[0])
	}
}

// TestReadDamagedHidden: a damaged hidden sheet is reported in the
// planner's words, naming the workbook and what to do, without the CSV
// reader's English or a position in a sheet no planner can open.
func TestReadDamagedHidden(t *testing.T) {
	p := plantest.Generate(5)
	_, data := writeFile(t, schedule(t, p), render.Options{}, "plan.xlsx")
	for _, tc := range []struct {
		name string
		edit func(f *excelize.File)
		want string
	}{
		{"rows", func(f *excelize.File) {
			v, _ := f.GetCellValue(metaSheet, "B2")
			_ = f.SetCellStr(metaSheet, "B2", strings.Replace(v, "\n", "\n\"x\"y,", 2))
		}, "plan.xlsx: det skjulte arket «prosessplan», der prosessplan har lagret planfilen og radene slik de ble skrevet, er skadet (de lagrede radene stopper ved linje 2). Lag arbeidsboka på nytt fra planfilen med «prosessplan render», og gjør endringene der"},
		{"plan", func(f *excelize.File) {
			_ = f.SetCellStr(metaSheet, "A2", "tittel: [\n")
		}, "plan.xlsx: det skjulte arket «prosessplan», der prosessplan har lagret planfilen og radene slik de ble skrevet, er skadet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(f)
			var b bytes.Buffer
			if _, err := f.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			_, _, err = Read(&b, "plan.xlsx")
			var ps prosessplan.Problems
			if !errors.As(err, &ps) || ps[0].Code != "PP-XLSX-HIDDEN" {
				t.Fatalf("err = %v, want PP-XLSX-HIDDEN", err)
			}
			msg := ps.Error()
			if !strings.HasPrefix(msg, tc.want) {
				t.Errorf("message:\n got %s\nwant %s…", msg, tc.want)
			}
			for _, bad := range []string{"extraneous", "quote", "#prosessplan", "parse error"} {
				if strings.Contains(msg, bad) {
					t.Errorf("message has %q: %s", bad, msg)
				}
			}
			if en := ps[0].Message(prosessplan.English); !strings.HasPrefix(en, "the hidden sheet “prosessplan”") {
				t.Errorf("English message = %s", en)
			}
		})
	}
}

// FuzzRead feeds Read workbooks with damaged bytes: it must return a plan
// or an error, never panic or hang. The seeds are a small real workbook
// (also in testdata/fuzz/FuzzRead) and a few foreign files.
func FuzzRead(f *testing.F) {
	s, probs := prosessplan.NewSchedule(plantest.Generate(3))
	if probs.HasErrors() {
		f.Fatal(probs)
	}
	var b bytes.Buffer
	if err := Write(&b, s); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _, err := Read(bytes.NewReader(data), "fuzz.xlsx")
		if err == nil && p == nil {
			t.Fatal("no plan and no error")
		}
		if err != nil {
			_ = err.Error()
		}
	})
}
