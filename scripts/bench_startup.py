"""Startup benchmark: median time from process start to the main window's first paint.

Run by ``make bench``. It starts 5 fresh processes, each opening the demo, and
prints each figure with the CPU model and Python version beside it.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

RUNS = 5
GOAL_SECONDS = 0.7


def one_run(project: Path) -> float:
    env = dict(os.environ, KOERS_BENCH_FIRST_PAINT="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "app", str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise SystemExit(f"bench: no first paint reported (exit {result.returncode}): {result.stderr}")


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit("usage: bench_startup.py PROJECT.koers")
    project = Path(sys.argv[1])
    one_run(project)  # warm the file cache once; not counted
    figures = [one_run(project) for _ in range(RUNS)]
    median = statistics.median(figures)
    where = f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"startup to first paint ({where}):")
    print("  runs:   " + "  ".join(f"{f:.3f} s" for f in figures))
    verdict = "within" if median <= GOAL_SECONDS else "OVER"
    print(f"  median: {median:.3f} s ({verdict} the {GOAL_SECONDS} s goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
