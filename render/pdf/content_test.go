package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/prosessplan/go-prosessplan/render"
)

// pdfFile reads the objects of a PDF as Write writes it: gopdf's
// objects, rewritten, then an incremental update, each with a
// cross-reference table.
type pdfFile struct {
	b    []byte
	offs map[int]int
}

func readPDF(t *testing.T, b []byte) *pdfFile {
	t.Helper()
	f := &pdfFile{b: b, offs: map[int]int{}}
	i := bytes.LastIndex(b, []byte("startxref\n"))
	if i < 0 {
		t.Fatal("no startxref")
	}
	end := bytes.IndexByte(b[i+10:], '\n')
	xref, err := strconv.Atoi(string(b[i+10 : i+10+end]))
	for err == nil {
		// Subsections "first count" of 20-byte entries, then the
		// trailer, which may point to the previous table.
		p := xref + len("xref\n")
		for !bytes.HasPrefix(b[p:], []byte("trailer")) {
			nl := bytes.IndexByte(b[p:], '\n')
			h := strings.Fields(string(b[p : p+nl]))
			if len(h) != 2 {
				t.Fatalf("xref at %d: %q", p, b[p:p+nl])
			}
			first, err1 := strconv.Atoi(h[0])
			n, err2 := strconv.Atoi(h[1])
			if err1 != nil || err2 != nil {
				t.Fatalf("xref at %d: %q", p, b[p:p+nl])
			}
			p += nl + 1
			for k := range n {
				e := b[p+20*k : p+20*k+20]
				if _, seen := f.offs[first+k]; !seen && e[17] == 'n' {
					f.offs[first+k], _ = strconv.Atoi(string(e[:10]))
				}
			}
			p += 20 * n
		}
		trailer := b[p:min(p+300, len(b))]
		m := regexp.MustCompile(`/Prev (\d+)`).FindSubmatch(trailer[:bytes.Index(trailer, []byte(">>"))])
		if m == nil {
			break
		}
		xref, err = strconv.Atoi(string(m[1]))
	}
	return f
}

// obj returns the dictionary (or other body) of object n.
func (f *pdfFile) obj(t *testing.T, n int) string {
	t.Helper()
	off, ok := f.offs[n]
	if !ok {
		t.Fatalf("no object %d", n)
	}
	head := strconv.Itoa(n) + " 0 obj\n"
	if !bytes.HasPrefix(f.b[off:], []byte(head)) {
		t.Fatalf("object %d: xref points to %q", n, f.b[off:min(off+20, len(f.b))])
	}
	body := f.b[off+len(head):]
	if s := bytes.Index(body, []byte("stream\n")); s >= 0 && s < bytes.Index(body, []byte("endobj")) {
		return string(body[:s])
	}
	return string(body[:bytes.Index(body, []byte("endobj"))])
}

// stream returns the data of stream object n, inflated.
func (f *pdfFile) stream(t *testing.T, n int) []byte {
	t.Helper()
	dict := f.obj(t, n)
	m := regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(dict)
	if m == nil {
		t.Fatalf("object %d has no /Length: %s", n, dict)
	}
	length, _ := strconv.Atoi(m[1])
	start := f.offs[n] + len(strconv.Itoa(n)+" 0 obj\n") + len(dict) + len("stream\n")
	data := f.b[start : start+length]
	if !strings.Contains(dict, "/FlateDecode") {
		return data
	}
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("object %d: %v", n, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("object %d: %v", n, err)
	}
	return out
}

func ref(t *testing.T, dict, key string) int {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(key) + `\s+(\d+) 0 R`).FindStringSubmatch(dict)
	if m == nil {
		t.Fatalf("no %s in %s", key, dict)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// Every page's content stream is there, draws its text, and marks it up
// as the structure tree says: the marked-content sequences of a page
// carry MCIDs 0, 1, 2 … in order, each with the structure type of the
// element the parent tree gives for it, that element lists the MCID on
// that page, and every text object is inside marked content (an MCID
// or an artifact). A lost or misplaced content stream, or MCIDs that do
// not match the tree, fail here without any outside tool.
func TestMarkedContentMatchesTree(t *testing.T) {
	s, prof := bodo(t)
	docs := map[string]*render.Document{
		"testdoc": testDocument(80),
		"tagdoc":  tagDoc(),
		"bodo":    render.Build(s, render.Options{Profile: prof}),
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, d); err != nil {
				t.Fatal(err)
			}
			checkMarkedContent(t, b.Bytes())
		})
	}
}

func checkMarkedContent(t *testing.T, b []byte) {
	f := readPDF(t, b)
	catalog := f.obj(t, 1)
	root := f.obj(t, ref(t, catalog, "/StructTreeRoot"))
	nums := f.obj(t, ref(t, root, "/ParentTree"))
	// "key [e 0 R …]" for a page, "key e 0 R" for a link annotation.
	parents := map[int][]int{}
	for _, m := range regexp.MustCompile(`(\d+) \[([^\]]*)\]`).FindAllStringSubmatch(nums[strings.Index(nums, "[")+1:], -1) {
		k, _ := strconv.Atoi(m[1])
		for _, r := range regexp.MustCompile(`(\d+) 0 R`).FindAllStringSubmatch(m[2], -1) {
			e, _ := strconv.Atoi(r[1])
			parents[k] = append(parents[k], e)
		}
		if _, ok := parents[k]; !ok {
			parents[k] = nil
		}
	}
	pages := regexp.MustCompile(`\d+ 0 R`).FindAllString(f.obj(t, 2)[strings.Index(f.obj(t, 2), "/Kids"):], -1)
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	mcRE := regexp.MustCompile(`(?m)^(?:/(\w+) <</MCID (\d+)>> BDC|/Artifact BMC|EMC|BT|ET)$`)
	mcrRE := regexp.MustCompile(`<< /Type /MCR /Pg (\d+) 0 R /MCID (\d+) >>`)
	for i, pr := range pages {
		pn, _ := strconv.Atoi(strings.Fields(pr)[0])
		pg := f.obj(t, pn)
		key, err := strconv.Atoi(regexp.MustCompile(`/StructParents (\d+)`).FindStringSubmatch(pg)[1])
		if err != nil || key != i {
			t.Fatalf("page %d: /StructParents %d", i+1, key)
		}
		content := f.stream(t, ref(t, pg, "/Contents"))
		if !bytes.Contains(content, []byte("] TJ\n")) {
			t.Errorf("page %d: no text drawn", i+1)
		}
		want, ok := parents[key]
		if !ok {
			t.Fatalf("page %d: not in the parent tree", i+1)
		}
		open, inText := false, false
		next := 0
		for _, m := range mcRE.FindAllSubmatch(content, -1) {
			switch tok := string(m[0]); {
			case tok == "BT":
				if !open {
					t.Errorf("page %d: text outside marked content", i+1)
				}
				inText = true
			case tok == "ET":
				inText = false
			case tok == "EMC":
				if !open || inText {
					t.Fatalf("page %d: EMC without a sequence, or in a text object", i+1)
				}
				open = false
			default:
				if open {
					t.Fatalf("page %d: nested marked content", i+1)
				}
				open = true
				if tok == "/Artifact BMC" {
					continue
				}
				mcid, _ := strconv.Atoi(string(m[2]))
				if mcid != next {
					t.Fatalf("page %d: MCID %d, want %d", i+1, mcid, next)
				}
				next++
				if mcid >= len(want) {
					t.Fatalf("page %d: MCID %d, the parent tree has %d", i+1, mcid, len(want))
				}
				e := f.obj(t, want[mcid])
				if !strings.Contains(e, "/S /"+string(m[1])+" ") {
					t.Errorf("page %d: MCID %d is marked %s, its element is %s", i+1, mcid, m[1], e)
				}
				// The element lists the MCID: bare when /Pg is this page,
				// else as a marked-content reference.
				kids := e[strings.Index(e, "/K [")+4:]
				listed := false
				for _, r := range mcrRE.FindAllStringSubmatch(kids, -1) {
					listed = listed || r[1] == strconv.Itoa(pn) && r[2] == strconv.Itoa(mcid)
				}
				head := e[:strings.Index(e, "/K [")]
				if strings.Contains(head, "/Pg "+strconv.Itoa(pn)+" 0 R") {
					bare := regexp.MustCompile(`<<[^>]*>>|\d+ 0 R`).ReplaceAllString(kids, "")
					for _, tok := range strings.Fields(strings.Trim(bare, "] >\n")) {
						listed = listed || tok == strconv.Itoa(mcid)
					}
				}
				if !listed {
					t.Errorf("page %d: MCID %d is not a kid of its element %s", i+1, mcid, e)
				}
			}
		}
		if open {
			t.Errorf("page %d: marked content left open", i+1)
		}
		if next != len(want) {
			t.Errorf("page %d: %d MCIDs drawn, the parent tree has %d", i+1, next, len(want))
		}
	}
}
