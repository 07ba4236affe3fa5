//! Reading every supported format and encoding, and refusing bad input with a clear reason.

use crosscheck::ingest::{self, MAX_FILE_BYTES};
use crosscheck::model::Format;
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn read(name: &str) -> crosscheck::model::Article {
    ingest::read_file(&fixture(name)).unwrap_or_else(|e| panic!("{name} should load: {e}"))
}

fn err(name: &str) -> String {
    match ingest::read_file(&fixture(name)) {
        Ok(a) => panic!("{name} should be refused, got {:?}", a.text),
        Err(e) => {
            let line = e.to_string();
            assert!(line.contains(name), "the error names the file: {line}");
            assert!(!line.contains('\n'), "one line: {line}");
            line
        }
    }
}

#[test]
fn plain_text_with_header_and_furniture() {
    let a = read("wire_report.txt");
    assert_eq!(a.format, Format::Text);
    assert_eq!(a.title.as_deref(), Some("Harbour bridge reopens after two-year repair"));
    assert_eq!(a.byline.as_deref(), Some("Ada Lindqvist"));
    assert_eq!(a.outlet.as_deref(), Some("Coastal Times"));
    assert_eq!(a.published.as_deref(), Some("March 4, 2024"));
    assert_eq!(a.paragraphs.len(), 3);
    assert!(!a.text.contains("Share this") && !a.text.contains("Comments"));
    for p in &a.paragraphs {
        assert!(a.text.is_char_boundary(p.start) && a.text.is_char_boundary(p.end));
    }
    assert!(a.slice(a.paragraphs[1]).starts_with("\"The bridge is safer"));
    assert_eq!(a.sha256.len(), 64);
}

#[test]
fn line_endings() {
    for name in ["crlf.txt", "cr_only.txt"] {
        let a = read(name);
        assert_eq!(a.title.as_deref(), Some("Harbour bridge reopens"), "{name}");
        assert_eq!(a.paragraphs.len(), 2, "{name}: one paragraph per line");
        assert!(!a.text.contains('\r'));
    }
}

#[test]
fn encodings() {
    let a = read("utf8_bom.txt");
    assert_eq!(a.title.as_deref(), Some("Café owners welcome the bridge"));
    assert_eq!(a.encoding, "UTF-8");
    let a = read("windows1252.txt");
    assert_eq!(a.encoding, "windows-1252");
    assert!(a.text.contains("“It is a new start,” said the owner of the café."), "{}", a.text);
    for (name, enc) in
        [("utf16le_bom.txt", "UTF-16LE"), ("utf16be_bom.txt", "UTF-16BE"), ("utf16le_nobom.txt", "UTF-16LE")]
    {
        let a = read(name);
        assert_eq!(a.encoding, enc, "{name}");
        assert_eq!(a.title.as_deref(), Some("Bridge news in UTF-16"), "{name}");
        assert!(a.text.contains("said the mayor"), "{name}");
    }
}

#[test]
fn html_page() {
    let a = read("page.html");
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.title.as_deref(), Some("Bridge reopens after repair"));
    assert_eq!(a.outlet.as_deref(), Some("Coastal Times"));
    assert_eq!(a.byline.as_deref(), Some("Ada Lindqvist"));
    assert!(a.published.as_deref().is_some_and(|d| d.starts_with("2024-03-04")));
    assert!(a.text.contains("“The bridge is safer today"), "{}", a.text);
    for furniture in ["Home", "Share on Facebook", "Great news, finally", "Sport"] {
        assert!(!a.text.contains(furniture), "{furniture} leaked into: {}", a.text);
    }
}

#[test]
fn markdown() {
    let a = read("notes.md");
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(a.title.as_deref(), Some("Bridge works, a timeline"));
    assert_eq!(a.byline.as_deref(), Some("Ada Lindqvist"));
    assert!(a.text.contains("Work began in March 2022 with the removal"));
    assert!(a.text.contains("The bridge reopened on Monday, see the city page."));
    assert!(!a.text.contains("**") && !a.text.contains("]("));
}

#[test]
fn html_detected_by_content() {
    let a = ingest::ingest_bytes(Path::new("saved_page"), b"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>One paragraph of real article text that is long enough to be kept by any extractor, about the harbour bridge and its repair.</p></article></body></html>")
        .expect("loads");
    assert_eq!(a.format, Format::Html);
}

/// A minimal valid PDF with one page of text, offsets computed so the xref table is right.
fn tiny_pdf(text: &str) -> Vec<u8> {
    let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts: zip::write::SimpleFileOptions = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", opts).expect("zip");
        zip.write_all(
            b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        )
        .expect("zip");
        zip.start_file("word/document.xml", opts).expect("zip");
        let body: String =
            paragraphs.iter().map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>")).collect();
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        zip.write_all(xml.as_bytes()).expect("zip");
        zip.finish().expect("zip");
    }
    buf.into_inner()
}

#[test]
fn pdf_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("statement.pdf");
    std::fs::write(&path, tiny_pdf("The council approved the budget on Tuesday.")).expect("write");
    let a = ingest::read_file(&path).expect("pdf loads");
    assert_eq!(a.format, Format::Pdf);
    assert!(a.text.contains("The council approved the budget on Tuesday."), "{:?}", a.text);
}

#[test]
fn docx_paragraphs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("memo.docx");
    std::fs::write(
        &path,
        docx(&[
            "Council approves budget",
            "By Ann Lee",
            "The council approved the budget &amp; the plan on Tuesday.",
            "A second paragraph.",
        ]),
    )
    .expect("write");
    let a = ingest::read_file(&path).expect("docx loads");
    assert_eq!(a.format, Format::Docx);
    assert_eq!(a.title.as_deref(), Some("Council approves budget"));
    assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.text.contains("the budget & the plan"), "{}", a.text);
}

#[test]
fn docx_zip_bomb_is_refused() {
    // 80 MB of one repeated character compresses to well under a megabyte.
    let big = "a".repeat(80 * 1024 * 1024);
    let bytes = docx(&[&big]);
    assert!(bytes.len() < 2 * 1024 * 1024);
    let e = ingest::ingest_bytes(Path::new("bomb.docx"), &bytes).expect_err("refused");
    assert!(e.reason.contains("unpacks to more than"), "{e}");
}

#[test]
fn bad_inputs_are_one_line_errors() {
    assert!(err("empty.txt").contains("empty"));
    assert!(err("whitespace.txt").contains("whitespace"));
    assert!(err("noise.bin").contains("binary"));
    assert!(err("noise.txt").contains("binary"));
    assert!(err("image_renamed.txt").contains("PNG image"));
    assert!(err("broken.pdf").contains("PDF"));
    assert!(err("broken.docx").contains("DOCX") || err("broken.docx").contains("ZIP"));
}

#[test]
fn missing_file_directory_and_size_limit() {
    let e = ingest::read_file(Path::new("/no/such/file.txt")).expect_err("missing");
    assert_eq!(e.to_string(), "/no/such/file.txt: file not found");
    let dir = tempfile::tempdir().expect("tempdir");
    let e = ingest::read_file(dir.path()).expect_err("directory");
    assert!(e.reason.contains("directory"));
    let big = dir.path().join("huge.txt");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    let e = ingest::read_file(&big).expect_err("too large");
    assert!(e.reason.contains("too large"), "{e}");
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Some text here.").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads anything; the check only means something for ordinary users.
    if std::fs::read(&path).is_err() {
        let e = ingest::read_file(&path).expect_err("unreadable");
        assert!(e.reason.contains("permission denied"), "{e}");
    }
}

#[test]
fn inputs_are_never_written() {
    let names = ["wire_report.txt", "page.html", "notes.md", "windows1252.txt"];
    let before: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(fixture(n)).expect("read")).collect();
    for n in names {
        let _ = read(n);
    }
    let after: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(fixture(n)).expect("read")).collect();
    assert_eq!(before, after);
}

#[test]
fn text_saved_from_a_browser_loses_its_clutter() {
    let a = read("browser_saved.txt");
    assert_eq!(a.title.as_deref(), Some("Ferry service to the outer islands resumes"));
    assert_eq!(a.byline.as_deref(), Some("Mara Eklund"));
    // The date is read without its label.
    assert_eq!(a.published.as_deref(), Some("09:15, Thu, Mar 7, 2024"));
    assert_eq!(a.paragraphs.len(), 3, "{}", a.text);
    for junk in
        ["Image 1 of 6", "HARBOUR PICTURES", "DON'T MISS", "closed roads", "reopen next week", "newsletter", "Tags:"]
    {
        assert!(!a.text.contains(junk), "{junk:?} kept in {}", a.text);
    }
    // What was dropped is kept aside, in order, for a reader to check.
    assert_eq!(a.dropped.first().map(String::as_str), Some("Image 1 of 6"));
    assert!(a.dropped.iter().any(|d| d.contains("closed roads")));
    assert!(a.warnings.is_empty());
}
