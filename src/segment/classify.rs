//! Classification of one sentence or list entry with the rules of [`super::rules`], plus the
//! grammatical guards and the field extraction (assignee, assigner, body, status, years).

use super::folding::{FoldScope, with_folded};
use super::needles;
use super::rules::{BODY, Guard, RULES, Rule, expand};
use super::sections::Section;
use crate::model::{ItemKind, Status};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A regex that matches the folded text (see [`fold`]) and reports matches on the original
/// text: same offsets, original characters.
pub(crate) struct Regex(regex::Regex);

/// A match in the original text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match<'t> {
    t: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    fn new(t: &'t str, start: usize, end: usize) -> Self {
        // Folding keeps offsets, but a match of the folded text may stop inside a folded
        // character; widen it to character boundaries of the original.
        let mut s = start.min(t.len());
        while !t.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = end.min(t.len()).max(s);
        while !t.is_char_boundary(e) {
            e += 1;
        }
        Match {
            t,
            start: s,
            end: e,
        }
    }
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'t str {
        &self.t[self.start..self.end]
    }
}

/// Capture groups in the original text.
pub(crate) struct Captures<'t> {
    t: &'t str,
    spans: Vec<Option<(usize, usize)>>,
    re: &'static regex::Regex,
}

impl<'t> Captures<'t> {
    pub(crate) fn get(&self, i: usize) -> Option<Match<'t>> {
        self.spans
            .get(i)
            .copied()
            .flatten()
            .map(|(a, b)| Match::new(self.t, a, b))
    }
    pub(crate) fn name(&self, n: &str) -> Option<Match<'t>> {
        let i = self.re.capture_names().position(|x| x == Some(n))?;
        self.get(i)
    }
}

impl Regex {
    fn is_match(&self, t: &str) -> bool {
        with_folded(t, |f| self.0.is_match(f))
    }
    fn find<'t>(&self, t: &'t str) -> Option<Match<'t>> {
        with_folded(t, |f| self.0.find(f).map(|m| (m.start(), m.end())))
            .map(|(s, e)| Match::new(t, s, e))
    }
    fn find_iter<'t>(&self, t: &'t str) -> std::vec::IntoIter<Match<'t>> {
        let v: Vec<Match<'t>> = with_folded(t, |f| {
            self.0
                .find_iter(f)
                .map(|m| Match::new(t, m.start(), m.end()))
                .collect()
        });
        v.into_iter()
    }
    fn captures<'t>(&'static self, t: &'t str) -> Option<Captures<'t>> {
        with_folded(t, |f| {
            let c = self.0.captures(f)?;
            Some(Captures {
                t,
                spans: (0..c.len())
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect(),
                re: &self.0,
            })
        })
    }
    fn captures_iter<'t>(&'static self, t: &'t str) -> Vec<Captures<'t>> {
        with_folded(t, |f| self.captures_iter_folded(t, f).collect())
    }
    /// Like [`Regex::captures_iter`], with `f == fold(t)` already computed by the caller, so
    /// that a sentence tried against many rules is folded once rather than once per rule.
    /// Lazy: a caller that stops at the first useful match does not search for the others.
    fn captures_iter_folded<'t, 'f>(
        &'static self,
        t: &'t str,
        f: &'f str,
    ) -> Box<dyn Iterator<Item = Captures<'t>> + 'f>
    where
        't: 'f,
    {
        debug_assert_eq!(f.len(), t.len());
        let re = &self.0;
        if re.captures_len() == 1 {
            // No groups besides the whole match: the same matches without the capture engine.
            return Box::new(re.find_iter(f).map(move |m| Captures {
                t,
                spans: vec![Some((m.start(), m.end()))],
                re,
            }));
        }
        Box::new(re.captures_iter(f).map(move |c| {
            Captures {
                t,
                spans: (0..c.len())
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect(),
                re,
            }
        }))
    }
}

/// What a list lead-in ("… beslutade att uppdra åt stadskontoret:") passes on to its entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Lead {
    /// No lead-in, or one without meaning: entries are classified one sentence at a time.
    #[default]
    None,
    /// Entries are assignments given by the lead-in.
    Assign {
        assignee: Option<String>,
        assigner: Option<String>,
        status: Option<Status>,
    },
    /// Entries are decision points.
    Decide {
        body: Option<String>,
        status: Option<Status>,
    },
    /// Entries are goals.
    Goal,
    /// Entries are commitments (a promise list, "Vi kommer att arbeta med följande:").
    Commit,
    /// Entries report what was done ("… har följande insatser gjorts:"): not goals or
    /// commitments.
    Past,
}

/// Context of a sentence: its section, the list lead-in above it, the document type.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ctx {
    pub section: Option<Section>,
    /// The assignee a section heading names ("Uppdrag till tekniska nämnden").
    pub section_assignee: Option<String>,
    /// The assigner a section heading names ("Uppdrag från kommunfullmäktige").
    pub section_assigner: Option<String>,
    pub lead: Lead,
    pub budget: bool,
    /// The document's year, if known: a year after it lies ahead.
    pub year: Option<i32>,
    /// The document looks ahead (a budget, plan, strategy or programme): its own year lies
    /// ahead too.
    pub plan: bool,
    /// The document says near its top that it was adopted: its assignments are decided.
    pub adopted: bool,
}

/// The outcome of classifying one sentence or entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Classified {
    pub kind: ItemKind,
    pub rule: &'static str,
    pub assignee: Option<String>,
    pub assigner: Option<String>,
    pub body: Option<String>,
    pub status: Option<Status>,
}

impl Classified {
    pub(crate) fn new(kind: ItemKind, rule: &'static str) -> Self {
        Classified {
            kind,
            rule,
            assignee: None,
            assigner: None,
            body: None,
            status: None,
        }
    }
}

fn re(p: &str) -> Regex {
    Regex(regex::Regex::new(&expand(p)).expect("built-in patterns are valid"))
}

static COMPILED: LazyLock<Vec<(Rule, Regex)>> =
    LazyLock::new(|| RULES.iter().map(|r| (*r, re(r.pattern))).collect());

/// True if a paragraph may hold an item: some rule's prefilter matches it.
pub(crate) fn may_hold_item(p: &str) -> bool {
    with_folded(p, needles::any)
}
static BODY_RE: LazyLock<Regex> = LazyLock::new(|| re(BODY));
static PROPOSAL_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:föreslår|förordar|föreslås|förslag|yrkar|yrkande)\b|\bi\s+\w*förslaget\b")
});
static PROPOSING_VERB: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:föreslår|förordar|föreslås|yrkar|yrkande)\b|\bi\s+\w*förslaget\b"));
/// An adoption label near the top of a document ("Antagen av kommunfullmäktige 2026-02-16",
/// "Fastställt av kommunstyrelsen", "Planen antogs av kommunfullmäktige den …").
static ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:antagen|antagna|antaget|antogs|fastställd|fastställt|fastställda|fastställdes|beslutad|beslutat|beslutade)\s+(?:av|i)\s+{BODY}",
    )
});

/// True if `t` names a time ahead of a document of year `doc_year`: a year after it, or a
/// month or season with the document's year or a later one ("i april 2026", "till hösten
/// 2026").
pub(crate) fn time_ahead(t: &str, doc_year: Option<i32>) -> bool {
    let Some(doc) = doc_year else {
        return false;
    };
    YEAR.captures_iter(t).into_iter().any(|c| {
        let Some(y) = c.get(1).and_then(|m| m.as_str().parse::<i32>().ok()) else {
            return false;
        };
        // The word right before the year: a month or a season makes its own year count.
        let last = lower_words(&t[..c.get(0).map_or(0, |m| m.start())])
            .next_back()
            .unwrap_or_default();
        let season = [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
            "hösten",
            "våren",
            "sommaren",
            "vintern",
            "kvartalet",
        ]
        .contains(&last.as_str());
        y > doc || (y == doc && season)
    })
}

/// True if the start of a document (its first 2 000 bytes) says it was adopted: its
/// assignments are then decided ones.
pub(crate) fn adopted_document(text: &str) -> bool {
    ADOPTED.is_match(&text[..crate::ingest::metadata::top_bytes(text, 2000)])
}
static PAST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:beslutade|beslöt|har\s+beslutat|gavs|fick|har\s+fått|uppdrog|gav|har\s+getts|har\s+givits)\b",
    )
});
static ASSIGNER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\w+\s+)?(?:beslutar|beslutade|beslöt|har\s+beslutat|ger|gav|uppdrar|uppdrog|har\s+gett)\b",
    )
});
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:definitivt|troligen|troligtvis|förmodligen|sannolikt|antagligen|kanske|eventuellt|möjligen|säkerligen|säkert|nog|garanterat)\b",
    )
});
static EFFECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\w+\s+){0,2}?(?:att\s+)?(?:\w+\s+)?(?:leda|bidra|innebära|medföra|påverka|hjälpa|kräva|behövas|behöva|öka|minska|växa|stiga|sjunka|bli|vara|ge|märkas|synas|krävas|kosta|dröja|ta\s+(?:tid|lång|längre|flera|några|ett|en)|gå\s+(?:över|fort|snabbt)|försämras|förbättras|fortsätta\s+(?:i|på|under|att\s+(?:öka|minska|växa|stiga|sjunka))|fortsätta\s*[.,]?$)\b",
    )
});
static PURPOSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:\w+\s+)?(?:bidra|främja|stimulera|gynna|underlätta|vägleda)\b"));
static MUNICIPALITY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:kommunen|staden|regionen|kommun|stad|region)\b"));
static OUTSIDE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:köpare|förvärvare|tomträttshavare|leverantör|entreprenör|exploatör|byggaktör|hyresgäst|sökande|stödmottagare|fastighetsägare|arbetsgivare|regeringen|staten|länsstyrelsen|myndighet|man|du|ni|kunden|brukaren|mottagare|företag|företaget|företagen|företagare|företagarna|den\s+enskilde|den\s+som|de\s+som|du\s+som|alla\s+som|var\s+och\s+en|utredningen|utredaren|ansökan|ansökningen|blanketten|sökanden|eleven|elever|medborgaren|patienten|kommissionen|byggherr|polis|trafikverket|försäkringskassan|arbetsförmedlingen|skatteverket|migrationsverket|boverket|naturvårdsverket|socialstyrelsen|skolverket|skolinspektionen|lantmäteriet|domstol|riksdagen|förening\b|föreningen\b|föreningens\b|föreningar|bidragsmottagare|utförare|utföraren|vårdnadshavare|verksamhetsutövare|anordnare|hyresvärd|regionen)\w*\b",
    )
});
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bsedan\s+(?:år\s+)?(?:19|20)\d\d\b|\b(?:tecknades|ingicks|har\s+funnits|har\s+gällt)\b")
});
static LAW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\benligt\s+(?:\d+\s+kap\.\s+(?:\d+\s+\S+\s+)?)?(?:[\w-]+\s+){0,3}?(?:\w*lagen|lag|\w*förordningen|förordning|föreskrifterna|\w*balken|direktivet|pbl|sol|lss|osl|lou|\w*markanvisningsavtal(?:et)?|\w*exploateringsavtal(?:et)?|köpeavtal(?:et)?|arrendeavtal(?:et)?)\b",
    )
});
/// A finite verb of a clause before "och"/"men" (see `subject_before_modal`).
static CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:har|hade|är|var|blir|blev|finns|fanns|ska|skall|kommer|kan|måste|vill|\w+(?:ade|de|te))\b",
    )
});
/// An assessment that the modal after it depends on: "vi bedömer att …", "vi tror att …",
/// "förvaltningen räknar med att …".
static ASSESSMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:bedömer|tror|räknar\s+med|förväntar\s+(?:oss|sig|vi)|uppskattar|spår|befarar|antar)\s+(?:\w+\s+){0,2}?att\b",
    )
});
/// Someone else's forecast: "Enligt Tillväxtverkets bedömning kommer …", "enligt SCB:s
/// prognos".
static FORECAST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\benligt\s+(?:\S+\s+){0,3}?(?:bedömning(?:en|ar)?|prognos(?:en|er|erna)?|beräkning(?:en|ar|arna)?|analys(?:en)?|scenari(?:o|ot|er))\b",
    )
});
static SECTION_ASSIGNEE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\buppdrag\s+(?:till|åt|för)\s+(?P<who>.+?)(?:\s+(?:och|samt)\s+(?:deras|dess|hur|status|uppföljning|återrapportering)\b.*|\s+med\s+.*|\s+[-–]\s+.*)?\s*:?$",
    )
});
static SECTION_ASSIGNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\buppdrag\s+från\s+(?P<who>{BODY})\s*:?$|^(?:\d+(?:\.\d+)*\.?\s+)?(?P<gen>{BODY})\s+(?:\w+\s+)?uppdrag\b",
    )
});

/// The assigner a heading names: "Uppdrag från kommunfullmäktige", or in the genitive,
/// "Kommunfullmäktiges uppdrag till nämnderna" (the body without its "-s").
pub(crate) fn heading_assigner(h: &str) -> Option<String> {
    let c = SECTION_ASSIGNER.captures(h)?;
    if let Some(w) = c.name("who") {
        return Some(clean_name(w.as_str()));
    }
    let g = c.name("gen")?.as_str();
    // Only a genitive names the giver: "Kommunstyrelsens uppdrag", not "Kommunstyrelsen uppdrag".
    let bare = g.strip_suffix('s')?;
    Some(clean_name(bare))
}

/// The assignee a heading such as "Uppdrag till kultur- och fritidsnämnden" names, without
/// what the heading says about the assignments ("… och deras status", "… med återrapportering").
pub(crate) fn heading_assignee(h: &str) -> Option<String> {
    SECTION_ASSIGNEE
        .captures(h)
        .and_then(|c| c.name("who"))
        .map(|w| clean_name(w.as_str()))
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:19|20)\d\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|i\s*går|i\s*dag|igår|idag|tidigare\s+i\s+år|i\s+år|förra\s+året)\b",
    )
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(19[5-9]\d|20\d\d)\b"));
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:\d{4}-\d\d-\d\d|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+\d{4})\b",
    )
});
static LEAD_DECIDE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b(?:föreslå|föreslår|förordar|föreslås)\s+(?:att\s+)?(?P<to>{BODY})?\s*(?:(?:att\s+)?(?:besluta|beslutar|anta|godkänna)\b|att\b)|\b(?:beslutar|beslutade|beslöt|har\s+beslutat|hade\s+beslutat)\b(?:\s+(?:\w+\s+){0,4}?att|\s+om\s+följande(?:\s+\w+){0,3}|\s+(?:för\s+(?:egen|sin)\s+del|därutöver|härutöver|vidare|dessutom|därtill|också|även|slutligen)|\s+(?P<inv>{BODY}))?)\s*:?$",
    )
});
/// A lead-in of planned steps in the passive: "Efter tillträde planeras följande:", "Under
/// året genomförs följande insatser:", "Med anledning av granskningen vidtas följande
/// åtgärder:".
static PLANNED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:planeras|genomförs|vidtas|ska\s+(?:genomföras|vidtas)|kommer\s+att\s+(?:genomföras|vidtas)|är\s+planerade?|prioriteras)\s+(?:\w+\s+){0,3}?följande\b",
    )
});
/// The contents of a plan or package of measures: "Programmet innehåller bland annat:",
/// "Omställningspaketet beslutades i går och innehåller:".
static CONTENTS_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b\w*(?:paketet|programmet|planen|satsningen|satsningarna|budgeten|strategin|åtgärderna)\b(?:\s+\S+){0,8}?\s+(?:innehåller|omfattar|inkluderar)(?:\s+bland\s+annat|\s+följande(?:\s+\w+)?)?\s*:$",
    )
});
/// A goal statement at the start of a sentence: "Målet är att", "Målsättningen är att".
static GOAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\w+\s+)?(?:målet|målsättningen|ambitionen)\s+(?:\w+\s+){0,3}?är\s+att\b")
});
/// "Beslutet ska skickas till", "Protokollet ska expedieras till".
static DISTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:beslutet|protokollet|protokollsutdraget)\s+(?:ska\s+)?(?:skickas|expedieras|delges|sändas)\b",
    )
});
/// What a document or another party says will happen ("Bolaget ska enligt ansökan …",
/// "Enligt bolaget kommer datacentret att …", "Enligt avsiktsförklaringen ska bolaget …"):
/// not the municipality's own promise unless the municipality is the subject.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\benligt\s+(?:\w+\s+){0,2}?(?:ansökan|ansökningen|avtalet|avsiktsförklaringen|bolaget|företaget|bolagets|företagets|exploatören|byggherren)\b",
    )
});
/// How a promise came about: "har formulerat", "har tagits fram", "antogs".
static PROMISE_MADE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:har|hade)\s+(?:\w+\s+){0,2}?(?:formulerat|formulerats|tagit\s+fram|tagits\s+fram|arbetat\s+fram|arbetats\s+fram|antagit|antagits|infört|införts|lanserat|lanserats)\b|\b(?:antogs|infördes|lanserades|togs\s+fram|formulerades|arbetades\s+fram)\b",
    )
});
static COMMIT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:så\s+här|det\s+här|detta|här\s+är\s+vad|vad)\s+(?:gör|ska|kommer|vill|lovar)\s+vi\b(?:\s+\w+){0,3}\s*:$",
    )
});
static LEAD_PAST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:har|hade)\s+(?:\w+\s+){0,5}?\w+(?:at|it|tt|ts|ats|its|gjort|gjorts)\b|\b(?:framgår|följande\s+har)\b",
    )
});
static COMPOUND_BESLUT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?P<p>[\wåäö]+?)s?beslut(?:et)?\b"));

const SUBORDINATORS: &[&str] = &[
    "hur",
    "om",
    "huruvida",
    "där",
    "dit",
    "varifrån",
    "när",
    "eftersom",
    "medan",
    "innan",
    "tills",
    "ifall",
    "vilket",
    "vilka",
    "vilken",
    "vad",
    "varför",
    "vart",
    "vem",
    "vems",
    "fast",
    "fastän",
    "såvida",
    "trots",
];
const PRONOUNS: &[&str] = &[
    "vi", "jag", "de", "den", "det", "man", "hon", "han", "ni", "du", "en", "ett", "denna",
    "detta", "dessa", "alla", "samtliga", "varje", "vår", "vårt", "våra", "staden", "kommunen",
    "regionen",
];
const ADVERBS: &[&str] = &[
    "också",
    "även",
    "sedan",
    "därför",
    "löpande",
    "inte",
    "alltid",
    "fortsatt",
    "framöver",
    "nu",
    "då",
    "vidare",
    "dessutom",
    "samlat",
    "aktivt",
    "gemensamt",
    "årligen",
    "tillsammans",
    "särskilt",
    "bland",
    "exempelvis",
    "bara",
    "endast",
    "gärna",
    "snarast",
    "senast",
    "fortlöpande",
    "regelbundet",
    "systematiskt",
    "successivt",
    "i",
    "under",
    "genom",
    "med",
    "på",
    "för",
    "till",
    "av",
    "efter",
    "inom",
    "vid",
    "där",
    "här",
    "ju",
    "dock",
    "främst",
    "fortsättningsvis",
    "framgent",
    "därefter",
    "härefter",
    "fullt",
    "helt",
    "ytterligare",
];
const SHORT_INFINITIVES: &[&str] = &[
    "gå", "få", "ha", "se", "bli", "stå", "nå", "ske", "bo", "tro", "dö", "må", "slå",
    // Passive infinitives of verbs in -e ("ska anses besvarad", "ska ses över").
    "anses", "ses", "nås", "fås", "förses",
];

fn words_lower(s: &str) -> Vec<String> {
    lower_words(s).collect()
}

/// The words of `s`, trimmed of punctuation and lower-cased, empty ones left out: the items of
/// [`words_lower`] one at a time, from either end, so that a caller that needs the first or
/// last few words does not lower-case all of them.
fn lower_words(s: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// Like [`lower_words`], but a word that lower-casing leaves as it is (most words of running
/// text) is borrowed rather than copied: the guards split every sentence into words, and the
/// copies were a good part of their cost.
fn lower_words_cow(s: &str) -> impl DoubleEndedIterator<Item = Cow<'_, str>> + '_ {
    s.split_whitespace()
        .map(|w| lower_cow(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
}

/// `w.to_lowercase()`, borrowed when that is `w` itself: when every character lower-cases to
/// itself (`str::to_lowercase` maps each character by `char::to_lowercase`, except a
/// word-final capital sigma, which does not map to itself either).
fn lower_cow(w: &str) -> Cow<'_, str> {
    let same = |c: char| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    };
    if w.chars().all(same) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

fn infinitive_like(w: &str) -> bool {
    // Plural definite nouns ("stödmottagarna", "eleverna") also end in -a.
    let plural = ["arna", "erna", "orna"].iter().any(|e| w.ends_with(e));
    (w.ends_with('a') || w.ends_with("as")) && !plural || SHORT_INFINITIVES.contains(&w)
}

fn adverb_like(w: &str) -> bool {
    ADVERBS.contains(&w) || w.ends_with("vis") || w.ends_with("ligen") || w.ends_with("ligt")
}

/// True if the word right after a modal starts an inverted subject ("ska vi", "kommer
/// förvaltningen", "ska en rapport"), which shows the modal is the main-clause verb.
fn inverted_subject(next: &str, raw_next: &str) -> bool {
    if next.is_empty() {
        return false;
    }
    if PRONOUNS.contains(&next) || BODY_RE.is_match(raw_next) {
        return true;
    }
    if raw_next.starts_with(char::is_uppercase) {
        return true;
    }
    !adverb_like(next) && !infinitive_like(next)
}

/// Is the modal at byte `pos` (`len` bytes) of `t` the verb of the main clause?
fn main_clause(t: &str, pos: usize, len: usize) -> bool {
    // A semicolon ends the clause before it: "… har pågått sedan 2024; den ska fördjupas".
    let from = t[..pos].rfind(';').map_or(0, |i| i + 1);
    let before: Vec<Cow<'_, str>> = lower_words_cow(&t[from..pos]).collect();
    let next = lower_words_cow(&t[pos + len..]).next().unwrap_or_default();
    let next = &*next;
    let raw_next = t[pos + len..].split_whitespace().next().unwrap_or("");
    // Relative clause: "som ska", "som nu ska", "som verkar eller kommer att".
    let n = before.len();
    if n >= 1 && before[n - 1] == "som" {
        return false;
    }
    if n >= 2 && before[n - 2] == "som" && adverb_like(&before[n - 1]) {
        return false;
    }
    if n >= 1
        && matches!(&*before[n - 1], "och" | "eller")
        && before[n.saturating_sub(5)..n - 1]
            .iter()
            .any(|w| w == "som")
    {
        return false;
    }
    // Subordinate clause opened earlier ("hur …", "att <subject> …") unless the modal is
    // followed by its subject (Swedish main clauses invert after a fronted clause).
    let mut subordinate = false;
    for (i, w) in before.iter().enumerate() {
        if SUBORDINATORS.contains(&&**w) {
            subordinate = true;
        } else if w == "att" {
            let nw = before.get(i + 1).map(|w| &**w).unwrap_or(next);
            if !infinitive_like(nw) && !adverb_like(nw) {
                subordinate = true;
            }
        }
    }
    !subordinate || inverted_subject(next, raw_next)
}

/// The subject words before a modal at `pos`: the words before it in its clause, as a slice
/// of `t` (the helper regexes that read it then use the sentence's folding instead of folding
/// a copy). It is what the first part of `format!("{clause} | {after}").split(" | ")` was:
/// the clause up to its first " | ", which may also begin in the clause's last two bytes.
fn subject_before_modal(t: &str, pos: usize) -> &str {
    let before = &t[..pos];
    let clause_start = before.rfind([',', ';', ':', '–']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let mut clause = before[clause_start..].trim();
    // Two main clauses joined by "och" or "men": the subject is in the second ("Arbets-
    // förmedlingen har varit på plats och kommunens arbetsmarknadsenhet kommer att …"); a
    // finite verb before the conjunction shows that it joins clauses, not names.
    for conj in [" och ", " men "] {
        if let Some((head, tail)) = clause.rsplit_once(conj)
            && CLAUSE_VERB.is_match(head)
            && !tail.trim().is_empty()
        {
            clause = tail.trim();
            break;
        }
    }
    match clause.find(" | ") {
        Some(i) => &clause[..i],
        None => clause.strip_suffix(" |").unwrap_or(clause),
    }
}

/// The first `n` words of `s` joined by single spaces: a slice of `s` when they stand so in
/// it (the usual case in collapsed text), so that regexes read the sentence's folding.
fn first_words(s: &str, n: usize) -> Cow<'_, str> {
    let mut words = s.split_whitespace().take(n);
    let Some(first) = words.next() else {
        return Cow::Borrowed("");
    };
    let offset = |w: &str| w.as_ptr() as usize - s.as_ptr() as usize;
    let start = offset(first);
    let mut end = start + first.len();
    for w in words {
        let at = offset(w);
        if at != end + 1 || s.as_bytes()[end] != b' ' {
            return Cow::Owned(s.split_whitespace().take(n).collect::<Vec<_>>().join(" "));
        }
        end = at + w.len();
    }
    Cow::Borrowed(&s[start..end])
}

/// The subject before byte `pos`: the last body named in the clause, or the clause itself
/// when short.
fn subject_before(t: &str, pos: usize) -> Option<String> {
    let before = &t[..pos];
    let mut cut = 0;
    for sep in [", ", " att ", " som ", ": ", "; ", " – "] {
        if let Some(i) = before.rfind(sep) {
            cut = cut.max(i + sep.len());
        }
    }
    let window = before[cut..].trim();
    let window = window.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "Socialnämnden har i budget 2026 [fått i uppdrag]": the subject ends at the auxiliary.
    let window = window
        .split_whitespace()
        .skip(1)
        .find(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "har" | "hade" | "ska" | "skall" | "kommer" | "är" | "blir"
            )
        })
        .and_then(|w| {
            let i = window.find(&format!(" {w} "))?;
            Some(&window[..i])
        })
        .unwrap_or(window);
    if window.is_empty() {
        return None;
    }
    let nwords = window.split_whitespace().count();
    if nwords <= 6 {
        return Some(clean_name(window));
    }
    BODY_RE
        .find_iter(window)
        .last()
        .map(|m| clean_name(m.as_str()))
}

/// A time adverbial before a name ("gav den 14 juni 2025 planavdelningen i uppdrag").
static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?|\d{4}-\d\d-\d\d|(?:i|under)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?|(?:under|år|i)\s+\d{4})\s+",
    )
});

/// A numbered label at the start of an entry: "Uppdrag 6.3 ", "Åtgärd 2: ", "Mål 4. ".
static LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:uppdrag|mål|åtgärd|aktivitet|insats)\s+\d{1,2}(?:\.\d+)*[.:]?\s+"));

fn clean_name(s: &str) -> String {
    let mut s = s.trim().trim_end_matches([',', '.', ';', ':']).trim();
    // "att arbetsmarknadsenheten får i uppdrag": the point's "att" is no part of the name.
    if s.len() > 4 && s.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("att ")) {
        s = s[4..].trim_start();
    }
    if let Some(m) = LABEL.find(s)
        && m.end() < s.len()
    {
        s = &s[m.end()..];
    }
    if let Some(m) = LEADING_TIME.find(s)
        && m.end() < s.len()
    {
        s = &s[m.end()..];
    }
    for lead in ["därför ", "även ", "också ", "dessutom ", "vidare "] {
        if s.to_lowercase().starts_with(lead) {
            s = s.get(lead.len()..).unwrap_or(s);
        }
    }
    for tail in [
        " därför",
        " även",
        " också",
        " dessutom",
        " har",
        " hade",
        " ska",
        " skall",
    ] {
        if s.to_lowercase().ends_with(tail) {
            s = s.get(..s.len().saturating_sub(tail.len())).unwrap_or(s);
        }
    }
    s.trim().to_string()
}

/// The assigner before byte `pos`: the last body that is the subject of a deciding verb
/// ("kommunstyrelsen beslutar att … ge") or stands right before the verb.
fn assigner_before(t: &str, pos: usize) -> Option<String> {
    let before = &t[..pos];
    let mut best = None;
    for m in BODY_RE.find_iter(before) {
        let gap = &before[m.end()..];
        let adjacent = gap.split_whitespace().count() <= 1 && !gap.contains([',', '.']);
        // Inverted after a fronted phrase: "… beslutade kommunfullmäktige den 16 juni 2025,
        // § 77, att ge kommunstyrelsen i uppdrag".
        let inverted = INVERTED_DECIDER.is_match(&before[..m.start()])
            && gap.trim_end().to_lowercase().ends_with(" att");
        if adjacent || inverted || ASSIGNER_VERB.is_match(gap) {
            best = Some(m.as_str().to_string());
        }
    }
    best
}

/// A deciding verb right before its subject: "… beslutade kommunfullmäktige".
static INVERTED_DECIDER: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:beslutade|beslöt|beslutar)\s+$"));

/// The giver a lead-in names for the assignments below it: "Kommunfullmäktige lämnar följande
/// uppdrag inom området:", "Kommunstyrelsen ger nämnderna följande uppdrag:".
pub(crate) fn lead_assigner(t: &str) -> Option<String> {
    static LEAD_ASSIGNER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?P<who>{BODY})\s+(?:lämnar|ger|beslutar\s+om|fastställer)\s+(?:\S+\s+){0,3}?följande\s+(?:\w+\s+)?uppdrag\b",
        )
    });
    LEAD_ASSIGNER
        .captures(t)
        .and_then(|c| c.name("who"))
        .map(|w| clean_name(w.as_str()))
}

/// A body as the subject of a verb at `m`: inside the match ("fattade kommunstyrelsen
/// beslut"), just before it, or just after it.
fn body_subject(t: &str, start: usize, end: usize) -> Option<String> {
    if let Some(b) = BODY_RE.find(&t[start..end]) {
        return Some(b.as_str().to_string());
    }
    let before = &t[..start];
    if let Some(b) = BODY_RE.find_iter(before).last() {
        let gap = &before[b.end()..];
        // "… att kommunfullmäktige antog" reports, and "Programmet som fullmäktige antog 2024
        // ska revideras" is about the programme; a clause set off by a comma at the end,
        // "…, som kommunfullmäktige antog 2025-03-17.", states the adoption itself.
        let head = before[..b.start()].trim_end();
        let last_word_start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let relative = lower_words(head).next_back().is_some_and(|w| {
            w == "att" || w == "som" && !head[..last_word_start].trim_end().ends_with(',')
        });
        let few_words = lower_words(gap).nth(5).is_none();
        if few_words && !gap.contains([',', ';']) && !relative {
            return Some(b.as_str().to_string());
        }
    }
    let after = &t[end..];
    if let Some(b) = BODY_RE.find(after)
        && lower_words(&after[..b.start()]).nth(1).is_none()
    {
        return Some(b.as_str().to_string());
    }
    None
}

/// The body that took a passive decision: "antogs i/av/vid" + a body, extended by "för …"
/// ("styrgruppen för den lokala överenskommelsen"), genitive dropped before "möte".
fn passive_body(t: &str, end: usize) -> Option<String> {
    let after = &t[end..];
    let b = BODY_RE.find(after)?;
    if lower_words(&after[..b.start()]).nth(6).is_some() {
        return None;
    }
    let mut name = b.as_str().to_string();
    let rest = &after[b.end()..];
    let rest_l = rest.to_lowercase();
    if (rest_l.starts_with(" möte") || rest_l.starts_with(" sammanträde")) && name.ends_with('s')
    {
        name.pop();
    } else if let Some(ext) = rest.strip_prefix(" för ") {
        let mut words = vec![];
        for w in ext.split_whitespace().take(5) {
            let wl = w.to_lowercase();
            let stop = matches!(
                wl.trim_matches(|c: char| !c.is_alphanumeric()),
                "med" | "och" | "samt" | "i" | "på" | "vid" | "under" | "den" | "som" | "om"
            ) && !words.is_empty();
            if stop {
                break;
            }
            let end_here = w.ends_with([',', '.', ';']);
            words.push(w.trim_end_matches([',', '.', ';']));
            if end_here {
                break;
            }
        }
        if !words.is_empty() && words.len() <= 4 {
            name = format!("{name} för {}", words.join(" "));
        }
    }
    Some(name)
}

/// The body of a compound "styrgruppsbeslut", "nämndbeslut": "styrgruppen", "nämnden".
fn compound_body(t: &str) -> Option<String> {
    for c in COMPOUND_BESLUT.captures_iter(t) {
        let p = c.name("p")?.as_str().to_lowercase();
        for (stem, def) in [
            ("grupp", "en"),
            ("styrelse", "n"),
            ("nämnd", "en"),
            ("råd", "et"),
            ("utskott", "et"),
            ("fullmäktige", ""),
        ] {
            if p.ends_with(stem) {
                return Some(format!("{p}{def}"));
            }
        }
    }
    None
}

/// All years 1950–2099 named in a text, sorted, without duplicates. The year of a diary or
/// statute number ("Dnr KS 2024/812", "SFS 2010:800") is not a year the text names.
pub(crate) fn years_in(t: &str) -> Vec<i32> {
    // A text without digits names no year: no need to fold it for the regex.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return vec![];
    }
    let mut ys: Vec<i32> = YEAR
        .find_iter(t)
        .filter(|m| {
            // "2024/812" and "2010:800" are numbers; "2025/26" and "2025/2026" are years.
            let rest = &t[m.end()..];
            let Some(num) = rest.strip_prefix(['/', ':']) else {
                return true;
            };
            let digits: String = num.chars().take_while(char::is_ascii_digit).collect();
            digits.is_empty()
                || digits.len() == 2
                || digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
        })
        .filter_map(|m| m.as_str().parse().ok())
        .collect();
    ys.sort_unstable();
    ys.dedup();
    ys
}

fn section_status(section: Option<Section>) -> Option<Status> {
    match section {
        Some(Section::Proposal) => Some(Status::Proposed),
        Some(Section::Decided) => Some(Status::Decided),
        Some(Section::Scheduled) => Some(Status::Scheduled),
        _ => None,
    }
}

/// The status of an assignment whose verb ends at byte `end`. When the verb is in the past
/// ("gav", "fick", "gavs"), a proposal cue counts only before it ("I förslaget gavs X i
/// uppdrag"): after it, the proposal is part of the task ("Nämnden gav Y i uppdrag att
/// upprätta ett förslag till detaljplan" is a decided assignment).
fn assignment_status(t: &str, end: usize, ctx: &Ctx) -> Option<Status> {
    if let Lead::Assign {
        status: Some(s), ..
    } = &ctx.lead
    {
        return Some(*s);
    }
    let head = t.get(..end).unwrap_or(t);
    // After the assignment, "förslag" is usually what the task yields ("… och återkomma med
    // förslag på åtgärder"); only a proposing verb there makes the assignment proposed.
    let cue = PROPOSAL_CUE.is_match(head)
        || (!PAST_CUE.is_match(head) && PROPOSING_VERB.is_match(t.get(end..).unwrap_or_default()));
    if cue {
        return Some(Status::Proposed);
    }
    if let Some(s) = section_status(ctx.section) {
        return Some(s);
    }
    if PAST_CUE.is_match(t)
        || ctx.section == Some(Section::Assignments)
        || ctx.budget
        || ctx.adopted
    {
        return Some(Status::Decided);
    }
    None
}

/// Checks the guard of `rule` for the match `caps` in `t`; returns the classification with
/// its fields if it passes.
fn try_rule(rule: &Rule, t: &str, caps: &Captures<'_>, ctx: &Ctx) -> Option<Classified> {
    let m = caps.get(0)?;
    let (start, end) = (m.start(), m.end());
    let mut c = Classified::new(rule.kind, rule.id);
    // The meeting's election of who checks the minutes is taken when it is written down.
    if rule.id == "decision.justerare" {
        c.status = Some(Status::Decided);
    }
    // "Mål 3 B följs upp gemensamt med …": a sentence about how a labelled goal is followed
    // up or how it went, not the goal.
    if rule.id == "goal.label"
        && lower_words(t).take(6).any(|w| {
            matches!(
                w.as_str(),
                "följs" | "redovisas" | "mäts" | "bedöms" | "uppnåddes" | "nåddes" | "uppfylldes"
            )
        })
    {
        return None;
    }
    // "Vi inför sommaren …", "Kommunen inför 2027 …": "inför" as a preposition of time.
    if rule.id == "commitment.infor"
        && lower_words(&t[end..]).next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "sommaren"
                    | "hösten"
                    | "våren"
                    | "vintern"
                    | "året"
                    | "budgetåret"
                    | "valet"
                    | "mötet"
                    | "beslutet"
                    | "framtiden"
                    | "nästa"
                    | "kommande"
            ) || w.starts_with("20") && w.len() == 4
        })
    {
        return None;
    }
    // "Regeringens mål är att …", "EU:s mål är att …": an outside party's goal.
    if rule.id == "goal.malet_ar"
        && t.split_whitespace().next().is_some_and(|w| {
            OUTSIDE.is_match(w) && !municipal_body(w) || w.eq_ignore_ascii_case("eu:s")
        })
    {
        return None;
    }
    // "Senast 2028 ska kommunen ha infört krav …": a deadline for the municipality's own
    // action, a commitment rather than a target.
    if rule.id == "goal.target"
        && lower_words(&t[end..]).next().is_some_and(|w| {
            matches!(w.as_str(), "kommunen" | "staden" | "vi") || BODY_RE.is_match(&w)
        })
    {
        return None;
    }
    // "Ingen ska tro att …": a turn of speech, not a desired state.
    if rule.id == "goal.impersonal"
        && lower_words(&t[t[..end].char_indices().next_back().map_or(0, |(i, _)| i)..])
            .take(2)
            .any(|w| matches!(w.as_str(), "tro" | "tänka" | "tycka" | "påstå" | "inbilla"))
    {
        return None;
    }
    match rule.guard {
        Guard::None => {}
        Guard::NotDone => {
            let after: Vec<String> = lower_words(&t[end..]).take(2).collect();
            let done = [
                "klart",
                "klar",
                "klara",
                "färdigt",
                "färdig",
                "genomfört",
                "genomförd",
                "igång",
                "infört",
                "påbörjat",
            ];
            if after.iter().any(|w| done.contains(&w.as_str()))
                || after.first().is_some_and(|w| w == "på")
                    && after.get(1).is_some_and(|w| w == "plats")
            {
                return None;
            }
        }
        Guard::BodySubject => {
            let last = lower_words(&t[..start]).next_back();
            if last
                .as_ref()
                .is_some_and(|w| matches!(w.as_str(), "inte" | "ej" | "icke"))
            {
                return None;
            }
            // "Vi beslutade …", and inverted after a fronted phrase: "Samma dag beslutade vi …".
            let vi = last.is_some_and(|w| w == "vi")
                || lower_words(&t[end..]).next().is_some_and(|w| w == "vi");
            c.body = body_subject(t, start, end).filter(|b| municipal_body(b));
            // Without a municipal body (or "vi") as subject it is someone else's decision
            // ("Regeringen beslutade …", "Länsstyrelsen beslutade …").
            if c.body.is_none() && !vi {
                return None;
            }
            c.status = Some(Status::Decided);
        }
        Guard::Passive => {
            let mut pre = lower_words(&t[..start]).rev();
            let last = pre.next().unwrap_or_default();
            let last2 = pre.next().unwrap_or_default();
            let (last, last2) = (last.as_str(), last2.as_str());
            // "… en plan, som antogs av kommunfullmäktige i oktober 2024": a relative clause
            // that names the body and the time reports the decision itself.
            let dated_relative = last == "som"
                && passive_body(t, end).is_some()
                && TIME.is_match(first_words(&t[end..], 8).as_ref());
            if !dated_relative
                && matches!(
                    last,
                    "som"
                        | "inte"
                        | "ej"
                        | "icke"
                        | "den"
                        | "det"
                        | "de"
                        | "nyligen"
                        | "redan"
                        | "tidigare"
                        | "nu"
                )
                && (last == "som"
                    || matches!(last, "inte" | "ej" | "icke" | "den" | "det" | "de")
                    || last2 == "som"
                    || matches!(last2, "den" | "det" | "de"))
            {
                return None;
            }
            // "ska antas", "kommer att antas": not yet taken.
            if matches!(last, "ska" | "skall" | "att" | "kan" | "bör") {
                return None;
            }
            // "Målet är att … ska vara antagna": a goal that names a decision to come.
            if GOAL_LEAD.is_match(t) {
                return None;
            }
            // "… och en antagen detaljplan bedöms kunna finnas under 2027": a forecast.
            if lower_words(t).any(|w| {
                matches!(
                    w.as_str(),
                    "bedöms" | "beräknas" | "väntas" | "förväntas" | "kunna" | "uppskattas"
                )
            }) {
                return None;
            }
            c.body = passive_body(t, end);
            if c.body.is_none() && !TIME.is_match(t) {
                return None;
            }
            c.status = Some(Status::Decided);
        }
        Guard::InDecisionSection => {
            let lead_body = match &ctx.lead {
                Lead::Decide { body, .. } => Some(body.clone()),
                _ => None,
            };
            let in_section = matches!(ctx.section, Some(Section::Proposal | Section::Decided));
            if !in_section && lead_body.is_none() {
                return None;
            }
            let pre = words_lower(&t[..start]);
            if pre.iter().any(|w| w == "som") {
                return None;
            }
            // The chair's finding ("Ordföranden ställer proposition … och finner att nämnden
            // bifaller …") is procedure: the decision itself follows.
            if pre.iter().any(|w| w == "finner" || w == "proposition") {
                return None;
            }
            // A bare "Kommunstyrelsen beslutar" (also "… beslutar för egen del") introduces a
            // list; it is not an item itself.
            let mut rest = words_lower(&t[end..]);
            if rest.last().is_some_and(|w| w == "att") {
                rest.pop();
            }
            let rest = rest.join(" ");
            if rest.is_empty() || super::structure::DECIDE_QUALIFIERS.contains(&rest.as_str()) {
                return None;
            }
            c.body = body_subject(t, start, end).or(lead_body.flatten());
            c.body.as_ref()?;
            c.status = match &ctx.lead {
                Lead::Decide {
                    status: Some(s), ..
                } => Some(*s),
                _ => section_status(ctx.section),
            };
        }
        Guard::InDecisionSectionPassive => {
            let in_section = matches!(ctx.section, Some(Section::Proposal | Section::Decided));
            let lead = match &ctx.lead {
                Lead::Decide { body, status } => Some((body.clone(), *status)),
                _ => None,
            };
            if !in_section && lead.is_none() {
                return None;
            }
            let pre = words_lower(&t[..start]);
            if pre.iter().any(|w| w == "som" || w == "att") {
                return None;
            }
            c.body = lead.as_ref().and_then(|(b, _)| b.clone());
            c.status = lead
                .and_then(|(_, s)| s)
                .or_else(|| section_status(ctx.section));
        }
        Guard::AssigneeBody => {
            // A body, or the municipality's own representatives ("Kommunens ombud vid
            // bolagsstämman instrueras att …").
            if !subject_before(t, start).is_some_and(|s| {
                BODY_RE.is_match(&s) || {
                    let l = s.to_lowercase();
                    l.starts_with("kommunens ") || l.starts_with("stadens ")
                }
            }) {
                return None;
            }
        }
        Guard::DecisionPoint => {
            let in_section = matches!(ctx.section, Some(Section::Proposal | Section::Decided));
            if !in_section && !matches!(ctx.lead, Lead::Decide { .. }) {
                return None;
            }
            let gap = caps.name("gap").map_or("", |g| g.as_str());
            let clause = words_lower(gap).iter().any(|w| {
                matches!(w.as_str(), "att" | "som") || SUBORDINATORS.contains(&w.as_str())
            });
            if clause || gap.contains([',', ';']) {
                return None;
            }
        }
        Guard::PresentFuture => {
            let verb = caps
                .name("verb")
                .or_else(|| caps.name("verb2"))
                .or_else(|| caps.name("verb3"))
                .map(|v| v.as_str().to_lowercase())
                .unwrap_or_default();
            let not_a_promise = [
                "har",
                "är",
                "blir",
                "kan",
                "bör",
                "måste",
                "behöver",
                "hoppas",
                "tror",
                "ser",
                "får",
                "vet",
                "tycker",
                "anser",
                "menar",
                "önskar",
                "undrar",
                "söker",
                // Forecasts and states of the municipality ("Under planperioden växer
                // kommunen …").
                "växer",
                "ökar",
                "minskar",
                "saknar",
                "står",
                "ligger",
                "förväntar",
                "räknar",
                "bedömer",
                "beräknar",
            ];
            if not_a_promise.contains(&verb.as_str()) {
                return None;
            }
            // A year is a time ahead only after the document's year (or in a budget or plan,
            // its own year): "Under 2026 arbetar kommunen med …" in a 2026 report describes the present.
            if let Some(y) = caps
                .name("year")
                .or_else(|| caps.name("year2"))
                .or_else(|| caps.name("year3"))
            {
                let y: i32 = y.as_str().parse().ok()?;
                let doc = ctx.year?;
                // "från hösten 2026": a season of the document's own year lies ahead too.
                let season = caps
                    .name("season")
                    .or_else(|| caps.name("season2"))
                    .or_else(|| caps.name("season3"))
                    .is_some();
                if y < doc || (y == doc && !ctx.budget && !ctx.plan && !season) {
                    return None;
                }
            }
            let pre = words_lower(&t[..start]);
            // "att" after a preposition ("Arbetet med att korta tiderna fortsätter …") is an
            // infinitive inside the subject, not a subordinate clause.
            let clause_att = |i: usize| {
                pre[i] == "att"
                    && !i.checked_sub(1).is_some_and(|j| {
                        matches!(pre[j].as_str(), "med" | "för" | "om" | "på" | "av" | "till")
                    })
            };
            if (0..pre.len()).any(|i| {
                pre[i] == "som" || clause_att(i) || SUBORDINATORS.contains(&pre[i].as_str())
            }) {
                return None;
            }
        }
        Guard::HasContent => {
            let rest = caps.name("rest").map_or("", |r| r.as_str());
            let inner = &t[start..caps.name("rest").map_or(end, |r| r.start())];
            // Content after the verb: two words after "besluta" ("… besluta att anta …"), one
            // after a verb with its object ("… att anta strategin").
            let bare = lower_words(inner)
                .last()
                .is_some_and(|w| w.starts_with("beslut"));
            lower_words(rest).nth(usize::from(bare))?;
            // "Kommunfullmäktige föreslås besluta …": the body is the subject right before.
            let before = BODY_RE
                .find_iter(&t[..start])
                .last()
                .filter(|b| words_lower(&t[b.end()..start]).is_empty());
            c.body = BODY_RE
                .find_iter(inner)
                .last()
                .or(before)
                .map(|b| b.as_str().to_string());
            c.status = Some(Status::Proposed);
        }
        Guard::MainClause | Guard::MunicipalSubject => {
            if !commitment_ok(t, start, end, rule) {
                return None;
            }
        }
        Guard::SentenceEnd => {
            let pre = words_lower(&t[..start]);
            if pre.len() > 20
                || pre
                    .iter()
                    .any(|w| w == "att" || SUBORDINATORS.contains(&w.as_str()))
            {
                return None;
            }
            // "… har inte kunnat påbörjas", "… kan startas": after an auxiliary the "-s" form
            // is an infinitive (what could or could not be done), not a plan.
            let aux = pre
                .iter()
                .rev()
                .find(|w| !["inte", "ej", "ännu", "heller", "än", "alltså"].contains(&w.as_str()));
            if aux.is_some_and(|w| {
                [
                    "kunnat", "kunna", "kan", "kunde", "har", "hade", "behöver", "behövt", "bör",
                    "borde", "måste", "skulle", "brukar", "fått", "kommit",
                ]
                .contains(&w.as_str())
            }) {
                return None;
            }
        }
        Guard::Place => {
            let subj = caps.name("subj").map_or("", |s| s.as_str());
            let first = subj.split_whitespace().next().unwrap_or("");
            let fl = first.to_lowercase();
            let capital = first.starts_with(char::is_uppercase);
            let known = [
                "kommunen",
                "staden",
                "regionen",
                "kommunkoncernen",
                "organisationen",
                "invånarna",
                "kommuninvånarna",
                "medborgarna",
                "företagen",
                "näringslivet",
                "alla",
                "barn",
                "barnen",
                "unga",
                "eleverna",
                "vi",
            ]
            .contains(&fl.as_str())
                || fl.ends_with("borna")
                // "Kommunens myndighetsutövning ska vara …", "Vår service ska vara …": the
                // organisation's own state.
                || matches!(
                    fl.as_str(),
                    "kommunens" | "stadens" | "förvaltningens" | "nämndens" | "vår" | "vårt" | "våra"
                );
            let definite = ["en", "et", "an", "erna", "arna", "orna", "ningen", "heten"]
                .iter()
                .any(|s| fl.ends_with(s));
            let pronoun = [
                "det", "detta", "den", "denna", "dessa", "de", "här", "där", "nu", "då", "man",
                "hon", "han", "allt", "inget", "ingen", "ni", "du", "jag", "vilket",
            ]
            .contains(&fl.as_str());
            if !known && (pronoun || definite || !capital) {
                return None;
            }
            // "Kommunfullmäktige ska ges möjlighet …": a body is an actor, not a place.
            if !known && BODY_RE.find(subj).is_some_and(|b| b.start() == 0) {
                return None;
            }
            // "Vi ska ha en företagslots på plats", "Vi ska bli bättre på att svara": what
            // the organisation will have or do better is a commitment, not a state of the place.
            if fl == "vi" {
                let after: Vec<String> = lower_words(&t[end..]).take(2).collect();
                let verb = lower_words(&t[start..end]).last().unwrap_or_default();
                if verb == "ha" || (verb == "bli" && after.first().is_some_and(|w| w == "bättre"))
                {
                    return None;
                }
            }
        }
    }
    match rule.kind {
        ItemKind::Assignment => fill_assignment(rule, t, caps, ctx, &mut c),
        ItemKind::Decision if rule.id == "decision.foreslar_passiv" => {
            c.status = Some(Status::Proposed);
            c.body = caps
                .name("by")
                .map(|b| b.as_str().to_string())
                .or_else(|| body_subject(t, start, end))
                .or_else(|| leading_body(t));
        }
        ItemKind::Decision if rule.id == "decision.scheduled" => {
            // "Enligt kommunallagen ska fullmäktige besluta om budgeten": a legal duty.
            if LAW.is_match(t) {
                return None;
            }
            c.status = Some(Status::Scheduled);
            c.body = BODY_RE
                .find(t)
                .map(|b| b.as_str().to_string())
                .or_else(|| compound_body(t));
        }
        _ => {}
    }
    Some(c)
}

fn fill_assignment(rule: &Rule, t: &str, caps: &Captures<'_>, ctx: &Ctx, c: &mut Classified) {
    let Some(m) = caps.get(0) else { return };
    match rule.id {
        "assignment.ger_i_uppdrag" | "assignment.uppdrar_at" | "assignment.asked" => {
            c.assignee = caps
                .name("who")
                .or_else(|| caps.name("who2"))
                .map(|w| {
                    // "gav i april kommunstyrelsen i uppdrag": the assignee starts at the body;
                    // "gav samtidigt näringslivsenheten i uppdrag": after the adverb.
                    let w = w.as_str();
                    let from = BODY_RE.find(w).map_or(0, |b| b.start());
                    let w = &w[from..];
                    let w = [
                        "samtidigt ",
                        "också ",
                        "även ",
                        "därför ",
                        "dessutom ",
                        "nu ",
                    ]
                    .iter()
                    .find_map(|a| {
                        w.get(..a.len())
                            .filter(|h| h.eq_ignore_ascii_case(a))
                            .map(|_| &w[a.len()..])
                    })
                    .unwrap_or(w);
                    clean_name(w)
                })
                .filter(|s| !s.is_empty());
            c.assigner = assigner_before(t, m.start());
            // Inverted after a fronted phrase: "I höstas gav kommunstyrelsen kommundirektören i
            // uppdrag": the first body gives, the second is given the task.
            if c.assigner.is_none()
                && let Some(who) = c.assignee.take()
            {
                let bodies: Vec<_> = BODY_RE.find_iter(&who).collect();
                match bodies.as_slice() {
                    [first, second]
                        if first.start() == 0
                            && who[first.end()..second.start()].trim().is_empty() =>
                    {
                        c.assigner = Some(first.as_str().to_string());
                        c.assignee = Some(who[second.start()..].trim().to_string());
                    }
                    _ => c.assignee = Some(who),
                }
            }
        }
        "assignment.named" => {}
        "assignment.label" => {
            // "Uppdrag: Kultur- och fritidsnämnden ska se över avgifterna."
            c.assignee = match t.split_once([':', '–', '-']) {
                Some((_, rest)) => leading_body(rest.trim()),
                // "Uppdrag 6.1 Kommunstyrelsen ska …"
                None => LABEL.find(t).and_then(|m| leading_body(&t[m.end()..])),
            };
        }
        _ => {
            c.assignee = BODY_RE
                .find(m.as_str())
                .map(|b| b.as_str().to_string())
                .or_else(|| subject_before(t, m.start()));
            let after = &t[m.end()..];
            let al = after.to_lowercase();
            let rest = if al.starts_with(" av ") {
                after.get(4..)
            } else if al.starts_with(" från ") {
                after.get(" från ".len()..)
            } else {
                None
            };
            if let Some(rest) = rest {
                c.assigner = BODY_RE.find(rest).map(|b| b.as_str().to_string());
            }
        }
    }
    if let Lead::Assign {
        assignee, assigner, ..
    } = &ctx.lead
    {
        if c.assignee.is_none() {
            c.assignee = assignee.clone();
        }
        if c.assigner.is_none() {
            c.assigner = assigner.clone();
        }
    }
    if c.assigner.is_none() {
        c.assigner = ctx.section_assigner.clone();
    }
    c.status = assignment_status(t, m.end(), ctx);
}

/// The checks shared by the commitment rules that rest on a forward-looking verb.
fn commitment_ok(t: &str, start: usize, end: usize, rule: &Rule) -> bool {
    // "ett ska-krav"
    if t[end..].starts_with('-') {
        return false;
    }
    let m = &t[start..end];
    let ml = m.to_lowercase();
    // Locate the modal itself inside the match (patterns of COMMIT_VI start with "vi").
    let (mpos, mlen) = match modal_in(m) {
        Some((p, l)) => (start + p, l),
        None => (start, end - start),
    };
    let modal = t[mpos..mpos + mlen].to_lowercase();
    // The first seven words after the modal are all that is looked at.
    let after: Vec<Cow<'_, str>> = lower_words_cow(&t[mpos + mlen..]).take(7).collect();
    let next = after.first().map(|w| &**w).unwrap_or("");
    let raw_next = t[mpos + mlen..].split_whitespace().next().unwrap_or("");
    if next.is_empty() {
        return false;
    }
    if modal == "kommer" {
        // Bare "kommer": "kommer förvaltningen att …" or "vi kommer följa"; not "kommer från".
        let definite = ["en", "et", "na"].iter().any(|e| next.ends_with(e)) && next.len() > 4;
        let subj = PRONOUNS.contains(&next)
            || BODY_RE.is_match(raw_next)
            || raw_next.starts_with(char::is_uppercase)
            || definite;
        // "kommer under 2025 att …", "kommer därför att …".
        let later_att = after
            .iter()
            .take(6)
            .position(|w| w == "att")
            .and_then(|i| after.get(i + 1))
            .is_some_and(|w| infinitive_like(w));
        if !(subj || infinitive_like(next) || later_att) {
            return false;
        }
    }
    // "Ingen ska tro att …": a turn of speech.
    if matches!(next, "tro" | "tycka" | "påstå" | "inbilla")
        || modal.starts_with("kommer")
            && matches!(next, "säga" | "hävda" | "invända" | "tycka" | "mena")
    {
        return false;
    }
    if rule.id == "commitment.vi" && ml.starts_with("vill") && raw_next.ends_with(':') {
        return false;
    }
    if t.contains("vill:") && modal == "vill" {
        return false;
    }
    // "…, säger lokalavdelningens ordförande Eva Strand": a quote of an outside party or of
    // the opposition is not the municipality's promise.
    if outside_speaker(t) {
        return false;
    }
    // "Till oppositionen vill jag säga: …", "Jag vill vara tydlig med en sak": the writer
    // addresses the reader, promises nothing.
    if modal == "vill" {
        let mut rest = after.iter().map(|w| &**w).skip_while(|w| {
            matches!(
                *w,
                "jag" | "vi" | "också" | "även" | "bara" | "därför" | "gärna"
            )
        });
        let verb = rest.next().unwrap_or("");
        if matches!(
            verb,
            "säga" | "påminna" | "poängtera" | "betona" | "understryka" | "tacka" | "uppmana"
        ) || verb == "vara"
            && rest
                .next()
                .is_some_and(|w| matches!(w, "tydlig" | "ärlig" | "öppen" | "rak"))
        {
            return false;
        }
    }
    // "… men jag tänker inte sitta still", "jag tänker inte lova att …": rhetoric, not a
    // promise. ("Vi kommer inte att lämna dem i sticket" is one.)
    if modal == "tänker" && next == "inte" {
        return false;
    }
    // "Det är ett löfte jag ger …", "Det här är ett löfte till företagen.": a sentence about
    // the promise, whose content stands elsewhere.
    if rule.id == "commitment.promise"
        && lower_words(t)
            .take(5)
            .collect::<Vec<_>>()
            .windows(3)
            .any(|w| {
                w[0] == "är"
                    && matches!(w[1].as_str(), "ett" | "vårt" | "mitt")
                    && w[2].contains("löfte")
            })
    {
        return false;
    }
    // "Några saker jag vill lyfta:": the writer introduces what follows, promises nothing.
    if t.trim_end().ends_with(':')
        && [
            "lyfta",
            "nämna",
            "berätta",
            "säga",
            "tacka",
            "presentera",
            "visa",
            "peka",
            "ta",
            "understryka",
            "framhålla",
            "börja",
        ]
        .contains(&next)
    {
        return false;
    }
    if !main_clause(t, mpos, mlen) {
        return false;
    }
    // "Enligt kommunallagen ska …": a legal requirement, not the municipality's own promise;
    // "Enligt Tillväxtverkets bedömning kommer …": a forecast; "vi bedömer att besökarna
    // kommer att öka": an assessment.
    if LAW.is_match(t) || FORECAST.is_match(t) || ASSESSMENT.is_match(&t[..mpos]) {
        return false;
    }
    // "Beslutet ska skickas till": a distribution line, not a promise.
    if DISTRIBUTION.is_match(t) {
        return false;
    }
    // "… ska kommunen ha rätt att köpa tillbaka marken": a right, not a promise.
    if lower_words(&t[mpos + mlen..])
        .take(4)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0] == "ha" && w[1] == "rätt")
    {
        return false;
    }
    // "Därför har vi formulerat ett löfte …", "Löftet har tagits fram i dialog …": how the
    // promise came about, not a promise.
    if rule.id == "commitment.promise" && ml.contains("löft") && PROMISE_MADE.is_match(t) {
        return false;
    }
    // "… har ett medborgarlöfte sedan 2022": a promise noun dated to the past describes an
    // existing arrangement, not a new commitment.
    if rule.id == "commitment.promise" && ml.contains("löft") && SINCE.is_match(t) {
        return false;
    }
    let subj_before = subject_before_modal(t, mpos);
    let vi = lower_words_cow(subj_before).any(|w| w == "vi" || w == "jag")
        || next == "vi"
        || next == "jag";
    if !vi {
        // Subject: the clause before the modal, or the word after it when inverted.
        // An inverted subject may be a name of two or three words ("… åtar sig Backa
        // Företagsförening att …").
        let subject: Cow<'_, str> =
            if lower_words_cow(subj_before).next().is_none() || !inverted_subject(next, raw_next) {
                Cow::Borrowed(subj_before)
            } else {
                let name: Vec<&str> = t[mpos + mlen..]
                    .split_whitespace()
                    .take(3)
                    .take_while(|w| w.starts_with(char::is_uppercase) || *w == raw_next)
                    .collect();
                Cow::Owned(format!("{subj_before} {}", name.join(" ")))
            };
        if OUTSIDE.is_match(&subject) && !municipal_body(&subject) {
            return false;
        }
        // "Byggherrar som …, till exempel …, ska …": the subject is the noun before the
        // relative clause that opens the sentence.
        if let Some(i) = t[..mpos].find(" som ") {
            let head = &t[..i];
            if head.split_whitespace().count() <= 3
                && OUTSIDE.is_match(head)
                && !municipal_body(head)
            {
                return false;
            }
        }
    }
    // Predictions: hedged, or "kommer att leda till / bidra / innebära …".
    let tail = first_words(&t[mpos + mlen..], 5);
    if HEDGE.is_match(&tail) {
        return false;
    }
    // "Samtidigt kommer förvaltningen att öka …": an inverted body is an actor too.
    let subject_is_actor = vi
        || municipal_body(subj_before)
        || inverted_subject(next, raw_next) && municipal_body(raw_next);
    let municipal_subject = subject_is_actor
        || MUNICIPALITY.is_match(subj_before)
        || inverted_subject(next, raw_next) && MUNICIPALITY.is_match(raw_next);
    if !municipal_subject && REPORTED.is_match(t) {
        return false;
    }
    if modal.starts_with("kommer") && !subject_is_actor && EFFECT.is_match(&tail) {
        return false;
    }
    // "Bidragen ska stimulera …", "Insatserna ska bidra till …": the purpose of a thing, not
    // something the municipality does. (A deliverable is: "Arbetet ska resultera i en plan";
    // so is what a plan ensures: "Handlingsplanen ska säkerställa att …", as the sample gold
    // has it.)
    if matches!(modal.as_str(), "ska" | "skall")
        && !subject_is_actor
        && !MUNICIPALITY.is_match(subj_before)
        && PURPOSE.is_match(&tail)
    {
        return false;
    }
    true
}

/// True if `s` names a body of the municipality: a body that is not an outside party
/// ("Länsstyrelsen" ends like "kommunstyrelsen" but is the state's).
fn municipal_body(s: &str) -> bool {
    BODY_RE.find_iter(s).any(|m| !OUTSIDE.is_match(m.as_str()))
}

static MODAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:ska|skall|kommer\s+att|kommer|vill|avser(?:\s+att)?|planerar(?:\s+att)?|tänker|lovar|åtar|utlovar|förbinder|fortsätter\s+att|ämnar)\b",
    )
});

fn modal_in(s: &str) -> Option<(usize, usize)> {
    MODAL_RE.find(s).map(|m| (m.start(), m.end() - m.start()))
}

/// Which kinds a sentence may be given in this context.
fn allowed(kind: ItemKind, ctx: &Ctx) -> bool {
    !(ctx.lead == Lead::Past && matches!(kind, ItemKind::Goal | ItemKind::Commitment))
}

/// False for a rule whose guard can only pass in a decision section or under a decision
/// lead-in, when the sentence is in neither: its pattern need not be tried at all (the same
/// result, without running the regex on every sentence of running text).
fn possible(rule: &Rule, ctx: &Ctx) -> bool {
    let decision_only = matches!(
        rule.guard,
        Guard::InDecisionSection | Guard::InDecisionSectionPassive | Guard::DecisionPoint
    );
    !decision_only
        || matches!(ctx.section, Some(Section::Proposal | Section::Decided))
        || matches!(ctx.lead, Lead::Decide { .. })
}

/// Classifies one sentence or list entry (whitespace collapsed, bullet removed).
pub(crate) fn classify(t: &str, ctx: &Ctx) -> Option<Classified> {
    classify_with(t, ctx, &|_| true)
}

/// Like [`classify`], with only the rules that `keep` accepts.
pub(crate) fn classify_with(
    t: &str,
    ctx: &Ctx,
    keep: &dyn Fn(&Rule) -> bool,
) -> Option<Classified> {
    let t = t.trim();
    if t.ends_with('?') || t.split_whitespace().nth(1).is_none() {
        return None;
    }
    // Every helper regex of the guards below reads this one folding of the sentence.
    let scope = FoldScope::new(t);
    let folded = scope.folded();
    let candidates = needles::candidates(folded);
    for (i, (rule, regex)) in COMPILED.iter().enumerate() {
        if !candidates.contains(i) && !needles::needs_number(i)
            || !keep(rule)
            || !allowed(rule.kind, ctx)
            || !possible(rule, ctx)
            || !candidates.contains(i) && !needles::starts_with_number(folded)
        {
            continue;
        }
        for caps in regex.captures_iter_folded(t, folded) {
            if let Some(c) = try_rule(rule, t, &caps, ctx) {
                return Some(c);
            }
        }
    }
    None
}

/// What a sentence that introduces a list passes on to the entries below it. `own` is the
/// sentence's own classification (without assignment rules when it is an assignment lead-in).
pub(crate) fn lead_of(t: &str, ctx: &Ctx, own: Option<&Classified>) -> Lead {
    let t = t.trim();
    let _scope = FoldScope::new(t);
    let colon = t.ends_with(':');
    if colon {
        for (rule, regex) in COMPILED.iter() {
            if rule.kind != ItemKind::Assignment || rule.id == "assignment.named" {
                continue;
            }
            if let Some(caps) = regex.captures(t) {
                let mut c = Classified::new(ItemKind::Assignment, rule.id);
                fill_assignment(rule, t, &caps, ctx, &mut c);
                if PAST_CUE.is_match(t) && c.status.is_none() {
                    c.status = Some(Status::Decided);
                }
                if own.is_some_and(|o| o.kind == ItemKind::Decision) && !PROPOSAL_CUE.is_match(t) {
                    c.status = Some(Status::Decided);
                }
                return Lead::Assign {
                    assignee: c.assignee,
                    assigner: c.assigner,
                    status: c.status,
                };
            }
        }
    }
    if let Some(caps) = LEAD_DECIDE.captures(t) {
        let body = caps
            .name("to")
            .or_else(|| caps.name("inv"))
            .map(|b| b.as_str().to_string())
            .or_else(|| subject_before(t, caps.get(0).map_or(0, |m| m.start())));
        let status = if PROPOSAL_CUE.is_match(t) || ctx.section == Some(Section::Proposal) {
            Some(Status::Proposed)
        } else {
            Some(Status::Decided)
        };
        return Lead::Decide { body, status };
    }
    // "Så här gör vi:", "Det här ska vi göra:", "Vi ska:", "För att nå målen ska kommunen:":
    // the entries are what the municipality does.
    // A label left at the end of a hard-wrapped paragraph: "… ska vara snabb. Åtgärder:".
    if colon && t.split_whitespace().count() <= 3 {
        match super::sections::section_of_heading(t) {
            Some(Section::Commitments) => return Lead::Commit,
            Some(Section::Goals) => return Lead::Goal,
            _ => {}
        }
    }
    // "Omställningspaketet … innehåller bland annat:": the contents of a package of measures.
    if colon && CONTENTS_LEAD.is_match(t) {
        return Lead::Commit;
    }
    // Also without a colon when the sentence runs on into the list: "Inom projektet kommer
    // kommunen att" over "* anlägga …", "Enligt planen ska kommunen" over "- genomföra …".
    if colon && (COMMIT_LEAD.is_match(t) || PLANNED_LEAD.is_match(t))
        || !t.ends_with(['.', '!', '?']) && bare_modal_lead(t)
    {
        return Lead::Commit;
    }
    if colon {
        let tl = t.to_lowercase();
        let achieved = ["uppnått", "uppfyllt", "nåtts", "uppnåtts", "uppfyllts"]
            .iter()
            .any(|w| tl.contains(w));
        if tl.contains("mål") && !achieved && own.is_none_or(|o| o.kind != ItemKind::Commitment) {
            return Lead::Goal;
        }
        if LEAD_PAST.is_match(t) && !tl.contains(" ska ") && !tl.contains(" kommer ") {
            return Lead::Past;
        }
    }

    if let Some(o) = own
        && o.kind == ItemKind::Commitment
    {
        let tl = t.to_lowercase();
        if colon
            || o.rule == "commitment.promise"
            || tl.contains("följande")
            || tl.contains("punkter")
        {
            return Lead::Commit;
        }
    }
    Lead::None
}

/// True if `t` proposes rather than decides: "föreslår", "föreslås", "förordar", or the
/// infinitive of a decision "att föreslå kommunfullmäktige att".
pub(crate) fn proposing(t: &str) -> bool {
    PROPOSING_VERB.is_match(t) || lower_words(t).any(|w| w == "föreslå")
}

/// True for a lead-in that ends in a modal and its subject, and nothing after: "För att nå
/// målen ska kommunen:", "Under året kommer vi att:", "Det här vill vi:", "Vi ska:".
pub(crate) fn bare_modal_lead(t: &str) -> bool {
    let words: Vec<String> = t
        .trim_end_matches([':', ' '])
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let modal = |w: &str| matches!(w, "ska" | "skall" | "vill" | "kommer" | "avser" | "tänker");
    let subject = |w: &str| {
        matches!(
            w,
            "vi" | "kommunen" | "staden" | "regionen" | "förvaltningen" | "nämnden"
        ) || leading_body(w).is_some()
    };
    // The words are in reverse order: "ska kommunen:" is ["kommunen", "ska"], "Vi ska:" is
    // ["ska", "vi"], "Vi kommer att:" is ["att", "kommer", "vi"].
    match words.as_slice() {
        [s, m, ..] if subject(s) && modal(m) => true,
        [m, s, ..] if modal(m) && subject(s) => true,
        [a, s, m] if a == "att" && subject(s) && modal(m) => true,
        [a, m, s] if a == "att" && m == "kommer" && subject(s) => true,
        _ => false,
    }
}

/// True if `t` ends in a quote attribution ("…, säger X") whose speaker is clearly not the
/// municipality: the opposition ("oppositionsrådet", "gruppledaren"), a business association,
/// a company or a trade union. A speaker with a municipal role ("kommunstyrelsens
/// ordförande", "kommunalrådet", "näringslivschefen") or none named ("säger han") is not.
/// A quote with its speech tag at the end: "…, säger kommunstyrelsens ordförande Eva Strand."
static QUOTE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i),\s*(?:säger|sa|menar|tycker|betonar|konstaterar|understryker|framhåller)\s+(?P<who>[^.!?]+)[.!]?\s*$")
        .expect("quote pattern is valid")
});

/// True if `t` ends with a speech tag ("…, säger hon."): a quote, not a point of a list.
pub(crate) fn quoted(t: &str) -> bool {
    QUOTE.is_match(t)
}

fn outside_speaker(t: &str) -> bool {
    // The pattern needs a comma followed, after any white space, by one of its verbs: skip
    // the regex when no comma is followed by a letter a verb can start with (case-insensitive,
    // so also 'ſ' for 's' and the Kelvin sign for 'k': any non-ASCII letter lets it run).
    let verb_may_follow = t.match_indices(',').any(|(i, _)| {
        t[i + 1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii() || "smtbkufSMTBKUF".contains(c))
    });
    if !verb_may_follow {
        return false;
    }
    let Some(who) = QUOTE.captures(t).and_then(|c| c.name("who")) else {
        return false;
    };
    let who = who.as_str().to_lowercase();
    let municipal = [
        "kommunstyrelse",
        "nämnd",
        "kommunalråd",
        "fullmäktige",
        "kommundirektör",
        "kommunchef",
        "kommunens",
        "förvaltning",
        "näringslivschef",
        "stadsdirektör",
    ];
    if municipal.iter().any(|m| who.contains(m)) {
        return false;
    }
    [
        "oppositionsråd",
        "gruppledare",
        "lokalavdelning",
        "företagarna",
        "företagare",
        "vd ",
        "vd,",
        "ordförande i ",
        "föreningens",
        "förbundets",
        "handelskammar",
        "lrf",
        "facket",
        "ägare",
        "bolagets",
    ]
    .iter()
    .any(|o| who.contains(o) || who.ends_with(o.trim_end_matches([' ', ','])))
}

/// True for a lead-in that only announces a list of what the municipality does ("Det här ska
/// vi göra:", "Så här gör vi:"): not an item itself.
pub(crate) fn bare_commit_lead(t: &str) -> bool {
    t.trim_end().ends_with(':') && COMMIT_LEAD.is_match(t.trim())
}

/// A scheduled decision from a "Beslutsplanering" line: the body before the date.
pub(crate) fn scheduled_entry(t: &str) -> Option<Classified> {
    let d = DATE.find(t);
    let b = BODY_RE.find(t);
    if d.is_none() && b.is_none() {
        return None;
    }
    let mut c = Classified::new(ItemKind::Decision, "decision.scheduled_entry");
    c.status = Some(Status::Scheduled);
    c.body = match d {
        Some(d) if d.start() > 0 => Some(clean_name(
            t[..d.start()].trim_end_matches([' ', ',', ':', '–', '-']),
        ))
        .filter(|s| !s.is_empty()),
        _ => b.map(|b| b.as_str().to_string()),
    };
    Some(c)
}

/// The body a decision entry names as its subject ("Kommunstyrelsen godkänner …").
/// True if `t` ends right after whom it gives a task: "att uppdra åt förvaltningschefen",
/// "Kommunstyrelsen ger kommundirektören i uppdrag" (the tasks follow as sub-entries).
pub(crate) fn ends_with_assignee(t: &str) -> bool {
    // Asked of the last sentence of every paragraph: the regex only where "uppdra" /
    // "uppdrag" can be ("ppdr" covers both cases of the first letter).
    t.contains("ppdr") && ASSIGNEE_AT_END.is_match(t.trim_end_matches([' ', ',']))
}
static ASSIGNEE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\buppdra(?:r|s)?\s+åt\s+(?:\S+\s+){0,3}?{BODY}|\bge(?:r)?\s+(?:\S+\s+){0,3}?{BODY}\s+i\s+uppdrag)$",
    )
});

/// The body a decision heading names in the genitive: "Kommunfullmäktiges beslut" →
/// "Kommunfullmäktige", "Kultur- och fritidsnämndens beslut" → "Kultur- och fritidsnämnden".
/// `None` for "Beslut", "Förslag till beslut" and a heading whose genitive is no body.
pub(crate) fn heading_body(h: &str) -> Option<String> {
    let h = h.trim().trim_end_matches([':', '.']).trim_end();
    let (g, last) = h.rsplit_once(' ')?;
    if !last.eq_ignore_ascii_case("beslut") {
        return None;
    }
    let bare = g.trim().strip_suffix('s')?;
    let b = BODY_RE.find(bare)?;
    (b.start() == 0 && b.end() == bare.len() && municipal_body(bare)).then(|| bare.to_string())
}

pub(crate) fn leading_body(t: &str) -> Option<String> {
    let b = BODY_RE.find(t)?;
    lower_words(&t[..b.start()])
        .nth(1)
        .is_none()
        .then(|| b.as_str().to_string())
}

static DECIDING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\w+\s+)?(?:beslutar|beslutade|beslöt|antar|antog|godkänner|godkände|fastställer|fastställde|noterar|lägger|avslår|bifaller|tillstyrker|avstyrker|återremitterar|överlämnar|förklarar|anser|uppdrar|upphäver|beviljar|utser|väljer|ger)\b",
    )
});

/// The body a decision entry names as the one deciding: a body at the start followed by a
/// deciding verb ("Kommunstyrelsen godkänner …"), not one the decision is about
/// ("Kommunstyrelsen får rätt att …").
pub(crate) fn deciding_body(t: &str) -> Option<String> {
    let b = BODY_RE.find(t)?;
    (words_lower(&t[..b.start()]).len() <= 1 && DECIDING_VERB.is_match(&t[b.end()..]))
        .then(|| b.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_attribution_gate_lets_every_verb_through() {
        for t in [
            "Vi ska bygga mer, säger gruppledaren Eva Ek.",
            "Vi ska bygga mer,SÄGER oppositionsrådet",
            "Vi ska bygga mer, \u{a0} Menar företagarnas ordförande!",
            "Vi ska bygga mer, konstaterar förbundets ordförande",
            "Vi ska, tror vi, bygga mer, framhåller VD, Anna Ek",
        ] {
            assert!(outside_speaker(t), "{t}");
        }
        for t in [
            "Vi ska bygga mer säger gruppledaren Eva Ek.",
            "Vi ska bygga mer, säger kommunstyrelsens ordförande.",
            "Vi ska bygga mer, och gruppledaren Eva Ek.",
        ] {
            assert!(!outside_speaker(t), "{t}");
        }
    }

    #[test]
    fn borrowing_word_helpers_agree_with_the_copying_ones() {
        // The helpers that avoid copies must give what the copying code gave.
        let texts = [
            "Kommunen ska  bygga\tfler bostäder, säger ΣΟΦΙΑ i ǅemal.",
            "Vi | ska göra det",
            "a | b |",
            "Nämnden, med stöd av KS |",
            "  ",
            "Ett ord",
            "İstanbul och Ⅻ",
            "Staden har varit på plats och nämnden | ska erbjuda stöd",
        ];
        for t in texts {
            let lw: Vec<String> = lower_words(t).collect();
            let lc: Vec<String> = lower_words_cow(t).map(Cow::into_owned).collect();
            assert_eq!(lw, lc, "{t:?}");
            for n in 0..7 {
                let joined = t.split_whitespace().take(n).collect::<Vec<_>>().join(" ");
                assert_eq!(first_words(t, n), joined, "{t:?} {n}");
            }
            for pos in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let before = &t[..pos];
                let clause_start = before.rfind([',', ';', ':', '–']).map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
                // The clause, from a second main clause after "och"/"men" on.
                let mut clause = before[clause_start..].trim();
                for conj in [" och ", " men "] {
                    if let Some((head, tail)) = clause.rsplit_once(conj)
                        && CLAUSE_VERB.is_match(head)
                        && !tail.trim().is_empty()
                    {
                        clause = tail.trim();
                        break;
                    }
                }
                let old = format!("{clause} | x");
                let old = old.split(" | ").next().unwrap_or("");
                assert_eq!(subject_before_modal(t, pos), old, "{t:?} {pos}");
            }
        }
        assert!(matches!(lower_cow("bostäder"), Cow::Borrowed(_)));
        assert_eq!(lower_cow("ÅTAR"), "åtar");
    }

    fn kind(t: &str) -> Option<(ItemKind, &'static str)> {
        classify(t, &Ctx::default()).map(|c| (c.kind, c.rule))
    }

    fn k(t: &str) -> Option<ItemKind> {
        kind(t).map(|x| x.0)
    }

    fn full(t: &str) -> Classified {
        classify(t, &Ctx::default()).unwrap_or_else(|| panic!("no item: {t}"))
    }

    #[test]
    fn assignments_and_their_fields() {
        let c = full("Tekniska nämnden ges i uppdrag att ta fram en parkeringsstrategi.");
        assert_eq!(
            (c.kind, c.rule),
            (ItemKind::Assignment, "assignment.ges_i_uppdrag")
        );
        assert_eq!(c.assignee.as_deref(), Some("Tekniska nämnden"));

        let c = full("Kommunstyrelsen ger kulturförvaltningen i uppdrag att se över taxorna.");
        assert_eq!(c.rule, "assignment.ger_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("kulturförvaltningen"));
        assert_eq!(c.assigner.as_deref(), Some("Kommunstyrelsen"));

        let c = full("Fullmäktige uppdrar åt kommunstyrelsen att revidera planen.");
        assert_eq!(c.rule, "assignment.uppdrar_at");
        assert_eq!(c.assignee.as_deref(), Some("kommunstyrelsen"));

        let c =
            full("Förvaltningen föreslår att miljöförvaltningen får i uppdrag att utreda buller.");
        assert_eq!(c.rule, "assignment.far_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("miljöförvaltningen"));
        assert_eq!(c.status, Some(Status::Proposed));

        let c = full("Nämnden fick i budget 2024 i uppdrag att utreda skolorganisationen.");
        assert_eq!(
            (c.rule, c.assignee.as_deref()),
            ("assignment.far_i_uppdrag", Some("Nämnden"))
        );

        let c = full("Socialnämnden uppdras att återkomma med en plan.");
        assert_eq!(c.rule, "assignment.uppdras_att");
        assert_eq!(c.assignee.as_deref(), Some("Socialnämnden"));

        assert_eq!(
            kind("Enligt budgetuppdrag 2024 om att korta handläggningstiderna har arbetet börjat."),
            Some((ItemKind::Assignment, "assignment.named"))
        );
        assert_eq!(
            kind("Nämnden har i uppdrag att minska sjukfrånvaron."),
            Some((ItemKind::Assignment, "assignment.har_i_uppdrag"))
        );
    }

    #[test]
    fn not_assignments() {
        assert_ne!(
            k("Uppdraget ges hög prioritet."),
            Some(ItemKind::Assignment)
        );
        assert_ne!(
            k("Insatserna ligger i linje med uppdraget att möjliggöra fler testbäddar."),
            Some(ItemKind::Assignment)
        );
        assert_eq!(
            k("Kommunstyrelsen beslutade i mars 2025 att ge tre uppdrag till förvaltningen."),
            Some(ItemKind::Decision)
        );
        assert_eq!(k("Har nämnden fått i uppdrag att utreda frågan?"), None);
    }

    #[test]
    fn decisions_and_bodies() {
        let c = full("Barn- och utbildningsnämnden beslutade i mars 2023 att stänga skolan.");
        assert_eq!(
            (c.kind, c.status),
            (ItemKind::Decision, Some(Status::Decided))
        );
        assert_eq!(c.body.as_deref(), Some("Barn- och utbildningsnämnden"));

        let c = full("I april 2022 fattade kommunfullmäktige beslut om en ny vision.");
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));

        let c = full("Planen antogs av kommunfullmäktige i april 2021.");
        assert_eq!(
            (c.rule, c.body.as_deref()),
            ("decision.antogs", Some("kommunfullmäktige"))
        );

        let c = full("Den nya taxan antogs vid kommunfullmäktiges sammanträde i går.");
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));

        let c =
            full("Riktlinjerna har beslutats i ledningsgruppen för socialtjänsten med stöd av HR.");
        assert_eq!(
            c.body.as_deref(),
            Some("ledningsgruppen för socialtjänsten")
        );

        let c = full("Kommunstyrelsen har den 3 maj 2024 beslutat att inrätta ett råd.");
        assert_eq!(
            (c.rule, c.body.as_deref()),
            ("decision.beslutade", Some("Kommunstyrelsen"))
        );

        let c = full("Kommunfullmäktige har antagit en ny översiktsplan.");
        assert_eq!(c.rule, "decision.antog");

        let c = full("Beslut om ny taxa fattades i tekniska nämnden i april.");
        assert_eq!(c.body.as_deref(), Some("tekniska nämnden"));

        let c = full("Beslutet väntas tas i kommunfullmäktige den 6 mars.");
        assert_eq!(c.status, Some(Status::Scheduled));

        let c = full("Ärendet planeras att behandlas i kommunfullmäktige i juni.");
        assert_eq!(c.status, Some(Status::Scheduled));

        let c = full("Kommunfullmäktige antog näringslivsprogrammet i juni.");
        assert_eq!(
            (c.rule, c.body.as_deref()),
            ("decision.antog", Some("Kommunfullmäktige"))
        );

        let c = full("Beslut i kommunstyrelsen väntas under hösten.");
        assert_eq!(
            (c.rule, c.status),
            ("decision.scheduled", Some(Status::Scheduled))
        );

        let c = full("Nu inväntas nämndbeslut om budgeten.");
        assert_eq!(c.body.as_deref(), Some("nämnden"));

        let c = full("Kommunstyrelsen föreslår kommunfullmäktige att anta den nya planen.");
        assert_eq!(
            (c.rule, c.status),
            ("decision.foreslar", Some(Status::Proposed))
        );
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));
    }

    #[test]
    fn not_decisions() {
        assert_eq!(k("Regeringen beslutade att höja bidraget."), None);
        assert_eq!(k("Arbetsutskottet föreslår kommunstyrelsen besluta"), None);
        assert_ne!(
            k("Planen som nu antagits ska följas upp varje år."),
            Some(ItemKind::Decision)
        );
        assert_eq!(k("Styrgruppen beslutar om inriktningen."), None);
        assert_eq!(
            k("Inriktningen är ännu inte fastställd av styrgruppen."),
            None
        );
        // Present tense is a decision point only inside a decision section.
        assert_eq!(k("Kommunfullmäktige antar reviderad plan."), None);
        let ctx = Ctx {
            section: Some(Section::Proposal),
            ..Default::default()
        };
        let c = classify("Kommunfullmäktige antar reviderad plan.", &ctx).unwrap();
        assert_eq!(
            (c.kind, c.status),
            (ItemKind::Decision, Some(Status::Proposed))
        );
    }

    #[test]
    fn goals() {
        assert_eq!(
            kind("Målet är att alla elever ska ha godkänt i matematik."),
            Some((ItemKind::Goal, "goal.malet_ar"))
        );
        assert_eq!(
            kind("Umeå ska vara Sveriges mest jämställda kommun."),
            Some((ItemKind::Goal, "goal.ska_vara"))
        );
        assert_eq!(
            k("Invånarna ska uppleva en trygg kommun."),
            Some(ItemKind::Goal)
        );
        assert_eq!(
            k("Andelen förnybar energi ska öka till 80 procent senast 2030."),
            Some(ItemKind::Goal)
        );
        assert_eq!(
            k("Vi har som mål att halvera utsläppen."),
            Some(ItemKind::Goal)
        );
    }

    #[test]
    fn not_goals() {
        assert_eq!(k("Målgruppen är unga vuxna."), None);
        assert_eq!(k("Målgrupp: unga vuxna"), None);
        assert_eq!(k("Syftet är att öka kunskapen."), None);
        assert_eq!(k("Kostnaderna ökade med 3 procent."), None);
        assert_ne!(
            k("Handlingsplanen ska vara klar i maj."),
            Some(ItemKind::Goal)
        );
        assert_ne!(
            k("Förvaltningen ska ta fram en plan."),
            Some(ItemKind::Goal)
        );
        assert_eq!(
            k("Staten ställer krav på att mottagarna ska vara bosatta i Sverige."),
            None
        );
    }

    #[test]
    fn commitments() {
        for s in [
            "Under året vill vi bygga fler bostäder.",
            "När avtalen löper ut ska vi pröva egen regi.",
            "Förvaltningen ska ta fram en plan för upphandling.",
            "I samband med bokslutet ska en rapport tas fram.",
            "Vidare kommer förvaltningen att bjuda in företagen.",
            "För att nå målen kommer kommunledningen samordna arbetet.",
            "Styrgruppen kommer att ha en nära dialog med föreningarna.",
            "Stadsbyggnadsnämnden avser att se över taxan.",
            "Avsikten är att starta projektet under hösten.",
            "Nästa steg är att bjuda in näringslivet.",
            "Under 2025 är tre nya förskolor planerade.",
            "En företagslots inrättas.",
            "300 feriejobb under 2025.",
            "Kommunen ger ett servicelöfte till alla företag.",
            "Kommunen kommer under 2026 att bygga en ny simhall.",
            "Förvaltningen kommer därför att se över rutinerna.",
            "Enligt förslaget ska förvaltningen arbeta med dialoger.",
        ] {
            assert_eq!(k(s), Some(ItemKind::Commitment), "{s}");
        }
    }

    #[test]
    fn not_commitments() {
        for s in [
            "Vi har byggt fler bostäder.",
            "Staden arbetar för bättre service.",
            "Här finns byggaktörer som verkar eller kommer att verka i området.",
            "Vi diskuterade hur entreprenörerna ska kunna anlita lokala företag.",
            "Köparen ska betala avgiften senast i juni.",
            "Den kommer definitivt hjälpa oss att nå målen.",
            "I vissa upphandlingar har kravet varit ett ska-krav.",
            "Syftet är att fler ska få arbete.",
            "Förvärvaren förbinder sig att genomföra arbetet.",
            "Kan vi bygga fler?",
            "Det är viktigt att åtgärder införs.",
            "Exempelvis planeras i detta nu en utställning.",
            "Produktionen ligger över planerad nivå.",
            "Bussen kommer från centrum.",
            "Utredningen ska redovisa sitt uppdrag senast i juni.",
            "Den som söker bistånd ska lämna in en ansökan.",
            "Ansökan ska vara komplett för att kunna handläggas.",
            "Många företag kommer att behöva anställa under året.",
            "Om inga åtgärder vidtas kommer underskottet att växa.",
            "Tåget kommer in i tid.",
            "Enligt kommunallagen ska fullmäktige besluta om budgeten.",
        ] {
            assert_eq!(k(s), None, "{s}");
        }
    }

    #[test]
    fn leads() {
        let ctx = Ctx::default();
        let t = "Kommunstyrelsen beslutade för egen del att uppdra åt miljöförvaltningen:";
        let own = classify_with(t, &ctx, &|r| r.kind != ItemKind::Assignment);
        assert_eq!(own.as_ref().map(|c| c.kind), Some(ItemKind::Decision));
        assert_eq!(
            lead_of(t, &ctx, own.as_ref()),
            Lead::Assign {
                assignee: Some("miljöförvaltningen".into()),
                assigner: Some("Kommunstyrelsen".into()),
                status: Some(Status::Decided)
            }
        );
        assert_eq!(
            lead_of(
                "Kulturnämnden föreslår kommunfullmäktige besluta",
                &ctx,
                None
            ),
            Lead::Decide {
                body: Some("kommunfullmäktige".into()),
                status: Some(Status::Proposed)
            }
        );
        assert_eq!(
            lead_of("Under våren har följande insatser genomförts:", &ctx, None),
            Lead::Past
        );
        // A modal and its subject alone lead in what the municipality will do.
        for t in [
            "Vi ska:",
            "För att nå målen ska kommunen:",
            "Under 2026 kommer vi att:",
        ] {
            assert_eq!(lead_of(t, &ctx, None), Lead::Commit, "{t}");
            assert!(bare_modal_lead(t), "{t}");
        }
        for t in [
            "Vi ska arbeta med:",
            "Kommunen ska:  ta fram",
            "Det ska finnas:",
        ] {
            assert!(!bare_modal_lead(t), "{t}");
        }
        assert_eq!(lead_of("Nämndens mål är följande:", &ctx, None), Lead::Goal);
    }

    /// One sentence per rule, written for this test; also checks that no rule is left
    /// without a test.
    #[test]
    fn every_rule_has_a_positive_example() {
        let decided = Ctx {
            section: Some(Section::Decided),
            ..Default::default()
        };
        let plain = Ctx::default();
        let of_2026 = Ctx {
            year: Some(2026),
            ..Default::default()
        };
        let cases: &[(&str, &Ctx, &str)] = &[
            (
                "Miljönämnden beslutar att lägga rapporten till handlingarna.",
                &plain,
                "decision.beslutar_att",
            ),
            (
                "Byggnadsnämnden ges i uppdrag att se över taxan.",
                &plain,
                "assignment.ges_i_uppdrag",
            ),
            (
                "Kulturförvaltningen får i uppdrag att ordna en festival.",
                &plain,
                "assignment.far_i_uppdrag",
            ),
            (
                "Nämnden ger förvaltningen i uppdrag att utreda frågan.",
                &plain,
                "assignment.ger_i_uppdrag",
            ),
            (
                "Idrottsnämnden erhåller uppdraget att se över bokningsreglerna.",
                &plain,
                "assignment.erhaller_uppdrag",
            ),
            (
                "Nästa år bygger vi en ny förskola i Norrby.",
                &plain,
                "commitment.vi_present",
            ),
            (
                "Uppdrag 2: Inventera kommunens lekplatser.",
                &plain,
                "assignment.label",
            ),
            (
                "Vård- och omsorgsnämnden ombeds att redovisa väntetiderna.",
                &plain,
                "assignment.ombeds",
            ),
            (
                "att servicenämnden senast i mars ska redovisa kostnaderna",
                &decided,
                "assignment.decision_point",
            ),
            (
                "Kommunfullmäktige uppdrar åt styrelsen att revidera ägardirektiven.",
                &plain,
                "assignment.uppdrar_at",
            ),
            (
                "Miljönämnden uppdras att redovisa läget i april.",
                &plain,
                "assignment.uppdras_att",
            ),
            (
                "Servicenämnden har i uppdrag att samordna lokalvården.",
                &plain,
                "assignment.har_i_uppdrag",
            ),
            (
                "Arbetet följer budgetuppdraget att minska vikariekostnaderna.",
                &plain,
                "assignment.named",
            ),
            (
                "Socialnämnden beslutade i april att stänga boendet.",
                &plain,
                "decision.beslutade",
            ),
            (
                "Kommunfullmäktige fastställde taxan i december.",
                &plain,
                "decision.antog",
            ),
            (
                "Riktlinjerna antogs av kommunstyrelsen 2021.",
                &plain,
                "decision.antogs",
            ),
            (
                "Ärendet behandlas i kommunstyrelsen den 4 maj.",
                &plain,
                "decision.scheduled",
            ),
            (
                "Nämnden föreslår kommunfullmäktige att anta den nya taxan.",
                &plain,
                "decision.foreslar",
            ),
            (
                "Kommunstyrelsen godkänner årsredovisningen.",
                &decided,
                "decision.section_point",
            ),
            (
                "Informationen läggs till handlingarna.",
                &decided,
                "decision.section_passive",
            ),
            (
                "Delmål 2: Minskad energianvändning i kommunens lokaler",
                &plain,
                "goal.label",
            ),
            (
                "Vår vision är en levande landsbygd.",
                &plain,
                "goal.malet_ar",
            ),
            (
                "Kommuninvånarna ska känna sig trygga i centrum.",
                &plain,
                "goal.ska_vara",
            ),
            (
                "Sjukfrånvaron ska minska till 6 procent senast 2027.",
                &plain,
                "goal.target",
            ),
            (
                "Väntetiden för serveringstillstånd ska kortas till fyra veckor.",
                &plain,
                "goal.measure",
            ),
            (
                "Socialförvaltningen återkommer med en analys i april.",
                &plain,
                "commitment.aterkommer",
            ),
            (
                "Åby – platsen där företag vågar växa och människor vill bo.",
                &plain,
                "goal.slogan",
            ),
            (
                "Nämnden utser Eva Lind att justera protokollet.",
                &plain,
                "decision.justerare",
            ),
            (
                "Efter votering beslutar nämnden att bifalla förslaget.",
                &plain,
                "decision.inverted",
            ),
            (
                "Nu inför kommunen en servicegaranti för bygglov.",
                &plain,
                "commitment.infor",
            ),
            (
                "Kommunen ansvarar för att samverkan följs upp varje år.",
                &plain,
                "commitment.ansvarar",
            ),
            (
                "Vi vill göra det enklare att starta företag.",
                &plain,
                "commitment.vi",
            ),
            (
                "Kommunen lovar svar på e-post inom två dagar.",
                &plain,
                "commitment.promise",
            ),
            (
                "Tanken är att öppna fler mötesplatser.",
                &plain,
                "commitment.intention",
            ),
            (
                "Staden vill satsa på kollektivtrafiken.",
                &plain,
                "commitment.vill",
            ),
            (
                "Förvaltningen ska införa e-arkiv under året.",
                &plain,
                "commitment.ska",
            ),
            (
                "Till hösten är två nya kurser planerade.",
                &plain,
                "commitment.planned",
            ),
            (
                "En ny företagsportal lanseras.",
                &plain,
                "commitment.introduced",
            ),
            (
                "Gång- och cykelvägen byggs 2028.",
                &of_2026,
                "commitment.passive_ahead",
            ),
            (
                "Strategin följs upp årligen av kommunstyrelsen.",
                &plain,
                "commitment.plan_routine",
            ),
            (
                "25 nya laddstolpar under 2026.",
                &plain,
                "commitment.planned_quantity",
            ),
            (
                "Det ska vara enkelt att starta företag i kommunen.",
                &plain,
                "goal.impersonal",
            ),
            (
                "Förvaltningen föreslår därför att ett näringslivsråd inrättas.",
                &plain,
                "decision.foreslar_passiv",
            ),
            (
                "Jag har bett kommundirektören att ta fram ett förslag.",
                &plain,
                "assignment.asked",
            ),
        ];
        let mut seen = std::collections::HashSet::new();
        for (t, ctx, want) in cases {
            let got = classify(t, ctx).map(|c| c.rule);
            assert_eq!(got, Some(*want), "{t}");
            seen.insert(*want);
        }
        for r in RULES {
            assert!(seen.contains(r.id), "rule {} has no example here", r.id);
        }
    }

    /// The phrasings added for other municipalities' documents: each rule with sentences
    /// written for it, and sentences it must not match.
    #[test]
    fn phrasings_of_other_municipalities() {
        let decided = Ctx {
            section: Some(Section::Decided),
            ..Default::default()
        };
        let lead = Ctx {
            lead: Lead::Decide {
                body: Some("Kommunstyrelsen".into()),
                status: Some(Status::Proposed),
            },
            ..Default::default()
        };
        let plain = Ctx::default();
        let rule = |t: &str, ctx: &Ctx| classify(t, ctx).map(|c| c.rule);

        // "får uppdraget att", "har fått i uppdrag": assignee without the auxiliary.
        let c = full("Gatunämnden får uppdraget att ta fram en cykelplan.");
        assert_eq!(c.rule, "assignment.far_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("Gatunämnden"));
        let c = full("Miljönämnden har fått i uppdrag att kartlägga bullret.");
        assert_eq!(c.assignee.as_deref(), Some("Miljönämnden"));
        assert_ne!(
            rule("Förvaltningen får ett nytt uppdrag.", &plain),
            Some("assignment.far_i_uppdrag")
        );
        assert_eq!(
            rule("Uppdraget att se över taxan är slutfört.", &plain),
            None
        );

        // "erhåller uppdraget", "tilldelas uppdraget".
        let c = full("Fritidsnämnden erhåller uppdraget att samordna fritidsgårdarna.");
        assert_eq!(c.rule, "assignment.erhaller_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("Fritidsnämnden"));
        assert_eq!(
            rule(
                "Stadsbyggnadskontoret tilldelas uppdraget att leda arbetet.",
                &plain
            ),
            Some("assignment.erhaller_uppdrag")
        );
        assert_eq!(
            rule("Föreningen erhåller bidrag för verksamheten.", &plain),
            None
        );

        // "ombeds / anmodas / åläggs / uppmanas att": only a body is given a task.
        let c = full("Kommunstyrelsen ombeds att återkomma med en lokalstrategi i juni.");
        assert_eq!(c.rule, "assignment.ombeds");
        assert_eq!(c.assignee.as_deref(), Some("Kommunstyrelsen"));
        assert_eq!(
            rule("KS anmodas att lämna ett yttrande senast i maj.", &plain),
            Some("assignment.ombeds")
        );
        assert_eq!(
            rule("Företagen uppmanas att söka stödet i tid.", &plain),
            None
        );
        assert_eq!(rule("Hon ombads att vänta utanför.", &plain), None);

        // A decision point that gives a body a task with "ska".
        let c = classify(
            "att nämnderna senast den 15 september ska redovisa vidtagna åtgärder",
            &lead,
        )
        .unwrap();
        assert_eq!(c.rule, "assignment.decision_point");
        assert_eq!(c.assignee.as_deref(), Some("nämnderna"));
        assert_eq!(
            rule(
                "Kommunstyrelsen ska återkomma med en redovisning i höst.",
                &decided
            ),
            Some("assignment.decision_point")
        );
        assert_ne!(
            rule("att taxan ska gälla från den 1 januari", &lead),
            Some("assignment.decision_point")
        );
        assert_ne!(
            rule(
                "Kommunfullmäktige beslutar att nämnderna ska redovisa sina kostnader.",
                &decided
            ),
            Some("assignment.decision_point")
        );
        // In running text it stays a commitment.
        assert_eq!(
            rule(
                "Kommunstyrelsen ska återkomma med en redovisning i höst.",
                &plain
            ),
            Some("commitment.ska")
        );

        // A member's motion is not an item of the municipality, and the "ska" of its
        // "att"-clause is no commitment ("anses" is an infinitive, not an inverted subject).
        for t in [
            "Anna Berg (C) yrkar bifall till motionen.",
            "Per Lind (S) yrkar att motionen ska anses besvarad.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }

        // Targets with a bound and a number.
        assert_eq!(
            rule(
                "Antalet färdigställda bostäder ska uppgå till minst 300 per år.",
                &plain
            ),
            Some("goal.target")
        );
        assert_eq!(
            rule(
                "Antalet besök ska öka med minst 500 jämfört med i fjol.",
                &plain
            ),
            Some("goal.target")
        );
        assert_ne!(
            rule("Antalet besök ska öka genom bättre marknadsföring.", &plain),
            Some("goal.target")
        );
        assert_eq!(
            rule("Antalet bostäder uppgick till minst 300.", &plain),
            None
        );

        // A measured quantity as subject: a target without a figure or a bound.
        for t in [
            "Antalet gästnätter i skärgården ska öka till 90 000 per år.",
            "Andelen lediga butikslokaler ska understiga tio procent.",
            "Handläggningstiden för strandskyddsdispens ska halveras.",
            "Minst hälften av de nya bostäderna ska vara hyresrätter.",
            "Till 2032 ska sysselsättningsgraden bland utrikes födda ha ökat tydligt.",
        ] {
            assert_eq!(rule(t, &plain), Some("goal.measure"), "{t}");
        }
        for t in [
            "Antalet besökare ska redovisas i årsredovisningen.",
            "Under tiden ska förvaltningen ta fram en plan för lokalerna.",
            "Andelen har ökat med tre procentenheter sedan 2022.",
            "Uppgifterna uppges ha ökat kraftigt.",
        ] {
            assert_ne!(rule(t, &plain), Some("goal.measure"), "{t}");
        }

        for t in [
            "Handlingsplanen följs upp i samband med delårsrapporten och årsredovisningen.",
            "Miljönämnden följer upp programmet i samband med bokslutet.",
        ] {
            assert_eq!(rule(t, &plain), Some("commitment.plan_routine"), "{t}");
        }
        assert_eq!(
            rule(
                "Nämnden följer upp hur företagen upplever servicen.",
                &plain
            ),
            None
        );
        // The writer addressing the reader promises nothing.
        for t in [
            "Till oppositionen vill jag säga: kom med egna förslag.",
            "Jag vill också vara tydlig med en sak: skolan går först.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule(
                "Kommunstyrelsen har för avsikt att sälja fastigheten under 2027.",
                &plain
            ),
            Some("commitment.ska")
        );
        assert_eq!(
            rule(
                "Kommunens handläggning ska vara snabb och rättssäker.",
                &plain
            ),
            Some("goal.ska_vara")
        );

        assert_eq!(
            rule(
                "Förvaltningen återkommer till nämnden med ett förslag.",
                &plain
            ),
            Some("commitment.aterkommer")
        );
        assert_eq!(rule("Problemet återkommer varje vinter.", &plain), None);
        assert_eq!(
            rule(
                "Östby kommun vill vara en kommun där det är lätt att starta företag.",
                &plain
            ),
            Some("goal.ska_vara")
        );
        assert_eq!(
            rule("Där vill kommunen göra mer.", &plain),
            Some("commitment.vill")
        );
        assert_eq!(
            rule(
                "I det nya avtalet är målsättningen att fler ska få jobb.",
                &plain
            ),
            Some("goal.malet_ar")
        );
        for t in [
            "Därför har vi formulerat ett servicelöfte som gäller alla förvaltningar.",
            "Löftet har tagits fram i dialog med företagare under 2025.",
            "Arbetet beräknas kunna starta 2026 och en antagen plan bedöms finnas under 2027.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule("Kommunen ger ett servicelöfte till alla företag.", &plain),
            Some("commitment.promise")
        );

        for t in [
            "Men jag tänker inte sitta still medan jobben försvinner.",
            "Det är ett löfte jag ger till alla företagare.",
            "Det här är ett löfte till företagen i kommunen.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule(
                "Per Ek (M) utses att jämte ordföranden justera dagens protokoll.",
                &plain
            ),
            Some("decision.justerare")
        );
        assert_eq!(rule("Protokollet justeras den 14 mars.", &plain), None);
        assert_eq!(
            rule(
                "Kommunstyrelsen ansvarar för att strategin genomförs.",
                &plain
            ),
            Some("commitment.ansvarar")
        );
        assert_eq!(
            rule("Socialnämnden ansvarar för äldreomsorgen.", &plain),
            None
        );
        assert_eq!(
            rule("Trafikverket ansvarar för att vägen plogas.", &plain),
            None
        );

        assert_eq!(
            heading_body("Kommunfullmäktiges beslut").as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            heading_body("Kultur- och fritidsnämndens beslut").as_deref(),
            Some("Kultur- och fritidsnämnden")
        );
        assert_eq!(heading_body("Beslut"), None);
        assert_eq!(heading_body("Förslag till beslut"), None);
        assert_eq!(heading_body("Länsstyrelsens beslut").as_deref(), None);

        for (t, want) in [
            (
                "Varje företag som söker tillstånd ska få en kontaktperson.",
                "goal.impersonal",
            ),
            (
                "För det andra ska ingen behöva vänta längre än sex veckor.",
                "goal.impersonal",
            ),
            (
                "Företagare ska mötas av en kommun som är lätt att nå.",
                "goal.impersonal",
            ),
            ("Det ska inte hända igen.", "goal.impersonal"),
            (
                "Kommunens ombud instrueras att rösta för förslaget.",
                "assignment.ombeds",
            ),
            (
                "Indikatorerna följs upp i delårsrapporten och årsredovisningen.",
                "commitment.plan_routine",
            ),
            (
                "Uppdraget återrapporteras i tertialrapporten.",
                "commitment.plan_routine",
            ),
            (
                "Åby – platsen där företag vågar växa och människor vill bo.",
                "goal.slogan",
            ),
        ] {
            assert_eq!(rule(t, &plain), Some(want), "{t}");
        }
        for t in [
            "Vissa kommer att säga att detta kostar pengar.",
            "Utses att justera: Eva Lind och Per Holm",
            "Beslut som fattas med stöd av delegation ska enligt 6 kap. 40 § kommunallagen anmälas till nämnden.",
            "Åby – en bakgrund",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule(
                "Senast 2028 ska kommunen ha infört krav på klimatdeklaration.",
                &plain
            ),
            Some("commitment.ska")
        );
        assert_eq!(
            rule("Senast 2030 ska utsläppen ha halverats.", &plain),
            Some("goal.target")
        );
        let of_2026 = Ctx {
            year: Some(2026),
            ..Default::default()
        };
        assert_eq!(
            rule("Under 2027 lanseras en e-tjänst för bygglov.", &of_2026),
            Some("commitment.passive_ahead")
        );

        {
            let c = classify(
                "I höstas gav kommunstyrelsen kommundirektören i uppdrag att se över taxan.",
                &plain,
            )
            .expect("an assignment");
            assert_eq!(c.assignee.as_deref(), Some("kommundirektören"));
            assert_eq!(c.assigner.as_deref(), Some("kommunstyrelsen"));
            let c = classify(
                "att arbetsmarknadsenheten får i uppdrag att öka antalet platser.",
                &plain,
            )
            .expect("an assignment");
            assert_eq!(c.assignee.as_deref(), Some("arbetsmarknadsenheten"));
        }

        for (t, want) in [
            (
                "Med 27 röster mot 14 beslutar fullmäktige enligt kommunstyrelsens förslag.",
                "decision.inverted",
            ),
            (
                "Motionen föreslås därför anses besvarad.",
                "decision.foreslar_passiv",
            ),
            (
                "Kommunstyrelsen föreslår att fullmäktige bifaller motionen.",
                "decision.foreslar",
            ),
            (
                "Avtalet ska slutligen godkännas av kommunfullmäktige den 8 februari.",
                "decision.scheduled",
            ),
            (
                "För det tredje ska det bli enklare att starta företag.",
                "goal.impersonal",
            ),
            (
                "Ledtiden för markanvisning ska inte överstiga fyra månader.",
                "goal.measure",
            ),
            (
                "Kommunfullmäktige utser Eva Ek (C) och Per Lind (S) att jämte ordföranden justera dagens protokoll.",
                "decision.justerare",
            ),
        ] {
            assert_eq!(rule(t, &plain), Some(want), "{t}");
        }
        for t in [
            "Beslutet ska skickas till",
            "Bolaget ska enligt ansökan installera bullerskydd.",
            "Enligt bolaget kommer datacentret att sysselsätta 150 personer.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule(
                "Kommunen ska enligt avtalet bygga gatan till fastigheten.",
                &plain
            ),
            Some("commitment.ska")
        );

        for (t, want) in [
            (
                "Med 24 ja-röster mot 17 nej-röster bifaller fullmäktige motionen.",
                "decision.inverted",
            ),
            (
                "Kommunen inför två timmars gratis parkering i centrum.",
                "commitment.infor",
            ),
            (
                "För det första inför vi en företagslots.",
                "commitment.infor",
            ),
            ("Köerna till bygglov ska bli kortare.", "goal.impersonal"),
            (
                "Målet är att alla detaljplaner för området ska vara antagna 2028.",
                "goal.malet_ar",
            ),
        ] {
            assert_eq!(rule(t, &plain), Some(want), "{t}");
        }
        assert_eq!(
            rule(
                "Handläggarna utbildas under hösten 2027 i det nya systemet.",
                &of_2026
            ),
            Some("commitment.passive_ahead")
        );
        assert!(ends_with_assignee(
            "Nämnden beslutar att uppdra åt förvaltningen"
        ));
        assert!(!ends_with_assignee(
            "Nämnden beslutar att uppdra åt förvaltningen att utreda taxan"
        ));
        for t in [
            "Kommunen står inför stora utmaningar de kommande åren.",
            "Vi inför sommaren med tillförsikt.",
            "Kommunen införde en servicegaranti 2022.",
            "Regeringen inför nya regler för bygglov.",
            "Regeringens mål är att fler ska arbeta.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }

        // A relative clause that names the body and the time reports the decision; one
        // without them refers to it.
        assert_eq!(
            rule(
                "Vi utgår från den plan som antogs av kommunfullmäktige i mars 2024.",
                &plain
            ),
            Some("decision.antogs")
        );
        assert_eq!(
            rule("Planen som nu antagits ska följas upp.", &plain),
            Some("commitment.ska")
        );
        assert_eq!(
            rule(
                "KF-mål 2.3 Fler unga ska starta företag i kommunen.",
                &plain
            ),
            Some("goal.label")
        );

        // After an auxiliary the "-s" form is an infinitive: what could not be done.
        for t in [
            "Bygget av den nya förskolan har inte kunnat påbörjas.",
            "Utbildningen kan startas när lokalerna är klara.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule("En företagslots inrättas under 2027.", &plain),
            Some("commitment.introduced")
        );

        // "Det kommer (inte) att ta tid / gå över en natt": a prediction, not a promise.
        for t in [
            "Det kommer att ta flera år innan bostäderna står klara.",
            "Det kommer inte att gå över en natt att vända utvecklingen.",
            "Omställningen kommer att dröja.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }

        // Coming measures in the present passive, also with a time after the verb.
        assert_eq!(
            rule(
                "En samordnare för brottsförebyggande arbete anställs.",
                &plain
            ),
            Some("commitment.introduced")
        );
        assert_eq!(
            rule(
                "En klimatbudget införs från och med budgetåret 2026.",
                &plain
            ),
            Some("commitment.introduced")
        );
        assert_eq!(
            rule("Ett nytt dialogforum inleds under hösten.", &plain),
            Some("commitment.introduced")
        );
        assert_eq!(
            rule("Tjänsten tillsätts av rektor i samråd med facket.", &plain),
            None
        );
        // The "-s" form in the subordinate clause is not what makes this a commitment; the
        // body's responsibility is.
        assert_eq!(
            rule("Nämnden ansvarar för att en samordnare anställs.", &plain),
            Some("commitment.ansvarar")
        );

        // Outside parties: state agencies, the police, developers.
        for t in [
            "Enligt överenskommelsen ska polisen delta i trygghetsråden.",
            "Enligt förslaget ska Trafikverket bygga om vägen under perioden.",
            "Byggherrar som genomför mobilitetsåtgärder, till exempel bilpool, ska kunna få ett lägre parkeringstal.",
            "Försäkringskassan kommer att handlägga ansökningarna.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        assert_eq!(
            rule(
                "Kommunen ska tillsammans med polisen genomföra trygghetsvandringar.",
                &plain
            ),
            Some("commitment.ska")
        );

        // A promise noun dated to the past describes an existing arrangement.
        assert_eq!(
            rule(
                "Polisen och kommunen har ett gemensamt medborgarlöfte sedan 2022.",
                &plain
            ),
            None
        );
        assert_eq!(
            rule("Kommunen ger ett servicelöfte till alla företag.", &plain),
            Some("commitment.promise")
        );
    }

    /// Second batch: present-tense promises, inverted passives, proposals in the passive,
    /// subjects with an auxiliary, headings that name the assigner, "Så här gör vi:".
    #[test]
    fn phrasings_of_other_municipalities_second_batch() {
        let plain = Ctx::default();
        let rule = |t: &str, ctx: &Ctx| classify(t, ctx).map(|c| c.rule);

        // "vi" + present tense + a time ahead.
        for t in [
            "Vi satsar 15 miljoner kronor extra på grundskolan nästa år.",
            "Under kommande år bygger vi ut cykelvägnätet.",
            "Vi inför avgiftsfria lovaktiviteter till sommaren.",
        ] {
            assert_eq!(rule(t, &plain), Some("commitment.vi_present"), "{t}");
        }
        for t in [
            "Vi satsade 15 miljoner kronor förra året.",
            "Vi har satsat mycket på skolan och ser fram emot nästa år.",
            "Vi behöver satsa mer på skolan nästa år.",
            "Vi arbetar med trygghet i alla kommundelar.",
            "Det är viktigt att vi satsar mer nästa år.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }

        // Inverted passive with a hyphenated body; "i förslaget" makes it proposed.
        let c = full(
            "I förslaget ges barn- och utbildningsnämnden i uppdrag att minska barngrupperna.",
        );
        assert_eq!(c.rule, "assignment.ges_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("barn- och utbildningsnämnden"));
        assert_eq!(c.status, Some(Status::Proposed));
        let c = full("Enligt förslaget ska kommunstyrelsen besluta i juni.");
        assert_ne!(
            c.status,
            Some(Status::Proposed),
            "not an assignment in a proposal"
        );

        // A body right before a passive proposal is its body.
        let c = full("Kommunfullmäktige föreslås besluta att motionen avslås.");
        assert_eq!(c.body.as_deref(), Some("Kommunfullmäktige"));
        let c = full("Kommunstyrelsen föreslår kommunfullmäktige att anta den nya planen.");
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));

        // The subject ends at the auxiliary.
        let c = full("Socialnämnden har i budget 2026 fått i uppdrag att se över taxan.");
        assert_eq!(c.assignee.as_deref(), Some("Socialnämnden"));

        // A heading that names who gives the task.
        assert_eq!(
            heading_assigner("Uppdrag från kommunfullmäktige").as_deref(),
            Some("kommunfullmäktige")
        );
        assert_eq!(heading_assigner("Uppdrag från invånarna"), None);
        assert_eq!(
            heading_assigner("Kommunfullmäktiges uppdrag till nämnderna och deras status")
                .as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            heading_assigner("3. Kommunstyrelsens särskilda uppdrag").as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(heading_assigner("Socialnämnden uppdrag och ansvar"), None);
        assert_eq!(
            heading_assignee("Kommunfullmäktiges uppdrag till nämnderna och deras status")
                .as_deref(),
            Some("nämnderna")
        );
        assert_eq!(
            heading_assignee("Uppdrag till kultur- och fritidsnämnden").as_deref(),
            Some("kultur- och fritidsnämnden")
        );
        let ctx = Ctx {
            section: Some(Section::Assignments),
            section_assigner: Some("kommunfullmäktige".into()),
            ..Default::default()
        };
        let c = classify("Nämnden fick i uppdrag att utreda frågan.", &ctx).unwrap();
        assert_eq!(c.assigner.as_deref(), Some("kommunfullmäktige"));

        // "Så här gör vi:" introduces commitments; "Så här gick det:" does not.
        assert_eq!(lead_of("Så här gör vi:", &plain, None), Lead::Commit);
        assert_eq!(
            lead_of("Det här ska vi göra under året:", &plain, None),
            Lead::Commit
        );
        assert_ne!(lead_of("Så här gick det:", &plain, None), Lead::Commit);
    }

    /// Third batch: guidelines for grants (obligations of associations, a purpose), protocol
    /// decisions in the passive.
    #[test]
    fn phrasings_of_other_municipalities_third_batch() {
        let plain = Ctx::default();
        let decided = Ctx {
            section: Some(Section::Decided),
            ..Default::default()
        };
        let rule = |t: &str, ctx: &Ctx| classify(t, ctx).map(|c| c.rule);
        for t in [
            "Föreningen ska ha minst tio medlemmar.",
            "Föreningar som får bidrag ska redovisa hur pengarna har använts.",
            "Utföraren ska ha en ledningsgrupp med relevant kompetens.",
            "Bidragen ska stimulera ett brett föreningsliv.",
            "Insatserna ska bidra till en bättre folkhälsa.",
        ] {
            assert_eq!(rule(t, &plain), None, "{t}");
        }
        for t in [
            "Kommunen ska främja ett brett föreningsliv.",
            "Nämnden ska stimulera nyföretagandet genom riktade insatser.",
            "Föreningsbidragen ska betalas ut två gånger per år.",
            "Planeringsarbetet ska resultera i en åtgärdsplan med ansvarsfördelning.",
        ] {
            assert_eq!(rule(t, &plain), Some("commitment.ska"), "{t}");
        }
        assert_eq!(
            rule("Vi ska bidra till fler arbetstillfällen.", &plain),
            Some("commitment.vi")
        );
        for t in [
            "Ärendet bordläggs till nästa sammanträde.",
            "Ärendet avskrivs från vidare handläggning.",
            "Anna Ek (C) utses till ombud vid bolagsstämman.",
            "Förslaget remitteras till samtliga nämnder.",
        ] {
            assert_eq!(rule(t, &decided), Some("decision.section_passive"), "{t}");
            assert_eq!(rule(t, &plain), None, "{t}");
        }
    }

    /// Fourth batch: news wording of decisions, active assignments without "i uppdrag",
    /// labelled assignments, agreements.
    #[test]
    fn phrasings_of_other_municipalities_fourth_batch() {
        let plain = Ctx::default();
        let rule = |t: &str| classify(t, &plain).map(|c| c.rule);

        let c = full("Kommunstyrelsen uppdrar kommundirektören att årligen rapportera frånvaron.");
        assert_eq!(c.rule, "assignment.uppdrar_at");
        assert_eq!(c.assignee.as_deref(), Some("kommundirektören"));
        assert_eq!(c.assigner.as_deref(), Some("Kommunstyrelsen"));
        let c = full("Kommunstyrelsen ger HR-avdelningen uppdraget att samordna arbetet.");
        assert_eq!(c.rule, "assignment.ger_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("HR-avdelningen"));
        assert_eq!(
            rule("Nämnden ger förvaltningen ett uppdrag att se över taxan."),
            Some("assignment.ger_i_uppdrag")
        );
        assert_ne!(
            rule("Nämnden uppdrar sedan arbetet att fortsätta."),
            Some("assignment.uppdrar_at")
        );
        assert_eq!(
            rule("Uppdrag: Ta fram en gemensam rutin för tidig rehabilitering."),
            Some("assignment.label")
        );
        assert_eq!(rule("Uppdragsgivare: kommunstyrelsen"), None);

        for t in [
            "Efter en lång debatt sa kommunfullmäktige på måndagen ja till en ny skola.",
            "Kommunstyrelsen röstade redan i april igenom förslaget.",
            "Fullmäktige klubbade budgeten efter en kort debatt.",
            "Byggnadsnämnden gav i går klartecken till bygget.",
        ] {
            let c = full(t);
            assert_eq!(
                (c.kind, c.rule),
                (ItemKind::Decision, "decision.antog"),
                "{t}"
            );
            assert!(c.body.is_some(), "{t}");
        }
        for t in [
            "Anna sa ja till att leda arbetsgruppen.",
            "Oppositionen röstade nej till förslaget.",
        ] {
            assert_eq!(rule(t), None, "{t}");
        }

        let c =
            full("Slutligt beslut om detaljplanen fattas av kommunfullmäktige den 15 december.");
        assert_eq!(
            (c.rule, c.status),
            ("decision.scheduled", Some(Status::Scheduled))
        );
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));
        assert_eq!(
            rule("Frågan avgörs i kommunstyrelsen i juni."),
            Some("decision.scheduled")
        );
        assert_eq!(rule("Beslut om bidrag fattas av nämnden."), None);

        assert_eq!(
            rule("Kommunen förbinder sig att erbjuda en familjebehandlare i varje skolområde."),
            Some("commitment.promise")
        );
        assert_eq!(
            rule("Parterna förbinder sig att gemensamt ta fram rutiner."),
            Some("commitment.promise")
        );
        assert_eq!(
            rule("Förvärvaren förbinder sig att bygga inom två år."),
            None
        );
        assert_eq!(
            rule("Överenskommelsen ska säkerställa att barn får en samordnad insats."),
            Some("commitment.ska")
        );
        assert_eq!(
            rule("Kommunens mål är att bli klimatneutral."),
            Some("goal.malet_ar")
        );
        assert_eq!(
            rule("Nämndens långsiktiga mål är att alla elever når kunskapskraven."),
            Some("goal.malet_ar")
        );
        assert_eq!(rule("Projektets mål var att kartlägga behoven."), None);
        let c = full("Uppdrag: Kultur- och fritidsnämnden ska se över avgifterna.");
        assert_eq!(c.assignee.as_deref(), Some("Kultur- och fritidsnämnden"));
        let c = full("Uppdrag 4.2 Tekniska nämnden ska utreda en ny återvinningscentral.");
        assert_eq!(c.rule, "assignment.label");
        assert_eq!(c.assignee.as_deref(), Some("Tekniska nämnden"));
        let c = full("Uppdrag 4.3 Socialnämnden tilldelas uppdraget att se över taxan.");
        assert_eq!(c.kind, ItemKind::Assignment);
        assert_eq!(c.assignee.as_deref(), Some("Socialnämnden"));
        // A year after the word is no label; nor is a lower-case word after the number.
        assert_ne!(
            rule("Uppdrag 2024 Kommunstyrelsen redovisade arbetet."),
            Some("assignment.label")
        );
        assert_ne!(
            rule("Uppdrag 3 och 4 ska redovisas i juni."),
            Some("assignment.label")
        );
        assert_eq!(
            rule("Förvaltningen ska säkerställa att alla barn får en plats."),
            Some("commitment.ska")
        );
    }

    /// Fifth batch: background prose of a comprehensive plan (laws, the county board,
    /// forecasts, the plan's own role) and a wish with a number.
    #[test]
    fn phrasings_of_other_municipalities_fifth_batch() {
        let plain = Ctx::default();
        let rule = |t: &str| classify(t, &plain).map(|c| c.rule);
        for t in [
            "Enligt plan- och bygglagen ska varje kommun ha en aktuell översiktsplan.",
            "Enligt PBL ska kommunen pröva lämpligheten.",
            "Översiktsplanen är inte bindande men ska vägleda beslut om mark och vatten.",
            "Enligt prognosen kommer ökningen att fortsätta i centralorten.",
            "Samtidigt kommer andelen äldre att öka i de mindre orterna.",
            "Länsstyrelsen ska ta tillvara statliga intressen vid planeringen.",
            "Länsstyrelsen beslutade i maj att upphäva planen.",
        ] {
            assert_eq!(rule(t), None, "{t}");
        }
        for (t, want) in [
            (
                "Samtidigt kommer förvaltningen att öka bemanningen i hemtjänsten.",
                "commitment.ska",
            ),
            (
                "Enligt den nya planen ska kommunen bygga tre förskolor.",
                "commitment.ska",
            ),
            (
                "Kommunstyrelsen beslutade i maj att anta planen.",
                "decision.beslutade",
            ),
            (
                "Kommunen vill att det byggs minst 60 nya bostäder per år.",
                "goal.target",
            ),
        ] {
            assert_eq!(rule(t), Some(want), "{t}");
        }
        assert_eq!(
            rule("Kommunen kommer att fortsätta erbjuda färdtjänst i alla kommundelar."),
            Some("commitment.ska")
        );
        assert_eq!(rule("Befolkningen kommer att fortsätta att öka."), None);
        assert_eq!(
            rule("Kommunen vill att fler bostäder byggs."),
            Some("commitment.vill")
        );
    }

    /// Sixth batch: a decided list of measures ("Nämnden har beslutat om följande insatser
    /// för 2026:").
    #[test]
    fn decided_lists_of_measures() {
        let plain = Ctx::default();
        for t in [
            "Nämnden har beslutat om följande insatser för 2026:",
            "Kommunstyrelsen beslutade om följande åtgärder:",
        ] {
            match lead_of(t, &plain, None) {
                Lead::Decide { body, status } => {
                    assert!(body.is_some(), "{t}");
                    assert_eq!(status, Some(Status::Decided), "{t}");
                }
                other => panic!("{t}: {other:?}"),
            }
        }
        // What was done is still a report, not a decision list.
        assert_eq!(
            lead_of("Under året har följande insatser genomförts:", &plain, None),
            Lead::Past
        );
    }

    /// Probes of common wordings: labelled goals with an owner, targets in the perfect, "vår
    /// ambition", expected decisions, a perfect with an adverb, a time before the assignee.
    #[test]
    fn common_wordings_probe() {
        let plain = Ctx::default();
        let rule = |t: &str| classify(t, &plain).map(|c| c.rule);
        for (t, want) in [
            (
                "Kommunfullmäktiges mål: Ökad trygghet i hela kommunen",
                "goal.label",
            ),
            ("Övergripande mål: Fler i arbete", "goal.label"),
            (
                "Till 2030 ska utsläppen ha minskat med 60 procent.",
                "goal.target",
            ),
            (
                "Vår ambition är att alla barn ska kunna simma i årskurs 6.",
                "goal.malet_ar",
            ),
            (
                "Kommunfullmäktige förväntas fatta beslut i juni.",
                "decision.scheduled",
            ),
            (
                "Kommunstyrelsen har därefter återremitterat ärendet.",
                "decision.antog",
            ),
        ] {
            assert_eq!(rule(t), Some(want), "{t}");
        }
        assert_eq!(rule("Målgrupp: unga vuxna"), None);
        assert_eq!(
            rule("Till 2030 ska vi bygga en ny skola."),
            Some("commitment.vi")
        );
        let c = full("Fullmäktige gav i april kommunstyrelsen i uppdrag att utreda frågan.");
        assert_eq!(c.assignee.as_deref(), Some("kommunstyrelsen"));
    }

    #[test]
    fn deciding_bodies() {
        assert_eq!(
            deciding_body("Kommunstyrelsen godkänner rapporten.").as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(
            deciding_body("2. Kommunfullmäktige antar planen.").as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            deciding_body("Kommunstyrelsen får rätt att nyupplåna 80 miljoner kronor."),
            None
        );
    }

    #[test]
    fn scheduled_entries_and_years() {
        let c = scheduled_entry("Kommunfullmäktige 2026-05-18").unwrap();
        assert_eq!(c.body.as_deref(), Some("Kommunfullmäktige"));
        assert_eq!(
            years_in("från 2022–2030 och 2026-05-18, inte 1200"),
            [2022, 2026, 2030]
        );
        assert_eq!(
            years_in("Dnr KS 2024/812, enligt SFS 2010:800, klart 2027: sedan 2025/26, 2028/2029"),
            [2025, 2027, 2028, 2029]
        );
        assert!(scheduled_entry("Anna Andersson").is_none());
    }

    #[test]
    fn numbered_goal_labels_and_target_values() {
        for t in [
            "Prioriterat mål 2: Alla barn ges en god start i livet.",
            "Effektmål 4.2 Andelen nöjda brukare ökar.",
            "Mål 2 Fler unga är i arbete eller studier.",
            "Målvärde 2028: 75 procent.",
            "Målvärdet för andelen ekologiska livsmedel är 60 procent 2027.",
        ] {
            assert_eq!(k(t), Some(ItemKind::Goal), "{t}");
        }
        for t in [
            "Mål 3 av 5 uppfylldes under året.",
            "Målvärdet är inte fastställt.",
            "Målgrupp: unga vuxna",
        ] {
            assert_ne!(k(t), Some(ItemKind::Goal), "{t}");
        }
    }

    #[test]
    fn present_decisions_with_att_outside_sections() {
        let c = full("Kultur- och fritidsnämnden beslutar att ställa in höstens prisutdelning.");
        assert_eq!(
            (c.kind, c.rule, c.body.as_deref(), c.status),
            (
                ItemKind::Decision,
                "decision.beslutar_att",
                Some("Kultur- och fritidsnämnden"),
                Some(Status::Decided)
            )
        );
        for t in [
            "Om nämnden beslutar att stänga skolan påverkas skolskjutsen.",
            "Kommunstyrelsen beslutar om budgeten för sina verksamheter.",
            "Nämnden beslutar att",
        ] {
            assert_ne!(k(t), Some(ItemKind::Decision), "{t}");
        }
    }

    #[test]
    fn scheduled_decisions_in_the_present_with_a_date() {
        let c = full("Barn- och utbildningsnämnden fattar beslut den 14 april.");
        assert_eq!(
            (c.kind, c.status),
            (ItemKind::Decision, Some(Status::Scheduled))
        );
        assert_eq!(k("Socialnämnden fattar beslut i ärenden om bistånd."), None);
    }

    #[test]
    fn assignee_without_a_leading_date_and_status_of_a_past_assignment() {
        let c = full(
            "Miljönämnden gav den 3 mars 2025 miljöavdelningen i uppdrag att ta fram ett förslag till taxa.",
        );
        assert_eq!(c.assignee.as_deref(), Some("miljöavdelningen"));
        // "förslag" after the verb is part of the task, not a proposal.
        assert_eq!(c.status, Some(Status::Decided));
        let c =
            full("Förvaltningen föreslår att kultursekreteraren får i uppdrag att utreda frågan.");
        assert_eq!(c.status, Some(Status::Proposed));
    }

    #[test]
    fn a_body_is_not_the_place_of_a_goal() {
        assert_ne!(
            kind("Kommunfullmäktige ska ges tillfälle att yttra sig innan bolaget fattar beslut."),
            Some((ItemKind::Goal, "goal.ska_vara"))
        );
        assert_eq!(
            kind("Hallsta ska vara en trygg kommun att åldras i."),
            Some((ItemKind::Goal, "goal.ska_vara"))
        );
    }

    #[test]
    fn a_year_ahead_of_the_document_makes_the_present_a_promise() {
        let report = Ctx {
            year: Some(2026),
            ..Default::default()
        };
        let budget = Ctx {
            year: Some(2026),
            budget: true,
            ..Default::default()
        };
        let rule = |t: &str, ctx: &Ctx| classify(t, ctx).map(|c| c.rule);
        let ahead = "Under 2027 bygger kommunen en ny idrottshall i centrum.";
        assert_eq!(rule(ahead, &report), Some("commitment.vi_present"));
        // The budget's own year lies ahead in a budget, not in a report of that year.
        let own = "Under 2026 satsar kommunen tre miljoner kronor på företagsservice.";
        assert_eq!(rule(own, &budget), Some("commitment.vi_present"));
        assert_eq!(rule(own, &report), None);
        // A past year, an unknown document year, or a forecast verb: no promise.
        let past = "Under 2025 satsar kommunen på fler lärare i matematik.";
        assert_eq!(rule(past, &budget), None);
        assert_eq!(rule(ahead, &Ctx::default()), None);
        assert_eq!(
            rule("Under 2028 växer kommunen med 400 invånare.", &budget),
            None
        );
    }

    #[test]
    fn desired_states_without_an_actor_are_goals() {
        let plain = Ctx::default();
        let rule = |t: &str| classify(t, &plain).map(|c| c.rule);
        for t in [
            "Det ska alltid finnas planlagd mark för den som vill etablera sig.",
            "I Åby ska det råda ett gott företagsklimat.",
            "Fler ska välja att starta företag i kommunen.",
            "Ingen ska behöva vänta mer än tre månader på ett bygglov.",
            "Vi vill att andelen kvinnor som driver företag ökar.",
        ] {
            assert_eq!(rule(t), Some("goal.impersonal"), "{t}");
        }
        for t in [
            "Det ska utredas vidare under hösten.",
            "Fler företag har startats i år.",
            "Vi vill att förvaltningen tar fram en plan.",
            "Förvaltningen ska se till att det finns mark.",
        ] {
            assert_ne!(rule(t), Some("goal.impersonal"), "{t}");
        }
        // A season of the document's year lies ahead; "nästa steg blir att"; a meeting held
        // on a date.
        let news = Ctx {
            year: Some(2026),
            ..Default::default()
        };
        assert_eq!(
            classify("Kommunen inför en företagslots från hösten 2026.", &news).map(|c| c.rule),
            Some("commitment.vi_present")
        );
        assert_eq!(
            classify("Nästa steg blir att ta fram en handlingsplan.", &plain).map(|c| c.rule),
            Some("commitment.intention")
        );
        assert_eq!(
            classify(
                "Budgetdialoger med nämnderna hålls den 12 och 13 maj 2026.",
                &plain
            )
            .map(|c| c.rule),
            Some("commitment.introduced")
        );
        // A date and a paragraph between the verb and the assignee; a proposal whose object
        // is the thing; a passive proposal in running text.
        let c = full(
            "Kommunfullmäktige gav 2024-11-18, § 160, kommunstyrelsen i uppdrag att ta fram en strategi.",
        );
        assert_eq!(c.rule, "assignment.ger_i_uppdrag");
        assert_eq!(c.assignee.as_deref(), Some("kommunstyrelsen"));
        let c = full("Arbetsutskottet föreslår kommunstyrelsen att anta strategin.");
        assert_eq!(c.kind, ItemKind::Decision);
        assert_eq!(c.status, Some(Status::Proposed));
        let c = full("Förvaltningen föreslår att riktlinjerna antas.");
        assert_eq!(c.rule, "decision.foreslar_passiv");
        assert_eq!(c.body.as_deref(), Some("Förvaltningen"));
        let c = full(
            "Inför nästa år föreslår stadskontoret därför att verksamheten förs över till nämnden och att stiftelsen avvecklas.",
        );
        assert_eq!(c.rule, "decision.foreslar_passiv");
        assert_eq!(c.body.as_deref(), Some("stadskontoret"));
        let c = full("Planen är beslutad av kommunfullmäktige i juni 2025.");
        assert_eq!(c.kind, ItemKind::Decision);
        assert_eq!(
            classify("Arbetsutskottet föreslår kommunstyrelsen besluta", &plain),
            None
        );
        assert_ne!(
            classify("Medborgaren föreslår att en mässa anordnas.", &plain).map(|c| c.rule),
            Some("decision.foreslar_passiv")
        );
        // Tasks asked for; a first-person ambition.
        let c = full("Kommunstyrelsen bad näringslivschefen att utreda frågan.");
        assert_eq!(c.rule, "assignment.asked");
        assert_eq!(c.assignee.as_deref(), Some("näringslivschefen"));
        for t in [
            "Företagarna ber kommunen att sänka avgifterna.",
            "Jag ber om ursäkt för dröjsmålet.",
        ] {
            assert_ne!(
                classify(t, &plain).map(|c| c.rule),
                Some("assignment.asked"),
                "{t}"
            );
        }
        assert_eq!(
            classify(
                "Min ambition är att det ska bli fler arbetsplatser.",
                &plain
            )
            .map(|c| c.rule),
            Some("goal.malet_ar")
        );
        // Wordings of the eleventh batch: a written date before the assignee, an adverb
        // before it, a past proposal, "ställde sig bakom", "planerar också att".
        let c = full(
            "Kommunfullmäktige gav den 20 oktober 2025, § 97, kommunstyrelsen i uppdrag att ta fram en strategi.",
        );
        assert_eq!(c.assignee.as_deref(), Some("kommunstyrelsen"));
        let c = full(
            "Nämnden fastställde planen och gav samtidigt näringslivsenheten i uppdrag att följa upp den.",
        );
        assert_eq!(c.assignee.as_deref(), Some("näringslivsenheten"));
        assert_eq!(
            kind("Arbetsutskottet föreslog att kommunstyrelsen skulle föreslå kommunfullmäktige att anta strategin.").map(|k| k.0),
            Some(ItemKind::Decision)
        );
        assert_eq!(
            classify(
                "Kommunstyrelsen ställde sig bakom förslaget den 22 april.",
                &plain
            )
            .map(|c| c.rule),
            Some("decision.antog")
        );
        assert_eq!(
            classify("Vi planerar också att göra en ny enkät i oktober.", &plain).map(|c| c.rule),
            Some("commitment.vi")
        );
        // Quotes: the municipality's own speakers promise, outside parties and the opposition
        // do not.
        for t in [
            "Vi kommer att följa upp varje löfte, säger lokalavdelningens ordförande Eva Strand.",
            "Vi ska sänka avgifterna, säger oppositionsrådet Jonas Falk (M).",
        ] {
            assert_eq!(classify(t, &plain), None, "{t}");
        }
        for t in [
            "Vi ska bli bättre på att svara, säger kommunstyrelsens ordförande Anders Lind (C).",
            "Nästa steg blir att ta fram en handlingsplan, säger han.",
        ] {
            assert!(classify(t, &plain).is_some(), "{t}");
        }
        assert!(bare_commit_lead("Det här ska vi göra:"));
        assert!(!bare_commit_lead(
            "Det här ska vi göra under 2026 för att nå fler företag."
        ));
        // Decisions still to be taken.
        for t in [
            "På måndag ska kommunfullmäktige ta ställning till programmet.",
            "Kommunfullmäktige fastställer skattesatsen och ramarna i juni 2027.",
            "Fullmäktige beslutar om en revidering av planen under 2028.",
            "Nu antas kommunens första näringslivsprogram",
        ] {
            let c = classify(t, &plain);
            assert_eq!(
                c.as_ref().map(|c| c.rule),
                Some("decision.scheduled"),
                "{t}"
            );
            assert_eq!(c.and_then(|c| c.status), Some(Status::Scheduled), "{t}");
        }
        for t in [
            "Nämnden beslutar om bidrag i mars varje år.",
            "Enligt kommunallagen ska fullmäktige besluta om budgeten.",
        ] {
            assert_ne!(
                classify(t, &plain).map(|c| c.rule),
                Some("decision.scheduled"),
                "{t}"
            );
        }
        // Something to be finished is a commitment.
        assert_eq!(
            classify("Det ska vara klart före jul.", &plain).map(|c| c.kind),
            Some(ItemKind::Commitment)
        );
        // Outside parties: the region, an association named after an inverted verb.
        for t in [
            "Regionen ansvarar för vården och ska samordna länets insatser.",
            "Enligt avsiktsförklaringen åtar sig Åby Företagsförening att utse två ledamöter.",
            "Bolaget ska enligt markanvisningsavtalet bekosta gatorna.",
            "Några saker jag vill lyfta:",
        ] {
            assert_eq!(classify(t, &plain), None, "{t}");
        }
        // What "vi" will have or get better at is a commitment.
        for t in [
            "Vi ska ha en företagslots på plats till sommaren.",
            "Vi ska bli bättre på att svara på frågor.",
        ] {
            assert_eq!(
                classify(t, &plain).map(|c| c.kind),
                Some(ItemKind::Commitment),
                "{t}"
            );
        }
        assert_eq!(
            rule("Vi ska vara Sveriges bästa kommun för företag."),
            Some("goal.ska_vara")
        );
    }

    #[test]
    fn times_ahead_of_the_document() {
        assert!(time_ahead("Lanseras i april 2026", Some(2026)));
        assert!(time_ahead("Flyttas till hösten 2026", Some(2026)));
        assert!(time_ahead("Klar 2027", Some(2026)));
        assert!(!time_ahead("Genomförd 2026", Some(2026)));
        assert!(!time_ahead("Infördes i maj 2025", Some(2026)));
        assert!(!time_ahead("Klar under första kvartalet", Some(2026)));
        assert!(!time_ahead("Lanseras i april 2026", None));
    }

    #[test]
    fn a_bound_on_a_duration_is_a_target() {
        let plain = Ctx::default();
        let rule = |t: &str| classify(t, &plain).map(|c| c.rule);
        assert_eq!(
            rule("Handläggningen av ett bygglov ska i genomsnitt ta högst fyra veckor."),
            Some("goal.target")
        );
        assert_eq!(
            rule("Sjukfrånvaron ska ligga under fem procent."),
            Some("goal.target")
        );
        assert_ne!(
            rule("Förvaltningen ska ta fram en plan för minst tre år."),
            Some("goal.target")
        );
    }

    #[test]
    fn informal_schedules_referrals_and_a_time_before_the_assignee() {
        for t in [
            "Policyn ska upp i kommunfullmäktige i maj för slutligt beslut.",
            "Förslaget tar vi upp i kommunstyrelsen den 7 april.",
            "Sista ordet har kommunfullmäktige, som behandlar ärendet den 14 december.",
        ] {
            let c = full(t);
            assert_eq!(c.rule, "decision.scheduled", "{t}");
            assert_eq!(c.status, Some(Status::Scheduled), "{t}");
        }
        assert_ne!(
            kind("Nämnden behandlar budgeten i juni varje år.").map(|k| k.1),
            Some("decision.scheduled")
        );
        assert_ne!(
            kind("Vi tar upp frågan med företagen i maj.").map(|k| k.1),
            Some("decision.scheduled")
        );
        let c = full("Kommunfullmäktige remitterade motionen till kommunstyrelsen den 26 januari.");
        assert_eq!(c.kind, ItemKind::Decision);
        assert_eq!(c.body.as_deref(), Some("Kommunfullmäktige"));
        assert_eq!(
            k("Länsstyrelsen remitterade förslaget till kommunerna."),
            None
        );
        assert_eq!(
            k("Samma dag beslutade vi att sälja tomten."),
            Some(ItemKind::Decision)
        );
        assert_eq!(k("Samma dag beslutade regeringen att sälja tomten."), None);
        let c = full("Nämnden uppdrog i mars 2025 åt förvaltningen att ta fram en plan.");
        assert_eq!(c.kind, ItemKind::Assignment);
        assert_eq!(c.assignee.as_deref(), Some("förvaltningen"));
    }

    #[test]
    fn clauses_after_a_semicolon_or_a_conjunction_forecasts_and_bounded_stocks() {
        for t in [
            "Samverkan med grannkommunen har pågått sedan 2024; den ska fördjupas under planperioden.",
            "Arbetsförmedlingen har redan varit på plats och kommunens arbetsmarknadsenhet kommer att erbjuda alla ett samtal.",
        ] {
            assert_eq!(k(t), Some(ItemKind::Commitment), "{t}");
        }
        for t in [
            "Kommunen har varit på plats och Arbetsförmedlingen kommer att erbjuda alla ett samtal.",
            "Enligt Tillväxtverkets bedömning kommer investeringarna att skapa ett stort behov av underleverantörer.",
            "Enligt förslaget till markanvisningsavtal ska bolaget ansöka om bygglov inom ett år.",
        ] {
            assert_eq!(k(t), None, "{t}");
        }
        assert_eq!(
            kind(
                "Minst 15 hektar ny planlagd verksamhetsmark ska finnas tillgänglig vid utgången av 2028."
            ),
            Some((ItemKind::Goal, "goal.target"))
        );
        assert_ne!(
            k("Minst två handläggare ska finnas på plats vid varje möte."),
            Some(ItemKind::Goal)
        );
    }

    #[test]
    fn givers_named_by_a_lead_in_or_after_an_inverted_deciding_verb() {
        assert_eq!(
            lead_assigner("Kommunfullmäktige lämnar följande uppdrag inom området:").as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            lead_assigner("Kommunstyrelsen ger nämnderna följande uppdrag:").as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(lead_assigner("Följande uppdrag är slutförda:"), None);
        let c = full(
            "I samband med budgeten beslutade kommunfullmäktige den 16 juni 2025, § 77, att ge kommunstyrelsen i uppdrag att utreda frågan.",
        );
        assert_eq!(c.assignee.as_deref(), Some("kommunstyrelsen"));
        assert_eq!(c.assigner.as_deref(), Some("kommunfullmäktige"));
    }

    #[test]
    fn goal_labels_followed_up_and_turns_of_speech_are_no_goals() {
        assert_ne!(
            k("Mål 3 B följs upp gemensamt med arbetsmarknadsnämnden."),
            Some(ItemKind::Goal)
        );
        assert_eq!(
            k("Mål 3: Fler ska gå från bidrag till arbete."),
            Some(ItemKind::Goal)
        );
        assert_eq!(
            k("Ingen ska tro att en kommun ensam kan ersätta 140 jobb."),
            None
        );
        assert_eq!(
            k("Ingen ska behöva vänta mer än en vecka på ett besked."),
            Some(ItemKind::Goal)
        );
    }

    #[test]
    fn an_adoption_in_a_clause_set_off_at_the_end() {
        let c = full(
            "Planen bygger på programmet för 2025–2030, som kommunfullmäktige antog 2025-03-17.",
        );
        assert_eq!(c.kind, ItemKind::Decision);
        assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"));
        assert_ne!(
            k("Programmet som fullmäktige antog 2024 ska revideras i höst."),
            Some(ItemKind::Decision)
        );
    }

    #[test]
    fn fourteenth_batch_phrasings() {
        let ctx = Ctx {
            year: Some(2026),
            budget: true,
            ..Default::default()
        };
        let rule = |t: &str| classify(t, &ctx).map(|c| c.rule);
        assert_eq!(
            rule("Arbetet med att korta handläggningstiderna fortsätter under 2027."),
            Some("commitment.passive_ahead")
        );
        assert_eq!(
            rule("Ny upphandling annonseras i februari 2027."),
            Some("commitment.passive_ahead")
        );
        assert_eq!(
            kind("Under 2026 ligger tyngdpunkten på att få ut e-tjänsten."),
            Some((ItemKind::Commitment, "commitment.intention"))
        );
        assert_eq!(
            kind("Avdelningen har också ambitionen att starta ett mentorsprogram."),
            Some((ItemKind::Commitment, "commitment.intention"))
        );
        assert_eq!(
            k("Programmet följs upp varje år i samband med årsredovisningen."),
            Some(ItemKind::Commitment)
        );
        assert_eq!(k("Planen följdes upp 2024."), None);
        assert_eq!(
            k("Enligt planen ska antalet gästnätter under barmarkssäsongen fördubblas till 2030."),
            Some(ItemKind::Goal)
        );
        let decided = Ctx {
            section: Some(Section::Decided),
            ..Default::default()
        };
        assert_eq!(
            classify("Kommunstyrelsen tackar för informationen.", &decided).map(|c| c.kind),
            Some(ItemKind::Decision)
        );
    }

    #[test]
    fn a_dated_proposal() {
        let c =
            full("Arbetsutskottet föreslog den 2 mars 2027 att kommunstyrelsen beviljar ansökan.");
        assert_eq!(c.kind, ItemKind::Decision);
        assert_eq!(c.status, Some(Status::Proposed));
        let c = full("Nämnden föreslog 2026-05-04 att fullmäktige antar planen.");
        assert_eq!(c.kind, ItemKind::Decision);
    }

    #[test]
    fn focus_personal_targets_and_passive_schedules() {
        assert_eq!(
            kind("Fokus 2027 är att korta handläggningstiderna för bygglov."),
            Some((ItemKind::Commitment, "commitment.intention"))
        );
        assert_eq!(
            kind("Fokus under året ligger på att få skyltprogrammet på plats."),
            Some((ItemKind::Commitment, "commitment.intention"))
        );
        assert_eq!(k("Kommunens fokus har legat på besöksnäringen."), None);
        assert_eq!(
            k("Min målsättning är att ett företag bara ska lämna en uppgift en gång."),
            Some(ItemKind::Goal)
        );
        for t in [
            "Köpet ska godkännas av kommunfullmäktige den 30 november.",
            "Beslutet om investeringen fattas slutligt av kommunfullmäktige den 27 mars.",
        ] {
            let c = full(t);
            assert_eq!(c.status, Some(Status::Scheduled), "{t}");
            assert_eq!(c.body.as_deref(), Some("kommunfullmäktige"), "{t}");
        }
    }

    #[test]
    fn assessments_hedges_and_rights_are_no_promises() {
        for t in [
            "Turismen har gynnats, och vi bedömer att besökarna kommer att fortsätta öka 2027.",
            "Det kommer säkert att ta tid innan vi ser resultat.",
            "Om bygget inte påbörjats ska kommunen ha rätt att köpa tillbaka marken.",
        ] {
            assert_eq!(k(t), None, "{t}");
        }
        assert_eq!(
            k("Vi bedömer behoven varje år och kommer att anställa två rådgivare."),
            Some(ItemKind::Commitment)
        );
    }

    #[test]
    fn present_passive_with_a_year_ahead() {
        let ctx = Ctx {
            year: Some(2026),
            ..Default::default()
        };
        let rule = |t: &str| classify(t, &ctx).map(|c| c.rule);
        for t in [
            "Gång- och cykelvägen byggs 2028.",
            "Skyltningen längs leden förnyas 2027.",
            "En oberoende utvärdering av planen görs 2029, inför nästa planperiod.",
            "Under våren 2027 påbörjas arbetet med en ny översiktsplan.",
        ] {
            assert_eq!(rule(t), Some("commitment.passive_ahead"), "{t}");
        }
        for t in [
            "Utvärderingen görs 2024 av en extern konsult.",
            "Arbetet genomförs löpande under året.",
            "Vägen som byggs 2028 ansluter till centrum.",
        ] {
            assert_eq!(rule(t), None, "{t}");
        }
        assert_eq!(
            rule("Arbetet med ny industrimark fortsätter under 2027."),
            Some("commitment.passive_ahead")
        );
        assert_eq!(
            rule("Arbetet fortsätter under 2025 med samma inriktning."),
            None
        );
        assert_eq!(
            rule("Därför utökar vi bidraget till föreningarna från nästa år."),
            Some("commitment.vi_present")
        );
        assert_eq!(rule("Därför har vi bidraget kvar nästa år."), None);
        // Without a document year nothing lies ahead.
        assert_eq!(kind("Gång- och cykelvägen byggs 2028."), None);
    }

    #[test]
    fn municipal_present_with_a_time_ahead() {
        assert_eq!(
            kind("Under planperioden satsar kommunen 20 miljoner kronor på fler lärare."),
            Some((ItemKind::Commitment, "commitment.vi_present"))
        );
        assert_eq!(
            kind("Kommunen bygger ut cykelvägnätet under mandatperioden."),
            Some((ItemKind::Commitment, "commitment.vi_present"))
        );
        assert_eq!(
            k("Under planperioden växer kommunen med 900 invånare."),
            None
        );
        assert_eq!(
            k("Kommunen satsade 20 miljoner kronor på skolan 2024."),
            None
        );
    }
}
