#!/usr/bin/env bash
# Simulates a map-only Hadoop Streaming job on one machine, without
# Hadoop: the input is cut into splits the way TextInputFormat (jsonl)
# and NLineInputFormat (paths: "OFFSET<TAB>PATH" lines) hand them to
# mappers, each split runs through mapper.py like a map task, the
# parts are collected like the job's output folder, and every page is
# counted by key (examples/scale_check.py: none lost, none duplicated,
# same result as depeche run alone on the page).
#
#   examples/hadoop-streaming/test.sh            # corpus x20
#   COPIES=2 examples/hadoop-streaming/test.sh   # quicker
#
# Env: DEPECHE (binary; default: build target/release/depeche),
# DEPECHE_CORPUS (default ../shared/corpus/visible), COPIES (20).
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=examples/hadoop-streaming
CORPUS=${DEPECHE_CORPUS:-../shared/corpus/visible}
COPIES=${COPIES:-20}
WORK=target/hadoop-test
if [ -z "${DEPECHE:-}" ]; then
    cargo build --release --quiet
    DEPECHE=target/release/depeche
fi
DEPECHE=$(realpath "$DEPECHE")
[ -d "$CORPUS" ] || { echo "test.sh: no corpus at $CORPUS (set DEPECHE_CORPUS)" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
python3 examples/scale_check.py prepare "$WORK/in" --corpus "$CORPUS" \
    --copies "$COPIES" --depeche "$DEPECHE"

# run_job NAME MAPPER_ARGS... : each split of $WORK/splits-NAME is one map
# task; its output is part-m-NNNNN of $WORK/out-NAME, as with
# -numReduceTasks 0 (map output is not sorted).
run_job() {
    local name=$1 n=0
    shift
    mkdir -p "$WORK/out-$name"
    for split in "$WORK/splits-$name"/*; do
        python3 examples/scale_check.py time --stdin "$split" \
            --stdout "$WORK/out-$name/$(printf 'part-m-%05d' $n)" \
            "$WORK/times.jsonl" "$name" -- \
            python3 "$HERE/mapper.py" --depeche "$DEPECHE" "$@"
        n=$((n + 1))
    done
}

# jsonl: TextInputFormat splits at line ends; 4 splits.
mkdir -p "$WORK/splits-jsonl"
split -n l/4 -d -a 3 "$WORK/in/pages.jsonl" "$WORK/splits-jsonl/split-"
run_job jsonl

# paths: NLineInputFormat, 100 lines per map, "OFFSET<TAB>PATH".
nline() {
    mkdir -p "$WORK/splits-$1"
    awk 'BEGIN { off = 0 } { print off "\t" $0; off += length($0) + 1 }' "$2" |
        split -l "$3" -d -a 3 - "$WORK/splits-$1/split-"
}
nline paths "$WORK/in/paths.txt" 100
run_job paths --paths
find "$(realpath "$WORK/in/warc")" -name '*.warc*' | sort > "$WORK/warcs.txt"
nline warc "$WORK/warcs.txt" 4
run_job warc --paths

status=0
python3 examples/scale_check.py check "$WORK/in" \
    hadoop-jsonl="$WORK/out-jsonl" hadoop-paths="$WORK/out-paths" \
    hadoop-warc="$WORK/out-warc" --report "$WORK/report.json" || status=1
python3 - "$WORK" <<'PY'
import collections, json, sys
work = sys.argv[1]
tasks, wall, cpu = (collections.Counter() for _ in range(3))
for t in map(json.loads, open(f"{work}/times.jsonl")):
    tasks[t["name"]] += 1
    wall[t["name"]] += t["wall"]
    cpu[t["name"]] += t["cpu"]
print("hadoop streaming, simulated (map tasks one after another, "
      "depeche -j1):", file=sys.stderr)
for r in json.load(open(f"{work}/report.json")):
    name = r["mode"].split("-", 1)[1]
    print(f"  {r['mode']:<13} {r['pages']} pages (+1 bad), {tasks[name]} "
          f"map tasks: lost {r['lost']}, duplicated {r['duplicated']}; "
          f"{wall[name]:.1f} s = {r['rows'] / wall[name]:.0f} pages/s on 1 "
          f"core; CPU {1000 * cpu[name] / r['rows']:.1f} ms/page",
          file=sys.stderr)
PY
exit $status
