package render_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

var update = flag.Bool("update", false, "rewrite generated files (examples/bodo-logo.png)")

func TestDefaultProfile(t *testing.T) {
	p := render.DefaultProfile("Bodø kommune")
	if p.Municipality != "Bodø kommune" || p.Font != "Liberation Sans" || p.ChiefExecutive != "kommunedirektør" ||
		len(p.PrimaryColor) != 6 || len(p.AccentColor) != 6 || p.Logo != nil {
		t.Errorf("%+v", p)
	}
}

func TestReadProfileBodo(t *testing.T) {
	f, err := os.Open("../examples/bodo-profile.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := render.ReadProfile(f, "bodo-profile.yaml", os.DirFS("../examples"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Municipality != "Bodø kommune" || p.PrimaryColor != "00558B" || p.AccentColor != "E3EEF6" ||
		p.ChiefExecutive != "rådmann" || p.Font != "Liberation Sans" ||
		!strings.Contains(p.LogoAlt, "illustrasjon") || !strings.Contains(p.FooterText, "Bodø kommune") {
		t.Errorf("%+v", p)
	}
	img, err := png.Decode(bytes.NewReader(p.Logo))
	if err != nil || img.Bounds().Dx() != 96 {
		t.Errorf("logo: %v, %v", err, img)
	}
}

func TestReadProfileFormats(t *testing.T) {
	logo := bodoLogo(t)
	b64 := base64.StdEncoding.EncodeToString(logo)
	tests := []struct {
		name, in string
		want     render.Profile
	}{
		{"yaml", "# profil\nkommune: Fjord kommune\nfarge: \"#1a2b3c\"\nskrift: 'Arial'\nadministrasjonssjef: kommunedirektør # standard\nbunntekst: Fjord kommune – Postboks 1\n",
			render.Profile{Municipality: "Fjord kommune", PrimaryColor: "1A2B3C", AccentColor: "DCE6F0", Font: "Arial", ChiefExecutive: "kommunedirektør", FooterText: "Fjord kommune – Postboks 1"}},
		{"json", `{"kommune": "Vaksdal kommune", "aksentfarge": "eeeeee", "administrasjonssjef": "rådmann"}`,
			render.Profile{Municipality: "Vaksdal kommune", PrimaryColor: "1F3A5F", AccentColor: "EEEEEE", Font: "Liberation Sans", ChiefExecutive: "rådmann"}},
		{"yaml base64 block", "kommune: Alver\nlogo: |\n  " + b64[:40] + "\n  " + b64[40:] + "\nlogo-alt: Logo\n",
			render.Profile{Municipality: "Alver", PrimaryColor: "1F3A5F", AccentColor: "DCE6F0", Font: "Liberation Sans", ChiefExecutive: "kommunedirektør", LogoAlt: "Logo", Logo: logo}},
		{"json data url", `{"logo": "data:image/png;base64,` + b64 + `"}`,
			render.Profile{PrimaryColor: "1F3A5F", AccentColor: "DCE6F0", Font: "Liberation Sans", ChiefExecutive: "kommunedirektør", Logo: logo}},
	}
	for _, tt := range tests {
		got, err := render.ReadProfile(strings.NewReader(tt.in), "p", os.DirFS(t.TempDir()))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !bytes.Equal(got.Logo, tt.want.Logo) {
			t.Errorf("%s: logo differs", tt.name)
		}
		got.Logo, tt.want.Logo = nil, nil
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestReadProfileErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "logo.jpg"), []byte("\xff\xd8\xff\xe0 not a png"), 0o644)
	tests := []struct {
		in string
		// nb is the planner's message (Message(Bokmal)); en is the start
		// of the developer's Error().
		nb, en string
		is     error
	}{
		{"kommune: Bodø\nfarg: 00558B\n", `profil.yaml:2: ukjent nøkkel "farg" — mente du "farge"?`, `profil.yaml:2: unknown key "farg" — did you mean "farge"?`, nil},
		{"farge: blå\n", `profil.yaml:1: farge: "blå" er ikke en farge — skriv den som seks heksadesimale sifre, f.eks. "1F3A5F"`, `profil.yaml:1: farge: "blå" is not a colour`, nil},
		{"administrasjonssjef: ordfører\n", `profil.yaml:1: administrasjonssjef: "ordfører" er ukjent — skriv "kommunedirektør" eller "rådmann"`, `profil.yaml:1: administrasjonssjef: "ordfører" is unknown`, nil},
		{"kommune: Bodø\nlogo: mangler.png\n", `profil.yaml:2: logo: "mangler.png" finnes ikke`, `profil.yaml:2: logo: "mangler.png" does not exist: open mangler.png`, fs.ErrNotExist},
		{"logo: logo.jpg\n", "profil.yaml:1: logo: logo.jpg: logoen er ikke et PNG-bilde", "profil.yaml:1: logo: logo.jpg: the logo is not a PNG image", render.ErrNotPNG},
		{"logo: ../logo.png\n", `profil.yaml:1: logo: "../logo.png": skriv logoen som en sti i forhold til profilfilens mappe`, `profil.yaml:1: logo: "../logo.png": write the logo as a path relative to the profile's folder`, nil},
		{"kommune:\n  navn: Bodø\n", "profil.yaml:2: innrykket linje — en profil har bare nøkler på øverste nivå", "profil.yaml:2: indented line", nil},
		{"farge: [1, 2]\n", "profil.yaml:1: farge: lister og tabeller støttes ikke i en profil", "profil.yaml:1: farge: lists and tables are not supported", nil},
		{`{"kommune": 7}`, "profil.yaml:1: kommune: verdien må være tekst", "profil.yaml:1: kommune: the value must be text", nil},
		{"kommune: 'Bodø\nfarge: 00558B\n", "profil.yaml:3: ugyldig YAML — sjekk innrykk, kolon og anførselstegn", "profil.yaml:3: invalid YAML", nil},
		{"kommune: Bodø\nkommune:\n  - a\n", "profil.yaml:3: kommune: lister og tabeller støttes ikke i en profil", "profil.yaml:3: kommune: lists and tables", nil},
		{"kommune: " + strings.Repeat("x", 16<<20) + "\n", "profil.yaml: profilen er større enn 16 MiB", "profil.yaml: the profile is larger than 16 MiB", render.ErrProfileTooLarge},
	}
	for _, tt := range tests {
		_, err := render.ReadProfile(strings.NewReader(tt.in), "profil.yaml", os.DirFS(dir))
		var pe *render.ProfileError
		if !errors.As(err, &pe) || pe.File != "profil.yaml" {
			t.Errorf("%.40q: error %v (%T), want a *ProfileError", tt.in, err, err)
			continue
		}
		if got := pe.Message(prosessplan.Bokmal); !strings.HasPrefix(got, tt.nb) {
			t.Errorf("%.40q: Message(nb) = %q, want %q", tt.in, got, tt.nb)
		}
		if got := err.Error(); !strings.HasPrefix(got, tt.en) {
			t.Errorf("%.40q: Error() = %q, want %q", tt.in, got, tt.en)
		}
		if nn := pe.Message(prosessplan.Nynorsk); nn == "" || nn == pe.Message(prosessplan.English) {
			t.Errorf("%.40q: no nynorsk message: %q", tt.in, nn)
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%.40q: error does not wrap %v", tt.in, tt.is)
		}
	}
}

// bodoLogo draws the illustrative logo of the Bodø example: a plain shield
// with three waves, not the real coat of arms. Drawn in code so it is
// deterministic and small; TestBodoLogoFile keeps the file in step.
func bodoLogo(t testing.TB) []byte {
	const n = 96
	blue := color.RGBA{0x00, 0x55, 0x8B, 0xFF}
	gold := color.RGBA{0xF2, 0xC1, 0x4E, 0xFF}
	white := color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	pal := color.Palette{color.RGBA{}, blue, gold, white}
	img := image.NewPaletted(image.Rect(0, 0, n, n), pal)
	inShield := func(x, y int) bool {
		fx, fy := float64(x)-n/2+0.5, float64(y)
		if fy < 8 || fy > 90 || fx < -38 || fx > 38 {
			return false
		}
		if fy <= 50 {
			return true
		}
		// The lower half narrows to a point: an ellipse from the sides to the tip.
		ry := (fy - 50) / 40
		return fx*fx/(38*38)+ry*ry <= 1
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if !inShield(x, y) {
				continue
			}
			img.SetColorIndex(x, y, 1)
			border := !inShield(x-3, y) || !inShield(x+3, y) || !inShield(x, y-3) || !inShield(x, y+3)
			if border {
				img.SetColorIndex(x, y, 2)
				continue
			}
			// Three waves: y0 + 4·sin shape approximated by a triangle wave, no math import needed.
			for _, y0 := range []int{40, 54, 68} {
				phase := (x % 16)
				if phase > 8 {
					phase = 16 - phase
				}
				wy := y0 + phase/2 - 2
				if y >= wy && y < wy+3 {
					img.SetColorIndex(x, y, 3)
				}
			}
			// A sun over the waves.
			dx, dy := x-n/2, y-24
			if dx*dx+dy*dy <= 81 {
				img.SetColorIndex(x, y, 2)
			}
		}
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBodoLogoFile(t *testing.T) {
	logo := bodoLogo(t)
	const file = "../examples/bodo-logo.png"
	if *update {
		if err := os.WriteFile(file, logo, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, logo) {
		t.Errorf("%s is not the logo bodoLogo draws; run go test ./render -update", file)
	}
}

// A profile in YAML: keys left out keep DefaultProfile's values, and a
// mistake names the line.
func ExampleReadProfile() {
	src := `# Profil for Bodø kommune
kommune: Bodø kommune
farge: "#00558B"
administrasjonssjef: rådmann
bunntekst: Bodø kommune – Postboks 319, 8001 Bodø
`
	p, err := render.ReadProfile(strings.NewReader(src), "bodo-profil.yaml", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Municipality, p.PrimaryColor, p.AccentColor, p.Font, p.ChiefExecutive)
	fmt.Println(p.FooterText)

	// A mistake gets the line, and words for the planner in her language
	// besides the developer's English.
	_, err = render.ReadProfile(strings.NewReader("kommune: Bodø\nfarg: 00558B\n"), "bodo-profil.yaml", nil)
	fmt.Println(err)
	var pe *render.ProfileError
	if errors.As(err, &pe) {
		fmt.Println(pe.Message(prosessplan.Nynorsk))
	}
	// Output:
	// Bodø kommune 00558B DCE6F0 Liberation Sans rådmann
	// Bodø kommune – Postboks 319, 8001 Bodø
	// bodo-profil.yaml:2: unknown key "farg" — did you mean "farge"?
	// bodo-profil.yaml:2: ukjend nøkkel "farg" — meinte du "farge"?
}
