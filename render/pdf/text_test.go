package pdf

import (
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/render"
)

func testFonts(t testing.TB) *fontSet {
	t.Helper()
	fs, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func lineTexts(lines []textLine) []string {
	var out []string
	for _, ln := range lines {
		var b strings.Builder
		for i, p := range ln.pieces {
			if i > 0 {
				b.WriteString("|")
			}
			b.WriteString(p.text())
		}
		out = append(out, b.String())
	}
	return out
}

func TestFaces(t *testing.T) {
	fs := testFonts(t)
	lib, dv := fs.files[fs.chains[regular][0]].face, fs.files[fs.chains[regular][1]].face
	for _, tt := range []struct {
		r           rune
		lib, dejavu bool
	}{
		{'a', true, true}, {'æ', true, true}, {'Ø', true, true}, {'å', true, true},
		{'–', true, true}, {'●', true, true},
		{'★', false, true}, {'⚑', false, true}, {'◆', false, true},
	} {
		if lib.has(tt.r) != tt.lib || dv.has(tt.r) != tt.dejavu {
			t.Errorf("%q: Liberation %v DejaVu %v, want %v %v", tt.r, lib.has(tt.r), dv.has(tt.r), tt.lib, tt.dejavu)
		}
	}
	// Liberation Sans is metric-compatible with Arial: a is 556/1000 em, space 277 (rounded down as in gopdf).
	if lib.advance('a') != 556 || lib.advance(' ') != 277 {
		t.Errorf("advances a=%d space=%d, want 556 277", lib.advance('a'), lib.advance(' '))
	}
	if got := fs.width("Bodø", regular, 10); got < 20 || got > 25 {
		t.Errorf("width of Bodø at 10 pt = %.2f", got)
	}
	// ★ is measured in DejaVu, the font that draws it.
	if got, want := fs.width("★", regular, 10), float64(dv.advance('★'))/100; got != want {
		t.Errorf("width of ★ = %.2f, want DejaVu's %.2f", got, want)
	}
	if _, err := parseFace([]byte("not a font")); err == nil {
		t.Error("parseFace accepted garbage")
	}
}

func TestWrap(t *testing.T) {
	fs := testFonts(t)
	ts := tstyle{st: regular, size: 10}
	for _, tt := range []struct {
		name  string
		runs  []render.Run
		width float64
		want  []string
	}{
		{"fits", render.Plain("Oppstart av planarbeid"), 200, []string{"Oppstart av planarbeid"}},
		{"breaks at spaces", render.Plain("Oppstart av planarbeid i Bodø"), 60, []string{"Oppstart av", "planarbeid i", "Bodø"}},
		{"collapses spaces at breaks", render.Plain("Oppstart     av"), 45, []string{"Oppstart", "av"}},
		{"hard line break", render.Plain("én\nto"), 200, []string{"én", "to"}},
		{"empty line kept", render.Plain("én\n\nto"), 200, []string{"én", "", "to"}},
		{"long word broken", render.Plain("Kommuneplanarealdelsrevisjon"), 50, []string{"Kommune", "planareald", "elsrevisjon"}},
		{"word across runs stays whole", []render.Run{{Text: "Se "}, {Text: "planveilederen", Bold: true}, {Text: ", side 4"}}, 80, []string{"Se", "planveilederen|,", "side 4"}},
		{"runs on one line", []render.Run{{Text: "hvem", Bold: true}, {Text: " gjør "}, {Text: "hva", Italic: true}}, 200, []string{"hvem|gjør|hva"}},
		{"empty", nil, 100, []string{""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := fs.wrapRuns(tt.runs, ts, tt.width)
			got := lineTexts(lines)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, ln := range lines {
				if ln.w > tt.width+0.01 {
					t.Errorf("line %q is %.1f wide, more than %.1f", lineTexts([]textLine{ln}), ln.w, tt.width)
				}
			}
		})
	}
}

func TestTruncateAndClean(t *testing.T) {
	fs := testFonts(t)
	ts := tstyle{st: regular, size: 10}
	if got := truncate(fs, "Kort", ts, 100); got != "Kort" {
		t.Errorf("truncate kept %q", got)
	}
	got := truncate(fs, "Medvirkning med barn og unge i Salten", ts, 80)
	if !strings.HasSuffix(got, "…") || fs.width(got, regular, 10) > 80 {
		t.Errorf("truncate gave %q", got)
	}
	if got := fs.clean("a\tb\x07c\U0001F600 plan\u00adprogram\u200b", regular); got != "a bc? planprogram" {
		t.Errorf("clean = %q", got)
	}
}
