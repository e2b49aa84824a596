package pdf

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"slices"
	"strconv"
	"sync"
)

// The embedded font programs, written without gopdf's subsetter.
//
// gopdf builds each document's font subset byte by byte and compresses
// it with a new deflate writer per font and document: over half the time
// of a short PDF. Most of a subset is the same in every document,
// though: the hinting tables (cvt, fpgm, prep) and the metrics (head,
// hhea, hmtx, maxp) are copied from the font whole; only the table
// directory, the glyphs (glyf) and their offsets (loca) depend on the
// characters used.
//
// So gopdf is given a stub of each embedded font (stubFont): the tables
// it reads, with no glyphs, which it parses to the same character map,
// widths and font descriptor, but whose subset is a few hundred bytes.
// The rewrite then replaces the stub's font program with the real
// subset, built here from the glyphs gopdf lists in the font's /W array,
// in the layout gopdf would have written (byte for byte, see
// TestFontProgramAsGopdf). Its deflate stream is made of pieces ended by
// a sync flush (RFC 1951 §3.2.3: a block never depends on how the stream
// was cut, and no piece refers back into another), so the unchanging
// tables are compressed once per process (fontStatics), at the default
// level, and only the directory, glyphs and offsets per document, at
// level 1.

// subsetTags are the tables of a subset, in the (sorted) order gopdf
// writes them.
var subsetTags = [...]string{"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}

// ttfTable is an entry of a font's table directory.
type ttfTable struct {
	checksum, off, length uint32
}

// ttfDirectory returns the table directory of the font b by tag.
func ttfDirectory(b []byte) (map[string]ttfTable, error) {
	if len(b) < 12 {
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	t := make(map[string]ttfTable, n)
	for i := range n {
		e := 12 + 16*i
		if e+16 > len(b) {
			return nil, errFont
		}
		tt := ttfTable{binary.BigEndian.Uint32(b[e+4:]), binary.BigEndian.Uint32(b[e+8:]), binary.BigEndian.Uint32(b[e+12:])}
		if uint64(tt.off)+uint64(tt.length) > uint64(len(b)) {
			return nil, fmt.Errorf("%w: table %q out of range", errFont, b[e:e+4])
		}
		t[string(b[e:e+4])] = tt
	}
	return t, nil
}

// stubTables are the tables of a stub font, sorted: what gopdf (v0.33.0)
// parses. kern, which it reads only with kerning on, GPOS, GSUB and the
// glyphs themselves it does not.
var stubTables = [...]string{"OS/2", "cmap", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// stubFont returns, for gopdf to parse, a TrueType font with the
// character map, widths, names and metrics of the font b but none of its
// glyphs: loca all zero, no glyf, and maxp saying the font has one glyph.
// hmtx is listed with length 0 and post cut to its header: gopdf reads
// the widths by the count in hhea and post's header only, so both parse
// as before, while the font program gopdf writes for a document, which
// the rewrite replaces, is a few hundred bytes instead of the font's
// every glyph offset and width.
func stubFont(b []byte) ([]byte, error) {
	dir, err := ttfDirectory(b)
	if err != nil {
		return nil, err
	}
	for _, tag := range stubTables {
		if _, ok := dir[tag]; !ok {
			return nil, fmt.Errorf("%w: no %s table", errFont, tag)
		}
	}
	if dir["maxp"].length < 6 || dir["post"].length < 32 {
		return nil, fmt.Errorf("%w: short maxp or post", errFont)
	}
	n := len(stubTables)
	size := 12 + 16*n
	for _, tag := range stubTables {
		size += int(dir[tag].length+3) &^ 3
	}
	s := make([]byte, 12+16*n, size)
	copy(s, b[:4])
	binary.BigEndian.PutUint16(s[4:], uint16(n))
	binary.BigEndian.PutUint16(s[6:], 128)
	binary.BigEndian.PutUint16(s[8:], 3)
	binary.BigEndian.PutUint16(s[10:], uint16(16*n-128))
	for i, tag := range stubTables {
		t := dir[tag]
		data := b[t.off : t.off+t.length]
		length := t.length
		switch tag {
		case "hmtx":
			length = 0
		case "post":
			data = data[:32]
			length = 32
		}
		e := s[12+16*i:]
		copy(e, tag)
		binary.BigEndian.PutUint32(e[4:], t.checksum)
		binary.BigEndian.PutUint32(e[8:], uint32(len(s)))
		binary.BigEndian.PutUint32(e[12:], length)
		start := len(s)
		s = append(s, data...)
		switch tag {
		case "loca":
			clear(s[start:])
		case "maxp":
			binary.BigEndian.PutUint16(s[start+4:], 1)
		}
		for len(s)%4 != 0 {
			s = append(s, 0)
		}
	}
	return s, nil
}

// fontStatic is what every subset of one embedded font shares: the
// font, its table directory, and the unchanging runs of tables both raw
// (for the checksum) and compressed.
type fontStatic struct {
	data      []byte
	dir       map[string]ttfTable
	numGlyphs int
	shortLoca bool
	// raw[0] is cvt and fpgm, raw[1] head, hhea and hmtx, raw[2] maxp
	// and prep, each table padded to four bytes; z the same compressed,
	// the last piece ending the deflate stream.
	raw [3][]byte
	z   [3][]byte
}

// fontStatics holds, per embedded font (in the order of
// embeddedFamilies), what its subsets share, made on first use and only
// read after.
var fontStatics = func() (out [5]func() (*fontStatic, error)) {
	for k := range out {
		out[k] = sync.OnceValues(func() (*fontStatic, error) {
			st, err := newFontStatic(embeddedData(k))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", embeddedFamilies[k], err)
			}
			return st, nil
		})
	}
	return out
}()

func newFontStatic(b []byte) (*fontStatic, error) {
	dir, err := ttfDirectory(b)
	if err != nil {
		return nil, err
	}
	head, maxp := dir["head"], dir["maxp"]
	if head.length < 54 || maxp.length < 6 {
		return nil, fmt.Errorf("%w: short head or maxp", errFont)
	}
	st := &fontStatic{
		data:      b,
		dir:       dir,
		numGlyphs: int(binary.BigEndian.Uint16(b[maxp.off+4:])),
		shortLoca: binary.BigEndian.Uint16(b[head.off+50:]) == 0,
	}
	// Once per process, which for the command is once per run: one
	// spare level-1 writer for every table rather than a new compressor
	// each, whose megabyte of fresh memory costs more than compressing
	// these 14–27 KB at any level (the default level saves 2 KB over
	// four fonts).
	w := fastDeflaters.get()
	defer fastDeflaters.put(w)
	for i, tags := range [3][]string{{"cvt ", "fpgm"}, {"head", "hhea", "hmtx"}, {"maxp", "prep"}} {
		for _, tag := range tags {
			st.raw[i] = append(st.raw[i], st.table(tag)...)
		}
		var z bytes.Buffer
		w.Reset(&z)
		_, err = w.Write(st.raw[i])
		if err == nil && i < 2 {
			err = w.Flush()
		} else if err == nil {
			err = w.Close()
		}
		if err != nil {
			return nil, err
		}
		st.z[i] = z.Bytes()
	}
	return st, nil
}

// table returns the table tag as gopdf copies it into a subset: its
// bytes padded to a multiple of four (zeros past the end of the file).
func (st *fontStatic) table(tag string) []byte {
	t := st.dir[tag]
	p := make([]byte, (t.length+3)&^3)
	copy(p, st.data[t.off:t.off+t.length])
	return p
}

// glyph returns the data of glyph g.
func (st *fontStatic) glyph(g int) []byte {
	glyf := st.dir["glyf"]
	start, end := st.loca(g), st.loca(g+1)
	if end < start || uint64(end) > uint64(glyf.length) {
		return nil
	}
	return st.data[glyf.off+start : glyf.off+end]
}

// loca returns the offset of glyph g in the glyf table.
func (st *fontStatic) loca(g int) uint32 {
	l := st.dir["loca"]
	if g < 0 || g > st.numGlyphs {
		return 0
	}
	if st.shortLoca {
		if uint32(2*g+2) > l.length {
			return 0
		}
		return 2 * uint32(binary.BigEndian.Uint16(st.data[l.off+uint32(2*g):]))
	}
	if uint32(4*g+4) > l.length {
		return 0
	}
	return binary.BigEndian.Uint32(st.data[l.off+uint32(4*g):])
}

// closure returns the glyphs of a subset: gids, glyph 0 (.notdef) and
// every glyph a composite among them is made of, sorted.
func (st *fontStatic) closure(gids []int) []int {
	seen := map[int]bool{0: true}
	out := []int{0}
	todo := slices.Clone(gids)
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if seen[g] || g < 0 || g >= st.numGlyphs {
			continue
		}
		seen[g] = true
		out = append(out, g)
		todo = append(todo, st.components(g)...)
	}
	slices.Sort(out)
	return out
}

// components returns the glyphs the composite glyph g refers to (none
// for a simple glyph).
func (st *fontStatic) components(g int) []int {
	d := st.glyph(g)
	if len(d) < 10 || int16(binary.BigEndian.Uint16(d)) >= 0 {
		return nil
	}
	const (
		argsAreWords   = 1
		haveScale      = 8
		moreComponents = 32
		xAndYScale     = 64
		twoByTwo       = 128
	)
	var out []int
	for p := 10; p+4 <= len(d); {
		flags := binary.BigEndian.Uint16(d[p:])
		out = append(out, int(binary.BigEndian.Uint16(d[p+2:])))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&xAndYScale != 0:
			p += 4
		case flags&twoByTwo != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// spare keeps up to cap(ch) writers for reuse. Unlike a sync.Pool it
// keeps them across garbage collections, which in a busy process come
// every few documents and would otherwise make each document allocate
// (and clear) a new writer of about 800 KB. What it holds is bounded,
// and each writer is used by one call at a time and Reset to a fresh
// output before use, so reuse changes no byte.
type spare[T any] struct {
	ch    chan T
	fresh func() T
}

func newSpare[T any](n int, fresh func() T) *spare[T] {
	return &spare[T]{ch: make(chan T, n), fresh: fresh}
}

func (s *spare[T]) get() T {
	select {
	case w := <-s.ch:
		return w
	default:
		return s.fresh()
	}
}

func (s *spare[T]) put(w T) {
	select {
	case s.ch <- w:
	default:
	}
}

// fastDeflaters compress the pieces of each document's font programs, at
// level 1: resetting a writer at a higher level clears 640 KB of hash
// chains, more than compressing a subset's glyphs takes.
var fastDeflaters = newSpare(2, func() *flate.Writer {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
})

// fontProgram returns the compressed font program (zlib, RFC 1950) of
// the subset of st with the glyphs gids and those it needs, in gopdf's
// layout, and its length uncompressed.
func (st *fontStatic) fontProgram(gids []int) (z []byte, n int, err error) {
	glyphs := st.closure(gids)

	// glyf: the glyphs in order; loca: where each glyph starts, for
	// every glyph of the font (the unused ones empty).
	var glyf []byte
	for _, g := range glyphs {
		glyf = append(glyf, st.glyph(g)...)
	}
	offsets := make([]uint32, st.numGlyphs+1)
	pos, k := uint32(0), 0
	for g := range st.numGlyphs {
		offsets[g] = pos
		if k < len(glyphs) && glyphs[k] == g {
			pos += uint32(len(st.glyph(g)))
			k++
		}
	}
	offsets[st.numGlyphs] = pos
	for len(glyf)%4 != 0 {
		glyf = append(glyf, 0)
	}
	var loca []byte
	if st.shortLoca {
		loca = make([]byte, (2*len(offsets)+3)&^3)
		for i, o := range offsets {
			binary.BigEndian.PutUint16(loca[2*i:], uint16(o/2))
		}
	} else {
		loca = make([]byte, 4*len(offsets))
		for i, o := range offsets {
			binary.BigEndian.PutUint32(loca[4*i:], o)
		}
	}
	locaLen := len(offsets) * 2
	if !st.shortLoca {
		locaLen *= 2
	}

	// The table directory: nine tables, so searchRange 128, entry
	// selector 3, range shift 16.
	dir := make([]byte, 12+16*len(subsetTags))
	binary.BigEndian.PutUint32(dir, 0x00010000)
	binary.BigEndian.PutUint16(dir[4:], uint16(len(subsetTags)))
	binary.BigEndian.PutUint16(dir[6:], 128)
	binary.BigEndian.PutUint16(dir[8:], 3)
	binary.BigEndian.PutUint16(dir[10:], 16)
	off := uint32(len(dir))
	for i, tag := range subsetTags {
		e := dir[12+16*i:]
		t := st.dir[tag]
		sum, length, padded := t.checksum, t.length, (t.length+3)&^3
		switch tag {
		case "glyf":
			sum, length, padded = checksum(glyf), uint32(len(glyf)), uint32(len(glyf))
		case "loca":
			sum, length, padded = checksum(loca), uint32(locaLen), uint32(len(loca))
		}
		copy(e, tag)
		binary.BigEndian.PutUint32(e[4:], sum)
		binary.BigEndian.PutUint32(e[8:], off)
		binary.BigEndian.PutUint32(e[12:], length)
		off += padded
	}

	// zlib header (deflate, 32K window, default level), the pieces, and
	// the Adler-32 of the whole font.
	out := bytes.NewBuffer(make([]byte, 0, len(glyf)/2+len(st.z[0])+len(st.z[1])+len(st.z[2])+1024))
	out.Write([]byte{0x78, 0x9c})
	sum := adler32.New()
	w := fastDeflaters.get()
	defer fastDeflaters.put(w)
	piece := func(raw []byte) error {
		sum.Write(raw)
		w.Reset(out)
		if _, err := w.Write(raw); err != nil {
			return err
		}
		return w.Flush()
	}
	shared := func(i int) {
		sum.Write(st.raw[i])
		out.Write(st.z[i])
	}
	if err := piece(dir); err != nil {
		return nil, 0, err
	}
	shared(0)
	if err := piece(glyf); err != nil {
		return nil, 0, err
	}
	shared(1)
	if err := piece(loca); err != nil {
		return nil, 0, err
	}
	shared(2)
	out.Write(binary.BigEndian.AppendUint32(nil, sum.Sum32()))
	return out.Bytes(), int(off), nil
}

// checksum is the TrueType table checksum of b (length a multiple of 4).
func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i+4 <= len(b); i += 4 {
		s += binary.BigEndian.Uint32(b[i:])
	}
	return s
}

// widthGlyphs returns the glyphs listed in the /W array of a CIDFont
// dictionary as gopdf writes it ("/W [3[278]17[556]...]").
func widthGlyphs(obj []byte) ([]int, error) {
	i := bytes.Index(obj, []byte("/W ["))
	if i < 0 {
		return nil, errGopdfOutput
	}
	p := obj[i+len("/W ["):]
	var gids []int
	for len(p) > 0 && p[0] != ']' {
		j := bytes.IndexByte(p, '[')
		k := bytes.IndexByte(p, ']')
		if j <= 0 || k < j {
			return nil, errGopdfOutput
		}
		g, err := strconv.Atoi(string(p[:j]))
		if err != nil {
			return nil, errGopdfOutput
		}
		gids = append(gids, g)
		p = p[k+1:]
	}
	if len(p) == 0 {
		return nil, errGopdfOutput
	}
	return gids, nil
}

// embeddedProgram returns the font program of the embedded font f for a
// document, compressed, and its length uncompressed: the subset of the
// glyphs its CIDFont dictionary cid lists. stub is the object gopdf
// wrote in its place, checked to be the font program it stands for.
func embeddedProgram(f fontFile, stub, cid []byte) ([]byte, int, error) {
	if !bytes.Contains(stub, []byte(" 0 obj\n<</Length ")) || !bytes.Contains(stub, []byte("/Length1 ")) ||
		!bytes.Contains(cid, []byte("/BaseFont /"+f.family+"\n")) || !bytes.Contains(cid, []byte("/Subtype /CIDFontType2\n")) {
		return nil, 0, fmt.Errorf("%w: font program of %s", errGopdfOutput, f.family)
	}
	gids, err := widthGlyphs(cid)
	if err != nil {
		return nil, 0, err
	}
	st, err := fontStatics[f.static]()
	if err != nil {
		return nil, 0, fmt.Errorf("embedded font %w", err)
	}
	return st.fontProgram(gids)
}
