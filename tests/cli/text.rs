//! `styrdok text`: the normalised text of one document, whatever its encoding.

use crate::util::*;
use encoding_rs::WINDOWS_1252;

fn utf16(s: &str, le: bool) -> Vec<u8> {
    let mut v = if le {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in s.encode_utf16() {
        v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    v
}

#[test]
fn every_encoding_of_a_corpus_file_prints_the_same_bytes() {
    let dir = Dir::new();
    let mut cp1252_checked = 0;
    for path in corpus_texts() {
        let original = std::fs::read_to_string(&path).unwrap();
        let mut c = dir.cmd();
        c.arg("text").arg(&path);
        let reference = run(c);
        assert!(reference.status.success(), "{}", stderr(&reference));
        assert!(!reference.stdout.is_empty());

        let (cp1252, _, unmappable) = WINDOWS_1252.encode(&original);
        let mut variants = vec![
            ("utf16le.txt", utf16(&original, true)),
            ("utf16be.txt", utf16(&original, false)),
            (
                "bom.txt",
                [b"\xef\xbb\xbf".as_slice(), original.as_bytes()].concat(),
            ),
            ("crlf.txt", original.replace('\n', "\r\n").into_bytes()),
        ];
        // A file with characters outside windows-1252 cannot have a cp1252 copy.
        if !unmappable {
            variants.push(("cp1252.txt", cp1252.into_owned()));
            cp1252_checked += 1;
        }
        for (name, bytes) in variants {
            let copy = dir.write(name, &bytes);
            let mut c = dir.cmd();
            c.arg("text").arg(&copy);
            let out = run(c);
            assert!(out.status.success(), "{name}: {}", stderr(&out));
            assert!(
                out.stdout == reference.stdout,
                "{} as {name} prints different text",
                path.display()
            );
        }
    }
    assert!(
        cp1252_checked > 0,
        "no corpus file was checked as windows-1252"
    );
}

#[test]
fn decomposed_and_odd_spaces_are_normalised() {
    let dir = Dir::new();
    let p = dir.write(
        "nfd.txt",
        "Ma\u{30a}let a\u{308}r na\u{308}ringsliv\u{ad}et.\r\n1\u{a0}000\u{200b} kr\x0cSida 2\r\n",
    );
    let mut c = dir.cmd();
    c.arg("text").arg(&p);
    let out = run(c);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "Målet är näringslivet.\n1 000 kr\x0cSida 2\n");
}

#[test]
fn missing_file_is_a_clear_error() {
    let dir = Dir::new();
    let mut c = dir.cmd();
    c.arg("text").arg("nosuchfile.txt");
    let out = run(c);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("nosuchfile.txt"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn binary_file_is_refused_with_the_reason() {
    let dir = Dir::new();
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(31) % 256) as u8)
        .collect();
    let p = dir.write("garbage.txt", bytes);
    let mut c = dir.cmd();
    c.arg("text").arg(&p);
    let out = run(c);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("garbage.txt"));
    assert!(stderr(&out).contains("binary"));
}
