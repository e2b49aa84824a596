package main

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// TestFileMessages: the operating system's errors reach the planner in
// nb, nn or en, never in the system's English.
func TestFileMessages(t *testing.T) {
	for _, tc := range []struct {
		err  *fileError
		lang prosessplan.Language
		want string
	}{
		{&fileError{Path: "plan.yaml", Err: syscall.ENOENT}, prosessplan.Bokmal, "kan ikke lese plan.yaml: fila eller mappen finnes ikke"},
		{&fileError{Path: "plan.yaml", Err: fs.ErrNotExist}, prosessplan.Nynorsk, "kan ikkje lese plan.yaml: fila eller mappa finst ikkje"},
		{&fileError{Path: "ut/a.md", Write: true, Err: syscall.EROFS}, prosessplan.Bokmal, "kan ikke skrive ut/a.md: filsystemet er skrivebeskyttet"},
		{&fileError{Path: "ut/a.md", Write: true, Err: syscall.EROFS}, prosessplan.English, "cannot write ut/a.md: the file system is read-only"},
		{&fileError{Path: "ut/a.md", Write: true, Err: syscall.EACCES}, prosessplan.Bokmal, "kan ikke skrive ut/a.md: du har ikke tilgang til den"},
		{&fileError{Path: "ut/a.md", Write: true, Err: syscall.ENOSPC}, prosessplan.Nynorsk, "kan ikkje skrive ut/a.md: disken er full"},
		{&fileError{Path: "ut", Kind: kindFolder, Write: true, Err: errNotRegular}, prosessplan.Bokmal, "kan ikke skrive ut: det er en fil, ikke en mappe"},
		{&fileError{Path: "ut", Err: syscall.EISDIR}, prosessplan.English, "cannot read ut: it is a folder, not a file"},
		{&fileError{Path: "mal.dotx", Kind: kindTemplate, Err: errTooLarge}, prosessplan.Nynorsk, "kan ikkje lese mal.dotx: fila er større enn 64 MiB, som er det meste ein Word-mal kan vere"},
	} {
		if got := tc.err.message(tc.lang); got != tc.want {
			t.Errorf("%v (%s): %q, want %q", tc.err, tc.lang, got, tc.want)
		}
		if !errors.Is(tc.err, tc.err.Err) {
			t.Errorf("%v does not unwrap to its cause", tc.err)
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, syscall.EIO }

// A plan from standard input that cannot be read is reported once, as the
// command's own sentence: no «prosessplan: prosessplan: reading …».
func TestStdinReadError(t *testing.T) {
	var out, errb strings.Builder
	code := run(context.Background(), []string{"check", "-"}, failingReader{}, &out, &errb)
	if want := "prosessplan check: kan ikke lese stdin: lese- eller skrivefeil på disken\n"; code != 1 || errb.String() != want {
		t.Errorf("exit %d, stderr %q, want 1 and %q", code, errb.String(), want)
	}
}

func TestIsOurTemp(t *testing.T) {
	for name, want := range map[string]bool{
		".prosessplan-boligplan.xlsx.123456.tmp": true,
		".prosessplan.sha256.42.tmp":             true,
		"prosessplan-boligplan.xlsx":             false,
		".notat.tmp":                             false,
		".x.abc.tmp":                             false,
		"..1.tmp":                                false,
		".prosessplan.sha256.pending":            false,
	} {
		if got := isOurTemp(name); got != want {
			t.Errorf("isOurTemp(%q) = %v, want %v", name, got, want)
		}
	}
}
