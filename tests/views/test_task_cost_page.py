"""The Cost page of the task details: fixed cost, its accrual and category, the earned-value
method; OK makes them one undo step, a bad amount is refused and nothing changes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.earned_value import EvMethod
from app.services.costs import read_costs, task_cost_details
from app.services.project_file import dump_project
from app.views.task_details_dialog import TaskDetailsDialog


def _task(document: ProjectDocument, name: str) -> int:
    return next(row.id for row in document.schedule().rows if row.name == name)


def test_a_fixed_cost_and_an_ev_method_are_one_undo_step(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    task = _task(document, "Lessons learned")
    cost_before = document.read(read_costs).result[task].cost_cents
    before = document.read(dump_project)
    dialog = TaskDetailsDialog(document, task)
    qtbot.addWidget(dialog)
    page = dialog.cost_page
    assert page.cost.text().startswith("€")  # the task's cost, shown as money
    page.fixed_cost.setText("1,250.50")
    page.accrual.setCurrentIndex(page.accrual.findData("end"))
    assert not page.physical.isEnabled()
    page.ev_method.setCurrentIndex(page.ev_method.findData(EvMethod.PHYSICAL.value))
    assert page.physical.isEnabled()
    page.physical.setValue(40)
    dialog.accept()
    details = document.read(task_cost_details, task)
    assert details.fixed_cost_cents == 125_050 and details.fixed_cost_accrual == "end"
    assert (details.ev_method, details.physical_percent_complete) == ("physical", 40)
    assert document.read(read_costs).result[task].cost_cents == cost_before + 125_050
    document.undo_stack.undo()
    assert document.read(dump_project) == before


def test_an_amount_that_cannot_be_read_is_refused(qtbot: QtBot, document: ProjectDocument) -> None:
    dialog = TaskDetailsDialog(document, _task(document, "Lessons learned"))
    qtbot.addWidget(dialog)
    before = document.read(dump_project)
    dialog.cost_page.fixed_cost.setText("a lot")
    with qtbot.waitSignal(dialog.edit_refused) as refused:
        assert not dialog.apply()
    assert refused.args[0].field == "fixed_cost"
    assert dialog.tabs.currentWidget() is dialog.cost_page
    assert document.read(dump_project) == before


def test_dutch_amounts_read_with_a_decimal_comma(qtbot: QtBot, document: ProjectDocument) -> None:
    task = _task(document, "Lessons learned")
    dialog = TaskDetailsDialog(document, task, "nl")
    qtbot.addWidget(dialog)
    assert dialog.cost_page.cost.text().startswith("€ ")
    dialog.cost_page.fixed_cost.setText("1.250,50")
    dialog.accept()
    assert document.read(task_cost_details, task).fixed_cost_cents == 125_050
