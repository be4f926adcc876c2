"""Render resources/icons/app.svg into the program icons the installers need.

build/icons/coachdesk.png (256 px, Linux), coachdesk.ico (Windows: 16-256 px) and
coachdesk.icns (macOS). Qt draws the SVG offscreen; Pillow (a reportlab dependency)
writes .ico and .icns.
"""

from __future__ import annotations

import os
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"coachdesk-{size}.png"
        image.save(str(path))
        pngs.append(path)
    largest = Image.open(pngs[-1])
    made = {
        "png": out / "coachdesk.png",
        "ico": out / "coachdesk.ico",
        "icns": out / "coachdesk.icns",
    }
    Image.open(out / "coachdesk-256.png").save(made["png"])
    largest.save(made["ico"], sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(made["icns"])
    return made
