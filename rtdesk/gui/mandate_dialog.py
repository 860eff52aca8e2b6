"""Dialog to add a mandate, correct one, or end one (only the end date can then change)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.forms.ui_mandate_dialog import Ui_MandateDialog
from rtdesk.gui.messages import show_error
from rtdesk.gui.person_dialog import PersonDialog
from rtdesk.services.roster import (
    MandateInput,
    MandateResult,
    MandateRow,
    PersonRow,
    RosterService,
)
from rtdesk.services.zones import MunicipalityRow, ZoneSummary


class MandateMode(Enum):
    ADD = "add"
    EDIT = "edit"
    END = "end"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class MandateDialog(QDialog):
    """Calls add_mandate, update_mandate or end_mandate; stays open when the service refuses
    (the rules of the roster are the service's), showing its message and advice.

    After acceptance `result` holds the saved row and the warnings to show; `created_people`
    the people added with “New person…” meanwhile (each one is its own undo step).
    """

    def __init__(
        self,
        service: RosterService,
        people: Sequence[PersonRow],
        zones: Sequence[ZoneSummary],
        municipalities: Sequence[MunicipalityRow],
        *,
        mode: MandateMode = MandateMode.ADD,
        zone_number: int | None = None,
        mandate: MandateRow | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MandateDialog()
        self.ui.setupUi(self)
        self._service = service
        self._municipalities = list(municipalities)
        self.mode = mode
        self.mandate = mandate
        self.result: MandateResult | None = None
        self.created_people: list[PersonRow] = []
        self.person_dialog: PersonDialog | None = None
        self.person_created: Callable[[PersonRow], None] | None = None
        today = today or date.today()

        titles = {
            MandateMode.ADD: self.tr("New mandate"),
            MandateMode.EDIT: self.tr("Edit mandate"),
            MandateMode.END: self.tr("End mandate"),
        }
        self.setWindowTitle(titles[mode])
        for edit in (self.ui.startDate, self.ui.endDate, self.ui.electedDate):
            edit.setDisplayFormat(_four_digit_year(edit.displayFormat()))
            edit.setDate(_qdate(today))

        combo = self.ui.personCombo
        for person in people:
            combo.addItem(self._person_text(person), person.uuid)
        combo.setCurrentIndex(-1)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

        for zone in zones:
            self.ui.zoneCombo.addItem(
                self.tr("{number} — {name}").format(number=zone.number, name=zone.name),
                zone.number,
            )
        self.ui.roleCombo.addItem(self.tr("Spokesperson"), MandateRole.SPOKESPERSON.value)
        self.ui.roleCombo.addItem(self.tr("Deputy spokesperson"), MandateRole.DEPUTY.value)
        self.ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        self.ui.newPersonButton.clicked.connect(self.open_person_dialog)

        if mandate is not None:
            self._show(mandate)
        else:
            self.choose_zone(zone_number)
            self.ui.roleCombo.setCurrentIndex(0)
        self.ui.hintLabel.setText(
            self.tr(
                "A mandate ends on its last day in office; the successor starts the next day. "
                "The assembly date is when the mayors of the zone elected the person."
            )
        )
        if mode is MandateMode.END:
            for widget in (
                self.ui.personCombo,
                self.ui.newPersonButton,
                self.ui.zoneCombo,
                self.ui.roleCombo,
                self.ui.vicarCheck,
                self.ui.startDate,
                self.ui.endCheck,
                self.ui.electedCheck,
                self.ui.electedDate,
                self.ui.notesEdit,
            ):
                widget.setEnabled(False)
            self.ui.endCheck.setChecked(True)
            self.ui.endDate.setEnabled(True)
            if mandate is not None and mandate.end_date is None:
                self.ui.endDate.setDate(_qdate(max(today, mandate.start_date)))
            self.ui.endDate.setFocus()
        self._role_changed()
        combo.currentTextChanged.connect(self._update_ok)
        self.ui.zoneCombo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()

    # --- values --------------------------------------------------------------------------

    @staticmethod
    def _person_text(person: PersonRow) -> str:
        if person.municipality_name:
            return f"{person.full_name} ({person.municipality_name})"
        return person.full_name

    def _show(self, m: MandateRow) -> None:
        self.choose_person(m.person_uuid)
        self.choose_zone(m.zone_number)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(m.role.value))
        self.ui.vicarCheck.setChecked(m.is_vicar)
        self.ui.startDate.setDate(_qdate(m.start_date))
        self.ui.endCheck.setChecked(m.end_date is not None)
        if m.end_date is not None:
            self.ui.endDate.setDate(_qdate(m.end_date))
        self.ui.electedCheck.setChecked(m.elected_on is not None)
        if m.elected_on is not None:
            self.ui.electedDate.setDate(_qdate(m.elected_on))
        self.ui.notesEdit.setPlainText(m.notes)

    def choose_person(self, uuid: str) -> None:
        self.ui.personCombo.setCurrentIndex(self.ui.personCombo.findData(uuid))

    def choose_zone(self, number: int | None) -> None:
        position = self.ui.zoneCombo.findData(number) if number is not None else -1
        self.ui.zoneCombo.setCurrentIndex(position)

    def choose_role(self, role: MandateRole, *, vicar: bool = False) -> None:
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(role.value))
        self.ui.vicarCheck.setChecked(vicar)

    def chosen_person(self) -> str | None:
        combo = self.ui.personCombo
        position = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(position) if position >= 0 else None

    def chosen_role(self) -> MandateRole:
        return MandateRole(self.ui.roleCombo.currentData())

    def _role_changed(self, *_args) -> None:
        deputy = self.chosen_role() is MandateRole.DEPUTY
        if not deputy:
            self.ui.vicarCheck.setChecked(False)
        self.ui.vicarCheck.setEnabled(deputy and self.mode is not MandateMode.END)

    def _update_ok(self, *_args) -> None:
        ready = self.chosen_person() is not None and self.ui.zoneCombo.currentData() is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def input(self) -> MandateInput:
        return MandateInput(
            person_uuid=self.chosen_person() or "",
            zone_number=int(self.ui.zoneCombo.currentData()),
            role=self.chosen_role(),
            start_date=self.ui.startDate.date().toPython(),
            is_vicar=self.ui.vicarCheck.isChecked(),
            end_date=self.ui.endDate.date().toPython() if self.ui.endCheck.isChecked() else None,
            elected_on=(
                self.ui.electedDate.date().toPython() if self.ui.electedCheck.isChecked() else None
            ),
            notes=self.ui.notesEdit.toPlainText(),
        )

    # --- a new person on the way ---------------------------------------------------------

    def open_person_dialog(self) -> PersonDialog:
        dialog = PersonDialog(self._service, self._municipalities, parent=self)
        dialog.accepted.connect(lambda: self._person_added(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        self.person_dialog = dialog
        dialog.open()
        return dialog

    def _person_added(self, row: PersonRow | None) -> None:
        self.person_dialog = None
        if row is None:
            return
        self.created_people.append(row)
        if self.person_created is not None:
            self.person_created(row)
        self.ui.personCombo.addItem(self._person_text(row), row.uuid)
        self.choose_person(row.uuid)

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.chosen_person() is None or self.ui.zoneCombo.currentData() is None:
            return
        try:
            if self.mode is MandateMode.ADD:
                self.result = self._service.add_mandate(self.input())
            elif self.mode is MandateMode.EDIT:
                assert self.mandate is not None
                self.result = self._service.update_mandate(
                    self.mandate.uuid, self.input(), self.mandate.row_version
                )
            else:
                assert self.mandate is not None
                end = self.ui.endDate.date().toPython()
                self.result = self._service.end_mandate(
                    self.mandate.uuid, end, self.mandate.row_version
                )
        except RtdeskError as error:
            show_error(self, self.tr("The mandate was not saved"), error)
            return
        super().accept()
