#!/usr/bin/env bash
# PostgreSQL full-text search baseline for benches/run.sh (issue 8).
#
#   benches/pg.sh ITEMS.csv QUERIES.txt OUT.json [PASSES]
#
# Starts a throw-away PostgreSQL cluster in a temporary folder (Unix socket only, no TCP),
# loads ITEMS.csv (any CSV with a header that has at least the columns `id` and `text`, e.g.
# `styrdok export --format csv` or the generator's items.csv), builds a `tsvector` column with
# the `swedish` text search configuration and a GIN index over it, then runs every query of
# QUERIES.txt (one per line, `#` comments) PASSES times (default 5, after one warm-up pass) in
# ONE psql session with \timing, as a ranked top-10:
#
#   SELECT id, municipality, kind, left(text, 200) FROM items, websearch_to_tsquery('swedish', Q) q
#   WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 10
#
# and writes pg_query_p50_ms, pg_query_p99_ms and load figures to OUT.json. Installs PostgreSQL
# from Debian if it is missing (needs root). Run as root, the server runs as the `postgres` user.
set -euo pipefail

items=$(realpath "$1")
queries=$(realpath "$2")
out=$3
passes=${4:-5}

log() { echo "pg.sh: $*" >&2; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
    log "installing postgresql from Debian"
    if [[ $(id -u) -ne 0 ]]; then
        log "PostgreSQL is missing and this is not root: apt-get install -y postgresql"
        exit 2
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

work=$(mktemp -d /tmp/styrdok-pg.XXXXXX)
chmod 755 "$work"
port=$((54000 + RANDOM % 1000))
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres "$work"
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
cleanup() {
    as_pg "'$pgbin/pg_ctl' -D '$work/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

as_pg "'$pgbin/initdb' -D '$work/data' -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
# Memory settings sized for a 24 GB machine, so PostgreSQL is not starved by its defaults.
as_pg "'$pgbin/pg_ctl' -D '$work/data' -l '$work/server.log' -w \
    -o \"-k '$work' -p $port -c listen_addresses='' -c shared_buffers=1GB -c work_mem=64MB \
    -c maintenance_work_mem=1GB -c effective_cache_size=8GB -c max_parallel_workers_per_gather=2\" start" >/dev/null
psql=("$pgbin/psql" -h "$work" -p "$port" -d postgres -X -q -v ON_ERROR_STOP=1)

# The staging table takes every CSV column as text, named from the header, so any export
# format with `id` and `text` columns loads.
header=$(head -1 "$items" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//')
cols=""
IFS=',' read -ra names <<<"$header"
for n in "${names[@]}"; do
    n=${n//\"/}
    cols+="${cols:+, }\"$n\" text"
done
for need in id text; do
    [[ ",$header," == *",$need,"* ]] || { log "$items has no '$need' column"; exit 2; }
done
[[ ",$header," == *",municipality,"* ]] || cols+=", municipality text"
[[ ",$header," == *",kind,"* ]] || cols+=", kind text"

cp "$items" "$work/items.csv"
sql="$work/load.sql"
cat >"$sql" <<SQL
\\timing on
CREATE TABLE items ($cols);
\\copy items ($(IFS=,; echo "${names[*]}" | sed 's/"//g')) FROM '$work/items.csv' WITH (FORMAT csv, HEADER true)
ALTER TABLE items ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED;
CREATE INDEX items_tsv ON items USING gin (tsv);
VACUUM ANALYZE items;
SELECT 'rows=' || count(*) FROM items;
SELECT 'table_bytes=' || pg_table_size('items');
SELECT 'index_bytes=' || pg_relation_size('items_tsv');
SQL
chmod -R a+rX "$work"
log "loading $(($(wc -l <"$items") - 1)) lines into PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}')"
start=$(date +%s.%N)
as_pg "$(printf '%q ' "${psql[@]}") -t -A -f '$sql'" >"$work/load.out"
load_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
rows=$(grep -o 'rows=[0-9]*' "$work/load.out" | cut -d= -f2)
table_bytes=$(grep -o 'table_bytes=[0-9]*' "$work/load.out" | cut -d= -f2)
index_bytes=$(grep -o 'index_bytes=[0-9]*' "$work/load.out" | cut -d= -f2)
log "loaded $rows rows in ${load_s}s (table $table_bytes B, GIN $index_bytes B)"

# One session: a warm-up pass, then PASSES timed passes. Query results go to /dev/null;
# \timing lines stay on stdout.
qsql="$work/queries.sql"
{
    echo '\o /dev/null'
    for pass in $(seq 0 "$passes"); do
        [[ $pass -eq 1 ]] && echo '\timing on'
        grep -v '^#' "$queries" | grep -v '^[[:space:]]*$' | while IFS= read -r q; do
            q=${q//\'/\'\'}
            echo "SELECT id, municipality, kind, left(text, 200) FROM items, websearch_to_tsquery('swedish', '$q') q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 10;"
        done
    done
} >"$qsql"
chmod a+r "$qsql"
as_pg "$(printf '%q ' "${psql[@]}") -f '$qsql'" >"$work/times.out"
grep -o 'Time: [0-9.]* ms' "$work/times.out" | awk '{print $2}' >"$work/times.txt"
n=$(wc -l <"$work/times.txt")
log "timed $n queries"

python3 - "$work/times.txt" "$out" <<PY
import json, sys
t = sorted(float(x) for x in open(sys.argv[1]) if x.strip())
def pct(p):
    # nearest-rank percentile
    import math
    return t[max(0, math.ceil(p / 100 * len(t)) - 1)]
res = {
    "pg_version": "$("$pgbin/postgres" --version | awk '{print $3}')",
    "pg_items": int("$rows"),
    "pg_load_s": round(float("$load_s"), 2),
    "pg_table_bytes": int("$table_bytes"),
    "pg_gin_bytes": int("$index_bytes"),
    "pg_queries_timed": len(t),
    "pg_query_p50_ms": round(pct(50), 3),
    "pg_query_p99_ms": round(pct(99), 3),
    "pg_query_mean_ms": round(sum(t) / len(t), 3),
}
json.dump(res, open(sys.argv[2], "w"), indent=2)
print(json.dumps(res, indent=2), file=sys.stderr)
PY
