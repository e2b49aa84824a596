package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/ics"
	"github.com/prosessplan/go-prosessplan/render/pdf"
	"github.com/prosessplan/go-prosessplan/render/xlsx"
)

const renderHelp = `
prosessplan render [-o MAPPE] [-format LISTE] [-lang nb|nn|en] [-template FIL.dotx]
                   [-placeholder TEKST] [-profile FIL] [-pdf publisering|arkiv]
                   [-ics-all] [-draft] [-force] [FIL|-]

Lager dokumentene for en plan i mappen -o og skriver navnet på hver fil den
lager. Uten FIL brukes det innebygde eksempelet (Bodø kommunes Boligplan
2018–2021); "-" leser planen fra standard inn.

Formater (-format, kommaseparert; standard er alle):
  xlsx          Gantt-regneark til videre arbeid (kan leses tilbake med import)
  docx          prosessplanen i Word, til sakssystemet
  pdf           prosessplanen som PDF, til publisering (tagget, universelt utformet)
  html          prosessplanen som nettside (én HTML-fil, universelt utformet), til publisering
  md            prosessplanen som Markdown-tekst
  ics           møter, saksfrister, milepæler, høringer og medvirkning som kalender
                (iCalendar); med -ics-all hver aktivitet
  saksframlegg  ett utkast til saksframlegg per politisk vedtakspunkt, i Word
                (og som Markdown, PDF og HTML når md, pdf og html også er valgt)

Hver fil skrives trygt: først til en midlertidig fil i samme mappe, som så
erstatter den gamle først når den er ferdig skrevet. Filene prosessplan har
skrevet står med sjekksum i mappens .prosessplan.sha256. En fil som ikke står
der, eller som er endret siden (for eksempel et regneark noen har redigert),
blir ikke overskrevet uten -force.

En plan med feil lages ikke (avslutningskode 1) med mindre -draft er gitt;
da lages et utkast med problemene i et vedlegg.

Eksempel:
  prosessplan render -o ut
  prosessplan render -o ut -format docx,pdf -lang nn plan.yaml
  prosessplan render -o ut -template kommunemal.dotx -placeholder '{{innhold}}' plan.yaml
  prosessplan render -o ut -profile profil.yaml plan.yaml
  prosessplan render -o ut -draft -format md - < plan.yaml
`

// allFormats are the -format words, in the order files are written.
var allFormats = []string{"xlsx", "docx", "pdf", "html", "md", "ics", "saksframlegg"}

// renderConfig is what the render flags asked for.
type renderConfig struct {
	dir      string
	formats  []string
	lang     prosessplan.Language
	template string
	// placeholder is where in the template the content goes.
	placeholder string
	profile     string
	archive     bool // -pdf arkiv
	icsAll      bool
	draft       bool
	force       bool
}

// output is one file to write.
type output struct {
	name  string
	write func(io.Writer) error
	// cost is roughly how long write takes, relative to the others:
	// stageAll starts the costliest first.
	cost int
}

// formatCost is the cost of writing a document in each format, measured
// on the built-in example: a PDF or workbook takes several times as
// long as a Word file, which takes twice as long as a web page.
var formatCost = map[string]int{"pdf": 4, "xlsx": 4, "docx": 2, "html": 1}

const renderLangUsage = "språk for faste ord: nb, nn eller en (standard: planens målform), f.eks. -lang nn"

func runRender(c *command, args []string) int {
	var cfg renderConfig
	c.StringVar(&cfg.dir, "o", "", "mappen filene skrives i (lages om den mangler), f.eks. -o ut (standard: gjeldende mappe)")
	formatFlag := c.String("format", "", "kommaseparert liste over formater, f.eks. -format xlsx,pdf (standard: alle)")
	c.StringVar(&cfg.template, "template", "", "kommunens Word-mal (.dotx/.docx) for Word-filene, f.eks. -template mal.dotx")
	c.StringVar(&cfg.placeholder, "placeholder", "", "hvor i malen innholdet skal stå: teksten i et avsnitt (f.eks. -placeholder '{{innhold}}'), bokmerke:NAVN eller innholdskontroll:TAG (standard: til slutt i malen)")
	c.StringVar(&cfg.profile, "profile", "", "kommuneprofil (YAML/JSON: navn, logo, farger, skrift), f.eks. -profile bodo.yaml")
	pdfFlag := c.String("pdf", "", "publisering: PDF laget direkte (standard); arkiv: PDF/A for arkivet, laget fra Word-filen med LibreOffice (må være installert), f.eks. -pdf arkiv")
	c.BoolVar(&cfg.icsAll, "ics-all", false, "ta med hver aktivitet i kalenderen, ikke bare møter, frister, milepæler, høringer og medvirkning")
	c.BoolVar(&cfg.draft, "draft", false, "lag dokumentene selv om planen har feil, med problemene i et vedlegg")
	c.BoolVar(&cfg.force, "force", false, "overskriv filer som prosessplan ikke har skrevet, eller som er endret siden")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if cfg.dir == "" {
		cfg.dir = "."
	}
	cfg.lang = c.lang
	switch *pdfFlag {
	case "publisering", "":
	case "arkiv":
		cfg.archive = true
	default:
		return c.usage(msgs.unknownPDF.In(c.lang), *pdfFlag)
	}
	if *formatFlag == "" {
		cfg.formats = allFormats
	} else {
		for _, f := range strings.Split(*formatFlag, ",") {
			f = strings.ToLower(strings.TrimSpace(f))
			if !slices.Contains(allFormats, f) {
				return c.usage(msgs.unknownFormat.In(c.lang), f, strings.Join(allFormats, ", "))
			}
			if !slices.Contains(cfg.formats, f) {
				cfg.formats = append(cfg.formats, f)
			}
		}
	}
	if cfg.placeholder != "" && cfg.template == "" {
		return c.usage("%s", msgs.placeholderNo.In(c.lang))
	}
	// An option no chosen format uses is a mistake, not something to
	// ignore: the planner would think the archive PDF or the template
	// was made.
	if cfg.archive && !cfg.want("pdf") {
		return c.usage(msgs.unusedArchive.In(c.lang), strings.Join(cfg.formats, ","))
	}
	if cfg.template != "" && !cfg.usesTemplate() {
		return c.usage(msgs.unusedTmpl.In(c.lang), strings.Join(cfg.formats, ","))
	}
	if len(pos) > 1 {
		return c.usage("%s", msgs.onePlan.In(c.lang))
	}

	if cfg.want("pdf") && !cfg.archive {
		// Parse the PDF fonts on another core while this one reads and
		// schedules the plan.
		go pdf.Prepare()
	}
	p, code := c.load(pos)
	if p == nil {
		return code
	}
	lang := orLang(cfg.lang, p.Language)
	s, ps := schedule(p)
	if n := countErrors(ps); n > 0 && !cfg.draft {
		printProblems(c.stderr, ps, lang)
		fmt.Fprintf(c.stderr, msgs.hasErrors.In(lang)+"\n", displayName(p), count(n, msgs.errorN, lang))
		return exitFail
	} else if len(ps) > 0 {
		printProblems(c.stderr, ps, lang)
	}

	opts := render.Options{Language: cfg.lang}
	if cfg.draft {
		opts.Problems = ps
	}
	if cfg.profile != "" {
		prof, err := readProfile(cfg.profile)
		if err != nil {
			c.failf("%s", profileMessage(err, lang))
			return exitFail
		}
		opts.Profile = &prof
	} else if len(pos) == 0 {
		// The built-in example comes with its own (illustrative) layout.
		prof := examples.BodoProfile()
		opts.Profile = &prof
	}
	if len(pos) > 0 && len(p.Municipalities) > 0 {
		profs, notes, err := municipalityProfiles(p, pos[0], cfg.profile, lang)
		if err != nil {
			c.failf("%s", profileMessage(err, lang))
			return exitFail
		}
		opts.Profiles = profs
		for _, n := range notes {
			fmt.Fprintln(c.stderr, n)
		}
	}
	w, err := newWriters(c.ctx, cfg)
	if err != nil {
		c.renderError(err, cfg, lang)
		return exitFail
	}
	outs, renamed := outputs(s, opts, cfg, w)
	for _, r := range renamed {
		c.failf(msgs.sameName.In(lang), r[0], r[1])
	}

	dir, err := openOutDir(cfg.dir, cfg.force)
	if err != nil {
		c.fail(err, lang)
		return exitFail
	}
	// Refuse before writing anything, so a refusal leaves the folder as
	// it was. commit checks again, under the folder's lock.
	refused := false
	for _, err := range dir.checkAll(outNames(outs)) {
		if err != nil {
			c.renderError(err, cfg, lang)
			refused = true
		}
	}
	if refused {
		return exitFail
	}
	// Render every file to a temporary name first, as many at a time as
	// there are cores; only when all succeeded do they replace the old
	// files. A failure leaves the folder as it was.
	workers := runtime.GOMAXPROCS(0)
	if len(s.Activities) > bigPlan {
		workers = 1
	}
	sts, err := stageAll(c.ctx, dir, outs, workers)
	if err != nil {
		c.renderError(err, cfg, lang)
		return exitFail
	}
	paths, err := dir.commit(c.ctx, sts)
	for _, p := range paths {
		fmt.Fprintln(c.stdout, p)
	}
	if err != nil {
		c.renderError(err, cfg, lang)
		return exitFail
	}
	w.warnings.print(c, cfg.dir, outs, lang)
	return exitOK
}

// makeError is a writer that failed on a document: the file it was
// making, and the writer's error.
type makeError struct {
	Path string
	Err  error
}

func (e *makeError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *makeError) Unwrap() error { return e.Err }

// renderError reports an error of render in the planner's words.
func (c *command) renderError(err error, cfg renderConfig, l prosessplan.Language) {
	var refused *refusedError
	switch {
	case errors.As(err, &refused):
		for _, p := range refused.Paths {
			c.failf(msgs.notOurs.In(l), p)
		}
	case errors.Is(err, errNotOurs):
		c.failf(msgs.notOurs.In(l), strings.TrimSuffix(err.Error(), ": "+errNotOurs.Error()))
	case errors.Is(err, context.Canceled):
		c.failf("%s", msgs.interrupted.In(l))
	default:
		if msg, ok := templateMessage(err, cfg, l); ok {
			c.failf("%s", msg)
			return
		}
		if msg, ok := fileMessage(err, l); ok {
			// A full disk while a writer wrote, say.
			c.failf("%s", msg)
			return
		}
		var me *makeError
		if errors.As(err, &me) && errors.Is(me.Err, xlsx.ErrTooLong) {
			c.failf(msgs.tooWide.In(l), me.Path)
			return
		}
		if errors.As(err, &me) {
			// The writer's own words are for developers; the sentence
			// around them says which file could not be made.
			c.failf(msgs.cannotMake.In(l), me.Path, me.Err)
			return
		}
		c.fail(err, l)
	}
}

// bigPlan is the number of activities above which render writes one
// file at a time. Each writer holds its whole document while it writes
// (a workbook's sheet, a PDF's pages), which for a plan this size is
// hundreds of megabytes; two at once would double the peak for a gain
// of seconds in a render that takes a minute.
const bigPlan = 20000

// stageAll writes every output to its temporary file, workers at a time,
// the costliest first, so that no long one is left to run alone at the
// end. On failure it removes what it staged and returns the first error
// in output order, naming the file.
func stageAll(ctx context.Context, dir *outDir, outs []output, workers int) ([]*staged, error) {
	sts := make([]*staged, len(outs))
	errs := make([]error, len(outs))
	order := make([]int, len(outs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return outs[b].cost - outs[a].cost })
	inParallel(len(outs), order, workers, func(i int) {
		// Interrupted (Ctrl-C): stage nothing more.
		if errs[i] = ctx.Err(); errs[i] != nil {
			return
		}
		o := outs[i]
		sts[i], errs[i] = dir.stage(o.name, o.write)
		var fe *fileError
		if errs[i] != nil && !errors.As(errs[i], &fe) {
			errs[i] = &makeError{filepath.Join(dir.dir, o.name), errs[i]}
		}
	})
	if err := ctx.Err(); err != nil {
		dir.discard(sts)
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			dir.discard(sts)
			return nil, err
		}
	}
	return sts, nil
}

// outNames returns the file names of outs.
func outNames(outs []output) []string {
	names := make([]string, len(outs))
	for i, o := range outs {
		names[i] = o.name
	}
	return names
}

// readProfile reads the profile name, and the logo it names, each through
// the limit of its kind and only if it is a regular file.
func readProfile(name string) (render.Profile, error) {
	b, err := readInput(name, kindProfile)
	if err != nil {
		return render.Profile{}, err
	}
	return render.ReadProfile(bytes.NewReader(b), name, inputFS{dir: filepath.Dir(name), kind: kindLogo})
}

// profileMessage words an error of readProfile: the logo's file errors in
// the planner's language, after the profile's file and line.
func profileMessage(err error, l prosessplan.Language) string {
	var pe *render.ProfileError
	var fe *fileError
	if errors.As(err, &pe) && errors.As(err, &fe) && fe.Kind == kindLogo {
		pos := pe.File
		if pe.Line > 0 {
			pos += ":" + strconv.Itoa(pe.Line)
		}
		return pos + ": logo: " + fe.message(l)
	}
	if pe != nil {
		return pe.Message(l)
	}
	if msg, ok := fileMessage(err, l); ok {
		return msg
	}
	return err.Error()
}

// maxBaseName is the longest base name (without extension) of a file
// render writes, in bytes. File systems allow 255 bytes in a name; the
// temporary name adds 16 and the extension 5, and a long title should
// leave room for the folder's path where Windows still counts 260
// characters in all.
const maxBaseName = 100

// outputs lists the files cfg asks for. The documents are built here, once;
// each output's write only lays one out. Every document gets its own base
// name, the one its builder suggests, capped in length; when two would
// still share one, the later gets "-2" (and so on), and renamed lists
// each such pair, old name and new, for the planner.
func outputs(s *prosessplan.Schedule, opts render.Options, cfg renderConfig, w *writers) (outs []output, renamed [][2]string) {
	want := cfg.want
	used := map[string]bool{}
	unique := func(base string) string {
		base = capName(base)
		name := base
		for i := 2; used[name]; i++ {
			name = capName(base[:min(len(base), maxBaseName-len(strconv.Itoa(i))-1)]) + "-" + strconv.Itoa(i)
		}
		if name != base {
			renamed = append(renamed, [2]string{base, name})
		}
		used[name] = true
		return name
	}
	l := orLang(opts.Language, s.Plan.Language)
	if want("xlsx") || want("docx") || want("pdf") || want("html") || want("md") || want("ics") {
		// The plan's document names every file of the plan, whichever
		// formats are chosen, so -format xlsx alone gives the same name.
		// The document itself is built once, by the first writer that
		// needs it, and not at all for a workbook or calendar alone.
		doc := sync.OnceValue(func() *render.Document { return render.Build(s, opts) })
		base := unique(render.FileName(s.Plan))
		if want("xlsx") {
			outs = append(outs, output{base + ".xlsx", func(out io.Writer) error { return w.xlsx(out, s, opts) }, formatCost["xlsx"]})
		}
		for _, f := range []string{"docx", "pdf", "html", "md"} {
			if want(f) {
				outs = append(outs, w.doc(f, doc, base))
			}
		}
		if want("ics") {
			outs = append(outs, output{base + ".ics", func(out io.Writer) error {
				opts := []ics.Option{ics.WithLanguage(l), ics.WithName(render.Subject(s.Plan))}
				if cfg.icsAll {
					opts = append(opts, ics.WithAllActivities())
				}
				return ics.Write(out, s, opts...)
			}, 0})
		}
	}
	if want("saksframlegg") {
		for _, d := range render.BuildSaksframlegg(s, opts) {
			base := unique(d.FileName)
			doc := func() *render.Document { return d }
			outs = append(outs, w.doc("docx", doc, base))
			for _, f := range []string{"pdf", "html", "md"} {
				if want(f) {
					outs = append(outs, w.doc(f, doc, base))
				}
			}
		}
	}
	return outs, renamed
}

// want reports whether the format f is asked for.
func (cfg renderConfig) want(f string) bool { return slices.Contains(cfg.formats, f) }

// usesTemplate reports whether a chosen format is made with the Word
// template: the Word files, and the archive PDF made from them.
func (cfg renderConfig) usesTemplate() bool {
	return cfg.want("docx") || cfg.want("saksframlegg") || cfg.archive && cfg.want("pdf")
}

// capName shortens a base name to maxBaseName bytes, at a character
// boundary and without a trailing dash.
func capName(s string) string {
	if len(s) <= maxBaseName {
		return s
	}
	s = s[:maxBaseName]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return strings.TrimRight(s, "-")
}
