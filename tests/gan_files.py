"""GanttProject files for tests: a small valid one, a large generated one, and hostile ones.

Each hostile file comes with a fragment of the message its refusal must carry.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SMALL_GAN = b"""<?xml version="1.0" encoding="UTF-8"?>
<project name="Small" company="" webLink="" view-date="2024-01-01" version="3.3.3312">
    <description><![CDATA[A small plan]]></description>
    <calendars base-id="none">
        <day-types>
            <day-type id="0"/>
            <day-type id="1"/>
            <default-week id="1" name="default"
                sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
            <only-show-weekends value="false"/>
        </day-types>
        <date year="2024" month="1" date="3" type="HOLIDAY"><![CDATA[one-off]]></date>
        <date year="" month="12" date="25" type="HOLIDAY"><![CDATA[Christmas]]></date>
    </calendars>
    <tasks empty-milestones="true">
        <taskproperties>
            <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
        </taskproperties>
        <task id="0" name="Phase" meeting="false" start="2024-01-01" duration="6" complete="50">
            <task id="1" name="Design" meeting="false" start="2024-01-01" duration="2"
                complete="100">
                <depend id="2" type="2" difference="1" hardness="Strong"/>
                <notes><![CDATA[Sketches first]]></notes>
            </task>
            <task id="2" name="Build" meeting="false" start="2024-01-05" duration="3"
                complete="0" thirdDate="2024-01-05" thirdDate-constraint="1">
                <depend id="3" type="1" difference="0" hardness="Rubber"/>
            </task>
        </task>
        <task id="3" name="Done" meeting="true" start="2024-01-05" duration="0" complete="0"/>
    </tasks>
    <resources>
        <resource id="0" name="Ann" function="1" contacts="ann@example.org" phone="">
            <rate name="standard" value="400"/>
        </resource>
    </resources>
    <allocations>
        <allocation task-id="2" resource-id="0" function="1" responsible="true" load="50.0"/>
    </allocations>
    <vacations>
        <vacation start="2024-01-08" end="2024-01-09" resourceid="0"/>
    </vacations>
    <previous/>
    <roles>
        <role id="1" name="Builder"/>
    </roles>
</project>
"""


def _working_day(first: dt.date, days: int) -> dt.date:
    day = first
    while days:
        day += dt.timedelta(days=1)
        days -= day.weekday() < 5
    return day


def build_gan(count: int) -> bytes:
    """A plan of ``count`` tasks as GanttProject would save it: summaries of ten, each a chain
    of one-day tasks linked finish-to-start from Monday 5 January 2026 on."""
    first = dt.date(2026, 1, 5)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<project name="Big" version="3.3">\n'
        '<calendars><day-types><default-week sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" '
        'sat="1"/></day-types></calendars>\n<tasks empty-milestones="true">\n'
    ]
    task_id = 0
    while task_id < count:
        summary = task_id
        parts.append(
            f'<task id="{summary}" name="Phase {summary}" start="2026-01-05" duration="10">\n'
        )
        task_id += 1
        for step in range(9):
            if task_id >= count:
                break
            depend = (
                f'<depend id="{task_id + 1}" type="2" difference="0" hardness="Strong"/>'
                if task_id + 1 < count and (task_id + 1) % 10
                else ""
            )
            parts.append(
                f'  <task id="{task_id}" name="Task {task_id}" meeting="false" '
                f'start="{_working_day(first, step)}" duration="1" complete="0">{depend}</task>\n'
            )
            task_id += 1
        parts.append("</task>\n")
    parts.append("</tasks>\n<resources/>\n<allocations/>\n</project>\n")
    return "".join(parts).encode()


def _gan(tasks: str, decl: str = '<?xml version="1.0" encoding="UTF-8"?>') -> bytes:
    return f'{decl}\n<project name="p"><tasks>{tasks}</tasks></project>\n'.encode()


def hostile_gan_files(house: bytes) -> dict[str, tuple[bytes, str]]:
    """Name → (bytes of the file, a fragment of the refusal); ``house`` is a valid .gan file."""
    laughs = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    quadratic = '<!ENTITY big "' + "x" * 100_000 + '">'
    return {
        "xxe": (
            b'<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM '
            b'"file:///etc/passwd">]>\n<project name="&xxe;"/>',
            "contains a DOCTYPE declaration",
        ),
        "external-dtd": (
            b'<?xml version="1.0"?><!DOCTYPE project SYSTEM "http://example.invalid/gan.dtd">'
            b"<project/>",
            "contains a DOCTYPE declaration",
        ),
        "parameter-entity": (
            b'<?xml version="1.0"?><!DOCTYPE project [<!ENTITY % p SYSTEM "file:///etc/passwd">'
            b" %p;]><project/>",
            "contains a DOCTYPE declaration",
        ),
        "billion-laughs": (
            f'<?xml version="1.0"?><!DOCTYPE project [{laughs}]><project name="&lol9;"/>'.encode(),
            "contains a DOCTYPE declaration",
        ),
        "quadratic-blowup": (
            f'<?xml version="1.0"?><!DOCTYPE project [{quadratic}]><project name="'.encode()
            + b"&big;" * 10_000
            + b'"/>',
            "contains a DOCTYPE declaration",
        ),
        "undefined-entity": (_gan('<task id="1" name="&secret;"/>'), "undefined entity"),
        "truncated": (house[: len(house) // 2], "the file is truncated"),
        "truncated-in-tag": (house[: house.index(b"<tasks") + 4], "the file is truncated"),
        "utf-7": (
            _gan("", '<?xml version="1.0" encoding="UTF-7"?>'),
            "declares an encoding 'UTF-7'",
        ),
        "misspelt-encoding": (
            _gan("", '<?xml version="1.0" encoding="UFT-8"?>'),
            "declares an encoding 'UFT-8'",
        ),
        "lying-encoding": (
            _gan("", '<?xml version="1.0" encoding="UTF-16"?>'),
            "declares an encoding 'UTF-16'",
        ),
        "invalid-utf-8": (
            _gan('<task id="1" name="AB"/>').replace(b"AB", b"A\xff"),
            "is not well-formed XML",
        ),
        "date-1850": (
            _gan('<task id="1" start="1850-01-01" duration="1"/>'),
            "task id 1: start '1850-01-01' is outside the dates Koers accepts",
        ),
        "date-2200": (
            _gan('<task id="1" start="2200-01-01" duration="1"/>'),
            "task id 1: start '2200-01-01' is outside the dates Koers accepts",
        ),
        "date-nonsense": (
            _gan('<task id="1" start="2024-02-30" duration="1"/>'),
            "task id 1: start '2024-02-30' is not a date",
        ),
        "lag-1e15": (
            _gan(
                '<task id="1" start="2024-01-01"><depend id="2" difference="1000000000000000"/>'
                '</task><task id="2" start="2024-01-01"/>'
            ),
            "task id 1: depend 1: difference '1000000000000000' is out of range",
        ),
        "duration-1e15": (
            _gan('<task id="1" start="2024-01-01" duration="1000000000000000"/>'),
            "task id 1: duration '1000000000000000' is out of range",
        ),
        "duplicate-task-id": (
            _gan('<task id="1" start="2024-01-01"/><task id="1" start="2024-01-02"/>'),
            "task id 1 appears more than once",
        ),
        "dangling-depend": (
            _gan('<task id="1" start="2024-01-01"><depend id="99"/></task>'),
            "task id 1: depend names task id 99, which is not in the file",
        ),
        "dangling-allocation": (
            b'<project><tasks><task id="1"/></tasks><resources><resource id="1" name="r"/>'
            b'</resources><allocations><allocation task-id="7" resource-id="1"/></allocations>'
            b"</project>",
            "allocation 1: task-id 7 is not a task in the file",
        ),
        "dangling-vacation": (
            b'<project><resources/><vacations><vacation start="2024-01-01" end="2024-01-02" '
            b'resourceid="3"/></vacations></project>',
            "vacation 1: resourceid 3 is not a resource in the file",
        ),
        "unknown-link-type": (
            _gan('<task id="1"><depend id="2" type="5"/></task><task id="2"/>'),
            "task id 1: depend 1: type '5' is not a dependency type",
        ),
        "deep-tasks": (_gan('<task id="1">' * 150 + "</task>" * 150), "nest deeper than 100"),
        "deep-elements": (_gan("<x>" * 5_000 + "</x>" * 5_000), "nest deeper than 1000"),
        "microsoft-project-xml": (
            b'<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
            b"<Name>x</Name></Project>",
            "is Microsoft Project XML",
        ),
        "other-xml": (b"<html><body/></html>", "its root element is <html>, not <project>"),
        "zip": (b"PK\x03\x04" + bytes(200), "is a ZIP archive"),
        "ole2": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "is a binary Office file"),
        "not-xml": (b"Task;Start\n1;2024-01-01\n", "is not an XML file"),
        "empty": (b"", "is empty"),
        "white-space": (b" \r\n\t", "is empty (only white space)"),
        "no-element": (b'<?xml version="1.0"?>\n', "contains no XML element"),
        "all-weekend": (
            b'<project><calendars><day-types><default-week sun="1" mon="1" tue="1" wed="1" '
            b'thu="1" fri="1" sat="1"/></day-types></calendars></project>',
            "every day a weekend day",
        ),
    }


def write_hostile_gan_files(folder: Path, house: bytes) -> dict[str, tuple[Path, str]]:
    """Write the hostile files into ``folder``: name → (path, expected message fragment)."""
    written = {}
    for name, (data, expected) in hostile_gan_files(house).items():
        path = folder / f"{name}.gan"
        path.write_bytes(data)
        written[name] = (path, expected)
    return written
