//! Errors of reading an input, with the SPEC's stable `error.kind`.
//!
//! `parse` itself cannot fail (a page with no body is a document with a
//! warning); errors exist only where bytes are read or refused before
//! parsing: I/O, empty input, input that is not HTML, input over the
//! size limit.

use std::fmt;

/// An input that could not be turned into a document.
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed.
    Io(std::io::Error),
    /// The input has no bytes.
    Empty,
    /// The input is binary (NUL bytes, a PDF/PNG/ZIP signature…).
    NotHtml {
        /// What gave it away.
        reason: String,
    },
    /// The input is larger than the limit.
    TooLarge {
        /// The input's size, or at least how much was read.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// An input line or record could not be read (bad JSON line, broken
    /// WARC record, bad gzip stream).
    BadInput {
        /// What is wrong with it.
        reason: String,
    },
    /// A bug: a panic caught while parsing this input.
    Internal {
        /// The panic message.
        message: String,
    },
}

/// Result alias for depeche's fallible input functions.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Makes an error of a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind: Box::new(kind) }
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The stable `error.kind` string of the SPEC's error line.
    pub fn kind_str(&self) -> &'static str {
        match *self.kind {
            ErrorKind::Io(ref e)
                if e.kind() == std::io::ErrorKind::NotFound =>
            {
                "not_found"
            }
            ErrorKind::Io(ref e)
                if e.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                "permission_denied"
            }
            ErrorKind::Io(_) => "io",
            ErrorKind::Empty => "empty",
            ErrorKind::NotHtml { .. } => "not_html",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::BadInput { .. } => "bad_input",
            ErrorKind::Internal { .. } => "internal",
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.kind {
            ErrorKind::Io(e) => write!(f, "{e}"),
            ErrorKind::Empty => write!(f, "the input is empty"),
            ErrorKind::NotHtml { reason } => {
                write!(f, "the input is not HTML: {reason}")
            }
            ErrorKind::TooLarge { size, max } => {
                write!(
                    f,
                    "the input is {size} bytes, over the limit of {max} bytes (--max-bytes)"
                )
            }
            ErrorKind::BadInput { reason } => write!(f, "{reason}"),
            ErrorKind::Internal { message } => {
                write!(
                    f,
                    "internal error (a bug, please report it): {message}"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_str_is_stable() {
        assert_eq!(Error::new(ErrorKind::Empty).kind_str(), "empty");
        assert_eq!(
            Error::new(ErrorKind::TooLarge { size: 2, max: 1 }).kind_str(),
            "too_large"
        );
        let nf = std::io::Error::new(std::io::ErrorKind::NotFound, "x");
        assert_eq!(Error::from(nf).kind_str(), "not_found");
    }

    #[test]
    fn display_says_what_to_do() {
        let e = Error::new(ErrorKind::TooLarge { size: 10, max: 5 });
        assert!(e.to_string().contains("--max-bytes"));
    }
}
