package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRenderHugeTitle: a title of 100 KB passes check, so every writer
// must cope with it: file names are capped, and no message repeats the
// title or a path built from it (issue 15: the path was printed five
// times). The workbook is left out here; see TestRenderLongTitleWorkbook.
func TestRenderHugeTitle(t *testing.T) {
	title := "Kulturplan " + strings.Repeat("æøå ", 25_000)
	plan := editedPlan(t, "tittel: Kulturplan 2027–2030", "tittel: "+title)
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "docx,pdf,html,md,ics,saksframlegg", plan)
	if r.code != 0 {
		t.Fatalf("exit %d\n%.2000s", r.code, r.stderr)
	}
	files := written(r)
	if len(files) < 6 {
		t.Fatalf("wrote %v", files)
	}
	for _, f := range files {
		if n := len(filepath.Base(f)); n > maxBaseName+len(".docx") {
			t.Errorf("%s: %d bytes", filepath.Base(f), n)
		}
	}
	if !strings.HasPrefix(filepath.Base(files[0]), "prosessplan-kulturplan-aeoa-aeoa") {
		t.Errorf("name %s is not made from the title", filepath.Base(files[0]))
	}
	// The plan's advice is printed, but nothing quotes the title.
	if len(r.stderr) > 4000 || strings.Contains(r.stderr, "æøå æøå") {
		t.Errorf("stderr quotes the title (%d bytes):\n%.1000s", len(r.stderr), r.stderr)
	}
	// The title itself is kept whole in the documents.
	md := readFile(t, files[slices.IndexFunc(files, func(f string) bool { return strings.HasSuffix(f, ".md") })])
	if !strings.Contains(md, strings.TrimSpace(title)) {
		t.Errorf("the Markdown lost the title")
	}
}

// TestRenderLongTitleWorkbook: a realistic long title (285 characters)
// gives a workbook; its page footer, which Excel limits to 255
// characters, holds the title shortened with «…».
func TestRenderLongTitleWorkbook(t *testing.T) {
	title := "Kommunedelplan for " + strings.Repeat("kulturminner, idrett og friluftsliv i ", 7)
	plan := editedPlan(t, "tittel: Kulturplan 2027–2030", "tittel: "+title)
	r := runCmd(t, "", "render", "-o", t.TempDir(), "-format", "xlsx", plan)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
}

// TestRenderThreeTwinDecisions: decisions numbered 1.3, 1-3 and «1 3»
// all slug to saksframlegg-1-3-…; each gets a file of its own and none is
// lost (issue 15: two drafts were silently overwritten, exit 0).
func TestRenderThreeTwinDecisions(t *testing.T) {
	twin := func(nr string) string {
		return `      - nr: "` + nr + `"
        navn: Planen vedtas på nytt
        hensikt: Kommunestyret vedtar kulturplanen.
        ansvarlig: kari
        type: politisk-behandling
        etter: ["1.3"]
        vedtak:
          type: sluttbehandling
          organ: kommunestyret
`
	}
	plan := editedPlan(t, "      - nr: \"1.4\"", twin("1-3")+twin("1 3")+"      - nr: \"1.4\"")
	dir := t.TempDir()
	r := runCmd(t, "", "render", "-o", dir, "-format", "md,saksframlegg", plan)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var docx []string
	for _, f := range written(r) {
		if b := filepath.Base(f); strings.HasPrefix(b, "saksframlegg-") && strings.HasSuffix(b, ".docx") {
			docx = append(docx, b)
		}
	}
	if len(docx) != 3 || len(slices.Compact(slices.Sorted(slices.Values(docx)))) != 3 {
		t.Errorf("saksframlegg %v, want three with names of their own", docx)
	}
	for _, n := range docx {
		if !strings.HasPrefix(n, "saksframlegg-1-3-sluttbehandling") {
			t.Errorf("%s: want a name made from the number and kind, saksframlegg-1-3-sluttbehandling…", n)
		}
	}
	for _, f := range dirFiles(t, dir) {
		if strings.HasSuffix(f, ".tmp") {
			t.Errorf("temporary file %s left", f)
		}
	}
}
