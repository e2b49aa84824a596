// Package yamlfile is the module's one door to the YAML library
// (go.yaml.in/yaml/v3): it parses a file into a small tree of values with
// line and column, and quotes a text as that library writes it. Plan files
// (package prosessplan) and profile files (package render) are both read
// through it, so the YAML library is imported by this package alone.
package yamlfile

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
)

// Node is one value of a YAML file, as the YAML library parses it: a text
// (Scalar), a list (Sequence), keys with values (Mapping, whose Content
// alternates key and value) or an Alias (*name) of another node. It is the
// library's own type, not a copy: converting the tree cost a tenth of the
// time of reading a plan. Walk it with [Value], which follows aliases and
// turns nulls into nil; walkers of untrusted files must bound their work,
// since aliases can make a small file a huge tree.
type Node = yaml.Node

// Kind is the kind of a Node.
type Kind = yaml.Kind

// The kinds of value Value returns.
const (
	Scalar   = yaml.ScalarNode
	Sequence = yaml.SequenceNode
	Mapping  = yaml.MappingNode
)

// Value returns the value n stands for: the node an alias names, or nil
// for nil, a null (~, null or nothing) and what is no value at all (a
// document inside a document, an alias without a target).
func Value(n *Node) *Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.ScalarNode:
		// The parser has resolved the tag of every scalar already.
		if n.Tag == "!!null" {
			return nil
		}
	case yaml.SequenceNode, yaml.MappingNode:
	default:
		return nil
	}
	return n
}

// InFlow reports whether a list or mapping is written in brackets, [ ] or
// { }, where a comma separates items.
func InFlow(n *Node) bool { return n.Style&yaml.FlowStyle != 0 }

// Plain reports whether a scalar is written without quotes or block
// indicators.
func Plain(n *Node) bool {
	return n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
}

// Tree is a parsed file.
type Tree struct {
	// Root is the file's value, nil for a file with no document.
	Root *Node
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

var reLine = lazyregexp.New(`^yaml: line (\d+): (.*)$`)

func syntaxError(err error) *SyntaxError {
	s := err.Error()
	if m := reLine.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &SyntaxError{Line: n, Msg: m[2]}
	}
	return &SyntaxError{Msg: strings.TrimPrefix(s, "yaml: ")}
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
	if strings.Contains(v, "\n") && strings.Contains(v, "\t") {
		// The library writes a text of several lines as a literal block,
		// and then refuses to read a tab at the start of a line in it.
		value.Style = yaml.DoubleQuotedStyle
	}
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
