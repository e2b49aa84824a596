package yamlfile

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		// root is the root's kind and first value, "" for no root.
		root  string
		extra int // line of a second document, 0 for none
		err   string
	}{
		{"empty", "", "", 0, ""},
		{"comment only", "# bare en kommentar\n", "", 0, ""},
		{"mapping", "tittel: Bodø\n", "mapping tittel", 0, ""},
		{"JSON", `{"tittel": "Bodø"}`, "mapping tittel", 0, ""},
		{"list", "- a\n- b\n", "sequence a", 0, ""},
		{"two documents", "a: 1\n---\nb: 2\n", "mapping a", 2, ""},
		{"syntax error", "a: 'open\nb: c\n", "", 0, "found unexpected end of stream"},
		{"too deep", strings.Repeat("[", 20000), "", 0, "exceeded max depth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := Parse([]byte(tt.src))
			if tt.err != "" {
				var se *SyntaxError
				if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want a SyntaxError with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if r := Value(tree.Root); r != nil {
				got = map[Kind]string{Mapping: "mapping", Sequence: "sequence", Scalar: "scalar"}[r.Kind] + " " + r.Content[0].Value
			}
			if got != tt.root {
				t.Errorf("root %q, want %q", got, tt.root)
			}
			if line := 0; tree.Extra != nil && tree.Extra.Line != tt.extra || tree.Extra == nil && tt.extra != line {
				t.Errorf("extra document %+v, want line %d", tree.Extra, tt.extra)
			}
		})
	}
}

func TestSyntaxErrorLine(t *testing.T) {
	_, err := Parse([]byte("a: b\nc: d\n  e: f\n"))
	var se *SyntaxError
	if !errors.As(err, &se) || se.Line != 3 || se.Msg != "mapping values are not allowed in this context" {
		t.Errorf("error %#v", err)
	}
}

func TestValue(t *testing.T) {
	tree, err := Parse([]byte("a: &x [1, 2]\nb: *x\nc: ~\nd:\ne: 'null'\nf: \"x, y\"\ng: {h: i}\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := tree.Root.Content
	val := func(i int) *Node { return Value(m[2*i+1]) }
	if b := val(1); b == nil || b != val(0) {
		t.Errorf("alias does not give its anchor's node: %v", b)
	}
	if val(2) != nil || val(3) != nil {
		t.Error("null values are not nil")
	}
	if e := val(4); e == nil || e.Value != "null" || Plain(e) {
		t.Errorf("quoted 'null' is %+v", e)
	}
	if f := val(5); Plain(f) || f.Value != "x, y" {
		t.Errorf("quoted text %+v", f)
	}
	if !InFlow(val(6)) || InFlow(tree.Root) || !InFlow(val(0)) {
		t.Error("InFlow wrong")
	}
	if Value(nil) != nil {
		t.Error("Value(nil) is not nil")
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		v       string
		ctx, at int
		want    string
	}{
		{"Boligplan", Block, 0, "Boligplan"},
		{"true", Block, 0, `"true"`},
		{"a: b", Block, 0, "'a: b'"},
		{"x, y", Flow, 0, "'x, y'"},
		{"linje en\nlinje to", Block, 4, "|-\n      linje en\n      linje to"},
		{"\t\n", Block, 4, `"\t\n"`},
		{"a\n\tb", Block, 0, `"a\n\tb"`},
	}
	for _, tt := range tests {
		got := Quote(tt.v, tt.ctx, tt.at)
		if got != tt.want {
			t.Errorf("Quote(%q, %d, %d) = %q, want %q", tt.v, tt.ctx, tt.at, got, tt.want)
		}
		if tt.ctx == Block && tt.at == 0 {
			tree, err := Parse([]byte("k: " + got + "\n"))
			if err != nil || tree.Root.Content[1].Value != tt.v {
				t.Errorf("Quote(%q) does not read back: %v", tt.v, err)
			}
		}
	}
}
