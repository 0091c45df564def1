//! Swedish text analysis for the index: tokenising, lower-casing, compound splitting and
//! Snowball stemming.
//!
//! Two analyzers are registered on every index:
//!
//! - [`MAIN`] (the `text` field): words → lower case → compound parts added as extra tokens at
//!   the same position → Swedish Snowball stem. å, ä and ö are kept: they are letters of their
//!   own in Swedish ("får" and "far" are different words).
//! - [`EXACT`] (the `exact` field): words → lower case, nothing else. Phrases and prefixes are
//!   matched here, so `"ges i uppdrag att"` means those words in that order and form.
//!
//! At query time words go through [`query_analyzer`], which is [`MAIN`] without the compound
//! step: "strategi" looks up the stem `strategi`, which the index holds for every compound whose
//! last part is "strategi" ("näringslivsstrategin"), but a query "näringslivsstrategi" does not
//! turn into "näringsliv OR strategi".
//!
//! Compound splitting is written here rather than with tantivy's `SplitCompoundWords`, because
//! that filter replaces the word by its parts and needs the parts to concatenate exactly to the
//! word; Swedish compounds have linking letters ("näringslivs|strategi", "arbets|marknad" from
//! "arbete", "skol|verksamhet" from "skola") and an inflected last part ("…strategin"), and the
//! whole word must stay searchable too.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// Name of the index-time analyzer of the main text field.
pub const MAIN: &str = "styrdok_sv";
/// Name of the analyzer of the exact (phrase/prefix) field.
pub const EXACT: &str = "styrdok_exact";

/// Tokens longer than this many bytes are dropped (URLs, base64 and other junk).
const MAX_TOKEN_BYTES: usize = 60;
/// Words shorter than this (in characters) are never split.
const MIN_COMPOUND_CHARS: usize = 6;
/// A compound part has at least this many characters.
const MIN_PART_CHARS: usize = 3;
/// Endings the last part of a compound may carry ("-strategin", "-planer", "-företagens").
/// Longest first, so the longest ending that leaves a known word wins.
const INFLECTIONS: &[&str] = &[
    "ernas", "arnas", "ornas", "heten", "erna", "arna", "orna", "ens", "ets", "ers", "ars", "ors",
    "nas", "ns", "en", "et", "er", "ar", "or", "na", "ts", "n", "t", "s", "a", "e",
];

/// The word list compound parts are checked against (see `lexicon.txt` for what goes in it).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: HashSet<String>,
    /// Every form a word takes as the first part of a compound → the word (precomputed, so
    /// that splitting is one hash lookup per cut; see [`Lexicon::modifier_forms`]).
    modifiers: HashMap<String, String>,
    /// Every inflected form a word takes as the last part → the word.
    heads: HashMap<String, String>,
    /// Words that look like compounds of listed words but are not ("medelstor" is not "medel"
    /// + "stor"): never split. Marked with a trailing `!` in the list.
    opaque: HashSet<String>,
}

/// One part of a compound word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The part as a lexicon word ("arbete" for the "arbets" of "arbetsmarknad").
    pub word: String,
    /// Byte range of the part inside the compound (linking letters and endings included).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

impl Lexicon {
    /// A lexicon of the given words (lower-cased; words shorter than three letters ignored).
    pub fn from_words<I, S>(words: I) -> Lexicon
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut lex = Lexicon::default();
        for w in words {
            let w = w.as_ref().trim().to_lowercase();
            if w.starts_with('#') {
                continue;
            }
            if let Some(o) = w.strip_suffix('!') {
                lex.opaque.insert(o.to_string());
            } else if w.chars().count() >= MIN_PART_CHARS {
                lex.words.insert(w);
            }
        }
        let mut sorted: Vec<&String> = lex.words.iter().collect();
        sorted.sort();
        // Earlier rules win where two words give the same form: a word itself first.
        for rule in 0..Self::MODIFIER_RULES {
            for w in &sorted {
                for form in Self::modifier_forms(w, rule) {
                    lex.modifiers.entry(form).or_insert_with(|| w.to_string());
                }
            }
        }
        for w in &sorted {
            lex.heads.insert(w.to_string(), w.to_string());
        }
        // Longest ending first, as a reader would strip it.
        for suffix in INFLECTIONS {
            for w in &sorted {
                lex.heads
                    .entry(format!("{w}{suffix}"))
                    .or_insert_with(|| w.to_string());
                // A doubled final consonant before the ending: "programmet" → "program".
                if let Some(last) = w.chars().last()
                    && !"aeiouyåäö".contains(last)
                {
                    lex.heads
                        .entry(format!("{w}{last}{suffix}"))
                        .or_insert_with(|| w.to_string());
                }
            }
        }
        lex
    }

    /// The lexicon shipped with styrdok (`src/index/lexicon.txt`).
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::from_words(include_str!("lexicon.txt").lines()))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True if the lexicon has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Splits a lower-case word into two or more lexicon words, or `None` if it is not such a
    /// compound. The split with the longest first part wins ("näringslivs|strategin" before
    /// "närings|livsstrategin"); only the last part may carry an inflection ending.
    pub fn split(&self, word: &str) -> Option<Vec<Part>> {
        if word.chars().count() < MIN_COMPOUND_CHARS || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        if !self.opaque.is_empty()
            && (self.opaque.contains(word)
                || INFLECTIONS.iter().any(|sfx| {
                    word.strip_suffix(sfx)
                        .is_some_and(|base| self.opaque.contains(base))
                }))
        {
            return None;
        }
        let mut parts = self.split_from(word, 0, 0)?;
        parts.retain(|p| !p.word.is_empty());
        (parts.len() >= 2).then_some(parts)
    }

    /// The base form of a word the lexicon knows, if it differs from the word: a compound
    /// with its last part in base form ("näringslivsstrategin" → "näringslivsstrategi"), or a
    /// known word without its ending ("rapporten" → "rapport"). Snowball's Swedish stemmer
    /// leaves many definite forms alone ("strategin"); this closes that gap for known words.
    pub fn lemma(&self, word: &str) -> Option<String> {
        self.lemma_of(word, self.split(word).as_deref())
    }

    /// [`Lexicon::lemma`] with the word's split already made.
    fn lemma_of(&self, word: &str, parts: Option<&[Part]>) -> Option<String> {
        if let Some(parts) = parts {
            let last = parts.last()?;
            let lemma = format!("{}{}", &word[..last.start], last.word);
            return (lemma != word).then_some(lemma);
        }
        if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        self.head_lemma(word).filter(|l| l != word)
    }

    /// Splits `word[from..]` into a modifier and a head (itself possibly a compound).
    fn split_from(&self, word: &str, from: usize, depth: usize) -> Option<Vec<Part>> {
        // Four parts are plenty ("stads|byggnads|nämnds|ordförande"); the bound also keeps the
        // search cheap on long garbage words.
        if depth > 3 {
            return None;
        }
        let rest = &word[from..];
        for (cut, _) in rest.char_indices().rev() {
            if cut == 0 {
                break;
            }
            let (modifier, head) = rest.split_at(cut);
            if modifier.chars().count() < MIN_PART_CHARS || head.chars().count() < MIN_PART_CHARS {
                continue;
            }
            let Some(lemma) = self.modifier_lemma(modifier) else {
                continue;
            };
            let first = Part {
                word: lemma,
                start: from,
                end: from + cut,
            };
            if let Some(last) = self.head_lemma(head) {
                return Some(vec![
                    first,
                    Part {
                        word: last,
                        start: from + cut,
                        end: word.len(),
                    },
                ]);
            }
            if let Some(mut tail) = self.split_from(word, from + cut, depth + 1) {
                tail.insert(0, first);
                return Some(tail);
            }
        }
        None
    }

    /// Number of rule groups in [`Lexicon::modifier_forms`].
    const MODIFIER_RULES: usize = 4;

    /// The forms `w` takes as a first part under one rule group, each with and without a
    /// linking "s": (0) the word itself, "kommun(s)"; (1) a final -e/-a dropped, "arbet(s)" for
    /// "arbete", "skol" for "skola"; (2) a vowel added, "tjänste" for "tjänst"; (3) a final -a
    /// changed, "gatu" for "gata", "kvinno" for "kvinna".
    fn modifier_forms(w: &str, rule: usize) -> Vec<String> {
        let stems: Vec<String> = match rule {
            0 => vec![w.to_string()],
            1 => w
                .strip_suffix(['e', 'a'])
                .map(|b| vec![b.to_string()])
                .unwrap_or_default(),
            2 => ["e", "a", "o", "u"]
                .iter()
                .map(|v| format!("{w}{v}"))
                .collect(),
            _ => w
                .strip_suffix('a')
                .map(|b| ["e", "o", "u"].iter().map(|v| format!("{b}{v}")).collect())
                .unwrap_or_default(),
        };
        stems
            .into_iter()
            .filter(|f| f.chars().count() >= MIN_PART_CHARS)
            .flat_map(|f| [format!("{f}s"), f])
            .collect()
    }

    /// The lexicon word a first part stands for (see [`Lexicon::modifier_forms`]).
    fn modifier_lemma(&self, m: &str) -> Option<String> {
        self.modifiers.get(m).cloned()
    }

    /// The lexicon word a last part stands for: itself or itself without an inflection ending.
    fn head_lemma(&self, h: &str) -> Option<String> {
        self.heads.get(h).cloned()
    }
}

/// A token filter that emits, after each word, the parts of a compound word as extra tokens at
/// the same position (so phrase queries still line up). Part offsets point inside the word, so a
/// highlighter can mark "strategin" inside "näringslivsstrategin".
///
/// It also adds the word's base form from [`Lexicon::lemma`]. In query mode
/// ([`CompoundParts::for_query`]) it only replaces a word by its base form, so that the query
/// "näringslivsstrategin" meets the base form the index holds for every form of that word.
#[derive(Clone)]
pub struct CompoundParts {
    lexicon: &'static Lexicon,
    query: bool,
}

impl CompoundParts {
    /// An index-time filter splitting with `lexicon`.
    pub fn new(lexicon: &'static Lexicon) -> Self {
        CompoundParts {
            lexicon,
            query: false,
        }
    }

    /// A query-time filter: base forms only, no parts.
    pub fn for_query(lexicon: &'static Lexicon) -> Self {
        CompoundParts {
            lexicon,
            query: true,
        }
    }
}

impl TokenFilter for CompoundParts {
    type Tokenizer<T: Tokenizer> = CompoundPartsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CompoundPartsFilter<T> {
        CompoundPartsFilter {
            inner: tokenizer,
            lexicon: self.lexicon,
            query: self.query,
            pending: Vec::new(),
        }
    }
}

/// The tokenizer made by [`CompoundParts`].
#[derive(Clone)]
pub struct CompoundPartsFilter<T> {
    inner: T,
    lexicon: &'static Lexicon,
    query: bool,
    pending: Vec<Token>,
}

impl<T: Tokenizer> Tokenizer for CompoundPartsFilter<T> {
    type TokenStream<'a> = CompoundPartsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.pending.clear();
        CompoundPartsStream {
            tail: self.inner.token_stream(text),
            lexicon: self.lexicon,
            query: self.query,
            pending: &mut self.pending,
            current: None,
        }
    }
}

/// The token stream of [`CompoundPartsFilter`].
pub struct CompoundPartsStream<'a, T> {
    tail: T,
    lexicon: &'static Lexicon,
    query: bool,
    /// Parts still to emit, in reverse order.
    pending: &'a mut Vec<Token>,
    /// The part being emitted, if any (else the tail's token is current).
    current: Option<Token>,
}

impl<T: TokenStream> TokenStream for CompoundPartsStream<'_, T> {
    fn advance(&mut self) -> bool {
        if let Some(next) = self.pending.pop() {
            self.current = Some(next);
            return true;
        }
        self.current = None;
        if !self.tail.advance() {
            return false;
        }
        if self.query {
            if let Some(lemma) = self.lexicon.lemma(&self.tail.token().text) {
                self.tail.token_mut().text = lemma;
            }
            return true;
        }
        let token = self.tail.token();
        let parts = self.lexicon.split(&token.text);
        if let Some(lemma) = self.lexicon.lemma_of(&token.text, parts.as_deref()) {
            self.pending.push(Token {
                text: lemma,
                position_length: 1,
                ..token.clone()
            });
        }
        if let Some(parts) = parts {
            // The token text is lower case but may differ in length from the source text
            // (rare Unicode case mappings); only then fall back to the whole word's offsets.
            let same_len = token.offset_to - token.offset_from == token.text.len();
            for p in parts.into_iter().rev() {
                let (from, to) = if same_len {
                    (token.offset_from + p.start, token.offset_from + p.end)
                } else {
                    (token.offset_from, token.offset_to)
                };
                self.pending.push(Token {
                    offset_from: from,
                    offset_to: to,
                    position: token.position,
                    text: p.word,
                    position_length: 1,
                });
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.current.as_ref().unwrap_or_else(|| self.tail.token())
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.current.as_mut() {
            Some(t) => t,
            None => self.tail.token_mut(),
        }
    }
}

/// The index-time analyzer of the main field (see the module docs).
pub fn main_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CompoundParts::new(Lexicon::builtin()))
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

/// The analyzer of query words for the main field: [`main_analyzer`] with base forms instead of
/// compound parts.
pub fn query_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(CompoundParts::for_query(Lexicon::builtin()))
        .filter(Stemmer::new(Language::Swedish))
        .build()
}

/// The analyzer of the exact field: words in lower case.
pub fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .build()
}

/// Registers [`MAIN`] and [`EXACT`] on an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(MAIN, main_analyzer());
    manager.register(EXACT, exact_analyzer());
}

/// The tokens an analyzer makes of a text: (text, byte start, byte end, position).
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
    let mut out = vec![];
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = stream.token();
        out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokens(&mut main_analyzer(), text)
            .into_iter()
            .map(|t| t.0)
            .collect()
    }

    fn parts(word: &str) -> Option<Vec<String>> {
        Lexicon::builtin()
            .split(word)
            .map(|p| p.into_iter().map(|p| p.word).collect())
    }

    fn stem(word: &str) -> String {
        tokens(&mut query_analyzer(), word)
            .into_iter()
            .map(|t| t.0)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn splits_compounds_with_linking_letters_and_endings() {
        assert_eq!(
            parts("näringslivsstrategin").unwrap(),
            ["näringsliv", "strategi"]
        );
        assert_eq!(
            parts("upphandlingspolicy").unwrap(),
            ["upphandling", "policy"]
        );
        assert_eq!(parts("småföretag").unwrap(), ["små", "företag"]);
        assert_eq!(parts("företagsklimat").unwrap(), ["företag", "klimat"]);
        assert_eq!(parts("arbetsmarknaden").unwrap(), ["arbete", "marknad"]);
        assert_eq!(
            parts("stadsbyggnadsnämnden").unwrap(),
            ["stadsbyggnad", "nämnd"]
        );
        assert_eq!(
            parts("kulturmiljöprogrammet").unwrap(),
            ["kultur", "miljö", "program"]
        );
    }

    #[test]
    fn base_forms_meet_between_query_and_index() {
        let lex = Lexicon::builtin();
        assert_eq!(
            lex.lemma("näringslivsstrategin").as_deref(),
            Some("näringslivsstrategi")
        );
        assert_eq!(lex.lemma("rapporten").as_deref(), Some("rapport"));
        assert_eq!(lex.lemma("strategi"), None);
        assert_eq!(lex.lemma("och"), None);
        // The query's stem is among the index tokens for another form of the word.
        for (query, text) in [
            ("näringslivsstrategi", "näringslivsstrategin"),
            ("näringslivsstrategin", "näringslivsstrategier"),
            ("strategi", "Strategin"),
        ] {
            let q = stem(query);
            assert!(
                words(text).contains(&q),
                "{query} → {q} not in {:?}",
                words(text)
            );
        }
    }

    #[test]
    fn does_not_split_ordinary_words() {
        for w in [
            "företag",
            "upphandling",
            "handel",
            "rapporten",
            "planera",
            "kommunens",
            "export",
            "kontroll",
            "deltagande",
            "kommunikation",
            "statistik",
            "medelstora",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
    }

    #[test]
    fn main_field_keeps_the_word_and_adds_parts_at_the_same_position() {
        let toks = tokens(&mut main_analyzer(), "Ny näringslivsstrategin antogs");
        let positions: Vec<_> = toks.iter().map(|t| (t.0.as_str(), t.3)).collect();
        assert!(positions.contains(&("näringslivsstrategin", 1)), "{toks:?}");
        assert!(
            positions
                .iter()
                .any(|&(w, p)| p == 1 && w == stem("strategi"))
        );
        assert!(
            positions
                .iter()
                .any(|&(w, p)| p == 2 && w.starts_with("antog"))
        );
        // A part is highlighted inside the word.
        let part = toks.iter().find(|t| t.0 == stem("strategi")).unwrap();
        assert_eq!(
            &"Ny näringslivsstrategin antogs"[part.1..part.2],
            "strategin"
        );
    }

    #[test]
    fn stemming_keeps_swedish_letters_and_conflates_inflections() {
        assert_eq!(stem("Upphandlingar"), stem("upphandling"));
        assert_eq!(stem("strategier"), stem("strategi"));
        assert_eq!(stem("företagen"), stem("företag"));
        assert_ne!(stem("får"), stem("far"));
        assert!(words("Målet").iter().all(|w| w.starts_with("mål")));
    }

    #[test]
    fn long_junk_is_dropped_and_garbage_does_not_blow_up() {
        let junk = "a".repeat(500);
        assert!(words(&junk).is_empty());
        // Many possible cuts: the search is bounded and returns at most five parts.
        let long_word = "stadsstadsstadsstadsstadsstadsstadsstad";
        assert!(parts(long_word).is_none_or(|p| p.len() <= 5));
        assert!(words("").is_empty());
    }
}
