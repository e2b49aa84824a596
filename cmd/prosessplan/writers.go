package main

import (
	"context"
	"fmt"
	"io"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// writers lays documents out in each format, with the options the flags
// asked for (template, archive PDF).
type writers struct {
	ctx      context.Context
	template []byte
	archive  bool
}

func newWriters(ctx context.Context, cfg renderConfig) (*writers, error) {
	w := &writers{ctx: ctx, archive: cfg.archive}
	return w, nil
}

func (w *writers) xlsx(out io.Writer, s *prosessplan.Schedule, opts render.Options) error {
	return fmt.Errorf("xlsx: %w", errNotYet)
}

// doc returns the output of d in format f ("docx", "pdf" or "md") named base.f.
func (w *writers) doc(f string, d *render.Document, base string) output {
	return output{base + "." + f, func(out io.Writer) error {
		return fmt.Errorf("%s: %w", f, errNotYet)
	}}
}

var errNotYet = fmt.Errorf("not available in this build yet")
