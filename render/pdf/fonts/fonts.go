// Package fonts holds the TrueType fonts render/pdf embeds: Liberation Sans
// (Regular, Bold, Italic), metric-compatible with Arial, which municipal
// templates use, and DejaVu Sans (Regular, Bold) as the fallback for
// characters Liberation Sans lacks (★ ⚑ and other symbols).
//
// Liberation Sans is licensed under the SIL Open Font License 1.1
// (LICENSE-Liberation.txt), DejaVu Sans under the Bitstream Vera licence
// with DejaVu changes in the public domain (LICENSE-DejaVu.txt). Both texts
// ship beside the font files and are available from [License].
package fonts

import (
	"embed"
	"fmt"
)

//go:embed LICENSE-*.txt
var licenses embed.FS

// The font files, as strings: they are immutable, so [SansFile] and
// [FallbackFile] can hand them out without copying 2.8 MB.
var (
	//go:embed LiberationSans-Regular.ttf
	sansRegular string
	//go:embed LiberationSans-Bold.ttf
	sansBold string
	//go:embed LiberationSans-Italic.ttf
	sansItalic string
	//go:embed DejaVuSans.ttf
	fallbackRegular string
	//go:embed DejaVuSans-Bold.ttf
	fallbackBold string
)

// Style is a font style.
type Style int

// Font styles. DejaVu Sans is embedded without an italic: italic text that
// falls back to DejaVu is set upright.
const (
	Regular Style = iota
	Bold
	Italic
)

// String returns the style's name as used in the font file names.
func (s Style) String() string {
	switch s {
	case Bold:
		return "Bold"
	case Italic:
		return "Italic"
	}
	return "Regular"
}

// Sans returns a copy of the Liberation Sans font file in style s.
func Sans(s Style) []byte { return []byte(SansFile(s)) }

// SansFile returns the Liberation Sans font file in style s, without
// copying it.
func SansFile(s Style) string {
	switch s {
	case Bold:
		return sansBold
	case Italic:
		return sansItalic
	}
	return sansRegular
}

// Fallback returns a copy of the DejaVu Sans font file for style s
// (Italic gives the upright Regular).
func Fallback(s Style) []byte { return []byte(FallbackFile(s)) }

// FallbackFile returns the DejaVu Sans font file for style s (Italic
// gives the upright Regular), without copying it.
func FallbackFile(s Style) string {
	if s == Bold {
		return fallbackBold
	}
	return fallbackRegular
}

// License returns the licence text of a font family: "Liberation" or "DejaVu".
func License(family string) (string, error) {
	b, err := licenses.ReadFile("LICENSE-" + family + ".txt")
	if err != nil {
		return "", fmt.Errorf("fonts: no licence for %q: %w", family, err)
	}
	return string(b), nil
}
