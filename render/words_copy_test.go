package render_test

import (
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
)

// A caller that changes a phrase of its Words must not change the
// documents of other callers.
func TestWordsForIsACopy(t *testing.T) {
	w := render.WordsFor(prosessplan.Bokmal)
	want := w.Background
	w.Background = "Endret"
	w.Months[0] = "x"
	if got := render.WordsFor(prosessplan.Bokmal); got.Background != want || got.Months[0] != "januar" {
		t.Errorf("WordsFor after a caller's change: Background %q, Months[0] %q; want %q, %q", got.Background, got.Months[0], want, "januar")
	}
}
