package pdf

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// drawState remembers the graphics state already set in the page's
// content stream, so an unchanged colour or font is not set again.
type drawState struct {
	font      fontID
	size      float64
	text      rgb
	fill      rgb
	stroke    rgb
	lineW     float64
	haveFont  bool
	haveText  bool
	haveFill  bool
	haveStrk  bool
	haveLineW bool
}

// emit hands the laid-out pages to gopdf and returns the object number of
// each page, needed for the outline.
func (l *layouter) emit(gp *gopdf.GoPdf) ([]int, error) {
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	// gopdf writes the content streams plain: rewrite marks them up and
	// compresses them (rewrite.go). The embedded fonts gopdf knows as
	// stubs, whose font programs rewrite replaces (fontfile.go).
	gp.SetNoCompression()
	for id, f := range l.fs.files {
		if !l.fs.used[id] {
			continue
		}
		if f.embedded {
			fc, err := gopdfFonts[f.static]()
			if err == nil {
				// gopdf (v0.33.0) adds a font as five objects: the
				// ToUnicode map, the font program, the descriptor, the
				// CIDFont and the Type0 font.
				l.fs.files[id].program = gp.GetNextObjectID() + 1
				err = gp.AddTTFFontFromFontContainer(f.family, fc)
			}
			if err != nil {
				return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
			}
		} else if err := gp.AddTTFFontData(f.family, f.data()); err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
		}
	}
	var logo gopdf.ImageHolder
	if len(l.d.Profile.Logo) > 0 {
		var err error
		if logo, err = gopdf.ImageHolderByBytes(l.d.Profile.Logo); err != nil {
			return nil, fmt.Errorf("pdf: logo: %w", err)
		}
	}
	pageIDs := make([]int, len(l.pages))
	pts := make([]gopdf.Point, 4)
	for i, p := range l.pages {
		pw, ph := p.size()
		pageIDs[i] = gp.GetNextObjectID()
		gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: pw, H: ph}})
		// gopdf places link rectangles and anchors as if every page had
		// the first page's height; shift them on landscape pages.
		dy := a4H - ph
		var st drawState
		mc := int32(-1) // the open marked-content sequence; -1 none
		for _, name := range l.pageAnch[i] {
			a := l.anchors[name]
			_ = gp.SetFontSize(0)
			gp.SetY(a.y + dy - 4)
			gp.SetAnchor(name)
		}
		for k := range p.ops {
			o := &p.ops[k]
			if o.kind != opLink && o.mc != mc && !(o.kind == opText && o.text == "") && !(o.kind == opImage && logo == nil) {
				if mc >= 0 {
					gp.SetLineWidth(markEnd)
				}
				mc = o.mc
				gp.SetLineWidth(markBegin + float64(mc))
			}
			switch o.kind {
			case opText:
				if o.text == "" {
					continue
				}
				if !st.haveFont || st.font != o.font || st.size != o.size {
					if err := gp.SetFontWithStyle(l.fs.files[o.font].family, gopdf.Regular, o.size); err != nil {
						return nil, fmt.Errorf("pdf: font %s: %w", l.fs.files[o.font].family, err)
					}
					st.font, st.size, st.haveFont = o.font, o.size, true
				}
				if !st.haveText || st.text != o.color {
					gp.SetTextColor(o.color.r, o.color.g, o.color.b)
					st.text, st.haveText = o.color, true
				}
				gp.SetXY(o.x, o.y)
				if err := gp.Text(o.text); err != nil {
					return nil, fmt.Errorf("pdf: text %q: %w", o.text, err)
				}
				// The text colour is the fill colour in PDF.
				st.fill, st.haveFill = o.color, true
			case opFill:
				st.setFill(gp, o.color)
				gp.RectFromUpperLeftWithStyle(o.x, o.y, o.w, o.h, "F")
			case opStroke:
				st.setStroke(gp, o.color, o.size)
				gp.RectFromUpperLeftWithStyle(o.x, o.y, o.w, o.h, "D")
			case opLine:
				st.setStroke(gp, o.color, o.size)
				gp.Line(o.x, o.y, o.w, o.h)
			case opDots:
				st.setStroke(gp, o.color, 0.8)
				gp.SetCustomLineType([]float64{0.8, 2.2}, 0)
				gp.Line(o.x, o.y, o.w, o.y)
				gp.SetLineType("solid")
			case opDiamond:
				st.setFill(gp, o.color)
				st.setStroke(gp, rgb{0x26, 0x26, 0x26}, 0.5)
				pts[0] = gopdf.Point{X: o.x, Y: o.y - o.w}
				pts[1] = gopdf.Point{X: o.x + o.w, Y: o.y}
				pts[2] = gopdf.Point{X: o.x, Y: o.y + o.w}
				pts[3] = gopdf.Point{X: o.x - o.w, Y: o.y}
				gp.Polygon(pts, "FD")
			case opArrow:
				st.setFill(gp, o.color)
				tri := pts[:3]
				tri[0] = gopdf.Point{X: o.x, Y: o.y - o.h}
				tri[1] = gopdf.Point{X: o.x + o.w, Y: o.y}
				tri[2] = gopdf.Point{X: o.x, Y: o.y + o.h}
				gp.Polygon(tri, "F")
			case opImage:
				if logo == nil {
					continue
				}
				if err := gp.ImageByHolder(logo, o.x, o.y, &gopdf.Rect{W: o.w, H: o.h}); err != nil {
					return nil, fmt.Errorf("pdf: logo: %w", err)
				}
			case opLink:
				target := o.text
				lk := &l.links[o.mc]
				if id, ok := strings.CutPrefix(target, "#"); ok {
					if _, ok := l.anchors[id]; ok {
						lk.obj = gp.GetNextObjectID()
						gp.AddInternalLink(id, o.x, o.y+dy, o.w, o.h)
					}
				} else if linkable(target) {
					lk.obj = gp.GetNextObjectID()
					gp.AddExternalLink(target, o.x, o.y+dy, o.w, o.h)
				}
			}
		}
		if mc >= 0 {
			gp.SetLineWidth(markEnd)
		}
		// gopdf now holds the page; let the garbage collector have ours,
		// so a long document is not held twice.
		p.ops = nil
	}
	return pageIDs, nil
}

func (st *drawState) setFill(gp *gopdf.GoPdf, c rgb) {
	if !st.haveFill || st.fill != c {
		gp.SetFillColor(c.r, c.g, c.b)
		st.fill, st.haveFill = c, true
	}
}

func (st *drawState) setStroke(gp *gopdf.GoPdf, c rgb, w float64) {
	if !st.haveStrk || st.stroke != c {
		gp.SetStrokeColor(c.r, c.g, c.b)
		st.stroke, st.haveStrk = c, true
	}
	if !st.haveLineW || st.lineW != w {
		gp.SetLineWidth(w)
		st.lineW, st.haveLineW = w, true
	}
}

// linkable reports whether an external link target is a URL a reader may
// follow: http, https or mailto.
func linkable(u string) bool {
	for _, p := range []string{"http://", "https://", "mailto:"} {
		if len(u) > len(p) && strings.EqualFold(u[:len(p)], p) {
			return true
		}
	}
	return false
}
