package html

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// rgb is a colour with 8-bit channels.
type rgb struct{ r, g, b uint8 }

// parseHex reads RRGGBB (with or without #); ok is false for anything else.
func parseHex(s string) (rgb, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return rgb{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return rgb{}, false
	}
	return rgb{uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

func hexOr(s string, def rgb) rgb {
	if c, ok := parseHex(s); ok {
		return c
	}
	return def
}

// css returns the colour as #rrggbb.
func (c rgb) css() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

// luminance is the WCAG 2 relative luminance.
func (c rgb) luminance() float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.r) + 0.7152*ch(c.g) + 0.0722*ch(c.b)
}

// contrast is the WCAG 2 contrast ratio of two colours (1 to 21).
func contrast(a, b rgb) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// mix moves c towards t by f (0 keeps c, 1 gives t).
func mix(c, t rgb, f float64) rgb {
	m := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + (float64(b)-float64(a))*f)) }
	return rgb{m(c.r, t.r), m(c.g, t.g), m(c.b, t.b)}
}

var (
	white = rgb{0xff, 0xff, 0xff}
	black = rgb{0, 0, 0}
)

// minContrast is WCAG 2.1 AA for normal text (1.4.3).
const minContrast = 4.5

// toward returns c moved towards t in small steps until text colour fg on
// it (or it as text on bg fg) reaches minContrast; a municipal colour that
// is too light for text is darkened just enough, not replaced.
func toward(c, t, other rgb) rgb {
	for i := 0; i <= 20; i++ {
		m := mix(c, t, float64(i)/20)
		if contrast(m, other) >= minContrast+0.05 {
			return m
		}
	}
	return t
}

// textOn returns black or white, whichever reads better on bg: one of
// them always reaches 4.5:1.
func textOn(bg rgb) rgb {
	if contrast(black, bg) >= contrast(white, bg) {
		return black
	}
	return white
}

// palette holds every colour the page uses, derived from the profile so
// that all text meets the contrast minimum whatever colours a
// municipality picks.
type palette struct {
	text    rgb // body text
	muted   rgb // numbers, notes, footer
	head    rgb // headings and links: the primary colour, darkened if needed
	primary rgb // table header background, header rule
	onPrim  rgb // text on primary
	band    rgb // phase rows and bands: the accent colour, lightened if needed
	shade   rgb // holiday columns
	grid    rgb // chart grid lines
	border  rgb // table borders
	mark    rgb // ToComplete background
	markBar rgb // ToComplete left rule
	crit    rgb // critical path outline
	focus   rgb // focus ring
}

func newPalette(primary, accent string) palette {
	p := palette{
		text:    rgb{0x1a, 0x1a, 0x1a},
		muted:   rgb{0x4d, 0x4d, 0x4d},
		primary: hexOr(primary, rgb{0x1f, 0x3a, 0x5f}),
		band:    hexOr(accent, rgb{0xdc, 0xe6, 0xf0}),
		shade:   rgb{0xe6, 0xe6, 0xe6},
		grid:    rgb{0xcc, 0xcc, 0xcc},
		border:  rgb{0x8c, 0x8c, 0x8c},
		mark:    rgb{0xff, 0xf4, 0xce},
		markBar: rgb{0x8a, 0x6d, 0x00},
		crit:    rgb{0x9c, 0x00, 0x06},
	}
	// The band carries body and muted text (phase rows, group rows).
	p.band = toward(p.band, white, p.muted)
	p.head = toward(p.primary, black, white)
	if contrast(p.head, p.band) < minContrast+0.05 {
		p.head = toward(p.head, black, p.band)
	}
	p.onPrim = textOn(p.primary)
	p.focus = p.head
	return p
}

// textPair is a text colour on a background, as the page uses it.
type textPair struct {
	what   string
	fg, bg rgb
}

// textPairs lists every combination of text and background colour the
// writer emits (a cell's own Fill gets textOn, checked separately).
func (p palette) textPairs() []textPair {
	var out []textPair
	for _, bg := range []struct {
		name string
		c    rgb
	}{{"white", white}, {"band", p.band}, {"shade", p.shade}, {"to-complete", p.mark}} {
		out = append(out,
			textPair{"text on " + bg.name, p.text, bg.c},
			textPair{"muted text on " + bg.name, p.muted, bg.c})
	}
	return append(out,
		textPair{"heading and link on white", p.head, white},
		textPair{"link in a band row", p.head, p.band},
		textPair{"table header text on primary", p.onPrim, p.primary},
		textPair{"skip link", white, p.head},
	)
}
