package prosessplan

import "testing"

// Text.In is the one lookup of a phrase, and bokmål its one fallback.
func TestTextIn(t *testing.T) {
	full := Text{NB: "Uke", NN: "Veke", EN: "Week"}
	untranslated := Text{NB: "Uke"}
	for _, tc := range []struct {
		t    Text
		l    Language
		want string
	}{
		{full, Bokmal, "Uke"},
		{full, Nynorsk, "Veke"},
		{full, English, "Week"},
		{full, "", "Uke"},
		{full, "se", "Uke"},
		{untranslated, Nynorsk, "Uke"},
		{untranslated, English, "Uke"},
		{Text{}, English, ""},
	} {
		if got := tc.t.In(tc.l); got != tc.want {
			t.Errorf("%+v.In(%q) = %q, want %q", tc.t, tc.l, got, tc.want)
		}
	}
	if got := TextOf(full.Map()); got != full {
		t.Errorf("TextOf(Map()) = %+v, want %+v", got, full)
	}
}
