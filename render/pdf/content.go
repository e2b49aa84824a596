package pdf

import (
	"fmt"
	"io"
	"math"
	"strconv"
)

// A page's content stream is written here from the page's operations,
// not by gopdf: gopdf keeps every drawing call of a document as an
// object until the document is written, and then writes the whole
// document into memory, which for a plan of 100,000 activities took
// gigabytes. gopdf still makes the document's other objects (pages,
// fonts, images, links); the rewrite puts these content streams in
// place of the empty ones gopdf writes (rewrite.go).
//
// The operators are the ones gopdf (v0.33.0) writes for the drawing
// calls the layout once made through it (cache_content_text.go,
// cache_content_rectangle.go and the others), number formats included,
// so that the pages look exactly as they did, with marked-content
// operators (BDC, BMC, EMC) where the structure tree needs them.

// Paint operators of a rectangle, as gopdf writes "F" and "D".
const (
	paintFill   = "f"
	paintStroke = "S"
)

// drawState remembers the graphics state already set in the page's
// content stream, so an unchanged colour or line width is not set again.
type drawState struct {
	fill      rgb
	stroke    rgb
	lineW     float64
	haveFill  bool
	haveStrk  bool
	haveLineW bool
}

// contentWriter writes one page's content stream. It collects the
// operators in buf and hands them to w in pieces.
type contentWriter struct {
	w     io.Writer
	buf   []byte
	err   error
	pageH float64
	st    drawState
}

// writeContent writes the content stream of page p to w. logo is the
// object number of the logo image, 0 when there is none.
func (l *layouter) writeContent(w io.Writer, p *page, logo int, buf []byte) ([]byte, error) {
	_, ph := p.size()
	cw := &contentWriter{w: w, buf: buf[:0], pageH: ph}
	mc := int32(-1) // the open marked-content sequence; -1 none
	for k := range p.ops {
		o := &p.ops[k]
		if o.kind == opLink || o.kind == opText && o.text == "" || o.kind == opImage && logo == 0 {
			continue
		}
		if o.mc != mc {
			if mc >= 0 {
				cw.buf = append(cw.buf, "EMC\n"...)
			}
			mc = o.mc
			if mc == 0 {
				cw.buf = append(cw.buf, "/Artifact BMC\n"...)
			} else {
				if int(mc-1) >= len(p.parents) {
					return cw.buf, fmt.Errorf("pdf: marked content %d of %d on page %d", mc-1, len(p.parents), p.index+1)
				}
				cw.buf = append(cw.buf, '/')
				cw.buf = append(cw.buf, l.tags[p.parents[mc-1]].role.String()...)
				cw.buf = append(cw.buf, " <</MCID "...)
				cw.buf = strconv.AppendInt(cw.buf, int64(mc-1), 10)
				cw.buf = append(cw.buf, ">> BDC\n"...)
			}
		}
		switch o.kind {
		case opText:
			if err := cw.text(o, &l.fs.files[o.font], l.fs.glyphs[o.font]); err != nil {
				return cw.buf, err
			}
		case opFill:
			cw.setFill(o.color)
			cw.rect(o, paintFill)
		case opStroke:
			cw.setStroke(o.color, o.size)
			cw.rect(o, paintStroke)
		case opLine:
			cw.setStroke(o.color, o.size)
			cw.line(o.x, o.y, o.w, o.h)
		case opDots:
			cw.setStroke(o.color, 0.8)
			cw.buf = append(cw.buf, "[0.80 2.20] 0.00 d\n"...)
			cw.line(o.x, o.y, o.w, o.y)
			cw.buf = append(cw.buf, "[] 0 d\n"...)
		case opDiamond:
			cw.setFill(o.color)
			cw.setStroke(rgb{0x26, 0x26, 0x26}, 0.5)
			cw.polygon([]float64{o.x, o.y - o.w, o.x + o.w, o.y, o.x, o.y + o.w, o.x - o.w, o.y}, " b\n")
		case opArrow:
			cw.setFill(o.color)
			cw.polygon([]float64{o.x, o.y - o.h, o.x + o.w, o.y, o.x, o.y + o.h}, " f\n")
		case opImage:
			cw.image(o, logo)
		}
		if len(cw.buf) >= 32<<10 {
			cw.flush()
		}
	}
	if mc >= 0 {
		cw.buf = append(cw.buf, "EMC\n"...)
	}
	cw.flush()
	return cw.buf, cw.err
}

func (cw *contentWriter) flush() {
	if cw.err == nil && len(cw.buf) > 0 {
		_, cw.err = cw.w.Write(cw.buf)
	}
	cw.buf = cw.buf[:0]
}

// num appends v with two decimals, as gopdf's "%0.2f".
func (cw *contentWriter) num(v float64, sep byte) {
	cw.buf = strconv.AppendFloat(cw.buf, v, 'f', 2, 64)
	cw.buf = append(cw.buf, sep)
}

// color appends a colour operator, as gopdf's "%.3f %.3f %.3f %s".
func (cw *contentWriter) color(c rgb, op string) {
	for _, v := range [3]uint8{c.r, c.g, c.b} {
		cw.buf = strconv.AppendFloat(cw.buf, float64(v)/255, 'f', 3, 64)
		cw.buf = append(cw.buf, ' ')
	}
	cw.buf = append(cw.buf, op...)
	cw.buf = append(cw.buf, '\n')
}

func (cw *contentWriter) setFill(c rgb) {
	if !cw.st.haveFill || cw.st.fill != c {
		cw.color(c, "rg")
		cw.st.fill, cw.st.haveFill = c, true
	}
}

func (cw *contentWriter) setStroke(c rgb, w float64) {
	if !cw.st.haveStrk || cw.st.stroke != c {
		cw.color(c, "RG")
		cw.st.stroke, cw.st.haveStrk = c, true
	}
	if !cw.st.haveLineW || cw.st.lineW != w {
		cw.num(w, ' ')
		cw.buf = append(cw.buf, "w\n"...)
		cw.st.lineW, cw.st.haveLineW = w, true
	}
}

// text writes a piece of text in one font, as gopdf's Text: its own
// text object with position, font, size and colour, and the glyphs as
// a hexadecimal string of glyph indexes.
func (cw *contentWriter) text(o *op, f *fontFile, g *glyphTable) error {
	cw.buf = append(cw.buf, "BT\n"...)
	cw.num(o.x, ' ')
	cw.num(cw.pageH-o.y, ' ')
	cw.buf = append(cw.buf, "TD\n/F"...)
	cw.buf = strconv.AppendInt(cw.buf, int64(f.res), 10)
	cw.buf = append(cw.buf, ' ')
	// gopdf.FormatFloatTrim: three decimals at most, no trailing zeros.
	cw.buf = strconv.AppendFloat(cw.buf, math.Round(1000*o.size)/1000, 'f', -1, 64)
	cw.buf = append(cw.buf, " Tf 0 Tc\n"...)
	cw.color(o.color, "rg")
	cw.buf = append(cw.buf, "[<"...)
	for _, r := range o.text {
		gid, ok := g.lookup(r)
		if !ok {
			return fmt.Errorf("pdf: character %U not registered with font %s", r, f.family)
		}
		const hex = "0123456789ABCDEF"
		cw.buf = append(cw.buf, hex[gid>>12], hex[gid>>8&15], hex[gid>>4&15], hex[gid&15])
	}
	cw.buf = append(cw.buf, ">] TJ\nET\n"...)
	// The text colour is the fill colour in PDF.
	cw.st.fill, cw.st.haveFill = o.color, true
	return nil
}

// rect writes a rectangle from its upper left corner, as gopdf's
// RectFromUpperLeftWithStyle.
func (cw *contentWriter) rect(o *op, paint string) {
	cw.buf = append(cw.buf, "q\n"...)
	cw.num(o.x, ' ')
	cw.num(cw.pageH-(o.y+o.h), ' ')
	cw.num(o.w, ' ')
	cw.num(o.h, ' ')
	cw.buf = append(cw.buf, "re "...)
	cw.buf = append(cw.buf, paint...)
	cw.buf = append(cw.buf, "\nQ\n"...)
}

// line writes a line, as gopdf's Line.
func (cw *contentWriter) line(x1, y1, x2, y2 float64) {
	cw.buf = append(cw.buf, "q\n"...)
	cw.num(x1, ' ')
	cw.num(cw.pageH-y1, ' ')
	cw.buf = append(cw.buf, "m "...)
	cw.num(x2, ' ')
	cw.num(cw.pageH-y2, ' ')
	cw.buf = append(cw.buf, "l S\nQ\n"...)
}

// polygon writes a closed polygon through the points xy (x, y pairs),
// as gopdf's Polygon; paint is " f\n" (fill) or " b\n" (fill and stroke).
func (cw *contentWriter) polygon(xy []float64, paint string) {
	cw.buf = append(cw.buf, "q\n"...)
	for i := 0; i+1 < len(xy); i += 2 {
		cw.num(xy[i], ' ')
		cw.buf = strconv.AppendFloat(cw.buf, cw.pageH-xy[i+1], 'f', 2, 64)
		if i == 0 {
			cw.buf = append(cw.buf, " m "...)
		} else {
			cw.buf = append(cw.buf, " l "...)
		}
	}
	cw.buf = append(cw.buf, paint...)
	cw.buf = append(cw.buf, "Q\n"...)
}

// image draws the logo, object number obj, as gopdf's ImageByHolder: a
// rotation by 0° around the image's centre, then the image.
func (cw *contentWriter) image(o *op, obj int) {
	cx, cy := o.x+o.w/2, cw.pageH-(o.y+o.h/2)
	cw.buf = append(cw.buf, "q\n 1.00000 0.00000 -0.00000\n 1.00000 "...)
	cw.num(cx, ' ')
	cw.num(cy, ' ')
	cw.buf = append(cw.buf, "cm\n 1 0 0\n 1 "...)
	cw.num(-cx, ' ')
	cw.num(-cy, ' ')
	cw.buf = append(cw.buf, "cm\nq\nq\n  "...)
	cw.num(o.w, ' ')
	cw.buf = append(cw.buf, "0 0\n "...)
	cw.num(o.h, ' ')
	cw.num(o.x, ' ')
	y := cw.pageH - o.y
	y -= o.h
	cw.num(y, ' ')
	cw.buf = append(cw.buf, "cm /I"...)
	cw.buf = strconv.AppendInt(cw.buf, int64(obj), 10)
	cw.buf = append(cw.buf, " Do \nQ\nQ\nQ\n"...)
}
