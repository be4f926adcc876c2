"""The look of the trajectory PDF: one palette, one type scale, A4 margins."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from coachdesk.report.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, MONO, register_fonts
from coachdesk.report.markdown import MarkdownStyles

PAGE = A4
MARGIN_X = 24 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X


class Palette:
    primary = HexColor("#1F5C66")  # deep teal: headings, cover, chart lines
    primary_light = HexColor("#E7F0F1")
    accent = HexColor("#D9893B")  # warm amber: small accents only
    text = HexColor("#22272B")
    muted = HexColor("#667085")
    rule = HexColor("#D5DBDF")
    zebra = HexColor("#F6F8F9")
    ok = HexColor("#2E7D4F")
    warn = HexColor("#B54708")
    white = HexColor("#FFFFFF")


def hex_of(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


_tinted: dict[tuple[str, str], ParagraphStyle] = {}


def tinted(style: ParagraphStyle, colour: Color) -> ParagraphStyle:
    """``style`` in ``colour``: coloured text without ``<font color>`` markup, which
    sends every such paragraph through reportlab's HTML parser (report.plain_frags)."""
    key = (style.name, colour.hexval())
    found = _tinted.get(key)
    if found is None:
        found = _tinted[key] = ParagraphStyle(
            f"{style.name}-{key[1]}", parent=style, textColor=colour
        )
    return found


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    bullet: ParagraphStyle
    note_headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    code: ParagraphStyle
    list_label: ParagraphStyle

    @property
    def markdown(self) -> MarkdownStyles:
        return _markdown(self)


@cache
def _markdown(st: Styles) -> MarkdownStyles:
    return MarkdownStyles(
        body=st.body,
        headings=st.note_headings,
        bullet=st.bullet,
        link_colour=hex_of(Palette.primary),
        rule_colour=Palette.rule,
        label=st.list_label,
        code=st.code,
        cell=st.cell,
        cell_head=st.cell_head,
        head_background=Palette.primary,
        zebra=Palette.zebra,
    )


@cache
def styles() -> Styles:
    register_fonts()
    P = Palette
    base = ParagraphStyle(
        "cd-body",
        fontName=FAMILY,
        fontSize=10.5,
        leading=15.5,
        textColor=P.text,
        alignment=TA_LEFT,
        spaceAfter=5,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(f"cd-{name}", parent=base, **kw)  # type: ignore[arg-type]

    note_h = derive(  # below the session heading (11 pt, teal): smaller, in black
        "note-h1",
        fontName=BOLD,
        fontSize=10.5,
        leading=15,
        textColor=P.text,
        spaceBefore=7,
        spaceAfter=2,
        keepWithNext=1,
    )
    return Styles(
        title=derive("title", fontName=BOLD, fontSize=26, leading=32, textColor=P.primary),
        cover_title=derive(
            "cover-title", fontName=BOLD, fontSize=27, leading=34, textColor=P.white, spaceAfter=6
        ),
        cover_name=derive("cover-name", fontSize=15, leading=21, textColor=P.white),
        cover_label=derive(
            "cover-label", fontName=BOLD, fontSize=9, leading=12, textColor=HexColor("#BFD9DC")
        ),
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=17,
            leading=22,
            textColor=P.primary,
            spaceBefore=18,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            textColor=P.text,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=BOLD,
            fontSize=11,
            leading=15,
            textColor=P.primary,
            spaceBefore=14,
            spaceAfter=1,
            keepWithNext=1,
        ),
        body=base,
        small=derive("small", fontSize=9, leading=13, textColor=P.muted),
        meta=derive(
            "meta", fontSize=9, leading=13, textColor=P.muted, spaceAfter=6, keepWithNext=1
        ),
        label=derive(
            "label", fontName=BOLD, fontSize=8.5, leading=12, textColor=P.muted, spaceAfter=0
        ),
        cell=derive("cell", fontSize=9.5, leading=13, spaceAfter=0),
        cell_head=derive(
            "cell-head", fontName=BOLD, fontSize=8.5, leading=12, textColor=P.white, spaceAfter=0
        ),
        bullet=derive("bullet", spaceAfter=2),
        note_headings=(
            note_h,
            ParagraphStyle("cd-note-h2", parent=note_h, fontName=BOLD_ITALIC, leading=14.5),
            ParagraphStyle("cd-note-h3", parent=note_h, fontName=ITALIC, fontSize=10, leading=14),
        ),
        code=derive(
            "code",
            fontName=MONO,
            fontSize=9,
            leading=12.5,
            backColor=P.zebra,
            borderPadding=(3, 4, 3, 4),
            leftIndent=4,  # the shading stays within the text column
            rightIndent=4,
            spaceBefore=4,
            spaceAfter=8,
            allowWidows=1,
            allowOrphans=1,
        ),
        list_label=derive("list-label", textColor=P.primary),
    )
