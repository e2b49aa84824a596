package pdf

import (
	"fmt"
	"sync"

	"github.com/signintech/gopdf"
)

// A content stream draws text as glyph indexes of the font's own glyph
// table, which gopdf (v0.33.0) uses as the character codes of its
// subset fonts (Identity-H). gopdf learns which characters a document
// uses in a font when text is drawn or measured with it, and lists
// them in the font's widths (/W) and ToUnicode map in that order. Since
// the content streams are written here (content.go), each font's
// characters are collected in a glyphTable, mapped to glyphs with
// gopdf's own lookup of the font's cmap, and handed to gopdf in one
// measurement per font, so that its font objects list exactly them.

// glyphTable maps the characters drawn in one font of a document to the
// glyphs gopdf draws for them.
type glyphTable struct {
	cmap *gopdf.SubsetFontObj // gopdf's parse of the font, for its cmap
	// pages maps a character of the Basic Multilingual Plane to its
	// glyph + 1, 256 characters a page; 0 means not yet drawn. Other
	// characters (which clean replaces, see fontSet.has) are in astral.
	pages  [256]*[256]uint32
	astral map[rune]uint32
	// order lists the characters in the order first drawn.
	order []rune
}

func newGlyphTable(cmap *gopdf.SubsetFontObj) *glyphTable {
	return &glyphTable{cmap: cmap}
}

// add records the characters of s.
func (t *glyphTable) add(s string) {
	for _, r := range s {
		if r >= 0 && r < 0x10000 {
			pg := t.pages[r>>8]
			if pg == nil {
				pg = new([256]uint32)
				t.pages[r>>8] = pg
			}
			if pg[r&0xff] == 0 {
				pg[r&0xff] = uint32(t.glyph(r)) + 1
				t.order = append(t.order, r)
			}
			continue
		}
		if _, ok := t.astral[r]; !ok {
			if t.astral == nil {
				t.astral = map[rune]uint32{}
			}
			t.astral[r] = uint32(t.glyph(r)) + 1
			t.order = append(t.order, r)
		}
	}
}

// lookup returns the glyph of r, which add must have recorded.
func (t *glyphTable) lookup(r rune) (uint16, bool) {
	var g uint32
	if r >= 0 && r < 0x10000 {
		if pg := t.pages[r>>8]; pg != nil {
			g = pg[r&0xff]
		}
	} else {
		g = t.astral[r]
	}
	return uint16(g - 1), g != 0
}

// glyph returns the glyph gopdf draws for r: the one its cmap gives, or,
// for a character the font lacks, that of a space, which gopdf draws
// instead (gopdf.DefaultOnGlyphNotFoundSubstitute), or glyph 0.
func (t *glyphTable) glyph(r rune) uint {
	if t.cmap == nil {
		return 0
	}
	g, err := t.cmap.CharCodeToGlyphIndex(r)
	if err != nil {
		if g, err = t.cmap.CharCodeToGlyphIndex(' '); err != nil {
			g = 0
		}
	}
	return g
}

// gopdfCmaps holds, per embedded font (in the order of embeddedFamilies),
// gopdf's parse of it, whose cmap gives the glyphs of the characters
// drawn in it; made on first use and only read after. It parses the
// same stub as gopdfFonts.
var gopdfCmaps = func() (out [5]func() (*gopdf.SubsetFontObj, error)) {
	for k := range out {
		out[k] = sync.OnceValues(func() (*gopdf.SubsetFontObj, error) {
			stub, err := stubFont(embeddedData(k))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", embeddedFamilies[k], err)
			}
			return parseCmap(stub)
		})
	}
	return out
}()

// parseCmap parses the font data with gopdf.
func parseCmap(data []byte) (*gopdf.SubsetFontObj, error) {
	s := new(gopdf.SubsetFontObj)
	if err := s.SetTTFData(data); err != nil {
		return nil, err
	}
	return s, nil
}
