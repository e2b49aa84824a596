package prosessplan

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// repeatReader yields s again and again, n bytes in all: a large file
// without the memory of one.
type repeatReader struct {
	s    string
	n, i int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if len(r.s) < 4096 {
		// Copying a one-byte s a byte at a time took seconds for 64 MiB.
		r.s = strings.Repeat(r.s, 4096/len(r.s)+1)
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.s[r.i:])
		k += c
		r.n -= c
		r.i = (r.i + c) % len(r.s)
	}
	return k, nil
}

// decodeProblems decodes src and returns its problems, failing the test
// when it decodes or the error is not Problems.
func decodeProblems(t *testing.T, src io.Reader) Problems {
	t.Helper()
	_, err := Decode(src, "plan.yaml")
	if err == nil {
		t.Fatal("decoded without error")
	}
	var probs Problems
	if !errors.As(err, &probs) || len(probs) == 0 {
		t.Fatalf("error %v is not Problems", err)
	}
	for _, p := range probs {
		if p.Text[Bokmal] == "" || p.Text[Nynorsk] == "" || p.Text[English] == "" || p.Pos.File != "plan.yaml" {
			t.Fatalf("problem without text in every language or file: %+v", p)
		}
	}
	return probs
}

// TestDecodeHostile feeds Decode files an attacker or an unlucky planner
// could give it (issue 15): each must be refused quickly with a message
// that says what is wrong, never with a crash, a flood of messages or
// false follow-on errors.
func TestDecodeHostile(t *testing.T) {
	rep := func(s string, n int) string { return strings.TrimSuffix(strings.Repeat(s+", ", n), ", ") }
	tests := []struct {
		name string
		src  func() io.Reader
		// want is in the first problem's bokmål message; code its code.
		want, code string
		// count is the number of problems, when it matters.
		count int
	}{
		{"larger than 64 MiB", func() io.Reader {
			return &repeatReader{s: "# kommentar\n", n: MaxFileSize + 100}
		}, "filen er større enn 64 MiB", CodeDecodeTooLarge, 1},
		{"nested 1,000,000 levels in [ ]", func() io.Reader {
			return strings.NewReader(strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000))
		}, "verdiene er nestet i for mange nivåer", CodeDecodeSyntax, 1},
		{"nested 500,000 levels in { }", func() io.Reader {
			return strings.NewReader(strings.Repeat("{a: ", 500_000) + "b" + strings.Repeat("}", 500_000))
		}, "verdiene er nestet i for mange nivåer", CodeDecodeSyntax, 1},
		{"nested 1,000,000 list items on one line", func() io.Reader {
			return strings.NewReader(strings.Repeat("- ", 1_000_000) + "a\n")
		}, "nestet i for mange nivåer", CodeDecodeSyntax, 1},
		{"alias bomb", func() io.Reader {
			// Aliases nested three deep make 200³ activities of a few
			// kilobytes; every copy has the same number.
			return strings.NewReader("tittel: T\norganer: [{id: b}]\nfaser:\n  - &f\n    aktiviteter:\n" +
				"      - &a {nr: 1, deltakere: [" + rep("b", 200) + "]}\n" + strings.Repeat("      - *a\n", 199) +
				strings.Repeat("  - *f\n", 199))
		}, "bruker alias (*) så mye", CodeDecodeSyntax, 1},
		{"alias bomb of lists", func() io.Reader {
			var b strings.Builder
			b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
			for i := 1; i < 9; i++ {
				b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + rep("*a"+string(rune('0'+i-1)), 10) + "]\n")
			}
			b.WriteString("tittel: T\nfaser:\n  - aktiviteter: *a8\n")
			return strings.NewReader(b.String())
		}, "", "", 0},
		{"a thousand unknown keys", func() io.Reader {
			var b strings.Builder
			b.WriteString("tittel: T\n")
			for i := range 1000 {
				b.WriteString("ukjent" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)) + ": 1\n")
			}
			return strings.NewReader(b.String())
		}, "ukjent nøkkel", CodeDecodeUnknownKey, MaxProblems + 1},
		{"2000000 weeks", func() io.Reader {
			return strings.NewReader("tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n        varighet: 2000000 uker\n")
		}, "varigheten «2000000 uker» er for lang — en plan kan ha varigheter på høyst 100 år (5218 uker)", CodeDecodeDuration, 1},
		{"a duration of more digits than an int holds", func() io.Reader {
			return strings.NewReader("tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n        varighet: 99999999999999999999999 dager\n")
		}, "er for lang", CodeDecodeDuration, 1},
		{"months beyond a hundred years", func() io.Reader {
			return strings.NewReader("tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n        varighet: 5000 måneder\n")
		}, "er for lang", CodeDecodeDuration, 1},
		{"zero width joiner in a key", func() io.Reader {
			return strings.NewReader("tittel: T\nkommu\u200dne: Bodø\n")
		}, "nøkkelen «kommune» har et usynlig tegn (U+200D ZERO WIDTH JOINER)", CodeDecodeInvisible, 1},
		{"zero width space in a key", func() io.Reader {
			return strings.NewReader("tittel: T\n\u200bkommune: Bodø\n")
		}, "(U+200B ZERO WIDTH SPACE)", CodeDecodeInvisible, 1},
		{"byte order mark inside a key", func() io.Reader {
			return strings.NewReader("tittel: T\nkommune\ufeff: Bodø\n")
		}, "(U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM))", CodeDecodeInvisible, 1},
		{"directional isolate in a key", func() io.Reader {
			return strings.NewReader("tittel: T\n\u2066kommune: Bodø\n")
		}, "(U+2066 LEFT-TO-RIGHT ISOLATE)", CodeDecodeInvisible, 1},
		{"terminal escape in a title", func() io.Reader {
			return strings.NewReader("tittel: \"Plan\\e]0;overtatt\\a\\e[2J\"\n")
		}, "«tittel» har et usynlig kontrolltegn (U+001B ESCAPE)", CodeDecodeInvisible, 1},
		{"right-to-left override in a name", func() io.Reader {
			return strings.NewReader("tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n        navn: \"Høring\u202Egnirøh\"\n")
		}, "«navn» har et usynlig kontrolltegn (U+202E RIGHT-TO-LEFT OVERRIDE)", CodeDecodeInvisible, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := decodeProblems(t, tt.src())
			if tt.count > 0 && len(probs) != tt.count {
				t.Errorf("%d problems, want %d; first: %s\nlast: %s", len(probs), tt.count, probs[0].Format(Bokmal), probs[len(probs)-1].Format(Bokmal))
			}
			if tt.code != "" && probs[0].Code != tt.code {
				t.Errorf("code %s, want %s", probs[0].Code, tt.code)
			}
			if !strings.Contains(probs[0].Text[Bokmal], tt.want) {
				t.Errorf("message %q does not say %q", probs[0].Text[Bokmal], tt.want)
			}
			for _, p := range probs {
				if strings.Contains(p.Text[Bokmal], "mangler") {
					t.Errorf("false follow-on error: %s", p.Format(Bokmal))
				}
			}
		})
	}
}

// TestDecodeTooLargeIs checks that a file over the limit is a Go error
// a program can match, besides the planner's message.
func TestDecodeTooLargeIs(t *testing.T) {
	_, err := Decode(&repeatReader{s: "x", n: MaxFileSize + 1}, "stor.yaml")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v does not match ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "stor.yaml: filen er større enn 64 MiB") {
		t.Errorf("message %q", err)
	}
	// Exactly at the limit the file is read (and found to be no plan at its
	// first character, so the test does not wait for a 64 MiB parse).
	_, err = Decode(&repeatReader{s: "]", n: MaxFileSize}, "grense.yaml")
	if errors.Is(err, ErrTooLarge) {
		t.Errorf("a file of exactly MaxFileSize bytes is refused as too large")
	}
}

// TestDecodeProblemCap checks the summary after the first MaxProblems.
func TestDecodeProblemCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("tittel: T\nfaser:\n  - aktiviteter:\n")
	for range 250 {
		b.WriteString("      - {nr: 1, varighet: 3 år}\n")
	}
	probs := decodeProblems(t, strings.NewReader(b.String()))
	if len(probs) != MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(probs), MaxProblems+1)
	}
	last := probs[len(probs)-1]
	// 250 bad durations and 249 duplicate numbers.
	if last.Code != CodeDecodeTooMany || last.Text[Bokmal] != "… og 399 problemer til — rett de over og les filen igjen" {
		t.Errorf("last problem %s %q", last.Code, last.Text[Bokmal])
	}
	if last.Text[English] != "… and 399 more problems — correct those above and read the file again" {
		t.Errorf("English: %q", last.Text[English])
	}
}

// TestMessagesNeutraliseControls checks that what a message quotes from a
// hostile file cannot reach a terminal as an escape sequence.
func TestMessagesNeutraliseControls(t *testing.T) {
	tests := []struct{ src, want string }{
		{"tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n        start: \"2017\\e[2J\"\n",
			"«2017<U+001B>[2J» er ikke en dato"},
		{"tittel: T\n\"kommune\\e]0;x\\a\": Bodø\n", "nøkkelen «kommune]0;x» har et usynlig tegn (U+001B ESCAPE)"},
	}
	for _, tt := range tests {
		_, err := Decode(strings.NewReader(tt.src), "plan.yaml")
		if err == nil {
			t.Fatalf("%q decoded", tt.src)
		}
		var ps Problems
		errors.As(err, &ps)
		all := err.Error()
		if strings.ContainsAny(all, "\x1b\a") {
			t.Errorf("raw control characters in %q", all)
		}
		found := false
		for _, p := range ps {
			found = found || strings.Contains(p.Message(Bokmal), tt.want)
		}
		if !found {
			t.Errorf("no message says %q:\n%s", tt.want, all)
		}
	}
}
