package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// zlibWriters reuses deflate state between content streams (gopdf makes
// a new writer, with its 1 MB of tables, for every page). It holds no
// data between uses: each writer is Reset to a fresh output first.
var zlibWriters = newSpare(2, func() *zlib.Writer {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
})

var errGopdfOutput = errors.New("pdf: unexpected gopdf output")

// rewrite copies gopdf's output src to w with each page's content
// stream written from its operations (content.go) and compressed,
// /StructParents and /Tabs on every page, and /StructParent on every
// link annotation, ending in an xref of its own. A page's operations
// are let go once its content stream is written.
func (l *layouter) rewrite(w io.Writer, src []byte, sk *skeleton) error {
	sx := bytes.LastIndex(src, []byte("startxref"))
	if sx < 0 {
		return errGopdfOutput
	}
	f := bytes.Fields(src[sx+len("startxref"):])
	if len(f) == 0 {
		return errGopdfOutput
	}
	xref, err := strconv.Atoi(string(f[0]))
	if err != nil || xref <= 0 || xref >= sx {
		return errGopdfOutput
	}
	// "xref\n0 N\n" and N entries of 20 bytes.
	hdr := src[xref:]
	nl := bytes.IndexByte(hdr[5:], '\n')
	if !bytes.HasPrefix(hdr, []byte("xref\n0 ")) || nl < 0 {
		return errGopdfOutput
	}
	n, err := strconv.Atoi(string(hdr[7 : 5+nl]))
	if err != nil || n < 2 {
		return errGopdfOutput
	}
	ents := hdr[5+nl+1:]
	if len(ents) < 20*n {
		return errGopdfOutput
	}
	offs := make([]int, n+1) // offs[i]: object i; offs[n]: the xref
	for i := 1; i < n; i++ {
		v, err := strconv.Atoi(string(ents[20*i : 20*i+10]))
		if err != nil || v <= offs[i-1] || v >= xref {
			return errGopdfOutput
		}
		offs[i] = v
	}
	offs[n] = xref

	// What each object is to the rewrite: a page, a page's content, a
	// link annotation.
	const (
		other = iota
		pageObj
		contentObj
		annotObj
		fontObj
	)
	kind := make([]uint8, n)
	key := make([]int32, n) // page index, or struct parent key
	for i, id := range sk.pageIDs {
		if id <= 0 || id >= n {
			return errGopdfOutput
		}
		kind[id], key[id] = pageObj, int32(i)
		if c := sk.contentIDs[i]; c > id && c < n {
			kind[c], key[c] = contentObj, int32(i)
		}
	}
	for i, lk := range l.links {
		if lk.obj > 0 && lk.obj < n {
			kind[lk.obj], key[lk.obj] = annotObj, int32(len(l.pages)+i)
		}
	}

	fonts := 0
	for i, f := range l.fs.files {
		if p := f.program; l.fs.used[i] && f.embedded && p > 0 {
			// The CIDFont, two objects on, lists the glyphs.
			if p+3 >= n {
				return errGopdfOutput
			}
			kind[p], key[p] = fontObj, int32(i)
			fonts++
		}
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	var pos int64
	write := func(p []byte) {
		bw.Write(p)
		pos += int64(len(p))
	}
	newOffs := make([]int64, n)
	write(src[:offs[1]])
	var zbuf bytes.Buffer
	var num, cbuf []byte
	for id := 1; id < n; id++ {
		body := src[offs[id]:offs[id+1]]
		newOffs[id] = pos
		switch kind[id] {
		case pageObj:
			i := bytes.Index(body, []byte("<<"))
			if i < 0 {
				return errGopdfOutput
			}
			write(body[:i+2])
			num = append(num[:0], " /StructParents "...)
			num = strconv.AppendInt(num, int64(key[id]), 10)
			num = append(num, " /Tabs /S"...)
			write(num)
			write(body[i+2:])
		case annotObj:
			i := bytes.Index(body, []byte("<<"))
			if i < 0 {
				return errGopdfOutput
			}
			write(body[:i+2])
			num = append(num[:0], "/StructParent "...)
			num = strconv.AppendInt(num, int64(key[id]), 10)
			// PDF/UA asks for a description of every annotation.
			if desc := l.links[int(key[id])-len(l.pages)].desc; desc != "" {
				num = append(num, " /Contents "...)
				num = append(num, pdfText(desc)...)
			}
			num = append(num, ' ')
			write(num)
			write(body[i+2:])
		case contentObj:
			// gopdf's own content stream is empty, bar what made gopdf
			// add it.
			if !bytes.Contains(body, []byte(" 0 obj\n<<\n/Length ")) {
				return fmt.Errorf("%w: content stream %d", errGopdfOutput, id)
			}
			p := l.pages[key[id]]
			zbuf.Reset()
			zw := zlibWriters.get()
			zw.Reset(&zbuf)
			cbuf, err = l.writeContent(zw, p, sk.logo, cbuf)
			if err == nil {
				err = zw.Close()
			}
			zlibWriters.put(zw)
			if err != nil {
				return err
			}
			p.ops = nil
			num = strconv.AppendInt(num[:0], int64(id), 10)
			num = append(num, " 0 obj\n<< /Length "...)
			num = strconv.AppendInt(num, int64(zbuf.Len()), 10)
			num = append(num, " /Filter /FlateDecode >>\nstream\n"...)
			write(num)
			write(zbuf.Bytes())
			write([]byte("\nendstream\nendobj\n\n"))
		case fontObj:
			f := l.fs.files[key[id]]
			z, size, err := embeddedProgram(f, body, src[offs[id+2]:offs[id+3]])
			if err != nil {
				return err
			}
			num = strconv.AppendInt(num[:0], int64(id), 10)
			num = append(num, " 0 obj\n<</Length "...)
			num = strconv.AppendInt(num, int64(len(z)), 10)
			num = append(num, "\n/Filter /FlateDecode\n/Length1 "...)
			num = strconv.AppendInt(num, int64(size), 10)
			num = append(num, "\n>>\nstream\n"...)
			write(num)
			write(z)
			write([]byte("\nendstream\nendobj\n\n"))
			fonts--
		default:
			write(body)
		}
	}
	if fonts != 0 {
		return errGopdfOutput
	}
	xrefPos := pos
	var b []byte
	b = append(b, "xref\n0 "...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, "\n0000000000 65535 f \n"...)
	for id := 1; id < n; id++ {
		b = appendXref(b, newOffs[id])
	}
	b = append(b, "trailer\n<< /Size "...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, " /Root 1 0 R >>\nstartxref\n"...)
	b = strconv.AppendInt(b, xrefPos, 10)
	b = append(b, "\n%%EOF\n"...)
	write(b)
	return bw.Flush()
}

// appendXref appends an in-use xref entry for offset off.
func appendXref(b []byte, off int64) []byte {
	var d [10]byte
	for i := 9; i >= 0; i-- {
		d[i] = byte('0' + off%10)
		off /= 10
	}
	b = append(b, d[:]...)
	return append(b, " 00000 n \n"...)
}
