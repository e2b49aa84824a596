package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRenderNames: a document's file name does not depend on -format, is
// capped in length, and two documents never write the same file.
func TestRenderNames(t *testing.T) {
	// The same document gets the same name whatever -format says.
	var bases []string
	for _, f := range []string{"xlsx", "md", "xlsx,md,ics"} {
		r := runCmd(t, "", "render", "-o", t.TempDir(), "-format", f, "testdata/liten.yaml")
		if r.code != 0 {
			t.Fatalf("-format %s: exit %d\n%s", f, r.code, r.stderr)
		}
		for _, p := range written(r) {
			bases = append(bases, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
		}
	}
	for _, b := range bases {
		if b != "prosessplan-kulturplan-2027-2030" {
			t.Errorf("base name %q, want prosessplan-kulturplan-2027-2030 for every format", b)
		}
	}

	// A realistic long title (271 characters) gives a shortened name.
	title := "Kommunedelplan for " + strings.Repeat("kulturminner, idrett og friluftsliv i ", 7)
	long := editedPlan(t, "tittel: Kulturplan 2027–2030", "tittel: "+title)
	r := runCmd(t, "", "render", "-o", t.TempDir(), "-format", "md,saksframlegg", long)
	if r.code != 0 {
		t.Fatalf("long title: exit %d\n%s", r.code, r.stderr)
	}
	for _, p := range written(r) {
		if n := len(filepath.Base(p)); n > maxBaseName+len(".docx") {
			t.Errorf("%s: %d bytes", filepath.Base(p), n)
		}
	}
	if md := written(r)[0]; !strings.HasPrefix(filepath.Base(md), "prosessplan-kommunedelplan-for-kulturminner-idrett") {
		t.Errorf("shortened name %s", filepath.Base(md))
	}

	// Two decisions numbered 1.3 and "1 3" would both be
	// saksframlegg-1-3-sluttbehandling: each gets a name of its own.
	twin := editedPlan(t, "      - nr: \"1.4\"", `      - nr: "1 3"
        navn: Planen vedtas på nytt
        hensikt: Kommunestyret vedtar kulturplanen.
        ansvarlig: kari
        type: politisk-behandling
        etter: ["1.3"]
        vedtak:
          type: sluttbehandling
          organ: kommunestyret
      - nr: "1.4"`)
	dir := t.TempDir()
	r = runCmd(t, "", "render", "-o", dir, "-format", "md,saksframlegg", twin)
	if r.code != 0 {
		t.Fatalf("twin decisions: exit %d\n%s", r.code, r.stderr)
	}
	var names []string
	for _, p := range written(r) {
		names = append(names, filepath.Base(p))
	}
	slices.Sort(names)
	// render.BuildSaksframlegg already gives the second its own name; the
	// command's own check (below) is the safety net behind it.
	cases := 0
	for _, n := range names {
		if strings.HasPrefix(n, "saksframlegg-1-3-sluttbehandling") {
			cases++
		}
	}
	if cases != 4 {
		t.Errorf("wrote %v, want two saksframlegg (docx and md) named saksframlegg-1-3-sluttbehandling…", names)
	}
	if len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("two outputs share a name: %v", names)
	}
	docx := 0
	for _, n := range names {
		if strings.HasPrefix(n, "saksframlegg-") && strings.HasSuffix(n, ".docx") {
			docx++
		}
	}
	if docx != 2 {
		t.Errorf("%d saksframlegg written, want 2: %v", docx, names)
	}
}

func TestCapName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"kort", "kort"},
		{strings.Repeat("a", 99) + "-b", strings.Repeat("a", 99)},
		{strings.Repeat("a", 99) + "øø", strings.Repeat("a", 99)},
		{strings.Repeat("a", 98) + "ø", strings.Repeat("a", 98) + "ø"},
		{strings.Repeat("a", 98) + "øø", strings.Repeat("a", 98) + "ø"},
	} {
		if got := capName(tc.in); got != tc.want {
			t.Errorf("capName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
