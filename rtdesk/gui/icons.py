"""Icons: the application's own (from the resources package) and Qt's standard ones."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

APPLICATION_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The Round Table icon in every shipped size (read as data: works inside a bundle too)."""
    icon = QIcon()
    folder = resources.files("rtdesk_resources") / "icons"
    for size in APPLICATION_ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((folder / f"rtdesk-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
