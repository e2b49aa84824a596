// Package yamlfile is the module's one door to the YAML library
// (go.yaml.in/yaml/v3): it parses a file into a small tree of values with
// line and column, and quotes a text as that library writes it. Plan files
// (package prosessplan) and profile files (package render) are both read
// through it, so the YAML library is imported by this package alone.
package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Kind is the kind of a Node.
type Kind uint8

// The kinds of value in a YAML file.
const (
	Scalar Kind = iota
	Sequence
	Mapping
)

// Node is one value of a YAML file: a text (Scalar), a list (Sequence) or
// keys with values (Mapping, whose Content alternates key and value). A
// value reached through an alias (*name) is the anchored node itself, so
// the tree may share subtrees; walkers of untrusted files must bound their
// work (see [Tree.Nodes]).
type Node struct {
	Kind Kind
	// Null is set on a scalar that is null: ~, null or nothing.
	Null bool
	// Quoted is set on a scalar written in quotes or as a block (| or >).
	Quoted  bool
	Value   string
	Line    int
	Column  int
	Content []*Node
}

// Tree is a parsed file.
type Tree struct {
	// Root is the file's value, nil for a file with no document.
	Root *Node
	// Nodes is the number of distinct nodes in the file. Aliases make a
	// tree look bigger than this when walked.
	Nodes int
	// Extra is the position of a second document ("---" and more), or
	// nil when the file holds one document.
	Extra *Node
}

// SyntaxError is a file that is not valid YAML. Line is where the YAML
// library says the error is (0 when it does not say); Msg its message
// without the "yaml: line N: " prefix.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("yaml: line %d: %s", e.Line, e.Msg)
	}
	return "yaml: " + e.Msg
}

var reLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func syntaxError(err error) *SyntaxError {
	s := err.Error()
	if m := reLine.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &SyntaxError{Line: n, Msg: m[2]}
	}
	return &SyntaxError{Msg: strings.TrimPrefix(s, "yaml: ")}
}

// Parse parses data, which may hold JSON (a subset of YAML). An invalid
// file gives a *SyntaxError. A panic in the YAML library becomes a
// *SyntaxError too, so that no input crashes the caller.
func Parse(data []byte) (t Tree, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = Tree{}, &SyntaxError{Msg: fmt.Sprint(r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return Tree{}, nil
		}
		return Tree{}, syntaxError(err)
	}
	c := converter{}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		t.Root = c.convert(doc.Content[0])
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		t.Extra = &Node{Line: extra.Line, Column: extra.Column}
	} else if !errors.Is(err, io.EOF) {
		return Tree{}, syntaxError(err)
	}
	t.Nodes = c.n
	return t, nil
}

// converter turns yaml.v3 nodes into Nodes. The nodes of one file are
// allocated in chunks, and anchored nodes remembered, so that an alias
// shares its target's conversion and the tree stays as small as the file.
type converter struct {
	n       int
	chunk   []Node
	anchors map[*yaml.Node]*Node
}

func (c *converter) alloc() *Node {
	if len(c.chunk) == 0 {
		c.chunk = make([]Node, 256)
	}
	x := &c.chunk[0]
	c.chunk = c.chunk[1:]
	c.n++
	return x
}

func (c *converter) convert(n *yaml.Node) *Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Anchor != "" {
		if x, ok := c.anchors[n]; ok {
			return x
		}
	}
	x := c.alloc()
	x.Value, x.Line, x.Column = n.Value, n.Line, n.Column
	if n.Anchor != "" {
		if c.anchors == nil {
			c.anchors = map[*yaml.Node]*Node{}
		}
		c.anchors[n] = x
	}
	switch n.Kind {
	case yaml.ScalarNode:
		x.Kind = Scalar
		// The parser has resolved the tag of every scalar already.
		x.Null = n.Tag == "!!null"
		x.Quoted = n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0
	case yaml.MappingNode, yaml.SequenceNode:
		x.Kind = Sequence
		if n.Kind == yaml.MappingNode {
			x.Kind = Mapping
		}
		x.Content = make([]*Node, len(n.Content))
		for i, m := range n.Content {
			x.Content[i] = c.convert(m)
		}
	default:
		// A document inside a document, or an alias without a target:
		// neither is a value.
		x.Kind = Scalar
		x.Null = true
	}
	return x
}

// Block and Flow are the contexts Quote writes a text in.
const (
	Block = iota // the value of a key, or an item of a block list
	Flow         // an item of a list in [ ]
)

// Quote returns v as the YAML library writes it as a text (quoted when
// needed, a literal block for several lines), in context ctx, where the key
// or dash before it stands at column at (from 0). Continuation lines get
// the indentation they need at that column.
func Quote(v string, ctx, at int) string {
	var value = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	open, suffix := "", "\n"
	if ctx == Flow {
		value = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{value}}
		open, suffix = "[", "]\n"
	}
	doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "k"}, value}}
	for d := 0; d < at/2; d++ {
		doc = &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Tag: "!!str", Value: "x"}, doc}}
	}
	var b strings.Builder
	for d := 0; d < at/2; d++ {
		b.WriteString(strings.Repeat("  ", d) + "x:\n")
	}
	prefix := b.String() + strings.Repeat("  ", at/2) + "k: " + open
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		// The library writes every valid UTF-8 text; keep the text
		// readable even so.
		return strconv.Quote(v)
	}
	enc.Close()
	return strings.TrimSuffix(strings.TrimPrefix(buf.String(), prefix), suffix)
}
