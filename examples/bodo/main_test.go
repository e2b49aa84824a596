package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	files, err := run(bodo(), dir)
	if err != nil {
		t.Fatal(err)
	}
	byExt := map[string][]string{}
	for _, f := range files {
		if filepath.Dir(f) != dir {
			t.Errorf("%s is outside %s", f, dir)
		}
		byExt[filepath.Ext(f)] = append(byExt[filepath.Ext(f)], f)
	}
	for _, ext := range []string{".xlsx", ".pdf", ".md", ".ics"} {
		if len(byExt[ext]) != 1 {
			t.Errorf("%d %s files, want 1", len(byExt[ext]), ext)
		}
	}
	// The plan, and one saksframlegg per political decision point:
	// melding om oppstart, høring and sluttbehandling. The approval of the
	// process plan in rådmannens ledergruppe is administrative: none.
	if n := len(byExt[".docx"]); n != 4 {
		t.Errorf("%d Word files, want 4: %v", n, byExt[".docx"])
	}
	md, err := os.ReadFile(byExt[".md"][0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Boligplan 2018–2021", "Referansegruppe 1 – eksterne samarbeidspartnere", "Bystyret"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	cal, _ := os.ReadFile(byExt[".ics"][0])
	if !strings.Contains(strings.ReplaceAll(string(cal), "\r\n ", ""), "DTSTART;VALUE=DATE:20171207\r\nDTEND;VALUE=DATE:20171208\r\nSUMMARY:Bystyret: Sluttbehandling") {
		t.Errorf("the calendar lacks the bystyret meeting of 7 December 2017")
	}
	validate.OOXML(t, append(byExt[".docx"], byExt[".xlsx"]...)...)
	validate.PDF(t, byExt[".pdf"][0], []string{"Boligplan 2018–2021"})
	validate.PDFTags(t, byExt[".pdf"])
}
