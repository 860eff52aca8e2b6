"""Screenshots of the main pages for the README, in Italian, on a fresh demo database.

    .venv/bin/python packaging/make_screenshots.py [--out docs/screenshots]

Runs headless (offscreen); the user's own data folder and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="it", choices=["it", "en"])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rtdesk-shots-") as folder:
        temp = Path(folder)
        # Before anything reads them: backups, settings and data go to the temp folder.
        os.environ["XDG_DATA_HOME"] = str(temp / "data")
        os.environ["XDG_CONFIG_HOME"] = str(temp / "config")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _shoot(temp, args.out, args.language)


def _shoot(temp: Path, out: Path, language: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rtdesk.app import configure_application, open_workspace
    from rtdesk.cli import main as cli
    from rtdesk.domain.enums import MeetingStatus
    from rtdesk.gui.i18n import install_translators
    from rtdesk.gui.main_window import MainWindow
    from rtdesk.gui.options import INTERFACE_LANGUAGE, Options
    from rtdesk.gui.tasks import TaskManager

    database = temp / "demo.sqlite"
    if cli(["--database", str(database), "demo", "--years", "3", "--seed", "7"]) != 0:
        return 1
    app = QApplication.instance() or QApplication(["rtdesk"])
    configure_application(app)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "ini"))
    options = Options.in_file(str(temp / "rtdesk.ini"))
    options.set(INTERFACE_LANGUAGE, language)
    install_translators(app, options)
    tasks = TaskManager()
    window = MainWindow(
        open_workspace(str(database)), options=options, tasks=tasks, open_workspace=open_workspace
    )
    window.resize(1400, 860)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(50):
            app.processEvents()
        while tasks.busy:
            app.processEvents()

    def save(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    window.show_page("zones")
    save("zone")

    window.show_page("sessions")
    page = window.sessions_page
    # The newest session whose minutes have been written.
    drafted = next(
        r
        for r in page.model.rows()
        if r.status in {MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED}
    )
    page.select_session(drafted.uuid)
    page.show_tab(page.minutes_editor)
    save("sedute-verbale")
    page.show_tab(page.attendance_editor)
    save("sedute-presenze")

    window.show_page("proposals")
    proposals = window.proposals_page
    proposals.search_edit.setText("trasporto scolastico")
    settle()
    app.processEvents()
    proposals.apply_filters()
    proposals.view.selectRow(0)
    save("proposte")
    proposals.search_edit.clear()
    proposals.apply_filters()
    proposals.tabs.setCurrentWidget(proposals.matrix)
    settle()
    save("adozione")

    window.show_page("actions")
    save("azioni")

    window.show_page("overview")
    save("panoramica")
    tasks.discard_pending()
    tasks.shutdown()
    window.workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
