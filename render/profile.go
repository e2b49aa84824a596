package render

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/prosessplan/go-prosessplan/internal/yamlfile"
	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Profile is a municipality's layout: name, logo, colours, fonts, the chief
// executive's title and the footer text. Every writer uses it.
type Profile struct {
	Municipality string
	// Logo is a PNG image shown in page headers, or nil.
	Logo []byte
	// LogoAlt is the logo's alternative text.
	LogoAlt string
	// PrimaryColor and AccentColor are RRGGBB hex colours for headings,
	// table header rows and phase bands.
	PrimaryColor string
	AccentColor  string
	// Font is the body font family name, e.g. "Arial" or "Liberation Sans".
	Font string
	// ChiefExecutive is the title used in recommendations: "kommunedirektør"
	// (the default, kommuneloven 2018) or "rådmann".
	ChiefExecutive string
	FooterText     string
}

// Chief executive titles a profile may name.
const (
	Kommunedirektor = "kommunedirektør"
	Radmann         = "rådmann"
)

// DefaultProfile returns a neutral profile for municipality name: dark
// blue headings on a light grey-blue accent (contrast above 4.5:1 for
// text on either), Liberation Sans, and the title kommunedirektør.
func DefaultProfile(name string) Profile {
	return Profile{
		Municipality:   name,
		PrimaryColor:   "1F3A5F",
		AccentColor:    "DCE6F0",
		Font:           "Liberation Sans",
		ChiefExecutive: Kommunedirektor,
	}
}

// ProfileError is a problem in a profile file, with the line it is on
// (0 when unknown). A profile is written by a person at the municipality,
// so the error carries its message in the planner's languages (Message);
// Error is the developer's English. Err, when set, is the underlying error
// (a logo file that cannot be read, [ErrNotPNG], [ErrProfileTooLarge]).
type ProfileError struct {
	File string
	Line int
	// Text is the message in bokmål, nynorsk and English, without the
	// file and line, e.g. «farge: "blå" er ikke en farge — …».
	Text map[prosessplan.Language]string
	Err  error
}

func (e *ProfileError) pos() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return e.File
}

// Error returns "file:line: message: cause" in English.
func (e *ProfileError) Error() string {
	msg := e.pos() + ": " + e.Text[prosessplan.English]
	// The message already says what the profile's own sentinels say.
	if e.Err != nil && e.Err != ErrNotPNG && e.Err != ErrProfileTooLarge {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Message returns "file:line: message" in language l, for the planner,
// by the rule of [prosessplan.Text.In]: bokmål when l has none.
func (e *ProfileError) Message(l prosessplan.Language) string {
	return e.pos() + ": " + prosessplan.TextOf(e.Text).In(l)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *ProfileError) Unwrap() error { return e.Err }

// ErrNotPNG is wrapped by ReadProfile's error when the logo is not a PNG image.
var ErrNotPNG = errors.New("render: logo is not a PNG image")

// maxProfileSize is the largest profile file ReadProfile reads: room for
// an inline logo, and a bound on what a wrong file can take.
const maxProfileSize = 16 << 20

// ErrProfileTooLarge is wrapped by ReadProfile's error for a profile file
// larger than 16 MiB.
var ErrProfileTooLarge = errors.New("render: profile file too large")

// profileKeys are the keys of a profile file, in Norwegian as plan files are.
var profileKeys = []string{"kommune", "logo", "logo-alt", "farge", "aksentfarge", "skrift", "administrasjonssjef", "bunntekst"}

// ReadProfile reads a profile file (YAML or JSON; the logo as a path in
// fsys, or inline base64). name is used in error messages. fsys may be nil
// when the logo is inline or absent; the CLI passes os.DirFS of the profile's
// folder, the built-in example its embedded files.
//
// The keys are kommune, logo, logo-alt, farge, aksentfarge (RRGGBB, with
// or without #), skrift, administrasjonssjef ("kommunedirektør" or
// "rådmann") and bunntekst. Keys left out keep DefaultProfile's values.
// The values are texts on the top level: plain or quoted, or "|" or ">"
// blocks (for a long base64 logo); lists and nested keys are refused.
func ReadProfile(r io.Reader, name string, fsys fs.FS) (Profile, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxProfileSize+1))
	if err != nil {
		return Profile{}, &ProfileError{File: name, Text: prosessplan.Text{NB: "kan ikke lese profilen", NN: "kan ikkje lese profilen", EN: "cannot read the profile"}.Map(), Err: err}
	}
	if len(data) > maxProfileSize {
		mib := maxProfileSize >> 20
		return Profile{}, &ProfileError{File: name, Text: prosessplan.Text{
			NB: fmt.Sprintf("profilen er større enn %d MiB — sjekk at det er riktig fil", mib),
			NN: fmt.Sprintf("profilen er større enn %d MiB — sjekk at det er rett fil", mib),
			EN: fmt.Sprintf("the profile is larger than %d MiB — check that it is the right file", mib),
		}.Map(), Err: ErrProfileTooLarge}
	}
	var vals []kv
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		vals, err = parseJSONProfile(data, name)
	} else {
		vals, err = parseFlatYAML(data, name)
	}
	if err != nil {
		return Profile{}, err
	}
	p := DefaultProfile("")
	for _, v := range vals {
		perr := func(t map[prosessplan.Language]string, err error) error {
			return &ProfileError{File: name, Line: v.line, Text: t, Err: err}
		}
		switch v.key {
		case "kommune":
			p.Municipality = v.val
		case "logo-alt":
			p.LogoAlt = v.val
		case "skrift":
			p.Font = v.val
		case "bunntekst":
			p.FooterText = v.val
		case "farge", "aksentfarge":
			c, ok := hexColor(v.val)
			if !ok {
				return Profile{}, perr(prosessplan.Text{
					NB: fmt.Sprintf("%s: %q er ikke en farge — skriv den som seks heksadesimale sifre, f.eks. \"1F3A5F\"", v.key, v.val),
					NN: fmt.Sprintf("%s: %q er ikkje ein farge — skriv han som seks heksadesimale siffer, t.d. \"1F3A5F\"", v.key, v.val),
					EN: fmt.Sprintf("%s: %q is not a colour — write it as six hexadecimal digits, e.g. \"1F3A5F\"", v.key, v.val),
				}.Map(), nil)
			}
			if v.key == "farge" {
				p.PrimaryColor = c
			} else {
				p.AccentColor = c
			}
		case "administrasjonssjef":
			switch strings.ToLower(v.val) {
			case Kommunedirektor, "kommunedirektor":
				p.ChiefExecutive = Kommunedirektor
			case Radmann, "radmann":
				p.ChiefExecutive = Radmann
			default:
				return Profile{}, perr(prosessplan.Text{
					NB: fmt.Sprintf("administrasjonssjef: %q er ukjent — skriv \"kommunedirektør\" eller \"rådmann\"", v.val),
					NN: fmt.Sprintf("administrasjonssjef: %q er ukjend — skriv \"kommunedirektør\" eller \"rådmann\"", v.val),
					EN: fmt.Sprintf("administrasjonssjef: %q is unknown — write \"kommunedirektør\" or \"rådmann\"", v.val),
				}.Map(), nil)
			}
		case "logo":
			logo, err := readLogo(v.val, fsys)
			if err != nil {
				return Profile{}, perr(logoText(v.val, err), err)
			}
			p.Logo = logo
		default:
			t := prosessplan.Text{NB: fmt.Sprintf("ukjent nøkkel %q", v.key), NN: fmt.Sprintf("ukjend nøkkel %q", v.key), EN: fmt.Sprintf("unknown key %q", v.key)}
			if s := prosessplan.Suggest(v.key, profileKeys); s != "" {
				t.NB += fmt.Sprintf(" — mente du %q?", s)
				t.NN += fmt.Sprintf(" — meinte du %q?", s)
				t.EN += fmt.Sprintf(" — did you mean %q?", s)
			} else {
				known := strings.Join(profileKeys, ", ")
				t.NB += " — kjente nøkler er " + known
				t.NN += " — kjende nøklar er " + known
				t.EN += " — the known keys are " + known
			}
			return Profile{}, perr(t.Map(), nil)
		}
	}
	return p, nil
}

type kv struct {
	key, val string
	line     int
}

func parseJSONProfile(data []byte, name string) ([]kv, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, &ProfileError{File: name, Line: 1, Text: prosessplan.Text{NB: "profilen må være et JSON-objekt", NN: "profilen må vere eit JSON-objekt", EN: "the profile must be a JSON object"}.Map(), Err: err}
	}
	var out []kv
	for dec.More() {
		line := lineAt(data, dec.InputOffset())
		kt, err := dec.Token()
		if err != nil {
			return nil, &ProfileError{File: name, Line: line, Text: prosessplan.Text{NB: "ugyldig JSON", NN: "ugyldig JSON", EN: "invalid JSON"}.Map(), Err: err}
		}
		key, _ := kt.(string)
		var val any
		if err := dec.Decode(&val); err != nil {
			return nil, &ProfileError{File: name, Line: line, Text: prosessplan.Text{NB: "ugyldig JSON", NN: "ugyldig JSON", EN: "invalid JSON"}.Map(), Err: err}
		}
		s, ok := val.(string)
		if !ok {
			return nil, &ProfileError{File: name, Line: line, Text: prosessplan.Text{NB: key + ": verdien må være tekst", NN: key + ": verdien må vere tekst", EN: key + ": the value must be text"}.Map()}
		}
		out = append(out, kv{key, s, line})
	}
	return out, nil
}

func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// parseFlatYAML reads a profile in YAML: keys with texts, on the top
// level only.
func parseFlatYAML(data []byte, name string) ([]kv, error) {
	tree, err := yamlfile.Parse(data)
	if err != nil {
		var se *yamlfile.SyntaxError
		line := 0
		if errors.As(err, &se) {
			line = se.Line
		}
		return nil, &ProfileError{File: name, Line: line, Text: prosessplan.Text{
			NB: "ugyldig YAML — sjekk innrykk, kolon og anførselstegn",
			NN: "ugyldig YAML — sjekk innrykk, kolon og hermeteikn",
			EN: "invalid YAML — check indentation, colons and quotes",
		}.Map(), Err: err}
	}
	root := yamlfile.Value(tree.Root)
	if root == nil {
		return nil, nil
	}
	if root.Kind != yamlfile.Mapping {
		return nil, &ProfileError{File: name, Line: root.Line, Text: prosessplan.Text{
			NB: "en profil er nøkler med verdier, én «nøkkel: verdi» per linje",
			NN: "ein profil er nøklar med verdiar, éin «nøkkel: verdi» per linje",
			EN: "a profile is keys with values, one «key: value» per line",
		}.Map()}
	}
	var out []kv
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := yamlfile.Value(root.Content[i]), yamlfile.Value(root.Content[i+1])
		if k == nil || k.Kind != yamlfile.Scalar {
			k = root.Content[i]
			return nil, &ProfileError{File: name, Line: k.Line, Text: prosessplan.Text{
				NB: "en nøkkel skal være et ord, som «kommune»",
				NN: "ein nøkkel skal vere eit ord, som «kommune»",
				EN: "a key is a word, such as «kommune»",
			}.Map()}
		}
		switch {
		case v == nil:
			out = append(out, kv{k.Value, "", k.Line})
			continue
		case v.Kind == yamlfile.Mapping && v.Line > k.Line:
			return nil, &ProfileError{File: name, Line: v.Line, Text: prosessplan.Text{
				NB: "innrykket linje — en profil har bare nøkler på øverste nivå",
				NN: "innrykt linje — ein profil har berre nøklar på øvste nivå",
				EN: "indented line — a profile has keys on the top level only",
			}.Map()}
		case v.Kind != yamlfile.Scalar:
			return nil, &ProfileError{File: name, Line: v.Line, Text: prosessplan.Text{
				NB: k.Value + ": lister og tabeller støttes ikke i en profil",
				NN: k.Value + ": lister og tabellar er ikkje støtta i ein profil",
				EN: k.Value + ": lists and tables are not supported in a profile",
			}.Map()}
		}
		out = append(out, kv{k.Value, strings.TrimSpace(v.Value), k.Line})
	}
	return out, nil
}

func hexColor(s string) (string, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return "", false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return "", false
		}
	}
	return strings.ToUpper(s), true
}

var pngMagic = []byte("\x89PNG\r\n\x1a\n")

// errLogoPath is readLogo's error for a logo named by a path that leaves
// the profile's folder or is not a path at all.
var errLogoPath = errors.New("render: logo path must be relative to the profile's folder")

// logoText words readLogo's error err for the logo value v.
func logoText(v string, err error) map[prosessplan.Language]string {
	switch {
	case errors.Is(err, ErrNotPNG):
		return prosessplan.Text{NB: "logo: " + v + ": logoen er ikke et PNG-bilde", NN: "logo: " + v + ": logoen er ikkje eit PNG-bilete", EN: "logo: " + v + ": the logo is not a PNG image"}.Map()
	case errors.Is(err, errLogoPath):
		return prosessplan.Text{
			NB: fmt.Sprintf("logo: %q: skriv logoen som en sti i forhold til profilfilens mappe, f.eks. \"logo.png\"", v),
			NN: fmt.Sprintf("logo: %q: skriv logoen som ein sti i høve til mappa til profilfila, t.d. \"logo.png\"", v),
			EN: fmt.Sprintf("logo: %q: write the logo as a path relative to the profile's folder, e.g. \"logo.png\"", v),
		}.Map()
	case errors.Is(err, fs.ErrNotExist):
		return prosessplan.Text{NB: fmt.Sprintf("logo: %q finnes ikke", v), NN: fmt.Sprintf("logo: %q finst ikkje", v), EN: fmt.Sprintf("logo: %q does not exist", v)}.Map()
	}
	return prosessplan.Text{NB: fmt.Sprintf("logo: kan ikke lese %q", v), NN: fmt.Sprintf("logo: kan ikkje lese %q", v), EN: fmt.Sprintf("logo: cannot read %q", v)}.Map()
}

// readLogo reads the logo: inline base64 (optionally as a data: URL), or a
// PNG file relative to dir.
func readLogo(v string, fsys fs.FS) ([]byte, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	if rest, ok := strings.CutPrefix(v, "data:"); ok {
		if i := strings.Index(rest, ","); i >= 0 {
			v = rest[i+1:]
		}
	}
	compact := strings.Join(strings.Fields(v), "")
	decoded, b64err := base64.StdEncoding.DecodeString(compact)
	if b64err == nil && bytes.HasPrefix(decoded, pngMagic) {
		return decoded, nil
	}
	// Long base64 text that is not a PNG is a wrong logo, not a file name.
	if b64err == nil && len(compact) > 200 {
		return nil, ErrNotPNG
	}
	if fsys == nil {
		return nil, fmt.Errorf("%q: %w", v, fs.ErrNotExist)
	}
	name := path.Clean(filepath.ToSlash(v))
	if !fs.ValidPath(name) {
		return nil, errLogoPath
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(b, pngMagic) {
		return nil, ErrNotPNG
	}
	return b, nil
}
