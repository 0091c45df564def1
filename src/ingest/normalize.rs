//! Text normalisation shared by every input format.
//!
//! All offsets in styrdok refer to the text *after* this normalisation (the original bytes are
//! kept on disk and identified by the document's content hash; we do not keep an offset map,
//! because nothing downstream needs the raw offsets and a map would double the memory per
//! document).
//!
//! What it does, in order: drop a leading BOM; CRLF and lone CR become LF; Unicode NFC (a
//! decomposed "a" + combining ring becomes "å"); NBSP and the other space variants become a plain
//! space; soft hyphens and zero-width characters are dropped; other C0/C1 control characters are
//! dropped, except tab, line feed and form feed (the page separator).

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// Normalises `s` as described in the module docs. Returns the text and the number of control
/// characters dropped (so callers can warn about binary junk).
pub fn normalize(s: &str) -> (String, usize) {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let mut dropped = 0usize;
    let mut out = String::with_capacity(s.len());
    // Characters this function changes are ASCII controls (and CR) or start with one of the
    // lead bytes 0xC2 (C1 controls, NBSP, soft hyphen), 0xE2 (U+2000–U+206F), 0xE3 (U+3000) or
    // 0xEF (U+FEFF). Runs of other bytes are copied as they are.
    let plain = |b: u8| match b {
        b'\t' | b'\n' | b'\x0c' => true,
        0..=0x1f | 0x7f | 0xc2 | 0xe2 | 0xe3 | 0xef => false,
        _ => true,
    };
    let mut rest = s;
    loop {
        let run = rest.bytes().position(|b| !plain(b)).unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        // Up to the next run: one character, or a CR LF pair.
        let Some(c) = rest.chars().next() else { break };
        let len = if rest.starts_with("\r\n") {
            2
        } else {
            c.len_utf8()
        };
        let (one, after) = rest.split_at(len);
        rest = after;
        normalize_chars(one, &mut out, &mut dropped);
    }
    // Fast path: most text is already NFC.
    if is_nfc_quick(out.chars()) != unicode_normalization::IsNormalized::Yes {
        out = out.nfc().collect();
    }
    (out, dropped)
}

/// The character-by-character part of [`normalize`], on a piece of text.
fn normalize_chars(s: &str, out: &mut String, dropped: &mut usize) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' | '\x0c' => out.push(c),
            // Space variants: NBSP, en/em spaces…, narrow NBSP, medium math space, ideographic.
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            // Soft hyphen, zero-width space/joiners, word joiner, BOM inside the text.
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            // Line and paragraph separators are line breaks.
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control() => *dropped += 1,
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).0
    }

    #[test]
    fn decomposed_a_ring_becomes_precomposed() {
        assert_eq!(n("Ma\u{30a}l och a\u{308}r"), "Mål och är");
        assert_eq!(n("O\u{308}rebro"), "Örebro");
    }

    #[test]
    fn line_ends_become_lf() {
        assert_eq!(n("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(n("a\r\r\nb"), "a\n\nb");
    }

    #[test]
    fn space_variants_become_spaces() {
        assert_eq!(n("1\u{a0}000\u{202f}kr\u{2009}x\u{3000}y"), "1 000 kr x y");
    }

    #[test]
    fn soft_hyphen_and_zero_width_are_dropped() {
        assert_eq!(
            n("när\u{ad}ings\u{200b}liv\u{2060}et\u{feff}"),
            "näringslivet"
        );
    }

    #[test]
    fn bom_is_dropped_and_form_feeds_kept() {
        assert_eq!(n("\u{feff}sida 1\x0csida 2"), "sida 1\x0csida 2");
    }

    #[test]
    fn control_characters_are_counted_and_dropped() {
        let (t, dropped) = normalize("a\u{0}b\u{7}c\u{85}d\te");
        assert_eq!(t, "abcd\te");
        assert_eq!(dropped, 3);
    }
}
