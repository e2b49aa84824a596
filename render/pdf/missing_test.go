package pdf

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/render"
)

// Characters no font draws are reported through WithWarnings and drawn as
// "?"; invisible formatting characters are dropped and not reported.
func TestMissingChars(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		missing []rune
		shown   string // the text as extracted
	}{
		{"plain", "Bodø kommune ◆ ⚑", nil, "Bodø kommune ◆ ⚑"},
		{"emoji", "møte 😀 i dag", []rune{0x1F600}, "møte ? i dag"},
		{"math letter", "𝕏-konto", []rune{0x1D54F}, "?-konto"},
		{"isolates", "\u2066Ås\u2069 og \u2067Bø\u2069", nil, "Ås og Bø"},
		{"zero width and bom", "ved\u200btak\u200c\u200d\ufeff fattet", nil, "vedtak fattet"},
		{"mixed", "a\u2066😀\u2069b𝕏c", []rune{0x1D54F, 0x1F600}, "a?b?c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := smallDocument()
			d.Blocks = append(d.Blocks,
				&render.Paragraph{Runs: render.Plain("«" + tt.text + "»")},
				// In a table cell and a chart label the same holds.
				&render.Table{Columns: []render.Column{{Title: "Aktivitet", Width: 1}}, Rows: []render.Row{{Cells: []render.Cell{{Runs: render.Plain(tt.text)}}}}},
			)
			var warns []error
			var b bytes.Buffer
			if err := Write(&b, d, WithWarnings(func(err error) { warns = append(warns, err) })); err != nil {
				t.Fatal(err)
			}
			var got []rune
			for _, w := range warns {
				var m *MissingCharsError
				if !errors.As(w, &m) {
					t.Fatalf("warning %v is not a *MissingCharsError", w)
				}
				got = append(got, m.Chars...)
				for _, r := range m.Chars {
					if !strings.Contains(m.Error(), string(r)) {
						t.Errorf("%q does not name %q", m.Error(), r)
					}
				}
			}
			if !slices.Equal(got, tt.missing) {
				t.Errorf("missing = %q, want %q", got, tt.missing)
			}
			path := writeFile(t, "missing-"+strings.ReplaceAll(tt.name, " ", "-")+".pdf", d)
			text := tool(t, "pdftotext", path, "-")
			if !contains(text, "«"+tt.shown+"»") {
				t.Errorf("text does not show «%s»:\n%s", tt.shown, text)
			}
		})
	}
}
