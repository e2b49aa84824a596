package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// splitMin is the smallest file parseSplit divides: below it the
// goroutines cost more than they save.
const splitMin = 64 << 10

// parseSplit parses a large file on several cores. The YAML library reads
// 18 MB a second on one core, and a generated plan of 10,000 activities is
// 4 MB, most of it one list at the top level ("faser"). The file is cut at
// that list's item lines into pieces that are parsed at the same time, each
// as a document of its own, and their trees are joined.
//
// ok is false, and the caller parses the whole file, whenever the pieces
// might mean anything else than the whole: anchors, aliases, directives,
// document markers or line breaks other than "\n" and "\r\n" in the file,
// and any piece that does not parse, or whose tree is not exactly the
// items expected where they were expected. A construct spanning a cut
// line (a quoted text or a bracketed list running on) leaves the piece
// before it open, which does not parse; a block text or a plain text ends
// at a line as far left as an item's dash. Each piece keeps its lines'
// numbers, and the depth its items have in the whole file, so positions
// and the library's depth limit are the same as for the whole. Comments
// are not kept where the whole file's parse would put them; nothing reads
// them.
func parseSplit(data []byte, minSize, workers int) (t Tree, ok bool) {
	if len(data) < minSize || workers < 2 || !splittable(data) {
		return Tree{}, false
	}
	l, found := longestList(data)
	if !found || len(l.items) < 2 {
		return Tree{}, false
	}
	// Cut the items into groups of about the same number of bytes.
	workers = min(workers, len(l.items), 8)
	size := l.end - l.items[0].off
	cuts := []int{0} // indexes into l.items where a group starts
	for i, it := range l.items {
		if i > 0 && it.off-l.items[0].off >= len(cuts)*size/workers {
			cuts = append(cuts, i)
			if len(cuts) == workers {
				break
			}
		}
	}
	if len(cuts) < 2 {
		return Tree{}, false
	}
	type result struct {
		tree Tree
		err  error
	}
	results := make([]result, len(cuts)+1) // the groups, then the rest
	var wg sync.WaitGroup
	parse := func(i int, prefix string, text []byte) {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results[i].err = fmt.Errorf("%v", r)
			}
		}()
		results[i].tree, results[i].err = parseReader(io.MultiReader(strings.NewReader(prefix), bytes.NewReader(text)))
	}
	for g, c := range cuts {
		end := l.end
		if g+1 < len(cuts) {
			end = l.items[cuts[g+1]].off
		}
		wg.Add(1)
		if g == 0 {
			go parse(g, "", data[:end])
			continue
		}
		// The items become the list of a key "x" on the line before them,
		// as deep as they are in the whole file.
		line := l.items[c].line
		go parse(g, strings.Repeat("\n", line-2)+"x:\n", data[l.items[c].off:end])
	}
	if l.end < len(data) {
		wg.Add(1)
		go parse(len(cuts), strings.Repeat("\n", l.endLine-1), data[l.end:])
	}
	wg.Wait()
	for _, r := range results {
		if r.err != nil || r.tree.Extra != nil {
			return Tree{}, false
		}
	}

	// The first piece is the file's mapping up to the first group's end,
	// with the list as its last value.
	root := results[0].tree.Root
	if root == nil || root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 || root.Column != 1 || len(root.Content) < 2 {
		return Tree{}, false
	}
	key, list := root.Content[len(root.Content)-2], root.Content[len(root.Content)-1]
	if !blockAt(key, yaml.ScalarNode, l.keyLine, 1) || !l.holds(list, l.items[:cuts[1]]) {
		return Tree{}, false
	}
	for g := 1; g < len(cuts); g++ {
		r := results[g].tree.Root
		end := len(l.items)
		if g+1 < len(cuts) {
			end = cuts[g+1]
		}
		items := l.items[cuts[g]:end]
		if !blockAt(r, yaml.MappingNode, items[0].line-1, 1) || len(r.Content) != 2 ||
			r.Content[0].Value != "x" || !l.holds(r.Content[1], items) {
			return Tree{}, false
		}
		list.Content = append(list.Content, r.Content[1].Content...)
	}
	if l.end < len(data) {
		rest := results[len(cuts)].tree.Root
		if !blockAt(rest, yaml.MappingNode, l.endLine, 1) {
			return Tree{}, false
		}
		root.Content = append(root.Content, rest.Content...)
	}
	return Tree{Root: root}, true
}

// parseReader parses one document from r; more than one gives Extra.
func parseReader(r io.Reader) (t Tree, err error) {
	dec := yaml.NewDecoder(r)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return Tree{}, nil
		}
		return Tree{}, syntaxError(err)
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		t.Root = doc.Content[0]
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		t.Extra = &extra
	} else if !errors.Is(err, io.EOF) {
		return Tree{}, syntaxError(err)
	}
	return t, nil
}

// splittable reports whether data has none of what makes a piece of a
// file mean something else alone: anchors and aliases (which name a node
// in another piece), directives and document markers, NUL (a file in
// UTF-16 or 32, whose pieces have no byte order mark), and line breaks
// that the YAML library counts but a count of "\n" does not.
func splittable(data []byte) bool {
	for i, c := range data {
		switch c {
		case '&', '*':
			if i+1 < len(data) {
				switch data[i+1] {
				case ' ', '\n', '\r', '\t':
				default:
					return false
				}
			}
		case '\r':
			if i+1 >= len(data) || data[i+1] != '\n' {
				return false
			}
		case 0:
			return false
		case '%', '-', '.':
			// A "---" that starts the file stays with the first piece.
			if i == 0 && c != '%' {
				break
			}
			if i == 0 || data[i-1] == '\n' {
				if c == '%' || bytes.HasPrefix(data[i:], []byte{c, c, c}) {
					return false
				}
			}
		case 0xC2: // NEL
			if i+1 < len(data) && data[i+1] == 0x85 {
				return false
			}
		case 0xE2: // LINE SEPARATOR, PARAGRAPH SEPARATOR
			if i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9) {
				return false
			}
		}
	}
	return true
}

// blockList is a list written in block style as the value of a key at
// the left margin.
type blockList struct {
	keyLine int        // the key's line (from 1)
	indent  int        // the dashes' column (from 0)
	items   []itemLine // each "- " line at indent
	end     int        // the offset of the first line after the list
	endLine int        // its line, one past the last for the end of the file
}

// itemLine is the line of an item of a blockList.
type itemLine struct{ off, line int }

// holds reports whether n is the list l, in block style, and its items
// start exactly on the lines of items, right after their dashes.
func (l *blockList) holds(n *yaml.Node, items []itemLine) bool {
	if !blockAt(n, yaml.SequenceNode, items[0].line, l.indent+1) || len(n.Content) != len(items) {
		return false
	}
	for i, it := range n.Content {
		if it.Line != items[i].line || it.Column != l.indent+3 {
			return false
		}
	}
	return true
}

// blockAt reports whether n is of kind k, not in brackets, at line and
// column.
func blockAt(n *yaml.Node, k yaml.Kind, line, col int) bool {
	return n != nil && n.Kind == k && n.Style&yaml.FlowStyle == 0 && n.Line == line && n.Column == col
}

// longestList finds the block list at the top level of data that has the
// most bytes: a line "key:" at the left margin, then lines "- item" at
// one indent, with lines further right, blank lines and comments between
// them. It only finds where to cut; parseSplit checks that the YAML
// library reads the same.
func longestList(data []byte) (best blockList, found bool) {
	var cur *blockList
	keyLine := 0 // the line of a "key:" with nothing after it, or 0
	finish := func(off, line int) {
		if cur == nil {
			return
		}
		cur.end, cur.endLine = off, line
		if !found || cur.end-cur.items[0].off > best.end-best.items[0].off {
			best, found = *cur, true
		}
		cur = nil
	}
	line := 0
	for off := 0; off < len(data); {
		line++
		next := len(data)
		if i := bytes.IndexByte(data[off:], '\n'); i >= 0 {
			next = off + i + 1
		}
		text := bytes.TrimRight(data[off:next], "\r\n")
		indent := 0
		for indent < len(text) && text[indent] == ' ' {
			indent++
		}
		rest := text[indent:]
		switch {
		case len(rest) == 0 || rest[0] == '#':
			// Blank lines and comments belong to no one.
		case cur != nil && indent > cur.indent:
		case len(rest) >= 2 && rest[0] == '-' && rest[1] == ' ' && (cur != nil && indent == cur.indent || cur == nil && keyLine > 0):
			if len(rest) < 3 || rest[2] == ' ' || rest[2] == '#' || rest[2] == '\t' {
				// An item that starts on a later line, or after more
				// spaces: not cut here, and its list not at all.
				cur, keyLine = nil, 0
				break
			}
			if cur == nil {
				cur = &blockList{keyLine: keyLine, indent: indent}
				keyLine = 0
			}
			cur.items = append(cur.items, itemLine{off, line})
		default:
			finish(off, line)
			keyLine = 0
			if indent == 0 && len(rest) > 1 && rest[len(rest)-1] == ':' && rest[0] != '-' && rest[0] != '?' {
				keyLine = line
			}
		}
		off = next
	}
	finish(len(data), line+1)
	return best, found
}
