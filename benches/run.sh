#!/usr/bin/env bash
# End-to-end benchmark of the styrdok binary at scale (issue 8).
#
#   benches/run.sh [--scale small|medium|full] [--docs N] [--items N] [--work DIR]
#                  [--results FILE] [--pdf-sample N] [--segment-mb N] [--passes N] [--no-pg]
#
#   small   1 000 documents (~15 MB of text, ~35 000 items); finishes in well under 5 minutes
#   medium  10 000 documents (~150 MB, ~350 000 items)
#   full    documents until 1 000 000 items (~26 000 documents, ~400 MB): the scale of the targets
#   --docs N / --items N override the scale (e.g. --docs 100000 for the 100k-document corpus)
#
# Steps (each timed with /usr/bin/time, so wall time and peak RSS are whole-process figures):
#   1. generate the corpus with examples/gen_corpus.rs (seeded; cached under --work)
#   2. segment:  styrdok extract TEXT --format jsonl with RAYON_NUM_THREADS=1 -> MB/s per core
#                (on the first shard folders holding --segment-mb MB, default 60)
#   3. ingest:   styrdok ingest TEXT --index IDX (both cores)           -> MB/s, peak RSS, size
#   4. export:   styrdok export --index IDX --format csv                 -> peak RSS
#   5. query:    examples/query_latency.rs opens the index once and times every query of
#                benches/data/queries.txt (items only, top 10) -> p50/p99
#   6. postgres: benches/pg.sh loads the exported items, swedish config + GIN, same queries
#   7. pdf:      styrdok text vs pdftotext on the same PDFs, one process per file, one at a
#                time (= per core), plus ordered word recall against the generator's truth
#
# Prints a markdown table on stdout and writes bench-results.json (--results). Progress goes
# to stderr. Installs missing Debian tools (time, poppler-utils, postgresql) when run as root.
set -uo pipefail
# The whole script is one compound command, so bash reads all of it before running any: editing
# run.sh during a long run cannot change the run.
{

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
scale=small
docs=""
items=""
work=/tmp/styrdok-bench
results=$repo/bench-results.json
pdf_sample=300
segment_mb=60
passes=5
run_pg=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --scale) scale=$2; shift 2 ;;
        --docs) docs=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --results) results=$2; shift 2 ;;
        --pdf-sample) pdf_sample=$2; shift 2 ;;
        --segment-mb) segment_mb=$2; shift 2 ;;
        --passes) passes=$2; shift 2 ;;
        --no-pg) run_pg=0; shift ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
# The label in the report: the scale, or the sizes asked for when --docs/--items override it.
label=$scale
[[ -n $docs || -n $items ]] && label="custom (--docs ${docs:-default}${items:+ --items $items})"
case $scale in
    small) : "${docs:=1000}" ;;
    medium) : "${docs:=10000}" ;;
    full) : "${docs:=60000}"; : "${items:=1000000}" ;;
    *) echo "run.sh: --scale is small, medium or full" >&2; exit 2 ;;
esac

log() { echo "run.sh: $*" >&2; }
mkdir -p "$work"
kv=$work/results.kv
: >"$kv"
put() { echo "$1=$2" >>"$kv"; }

need_deb() { # command package
    command -v "$1" >/dev/null 2>&1 && return 0
    if [[ $(id -u) -eq 0 ]]; then
        log "installing $2"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1 ||
            { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1; }
    fi
    command -v "$1" >/dev/null 2>&1 || { log "missing $1 (Debian package $2)"; return 1; }
}
need_deb /usr/bin/time time || exit 2
need_deb python3 python3 || exit 2
have_pdftotext=1
need_deb pdftotext poppler-utils || have_pdftotext=0

# Runs a command under /usr/bin/time; sets $wall (s), $cpu_s (user + system) and $rss_mb. stdout goes to $out_file.
timed() { # name out_file cmd...
    local name=$1 outf=$2
    shift 2
    /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$@" >"$outf" 2>"$work/$name.err"
    local rc=$?
    wall=$(tail -1 "$work/$name.time" | awk '{print $1}')
    rss_kb=$(tail -1 "$work/$name.time" | awk '{print $2}')
    rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
    cpu_s=$(tail -1 "$work/$name.time" | awk '{ printf "%.2f", $3 + $4 }')
    if [[ $rc -ne 0 ]]; then
        log "$name failed (exit $rc): $(grep -v '^Command exited' "$work/$name.err" | tail -3 | tr '\n' ' ')"
    fi
    return $rc
}
per_s() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "" }'; }

# 1. Build and generate ------------------------------------------------------------------------
log "building (release)"
examples=(--example gen_corpus)
[[ -f $repo/examples/query_latency.rs ]] && examples+=(--example query_latency)
(cd "$repo" && cargo build --release --quiet --bin styrdok "${examples[@]}") || { log "build failed"; exit 2; }
# The commit the binaries are built from (a "+" marks uncommitted changes).
put commit "$(cd "$repo" && git rev-parse --short HEAD 2>/dev/null)$(cd "$repo" && git diff --quiet HEAD -- src examples Cargo.toml 2>/dev/null || echo +)"
# Copies, so that a rebuild during a long run cannot swap the binary between steps.
mkdir -p "$work/bin"
for b in styrdok examples/gen_corpus examples/query_latency; do
    [[ -x $repo/target/release/$b ]] && cp "$repo/target/release/$b" "$work/bin/"
done
bin=$work/bin/styrdok
gen=$work/bin/gen_corpus
ql=$work/bin/query_latency
[[ -f $repo/examples/query_latency.rs ]] || rm -f "$ql"

corpus=$work/corpus-d${docs}${items:+-i$items}
if [[ ! -f $corpus/summary.json ]]; then
    log "generating $docs documents${items:+ (stopping at $items items)} into $corpus"
    rm -rf "$corpus"
    "$gen" --docs "$docs" ${items:+--items "$items"} --out "$corpus" >/dev/null || exit 2
else
    log "reusing corpus $corpus"
fi
sum() { python3 -c "import json,sys; print(json.load(open('$corpus/summary.json'))['$1'])"; }
text_bytes=$(sum text_bytes)
put docs "$(sum docs)"
put text_docs "$(sum text_docs)"
put pdf_docs "$(sum pdf_docs)"
put text_bytes "$text_bytes"
put generated_items "$(sum text_items)"
mb=$(awk -v b="$text_bytes" 'BEGIN { printf "%.3f", b / 1e6 }')
log "corpus: $(sum docs) documents, $(sum text_docs) text ($mb MB), $(sum pdf_docs) PDF, $(sum text_items) items in the text files"

# 2. Segment ----------------------------------------------------------------------------------
# Throughput per core does not depend on corpus size: on a large corpus, segment the first
# shard folders holding at least --segment-mb MB.
seg_dirs=()
seg_bytes=0
for d in "$corpus"/text/s*/; do
    seg_dirs+=("$d")
    seg_bytes=$((seg_bytes + $(du -sb --exclude=manifest.csv "$d" | awk '{print $1}')))
    [[ $seg_bytes -ge $((segment_mb * 1000000)) ]] && break
done
seg_mb=$(awk -v b="$seg_bytes" 'BEGIN { printf "%.3f", b / 1e6 }')
put segment_input_bytes "$seg_bytes"
log "segment: styrdok extract (1 thread) on ${#seg_dirs[@]} folder(s), $seg_mb MB"
if RAYON_NUM_THREADS=1 timed extract "$work/extract.jsonl" "$bin" extract "${seg_dirs[@]}" --format jsonl; then
    put segment_s "$wall"
    put segment_cpu_s "$cpu_s"
    put segment_mb_per_cpu_s "$(per_s "$seg_mb" "$cpu_s")"
    put segment_mb_per_s "$(per_s "$seg_mb" "$wall")"
    put extract_items "$(wc -l <"$work/extract.jsonl")"
fi
rm -f "$work/extract.jsonl"

# 3. Ingest -----------------------------------------------------------------------------------
index=$work/index
rm -rf "$index"
log "ingest: styrdok ingest (all cores)"
if timed ingest /dev/null "$bin" ingest "$corpus/text" --index "$index"; then
    put ingest_s "$wall"
    put ingest_cpu_s "$cpu_s"
    put text_mb_per_cpu_s "$(per_s "$mb" "$cpu_s")"
    put text_mb_per_s "$(per_s "$mb" "$wall")"
    put ingest_peak_rss_mb "$rss_mb"
    put index_bytes "$(du -sb "$index" | awk '{print $1}')"
fi

# 4. Export -----------------------------------------------------------------------------------
items_csv=$work/items.csv
log "export: styrdok export --format csv"
export_ok=0
if timed export "$items_csv" "$bin" export --index "$index" --format csv; then
    export_ok=1
    export_source="index"
else
    log "export from the index failed; exporting from the files instead (reads and segments them)"
    if timed export "$items_csv" "$bin" export "$corpus/text" --format csv; then
        export_ok=1
        export_source="files (styrdok export TEXT, no index)"
    fi
fi
if [[ $export_ok -eq 1 ]]; then
    put export_s "$wall"
    put export_peak_rss_mb "$rss_mb"
    put exported_items "$(python3 -c "import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8-sig'))))" "$items_csv")"
    put export_source "$export_source"
    put pg_source "styrdok export from $export_source"
else
    log "export unavailable: PostgreSQL gets the generator's items.csv instead"
    items_csv=$corpus/items.csv
    put pg_source "generator items.csv (text documents and PDFs)"
fi

# 5. Query latency ----------------------------------------------------------------------------
queries=$here/data/queries.txt
if [[ -d $index ]]; then
    if [[ -x $ql ]]; then
        log "query: in-process latency ($passes passes)"
        if "$ql" --index "$index" --queries "$queries" --passes "$passes" >"$work/ql.json" 2>"$work/ql.err"; then
            python3 - "$work/ql.json" >>"$kv" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("query_p50_ms", "query_p99_ms", "query_mean_ms", "queries_timed", "query_open_ms",
          "queries_without_matches", "query_cpu_p50_ms", "query_cpu_p99_ms"):
    if k in d:
        print(f"{k}={d[k]}")
print("query_method=in-process (examples/query_latency.rs)")
PY
        else
            log "query_latency failed: $(tail -3 "$work/ql.err")"
        fi
    else
        log "query: no examples/query_latency.rs; timing one styrdok search process per query"
        python3 "$here/spawn_latency.py" "$bin" "$index" "$queries" "$passes" >>"$kv" || log "search failed"
    fi
fi

# 6. PostgreSQL -------------------------------------------------------------------------------
if [[ $run_pg -eq 1 && -s $items_csv ]]; then
    log "postgres: loading $items_csv"
    if bash "$here/pg.sh" "$items_csv" "$queries" "$work/pg.json" "$passes" 2>"$work/pg.err"; then
        python3 - "$work/pg.json" >>"$kv" <<'PY'
import json, sys
for k, v in json.load(open(sys.argv[1])).items():
    print(f"{k}={v}")
PY
    else
        log "pg.sh failed: $(tail -5 "$work/pg.err")"
    fi
fi

# 7. PDF ------------------------------------------------------------------------------------------
mapfile -t pdfs < <(find "$corpus/pdf" -name '*.pdf' 2>/dev/null | sort | head -n "$pdf_sample")
if [[ ${#pdfs[@]} -gt 0 ]]; then
    printf '%s\n' "${pdfs[@]}" >"$work/pdfs.txt"
    pages=$(python3 "$here/pdf_pages.py" "$work/pdfs.txt")
    put pdf_files "${#pdfs[@]}"
    put pdf_pages "$pages"
    rm -rf "$work/pdf-styrdok" "$work/pdf-pdftotext" "$work"/pdf-*.failed
    mkdir -p "$work/pdf-styrdok" "$work/pdf-pdftotext"
    log "pdf: styrdok text on ${#pdfs[@]} PDFs ($pages pages), one process per file"
    cat >"$work/pdf-styrdok.sh" <<SH
while IFS= read -r f; do "$bin" text "\$f" >"$work/pdf-styrdok/\$(basename "\$f" .pdf).txt" 2>/dev/null || echo "\$f" >>"$work/pdf-styrdok.failed"; done <"$work/pdfs.txt"
SH
    if timed pdf_styrdok /dev/null bash "$work/pdf-styrdok.sh"; then
        put pdf_s "$wall"
        put pdf_pages_per_s "$(per_s "$pages" "$wall")"
        put pdf_pages_per_cpu_s "$(per_s "$pages" "$cpu_s")"
    fi
    put pdf_failed "$(cat "$work/pdf-styrdok.failed" 2>/dev/null | wc -l)"
    if [[ $have_pdftotext -eq 1 ]]; then
        log "pdf: pdftotext $(pdftotext -v 2>&1 | head -1 | awk '{print $3}') on the same files"
        cat >"$work/pdf-pdftotext.sh" <<SH
while IFS= read -r f; do pdftotext "\$f" "$work/pdf-pdftotext/\$(basename "\$f" .pdf).txt" 2>/dev/null || echo "\$f" >>"$work/pdf-pdftotext.failed"; done <"$work/pdfs.txt"
SH
        if timed pdf_pdftotext /dev/null bash "$work/pdf-pdftotext.sh"; then
            put pdftotext_s "$wall"
            put pdftotext_pages_per_s "$(per_s "$pages" "$wall")"
            put pdftotext_pages_per_cpu_s "$(per_s "$pages" "$cpu_s")"
        fi
        put pdftotext_failed "$(cat "$work/pdf-pdftotext.failed" 2>/dev/null | wc -l)"
    fi
    python3 "$here/pdf_fidelity.py" "$corpus/pdf_truth" "$work/pdf-styrdok" "$work/pdf-pdftotext" 50 >>"$kv" ||
        log "fidelity check failed"
fi

# Report --------------------------------------------------------------------------------------
put scale "$label"
put date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
put cpus "$(nproc)"
put load_avg "$(cut -d' ' -f1-3 /proc/loadavg)"
put cpu_model "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
python3 "$here/report.py" "$kv" "$results"
log "wrote $results"
exit 0
}
