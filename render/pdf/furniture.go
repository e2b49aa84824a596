package pdf

import (
	"encoding/binary"
	"strconv"
)

// furnish draws what needs the finished layout on every page: the
// running header and footer with "Side X av Y", and the page numbers in
// the table of contents.
func (l *layouter) furnish() {
	for _, p := range l.pages {
		l.furnishPage(p, len(l.pages), l.anchors)
	}
}

// furnishPage draws the running header and footer of page p of n and
// resolves its page references with anchors. Write calls it on each
// page of its second layout as soon as the page is complete, with what
// the first layout found (pdf.go), so the layouter may be in the middle
// of a block: what it changes of the layouter's state it restores.
func (l *layouter) furnishPage(p *page, n int, anchors map[string]anchor) {
	d := l.d
	footer := d.FooterText
	if footer == "" {
		footer = d.Profile.FooterText
	}
	logoW, logoH := logoSize(d.Profile.Logo, 120, 24)
	cur, deco := l.cur, l.deco
	defer func() { l.cur, l.deco = cur, deco }()
	l.cur = p
	i := int(p.index)
	// Resolve page references first: they belong to the body, and stay
	// in place, in their TOCI's marked content.
	for k := range p.ops {
		o := &p.ops[k]
		if o.kind != opPageRef {
			continue
		}
		o.kind = opText
		a, ok := anchors[o.text]
		o.text = ""
		if !ok {
			continue
		}
		s := strconv.Itoa(a.page + 1)
		// Digits are in every font's first face.
		l.fs.segment(s, o.st, o.size, func(piece string, id fontID, w float64) {
			if o.text == "" {
				l.fs.used[id] = true
				o.font, o.text, o.x = id, s, o.x-w
			}
		})
	}
	// The running header and footer are artifacts.
	l.art++
	left, right := l.left(), l.right()
	_, h := p.size()
	// Header: logo, municipality, header text, a rule.
	x := left
	if logoW > 0 {
		if i == 0 && d.Profile.LogoAlt != "" {
			// The logo is a figure once, first in the document; its
			// repeats on later pages are artifacts.
			l.art--
			fig := l.newElem(roleFigure, tagRoot)
			l.setAlt(fig, d.Profile.LogoAlt)
			l.firstKid(tagRoot)
			l.deco = fig
			l.add(op{kind: opImage, x: left, y: 40 - logoH, w: logoW, h: logoH})
			l.art++
		} else {
			l.add(op{kind: opImage, x: left, y: 40 - logoH, w: logoW, h: logoH})
		}
		x += logoW + 8
	}
	nameTS := tstyle{st: bold, size: 10, color: l.colors.primary}
	name := d.Profile.Municipality
	if name == "" {
		name = d.Author
	}
	nameW := 0.0
	if name != "" {
		name = truncate(l.fs, name, nameTS, (right-x)/2)
		l.text(x, 37, name, nameTS)
		nameW = l.fs.width(name, nameTS.st, nameTS.size)
	}
	if d.HeaderText != "" {
		ts := tstyle{st: regular, size: 8, color: grey}
		s := truncate(l.fs, d.HeaderText, ts, right-x-nameW-12)
		l.text(right-l.fs.width(s, ts.st, ts.size), 37, s, ts)
	}
	l.line(left, 46, right, 46, 0.75, l.colors.primary)
	// Footer: a rule, the footer text and the page number.
	fy := h - 40
	l.line(left, fy, right, fy, 0.5, lightGrey)
	ts := tstyle{st: regular, size: 8, color: grey}
	num := strconv.Itoa(i+1) + " " + d.Captions.Of + " " + strconv.Itoa(n)
	if d.Captions.Page != "" {
		num = d.Captions.Page + " " + num
	}
	if d.Captions.Of == "" {
		num = strconv.Itoa(i+1) + " / " + strconv.Itoa(n)
	}
	numW := l.fs.width(num, ts.st, ts.size)
	l.text(right-numW, fy+12, num, ts)
	if footer != "" {
		l.text(left, fy+12, truncate(l.fs, footer, ts, right-left-numW-16), ts)
	}
	l.art--
}

// logoSize fits a PNG's pixel size into maxW × maxH points, keeping its
// aspect ratio; 0, 0 when logo is not a PNG.
func logoSize(logo []byte, maxW, maxH float64) (w, h float64) {
	if len(logo) < 24 || string(logo[1:4]) != "PNG" || string(logo[12:16]) != "IHDR" {
		return 0, 0
	}
	pw := float64(binary.BigEndian.Uint32(logo[16:]))
	ph := float64(binary.BigEndian.Uint32(logo[20:]))
	if pw == 0 || ph == 0 {
		return 0, 0
	}
	h = maxH
	w = pw * h / ph
	if w > maxW {
		w = maxW
		h = ph * w / pw
	}
	return w, h
}
