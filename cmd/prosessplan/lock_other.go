//go:build !unix

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// openNonblock is 0 where the os package has no such flag; FIFOs are a
// Unix matter.
const openNonblock = 0

// tryLock takes the lock of the folder dir where flock is missing: the
// lock file .prosessplan.lock is the lock, made with O_EXCL and removed by
// unlock. One left by a killed run is taken for stale once it is older
// than staleAge. It returns nil when another run holds the lock.
func tryLock(dir string) (*os.File, error) {
	name := filepath.Join(dir, ".prosessplan.lock")
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if fi, serr := os.Stat(name); serr == nil && time.Since(fi.ModTime()) > staleAge {
			os.Remove(name)
		}
		return nil, nil
	}
	return f, err
}

// unlock releases a lock of tryLock.
func unlock(f *os.File) {
	name := f.Name()
	f.Close()
	os.Remove(name)
}
