#!/usr/bin/env python3
"""Hadoop Streaming mapper: depeche on the lines of one input split.

    mapper.py [--paths] [--depeche ./depeche] [-j 1]

Reads the split on stdin and writes `KEY<TAB>DOCUMENT` lines, where
DOCUMENT is depeche's JSON line (it never holds a raw tab: JSON escapes
it) and KEY is its `source.id` (a string as is, another JSON value as
compact JSON), else its `source.path`. Emitting a key keeps
TextOutputFormat from adding a trailing tab to every line, and lets the
results join back to the input.

Default: each input line is a `--jsonl-in` line (`{"id": …, "url": …,
"html": …}` or `"html_base64"`); give the job TextInputFormat (the
default), which hands the mapper bare lines. One line in, one line out:
a bad line gives an error document, never nothing.

--paths: each input line is a path of an HTML, gzipped HTML or WARC file
that this node can read (a shared mount). Give the job NLineInputFormat,
which prefixes each line with its byte offset and a tab: the offset is
removed here. A WARC file gives one line per HTML record (KEY =
`FILE#N`).

The mapper exits with a non-zero status (so Hadoop retries the task)
when depeche fails as a process (exit status other than 0 or 1), or when
a jsonl split gets back a different number of lines than it sent.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import threading

OFFSET = re.compile(rb"^\d+\t")


SOURCE = b'"source":'
DECODER = json.JSONDecoder()


def key_of(line):
    """The KEY of a depeche line. Only its `source` object is decoded:
    it comes right after `schema_version` in every line (SPEC.md)."""
    at = line.find(SOURCE, 0, 64)
    if at >= 0:
        src, _ = DECODER.raw_decode(line.decode("utf-8"), at + len(SOURCE))
    else:
        src = json.loads(line).get("source")
    src = src or {}
    key = src.get("id")
    if key is None:
        key = src.get("path") or ""
    elif not isinstance(key, str) or re.search(r"[\t\r\n]", key):
        key = json.dumps(key, ensure_ascii=False)
    return key


def main():
    p = argparse.ArgumentParser(description="Hadoop Streaming mapper "
                                "running depeche on its input split.")
    p.add_argument("--paths", action="store_true",
                   help="input lines are file paths (NLineInputFormat)")
    p.add_argument("--depeche", default=None,
                   help="the depeche binary (default: ./depeche if shipped "
                   "with -files, else depeche on PATH)")
    p.add_argument("-j", "--threads", type=int, default=1,
                   help="depeche threads (default 1: one map slot, one core)")
    args = p.parse_args()
    binary = args.depeche or ("./depeche" if os.path.exists("depeche")
                              else "depeche")
    if os.path.isfile(binary) and not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)  # -files may drop the executable bit
    if args.paths:
        argv = [binary, "--files-from", "-", "-0"]
    else:
        argv = [binary, "--jsonl-in", "-"]
    argv += ["-q", "-j", str(args.threads)]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    sent = [0]
    failure = []

    def feed():
        try:
            for line in sys.stdin.buffer:
                line = line.rstrip(b"\r\n")
                if args.paths:
                    line = OFFSET.sub(b"", line, count=1)
                if not line.strip():
                    continue
                proc.stdin.write(line + (b"\0" if args.paths else b"\n"))
                sent[0] += 1
        except BaseException as e:  # noqa: BLE001 - reported below
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except OSError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out = sys.stdout.buffer
    received = 0
    for line in proc.stdout:
        line = line.rstrip(b"\n")
        out.write(key_of(line).encode() + b"\t" + line + b"\n")
        received += 1
    writer.join()
    code = proc.wait()
    out.flush()
    if failure:
        sys.exit(f"mapper.py: feeding depeche failed: {failure[0]!r}")
    if code not in (0, 1):
        sys.exit(f"mapper.py: {binary} exited with status {code}")
    if not args.paths and received != sent[0]:
        sys.exit(f"mapper.py: {received} lines out for {sent[0]} in")


if __name__ == "__main__":
    main()
