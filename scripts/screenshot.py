"""Regenerate the README's screenshot of the main window (``make screenshot``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    if len(sys.argv) not in (3, 4, 5):
        raise SystemExit("usage: screenshot.py PROJECT.koers OUT.png [LANGUAGE [TAB]]")
    from app.views.application import make_application
    from app.views.i18n import install_language
    from app.views.main_window import MainWindow

    app = make_application()
    install_language(sys.argv[3] if len(sys.argv) >= 4 else "en")
    window = MainWindow()
    if not window.open_path(Path(sys.argv[1])):
        return 1
    window.resize(1280, 800)
    if len(sys.argv) == 5 and sys.argv[4] == "schedule" and window.project_view is not None:
        window.resize(1400, 800)
        window.project_view.setCurrentWidget(window.project_view.schedule)
    window.show()
    app.processEvents()
    out = Path(sys.argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise SystemExit(f"screenshot: cannot write {out}")
    window.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
