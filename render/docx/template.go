package docx

import (
	"io"

	"github.com/prosessplan/go-prosessplan/render"
)

type template struct{}

func openTemplate(r io.ReaderAt, size int64) (*template, error) { return nil, ErrNotWord }

func (t *template) write(w io.Writer, d *render.Document, ph placeholder) error { return nil }
