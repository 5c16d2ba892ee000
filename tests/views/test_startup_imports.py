"""The window opens without the heavy modules: they load only when a feature needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_opening_the_demo_loads_no_heavy_modules(demo_file: Path) -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.views.application import make_application\n"
        "from app.views.main_window import MainWindow\n"
        "app = make_application()\n"
        "window = MainWindow()\n"
        f"assert window.open_path(Path({str(demo_file)!r}))\n"
        "window.show(); app.processEvents()\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'alembic', 'openpyxl', 'matplotlib', 'numpy', 'holidays'} | "
        "({'PySide6.QtPrintSupport', 'PySide6.QtSvg'} & set(sys.modules)))\n"
        "print('heavy:', heavy)\n"
        "unused = sorted(m for m in ('app.io.mspdi_reader', 'app.services.schedule_report', "
        "'app.services.demo') if m in sys.modules)\n"
        "print('unused:', unused)\n"
        "window.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout
    assert "unused: []" in result.stdout
