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
// (0 when unknown). Err, when set, is the underlying error (a logo file
// that cannot be read).
type ProfileError struct {
	File string
	Line int
	Msg  string
	Err  error
}

// Error returns "file:line: message: cause".
func (e *ProfileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *ProfileError) Unwrap() error { return e.Err }

// ErrNotPNG is wrapped by ReadProfile's error when the logo is not a PNG image.
var ErrNotPNG = errors.New("logoen er ikke et PNG-bilde")

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
		return Profile{}, &ProfileError{File: name, Msg: "kan ikke lese profilen", Err: err}
	}
	if len(data) > maxProfileSize {
		return Profile{}, &ProfileError{File: name, Msg: fmt.Sprintf("profilen er større enn %d MiB — sjekk at det er riktig fil", maxProfileSize>>20), Err: ErrProfileTooLarge}
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
		perr := func(msg string, err error) error { return &ProfileError{File: name, Line: v.line, Msg: msg, Err: err} }
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
				return Profile{}, perr(fmt.Sprintf("%s: %q er ikke en farge — skriv den som seks heksadesimale sifre, f.eks. \"1F3A5F\"", v.key, v.val), nil)
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
				return Profile{}, perr(fmt.Sprintf("administrasjonssjef: %q er ukjent — skriv \"kommunedirektør\" eller \"rådmann\"", v.val), nil)
			}
		case "logo":
			logo, err := readLogo(v.val, fsys)
			if err != nil {
				return Profile{}, perr("logo", err)
			}
			p.Logo = logo
		default:
			msg := fmt.Sprintf("ukjent nøkkel %q", v.key)
			if s := prosessplan.Suggest(v.key, profileKeys); s != "" {
				msg += fmt.Sprintf(" — mente du %q?", s)
			} else {
				msg += " — kjente nøkler er " + strings.Join(profileKeys, ", ")
			}
			return Profile{}, perr(msg, nil)
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
		return nil, &ProfileError{File: name, Line: 1, Msg: "profilen må være et JSON-objekt", Err: err}
	}
	var out []kv
	for dec.More() {
		line := lineAt(data, dec.InputOffset())
		kt, err := dec.Token()
		if err != nil {
			return nil, &ProfileError{File: name, Line: line, Msg: "ugyldig JSON", Err: err}
		}
		key, _ := kt.(string)
		var val any
		if err := dec.Decode(&val); err != nil {
			return nil, &ProfileError{File: name, Line: line, Msg: "ugyldig JSON", Err: err}
		}
		s, ok := val.(string)
		if !ok {
			return nil, &ProfileError{File: name, Line: line, Msg: fmt.Sprintf("%s: verdien må være tekst", key)}
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
		return nil, &ProfileError{File: name, Line: line, Msg: "ugyldig YAML — sjekk innrykk, kolon og anførselstegn", Err: err}
	}
	root := yamlfile.Value(tree.Root)
	if root == nil {
		return nil, nil
	}
	if root.Kind != yamlfile.Mapping {
		return nil, &ProfileError{File: name, Line: root.Line, Msg: "en profil er nøkler med verdier, én «nøkkel: verdi» per linje"}
	}
	var out []kv
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := yamlfile.Value(root.Content[i]), yamlfile.Value(root.Content[i+1])
		if k == nil || k.Kind != yamlfile.Scalar {
			k = root.Content[i]
			return nil, &ProfileError{File: name, Line: k.Line, Msg: "en nøkkel skal være et ord, som «kommune»"}
		}
		switch {
		case v == nil:
			out = append(out, kv{k.Value, "", k.Line})
			continue
		case v.Kind == yamlfile.Mapping && v.Line > k.Line:
			return nil, &ProfileError{File: name, Line: v.Line, Msg: "innrykket linje — en profil har bare nøkler på øverste nivå"}
		case v.Kind != yamlfile.Scalar:
			return nil, &ProfileError{File: name, Line: v.Line, Msg: k.Value + ": lister og tabeller støttes ikke i en profil"}
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
		return nil, fmt.Errorf("%q: skriv logoen som en sti i forhold til profilfilens mappe, f.eks. \"logo.png\"", v)
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(b, pngMagic) {
		return nil, fmt.Errorf("%s: %w", v, ErrNotPNG)
	}
	return b, nil
}
