package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderNames: a document's file name does not depend on -format, is
// and capped in length. TestRenderThreeTwinDecisions shows that two
// documents never write the same file.
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
