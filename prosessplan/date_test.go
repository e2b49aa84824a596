package prosessplan

import (
	"testing"
	"time"
)

// TestDateCompare checks that dates compare as the days time.Date makes of
// them, for ordinary days and for those it carries over (31 June is 1 July).
func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b Date
		want int
	}{
		{D(2027, 3, 18), D(2027, 3, 18), 0},
		{D(2027, 3, 18), D(2027, 3, 19), -1},
		{D(2027, 4, 1), D(2027, 3, 28), 1},
		{D(2026, 12, 28), D(2027, 1, 2), -1},
		{D(2027, 1, 31), D(2027, 2, 1), -1},
		{D(2028, 2, 29), D(2028, 3, 1), -1},
		{Date{2027, time.June, 31}, D(2027, 7, 1), 0},
		{Date{2027, time.July, 0}, D(2027, 6, 30), 0},
		{Date{2027, 13, 1}, D(2028, 1, 1), 0},
		{Date{}, D(2027, 1, 1), -1},
		{Date{}, Date{}, 0},
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Compare(tt.a); got != -tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
		if got, want := tt.a.Before(tt.b), tt.want < 0; got != want {
			t.Errorf("%v.Before(%v) = %v, want %v", tt.a, tt.b, got, want)
		}
	}
}
