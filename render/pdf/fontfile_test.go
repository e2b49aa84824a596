package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"testing"

	"github.com/prosessplan/go-prosessplan/render/pdf/fonts"
	"github.com/signintech/gopdf"
)

// fontProgramRe finds an embedded TrueType font program as gopdf and
// rewrite write it.
var fontProgramRe = regexp.MustCompile(`<</Length (\d+)\n/Filter /FlateDecode\n/Length1 (\d+)\n>>\nstream\n`)

// fontPrograms returns the uncompressed font programs of a PDF, checking
// each against its /Length1.
func fontPrograms(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range fontProgramRe.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		n1, _ := strconv.Atoi(string(pdf[m[4]:m[5]]))
		r, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("font program: %v", err)
		}
		if len(raw) != n1 {
			t.Errorf("font program is %d bytes, /Length1 says %d", len(raw), n1)
		}
		out = append(out, raw)
	}
	return out
}

// TestFontProgramAsGopdf checks that the font programs rewrite embeds are
// the subsets gopdf itself makes from the real fonts, byte for byte:
// the same glyphs (with the parts of composite ones such as Å and é),
// offsets, widths and hinting, so text looks as it did.
func TestFontProgramAsGopdf(t *testing.T) {
	tests := []struct {
		name   string
		static int
		font   []byte
		text   string
	}{
		{"Liberation Sans", 0, fonts.Sans(fonts.Regular), "Bodø kommune – Boligplan 2018–2021: Å, é, ü, «sitat», 50 %"},
		{"Liberation Sans Bold", 1, fonts.Sans(fonts.Bold), "Æ Ø Å æ ø å"},
		{"Liberation Sans Italic", 2, fonts.Sans(fonts.Italic), "Saksframlegg"},
		{"DejaVu Sans", 3, fonts.Fallback(fonts.Regular), "★ ⚑ ◆ ✓"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gp gopdf.GoPdf
			gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
			if err := gp.AddTTFFontData(embeddedFamilies[tt.static], tt.font); err != nil {
				t.Fatal(err)
			}
			gp.AddPage()
			if err := gp.SetFont(embeddedFamilies[tt.static], "", 12); err != nil {
				t.Fatal(err)
			}
			if err := gp.Text(tt.text); err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if _, err := gp.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			want := fontPrograms(t, b.Bytes())
			if len(want) != 1 {
				t.Fatalf("gopdf wrote %d font programs, want 1", len(want))
			}
			cid := b.Bytes()[bytes.Index(b.Bytes(), []byte("/Subtype /CIDFontType2")):]
			gids, err := widthGlyphs(cid)
			if err != nil {
				t.Fatal(err)
			}
			st, err := fontStatics[tt.static]()
			if err != nil {
				t.Fatal(err)
			}
			z, n, err := st.fontProgram(gids)
			if err != nil {
				t.Fatal(err)
			}
			r, err := zlib.NewReader(bytes.NewReader(z))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatalf("our font program does not decompress: %v", err)
			}
			if len(got) != n {
				t.Errorf("font program is %d bytes, said %d", len(got), n)
			}
			if !bytes.Equal(got, want[0]) {
				t.Errorf("font program differs from gopdf's: %d bytes, gopdf %d", len(got), len(want[0]))
			}
		})
	}
}

// TestEmbeddedFontPrograms checks every font program of a written PDF:
// each decompresses to its /Length1, and none is gopdf's stub (which
// has no glyph data at all).
func TestEmbeddedFontPrograms(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, testDocument(5)); err != nil {
		t.Fatal(err)
	}
	progs := fontPrograms(t, b.Bytes())
	if len(progs) < 3 {
		t.Fatalf("%d font programs, want regular, bold and the fallback at least", len(progs))
	}
	for i, p := range progs {
		if len(p) < 2000 {
			t.Errorf("font program %d is %d bytes: a stub without glyphs", i, len(p))
		}
	}
}

// TestPrepare checks that Prepare, also run while documents are written,
// changes no byte of them. Run with -race.
func TestPrepare(t *testing.T) {
	d := testDocument(2)
	var want bytes.Buffer
	if err := Write(&want, d); err != nil {
		t.Fatal(err)
	}
	done := make(chan []byte)
	for range 3 {
		go func() {
			Prepare()
			var b bytes.Buffer
			if err := Write(&b, d); err != nil {
				t.Error(err)
			}
			done <- b.Bytes()
		}()
	}
	for range 3 {
		if got := <-done; !bytes.Equal(got, want.Bytes()) {
			t.Error("a Write beside Prepare gave other bytes")
		}
	}
}
