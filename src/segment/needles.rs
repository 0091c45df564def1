//! The prefilters of all rules ([`Rule::needs`]) as one Aho-Corasick automaton: one pass over
//! a folded sentence tells which rules can match it, one pass over a paragraph whether any
//! can.
//!
//! The needles are literals, so a multi-literal automaton does what the `RegexSet` of
//! [`needs_pattern`] did (an overlapping search of a set of regexes was a tenth of the
//! segmentation time) at a fraction of the cost. The two refinements of a prefilter that
//! are not literals are checked by hand on each hit: a needle that must stand as a whole word
//! ("vi", "ska"), and the rules whose needles are single digits ("a sentence that starts
//! with a number"). The tests check that this agrees with the `RegexSet` on real text.

use super::rules::{RULES, Rule, expand, needs_pattern};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// A set of rules, by index into [`RULES`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct RuleSet([u64; 4]);

// The set holds 256 rules.
const _: () = assert!(RULES.len() <= 256);

impl RuleSet {
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn union(&mut self, o: &RuleSet) {
        for (a, b) in self.0.iter_mut().zip(o.0) {
            *a |= b;
        }
    }
    /// True if rule `i` is in the set.
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

struct Needles {
    ac: AhoCorasick,
    /// For each automaton pattern: whether it must stand as a whole word, and the rules that
    /// need it.
    pats: Vec<(bool, RuleSet)>,
    /// The rules whose needles are all single digits: they need a sentence that starts with a
    /// number.
    number: RuleSet,
}

/// The literal a needle of [`needs_pattern`] stands for, folded like the patterns; `None`
/// for one that cannot occur in folded text (a letter folding does not map).
fn literal(escaped: &str) -> Option<String> {
    let e = expand(escaped);
    let e = e.strip_prefix("(?i)").unwrap_or(&e);
    // `regex::escape` puts a backslash before punctuation only.
    let mut out = String::with_capacity(e.len());
    let mut esc = false;
    for c in e.chars() {
        if c == '\\' && !esc {
            esc = true;
            continue;
        }
        esc = false;
        out.push(c);
    }
    out.is_ascii().then_some(out)
}

/// True if the rule's prefilter is "starts with a number" (see [`Rule::needs`]).
fn number_rule(r: &Rule) -> bool {
    r.needs
        .iter()
        .all(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
}

static NEEDLES: LazyLock<Needles> = LazyLock::new(|| {
    let mut lits: Vec<String> = vec![];
    let mut pats: Vec<(bool, RuleSet)> = vec![];
    let mut number = RuleSet::default();
    for (i, r) in RULES.iter().enumerate() {
        if number_rule(r) {
            number.insert(i);
            continue;
        }
        // The alternatives of the rule's prefilter regex: escaped literals, the whole-word
        // ones between `\b`s.
        for alt in needs_pattern(r).split('|') {
            let (word, esc) = match alt.strip_prefix(r"\b").and_then(|a| a.strip_suffix(r"\b")) {
                Some(inner) => (true, inner),
                None => (false, alt),
            };
            let Some(lit) = literal(esc) else { continue };
            let at = match lits
                .iter()
                .zip(&pats)
                .position(|(l, p)| *l == lit && p.0 == word)
            {
                Some(at) => at,
                None => {
                    lits.push(lit);
                    pats.push((word, RuleSet::default()));
                    pats.len() - 1
                }
            };
            pats[at].1.insert(i);
        }
    }
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&lits)
        .expect("the needles build an automaton");
    Needles { ac, pats, number }
});

/// A word character of folded text (`\w` on ASCII).
fn word_byte(b: Option<&u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// `\b` at byte `i` of `b`.
fn boundary(b: &[u8], i: usize) -> bool {
    word_byte(i.checked_sub(1).and_then(|j| b.get(j))) != word_byte(b.get(i))
}

/// `(?:^|[.!?:]\s+)\d` on folded text: the text, or a sentence in it, starts with a number.
fn starts_number(b: &[u8]) -> bool {
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    (1..b.len()).any(|i| {
        if !b[i].is_ascii_digit() || !space(b[i - 1]) {
            return false;
        }
        let mut j = i - 1;
        while j > 0 && space(b[j - 1]) {
            j -= 1;
        }
        j > 0 && matches!(b[j - 1], b'.' | b'!' | b'?' | b':')
    })
}

/// The rules whose prefilter a folded text passes, except those that need a number at the
/// start of a sentence ([`needs_number`]): that check is left to the caller, for the rare
/// sentence that gets that far.
pub(crate) fn candidates(folded: &str) -> RuleSet {
    let n = &*NEEDLES;
    let b = folded.as_bytes();
    let mut set = RuleSet::default();
    for m in n.ac.find_overlapping_iter(folded) {
        let (word, rules) = &n.pats[m.pattern().as_usize()];
        if *word && !(boundary(b, m.start()) && boundary(b, m.end())) {
            continue;
        }
        set.union(rules);
    }
    set
}

/// True if rule `i`'s prefilter is a number at the start of a sentence.
pub(crate) fn needs_number(i: usize) -> bool {
    NEEDLES.number.contains(i)
}

/// True if a folded text passes the prefilter of the rules that need a number at the start of
/// a sentence.
pub(crate) fn starts_with_number(folded: &str) -> bool {
    starts_number(folded.as_bytes())
}

/// True if some rule's prefilter passes the folded text.
pub(crate) fn any(folded: &str) -> bool {
    let n = &*NEEDLES;
    let b = folded.as_bytes();
    n.ac.find_overlapping_iter(folded).any(|m| {
        let (word, _) = &n.pats[m.pattern().as_usize()];
        !*word || boundary(b, m.start()) && boundary(b, m.end())
    }) || !n.number.is_empty() && starts_number(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::rules::fold;

    /// The prefilters as the regexes they stand for.
    fn oracle() -> regex::RegexSet {
        regex::RegexSet::new(RULES.iter().map(|r| expand(&needs_pattern(r)))).unwrap()
    }

    fn check(set: &regex::RegexSet, t: &str) {
        let f = fold(t);
        let want = set.matches(&f);
        let got = candidates(&f);
        for (i, r) in RULES.iter().enumerate() {
            let got = got.contains(i) || needs_number(i) && starts_with_number(&f);
            assert_eq!(got, want.matched(i), "{}: {t:?}", r.id);
        }
        assert_eq!(any(&f), want.matched_any(), "{t:?}");
    }

    #[test]
    fn agrees_with_the_prefilter_regexes() {
        let set = oracle();
        for t in [
            "",
            "vi",
            "Vi ska",
            "service skapar skal",
            "Skall vi?",
            "VI_ska",
            "ska_",
            "jag-ska",
            "12 nya förskolor",
            "Klart. 300 feriejobb",
            "Klart.\n\t 300 feriejobb",
            "Klart.300",
            "x 300",
            "Nämnden åläggs att ÅTAR sig",
            "Beslöt BESLÖT beslöts",
            "tas  upp, tas upp",
            "Uppdragen uppdras uppdrag",
            "naesta aar",
            "nästa år",
        ] {
            check(&set, t);
        }
    }

    #[test]
    fn agrees_on_the_sample_documents() {
        let set = oracle();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut n = 0;
        for dir in [
            "corpus",
            "tests/fixtures/segment",
            "tests/fixtures/generalise",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for piece in text.split_inclusive(['\n', '.', ',']) {
                        check(&set, piece);
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 1000, "{n} pieces");
    }
}
