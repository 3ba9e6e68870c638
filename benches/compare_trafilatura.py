#!/usr/bin/env python3
"""Per-page time of trafilatura against depeche on the same pages.

Both are timed inside one process, start-up excluded: trafilatura's
`extract` in this interpreter (after one warm-up pass), depeche's
`parse` through `examples/ratio.rs` (in-process, after its first round).

    python3 -m venv target/bench-venv
    target/bench-venv/bin/pip install trafilatura lxml_html_clean
    target/bench-venv/bin/python benches/compare_trafilatura.py [DIR] [ROUNDS]

DIR defaults to ../shared/corpus/visible (DIR/*/source.html).
"""

import pathlib
import re
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def pages(folder: pathlib.Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("*/source.html"))]


def time_trafilatura(docs: list[bytes], rounds: int) -> tuple[float, float]:
    import trafilatura

    for d in docs:  # warm-up: imports, caches, lxml
        trafilatura.extract(d, output_format="json", with_metadata=True)
    per_page: list[float] = []
    for _ in range(rounds):
        for d in docs:
            t = time.perf_counter()
            trafilatura.extract(d, output_format="json", with_metadata=True)
            per_page.append(time.perf_counter() - t)
    return statistics.median(per_page), statistics.mean(per_page)


def time_depeche(folder: pathlib.Path, rounds: int) -> float:
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "ratio", "--",
         str(folder), str(max(rounds, 5)), "full"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    m = re.search(r"full\s+median\s+[\d.]+ ms\s+([\d.]+) µs/page", out)
    if not m:
        sys.exit(f"could not read the ratio example's output:\n{out}")
    return float(m.group(1)) / 1e6


def main() -> None:
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "../shared/corpus/visible"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    docs = pages(folder)
    if not docs:
        sys.exit(f"no pages under {folder}")
    t_median, t_mean = time_trafilatura(docs, rounds)
    d_page = time_depeche(folder, rounds)
    print(f"pages: {len(docs)} from {folder}")
    print(f"trafilatura  median {t_median * 1e3:8.2f} ms/page  mean {t_mean * 1e3:8.2f} ms/page")
    print(f"depeche      median {d_page * 1e3:8.2f} ms/page (per page of the corpus round)")
    print(f"depeche is {t_median / d_page:.1f}x faster per page (issue #8 asks for at least 20x)")


if __name__ == "__main__":
    main()
