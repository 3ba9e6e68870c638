//! `--jsonl-in`: one page per line, for Spark, Hadoop streaming and
//! other line-oriented pipelines.
//!
//! A line is a JSON object `{"id": …, "url": "…", "html": "…"}`, or
//! with `"html_base64"` (standard alphabet, padding optional) instead
//! of `"html"` for raw bytes in any charset. `id` may be any JSON value
//! and is carried through as `source.id`; `url` becomes `source.url`.
//! Other keys are ignored. A bad line is an error of kind `bad_input`
//! that still carries the `id` and `url` it could read.

use base64::Engine;

use crate::error::{Error, ErrorKind};

/// One line read.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's `id`, if present and not null.
    pub id: Option<serde_json::Value>,
    /// The line's `url`, if it is a string.
    pub url: Option<String>,
    /// The page bytes, or why there are none.
    pub page: Result<Vec<u8>, String>,
}

/// Parses one line (without its newline). Never fails: a line that is
/// not a JSON object gives a `Line` with no id and an error.
pub fn parse_line(line: &[u8]) -> Line {
    let value: serde_json::Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            return Line {
                id: None,
                url: None,
                page: Err(format!("the line is not valid JSON: {e}")),
            };
        }
    };
    let Some(obj) = value.as_object() else {
        return Line {
            id: None,
            url: None,
            page: Err("the line is not a JSON object".to_string()),
        };
    };
    let id = obj.get("id").filter(|v| !v.is_null()).cloned();
    let url = obj.get("url").and_then(|v| v.as_str()).map(str::to_string);
    let html = obj.get("html").filter(|v| !v.is_null());
    let b64 = obj.get("html_base64").filter(|v| !v.is_null());
    let page = match (html, b64) {
        (Some(_), Some(_)) => {
            Err("the line has both `html` and `html_base64`".to_string())
        }
        (Some(h), None) => h
            .as_str()
            .map(|s| s.as_bytes().to_vec())
            .ok_or_else(|| "`html` is not a string".to_string()),
        (None, Some(b)) => match b.as_str() {
            Some(s) => base64::engine::general_purpose::STANDARD_NO_PAD
                .decode(s.trim_end_matches('=').as_bytes())
                .map_err(|e| format!("`html_base64` is not base64: {e}")),
            None => Err("`html_base64` is not a string".to_string()),
        },
        (None, None) => {
            Err("the line has neither `html` nor `html_base64`".to_string())
        }
    };
    Line { id, url, page }
}

impl Line {
    /// The page bytes, or the line's error as a depeche `Error`.
    pub fn into_page(self) -> Result<Vec<u8>, Error> {
        self.page.map_err(|reason| Error::new(ErrorKind::BadInput { reason }))
    }

    /// The `id` as a file-name key: a string as is, other values as
    /// compact JSON.
    pub fn id_key(&self) -> Option<String> {
        self.id.as_ref().map(|v| match v.as_str() {
            Some(s) => s.to_string(),
            None => v.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_line_reads_html() {
        let l = parse_line(
            r#"{"id":"a1","url":"https://x.fr/","html":"<p>é</p>"}"#
                .as_bytes(),
        );
        assert_eq!(l.id, Some(serde_json::json!("a1")));
        assert_eq!(l.url.as_deref(), Some("https://x.fr/"));
        assert_eq!(l.page.unwrap(), "<p>é</p>".as_bytes());
    }

    #[test]
    fn parse_line_reads_base64_bytes() {
        // "<p>\xe9</p>" in latin-1.
        let l = parse_line(br#"{"id":5,"html_base64":"PHA+6TwvcD4="}"#);
        assert_eq!(l.id_key().as_deref(), Some("5"));
        assert_eq!(l.page.unwrap(), b"<p>\xe9</p>");
    }

    #[test]
    fn parse_line_errors_keep_id() {
        let l = parse_line(br#"{"id":"k","url":"u"}"#);
        assert_eq!(l.id, Some(serde_json::json!("k")));
        assert!(l.page.is_err());
        let l = parse_line(b"{not json");
        assert!(l.id.is_none() && l.page.is_err());
        let l = parse_line(br#"{"html":"a","html_base64":"YQ"}"#);
        assert!(l.page.is_err());
    }
}
