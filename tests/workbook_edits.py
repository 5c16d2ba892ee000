"""Editing an exported Koers workbook the way a user does in Excel, with openpyxl."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet


class TasksSheet:
    """A sheet of a workbook (the Tasks sheet unless named), addressed by header and Koers ID;
    ``save`` writes it."""

    def __init__(self, path: Path, name: str = "Tasks") -> None:
        self.path = path
        self.book = openpyxl.load_workbook(path)
        self.sheet: Worksheet = self.book[name]
        self.columns = {cell.value: cell.column for cell in self.sheet[1]}

    def row_of(self, koers_id: int) -> int:
        column = self.columns["Koers ID"]
        for number in range(2, self.sheet.max_row + 1):
            if self.sheet.cell(number, column).value == koers_id:
                return number
        raise KeyError(koers_id)

    def get(self, koers_id: int, header: str) -> Any:
        return self.sheet.cell(self.row_of(koers_id), self.columns[header]).value

    def set(self, koers_id: int, header: str, value: Any) -> None:
        self.sheet.cell(self.row_of(koers_id), self.columns[header]).value = value

    def insert_after(self, koers_id: int, values: dict[str, Any]) -> None:
        number = self.row_of(koers_id) + 1
        self.sheet.insert_rows(number)
        for header, value in values.items():
            self.sheet.cell(number, self.columns[header]).value = value

    def append(self, values: dict[str, Any]) -> None:
        number = self.sheet.max_row + 1
        for header, value in values.items():
            self.sheet.cell(number, self.columns[header]).value = value

    def delete(self, koers_id: int) -> None:
        self.sheet.delete_rows(self.row_of(koers_id))

    def swap(self, first: int, second: int) -> None:
        a, b = self.row_of(first), self.row_of(second)
        for column in range(1, self.sheet.max_column + 1):
            top, bottom = self.sheet.cell(a, column), self.sheet.cell(b, column)
            top.value, bottom.value = bottom.value, top.value

    def save(self) -> Path:
        self.book.save(self.path)
        return self.path
