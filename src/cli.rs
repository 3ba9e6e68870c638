//! The command line: flags, their help, and the plan they build.
//!
//! Two stages (ripgrep's LowArgs → HiArgs): clap records the flags in
//! [`Args`] with no I/O; [`Args::plan`] validates them together and
//! builds the [`Plan`] main.rs runs (parse options, inputs, output).
//!
//! Subcommands (`check`, `schema`, `completions`, `man`) sit beside
//! positional inputs: `depeche FILE…` parses pages, and a page file
//! named like a subcommand is given as `./check`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use depeche::Options;
use depeche::batch::inputs::Spec;

const EXAMPLES: &str = "\
Examples:
  depeche page.html                     one page, pretty JSON on a terminal
  curl -s https://… | depeche           a page on stdin, compact JSON in a pipe
  depeche page.html | jq .headline      pick one field
  depeche page.html -o page.json        write to a file (atomically)
  depeche --encoding latin1 old.html    override a wrong charset
  depeche --explain page.html | jq .explain   why a paragraph went missing
  depeche pages/ > pages.ndjson         a folder: one JSON line per page
  depeche crawl.warc.gz | jq .headline  every HTML response of a WARC file
  find . -name '*.html' -print0 | depeche --files-from - -0
  depeche --out-dir json/ pages/        one .json per page, tree mirrored
  depeche --jsonl-in < pages.jsonl      Spark/Hadoop: one line in, one out
  depeche check fixtures/               compare with goldens (CI)

Several inputs, a folder, a WARC file, a list or --jsonl-in give NDJSON
in input order; a failed input gives an error line and the batch goes on.

Exit status: 0 every input parsed, 1 an input failed (an error document
is written) or check found a difference, 2 usage error.";

/// depeche — structured JSON from saved French news-article pages.
#[derive(Debug, Parser)]
#[command(
    name = "depeche",
    version,
    about,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// Pages to read: HTML files (any charset, `.gz` too), folders
    /// (walked recursively, see --glob), WARC files (`.warc`,
    /// `.warc.gz`); `-` or nothing reads one page from stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Write the output to FILE instead of stdout (atomically: a
    /// temporary file renamed when done).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,

    /// Write one `.json` per input under DIR, mirroring the input paths
    /// (WARC records and JSON lines as `FILE/NNNNNN-<url or id>.json`);
    /// names never leave DIR.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub out_dir: Option<PathBuf>,

    /// With --out-dir: skip inputs whose `.json` already exists (resume
    /// an interrupted run).
    #[arg(long, requires = "out_dir")]
    pub skip_existing: bool,

    /// Read more input paths from LIST (`-` for stdin), one per line.
    #[arg(long, value_name = "LIST")]
    pub files_from: Option<String>,

    /// With --files-from: paths end with NUL, not newline (`find
    /// -print0`).
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// Read pages as JSON lines from FILE (default stdin):
    /// `{"id":…,"url":…,"html":"…"}` or `"html_base64"`; each line gives
    /// one output line carrying `source.id` and `source.url`.
    #[arg(
        long,
        value_name = "FILE",
        num_args = 0..=1,
        default_missing_value = "-"
    )]
    pub jsonl_in: Option<String>,

    /// Which files of a folder to read (repeatable; matched against the
    /// file name, or the path below the folder if it has a `/`; case
    /// ignored). Default: *.html *.htm *.xhtml *.html.gz *.htm.gz
    /// *.warc *.warc.gz.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Parse with N threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// NDJSON output (one compact line per input) even for one input.
    #[arg(long)]
    pub ndjson: bool,

    /// Stop at the first input that fails (after writing its error
    /// line).
    #[arg(long)]
    pub fail_fast: bool,

    /// No progress bar, per-input error messages or summary on stderr.
    #[arg(short = 'q', long)]
    pub quiet: bool,

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

    /// A subcommand instead of pages.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare each page of fixture folders with its golden JSON and
    /// print the differing fields (exit 1 on a difference). Layouts:
    /// NAME/source.html + NAME/expected.json, or X.html + X.json.
    Check(CheckArgs),
    /// Print the JSON Schema of an output line (document or error line).
    Schema,
    /// Print a shell completion script (`depeche completions bash >
    /// /etc/bash_completion.d/depeche`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on stdout (`depeche man | man -l -`).
    Man,
}

/// Flags of `depeche check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Fixture folders.
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<PathBuf>,

    /// Rewrite the goldens that differ or are missing; read `git diff`
    /// before committing them.
    #[arg(long)]
    pub bless: bool,

    /// Ignore a field and everything under it (repeatable), as a JSON
    /// path: `source.path`, `metadata.modified`, `sections[*].heading`.
    #[arg(long = "ignore", value_name = "FIELD")]
    pub ignore: Vec<String>,

    /// Parse with N threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print only differences, not the summary.
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

/// What a page-parsing run does, once every flag is checked.
#[derive(Debug)]
pub struct Plan {
    /// Parse options.
    pub options: Options,
    /// Single document or batch.
    pub mode: Mode,
}

/// The two ways of parsing pages.
#[derive(Debug)]
pub enum Mode {
    /// One input, one document (pretty or not), to stdout or a file.
    Single {
        /// The file, or `None` for stdin.
        path: Option<String>,
        /// Indent the document.
        pretty: bool,
        /// `-o FILE`.
        output: Option<String>,
    },
    /// Many inputs.
    Batch(Batch),
}

/// A batch run.
#[derive(Debug)]
pub struct Batch {
    /// What to read, in order.
    pub specs: Vec<Spec>,
    /// Folder globs (empty: the defaults).
    pub globs: Vec<String>,
    /// Worker threads.
    pub jobs: usize,
    /// Where results go.
    pub sink: SinkPlan,
    /// Indent documents (only with --out-dir).
    pub pretty: bool,
    /// Skip inputs whose output exists (only with --out-dir).
    pub skip_existing: bool,
    /// Stop at the first failure.
    pub fail_fast: bool,
    /// No stderr chatter.
    pub quiet: bool,
}

/// Where batch results go.
#[derive(Debug)]
pub enum SinkPlan {
    /// NDJSON on stdout.
    Stdout,
    /// NDJSON in a file, written atomically.
    File(PathBuf),
    /// One file per input under a folder.
    OutDir(PathBuf),
}

/// The default thread count: all cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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

    /// Checks the flags together and builds the plan, given whether
    /// stdin and stdout are terminals. `Err` is a usage message.
    pub fn plan(
        &self,
        stdin_terminal: bool,
        stdout_terminal: bool,
    ) -> Result<Plan, String> {
        let options = self.options()?;
        let mut specs: Vec<Spec> = self
            .inputs
            .iter()
            .map(|i| {
                if i == "-" {
                    Spec::Stdin
                } else {
                    Spec::Path(PathBuf::from(i))
                }
            })
            .collect();
        if let Some(list) = &self.files_from {
            let list = (list != "-").then(|| PathBuf::from(list));
            specs.push(Spec::FilesFrom { list, nul: self.null });
        }
        if let Some(file) = &self.jsonl_in {
            specs
                .push(Spec::Jsonl((file != "-").then(|| PathBuf::from(file))));
        }
        let stdin_users = specs
            .iter()
            .filter(|s| {
                matches!(
                    s,
                    Spec::Stdin
                        | Spec::FilesFrom { list: None, .. }
                        | Spec::Jsonl(None)
                )
            })
            .count();
        if stdin_users > 1 {
            return Err("stdin can be read only once: give `-` to one of \
                        INPUT, --files-from, --jsonl-in"
                .to_string());
        }
        if specs.is_empty() {
            specs.push(Spec::Stdin);
        }
        let reads_stdin = stdin_users > 0 || specs == [Spec::Stdin];
        if reads_stdin && stdin_terminal {
            return Err(
                "no input: give a FILE, or pipe a page on stdin (see --help)"
                    .to_string(),
            );
        }
        if self.jobs == Some(0) {
            return Err("-j needs at least 1 thread".to_string());
        }
        let single = specs.len() == 1
            && !specs.iter().any(Spec::is_multi)
            && self.out_dir.is_none()
            && !self.ndjson;
        if single {
            let path = match specs.pop() {
                Some(Spec::Path(p)) => Some(p.to_string_lossy().into_owned()),
                _ => None,
            };
            let pretty = self.pretty(stdout_terminal && self.output.is_none());
            let mode =
                Mode::Single { path, pretty, output: self.output.clone() };
            return Ok(Plan { options, mode });
        }
        let sink = match (&self.out_dir, &self.output) {
            (Some(dir), _) => SinkPlan::OutDir(dir.clone()),
            (None, Some(file)) => SinkPlan::File(PathBuf::from(file)),
            (None, None) => SinkPlan::Stdout,
        };
        if self.pretty && !matches!(sink, SinkPlan::OutDir(_)) {
            return Err(
                "--pretty cannot be used with NDJSON output (several \
                        inputs); it works with --out-dir"
                    .to_string(),
            );
        }
        if let Err(e) = depeche::batch::inputs::glob_set(&self.globs) {
            return Err(format!("bad --glob: {e}"));
        }
        let batch = Batch {
            specs,
            globs: self.globs.clone(),
            jobs: self.jobs.unwrap_or_else(default_jobs),
            sink,
            pretty: self.pretty,
            skip_existing: self.skip_existing,
            fail_fast: self.fail_fast,
            quiet: self.quiet,
        };
        Ok(Plan { options, mode: Mode::Batch(batch) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(args: &[&str]) -> Result<Plan, String> {
        let mut all = vec!["depeche"];
        all.extend_from_slice(args);
        Args::try_parse_from(all)
            .map_err(|e| e.to_string())?
            .plan(false, false)
    }

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

    #[test]
    fn plan_one_file_is_single_two_are_batch() {
        assert!(matches!(
            plan(&["x.html"]).unwrap().mode,
            Mode::Single { .. }
        ));
        assert!(matches!(
            plan(&["a.html", "b.html"]).unwrap().mode,
            Mode::Batch(_)
        ));
        assert!(matches!(
            plan(&["--ndjson", "a.html"]).unwrap().mode,
            Mode::Batch(_)
        ));
        assert!(matches!(plan(&["c.warc.gz"]).unwrap().mode, Mode::Batch(_)));
        assert!(matches!(plan(&["--jsonl-in"]).unwrap().mode, Mode::Batch(_)));
    }

    #[test]
    fn plan_refuses_stdin_twice_and_pretty_ndjson() {
        assert!(plan(&["-", "--jsonl-in"]).is_err());
        assert!(plan(&["--files-from", "-", "--jsonl-in", "-"]).is_err());
        assert!(plan(&["--pretty", "a.html", "b.html"]).is_err());
        assert!(
            plan(&["--pretty", "--out-dir", "o", "a.html", "b.html"]).is_ok()
        );
        assert!(plan(&["-j", "0", "a.html", "b.html"]).is_err());
    }

    #[test]
    fn flag_skip_existing_requires_out_dir() {
        assert!(plan(&["--skip-existing", "a.html"]).is_err());
        assert!(plan(&["-0", "a.html"]).is_err());
    }

    #[test]
    fn subcommands_sit_beside_inputs() {
        let a = Args::parse_from(["depeche", "check", "fixtures", "--bless"]);
        assert!(matches!(a.command, Some(Command::Check(ref c)) if c.bless));
        let a = Args::parse_from(["depeche", "./check"]);
        assert!(a.command.is_none());
        assert_eq!(a.inputs, ["./check"]);
        assert!(Args::try_parse_from(["depeche", "a.html", "schema"]).is_ok());
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Args::command().debug_assert();
    }
}
