package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prosessplan/go-prosessplan/internal/validate"
	"github.com/prosessplan/go-prosessplan/render/docx/internal/mktemplate"
)

// entry is one zip entry of a template under test.
type entry struct {
	name string
	data []byte
	// raw, when set, is written as the entry's compressed bytes with
	// claim as its declared uncompressed size.
	raw   []byte
	claim uint64
}

func entriesOf(t testing.TB, tmpl []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(tmpl), int64(len(tmpl)))
	if err != nil {
		t.Fatal(err)
	}
	var es []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, entry{name: f.Name, data: b})
	}
	return es
}

// zipEntries writes es as a zip, names and sizes as given, however wrong.
func zipEntries(t testing.TB, es []entry) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	mod := time.Date(2017, 12, 1, 8, 0, 0, 0, time.UTC)
	for _, e := range es {
		if e.raw != nil {
			w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod,
				CRC32: crc32.ChecksumIEEE(make([]byte, e.claim)), CompressedSize64: uint64(len(e.raw)), UncompressedSize64: e.claim})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(e.raw)
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// edited returns the template with f applied to its entries.
func edited(t testing.TB, tmpl []byte, f func([]entry) []entry) []byte {
	t.Helper()
	return zipEntries(t, f(entriesOf(t, tmpl)))
}

// withPart adds an entry.
func withPart(name string, data []byte) func([]entry) []entry {
	return func(es []entry) []entry { return append(es, entry{name: name, data: data}) }
}

// replacing changes the data of the entry name.
func replacing(name string, f func([]byte) []byte) func([]entry) []entry {
	return func(es []entry) []entry {
		for i := range es {
			if es[i].name == name {
				es[i].data = f(es[i].data)
			}
		}
		return es
	}
}

// afterDecl inserts s after the XML declaration of a part.
func afterDecl(s string) func([]byte) []byte {
	return func(b []byte) []byte {
		i := bytes.Index(b, []byte("?>")) + 2
		return append(append(append([]byte{}, b[:i]...), s...), b[i:]...)
	}
}

// deflateBomb returns a deflate stream of n MiB of zeros, about a
// thousandth of that in size, made without compressing n MiB: a flushed
// block of zeros decodes the same after any run of zeros, so it is repeated.
func deflateBomb(n int) []byte {
	var out bytes.Buffer
	fw, _ := flate.NewWriter(&out, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	fw.Write(zeros)
	fw.Flush()
	first := out.Len()
	fw.Write(zeros)
	fw.Flush()
	chunk := append([]byte{}, out.Bytes()[first:]...)
	for i := 2; i < n; i++ {
		out.Write(chunk)
	}
	out.Write([]byte{0x03, 0x00}) // final empty block
	return out.Bytes()
}

// noReads is a template that must not be read at all.
type noReads struct{ t *testing.T }

func (r noReads) ReadAt([]byte, int64) (int, error) {
	r.t.Error("the template was read although its size is over the limit")
	return 0, io.ErrUnexpectedEOF
}

// TestHostileTemplates: each template that would pass something hostile
// into the output (or exhaust the machine) is refused with an error that
// names the part, before anything is written.
func TestHostileTemplates(t *testing.T) {
	good := readTemplate(t, "kommunemal.dotx")
	const rels = "word/_rels/document.xml.rels"
	deep := []byte(`<?xml version="1.0" encoding="utf-8"?>` + strings.Repeat("<a>", 20000) + strings.Repeat("</a>", 20000))
	for _, tc := range []struct {
		name  string
		data  []byte
		want  error
		part  string
		words string
	}{
		{"path traversal", edited(t, good, withPart("../../../../x.txt", []byte("x"))), ErrUnsafe, "../../../../x.txt", "leaves its folder"},
		{"windows path", edited(t, good, withPart(`C:\Windows\evil.txt`, []byte("x"))), ErrUnsafe, `C:\Windows\evil.txt`, "backslash"},
		{"drive letter", edited(t, good, withPart(`C:/Windows/evil.txt`, []byte("x"))), ErrUnsafe, `C:/Windows/evil.txt`, "drive letter"},
		{"absolute name", edited(t, good, withPart("/etc/evil.xml", []byte("<x/>"))), ErrUnsafe, "/etc/evil.xml", "absolute"},
		{"relationship out of the package", edited(t, good, replacing(rels, func(b []byte) []byte {
			return bytes.Replace(b, []byte("</Relationships>"), []byte(`<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../../word/document.xml"/></Relationships>`), 1)
		})), ErrUnsafe, rels, "outside the package"},
		{"relationship to a missing part", edited(t, good, replacing(rels, func(b []byte) []byte {
			return bytes.Replace(b, []byte("</Relationships>"), []byte(`<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/finnes-ikke.png"/></Relationships>`), 1)
		})), ErrNotWord, rels, "missing"},
		{"external entity in the document", edited(t, good, replacing("word/document.xml",
			afterDecl(`<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`))), ErrUnsafe, "word/document.xml", "document type declaration"},
		{"doctype in a part copied as it is", edited(t, good, replacing("customXml/item1.xml",
			afterDecl(`<!DOCTYPE kommunemal>`))), ErrUnsafe, "customXml/item1.xml", "document type declaration"},
		{"entity in the relationships", edited(t, good, replacing("_rels/.rels",
			afterDecl(`<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]>`))), ErrUnsafe, "_rels/.rels", "document type declaration"},
		{"20,000 levels deep", edited(t, good, replacing("customXml/item1.xml", func([]byte) []byte { return deep })), ErrUnsafe, "customXml/item1.xml", "nested more than"},
		{"inflates to 1 GiB", edited(t, good, func(es []entry) []entry {
			for i := range es {
				if es[i].name == "word/media/image1.png" {
					es[i] = entry{name: es[i].name, raw: deflateBomb(1024), claim: 1000}
				}
			}
			return es
		}), ErrTooLarge, "word/media/image1.png", "more than the 1000 bytes it claims"},
		{"duplicate names", edited(t, good, func(es []entry) []entry {
			return append(es, entry{name: "word/styles.xml", data: []byte("<x/>")})
		}), ErrNotWord, "word/styles.xml", "two parts"},
		{"names differing in case", edited(t, good, withPart("Word/Styles.xml", []byte("<x/>"))), ErrNotWord, "Word/Styles.xml", "two parts"},
		{"duplicate content type", edited(t, good, replacing("[Content_Types].xml", func(b []byte) []byte {
			return bytes.Replace(b, []byte("</Types>"), []byte(`<Override PartName="/word/styles.xml" ContentType="application/xml"/></Types>`), 1)
		})), ErrNotWord, "[Content_Types].xml", "two entries"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w failWriter
			err := Write(&w, sampleDoc(5), WithTemplate(bytes.NewReader(tc.data), int64(len(tc.data))))
			if !errors.Is(err, tc.want) {
				t.Fatalf("Write = %v, want %v", err, tc.want)
			}
			var te *TemplateError
			if !errors.As(err, &te) || te.Part != tc.part {
				t.Errorf("error %v: part %q, want %q", err, te.Part, tc.part)
			}
			if !strings.Contains(err.Error(), tc.words) {
				t.Errorf("error %q does not say %q", err, tc.words)
			}
			if w.n != 0 {
				t.Errorf("wrote %d bytes despite the error", w.n)
			}
		})
	}
	t.Run("file over the size limit", func(t *testing.T) {
		err := Write(io.Discard, sampleDoc(1), WithTemplate(noReads{t}, MaxTemplateSize+1))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "at most 67108864") {
			t.Errorf("Write = %v, want ErrTooLarge naming the limit", err)
		}
	})
}

// cleanedCase is a template with what no output may hold, which the
// writer leaves out or mends.
type cleanedCase struct {
	name, file string
	data       []byte
	check      func(t *testing.T, ps map[string][]byte)
}

func cleanedCases(t testing.TB, good []byte) []cleanedCase {
	cs := []cleanedCase{
		{name: "dangling styles override", data: edited(t, good, func(es []entry) []entry {
			// The styles part and its relationship are gone; its
			// Override in [Content_Types].xml stayed.
			var out []entry
			for _, e := range es {
				switch e.name {
				case "word/styles.xml":
					continue
				case "word/_rels/document.xml.rels":
					e.data = bytes.Replace(e.data, []byte(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`), nil, 1)
				}
				out = append(out, e)
			}
			return out
		}), check: func(t *testing.T, ps map[string][]byte) {
			if n := strings.Count(string(ps["[Content_Types].xml"]), `PartName="/word/styles.xml"`); n != 1 {
				t.Errorf("%d Overrides for /word/styles.xml, want 1", n)
			}
			if _, ok := ps["word/styles.xml"]; !ok {
				t.Error("no styles part added")
			}
		}},
		{name: "directory entries", data: edited(t, good, func(es []entry) []entry {
			return append([]entry{{name: "word/"}, {name: "customXml/"}}, es...)
		}), check: func(t *testing.T, ps map[string][]byte) {
			for name := range ps {
				if strings.HasSuffix(name, "/") {
					t.Errorf("directory entry %q in the output", name)
				}
			}
		}},
	}
	for i := range cs {
		cs[i].file = "renset-" + strings.ReplaceAll(cs[i].name, " ", "-") + ".docx"
	}
	return cs
}

// TestCleanedTemplates: what a template may hold that no output may is
// left out or mended, and the output passes validate-ooxml and LibreOffice.
func TestCleanedTemplates(t *testing.T) {
	for _, tc := range cleanedCases(t, readTemplate(t, "kommunemal.dotx")) {
		t.Run(tc.name, func(t *testing.T) {
			r := office(t, tc.file, "Bakgrunn og formål", "Med hilsen")
			tc.check(t, parts(t, r.data))
			validate.OOXML(t, r.path)
		})
	}
}

// TestDeflateBomb checks the test's own zip bomb: it really inflates to
// what it should.
func TestDeflateBomb(t *testing.T) {
	fr := flate.NewReader(bytes.NewReader(deflateBomb(4)))
	n, err := io.Copy(io.Discard, fr)
	if err != nil || n != 4<<20 {
		t.Fatalf("bomb inflates to %d bytes (%v), want %d", n, err, 4<<20)
	}
}

// A template given without a placeholder option gets the content in place
// of its {{innhold}} paragraph, before its closing text; a template
// without the marker gets it at the end of its body.
func TestDefaultPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		template   string
		beforeLast bool // content before the closing text
	}{
		{"kommunemal.dotx", true},
		{"kommunemal-bokmerke.docx", false},
	} {
		t.Run(tc.template, func(t *testing.T) {
			tmpl := readTemplate(t, tc.template)
			var b bytes.Buffer
			if err := Write(&b, sampleDoc(3), WithTemplate(bytes.NewReader(tmpl), int64(len(tmpl)))); err != nil {
				t.Fatal(err)
			}
			doc := string(parts(t, b.Bytes())["word/document.xml"])
			text := squash(regexpTags.ReplaceAllString(doc, ""))
			if strings.Contains(text, "{{inn") || strings.Contains(text, DefaultPlaceholder) {
				t.Error("the marker is still in the document")
			}
			ours, closing := strings.Index(text, "Bakgrunn og formål"), strings.Index(text, mktemplate.Closing)
			if ours < 0 || closing < 0 || (ours < closing) != tc.beforeLast {
				t.Errorf("content at %d, closing text at %d; want content before the closing: %v", ours, closing, tc.beforeLast)
			}
		})
	}
}

// regexpTags matches XML tags, to read a part's text.
var regexpTags = regexp.MustCompile(`<[^>]*>`)
