"""The Overview page: counts of what the database holds, and its integrity check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.messages import error_text
from rtdesk.gui.page import Page
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import heading
from rtdesk.gui.workspace import Workspace
from rtdesk.services.maintenance import CheckReport, MaintenanceService

TILES_PER_ROW = 4
# CheckReport fields shown as counts, in this order.
COUNT_FIELDS = (
    "zones",
    "municipalities",
    "municipalities_without_zone",
    "people",
    "mandates",
    "sessions",
    "proposals",
    "actions",
)


class OverviewPage(Page):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service: MaintenanceService | None = None
        self._stale = True  # the numbers shown do not describe the database (yet)
        self._running = False
        self._again = False  # something changed while a check was running
        self.report: CheckReport | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Overview"), self))
        self.location_label = QLabel(self)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location_label)

        captions = {
            "zones": self.tr("Zones"),
            "municipalities": self.tr("Municipalities"),
            "municipalities_without_zone": self.tr("Municipalities without a zone"),
            "people": self.tr("People"),
            "mandates": self.tr("Mandates of spokespersons and deputies"),
            "sessions": self.tr("Sessions"),
            "proposals": self.tr("Proposals"),
            "actions": self.tr("Actions"),
        }
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.count_labels: dict[str, QLabel] = {}
        for position, name in enumerate(COUNT_FIELDS):
            tile = QFrame(self)
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setAutoFillBackground(True)
            tile.setBackgroundRole(QPalette.ColorRole.Base)
            tile_layout = QVBoxLayout(tile)
            value = QLabel("…", tile)
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 2)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            tile_layout.addWidget(value)
            caption = QLabel(captions[name], tile)
            caption.setWordWrap(True)  # narrow windows wrap captions rather than cut them
            tile_layout.addWidget(caption)
            tiles.addWidget(tile, position // TILES_PER_ROW, position % TILES_PER_ROW)
            self.count_labels[name] = value
        layout.addLayout(tiles)

        layout.addSpacing(12)
        layout.addWidget(heading(self.tr("Integrity check"), self))
        verdict_row = QHBoxLayout()
        self.verdict_icon = QLabel(self)
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict_icon)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verdict_row.addWidget(self.verdict_label, 1)
        layout.addLayout(verdict_row)
        self.check_button = QPushButton(self.tr("Check again"), self)
        self.check_button.clicked.connect(self.run_check)
        button_row = QHBoxLayout()
        button_row.addWidget(self.check_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(1)

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.maintenance
        # The window dropped the callbacks of checks still running on the previous database.
        self._running = self._again = False
        self.check_button.setEnabled(True)
        self.location_label.setText(self.tr("Database: {path}").format(path=workspace.location))
        self.report = None
        for label in self.count_labels.values():
            label.setText("…")
        self._set_verdict("", None)
        self.refresh()

    def refresh(self) -> None:
        """Counts change with every write: check again now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self.run_check()

    def activated(self) -> None:
        if self._stale:
            self.run_check()

    @property
    def checking(self) -> bool:
        return self._running

    def run_check(self) -> None:
        if self._service is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        self._stale = False
        self.check_button.setEnabled(False)
        self._set_verdict(self.tr("Checking the database…"), None)
        # The service is captured now: a database opened meanwhile gets its own check.
        self._tasks.run_task(self._service.check, self._check_done)

    def _check_done(self, result: CheckReport | None = None, error: BaseException | None = None):
        self._running = False
        self.check_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, RtdeskError):
                self._set_verdict(self.tr("The check failed because of an internal error."), "bad")
                raise error
            self._set_verdict(error_text(error), "bad")
        else:
            self._show_report(result)
        if self._again:
            self.run_check()

    def _show_report(self, report: CheckReport) -> None:
        self.report = report
        for name, label in self.count_labels.items():
            label.setText(labels.number(getattr(report, name)))
        if report.ok:
            self._set_verdict(
                self.tr("No problems found.")
                + "\n"
                + self.tr(
                    "Every table is readable, every reference points to a record and each "
                    "municipality's zone matches its zone history (schema revision "
                    "{revision})."
                ).format(revision=report.revision),
                "good",
            )
            return
        count = len(report.problems)
        lines = "\n".join(f"• {problem}" for problem in report.problems)
        summary = (
            self.tr("1 problem found:")
            if count == 1
            else self.tr("{count} problems found:").format(count=count)
        )
        self._set_verdict(
            summary
            + "\n"
            + lines
            + "\n"
            + self.tr("Restore the latest backup, or ask IT staff to inspect the database."),
            "bad",
        )

    def _set_verdict(self, text: str, kind: str | None) -> None:
        self.verdict_label.setText(text)
        icon = {
            "good": QStyle.StandardPixmap.SP_DialogApplyButton,
            "bad": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }.get(kind or "")
        if icon is None:
            self.verdict_icon.clear()
        else:
            self.verdict_icon.setPixmap(QApplication.style().standardIcon(icon).pixmap(24, 24))
