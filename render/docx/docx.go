// Package docx writes a [render.Document] as a Word document
// (WordprocessingML, .docx), either as a new document with its own styles or
// inside the municipality's own .dotx/.docx template.
//
// The package uses the standard library only. It never decodes and
// re-encodes a template's XML: encoding/xml is used to find byte offsets,
// and the template's bytes are spliced, so everything the
// writer does not need to touch (styles, theme, headers and footers with the
// logo, content controls, customXml parts, fields, bookmarks) is kept byte
// for byte. Parts the writer does not change are even copied compressed, as
// they were (after being inflated once to be checked).
//
// New XML is appended in schema order to one buffer and streamed into the
// zip, so a 10,000-activity plan needs a few megabytes; user text is escaped
// by the rules of xml.EscapeText, dropping characters XML 1.0 forbids.
//
// Output is deterministic: the same document and template give the same
// bytes. Document properties take their dates from [render.Document.Created],
// never from the clock.
//
// # Table of contents and the "update fields?" question
//
// A [render.TableOfContents] becomes a Word TOC field whose result already
// lists the headings as links, so the contents read right before anything
// is updated. Page numbers are not in that result: the writer does not lay
// pages out, and a wrong number is worse than none. For Word to fill them
// in, a document with a table of contents sets w:updateFields in
// settings.xml (and marks the TOC field dirty); that setting, and nothing
// else, makes Word ask on opening whether to update the document's fields —
// answer yes and the numbers appear. A document without a table of
// contents (every saksframlegg) never asks. LibreOffice shows the entries
// without page numbers until Tools ▸ Update ▸ Update All.
//
// # Keeping tables together
//
// Tables use "keep with next" on their rows' paragraphs, as the PDF writer
// keeps them together: a table of at most eight rows stays on one page, the
// caption and header stay with the first rows, a paragraph right before a
// table stays with it, and before a page turn the last four rows stay
// together. A table whose column is too narrow for a word is set a little
// smaller (down to 7 pt) rather than have the word broken in the middle.
//
// # Templates
//
// A template is untrusted input. [WithTemplate] refuses one larger than
// [MaxTemplateSize] before reading it, inflates every part once through the
// Max* limits (counting the bytes it really inflates to, not what the zip
// claims), and refuses part names that leave their folder, relationships
// that leave the package, DTDs and deeply nested XML, so that nothing
// hostile reaches the output. Refusals are [*TemplateError] values naming
// the part, matchable with errors.Is against the Err variables.
//
// Slots the template holds for the header fields in
// [render.Document.Fields] — content controls and bookmarks named
// saksbehandler, arkivsak, arkivkode, løpenr, dato or tittel, and empty
// cells beside label cells such as «Saksbehandler:» — are filled, and the
// fields placed there are left out of the document's Header block. A field
// without a value leaves its slot as the template has it, to fill in.
//
// # Concurrency
//
// Write keeps no state between calls and modifies neither the Document nor
// the template's bytes, so any number of goroutines may call it at once,
// with the same Document and the same template ReaderAt (bytes.Reader and
// os.File are safe for concurrent ReadAt); the tests run that under -race.
package docx

import (
	"errors"
	"fmt"
	"io"

	"github.com/prosessplan/go-prosessplan/render"
)

// Errors a template can cause. Write returns them wrapped in a
// [*TemplateError] that names the part; test with errors.Is. When Write
// returns one of them it has written nothing to w. The messages are for
// developers; a program that shows them to planners maps them to its own
// words with errors.Is and names the template file itself.
var (
	// ErrNotWord: the template is not a Word document (.docx or .dotx),
	// or one of its parts is broken.
	ErrNotWord = errors.New("docx: template is not a Word document (.docx or .dotx)")
	// ErrEncrypted: the template is password-protected (an encrypted
	// OOXML package is stored as an OLE compound file).
	ErrEncrypted = errors.New("docx: template is encrypted (password-protected); save it without a password")
	// ErrMacroEnabled: the template is a macro-enabled .docm/.dotm file.
	// Documents with macros are refused; save the template as .dotx.
	ErrMacroEnabled = errors.New("docx: template is macro-enabled (.docm/.dotm); save it as a .dotx or .docx without macros")
	// ErrPlaceholder: the placeholder asked for with WithPlaceholder,
	// WithBookmark or WithContentControl is not in the template's body.
	ErrPlaceholder = errors.New("docx: placeholder not found in the template")
	// ErrTooLarge: the template exceeds the size limits (file size, entry
	// count, uncompressed size, compression ratio, XML elements), as a zip
	// bomb would.
	ErrTooLarge = errors.New("docx: template is too large")
	// ErrUnsafe: the template holds what no Word document holds and what
	// could harm whoever unpacks or opens the output: a part name that
	// leaves its folder (../x, C:\x, /x), a relationship pointing outside
	// the package, a document type declaration (DTD, entities) in an XML
	// part, or XML nested deeper than any document nests.
	ErrUnsafe = errors.New("docx: template holds unsafe content")
)

// Errors of the document itself, not of a template.
var (
	// ErrNoDocument: Write was given a nil *render.Document.
	ErrNoDocument = errors.New("docx: no document (nil *render.Document)")
	// ErrLogo: Profile.Logo is not a PNG image with pixels.
	ErrLogo = errors.New("docx: Profile.Logo is not a usable PNG image")
)

// TemplateError is the error Write returns for a template it refuses. Err
// is one of the Err variables above, so errors.Is(err, ErrUnsafe) and the
// like work; errors.As gives the part.
type TemplateError struct {
	// Part is the template's part (zip entry) at fault, e.g.
	// "word/document.xml", or "" when the fault is the file as a whole.
	Part string
	// Problem says what is wrong, in English.
	Problem string
	// Err is the kind of fault: ErrNotWord, ErrTooLarge, ErrUnsafe,
	// ErrMacroEnabled, ErrEncrypted or ErrPlaceholder.
	Err error
}

func (e *TemplateError) Error() string {
	s := e.Err.Error()
	if e.Part != "" {
		s += ": part " + e.Part
	}
	if e.Problem != "" {
		s += ": " + e.Problem
	}
	return s
}

// Unwrap returns Err.
func (e *TemplateError) Unwrap() error { return e.Err }

func tmplErr(kind error, part, format string, args ...any) error {
	return &TemplateError{Part: part, Problem: fmt.Sprintf(format, args...), Err: kind}
}

// Limits on a template, so that a hostile file (a zip bomb) cannot exhaust
// memory. Real municipal templates are far below them.
const (
	// MaxTemplateSize is the largest template file, checked before any of
	// it is read.
	MaxTemplateSize = 64 << 20
	// MaxTemplateEntries is the most zip entries a template may hold.
	MaxTemplateEntries = 1000
	// MaxTemplatePart is the largest uncompressed size of one part.
	MaxTemplatePart = 64 << 20
	// MaxTemplateTotal is the largest uncompressed size of all parts,
	// counted as they are inflated.
	MaxTemplateTotal = 256 << 20
	// MaxTemplateRatio is the highest compression ratio of a part larger
	// than 1 MiB.
	MaxTemplateRatio = 100
)

// Option adjusts Write.
type Option func(*config)

type config struct {
	tmpl     io.ReaderAt
	tmplSize int64
	ph       placeholder
}

type placeholderKind int

const (
	phEnd placeholderKind = iota
	phText
	phBookmark
	phControl
)

type placeholder struct {
	kind placeholderKind
	val  string
}

func (p placeholder) String() string {
	switch p.kind {
	case phText:
		return fmt.Sprintf("paragraph %q", p.val)
	case phBookmark:
		return fmt.Sprintf("bookmark %q", p.val)
	case phControl:
		return fmt.Sprintf("content control with tag %q", p.val)
	}
	return "end of body"
}

// WithTemplate writes the document into the .dotx or .docx template read
// from r (size bytes, e.g. an *os.File and its size, or a bytes.Reader).
// The template is read only; a .dotx gives a .docx. Without a placeholder
// option the content replaces the paragraph [DefaultPlaceholder]
// («{{innhold}}») if the template has one, else it goes at the end of the
// template's body. A template larger than [MaxTemplateSize] is refused
// before any of it is read.
//
// The template's look wins: its styles (found by their built-in w:name, so
// "Overskrift1" serves as "heading 1"), fonts, headers, footers and logo
// are used, and Profile.Font and Profile.Logo are not. Styles the template
// lacks (List Bullet, List Number, toc 1, …) are added. Profile colours
// still shade table header rows and chart bands. Section breaks (the
// landscape timeline) copy the properties of the placeholder's section, so
// every page keeps the template's header and footer; the first-page header
// stays on the first page. The document's core properties (title, author,
// dates, language) replace the template's.
func WithTemplate(r io.ReaderAt, size int64) Option {
	return func(c *config) { c.tmpl, c.tmplSize = r, size }
}

// DefaultPlaceholder is the conventional marker: a template given without
// a placeholder option gets the content in place of a paragraph whose whole
// text is DefaultPlaceholder, if it has one, else at the end of its body.
const DefaultPlaceholder = "{{innhold}}"

// WithPlaceholder puts the content where the template has a paragraph whose
// whole text is marker, e.g. "{{innhold}}". The paragraph is replaced.
func WithPlaceholder(marker string) Option {
	return func(c *config) { c.ph = placeholder{phText, marker} }
}

// WithBookmark puts the content after the paragraph holding the template's
// bookmark name. The bookmark is kept.
func WithBookmark(name string) Option {
	return func(c *config) { c.ph = placeholder{phBookmark, name} }
}

// WithContentControl puts the content where the template has a block-level
// content control (w:sdt) whose tag is tag. The content control is replaced.
func WithContentControl(tag string) Option {
	return func(c *config) { c.ph = placeholder{phControl, tag} }
}

// Write writes d to w as a .docx. With [WithTemplate] the document is
// written into the template; otherwise it is a new A4 document with styles
// built from d.Profile. If the template is refused (see the Err variables),
// nothing is written to w.
func Write(w io.Writer, d *render.Document, opts ...Option) error {
	if d == nil {
		return ErrNoDocument
	}
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.tmpl != nil {
		t, err := openTemplate(c.tmpl, c.tmplSize)
		if err != nil {
			return err
		}
		return t.write(w, d, c.ph)
	}
	if c.ph.kind != phEnd {
		return fmt.Errorf("%w: %s asked for without a template", ErrPlaceholder, c.ph)
	}
	return writeNew(w, d)
}
