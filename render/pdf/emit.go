package pdf

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// skeleton is what emit tells the rewrite about gopdf's objects: the
// object number of each page and of its content stream, and of the logo
// image (0 when there is none).
type skeleton struct {
	pageIDs    []int
	contentIDs []int
	logo       int
}

// emit has gopdf make everything of the document but its content
// streams: pages, fonts with the characters drawn in them, the logo,
// anchors and link annotations. Each page gets a content stream of its
// own with nothing in it, which the rewrite replaces with the page's
// drawing (content.go).
func (l *layouter) emit(gp *gopdf.GoPdf) (*skeleton, error) {
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	// gopdf writes the content streams plain: rewrite replaces them. The
	// embedded fonts gopdf knows as stubs, whose font programs rewrite
	// replaces (fontfile.go).
	gp.SetNoCompression()
	l.fs.glyphs = make([]*glyphTable, len(l.fs.files))
	res := 1
	for id, f := range l.fs.files {
		if !l.fs.used[id] {
			continue
		}
		var cmap *gopdf.SubsetFontObj
		var err error
		if f.embedded {
			var fc *gopdf.FontContainer
			if fc, err = gopdfFonts[f.static](); err == nil {
				cmap, err = gopdfCmaps[f.static]()
			}
			if err == nil {
				// gopdf (v0.33.0) adds a font as five objects: the
				// ToUnicode map, the font program, the descriptor, the
				// CIDFont and the Type0 font.
				l.fs.files[id].program = gp.GetNextObjectID() + 1
				err = gp.AddTTFFontFromFontContainer(f.family, fc)
			}
		} else if err = gp.AddTTFFontData(f.family, f.data()); err == nil {
			cmap, err = parseCmap(f.data())
		}
		if err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", f.family, err)
		}
		l.fs.files[id].res = res
		res++
		l.fs.glyphs[id] = newGlyphTable(cmap)
	}
	var logo gopdf.ImageHolder
	if len(l.d.Profile.Logo) > 0 {
		var err error
		if logo, err = gopdf.ImageHolderByBytes(l.d.Profile.Logo); err != nil {
			return nil, fmt.Errorf("pdf: logo: %w", err)
		}
	}
	sk := &skeleton{pageIDs: make([]int, len(l.pages)), contentIDs: make([]int, len(l.pages))}
	for i, p := range l.pages {
		pw, ph := p.size()
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
		for k := range p.ops {
			o := &p.ops[k]
			if sk.contentIDs[i] == 0 && o.kind != opLink && !(o.kind == opText && o.text == "") && !(o.kind == opImage && logo == nil) {
				// The page's content stream: any drawing makes gopdf
				// add one.
				sk.contentIDs[i] = gp.GetNextObjectID()
				gp.SetLineWidth(0)
			}
			switch o.kind {
			case opText:
				l.fs.glyphs[o.font].add(o.text)
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
	// Tell gopdf the characters drawn in each font, in the order first
	// drawn, as drawing them through gopdf did.
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
