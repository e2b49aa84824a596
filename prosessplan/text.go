package prosessplan

import "fmt"

// Text is a fixed phrase or message in bokmål (NB), nynorsk (NN) and
// English (EN). Every package of the module writes its words this way, from
// a label here to a column title of the workbook or a line of the command,
// and looks them up with [Text.In], so a phrase is translated in one place
// and every lookup falls back by the same rule. Phrase tables are read-only
// package variables next to the code that uses them; adding a phrase adds
// no exported identifier.
type Text struct{ NB, NN, EN string }

// In returns t in language l. Bokmål is the fallback, the one rule for
// every phrase: a language other than nynorsk and English (such as "")
// gets bokmål, and so does a phrase with no text in l, so that a phrase
// not yet translated shows in bokmål rather than as nothing.
func (t Text) In(l Language) string {
	var s string
	switch l {
	case Nynorsk:
		s = t.NN
	case English:
		s = t.EN
	}
	if s == "" {
		return t.NB
	}
	return s
}

// Map returns t as a map from language to text, the form of [Problem.Text]
// and the other exported message fields.
func (t Text) Map() map[Language]string {
	return map[Language]string{Bokmal: t.NB, Nynorsk: t.NN, English: t.EN}
}

// TextOf returns the Text a map from language to text holds, the inverse
// of [Text.Map], so that the exported message maps ([Problem.Text],
// [StatutoryStep.Text]) are looked up by the one rule of [Text.In].
// Languages other than bokmål, nynorsk and English are left out.
func TextOf(m map[Language]string) Text {
	return Text{NB: m[Bokmal], NN: m[Nynorsk], EN: m[English]}
}

// textf formats the arguments into each language's pattern. An argument that
// is itself a Text is put in in the pattern's language.
func textf(t Text, args ...any) Text {
	in := func(lang int) []any {
		out := make([]any, len(args))
		for i, a := range args {
			if x, ok := a.(Text); ok {
				a = [3]string{x.NB, x.NN, x.EN}[lang]
			}
			out[i] = a
		}
		return out
	}
	return Text{fmt.Sprintf(t.NB, in(0)...), fmt.Sprintf(t.NN, in(1)...), fmt.Sprintf(t.EN, in(2)...)}
}

// joinText joins messages language by language.
func joinText(parts ...Text) Text {
	var out Text
	for _, p := range parts {
		out.NB += p.NB
		out.NN += p.NN
		out.EN += p.EN
	}
	return out
}
