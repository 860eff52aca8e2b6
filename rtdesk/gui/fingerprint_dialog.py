"""The dialog that checks a printed copy of approved minutes by the fingerprint in its footer.

The user types (or pastes) the fingerprint read off the paper; `compare_fingerprint` compares it
with the one stored at approval, and the service recomputes the fingerprint of the minutes now
stored (on the database lane). Three answers, in plain words: the copy is the approved text;
it matches, but the database was changed after the approval; it is not the approved minutes.
"Check the stored minutes only" is the check without a copy: the recomputation alone.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rtdesk.domain.errors import RtdeskError
from rtdesk.domain.fingerprints import (
    FULL_DIGITS,
    MIN_DIGITS,
    FingerprintComparison,
    FingerprintOutcome,
    clean_fingerprint,
    compare_fingerprint,
)
from rtdesk.gui import icons, labels
from rtdesk.gui.messages import show_error
from rtdesk.gui.tasks import TaskManager
from rtdesk.services.sessions import SessionDetail, SessionService


class CopyCheck(Enum):
    """What the dialog last found (tests read it; the user reads the words)."""

    APPROVED_TEXT = "approved text"  # (a) matches, and the stored minutes still give it
    DATABASE_CHANGED = "database changed"  # (b) matches, the stored minutes no longer give it
    NOT_APPROVED_TEXT = "not approved text"  # (c) does not match
    CANNOT_COMPARE = "cannot compare"  # too short, too long, not hexadecimal
    STORED_INTACT = "stored intact"  # without a copy: the stored minutes still give it
    STORED_CHANGED = "stored changed"  # without a copy: they no longer do


ICONS = {
    CopyCheck.APPROVED_TEXT: QStyle.StandardPixmap.SP_DialogApplyButton,
    CopyCheck.STORED_INTACT: QStyle.StandardPixmap.SP_DialogApplyButton,
    CopyCheck.DATABASE_CHANGED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    CopyCheck.STORED_CHANGED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    CopyCheck.NOT_APPROVED_TEXT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    CopyCheck.CANNOT_COMPARE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class FingerprintCheckDialog(QDialog):
    """Check a printed copy of the approved minutes of `session`; stays open for another."""

    def __init__(
        self,
        service: SessionService,
        session: SessionDetail,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._session = session
        self._tasks = tasks
        self._request = 0  # a result for an older request is dropped
        self._open = True
        self.busy = 0
        self.outcome: CopyCheck | None = None
        self.setWindowTitle(
            self.tr("Check a printed copy of the minutes of session {ref}").format(ref=session.ref)
        )
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Minutes of session {ref}, approved at session {at} on {day}.\n"
                "Type or paste the fingerprint printed in the footer of the copy, after "
                "“SHA-256”. Spaces and capital letters do not matter, and the first {minimum} "
                "characters are enough."
            ).format(
                ref=session.ref,
                at=session.approved_at_ref,
                day=labels.short_date(session.approved_on),
                minimum=MIN_DIGITS,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        entry = QGridLayout()
        label = QLabel(self.tr("&Fingerprint on the copy:"), self)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint_edit.setClearButtonEnabled(True)
        # Wide enough for the whole fingerprint typed in groups of four ("3f9a 1c07 …").
        digits = self.fingerprint_edit.fontMetrics().horizontalAdvance("0000 " * 16)
        self.fingerprint_edit.setMinimumWidth(digits + 40)
        self.fingerprint_edit.setPlaceholderText(self.tr("for example 3f9a 1c07 b2e4 41de"))
        label.setBuddy(self.fingerprint_edit)
        self.count_label = QLabel(self)
        entry.addWidget(label, 0, 0)
        entry.addWidget(self.fingerprint_edit, 0, 1)
        entry.addWidget(self.count_label, 1, 1)
        entry.setColumnStretch(1, 1)
        layout.addLayout(entry)

        result = QHBoxLayout()
        self.result_icon = QLabel(self)
        self.result_icon.setFixedWidth(40)
        self.result_title = QLabel(self)
        font = self.result_title.font()
        font.setBold(True)
        self.result_title.setFont(font)
        self.result_title.setWordWrap(True)
        self.result_text = QLabel(self)
        self.result_text.setWordWrap(True)
        self.result_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the longest answer, so the dialog keeps its size from one answer to the next
        # (a window does not grow by itself for a label that wraps).
        self.result_text.setMinimumHeight(self.result_text.fontMetrics().lineSpacing() * 5)
        words = QVBoxLayout()
        words.addWidget(self.result_title)
        words.addWidget(self.result_text)
        words.addStretch(1)
        result.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        result.addLayout(words, 1)
        layout.addLayout(result)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("&Check the copy"), self)
        self.check_button.setDefault(True)
        self.stored_button = QPushButton(self.tr("Check the &stored minutes only"), self)
        self.stored_button.setToolTip(
            self.tr(
                "Without a copy: recompute the fingerprint of the minutes stored in the "
                "database and compare it with the one stored at approval"
            )
        )
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.stored_button, QDialogButtonBox.ButtonRole.ActionRole)
        close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter in the fingerprint field checks the copy, never closes the dialog.
        for button in (self.stored_button, close_button):
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._closed)
        layout.addWidget(self.buttons)

        self.check_button.clicked.connect(self.check_copy)
        self.stored_button.clicked.connect(self.check_stored)
        self.fingerprint_edit.textChanged.connect(self._typed)
        self._typed()

    def _closed(self) -> None:
        self._open = False

    # --- typing --------------------------------------------------------------------------

    def _typed(self) -> None:
        count = len(clean_fingerprint(self.fingerprint_edit.text()))
        self.count_label.setText(
            self.tr("{count} of {full} characters").format(count=count, full=FULL_DIGITS)
        )
        if self.outcome is not None and self.outcome not in (
            CopyCheck.STORED_INTACT,
            CopyCheck.STORED_CHANGED,
        ):
            self._show(None, "", "")  # the answer was about what was typed before

    # --- checking ------------------------------------------------------------------------

    def check_copy(self) -> None:
        """Compare what was typed; the stored minutes are recomputed on the database lane."""
        comparison = compare_fingerprint(self.fingerprint_edit.text(), "")
        if not comparison.compared:
            self._cannot_compare(comparison)
            return
        typed = self.fingerprint_edit.text()
        self._run(lambda stored, intact: self._copy_checked(typed, stored, intact))

    def check_stored(self) -> None:
        """Today's check without a copy: do the stored minutes still give their fingerprint?"""
        self._run(self._stored_checked)

    def _run(self, done) -> None:
        service, uuid = self._service, self._session.uuid
        self._request += 1
        request = self._request

        def work() -> tuple[str, bool]:
            # Read afresh: the stored fingerprint and the minutes as they are now.
            return service.session(uuid).fingerprint, service.verify_minutes(uuid)

        def finished(result=None, error=None) -> None:
            self.busy -= 1
            if not self._open:  # closed meanwhile: its widgets are gone
                return
            self._enable(True)
            if request != self._request:
                return
            if error is not None:
                self._show(None, "", "")
                show_error(self, self.tr("The fingerprint was not checked"), _as_rtdesk(error))
                return
            done(*result)

        self.busy += 1
        self._enable(False)
        self._show(None, self.tr("Checking…"), "")
        self._tasks.run_task(work, finished)

    def _enable(self, enabled: bool) -> None:
        self.check_button.setEnabled(enabled)
        self.stored_button.setEnabled(enabled)

    def _cannot_compare(self, comparison: FingerprintComparison) -> None:
        self._request += 1  # an answer still on its way is about other text
        if comparison.outcome is FingerprintOutcome.NOT_HEX:
            title = self.tr("These characters are not part of a fingerprint: {characters}").format(
                characters=" ".join(comparison.invalid)
            )
            text = self.tr(
                "A fingerprint has only the digits 0 to 9 and the letters a to f. A letter O is "
                "probably a zero."
            )
        elif comparison.outcome is FingerprintOutcome.TOO_LONG:
            title = self.tr("Too many characters: {count}.").format(count=comparison.count)
            text = self.tr(
                "A fingerprint has {full} characters. Check for characters typed twice, or type "
                "only the beginning."
            ).format(full=FULL_DIGITS)
        else:
            title = self.tr("Too few characters to compare: {count}.").format(
                count=comparison.count
            )
            text = self.tr(
                "Type at least the first {minimum} characters of the fingerprint printed on "
                "the copy."
            ).format(minimum=MIN_DIGITS)
        self._show(CopyCheck.CANNOT_COMPARE, title, text)
        self.fingerprint_edit.setFocus()

    def _copy_checked(self, typed: str, stored: str, intact: bool) -> None:
        if typed != self.fingerprint_edit.text():  # changed while the minutes were recomputed
            self._show(None, "", "")
            return
        comparison = compare_fingerprint(typed, stored)
        changed = self.tr(
            "The minutes now stored in the database no longer give the fingerprint stored at "
            "approval: they were changed after the approval, outside rtdesk. Contact whoever "
            "administers the database."
        )
        if not comparison.matches:
            text = self.tr(
                "The fingerprint on the copy differs from the one stored when the minutes of "
                "session {ref} were approved. The copy may be a draft printed before a later "
                "change, or the minutes of another session. If you typed the fingerprint by "
                "hand, check each character."
            ).format(ref=self._session.ref)
            if not intact:
                text += "\n\n" + self.tr("In addition: {problem}").format(problem=changed)
            self._show(
                CopyCheck.NOT_APPROVED_TEXT,
                self.tr("The copy is not the approved minutes of this session."),
                text,
            )
            return
        if comparison.whole:
            compared = self.tr("all {full} characters compared").format(full=FULL_DIGITS)
        else:
            compared = self.tr("the first {count} of {full} characters compared").format(
                count=comparison.count, full=FULL_DIGITS
            )
        if not intact:
            self._show(
                CopyCheck.DATABASE_CHANGED,
                self.tr("The copy matches, but the database was changed after the approval."),
                self.tr(
                    "The fingerprint on the copy is the one stored at approval ({compared}), so "
                    "the printed copy holds the approved text and is the reference. But: {problem}"
                ).format(compared=compared, problem=changed),
            )
            return
        text = self.tr(
            "The fingerprint on the copy is the one stored when the minutes were approved "
            "({compared}), and the minutes stored in the database still give it."
        ).format(compared=compared)
        if self._session.errata:
            text += " " + self.tr(
                "Errata recorded after the approval are not part of the fingerprint: see the "
                "Errata list."
            )
        self._show(
            CopyCheck.APPROVED_TEXT,
            self.tr("The copy is the approved text of the minutes of session {ref}.").format(
                ref=self._session.ref
            ),
            text,
        )

    def _stored_checked(self, stored: str, intact: bool) -> None:
        if intact:
            self._show(
                CopyCheck.STORED_INTACT,
                self.tr("The stored minutes still give the fingerprint stored at approval."),
                self.tr(
                    "Fingerprint: {fingerprint}\nTo check a paper copy, type the fingerprint "
                    "printed on it above."
                ).format(fingerprint=stored),
            )
            return
        self._show(
            CopyCheck.STORED_CHANGED,
            self.tr("The database was changed after the approval."),
            self.tr(
                "The minutes now stored in the database no longer give the fingerprint stored "
                "at approval ({fingerprint}): they were changed after the approval, outside "
                "rtdesk. Keep the printed approved copy as the reference, and contact whoever "
                "administers the database."
            ).format(fingerprint=stored),
        )

    # --- showing -------------------------------------------------------------------------

    def _show(self, outcome: CopyCheck | None, title: str, text: str) -> None:
        self.outcome = outcome
        self.result_title.setText(title)
        self.result_text.setText(text)
        if outcome is None:
            self.result_icon.clear()
        else:
            self.result_icon.setPixmap(icons.standard(ICONS[outcome]).pixmap(32, 32))
        # A longer answer than there is room for makes the window taller, never cut.
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def _as_rtdesk(error: BaseException) -> RtdeskError:
    return error if isinstance(error, RtdeskError) else RtdeskError(str(error))
