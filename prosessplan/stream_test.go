package prosessplan

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// largePlan is a plan file of n phases of five activities, large enough
// for its phases to be read while it is parsed (yamlfile.Stream).
func largePlan(n int) string {
	var b strings.Builder
	b.WriteString("format: 1\ntittel: Kommuneplanens arealdel – Bodø\nplantype: kommuneplanens-arealdel\n" +
		"organisering:\n  personer:\n    - id: kari\n      navn: Kari Nordmann\norganer:\n  - id: ks\n    navn: Kommunestyret\nfaser:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: F%d\n    navn: Fase %d – «æøå»\n    aktiviteter:\n", i, i)
		for j := range 5 {
			fmt.Fprintf(&b, "      - nr: A%d.%d\n        navn: Verksted %d\n        ansvarlig: kari\n"+
				"        hensikt: >-\n          Drøfte\n          utkastet\n        start: 2027-01-%02d\n        slutt: 2027-02-%02d\n",
				i, j, j, 4+j, 1+j)
			if j == 4 && i > 0 {
				fmt.Fprintf(&b, "        etter: A%d.0\n", i-1)
			}
		}
	}
	b.WriteString("medvirkning:\n  - hvem: Innbyggere i Bodø\n    hvordan: Folkemøte\n")
	return b.String()
}

// TestDecodeStreamed: a large plan read while it is parsed is the plan
// read from the whole file's tree, problems and all.
func TestDecodeStreamed(t *testing.T) {
	good := largePlan(600)
	// A date that is no date in phase 400, and a key no one knows in 500.
	i := strings.Index(good, "nr: A400.2\n")
	j := strings.Index(good, "nr: A500.1\n")
	bad := good[:i] + strings.Replace(good[i:j], "start: 2027-01-06", "start: 2027-13-06", 1) +
		strings.Replace(good[j:], "ansvarlig: kari", "ansvarlg: kari", 1)
	for name, src := range map[string]string{"good": good, "bad": bad} {
		t.Run(name, func(t *testing.T) {
			data := []byte(src)
			ds := newDecoder("plan.yaml", len(data))
			streamed, again := ds.decode(data, false)
			if again || ds.stream == nil {
				t.Fatalf("not streamed (again %v)", again)
			}
			dw := newDecoder("plan.yaml", len(data))
			whole, _ := dw.decode(data, true)
			if !reflect.DeepEqual(streamed, whole) {
				t.Error("the streamed plan differs from the whole file's")
			}
			if got, want := ds.problems().Error(), dw.problems().Error(); got != want {
				t.Errorf("problems:\n%s\nwant\n%s", got, want)
			}
			if name == "bad" && len(dw.probs) != 2 {
				t.Errorf("%d problems, want 2: %v", len(dw.probs), dw.problems())
			}
			if name == "good" && len(ds.probs) > 0 {
				t.Errorf("problems in a good plan: %v", ds.problems())
			}
			if name == "good" && (len(streamed.Phases) != 600 || streamed.Phases[599].Activities[4].ID != "A599.4") {
				t.Errorf("the last phase is not read: %d phases", len(streamed.Phases))
			}
		})
	}
}

// TestDecodeStreamFails: a piece of the file that reads otherwise alone
// (here a quoted text that runs over a phase's first line) sends Decode
// back to the whole file, whose error it reports at the whole file's line.
func TestDecodeStreamFails(t *testing.T) {
	good := largePlan(600)
	i := strings.Index(good, "  - id: F400\n")
	bad := good[:i] + "        merknad: \"å\n" + good[i:]
	line := strings.Count(bad[:i], "\n") + 1
	_, err := Decode(bytes.NewReader([]byte(bad)), "plan.yaml")
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != CodeDecodeSyntax {
		t.Fatalf("error %v, want one syntax problem", err)
	}
	if ps[0].Pos.Line < line {
		t.Errorf("syntax problem at line %d, want at or after %d where the quote opens", ps[0].Pos.Line, line)
	}
}
