"""The TTF font family every chart and PDF uses (embedded, full Unicode).

reportlab's default Helvetica is not embedded and knows no "ë" beyond Latin-1,
so every string in a drawing or a PDF names this family (``fontName=...``).
The family ships in resources/fonts (DejaVu Sans, Bitstream Vera licence in
DejaVu-LICENSE.txt).
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coachdesk.paths import resource

FAMILY = "DejaVuSans"
DISPLAY_NAME = "DejaVu Sans"  # the family name inside the TTF (for SVG and Qt)
_FACES = {
    # registered name: (file, bold, italic)
    FAMILY: ("DejaVuSans.ttf", 0, 0),
    f"{FAMILY}-Bold": ("DejaVuSans-Bold.ttf", 1, 0),
    f"{FAMILY}-Oblique": ("DejaVuSans-Oblique.ttf", 0, 1),
    f"{FAMILY}-BoldOblique": ("DejaVuSans-BoldOblique.ttf", 1, 1),
}


def register_fonts() -> str:
    """Register the family with reportlab (idempotent) and return its name.

    Face names: ``FAMILY``, ``FAMILY-Bold``, ``FAMILY-Oblique``,
    ``FAMILY-BoldOblique``; Paragraph's <b>/<i> map to them.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, (filename, bold, italic) in _FACES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        addMapping(FAMILY, bold, italic, name)
    return FAMILY


def bold(family: str) -> str:
    """The bold face of a family returned by register_fonts()."""
    return f"{family}-Bold"
