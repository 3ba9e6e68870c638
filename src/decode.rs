//! Bytes to text, the way browsers do it.
//!
//! Input: the raw page and an optional forced encoding. Output: the
//! decoded text and which encoding was used and why. Order (WHATWG):
//! byte-order mark, then a `<meta charset>` / `http-equiv` declaration
//! in the first 1024 bytes (labels resolved by encoding_rs, so
//! `iso-8859-1` means windows-1252), then detection when nothing is
//! declared (UTF-8 when the bytes are valid UTF-8, otherwise
//! chardetng), then UTF-8. A page that declares UTF-8 but is plainly
//! in a legacy charset is re-detected, with a warning. This stage never
//! looks at the document tree.

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;

use crate::model::EncodingSource;

/// How many bytes the prescan looks at (WHATWG: 1024).
const PRESCAN_BYTES: usize = 1024;

/// How many bytes chardetng is fed: enough for a confident guess on a
/// news page, bounded so a 60 MB page costs nothing extra.
const DETECT_BYTES: usize = 256 * 1024;

/// A charset declaration in a `<meta>` tag, either form:
/// `<meta charset="utf-8">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#)
        .expect("valid regex")
});

/// An XML declaration with an encoding:
/// `<?xml version="1.0" encoding="ISO-8859-1"?>`.
static XML_ENCODING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i-u)^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([a-z0-9_:.\-]+)"#,
    )
    .expect("valid regex")
});

/// The decoded page.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The page as text.
    pub text: Cow<'a, str>,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// Why it was chosen.
    pub source: EncodingSource,
    /// Doubts about the decoding, for `warnings`.
    pub warnings: Vec<String>,
}

/// Decodes a page. `forced` is an encoding the caller insists on.
pub fn decode<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Decoded<'a> {
    let (encoding, source, mut warnings) = choose(bytes, forced);
    let (text, had_errors) = if source == EncodingSource::Bom {
        let (text, _, errors) = encoding.decode(bytes);
        (text, errors)
    } else {
        encoding.decode_without_bom_handling(bytes)
    };
    if had_errors {
        warnings.push(format!(
            "invalid {} byte sequences were replaced with U+FFFD",
            encoding.name()
        ));
    }
    Decoded { text, encoding: encoding.output_encoding(), source, warnings }
}

/// Picks the encoding and says why, before decoding anything.
fn choose(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> (&'static Encoding, EncodingSource, Vec<String>) {
    if let Some(enc) = forced {
        return (enc, EncodingSource::Forced, Vec::new());
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::Bom, Vec::new());
    }
    if let Some(declared) = prescan(bytes) {
        if declared == UTF_8 && looks_legacy(bytes) {
            let guess = detect_legacy(bytes);
            let note = format!(
                "the page declares UTF-8 but its bytes are not; decoded \
                 as {}",
                guess.name()
            );
            return (guess, EncodingSource::Detected, vec![note]);
        }
        return (declared, EncodingSource::Meta, Vec::new());
    }
    if bytes.is_ascii() {
        return (UTF_8, EncodingSource::Default, Vec::new());
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (UTF_8, EncodingSource::Detected, Vec::new());
    }
    (detect_legacy(bytes), EncodingSource::Detected, Vec::new())
}

/// The encoding declared in the first 1024 bytes, WHATWG-style: a UTF-16
/// declaration in an ASCII-compatible page means UTF-8, and
/// `x-user-defined` means windows-1252.
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let label = META_CHARSET
        .captures(head)
        .or_else(|| XML_ENCODING.captures(head))
        .and_then(|c| c.get(1))?;
    let enc = Encoding::for_label(label.as_bytes())?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(UTF_8);
    }
    if enc == encoding_rs::X_USER_DEFINED {
        return Some(WINDOWS_1252);
    }
    Some(enc)
}

/// True when bytes that claim to be UTF-8 are mostly invalid UTF-8: more
/// broken sequences than valid non-ASCII characters, and more than a
/// few of them. A UTF-8 page with one stray byte stays UTF-8.
fn looks_legacy(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return false;
    }
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    invalid > 3 && invalid > valid
}

/// chardetng's guess among legacy encodings, on a bounded prefix.
fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    let mut detector =
        chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Resolves a user-given label (`--encoding latin1`) to an encoding.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_uses_bom_first() {
        let bytes = b"\xEF\xBB\xBF<meta charset=windows-1252>\xC3\xA9";
        let d = decode(bytes, None);
        assert_eq!(d.source, EncodingSource::Bom);
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.ends_with('é'));
        assert!(!d.text.starts_with('\u{feff}'));
    }

    #[test]
    fn decode_reads_meta_charset() {
        let d = decode(b"<meta charset=\"windows-1252\"><p>\xE9t\xE9", None);
        assert_eq!(d.source, EncodingSource::Meta);
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.text.ends_with("été"));
    }

    #[test]
    fn decode_maps_iso_8859_1_to_windows_1252() {
        let html = b"<meta http-equiv=\"Content-Type\" \
                     content=\"text/html; charset=ISO-8859-1\">\x80";
        let d = decode(html, None);
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.text.ends_with('€'));
    }

    #[test]
    fn decode_ignores_meta_after_1024_bytes() {
        let mut html = vec![b' '; 1100];
        html.extend_from_slice(b"<meta charset=windows-1252>");
        let d = decode(&html, None);
        assert_eq!(d.source, EncodingSource::Default);
        assert_eq!(d.encoding, UTF_8);
    }

    #[test]
    fn decode_detects_undeclared_latin1() {
        let html = "<p>Le ministère a déclaré qu’à Noël, les élèves \
                    étaient très nombreux à fêter l’été.</p>";
        let (bytes, _, _) = WINDOWS_1252.encode(html);
        let d = decode(&bytes, None);
        assert_eq!(d.source, EncodingSource::Detected);
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.text.contains("déclaré"));
    }

    #[test]
    fn decode_detects_undeclared_utf8() {
        let d = decode("<p>Été</p>".as_bytes(), None);
        assert_eq!(d.source, EncodingSource::Detected);
        assert_eq!(d.encoding, UTF_8);
    }

    #[test]
    fn decode_forced_wins() {
        let d = decode(b"<meta charset=utf-8>\xE9", Some(WINDOWS_1252));
        assert_eq!(d.source, EncodingSource::Forced);
        assert!(d.text.ends_with('é'));
    }

    #[test]
    fn decode_redetects_mislabelled_legacy_page() {
        let html = "<meta charset=utf-8><p>Le ministère a déclaré à \
                    Noël que les élèves étaient très nombreux.</p>";
        let (bytes, _, _) = WINDOWS_1252.encode(html);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.text.contains("ministère"));
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn decode_keeps_utf8_with_one_stray_byte() {
        let mut html =
            "<meta charset=utf-8><p>été été été".as_bytes().to_vec();
        html.push(0xE9);
        let d = decode(&html, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, EncodingSource::Meta);
        assert!(d.warnings.iter().any(|w| w.contains("U+FFFD")));
    }

    #[test]
    fn prescan_maps_utf16_declaration_to_utf8() {
        assert_eq!(prescan(b"<meta charset=utf-16>"), Some(UTF_8));
    }

    #[test]
    fn prescan_reads_xml_declaration() {
        let enc = prescan(b"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>");
        assert_eq!(enc.map(|e| e.name()), Some("ISO-8859-15"));
    }
}
