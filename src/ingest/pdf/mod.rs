//! PDF text extraction on lopdf's object model.
//!
//! lopdf parses the file (cross-reference repair, object streams, decryption); everything
//! about text is done here: the page tree walk (`pages`), the content-stream interpreter
//! (`interp`, with its own tokenizer in `lexer`), fonts and encodings (`font`, `cmap`, `glyphs`,
//! `std14`), layout into lines, columns and paragraphs (`layout`) and removal of running
//! headers/footers (`furniture`).
//!
//! Hostile files are held to a [`Limits`] budget: decompressed bytes per stream and per file,
//! operators per page, Form XObject depth, page count and wall time (checked cooperatively
//! while interpreting). A panic inside lopdf is caught and turned into an error.

mod cmap;
mod font;
mod furniture;
mod glyphs;
mod interp;
mod layout;
/// The rejoining of words broken at a line end, shared with the segmenter for plain text
/// that was extracted from a PDF elsewhere.
pub(crate) use layout::dehyphenate;
mod lexer;
mod std14;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::HashSet;
use std::time::{Duration, Instant};

pub use furniture::is_page_number;

/// Text of a PDF, page by page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfText {
    /// Text of each page, in reading order (no form feeds inside).
    pub pages: Vec<String>,
    /// Running headers/footers removed from the pages.
    pub furniture: Vec<String>,
    /// Problems that did not stop extraction.
    pub warnings: Vec<String>,
}

/// Budgets a single PDF cannot exceed.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest decoded size of one stream, in bytes.
    pub max_stream_bytes: usize,
    /// Largest decoded size of all streams of the file together, in bytes.
    pub max_total_bytes: usize,
    /// Most content-stream operators run for one page (Form XObjects included).
    pub max_ops_per_page: usize,
    /// Most glyphs kept for one page (a dense real page has some ten thousand).
    pub max_glyphs_per_page: usize,
    /// Most pages read.
    pub max_pages: usize,
    /// Wall time after which extraction stops (checked while interpreting pages; the text so
    /// far is kept and a warning says where it stopped).
    pub max_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 64 << 20,
            max_total_bytes: 512 << 20,
            max_ops_per_page: 2_000_000,
            max_glyphs_per_page: 500_000,
            max_pages: 20_000,
            max_time: Duration::from_secs(20),
        }
    }
}

/// Running totals against [`Limits`], shared by the interpreter and font loading.
pub struct Budget<'a> {
    limits: Limits,
    /// The file's bytes from its `%PDF-` on (lopdf's stream positions count from there), for
    /// recovering streams whose /Length is missing.
    file: &'a [u8],
    used_bytes: usize,
    ops: usize,
    start: Instant,
    /// Why a budget ran out (first reason), for the warnings.
    pub exceeded: Option<String>,
}

impl<'a> Budget<'a> {
    fn new(limits: Limits, bytes: &'a [u8]) -> Self {
        let offset = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
        Budget {
            limits,
            file: &bytes[offset..],
            used_bytes: 0,
            ops: 0,
            start: Instant::now(),
            exceeded: None,
        }
    }

    /// Counts one operator; an error once the page's operators or the time are used up.
    pub fn tick(&mut self) -> Result<(), String> {
        self.ops += 1;
        if self.ops > self.limits.max_ops_per_page {
            return Err(format!(
                "more than {} operators on a page; rest of the page skipped",
                self.limits.max_ops_per_page
            ));
        }
        if self.ops.is_multiple_of(4096) && self.timed_out() {
            return Err(format!(
                "time limit of {} s reached",
                self.limits.max_time.as_secs()
            ));
        }
        Ok(())
    }

    /// Most glyphs kept for one page.
    pub fn max_glyphs(&self) -> usize {
        self.limits.max_glyphs_per_page
    }

    fn timed_out(&self) -> bool {
        self.start.elapsed() > self.limits.max_time
    }

    /// Decodes a stream within the budgets. `None` (and a note in `exceeded`) when it is too
    /// large or its filter is unsupported (images, JBIG2…); an unfiltered stream is its bytes.
    pub fn decode(&mut self, s: &Stream) -> Option<Vec<u8>> {
        let left = self.limits.max_total_bytes.saturating_sub(self.used_bytes);
        let cap = self.limits.max_stream_bytes.min(left);
        let recovered;
        let s = match self.recover(s) {
            Some(r) => {
                recovered = r;
                &recovered
            }
            None => s,
        };
        match s.decompressed_content_with_limit(cap) {
            Ok(d) => {
                self.used_bytes += d.len();
                Some(d)
            }
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                self.exceeded.get_or_insert_with(|| {
                    format!("a stream decodes to more than {cap} bytes (skipped)")
                });
                None
            }
            Err(_) => None,
        }
    }
}

impl Budget<'_> {
    /// A stream that lopdf read as empty because its /Length is missing or wrong: its bytes
    /// up to `endstream`, taken from the file.
    fn recover(&self, s: &Stream) -> Option<Stream> {
        if !s.content.is_empty() {
            return None;
        }
        let start = s.start_position?;
        let rest = self.file.get(start..)?;
        let end = rest
            .windows(9)
            .take(self.limits.max_stream_bytes)
            .position(|w| w == b"endstream")?;
        let mut data = &rest[..end];
        while let [head @ .., b'\r' | b'\n'] = data {
            data = head;
        }
        if data.is_empty() {
            return None;
        }
        let mut dict = s.dict.clone();
        dict.set("Length", data.len() as i64);
        Some(Stream::new(dict, data.to_vec()))
    }
}

/// Follows references (a bounded number of hops).
pub(crate) fn deref<'a>(doc: &'a Document, mut o: &'a Object) -> Option<&'a Object> {
    for _ in 0..16 {
        match o {
            Object::Reference(id) => o = doc.objects.get(id)?,
            other => return Some(other),
        }
    }
    None
}

/// A dictionary entry, dereferenced.
pub(crate) fn dict_get<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, d.get(key).ok()?)
}

/// A number object as f32.
pub(crate) fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

/// A page with its inherited attributes.
struct PageInfo<'a> {
    dict: &'a Dictionary,
    resources: Option<&'a Dictionary>,
    bbox: [f32; 4],
    rotate: i64,
}

pub(crate) fn rect(doc: &Document, o: Option<&Object>) -> Option<[f32; 4]> {
    let Object::Array(a) = deref(doc, o?)? else {
        return None;
    };
    if a.len() != 4 {
        return None;
    }
    let mut r = [0.0; 4];
    for (i, v) in a.iter().enumerate() {
        r[i] = deref(doc, v).and_then(num)?;
    }
    ((r[2] - r[0]).abs() > 1.0 && (r[3] - r[1]).abs() > 1.0).then_some(r)
}

/// The pages in order, walking the page tree with a cycle check and a depth limit. Falls back
/// to scanning for /Type /Page objects when the tree is unusable.
fn pages<'a>(
    doc: &'a Document,
    max_pages: usize,
    warnings: &mut Vec<String>,
    missing: &mut usize,
) -> Vec<PageInfo<'a>> {
    let mut out = vec![];
    let root = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
        .and_then(|c| c.get(b"Pages").ok());
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let mut cycle = false;
    // Iterative walk: (node, inherited resources, mediabox, cropbox, rotate, depth).
    type Frame<'a> = (
        &'a Object,
        Option<&'a Dictionary>,
        Option<[f32; 4]>,
        Option<[f32; 4]>,
        Option<i64>,
        usize,
    );
    let mut stack: Vec<Frame<'a>> = vec![];
    if let Some(r) = root {
        stack.push((r, None, None, None, None, 0));
    }
    while let Some((node, res, mbox, cbox, rot, depth)) = stack.pop() {
        if out.len() >= max_pages {
            warnings.push(format!("more than {max_pages} pages; the rest is skipped"));
            break;
        }
        if let Object::Reference(id) = node
            && !seen.insert(*id)
        {
            cycle = true;
            continue;
        }
        let Some(dict) = deref(doc, node).and_then(|o| o.as_dict().ok()) else {
            *missing += 1;
            continue;
        };
        let res = dict_get(doc, dict, b"Resources")
            .and_then(|o| o.as_dict().ok())
            .or(res);
        let mbox = rect(doc, dict.get(b"MediaBox").ok()).or(mbox);
        let cbox = rect(doc, dict.get(b"CropBox").ok()).or(cbox);
        let rot = dict_get(doc, dict, b"Rotate")
            .and_then(num)
            .map(|r| r as i64)
            .or(rot);
        let kids = match dict_get(doc, dict, b"Kids") {
            Some(Object::Array(k)) => Some(k),
            _ => None,
        };
        let is_page = dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Page")
            || (kids.is_none() && dict.has(b"Contents"));
        if let (false, Some(kids)) = (is_page, kids) {
            if depth > 64 {
                warnings.push("page tree nested too deeply; part of it is skipped".into());
                continue;
            }
            for k in kids.iter().rev() {
                stack.push((k, res, mbox, cbox, rot, depth + 1));
            }
        } else if is_page {
            let bbox = cbox.or(mbox).unwrap_or([0.0, 0.0, 595.0, 842.0]);
            let refs: Vec<&Object> = match dict.get(b"Contents") {
                Ok(Object::Array(a)) => a.iter().collect(),
                Ok(o) => vec![o],
                Err(_) => vec![],
            };
            *missing += refs
                .iter()
                .filter(|r| matches!(r, Object::Reference(id) if !doc.objects.contains_key(id)))
                .count();
            out.push(PageInfo {
                dict,
                resources: res,
                bbox,
                rotate: rot.unwrap_or(0),
            });
        }
    }
    if cycle {
        warnings.push("the page tree has a cycle; pages seen twice were skipped".into());
    }
    if out.is_empty() {
        // Damaged catalog: take every page object in object order.
        for obj in doc.objects.values() {
            if out.len() >= max_pages {
                break;
            }
            if let Ok(d) = obj.as_dict()
                && d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Page")
            {
                out.push(PageInfo {
                    dict: d,
                    resources: dict_get(doc, d, b"Resources").and_then(|o| o.as_dict().ok()),
                    bbox: rect(doc, d.get(b"MediaBox").ok()).unwrap_or([0.0, 0.0, 595.0, 842.0]),
                    rotate: dict_get(doc, d, b"Rotate").and_then(num).unwrap_or(0.0) as i64,
                });
            }
        }
        if !out.is_empty() {
            warnings.push("page tree unreadable; pages recovered by scanning objects".into());
        }
    }
    out
}

/// The content of a page: its streams decoded and joined.
fn page_content(doc: &Document, page: &Dictionary, budget: &mut Budget) -> Vec<u8> {
    let mut out = vec![];
    let streams: Vec<&Object> = match page.get(b"Contents").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Array(a)) => a.iter().take(10_000).collect(),
        Some(o @ Object::Stream(_)) => vec![o],
        _ => vec![],
    };
    for s in streams {
        if let Some(Object::Stream(st)) = deref(doc, s)
            && let Some(d) = budget.decode(st)
        {
            out.extend_from_slice(&d);
            out.push(b'\n');
        }
    }
    out
}

fn load(bytes: &[u8], limits: &Limits, rebuild: bool) -> Result<Document, String> {
    let opts = || lopdf::LoadOptions {
        // lopdf decodes object and cross-reference streams while loading, and keeps what
        // they hold: cap them at half the per-stream budget (real ones are a few MiB).
        max_decompressed_size: Some(limits.max_stream_bytes / 2),
        force_reconstruct: rebuild,
        ..Default::default()
    };
    let doc = match Document::load_mem_with_options(bytes, opts()) {
        Ok(d) => d,
        Err(lopdf::Error::Unimplemented(_)) if !rebuild => {
            // Abbreviated filter names (/Fl, /AHx…, allowed only for inline images) on object
            // streams: spell them out and let lopdf rebuild the shifted offsets by scanning.
            let spelled = spell_out_filters(bytes);
            return load(&spelled, limits, true);
        }
        Err(e) => return Err(load_error(&e)),
    };
    if doc.is_encrypted() && identity_crypt_filters(&doc) {
        // Only embedded files are encrypted (StmF and StrF are /Identity): the pages are
        // plain. lopdf would still ask for the password, so the trailer's /Encrypt key is
        // renamed in a copy of the bytes (same length, offsets stay valid) and read again.
        let patched = hide_encrypt_key(bytes);
        if let Ok(d) = Document::load_mem_with_options(&patched, opts())
            && !d.is_encrypted()
        {
            return Ok(d);
        }
    }
    if doc.is_encrypted() {
        // Most "protected" PDFs only restrict printing/copying and open with an empty user
        // password; lopdf decrypts them when loaded with that password.
        let mut o = opts();
        o.password = Some(String::new());
        return match Document::load_mem_with_options(bytes, o) {
            Ok(d) if !d.is_encrypted() => Ok(d),
            Ok(mut d) => match d.decrypt("") {
                Ok(()) => Ok(d),
                Err(_) => Err("encrypted: password required".into()),
            },
            Err(e) => match e {
                lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => {
                    // Files written without a trailer /ID: readers derive the key with an
                    // empty ID then. Add one after the last `trailer <<` (the table before it
                    // keeps its offsets) and try the empty password again.
                    if doc.trailer.get(b"ID").is_err()
                        && let Some(patched) = with_empty_id(bytes)
                        && let Ok(d) = Document::load_mem_with_options(&patched, {
                            let mut o = opts();
                            o.password = Some(String::new());
                            o
                        })
                        && !d.is_encrypted()
                    {
                        return Ok(d);
                    }
                    Err("encrypted: password required".into())
                }
                other => Err(format!("encrypted: cannot decrypt ({other})")),
            },
        };
    }
    Ok(doc)
}

/// Whether the encryption dictionary leaves strings and streams unencrypted (crypt filters
/// /Identity, V4 and later), as PDFs that encrypt only their attachments do.
fn identity_crypt_filters(doc: &Document) -> bool {
    let Ok(enc) = doc.get_encrypted() else {
        return false;
    };
    let v = dict_get(doc, enc, b"V").and_then(num).unwrap_or(0.0);
    let identity = |key: &[u8]| {
        dict_get(doc, enc, key)
            .and_then(|o| o.as_name().ok())
            .is_none_or(|n| n == b"Identity")
    };
    v >= 4.0 && identity(b"StmF") && identity(b"StrF")
}

/// A copy of the bytes with `/ID [<> <>]` added to the last trailer dictionary: the classic
/// `trailer <<`, or the dictionary of the last cross-reference stream (`N 0 obj << /Type
/// /XRef`), whichever comes later. Bytes are only inserted after the start of the table the
/// file's `startxref` points at, so every offset stays valid.
fn with_empty_id(bytes: &[u8]) -> Option<Vec<u8>> {
    let classic = bytes.windows(7).rposition(|w| w == b"trailer");
    let stream = bytes
        .windows(5)
        .rposition(|w| w == b"/XRef")
        .and_then(|x| bytes[..x].windows(3).rposition(|w| w == b"obj"));
    let t = classic.max(stream)?;
    let open = t + bytes[t..].windows(2).position(|w| w == b"<<")? + 2;
    let mut out = Vec::with_capacity(bytes.len() + 16);
    out.extend_from_slice(&bytes[..open]);
    out.extend_from_slice(b" /ID [<> <>] ");
    out.extend_from_slice(&bytes[open..]);
    Some(out)
}

/// A copy of the bytes with the abbreviated filter names written out in full.
fn spell_out_filters(bytes: &[u8]) -> Vec<u8> {
    const NAMES: &[(&[u8], &[u8])] = &[
        (b"/AHx", b"/ASCIIHexDecode"),
        (b"/A85", b"/ASCII85Decode"),
        (b"/LZW", b"/LZWDecode"),
        (b"/Fl", b"/FlateDecode"),
        (b"/RL", b"/RunLengthDecode"),
    ];
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut i = 0;
    'outer: while i < bytes.len() {
        if bytes[i] == b'/' {
            for (short, long) in NAMES {
                let end = i + short.len();
                if bytes.get(i..end) == Some(*short)
                    && bytes
                        .get(end)
                        .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.')
                {
                    out.extend_from_slice(long);
                    i = end;
                    continue 'outer;
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// A copy of the bytes with every `/Encrypt` key renamed to `/Encrypx`.
fn hide_encrypt_key(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let pat = b"/Encrypt";
    let mut i = 0;
    while i + pat.len() < out.len() {
        if &out[i..i + pat.len()] == pat && !out[i + pat.len()].is_ascii_alphanumeric() {
            out[i + pat.len() - 1] = b'x';
            i += pat.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Reads a PDF whose end is missing: with a trailer appended that points at the catalog if
/// one is left (or at the first object, so that lopdf accepts the file).
fn load_truncated(bytes: &[u8], limits: &Limits) -> Option<Document> {
    let catalog = find_object_with(bytes, b"/Catalog").or_else(|| find_object_with(bytes, b""))?;
    let mut patched = bytes.to_vec();
    patched.extend_from_slice(
        format!(
            "\nendstream endobj\ntrailer\n<< /Root {} {} R >>\n%%EOF\n",
            catalog.0, catalog.1
        )
        .as_bytes(),
    );
    let doc = load(&patched, limits, true).ok()?;
    let found = pages(&doc, limits.max_pages, &mut vec![], &mut 0).len();
    (found > 0).then_some(doc)
}

/// The id of the first `N G obj` whose next 200 bytes (up to its `endobj`) contain `needle`.
fn find_object_with(bytes: &[u8], needle: &[u8]) -> Option<(u32, u16)> {
    let mut i = 0;
    while let Some(p) = bytes[i..].windows(3).position(|w| w == b"obj") {
        let at = i + p;
        i = at + 3;
        // Walk back over "N G ".
        let head = &bytes[at.saturating_sub(24)..at];
        let text = String::from_utf8_lossy(head);
        let mut parts = text.split_ascii_whitespace().rev();
        let (Some(g), Some(n)) = (parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(n), Ok(g)) = (
            n.trim_start_matches(|c: char| !c.is_ascii_digit())
                .parse::<u32>(),
            g.parse::<u16>(),
        ) else {
            continue;
        };
        let mut body = &bytes[i..(i + 200).min(bytes.len())];
        if let Some(end) = body.windows(6).position(|w| w == b"endobj") {
            body = &body[..end];
        }
        if needle.is_empty() || body.windows(needle.len()).any(|w| w == needle) {
            return Some((n, g));
        }
    }
    None
}

fn load_error(e: &lopdf::Error) -> String {
    let s = e.to_string();
    let s = s.trim();
    if s.is_empty() {
        "damaged PDF".into()
    } else {
        format!("damaged PDF: {s}")
    }
}

/// A word hyphenated at the end of a page ("åt-" | "gärderna …") is completed on the page where
/// it starts: the rest of the word moves back from the start of the next page.
fn join_words_across_pages(pages: &mut [String], known: &HashSet<String>) {
    for i in 1..pages.len() {
        let (head, tail) = pages.split_at_mut(i);
        let (prev, next) = (&mut head[i - 1], &mut tail[0]);
        let trimmed = next.trim_start();
        let Some(keep) = layout::dehyphenate(prev, trimmed, known) else {
            continue;
        };
        let word_len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let word = trimmed[..word_len].to_string();
        if !keep {
            prev.pop();
        }
        prev.push_str(&word);
        let rest = trimmed[word_len..]
            .trim_start_matches([' ', '\n'])
            .to_string();
        *next = rest;
    }
}

/// Extracts the text of a PDF with the default [`Limits`]. The error is a one-line reason
/// ("encrypted: password required", "damaged PDF: …").
pub fn extract(bytes: &[u8]) -> Result<PdfText, String> {
    extract_with(bytes, &Limits::default())
}

/// Extracts the text of a PDF within the given limits.
pub fn extract_with(bytes: &[u8], limits: &Limits) -> Result<PdfText, String> {
    // Last line of defence: lopdf may panic on fuzzed input; one bad file must not take
    // down a batch.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract_inner(bytes, limits)
    })) {
        Ok(r) => r,
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("damaged PDF: the parser failed ({msg})"))
        }
    }
}

fn extract_inner(bytes: &[u8], limits: &Limits) -> Result<PdfText, String> {
    let mut warnings = vec![];
    let mut doc = match load(bytes, limits, false) {
        Ok(d) => d,
        Err(e) if e.starts_with("damaged PDF") => {
            // A truncated download has lost its trailer (and often its catalog): add a
            // trailer and let lopdf rebuild the table by scanning; the pages are then found
            // by their /Type even without a page tree.
            let Some(d) = load_truncated(bytes, limits) else {
                return Err(e);
            };
            warnings
                .push("damaged PDF (truncated?): no trailer; objects recovered by scanning".into());
            d
        }
        Err(e) => return Err(e),
    };
    let mut missing = 0;
    let found = pages(&doc, limits.max_pages, &mut vec![], &mut missing).len();
    if missing > 0 || found == 0 {
        // Pages the cross-reference table points to are missing: rebuild the table by
        // scanning the file, and keep whichever reading finds more pages.
        if let Ok(mut rebuilt) = load(bytes, limits, true) {
            // The scan's objects win; objects only the table reached are kept too.
            for (id, o) in &doc.objects {
                rebuilt.objects.entry(*id).or_insert_with(|| o.clone());
            }
            let mut m = 0;
            let n = pages(&rebuilt, limits.max_pages, &mut vec![], &mut m).len();
            if n > found || (n == found && m < missing) {
                doc = rebuilt;
                warnings.push("damaged cross-reference table; rebuilt by scanning the file".into());
            }
        }
    }
    let infos = pages(&doc, limits.max_pages, &mut warnings, &mut missing);
    let mut budget = Budget::new(limits.clone(), bytes);
    let mut fonts = interp::FontCache::default();
    let mut lines_per_page = Vec::with_capacity(infos.len());
    let mut heights = Vec::with_capacity(infos.len());
    let (mut unmapped, mut images, mut glyphs) = (0usize, 0usize, 0usize);
    for (n, info) in infos.iter().enumerate() {
        budget.ops = 0;
        if budget.timed_out() {
            warnings.push(format!(
                "time limit of {} s reached at page {}; the rest is skipped",
                limits.max_time.as_secs(),
                n + 1
            ));
            // Keep page boundaries: the remaining pages are empty.
            for _ in n..infos.len() {
                lines_per_page.push(vec![]);
                heights.push(842.0);
            }
            break;
        }
        let content = page_content(&doc, info.dict, &mut budget);
        let it = interp::Interp::new(&doc, &mut fonts, &mut budget, info.bbox, info.rotate);
        let page = it.run_page(&content, info.resources, info.dict);
        if let Some(why) = &page.truncated {
            warnings.push(format!("page {}: {why}", n + 1));
        }
        unmapped += page.unmapped;
        images += page.images;
        glyphs += page.glyphs.len();
        heights.push(page.height);
        lines_per_page.push(layout::page_lines(&page));
    }
    if let Some(why) = budget.exceeded.take() {
        warnings.push(why);
    }
    let furniture = furniture::remove(&mut lines_per_page, &heights);
    let known = layout::hyphenated_words(lines_per_page.iter().flatten().map(|l| l.text.as_str()));
    let mut pages: Vec<String> = lines_per_page
        .iter()
        .map(|l| layout::assemble(l, &known))
        .collect();
    join_words_across_pages(&mut pages, &known);
    if unmapped > 0 {
        warnings.push(format!(
            "{unmapped} glyph(s) without a Unicode mapping were left out"
        ));
    }
    if glyphs == 0 && unmapped > 0 {
        warnings.push(
            "no readable text: the fonts give no Unicode mapping (text drawn as glyph ids)".into(),
        );
    } else if glyphs == 0 && !infos.is_empty() {
        let what = if images > 0 {
            "no text layer (scanned?)"
        } else {
            "no text layer (scanned?): no text found on any page"
        };
        warnings.push(what.into());
    }
    if infos.is_empty() {
        return Err("damaged PDF: no pages found".into());
    }
    Ok(PdfText {
        pages,
        furniture,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_patches_keep_what_they_must() {
        assert_eq!(
            spell_out_filters(b"<</Filter [/AHx /Fl]>> /Flag /Fl"),
            b"<</Filter [/ASCIIHexDecode /FlateDecode]>> /Flag /FlateDecode".to_vec()
        );
        let p = hide_encrypt_key(b"trailer << /Encrypt 5 0 R /EncryptMetadata true >>");
        assert_eq!(
            p,
            b"trailer << /Encrypx 5 0 R /EncryptMetadata true >>".to_vec()
        );
        let with_id = with_empty_id(b"xref\n0 1\ntrailer\n<< /Root 1 0 R >>").unwrap();
        assert!(with_id.ends_with(b"<< /ID [<> <>]  /Root 1 0 R >>"));
        assert_eq!(
            find_object_with(
                b"1 0 obj << /Type /Page >> endobj 12 0 obj << /Type /Catalog >>",
                b"/Catalog"
            ),
            Some((12, 0))
        );
    }
}
