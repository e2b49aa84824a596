package prosessplan

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to Decode. It must never panic; what it
// rejects must come as Problems with positions in the named file; and what
// it accepts must encode, and decode again to the same plan, whose encoding
// is the same bytes.
//
// What Decode accepts must pass the validation every plan gets (validate):
// the decoder and the validation hold the same rules.
//
// With PROSESSPLAN_FUZZ_STRICT=1 it also holds the encoder to yaml.v3's
// own encoding. That check guards an optimisation, not what a planner sees,
// so CI's short run leaves it out and a long local run (go test -fuzz
// FuzzDecode -fuzztime 10m) does it; what it finds is kept in testdata/fuzz
// as seeds, which every run checks.
func FuzzDecode(f *testing.F) {
	// The seed corpus (plain go test) is always checked strictly: it is
	// fixed, so it cannot turn CI red by chance.
	fuzzing := flag.Lookup("test.fuzz") != nil && flag.Lookup("test.fuzz").Value.String() != ""
	strict := os.Getenv("PROSESSPLAN_FUZZ_STRICT") == "1" || !fuzzing
	seeds, _ := filepath.Glob("testdata/bad/*")
	seeds = append(seeds, "../examples/bodo.yaml")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	var full bytes.Buffer
	if err := Encode(&full, fullPlan()); err != nil {
		f.Fatal(err)
	}
	f.Add(full.Bytes())
	f.Add([]byte("tittel: T\nfaser: [{aktiviteter: [{nr: 1, start: uke 5 2017, varighet: 3d}]}]\n"))
	f.Add([]byte(`{"tittel": "T", "organer": [{"id": "b", "møter": ["7.12.2017"]}]}`))
	f.Add([]byte("tittel: T\nkommuner: [{id: a}]\norganer: [{id: b, kommune: a}]\ninnsigelser: [{fra: X, status: løst}]\nfaser: [{aktiviteter: [{nr: 1, start: ~oktober 2018, slutt: 2018-W44, ansvarlig: [Innbyggere, b], foreløpig: ja}]}]\n"))

	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(bytes.NewReader(data), "fuzz.yaml")
		if err != nil {
			var probs Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error %v is not a non-empty Problems", err)
			}
			for _, pr := range probs {
				if pr.Pos.File != "fuzz.yaml" || pr.Text[Bokmal] == "" || pr.Text[English] == "" || pr.Text[Nynorsk] == "" {
					t.Fatalf("problem without file or text: %+v", pr)
				}
			}
			return
		}
		// What Decode accepts, the validation every plan gets accepts too:
		// the two hold the same rules.
		if vs := validate(p); len(vs) > 0 {
			t.Fatalf("Decode accepted a plan validation refuses: %v\ninput:\n%q", vs, data)
		}
		var a bytes.Buffer
		if err := Encode(&a, p); err != nil {
			t.Fatalf("Encode of a decoded plan: %v", err)
		}
		if ref, err := refEncode(p); strict && (err != nil || !bytes.Equal(ref, a.Bytes())) {
			t.Fatalf("Encode differs from yaml.v3 (%v):\n%s", err, lineDiff(a.String(), string(ref)))
		}
		q, err := Decode(bytes.NewReader(a.Bytes()), "fuzz.yaml")
		if err != nil {
			t.Fatalf("the encoded plan does not decode: %v\ninput:\n%q\nencoded:\n%s", err, data, a.String())
		}
		if !reflect.DeepEqual(withoutPos(p), withoutPos(q)) {
			t.Fatalf("plan changed on re-encoding\ninput:\n%q\nencoded:\n%s\nfirst:  %+v\nsecond: %+v", data, a.String(), *withoutPos(p), *withoutPos(q))
		}
		var b bytes.Buffer
		if err := Encode(&b, q); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", a.String(), b.String())
		}
	})
}

// FuzzGoPlanRoundTrip holds Encode's promise for plans made in Go: a plan
// that CheckPlan's validation accepts, whatever its texts, decodes back to
// itself with its defaults filled in and its texts as Decode reads them
// (white space around them trimmed).
func FuzzGoPlanRoundTrip(f *testing.F) {
	f.Add("Boligplan 2018–2021", "Utkast", "pl", "Merknad: «viktig»\nlinje to")
	f.Add(" x ", "- a", "1.0", "#")
	f.Add("null", "[a, b]", "ja", "\"sitat\" 'enkel'")
	f.Add("a\u2028b", "\t", "ø", "\u0085")
	f.Fuzz(func(t *testing.T, title, name, id, comment string) {
		p := validPlan()
		p.Title = title
		a := &p.Phases[0].Activities[0]
		a.Name, a.Comment = name, comment
		p.People[0].ID = id
		p.Groups[0].Leader, p.Groups[0].Members[0].Person = id, id
		p.Phases[0].Activities[1].Responsible = id
		if vs := validate(p); len(vs) > 0 {
			return
		}
		var buf bytes.Buffer
		if err := Encode(&buf, p); err != nil {
			t.Fatal(err)
		}
		q, err := Decode(bytes.NewReader(buf.Bytes()), "plan.yaml")
		if err != nil {
			t.Fatalf("a plan validation accepts does not decode: %v\nencoded:\n%s", err, buf.String())
		}
		read := strings.TrimSpace
		want := withoutPos(p)
		want.SetDefaults()
		want.Title = read(title)
		wa := &want.Phases[0].Activities[0]
		wa.Name, wa.Comment = read(name), read(comment)
		want.People[0].ID = read(id)
		want.Groups[0].Leader, want.Groups[0].Members[0].Person = read(id), read(id)
		want.Phases[0].Activities[1].Responsible = read(id)
		if got := withoutPos(q); !reflect.DeepEqual(got, want) {
			t.Fatalf("plan changed on the round trip\nencoded:\n%s\ngot:  %+v\nwant: %+v", buf.String(), *got, *want)
		}
	})
}
