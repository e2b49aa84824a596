package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/prosessplan/go-prosessplan/internal/validate"
)

// written returns the files run printed, one per line.
func written(r result) []string {
	return strings.Fields(r.stdout)
}

// dirFiles returns the names in dir, temporary files included.
func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func only(t *testing.T, files []string, ext string) string {
	t.Helper()
	var hit []string
	for _, f := range files {
		if strings.HasSuffix(f, ext) {
			hit = append(hit, f)
		}
	}
	if len(hit) != 1 {
		t.Fatalf("want one %s file among %v", ext, files)
	}
	return hit[0]
}

func TestRenderFormatsAndOwnership(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ut")
	r := runCmd(t, "", "render", "-o", dir, "-format", "md,ics", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	files := written(r)
	if len(files) != 2 {
		t.Fatalf("wrote %v, want an .md and an .ics", files)
	}
	mdFile, icsFile := only(t, files, ".md"), only(t, files, ".ics")
	if filepath.Dir(mdFile) != dir {
		t.Errorf("%s is not in -o %s", mdFile, dir)
	}
	md := readFile(t, mdFile)
	for _, want := range []string{"Kulturplan 2027–2030", "Folkemøte om kulturlivet", "Kommunestyret"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if ics := readFile(t, icsFile); !strings.Contains(ics, "SUMMARY:Kommunestyret: Sluttbehandling – Kulturplan 2027–2030\r\n") {
		t.Errorf("calendar lacks the decision meeting:\n%s", ics)
	}
	// The advice of the plan goes to stderr; it does not stop rendering.
	if !strings.Contains(r.stderr, "råd: ") {
		t.Errorf("stderr lacks the plan's advice:\n%s", r.stderr)
	}

	// A second run replaces its own files.
	if r := runCmd(t, "", "render", "-o", dir, "-format", "md,ics", "testdata/liten.yaml"); r.code != 0 {
		t.Fatalf("second run: exit %d\n%s", r.code, r.stderr)
	}

	// The planner edits the Markdown: the next run refuses, and writes nothing.
	if err := os.WriteFile(mdFile, []byte("mine notater"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(icsFile)
	r = runCmd(t, "", "render", "-o", dir, "-format", "md,ics", "testdata/liten.yaml")
	if r.code != 1 {
		t.Errorf("edited file: exit %d, want 1", r.code)
	}
	if want := mdFile + " finnes fra før og er ikke skrevet av prosessplan, eller er endret siden."; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	if !strings.Contains(r.stderr, "-force") {
		t.Errorf("the refusal does not mention -force:\n%s", r.stderr)
	}
	if got := readFile(t, mdFile); got != "mine notater" {
		t.Errorf("edited file overwritten")
	}
	if _, err := os.Stat(icsFile); err == nil {
		t.Errorf("a refused run still wrote %s", icsFile)
	}

	// -force overwrites.
	r = runCmd(t, "", "render", "-o", dir, "-format", "md,ics", "-force", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("-force: exit %d\n%s", r.code, r.stderr)
	}
	if readFile(t, mdFile) != md {
		t.Errorf("-force did not write the Markdown again")
	}
	if names := dirFiles(t, dir); !slices.Equal(names, []string{manifestName, filepath.Base(icsFile), filepath.Base(mdFile)}) {
		t.Errorf("folder holds %v", names)
	}
}

func TestRenderRefusesForeignFile(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "md", "testdata/liten.yaml")
	mdFile := only(t, written(r), ".md")
	// Another folder, where a file of the same name was made by someone else.
	other := t.TempDir()
	foreign := filepath.Join(other, filepath.Base(mdFile))
	os.WriteFile(foreign, []byte("annet innhold"), 0o644)
	r = runCmd(t, "", "render", "-o", other, "-format", "md", "testdata/liten.yaml")
	if r.code != 1 || !strings.Contains(r.stderr, "ikke skrevet av prosessplan") {
		t.Errorf("foreign file: exit %d\n%s", r.code, r.stderr)
	}
	if readFile(t, foreign) != "annet innhold" {
		t.Errorf("foreign file overwritten")
	}
}

// A writer that fails (here: docx refusing a template that is not a Word
// file) leaves the good file of the last run and no temporary file.
func TestRenderFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "docx", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	docxFile := only(t, written(r), ".docx")
	good := readFile(t, docxFile)
	bad := filepath.Join(t.TempDir(), "mal.dotx")
	os.WriteFile(bad, []byte("dette er ikke en Word-mal"), 0o644)
	r = runCmd(t, "", "render", "-o", dir, "-format", "docx", "-template", bad, "testdata/liten.yaml")
	if r.code != 1 {
		t.Errorf("bad template: exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, "prosessplan render: malen "+bad+" er ikke et Word-dokument (.dotx eller .docx)") {
		t.Errorf("stderr does not say what is wrong:\n%s", r.stderr)
	}
	if readFile(t, docxFile) != good {
		t.Errorf("the good .docx was replaced")
	}
	if names := dirFiles(t, dir); len(names) != 2 {
		t.Errorf("folder holds %v, want the .docx and the manifest", names)
	}
}

func TestRenderErrorsAndDraft(t *testing.T) {
	broken := wrongPlan(t)
	dir := filepath.Join(t.TempDir(), "ut")
	r := runCmd(t, "", "render", "-o", dir, "-format", "md", broken)
	if r.code != 1 {
		t.Errorf("plan with errors: exit %d, want 1", r.code)
	}
	if want := broken + " har 1 feil og blir ikke laget."; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	if !strings.Contains(r.stderr, "-draft") {
		t.Errorf("stderr does not point to -draft")
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("a refused plan made the output folder")
	}

	r = runCmd(t, "", "render", "-o", dir, "-format", "md", "-draft", broken)
	if r.code != 0 {
		t.Fatalf("-draft: exit %d\n%s", r.code, r.stderr)
	}
	md := readFile(t, only(t, written(r), ".md"))
	if !strings.Contains(md, "Aktivitet 1.1 slutter (2026-01-30) før den starter (2026-02-02)") {
		t.Errorf("the draft does not list the problem:\n%s", md)
	}
}

func TestRenderStdinAndLanguage(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, readFile(t, "testdata/liten.yaml"), "render", "-o", dir, "-format", "ics", "-lang", "en", "-")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	ics := readFile(t, only(t, written(r), ".ics"))
	if !strings.Contains(ics, "SUMMARY:Kommunestyret: Final reading – Kulturplan 2027–2030\r\n") {
		t.Errorf("calendar not in English:\n%s", ics)
	}
	// The start-up meeting is only in the calendar with -ics-all.
	if strings.Contains(ics, "Oppstartsmøte") {
		t.Errorf("an ordinary meeting is in the calendar without -ics-all")
	}
	r = runCmd(t, "", "render", "-o", dir, "-format", "ics", "-ics-all", "testdata/liten.yaml")
	if ics := readFile(t, only(t, written(r), ".ics")); r.code != 0 || !strings.Contains(ics, "SUMMARY:Møte: Oppstartsmøte – Kulturplan 2027–2030\r\n") {
		t.Errorf("-ics-all: exit %d, calendar lacks the start-up meeting\n%s", r.code, r.stderr)
	}
}

func TestRenderUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"render", "-format", "xlsx,odt"}, `ukjent format "odt": velg blant xlsx, docx, pdf, html, md, ics, saksframlegg`},
		{[]string{"render", "-pdf", "pdfa"}, `ukjent verdi "pdfa" for -pdf`},
		{[]string{"render", "-lang", "de"}, `ukjent språk "de"`},
		{[]string{"render", "a.yaml", "b.yaml"}, "bare én planfil"},
		{[]string{"render", "-x"}, "prosessplan render: ukjent valg -x\nSe: prosessplan render -h\n"},
		{[]string{"render", "-x", "-lang", "en"}, "prosessplan render: unknown flag -x\nSee: prosessplan render -h\n"},
		{[]string{"render", "-lang=nn", "-o"}, "prosessplan render: valet -o må ha ein verdi\nSjå: prosessplan render -h\n"},
		{[]string{"render", "-force=kanskje"}, `prosessplan render: ugyldig verdi "kanskje" for -force`},
		// Options no chosen format uses are refused, not ignored.
		{[]string{"render", "-format", "md", "-pdf", "arkiv"}, "prosessplan render: -pdf arkiv gjelder bare PDF-filene, og -format md lager ingen"},
		{[]string{"render", "-format", "md,ics", "-template", "mal.dotx"}, "prosessplan render: -template brukes bare av Word-filene (docx, saksframlegg) og av -pdf arkiv, og -format md,ics lager ingen av dem"},
		{[]string{"render", "-format", "pdf", "-template", "mal.dotx", "-lang", "en"}, "prosessplan render: -template is used only by the Word files"},
	}
	for _, tt := range tests {
		r := runCmd(t, "", tt.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, r.code, r.stderr, tt.want)
		}
	}
}

// TestRenderBuiltinEveryFormat is the README's first command: the built-in
// example in every format, each file checked by the independent validators.
func TestRenderBuiltinEveryFormat(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	files := written(r)
	var sak []string
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "saksframlegg") {
			sak = append(sak, f)
		}
	}
	for _, ext := range []string{".xlsx", ".docx", ".pdf", ".md", ".ics"} {
		n := 0
		for _, f := range files {
			if strings.HasSuffix(f, ext) && !slices.Contains(sak, f) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d process plan files %s, want 1: %v", n, ext, files)
		}
	}
	// One saksframlegg per decision point, as .docx, .pdf and .md.
	if len(sak) == 0 || len(sak)%3 != 0 {
		t.Errorf("saksframlegg files: %v", sak)
	}
	var ooxml []string
	for _, f := range files {
		switch filepath.Ext(f) {
		case ".docx", ".xlsx":
			ooxml = append(ooxml, f)
		}
	}
	validate.OOXML(t, ooxml...)
	var pdfs []string
	for _, f := range files {
		if strings.HasSuffix(f, ".pdf") {
			pdfs = append(pdfs, f)
		}
		if strings.HasSuffix(f, ".pdf") && !slices.Contains(sak, f) {
			validate.PDF(t, f, []string{"Boligplan 2018–2021", "Bodø kommune"})
		}
	}
	// The plan and every saksframlegg are tagged PDFs a screen reader can follow.
	validate.PDFTags(t, pdfs)
	// The plan and a saksframlegg open in LibreOffice, with one start (each
	// writer's own tests open the rest).
	texts := validate.OfficeMany(t, []string{only(t, files, "2021.docx"), only(t, files, "saksframlegg-4-2-sluttbehandling.docx")})
	for f, text := range texts {
		want := []string{"Boligplan 2018–2021"}
		switch {
		case strings.HasSuffix(f, "saksframlegg-4-2-sluttbehandling.docx"):
			want = append(want, "Bystyret")
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s as LibreOffice reads it lacks %q", filepath.Base(f), w)
			}
		}
	}
}

// -pdf arkiv makes the PDF from the Word file with LibreOffice: PDF/A,
// tagged. It takes seconds, so -short skips it.
func TestRenderArchivePDF(t *testing.T) {
	t.Parallel() // slow: runs beside the package's other slow tests
	if testing.Short() {
		t.Skip("LibreOffice conversion; skipped with -short")
	}
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "pdf", "-pdf", "arkiv", "testdata/liten.yaml")
	if r.code != 0 {
		if strings.Contains(r.stderr, "not installed") && os.Getenv("CI") != "true" {
			t.Skip(r.stderr)
		}
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	file := only(t, written(r), ".pdf")
	// LibreOffice 7.4 writes the page entry /Tabs as a string, (S), where
	// PDF wants a name, /S; pdfcpu's strict mode rejects that, so it runs
	// relaxed here.
	validate.PDF(t, file, []string{"Kulturplan 2027–2030", "Folkemøte om kulturlivet"}, "--pdfcpu-relaxed")
	validate.PDFTags(t, []string{file})
	if b := readFile(t, file); !strings.Contains(b, "pdfaid:part") {
		t.Errorf("%s has no PDF/A identification in its metadata", file)
	}
}

// -profile gives the municipality's layout and titles: Bodø's profile
// says rådmann, as in 2017.
func TestRenderProfile(t *testing.T) {
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "md,saksframlegg", "-profile", "../../examples/bodo-profile.yaml")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	sak := readFile(t, only(t, written(r), "saksframlegg-4-2-sluttbehandling.md"))
	if !strings.Contains(sak, "Rådmannens innstilling") {
		t.Errorf("the saksframlegg does not follow the profile's chief executive title")
	}

	// The built-in example brings Bodø's profile; a plan file of one's own
	// gets the neutral default and today's title, kommunedirektør.
	r = runCmd(t, "", "render", "-o", t.TempDir(), "-format", "md,saksframlegg")
	if r.code != 0 {
		t.Fatalf("built-in: exit %d\n%s", r.code, r.stderr)
	}
	if sak := readFile(t, only(t, written(r), "saksframlegg-4-2-sluttbehandling.md")); !strings.Contains(sak, "Rådmannens innstilling") {
		t.Errorf("the built-in example does not use Bodø's profile")
	}
	r = runCmd(t, "", "render", "-o", t.TempDir(), "-format", "md,saksframlegg", "testdata/liten.yaml")
	if r.code != 0 {
		t.Fatalf("liten.yaml: exit %d\n%s", r.code, r.stderr)
	}
	drafts := 0
	for _, f := range written(r) {
		if !strings.Contains(filepath.Base(f), "saksframlegg-") || !strings.HasSuffix(f, ".md") {
			continue
		}
		drafts++
		if !strings.Contains(readFile(t, f), "Kommunedirektørens innstilling") {
			t.Errorf("%s: a plan without a profile should say Kommunedirektørens innstilling", f)
		}
	}
	if drafts == 0 {
		t.Errorf("liten.yaml gave no Markdown saksframlegg")
	}

	bad := filepath.Join(t.TempDir(), "profil.yaml")
	os.WriteFile(bad, []byte("farge: blå\n"), 0o644)
	r = runCmd(t, "", "render", "-o", t.TempDir(), "-format", "md", "-profile", bad)
	if r.code != 1 || !strings.Contains(r.stderr, bad+`:1: farge: "blå" er ikke en farge`) {
		t.Errorf("bad profile: exit %d\n%s", r.code, r.stderr)
	}
	// The profile's mistakes are told in the planner's language.
	r = runCmd(t, "", "render", "-lang", "nn", "-o", t.TempDir(), "-format", "md", "-profile", bad)
	if r.code != 1 || !strings.Contains(r.stderr, bad+`:1: farge: "blå" er ikkje ein farge`) {
		t.Errorf("bad profile, -lang nn: exit %d\n%s", r.code, r.stderr)
	}
}

// An interrupted run (Ctrl-C cancels the context) replaces nothing.
func TestRenderInterrupted(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"render", "-o", dir, "-format", "md,ics", "testdata/liten.yaml"}, nil, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "avbrutt; ingen filer er endret.") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if names := dirFiles(t, dir); len(names) > 1 {
		t.Errorf("an interrupted run left %v", names)
	}
}

// A writer's error reaches the planner inside a sentence in their
// language that names the file; a disk error as a file error.
func TestRenderErrorWording(t *testing.T) {
	c := newCommand(context.Background(), "render", "", "", nil, &bytes.Buffer{}, &bytes.Buffer{})
	var errb bytes.Buffer
	c.stderr = &errb
	c.renderError(&makeError{"ut/plan.xlsx", errors.New(`cannot convert cell ""`)}, renderConfig{}, "nn")
	if want := "prosessplan render: kunne ikkje lage ut/plan.xlsx (feil i programmet: cannot convert cell \"\"); meld gjerne frå om det\n"; errb.String() != want {
		t.Errorf("got %q, want %q", errb.String(), want)
	}
	errb.Reset()
	c.renderError(&makeError{"ut/plan.pdf", &os.PathError{Op: "write", Path: "ut/.plan.pdf.1.tmp", Err: syscall.ENOSPC}}, renderConfig{}, "en")
	if want := "prosessplan render: cannot write ut/.plan.pdf.1.tmp: the disk is full\n"; errb.String() != want {
		t.Errorf("got %q, want %q", errb.String(), want)
	}
}
