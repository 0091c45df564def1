//! Decoding plain-text files in any common encoding.
//!
//! Order of decisions: a BOM wins (UTF-8, UTF-16LE, UTF-16BE); then UTF-16 without a BOM,
//! recognised by NUL bytes in every other position; then UTF-8 if the bytes are valid (or nearly:
//! a few broken sequences in otherwise good UTF-8 are replaced and warned about); otherwise the
//! encoding is guessed with `chardetng` (with a Swedish top-level-domain hint, which makes it
//! prefer windows-1252 for Latin-1 era files). ISO-8859-1 decodes as windows-1252, as in the
//! WHATWG encoding standard; the two agree on every printable Latin-1 character.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// A decoded text file.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text (not yet normalised).
    pub text: String,
    /// Name of the encoding used.
    pub encoding: &'static str,
    /// Problems found while decoding.
    pub warnings: Vec<String>,
}

/// Why bytes are not treated as text.
#[derive(Debug, Clone, PartialEq)]
pub struct NotText(pub String);

/// Decodes `bytes` as text, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, &bytes[bom_len..]));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(decode_with(enc, bytes));
    }
    if looks_binary(bytes) {
        return Err(NotText(
            "binary content (NUL or control bytes), not a text file".into(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            encoding: UTF_8.name(),
            warnings: vec![],
        }),
        Err(_) => {
            let (valid_multibyte, invalid) = utf8_census(bytes);
            if valid_multibyte > 0 && valid_multibyte >= 4 * invalid {
                // Mostly UTF-8 with some damage: decoding as a legacy encoding would garble
                // every good å/ä/ö, so keep UTF-8 and report the damage.
                return Ok(decode_with(UTF_8, bytes));
            }
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(Some(b"se"), chardetng::Utf8Detection::Deny);
            // Swedish legacy text is overwhelmingly windows-1252; take a guess of another
            // single-byte Latin encoding only when chardetng is sure enough to pick it.
            let enc = if enc == UTF_8 { WINDOWS_1252 } else { enc };
            Ok(decode_with(enc, bytes))
        }
    }
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut warnings = vec![];
    if had_errors {
        let n = text.chars().filter(|&c| c == '\u{fffd}').count();
        warnings.push(format!(
            "{n} undecodable byte sequence(s) in {} replaced by U+FFFD",
            enc.name()
        ));
    }
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        warnings,
    }
}

/// UTF-16 without BOM: in Latin text every other byte is NUL.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text has almost no NUL or C0 control bytes other than tab, LF, CR and FF.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(65536)];
    if sample.is_empty() {
        return false;
    }
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c' | 0x1b))
        .count();
    nul > 0 && nul * 100 > sample.len() || ctrl * 20 > sample.len()
}

/// Counts valid multi-byte UTF-8 characters and invalid sequences.
fn utf8_census(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                valid += s.chars().filter(|c| !c.is_ascii()).count();
                return (valid, invalid);
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // SAFETY-free: `good` is valid UTF-8 by construction.
                valid += std::str::from_utf8(good)
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                invalid += 1;
                let skip = e.error_len().unwrap_or(rest.len()).max(1);
                bytes = &rest[skip.min(rest.len())..];
                if bytes.is_empty() {
                    return (valid, invalid);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SV: &str = "Kommunstyrelsen ges i uppdrag att utreda näringslivets behov.\nÅtgärder för företag i Malmö och Örebro; målet är 4,0.";

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut v = vec![];
        if bom {
            v.extend(if le { [0xff, 0xfe] } else { [0xfe, 0xff] });
        }
        for u in s.encode_utf16() {
            v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let d = decode(SV.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SV, "UTF-8"));
        let mut b = vec![0xef, 0xbb, 0xbf];
        b.extend(SV.as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SV, "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for le in [true, false] {
            for bom in [true, false] {
                let d = decode(&utf16(SV, le, bom)).unwrap();
                assert_eq!(d.text, SV, "le={le} bom={bom}");
                assert_eq!(d.encoding, if le { "UTF-16LE" } else { "UTF-16BE" });
            }
        }
    }

    #[test]
    fn windows_1252_and_latin1() {
        let (b, _, _) = WINDOWS_1252.encode(SV);
        let d = decode(&b).unwrap();
        assert_eq!(d.text, SV);
        assert_eq!(d.encoding, "windows-1252");
        // ISO-8859-1 bytes for å ä ö are the same as windows-1252.
        let latin1: Vec<u8> = "på väg till Göteborg"
            .chars()
            .map(|c| c as u32 as u8)
            .collect();
        assert_eq!(decode(&latin1).unwrap().text, "på väg till Göteborg");
    }

    #[test]
    fn windows_1252_punctuation() {
        let (b, _, _) = WINDOWS_1252.encode("”lokalt exportråd” – 50 € för företag");
        assert_eq!(
            decode(&b).unwrap().text,
            "”lokalt exportråd” – 50 € för företag"
        );
    }

    #[test]
    fn damaged_utf8_is_kept_with_a_warning() {
        let mut b = "Företagsklimatet i Västerås är gott. Åtgärder: "
            .as_bytes()
            .to_vec();
        b.push(0xff);
        b.extend("möten med näringslivet.".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Västerås") && d.text.contains('\u{fffd}'));
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("undecodable"));
    }

    #[test]
    fn binary_is_not_text() {
        let b: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode(&b).is_err());
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
