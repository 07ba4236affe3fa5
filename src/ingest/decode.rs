//! Text decoding: BOMs, UTF-16 with or without BOM, UTF-8, and legacy 8-bit encodings.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

pub struct Decoded {
    pub text: String,
    pub encoding: String,
}

/// Decodes bytes to text, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("the file is empty".into());
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), enc.name());
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return finish(text.into_owned(), enc.name());
    }
    if looks_binary(bytes) {
        return Err("binary data, not text".into());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return finish(s.to_owned(), UTF_8.name());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = enc.decode(bytes);
    finish(text.into_owned(), enc.name())
}

fn finish(text: String, encoding: &str) -> Result<Decoded, String> {
    if text.trim().is_empty() {
        return Err("the file has only whitespace".into());
    }
    // Normalise line ends once here so every reader sees "\n" only.
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
    Ok(Decoded { text, encoding: encoding.to_string() })
}

/// UTF-16 text without a BOM shows as a NUL in every other byte of ASCII-heavy text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let n = bytes.len().min(4096) & !1;
    if n < 4 {
        return None;
    }
    let pairs = n / 2;
    let (mut even_nul, mut odd_nul) = (0, 0);
    for i in 0..pairs {
        if bytes[2 * i] == 0 {
            even_nul += 1;
        }
        if bytes[2 * i + 1] == 0 {
            odd_nul += 1;
        }
    }
    // Mostly ASCII text in UTF-16: one byte of each pair is NUL, the other almost never.
    if odd_nul * 10 >= pairs * 7 && even_nul * 20 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when the bytes look like binary data rather than text in any 8-bit encoding:
/// NUL bytes, or many C0 control characters other than tab and line ends.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() {
        return false;
    }
    // One pass, and only the rare bytes below 0x20 looked at further.
    let (mut nul, mut ctrl) = (0, 0);
    for &b in sample.iter().filter(|&&b| b < 0x20) {
        nul += usize::from(b == 0);
        ctrl += usize::from(!matches!(b, b'\t' | b'\n' | b'\r' | 0x0C));
    }
    nul * 100 > sample.len() || ctrl * 20 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        let d = decode(b"\xEF\xBB\xBFHello").expect("decodes");
        assert_eq!(d.text, "Hello");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16le_with_and_without_bom() {
        let mut with_bom = vec![0xFF, 0xFE];
        let body: Vec<u8> = "Caf\u{e9} news".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        with_bom.extend(&body);
        assert_eq!(decode(&with_bom).expect("bom").text, "Caf\u{e9} news");
        let d = decode(&body).expect("no bom");
        assert_eq!(d.text, "Caf\u{e9} news");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn utf16be_without_bom() {
        let body: Vec<u8> = "Breaking news today".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let d = decode(&body).expect("decodes");
        assert_eq!(d.text, "Breaking news today");
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1252_quotes() {
        let bytes = b"\x93We will not,\x94 said the minister. Caf\xe9 cr\xe8me.";
        let d = decode(bytes).expect("decodes");
        assert!(d.text.starts_with("\u{201C}We will not,\u{201D}"), "{}", d.text);
        assert!(d.text.contains("Caf\u{e9}"));
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(decode(b"a\r\nb\rc").expect("decodes").text, "a\nb\nc");
    }

    #[test]
    fn empty_whitespace_and_binary_are_refused() {
        assert!(decode(b"").is_err());
        assert!(decode(b"  \n\t ").is_err());
        assert!(decode(&[0u8, 1, 2, 3, 0, 0, 7, 8, 0, 0xFF, 0, 0x10]).is_err());
    }
}
