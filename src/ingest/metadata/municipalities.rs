//! The 290 Swedish municipalities (kommuner) with their county (län), and the district names of
//! the three cities that have (or had) district committees, used to recognise which municipality
//! a document comes from.
//!
//! Names are the base forms used in manifests and by Statistics Sweden ("Malmö", "Upplands
//! Väsby", "Dals-Ed"), not the official styles ("Malmö stad", "Region Gotland"). The list is the
//! municipal division in force since 2003 (Knivsta, the last new municipality); counties as since
//! 1998 (Skåne, Västra Götaland).

/// One Swedish municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Municipality {
    /// Base name: "Malmö", "Upplands Väsby".
    pub name: &'static str,
    /// County without "län": "Skåne", "Stockholm", "Västra Götaland".
    pub county: &'static str,
}

/// Writes the table out as `(county, [names])` groups so the county is stated once per group.
macro_rules! counties {
    ($($county:literal => [$($name:literal),* $(,)?]),* $(,)?) => {
        &[$($(Municipality { name: $name, county: $county },)*)*]
    };
}

/// All 290 municipalities, grouped by county in the counties' official order and alphabetical
/// within each county.
pub static MUNICIPALITIES: &[Municipality] = counties! {
    "Stockholm" => [
        "Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka",
        "Norrtälje", "Nykvarn", "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna",
        "Stockholm", "Sundbyberg", "Södertälje", "Tyresö", "Täby", "Upplands Väsby",
        "Upplands-Bro", "Vallentuna", "Vaxholm", "Värmdö", "Österåker",
    ],
    "Uppsala" => [
        "Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar",
    ],
    "Södermanland" => [
        "Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs",
        "Trosa", "Vingåker",
    ],
    "Östergötland" => [
        "Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping",
        "Söderköping", "Vadstena", "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög",
    ],
    "Jönköping" => [
        "Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö",
        "Sävsjö", "Tranås", "Vaggeryd", "Vetlanda", "Värnamo",
    ],
    "Kronoberg" => [
        "Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö",
        "Älmhult",
    ],
    "Kalmar" => [
        "Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga",
        "Nybro", "Oskarshamn", "Torsås", "Vimmerby", "Västervik",
    ],
    "Gotland" => ["Gotland"],
    "Blekinge" => ["Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg"],
    "Skåne" => [
        "Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs",
        "Hörby", "Höör", "Klippan", "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund",
        "Malmö", "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv",
        "Svedala", "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm",
        "Örkelljunga", "Östra Göinge",
    ],
    "Halland" => ["Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"],
    "Västra Götaland" => [
        "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
        "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo",
        "Härryda", "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil",
        "Mariestad", "Mark", "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara",
        "Skövde", "Sotenäs", "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro",
        "Tidaholm", "Tjörn", "Tranemo", "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn",
        "Vara", "Vårgårda", "Vänersborg", "Åmål", "Öckerö",
    ],
    "Värmland" => [
        "Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad",
        "Kil", "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng",
    ],
    "Örebro" => [
        "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå",
        "Lekeberg", "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
    ],
    "Västmanland" => [
        "Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala",
        "Skinnskatteberg", "Surahammar", "Västerås",
    ],
    "Dalarna" => [
        "Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika",
        "Malung-Sälen", "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro",
        "Älvdalen",
    ],
    "Gävleborg" => [
        "Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo",
        "Ovanåker", "Sandviken", "Söderhamn",
    ],
    "Västernorrland" => [
        "Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik",
    ],
    "Jämtland" => [
        "Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund",
    ],
    "Västerbotten" => [
        "Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors",
        "Skellefteå", "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
    ],
    "Norrbotten" => [
        "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix",
        "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
    ],
};

/// Municipality names that are also everyday Swedish words, first names or surnames ("mark",
/// "vara", "berg", "Lund", "Nora"). A bare mention of one of these says nothing; only the
/// explicit forms ("Marks kommun", "kommunfullmäktige i Vara") count.
pub static AMBIGUOUS: &[&str] = &[
    "Ale", "Berg", "Bjuv", "Boden", "Eda", "Habo", "Heby", "Hjo", "Kil", "Kinda", "Lund", "Mark",
    "Mora", "Nora", "Orsa", "Sala", "Salem", "Skara", "Säter", "Tidaholm", "Vara", "Öckerö",
];

/// Districts with a district committee (stadsdelsnämnd) or administration
/// (stadsdelsförvaltning), now or in the past, mapped to their municipality. Only names that do
/// not clash with a municipality or a common word are listed (Malmö's later "Norr", "Söder"…
/// are left out for that reason).
pub static DISTRICTS: &[(&str, &str)] = &[
    // Stockholm: the 13 districts since 2020 and the older committee areas they merged.
    ("Bromma", "Stockholm"),
    ("Enskede-Årsta-Vantör", "Stockholm"),
    ("Enskede-Årsta", "Stockholm"),
    ("Vantör", "Stockholm"),
    ("Farsta", "Stockholm"),
    ("Hägersten-Älvsjö", "Stockholm"),
    ("Hägersten-Liljeholmen", "Stockholm"),
    ("Hägersten", "Stockholm"),
    ("Liljeholmen", "Stockholm"),
    ("Älvsjö", "Stockholm"),
    ("Hässelby-Vällingby", "Stockholm"),
    ("Kungsholmen", "Stockholm"),
    ("Norrmalm", "Stockholm"),
    ("Rinkeby-Kista", "Stockholm"),
    ("Rinkeby", "Stockholm"),
    ("Kista", "Stockholm"),
    ("Skarpnäck", "Stockholm"),
    ("Skärholmen", "Stockholm"),
    ("Spånga-Tensta", "Stockholm"),
    ("Spånga", "Stockholm"),
    ("Tensta", "Stockholm"),
    ("Södermalm", "Stockholm"),
    ("Maria-Gamla stan", "Stockholm"),
    ("Katarina-Sofia", "Stockholm"),
    ("Östermalm", "Stockholm"),
    // Göteborg: the ten district committees of 2011–2020 and the older ones.
    ("Angered", "Göteborg"),
    ("Östra Göteborg", "Göteborg"),
    ("Örgryte-Härlanda", "Göteborg"),
    ("Majorna-Linné", "Göteborg"),
    ("Askim-Frölunda-Högsbo", "Göteborg"),
    ("Västra Hisingen", "Göteborg"),
    ("Norra Hisingen", "Göteborg"),
    ("Lundby", "Göteborg"),
    ("Västra Göteborg", "Göteborg"),
    ("Torslanda", "Göteborg"),
    ("Biskopsgården", "Göteborg"),
    ("Tuve-Säve", "Göteborg"),
    ("Kortedala", "Göteborg"),
    ("Bergsjön", "Göteborg"),
    ("Lärjedalen", "Göteborg"),
    ("Gunnared", "Göteborg"),
    ("Styrsö", "Göteborg"),
    ("Tynnered", "Göteborg"),
    ("Linnéstaden", "Göteborg"),
    // Malmö: the ten district committees of 1996–2013.
    ("Södra Innerstaden", "Malmö"),
    ("Västra Innerstaden", "Malmö"),
    ("Limhamn-Bunkeflo", "Malmö"),
    ("Hyllie", "Malmö"),
    ("Fosie", "Malmö"),
    ("Oxie", "Malmö"),
    ("Rosengård", "Malmö"),
    ("Husie", "Malmö"),
    ("Kirseberg", "Malmö"),
];

/// The municipality called `name` (compared case-insensitively).
pub fn find(name: &str) -> Option<&'static Municipality> {
    let name = name.trim().to_lowercase();
    MUNICIPALITIES
        .iter()
        .find(|m| m.name.to_lowercase() == name)
}

/// The county of the municipality called `name` (case-insensitive): `county_of("malmö")` is
/// `Some("Skåne")`.
pub fn county_of(name: &str) -> Option<&'static str> {
    find(name).map(|m| m.county)
}

/// The municipalities of a county given with or without "län"/"s län" ("Skåne", "Skåne län",
/// "Stockholms län"), case-insensitively; empty for an unknown county.
pub fn in_county(county: &str) -> Vec<&'static Municipality> {
    let c = county.trim().to_lowercase();
    let c = c.strip_suffix(" län").unwrap_or(&c).trim_end();
    MUNICIPALITIES
        .iter()
        .filter(|m| {
            let mc = m.county.to_lowercase();
            mc == c || c.strip_suffix('s').is_some_and(|s| s == mc)
        })
        .collect()
}

/// The web domain label a municipality uses (`malmo` in `malmo.se`): lower case, å/ä → a,
/// ö → o, é → e, spaces dropped, hyphens kept ("upplandsvasby", "upplands-bro", "dals-ed").
pub fn domain_label(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn there_are_290_distinct_municipalities() {
        assert_eq!(MUNICIPALITIES.len(), 290);
        let names: HashSet<_> = MUNICIPALITIES.iter().map(|m| m.name).collect();
        assert_eq!(names.len(), 290, "duplicate names");
    }

    #[test]
    fn counties_have_their_known_sizes() {
        // Sizes of the 21 counties (SCB's municipal division); they add up to 290.
        let sizes = [
            ("Stockholm", 26),
            ("Uppsala", 8),
            ("Södermanland", 9),
            ("Östergötland", 13),
            ("Jönköping", 13),
            ("Kronoberg", 8),
            ("Kalmar", 12),
            ("Gotland", 1),
            ("Blekinge", 5),
            ("Skåne", 33),
            ("Halland", 6),
            ("Västra Götaland", 49),
            ("Värmland", 16),
            ("Örebro", 12),
            ("Västmanland", 10),
            ("Dalarna", 15),
            ("Gävleborg", 10),
            ("Västernorrland", 7),
            ("Jämtland", 8),
            ("Västerbotten", 15),
            ("Norrbotten", 14),
        ];
        for (county, n) in sizes {
            assert_eq!(in_county(county).len(), n, "{county}");
        }
        let counties: HashSet<_> = MUNICIPALITIES.iter().map(|m| m.county).collect();
        assert_eq!(counties.len(), 21);
    }

    #[test]
    fn lookups() {
        assert_eq!(county_of("Malmö"), Some("Skåne"));
        assert_eq!(county_of("robertsfors"), Some("Västerbotten"));
        assert_eq!(county_of("Upplands Väsby"), Some("Stockholm"));
        assert_eq!(county_of("Köpenhamn"), None);
        assert_eq!(in_county("Stockholms län").len(), 26);
        assert_eq!(in_county("skåne län").len(), 33);
        assert!(in_county("Bayern").is_empty());
    }

    #[test]
    fn ambiguous_and_district_names_are_consistent() {
        for a in AMBIGUOUS {
            assert!(find(a).is_some(), "{a} is not a municipality");
        }
        for (d, m) in DISTRICTS {
            assert!(find(m).is_some(), "{m}");
            assert!(
                find(d).is_none(),
                "district {d} clashes with a municipality"
            );
        }
    }

    #[test]
    fn domain_labels() {
        assert_eq!(domain_label("Malmö"), "malmo");
        assert_eq!(domain_label("Upplands Väsby"), "upplandsvasby");
        assert_eq!(domain_label("Dals-Ed"), "dals-ed");
        assert_eq!(domain_label("Östra Göinge"), "ostragoinge");
    }
}
