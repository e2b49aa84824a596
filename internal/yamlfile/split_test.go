package yamlfile

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// planText is a plan-like file of n phases of three activities, written in
// the styles people write: quoted, folded and literal texts, lists in
// brackets, comments, blank lines, CRLF when crlf is set, and keys after
// the phases.
func planText(n int, crlf bool) string {
	var b strings.Builder
	b.WriteString("---\nformat: 1\ntittel: «Boligpolitisk handlingsplan» – Bodø\nbakgrunn:\n  - Første avsnitt\n  - |\n    Andre avsnitt\n    over to linjer\n\n# fasene\nfaser:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: F%d\n    navn: \"Fase %d: æøå\"\n", i, i)
		if i%3 == 0 {
			b.WriteString("\n    # en kommentar\n")
		}
		b.WriteString("    aktiviteter:\n")
		for j := range 3 {
			fmt.Fprintf(&b, "      - nr: A%d.%d\n        navn: Møte %d\n", i, j, j)
			switch (i + j) % 4 {
			case 0:
				b.WriteString("        hensikt: >-\n          Drøfte\n\n          og avklare\n")
			case 1:
				b.WriteString("        deltakere: [Formannskapet,\n          Planutvalget]\n")
			case 2:
				b.WriteString("        hensikt: 'en tekst\n          over to linjer'\n")
			default:
				b.WriteString("        hensikt: en vanlig tekst\n          som fortsetter\n")
			}
		}
	}
	b.WriteString("# etter fasene\nmedvirkning:\n- navn: Folkemøte\n  når: 2018-09-01\nsuksessfaktorer: [a, b]\n")
	s := b.String()
	if crlf {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}

// sameTree reports where a and b differ, but for comments, or "".
func sameTree(a, b *Node, at string) string {
	if a == nil || b == nil {
		if a != b {
			return at + ": one is nil"
		}
		return ""
	}
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value ||
		a.Anchor != b.Anchor || a.Line != b.Line || a.Column != b.Column || len(a.Content) != len(b.Content) ||
		(a.Alias == nil) != (b.Alias == nil) {
		return fmt.Sprintf("%s: %+v\nagainst %+v", at, *a, *b)
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", at, i)); d != "" {
			return d
		}
	}
	return ""
}

func wholeParse(t testing.TB, data []byte) (Tree, error) {
	t.Helper()
	return ParseWhole(data)
}

// parseSplit parses data in pieces of about size bytes on workers
// goroutines, as Parse does for a large file; ok is false when it is not
// cut or a piece is not what the whole file reads.
func parseSplit(data []byte, size, workers int) (Tree, bool) {
	t, s, ok := parseCut(data, 0, workers, size)
	if !ok {
		return Tree{}, false
	}
	s.All(s.list)
	if !s.Complete() {
		return Tree{}, false
	}
	return t, true
}

func TestParseSplitSameTree(t *testing.T) {
	for _, crlf := range []bool{false, true} {
		for _, n := range []int{3, 10, 101} {
			data := []byte(planText(n, crlf))
			want, err := wholeParse(t, data)
			if err != nil {
				t.Fatal(err)
			}
			for workers := 2; workers <= 9; workers++ {
				for _, size := range []int{1, 300, 5000} {
					got, ok := parseSplit(data, size, workers)
					if !ok {
						t.Fatalf("n=%d crlf=%v workers=%d size=%d: not split", n, crlf, workers, size)
					}
					if d := sameTree(got.Root, want.Root, ""); d != "" {
						t.Fatalf("n=%d crlf=%v workers=%d size=%d: %s", n, crlf, workers, size, d)
					}
				}
			}
		}
	}
	// Parse splits a large file by itself; the tree is the same.
	data := []byte(planText(2000, false))
	if _, _, ok := parseCut(data, splitMin, 2, pieceSize); !ok || len(data) < splitMin {
		t.Fatalf("a %d-byte plan is not split", len(data))
	}
	got, err := Parse(data)
	want, _ := wholeParse(t, data)
	if err != nil || sameTree(got.Root, want.Root, "") != "" {
		t.Fatalf("Parse of a large plan: %v %s", err, sameTree(got.Root, want.Root, ""))
	}
	phases := Value(got.Root).Content[7]
	if len(phases.Content) != 2000 || phases.Content[1999].Content[1].Value != "F1999" {
		t.Errorf("the last phase is not F1999: %d phases", len(phases.Content))
	}
}

// TestParseSplitEdges: files that are cut, where a piece alone would put
// a node elsewhere than the whole file does, give the whole file's tree.
func TestParseSplitEdges(t *testing.T) {
	tests := []struct{ name, src string }{
		// The empty value of "? k" ends at the next token: the next
		// item's dash, in the next piece.
		{"empty value at the end of a piece", "l:\n  - a\n  - ? k\n  - b\n  - ? k\n  - c\n"},
		{"empty value before a blank line", "l:\n  - ? k\n\n  - ? k\n\n  - ? k\n"},
		{"empty value before the rest", "l:\n  - a\n  - b\n  - ? k\nm: 1\n"},
		{"tag on the rest's first key", "l:\n  - a\n  - b\n  - c\n!t m: 1\n"},
	}
	for _, tt := range tests {
		want, err := wholeParse(t, []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for workers := 2; workers <= 4; workers++ {
			got, ok := parseSplit([]byte(tt.src), 1, workers)
			if !ok {
				t.Fatalf("%s: not split", tt.name)
			}
			if d := sameTree(got.Root, want.Root, ""); d != "" {
				t.Errorf("%s, %d workers: %s", tt.name, workers, d)
			}
		}
	}
}

// TestParseSplitRefuses: files whose pieces would mean something else
// alone, or that are not valid, are parsed whole, with the whole file's
// tree or error.
func TestParseSplitRefuses(t *testing.T) {
	items := "  - a: 1\n  - a: 2\n  - a: 3\n  - a: 4\n"
	tests := []struct{ name, src string }{
		{"alias into another piece", "x: &x 1\nl:\n  - a: 1\n  - a: *x\n  - a: 3\n  - a: 4\n"},
		{"quoted text over a cut", "l:\n  - a: \"1\n  - a: 2\"\n  - a: 3\n  - a: 4\n"},
		{"list in brackets over a cut", "l:\n  - a: [1,\n  - a: 2]\n  - a: 3\n  - a: 4\n"},
		{"second document", "l:\n" + items + "---\nb: 2\n"},
		{"document end", "l:\n" + items + "...\n"},
		{"directive", "%YAML 1.1\n---\nl:\n" + items},
		{"line separator", "l:\n  - a: \"x\u2028y\"\n" + items},
		{"next line", "l:\n  - a: \"x\u0085y\"\n" + items},
		{"lone carriage return", "l:\r  - a: 1\r" + items},
		{"item on the next line", "l:\n  -\n    a: 1\n" + items},
		{"rest indented too little", "l:\n" + items + " b: 2\n"},
		{"rest in the list's indent", "l:\n" + items + "  b: 2\n"},
		{"key with a value", "l: x\n" + items},
		{"NUL", "l:\n" + items + "\x00"},
		{"tab before an item", "l:\n" + items + "\t- a: 5\n"},
		{"tag alone on the line after the list", "l:\n" + items + "!t\nb: 2\n"},
		{"syntax error in a piece", "l:\n  - a: 1\n  - a: : 2\n  - a: 3\n  - a: 4\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := parseSplit([]byte(tt.src), 0, 4); ok {
				t.Errorf("split %q", tt.src)
			}
		})
	}
	// The same files through Parse give what the whole file gives.
	for _, tt := range tests {
		got, gerr := Parse([]byte(tt.src))
		want, werr := wholeParse(t, []byte(tt.src))
		if fmt.Sprint(gerr) != fmt.Sprint(werr) || sameTree(got.Root, want.Root, "") != "" {
			t.Errorf("%s: Parse gave %v, the whole file %v", tt.name, gerr, werr)
		}
	}
}

// TestParseSplitLines: an error in a piece is reported by the whole
// file's parse, at the line of the whole file.
func TestParseSplitLines(t *testing.T) {
	data := planText(3000, false)
	i := strings.Index(data, "nr: A2999.1\n") + len("nr: A2999.1\n")
	bad := data[:i] + "        feil: : x\n" + data[i:]
	if _, ok := parseSplit([]byte(bad), 0, 2); ok {
		t.Fatal("a file with a syntax error was split")
	}
	_, err := Parse([]byte(bad))
	se, ok := err.(*SyntaxError)
	if line := strings.Count(bad[:i], "\n") + 1; !ok || se.Line != line {
		t.Errorf("error %v, want one on line %d", err, line)
	}
}

// FuzzParseSplit: whenever a file is split, its tree is the whole file's.
func FuzzParseSplit(f *testing.F) {
	f.Add(planText(3, false), 2)
	f.Add(planText(4, true), 3)
	f.Add("l:\n  - a: \"1\n  - a: 2\"\n  - a: 3\n", 2)
	f.Add("l:\n- a\n- b: |\n   x\n- c\nm:\n- d\n- e\n", 2)
	f.Fuzz(func(t *testing.T, src string, workers int) {
		workers = 2 + (workers&0xff)%6
		got, ok := parseSplit([]byte(src), 1+workers%3*100, workers)
		if !ok {
			return
		}
		want, err := wholeParse(t, []byte(src))
		if err != nil {
			t.Fatalf("split, but the whole file does not parse: %v", err)
		}
		if want.Extra != nil {
			t.Fatal("split a file of two documents")
		}
		if d := sameTree(got.Root, want.Root, ""); d != "" {
			t.Fatal(d)
		}
	})
}

// TestStream: the long list's items come one at a time, in order, and the
// tree holds only the first; a reader that stops early lets the workers go.
func TestStream(t *testing.T) {
	data := []byte(planText(3000, false))
	tree, s, err := ParseStream(data)
	if err != nil || s == nil {
		t.Fatalf("not streamed: %v", err)
	}
	phases := tree.Root.Content[7]
	if len(phases.Content) != 1 {
		t.Fatalf("the tree holds %d phases, want the first alone", len(phases.Content))
	}
	want, _ := ParseWhole(data)
	all := want.Root.Content[7].Content
	i := 0
	for it := range s.Items(phases) {
		if d := sameTree(it, all[i], fmt.Sprint(i)); d != "" {
			t.Fatal(d)
		}
		i++
	}
	if i != 3000 || !s.Complete() {
		t.Fatalf("%d phases streamed, complete %v", i, s.Complete())
	}
	if d := sameTree(tree.Root.Content[8], want.Root.Content[8], "medvirkning"); d != "" {
		t.Error(d)
	}

	before := runtime.NumGoroutine()
	_, s, _ = ParseStream(data)
	for range s.Items(s.list) {
		break
	}
	s.Close()
	for range 100 {
		if runtime.NumGoroutine() <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d goroutines after Close, %d before", runtime.NumGoroutine(), before)
}

// TestStreamFailedPiece: a piece that does not parse ends the items, and
// Complete says so; ParseWhole then reports the error.
func TestStreamFailedPiece(t *testing.T) {
	data := planText(3000, false)
	i := strings.Index(data, "nr: A2000.1\n") + len("nr: A2000.1\n")
	bad := []byte(data[:i] + "        feil: : x\n" + data[i:])
	tree, s, err := ParseStream(bad)
	if err != nil || s == nil {
		t.Fatalf("the head and the rest parse: %v", err)
	}
	n := 0
	for range s.Items(tree.Root.Content[7]) {
		n++
	}
	if n >= 2000 || s.Complete() {
		t.Errorf("%d items before the bad one, complete %v", n, s.Complete())
	}
}
