#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs: the bundled sample texts (also re-encoded as
# UTF-16 and windows-1252 when iconv is there) for decode_text and segment, and the shared
# development and malformed PDFs for pdf_extract. The seeds are not committed (see .gitignore).
#
# Usage: fuzz/seed.sh [SHARED_DIR]   (default: ../shared beside the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
shared="${1:-$repo/../shared}"
corpus="$here/corpus"
mkdir -p "$corpus/decode_text" "$corpus/segment" "$corpus/pdf_extract"

for f in "$repo"/corpus/*.txt; do
  name="$(basename "$f" .txt)"
  for t in decode_text segment; do
    cp "$f" "$corpus/$t/$name.txt"
    if command -v iconv >/dev/null; then
      iconv -f UTF-8 -t UTF-16 "$f" >"$corpus/$t/$name.utf16.txt" 2>/dev/null || true
      iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT "$f" >"$corpus/$t/$name.cp1252.txt" 2>/dev/null || true
    fi
  done
done

if [ -d "$shared/pdf" ]; then
  n=0
  for f in "$shared"/pdf/dev/*.pdf "$shared"/pdf/malformed/*; do
    [ -f "$f" ] || continue
    # Skip very large files: libFuzzer truncates inputs to -max_len anyway.
    [ "$(stat -c %s "$f")" -le 1048576 ] || continue
    cp "$f" "$corpus/pdf_extract/$(basename "$f")"
    n=$((n + 1))
  done
  echo "seeded pdf_extract with $n PDFs from $shared/pdf" >&2
else
  echo "no $shared/pdf: pdf_extract starts from an empty corpus" >&2
fi
for t in decode_text segment pdf_extract; do
  echo "$t: $(ls "$corpus/$t" | wc -l) seeds" >&2
done
