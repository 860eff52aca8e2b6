"""The Overview page: what needs attention today, counts of what the database holds, and its
integrity check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionFocusRect,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.actions_page import ActionsPage
from rtdesk.gui.messages import error_text
from rtdesk.gui.page import Page
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import heading
from rtdesk.gui.workspace import Workspace
from rtdesk.services.attention import Attention, AttentionService, SessionMention
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
# The lines of "What needs attention", in this order.
ATTENTION_LINES = ("next_session", "minutes", "actions", "zones", "proposals")
# Zones named on their line before "and N more": the line stays one line in a narrow window.
ZONES_NAMED = 3

# How a line's icon says how it stands.
CALM, NOTE, WARN = "calm", "note", "warn"
_ICONS = {
    CALM: QStyle.StandardPixmap.SP_DialogApplyButton,
    NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class AttentionLine(QFrame):
    """One line of "What needs attention": an icon and a sentence, and the whole line is a
    button to where the sentence points (by mouse, or Enter and Space once focused)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(16, 16)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel("…", self)
        # Zone names are data, never markup.
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        # The link colour says the line leads somewhere, as a link in a browser would.
        self.text_label.setForegroundRole(QPalette.ColorRole.Link)
        layout.addWidget(self.text_label, 1)
        self.kind: str | None = None

    def text(self) -> str:
        return self.text_label.text()

    def set_line(self, text: str, kind: str | None, where: str) -> None:
        """`kind` is CALM, NOTE or WARN; None (while loading) shows no icon."""
        self.text_label.setText(text)
        self.kind = kind
        if kind is None:
            self.icon_label.clear()
        else:
            icon = QApplication.style().standardIcon(_ICONS[kind])
            self.icon_label.setPixmap(icon.pixmap(16, 16))
        self.setToolTip(where)
        self.setAccessibleName(text)
        self.setAccessibleDescription(where)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # A hovered line is shaded like a hovered row of a table, so it reads as a button.
        if event.type() == QEvent.Type.Enter:
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        elif event.type() == QEvent.Type.Leave:
            self.setBackgroundRole(QPalette.ColorRole.Base)
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            painter = QPainter(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
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
        self._attention_service: AttentionService | None = None
        self._attention_running = False
        self._attention_again = False
        self.attention: Attention | None = None
        # Where each line leads: ("open", page key, uuid) or ("show", page key, target).
        self._destinations: dict[str, tuple[str, str, object]] = {}

        # A short window scrolls the page rather than squeezing its sections together.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Overview"), content))
        self.location_label = QLabel(content)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location_label)

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("What needs attention"), content))
        panel = QFrame(content)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setAutoFillBackground(True)
        panel.setBackgroundRole(QPalette.ColorRole.Base)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(2, 2, 2, 2)
        panel_layout.setSpacing(0)
        self.attention_lines: dict[str, AttentionLine] = {}
        for name in ATTENTION_LINES:
            line = AttentionLine(panel)
            line.clicked.connect(lambda name=name: self.follow(name))
            panel_layout.addWidget(line)
            self.attention_lines[name] = line
        layout.addWidget(panel)

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("In the database"), content))

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
            tile = QFrame(content)
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

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Integrity check"), content))
        verdict_row = QHBoxLayout()
        self.verdict_icon = QLabel(content)
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict_icon)
        self.verdict_label = QLabel(content)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verdict_row.addWidget(self.verdict_label, 1)
        layout.addLayout(verdict_row)
        self.check_button = QPushButton(self.tr("Check again"), content)
        self.check_button.clicked.connect(self.reload)
        button_row = QHBoxLayout()
        button_row.addWidget(self.check_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(1)

    def bind(self, workspace: Workspace) -> None:
        self._service = workspace.services.maintenance
        self._attention_service = workspace.services.attention
        # The window dropped the callbacks of checks still running on the previous database.
        self._running = self._again = False
        self._attention_running = self._attention_again = False
        self.attention = None
        self._destinations = {}
        for line in self.attention_lines.values():
            line.set_line("…", None, "")
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
            self.reload()

    def activated(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        # The attention lines first: they are quick, the integrity check reads every page.
        self.load_attention()
        self.run_check()

    @property
    def checking(self) -> bool:
        return self._running

    @property
    def loading_attention(self) -> bool:
        return self._attention_running

    # --- what needs attention ------------------------------------------------------------

    def load_attention(self) -> None:
        if self._attention_service is None:
            return
        if self._attention_running:
            self._attention_again = True
            return
        self._attention_running = True
        self._attention_again = False
        self._tasks.run_task(self._attention_service.summary, self._attention_done)

    def _attention_done(
        self, result: Attention | None = None, error: BaseException | None = None
    ) -> None:
        self._attention_running = False
        if error is not None:
            if not isinstance(error, RtdeskError):
                raise error
            # The integrity check below says what is wrong with the database, with advice.
            self._destinations = {}
            first, *others = self.attention_lines.values()
            first.set_line(error_text(error), WARN, "")
            for line in others:
                line.set_line("", None, "")
        else:
            self._show_attention(result)
        if self._attention_again:
            self.load_attention()

    def _show_attention(self, attention: Attention) -> None:
        self.attention = attention
        sessions_page = self.tr("Opens the Sessions page.")
        lines = self.attention_lines

        upcoming = attention.next_session
        if upcoming is None:
            lines["next_session"].set_line(self.tr("No session planned."), NOTE, sessions_page)
            self._destinations["next_session"] = ("show", "sessions", None)
        else:
            text = self.tr("Next session: {ref} on {date} · {status}").format(
                ref=upcoming.ref,
                date=labels.short_date(upcoming.meeting_date),
                status=labels.meeting_status(upcoming.status),
            )
            lines["next_session"].set_line(text, NOTE, sessions_page)
            self._destinations["next_session"] = ("open", "sessions", upcoming.uuid)

        parts = []
        if attention.minutes_to_write:
            parts.append(
                self.tr("Minutes to write: {sessions}").format(
                    sessions=self._refs(
                        attention.minutes_to_write, attention.minutes_to_write_count
                    )
                )
            )
        if attention.minutes_to_approve:
            parts.append(
                self.tr("Minutes to approve: {sessions}").format(
                    sessions=self._refs(
                        attention.minutes_to_approve, attention.minutes_to_approve_count
                    )
                )
            )
        waiting = attention.minutes_waiting
        if waiting:
            # Writing comes first: it is the secretariat's own work; approving needs a session.
            lines["minutes"].set_line(" · ".join(parts), NOTE, sessions_page)
            # Minutes to write are written on the Minutes tab, approved on the Documents tab.
            tab = "minutes" if attention.minutes_to_write else "documents"
            self._destinations["minutes"] = ("show", "sessions", (waiting[0].uuid, tab))
        else:
            lines["minutes"].set_line(self.tr("No minutes waiting."), CALM, sessions_page)
            self._destinations["minutes"] = ("show", "sessions", None)

        actions_page = self.tr("Opens the Actions page.")
        overdue, still_open = attention.overdue_actions, attention.open_actions
        if overdue:
            text = self.tr("Overdue actions: {overdue} of {open} still to do.").format(
                overdue=labels.number(overdue), open=labels.number(still_open)
            )
            lines["actions"].set_line(text, WARN, actions_page)
            self._destinations["actions"] = ("show", "actions", ActionsPage.SHOW_OVERDUE)
        else:
            text = (
                self.tr("No overdue actions ({open} still to do).").format(
                    open=labels.number(still_open)
                )
                if still_open
                else self.tr("No overdue actions, and none still to do.")
            )
            lines["actions"].set_line(text, CALM, actions_page)
            self._destinations["actions"] = ("show", "actions", ActionsPage.SHOW_OPEN)

        zones_page = self.tr("Opens the Zones & roster page.")
        vacant = attention.zones_without_spokesperson
        if vacant:
            names = ", ".join(
                self.tr("{number} — {name}").format(number=zone.number, name=zone.name)
                for zone in vacant[:ZONES_NAMED]
            )
            if len(vacant) > ZONES_NAMED:
                names = self.tr("{listed} and {count} more").format(
                    listed=names, count=len(vacant) - ZONES_NAMED
                )
            text = (
                self.tr("Zone without a spokesperson today: {zones}")
                if len(vacant) == 1
                else self.tr("Zones without a spokesperson today: {zones}")
            ).format(zones=names)
            lines["zones"].set_line(text, WARN, zones_page)
            self._destinations["zones"] = ("show", "zones", vacant[0].number)
        else:
            lines["zones"].set_line(
                self.tr("Every zone has a spokesperson today."), CALM, zones_page
            )
            self._destinations["zones"] = ("show", "zones", None)

        proposals_page = self.tr("Opens the Proposals page.")
        awaiting = attention.proposals_awaiting
        if awaiting:
            text = self.tr("Proposals awaiting a session: {count}").format(
                count=labels.number(awaiting)
            )
            lines["proposals"].set_line(text, NOTE, proposals_page)
        else:
            lines["proposals"].set_line(
                self.tr("No proposals awaiting a session."), CALM, proposals_page
            )
        self._destinations["proposals"] = ("show", "proposals", None)

    def _refs(self, sessions: tuple[SessionMention, ...], count: int) -> str:
        refs = ", ".join(mention.ref for mention in sessions)
        if count > len(sessions):
            return self.tr("{listed} and {count} more").format(
                listed=refs, count=labels.number(count - len(sessions))
            )
        return refs

    def follow(self, name: str) -> None:
        """Go where the line `name` of "What needs attention" points."""
        destination = self._destinations.get(name)
        if destination is None:
            return  # not loaded yet
        how, key, target = destination
        if how == "open":
            self.open_requested.emit(key, target)
        else:
            self.show_requested.emit(key, target)

    # --- integrity check -----------------------------------------------------------------

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
