//! In-process query latency for the benchmarks (issue 8): opens an index once, runs every query
//! of a query file through `styrdok::query::search` several times and prints percentiles as
//! JSON on stdout. Timing one `styrdok search` process per query would mostly measure process
//! start and index opening, which a server or a notebook session pays once.
//!
//! ```text
//! cargo run --release --example query_latency -- --index /tmp/styrdok-bench/index \
//!     --queries benches/data/queries.txt --passes 5
//! ```
//!
//! Each query asks for the top 10 items (all four kinds), the same unit the PostgreSQL
//! comparison in `benches/pg.sh` searches; `--all` searches documents and passages too.
//! Pass 0 warms the caches and is not counted.

use clap::Parser;
use std::path::PathBuf;
use std::time::Instant;
use styrdok::index::Index;
use styrdok::model::{Filter, ItemKind};
use styrdok::query::{SearchRequest, search};

/// Time every query of a file against an index, in one process.
///
/// Example: `query_latency --index .styrdok/index --queries benches/data/queries.txt`
#[derive(Debug, Parser)]
struct Args {
    /// Index folder (made by `styrdok ingest`).
    #[arg(long)]
    index: PathBuf,
    /// Query file: one query a line, `#` starts a comment line.
    #[arg(long)]
    queries: PathBuf,
    /// Timed passes over the query set (after one warm-up pass).
    #[arg(long, default_value_t = 5)]
    passes: usize,
    /// Hits per query.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Search documents and passages as well as items.
    #[arg(long)]
    all: bool,
    /// Also print one line per query (median ms, total matches) on stderr.
    #[arg(long)]
    verbose: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let text = std::fs::read_to_string(&args.queries)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.queries.display()))?;
    let queries: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    anyhow::ensure!(
        !queries.is_empty(),
        "{}: no queries",
        args.queries.display()
    );
    let t0 = Instant::now();
    let index = Index::open(&args.index)?;
    let open_ms = t0.elapsed().as_secs_f64() * 1e3;
    let filter = Filter {
        kinds: if args.all {
            vec![]
        } else {
            ItemKind::ALL.to_vec()
        },
        ..Default::default()
    };
    let mut times = vec![];
    let mut cpu_times = vec![];
    let mut per_query: Vec<Vec<f64>> = vec![vec![]; queries.len()];
    let mut totals = vec![0usize; queries.len()];
    for pass in 0..=args.passes {
        for (i, q) in queries.iter().enumerate() {
            let req = SearchRequest {
                query: q.to_string(),
                filter: filter.clone(),
                limit: args.limit,
                facets: false,
            };
            let cpu0 = thread_cpu_ns();
            let t = Instant::now();
            let res = search(&index, &req).map_err(|e| anyhow::anyhow!("query {q:?}: {e}"))?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            let cpu_ms = match (cpu0, thread_cpu_ns()) {
                (Some(a), Some(b)) => Some(b.saturating_sub(a) as f64 / 1e6),
                _ => None,
            };
            // Use the result so the work cannot be skipped, and check it is sane.
            anyhow::ensure!(res.hits.len() <= args.limit.max(1), "too many hits");
            totals[i] = res.total;
            if pass > 0 {
                times.push(ms);
                cpu_times.extend(cpu_ms);
                per_query[i].push(ms);
            }
        }
    }
    if args.verbose {
        for (i, q) in queries.iter().enumerate() {
            let mut t = per_query[i].clone();
            t.sort_by(f64::total_cmp);
            eprintln!(
                "{:>9.3} ms  {:>8} matches  {q}",
                percentile(&t, 50.0),
                totals[i]
            );
        }
    }
    times.sort_by(f64::total_cmp);
    cpu_times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    let out = serde_json::json!({
        "queries": queries.len(),
        "queries_timed": times.len(),
        "query_open_ms": round3(open_ms),
        "query_p50_ms": round3(percentile(&times, 50.0)),
        "query_p99_ms": round3(percentile(&times, 99.0)),
        "query_max_ms": round3(times.last().copied().unwrap_or(0.0)),
        "query_mean_ms": round3(mean),
        "queries_without_matches": totals.iter().filter(|&&t| t == 0).count(),
        "query_cpu_p50_ms": round3(percentile(&cpu_times, 50.0)),
        "query_cpu_p99_ms": round3(percentile(&cpu_times, 99.0)),
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}

/// Nearest-rank percentile of sorted values (0 for none).
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// CPU time this thread has run (CLOCK_THREAD_CPUTIME_ID), in nanoseconds. On a shared machine
/// wall-clock latency includes time spent waiting for a core; the CPU time shows the work a
/// query itself costs. The search runs on the calling thread (tantivy's default executor).
fn thread_cpu_ns() -> Option<u64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass, which lives on our stack.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
