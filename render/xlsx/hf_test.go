package xlsx

import (
	"strings"
	"testing"
)

func TestHFFit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"Boligplan 2018–2021", 20, "Boligplan 2018–2021"},
		{"Plan & bygg", 20, "Plan && bygg"},
		{"Kommunedelplan for idrett", 10, "Kommunede…"},
		// An escaped & is never split from its pair.
		{"Plan&bygg", 6, "Plan…"},
		{strings.Repeat("æ", 300), 250, strings.Repeat("æ", 249) + "…"},
	} {
		got := hfFit(tt.in, tt.n)
		if got != tt.want {
			t.Errorf("hfFit(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
		if utf16Len(got) > tt.n {
			t.Errorf("hfFit(%q, %d) is %d units long", tt.in, tt.n, utf16Len(got))
		}
	}
}
