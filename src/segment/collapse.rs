//! [`collapse_whitespace`] for the segmenter: borrowed when there is nothing to collapse, and
//! copying whole runs of words rather than one word at a time when there is.
//!
//! Every passage and every sentence is collapsed, so this runs over the text about twice;
//! the shared `collapse_whitespace` builds a new string word by word, which was a tenth of the
//! segmentation time. The result is the same (a test compares them), except that a word
//! broken at a line end by a hyphen is rejoined the way PDF extraction rejoins it
//! ("Kommun-⏎fullmäktige" → "Kommunfullmäktige", "IT-⏎avdelningen" → "IT-avdelningen"; a
//! suspended hyphen stays: "barn-⏎och" → "barn- och"): plain text saved from a PDF by another
//! tool keeps these breaks, and the rules and the reader must see the whole word.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// How the gap `gap` between `out` (the text so far) and `next` joins: `None` for one space,
/// `Some(true)` for nothing (the hyphen at the end of `out` stays), `Some(false)` for nothing
/// with the hyphen dropped. Only a gap with a line break after a hyphen joins.
fn join(out: &str, gap: &str, next: &str) -> Option<bool> {
    static NONE: LazyLock<HashSet<String>> = LazyLock::new(HashSet::new);
    if !out.ends_with('-') || !gap.contains('\n') {
        return None;
    }
    crate::ingest::pdf::dehyphenate(out, next, &NONE)
}

#[cfg(doc)]
use crate::model::collapse_whitespace;

/// 0: not whitespace; 1: a space; 2: other ASCII whitespace; 3: the first byte of a
/// character that may be whitespace (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    t[b' ' as usize] = 1;
    let mut c = b'\t';
    while c <= b'\r' {
        t[c as usize] = 2;
        c += 1;
    }
    t[0xc2] = 3;
    t[0xe1] = 3;
    t[0xe2] = 3;
    t[0xe3] = 3;
    t
}
static CLASS: [u8; 256] = classes();

/// The byte length of the whitespace character at byte `i` of `s`, or 0.
#[inline]
fn space_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i).map(|b| CLASS[*b as usize]) {
        None | Some(0) => 0,
        Some(1 | 2) => 1,
        _ => s
            .get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that equals `c`.
fn bytes_eq(w: u64, c: u8) -> u64 {
    let x = w ^ (LO * u64::from(c));
    !(((x & !HI) + !HI) | x) & HI
}

/// True if the eight bytes `w` (in text order) are neither control characters nor the first
/// byte of a possible non-ASCII space, and their spaces are single and followed by another of
/// the eight: a stretch that collapsing leaves as it is, whatever comes before a word.
fn plain(w: u64) -> bool {
    // High bit of each byte below 0x20: its low seven bits plus 0x60 stay below 0x80.
    let control = !(((w & !HI) + LO * 0x60) | w) & HI;
    let lead = bytes_eq(w, 0xc2) | bytes_eq(w, 0xe1) | bytes_eq(w, 0xe2) | bytes_eq(w, 0xe3);
    let space = bytes_eq(w, b' ');
    control | lead == 0 && space & (space >> 8) == 0 && space >> 63 == 0
}

/// The end of the run of words starting at `i` (not whitespace) that are separated by single
/// spaces: the next whitespace that is not a single space between two words, or the end.
fn run_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    let n = b.len();
    while i < n {
        // The byte before `i` is not whitespace: eight bytes at a time while they hold no
        // whitespace other than single spaces followed by a byte of a word.
        if let Some(w) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(w.try_into().unwrap_or_default());
            if plain(w) {
                i += 8;
                continue;
            }
        }
        match CLASS[b[i] as usize] {
            0 => i += 1,
            1 => {
                // A single space is part of the run if a word follows it.
                match b.get(i + 1).map(|c| CLASS[*c as usize]) {
                    Some(0) => i += 2,
                    Some(3) if space_at(s, i + 1) == 0 => i += 2,
                    _ => return i,
                }
            }
            2 => return i,
            _ if space_at(s, i) > 0 => return i,
            _ => i += 1,
        }
    }
    n
}

/// Every run of whitespace collapsed to one space, trimmed: the same as
/// [`collapse_whitespace`].
pub(crate) fn collapse(s: &str) -> Cow<'_, str> {
    collapse_mapped(s).0
}

/// [`collapse`], and where it removed bytes: `(offset in s, bytes removed before it)` at
/// the end of each run of whitespace that lost bytes, in order (see [`collapsed_offset`]).
pub(crate) fn collapse_mapped(s: &str) -> (Cow<'_, str>, Vec<(usize, usize)>) {
    if space_at(s, 0) == 0 && run_end(s, 0) == s.len() {
        return (Cow::Borrowed(s), vec![]);
    }
    let mut out = String::with_capacity(s.len());
    let mut shifts = vec![];
    let mut removed = 0;
    let mut i = 0;
    loop {
        let from = i;
        loop {
            let n = space_at(s, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        if i >= s.len() {
            return (Cow::Owned(out), shifts);
        }
        // Between two words the run becomes one space.
        let joined = if out.is_empty() {
            None
        } else {
            join(&out, &s[from..i], &s[i..])
        };
        if joined == Some(false) {
            out.pop();
        }
        // The gap is gone but for the one space it becomes (none when the word is rejoined),
        // and so is a dropped hyphen.
        let gone = (i - from + usize::from(joined == Some(false)))
            .saturating_sub(usize::from(!out.is_empty() && joined.is_none()));
        if gone > 0 {
            removed += gone;
            shifts.push((i, removed));
        }
        let e = run_end(s, i);
        if !out.is_empty() && joined.is_none() {
            out.push(' ');
        }
        out.push_str(&s[i..e]);
        i = e;
    }
}

/// Where the character at offset `at` of `s` (not whitespace) is in the collapsed text, given
/// the shifts of [`collapse_mapped`]; for `at` right after such a character, where it ends.
/// So `collapse(&s[a..z])`, for a range with no whitespace at either end, is the collapsed
/// text from `collapsed_offset(a)` to `collapsed_offset(z)`.
pub(crate) fn collapsed_offset(shifts: &[(usize, usize)], at: usize) -> usize {
    let k = shifts.partition_point(|&(p, _)| p <= at);
    at - k.checked_sub(1).map_or(0, |k| shifts[k].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::collapse_whitespace;
    use proptest::prelude::*;

    #[test]
    fn same_as_collapse_whitespace() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a \n",
            "a\u{a0}b",
            "a \u{a0}b",
            "a – b “c” …",
            "  a  b\t\tc\n\x0b\x0cd\r ",
            "å\u{a0}ä\u{85}ö\u{1680}x\u{2000}\u{200a}y\u{2028}\u{2029}\u{202f}z\u{205f}\u{3000}",
            "Kommunen ska\nta fram en plan.",
        ] {
            assert_eq!(collapse(s), collapse_whitespace(s), "{s:?}");
        }
        assert!(matches!(collapse("Nämnden ska – nu"), Cow::Borrowed(_)));
        assert!(matches!(collapse("Nämnden  ska"), Cow::Owned(_)));
    }

    /// Every trimmed range of `s` collapses to the slice of the collapsed `s` between the
    /// mapped offsets of its ends.
    fn check_mapped(s: &str) {
        let (c, shifts) = collapse_mapped(s);
        assert_eq!(c, collapse_whitespace(s), "{s:?}");
        let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &z in &bounds {
                let r = s.get(a..z).unwrap_or_default();
                if a >= z || r.trim() != r {
                    continue;
                }
                let (ca, cz) = (collapsed_offset(&shifts, a), collapsed_offset(&shifts, z));
                assert_eq!(
                    c.get(ca..cz),
                    Some(collapse_whitespace(r).as_str()),
                    "{s:?} {a}..{z}"
                );
            }
        }
    }

    #[test]
    fn words_broken_at_a_line_end() {
        let s = "Kommun-\nfullmäktige beslutar en-\n  ligt IT-\navdelningens förslag, barn-\noch x -\ny";
        let want = "Kommunfullmäktige beslutar enligt IT-avdelningens förslag, barn- och x - y";
        assert_eq!(collapse(s), want);
        let (c, shifts) = collapse_mapped(s);
        assert_eq!(c, want);
        // Offsets after a rejoined word still map to the same words.
        for w in ["beslutar", "förslag,", "och", "y"] {
            let a = s.find(w).expect("word in text");
            let ca = collapsed_offset(&shifts, a);
            assert_eq!(c.get(ca..ca + w.len()), Some(w), "{w}");
        }
    }

    #[test]
    fn mapped_offsets() {
        for s in [
            "a",
            " a  b\n\n c ",
            "1.  Kommunen ska\n  ta fram\u{a0}\u{a0}en plan.  Nästa mening.",
            "\u{3000}x\u{2028}y",
        ] {
            check_mapped(s);
        }
    }

    proptest! {
        #[test]
        fn mapped_offsets_on_any_text(
            s in "([ a\t\nå.]|\u{a0}|\u{2028}){0,16}"
        ) {
            check_mapped(&s);
        }

        #[test]
        fn same_as_collapse_whitespace_on_any_text(
            s in "([ a\t\n\x0b\x0c\rå–]|bcdefg|\u{a0}|\u{85}|\u{2028}|\u{3000}|\u{1680}|\u{205f}){0,60}"
        ) {
            prop_assert_eq!(collapse(&s), collapse_whitespace(&s));
        }
    }
}
