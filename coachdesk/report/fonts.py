"""The embedded TrueType fonts of every export (Noto Sans, Noto Sans Mono, Noto
Sans Arabic and Noto Sans Hebrew, SIL OFL, in resources/fonts).

``register_fonts()`` registers the family once (regular, bold, italic, bold
italic) plus symbol fallback fonts, and returns the family name. Everything a
PDF draws, chart labels included, uses these names, so no standard-14 font
(which readers do not embed) ends up in a file.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coachdesk.paths import resource
from coachdesk.report.tounicode import install_tounicode

FAMILY = "NotoSans"
DISPLAY_NAME = "Noto Sans"  # the family name inside the TTF (for SVG and Qt)
BOLD, ITALIC, BOLD_ITALIC = f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
MONO, MONO_BOLD = "NotoSansMono", "NotoSansMono-Bold"  # code in notes
_FILES = {
    FAMILY: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    MONO: "NotoSansMono-Regular.ttf",
    MONO_BOLD: "NotoSansMono-Bold.ttf",
}
# Tried in order for characters the family lacks (check marks, stars, arrows, ...).
SYMBOL_FONTS = {
    "NotoSansSymbols2": "NotoSansSymbols2-Regular.ttf",
    "NotoSansSymbols": "NotoSansSymbols-Regular.ttf",
}
# Right-to-left scripts, each a family with a bold face (italic stays upright).
ARABIC, HEBREW = "NotoSansArabic", "NotoSansHebrew"
SCRIPT_FONTS = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    f"{ARABIC}-Bold": "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    f"{HEBREW}-Bold": "NotoSansHebrew-Bold.ttf",
}
# Then these registered faces: Noto Sans Mono has the minus sign (U+2212) and
# mathematical operators that Noto Sans lacks.
FALLBACK_FONTS: tuple[str, ...] = (*SYMBOL_FONTS, MONO, ARABIC, HEBREW)
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the font family and its symbol fallbacks (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if not _registered:
            install_tounicode()
            for name, filename in {**_FILES, **SYMBOL_FONTS, **SCRIPT_FONTS}.items():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
            for script in (ARABIC, HEBREW):
                bold_face = f"{script}-Bold"
                pdfmetrics.registerFontFamily(
                    script, normal=script, bold=bold_face, italic=script, boldItalic=bold_face
                )
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # No italic mono face is shipped: italic code stays upright.
            pdfmetrics.registerFontFamily(
                MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD
            )
            _registered = True
    return FAMILY


def bold(family: str) -> str:
    """The bold face of a family returned by register_fonts()."""
    return f"{family}-Bold"


@cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
