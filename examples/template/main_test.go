package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render/docx"
)

const kommunemal = "../../testdata/templates/kommunemal.dotx"

func TestRun(t *testing.T) {
	dir := t.TempDir()
	// No placeholder given: the template's {{innhold}} paragraph is found.
	files, err := run(kommunemal, "", dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || !strings.HasSuffix(files[1], "saksframlegg-4-2-sluttbehandling.docx") {
		t.Fatalf("wrote %v, want the plan and the final saksframlegg", files)
	}
	validate.OOXML(t, files...)
	// The template's own text stays around the content; the placeholder goes.
	text := validate.Office(t, files[1], []string{
		"Til: Bystyret i Bodø",                // the template's letterhead
		"Med hilsen Kommunedirektøren i Bodø", // and its closing
		"Boligplan 2018–2021 – sluttbehandling",
		"Bystyret vedtar Boligplan 2018–2021.",
		"Boligplan 2018–2021",
	})
	if strings.Contains(text, "{{innhold}}") {
		t.Error("the placeholder is still in the document")
	}
}

func TestRunWrongPlaceholder(t *testing.T) {
	_, err := run(kommunemal, "{{finnes ikke}}", t.TempDir())
	if !errors.Is(err, docx.ErrPlaceholder) {
		t.Errorf("err = %v, want docx.ErrPlaceholder", err)
	}
	if _, err := run(filepath.Join(t.TempDir(), "mangler.dotx"), "{{innhold}}", t.TempDir()); err == nil {
		t.Error("a missing template gave no error")
	}
}
