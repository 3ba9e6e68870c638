#!/usr/bin/env bash
# Instruction-count ratio of full extraction to the html5ever parse alone,
# independent of the machine's load: callgrind on examples/ratio with 1
# and with 3 rounds; half the difference is one round without one-time
# setup (regex compilation, table indexes).
#   benches/ratio_callgrind.sh [CORPUS_DIR] [MAX_RATIO]
# With MAX_RATIO, exits 1 when the ratio is above it (the CI gate).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/visible}
max=${2:-}
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
cargo build --quiet --release --example ratio
out=$(mktemp)
ir() {
    valgrind --tool=callgrind --callgrind-out-file="$out" \
        target/release/examples/ratio "$dir" "$1" "$2" >/dev/null 2>"$out.err"
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out.err"
}
f1=$(ir 1 full); f3=$(ir 3 full); p1=$(ir 1 parse); p3=$(ir 3 parse)
rm -f "$out" "$out.err"
python3 - "$f1" "$f3" "$p1" "$p3" "$max" <<'PY'
import sys
f1, f3, p1, p3 = (int(a) for a in sys.argv[1:5])
full, parse = (f3 - f1) / 2, (p3 - p1) / 2
ratio = full / parse
print(f"full {full / 1e6:.0f}M instructions, parse only {parse / 1e6:.0f}M: "
      f"ratio {ratio:.3f} (issue #8: at most 1.5)")
if sys.argv[5] and ratio > float(sys.argv[5]):
    sys.exit(f"ratio {ratio:.3f} is above {sys.argv[5]}")
PY
