package render

import (
	"reflect"
	"strings"
	"unicode"

	"github.com/prosessplan/go-prosessplan/prosessplan"
)

// markLanguage sets Run.Lang on the runs of d that are the plan's own text
// when d is in another language than the plan: an English document of a
// Norwegian plan says «Folkemøte på rådhuset» as the plan does, and a
// screen reader must read it as Norwegian (WCAG 3.1.2, language of parts).
//
// It runs over the finished document rather than at every place the
// builders put plan text into a run: a run is the plan's text when it is
// one of the plan's strings, or a list of them joined by ", " (the
// participants of an activity). Text the builders compose from plan text
// and their own words («Phase 1: Oppstart») is left in the document's
// language, which holds most of its words.
func markLanguage(d *Document, p *prosessplan.Plan) {
	if d == nil || p == nil {
		return
	}
	from := p.Language
	if from != prosessplan.Nynorsk && from != prosessplan.English {
		from = prosessplan.Bokmal
	}
	if from == d.Language {
		return
	}
	texts := map[string]bool{}
	planTexts(reflect.ValueOf(p), texts, 0)
	mark := func(rs []Run) {
		for i := range rs {
			if isPlanText(texts, rs[i].Text) {
				rs[i].Lang = from
			}
		}
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *Paragraph:
			mark(b.Runs)
		case *List:
			for _, it := range b.Items {
				mark(it)
			}
		case *Table:
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					mark(c.Runs)
				}
			}
		}
	}
}

// planTexts collects the strings of a plan with at least one letter:
// every string field, found by reflection so that a field added to the
// plan is covered too. Identifiers (fields named ID or …ID) are not text.
func planTexts(v reflect.Value, out map[string]bool, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			planTexts(v.Elem(), out, depth+1)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Name == "ID" || strings.HasSuffix(f.Name, "ID") {
				continue
			}
			planTexts(v.Field(i), out, depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			planTexts(v.Index(i), out, depth+1)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			planTexts(iter.Value(), out, depth+1)
		}
	case reflect.String:
		// Named string types are the plan file's words (kinds,
		// statuses), which documents show translated.
		if v.Type() != reflect.TypeFor[string]() {
			return
		}
		s := strings.TrimSpace(v.String())
		if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
			out[s] = true
		}
	}
}

// isPlanText reports whether s is one of the plan's texts, or several
// joined by ", " (a text may hold ", " itself: «rådgiver, samfunnsplanlegging»).
func isPlanText(texts map[string]bool, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if texts[s] {
		return true
	}
	parts := strings.Split(s, ", ")
	if len(parts) < 2 {
		return false
	}
	// ok[i]: parts[:i] is a list of plan texts.
	ok := make([]bool, len(parts)+1)
	ok[0] = true
	for i := 1; i <= len(parts); i++ {
		for j := i - 1; j >= 0 && !ok[i]; j-- {
			ok[i] = ok[j] && texts[strings.TrimSpace(strings.Join(parts[j:i], ", "))]
		}
	}
	return ok[len(parts)]
}
