"""Dialog to add a person to the roster or to change their details."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from rtdesk.gui.messages import show_error
from rtdesk.services.roster import PersonDetail, PersonInput, PersonRow, RosterService
from rtdesk.services.zones import MunicipalityRow

# Offered in the title box; anything else may be typed. Italian: it is what the roster says.
TITLES = (
    "Sindaco",
    "Sindaca",
    "Vicesindaco",
    "Vicesindaca",
    "Assessore",
    "Assessora",
    "Consigliere comunale",
    "Consigliera comunale",
)


class PersonDialog(QDialog):
    """Calls RosterService.add_person or update_person; stays open when the service refuses.

    After acceptance `saved` is the person as stored and `before` (when editing) their former
    values, which an undo command needs.
    """

    def __init__(
        self,
        service: RosterService,
        municipalities: Sequence[MunicipalityRow],
        person: PersonDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._service = service
        self.person = person
        self.saved: PersonRow | None = None
        self.before: PersonInput | None = person.to_input() if person else None
        self.after: PersonInput | None = None

        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.ui.titleCombo.addItems(TITLES)
        self.ui.titleCombo.setCurrentIndex(-1)
        combo = self.ui.municipalityCombo
        for m in sorted(municipalities, key=lambda m: m.name.casefold()):
            combo.addItem(m.name, m.istat_code)
        combo.setCurrentIndex(-1)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

        if person is not None:
            row = person.row
            self.ui.givenNameEdit.setText(row.given_name)
            self.ui.familyNameEdit.setText(row.family_name)
            self.ui.titleCombo.setCurrentText(row.title)
            if row.municipality_code:
                combo.setCurrentIndex(combo.findData(row.municipality_code))
            self.ui.emailEdit.setText(row.email)
            self.ui.phoneEdit.setText(row.phone)
            self.ui.notesEdit.setPlainText(person.notes)
        self.ui.givenNameEdit.textChanged.connect(self._update_ok)
        self.ui.familyNameEdit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        filled = bool(
            self.ui.givenNameEdit.text().strip() and self.ui.familyNameEdit.text().strip()
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def municipality_text(self) -> str:
        """The chosen municipality's ISTAT code, or what was typed (the service resolves it)."""
        combo = self.ui.municipalityCombo
        typed = combo.currentText().strip()
        if not typed:
            return ""
        position = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(position) if position >= 0 else typed

    def input(self) -> PersonInput:
        return PersonInput(
            given_name=self.ui.givenNameEdit.text(),
            family_name=self.ui.familyNameEdit.text(),
            title=self.ui.titleCombo.currentText(),
            municipality=self.municipality_text(),
            email=self.ui.emailEdit.text(),
            phone=self.ui.phoneEdit.text(),
            notes=self.ui.notesEdit.toPlainText(),
        )

    def accept(self) -> None:
        data = self.input()
        try:
            if self.person is None:
                self.saved = self._service.add_person(data)
            else:
                self.saved = self._service.update_person(
                    self.person.row.uuid, data, self.person.row.row_version
                )
        except RtdeskError as error:
            show_error(self, self.tr("The person was not saved"), error)
            return
        self.after = data
        super().accept()
