"""Dialog to give a municipality its zone, or to record that it moved to another zone."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from rtdesk.domain.errors import RtdeskError
from rtdesk.gui.forms.ui_assign_zone_dialog import Ui_AssignZoneDialog
from rtdesk.gui.messages import show_error
from rtdesk.services.zones import MunicipalityRow, ZoneService, ZoneSummary


class AssignZoneDialog(QDialog):
    """Asks the zone (and from when, source, note) and calls ZoneService.assign_zone.

    The dialog stays open when the service refuses, showing why, so nothing typed is lost.
    """

    def __init__(
        self,
        zone_service: ZoneService,
        municipality: MunicipalityRow,
        zones: list[ZoneSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignZoneDialog()
        self.ui.setupUi(self)
        self._service = zone_service
        self.municipality = municipality
        self.assigned: MunicipalityRow | None = None  # the result, once the service accepted

        moving = municipality.zone_number is not None
        self.setWindowTitle(self.tr("Change zone") if moving else self.tr("Assign a zone"))
        self.ui.municipalityValue.setText(
            self.tr("{name} (ISTAT {code})").format(
                name=municipality.name, code=municipality.istat_code
            )
        )
        if moving:
            self.ui.currentZoneValue.setText(
                self.tr("{number} — {name}").format(
                    number=municipality.zone_number, name=municipality.zone_name
                )
            )
            self.ui.sinceHint.setText(
                self.tr(
                    "Required when a municipality moves: from this date it belongs to the new "
                    "zone, and its period in zone {number} ends the day before."
                ).format(number=municipality.zone_number)
            )
        else:
            self.ui.currentZoneValue.setText(self.tr("none recorded"))
            self.ui.sinceHint.setText(
                self.tr(
                    "Leave it unticked when the start is not known, e.g. the municipality has "
                    "been in this zone since the zones were drawn in 2015."
                )
            )
        for zone in zones:
            if zone.number == municipality.zone_number:
                text = self.tr("{number} — {name} (current)")
            elif zone.missing_municipalities:
                text = self.tr("{number} — {name} ({recorded} of {expected} recorded)")
            else:
                text = self.tr("{number} — {name}")
            text = text.format(
                number=zone.number,
                name=zone.name,
                recorded=zone.municipalities,
                expected=zone.expected_municipalities,
            )
            self.ui.zoneCombo.addItem(text, zone.number)
            if zone.number == municipality.zone_number:
                # Choosing the current zone again is no change.
                self.ui.zoneCombo.model().item(self.ui.zoneCombo.count() - 1).setEnabled(False)
        self.ui.zoneCombo.setCurrentIndex(-1)
        self.ui.sinceDate.setDate(QDate.currentDate())
        self.ui.sinceDate.setDisplayFormat(_four_digit_year(self.ui.sinceDate.displayFormat()))
        self.ui.sinceCheck.setChecked(moving)
        self.ui.zoneCombo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()

    def _ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self._ok_button().setEnabled(self.chosen_zone() is not None)

    def chosen_zone(self) -> int | None:
        data = self.ui.zoneCombo.currentData()
        return int(data) if data is not None else None

    def choose_zone(self, number: int) -> None:
        self.ui.zoneCombo.setCurrentIndex(self.ui.zoneCombo.findData(number))

    def accept(self) -> None:
        zone = self.chosen_zone()
        if zone is None:
            return
        since = self.ui.sinceDate.date().toPython() if self.ui.sinceCheck.isChecked() else None
        try:
            self.assigned = self._service.assign_zone(
                self.municipality.istat_code,
                zone,
                since=since,
                source=self.ui.sourceEdit.text().strip(),
                note=self.ui.noteEdit.toPlainText().strip(),
            )
        except RtdeskError as error:
            show_error(self, self.tr("The zone was not changed"), error)
            return
        super().accept()


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
