package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
	"github.com/prosessplan/go-prosessplan/render"
)

var (
	reBookmark = lazyregexp.New(`<(?:[A-Za-z_][\w.-]*:)?bookmarkStart\b[^>]*>`)
	reAttrID   = lazyregexp.New(`\bw:id="(-?\d+)"`)
	reAttrName = lazyregexp.New(`\bw:name="([^"]*)"`)
)

// sectInfo is the section properties the placeholder's section ends with.
type sectInfo struct {
	raw         []byte // the sectPr element's bytes ("" when the body has none)
	from, to    int    // its range in the main part
	prefix      string // its namespace prefix
	geo         geometry
	orient      render.Orientation
	titlePg     bool
	bodyLevel   bool
	synthesized bool
}

// job is one write of a document into a template: what its phases find in
// the template and what they change. Each phase reads or adds to the job;
// only emit writes to the output, so a refused template writes nothing.
type job struct {
	t *template
	d *render.Document

	doc          []byte // the main part
	root, bodyEl *node
	docEdits     []edit // edits of the main part outside the placeholder
	from, to     int    // the range of the main part our content replaces
	sect         sectInfo

	relsData    []byte // the main part's relationships
	relsRoot    *node
	relsMissing bool
	usedRel     map[string]bool
	maxRel      int
	partOf      map[string]string // relationship type suffix → part name
	newRels     []rel

	stylesName string
	stylesData []byte
	stylesRoot *node
	styleIDs   map[string]string
	addStyles  []*styleDef
	tmplLang   string

	numName string
	numData []byte
	numRoot *node

	bw       *body
	out      map[string][]byte // changed parts
	addParts []part            // new parts, written after the template's
	ctAdd    []part            // new Override entries: name, content type
}

// write writes d into the template, phase by phase.
func (t *template) write(w io.Writer, d *render.Document, ph placeholder) error {
	j := &job{t: t, d: d, out: map[string][]byte{}}
	for _, phase := range []func() error{
		j.parseMain,
		func() error { return j.findPlaceholder(ph) },
		j.readRels,
		j.readStyles,
		j.readNumbering,
		j.newBody,
		j.fillSlots,
		j.patchStyles,
		j.patchNumbering,
		j.patchSettings,
		j.patchRels,
		j.patchCore,
		j.patchContentTypes,
	} {
		if err := phase(); err != nil {
			return err
		}
	}
	return j.emit(w)
}

// parseMain parses the main part and declares the prefixes w and r, which
// our content uses, on its root if the template does not.
func (j *job) parseMain() error {
	t := j.t
	var err error
	if j.doc, err = t.read(t.main); err != nil {
		return err
	}
	if j.root, err = parseXML(j.doc); err != nil {
		return tmplErr(ErrNotWord, t.main, "%v", err)
	}
	j.bodyEl = j.root.child("body")
	if j.root.local != "document" || j.bodyEl == nil {
		return tmplErr(ErrNotWord, t.main, "no w:body")
	}
	ns := nsPrefixes(j.root)
	var decl string
	for _, p := range []struct{ prefix, uri string }{{"w", wNS}, {"r", rNS}} {
		switch u, ok := ns[p.prefix]; {
		case !ok:
			decl += ` xmlns:` + p.prefix + `="` + p.uri + `"`
		case u != p.uri:
			return tmplErr(ErrNotWord, t.main, "binds the prefix %s to %s", p.prefix, u)
		}
	}
	if decl != "" {
		at := j.root.open - 1
		if j.root.selfClosing {
			at--
		}
		j.docEdits = append(j.docEdits, edit{at, at, []byte(decl)})
	}
	return nil
}

// findPlaceholder finds where the content goes and the section it is in.
// Without a placeholder option the conventional marker {{innhold}} is
// used when the template has it, else the end of the body.
func (j *job) findPlaceholder(ph placeholder) error {
	if ph.kind == phEnd {
		if from, to, idx, err := findPlaceholder(j.bodyEl, placeholder{phText, DefaultPlaceholder}); err == nil {
			j.from, j.to = from, to
			j.sect = j.t.sectionEnd(j.doc, j.bodyEl.children, idx)
			return nil
		}
	}
	from, to, idx, err := findPlaceholder(j.bodyEl, ph)
	if err != nil {
		return err
	}
	j.from, j.to = from, to
	j.sect = j.t.sectionEnd(j.doc, j.bodyEl.children, idx)
	return nil
}

// readRels reads the main part's relationships (a template without any
// gets them) and the parts they name by type.
func (j *job) readRels() error {
	t := j.t
	j.relsData = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`)
	j.relsMissing = t.files[t.mainRels] == nil
	var err error
	if !j.relsMissing {
		if j.relsData, err = t.read(t.mainRels); err != nil {
			return err
		}
	}
	if j.relsRoot, err = parseXML(j.relsData); err != nil {
		return tmplErr(ErrNotWord, t.mainRels, "%v", err)
	}
	j.usedRel = map[string]bool{}
	j.partOf = map[string]string{}
	for _, r := range relsOf(j.relsRoot) {
		j.usedRel[r.id] = true
		if n, err := strconv.Atoi(strings.TrimPrefix(r.id, "rId")); err == nil && n > j.maxRel {
			j.maxRel = n
		}
		if r.mode != "External" {
			typ := r.typ[strings.LastIndex(r.typ, "/")+1:]
			if _, ok := j.partOf[typ]; !ok {
				j.partOf[typ] = resolve(t.main, r.target)
			}
		}
	}
	return nil
}

func (j *job) newRelID() string {
	for {
		j.maxRel++
		id := "rId" + strconv.Itoa(j.maxRel)
		if !j.usedRel[id] {
			j.usedRel[id] = true
			return id
		}
	}
}

// readPart reads and parses the main part's related part of type typ, if
// the template has one.
func (j *job) readPart(typ string) (name string, data []byte, root *node, err error) {
	name = j.partOf[typ]
	if name == "" || j.t.files[name] == nil {
		return name, nil, nil, nil
	}
	if data, err = j.t.read(name); err != nil {
		return name, nil, nil, err
	}
	if root, err = parseXML(data); err != nil {
		return name, nil, nil, tmplErr(ErrNotWord, name, "%v", err)
	}
	return name, data, root, nil
}

// readStyles finds the template's styles by built-in name.
func (j *job) readStyles() error {
	var err error
	if j.stylesName, j.stylesData, j.stylesRoot, err = j.readPart("styles"); err != nil {
		return err
	}
	j.styleIDs, j.addStyles, j.tmplLang = mapStyles(j.stylesRoot)
	return nil
}

// readNumbering reads the template's numbering, whose IDs ours go above.
func (j *job) readNumbering() error {
	var err error
	j.numName, j.numData, j.numRoot, err = j.readPart("numbering")
	return err
}

// newBody sets up the body writer: the template's style IDs, ID ranges
// above the template's (numbering, bookmarks, relationships) and section
// breaks that copy the placeholder section's properties.
func (j *job) newBody() error {
	t, d := j.t, j.d
	primary, accent, light := profileColors(d.Profile)
	bw := &body{
		st:      styleIDsFrom(j.styleIDs),
		primary: primary, accent: accent, light: light,
		cap:      d.Captions,
		geo:      j.sect.geo,
		orient:   j.sect.orient,
		relIDs:   map[string]string{},
		newRelID: j.newRelID,
	}
	if lang := d.Language.Tag(); !strings.EqualFold(j.tmplLang, lang) {
		bw.lang = lang
	}
	maxAbs, maxNum := -1, 0
	if j.numRoot != nil {
		for _, c := range j.numRoot.children {
			if v, ok := c.attr("abstractNumId"); ok && c.local == "abstractNum" {
				if n, err := strconv.Atoi(v); err == nil && n > maxAbs {
					maxAbs = n
				}
			}
			if v, ok := c.attr("numId"); ok && c.local == "num" {
				if n, err := strconv.Atoi(v); err == nil && n > maxNum {
					maxNum = n
				}
			}
		}
	}
	bw.absBullet, bw.absNumber, bw.nextNum = maxAbs+1, maxAbs+2, maxNum+1

	// Bookmark IDs and names above and beside the template's, in every
	// story of the document.
	bw.usedNames = map[string]bool{}
	maxBM := -1
	dir := path.Dir(t.main) + "/"
	for _, f := range t.members {
		if !strings.HasPrefix(f.Name, dir) || !strings.HasSuffix(f.Name, ".xml") || strings.Contains(f.Name[len(dir):], "/") {
			continue
		}
		b, err := t.read(f.Name)
		if err != nil {
			return err
		}
		for _, m := range reBookmark.FindAll(b, -1) {
			if id := reAttrID.FindSubmatch(m); id != nil {
				if n, _ := strconv.Atoi(string(id[1])); n > maxBM {
					maxBM = n
				}
			}
			if nm := reAttrName.FindSubmatch(m); nm != nil {
				bw.usedNames[strings.ToLower(string(nm[1]))] = true
			}
		}
	}
	bw.nextBookmark = maxBM + 1

	// Section breaks copy the placeholder section's properties: the first
	// piece keeps its headers and first-page header, later pieces inherit
	// the headers (Word's rule) and only change orientation.
	bw.sectPr = func(b *buf, o render.Orientation, last bool) {
		b.b = append(b.b, sectCopy(j.sect, o, bw.sections > 0, false)...)
	}
	bw.prepare(d)
	j.bw = bw
	return nil
}

// patchStyles adds the styles the template lacks after its own, or a
// styles part to a template without one.
func (j *job) patchStyles() error {
	primary, light := j.bw.primary, j.bw.light
	sp := &styleParams{primary: primary, light: light, textWidth: j.sect.geo.textWidth(render.Portrait)}
	switch {
	case j.stylesRoot != nil && len(j.addStyles) > 0:
		var sb buf
		for _, def := range j.addStyles {
			appendStyle(&sb, def, j.styleIDs[def.key], j.styleIDs, sp)
		}
		j.out[j.stylesName] = splice(j.stylesData, []edit{{j.stylesRoot.close, j.stylesRoot.close, sb.b}})
	case j.stylesRoot == nil:
		name := j.t.uniqueName(path.Dir(j.t.main) + "/styles.xml")
		j.addParts = append(j.addParts, part{name, newStyles(defaultFont, j.d.Language.Tag(), sp)})
		j.newRels = append(j.newRels, rel{j.newRelID(), relTypeBase + "styles", relTarget(j.t.main, name), ""})
		j.ctAdd = append(j.ctAdd, part{name, []byte(ctStyles)})
	}
	return nil
}

// patchNumbering puts our abstract lists after the template's and our
// w:num after its w:num (schema order: abstractNum*, num*,
// numIdMacAtCleanup?), or adds a numbering part.
func (j *job) patchNumbering() error {
	bw := j.bw
	if len(bw.nums) == 0 {
		return nil
	}
	var abs, nums buf
	appendAbstractNums(&abs, bw.absBullet, bw.absNumber)
	appendNums(&nums, bw.nums)
	if j.numRoot != nil {
		absAt, numAt := j.numRoot.close, j.numRoot.close
		for _, c := range j.numRoot.children {
			if (c.local == "num" || c.local == "numIdMacAtCleanup") && absAt == j.numRoot.close {
				absAt = c.start
			}
			if c.local == "numIdMacAtCleanup" {
				numAt = c.start
			}
		}
		j.out[j.numName] = splice(j.numData, []edit{{absAt, absAt, abs.b}, {numAt, numAt, nums.b}})
		return nil
	}
	name := j.t.uniqueName(path.Dir(j.t.main) + "/numbering.xml")
	var nb buf
	nb.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	nb.s(`<w:numbering xmlns:w="` + wNS + `">`)
	nb.b = append(nb.b, abs.b...)
	nb.b = append(nb.b, nums.b...)
	nb.s(`</w:numbering>`)
	j.addParts = append(j.addParts, part{name, nb.b})
	j.newRels = append(j.newRels, rel{j.newRelID(), relTypeBase + "numbering", relTarget(j.t.main, name), ""})
	j.ctAdd = append(j.ctAdd, part{name, []byte(ctNumbering)})
	return nil
}

// patchSettings asks Word to update the table of contents on opening.
func (j *job) patchSettings() error {
	name := j.partOf["settings"]
	if !j.bw.tocFields || name == "" || j.t.files[name] == nil {
		return nil
	}
	sd, err := j.t.read(name)
	if err != nil {
		return err
	}
	if upd, err := addUpdateFields(sd); err == nil {
		j.out[name] = upd
	}
	return nil
}

// patchRels adds the relationships of hyperlinks and new parts.
func (j *job) patchRels() error {
	for _, r := range j.bw.rels {
		j.newRels = append(j.newRels, rel{r.id, relTypeBase + "hyperlink", r.target, "External"})
	}
	if len(j.newRels) > 0 {
		var rb buf
		for _, r := range j.newRels {
			rb.s(`<Relationship`).attr("Id", r.id).attr("Type", r.typ).attr("Target", r.target)
			if r.mode != "" {
				rb.attr("TargetMode", r.mode)
			}
			rb.s(`/>`)
		}
		j.relsData = splice(j.relsData, []edit{{j.relsRoot.close, j.relsRoot.close, rb.b}})
		if !j.relsMissing {
			j.out[j.t.mainRels] = j.relsData
		}
	}
	if j.relsMissing {
		j.addParts = append(j.addParts, part{j.t.mainRels, j.relsData})
	}
	return nil
}

// patchCore makes the core properties describe the new document.
func (j *job) patchCore() error {
	t := j.t
	coreName := ""
	for _, r := range t.pkgRels.children {
		if typ, _ := r.attr("Type"); strings.HasSuffix(typ, "/core-properties") {
			target, _ := r.attr("Target")
			coreName = resolve("", target)
		}
	}
	if coreName != "" && t.files[coreName] != nil {
		j.out[coreName] = coreProps(j.d)
		return nil
	}
	coreName = t.uniqueName("docProps/core.xml")
	j.addParts = append(j.addParts, part{coreName, coreProps(j.d)})
	j.ctAdd = append(j.ctAdd, part{coreName, []byte(ctCore)})
	var rb buf
	rb.s(`<Relationship Id="rIdPPcore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"`).attr("Target", coreName).s(`/>`)
	j.out["_rels/.rels"] = splice(t.data["_rels/.rels"], []edit{{t.pkgRels.close, t.pkgRels.close, rb.b}})
	return nil
}

// patchContentTypes makes a template's main part a document's and gives
// new parts their content types. An Override the template already has for
// a part we add (left dangling by a part it lacks) is replaced, not
// repeated.
func (j *job) patchContentTypes() error {
	t := j.t
	ctData := t.data["[Content_Types].xml"]
	var edits []edit
	overrides := map[string]*node{}
	for _, c := range t.ct.children {
		if c.local == "Override" {
			p, _ := c.attr("PartName")
			overrides[strings.ToLower(p)] = c
		}
	}
	if t.isTmpl {
		if c := overrides[strings.ToLower("/"+t.main)]; c != nil {
			if i := bytes.Index(ctData[c.start:c.end], []byte(ctTemplate)); i >= 0 {
				edits = append(edits, edit{c.start + i, c.start + i + len(ctTemplate), []byte(ctMain)})
			}
		}
	}
	var add []byte
	for _, p := range j.ctAdd {
		o := override(p.name, string(p.data))
		if c := overrides[strings.ToLower("/"+p.name)]; c != nil {
			edits = append(edits, edit{c.start, c.end, []byte(o)})
			continue
		}
		add = append(add, o...)
	}
	if len(add) > 0 {
		edits = append(edits, edit{t.ct.close, t.ct.close, add})
	}
	if len(edits) > 0 {
		j.out["[Content_Types].xml"] = splice(ctData, edits)
	}
	return nil
}

// emit writes the package: parts we changed are compressed anew, the rest
// copied raw (they were inflated and checked when the template was
// opened), then the new parts.
func (j *job) emit(w io.Writer) error {
	zw, release := newZip(w)
	defer release()
	for _, f := range j.t.members {
		if f.Name == j.t.main {
			if err := j.writeMain(zw, f); err != nil {
				return err
			}
			continue
		}
		if b, ok := j.out[f.Name]; ok {
			if err := addPart(zw, f.Name, f.Modified, b); err != nil {
				return err
			}
			continue
		}
		if err := copyRaw(zw, f); err != nil {
			return err
		}
	}
	for _, p := range j.addParts {
		if err := addPart(zw, p.name, zipTime, p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeMain writes the main part: the template's bytes up to the
// placeholder (with edits before it), our body streamed, then the rest
// (with edits after it).
func (j *job) writeMain(zw *zip.Writer, f *zip.File) error {
	fw, err := createPart(zw, f.Name, f.Modified)
	if err != nil {
		return err
	}
	var head, tail []edit
	for _, e := range j.docEdits {
		switch {
		case e.to <= j.from:
			head = append(head, e)
		case e.from >= j.to:
			tail = append(tail, edit{e.from - j.to, e.to - j.to, e.repl})
		}
	}
	if _, err := fw.Write(splice(j.doc[:j.from], head)); err != nil {
		return err
	}
	bw, sect := j.bw, j.sect
	bw.out = fw
	bw.b = make([]byte, 0, 64<<10)
	bw.blocks(j.d.Blocks)
	if bw.sections > 0 || bw.orient != sect.orient {
		if bw.orient != sect.orient {
			bw.breakSection()
		}
		// The last piece is governed by the template's own sectPr: no
		// second first-page header there, no restart of page numbers.
		last := sectCopy(sect, sect.orient, false, true)
		if !sect.synthesized {
			tail = append(tail, edit{sect.from - j.to, sect.to - j.to, last})
		} else {
			tail = append(tail, edit{j.bodyEl.close - j.to, j.bodyEl.close - j.to, last})
		}
	}
	bw.flush()
	if bw.err != nil {
		return bw.err
	}
	_, err = fw.Write(splice(j.doc[j.to:], tail))
	return err
}

func copyRaw(zw *zip.Writer, f *zip.File) error {
	fh := f.FileHeader
	rc, err := f.OpenRaw()
	if err != nil {
		return err
	}
	fw, err := zw.CreateRaw(&fh)
	if err != nil {
		return err
	}
	_, err = io.Copy(fw, rc)
	return err
}

func override(name, ct string) string {
	return `<Override PartName="/` + name + `" ContentType="` + ct + `"/>`
}

// relTarget is the relative target from part from to part to.
func relTarget(from, to string) string {
	dir := path.Dir(from) + "/"
	if strings.HasPrefix(to, dir) {
		return to[len(dir):]
	}
	return "/" + to
}

// uniqueName returns name, or name with a number added, so that it names
// no part of the template in any case (part names compare case-insensitively).
func (t *template) uniqueName(name string) string {
	if !t.lower[strings.ToLower(name)] {
		return name
	}
	ext := path.Ext(name)
	for i := 2; ; i++ {
		n := strings.TrimSuffix(name, ext) + strconv.Itoa(i) + ext
		if !t.lower[strings.ToLower(n)] {
			return n
		}
	}
}

// findPlaceholder returns the range of the main part to replace and the
// index of the body child it is in (len(children) for the end of the body).
func findPlaceholder(bodyEl *node, ph placeholder) (from, to, idx int, err error) {
	kids := bodyEl.children
	end := len(kids)
	if end > 0 && kids[end-1].local == "sectPr" {
		end--
	}
	switch ph.kind {
	case phEnd:
		at := bodyEl.close
		if end < len(kids) {
			at = kids[end].start
		}
		return at, at, end, nil
	case phText:
		for i, k := range kids[:end] {
			for _, p := range blockParas(k) {
				if strings.TrimSpace(p.textOf()) != ph.val {
					continue
				}
				if hasSectPr(p) {
					// The paragraph ends a section: keep it, put the
					// content before it.
					return p.start, p.start, i, nil
				}
				return p.start, p.end, i, nil
			}
		}
	case phBookmark:
		for i, k := range kids[:end] {
			found := false
			k.walk(func(n *node) bool {
				if n.local == "bookmarkStart" {
					if v, _ := n.attr("name"); v == ph.val {
						found = true
					}
				}
				return !found
			})
			if found {
				return k.end, k.end, i + 1, nil
			}
		}
	case phControl:
		for i, k := range kids[:end] {
			if k.local == "sdt" && sdtTag(k) == ph.val {
				return k.start, k.end, i, nil
			}
		}
		for i, k := range kids[:end] {
			found := false
			k.walk(func(n *node) bool {
				if n.local == "sdt" && sdtTag(n) == ph.val {
					found = true
				}
				return !found
			})
			if found && k.local == "p" {
				return k.end, k.end, i + 1, nil
			}
		}
	}
	// Say so when the marker is there but not where content can go.
	var nested bool
	bodyEl.walk(func(n *node) bool {
		switch {
		case ph.kind == phText && n.local == "p" && strings.TrimSpace(n.textOf()) == ph.val,
			ph.kind == phControl && n.local == "sdt" && sdtTag(n) == ph.val:
			nested = true
		}
		return !nested
	})
	if nested {
		return 0, 0, 0, tmplErr(ErrPlaceholder, "", "%s is inside a table or content control; put it in a paragraph of its own", ph)
	}
	return 0, 0, 0, tmplErr(ErrPlaceholder, "", "no %s", ph)
}

// blockParas returns the paragraphs that are k or stand for it: case
// systems wrap whole parts of a template in block content controls, whose
// paragraphs are still block-level content where ours can go.
func blockParas(k *node) []*node {
	switch k.local {
	case "p":
		return []*node{k}
	case "sdt", "customXml":
		c := k
		if k.local == "sdt" {
			c = k.child("sdtContent")
		}
		if c == nil {
			return nil
		}
		var ps []*node
		for _, x := range c.children {
			ps = append(ps, blockParas(x)...)
		}
		return ps
	}
	return nil
}

func sdtTag(n *node) string {
	if pr := n.child("sdtPr"); pr != nil {
		if tag := pr.child("tag"); tag != nil {
			v, _ := tag.attr("val")
			return v
		}
	}
	return ""
}

func hasSectPr(p *node) bool {
	if pPr := p.child("pPr"); pPr != nil {
		return pPr.child("sectPr") != nil
	}
	return false
}

// sectionEnd finds the sectPr that ends the section of body child idx.
func (t *template) sectionEnd(doc []byte, kids []*node, idx int) sectInfo {
	var sp *node
	for i := idx; i < len(kids) && sp == nil; i++ {
		k := kids[i]
		switch {
		case k.local == "p" && hasSectPr(k):
			sp = k.child("pPr").child("sectPr")
		case k.local == "sectPr":
			sp = k
		}
	}
	if sp == nil {
		raw := []byte(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`)
		return sectInfo{raw: raw, prefix: "w", geo: a4, synthesized: true, bodyLevel: true}
	}
	s := sectInfo{raw: doc[sp.start:sp.end], from: sp.start, to: sp.end, prefix: sp.prefix, geo: a4, bodyLevel: sp.parent.local == "body"}
	num := func(n *node, name string, def int) int {
		if v, ok := n.attr(name); ok {
			if x, err := strconv.Atoi(v); err == nil {
				return x
			}
		}
		return def
	}
	if pg := sp.child("pgSz"); pg != nil {
		s.geo.w, s.geo.h = num(pg, "w", a4.w), num(pg, "h", a4.h)
		if o, _ := pg.attr("orient"); o == "landscape" || s.geo.w > s.geo.h {
			s.orient = render.Landscape
		}
	}
	if m := sp.child("pgMar"); m != nil {
		g := &s.geo
		g.top, g.right, g.bottom, g.left = num(m, "top", g.top), num(m, "right", g.right), num(m, "bottom", g.bottom), num(m, "left", g.left)
		g.header, g.foot = num(m, "header", g.header), num(m, "footer", g.foot)
	}
	s.titlePg = sp.child("titlePg") != nil
	return s
}

// sectCopy returns the section's sectPr with orientation o. inherit drops
// the header and footer references (the section inherits them), the
// first-page flag, the page-number restart and the section start type;
// noTitle drops the last three only.
func sectCopy(s sectInfo, o render.Orientation, inherit, noTitle bool) []byte {
	n, err := parseXML(s.raw)
	if err != nil {
		return s.raw
	}
	p := n.prefix
	if p != "" {
		p += ":"
	}
	w, h := min(s.geo.w, s.geo.h), max(s.geo.w, s.geo.h)
	var pg buf
	if o == render.Landscape {
		pg.s(`<` + p + `pgSz ` + p + `w="`).i(h).s(`" ` + p + `h="`).i(w).s(`" ` + p + `orient="landscape"`)
	} else {
		pg.s(`<` + p + `pgSz ` + p + `w="`).i(w).s(`" ` + p + `h="`).i(h).s(`"`)
	}
	if old := n.child("pgSz"); old != nil {
		if code, ok := old.attr("code"); ok {
			pg.attr(p+"code", code)
		}
	}
	pg.s(`/>`)
	var edits []edit
	hasPg := false
	for _, c := range n.children {
		switch c.local {
		case "headerReference", "footerReference":
			if inherit {
				edits = append(edits, edit{c.start, c.end, nil})
			}
		case "titlePg", "pgNumType", "type":
			// A piece after one of our breaks starts on a new page
			// (the default type), not as the template's section began.
			if inherit || noTitle {
				edits = append(edits, edit{c.start, c.end, nil})
			}
		case "pgSz":
			hasPg = true
			edits = append(edits, edit{c.start, c.end, pg.b})
		}
	}
	if !hasPg {
		at := n.close
		for _, c := range n.children {
			if c.local != "headerReference" && c.local != "footerReference" && c.local != "footnotePr" && c.local != "endnotePr" && c.local != "type" {
				at = c.start
				break
			}
		}
		if n.selfClosing {
			return append(append([]byte(`<`+p+`sectPr>`), pg.b...), `</`+p+`sectPr>`...)
		}
		edits = append(edits, edit{at, at, pg.b})
	}
	return splice(s.raw, edits)
}

// mapStyles finds the template's styles by built-in name and returns the
// key → style ID map, the definitions the template lacks (with fresh IDs in
// the map), and the template's default language.
func mapStyles(root *node) (ids map[string]string, missing []*styleDef, lang string) {
	ids = map[string]string{}
	usedIDs := map[string]bool{}
	types := map[string]string{}
	if root != nil {
		for _, c := range root.children {
			switch c.local {
			case "style":
				id, _ := c.attr("styleId")
				usedIDs[strings.ToLower(id)] = true
				typ, _ := c.attr("type")
				if nm := c.child("name"); nm != nil {
					v, _ := nm.attr("val")
					key := strings.ToLower(v)
					if _, dup := ids[key]; !dup {
						ids[key] = id
						types[key] = typ
					}
				}
			case "docDefaults":
				c.walk(func(n *node) bool {
					if n.local == "lang" && lang == "" {
						lang, _ = n.attr("val")
					}
					return true
				})
			}
		}
	}
	for i := range styleDefs {
		def := &styleDefs[i]
		if id, ok := ids[def.key]; ok && id != "" && (types[def.key] == def.typ || types[def.key] == "") {
			continue
		}
		if root != nil && isDefault(def.key) {
			// A template without these defaults still works: Word
			// supplies them. Adding a second default would be worse.
			delete(ids, def.key)
			continue
		}
		id := def.id
		for n := 2; usedIDs[strings.ToLower(id)]; n++ {
			id = def.id + strconv.Itoa(n)
		}
		usedIDs[strings.ToLower(id)] = true
		ids[def.key] = id
		missing = append(missing, def)
	}
	return ids, missing, lang
}

// settingsAfterUpdateFields are the w:settings children that come after
// w:updateFields in schema order.
var settingsAfterUpdateFields = map[string]bool{
	"hdrShapeDefaults": true, "footnotePr": true, "endnotePr": true, "compat": true, "docVars": true,
	"rsids": true, "mathPr": true, "attachedSchema": true, "themeFontLang": true, "clrSchemeMapping": true,
	"doNotIncludeSubdocsInStats": true, "doNotAutoCompressPictures": true, "forceUpgrade": true,
	"captions": true, "readModeInkLockDown": true, "smartTagType": true, "schemaLibrary": true,
	"shapeDefaults": true, "doNotEmbedSmartTags": true, "decimalSymbol": true, "listSeparator": true,
}

// addUpdateFields inserts <w:updateFields w:val="true"/> in schema order.
func addUpdateFields(data []byte) ([]byte, error) {
	root, err := parseXML(data)
	if err != nil {
		return nil, err
	}
	p := root.prefix
	if p != "" {
		p += ":"
	}
	at := root.close
	for _, c := range root.children {
		if c.local == "updateFields" {
			return nil, errors.New("already there")
		}
		// Unknown (extension) elements such as w14:docId come late too.
		if settingsAfterUpdateFields[c.local] || (c.prefix != root.prefix) {
			at = c.start
			break
		}
	}
	return splice(data, []edit{{at, at, []byte(`<` + p + `updateFields ` + p + `val="true"/>`)}}), nil
}
