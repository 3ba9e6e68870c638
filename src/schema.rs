//! `depeche schema`: the JSON Schema (draft 2020-12) of an output line.
//!
//! Generated from the model types (`schemars` derive, serde names
//! kept), so it cannot drift from what `output` writes. A line is
//! either an article document (`model::Article`) or the SPEC's error
//! line ([`ErrorLine`]). Objects do not forbid extra keys: the SPEC
//! allows fields to be added.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use crate::model::Article;

/// One line of depeche's output.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // Only its schema is used.
pub enum OutputLine {
    /// A parsed page.
    Article(Box<Article>),
    /// An input that failed.
    Error(ErrorLine),
}

/// The SPEC's error line:
/// `{"schema_version":1,"source":{"path":…},"error":{"kind":…,"message":…}}`.
#[derive(JsonSchema)]
#[allow(dead_code)]
pub struct ErrorLine {
    /// Always 1.
    pub schema_version: u32,
    /// Which input failed.
    pub source: ErrorSource,
    /// What went wrong.
    pub error: ErrorBody,
}

/// `source` of an error line.
#[derive(JsonSchema)]
#[allow(dead_code)]
pub struct ErrorSource {
    /// The input path (`FILE#N` for a WARC record or JSON line), null
    /// for stdin.
    pub path: Option<String>,
    /// A WARC record's target URI or a JSON line's `url`, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A JSON line's `id`, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
}

/// `error` of an error line.
#[derive(JsonSchema)]
#[allow(dead_code)]
pub struct ErrorBody {
    /// The stable kind (`ErrorKind::kind_str`).
    pub kind: ErrorKindName,
    /// A message for people.
    pub message: String,
}

/// The values of `error.kind` (see `error::Error::kind_str`).
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum ErrorKindName {
    /// The file does not exist.
    NotFound,
    /// The file cannot be read.
    PermissionDenied,
    /// Another I/O error.
    Io,
    /// The input has no bytes.
    Empty,
    /// The input is binary.
    NotHtml,
    /// The input is over `--max-bytes`.
    TooLarge,
    /// A bad JSON line, WARC record or gzip stream.
    BadInput,
    /// A bug (a caught panic).
    Internal,
}

/// The schema as JSON.
pub fn json_schema() -> serde_json::Value {
    let generator =
        SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut schema = generator.into_root_schema_for::<OutputLine>();
    schema.insert(
        "title".into(),
        "depeche output line, schema_version 1".into(),
    );
    schema.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, ErrorKind};

    #[test]
    fn json_schema_lists_every_error_kind() {
        let text = json_schema().to_string();
        let kinds = [
            Error::new(ErrorKind::Empty),
            Error::new(ErrorKind::NotHtml { reason: String::new() }),
            Error::new(ErrorKind::TooLarge { size: 0, max: 0 }),
            Error::new(ErrorKind::BadInput { reason: String::new() }),
            Error::new(ErrorKind::Internal { message: String::new() }),
            Error::from(std::io::Error::other("x")),
            Error::from(std::io::Error::from(std::io::ErrorKind::NotFound)),
            Error::from(std::io::Error::from(
                std::io::ErrorKind::PermissionDenied,
            )),
        ];
        for e in kinds {
            assert!(
                text.contains(&format!("\"{}\"", e.kind_str())),
                "{}",
                e.kind_str()
            );
        }
    }

    #[test]
    fn json_schema_requires_spec_keys() {
        let s = json_schema();
        let article = &s["$defs"]["Article"];
        let required = article["required"].to_string();
        for key in
            ["schema_version", "source", "headline", "sections", "warnings"]
        {
            assert!(required.contains(key), "{key} not required: {required}");
        }
        assert!(!required.contains("explain"));
    }
}
