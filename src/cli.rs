//! The command line: flags, their help, and the `Options` they build.

use clap::Parser;

use depeche::Options;

const EXAMPLES: &str = "\
Examples:
  depeche page.html                     one page, pretty JSON on a terminal
  curl -s https://… | depeche           a page on stdin, compact JSON in a pipe
  depeche page.html | jq .headline      pick one field
  depeche page.html -o page.json        write to a file (atomically)
  depeche --encoding latin1 old.html    override a wrong charset
  depeche --explain page.html | jq .explain   why a paragraph went missing

Exit status: 0 parsed, 1 the input failed (an error document is written),
2 usage error.";

/// depeche — structured JSON from a saved French news-article page.
#[derive(Debug, Parser)]
#[command(name = "depeche", version, about, after_help = EXAMPLES)]
pub struct Args {
    /// The page to read (HTML, any charset); `-` or nothing reads stdin.
    pub input: Option<String>,

    /// Write the JSON document to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,

    /// Indented JSON (the default when stdout is a terminal).
    #[arg(long, conflicts_with = "compact")]
    pub pretty: bool,

    /// One-line JSON (the default in pipes and files).
    #[arg(long)]
    pub compact: bool,

    /// Decode with this encoding (a WHATWG label such as `latin1`,
    /// `windows-1252`, `utf-8`) instead of the page's own.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// Add an `explain` array: each block removed from the body, with
    /// the rule that removed it.
    #[arg(long)]
    pub explain: bool,

    /// Refuse inputs larger than this many bytes (error kind `too_large`).
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: u64,
}

impl Args {
    /// The parse options these flags ask for, or a usage message.
    pub fn options(&self) -> Result<Options, String> {
        let mut o = Options::default();
        o.explain = self.explain;
        o.max_bytes = self.max_bytes;
        if let Some(label) = &self.encoding {
            o.encoding = Some(
                depeche::decode::encoding_for_label(label)
                    .ok_or_else(|| format!("unknown encoding label `{label}` (use a WHATWG label such as utf-8, windows-1252, latin1)"))?,
            );
        }
        Ok(o)
    }

    /// Whether to indent, given whether stdout is a terminal.
    pub fn pretty(&self, terminal: bool) -> bool {
        self.pretty || (terminal && !self.compact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_reject_unknown_encoding() {
        let a =
            Args::parse_from(["depeche", "--encoding", "klingon", "x.html"]);
        assert!(a.options().is_err());
        let a =
            Args::parse_from(["depeche", "--encoding", "latin1", "x.html"]);
        assert_eq!(
            a.options().unwrap().encoding.map(|e| e.name()),
            Some("windows-1252")
        );
    }

    #[test]
    fn pretty_defaults_follow_terminal() {
        let a = Args::parse_from(["depeche", "x.html"]);
        assert!(a.pretty(true));
        assert!(!a.pretty(false));
        let a = Args::parse_from(["depeche", "--compact", "x.html"]);
        assert!(!a.pretty(true));
    }
}
