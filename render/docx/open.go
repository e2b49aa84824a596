package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"path"
	"strings"
)

// template is an opened .dotx/.docx: its zip entries and the parts the
// writer reads. Every entry has been inflated once and checked (see
// checkParts) before anything is written; parts the writer reads are kept.
type template struct {
	zr       *zip.Reader
	members  []*zip.File          // the entries in zip order, without directories
	files    map[string]*zip.File // by name
	lower    map[string]bool      // lower-cased names, for new part names
	data     map[string][]byte    // parts read so far
	ct       *node                // [Content_Types].xml tree
	main     string               // main part name, e.g. "word/document.xml"
	mainCT   string
	isTmpl   bool // a .dotx: its main content type becomes the document's
	pkgRels  *node
	mainRels string // name of the main part's .rels
	readSize int64  // uncompressed bytes inflated so far
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// UTF-16LE stream names of an encrypted OOXML package (MS-OFFCRYPTO).
	encInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// openTemplate opens and checks the template: the size before anything is
// read, the zip's entries (names, count, sizes as inflated, not as claimed),
// every XML part (well-formed, no DOCTYPE, bounded depth), every
// relationship (inside the package, to a part that is there) and the
// content types. Nothing of a refused template reaches the output.
func openTemplate(r io.ReaderAt, size int64) (*template, error) {
	if size > MaxTemplateSize {
		return nil, tmplErr(ErrTooLarge, "", "the file is %d bytes (at most %d)", size, MaxTemplateSize)
	}
	if size < 8 {
		return nil, tmplErr(ErrNotWord, "", "the file is only %d bytes", max(size, 0))
	}
	head := make([]byte, 8)
	if _, err := r.ReadAt(head, 0); err != nil {
		return nil, tmplErr(ErrNotWord, "", "cannot read it: %v", err)
	}
	if bytes.Equal(head, oleMagic) {
		// An OLE compound file is either an encrypted OOXML package or an
		// old binary .doc/.dot.
		all := make([]byte, size)
		if _, err := r.ReadAt(all, 0); err != nil && err != io.EOF {
			return nil, tmplErr(ErrNotWord, "", "%v", err)
		}
		if bytes.Contains(all, encInfo) {
			return nil, tmplErr(ErrEncrypted, "", "the file is an OLE package with EncryptionInfo")
		}
		return nil, tmplErr(ErrNotWord, "", "it is an old binary Word file (.doc/.dot); save it as .dotx")
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		// ErrInsecurePath (with GODEBUG=zipinsecurepath=0) comes with a
		// usable reader; the names are checked below either way.
		return nil, tmplErr(ErrNotWord, "", "%v", err)
	}
	if len(zr.File) > MaxTemplateEntries {
		return nil, tmplErr(ErrTooLarge, "", "%d zip entries (at most %d)", len(zr.File), MaxTemplateEntries)
	}
	t := &template{zr: zr, files: map[string]*zip.File{}, lower: map[string]bool{}, data: map[string][]byte{}}
	if err := t.checkEntries(); err != nil {
		return nil, err
	}
	if err := t.checkParts(); err != nil {
		return nil, err
	}
	ctData, err := t.read("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	if t.ct, err = parseXML(ctData); err != nil {
		return nil, tmplErr(ErrNotWord, "[Content_Types].xml", "%v", err)
	}
	if err := t.checkContentTypes(); err != nil {
		return nil, err
	}
	relsData, err := t.read("_rels/.rels")
	if err != nil {
		return nil, err
	}
	if t.pkgRels, err = parseXML(relsData); err != nil {
		return nil, tmplErr(ErrNotWord, "_rels/.rels", "%v", err)
	}
	if err := t.checkRels(); err != nil {
		return nil, err
	}
	for _, r := range t.pkgRels.children {
		if typ, _ := r.attr("Type"); strings.HasSuffix(typ, "/officeDocument") {
			target, _ := r.attr("Target")
			t.main = resolve("", target)
			break
		}
	}
	if t.main == "" || t.files[t.main] == nil {
		return nil, tmplErr(ErrNotWord, "_rels/.rels", "no main document part")
	}
	t.mainCT = t.contentType(t.main)
	switch {
	case strings.Contains(strings.ToLower(t.mainCT), "macroenabled"):
		return nil, tmplErr(ErrMacroEnabled, t.main, "content type %s", t.mainCT)
	case t.mainCT == ctMain:
	case t.mainCT == ctTemplate:
		t.isTmpl = true
	default:
		return nil, tmplErr(ErrNotWord, t.main, "main part has content type %q", t.mainCT)
	}
	t.mainRels = relsName(t.main)
	return t, nil
}

// checkEntries checks the zip's entry names and declared sizes. Directory
// entries (which some zip tools add) are left out of the output.
func (t *template) checkEntries() error {
	var total uint64
	for _, f := range t.zr.File {
		if strings.HasSuffix(f.Name, "/") && f.UncompressedSize64 == 0 {
			continue
		}
		if why := badPartName(f.Name); why != "" {
			return tmplErr(ErrUnsafe, f.Name, "%s", why)
		}
		if f.Method != zip.Store && f.Method != zip.Deflate {
			return tmplErr(ErrNotWord, f.Name, "compression method %d (only stored and deflated)", f.Method)
		}
		u := f.UncompressedSize64
		if u > MaxTemplatePart {
			return tmplErr(ErrTooLarge, f.Name, "%d bytes uncompressed (at most %d)", u, MaxTemplatePart)
		}
		if u > 1<<20 && u/max(f.CompressedSize64, 1) > MaxTemplateRatio {
			return tmplErr(ErrTooLarge, f.Name, "compresses %d:1 (at most %d:1)", u/max(f.CompressedSize64, 1), MaxTemplateRatio)
		}
		if total += u; total > MaxTemplateTotal {
			return tmplErr(ErrTooLarge, "", "more than %d bytes uncompressed", MaxTemplateTotal)
		}
		low := strings.ToLower(f.Name)
		if t.lower[low] {
			return tmplErr(ErrNotWord, f.Name, "the package holds two parts of this name")
		}
		if strings.HasSuffix(low, "vbaproject.bin") {
			return tmplErr(ErrMacroEnabled, f.Name, "a macro project")
		}
		t.lower[low] = true
		t.files[f.Name] = f
		t.members = append(t.members, f)
	}
	return nil
}

// badPartName says what is wrong with a zip entry's name as the name of a
// part of an Office package, or "" when nothing is. Names that would leave
// the folder the package is unpacked in, and names no OPC package may hold,
// are refused rather than passed on to the output.
func badPartName(name string) string {
	switch {
	case name == "":
		return "the part has no name"
	case strings.ContainsRune(name, '\\'):
		return "the part name holds a backslash"
	case strings.HasPrefix(name, "/"):
		return "the part name is absolute"
	case len(name) >= 2 && name[1] == ':':
		return "the part name starts with a drive letter"
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7F || r == 0xFFFD {
			return "the part name holds a control character or broken UTF-8"
		}
	}
	for _, seg := range strings.Split(name, "/") {
		switch {
		case seg == "":
			return "the part name has an empty segment"
		case seg == "." || seg == "..":
			return "the part name leaves its folder (" + seg + ")"
		case strings.HasSuffix(seg, "."):
			return "a segment of the part name ends with a dot"
		}
	}
	return ""
}

// isXMLPart reports whether a part is XML by its name or content type.
func (t *template) isXMLPart(name string) bool {
	low := strings.ToLower(name)
	if strings.HasSuffix(low, ".xml") || strings.HasSuffix(low, ".rels") {
		return true
	}
	if t.ct == nil {
		return false
	}
	ct := strings.ToLower(t.contentType(name))
	return strings.HasSuffix(ct, "+xml") || strings.HasSuffix(ct, "/xml")
}

// checkParts inflates every entry once, counting the bytes it really
// inflates to (the sizes a zip declares can lie, and entries that are
// copied raw would otherwise never be inflated), and checks every XML part.
func (t *template) checkParts() error {
	// [Content_Types].xml first: it says which other parts are XML.
	if f := t.files["[Content_Types].xml"]; f != nil {
		b, err := t.read(f.Name)
		if err != nil {
			return err
		}
		if err := checkXML(f.Name, b); err != nil {
			return err
		}
		if t.ct, err = parseXML(b); err != nil {
			return tmplErr(ErrNotWord, f.Name, "%v", err)
		}
	}
	for _, f := range t.members {
		if f.Name == "[Content_Types].xml" {
			continue
		}
		if t.isXMLPart(f.Name) {
			b, err := t.read(f.Name)
			if err != nil {
				return err
			}
			if err := checkXML(f.Name, b); err != nil {
				return err
			}
			continue
		}
		if err := t.inflate(f); err != nil {
			return err
		}
	}
	return nil
}

// inflate reads a part to its end without keeping it, within the limits.
func (t *template) inflate(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return tmplErr(ErrNotWord, f.Name, "%v", err)
	}
	defer rc.Close()
	n, err := io.Copy(io.Discard, io.LimitReader(rc, MaxTemplatePart+1))
	if err != nil {
		return inflateErr(f, err)
	}
	return t.count(f.Name, n)
}

// inflateErr explains an error inflating f. Reading an entry's data,
// archive/zip returns ErrFormat only when the data goes on beyond the size
// the entry declares: a part that inflates to more than it claims, as a
// zip bomb does.
func inflateErr(f *zip.File, err error) error {
	if errors.Is(err, zip.ErrFormat) {
		return tmplErr(ErrTooLarge, f.Name, "inflates to more than the %d bytes it claims", f.UncompressedSize64)
	}
	return tmplErr(ErrNotWord, f.Name, "%v", err)
}

func (t *template) count(name string, n int64) error {
	if n > MaxTemplatePart {
		return tmplErr(ErrTooLarge, name, "larger than %d bytes uncompressed", MaxTemplatePart)
	}
	if t.readSize += n; t.readSize > MaxTemplateTotal {
		return tmplErr(ErrTooLarge, "", "more than %d bytes uncompressed", MaxTemplateTotal)
	}
	return nil
}

// Limits on the XML of a template part. Real documents nest a few dozen
// levels (tables in tables in content controls); the limits keep a hostile
// part from costing unbounded stack or memory in the offset tree.
const (
	maxXMLDepth    = 256
	maxXMLElements = 1 << 20
)

// checkXML checks that a part is well-formed XML without a document type
// declaration (Office Open XML allows none: a DTD brings entity expansion
// and external entities), nested at most maxXMLDepth deep.
func checkXML(name string, data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var stack []xml.Name
	elements := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return tmplErr(ErrNotWord, name, "not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.Directive:
			return tmplErr(ErrUnsafe, name, "a document type declaration (<!%.20s…); Office Open XML allows none", tok)
		case xml.StartElement:
			stack = append(stack, tok.Name)
			if len(stack) > maxXMLDepth {
				return tmplErr(ErrUnsafe, name, "elements nested more than %d deep", maxXMLDepth)
			}
			if elements++; elements > maxXMLElements {
				return tmplErr(ErrTooLarge, name, "more than %d XML elements", maxXMLElements)
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != tok.Name {
				return tmplErr(ErrNotWord, name, "not well-formed XML: unexpected end tag </%s>", tok.Name.Local)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 || elements == 0 {
		return tmplErr(ErrNotWord, name, "not well-formed XML: no complete root element")
	}
	return nil
}

// checkContentTypes refuses a [Content_Types].xml that names a part or an
// extension twice: the output would too, and Word calls such a file
// corrupt.
func (t *template) checkContentTypes() error {
	seen := map[string]bool{}
	for _, c := range t.ct.children {
		var key string
		switch c.local {
		case "Override":
			p, _ := c.attr("PartName")
			key = "part " + strings.ToLower(p)
		case "Default":
			e, _ := c.attr("Extension")
			key = "extension " + strings.ToLower(e)
		default:
			continue
		}
		if seen[key] {
			return tmplErr(ErrNotWord, "[Content_Types].xml", "two entries for %s", key)
		}
		seen[key] = true
	}
	return nil
}

// checkRels checks every relationship part: each internal target must stay
// inside the package and name a part that is there.
func (t *template) checkRels() error {
	for _, f := range t.members {
		source, ok := relsSource(f.Name)
		if !ok {
			continue
		}
		b, err := t.read(f.Name)
		if err != nil {
			return err
		}
		root, err := parseXML(b)
		if err != nil {
			return tmplErr(ErrNotWord, f.Name, "%v", err)
		}
		for _, r := range relsOf(root) {
			if r.mode == "External" {
				continue
			}
			target, err := url.PathUnescape(r.target)
			if err != nil || strings.ContainsRune(target, '\\') || strings.Contains(target, "://") {
				return tmplErr(ErrUnsafe, f.Name, "relationship %s has the target %q, which is not a part name", r.id, r.target)
			}
			name, inside := resolveStrict(source, target)
			if !inside {
				return tmplErr(ErrUnsafe, f.Name, "relationship %s points outside the package (%q)", r.id, r.target)
			}
			if t.files[name] == nil {
				return tmplErr(ErrNotWord, f.Name, "relationship %s points to %s, which is missing", r.id, name)
			}
		}
	}
	return nil
}

// relsSource returns the part whose relationships the part rels holds
// ("" for the package's own _rels/.rels).
func relsSource(rels string) (string, bool) {
	dir, file := path.Split(rels)
	if !strings.HasSuffix(dir, "_rels/") || !strings.HasSuffix(file, ".rels") {
		return "", false
	}
	return strings.TrimSuffix(dir, "_rels/") + strings.TrimSuffix(file, ".rels"), true
}

// relsName returns the name of the relationships part of part name.
func relsName(name string) string {
	return path.Join(path.Dir(name), "_rels", path.Base(name)+".rels")
}

// resolveStrict returns the part a relationship of part from points to,
// and false when the target climbs above the package root.
func resolveStrict(from, target string) (string, bool) {
	var segs []string
	if !strings.HasPrefix(target, "/") {
		if dir := path.Dir(from); dir != "." && dir != "/" && from != "" {
			segs = strings.Split(dir, "/")
		}
	}
	for _, s := range strings.Split(strings.TrimPrefix(target, "/"), "/") {
		switch s {
		case "", ".":
		case "..":
			if len(segs) == 0 {
				return "", false
			}
			segs = segs[:len(segs)-1]
		default:
			segs = append(segs, s)
		}
	}
	return strings.Join(segs, "/"), true
}

// read returns the uncompressed bytes of part name, checking the real size
// against the limits (a zip's declared sizes can lie).
func (t *template) read(name string) ([]byte, error) {
	if b, ok := t.data[name]; ok {
		return b, nil
	}
	f := t.files[name]
	if f == nil {
		return nil, tmplErr(ErrNotWord, name, "the part is missing")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, tmplErr(ErrNotWord, name, "%v", err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxTemplatePart+1))
	if err != nil {
		return nil, inflateErr(f, err)
	}
	if err := t.count(name, int64(len(b))); err != nil {
		return nil, err
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

// rel is a relationship of a part.
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
