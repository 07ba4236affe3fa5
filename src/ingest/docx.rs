//! DOCX: the paragraphs of word/document.xml, read with limits against zip bombs.

use super::Extracted;
use quick_xml::events::Event;
use std::io::Read;

/// word/document.xml larger than this once unpacked is refused (a zip bomb guard).
const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

pub fn read(bytes: &[u8]) -> Result<Extracted, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a valid DOCX (broken ZIP archive: {e})"))?;
    let title = read_entry(&mut archive, "docProps/core.xml").ok().and_then(|xml| core_title(&xml));
    let xml = read_entry(&mut archive, "word/document.xml")?;
    let paragraphs = document_paragraphs(&xml)?;
    let mut ex = super::text::read_lines(paragraphs);
    if ex.title.is_none() {
        ex.title = title;
    }
    Ok(ex)
}

fn read_entry<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<String, String> {
    let entry = archive.by_name(name).map_err(|_| format!("not a valid DOCX (no {name} inside)"))?;
    let mut out = Vec::new();
    entry
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("not a valid DOCX (cannot unpack {name}: {e})"))?;
    if out.len() as u64 > MAX_XML_BYTES {
        return Err(format!("DOCX refused: {name} unpacks to more than {} MB", MAX_XML_BYTES >> 20));
    }
    String::from_utf8(out).map_err(|_| format!("not a valid DOCX ({name} is not UTF-8)"))
}

fn document_paragraphs(xml: &str) -> Result<Vec<String>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tab" => current.push(' '),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"tab" | b"br" | b"cr" => current.push(' '),
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => paragraphs.push(std::mem::take(&mut current)),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let s = t.decode().map_err(|e| format!("not a valid DOCX (bad text: {e})"))?;
                current.push_str(&quick_xml::escape::unescape(&s).unwrap_or(std::borrow::Cow::Borrowed(&s)));
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                let name = r.decode().unwrap_or_default();
                let resolved = match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                current.push_str(resolved);
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(format!("not a valid DOCX (broken document.xml: {e})")),
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        paragraphs.push(current);
    }
    Ok(paragraphs)
}

fn core_title(xml: &str) -> Option<String> {
    let start = xml.find("<dc:title>")? + "<dc:title>".len();
    let end = xml[start..].find("</dc:title>")? + start;
    let t = xml[start..end].trim();
    (!t.is_empty()).then(|| t.to_string())
}
