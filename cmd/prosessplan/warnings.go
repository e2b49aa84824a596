package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/prosessplan/go-prosessplan/prosessplan"
	"github.com/prosessplan/go-prosessplan/render/pdf"
)

// maxMissingShown is how many missing characters a warning lists; a plan
// full of emoji would otherwise fill the terminal.
const maxMissingShown = 10

// pdfWarnings collects what the PDF writer drew but could not draw as
// asked (characters no font has), per output file. Documents are staged
// concurrently, so the warnings are kept until all are written and then
// printed in output order, the same for every run.
type pdfWarnings struct {
	mu      sync.Mutex
	missing map[string][]rune // output file name → characters drawn as "?"
}

// option returns the pdf option that records the warnings of the file name.
func (pw *pdfWarnings) option(name string) pdf.Option {
	return pdf.WithWarnings(func(err error) {
		var me *pdf.MissingCharsError
		if !errors.As(err, &me) || len(me.Chars) == 0 {
			return
		}
		pw.mu.Lock()
		defer pw.mu.Unlock()
		if pw.missing == nil {
			pw.missing = map[string][]rune{}
		}
		pw.missing[name] = me.Chars
	})
}

// print warns, once per PDF of outs in dir that has characters drawn as
// "?", naming the file and the characters. It is a warning: the file was
// written and the exit code stays as it is.
func (pw *pdfWarnings) print(c *command, dir string, outs []output, l prosessplan.Language) {
	pw.mu.Lock()
	defer pw.mu.Unlock()
	for _, o := range outs {
		rs, ok := pw.missing[o.name]
		if !ok {
			continue
		}
		c.failf(msgs.missingChars.In(l), filepath.Join(dir, o.name), missingList(rs, l))
	}
}

// missingList names the characters rs as "«😀» (U+1F600), «𝕏» (U+1D54F)":
// the character for the planner who sees it, the code point for the one
// whose terminal shows a box, at most maxMissingShown of them.
func missingList(rs []rune, l prosessplan.Language) string {
	var parts []string
	for i, r := range rs {
		if i == maxMissingShown {
			parts = append(parts, fmt.Sprintf(msgs.missingMore.In(l), len(rs)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("«%c» (%U)", r, r))
	}
	return strings.Join(parts, ", ")
}
