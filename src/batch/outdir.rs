//! `--out-dir`: the name of each input's `.json` file, and writing it
//! atomically.
//!
//! Names mirror the inputs: `DIR/<input path>` with its page extension
//! (`.html`, `.htm`, `.xhtml`, `.html.gz`…) replaced by `.json`; the
//! N-th record of a WARC file or line of a JSON-lines file goes to
//! `DIR/<that file's path>/<N, 6 digits>-<slug>.json`, the slug made
//! from the URL or id. Every name is made of plain components: no
//! root, no `..`, no `.`, no control characters, no backslashes or
//! colons, each at most 200 bytes, so a name can never leave `DIR`
//! whatever the path, URI or id it comes from.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Longest path component written, in bytes (filesystems allow 255).
const MAX_COMPONENT_BYTES: usize = 200;

/// Longest slug of a record name, in characters.
const MAX_SLUG_CHARS: usize = 80;

/// Page extensions replaced by `.json` (longest first).
const PAGE_EXTENSIONS: &[&str] =
    &[".html.gz", ".htm.gz", ".xhtml", ".html", ".htm", ".gz"];

/// The output name of a page file: its path, made safe, with the page
/// extension replaced by `.json`.
pub fn file_name_for(path: &str) -> PathBuf {
    let mut rel = safe_relative(path);
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "_".to_string());
    let lower = name.to_ascii_lowercase();
    let stem = PAGE_EXTENSIONS
        .iter()
        .find(|ext| lower.ends_with(*ext) && lower.len() > ext.len())
        .and_then(|ext| name.get(..name.len() - ext.len()))
        .unwrap_or(&name);
    let stem = stem.to_string();
    rel.set_file_name(format!("{stem}.json"));
    rel
}

/// The output name of the `number`-th record of a container file
/// (WARC, JSON lines; `None` for stdin), keyed by a URL or id.
pub fn record_name_for(
    container: Option<&str>,
    number: u64,
    key: Option<&str>,
) -> PathBuf {
    let dir = safe_relative(container.unwrap_or("stdin"));
    let slug = key.map(slug).filter(|s| !s.is_empty());
    let name = match slug {
        Some(s) => format!("{number:06}-{s}.json"),
        None => format!("{number:06}.json"),
    };
    dir.join(name)
}

/// A path made relative and safe: separators `/` and `\` split it,
/// empty, `.` and `..` components and any root or drive prefix are
/// dropped, and each kept component is cleaned by [`clean_component`].
/// Never empty (`_` when nothing is left).
pub fn safe_relative(path: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.split(['/', '\\']) {
        if part.is_empty() || part == "." || part == ".." {
            continue;
        }
        let clean = clean_component(part);
        if !clean.is_empty() {
            out.push(clean);
        }
    }
    if out.as_os_str().is_empty() {
        out.push("_");
    }
    out
}

/// One component made safe: control characters, `:` and NUL become
/// `_`, leading dots are removed (no hidden files, never `..`), and it
/// is cut to [`MAX_COMPONENT_BYTES`] on a character boundary.
fn clean_component(part: &str) -> String {
    let mapped: String = part
        .chars()
        .map(|c| if c.is_control() || c == ':' { '_' } else { c })
        .collect();
    let trimmed = mapped.trim_start_matches('.');
    let mut out = String::new();
    for c in trimmed.chars() {
        if out.len() + c.len_utf8() > MAX_COMPONENT_BYTES {
            break;
        }
        out.push(c);
    }
    out
}

/// A file-name slug of a URL or id: ASCII letters, digits, `-`, `_`
/// and `.` kept, runs of anything else become one `_`; the scheme is
/// dropped; leading dots and underscores are removed; at most
/// [`MAX_SLUG_CHARS`] characters.
pub fn slug(key: &str) -> String {
    let key = key.split_once("://").map_or(key, |(_, rest)| rest);
    let mut out = String::new();
    for c in key.chars() {
        if out.len() >= MAX_SLUG_CHARS {
            break;
        }
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '.') {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_start_matches(['.', '_']).trim_end_matches('_');
    out.replace("..", "_")
}

/// Whether a relative name stays inside its folder: only normal
/// components.
pub fn is_contained(rel: &Path) -> bool {
    !rel.as_os_str().is_empty()
        && rel.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Writes `contents` to `dir/rel` atomically: a temporary file in the
/// same folder, then a rename. Creates missing folders. Refuses a
/// name that is not [`is_contained`].
pub fn write_atomic(
    dir: &Path,
    rel: &Path,
    contents: &[u8],
) -> std::io::Result<()> {
    if !is_contained(rel) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "refusing output name {} outside the folder",
                rel.display()
            ),
        ));
    }
    let target = dir.join(rel);
    std::fs::create_dir_all(target.parent().unwrap_or(dir))?;
    write_file(&target, contents)
}

/// The temporary file an atomic write of `target` goes through: hidden,
/// beside it (so the rename stays on one file system), per process.
pub fn temp_path_for(target: &Path) -> PathBuf {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.depeche-tmp-{}", std::process::id()))
}

/// Writes a file atomically (the temporary file, then a rename), so a
/// failed write never leaves a half-written file under the real name;
/// its folder must exist.
pub fn write_file(target: &Path, contents: &[u8]) -> std::io::Result<()> {
    let tmp = temp_path_for(target);
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(contents))
        .and_then(|()| std::fs::rename(&tmp, target));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_for_replaces_page_extension() {
        assert_eq!(
            file_name_for("corpus/a/source.html"),
            PathBuf::from("corpus/a/source.json")
        );
        assert_eq!(file_name_for("p.html.gz"), PathBuf::from("p.json"));
        assert_eq!(
            file_name_for("notes.txt"),
            PathBuf::from("notes.txt.json")
        );
    }

    #[test]
    fn file_name_for_stays_inside() {
        for p in ["/etc/passwd", "../../x.html", "a/../../b", "..", "/"] {
            let rel = file_name_for(p);
            assert!(is_contained(&rel), "{p} -> {}", rel.display());
        }
        assert_eq!(file_name_for("/abs/x.html"), PathBuf::from("abs/x.json"));
    }

    #[test]
    fn record_name_for_cannot_escape() {
        let rel =
            record_name_for(Some("../crawl.warc.gz"), 3, Some("../../etc/x"));
        assert!(is_contained(&rel), "{}", rel.display());
        assert_eq!(rel, PathBuf::from("crawl.warc.gz/000003-etc_x.json"));
        let rel = record_name_for(None, 12, Some("\u{1}..\n"));
        assert_eq!(rel, PathBuf::from("stdin/000012.json"));
    }

    #[test]
    fn slug_keeps_readable_url() {
        assert_eq!(
            slug("https://www.ex.fr/monde/article-1.html?x=1"),
            "www.ex.fr_monde_article-1.html_x_1"
        );
        assert_eq!(slug("...."), "");
    }

    #[test]
    fn clean_component_drops_controls_and_dots() {
        assert_eq!(clean_component("..a\u{7}b:c"), "a_b_c");
        assert!(clean_component(&"é".repeat(300)).len() <= 200);
    }

    #[test]
    fn write_atomic_refuses_escape_and_leaves_no_temp() {
        let dir = std::env::temp_dir()
            .join(format!("depeche-outdir-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(write_atomic(&dir, Path::new("../x.json"), b"{}").is_err());
        write_atomic(&dir, Path::new("a/b.json"), b"{}\n").unwrap();
        assert_eq!(std::fs::read(dir.join("a/b.json")).unwrap(), b"{}\n");
        let n = std::fs::read_dir(dir.join("a")).unwrap().count();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(n, 1);
    }
}
