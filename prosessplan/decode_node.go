package prosessplan

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/internal/yamlfile"
)

// node is a value of a plan file, as the YAML reader gives it.
type node = yamlfile.Node

// The kinds of node.
const (
	scalarNode = yamlfile.Scalar
	listNode   = yamlfile.Sequence
	mapNode    = yamlfile.Mapping
)

// node returns n, or nil for a null value. It counts the nodes looked at:
// aliases can make a small file a huge tree.
func (d *planDecoder) node(n *node) *node {
	if n = yamlfile.Value(n); n == nil {
		return nil
	}
	d.budget--
	if d.budget < 0 {
		if !d.overflow {
			// What was found so far is mostly the copies an alias made
			// (the same activity number again and again): the file is
			// refused for its aliases alone.
			d.probs = nil
			d.add(CodeDecodeSyntax, d.pos(n), Text{
				"filen bruker alias (*) så mye at den blir for stor — skriv verdiene ut",
				"fila brukar alias (*) så mykje at ho blir for stor — skriv verdiane ut",
				"the file uses aliases (*) so much that it grows too large — write the values out"})
			d.overflow = true
		}
		return nil
	}
	return n
}

// Kinds of value, for type errors.
var (
	kindText   = Text{"en tekst", "ein tekst", "a text"}
	kindInt    = Text{"et heltall", "eit heiltal", "a whole number"}
	kindList   = Text{"en liste", "ei liste", "a list"}
	kindObject = Text{"nøkler med verdier", "nøklar med verdiar", "keys with values"}
	kindTexts  = Text{"en tekst eller en liste", "ein tekst eller ei liste", "a text or a list"}
	kindItem   = Text{"en tekst eller nøkler med verdier", "ein tekst eller nøklar med verdiar", "a text or keys with values"}
)

func typeHint(want Text) Text {
	switch want {
	case kindText:
		return Text{"skriv bare én tekst her", "skriv berre éin tekst her", "write a single text here"}
	case kindInt:
		return Text{"skriv et heltall, f.eks. 14", "skriv eit heiltal, t.d. 14", "write a whole number, e.g. 14"}
	case kindList, kindTexts:
		return Text{"skriv hvert element på en egen linje som begynner med «- »",
			"skriv kvart element på ei eiga linje som byrjar med «- »",
			"put each item on its own line starting with \"- \""}
	}
	return Text{"skriv nøklene rykket inn på linjene under, som «navn: …»",
		"skriv nøklane rykte inn på linjene under, som «navn: …»",
		"write the keys indented on the lines below, like \"navn: …\""}
}

func kindOf(n *node) Text {
	switch n.Kind {
	case listNode:
		return kindList
	case mapNode:
		return kindObject
	}
	return kindText
}

// location names a value in messages: the key it stands under, an item of
// it, or (with no key) the plan itself. The text is made only when a
// message needs it.
type location struct {
	key  string
	item bool
}

func keyOf(key string) location  { return location{key: key} }
func itemOf(key string) location { return location{key: key, item: true} }

func (w location) text() Text {
	switch {
	case w.key == "":
		return Text{"planen", "planen", "the plan"}
	case w.item:
		return textf(Text{"et element i «%s»", "eit element i «%s»", `an item of "%s"`}, w.key)
	}
	return Text{"«" + w.key + "»", "«" + w.key + "»", `"` + w.key + `"`}
}

func (d *planDecoder) typeErr(n *node, where location, want Text) {
	d.add(CodeDecodeType, d.pos(n), joinText(
		where.text(),
		textf(Text{" skal være %s, ikke %s — ", " skal vere %s, ikkje %s — ", " must be %s, not %s — "},
			want, kindOf(n)), typeHint(want)))
}

// objectNode is a mapping of the plan file checked against a key table.
type objectNode struct {
	d *planDecoder
	n *node
	// keys is the object's key table and vals[i] the value of keys[i]; a
	// slice, not a map, since the tables are short and objects many.
	keys []string
	vals []*node
	// wrongKind is set when the value is not keys with values at all: that
	// is reported once, not again as each required key missing.
	wrongKind bool
}

// val returns the value node of key, or nil.
func (o objectNode) val(key string) *node {
	if o.vals == nil {
		return nil
	}
	for i, k := range o.keys {
		if k == key {
			return o.vals[i]
		}
	}
	return nil
}

// object checks that n is a mapping whose keys are in table. A missing
// (null) value gives an empty object and ok false without a problem.
func (d *planDecoder) object(n *node, table string, where location) (o objectNode, ok bool) {
	keys := keyTables[table]
	o = objectNode{d: d, n: n, keys: keys}
	n = d.node(n)
	if n == nil {
		return o, false
	}
	o.n = n
	if n.Kind != mapNode {
		d.typeErr(n, where, kindObject)
		o.wrongKind = true
		return o, false
	}
	// The values and the key nodes of known keys, by which duplicates are
	// found, are cut from one slab for many objects; unknown keys, rare,
	// get a map.
	both := d.cut(2 * len(keys))
	o.vals = both[:len(keys)]
	keyNodes := both[len(keys):]
	var unknown map[string]*node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.node(n.Content[i])
		if k == nil || k.Kind != scalarNode {
			if k == nil {
				k = n.Content[i]
			}
			d.add(CodeDecodeType, d.pos(k), Text{
				"en nøkkel skal være et ord, som «navn» — skriv nøkkelen uten parenteser eller «- »",
				"ein nøkkel skal vere eit ord, som «navn» — skriv nøkkelen utan parentesar eller «- »",
				"a key must be a word, like \"navn\" — write the key without brackets or \"- \""})
			continue
		}
		key := k.Value
		idx := slices.Index(keys, key)
		var first *node
		if idx >= 0 {
			first = keyNodes[idx]
		} else {
			first = unknown[key]
		}
		if first != nil {
			d.add(CodeDecodeDuplicateKey, d.pos(k), textf(Text{
				"nøkkelen «%s» står to ganger (først på linje %d) — fjern den ene",
				"nøkkelen «%s» står to gonger (først på linje %d) — fjern den eine",
				"the key \"%s\" appears twice (first on line %d) — remove one of them"}, key, first.Line))
			continue
		}
		if idx < 0 {
			if unknown == nil {
				unknown = map[string]*node{}
			}
			unknown[key] = k
			if !d.flowComma(n, i) {
				d.unknownKey(k, key, table)
			}
			continue
		}
		keyNodes[idx] = k
		o.vals[idx] = n.Content[i+1]
	}
	return o, true
}

// has reports whether key has a non-null value.
func (o objectNode) has(key string) bool { return o.d.node(o.val(key)) != nil }

// keyPos is the position of key's value, or of the object when it has none.
func (o objectNode) keyPos(key string) Pos {
	if n := o.val(key); n != nil {
		return o.d.pos(n)
	}
	return o.d.pos(o.n)
}

// scalar returns the text of a scalar node, or reports a type error.
func (d *planDecoder) scalar(n *node, where location) (string, bool) {
	n = d.node(n)
	if n == nil {
		return "", false
	}
	if n.Kind != scalarNode {
		d.typeErr(n, where, kindText)
		return "", false
	}
	s := n.Value
	if !asciiText(s) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if r, ok := controlChar(s); ok {
			d.add(CodeDecodeInvisible, d.pos(n), controlText(where.text(), r))
		}
	}
	return strings.TrimSpace(s), true
}

// asciiText reports whether s is printable ASCII, tabs and line breaks:
// the text of most values, which needs no closer look.
func asciiText(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0x7F || b < 0x20 && b != '\t' && b != '\n' {
			return false
		}
	}
	return true
}

func (o objectNode) str(key string) string {
	s, _ := o.d.scalar(o.val(key), keyOf(key))
	return s
}

// required returns the text of key, reporting it when it is missing.
func (o objectNode) required(key string, what Text) string {
	s := o.str(key)
	if n := o.d.node(o.val(key)); o.wrongKind || n != nil && n.Kind != scalarNode {
		return "" // reported as a type error
	}
	if s == "" && !o.has(key) {
		o.d.add(CodeDecodeMissing, o.d.pos(o.n), joinText(
			textf(Text{"«%s» mangler — ", "«%s» manglar — ", "\"%s\" is missing — "}, key), what))
	} else if s == "" {
		o.d.add(CodeDecodeMissing, o.keyPos(key), joinText(
			textf(Text{"«%s» er tom — ", "«%s» er tom — ", "\"%s\" is empty — "}, key), what))
	}
	return s
}

// texts returns a text or a list of texts (a paragraph field).
func (o objectNode) texts(key string) []string {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	switch n.Kind {
	case scalarNode:
		s, _ := o.d.scalar(n, keyOf(key))
		return []string{s}
	case listNode:
		var out []string
		for _, item := range o.d.stream.All(n) {
			s, _ := o.d.scalar(item, itemOf(key))
			out = append(out, s)
		}
		return out
	}
	o.d.typeErr(n, keyOf(key), kindTexts)
	return nil
}

// posID is an ID as written, with its position.
type posID struct {
	id  string
	pos Pos
}

// ids returns a text or list of texts with their positions.
func (o objectNode) ids(key string) []posID {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	var items []*node
	switch n.Kind {
	case scalarNode:
		items = []*node{n}
	case listNode:
		items = o.d.stream.All(n)
	default:
		o.d.typeErr(n, keyOf(key), kindTexts)
		return nil
	}
	out := make([]posID, 0, len(items))
	for _, item := range items {
		if s, ok := o.d.scalar(item, itemOf(key)); ok && s != "" {
			out = append(out, posID{s, o.d.pos(item)})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// list returns the items of a list.
func (o objectNode) list(key string) []*node {
	n := o.listNode(key)
	if n == nil {
		return nil
	}
	return o.d.stream.All(n)
}

// each returns the items of a list one at a time: a large file's longest
// list comes while the file is parsed, and only as far as it is read.
func (o objectNode) each(key string) iter.Seq[*node] {
	return o.d.stream.Items(o.listNode(key))
}

// listNode returns the list under key, or nil when it is missing or not
// a list (reported).
func (o objectNode) listNode(key string) *node {
	n := o.d.node(o.val(key))
	if n == nil {
		return nil
	}
	if n.Kind != listNode {
		o.d.typeErr(n, keyOf(key), kindList)
		return nil
	}
	return n
}

func (o objectNode) int(key string) (int, bool) {
	n := o.d.node(o.val(key))
	if n == nil {
		return 0, false
	}
	if n.Kind != scalarNode {
		o.d.typeErr(n, keyOf(key), kindInt)
		return 0, false
	}
	v, err := strconv.Atoi(strings.TrimSpace(n.Value))
	if err != nil || v < 0 || v > maxNoticeDays {
		o.d.add(CodeDecodeType, o.d.pos(n), textf(Text{
			"«%s» skal være et heltall, ikke «%s» — skriv et tall, f.eks. 14",
			"«%s» skal vere eit heiltal, ikkje «%s» — skriv eit tal, t.d. 14",
			"\"%s\" must be a whole number, not \"%s\" — write a number, e.g. 14"}, key, n.Value))
		return 0, false
	}
	return v, true
}

// choice returns the canonical value of an enumerated field, or def when it
// is not given.
func (o objectNode) choice(key string, e enum, def string) string {
	s, ok := o.d.scalar(o.val(key), keyOf(key))
	if !ok || s == "" {
		return def
	}
	if v, ok := e.spell[s]; ok {
		return v
	}
	if v, ok := e.spell[normWord(s)]; ok {
		return v
	}
	pos := o.keyPos(key)
	if sug := Suggest(normWord(s), e.values); sug != "" {
		o.d.add(CodeDecodeEnum, pos, textf(Text{
			"ukjent %s «%s» — mente du «%s»?",
			"ukjend %s «%s» — meinte du «%s»?",
			"unknown %s \"%s\" — did you mean \"%s\"?"}, e.name, s, sug))
		return def
	}
	o.d.add(CodeDecodeEnum, pos, joinText(
		textf(Text{"ukjent %s «%s» — bruk en av: ", "ukjend %s «%s» — bruk ein av: ", "unknown %s \"%s\" — use one of: "}, e.name, s),
		Text{strings.Join(e.values, ", "), strings.Join(e.values, ", "), strings.Join(e.values, ", ")}))
	return def
}

// date reads a date-only field.
func (o objectNode) date(key string) Date {
	s, ok := o.d.scalar(o.val(key), keyOf(key))
	if !ok || s == "" {
		return Date{}
	}
	return o.d.dateAt(s, o.keyPos(key))
}

func (d *planDecoder) dateAt(s string, pos Pos) Date {
	t, perr := parsePlanTime(s, false, false, false)
	if perr != nil {
		d.add(perr.code, pos, perr.text)
		return Date{}
	}
	return t.Date
}

// time reads a start or end field: a date, a date with a time of day, or a
// week (its Monday for a start, its Friday for an end).
func (o objectNode) time(key string, end bool) Time {
	s, ok := o.d.scalar(o.val(key), keyOf(key))
	if !ok || s == "" {
		return Time{}
	}
	t, perr := parsePlanTime(s, end, true, true)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Time{}
	}
	return t
}

// periodDate reads fra/til of a closure: a date or a week.
func (o objectNode) periodDate(key string, end bool) Date {
	s, ok := o.d.scalar(o.val(key), keyOf(key))
	if !ok || s == "" {
		return Date{}
	}
	t, perr := parsePlanTime(s, end, true, false)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Date{}
	}
	return t.Date
}

func (o objectNode) duration(key string, lag bool) Duration {
	s, ok := o.d.scalar(o.val(key), keyOf(key))
	if !ok || s == "" {
		return Duration{}
	}
	dur, perr := parsePlanDuration(s, lag)
	if perr != nil {
		o.d.add(perr.code, o.keyPos(key), perr.text)
		return Duration{}
	}
	return dur
}

// cut returns n nil node pointers from the decoder's slab: objects are many
// and small, and one allocation per object cost a tenth of decoding. The
// slab is a stack: what is cut while an activity is read is given back
// after it (release), so a plan of any size needs a slab or two.
func (d *planDecoder) cut(n int) []*node {
	if len(d.slab)-d.top < n {
		d.slab, d.top = make([]*node, max(n, 4096)), 0
		d.slabs++
	}
	s := d.slab[d.top : d.top+n : d.top+n]
	d.top += n
	// A given-back part still holds the pointers of its last object.
	clear(s)
	return s
}

// slabMark is the state of the slab to go back to with release.
type slabMark struct{ slabs, top int }

func (d *planDecoder) mark() slabMark { return slabMark{d.slabs, d.top} }

// release gives back all that was cut since m; no table cut since then may
// be used after. A slab begun since m is wholly free then, and kept: going
// back to a full one would cost a new slab for every activity.
func (d *planDecoder) release(m slabMark) {
	if d.slabs == m.slabs {
		d.top = m.top
	} else {
		d.top = 0
	}
}

// flowComma explains the unknown key at n.Content[i] when it is the rest of
// the text before it, cut off by a comma: in { } a comma separates keys, so
// «{organisasjon: Komite for plan, næring og miljø}» reads as the key
// «næring og miljø» without a value. It reports whether it did.
func (d *planDecoder) flowComma(n *node, i int) bool {
	if i < 2 || !yamlfile.InFlow(n) {
		return false
	}
	k, v := n.Content[i], n.Content[i+1]
	prevKey, prev := n.Content[i-2], yamlfile.Value(n.Content[i-1])
	if yamlfile.Value(v) != nil || !yamlfile.Plain(k) || prev == nil || prev.Kind != scalarNode || !yamlfile.Plain(prev) {
		return false
	}
	whole := prev.Value + ", " + k.Value
	d.add(CodeDecodeUnknownKey, d.pos(k), textf(Text{
		"«%s» ser ut som resten av teksten i «%s»: et komma inne i { } skiller nøkler — sett teksten i anførselstegn: %s: %s",
		"«%s» ser ut som resten av teksten i «%s»: eit komma inne i { } skil nøklar — set teksten i hermeteikn: %s: %s",
		"\"%s\" looks like the rest of the text of \"%s\": a comma inside { } separates keys — put the text in quotes: %s: %s"},
		k.Value, prevKey.Value, prevKey.Value, `"`+strings.ReplaceAll(whole, `"`, `\"`)+`"`))
	return true
}
