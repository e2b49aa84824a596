package html

import (
	"bufio"
	stdhtml "html"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

func TestContrastFormula(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"000000", "FFFFFF", 21},
		{"FFFFFF", "FFFFFF", 1},
		{"767676", "FFFFFF", 4.54}, // the lightest grey that passes on white
		{"1F3A5F", "FFFFFF", 11.48},
	} {
		a, _ := parseHex(tt.a)
		b, _ := parseHex(tt.b)
		if got := contrast(a, b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.2f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTextContrast checks every text colour the page uses on every
// background it is drawn on, for the default and the Bodø profile and for
// profiles whose colours would fail if used as given.
func TestTextContrast(t *testing.T) {
	def := render.DefaultProfile("")
	for _, tt := range []struct {
		name, primary, accent string
	}{
		{"default", def.PrimaryColor, def.AccentColor},
		{"Bodø", "00558B", "E3EEF6"},
		{"pale primary, dark accent", "FFE066", "333333"},
		{"mid grey both", "777777", "777777"},
		{"white both", "FFFFFF", "FFFFFF"},
		{"black both", "000000", "000000"},
		{"saturated", "FF0000", "00FF00"},
		{"not colours", "blå", ""},
	} {
		p := newPalette(tt.primary, tt.accent)
		for _, pr := range p.textPairs() {
			if c := contrast(pr.fg, pr.bg); c < minContrast {
				t.Errorf("%s: %s: %s on %s is %.2f:1, want ≥ 4.5:1", tt.name, pr.what, pr.fg.css(), pr.bg.css(), c)
			}
		}
	}
	// A cell's own fill, and the bar colours of every activity kind.
	fills := []string{"FFFFFF", "000000", "777777", "767676", "808080", "FFE066", "00558B", "DCE6F0"}
	for _, k := range []prosessplan.ActivityKind{prosessplan.Work, prosessplan.Meeting, prosessplan.Workshop, prosessplan.PublicMeeting,
		prosessplan.Hearing, prosessplan.PoliticalDecision, prosessplan.Milestone} {
		fills = append(fills, render.KindColor(k))
	}
	for _, f := range fills {
		c, ok := parseHex(f)
		if !ok {
			t.Fatalf("%q is no colour", f)
		}
		if r := contrast(textOn(c), c); r < minContrast {
			t.Errorf("text on fill %s is %.2f:1", f, r)
		}
	}
}

// TestProfileColorKept: a municipal colour that is dark enough is used as
// it is, not replaced by the writer's own.
func TestProfileColorKept(t *testing.T) {
	p := newPalette("00558B", "E3EEF6")
	if p.head.css() != "#00558b" || p.band.css() != "#e3eef6" || p.primary.css() != "#00558b" {
		t.Errorf("head %s, band %s, primary %s; want the profile's #00558b and #e3eef6", p.head.css(), p.band.css(), p.primary.css())
	}
	if p := newPalette("FFE066", ""); p.head.css() == "#ffe066" || contrast(p.head, white) < minContrast {
		t.Errorf("pale primary kept as heading colour %s", p.head.css())
	}
}

func TestEscape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bodø – «plan» & æøå", "Bodø – «plan» &amp; æøå"},
		{`<script>alert("x")</script>`, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"},
		{"it's", "it&#39;s"},
		{"bell\x07 esc\x1b nul\x00 del\x7f", "bell esc nul del"},
		{"line\r\nbreak\ttab", "line\n\nbreak\ttab"},
		{"c1\u0085 bom\ufeff", "c1 bom"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"=SUM(A1)", "=SUM(A1)"},
		{"", ""},
	} {
		var b strings.Builder
		w := bufio.NewWriter(&b)
		escape(w, tt.in)
		w.Flush()
		if b.String() != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}

func TestCSSName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Liberation Sans", "Liberation Sans"},
		{`Arial"}</style><script>`, "Arialstylescript"},
		{"Øyvind Grotesk 2", "Øyvind Grotesk 2"},
		{"", ""},
	} {
		if got := cssName(tt.in); got != tt.want {
			t.Errorf("cssName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSSString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bodø kommune – Saksframlegg", `"Bodø kommune – Saksframlegg"`},
		{`a "b" \c`, `"a \"b\" \\c"`},
		{"</style><script>", `"\3c /style\3e \3c script\3e "`},
		{"to\nlinjer\x07", `"to linjer"`},
	} {
		if got := cssString(tt.in); got != tt.want {
			t.Errorf("cssString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// FuzzEscape: escaped text holds no markup characters and no control
// characters, and reads back as the input without them.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"Bodø & co", "<script>", "a\x00b\x1bc", "\xff\xfe", "\u0085\ufeff", `"'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var b strings.Builder
		w := bufio.NewWriter(&b)
		escape(w, in)
		w.Flush()
		out := b.String()
		if strings.ContainsAny(out, "<>\"'") {
			t.Fatalf("escape(%q) = %q holds markup", in, out)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
				t.Fatalf("escape(%q) = %q holds control character %U", in, out, r)
			}
		}
		if !utf8.ValidString(out) {
			t.Fatalf("escape(%q) = %q is not UTF-8", in, out)
		}
		// Reading it back gives the input less what was removed.
		var want strings.Builder
		for _, r := range strings.ReplaceAll(in, "\r", "\n") {
			if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0xfeff || (r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe {
				continue
			}
			want.WriteRune(r)
		}
		if got := stdhtml.UnescapeString(out); got != want.String() {
			t.Fatalf("escape(%q) reads back as %q, want %q", in, got, want.String())
		}
	})
}
