"""How fast hostile and broken workbooks are refused (goal: each within 1 s).

Every malformed file of the test suite (``tests/io/malformed_xlsx.py``: ZIP bombs, lying
dimensions, renamed .xls and .docx files, truncations, XXE and entity expansion, unknown
encodings, absurd values, too many rows or cells) is imported with ``import_sheet``; the
figure is the best of three runs, wall-clock. Run from the repository root:
``python scripts/bench_refusals.py``.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.errors import InputRefused  # noqa: E402
from app.services.import_sheet import import_sheet  # noqa: E402
from tests.io.malformed_xlsx import make_malformed  # noqa: E402

RUNS = 3
GOAL_SECONDS = 1.0


def refusal_time(path: Path, dest: Path) -> tuple[float, str]:
    best = float("inf")
    message = ""
    for _ in range(RUNS):
        began = time.perf_counter()
        try:
            import_sheet(path, dest)
        except InputRefused as refused:
            message = str(refused)
        else:
            message = "NOT REFUSED"
        best = min(best, time.perf_counter() - began)
    return best, message


def main() -> int:
    print(
        f"refusal times — {cpu_model()}, Python {platform.python_version()}, "
        f"load {os.getloadavg()[0]:.2f}"
    )
    slowest = 0.0
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        files = make_malformed(Path(folder) / "malformed")
        dest = Path(folder) / "out.koers"
        for name, (path, expected) in files.items():
            seconds, message = refusal_time(path, dest)
            slowest = max(slowest, seconds)
            ok = expected in message and not dest.exists()
            failures += not ok
            size = path.stat().st_size
            print(f"  {seconds * 1000:8.1f} ms  {size / 1024:8.1f} KB  {name:<32} {message[:90]}")
            if not ok:
                print(f"      expected {expected!r}")
    verdict = "ok" if slowest <= GOAL_SECONDS and not failures else "NOT MET"
    print(f"  slowest {slowest * 1000:.1f} ms (goal ≤ {GOAL_SECONDS * 1000:.0f} ms): {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
