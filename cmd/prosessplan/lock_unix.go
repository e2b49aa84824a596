//go:build unix

package main

import (
	"os"
	"syscall"
)

// openNonblock opens a FIFO without waiting for a writer; on a regular
// file it changes nothing.
const openNonblock = syscall.O_NONBLOCK

// tryLock takes an exclusive flock on the folder dir itself without
// waiting, and returns the open folder that holds it, or nil when another
// run holds it. flock locks belong to the open file, not the process, so
// two goroutines of one process exclude each other as two processes do,
// and the kernel drops the lock when a killed process's files are closed:
// a crash never leaves the folder locked, and no lock file is left in it.
func tryLock(dir string) (*os.File, error) {
	name := dir
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		return f, nil
	}
	f.Close()
	if err == syscall.EWOULDBLOCK {
		return nil, nil
	}
	return nil, &os.PathError{Op: "flock", Path: name, Err: err}
}

// unlock releases a lock of tryLock.
func unlock(f *os.File) {
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
}
