"""The minutes of a session, item by item: discussion, decision, zone votes and actions.

Typing never waits for the database. The text of an item is staged as it is typed and saved
through `TaskManager.run_task` (the database lane, off the GUI thread) 0.4 s after typing
stops and at least every 5 s while it goes on, when another item is chosen, when an editor
loses focus, when the editor is hidden (another page, the window closing) and when it is
destroyed. `save_minutes_item` is a no-op for unchanged text, so saving often costs nothing. A
failed save keeps the text in the editor and says why; editing that item again tries again.

Another workstation may write the same item. Each save expects the item's version its text
started from, read on the lane when the save runs (so saves queued one behind the other never
refuse each other). A change elsewhere to the title, the votes or the other field is merged
quietly. If the same text was changed elsewhere, the typed text stays on screen, is not saved
again by itself, and a notice says who changed it when, shows the other text and offers the
choice: keep my text (saved over the other, which the audit log keeps as the old value) or
load the other text (mine goes to the clipboard and stays at hand until the notice is
dismissed). Approval waits while an item is in conflict. Votes are checked the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import (
    AgendaItemKind,
    MeetingStatus,
    Presence,
    ProposalStatus,
    VoteChoice,
)
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui import labels
from rtdesk.gui.messages import confirmed, show_error, translated
from rtdesk.gui.session_dialog import four_digit_year, qdate
from rtdesk.gui.table_model import RowsTableModel
from rtdesk.gui.tasks import TaskManager
from rtdesk.gui.widgets import open_kept, table_view
from rtdesk.services.minutes import ActionInput, MinutesChangedElsewhere, MinutesService
from rtdesk.services.proposals import ProposalRow, ProposalService
from rtdesk.services.sessions import ActionRow, AgendaItemRow, SessionDetail

# A pause this short after typing stops puts the text in the database: a crash or a closed
# lid can lose at most the last moment of typing.
AUTOSAVE_DELAY_MS = 400
# While typing goes on without a pause, a save still happens this often.
AUTOSAVE_AT_LEAST_EVERY_MS = 5000

Texts = tuple[str, str]  # (discussion, decision)


def vote_label(choice: VoteChoice | None) -> str:
    if choice is None:
        return QCoreApplication.translate("minutes", "Not voting")
    return {
        VoteChoice.IN_FAVOUR: QCoreApplication.translate("minutes", "In favour"),
        VoteChoice.AGAINST: QCoreApplication.translate("minutes", "Against"),
        VoteChoice.ABSTAINED: QCoreApplication.translate("minutes", "Abstained"),
    }[choice]


# ------------------------------------------------------------------------------ autosave

PREVIEW_CHARACTERS = 300


def _typed_text(edit: QPlainTextEdit) -> str:
    """The text exactly as typed: toPlainText() would turn non-breaking spaces into spaces."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


@dataclass(frozen=True)
class ItemConflict:
    """Text typed over a version of the item written elsewhere: held, not saved, until the
    user chooses which text to keep."""

    texts: Texts  # as typed (kept up to date while the user goes on typing)
    other: AgendaItemRow  # the item as the other side stored it
    changed_by: str
    changed_at: datetime | None


def _preview(conflict: ItemConflict) -> str:
    """The other side's text of the fields both sides changed, on one line, shortened."""
    other = (conflict.other.discussion, conflict.other.decision)
    parts = [theirs for mine, theirs in zip(conflict.texts, other, strict=True) if mine != theirs]
    text = " / ".join(" ".join(part.split()) for part in parts if part)
    if len(text) > PREVIEW_CHARACTERS:
        text = text[: PREVIEW_CHARACTERS - 1].rstrip() + "…"
    return text


def merge_texts(base: Texts, mine: Texts, theirs: Texts) -> tuple[Texts, bool]:
    """Field by field: the side that changed a field from `base` wins it. True when no field
    was changed differently by both sides; the fields both changed keep `mine` then."""
    merged = []
    clean = True
    for start, mine_field, their_field in zip(base, mine, theirs, strict=True):
        if mine_field in (start, their_field):
            merged.append(their_field)
        elif their_field == start:
            merged.append(mine_field)
        else:
            merged.append(mine_field)
            clean = False
    return (merged[0], merged[1]), clean


class ItemVersions:
    """The `row_version` of each item's stored text, shared by the GUI thread and the lane.

    A save job reads it when it runs on the lane and records the version it wrote, so saves
    queued back to back each expect the version the one before them wrote, not the one known
    when they were queued (which would make the editor conflict with itself).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}

    def get(self, item_uuid: str) -> int | None:
        with self._lock:
            return self._versions.get(item_uuid)

    def advance(self, item_uuid: str, version: int) -> None:
        # Versions only grow: a read made before one of our own saves must not take it back.
        with self._lock:
            if version > self._versions.get(item_uuid, version - 1):
                self._versions[item_uuid] = version

    def clear(self) -> None:
        with self._lock:
            self._versions.clear()


class MinutesAutosaver:
    """Staged texts and their saves; a plain object, so it outlives the editor widget and a
    save still runs after the widget is destroyed.

    Every save expects the item's version its text started from (`versions`). A save refused
    because the item was written elsewhere is tried again by itself only when nothing of
    anyone is lost: the stored text is still the one the typing started from (only the title
    or the votes changed), or the two sides changed different fields (`merge_texts`: each
    keeps its own). Otherwise the item is held in conflict, its text kept and never saved
    blindly, until the user chooses (`keep_mine` or `take_theirs`).

    `listener(item_uuid, row, error)` is told of each finished save while an editor listens.
    """

    def __init__(self, tasks: TaskManager) -> None:
        self.tasks = tasks
        self.service: MinutesService | None = None
        self.listener: Callable[[str, AgendaItemRow | None, BaseException | None], None] | None
        self.listener = None
        self.versions = ItemVersions()
        self._stored: dict[str, Texts] = {}  # as last read from or written to the database
        self._staged: dict[str, Texts] = {}  # typed, not yet handed to the lane
        self._submitted: dict[str, Texts] = {}  # handed to the lane, not yet confirmed
        # Refused by the service (item deleted, minutes locked, disk full): kept and shown, and
        # tried again only when that item is edited again, so one bad item does not keep the
        # indicator on "Not saved" for every other one.
        self._failed: dict[str, Texts] = {}
        self._conflicts: dict[str, ItemConflict] = {}
        self.in_flight = 0

    def _busy(self, item_uuid: str) -> bool:
        """Some text of the item is not in the database (typed, saving, refused, in conflict)."""
        return any(
            item_uuid in held
            for held in (self._staged, self._submitted, self._failed, self._conflicts)
        )

    def know(self, item_uuid: str, texts: Texts, version: int | None = None) -> None:
        """What the database holds for an item (from a reload, or a vote just stored)."""
        if self._busy(item_uuid) and (
            texts != self._stored.get(item_uuid) or self.saving(item_uuid)
        ):
            # What is typed started from the stored text known so far: a different text read
            # now was written elsewhere, and the save must find that out. A save still on the
            # lane was based on the older version and must not run with a newer one.
            return
        if version is not None:
            known = self.versions.get(item_uuid)
            if known is not None and version < known:
                return  # read before one of our own saves
            self.versions.advance(item_uuid, version)
        self._stored[item_uuid] = texts

    def stored_text(self, item_uuid: str) -> Texts | None:
        """What the database holds for an item, as last read or written (None: unknown)."""
        return self._stored.get(item_uuid)

    def latest(self, item_uuid: str) -> Texts | None:
        """The newest text of an item that the database may not have yet, else None."""
        conflict = self._conflicts.get(item_uuid)
        return (
            self._staged.get(item_uuid)
            or self._submitted.get(item_uuid)
            or (conflict.texts if conflict is not None else None)
            or self._failed.get(item_uuid)
        )

    def stage(self, item_uuid: str, texts: Texts) -> None:
        conflict = self._conflicts.get(item_uuid)
        if conflict is not None:
            # Not saved until the user chooses; what they go on typing is kept with it.
            self._conflicts[item_uuid] = replace(conflict, texts=texts)
            return
        self._failed.pop(item_uuid, None)
        self._staged[item_uuid] = texts

    def conflict(self, item_uuid: str | None) -> ItemConflict | None:
        return self._conflicts.get(item_uuid) if item_uuid is not None else None

    def conflicts(self) -> list[ItemConflict]:
        """The items held in conflict, in agenda order."""
        return sorted(self._conflicts.values(), key=lambda c: c.other.position)

    def saving(self, item_uuid: str) -> bool:
        """A save of the item is staged or on the lane."""
        return item_uuid in self._staged or item_uuid in self._submitted

    @property
    def failed(self) -> bool:
        """Some text was refused by the last save of its item, or is held in conflict."""
        return bool(self._failed) or bool(self._conflicts)

    @property
    def pending(self) -> bool:
        """Some text is staged and not yet saved, or a save has not finished."""
        return bool(self._staged) or self.in_flight > 0

    def flush(self) -> list[Future]:
        """Hand every staged text that differs from the database to the lane."""
        futures = []
        for item_uuid, texts in list(self._staged.items()):
            del self._staged[item_uuid]
            if texts == self._submitted.get(item_uuid, self._stored.get(item_uuid)):
                continue
            future = self._submit(item_uuid, texts)
            if future is not None:
                futures.append(future)
        return futures

    def keep_mine(self, item_uuid: str, texts: Texts | None = None) -> Future | None:
        """Save the typed text over the other one, whose text the audit entry keeps as old.

        Call it when no save of the item is on the lane any more (`saving` is False)."""
        conflict = self._conflicts.pop(item_uuid, None)
        if conflict is None:
            return None
        other = conflict.other
        self._stored[item_uuid] = (other.discussion, other.decision)
        # Exactly the version the user saw: anything written since is another conflict.
        return self._submit(
            item_uuid, texts or conflict.texts, overwriting=True, expected=other.row_version
        )

    def take_theirs(self, item_uuid: str) -> ItemConflict | None:
        """Drop the typed text of an item in conflict: the other text is the stored one.

        The caller sets the typed text aside first (it is in the conflict returned)."""
        conflict = self._conflicts.pop(item_uuid, None)
        if conflict is not None:
            other = conflict.other
            self._failed.pop(item_uuid, None)
            self.versions.advance(item_uuid, other.row_version)
            self._stored[item_uuid] = (other.discussion, other.decision)
        return conflict

    def _submit(
        self,
        item_uuid: str,
        texts: Texts,
        *,
        overwriting: bool = False,
        expected: int | None = None,
    ) -> Future | None:
        service = self.service
        if service is None:
            return None
        self._submitted[item_uuid] = texts
        self.in_flight += 1
        try:
            return self.tasks.run_task(
                lambda: self._save_on_lane(service, item_uuid, texts, overwriting, expected),
                lambda result=None, error=None: self._done(
                    item_uuid, texts, result, error, overwriting
                ),
            )
        except RuntimeError as error:  # the task manager is shut down
            self._done(item_uuid, texts, None, error, overwriting)
            return None

    def _save_on_lane(
        self,
        service: MinutesService,
        item_uuid: str,
        texts: Texts,
        overwriting: bool,
        expected: int | None,
    ) -> AgendaItemRow:
        """Runs on the lane: the version expected is read now, not when the save was queued."""
        row = service.save_minutes_item(
            item_uuid,
            *texts,
            expected_version=expected if expected is not None else self.versions.get(item_uuid),
            overwriting=overwriting,
        )
        self.versions.advance(item_uuid, row.row_version)
        return row

    def _done(
        self,
        item_uuid: str,
        texts: Texts,
        row: AgendaItemRow | None,
        error: BaseException | None,
        overwriting: bool = False,
    ) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        if self._submitted.get(item_uuid) == texts:
            del self._submitted[item_uuid]
        if error is None and row is not None:
            stored = (row.discussion, row.decision)
            self._stored[item_uuid] = stored
            conflict = self._conflicts.get(item_uuid)
            if conflict is not None and conflict.texts == stored:
                del self._conflicts[item_uuid]  # the other side wrote this very text
        elif isinstance(error, MinutesChangedElsewhere):
            self._changed_elsewhere(item_uuid, texts, error, overwriting)
        elif not self._busy(item_uuid):
            self._failed[item_uuid] = texts
        listener = self.listener
        if listener is not None:
            try:
                listener(item_uuid, row, error)
            except RuntimeError:  # the editor's widgets are gone
                self.listener = None

    def _changed_elsewhere(
        self, item_uuid: str, texts: Texts, error: MinutesChangedElsewhere, overwriting: bool
    ) -> None:
        other = error.current
        theirs = (other.discussion, other.decision)
        conflict = self._conflicts.get(item_uuid)
        if conflict is not None:
            # A save queued before the conflict was known: only the news about the other side.
            if other.row_version > conflict.other.row_version:
                self._conflicts[item_uuid] = replace(
                    conflict, other=other, changed_by=error.changed_by, changed_at=error.changed_at
                )
            return
        typed = self._staged.pop(item_uuid, None) or self._submitted.get(item_uuid) or texts
        base = self._stored.get(item_uuid)
        merged, clean = merge_texts(base, typed, theirs) if base is not None else (typed, False)
        self._failed.pop(item_uuid, None)
        if not clean:
            self._conflicts[item_uuid] = ItemConflict(
                merged, other, error.changed_by, error.changed_at
            )
            return
        # Nothing of anyone is lost (only the title or votes changed there, or the two sides
        # wrote different fields): saved over the new version, an informed retry.
        self._stored[item_uuid] = theirs
        if merged == theirs:
            if not self.saving(item_uuid):  # no older save queued may use the new version
                self.versions.advance(item_uuid, other.row_version)
        elif self._submitted.get(item_uuid) != merged:
            self._submit(item_uuid, merged, overwriting=overwriting, expected=other.row_version)

    def listener_gone_and_flush(self, *_args) -> None:
        """The editor was destroyed: save what it left staged, tell nobody."""
        self.listener = None
        self.flush()

    def forget(self) -> None:
        """Another session or database: nothing staged is carried over (flush first). What
        is known of items still being saved or in conflict stays: their saves need it."""
        self._stored = {u: t for u, t in self._stored.items() if self._busy(u)}

    def reset(self) -> None:
        """Another database: the saves handed to the lane for the previous one have run (the
        window waits for the lane before switching) but their callbacks were dropped."""
        self.in_flight = 0
        self._submitted.clear()
        self._failed.clear()
        self._conflicts.clear()
        self._stored.clear()
        self.versions.clear()


# ------------------------------------------------------------------------------ models


class MinutesItemsModel(RowsTableModel[AgendaItemRow]):
    COLUMN_ITEM = 0

    def headers(self) -> Sequence[str]:
        return [self.tr("Agenda item")]

    def display(self, row: AgendaItemRow, column: int) -> str:
        return self.tr("{number}. {title}").format(number=row.position, title=row.title)

    def tooltip(self, row: AgendaItemRow, column: int) -> str | None:
        return row.title

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Agenda order only."""


@dataclass(frozen=True)
class VoteLine:
    zone_number: int
    zone_name: str
    present: bool
    choice: VoteChoice | None


class VotesTableModel(RowsTableModel[VoteLine]):
    COLUMN_ZONE = 0
    COLUMN_PRESENT = 1
    COLUMN_VOTE = 2

    def headers(self) -> Sequence[str]:
        return [self.tr("Zone"), self.tr("Attendance"), self.tr("Vote")]

    def display(self, row: VoteLine, column: int) -> str:
        if column == self.COLUMN_ZONE:
            return self.tr("{number} — {name}").format(number=row.zone_number, name=row.zone_name)
        if column == self.COLUMN_PRESENT:
            return self.tr("Present") if row.present else self.tr("Not present")
        if column == self.COLUMN_VOTE:
            return vote_label(row.choice)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Zone order only."""


class ActionsTableModel(RowsTableModel[ActionRow]):
    COLUMN_WHAT = 0
    COLUMN_OWNER = 1
    COLUMN_DUE = 2

    def headers(self) -> Sequence[str]:
        return [self.tr("What"), self.tr("Who"), self.tr("By")]

    def display(self, row: ActionRow, column: int) -> str:
        if column == self.COLUMN_WHAT:
            return row.description.replace("\n", " ")
        if column == self.COLUMN_OWNER:
            return row.owner
        if column == self.COLUMN_DUE:
            return labels.short_date(row.due_date)
        return ""

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        return row.description if column == self.COLUMN_WHAT else None


# ------------------------------------------------------------------------------ dialogs


class ActionDialog(QDialog):
    """What, who and by when; calls add_action or update_action and stays open on refusal."""

    def __init__(
        self,
        service: MinutesService,
        item_uuid: str,
        *,
        action: ActionRow | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._item_uuid = item_uuid
        self.action = action
        self.saved: ActionRow | None = None
        self.setWindowTitle(self.tr("New action") if action is None else self.tr("Action"))
        self.resize(480, 280)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.what_edit = QPlainTextEdit(self)
        self.what_edit.setTabChangesFocus(True)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setMaxLength(200)
        self.owner_edit.setPlaceholderText(self.tr("A zone, a person, the secretariat…"))
        self.due_check = QCheckBox(self.tr("&Due by"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(four_digit_year(self.due_edit.displayFormat()))
        self.due_edit.setDate(qdate(today or date.today()))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        due.addStretch(1)
        what_label = QLabel(self.tr("&What:"), self)
        what_label.setBuddy(self.what_edit)
        owner_label = QLabel(self.tr("W&ho:"), self)
        owner_label.setBuddy(self.owner_edit)
        form.addRow(what_label, self.what_edit)
        form.addRow(owner_label, self.owner_edit)
        form.addRow(self.tr("By when:"), due)
        layout.addLayout(form)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        if action is not None:
            self.what_edit.setPlainText(action.description)
            self.owner_edit.setText(action.owner)
            self.due_check.setChecked(action.due_date is not None)
            if action.due_date is not None:
                self.due_edit.setDate(qdate(action.due_date))
        self.due_edit.setEnabled(self.due_check.isChecked())

    def input(self) -> ActionInput:
        return ActionInput(
            description=self.what_edit.toPlainText(),
            owner=self.owner_edit.text(),
            due_date=self.due_edit.date().toPython() if self.due_check.isChecked() else None,
        )

    def accept(self) -> None:
        try:
            if self.action is None:
                self.saved = self._service.add_action(self._item_uuid, self.input())
            else:
                self.saved = self._service.update_action(
                    self.action.uuid, self.input(), self.action.row_version
                )
        except RtdeskError as error:
            show_error(self, self.tr("The action was not saved"), error)
            return
        super().accept()


# ------------------------------------------------------------------------------ editor


class MinutesEditor(QWidget):
    """The Minutes tab. `changed` is emitted after votes or actions were stored (the text
    saves quietly; `save_state` carries the indicator text)."""

    changed = Signal()
    save_state = Signal(str)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.autosaver = MinutesAutosaver(tasks)
        self.autosaver.listener = self._saved
        # The widget may go while a save is staged: the plain autosaver still runs it.
        self.destroyed.connect(self.autosaver.listener_gone_and_flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.autosaver.flush)
        self._service: MinutesService | None = None
        self._proposals: ProposalService | None = None
        self._session: SessionDetail | None = None
        self._item_uuid: str | None = None
        self._loading = False
        self.dialog: ActionDialog | None = None
        # The text of an item the user replaced with the other workstation's, by item: it
        # stays at hand (Copy again) until the notice is closed, the clipboard being fragile.
        self._set_aside: dict[str, str] = {}

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.longest_wait = QTimer(self)
        self.longest_wait.setSingleShot(True)
        self.longest_wait.setInterval(AUTOSAVE_AT_LEAST_EVERY_MS)
        self.longest_wait.timeout.connect(self.save_now)
        # Saving is automatic; Ctrl+S is there for the hands that press it anyway.
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        splitter = QSplitter(self)
        self.items_model = MinutesItemsModel(self)
        self.items_view = table_view(self.items_model, splitter)
        self.items_view.setAccessibleName(self.tr("Agenda items"))
        self.items_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items_view.setWordWrap(True)
        splitter.addWidget(self.items_view)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel(right)
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self._conflict_notice(right))
        discussion_label = QLabel(self.tr("Di&scussion (summary):"), right)
        self.discussion_edit = QPlainTextEdit(right)
        self.discussion_edit.setTabChangesFocus(True)
        discussion_label.setBuddy(self.discussion_edit)
        decision_label = QLabel(self.tr("D&ecision (as resolved):"), right)
        self.decision_edit = QPlainTextEdit(right)
        self.decision_edit.setTabChangesFocus(True)
        decision_label.setBuddy(self.decision_edit)
        right_layout.addWidget(discussion_label)
        right_layout.addWidget(self.discussion_edit, 3)
        right_layout.addWidget(decision_label)
        right_layout.addWidget(self.decision_edit, 2)

        # An item about a proposal: what the session decided moves the proposal on, with this
        # session in its history (the proposals register shows it at once).
        self.proposal_row = QWidget(right)
        proposal_layout = QHBoxLayout(self.proposal_row)
        proposal_layout.setContentsMargins(0, 0, 0, 0)
        self.proposal_label = QLabel(self.proposal_row)
        self.proposal_label.setWordWrap(True)
        self.outcome_combo = QComboBox(self.proposal_row)
        self.outcome_combo.setAccessibleName(self.tr("Decision on the proposal"))
        for outcome in (
            ProposalStatus.APPROVED,
            ProposalStatus.REJECTED,
            ProposalStatus.DEFERRED,
            ProposalStatus.WITHDRAWN,
        ):
            self.outcome_combo.addItem(labels.proposal_status(outcome), outcome)
        self.record_decision_button = QPushButton(
            self.tr("&Record in the proposal's history"), self.proposal_row
        )
        self.record_decision_button.clicked.connect(self.record_proposal_decision)
        proposal_layout.addWidget(self.proposal_label, 1)
        proposal_layout.addWidget(self.outcome_combo)
        proposal_layout.addWidget(self.record_decision_button)
        right_layout.addWidget(self.proposal_row)
        self.proposal_row.hide()

        self.votes_box = QGroupBox(self.tr("Vote by zone"), right)
        votes_column = QVBoxLayout(self.votes_box)
        votes_layout = QHBoxLayout()
        votes_column.addLayout(votes_layout, 1)
        self.votes_model = VotesTableModel(self)
        self.votes_view = table_view(self.votes_model, self.votes_box)
        self.votes_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        votes_header = self.votes_view.horizontalHeader()
        votes_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The zone's long name gives way (its number stays readable): the vote must show.
        votes_header.setSectionResizeMode(
            VotesTableModel.COLUMN_ZONE, QHeaderView.ResizeMode.Stretch
        )
        votes_layout.addWidget(self.votes_view, 1)
        vote_buttons = QVBoxLayout()
        self.vote_buttons: dict[VoteChoice | None, QPushButton] = {}
        for choice, text in (
            (VoteChoice.IN_FAVOUR, self.tr("In &favour")),
            (VoteChoice.AGAINST, self.tr("A&gainst")),
            (VoteChoice.ABSTAINED, self.tr("Abs&tained")),
            (None, self.tr("&Not voting")),
        ):
            button = QPushButton(text, self.votes_box)
            button.setToolTip(self.tr("Record this vote for the selected zones"))
            button.clicked.connect(lambda _checked=False, c=choice: self.vote_selected(c))
            vote_buttons.addWidget(button)
            self.vote_buttons[choice] = button
        self.all_present_button = QPushButton(self.tr("All &present in favour"), self.votes_box)
        self.all_present_button.clicked.connect(self.all_present_in_favour)
        vote_buttons.addWidget(self.all_present_button)
        vote_buttons.addStretch(1)
        votes_layout.addLayout(vote_buttons)
        # Under the table, across the box: beside the buttons it was cut off on a laptop.
        self.vote_summary = QLabel(self.votes_box)
        self.vote_summary.setWordWrap(True)
        votes_column.addWidget(self.vote_summary)
        right_layout.addWidget(self.votes_box, 3)

        self.actions_box = QGroupBox(self.tr("Actions agreed"), right)
        actions_layout = QVBoxLayout(self.actions_box)
        self.actions_model = ActionsTableModel(self)
        self.actions_view = table_view(self.actions_model, self.actions_box)
        self.actions_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actions_view.horizontalHeader().setSectionResizeMode(
            ActionsTableModel.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch
        )
        self.actions_view.doubleClicked.connect(lambda _index: self.edit_action())
        actions_layout.addWidget(self.actions_view, 1)
        action_buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add a&ction…"), self.actions_box)
        self.edit_action_button = QPushButton(self.tr("Edit actio&n…"), self.actions_box)
        self.delete_action_button = QPushButton(self.tr("Remove acti&on"), self.actions_box)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button.clicked.connect(lambda: self.delete_action())
        for button in (self.add_action_button, self.edit_action_button, self.delete_action_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        actions_layout.addLayout(action_buttons)
        right_layout.addWidget(self.actions_box, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 780])
        layout.addWidget(splitter, 1)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Saving state"))
        layout.addWidget(self.state_label)

        self.items_view.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.discussion_edit.textChanged.connect(self._typed)
        self.decision_edit.textChanged.connect(self._typed)
        self.discussion_edit.installEventFilter(self)
        self.decision_edit.installEventFilter(self)
        self.actions_view.selectionModel().currentRowChanged.connect(self._update_enabled)
        self.votes_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self._show_item(None)

    def _conflict_notice(self, parent: QWidget) -> QFrame:
        """The notice shown above the text of an item written elsewhere while it was typed."""
        self.conflict_box = QFrame(parent)
        self.conflict_box.setObjectName("conflictBox")
        self.conflict_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_box.setStyleSheet(
            "#conflictBox { background: #fff4e0; border: 1px solid #d08000; border-radius: 4px; }"
            " #conflictBox QLabel { color: #202020; }"
        )
        box = QHBoxLayout(self.conflict_box)
        self.conflict_icon = QLabel(self.conflict_box)
        self.conflict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.conflict_icon)
        column = QVBoxLayout()
        self.conflict_label = QLabel(self.conflict_box)
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.conflict_label)
        # What the other side wrote, so that the choice is not made blind.
        self.conflict_other = QLabel(self.conflict_box)
        self.conflict_other.setWordWrap(True)
        self.conflict_other.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_other.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.conflict_other)
        self.conflict_choice = QLabel(self.conflict_box)
        self.conflict_choice.setWordWrap(True)
        self.conflict_choice.setText(
            self.tr(
                "Keep my text: it replaces the other one, which stays in the change log. "
                "Load the other text: it replaces yours on screen, and yours is copied to the "
                "clipboard."
            )
        )
        column.addWidget(self.conflict_choice)
        buttons = QHBoxLayout()
        self.keep_mine_button = QPushButton(self.tr("&Keep my text"), self.conflict_box)
        self.keep_mine_button.setToolTip(
            self.tr("Save your text over the other one (the other one stays in the change log)")
        )
        self.load_other_button = QPushButton(self.tr("&Load the other text"), self.conflict_box)
        self.load_other_button.setToolTip(
            self.tr("Show the other text instead of yours (yours is copied to the clipboard)")
        )
        self.copy_again_button = QPushButton(self.tr("Cop&y my text again"), self.conflict_box)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self.conflict_box)
        self.keep_mine_button.clicked.connect(self.keep_my_text)
        self.load_other_button.clicked.connect(self.load_other_text)
        self.copy_again_button.clicked.connect(self.copy_my_text_again)
        self.dismiss_button.clicked.connect(self.dismiss_set_aside)
        for button in (
            self.keep_mine_button,
            self.load_other_button,
            self.copy_again_button,
            self.dismiss_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        box.addLayout(column, 1)
        self.conflict_box.hide()
        return self.conflict_box

    def bind(self, service: MinutesService, proposals: ProposalService | None = None) -> None:
        self._proposals = proposals
        if service is not self.autosaver.service:
            self.save_now()
            if self.autosaver.service is not None:
                # The previous database's saves ran before the window switched; their
                # callbacks were dropped, so nothing of theirs may linger.
                self.autosaver.tasks.wait_for_queued()
                self.autosaver.reset()
        self.autosaver.service = service
        self.autosaver.forget()
        self._service = service

    # --- showing -------------------------------------------------------------------------

    def show_session(self, session: SessionDetail | None) -> None:
        """Show a session (or the same one read again); text being typed is kept."""
        self.save_now()
        same = (
            session is not None and self._session is not None and session.uuid == self._session.uuid
        )
        chosen = self._item_uuid if same else None
        self._session = session
        items = session.agenda if session else ()
        for item in items:
            self.autosaver.know(item.uuid, (item.discussion, item.decision), item.row_version)
        self._loading = True
        self.items_model.set_rows(items)
        self._loading = False
        locked = session is not None and session.locked
        if locked:
            assert session is not None
            self.notice.setText(
                self.tr(
                    "These minutes were approved at session {ref} on {day} and are locked: "
                    "they can no longer be edited. A correction is recorded as an erratum "
                    "(Documents tab)."
                ).format(
                    ref=session.approved_at_ref or "?", day=labels.short_date(session.approved_on)
                )
            )
        self.notice.setVisible(locked)
        for edit in (self.discussion_edit, self.decision_edit):
            edit.setReadOnly(session is None or locked)
        row = next((i for i, r in enumerate(items) if r.uuid == chosen), 0 if items else -1)
        if row >= 0:
            self.select_item_row(row)
        else:
            self._show_item(None)
        if not same:
            if self.autosaver.conflicts():
                self._show_state()  # text of another session's item still waits for a choice
            else:
                self.state_label.setText("")

    def current_item(self) -> AgendaItemRow | None:
        if self._item_uuid is None:
            return None
        return next((r for r in self.items_model.rows() if r.uuid == self._item_uuid), None)

    def select_item_row(self, row: int) -> None:
        index = self.items_model.index(row, 0)
        if self.items_view.currentIndex() == index:
            self._show_item(self.items_model.row_at(row))
        else:
            self.items_view.setCurrentIndex(index)
            self.items_view.selectRow(row)

    def _item_chosen(self, current, _previous) -> None:
        if self._loading:
            return
        self.save_now()
        self._show_item(self.items_model.row_at(current.row()) if current.isValid() else None)

    def _show_item(self, item: AgendaItemRow | None) -> None:
        self._loading = True
        try:
            self._item_uuid = item.uuid if item else None
            if item is None:
                self.item_title.setText(
                    self.tr("Add items to the agenda first: the minutes follow the agenda.")
                    if self._session is not None
                    else ""
                )
                texts: Texts = ("", "")
            else:
                self.item_title.setText(
                    self.tr("Item {number}: {title}").format(number=item.position, title=item.title)
                )
                # The agenda rows were read with the session; a save since then is newer.
                stored = self.autosaver.stored_text(item.uuid) or (item.discussion, item.decision)
                # Approved minutes are shown as approved (as just read), never with text that
                # was not saved.
                locked = self._session is not None and self._session.locked
                if locked:
                    texts = (item.discussion, item.decision)
                else:
                    texts = self.autosaver.latest(item.uuid) or stored
            for edit, text in zip((self.discussion_edit, self.decision_edit), texts, strict=True):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self._show_votes(item)
            self._show_proposal(item)
            self.actions_model.set_rows(item.actions if item else ())
            self.votes_box.setVisible(item is not None and item.kind is AgendaItemKind.DECISION)
        finally:
            self._loading = False
        self._show_conflict()
        self._update_enabled()

    def _show_votes(self, item: AgendaItemRow | None) -> None:
        if item is None or self._session is None:
            self.votes_model.set_rows(())
            self.vote_summary.setText("")
            return
        votes = {v.zone_number: v.choice for v in item.votes}
        self.votes_model.set_rows(
            VoteLine(
                a.zone_number, a.zone_name, a.presence is Presence.PRESENT, votes.get(a.zone_number)
            )
            for a in self._session.attendance
        )
        if not votes:
            self.vote_summary.setText(self.tr("No vote recorded."))
            return
        counts = {c: sum(1 for v in votes.values() if v is c) for c in VoteChoice}
        self.vote_summary.setText(
            self.tr("In favour {favour}, against {against}, abstained {abstained}.").format(
                favour=counts[VoteChoice.IN_FAVOUR],
                against=counts[VoteChoice.AGAINST],
                abstained=counts[VoteChoice.ABSTAINED],
            )
        )

    # --- the decision on a proposal ------------------------------------------------------

    def _linked_proposal(self, item: AgendaItemRow | None) -> ProposalRow | None:
        if item is None or not item.proposal_code or self._proposals is None:
            return None
        rows = self._proposals.list_proposals(text=item.proposal_code)
        return rows[0] if rows else None

    def _show_proposal(self, item: AgendaItemRow | None) -> None:
        proposal = self._linked_proposal(item)
        self.proposal_row.setVisible(proposal is not None)
        if proposal is None:
            return
        self.proposal_label.setText(
            self.tr("Proposal {code} ({status}). The session decided:").format(
                code=proposal.code, status=labels.proposal_status(proposal.status)
            )
        )

    def record_proposal_decision(self) -> bool:
        """Record the chosen outcome in the linked proposal's history, with this session."""
        item = self.current_item()
        proposal = self._linked_proposal(item)
        if proposal is None or self._session is None or self._proposals is None:
            return False
        if not self.record_decision_button.isEnabled():
            return False
        outcome = self.outcome_combo.currentData()
        try:
            self._proposals.decided(
                proposal.uuid, self._session.ref, outcome, note=_typed_text(self.decision_edit)
            )
        except RtdeskError as error:
            show_error(self, self.tr("The decision was not recorded"), error)
            return False
        self._show_proposal(item)
        self.save_state.emit(
            self.tr("Proposal {code}: {status} at session {ref}.").format(
                code=proposal.code, status=labels.proposal_status(outcome), ref=self._session.ref
            )
        )
        return True

    def _update_enabled(self, *_args) -> None:
        editable = self._session is not None and not self._session.locked
        item = self.current_item()
        has_item = editable and item is not None
        for edit in (self.discussion_edit, self.decision_edit):
            edit.setEnabled(item is not None)
        selected = bool(self.votes_view.selectionModel().selectedRows())
        for button in self.vote_buttons.values():
            button.setEnabled(has_item and selected)
        self.all_present_button.setEnabled(has_item)
        # A decision is taken at the session: not before it is held.
        held = self._session is not None and self._session.status in (
            MeetingStatus.HELD,
            MeetingStatus.MINUTES_DRAFTED,
        )
        self.outcome_combo.setEnabled(has_item and held)
        self.record_decision_button.setEnabled(has_item and held)
        self.add_action_button.setEnabled(has_item)
        has_action = self.actions_view.currentIndex().isValid()
        self.edit_action_button.setEnabled(has_item and has_action)
        self.delete_action_button.setEnabled(has_item and has_action)

    # --- autosave ------------------------------------------------------------------------

    def texts(self) -> Texts:
        return (_typed_text(self.discussion_edit), _typed_text(self.decision_edit))

    def _typed(self) -> None:
        if self._loading or self._item_uuid is None:
            return
        if self._session is None or self._session.locked:
            return
        self.autosaver.stage(self._item_uuid, self.texts())
        if self.autosaver.conflict(self._item_uuid) is not None:
            self._show_state()  # kept, not saved: the user chooses first
            return
        self.timer.start()
        if not self.longest_wait.isActive():
            self.longest_wait.start()
        self._set_state(self.tr("Not saved yet…"))

    def save_now(self) -> list[Future]:
        """Hand what was typed to the database lane now (never waits for it)."""
        self.timer.stop()
        self.longest_wait.stop()
        futures = self.autosaver.flush()
        if futures:
            self._set_state(self.tr("Saving…"))
        return futures

    def settle(self) -> bool:
        """Save now and wait until the database has it: before work that reads the minutes
        (approval, printing), so that it sees the last word typed. False if some text could
        not be saved (the indicator says why)."""
        self.save_now()
        # Also the saves queued earlier, by the timer or a focus change. A save refused for a
        # change elsewhere that loses nobody's text (title, votes, the other field) queues
        # itself again: a few rounds.
        for _round in range(5):
            self.autosaver.tasks.wait_for_queued()
            QCoreApplication.processEvents()  # their callbacks: failures are known after this
            if not self.autosaver.pending:
                break
        # An item in conflict counts as failed: approval must wait for the user's choice.
        return not self.autosaver.failed and not self.autosaver.pending

    def unsaved_text_problem(self) -> str | None:
        """Before the database goes away (closing, opening another): None when every word
        typed is saved, else what the indicator says is wrong (a conflict, a refusal)."""
        if self.settle():
            return None
        return self.state_label.text()

    def _saved(self, item_uuid: str, row: AgendaItemRow | None, error: BaseException | None):
        if error is not None and not isinstance(error, MinutesChangedElsewhere):
            reason = translated(error.text) if isinstance(error, RtdeskError) else str(error)
            self._set_state(self.tr("Not saved: {reason}").format(reason=reason), problem=True)
            return
        if item_uuid == self._item_uuid:
            if error is not None:
                self._show_latest_text()
            self._show_conflict()
        self._show_state()

    def _show_latest_text(self) -> None:
        """After a save refused for a change elsewhere: a field the user had left alone now
        holds the other side's text (typed fields are the same on screen and in the saver)."""
        if self._item_uuid is None:
            return
        texts = self.autosaver.latest(self._item_uuid) or self.autosaver.stored_text(
            self._item_uuid
        )
        if texts is None:
            return
        self._loading = True
        try:
            for edit, text in zip((self.discussion_edit, self.decision_edit), texts, strict=True):
                if _typed_text(edit) != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False

    def _show_state(self) -> None:
        """The indicator after a save: items in conflict first, they are not saved."""
        conflicts = self.autosaver.conflicts()
        if len(conflicts) == 1:
            self._set_state(
                self.tr(
                    "Not saved: the minutes of item {number} were changed elsewhere. "
                    "Choose which text to keep."
                ).format(number=conflicts[0].other.position),
                problem=True,
            )
            return
        if conflicts:
            self._set_state(
                self.tr(
                    "Not saved: the minutes of items {numbers} were changed elsewhere. "
                    "Choose which text to keep on each."
                ).format(numbers=", ".join(str(c.other.position) for c in conflicts)),
                problem=True,
            )
            return
        if self.autosaver.pending:
            return
        moment = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self._set_state(self.tr("Saved at {time}").format(time=moment))

    # --- text changed elsewhere ----------------------------------------------------------

    def _show_conflict(self) -> None:
        """The notice of the item shown: in conflict, or its text set aside for the user."""
        item_uuid = self._item_uuid
        conflict = self.autosaver.conflict(item_uuid)
        set_aside = item_uuid is not None and item_uuid in self._set_aside
        if conflict is not None:
            if conflict.changed_at is not None:
                local = conflict.changed_at.astimezone()
                moment = QLocale().toString(
                    QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
                )
                what = self.tr(
                    "The minutes of this item were changed elsewhere by {user} on {day} at "
                    "{time}, while you were writing. Your text below is not saved yet."
                ).format(
                    user=conflict.changed_by,
                    day=labels.short_date(local.date()),
                    time=moment,
                )
            else:
                what = self.tr(
                    "The minutes of this item were changed elsewhere by {user}, while you were "
                    "writing. Your text below is not saved yet."
                ).format(user=conflict.changed_by)
            self.conflict_label.setText(what)
            preview = _preview(conflict)
            self.conflict_other.setText(
                self.tr("The other text: “{text}”").format(text=preview)
                if preview
                else self.tr("The other text is empty: it was deleted there.")
            )
        elif set_aside:
            self.conflict_label.setText(
                self.tr(
                    "The other text is shown now. Your text was copied to the clipboard: paste "
                    "it (Ctrl+V) wherever you need it. It stays here until you dismiss this "
                    "message."
                )
            )
        self.conflict_choice.setVisible(conflict is not None)
        self.conflict_other.setVisible(conflict is not None)
        self.keep_mine_button.setVisible(conflict is not None)
        self.load_other_button.setVisible(conflict is not None)
        self.copy_again_button.setVisible(conflict is None and set_aside)
        self.dismiss_button.setVisible(conflict is None and set_aside)
        # A warning while something is not saved; then only information.
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if conflict is not None
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.conflict_icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.conflict_box.setVisible(conflict is not None or set_aside)

    def _settle_item(self, item_uuid: str) -> None:
        """Wait until no save of the item is on the lane: the choice is made on what the
        database holds, and no earlier save of the item may run after it."""
        if self.autosaver.saving(item_uuid):
            self.save_now()
            self.autosaver.tasks.wait_for_queued()
            QCoreApplication.processEvents()

    def keep_my_text(self) -> bool:
        """Save the text on screen over the one written elsewhere."""
        item_uuid = self._item_uuid
        if item_uuid is None:
            return False
        self._settle_item(item_uuid)
        if self.autosaver.conflict(item_uuid) is None:
            self._show_conflict()
            return False
        future = self.autosaver.keep_mine(item_uuid, self.texts())
        self._show_conflict()
        self._set_state(self.tr("Saving…"))
        return future is not None

    def load_other_text(self) -> bool:
        """Show the text written elsewhere; the user's text goes to the clipboard first."""
        item_uuid = self._item_uuid
        if item_uuid is None:
            return False
        self._settle_item(item_uuid)
        conflict = self.autosaver.conflict(item_uuid)
        if conflict is None:
            self._show_conflict()
            return False
        other = (conflict.other.discussion, conflict.other.decision)
        mine = self._set_aside_text(self.texts(), other)
        self._set_aside[item_uuid] = mine
        QGuiApplication.clipboard().setText(mine)
        self.autosaver.take_theirs(item_uuid)
        self._loading = True
        try:
            for edit, text in zip((self.discussion_edit, self.decision_edit), other, strict=True):
                edit.setPlainText(text)
        finally:
            self._loading = False
        self._show_conflict()
        if self.autosaver.conflicts():
            self._show_state()
        else:
            self._set_state(
                self.tr(
                    "The other text of item {number} is shown; yours is on the clipboard."
                ).format(number=conflict.other.position)
            )
        # Votes and actions may have changed there too: the page reads the session again.
        self.changed.emit()
        return True

    def _set_aside_text(self, mine: Texts, other: Texts) -> str:
        """What goes to the clipboard: the fields the user wrote differently, labelled when
        both did."""
        discussion, decision = (
            text if text != theirs else "" for text, theirs in zip(mine, other, strict=True)
        )
        if discussion and decision:
            return self.tr("Discussion:\n{discussion}\n\nDecision:\n{decision}").format(
                discussion=discussion, decision=decision
            )
        return discussion or decision or "\n\n".join(text for text in mine if text)

    def copy_my_text_again(self) -> bool:
        text = self._set_aside.get(self._item_uuid or "")
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text)
        self._set_state(self.tr("Your text was copied to the clipboard again."))
        return True

    def dismiss_set_aside(self) -> None:
        self._set_aside.pop(self._item_uuid or "", None)
        self._show_conflict()

    def _set_state(self, text: str, *, problem: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "")
        self.save_state.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.discussion_edit,
            self.decision_edit,
        ):
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- votes ---------------------------------------------------------------------------

    def vote_selected(self, choice: VoteChoice | None) -> bool:
        zones = [
            self.votes_model.row_at(i.row()).zone_number
            for i in self.votes_view.selectionModel().selectedRows()
        ]
        return self.set_votes_of(zones, choice)

    def set_votes_of(self, zones: Sequence[int], choice: VoteChoice | None) -> bool:
        item = self.current_item()
        if item is None or self._service is None:
            return False
        votes = {v.zone_number: v.choice for v in item.votes}
        for zone in zones:
            if choice is None:
                votes.pop(zone, None)
            else:
                votes[zone] = choice
        return self._store_votes(item, votes)

    def all_present_in_favour(self) -> bool:
        item = self.current_item()
        if item is None or self._session is None:
            return False
        votes = {
            a.zone_number: VoteChoice.IN_FAVOUR
            for a in self._session.attendance
            if a.presence is Presence.PRESENT
        }
        return self._store_votes(item, votes)

    def _store_votes(self, item: AgendaItemRow, votes: dict[int, VoteChoice]) -> bool:
        assert self._service is not None
        # A text save of this item still on the lane would bump its version under the vote.
        self._settle_item(item.uuid)
        version = self.autosaver.versions.get(item.uuid)
        try:
            try:
                row = self._service.set_votes(item.uuid, votes, expected_version=version)
            except MinutesChangedElsewhere as error:
                if error.current.votes != item.votes:
                    raise
                # Only the text or the title changed there: the votes shown are still the
                # stored ones, so this vote overwrites nobody's.
                row = self._service.set_votes(
                    item.uuid, votes, expected_version=error.current.row_version
                )
        except MinutesChangedElsewhere as error:
            show_error(self, self.tr("The vote was not recorded"), error)
            self.changed.emit()  # the page shows the votes as they are now
            return False
        except RtdeskError as error:
            show_error(self, self.tr("The vote was not recorded"), error)
            return False
        # The vote bumped the item's version; the text typed still starts from its text.
        self.autosaver.know(item.uuid, (row.discussion, row.decision), row.row_version)
        self.changed.emit()
        return True

    # --- actions -------------------------------------------------------------------------

    def current_action(self) -> ActionRow | None:
        index = self.actions_view.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def add_action(self) -> ActionDialog | None:
        return self._open_action(None)

    def edit_action(self) -> ActionDialog | None:
        action = self.current_action()
        return self._open_action(action) if action is not None else None

    def _open_action(self, action: ActionRow | None) -> ActionDialog | None:
        item = self.current_item()
        if item is None or self._service is None or self._session is None:
            return None
        if self._session.locked:
            return None
        dialog = ActionDialog(self._service, item.uuid, action=action, parent=self)
        return open_kept(self, dialog, self.changed.emit)

    def delete_action(self, *, confirm: bool = True) -> bool:
        action = self.current_action()
        if action is None or self._service is None:
            return False
        if confirm and not confirmed(
            self,
            self.tr("Remove action"),
            self.tr("Remove the action “{what}”?").format(what=action.description),
        ):
            return False
        try:
            self._service.delete_action(action.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The action was not removed"), error)
            return False
        self.changed.emit()
        return True
