"""Dialog to register a new proposal or correct one (its status changes elsewhere)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QListWidgetItem, QWidget

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from rtdesk.gui.messages import show_error
from rtdesk.gui.transition_dialog import four_digit_dates, pydate, qdate
from rtdesk.services.proposals import ProposalDetail, ProposalInput, ProposalService


def split_themes(text: str) -> tuple[str, ...]:
    """Themes typed as "mobility, schools" (semicolons work too), blanks dropped."""
    parts = text.replace(";", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


class ProposalDialog(QDialog):
    """Calls `submit` (new) or `update` (edit); stays open when the service refuses.

    After acceptance `result` holds the proposal as saved.
    """

    def __init__(
        self,
        service: ProposalService,
        zones: Sequence[tuple[int, str]],
        *,
        proposal: ProposalDetail | None = None,
        themes: Sequence[str] = (),
        axes: Sequence[str] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self._service = service
        self.proposal = proposal
        self.result: ProposalDetail | None = None
        today = today or date.today()
        for edit in (self.ui.submittedDate, self.ui.resolvedDate):
            four_digit_dates(edit)
            edit.setDate(qdate(today))

        for number, name in zones:
            item = QListWidgetItem(self.tr("{number} — {name}").format(number=number, name=name))
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.zonesList.addItem(item)
        # All eleven zones in view: ticking one should never need scrolling.
        zones_list = self.ui.zonesList
        if zones_list.count():
            rows = zones_list.sizeHintForRow(0) * zones_list.count()
            zones_list.setMinimumHeight(rows + 2 * zones_list.frameWidth() + 2)
        self.ui.resolutionEdit.setMaximumHeight(90)

        # Completes the theme being typed after the last comma from the themes already used.
        completer = QCompleter(list(themes), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(self.ui.themesEdit)
        completer.activated.connect(self._theme_completed)
        self.ui.themesEdit.textEdited.connect(self._theme_typed)
        self._theme_completer = completer

        self.ui.axisCombo.addItem("")
        for axis in axes:
            self.ui.axisCombo.addItem(axis)
        self.ui.axisCombo.lineEdit().setPlaceholderText(self.tr("Axis of the metropolitan plan"))
        self.ui.resolvedCheck.toggled.connect(self.ui.resolvedDate.setEnabled)
        self.ui.resolvedDate.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

        if proposal is None:
            self.setWindowTitle(self.tr("New proposal"))
            self.ui.hintLabel.setText(
                self.tr(
                    "The code (P-year-number) is given when you save. The resolution is "
                    "written when the Round Table decides."
                )
            )
            for widget in (
                self.ui.resolutionCaption,
                self.ui.resolutionEdit,
                self.ui.resolvedCheck,
                self.ui.resolvedDate,
            ):
                widget.setVisible(False)
        else:
            self.setWindowTitle(self.tr("Edit proposal {code}").format(code=proposal.code))
            self.ui.hintLabel.setText(
                self.tr("To change its status use the buttons of the proposal, not this form.")
            )
            self._show(proposal)

    def _show(self, p: ProposalDetail) -> None:
        self.ui.titleEdit.setText(p.title)
        self.ui.summaryEdit.setPlainText(p.summary)
        self.set_zones(p.proposing_zones)
        self.ui.proposerEdit.setText(p.proposer_name)
        self.ui.themesEdit.setText(", ".join(p.themes))
        self.ui.axisCombo.setCurrentText(p.strategic_axis)
        self.ui.submittedDate.setDate(qdate(p.submitted_on))
        self.ui.resolutionEdit.setPlainText(p.resolution)
        self.ui.resolvedCheck.setChecked(p.resolved_on is not None)
        if p.resolved_on is not None:
            self.ui.resolvedDate.setDate(qdate(p.resolved_on))

    def set_zones(self, numbers: Sequence[int]) -> None:
        for row in range(self.ui.zonesList.count()):
            item = self.ui.zonesList.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in numbers
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def zones(self) -> tuple[int, ...]:
        return tuple(
            self.ui.zonesList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.ui.zonesList.count())
            if self.ui.zonesList.item(row).checkState() == Qt.CheckState.Checked
        )

    def value(self) -> ProposalInput:
        return ProposalInput(
            title=self.ui.titleEdit.text(),
            submitted_on=pydate(self.ui.submittedDate.date()),
            summary=self.ui.summaryEdit.toPlainText(),
            proposing_zones=self.zones(),
            proposer_name=self.ui.proposerEdit.text(),
            themes=split_themes(self.ui.themesEdit.text()),
            strategic_axis=self.ui.axisCombo.currentText(),
            resolution=self.ui.resolutionEdit.toPlainText(),
            resolved_on=(
                pydate(self.ui.resolvedDate.date()) if self.ui.resolvedCheck.isChecked() else None
            ),
        )

    def _theme_typed(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        if prefix:
            self._theme_completer.setCompletionPrefix(prefix)
            self._theme_completer.complete()
        else:
            self._theme_completer.popup().hide()

    def _theme_completed(self, theme: str) -> None:
        text = self.ui.themesEdit.text()
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        self.ui.themesEdit.setText(f"{head}{theme}, ")

    def accept(self) -> None:
        data = self.value()
        try:
            if self.proposal is None:
                self.result = self._service.submit(data)
            else:
                self.result = self._service.update(
                    self.proposal.uuid, data, self.proposal.row_version
                )
        except RtdeskError as error:
            show_error(self, self.tr("The proposal was not saved"), error)
            return
        super().accept()
