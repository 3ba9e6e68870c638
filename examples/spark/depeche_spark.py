#!/usr/bin/env python3
"""depeche as the map step of a Spark job: saved news pages in, a table out.

    spark-submit --master 'local[*]' examples/spark/depeche_spark.py \\
        --mode jsonl --depeche target/release/depeche pages/ out/

Three ways of feeding depeche (``--mode``):

jsonl   Spark reads the page files itself (``binaryFile``: local folders,
        HDFS, S3…), each page becomes one ``--jsonl-in`` line
        ``{"id": <path>, "html_base64": …}``; depeche gives one line back per
        page, carrying ``source.id``. The pages travel through Spark, so the
        executors need no access to the input folder. (Spark's file sources
        skip empty files: an empty page gives no row in this mode, an
        ``empty`` error row in the others.)
files   Only the paths travel: each partition gets a list of HTML files and
        runs ``depeche --files-from - -0``. Every executor must see the files
        at the same path (one machine, or a shared mount).
warc    Like files, for ``.warc`` / ``.warc.gz`` files: depeche reads each WARC
        file as a stream and gives one line per HTML response record
        (``source.path`` = ``FILE#N``, ``source.url`` = ``WARC-Target-URI``).

Each partition starts one depeche process (``-j`` threads, default 1: Spark
already runs one task per core). The job checks what ``RDD.pipe`` does not:
an exit status other than 0 (all parsed) or 1 (some inputs gave error lines)
fails the task, and in jsonl and files modes a partition that gets back a
different number of lines than it sent fails too, so Spark retries it
instead of silently losing pages. Failed pages are rows with ``error_kind``
set, never dropped.

The output (Parquet by default, or JSON lines) has one row per page: ``id``
(the ``--jsonl-in`` id, else ``source.path``), ``path``, ``url``,
``headline``, ``standfirst``, metadata columns, ``sections``, ``quotes``,
``facts`` and ``promos`` as nested columns, ``words``, ``warnings``,
``error_kind`` and ``error_message``.
"""

import argparse
import base64
import fnmatch
import gzip
import json
import os
import re
import subprocess
import sys
import threading
import time

MODES = ("jsonl", "files", "warc")
PAGE_GLOBS = ["*.html", "*.htm", "*.xhtml", "*.html.gz", "*.htm.gz"]
WARC_GLOBS = ["*.warc", "*.warc.gz"]

# The depeche document (SPEC.md, schema_version 1) as Spark reads it. An
# error line has only schema_version, source and error: its other columns
# are null. Fields depeche may add later are ignored until listed here.
DOCUMENT_SCHEMA = """
    schema_version INT,
    source STRUCT<path: STRING, url: STRING, id: STRING, bytes: BIGINT,
                  encoding: STRING, encoding_source: STRING>,
    lang STRING,
    headline STRING,
    standfirst STRING,
    metadata STRUCT<site_name: STRING, canonical_url: STRING,
                    authors: ARRAY<STRING>, published: STRING,
                    modified: STRING, section: STRING, tags: ARRAY<STRING>,
                    description: STRING, image: STRING,
                    comment_count: BIGINT, agencies: ARRAY<STRING>,
                    dateline: STRING,
                    captions: ARRAY<STRUCT<text: STRING, credit: STRING>>,
                    paywalled: BOOLEAN>,
    sections ARRAY<STRUCT<heading: STRING, level: INT,
                          paragraphs: ARRAY<STRING>>>,
    quotes ARRAY<STRUCT<text: STRING, speaker: STRING, speaker_role: STRING,
                        verb: STRING, kind: STRING, section: INT,
                        paragraph: INT>>,
    facts ARRAY<STRUCT<text: STRING, section: INT,
                       numbers: ARRAY<STRUCT<raw: STRING, value: DOUBLE,
                                             unit: STRING>>>>,
    promos ARRAY<STRUCT<label: STRING, text: STRING, href: STRING,
                        kind: STRING>>,
    stats STRUCT<words: BIGINT, paragraphs: BIGINT, reading_minutes: BIGINT>,
    warnings ARRAY<STRING>,
    error STRUCT<kind: STRING, message: STRING>
"""


def log(msg):
    print(f"depeche-spark: {msg}", file=sys.stderr, flush=True)


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        description="Parse saved news pages (or WARC files) with depeche "
        "on Spark and write one row per page (Parquet or JSON).",
        epilog="Example: spark-submit --master 'local[*]' depeche_spark.py "
        "--mode warc --depeche ./depeche crawls/ out/",
    )
    p.add_argument("input", help="folder of pages or WARC files (walked "
                   "recursively); jsonl mode takes any Hadoop path "
                   "(hdfs://, s3a://…)")
    p.add_argument("output", help="output folder (replaced)")
    p.add_argument("--mode", choices=MODES, default="jsonl",
                   help="how pages reach depeche (default: jsonl)")
    p.add_argument("--depeche", default="depeche",
                   help="path of the depeche binary on the executors "
                   "(default: depeche on PATH)")
    p.add_argument("--ship", action="store_true",
                   help="ship the --depeche binary to the executors with "
                   "SparkContext.addFile (for clusters where it is not "
                   "installed)")
    p.add_argument("--partitions", type=int, default=None,
                   help="number of partitions, i.e. depeche processes and "
                   "output files (default: 4 per core, at most one per "
                   "input file in files/warc modes and one per Spark file "
                   "split in jsonl mode)")
    p.add_argument("--threads", "-j", type=int, default=1,
                   help="depeche threads per partition (default: 1)")
    p.add_argument("--glob", action="append", default=None,
                   help="file names to read (repeatable; default: "
                   "*.html *.htm *.xhtml *.html.gz *.htm.gz, or *.warc "
                   "*.warc.gz in warc mode)")
    p.add_argument("--format", choices=("parquet", "json"),
                   default="parquet", help="output format (default: parquet)")
    p.add_argument("--metrics", default=None,
                   help="also write rows, failures and seconds as JSON here")
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    if args.threads < 1:
        p.error("--threads must be at least 1")
    if args.glob is None:
        args.glob = WARC_GLOBS if args.mode == "warc" else PAGE_GLOBS
    return args


# --- running depeche on one partition ------------------------------------

def depeche_binary(path, shipped):
    """The binary on this executor: as given, or the shipped copy."""
    if not shipped:
        return path
    from pyspark import SparkFiles

    local = SparkFiles.get(os.path.basename(path))
    if not os.access(local, os.X_OK):
        os.chmod(local, 0o755)
    return local


def run_depeche(argv, items, sep, one_per_item):
    """Feeds `items` (bytes, without separator) to depeche's stdin and
    yields its output lines (str). A writer thread feeds stdin while the
    output is read, as RDD.pipe does, so neither side can block the other.

    Raises (so Spark retries the task) when depeche exits with a status
    other than 0 or 1, or, with `one_per_item`, when the number of lines
    out differs from the number of items in.
    """
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, bufsize=1 << 16)
    sent = [0]
    failure = []

    def feed():
        try:
            for item in items:
                proc.stdin.write(item)
                proc.stdin.write(sep)
                sent[0] += 1
        except BaseException as e:  # noqa: BLE001 - reported below
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except OSError:
                pass

    writer = threading.Thread(target=feed, name="depeche-feed", daemon=True)
    writer.start()
    received = 0
    finished = False
    try:
        for raw in proc.stdout:
            received += 1
            yield raw.rstrip(b"\n").decode("utf-8")
        finished = True
    finally:
        if not finished:
            # The consumer stopped early (take(), a failure): stop depeche.
            proc.kill()
        writer.join()
        code = proc.wait()
    if failure:
        raise RuntimeError(f"feeding depeche failed: {failure[0]!r}")
    if code not in (0, 1):
        raise RuntimeError(f"{argv[0]} exited with status {code} after "
                           f"{received} of {sent[0]} inputs")
    if one_per_item and received != sent[0]:
        raise RuntimeError(f"depeche gave {received} lines for {sent[0]} "
                           "inputs")


def jsonl_line(path, content):
    """One --jsonl-in line for a page read by Spark (gunzipped if needed)."""
    content = bytes(content)
    if content[:2] == b"\x1f\x8b":
        content = gzip.decompress(content)
    line = {"id": path, "html_base64": base64.b64encode(content).decode()}
    return json.dumps(line).encode()


def pipe_jsonl(binary, shipped, threads):
    def run(lines):
        argv = [depeche_binary(binary, shipped), "--jsonl-in", "-",
                "-q", "-j", str(threads)]
        return run_depeche(argv, lines, b"\n", one_per_item=True)
    return run


def pipe_paths(binary, shipped, threads, one_per_path):
    def run(paths):
        argv = [depeche_binary(binary, shipped), "--files-from", "-", "-0",
                "-q", "-j", str(threads)]
        items = (os.fsencode(p) for p in paths)
        return run_depeche(argv, items, b"\0", one_per_item=one_per_path)
    return run


# --- inputs ----------------------------------------------------------------

def list_files(root, globs):
    """Files below `root` whose name matches a glob, sorted; the driver
    lists them, so `root` must be a local (or mounted) folder."""
    if os.path.isfile(root):
        return [os.path.abspath(root)]
    if not os.path.isdir(root):
        raise SystemExit(f"depeche-spark: {root}: no such folder (files and "
                         "warc modes read local or mounted folders)")
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatch(name.lower(), g.lower()) for g in globs):
                found.append(os.path.abspath(os.path.join(folder, name)))
    return found


def hadoop_glob(globs):
    """`*.html *.htm` as one Hadoop glob: `{*.html,*.htm}`."""
    return globs[0] if len(globs) == 1 else "{" + ",".join(globs) + "}"


def depeche_lines(spark, args):
    """The RDD of depeche output lines (JSON strings)."""
    sc = spark.sparkContext
    shipped = args.ship
    if shipped:
        sc.addFile(os.path.abspath(args.depeche))
    if args.mode == "jsonl":
        pages = (spark.read.format("binaryFile")
                 .option("recursiveFileLookup", "true")
                 .option("pathGlobFilter", hadoop_glob(args.glob))
                 .load(args.input)
                 .select("path", "content")
                 .rdd)
        # Spark cuts about 30 small files per split; each task has a fixed
        # cost (a depeche process, an output file), so merge splits (no
        # shuffle) down to the target. More partitions than splits only
        # on request: that shuffles the pages.
        current = pages.getNumPartitions()
        target = args.partitions or 4 * sc.defaultParallelism
        if target < current:
            pages = pages.coalesce(target)
        elif args.partitions and target > current:
            pages = pages.repartition(target)
        lines = pages.map(lambda row: jsonl_line(row.path, row.content))
        log(f"jsonl mode: {lines.getNumPartitions()} partitions")
        return lines.mapPartitions(
            pipe_jsonl(args.depeche, shipped, args.threads))
    paths = list_files(args.input, args.glob)
    if not paths:
        raise SystemExit(f"depeche-spark: no file matching "
                         f"{' '.join(args.glob)} below {args.input}")
    slices = args.partitions or 4 * sc.defaultParallelism
    slices = max(1, min(slices, len(paths)))
    log(f"{args.mode} mode: {len(paths)} files in {slices} partitions")
    return sc.parallelize(paths, slices).mapPartitions(
        pipe_paths(args.depeche, shipped, args.threads,
                   one_per_path=args.mode == "files"))


def table(spark, lines):
    """Parsed depeche lines as the output table."""
    from pyspark.sql import functions as F

    docs = spark.read.schema(DOCUMENT_SCHEMA).json(lines)
    return docs.select(
        F.coalesce(F.col("source.id"), F.col("source.path")).alias("id"),
        F.col("source.path").alias("path"),
        F.col("source.url").alias("url"),
        F.col("source.encoding").alias("encoding"),
        "lang",
        "headline",
        "standfirst",
        F.col("metadata.site_name").alias("site_name"),
        F.col("metadata.canonical_url").alias("canonical_url"),
        F.col("metadata.authors").alias("authors"),
        F.col("metadata.published").alias("published"),
        F.col("metadata.section").alias("section"),
        F.col("metadata.tags").alias("tags"),
        F.col("metadata.agencies").alias("agencies"),
        F.col("metadata.paywalled").alias("paywalled"),
        "sections",
        "quotes",
        "facts",
        "promos",
        F.col("stats.words").alias("words"),
        "warnings",
        F.col("error.kind").alias("error_kind"),
        F.col("error.message").alias("error_message"),
    )


def main(argv=None):
    args = parse_args(argv)
    if not args.ship and os.sep in args.depeche:
        args.depeche = os.path.abspath(args.depeche)
        if not os.access(args.depeche, os.X_OK):
            raise SystemExit(f"depeche-spark: {args.depeche} is not an "
                             "executable (build it: cargo build --release)")
    if args.mode != "jsonl" and re.match(r"^[a-z][a-z0-9+.-]*://",
                                         args.input):
        raise SystemExit(f"depeche-spark: {args.mode} mode reads local "
                         "paths; use --mode jsonl for " + args.input)

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder
             .appName(f"depeche-{args.mode}")
             .config("spark.log.level", "WARN")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    start = time.monotonic()
    out = table(spark, depeche_lines(spark, args))
    out.write.mode("overwrite").format(args.format).save(args.output)
    seconds = time.monotonic() - start
    # Read back what was written (cheap), with the table's schema: JSON
    # output leaves out null fields.
    written = (spark.read.schema(out.schema).format(args.format)
               .load(args.output))
    rows = written.count()
    failed = written.where("error_kind IS NOT NULL").count()
    cores = spark.sparkContext.defaultParallelism
    metrics = {
        "mode": args.mode,
        "rows": rows,
        "failed": failed,
        "seconds": round(seconds, 3),
        "pages_per_s": round(rows / seconds, 1) if seconds else None,
        "cores": cores,
        "pages_per_s_per_core":
            round(rows / seconds / cores, 1) if seconds else None,
    }
    log(f"{rows} rows ({failed} failed) in {seconds:.1f} s, "
        f"{metrics['pages_per_s']} pages/s on {cores} cores -> "
        f"{args.output}")
    if args.metrics:
        with open(args.metrics, "w", encoding="utf-8") as f:
            json.dump(metrics, f)
            f.write("\n")
    spark.stop()


if __name__ == "__main__":
    main()
