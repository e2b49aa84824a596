package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/prosessplan/go-prosessplan/internal/lazyregexp"
)

// ErrNoLibreOffice is returned by Archive when LibreOffice (soffice) is
// not installed.
var ErrNoLibreOffice = errors.New("pdf: LibreOffice (soffice) is not installed")

// pdfA2b is LibreOffice's PDF export filter set to PDF/A-2b with a tagged
// structure tree (headings, tables, lists, alternative texts from the
// Word document).
const pdfA2b = `pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}`

// Archive converts a Word document (.docx, e.g. from render/docx) to a
// tagged PDF/A-2b with LibreOffice and writes it to w: the archive and
// accessibility path, where Write gives an untagged PDF. It runs soffice
// headless in a temporary folder with a private user profile, so it
// neither disturbs nor waits for a running LibreOffice, and removes the
// folder afterwards. It returns ErrNoLibreOffice when soffice is not
// installed; ctx bounds the conversion, which takes seconds.
func Archive(ctx context.Context, docx io.Reader, w io.Writer) error {
	soffice, err := findSoffice()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "prosessplan-arkiv-")
	if err != nil {
		return fmt.Errorf("pdf: archive: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "dokument.docx")
	f, err := os.Create(in)
	if err != nil {
		return fmt.Errorf("pdf: archive: %w", err)
	}
	if _, err := io.Copy(f, docx); err != nil {
		f.Close()
		return fmt.Errorf("pdf: archive: reading the Word document: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("pdf: archive: %w", err)
	}
	outDir := filepath.Join(dir, "ut")
	profile := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "profil"))}).String()
	cmd := exec.CommandContext(ctx, soffice,
		"-env:UserInstallation="+profile,
		"--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
		// Forcing the Word import filter keeps LibreOffice from opening a
		// broken file as plain text and "converting" that.
		"--infilter=MS Word 2007 XML",
		"--convert-to", pdfA2b, "--outdir", outDir, in)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return fmt.Errorf("pdf: archive: %w", ctx.Err())
	}
	pdf, err := os.ReadFile(filepath.Join(outDir, "dokument.pdf"))
	if err != nil || len(pdf) == 0 {
		if runErr == nil {
			runErr = errors.New("no PDF written")
		}
		return fmt.Errorf("pdf: archive: LibreOffice could not convert the document: %w\n%s", runErr, bytes.TrimSpace(out.Bytes()))
	}
	if _, err := w.Write(fixDates(fixTabs(fixRowHeaders(pdf)))); err != nil {
		return fmt.Errorf("pdf: archive: %w", err)
	}
	return nil
}

// fixTabs corrects the tab order entry LibreOffice (7.4) writes into the
// dictionary of a page with links, "/Tabs(S)": PDF 32000-1 §12.5 wants
// the name /S, and strict validators reject the string. The fix is in
// place and of the same length, so no byte offset moves.
func fixTabs(pdf []byte) []byte {
	return bytes.ReplaceAll(pdf, []byte("\n/Tabs(S)\n"), []byte("\n/Tabs/S \n"))
}

var (
	structElem = lazyregexp.New(`\n(\d+) 0 obj\s*<</Type/StructElem\b`)
	elemType   = lazyregexp.New(`/S\s*/([^\s/\[\]<>()]+)`)
	elemAttrs  = lazyregexp.New(`/A\s*(\[[^\]]*\]|\d+ 0 R)`)
	elemKids   = lazyregexp.New(`/K\s*(\[[^\]]*\]|\d+ 0 R)`)
	objRef     = lazyregexp.New(`(\d+) 0 R`)
	// tableAttrs starts the table attribute object LibreOffice (7.4)
	// writes for every cell; a TH's has /Scope /Column, whatever the cell is.
	tableAttrs  = lazyregexp.New(`\n(\d+) 0 obj\s*<</O\s*/Table\b`)
	columnScope = lazyregexp.New(`/Scope\s*/Column\b`)
)

// fixRowHeaders gives the row headers of LibreOffice's tagged PDF the
// scope they have. render/docx marks the first cell of a body row with the
// paragraph style "Table Heading", which LibreOffice exports as a TH (so
// that every page's piece of a long table has header cells), but it
// writes /Scope /Column on every TH, which would make a screen reader
// announce each activity name as the header of the cells below it. A TH
// whose first child is a "Table Heading" paragraph, or whose row also has
// TD cells, is a row header: its scope becomes /Row. The edit is in place
// and of the same length ("/Column" becomes "/Row   "), so no byte offset
// moves. A file it does not understand is returned unchanged.
func fixRowHeaders(pdf []byte) []byte {
	type elem struct {
		typ         string
		attrs, kids []int
	}
	refs := func(b []byte) []int {
		var out []int
		for _, m := range objRef.FindAllSubmatch(b, -1) {
			n, err := strconv.Atoi(string(m[1]))
			if err == nil {
				out = append(out, n)
			}
		}
		return out
	}
	elems := map[int]*elem{}
	parents := map[int]int{} // TH → its row
	for _, m := range structElem.FindAllSubmatchIndex(pdf, -1) {
		n, err := strconv.Atoi(string(pdf[m[2]:m[3]]))
		if err != nil {
			continue
		}
		end := bytes.Index(pdf[m[1]:], []byte("endobj"))
		if end < 0 {
			continue
		}
		obj := pdf[m[1] : m[1]+end]
		t := elemType.FindSubmatch(obj)
		if t == nil {
			continue
		}
		e := &elem{typ: string(t[1])}
		if a := elemAttrs.FindSubmatch(obj); a != nil {
			e.attrs = refs(a[1])
		}
		if k := elemKids.FindSubmatch(obj); k != nil {
			e.kids = refs(k[1])
		}
		elems[n] = e
	}
	for n, e := range elems {
		if e.typ == "TR" {
			for _, k := range e.kids {
				parents[k] = n
			}
		}
	}
	rowHeader := func(th *elem, row *elem) bool {
		if len(th.kids) > 0 && elems[th.kids[0]] != nil && elems[th.kids[0]].typ == "Table#20Heading" {
			return true
		}
		if row != nil {
			for _, k := range row.kids {
				if elems[k] != nil && elems[k].typ == "TD" {
					return true
				}
			}
		}
		return false
	}
	scopes := map[int]int{} // attribute object → offset of its /Column
	for _, m := range tableAttrs.FindAllSubmatchIndex(pdf, -1) {
		n, err := strconv.Atoi(string(pdf[m[2]:m[3]]))
		end := bytes.Index(pdf[m[1]:], []byte("endobj"))
		if err != nil || end < 0 {
			continue
		}
		if s := columnScope.FindIndex(pdf[m[1] : m[1]+end]); s != nil {
			scopes[n] = m[1] + s[1] - len("/Column")
		}
	}
	var out []byte
	for n, e := range elems {
		if e.typ != "TH" || !rowHeader(e, elems[parents[n]]) {
			continue
		}
		for _, a := range e.attrs {
			if off, ok := scopes[a]; ok {
				if out == nil {
					out = append([]byte{}, pdf...)
				}
				copy(out[off:], "/Row   ")
			}
		}
	}
	if out == nil {
		return pdf
	}
	return out
}

// loDate matches the UTC dates LibreOffice writes, "(D:20261126020542Z')":
// PDF 32000-1 §7.9.4 wants "Z" followed by nothing or by "00'00'", and
// strict validators (pdfcpu) reject the file for the stray apostrophe.
var loDate = lazyregexp.New(`\(D:(\d{14})Z'\)`)

var (
	trailerInfo = lazyregexp.New(`/Info\s+(\d+)\s+0\s+R`)
	trailerRoot = lazyregexp.New(`/Root\s+(\d+)\s+0\s+R`)
	trailerSize = lazyregexp.New(`/Size\s+(\d+)`)
	trailerID   = lazyregexp.New(`/ID\s*\[[^\]]*\]`)
)

// fixDates corrects LibreOffice's UTC dates in the document information
// with an incremental update (allowed in PDF/A) that replaces the
// information dictionary, leaving every other byte as LibreOffice wrote
// it. The dates keep their value, so they still match the XMP metadata.
// A file it does not understand (e.g. with cross-reference streams) is
// returned unchanged.
func fixDates(pdf []byte) []byte {
	sx := bytes.LastIndex(pdf, []byte("startxref"))
	tr := bytes.LastIndex(pdf, []byte("trailer"))
	if sx < 0 || tr < 0 || tr > sx {
		return pdf
	}
	trailer := pdf[tr:sx]
	info, root, size := trailerInfo.FindSubmatch(trailer), trailerRoot.FindSubmatch(trailer), trailerSize.FindSubmatch(trailer)
	if info == nil || root == nil || size == nil {
		return pdf
	}
	prev := strings.Fields(string(pdf[sx+len("startxref"):]))
	if len(prev) == 0 {
		return pdf
	}
	start := bytes.LastIndex(pdf, []byte("\n"+string(info[1])+" 0 obj"))
	if start < 0 {
		return pdf
	}
	start++
	end := bytes.Index(pdf[start:], []byte("endobj"))
	if end < 0 {
		return pdf
	}
	obj := pdf[start : start+end]
	if !loDate.Match(obj) {
		return pdf
	}
	fixed := loDate.ReplaceAll(obj, []byte("(D:${1}Z00'00')"))
	out := bytes.NewBuffer(append([]byte{}, pdf...))
	if !bytes.HasSuffix(pdf, []byte("\n")) {
		out.WriteByte('\n')
	}
	off := out.Len()
	out.Write(fixed)
	out.WriteString("endobj\n")
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 1\n0000000000 65535 f \n%s 1\n%010d 00000 n \ntrailer\n<< /Size %s /Root %s 0 R /Info %s 0 R /Prev %s",
		info[1], off, size[1], root[1], info[1], prev[0])
	if id := trailerID.Find(trailer); id != nil {
		out.WriteString(" ")
		out.Write(id)
	}
	fmt.Fprintf(out, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

func findSoffice() (string, error) {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoLibreOffice
}
