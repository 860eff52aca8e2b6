"""The interface in Italian and English: every string translated, placeholders kept, Qt's own
texts and the locale of dates and numbers following the chosen language."""

from __future__ import annotations

import ast
import importlib.util
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from rtdesk.domain.enums import MeetingStatus
from rtdesk.gui import i18n, labels
from rtdesk.gui.assign_zone_dialog import AssignZoneDialog
from rtdesk.gui.main_window import MainWindow
from rtdesk.gui.mandate_dialog import MandateDialog
from rtdesk.gui.options import INTERFACE_LANGUAGE
from rtdesk.gui.person_dialog import PersonDialog

ROOT = Path(__file__).resolve().parents[2]
C_LOCALE = QLocale(QLocale.Language.C)


def load_build_translations():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bt = load_build_translations()


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The committed Italian .ts compiled now, so the tests see it and not a stale .qm."""
    folder = tmp_path_factory.mktemp("qm")
    [qm] = bt.release(bt.I18N_DIR, folder, quiet=True)
    return qm


@pytest.fixture
def language(qapp, options, compiled, monkeypatch):
    """install(code, system=C) puts the app in a language; everything is undone afterwards."""
    monkeypatch.setattr(i18n, "app_translation_file", lambda code: str(compiled))
    default = QLocale()

    def install(code: str, system: QLocale = C_LOCALE) -> str:
        options.set(INTERFACE_LANGUAGE, code)
        return i18n.install_translators(qapp, options, system)

    yield install
    i18n.remove_translators(qapp)
    QLocale.setDefault(default)


# --- (a) every string of the GUI has its Italian translation ----------------------------------


def test_every_user_visible_string_is_translated_to_italian():
    """lupdate over the current sources finds nothing new or unfinished in rtdesk_it.ts.

    When this fails: `python packaging/build_translations.py update`, translate the
    entries listed (Qt Linguist: pyside6-linguist resources/i18n/rtdesk_it.ts), commit the .ts.
    """
    missing = bt.missing("it")
    listed = "\n".join(f"  {m.context}: {m.source!r}" for m in missing[:40])
    more = f"\n  … and {len(missing) - 40} more" if len(missing) > 40 else ""
    assert not missing, f"{len(missing)} string(s) without Italian translation:\n{listed}{more}"


def test_the_translation_compiles_and_translates(compiled):
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "Sessions") == "Sedute"
    assert translator.translate("labels", "Minutes approved") == "Verbale approvato"


def test_qt_ships_its_own_italian_translation():
    """Standard buttons say “Annulla” only if qtbase_it.qm is where Qt looks (also in a
    bundle: packaging/rtdesk.spec keeps the Italian and English Qt translations)."""
    folder = Path(i18n.qt_translations_folder())
    assert (folder / "qtbase_it.qm").is_file()
    spec = (ROOT / "packaging" / "rtdesk.spec").read_text(encoding="utf-8")
    assert '"_it.qm"' in spec


# --- (b) no text reaches a widget without tr() ------------------------------------------------

# Methods whose string arguments are shown to the user (any position).
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "addItems",
    "addAction",
    "addMenu",
    "setButtonText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "setWindowIconText",
    "setCheckBoxText",
    "setOkButtonText",
    "setCancelButtonText",
    "warning",
    "information",
    "critical",
    "question",
    "about",
    "getText",
    "getItem",
    "getInt",
    "getDouble",
}
# Methods whose other arguments are data, indexes or paths: only these positions are text.
TEXT_POSITIONS = {
    "addItem": (0,),  # addItem(text, userData)
    "insertItem": (1,),
    "insertItems": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addButton": (0,),
    "getOpenFileName": (1, 3),  # (parent, caption, folder, filter)
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
# Constructors and helpers whose string arguments are shown to the user.
TEXT_CALLABLES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
    "QMessageBox",
    "QUndoCommand",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
    "heading",
    "error_box",
    "show_error",
    "show_warnings",
    "RtdeskError",
    "ValidationError",
}
# Keyword arguments that are user-visible text whatever the call.
TEXT_KEYWORDS = {"text", "title", "advice", "message", "tooltip", "caption", "label"}
TRANSLATE_NAMES = {"tr", "translate"}


def is_text(value: str) -> bool:
    """Words a user reads: anything with a letter once {placeholders} are taken out.

    Empty strings, punctuation and format-only strings ("{a} – {b}", "…", " · ") are not.
    """
    stripped = re.sub(r"\{[^{}]*\}", "", value)
    return any(ch.isalpha() for ch in stripped)


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def literal_texts(node: ast.AST) -> list[str]:
    """String literals that are the value itself (or items of a literal list/tuple)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if is_text(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [parts] if is_text(parts) else []
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for item in node.elts for text in literal_texts(item)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return literal_texts(node.left) + literal_texts(node.right)
    return []


def is_translate_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and call_name(node) in TRANSLATE_NAMES


def untranslated_texts(tree: ast.AST) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            # lupdate does not read inside f-strings: a tr() there is never extracted.
            for inner in ast.walk(node):
                if inner is not node and is_translate_call(inner):
                    problems.append((node.lineno, "tr() inside an f-string"))
            continue
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name in TRANSLATE_NAMES:
            problems.extend(translate_call_problems(node))
            continue
        if name in TEXT_METHODS or name in TEXT_CALLABLES:
            for argument in node.args:
                problems.extend((node.lineno, text) for text in literal_texts(argument))
        for position in TEXT_POSITIONS.get(name, ()):
            if position < len(node.args):
                problems.extend((node.lineno, text) for text in literal_texts(node.args[position]))
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS:
                problems.extend((node.lineno, text) for text in literal_texts(keyword.value))
    # A sentence glued to a translation: tr("Saved") + " at noon".
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            sides = (node.left, node.right)
            if any(is_translate_call(side) for side in sides):
                for side in sides:
                    problems.extend((node.lineno, text) for text in literal_texts(side))
    return sorted(set(problems))


def translate_call_problems(node: ast.Call) -> list[tuple[int, str]]:
    """tr("literal") and translate("context", "literal") only: lupdate reads literals.

    translate(context, text) with both variables is allowed: it shows a message marked
    elsewhere with QT_TRANSLATE_NOOP. A literal context with a variable text is a wrapper
    (def _tr(text): return translate("app", text)) whose strings lupdate never sees.
    """
    name = call_name(node)
    args = node.args
    if name == "tr":
        source = args[0] if args else None
        context_literal = True
    else:
        if len(args) < 2:
            return []
        source = args[1]
        context_literal = isinstance(args[0], ast.Constant)
    if source is None:
        return []
    if isinstance(source, ast.Constant) and isinstance(source.value, str):
        return []
    if isinstance(source, ast.JoinedStr):
        return [(node.lineno, f"f-string in {name}()")]
    if isinstance(source, ast.BinOp):
        return [(node.lineno, f"concatenation in {name}()")]
    if context_literal:
        return [(node.lineno, f"{name}() of a variable: lupdate cannot extract it")]
    return []


def gui_sources() -> list[Path]:
    gui = ROOT / "rtdesk" / "gui"
    return [*sorted(gui.glob("*.py")), ROOT / "rtdesk" / "app.py"]


def test_the_checker_finds_what_bypasses_tr():
    code = """
def _tr(text):
    return QCoreApplication.translate("app", text)

class W(QWidget):
    def __init__(self):
        self.setWindowTitle("Sessions")
        QLabel("Year:", self)
        QPushButton(self.tr("Save"), self)
        self.box.addButton("Print", Role)
        self.label.setText(f"{count} sessions")
        self.label.setText(self.tr(f"{count} sessions"))
        self.label.setText(self.tr("Saved") + " at noon")
        self.label.setText(f"{self.tr('Vicar:')} {name}")
        self.label.setText("{a} – {b}".format(a=1, b=2))
        self.label.setText("")
        self.combo.addItems(["One", "—"])
        self.combo.addItem(self.tr("Italian"), "it")
        QFileDialog.getSaveFileName(self, "Save", "/home/a.pdf", "PDF (*.pdf)")
        show_error(self, "Not saved", error)
        RtdeskError(self.tr("Bad."), advice="Try again.")
        QCoreApplication.translate(message.context, message.text)
"""
    found = untranslated_texts(ast.parse(code))
    assert found == [
        (3, "translate() of a variable: lupdate cannot extract it"),
        (7, "Sessions"),
        (8, "Year:"),
        (10, "Print"),
        (11, " sessions"),
        (12, "f-string in tr()"),
        (13, " at noon"),
        (14, "tr() inside an f-string"),
        (17, "One"),
        (19, "PDF (*.pdf)"),
        (19, "Save"),
        (20, "Not saved"),
        (21, "Try again."),
    ]


@pytest.mark.parametrize("path", gui_sources(), ids=lambda path: path.name)
def test_no_user_visible_string_bypasses_tr(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    problems = untranslated_texts(tree)
    listed = "\n".join(f"  {path.name}:{line}: {text!r}" for line, text in problems)
    assert not problems, f"strings shown without tr():\n{listed}"


# --- (c) the window in Italian ----------------------------------------------------------------


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return menus


def navigation_titles(window: MainWindow) -> list[str]:
    model = window.navigation_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_under_a_c_locale_the_interface_is_italian(language, workspace, options, tasks, qtbot):
    assert language("") == "it"  # "" follows the system, and C says nothing: Italian
    window = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    menus = menu_texts(window)
    assert list(menus)[:4] == ["&File", "&Modifica", "&Visualizza", "&Aiuto"]
    assert "&Nuovo database…" in menus["&File"]
    assert "&Esci" in menus["&File"]
    assert navigation_titles(window) == [
        "Zone e rappresentanti",
        "Sedute",
        "Proposte",
        "Azioni",
        "Panoramica",
    ]
    page = window.zones_page
    assert page.tabs.tabText(0) == "Zone"
    assert page.zones_model.headerData(2, Qt.Orientation.Horizontal) == "Comuni"
    about = window.about_box()
    assert about.windowTitle() == "Informazioni su rtdesk"
    # Qt's own translation: the standard button of the box.
    assert about.button(QMessageBox.StandardButton.Close).text() == "Chiudi"


def test_dialogs_use_qt_italian_buttons(language, workspace, qtbot):
    language("it")
    services = workspace.services
    dialog = PersonDialog(services.roster, services.zones.municipalities())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nuova persona"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"


def test_dates_and_numbers_follow_the_language(language):
    language("")
    assert labels.short_date(date(2026, 11, 25)) == "25/11/2026"
    assert labels.number(2198237) == "2.198.237"
    assert labels.meeting_status(MeetingStatus.MINUTES_APPROVED) == "Verbale approvato"


def test_english_can_be_chosen_and_keeps_day_before_month(language):
    assert language("en") == "en"
    assert QCoreApplication.translate("MainWindow", "Sessions") == "Sessions"
    assert labels.short_date(date(2026, 11, 25)) == "25/11/2026"
    assert labels.number(2198237) == "2,198,237"


def test_an_italian_system_gets_italian_with_its_own_locale(language):
    swiss = QLocale(QLocale.Language.Italian, QLocale.Country.Switzerland)
    assert language("", swiss) == "it"
    assert QLocale().territory() == QLocale.Country.Switzerland
    assert QCoreApplication.translate("MainWindow", "Sessions") == "Sedute"


def test_translators_can_be_removed(language, qapp):
    language("it")
    i18n.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "Sessions") == "Sessions"
    assert not qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME)


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (QLocale(QLocale.Language.C), "it"),
        (QLocale(QLocale.Language.Italian, QLocale.Country.Italy), "it"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
        # Not a language of rtdesk: the source strings, which are English.
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
    ],
)
def test_the_system_language(system, expected):
    assert i18n.system_language(system) == expected


def test_the_preferences_win_over_the_system(options):
    italian = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
    options.set(INTERFACE_LANGUAGE, "en")
    assert i18n.chosen_language(options, italian) == "en"
    options.set(INTERFACE_LANGUAGE, "xx")  # a language this version does not have
    assert i18n.chosen_language(options, italian) == "it"
    options.set(INTERFACE_LANGUAGE, "")
    assert i18n.chosen_language(options, C_LOCALE) == "it"


def test_formatting_locale_is_never_c():
    assert i18n.formatting_locale("it", C_LOCALE).name() == "it_IT"
    assert i18n.formatting_locale("en", C_LOCALE).name() == "en_GB"
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert i18n.formatting_locale("en", american).name() == "en_US"
    assert i18n.formatting_locale("it", american).name() == "it_IT"


def test_supported_languages_have_their_own_names():
    assert i18n.SUPPORTED_LANGUAGES == {"it": "Italiano", "en": "English"}
    assert set(bt.LANGUAGES) | {bt.SOURCE_LANGUAGE} == set(i18n.SUPPORTED_LANGUAGES)


# --- (d) what a translation must keep ---------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# An accelerator: "&" before a character other than a space or another "&".
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(text: str) -> list[str]:
    return MNEMONIC.findall(text.replace("&&", ""))


def finished_messages():
    return [m for m in bt.read_ts(bt.ts_path("it")) if m.finished]


def test_the_checks_below_have_translations_to_check():
    assert len(finished_messages()) > 200


@pytest.mark.parametrize(
    ("name", "keeps"),
    [
        ("placeholders", lambda text: Counter(PLACEHOLDER.findall(text))),
        ("plural marker", lambda text: "%n" in text),
        ("HTML tags", lambda text: Counter(t.split()[0].rstrip(">") for t in TAG.findall(text))),
        ("ellipsis", lambda text: text.count("…")),
        ("file-filter separators", lambda text: text.count(";;")),
        ("accelerator", lambda text: len(mnemonics(text))),
        ("line breaks", lambda text: text.count("\n")),
    ],
)
def test_translations_keep(name, keeps):
    wrong = [
        f"  {m.context}: {m.source!r} -> {t!r}"
        for m in finished_messages()
        for t in m.translations
        if keeps(t) != keeps(m.source)
    ]
    assert not wrong, f"translations that lose or change their {name}:\n" + "\n".join(wrong)


# --- (e) accelerators stay unique in Italian -------------------------------------------------


def duplicates(texts: list[str]) -> list[str]:
    letters = Counter(letter.casefold() for text in texts for letter in mnemonics(text))
    return sorted(letter for letter, count in letters.items() if count > 1)


def test_menu_accelerators_are_unique_in_italian(language, workspace, options, tasks, qtbot):
    language("it")
    window = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(window)
    menus = menu_texts(window)
    assert not duplicates(list(menus)), list(menus)
    for title, entries in menus.items():
        assert not duplicates(entries), f"{title}: {entries}"


def dialog_texts(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    return texts


def test_dialog_accelerators_are_unique_in_italian(language, workspace, qtbot):
    language("it")
    services = workspace.services
    zones = services.zones.list_zones()
    municipalities = services.zones.municipalities()
    dialogs = [
        MandateDialog(services.roster, [], zones, municipalities),
        PersonDialog(services.roster, municipalities),
        AssignZoneDialog(services.zones, municipalities[0], zones),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = dialog_texts(dialog)
        assert any(mnemonics(text) for text in texts), type(dialog).__name__
        assert not duplicates(texts), f"{type(dialog).__name__}: {texts}"


def test_the_italian_window_fits_a_small_laptop_screen(language, workspace, options, tasks, qtbot):
    """Italian labels are longer than English ones; every page, bound and shown, must still
    leave the window narrow enough for a 1024-pixel-wide screen (less its frame)."""
    language("it")
    window = MainWindow(workspace, options=options, tasks=tasks)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for key in window.navigation_model.page_keys():
        window.show_page(key)
    assert window.minimumSizeHint().width() <= 1000


@pytest.mark.parametrize("code", ["it", "en"])
def test_the_documents_name_states_as_the_window_does(language, code):
    """A state read in the window is found under the same name in the workbook and the PDFs
    (a review found "Prevista" in the window and "Pianificata" in the workbook)."""
    from rtdesk.domain import summary
    from rtdesk.domain.enums import (
        ActionStatus,
        AdoptionState,
        MeetingMode,
        MeetingStatus,
        Presence,
        ProposalStatus,
    )
    from rtdesk.exports.pdf_common import Words
    from rtdesk.gui import labels
    from rtdesk.gui.adoption_matrix import adoption_label
    from rtdesk.gui.attendance_editor import presence_label

    language(code)
    pairs = [
        (summary.PROPOSAL_STATUS_LABELS, ProposalStatus, labels.proposal_status),
        (summary.ADOPTION_STATE_LABELS, AdoptionState, adoption_label),
        (summary.PRESENCE_LABELS, Presence, presence_label),
        (summary.MEETING_STATUS_LABELS, MeetingStatus, labels.meeting_status),
        (summary.MEETING_MODE_LABELS, MeetingMode, labels.meeting_mode),
        (summary.ACTION_STATUS_LABELS, ActionStatus, labels.action_status),
    ]
    differ = [
        (value, table[code][value], shown(value))
        for table, enum, shown in pairs
        for value in enum
        if table[code][value] != shown(value)
    ]
    words = Words(code)
    differ += [
        (mode, words.of(mode), labels.meeting_mode(mode))
        for mode in MeetingMode
        if not words.of(mode).startswith(labels.meeting_mode(mode))
    ]
    assert differ == [], differ
