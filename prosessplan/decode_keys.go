package prosessplan

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The plan file format is documented in docs/plan-format.md and described
// for editors by docs/plan.schema.json. Both are tested against keyTables,
// so the three cannot drift apart.

// keyTables lists the keys of every object of the plan file format, in the
// order Encode writes them. The table names are the $defs names of the JSON
// Schema.
var keyTables = map[string][]string{
	"plan": {"format", "tittel", "kommune", "enhet", "plantype", "målform", "arkivsak",
		"saksbehandler", "versjon", "status", "vedtatt-av", "vedtatt-dato", "dato",
		"kommunestyre-konstituert", "med-planstrategi", "kommuner", "bakgrunn", "mandat", "mål", "ønsket-resultat",
		"målområder", "lovgrunnlag", "organisering", "organer", "faser", "medvirkning",
		"suksessfaktorer", "risikoer", "ressurser", "vedlegg", "relaterte-planer", "innsigelser", "kalender"},
	"organisering":  {"personer", "grupper"},
	"person":        {"id", "navn", "tittel", "enhet", "epost"},
	"gruppe":        {"id", "navn", "type", "ansvar", "leder", "medlemmer"},
	"medlem":        {"person", "navn", "organisasjon", "rolle"},
	"organ":         {"id", "navn", "type", "saksfrist-dager", "sted", "møter", "kommune"},
	"møte":          {"dato", "sted"},
	"kommune":       {"id", "navn", "profil"},
	"relatert-plan": {"navn", "url", "merknad"},
	"innsigelse":    {"fra", "tema", "dato", "status", "mekling"},
	"fase":          {"id", "navn", "beskrivelse", "start", "slutt", "aktiviteter"},
	"aktivitet": {"nr", "navn", "hensikt", "ansvarlig", "deltakere", "type", "start", "slutt",
		"foreløpig", "fast-dato", "varighet", "etter", "vedtak", "metode", "leveranse", "status", "merknad"},
	"avhengighet": {"nr", "etterslep"},
	"vedtak": {"type", "organ", "saksgang", "møte", "høring", "innstilling", "sammendrag",
		"saksnummer", "arkivkode", "journalpost", "innstilling-fra", "høringen", "vurdering",
		"vedlegg", "ikke-vedlagt", "utfall"},
	"innstilling-fra":   {"organ", "dato", "innstilling"},
	"høringen":          {"instanser", "uttalelser", "uttalelser-fra", "hovedpunkter", "innsigelser"},
	"høringsinnsigelse": {"instans", "gjelder", "løsning"},
	"utfall":            {"dato", "saksnr", "vedtak", "status"},
	"medvirkning":       {"hvem", "hvordan", "når", "hvorfor", "aktiviteter"},
	"risiko":            {"beskrivelse", "konsekvens", "tiltak"},
	"ressurs":           {"hva", "omfang", "beløp", "stillingsprosent", "merknad"},
	"vedlegg":           {"tittel", "referanse"},
	"kalender":          {"fellesferie", "stengt"},
	"fellesferie":       {"fra", "til"},
	"stengt":            {"navn", "fra", "til"},
}

// tableOrder is the order in which tableWhere is searched, so that
// messages do not depend on map order.
var tableOrder = []string{"plan", "organisering", "person", "gruppe", "medlem", "organ", "møte", "fase",
	"aktivitet", "avhengighet", "vedtak", "innstilling-fra", "høringen", "høringsinnsigelse", "utfall",
	"medvirkning", "risiko", "ressurs", "vedlegg",
	"kalender", "fellesferie", "stengt", "kommune", "relatert-plan", "innsigelse"}

// tableWhere says where the keys of each object belong, for a key
// written at the wrong level that belongs to that object only.
var tableWhere = map[string]Text{
	"plan":              {"øverst i fila (uten innrykk)", "øvst i fila (utan innrykk)", "at the top of the file (not indented)"},
	"organisering":      {"under «organisering»", "under «organisering»", "under \"organisering\""},
	"organ":             {"i et organ under «organer»", "i eit organ under «organer»", "in a body under \"organer\""},
	"fase":              {"i en fase under «faser»", "i ein fase under «faser»", "in a phase under \"faser\""},
	"aktivitet":         {"i en aktivitet under «aktiviteter»", "i ein aktivitet under «aktiviteter»", "in an activity under \"aktiviteter\""},
	"vedtak":            {"under «vedtak» i en aktivitet", "under «vedtak» i ein aktivitet", "under \"vedtak\" in an activity"},
	"medvirkning":       {"under «medvirkning»", "under «medvirkning»", "under \"medvirkning\""},
	"gruppe":            {"i en gruppe under «grupper»", "i ei gruppe under «grupper»", "in a group under \"grupper\""},
	"kalender":          {"under «kalender»", "under «kalender»", "under \"kalender\""},
	"person":            {"i en person under «personer»", "i ein person under «personer»", "in a person under \"personer\""},
	"medlem":            {"i et medlem under «medlemmer» i en gruppe", "i eit medlem under «medlemmer» i ei gruppe", "in a member under \"medlemmer\" of a group"},
	"avhengighet":       {"i et element under «etter» i en aktivitet", "i eit element under «etter» i ein aktivitet", "in an item under \"etter\" of an activity"},
	"risiko":            {"i en risiko under «risikoer»", "i ein risiko under «risikoer»", "in a risk under \"risikoer\""},
	"ressurs":           {"i en ressurs under «ressurser»", "i ein ressurs under «ressurser»", "in a resource under \"ressurser\""},
	"vedlegg":           {"i et vedlegg under «vedlegg»", "i eit vedlegg under «vedlegg»", "in an attachment under \"vedlegg\""},
	"fellesferie":       {"under «fellesferie» i «kalender»", "under «fellesferie» i «kalender»", "under \"fellesferie\" in \"kalender\""},
	"stengt":            {"i en periode under «stengt» i «kalender»", "i ein periode under «stengt» i «kalender»", "in a period under \"stengt\" in \"kalender\""},
	"kommune":           {"i en kommune under «kommuner»", "i ein kommune under «kommuner»", "in a municipality under \"kommuner\""},
	"relatert-plan":     {"i en plan under «relaterte-planer»", "i ein plan under «relaterte-planer»", "in a plan under \"relaterte-planer\""},
	"innsigelse":        {"i en innsigelse under «innsigelser»", "i ei motsegn under «innsigelser»", "in an objection under \"innsigelser\""},
	"innstilling-fra":   {"under «innstilling-fra» i et vedtak", "under «innstilling-fra» i eit vedtak", "under \"innstilling-fra\" in a decision"},
	"høringen":          {"under «høringen» i et vedtak", "under «høringen» i eit vedtak", "under \"høringen\" in a decision"},
	"utfall":            {"under «utfall» i et vedtak", "under «utfall» i eit vedtak", "under \"utfall\" in a decision"},
	"høringsinnsigelse": {"i en innsigelse under «innsigelser» i «høringen»", "i ei innsigelse under «innsigelser» i «høringen»", "in an objection under \"innsigelser\" in \"høringen\""},
}

// maxOwners is how many places a key written at the wrong level is said
// to belong: a key found in more objects than that (like «navn») gets the
// list of the keys valid where it stands instead.
const maxOwners = 3

func (d *planDecoder) unknownKey(k *node, key, table string) {
	keys := keyTables[table]
	if r, ok := invisibleChar(key); ok {
		// The key may look right on screen and still not be one: name the
		// character that makes the difference.
		shown := strings.Map(func(c rune) rune {
			if _, invisible := invisibleChar(string(c)); invisible {
				return -1
			}
			return c
		}, key)
		d.add(CodeDecodeInvisible, d.pos(k), textf(Text{
			"nøkkelen «%s» har et usynlig tegn (%s) — slett tegnet, eller skriv nøkkelen på nytt",
			"nøkkelen «%s» har eit usynleg teikn (%s) — slett teiknet, eller skriv nøkkelen på nytt",
			"the key \"%s\" holds an invisible character (%s) — delete it, or type the key again"}, shown, runeName(r)))
		return
	}
	if s := Suggest(key, keys); s != "" {
		d.add(CodeDecodeUnknownKey, d.pos(k), textf(Text{
			"ukjent nøkkel «%s» — mente du «%s»?",
			"ukjend nøkkel «%s» — meinte du «%s»?",
			"unknown key \"%s\" — did you mean \"%s\"?"}, key, s))
		return
	}
	// A key that belongs to a few other objects was likely written at the
	// wrong level: say where it is valid.
	var owners []Text
	for _, other := range tableOrder {
		if other != table && slices.Contains(keyTables[other], key) {
			where, ok := tableWhere[other]
			if !ok || len(owners) == maxOwners {
				owners = nil
				break
			}
			owners = append(owners, where)
		}
	}
	if len(owners) > 0 {
		places := owners[0]
		for i, w := range owners[1:] {
			sep := Text{", ", ", ", ", "}
			if i == len(owners)-2 {
				sep = Text{" eller ", " eller ", " or "}
			}
			places = joinText(places, sep, w)
		}
		d.add(CodeDecodeUnknownKey, d.pos(k), joinText(textf(Text{
			"nøkkelen «%s» hører ikke hjemme her, men ",
			"nøkkelen «%s» høyrer ikkje heime her, men ",
			"the key \"%s\" does not belong here but "}, key), places, Text{
			" — sjekk innrykket, eller flytt den dit",
			" — sjekk innrykket, eller flytt han dit",
			" — check the indentation, or move it there"}))
		return
	}
	d.add(CodeDecodeUnknownKey, d.pos(k), textf(Text{
		"ukjent nøkkel «%s» — nøklene her er: %s",
		"ukjend nøkkel «%s» — nøklane her er: %s",
		"unknown key \"%s\" — the keys here are: %s"}, key, strings.Join(keys, ", ")))
}

// Suggest returns the candidate nearest to s in edit distance (after
// folding case and æøå), or "" when none is near enough to be a typo. It
// is what "mente du …?" in messages about unknown keys and values uses.
func Suggest(s string, candidates []string) string {
	fs := fold(s)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		dist := editDistance(fs, fold(c))
		if dist < bestD {
			best, bestD = c, dist
		}
	}
	n := utf8.RuneCountInString(fs)
	limit := 2
	switch {
	case n <= 2:
		limit = 0
	case n <= 4:
		limit = 1
	case n >= 9:
		limit = 3
	}
	if bestD == 0 && fold(best) == fs && best != s {
		return best
	}
	if bestD > limit || bestD == 0 {
		return ""
	}
	return best
}

func fold(s string) string {
	return folder.Replace(strings.ToLower(s))
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
