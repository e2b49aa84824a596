package docx

import (
	"strings"

	"github.com/prosessplan/go-prosessplan/render"
)

// Municipal saksframlegg templates carry their own slots for the header
// fields (saksbehandler, arkivsak, …): content controls tagged or titled
// with the field's name, bookmarks of that name, or the empty cell beside
// a label cell «Saksbehandler:» in a header table. The writer fills them
// from Document.Fields by splicing bytes, and leaves the fields it has
// placed out of the KeyValue block marked Header; a template without such
// slots gets that block as it is.

// slotNames maps the names slots are known by (folded: lower case, æøå as
// ae o a, letters and digits only) to field keys.
var slotNames = map[string]string{
	"saksbehandler": render.FieldSaksbehandler, "saksbehandlar": render.FieldSaksbehandler,
	"sakshandsamar": render.FieldSaksbehandler,
	"arkivsak":      render.FieldArkivsak, "arkivsaksnr": render.FieldArkivsak, "arkivsaksnummer": render.FieldArkivsak,
	"arkivsakid": render.FieldArkivsak, "arkivref": render.FieldArkivsak, "saksnr": render.FieldArkivsak,
	"arkivkode": render.FieldArkivkode, "arkiv": render.FieldArkivkode, "ark": render.FieldArkivkode,
	"klassering": render.FieldArkivkode,
	"lopenr":     render.FieldLopenr, "lopenummer": render.FieldLopenr, "lnr": render.FieldLopenr,
	"journalpost": render.FieldLopenr, "journalpostid": render.FieldLopenr, "journalpostnr": render.FieldLopenr,
	"dato": render.FieldDato, "tittel": render.FieldTittel, "sakstittel": render.FieldTittel,
}

// foldName folds a slot name or label for matching: «Løpenr.:» → "lopenr".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ø' || r == 'ö':
			b.WriteByte('o')
		case r == 'å' || r == 'ä':
			b.WriteByte('a')
		}
	}
	return b.String()
}

// slotFiller finds and fills the slots of one part.
type slotFiller struct {
	fields map[string]render.Field // by key
	byName map[string]string       // folded name or label → key
	data   []byte
	edits  []edit
	found  map[string]bool // keys with a slot
}

func newSlotFiller(fields []render.Field) *slotFiller {
	f := &slotFiller{fields: map[string]render.Field{}, byName: map[string]string{}, found: map[string]bool{}}
	for name, key := range slotNames {
		f.byName[name] = key
	}
	for _, fd := range fields {
		if _, dup := f.fields[fd.Key]; dup {
			continue
		}
		f.fields[fd.Key] = fd
		f.byName[foldName(fd.Key)] = fd.Key
		if fd.Label != "" {
			f.byName[foldName(fd.Label)] = fd.Key
		}
	}
	return f
}

// key returns the field a slot name stands for, if the document has it.
func (f *slotFiller) key(name string) (string, bool) {
	k, ok := f.byName[foldName(name)]
	if !ok {
		return "", false
	}
	_, has := f.fields[k]
	return k, has
}

// claim records an edit unless it overlaps one already made.
func (f *slotFiller) claim(e edit) bool {
	for _, o := range f.edits {
		if e.from < o.to && o.from < e.to || e.from == o.from && e.to == o.to {
			return false
		}
	}
	f.edits = append(f.edits, e)
	return true
}

// fill finds the slots in the part whose tree is root.
func (f *slotFiller) fill(data []byte, root *node) {
	f.data = data
	root.walk(func(n *node) bool {
		switch n.local {
		case "sdt":
			return !f.control(n)
		case "bookmarkStart":
			f.bookmark(n)
		case "tc":
			f.labelCell(n)
		}
		return true
	})
}

// control fills a content control tagged or titled with a field's name.
// It reports whether it took the control.
func (f *slotFiller) control(n *node) bool {
	pr, content := n.child("sdtPr"), n.child("sdtContent")
	if pr == nil || content == nil || content.selfClosing {
		return false
	}
	var key string
	var ok bool
	for _, name := range []string{"tag", "alias"} {
		if c := pr.child(name); c != nil {
			v, _ := c.attr("val")
			if key, ok = f.key(v); ok {
				break
			}
		}
	}
	if !ok {
		return false
	}
	value := f.fields[key].Value
	if value == "" {
		// Left as the template has it: the case officer fills it in.
		f.found[key] = true
		return true
	}
	p := prefixOf(n)
	var repl []byte
	switch {
	case content.child("p") != nil:
		para := content.child("p")
		repl = append(repl, "<"+p+"p>"...)
		if ppr := para.child("pPr"); ppr != nil {
			repl = append(repl, f.data[ppr.start:ppr.end]...)
		}
		// A control holding «Saksbehandler: Kari Nordmann» keeps its
		// label run and gets our value after it.
		model := firstRun(para)
		if model != nil {
			label := strings.TrimSpace(model.textOf())
			if k, ok := f.key(label); ok && k == key && strings.HasSuffix(label, ":") {
				repl = append(repl, f.data[model.start:model.end]...)
				if next := nextRun(para, model); next != nil {
					model = next
				}
			}
		}
		repl = append(repl, f.run(p, model, value)...)
		repl = append(repl, "</"+p+"p>"...)
	case content.child("r") != nil:
		repl = f.run(p, content.child("r"), value)
	default:
		return false // a cell- or row-level control: not a place for text
	}
	if !f.claim(edit{content.open, content.close, repl}) {
		return false
	}
	// The value is no longer the control's placeholder text.
	if ph := pr.child("showingPlcHdr"); ph != nil {
		f.claim(edit{ph.start, ph.end, nil})
	}
	f.found[key] = true
	return true
}

// bookmark puts a field's value at a bookmark of the field's name inside
// a paragraph, in place of what the bookmark encloses there.
func (f *slotFiller) bookmark(n *node) {
	name, _ := n.attr("name")
	key, ok := f.key(name)
	if !ok || n.parent == nil || n.parent.local != "p" {
		return
	}
	value := f.fields[key].Value
	if value == "" {
		f.found[key] = true
		return
	}
	id, _ := n.attr("id")
	from, to := n.end, n.end
	var model *node
	sibs := n.parent.children
	for i, s := range sibs {
		if s != n {
			continue
		}
		for _, e := range sibs[i+1:] {
			if v, _ := e.attr("id"); e.local == "bookmarkEnd" && v == id {
				to = e.start
				break
			}
			if e.local == "r" && model == nil {
				model = e
			}
		}
	}
	if to == n.end {
		model = nil // no end in this paragraph: insert, replace nothing
	}
	if f.claim(edit{from, to, f.run(prefixOf(n), model, value)}) {
		f.found[key] = true
	}
}

// labelCell fills the empty cell after a label cell («Saksbehandler:»).
func (f *slotFiller) labelCell(n *node) {
	if n.parent == nil || n.parent.local != "tr" {
		return
	}
	text := strings.TrimSpace(n.textOf())
	if text == "" || len(text) > 40 {
		return
	}
	key, ok := f.key(text)
	if !ok {
		return
	}
	var next *node
	sibs := n.parent.children
	for i, s := range sibs {
		if s == n {
			for _, c := range sibs[i+1:] {
				if c.local == "tc" {
					next = c
					break
				}
			}
		}
	}
	if next == nil || strings.TrimSpace(next.textOf()) != "" || hasDescendant(next, "sdt") {
		return
	}
	para := next.child("p")
	if para == nil {
		return
	}
	value := f.fields[key].Value
	if value == "" {
		f.found[key] = true
		return
	}
	p := prefixOf(n)
	run := f.run(p, nil, value)
	var e edit
	switch {
	case para.selfClosing:
		e = edit{para.start, para.end, append(append([]byte("<"+p+"p>"), run...), "</"+p+"p>"...)}
	case para.child("pPr") != nil:
		at := para.child("pPr").end
		e = edit{at, at, run}
	default:
		e = edit{para.open, para.open, run}
	}
	if f.claim(e) {
		f.found[key] = true
	}
}

// run returns a run of text with the properties of model (minus a
// placeholder character style), or none.
func (f *slotFiller) run(p string, model *node, text string) []byte {
	var b buf
	b.s("<" + p + "r>")
	if model != nil {
		if rpr := model.child("rPr"); rpr != nil {
			raw := f.data[rpr.start:rpr.end]
			if st := rpr.child("rStyle"); st != nil {
				if v, _ := st.attr("val"); isPlaceholderStyle(v) {
					raw = splice(raw, []edit{{st.start - rpr.start, st.end - rpr.start, nil}})
				}
			}
			b.b = append(b.b, raw...)
		}
	}
	b.s("<" + p + `t xml:space="preserve">`).esc(text).s("</" + p + "t></" + p + "r>")
	return b.b
}

func isPlaceholderStyle(id string) bool {
	id = foldName(id)
	return strings.Contains(id, "placeholder") || strings.Contains(id, "plassholder") || strings.Contains(id, "plasshaldar")
}

func firstRun(n *node) *node {
	var r *node
	n.walk(func(c *node) bool {
		if r == nil && c.local == "r" {
			r = c
		}
		return r == nil
	})
	return r
}

// nextRun returns the run after r among p's children, or nil.
func nextRun(p, r *node) *node {
	seen := false
	for _, c := range p.children {
		if seen && c.local == "r" {
			return c
		}
		seen = seen || c == r
	}
	return nil
}

func hasDescendant(n *node, local string) bool {
	found := false
	for _, c := range n.children {
		c.walk(func(d *node) bool {
			found = found || d.local == local
			return !found
		})
	}
	return found
}

// prefixOf returns the element's namespace prefix as written before a
// local name ("w:" or "").
func prefixOf(n *node) string {
	if n.prefix == "" {
		return ""
	}
	return n.prefix + ":"
}

// fillSlots fills the template's own slots for the document's header
// fields: in the main part and in the headers and footers it refers to.
// The fields placed are left out of the document's Header block.
func (j *job) fillSlots() error {
	if len(j.d.Fields) == 0 {
		return nil
	}
	f := newSlotFiller(j.d.Fields)
	// The main part: the edits go round the placeholder.
	f.fill(j.doc, j.root)
	for _, e := range f.edits {
		if e.to <= j.from || e.from >= j.to {
			j.docEdits = append(j.docEdits, e)
		}
	}
	for _, r := range relsOf(j.relsRoot) {
		if r.mode == "External" || !(strings.HasSuffix(r.typ, "/header") || strings.HasSuffix(r.typ, "/footer")) {
			continue
		}
		name := resolve(j.t.main, r.target)
		if _, done := j.out[name]; done || j.t.files[name] == nil {
			continue
		}
		data, err := j.t.read(name)
		if err != nil {
			return err
		}
		root, err := parseXML(data)
		if err != nil {
			return tmplErr(ErrNotWord, name, "%v", err)
		}
		f.edits = nil
		f.fill(data, root)
		if len(f.edits) > 0 {
			j.out[name] = splice(data, f.edits)
		}
	}
	if len(f.found) == 0 {
		return nil
	}
	j.bw.slotted = map[string]bool{}
	for key := range f.found {
		fd := f.fields[key]
		j.bw.slotted[foldName(fd.Label)] = true
		j.bw.slotted[foldName(fd.Key)] = true
	}
	return nil
}
