package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/internal/words"
)

// bokmalOnly are bokmål forms a nynorsk reader must never meet.
var bokmalOnly = []string{"ikke", "hvordan", "hvorfor", "hvem", "hva", "hvor", "utvalg", "saksbehandler",
	"medlemmer", "ønsket", "hensikt", "deltakere", "uke", "uker", "måned", "måneder", "behandling",
	"behandler", "ansvarlig", "enhet", "vedtatt", "dager", "innhold", "tegnforklaring", "anbefalt",
	"påkrevd", "leder", "navn", "avgjøres", "gjelder", "krever", "legges", "følger", "uttalelse",
	"uttalelsen", "høring", "offentlig", "loven", "sammendrag", "helligdag", "kommuneloven", "saken"}

// phrases returns every phrase the documents use: those of
// render/internal/words, read from its source since they are package
// variables, and those of the saksframlegg (caseText).
func phrases(t *testing.T) []prosessplan.Text {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join("internal", "words", "words.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []prosessplan.Text
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || len(lit.Elts) != 3 {
			return true
		}
		var x prosessplan.Text
		fields := map[string]*string{"NB": &x.NB, "NN": &x.NN, "EN": &x.EN}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			k, ok := kv.Key.(*ast.Ident)
			v, isLit := kv.Value.(*ast.BasicLit)
			if !ok || fields[k.Name] == nil || !isLit || v.Kind != token.STRING {
				return true
			}
			*fields[k.Name], err = strconv.Unquote(v.Value)
			if err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, x)
		return false
	})
	if len(out) < 100 {
		t.Fatalf("found %d phrases in render/internal/words", len(out))
	}
	// caseText's fields are unexported: read them as values, which
	// reflect allows, not as interfaces.
	text := func(v reflect.Value) prosessplan.Text {
		return prosessplan.Text{NB: v.Field(0).String(), NN: v.Field(1).String(), EN: v.Field(2).String()}
	}
	textType := reflect.TypeFor[prosessplan.Text]()
	v := reflect.ValueOf(caseText)
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Type() == textType:
			out = append(out, text(f))
		case f.Kind() == reflect.Map && f.Type().Elem() == textType:
			for it := f.MapRange(); it.Next(); {
				out = append(out, text(it.Value()))
			}
		default:
			t.Fatalf("caseWords.%s is a %s", v.Type().Field(i).Name, f.Type())
		}
	}
	return out
}

// Every phrase exists in every language: a missing one would print as
// bokmål, or as an empty caption.
func TestPhrasesComplete(t *testing.T) {
	for _, x := range phrases(t) {
		if x.NB == "" || x.NN == "" || x.EN == "" {
			t.Errorf("phrase %q is missing a language", x)
		}
	}
}

func TestNynorskWordsAreNynorsk(t *testing.T) {
	bad := map[string]bool{}
	for _, w := range bokmalOnly {
		bad[w] = true
	}
	for _, x := range phrases(t) {
		s := x.In(prosessplan.Nynorsk)
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if bad[w] {
				t.Errorf("nynorsk text has the bokmål form %q: %q", w, s)
			}
		}
	}
	if got := words.Members.In(prosessplan.Nynorsk); got != "Medlemer" {
		t.Errorf("Members = %q", got)
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
		from, to := words.FromTo(tt.lang, tt.a, tt.b)
		if from != tt.from || to != tt.to {
			t.Errorf("%s %v–%v: %q, %q; want %q, %q", tt.lang, tt.a, tt.b, from, to, tt.from, tt.to)
		}
	}
}
