package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// packageWriter is the zip writer excelize saves the workbook through. It
// compresses each part as excelize hands it over and writes the package to
// out, in name order, when excelize closes it:
//
//   - excelize hands its streamed sheets over in map order, so a workbook
//     with two of them would come out in random order, and the same plan
//     must give the same bytes;
//   - the parts go straight to out instead of into a buffer excelize keeps
//     of the whole file, and only their compressed bytes are kept;
//   - the fastest deflate level: the sheets are long runs of alike XML, which
//     it packs to about 1.3 times the size the default level gives, in less
//     than half the time.
type packageWriter struct {
	out   io.Writer
	parts []*part
	// fw compresses the part being written: excelize writes one part
	// after the other, so one compressor serves them all.
	fw *flate.Writer
	// done are parts compressed beforehand, by name: they replace what
	// excelize writes under that name.
	done map[string]*part
}

// part is one compressed member of the package.
type part struct {
	name string
	data bytes.Buffer
	fw   *flate.Writer // nil once the part is done
	crc  hash.Hash32
	size uint64
}

func (p *part) Write(b []byte) (int, error) {
	if p.fw == nil {
		return 0, errPartDone
	}
	p.crc.Write(b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

// errPartDone is the error of a write to a part after the next one was started.
var errPartDone = errors.New("xlsx: write to a finished part of the package")

func newPackageWriter(out io.Writer) *packageWriter { return &packageWriter{out: out} }

// replace puts p, a finished part, in the package as name, in place of what
// excelize writes under that name.
func (z *packageWriter) replace(name string, p *part) {
	if z.done == nil {
		z.done = map[string]*part{}
	}
	p.name = name
	z.done[name] = p
}

// Create ends the part before and starts a part named name.
func (z *packageWriter) Create(name string) (io.Writer, error) {
	if err := z.endPart(); err != nil {
		return nil, err
	}
	if p, ok := z.done[name]; ok {
		z.parts = append(z.parts, p)
		return io.Discard, nil
	}
	p := &part{name: name, crc: crc32.NewIEEE()}
	if z.fw == nil {
		fw, err := flate.NewWriter(&p.data, flate.BestSpeed)
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&p.data)
	}
	p.fw = z.fw
	z.parts = append(z.parts, p)
	return p, nil
}

// endPart flushes the last part's compressor.
func (z *packageWriter) endPart() error {
	if len(z.parts) == 0 {
		return nil
	}
	p := z.parts[len(z.parts)-1]
	if p.fw == nil {
		return nil
	}
	err := p.fw.Close()
	p.fw = nil
	return err
}

// AddFS is part of excelize.ZipWriter; the workbook never uses it.
func (z *packageWriter) AddFS(fs.FS) error { return excelize.ErrParameterInvalid }

// Close writes the package: its parts in reverse name order, the order
// excelize writes the parts it keeps in memory.
func (z *packageWriter) Close() error {
	if err := z.endPart(); err != nil {
		return err
	}
	sort.Slice(z.parts, func(i, j int) bool { return z.parts[i].name > z.parts[j].name })
	zw := zip.NewWriter(z.out)
	for _, p := range z.parts {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: p.name, Method: zip.Deflate, CRC32: p.crc.Sum32(),
			CompressedSize64: uint64(p.data.Len()), UncompressedSize64: p.size,
		})
		if err != nil {
			return err
		}
		if _, err := p.data.WriteTo(w); err != nil {
			return err
		}
	}
	return zw.Close()
}
