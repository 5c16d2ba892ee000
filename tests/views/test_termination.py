"""A window ended by SIGTERM (logout, kill) closes its project properly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_sigterm_leaves_the_project_complete_and_unlocked(demo_file: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen(
        [sys.executable, "-m", "app", str(demo_file)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = demo_file.with_name(demo_file.name + ".lock")
    deadline = time.monotonic() + 30
    while not lock.exists() and window.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lock.exists(), "the window never opened the project"
    window.send_signal(signal.SIGTERM)
    assert window.wait(timeout=30) == 0
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.koers"]
