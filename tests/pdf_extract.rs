//! PDF extraction on small PDFs built in code with lopdf: one test per font/encoding path and
//! per layout rule (issue 3), plus encryption and hostile input (issue 9).

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};
use styrdok::ingest::pdf::{Limits, extract, extract_with};

/// Builds a PDF page by page.
struct Pdf {
    doc: Document,
    pages_id: ObjectId,
    kids: Vec<Object>,
}

impl Pdf {
    fn new() -> Self {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        Pdf {
            doc,
            pages_id,
            kids: vec![],
        }
    }

    fn add(&mut self, o: impl Into<Object>) -> ObjectId {
        self.doc.add_object(o)
    }

    /// A page (A4) with raw content and resources; `extra` entries go into the page dict.
    fn page(&mut self, content: &[u8], resources: Dictionary, extra: Dictionary) {
        let content_id = self.add(Stream::new(dictionary! {}, content.to_vec()));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "Contents" => content_id,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        };
        page.extend(&extra);
        let id = self.add(page);
        self.kids.push(id.into());
    }

    fn bytes(mut self) -> Vec<u8> {
        let count = self.kids.len() as i64;
        let pages =
            dictionary! { "Type" => "Pages", "Kids" => self.kids.clone(), "Count" => count };
        self.doc.objects.insert(self.pages_id, pages.into());
        let catalog = self.add(dictionary! { "Type" => "Catalog", "Pages" => self.pages_id });
        self.doc.trailer.set("Root", catalog);
        let mut out = vec![];
        self.doc.save_to(&mut out).unwrap();
        out
    }
}

fn fonts(entries: Vec<(&str, Object)>) -> Dictionary {
    let mut f = Dictionary::new();
    for (k, v) in entries {
        f.set(k, v);
    }
    dictionary! { "Font" => f }
}

fn helvetica() -> Object {
    dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
    .into()
}

/// Content from operations (strings as literal bytes).
fn ops(list: Vec<Operation>) -> Vec<u8> {
    Content { operations: list }.encode().unwrap()
}

fn op(name: &str, args: Vec<Object>) -> Operation {
    Operation::new(name, args)
}

fn s(bytes: &[u8]) -> Object {
    Object::String(bytes.to_vec(), lopdf::StringFormat::Literal)
}

fn hex(bytes: &[u8]) -> Object {
    Object::String(bytes.to_vec(), lopdf::StringFormat::Hexadecimal)
}

fn text_of(pdf: Vec<u8>) -> String {
    let t = extract(&pdf).expect("extracts");
    t.pages.join("\x0c")
}

#[test]
fn winansi_standard14_font_decodes_swedish_letters() {
    let mut p = Pdf::new();
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op(
            "Tj",
            vec![s(b"V\xe4xj\xf6 och G\xe4vle \x96 \x93citat\x94")],
        ),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Växjö och Gävle – “citat”");
}

#[test]
fn standard14_widths_place_glyphs_without_a_widths_array() {
    // "mm" in Helvetica is 2 × 833/1000 em wide. The second string starts exactly there, so
    // no space may appear; with a guessed average width there would be a gap.
    let mut p = Pdf::new();
    let w = 2.0 * 0.833 * 12.0;
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                72.into(),
                700.into(),
            ],
        ),
        op("Tj", vec![s(b"mm")]),
        op(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                (72.0 + w).into(),
                700.into(),
            ],
        ),
        op("Tj", vec![s(b"ow")]),
        op(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                72.into(),
                680.into(),
            ],
        ),
        op("Tj", vec![s(b"mm")]),
        op(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                (72.0 + w + 3.5).into(),
                680.into(),
            ],
        ),
        op("Tj", vec![s(b"ow")]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "mmow\nmm ow");
}

#[test]
fn differences_glyph_names_without_tounicode() {
    let mut p = Pdf::new();
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "CMR10",
        "FirstChar" => 1, "Widths" => vec![500.into(); 6],
        "Encoding" => dictionary! {
            "Type" => "Encoding",
            "Differences" => vec![
                1.into(), "aring".into(), "adieresis".into(), "odieresis".into(),
                "Aring".into(), "fi".into(), "uni00D6".into(),
            ],
        },
    };
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 10.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op(
            "Tj",
            vec![s(b"\x04ngermanland: r\x02ksm\x03rg\x01s, \x05nans \x06")],
        ),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", font.into())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Ångermanland: räksmörgås, finans Ö");
}

const TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin
12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0001> <0020>
<0002> <D83DDCC8>
endbfchar
2 beginbfrange
<0010> <0012> [<00E5> <00E4> <00F6>]
<0020> <0039> <0061>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

#[test]
fn identity_h_with_tounicode_ranges_arrays_and_surrogates() {
    let mut p = Pdf::new();
    let tu = p.add(Stream::new(dictionary! {}, TO_UNICODE.to_vec()));
    let descendant = p.add(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Carlito",
        "CIDSystemInfo" => dictionary! {
            "Registry" => s(b"Adobe"), "Ordering" => s(b"Identity"), "Supplement" => 0,
        },
        "DW" => 500,
        "W" => vec![1.into(), vec![250.into()].into()],
    });
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Carlito",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => tu,
    };
    // "mål växjö 📈": m=0x2c a=0x20 l=0x2b …
    let code = |c: char| -> [u8; 2] {
        match c {
            'å' => [0, 0x10],
            'ä' => [0, 0x11],
            'ö' => [0, 0x12],
            ' ' => [0, 1],
            '📈' => [0, 2],
            c => [0, 0x20 + (c as u8 - b'a')],
        }
    };
    let bytes: Vec<u8> = "mål växjö 📈".chars().flat_map(code).collect();
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 11.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![hex(&bytes)]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", font.into())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "mål växjö 📈");
}

#[test]
fn tj_adjustments_make_spaces_only_when_large() {
    let mut p = Pdf::new();
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 10.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op(
            "TJ",
            vec![
                vec![
                    s(b"Kom"),
                    (-40).into(),
                    s(b"munen"),
                    (-300).into(),
                    s(b"ska"),
                ]
                .into(),
            ],
        ),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Kommunen ska");
}

#[test]
fn text_state_operators_move_lines() {
    // TL + T*, ' and " move to new lines; Tc/Tw/Tz/Ts do not break words apart.
    let mut p = Pdf::new();
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 10.into()]),
        op("TL", vec![14.into()]),
        op("Tz", vec![90.into()]),
        op("Tc", vec![0.2.into()]),
        op("Tw", vec![1.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![s(b"Rad ett")]),
        op("T*", vec![]),
        op("Ts", vec![2.into()]),
        op("Tj", vec![s(b"Rad tv\xe5")]),
        op("Ts", vec![0.into()]),
        op("'", vec![s(b"Rad tre")]),
        op("\"", vec![2.into(), 0.into(), s(b"Rad fyra")]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Rad ett\nRad två\nRad tre\nRad fyra");
}

#[test]
fn rotated_page_reads_in_display_order() {
    // /Rotate 90: text drawn upwards in page space reads left to right when displayed.
    let mut p = Pdf::new();
    let line = |y: i64, t: &[u8]| {
        vec![
            op(
                "Tm",
                vec![
                    0.into(),
                    1.into(),
                    (-1).into(),
                    0.into(),
                    y.into(),
                    100.into(),
                ],
            ),
            op("Tj", vec![s(t)]),
        ]
    };
    let mut list = vec![op("BT", vec![]), op("Tf", vec!["F1".into(), 12.into()])];
    // Displayed top line is the one with the smallest x in page space (the left edge of the
    // unrotated page becomes the top).
    list.extend(line(520, b"Andra raden"));
    list.extend(line(500, b"F\xf6rsta raden"));
    list.push(op("ET", vec![]));
    p.page(
        &ops(list),
        fonts(vec![("F1", helvetica())]),
        dictionary! { "Rotate" => 90 },
    );
    assert_eq!(text_of(p.bytes()), "Första raden\nAndra raden");
}

#[test]
fn form_xobjects_are_drawn_and_self_reference_stops() {
    let mut p = Pdf::new();
    let form_content = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![0.into(), 0.into()]),
        op("Tj", vec![s(b"I formul\xe4ret")]),
        op("ET", vec![]),
        op("Do", vec!["Fm1".into()]),
    ]);
    let form_id = p.doc.new_object_id();
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 300.into(), 50.into()],
            "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 72.into(), 600.into()],
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => helvetica() },
                "XObject" => dictionary! { "Fm1" => form_id },
            },
        },
        form_content,
    );
    p.doc.objects.insert(form_id, form.into());
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![s(b"P\xe5 sidan")]),
        op("ET", vec![]),
        op("Do", vec!["Fm1".into()]),
    ]);
    let mut res = fonts(vec![("F1", helvetica())]);
    res.set("XObject", dictionary! { "Fm1" => form_id });
    p.page(&c, res, dictionary! {});
    let t = text_of(p.bytes());
    assert_eq!(t, "På sidan\n\nI formuläret");
}

fn line_ops(x: f32, y: f32, text: &str) -> Vec<Operation> {
    vec![
        op(
            "Tm",
            vec![1.into(), 0.into(), 0.into(), 1.into(), x.into(), y.into()],
        ),
        op("Tj", vec![s(&encode_latin1(text))]),
    ]
}

fn encode_latin1(t: &str) -> Vec<u8> {
    t.chars().map(|c| c as u32 as u8).collect()
}

#[test]
fn two_columns_are_read_column_by_column() {
    // The page draws both columns line by line (left, right, left, right…), as some
    // producers do; reading order must still be the left column first.
    let mut p = Pdf::new();
    let mut list = vec![op("BT", vec![]), op("Tf", vec!["F1".into(), 10.into()])];
    list.extend(line_ops(
        50.0,
        790.0,
        "Rubrik som går över båda spalterna på sidan",
    ));
    for i in 0..12 {
        let y = 760.0 - 12.0 * i as f32;
        list.extend(line_ops(
            50.0,
            y,
            &format!("vänster rad {i} med lite mer text här"),
        ));
        list.extend(line_ops(
            310.0,
            y,
            &format!("höger rad {i} med lite mer text här"),
        ));
    }
    list.push(op("ET", vec![]));
    p.page(&ops(list), fonts(vec![("F1", helvetica())]), dictionary! {});
    let t = text_of(p.bytes());
    let left = t.find("vänster rad 11").unwrap();
    let right = t.find("höger rad 0").unwrap();
    assert!(left < right, "{t}");
    assert!(t.starts_with("Rubrik"), "{t}");
}

#[test]
fn hyphenated_words_are_joined_and_suspended_hyphens_kept() {
    let mut p = Pdf::new();
    let mut list = vec![op("BT", vec![]), op("Tf", vec!["F1".into(), 10.into()])];
    let lines = [
        "Kommunen ska stärka för-",
        "valtningen och stödja närings-",
        "och arbetslivet i EU-",
        "projekt.",
    ];
    for (i, l) in lines.iter().enumerate() {
        list.extend(line_ops(72.0, 700.0 - 12.0 * i as f32, l));
    }
    list.push(op("ET", vec![]));
    p.page(&ops(list), fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(
        text_of(p.bytes()),
        "Kommunen ska stärka förvaltningen och stödja närings-\noch arbetslivet i EU-projekt."
    );
}

#[test]
fn running_headers_and_page_numbers_go_to_furniture() {
    let mut p = Pdf::new();
    for n in 1..=3 {
        let mut list = vec![op("BT", vec![]), op("Tf", vec!["F1".into(), 9.into()])];
        list.extend(line_ops(72.0, 800.0, "Kommunfullmäktiges handlingar"));
        list.push(op("Tf", vec!["F1".into(), 11.into()]));
        list.extend(line_ops(72.0, 700.0, &format!("Brödtext på sida {n}.")));
        list.extend(line_ops(72.0, 686.0, "Mer text."));
        list.push(op("Tf", vec!["F1".into(), 9.into()]));
        list.extend(line_ops(280.0, 40.0, &format!("Sida {n} av 3")));
        list.push(op("ET", vec![]));
        p.page(&ops(list), fonts(vec![("F1", helvetica())]), dictionary! {});
    }
    let t = extract(&p.bytes()).unwrap();
    assert_eq!(t.pages.len(), 3);
    for (i, page) in t.pages.iter().enumerate() {
        assert_eq!(page, &format!("Brödtext på sida {}.\nMer text.", i + 1));
    }
    assert!(
        t.furniture
            .contains(&"Kommunfullmäktiges handlingar".to_string())
    );
    assert!(t.furniture.contains(&"Sida 2 av 3".to_string()));
}

#[test]
fn type3_font_with_tounicode_and_font_matrix() {
    let mut p = Pdf::new();
    let tu = p.add(Stream::new(
        dictionary! {},
        b"1 begincodespacerange <00> <FF> endcodespacerange
          2 beginbfchar <01> <00C5> <02> <0072> endbfchar
          1 beginbfrange <03> <04> <0065> endbfrange"
            .to_vec(),
    ));
    let proc_id = p.add(Stream::new(dictionary! {}, b"500 0 d0".to_vec()));
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type3",
        "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
        "FontBBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
        "FirstChar" => 1, "LastChar" => 4,
        "Widths" => vec![60.into(); 4],
        "Encoding" => dictionary! { "Differences" => vec![1.into(), "g1".into(), "g2".into(), "g3".into(), "g4".into()] },
        "CharProcs" => dictionary! { "g1" => proc_id, "g2" => proc_id, "g3" => proc_id, "g4" => proc_id },
        "ToUnicode" => tu,
    };
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["T3".into(), 10.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![hex(&[1, 2, 3, 4])]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("T3", font.into())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Åref");
}

#[test]
fn actual_text_replaces_the_glyphs_it_covers() {
    let mut p = Pdf::new();
    let mut props = Dictionary::new();
    props.set(
        "ActualText",
        Object::String(b"\xfe\xff\x00f\x00i".to_vec(), lopdf::StringFormat::Literal),
    );
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![s(b"Sam")]),
        op("BDC", vec!["Span".into(), props.into()]),
        op("Tj", vec![s(b"XX")]),
        op("EMC", vec![]),
        op("Tj", vec![s(b"nansiering")]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    assert_eq!(text_of(p.bytes()), "Samfinansiering");
}

#[test]
fn unmapped_glyphs_are_counted_never_printed_as_question_marks() {
    let mut p = Pdf::new();
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Custom",
        "Encoding" => dictionary! { "Differences" => vec![65.into(), "g17".into(), "g18".into()] },
    };
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![s(b"ABC")]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", font.into())]), dictionary! {});
    let t = extract(&p.bytes()).unwrap();
    assert_eq!(t.pages, vec!["C".to_string()]);
    assert!(
        t.warnings
            .iter()
            .any(|w| w.contains("2 glyph(s) without a Unicode mapping"))
    );
}

#[test]
fn a_page_without_text_warns_about_a_missing_text_layer() {
    let mut p = Pdf::new();
    let img = p.add(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0],
    ));
    p.page(
        b"q 595 0 0 842 0 0 cm /Im1 Do Q",
        dictionary! { "XObject" => dictionary! { "Im1" => img } },
        dictionary! {},
    );
    let t = extract(&p.bytes()).unwrap();
    assert_eq!(t.pages, vec![String::new()]);
    assert!(
        t.warnings
            .iter()
            .any(|w| w.contains("no text layer (scanned?)"))
    );
}

fn encrypted(user_password: &str) -> Vec<u8> {
    let mut p = Pdf::new();
    let c = ops(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op("Td", vec![72.into(), 700.into()]),
        op("Tj", vec![s(b"Hemlig budget f\xf6r 2026")]),
        op("ET", vec![]),
    ]);
    p.page(&c, fonts(vec![("F1", helvetica())]), dictionary! {});
    let bytes = p.bytes();
    let mut doc = Document::load_mem(&bytes).unwrap();
    doc.trailer.set(
        "ID",
        vec![hex(b"0123456789abcdef"), hex(b"0123456789abcdef")],
    );
    let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "ägare",
        user_password,
        key_length: 128,
        permissions: lopdf::Permissions::default(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = vec![];
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn encrypted_with_empty_user_password_is_decrypted() {
    let bytes = encrypted("");
    assert!(bytes.windows(8).any(|w| w == b"/Encrypt"));
    assert_eq!(text_of(bytes), "Hemlig budget för 2026");
}

#[test]
fn encrypted_with_a_user_password_is_a_clear_error() {
    let err = extract(&encrypted("hemligt")).unwrap_err();
    assert_eq!(err, "encrypted: password required");
}

#[test]
fn hostile_inputs_give_errors_or_text_never_panics() {
    let cases: Vec<Vec<u8>> = vec![
        vec![],
        b"%PDF-1.4".to_vec(),
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>"
            .to_vec(),
        b"<!DOCTYPE html><html>".to_vec(),
        vec![0xff; 10_000],
    ];
    for c in cases {
        let _ = extract(&c); // an Err is fine; a panic fails the test
    }
}

#[test]
fn page_tree_cycle_is_detected() {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let inner_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 700 Td (Sida) Tj ET".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => inner_id, "Contents" => content,
        "Resources" => fonts(vec![("F1", helvetica())]),
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    // The inner node lists the root as a kid: a cycle.
    doc.objects.insert(
        inner_id,
        dictionary! { "Type" => "Pages", "Parent" => pages_id, "Kids" => vec![page.into(), pages_id.into()], "Count" => 1 }.into(),
    );
    doc.objects.insert(
        pages_id,
        dictionary! { "Type" => "Pages", "Kids" => vec![inner_id.into()], "Count" => 1 }.into(),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let mut out = vec![];
    doc.save_to(&mut out).unwrap();
    let t = extract(&out).unwrap();
    assert_eq!(t.pages, vec!["Sida".to_string()]);
    assert!(t.warnings.iter().any(|w| w.contains("cycle")));
}

#[test]
fn operator_budget_truncates_with_a_warning() {
    let mut p = Pdf::new();
    let mut content = b"BT /F1 12 Tf 72 700 Td (Start) Tj ET\n".to_vec();
    for _ in 0..5000 {
        content.extend_from_slice(b"q Q ");
    }
    content.extend_from_slice(b"BT /F1 12 Tf 72 600 Td (Slut) Tj ET");
    p.page(&content, fonts(vec![("F1", helvetica())]), dictionary! {});
    let limits = Limits {
        max_ops_per_page: 1000,
        ..Limits::default()
    };
    let t = extract_with(&p.bytes(), &limits).unwrap();
    assert_eq!(t.pages, vec!["Start".to_string()]);
    assert!(t.warnings.iter().any(|w| w.contains("operators")));
}

#[test]
fn decompression_bomb_is_capped() {
    // 8 MiB of spaces compress to ~8 KiB; with a 1 MiB stream budget the page is skipped.
    let mut bomb = Stream::new(dictionary! {}, vec![b' '; 8 << 20]);
    bomb.compress().unwrap();
    assert!(bomb.content.len() < 1 << 20);
    let mut p = Pdf::new();
    let id = p.add(bomb);
    let page = dictionary! {
        "Type" => "Page", "Parent" => p.pages_id, "Contents" => id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    let pid = p.add(page);
    p.kids.push(pid.into());
    let limits = Limits {
        max_stream_bytes: 1 << 20,
        ..Limits::default()
    };
    let t = extract_with(&p.bytes(), &limits).unwrap();
    assert!(
        t.warnings
            .iter()
            .any(|w| w.contains("decodes to more than")),
        "{:?}",
        t.warnings
    );
}
