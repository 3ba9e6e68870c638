//! The `depeche` command: arguments, I/O and exit codes only. All the
//! work is in the library (`depeche::parse`).

mod cli;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::Parser;

use depeche::output;

fn main() -> ExitCode {
    let args = match cli::Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("depeche: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs one invocation; returns the exit code, or an output error.
fn run(args: &cli::Args) -> std::io::Result<ExitCode> {
    let opts = match args.options() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("depeche: {msg}");
            return Ok(ExitCode::from(2));
        }
    };
    let path = args.input.as_deref().filter(|p| *p != "-");
    if path.is_none() && std::io::stdin().is_terminal() {
        eprintln!(
            "depeche: no input: give a FILE, or pipe a page on stdin (see --help)"
        );
        return Ok(ExitCode::from(2));
    }
    let pretty =
        args.pretty(std::io::stdout().is_terminal() && args.output.is_none());
    let (line, ok) = match read(path, opts.max_bytes)
        .and_then(|bytes| depeche::try_parse(&bytes, &opts))
    {
        Ok(mut article) => {
            article.source.path = path.map(str::to_string);
            (output::to_json(&article, pretty), true)
        }
        Err(e) => {
            eprintln!("depeche: {}: {e}", path.unwrap_or("<stdin>"));
            (output::error_json(path, None, &e), false)
        }
    };
    write_out(args.output.as_deref(), &line)?;
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Reads a file or stdin, stopping one byte past `max` so a huge input
/// is refused without being loaded whole.
fn read(path: Option<&str>, max: u64) -> depeche::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => {
            std::fs::File::open(p)?.take(max + 1).read_to_end(&mut bytes)?
        }
        None => {
            std::io::stdin().lock().take(max + 1).read_to_end(&mut bytes)?
        }
    };
    Ok(bytes)
}

/// Writes the document to stdout or, atomically, to a file.
fn write_out(path: Option<&str>, line: &str) -> std::io::Result<()> {
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            out.flush()
        }
        Some(p) => {
            let target = std::path::Path::new(p);
            let dir = target
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            let name = target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp = dir
                .join(format!(".{name}.depeche-tmp-{}", std::process::id()));
            let result = std::fs::write(&tmp, format!("{line}\n"))
                .and_then(|()| std::fs::rename(&tmp, target));
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
    }
}
