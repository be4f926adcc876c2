from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from coachdesk.core.instruments import load_instruments
from coachdesk.core.models import Goal, GoalRating, ProfileResult
from coachdesk.core.records import GoalProgress, Profile
from coachdesk.report.charts import goal_progress_chart, profile_chart, to_svg
from coachdesk.report.fonts import FALLBACK_FONTS, register_fonts

INSTRUMENTS = sorted(load_instruments().values(), key=lambda i: i.key)


def _strings(node) -> list[String]:
    found = []
    for item in node.getContents() if isinstance(node, Drawing | Group) else []:
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, Group):
            found += _strings(item)
    return found


def _profiles(instrument, dates=(date(2026, 3, 3),)) -> list[Profile]:
    variants = [v.key for v in instrument.variants] or [""]
    out = []
    for n, day in enumerate(dates):
        for k, variant in enumerate(variants):
            scores = {
                d.key: d.min + (d.max - d.min) * ((i + n + k) % 5 + 1) / 6
                for i, d in enumerate(instrument.dimensions)
            }
            label = instrument.labels.options[n].key if instrument.labels else ""
            result = ProfileResult(
                coachee_id=1,
                instrument_key=instrument.key,
                taken_on=day,
                variant=variant,
                label=label,
            )
            out.append(Profile(result, scores))
    return out


def _progress(values) -> GoalProgress:
    goal = Goal(id=1, trajectory_id=1, title="Grenzen aangeven")
    ratings = [GoalRating(goal_id=1, rated_on=d, value=v) for d, v in values]
    return GoalProgress(goal, ratings)


def _pdf_fonts(drawing: Drawing) -> set[tuple[str, bool]]:
    buffer = io.BytesIO()
    # A reportlab canvas starts in Helvetica unless told otherwise.
    canvas = Canvas(buffer, initialFontName=register_fonts())
    renderPDF.draw(drawing, canvas, 20, 400)
    canvas.save()
    fonts = set()
    for page in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"]
                if descendants
                else font.get("/FontDescriptor")
            )
            embedded = bool(
                descriptor
                and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2"))
            )
            fonts.add((str(font["/BaseFont"]), embedded))
    return fonts


def _check(drawing: Drawing) -> str:
    family = register_fonts()
    strings = _strings(drawing)
    assert strings
    # The family, and for what it lacks (▲ ▼ −) its embedded fallbacks.
    assert {s.fontName for s in strings} <= {family, f"{family}-Bold", *FALLBACK_FONTS}
    fonts = _pdf_fonts(drawing)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    svg = to_svg(drawing)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert b"NotoSans" not in svg and b"'Noto Sans'" in svg
    assert b"None" not in svg  # QtSvg would fill a polyline given "fill: None"
    # A label with a fallback glyph is drawn as runs, each starting where the last ended.
    text, end = "", None
    for s in strings:
        joined = end is not None and abs(s.x - end[0]) < 0.01 and s.y == end[1]
        text += ("" if joined else " ") + s.text
        width = stringWidth(s.text, s.fontName, s.fontSize)
        end = (s.x + width, s.y) if s.textAnchor == "start" else None
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.key)
def test_profile_chart_for_every_instrument(instrument, dark):
    for lang in ("nl", "en"):
        one_date = profile_chart(instrument, _profiles(instrument), lang=lang, dark=dark)
        text = _check(one_date)
        assert instrument.name(lang) in text
        for dim in instrument.dimensions:
            names = [p.name(lang) for p in dim.poles] if dim.poles else [dim.name(lang)[:6]]
            assert all(name in text for name in names), dim.key
        two_dates = _profiles(instrument, (date(2026, 1, 5), date(2026, 9, 1)))
        compared = _check(profile_chart(instrument, two_dates, lang=lang, dark=dark))
        assert ("2026" in compared) and ("sep" in compared.lower())


def test_profile_chart_details():
    ins = load_instruments()
    colours = profile_chart(ins["colour_energies"], _profiles(ins["colour_energies"]))
    text = _check(colours)
    assert "Positie op het wiel" in text and "Bewust: Hervormer" in text
    types = ins["type_preferences"]
    p = Profile(
        ProfileResult(coachee_id=1, instrument_key=types.key, taken_on=date(2026, 1, 1)),
        {"ei": 12, "sn": 7, "tf": -21, "jp": 3},
    )
    assert "Type INTP" in _check(profile_chart(types, [p], lang="en"))
    belbin = ins["belbin"]
    scores = {d.key: float(10 * i) for i, d in enumerate(belbin.dimensions)}
    result = ProfileResult(coachee_id=1, instrument_key="belbin", taken_on=date(2026, 1, 1))
    strings = [s.text for s in _strings(profile_chart(belbin, [Profile(result, scores)]))]
    assert strings.index("1.") < strings.index("Specialist") < strings.index("2.")
    empty = _check(profile_chart(ins["disc"], []))
    assert "Nog geen profiel" in empty


@pytest.mark.parametrize("dark", [False, True])
def test_goal_chart_marks_first_latest_and_trend(dark):
    progress = _progress([(date(2026, 1, 5), 3), (date(2026, 2, 2), 5), (date(2026, 3, 2), 6.5)])
    text = _check(goal_progress_chart(progress, dark=dark))
    assert "eerste 3" in text and "laatste 6,5" in text and "▲ +1,5" in text
    assert "5 jan" in text and "2 mrt" in text
    en = _check(goal_progress_chart(progress, lang="en", dark=dark))
    assert "first 3" in en and "latest 6.5" in en and "▲ +1.5 since previous" in en
    down = _check(goal_progress_chart(_progress([(date(2026, 1, 5), 7), (date(2026, 2, 5), 4)])))
    assert "▼ \u22123" in down  # a real minus sign
    one = _check(goal_progress_chart(_progress([(date(2026, 1, 5), 4)]), width=300, height=150))
    assert "laatste 4" in one and "eerste" not in one
    none = _check(goal_progress_chart(_progress([])))
    assert "Nog geen scores" in none


def test_chart_size_follows_the_arguments():
    progress = _progress([(date(2026, 1, 5), 3)])
    drawing = goal_progress_chart(progress, width=300, height=120)
    assert (drawing.width, drawing.height) == (300, 120)
    instrument = load_instruments()["disc"]
    drawing = profile_chart(instrument, _profiles(instrument), width=500, height=260)
    assert (drawing.width, drawing.height) == (500, 260)
    root = ET.fromstring(to_svg(drawing))
    assert root.get("width") == "500" and root.get("height") == "260"


def test_register_fonts_is_idempotent():
    assert register_fonts() == register_fonts() == "NotoSans"
