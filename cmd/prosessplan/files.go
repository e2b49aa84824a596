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
	"sync"
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
	st, err := o.stage(name, fn)
	if err != nil {
		return "", err
	}
	paths, err := o.commit([]*staged{st})
	if err != nil {
		return "", err
	}
	return paths[0], nil
}

// staged is a file written to its temporary name, waiting for commit.
type staged struct {
	name, tmp, sum string
}

// stage writes the file name with fn to a temporary file beside it. On
// failure nothing is left behind.
func (o *outDir) stage(name string, fn func(io.Writer) error) (_ *staged, err error) {
	path := filepath.Join(o.dir, name)
	f, err := os.CreateTemp(o.dir, "."+name+".*.tmp")
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s: %w", path, cerr)
		}
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 64<<10)
	if err := fn(bw); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// CreateTemp makes the file private; output is meant to be shared.
	if err := f.Chmod(0o644); err != nil {
		return nil, err
	}
	return &staged{name: name, tmp: f.Name(), sum: hex.EncodeToString(h.Sum(nil))}, nil
}

// discard removes staged files that will not be committed.
func (o *outDir) discard(sts []*staged) {
	for _, st := range sts {
		if st != nil {
			os.Remove(st.tmp)
		}
	}
}

// commit syncs the staged files to disk, renames each over its final
// name and syncs the folder, so that after a crash every file is either
// the old one or the whole new one. The syncs run at once: the file system
// then commits them together, which is many times faster than one by one.
// It returns the final paths.
func (o *outDir) commit(sts []*staged) ([]string, error) {
	errs := make([]error, len(sts))
	var wg sync.WaitGroup
	for i, st := range sts {
		wg.Go(func() {
			f, err := os.OpenFile(st.tmp, os.O_RDWR, 0)
			if err == nil {
				err = f.Sync()
				f.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		o.discard(sts)
		return nil, err
	}
	paths := make([]string, len(sts))
	for i, st := range sts {
		paths[i] = filepath.Join(o.dir, st.name)
		if err := os.Rename(st.tmp, paths[i]); err != nil {
			o.discard(sts[i:])
			return paths[:i], err
		}
		o.sums[st.name] = st.sum
	}
	syncDir(o.dir)
	return paths, nil
}

// syncDir syncs a folder so renames in it survive a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
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
	syncDir(dir)
	return hex.EncodeToString(h.Sum(nil)), nil
}
