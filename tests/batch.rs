//! Batches on the built binary: folders, lists, WARC files, JSON lines,
//! --out-dir, check, schema, completions. See: issues 7 and 10.

use std::io::Write;
use std::path::Path;

use crate::util::{TempDir, root, run};

const SEED: &str = "fixtures/seed-newsroom/source.html";

fn seed() -> Vec<u8> {
    std::fs::read(root().join(SEED)).unwrap()
}

fn lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))
        })
        .collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e =
        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn page(headline: &str) -> String {
    format!(
        "<html lang=fr><head><meta charset=utf-8><title>{headline}</title>\
         </head><body><article><h1>{headline}</h1><p>Le gouvernement a présenté mardi un projet \
         de loi sur le logement, très attendu par les maires.</p>\
         </article></body></html>"
    )
}

/// One WARC record.
fn record(kind: &str, ctype: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-11-10T08:00:00Z\r\nContent-Type: {ctype}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(uri: &str, payload_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {payload_type}\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    http.extend_from_slice(body);
    record("response", "application/http; msgtype=response", uri, &http)
}

/// A WARC file as wget writes it: warcinfo, then request/response
/// pairs; one response is an image. Records, one per item.
fn warc_records() -> Vec<Vec<u8>> {
    vec![
        record(
            "warcinfo",
            "application/warc-fields",
            "",
            b"software: Wget/1.21\r\n",
        ),
        record(
            "request",
            "application/http; msgtype=request",
            "https://ex.fr/a",
            b"GET /a HTTP/1.1\r\nHost: ex.fr\r\n\r\n",
        ),
        response(
            "https://ex.fr/a",
            "text/html; charset=utf-8",
            page("Premier titre").as_bytes(),
        ),
        response("https://ex.fr/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        response(
            "https://ex.fr/b",
            "text/html",
            page("Second titre").as_bytes(),
        ),
    ]
}

#[test]
fn batch_folder_gives_one_line_per_input_in_order() {
    let tmp = TempDir::new("batch-folder");
    let dir = tmp.path().join("pages");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.html"), seed()).unwrap();
    std::fs::write(dir.join("b.html.gz"), b"\x1f\x8b\x08broken").unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(0u8, 512));
    std::fs::write(dir.join("c.html"), png).unwrap();
    std::fs::write(dir.join("sub/d.html.gz"), gzip(page("Quatre").as_bytes()))
        .unwrap();
    std::fs::write(dir.join("notes.txt"), "ignored by the default globs")
        .unwrap();
    let out = run(&["-j", "2", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out);
    let paths: Vec<&str> =
        docs.iter().map(|d| d["source"]["path"].as_str().unwrap()).collect();
    let d = dir.to_str().unwrap();
    assert_eq!(
        paths,
        [
            format!("{d}/a.html"),
            format!("{d}/b.html.gz"),
            format!("{d}/c.html"),
            format!("{d}/sub/d.html.gz")
        ]
    );
    assert!(docs[0]["headline"].as_str().unwrap().starts_with("Moscou"));
    assert_eq!(docs[1]["error"]["kind"], "bad_input");
    assert_eq!(docs[2]["error"]["kind"], "not_html");
    assert_eq!(docs[2]["schema_version"], 1);
    assert_eq!(docs[3]["headline"], "Quatre");
    let err = stderr(&out);
    assert!(err.contains("2 failed"), "{err}");
    assert!(err.contains("c.html"), "{err}");
}

#[test]
fn batch_same_output_with_one_or_two_threads() {
    let files: Vec<String> = (0..12)
        .map(|i| {
            if i % 5 == 3 {
                "no/such.html".to_string()
            } else {
                SEED.to_string()
            }
        })
        .collect();
    let mut a = vec!["-j", "1", "-q"];
    a.extend(files.iter().map(String::as_str));
    let mut b = vec!["-j", "2", "-q"];
    b.extend(files.iter().map(String::as_str));
    let (one, two) = (run(&a, None), run(&b, None));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(lines(&one).len(), 12);
    assert!(one.stderr.is_empty(), "--quiet: {}", stderr(&one));
}

#[test]
fn batch_fail_fast_stops_at_first_failure() {
    let out =
        run(&["--fail-fast", "-q", SEED, "no/such.html", SEED, SEED], None);
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["error"]["kind"], "not_found");
}

#[test]
fn batch_files_from_stdin_nul_separated() {
    let list = format!("{SEED}\0no/such.html\0{SEED}\0");
    let out = run(&["--files-from", "-", "-0", "-q"], Some(list.as_bytes()));
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[1]["source"]["path"], "no/such.html");
    assert_eq!(docs[2]["source"]["path"], SEED);
}

#[test]
fn batch_out_dir_mirrors_tree_and_resumes() {
    let tmp = TempDir::new("batch-outdir");
    let src = tmp.path().join("in");
    std::fs::create_dir_all(src.join("x/y")).unwrap();
    std::fs::write(src.join("top.html"), seed()).unwrap();
    std::fs::write(src.join("x/y/deep.htm"), page("Profond")).unwrap();
    std::fs::write(src.join("x/empty.html"), "").unwrap();
    let out_dir = tmp.path().join("out");
    let out = run(
        &["--out-dir", out_dir.to_str().unwrap(), src.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let base = out_dir.join(src.strip_prefix("/").unwrap_or(&src));
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(base.join(p)).unwrap()).unwrap()
    };
    assert_eq!(read("x/y/deep.json")["headline"], "Profond");
    assert_eq!(read("x/empty.json")["error"]["kind"], "empty");
    assert!(read("top.json")["headline"].is_string());
    let leftovers = walk(&out_dir)
        .into_iter()
        .filter(|p| p.contains("depeche-tmp"))
        .collect::<Vec<_>>();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    std::fs::remove_file(base.join("top.json")).unwrap();
    let out = run(
        &[
            "--out-dir",
            out_dir.to_str().unwrap(),
            "--skip-existing",
            src.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 skipped"), "{}", stderr(&out));
    assert!(base.join("top.json").is_file());
}

fn walk(dir: &Path) -> Vec<String> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                all.push(p.to_string_lossy().into_owned());
            }
        }
    }
    all.sort();
    all
}

#[test]
fn batch_warc_plain_and_gzipped_give_every_html_record() {
    let tmp = TempDir::new("batch-warc");
    let records = warc_records();
    let plain = tmp.path().join("crawl.warc");
    std::fs::write(&plain, records.concat()).unwrap();
    let gz = tmp.path().join("crawl.warc.gz");
    let members: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    std::fs::write(&gz, members).unwrap();
    for file in [&plain, &gz] {
        let f = file.to_str().unwrap();
        let out = run(&[f], None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let docs = lines(&out);
        assert_eq!(docs.len(), 2, "{f}");
        assert_eq!(docs[0]["source"]["path"], format!("{f}#3"));
        assert_eq!(docs[0]["source"]["url"], "https://ex.fr/a");
        assert_eq!(docs[0]["headline"], "Premier titre");
        assert_eq!(docs[0]["source"]["bytes"], page("Premier titre").len());
        assert_eq!(docs[1]["source"]["path"], format!("{f}#5"));
        assert_eq!(docs[1]["headline"], "Second titre");
    }
}

#[test]
fn batch_warc_uri_cannot_escape_out_dir() {
    let tmp = TempDir::new("batch-escape");
    let warc = tmp.path().join("evil.warc");
    let mut bytes =
        response("../../etc/x", "text/html", page("Évasion").as_bytes());
    bytes.extend(response(
        "/../../../tmp/\u{1}y",
        "text/html",
        page("Autre").as_bytes(),
    ));
    std::fs::write(&warc, bytes).unwrap();
    let out_dir = tmp.path().join("out");
    let out = run(
        &["--out-dir", out_dir.to_str().unwrap(), warc.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = walk(tmp.path());
    let jsons: Vec<&String> =
        written.iter().filter(|p| p.ends_with(".json")).collect();
    assert_eq!(jsons.len(), 2, "{written:?}");
    for p in &jsons {
        assert!(p.starts_with(out_dir.to_str().unwrap()), "{p}");
        assert!(!p.contains(".."), "{p}");
        assert!(!p.chars().any(char::is_control), "{p:?}");
    }
    assert!(jsons[0].ends_with("000001-etc_x.json"), "{}", jsons[0]);
}

#[test]
fn batch_jsonl_in_round_trips_ids() {
    let html = page("Ligne une");
    let latin1 = b"<html><head><title>D\xe9j\xe0 vu</title></head><body>\
        <article><h1>D\xe9j\xe0 vu</h1>\
        <p>Le conseil municipal a vot\xe9 le budget, apr\xe8s un long d\xe9bat.</p>\
        </article></body></html>";
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(latin1);
    let input = format!(
        "{}\n{{\"id\":\"k2\",\"url\":\"https://ex.fr/2\"}}\n\n{}\n",
        serde_json::json!({"id": 1, "url": "https://ex.fr/1", "html": html}),
        serde_json::json!({"id": {"part": 3}, "html_base64": b64}),
    );
    let out = run(&["--jsonl-in", "-q"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["source"]["id"], 1);
    assert_eq!(docs[0]["source"]["url"], "https://ex.fr/1");
    assert_eq!(docs[0]["source"]["path"], serde_json::Value::Null);
    assert_eq!(docs[0]["headline"], "Ligne une");
    assert_eq!(docs[1]["source"]["id"], "k2");
    assert_eq!(docs[1]["source"]["url"], "https://ex.fr/2");
    assert_eq!(docs[1]["error"]["kind"], "bad_input");
    assert_eq!(docs[2]["source"]["id"], serde_json::json!({"part": 3}));
    assert_eq!(docs[2]["headline"], "Déjà vu");
}

#[test]
fn batch_closed_stdout_exits_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let tmp = TempDir::new("batch-pipe");
    let para = "<p>Un paragraphe de texte suffisamment long pour remplir la sortie JSON.</p>";
    let big = tmp.path().join("big.html");
    std::fs::write(
        &big,
        format!("<article><h1>T</h1>{}</article>", para.repeat(5000)),
    )
    .unwrap();
    let b = big.to_str().unwrap();
    let mut child = crate::util::depeche()
        .args(["-j", "1", b, b, b, b, b, b])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // `| head -1`: the reader is gone after one line.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"schema_version\":1"));
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

/// A co-process client (write one line, wait for its answer, write the
/// next, stdin left open): each answer comes as soon as its page is
/// parsed, not when the next line or the end of stdin arrives.
#[test]
fn batch_line_modes_answer_each_line_before_the_next() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    use std::time::Duration;
    for jsonl in [true, false] {
        let args: &[&str] = if jsonl {
            &["--jsonl-in", "-q"]
        } else {
            &["--files-from", "-", "-q"]
        };
        let mut child = crate::util::depeche()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if tx.send(line.unwrap()).is_err() {
                    break;
                }
            }
        });
        for i in 0..3 {
            let line = match (jsonl, i) {
                (true, _) => serde_json::json!({
                    "id": i,
                    "html": page(&format!("Titre {i}")),
                })
                .to_string(),
                (false, 1) => "no/such.html".to_string(),
                (false, _) => SEED.to_string(),
            };
            writeln!(stdin, "{line}").unwrap();
            stdin.flush().unwrap();
            let Ok(answer) = rx.recv_timeout(Duration::from_secs(20)) else {
                let _ = child.kill();
                panic!("{args:?}: no answer to line {i} while stdin is open");
            };
            let doc: serde_json::Value =
                serde_json::from_str(&answer).unwrap();
            if jsonl {
                assert_eq!(doc["source"]["id"], i);
                assert_eq!(doc["headline"], format!("Titre {i}"));
            } else if i == 1 {
                assert_eq!(doc["error"]["kind"], "not_found");
            } else {
                assert_eq!(doc["source"]["path"], SEED);
            }
        }
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        reader.join().unwrap();
        assert!(rx.try_recv().is_err(), "{args:?}: an extra line");
        assert_eq!(out.status.code(), Some(if jsonl { 0 } else { 1 }));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
    }
}

#[test]
fn check_reports_changed_headline_then_passes_after_bless() {
    let tmp = TempDir::new("check");
    let case = tmp.path().join("fixtures/seed");
    std::fs::create_dir_all(&case).unwrap();
    std::fs::write(case.join("source.html"), seed()).unwrap();
    std::fs::write(tmp.path().join("fixtures/side.html"), page("À côté"))
        .unwrap();
    let dir = tmp.path().join("fixtures");
    let d = dir.to_str().unwrap();
    let out = run(&["check", d], None);
    assert_eq!(out.status.code(), Some(1), "missing goldens fail");
    let out = run(&["check", "--bless", d], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tmp.path().join("fixtures/side.json").is_file());
    let out = run(&["check", d], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let golden = case.join("expected.json");
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&golden).unwrap()).unwrap();
    doc["headline"] = "Un ancien titre".into();
    std::fs::write(&golden, serde_json::to_string_pretty(&doc).unwrap())
        .unwrap();
    let out = run(&["check", d], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("  headline\n"), "{err}");
    assert!(err.contains("expected: \"Un ancien titre\""), "{err}");
    assert!(err.contains("got:      \"Moscou"), "{err}");
    assert!(out.stdout.is_empty());
    let out = run(&["check", "--ignore", "headline", d], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["check", "--bless", d], None);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["check", d], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn schema_validates_fixture_and_corpus_outputs_and_error_lines() {
    let out = run(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut pages: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let corpus = root().join("../shared/corpus/visible");
    if let Ok(entries) = std::fs::read_dir(&corpus) {
        pages.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path().join("source.html"))
                .filter(|p| p.is_file())
                .map(|p| p.to_string_lossy().into_owned()),
        );
    }
    pages.push("no/such.html".to_string());
    let mut args = vec!["-q", "--ndjson", "--explain"];
    args.extend(pages.iter().map(String::as_str));
    let out = run(&args, None);
    let docs = lines(&out);
    assert_eq!(docs.len(), pages.len());
    let jsonl = format!("{}\n", serde_json::json!({"id": 9, "url": "u"}));
    let docs = docs
        .into_iter()
        .chain(lines(&run(&["--jsonl-in", "-q"], Some(jsonl.as_bytes()))));
    for doc in docs {
        let errors: Vec<String> =
            validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]);
    }
    let mut bad = lines(&run(&["--ndjson", "-q", SEED], None)).remove(0);
    bad["headline"] = 3.into();
    assert!(!validator.is_valid(&bad), "the schema must constrain fields");
}

#[test]
fn completions_and_man_page_are_generated() {
    let out = run(&["completions", "bash"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--jsonl-in") && text.contains("check"));
    let out = run(&["man"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(".TH depeche"));
}
