//! The command line: inputs, outputs, exit codes and errors.

use crate::util::{TempDir, json, run};

const SEED: &str = "fixtures/seed-newsroom/source.html";

#[test]
fn cli_file_gives_document_with_path() {
    let out = run(&[SEED], None);
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["source"]["path"], SEED);
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn cli_compact_in_pipes_pretty_on_request() {
    let out = run(&[SEED], None);
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
    let out = run(&["--pretty", SEED], None);
    assert!(out.stdout.iter().filter(|&&b| b == b'\n').count() > 10);
}

#[test]
fn cli_reads_stdin_with_dash_or_nothing() {
    let html = std::fs::read(crate::util::root().join(SEED)).unwrap();
    for args in [&["-"][..], &[][..]] {
        let out = run(args, Some(&html));
        assert!(out.status.success());
        let doc = json(&out);
        assert_eq!(doc["source"]["path"], serde_json::Value::Null);
        assert!(
            doc["headline"].as_str().unwrap().starts_with("Moscou frappée")
        );
    }
}

#[test]
fn cli_output_file_is_written_and_stdout_stays_empty() {
    let tmp = TempDir::new("cli-output");
    let target = tmp.path().join("doc.json");
    let out = run(&[SEED, "-o", target.to_str().unwrap()], None);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written["source"]["path"], SEED);
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file may remain");
}

#[test]
fn cli_unwritable_output_fails_cleanly() {
    let out = run(&[SEED, "-o", "/nonexistent-dir/sub/doc.json"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.is_empty());
}

fn error_of(bytes: &[u8], name: &str) -> (i32, serde_json::Value) {
    let tmp = TempDir::new(name);
    let path = tmp.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = run(&[path.to_str().unwrap()], None);
    let doc = json(&out);
    assert!(!out.stderr.is_empty(), "a message for people on stderr");
    (out.status.code().unwrap_or(-1), doc)
}

#[test]
fn cli_empty_input_is_an_error_document() {
    let (code, doc) = error_of(b"", "empty.html");
    assert_eq!(code, 1);
    assert_eq!(doc["error"]["kind"], "empty");
    assert!(doc["source"]["path"].as_str().unwrap().ends_with("empty.html"));
}

#[test]
fn cli_binary_input_is_not_html() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(0u8, 512));
    let (code, doc) = error_of(&png, "image.html");
    assert_eq!(code, 1);
    assert_eq!(doc["error"]["kind"], "not_html");
}

#[test]
fn cli_missing_file_is_not_found() {
    let out = run(&["no/such/page.html"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["kind"], "not_found");
}

#[test]
fn cli_plain_text_gives_document_with_warning() {
    let text =
        "Ceci n’est pas une page HTML mais un simple texte, écrit pour \
                vérifier que depeche le lit quand même sans se tromper.\n"
            .repeat(3);
    let tmp = TempDir::new("plain");
    let path = tmp.path().join("notes.txt");
    std::fs::write(&path, text).unwrap();
    let out = run(&[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let doc = json(&out);
    let warnings = doc["warnings"].to_string();
    assert!(warnings.contains("no HTML markup"), "{warnings}");
}

#[test]
fn cli_too_large_input_is_refused() {
    let tmp = TempDir::new("large");
    let path = tmp.path().join("big.html");
    std::fs::write(&path, "<p>x</p>".repeat(1000)).unwrap();
    let out = run(&["--max-bytes", "100", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["kind"], "too_large");
}

#[test]
fn cli_fifty_megabyte_page_gives_document() {
    let para = "<p>Le gouvernement a présenté mardi un projet de loi très \
                attendu sur le logement, qui prévoit de nombreuses mesures.</p>\n";
    let mut html =
        String::from("<html><body><article><h1>Une très longue page</h1>");
    while html.len() < 50 * 1024 * 1024 {
        html.push_str(para);
    }
    html.push_str("</article></body></html>");
    let tmp = TempDir::new("fifty");
    let path = tmp.path().join("fifty.html");
    std::fs::write(&path, html).unwrap();
    let out = run(&[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let doc = json(&out);
    assert_eq!(doc["headline"], "Une très longue page");
    assert!(doc["stats"]["paragraphs"].as_u64().unwrap() > 100_000);
}

#[test]
fn cli_deeply_nested_page_gives_document() {
    let html = format!(
        "<html><body>{}<p>Texte tout au fond de la page imbriquée.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let tmp = TempDir::new("deep");
    let path = tmp.path().join("deep.html");
    std::fs::write(&path, html).unwrap();
    let out = run(&[path.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json(&out)["sections"].to_string().contains("tout au fond"));
}

#[test]
fn cli_explain_lists_removed_blocks() {
    let out = run(&["--explain", SEED], None);
    let doc = json(&out);
    let rules: Vec<&str> = doc["explain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"promo.label"), "{rules:?}");
    assert!(rules.contains(&"promo.teaser-link"), "{rules:?}");
    let out = run(&[SEED], None);
    assert!(json(&out).get("explain").is_none());
}

#[test]
fn cli_encoding_flag_forces_and_validates() {
    let tmp = TempDir::new("enc");
    let path = tmp.path().join("latin.html");
    std::fs::write(
        &path,
        b"<meta charset=utf-8><h1>L\xe9gende d\xe9j\xe0 vue</h1>",
    )
    .unwrap();
    let out = run(&["--encoding", "latin1", path.to_str().unwrap()], None);
    let doc = json(&out);
    assert_eq!(doc["source"]["encoding_source"], "forced");
    assert_eq!(doc["headline"], "Légende déjà vue");
    let out = run(&["--encoding", "klingon", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn cli_usage_errors_exit_2_and_help_exits_0() {
    let out = run(&["--no-such-flag"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = run(&["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples"));
    let out = run(&["--version"], None);
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains(env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn cli_closed_stdout_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let para = "<p>Un paragraphe de texte suffisamment long pour remplir la sortie JSON.</p>";
    let html =
        format!("<article><h1>Titre</h1>{}</article>", para.repeat(20_000));
    let tmp = TempDir::new("pipe");
    let path = tmp.path().join("big.html");
    std::fs::write(&path, html).unwrap();
    let mut child = crate::util::depeche()
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
