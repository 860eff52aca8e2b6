"""Edit ▸ Preferences…: this workstation's options and the Round Table's shared settings.

"Interface" and "Backups" are per-user options (QSettings, rtdesk.gui.options); "Round Table"
is kept in the database through the settings service, so every workstation applies it.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.sessions import QuorumRule
from rtdesk.domain.zones import ZONE_COUNT
from rtdesk.gui.backup_dialog import open_folder
from rtdesk.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from rtdesk.gui.i18n import SUPPORTED_LANGUAGES
from rtdesk.gui.messages import show_error
from rtdesk.gui.options import BACKUPS_TO_KEEP, INTERFACE_LANGUAGE, OPERATOR_NAME, Options
from rtdesk.services.context import current_user_name
from rtdesk.services.settings import RoundTableSettings, SettingsService


class PreferencesDialog(QDialog):
    """OK saves the Round Table settings through the service first; if it refuses, the
    dialog stays open on that tab with the reason, and nothing at all is saved."""

    TAB_INTERFACE = 0
    TAB_BACKUPS = 1
    TAB_ROUND_TABLE = 2

    def __init__(
        self,
        options: Options,
        settings: SettingsService,
        *,
        backups_folder: Path | None,
        database_location: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._options = options
        self._settings_service = settings
        self._backups_folder = backups_folder
        self.saved: RoundTableSettings | None = None  # what the service stored, once accepted
        ui = self.ui

        # --- Interface
        ui.languageCombo.addItem(self.tr("System language"), "")
        # Each language is named in itself (not translated), so that someone who cannot read
        # the current interface language still finds theirs.
        for code, name in SUPPORTED_LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        language = options.get(INTERFACE_LANGUAGE)
        index = ui.languageCombo.findData(language)
        if index < 0:  # a language of another version, or a hand-edited file
            ui.languageCombo.addItem(language, language)
            index = ui.languageCombo.count() - 1
        ui.languageCombo.setCurrentIndex(index)
        ui.operatorNameEdit.setText(options.get(OPERATOR_NAME))
        ui.operatorNameEdit.setPlaceholderText(current_user_name())

        # --- Backups
        ui.keepSpin.setRange(
            BACKUPS_TO_KEEP.minimum or 1, BACKUPS_TO_KEEP.maximum or ui.keepSpin.maximum()
        )
        ui.keepSpin.setValue(options.get(BACKUPS_TO_KEEP))
        if backups_folder is not None:
            # On one line: a wrapped path is hard to read and to copy.
            ui.folderValue.setText(str(backups_folder))
            ui.folderValue.setToolTip(str(backups_folder))
        else:
            ui.folderValue.setWordWrap(True)
            ui.folderValue.setText(
                self.tr(
                    "None: the database is not a file on this computer, so rtdesk does not copy it."
                )
            )
        ui.openFolderButton.setEnabled(backups_folder is not None)
        ui.openFolderButton.clicked.connect(self.open_backups_folder)

        # --- Round Table
        ui.sharedLabel.setText(
            self.tr(
                "These settings are kept in the database ({location}) and apply on every "
                "workstation that uses it."
            ).format(location=database_location)
        )
        ui.quorumKindCombo.addItem(self.tr("more than"), True)
        ui.quorumKindCombo.addItem(self.tr("at least"), False)
        ui.quorumZonesLabel.setText(self.tr("of the {count} zones").format(count=ZONE_COUNT))
        ui.documentLanguageCombo.addItem(self.tr("Italian"), "it")
        ui.documentLanguageCombo.addItem(self.tr("English"), "en")
        self._show_settings(settings.get())
        ui.quorumShareEdit.textChanged.connect(self._update_quorum_preview)
        ui.quorumKindCombo.currentIndexChanged.connect(self._update_quorum_preview)
        self._update_quorum_preview()

    def _show_settings(self, current: RoundTableSettings) -> None:
        ui = self.ui
        ui.quorumKindCombo.setCurrentIndex(
            ui.quorumKindCombo.findData(current.quorum_strictly_more)
        )
        ui.quorumShareEdit.setText(current.quorum_share)
        ui.letterheadEdit.setPlainText("\n".join(current.letterhead))
        ui.venueEdit.setText(current.default_venue)
        ui.chairEdit.setText(current.default_chair)
        ui.secretaryEdit.setText(current.default_secretary)
        index = ui.documentLanguageCombo.findData(current.document_language)
        ui.documentLanguageCombo.setCurrentIndex(max(index, 0))

    def _update_quorum_preview(self) -> None:
        required = self.required_zones()
        if required is None:
            text = self.tr("Write the share as a fraction, such as 1/2 or 2/3.")
        else:
            text = self.tr("Quorum: at least {count} of the 11 zones present.").format(
                count=required
            )
        self.ui.quorumPreview.setText(text)

    def required_zones(self) -> int | None:
        """How many zones the quorum typed so far asks for; None if it is not a valid share."""
        try:
            rule = QuorumRule(
                Fraction(self.ui.quorumShareEdit.text().strip()),
                bool(self.ui.quorumKindCombo.currentData()),
            )
        except (ValueError, ZeroDivisionError, RtdeskError):
            return None
        return rule.required

    def typed_settings(self) -> dict[str, object]:
        """The Round Table settings as typed, by the names SettingsService.update takes."""
        ui = self.ui
        return {
            "quorum_share": ui.quorumShareEdit.text().strip(),
            "quorum_strictly_more": bool(ui.quorumKindCombo.currentData()),
            "letterhead": tuple(ui.letterheadEdit.toPlainText().splitlines()),
            "default_venue": ui.venueEdit.text().strip(),
            "default_chair": ui.chairEdit.text().strip(),
            "default_secretary": ui.secretaryEdit.text().strip(),
            "document_language": ui.documentLanguageCombo.currentData(),
        }

    def open_backups_folder(self) -> bool:
        if self._backups_folder is None:
            return False
        return open_folder(self._backups_folder, self)

    def accept(self) -> None:
        try:
            self.saved = self._settings_service.update(**self.typed_settings())
        except RtdeskError as error:
            show_error(self, self.tr("The Round Table settings were not saved"), error)
            self.ui.tabs.setCurrentIndex(self.TAB_ROUND_TABLE)
            self.ui.quorumShareEdit.setFocus()
            return
        self._options.set(INTERFACE_LANGUAGE, str(self.ui.languageCombo.currentData()))
        self._options.set(BACKUPS_TO_KEEP, self.ui.keepSpin.value())
        self._options.set(OPERATOR_NAME, " ".join(self.ui.operatorNameEdit.text().split()))
        self._options.sync()
        super().accept()
