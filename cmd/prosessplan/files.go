package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// manifestName is the file in an output folder that lists, in the format
// of sha256sum, every file render wrote there and the checksum it had.
// A file is render's to replace only when it is listed with its current
// checksum: a file someone else made, or one a planner has edited since
// (an Excel sheet with new dates), is left alone unless -force is given.
// `sha256sum -c .prosessplan.sha256` shows which files were edited.
const manifestName = ".prosessplan.sha256"

// journalName lists the files a run is about to rename into place, with
// their checksums, while it renames them. A run killed in the middle
// leaves it behind; the next run adopts the files that match it, so a
// crash never makes render refuse its own files.
const journalName = ".prosessplan.sha256.pending"

// errNotOurs is returned when a file in the way was not written by render,
// or was changed after it was.
var errNotOurs = errors.New("not written by prosessplan, or changed since")

// refusedError lists the files render would not replace.
type refusedError struct {
	Paths []string
}

func (e *refusedError) Error() string {
	return strings.Join(e.Paths, ", ") + ": " + errNotOurs.Error()
}

func (e *refusedError) Unwrap() error { return errNotOurs }

// outDir is an output folder and the checksums of the files render wrote in it.
type outDir struct {
	dir   string
	sums  map[string]string // file name → hex SHA-256
	force bool
}

// openOutDir creates dir if needed and reads its manifest, after adopting
// the files of a killed run (see journalName).
func openOutDir(dir string, force bool) (*outDir, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, &fileError{Path: dir, Kind: kindFolder, Write: true, Mode: fi.Mode(), Err: errNotRegular}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &fileError{Path: dir, Kind: kindFolder, Write: true, Err: unwrapPath(err)}
	}
	o := &outDir{dir: dir, force: force}
	if _, err := os.Lstat(filepath.Join(dir, journalName)); err == nil {
		// A run was killed while renaming: adopt its files before they
		// are checked, so they are not refused as someone else's.
		lock, err := lockDir(context.Background(), dir)
		if err != nil {
			return nil, err
		}
		err = o.recover()
		unlock(lock)
		if err != nil {
			return nil, err
		}
	}
	var err error
	if o.sums, err = readManifest(dir); err != nil {
		return nil, err
	}
	return o, nil
}

// readManifest reads the manifest of dir; a missing one is empty.
func readManifest(dir string) (map[string]string, error) {
	return readSums(filepath.Join(dir, manifestName))
}

func readSums(name string) (map[string]string, error) {
	sums := map[string]string{}
	b, err := readInput(name, kindManifest)
	if errors.Is(err, fs.ErrNotExist) {
		return sums, nil
	}
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if ok && len(sum) == 64 && name != "" && !strings.ContainsAny(name, "/\\") {
			sums[name] = sum
		}
	}
	return sums, nil
}

// check returns an error wrapping errNotOurs when writing name would
// replace a file render did not write as it is now, and a *fileError when
// name is something other than a file (a FIFO, a device, a folder), which
// is refused even with -force.
func (o *outDir) check(name string) error {
	path := filepath.Join(o.dir, name)
	if err := checkOutputPath(path); err != nil {
		return err
	}
	if o.force {
		return nil
	}
	sum, err := fileSum(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if want, ok := o.sums[name]; ok && want == sum {
		return nil
	}
	return fmt.Errorf("%s: %w", path, errNotOurs)
}

// checkAll checks each of names as check does, GOMAXPROCS at a time
// (each reads and hashes the file in the way), and returns their errors
// in the order of names.
func (o *outDir) checkAll(names []string) []error {
	errs := make([]error, len(names))
	inParallel(len(names), nil, runtime.GOMAXPROCS(0), func(i int) { errs[i] = o.check(names[i]) })
	return errs
}

// inParallel calls do(i) for each i in [0, n), at most workers calls at
// a time, and returns when all have returned. order, when not nil, is the
// order to start them in (a permutation of [0, n)).
func inParallel(n int, order []int, workers int, do func(i int)) {
	next := make(chan int, n)
	for k := range n {
		if order != nil {
			next <- order[k]
		} else {
			next <- k
		}
	}
	close(next)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	wg.Wait()
}

// fileSum returns the hex SHA-256 of the regular file path.
func fileSum(path string) (string, error) {
	f, err := openRegular(path, kindOutput)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", &fileError{Path: path, Kind: kindOutput, Err: err}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// write writes the file name atomically with fn and records it in the
// manifest. It returns the file's path.
func (o *outDir) write(name string, fn func(io.Writer) error) (string, error) {
	st, err := o.stage(name, fn)
	if err != nil {
		return "", err
	}
	paths, err := o.commit(context.Background(), []*staged{st})
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
		return nil, &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(err)}
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(cerr)}
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
		return nil, &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(err)}
	}
	// CreateTemp makes the file private; output is meant to be shared.
	if err := f.Chmod(0o644); err != nil {
		return nil, &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(err)}
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

// commit puts the staged files in place and records them in the manifest.
//
// It syncs the staged files to disk first, all at once (the file system
// then commits them together, many times faster than one by one). Then,
// holding the folder's lock, it reads the manifest as it is now (another
// run may have changed it), checks again that every file in the way is
// ours, writes the journal, renames each file over its final name, merges
// the new checksums into the manifest, writes it atomically and removes
// the journal. After a crash every file is either the old one or the
// whole new one, and the next run adopts from the journal the files that
// were renamed. It returns the final paths.
func (o *outDir) commit(ctx context.Context, sts []*staged) ([]string, error) {
	errs := make([]error, len(sts))
	var wg sync.WaitGroup
	for i, st := range sts {
		wg.Go(func() {
			f, err := os.OpenFile(st.tmp, os.O_RDWR, 0)
			if err == nil {
				err = f.Sync()
				f.Close()
			}
			if err != nil {
				errs[i] = &fileError{Path: filepath.Join(o.dir, st.name), Kind: kindOutput, Write: true, Err: unwrapPath(err)}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		o.discard(sts)
		return nil, err
	}

	lock, err := lockDir(ctx, o.dir)
	if err != nil {
		o.discard(sts)
		return nil, err
	}
	defer unlock(lock)
	o.cleanStale()
	if err := o.recover(); err != nil {
		o.discard(sts)
		return nil, err
	}
	if o.sums, err = readManifest(o.dir); err != nil {
		o.discard(sts)
		return nil, err
	}
	names := make([]string, len(sts))
	for i, st := range sts {
		names[i] = st.name
	}
	var refused []string
	for i, err := range o.checkAll(names) {
		st := sts[i]
		if errors.Is(err, errNotOurs) {
			refused = append(refused, filepath.Join(o.dir, st.name))
		} else if err != nil {
			o.discard(sts)
			return nil, err
		}
	}
	if refused != nil {
		o.discard(sts)
		return nil, &refusedError{refused}
	}

	pending := make(map[string]string, len(sts))
	for _, st := range sts {
		pending[st.name] = st.sum
	}
	journal := filepath.Join(o.dir, journalName)
	if err := writeSums(journal, pending); err != nil {
		o.discard(sts)
		return nil, err
	}
	paths := make([]string, 0, len(sts))
	var rerr error
	for i, st := range sts {
		path := filepath.Join(o.dir, st.name)
		if err := os.Rename(st.tmp, path); err != nil {
			o.discard(sts[i:])
			rerr = &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(err)}
			break
		}
		paths = append(paths, path)
		o.sums[st.name] = st.sum
	}
	syncDir(o.dir)
	// Also after a failed rename: the files renamed so far are ours.
	if err := writeSums(filepath.Join(o.dir, manifestName), o.sums); err != nil {
		return paths, errors.Join(rerr, err)
	}
	os.Remove(journal)
	syncDir(o.dir)
	return paths, rerr
}

// lockDir takes the folder's lock, waiting for another run to let go of
// it, or for ctx to end. The lock makes updating the manifest one run at a
// time: concurrent renders into one folder each merge their entries into
// the manifest as it is on disk, and none is lost.
func lockDir(ctx context.Context, dir string) (*os.File, error) {
	wait := time.Millisecond
	for {
		f, err := tryLock(dir)
		if err != nil {
			return nil, &fileError{Path: dir, Kind: kindFolder, Write: true, Err: unwrapPath(err)}
		}
		if f != nil {
			return f, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 50*time.Millisecond)
	}
}

// recover adopts, under the lock, the files a killed run renamed into
// place: those listed in its journal that hold the checksum it lists.
func (o *outDir) recover() error {
	journal := filepath.Join(o.dir, journalName)
	pending, err := readSums(journal)
	if err != nil || len(pending) == 0 {
		// A journal that cannot be read adopts nothing; the files it
		// named are then refused as not ours, which -force settles.
		os.Remove(journal)
		return nil
	}
	sums, err := readManifest(o.dir)
	if err != nil {
		return err
	}
	for name, sum := range pending {
		if got, err := fileSum(filepath.Join(o.dir, name)); err == nil && got == sum {
			sums[name] = sum
		}
	}
	if err := writeSums(filepath.Join(o.dir, manifestName), sums); err != nil {
		return err
	}
	os.Remove(journal)
	return nil
}

// cleanStale removes, under the lock, the temporary files of runs that
// were killed (kill -9, a power cut) before they could remove them:
// ".NAME.DIGITS.tmp" files older than staleAge.
func (o *outDir) cleanStale() {
	es, err := os.ReadDir(o.dir)
	if err != nil {
		return
	}
	now := time.Now()
	for _, e := range es {
		if !e.Type().IsRegular() || !isOurTemp(e.Name()) {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > staleAge {
			os.Remove(filepath.Join(o.dir, e.Name()))
		}
	}
}

// syncDir syncs a folder so renames in it survive a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// writeSums writes sums in the format of sha256sum, sorted by name,
// atomically.
func writeSums(path string, sums map[string]string) error {
	var b bytes.Buffer
	for _, n := range slices.Sorted(maps.Keys(sums)) {
		fmt.Fprintf(&b, "%s  %s\n", sums[n], n)
	}
	_, err := writeAtomic(path, func(w io.Writer) error {
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
	werr := func(err error) error {
		return &fileError{Path: path, Kind: kindOutput, Write: true, Err: unwrapPath(err)}
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return "", werr(err)
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
		return "", werr(err)
	}
	if err = f.Sync(); err != nil {
		return "", werr(err)
	}
	closed = true
	if err = f.Close(); err != nil {
		return "", werr(err)
	}
	// CreateTemp makes the file private; output is meant to be shared.
	if err = os.Chmod(tmp, 0o644); err != nil {
		return "", werr(err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return "", werr(err)
	}
	syncDir(dir)
	return hex.EncodeToString(h.Sum(nil)), nil
}
