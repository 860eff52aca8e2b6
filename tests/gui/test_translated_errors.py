"""Errors of the core shown in the user's language: the template looked up with Qt's translator,
its parameters (enums, dates, numbers, nested messages) shown for the user's locale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import ImportRejected, NotAllowedError, ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.domain.zones import check_zone_number
from rtdesk.exports.roster_import import read_roster
from rtdesk.exports.xlsx_safety import open_workbook_safely
from rtdesk.gui import labels
from rtdesk.gui.import_dialog import ImportProblemsDialog, ProblemsTableModel
from rtdesk.gui.messages import error_box, translated
from rtdesk.services.proposals import ProposalInput

ITALIAN = {
    "errors": {
        "A proposal that is {current} cannot become {target}.": (
            "Una proposta in stato «{current}» non può passare a «{target}»."
        ),
        "Possible next steps: {allowed}.": "Passi possibili: {allowed}.",
        "There is no zone {number}.": "La zona {numero} non esiste.",  # a translator's slip
        "The {what} was not imported: 1 problem found.": (
            "Il file {what} non è stato importato: 1 problema trovato."
        ),
    },
    "errors.proposals": {
        "The date {date} is before the proposal was submitted ({submitted}).": (
            "La data {date} precede la presentazione della proposta ({submitted})."
        ),
    },
    "errors.import": {
        "roster": "dei rappresentanti",
        "“{text}” is not a role. Write “portavoce”, “vice portavoce” or "
        "“vice portavoce vicario” (in English: spokesperson, deputy, vicar).": (
            "«{text}» non è un ruolo. Scrivere «portavoce», «vice portavoce» o "
            "«vice portavoce vicario»."
        ),
    },
    "errors.files": {
        "The file “{name}” is {size:.1f} MB, more than the {limit:.0f} MB accepted for an "
        "import.": "Il file «{name}» pesa {size:.1f} MB, più dei {limit:.0f} MB accettati.",
    },
    "labels": {
        "Submitted": "Presentata",
        "Approved": "Approvata",
        "Admitted to the agenda": "Ammessa all'ordine del giorno",
        "Withdrawn": "Ritirata",
    },
}


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease (PySide6-Essentials) is needed to compile the test .ts")
    return found


def _ts(translations: dict[str, dict[str, str]]) -> str:
    contexts = []
    for context, messages in translations.items():
        entries = "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        contexts.append(f"<context><name>{escape(context)}</name>{entries}</context>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="it_IT" sourcelanguage="en">{"".join(contexts)}</TS>\n'
    )


@pytest.fixture
def italian(qapp, tmp_path):
    """The app in Italian: a .qm compiled now from ITALIAN, Italian locale; undone afterwards."""
    source = tmp_path / "errors_it.ts"
    source.write_text(_ts(ITALIAN), encoding="utf-8")
    compiled = tmp_path / "errors_it.qm"
    subprocess.run(
        [_lrelease(), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def german_locale(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def _submitted(workspace, on: date) -> str:
    detail = workspace.services.proposals.submit(
        ProposalInput(title="Sportello unico", submitted_on=on, proposing_zones=(5,))
    )
    return detail.uuid


def test_a_service_error_is_shown_in_italian_with_enum_labels(workspace, italian) -> None:
    uuid = _submitted(workspace, date(2026, 3, 10))
    with pytest.raises(NotAllowedError) as caught:
        workspace.services.proposals.change_status(uuid, ProposalStatus.APPROVED)
    error = caught.value
    assert error.message == "A proposal that is submitted cannot become approved."  # CLI, logs

    box = error_box(None, "Proposta", error)
    assert box.text() == "Una proposta in stato «Presentata» non può passare a «Approvata»."
    assert box.informativeText() == ("Passi possibili: Ammessa all'ordine del giorno, Ritirata.")


def test_date_parameters_follow_the_locale(workspace, italian) -> None:
    uuid = _submitted(workspace, date(2026, 3, 10))
    with pytest.raises(ValidationError) as caught:
        workspace.services.proposals.change_status(
            uuid, ProposalStatus.ADMITTED, on=date(2026, 3, 1)
        )
    box = error_box(None, "Proposta", caught.value)
    assert box.text() == (
        f"La data {labels.short_date(date(2026, 3, 1))} precede la presentazione della proposta "
        f"({labels.short_date(date(2026, 3, 10))})."
    )
    assert labels.short_date(date(2026, 3, 1)) == "01/03/2026"


def test_dates_are_not_the_core_english_ones(workspace, german_locale) -> None:
    uuid = _submitted(workspace, date(2026, 3, 10))
    with pytest.raises(ValidationError) as caught:
        workspace.services.proposals.change_status(
            uuid, ProposalStatus.ADMITTED, on=date(2026, 3, 1)
        )
    error = caught.value
    assert "01/03/2026" in error.message  # the core's English sentence
    shown = translated(error.text)  # no translator: English words, German dates
    assert shown == "The date 01.03.2026 is before the proposal was submitted (10.03.2026)."


def test_numbers_follow_the_locale(italian, tmp_path) -> None:
    big = tmp_path / "grande.xlsx"
    big.write_bytes(b"PK\x03\x04" + bytes(1_600_000))
    with pytest.raises(ValidationError) as caught:
        open_workbook_safely(big, max_bytes=1024 * 1024)
    assert "is 1.5 MB, more than the 1 MB accepted" in caught.value.message
    assert (
        translated(caught.value.text)
        == "Il file «grande.xlsx» pesa 1,5 MB, più dei 1 MB accettati."
    )


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(italian) -> None:
    with pytest.raises(ValidationError) as caught:
        check_zone_number(12)
    # The Italian template names {numero}, which the core does not pass: English, not a crash.
    assert translated(caught.value.text) == "There is no zone 12."


def test_untranslated_messages_and_plain_strings_pass_through(italian) -> None:
    assert translated("Già in italiano") == "Già in italiano"
    never = QT_TRANSLATE_NOOP("errors", "Not in the catalogue {n}.").format(n=1234)
    assert translated(never) == "Not in the catalogue 1234."  # no thousands separator in ids


def test_the_import_problems_table_shows_translated_problems(
    qtbot, qtmodeltester, italian, tmp_path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Zona", "Cognome", "Nome", "Ruolo", "Inizio"])
    sheet.append([3, "Rossi", "Mario", "capo", date(2026, 1, 27)])
    path = tmp_path / "rappresentanti.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as caught:
        read_roster(path, {3: "AMT Sud"})

    dialog = ImportProblemsDialog(path.name, caught.value)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    problem = model.index(0, ProblemsTableModel.COLUMN_PROBLEM)
    assert model.data(problem) == (
        "«capo» non è un ruolo. Scrivere «portavoce», «vice portavoce» o «vice portavoce vicario»."
    )
    assert model.data(model.index(0, ProblemsTableModel.COLUMN_COLUMN)) == "Ruolo"
    assert caught.value.message == "The roster was not imported: 1 problem found."
    assert translated(caught.value.text) == (
        "Il file dei rappresentanti non è stato importato: 1 problema trovato."
    )
