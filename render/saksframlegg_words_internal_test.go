package render

import (
	"reflect"
	"testing"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// Every fixed sentence of a saksframlegg exists in every language, so no
// case prints an empty line or a broken format.
func TestCaseWordsComplete(t *testing.T) {
	for _, l := range []prosessplan.Language{prosessplan.Bokmal, prosessplan.Nynorsk, prosessplan.English} {
		v := reflect.ValueOf(*caseWordsByLang[l])
		for i := range v.NumField() {
			f, name := v.Field(i), v.Type().Field(i).Name
			switch f.Kind() {
			case reflect.String:
				if f.String() == "" {
					t.Errorf("%s: caseWords.%s is empty", l, name)
				}
			case reflect.Map:
				if f.Len() < 5 {
					t.Errorf("%s: caseWords.%s has %d entries", l, name, f.Len())
				}
			}
		}
	}
}
