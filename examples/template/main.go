// Command template writes the Bodø example into a municipality's own Word
// template: the process plan and the saksframlegg for the final decision,
// with the template's letterhead, styles, fields and closing kept.
//
//	go run ./examples/template -o ut
//	go run ./examples/template -o ut -template kommunemal.dotx -placeholder '[[tekst]]'
//
// The content goes where the template has a paragraph whose whole text is
// the placeholder, by default the conventional {{innhold}}
// (docx.DefaultPlaceholder); the templates in testdata/templates show the
// other ways (a bookmark, a content control). Slots the template has for
// a saksframlegg's header fields (saksbehandler, arkivsak, dato …) are
// filled from the document.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/docx"
)

func main() {
	dir := flag.String("o", "", "folder to write into (default: a new temporary folder)")
	tmpl := flag.String("template", "testdata/templates/kommunemal.dotx", "the municipality's .dotx or .docx")
	mark := flag.String("placeholder", "", "the text of the template's paragraph the content replaces (default {{innhold}})")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "template-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		*dir = d
	}
	files, err := run(*tmpl, *mark, *dir)
	for _, f := range files {
		fmt.Println(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "template:", err)
		os.Exit(1)
	}
}

// run writes the plan and its final saksframlegg into the template, in dir.
func run(template, placeholder, dir string) ([]string, error) {
	t, err := os.ReadFile(template)
	if err != nil {
		return nil, err
	}
	s, problems := prosessplan.CheckPlan(examples.Bodo())
	if problems.HasErrors() {
		return nil, problems
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	docs := []*render.Document{render.Build(s, render.Options{})}
	if saks := render.BuildSaksframlegg(s, render.Options{}); len(saks) > 0 {
		docs = append(docs, saks[len(saks)-1])
	}
	var files []string
	for _, d := range docs {
		var b bytes.Buffer
		// The template is only read: each document gets its own copy.
		opts := []docx.Option{docx.WithTemplate(bytes.NewReader(t), int64(len(t)))}
		if placeholder != "" {
			opts = append(opts, docx.WithPlaceholder(placeholder))
		}
		err := docx.Write(&b, d, opts...)
		if err != nil {
			return files, fmt.Errorf("%s: %w", template, err)
		}
		path := filepath.Join(dir, d.FileName+".docx")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return files, err
		}
		files = append(files, path)
	}
	return files, nil
}
