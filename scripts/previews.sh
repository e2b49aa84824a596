#!/usr/bin/env bash
# Makes the README's pictures from the built-in example, so they show what
# the current code writes: the Gantt sheet of the workbook and the first
# page of the Word file (both through LibreOffice), and the chart page of
# the PDF.
#
#   scripts/previews.sh            writes docs/img/*.png
#
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftoppm pdftotext pdfinfo; do
	command -v "$tool" >/dev/null || { echo "previews.sh: $tool is missing" >&2; exit 1; }
done

dpi=${DPI:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/img

go run ./cmd/prosessplan render -o "$work/ut" -format xlsx,docx,pdf >"$work/files"
xlsx=$(grep '\.xlsx$' "$work/files" | head -1)
docx=$(grep '\.docx$' "$work/files" | head -1)
pdf=$(grep '\.pdf$' "$work/files" | head -1)

# A private LibreOffice profile, so a running LibreOffice does not interfere.
office() {
	soffice -env:UserInstallation="file://$work/profile" --headless \
		--convert-to pdf --outdir "$work/office" "$1" >/dev/null 2>&1
	echo "$work/office/$(basename "${1%.*}").pdf"
}

# page FILE.pdf WORD: the first page whose text holds WORD (else page 1).
page() {
	local n i
	n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
	for ((i = 1; i <= n; i++)); do
		if pdftotext -f "$i" -l "$i" "$1" - | grep -q "$2"; then
			echo "$i"
			return
		fi
	done
	echo 1
}

# png FILE.pdf PAGE NAME: one page as docs/img/NAME.png.
png() {
	pdftoppm -png -r "$dpi" -f "$2" -l "$2" -singlefile "$1" "docs/img/$3"
	echo "docs/img/$3.png"
}

# The sheet is printed to fit one page; a crop of its top left at a higher
# resolution shows the rows and bars readably.
pdftoppm -png -r 110 -f 1 -l 1 -x 0 -y 0 -W 1000 -H 560 -singlefile "$(office "$xlsx")" docs/img/gantt-xlsx
echo docs/img/gantt-xlsx.png
png "$(office "$docx")" 1 word-side
png "$pdf" "$(page "$pdf" Tegnforklaring)" pdf-gantt
