"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rtdesk.gui.workspace import Workspace


class Page(QWidget):
    """A page shows one area; the window binds it to the services of the open database."""

    # The page wrote to the database: the window refreshes what depends on it.
    data_changed = Signal()
    # A short message for the status bar ("Susa is now in zone 6.").
    status_message = Signal(str)
    # Show a record on another page: the page's key and the record's uuid ("sessions", …).
    open_requested = Signal(str, str)
    # Show another page with something that is not one record: the page's key and what
    # its show_target understands (a filter, a zone number), or None for the page as it is.
    show_requested = Signal(str, object)

    def bind(self, workspace: Workspace) -> None:
        """Work on this database's services from now on (another was opened) and reload."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read again what the page shows."""
        raise NotImplementedError

    def activated(self) -> None:
        """The page became the visible one."""

    def open_record(self, uuid: str) -> bool:
        """Show this record (another page asked for it); False when there is no such record."""
        return False

    def show_target(self, target: object) -> None:
        """Show what another page pointed at (see show_requested); pages with nothing to
        point at just show themselves."""
