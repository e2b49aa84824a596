package pdf

import (
	"fmt"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/prosessplan/go-prosessplan/render/pdf/fonts"
	"github.com/signintech/gopdf"
)

// fontID names one embedded font file of a document.
type fontID uint8

// fontFile is one font a document may embed.
type fontFile struct {
	family string // gopdf family name, unique per document
	data   func() []byte
	face   *face
	// embedded marks the fonts of render/pdf/fonts, which gopdf parses
	// once per process (see gopdfFonts); a caller's font is parsed per
	// document.
	embedded bool
	// static is the index of an embedded font in embeddedFamilies, and
	// program the object number gopdf gave its (stub) font program in
	// this document, which the rewrite replaces (fontfile.go).
	static  int
	program int
	// res is the font's resource name, /F<res>, in gopdf's numbering:
	// the fonts of a document counted from 1 in the order added.
	res int
}

// style is a text style; it selects a chain of fonts, tried in order for
// each character.
type style uint8

const (
	regular style = iota
	bold
	italic
	nStyles
)

// fontSet is the fonts of one document: for each style a chain of faces,
// the first having the character wins.
type fontSet struct {
	files  []fontFile
	chains [nStyles][]fontID
	used   []bool
	// glyphs holds, per font, the characters drawn in it and their
	// glyphs; nil for a font nothing is drawn in (see glyphsOf).
	glyphs []*glyphTable
	// err is the first error glyphsOf met.
	err error
	// missing holds the characters clean replaced with '?'.
	missing map[rune]bool
}

// embeddedFamilies are the gopdf family names (and PDF font names) of the
// embedded fonts: Liberation Sans Regular, Bold, Italic, DejaVu Sans and
// DejaVu Sans Bold. The six-letter tag marks each as a subset (PDF
// 32000-1 §9.6.4).
var embeddedFamilies = [5]string{
	"PRSPLA+LiberationSans-Regular", "PRSPLB+LiberationSans-Bold", "PRSPLC+LiberationSans-Italic",
	"PRSPLD+DejaVuSans", "PRSPLE+DejaVuSans-Bold",
}

// The embedded font files are parsed once per process, from the bytes in
// the program's read-only data: copying 2.8 MB of fonts was about 5% of
// what rendering the example took. Only this package sees these slices,
// and it only reads them (gopdf gets copies, see stubFont); a write would
// fault.
var (
	sansData = sync.OnceValue(func() [3][]byte {
		return [3][]byte{readOnly(fonts.SansFile(fonts.Regular)), readOnly(fonts.SansFile(fonts.Bold)), readOnly(fonts.SansFile(fonts.Italic))}
	})
	fallbackData = sync.OnceValue(func() [3][]byte {
		r := readOnly(fonts.FallbackFile(fonts.Regular))
		return [3][]byte{r, readOnly(fonts.FallbackFile(fonts.Bold)), r}
	})
	// gopdfFonts holds, per embedded font (in the order of
	// embeddedFamilies), gopdf's own parse of it, copied into every
	// document that uses the font instead of parsing it again: gopdf only
	// reads a parsed font. It parses a stub (see stubFont), whose font
	// program the rewrite replaces. Each is made on first use, so a
	// process that never draws a character of DejaVu Sans Bold never
	// parses it.
	gopdfFonts = func() (out [5]func() (*gopdf.FontContainer, error)) {
		for k := range out {
			out[k] = sync.OnceValues(func() (*gopdf.FontContainer, error) {
				var fc gopdf.FontContainer
				stub, err := stubFont(embeddedData(k))
				if err == nil {
					err = fc.AddTTFFontData(embeddedFamilies[k], stub)
				}
				if err != nil {
					return nil, fmt.Errorf("%s: %w", embeddedFamilies[k], err)
				}
				return &fc, nil
			})
		}
		return out
	}()
	sansFaces = sync.OnceValues(func() ([3]*face, error) {
		d := sansData()
		return parseFaces(d[0], d[1], d[2])
	})
	fallbackFaces = sync.OnceValues(func() ([3]*face, error) {
		d := fallbackData()
		f, err := parseFaces(d[0], d[1], nil)
		f[2] = f[0]
		return f, err
	})
)

// Prepare reads and parses now the embedded fonts Write needs on first
// use (Liberation Sans in its three styles and DejaVu Sans), so that a
// program can have that done while it does something else, such as
// reading the plan: the first Write of a process otherwise takes several
// times as long as the next. It is safe to call at any time, more than
// once, and concurrently with Write.
func Prepare() {
	sansFaces()
	fallbackFaces()
	for k := range 4 {
		gopdfFonts[k]()
		gopdfCmaps[k]()
		fontStatics[k]()
	}
}

// readOnly returns the bytes of s without copying them; they must not be
// written.
func readOnly(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// embeddedData returns the file of embedded font k, in the order of
// embeddedFamilies.
func embeddedData(k int) []byte {
	if k < 3 {
		return sansData()[k]
	}
	return fallbackData()[k-3]
}

func parseFaces(r, b, i []byte) ([3]*face, error) {
	var out [3]*face
	for k, data := range [][]byte{r, b, i} {
		if data == nil {
			continue
		}
		f, err := parseFace(data)
		if err != nil {
			return out, err
		}
		out[k] = f
	}
	return out, nil
}

// newFontSet returns the fonts of a document: the caller's font (if any),
// then Liberation Sans, then DejaVu Sans.
func newFontSet(custom *customFont) (*fontSet, error) {
	sans, err := sansFaces()
	if err != nil {
		return nil, fmt.Errorf("pdf: embedded Liberation Sans: %w", err)
	}
	fb, err := fallbackFaces()
	if err != nil {
		return nil, fmt.Errorf("pdf: embedded DejaVu Sans: %w", err)
	}
	fs := &fontSet{}
	add := func(family string, data func() []byte, f *face, static int) fontID {
		fs.files = append(fs.files, fontFile{family: family, data: data, face: f, embedded: static >= 0, static: static})
		return fontID(len(fs.files) - 1)
	}
	if custom != nil {
		ids := [nStyles]fontID{}
		for s, data := range custom.data {
			if data == nil {
				ids[s] = ids[regular]
				continue
			}
			f, err := parseFace(data)
			if err != nil {
				return nil, fmt.Errorf("pdf: font %s: %w", [...]string{"regular", "bold", "italic"}[s], err)
			}
			d := data
			ids[s] = add(fmt.Sprintf("PRSPL%c+custom%d", 'X'+s, s), func() []byte { return d }, f, -1)
		}
		for s := range nStyles {
			fs.chains[s] = append(fs.chains[s], ids[s])
		}
	}
	for s := range nStyles {
		id := add(embeddedFamilies[s], func() []byte { return sansData()[s] }, sans[s], int(s))
		fs.chains[s] = append(fs.chains[s], id)
	}
	fbReg := add(embeddedFamilies[3], func() []byte { return fallbackData()[0] }, fb[0], 3)
	fbBold := add(embeddedFamilies[4], func() []byte { return fallbackData()[1] }, fb[1], 4)
	fs.chains[regular] = append(fs.chains[regular], fbReg)
	fs.chains[bold] = append(fs.chains[bold], fbBold)
	fs.chains[italic] = append(fs.chains[italic], fbReg)
	fs.used = make([]bool, len(fs.files))
	fs.glyphs = make([]*glyphTable, len(fs.files))
	return fs, nil
}

// glyphsOf returns the glyph table of font id, made on first use. When
// gopdf cannot read the font, glyphsOf records the error in fs.err and
// returns a table that maps every character to glyph 0.
func (fs *fontSet) glyphsOf(id fontID) *glyphTable {
	if t := fs.glyphs[id]; t != nil {
		return t
	}
	f := fs.files[id]
	var cmap *gopdf.SubsetFontObj
	var err error
	if f.embedded {
		cmap, err = gopdfCmaps[f.static]()
	} else {
		cmap, err = parseCmap(f.data())
	}
	if err != nil && fs.err == nil {
		fs.err = fmt.Errorf("pdf: font %s: %w", f.family, err)
	}
	fs.glyphs[id] = newGlyphTable(cmap)
	return fs.glyphs[id]
}

// fontFor returns the font that draws r in style s: the first in the chain
// that has it, or the first of the chain when none has it (the character
// is then replaced, see clean).
func (fs *fontSet) fontFor(r rune, s style) fontID {
	for _, id := range fs.chains[s] {
		if fs.files[id].face.has(r) {
			return id
		}
	}
	return fs.chains[s][0]
}

// has reports whether some font of style s draws r. Characters beyond
// the Basic Multilingual Plane never do: gopdf's ToUnicode map holds
// 16-bit codes, so they would extract as a different character.
func (fs *fontSet) has(r rune, s style) bool {
	if r > 0xFFFF {
		return false
	}
	for _, id := range fs.chains[s] {
		if fs.files[id].face.has(r) {
			return true
		}
	}
	return false
}

// width returns the width of s in style st at size points, each character
// measured in the font that will draw it.
func (fs *fontSet) width(s string, st style, size float64) float64 {
	chain := fs.chains[st]
	primary := fs.files[chain[0]].face
	w := 0
	for _, r := range s {
		if g := primary.glyph(r); g != 0 {
			w += int(primary.width[g])
			continue
		}
		w += fs.files[fs.fontFor(r, st)].face.advance(r)
	}
	return float64(w) * size / 1000
}

// segment calls fn for each maximal piece of s drawn by one font, with the
// piece's width at size points.
func (fs *fontSet) segment(s string, st style, size float64, fn func(piece string, id fontID, w float64)) {
	start, cur, w := 0, fontID(255), 0
	for i, r := range s {
		id := fs.fontFor(r, st)
		if id != cur && i > start {
			fn(s[start:i], cur, float64(w)*size/1000)
			start, w = i, 0
		}
		cur = id
		w += fs.files[id].face.advance(r)
	}
	if start < len(s) {
		fn(s[start:], cur, float64(w)*size/1000)
	}
}

// invisible reports whether r is a formatting character with no glyph
// of its own: soft hyphen, zero-width space and joiners, direction marks,
// embeddings and isolates, word joiner and invisible operators, and the
// byte order mark. Lines break at spaces only, so none of them is needed
// to lay text out, and drawn they would be boxes or question marks.
func invisible(r rune) bool {
	switch {
	case r == '\u00ad', r == '\ufeff':
		return true
	case r >= '\u200b' && r <= '\u200f', r >= '\u202a' && r <= '\u202e',
		r >= '\u2060' && r <= '\u2064', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// clean replaces characters no font has and control characters, so that
// nothing is silently dropped or drawn as a box: a tab becomes a space,
// a character no font draws a question mark, recorded in fs.missing for
// the warning Write gives; invisible formatting characters and other
// control characters are removed.
func (fs *fontSet) clean(s string, st style) string {
	ok := true
	for _, r := range s {
		if r < ' ' || r > '~' && (r == utf8.RuneError || invisible(r) || !fs.has(r, st)) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b = append(b, r)
		case r == '\t' || r == '\u00a0' && !fs.has(r, st):
			b = append(b, ' ')
		case r < ' ' || r >= 0x7f && r <= 0x9f || invisible(r):
			// Drop other control characters and invisible formatting.
		case r == utf8.RuneError || !fs.has(r, st):
			fs.miss(r)
			b = append(b, '?')
		default:
			b = append(b, r)
		}
	}
	return string(b)
}

// miss records a character no font of the document draws.
func (fs *fontSet) miss(r rune) {
	if fs.missing == nil {
		fs.missing = map[rune]bool{}
	}
	fs.missing[r] = true
}
