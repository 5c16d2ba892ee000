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

COMMANDS = ("demo", "check", "import", "export", "schedule", "evm", "print")
EXPORT_KINDS = {
    ".xlsx": "Excel workbook",
    ".csv": "CSV",
    ".xml": "MS Project XML",
    ".ics": "iCalendar",
}
IMPORT_KINDS = (".xml", ".gan", ".xlsx", ".csv")
REGISTERS = ("tasks", "requirements", "risks", "issues", "stakeholders")
PAPERS = ("A4", "A3", "A2", "Letter", "Legal", "Tabloid")
TIMESCALES = ("day", "week", "month", "quarter")
EPILOG = """commands:
  koers [FILE]                       open the window (with FILE, open that project;
                                     an MS Project .xml is imported into a new project)
  koers demo DEST.koers [--today D]  build the demo project, its dates laid around D
  koers import SRC DEST.koers        import a Microsoft Project XML (.xml), GanttProject (.gan),
                                     Excel (.xlsx) or CSV file into a new project
  koers import W.xlsx P.koers --into read a workbook Koers exported, edited in Excel, back
                                     into P (--dry-run lists the edits only)
  koers export SRC.koers DEST        export to Excel (.xlsx), CSV (.csv), MS Project XML (.xml)
                                     or iCalendar (.ics)
  koers schedule SRC [--json]        compute and print the schedule of a .koers or .xml file
  koers evm SRC.koers [--json]       earned value at the status date against the baseline
  koers check SRC.koers              check file integrity and plan sanity
  koers print SRC.koers DEST.pdf     print the Gantt chart to PDF with the project's
                                     page setup (flags override it)

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
    elif command == "import":
        parser.description = (
            "Import a Microsoft Project XML (.xml), GanttProject (.gan), Excel (.xlsx) or "
            "CSV (.csv) file into a new project. Sheets are read with a column mapping "
            "suggested from their headers (English or Dutch); --map overrides it."
        )
        parser.add_argument("src", type=Path, help="the file to read")
        parser.add_argument("dest", type=Path, help="the .koers file to write")
        parser.add_argument("--force", action="store_true", help="replace an existing DEST")
        parser.add_argument("--sheet", help="the sheet to read (default: the first with data)")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="FIELD=COLUMN",
            help="read FIELD from COLUMN (a header or a letter); repeatable",
        )
        parser.add_argument("--header-row", type=_count, metavar="N", help="the header row")
        parser.add_argument(
            "--unit", choices=("h", "d", "w"), default="d", help="unit of bare durations"
        )
        parser.add_argument("--month-first", action="store_true", help="read 03/04/2027 as 4 March")
        parser.add_argument("--register", choices=REGISTERS, help="what the sheet holds")
        parser.add_argument(
            "--into",
            action="store_true",
            help="read a workbook Koers exported, edited in Excel, back into DEST (an "
            "existing project): exactly its edits, listed first",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="with --into: list the edits, change nothing"
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="with --into: confirm the deletion of rows the workbook no longer has",
        )
    elif command == "export":
        parser.description = (
            "Export a project to an Excel workbook (.xlsx), CSV (.csv, one register), "
            "MS Project XML (.xml) or iCalendar (.ics); the kind follows DEST's suffix."
        )
        parser.add_argument("src", type=Path, help="the .koers project")
        parser.add_argument("dest", type=Path, help="the file to write")
        parser.add_argument("--register", choices=REGISTERS, default="tasks", help="for CSV")
        parser.add_argument("--delimiter", choices=(";", ","), default=";", help="for CSV")
        parser.add_argument(
            "--contacts", action="store_true", help="include stakeholders' contact details"
        )
        parser.add_argument("--force", action="store_true", help="replace an existing DEST")
    elif command == "schedule":
        parser.description = (
            "Compute the schedule of a .koers project or an MSPDI .xml file from durations, "
            "links, constraints, calendars and progress (stored dates are never echoed)."
        )
        parser.add_argument("src", type=Path, help="the .koers or .xml file")
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    elif command == "evm":
        parser.description = (
            "Earned value of a project at its status date (or --status-date) against its "
            "earned-value baseline (or --baseline): PV, EV, AC, variances, CPI, SPI, EAC by "
            "four methods, ETC, VAC and TCPI, for the project and each summary task."
        )
        parser.add_argument("src", type=Path, help="the .koers project")
        parser.add_argument("--status-date", type=_date, metavar="DATE", help="YYYY-MM-DD")
        parser.add_argument(
            "--baseline", type=int, choices=range(11), metavar="N", help="baseline 0-10"
        )
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    elif command == "print":
        _print_arguments(parser)
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def _print_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print the Gantt chart (task table beside it) to a PDF, with the page setup saved in "
        "the project; the flags override it. Needs no display."
    )
    parser.add_argument("src", type=Path, help="the .koers project")
    parser.add_argument("dest", type=Path, help="the .pdf file to write")
    parser.add_argument("--paper", choices=PAPERS, help="paper size")
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", default=None)
    orientation.add_argument("--portrait", action="store_true", default=None)
    parser.add_argument("--pages-wide", type=_count, metavar="N", help="fit the dates to N pages")
    parser.add_argument("--pages-tall", type=_count, metavar="N", help="fit the rows to N pages")
    parser.add_argument("--zoom", type=_count, metavar="PCT", help="scale the drawing (percent)")
    parser.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    parser.add_argument("--timescale", choices=TIMESCALES)
    parser.add_argument("--language", choices=("en", "nl"), default="en")
    parser.add_argument("--force", action="store_true", help="replace an existing DEST")


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


def _run_import(args: argparse.Namespace) -> int:
    from app.domain.files import TargetExists

    src: Path = args.src
    dest: Path = args.dest
    kind = src.suffix.lower()
    if kind not in IMPORT_KINDS:
        raise UsageError(f"koers import: SRC must be a .xml, .gan, .xlsx or .csv file: {src}")
    if dest.suffix.lower() != ".koers":
        raise UsageError(f"koers import: DEST must end in .koers: {dest}")
    if not src.is_file():
        raise UsageError(f"koers import: {src} does not exist")
    if args.into:
        return _import_into(src, dest, dry_run=args.dry_run, delete=args.delete)
    if args.dry_run or args.delete:
        raise UsageError("koers import: --dry-run and --delete go with --into")
    try:
        if kind == ".xml":
            from app.services.import_mspdi import import_mspdi

            import_mspdi(src, dest, overwrite=args.force).close()
            print(f"wrote {dest}")
        elif kind == ".gan":
            from app.services.import_gan import import_gan

            import_gan(src, dest, overwrite=args.force)
            print(f"wrote {dest}")
        else:
            from app.services.import_sheet import import_sheet

            report = import_sheet(
                src,
                dest,
                sheet=args.sheet,
                mapping=_mapping(args.map) or None,
                header_row=args.header_row,
                duration_unit=args.unit,
                day_first=not args.month_first,
                register=args.register,
                overwrite=args.force,
            )
            print(report.summary())
            for warning in report.warnings:
                print(f"warning: {warning}")
    except TargetExists:
        raise UsageError(f"koers import: {dest} exists; use --force to replace it") from None
    return 0


def _import_into(src: Path, dest: Path, *, dry_run: bool, delete: bool) -> int:
    """Read an edited Koers workbook back into the project it came from, in one transaction."""
    from app.services.import_xlsx_roundtrip import apply_workbook_changes, plan_workbook_changes
    from app.services.project_file import open_project

    if src.suffix.lower() != ".xlsx":
        raise UsageError(f"koers import: --into reads an Excel workbook Koers exported: {src}")
    if not dest.is_file():
        raise UsageError(f"koers import: {dest} does not exist")
    store = open_project(dest, read_only=dry_run)
    try:
        with store.new_session() as session:
            changes = plan_workbook_changes(session, src)
            for warning in changes.warnings:
                print(f"warning: {warning}")
            if changes.is_empty:
                print(f"{src.name} makes no change to {dest.name}")
            for line in changes.lines():
                print(line)
            for line in changes.ignored:
                print(f"ignored: {line}")
            if changes.is_empty or dry_run:
                return 0
            deletions = changes.deletion_lines()
            if deletions and not delete:
                raise UsageError(
                    f"koers import: {src.name} deletes {len(deletions)} "
                    f"row{'s' if len(deletions) != 1 else ''} (listed above); "
                    "add --delete to confirm, nothing was changed"
                )
            apply_workbook_changes(session, changes)
    finally:
        store.close()
    count = len(changes.lines())
    print(f"applied {count} change{'s' if count != 1 else ''} to {dest}")
    return 0


def _mapping(pairs: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, equals, column = pair.partition("=")
        if not equals or not field.strip() or not column.strip():
            raise UsageError(f"koers import: --map takes FIELD=COLUMN, not {pair!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def _run_export(args: argparse.Namespace) -> int:
    from app.domain.files import TargetExists
    from app.services.project_file import open_project

    src: Path = args.src
    dest: Path = args.dest
    kind = dest.suffix.lower()
    if kind not in EXPORT_KINDS:
        raise UsageError(f"koers export: DEST must end in .xlsx, .csv, .xml or .ics: {dest}")
    if src.suffix.lower() != ".koers":
        raise UsageError(f"koers export: SRC must be a .koers project: {src}")
    if not src.is_file():
        raise UsageError(f"koers export: {src} does not exist")
    if dest.exists() and not args.force:
        raise UsageError(f"koers export: {dest} exists; use --force to replace it")
    store = open_project(src, read_only=True)
    try:
        with store.new_session() as session:
            written = _export(session, kind, dest, args)
    except TargetExists:
        raise UsageError(f"koers export: {dest} exists; use --force to replace it") from None
    finally:
        store.close()
    print(f"wrote {dest} ({EXPORT_KINDS[kind]}{written})")
    return 0


def _export(session: object, kind: str, dest: Path, args: argparse.Namespace) -> str:
    """Write ``dest``; returns what it holds, as words for the one-line report."""
    if kind == ".xlsx":
        from app.services.export_xlsx import export_workbook

        book = export_workbook(session, dest, include_contacts=args.contacts, overwrite=True)  # type: ignore[arg-type]
        for warning in book.warnings:
            print(f"warning: {warning}")
        return ": " + ", ".join(f"{rows} {sheet}" for sheet, rows in book.rows.items())
    if kind == ".csv":
        from app.services.export_csv import export_csv

        table = export_csv(
            session,  # type: ignore[arg-type]
            dest,
            args.register,
            delimiter=args.delimiter,
            include_contacts=args.contacts,
            overwrite=True,
        )
        return ": " + ", ".join(f"{rows} {register}" for register, rows in table.rows.items())
    if kind == ".xml":
        from app.services.export_mspdi import export_mspdi

        project = export_mspdi(session, dest, overwrite=True)  # type: ignore[arg-type]
        return f": {project.tasks} tasks, {project.links} links, {project.resources} resources"
    from app.services.export_ics import export_ics

    calendar = export_ics(session, dest, overwrite=True)  # type: ignore[arg-type]
    return f": {calendar.events} events"


def _run_schedule(args: argparse.Namespace) -> int:
    import json

    from app.services.schedule_report import schedule_file

    src: Path = args.src
    if src.suffix.lower() not in (".koers", ".xml"):
        raise UsageError(f"koers schedule: SRC must be a .koers or .xml file: {src}")
    if not src.is_file():
        raise UsageError(f"koers schedule: {src} does not exist")
    report = schedule_file(src)
    if args.json:
        print(json.dumps([_as_json(line) for line in report.lines], ensure_ascii=False, indent=1))
        return 0
    print(
        f"{'ID':>5}  {'WBS':<10} {'Name':<40} {'Start':<16} {'Finish':<16} {'Float (d)':>9}  Crit"
    )
    for line in report.lines:
        days = line.total_float_minutes / report.minutes_per_day
        name = ("  " * line.wbs.count(".") + line.name)[:40]
        start = line.start[:16].replace("T", " ")
        finish = line.finish[:16].replace("T", " ")
        critical = "yes" if line.critical else ""
        print(
            f"{line.id:>5}  {line.wbs[:10]:<10} {name:<40} {start:<16} {finish:<16} "
            f"{days:>9.1f}  {critical}"
        )
    return 0


def _run_evm(args: argparse.Namespace) -> int:
    import json

    from app.domain.earned_value import NoBaseline
    from app.services.earned_value import evm_report, report_dict
    from app.services.project_file import open_project

    src: Path = args.src
    if src.suffix.lower() != ".koers":
        raise UsageError(f"koers evm: SRC must be a .koers project: {src}")
    if not src.is_file():
        raise UsageError(f"koers evm: {src} does not exist")
    store = open_project(src, read_only=True)
    try:
        with store.new_session() as session:
            report = evm_report(session, args.status_date, args.baseline)
    except NoBaseline as error:
        raise UsageError(f"koers evm: {error}") from None
    finally:
        store.close()
    data = report_dict(report)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(
        f"Earned value at {data['status_date']} against baseline {data['baseline']} "
        f"({data['currency']})"
    )
    labels = (
        ("BAC", "bac"),
        ("PV", "pv"),
        ("EV", "ev"),
        ("AC", "ac"),
        ("SV", "sv"),
        ("CV", "cv"),
        ("SPI", "spi"),
        ("CPI", "cpi"),
        ("EAC", "eac"),
        ("ETC", "etc"),
        ("VAC", "vac"),
        ("TCPI to BAC", "tcpi_bac"),
        ("TCPI to EAC", "tcpi_eac"),
    )
    for label, key in labels:
        print(f"  {label:<12} {data[key] if data[key] is not None else '-':>16}")
    for method, value in data["eac_methods"].items():
        print(f"  EAC {method:<8} {value if value is not None else '-':>16}")
    if data["summaries"]:
        print(f"\n{'WBS':<8} {'Summary task':<36} {'PV':>14} {'EV':>14} {'AC':>14} SPI    CPI")
        for row in data["summaries"]:
            print(
                f"{row['wbs']:<8} {row['name'][:36]:<36} {row['pv']:>14} {row['ev']:>14} "
                f"{row['ac']:>14} {row['spi'] or '-':<6} {row['cpi'] or '-'}"
            )
    return 0


def _run_print(args: argparse.Namespace) -> int:
    src: Path = args.src
    dest: Path = args.dest
    if src.suffix.lower() != ".koers":
        raise UsageError(f"koers print: SRC must be a .koers project: {src}")
    if not src.is_file():
        raise UsageError(f"koers print: {src} does not exist")
    if dest.suffix.lower() != ".pdf":
        raise UsageError(f"koers print: DEST must end in .pdf: {dest}")
    if dest.exists() and not args.force:
        raise UsageError(f"koers print: {dest} exists; use --force to replace it")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("koers print: --from lies after --to")
    from app.views.print_command import print_project

    changes: dict[str, object] = {}
    for flag, field in (
        ("paper", "paper"),
        ("pages_wide", "pages_wide"),
        ("pages_tall", "pages_tall"),
        ("date_from", "date_from"),
        ("date_to", "date_to"),
        ("timescale", "timescale"),
    ):
        if getattr(args, flag) is not None:
            changes[field] = getattr(args, flag)
    if args.landscape or args.portrait:
        changes["landscape"] = bool(args.landscape)
    if args.zoom is not None:  # a zoom instead of fitting, unless fitting is asked too
        changes["zoom_percent"] = args.zoom
        changes.setdefault("pages_wide", None)
        changes.setdefault("pages_tall", None)
    pages, described = print_project(
        src, dest, changes, language=args.language, overwrite=args.force
    )
    print(f"wrote {dest} ({pages} pages, {described})")
    return 0


def _as_json(line: object) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(line)  # type: ignore[call-overload]
    data["problems"] = list(data["problems"])
    return data  # type: ignore[no-any-return]


def _run_gui(args: argparse.Namespace) -> int:
    if args.file is not None and not args.file.is_file():
        raise UsageError(
            f"koers: {args.file} is not a file (commands: {', '.join(COMMANDS)}; see koers --help)"
        )
    path = args.file
    if path is not None and path.suffix.lower() == ".xml":
        path = _import_beside(path)
    from app.views.application import run_gui

    return run_gui(path)


def _import_beside(source: Path) -> Path:
    """Open a Microsoft Project XML file: import it into a new project next to it."""
    from app.services.import_mspdi import import_mspdi

    target = source.with_suffix(".koers")
    number = 2
    while target.exists():
        target = source.with_name(f"{source.stem} ({number}).koers")
        number += 1
    import_mspdi(source, target).close()
    print(f"imported {source} into {target}")
    return target


RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "check": _run_check,
    "import": _run_import,
    "export": _run_export,
    "schedule": _run_schedule,
    "evm": _run_evm,
    "print": _run_print,
}


def _dispatch(argv: Sequence[str]) -> int:
    if argv and argv[0] in COMMANDS:
        command = argv[0]
        return RUNNERS[command](_command_parser(command).parse_args(argv[1:]))
    return _run_gui(_gui_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``koers`` console script."""
    from app.domain.errors import InputRefused
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
    except InputRefused as exc:
        print(f"koers: {exc}", file=sys.stderr)
    except BrokenPipeError:
        # The reader went away (`koers schedule x | head`): stop quietly.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
