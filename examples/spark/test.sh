#!/usr/bin/env bash
# Runs examples/spark/depeche_spark.py with spark-submit in local mode on
# the visible corpus replicated COPIES times (600 pages at 20), in its
# three modes, and checks the output (examples/scale_check.py): every
# page comes back once (none lost, none duplicated, counted by id), with
# the headline, standfirst, sections, quotes and promos that depeche
# gives for that page run alone and the headline of expected.json; the
# bad input of each mode comes back as an error row. Prints the time and
# throughput of each mode, and of plain `depeche --jsonl-in` on the same
# pages for comparison.
#
#   examples/spark/test.sh                 # corpus x20, local[2]
#   COPIES=2 examples/spark/test.sh        # quicker
#
# Needs the venv target/spark-venv with pyspark and Java 17+ (what
# .ci/run installs):
#   python3 -m venv target/spark-venv
#   target/spark-venv/bin/pip install 'pyspark>=4,<5'
# Env: DEPECHE (binary; default: build target/release/depeche),
# DEPECHE_CORPUS (default ../shared/corpus/visible), COPIES (20),
# SPARK_MASTER (local[2]), SPARK_VENV (target/spark-venv).
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS=${DEPECHE_CORPUS:-../shared/corpus/visible}
COPIES=${COPIES:-20}
MASTER=${SPARK_MASTER:-local[2]}
VENV=${SPARK_VENV:-target/spark-venv}
WORK=target/spark-test

if [ ! -x "$VENV/bin/spark-submit" ]; then
    cat >&2 <<MSG
test.sh: no PySpark venv at $VENV. Create it (what .ci/run does):
  python3 -m venv $VENV && $VENV/bin/pip install 'pyspark>=4,<5'
MSG
    exit 1
fi
command -v java >/dev/null 2>&1 || [ -n "${JAVA_HOME:-}" ] || {
    echo "test.sh: Java 17+ is needed (apt-get install openjdk-17-jre-headless)" >&2
    exit 1
}
[ -d "$CORPUS" ] || { echo "test.sh: no corpus at $CORPUS (set DEPECHE_CORPUS)" >&2; exit 1; }
if [ -z "${DEPECHE:-}" ]; then
    cargo build --release --quiet
    DEPECHE=target/release/depeche
fi
DEPECHE=$(realpath "$DEPECHE")
VENV=$(realpath "$VENV")
export PATH="$VENV/bin:$PATH"
export PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"

rm -rf "$WORK"
mkdir -p "$WORK/tmp"
python3 examples/scale_check.py prepare "$WORK/in" --corpus "$CORPUS" \
    --copies "$COPIES" --depeche "$DEPECHE"

timed() { python3 examples/scale_check.py time "$@"; }

# job MODE FORMAT INPUT [ARGS…]
job() {
    local mode=$1 format=$2 input=$3
    shift 3
    timed "$WORK/times.jsonl" "$mode" -- spark-submit --master "$MASTER" \
        --conf spark.ui.enabled=false \
        --conf "spark.local.dir=$(realpath "$WORK/tmp")" \
        examples/spark/depeche_spark.py --mode "$mode" --format "$format" \
        --depeche "$DEPECHE" --metrics "$WORK/metrics-$mode.json" "$@" \
        "$input" "$WORK/out-$mode" 2> "$WORK/log-$mode.txt" || {
        tail -n 40 "$WORK/log-$mode.txt" >&2
        echo "test.sh: the $mode job failed (log: $WORK/log-$mode.txt)" >&2
        exit 1
    }
    grep '^depeche-spark:' "$WORK/log-$mode.txt" >&2 || true
}

job jsonl parquet "$WORK/in/pages"
job files parquet "$WORK/in/pages" --ship
job warc json "$WORK/in/warc"

# Plain depeche on the same pages, for comparison (exit 1: the bad line).
for j in 1 2; do
    timed --stdin "$WORK/in/pages.jsonl" --stdout "$WORK/plain-j$j.ndjson" \
        --ok 1 "$WORK/times.jsonl" "plain-j$j" -- \
        "$DEPECHE" --jsonl-in -q -j "$j"
done

status=0
python examples/scale_check.py check "$WORK/in" jsonl="$WORK/out-jsonl" \
    files="$WORK/out-files" warc="$WORK/out-warc" \
    --report "$WORK/report.json" 2> "$WORK/log-check.txt" || status=1
grep -v -e ' INFO ' -e ' WARN ' -e '^Setting Spark log level' "$WORK/log-check.txt" >&2 || true

python - "$WORK" "$MASTER" <<'PY'
import json, sys
work, master = sys.argv[1], sys.argv[2]
times = {t["name"]: t for t in map(json.loads, open(f"{work}/times.jsonl"))}
report = {r["mode"]: r for r in json.load(open(f"{work}/report.json"))}
print(f"\nspark-submit --master {master}; job = reading, depeche, writing "
      "(Spark's clock); wall = the whole spark-submit, JVM start included:",
      file=sys.stderr)
for mode in ("jsonl", "files", "warc"):
    r, t = report[mode], times[mode]
    m = json.load(open(f"{work}/metrics-{mode}.json"))
    print(f"  {mode:<6} {r['pages']} pages (+1 bad): lost {r['lost']}, "
          f"duplicated {r['duplicated']}, wrong {r['wrong']}; job "
          f"{m['seconds']:.1f} s = {m['pages_per_s']:.0f} pages/s = "
          f"{m['pages_per_s_per_core']:.0f} pages/s/core on {m['cores']} "
          f"cores; wall {t['wall']:.1f} s", file=sys.stderr)
rows = sum(1 for _ in open(f"{work}/plain-j1.ndjson"))
for j in (1, 2):
    t = times[f"plain-j{j}"]
    print(f"  plain depeche --jsonl-in -j{j}: {rows} lines in {t['wall']:.1f} s"
          f" = {rows / t['wall']:.0f} pages/s = {rows / t['wall'] / j:.0f} "
          f"pages/s/core; CPU {t['cpu']:.1f} s = "
          f"{1000 * t['cpu'] / rows:.1f} ms/page", file=sys.stderr)
PY
[ "$status" -eq 0 ] && echo "test.sh: ok" >&2
exit $status
