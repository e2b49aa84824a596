package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/prosessplan/go-prosessplan/examples"
	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render"
	"github.com/prosessplan/go-prosessplan/render/ics"
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
  pdf           prosessplanen som PDF, til publisering
  md            prosessplanen som Markdown-tekst
  ics           møter, saksfrister, milepæler, høringer og medvirkning som kalender
                (iCalendar); med -ics-all hver aktivitet
  saksframlegg  ett utkast til saksframlegg per politisk vedtakspunkt, i Word
                (og som Markdown og PDF når md og pdf også er valgt)

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
var allFormats = []string{"xlsx", "docx", "pdf", "md", "ics", "saksframlegg"}

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
}

func runRender(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", renderHelp, stdout, stderr)
	var cfg renderConfig
	fs.StringVar(&cfg.dir, "o", "", "mappen filene skrives i (lages om den mangler), f.eks. -o ut (standard: gjeldende mappe)")
	formatFlag := fs.String("format", "", "kommaseparert liste over formater, f.eks. -format xlsx,pdf (standard: alle)")
	langFlag := fs.String("lang", "", "språk for faste ord: nb, nn eller en (standard: planens målform), f.eks. -lang nn")
	fs.StringVar(&cfg.template, "template", "", "kommunens Word-mal (.dotx/.docx) for Word-filene, f.eks. -template mal.dotx")
	fs.StringVar(&cfg.placeholder, "placeholder", "", "hvor i malen innholdet skal stå: teksten i et avsnitt (f.eks. -placeholder '{{innhold}}'), bokmerke:NAVN eller innholdskontroll:TAG (standard: til slutt i malen)")
	fs.StringVar(&cfg.profile, "profile", "", "kommuneprofil (YAML/JSON: navn, logo, farger, skrift), f.eks. -profile bodo.yaml")
	pdfFlag := fs.String("pdf", "", "publisering: PDF laget direkte (standard); arkiv: PDF/A for arkivet, laget fra Word-filen med LibreOffice (må være installert), f.eks. -pdf arkiv")
	fs.BoolVar(&cfg.icsAll, "ics-all", false, "ta med hver aktivitet i kalenderen, ikke bare møter, frister, milepæler, høringer og medvirkning")
	fs.BoolVar(&cfg.draft, "draft", false, "lag dokumentene selv om planen har feil, med problemene i et vedlegg")
	fs.BoolVar(&cfg.force, "force", false, "overskriv filer som prosessplan ikke har skrevet, eller som er endret siden")
	pos, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if cfg.dir == "" {
		cfg.dir = "."
	}
	m := msgFor("")
	var good bool
	if cfg.lang, good = parseLang(*langFlag); !good {
		fmt.Fprintf(stderr, "prosessplan render: "+m.unknownLang+"\n", *langFlag)
		return exitUsage
	}
	if cfg.lang != "" {
		m = msgFor(cfg.lang)
	}
	switch *pdfFlag {
	case "publisering", "":
	case "arkiv":
		cfg.archive = true
	default:
		fmt.Fprintf(stderr, "prosessplan render: "+m.unknownPDF+"\n", *pdfFlag)
		return exitUsage
	}
	if *formatFlag == "" {
		cfg.formats = allFormats
	} else {
		for _, f := range strings.Split(*formatFlag, ",") {
			f = strings.ToLower(strings.TrimSpace(f))
			if !slices.Contains(allFormats, f) {
				fmt.Fprintf(stderr, "prosessplan render: "+m.unknownFormat+"\n", f, strings.Join(allFormats, ", "))
				return exitUsage
			}
			if !slices.Contains(cfg.formats, f) {
				cfg.formats = append(cfg.formats, f)
			}
		}
	}
	if cfg.placeholder != "" && cfg.template == "" {
		fmt.Fprintln(stderr, "prosessplan render: -placeholder trenger en mal (-template)")
		return exitUsage
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "prosessplan render: bare én planfil om gangen")
		return exitUsage
	}

	p, code := load(pos, stdin, cfg.lang, stderr)
	if p == nil {
		return code
	}
	lang := cfg.lang
	if lang == "" {
		lang = p.Language
	}
	m = msgFor(lang)
	s, ps := schedule(p)
	if n := countErrors(ps); n > 0 && !cfg.draft {
		printProblems(stderr, ps, lang)
		fmt.Fprintf(stderr, m.hasErrors+"\n", displayName(p), count(n, m.errorN))
		return exitFail
	} else if len(ps) > 0 {
		printProblems(stderr, ps, lang)
	}

	opts := render.Options{Language: cfg.lang}
	if cfg.draft {
		opts.Problems = ps
	}
	if cfg.profile != "" {
		prof, err := readProfile(cfg.profile)
		if err != nil {
			fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
			return exitFail
		}
		opts.Profile = &prof
	} else if len(pos) == 0 {
		// The built-in example comes with its own (illustrative) layout.
		prof := examples.BodoProfile()
		opts.Profile = &prof
	}
	outs, err := outputs(ctx, s, opts, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
		return exitFail
	}

	dir, err := openOutDir(cfg.dir, cfg.force)
	if err != nil {
		fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
		return exitFail
	}
	// Refuse before writing anything, so a refusal leaves the folder as it was.
	refused := false
	for _, o := range outs {
		if err := dir.check(o.name); err != nil {
			if errors.Is(err, errNotOurs) {
				fmt.Fprintf(stderr, "prosessplan render: "+m.notOurs+"\n", filepath.Join(cfg.dir, o.name))
			} else {
				fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
			}
			refused = true
		}
	}
	if refused {
		return exitFail
	}
	// Render every file to a temporary name first, two at a time (these
	// machines have two cores); only when all succeeded do they replace
	// the old files. A failure leaves the folder as it was.
	sts, err := stageAll(ctx, dir, outs)
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "prosessplan render: "+m.interrupted)
		return exitFail
	}
	if err != nil {
		fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
		return exitFail
	}
	paths, err := dir.commit(sts)
	for _, p := range paths {
		fmt.Fprintln(stdout, p)
	}
	code = exitOK
	if err != nil {
		fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
		code = exitFail
	}
	// Also after a failure: the files renamed so far are ours.
	if err := dir.save(); err != nil {
		fmt.Fprintf(stderr, "prosessplan render: %v\n", err)
		code = exitFail
	}
	return code
}

// stageAll writes every output to its temporary file, runtime.NumCPU at a
// time. On failure it removes what it staged and returns the first error
// in output order, naming the file.
func stageAll(ctx context.Context, dir *outDir, outs []output) ([]*staged, error) {
	sts := make([]*staged, len(outs))
	errs := make([]error, len(outs))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, o := range outs {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			// Interrupted (Ctrl-C): stage nothing more.
			if errs[i] = ctx.Err(); errs[i] != nil {
				return
			}
			sts[i], errs[i] = dir.stage(o.name, o.write)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%s: %w", filepath.Join(dir.dir, o.name), errs[i])
			}
		})
	}
	wg.Wait()
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

func readProfile(name string) (render.Profile, error) {
	f, err := os.Open(name)
	if err != nil {
		return render.Profile{}, err
	}
	defer f.Close()
	return render.ReadProfile(f, name, os.DirFS(filepath.Dir(name)))
}

// outputs lists the files cfg asks for. The documents are built here, once;
// each output's write only lays one out.
func outputs(ctx context.Context, s *prosessplan.Schedule, opts render.Options, cfg renderConfig) ([]output, error) {
	want := func(f string) bool { return slices.Contains(cfg.formats, f) }
	var outs []output
	var doc *render.Document
	if want("docx") || want("pdf") || want("md") || want("ics") {
		doc = render.Build(s, opts)
	}
	base := baseName(s, doc)
	l := opts.Language
	if l == "" {
		l = s.Plan.Language
	}
	w, err := newWriters(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if want("xlsx") {
		outs = append(outs, output{base + ".xlsx", func(out io.Writer) error { return w.xlsx(out, s, opts) }})
	}
	for _, f := range []string{"docx", "pdf", "md"} {
		if want(f) {
			outs = append(outs, w.doc(f, doc, base))
		}
	}
	if want("ics") {
		outs = append(outs, output{base + ".ics", func(out io.Writer) error {
			return ics.Write(out, s, ics.Options{Language: l, Name: doc.Subject, AllActivities: cfg.icsAll})
		}})
	}
	if want("saksframlegg") {
		for _, d := range render.BuildSaksframlegg(s, opts) {
			outs = append(outs, w.doc("docx", d, d.FileName))
			for _, f := range []string{"pdf", "md"} {
				if want(f) {
					outs = append(outs, w.doc(f, d, d.FileName))
				}
			}
		}
	}
	return outs, nil
}

// baseName is the name of the plan's files without extension: the one
// Build suggests, or one made from the title.
func baseName(s *prosessplan.Schedule, doc *render.Document) string {
	if doc != nil && doc.FileName != "" {
		return doc.FileName
	}
	return "prosessplan-" + render.Slug(s.Plan.Title)
}
