package pdf

import (
	"testing"
	"time"
)

func TestPDFText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Boligplan", "(Boligplan)"},
		{`a (b) \ c`, `(a \(b\) \\ c)`},
		{"Bodø", "<FEFF0042006F006400F8>"},
		{"æ\U0001F600", "<FEFF00E6D83DDE00>"},
		{"tab\tslutt", "<FEFF00740061006200090073006C007500740074>"},
	} {
		if got := pdfText(tt.in); got != tt.want {
			t.Errorf("pdfText(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestPDFDate(t *testing.T) {
	oslo := time.FixedZone("CET", 3600)
	for _, tt := range []struct {
		in   time.Time
		want string
	}{
		{time.Date(2017, 12, 7, 9, 0, 0, 0, time.UTC), "(D:20171207090000+00'00')"},
		{time.Date(2017, 12, 7, 9, 30, 5, 0, oslo), "(D:20171207093005+01'00')"},
		{time.Date(2017, 12, 7, 9, 0, 0, 0, time.FixedZone("", -(3*3600+30*60))), "(D:20171207090000-03'30')"},
	} {
		if got := pdfDate(tt.in); got != tt.want {
			t.Errorf("pdfDate(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
