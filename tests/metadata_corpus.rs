//! Metadata inference on the bundled sample documents, read WITHOUT their manifest: the
//! inferred municipalities are compared with the manifest (which is data in the repository).
//! Only the number of right answers is checked, so the test cannot be passed by a lookup of
//! these files.

use std::path::Path;
use styrdok::ingest::{self, Loaded, manifest};
use styrdok::model::MetaSource;

#[test]
fn at_least_four_of_five_sample_municipalities_without_manifest() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let truth = manifest::read(&corpus.join(manifest::MANIFEST_NAME)).expect("corpus manifest");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut copied = 0;
    for entry in std::fs::read_dir(&corpus).expect("corpus dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
            copied += 1;
        }
    }
    assert_eq!(copied, 5);
    let found = ingest::discover(&[dir.path()]);
    let mut right = 0;
    let mut report = vec![];
    for f in &found {
        let Loaded::Document(doc) = ingest::load_found(f) else {
            panic!("{f:?} did not load");
        };
        assert_ne!(doc.meta.municipality_source, Some(MetaSource::Manifest));
        let want = truth
            .get(&doc.file)
            .and_then(|m| m.municipality.clone())
            .expect("file is in the manifest");
        if doc.meta.municipality.as_deref() == Some(want.as_str()) {
            right += 1;
        }
        report.push(format!(
            "{}: inferred {:?}, manifest {want}",
            doc.file, doc.meta.municipality
        ));
    }
    assert_eq!(report.len(), 5);
    eprintln!("{right} of 5 right:\n{}", report.join("\n"));
    assert!(
        right >= 4,
        "only {right} of 5 right:\n{}",
        report.join("\n")
    );
}
