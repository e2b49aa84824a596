package pdf

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// skeleton is what emit tells the rewrite about gopdf's objects: the
// object number of each page and of its content stream, the page's
// orientation, and the object number of the logo image (0 when there is
// none).
type skeleton struct {
	pageIDs    []int
	contentIDs []int
	landscape  []bool
	logo       int
}

// sketch is the first layout's onPage: it records the characters drawn
// on page p in the glyph tables and keeps of p's operations only what
// emit needs of a page, besides its size, once the header and footer are
// drawn: links and page references. So the first layout never holds
// more than a page's drawing.
func (l *layouter) sketch(p *page) {
	n := 0
	for k := range p.ops {
		o := &p.ops[k]
		switch o.kind {
		case opText:
			l.fs.glyphsOf(o.font).add(o.text)
		case opLink, opPageRef:
			n++
		}
	}
	var kept []op
	if n > 0 {
		kept = make([]op, 0, n)
		for _, o := range p.ops {
			if o.kind == opLink || o.kind == opPageRef {
				kept = append(kept, o)
			}
		}
	}
	l.spare = p.ops[:0]
	p.ops = kept
}

// emit has gopdf make everything of the document but its content
// streams: pages, fonts with the characters drawn in them, the logo,
// anchors and link annotations. Each page gets a content stream of its
// own with nothing in it, which the rewrite replaces with the page's
// drawing (content.go). It records the characters of the text on the
// pages in the glyph tables, and the link annotations' object numbers
// in l.links.
func (l *layouter) emit(gp *gopdf.GoPdf) (*skeleton, error) {
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	// gopdf writes the content streams plain: rewrite replaces them. The
	// embedded fonts gopdf knows as stubs, whose font programs rewrite
	// replaces (fontfile.go).
	gp.SetNoCompression()
	res := 1
	for id, f := range l.fs.files {
		if !l.fs.used[id] {
			continue
		}
		var err error
		if f.embedded {
			var fc *gopdf.FontContainer
			if fc, err = gopdfFonts[f.static](); err == nil {
				// gopdf (v0.33.0) adds a font as five objects: the
				// ToUnicode map, the font program, the descriptor, the
				// CIDFont and the Type0 font.
				l.fs.files[id].program = gp.GetNextObjectID() + 1
				err = gp.AddTTFFontFromFontContainer(f.family, fc)
			}
		} else {
			err = gp.AddTTFFontData(f.family, f.data())
		}
		if err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
		}
		l.fs.files[id].res = res
		res++
	}
	var logo gopdf.ImageHolder
	if len(l.d.Profile.Logo) > 0 {
		var err error
		if logo, err = gopdf.ImageHolderByBytes(l.d.Profile.Logo); err != nil {
			return nil, fmt.Errorf("pdf: logo: %w", err)
		}
	}
	n := len(l.pages)
	sk := &skeleton{pageIDs: make([]int, n), contentIDs: make([]int, n), landscape: make([]bool, n)}
	for i, p := range l.pages {
		pw, ph := p.size()
		sk.landscape[i] = p.landscape
		sk.pageIDs[i] = gp.GetNextObjectID()
		gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: pw, H: ph}})
		// gopdf places link rectangles and anchors as if every page had
		// the first page's height; shift them on landscape pages.
		dy := a4H - ph
		for _, name := range l.pageAnch[i] {
			a := l.anchors[name]
			_ = gp.SetFontSize(0)
			gp.SetY(a.y + dy - 4)
			gp.SetAnchor(name)
		}
		// The page's content stream: any drawing makes gopdf add one.
		sk.contentIDs[i] = gp.GetNextObjectID()
		gp.SetLineWidth(0)
		for k := range p.ops {
			o := &p.ops[k]
			switch o.kind {
			case opText:
				l.fs.glyphsOf(o.font).add(o.text)
			case opImage:
				if logo == nil || sk.logo != 0 {
					continue
				}
				sk.logo = gp.GetNextObjectID()
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
	}
	if l.fs.err != nil {
		return nil, l.fs.err
	}
	// Tell gopdf the characters drawn in each font, in the order first
	// drawn, for its widths and ToUnicode map.
	for id, t := range l.fs.glyphs {
		if t == nil || len(t.order) == 0 {
			continue
		}
		f := l.fs.files[id]
		if err := gp.SetFontWithStyle(f.family, gopdf.Regular, bodySize); err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
		}
		if _, err := gp.MeasureTextWidth(string(t.order)); err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
		}
	}
	return sk, nil
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
