package pdf

import (
	"strconv"
)

// The logical structure (PDF 32000-1 §14.7, PDF/UA-1) is built while the
// document is laid out: every block opens structure elements (H1, P, L,
// Table …) in reading order, and every drawing operation records which
// element owns it. A run of operations of one owner on a page becomes one
// marked-content sequence with its own MCID; operations of no owner
// (running headers and footers, rules, cell fills, repeated table
// headers) become artifacts. How the marked content reaches the content
// streams is in content.go.

// kidKind is what a structure element's kid is.
type kidKind uint8

const (
	kidElem kidKind = iota // a child element
	kidMCR                 // marked content: page and MCID
	kidOBJR                // a link annotation (index into layouter.links)
)

type skid struct {
	kind kidKind
	a, b int32 // element; page and MCID; link index
}

// kidNode is a kid in the list of its element's kids.
type kidNode struct {
	skid
	next int32 // the element's next kid in layouter.kids; -1 none
}

// role is the structure type of an element.
type role uint8

const (
	roleDocument role = iota
	roleH1            // H1 … H6 follow in order
	roleH2
	roleH3
	roleH4
	roleH5
	roleH6
	roleP
	roleL
	roleLI
	roleLbl
	roleLBody
	roleTable
	roleTR
	roleTH
	roleTD
	roleCaption
	roleTOC
	roleTOCI
	roleLink
	roleFigure
	roleSpan
)

var roleNames = [...]string{
	"Document", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody",
	"Table", "TR", "TH", "TD", "Caption", "TOC", "TOCI", "Link", "Figure", "Span",
}

func (r role) String() string { return roleNames[r] }

// scope is the /Scope of a TH element.
type scope uint8

const (
	scopeNone scope = iota
	scopeColumn
	scopeRow
)

// selem is one structure element. A long document has one for every
// table cell, so it is small: its kids are a list in layouter.kids, and
// what only a few elements have, alternative text and a language, is in
// maps beside (layouter.alt, layouter.lang).
type selem struct {
	parent      int32
	first, last int32  // the first and last kid in layouter.kids; -1 none
	span        uint16 // column span of a table cell, when more than one
	role        role
	scope       scope // for TH
}

// linkRec is a link annotation: its Link element and, once gopdf has
// made it, the annotation's object number (0 when no annotation was made).
type linkRec struct {
	elem int32
	page int32
	obj  int
	desc string // the annotation's /Contents: what the link says
}

// noOwner marks operations that are artifacts.
const noOwner = -1

// tagRoot is the Document element, the one kid of the StructTreeRoot.
const tagRoot = 0

func (l *layouter) initTags() {
	l.tags = []selem{{role: roleDocument, parent: -1, first: -1, last: -1}}
	l.kids = nil
	l.curTag = tagRoot
	l.deco = noOwner
}

// newElem adds an element of role r under parent, as its last kid, and
// returns it.
func (l *layouter) newElem(r role, parent int32) int32 {
	if l.untagged {
		return tagRoot
	}
	id := int32(len(l.tags))
	l.tags = append(l.tags, selem{role: r, parent: parent, first: -1, last: -1})
	l.addKid(parent, skid{kind: kidElem, a: id})
	return id
}

// addKid adds k as the last kid of element e.
func (l *layouter) addKid(e int32, k skid) {
	n := int32(len(l.kids))
	l.kids = append(l.kids, kidNode{skid: k, next: -1})
	t := &l.tags[e]
	if t.last < 0 {
		t.first = n
	} else {
		l.kids[t.last].next = n
	}
	t.last = n
}

// firstKid makes the last kid of element e its first.
func (l *layouter) firstKid(e int32) {
	t := &l.tags[e]
	if t.first == t.last {
		return
	}
	k := t.first
	for l.kids[k].next != t.last {
		k = l.kids[k].next
	}
	l.kids[k].next = -1
	l.kids[t.last].next = t.first
	t.first, t.last = t.last, k
}

// setAlt sets the alternative text of element e.
func (l *layouter) setAlt(e int32, s string) {
	if l.untagged {
		return
	}
	if l.alt == nil {
		l.alt = map[int32]string{}
	}
	l.alt[e] = s
}

// setLang sets the language of element e.
func (l *layouter) setLang(e int32, s string) {
	if s == "" || l.untagged {
		return
	}
	if l.lang == nil {
		l.lang = map[int32]string{}
	}
	l.lang[e] = s
}

// open adds an element under the current one and makes it current.
func (l *layouter) open(r role) int32 {
	id := l.newElem(r, l.curTag)
	l.curTag = id
	return id
}

// close makes the parent of id current again.
func (l *layouter) close(id int32) {
	l.curTag = l.tags[id].parent
}

// headingRole returns the heading element for a heading of level lvl
// (0 the document title, 1–3 headings): H1 for the highest level in the
// document, and never a level skipped after the previous heading, as
// PDF/UA asks.
func (l *layouter) headingRole(lvl int) role {
	n := lvl - l.minHeading + 1
	n = max(1, min(n, l.lastHeading+1, 6))
	l.lastHeading = n
	return roleH1 + role(n-1)
}

// owner is the element that owns an operation of kind k added now.
func (l *layouter) owner(k opKind) int32 {
	if l.art > 0 && k != opEmpty {
		return noOwner
	}
	switch k {
	case opText, opPageRef, opEmpty:
		return l.curTag
	case opLink:
		return noOwner
	}
	return l.deco
}

// mark gives o its marked-content sequence on the current page.
func (l *layouter) mark(o *op) {
	p := l.cur
	if o.kind == opLink {
		return
	}
	if l.untagged {
		o.mc = 0
		return
	}
	own := l.owner(o.kind)
	if own == noOwner {
		o.mc = 0
		p.lastOwner = noOwner
		return
	}
	if own == p.lastOwner && p.lastMC > 0 {
		o.mc = p.lastMC
		return
	}
	mcid := int32(len(p.parents))
	p.parents = append(p.parents, own)
	l.addKid(own, skid{kind: kidMCR, a: p.index, b: mcid})
	o.mc = mcid + 1
	p.lastOwner, p.lastMC = own, o.mc
}

// addLink records a link annotation belonging to the Link element elem
// and returns its index.
func (l *layouter) addLink(elem int32, desc string) int32 {
	i := int32(len(l.links))
	l.links = append(l.links, linkRec{elem: elem, page: l.cur.index, desc: desc})
	if !l.untagged {
		l.addKid(elem, skid{kind: kidOBJR, a: i})
	}
	return i
}

// structObjects writes the structure tree as PDF objects numbered from
// first: the StructTreeRoot (first), the ParentTree, then one object per
// element. next is the first number after them.
func (l *layouter) structObjects(first int, pageIDs []int, u *updateWriter) (next int) {
	obj := func(num int, body []byte) {
		u.begin(num)
		u.Write(body)
		u.end()
	}
	rootNum := first
	ptNum := first + 1
	elemNum := func(e int32) int { return first + 2 + int(e) }
	next = first + 2 + len(l.tags)
	var b []byte
	ref := func(b []byte, n int) []byte {
		b = strconv.AppendInt(b, int64(n), 10)
		return append(b, " 0 R"...)
	}

	b = append(b, "<< /Type /StructTreeRoot /K "...)
	b = ref(b, elemNum(tagRoot))
	b = append(b, " /ParentTree "...)
	b = ref(b, ptNum)
	b = append(b, " /ParentTreeNextKey "...)
	b = strconv.AppendInt(b, int64(len(l.pages)+len(l.links)), 10)
	b = append(b, " >>"...)
	obj(rootNum, b)

	// The parent tree: for each page (key = its StructParents) the
	// element of each MCID; for each link annotation (key = its
	// StructParent) its Link element. It is as long as the document's
	// marked content, so it is written a page at a time.
	u.begin(ptNum)
	b = b[:0]
	b = append(b, "<< /Nums ["...)
	for i, p := range l.pages {
		u.Write(b)
		b = b[:0]
		b = append(b, '\n')
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, " ["...)
		for k, e := range p.parents {
			if k > 0 {
				b = append(b, ' ')
			}
			b = ref(b, elemNum(e))
		}
		b = append(b, ']')
	}
	for i, lk := range l.links {
		if lk.obj == 0 {
			continue
		}
		b = append(b, '\n')
		b = strconv.AppendInt(b, int64(len(l.pages)+i), 10)
		b = append(b, ' ')
		b = ref(b, elemNum(lk.elem))
	}
	b = append(b, "] >>"...)
	u.Write(b)
	u.end()

	for i := range l.tags {
		e := &l.tags[i]
		b = b[:0]
		b = append(b, "<< /Type /StructElem /S /"...)
		b = append(b, e.role.String()...)
		b = append(b, " /P "...)
		if e.parent < 0 {
			b = ref(b, rootNum)
		} else {
			b = ref(b, elemNum(e.parent))
		}
		// /Pg is the page of the first marked content; marked content
		// on that page is written as a bare MCID, elsewhere as an MCR.
		pg := int32(-1)
		for k := e.first; k >= 0; k = l.kids[k].next {
			if l.kids[k].kind == kidMCR {
				pg = l.kids[k].a
				break
			}
		}
		if pg >= 0 {
			b = append(b, " /Pg "...)
			b = ref(b, pageIDs[pg])
		}
		if alt := l.alt[int32(i)]; alt != "" {
			b = append(b, " /Alt "...)
			b = append(b, pdfText(alt)...)
		}
		if lang := l.lang[int32(i)]; lang != "" {
			b = append(b, " /Lang "...)
			b = append(b, pdfText(lang)...)
		}
		if e.scope != scopeNone || e.span > 1 {
			b = append(b, " /A << /O /Table"...)
			switch e.scope {
			case scopeColumn:
				b = append(b, " /Scope /Column"...)
			case scopeRow:
				b = append(b, " /Scope /Row"...)
			}
			if e.span > 1 {
				b = append(b, " /ColSpan "...)
				b = strconv.AppendInt(b, int64(e.span), 10)
			}
			b = append(b, " >>"...)
		}
		b = append(b, " /K ["...)
		for j := e.first; j >= 0; j = l.kids[j].next {
			k := l.kids[j].skid
			if j != e.first {
				b = append(b, ' ')
			}
			switch k.kind {
			case kidElem:
				b = ref(b, elemNum(k.a))
			case kidMCR:
				if k.a == pg {
					b = strconv.AppendInt(b, int64(k.b), 10)
				} else {
					b = append(b, "<< /Type /MCR /Pg "...)
					b = ref(b, pageIDs[k.a])
					b = append(b, " /MCID "...)
					b = strconv.AppendInt(b, int64(k.b), 10)
					b = append(b, " >>"...)
				}
			case kidOBJR:
				lk := l.links[k.a]
				if lk.obj == 0 {
					continue
				}
				b = append(b, "<< /Type /OBJR /Pg "...)
				b = ref(b, pageIDs[lk.page])
				b = append(b, " /Obj "...)
				b = ref(b, lk.obj)
				b = append(b, " >>"...)
			}
		}
		b = append(b, "] >>"...)
		obj(elemNum(int32(i)), b)
	}
	return next
}
