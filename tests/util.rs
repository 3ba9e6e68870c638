//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command for the built `depeche` binary, run from the crate root.
pub fn depeche() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_depeche"));
    cmd.current_dir(root());
    cmd
}

/// Runs `depeche` with arguments and optional stdin bytes.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = depeche();
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("spawn depeche");
    if let Some(bytes) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin pipe");
        // A write error means the child stopped reading: its exit
        // status tells the test what happened.
        let _ = pipe.write_all(bytes);
    }
    child.wait_with_output().expect("wait for depeche")
}

/// A fresh temporary folder for one test, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Makes `target/test-tmp/<name>-<pid>`.
    pub fn new(name: &str) -> TempDir {
        let dir = root()
            .join("target")
            .join("test-tmp")
            .join(format!("{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Parses stdout as one JSON document.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Prints expected and got as blocks when they differ (ripgrep's
/// `eqnice!`).
#[macro_export]
macro_rules! eqnice {
    ($expected:expr, $got:expr, $what:expr) => {{
        let expected = &$expected;
        let got = &$got;
        if expected != got {
            panic!(
                "\n{} differs\n\nexpected:\n{}\n\ngot:\n{}\n",
                $what, expected, got
            );
        }
    }};
}
