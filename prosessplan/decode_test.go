package prosessplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite the golden .want files of testdata/bad")

// TestDecodeBad decodes every file in testdata/bad and compares the
// messages, one "file:line:col: text" per line, with the .want file beside
// it. A file named x.en.yaml is reported in English (x.en.want), x.nn.yaml
// in nynorsk; the others in bokmål.
func TestDecodeBad(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		ext := filepath.Ext(file)
		if ext != ".yaml" && ext != ".json" {
			continue
		}
		n++
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			lang := Bokmal
			base := strings.TrimSuffix(name, ext)
			switch filepath.Ext(base) {
			case ".en":
				lang = English
			case ".nn":
				lang = Nynorsk
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Decode(bytes.NewReader(data), name)
			if err == nil {
				t.Fatalf("Decode(%s) = plan %q, no error; want problems", name, p.Title)
			}
			if p != nil {
				t.Errorf("Decode returned a plan together with an error")
			}
			var probs Problems
			if !errors.As(err, &probs) {
				t.Fatalf("errors.As(%T, *Problems) = false", err)
			}
			var lines []string
			for _, pr := range probs {
				lines = append(lines, pr.Format(lang))
				checkProblem(t, pr, name)
			}
			got := strings.Join(lines, "\n") + "\n"
			want := filepath.Join("testdata", "bad", base+".want")
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(w) {
				t.Errorf("messages of %s:\n%s\nwant (%s):\n%s", name, got, want, w)
			}
			if !sort.SliceIsSorted(probs, func(i, j int) bool {
				return probs[i].Pos.Line < probs[j].Pos.Line
			}) {
				t.Errorf("problems are not in file order")
			}
		})
	}
	if n < 12 {
		t.Errorf("only %d bad files in testdata/bad; want at least 12", n)
	}
}

// checkProblem asserts what every decode problem must have.
func checkProblem(t *testing.T, pr Problem, name string) {
	t.Helper()
	if !strings.HasPrefix(pr.Code, "PP-DECODE-") {
		t.Errorf("code %q does not start with PP-DECODE-", pr.Code)
	}
	if pr.Severity != SeverityError {
		t.Errorf("%s: severity %v, want Error", pr.Code, pr.Severity)
	}
	if pr.Pos.File != name || pr.Pos.Line < 1 {
		t.Errorf("%s: position %+v, want file %s and a line", pr.Code, pr.Pos, name)
	}
	for _, l := range []Language{Bokmal, Nynorsk, English} {
		m := pr.Text[l]
		if m == "" {
			t.Errorf("%s: no %s text", pr.Code, l)
		}
		if !strings.Contains(m, " — ") {
			t.Errorf("%s (%s): %q does not say what to do (no « — »)", pr.Code, l, m)
		}
		if strings.Contains(m, "%!") {
			t.Errorf("%s (%s): bad format verb in %q", pr.Code, l, m)
		}
		// The YAML parser's English is for English readers only.
		if l != English {
			for _, raw := range []string{"expected", "found", "allowed", "YAML:"} {
				if strings.Contains(m, raw) {
					t.Errorf("%s (%s): the parser's words %q in %q", pr.Code, l, raw, m)
				}
			}
		}
		if pr.Code == CodeDecodeSyntax && pr.Pos.Col < 1 && !strings.Contains(m, "YAML-dokument") {
			t.Errorf("%s: no column in %+v", pr.Code, pr.Pos)
		}
	}
}

// TestDecodeCodes pins the stable codes of the bad files, so that tools
// matching on codes keep working when a message is reworded.
func TestDecodeCodes(t *testing.T) {
	tests := []struct {
		file  string
		codes []string
	}{
		{"unknown-key.yaml", []string{CodeDecodeUnknownKey}},
		{"wrong-type.yaml", []string{CodeDecodeType}},
		{"bad-date.yaml", []string{CodeDecodeDate}},
		{"unknown-responsible.yaml", []string{CodeDecodeUnknownPerson, CodeDecodeUnknownResponsible}},
		{"unknown-body.yaml", []string{CodeDecodeUnknownBody}},
		{"duplicate-nr.yaml", []string{CodeDecodeDuplicateID, CodeDecodeDuplicateNr}},
		{"unknown-enum.yaml", []string{CodeDecodeEnum}},
		{"bad-duration.yaml", []string{CodeDecodeDuration}},
		{"bad-week.yaml", []string{CodeDecodeWeek}},
		{"syntax.yaml", []string{CodeDecodeSyntax}},
		{"tab-indent.yaml", []string{CodeDecodeSyntax}},
		{"over-indent.yaml", []string{CodeDecodeSyntax}},
		{"over-indent.en.yaml", []string{CodeDecodeSyntax}},
		{"under-indent-item.nn.yaml", []string{CodeDecodeSyntax}},
		{"colon-in-text.yaml", []string{CodeDecodeSyntax}},
		{"unclosed-list.yaml", []string{CodeDecodeSyntax}},
		{"bad-escape.yaml", []string{CodeDecodeSyntax}},
		{"unknown-activity.yaml", []string{CodeDecodeUnknownActivity}},
		{"unknown-participant.yaml", []string{CodeDecodeUnknownPerson, CodeDecodeUnknownParticipant}},
		{"duplicate-key.yaml", []string{CodeDecodeDuplicateKey}},
		{"empty.yaml", []string{CodeDecodeMissing}},
		{"format-version.yaml", []string{CodeDecodeFormat}},
		{"missing.yaml", []string{CodeDecodeMissing}},
		{"decision-kind.yaml", []string{CodeDecodeDate, CodeDecodeDecisionKind}},
		{"wrong-level.yaml", []string{CodeDecodeUnknownKey}},
		{"phase-dates.yaml", []string{CodeDecodeDate, CodeDecodeWeek, CodeDecodeUnknownKey}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Decode(bytes.NewReader(data), tt.file)
			var probs Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error %v is not Problems", err)
			}
			var got []string
			for _, p := range probs {
				if !slices.Contains(got, p.Code) {
					got = append(got, p.Code)
				}
			}
			sort.Strings(got)
			want := slices.Clone(tt.codes)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("codes = %v, want %v", got, want)
			}
		})
	}
}

// TestDecodeProblemActivity checks that problems inside an activity name it.
func TestDecodeProblemActivity(t *testing.T) {
	src := "tittel: T\norganisering: {personer: [{id: prosjektleder}]}\nfaser:\n  - aktiviteter:\n      - nr: \"2.4\"\n        ansvarlig: prosjektleer\n        varighet: lenge\n"
	_, err := Decode(strings.NewReader(src), "a.yaml")
	var probs Problems
	if !errors.As(err, &probs) || len(probs) != 2 {
		t.Fatalf("Decode = %v; want two problems", err)
	}
	for _, p := range probs {
		if p.Activity != "2.4" {
			t.Errorf("%s: Activity = %q, want 2.4", p.Code, p.Activity)
		}
	}
	if got, want := err.Error(), "a.yaml:6:20: ukjent ansvarlig «prosjektleer» — mente du «prosjektleder»?\n"+
		"a.yaml:7:19: «lenge» er ikke en varighet — skriv et tall og en enhet, f.eks. «10 virkedager», «6 uker» eller «90 min»"; got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want Time
	}{
		{"2017-01-31", false, DayOf(D(2017, 1, 31))},
		{"31.01.2017", false, DayOf(D(2017, 1, 31))},
		{"7.12.2017", false, DayOf(D(2017, 12, 7))},
		{"2016-02-29", false, DayOf(D(2016, 2, 29))},
		{"2017-W05", false, DayOf(D(2017, 1, 30))},
		{"2017-W05", true, DayOf(D(2017, 2, 3))},
		{"2017W49", false, DayOf(D(2017, 12, 4))},
		{"uke 5 2017", false, DayOf(D(2017, 1, 30))},
		{"Uke 49 2017", true, DayOf(D(2017, 12, 8))},
		{"veke 5 2017", true, DayOf(D(2017, 2, 3))},
		{"week 1 2021", false, DayOf(D(2021, 1, 4))},
		{"uke 53 2020", false, DayOf(D(2020, 12, 28))},
		{"uke 1 2019", false, DayOf(D(2018, 12, 31))},
		{"2017-01-31 09:30", false, At(D(2017, 1, 31), 9, 30)},
		{"2017-01-31T09:30", false, At(D(2017, 1, 31), 9, 30)},
		{"31.01.2017 kl. 09.30", false, At(D(2017, 1, 31), 9, 30)},
		{"31.01.2017 kl 9.30", false, At(D(2017, 1, 31), 9, 30)},
		{"31.01.2017, kl. 18.00", false, At(D(2017, 1, 31), 18, 0)},
		{"31.01.2017 00:00", false, At(D(2017, 1, 31), 0, 0)},
	}
	for _, tt := range tests {
		got, err := parsePlanTime(tt.in, tt.end, true, true)
		if err != nil {
			t.Errorf("parsePlanTime(%q) error %q", tt.in, err.text.NB)
			continue
		}
		if got != tt.want {
			t.Errorf("parsePlanTime(%q, end=%v) = %v, want %v", tt.in, tt.end, got, tt.want)
		}
	}
	bad := []struct{ in, msg string }{
		{"31.02.2026", "«31.02.2026» er ikke en gyldig dato: februar 2026 har bare 28 dager — rett dagen"},
		{"29.02.2017", "«29.02.2017» er ikke en gyldig dato: februar 2017 har bare 28 dager — rett dagen"},
		{"31.04.2017", "«31.04.2017» er ikke en gyldig dato: april 2017 har bare 30 dager — rett dagen"},
		{"2017-00-10", "«2017-00-10» er ikke en gyldig dato: måned 0 finnes ikke — bruk en måned fra 1 til 12"},
		{"2017-01-31 24:00", "«2017-01-31 24:00» har et ugyldig klokkeslett — skriv f.eks. 09:30 eller kl. 09.30"},
		{"i morgen", "«i morgen» er ikke en dato — skriv f.eks. 2017-01-31 eller 31.01.2017, eller en uke: uke 5 2017 eller 2017-W05"},
		{"31.01.17", "«31.01.17» er ikke en dato — skriv f.eks. 2017-01-31 eller 31.01.2017, eller en uke: uke 5 2017 eller 2017-W05"},
		{"uke 53 2017", "uke 53 finnes ikke i 2017 (året har 52 uker) — bruk en uke fra 1 til 52"},
		{"2020-W54", "uke 54 finnes ikke i 2020 (året har 53 uker) — bruk en uke fra 1 til 53"},
	}
	for _, tt := range bad {
		_, err := parsePlanTime(tt.in, false, true, true)
		if err == nil {
			t.Errorf("parsePlanTime(%q) gave no error", tt.in)
			continue
		}
		if err.text.NB != tt.msg {
			t.Errorf("parsePlanTime(%q) = %q\nwant %q", tt.in, err.text.NB, tt.msg)
		}
	}
	if _, err := parsePlanTime("uke 5 2017", false, false, false); err == nil ||
		err.text.NB != "«uke 5 2017» er en uke, men her trengs en dato — skriv f.eks. 2017-12-07" {
		t.Errorf("week where a date belongs: %v", err)
	}
	if _, err := parsePlanTime("2017-12-07 10:00", false, false, false); err == nil ||
		err.text.EN != "\"2017-12-07 10:00\" has a time of day, but only a date belongs here — remove the time" {
		t.Errorf("time where a date belongs: %v", err)
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
	}{
		{"10 dager", Duration{10, Days}},
		{"1 dag", Duration{1, Days}},
		{"10 dagar", Duration{10, Days}},
		{"10 days", Duration{10, Days}},
		{"10d", Duration{10, Days}},
		{"10 virkedager", Duration{10, WorkingDays}},
		{"10 vyrkedagar", Duration{10, WorkingDays}},
		{"10 working days", Duration{10, WorkingDays}},
		{"3 Virkedager", Duration{3, WorkingDays}},
		{"6 uker", Duration{6, Weeks}},
		{"1 uke", Duration{1, Weeks}},
		{"6 veker", Duration{6, Weeks}},
		{"6 weeks", Duration{6, Weeks}},
		{"6u", Duration{6, Weeks}},
		{"90 min", Duration{90, Minutes}},
		{"90 min.", Duration{90, Minutes}},
		{"90 minutter", Duration{90, Minutes}},
		{"90 minutt", Duration{90, Minutes}},
	}
	for _, tt := range tests {
		got, err := parsePlanDuration(tt.in, false)
		if err != nil || got != tt.want {
			t.Errorf("parsePlanDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		// What String writes must read back.
		if back, err := parsePlanDuration(got.String(), false); err != nil || back != got {
			t.Errorf("parsePlanDuration(%q) = %v, %v; want %v", got.String(), back, err, got)
		}
	}
	if got, err := parsePlanDuration("-2 dager", true); err != nil || got != (Duration{-2, Days}) {
		t.Errorf("lag -2 dager = %v, %v", got, err)
	}
	if got, err := parsePlanDuration("0 dager", true); err != nil || got != (Duration{0, Days}) {
		t.Errorf("lag 0 dager = %v, %v", got, err)
	}
	bad := []struct{ in, msg string }{
		{"ti dager", "«ti dager» er ikke en varighet — skriv et tall og en enhet, f.eks. «10 virkedager», «6 uker» eller «90 min»"},
		{"10", "«10» er ikke en varighet — skriv et tall og en enhet, f.eks. «10 virkedager», «6 uker» eller «90 min»"},
		{"3 måneder", "«3 måneder»: måneder er ulike lange og kan ikke være en varighet — skriv uker, f.eks. «13 uker»"},
		{"2 mnd", "«2 mnd»: måneder er ulike lange og kan ikke være en varighet — skriv uker, f.eks. «9 uker»"},
		{"3 timer", "«3 timer»: timer skrives som minutter — skriv «180 min»"},
		{"3 år", "ukjent enhet «år» i «3 år» — bruk dager, virkedager, uker eller min"},
		{"0 dager", "varigheten «0 dager» må være større enn null — skriv hvor lenge aktiviteten varer, f.eks. «2 uker»"},
		{"-1 uke", "varigheten «-1 uke» må være større enn null — skriv hvor lenge aktiviteten varer, f.eks. «2 uker»"},
	}
	for _, tt := range bad {
		_, err := parsePlanDuration(tt.in, false)
		if err == nil || err.text.NB != tt.msg {
			t.Errorf("parsePlanDuration(%q) = %v\nwant %q", tt.in, err, tt.msg)
		}
	}
}

// TestEnumSpellings checks the accepted spellings: canonical, ASCII and
// nynorsk forms, any case, spaces for hyphens.
func TestEnumSpellings(t *testing.T) {
	tests := []struct {
		e    enum
		in   string
		want string
	}{
		{enumActivityKind, "møte", "møte"},
		{enumActivityKind, "moete", "møte"},
		{enumActivityKind, "mote", "møte"},
		{enumActivityKind, "Møte", "møte"},
		{enumActivityKind, "hoering", "høring"},
		{enumActivityKind, "høyring", "høring"},
		{enumActivityKind, "hoyring", "høring"},
		{enumActivityKind, "milepael", "milepæl"},
		{enumActivityKind, "milestolpe", "milepæl"},
		{enumActivityKind, "folkemoete", "folkemøte"},
		{enumActivityKind, "Politisk behandling", "politisk-behandling"},
		{enumActivityKind, "politisk handsaming", "politisk-behandling"},
		{enumActivityKind, "arbeidsverkstad", "arbeidsverksted"},
		{enumActivityStatus, "Ikke startet", "ikke-startet"},
		{enumActivityStatus, "ikkje starta", "ikke-startet"},
		{enumActivityStatus, "paagaar", "pågår"},
		{enumActivityStatus, "utsett", "utsatt"},
		{enumPlanType, "Kommuneplanens samfunnsdel", "kommuneplanens-samfunnsdel"},
		{enumPlanType, "kommuneplanen sin arealdel", "kommuneplanens-arealdel"},
		{enumLanguage, "Bokmål", "nb"},
		{enumLanguage, "bokmal", "nb"},
		{enumLanguage, "nynorsk", "nn"},
		{enumPlanStatus, "vedteken", "vedtatt"},
		{enumGroupKind, "anna", "annen"},
		{enumBodyKind, "bystyre", "kommunestyre"},
		{enumBodyKind, "eldrerad", "eldreråd"},
		{enumBodyKind, "eldreraad", "eldreråd"},
		{enumBodyKind, "Råd for personar med funksjonsnedsetjing", "råd-for-personer-med-funksjonsnedsettelse"},
		{enumBodyKind, "komité", "utvalg"},
		{enumDecisionKind, "utlegging til hoering", "utlegging-til-høring"},
		{enumDecisionKind, "sluthandsaming", "sluttbehandling"},
	}
	for _, tt := range tests {
		if got := tt.e.spellings()[normWord(tt.in)]; got != tt.want {
			t.Errorf("%s %q = %q, want %q", tt.e.name.EN, tt.in, got, tt.want)
		}
	}
}

// TestEnumValuesMatchConstants guards against a constant in plan.go that
// the decoder does not know.
func TestEnumValuesMatchConstants(t *testing.T) {
	check := func(e enum, want []string) {
		t.Helper()
		if !slices.Equal(e.values, want) {
			t.Errorf("%s: decoder values %v, constants %v", e.name.EN, e.values, want)
		}
	}
	str := func(xs ...string) []string { return xs }
	check(enumActivityKind, str("arbeid", "møte", "arbeidsverksted", "folkemøte", "høring", "politisk-behandling", "frist", "milepæl",
		"varsel", "spørreundersøkelse", "innspillsrunde", "mekling"))
	check(enumActivityStatus, str("ikke-startet", "pågår", "ferdig", "utsatt", "avlyst"))
	check(enumPlanType, str("temaplan", "kommunedelplan", "kommuneplanens-samfunnsdel", "kommuneplanens-arealdel", "kommunal-planstrategi", "reguleringsplan", "kjøreplan"))
	check(enumObjectionStatus, str("uløst", "løst", "trukket"))
	check(enumDecisionKind, str("melding-om-oppstart", "godkjenning-av-prosessplan", "fastsetting-av-planprogram", "utlegging-til-høring", "sluttbehandling", "orientering"))
	check(enumGroupKind, str("styringsgruppe", "prosjektgruppe", "arbeidsgruppe", "referansegruppe", "annen"))
	check(enumBodyKind, str("kommunestyre", "formannskap", "utvalg", "eldreråd", "råd-for-personer-med-funksjonsnedsettelse", "ungdomsråd", "kommunedelsutvalg", "administrativ", "annet"))
	for _, k := range AllActivityKinds() {
		if !slices.Contains(enumActivityKind.values, string(k)) {
			t.Errorf("activity kind %q unknown to the decoder", k)
		}
	}
	for _, k := range AllBodyKinds() {
		if !slices.Contains(enumBodyKind.values, string(k)) {
			t.Errorf("body kind %q unknown to the decoder", k)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := keyTables["aktivitet"]
	tests := []struct{ in, want string }{
		{"ansvarleg", "ansvarlig"},
		{"Ansvarlig", "ansvarlig"},
		{"deltakarar", "deltakere"},
		{"hensigt", "hensikt"},
		{"etterslep", ""},
		{"sluttdato", ""},
		{"slut", "slutt"},
		{"x", ""},
		{"farge", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in, keys); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Suggest("maalform", keyTables["plan"]); got != "målform" {
		t.Errorf("Suggest(maalform) = %q", got)
	}
}

// zeroPos clears every Pos in v, so that plans read from different texts
// can be compared.
func zeroPos(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			zeroPos(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(Pos{}) {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			zeroPos(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			zeroPos(v.Index(i))
		}
	}
}

func withoutPos(p *Plan) *Plan {
	// A deep copy through the encoder would hide encoder bugs; copy by hand.
	q := *p
	q.File = ""
	cp := reflect.New(reflect.TypeOf(q)).Elem()
	cp.Set(reflect.ValueOf(q))
	deepCopy(cp)
	zeroPos(cp)
	out := cp.Interface().(Plan)
	return &out
}

// deepCopy replaces the slices and pointers reachable from v by copies.
func deepCopy(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			c := reflect.New(v.Elem().Type())
			c.Elem().Set(v.Elem())
			deepCopy(c.Elem())
			v.Set(c)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			deepCopy(v.Field(i))
		}
	case reflect.Slice:
		if !v.IsNil() {
			c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(c, v)
			for i := 0; i < c.Len(); i++ {
				deepCopy(c.Index(i))
			}
			v.Set(c)
		}
	}
}

// fullPlan sets every field of the model, with values that need care in
// YAML: numbers as text, colons, quotes, leading dashes, æøå, several lines.
func fullPlan() *Plan {
	return &Plan{
		Title:              "Boligplan 2018–2021: «revisjon»",
		Municipality:       "Bodø kommune",
		Unit:               "Nærings- og utviklingsavdelingen, seksjon plan og samfunn",
		Type:               Kommunedelplan,
		Language:           Nynorsk,
		CaseNumber:         "2016/4711",
		CaseOfficer:        "Hanne Berg",
		Version:            "1.10",
		Status:             Adopted,
		AdoptedBy:          "Rådmannens ledergruppe",
		AdoptedDate:        D(2017, 1, 31),
		Date:               D(2017, 1, 24),
		CouncilConstituted: D(2015, 10, 22),
		WithStrategy:       true,
		Municipalities:     []Municipality{{ID: "bodo", Name: "Bodø kommune", Profile: "bodo"}, {ID: "saltdal", Name: "Saltdal kommune"}},
		Background:         []string{"Første avsnitt: med kolon.", "- andre avsnitt\nmed to linjer", "true"},
		Mandate:            []string{"Bare ett avsnitt"},
		Goals:              []string{"Mål 1", "null", "#ikke en kommentar"},
		DesiredResult:      "Ein omforent plan",
		TargetAreas:        []string{"Generell boligutvikling", "Boligsosiale forhold", "Organisering, samarbeid og kompetanse"},
		LegalBasis:         []string{"pbl § 11-14", "kommuneloven § 5-12"},
		People: []Person{
			{ID: "pl", Name: "Hanne Berg", Title: "prosjektleiar", Unit: "Plan og samfunn", Email: "hanne@example.no"},
			{ID: "42", Name: "Ola"},
		},
		Groups: []Group{{
			ID: "pg", Name: "Prosjektgruppe", Kind: ProjectGroup, Responsibility: "Skriv planen",
			Leader: "pl",
			Members: []Member{
				{Person: "pl"},
				{Name: "Gunvald Johansen"},
				{Name: "pl"}, // a name equal to a person's ID keeps its long form
				{Person: "42", Role: "sekretær"},
				{Organisation: "Bodø Næringsforum", Role: "representert ved Bodø boligbyggerlag og Gunvald Johansen"},
				{Name: "Kari", Organisation: "Husbanken"},
			},
		}, {ID: "ref", Name: "Referansegruppe", Kind: ReferenceGroup}},
		Bodies: []Body{
			{ID: "bystyret", Name: "Bystyret", Kind: MunicipalCouncil, NoticeDays: 21, Meetings: []Date{D(2017, 3, 16), D(2017, 12, 7)}},
			{ID: "eldrerådet", Name: "Eldrerådet", Kind: ElderlyCouncil, NoticeDays: 10, Meetings: []Date{D(2017, 11, 20)},
				Place: "Bystyresalen, Rådhuset", MeetingPlaces: map[Date]string{D(2017, 11, 20): "Stormen: «bibliotek»"}},
			{ID: "fsk", Name: "Formannskapet", Kind: ExecutiveBoard, Municipality: "bodo"},
		},
		Phases: []Phase{{
			ID: "1", Name: "Oppstart", Description: "Fase ein",
			Start: D(2017, 1, 2), End: D(2017, 3, 31),
			Activities: []Activity{
				{ID: "1.1", Name: "Oppstart", Purpose: "Kvifor", Responsible: "pl", Participants: []string{"pg", "bystyret", "42"},
					Kind: Milestone, Start: DayOf(D(2017, 1, 9)), Status: Done, Comment: "ok", Deliverable: "Referat"},
				{ID: "1.10", Name: "Verkstad", Kind: Workshop, Start: At(D(2017, 1, 31), 9, 30), Duration: Duration{90, Minutes},
					After:  []Dependency{{ID: "1.1"}, {ID: "1.1", Lag: Duration{2, WorkingDays}}, {ID: "1.1", Lag: Duration{-1, Days}}, {ID: "1.1", Lag: Duration{0, Weeks}}},
					Status: InProgress},
				{ID: "1.2", Name: "Arbeid", Kind: Work, Start: DayOf(D(2017, 2, 1)), End: At(D(2017, 2, 3), 15, 0), Status: Postponed,
					Responsible: "Kommunestyret", AlsoResponsible: []string{"pl", "pg"}, Method: "Gruppearbeid: post-it", FixedDate: true},
				{ID: "1.3", Name: "Høyring", Kind: Hearing, Duration: Duration{6, Weeks}, After: []Dependency{{ID: "1.2"}}, Status: Cancelled},
				{ID: "1.4", Name: "Vedtak", Kind: PoliticalDecision, Responsible: "pg", Duration: Duration{1, Days},
					Decision: &Decision{Kind: FinalDecision, Body: "bystyret", Route: []string{"eldrerådet", "fsk"},
						Meeting: D(2017, 12, 7), Hearing: "1.3", Proposal: []string{"Bystyret vedtek planen.", "Tiltak: i budsjett."},
						Summary:     "Samandrag",
						CaseNumbers: []CaseNumber{{Body: "eldrerådet", Number: "PS 12/17"}, {Body: "bystyret", Number: "PS 77/17"}},
						ArchiveCode: "143", JournalNo: "2017/1234-17",
						Attachments: []string{"Boligplan 2018–2021, datert 10.11.2017"}, NotAttached: []string{"Høyringsfråsegnene"},
						Assessment: []string{"Planen er god: «ja»."},
						Prepared:   &PreparedProposal{Body: "fsk", Date: D(2017, 11, 29), Points: []string{"Formannskapet rår til at planen vert vedteken."}},
						HearingReport: &HearingReport{Parties: []string{"Husbanken", "NAV"}, Statements: 12, From: []string{"Husbanken"},
							MainPoints: []string{"Fleire utleigebustader"}, Objections: []HearingObjection{{From: "Fylkesmannen", Concerns: "Strandsona", Resolution: "Løyst ved endring"}}},
						Outcome: &Outcome{Date: D(2017, 12, 7), CaseNumber: "PS 77/17", Text: []string{"Bystyret vedtek planen."}, Status: OutcomeAmended}},
					Status: NotStarted},
				{ID: "1.5", Name: "Frist", Kind: Deadline, End: DayOf(D(2017, 11, 10)), Status: NotStarted},
				{ID: "1.6", Name: "Møte", Kind: Meeting, Duration: Duration{3, WorkingDays}, After: []Dependency{{ID: "1.5"}}, Status: NotStarted},
				{ID: "1.7", Name: "Folkemøte", Kind: PublicMeeting, Duration: Duration{10, Days}, After: []Dependency{{ID: "1.6"}}, Status: NotStarted,
					Decision: nil},
				{ID: "1.21", Name: "Spørjeundersøking", Kind: Survey, Start: DayOf(D(2017, 10, 1)), StartPrecision: MonthPrecision,
					End: DayOf(D(2017, 11, 30)), EndPrecision: MonthPrecision, Tentative: true, Status: NotStarted},
				{ID: "1.22", Name: "Varsel", Kind: Notice, Start: DayOf(D(2017, 1, 23)), StartPrecision: WeekPrecision,
					End: DayOf(D(2017, 1, 27)), EndPrecision: WeekPrecision, Participants: []string{"Innbyggjarar"}, Status: NotStarted},
				{ID: "1.23", Name: "Mekling", Kind: Mediation, Duration: Duration{1, Days}, After: []Dependency{{ID: "1.22"}}, Status: NotStarted},
			},
		}, {ID: "2", Name: "Tom fase"}},
		Participation:  []Participation{{Who: "Innbyggjarar", How: "Folkemøte", When: "Mars", Why: "Dialog", Activities: []string{"1.7", "1.10"}}},
		SuccessFactors: []string{"Ressursar"},
		Risks:          []Risk{{Description: "Lite tid", Consequence: "Forseinking", Mitigation: "Prioriter"}},
		Resources:      []Resource{{What: "Prosjektleiar", Amount: "60 %", Kroner: 60000, Percent: 60, Comment: "2017"}},
		Attachments:    []Attachment{{Title: "Mal for prosessplan"}, {Title: "Planprogram", Reference: "2016/4711-3"}},
		Related:        []RelatedPlan{{Name: "Kommuneplanens arealdel"}, {Name: "Næringsplan", URL: "https://example.no/plan", Comment: "Parallell"}},
		Objections: []Objection{{From: "Statsforvaltaren", Subject: "Strandsona", Date: D(2017, 11, 1), Mediation: "1.23", Status: ObjectionOpen},
			{From: "Fylkeskommunen", Status: ObjectionWithdrawn}},
		Calendar: CalendarSettings{
			SummerFromMonth: 7, SummerFromDay: 10, SummerToMonth: 8, SummerToDay: 4,
			Closures: []Closure{{Name: "Romjul", Range: DateRange{D(2017, 12, 27), D(2017, 12, 29)}}},
		},
	}
}

// TestRoundTrip encodes plans and decodes them back: the full plan (every
// field set) and the Bodø example. Encoding is deterministic and stable.
func TestRoundTrip(t *testing.T) {
	example, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bodo, err := Decode(bytes.NewReader(example), "bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*Plan{"full": fullPlan(), "bodo": bodo} {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Encode(&a, p); err != nil {
				t.Fatal(err)
			}
			q, err := Decode(bytes.NewReader(a.Bytes()), "rt.yaml")
			if err != nil {
				t.Fatalf("encoded plan does not decode: %v\n%s", err, a.String())
			}
			if got, want := withoutPos(q), withoutPos(p); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the plan\ngot  %+v\nwant %+v\n%s", got, want, a.String())
			}
			if err := Encode(&b, q); err != nil {
				t.Fatal(err)
			}
			if a.String() != b.String() {
				t.Errorf("encoding the decoded plan gives other bytes:\n%s\n---\n%s", a.String(), b.String())
			}
		})
	}
}

func TestEncodeCanonical(t *testing.T) {
	p := &Plan{Title: "Boligplan", Type: Temaplan, Language: Bokmal, Status: Draft, Version: "1.0",
		Phases: []Phase{{ID: "1", Name: "Oppstart", Activities: []Activity{
			{ID: "1.1", Name: "Start: oppstart", Kind: Milestone, Start: DayOf(D(2017, 1, 9)), Status: NotStarted},
			{ID: "1.2", Name: "Verksted", Kind: Workshop, Start: At(D(2017, 1, 31), 9, 30), Duration: Duration{90, Minutes},
				After: []Dependency{{ID: "1.1"}, {ID: "1.1", Lag: Duration{2, WorkingDays}}}, Status: Done},
		}}},
		Calendar: CalendarSettings{SummerFromMonth: 7, SummerFromDay: 1, SummerToMonth: 7, SummerToDay: 31},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	want := `format: 1
tittel: Boligplan
plantype: temaplan
målform: nb
versjon: "1.0"
status: utkast
faser:
  - id: 1
    navn: Oppstart
    aktiviteter:
      - nr: 1.1
        navn: 'Start: oppstart'
        type: milepæl
        start: 2017-01-09
      - nr: 1.2
        navn: Verksted
        type: arbeidsverksted
        start: 2017-01-31 09:30
        varighet: 90 minutter
        etter: [1.1, {nr: 1.1, etterslep: 2 virkedager}]
        status: ferdig
kalender:
  fellesferie:
    fra: "01.07"
    til: "31.07"
`
	if buf.String() != want {
		t.Errorf("Encode =\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestDecodeJSON reads the Bodø example converted to JSON: the same plan,
// with positions pointing into the JSON text.
func TestDecodeJSON(t *testing.T) {
	example, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(example, &doc); err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(nodeJSON(doc.Content[0]), "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	fromJSON, err := Decode(bytes.NewReader(js), "bodo.json")
	if err != nil {
		t.Fatalf("JSON does not decode: %v", err)
	}
	fromYAML, err := Decode(bytes.NewReader(example), "bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(withoutPos(fromJSON), withoutPos(fromYAML)) {
		t.Errorf("JSON and YAML give different plans")
	}
	a := fromJSON.Activity("4.2")
	lines := strings.Split(string(js), "\n")
	if a.Pos.Line < 1 || a.Pos.Line > len(lines) || !strings.Contains(lines[a.Pos.Line-1], "{") {
		t.Errorf("activity 4.2 at %+v; JSON line %q", a.Pos, lines[max(0, a.Pos.Line-1)])
	}
	if fromJSON.Pos.File != "bodo.json" || a.Pos.File != "bodo.json" {
		t.Errorf("positions name %q, want bodo.json", a.Pos.File)
	}
}

// orderedJSON keeps the key order of a YAML mapping in JSON.
type orderedJSON []struct {
	k string
	v any
}

func (o orderedJSON) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(kv.k)
		v, err := json.Marshal(kv.v)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func nodeJSON(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		var o orderedJSON
		for i := 0; i+1 < len(n.Content); i += 2 {
			o = append(o, struct {
				k string
				v any
			}{n.Content[i].Value, nodeJSON(n.Content[i+1])})
		}
		return o
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			out = append(out, nodeJSON(c))
		}
		return out
	}
	if n.ShortTag() == "!!int" {
		return json.Number(n.Value)
	}
	return n.Value
}

// TestPositions checks that every element records where it was written.
func TestPositions(t *testing.T) {
	example, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(bytes.NewReader(example), "bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(example), "\n")
	at := func(what string, pos Pos, text string) {
		t.Helper()
		if pos.File != "bodo.yaml" || pos.Line < 1 || pos.Line > len(lines) {
			t.Errorf("%s: position %+v", what, pos)
			return
		}
		line := lines[pos.Line-1]
		if pos.Col < 1 || !strings.HasPrefix(line[min(len(line), pos.Col-1):], text) {
			t.Errorf("%s at %d:%d is %q, want it to start with %q", what, pos.Line, pos.Col, line, text)
		}
	}
	at("plan", p.Pos, "format: 1")
	at("person", p.People[0].Pos, "id: prosjektleder")
	at("group", p.Groups[2].Pos, "id: referansegruppe-1")
	at("member", p.Groups[2].Members[4].Pos, "organisasjon: Bodø Næringsforum")
	at("body", p.Bodies[0].Pos, "id: bystyret")
	at("phase", p.Phases[3].Pos, `id: "4"`)
	a := p.Activity("4.2")
	at("activity", a.Pos, `nr: "4.2"`)
	at("decision", a.Decision.Pos, "type: sluttbehandling")
	at("dependency", a.After[0].Pos, `"4.1"`)
	at("participation", p.Participation[0].Pos, "hvem: Innbyggere")
	at("risk", p.Risks[0].Pos, "beskrivelse:")
	at("resource", p.Resources[0].Pos, "hva: Prosjektleder")
	at("attachment", p.Attachments[0].Pos, "Mal for prosessplan")
	at("closure", p.Calendar.Closures[0].Pos, "navn: Romjul")
}

// TestDecodeBodo pins facts of the example that the sources give.
func TestDecodeBodo(t *testing.T) {
	example, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(bytes.NewReader(example), "bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Type != Temaplan || p.Language != Bokmal || p.Status != Adopted {
		t.Errorf("type %q, målform %q, status %q", p.Type, p.Language, p.Status)
	}
	if p.Unit != "Nærings- og utviklingsavdelingen, seksjon plan og samfunn" {
		t.Errorf("unit %q", p.Unit)
	}
	if !slices.Equal(p.TargetAreas, []string{"Generell boligutvikling", "Boligsosiale forhold", "Organisering, samarbeid og kompetanse"}) {
		t.Errorf("målområder %q", p.TargetAreas)
	}
	if len(p.SuccessFactors) != 5 || len(p.Attachments) != 1 || p.Attachments[0].Title != "Mal for prosessplan" {
		t.Errorf("success factors %d, attachments %+v", len(p.SuccessFactors), p.Attachments)
	}
	if !strings.Contains(p.Background[0], "13. februar 2014") {
		t.Errorf("background lacks the adoption of BPHP 2014–2017: %q", p.Background[0])
	}
	final := p.Activity("4.2").Decision
	if final.Kind != FinalDecision || final.Body != "bystyret" || final.Meeting != D(2017, 12, 7) {
		t.Errorf("final decision %+v", final)
	}
	if y, w := final.Meeting.ISOWeek(); y != 2017 || w != 49 || final.Meeting.Weekday() != time.Thursday {
		t.Errorf("7 December 2017 is week %d, %v", w, final.Meeting.Weekday())
	}
	if got := p.Activity("1.4").Decision; got.Kind != ProcessPlanApproval || got.Body != "ledergruppa" {
		t.Errorf("process plan approval %+v", got)
	}
	var members []string
	for _, m := range p.Group("referansegruppe-1").Members {
		members = append(members, m.Organisation)
	}
	if want := []string{"Husbanken", "Fylkesmannen", "Universitet", "Boligstiftelse", "Bodø Næringsforum", "Boligbyggerlag", "Boligprodusent"}; !slices.Equal(members, want) {
		t.Errorf("referansegruppe 1 = %q, want %q", members, want)
	}
}

// TestKeysDocumented checks that every key of the format is described in
// docs/plan-format.md, and that docs/plan.schema.json has exactly the
// decoder's keys and enum values, so that the three cannot drift apart.
func TestKeysDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-format.md")
	if err != nil {
		t.Fatal(err)
	}
	for table, keys := range keyTables {
		for _, k := range keys {
			if !bytes.Contains(doc, []byte("`"+k+"`")) {
				t.Errorf("docs/plan-format.md does not describe the key `%s` (%s)", k, table)
			}
		}
	}
	raw, err := os.ReadFile("../docs/plan.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Schema     string                     `json:"$schema"`
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatalf("docs/plan.schema.json: %v", err)
	}
	if schema.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q", schema.Schema)
	}
	propsOf := func(table string) map[string]json.RawMessage {
		if table == "plan" {
			return schema.Properties
		}
		return schema.Defs[table].Properties
	}
	for table, keys := range keyTables {
		props := propsOf(table)
		var got []string
		for k := range props {
			got = append(got, k)
		}
		sort.Strings(got)
		want := slices.Clone(keys)
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Errorf("schema %s has keys %v, decoder %v", table, got, want)
		}
	}
	// The enum values the schema offers are the decoder's spellings.
	enums := map[string]enum{
		"plantype": enumPlanType, "målform": enumLanguage, "planstatus": enumPlanStatus,
		"aktivitetstype": enumActivityKind, "aktivitetsstatus": enumActivityStatus,
		"gruppetype": enumGroupKind, "organtype": enumBodyKind, "vedtakstype": enumDecisionKind,
	}
	var all struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	for name, e := range enums {
		var def struct {
			Enum []string `json:"enum"`
		}
		if err := json.Unmarshal(all.Defs[name], &def); err != nil {
			t.Fatalf("$defs/%s: %v", name, err)
		}
		var want []string
		for s := range e.spellings() {
			want = append(want, s)
		}
		sort.Strings(want)
		got := slices.Clone(def.Enum)
		sort.Strings(got)
		if !slices.Equal(got, want) {
			t.Errorf("$defs/%s enum = %v\nwant %v", name, got, want)
		}
		if !slices.Equal(def.Enum[:len(e.values)], e.values) {
			t.Errorf("$defs/%s: the canonical values %v must come first", name, e.values)
		}
	}
	// Every $ref points to a definition.
	for _, m := range regexp.MustCompile(`"\$ref":\s*"#/\$defs/([^"]+)"`).FindAllStringSubmatch(string(raw), -1) {
		if _, ok := all.Defs[m[1]]; !ok {
			t.Errorf("$ref to missing $defs/%s", m[1])
		}
	}
}

// TestDecodeLimits checks input that must not explode or crash.
func TestDecodeLimits(t *testing.T) {
	// Aliases nested three deep make 200³ values from a few kilobytes.
	rep := func(s string, n int) string { return strings.TrimSuffix(strings.Repeat(s+", ", n), ", ") }
	bomb := "tittel: T\norganer: [{id: b}]\nfaser:\n  - &f\n    aktiviteter:\n" +
		"      - &a {nr: 1, deltakere: [" + rep("b", 200) + "]}\n" +
		"      - " + rep("*a", 1) + "\n" + strings.Repeat("      - *a\n", 198) +
		strings.Repeat("  - *f\n", 199)
	_, err := Decode(strings.NewReader(bomb), "bomb.yaml")
	if err == nil {
		t.Fatal("alias bomb decoded without error")
	}
	if !strings.Contains(err.Error(), "bruker alias (*) så mye") {
		t.Errorf("error does not mention aliases: %.300s", err)
	}
	// Multiple documents.
	_, err = Decode(strings.NewReader("tittel: A\n---\ntittel: B\n"), "two.yaml")
	if err == nil || !strings.Contains(err.Error(), "two.yaml:2:1: filen har mer enn ett YAML-dokument") {
		t.Errorf("two documents: %v", err)
	}
}

// TestDecodeAliases checks that YAML anchors and aliases may be used.
func TestDecodeAliases(t *testing.T) {
	src := `tittel: T
organer:
  - {id: b, navn: B, møter: &m [2017-03-16, 2017-12-07]}
  - {id: c, navn: C, møter: *m}
`
	p, err := Decode(strings.NewReader(src), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.Bodies[1].Meetings, []Date{D(2017, 3, 16), D(2017, 12, 7)}) {
		t.Errorf("meetings through alias = %v", p.Bodies[1].Meetings)
	}
}

func TestDecodeDefaults(t *testing.T) {
	p, err := Decode(strings.NewReader("tittel: T\nfaser:\n  - aktiviteter:\n      - nr: 1\n"), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Language != Bokmal || p.Status != Draft || p.Activity("1").Status != NotStarted || p.File != "d.yaml" {
		t.Errorf("defaults: målform %q, status %q, activity status %q, file %q",
			p.Language, p.Status, p.Activity("1").Status, p.File)
	}
	// An adoption date makes a plan without status adopted.
	p, err = Decode(strings.NewReader("tittel: T\nvedtatt-dato: 2017-01-31\n"), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != Adopted {
		t.Errorf("status of a plan with vedtatt-dato = %q, want vedtatt", p.Status)
	}
	// A decision makes the activity a political treatment.
	p, err = Decode(strings.NewReader("tittel: T\norganer: [{id: b}]\nfaser:\n  - aktiviteter:\n      - nr: 1\n        vedtak: {type: orientering, organ: b}\n"), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if k := p.Activity("1").Kind; k != PoliticalDecision {
		t.Errorf("kind of an activity with vedtak = %q, want politisk-behandling", k)
	}
}

// TestDocExamples decodes the YAML and JSON plans shown in
// docs/plan-format.md, so that the documentation shows files that work.
func TestDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-format.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(yaml|json)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	n := 0
	for _, b := range blocks {
		if !strings.Contains(b[2], "tittel") {
			continue // a fragment, not a plan
		}
		n++
		p, err := Decode(strings.NewReader(b[2]), "plan-format."+b[1])
		if err != nil {
			t.Errorf("example in docs/plan-format.md does not decode: %v\n%s", err, b[2])
			continue
		}
		if p.Title != "Prosessplan for Boligplan 2018–2021" {
			t.Errorf("title %q", p.Title)
		}
	}
	if n < 2 {
		t.Errorf("found %d plan examples in docs/plan-format.md, want a YAML and a JSON one", n)
	}
}

func ExampleDecode() {
	const file = `format: 1
tittel: Boligplan 2018–2021
organisering:
  personer:
    - id: prosjektleder
      navn: Hanne Berg
faser:
  - navn: Oppstart
    aktiviteter:
      - nr: "1.1"
        navn: Oppstart av rulleringen
        ansvarleg: prosjektleder
        start: 31.02.2017
`
	_, err := Decode(strings.NewReader(file), "bodo.yaml")
	var probs Problems
	if errors.As(err, &probs) {
		for _, p := range probs {
			fmt.Println(p.Code)
			fmt.Println(p.Format(Bokmal))
			fmt.Println(p.Format(English))
		}
	}
	// Output:
	// PP-DECODE-UNKNOWN-KEY
	// bodo.yaml:12:9: ukjent nøkkel «ansvarleg» — mente du «ansvarlig»?
	// bodo.yaml:12:9: unknown key "ansvarleg" — did you mean "ansvarlig"?
	// PP-DECODE-DATE
	// bodo.yaml:13:16: «31.02.2017» er ikke en gyldig dato: februar 2017 har bare 28 dager — rett dagen
	// bodo.yaml:13:16: "31.02.2017" is not a valid date: February 2017 has only 28 days — correct the day
}

func ExampleEncode() {
	p := &Plan{
		Title: "Boligplan 2018–2021", Type: Temaplan, Language: Bokmal, Status: Draft,
		Phases: []Phase{{ID: "1", Name: "Oppstart", Activities: []Activity{{
			ID: "1.1", Name: "Folkemøte", Kind: PublicMeeting,
			Start: At(D(2017, 3, 29), 18, 0), Duration: Duration{120, Minutes},
		}}}},
	}
	if err := Encode(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// format: 1
	// tittel: Boligplan 2018–2021
	// plantype: temaplan
	// målform: nb
	// status: utkast
	// faser:
	//   - id: 1
	//     navn: Oppstart
	//     aktiviteter:
	//       - nr: 1.1
	//         navn: Folkemøte
	//         type: folkemøte
	//         start: 2017-03-29 18:00
	//         varighet: 120 minutter
}

// TestFullPlanSetsEveryField guards the round trip test: every field of the
// model (positions and File aside) is set somewhere in fullPlan, so a field
// added to plan.go without a key in the file format makes this fail.
func TestFullPlanSetsEveryField(t *testing.T) {
	set := map[string]bool{}
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), path)
			}
		case reflect.Struct:
			switch v.Type() {
			case reflect.TypeOf(Pos{}), reflect.TypeOf(Date{}), reflect.TypeOf(Time{}), reflect.TypeOf(Duration{}):
				return
			}
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				name := v.Type().Name() + "." + f.Name
				if !v.Field(i).IsZero() {
					set[name] = true
				} else if _, ok := set[name]; !ok {
					set[name] = false
				}
				walk(v.Field(i), name)
			}
		}
	}
	walk(reflect.ValueOf(fullPlan()), "")
	for name, ok := range set {
		if !ok && name != "Plan.File" && !strings.HasSuffix(name, ".Pos") {
			t.Errorf("fullPlan never sets %s", name)
		}
	}
}

// refEncode is the encoder Encode replaced: it builds a yaml.v3 node tree
// and lets yaml.v3 write it. Encode must write the same bytes.
func refEncode(p *Plan) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(refEncodePlan(p)); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// refPlainID matches IDs and numbers that may be written without quotes
// ("1.2", "2016/4711"): the decoder reads a scalar's text as written, so
// YAML resolving them as numbers does no harm.
var refPlainID = regexp.MustCompile(`^[0-9][0-9./-]*$`)

// refMap builds a mapping node in key order.
type refMap struct{ n *yaml.Node }

func newRefMap() refMap { return refMap{&yaml.Node{Kind: yaml.MappingNode}} }

func (m refMap) add(key string, v *yaml.Node) {
	if v == nil {
		return
	}
	m.n.Content = append(m.n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func (m refMap) str(key, s string) {
	if s != "" {
		m.add(key, refStr(s))
	}
}

func (m refMap) id(key, s string) {
	if s != "" {
		m.add(key, refIDNode(s))
	}
}

func (m refMap) date(key string, d Date) {
	if !d.IsZero() {
		m.add(key, refPlain(d.String()))
	}
}

func (m refMap) time(key string, t Time) {
	if !t.IsZero() {
		m.add(key, refPlain(t.String()))
	}
}

func (m refMap) texts(key string, ss []string) {
	switch len(ss) {
	case 0:
	case 1:
		m.add(key, refStr(ss[0]))
	default:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range ss {
			seq.Content = append(seq.Content, refStr(s))
		}
		m.add(key, seq)
	}
}

func (m refMap) ids(key string, ids []string) {
	if len(ids) == 0 {
		return
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range ids {
		seq.Content = append(seq.Content, refIDNode(s))
	}
	m.add(key, seq)
}

func refStr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.ToValidUTF8(s, "\uFFFD")}
}

func refPlain(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func refIDNode(s string) *yaml.Node {
	if refPlainID.MatchString(s) {
		return refPlain(s)
	}
	return refStr(s)
}

func refSeq(items []*yaml.Node) *yaml.Node {
	if len(items) == 0 {
		return nil
	}
	return &yaml.Node{Kind: yaml.SequenceNode, Content: items}
}

func refEncodePlan(p *Plan) *yaml.Node {
	m := newRefMap()
	m.add("format", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(FormatVersion)})
	m.str("tittel", p.Title)
	m.str("kommune", p.Municipality)
	m.str("enhet", p.Unit)
	m.str("plantype", enumPlanType.word(string(p.Type), p.Language))
	m.str("målform", string(p.Language))
	m.id("arkivsak", p.CaseNumber)
	m.str("saksbehandler", p.CaseOfficer)
	m.str("versjon", p.Version)
	m.str("status", enumPlanStatus.word(string(p.Status), p.Language))
	m.str("vedtatt-av", p.AdoptedBy)
	m.date("vedtatt-dato", p.AdoptedDate)
	m.date("dato", p.Date)
	m.date("kommunestyre-konstituert", p.CouncilConstituted)
	if p.WithStrategy {
		m.add("med-planstrategi", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	var munis []*yaml.Node
	for _, x := range p.Municipalities {
		km := newRefMap()
		km.id("id", x.ID)
		km.str("navn", x.Name)
		km.str("profil", x.Profile)
		munis = append(munis, km.n)
	}
	m.add("kommuner", refSeq(munis))
	m.texts("bakgrunn", p.Background)
	m.texts("mandat", p.Mandate)
	m.texts("mål", p.Goals)
	m.str("ønsket-resultat", p.DesiredResult)
	m.texts("målområder", p.TargetAreas)
	m.texts("lovgrunnlag", p.LegalBasis)

	if len(p.People) > 0 || len(p.Groups) > 0 {
		org := newRefMap()
		var people, groups []*yaml.Node
		for _, x := range p.People {
			people = append(people, refEncodePerson(x))
		}
		for _, g := range p.Groups {
			groups = append(groups, refEncodeGroup(g, p))
		}
		org.add("personer", refSeq(people))
		org.add("grupper", refSeq(groups))
		m.add("organisering", org.n)
	}
	var bodies []*yaml.Node
	for _, b := range p.Bodies {
		bm := newRefMap()
		bm.id("id", b.ID)
		bm.str("navn", b.Name)
		bm.str("type", enumBodyKind.word(string(b.Kind), p.Language))
		if b.NoticeDays != 0 {
			bm.add("saksfrist-dager", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(b.NoticeDays)})
		}
		bm.str("sted", b.Place)
		if len(b.MeetingPlaces) > 0 {
			var meetings []*yaml.Node
			for _, d := range b.Meetings {
				mm := newRefMap()
				mm.date("dato", d)
				mm.str("sted", b.MeetingPlaces[d])
				meetings = append(meetings, mm.n)
			}
			bm.add("møter", refSeq(meetings))
		} else {
			var dates []string
			for _, d := range b.Meetings {
				dates = append(dates, d.String())
			}
			bm.ids("møter", dates)
		}
		bm.id("kommune", b.Municipality)
		bodies = append(bodies, bm.n)
	}
	m.add("organer", refSeq(bodies))

	var phases []*yaml.Node
	for _, ph := range p.Phases {
		pm := newRefMap()
		pm.id("id", ph.ID)
		pm.str("navn", ph.Name)
		pm.str("beskrivelse", ph.Description)
		pm.date("start", ph.Start)
		pm.date("slutt", ph.End)
		var acts []*yaml.Node
		for _, a := range ph.Activities {
			acts = append(acts, refEncodeActivity(a, p.Language))
		}
		pm.add("aktiviteter", refSeq(acts))
		phases = append(phases, pm.n)
	}
	m.add("faser", refSeq(phases))

	var parts []*yaml.Node
	for _, x := range p.Participation {
		pm := newRefMap()
		pm.str("hvem", x.Who)
		pm.str("hvordan", x.How)
		pm.str("når", x.When)
		pm.str("hvorfor", x.Why)
		pm.ids("aktiviteter", x.Activities)
		parts = append(parts, pm.n)
	}
	m.add("medvirkning", refSeq(parts))
	m.texts("suksessfaktorer", p.SuccessFactors)

	var risks, resources, attachments []*yaml.Node
	for _, r := range p.Risks {
		rm := newRefMap()
		rm.str("beskrivelse", r.Description)
		rm.str("konsekvens", r.Consequence)
		rm.str("tiltak", r.Mitigation)
		risks = append(risks, rm.n)
	}
	m.add("risikoer", refSeq(risks))
	for _, r := range p.Resources {
		rm := newRefMap()
		rm.str("hva", r.What)
		rm.str("omfang", r.Amount)
		if r.Kroner != 0 {
			rm.add("beløp", refPlain(strconv.Itoa(r.Kroner)))
		}
		if r.Percent != 0 {
			rm.add("stillingsprosent", refPlain(strconv.Itoa(r.Percent)))
		}
		rm.str("merknad", r.Comment)
		resources = append(resources, rm.n)
	}
	m.add("ressurser", refSeq(resources))
	for _, a := range p.Attachments {
		if a.Reference == "" {
			attachments = append(attachments, refStr(a.Title))
			continue
		}
		am := newRefMap()
		am.str("tittel", a.Title)
		am.str("referanse", a.Reference)
		attachments = append(attachments, am.n)
	}
	m.add("vedlegg", refSeq(attachments))
	var related, objections []*yaml.Node
	for _, r := range p.Related {
		rm := newRefMap()
		rm.str("navn", r.Name)
		rm.str("url", r.URL)
		rm.str("merknad", r.Comment)
		related = append(related, rm.n)
	}
	m.add("relaterte-planer", refSeq(related))
	for _, x := range p.Objections {
		im := newRefMap()
		im.str("fra", x.From)
		im.str("tema", x.Subject)
		im.date("dato", x.Date)
		if x.Status != ObjectionOpen && x.Status != "" {
			im.str("status", enumObjectionStatus.word(string(x.Status), p.Language))
		}
		im.id("mekling", x.Mediation)
		objections = append(objections, im.n)
	}
	m.add("innsigelser", refSeq(objections))

	c := p.Calendar
	if c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0 ||
		len(c.Closures) > 0 {
		cm := newRefMap()
		if c.SummerFromMonth != 0 || c.SummerFromDay != 0 || c.SummerToMonth != 0 || c.SummerToDay != 0 {
			fm := newRefMap()
			fm.add("fra", refPlainStr(fmt.Sprintf("%02d.%02d", c.SummerFromDay, c.SummerFromMonth)))
			fm.add("til", refPlainStr(fmt.Sprintf("%02d.%02d", c.SummerToDay, c.SummerToMonth)))
			cm.add("fellesferie", fm.n)
		}
		var closed []*yaml.Node
		for _, cl := range c.Closures {
			sm := newRefMap()
			sm.str("navn", cl.Name)
			sm.date("fra", cl.Range.From)
			sm.date("til", cl.Range.To)
			closed = append(closed, sm.n)
		}
		cm.add("stengt", refSeq(closed))
		m.add("kalender", cm.n)
	}
	return m.n
}

// refPlainStr is a text that YAML would read as a number ("01.07"); it is
// quoted so that editors validating against the schema see a string.
func refPlainStr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

func refEncodePerson(x Person) *yaml.Node {
	m := newRefMap()
	m.id("id", x.ID)
	m.str("navn", x.Name)
	m.str("tittel", x.Title)
	m.str("enhet", x.Unit)
	m.str("epost", x.Email)
	return m.n
}

func refEncodeGroup(g Group, p *Plan) *yaml.Node {
	m := newRefMap()
	m.id("id", g.ID)
	m.str("navn", g.Name)
	m.str("type", enumGroupKind.word(string(g.Kind), p.Language))
	m.str("ansvar", g.Responsibility)
	m.id("leder", g.Leader)
	var members []*yaml.Node
	for _, x := range g.Members {
		// The short form is a plain text: a person's ID, or a name that is
		// not one.
		switch {
		case x.Person != "" && x.Name == "" && x.Organisation == "" && x.Role == "":
			members = append(members, refIDNode(x.Person))
			continue
		case x.Person == "" && x.Organisation == "" && x.Role == "" && p.Person(x.Name) == nil:
			members = append(members, refStr(x.Name))
			continue
		}
		mm := newRefMap()
		mm.id("person", x.Person)
		mm.str("navn", x.Name)
		mm.str("organisasjon", x.Organisation)
		mm.str("rolle", x.Role)
		members = append(members, mm.n)
	}
	m.add("medlemmer", refSeq(members))
	return m.n
}

func refEncodeActivity(a Activity, lang Language) *yaml.Node {
	m := newRefMap()
	m.id("nr", a.ID)
	m.str("navn", a.Name)
	m.str("hensikt", a.Purpose)
	if len(a.AlsoResponsible) > 0 {
		m.ids("ansvarlig", a.ResponsibleParties())
	} else {
		m.id("ansvarlig", a.Responsible)
	}
	m.ids("deltakere", a.Participants)
	m.str("type", enumActivityKind.word(string(a.Kind), lang))
	refActivityTime(m, "start", a.Start, a.StartPrecision)
	refActivityTime(m, "slutt", a.End, a.EndPrecision)
	yes := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"}
	if a.Tentative {
		m.add("foreløpig", yes)
	}
	if a.FixedDate {
		m.add("fast-dato", yes)
	}
	if !a.Duration.IsZero() {
		m.add("varighet", refStr(a.Duration.String()))
	}
	if len(a.After) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, dep := range a.After {
			if dep.Lag.IsZero() {
				seq.Content = append(seq.Content, refIDNode(dep.ID))
				continue
			}
			dm := newRefMap()
			dm.id("nr", dep.ID)
			dm.add("etterslep", refStr(dep.Lag.String()))
			dm.n.Style = yaml.FlowStyle
			seq.Content = append(seq.Content, dm.n)
		}
		m.add("etter", seq)
	}
	if x := a.Decision; x != nil {
		dm := newRefMap()
		dm.str("type", enumDecisionKind.word(string(x.Kind), lang))
		dm.id("organ", x.Body)
		dm.ids("saksgang", x.Route)
		dm.date("møte", x.Meeting)
		dm.id("høring", x.Hearing)
		dm.texts("innstilling", x.Proposal)
		dm.str("sammendrag", x.Summary)
		refCaseFields(dm, x)
		m.add("vedtak", dm.n)
	}
	m.str("metode", a.Method)
	m.str("leveranse", a.Deliverable)
	if a.Status != NotStarted {
		m.str("status", enumActivityStatus.word(string(a.Status), lang))
	}
	m.str("merknad", a.Comment)
	return m.n
}

func refActivityTime(m refMap, key string, t Time, p Precision) {
	switch {
	case t.IsZero():
	case p == MonthPrecision && !t.HasClock:
		m.add(key, refPlain(t.Date.Time().Format("2006-01")))
	case p == WeekPrecision && !t.HasClock:
		y, w := t.Date.ISOWeek()
		m.add(key, refPlain(fmt.Sprintf("%d-W%02d", y, w)))
	default:
		m.time(key, t)
	}
}

// TestEncodeMatchesYAMLEncoder holds Encode to the bytes yaml.v3 writes
// for the same plan, on plans with texts that need every kind of quoting.
func TestEncodeMatchesYAMLEncoder(t *testing.T) {
	example, err := os.ReadFile("../examples/bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bodo, err := Decode(bytes.NewReader(example), "bodo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", " ledende mellomrom", "etterfølgende ", "Start: oppstart", "a: b", "a #b", "#c",
		"- punkt", "-2", "1.0", "12", "0x1F", "1e5", ".5", "true", "True", "yes", "No", "on", "null", "~",
		"2017-01-31", "[x]", "{y}", "a, b", "a,b", "x?", "?x", "!x", "&x", "*x", "|x", ">x", "'x'", "\"x\"",
		"it's", "50 %", "%x", "@x", "`x`", "to\nlinjer", "tre\n\nlinjer\n", "\n", " \nx", "x\n ",
		"tab\there", "kontroll\x01", "æøå ÆØÅ", "«sitat»", "pbl § 11-14", "2018–2021", "a—b",
		"emoji \U0001F600", "\u00a0nbsp", "x\u2028y", "x\u0085y", "\ufeffbom", "k:", "a: ", "<<", "=",
		"a_b", "a+b=c", "(parentes)", "skråstrek/", "semikolon; ok", "ÅRET", "ørret", "y", "N",
		"  to  mellomrom  ", "lang " + strings.Repeat("tekst ", 40)}
	plans := []*Plan{bodo, fullPlan(), {}, {Title: "T"}}
	for i, s := range texts {
		p := fullPlan()
		p.Title = s
		p.Background = []string{s, s + "x"}
		p.Mandate = []string{s}
		p.People[0].Name = s
		p.Groups[0].Members = append(p.Groups[0].Members, Member{Name: s}, Member{Name: s, Role: s})
		p.Phases[0].Activities[0].Participants = []string{"pg", s}
		p.Phases[0].Activities[0].Responsible = s
		p.Phases[0].Activities[1].After = []Dependency{{ID: s}, {ID: s, Lag: Duration{2, Days}}}
		p.Participation[0].Activities = []string{s, "1.7"}
		p.Attachments = append(p.Attachments, Attachment{Title: s}, Attachment{Reference: s})
		p.Phases[0].Activities[4].Decision.Proposal = []string{s}
		p.Phases[0].Activities[4].Decision.Route = []string{s}
		p.Bodies[0].ID = fmt.Sprint("b", i)
		plans = append(plans, p)
	}
	empty := fullPlan()
	empty.Phases[0].Activities[4].Decision = &Decision{}
	empty.People = append(empty.People, Person{})
	empty.Groups[0].Members = append(empty.Groups[0].Members, Member{})
	plans = append(plans, empty)
	for i, p := range plans {
		want, err := refEncode(p)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := Encode(&got, p); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("plan %d (%q): Encode differs from yaml.v3:\n%s", i, p.Title, lineDiff(got.String(), string(want)))
		}
	}
}

// lineDiff shows the first line where a and b differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n got  %q\n want %q", i+1, x, y)
		}
	}
	return "(same lines)"
}

// TestDecodePhaseSpan reads a phase's planned span from block YAML, flow
// style, block scalars and JSON. A week is its Monday in start and its
// Friday in slutt, as for activities.
func TestDecodePhaseSpan(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		start, end string
	}{
		{"block", "tittel: T\nfaser:\n  - id: \"1\"\n    navn: Oppstart\n    start: 2017-01-02\n    slutt: 2017-03-31\n",
			"2017-01-02", "2017-03-31"},
		{"block weeks", "tittel: T\nfaser:\n  - navn: Oppstart\n    start: uke 5 2017\n    slutt: veke 12 2017\n",
			"2017-01-30", "2017-03-24"},
		{"block Norwegian dates", "tittel: T\nfaser:\n  - navn: Oppstart\n    start: 2.1.2017\n    slutt: 2017-W13\n",
			"2017-01-02", "2017-03-31"},
		{"only start", "tittel: T\nfaser:\n  - navn: Oppstart\n    start: 2017-01-02\n",
			"2017-01-02", ""},
		{"block scalar", "tittel: T\nfaser:\n  - navn: Oppstart\n    beskrivelse: |\n      Første fase.\n    start: uke 5 2017\n    slutt: uke 12 2017\n",
			"2017-01-30", "2017-03-24"},
		{"flow", "tittel: T\nfaser: [{navn: Oppstart, start: 2017-01-02, slutt: week 13 2017}]\n",
			"2017-01-02", "2017-03-31"},
		{"JSON", `{"tittel": "T", "faser": [{"navn": "Oppstart", "start": "uke 5 2017", "slutt": "31.03.2017"}]}`,
			"2017-01-30", "2017-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Decode(strings.NewReader(tt.text), "plan.yaml")
			if err != nil {
				t.Fatal(err)
			}
			ph := p.Phases[0]
			if got := fmt.Sprint(ph.Start, " ", ph.End); got != tt.start+" "+tt.end {
				t.Errorf("phase span %s, want %s %s", got, tt.start, tt.end)
			}
		})
	}
}

// TestEncodePhaseSpan checks that Encode writes a phase's span where the
// reader finds it again, and leaves out the keys when the span is zero.
func TestEncodePhaseSpan(t *testing.T) {
	p := &Plan{Title: "T", Phases: []Phase{
		{ID: "1", Name: "Oppstart", Start: D(2017, 1, 2), End: D(2017, 3, 31)},
		{ID: "2", Name: "Utredning"},
	}}
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	want := "faser:\n  - id: 1\n    navn: Oppstart\n    start: 2017-01-02\n    slutt: 2017-03-31\n  - id: 2\n    navn: Utredning\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("Encode wrote\n%s\nwant it to contain\n%s", buf.String(), want)
	}
	q, err := Decode(&buf, "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if q.Phases[0].Start != p.Phases[0].Start || q.Phases[0].End != p.Phases[0].End || !q.Phases[1].Start.IsZero() || !q.Phases[1].End.IsZero() {
		t.Errorf("round trip: %v–%v and %v–%v", q.Phases[0].Start, q.Phases[0].End, q.Phases[1].Start, q.Phases[1].End)
	}
}

// TestSyntaxMessages pins what a planner is told about YAML syntax errors:
// the line and column, and for indentation which line to line up with.
func TestSyntaxMessages(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"key too far under a text",
			"tittel: T\n  plantype: temaplan\n",
			"p.yaml:2:3: innrykket er for stort — linjen må stå på linje med «tittel» på linjen over (uten innrykk)"},
		{"key too far under a list item",
			"tittel: T\nfaser:\n  - navn: Oppstart\n    aktiviteter:\n      - nr: \"1.1\"\n          navn: Oppstart\n",
			"p.yaml:6:11: innrykket er for stort — linjen må stå på linje med «nr» på linjen over (8 mellomrom inn)"},
		{"key too little, at the list's dash",
			"tittel: T\nfaser:\n  - navn: Oppstart\n    aktiviteter:\n      - nr: \"1.1\"\n        navn: Oppstart\n      start: 2017-01-09\n",
			"p.yaml:7:7: innrykket er for lite — linjen må stå på linje med «navn» på linjen over (8 mellomrom inn)"},
		{"list item out of line",
			"tittel: T\nmål:\n  - a\n  - b\n -  c\n",
			"p.yaml:5:2: innrykket er for lite — linjen må stå på linje med «-» på linjen over (2 mellomrom inn)"},
		{"list item out of line, further up",
			"tittel: T\nfaser:\n  - navn: Oppstart\n    id: \"1\"\n   - navn: Utredning\n",
			"p.yaml:5:4: innrykket er for stort — linjen må stå på linje med «-» på linje 3 (2 mellomrom inn)"},
		{"a list in place under its key, broken otherwise",
			"tittel: T\nfaser:\n  - navn: Oppstart\n    aktiviteter:\n      - nr: [1.1\n",
			"p.yaml:5:13: en liste i [ ] er ikke avsluttet — skriv komma mellom elementene og «]» etter det siste"},
		{"a word with a colon under a text is a colon in the text",
			"tittel: T\nbakgrunn: Planen fra 2014\n  må rulleres: den er gammel\n",
			"p.yaml:3:14: et kolon står på feil sted — står det «: » inne i en tekst, sett hele teksten i anførselstegn"},
		{"tab",
			"tittel: T\nmål:\n\t- a\n",
			"p.yaml:3:1: innrykket har en tabulator — bruk mellomrom i innrykket"},
		{"unclosed single quote",
			"tittel: T\nenhet: 'Plan og samfunn\n",
			"p.yaml:2:8: teksten som begynner med anførselstegnet her, blir aldri avsluttet — sett et likt anførselstegn der teksten slutter"},
		{"unclosed braces",
			"tittel: T\nkalender:\n  fellesferie: {fra: \"01.07\", til: \"31.07\"\nfaser: []\n",
			"p.yaml:3:16: nøkler i { } er ikke avsluttet — skriv komma mellom nøklene og «}» etter den siste"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.src), "p.yaml")
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("Decode = %v; want one problem", err)
			}
			if got := ps[0].Format(Bokmal); got != tt.want {
				t.Errorf("\n got %s\nwant %s", got, tt.want)
			}
			if en := ps[0].Message(English); !strings.Contains(en, "(YAML: ") {
				t.Errorf("English message %q lacks the parser's words", en)
			}
		})
	}
}

func refCaseFields(dm refMap, x *Decision) {
	if len(x.CaseNumbers) > 0 {
		cm := newRefMap()
		for _, c := range x.CaseNumbers {
			v := refStr(c.Number)
			if c.Number == "" {
				v = refPlain("")
			}
			cm.n.Content = append(cm.n.Content, refIDNode(c.Body), v)
		}
		dm.add("saksnummer", cm.n)
	}
	dm.str("arkivkode", x.ArchiveCode)
	dm.str("journalpost", x.JournalNo)
	if pp := x.Prepared; pp != nil {
		sm := newRefMap()
		sm.id("organ", pp.Body)
		sm.date("dato", pp.Date)
		sm.texts("innstilling", pp.Points)
		dm.add("innstilling-fra", refFlowIfEmpty(sm.n))
	}
	if h := x.HearingReport; h != nil {
		sm := newRefMap()
		sm.texts("instanser", h.Parties)
		if h.Statements != 0 {
			sm.add("uttalelser", refPlain(strconv.Itoa(h.Statements)))
		}
		sm.texts("uttalelser-fra", h.From)
		sm.texts("hovedpunkter", h.MainPoints)
		var items []*yaml.Node
		for _, o := range h.Objections {
			im := newRefMap()
			im.str("instans", o.From)
			im.str("gjelder", o.Concerns)
			im.str("løsning", o.Resolution)
			items = append(items, refFlowIfEmpty(im.n))
		}
		sm.add("innsigelser", refSeq(items))
		dm.add("høringen", refFlowIfEmpty(sm.n))
	}
	dm.texts("vurdering", x.Assessment)
	dm.texts("vedlegg", x.Attachments)
	dm.texts("ikke-vedlagt", x.NotAttached)
	if o := x.Outcome; o != nil {
		sm := newRefMap()
		sm.date("dato", o.Date)
		sm.str("saksnr", o.CaseNumber)
		sm.texts("vedtak", o.Text)
		sm.str("status", string(o.Status))
		dm.add("utfall", refFlowIfEmpty(sm.n))
	}
}

func refFlowIfEmpty(n *yaml.Node) *yaml.Node {
	if len(n.Content) == 0 {
		n.Style = yaml.FlowStyle
	}
	return n
}

// TestDecodeReferences checks references settled while the file is read
// and those left to the end: a reference forward to a later activity is
// good, and one to an ID of the wrong kind is reported as before.
func TestDecodeReferences(t *testing.T) {
	const head = "tittel: T\nkommuner: [{id: bodo}]\norganisering:\n  personer: [{id: pl}]\n  grupper: [{id: pg, leder: %s}]\norganer: [{id: fsk, type: formannskap, kommune: %s, møter: [2027-03-18]}]\n"
	tests := []struct {
		name, leader, muni, acts string
		want                     []string // nb messages, in file order
	}{
		{"forward and back", "pl", "bodo",
			"      - {nr: \"1\", ansvarlig: pg, deltakere: [pl, fsk], etter: [\"2\"], varighet: 1 dag}\n      - {nr: \"2\", ansvarlig: pl, etter: [\"1\"], varighet: 1 dag}\n",
			nil},
		{"wrong kinds", "pg", "fsk",
			"      - {nr: \"1\", ansvarlig: pl, vedtak: {type: orientering, organ: pg}}\n      - {nr: \"2\", ansvarlig: fsk, etter: [\"3\"]}\n",
			[]string{
				"ukjent person «pg» — bruk id-en til en person under «organisering: personer»",
				"ukjent kommune «fsk» — bruk id-en til en kommune under «kommuner»",
				"ukjent organ «pg» i «organ» — bruk id-en til et organ under «organer»",
				"ukjent aktivitet «3» i «etter» — bruk nummeret (nr) til en aktivitet i planen",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fmt.Sprintf(head, tt.leader, tt.muni) + "faser:\n  - aktiviteter:\n" + tt.acts
			_, err := Decode(strings.NewReader(src), "plan.yaml")
			var got []string
			var probs Problems
			if errors.As(err, &probs) {
				for _, p := range probs {
					got = append(got, p.Text[Bokmal])
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
