//! Fonts: how the bytes of a shown string become codes, text and advance widths.
//!
//! Simple fonts (Type1, TrueType, MMType1) decode one byte per code. Their text comes from the
//! ToUnicode CMap, then from glyph names (`/Differences` or the font program's built-in
//! encoding, through the glyph list), then from the base encoding. Composite (Type0) fonts split
//! strings by their encoding CMap (Identity-H/V: two bytes) and take text from ToUnicode, or from
//! the code itself for the predefined UCS-2/UTF-16 CMaps. Type3 fonts are simple fonts whose
//! widths are in glyph space scaled by `/FontMatrix`.

use super::cmap::CMap;
use super::glyphs::{BaseEncoding, glyph_to_unicode, unicode_to_glyph};
use super::std14;
use super::{Budget, deref, dict_get, num};
use lopdf::{Dictionary, Document, Object};
use std::collections::HashMap;

/// One decoded code.
pub struct Code<'f> {
    /// Its text; `None` when the font gives no way to know it.
    pub text: Option<&'f str>,
    /// Advance width in text space for a font size of 1 (glyph width / 1000).
    pub width: f32,
    /// A single-byte code 32, to which word spacing (Tw) applies.
    pub word_space: bool,
}

#[derive(Debug)]
enum Kind {
    Simple {
        text: Vec<Option<Box<str>>>,
        widths: Vec<f32>,
    },
    Composite(Box<Composite>),
}

#[derive(Debug)]
struct Composite {
    /// Embedded encoding CMap (code space + CIDs); `None` for Identity and named CMaps.
    encoding: Option<CMap>,
    /// Text straight from the code (predefined Uni…-UCS2/UTF16 CMaps).
    ucs2: bool,
    to_unicode: Option<CMap>,
    widths: HashMap<u32, f32>,
    default_width: f32,
    cache: HashMap<u32, Option<Box<str>>>,
}

/// A loaded font.
#[derive(Debug)]
pub struct Font {
    kind: Kind,
    /// Multiplies the font size to give the glyphs' real size (1 except for odd Type3 fonts).
    pub size_scale: f32,
}

/// Replaces characters that should not come out of a PDF as they are: ligatures are expanded,
/// no-break and other odd spaces become plain spaces, a soft hyphen drawn as a glyph is a hyphen,
/// control characters are dropped.
pub fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{ad}' | '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200b}'..='\u{200d}' | '\u{feff}' | '\u{2060}' => {}
            c if c.is_control() && c != '\t' => {}
            '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Whether a ToUnicode value is useless (empty, private use, control characters only), so the
/// glyph name should be tried instead.
fn useless(s: &str) -> bool {
    s.is_empty()
        || s.chars().all(|c| {
            ('\u{e000}'..='\u{f8ff}').contains(&c)
                || (c.is_control() && c != '\t')
                || c == '\u{fffd}'
        })
}

/// The name of a standard-14 font (with common aliases) for a /BaseFont, and whether widths are
/// monospaced.
fn std14_table(base: &str) -> Option<&'static [(&'static str, u16)]> {
    let b = base.split_once('+').map_or(base, |(_, r)| r);
    let lower = b.to_ascii_lowercase().replace([' ', '-', ','], "");
    let bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy");
    let italic = lower.contains("italic") || lower.contains("oblique");
    if lower.starts_with("helvetica") || lower.starts_with("arial") {
        return Some(if bold {
            std14::HELVETICA_BOLD
        } else {
            std14::HELVETICA
        });
    }
    if lower.starts_with("times") {
        return Some(match (bold, italic) {
            (true, true) => std14::TIMES_BOLD_ITALIC,
            (true, false) => std14::TIMES_BOLD,
            (false, true) => std14::TIMES_ITALIC,
            (false, false) => std14::TIMES_ROMAN,
        });
    }
    None
}

fn is_courier(base: &str) -> bool {
    base.to_ascii_lowercase().contains("courier")
}

/// Reads `dup <code> /<name> put` entries from the clear-text part of a Type 1 font program:
/// the font's built-in encoding, used when the PDF gives no /Encoding.
fn type1_builtin_encoding(program: &[u8]) -> Vec<(u8, String)> {
    // Only the clear-text part (before `eexec`) holds the encoding.
    let end = program
        .windows(5)
        .position(|w| w == b"eexec")
        .unwrap_or(program.len().min(64 * 1024));
    let text = String::from_utf8_lossy(&program[..end]);
    let mut out = vec![];
    let toks: Vec<&str> = text.split_ascii_whitespace().collect();
    for w in toks.windows(4) {
        if w[0] == "dup"
            && w[3] == "put"
            && let (Ok(code), Some(name)) = (w[1].parse::<u8>(), w[2].strip_prefix('/'))
        {
            out.push((code, name.to_string()));
        }
    }
    out
}

impl Font {
    /// Loads a font dictionary. Never fails: a broken font decodes as well as it can (and text
    /// it cannot map is reported by the caller as unmapped).
    pub fn load(doc: &Document, dict: &Dictionary, budget: &mut Budget<'_>) -> Font {
        let subtype = dict_get(doc, dict, b"Subtype")
            .and_then(|o| o.as_name().ok())
            .unwrap_or(b"Type1");
        let to_unicode = dict_get(doc, dict, b"ToUnicode")
            .and_then(|o| o.as_stream().ok())
            .and_then(|s| budget.decode(s))
            .map(|d| CMap::parse(&d))
            .filter(CMap::has_text);
        if subtype == b"Type0" {
            return Self::load_composite(doc, dict, to_unicode, budget);
        }
        Self::load_simple(doc, dict, subtype == b"Type3", to_unicode, budget)
    }

    fn load_simple(
        doc: &Document,
        dict: &Dictionary,
        type3: bool,
        to_unicode: Option<CMap>,
        budget: &mut Budget<'_>,
    ) -> Font {
        let base_font = dict_get(doc, dict, b"BaseFont")
            .and_then(|o| o.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let descriptor = dict_get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
        let symbolic = descriptor
            .and_then(|d| dict_get(doc, d, b"Flags"))
            .and_then(num)
            .is_some_and(|f| (f as i64) & 4 != 0);
        let is_truetype = dict_get(doc, dict, b"Subtype")
            .and_then(|o| o.as_name().ok())
            .is_some_and(|n| n == b"TrueType");

        // Encoding: base + differences.
        let mut base = if is_truetype || type3 {
            BaseEncoding::WinAnsi
        } else {
            BaseEncoding::Standard
        };
        let mut names: Vec<Option<String>> = vec![None; 256];
        let mut has_encoding = false;
        match dict_get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                if let Some(b) = BaseEncoding::from_name(n) {
                    base = b;
                    has_encoding = true;
                }
            }
            Some(Object::Dictionary(enc)) => {
                if let Some(b) = dict_get(doc, enc, b"BaseEncoding")
                    .and_then(|o| o.as_name().ok())
                    .and_then(BaseEncoding::from_name)
                {
                    base = b;
                    has_encoding = true;
                }
                if let Some(Object::Array(diffs)) = dict_get(doc, enc, b"Differences") {
                    has_encoding = true;
                    let mut code: i64 = 0;
                    for item in diffs.iter().take(4096) {
                        match deref(doc, item) {
                            Some(Object::Integer(i)) => code = *i,
                            Some(Object::Real(r)) => code = *r as i64,
                            Some(Object::Name(n)) => {
                                if (0..256).contains(&code) {
                                    names[code as usize] = Some(String::from_utf8_lossy(n).into());
                                }
                                code += 1;
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
        if !has_encoding && !type3 {
            // The font program's own encoding (embedded Type 1 fonts, e.g. from TeX).
            if let Some(prog) = descriptor
                .and_then(|d| dict_get(doc, d, b"FontFile"))
                .and_then(|o| o.as_stream().ok())
                .and_then(|s| budget.decode(s))
            {
                for (code, name) in type1_builtin_encoding(&prog) {
                    names[usize::from(code)] = Some(name);
                }
            }
        }

        let mut text: Vec<Option<Box<str>>> = Vec::with_capacity(256);
        for code in 0..=255u8 {
            let from_cmap = to_unicode
                .as_ref()
                .and_then(|c| c.lookup(1, u32::from(code)))
                .filter(|s| !useless(s));
            let t = from_cmap
                .or_else(|| {
                    names[usize::from(code)]
                        .as_deref()
                        .and_then(glyph_to_unicode)
                })
                .or_else(|| {
                    if let Some(name) = &names[usize::from(code)] {
                        // A named glyph we cannot resolve: only names that spell out their
                        // own code ("a192", "C65", as some Type 3 fonts use) are read through
                        // the base encoding; others ("g31": a glyph id) are not guessed.
                        let digits = name.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                        let prefix = name.len() - digits.len();
                        return ((1..=2).contains(&prefix)
                            && digits.parse::<u32>() == Ok(u32::from(code)))
                        .then(|| base.char(code).map(String::from))
                        .flatten();
                    }
                    if symbolic && !has_encoding && is_truetype {
                        // Symbolic TrueType without encoding: codes are glyph ids or PUA.
                        return (0x20..0x7f)
                            .contains(&code)
                            .then(|| (code as char).to_string());
                    }
                    base.char(code).map(String::from)
                })
                .map(|s| clean_text(&s).into_boxed_str());
            text.push(t);
        }

        // Widths.
        let scale = if type3 {
            match dict_get(doc, dict, b"FontMatrix") {
                Some(Object::Array(m)) if m.len() == 6 => {
                    m.first().and_then(|o| num(deref(doc, o)?)).unwrap_or(0.001)
                }
                _ => 0.001,
            }
        } else {
            0.001
        };
        let size_scale = if type3 {
            match dict_get(doc, dict, b"FontMatrix") {
                Some(Object::Array(m)) if m.len() == 6 => m
                    .get(3)
                    .and_then(|o| num(deref(doc, o)?))
                    .map(|d| (d * 1000.0).abs())
                    .filter(|v| *v > 0.0 && v.is_finite())
                    .unwrap_or(1.0)
                    .clamp(0.01, 100.0),
                _ => 1.0,
            }
        } else {
            1.0
        };
        let missing = descriptor
            .and_then(|d| dict_get(doc, d, b"MissingWidth"))
            .and_then(num)
            .unwrap_or(0.0);
        let mut widths = vec![f32::NAN; 256];
        let first = dict_get(doc, dict, b"FirstChar")
            .and_then(num)
            .unwrap_or(0.0) as i64;
        if let Some(Object::Array(ws)) = dict_get(doc, dict, b"Widths") {
            for (i, w) in ws.iter().enumerate() {
                let code = first + i as i64;
                if (0..256).contains(&code) {
                    widths[code as usize] = deref(doc, w).and_then(num).unwrap_or(missing) * scale;
                }
            }
        }
        let std = std14_table(&base_font);
        let courier = is_courier(&base_font);
        for code in 0..256usize {
            if !widths[code].is_nan() {
                continue;
            }
            let name = names[code].clone().or_else(|| {
                base.char(code as u8)
                    .and_then(unicode_to_glyph)
                    .map(String::from)
            });
            let w = if courier {
                600.0
            } else if let (Some(table), Some(name)) = (std, name) {
                table
                    .binary_search_by(|(n, _)| (*n).cmp(name.as_str()))
                    .map(|i| f32::from(table[i].1))
                    .unwrap_or(if missing > 0.0 { missing } else { 500.0 })
            } else if missing > 0.0 {
                missing
            } else {
                // No metrics at all: an average Latin width keeps words apart.
                500.0
            };
            widths[code] = w * 0.001;
        }
        Font {
            kind: Kind::Simple { text, widths },
            size_scale,
        }
    }

    fn load_composite(
        doc: &Document,
        dict: &Dictionary,
        to_unicode: Option<CMap>,
        budget: &mut Budget<'_>,
    ) -> Font {
        let (encoding, ucs2) = match dict_get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let name = String::from_utf8_lossy(n);
                (None, name.contains("UCS2") || name.contains("UTF16"))
            }
            Some(Object::Stream(s)) => (budget.decode(s).map(|d| CMap::parse(&d)), false),
            _ => (None, false),
        };
        let descendant = match dict_get(doc, dict, b"DescendantFonts") {
            Some(Object::Array(a)) => a
                .first()
                .and_then(|o| deref(doc, o))
                .and_then(|o| o.as_dict().ok()),
            _ => None,
        };
        let mut widths = HashMap::new();
        let mut default_width = 1.0;
        if let Some(d) = descendant {
            if let Some(dw) = dict_get(doc, d, b"DW").and_then(num) {
                default_width = dw * 0.001;
            }
            if let Some(Object::Array(w)) = dict_get(doc, d, b"W") {
                let items: Vec<&Object> = w.iter().filter_map(|o| deref(doc, o)).collect();
                let mut i = 0;
                while i < items.len() && widths.len() < 200_000 {
                    let Some(c0) = num(items[i]) else {
                        i += 1;
                        continue;
                    };
                    let c0 = c0.max(0.0) as u32;
                    match items.get(i + 1) {
                        Some(Object::Array(ws)) => {
                            for (k, w) in ws.iter().enumerate() {
                                if let Some(w) = deref(doc, w).and_then(num) {
                                    widths.insert(c0.saturating_add(k as u32), w * 0.001);
                                }
                            }
                            i += 2;
                        }
                        Some(o) => {
                            let c1 = num(o).unwrap_or(0.0).max(0.0) as u32;
                            let w = items.get(i + 2).and_then(|o| num(o)).unwrap_or(1000.0);
                            // Cap ranges: a hostile /W can name four billion CIDs.
                            for c in c0..=c1.min(c0.saturating_add(65_535)) {
                                widths.insert(c, w * 0.001);
                            }
                            i += 3;
                        }
                        None => break,
                    }
                }
            }
        }
        Font {
            kind: Kind::Composite(Box::new(Composite {
                encoding,
                ucs2,
                to_unicode,
                widths,
                default_width,
                cache: HashMap::new(),
            })),
            size_scale: 1.0,
        }
    }

    /// Decodes a shown string code by code.
    pub fn decode(&mut self, bytes: &[u8], mut f: impl FnMut(Code<'_>)) {
        match &mut self.kind {
            Kind::Simple { text, widths } => {
                for &b in bytes {
                    f(Code {
                        text: text[usize::from(b)].as_deref(),
                        width: widths[usize::from(b)],
                        word_space: b == 32,
                    });
                }
            }
            Kind::Composite(c) => {
                let Composite {
                    encoding,
                    ucs2,
                    to_unicode,
                    widths,
                    default_width,
                    cache,
                } = &mut **c;
                let mut rest = bytes;
                while !rest.is_empty() {
                    let (code, n) = match encoding.as_ref() {
                        Some(e) if !e.codespace.is_empty() => e.next_code(rest, 2),
                        // Identity-H/V and the named CMaps used in practice: two bytes.
                        _ if rest.len() >= 2 => (u32::from(rest[0]) << 8 | u32::from(rest[1]), 2),
                        _ => (u32::from(rest[0]), 1),
                    };
                    rest = &rest[n.min(rest.len())..];
                    let cid = encoding
                        .as_ref()
                        .and_then(|e| e.cid(n as u8, code))
                        .unwrap_or(code);
                    let width = widths.get(&cid).copied().unwrap_or(*default_width);
                    let key = code | (n as u32) << 30;
                    let entry = cache.entry(key).or_insert_with(|| {
                        let t = to_unicode
                            .as_ref()
                            .and_then(|t| t.lookup(n as u8, code))
                            .filter(|s| !useless(s))
                            .or_else(|| {
                                if *ucs2 {
                                    char::from_u32(code).map(String::from)
                                } else {
                                    None
                                }
                            });
                        t.map(|s| clean_text(&s).into_boxed_str())
                    });
                    f(Code {
                        text: entry.as_deref(),
                        width,
                        word_space: n == 1 && code == 32,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_ligatures_and_spaces() {
        assert_eq!(clean_text("\u{fb01}nans\u{a0}x\u{ad}"), "finans x-");
    }

    #[test]
    fn std14_aliases() {
        assert!(std::ptr::eq(
            std14_table("ABCDEF+Arial,Bold").unwrap(),
            std14::HELVETICA_BOLD
        ));
        assert!(std::ptr::eq(
            std14_table("Times-Italic").unwrap(),
            std14::TIMES_ITALIC
        ));
        assert!(std14_table("Carlito").is_none());
    }

    #[test]
    fn builtin_type1_encoding() {
        let prog = b"/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 229 /aring put\ndup 65 /A put\nreadonly def\ncurrentfile eexec\xff\xff";
        let enc = type1_builtin_encoding(prog);
        assert_eq!(enc, vec![(229, "aring".to_string()), (65, "A".to_string())]);
    }
}
