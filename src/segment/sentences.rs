//! Sentences: Unicode sentence boundaries (UAX #29, from `unicode-segmentation`), corrected for
//! Swedish abbreviations ("t.ex.", "bl.a.", "m.m."…) and for a sentence that starts with a
//! number ("… planerar. 50 företagsbesök under 2018"), which UAX #29 does not split.

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations after which a period does not end a sentence, whatever follows.
const ALWAYS_CONTINUE: &[&str] = &[
    "t.ex.", "bl.a.", "s.k.", "ca.", "dvs.", "d.v.s.", "enl.", "fr.o.m.", "t.o.m.", "resp.", "nr.",
    "kap.", "p.g.a.", "pga.", "jfr.", "inkl.", "exkl.", "kl.", "tel.", "f.d.", "ev.", "prop.",
    "ang.", "avd.", "bil.", "dnr.", "st.", "e.d.", "o.d.", "mfl.", "mm.", "§", "t.ex", "bl.a",
    "s.k", "m.a.o.", "i.o.m.", "u.a.", "art.", "punkt.",
];

/// Abbreviations that may end a sentence: a boundary is kept only before an upper-case letter.
const CONTINUE_BEFORE_LOWER: &[&str] = &["m.m.", "m.fl.", "osv.", "o.s.v.", "etc.", "usw."];

/// Byte ranges (relative to `s`, trimmed of whitespace) of the sentences of `s`.
pub(crate) fn sentences(s: &str) -> Vec<(usize, usize)> {
    // UAX #29 treats a line feed as a paragraph end; inside a reflowed paragraph it is a space.
    // `uax29_bounds` reads line feeds, form feeds and tabs as spaces; below, they are
    // whitespace like a space.
    let flat = s;
    let mut raw = uax29_bounds(flat);

    // Split "… planerar. 50 företagsbesök": a period after a word, then a number.
    let mut split: Vec<(usize, usize)> = Vec::with_capacity(raw.len());
    for (a, b) in raw.drain(..) {
        let mut start = a;
        let seg = &flat[a..b];
        let bytes = seg.as_bytes();
        // Only the terminators need a look: found with a vectorised search.
        for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
            if i + 2 >= bytes.len() {
                break;
            }
            if matches!(bytes[i + 1], b' ' | b'\n' | b'\x0c' | b'\t')
                && bytes[i + 2].is_ascii_digit()
            {
                let before = &seg[..i + 1];
                let word = before
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or_default();
                let wl = word.to_lowercase();
                let is_abbr = ALWAYS_CONTINUE.contains(&wl.as_str())
                    || word.len() <= 2
                    || word[..word.len() - 1].chars().any(|c| c.is_ascii_digit())
                    || word[..word.len() - 1].contains('.');
                if !is_abbr {
                    split.push((start, a + i + 1));
                    start = a + i + 2;
                }
            }
        }
        split.push((start, b));
    }

    // Merge after abbreviations.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(split.len());
    for (a, b) in split {
        if let Some(last) = merged.last_mut() {
            let prev = flat[last.0..last.1].trim_end();
            let word = prev.rsplit(char::is_whitespace).next().unwrap_or_default();
            let wl = word.to_lowercase();
            let next_upper = flat[a..b]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let cont = ALWAYS_CONTINUE.contains(&wl.as_str())
                || (CONTINUE_BEFORE_LOWER.contains(&wl.as_str()) && !next_upper)
                // "1." "2." inside running text ("enligt punkt 2. i beslutet") and initials ("A.")
                || (!next_upper && word.len() <= 3 && word.ends_with('.') && word.len() > 1);
            if cont {
                last.1 = b;
                continue;
            }
        }
        merged.push((a, b));
    }

    merged
        .into_iter()
        .filter_map(|(a, b)| {
            let seg = &flat[a..b];
            let lead = seg.len() - seg.trim_start().len();
            let t = seg.trim();
            (!t.is_empty()).then_some((a + lead, a + lead + t.len()))
        })
        .collect()
}

/// The sentence boundaries of UAX #29 (`split_sentence_bound_indices`) of `s` with line
/// feeds, form feeds and tabs read as spaces, as byte ranges of `s`, found on a shorter copy.
///
/// The rules only break after a terminator ('.', '!', '?' and others) or a paragraph
/// separator, and only look at the sentence-break category of characters: from a terminator
/// forwards over closing punctuation and spaces up to the first letter, and at the one
/// character before a full stop. So between two such characters ("stops": here the ASCII
/// terminators, control characters and every non-ASCII character other than å, ä, ö, é and
/// their capitals, to be safe), everything after the first letter except the last character
/// can be left out without moving a boundary. The segmenter sees the rest, with the Swedish
/// letters as ASCII letters of the same case, and the boundaries are mapped back.
fn uax29_bounds(s: &str) -> Vec<(usize, usize)> {
    // 0: a stop; 1: a letter; 2: other ASCII (digits, spaces, punctuation that is not a stop).
    const fn classes() -> [u8; 256] {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 128 {
            t[b] = match b as u8 {
                b'a'..=b'z' | b'A'..=b'Z' => 1,
                b'.' | b'!' | b'?' => 0,
                b'\n' | b'\x0c' | b'\t' | b' '..=b'~' => 2,
                _ => 0,
            };
            b += 1;
        }
        t
    }
    static CLASS: [u8; 256] = classes();
    let bytes = s.as_bytes();
    let n = bytes.len();
    // Class, length and stand-in (for the segmenter) of the character at `i`.
    let unit = |i: usize| -> (u8, usize, u8) {
        let b = bytes[i];
        match b {
            b'\n' | b'\x0c' | b'\t' => (2, 1, b' '),
            _ if b.is_ascii() => (CLASS[b as usize], 1, b),
            0xc3 => match bytes.get(i + 1) {
                // å ä ö é
                Some(0xa5 | 0xa4 | 0xb6 | 0xa9) => (1, 2, b'a'),
                // Å Ä Ö É
                Some(0x85 | 0x84 | 0x96 | 0x89) => (1, 2, b'A'),
                _ => (0, 1, b),
            },
            // Other bytes of non-ASCII characters are stops, copied one by one.
            _ => (0, 1, b),
        }
    };
    let mut short: Vec<u8> = Vec::with_capacity(n / 8 + 16);
    // Offset in `s` of each byte of `short`, and of its end.
    let mut offsets: Vec<usize> = Vec::with_capacity(n / 8 + 17);
    let mut i = 0;
    // After a stop, characters are kept up to and including the first letter.
    let mut seen_letter = false;
    while i < n {
        let (class, len, stand_in) = unit(i);
        if class == 0 || !seen_letter {
            short.push(stand_in);
            offsets.push(i);
            seen_letter = class == 1;
            i += len;
            continue;
        }
        // After the first letter: skip to the next stop, keeping the character before it.
        let mut j = i;
        while j < n {
            let (c, l, _) = unit(j);
            if c == 0 {
                break;
            }
            j += l;
        }
        let last = if bytes[j - 1].is_ascii() {
            j - 1
        } else {
            j - 2
        };
        let (_, _, stand_in) = unit(last);
        short.push(stand_in);
        offsets.push(last);
        i = j;
    }
    offsets.push(n);
    // Stand-ins are ASCII and other bytes are copied in whole characters: valid UTF-8.
    let short = String::from_utf8(short).expect("whole characters were copied");
    short
        .split_sentence_bound_indices()
        .map(|(i, t)| (offsets[i], offsets[i + t.len()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    /// Pseudo-random texts over characters of every sentence-break category (letters of
    /// both cases, digits, spaces, full stops, other terminators, closing punctuation,
    /// continuation punctuation, non-ASCII letters, combining marks, format characters, line
    /// breaks): the shortened segmentation gives the same boundaries as the full one.
    /// Checks [`uax29_bounds`] against unicode-segmentation on 100 000 texts of up to `max_len`
    /// random `pieces` (xorshift from `seed`).
    fn assert_same_bounds_as_unicode_segmentation(pieces: &[&str], seed: u64, max_len: u64) {
        let mut state = seed;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..100_000 {
            let len = (next() % max_len) as usize;
            let s: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            let want: Vec<(usize, usize)> = s
                .replace(['\n', '\x0c', '\t'], " ")
                .split_sentence_bound_indices()
                .map(|(i, t)| (i, i + t.len()))
                .collect();
            assert_eq!(uax29_bounds(&s), want, "{s:?}");
        }
    }

    #[test]
    fn shortened_segmentation_equals_unicode_segmentation() {
        let alphabet: Vec<String> = "aab zZ Q09 ..!?;,:-\"')( [ ] å Ä é ö Ö Å É ä ü ß Σ ǅ ۳ 中 \u{c3}\u{e6} \u{301}\u{200d}\u{ad}\u{2019}\u{201d}\u{2024}\u{3002}\n\r\u{85}\u{2029}\u{a0}\t"
            .chars()
            .map(String::from)
            .collect();
        let pieces: Vec<&str> = alphabet.iter().map(String::as_str).collect();
        assert_same_bounds_as_unicode_segmentation(&pieces, 0x9e37_79b9_7f4a_7c15, 40);
    }

    /// The same on texts made of words, numbers, abbreviations and punctuation.
    #[test]
    fn shortened_segmentation_equals_unicode_segmentation_on_prose() {
        let pieces = [
            "Nämnden", "har", "beslutat", "år", "Öppna", "ÄR", "é", "x", "2024", "3", " ", " ",
            " ", "  ", ". ", ".", "! ", "? ", "?", ", ", ": ", "; ", "(", ")", "\"", "”", "’",
            "t.ex.", "m.m.", "A.", "s.", "1.", "...", "…", "\n", "\t", "–", "-", "ü", "ß", "Σ",
            "\u{2029}", "\u{a0}", "\r",
        ];
        assert_same_bounds_as_unicode_segmentation(&pieces, 0x0123_4567_89ab_cdef, 30);
    }

    #[test]
    fn splits_plain_sentences_across_wrapped_lines() {
        assert_eq!(
            texts("Nämnden har beslutat. Den nya \nplanen gäller från i år!  Bra?"),
            [
                "Nämnden har beslutat.",
                "Den nya \nplanen gäller från i år!",
                "Bra?"
            ]
        );
    }

    #[test]
    fn keeps_swedish_abbreviations_inside_sentences() {
        assert_eq!(
            texts("Vi ska bl.a. bygga skolor, t.ex. i Norrby. Arbetet kostar ca. 4,0 mnkr."),
            [
                "Vi ska bl.a. bygga skolor, t.ex. i Norrby.",
                "Arbetet kostar ca. 4,0 mnkr."
            ]
        );
        assert_eq!(
            texts(
                "Det gäller fr.o.m. 2026-03-23 och t.o.m. juni. Vi bygger parker m.m. Sedan vägar."
            ),
            [
                "Det gäller fr.o.m. 2026-03-23 och t.o.m. juni.",
                "Vi bygger parker m.m.",
                "Sedan vägar."
            ]
        );
        assert_eq!(
            texts("Se t.ex. Kommunallagen. Sedan gäller kap. 3 och s.k. LOU."),
            [
                "Se t.ex. Kommunallagen.",
                "Sedan gäller kap. 3 och s.k. LOU."
            ]
        );
    }

    #[test]
    fn splits_before_a_sentence_that_starts_with_a_number() {
        assert_eq!(
            texts("Ett råd kommer att inrättas. 40 besök under 2027 planeras."),
            [
                "Ett råd kommer att inrättas.",
                "40 besök under 2027 planeras."
            ]
        );
        // ... but not after an abbreviation or inside a number.
        assert_eq!(
            texts("Vi besöker ca. 50 företag."),
            ["Vi besöker ca. 50 företag."]
        );
    }
}
