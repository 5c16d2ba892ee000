"""The user's preferences and window state, kept by QSettings between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
LANGUAGES = ("en", "nl")


class AppSettings:
    """Typed access to the few things Koers remembers about the user."""

    def __init__(self) -> None:
        self._settings = QSettings()

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    def recent_files(self) -> list[Path]:
        raw = self._settings.value("files/recent", [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._settings.setValue("files/recent", [resolved, *items][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        items = [str(p) for p in self.recent_files() if p != Path(path)]
        self._settings.setValue("files/recent", items)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def sync(self) -> None:
        self._settings.sync()
