"""Render resources/icons/rtdesk.svg into the PNG sizes of the icon themes and a Windows .ico."""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG_PATH = ICON_DIR / "rtdesk.svg"
# The hicolor theme sizes that desktops look up, plus 512 for AppStream and software centres.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks from these for title bars, the taskbar, Explorer views and Start; an .ico entry
# cannot be larger than 256 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"rtdesk-{size}.png"


def render(svg_path: Path, size: int):
    """The SVG drawn on a transparent square QImage of size x size pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"{svg_path} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode the icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        if not 0 < size <= 256:
            raise ValueError(f"an .ico entry cannot be {size} px wide")
        data = pngs[size]
        # Width and height 0 stand for 256 in the one-byte fields.
        side = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def read_ico_sizes(data: bytes) -> list[int]:
    """The pixel sizes listed in an .ico file's directory (used by the tests)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not a Windows icon file")
    sizes = []
    for index in range(count):
        width = struct.unpack_from("<B", data, 6 + 16 * index)[0]
        sizes.append(width or 256)
    return sizes


def make_icons(output_dir: Path, svg_path: Path = SVG_PATH) -> list[Path]:
    """Write rtdesk-<size>.png for every theme size and rtdesk.ico; return the files written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    pngs = {}
    for size in PNG_SIZES:
        data = png_bytes(render(svg_path, size))
        target = output_dir / png_name(size)
        target.write_bytes(data)
        written.append(target)
        pngs[size] = data
    ico = output_dir / "rtdesk.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=SVG_PATH, help="the source SVG")
    parser.add_argument(
        "--output-dir", type=Path, default=ICON_DIR, help="where the PNGs and the .ico go"
    )
    args = parser.parse_args(argv)
    # Rendering needs a GUI application object, never a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for path in make_icons(args.output_dir, args.svg):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
