package docx

import (
	"strconv"
	"unicode/utf8"
)

// buf is an append-only XML byte buffer. The writer builds large bodies
// (10,000 table rows), so it appends to one slice instead of going through
// encoding/xml's encoder, and escapes with the same rules as xml.EscapeText.
type buf struct{ b []byte }

func (b *buf) s(s string) *buf { b.b = append(b.b, s...); return b }

func (b *buf) i(n int) *buf { b.b = strconv.AppendInt(b.b, int64(n), 10); return b }

// esc appends s escaped for XML text or a double-quoted attribute. Runes
// XML 1.0 forbids (control characters, broken UTF-8) are dropped: user text
// must never make the part unreadable.
func (b *buf) esc(s string) *buf {
	b.b = appendEsc(b.b, s)
	return b
}

func appendEsc(dst []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var rep string
			switch {
			case c == '<':
				rep = "&lt;"
			case c == '>':
				rep = "&gt;"
			case c == '&':
				rep = "&amp;"
			case c == '"':
				rep = "&quot;"
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				rep = ""
			default:
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			dst = append(dst, rep...)
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r == 0xFFFE || r == 0xFFFF {
			dst = append(dst, s[last:i]...)
			i += n
			last = i
			continue
		}
		i += n
	}
	return append(dst, s[last:]...)
}

// attr appends ` name="value"` with value escaped.
func (b *buf) attr(name, value string) *buf {
	b.b = append(b.b, ' ')
	b.b = append(b.b, name...)
	b.b = append(b.b, '=', '"')
	b.b = appendEsc(b.b, value)
	b.b = append(b.b, '"')
	return b
}

// val appends `<name w:val="value"/>`.
func (b *buf) val(name, value string) *buf {
	b.b = append(b.b, '<')
	b.b = append(b.b, name...)
	b.b = append(b.b, ` w:val="`...)
	b.b = appendEsc(b.b, value)
	b.b = append(b.b, `"/>`...)
	return b
}

func (b *buf) ival(name string, n int) *buf {
	b.b = append(b.b, '<')
	b.b = append(b.b, name...)
	b.b = append(b.b, ` w:val="`...)
	b.b = strconv.AppendInt(b.b, int64(n), 10)
	b.b = append(b.b, `"/>`...)
	return b
}

// isHex6 reports whether s is an RRGGBB colour.
func isHex6(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// hexColor returns s if it is an RRGGBB colour, else def.
func hexColor(s, def string) string {
	if len(s) == 7 && s[0] == '#' {
		s = s[1:]
	}
	if isHex6(s) {
		return s
	}
	return def
}
