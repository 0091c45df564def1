"""Turns the `key=value` lines benches/run.sh collected into bench-results.json and a markdown
table with the targets of issue 8 (and issue 5's latency and size targets).

    report.py RESULTS.kv OUT.json
"""
import json
import sys

raw = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if "=" in line:
        k, v = line.rstrip("\n").split("=", 1)
        raw[k] = v


def num(v):
    try:
        f = float(v)
        return int(f) if f.is_integer() and "." not in v else f
    except ValueError:
        return v


res = {k: num(v) for k, v in raw.items() if v != ""}


def ratio(a, b):
    if isinstance(res.get(a), (int, float)) and isinstance(res.get(b), (int, float)) and res[b]:
        return res[a] / res[b]
    return None


derived = {
    "pdf_speed_ratio": ratio("pdf_pages_per_s", "pdftotext_pages_per_s"),
    "query_p50_ratio": ratio("pg_query_p50_ms", "query_p50_ms"),
    "query_p99_ratio": ratio("pg_query_p99_ms", "query_p99_ms"),
    "index_to_text_ratio": ratio("index_bytes", "text_bytes"),
    "pdf_speed_ratio_cpu": ratio("pdf_pages_per_cpu_s", "pdftotext_pages_per_cpu_s"),
}
for k, v in derived.items():
    if v is not None:
        res[k] = round(v, 3)

json.dump(res, open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)


def fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def check(value, ok):
    if value is None:
        return "not measured"
    return "met" if ok(value) else "**missed**"


g = res.get
rows = [
    ("documents (text + PDF)", f"{fmt(g('docs'))} ({fmt(g('text_docs'))} + {fmt(g('pdf_docs'))})", "", ""),
    ("text_bytes", fmt(g("text_bytes")), "", ""),
    ("items written by the generator (text files)", fmt(g("generated_items")), "", ""),
    ("items found: export of the index (extract on the segment sample)", f"{fmt(g('exported_items'))} ({fmt(g('extract_items'))} in {fmt(g('segment_input_bytes'))} B)", "", ""),
    ("text_mb_per_s (ingest, 2 cores)", fmt(g("text_mb_per_s")), "≥ 50", check(g("text_mb_per_s"), lambda v: v >= 50)),
    ("ingest wall / CPU seconds", f"{fmt(g('ingest_s'))} / {fmt(g('ingest_cpu_s'))}", "", ""),
    ("text MB per CPU-second (ingest)", fmt(g("text_mb_per_cpu_s")), "≥ 25 (= 50 on 2 cores)", check(g("text_mb_per_cpu_s"), lambda v: v >= 25)),
    ("segment_mb_per_s (extract, 1 core)", fmt(g("segment_mb_per_s")), "≥ 100", check(g("segment_mb_per_s"), lambda v: v >= 100)),
    ("segment MB per CPU-second", fmt(g("segment_mb_per_cpu_s")), "≥ 100", check(g("segment_mb_per_cpu_s"), lambda v: v >= 100)),
    ("index_bytes", fmt(g("index_bytes")), "≤ 1.5 × text", check(g("index_to_text_ratio"), lambda v: v <= 1.5)),
    ("index / text", fmt(g("index_to_text_ratio")), "", ""),
    ("ingest_peak_rss_mb", fmt(g("ingest_peak_rss_mb")), "< 2048 at 1M items", check(g("ingest_peak_rss_mb"), lambda v: v < 2048)),
    ("export_peak_rss_mb", fmt(g("export_peak_rss_mb")), "< 200", check(g("export_peak_rss_mb"), lambda v: v < 200)),
    ("queries (of 50) without any match", fmt(g("queries_without_matches")), "", ""),
    ("query_p50_ms (styrdok)", fmt(g("query_p50_ms")), "≤ 5", check(g("query_p50_ms"), lambda v: v <= 5)),
    ("query_p99_ms (styrdok)", fmt(g("query_p99_ms")), "≤ 50", check(g("query_p99_ms"), lambda v: v <= 50)),
    ("styrdok query CPU time p50 / p99 ms", f"{fmt(g('query_cpu_p50_ms'))} / {fmt(g('query_cpu_p99_ms'))}", "", ""),
    ("pg_query_p50_ms (PostgreSQL)", fmt(g("pg_query_p50_ms")), "", ""),
    ("pg_query_p99_ms (PostgreSQL)", fmt(g("pg_query_p99_ms")), "", ""),
    ("PostgreSQL / styrdok p50", fmt(g("query_p50_ratio")), "≥ 10", check(g("query_p50_ratio"), lambda v: v >= 10)),
    ("PostgreSQL / styrdok p99", fmt(g("query_p99_ratio")), "≥ 10", check(g("query_p99_ratio"), lambda v: v >= 10)),
    ("pdf_pages_per_s (styrdok text, 1 core)", fmt(g("pdf_pages_per_s")), "", ""),
    ("pdftotext_pages_per_s (1 core)", fmt(g("pdftotext_pages_per_s")), "", ""),
    ("PDFs (pages) timed; failed styrdok / pdftotext", f"{fmt(g('pdf_files'))} ({fmt(g('pdf_pages'))}); {fmt(g('pdf_failed'))} / {fmt(g('pdftotext_failed'))}", "", ""),
    ("styrdok / pdftotext pages/s", fmt(g("pdf_speed_ratio")), "≥ 2", check(g("pdf_speed_ratio"), lambda v: v >= 2)),
    ("styrdok / pdftotext pages per CPU-second", fmt(g("pdf_speed_ratio_cpu")), "≥ 2", check(g("pdf_speed_ratio_cpu"), lambda v: v >= 2)),
    ("PDF word recall styrdok / pdftotext", f"{fmt(g('pdf_word_recall'))} / {fmt(g('pdftotext_word_recall'))}", "styrdok ≥ pdftotext",
     check(g("pdf_word_recall"), lambda v: isinstance(g("pdftotext_word_recall"), (int, float)) and v >= g("pdftotext_word_recall") - 0.005)),
]
print(f"Scale `{g('scale')}`, {g('date')}, {g('cpus')} × {g('cpu_model')}, load average at the end {g('load_avg')}, commit {g('commit')}")
print()
print("| metric | value | target | |")
print("|---|---:|---|---|")
for name, value, target, status in rows:
    print(f"| {name} | {value} | {target} | {status} |")
notes = [k for k in ("query_method", "export_source", "pg_source") if k in res]
if notes:
    print()
    for k in notes:
        print(f"- {k}: {res[k]}")
