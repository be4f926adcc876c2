from __future__ import annotations

import errno
import os
import zlib
from pathlib import Path

import pytest

from coachdesk.errors import ExportBuildError, ExportSectionsError, ExportWriteError
from coachdesk.report import SECTIONS
from coachdesk.report import trajectory_pdf as tp
from coachdesk.report.trajectory_pdf import (
    export_trajectory_pdf,
    parse_sections,
    render_trajectory_pdf,
)
from tests.report.pdf_helpers import (
    NOW,
    PRIVATE_MARKER,
    SHARED_MARKER,
    STANDARD_14,
    all_stream_bytes,
    flat,
    fonts_of,
    is_embedded,
    make_trajectory,
    reader,
    text_of,
)


@pytest.fixture
def trajectory(practice) -> int:
    return make_trajectory(practice, sessions=5)


def test_shared_notes_and_coachee_name_are_in_the_text(practice, trajectory):
    pdf = render_trajectory_pdf(practice, trajectory, now=NOW)
    text = text_of(pdf.data)
    assert "Zoë de Bruïne" in text
    for n in range(1, 6):
        assert f"{SHARED_MARKER} {n}" in text
    assert "Pagina 2 van" in text and "Sessieoverzicht" in text
    assert pdf.pages == len(reader(pdf.data).pages) > 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_private_notes_are_nowhere_in_the_file(practice, trajectory, lang):
    data = render_trajectory_pdf(practice, trajectory, lang=lang, now=NOW).data
    assert PRIVATE_MARKER not in text_of(data)
    assert PRIVATE_MARKER.encode() not in data
    streams = all_stream_bytes(data)
    assert len(streams) > 5  # content, fonts, ...: the walk really decodes streams
    assert any(b"Zo" in s for s in streams)  # positive control: readable text is found
    for stream in streams:
        assert PRIVATE_MARKER.encode() not in stream
        assert PRIVATE_MARKER.encode("utf-16-be") not in stream
    meta = reader(data).metadata
    assert all(PRIVATE_MARKER not in str(v) for v in meta.values())
    assert all(PRIVATE_MARKER not in o.title for o in reader(data).outline)


def test_private_marker_is_also_absent_after_inflating_raw_flate_streams(practice, trajectory):
    data = render_trajectory_pdf(practice, trajectory, now=NOW).data
    inflated = 0
    for chunk in data.split(b"stream")[1:]:
        body = chunk.lstrip(b"\r\n").split(b"endstream")[0]
        try:
            plain = zlib.decompress(body)
        except zlib.error:
            continue
        inflated += 1
        assert PRIVATE_MARKER.encode() not in plain
    assert inflated >= 1  # the embedded font files are Flate-compressed


def test_every_font_is_embedded_and_none_is_a_standard_14_font(practice, trajectory):
    data = render_trajectory_pdf(practice, trajectory, now=NOW).data
    fonts = fonts_of(data)
    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
        assert base not in STANDARD_14, base
        assert is_embedded(font), base


def test_metadata_title_author_subject_language_and_date(practice, trajectory):
    data = render_trajectory_pdf(practice, trajectory, lang="en", now=NOW).data
    r = reader(data)
    meta = r.metadata
    assert meta.title == "Coaching summary Zoë de Bruïne: Leidinggeven in verandering"
    assert meta.author == "Marieke de Vries"
    assert meta.subject == "Summary of the coaching trajectory"
    assert meta.creation_date is not None
    assert r.trailer["/Root"]["/Lang"] == "en"
    assert [o.title for o in r.outline][:2] == [
        "Intake question and agreements with the sponsor",
        "Development goals",
    ]


def test_language_is_chosen_per_export(practice, trajectory):
    nl = text_of(render_trajectory_pdf(practice, trajectory, lang="nl", now=NOW).data)
    en = text_of(render_trajectory_pdf(practice, trajectory, lang="en", now=NOW).data)
    assert "Ontwikkeldoelen" in nl and "Pagina 2 van" in nl and "januari 2025" in nl
    assert "Development goals" in en and "Page 2 of" in en and "January 2025" in en
    assert "Ontwikkeldoelen" not in en


NASTY = (
    "<b>niet vet</b> &amp; 5 < 6 > 4 <unbalanced <i>open & AT&T "
    '<script>alert("x")</script> <font name="Courier">nee</font> <para>'
)


def test_nasty_text_survives_literally_and_markdown_is_formatted(practice):
    tid = make_trajectory(practice, sessions=1, notes=f"{NASTY}\n\n**echt vet** en *schuin*")
    data = render_trajectory_pdf(practice, tid, now=NOW).data
    text = flat(text_of(data))
    assert flat(NASTY).strip() in text
    assert "echt vet en schuin" in text and "**" not in text
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts_of(data)} >= {
        "NotoSans-Bold",
        "NotoSans-Italic",
    }


def test_emoji_and_symbols_are_drawn_or_named_never_silent_boxes(practice):
    tid = make_trajectory(practice, sessions=1, notes="Goed gedaan ✓ ★ → 😀 € “prima” ëï")
    pdf = render_trajectory_pdf(practice, tid, now=NOW)
    text = text_of(pdf.data)
    assert "[grinning face]" in text
    assert "€ “prima” ëï" in text
    assert pdf.replaced == ["😀"]
    names = {str(f["/BaseFont"]).split("+")[-1] for f in fonts_of(pdf.data)}
    assert "NotoSansSymbols2-Regular" in names  # ✓ and ★ come from the symbol font


def test_one_session_and_sixty_sessions(practice):
    one = render_trajectory_pdf(practice, make_trajectory(practice, sessions=1), now=NOW)
    assert "1 gehouden sessie van 60 minuten." in flat(text_of(one.data))
    many_id = make_trajectory(practice, sessions=60, name="Bram Claes")
    many = render_trajectory_pdf(practice, many_id, now=NOW)
    text = text_of(many.data)
    assert "60 gehouden sessies, samen 60 uur." in flat(text)
    assert f"{SHARED_MARKER} 60" in text and "Sessie 60" in text
    assert many.pages > one.pages + 5
    assert f"Pagina {many.pages} van {many.pages}" in text


def test_long_notes_flow_across_pages(practice):
    long_note = "\n\n".join(f"Alinea {n}: " + "veel woorden " * 60 for n in range(40))
    tid = make_trajectory(practice, sessions=1, notes=long_note)
    pdf = render_trajectory_pdf(practice, tid, sections=["sessions"], now=NOW)
    assert pdf.pages >= 4
    assert "Alinea 39:" in text_of(pdf.data)


def test_sections_are_chosen_and_empty_ones_left_out(practice, trajectory):
    pdf = render_trajectory_pdf(practice, trajectory, sections="goals,agreements", now=NOW)
    text = text_of(pdf.data)
    assert "Ontwikkeldoelen" in text and "Afspraken" in text
    assert "Sessieoverzicht" not in text and "COACHTRAJECT" not in text
    bare = practice.trajectories.create(practice.coachees.create("Lege Lotte").id, "Kort traject")
    text = text_of(render_trajectory_pdf(practice, bare.id, now=NOW).data)
    assert "Lege Lotte" in text and "Kort traject" in text
    for title in ("Ontwikkeldoelen", "Sessieoverzicht", "Afsluitende evaluatie", "Hulpvraag"):
        assert title not in text
    assert "Ondertekening" in text


def test_parse_sections_validates_and_orders():
    assert parse_sections(None) == SECTIONS
    assert parse_sections("sessions, cover") == ("cover", "sessions")
    with pytest.raises(ExportSectionsError) as exc:
        parse_sections("cover,bogus")
    assert "bogus" in exc.value.message("nl") and "signatures" in exc.value.message("nl")
    with pytest.raises(ExportSectionsError):
        parse_sections(" , ")


# --- atomic writing -------------------------------------------------------------------


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-good-old-file")
    return target


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "summary.pdf")


def test_export_writes_the_file_and_replaces_the_old_one(practice, trajectory, good_file):
    result = export_trajectory_pdf(practice, trajectory, good_file, now=NOW)
    assert result.path == good_file and good_file.read_bytes().startswith(b"%PDF-1.")
    assert result.pages == len(reader(good_file).pages)
    assert _leftovers(good_file.parent) == []


def test_failing_build_leaves_the_old_file_intact(practice, trajectory, good_file, monkeypatch):
    def broken(ctx):
        raise RuntimeError("chart exploded")

    monkeypatch.setitem(tp._BUILDERS, "goals", broken)
    with pytest.raises(ExportBuildError) as exc:
        export_trajectory_pdf(practice, trajectory, good_file, now=NOW)
    assert "chart exploded" in exc.value.message("nl")
    assert good_file.read_bytes() == b"%PDF-good-old-file"
    assert _leftovers(good_file.parent) == []


@pytest.mark.parametrize(
    ("fail_in", "err", "reason_nl"),
    [
        ("mkstemp", errno.EACCES, "u mag in deze map niet schrijven"),
        ("fsync", errno.ENOSPC, "de schijf is vol"),
        ("replace", errno.EROFS, "u mag in deze map niet schrijven"),
    ],
)
def test_failed_write_leaves_the_old_file_and_no_temp_file(
    practice, trajectory, good_file, monkeypatch, fail_in, err, reason_nl
):
    from coachdesk.report import atomic

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    target = {"mkstemp": atomic.tempfile, "fsync": atomic.os, "replace": atomic.os}[fail_in]
    monkeypatch.setattr(target, fail_in, fail)
    with pytest.raises(ExportWriteError) as exc:
        export_trajectory_pdf(practice, trajectory, good_file, now=NOW)
    monkeypatch.undo()
    message = exc.value.message("nl")
    assert reason_nl in message and "Er is niets overschreven" in message
    assert str(good_file) in message
    assert good_file.read_bytes() == b"%PDF-good-old-file"
    assert _leftovers(good_file.parent) == []


def test_unwritable_locations_get_a_clear_message(practice, trajectory, tmp_path):
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    with pytest.raises(ExportWriteError) as exc:
        export_trajectory_pdf(practice, trajectory, a_file / "x.pdf", now=NOW)
    assert "de map bestaat niet" in exc.value.message("nl")
    with pytest.raises(ExportWriteError) as exc:
        export_trajectory_pdf(practice, trajectory, tmp_path, now=NOW)
    assert "this is a folder, not a file" in exc.value.message("en")
    if os.geteuid() != 0:  # root may write anywhere; the monkeypatched test covers it
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportWriteError):
            export_trajectory_pdf(practice, trajectory, locked / "x.pdf", now=NOW)


def test_goal_summary_is_printed_under_the_chart(practice, trajectory):
    text = text_of(render_trajectory_pdf(practice, trajectory, sections="goals", now=NOW).data)
    assert "Eerste score 3, laatste score 5" in text


def test_an_instrument_no_longer_installed_prints_its_scores_as_a_table(
    practice, trajectory, monkeypatch
):
    from coachdesk.errors import NotFoundError

    def gone(key):
        raise NotFoundError("profile", key)

    monkeypatch.setattr(practice.profiles, "instrument", gone)
    data = render_trajectory_pdf(practice, trajectory, sections="profiles", now=NOW).data
    text = text_of(data)
    assert "Colour energies" in text and "Blue" in text  # humanised keys in a score table


@pytest.mark.parametrize("sessions", [1, 2, 7])
def test_no_section_heading_is_left_alone_at_the_bottom_of_a_page(practice, sessions):
    from coachdesk.i18n import tr

    titles = {tr(f"pdf.section.{s}", "nl") for s in SECTIONS}
    data = render_trajectory_pdf(practice, make_trajectory(practice, sessions), now=NOW).data
    for number, page in enumerate(reader(data).pages, start=1):
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        body = [ln for ln in lines if not ln.startswith("Pagina ")]
        assert body[-1] not in titles, f"page {number} ends with the heading {body[-1]!r}"


def test_extreme_lengths_flow_instead_of_failing(practice):
    tid = make_trajectory(practice, sessions=2, name="Anna-Maria " + "van der Berg-" * 12)
    practice.trajectories.update(
        tid, title="Een heel lang traject " * 12, intake_question="vraag " * 800
    )
    practice.agreements.create(tid, "lange afspraak " * 600)  # one table row taller than a page
    coachee = practice.trajectories.get(tid).coachee_id
    practice.coachees.update(coachee, organisation="organisatie " * 400)  # the cover runs over
    practice.sessions.create(tid, NOW.replace(year=2025), shared_notes="https://x.org/" + "x" * 900)
    pdf = render_trajectory_pdf(practice, tid, now=NOW)
    r = reader(pdf.data)
    assert pdf.pages == len(r.pages) >= 8
    for number, page in enumerate(r.pages, start=1):
        lines = [ln for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        assert len(lines) > 4, f"page {number} is (nearly) empty"


def test_links_in_notes_are_clickable_on_the_page_that_shows_them(practice):
    note = "Zie [de site](https://example.org/x) en [dit](javascript:alert(1))."
    tid = make_trajectory(practice, sessions=12, notes=note)
    r = reader(render_trajectory_pdf(practice, tid, now=NOW).data)
    total = 0
    for page in r.pages:
        uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
        assert len(uris) == (page.extract_text() or "").count("de site")
        assert set(uris) <= {"https://example.org/x"}
        total += len(uris)
    assert total == 12
    assert "[dit](javascript:alert(1))" in text_of(r.stream.getvalue())


def test_numbers_round_half_up_like_the_window():
    from coachdesk.report.trajectory_data import Formatter

    nl, en = Formatter("nl"), Formatter("en")
    assert (nl.number(255 / 60), en.number(4.25), nl.number(2.0)) == ("4,3", "4.3", "2")


def test_pdf_dates_are_the_windows_dates():
    from datetime import date, datetime

    from coachdesk.report.trajectory_data import Formatter

    nl = Formatter("nl")
    day = date(2026, 3, 3)
    assert nl.short_date(day) == "3 mrt 2026"  # was "3 maa 2026": the long name cut short
    assert nl.date(day) == "3 maart 2026"
    assert nl.session_date(datetime(2026, 3, 3, 10, 0)) == "di 3 maart 2026, 10:00"


def test_the_saved_message_counts_one_page_as_one():
    from pathlib import Path as _Path

    from coachdesk.report.trajectory_pdf import ExportResult, done_message

    one = ExportResult(path=_Path("/x/a.pdf"), pages=1, replaced=[])
    assert done_message(one, "nl") == "PDF opgeslagen: /x/a.pdf (1 pagina)."
    assert done_message(ExportResult(path=_Path("/x/a.pdf"), pages=3, replaced=[]), "en").endswith(
        "(3 pages)."
    )
