package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"syscall"
	"time"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// fileKind is what a file the command reads or writes is for. Each kind
// has its own size limit: a plan is text, a template or a workbook a zip.
type fileKind int

const (
	kindPlan fileKind = iota
	kindTemplate
	kindWorkbook
	kindProfile
	kindLogo
	kindManifest
	kindOutput // a file the command writes
	kindFolder // the -o folder of render
)

// limits are the largest files the command reads, by kind. They are far
// above any real file of the kind (the Bodø plan is 30 KB, a municipal
// template a few hundred KB, a 10,000-activity workbook about 3 MB) and far
// below what would take the machine: /dev/zero or a 4 GB file is refused
// before it is read, not after.
var limits = [...]int64{
	kindPlan:     64 << 20,
	kindTemplate: 64 << 20,
	kindWorkbook: 64 << 20,
	kindProfile:  1 << 20,
	kindLogo:     8 << 20,
	kindManifest: 4 << 20,
}

// Reasons a file is refused before the operating system is asked.
var (
	errNotRegular = errors.New("not a regular file")
	errTooLarge   = errors.New("file too large")
)

// fileError is a file that could not be read or written. Error is for
// developers (English); message is for the planner, in nb, nn or en.
type fileError struct {
	Path  string
	Kind  fileKind
	Write bool        // writing, not reading
	Mode  fs.FileMode // the type of a file that is not regular
	Err   error
}

func (e *fileError) Error() string {
	op := "reading"
	if e.Write {
		op = "writing"
	}
	if errors.Is(e.Err, errTooLarge) {
		return fmt.Sprintf("%s %s: %v (limit %d bytes)", op, e.Path, e.Err, limits[e.Kind])
	}
	return fmt.Sprintf("%s %s: %v", op, e.Path, e.Err)
}

func (e *fileError) Unwrap() error { return e.Err }

// message says what went wrong in the planner's language: «kan ikke lese
// plan.yaml: fila finnes ikke».
func (e *fileError) message(l prosessplan.Language) string {
	f := msgs.cannotRead.In(l)
	if e.Write {
		f = msgs.cannotWrite.In(l)
	}
	return fmt.Sprintf(f, e.Path, e.reason(l))
}

// reason is why, in words a planner knows, never the English of the
// operating system when the error is one of the common ones.
func (e *fileError) reason(l prosessplan.Language) string {
	switch {
	case errors.Is(e.Err, errTooLarge):
		return fmt.Sprintf(msgs.tooLarge.In(l), mib(limits[e.Kind]), msgs.kinds[e.Kind].In(l))
	case errors.Is(e.Err, errNotRegular):
		switch t := e.Mode.Type(); {
		case e.Kind == kindFolder:
			return msgs.notFolder.In(l)
		case t&fs.ModeDir != 0:
			return msgs.isDir.In(l)
		case t&fs.ModeNamedPipe != 0:
			return msgs.isFIFO.In(l)
		case t&(fs.ModeDevice|fs.ModeCharDevice) != 0:
			return msgs.isDevice.In(l)
		}
		return msgs.notRegular.In(l)
	case errors.Is(e.Err, fs.ErrNotExist):
		return msgs.notExist.In(l)
	case errors.Is(e.Err, fs.ErrPermission):
		return msgs.permission.In(l)
	}
	var errno syscall.Errno
	if errors.As(e.Err, &errno) {
		if r, ok := msgs.errnos[errno]; ok {
			return r.In(l)
		}
	}
	return fmt.Sprintf(msgs.otherOS.In(l), e.Err)
}

// mib writes a limit in MiB, as a planner's file manager would.
func mib(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }

// fileMessage returns the planner's sentence for err when it is about a
// file, and ok false otherwise.
func fileMessage(err error, l prosessplan.Language) (string, bool) {
	var fe *fileError
	if errors.As(err, &fe) {
		return fe.message(l), true
	}
	// Errors of the os package outside our own reading and writing
	// (creating the -o folder, a rename) still name their path.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return (&fileError{Path: pe.Path, Kind: kindOutput, Write: true, Err: pe.Err}).message(l), true
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return (&fileError{Path: le.New, Kind: kindOutput, Write: true, Err: le.Err}).message(l), true
	}
	return "", false
}

// readInput reads the file name of kind k whole. It opens only a regular
// file (after following links): a directory, a FIFO or a device such as
// /dev/zero is refused without reading, so a wrong name never hangs the
// command or fills the memory. A file larger than the kind's limit is
// refused too.
func readInput(name string, k fileKind) ([]byte, error) {
	f, err := openRegular(name, k)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, name, k)
}

// openRegular opens name for reading if it is a regular file no larger
// than the limit of k.
func openRegular(name string, k fileKind) (*os.File, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, &fileError{Path: name, Kind: k, Err: unwrapPath(err)}
	}
	if err := regular(name, fi, k); err != nil {
		return nil, err
	}
	// Non-blocking, in case the name was swapped for a FIFO since the
	// Stat: opening a FIFO without a writer would wait forever.
	f, err := os.OpenFile(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, &fileError{Path: name, Kind: k, Err: unwrapPath(err)}
	}
	if fi, err = f.Stat(); err == nil {
		err = regular(name, fi, k)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func regular(name string, fi fs.FileInfo, k fileKind) error {
	if !fi.Mode().IsRegular() {
		return &fileError{Path: name, Kind: k, Mode: fi.Mode(), Err: errNotRegular}
	}
	if k < kindOutput && fi.Size() > limits[k] {
		return &fileError{Path: name, Kind: k, Err: errTooLarge}
	}
	return nil
}

// sizedReader is a file that tells how much is left to read, as a
// bytes.Reader does, so that a reader sizes its buffer once.
type sizedReader struct {
	f *os.File
	n int64
}

// sized returns f with its size; a file that does not tell its size
// reads as having none left.
func sized(f *os.File) *sizedReader {
	r := &sizedReader{f: f}
	if fi, err := f.Stat(); err == nil {
		r.n = fi.Size()
	}
	return r
}

func (r *sizedReader) Read(p []byte) (int, error) {
	n, err := r.f.Read(p)
	r.n -= int64(n)
	return n, err
}

// Len is the number of bytes left by the size the file had when opened.
func (r *sizedReader) Len() int { return int(max(r.n, 0)) }

// readLimited reads r whole, refusing more than the limit of k: a file
// that grows while it is read, or standard input, is held to it too.
func readLimited(r io.Reader, name string, k fileKind) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limits[k]+1))
	if err != nil {
		return nil, &fileError{Path: name, Kind: k, Err: unwrapPath(err)}
	}
	if int64(len(b)) > limits[k] {
		return nil, &fileError{Path: name, Kind: k, Err: errTooLarge}
	}
	return b, nil
}

// unwrapPath drops the *fs.PathError around an OS error: fileError names
// the path itself.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkOutputPath refuses an output path that exists and is not a regular
// file (after following links): writing to a FIFO would hang, to a device
// would fill it, and renaming over a directory fails. Replacing such a
// thing with a plan file is never what the planner meant, even with -force.
func checkOutputPath(name string) error {
	fi, err := os.Stat(name)
	if err != nil {
		return nil // missing (or unreadable: the write will say why)
	}
	if !fi.Mode().IsRegular() {
		return &fileError{Path: name, Kind: kindOutput, Write: true, Mode: fi.Mode(), Err: errNotRegular}
	}
	return nil
}

// inputFS is a folder whose files are read with the limit of one kind and
// only when regular: the logo a profile names.
type inputFS struct {
	dir  string
	kind fileKind
}

func (f inputFS) path(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return filepath.Join(f.dir, filepath.FromSlash(name)), nil
}

// Open opens a regular file of the folder.
func (f inputFS) Open(name string) (fs.File, error) {
	p, err := f.path(name)
	if err != nil {
		return nil, err
	}
	return openRegular(p, f.kind)
}

// ReadFile reads a regular file of the folder through the kind's limit.
func (f inputFS) ReadFile(name string) ([]byte, error) {
	p, err := f.path(name)
	if err != nil {
		return nil, err
	}
	return readInput(p, f.kind)
}

var _ fs.ReadFileFS = inputFS{}

// staleAge is how old a temporary file of ours must be before a later run
// takes it for the remains of a killed one and removes it. A run that is
// alive writes its temporary files within seconds and renames them as
// soon as all are written.
const staleAge = 15 * time.Minute

// isOurTemp reports whether name is a temporary file made by writeAtomic or
// stage: ".NAME.DIGITS.tmp", as os.CreateTemp makes them.
func isOurTemp(name string) bool {
	if len(name) < len(".x.1.tmp") || name[0] != '.' || path.Ext(name) != ".tmp" {
		return false
	}
	rest := name[:len(name)-len(".tmp")]
	i := len(rest)
	for i > 0 && rest[i-1] >= '0' && rest[i-1] <= '9' {
		i--
	}
	return i < len(rest) && i > 2 && rest[i-1] == '.'
}
