package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

const (
	// splitMin is the smallest file cut into pieces: below it the
	// goroutines cost more than they save.
	splitMin = 64 << 10
	// pieceSize is about the size of a piece of the long list. Only a few
	// pieces' trees are held at a time, so the tree of a large file is
	// never whole in memory when it is read through a Stream.
	pieceSize = 256 << 10
)

// Stream hands over the items of a file's longest list at the top level
// ("faser" in a plan) while they are parsed, a few pieces of the file at a
// time on every core, so that a reader that is done with an item lets go
// of it. The YAML library reads 18 MB a second on one core, and builds a
// tree ten times the size of the file: a generated plan of 10,000
// activities is 4 MB of text and 40 MB of tree.
//
// The file is cut at the list's item lines, and each piece is parsed as a
// document of its own, between what the whole file has around it: a key
// at the left margin before it, and the next item's dash after it (the
// rest after the list, after a key). The pieces keep their lines' numbers
// and the depth their items have in the whole file, so positions and the
// library's depth limit are as for the whole. A piece is taken only when
// it surely means what it means in the whole: it has no anchors, aliases,
// directives, document markers, or line breaks other than "\n" and
// "\r\n" (see splittable). A construct that spans a cut line (a quoted
// text or a bracketed list running on) leaves the piece before it open,
// and it does not parse; a block text or a plain text ends at a line as
// far left as an item's dash. A head or rest that fails leaves the file
// uncut. A piece that fails, or whose tree is not exactly the items
// expected where they were expected, makes Complete report false: the
// reader should then read the file again with ParseWhole. Comments are
// not kept where the whole file's parse would put them; nothing reads
// them.
//
// A Stream is for one goroutine; Close it when done.
type Stream struct {
	list   *Node // the list in the tree that the stream continues
	pieces []*piece
	next   int  // the first piece not handed over
	failed bool // a piece was not what the whole file reads
	tokens chan struct{}
	stop   chan struct{}
	once   sync.Once
}

// piece is a run of the long list's items, parsed by a worker.
type piece struct {
	items []itemLine
	end   int   // the offset after the last item
	next  int   // the line of the item after the last, 0 for none
	list  *Node // the items parsed, nil if they are not what was expected
	done  chan struct{}
}

// ParseStream parses data as Parse does, but for the items of the file's
// longest list at the top level after the first few, which s hands over
// (see Stream). s is nil when the file is not cut; the tree is then the
// whole file's.
func ParseStream(data []byte) (t Tree, s *Stream, err error) {
	defer func() {
		if r := recover(); r != nil {
			if s != nil {
				s.Close()
			}
			t, s, err = Tree{}, nil, &SyntaxError{Msg: fmt.Sprint(r)}
		}
	}()
	if t, s, ok := parseCut(data, splitMin, runtime.GOMAXPROCS(0), pieceSize); ok {
		return t, s, nil
	}
	t, err = ParseWhole(data)
	return t, nil, err
}

// ParseWhole parses data on one core without cutting it: what Parse and
// ParseStream give, and the reference they are tested against.
func ParseWhole(data []byte) (t Tree, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = Tree{}, &SyntaxError{Msg: fmt.Sprint(r)}
		}
	}()
	return parseReader(bytes.NewReader(data))
}

// parseCut cuts data into a head (the file up to the list's second item),
// the rest after the list, and pieces of the list of about size bytes, at
// least one per worker, and parses them on workers goroutines. ok is false
// when data is not cut, or its head or rest is not what the whole file
// reads.
func parseCut(data []byte, minSize, workers, size int) (t Tree, s *Stream, ok bool) {
	if len(data) < minSize || workers < 2 {
		return Tree{}, nil, false
	}
	l, found := longestList(data)
	if !found || len(l.items) < 3 {
		return Tree{}, nil, false
	}
	rest := l.items[1:]
	n := max(workers, (l.end-rest[0].off)/max(size, 1))
	n = min(n, len(rest))
	s = &Stream{tokens: make(chan struct{}, workers+1), stop: make(chan struct{})}
	span := l.end - rest[0].off
	for i, it := range rest {
		if i == 0 || it.off-rest[0].off >= len(s.pieces)*span/n {
			s.pieces = append(s.pieces, &piece{items: rest[i:i], done: make(chan struct{})})
		}
		p := s.pieces[len(s.pieces)-1]
		p.items = p.items[:len(p.items)+1]
	}
	for i, p := range s.pieces {
		p.end = l.end
		if i+1 < len(s.pieces) {
			p.end, p.next = s.pieces[i+1].items[0].off, s.pieces[i+1].items[0].line
		}
	}
	// The workers take the pieces in order from the start, while the head
	// and the rest after the list are parsed beside them.
	jobs := make(chan *piece, len(s.pieces))
	for _, p := range s.pieces {
		jobs <- p
	}
	close(jobs)
	for range workers {
		go s.work(data, &l, jobs)
	}
	var head, list *Node
	var tail []*Node
	headOK, tailOK := false, true
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { recover() }()
		if splittable(data, 0, rest[0].off) {
			head, list, headOK = parseHead(data[:rest[0].off], &l)
		}
	}()
	if l.end < len(data) {
		tailOK = splittable(data, l.end, len(data))
		if tailOK {
			tail, tailOK = parseTail(data[l.end:], &l)
		}
	}
	wg.Wait()
	if !headOK || !tailOK {
		s.Close()
		return Tree{}, nil, false
	}
	head.Content = append(head.Content, tail...)
	s.list = list
	return Tree{Root: head}, s, true
}

// work parses pieces from jobs, holding a token for each until the
// reader has taken its items, so that only a few trees are held at once.
func (s *Stream) work(data []byte, l *blockList, jobs <-chan *piece) {
	for {
		// The token is taken before the piece, so that pieces are taken
		// in order with a token each: the piece the reader waits for is
		// never the one left without.
		select {
		case s.tokens <- struct{}{}:
		case <-s.stop:
			return
		}
		p, ok := <-jobs
		if !ok {
			<-s.tokens
			return
		}
		func() {
			defer close(p.done)
			defer func() { recover() }()
			if splittable(data, p.items[0].off, p.end) {
				p.list = parseItems(data[p.items[0].off:p.end], l, p.items, p.next)
			}
		}()
	}
}

// Close lets the workers stop; the items not yet handed over are lost.
func (s *Stream) Close() {
	if s != nil {
		s.once.Do(func() { close(s.stop) })
	}
}

// Items returns the items of list n (none for nil): its Content and, when
// n is the list s continues, the items still to come, each only once. A failed piece
// ends the items; Complete then reports false.
func (s *Stream) Items(n *Node) iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		if n == nil {
			return
		}
		for _, it := range n.Content {
			if !yield(it) {
				return
			}
		}
		if s == nil || n != s.list {
			return
		}
		for s.next < len(s.pieces) && !s.failed {
			p := s.pieces[s.next]
			<-p.done
			s.next++
			items := p.list
			p.list = nil
			<-s.tokens
			if items == nil {
				s.failed = true
				s.Close()
				return
			}
			for _, it := range items.Content {
				if !yield(it) {
					return
				}
			}
		}
	}
}

// All returns the items of list n, all of them, as Items gives them; the
// items of the list s continues are then kept in n.Content.
func (s *Stream) All(n *Node) []*Node {
	if s == nil || n != s.list || s.next == len(s.pieces) {
		return n.Content
	}
	var all []*Node
	for it := range s.Items(n) {
		all = append(all, it)
	}
	n.Content = all
	return all
}

// Complete reads the pieces not handed over, and reports whether every
// piece was what the whole file reads. When it is false the tree and the
// items handed over must not be used.
func (s *Stream) Complete() bool {
	if s == nil {
		return true
	}
	for range s.Items(s.list) {
	}
	s.Close()
	return !s.failed
}

// Parse parses data, which may hold JSON (a subset of YAML). An invalid
// file gives a *SyntaxError. A panic in the YAML library becomes a
// *SyntaxError too, so that no input crashes the caller. A large file is
// parsed in pieces on several cores (see Stream); the tree is the same as
// ParseWhole's, but for where comments attach, which no caller reads.
func Parse(data []byte) (Tree, error) {
	t, s, err := ParseStream(data)
	if s == nil {
		return t, err
	}
	s.All(s.list)
	if !s.Complete() {
		return ParseWhole(data)
	}
	return t, nil
}

// parseHead parses the file up to the long list's second item: the
// file's mapping, with the list and its first item as its last value.
func parseHead(text []byte, l *blockList) (root, list *Node, ok bool) {
	t, err := parseReader(io.MultiReader(bytes.NewReader(text), l.dash()))
	root = t.Root
	if err != nil || t.Extra != nil || root == nil || root.Kind != yaml.MappingNode ||
		root.Style&yaml.FlowStyle != 0 || root.Column != 1 || len(root.Content) < 2 {
		return nil, nil, false
	}
	key, list := root.Content[len(root.Content)-2], root.Content[len(root.Content)-1]
	if !blockAt(key, yaml.ScalarNode, l.keyLine, 1) || !l.dropDash(list, l.items[1].line) || !l.holds(list, l.items[:1]) {
		return nil, nil, false
	}
	return root, list, true
}

// parseTail parses what follows the long list: more keys of the file's
// mapping, returned as the Content they add to it. The text is parsed
// after a key "x" of its own, so that its first line is read as a line of
// the file's mapping is: alone, a first line "!tag" would be the tag of a
// mapping on the next line, where in the file it is a key without ':'.
func parseTail(text []byte, l *blockList) ([]*Node, bool) {
	t, err := parseReader(io.MultiReader(strings.NewReader("x: 0\n"), bytes.NewReader(text)))
	r := t.Root
	if err != nil || t.Extra != nil || !blockAt(r, yaml.MappingNode, 1, 1) || len(r.Content) < 4 || r.Content[0].Value != "x" {
		return nil, false
	}
	rest := r.Content[2:]
	for _, n := range rest {
		shift(n, l.endLine-2)
	}
	if !blockAt(rest[0], yaml.ScalarNode, l.endLine, 1) {
		return nil, false
	}
	return rest, true
}

// parseItems parses text, the lines of items, as the list of a key "x" at
// the left margin, as deep as they are in the whole file, and returns the
// list, or nil when it is not exactly items.
func parseItems(text []byte, l *blockList, items []itemLine, next int) *Node {
	end := io.Reader(strings.NewReader(""))
	if next > 0 {
		end = l.dash()
	}
	t, err := parseReader(io.MultiReader(strings.NewReader("x:\n"), bytes.NewReader(text), end))
	r := t.Root
	if err != nil || t.Extra != nil || !blockAt(r, yaml.MappingNode, 1, 1) || len(r.Content) != 2 || r.Content[0].Value != "x" {
		return nil
	}
	list := r.Content[1]
	shift(list, items[0].line-2)
	if next > 0 && !l.dropDash(list, next) || !l.holds(list, items) {
		return nil
	}
	return list
}

// dash is the start of the item that follows a piece in the whole file, as
// a line "- x" at the list's indent. A piece is parsed with it after its
// text, so that what ends at the next token ends where it does in the
// whole file: the empty value of "? key" at the end of an item is placed
// at the next item's dash, not at the start of its line.
func (l *blockList) dash() io.Reader {
	return strings.NewReader(strings.Repeat(" ", l.indent) + "- x\n")
}

// dropDash takes the item of dash off the end of list, and reports
// whether it was there, on line.
func (l *blockList) dropDash(list *Node, line int) bool {
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		return false
	}
	n := list.Content[len(list.Content)-1]
	if n.Kind != yaml.ScalarNode || n.Value != "x" || n.Line != line || n.Column != l.indent+3 {
		return false
	}
	list.Content = list.Content[:len(list.Content)-1]
	return true
}

// shift moves n and all below it down by lines.
func shift(n *Node, lines int) {
	n.Line += lines
	for _, c := range n.Content {
		shift(c, lines)
	}
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

// splittable reports whether data[from:to] has none of what makes a piece
// of a file mean something else alone: anchors and aliases (which name a
// node in another piece), directives and document markers, NUL (a file in
// UTF-16 or 32, whose pieces have no byte order mark), and line breaks
// that the YAML library counts but a count of "\n" does not. Each piece is
// looked at by the worker that parses it, so that the whole file is not
// read once more on one core before the pieces can start.
func splittable(data []byte, from, to int) bool {
	for i := from; i < to; i++ {
		c := data[i]
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
			// A "---" that starts the file stays with the head.
			if i == 0 && c != '%' {
				break
			}
			if i == 0 || data[i-1] == '\n' {
				if c == '%' || bytes.HasPrefix(data[i:], []byte{c, c, c}) {
					return false
				}
			}
		case 0xC2: // NEXT LINE
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
// them. It only finds where to cut; the pieces' trees are checked against
// what it found.
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
			// A line of the current item.
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
