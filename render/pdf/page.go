package pdf

import (
	"strconv"
)

// Page sizes in points.
const (
	a4W = 595.28
	a4H = 841.89
)

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

var (
	black     = rgb{0x1a, 0x1a, 0x1a}
	white     = rgb{0xff, 0xff, 0xff}
	grey      = rgb{0x59, 0x59, 0x59}
	lightGrey = rgb{0xbf, 0xbf, 0xbf}
	gridGrey  = rgb{0xd9, 0xd9, 0xd9}
	shadeGrey = rgb{0xea, 0xea, 0xea}
	linkBlue  = rgb{0x05, 0x63, 0xc1}
	highlight = rgb{0xff, 0xf2, 0xa8}
)

// parseColor reads "RRGGBB" (with or without "#"); ok is false for anything else.
func parseColor(s string) (rgb, bool) {
	if len(s) == 7 && s[0] == '#' {
		s = s[1:]
	}
	if len(s) != 6 {
		return rgb{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return rgb{}, false
	}
	return rgb{uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

func colorOr(s string, def rgb) rgb {
	if c, ok := parseColor(s); ok {
		return c
	}
	return def
}

// tint mixes c with white: 0 keeps c, 1 gives white.
func (c rgb) tint(t float64) rgb {
	mix := func(v uint8) uint8 { return uint8(float64(v) + (255-float64(v))*t + 0.5) }
	return rgb{mix(c.r), mix(c.g), mix(c.b)}
}

// dark reports whether white text reads better than black on c.
func (c rgb) dark() bool {
	// Relative luminance per WCAG, simplified with a 2.2 gamma.
	l := 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
	return l < 0.4
}

func lin(v uint8) float64 {
	x := float64(v) / 255
	return x * x * (0.8 + 0.2*x) // cheap stand-in for x^2.2 on [0,1]
}

type opKind uint8

const (
	opText    opKind = iota // text at x, baseline y
	opFill                  // filled rectangle
	opStroke                // rectangle outline
	opLine                  // line x,y → x2,y2
	opDiamond               // filled diamond centred at x,y, half-size w
	opLink                  // link rectangle to target
	opPageRef               // page number of target, right-aligned at x
	opDots                  // dotted leader from x to w on baseline y
	opArrow                 // small triangle at x,y pointing right (w > 0) or left (w < 0)
	opImage                 // the profile's logo in the rectangle
	opEmpty                 // nothing: an empty marked-content sequence
)

// op is one drawing operation. Coordinates are points from the page's top left.
type op struct {
	kind       opKind
	font       fontID
	st         style // for opPageRef
	x, y, w, h float64
	size       float64 // font size; line width for lines and strokes
	color      rgb
	text       string // text, or link target
	// mc is the marked-content sequence the operation belongs to: MCID
	// mc-1 of its page, or 0 for an artifact. On an opLink it is the
	// link's index in layouter.links.
	mc int32
}

// page is one laid-out page.
type page struct {
	index     int32 // in layouter.pages
	landscape bool
	ops       []op
	// parents holds the structure element of each MCID; lastOwner and
	// lastMC are the owner and sequence of the last operation added, so
	// a run of one owner's operations shares a sequence.
	parents   []int32
	lastOwner int32
	lastMC    int32
}

func (p *page) size() (w, h float64) {
	if p.landscape {
		return a4H, a4W
	}
	return a4W, a4H
}

// anchor is where a heading landed.
type anchor struct {
	page int
	y    float64
}

// outlineEntry is one bookmark.
type outlineEntry struct {
	level int
	title string
	page  int
	y     float64
}
