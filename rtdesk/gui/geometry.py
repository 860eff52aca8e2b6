"""Windows and splitters that reopen where the user left them (Picard's PreserveGeometry)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from rtdesk.gui.options import BytesOption, Options


class PreserveGeometry(QObject):
    """Restore a widget's geometry (and a main window's toolbars, and splitters) when it is
    first shown; save them when it closes or hides, or when `save()` is called.

    An event filter rather than a base class, so that any window or dialog can use it
    without changing its inheritance.
    """

    def __init__(
        self,
        widget: QWidget,
        options: Options,
        geometry: BytesOption,
        *,
        state: BytesOption | None = None,
        splitters: dict[QSplitter, BytesOption] | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._options = options
        self._geometry = geometry
        self._state = state
        self._splitters = dict(splitters or {})
        self._restored = False
        widget.installEventFilter(self)

    def add_splitter(self, splitter: QSplitter, option: BytesOption) -> None:
        self._splitters[splitter] = option
        if self._restored:
            _restore(splitter.restoreState, self._options.get(option))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() == QEvent.Type.Show and not self._restored:
                self.restore()
            elif event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and self._restored:
                # Dialogs closed by accept()/reject() are only hidden: no Close event.
                self.save()
        return False

    def restore(self) -> None:
        self._restored = True
        _restore(self._widget.restoreGeometry, self._options.get(self._geometry))
        if self._state is not None and isinstance(self._widget, QMainWindow):
            _restore(self._widget.restoreState, self._options.get(self._state))
        for splitter, option in self._splitters.items():
            _restore(splitter.restoreState, self._options.get(option))

    def save(self) -> None:
        self._options.set(self._geometry, self._widget.saveGeometry())
        if self._state is not None and isinstance(self._widget, QMainWindow):
            self._options.set(self._state, self._widget.saveState())
        for splitter, option in self._splitters.items():
            self._options.set(option, splitter.saveState())


def _restore(method, data: QByteArray) -> None:
    # Nothing saved yet: keep the sizes the code chose.
    if not data.isEmpty():
        method(data)
