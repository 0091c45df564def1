#!/usr/bin/env bash
# PDF text extraction speed: `styrdok text` against poppler's `pdftotext` on the same PDFs in
# one run, one file at a time on one core (both tools run as one process per file, in turn),
# printing pages per second for each and the ratio.
#
# Usage: benches/pdf_vs_pdftotext.sh [PDF or folder ...]     (default: ../shared/pdf/dev)
#   ROUNDS=5 benches/pdf_vs_pdftotext.sh                       (repeat the set; default 3)
#   STYRDOK=target/release/styrdok                             (binary; built with --release)
#
# Needs pdftotext and pdfinfo (Debian: apt-get install poppler-utils). Run on a quiet machine:
# the figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${STYRDOK:-target/release/styrdok}
ROUNDS=${ROUNDS:-3}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext not found (apt-get install poppler-utils)" >&2; exit 2; }
[ $# -gt 0 ] || set -- ../shared/pdf/dev
files=()
for a in "$@"; do
    if [ -d "$a" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$a" -name '*.pdf' | sort)
    else
        files+=("$a")
    fi
done
[ ${#files[@]} -gt 0 ] || { echo "no PDFs found" >&2; exit 2; }
pages=0
for f in "${files[@]}"; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
    pages=$((pages + ${n:-0}))
done
now() { date +%s.%N; }
# styrdok reads the PDF from stdin so that a manifest.csv beside the files plays no part.
t0=$(now)
for _ in $(seq "$ROUNDS"); do
    for f in "${files[@]}"; do "$BIN" text /dev/stdin < "$f" > /dev/null 2>&1 || true; done
done
t1=$(now)
for _ in $(seq "$ROUNDS"); do
    for f in "${files[@]}"; do pdftotext "$f" - > /dev/null 2>&1 || true; done
done
t2=$(now)
awk -v p="$pages" -v r="$ROUNDS" -v n="${#files[@]}" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
    s = b - a; q = c - b; tp = p * r;
    printf "files=%d pages=%d rounds=%d\n", n, p, r;
    printf "styrdok   %8.3f s  %8.1f pages/s\n", s, tp / s;
    printf "pdftotext %8.3f s  %8.1f pages/s\n", q, tp / q;
    printf "ratio (styrdok / pdftotext pages per second) = %.2f\n", q / s;
}'
