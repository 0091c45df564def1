//! CMaps: ToUnicode maps (`bfchar`, `bfrange` with strings or arrays, multi-byte codes,
//! UTF-16 surrogate pairs) and the code-space/CID parts of embedded encoding CMaps.
//!
//! Parsed by hand with the content lexer: a CMap is a small PostScript program, and only its
//! sections matter here. Sizes are capped so a hostile CMap cannot allocate without bound.

use super::lexer::{Lexer, Operand, Token};
use std::collections::HashMap;

/// Most entries kept from one CMap (real ones hold a few thousand).
const MAX_ENTRIES: usize = 200_000;
/// Longest range expanded or stored (a range is checked at lookup, not expanded, when it maps
/// to a string; this caps array ranges).
const MAX_ARRAY_RANGE: u32 = 65_536;

/// A code-space range: codes of `len` bytes between `lo` and `hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CodeRange {
    /// Number of bytes.
    pub len: u8,
    /// Lowest code.
    pub lo: u32,
    /// Highest code.
    pub hi: u32,
}

/// A parsed CMap.
#[derive(Debug, Default, Clone)]
pub struct CMap {
    /// Code-space ranges (how to split a string into codes).
    pub codespace: Vec<CodeRange>,
    /// Single codes → text (key: byte length and code).
    chars: HashMap<(u8, u32), Box<str>>,
    /// Ranges `lo..=hi` → text whose last UTF-16 unit is incremented.
    ranges: Vec<(u8, u32, u32, Vec<u16>)>,
    /// Single codes → CID.
    cid_chars: HashMap<(u8, u32), u32>,
    /// Ranges of codes → first CID.
    cid_ranges: Vec<(u8, u32, u32, u32)>,
}

fn code_of(bytes: &[u8]) -> (u8, u32) {
    let len = bytes.len().min(4);
    let mut v = 0u32;
    for &b in &bytes[bytes.len() - len..] {
        v = v << 8 | u32::from(b);
    }
    (len as u8, v)
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|c| {
            if c.len() == 2 {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from(c[0])
            }
        })
        .collect()
}

/// Text of UTF-16BE units; unpaired surrogates are dropped.
fn utf16_text(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .filter_map(|r| r.ok())
        .collect()
}

impl CMap {
    /// Parses a CMap stream's bytes. Never fails: what cannot be read is skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lex = Lexer::new(data);
        let mut stack: Vec<Operand> = vec![];
        let mut entries = 0usize;
        while let Some(tok) = lex.next_token() {
            let kw = match tok {
                Token::Operand(o) => {
                    if stack.len() < 1024 {
                        stack.push(o);
                    }
                    continue;
                }
                Token::Keyword(k) => k,
                _ => continue,
            };
            match kw {
                b"begincodespacerange"
                | b"beginbfchar"
                | b"beginbfrange"
                | b"begincidchar"
                | b"begincidrange" => {
                    stack.clear();
                    let end: &[u8] = match kw {
                        b"begincodespacerange" => b"endcodespacerange",
                        b"beginbfchar" => b"endbfchar",
                        b"beginbfrange" => b"endbfrange",
                        b"begincidchar" => b"endcidchar",
                        _ => b"endcidrange",
                    };
                    let mut items: Vec<Operand> = vec![];
                    while let Some(t) = lex.next_token() {
                        match t {
                            Token::Operand(o) if items.len() < 3 * 4096 => items.push(o),
                            Token::Operand(_) => {}
                            Token::Keyword(k) if k == end => break,
                            Token::Keyword(_) => break,
                            _ => {}
                        }
                    }
                    if entries > MAX_ENTRIES {
                        continue;
                    }
                    entries += items.len();
                    cmap.section(kw, items);
                }
                _ => stack.clear(),
            }
        }
        cmap
    }

    fn section(&mut self, kw: &[u8], items: Vec<Operand>) {
        match kw {
            b"begincodespacerange" => {
                for pair in items.chunks(2) {
                    if let [Operand::Str(lo), Operand::Str(hi)] = pair
                        && !lo.is_empty()
                        && lo.len() <= 4
                    {
                        let (len, lo) = code_of(lo);
                        let (_, hi) = code_of(hi);
                        self.codespace.push(CodeRange { len, lo, hi });
                    }
                }
            }
            b"beginbfchar" => {
                for pair in items.chunks(2) {
                    if let [Operand::Str(src), dst] = pair
                        && !src.is_empty()
                    {
                        let text = match dst {
                            Operand::Str(d) => utf16_text(&utf16_units(d)),
                            Operand::Name(n) => {
                                super::glyphs::glyph_to_unicode(&String::from_utf8_lossy(n))
                                    .unwrap_or_default()
                            }
                            _ => continue,
                        };
                        self.chars.insert(code_of(src), text.into());
                    }
                }
            }
            b"beginbfrange" => {
                for triple in items.chunks(3) {
                    let [Operand::Str(lo), Operand::Str(hi), dst] = triple else {
                        continue;
                    };
                    if lo.is_empty() {
                        continue;
                    }
                    let (len, lo) = code_of(lo);
                    let (_, hi) = code_of(hi);
                    if hi < lo {
                        continue;
                    }
                    match dst {
                        Operand::Str(d) => {
                            let units = utf16_units(d);
                            if !units.is_empty() {
                                self.ranges.push((len, lo, hi, units));
                            }
                        }
                        Operand::Array(arr) => {
                            for (i, o) in arr.iter().enumerate() {
                                let Some(code) = lo.checked_add(i as u32) else {
                                    break;
                                };
                                if code > hi || i as u32 >= MAX_ARRAY_RANGE {
                                    break;
                                }
                                if let Operand::Str(d) = o {
                                    self.chars
                                        .insert((len, code), utf16_text(&utf16_units(d)).into());
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            b"begincidchar" => {
                for pair in items.chunks(2) {
                    if let [Operand::Str(src), Operand::Num(cid)] = pair
                        && !src.is_empty()
                    {
                        self.cid_chars.insert(code_of(src), *cid as u32);
                    }
                }
            }
            _ => {
                for triple in items.chunks(3) {
                    if let [Operand::Str(lo), Operand::Str(hi), Operand::Num(cid)] = triple
                        && !lo.is_empty()
                    {
                        let (len, lo) = code_of(lo);
                        let (_, hi) = code_of(hi);
                        self.cid_ranges.push((len, lo, hi, *cid as u32));
                    }
                }
            }
        }
    }

    /// Whether the CMap maps anything to text.
    pub fn has_text(&self) -> bool {
        !self.chars.is_empty() || !self.ranges.is_empty()
    }

    /// The text of a code of `len` bytes.
    pub fn lookup(&self, len: u8, code: u32) -> Option<String> {
        if let Some(s) = self.chars.get(&(len, code)) {
            return Some(s.to_string());
        }
        // Later ranges override earlier ones, as later definitions do in PostScript.
        for (l, lo, hi, units) in self.ranges.iter().rev() {
            if *l == len && (*lo..=*hi).contains(&code) {
                let mut u = units.clone();
                if let Some(last) = u.last_mut() {
                    *last = last.wrapping_add((code - lo) as u16);
                }
                return Some(utf16_text(&u));
            }
        }
        None
    }

    /// The CID of a code, from `cidchar`/`cidrange`.
    pub fn cid(&self, len: u8, code: u32) -> Option<u32> {
        if let Some(c) = self.cid_chars.get(&(len, code)) {
            return Some(*c);
        }
        self.cid_ranges
            .iter()
            .rev()
            .find(|(l, lo, hi, _)| *l == len && (*lo..=*hi).contains(&code))
            .map(|(_, lo, _, cid)| cid.wrapping_add(code - lo))
    }

    /// Splits the next code off `bytes` by the code-space ranges: (code, byte length). Falls
    /// back to `default_len` bytes when no range matches.
    pub fn next_code(&self, bytes: &[u8], default_len: usize) -> (u32, usize) {
        for n in 1..=4usize {
            if n > bytes.len() {
                break;
            }
            let (_, code) = code_of(&bytes[..n]);
            if self
                .codespace
                .iter()
                .any(|r| usize::from(r.len) == n && (r.lo..=r.hi).contains(&code))
            {
                return (code, n);
            }
        }
        let n = default_len.clamp(1, 4).min(bytes.len()).max(1);
        (code_of(&bytes[..n]).1, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <00E5>
<0012> <D83DDE00>
endbfchar
2 beginbfrange
<0020> <0022> <0041>
<0030> <0032> [<00E4> <00F6> <00660069>]
endbfrange
0 beginbfchar
endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn bfchar_bfrange_arrays_and_surrogates() {
        let c = CMap::parse(CMAP);
        assert_eq!(c.lookup(2, 0x11).as_deref(), Some("å"));
        assert_eq!(c.lookup(2, 0x12).as_deref(), Some("😀"));
        assert_eq!(c.lookup(2, 0x22).as_deref(), Some("C"));
        assert_eq!(c.lookup(2, 0x31).as_deref(), Some("ö"));
        assert_eq!(c.lookup(2, 0x32).as_deref(), Some("fi"));
        assert_eq!(c.lookup(2, 0x40), None);
        assert_eq!(c.lookup(1, 0x11), None, "byte length is part of the code");
        assert_eq!(c.next_code(&[0, 0x11, 5], 1), (0x11, 2));
    }

    #[test]
    fn mixed_code_lengths() {
        let c = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange
             1 begincidrange <8140> <817f> 633 endcidrange",
        );
        assert_eq!(c.next_code(b"A\x81\x41", 2), (0x41, 1));
        assert_eq!(c.next_code(b"\x81\x41", 2), (0x8141, 2));
        assert_eq!(c.cid(2, 0x8141), Some(634));
    }

    #[test]
    fn garbage_does_not_panic() {
        let c = CMap::parse(b"beginbfrange <FFFFFFFF> <00> <0041> [ endbfrange <");
        assert!(!c.has_text());
    }
}
