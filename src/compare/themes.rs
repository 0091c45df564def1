//! The theme lexicon: named themes, each a list of search terms, read from a small text file
//! that users can edit (`data/themes.txt` is the built-in default; its header explains the
//! format).
//!
//! The format is parsed by hand: it is a dozen lines of code, and a readable line-per-term file
//! is easier for a non-programmer to edit than TOML or JSON (no quoting, no commas).

use crate::error::{Error, Result};
use regex::Regex;
use std::path::Path;

/// The built-in lexicon (Swedish; themes of municipal work with local business).
pub const DEFAULT_THEMES: &str = include_str!("../../data/themes.txt");

/// One theme: its name and a matcher compiled from its terms.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Name as written in the lexicon, e.g. "Upphandling".
    pub name: String,
    /// The terms as written.
    pub terms: Vec<String>,
    matcher: Regex,
}

impl Theme {
    /// True if the text contains one of the theme's terms (case is ignored).
    pub fn matches(&self, text: &str) -> bool {
        self.matches_lowercase(&text.to_lowercase())
    }

    /// Like [`Theme::matches`] for a text already lower-cased with `str::to_lowercase`, so
    /// that a text checked against many themes is lower-cased once. (Lower-casing the text
    /// instead of compiling the terms case-insensitively halves the compile time.)
    pub fn matches_lowercase(&self, text: &str) -> bool {
        self.matcher.is_match(text)
    }
}

/// A theme lexicon.
#[derive(Debug, Clone)]
pub struct Themes {
    /// Themes in file order.
    pub themes: Vec<Theme>,
}

impl Themes {
    /// Indices (into [`Themes::themes`]) of the themes a text belongs to, ascending.
    pub fn matching(&self, text: &str) -> Vec<usize> {
        self.matching_lowercase(&text.to_lowercase())
    }

    /// Like [`Themes::matching`] for a text already lower-cased with `str::to_lowercase`.
    pub fn matching_lowercase(&self, text: &str) -> Vec<usize> {
        // One regex per theme: a `RegexSet` of all themes was measured 30 times slower, as
        // sets do not get the regex crate's fastest engines.
        (0..self.themes.len())
            .filter(|i| self.themes[*i].matches_lowercase(text))
            .collect()
    }
}

impl Default for Themes {
    fn default() -> Self {
        // Compiled once per process (the regexes are cheap to clone). The built-in file is
        // part of the source and covered by a test, so parsing it cannot fail at run time; an
        // empty lexicon is the harmless fallback all the same.
        static BUILT_IN: std::sync::OnceLock<Themes> = std::sync::OnceLock::new();
        BUILT_IN
            .get_or_init(|| {
                Themes::parse(DEFAULT_THEMES, "built-in themes")
                    .unwrap_or(Themes { themes: vec![] })
            })
            .clone()
    }
}

impl Themes {
    /// Reads a lexicon file.
    pub fn load(path: &Path) -> Result<Themes> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::Invalid(format!("{}: theme file is not UTF-8", path.display())))?;
        Themes::parse(&text, &path.display().to_string())
    }

    /// Parses a lexicon; `origin` names the source in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Themes> {
        let err = |line: usize, reason: String| {
            Error::Invalid(format!("{origin}: line {line}: {reason}"))
        };
        let mut themes: Vec<(String, Vec<String>, usize)> = vec![];
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[') {
                let Some(name) = name.strip_suffix(']') else {
                    return Err(err(
                        i + 1,
                        format!("theme header {line:?} lacks the closing ]"),
                    ));
                };
                let name = name.trim();
                if name.is_empty() {
                    return Err(err(i + 1, "empty theme name".into()));
                }
                if themes.iter().any(|(n, _, _)| n.eq_ignore_ascii_case(name)) {
                    return Err(err(i + 1, format!("theme {name:?} appears twice")));
                }
                themes.push((name.to_string(), vec![], i + 1));
            } else {
                let Some((_, terms, _)) = themes.last_mut() else {
                    return Err(err(
                        i + 1,
                        format!("term {line:?} comes before any [Theme] header"),
                    ));
                };
                if line
                    .split_whitespace()
                    .any(|w| w.trim_matches('*').is_empty())
                {
                    return Err(err(
                        i + 1,
                        format!("term {line:?} has a word that is only *"),
                    ));
                }
                terms.push(line.to_string());
            }
        }
        if themes.is_empty() {
            return Err(Error::Invalid(format!("{origin}: no [Theme] found")));
        }
        let mut out = vec![];
        for (name, terms, line) in themes {
            if terms.is_empty() {
                return Err(err(line, format!("theme {name:?} has no terms")));
            }
            let pattern = theme_pattern(&terms);
            let matcher = Regex::new(&pattern)
                .map_err(|e| err(line, format!("theme {name:?}: cannot compile terms: {e}")))?;
            out.push(Theme {
                name,
                terms,
                matcher,
            });
        }
        Ok(Themes { themes: out })
    }
}

/// Any character that is not a letter or digit: the edge of a word.
const EDGE: &str = r"[^\p{L}\p{N}]";

/// The regex of a theme: one alternative per kind of term, so that the large Unicode classes
/// appear a handful of times per theme rather than once per term (a set of all themes with
/// per-term classes exceeds the regex crate's size limit).
///
/// A single-word term needs no wildcard in the regex: `ord*` is "ord" after a word edge (any
/// letters may follow), `*ord` is "ord" before a word edge, `*ord*` is "ord" anywhere, and
/// `ord` is "ord" between word edges. Word edges are matched as the text's start or end or an
/// [`EDGE`] character rather than with `\b`: a Unicode `\b` keeps the regex crate off its
/// fast DFA engines on non-ASCII text, which made matching some 40 times slower.
fn theme_pattern(terms: &[String]) -> String {
    let (mut exact, mut prefix, mut suffix, mut infix, mut phrases) =
        (vec![], vec![], vec![], vec![], vec![]);
    for t in terms {
        let words: Vec<&str> = t.split_whitespace().collect();
        if words.len() > 1 {
            phrases.push(phrase_pattern(&words));
            continue;
        }
        let w = words.first().copied().unwrap_or_default();
        let (lead, rest) = match w.strip_prefix('*') {
            Some(r) => (true, r),
            None => (false, w),
        };
        let (core, trail) = match rest.strip_suffix('*') {
            Some(c) => (c, true),
            None => (rest, false),
        };
        let core = regex::escape(&core.to_lowercase());
        match (lead, trail) {
            (false, false) => exact.push(core),
            (false, true) => prefix.push(core),
            (true, false) => suffix.push(core),
            (true, true) => infix.push(core),
        }
    }
    let mut alts = vec![];
    if !exact.is_empty() {
        alts.push(format!("(?:^|{EDGE})(?:{})(?:$|{EDGE})", exact.join("|")));
    }
    if !prefix.is_empty() {
        alts.push(format!("(?:^|{EDGE})(?:{})", prefix.join("|")));
    }
    if !suffix.is_empty() {
        alts.push(format!("(?:{})(?:$|{EDGE})", suffix.join("|")));
    }
    if !infix.is_empty() {
        alts.push(format!("(?:{})", infix.join("|")));
    }
    alts.extend(phrases);
    alts.join("|")
}

/// The regex of a term of several words: the words in order with white space between, a `*`
/// at either end of a word standing for further letters or digits.
fn phrase_pattern(words: &[&str]) -> String {
    const WORD: &str = r"[\p{L}\p{N}]*";
    let body = words
        .iter()
        .map(|w| {
            let (lead, rest) = match w.strip_prefix('*') {
                Some(r) => (WORD, r),
                None => ("", *w),
            };
            let (core, trail) = match rest.strip_suffix('*') {
                Some(c) => (c, WORD),
                None => (rest, ""),
            };
            format!("{lead}{}{trail}", regex::escape(&core.to_lowercase()))
        })
        .collect::<Vec<_>>()
        .join(r"\s+");
    format!("(?:^|{EDGE})(?:{body})(?:$|{EDGE})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_parses_and_has_the_named_themes() {
        let t = Themes::parse(DEFAULT_THEMES, "built-in").unwrap();
        let names: Vec<&str> = t.themes.iter().map(|t| t.name.as_str()).collect();
        for want in [
            "Upphandling",
            "Kompetensförsörjning",
            "Arbetsmarknad",
            "Infrastruktur och transporter",
            "Etablering och mark",
            "Innovation och testbäddar",
            "Dialog och samverkan",
            "Service och myndighetsutövning",
            "Export och internationalisering",
            "Trygghet",
            "Hållbarhet och miljö",
            "Besöksnäring",
            "Digitalisering",
            "Utbildning och skola",
        ] {
            assert!(names.contains(&want), "missing theme {want}");
        }
    }

    #[test]
    fn wildcards_words_and_phrases() {
        let t = Themes::parse(
            "[U]\n*upphandl*\n[M]\nmark\n[P]\nstarta företag*\n[E]\nÅtag*\n",
            "t",
        )
        .unwrap();
        let m = |i: usize, s: &str| t.themes[i].matches(s);
        assert!(m(0, "Livsmedelsupphandlingen ska ses över"));
        assert!(m(0, "UPPHANDLING"));
        assert!(!m(0, "handling"));
        assert!(m(1, "Mark för industri"));
        assert!(!m(1, "marknaden växer"), "a word without * is whole");
        assert!(!m(1, "Danmark"));
        assert!(m(2, "fler ska starta  företagen"));
        assert!(!m(2, "starta nya företag"));
        assert!(m(3, "åtagandet"), "case folding covers å");
    }

    #[test]
    fn suffix_infix_and_matching_indices() {
        let t = Themes::parse("[S]\n*plan\n[I]\n*upphandl*\n[P]\nexport*\n", "t").unwrap();
        assert!(t.themes[0].matches("en detaljplan."));
        assert!(!t.themes[0].matches("planera"));
        assert!(t.themes[1].matches("(livsmedelsupphandlingar)"));
        assert!(t.themes[2].matches("Exportfrämjande"));
        assert!(
            !t.themes[2].matches("ökad varuexport"),
            "a prefix term needs a word start"
        );
        assert_eq!(t.matching("Exporten och detaljplan"), [0, 2]);
        assert!(t.matching("inget här").is_empty());
    }

    #[test]
    fn bad_lexicons_name_the_line() {
        let e = Themes::parse("ord\n", "x.txt").unwrap_err().to_string();
        assert!(
            e.contains("x.txt: line 1") && e.contains("before any"),
            "{e}"
        );
        let e = Themes::parse("# c\n[A\nord", "x.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2"), "{e}");
        let e = Themes::parse("[A]\n[B]\nord\n", "x.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"A\" has no terms"), "{e}");
        let e = Themes::parse("[A]\n**\n", "x.txt").unwrap_err().to_string();
        assert!(e.contains("only *"), "{e}");
        assert!(Themes::parse("# nothing\n", "x.txt").is_err());
    }

    #[test]
    fn markup_in_terms_is_literal() {
        let t = Themes::parse("[A]\na.b*\n(x)\n", "t").unwrap();
        assert!(t.themes[0].matches("a.bc"));
        assert!(!t.themes[0].matches("axbc"));
    }
}
