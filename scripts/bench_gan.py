"""GanttProject import benchmark: read and import a 10,000-task .gan plan, time each refusal of
the hostile files the tests use (goal: each well under a second), and export the imported
plan's dates as iCalendar."""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TASKS = 10_000
GOAL_REFUSAL_SECONDS = 1.0


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from machine import cpu_model

    from app.io.gan_reader import read_gan
    from app.services.import_gan import import_gan
    from tests.gan_files import build_gan

    python = sys.version.split()[0]
    print(f"GanttProject import on {cpu_model()} ({platform.machine()}), Python {python}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "bench.gan"
        source.write_bytes(build_gan(TASKS))
        reads = []
        for _ in range(RUNS):
            began = time.perf_counter()
            project = read_gan(source)
            reads.append(time.perf_counter() - began)
        print(
            f"read {len(project.tasks)} tasks, {source.stat().st_size / 1e6:.1f} MB: "
            f"median {statistics.median(reads):.3f} s"
        )
        imports = []
        for number in range(3):
            began = time.perf_counter()
            import_gan(source, folder / f"imported-{number}.koers")
            imports.append(time.perf_counter() - began)
        print(
            f"whole import into a new .koers (read, write, schedule twice): "
            f"median {statistics.median(imports):.3f} s"
        )
        export_time(folder / "imported-0.koers", folder)
    return refusal_times()


def export_time(project: Path, folder: Path) -> None:
    from app.services.export_ics import export_ics
    from app.services.project_file import open_project

    store = open_project(project)
    try:
        with store.new_session() as session:
            began = time.perf_counter()
            report = export_ics(session, folder / "bench.ics")
            seconds = time.perf_counter() - began
    finally:
        store.close()
    print(f"iCalendar export of the imported plan ({report.events} events): {seconds:.3f} s")


def refusal_times() -> int:
    """How fast each hostile or broken file is refused."""
    from app.io.gan_reader import GanError, parse_gan_bytes
    from tests.gan_files import SMALL_GAN, hostile_gan_files

    slow = 0
    for name, (data, expected) in hostile_gan_files(SMALL_GAN).items():
        began = time.perf_counter()
        try:
            parse_gan_bytes(data, f"{name}.gan")
        except GanError as error:
            elapsed = time.perf_counter() - began
            if expected not in str(error):
                raise SystemExit(f"bench: {name} refused for another reason: {error}") from None
            slow += elapsed > GOAL_REFUSAL_SECONDS
            print(f"refused {name}: {elapsed * 1000:.1f} ms ({error})")
        else:
            raise SystemExit(f"bench: {name} was NOT refused")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
