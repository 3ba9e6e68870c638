//! The only JSON writer: documents, NDJSON lines and error lines.
//!
//! Input: an `Article` or an `Error`. Output: JSON text. Key order is
//! the model's field order (the SPEC's); floats are written by
//! serde_json only, so the same document always gives the same bytes.

use serde::Serialize;

use crate::error::Error;
use crate::model::{Article, SCHEMA_VERSION};

/// Serialises a document, pretty (two-space indent) or compact (one
/// line, for NDJSON and pipes). Never fails: the model holds only
/// strings, numbers, booleans and finite floats.
pub fn to_json(article: &Article, pretty: bool) -> String {
    let written = if pretty {
        serde_json::to_string_pretty(article)
    } else {
        serde_json::to_string(article)
    };
    written
        .unwrap_or_else(|e| error_line(None, None, "internal", &e.to_string()))
}

/// The SPEC's error document for one failed input:
/// `{"schema_version":1,"source":{"path":…},"error":{"kind":…,"message":…}}`.
pub fn error_json(
    path: Option<&str>,
    url: Option<&str>,
    error: &Error,
) -> String {
    error_line(path, url, error.kind_str(), &error.to_string())
}

/// Builds an error line from its parts.
pub fn error_line(
    path: Option<&str>,
    url: Option<&str>,
    kind: &str,
    message: &str,
) -> String {
    error_line_with_id(path, url, None, kind, message)
}

/// Builds an error line that also carries a `--jsonl-in` line's `id`
/// (`source.id`, written only when present, after `url`).
pub fn error_line_with_id(
    path: Option<&str>,
    url: Option<&str>,
    id: Option<&serde_json::Value>,
    kind: &str,
    message: &str,
) -> String {
    #[derive(Serialize)]
    struct ErrSource<'a> {
        path: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a serde_json::Value>,
    }
    #[derive(Serialize)]
    struct ErrBody<'a> {
        kind: &'a str,
        message: &'a str,
    }
    #[derive(Serialize)]
    struct ErrDoc<'a> {
        schema_version: u32,
        source: ErrSource<'a>,
        error: ErrBody<'a>,
    }
    let doc = ErrDoc {
        schema_version: SCHEMA_VERSION,
        source: ErrSource { path, url, id },
        error: ErrBody { kind, message },
    };
    serde_json::to_string(&doc).unwrap_or_else(|_| {
        format!("{{\"schema_version\":{SCHEMA_VERSION},\"source\":{{\"path\":null}},\"error\":{{\"kind\":\"internal\",\"message\":\"unserialisable error\"}}}}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn error_json_has_spec_shape() {
        let e = Error::new(ErrorKind::Empty);
        let line = error_json(Some("a.html"), None, &e);
        assert_eq!(
            line,
            r#"{"schema_version":1,"source":{"path":"a.html"},"error":{"kind":"empty","message":"the input is empty"}}"#
        );
    }

    #[test]
    fn to_json_keeps_spec_key_order() {
        let a = crate::parse(b"<p>x</p>", &crate::Options::default());
        let json = to_json(&a, false);
        let keys = [
            "\"schema_version\"",
            "\"source\"",
            "\"lang\"",
            "\"headline\"",
            "\"standfirst\"",
            "\"metadata\"",
            "\"sections\"",
            "\"quotes\"",
            "\"facts\"",
            "\"promos\"",
            "\"stats\"",
            "\"warnings\"",
        ];
        let pos: Vec<usize> =
            keys.iter().map(|k| json.find(k).unwrap()).collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{json}");
    }
}
