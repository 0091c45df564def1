//! Glyph names → Unicode: the part of the Adobe Glyph List that Latin text needs (ASCII,
//! Latin-1, Latin Extended-A, punctuation, ligatures, common typographic and symbol names), and
//! the three base encodings of simple fonts as code → character tables.
//!
//! Names not in the table are resolved by rule in [`glyph_to_unicode`]: `uniXXXX[XXXX…]`,
//! `uXXXX[XX]`, suffixes such as `.sc`/`.alt`, and `_`-joined ligature names.

/// Glyph name → character, sorted by name (binary search).
static GLYPHS: &[(&str, char)] = &[
    ("A", '\u{0041}'),
    ("AE", '\u{00c6}'),
    ("Aacute", '\u{00c1}'),
    ("Abreve", '\u{0102}'),
    ("Acircumflex", '\u{00c2}'),
    ("Adieresis", '\u{00c4}'),
    ("Agrave", '\u{00c0}'),
    ("Amacron", '\u{0100}'),
    ("Aogonek", '\u{0104}'),
    ("Aring", '\u{00c5}'),
    ("Atilde", '\u{00c3}'),
    ("B", '\u{0042}'),
    ("C", '\u{0043}'),
    ("Cacute", '\u{0106}'),
    ("Ccaron", '\u{010c}'),
    ("Ccedilla", '\u{00c7}'),
    ("Ccircumflex", '\u{0108}'),
    ("Cdotaccent", '\u{010a}'),
    ("D", '\u{0044}'),
    ("Dcaron", '\u{010e}'),
    ("Dcroat", '\u{0110}'),
    ("Delta", '\u{2206}'),
    ("E", '\u{0045}'),
    ("Eacute", '\u{00c9}'),
    ("Ebreve", '\u{0114}'),
    ("Ecaron", '\u{011a}'),
    ("Ecircumflex", '\u{00ca}'),
    ("Edieresis", '\u{00cb}'),
    ("Edotaccent", '\u{0116}'),
    ("Egrave", '\u{00c8}'),
    ("Emacron", '\u{0112}'),
    ("Eng", '\u{014a}'),
    ("Eogonek", '\u{0118}'),
    ("Eth", '\u{00d0}'),
    ("Euro", '\u{20ac}'),
    ("F", '\u{0046}'),
    ("G", '\u{0047}'),
    ("Gbreve", '\u{011e}'),
    ("Gcedilla", '\u{0122}'),
    ("Gcircumflex", '\u{011c}'),
    ("Gdotaccent", '\u{0120}'),
    ("H", '\u{0048}'),
    ("H18533", '\u{25cf}'),
    ("H18543", '\u{25aa}'),
    ("H18551", '\u{25ab}'),
    ("H22073", '\u{25a1}'),
    ("Hbar", '\u{0126}'),
    ("Hcircumflex", '\u{0124}'),
    ("I", '\u{0049}'),
    ("IJ", '\u{0132}'),
    ("Iacute", '\u{00cd}'),
    ("Ibreve", '\u{012c}'),
    ("Icircumflex", '\u{00ce}'),
    ("Idieresis", '\u{00cf}'),
    ("Idotaccent", '\u{0130}'),
    ("Igrave", '\u{00cc}'),
    ("Imacron", '\u{012a}'),
    ("Iogonek", '\u{012e}'),
    ("Itilde", '\u{0128}'),
    ("J", '\u{004a}'),
    ("Jcircumflex", '\u{0134}'),
    ("K", '\u{004b}'),
    ("Kcedilla", '\u{0136}'),
    ("L", '\u{004c}'),
    ("Lacute", '\u{0139}'),
    ("Lcaron", '\u{013d}'),
    ("Lcedilla", '\u{013b}'),
    ("Ldot", '\u{013f}'),
    ("Lslash", '\u{0141}'),
    ("M", '\u{004d}'),
    ("N", '\u{004e}'),
    ("Nacute", '\u{0143}'),
    ("Ncaron", '\u{0147}'),
    ("Ncedilla", '\u{0145}'),
    ("Ntilde", '\u{00d1}'),
    ("O", '\u{004f}'),
    ("OE", '\u{0152}'),
    ("Oacute", '\u{00d3}'),
    ("Obreve", '\u{014e}'),
    ("Ocircumflex", '\u{00d4}'),
    ("Odieresis", '\u{00d6}'),
    ("Ograve", '\u{00d2}'),
    ("Ohungarumlaut", '\u{0150}'),
    ("Omacron", '\u{014c}'),
    ("Omega", '\u{2126}'),
    ("Oslash", '\u{00d8}'),
    ("Otilde", '\u{00d5}'),
    ("P", '\u{0050}'),
    ("Q", '\u{0051}'),
    ("R", '\u{0052}'),
    ("Racute", '\u{0154}'),
    ("Rcaron", '\u{0158}'),
    ("Rcedilla", '\u{0156}'),
    ("S", '\u{0053}'),
    ("Sacute", '\u{015a}'),
    ("Scaron", '\u{0160}'),
    ("Scedilla", '\u{015e}'),
    ("Scircumflex", '\u{015c}'),
    ("Scommaaccent", '\u{0218}'),
    ("T", '\u{0054}'),
    ("Tcaron", '\u{0164}'),
    ("Tcedilla", '\u{0162}'),
    ("Tcommaaccent", '\u{021a}'),
    ("Thorn", '\u{00de}'),
    ("U", '\u{0055}'),
    ("Uacute", '\u{00da}'),
    ("Ubreve", '\u{016c}'),
    ("Ucircumflex", '\u{00db}'),
    ("Udieresis", '\u{00dc}'),
    ("Ugrave", '\u{00d9}'),
    ("Uhungarumlaut", '\u{0170}'),
    ("Umacron", '\u{016a}'),
    ("Uogonek", '\u{0172}'),
    ("Uring", '\u{016e}'),
    ("Utilde", '\u{0168}'),
    ("V", '\u{0056}'),
    ("W", '\u{0057}'),
    ("Wcircumflex", '\u{0174}'),
    ("X", '\u{0058}'),
    ("Y", '\u{0059}'),
    ("Yacute", '\u{00dd}'),
    ("Ycircumflex", '\u{0176}'),
    ("Ydieresis", '\u{0178}'),
    ("Z", '\u{005a}'),
    ("Zacute", '\u{0179}'),
    ("Zcaron", '\u{017d}'),
    ("Zdotaccent", '\u{017b}'),
    ("a", '\u{0061}'),
    ("aacute", '\u{00e1}'),
    ("abreve", '\u{0103}'),
    ("acircumflex", '\u{00e2}'),
    ("acute", '\u{00b4}'),
    ("adieresis", '\u{00e4}'),
    ("ae", '\u{00e6}'),
    ("afii10017", '\u{0410}'),
    ("afii61352", '\u{2116}'),
    ("agrave", '\u{00e0}'),
    ("alpha", '\u{03b1}'),
    ("amacron", '\u{0101}'),
    ("ampersand", '\u{0026}'),
    ("aogonek", '\u{0105}'),
    ("approxequal", '\u{2248}'),
    ("aring", '\u{00e5}'),
    ("arrowboth", '\u{2194}'),
    ("arrowdown", '\u{2193}'),
    ("arrowleft", '\u{2190}'),
    ("arrowright", '\u{2192}'),
    ("arrowup", '\u{2191}'),
    ("asciicircum", '\u{005e}'),
    ("asciitilde", '\u{007e}'),
    ("asterisk", '\u{002a}'),
    ("at", '\u{0040}'),
    ("atilde", '\u{00e3}'),
    ("b", '\u{0062}'),
    ("backslash", '\u{005c}'),
    ("bar", '\u{007c}'),
    ("beta", '\u{03b2}'),
    ("blackcircle", '\u{25cf}'),
    ("braceleft", '\u{007b}'),
    ("braceright", '\u{007d}'),
    ("bracketleft", '\u{005b}'),
    ("bracketright", '\u{005d}'),
    ("breve", '\u{02d8}'),
    ("brokenbar", '\u{00a6}'),
    ("bullet", '\u{2022}'),
    ("c", '\u{0063}'),
    ("cacute", '\u{0107}'),
    ("caron", '\u{02c7}'),
    ("ccaron", '\u{010d}'),
    ("ccedilla", '\u{00e7}'),
    ("ccircumflex", '\u{0109}'),
    ("cdotaccent", '\u{010b}'),
    ("cedilla", '\u{00b8}'),
    ("cent", '\u{00a2}'),
    ("checkmark", '\u{2713}'),
    ("circle", '\u{25cb}'),
    ("circumflex", '\u{02c6}'),
    ("colon", '\u{003a}'),
    ("comma", '\u{002c}'),
    ("copyright", '\u{00a9}'),
    ("currency", '\u{00a4}'),
    ("d", '\u{0064}'),
    ("dagger", '\u{2020}'),
    ("daggerdbl", '\u{2021}'),
    ("dcaron", '\u{010f}'),
    ("dcroat", '\u{0111}'),
    ("degree", '\u{00b0}'),
    ("delta", '\u{03b4}'),
    ("dieresis", '\u{00a8}'),
    ("divide", '\u{00f7}'),
    ("dollar", '\u{0024}'),
    ("dotaccent", '\u{02d9}'),
    ("dotlessi", '\u{0131}'),
    ("dotlessj", '\u{0237}'),
    ("e", '\u{0065}'),
    ("eacute", '\u{00e9}'),
    ("ebreve", '\u{0115}'),
    ("ecaron", '\u{011b}'),
    ("ecircumflex", '\u{00ea}'),
    ("edieresis", '\u{00eb}'),
    ("edotaccent", '\u{0117}'),
    ("egrave", '\u{00e8}'),
    ("eight", '\u{0038}'),
    ("ellipsis", '\u{2026}'),
    ("emacron", '\u{0113}'),
    ("emdash", '\u{2014}'),
    ("endash", '\u{2013}'),
    ("eng", '\u{014b}'),
    ("eogonek", '\u{0119}'),
    ("epsilon", '\u{03b5}'),
    ("equal", '\u{003d}'),
    ("estimated", '\u{212e}'),
    ("eth", '\u{00f0}'),
    ("euro", '\u{20ac}'),
    ("exclam", '\u{0021}'),
    ("exclamdown", '\u{00a1}'),
    ("f", '\u{0066}'),
    ("ff", '\u{fb00}'),
    ("ffi", '\u{fb03}'),
    ("ffl", '\u{fb04}'),
    ("fi", '\u{fb01}'),
    ("figuredash", '\u{2012}'),
    ("filledbox", '\u{25a0}'),
    ("five", '\u{0035}'),
    ("fl", '\u{fb02}'),
    ("florin", '\u{0192}'),
    ("four", '\u{0034}'),
    ("fraction", '\u{2044}'),
    ("g", '\u{0067}'),
    ("gamma", '\u{03b3}'),
    ("gbreve", '\u{011f}'),
    ("gcedilla", '\u{0123}'),
    ("gcircumflex", '\u{011d}'),
    ("gdotaccent", '\u{0121}'),
    ("germandbls", '\u{00df}'),
    ("grave", '\u{0060}'),
    ("greater", '\u{003e}'),
    ("greaterequal", '\u{2265}'),
    ("guillemetleft", '\u{00ab}'),
    ("guillemetright", '\u{00bb}'),
    ("guillemotleft", '\u{00ab}'),
    ("guillemotright", '\u{00bb}'),
    ("guilsinglleft", '\u{2039}'),
    ("guilsinglright", '\u{203a}'),
    ("h", '\u{0068}'),
    ("hbar", '\u{0127}'),
    ("hcircumflex", '\u{0125}'),
    ("hungarumlaut", '\u{02dd}'),
    ("hyphen", '\u{002d}'),
    ("i", '\u{0069}'),
    ("iacute", '\u{00ed}'),
    ("ibreve", '\u{012d}'),
    ("icircumflex", '\u{00ee}'),
    ("idieresis", '\u{00ef}'),
    ("igrave", '\u{00ec}'),
    ("ij", '\u{0133}'),
    ("imacron", '\u{012b}'),
    ("infinity", '\u{221e}'),
    ("integral", '\u{222b}'),
    ("iogonek", '\u{012f}'),
    ("itilde", '\u{0129}'),
    ("j", '\u{006a}'),
    ("jcircumflex", '\u{0135}'),
    ("k", '\u{006b}'),
    ("kcedilla", '\u{0137}'),
    ("l", '\u{006c}'),
    ("lacute", '\u{013a}'),
    ("lambda", '\u{03bb}'),
    ("lcaron", '\u{013e}'),
    ("lcedilla", '\u{013c}'),
    ("ldot", '\u{0140}'),
    ("less", '\u{003c}'),
    ("lessequal", '\u{2264}'),
    ("logicalnot", '\u{00ac}'),
    ("longs", '\u{017f}'),
    ("lozenge", '\u{25ca}'),
    ("lslash", '\u{0142}'),
    ("m", '\u{006d}'),
    ("macron", '\u{00af}'),
    ("middot", '\u{00b7}'),
    ("minus", '\u{2212}'),
    ("minute", '\u{2032}'),
    ("mu", '\u{00b5}'),
    ("mu1", '\u{00b5}'),
    ("multiply", '\u{00d7}'),
    ("n", '\u{006e}'),
    ("nacute", '\u{0144}'),
    ("napostrophe", '\u{0149}'),
    ("nbspace", '\u{00a0}'),
    ("ncaron", '\u{0148}'),
    ("ncedilla", '\u{0146}'),
    ("nine", '\u{0039}'),
    ("nonbreakingspace", '\u{00a0}'),
    ("notequal", '\u{2260}'),
    ("ntilde", '\u{00f1}'),
    ("numbersign", '\u{0023}'),
    ("numero", '\u{2116}'),
    ("o", '\u{006f}'),
    ("oacute", '\u{00f3}'),
    ("obreve", '\u{014f}'),
    ("ocircumflex", '\u{00f4}'),
    ("odieresis", '\u{00f6}'),
    ("oe", '\u{0153}'),
    ("ogonek", '\u{02db}'),
    ("ograve", '\u{00f2}'),
    ("ohungarumlaut", '\u{0151}'),
    ("omacron", '\u{014d}'),
    ("omega", '\u{03c9}'),
    ("one", '\u{0031}'),
    ("onehalf", '\u{00bd}'),
    ("onequarter", '\u{00bc}'),
    ("onesuperior", '\u{00b9}'),
    ("openbullet", '\u{25e6}'),
    ("ordfeminine", '\u{00aa}'),
    ("ordmasculine", '\u{00ba}'),
    ("oslash", '\u{00f8}'),
    ("otilde", '\u{00f5}'),
    ("p", '\u{0070}'),
    ("paragraph", '\u{00b6}'),
    ("parenleft", '\u{0028}'),
    ("parenright", '\u{0029}'),
    ("partialdiff", '\u{2202}'),
    ("percent", '\u{0025}'),
    ("period", '\u{002e}'),
    ("periodcentered", '\u{00b7}'),
    ("perthousand", '\u{2030}'),
    ("pi", '\u{03c0}'),
    ("plus", '\u{002b}'),
    ("plusminus", '\u{00b1}'),
    ("product", '\u{220f}'),
    ("q", '\u{0071}'),
    ("question", '\u{003f}'),
    ("questiondown", '\u{00bf}'),
    ("quotedbl", '\u{0022}'),
    ("quotedblbase", '\u{201e}'),
    ("quotedblleft", '\u{201c}'),
    ("quotedblright", '\u{201d}'),
    ("quoteleft", '\u{2018}'),
    ("quotereversed", '\u{201b}'),
    ("quoteright", '\u{2019}'),
    ("quotesinglbase", '\u{201a}'),
    ("quotesingle", '\u{0027}'),
    ("r", '\u{0072}'),
    ("racute", '\u{0155}'),
    ("radical", '\u{221a}'),
    ("rcaron", '\u{0159}'),
    ("rcedilla", '\u{0157}'),
    ("registered", '\u{00ae}'),
    ("ring", '\u{02da}'),
    ("s", '\u{0073}'),
    ("sacute", '\u{015b}'),
    ("scaron", '\u{0161}'),
    ("scedilla", '\u{015f}'),
    ("scircumflex", '\u{015d}'),
    ("scommaaccent", '\u{0219}'),
    ("second", '\u{2033}'),
    ("section", '\u{00a7}'),
    ("semicolon", '\u{003b}'),
    ("seven", '\u{0037}'),
    ("sfthyphen", '\u{00ad}'),
    ("sigma", '\u{03c3}'),
    ("six", '\u{0036}'),
    ("slash", '\u{002f}'),
    ("space", '\u{0020}'),
    ("square", '\u{25a1}'),
    ("sterling", '\u{00a3}'),
    ("summation", '\u{2211}'),
    ("t", '\u{0074}'),
    ("tcaron", '\u{0165}'),
    ("tcedilla", '\u{0163}'),
    ("tcommaaccent", '\u{021b}'),
    ("theta", '\u{03b8}'),
    ("thorn", '\u{00fe}'),
    ("three", '\u{0033}'),
    ("threequarters", '\u{00be}'),
    ("threesuperior", '\u{00b3}'),
    ("tilde", '\u{02dc}'),
    ("trademark", '\u{2122}'),
    ("triagrt", '\u{25ba}'),
    ("two", '\u{0032}'),
    ("twosuperior", '\u{00b2}'),
    ("u", '\u{0075}'),
    ("uacute", '\u{00fa}'),
    ("ubreve", '\u{016d}'),
    ("ucircumflex", '\u{00fb}'),
    ("udieresis", '\u{00fc}'),
    ("ugrave", '\u{00f9}'),
    ("uhungarumlaut", '\u{0171}'),
    ("umacron", '\u{016b}'),
    ("underscore", '\u{005f}'),
    ("uni00A0", '\u{00a0}'),
    ("uogonek", '\u{0173}'),
    ("uring", '\u{016f}'),
    ("utilde", '\u{0169}'),
    ("v", '\u{0076}'),
    ("w", '\u{0077}'),
    ("wcircumflex", '\u{0175}'),
    ("x", '\u{0078}'),
    ("y", '\u{0079}'),
    ("yacute", '\u{00fd}'),
    ("ycircumflex", '\u{0177}'),
    ("ydieresis", '\u{00ff}'),
    ("yen", '\u{00a5}'),
    ("z", '\u{007a}'),
    ("zacute", '\u{017a}'),
    ("zcaron", '\u{017e}'),
    ("zdotaccent", '\u{017c}'),
    ("zero", '\u{0030}'),
];

/// WinAnsiEncoding, codes 128–255 ('\0' = undefined).
pub static WIN_ANSI_HIGH: [char; 128] = [
    '\u{20ac}', '\0', '\u{201a}', '\u{0192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02c6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\0', '\u{017d}', '\0', '\0',
    '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02dc}',
    '\u{2122}', '\u{0161}', '\u{203a}', '\u{0153}', '\0', '\u{017e}', '\u{0178}', '\u{00a0}',
    '\u{00a1}', '\u{00a2}', '\u{00a3}', '\u{00a4}', '\u{00a5}', '\u{00a6}', '\u{00a7}', '\u{00a8}',
    '\u{00a9}', '\u{00aa}', '\u{00ab}', '\u{00ac}', '\u{00ad}', '\u{00ae}', '\u{00af}', '\u{00b0}',
    '\u{00b1}', '\u{00b2}', '\u{00b3}', '\u{00b4}', '\u{00b5}', '\u{00b6}', '\u{00b7}', '\u{00b8}',
    '\u{00b9}', '\u{00ba}', '\u{00bb}', '\u{00bc}', '\u{00bd}', '\u{00be}', '\u{00bf}', '\u{00c0}',
    '\u{00c1}', '\u{00c2}', '\u{00c3}', '\u{00c4}', '\u{00c5}', '\u{00c6}', '\u{00c7}', '\u{00c8}',
    '\u{00c9}', '\u{00ca}', '\u{00cb}', '\u{00cc}', '\u{00cd}', '\u{00ce}', '\u{00cf}', '\u{00d0}',
    '\u{00d1}', '\u{00d2}', '\u{00d3}', '\u{00d4}', '\u{00d5}', '\u{00d6}', '\u{00d7}', '\u{00d8}',
    '\u{00d9}', '\u{00da}', '\u{00db}', '\u{00dc}', '\u{00dd}', '\u{00de}', '\u{00df}', '\u{00e0}',
    '\u{00e1}', '\u{00e2}', '\u{00e3}', '\u{00e4}', '\u{00e5}', '\u{00e6}', '\u{00e7}', '\u{00e8}',
    '\u{00e9}', '\u{00ea}', '\u{00eb}', '\u{00ec}', '\u{00ed}', '\u{00ee}', '\u{00ef}', '\u{00f0}',
    '\u{00f1}', '\u{00f2}', '\u{00f3}', '\u{00f4}', '\u{00f5}', '\u{00f6}', '\u{00f7}', '\u{00f8}',
    '\u{00f9}', '\u{00fa}', '\u{00fb}', '\u{00fc}', '\u{00fd}', '\u{00fe}', '\u{00ff}',
];

/// MacRomanEncoding, codes 128–255.
pub static MAC_ROMAN_HIGH: [char; 128] = [
    '\u{00c4}', '\u{00c5}', '\u{00c7}', '\u{00c9}', '\u{00d1}', '\u{00d6}', '\u{00dc}', '\u{00e1}',
    '\u{00e0}', '\u{00e2}', '\u{00e4}', '\u{00e3}', '\u{00e5}', '\u{00e7}', '\u{00e9}', '\u{00e8}',
    '\u{00ea}', '\u{00eb}', '\u{00ed}', '\u{00ec}', '\u{00ee}', '\u{00ef}', '\u{00f1}', '\u{00f3}',
    '\u{00f2}', '\u{00f4}', '\u{00f6}', '\u{00f5}', '\u{00fa}', '\u{00f9}', '\u{00fb}', '\u{00fc}',
    '\u{2020}', '\u{00b0}', '\u{00a2}', '\u{00a3}', '\u{00a7}', '\u{2022}', '\u{00b6}', '\u{00df}',
    '\u{00ae}', '\u{00a9}', '\u{2122}', '\u{00b4}', '\u{00a8}', '\u{2260}', '\u{00c6}', '\u{00d8}',
    '\u{221e}', '\u{00b1}', '\u{2264}', '\u{2265}', '\u{00a5}', '\u{00b5}', '\u{2202}', '\u{2211}',
    '\u{220f}', '\u{03c0}', '\u{222b}', '\u{00aa}', '\u{00ba}', '\u{03a9}', '\u{00e6}', '\u{00f8}',
    '\u{00bf}', '\u{00a1}', '\u{00ac}', '\u{221a}', '\u{0192}', '\u{2248}', '\u{2206}', '\u{00ab}',
    '\u{00bb}', '\u{2026}', '\u{00a0}', '\u{00c0}', '\u{00c3}', '\u{00d5}', '\u{0152}', '\u{0153}',
    '\u{2013}', '\u{2014}', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{00f7}', '\u{25ca}',
    '\u{00ff}', '\u{0178}', '\u{2044}', '\u{00a4}', '\u{2039}', '\u{203a}', '\u{fb01}', '\u{fb02}',
    '\u{2021}', '\u{00b7}', '\u{201a}', '\u{201e}', '\u{2030}', '\u{00c2}', '\u{00ca}', '\u{00c1}',
    '\u{00cb}', '\u{00c8}', '\u{00cd}', '\u{00ce}', '\u{00cf}', '\u{00cc}', '\u{00d3}', '\u{00d4}',
    '\u{f8ff}', '\u{00d2}', '\u{00da}', '\u{00db}', '\u{00d9}', '\u{0131}', '\u{02c6}', '\u{02dc}',
    '\u{00af}', '\u{02d8}', '\u{02d9}', '\u{02da}', '\u{00b8}', '\u{02dd}', '\u{02db}', '\u{02c7}',
];

/// StandardEncoding, codes 128–255 (codes 0x27 and 0x60 differ from ASCII too).
pub static STANDARD_HIGH: [char; 128] = [
    '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0',
    '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0',
    '\0', '\u{00a1}', '\u{00a2}', '\u{00a3}', '\u{2044}', '\u{00a5}', '\u{0192}', '\u{00a7}',
    '\u{00a4}', '\u{0027}', '\u{201c}', '\u{00ab}', '\u{2039}', '\u{203a}', '\u{fb01}', '\u{fb02}',
    '\0', '\u{2013}', '\u{2020}', '\u{2021}', '\u{00b7}', '\0', '\u{00b6}', '\u{2022}', '\u{201a}',
    '\u{201e}', '\u{201d}', '\u{00bb}', '\u{2026}', '\u{2030}', '\0', '\u{00bf}', '\0', '\u{0060}',
    '\u{00b4}', '\u{02c6}', '\u{02dc}', '\u{00af}', '\u{02d8}', '\u{02d9}', '\u{00a8}', '\0',
    '\u{02da}', '\u{00b8}', '\0', '\u{02dd}', '\u{02db}', '\u{02c7}', '\u{2014}', '\0', '\0', '\0',
    '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\u{00c6}', '\0',
    '\u{00aa}', '\0', '\0', '\0', '\0', '\u{0141}', '\u{00d8}', '\u{0152}', '\u{00ba}', '\0', '\0',
    '\0', '\0', '\0', '\u{00e6}', '\0', '\0', '\0', '\u{0131}', '\0', '\0', '\u{0142}', '\u{00f8}',
    '\u{0153}', '\u{00df}', '\0', '\0', '\0', '\0',
];

/// The base encodings of simple fonts (PDF 32000-1, Annex D).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseEncoding {
    /// Adobe StandardEncoding (Type 1 fonts without an /Encoding).
    Standard,
    /// WinAnsiEncoding (Windows code page 1252).
    WinAnsi,
    /// MacRomanEncoding.
    MacRoman,
}

impl BaseEncoding {
    /// The encoding named by a PDF /BaseEncoding or /Encoding name.
    pub fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"WinAnsiEncoding" => Some(Self::WinAnsi),
            b"MacRomanEncoding" | b"MacExpertEncoding" => Some(Self::MacRoman),
            b"StandardEncoding" => Some(Self::Standard),
            _ => None,
        }
    }

    /// The character a code stands for, if the encoding defines it.
    pub fn char(self, code: u8) -> Option<char> {
        let c = match (self, code) {
            (Self::Standard, 0x27) => '\u{2019}',
            (Self::Standard, 0x60) => '\u{2018}',
            (_, 0x20..=0x7e) => code as char,
            (Self::WinAnsi, 0x80..=0xff) => WIN_ANSI_HIGH[usize::from(code - 0x80)],
            (Self::MacRoman, 0x80..=0xff) => MAC_ROMAN_HIGH[usize::from(code - 0x80)],
            (Self::Standard, 0x80..=0xff) => STANDARD_HIGH[usize::from(code - 0x80)],
            _ => '\0',
        };
        (c != '\0').then_some(c)
    }
}

/// The character of a glyph name: the table, then `uniXXXX`, `uXXXX[XX]`, then the part before
/// a `.suffix` ("a.sc"), then `_`-joined ligatures ("f_f_i"). `None` for unknown names (TeX's
/// "g3"-style names, "cid123", …).
pub fn glyph_to_unicode(name: &str) -> Option<String> {
    if let Ok(i) = GLYPHS.binary_search_by(|(n, _)| n.cmp(&name)) {
        return Some(GLYPHS[i].1.to_string());
    }
    if let Some(hex) = name.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let units: Vec<u16> = (0..hex.len() / 4)
            .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
            .collect();
        let s: String = char::decode_utf16(units).filter_map(|r| r.ok()).collect();
        return (!s.is_empty()).then_some(s);
    }
    if let Some(hex) = name.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .map(String::from);
    }
    if let Some((base, _)) = name.split_once('.')
        && !base.is_empty()
    {
        return glyph_to_unicode(base);
    }
    if name.contains('_') {
        let parts: Option<Vec<String>> = name.split('_').map(glyph_to_unicode).collect();
        return parts.map(|p| p.concat());
    }
    None
}

/// The glyph name of a character, for width lookups in the standard-14 metrics.
pub fn unicode_to_glyph(c: char) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static REV: OnceLock<HashMap<char, &'static str>> = OnceLock::new();
    let rev = REV.get_or_init(|| {
        let mut m = HashMap::new();
        for (n, c) in GLYPHS {
            // Prefer the first (alphabetically) but keep canonical names for duplicates.
            m.entry(*c).or_insert(*n);
        }
        m.insert('\u{b7}', "periodcentered");
        m.insert('\u{ab}', "guillemotleft");
        m.insert('\u{bb}', "guillemotright");
        m.insert('\u{20ac}', "Euro");
        m.insert('\u{a0}', "space");
        m.insert('\u{ad}', "hyphen");
        m
    });
    rev.get(&c).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve() {
        assert_eq!(glyph_to_unicode("aring").as_deref(), Some("å"));
        assert_eq!(glyph_to_unicode("Odieresis").as_deref(), Some("Ö"));
        assert_eq!(glyph_to_unicode("uni00E4").as_deref(), Some("ä"));
        assert_eq!(glyph_to_unicode("uniD83DDE00").as_deref(), Some("😀"));
        assert_eq!(glyph_to_unicode("u1F600").as_deref(), Some("😀"));
        assert_eq!(glyph_to_unicode("a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_to_unicode("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(glyph_to_unicode("g31"), None);
        assert!(GLYPHS.windows(2).all(|w| w[0].0 < w[1].0), "table sorted");
    }

    #[test]
    fn base_encodings() {
        assert_eq!(BaseEncoding::WinAnsi.char(0xe5), Some('å'));
        assert_eq!(BaseEncoding::WinAnsi.char(0x96), Some('–'));
        assert_eq!(BaseEncoding::MacRoman.char(0x8c), Some('å'));
        assert_eq!(BaseEncoding::Standard.char(0x27), Some('’'));
        assert_eq!(BaseEncoding::Standard.char(0xae), Some('\u{fb01}'));
        assert_eq!(unicode_to_glyph('ö'), Some("odieresis"));
    }
}
