"""The summary workbook exported from the GUI: off the GUI thread, with progress and cancel."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from rtdesk.gui.summary_export import SummaryExport
from rtdesk.services.proposals import ProposalInput


@pytest.fixture
def proposals(workspace):
    service = workspace.services.proposals
    service.submit(ProposalInput("=SUM(A1:A2)", submitted_on=date(2026, 3, 1)))  # hostile
    service.submit(ProposalInput("Biblioteche in rete", submitted_on=date(2025, 5, 1)))
    return service


class Scripted(SummaryExport):
    """The year and file chosen as a user would; the final message recorded, not shown."""

    def __init__(self, *args, year=None, path=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.answer_year = year
        self.answer_path = path
        self.progress_seen: list[int] = []
        self.asked = 0

    def choose_year(self, years, year):
        return True, self.answer_year

    def choose_file(self, suggested):
        self.suggested = suggested
        return self.answer_path

    def ask_what_next(self, box):
        self.asked += 1
        self.buttons = [b.text() for b in box.buttons()]

    def _show_progress(self, percent, step):
        self.progress_seen.append(percent)
        super()._show_progress(percent, step)


def test_export_writes_the_workbook_in_the_background(
    qtbot, window, workspace, tasks, options, proposals, tmp_path
):
    target = tmp_path / "riepilogo.xlsx"
    export = Scripted(window, workspace, tasks, options, year=2026, path=str(target))
    with qtbot.waitSignal(export.finished, timeout=20000):
        assert export.start(None, [2026, 2025])
        assert export.progress_dialog is not None  # shown while the worker writes
    assert export.outcome == "saved"
    assert export.suggested == "riepilogo-2026.xlsx"
    assert export.progress_seen and export.progress_seen[-1] == 100
    assert export.progress_seen == sorted(export.progress_seen)
    assert export.asked == 1 and "Open the file" in export.buttons
    assert "Show folder" in export.buttons
    workbook = load_workbook(target)
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row]
    hostile = [c for c in cells if c.value == "=SUM(A1:A2)"]
    assert hostile and all(c.data_type == "s" for c in hostile)  # as typed, never a formula
    assert "Biblioteche in rete" not in [c.value for c in cells]  # 2025: not the year chosen


def test_a_cancelled_export_leaves_no_file(
    qtbot, window, workspace, tasks, options, proposals, tmp_path
):
    target = tmp_path / "riepilogo.xlsx"
    export = Scripted(window, workspace, tasks, options, path=str(target))
    export.cancel()  # Cancel pressed before the writer checks for the first time
    with qtbot.waitSignal(export.finished, timeout=20000):
        export.start()
    assert export.outcome == "cancelled"
    assert export.asked == 0
    assert not target.exists()


def test_a_folder_that_does_not_exist_is_a_plain_message(
    qtbot, window, workspace, tasks, options, proposals, tmp_path, message_boxes
):
    target = tmp_path / "missing" / "riepilogo.xlsx"
    export = Scripted(window, workspace, tasks, options, path=str(target))
    with qtbot.waitSignal(export.finished, timeout=20000):
        export.start()
    assert export.outcome == "failed"
    assert message_boxes[-1].title == "The summary workbook was not saved"
    assert not target.exists()


def test_giving_up_at_the_file_dialog_starts_nothing(window, workspace, tasks, options):
    export = Scripted(window, workspace, tasks, options, path=None)
    assert not export.start()
    assert export.progress_dialog is None and not tasks.busy
