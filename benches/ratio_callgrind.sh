#!/usr/bin/env bash
# Instruction-count ratio of full extraction to the html5ever parse alone,
# independent of the machine's load: callgrind on examples/ratio with 1
# and with 3 rounds; half the difference is one round without one-time
# setup (regex compilation, table indexes).
#   benches/ratio_callgrind.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/visible}
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
python3 -c "f=($f3-$f1)/2; p=($p3-$p1)/2; print(f'full {f/1e6:.0f}M instructions, parse only {p/1e6:.0f}M: ratio {f/p:.3f} (issue #8: at most 1.5)')"
