//! PDF text extraction throughput (issue 3): a real LibreOffice PDF from the corpus and a
//! generated 40-page two-column PDF. Run with `cargo bench --bench pdf`; compare with poppler
//! using `benches/pdf_vs_pdftotext.sh`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lopdf::{Document, Object, Stream, dictionary};
use std::hint::black_box;
use styrdok::ingest::pdf::extract;

const CORPUS_PDF: &[u8] = include_bytes!("../corpus/004_111002b133b95e73_libreoffice.pdf");

/// A 40-page PDF with two columns of 50 lines each per page (Helvetica, WinAnsi).
fn generated() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = vec![];
    for p in 0..40 {
        let mut c = String::from("BT /F1 9 Tf\n");
        for col in 0..2 {
            for l in 0..50 {
                let x = 50 + col * 260;
                let y = 780 - l * 14;
                c.push_str(&format!(
                    "1 0 0 1 {x} {y} Tm (Sida {p} spalt {col} rad {l}: kommunen ska utveckla n\\344ringslivet) Tj\n"
                ));
            }
        }
        c.push_str("ET");
        let mut s = Stream::new(dictionary! {}, c.into_bytes());
        s.compress().expect("compress");
        let content = doc.add_object(s);
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(Object::from(page));
    }
    doc.objects.insert(
        pages_id,
        dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 40 }.into(),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let mut out = vec![];
    doc.save_to(&mut out).expect("save");
    out
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("pdf_extract");
    g.throughput(Throughput::Bytes(CORPUS_PDF.len() as u64));
    g.bench_function("corpus_libreoffice_6_pages", |b| {
        b.iter(|| {
            let t = extract(black_box(CORPUS_PDF)).expect("corpus PDF extracts");
            assert_eq!(t.pages.len(), 6);
            t
        })
    });
    let big = generated();
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("generated_two_columns_40_pages", |b| {
        b.iter(|| {
            let t = extract(black_box(&big)).expect("generated PDF extracts");
            assert_eq!(t.pages.len(), 40);
            t
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
