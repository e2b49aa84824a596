package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// manifestName is the file in an output folder that lists, in the format
// of sha256sum, every file render wrote there and the checksum it had.
// A file is render's to replace only when it is listed with its current
// checksum: a file someone else made, or one a planner has edited since
// (an Excel sheet with new dates), is left alone unless -force is given.
// `sha256sum -c .prosessplan.sha256` shows which files were edited.
const manifestName = ".prosessplan.sha256"

// errNotOurs is returned when a file in the way was not written by render,
// or was changed after it was.
var errNotOurs = errors.New("not written by prosessplan, or changed since")

// outDir is an output folder and the checksums of the files render wrote in it.
type outDir struct {
	dir   string
	sums  map[string]string // file name → hex SHA-256
	force bool
}

// openOutDir creates dir if needed and reads its manifest.
func openOutDir(dir string, force bool) (*outDir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	o := &outDir{dir: dir, sums: map[string]string{}, force: force}
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return o, nil
	}
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if ok && len(sum) == 64 && name != "" {
			o.sums[name] = sum
		}
	}
	return o, nil
}

// check returns an error wrapping errNotOurs when writing name would
// replace a file render did not write as it is now.
func (o *outDir) check(name string) error {
	if o.force {
		return nil
	}
	path := filepath.Join(o.dir, name)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if want, ok := o.sums[name]; ok && want == hex.EncodeToString(h.Sum(nil)) {
		return nil
	}
	return fmt.Errorf("%s: %w", path, errNotOurs)
}

// write writes the file name atomically with fn and records its checksum
// for save. It returns the file's path.
func (o *outDir) write(name string, fn func(io.Writer) error) (string, error) {
	path := filepath.Join(o.dir, name)
	sum, err := writeAtomic(path, fn)
	if err != nil {
		return "", err
	}
	o.sums[name] = sum
	return path, nil
}

// save writes the manifest: every file written now or before, sorted.
func (o *outDir) save() error {
	var b bytes.Buffer
	names := make([]string, 0, len(o.sums))
	for n := range o.sums {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(&b, "%s  %s\n", o.sums[n], n)
	}
	_, err := writeAtomic(filepath.Join(o.dir, manifestName), func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
	return err
}

// writeAtomic writes path with fn through a temporary file in the same
// folder, synced to disk and then renamed over path, so that a reader sees
// either the old file or the whole new one: a failure (of fn, the disk or
// the process) never leaves a half-written file in its place. It returns
// the hex SHA-256 of what was written.
func writeAtomic(path string, fn func(io.Writer) error) (sum string, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				f.Close()
			}
			os.Remove(tmp)
		}
	}()
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 64<<10)
	if err = fn(bw); err != nil {
		return "", err
	}
	if err = bw.Flush(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	closed = true
	if err = f.Close(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	// CreateTemp makes the file private; output is meant to be shared.
	if err = os.Chmod(tmp, 0o644); err != nil {
		return "", err
	}
	if err = os.Rename(tmp, path); err != nil {
		return "", err
	}
	// Sync the folder so the rename itself survives a crash.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
