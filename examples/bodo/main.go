// Command bodo builds Bodø kommune's process plan for Boligplan 2018–2021
// in Go code (see plan.go), checks it and writes it in every format:
// the Gantt workbook, the plan in Word, PDF and Markdown, the calendar, and
// one saksframlegg draft in Word per political decision point.
//
//	go run ./examples/bodo -o ut
//
// It uses the library directly, as a program of a municipality's own
// would; the prosessplan command does the same with more options.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
	"github.com/prosessplan/go-prosessplan/render/ics"
	"github.com/prosessplan/go-prosessplan/render/md"
	"github.com/prosessplan/go-prosessplan/render/pdf"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

func main() {
	dir := flag.String("o", "", "folder to write into (default: a new temporary folder)")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "bodo-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		*dir = d
	}
	files, err := run(bodo(), *dir)
	for _, f := range files {
		fmt.Println(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bodo:", err)
		os.Exit(1)
	}
}

// run checks plan and writes every format into dir. It returns the files
// it wrote.
func run(plan *prosessplan.Plan, dir string) ([]string, error) {
	s, problems := prosessplan.CheckPlan(plan)
	if problems.HasErrors() {
		return nil, problems
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var opts render.Options // the plan's målform, the default profile
	doc := render.Build(s, opts)

	var files []string
	write := func(name string, fn func(io.Writer) error) error {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := fn(f); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
		files = append(files, path)
		return nil
	}
	steps := []struct {
		name string
		fn   func(io.Writer) error
	}{
		{doc.FileName + ".xlsx", func(w io.Writer) error { return xlsx.Write(w, s, xlsx.WithOptions(opts)) }},
		{doc.FileName + ".docx", func(w io.Writer) error { return docx.Write(w, doc) }},
		{doc.FileName + ".pdf", func(w io.Writer) error { return pdf.Write(w, doc) }},
		{doc.FileName + ".md", func(w io.Writer) error { return md.Write(w, doc) }},
		{doc.FileName + ".ics", func(w io.Writer) error { return ics.Write(w, s, ics.WithName(doc.Subject)) }},
	}
	for _, st := range steps {
		if err := write(st.name, st.fn); err != nil {
			return files, err
		}
	}
	for _, sak := range render.BuildSaksframlegg(s, opts) {
		if err := write(sak.FileName+".docx", func(w io.Writer) error { return docx.Write(w, sak) }); err != nil {
			return files, err
		}
	}
	return files, nil
}
