package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A joint plan's municipalities each get their own profile, found by the
// name the plan gives it beside the plan file; a missing one is a note,
// not an error, and a name that is a path is never opened.
func TestRenderMunicipalityProfiles(t *testing.T) {
	src, err := os.ReadFile("../../testdata/plans/interkommunal-landbruksplan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	top := t.TempDir()
	dir := filepath.Join(top, "plan")
	os.Mkdir(dir, 0o755)
	plan := filepath.Join(dir, "landbruksplan.yaml")
	// Bergneset's profile name points outside the folder: it must not be read.
	src = []byte(strings.Replace(string(src), "profil: bergneset", "profil: ../bergneset", 1))
	os.WriteFile(plan, src, 0o644)
	os.WriteFile(filepath.Join(dir, "elvdal.yaml"), []byte("kommune: Elvdal kommune\nadministrasjonssjef: rådmann\n"), 0o644)
	os.WriteFile(filepath.Join(top, "bergneset.yaml"), []byte("administrasjonssjef: rådmann\n"), 0o644)

	r := runCmd(t, "", "render", "-o", filepath.Join(dir, "ut"), "-format", "md,saksframlegg", "-draft", plan)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"merknad: fant ikke profilen «fjordvik» (" + filepath.Join(dir, "fjordvik.yaml") + ") — saksframleggene til Fjordvik kommune får standardoppsettet",
		"merknad: Bergneset kommune: profilen «../bergneset» er ikke et filnavn",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	elvdal, others := 0, 0
	for _, f := range written(r) {
		if !strings.HasSuffix(f, ".md") {
			continue
		}
		text := readFile(t, f)
		switch {
		case strings.Contains(text, "Elvdal kommune") && strings.Contains(text, "Rådmannens innstilling"):
			elvdal++
		case strings.Contains(text, "Rådmannens innstilling"):
			t.Errorf("%s: another municipality's case follows Elvdal's (or Bergneset's outside) profile", filepath.Base(f))
		case strings.Contains(text, "Kommunedirektørens innstilling"):
			others++
		}
	}
	if elvdal == 0 || others == 0 {
		t.Errorf("Elvdal's cases with its profile: %d, other cases with the default: %d; want both > 0", elvdal, others)
	}

	// A profile that is there but wrong stops the render, as -profile does.
	os.WriteFile(filepath.Join(dir, "elvdal.yaml"), []byte("farge: blå\n"), 0o644)
	r = runCmd(t, "", "render", "-o", filepath.Join(dir, "ut2"), "-format", "md,saksframlegg", "-draft", plan)
	if r.code != 1 || !strings.Contains(r.stderr, filepath.Join(dir, "elvdal.yaml")+`:1: farge: "blå" er ikke en farge`) {
		t.Errorf("wrong elvdal.yaml: exit %d\n%s", r.code, r.stderr)
	}
}
