package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
)

// template is an opened .dotx/.docx: its zip entries and the parts the
// writer reads. Parts are read into memory within the Max* limits.
type template struct {
	zr       *zip.Reader
	files    map[string]*zip.File // by name
	data     map[string][]byte    // parts read so far
	ct       *node                // [Content_Types].xml tree
	main     string               // main part name, e.g. "word/document.xml"
	mainCT   string
	isTmpl   bool // a .dotx: its main content type becomes the document's
	pkgRels  *node
	mainRels string // name of the main part's .rels
	readSize int    // uncompressed bytes read so far
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// UTF-16LE stream names of an encrypted OOXML package (MS-OFFCRYPTO).
	encInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

func openTemplate(r io.ReaderAt, size int64) (*template, error) {
	head := make([]byte, 8)
	if _, err := r.ReadAt(head, 0); err != nil {
		return nil, fmt.Errorf("%w: cannot read it: %v", ErrNotWord, err)
	}
	if bytes.Equal(head, oleMagic) {
		// An OLE compound file is either an encrypted OOXML package or an
		// old binary .doc/.dot.
		if size > MaxTemplateTotal {
			return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, size)
		}
		all := make([]byte, size)
		if _, err := r.ReadAt(all, 0); err != nil && err != io.EOF {
			return nil, fmt.Errorf("%w: %v", ErrNotWord, err)
		}
		if bytes.Contains(all, encInfo) {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w: it is an old binary Word file (.doc/.dot); save it as .dotx", ErrNotWord)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotWord, err)
	}
	if len(zr.File) > MaxTemplateEntries {
		return nil, fmt.Errorf("%w: %d zip entries (at most %d)", ErrTooLarge, len(zr.File), MaxTemplateEntries)
	}
	t := &template{zr: zr, files: map[string]*zip.File{}, data: map[string][]byte{}}
	var total uint64
	seen := map[string]bool{}
	for _, f := range zr.File {
		u := f.UncompressedSize64
		if u > MaxTemplatePart {
			return nil, fmt.Errorf("%w: part %s is %d bytes uncompressed (at most %d)", ErrTooLarge, f.Name, u, MaxTemplatePart)
		}
		if u > 1<<20 && u/max(f.CompressedSize64, 1) > MaxTemplateRatio {
			return nil, fmt.Errorf("%w: part %s compresses %d:1 (at most %d:1)", ErrTooLarge, f.Name, u/max(f.CompressedSize64, 1), MaxTemplateRatio)
		}
		total += u
		if total > MaxTemplateTotal {
			return nil, fmt.Errorf("%w: more than %d bytes uncompressed", ErrTooLarge, MaxTemplateTotal)
		}
		low := strings.ToLower(f.Name)
		if seen[low] {
			return nil, fmt.Errorf("%w: duplicate part %s", ErrNotWord, f.Name)
		}
		seen[low] = true
		t.files[f.Name] = f
		if strings.HasSuffix(low, "vbaproject.bin") {
			return nil, fmt.Errorf("%w (it holds %s)", ErrMacroEnabled, f.Name)
		}
	}
	ctData, err := t.read("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	if t.ct, err = parseXML(ctData); err != nil {
		return nil, fmt.Errorf("%w: [Content_Types].xml: %v", ErrNotWord, err)
	}
	relsData, err := t.read("_rels/.rels")
	if err != nil {
		return nil, err
	}
	if t.pkgRels, err = parseXML(relsData); err != nil {
		return nil, fmt.Errorf("%w: _rels/.rels: %v", ErrNotWord, err)
	}
	for _, r := range t.pkgRels.children {
		if typ, _ := r.attr("Type"); strings.HasSuffix(typ, "/officeDocument") {
			target, _ := r.attr("Target")
			t.main = strings.TrimPrefix(path.Clean("/"+target), "/")
			break
		}
	}
	if t.main == "" || t.files[t.main] == nil {
		return nil, fmt.Errorf("%w: no main document part", ErrNotWord)
	}
	t.mainCT = t.contentType(t.main)
	switch {
	case strings.Contains(strings.ToLower(t.mainCT), "macroenabled"):
		return nil, ErrMacroEnabled
	case t.mainCT == ctMain:
	case t.mainCT == ctTemplate:
		t.isTmpl = true
	default:
		return nil, fmt.Errorf("%w: main part has content type %q", ErrNotWord, t.mainCT)
	}
	t.mainRels = path.Join(path.Dir(t.main), "_rels", path.Base(t.main)+".rels")
	return t, nil
}

// read returns the uncompressed bytes of part name, checking the real size
// against the limits (a zip's declared sizes can lie).
func (t *template) read(name string) ([]byte, error) {
	if b, ok := t.data[name]; ok {
		return b, nil
	}
	f := t.files[name]
	if f == nil {
		return nil, fmt.Errorf("%w: part %s is missing", ErrNotWord, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotWord, name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxTemplatePart+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotWord, name, err)
	}
	if len(b) > MaxTemplatePart {
		return nil, fmt.Errorf("%w: part %s is larger than %d bytes", ErrTooLarge, name, MaxTemplatePart)
	}
	if t.readSize += len(b); t.readSize > MaxTemplateTotal {
		return nil, fmt.Errorf("%w: more than %d bytes uncompressed", ErrTooLarge, MaxTemplateTotal)
	}
	t.data[name] = b
	return b, nil
}

// contentType returns the content type of part name from [Content_Types].xml.
func (t *template) contentType(name string) string {
	pn := "/" + name
	ext := strings.ToLower(path.Ext(name))
	def := ""
	for _, c := range t.ct.children {
		switch c.local {
		case "Override":
			if p, _ := c.attr("PartName"); strings.EqualFold(p, pn) {
				v, _ := c.attr("ContentType")
				return v
			}
		case "Default":
			if e, _ := c.attr("Extension"); ext != "" && strings.EqualFold("."+e, ext) {
				def, _ = c.attr("ContentType")
			}
		}
	}
	return def
}

// rel is a relationship of the main part.
type rel struct{ id, typ, target, mode string }

func relsOf(root *node) []rel {
	var rs []rel
	for _, c := range root.children {
		if c.local != "Relationship" {
			continue
		}
		var r rel
		r.id, _ = c.attr("Id")
		r.typ, _ = c.attr("Type")
		r.target, _ = c.attr("Target")
		r.mode, _ = c.attr("TargetMode")
		rs = append(rs, r)
	}
	return rs
}

// resolve returns the part name a relationship of part from points to.
func resolve(from, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+path.Join(path.Dir(from), target)), "/")
}

var (
	reBookmark = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?bookmarkStart\b[^>]*>`)
	reAttrID   = regexp.MustCompile(`\bw:id="(-?\d+)"`)
	reAttrName = regexp.MustCompile(`\bw:name="([^"]*)"`)
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

func (t *template) write(w io.Writer, d *render.Document, ph placeholder) error {
	doc, err := t.read(t.main)
	if err != nil {
		return err
	}
	root, err := parseXML(doc)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotWord, t.main, err)
	}
	bodyEl := root.child("body")
	if root.local != "document" || bodyEl == nil {
		return fmt.Errorf("%w: %s has no w:body", ErrNotWord, t.main)
	}
	ns := nsPrefixes(root)
	var docEdits []edit
	// Our content uses the prefixes w and r; declare them on the root if
	// the template does not.
	var decl string
	for _, p := range []struct{ prefix, uri string }{{"w", wNS}, {"r", rNS}} {
		switch u, ok := ns[p.prefix]; {
		case !ok:
			decl += ` xmlns:` + p.prefix + `="` + p.uri + `"`
		case u != p.uri:
			return fmt.Errorf("%w: %s binds the prefix %s to %s", ErrNotWord, t.main, p.prefix, u)
		}
	}
	if decl != "" {
		at := root.open - 1
		if root.selfClosing {
			at--
		}
		docEdits = append(docEdits, edit{at, at, []byte(decl)})
	}

	// Where the content goes: [from, to) of the main part is replaced.
	kids := bodyEl.children
	from, to, idx, err := findPlaceholder(bodyEl, ph)
	if err != nil {
		return err
	}
	sect := t.sectionEnd(doc, kids, idx)

	// Relationships of the main part (a template without any gets them).
	relsData := []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`)
	relsMissing := t.files[t.mainRels] == nil
	if !relsMissing {
		if relsData, err = t.read(t.mainRels); err != nil {
			return err
		}
	}
	relsRoot, err := parseXML(relsData)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotWord, t.mainRels, err)
	}
	rels := relsOf(relsRoot)
	usedRel := map[string]bool{}
	maxRel := 0
	partOf := map[string]string{} // relationship type suffix → part name
	for _, r := range rels {
		usedRel[r.id] = true
		if n, err := strconv.Atoi(strings.TrimPrefix(r.id, "rId")); err == nil && n > maxRel {
			maxRel = n
		}
		if r.mode != "External" {
			typ := r.typ[strings.LastIndex(r.typ, "/")+1:]
			if _, ok := partOf[typ]; !ok {
				partOf[typ] = resolve(t.main, r.target)
			}
		}
	}
	newRelID := func() string {
		for {
			maxRel++
			id := "rId" + strconv.Itoa(maxRel)
			if !usedRel[id] {
				usedRel[id] = true
				return id
			}
		}
	}
	var newRels []rel

	// Styles by built-in name.
	stylesName := partOf["styles"]
	var stylesData []byte
	var stylesRoot *node
	if stylesName != "" && t.files[stylesName] != nil {
		if stylesData, err = t.read(stylesName); err != nil {
			return err
		}
		if stylesRoot, err = parseXML(stylesData); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrNotWord, stylesName, err)
		}
	}
	primary, accent, light := profileColors(d.Profile)
	ids, added, tmplLang := mapStyles(stylesRoot)
	lang := d.Language.Tag()

	bw := &body{
		st:      styleIDsFrom(ids),
		primary: primary, accent: accent, light: light,
		cap:      d.Captions,
		geo:      sect.geo,
		orient:   sect.orient,
		relIDs:   map[string]string{},
		newRelID: newRelID,
	}
	if !strings.EqualFold(tmplLang, lang) {
		bw.lang = lang
	}

	// Numbering IDs above the template's.
	numName := partOf["numbering"]
	var numData []byte
	var numRoot *node
	maxAbs, maxNum := -1, 0
	if numName != "" && t.files[numName] != nil {
		if numData, err = t.read(numName); err != nil {
			return err
		}
		if numRoot, err = parseXML(numData); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrNotWord, numName, err)
		}
		for _, c := range numRoot.children {
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
	for _, f := range t.zr.File {
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
		b.b = append(b.b, sectCopy(sect, o, bw.sections > 0, false)...)
	}

	bw.prepare(d)
	out := map[string][]byte{}
	var addParts []part
	var ctAdd []string // Override elements to add

	// Styles the template lacks.
	if stylesRoot != nil && len(added) > 0 {
		sp := &styleParams{primary: primary, light: light, textWidth: sect.geo.textWidth(render.Portrait)}
		var sb buf
		for _, def := range added {
			appendStyle(&sb, def, ids[def.key], ids, sp)
		}
		out[stylesName] = splice(stylesData, []edit{{stylesRoot.close, stylesRoot.close, sb.b}})
	} else if stylesRoot == nil {
		stylesName = uniqueName(t.files, dir+"styles.xml")
		sp := &styleParams{primary: primary, light: light, textWidth: sect.geo.textWidth(render.Portrait)}
		addParts = append(addParts, part{stylesName, newStyles(defaultFont, lang, sp)})
		newRels = append(newRels, rel{newRelID(), relTypeBase + "styles", relTarget(t.main, stylesName), ""})
		ctAdd = append(ctAdd, override(stylesName, ctStyles))
	}

	// Numbering: our abstract lists after the template's, our w:num after
	// its w:num (schema order: abstractNum*, num*, numIdMacAtCleanup?).
	if len(bw.nums) > 0 {
		var abs, nums buf
		appendAbstractNums(&abs, bw.absBullet, bw.absNumber)
		appendNums(&nums, bw.nums)
		if numRoot != nil {
			absAt, numAt := numRoot.close, numRoot.close
			for _, c := range numRoot.children {
				if (c.local == "num" || c.local == "numIdMacAtCleanup") && absAt == numRoot.close {
					absAt = c.start
				}
				if c.local == "numIdMacAtCleanup" {
					numAt = c.start
				}
			}
			out[numName] = splice(numData, []edit{{absAt, absAt, abs.b}, {numAt, numAt, nums.b}})
		} else {
			numName = uniqueName(t.files, dir+"numbering.xml")
			var nb buf
			nb.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
			nb.s(`<w:numbering xmlns:w="` + wNS + `">`)
			nb.b = append(nb.b, abs.b...)
			nb.b = append(nb.b, nums.b...)
			nb.s(`</w:numbering>`)
			addParts = append(addParts, part{numName, nb.b})
			newRels = append(newRels, rel{newRelID(), relTypeBase + "numbering", relTarget(t.main, numName), ""})
			ctAdd = append(ctAdd, override(numName, ctNumbering))
		}
	}

	// Settings: ask Word to update the table of contents on open.
	if setName := partOf["settings"]; bw.tocFields && setName != "" && t.files[setName] != nil {
		sd, err := t.read(setName)
		if err != nil {
			return err
		}
		if upd, err := addUpdateFields(sd); err == nil {
			out[setName] = upd
		}
	}

	// Relationships: hyperlinks and new parts.
	for _, r := range bw.rels {
		newRels = append(newRels, rel{r.id, relTypeBase + "hyperlink", r.target, "External"})
	}
	if len(newRels) > 0 {
		var rb buf
		for _, r := range newRels {
			rb.s(`<Relationship`).attr("Id", r.id).attr("Type", r.typ).attr("Target", r.target)
			if r.mode != "" {
				rb.attr("TargetMode", r.mode)
			}
			rb.s(`/>`)
		}
		relsData = splice(relsData, []edit{{relsRoot.close, relsRoot.close, rb.b}})
		if !relsMissing {
			out[t.mainRels] = relsData
		}
	}
	if relsMissing {
		addParts = append(addParts, part{t.mainRels, relsData})
	}

	// Core properties describe the new document.
	coreName := ""
	for _, r := range t.pkgRels.children {
		if typ, _ := r.attr("Type"); strings.HasSuffix(typ, "/core-properties") {
			target, _ := r.attr("Target")
			coreName = strings.TrimPrefix(path.Clean("/"+target), "/")
		}
	}
	if coreName != "" && t.files[coreName] != nil {
		out[coreName] = coreProps(d)
	} else {
		coreName = uniqueName(t.files, "docProps/core.xml")
		addParts = append(addParts, part{coreName, coreProps(d)})
		ctAdd = append(ctAdd, override(coreName, ctCore))
		pr := t.data["_rels/.rels"]
		var rb buf
		rb.s(`<Relationship Id="rIdPPcore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"`).attr("Target", coreName).s(`/>`)
		out["_rels/.rels"] = splice(pr, []edit{{t.pkgRels.close, t.pkgRels.close, rb.b}})
	}

	// Content types: a template becomes a document; new parts get theirs.
	ctData := t.data["[Content_Types].xml"]
	var ctEdits []edit
	if t.isTmpl {
		for _, c := range t.ct.children {
			if p, _ := c.attr("PartName"); c.local == "Override" && strings.EqualFold(p, "/"+t.main) {
				if i := bytes.Index(ctData[c.start:c.end], []byte(ctTemplate)); i >= 0 {
					ctEdits = append(ctEdits, edit{c.start + i, c.start + i + len(ctTemplate), []byte(ctMain)})
				}
			}
		}
	}
	if len(ctAdd) > 0 {
		ctEdits = append(ctEdits, edit{t.ct.close, t.ct.close, []byte(strings.Join(ctAdd, ""))})
	}
	if len(ctEdits) > 0 {
		out["[Content_Types].xml"] = splice(ctData, ctEdits)
	}

	// Write: parts we changed are compressed anew, the rest copied raw.
	zw := newZip(w)
	for _, f := range t.zr.File {
		if f.Name == t.main {
			if err := t.writeMain(zw, f, doc, docEdits, from, to, bodyEl, sect, bw, d); err != nil {
				return err
			}
			continue
		}
		if b, ok := out[f.Name]; ok {
			fh := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified}
			if f.Modified.IsZero() {
				fh.Modified = zipTime
			}
			fw, err := zw.CreateHeader(fh)
			if err != nil {
				return err
			}
			if _, err := fw.Write(b); err != nil {
				return err
			}
			continue
		}
		if err := copyRaw(zw, f); err != nil {
			return err
		}
	}
	for _, p := range addParts {
		if err := addPart(zw, p.name, p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeMain writes the main part: the template's bytes up to the
// placeholder (with edits before it), our body streamed, then the rest.
func (t *template) writeMain(zw *zip.Writer, f *zip.File, doc []byte, edits []edit, from, to int, bodyEl *node, sect sectInfo, bw *body, d *render.Document) error {
	fh := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified}
	if f.Modified.IsZero() {
		fh.Modified = zipTime
	}
	fw, err := zw.CreateHeader(fh)
	if err != nil {
		return err
	}
	if _, err := fw.Write(splice(doc[:from], edits)); err != nil {
		return err
	}
	bw.out = fw
	bw.b = make([]byte, 0, 64<<10)
	bw.blocks(d.Blocks)
	var tail []edit
	if bw.sections > 0 || bw.orient != sect.orient {
		if bw.orient != sect.orient {
			bw.breakSection()
		}
		// The last piece is governed by the template's own sectPr: no
		// second first-page header there, no restart of page numbers.
		last := sectCopy(sect, sect.orient, false, true)
		if !sect.synthesized {
			tail = append(tail, edit{sect.from - to, sect.to - to, last})
		} else {
			tail = append(tail, edit{bodyEl.close - to, bodyEl.close - to, last})
		}
	}
	bw.flush()
	if bw.err != nil {
		return bw.err
	}
	_, err = fw.Write(splice(doc[to:], tail))
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

func uniqueName(files map[string]*zip.File, name string) string {
	if files[name] == nil {
		return name
	}
	ext := path.Ext(name)
	for i := 2; ; i++ {
		n := strings.TrimSuffix(name, ext) + strconv.Itoa(i) + ext
		if files[n] == nil {
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
		return 0, 0, 0, fmt.Errorf("%w: %s is inside a table or content control; put it in a paragraph of its own", ErrPlaceholder, ph)
	}
	return 0, 0, 0, fmt.Errorf("%w: no %s", ErrPlaceholder, ph)
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
