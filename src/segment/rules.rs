//! The rules table: every pattern that makes a sentence or list entry an item, in one place.
//!
//! A rule is a case-insensitive regular expression over one sentence (whitespace collapsed)
//! plus a [`Guard`], a grammatical check the regex alone cannot express (is the verb in the main
//! clause? is the subject a body of the municipality?). The rules are tried in the order of
//! [`RULES`]: assignments first, then decisions, goals and commitments, as the guideline's
//! priority says. The first rule whose pattern matches and whose guard passes classifies the
//! sentence and is reported as the item's `rule`.
//!
//! Patterns can use `{BODY}`: a decision-making or executing body of a municipality
//! ("kommunstyrelsen", "Kommunstyrelsens arbetsutskott", "stadskontoret", "tekniska nämnden",
//! "styrgruppen", "KS"…), and `{PLACE}`: a municipality, its residents or its organisation as
//! the subject of a goal ("Malmö", "Trelleborgs kommun", "kommunen", "Malmöborna",
//! "invånarna"…).
//!
//! Adding a phrasing is usually one alternative added to a pattern. The unit tests at the end
//! of `classify.rs` hold sentences written for each rule, including ones it must not match.

use crate::model::ItemKind;

/// A grammatical check applied after a pattern matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// No further check.
    None,
    /// The state is not one of something being done or finished ("Det ska vara klart före
    /// jul" is a commitment to finish it, not a goal).
    NotDone,
    /// A body must be the subject: just before the verb, or just after it (inverted word
    /// order, "I juni fattade kommunstyrelsen beslut").
    BodySubject,
    /// A passive decision ("antogs", "har beslutats"): not inside a relative clause ("som nu
    /// antagits") or negated ("ej beslutad"), and naming a body or a time.
    Passive,
    /// Only in a "Förslag till beslut" or "Beslut" section, or under a decision lead-in: a body
    /// in the present tense ("Kommunstyrelsen godkänner rapporteringen").
    InDecisionSection,
    /// Like [`Guard::InDecisionSection`], for a passive without a named subject; the body
    /// comes from the lead-in if it names one.
    InDecisionSectionPassive,
    /// The proposal must have content after the proposing verb: "föreslår kommunfullmäktige att
    /// anta strategin" is a decision, the bare lead-in "föreslår kommunstyrelsen besluta" is not.
    HasContent,
    /// A forward-looking verb in the main clause, whose subject is not an outside party and
    /// which is not hedged as a prediction.
    MainClause,
    /// Like [`Guard::MainClause`], and the subject is "vi", "jag", a body, or the municipality.
    MunicipalSubject,
    /// A present passive at the very end of the sentence, outside a subordinate clause.
    SentenceEnd,
    /// The subject before the verb is a municipal body ("Kommunstyrelsen ombeds …"), not an
    /// outside party ("Företagen uppmanas …").
    AssigneeBody,
    /// Only in a "Förslag till beslut" or "Beslut" section or under a decision lead-in, and no
    /// "att" or "som" between the body and "ska" (the body is the subject of "ska").
    DecisionPoint,
    /// A present-tense verb after "vi" that is a promise: not an auxiliary, a need or an
    /// opinion ("har", "behöver", "tror"), and not in a subordinate clause.
    PresentFuture,
    /// The goal's subject is a place, the municipality or its residents: a capitalised word
    /// must be a name ("Malmö"), not a sentence-initial definite noun ("Handlingsplanen").
    Place,
}

/// One classification rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, reported as the item's `rule` ("assignment.ges_i_uppdrag").
    pub id: &'static str,
    /// Kind of item it finds.
    pub kind: ItemKind,
    /// Case-insensitive regex over one sentence; `{BODY}` and `{PLACE}` are expanded.
    pub pattern: &'static str,
    /// A cheap prefilter: the sentence must contain one of these strings (case-insensitively;
    /// "vi", "jag" and "ska" must stand as whole words; single
    /// digits mean "a sentence that starts with a number") for the pattern to be tried. All
    /// prefilters together also decide which paragraphs are cut into sentences at all.
    pub needs: &'static [&'static str],
    /// Further check.
    pub guard: Guard,
}

/// A municipal body, as a regex (see the module docs).
pub const BODY: &str = r"(?:\b(?:(?:tekniska|sociala|gemensamma|kommunala|regionala|centrala|lokala|kulturella|samtliga|berörda)\s+)?(?:\w+-\s+(?:och|eller)\s+)?[\w-]*(?:styrelse(?:n|ns)?|fullmäktige(?:s)?|nämnd(?:en|ens|er|erna|ernas)?|utskott(?:et|ets)?|kontor(?:et|ets)?|förvaltning(?:en|ens|arna)?|styrgrupp(?:en|ens)?|arbetsgrupp(?:en|ens)?|ledningsgrupp(?:en|ens)?|beredning(?:en|ens)?|direktör(?:en|ens)?|chef(?:en|ens)|enhet(?:en|ens)|avdelning(?:en|ens)|presidi(?:et|ets|um))(?:\s+arbetsutskott|\s+presidium|\s+ordförande)?\b|\b(?-i:KSAU|KS|KF|SLK)\b)";

/// The subject of a goal: a place name (a capitalised word without a definite ending), the
/// municipality or region, its residents, its businesses, or something of the municipality's
/// own ("Kommunens handläggning", "Vår service").
pub const PLACE: &str = r"(?:\b(?-i:(?:Å|Ä|Ö|[A-Z])[a-zåäöé]+(?:borna|bor)?)(?:s)?(?:\s+(?:kommun|stad|region))?\b|\b(?:kommunen|staden|regionen|kommunkoncernen|organisationen|invånarna|kommuninvånarna|medborgarna|[\wåäö]+borna|företagen|näringslivet|alla|barn(?:en)?|unga|eleverna|vi)\b|^(?:kommunens|stadens|vår|vårt|våra)\s+[\wåäö]+)";

// ---------------------------------------------------------------------------------------------
// Assignments
// ---------------------------------------------------------------------------------------------

/// **What it matches:** a passive assignment, "X ges i uppdrag att …" (also "gavs", "har
/// getts", "givits"), and the inverted order with the body between verb and "i uppdrag"
/// ("I förslaget ges barn- och utbildningsnämnden i uppdrag att …").
/// **Why:** the standard wording of budget and council assignments.
/// **Example:** "Tekniska nämnden ges i uppdrag att ta fram en parkeringsstrategi."
/// **Not matched:** "Uppdraget ges hög prioritet." (no "i uppdrag").
pub const ASSIGN_GES: Rule = Rule {
    id: "assignment.ges_i_uppdrag",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:ges|gavs|getts|givits|har\s+getts|har\s+givits)\s+(?:\S+\s+){0,4}?i\s+uppdrag\b",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** "X får i uppdrag att …", "fick i uppdrag", "har fått i uppdrag", and
/// with the definite noun "X får uppdraget att …".
/// **Why:** common in proposals ("föreslår att stadskontoret får i uppdrag att …"); budgets
/// and minutes also write "Kommunstyrelsen får uppdraget att …".
/// **Example:** "Förvaltningen får i uppdrag att utreda frågan.", "Nämnden fick uppdraget att
/// se över taxan."
/// **Not matched:** "Förvaltningen får ett nytt uppdrag." (no "i uppdrag", no "uppdraget
/// att"), "Uppdraget att se över taxan är slutfört." (no "får").
pub const ASSIGN_FAR: Rule = Rule {
    id: "assignment.far_i_uppdrag",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:(?:har|hade)\s+fått|får|fick|fått|ska\s+få)\s+(?:\S+\s+){0,4}?(?:i\s+uppdrag\b|uppdraget\s+att\b)",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** "Y ger X i uppdrag att …" (also "ge", "gav", "gett"), and "Y ger X
/// (ett) uppdrag(et) att …"; X is the assignee, Y the assigner.
/// **Why:** the active form used in decision points and proposals.
/// **Example:** "Kommunstyrelsen ger kulturförvaltningen i uppdrag att utreda frågan.",
/// "Nämnden ger förvaltningen uppdraget att se över taxan."
/// **Not matched:** "Kommunstyrelsen beslutade att ge sex uppdrag till stadskontoret." (a
/// decision about assignments, matched as a decision).
pub const ASSIGN_GER: Rule = Rule {
    id: "assignment.ger_i_uppdrag",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:ger|ge|gav|gett|givit)\s+(?:(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?),?\s+|~~\s*\d+,?\s+)*(?P<who>[^,.;:]{2,80}?)\s+(?:i\s+uppdrag\b|(?:ett\s+)?uppdrag(?:et)?\s+att\b)",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** "uppdra(r/s) åt X att …", "uppdrog till X att …", and without the
/// preposition when X is a body ("Kommunstyrelsen uppdrar kommundirektören att …"); X is the
/// assignee.
/// **Why:** the formal wording of council decisions and their "att"-lists; boards also
/// write the verb with a direct object.
/// **Example:** "Fullmäktige uppdrar åt kommunstyrelsen att revidera planen."
/// **Not matched:** "Uppdraget till nämnden redovisas i mars." (a noun, not the verb),
/// "Nämnden uppdrar sedan arbetet att …" (no "åt" and no body after the verb).
pub const ASSIGN_UPPDRAR: Rule = Rule {
    id: "assignment.uppdrar_at",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:uppdrar|uppdrog|uppdra|uppdras|uppdragit)\s+(?:(?:\w+\s+){0,3}?(?:åt|till)\s+(?P<who>[^,.;:]{2,80}?)(?:\s+att\b|\s*:|\s*$)|(?P<who2>{BODY}(?:\s+(?:och|samt)\s+{BODY})?)\s+att\b)",
    needs: &["uppdra", "uppdrog"],
    guard: Guard::None,
};

/// **What it matches:** "X uppdras att …" (the passive without "åt").
/// **Why:** the short passive of council minutes and budget texts.
/// **Example:** "Socialnämnden uppdras att återkomma med en plan."
/// **Not matched:** "Det uppdragna arbetet fortsätter." (no "uppdras att").
pub const ASSIGN_UPPDRAS: Rule = Rule {
    id: "assignment.uppdras_att",
    kind: ItemKind::Assignment,
    pattern: r"\buppdras\s+(?:\w+\s+){0,2}?att\b",
    needs: &["uppdras"],
    guard: Guard::None,
};

/// **What it matches:** "X erhåller uppdraget att …", "erhöll i uppdrag", "tilldelas
/// uppdraget att …".
/// **Why:** a formal variant of "får i uppdrag" in budgets and minutes.
/// **Example:** "Fritidsnämnden erhåller uppdraget att samordna arbetet med fritidsgårdar."
/// **Not matched:** "Föreningen erhåller bidrag för verksamheten." (no "uppdrag"),
/// "Uppdraget erhölls av nämnden." (no "uppdraget att" after the verb).
pub const ASSIGN_ERHALLER: Rule = Rule {
    id: "assignment.erhaller_uppdrag",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:erhåller|erhöll|erhållit|tilldelas|tilldelades|tilldelats)\s+(?:\w+\s+){0,2}?(?:i\s+uppdrag|uppdrag(?:et)?\s+(?:att|om))\b",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** a body asked or directed to do something: "X ombeds att …",
/// "ombads", "anmodas att", "åläggs att", "uppmanas att".
/// **Why:** councils and boards direct their committees with these passives ("Kommunstyrelsen
/// ombeds att återkomma med …") as often as with "uppdras".
/// **Example:** "Socialnämnden anmodas att redovisa en åtgärdsplan."
/// **Not matched:** "Företagen uppmanas att söka stödet." (not a municipal body: an
/// invitation, not a task), "Hon ombads att vänta." (no body).
pub const ASSIGN_OMBEDS: Rule = Rule {
    id: "assignment.ombeds",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:ombeds|ombads|anmodas|anmodades|åläggs|ålades|uppmanas|uppmanades|instrueras|instruerades)\s+(?:\w+\s+){0,2}?att\b",
    needs: &[
        "ombeds",
        "ombads",
        "anmoda",
        "åläggs",
        "ålades",
        "uppmana",
        "instruera",
    ],
    guard: Guard::AssigneeBody,
};

/// **What it matches:** a politician or a body asking an official or a unit to do something:
/// "jag har bett kommundirektören att …", "Kommunstyrelsen ber förvaltningen att …",
/// "vi bad näringslivschefen att …".
/// **Why:** blogs, news and minutes report tasks given this way, without "uppdrag".
/// **Example:** "Jag har bett kommundirektören att ta fram ett förslag."
/// **Not matched:** "Företagarna ber kommunen att sänka avgifterna." (not the municipality
/// asking: the subject must be "jag", "vi" or a body), "Jag ber om ursäkt." (no one asked to
/// do something).
pub const ASSIGN_ASKED: Rule = Rule {
    id: "assignment.asked",
    kind: ItemKind::Assignment,
    pattern: r"(?:\b(?:jag|vi)|{BODY})\s+(?:har\s+|hade\s+)?(?:\w+\s+)?(?:bett|ber|bad)\s+(?P<who>{BODY}|\w+chefen)\s+(?:\w+\s+)?att\b",
    needs: &["bett", "ber ", "bad "],
    guard: Guard::None,
};

/// **What it matches:** a decision point that gives a body a task with "ska": "att
/// nämnderna senast i september ska redovisa …", "Kommunstyrelsen ska återkomma med …" — only
/// in a "Förslag till beslut" or "Beslut" section or under a decision lead-in.
/// **Why:** protocols put tasks into their "att"-lists without the word "uppdrag"; by the
/// guideline a body given a task is an assignment, which wins over the decision point.
/// **Example:** "att samtliga nämnder ska återrapportera till kommunstyrelsen i oktober"
/// under "Kommunfullmäktige beslutar".
/// **Not matched:** "att taxan ska gälla från 1 januari" (no body), "Kommunfullmäktige
/// beslutar att nämnderna ska …" (the body decides; the task is in a subordinate clause),
/// the same sentence in running text (a commitment).
pub const ASSIGN_DECISION_POINT: Rule = Rule {
    id: "assignment.decision_point",
    kind: ItemKind::Assignment,
    pattern: r"^(?:att\s+)?{BODY}(?P<gap>(?:\s+\S+){0,6}?)\s+(?:ska|skall)\s+\w",
    needs: &["ska", "skall"],
    guard: Guard::DecisionPoint,
};

/// **What it matches:** a labelled assignment: "Uppdrag: …", "Uppdrag 3: …", "Nytt uppdrag –
/// …", and a numbered label before a capital without a colon ("Uppdrag 6.1 Kommunstyrelsen
/// ska …").
/// **Why:** plans and budgets label their assignments like their goals ("Mål 2: …").
/// **Example:** "Uppdrag: Ta fram en gemensam rutin för tidig rehabilitering."
/// **Not matched:** "Uppdragsgivare: kommunstyrelsen" (a field label), "Uppdraget är
/// slutfört." (no label).
pub const ASSIGN_LABEL: Rule = Rule {
    id: "assignment.label",
    kind: ItemKind::Assignment,
    pattern: r"^(?:nytt\s+|särskilt\s+)?\w*uppdrag(?:\s+\d+(?:\.\d+)*)?\s*(?::|\s-~*)\s*\S|^\w*uppdrag\s+\d{1,2}(?:\.\d+)*\.?\s+(?-i:[A-Z])",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** "X har i uppdrag att …": a body holding a task.
/// **Why:** follow-up reports state the assignment this way.
/// **Example:** "Nämnden har i uppdrag att minska sjukfrånvaron."
/// **Not matched:** "Nämnden har haft många uppdrag." (no "i uppdrag att").
pub const ASSIGN_HAR: Rule = Rule {
    id: "assignment.har_i_uppdrag",
    kind: ItemKind::Assignment,
    pattern: r"\bhar\s+(?:\w+\s+)?i\s+uppdrag\s+(?:av\s+\S+\s+)?att\b",
    needs: &["uppdrag"],
    guard: Guard::None,
};

/// **What it matches:** a named assignment: a compound ending in "uppdrag" with a year or
/// "om att"/"att" ("Budgetuppdrag 2022 om att …", "fullmäktigeuppdraget att …").
/// **Why:** reports refer to budget assignments by name.
/// **Example:** "Enligt budgetuppdrag 2024 om att korta handläggningstiderna har …"
/// **Not matched:** "i linje med uppdraget att möjliggöra …" (the plain noun "uppdraget").
pub const ASSIGN_NAMED: Rule = Rule {
    id: "assignment.named",
    kind: ItemKind::Assignment,
    pattern: r"\b(?:budget|fullmäktige|kommunfullmäktige|ks|kf|nämnd|styrelse|direktiv)uppdrag(?:et)?\s+(?:(?:19|20)\d\d\s+)?(?:om\s+)?att\b",
    needs: &["uppdrag"],
    guard: Guard::None,
};

// ---------------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------------

/// **What it matches:** a body's decision in the past: "beslutade", "beslöt", "har beslutat",
/// "fattade beslut", "tog beslut".
/// **Why:** background sections of reports and news cite decisions this way.
/// **Example:** "Barn- och utbildningsnämnden beslutade i mars 2023 att stänga skolan."
/// **Not matched:** "Regeringen beslutade att …" (not a municipal body), "Styrgruppen
/// beslutar om inriktningen." (present tense outside a decision section).
pub const DECISION_PAST: Rule = Rule {
    id: "decision.beslutade",
    kind: ItemKind::Decision,
    pattern: r"\b(?:beslutade|beslöt|remitterade|återremitterade|har\s+beslutat|hade\s+beslutat|har\s+(?:\S+\s+){1,4}?beslutat|fattade\s+(?:\w+\s+){0,3}?beslut|har\s+fattat\s+beslut|fattat\s+beslut|tog\s+(?:\w+\s+){0,3}?beslut)\b",
    needs: &["beslut", "beslöt", "remitterade"],
    guard: Guard::BodySubject,
};

/// **What it matches:** a body adopting, approving or confirming something in the past:
/// "antog", "fastställde", "godkände", "biföll", "avslog", "återremitterade", the perfect
/// "har antagit", "har fastställt", "har godkänt", and the news wording "sa ja / nej till",
/// "röstade igenom", "klubbade", "gav klartecken / grönt ljus", "ställde sig bakom".
/// **Why:** minutes, reports and news name the adopting body with an active past verb.
/// **Example:** "Kommunfullmäktige antog näringslivsprogrammet i juni.", "I går sa
/// fullmäktige ja till den nya simhallen."
/// **Not matched:** "Företaget godkände villkoren." (no municipal body).
pub const DECISION_ACTIVE: Rule = Rule {
    id: "decision.antog",
    kind: ItemKind::Decision,
    pattern: r"\b(?:antog|fastställde|godkände|biföll|avslog|tillstyrkte|återremitterade|beviljade|utsåg|(?:har|hade)\s+(?:\w+\s+){0,2}?(?:antagit|fastställt|godkänt|beviljat|avslagit|återremitterat|bifallit)|sa(?:de)?\s+(?:\S+\s+){0,5}?(?:ja|nej)\s+till|röstade\s+(?:\S+\s+){0,4}?(?:igenom|ja\s+till|nej\s+till)|klubbade|gav\s+(?:\S+\s+){0,2}?(?:klartecken|grönt\s+ljus)|ställde\s+sig\s+(?:\S+\s+){0,2}?bakom)\b",
    needs: &[
        "antog",
        "antagit",
        "fastst",
        "godk",
        "biföll",
        "avslog",
        "avslagit",
        "tillstyrkte",
        "återremitter",
        "bifallit",
        "bevilja",
        "utsåg",
        "ja till",
        "nej till",
        "röstade",
        "klubbade",
        "klartecken",
        "bakom",
        "grönt ljus",
    ],
    guard: Guard::BodySubject,
};

/// **What it matches:** a passive decision: "antogs", "har antagits", "antagen i", "fastställdes",
/// "godkändes", "har beslutats", "beslutades".
/// **Why:** news items and strategies state adoption in the passive.
/// **Example:** "Planen antogs av kommunfullmäktige i april 2021."
/// **Not matched:** "Handlingsplanen som nu antagits ska uppdateras." (relative clause; the
/// sentence is a commitment), "(ej beslutad)".
pub const DECISION_PASSIVE: Rule = Rule {
    id: "decision.antogs",
    kind: ItemKind::Decision,
    pattern: r"\b(?:antogs|antagits|antagen|antaget|antagna|beslutad|fastställdes|fastställts|fastställda|fastställd|fastställt|godkändes|godkänts|beslutades|beslutats|beslöts|klubbades|klubbats|fattades|fattats)\b",
    needs: &[
        "anta", "antog", "fastst", "godk", "beslut", "beslöt", "klubba", "fatta",
    ],
    guard: Guard::Passive,
};

/// **What it matches:** a decision still to be taken: "inväntas beslut", "beslut väntas",
/// "ska fattas beslut", "beslut planeras", "behandlas i kommunstyrelsen den 3 maj", "planeras
/// att behandlas i fullmäktige", "ska beslutas", "beslut fattas av fullmäktige den 15
/// december", "avgörs i kommunstyrelsen i juni", and a body in the present tense with a
/// date: "kommunfullmäktige fattar beslut den 22 juni" (a timetable in minutes and reports;
/// the date makes the present a schedule: "Nämnden fattar beslut i biståndsärenden" is not
/// matched).
/// **Why:** officer reports and news say when a decision is expected; the guideline counts it as a scheduled decision.
/// Also "ska kommunfullmäktige ta ställning till …", a body in the present tense with a
/// month and a year or a year at the end ("Kommunfullmäktige fastställer ramarna i juni
/// 2026.", "Fullmäktige beslutar om en revidering av planen under 2028."), and a headline
/// "Nu antas …". Informal ones too: "Policyn ska upp i kommunfullmäktige i maj", "Förslaget
/// tar vi upp i kommunstyrelsen den 7 april", "… kommunfullmäktige, som behandlar ärendet den
/// 14 december" (a date, not a month: "Nämnden behandlar budgeten i juni" is a routine).
/// And the passive with its decider and a date: "Köpet ska godkännas av kommunfullmäktige den
/// 30 november", "Beslutet fattas slutligt av kommunfullmäktige den 27 mars".
/// **Example:** "Beslut i fullmäktige väntas i juni."
/// **Not matched:** "Beslutet fattades i juni." (taken), "Nämnden beslutar om bidrag i mars
/// varje år." (no year at the end: a procedure).
pub const DECISION_SCHEDULED: Rule = Rule {
    id: "decision.scheduled",
    kind: ItemKind::Decision,
    pattern: r"\b(?:inväntas|väntas|förväntas|beräknas|avvaktas)\s+(?:\w+\s+){0,2}?\w*beslut\b|\b\w*beslut(?:et)?\s+(?:\w+\s+){0,3}?(?:inväntas|väntas|planeras|ska\s+fattas|kommer\s+att\s+fattas)\b|\b(?:planeras|beräknas|väntas|ska|kommer\s+att)\s+(?:att\s+)?(?:behandlas|beslutas|tas\s+upp\s+för\s+beslut)\b|\b(?:behandlas|tas\s+upp|fattas|avgörs|beslutas)\s+(?:för\s+beslut\s+)?(?:i|av)\s+{BODY}\s+(?:den\s+)?(?:\d{1,2}\s+\w+|\d{4}-\d\d-\d\d|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))|{BODY}\s+(?:fattar|tar)\s+(?:\w+\s+){0,2}?beslut\s+(?:\w+\s+){0,3}?(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\d{4}-\d\d-\d\d|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))|\b(?:ska|skall)\s+{BODY}\s+(?:ta\s+ställning|besluta|fatta\s+beslut|slutligt\s+besluta)\b|{BODY}\s+(?:ska|skall|väntas|kommer\s+att)\s+(?:\w+\s+)?(?:ta\s+ställning|fatta\s+beslut|slutligt\s+besluta)\b|{BODY}\s+(?:beslutar|fastställer|antar|tar\s+ställning)\s+(?:om\s+|till\s+)?(?:\S+\s+){1,8}?(?:under|i)\s+(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+)?20\d\d\s*[.!]?$|^nu\s+(?:antas|klubbas|fastställs|beslutas)\b|\b(?:ska|skall|kommer\s+att)\s+(?:slutligen\s+|slutligt\s+|sedan\s+|också\s+)?(?:godkännas|antas|fastställas|behandlas|beslutas)\s+(?:slutligt\s+)?av\s+{BODY}\s+(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\d{4}-\d\d-\d\d|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))|\b(?:fattas|tas|avgörs|godkänns|fastställs)\s+slutligt\s+(?:av|i)\s+{BODY}\s+(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\d{4}-\d\d-\d\d|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))|\b(?:ska|skall|kommer\s+att)\s+upp\s+(?:för\s+beslut\s+|till\s+beslut\s+)?i\s+{BODY}|\btar\s+(?:\w+\s+){0,2}?upp\s+(?:\S+\s+){0,3}?i\s+{BODY}\s+(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\d{4}-\d\d-\d\d|på\s+\w+dag)|{BODY},?\s+(?:som\s+)?behandlar\s+(?:\S+\s+){1,8}?(?:den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\d{4}-\d\d-\d\d)",
    needs: &[
        "godkännas",
        "fastställas",
        "slutligt",
        "beslut",
        "behandlas",
        "tas upp",
        "avgörs",
        "ställning",
        "fastställer",
        "antar",
        "antas",
        "klubbas",
        "fastställs",
        "upp i",
        "behandlar",
    ],
    guard: Guard::None,
};

/// **What it matches:** a proposal with its content: "X föreslår Y att anta …", "föreslås
/// kommunfullmäktige besluta att …", "förordar att Y beslutar att …".
/// **Why:** officer reports and motions state the proposed decision in running text.
/// A date may follow the verb: "Arbetsutskottet föreslog den 2 mars 2027 att kommunstyrelsen
/// beviljar ansökan."
/// **Example:** "Kommunstyrelsen föreslår kommunfullmäktige att anta den nya planen."
/// **Not matched:** "Arbetsutskottet föreslår kommunstyrelsen besluta" (a bare lead-in to a
/// numbered list, which is not an item).
pub const DECISION_PROPOSES: Rule = Rule {
    id: "decision.foreslar",
    kind: ItemKind::Decision,
    pattern: r"\b(?:föreslår|föreslog|föreslå|förordar|föreslås|yrkar\s+på|yrkar)\s+(?:(?:den\s+\d{1,2}\s+\w+(?:\s+\d{4})?|\d{4}-\d\d-\d\d),?\s+)?(?:att\s+)?(?:{BODY}\s+)?(?:att\s+)?(?:besluta|beslutar|anta|antar|godkänna|godkänner|fastställa|fastställer|bevilja|beviljar|avslå|avslår|lägga|lägger|bifalla|bifaller|anse|anser)\b(?P<rest>.*)",
    needs: &["föresl", "förord", "yrka"],
    guard: Guard::HasContent,
};

/// **What it matches:** a body deciding in the present tense with "beslutar att" and the
/// content of the decision, at the start of a sentence, anywhere in a document:
/// "Arbetsutskottet beslutar att lägga informationen till handlingarna."
/// **Why:** minutes write the decision of a paragraph in the present tense, often without a
/// "Beslut" heading (short paragraphs, information items). Inside a "Förslag till beslut" or
/// "Beslut" section [`DECISION_PRESENT`] has already classified the sentence with the
/// section's status; here it is a decision taken.
/// **Example:** "Kultur- och fritidsnämnden beslutar att ställa in höstens prisutdelning."
/// **Not matched:** "Om nämnden beslutar att …" (a condition: the body does not start the
/// sentence), "Kommunstyrelsen beslutar om budgeten." (no "att": a description of the remit),
/// the bare lead-in "Nämnden beslutar att" (nothing after "att").
pub const DECISION_PRESENT_ATT: Rule = Rule {
    id: "decision.beslutar_att",
    kind: ItemKind::Decision,
    pattern: r"^(?:\d{1,2}[.)]\s+)?{BODY}\s+beslutar\s+(?:\w+\s+){0,2}?att\s+\w",
    needs: &["beslutar"],
    guard: Guard::BodySubject,
};

/// **What it matches:** a decision in the present after a fronted phrase, with the body after
/// the verb: "Med 27 röster mot 14 beslutar fullmäktige enligt kommunstyrelsens förslag.",
/// "Efter votering beslutar kommunfullmäktige att avslå motionen."
/// **Why:** minutes record the outcome of a vote this way, outside any "Beslut" heading.
/// **Example:** "Efter votering beslutar nämnden att bifalla förslaget."
/// Also a vote's outcome with another verb: "Med 24 ja-röster mot 17 nej-röster bifaller
/// fullmäktige motionen."
/// **Not matched:** "Kommunstyrelsen beslutar om budgeten." (no fronted phrase: a remit),
/// "Därför beslutar vi att …" (no body).
pub const DECISION_INVERTED: Rule = Rule {
    id: "decision.inverted",
    kind: ItemKind::Decision,
    pattern: r"^(?:\S+\s+){1,8}?(?:beslutar|beslöt|beslutade)\s+(?P<body>{BODY})\s+(?:att\s+\w|enligt\b|i\s+enlighet\s+med\b)|^med\s+\d+\s+(?:\S+\s+){1,6}?(?:bifaller|biföll|avslår|avslog|antar|antog|godkänner|godkände|beslutar|beslöt)\s+(?P<body2>{BODY})\b",
    needs: &["beslutar", "beslöt", "beslutade", "med "],
    guard: Guard::None,
};

/// **What it matches:** the election of the members who check the minutes: "Anna Ek (S)
/// utses att justera dagens protokoll.", "Arbetsutskottet utser Per Holm att jämte
/// ordföranden justera protokollet."
/// **Why:** every set of minutes opens with this decision of the meeting, in the present,
/// often before any "Beslut" heading.
/// **Example:** "Nämnden utser Eva Lind att justera protokollet."
/// **Not matched:** "Protokollet justeras den 14 mars." (the checking itself, not the
/// election), "Justerare: Eva Lind" and "Utses att justera: Eva Lind" (form fields).
pub const DECISION_ADJUSTERS: Rule = Rule {
    id: "decision.justerare",
    kind: ItemKind::Decision,
    pattern: r"(?:\S\s+utses|\S\s+utsågs|\butser(?:\s+\S+){1,10}?)\s+(?:att\s+|till\s+att\s+)?(?:jämte\s+(?:\S+\s+){1,2}?)?justera\b",
    needs: &["utse", "utsåg"],
    guard: Guard::None,
};

/// **What it matches:** a body or the municipality that "ansvarar för att" something is done
/// ("Kommunstyrelsen ansvarar för att strategin genomförs och följs upp.").
/// **Why:** plans and agreements assign their own follow-through this way; the guideline
/// counts what the municipality or one of its bodies will do as a commitment.
/// **Example:** "Kommunen ansvarar för att samverkan följs upp varje år."
/// **Not matched:** "Socialnämnden ansvarar för äldreomsorgen." (a standing remit, no "att"),
/// "Trafikverket ansvarar för att vägen plogas." (an outside party, guard).
pub const COMMIT_RESPONSIBLE: Rule = Rule {
    id: "commitment.ansvarar",
    kind: ItemKind::Commitment,
    pattern: r"^(?:\S+\s+){0,2}?(?:{BODY}|kommunen|staden)\s+(?:\w+\s+)?ansvarar\s+(?:\w+\s+)?för\s+att\b",
    needs: &["ansvarar"],
    guard: Guard::MunicipalSubject,
};

/// **What it matches:** a decision point in the present passive ("Rapporten godkänns.",
/// "Motionen anses besvarad.", "Informationen läggs till handlingarna.", "Ärendet bordläggs.",
/// "Ärendet avskrivs.", "Anna Ek utses till ombud.", "Ärendet remitteras till nämnderna.") —
/// only inside a
/// "Förslag till beslut" or "Beslut" section or under a decision lead-in.
/// **Why:** protocols often write decision points without a subject.
/// **Example:** "Budgetuppföljningen godkänns." under "Beslut".
/// **Not matched:** the same sentence in running text ("Rapporten godkänns av nämnden varje
/// år" in a description).
pub const DECISION_SECTION_PASSIVE: Rule = Rule {
    id: "decision.section_passive",
    kind: ItemKind::Decision,
    pattern: r"\b(?:godkänns|antas|fastställs|läggs\s+till\s+handlingarna|noteras|avslås|bifalls|beviljas|återremitteras|anses\s+besvara[dt]|upphävs|förklaras|bordläggs|avskrivs|utses|väljs|entledigas|remitteras|överlämnas)\b",
    needs: &[
        "godkänns",
        "antas",
        "fastställs",
        "läggs",
        "noteras",
        "avslås",
        "bifalls",
        "beviljas",
        "återremitteras",
        "anses",
        "upphävs",
        "förklaras",
        "bordläggs",
        "avskrivs",
        "utses",
        "väljs",
        "entledigas",
        "remitteras",
        "överlämnas",
    ],
    guard: Guard::InDecisionSectionPassive,
};

/// **What it matches:** a body deciding in the present tense ("beslutar", "antar",
/// "godkänner", "fastställer", "lägger … till handlingarna", "noterar") — only inside a
/// "Förslag till beslut" or "Beslut" section, or under a decision lead-in.
/// **Why:** decision points in minutes and proposals are written in the present tense.
/// **Example:** "2. Kommunfullmäktige antar reviderad biblioteksplan." under "Förslag till
/// beslut".
/// **Not matched:** the same sentence in running text, or "… som kommunfullmäktige antar den 9
/// oktober implementeras" (relative clause).
pub const DECISION_PRESENT: Rule = Rule {
    id: "decision.section_point",
    kind: ItemKind::Decision,
    pattern: r"\b(?:beslutar|antar|godkänner|fastställer|noterar|tackar\s+för|lägger|avslår|bifaller|tillstyrker|avstyrker|återremitterar|överlämnar|förklarar|anser|uppdrar|upphäver|beviljar|utser|väljer)\b",
    needs: &[
        "tackar",
        "beslutar",
        "antar",
        "godkänner",
        "fastställer",
        "noterar",
        "lägger",
        "avslår",
        "bifaller",
        "tillstyrker",
        "avstyrker",
        "återremitterar",
        "överlämnar",
        "förklarar",
        "anser",
        "uppdrar",
        "upphäver",
        "beviljar",
        "utser",
        "väljer",
    ],
    guard: Guard::InDecisionSection,
};

// ---------------------------------------------------------------------------------------------
// Goals
// ---------------------------------------------------------------------------------------------

/// **What it matches:** an explicit goal statement: "målet är", "målsättningen är", "vårt mål
/// är", "ambitionen är", "visionen är", "har som mål att", and with a genitive owner at the
/// start of the sentence: "Kommunens mål är att …", "Nämndens långsiktiga mål är att …".
/// **Why:** the most explicit way documents state goals.
/// **Example:** "Målet är att alla elever ska ha godkänt i matematik."
/// Also a target value stated with "målvärdet" / "målnivån" and a number after the verb:
/// "Målvärdet för andelen ekologiska livsmedel är 60 procent 2027."
/// **Not matched:** "Målgruppen är unga vuxna." ("målgruppen" is not "målet"), "Syftet är
/// att …" (a purpose), "Målvärdet är inte fastställt." (no number).
pub const GOAL_STATED: Rule = Rule {
    id: "goal.malet_ar",
    kind: ItemKind::Goal,
    pattern: r"\b(?:målvärdet|målvärdena|målnivån)\s+(?:\S+\s+){0,10}?(?:är|blir|sätts\s+till|uppgår\s+till)\s+(?:\w+\s+){0,2}?\d|\b(?:målet|målen|målsättningen|målsättningarna|målbilden|ambitionen|visionen|vår\s+vision|vår\s+ambition|min\s+ambition|min\s+vision|mitt\s+mål|min\s+målsättning|vår\s+målsättning|våra\s+ambitioner|vårt\s+mål|våra\s+mål|huvudmålet|delmålet|det\s+övergripande\s+målet)\s+(?:\w+\s+){0,4}?(?:är|blir|är\s+att)\b|\bhar\s+som\s+(?:mål|målsättning|ambition|vision)\b|\bär\s+(?:målet|målsättningen|ambitionen)\s+att\b|\bmed\s+(?:målet|målsättningen|ambitionen)\s+att\b|^(?:\w+\s+)?\w+s\s+(?:\w+\s+)?(?:mål|målsättning|ambition|vision)\s+är\s+att\b",
    needs: &["mål", "ambition", "vision"],
    guard: Guard::None,
};

/// **What it matches:** a labelled goal: "Mål: …", "Mål 2: …", "Delmål 1.2 – …",
/// "Effektmål: …", also with an owner or a qualifier before it ("Kommunfullmäktiges mål: …",
/// "Övergripande mål: …", "Prioriterat mål 1: …"), a target value ("Målvärde 2027: 150"),
/// and a numbered label without a colon, followed by a capitalised word ("Effektmål 1.1
/// Bostadsbyggandet ökar", "Mål 2 Fler unga i arbete", "KF-mål 4.1 Fler företag …").
/// **Why:** goal documents and budgets label their goals; regional and municipal "mål och
/// resursplaner" number their "prioriterade mål" and "effektmål" and often drop the colon.
/// **Example:** "Mål 3: Fler unga i arbete eller studier", "Strategiskt mål 1: En enkel
/// kommun att ha kontakt med", "Prioriterat mål 2: Alla barn ges
/// en god start", "Effektmål 4.2 Andelen nöjda brukare ökar."
/// **Not matched:** "Målgrupp: unga vuxna", "Mål och syfte" (no label colon or number), "Mål
/// 3 av 5 uppfylldes" (the number is not followed by a capitalised word), "Mål 2030 Alla
/// …" (a year is not a label number without a colon).
pub const GOAL_LABEL: Rule = Rule {
    id: "goal.label",
    kind: ItemKind::Goal,
    pattern: r"^(?:\w+s\s+|övergripande\s+|strateg(?:iskt|iska?)\s+|långsiktig(?:t|a)?\s+|prioritera(?:t|de?)\s+)?(?:\w+-)?(?:\w*mål|målsättning|delmål|målvärde)(?:(?:\s+\d+(?:\.\d+)*)?\s*[:\-]\s*\S|\s+\d{1,2}(?:\.\d{1,2})*\.?\s+(?-i:[A-Z]))",
    needs: &["mål"],
    guard: Guard::None,
};

/// **What it matches:** a desired state of the municipality, its residents or its
/// businesses: "{PLACE} ska vara / ha / bli / uppleva / präglas av …".
/// **Why:** vision and goal sentences of strategies and budgets.
/// **Example:** "Umeå ska vara Sveriges mest jämställda kommun.", "Invånarna ska uppleva en
/// trygg kommun.", "Östby kommun vill vara en kommun där det är lätt att starta företag." (a
/// state the municipality wants to be in).
/// **Not matched:** "Förvaltningen ska ta fram en plan." (an action: a commitment),
/// "Stödmottagarna ska vara från Norge." (not the municipality).
pub const GOAL_STATE: Rule = Rule {
    id: "goal.ska_vara",
    kind: ItemKind::Goal,
    pattern: r"(?P<subj>{PLACE})\s+(?:(?:ska|skall)\s+(?:även\s+|också\s+|alltid\s+|fortsatt\s+|i\s+framtiden\s+)?(?:fortsätta\s+(?:att\s+)?)?(?:vara|ha|bli|uppleva|känna|upplevas|präglas|kännetecknas|erbjudas|ges|få\s+tillgång|ha\s+tillgång)|vill\s+(?:även\s+|också\s+|fortsatt\s+)?(?:vara|bli)\s+(?:en|ett|den|det|sveriges|länets|landets|regionens|norrlands|skånes))\b",
    needs: &["ska", "vill"],
    guard: Guard::Place,
};

/// **What it matches:** a measurable target: "ska öka / minska / uppgå till … procent",
/// "… senast 2030", "ska vara / kortas till högst fem veckor", "ska uppgå till minst 300 per
/// år" (a bound and a number, without "procent"), "vill att det byggs minst 60 bostäder per
/// år" (a wish with a bound and a number), "Till 2030 ska utsläppen ha minskat …" (a target in the perfect),
/// "Minst 15 hektar planlagd mark ska finnas tillgänglig 2028" (a bound and a number before
/// "ska finnas / vara", with a year).
/// **Why:** measurable targets are goals even without the word "mål".
/// **Example:** "Andelen förnybar energi ska öka till 80 procent senast 2030.", "Ett bygglov
/// ska i genomsnitt ta högst fyra veckor."
/// **Not matched:** "Kostnaderna ökade med 3 procent." (past, no "ska"), "Antalet ska öka."
/// (no number).
pub const GOAL_TARGET: Rule = Rule {
    id: "goal.target",
    kind: ItemKind::Goal,
    pattern: r"\b(?:minst|högst)\s+\d[\d\s,.]*\s*\S+(?:\s+\S+){0,5}?\s+(?:ska|skall)\s+(?:finnas|vara)\b.*\b(?:19|20)\d\d\b|\b(?:ska|skall)\s+(?:\w+\s+){0,5}?(?:öka|minska|uppgå|understiga|överstiga|halveras|fördubblas|nå|sjunka|stiga)\b.*(?:\d+(?:[,.]\d+)?\s*(?:%|procent|procentenheter)|\bsenast\s+(?:år\s+)?(?:19|20)\d\d|\btill\s+(?:år\s+)?(?:19|20)\d\d)|\bsenast\s+(?:år\s+)?(?:19|20)\d\d\s+ska\b|\b(?:ska|skall)\s+(?:\w+\s+){0,3}?ha\s+(?:ökat|minskat|halverats|fördubblats|nått|sjunkit|stigit)\b|\bvill\s+att\s+(?:\w+\s+){0,6}?(?:minst|högst|lägst|maximalt|max)\s+\d|\b(?:ska|skall)\s+(?:\w+\s+){0,3}?(?:öka|minska|uppgå|understiga|överstiga|nå|sjunka|stiga)\s+(?:till\s+|med\s+)?(?:minst|högst|lägst|maximalt|max|mer\s+än|fler\s+än|färre\s+än|mindre\s+än)\s+\d|\b(?:ska|skall)\s+(?:\w+\s+){0,3}?(?:vara|ta|ligga|hamna|kortas|förkortas|sänkas|höjas|begränsas)\s+(?:\w+\s+){0,3}?(?:högst|minst|maximalt|max|lägst|under|över)\s+(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|femton|tjugo)\b",
    needs: &["ska", "vill att"],
    guard: Guard::None,
};

/// **What it matches:** a measured quantity as the subject of "ska" with a verb of change or
/// level: "Antalet gästnätter ska öka till 260 000 per år.", "Andelen tomma lokaler ska
/// understiga fem procent.", "Handläggningstiden ska halveras.", "Minst 35 procent av
/// gästnätterna ska ligga utanför högsäsongen.", "Till 2030 ska sysselsättningsgraden ha
/// ökat …" (inverted).
/// **Why:** a number to reach or keep is a target whoever works for it; goal chapters of
/// budgets and strategies state most of their targets this way, often without a figure
/// that the target rule needs ("ska halveras jämfört med 2024").
/// **Example:** "Väntetiden för serveringstillstånd ska kortas till fyra veckor."
/// **Not matched:** "Antalet besök ska redovisas i årsredovisningen." (a report, not a
/// level), "Under tiden ska förvaltningen ta fram en plan." (no measure as subject),
/// "Framtiden ska vara grön." (not a measure).
pub const GOAL_MEASURE: Rule = Rule {
    id: "goal.measure",
    kind: ItemKind::Goal,
    pattern: r"^(?:(?:\S+\s+){0,3}?(?:ska|skall)\s+(?:(?:\w+\s+)?\w*(?:antalet|andelen|nivån|graden|ningstiden|väntetiden|svarstiden|restiden|ledtiden|talet|frånvaron|kostnaden|kostnaderna|utsläppen|omsättningen|betyget|nöjdheten|värdet|placeringen)\b|(?:minst|högst|mer\s+än|färre\s+än|mindre\s+än|över|under)\s+(?:\d[\d\s,.]*\s*(?:%|procent)?|hälften|en\s+\w+del|två\s+tredjedelar|\w+\s+av\s+tio)\s+(?:\w+\s+){0,2}?av\b)(?:\s+\S+){0,12}?\s+|(?:(?:\w+\s+)?\w*(?:antalet|andelen|nivån|graden|ningstiden|väntetiden|svarstiden|restiden|ledtiden|talet|frånvaron|kostnaden|kostnaderna|utsläppen|omsättningen|betyget|nöjdheten|värdet|placeringen)\b|(?:minst|högst|mer\s+än|färre\s+än|mindre\s+än|över|under)\s+(?:\d[\d\s,.]*\s*(?:%|procent)?|hälften|en\s+\w+del|två\s+tredjedelar|\w+\s+av\s+tio)\s+(?:\w+\s+){0,2}?av\b)(?:\s+\S+){0,12}?\s+(?:ska|skall)\s+(?:\w+\s+){0,3}?)(?:öka|minska|halveras|fördubblas|uppgå|understiga|överstiga|vara|ligga|nå|sjunka|stiga|förbättras|förkortas|kortas|sänkas|höjas|hamna|ha\s+(?:ökat|minskat|halverats|fördubblats|nått|sjunkit|stigit))\b",
    needs: &[
        "antalet",
        "andelen",
        "nivån",
        "graden",
        "tiden",
        "talet",
        "frånvaron",
        "kostnad",
        "utsläppen",
        "omsättningen",
        "betyget",
        "nöjdheten",
        "värdet",
        "placeringen",
        "minst",
        "högst",
        "mer än",
        "färre än",
        "mindre än",
        "över",
        "under",
    ],
    guard: Guard::None,
};

/// **What it matches:** a place's slogan, its name, a dash and what it is to be: "Åby – där
/// företag vågar växa.", "Norrköping – platsen där idéer blir jobb".
/// **Why:** strategies and programmes open with such a vision line, with no verb of intent;
/// the guideline's goals include the desired state of the municipality.
/// **Example:** "Åby – platsen där företag vågar växa och människor vill bo."
/// **Not matched:** "Åby – en bakgrund" (no "där"), "Budget 2026 – där pengarna går" (not
/// one capitalised name), a long sentence. (A dash is folded to "-~~", hence "-~*".)
pub const GOAL_SLOGAN: Rule = Rule {
    id: "goal.slogan",
    kind: ItemKind::Goal,
    pattern: r"^(?-i:(?:Å|Ä|Ö|[A-Z])[a-zåäöé]+)\s+-~*\s+(?:(?:platsen|kommunen|staden|bygden|regionen)\s+)?där\s+(?:\S+\s+){1,12}?\S+\s*[.!]?$",
    needs: &["där"],
    guard: Guard::None,
};

/// **What it matches:** a desired state without an actor: "Det ska finnas …", "Det ska vara
/// enkelt att …", "I kommunen ska det råda …", a subject that counts people or things ("Fler
/// ska välja …", "Ingen ska behöva vänta …", "Inga barn ska …", inverted "För det andra ska
/// ingen …"), what everyone is to get ("Varje företag ska få en kontaktperson.", "Alla som
/// kan arbeta ska ges möjlighet …", "Företagare ska mötas av en kommun som …"), "Det ska inte
/// hända igen.", and a wish that something grows or shrinks ("Vi vill att andelen kvinnor
/// som startar företag ökar.").
/// **Why:** strategies state many goals this way; nobody is named who will act, so they are
/// not commitments.
/// **Example:** "Det ska alltid finnas planlagd mark för företag som vill etablera sig."
/// **Not matched:** "Det ska utredas vidare." (a measure in the passive), "Det ska vara klart
/// före jul." (something done: a commitment, guard), "Fler företag har
/// startats." (no "ska"), "Vi vill att förvaltningen tar fram en plan." (a wish for an
/// action, not a change of state).
pub const GOAL_IMPERSONAL: Rule = Rule {
    id: "goal.impersonal",
    kind: ItemKind::Goal,
    pattern: r"^(?:\S+\s+){0,3}?det\s+(?:ska|skall)\s+(?:\w+\s+)?(?:finnas|vara|råda)\b|\b(?:ska|skall)\s+det\s+(?:\w+\s+)?(?:finnas|vara|råda|bli)\b|^(?:allt\s+)?(?:fler|färre|ingen|inga)\b(?:\s+\S+){0,4}?\s+(?:ska|skall)\s+\w|\b(?:ska|skall)\s+(?:ingen|inga)\s+\w|\b(?:ska|skall)\s+(?:\w+\s+)?bli\s+(?:färre|fler|större|mindre|kortare|snabbare|enklare|lättare|tryggare)\b|^(?:varje|alla)\b(?:\s+\S+){0,7}?\s+(?:ska|skall)\s+(?:\w+\s+)?(?:få|ges|mötas|uppleva|känna)\b|\b(?:ska|skall)\s+mötas\s+av\b|^det\s+(?:ska|skall)\s+inte\s+(?:behöva\s+)?(?:hända|ske|upprepas)\b|\bvill\s+att\s+(?:\S+\s+){1,8}?(?:ökar|minskar|växer|stiger|sjunker|förbättras|stärks|halveras|fördubblas)\b",
    needs: &["ska", "skall", "vill att"],
    guard: Guard::NotDone,
};

// ---------------------------------------------------------------------------------------------
// Commitments
// ---------------------------------------------------------------------------------------------

/// **What it matches:** "vi" with a forward-looking verb: "vi ska", "vi kommer att", "vi vill",
/// "vi avser att", "vi planerar att", "vi lovar", "vi åtar oss", and the inverted "ska vi",
/// "vill vi"; also "jag vill / ska".
/// **Why:** political documents and blogs state commitments in the first person.
/// **Example:** "Under året vill vi bygga fler bostäder."
/// **Not matched:** "Vi har byggt fler bostäder." (past), "Vi vill: uppnå detta" (a form
/// template), "Kan vi bygga fler?" (a question).
pub const COMMIT_VI: Rule = Rule {
    id: "commitment.vi",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:vi|jag)\s+(?:\w+\s+)?(?:ska|skall|kommer\s+att|vill|avser\s+(?:också\s+|även\s+|därför\s+)?att|planerar\s+(?:också\s+|även\s+|därför\s+)?att|tänker|lovar|åtar\s+oss|åtar\s+mig|fortsätter\s+att)\s+\w|\b(?:ska|skall|vill|kommer|avser|planerar|tänker|lovar)\s+(?:vi|jag)\b",
    needs: &["vi", "jag"],
    guard: Guard::MainClause,
};

/// **What it matches:** "vi" with a verb in the present tense and a time that lies ahead:
/// "Vi satsar 15 miljoner på skolan nästa år.", "Nästa år bygger vi en ny förskola.", "Vi
/// inför avgiftsfria lovaktiviteter till sommaren."
/// **Why:** political budgets and press releases state promises in the present tense with a
/// time ahead instead of "ska"; the time is what makes the present a promise.
/// **Example:** "Under kommande år bygger vi ut cykelvägnätet."
/// The same with "kommunen", "staden" or a municipal body as the subject ("Kommunledningskontoret
/// tar under 2027 fram …"), and "under planperioden / under
/// mandatperioden" as the time ahead (budgets and "mål och resursplaner" state their
/// investments this way): "Under planperioden satsar kommunen 20 miljoner kronor på …".
/// A year counts as a time ahead when it lies after the document's year, or is the
/// document's year in a budget ("Under 2026 satsar kommunen 5 miljoner på …" in the budget
/// for 2026).
/// Inverted after a fronted word as well: "Därför utökar vi bidraget från nästa år."
/// **Not matched:** "Vi satsade 15 miljoner förra året." (past), "Vi har satsat på skolan." and
/// "Vi behöver satsa mer nästa år." (an auxiliary or a need, guard), "Vi arbetar med
/// trygghet." (no time ahead), "Under planperioden växer kommunen med 900 invånare." (a
/// forecast verb, guard).
pub const COMMIT_VI_PRESENT: Rule = Rule {
    id: "commitment.vi_present",
    kind: ItemKind::Commitment,
    pattern: r"(?:\b(?:vi|kommunen|staden)|{BODY})\s+(?:också\s+|även\s+|dessutom\s+)?(?P<verb>\w+(?:ar|er|ör|år))\b.*\b(?:nästa\s+år|kommande\s+år(?:en)?|framöver|nästa\s+mandatperiod|under\s+(?:plan|mandat)perioden|till\s+(?:hösten|våren|sommaren|vintern)|i\s+(?:höst|vår)|(?:under|från|inför|år)\s+(?:år\s+|(?P<season>hösten|våren|sommaren|vintern)\s+)?(?P<year>20\d\d))\b|\b(?:nästa\s+år|kommande\s+år(?:en)?|framöver|nästa\s+mandatperiod|under\s+(?:plan|mandat)perioden|till\s+(?:hösten|våren|sommaren|vintern)|i\s+(?:höst|vår)|(?:under|från|inför|år)\s+(?:år\s+|(?P<season2>hösten|våren|sommaren|vintern)\s+)?(?P<year2>20\d\d))\s+(?P<verb2>\w+(?:ar|er|ör|år))\s+(?:\b(?:vi|kommunen|staden)\b|{BODY})|\b(?P<verb3>\w+(?:ar|er|ör|år))\s+(?:vi|kommunen|staden)\s+.*\b(?:nästa\s+år|kommande\s+år(?:en)?|framöver|nästa\s+mandatperiod|under\s+(?:plan|mandat)perioden|till\s+(?:hösten|våren|sommaren|vintern)|i\s+(?:höst|vår)|(?:under|från|inför|år)\s+(?:år\s+|(?P<season3>hösten|våren|sommaren|vintern)\s+)?(?P<year3>20\d\d))\b",
    // The time ahead is rarer than "vi": it keeps the rule off most sentences.
    needs: &[
        "nästa år",
        "kommande år",
        "framöver",
        "mandatperiod",
        "planperiod",
        "till hösten",
        "till våren",
        "till sommaren",
        "till vintern",
        "i höst",
        "i vår",
        "under 20",
        "från 20",
        "inför 20",
        "år 20",
        "hösten 20",
        "våren 20",
        "sommaren 20",
        "vintern 20",
    ],
    guard: Guard::PresentFuture,
};

/// **What it matches:** a promise: "lovar", "åtar sig", "förbinder oss / sig",
/// "(näringslivs)löfte", "åtagande".
/// **Why:** service and business promises ("löften") are commitments by definition.
/// **Example:** "Kommunen ger ett servicelöfte till alla företag."
/// **Not matched:** "Förvärvaren förbinder sig att …" (an outside party; "Kommunen förbinder
/// sig att …" and "Parterna förbinder sig att …" in an agreement are commitments).
pub const COMMIT_PROMISE: Rule = Rule {
    id: "commitment.promise",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:lovar|utlovar|åtar\s+sig|åtar\s+oss|förbinder\s+oss|förbinder\s+sig|\w*löfte|\w*löften|\w*löftet)\b",
    needs: &["lova", "åtar", "förbinder", "löfte", "löften"],
    guard: Guard::MainClause,
};

/// **What it matches:** an intention stated with a noun: "planen (framåt) är att",
/// "intentionen är att", "avsikten är att", "nästa steg är att", "i ett nästa steg",
/// "inriktningen är att".
/// **Why:** reports state planned next steps with these nouns instead of a modal verb.
/// **Example:** "Avsikten är att starta projektet under hösten."
/// Also a focus that opens the sentence: "Fokus 2027 är att korta handläggningstiderna",
/// "Fokus under året ligger på att …", "Under 2026 ligger tyngdpunkten på att …", and "X har
/// ambitionen att …".
/// **Not matched:** "Syftet är att öka kunskapen." (purpose), "Planen antogs 2019." (no "är att").
pub const COMMIT_INTENTION: Rule = Rule {
    id: "commitment.intention",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:planen|intentionen|avsikten|tanken|inriktningen)\s+(?:\w+\s+){0,3}?är\s+att\b|^(?:vårt\s+)?fokus\s+(?:\w+\s+){0,3}?(?:är|blir|ligger\s+på)\s+att\b|\bligger\s+(?:tyngdpunkten|fokus|fokuset)\s+på\s+att\b|^(?:tyngdpunkten|fokuset)\s+(?:\w+\s+){0,3}?(?:är|blir|ligger\s+på)\s+att\b|\bhar\s+(?:också\s+|även\s+)?(?:ambitionen|avsikten)\s+att\b|\bnästa\s+steg\s+(?:är|blir)\s+att\b|\bi\s+(?:ett|nästa)\s+(?:nästa\s+|senare\s+)?steg\b",
    needs: &[
        "tyngdpunkt",
        "ambitionen",
        "fokus",
        "planen",
        "intention",
        "avsikt",
        "tanken",
        "inriktning",
        "steg",
    ],
    guard: Guard::None,
};

/// **What it matches:** a body or the municipality with "vill", "avser", "planerar", "tänker"
/// ("Kommunen vill …", "Nämnden avser att …"), also inverted after a fronted word ("Där vill
/// kommunen göra mer.").
/// **Why:** political documents state what a body wants or intends to do.
/// **Example:** "Stadsbyggnadsnämnden avser att se över taxan."
/// **Not matched:** "Företagare som vill växa …" (not the municipality), "Regionen planerar
/// att …" (the region is an outside party in a municipality's document).
pub const COMMIT_WANTS: Rule = Rule {
    id: "commitment.vill",
    kind: ItemKind::Commitment,
    pattern: r"(?:{BODY}|\b(?:kommunen|staden|regionen|\w+\s+(?:kommun|stad))\b)\s+(?:\w+\s+)?(?:vill|avser|planerar|tänker|ämnar)\s+\w|\b(?:vill|avser|planerar|tänker)\s+(?:kommunen|staden)\s+(?:också\s+|även\s+|därför\s+)?\w",
    needs: &["vill", "avser", "planerar", "tänker", "ämnar"],
    guard: Guard::MunicipalSubject,
};

/// **What it matches:** a forward-looking modal in the main clause: "ska", "skall", "kommer
/// att", "avser (också) att", "planerar att", "har för avsikt att", and "kommer X (att) göra"
/// with a body as subject.
/// **Why:** the bulk of commitments in plans and reports ("Förvaltningen ska ta fram …",
/// "I samband med bokslutet ska en rapport tas fram", "Vidare kommer förvaltningen att …").
/// **Example:** "Handlingsplanen ska följas upp årligen."
/// **Not matched:** "… byggaktörer som verkar eller kommer att verka i området" (relative
/// clause), "… ställer krav på att stödmottagarna ska vara från Norge" (subordinate clause),
/// "Köparen ska betala" (outside party), "Den kommer definitivt hjälpa oss" (prediction),
/// "ett ska-krav".
pub const COMMIT_MODAL: Rule = Rule {
    id: "commitment.ska",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:ska|skall|kommer\s+att|kommer|(?:avser|planerar)\s+(?:också\s+|även\s+|därför\s+|dessutom\s+)?att|har\s+(?:också\s+|även\s+)?för\s+avsikt\s+att|åtar\s+sig\s+att)\b",
    needs: &["ska", "kommer", "avser", "planerar", "åtar", "avsikt"],
    guard: Guard::MainClause,
};

/// **What it matches:** "vi", the municipality or a body that "inför", "inrättar" or
/// "lanserar" something, in the present: "Kommunen inför två timmars gratis parkering i
/// centrum.", "För det första inför vi en företagslots."
/// **Why:** introducing something new is an announcement of what will be done; the present
/// of these verbs is not a description of ongoing work.
/// **Example:** "Nu inför kommunen en servicegaranti för bygglov."
/// **Not matched:** "Kommunen införde en servicegaranti 2022." (past), "Regeringen inför nya
/// regler." (not the municipality), "Kommunen står inför stora utmaningar." and "Vi inför
/// sommaren …" ("inför" as a preposition, guard in the rule code).
pub const COMMIT_INTRODUCES: Rule = Rule {
    id: "commitment.infor",
    kind: ItemKind::Commitment,
    pattern: r"^(?:\S+\s+){0,4}?(?:(?:vi|kommunen|staden|{BODY})\s+(?:nu\s+|också\s+|även\s+|därför\s+|snart\s+)?(?:inför|inrättar|lanserar)|(?:inför|inrättar|lanserar)\s+(?:vi|kommunen|staden|{BODY}))\b",
    needs: &["inför ", "inrättar", "lanserar"],
    guard: Guard::None,
};

/// **What it matches:** a body, the municipality or "vi" that "återkommer" with something
/// ("Förvaltningen återkommer till nämnden med ett förslag under hösten.", "I vår återkommer
/// kommunstyrelsen med en tidplan.").
/// **Why:** "återkommer" is a promise to come back with something, a fixed phrase of officers'
/// reports; it is always about the time ahead.
/// **Example:** "Socialförvaltningen återkommer med en analys i april."
/// **Not matched:** "Problemet återkommer varje vinter." (no body), "Frågan återkommer i
/// avsnitt 4." (no body).
pub const COMMIT_RETURNS: Rule = Rule {
    id: "commitment.aterkommer",
    kind: ItemKind::Commitment,
    pattern: r"^(?:\S+\s+){0,3}?(?:{BODY}|kommunen|staden|vi)\s+(?:\w+\s+)?återkommer\s+(?:med|till|i|under|senast|efter|när)\b|\båterkommer\s+(?:{BODY}|kommunen|staden|vi)\s+(?:\w+\s+)?(?:med|till)\b",
    needs: &["återkommer"],
    guard: Guard::None,
};

/// **What it matches:** something announced as planned: "… är planerade.", "planeras att",
/// "planeras under / till …".
/// **Why:** plans and blogs announce activities as "planned".
/// **Example:** "Under 2025 är tre nya förskolor planerade."
/// **Not matched:** "… över planerad nivå." (an adjective), "Exempelvis planeras i detta nu …"
/// (a description of ongoing work).
pub const COMMIT_PLANNED: Rule = Rule {
    id: "commitment.planned",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:är|blir)\s+(?:\w+\s+){0,4}?planera(?:d|de|t)\s*[.!]?$|\bplaneras\s+(?:att|under|till|för\s+(?:19|20)\d\d)\b",
    needs: &["planera"],
    guard: Guard::None,
};

/// **What it matches:** the routine a plan sets for itself: "Planen följs upp varje år i
/// samband med årsredovisningen.", "Programmet utvärderas årligen.", "Handlingsplanen
/// revideras två gånger per år.", "Handlingsplanen följs upp i samband med delårsrapporten.",
/// and a body that follows the plan up ("Nämnden följer upp planen i samband med
/// bokslutet."); also the plan's indicators, its assignments and its deviations reported in
/// the municipality's regular reports ("Indikatorerna följs upp i delårsrapporten och
/// årsredovisningen.", "Uppdraget återrapporteras i tertialrapporten.").
/// **Why:** the guideline counts what "one of its plans will do" as a commitment ("Handlings-
/// planen … ska uppdateras årligen"); plans write the same in the present passive.
/// **Example:** "Strategin följs upp årligen av kommunstyrelsen."
/// **Not matched:** "Planen följdes upp 2024." (past), "Planen följs upp." (no recurrence).
pub const COMMIT_PLAN_ROUTINE: Rule = Rule {
    id: "commitment.plan_routine",
    kind: ItemKind::Commitment,
    pattern: r"^(?:\w+planen|planen|\w*programmet|\w*strategin|\w*policyn|verksamheten|indikatorerna|nyckeltalen|uppdraget|uppdragen|avvikelser|målen)\s+(?:följs\s+upp|utvärderas|revideras|uppdateras|ses\s+över|stäms\s+av|redovisas|återrapporteras|rapporteras)\s+(?:\w+\s+){0,3}?(?:i\s+(?:\w+\s+){0,2}?(?:delårs|tertial|kvartals|verksamhetsberättelse|årsredovisning|årsbokslut|bokslut)\w*|årligen|varje\s+år|varje\s+halvår|varje\s+kvartal|(?:två|tre|fyra|en)\s+gånger\s+(?:per|om)\s+år(?:et)?|löpande|i\s+samband\s+med\s+(?:\w+\s+){0,2}?(?:delårs|års|bokslut|budget|\w*rapport)\w*)\b|^(?:{BODY}|kommunen)\s+följer\s+upp\s+(?:\w+planen|planen|\w*programmet|\w*strategin|arbetet|åtgärderna)\s+(?:\w+\s+){0,3}?(?:årligen|varje\s+år|varje\s+halvår|varje\s+kvartal|(?:två|tre|fyra|en)\s+gånger\s+(?:per|om)\s+år(?:et)?|löpande|i\s+samband\s+med\s+(?:\w+\s+){0,2}?(?:delårs|års|bokslut|budget|\w*rapport)\w*)\b",
    needs: &[
        "följs upp",
        "utvärderas",
        "revideras",
        "uppdateras",
        "ses över",
        "stäms av",
        "följer upp",
        "redovisas",
        "rapporteras",
    ],
    guard: Guard::None,
};

/// **What it matches:** a present passive of carrying out work with a year that lies ahead,
/// before or after the verb: "Skyltningen förnyas 2027.", "En utvärdering görs 2029.", "Under
/// våren 2027 påbörjas arbetet med en ny strategi."
/// **Why:** plans and follow-ups state coming work in the present passive; the year ahead is
/// what makes it a plan. The year counts as for [`COMMIT_VI_PRESENT`] (after the document's
/// year, or its own year in a budget or plan, or a season of it).
/// Also "Arbetet med … fortsätter under 2027" (work that goes on into a year ahead).
/// **Example:** "Gång- och cykelvägen byggs 2028."
/// **Not matched:** "Utvärderingen görs 2024." in a document of 2026 (the past, guard), "Vägen
/// som byggs 2028 …" (a relative clause, guard), "Arbetet genomförs löpande." (no year).
pub const COMMIT_PASSIVE_AHEAD: Rule = Rule {
    id: "commitment.passive_ahead",
    kind: ItemKind::Commitment,
    pattern: r"\b(?P<verb>genomförs|görs|förnyas|påbörjas|startas|inleds|byggs|ses\s+över|revideras|uppdateras|utvärderas|följs\s+upp|öppnas|invigs|utökas|förstärks|upphandlas|färdigställs|renoveras|rustas\s+upp|planläggs|byts\s+ut|anläggs|flyttas|fortsätter|annonseras|prioriteras|publiceras|lanseras|införs|inrättas|tas\s+fram|skjuts\s+upp|återrapporteras|redovisas|utbildas|sker|anordnas|erbjuds|arrangeras)\b(?:\s+\S+){0,8}?\s+(?:(?:under|från|inför|år|i|till|senast|efter)\s+)?(?:(?P<season>hösten|våren|sommaren|vintern)\s+)?(?P<year>20\d\d)\b|\b(?:under|från|inför|år|i|senast)\s+(?:(?P<season2>hösten|våren|sommaren|vintern)\s+)?(?P<year2>20\d\d)\s+(?P<verb2>genomförs|görs|förnyas|påbörjas|startas|inleds|byggs|ses\s+över|revideras|uppdateras|utvärderas|följs\s+upp|öppnas|invigs|utökas|förstärks|upphandlas|färdigställs|renoveras|rustas\s+upp|planläggs|byts\s+ut|anläggs|flyttas|fortsätter|annonseras|prioriteras|publiceras|lanseras|införs|inrättas|tas\s+fram|skjuts\s+upp|återrapporteras|redovisas|utbildas|sker|anordnas|erbjuds|arrangeras)\b",
    needs: &[
        "annonseras",
        "prioriteras",
        "publiceras",
        "lanseras",
        "införs",
        "inrättas",
        "tas fram",
        "skjuts upp",
        "rapporteras",
        "redovisas",
        "utbildas",
        "sker",
        "anordnas",
        "erbjuds",
        "arrangeras",
        "fortsätter",
        "genomförs",
        "görs",
        "förnyas",
        "påbörjas",
        "startas",
        "inleds",
        "byggs",
        "ses",
        "revideras",
        "uppdateras",
        "utvärderas",
        "följs",
        "öppnas",
        "invigs",
        "utökas",
        "förstärks",
        "upphandlas",
        "färdigställs",
        "renoveras",
        "rustas",
        "planläggs",
        "byts",
        "anläggs",
        "flyttas",
    ],
    guard: Guard::PresentFuture,
};

/// **What it matches:** a short statement ending in a present passive of introducing
/// something: "… införs.", "… implementeras.", "… inrättas.", "… startas.", "… tas fram.",
/// "… anställs.", "… tillsätts.", "… inleds.", "… anordnas.", "… etableras.", optionally
/// followed by a time ("… införs från och med budgetåret 2026.", "… inleds under hösten.").
/// **Why:** plans list coming measures this way ("Arbetsmarknadskunskap i skolan införs.",
/// "En samordnare anställs.").
/// **Example:** "En företagslots inrättas under 2025."
/// **Not matched:** "Det är viktigt att åtgärder införs." (subordinate clause),
/// "Tjänsten tillsätts av rektor i samråd med facket." (an agent, not a time, follows: a
/// description of a procedure).
pub const COMMIT_INTRODUCED: Rule = Rule {
    id: "commitment.introduced",
    kind: ItemKind::Commitment,
    pattern: r"\b(?:införs|implementeras|inrättas|startas|påbörjas|upprättas|tas\s+fram|sjösätts|lanseras|anställs|tillsätts|inleds|anordnas|etableras|hålls|genomförs|arrangeras)(?:\s+(?:från\s+och\s+med|fr\.o\.m\.|under|senast|inför|i\s+början\s+av|i\s+slutet\s+av|efter|till|i|den)\s+(?:\S+\s+){0,4}?(?:(?:19|20)\d\d|våren|hösten|sommaren|vintern|året|nästa\s+år))?\s*[.!]?$",
    needs: &[
        "införs",
        "implementeras",
        "inrättas",
        "startas",
        "påbörjas",
        "upprättas",
        "tas fram",
        "sjösätts",
        "lanseras",
        "anställs",
        "tillsätts",
        "inleds",
        "anordnas",
        "etableras",
        "hålls",
        "genomförs",
        "arrangeras",
    ],
    guard: Guard::SentenceEnd,
};

/// **What it matches:** a planned quantity: a number, a noun and a year ("50 företagsbesök
/// under 2018", "200 nya bostäder till 2030").
/// **Why:** activity plans list planned quantities without a verb.
/// **Example:** "300 feriejobb under 2025."
/// **Not matched:** "Sommarentreprenörer 2018 m.m." (no number first).
pub const COMMIT_QUANTITY: Rule = Rule {
    id: "commitment.planned_quantity",
    kind: ItemKind::Commitment,
    pattern: r"^\d+\s+(?:\w+\s+){1,2}?(?:under|per|senast|till|inom|för)\s+(?:år\s+)?(?:19|20)\d\d\b",
    needs: &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    guard: Guard::None,
};

/// **What it matches:** a proposal in running text whose content is a passive: "Förvaltningen
/// föreslår därför att ett näringslivsråd inrättas", "Kommunstyrelsen förordar att taxan
/// höjs".
/// **Why:** officer reports argue for a decision in the body text as well as in "Förslag till
/// beslut".
/// Also inverted after a fronted phrase: "Inför budgetåret föreslår förvaltningen därför att
/// en tjänst till anställs"; and a motion's proposed fate in the passive: "Motionen föreslås
/// därför anses besvarad."
/// **Example:** "Förvaltningen föreslår att riktlinjerna antas."
/// **Not matched:** "Förvaltningen föreslår att nämnden diskuterar frågan." (no passive
/// decision), "Medborgaren föreslår att en mässa anordnas." (not a body: guard in the field
/// code leaves the body empty, and the rule requires a body before the verb).
pub const DECISION_PROPOSES_PASSIVE: Rule = Rule {
    id: "decision.foreslar_passiv",
    kind: ItemKind::Decision,
    pattern: r"^(?:motionen|medborgarförslaget|förslaget|ärendet)\s+föreslås\s+(?:därför\s+|också\s+)?(?:anses\s+besvarad|anses\s+besvarat|avslås|bifallas|bifalls|avslutas)\b|(?:{BODY}\s+(?:\w+\s+)?(?:föreslår|förordar)|(?:föreslår|förordar)\s+(?P<by>{BODY}))\s+(?:därför\s+|också\s+|vidare\s+|nu\s+)?att\s+(?:\S+\s+){1,10}?(?:inrättas|antas|godkänns|fastställs|beviljas|avslås|upphävs|revideras|tillsätts|bildas|avvecklas|införs|höjs|sänks|avskrivs|överlämnas|anställs|förstärks|utökas|förlängs|tillförs|avsätts|överförs|förs\s+över|läggs\s+(?:ned|ner)|tas\s+fram|säljs|tecknas)\b",
    needs: &["föreslår", "förordar", "föreslås"],
    guard: Guard::None,
};

/// All rules in the order they are tried (the guideline's priority: assignment, decision,
/// goal, commitment).
pub const RULES: &[Rule] = &[
    ASSIGN_GES,
    ASSIGN_FAR,
    ASSIGN_ERHALLER,
    ASSIGN_OMBEDS,
    ASSIGN_ASKED,
    ASSIGN_GER,
    ASSIGN_UPPDRAR,
    ASSIGN_UPPDRAS,
    ASSIGN_HAR,
    ASSIGN_NAMED,
    ASSIGN_LABEL,
    ASSIGN_DECISION_POINT,
    DECISION_PAST,
    DECISION_ACTIVE,
    DECISION_PASSIVE,
    DECISION_SCHEDULED,
    DECISION_PROPOSES,
    DECISION_PROPOSES_PASSIVE,
    DECISION_PRESENT,
    DECISION_SECTION_PASSIVE,
    DECISION_PRESENT_ATT,
    DECISION_ADJUSTERS,
    DECISION_INVERTED,
    GOAL_LABEL,
    GOAL_STATED,
    GOAL_STATE,
    GOAL_TARGET,
    GOAL_MEASURE,
    GOAL_SLOGAN,
    GOAL_IMPERSONAL,
    COMMIT_VI,
    COMMIT_VI_PRESENT,
    COMMIT_PROMISE,
    COMMIT_INTENTION,
    COMMIT_WANTS,
    COMMIT_MODAL,
    COMMIT_PLANNED,
    COMMIT_RETURNS,
    COMMIT_INTRODUCES,
    COMMIT_RESPONSIBLE,
    COMMIT_INTRODUCED,
    COMMIT_PASSIVE_AHEAD,
    COMMIT_PLAN_ROUTINE,
    COMMIT_QUANTITY,
];

/// A word character of the folded text (see [`fold`]): after folding, Swedish letters are
/// ASCII digraphs, so an ASCII class is enough. A small class keeps the automata small.
pub const WORD: &str = r"[0-9A-Za-z_]";

/// The letters [`fold`] turns into ASCII digraphs of the same byte length.
const DIGRAPHS: &[(char, &str)] = &[
    ('å', "aa"),
    ('ä', "ae"),
    ('ö', "oe"),
    ('Å', "AA"),
    ('Ä', "AE"),
    ('Ö', "OE"),
    ('é', "ee"),
    ('É', "EE"),
    ('è', "ee"),
    ('á', "aa"),
    ('ü', "ue"),
    ('Ü', "UE"),
    ('æ', "ae"),
    ('Æ', "AE"),
    ('ø', "oe"),
    ('Ø', "OE"),
];

/// Folds a text to ASCII **without changing any byte offset**: the two-byte Swedish letters
/// become two ASCII letters ("å" → "aa", "Ö" → "OE"), other letters become "x"s, other
/// spaces become spaces, dashes "-~~", anything else "~"s, each as many bytes as the original
/// character.
///
/// Why: the rules need word boundaries (`\b`), and the regex crate's fast lazy DFA handles a
/// Unicode word boundary only on ASCII text; on Swedish text it falls back to engines that
/// are many times slower. Matching the folded text with folded patterns gives the same
/// matches at the same offsets, at DFA speed.
pub fn fold(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    // ASCII stays as it is and every character keeps its length: copy all bytes, then
    // overwrite each non-ASCII character in place.
    let mut out = s.as_bytes().to_vec();
    let mut i = next_non_ascii(&out, 0);
    while i < out.len() {
        // U+00C0–U+00FF (two bytes, the first 0xC3): the Swedish letters, from a table.
        if out[i] == 0xc3
            && let Some(&second) = out.get(i + 1)
            && let Some(d) = LATIN1_DIGRAPHS[usize::from(second & 0x3f)]
        {
            out[i..i + 2].copy_from_slice(&d);
            i = next_non_ascii(&out, i + 2);
            continue;
        }
        let c = s[i..].chars().next().expect("i is a character boundary");
        let n = c.len_utf8();
        let dst = &mut out[i..i + n];
        if let Some((_, d)) = DIGRAPHS.iter().find(|(l, _)| *l == c) {
            dst.copy_from_slice(d.as_bytes());
        } else if c.is_alphabetic() {
            dst.fill(b'x');
        } else if c.is_whitespace() {
            dst.fill(b' ');
        } else if matches!(c, '–' | '—' | '‑' | '−') {
            dst.fill(b'~');
            dst[0] = b'-';
        } else {
            dst.fill(b'~');
        }
        i = next_non_ascii(&out, i + n);
    }
    std::borrow::Cow::Owned(String::from_utf8(out).expect("folded text is ASCII"))
}

/// The [`DIGRAPHS`] of U+00C0–U+00FF, by the low six bits of their second UTF-8 byte.
const LATIN1_DIGRAPHS: [Option<[u8; 2]>; 64] = {
    let mut t = [None; 64];
    let mut k = 0;
    while k < DIGRAPHS.len() {
        let (c, d) = DIGRAPHS[k];
        let d = d.as_bytes();
        if c as u32 >= 0xc0 && c as u32 <= 0xff && d.len() == 2 {
            t[(c as u32 - 0xc0) as usize] = Some([d[0], d[1]]);
        }
        k += 1;
    }
    t
};

/// The index of the first byte at or after `from` that is not ASCII, or `b.len()`; eight
/// bytes at a time.
fn next_non_ascii(b: &[u8], mut from: usize) -> usize {
    while from + 8 <= b.len() {
        let word = u64::from_le_bytes(b[from..from + 8].try_into().expect("eight bytes"));
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            return from + (high.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < b.len() && b[from].is_ascii() {
        from += 1;
    }
    from
}

/// Needles that must stand as whole words ("vi" is also in "service", "ska" in "skapa").
const SHORT_WORDS: &[&str] = &["vi", "jag", "ska"];

/// The prefilter of a rule as a regex over folded text (see [`Rule::needs`]).
pub fn needs_pattern(r: &Rule) -> String {
    if r.needs
        .iter()
        .all(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
    {
        return r"(?:^|[.!?:]\s+)\d".to_string();
    }
    r.needs
        .iter()
        .map(|n| {
            let e = regex::escape(n);
            if SHORT_WORDS.contains(n) {
                format!(r"\b{e}\b")
            } else {
                e
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The pattern with `{BODY}` and `{PLACE}` expanded, letters folded like the text (see
/// [`fold`]), `\w` narrowed to [`WORD`], and case-insensitivity switched on.
pub fn expand(pattern: &str) -> String {
    let p = pattern.replace("{BODY}", BODY).replace("{PLACE}", PLACE);
    let mut folded = String::with_capacity(p.len() + 16);
    for c in p.chars() {
        match DIGRAPHS.iter().find(|(l, _)| *l == c) {
            Some((_, d)) => folded.push_str(d),
            None => folded.push(c),
        }
    }
    format!("(?i){}", folded.replace(r"\w", WORD))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles_and_ids_are_unique() {
        let mut ids = std::collections::HashSet::new();
        for r in RULES {
            regex::Regex::new(&expand(r.pattern)).unwrap_or_else(|e| panic!("{}: {e}", r.id));
            assert!(ids.insert(r.id), "duplicate id {}", r.id);
            assert!(r.id.starts_with(r.kind.as_str()), "{} vs {}", r.id, r.kind);
        }
    }

    #[test]
    fn prefilters_hold_for_the_examples() {
        // Each rule's doc example must pass its own prefilter, or the rule could never fire.
        let examples = [
            (
                &ASSIGN_GES,
                "Tekniska nämnden ges i uppdrag att ta fram en parkeringsstrategi.",
            ),
            (
                &DECISION_PASSIVE,
                "Planen antogs av kommunfullmäktige i april 2021.",
            ),
            (&GOAL_STATED, "Målet är att alla elever ska ha godkänt."),
            (
                &GOAL_MEASURE,
                "Väntetiden för serveringstillstånd ska kortas till fyra veckor.",
            ),
            (&COMMIT_INTRODUCED, "En företagslots inrättas under 2025."),
            (&COMMIT_VI, "Under året vill vi bygga fler bostäder."),
            (&COMMIT_QUANTITY, "300 feriejobb under 2025."),
            (
                &GOAL_SLOGAN,
                "Åby – platsen där företag vågar växa och människor vill bo.",
            ),
            (
                &DECISION_ADJUSTERS,
                "Nämnden utser Eva Lind att justera protokollet.",
            ),
            (
                &DECISION_INVERTED,
                "Efter votering beslutar nämnden att bifalla förslaget.",
            ),
            (
                &COMMIT_RESPONSIBLE,
                "Kommunen ansvarar för att samverkan följs upp varje år.",
            ),
            (
                &COMMIT_RETURNS,
                "Socialförvaltningen återkommer med en analys i april.",
            ),
            (
                &COMMIT_INTRODUCES,
                "Nu inför kommunen en servicegaranti för bygglov.",
            ),
            (&COMMIT_PASSIVE_AHEAD, "Gång- och cykelvägen byggs 2028."),
            (
                &COMMIT_PLAN_ROUTINE,
                "Strategin följs upp årligen av kommunstyrelsen.",
            ),
        ];
        for (r, ex) in examples {
            let l = ex.to_lowercase();
            assert!(r.needs.iter().any(|n| l.contains(n)), "{}", r.id);
        }
    }

    #[test]
    fn folding_keeps_offsets_and_patterns_are_ascii() {
        for s in ["Målet är –  “nå” ÅÄÖ 𝄞 ł", "plain", ""] {
            let f = fold(s);
            assert_eq!(f.len(), s.len());
            assert!(f.is_ascii());
            for (i, _) in s.char_indices() {
                assert!(f.is_char_boundary(i));
            }
        }
        for r in RULES {
            assert!(
                expand(r.pattern).is_ascii(),
                "{} has letters fold does not map",
                r.id
            );
        }
    }

    #[test]
    fn folding_latin1_letters_from_the_table() {
        // The table fast path gives what the character-by-character path gives.
        for c in '\u{a0}'..='\u{17f}' {
            let t = format!("a{c}b");
            let mid = match DIGRAPHS.iter().find(|(l, _)| *l == c) {
                Some((_, d)) => d.to_string(),
                None if c.is_alphabetic() => "x".repeat(c.len_utf8()),
                None if c.is_whitespace() => " ".repeat(c.len_utf8()),
                None => "~".repeat(c.len_utf8()),
            };
            assert_eq!(fold(&t), format!("a{mid}b"), "{c:?}");
        }
    }

    #[test]
    fn rules_are_in_priority_order() {
        let kinds: Vec<_> = RULES.iter().map(|r| r.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        assert_eq!(kinds, sorted);
    }

    #[test]
    fn body_pattern() {
        let re = regex::Regex::new(&format!("(?i)^{BODY}$")).unwrap();
        for b in [
            "kommunstyrelsen",
            "Kommunstyrelsens arbetsutskott",
            "stadskontoret",
            "tekniska nämnden",
            "Stadsdelsförvaltningen",
            "styrgruppen",
            "KS",
            "kommunfullmäktige",
        ] {
            let last = b.rsplit(' ').next().unwrap();
            assert!(re.is_match(b) || re.is_match(last), "{b}");
        }
        for b in ["företagen", "regeringen", "ks-ledamot", "kontorsmaterial"] {
            assert!(!re.is_match(b), "{b}");
        }
    }
}
