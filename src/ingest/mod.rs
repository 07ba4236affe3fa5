//! Reading articles: a file's bytes become an [`Article`] whatever the format or encoding.
//!
//! Detection goes by content first (magic bytes, markup), extension second. Each reader
//! returns an [`Extracted`] (metadata + paragraphs); [`assemble`] joins the paragraphs into
//! the article text and records their spans.

pub mod clutter;
mod datelines;
mod decode;
mod docx;
pub mod html;
mod markdown;
mod pdf;
pub mod text;

use crate::error::{Error, Result};
use crate::model::{Article, Format, Span};
use sha2::{Digest, Sha256};
use std::path::Path;

/// Files larger than this are refused rather than read.
pub const MAX_FILE_BYTES: u64 = 25 * 1024 * 1024;

/// What a format reader found: metadata and body paragraphs (plain text, no markup).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// The headline, when the file carries one.
    pub title: Option<String>,
    /// The publication, when the file names it.
    pub outlet: Option<String>,
    /// Who wrote it, as the file prints it.
    pub byline: Option<String>,
    /// When it was published, as the file writes it.
    pub published: Option<String>,
    /// The body paragraphs, plain text.
    pub paragraphs: Vec<String>,
    /// Text taken out as page clutter (captions, teasers, promos), in reading order.
    pub dropped: Vec<String>,
    /// What the reader should know about the page ("looks like a list, not an article").
    pub warnings: Vec<String>,
}

/// Reads and ingests one file. Errors name the file and say why in one line.
pub fn read_file(path: &Path) -> Result<Article> {
    let meta = std::fs::metadata(path).map_err(|e| Error::new(path, io_reason(&e)))?;
    if meta.is_dir() {
        return Err(Error::new(path, "is a directory, not a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::new(
            path,
            format!(
                "file is too large ({:.1} MB; the limit is {} MB)",
                meta.len() as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::new(path, io_reason(&e)))?;
    let mut article = ingest_bytes(path, &bytes)?;
    article.path = Some(path.to_path_buf());
    Ok(article)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "file not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read the file ({e})"),
    }
}

/// Ingests bytes that came from `path` (the path is used for its name and extension only).
pub fn ingest_bytes(path: &Path, bytes: &[u8]) -> Result<Article> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::new(path, "file is too large"));
    }
    let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    let (format, extracted, encoding) = match detect(bytes, &ext) {
        Detected::Pdf => (Format::Pdf, pdf::read(bytes).map_err(|r| Error::new(path, r))?, "binary".to_string()),
        Detected::Docx => (Format::Docx, docx::read(bytes).map_err(|r| Error::new(path, r))?, "binary".to_string()),
        Detected::Refused(reason) => return Err(Error::new(path, reason)),
        Detected::Text => {
            let decoded = decode::decode(bytes).map_err(|r| Error::new(path, r))?;
            let format = text_format(&decoded.text, &ext);
            let extracted = match format {
                Format::Html => html::read(&decoded.text),
                Format::Markdown => markdown::read(&decoded.text),
                _ => text::read(&decoded.text),
            };
            (format, extracted, decoded.encoding)
        }
    };
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "pasted text".into());
    let article = assemble(extracted, format, encoding, file_name, sha256_hex(bytes));
    if article.text.trim().is_empty() {
        let why = match format {
            Format::Html => "no article text found in the HTML",
            Format::Pdf => "no text found in the PDF (is it a scanned image?)",
            _ => "the file has no text",
        };
        return Err(Error::new(path, why));
    }
    Ok(article)
}

/// Ingests text typed or pasted by the user, named `name`.
pub fn ingest_pasted(name: &str, text: &str) -> Result<Article> {
    let mut article = ingest_bytes(Path::new(name), text.as_bytes())?;
    article.path = None;
    Ok(article)
}

/// The SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

enum Detected {
    Text,
    Pdf,
    Docx,
    Refused(String),
}

fn detect(bytes: &[u8], ext: &str) -> Detected {
    if bytes.starts_with(b"%PDF-") {
        return Detected::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return if ext == "docx" || zip_has_word_document(bytes) {
            Detected::Docx
        } else {
            Detected::Refused("a ZIP archive that is not a Word (.docx) document".into())
        };
    }
    if ext == "pdf" {
        return Detected::Refused("not a valid PDF (the file does not start with %PDF-)".into());
    }
    if ext == "docx" {
        return Detected::Refused("not a valid DOCX (the file is not a ZIP archive)".into());
    }
    if let Some(kind) = image_or_binary_kind(bytes) {
        return Detected::Refused(format!("{kind}, not an article"));
    }
    Detected::Text
}

fn zip_has_word_document(bytes: &[u8]) -> bool {
    bytes.windows(17).take(1 << 20).any(|w| w == b"word/document.xml")
}

fn image_or_binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
        (b"BM", "a bitmap image"),
        (b"\x7FELF", "an executable program"),
        (b"MZ", "a Windows executable"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"\xD0\xCF\x11\xE0", "an old Office (.doc) document"),
        (b"ID3", "an MP3 audio file"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            // "BM" and "MZ" are also how plain words can start; require a binary body too.
            if (magic == b"BM" || magic == b"MZ") && !decode::looks_binary(bytes) {
                continue;
            }
            return Some(kind);
        }
    }
    None
}

fn text_format(text: &str, ext: &str) -> Format {
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        "md" | "markdown" | "mdown" | "mkd" => return Format::Markdown,
        _ => {}
    }
    let head: String = text.trim_start().chars().take(1024).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<')
            && (head.contains("<body") || head.contains("<head") || head.contains("<p>") || head.contains("<div")))
    {
        return Format::Html;
    }
    Format::Text
}

/// Runs `f`, turning a panic inside it into `Err` without the panic message on stderr: a
/// third-party reader's panic on a damaged file is reported once, as that file's one-line
/// reason. Panics elsewhere (other threads, or outside `f`) are printed as usual.
pub(crate) fn catch_quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    thread_local! {
        static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result
}

/// Joins paragraphs into the article text ("\n\n" between them) and records their spans.
pub fn assemble(ex: Extracted, format: Format, encoding: String, file_name: String, sha256: String) -> Article {
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for p in ex.paragraphs {
        let p = clean_line(&p);
        if p.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&p);
        paragraphs.push(Span::new(start, text.len()));
    }
    let tidy = |s: Option<String>| s.map(|s| clean_line(&s)).filter(|s| !s.is_empty());
    Article {
        path: None,
        file_name,
        sha256,
        format,
        encoding,
        title: tidy(ex.title),
        outlet: tidy(ex.outlet),
        byline: tidy(ex.byline),
        published: tidy(ex.published),
        text,
        paragraphs,
        dropped: ex.dropped.iter().map(|d| clean_line(d)).filter(|d| !d.is_empty()).collect(),
        warnings: ex.warnings,
    }
}

/// Collapses runs of whitespace to one space and drops control characters (NUL, bidi
/// overrides are kept: they are real text in right-to-left articles).
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_graphic() {
            // A run of printable ASCII goes over whole: most of every line. A single space
            // between two printable chars stays inside the run (it is kept as it is), so that
            // a line of plain prose is copied in one piece rather than word by word.
            let start = i;
            loop {
                while i < bytes.len() && bytes[i].is_ascii_graphic() {
                    i += 1;
                }
                if i + 1 < bytes.len() && bytes[i] == b' ' && bytes[i + 1].is_ascii_graphic() {
                    i += 2;
                    continue;
                }
                break;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&s[start..i]);
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        if c.is_whitespace() || c == '\u{00A0}' {
            space = true;
        } else if c.is_control() || c == '\u{FEFF}' {
            continue;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}
