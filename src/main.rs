//! The `depeche` command: arguments, I/O and exit codes only. All the
//! work is in the library: `depeche::parse` for a page,
//! `depeche::batch` for many, `depeche::check` and `depeche::schema`
//! for the subcommands. `report` draws the progress bar and summary.

mod cli;
mod report;

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use depeche::batch::{self, Content, Input, Origin, Rendered, Status};
use depeche::check::{self, FieldPattern, Verdict};

fn main() -> ExitCode {
    let args = match cli::Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    install_panic_hook();
    let result = match &args.command {
        None => run_pages(&args),
        Some(cli::Command::Check(c)) => run_check(c),
        Some(cli::Command::Schema) => print_schema(),
        Some(cli::Command::Completions { shell }) => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(
                *shell,
                &mut cli::Args::command(),
                "depeche",
                &mut out,
            );
            out.flush().map(|()| ExitCode::SUCCESS)
        }
        Some(cli::Command::Man) => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cli::Args::command())
                .render(&mut out)
                .and_then(|()| out.flush())
                .map(|()| ExitCode::SUCCESS)
        }
    };
    match result {
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

/// Keeps stderr quiet when a worker thread panics (its input gets an
/// `internal` error line instead); elsewhere a panic prints one line.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let worker = std::thread::current()
            .name()
            .is_some_and(|n| n.starts_with("depeche-worker"));
        if !worker {
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!(
                "depeche: internal error (a bug, please report it): {}{place}",
                batch::panic_message(info.payload())
            );
        }
    }));
}

/// Parses pages: one document, or a batch.
fn run_pages(args: &cli::Args) -> std::io::Result<ExitCode> {
    let plan = match args
        .plan(std::io::stdin().is_terminal(), std::io::stdout().is_terminal())
    {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("depeche: {msg}");
            return Ok(ExitCode::from(2));
        }
    };
    match plan.mode {
        cli::Mode::Single { path, pretty, output } => {
            run_single(path, pretty, output.as_deref(), &plan.options)
        }
        cli::Mode::Batch(b) => run_batch(b, &plan.options),
    }
}

/// One input, one document, as before batches existed.
fn run_single(
    path: Option<String>,
    pretty: bool,
    output: Option<&str>,
    opts: &depeche::Options,
) -> std::io::Result<ExitCode> {
    let content = match &path {
        Some(p) => Content::File(PathBuf::from(p)),
        None => Content::Stdin,
    };
    let origin =
        Origin { path, url: None, id: None, out_name: PathBuf::new() };
    let r = batch::process(Input { origin, content }, opts, pretty);
    if let Some(msg) = &r.message {
        eprintln!(
            "depeche: {}: {msg}",
            r.origin.path.as_deref().unwrap_or("<stdin>")
        );
    }
    let line = r.json + "\n";
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(line.as_bytes())?;
            out.flush()?;
        }
        Some(p) => batch::outdir::write_file(Path::new(p), line.as_bytes())?,
    }
    Ok(exit_code(r.status != Status::Failed))
}

fn exit_code(ok: bool) -> ExitCode {
    if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Why a batch stopped early.
enum Stop {
    FailFast,
    Output(std::io::Error),
}

/// Where batch results are written.
enum Sink {
    Stdout(std::io::StdoutLock<'static>),
    File {
        tmp: PathBuf,
        target: PathBuf,
        out: std::io::BufWriter<std::fs::File>,
    },
    OutDir(PathBuf),
}

/// Many inputs: the ordered parallel driver, a sink, a report.
fn run_batch(
    plan: cli::Batch,
    opts: &depeche::Options,
) -> std::io::Result<ExitCode> {
    let globs =
        batch::inputs::glob_set(&plan.globs).map_err(std::io::Error::other)?;
    let mut sink = match &plan.sink {
        cli::SinkPlan::Stdout => Sink::Stdout(std::io::stdout().lock()),
        cli::SinkPlan::File(target) => {
            let tmp = batch::outdir::temp_path_for(target);
            let file = std::fs::File::create(&tmp)?;
            Sink::File {
                tmp,
                target: target.clone(),
                out: std::io::BufWriter::new(file),
            }
        }
        cli::SinkPlan::OutDir(dir) => {
            std::fs::create_dir_all(dir)?;
            Sink::OutDir(dir.clone())
        }
    };
    let report = report::Report::new(plan.quiet);
    if report.shows_progress() {
        report.count_in_background(plan.specs.clone(), globs.clone());
    }
    let out_dir = match &plan.sink {
        cli::SinkPlan::OutDir(d) if plan.skip_existing => Some(d.clone()),
        _ => None,
    };
    let skipper = report.skipper();
    let inputs = report
        .track(batch::inputs::Inputs::new(plan.specs, globs, opts.max_bytes))
        .filter(move |input| {
            let exists = out_dir
                .as_ref()
                .is_some_and(|d| d.join(&input.origin.out_name).exists());
            if exists {
                skipper.skip();
            }
            !exists
        });
    let pretty = plan.pretty;
    let stop = batch::ordered::run(
        inputs,
        plan.jobs,
        |input| batch::process(input, opts, pretty),
        |result| {
            let r = result.unwrap_or_else(|message| {
                let origin = Origin {
                    path: None,
                    url: None,
                    id: None,
                    out_name: PathBuf::from("internal-error.json"),
                };
                let error =
                    depeche::Error::new(depeche::ErrorKind::Internal {
                        message,
                    });
                batch::failed(origin, &error)
            });
            if let Err(e) = write_result(&mut sink, &r) {
                if let Sink::OutDir(_) = sink {
                    report.output_failed(&r, &e);
                } else {
                    return ControlFlow::Break(Stop::Output(e));
                }
            }
            report.done(&r);
            if plan.fail_fast && r.status == Status::Failed {
                return ControlFlow::Break(Stop::FailFast);
            }
            ControlFlow::Continue(())
        },
    )?;
    if let Some(Stop::Output(e)) = stop {
        report.abandon();
        if let Sink::File { tmp, .. } = &sink {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    match sink {
        Sink::Stdout(mut out) => out.flush()?,
        Sink::File { tmp, target, out } => {
            let done = out
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|_| std::fs::rename(&tmp, &target));
            if let Err(e) = done {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        }
        Sink::OutDir(_) => {}
    }
    let summary = report.finish();
    Ok(exit_code(summary.failed + summary.unwritten == 0))
}

/// Writes one result to the sink.
fn write_result(sink: &mut Sink, r: &Rendered) -> std::io::Result<()> {
    match sink {
        Sink::Stdout(out) => {
            out.write_all(r.json.as_bytes())?;
            out.write_all(b"\n")
        }
        Sink::File { out, .. } => {
            out.write_all(r.json.as_bytes())?;
            out.write_all(b"\n")
        }
        Sink::OutDir(dir) => {
            let mut bytes = Vec::with_capacity(r.json.len() + 1);
            bytes.extend_from_slice(r.json.as_bytes());
            bytes.push(b'\n');
            batch::outdir::write_atomic(dir, &r.origin.out_name, &bytes)
        }
    }
}

/// `depeche check`: goldens compared in parallel, reported in order on
/// stderr, blessed on request.
fn run_check(args: &cli::CheckArgs) -> std::io::Result<ExitCode> {
    let mut ignore = Vec::new();
    for field in &args.ignore {
        match FieldPattern::parse(field) {
            Ok(p) => ignore.push(p),
            Err(msg) => {
                eprintln!("depeche check: --ignore: {msg}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    let mut cases = Vec::new();
    for dir in &args.dirs {
        if !dir.is_dir() {
            eprintln!("depeche check: {} is not a folder", dir.display());
            return Ok(ExitCode::from(2));
        }
        cases.extend(check::find_cases(dir)?);
    }
    if cases.is_empty() {
        eprintln!(
            "depeche check: no pages found (NAME/source.html or X.html)"
        );
        return Ok(ExitCode::from(2));
    }
    let opts = depeche::Options::default();
    let jobs = args.jobs.unwrap_or_else(cli::default_jobs);
    let (mut same, mut differ, mut blessed) = (0u64, 0u64, 0u64);
    let mut stderr = std::io::stderr().lock();
    let stop = batch::ordered::run(
        cases.into_iter(),
        jobs,
        |case| check::check_case(case, &opts, &ignore),
        |checked| {
            let Ok(c) = checked else {
                differ += 1;
                return ControlFlow::Continue(());
            };
            let source = c.case.source.display();
            let golden = c.case.golden.display();
            let report = match &c.verdict {
                Verdict::Same => {
                    same += 1;
                    return ControlFlow::Continue(());
                }
                Verdict::Differs(diffs) => {
                    let mut text = format!(
                        "DIFF {source}: {} field(s) differ from {golden}\n",
                        diffs.len()
                    );
                    for d in diffs {
                        text.push_str(&format!("{d}\n"));
                    }
                    text
                }
                Verdict::NoGolden => format!("NEW  {source}: no {golden}\n"),
                Verdict::BadGolden(why) => {
                    format!("BAD  {source}: {golden}: {why}\n")
                }
            };
            differ += 1;
            let mut text = report;
            if args.bless {
                match batch::outdir::write_file(
                    &c.case.golden,
                    c.rendered.as_bytes(),
                ) {
                    Ok(()) => {
                        blessed += 1;
                        text.push_str(&format!("     blessed {golden}\n"));
                    }
                    Err(e) => {
                        text.push_str(&format!("     cannot bless: {e}\n"))
                    }
                }
            }
            match stderr.write_all(text.as_bytes()) {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => ControlFlow::Break(e),
            }
        },
    )?;
    if let Some(e) = stop {
        return Err(e);
    }
    if !args.quiet {
        let mut line = format!(
            "depeche check: {} pages, {same} same, {differ} differ",
            same + differ
        );
        if args.bless {
            line.push_str(&format!(", {blessed} blessed"));
        }
        writeln!(stderr, "{line}")?;
    }
    Ok(exit_code(differ == blessed))
}

/// `depeche schema`.
fn print_schema() -> std::io::Result<ExitCode> {
    let text = serde_json::to_string_pretty(&depeche::schema::json_schema())
        .map_err(std::io::Error::other)?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
