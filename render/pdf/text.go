package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/prosessplan/go-prosessplan/render"
)

// tstyle is the look of a piece of text.
type tstyle struct {
	st    style
	size  float64
	color rgb
	link  string
	lang  string // BCP 47 tag of text not in the document's language, or ""
}

// placed is a piece of text placed on a line: src[start:end], a
// substring of one run's text.
type placed struct {
	src        string
	start, end int
	ts         tstyle
	x, w       float64
	run        int // index of the run, so neighbouring words of a run merge into one piece
}

func (p *placed) text() string { return p.src[p.start:p.end] }

// textLine is one wrapped line.
type textLine struct {
	pieces []placed
	w      float64
}

// wrapper breaks runs into lines no wider than width, at spaces, written
// here because gopdf's SplitText breaks inside words and its word-wrap
// variant measures the line again for every character. A word wider than
// the line is broken between characters.
type wrapper struct {
	fs    *fontSet
	width float64

	lines []textLine
	cur   textLine
	x     float64

	word  []placed
	wordW float64
	space float64 // width of the space before the pending word
}

// wrapRuns wraps runs in base style into lines of at most width points.
func (fs *fontSet) wrapRuns(runs []render.Run, base tstyle, width float64) []textLine {
	wr := wrapper{fs: fs, width: width}
	for i, r := range runs {
		ts := base
		switch {
		case r.Bold:
			ts.st = bold
		case r.Italic:
			ts.st = italic
		}
		if r.Link != "" {
			ts.link = r.Link
			ts.color = linkBlue
		}
		if r.Lang != "" {
			ts.lang = langTag(r.Lang)
		}
		wr.addText(fs.clean(r.Text, ts.st), ts, i)
	}
	return wr.finish()
}

// wrapString wraps plain text.
func (fs *fontSet) wrapString(s string, ts tstyle, width float64) []textLine {
	wr := wrapper{fs: fs, width: width}
	wr.addText(fs.clean(s, ts.st), ts, 0)
	return wr.finish()
}

func (wr *wrapper) addText(src string, ts tstyle, run int) {
	pos := 0
	for pos < len(src) {
		i := strings.IndexAny(src[pos:], " \n")
		if i < 0 {
			wr.addPiece(src, pos, len(src), ts, run)
			return
		}
		if i > 0 {
			wr.addPiece(src, pos, pos+i, ts, run)
		}
		wr.endWord()
		if src[pos+i] == '\n' {
			wr.flush(true)
		} else if len(wr.cur.pieces) > 0 {
			wr.space = wr.fs.width(" ", ts.st, ts.size)
		}
		pos += i + 1
	}
}

func (wr *wrapper) addPiece(src string, start, end int, ts tstyle, run int) {
	w := wr.fs.width(src[start:end], ts.st, ts.size)
	wr.word = append(wr.word, placed{src: src, start: start, end: end, ts: ts, w: w, run: run})
	wr.wordW += w
}

func (wr *wrapper) endWord() {
	if len(wr.word) == 0 {
		return
	}
	sp := wr.space
	if len(wr.cur.pieces) == 0 {
		sp = 0
	}
	if len(wr.cur.pieces) > 0 && wr.x+sp+wr.wordW > wr.width {
		wr.flush(false)
		sp = 0
	}
	if len(wr.cur.pieces) == 0 && wr.wordW > wr.width {
		wr.breakWord()
	} else {
		x := wr.x + sp
		for i, p := range wr.word {
			if i == 0 {
				wr.place(p, x, sp)
			} else {
				wr.place(p, x, 0)
			}
			x += p.w
		}
		wr.x = x
	}
	wr.word = wr.word[:0]
	wr.wordW = 0
	wr.space = 0
}

// place puts p at x on the current line, merging it into the previous
// piece when both come from the same run, so a line of one run is one
// piece of text.
func (wr *wrapper) place(p placed, x, sp float64) {
	if n := len(wr.cur.pieces); n > 0 {
		last := &wr.cur.pieces[n-1]
		gap := 0
		if sp > 0 {
			gap = 1
		}
		if last.run == p.run && last.ts == p.ts && p.start == last.end+gap {
			last.end = p.end
			last.w = x + p.w - last.x
			return
		}
	}
	p.x = x
	wr.cur.pieces = append(wr.cur.pieces, p)
}

func (wr *wrapper) breakWord() {
	for _, p := range wr.word {
		s := p.text()
		off := p.start
		for len(s) > 0 {
			// Take as many characters as fit; at least one.
			room := wr.width - wr.x
			n, w := 0, 0.0
			for i, r := range s {
				cw := wr.fs.width(s[i:i+utf8.RuneLen(r)], p.ts.st, p.ts.size)
				if w+cw > room && (n > 0 || len(wr.cur.pieces) > 0) {
					break
				}
				n = i + utf8.RuneLen(r)
				w += cw
			}
			if n == 0 {
				wr.flush(false)
				continue
			}
			q := p
			q.start, q.end, q.w = off, off+n, w
			q.run = -1 - len(wr.lines) // never merge broken pieces
			wr.place(q, wr.x, 0)
			wr.x += w
			s = s[n:]
			off += n
			if len(s) > 0 {
				wr.flush(false)
			}
		}
	}
}

func (wr *wrapper) flush(hard bool) {
	if len(wr.cur.pieces) == 0 && !hard {
		return
	}
	wr.cur.w = wr.x
	wr.lines = append(wr.lines, wr.cur)
	wr.cur = textLine{}
	wr.x = 0
	wr.space = 0
}

func (wr *wrapper) finish() []textLine {
	wr.endWord()
	if len(wr.cur.pieces) > 0 || len(wr.lines) == 0 {
		wr.flush(true)
	}
	return wr.lines
}
