package fonts

import (
	"bytes"
	"strings"
	"testing"
)

func TestFonts(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"Sans Regular", Sans(Regular)}, {"Sans Bold", Sans(Bold)}, {"Sans Italic", Sans(Italic)},
		{"Fallback Regular", Fallback(Regular)}, {"Fallback Bold", Fallback(Bold)},
	} {
		// TrueType outlines: the sfnt version 1.0.
		if !bytes.HasPrefix(tt.data, []byte{0, 1, 0, 0}) || len(tt.data) < 100_000 {
			t.Errorf("%s: not a TrueType font (%d bytes)", tt.name, len(tt.data))
		}
	}
	for _, s := range []Style{Regular, Bold, Italic} {
		if string(Sans(s)) != SansFile(s) || string(Fallback(s)) != FallbackFile(s) {
			t.Errorf("%v: the copy differs from the file", s)
		}
	}
	if !bytes.Equal(Fallback(Italic), Fallback(Regular)) {
		t.Error("the italic fallback should be DejaVu Sans Regular")
	}
	// Callers get copies: changing one does not change the next.
	a := Sans(Regular)
	a[0] = 'X'
	if Sans(Regular)[0] != 0 {
		t.Error("Sans returned shared bytes")
	}
	for family, want := range map[string]string{"Liberation": "SIL Open Font License", "DejaVu": "Bitstream"} {
		text, err := License(family)
		if err != nil || !strings.Contains(text, want) {
			t.Errorf("License(%q) = %.60q, %v; want text with %q", family, text, err, want)
		}
	}
	if _, err := License("Comic"); err == nil {
		t.Error("License of an unknown family gave no error")
	}
	if Bold.String() != "Bold" || Style(7).String() != "Regular" {
		t.Error("Style.String")
	}
}
