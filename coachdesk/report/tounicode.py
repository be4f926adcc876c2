"""A ToUnicode map that gives back the text that was written.

reportlab writes each glyph's code point as ``<%04X>``, so a character beyond
U+FFFF (👍 U+1F44D) comes out as five hex digits that readers take as U+1F44
("ὄ"). And the Arabic we draw is in presentation forms (the shaped letters of
report.bidi): copied as such, "سلام" would not be found by a search for the
letters the coach typed. This map writes UTF-16 (surrogate pairs beyond the BMP)
and maps every presentation form back to its letters (NFKC: U+FE91 is ب, the
lam-alef ligature U+FEFB is لا).

``install_tounicode()`` replaces reportlab's module function once (it is looked
up by name when a font subset is written); everything else stays reportlab's.
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase import ttfonts

# Hebrew and Arabic presentation forms (A and B)
_FORMS = ((0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _utf16(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def written(code: int) -> str:
    """The text one glyph's code point stands for."""
    ch = chr(code)
    if any(lo <= code <= hi for lo, hi in _FORMS):
        return unicodedata.normalize("NFKC", ch) or ch
    return ch


def make_tounicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a subset, with the mappings above."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16(written(v))}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install_tounicode() -> None:
    """Use make_tounicode_cmap for every TrueType subset reportlab writes (idempotent)."""
    ttfonts.makeToUnicodeCMap = make_tounicode_cmap
