"""Dialog for one agenda item: title, kind, presenter, linked proposal and attachments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.enums import AgendaItemKind
from rtdesk.domain.errors import ConflictError, RtdeskError
from rtdesk.gui.messages import show_error
from rtdesk.services.sessions import AgendaItemInput, AgendaItemRow, SessionService

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Attachment:
    label: str
    reference: str
    uuid: str | None  # None: added in this dialog, not stored yet


def kind_label(kind: AgendaItemKind) -> str:
    return {
        AgendaItemKind.INFORMATION: QCoreApplication.translate("agenda", "Information"),
        AgendaItemKind.DISCUSSION: QCoreApplication.translate("agenda", "Discussion"),
        AgendaItemKind.DECISION: QCoreApplication.translate("agenda", "Decision"),
    }[kind]


class AgendaItemDialog(QDialog):
    """Adds or changes one item and its attachments; stays open when the service refuses.

    The item is saved first, then the attachments removed and added (each its own step, as
    the service offers them); `saved` holds the item as finally stored.
    """

    def __init__(
        self,
        service: SessionService,
        session_uuid: str,
        proposals: Sequence[tuple[str, str]],  # (code, title) of those awaiting a session
        *,
        item: AgendaItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._session_uuid = session_uuid
        self.item = item
        self.saved: AgendaItemRow | None = None
        self.setWindowTitle(
            self.tr("New agenda item")
            if item is None
            else self.tr("Agenda item {number}").format(number=item.position)
        )
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(500)
        self.kind_combo = QComboBox(self)
        for kind in AgendaItemKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.presenter_edit = QLineEdit(self)
        self.presenter_edit.setMaxLength(200)
        self.proposal_combo = QComboBox(self)
        self.proposal_combo.setEditable(True)
        self.proposal_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.proposal_combo.addItem(self.tr("(no proposal)"), "")
        for code, title in proposals:
            self.proposal_combo.addItem(
                self.tr("{code} — {title}").format(code=code, title=title), code
            )
        self.proposal_combo.setToolTip(
            self.tr(
                "The proposals awaiting a session are listed. For any other (a report on an "
                "approved one, say), type its code."
            )
        )
        completer = QCompleter(self.proposal_combo.model(), self.proposal_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.proposal_combo.setCompleter(completer)
        for caption, widget in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Presenter:"), self.presenter_edit),
            (self.tr("P&roposal:"), self.proposal_combo),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)

        attachments_label = QLabel(self.tr("&Attachments (references to documents):"), self)
        layout.addWidget(attachments_label)
        self.attachments = QTableWidget(0, 2, self)
        self.attachments.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Reference")])
        self.attachments.verticalHeader().setVisible(False)
        self.attachments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        attachments_label.setBuddy(self.attachments)
        layout.addWidget(self.attachments, 1)
        buttons = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("Add a&ttachment"), self)
        self.remove_attachment_button = QPushButton(self.tr("Remo&ve attachment"), self)
        self.add_attachment_button.clicked.connect(lambda: self.add_attachment_row("", ""))
        self.remove_attachment_button.clicked.connect(self.remove_attachment_row)
        buttons.addWidget(self.add_attachment_button)
        buttons.addWidget(self.remove_attachment_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "An attachment is a reference (protocol number, file name, link): the document "
                "itself stays where it is filed."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

        self._stored: dict[str, tuple[str, str]] = {}
        if item is not None:
            self.title_edit.setText(item.title)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
            self.presenter_edit.setText(item.presenter)
            self.choose_proposal(item.proposal_code)
            for attachment in item.attachments:
                self._stored[attachment.uuid] = (attachment.label, attachment.reference)
                self.add_attachment_row(attachment.label, attachment.reference, attachment.uuid)
        else:
            self.proposal_combo.setCurrentIndex(0)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    # --- values --------------------------------------------------------------------------

    def choose_proposal(self, code: str) -> None:
        position = self.proposal_combo.findData(code)
        if position < 0 and code:
            # A proposal no longer listed (or filtered out) keeps its link.
            self.proposal_combo.addItem(code, code)
            position = self.proposal_combo.count() - 1
        self.proposal_combo.setCurrentIndex(max(position, 0))

    def chosen_proposal(self) -> str:
        combo = self.proposal_combo
        position = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if position >= 0:
            return combo.itemData(position) or ""
        # A code typed by hand: the service says whether it exists.
        return combo.currentText().strip().split(" ", 1)[0]

    def add_attachment_row(self, label: str, reference: str, uuid: str | None = None) -> None:
        row = self.attachments.rowCount()
        self.attachments.insertRow(row)
        first = QTableWidgetItem(label)
        first.setData(UUID_ROLE, uuid)
        self.attachments.setItem(row, 0, first)
        self.attachments.setItem(row, 1, QTableWidgetItem(reference))
        if not label:
            self.attachments.setCurrentCell(row, 0)
            self.attachments.editItem(first)

    def remove_attachment_row(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.removeRow(row)

    def attachment_rows(self) -> list[_Attachment]:
        rows = []
        for row in range(self.attachments.rowCount()):
            first = self.attachments.item(row, 0)
            second = self.attachments.item(row, 1)
            label = first.text().strip() if first else ""
            reference = second.text().strip() if second else ""
            if label or reference:
                rows.append(
                    _Attachment(
                        label or reference, reference, first.data(UUID_ROLE) if first else None
                    )
                )
        return rows

    def input(self) -> AgendaItemInput:
        return AgendaItemInput(
            title=self.title_edit.text(),
            kind=AgendaItemKind(self.kind_combo.currentData()),
            presenter=self.presenter_edit.text(),
            proposal_code=self.chosen_proposal(),
        )

    def _update_ok(self, *_args) -> None:
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        # An attachment cell still being edited is committed before reading the table.
        self.attachments.setCurrentItem(None)
        try:
            if self.item is None and self.saved is None:
                self.saved = self._service.add_agenda_item(self._session_uuid, self.input())
            else:
                current = self.saved or self.item
                assert current is not None
                self.saved = self._update(current)
            self._save_attachments(self.saved.uuid)
        except RtdeskError as error:
            show_error(self, self.tr("The agenda item was not saved"), error)
            return
        super().accept()

    def _update(self, current: AgendaItemRow) -> AgendaItemRow:
        try:
            return self._service.update_agenda_item(current.uuid, self.input(), current.row_version)
        except ConflictError:
            # Autosaved minutes, votes or actions (of this desk or another) move the item's
            # version on too. When what this dialog edits is as it was read, nothing of
            # anyone's is overwritten: save over the newer version.
            latest = next(
                (
                    i
                    for i in self._service.session(self._session_uuid).agenda
                    if i.uuid == current.uuid
                ),
                None,
            )
            if latest is None or _agenda_fields(latest) != _agenda_fields(current):
                raise
            return self._service.update_agenda_item(current.uuid, self.input(), latest.row_version)

    def _save_attachments(self, item_uuid: str) -> None:
        wanted = self.attachment_rows()
        kept = {a.uuid for a in wanted if a.uuid is not None}
        for uuid in list(self._stored):
            changed = any(
                a.uuid == uuid and (a.label, a.reference) != self._stored[uuid] for a in wanted
            )
            if uuid not in kept or changed:
                self._service.remove_attachment(uuid)
                del self._stored[uuid]
        for row in range(self.attachments.rowCount()):
            first = self.attachments.item(row, 0)
            if first is None:
                continue
            uuid = first.data(UUID_ROLE)
            if uuid in self._stored:
                continue
            second = self.attachments.item(row, 1)
            label, reference = first.text().strip(), second.text().strip() if second else ""
            if not (label or reference):
                continue
            stored = self._service.add_attachment(item_uuid, label or reference, reference)
            # Remembered at once: a refusal further on must not add it twice on the next OK.
            first.setData(UUID_ROLE, stored.uuid)
            self._stored[stored.uuid] = (stored.label, stored.reference)


def _agenda_fields(item: AgendaItemRow) -> tuple:
    """What the agenda item dialog edits (the minutes, votes and actions are not here)."""
    return (item.title, item.kind, item.presenter, item.proposal_code, item.attachments)
