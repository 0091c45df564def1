//! Cross-municipality comparison over plain structs: items in ([`ItemRecord`]), a
//! [`Comparison`] out. Formatting (table, CSV, JSON, HTML) lives in [`report`].
//!
//! What is computed, for the municipalities of the items (items without a municipality are
//! counted but left out, since they cannot be placed):
//!
//! 1. **Themes × municipalities** ([`ThemeMatrix`]): items per theme of an editable lexicon
//!    ([`Themes`]), as counts and shares of the municipality's items, overall and by kind, with
//!    the ids of the items in each cell.
//! 2. **Distinctive terms** ([`DistinctTerms`]): for each municipality against all the others,
//!    the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
//!    2008, "Fightin' Words", eq. 22 and 23) on Swedish stems, with z-scores.
//! 3. **Similarity** ([`Similarity`]): cosine similarity of the municipalities' tf-idf vectors,
//!    a symmetric matrix with 1.0 on the diagonal; optionally per item kind.
//! 4. **Shared wording** ([`SharedPair`]): near-duplicate items in different municipalities,
//!    found with MinHash and locality-sensitive hashing over word shingles and then confirmed
//!    with the exact Jaccard similarity of the shingle sets.
//! 5. **Timeline** ([`Timeline`]): items per document year per municipality.

pub mod report;
mod themes;

pub use themes::{DEFAULT_THEMES, Theme, Themes};

use crate::model::{ItemKind, ItemRecord};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};

/// Settings of a comparison. `Default` gives sensible values.
#[derive(Debug, Clone)]
pub struct CompareOptions {
    /// How many distinctive terms to keep per municipality.
    pub top_terms: usize,
    /// A term must occur this often in a municipality to be listed as distinctive for it.
    pub min_term_count: u64,
    /// Size α₀ of the informative Dirichlet prior. The prior of a term is α₀ times the term's
    /// share of all tokens. `None`: the number of tokens in the whole comparison, so each
    /// term's prior count is its corpus count, as in Monroe et al.'s use of a background corpus.
    pub prior_size: Option<f64>,
    /// Also compute the similarity matrix separately for each item kind.
    pub similarity_by_kind: bool,
    /// Words per shingle for shared wording.
    pub shingle_words: usize,
    /// Items with fewer words are not considered for shared wording (short phrases such as
    /// "Ökad sysselsättning" are common wording, not reuse).
    pub min_shared_words: usize,
    /// Least Jaccard similarity of a shared-wording pair.
    pub shared_threshold: f64,
    /// At most this many shared-wording pairs are kept (the most similar).
    pub max_shared_pairs: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            top_terms: 15,
            min_term_count: 2,
            prior_size: None,
            similarity_by_kind: false,
            shingle_words: 3,
            min_shared_words: 6,
            shared_threshold: 0.5,
            max_shared_pairs: 500,
        }
    }
}

/// The result of [`compare`].
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Municipalities compared, sorted; every table below uses this order.
    pub municipalities: Vec<String>,
    /// Items compared (those with a municipality).
    pub items: usize,
    /// Items left out because their municipality is unknown.
    pub without_municipality: usize,
    /// Themes × municipalities.
    pub themes: ThemeMatrix,
    /// Distinctive terms, one entry per municipality.
    pub distinctive_terms: Vec<DistinctTerms>,
    /// Similarity of all items.
    pub similarity: Similarity,
    /// Similarity per item kind (only when asked for).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub similarity_by_kind: BTreeMap<ItemKind, Similarity>,
    /// Near-duplicate items across municipalities, most similar first.
    pub shared_wording: Vec<SharedPair>,
    /// Items per year per municipality.
    pub timeline: Timeline,
}

/// Items per theme and municipality.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeMatrix {
    /// Theme names, in lexicon order (the rows of `cells`).
    pub themes: Vec<String>,
    /// Municipalities (the columns of `cells`).
    pub municipalities: Vec<String>,
    /// Items per municipality (the denominators of the shares).
    pub totals: Vec<usize>,
    /// Items per municipality and kind.
    pub totals_by_kind: Vec<BTreeMap<ItemKind, usize>>,
    /// `cells[theme][municipality]`.
    pub cells: Vec<Vec<ThemeCell>>,
    /// Items per municipality that match no theme.
    pub unthemed: Vec<usize>,
}

/// One cell of the theme matrix.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ThemeCell {
    /// Items of the municipality in the theme.
    pub count: usize,
    /// `count` divided by the municipality's items (0 when it has none).
    pub share: f64,
    /// Count per kind.
    pub by_kind: BTreeMap<ItemKind, usize>,
    /// Share per kind: the count divided by the municipality's items of that kind.
    pub share_by_kind: BTreeMap<ItemKind, f64>,
    /// Ids of the items ([`crate::model::Item::id`]).
    pub items: Vec<String>,
}

/// The distinctive terms of one municipality.
#[derive(Debug, Clone, Serialize)]
pub struct DistinctTerms {
    /// The municipality.
    pub municipality: String,
    /// Tokens (after stop-word removal) in its items.
    pub tokens: u64,
    /// The most distinctive terms, highest z-score first.
    pub terms: Vec<DistinctTerm>,
}

/// A term that sets a municipality apart.
#[derive(Debug, Clone, Serialize)]
pub struct DistinctTerm {
    /// The Swedish stem the statistics are computed on.
    pub stem: String,
    /// The most frequent word form with that stem, for display.
    pub term: String,
    /// Occurrences in the municipality's items.
    pub count: u64,
    /// Occurrences in all other municipalities' items.
    pub count_rest: u64,
    /// Log-odds ratio δ (municipality against the rest), with the prior.
    pub log_odds: f64,
    /// δ divided by its estimated standard deviation.
    pub z: f64,
}

/// A symmetric similarity matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Similarity {
    /// Names of the rows and columns.
    pub municipalities: Vec<String>,
    /// `matrix[i][j]`: cosine similarity of municipality i and j; 1.0 on the diagonal.
    pub matrix: Vec<Vec<f64>>,
}

/// Two items from different municipalities with near-identical wording.
#[derive(Debug, Clone, Serialize)]
pub struct SharedPair {
    /// Jaccard similarity of their word shingles.
    pub jaccard: f64,
    /// One item (its municipality sorts first).
    pub a: SharedItem,
    /// The other.
    pub b: SharedItem,
}

/// One side of a [`SharedPair`].
#[derive(Debug, Clone, Serialize)]
pub struct SharedItem {
    /// Item id.
    pub id: String,
    /// Municipality.
    pub municipality: String,
    /// File name.
    pub file: String,
    /// Document year.
    pub doc_year: Option<i32>,
    /// Kind.
    pub kind: ItemKind,
    /// Item text.
    pub text: String,
}

/// Items per document year per municipality.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// Every year with items, ascending (the columns of `counts`).
    pub years: Vec<i32>,
    /// Municipalities (the rows of `counts`).
    pub municipalities: Vec<String>,
    /// `counts[municipality][year]`.
    pub counts: Vec<Vec<usize>>,
    /// Items per municipality whose document has no year.
    pub undated: Vec<usize>,
}

/// Compares the municipalities of `records`.
pub fn compare(records: &[ItemRecord], themes: &Themes, opts: &CompareOptions) -> Comparison {
    let placed: Vec<(&ItemRecord, usize)>;
    let municipalities: Vec<String>;
    {
        let names: BTreeSet<&str> = records
            .iter()
            .filter_map(|r| r.item.municipality.as_deref())
            .collect();
        municipalities = names.iter().map(|s| s.to_string()).collect();
        let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        placed = records
            .iter()
            .filter_map(|r| {
                let m = r.item.municipality.as_deref()?;
                Some((r, *index.get(m)?))
            })
            .collect();
    }
    let tokens = tokenize_all(&placed);
    let similarity = similarity_of(&placed, &tokens, &municipalities, None);
    let similarity_by_kind = if opts.similarity_by_kind {
        ItemKind::ALL
            .iter()
            .filter(|k| placed.iter().any(|(r, _)| r.item.kind == **k))
            .map(|k| {
                (
                    *k,
                    similarity_of(&placed, &tokens, &municipalities, Some(*k)),
                )
            })
            .collect()
    } else {
        BTreeMap::new()
    };
    Comparison {
        items: placed.len(),
        without_municipality: records.len() - placed.len(),
        themes: theme_matrix(&placed, themes, &municipalities),
        distinctive_terms: distinctive_terms(&placed, &tokens, &municipalities, opts),
        similarity,
        similarity_by_kind,
        shared_wording: shared_wording(&placed, &municipalities, opts),
        timeline: timeline(&placed, &municipalities),
        municipalities,
    }
}

fn theme_matrix(
    placed: &[(&ItemRecord, usize)],
    themes: &Themes,
    municipalities: &[String],
) -> ThemeMatrix {
    let nm = municipalities.len();
    let mut totals = vec![0; nm];
    let mut totals_by_kind = vec![BTreeMap::new(); nm];
    let mut cells = vec![vec![ThemeCell::default(); nm]; themes.themes.len()];
    let mut unthemed = vec![0; nm];
    let matched: Vec<Vec<usize>> = placed
        .par_iter()
        .map(|(r, _)| themes.matching(&r.item.text))
        .collect();
    for ((r, m), matched) in placed.iter().zip(matched) {
        totals[*m] += 1;
        *totals_by_kind[*m].entry(r.item.kind).or_insert(0) += 1;
        let mut any = false;
        for t in matched {
            {
                any = true;
                let c = &mut cells[t][*m];
                c.count += 1;
                *c.by_kind.entry(r.item.kind).or_insert(0) += 1;
                c.items.push(r.item.id());
            }
        }
        if !any {
            unthemed[*m] += 1;
        }
    }
    for row in &mut cells {
        for (m, c) in row.iter_mut().enumerate() {
            c.share = ratio(c.count, totals[m]);
            c.share_by_kind = c
                .by_kind
                .iter()
                .map(|(k, n)| {
                    (
                        *k,
                        ratio(*n, totals_by_kind[m].get(k).copied().unwrap_or(0)),
                    )
                })
                .collect();
        }
    }
    ThemeMatrix {
        themes: themes.themes.iter().map(|t| t.name.clone()).collect(),
        municipalities: municipalities.to_vec(),
        totals,
        totals_by_kind,
        cells,
        unthemed,
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// Stemmed tokens of every item, as ids into a shared vocabulary.
struct Tokens {
    /// Stems by id.
    stems: Vec<String>,
    /// The most frequent surface form of each stem.
    surface: Vec<String>,
    /// Token ids per item, in `placed` order.
    per_item: Vec<Vec<u32>>,
}

/// Function words of Swedish policy prose that the Snowball stop list lacks (modal verbs,
/// particles, "samt", "även"; "bl", "mm", "ex" are what is left of "bl.a.", "m.m.", "t.ex."
/// after splitting at the dots): frequent everywhere, they would only add noise to the terms.
const EXTRA_STOP_WORDS: &[&str] = &[
    "ska", "skall", "bör", "kan", "får", "kommer", "samt", "även", "genom", "in", "ut", "upp",
    "bl", "mm", "ex",
];

/// The Swedish analysis used for terms and similarity: words split at anything that is not a
/// letter or digit, lower-cased, Swedish stop words (Snowball's list and [`EXTRA_STOP_WORDS`])
/// removed, Snowball Swedish stemming (tantivy's stemmer). Tokens of digits only or of a single letter are dropped: years and list letters
/// say nothing about a municipality's wording.
fn analyzer() -> TextAnalyzer {
    let stop = StopWordFilter::new(Language::Swedish)
        .unwrap_or_else(|| StopWordFilter::remove(Vec::<String>::new()));
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(stop)
        .filter(StopWordFilter::remove(
            EXTRA_STOP_WORDS
                .iter()
                .map(|w| w.to_string())
                .collect::<Vec<_>>(),
        ))
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

/// The tokens of one text: `(stem, lower-cased word form)` pairs.
fn analyze(an: &mut TextAnalyzer, text: &str) -> Vec<(String, String)> {
    let mut out = vec![];
    let mut stream = an.token_stream(text);
    while let Some(tok) = stream.next() {
        let stem = &tok.text;
        if stem.chars().count() < 2 || stem.chars().all(|c| c.is_numeric()) {
            continue;
        }
        let form = text
            .get(tok.offset_from..tok.offset_to)
            .unwrap_or(stem)
            .to_lowercase();
        out.push((stem.clone(), form));
    }
    out
}

fn tokenize_all(placed: &[(&ItemRecord, usize)]) -> Tokens {
    let mut vocab: HashMap<String, u32> = HashMap::new();
    let mut stems = vec![];
    let mut forms: Vec<HashMap<String, u32>> = vec![];
    let mut per_item = Vec::with_capacity(placed.len());
    // Analysed in parallel a chunk at a time, so the temporary strings of only one chunk are
    // held at once; the shared vocabulary is then filled in item order.
    for chunk in placed.chunks(8192) {
        let analysed: Vec<Vec<(String, String)>> = chunk
            .par_iter()
            .map_init(analyzer, |an, (r, _)| analyze(an, &r.item.text))
            .collect();
        for toks in analysed {
            let mut ids = Vec::with_capacity(toks.len());
            for (stem, form) in toks {
                let id = match vocab.get(&stem) {
                    Some(id) => *id,
                    None => {
                        let id = stems.len() as u32;
                        vocab.insert(stem.clone(), id);
                        stems.push(stem);
                        forms.push(HashMap::new());
                        id
                    }
                };
                *forms[id as usize].entry(form).or_insert(0) += 1;
                ids.push(id);
            }
            per_item.push(ids);
        }
    }
    let surface = forms
        .into_iter()
        .zip(&stems)
        .map(|(f, s)| {
            f.into_iter()
                // Most frequent form; ties go to the shorter, then alphabetically first.
                .max_by(|(a, na), (b, nb)| {
                    na.cmp(nb)
                        .then_with(|| b.len().cmp(&a.len()))
                        .then_with(|| b.cmp(a))
                })
                .map(|(f, _)| f)
                .unwrap_or_else(|| s.clone())
        })
        .collect();
    Tokens {
        stems,
        surface,
        per_item,
    }
}

/// The weighted log-odds ratio of a term for group i against group j, with an informative
/// Dirichlet prior, and its z-score (Monroe, Colaresi & Quinn 2008, eq. 16, 22 and 23):
///
/// δ = ln((yᵢ + α) / (nᵢ + α₀ − yᵢ − α)) − ln((yⱼ + α) / (nⱼ + α₀ − yⱼ − α)),
/// σ² ≈ 1/(yᵢ + α) + 1/(yⱼ + α), z = δ / σ,
///
/// where y are the term's counts, n the groups' token totals, α the term's prior count and α₀
/// the prior's total. Returns `(δ, z)`.
pub fn log_odds_z(yi: f64, ni: f64, yj: f64, nj: f64, alpha: f64, alpha0: f64) -> (f64, f64) {
    let delta = ((yi + alpha) / (ni + alpha0 - yi - alpha)).ln()
        - ((yj + alpha) / (nj + alpha0 - yj - alpha)).ln();
    let var = 1.0 / (yi + alpha) + 1.0 / (yj + alpha);
    (delta, delta / var.sqrt())
}

fn distinctive_terms(
    placed: &[(&ItemRecord, usize)],
    tokens: &Tokens,
    municipalities: &[String],
    opts: &CompareOptions,
) -> Vec<DistinctTerms> {
    let nm = municipalities.len();
    let nv = tokens.stems.len();
    let mut counts: Vec<HashMap<u32, u64>> = vec![HashMap::new(); nm];
    let mut total = vec![0u64; nv];
    let mut n = vec![0u64; nm];
    for ((_, m), ids) in placed.iter().zip(&tokens.per_item) {
        for id in ids {
            *counts[*m].entry(*id).or_insert(0) += 1;
            total[*id as usize] += 1;
            n[*m] += 1;
        }
    }
    let big_n: u64 = n.iter().sum();
    let alpha0 = opts.prior_size.unwrap_or(big_n as f64);
    (0..nm)
        .map(|m| {
            let ni = n[m] as f64;
            let nj = (big_n - n[m]) as f64;
            let mut terms: Vec<DistinctTerm> = counts[m]
                .iter()
                .filter(|(_, c)| **c >= opts.min_term_count)
                .map(|(id, c)| {
                    let yw = total[*id as usize];
                    let alpha = alpha0 * yw as f64 / big_n.max(1) as f64;
                    let rest = yw - c;
                    let (log_odds, z) = log_odds_z(*c as f64, ni, rest as f64, nj, alpha, alpha0);
                    DistinctTerm {
                        stem: tokens.stems[*id as usize].clone(),
                        term: tokens.surface[*id as usize].clone(),
                        count: *c,
                        count_rest: rest,
                        log_odds,
                        z,
                    }
                })
                // Only terms used more than by the rest: a negative z marks a term the
                // others use more, which is not what sets this municipality apart.
                .filter(|t| t.z.is_finite() && t.z > 0.0)
                .collect();
            terms.sort_by(|a, b| b.z.total_cmp(&a.z).then_with(|| a.stem.cmp(&b.stem)));
            terms.truncate(opts.top_terms);
            DistinctTerms {
                municipality: municipalities[m].clone(),
                tokens: n[m],
                terms,
            }
        })
        .collect()
}

/// Cosine similarity of two sparse vectors given as `(term id, weight)` sorted by term id.
/// 0 if either is all zeros.
pub fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let norm = |v: &[(u32, f64)]| v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    (dot / (na * nb)).clamp(-1.0, 1.0)
}

/// tf-idf cosine similarity of the municipalities. A municipality's vector holds, for each
/// stem, (1 + ln tf) · idf, where tf counts the stem in the municipality's items and
/// idf = ln((1 + N) / (1 + df)) + 1 over the N items compared (df: items containing the stem).
/// The idf is taken over items rather than municipalities so that it still separates common
/// from rare words when only two or three municipalities are compared.
fn similarity_of(
    placed: &[(&ItemRecord, usize)],
    tokens: &Tokens,
    municipalities: &[String],
    kind: Option<ItemKind>,
) -> Similarity {
    let nm = municipalities.len();
    let mut tf: Vec<HashMap<u32, u64>> = vec![HashMap::new(); nm];
    let mut df: HashMap<u32, u64> = HashMap::new();
    let mut n_items = 0u64;
    for ((r, m), ids) in placed.iter().zip(&tokens.per_item) {
        if kind.is_some_and(|k| r.item.kind != k) {
            continue;
        }
        n_items += 1;
        let mut seen = HashSet::new();
        for id in ids {
            *tf[*m].entry(*id).or_insert(0) += 1;
            if seen.insert(*id) {
                *df.entry(*id).or_insert(0) += 1;
            }
        }
    }
    let vectors: Vec<Vec<(u32, f64)>> = tf
        .iter()
        .map(|t| {
            let mut v: Vec<(u32, f64)> = t
                .iter()
                .map(|(id, c)| {
                    let d = df.get(id).copied().unwrap_or(0) as f64;
                    let idf = ((1.0 + n_items as f64) / (1.0 + d)).ln() + 1.0;
                    (*id, (1.0 + (*c as f64).ln()) * idf)
                })
                .collect();
            v.sort_by_key(|(id, _)| *id);
            v
        })
        .collect();
    Similarity {
        municipalities: municipalities.to_vec(),
        matrix: similarity_matrix(&vectors),
    }
}

/// The cosine matrix of `vectors`: symmetric by construction, 1.0 on the diagonal.
pub fn similarity_matrix(vectors: &[Vec<(u32, f64)>]) -> Vec<Vec<f64>> {
    let n = vectors.len();
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n {
        m[i][i] = 1.0;
        for j in i + 1..n {
            let c = cosine(&vectors[i], &vectors[j]);
            m[i][j] = c;
            m[j][i] = c;
        }
    }
    m
}

/// Lower-cased words of a text (runs of letters and digits), for shingling.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The set of `k`-word shingles of a word list, hashed, as a sorted list without repeats. A
/// list shorter than `k` is one shingle.
pub fn shingles(words: &[String], k: usize) -> Vec<u64> {
    let k = k.max(1);
    let mut out: Vec<u64> = if words.len() < k {
        vec![hash_words(words)]
    } else {
        words.windows(k).map(hash_words).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted lists without repeats (1 for two empty
/// sets).
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        1.0
    } else {
        inter as f64 / union as f64
    }
}

/// FNV-1a over the words, with a separator byte between them. Written out because it is five
/// lines and must give the same value on every platform and Rust version, so that a report can
/// be reproduced (std's hasher makes no such promise).
fn hash_words(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The SplitMix64 finaliser: a cheap, well-mixed permutation of u64 used to derive the MinHash
/// functions h_i(x) = mix(x ⊕ seed_i).
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// MinHash signature length and its split into LSH bands: 24 bands of 3 rows (72 hashes) make
/// a pair with Jaccard s a candidate with probability 1 − (1 − s³)²⁴: 0.96 at s = 0.5, 0.997 at
/// s = 0.6, but only 0.18 at s = 0.2, so few dissimilar pairs need the exact check. With a
/// `shared_threshold` below 0.5 some true pairs are missed.
const BANDS: usize = 24;
const ROWS: usize = 3;

fn minhash(sh: &[u64], seeds: &[u64]) -> Vec<u64> {
    let mut sig = vec![u64::MAX; seeds.len()];
    for x in sh {
        for (m, s) in sig.iter_mut().zip(seeds) {
            *m = (*m).min(mix(x ^ s));
        }
    }
    sig
}

fn shared_wording(
    placed: &[(&ItemRecord, usize)],
    municipalities: &[String],
    opts: &CompareOptions,
) -> Vec<SharedPair> {
    // Words, shingles and MinHash signatures of every long-enough item, in parallel.
    let seeds: Vec<u64> = (0..(BANDS * ROWS) as u64)
        .map(|i| mix(i ^ 0x5eed))
        .collect();
    type Sketch = (u64, Vec<u64>, Vec<u64>);
    let sketches: Vec<Option<Sketch>> = placed
        .par_iter()
        .map(|(r, _)| {
            let w = words(&r.item.text);
            if w.len() < opts.min_shared_words.max(1) {
                return None;
            }
            let sh = shingles(&w, opts.shingle_words);
            let sig = minhash(&sh, &seeds);
            Some((hash_words(&w), sh, sig))
        })
        .collect();
    // One entry per distinct wording per municipality: the same sentence repeated across a
    // municipality's documents would otherwise multiply every pair.
    // (A 64-bit hash of the words stands for the wording.)
    let mut seen: HashSet<(usize, u64)> = HashSet::new();
    let mut cands: Vec<(usize, usize, Vec<u64>)> = vec![]; // (placed index, municipality, shingles)
    // Per band, (bucket key, candidate) pairs; sorted below so that a bucket is a run of equal
    // keys (far leaner than a hash map of vectors, at 24 entries per item).
    let mut bands: Vec<Vec<(u64, u32)>> = vec![vec![]; BANDS];
    for (i, sketch) in sketches.into_iter().enumerate() {
        let Some((w, sh, sig)) = sketch else {
            continue;
        };
        let m = placed[i].1;
        if !seen.insert((m, w)) {
            continue;
        }
        let c = cands.len();
        cands.push((i, m, sh));
        for (b, band) in sig.chunks(ROWS).enumerate() {
            let key = band
                .iter()
                .fold(0xcbf2_9ce4_8422_2325u64, |h, x| mix(h ^ x));
            bands[b].push((key, c as u32));
        }
    }
    let mut pairs: HashSet<(u32, u32)> = HashSet::new();
    for band in &mut bands {
        band.sort_unstable();
        for run in band.chunk_by(|x, y| x.0 == y.0) {
            for (x, &(_, a)) in run.iter().enumerate() {
                for &(_, b) in &run[x + 1..] {
                    if cands[a as usize].1 != cands[b as usize].1 {
                        pairs.insert((a.min(b), a.max(b)));
                    }
                }
            }
        }
    }
    drop(bands);
    let pairs: Vec<(usize, usize)> = pairs
        .into_iter()
        .map(|(a, b)| (a as usize, b as usize))
        .collect();
    let mut out: Vec<SharedPair> = pairs
        .into_par_iter()
        .filter_map(|(a, b)| {
            let j = jaccard(&cands[a].2, &cands[b].2);
            if j < opts.shared_threshold {
                return None;
            }
            let (a, b) = if cands[a].1 <= cands[b].1 {
                (a, b)
            } else {
                (b, a)
            };
            let side = |c: usize| {
                let (r, m) = placed[cands[c].0];
                SharedItem {
                    id: r.item.id(),
                    municipality: municipalities[m].clone(),
                    file: r.item.file.clone(),
                    doc_year: r.doc_year,
                    kind: r.item.kind,
                    text: r.item.text.clone(),
                }
            };
            Some(SharedPair {
                jaccard: j,
                a: side(a),
                b: side(b),
            })
        })
        .collect();
    out.sort_by(|x, y| {
        y.jaccard
            .total_cmp(&x.jaccard)
            .then_with(|| x.a.id.cmp(&y.a.id))
            .then_with(|| x.b.id.cmp(&y.b.id))
    });
    out.truncate(opts.max_shared_pairs);
    out
}

fn timeline(placed: &[(&ItemRecord, usize)], municipalities: &[String]) -> Timeline {
    let nm = municipalities.len();
    let years: Vec<i32> = placed
        .iter()
        .filter_map(|(r, _)| r.doc_year)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let col: HashMap<i32, usize> = years.iter().enumerate().map(|(i, y)| (*y, i)).collect();
    let mut counts = vec![vec![0; years.len()]; nm];
    let mut undated = vec![0; nm];
    for (r, m) in placed {
        match r.doc_year.and_then(|y| col.get(&y)) {
            Some(c) => counts[*m][*c] += 1,
            None => undated[*m] += 1,
        }
    }
    Timeline {
        years,
        municipalities: municipalities.to_vec(),
        counts,
        undated,
    }
}

#[cfg(test)]
mod tests;
