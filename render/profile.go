package render

import "io"

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

// DefaultProfile returns a neutral profile for municipality name.
func DefaultProfile(name string) Profile { panic("TODO") }

// ReadProfile reads a profile file (YAML or JSON; the logo as a path
// relative to dir or inline base64). name is used in error messages.
func ReadProfile(r io.Reader, name string, dir string) (Profile, error) { panic("TODO") }
