package prosessplan

import (
	"fmt"
)

// langText is a message in bokmål, nynorsk and English.
type langText struct{ nb, nn, en string }

func (t langText) text() map[Language]string {
	return map[Language]string{Bokmal: t.nb, Nynorsk: t.nn, English: t.en}
}

// langTextf formats the arguments into each language's pattern. An argument that
// is itself a langText is put in in the pattern's language.
func langTextf(t langText, args ...any) langText {
	in := func(lang int) []any {
		out := make([]any, len(args))
		for i, a := range args {
			if x, ok := a.(langText); ok {
				a = [3]string{x.nb, x.nn, x.en}[lang]
			}
			out[i] = a
		}
		return out
	}
	return langText{fmt.Sprintf(t.nb, in(0)...), fmt.Sprintf(t.nn, in(1)...), fmt.Sprintf(t.en, in(2)...)}
}

// join joins messages language by language.
func joinText(parts ...langText) langText {
	var out langText
	for _, p := range parts {
		out.nb += p.nb
		out.nn += p.nn
		out.en += p.en
	}
	return out
}
