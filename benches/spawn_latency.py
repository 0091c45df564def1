"""Fallback query timing for benches/run.sh when examples/query_latency.rs is absent: one
`styrdok search` process per query, so process start and index opening are included.

    spawn_latency.py STYRDOK INDEX QUERIES PASSES

Prints `key=value` lines (query_p50_ms, query_p99_ms, ...)."""
import math
import subprocess
import sys
import time

binary, index, queries, passes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
qs = [q.strip() for q in open(queries, encoding="utf-8") if q.strip() and not q.startswith("#")]
kinds = []
for k in ("assignment", "decision", "goal", "commitment"):
    kinds += ["--kind", k]
times = []
for p in range(passes + 1):
    for q in qs:
        t0 = time.perf_counter()
        r = subprocess.run(
            [binary, "search", q, "--index", index, "--format", "jsonl", "--limit", "10", *kinds],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        dt = (time.perf_counter() - t0) * 1000
        if r.returncode != 0:
            sys.exit(f"styrdok search {q!r} failed: {r.stderr.decode(errors='replace')[-300:]}")
        if p > 0:  # pass 0 warms the page cache
            times.append(dt)
times.sort()
pct = lambda x: times[max(0, math.ceil(x / 100 * len(times)) - 1)]
print(f"query_p50_ms={pct(50):.3f}")
print(f"query_p99_ms={pct(99):.3f}")
print(f"query_mean_ms={sum(times) / len(times):.3f}")
print(f"queries_timed={len(times)}")
print("query_method=one styrdok search process per query (includes process start)")
