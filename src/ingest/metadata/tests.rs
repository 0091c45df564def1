//! Unit tests for metadata inference, on short texts written for the purpose (not taken from
//! the sample documents).

use super::*;

fn muni(text: &str) -> Option<String> {
    infer(text, "dokument.txt").municipality
}

/// A paragraph of filler that names no place, to push mentions out of the title region.
const FILLER: &str = "Arbetet fortsätter under året.\n\nAlla verksamheter bidrar till målen.\n\n\
Uppföljning sker två gånger per år.\n\nResultaten redovisas för nämnden.\n\n\
Dialogen med företagen utvecklas.\n\nInsatserna prioriteras efter behov.\n\n";

fn body(mention: &str) -> String {
    format!("Rubrik\n\n{FILLER}{mention}\n")
}

#[test]
fn kommun_forms_with_and_without_genitive_s() {
    assert_eq!(muni("Robertsfors kommun").as_deref(), Some("Robertsfors"));
    assert_eq!(muni("Trelleborgs kommun").as_deref(), Some("Trelleborg"));
    assert_eq!(muni("Umeå kommun").as_deref(), Some("Umeå"));
    assert_eq!(muni("TRELLEBORGS KOMMUN").as_deref(), Some("Trelleborg"));
    assert_eq!(muni("Alingsås kommuns").as_deref(), Some("Alingsås"));
}

#[test]
fn forms_wrapped_across_lines() {
    assert_eq!(
        muni(&body(
            "Beslutet har fattats av Trelleborgs\nkommun efter samråd."
        ))
        .as_deref(),
        Some("Trelleborg")
    );
    // Punctuation between the words breaks the phrase: a bare mention, not enough alone.
    assert_eq!(
        muni(&body("Vi samarbetar med Trelleborg. Kommun efter kommun.")),
        None
    );
}

#[test]
fn stad_forms() {
    assert_eq!(muni("Malmö stad").as_deref(), Some("Malmö"));
    assert_eq!(muni("Stockholms stad").as_deref(), Some("Stockholm"));
    assert_eq!(muni("Göteborgs Stad").as_deref(), Some("Göteborg"));
    assert_eq!(muni("Västerås stad").as_deref(), Some("Västerås"));
}

#[test]
fn bodies_of_the_municipality() {
    assert_eq!(
        muni(&body("Beslutet fattades av kommunfullmäktige i Vara.")).as_deref(),
        Some("Vara")
    );
    assert_eq!(
        muni(&body("Ärendet bereds av Lunds kommunstyrelse.")).as_deref(),
        Some("Lund")
    );
}

#[test]
fn names_of_several_words_and_hyphens() {
    assert_eq!(
        muni("Upplands Väsby kommun").as_deref(),
        Some("Upplands Väsby")
    );
    assert_eq!(muni("Upplands-Bro kommun").as_deref(), Some("Upplands-Bro"));
    assert_eq!(muni("Dals-Eds kommun").as_deref(), Some("Dals-Ed"));
    assert_eq!(muni("Lilla Edets kommun").as_deref(), Some("Lilla Edet"));
    assert_eq!(muni("Östra Göinge kommun").as_deref(), Some("Östra Göinge"));
    assert_eq!(
        muni("Malung-Sälens kommun").as_deref(),
        Some("Malung-Sälen")
    );
}

#[test]
fn districts_name_their_city() {
    assert_eq!(
        muni(&body("Rapport från Rinkeby-Kista stadsdelsförvaltning.")).as_deref(),
        Some("Stockholm")
    );
    assert_eq!(
        muni(&body("Yttrande från Stadsdelsnämnden Hägersten-Älvsjö.")).as_deref(),
        Some("Stockholm")
    );
    assert_eq!(
        muni(&body("Angereds stadsdelsnämnd har behandlat frågan.")).as_deref(),
        Some("Göteborg")
    );
    assert_eq!(
        muni(&body("Rosengårds stadsdelsfullmäktige beslutade.")).as_deref(),
        Some("Malmö")
    );
}

#[test]
fn counties_and_regions_are_not_municipalities() {
    assert_eq!(muni("Region Stockholm"), None);
    assert_eq!(muni("Uppsala län"), None);
    assert_eq!(muni("Stockholms läns landsting"), None);
    assert_eq!(muni("Region Jämtland Härjedalen"), None);
    assert_eq!(muni("Länsstyrelsen i Kalmar län"), None);
    assert_eq!(muni("Region Jönköpings län och Region Örebro län"), None);
    // Region Gotland is both region and municipality.
    assert_eq!(muni("Region Gotland").as_deref(), Some("Gotland"));
    // A region named next to a municipality does not hide it.
    assert_eq!(muni("Region Skåne\nMalmö stad").as_deref(), Some("Malmö"));
    assert_eq!(
        muni("Region Skåne, Malmö stad och Lunds kommun samarbetar. Malmö stad leder.").as_deref(),
        Some("Malmö")
    );
}

#[test]
fn common_words_need_the_explicit_form() {
    let text = "Vara en attraktiv plats.\n\nMark ska reserveras för industri. Berg och dalar. \
                Nora Svensson och Anna Lund deltog. Sala och Heby nämns. Boden byggs om. \
                Vara, Mark, Berg, Lund.";
    assert_eq!(muni(text), None);
    assert_eq!(muni("Marks kommun").as_deref(), Some("Mark"));
    assert_eq!(muni("Bergs kommun").as_deref(), Some("Berg"));
    assert_eq!(muni("Kils kommun").as_deref(), Some("Kil"));
}

#[test]
fn lower_case_words_are_not_names() {
    assert_eq!(
        muni("vi ska vara en god arbetsgivare på mark och berg"),
        None
    );
}

#[test]
fn one_bare_mention_in_the_body_is_not_enough() {
    assert_eq!(muni(&body("Vi besökte en mässa i Göteborg.")), None);
    // Two bare mentions are.
    assert_eq!(
        muni(&body("Göteborg växer. Fler bor i Göteborg.")).as_deref(),
        Some("Göteborg")
    );
}

#[test]
fn explicit_form_beats_several_bare_names() {
    let text = body(
        "Tåget till Göteborg går ofta. Göteborg är nära. Pendling till Göteborg ökar. \
         Borås Stad satsar på handeln.",
    );
    assert_eq!(muni(&text).as_deref(), Some("Borås"));
}

#[test]
fn the_title_region_weighs_more() {
    let text = format!("Näringslivsplan för Kalmar\n\n{FILLER}Samarbete med Växjö.\n");
    assert_eq!(muni(&text).as_deref(), Some("Kalmar"));
}

#[test]
fn mail_and_web_domains() {
    assert_eq!(
        muni(&body("Frågor: info@umea.se eller www.umea.se/naringsliv")).as_deref(),
        Some("Umeå")
    );
    assert_eq!(
        muni(&body("Läs mer på https://www.upplands-bro.se")).as_deref(),
        Some("Upplands-Bro")
    );
    assert_eq!(
        muni(&body("E-tjänster: https://e-tjanster.goteborg.se/ansok")).as_deref(),
        Some("Göteborg")
    );
    // Håbo and Habo share the folded label "habo": no guess.
    assert_eq!(muni(&body("Se habo.se")), None);
    // A domain that is not a municipality.
    assert_eq!(muni(&body("Se www.riksdagen.se")), None);
}

#[test]
fn file_name_is_weak_evidence() {
    assert_eq!(
        infer("Text utan ortnamn.", "kalmar_budget_2020.txt")
            .municipality
            .as_deref(),
        Some("Kalmar")
    );
    assert_eq!(
        infer("Text.", "Upplands Väsby - plan.txt")
            .municipality
            .as_deref(),
        Some("Upplands Väsby")
    );
    assert_eq!(
        infer("Text.", "mark_plan.txt").municipality,
        None,
        "ambiguous name"
    );
    assert_eq!(
        infer("Text.", "mark_kommun_plan.txt")
            .municipality
            .as_deref(),
        Some("Mark")
    );
    // The text outweighs the file name.
    assert_eq!(
        infer("Trelleborgs kommun", "kalmar.txt")
            .municipality
            .as_deref(),
        Some("Trelleborg")
    );
}

#[test]
fn foreign_and_unknown_places_give_nothing() {
    assert_eq!(muni("Köpenhamns kommun och Oslo kommune"), None);
    assert_eq!(muni(""), None);
}

#[test]
fn inferred_values_are_marked_inferred() {
    let m = infer("Budget 2021\n\nHärnösands kommun", "x.txt");
    assert_eq!(m.municipality.as_deref(), Some("Härnösand"));
    assert_eq!(m.municipality_source, Some(MetaSource::Inferred));
    assert_eq!(m.year_source, Some(MetaSource::Inferred));
    assert_eq!(m.doc_type_source, Some(MetaSource::Inferred));
    assert_eq!(m.title_source, Some(MetaSource::Inferred));
    let none = infer("", "x.txt");
    assert_eq!(none, Metadata::default());
}

// --- year -----------------------------------------------------------------------------------

fn year_of(text: &str) -> Option<i32> {
    infer(text, "x.txt").year
}

#[test]
fn labelled_publication_date_wins() {
    assert_eq!(
        year_of("Nyhet\n\nPublicerad: 12 maj 2023\n\nSedan 2019, 2019 och 2019."),
        Some(2023)
    );
    assert_eq!(
        year_of("Nyhet\n\nPublicerad:\n2023-05-12\n\nSedan 2019 och 2019."),
        Some(2023)
    );
    assert_eq!(
        year_of("Protokoll\nSammanträdesdatum 2021-11-30\n\nI budget 2022 och 2022."),
        Some(2021)
    );
}

#[test]
fn publication_date_at_the_end_of_a_web_page() {
    let t = format!(
        "Nyhet om företag\n\n{}Sedan 2019 och 2019.\n\nPublicerad 3 februari 2024\n",
        FILLER.repeat(15)
    );
    assert!(
        t.lines().count() > 60,
        "the date must be past the top lines"
    );
    assert_eq!(year_of(&t), Some(2024));
}

#[test]
fn year_in_the_title() {
    assert_eq!(
        year_of("Budget 2015\n\nInför 2016 och 2016 och 2016."),
        Some(2015)
    );
    assert_eq!(
        year_of("Uppföljning tertial 1 2022\n\nText 2021."),
        Some(2022)
    );
}

#[test]
fn latest_full_date_near_the_top() {
    let text = "Sammanfattning\nNämnden beslutade i maj 2024 om uppdraget\noch i maj 2024 om mer.\n\n\
                Beslutsplanering\nArbetsutskottet 2026-03-23\nKommunstyrelsen 1 april 2026\n";
    assert_eq!(year_of(text), Some(2026));
}

#[test]
fn most_common_year_without_target_years() {
    let text = "Strategin gäller fram till 2030 och senast 2030 ska målen nås.\n\
                Vision 2040 anger riktningen. Under 2021 och 2021 gjordes mycket.";
    assert_eq!(year_of(text), Some(2021));
    // Range ends are not counted: here 2022 only ends ranges, so 2019 and 2020 tie and the
    // later wins.
    assert_eq!(year_of("Planen för 2019–2022 och 2020–2022."), Some(2020));
}

#[test]
fn implausible_years_are_ignored() {
    assert_eq!(year_of("År 1066 och 2999 och 1 000 000 kronor."), None);
    assert_eq!(year_of("Telefon 08-508 24 478, postnummer 211 20"), None);
}

// --- document type --------------------------------------------------------------------------

fn type_of(text: &str) -> Option<String> {
    infer(text, "x.txt").doc_type
}

#[test]
fn protokoll() {
    let t = "Protokoll\nKommunstyrelsen\nSammanträdesdatum 2024-05-02\n\n§ 45 Val av justerare\n\n\
             § 46 Näringslivsstrategi\nFörslag till beslut\nKommunstyrelsen antar strategin.";
    assert_eq!(type_of(t).as_deref(), Some("protokoll"));
}

#[test]
fn tjansteskrivelse() {
    let t = "Tjänsteskrivelse\nDnr KS 2024/112\n\nÄrendet\nUtredningen är klar.\n\n\
             Förslag till beslut\nKommunstyrelsen föreslås besluta att godkänna rapporten.";
    assert_eq!(type_of(t).as_deref(), Some("tjansteskrivelse"));
    // Without the word, the form's headings are enough.
    let t = "Sammanfattning\nEtt uppdrag redovisas.\n\nFörslag till beslut\nNämnden godkänner.\n\n\
             Beslutsunderlag\nRapport\n\nÄrendet\nBakgrund här. Diarienummer 2024/3.";
    assert_eq!(type_of(t).as_deref(), Some("tjansteskrivelse"));
}

#[test]
fn topic_types_from_the_title() {
    for (title, want) in [
        ("Mål och budget 2024–2026", "budget"),
        ("Näringslivsstrategi för Kalix kommun 2020–2030", "strategi"),
        ("Näringslivsprogram 2019–2022", "program"),
        ("Handlingsplan för näringslivsstrategin", "handlingsplan"),
        ("Delårsrapport augusti 2021", "uppfoljning"),
        ("Budgetuppföljning efter tertial 2", "uppfoljning"),
        ("Årsredovisning 2020", "uppfoljning"),
        ("Strategisk plan och budget 2023", "budget"),
    ] {
        let t = format!("{title}\n\nKommunen arbetar vidare med frågan under året.");
        assert_eq!(type_of(&t).as_deref(), Some(want), "{title}");
    }
}

#[test]
fn news_item_beats_its_topic() {
    let t = "Ny handlingsplan för företagsklimatet antagen\n\nPublicerad: 2023-02-01\n\n\
             Kommunfullmäktige antog i går en handlingsplan.\n\n\
             – Det här är ett viktigt steg, säger Anna Karlsson, kommunalråd.\n\nFoto: Per Berg";
    assert_eq!(type_of(t).as_deref(), Some("nyhet"));
}

#[test]
fn blog_post() {
    let t = "Karin Ek (S)\n\nTankar om företagande\n\nI dag besökte jag tre företag.\n\n\
             Lämna ett svar\n\nDin e-postadress publiceras inte. Ägaren av bloggen ser din IP.";
    assert_eq!(type_of(t).as_deref(), Some("blogg"));
}

#[test]
fn plain_prose_has_no_type() {
    assert_eq!(
        type_of("Företagen i kommunen växer.\n\nFler jobb skapas varje år."),
        None
    );
    // "Publicerad" in a long report does not make it news.
    let long = format!(
        "Rapport\n\nPublicerad: 2020-01-01\n\n{}",
        "Text. ".repeat(10_000)
    );
    assert_ne!(type_of(&long).as_deref(), Some("nyhet"));
}

// --- title ----------------------------------------------------------------------------------

fn title_of(text: &str) -> Option<String> {
    infer(text, "x.txt").title
}

#[test]
fn first_heading_without_section_number() {
    assert_eq!(
        title_of("\n\n3. Ett växande näringsliv\n\nText om det.").as_deref(),
        Some("Ett växande näringsliv")
    );
}

#[test]
fn capitals_become_sentence_case() {
    assert_eq!(
        title_of("DELÅRSRAPPORT NÄRINGSLIV\n\nText.").as_deref(),
        Some("Delårsrapport näringsliv")
    );
}

#[test]
fn bylines_labels_and_section_names_are_skipped() {
    let t = "Anna Svensson, kommunalråd (C)\n\nPublicerad:\n\nInnehåll\n\n\
             Företagsklimatet\n\nText.";
    assert_eq!(title_of(t).as_deref(), Some("Företagsklimatet"));
    assert_eq!(
        title_of("Dnr KS 2023/14\nSida 1 av 4\n\nPlan för besöksnäringen\n").as_deref(),
        Some("Plan för besöksnäringen")
    );
}

#[test]
fn lead_ins_and_dated_lines_are_not_titles() {
    let t = "Förslag till beslut\nKommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta\n\n\
             1. Rapporten godkänns.\n\nBeslutsplanering\nKommunstyrelsen 2026-04-01\n";
    assert_eq!(title_of(t), None);
}

#[test]
fn no_title_after_the_first_paragraph() {
    let t = "Sammanfattning\nNämnden beslutade i maj att ge förvaltningen ett uppdrag om\n\
             företagsklimatet.\n\nFöretagsklimatet\n";
    assert_eq!(title_of(t), None);
}

#[test]
fn no_heading_no_title() {
    assert_eq!(title_of(""), None);
    assert_eq!(title_of("en mening som börjar med liten bokstav."), None);
    assert_eq!(title_of("12 345\n\n---\n"), None);
}

/// Texts with domains and years in odd company: non-ASCII letters and digits, case folds of
/// `(?i)` ("ſ", "K"), delimiters of every kind, text edges.
const SCAN_CASES: &[&str] = &[
    "",
    "www.umea.se",
    "Se www.umea.se, info@malmo.se och (https://e-tjanster.lund.se/x).",
    "a.se.se b..se .se -x.se x.SE X.Se x.ſe ſ.se Kommun.se Ká.se <vara.se>",
    "umea.sek umea.se_ umea.sé umea.se1 umea.se-x umea.se.",
    "\u{3000}umea.se\u{2028}lund.se\u{a0}gavle.se",
    "år 2023, 1899 och 1800; 2023a a2023 _2023 2023_ ٢٠٢٣ 2٠٢3 12023 202 ²2023 2023² é2023 2023é",
    "2022–2025 2022-2025 (2024) 2024.",
    "2024",
    "x\u{300}2024 2024\u{300}",
];

#[test]
fn domain_scan_matches_the_regex_everywhere() {
    for t in SCAN_CASES {
        let want: Vec<(usize, usize, Option<&str>)> = DOMAIN_RE
            .captures_iter(t)
            .map(|c| {
                let m = c.get(0).unwrap();
                (m.start(), m.end(), c.get(1).map(|g| g.as_str()))
            })
            .collect();
        let got: Vec<(usize, Option<&str>)> = domain_captures(t)
            .iter()
            .map(|c| (c.get(0).unwrap().len(), c.get(1).map(|g| g.as_str())))
            .collect();
        let want_short: Vec<(usize, Option<&str>)> =
            want.iter().map(|&(a, b, g)| (b - a, g)).collect();
        assert_eq!(got, want_short, "{t:?}");
    }
}

#[test]
fn year_scan_matches_the_regex_everywhere() {
    for t in SCAN_CASES {
        let want: Vec<(usize, usize)> = YEAR_RE
            .captures_iter(t)
            .filter_map(|c| c.get(1))
            .filter(|m| m.as_str().parse::<i32>().is_ok())
            .map(|m| (m.start(), m.end()))
            .collect();
        let got: Vec<(usize, usize)> = year_matches(t).collect();
        assert_eq!(got, want, "{t:?}");
    }
}
