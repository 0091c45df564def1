//! Deterministic generator of a synthetic corpus of Swedish municipal policy documents, for the
//! benchmarks at scale (issue 8).
//!
//! It writes N documents of realistic size (1–60 pages with a long tail: median 3, mean 5.5,
//! 1 % over 35), spread over Sweden's 290 municipalities, composed from sentence templates:
//! assignments (uppdrag), decisions (beslut), goals (mål), commitments (åtaganden), plain prose,
//! headings, bullet and numbered lists, follow-up tables, running headers and page footers. A
//! share of the documents is written as PDF (Helvetica, WinAnsiEncoding, compressed content
//! streams), a share of the text files in windows-1252 rather than UTF-8, so the whole ingest
//! path is exercised.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --docs 1000 --out /tmp/styrdok-1k
//! cargo run --release --example gen_corpus -- --docs 60000 --items 1000000 --out /tmp/styrdok-1m
//! ```
//!
//! Output, all deterministic for a given `--seed` and options:
//!
//! ```text
//! OUT/text/s000/*.txt + manifest.csv     text documents, at most --shard files per folder
//! OUT/pdf/s000/*.pdf + manifest.csv      PDF documents
//! OUT/pdf_truth/s000/*.txt               the exact text drawn on each PDF (for fidelity checks)
//! OUT/items.csv                          every item sentence written: the ground truth the
//!                                        PostgreSQL comparison can load without styrdok
//! OUT/summary.json                       counts: documents, pages, bytes, items per kind
//! ```
//!
//! `manifest.csv` has the columns styrdok reads (`file,municipality,doc_type,year,title`) plus
//! `pages` and `items`, which styrdok ignores.

use clap::Parser;
use lopdf::content::{Content, Operation};
use lopdf::{Object, Stream, StringFormat, dictionary};
use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Generate a deterministic synthetic corpus of Swedish styrdokument for benchmarks.
///
/// Example: `cargo run --release --example gen_corpus -- --docs 1000 --out /tmp/styrdok-1k`
#[derive(Debug, Parser)]
struct Args {
    /// Number of documents to write (an upper bound when --items is given).
    #[arg(long, default_value_t = 1000)]
    docs: usize,
    /// Stop once the text documents hold at least this many items, i.e. the index of the
    /// `text` folder will (for the 1M-item index; raise --docs so that it is reachable: there
    /// are about 35 items per document).
    #[arg(long)]
    items: Option<usize>,
    /// Output folder (created; files already in it are overwritten).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the random generator: the same seed and options give byte-identical output.
    #[arg(long, default_value_t = 8)]
    seed: u64,
    /// Share of documents written as PDF.
    #[arg(long, default_value_t = 0.1)]
    pdf_share: f64,
    /// Share of the text documents written in windows-1252 instead of UTF-8.
    #[arg(long, default_value_t = 0.1)]
    cp1252_share: f64,
    /// Most files in one folder.
    #[arg(long, default_value_t = 1000)]
    shard: usize,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.shard > 0, "--shard must be at least 1");
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.pdf_share) && (0.0..=1.0).contains(&args.cp1252_share),
        "--pdf-share and --cp1252-share are shares between 0 and 1"
    );
    let opts = Options {
        seed: args.seed,
        pdf_share: args.pdf_share,
        cp1252_share: args.cp1252_share,
    };
    std::fs::create_dir_all(&args.out)?;
    let mut items_csv = csv::Writer::from_path(args.out.join("items.csv"))?;
    items_csv.write_record([
        "id",
        "municipality",
        "doc_type",
        "year",
        "file",
        "kind",
        "text",
    ])?;
    let mut summary = Summary::default();
    let mut manifests: std::collections::BTreeMap<PathBuf, Vec<ManifestRow>> = Default::default();
    // Documents are made in parallel chunks; each depends only on (seed, index), so the output
    // does not depend on the number of threads.
    let chunk = 2000;
    let mut start = 0;
    let mut text_items = 0;
    let mut done = false;
    while start < args.docs && !done {
        let end = (start + chunk).min(args.docs);
        let mut docs: Vec<Doc> = (start..end)
            .into_par_iter()
            .map(|i| make_doc(&opts, i))
            .collect();
        // With --items, keep documents up to the one that reaches the target, so no file is
        // written that the manifests and items.csv do not list.
        if let Some(n) = args.items {
            for (k, d) in docs.iter().enumerate() {
                if d.format != Format::Pdf {
                    text_items += d.items.len();
                }
                if text_items >= n {
                    docs.truncate(k + 1);
                    done = true;
                    break;
                }
            }
        }
        let written: Vec<anyhow::Result<Written>> = docs
            .into_par_iter()
            .map(|d| write_doc(&args.out, args.shard, d))
            .collect();
        for w in written {
            let w = w?;
            summary.add(&w);
            for (k, (kind, text)) in w.doc.items.iter().enumerate() {
                items_csv.write_record([
                    format!("{}:{k}", w.doc.file_stem),
                    w.doc.municipality.to_string(),
                    w.doc.doc_type.to_string(),
                    w.doc.year.to_string(),
                    w.file_name.clone(),
                    kind.to_string(),
                    text.clone(),
                ])?;
            }
            manifests
                .entry(w.folder.clone())
                .or_default()
                .push(ManifestRow {
                    file: w.file_name.clone(),
                    municipality: w.doc.municipality,
                    doc_type: w.doc.doc_type,
                    year: w.doc.year,
                    title: w.doc.title.clone(),
                    pages: w.doc.pages.len(),
                    items: w.doc.items.len(),
                });
        }
        start = end;
        eprintln!(
            "gen_corpus: {} documents, {} items, {:.1} MB text",
            summary.docs,
            summary.items,
            summary.text_bytes as f64 / 1e6
        );
    }
    items_csv.flush()?;
    for (folder, rows) in &manifests {
        let mut w = csv::Writer::from_path(folder.join("manifest.csv"))?;
        w.write_record([
            "file",
            "municipality",
            "doc_type",
            "year",
            "title",
            "pages",
            "items",
        ])?;
        for r in rows {
            w.write_record([
                r.file.clone(),
                r.municipality.to_string(),
                r.doc_type.to_string(),
                r.year.to_string(),
                r.title.clone(),
                r.pages.to_string(),
                r.items.to_string(),
            ])?;
        }
        w.flush()?;
    }
    summary.seed = args.seed;
    let json = serde_json::to_string_pretty(&summary)?;
    std::fs::write(args.out.join("summary.json"), format!("{json}\n"))?;
    println!("{json}");
    Ok(())
}

/// Generation options that shape every document.
#[derive(Debug, Clone)]
struct Options {
    seed: u64,
    pdf_share: f64,
    cp1252_share: f64,
}

struct ManifestRow {
    file: String,
    municipality: &'static str,
    doc_type: &'static str,
    year: i32,
    title: String,
    pages: usize,
    items: usize,
}

/// Totals written to `summary.json`.
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    seed: u64,
    docs: usize,
    text_docs: usize,
    pdf_docs: usize,
    cp1252_docs: usize,
    text_pages: usize,
    pdf_pages: usize,
    /// Bytes of the text files as written.
    text_bytes: u64,
    /// Bytes of the PDF files.
    pdf_bytes: u64,
    /// Bytes of the text drawn on the PDFs (UTF-8).
    pdf_text_bytes: u64,
    items: usize,
    text_items: usize,
    assignments: usize,
    decisions: usize,
    goals: usize,
    commitments: usize,
    municipalities: usize,
    #[serde(skip)]
    seen: std::collections::HashSet<&'static str>,
}

impl Summary {
    fn add(&mut self, w: &Written) {
        self.docs += 1;
        self.items += w.doc.items.len();
        match w.doc.format {
            Format::Pdf => {
                self.pdf_docs += 1;
                self.pdf_pages += w.doc.pages.len();
                self.pdf_bytes += w.bytes;
                self.pdf_text_bytes += w.doc.text().len() as u64;
            }
            Format::Utf8 | Format::Cp1252 => {
                self.text_docs += 1;
                self.text_pages += w.doc.pages.len();
                self.text_bytes += w.bytes;
                self.text_items += w.doc.items.len();
                if w.doc.format == Format::Cp1252 {
                    self.cp1252_docs += 1;
                }
            }
        }
        for (k, _) in &w.doc.items {
            match *k {
                "assignment" => self.assignments += 1,
                "decision" => self.decisions += 1,
                "goal" => self.goals += 1,
                _ => self.commitments += 1,
            }
        }
        self.seen.insert(w.doc.municipality);
        self.municipalities = self.seen.len();
    }
}

// ---------------------------------------------------------------------------------------------
// Random numbers

/// SplitMix64 (Steele, Lea, Flood 2014). Written by hand rather than taking `rand`: ten lines,
/// no new dependency, and its output can never change under us between crate versions, which
/// keeps corpora reproducible across releases.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    /// Picks with a skew towards the front of the list, so that word frequencies fall off
    /// roughly like in real text (a few very common terms, a long tail of rare ones).
    fn pick_skewed<T: Copy>(&mut self, xs: &[T]) -> T {
        let u = self.unit();
        xs[((u * u) * xs.len() as f64) as usize % xs.len()]
    }

    /// Standard normal, Box–Muller.
    fn normal(&mut self) -> f64 {
        let u1 = self.unit().max(1e-12);
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Everything here must be encodable in windows-1252 (a test checks it).

/// Sweden's 290 municipalities, by county.
const MUNICIPALITIES: [&str; 290] = [
    // Stockholms län
    "Botkyrka",
    "Danderyd",
    "Ekerö",
    "Haninge",
    "Huddinge",
    "Järfälla",
    "Lidingö",
    "Nacka",
    "Norrtälje",
    "Nykvarn",
    "Nynäshamn",
    "Salem",
    "Sigtuna",
    "Sollentuna",
    "Solna",
    "Stockholm",
    "Sundbyberg",
    "Södertälje",
    "Tyresö",
    "Täby",
    "Upplands Väsby",
    "Upplands-Bro",
    "Vallentuna",
    "Vaxholm",
    "Värmdö",
    "Österåker",
    // Uppsala län
    "Enköping",
    "Heby",
    "Håbo",
    "Knivsta",
    "Tierp",
    "Uppsala",
    "Älvkarleby",
    "Östhammar",
    // Södermanlands län
    "Eskilstuna",
    "Flen",
    "Gnesta",
    "Katrineholm",
    "Nyköping",
    "Oxelösund",
    "Strängnäs",
    "Trosa",
    "Vingåker",
    // Östergötlands län
    "Boxholm",
    "Finspång",
    "Kinda",
    "Linköping",
    "Mjölby",
    "Motala",
    "Norrköping",
    "Söderköping",
    "Vadstena",
    "Valdemarsvik",
    "Ydre",
    "Åtvidaberg",
    "Ödeshög",
    // Jönköpings län
    "Aneby",
    "Eksjö",
    "Gislaved",
    "Gnosjö",
    "Habo",
    "Jönköping",
    "Mullsjö",
    "Nässjö",
    "Sävsjö",
    "Tranås",
    "Vaggeryd",
    "Vetlanda",
    "Värnamo",
    // Kronobergs län
    "Alvesta",
    "Lessebo",
    "Ljungby",
    "Markaryd",
    "Tingsryd",
    "Uppvidinge",
    "Växjö",
    "Älmhult",
    // Kalmar län
    "Borgholm",
    "Emmaboda",
    "Hultsfred",
    "Högsby",
    "Kalmar",
    "Mönsterås",
    "Mörbylånga",
    "Nybro",
    "Oskarshamn",
    "Torsås",
    "Vimmerby",
    "Västervik",
    // Gotlands län
    "Gotland",
    // Blekinge län
    "Karlshamn",
    "Karlskrona",
    "Olofström",
    "Ronneby",
    "Sölvesborg",
    // Skåne län
    "Bjuv",
    "Bromölla",
    "Burlöv",
    "Båstad",
    "Eslöv",
    "Helsingborg",
    "Hässleholm",
    "Höganäs",
    "Hörby",
    "Höör",
    "Klippan",
    "Kristianstad",
    "Kävlinge",
    "Landskrona",
    "Lomma",
    "Lund",
    "Malmö",
    "Osby",
    "Perstorp",
    "Simrishamn",
    "Sjöbo",
    "Skurup",
    "Staffanstorp",
    "Svalöv",
    "Svedala",
    "Tomelilla",
    "Trelleborg",
    "Vellinge",
    "Ystad",
    "Åstorp",
    "Ängelholm",
    "Örkelljunga",
    "Östra Göinge",
    // Hallands län
    "Falkenberg",
    "Halmstad",
    "Hylte",
    "Kungsbacka",
    "Laholm",
    "Varberg",
    // Västra Götalands län
    "Ale",
    "Alingsås",
    "Bengtsfors",
    "Bollebygd",
    "Borås",
    "Dals-Ed",
    "Essunga",
    "Falköping",
    "Färgelanda",
    "Grästorp",
    "Gullspång",
    "Göteborg",
    "Götene",
    "Herrljunga",
    "Hjo",
    "Härryda",
    "Karlsborg",
    "Kungälv",
    "Lerum",
    "Lidköping",
    "Lilla Edet",
    "Lysekil",
    "Mariestad",
    "Mark",
    "Mellerud",
    "Munkedal",
    "Mölndal",
    "Orust",
    "Partille",
    "Skara",
    "Skövde",
    "Sotenäs",
    "Stenungsund",
    "Strömstad",
    "Svenljunga",
    "Tanum",
    "Tibro",
    "Tidaholm",
    "Tjörn",
    "Tranemo",
    "Trollhättan",
    "Töreboda",
    "Uddevalla",
    "Ulricehamn",
    "Vara",
    "Vårgårda",
    "Vänersborg",
    "Åmål",
    "Öckerö",
    // Värmlands län
    "Arvika",
    "Eda",
    "Filipstad",
    "Forshaga",
    "Grums",
    "Hagfors",
    "Hammarö",
    "Karlstad",
    "Kil",
    "Kristinehamn",
    "Munkfors",
    "Storfors",
    "Sunne",
    "Säffle",
    "Torsby",
    "Årjäng",
    // Örebro län
    "Askersund",
    "Degerfors",
    "Hallsberg",
    "Hällefors",
    "Karlskoga",
    "Kumla",
    "Laxå",
    "Lekeberg",
    "Lindesberg",
    "Ljusnarsberg",
    "Nora",
    "Örebro",
    // Västmanlands län
    "Arboga",
    "Fagersta",
    "Hallstahammar",
    "Kungsör",
    "Köping",
    "Norberg",
    "Sala",
    "Skinnskatteberg",
    "Surahammar",
    "Västerås",
    // Dalarnas län
    "Avesta",
    "Borlänge",
    "Falun",
    "Gagnef",
    "Hedemora",
    "Leksand",
    "Ludvika",
    "Malung-Sälen",
    "Mora",
    "Orsa",
    "Rättvik",
    "Smedjebacken",
    "Säter",
    "Vansbro",
    "Älvdalen",
    // Gävleborgs län
    "Bollnäs",
    "Gävle",
    "Hofors",
    "Hudiksvall",
    "Ljusdal",
    "Nordanstig",
    "Ockelbo",
    "Ovanåker",
    "Sandviken",
    "Söderhamn",
    // Västernorrlands län
    "Härnösand",
    "Kramfors",
    "Sollefteå",
    "Sundsvall",
    "Timrå",
    "Ånge",
    "Örnsköldsvik",
    // Jämtlands län
    "Berg",
    "Bräcke",
    "Härjedalen",
    "Krokom",
    "Ragunda",
    "Strömsund",
    "Åre",
    "Östersund",
    // Västerbottens län
    "Bjurholm",
    "Dorotea",
    "Lycksele",
    "Malå",
    "Nordmaling",
    "Norsjö",
    "Robertsfors",
    "Skellefteå",
    "Sorsele",
    "Storuman",
    "Umeå",
    "Vilhelmina",
    "Vindeln",
    "Vännäs",
    "Åsele",
    // Norrbottens län
    "Arjeplog",
    "Arvidsjaur",
    "Boden",
    "Gällivare",
    "Haparanda",
    "Jokkmokk",
    "Kalix",
    "Kiruna",
    "Luleå",
    "Pajala",
    "Piteå",
    "Älvsbyn",
    "Överkalix",
    "Övertorneå",
];

/// Municipalities that call themselves "stad" rather than "kommun".
const STAD: &[&str] = &[
    "Stockholm",
    "Göteborg",
    "Malmö",
    "Helsingborg",
    "Borås",
    "Västerås",
    "Solna",
    "Sundbyberg",
    "Lidingö",
    "Vaxholm",
    "Mölndal",
    "Trollhättan",
    "Landskrona",
];

/// Regions named in partner phrases.
const REGIONS: &[&str] = &[
    "Skåne",
    "Stockholm",
    "Västra Götaland",
    "Östergötland",
    "Uppsala",
    "Halland",
    "Värmland",
    "Dalarna",
    "Gävleborg",
    "Västerbotten",
    "Norrbotten",
    "Jönköpings län",
    "Kronoberg",
    "Kalmar län",
    "Blekinge",
    "Sörmland",
    "Örebro län",
    "Västmanland",
    "Västernorrland",
    "Jämtland Härjedalen",
];

/// Document types with their weights (share of a typical collection).
const DOC_TYPES: &[(&str, u32)] = &[
    ("protokoll", 22),
    ("tjansteskrivelse", 20),
    ("budget", 10),
    ("strategi", 8),
    ("program", 6),
    ("handlingsplan", 10),
    ("uppfoljning", 12),
    ("nyhet", 12),
];

/// First parts of compounds, with the linking -s where Swedish uses one.
const PREFIXES: &[&str] = &[
    "näringslivs",
    "upphandlings",
    "kompetensförsörjnings",
    "digitaliserings",
    "klimat",
    "energi",
    "bostads",
    "trafik",
    "besöksnärings",
    "etablerings",
    "integrations",
    "skol",
    "förskole",
    "äldreomsorgs",
    "folkhälso",
    "kultur",
    "idrotts",
    "fritids",
    "miljö",
    "avfalls",
    "vatten",
    "landsbygds",
    "stadsutvecklings",
    "mark",
    "detaljplane",
    "bygglovs",
    "arbetsmarknads",
    "företags",
    "innovations",
    "service",
    "trygghets",
    "säkerhets",
    "beredskaps",
    "hållbarhets",
    "jämställdhets",
    "tillgänglighets",
    "kommunikations",
    "informations",
    "personal",
    "ekonomi",
    "investerings",
    "budget",
    "turism",
    "handels",
    "centrum",
    "hamn",
    "cykel",
    "kollektivtrafik",
    "gatu",
    "park",
    "natur",
    "bredbands",
    "ungdoms",
    "utbildnings",
    "vuxenutbildnings",
    "biblioteks",
    "evenemangs",
    "lokal",
    "fastighets",
    "exploaterings",
    "logistik",
    "livsmedels",
    "måltids",
    "omsorgs",
    "socialtjänst",
    "barnomsorgs",
    "elevhälso",
    "krisberedskaps",
    "brandskydds",
    "räddnings",
    "dagvatten",
    "skogs",
    "jordbruks",
    "entreprenörskaps",
    "nyföretagar",
    "testbädds",
    "forsknings",
    "kvalitets",
    "styrnings",
    "uppföljnings",
];

/// Heads of compounds: (indefinite, definite, plural, neuter).
const HEADS: &[(&str, &str, &str, bool)] = &[
    ("strategi", "strategin", "strategier", false),
    ("plan", "planen", "planer", false),
    ("program", "programmet", "program", true),
    ("policy", "policyn", "policyer", false),
    ("arbete", "arbetet", "arbeten", true),
    ("insats", "insatsen", "insatser", false),
    ("utveckling", "utvecklingen", "utvecklingar", false),
    ("samverkan", "samverkan", "samverkansformer", false),
    ("åtgärd", "åtgärden", "åtgärder", false),
    ("uppföljning", "uppföljningen", "uppföljningar", false),
    ("satsning", "satsningen", "satsningar", false),
    ("nätverk", "nätverket", "nätverk", true),
    ("råd", "rådet", "råd", true),
    ("forum", "forumet", "forum", true),
    ("projekt", "projektet", "projekt", true),
    ("process", "processen", "processer", false),
    ("rutin", "rutinen", "rutiner", false),
    ("riktlinje", "riktlinjen", "riktlinjer", false),
    ("klimat", "klimatet", "klimat", true),
    ("verksamhet", "verksamheten", "verksamheter", false),
    ("enhet", "enheten", "enheter", false),
    ("analys", "analysen", "analyser", false),
    ("kartläggning", "kartläggningen", "kartläggningar", false),
    ("översyn", "översynen", "översyner", false),
    ("utredning", "utredningen", "utredningar", false),
    ("dialog", "dialogen", "dialoger", false),
    ("område", "området", "områden", true),
    ("investering", "investeringen", "investeringar", false),
    ("kostnad", "kostnaden", "kostnader", false),
    ("behov", "behovet", "behov", true),
    ("lösning", "lösningen", "lösningar", false),
    ("tjänst", "tjänsten", "tjänster", false),
    ("system", "systemet", "system", true),
    ("portal", "portalen", "portaler", false),
    ("index", "indexet", "index", true),
    ("modell", "modellen", "modeller", false),
    ("ansökan", "ansökan", "ansökningar", false),
    ("avtal", "avtalet", "avtal", true),
    ("organisation", "organisationen", "organisationer", false),
    ("fond", "fonden", "fonder", false),
    ("lots", "lotsen", "lotsar", false),
    ("center", "centret", "center", true),
    ("ärende", "ärendet", "ärenden", true),
    ("uppdrag", "uppdraget", "uppdrag", true),
    ("mål", "målet", "mål", true),
];

/// Adjectives: (common gender, neuter, definite/plural).
const ADJECTIVES: &[(&str, &str, &str)] = &[
    ("ny", "nytt", "nya"),
    ("hållbar", "hållbart", "hållbara"),
    ("långsiktig", "långsiktigt", "långsiktiga"),
    ("gemensam", "gemensamt", "gemensamma"),
    ("tydlig", "tydligt", "tydliga"),
    ("regional", "regionalt", "regionala"),
    ("digital", "digitalt", "digitala"),
    ("effektiv", "effektivt", "effektiva"),
    ("samordnad", "samordnat", "samordnade"),
    ("attraktiv", "attraktivt", "attraktiva"),
    ("strategisk", "strategiskt", "strategiska"),
    ("systematisk", "systematiskt", "systematiska"),
    ("förebyggande", "förebyggande", "förebyggande"),
    ("inkluderande", "inkluderande", "inkluderande"),
    ("cirkulär", "cirkulärt", "cirkulära"),
    (
        "konkurrenskraftig",
        "konkurrenskraftigt",
        "konkurrenskraftiga",
    ),
    (
        "kommunövergripande",
        "kommunövergripande",
        "kommunövergripande",
    ),
    ("uppdaterad", "uppdaterat", "uppdaterade"),
    ("fossilfri", "fossilfritt", "fossilfria"),
    ("trygg", "tryggt", "trygga"),
    ("lokal", "lokalt", "lokala"),
    ("flexibel", "flexibelt", "flexibla"),
    ("tillgänglig", "tillgängligt", "tillgängliga"),
    ("resurseffektiv", "resurseffektivt", "resurseffektiva"),
];

/// Verbs in the infinitive that start an action.
const VERBS: &[&str] = &[
    "ta fram",
    "utreda",
    "utveckla",
    "genomföra",
    "samordna",
    "se över",
    "följa upp",
    "analysera",
    "etablera",
    "förbättra",
    "stärka",
    "införa",
    "revidera",
    "kartlägga",
    "implementera",
    "redovisa",
    "förbereda",
    "upphandla",
    "utvärdera",
    "förankra",
    "digitalisera",
    "säkerställa",
    "bygga upp",
    "initiera",
    "intensifiera",
    "prioritera",
    "pröva",
    "finansiera",
    "starta",
    "planera",
];

/// Bodies that decide or give assignments.
const BODIES: &[&str] = &[
    "kommunstyrelsen",
    "kommunfullmäktige",
    "kommunstyrelsens arbetsutskott",
    "tekniska nämnden",
    "barn- och utbildningsnämnden",
    "socialnämnden",
    "kultur- och fritidsnämnden",
    "miljö- och byggnadsnämnden",
    "servicenämnden",
    "gymnasienämnden",
    "vård- och omsorgsnämnden",
    "arbetsmarknadsnämnden",
    "stadsbyggnadsnämnden",
    "fastighetsnämnden",
    "samhällsbyggnadsnämnden",
];

/// Units that are given assignments or carry out work.
const UNITS: &[&str] = &[
    "kommunstyrelsen",
    "kommundirektören",
    "stadskontoret",
    "kommunledningskontoret",
    "samhällsbyggnadsförvaltningen",
    "näringslivsenheten",
    "tekniska förvaltningen",
    "utbildningsförvaltningen",
    "socialförvaltningen",
    "kultur- och fritidsförvaltningen",
    "miljöförvaltningen",
    "ekonomiavdelningen",
    "HR-avdelningen",
    "digitaliseringsenheten",
    "planavdelningen",
    "det kommunala bostadsbolaget",
    "kommunens fastighetsbolag",
    "upphandlingsenheten",
    "arbetsmarknadsenheten",
    "tekniska nämnden",
    "socialnämnden",
    "barn- och utbildningsnämnden",
];

/// Partners named in collaboration phrases.
const PARTNERS: &[&str] = &[
    "Länsstyrelsen",
    "Almi",
    "Företagarna",
    "Svenskt Näringsliv",
    "Arbetsförmedlingen",
    "näringslivet",
    "civilsamhället",
    "grannkommunerna",
    "Trafikverket",
    "högskolan",
    "universitetet",
    "Tillväxtverket",
    "Boverket",
    "Energimyndigheten",
    "Polisen",
    "Försäkringskassan",
    "Skatteverket",
    "fastighetsägarna",
    "handelsföreningen",
    "branschorganisationerna",
];

/// Policy areas, used as section headings.
const AREAS: &[&str] = &[
    "Näringsliv och arbete",
    "Utbildning och lärande",
    "Klimat och miljö",
    "Trygghet och säkerhet",
    "Bostäder och stadsutveckling",
    "Kultur och fritid",
    "Vård och omsorg",
    "Digitalisering",
    "Kompetensförsörjning",
    "Infrastruktur och kommunikationer",
    "Besöksnäring och evenemang",
    "Ekonomi och styrning",
    "Landsbygdsutveckling",
    "Integration och inkludering",
    "Folkhälsa",
    "Attraktiv arbetsgivare",
    "Service och bemötande",
];

/// (group, state) pairs for measurable goals: "andelen {group} som {state}".
const GOAL_METRICS: &[(&str, &str)] = &[
    ("elever", "är behöriga till gymnasieskolan"),
    ("företag", "är nöjda med kommunens service"),
    ("invånare", "upplever sig trygga i sitt bostadsområde"),
    ("nyanlända", "är i arbete eller studier efter två år"),
    ("resor", "görs med kollektivtrafik, gång eller cykel"),
    ("livsmedel", "är ekologiska eller närproducerade"),
    ("fordon i kommunens flotta", "drivs med förnybara drivmedel"),
    ("medarbetare", "har en heltidsanställning"),
    ("hushåll", "har tillgång till bredband om minst 1 Gbit/s"),
    ("bygglov", "handläggs inom lagstadgad tid"),
    ("ungdomar", "har ett sommarjobb"),
    (
        "upphandlingar",
        "innehåller sociala eller miljömässiga krav",
    ),
    ("äldre", "är nöjda med hemtjänsten"),
    ("gymnasieelever", "tar examen inom fyra år"),
];

/// States for qualitative goals: "{Muni} ska vara {state}".
const GOAL_STATES: &[&str] = &[
    "en av Sveriges bästa kommuner för företagande",
    "klimatneutral",
    "en attraktiv plats att bo, leva och verka på",
    "fossilfri",
    "en kommun där alla barn och unga lyckas i skolan",
    "en trygg och säker kommun",
    "en föregångare inom digitalisering",
    "en attraktiv arbetsgivare",
    "en kommun med en långsiktigt hållbar ekonomi",
    "ett självklart besöksmål i regionen",
];

/// Things counted in prose and tables.
const COUNTED: &[&str] = &[
    "nyetablerade företag",
    "arbetstillfällen",
    "besökare",
    "gästnätter",
    "färdigställda bostäder",
    "deltagare",
    "ansökningar",
    "inkomna synpunkter",
    "företagsbesök",
    "praktikplatser",
    "elever",
    "anmälningar",
    "tillsynsbesök",
    "bygglovsärenden",
];

/// Sources cited in prose.
const SOURCES: &[&str] = &[
    "Statistiska centralbyrån",
    "SCB",
    "Kolada",
    "Svenskt Näringslivs enkät",
    "Insiktsmätningen",
    "medborgarundersökningen",
    "Tillväxtverkets statistik",
    "den senaste årsredovisningen",
    "delårsrapporten",
    "Arbetsförmedlingens statistik",
];

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

// ---------------------------------------------------------------------------------------------
// Documents

/// How a document is written to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Utf8,
    Cp1252,
    Pdf,
}

/// One generated document.
#[derive(Debug, Clone)]
struct Doc {
    index: usize,
    file_stem: String,
    municipality: &'static str,
    doc_type: &'static str,
    year: i32,
    title: String,
    format: Format,
    /// Lines per page, running header and footer included.
    pages: Vec<Vec<String>>,
    /// (kind, sentence) of every item written.
    items: Vec<(&'static str, String)>,
}

impl Doc {
    /// The text as written to a text file: lines joined by LF, pages ended by a form feed the
    /// way `pdftotext` writes them.
    fn text(&self) -> String {
        let mut s = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            if i > 0 {
                s.push('\x0c');
            }
            for line in page {
                s.push_str(line);
                s.push('\n');
            }
        }
        s
    }
}

/// Body lines on one page (A4, 10 pt Helvetica, 13 pt leading, margins for header and footer).
const LINES_PER_PAGE: usize = 54;
/// Wrap width in characters.
const WRAP: usize = 88;

/// The context one document's sentences are drawn from.
struct Ctx<'a> {
    r: &'a mut Rng,
    muni: &'static str,
    year: i32,
    /// A few compounds the document keeps returning to, like a real document's topic.
    topic: Vec<(String, String, String, bool)>,
}

impl Ctx<'_> {
    fn muni_full(&self) -> String {
        if STAD.contains(&self.muni) {
            format!("{} stad", self.muni)
        } else if self.muni == "Gotland" {
            "Region Gotland".to_string()
        } else {
            format!("{} kommun", self.muni)
        }
    }

    fn muni_gen(&self) -> String {
        genitive(self.muni)
    }

    /// A compound noun: (indefinite, definite, plural, neuter). Half the time one of the
    /// document's topic compounds.
    fn compound(&mut self) -> (String, String, String, bool) {
        if !self.topic.is_empty() && self.r.chance(0.5) {
            let i = self.r.below(self.topic.len());
            return self.topic[i].clone();
        }
        new_compound(self.r)
    }

    fn adjective(&mut self) -> (&'static str, &'static str, &'static str) {
        self.r.pick(ADJECTIVES)
    }

    fn unit(&mut self) -> &'static str {
        self.r.pick_skewed(UNITS)
    }

    fn body(&mut self) -> &'static str {
        self.r.pick_skewed(BODIES)
    }

    fn partner(&mut self) -> String {
        if self.r.chance(0.2) {
            format!("Region {}", self.r.pick(REGIONS))
        } else {
            self.r.pick(PARTNERS).to_string()
        }
    }

    fn date(&mut self) -> String {
        format!(
            "{}-{:02}-{:02}",
            self.year + self.r.range(-1, 0) as i32,
            self.r.range(1, 12),
            self.r.range(1, 28)
        )
    }

    fn later_year(&mut self) -> i32 {
        self.year + self.r.range(1, 6) as i32
    }

    /// An object of an action: "en ny näringslivsstrategi", "formerna för upphandlingsarbetet".
    fn object(&mut self) -> String {
        let (indef, def, plural, neuter) = self.compound();
        let (adj_c, adj_n, adj_d) = self.adjective();
        match self.r.below(8) {
            0 => format!("{} {} {indef}", if neuter { "ett" } else { "en" }, {
                if neuter { adj_n } else { adj_c }
            }),
            1 => def,
            2 => format!("formerna för {def}"),
            3 => format!("arbetet med {plural}"),
            4 => format!("en plan för {def}"),
            5 => format!("förutsättningarna för {plural} i {}", self.muni),
            6 => format!("{} {adj_d} {def}", if neuter { "det" } else { "den" }),
            _ => format!("{adj_d} {plural}"),
        }
    }

    /// An infinitive phrase: "ta fram en ny näringslivsstrategi i samverkan med Almi".
    fn action(&mut self) -> String {
        let verb = self.r.pick_skewed(VERBS);
        let obj = self.object();
        let tail = match self.r.below(9) {
            0 => format!(" i samverkan med {}", self.partner()),
            1 => format!(" senast {}", self.later_date()),
            2 => " inom ramen för befintlig budget".to_string(),
            3 => format!(
                " och återrapportera till {} under {}",
                self.body(),
                self.later_year()
            ),
            4 => format!(" under {}", self.later_year()),
            5 => {
                let (y, l) = (self.year, self.later_year());
                format!(" för perioden {y}–{l}")
            }
            _ => String::new(),
        };
        format!("{verb} {obj}{tail}")
    }

    fn later_date(&mut self) -> String {
        let y = self.later_year();
        match self.r.below(3) {
            0 => format!("{} {y}", self.r.pick(MONTHS)),
            1 => format!("{y}-{:02}-{:02}", self.r.range(1, 12), self.r.range(1, 28)),
            _ => format!("utgången av {y}"),
        }
    }

    fn assignment(&mut self) -> String {
        let assignee = self.unit();
        let action = self.action();
        match self.r.below(6) {
            0 | 1 => format!(
                "{} ger {assignee} i uppdrag att {action}.",
                cap(self.body())
            ),
            2 => format!("{} ges i uppdrag att {action}.", cap(assignee)),
            3 => format!("{} uppdrar åt {assignee} att {action}.", cap(self.body())),
            4 => format!("{} får i uppdrag att {action}.", cap(assignee)),
            _ => format!(
                "{} beslutade att ge {assignee} i uppdrag att {action}.",
                cap(self.body())
            ),
        }
    }

    fn decision_clause(&mut self) -> String {
        let (_, def, plural, _) = self.compound();
        match self.r.below(8) {
            0 => format!("anta {def}"),
            1 => format!(
                "avsätta {} miljoner kronor till {plural}",
                self.r.range(1, 250)
            ),
            2 => format!("godkänna {def}"),
            3 => "återremittera ärendet".to_string(),
            4 => "lägga rapporten till handlingarna".to_string(),
            5 => format!("delegera beslut om {plural} till {}", self.unit()),
            6 => format!("fastställa {def} för {}", self.year + 1),
            _ => format!(
                "upphäva {def} från {}",
                self.year - self.r.range(2, 12) as i32
            ),
        }
    }

    fn decision(&mut self) -> String {
        let body = cap(self.body());
        let clause = self.decision_clause();
        match self.r.below(6) {
            0 | 1 => format!("{body} beslutar att {clause}."),
            2 => format!("{body} föreslås besluta att {clause}."),
            3 => format!("{body} beslutade den {} att {clause}.", self.date()),
            4 => {
                let (_, def, _, _) = self.compound();
                format!("{body} godkänner {def}.")
            }
            _ => {
                let (_, def, _, _) = self.compound();
                let (y, l) = (self.year, self.later_year());
                format!("{body} antar {def} för perioden {y}–{l}.")
            }
        }
    }

    fn goal(&mut self) -> String {
        let y = self.later_year();
        match self.r.below(6) {
            0 | 1 => {
                let (g, s) = self.r.pick(GOAL_METRICS);
                format!(
                    "Andelen {g} som {s} ska öka till minst {} procent till {y}.",
                    self.r.range(50, 98)
                )
            }
            2 => format!(
                "{} ska vara {} senast {y}.",
                self.muni,
                self.r.pick(GOAL_STATES)
            ),
            3 => format!(
                "Utsläppen av växthusgaser ska minska med {} procent till {y} jämfört med {}.",
                self.r.range(20, 80),
                self.year - self.r.range(3, 20) as i32
            ),
            4 => format!(
                "Antalet {} ska öka till {} per år.",
                self.r.pick(COUNTED),
                self.r.range(20, 5000)
            ),
            _ => {
                let (_, def, _, neuter) = self.compound();
                let done = if neuter { "genomfört" } else { "genomförd" };
                format!("Målet är att {def} ska vara fullt {done} {y}.")
            }
        }
    }

    fn commitment(&mut self) -> String {
        let action = self.action();
        match self.r.below(5) {
            0 => format!("Kommunen ska {action}."),
            1 => format!("Vi kommer att {action}."),
            2 => format!("{} åtar sig att {action}.", self.muni_full()),
            3 => {
                let (y, u) = (self.year, self.unit());
                format!("Under {y} kommer {u} att {action}.")
            }
            _ => format!("{} ska under perioden {action}.", cap(self.unit())),
        }
    }

    fn prose(&mut self) -> String {
        let (indef, def, plural, _) = self.compound();
        let y = self.year;
        match self.r.below(18) {
            0 => format!(
                "{} har under {} utvecklats i samverkan med {}.",
                cap(&def),
                y - 1,
                self.partner()
            ),
            1 => format!(
                "Enligt {} ökade antalet {} med {} procent mellan {} och {}.",
                self.r.pick(SOURCES),
                self.r.pick(COUNTED),
                self.r.range(2, 40),
                y - self.r.range(3, 8) as i32,
                y - 1
            ),
            2 => format!(
                "{} har i dag cirka {} invånare och {} registrerade företag.",
                self.muni,
                self.r.range(3, 900) * 1000,
                self.r.range(300, 90000)
            ),
            3 => format!("Arbetet med {def} bedrivs inom {}.", self.unit()),
            4 => format!(
                "Det finns ett stort behov av {plural} i kommunens {}.",
                self.r.pick(&[
                    "norra delar",
                    "södra delar",
                    "centralort",
                    "mindre orter",
                    "landsbygd"
                ])
            ),
            5 => format!(
                "Under året har {} {} genomförts med totalt {} deltagare.",
                self.r.range(2, 60),
                self.r.pick(&[
                    "dialogmöten",
                    "frukostmöten",
                    "workshoppar",
                    "utbildningstillfällen",
                    "informationsträffar"
                ]),
                self.r.range(20, 3000)
            ),
            6 => format!(
                "Kostnaden för {def} beräknas till {} miljoner kronor.",
                self.r.range(1, 400)
            ),
            7 => format!(
                "{} har tagit emot {} ansökningar om {indef}.",
                cap(self.unit()),
                self.r.range(3, 500)
            ),
            8 => format!(
                "Sammantaget bedöms {def} vara {}.",
                self.r.pick(&[
                    "på god väg",
                    "delvis genomfört",
                    "försenat",
                    "i linje med planen",
                    "svårt att bedöma"
                ])
            ),
            9 => format!(
                "I jämförelse med andra kommuner i länet ligger {} {}.",
                self.muni,
                self.r.pick(&[
                    "över genomsnittet",
                    "under genomsnittet",
                    "i nivå med riket",
                    "bland de tio bästa"
                ])
            ),
            10 => format!("Resultatet redovisas i bilaga {}.", self.r.range(1, 9)),
            11 => format!("Dialog har förts med {} om {def}.", self.partner()),
            12 => format!(
                "Frågan om {def} behandlades senast på sammanträdet den {}.",
                self.date()
            ),
            13 => "Verksamheten finansieras inom befintlig budgetram.".to_string(),
            14 => format!(
                "{} är en viktig fråga för {} utveckling de kommande åren.",
                cap(&plural),
                self.muni_gen()
            ),
            15 => format!(
                "En {} visar att {} har {} sedan {}.",
                self.r
                    .pick(&["enkät", "analys", "kartläggning", "genomlysning"]),
                self.r.pick(COUNTED),
                self.r.pick(&["ökat", "minskat", "legat stilla"]),
                y - self.r.range(2, 10) as i32
            ),
            16 => format!(
                "Ärendet har beretts av {} efter samråd med {}.",
                self.unit(),
                self.partner()
            ),
            _ => format!(
                "Medel för {def} finns avsatta i {} budget för {y}.",
                genitive(self.body())
            ),
        }
    }

    fn heading_title(&mut self) -> String {
        match self.r.below(4) {
            0 => self.r.pick(AREAS).to_string(),
            1 => {
                let (_, def, _, _) = self.compound();
                cap(&def)
            }
            2 => {
                let (indef, _, _, _) = self.compound();
                format!("{} {indef}", cap(self.adjective().0))
            }
            _ => format!(
                "{} och {}",
                self.r.pick(AREAS),
                self.compound().2 // plural
            ),
        }
    }
}

fn new_compound(r: &mut Rng) -> (String, String, String, bool) {
    let p = r.pick_skewed(PREFIXES);
    let (i, d, pl, n) = r.pick(HEADS);
    (format!("{p}{i}"), format!("{p}{d}"), format!("{p}{pl}"), n)
}

fn genitive(s: &str) -> String {
    if s.ends_with(['s', 'x', 'z']) {
        s.to_string()
    } else {
        format!("{s}s")
    }
}

/// First letter upper-cased.
fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Lines of body text with the items among them.
#[derive(Default)]
struct Body {
    lines: Vec<String>,
    items: Vec<(&'static str, String)>,
}

/// One block: a heading, a paragraph or a list, added whole or not at all.
#[derive(Default)]
struct Block {
    lines: Vec<String>,
    items: Vec<(&'static str, String)>,
}

impl Block {
    fn blank(&mut self) {
        self.lines.push(String::new());
    }

    fn heading(&mut self, h: &str) {
        self.lines.push(h.to_string());
        self.blank();
    }

    /// A paragraph of sentences, hard-wrapped like text taken out of a PDF.
    fn para(&mut self, sentences: &[(Option<&'static str>, String)]) {
        let mut text = String::new();
        for (kind, s) in sentences {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(s);
            if let Some(k) = kind {
                self.items.push((k, s.clone()));
            }
        }
        self.lines.extend(wrap(&text, WRAP, ""));
        self.blank();
    }

    /// A list; each entry wrapped with a hanging indent.
    fn list(&mut self, entries: &[(Option<&'static str>, String)], style: ListStyle) {
        for (n, (kind, s)) in entries.iter().enumerate() {
            let marker = match style {
                ListStyle::Bullet => "• ".to_string(),
                ListStyle::Dash => "- ".to_string(),
                ListStyle::Number => format!("{}. ", n + 1),
            };
            let first = format!("{marker}{s}");
            self.lines.extend(wrap(&first, WRAP, "  "));
            if let Some(k) = kind {
                self.items.push((k, s.clone()));
            }
        }
        self.blank();
    }
}

#[derive(Clone, Copy)]
enum ListStyle {
    Bullet,
    Dash,
    Number,
}

/// Greedy word wrap; lines after the first get `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut out = vec![];
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let wl = word.chars().count();
        if len > 0 && len + 1 + wl > width {
            out.push(std::mem::take(&mut line));
            line.push_str(indent);
            len = indent.chars().count();
        } else if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += wl;
    }
    if len > 0 {
        out.push(line);
    }
    out
}

/// Pages: log-normal (median 3 over all types, a long tail), clamped to 1..=60; news are one page.
fn page_count(r: &mut Rng, doc_type: &str) -> usize {
    match doc_type {
        "nyhet" => 1,
        "protokoll" | "tjansteskrivelse" => {
            (1.1 + 0.8 * r.normal()).exp().round().clamp(1.0, 60.0) as usize
        }
        _ => (1.6 + 1.0 * r.normal()).exp().round().clamp(1.0, 60.0) as usize,
    }
}

fn pick_doc_type(r: &mut Rng) -> &'static str {
    let total: u32 = DOC_TYPES.iter().map(|d| d.1).sum();
    let mut x = r.below(total as usize) as u32;
    for (t, w) in DOC_TYPES {
        if x < *w {
            return t;
        }
        x -= w;
    }
    DOC_TYPES[0].0
}

/// Makes document `index`; depends only on the options and the index.
fn make_doc(opts: &Options, index: usize) -> Doc {
    let mut r = Rng::new(opts.seed, index as u64);
    // Larger municipalities publish more: a skewed pick gives the front of each county list a
    // little more weight, and every municipality still appears in a corpus of a few thousand.
    let muni = if r.chance(0.5) {
        r.pick(&MUNICIPALITIES)
    } else {
        r.pick_skewed(&MUNICIPALITIES)
    };
    let doc_type = pick_doc_type(&mut r);
    let year = r.range(2012, 2026) as i32;
    let format = if r.chance(opts.pdf_share) {
        Format::Pdf
    } else if r.chance(opts.cp1252_share) {
        Format::Cp1252
    } else {
        Format::Utf8
    };
    let pages = page_count(&mut r, doc_type);
    let topic: Vec<_> = (0..3).map(|_| new_compound(&mut r)).collect();
    let mut ctx = Ctx {
        r: &mut r,
        muni,
        year,
        topic,
    };
    let title = title(&mut ctx, doc_type);
    let body = make_body(&mut ctx, doc_type, &title, pages * LINES_PER_PAGE);
    let header = format!("{} | {title}", ctx.muni_full());
    let n = body.lines.len().div_ceil(LINES_PER_PAGE).max(1);
    let mut page_lines = Vec::with_capacity(n);
    for (p, chunk) in body.lines.chunks(LINES_PER_PAGE).enumerate() {
        let mut lines = Vec::with_capacity(chunk.len() + 4);
        lines.push(header.clone());
        lines.push(String::new());
        lines.extend(chunk.iter().cloned());
        lines.push(String::new());
        lines.push(format!("Sida {} av {n}", p + 1));
        page_lines.push(lines);
    }
    let file_stem = format!(
        "{index:06}_{}_{doc_type}_{year}",
        ascii_slug(muni).to_lowercase()
    );
    Doc {
        index,
        file_stem,
        municipality: muni,
        doc_type,
        year,
        title,
        format,
        pages: page_lines,
        items: body.items,
    }
}

fn title(c: &mut Ctx, doc_type: &str) -> String {
    let (indef, def, _, _) = c.compound();
    let y = c.year;
    match doc_type {
        "protokoll" => format!("Protokoll {} {}", c.body(), c.date()),
        "tjansteskrivelse" => format!("Tjänsteskrivelse: {}", cap(&def)),
        "budget" => format!("Budget {} med plan för {}–{}", y, y + 1, y + 2),
        "strategi" => format!("{} för {} {}–{}", cap(&indef), c.muni_full(), y, y + 4),
        "program" => format!("Program för {} {}–{}", def, y, y + 3),
        "handlingsplan" => format!("Handlingsplan för {def} {y}"),
        "uppfoljning" => format!(
            "Uppföljning av {def}, {} {y}",
            c.r.pick(&["tertial 1", "tertial 2", "delår", "helår"])
        ),
        _ => format!("{} satsar på {indef}", c.muni),
    }
}

/// Writes blocks until the page budget is spent.
fn make_body(c: &mut Ctx, doc_type: &str, title: &str, capacity: usize) -> Body {
    let mut body = Body::default();
    let push = |body: &mut Body, b: Block| -> bool {
        if body.lines.len() + b.lines.len() > capacity && !body.lines.is_empty() {
            return false;
        }
        body.lines.extend(b.lines);
        body.items.extend(b.items);
        true
    };
    let mut b = Block::default();
    b.heading(title);
    push(&mut body, b);
    let mut section = 0;
    loop {
        let block = match doc_type {
            "protokoll" | "tjansteskrivelse" => case_block(c, &mut section),
            "budget" | "strategi" | "program" | "handlingsplan" => plan_block(c, &mut section),
            "uppfoljning" => followup_block(c, &mut section),
            _ => news_block(c),
        };
        if !push(&mut body, block) {
            break;
        }
    }
    body
}

type Sentence = (Option<&'static str>, String);

/// A paragraph mostly of prose with a chance of items mixed in.
fn mixed_para(c: &mut Ctx, n: usize, item_p: f64) -> Vec<Sentence> {
    (0..n)
        .map(|_| {
            if c.r.chance(item_p) {
                match c.r.below(4) {
                    0 => (Some("assignment"), c.assignment()),
                    1 => (Some("decision"), c.decision()),
                    2 => (Some("goal"), c.goal()),
                    _ => (Some("commitment"), c.commitment()),
                }
            } else {
                (None, c.prose())
            }
        })
        .collect()
}

/// Protocols and officials' reports: summary, proposed decision, background, case.
fn case_block(c: &mut Ctx, section: &mut usize) -> Block {
    let mut b = Block::default();
    let s = *section;
    *section += 1;
    match s % 6 {
        0 => {
            if s > 0 {
                b.heading(&format!("§ {} {}", c.r.range(1, 250), c.heading_title()));
            }
            b.heading("Sammanfattning");
            let n = c.r.range(2, 5) as usize;
            b.para(&mixed_para(c, n, 0.1));
        }
        1 => {
            b.heading("Förslag till beslut");
            let body = cap(c.body());
            b.para(&[(None, format!("{body} föreslås besluta"))]);
            let n = c.r.range(2, 5) as usize;
            let entries: Vec<Sentence> = (0..n)
                .map(|_| {
                    if c.r.chance(0.5) {
                        (Some("assignment"), c.assignment())
                    } else {
                        (Some("decision"), c.decision())
                    }
                })
                .collect();
            b.list(&entries, ListStyle::Number);
        }
        2 => {
            b.heading("Beslutsunderlag");
            let n = c.r.range(1, 4) as usize;
            let entries: Vec<Sentence> = (0..n)
                .map(|_| {
                    let (_, def, _, _) = c.compound();
                    (None, format!("Tjänsteskrivelse {} {}", c.date(), cap(&def)))
                })
                .collect();
            b.list(&entries, ListStyle::Bullet);
        }
        3 | 4 => {
            b.heading(if s % 6 == 3 { "Ärendet" } else { "Bakgrund" });
            for _ in 0..c.r.range(1, 3) {
                let n = c.r.range(3, 8) as usize;
                b.para(&mixed_para(c, n, 0.12));
            }
        }
        _ => {
            b.heading("Ekonomiska konsekvenser");
            let n = c.r.range(1, 3) as usize;
            b.para(&mixed_para(c, n, 0.0));
            b.heading("Beslutet skickas till");
            for _ in 0..c.r.range(1, 3) {
                b.lines.push(cap(c.unit()));
            }
            b.blank();
        }
    }
    b
}

/// Budgets, strategies, programmes and action plans: areas with goals, assignments, commitments.
fn plan_block(c: &mut Ctx, section: &mut usize) -> Block {
    let mut b = Block::default();
    let s = *section;
    *section += 1;
    let chapter = s / 6 + 1;
    match s % 6 {
        0 | 2 | 4 => {
            if s.is_multiple_of(6) {
                let h = c.heading_title();
                b.heading(&format!("{chapter} {h}"));
            }
            for _ in 0..c.r.range(1, 3) {
                let n = c.r.range(3, 8) as usize;
                b.para(&mixed_para(c, n, 0.06));
            }
        }
        1 => {
            b.heading(&format!("{chapter}.1 Mål"));
            let n = c.r.range(2, 5) as usize;
            let entries: Vec<Sentence> = (0..n).map(|_| (Some("goal"), c.goal())).collect();
            b.list(&entries, ListStyle::Bullet);
        }
        3 => {
            b.heading(&format!("{chapter}.2 Uppdrag"));
            let n = c.r.range(1, 4) as usize;
            let entries: Vec<Sentence> = (0..n)
                .map(|_| (Some("assignment"), c.assignment()))
                .collect();
            b.list(&entries, ListStyle::Number);
        }
        _ => {
            b.heading(&format!("{chapter}.3 Så här arbetar vi"));
            let n = c.r.range(2, 5) as usize;
            let entries: Vec<Sentence> = (0..n)
                .map(|_| (Some("commitment"), c.commitment()))
                .collect();
            b.list(&entries, ListStyle::Dash);
            let n = c.r.range(2, 5) as usize;
            b.para(&mixed_para(c, n, 0.1));
        }
    }
    b
}

/// Follow-up reports: prose and tables of key figures.
fn followup_block(c: &mut Ctx, section: &mut usize) -> Block {
    let mut b = Block::default();
    *section += 1;
    let h = c.heading_title();
    b.heading(&format!("{section} {h}"));
    let n = c.r.range(3, 7) as usize;
    b.para(&mixed_para(c, n, 0.05));
    if c.r.chance(0.6) {
        let y = c.year;
        b.lines.push(format!(
            "{:<40}{:>10}{:>10}{:>10}",
            "Nyckeltal",
            y - 2,
            y - 1,
            y
        ));
        for _ in 0..c.r.range(2, 6) {
            let what = cap(c.r.pick(COUNTED));
            let base = c.r.range(10, 5000);
            let mut row = format!("{what:<40}");
            for k in 0..3 {
                let _ = write!(row, "{:>10}", base + k * c.r.range(-50, 120));
            }
            b.lines.push(row);
        }
        b.blank();
    }
    b
}

/// News: a few paragraphs, now and then a quoted commitment.
fn news_block(c: &mut Ctx) -> Block {
    let mut b = Block::default();
    let n = c.r.range(2, 5) as usize;
    b.para(&mixed_para(c, n, 0.15));
    b
}

/// ASCII file-name slug: Swedish letters folded, spaces to hyphens.
fn ascii_slug(s: &str) -> String {
    s.chars()
        .map(|ch| match ch {
            'å' | 'ä' => 'a',
            'Å' | 'Ä' => 'A',
            'ö' => 'o',
            'Ö' => 'O',
            'é' => 'e',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Writing

struct Written {
    doc: Doc,
    folder: PathBuf,
    file_name: String,
    bytes: u64,
}

fn write_doc(out: &Path, shard: usize, doc: Doc) -> anyhow::Result<Written> {
    let sub = format!("s{:03}", doc.index / shard);
    let (kind, ext) = match doc.format {
        Format::Pdf => ("pdf", "pdf"),
        _ => ("text", "txt"),
    };
    let folder = out.join(kind).join(&sub);
    std::fs::create_dir_all(&folder)?;
    let file_name = format!("{}.{ext}", doc.file_stem);
    let bytes = match doc.format {
        Format::Utf8 => doc.text().into_bytes(),
        Format::Cp1252 => cp1252(&doc.text())?,
        Format::Pdf => {
            let truth = out.join("pdf_truth").join(&sub);
            std::fs::create_dir_all(&truth)?;
            std::fs::write(truth.join(format!("{}.txt", doc.file_stem)), doc.text())?;
            pdf_bytes(&doc)?
        }
    };
    let mut f = std::io::BufWriter::new(std::fs::File::create(folder.join(&file_name))?);
    f.write_all(&bytes)?;
    f.flush()?;
    Ok(Written {
        doc,
        folder,
        file_name,
        bytes: bytes.len() as u64,
    })
}

/// Encodes in windows-1252, failing on any character it lacks (the vocabulary avoids them).
fn cp1252(s: &str) -> anyhow::Result<Vec<u8>> {
    let (bytes, _, had_errors) = encoding_rs::WINDOWS_1252.encode(s);
    anyhow::ensure!(!had_errors, "text not encodable in windows-1252: {s:?}");
    Ok(bytes.into_owned())
}

/// A PDF with one text line per `Tj`, Helvetica in WinAnsiEncoding, compressed page streams.
fn pdf_bytes(doc: &Doc) -> anyhow::Result<Vec<u8>> {
    let mut pdf = lopdf::Document::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let font_id = pdf.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = pdf.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids = vec![];
    for page in &doc.pages {
        let mut ops = vec![];
        let n = page.len();
        for (i, line) in page.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            // Header at the top, footer at the bottom, body lines 13 pt apart in between.
            let y = if i == 0 {
                812
            } else if i + 1 == n {
                30
            } else {
                790 - 13 * (i as i64 - 1)
            };
            let x = if i + 1 == n { 270 } else { 56 };
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new(
                "Tf",
                vec![
                    "F1".into(),
                    if i == 0 || i + 1 == n { 8 } else { 10 }.into(),
                ],
            ));
            ops.push(Operation::new("Td", vec![x.into(), y.into()]));
            ops.push(Operation::new(
                "Tj",
                vec![Object::String(cp1252(line)?, StringFormat::Literal)],
            ));
            ops.push(Operation::new("ET", vec![]));
        }
        let content = Content { operations: ops };
        let mut stream = Stream::new(dictionary! {}, content.encode()?);
        stream.compress()?;
        let content_id = pdf.add_object(stream);
        let page_id = pdf.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        });
        kids.push(Object::from(page_id));
    }
    let count = kids.len() as i64;
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = pdf.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    pdf.trailer.set("Root", catalog_id);
    let mut out = vec![];
    pdf.save_to(&mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(seed: u64) -> Options {
        Options {
            seed,
            pdf_share: 0.1,
            cp1252_share: 0.1,
        }
    }

    #[test]
    fn municipalities_are_290_distinct_names() {
        let set: std::collections::HashSet<_> = MUNICIPALITIES.iter().collect();
        assert_eq!(set.len(), 290);
        for m in STAD {
            assert!(MUNICIPALITIES.contains(m), "{m} is not in the list");
        }
    }

    #[test]
    fn same_seed_same_document_other_seed_other_document() {
        let a = make_doc(&opts(1), 17);
        let b = make_doc(&opts(1), 17);
        let c = make_doc(&opts(2), 17);
        assert_eq!(a.text(), b.text());
        assert_eq!(a.items, b.items);
        assert_ne!(a.text(), c.text());
    }

    #[test]
    fn sizes_stay_within_one_to_sixty_pages_with_a_tail() {
        let docs: Vec<Doc> = (0..2000).map(|i| make_doc(&opts(3), i)).collect();
        let pages: Vec<usize> = docs.iter().map(|d| d.pages.len()).collect();
        assert!(pages.iter().all(|&p| (1..=60).contains(&p)));
        let long = pages.iter().filter(|&&p| p >= 20).count();
        let short = pages.iter().filter(|&&p| p <= 3).count();
        assert!(long > 10, "no long tail: {long} documents of 20+ pages");
        assert!(short > 500, "too few short documents: {short}");
        // Every page is filled with text, not left nearly empty, except possibly the last.
        for d in &docs {
            for p in &d.pages[..d.pages.len() - 1] {
                assert!(
                    p.len() > LINES_PER_PAGE / 2,
                    "{} has a thin page",
                    d.file_stem
                );
            }
        }
        let munis: std::collections::HashSet<_> = docs.iter().map(|d| d.municipality).collect();
        assert!(munis.len() > 250, "only {} municipalities", munis.len());
    }

    #[test]
    fn items_are_in_the_text_and_every_kind_occurs() {
        let mut kinds = std::collections::HashSet::new();
        for i in 0..200 {
            let d = make_doc(&opts(4), i);
            // Items may be wrapped over lines and broken by a page's running header and
            // footer: compare with the furniture left out and whitespace collapsed.
            let body: Vec<&str> = d
                .pages
                .iter()
                .flat_map(|p| p[2..p.len() - 2].iter().map(String::as_str))
                .collect();
            let flat = styrdok::model::collapse_whitespace(&body.join("\n"));
            assert!(d.text().starts_with(&d.pages[0][0]));
            for (k, s) in &d.items {
                kinds.insert(*k);
                assert!(flat.contains(s.as_str()), "item not in text: {s}");
            }
        }
        assert_eq!(kinds.len(), 4);
    }

    #[test]
    fn vocabulary_is_windows_1252_and_varied() {
        let mut words = std::collections::HashSet::new();
        for i in 0..300 {
            let d = make_doc(&opts(5), i);
            let t = d.text();
            assert!(cp1252(&t).is_ok(), "document {i} is not windows-1252");
            for w in t.split(|c: char| !c.is_alphabetic()) {
                words.insert(w.to_lowercase());
            }
        }
        assert!(words.len() > 3000, "only {} distinct words", words.len());
        assert!(words.contains("näringslivsstrategi") || words.contains("näringslivsstrategin"));
    }

    #[test]
    fn pdf_keeps_swedish_letters_in_winansi() {
        let mut d = make_doc(&opts(6), 0);
        d.pages = vec![vec![
            "Rubrik".into(),
            String::new(),
            "Åtgärder för Malmö och Västerås: näringslivsstrategi (ökad).".into(),
            String::new(),
            "Sida 1 av 1".into(),
        ]];
        let bytes = pdf_bytes(&d).unwrap();
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let pages = pdf.get_pages();
        assert_eq!(pages.len(), 1);
        let (_, &page_id) = pages.iter().next().unwrap();
        let content = pdf.get_and_decode_page_content(page_id).unwrap();
        let strings: Vec<Vec<u8>> = content
            .operations
            .iter()
            .filter(|op| op.operator == "Tj")
            .filter_map(|op| op.operands.first()?.as_str().ok().map(<[u8]>::to_vec))
            .collect();
        // Å = 0xC5, ö = 0xF6, ä = 0xE4, å = 0xE5 in WinAnsiEncoding.
        let line = &strings[1];
        assert_eq!(line[0], 0xC5);
        assert!(line.contains(&0xF6) && line.contains(&0xE4));
        assert_eq!(
            encoding_rs::WINDOWS_1252.decode(line).0,
            "Åtgärder för Malmö och Västerås: näringslivsstrategi (ökad)."
        );
    }

    #[test]
    fn wrap_keeps_words_and_width() {
        let t = "Kommunstyrelsen ger stadskontoret i uppdrag att ta fram en ny näringslivsstrategi i samverkan med Almi och Region Skåne senast 2027.";
        let lines = wrap(t, 40, "  ");
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 40));
        assert_eq!(styrdok::model::collapse_whitespace(&lines.join(" ")), t);
    }

    #[test]
    fn rng_is_uniform_enough() {
        let mut r = Rng::new(9, 0);
        let mut counts = [0usize; 10];
        for _ in 0..100_000 {
            counts[r.below(10)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (9_000..11_000).contains(&c)),
            "{counts:?}"
        );
    }
}
