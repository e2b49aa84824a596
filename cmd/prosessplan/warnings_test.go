package main

import (
	"os"
	"strings"
	"testing"
)

// TestRenderWarnsOfMissingChars: characters no font of the PDF has (an
// emoji, a mathematical letter beyond the Basic Multilingual Plane) are
// drawn as "?" in the PDF; render says so, in the planner's language,
// naming the file and the characters, and still succeeds.
func TestRenderWarnsOfMissingChars(t *testing.T) {
	plan := editedPlan(t, "navn: Folkemøte om kulturlivet", "navn: Folkemøte om kulturlivet 🎭 𝕏")
	tests := []struct {
		lang, want string
	}{
		{"nb", "advarsel: %s: ingen skrift i PDF-en har disse tegnene, så de står som «?»: «𝕏» (U+1D54F), «🎭» (U+1F3AD)"},
		{"nn", "åtvaring: %s: ingen skrift i PDF-en har desse teikna, så dei står som «?»: «𝕏» (U+1D54F), «🎭» (U+1F3AD)"},
		{"en", "warning: %s: no font of the PDF has these characters, so they are drawn as «?»: «𝕏» (U+1D54F), «🎭» (U+1F3AD)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			dir := t.TempDir()
			r := runCmd(t, "", "render", "-o", dir, "-format", "pdf,md", "-lang", tt.lang, plan)
			if r.code != 0 {
				t.Fatalf("exit %d, want 0 (it is a warning)\n%s", r.code, r.stderr)
			}
			pdfFile := only(t, written(r), ".pdf")
			want := "prosessplan render: " + strings.Replace(tt.want, "%s", pdfFile, 1) + "\n"
			if !strings.Contains(r.stderr, want) {
				t.Errorf("stderr lacks\n%s\ngot\n%s", want, r.stderr)
			}
			if n := strings.Count(r.stderr, "U+1F3AD"); n != 1 {
				t.Errorf("the emoji is named %d times, want once (only the PDF lacks it):\n%s", n, r.stderr)
			}
			// The Markdown file keeps the characters; nothing else is lost.
			if md := readFile(t, only(t, written(r), ".md")); !strings.Contains(md, "kulturlivet 🎭 𝕏") {
				t.Errorf("Markdown lost the characters")
			}
			if _, err := os.Stat(pdfFile); err != nil {
				t.Errorf("the PDF was not written: %v", err)
			}
		})
	}
}

// TestRenderNoWarningWhenFontsSuffice: Norwegian text, dashes and quotes
// are in the fonts, so the example plan renders without a warning.
func TestRenderNoWarningWhenFontsSuffice(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "pdf", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "«?»") {
		t.Errorf("unexpected warning:\n%s", r.stderr)
	}
}

// TestMissingListIsCapped: a plan full of emoji names ten of them and
// counts the rest.
func TestMissingListIsCapped(t *testing.T) {
	var rs []rune
	for r := rune(0x1F600); r < 0x1F600+13; r++ {
		rs = append(rs, r)
	}
	got := missingList(rs, "nb")
	if !strings.HasSuffix(got, "«😉» (U+1F609), og 3 til") || strings.Count(got, "U+") != 10 {
		t.Errorf("missingList = %s", got)
	}
}
