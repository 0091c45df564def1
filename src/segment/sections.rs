//! Sections with meaning: headings such as "Förslag till beslut", "Beslut", "Beslutsplanering",
//! "Kommunfullmäktigemål", "Uppdrag 2015" or "Beslutet skickas till" give the blocks under them
//! a context (status, kind hints) until the next heading.
//!
//! Each entry of [`SECTIONS`] is matched case-insensitively against a heading without its list
//! number and trailing colon. The first match wins.

use regex::Regex;
use std::sync::LazyLock;

/// The meaning of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// A proposal ("Förslag till beslut"): decision points are proposed.
    Proposal,
    /// A decision ("Beslut", "Kommunfullmäktiges beslut"): decision points are decided.
    Decided,
    /// A schedule of decisions ("Beslutsplanering"): each line is a scheduled decision.
    Scheduled,
    /// Goals ("Mål", "Kommunfullmäktigemål", "Nämndmål 2025"): list entries are goals.
    Goals,
    /// Assignments ("Uppdrag 2015", "Nya uppdrag", "Budgetuppdrag"): entries are assignments.
    Assignments,
    /// Commitments ("Åtaganden", "Aktiviteter", "Åtgärder", "Inriktningar"): entries are
    /// commitments.
    Commitments,
    /// No items: attachments, distribution lists, signatures, attendance.
    Skip,
}

/// One section pattern: what the heading looks like and what the section means.
struct SectionPattern {
    section: Section,
    pattern: &'static str,
}

/// The section table. Order matters: "Beslutsplanering" and "Beslutet skickas till" must be
/// tried before the plain "Beslut".
const SECTIONS: &[SectionPattern] = &[
    // "Beslutet skickas till", "Beslutsunderlag", "Bilagor", "Ansvariga", "Justering", "Närvarande"…
    SectionPattern {
        section: Section::Skip,
        pattern: r"^(beslutet\s+(ska\s+)?(skickas|expedieras|delges)|skickas\s+till|expedieras|expediering|sändlista|beslutsunderlag|underlag\s+för\s+beslut|bifogade\s+handlingar|handlingar\s+i\s+ärendet|ansvariga?|ansvarig\s+tjänsteperson|kontaktperson(er)?|justering|justerare|justerandes\s+sign|underskrift(er)?|närvarande|ledamöter|tjänstgörande\s+ersättare|övriga\s+(närvarande|deltagande)|utdragsbestyrkande|paragrafer|innehållsförteckning|referenser|källor|reservation(er)?|protokollsanteckning(ar)?|särskil(t|da)\s+yttranden?|jäv)\b",
    },
    // "Bilaga", "Bilagor", "Bilaga 2", "Protokollsutdrag": a list of attachments or
    // recipients. ("Bilaga: Nyckeltal" is an appendix with content, whose targets are
    // targets; "Protokollsutdrag, kommunstyrelsen 2025-12-09, § 212" heads a quoted decision.)
    SectionPattern {
        section: Section::Skip,
        pattern: r"^(bilag(a|or)(\s+\d+)?|protokollsutdrag(\s+till)?)\s*:?$",
    },
    // "Beslutsplanering", "Planerad behandling", "Tidplan för beslut". ("Beslutsgång" in a
    // protocol describes how the decision was taken, not a schedule.)
    SectionPattern {
        section: Section::Scheduled,
        pattern: r"^(beslutsplanering|planerad\s+(behandling|beslutsgång)|tidplan\s+för\s+beslut|ärendets\s+fortsatta\s+(hantering|behandling))\b",
    },
    // "Förslag till beslut", "Förvaltningens förslag till beslut", "Beslutsförslag", "Yrkanden".
    SectionPattern {
        section: Section::Proposal,
        pattern: r"^((\w+s\s+)?förslag(\s+till\s+(beslut|kommunfullmäktige|kommunstyrelsen|nämnden|\w*nämnden|\w*styrelsen|fullmäktige))?|beslutsförslag|förslag\s+till\s+beslut\s+.*)$",
    },
    // "Beslut", "Kommunstyrelsens beslut", "Beslutet", "Fullmäktiges beslut".
    SectionPattern {
        section: Section::Decided,
        pattern: r"^((\w+s\s+)?beslut(et)?|beslut\s+i\s+korthet)$",
    },
    // "Uppdrag 2015", "Nya uppdrag", "Budgetuppdrag", "Uppdrag till nämnden", "Nämndens uppdrag".
    SectionPattern {
        section: Section::Assignments,
        pattern: r"^((nya|särskilda|kommunfullmäktiges|fullmäktiges|\w+s)\s+)?\w*uppdrag(\s+(till|för|från|\d{4}).*)?$",
    },
    // "Mål", "Kommunfullmäktigemål", "Nämndmål 2025", "Övergripande mål", "Mål och inriktning",
    // "Mål för bostadsförsörjningen",
    // "Effektmål och nyckeltal" (a goal compound before "och": the rows of a key-figure table
    // with target values below it are targets; not "Ändamål och inriktning", whose "-mål" is
    // no goal).
    SectionPattern {
        section: Section::Goals,
        pattern: r"^((\w+\s+){0,2}\w*mål(en|et|bild|bilden|bilder)?|målsättning(ar)?|(effekt|verksamhets|inriktnings|resultat|kvalitets|del|nämnd)?mål\s+och\s+\w+)(\s+((för|under|i|år|till|inför|fram\s+till)\s+)?(år\s+)?\d{4}(\s*[-–]\s*\d{4})?|\s+för\s+(den\s+|det\s+)?\w+(\s+\d{4}(\s*[-–]\s*\d{4})?)?)?$",
    },
    // "Åtaganden", "Aktiviteter", "Åtgärder", "Insatser", "Inriktningar 2015", "Prioriteringar",
    // "Budgetens viktigaste satsningar".
    SectionPattern {
        section: Section::Commitments,
        pattern: r"^((\w+s|våra|planerade|prioriterade)\s+)?((viktigaste|största|nya)\s+)?(\w*åtaganden?|aktiviteter|åtgärder|insatser|inriktning(ar)?|prioriteringar|\w*löften?|\w*satsningar)(\s+((för|under|i|år)\s+)?(år\s+)?\d{4}(\s*[-–]\s*\d{4})?)?$",
    },
    // "Så här gör vi", "Det här gör vi", "Detta ska vi göra", "Så här når vi dit": what the
    // municipality will do.
    SectionPattern {
        section: Section::Commitments,
        pattern: r"^((så\s+här|det\s+här|detta|vad)\s+(gör|ska|kommer)\s+vi(\s+(att\s+)?göra)?(\s+(under|för|i)\s+\d{4})?|(det\s+här|detta|vad)\s+(lovar|garanterar|erbjuder)\s+vi(\s+\w+){0,4}|(så\s+här|hur)\s+(når|uppnår|når\s+fram\s+till|tar)\s+vi\s+(dit|målen|målet|oss\s+dit|vår\s+vision|visionen))\??$",
    },
    // "Det här innehåller planen", "Programmet omfattar bland annat", "I satsningen ingår": the
    // contents of a plan, programme or package of measures, listed below.
    SectionPattern {
        section: Section::Commitments,
        pattern: r"^((det\s+här|detta|vad)\s+(innehåller|omfattar)\s+(\w+\s+){0,2}?(\w*planen|\w*programmet|\w*satsningen|\w*paketet|\w*budgeten)|(\w*planen|\w*programmet|\w*satsningen|\w*paketet)\s+(innehåller|omfattar)(\s+bland\s+annat)?|(i|inom)\s+(\w*planen|\w*programmet|\w*satsningen|\w*paketet)\s+ingår(\s+bland\s+annat)?|(det\s+här|detta)\s+ingår\s+i\s+(\w*planen|\w*programmet|\w*satsningen|\w*paketet))$",
    },
    // "Efter tillträde planeras följande:", "Under 2027 genomförs följande": planned steps
    // in the passive, listed below.
    SectionPattern {
        section: Section::Commitments,
        pattern: r"^(\S+\s+){0,4}(planeras|genomförs|ska\s+genomföras|kommer\s+att\s+genomföras|prioriteras)\s+(\w+\s+){0,2}?följande(\s+\w+)?:?$",
    },
    // "Vi ska:", "Kommunen kommer att:", "För att nå målen ska kommunen:": a modal and its
    // subject alone, above a list of what they will do.
    SectionPattern {
        section: Section::Commitments,
        pattern: r"^((vi|kommunen|staden|nämnden|förvaltningen)\s+(ska|skall|vill|kommer\s+att|avser\s+att|åtar\s+sig(\s+att)?|förbinder\s+sig(\s+att)?|lovar(\s+att)?|planerar\s+att)|((för\s+att|under|i)\s+(\S+\s+){1,5})?(ska|skall|vill|kommer)\s+(vi|kommunen|staden|nämnden|förvaltningen)(\s+att)?)$",
    },
];

static COMPILED: LazyLock<Vec<(Section, Regex)>> = LazyLock::new(|| {
    SECTIONS
        .iter()
        .map(|p| {
            (
                p.section,
                Regex::new(&format!("(?i){}", p.pattern)).expect("section patterns are valid"),
            )
        })
        .collect()
});

/// True for the heading of one numbered measure, activity or effort ("Åtgärd 3.1 Solceller
/// på kommunala tak", "Aktivitet 4: Företagsbesök", "Insats 2 – Mentorskap"): the text right
/// below it states what will be done.
pub(crate) fn measure_heading(heading: &str) -> bool {
    static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:åtgärd|aktivitet|insats)\s+\d+(?:\.\d+)*\s*[:.–-]?\s+\S")
            .expect("measure heading pattern is valid")
    });
    MEASURE.is_match(heading)
}

/// True for a heading that announces a vision: "Vision", "VISION", "Vision 2035", "Vår
/// vision", "Kommunens vision 2030".
pub(crate) fn vision_heading(heading: &str) -> bool {
    static VISION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:vår|kommunens|\w+s)?\s*vision(?:\s+(?:för\s+)?\d{4})?\s*:?\s*$")
            .expect("vision heading pattern is valid")
    });
    VISION.is_match(heading)
}

/// The section a heading opens, if it is one with meaning.
pub(crate) fn section_of_heading(heading: &str) -> Option<Section> {
    let h = super::structure::strip_marker(heading.trim());
    let h = h.trim_end_matches([':', ' ', '.']).trim();
    let h = crate::model::collapse_whitespace(h);
    if h.is_empty() || h.len() > 100 {
        return None;
    }
    COMPILED
        .iter()
        .find(|(_, re)| re.is_match(&h))
        .map(|(s, _)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vision_headings() {
        for h in [
            "Vision",
            "VISION",
            "Vision 2035",
            "Vår vision",
            "2. Kommunens vision 2030",
        ] {
            assert!(vision_heading(h), "{h}");
        }
        for h in ["Visionen togs fram 2020", "Vision och mål", "Revision 2025"] {
            assert!(!vision_heading(h), "{h}");
        }
    }

    #[test]
    fn measure_headings() {
        assert!(measure_heading("Åtgärd 3.1 Solceller på kommunala tak"));
        assert!(measure_heading("Aktivitet 4: Företagsbesök"));
        assert!(measure_heading("Insats 2 – Mentorskap för nya företagare"));
        assert!(!measure_heading("Åtgärder"));
        assert!(!measure_heading("Åtgärd för åtgärd"));
        assert!(!measure_heading("3.1 Aktiviteter under 2025"));
    }

    #[test]
    fn known_sections() {
        let cases = [
            ("Förslag till beslut", Some(Section::Proposal)),
            (
                "Förvaltningens förslag till beslut",
                Some(Section::Proposal),
            ),
            ("Beslut", Some(Section::Decided)),
            ("Kommunstyrelsens beslut", Some(Section::Decided)),
            ("Beslutsplanering", Some(Section::Scheduled)),
            ("Beslutet skickas till", Some(Section::Skip)),
            ("Beslutsunderlag", Some(Section::Skip)),
            ("Reservation", Some(Section::Skip)),
            ("Bilaga", Some(Section::Skip)),
            ("Bilagor:", Some(Section::Skip)),
            ("Protokollsutdrag", Some(Section::Skip)),
            ("Protokollsutdrag, kommunstyrelsen 2025-12-09, § 212", None),
            (
                "Budgetens viktigaste satsningar",
                Some(Section::Commitments),
            ),
            ("Nya satsningar 2027", Some(Section::Commitments)),
            ("Bilaga: Nyckeltal", None),
            ("Kontaktperson", Some(Section::Skip)),
            ("Protokollsanteckning", Some(Section::Skip)),
            ("Uppdrag 2019:", Some(Section::Assignments)),
            ("Nya uppdrag", Some(Section::Assignments)),
            ("Budgetuppdrag", Some(Section::Assignments)),
            ("Kommunfullmäktigemål:", Some(Section::Goals)),
            ("Nämndens mål 2024", Some(Section::Goals)),
            ("3. Effektmål och nyckeltal", Some(Section::Goals)),
            ("Målgrupper och metoder", None),
            ("2. Ändamål och inriktning", None),
            ("Inriktningar 2020:", Some(Section::Commitments)),
            ("Våra åtaganden", Some(Section::Commitments)),
            ("Det här innehåller planen", Some(Section::Commitments)),
            (
                "Handlingsplanen omfattar bland annat:",
                Some(Section::Commitments),
            ),
            ("I satsningen ingår", Some(Section::Commitments)),
            ("Det här innehåller rapporten", None),
            ("Planen innehåller fyra kapitel om", None),
            ("3. Aktiviteter", Some(Section::Commitments)),
            ("Åtgärder för 2025", Some(Section::Commitments)),
            ("Inriktning", Some(Section::Commitments)),
            ("Så här gör vi:", Some(Section::Commitments)),
            ("Det här gör vi", Some(Section::Commitments)),
            ("Detta ska vi göra under 2026", Some(Section::Commitments)),
            ("Så här gick det", None),
            ("Målsättning", Some(Section::Goals)),
            ("Mål för 2026–2028", Some(Section::Goals)),
            ("Mål till 2030", Some(Section::Goals)),
            ("Målbild 2035", Some(Section::Goals)),
            ("Vår målbild", Some(Section::Goals)),
            ("Mål för bostadsförsörjningen", Some(Section::Goals)),
            ("Mål för näringslivet 2030", Some(Section::Goals)),
            ("Mål för arbetet med att ta fram planen", None),
            ("Så här når vi dit", Some(Section::Commitments)),
            ("Vi ska:", Some(Section::Commitments)),
            ("Kommunen åtar sig att:", Some(Section::Commitments)),
            (
                "Det här lovar vi dig som företagare",
                Some(Section::Commitments),
            ),
            (
                "Efter tillträde planeras följande:",
                Some(Section::Commitments),
            ),
            (
                "Under 2027 genomförs följande åtgärder",
                Some(Section::Commitments),
            ),
            ("Följande har genomförts", None),
            ("För att nå målen ska kommunen:", Some(Section::Commitments)),
            ("Under 2026 kommer vi att:", Some(Section::Commitments)),
            ("Vi ska bli bäst", None),
            ("Hur når vi målen?", Some(Section::Commitments)),
            ("Så här gick vi till väga förra året", None),
            ("Ärendet", None),
            ("Sammanfattning", None),
            ("Målgrupper", None),
            ("Återrapportering av uppdrag från kommunstyrelsen", None),
            ("Bakgrund till beslutet om ny strategi", None),
        ];
        for (h, want) in cases {
            assert_eq!(section_of_heading(h), want, "{h}");
        }
    }
}
