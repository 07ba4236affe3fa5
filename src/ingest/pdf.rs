//! PDF text through pdf-extract, with any panic inside it turned into an error.

use super::Extracted;

pub fn read(bytes: &[u8]) -> Result<Extracted, String> {
    let owned = bytes.to_vec();
    // pdf-extract panics on some malformed files; a panic here must not take the app down.
    let result = super::catch_quietly(move || pdf_extract::extract_text_from_mem(&owned));
    let text = match result {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => return Err(format!("cannot read the PDF ({e})")),
        Err(_) => {
            return Err("cannot read the PDF (the file is damaged or uses features the reader does not support)".into());
        }
    };
    Ok(super::text::read_plain_paragraphs(&text))
}
