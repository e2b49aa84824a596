package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// node is an element of a template part with its byte range in the part.
// The tree is used only to find offsets: the part's bytes are spliced,
// never re-encoded (encoding/xml would rewrite namespace prefixes).
type node struct {
	prefix, local string
	attrs         []xml.Attr // raw: Name.Space is the prefix
	// start is the offset of '<' of the start tag; open the offset after
	// its '>'; close the offset of the end tag's '<' (== open for a
	// self-closing element); end the offset after the element.
	start, open, close, end int
	selfClosing             bool
	parent                  *node
	children                []*node
	text                    []byte // character data directly inside
}

// attr returns the value of the attribute with local name local (any prefix).
func (n *node) attr(local string) (string, bool) {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

func (n *node) child(local string) *node {
	for _, c := range n.children {
		if c.local == local {
			return c
		}
	}
	return nil
}

// walk calls f for n and every element under it, in document order; f
// returns false to skip an element's children.
func (n *node) walk(f func(*node) bool) {
	if !f(n) {
		return
	}
	for _, c := range n.children {
		c.walk(f)
	}
}

// textOf returns the text of the w:t elements under n.
func (n *node) textOf() string {
	var b []byte
	n.walk(func(c *node) bool {
		if c.local == "t" {
			b = append(b, c.text...)
		}
		return c.local != "instrText" && c.local != "delText"
	})
	return string(b)
}

// parseXML parses data into a tree of elements with byte offsets. It
// checks well-formedness (matching tags) itself, since RawToken does not.
func parseXML(data []byte) (*node, error) {
	// Offsets are into data; a byte-order mark is skipped, not decoded.
	base := 0
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		base = 3
	}
	d := xml.NewDecoder(bytes.NewReader(data[base:]))
	d.Strict = true
	var root, cur *node
	for {
		off := base + int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{prefix: t.Name.Space, local: t.Name.Local, attrs: t.Attr, start: off, open: base + int(d.InputOffset()), parent: cur}
			// A self-closing tag ends in "/>"; RawToken reports it as a
			// start and an end element at the same offset.
			n.selfClosing = n.open >= 2 && data[n.open-2] == '/'
			if cur != nil {
				cur.children = append(cur.children, n)
			} else if root == nil {
				root = n
			} else {
				return nil, fmt.Errorf("more than one root element")
			}
			cur = n
		case xml.EndElement:
			if cur == nil || t.Name.Local != cur.local || t.Name.Space != cur.prefix {
				return nil, fmt.Errorf("unexpected end tag </%s> at offset %d", t.Name.Local, off)
			}
			if cur.selfClosing {
				cur.close = cur.open
			} else {
				cur.close = off
			}
			cur.end = base + int(d.InputOffset())
			cur = cur.parent
		case xml.CharData:
			if cur != nil && cur.local == "t" {
				cur.text = append(cur.text, t...)
			}
		}
	}
	if root == nil || cur != nil {
		return nil, fmt.Errorf("no complete root element")
	}
	return root, nil
}

// nsPrefixes returns the namespace declarations on n: prefix → URI.
func nsPrefixes(n *node) map[string]string {
	m := map[string]string{}
	for _, a := range n.attrs {
		if a.Name.Space == "xmlns" {
			m[a.Name.Local] = a.Value
		} else if a.Name.Space == "" && a.Name.Local == "xmlns" {
			m[""] = a.Value
		}
	}
	return m
}

// edit replaces data[from:to] with repl.
type edit struct {
	from, to int
	repl     []byte
}

// splice applies non-overlapping edits to data.
func splice(data []byte, edits []edit) []byte {
	// Insertion sort: there are only a handful of edits.
	for i := 1; i < len(edits); i++ {
		for j := i; j > 0 && edits[j].from < edits[j-1].from; j-- {
			edits[j], edits[j-1] = edits[j-1], edits[j]
		}
	}
	n := len(data)
	for _, e := range edits {
		n += len(e.repl) - (e.to - e.from)
	}
	out := make([]byte, 0, n)
	pos := 0
	for _, e := range edits {
		out = append(out, data[pos:e.from]...)
		out = append(out, e.repl...)
		pos = e.to
	}
	return append(out, data[pos:]...)
}
