//! The bad inputs themselves: every damaged, hostile or unusual file the tests feed the
//! engine and the command line, generated into a folder at test time, with what each must
//! come to; and two good articles to compare them with.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a case should come to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Must be refused with a reason.
    Reject,
    /// Must load (it is a real article, however unusual).
    Accept,
    /// Either is fine; only no panic, no hang and a proper reason are required.
    Either,
}

#[derive(Debug, Clone)]
pub struct Case {
    pub name: &'static str,
    pub path: PathBuf,
    pub expect: Expect,
    /// Time bound for loading it (and comparing it with a good article) in a debug build.
    pub limit: Duration,
}

/// The bound for one case. The slowest (a 2 MB line of news text) takes about 7 s to load
/// and compare in a debug build.
pub const SHORT: Duration = Duration::from_secs(30);
/// The ~20 MB article: about 10 s to load and compare in a release build, 60–180 s in a
/// debug build on a busy two-core machine. The bound catches a hang or a quadratic blow-up,
/// not a slow machine.
pub const BIG: Duration = Duration::from_secs(420);

/// A deterministic pseudo-random byte stream (an LCG; the high bits are the good ones).
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect()
}

/// A short, real-looking article.
pub const ARTICLE: &str = "Harbour bridge reopens after two-year repair\n\
By Ada Lindqvist, Coastal Times\n\
March 4, 2024\n\n\
The Harbour Bridge reopened to traffic on Monday after a repair that took two years and cost \
more than $40 million, city officials said.\n\n\
\"The bridge is safer than it has ever been,\" Mayor Lena Ortiz said at the opening. \
About 30,000 vehicles are expected to cross it every day.\n\n\
Dr. Sam Patel of the U.S. Department of Transportation said the work was finished at 3 p.m. \
on Friday, a week ahead of schedule.\n";

/// News-like text of about `target` bytes: varied sentences with quotes, numbers, names,
/// abbreviations and dates, in many paragraphs.
pub fn news_text(target: usize, seed: u64) -> String {
    const PEOPLE: &[&str] = &[
        "Mayor Lena Ortiz",
        "Dr. Sam Patel",
        "Governor Ruth Okafor",
        "Chief Inspector Tomas Berg",
        "Senator Alan Whitfield",
        "Professor Mei Tanaka",
    ];
    const PLACES: &[&str] = &["Riverton", "the U.S. Capitol", "Harbour Point", "New Amsterdam", "Lake Vireo"];
    const VERBS: &[&str] = &["repaired", "inspected", "closed", "evacuated", "funded", "rebuilt", "surveyed"];
    const THINGS: &[&str] = &["bridges", "schools", "roads", "clinics", "dams", "stations", "parks"];
    const DAYS: &[&str] = &["Monday", "Tuesday", "on March 4, 2024", "last week", "in 2023", "at 3 p.m."];
    let mut r = noise(1 << 16, seed);
    let mut k = 0usize;
    let mut pick = |n: usize| {
        k = (k + 1) % r.len();
        if k == 0 {
            r.reverse();
        }
        (r[k] as usize * 251 + r[(k * 7) % r.len()] as usize) % n
    };
    let mut out = String::with_capacity(target + 1024);
    let mut i = 0u64;
    while out.len() < target {
        i += 1;
        let who = PEOPLE[pick(PEOPLE.len())];
        let place = PLACES[pick(PLACES.len())];
        let _ = write!(
            out,
            "Crews {} {} {} in {} {}, officials said. ",
            VERBS[pick(VERBS.len())],
            i % 977 + 2,
            THINGS[pick(THINGS.len())],
            place,
            DAYS[pick(DAYS.len())]
        );
        let _ = write!(
            out,
            "\u{201C}We will not stop until the last of the {} is safe,\u{201D} {who} said. ",
            THINGS[pick(THINGS.len())]
        );
        if pick(3) == 0 {
            let _ = write!(out, "The cost rose to more than ${}.{} million, according to {who}. ", i % 90 + 1, i % 10);
        }
        if pick(4) == 0 {
            out.push_str("No one was hurt.");
        }
        out.push_str("\n\n");
    }
    out
}

/// The objects of a minimal one-page PDF showing `text` in Helvetica.
pub fn pdf_objects(text: &str) -> Vec<String> {
    let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ]
}

/// A PDF of these objects (object 1 the catalog), with a correct cross-reference table.
pub fn pdf_from(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

/// PDFs whose structure is valid but whose content makes pdf-extract panic (it is caught
/// and reported as the file's one-line reason) or find nothing.
pub fn damaged_pdfs() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let base = pdf_objects("Hello from a damaged file.");
    let with = |i: usize, o: &str| {
        let mut v = base.clone();
        v[i] = o.to_string();
        pdf_from(&v)
    };
    vec![
        ("pdf_missing_object.pdf", pdf_from(&base[..4]), Expect::Reject),
        (
            "pdf_bad_encoding.pdf",
            with(
                4,
                "<< /Type /Font /Subtype /TrueType /BaseFont /Foo /FirstChar 0 /LastChar 5 /Widths [1] /Encoding /Nope >>",
            ),
            Expect::Reject,
        ),
        ("pdf_no_mediabox.pdf", with(2, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"), Expect::Reject),
        ("pdf_page_cycle.pdf", with(1, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"), Expect::Either),
        (
            "pdf_bad_flate.pdf",
            with(3, "<< /Length 5 /Filter /FlateDecode >>\nstream\nxxxxx\nendstream"),
            Expect::Either,
        ),
        ("pdf_missing_page.pdf", with(1, "<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>"), Expect::Either),
    ]
}

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
pub const DOC_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;
pub const DOC_TAIL: &str = "</w:body></w:document>";

/// A small valid DOCX with these paragraphs.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let mut body = String::from(DOC_HEAD);
    for p in paragraphs {
        let _ = write!(body, "<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>");
    }
    body.push_str(DOC_TAIL);
    zip_with(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes()), ("word/document.xml", body.as_bytes())])
}

pub fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

/// A DOCX whose word/document.xml unpacks to `mb` MB of one paragraph (a zip bomb: the file
/// itself is a few hundred kB).
pub fn docx_bomb(mb: usize) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    w.start_file("[Content_Types].xml", opts).expect("zip entry");
    w.write_all(CONTENT_TYPES.as_bytes()).expect("zip write");
    w.start_file("word/document.xml", opts).expect("zip entry");
    w.write_all(DOC_HEAD.as_bytes()).expect("zip write");
    w.write_all(b"<w:p><w:r><w:t>").expect("zip write");
    let chunk = vec![b'A'; 1 << 20];
    for _ in 0..mb {
        w.write_all(&chunk).expect("zip write");
    }
    w.write_all(b"</w:t></w:r></w:p>").expect("zip write");
    w.write_all(DOC_TAIL.as_bytes()).expect("zip write");
    w.finish().expect("zip finish").into_inner()
}

pub fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in s.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

/// Every bad (or merely unusual) input, written into `dir`.
pub fn build_cases(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |name: &'static str, bytes: &[u8], expect: Expect| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write case");
        cases.push(Case { name, path, expect, limit: SHORT });
    };
    use Expect::*;
    add("empty.txt", b"", Reject);
    add("whitespace.txt", b"  \n\t\r\n   \n\x0c\n", Reject);
    add("unicode_whitespace.txt", "\u{00A0}\u{2003}\u{3000}\n\u{FEFF}\n".as_bytes(), Reject);
    add("binary_noise.txt", &noise(64 * 1024, 7), Reject);
    add("binary_noise.html", &noise(64 * 1024, 8), Reject);
    add("binary_noise", &noise(4096, 9), Reject);
    let mut nul = ARTICLE.as_bytes().to_vec();
    nul.insert(120, 0);
    nul.insert(300, 0);
    add("nul_in_text.txt", &nul, Either);
    let nul_heavy: Vec<u8> = ARTICLE.bytes().flat_map(|b| if b == b' ' { vec![0, b' '] } else { vec![b] }).collect();
    add("nul_heavy.txt", &nul_heavy, Either);
    let mut bad_utf8 = ARTICLE.as_bytes().to_vec();
    bad_utf8.splice(200..200, [0xC3, 0x28, 0xFF, 0xE2, 0x82]);
    bad_utf8.extend_from_slice(b"\n\nTrailing \xF0\x9F\x98");
    add("invalid_utf8.txt", &bad_utf8, Accept);
    add("utf16le_bom.txt", &utf16(ARTICLE, true, true), Accept);
    add("utf16be_bom.txt", &utf16(ARTICLE, false, true), Accept);
    add("utf16le_nobom.txt", &utf16(ARTICLE, true, false), Accept);
    add("utf16be_nobom.txt", &utf16(ARTICLE, false, false), Accept);
    add("utf16_odd_length.txt", &[utf16(ARTICLE, true, true), vec![0x41]].concat(), Accept);
    let cp1252 =
        b"Minister rejects report\n\n\x93We will not resign,\x94 the minister said. Caf\xe9 owners \x96 and cr\xe8me \
        sellers \x96 paid \x80 40 more. \x85 It was \xabunfair\xbb, she said.\n";
    add("windows1252.txt", cp1252, Accept);
    let long_line: String =
        news_text(2 * 1024 * 1024, 11).replace("\n\n", " ").chars().take(2 * 1024 * 1024).collect::<String>();
    add("one_2mb_line.txt", long_line.as_bytes(), Accept);
    let unpunctuated = "word ".repeat(2 * 1024 * 1024 / 5);
    add("one_2mb_sentence.txt", unpunctuated.as_bytes(), Accept);
    add("quote_marks_100k.txt", "\"".repeat(100_000).as_bytes(), Either);
    let curly: String = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\"", "'", "«", "»"]
        .iter()
        .cycle()
        .take(100_000)
        .map(|q| format!("{q}a "))
        .collect();
    add("quote_marks_100k_mixed.txt", curly.as_bytes(), Either);
    let unclosed = format!(
        "Mayor speaks\n\n\u{201C}This will never end, said nobody {}\n\nAnd so on.\n",
        "and the quote runs on and on, with numbers like 40 and names like Dr. Ann Lee. ".repeat(2000)
    );
    add("quote_never_closes.txt", unclosed.as_bytes(), Accept);
    let nested = format!(
        "<html><body>{}<p>Deep text. \"Quoted,\" she said.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    add("nested_50k.html", nested.as_bytes(), Either);
    let nested_unclosed = format!("<html><body>{}Deep text here.", "<div><span><b>".repeat(50_000));
    add("nested_50k_unclosed.html", nested_unclosed.as_bytes(), Either);
    let nested_txt = format!("<!DOCTYPE html><html><body>{}<p>Deep</p></body></html>", "<blockquote>".repeat(50_000));
    add("nested_50k_as_text.txt", nested_txt.as_bytes(), Either);
    let scripts = "<!DOCTYPE html><html><head><title>x</title><script>var a = \"<p>not text</p>\";</script></head>\
        <body><script>document.write('hello world '.repeat(100));</script><noscript></noscript>\
        <style>p { color: red }</style><script src=\"app.js\"></script></body></html>";
    add("only_scripts.html", scripts.as_bytes(), Reject);
    add("html_empty_body.html", b"<html><head></head><body></body></html>", Reject);
    let pdf = pdf_from(&pdf_objects("Harbour bridge reopens after a two-year repair, officials said on Monday."));
    add("valid.pdf", &pdf, Either);
    for (name, bytes, expect) in damaged_pdfs() {
        add(name, &bytes, expect);
    }
    add("truncated.pdf", &pdf[..pdf.len() / 2], Reject);
    add("broken.pdf", &[b"%PDF-1.7\n".as_slice(), &noise(8192, 3)].concat(), Reject);
    add("pdf_header_only.pdf", b"%PDF-", Reject);
    add("not_a_pdf.pdf", ARTICLE.as_bytes(), Reject);
    let good_docx = docx(&[
        "Harbour bridge reopens",
        "The Harbour Bridge reopened on Monday, officials said.",
        "\u{201C}It is safer than ever,\u{201D} Mayor Lena Ortiz said.",
    ]);
    add("valid.docx", &good_docx, Accept);
    add("truncated.docx", &good_docx[..good_docx.len() / 2], Reject);
    add("truncated_tail.docx", &good_docx[..good_docx.len() - 10], Reject);
    add("broken.docx", &[b"PK\x03\x04".as_slice(), &noise(4096, 5)].concat(), Reject);
    add("docx_without_document.docx", &zip_with(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes())]), Reject);
    add(
        "docx_broken_xml.docx",
        &zip_with(&[("word/document.xml", b"<w:document><w:body><w:p><w:t>Open</w:p></w:t></w:body>")]),
        Either,
    );
    add("docx_zip_bomb.docx", &docx_bomb(80), Reject);
    add("zip_not_docx.txt", &zip_with(&[("notes.txt", ARTICLE.as_bytes())]), Reject);
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(2048, 13));
    add("image_renamed.txt", &png, Reject);
    add("jpeg_renamed.html", &[b"\xFF\xD8\xFF\xE0".as_slice(), &noise(2048, 17)].concat(), Reject);
    let bidi = "\u{0627}\u{0644}\u{0639}\u{0627}\u{0644}\u{0645} \u{064A}\u{0631}\u{0627}\u{0642}\u{0628}\n\n\
        \u{202B}\u{0642}\u{0627}\u{0644} \u{0627}\u{0644}\u{0648}\u{0632}\u{064A}\u{0631}: \u{00AB}\u{0644}\u{0646} \
        \u{0646}\u{0633}\u{062A}\u{0642}\u{064A}\u{0644}\u{00BB}\u{060C} \u{0641}\u{064A} 12 \u{0645}\u{0627}\u{0631}\u{0633}.\u{202C}\n\n\
        \u{05D4}\u{05E9}\u{05E8} \u{05D0}\u{05DE}\u{05E8}: \"\u{05DC}\u{05D0} \u{05E0}\u{05EA}\u{05E4}\u{05D8}\u{05E8}\" \u{200F}40\u{200F}.\n\n\
        Mixed \u{202E}txet desrever\u{202C} and \u{2066}isolate\u{2069} \u{2067}\u{05E2}\u{05D1}\u{05E8}\u{05D9}\u{05EA}\u{2069} \
        \u{2068}first\u{2069}, \u{202D}override\u{202C} \u{200E}mark\u{200E}. \u{201C}Dr. \u{202E}Ali\u{202C} said it,\u{201D} he said.\n";
    add("rtl_bidi.txt", bidi.as_bytes(), Accept);
    add("only_bidi_controls.txt", "\u{202E}\u{202B}\u{2066}\u{200F}\u{200E}\u{2069}\n\u{202C}".as_bytes(), Either);
    add(
        "combining_marks.txt",
        format!("Zalgo{}\n\nText.", "\u{0301}\u{0316}\u{0337}".repeat(30_000)).as_bytes(),
        Either,
    );
    add("many_paragraphs.txt", "a.\n\n".repeat(200_000).as_bytes(), Either);
    add("crlf_only.txt", "\r\n".repeat(50_000).as_bytes(), Reject);
    add(
        "markdown_torture.md",
        format!("---\ntitle: [\n---\n{}\n# {}\n", "> ".repeat(20_000), "*".repeat(50_000)).as_bytes(),
        Either,
    );

    // A directory.
    let d = dir.join("a_directory.txt");
    std::fs::create_dir(&d).expect("mkdir");
    cases.push(Case { name: "a_directory.txt", path: d, expect: Reject, limit: SHORT });
    // A file without permission (root reads it anyway: then either outcome is fine).
    let locked = dir.join("no_permission.txt");
    std::fs::write(&locked, ARTICLE).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    }
    let expect = if std::fs::read(&locked).is_ok() { Either } else { Reject };
    cases.push(Case { name: "no_permission.txt", path: locked, expect, limit: SHORT });
    // A file that was listed and then vanished before it was read.
    let gone = dir.join("vanished.txt");
    std::fs::write(&gone, ARTICLE).expect("write");
    std::fs::remove_file(&gone).expect("delete");
    cases.push(Case { name: "vanished.txt", path: gone, expect: Reject, limit: SHORT });
    // 50 MB: over the 25 MB limit (sparse, so it costs no disk and must not be read).
    let huge = dir.join("huge_50mb.txt");
    std::fs::File::create(&huge).expect("create").set_len(50 * 1024 * 1024).expect("set_len");
    cases.push(Case { name: "huge_50mb.txt", path: huge, expect: Reject, limit: Duration::from_secs(2) });
    cases
}

/// Two good articles about the same event.
pub fn good_files(dir: &Path) -> Vec<PathBuf> {
    let a = dir.join("good_a.txt");
    std::fs::write(&a, ARTICLE).expect("write");
    let b = dir.join("good_b.html");
    std::fs::write(
        &b,
        "<!DOCTYPE html><html><head><title>Bridge reopens | Evening Courier</title>\
         <meta name=\"author\" content=\"Jo Park\"></head><body><article><h1>Bridge reopens</h1>\
         <p>The Harbour Bridge reopened to traffic on Tuesday after a repair that took two years and cost \
         roughly $50 million, officials said.</p>\
         <p>\u{201C}The bridge is safer than it has ever been,\u{201D} said Mayor Lena Ortiz. About 30,000 \
         vehicles are expected to cross it each day.</p></article></body></html>",
    )
    .expect("write");
    vec![a, b]
}
