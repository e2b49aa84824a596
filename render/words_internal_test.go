package render

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// bokmalOnly are bokmål forms a nynorsk reader must never meet.
var bokmalOnly = []string{"ikke", "hvordan", "hvorfor", "hvem", "hva", "hvor", "utvalg", "saksbehandler",
	"medlemmer", "ønsket", "hensikt", "deltakere", "uke", "uker", "måned", "måneder", "behandling",
	"behandler", "ansvarlig", "enhet", "vedtatt", "dager", "innhold", "tegnforklaring", "anbefalt",
	"påkrevd", "leder", "navn", "avgjøres", "gjelder", "krever", "legges", "følger", "uttalelse",
	"uttalelsen", "høring", "offentlig", "loven", "sammendrag", "helligdag", "kommuneloven", "saken"}

func strs(v reflect.Value, out *[]string) {
	switch v.Kind() {
	case reflect.String:
		*out = append(*out, v.String())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			strs(v.Field(i), out)
		}
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			strs(v.Index(i), out)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			strs(v.MapIndex(k), out)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			strs(v.Elem(), out)
		}
	}
}

func TestNynorskWordsAreNynorsk(t *testing.T) {
	var texts []string
	strs(reflect.ValueOf(WordsFor(prosessplan.Nynorsk)), &texts)
	strs(reflect.ValueOf(caseWordsFor(prosessplan.Nynorsk)), &texts)
	bad := map[string]bool{}
	for _, w := range bokmalOnly {
		bad[w] = true
	}
	for _, s := range texts {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if bad[w] {
				t.Errorf("nynorsk text has the bokmål form %q: %q", w, s)
			}
		}
	}
	if w := WordsFor(prosessplan.Nynorsk); w.Members != "Medlemer" {
		t.Errorf("Members = %q", w.Members)
	}
}

// Running text gives a period in the long style, the year once when both
// ends share it.
func TestFromTo(t *testing.T) {
	d := prosessplan.D
	tests := []struct {
		lang     prosessplan.Language
		a, b     prosessplan.Date
		from, to string
	}{
		{prosessplan.Bokmal, d(2017, 9, 15), d(2017, 10, 27), "15. september", "27. oktober 2017"},
		{prosessplan.Bokmal, d(2017, 12, 15), d(2018, 1, 20), "15. desember 2017", "20. januar 2018"},
		{prosessplan.English, d(2027, 8, 13), d(2027, 9, 23), "13 August", "23 September 2027"},
	}
	for _, tt := range tests {
		from, to := WordsFor(tt.lang).fromTo(tt.a, tt.b)
		if from != tt.from || to != tt.to {
			t.Errorf("%s %v–%v: %q, %q; want %q, %q", tt.lang, tt.a, tt.b, from, to, tt.from, tt.to)
		}
	}
}
