//! The content-stream interpreter: runs a page's operators (text state, text positioning and
//! showing, the CTM with q/Q, Form XObjects, marked content) and emits positioned glyphs.
//!
//! Positions are in "view" space: the page as displayed (after /Rotate), y upwards, in points.
//! Each glyph also records the direction its text runs in (0: left→right, 1: upwards,
//! 2: right→left, 3: downwards) with its coordinates turned so that its text runs left→right;
//! layout groups glyphs by direction.

use super::font::Font;
use super::lexer::{Lexer, Operand};
use super::{Budget, deref, dict_get, num};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;

/// Deepest nesting of Form XObjects.
pub const MAX_FORM_DEPTH: usize = 12;
/// Deepest q nesting kept (further q's are counted but not stored).
const MAX_GSTATE_DEPTH: usize = 256;

/// A positioned glyph (or a run of text from one code or one ActualText span).
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    /// Start of the glyph along its text direction.
    pub x: f32,
    /// Baseline position (upwards).
    pub y: f32,
    /// Advance along the text direction.
    pub w: f32,
    /// Font size in points.
    pub size: f32,
    /// Range of its text in [`PageGlyphs::text`].
    pub t0: u32,
    /// End of the range.
    pub t1: u32,
    /// Text direction (see module docs).
    pub dir: u8,
    /// Marked as a pagination artifact (header/footer) by a tagged PDF.
    pub artifact: bool,
}

/// Everything drawn on one page.
#[derive(Debug, Default)]
pub struct PageGlyphs {
    /// Glyphs in content order.
    pub glyphs: Vec<Glyph>,
    /// Backing text of the glyphs.
    pub text: String,
    /// Page height (view space).
    pub height: f32,
    /// Codes shown that had no text mapping.
    pub unmapped: usize,
    /// Images drawn (to tell a scan from an empty page).
    pub images: usize,
    /// A budget ran out on this page (message).
    pub truncated: Option<String>,
}

impl PageGlyphs {
    /// Text of a glyph.
    pub fn text_of(&self, g: &Glyph) -> &str {
        &self.text[g.t0 as usize..g.t1 as usize]
    }
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn finite(m: &Matrix) -> bool {
    m.iter().all(|v| v.is_finite())
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<usize>,
    size: f32,
    char_space: f32,
    word_space: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
}

/// Identity of a font dictionary for the cache.
#[derive(Hash, PartialEq, Eq, Clone, Copy)]
enum FontKey {
    Id(ObjectId),
    Ptr(usize),
}

/// Fonts loaded for a document, shared by its pages.
#[derive(Default)]
pub struct FontCache {
    fonts: Vec<Font>,
    by_key: HashMap<FontKey, usize>,
}

struct Marked {
    actual: Option<String>,
    start: usize,
    artifact: bool,
}

/// Runs the content of one page.
pub struct Interp<'d, 'c> {
    doc: &'d Document,
    fonts: &'c mut FontCache,
    budget: &'c mut Budget<'d>,
    out: PageGlyphs,
    /// View transform: page space → view space.
    view: Matrix,
    gs: GState,
    stack: Vec<GState>,
    /// q's beyond [`MAX_GSTATE_DEPTH`], matched by Q's before the stack is popped again.
    q_overflow: usize,
    tm: Matrix,
    tlm: Matrix,
    marked: Vec<Marked>,
    forms: Vec<ObjectId>,
}

/// The PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding ≈ Latin-1).
pub fn text_string(b: &[u8]) -> String {
    if b.len() >= 2 && b[0] == 0xfe && b[1] == 0xff {
        let units: Vec<u16> = b[2..]
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        char::decode_utf16(units).filter_map(|r| r.ok()).collect()
    } else if b.starts_with(&[0xef, 0xbb, 0xbf]) {
        String::from_utf8_lossy(&b[3..]).into_owned()
    } else {
        b.iter().map(|&c| c as char).collect()
    }
}

impl<'d, 'c> Interp<'d, 'c> {
    /// An interpreter for a page with the given visible box and /Rotate.
    pub fn new(
        doc: &'d Document,
        fonts: &'c mut FontCache,
        budget: &'c mut Budget<'d>,
        bbox: [f32; 4],
        rotate: i64,
    ) -> Self {
        let (x0, y0) = (bbox[0].min(bbox[2]), bbox[1].min(bbox[3]));
        let (w, h) = ((bbox[2] - bbox[0]).abs(), (bbox[3] - bbox[1]).abs());
        let shift = [1.0, 0.0, 0.0, 1.0, -x0, -y0];
        let rot = match rotate.rem_euclid(360) {
            90 => [0.0, -1.0, 1.0, 0.0, 0.0, w],
            180 => [-1.0, 0.0, 0.0, -1.0, w, h],
            270 => [0.0, 1.0, -1.0, 0.0, h, 0.0],
            _ => IDENTITY,
        };
        let view = mul(&shift, &rot);
        let vh = if matches!(rotate.rem_euclid(360), 90 | 270) {
            w
        } else {
            h
        };
        Interp {
            doc,
            fonts,
            budget,
            out: PageGlyphs {
                height: vh,
                ..Default::default()
            },
            view,
            gs: GState {
                ctm: IDENTITY,
                font: None,
                size: 0.0,
                char_space: 0.0,
                word_space: 0.0,
                hscale: 1.0,
                leading: 0.0,
                rise: 0.0,
            },
            stack: vec![],
            q_overflow: 0,
            tm: IDENTITY,
            tlm: IDENTITY,
            marked: vec![],
            forms: vec![],
        }
    }

    /// Runs a content stream with its resources, then the appearance streams of the page's
    /// annotations (filled-in form fields, free-text comments), then returns what was drawn.
    pub fn run_page(
        mut self,
        content: &[u8],
        resources: Option<&'d Dictionary>,
        page: &'d Dictionary,
    ) -> PageGlyphs {
        self.run(content, resources);
        self.annotations(page);
        self.out
    }

    fn annotations(&mut self, page: &'d Dictionary) {
        let doc = self.doc;
        let Some(Object::Array(annots)) = dict_get(doc, page, b"Annots") else {
            return;
        };
        for a in annots.iter().take(2000) {
            let Some(annot) = deref(doc, a).and_then(|o| o.as_dict().ok()) else {
                continue;
            };
            let subtype = dict_get(doc, annot, b"Subtype").and_then(|o| o.as_name().ok());
            if matches!(subtype, Some(b"Popup" | b"Link")) {
                continue;
            }
            // Hidden (2) or NoView (32) annotations are not shown.
            let flags = dict_get(doc, annot, b"F").and_then(num).unwrap_or(0.0) as i64;
            if flags & (2 | 32) != 0 {
                continue;
            }
            let Some(rect) = super::rect(doc, annot.get(b"Rect").ok()) else {
                continue;
            };
            let Some(ap) = dict_get(doc, annot, b"AP").and_then(|o| o.as_dict().ok()) else {
                continue;
            };
            let Some(normal) = ap.get(b"N").ok() else {
                continue;
            };
            let (id, stream) = match deref(doc, normal) {
                Some(Object::Stream(s)) => (normal.as_reference().ok(), s),
                Some(Object::Dictionary(states)) => {
                    // Appearance states (check boxes): the one named by /AS.
                    let Some(state) = dict_get(doc, annot, b"AS").and_then(|o| o.as_name().ok())
                    else {
                        continue;
                    };
                    let Ok(entry) = states.get(state) else {
                        continue;
                    };
                    match deref(doc, entry) {
                        Some(Object::Stream(s)) => (entry.as_reference().ok(), s),
                        _ => continue,
                    }
                }
                _ => continue,
            };
            self.gs.ctm = IDENTITY;
            self.stack.clear();
            self.marked.clear();
            self.run_form(stream, id, None, Some(rect));
            if self.out.truncated.is_some() {
                break;
            }
        }
    }

    fn run(&mut self, content: &[u8], resources: Option<&'d Dictionary>) {
        let mut lex = Lexer::new(content);
        let mut ops: Vec<Operand> = Vec::with_capacity(8);
        while let Some(op) = lex.next_op(&mut ops) {
            if let Err(why) = self.budget.tick() {
                self.out.truncated.get_or_insert(why);
                return;
            }
            self.op(op, &ops, resources);
        }
    }

    fn nums<const N: usize>(ops: &[Operand]) -> Option<[f32; N]> {
        if ops.len() < N {
            return None;
        }
        let mut a = [0.0; N];
        for (i, o) in ops[ops.len() - N..].iter().enumerate() {
            a[i] = o.num()?;
        }
        Some(a)
    }

    fn op(&mut self, op: &[u8], ops: &[Operand], res: Option<&'d Dictionary>) {
        match op {
            b"q" => match self.stack.len() < MAX_GSTATE_DEPTH {
                true => self.stack.push(self.gs.clone()),
                false => self.q_overflow += 1,
            },
            b"Q" => match self.q_overflow {
                0 => self.gs = self.stack.pop().unwrap_or_else(|| self.gs.clone()),
                _ => self.q_overflow -= 1,
            },
            b"cm" => {
                if let Some(m) = Self::nums::<6>(ops) {
                    let c = mul(&m, &self.gs.ctm);
                    if finite(&c) {
                        self.gs.ctm = c;
                    }
                }
            }
            b"BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            b"ET" => {}
            b"Tc" => {
                if let Some([v]) = Self::nums::<1>(ops) {
                    self.gs.char_space = v;
                }
            }
            b"Tw" => {
                if let Some([v]) = Self::nums::<1>(ops) {
                    self.gs.word_space = v;
                }
            }
            b"Tz" => {
                if let Some([v]) = Self::nums::<1>(ops) {
                    self.gs.hscale = v / 100.0;
                }
            }
            b"TL" => {
                if let Some([v]) = Self::nums::<1>(ops) {
                    self.gs.leading = v;
                }
            }
            b"Ts" => {
                if let Some([v]) = Self::nums::<1>(ops) {
                    self.gs.rise = v;
                }
            }
            b"Tf" => {
                if let [Operand::Name(name), size] =
                    ops.get(ops.len().saturating_sub(2)..).unwrap_or(&[])
                {
                    self.gs.size = size.num().unwrap_or(0.0);
                    self.gs.font = self.load_font(name, res);
                }
            }
            b"Td" => {
                if let Some([tx, ty]) = Self::nums::<2>(ops) {
                    self.move_line(tx, ty);
                }
            }
            b"TD" => {
                if let Some([tx, ty]) = Self::nums::<2>(ops) {
                    self.gs.leading = -ty;
                    self.move_line(tx, ty);
                }
            }
            b"Tm" => {
                if let Some(m) = Self::nums::<6>(ops)
                    && finite(&m)
                {
                    self.tm = m;
                    self.tlm = m;
                }
            }
            b"T*" => self.move_line(0.0, -self.gs.leading),
            b"Tj" => {
                if let Some(Operand::Str(s)) = ops.last() {
                    self.show(s);
                }
            }
            b"'" => {
                self.move_line(0.0, -self.gs.leading);
                if let Some(Operand::Str(s)) = ops.last() {
                    self.show(s);
                }
            }
            b"\"" => {
                if let [aw, ac, Operand::Str(s)] =
                    ops.get(ops.len().saturating_sub(3)..).unwrap_or(&[])
                {
                    self.gs.word_space = aw.num().unwrap_or(0.0);
                    self.gs.char_space = ac.num().unwrap_or(0.0);
                    self.move_line(0.0, -self.gs.leading);
                    self.show(s);
                }
            }
            b"TJ" => {
                if let Some(Operand::Array(items)) = ops.last() {
                    for it in items {
                        match it {
                            Operand::Str(s) => self.show(s),
                            Operand::Num(n) => {
                                let tx = -n / 1000.0 * self.gs.size * self.gs.hscale;
                                self.advance(tx);
                            }
                            _ => {}
                        }
                    }
                }
            }
            b"Do" => {
                if let Some(Operand::Name(name)) = ops.last() {
                    self.xobject(name, res);
                }
            }
            b"BI" | b"sh" => {}
            b"BMC" => self.marked.push(Marked {
                actual: None,
                start: self.out.glyphs.len(),
                artifact: self.in_artifact(),
            }),
            b"BDC" => {
                let props = match ops.last() {
                    Some(Operand::Dict(d)) => Some(d),
                    _ => None,
                };
                let tag = match ops.first() {
                    Some(Operand::Name(n)) => *n,
                    _ => b"",
                };
                let actual = props.and_then(|d| {
                    d.iter().find_map(|(k, v)| match (*k, v) {
                        (b"ActualText", Operand::Str(s)) => Some(text_string(s)),
                        _ => None,
                    })
                });
                let pagination = tag == b"Artifact"
                    && props.is_some_and(|d| {
                        d.iter().any(|(k, v)| {
                            matches!(
                                (*k, v),
                                (b"Type", Operand::Name(b"Pagination"))
                                    | (b"Subtype", Operand::Name(b"Header" | b"Footer"))
                            )
                        })
                    });
                self.marked.push(Marked {
                    actual,
                    start: self.out.glyphs.len(),
                    artifact: pagination || self.in_artifact(),
                });
            }
            b"EMC" => {
                if let Some(m) = self.marked.pop()
                    && let Some(text) = m.actual
                {
                    self.apply_actual_text(m.start, &text);
                }
            }
            _ => {}
        }
    }

    fn in_artifact(&self) -> bool {
        self.marked.last().is_some_and(|m| m.artifact)
    }

    /// Replaces the glyphs drawn since `start` by one run carrying the ActualText.
    fn apply_actual_text(&mut self, start: usize, text: &str) {
        let gl = &mut self.out.glyphs;
        if start >= gl.len() {
            return;
        }
        let first = gl[start];
        // Only merge glyphs on the first glyph's line and direction.
        if gl[start..]
            .iter()
            .any(|g| g.dir != first.dir || (g.y - first.y).abs() > first.size.max(1.0))
        {
            return;
        }
        let end = gl[start..]
            .iter()
            .map(|g| g.x + g.w)
            .fold(first.x + first.w, f32::max);
        gl.truncate(start);
        let t = super::font::clean_text(text);
        let t0 = self.out.text.len() as u32;
        self.out.text.push_str(&t);
        let t1 = self.out.text.len() as u32;
        self.out.glyphs.push(Glyph {
            w: end - first.x,
            t0,
            t1,
            ..first
        });
    }

    fn move_line(&mut self, tx: f32, ty: f32) {
        let m = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        if finite(&m) {
            self.tlm = m;
            self.tm = m;
        }
    }

    fn advance(&mut self, tx: f32) {
        if tx.is_finite() {
            self.tm[4] += tx * self.tm[0];
            self.tm[5] += tx * self.tm[1];
        }
    }

    fn load_font(&mut self, name: &[u8], res: Option<&'d Dictionary>) -> Option<usize> {
        let fonts = res
            .and_then(|r| dict_get(self.doc, r, b"Font"))
            .and_then(|o| o.as_dict().ok())?;
        let entry = fonts.get(name).ok()?;
        let key = match entry {
            Object::Reference(id) => FontKey::Id(*id),
            other => FontKey::Ptr(other as *const Object as usize),
        };
        if let Some(&i) = self.fonts.by_key.get(&key) {
            return Some(i);
        }
        let dict = deref(self.doc, entry)?.as_dict().ok()?;
        let font = Font::load(self.doc, dict, self.budget);
        self.fonts.fonts.push(font);
        let i = self.fonts.fonts.len() - 1;
        self.fonts.by_key.insert(key, i);
        Some(i)
    }

    fn show(&mut self, s: &[u8]) {
        let Some(fi) = self.gs.font else {
            // No font selected: nothing can be decoded. Count as unmapped.
            self.out.unmapped += s.len();
            return;
        };
        let gs = &self.gs;
        let size = gs.size;
        let (tc, tw, th, rise) = (gs.char_space, gs.word_space, gs.hscale, gs.rise);
        // Text rendering matrix without the per-glyph translation.
        let m = mul(&mul(&self.tm, &gs.ctm), &self.view);
        let font = &mut self.fonts.fonts[fi];
        let size_scale = font.size_scale;
        // Size in view space: length of the transformed y unit, times the font size.
        let vsize = (m[2] * m[2] + m[3] * m[3]).sqrt() * size.abs() * size_scale;
        let xlen = (m[0] * m[0] + m[1] * m[1]).sqrt();
        let dir = if m[0].abs() >= m[1].abs() {
            if m[0] >= 0.0 { 0 } else { 2 }
        } else if m[1] > 0.0 {
            1
        } else {
            3
        };
        let first_new = self.out.glyphs.len();
        let out = &mut self.out;
        let mut u = 0.0f32;
        font.decode(s, |code| {
            let adv = (code.width * size + tc + if code.word_space { tw } else { 0.0 }) * th;
            // Origin of the glyph in view space.
            let px = u * m[0] + rise * m[2] + m[4];
            let py = u * m[1] + rise * m[3] + m[5];
            let (x, y) = match dir {
                0 => (px, py),
                1 => (py, -px),
                2 => (-px, -py),
                _ => (-py, px),
            };
            let w = code.width * size * th * xlen;
            match code.text {
                Some(t) if !t.is_empty() => {
                    let t0 = out.text.len() as u32;
                    out.text.push_str(t);
                    let t1 = out.text.len() as u32;
                    out.glyphs.push(Glyph {
                        x,
                        y,
                        w: if w.is_finite() { w.abs() } else { 0.0 },
                        size: if vsize.is_finite() { vsize } else { 0.0 },
                        t0,
                        t1,
                        dir,
                        artifact: false,
                    });
                }
                Some(_) => {}
                None => out.unmapped += 1,
            }
            u += adv;
        });
        if self.marked.last().is_some_and(|m| m.artifact) {
            for g in &mut self.out.glyphs[first_new..] {
                g.artifact = true;
            }
        }
        self.advance(u);
    }

    fn xobject(&mut self, name: &[u8], res: Option<&'d Dictionary>) {
        let doc = self.doc;
        let Some(xobjs) = res
            .and_then(|r| dict_get(doc, r, b"XObject"))
            .and_then(|o| o.as_dict().ok())
        else {
            return;
        };
        let Ok(entry) = xobjs.get(name) else { return };
        let id = entry.as_reference().ok();
        let Some(Object::Stream(stream)) = deref(doc, entry) else {
            return;
        };
        match stream.dict.get(b"Subtype").and_then(|o| o.as_name()) {
            Ok(b"Image") => {
                self.out.images += 1;
                return;
            }
            Ok(b"Form") => {}
            _ => return,
        }
        self.run_form(stream, id, res, None);
    }

    /// Runs a Form XObject (or an annotation's appearance stream, placed by `place`).
    fn run_form(
        &mut self,
        stream: &'d lopdf::Stream,
        id: Option<ObjectId>,
        res: Option<&'d Dictionary>,
        place: Option<[f32; 4]>,
    ) {
        let doc = self.doc;
        if self.forms.len() >= MAX_FORM_DEPTH {
            self.out
                .truncated
                .get_or_insert_with(|| "Form XObjects nested too deeply".into());
            return;
        }
        if let Some(id) = id {
            if self.forms.contains(&id) {
                return; // A form that draws itself.
            }
            self.forms.push(id);
        } else {
            self.forms.push((0, 0));
        }
        let Some(content) = self.budget.decode(stream) else {
            self.forms.pop();
            return;
        };
        let matrix = match dict_get(doc, &stream.dict, b"Matrix") {
            Some(Object::Array(a)) if a.len() == 6 => {
                let mut m = IDENTITY;
                for (i, o) in a.iter().enumerate() {
                    m[i] = deref(doc, o).and_then(num).unwrap_or(m[i]);
                }
                m
            }
            _ => IDENTITY,
        };
        let form_res = dict_get(doc, &stream.dict, b"Resources")
            .and_then(|o| o.as_dict().ok())
            .or(res);
        let saved = (self.gs.clone(), self.stack.len(), self.tm, self.tlm);
        let mut c = mul(&matrix, &self.gs.ctm);
        if let Some(rect) = place {
            // Annotation: the form's bounding box, transformed by its matrix, is fitted to
            // the annotation's rectangle in default page space.
            let bbox = match dict_get(doc, &stream.dict, b"BBox") {
                Some(Object::Array(a)) if a.len() == 4 => {
                    let v: Vec<f32> = a
                        .iter()
                        .map(|o| deref(doc, o).and_then(num).unwrap_or(0.0))
                        .collect();
                    [v[0], v[1], v[2], v[3]]
                }
                _ => rect,
            };
            let pts = [
                (bbox[0], bbox[1]),
                (bbox[2], bbox[1]),
                (bbox[0], bbox[3]),
                (bbox[2], bbox[3]),
            ]
            .map(|(x, y)| {
                (
                    x * matrix[0] + y * matrix[2] + matrix[4],
                    x * matrix[1] + y * matrix[3] + matrix[5],
                )
            });
            let (mut x0, mut y0, mut x1, mut y1) = (
                f32::INFINITY,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::NEG_INFINITY,
            );
            for (x, y) in pts {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
            let (rx0, ry0) = (rect[0].min(rect[2]), rect[1].min(rect[3]));
            let (rx1, ry1) = (rect[0].max(rect[2]), rect[1].max(rect[3]));
            let sx = if x1 - x0 > 0.0 {
                (rx1 - rx0) / (x1 - x0)
            } else {
                1.0
            };
            let sy = if y1 - y0 > 0.0 {
                (ry1 - ry0) / (y1 - y0)
            } else {
                1.0
            };
            let fit = [sx, 0.0, 0.0, sy, rx0 - x0 * sx, ry0 - y0 * sy];
            c = mul(&matrix, &fit);
        }
        if finite(&c) {
            self.gs.ctm = c;
        }
        self.run(&content, form_res);
        self.stack.truncate(saved.1);
        self.gs = saved.0;
        self.tm = saved.2;
        self.tlm = saved.3;
        self.forms.pop();
    }
}
