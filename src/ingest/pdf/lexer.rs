//! A tokenizer for content streams and CMaps.
//!
//! Written by hand instead of using lopdf's content parser because text extraction needs to run
//! over every operator of every page quickly, without building an `Object` tree per operation,
//! and needs to keep going past garbage (a damaged stream yields the operations before and after
//! the damage instead of failing as a whole). Nesting of arrays and dictionaries is capped.

/// One operand of a content-stream operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand<'a> {
    /// A number (integer or real).
    Num(f32),
    /// A name, without the slash and with `#xx` escapes left as they are.
    Name(&'a [u8]),
    /// A string (literal or hex), decoded to bytes.
    Str(Vec<u8>),
    /// An array.
    Array(Vec<Operand<'a>>),
    /// A dictionary, as key/value pairs.
    Dict(Vec<(&'a [u8], Operand<'a>)>),
    /// true/false/null and anything else that is not an operator.
    Other,
}

impl Operand<'_> {
    /// The number, if it is one.
    pub fn num(&self) -> Option<f32> {
        match self {
            Operand::Num(n) => Some(*n),
            _ => None,
        }
    }
}

/// Maximum nesting of arrays/dictionaries inside a content stream.
const MAX_NESTING: usize = 32;
/// Operands kept before an operator; more are dropped (a hostile stream can push millions).
const MAX_OPERANDS: usize = 64;

/// A token: an operand or an operator keyword.
#[derive(Debug)]
pub enum Token<'a> {
    /// An operand.
    Operand(Operand<'a>),
    /// A keyword (operator).
    Keyword(&'a [u8]),
    /// A stray `]`.
    ArrayEnd,
    /// A stray `>>`.
    DictEnd,
}

/// Tokenizer over a byte buffer.
pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    fn skip_white(&mut self) {
        while self.pos < self.data.len() {
            let b = self.data[self.pos];
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while self.pos < self.data.len() && !matches!(self.data[self.pos], b'\n' | b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next operator with its operands (cleared and refilled). `None` at the end.
    pub fn next_op(&mut self, operands: &mut Vec<Operand<'a>>) -> Option<&'a [u8]> {
        operands.clear();
        loop {
            match self.token(0)? {
                Token::Operand(o) => {
                    if operands.len() < MAX_OPERANDS {
                        operands.push(o);
                    }
                }
                Token::Keyword(k) => {
                    if k == b"BI" {
                        self.skip_inline_image();
                        operands.clear();
                        continue;
                    }
                    return Some(k);
                }
                // Stray closers: ignore.
                Token::ArrayEnd | Token::DictEnd => {}
            }
        }
    }

    /// The next token (for CMaps, whose sections hold more operands than an operator may).
    pub fn next_token(&mut self) -> Option<Token<'a>> {
        self.token(0)
    }

    /// The next token; `None` at the end of the data.
    fn token(&mut self, depth: usize) -> Option<Token<'a>> {
        self.skip_white();
        let d = self.data;
        let b = *d.get(self.pos)?;
        match b {
            b'/' => {
                self.pos += 1;
                let s = self.pos;
                while self.pos < d.len() && !is_white(d[self.pos]) && !is_delim(d[self.pos]) {
                    self.pos += 1;
                }
                Some(Token::Operand(Operand::Name(&d[s..self.pos])))
            }
            b'(' => {
                self.pos += 1;
                Some(Token::Operand(Operand::Str(self.literal_string())))
            }
            b'<' if d.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                if depth >= MAX_NESTING {
                    self.skip_nested();
                    return Some(Token::Operand(Operand::Other));
                }
                Some(Token::Operand(self.dict(depth)))
            }
            b'<' => {
                self.pos += 1;
                Some(Token::Operand(Operand::Str(self.hex_string())))
            }
            b'>' if d.get(self.pos + 1) == Some(&b'>') => {
                self.pos += 2;
                Some(Token::DictEnd)
            }
            b'[' => {
                self.pos += 1;
                if depth >= MAX_NESTING {
                    self.skip_nested();
                    return Some(Token::Operand(Operand::Other));
                }
                Some(Token::Operand(self.array(depth)))
            }
            b']' => {
                self.pos += 1;
                Some(Token::ArrayEnd)
            }
            b'{' | b'}' | b')' | b'>' => {
                // PostScript procedure braces (in CMaps) and stray closers: skip.
                self.pos += 1;
                Some(Token::Operand(Operand::Other))
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let s = self.pos;
                self.pos += 1;
                while self.pos < d.len() && !is_white(d[self.pos]) && !is_delim(d[self.pos]) {
                    self.pos += 1;
                }
                Some(Token::Operand(Operand::Num(parse_number(&d[s..self.pos]))))
            }
            _ => {
                let s = self.pos;
                while self.pos < d.len() && !is_white(d[self.pos]) && !is_delim(d[self.pos]) {
                    self.pos += 1;
                }
                let k = &d[s..self.pos];
                match k {
                    b"true" | b"false" | b"null" => Some(Token::Operand(Operand::Other)),
                    _ => Some(Token::Keyword(k)),
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Operand<'a> {
        let mut items = vec![];
        loop {
            match self.token(depth + 1) {
                None | Some(Token::ArrayEnd) => return Operand::Array(items),
                Some(Token::Operand(o)) => items.push(o),
                Some(Token::Keyword(_)) | Some(Token::DictEnd) => {}
            }
        }
    }

    fn dict(&mut self, depth: usize) -> Operand<'a> {
        let mut items = vec![];
        let mut key: Option<&'a [u8]> = None;
        loop {
            match self.token(depth + 1) {
                None | Some(Token::DictEnd) => return Operand::Dict(items),
                Some(Token::Operand(Operand::Name(n))) if key.is_none() => key = Some(n),
                Some(Token::Operand(o)) => {
                    if let Some(k) = key.take() {
                        items.push((k, o));
                    }
                }
                Some(Token::Keyword(_)) | Some(Token::ArrayEnd) => {}
            }
        }
    }

    /// Skips bytes up to the end of the array/dictionary just opened, counting brackets only
    /// (no recursion: this is the path for hostile nesting).
    fn skip_nested(&mut self) {
        let d = self.data;
        let mut level = 1usize;
        while self.pos < d.len() && level > 0 {
            match d[self.pos] {
                b'[' => level += 1,
                b']' => level -= 1,
                b'<' if d.get(self.pos + 1) == Some(&b'<') => {
                    level += 1;
                    self.pos += 1;
                }
                b'>' if d.get(self.pos + 1) == Some(&b'>') => {
                    level -= 1;
                    self.pos += 1;
                }
                _ => {}
            }
            self.pos += 1;
        }
    }

    fn literal_string(&mut self) -> Vec<u8> {
        let d = self.data;
        let mut out = Vec::new();
        let mut level = 1usize;
        while self.pos < d.len() {
            let b = d[self.pos];
            self.pos += 1;
            match b {
                b'(' => {
                    level += 1;
                    out.push(b);
                }
                b')' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(&e) = d.get(self.pos) else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if d.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match d.get(self.pos) {
                                    Some(&c @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(c - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        let d = self.data;
        let mut out = Vec::new();
        let mut hi: Option<u8> = None;
        while self.pos < d.len() {
            let b = d[self.pos];
            self.pos += 1;
            let v = match b {
                b'>' => break,
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => continue,
            };
            match hi.take() {
                Some(h) => out.push(h << 4 | v),
                None => hi = Some(v),
            }
        }
        if let Some(h) = hi {
            out.push(h << 4);
        }
        out
    }

    /// Skips an inline image: from after `BI` past `ID <data> EI`.
    fn skip_inline_image(&mut self) {
        let d = self.data;
        // Find the ID keyword.
        while self.pos + 1 < d.len() {
            if d[self.pos] == b'I'
                && d[self.pos + 1] == b'D'
                && (self.pos == 0 || is_white(d[self.pos - 1]) || is_delim(d[self.pos - 1]))
                && d.get(self.pos + 2).is_none_or(|&b| is_white(b))
            {
                self.pos += 3;
                break;
            }
            self.pos += 1;
        }
        // Find EI surrounded by white space (or at the end).
        while self.pos + 1 < d.len() {
            if d[self.pos] == b'E'
                && d[self.pos + 1] == b'I'
                && self.pos > 0
                && is_white(d[self.pos - 1])
                && d.get(self.pos + 2)
                    .is_none_or(|&b| is_white(b) || is_delim(b))
            {
                self.pos += 2;
                return;
            }
            self.pos += 1;
        }
        self.pos = d.len();
    }
}

/// Parses a PDF number leniently ("--5", "5.", ".5", "1.2.3" → best effort, 0 on garbage).
pub fn parse_number(s: &[u8]) -> f32 {
    let mut neg = false;
    let mut i = 0;
    while i < s.len() && matches!(s[i], b'+' | b'-') {
        neg ^= s[i] == b'-';
        i += 1;
    }
    let mut v: f64 = 0.0;
    let mut frac = 0.0f64;
    let mut scale = 1.0f64;
    let mut seen_dot = false;
    for &b in &s[i..] {
        match b {
            b'0'..=b'9' if seen_dot => {
                scale /= 10.0;
                frac += f64::from(b - b'0') * scale;
            }
            b'0'..=b'9' => v = v * 10.0 + f64::from(b - b'0'),
            b'.' if !seen_dot => seen_dot = true,
            _ => break,
        }
    }
    let r = (v + frac) as f32;
    let r = if neg { -r } else { r };
    if r.is_finite() { r } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(src: &[u8]) -> Vec<(String, Vec<Operand<'_>>)> {
        let mut l = Lexer::new(src);
        let mut v = vec![];
        let mut o = vec![];
        while let Some(k) = l.next_op(&mut o) {
            v.push((String::from_utf8_lossy(k).into_owned(), o.clone()));
        }
        v
    }

    #[test]
    fn tokenizes_text_operators() {
        let v = ops(b"BT /F1 12 Tf 72 700 Td (a\\(b\\)\\344\\\nc) Tj [<00410042> -250 (x)] TJ ET");
        assert_eq!(v[1].0, "Tf");
        assert_eq!(v[1].1, vec![Operand::Name(b"F1"), Operand::Num(12.0)]);
        assert_eq!(v[3].1, vec![Operand::Str(b"a(b)\xe4c".to_vec())]);
        match &v[4].1[0] {
            Operand::Array(a) => {
                assert_eq!(a[0], Operand::Str(vec![0, 0x41, 0, 0x42]));
                assert_eq!(a[1], Operand::Num(-250.0));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(v.last().unwrap().0, "ET");
    }

    #[test]
    fn skips_inline_images_and_survives_garbage() {
        let v = ops(b"BI /W 1 /H 1 ID \x00EI\xff EI q ) ] >> } Q /P <</MCID 3>> BDC");
        let names: Vec<_> = v.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["q", "Q", "BDC"]);
        assert!(matches!(&v[2].1[1], Operand::Dict(d) if d[0].0 == b"MCID"));
    }

    #[test]
    fn deep_nesting_is_capped() {
        let src = vec![b'['; 100_000];
        let v = ops(&src);
        assert!(v.is_empty());
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number(b"-.5"), -0.5);
        assert_eq!(parse_number(b"--3"), 3.0);
        assert_eq!(parse_number(b"12."), 12.0);
        assert_eq!(parse_number(b"abc"), 0.0);
    }
}
