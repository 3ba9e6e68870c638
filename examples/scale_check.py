#!/usr/bin/env python3
"""Test data and checks for the scale-out examples (Spark, Hadoop streaming).

    scale_check.py prepare WORK [--corpus DIR] [--copies 20] [--depeche BIN]
    scale_check.py check WORK MODE=OUTPUT [MODE=OUTPUT …] [--report FILE]
    scale_check.py time [--stdin F] [--stdout F] [--ok N] RECORD NAME -- COMMAND…

prepare replicates the corpus pages (read from the shared corpus, written
under WORK only) COPIES times under distinct ids and paths, and adds one bad
input per input form:

    WORK/pages/rNN/<case>.html   every page, COPIES times, + zz-binary.html
    WORK/paths.txt               their absolute paths, one per line
    WORK/pages.jsonl             one --jsonl-in line per page (id "rNN/<case>",
                                 the page's url, html_base64) + one bad line
    WORK/warc/rNN.warc[.gz]      one WARC file per copy (half gzipped, one
                                 member per record): warcinfo, then request
                                 and response records per page, an image
                                 and a redirect (both skipped by depeche);
                                 URIs https://replica.invalid/rNN/<case>
                                 + zz-broken.warc.gz, truncated
    WORK/reference.json          what `depeche FILE` gives for each page run
                                 alone, and the expected.json headline

check reads job outputs (a Parquet or Spark JSON folder, or "key<TAB>json"
files from the Hadoop streaming mapper) and, per mode, counts every page by
its key: lost (expected, no row), duplicated (extra rows), unexpected (rows
that are no expected input), wrong (headline, standfirst, sections, quotes
or promos differ from depeche run alone on the same page, or the headline
differs from expected.json) and the bad input's error row. Exit status 1 if
anything is off. Parquet needs pyspark (run it with the venv's python).

time runs a command and appends its wall time and CPU time (its own and
that of the descendants that were waited for) to RECORD, as a JSON line.

Modes: jsonl, files, warc (the Spark job's modes), hadoop-jsonl,
hadoop-paths, hadoop-warc (the Hadoop streaming mapper on pages.jsonl,
paths.txt, the WARC files).
"""

import argparse
import base64
import collections
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The one bad input of each mode, and the error it must give.
BAD = {
    "jsonl": ("zz-binary.html", "not_html"),
    "files": ("zz-binary.html", "not_html"),
    "warc": ("zz-broken.warc.gz#2", "bad_input"),
    "hadoop-jsonl": ("zz-bad-line", "bad_input"),
    "hadoop-paths": ("zz-binary.html", "not_html"),
    "hadoop-warc": ("zz-broken.warc.gz#2", "bad_input"),
}


# --- prepare -------------------------------------------------------------

def warc_record(kind, uri, block, content_type):
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        "WARC-Date: 2024-11-10T08:00:00Z",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}",
             f"Content-Length: {len(block)}", "", ""]
    return "\r\n".join(head).encode() + block + b"\r\n\r\n"


def http_response(status, headers, body):
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    lines += [f"Content-Length: {len(body)}", "", ""]
    return "\r\n".join(lines).encode() + body


def response_record(uri, status, headers, body):
    return warc_record("response", uri, http_response(status, headers, body),
                       "application/http; msgtype=response")


def write_warc(path, records, gzipped):
    with open(path, "wb") as f:
        for r in records:
            # One gzip member per record, as wget and Common Crawl write.
            f.write(gzip.compress(r, 1) if gzipped else r)


def depeche_alone(binary, page):
    out = subprocess.run([binary, "--compact", page], capture_output=True,
                         check=False)
    if out.returncode != 0:
        sys.exit(f"scale_check: {binary} {page} failed ({out.returncode}): "
                 f"{out.stderr.decode(errors='replace')}")
    return json.loads(out.stdout)


def summary(doc):
    """The fields compared between a job's row and depeche run alone."""
    return {
        "headline": doc.get("headline"),
        "standfirst": doc.get("standfirst"),
        "sections": [[s.get("heading"), len(s.get("paragraphs") or [])]
                     for s in doc.get("sections") or []],
        "quotes": [q.get("text") for q in doc.get("quotes") or []],
        "promos": [p.get("text") for p in doc.get("promos") or []],
    }


def prepare(args):
    cases = sorted(d for d in os.listdir(args.corpus)
                   if os.path.isfile(os.path.join(args.corpus, d,
                                                  "source.html")))
    if not cases:
        sys.exit(f"scale_check: no */source.html in {args.corpus}")
    work = os.path.abspath(args.work)
    for sub in ("pages", "warc"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    reference = {}
    pages = {}
    for case in cases:
        src = os.path.join(args.corpus, case, "source.html")
        with open(src, "rb") as f:
            pages[case] = f.read()
        expected = {}
        exp_path = os.path.join(args.corpus, case, "expected.json")
        if os.path.exists(exp_path):
            with open(exp_path, encoding="utf-8") as f:
                expected = json.load(f)
        ref = summary(depeche_alone(args.depeche, src))
        ref["expected_headline"] = expected.get("headline")
        ref["url"] = expected.get("url")
        reference[case] = ref

    paths = []
    with open(os.path.join(work, "pages.jsonl"), "w") as jl:
        for n in range(args.copies):
            rep = f"r{n:02d}"
            os.makedirs(os.path.join(work, "pages", rep), exist_ok=True)
            records = [warc_record("warcinfo", None,
                                   b"software: scale_check.py\r\n",
                                   "application/warc-fields")]
            for case in cases:
                page = pages[case]
                path = os.path.join(work, "pages", rep, f"{case}.html")
                with open(path, "wb") as f:
                    f.write(page)
                paths.append(path)
                line = {"id": f"{rep}/{case}", "url": reference[case]["url"],
                        "html_base64": base64.b64encode(page).decode()}
                jl.write(json.dumps(line) + "\n")
                uri = f"https://replica.invalid/{rep}/{case}"
                records.append(warc_record(
                    "request", uri,
                    f"GET /{rep}/{case} HTTP/1.1\r\nHost: replica.invalid"
                    "\r\n\r\n".encode(),
                    "application/http; msgtype=request"))
                records.append(response_record(
                    uri, "200 OK", [("Content-Type", "text/html")], page))
            records.append(response_record(
                f"https://replica.invalid/{rep}/logo.png", "200 OK",
                [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n"))
            records.append(response_record(
                f"https://replica.invalid/{rep}/old", "301 Moved Permanently",
                [("Location", "/new"), ("Content-Type", "text/html")],
                b"<html><body>moved</body></html>"))
            gz = n < (args.copies + 1) // 2
            name = f"{rep}.warc.gz" if gz else f"{rep}.warc"
            write_warc(os.path.join(work, "warc", name), records, gz)
        # The bad inputs.
        binary = os.path.join(work, "pages", "zz-binary.html")
        with open(binary, "wb") as f:
            f.write(b"%PDF-1.4\n\x00\x01\x02 not a page")
        paths.append(binary)
        jl.write(json.dumps({"id": "zz-bad-line",
                             "url": "https://bad.invalid/"}) + "\n")
    good = response_record("https://replica.invalid/zz/cut", "200 OK",
                           [("Content-Type", "text/html")],
                           pages[cases[0]])
    broken = [warc_record("warcinfo", None, b"software: x\r\n",
                          "application/warc-fields"),
              good[: len(good) // 2]]
    write_warc(os.path.join(work, "warc", "zz-broken.warc.gz"), broken, True)
    with open(os.path.join(work, "paths.txt"), "w") as f:
        f.writelines(p + "\n" for p in paths)
    with open(os.path.join(work, "reference.json"), "w") as f:
        json.dump({"copies": args.copies, "cases": reference}, f,
                  ensure_ascii=False, indent=1)
    print(f"scale_check: {len(cases)} pages x {args.copies} = "
          f"{len(cases) * args.copies} (+1 bad input per mode) in {work}",
          file=sys.stderr)


# --- reading outputs -------------------------------------------------------

def row_of_document(doc):
    """A depeche document or error line as a comparable row."""
    src = doc.get("source") or {}
    rid = src.get("id")
    if rid is not None and not isinstance(rid, str):
        rid = json.dumps(rid)
    row = summary(doc)
    row.update(id=rid if rid is not None else src.get("path"),
               path=src.get("path"), url=src.get("url"),
               error_kind=(doc.get("error") or {}).get("kind"))
    return row


def row_of_table(t):
    """A row of the Spark job's table (dict) as a comparable row."""
    doc = {k: t.get(k) for k in ("headline", "standfirst", "sections",
                                 "quotes", "promos")}
    row = summary(doc)
    row.update(id=t.get("id"), path=t.get("path"), url=t.get("url"),
               error_kind=t.get("error_kind"))
    return row


def read_tsv(path):
    """Hadoop streaming output: `key<TAB>json` lines; the key must be the
    document's id (or path)."""
    files = ([path] if os.path.isfile(path) else
             sorted(glob.glob(os.path.join(path, "part-*"))))
    rows, bad = [], 0
    for name in files:
        with open(name, encoding="utf-8") as f:
            for line in f:
                key, sep, doc = line.rstrip("\n").partition("\t")
                row = row_of_document(json.loads(doc)) if sep else None
                if row is None or key != (row["id"] or ""):
                    bad += 1
                    continue
                rows.append(row)
    return rows, bad


def read_spark_json(path):
    rows = []
    for name in sorted(glob.glob(os.path.join(path, "part-*.json"))):
        with open(name, encoding="utf-8") as f:
            rows += [row_of_table(json.loads(line)) for line in f]
    return rows, 0


def read_parquet(path, spark_box):
    if spark_box[0] is None:
        from pyspark.sql import SparkSession

        spark_box[0] = (SparkSession.builder.master("local[1]")
                        .appName("scale-check")
                        .config("spark.log.level", "WARN")
                        .config("spark.ui.showConsoleProgress", "false")
                        .config("spark.ui.enabled", "false")
                        .getOrCreate())
    df = spark_box[0].read.parquet(path)
    return [row_of_table(r.asDict(recursive=True)) for r in df.collect()], 0


# --- checking ------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def norm(value):
    """The scorer's comparison form of a text (eval/score)."""
    if not isinstance(value, str):
        return ""
    value = unicodedata.normalize("NFC", value.translate(_INVISIBLE))
    return _SPACES.sub(" ", value.replace("\u2019", "'")).strip()


_PAGE_KEY = re.compile(r"(?:^|/)(r\d\d)/([^/#]+?)(?:\.html)?$")
_BAD_KEY = re.compile(r"zz-[^/]+$")


def key_of(row):
    """(copy, case) of a page row, ("zz", name) of a bad input, or None."""
    for field in ("id", "url", "path"):
        value = row.get(field) or ""
        m = _PAGE_KEY.search(value)
        if m:
            return m.group(1), m.group(2)
    for field in ("id", "path"):
        m = _BAD_KEY.search(row.get(field) or "")
        if m:
            return "zz", m.group(0)
    return None


def check_mode(mode, rows, malformed, ref):
    cases = ref["cases"]
    expected = {(f"r{n:02d}", c) for n in range(ref["copies"])
                for c in cases}
    bad_name, bad_kind = BAD[mode]
    expected.add(("zz", bad_name))
    seen = collections.Counter()
    wrong, unexpected, problems = 0, malformed, []
    for row in rows:
        key = key_of(row)
        if key not in expected:
            unexpected += 1
            problems.append(f"unexpected row {row.get('id')!r}")
            continue
        seen[key] += 1
        if key[0] == "zz":
            if row["error_kind"] != bad_kind:
                wrong += 1
                problems.append(f"{key[1]}: error {row['error_kind']!r}, "
                                f"wanted {bad_kind!r}")
            continue
        want = cases[key[1]]
        diffs = [f for f in ("headline", "standfirst", "sections", "quotes",
                             "promos") if row[f] != want[f]]
        if row["error_kind"] is not None:
            diffs.append(f"error {row['error_kind']}")
        if (want["expected_headline"] is not None
                and norm(row["headline"]) != norm(want["expected_headline"])):
            diffs.append("headline vs expected.json")
        if diffs:
            wrong += 1
            problems.append(f"{key[0]}/{key[1]}: {', '.join(diffs)} differ")
    lost = len(expected - set(seen))
    duplicated = sum(n - 1 for n in seen.values() if n > 1)
    for key in sorted(expected - set(seen))[:5]:
        problems.append(f"lost {key[0]}/{key[1]}")
    for key, n in sorted(seen.items()):
        if n > 1:
            problems.append(f"{key[0]}/{key[1]} came back {n} times")
    return {
        "mode": mode, "rows": len(rows), "expected": len(expected),
        "pages": len(expected) - 1, "lost": lost, "duplicated": duplicated,
        "unexpected": unexpected, "wrong": wrong,
        "ok": not (lost or duplicated or unexpected or wrong),
        "problems": problems[:20],
    }


def check(args):
    with open(os.path.join(args.work, "reference.json"),
              encoding="utf-8") as f:
        ref = json.load(f)
    spark_box = [None]
    results = []
    for spec in args.outputs:
        mode, sep, path = spec.partition("=")
        if not sep or mode not in BAD:
            sys.exit(f"scale_check: bad output spec {spec!r} (MODE=PATH, "
                     f"MODE one of {', '.join(BAD)})")
        if mode.startswith("hadoop-"):
            rows, malformed = read_tsv(path)
        elif glob.glob(os.path.join(path, "*.parquet")):
            rows, malformed = read_parquet(path, spark_box)
        else:
            rows, malformed = read_spark_json(path)
        r = check_mode(mode, rows, malformed, ref)
        results.append(r)
        print(f"{mode:>13}: {r['rows']} rows for {r['expected']} inputs: "
              f"lost {r['lost']}, duplicated {r['duplicated']}, unexpected "
              f"{r['unexpected']}, wrong {r['wrong']} -> "
              f"{'ok' if r['ok'] else 'FAIL'}", file=sys.stderr)
        for p in r["problems"]:
            print(f"{'':>15}{p}", file=sys.stderr)
    if spark_box[0] is not None:
        spark_box[0].stop()
    if args.report:
        with open(args.report, "w") as f:
            json.dump(results, f, indent=1)
    return 0 if all(r["ok"] for r in results) else 1


def timed(args):
    """Runs a command; appends {name, wall, cpu} to a JSON-lines file. cpu
    is the user + system time of the command and of the descendants that
    were waited for (so not of daemons that are killed, such as PySpark's
    worker daemon: it is no measure of a Spark job)."""
    import resource
    import time

    stdin = open(args.stdin, "rb") if args.stdin else None
    stdout = open(args.stdout, "wb") if args.stdout else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    code = subprocess.run(argv, stdin=stdin, stdout=stdout,
                          check=False).returncode
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime
                                                - before.ru_stime)
    with open(args.record, "a") as f:
        f.write(json.dumps({"name": args.name, "wall": round(wall, 3),
                            "cpu": round(cpu, 3), "status": code}) + "\n")
    return code if code not in args.ok else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("prepare", help="write test inputs under WORK")
    pp.add_argument("work")
    pp.add_argument("--corpus", default=os.path.join(
        ROOT, "..", "shared", "corpus", "visible"))
    pp.add_argument("--copies", type=int, default=20)
    pp.add_argument("--depeche", default=os.path.join(
        ROOT, "target", "release", "depeche"))
    pc = sub.add_parser("check", help="check job outputs against WORK")
    pc.add_argument("work")
    pc.add_argument("outputs", nargs="+", metavar="MODE=OUTPUT")
    pc.add_argument("--report", help="write the counts as JSON here")
    pt = sub.add_parser("time", help="run a command, record wall and "
                        "CPU time")
    pt.add_argument("record", help="JSON-lines file to append to")
    pt.add_argument("name")
    pt.add_argument("--stdin")
    pt.add_argument("--stdout")
    pt.add_argument("--ok", type=int, action="append", default=[0],
                    help="exit statuses that count as success (repeatable)")
    pt.add_argument("argv", nargs=argparse.REMAINDER, metavar="COMMAND")
    args = p.parse_args()
    if args.command == "time":
        return timed(args)
    if args.command == "prepare":
        prepare(args)
        return 0
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
