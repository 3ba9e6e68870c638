#!/usr/bin/env python3
"""Per-page time of trafilatura against depeche on the same pages.

Both are timed inside one process, start-up excluded: trafilatura's
`extract` in this interpreter (after one warm-up pass), depeche's
`parse` through `examples/ratio.rs` (in-process, after a warm-up run).
Each page's time is its median over ROUNDS runs; the figures are the
median and mean over pages, the same statistics for both.

    python3 -m venv target/bench-venv
    target/bench-venv/bin/pip install trafilatura lxml_html_clean
    target/bench-venv/bin/python benches/compare_trafilatura.py [DIR] [ROUNDS]  # ROUNDS: 5

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


def time_trafilatura(docs: list[bytes], rounds: int) -> list[float]:
    """Each page's median time over `rounds` runs, after a warm-up pass."""
    import trafilatura

    for d in docs:  # warm-up: imports, caches, lxml
        trafilatura.extract(d, output_format="json", with_metadata=True)
    per_page: list[float] = []
    for d in docs:
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            trafilatura.extract(d, output_format="json", with_metadata=True)
            times.append(time.perf_counter() - t)
        per_page.append(statistics.median(times))
    return per_page


def time_depeche(folder: pathlib.Path, rounds: int) -> list[float]:
    """Each page's median time, from `examples/ratio.rs` in its `pages` mode."""
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "ratio", "--",
         str(folder), str(max(rounds, 5)), "pages"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    times = [float(m.group(1)) / 1e6 for m in re.finditer(r"^page_us \d+ ([\d.]+)$", out, re.M)]
    if not times:
        sys.exit(f"could not read the ratio example's output:\n{out}")
    return times


def main() -> None:
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "../shared/corpus/visible"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    docs = pages(folder)
    if not docs:
        sys.exit(f"no pages under {folder}")
    t = time_trafilatura(docs, rounds)
    d = time_depeche(folder, rounds)
    if len(t) != len(d):
        sys.exit(f"page counts differ: trafilatura {len(t)}, depeche {len(d)}")
    ms = lambda x: f"{x * 1e3:7.2f} ms"
    print(f"pages: {len(docs)} from {folder}; each page's time is its median over {rounds} runs")
    print(f"trafilatura  median {ms(statistics.median(t))}/page  mean {ms(statistics.mean(t))}/page")
    print(f"depeche      median {ms(statistics.median(d))}/page  mean {ms(statistics.mean(d))}/page")
    per = sorted(a / b for a, b in zip(t, d))
    print(f"depeche is {statistics.median(t) / statistics.median(d):.1f}x faster by median page, "
          f"{statistics.mean(t) / statistics.mean(d):.1f}x by mean, "
          f"{statistics.median(per):.1f}x on the median page pair "
          f"(range {per[0]:.1f}x to {per[-1]:.1f}x; issue #8 asks for at least 20x)")


if __name__ == "__main__":
    main()
