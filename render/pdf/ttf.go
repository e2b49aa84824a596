package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// face holds what layout needs from a TrueType font: which characters it
// has and how wide they are. Layout measures with it instead of asking
// gopdf, so a line is measured once, with array look-ups, and the fallback
// font is chosen per character from the font's own cmap.
type face struct {
	// bmp maps a BMP code point to its glyph (0 = missing).
	bmp []uint16
	// astral maps code points above the BMP to glyphs.
	astral map[rune]uint16
	// width is each glyph's advance in thousandths of an em, rounded down
	// exactly as gopdf writes the /W array, so measured and drawn widths agree.
	width []uint16
	// ascent and descent (descent negative) in em.
	ascent, descent float64
}

var errFont = errors.New("not a usable TrueType font")

// parseFace reads the cmap, head, hhea and hmtx tables of a TrueType font.
func parseFace(b []byte) (*face, error) {
	if len(b) < 12 {
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		off := 12 + 16*i
		if off+16 > len(b) {
			return nil, errFont
		}
		tag := string(b[off : off+4])
		o := int(binary.BigEndian.Uint32(b[off+8:]))
		l := int(binary.BigEndian.Uint32(b[off+12:]))
		if o < 0 || l < 0 || o+l > len(b) {
			return nil, fmt.Errorf("%w: table %s out of range", errFont, tag)
		}
		tables[tag] = b[o : o+l]
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || cmap == nil || hmtx == nil {
		return nil, fmt.Errorf("%w: missing head, hhea, hmtx or cmap", errFont)
	}
	upem := int(binary.BigEndian.Uint16(head[18:]))
	if upem == 0 {
		return nil, fmt.Errorf("%w: unitsPerEm is 0", errFont)
	}
	f := &face{
		ascent:  float64(int16(binary.BigEndian.Uint16(hhea[4:]))) / float64(upem),
		descent: float64(int16(binary.BigEndian.Uint16(hhea[6:]))) / float64(upem),
	}
	if os2 := tables["OS/2"]; len(os2) >= 72 {
		// gopdf and most viewers place text by the typographic metrics.
		f.ascent = float64(int16(binary.BigEndian.Uint16(os2[68:]))) / float64(upem)
		f.descent = float64(int16(binary.BigEndian.Uint16(os2[70:]))) / float64(upem)
	}
	nh := int(binary.BigEndian.Uint16(hhea[34:]))
	if nh == 0 || 4*nh > len(hmtx) {
		return nil, fmt.Errorf("%w: bad hmtx", errFont)
	}
	numGlyphs := nh
	if maxp := tables["maxp"]; len(maxp) >= 6 {
		numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	}
	f.width = make([]uint16, numGlyphs)
	last := 0
	for g := 0; g < numGlyphs; g++ {
		if g < nh {
			last = int(binary.BigEndian.Uint16(hmtx[4*g:]))
		}
		f.width[g] = uint16(last * 1000 / upem)
	}
	if err := f.readCmap(cmap, numGlyphs); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *face) readCmap(cmap []byte, numGlyphs int) error {
	if len(cmap) < 4 {
		return fmt.Errorf("%w: short cmap", errFont)
	}
	var fmt4, fmt12 []byte
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		if len(rec) < 8 {
			break
		}
		pid, eid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		switch binary.BigEndian.Uint16(sub) {
		case 4:
			if (pid == 3 && eid == 1) || pid == 0 {
				fmt4 = sub
			}
		case 12:
			if (pid == 3 && eid == 10) || pid == 0 {
				fmt12 = sub
			}
		}
	}
	f.bmp = make([]uint16, 0x10000)
	switch {
	case fmt12 != nil:
		return f.readFormat12(fmt12, numGlyphs)
	case fmt4 != nil:
		return f.readFormat4(fmt4, numGlyphs)
	}
	return fmt.Errorf("%w: no Unicode cmap", errFont)
}

func (f *face) readFormat4(t []byte, numGlyphs int) error {
	if len(t) < 14 {
		return fmt.Errorf("%w: short cmap format 4", errFont)
	}
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	if len(t) < 16+8*segs {
		return fmt.Errorf("%w: short cmap format 4", errFont)
	}
	ends := t[14:]
	starts := t[16+2*segs:]
	deltas := t[16+4*segs:]
	ranges := t[16+6*segs:]
	for s := 0; s < segs; s++ {
		end := int(binary.BigEndian.Uint16(ends[2*s:]))
		start := int(binary.BigEndian.Uint16(starts[2*s:]))
		delta := int(binary.BigEndian.Uint16(deltas[2*s:]))
		ro := int(binary.BigEndian.Uint16(ranges[2*s:]))
		for c := start; c <= end && c < 0xFFFF; c++ {
			var g int
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				p := 16 + 6*segs + 2*s + ro + 2*(c-start)
				if p+2 > len(t) {
					continue
				}
				g = int(binary.BigEndian.Uint16(t[p:]))
				if g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g < numGlyphs {
				f.bmp[c] = uint16(g)
			}
		}
	}
	return nil
}

func (f *face) readFormat12(t []byte, numGlyphs int) error {
	if len(t) < 16 {
		return fmt.Errorf("%w: short cmap format 12", errFont)
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if len(t) < 16+12*n {
		return fmt.Errorf("%w: short cmap format 12", errFont)
	}
	for i := 0; i < n; i++ {
		g := t[16+12*i:]
		start := rune(binary.BigEndian.Uint32(g))
		end := rune(binary.BigEndian.Uint32(g[4:]))
		gid := int(binary.BigEndian.Uint32(g[8:]))
		for c := start; c <= end && c <= 0x10FFFF; c++ {
			id := gid + int(c-start)
			if id >= numGlyphs {
				break
			}
			if c < 0x10000 {
				f.bmp[c] = uint16(id)
			} else {
				if f.astral == nil {
					f.astral = map[rune]uint16{}
				}
				f.astral[c] = uint16(id)
			}
		}
	}
	return nil
}

// glyph returns r's glyph, 0 when the font lacks it.
func (f *face) glyph(r rune) uint16 {
	if r >= 0 && r < 0x10000 {
		return f.bmp[r]
	}
	return f.astral[r]
}

// has reports whether the font has a glyph for r.
func (f *face) has(r rune) bool { return f.glyph(r) != 0 }

// advance returns r's width in thousandths of an em.
func (f *face) advance(r rune) int {
	return int(f.width[f.glyph(r)])
}
