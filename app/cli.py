"""The ``koers`` command line: the GUI's use cases, without the GUI where none is needed.

Subcommands that need no window never import PySide6. Bad input ends with one
line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__

COMMANDS = ("demo", "check")
EPILOG = """commands:
  koers [FILE]                       open the window (with FILE, open that project)
  koers demo DEST.koers [--today D]  build the demo project, its dates laid around D
  koers check SRC.koers              check file integrity and plan sanity

Run 'koers COMMAND --help' for a command's options."""


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 1."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="koers",
        description="Koers: plan, lead and report an IT project in one window.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"koers {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a .koers project to open")
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"koers {command}")
    if command == "demo":
        parser.description = "Build the demo project (a CRM migration) in a new file."
        parser.add_argument("dest", type=Path, help="the .koers file to write")
        parser.add_argument(
            "--today",
            type=_date,
            default=None,
            help="lay the dates around this day (YYYY-MM-DD; default today)",
        )
        parser.add_argument("--force", action="store_true", help="replace an existing DEST")
    elif command == "check":
        parser.description = (
            "Check a project file's integrity and plan sanity; read-only. "
            "Exit 0 with findings on stdout; exit 1 only if the file is refused."
        )
        parser.add_argument("src", type=Path, help="the .koers file to check")
    return parser


def _run_demo(args: argparse.Namespace) -> int:
    from app.domain.files import TargetExists
    from app.services.demo import build_demo

    dest: Path = args.dest
    if dest.suffix.lower() != ".koers":
        raise UsageError(f"koers demo: DEST must end in .koers: {dest}")
    try:
        store = build_demo(dest, args.today or dt.date.today(), overwrite=args.force)
    except TargetExists:
        raise UsageError(f"koers demo: {dest} exists; use --force to replace it") from None
    store.close()
    print(f"wrote {dest}")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from app.services.project_file import check_project

    result = check_project(args.src)
    print(result.summary)
    for finding in result.findings:
        print(f"finding: {finding.text()}")
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    if args.file is not None and not args.file.is_file():
        raise UsageError(
            f"koers: {args.file} is not a file (commands: {', '.join(COMMANDS)}; see koers --help)"
        )
    from app.views.application import run_gui

    return run_gui(args.file)


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "check": _run_check,
}


def _dispatch(argv: Sequence[str]) -> int:
    if argv and argv[0] in COMMANDS:
        command = argv[0]
        return RUNNERS[command](_command_parser(command).parse_args(argv[1:]))
    return _run_gui(_gui_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``koers`` console script."""
    from app.domain.validation import InvalidValue
    from app.models.store import StoreError

    try:
        return _dispatch(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
    except StoreError as exc:
        print(f"koers: {exc}", file=sys.stderr)
    except InvalidValue as exc:
        print(f"koers: invalid value: {exc}", file=sys.stderr)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"koers: {exc.strerror or exc}{where}", file=sys.stderr)
    except KeyboardInterrupt:
        print("koers: interrupted", file=sys.stderr)
    except Exception as exc:  # last resort: a bug must still not print a traceback
        print(
            f"koers: unexpected error ({type(exc).__name__}: {exc}); please report it",
            file=sys.stderr,
        )
    return 1
