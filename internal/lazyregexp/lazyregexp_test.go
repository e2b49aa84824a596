package lazyregexp

import (
	"sync"
	"testing"
)

// TestNew: the expression is compiled on first use, once, by one of the
// goroutines that use it, and answers as regexp does.
func TestNew(t *testing.T) {
	r := New(`^(\d{4})-(\d{2})$`)
	if r.rx != nil {
		t.Fatal("compiled before first use")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if m := r.FindStringSubmatch("2026-12"); len(m) != 3 || m[1] != "2026" {
				t.Errorf("FindStringSubmatch = %q", m)
			}
		})
	}
	wg.Wait()
	if r.MatchString("uke 5") || !r.Match([]byte("2017-01")) {
		t.Error("MatchString/Match disagree with the expression")
	}
	if got := string(r.ReplaceAll([]byte("2017-01"), []byte("$2.$1"))); got != "01.2017" {
		t.Errorf("ReplaceAll = %q", got)
	}
}

// TestNewBad: a bad expression panics where it is used, not where it is
// declared.
func TestNewBad(t *testing.T) {
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on use")
		}
	}()
	r.MatchString("x")
}
