package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
	"github.com/prosessplan/go-prosessplan/render/html"
	"github.com/prosessplan/go-prosessplan/render/md"
	"github.com/prosessplan/go-prosessplan/render/pdf"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

// writers lays documents out in each format, with the options the flags
// asked for (template, archive PDF).
type writers struct {
	ctx     context.Context
	docx    []docx.Option
	archive bool
	// warnings are the PDF writer's, printed once all files are written.
	warnings pdfWarnings
}

// newWriters returns the writers for cfg. A template is read here, once,
// through the limit of a template and only if it is a regular file, and
// tried on an empty document, so that a template that cannot be used is
// reported before anything is rendered, naming the template.
func newWriters(ctx context.Context, cfg renderConfig) (*writers, error) {
	w := &writers{ctx: ctx, archive: cfg.archive}
	if cfg.template != "" {
		b, err := readInput(cfg.template, kindTemplate)
		if err != nil {
			return nil, err
		}
		w.docx = append(w.docx, docx.WithTemplate(bytes.NewReader(b), int64(len(b))))
	}
	switch p := cfg.placeholder; {
	case p == "":
	case strings.HasPrefix(p, "bokmerke:"):
		w.docx = append(w.docx, docx.WithBookmark(strings.TrimPrefix(p, "bokmerke:")))
	case strings.HasPrefix(p, "innholdskontroll:"):
		w.docx = append(w.docx, docx.WithContentControl(strings.TrimPrefix(p, "innholdskontroll:")))
	default:
		w.docx = append(w.docx, docx.WithPlaceholder(p))
	}
	if cfg.template != "" {
		if err := docx.Write(io.Discard, &render.Document{Title: "prosessplan"}, w.docx...); err != nil {
			return nil, &templateError{err}
		}
	}
	return w, nil
}

// templateError is a template docx.Write could not use.
type templateError struct{ err error }

func (e *templateError) Error() string { return e.err.Error() }
func (e *templateError) Unwrap() error { return e.err }

// templateMessage words an error of the Word template for the planner,
// naming the template (not the file being written), and ok false when err
// is not about the template.
func templateMessage(err error, cfg renderConfig, l prosessplan.Language) (string, bool) {
	t := cfg.template
	if t == "" {
		return "", false
	}
	switch {
	case errors.Is(err, docx.ErrPlaceholder):
		return fmt.Sprintf(msgs.tmplPlaceholder.In(l), cfg.placeholder, t), true
	case errors.Is(err, docx.ErrEncrypted):
		return fmt.Sprintf(msgs.tmplEncrypted.In(l), t), true
	case errors.Is(err, docx.ErrMacroEnabled):
		return fmt.Sprintf(msgs.tmplMacro.In(l), t), true
	case errors.Is(err, docx.ErrTooLarge):
		return fmt.Sprintf(msgs.tmplTooLarge.In(l), t), true
	case errors.Is(err, docx.ErrNotWord):
		return fmt.Sprintf(msgs.tmplNotWord.In(l), t), true
	}
	var te *templateError
	if errors.As(err, &te) {
		return fmt.Sprintf(msgs.tmplOther.In(l), t, te.err), true
	}
	return "", false
}

func (w *writers) xlsx(out io.Writer, s *prosessplan.Schedule, opts render.Options) error {
	// The system's temporary directory, not the output folder: a sheet
	// spilled there by a killed render is no litter among the planner's
	// files.
	return xlsx.Write(out, s, xlsx.WithOptions(opts), xlsx.WithTempDir(os.TempDir()))
}

// doc returns the output of the document d gives in format f ("docx",
// "pdf", "html" or "md") named base.f. d is called only when the file is
// written, so a document no chosen format needs is never built.
func (w *writers) doc(f string, d func() *render.Document, base string) output {
	o := output{name: base + "." + f, cost: formatCost[f]}
	switch f {
	case "md":
		o.write = func(out io.Writer) error { return md.Write(out, d()) }
	case "html":
		o.write = func(out io.Writer) error { return html.Write(out, d()) }
	case "docx":
		o.write = func(out io.Writer) error { return docx.Write(out, d(), w.docx...) }
	case "pdf":
		o.write = func(out io.Writer) error { return pdf.Write(out, d(), w.warnings.option(o.name)) }
		if w.archive {
			// PDF/A for the archive: the Word file, converted by LibreOffice.
			o.write = func(out io.Writer) error {
				var b bytes.Buffer
				if err := docx.Write(&b, d(), w.docx...); err != nil {
					return err
				}
				return pdf.Archive(w.ctx, &b, out)
			}
		}
	}
	return o
}
