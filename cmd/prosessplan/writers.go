package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
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
}

func newWriters(ctx context.Context, cfg renderConfig) (*writers, error) {
	w := &writers{ctx: ctx, archive: cfg.archive}
	if cfg.template != "" {
		b, err := os.ReadFile(cfg.template)
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
	return w, nil
}

func (w *writers) xlsx(out io.Writer, s *prosessplan.Schedule, opts render.Options) error {
	return xlsx.Write(out, s, opts)
}

// doc returns the output of d in format f ("docx", "pdf" or "md") named base.f.
func (w *writers) doc(f string, d *render.Document, base string) output {
	o := output{name: base + "." + f}
	switch f {
	case "md":
		o.write = func(out io.Writer) error { return md.Write(out, d) }
	case "docx":
		o.write = func(out io.Writer) error { return docx.Write(out, d, w.docx...) }
	case "pdf":
		o.write = func(out io.Writer) error { return pdf.Write(out, d) }
		if w.archive {
			// PDF/A for the archive: the Word file, converted by LibreOffice.
			o.write = func(out io.Writer) error {
				var b bytes.Buffer
				if err := docx.Write(&b, d, w.docx...); err != nil {
					return err
				}
				return pdf.Archive(w.ctx, &b, out)
			}
		}
	}
	return o
}
