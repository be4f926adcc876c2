"""The details found in the review of 25 exports, one crafted store each."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest

from coachdesk.report import charts
from coachdesk.report.trajectory_pdf import render_trajectory_pdf
from tests.report.pdf_helpers import NOW, flat, make_trajectory, reader, text_of
from tests.report.test_tagging import closed
from tests.report.ua_helpers import structure

BIG_FIVE = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")


def _big_five(value: float) -> dict[str, float]:
    return dict.fromkeys(BIG_FIVE, value)


def _pages(data: bytes) -> list[str]:
    return [flat(p.extract_text() or "") for p in reader(data).pages]


def test_profiles_are_limited_to_the_trajectory_period(practice):
    tid = make_trajectory(practice, sessions=3)  # January 2025, closed
    coachee = practice.trajectories.get(tid).coachee_id
    practice.trajectories.update(tid, start_date=date(2024, 3, 1), planned_end=date(2024, 12, 1))
    for n in range(3):
        day = datetime(2024, 4 + n, 1, 10)
        practice.sessions.create(tid, day, shared_notes="")
    for s in practice.sessions.list(tid):
        if s.starts_at.year == 2025:
            practice.sessions.delete(s.id)
    for day, value in ((date(2024, 5, 2), 61), (date(2025, 6, 1), 72)):
        practice.profiles.record(
            coachee, "big_five", _big_five(value), taken_on=day, variant="t_score"
        )
    text = text_of(render_trajectory_pdf(practice, tid, sections="profiles", now=NOW).data)
    assert "Big Five" in text and "2 mei 2024" in text
    assert "2025" not in text.replace("1 maart 2026", "")  # not the later one, not January's


def test_a_cancelled_trajectory_reads_as_cancelled(practice):
    tid = closed(practice, "cancelled")
    nl = flat(text_of(render_trajectory_pdf(practice, tid, now=NOW).data))
    assert "Geannuleerd op 30 januari 2025" in nl
    assert "Lopend" not in nl and "Loopt" not in nl and "Over tijd" not in nl
    assert "Niet afgerond (loopt door)" in nl and "Open bij de afsluiting" in nl
    en = flat(text_of(render_trajectory_pdf(practice, tid, lang="en", now=NOW).data))
    assert "Cancelled on 30 January 2025" in en and "Overdue" not in en


def test_an_ended_early_trajectory_gives_its_reason_in_both_languages(practice):
    tid = closed(practice, "ended_early")
    nl = flat(text_of(render_trajectory_pdf(practice, tid, sections="cover", now=NOW).data))
    assert "Voortijdig beëindigd op 30 januari 2025" in nl and "Nieuwe functie elders" in nl
    en = render_trajectory_pdf(practice, tid, lang="en", sections="cover", now=NOW).data
    en = flat(text_of(en))
    assert "Ended early on 30 January 2025" in en


def test_dropped_agreements_are_not_done_and_the_sponsor_period_is_the_agreed_one(practice):
    tid = make_trajectory(practice, sessions=2)
    first = practice.agreements.list(tid)[0]
    practice.agreements.drop(first.id, on=date(2025, 1, 20))
    text = flat(
        text_of(render_trajectory_pdf(practice, tid, sections="intake,agreements", now=NOW).data)
    )
    assert "Niet afgerond" in text
    assert "PERIODE 6 januari 2025 – 26 mei 2025" in text  # start – planned end, as agreed


def test_page_one_has_the_title_without_a_cover(practice):
    tid = make_trajectory(practice, sessions=2)
    data = render_trajectory_pdf(practice, tid, sections="goals", now=NOW).data
    first = _pages(data)[0]
    assert first.index("Leidinggeven in verandering") < first.index("Ontwikkeldoelen")
    assert "Marieke de Vries" in first and "De Vries Coaching" in first
    assert structure(data).root.kids[0].role == "H1"


def test_sponsor_agreements_only_with_a_sponsor(practice):
    coachee = practice.coachees.create("Eigen Betaler")
    tid = practice.trajectories.create(
        coachee.id, "Zelf betaald", intake_question="Wat wil ik?", contracted_sessions=6
    ).id
    text = flat(text_of(render_trajectory_pdf(practice, tid, sections="intake", now=NOW).data))
    assert "opdrachtgever" not in text.lower()
    assert "Afspraken over het traject" in text and "Hulpvraag" in text


def test_coach_and_practice_on_the_cover_in_the_footer_and_as_author(practice):
    tid = make_trajectory(practice, sessions=2)
    data = render_trajectory_pdf(practice, tid, now=NOW).data
    pages = _pages(data)
    assert "PRAKTIJK De Vries Coaching" in pages[0] and "COACH Marieke de Vries" in pages[0]
    assert all("Marieke de Vries · De Vries Coaching" in p for p in pages)
    assert reader(data).metadata.author == "Marieke de Vries"


def _pdftotext(data: bytes, *options: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    run = subprocess.run(["pdftotext", *options, "-", "-"], input=data, capture_output=True)
    return run.stdout.decode()


def _y_of(data: bytes, word: str) -> list[float]:
    html = _pdftotext(data, "-bbox")
    return [
        float(line.split('yMin="')[1].split('"')[0])
        for line in html.splitlines()
        if f">{word}<" in line
    ]


def test_the_signature_block_lines_up_with_or_without_a_coach_name(practice):
    tid = make_trajectory(practice, sessions=1)
    named = render_trajectory_pdf(practice, tid, sections="signatures", now=NOW).data
    practice.settings.set("coach_name", "")
    unnamed = render_trajectory_pdf(practice, tid, sections="signatures", now=NOW).data
    for word in ("PLAATS", "DATUM", "HANDTEKENING"):
        assert _y_of(named, word) == _y_of(unnamed, word) and _y_of(named, word)
    tagged = structure(named)
    [table] = tagged.elements("Table")
    headers = [c.role for c in table.kids[0].kids]
    assert headers == ["TH", "TH", "TH"]  # corner, Coachee, Coach (the gap is an artifact)


def test_numbers_side_by_side_have_the_same_decimals_and_a_real_minus(practice):
    coachee = practice.coachees.create("Cijfer Test")
    tid = practice.trajectories.create(coachee.id, "Decimalen", start_date=date(2025, 1, 1)).id
    goal = practice.goals.create(tid, "Rust")
    for n, value in enumerate((5.1, 5.6, 5.0)):
        practice.goals.rate(goal.id, value, rated_on=date(2025, 1, 1) + timedelta(days=7 * n))
    text = flat(_pdftotext(render_trajectory_pdf(practice, tid, sections="goals", now=NOW).data))
    assert "Eerste score 5,1, laatste score 5,0 (schaal 0–10; 3 scores)" in text
    assert "eerste 5,1" in text and "laatste 5,0" in text
    assert "\u25bc \u22120,6 sinds vorige" in text and "metingen" not in text


def test_chart_legends_and_a_compact_chart_for_one_rating(practice):
    tid = make_trajectory(practice, sessions=3)
    [progress] = practice.goals.list_progress(tid)
    svg = charts.to_svg(charts.goal_progress_chart(progress, lang="en")).decode()
    assert ">trend<" in svg  # the dashed line has a legend
    coachee = practice.trajectories.get(tid).coachee_id
    practice.profiles.record(
        coachee, "big_five", _big_five(61), taken_on=date(2025, 1, 7), variant="t_score"
    )
    instrument = practice.profiles.instrument("big_five")
    radar = charts.profile_chart(instrument, practice.profiles.list(coachee, "big_five"), lang="nl")
    assert ">gemiddelde 50<" in charts.to_svg(radar).decode()
    one = practice.goals.create(tid, "Eén keer")
    practice.goals.rate(one.id, 6, rated_on=date(2025, 1, 8))
    data = render_trajectory_pdf(practice, tid, sections="goals", now=NOW).data
    tagged = structure(data)  # keep the file open while its objects are read
    boxes = [f.obj.A.BBox for f in tagged.elements("Figure")]
    heights = sorted(float(b[3]) - float(b[1]) for b in boxes)
    assert heights[0] < heights[-1] * 0.6  # the single rating's chart is compact
    assert "Eén score tot nu toe: 6" in flat(text_of(data))


def test_no_colour_wheel_without_a_position(practice):
    tid = make_trajectory(practice, sessions=1)  # colour energies without a wheel label
    coachee = practice.trajectories.get(tid).coachee_id
    instrument = practice.profiles.instrument("colour_energies")
    chart = charts.profile_chart(instrument, practice.profiles.list(coachee), lang="nl")
    assert (
        instrument.labels is not None
        and instrument.labels.name("nl") not in charts.to_svg(chart).decode()
    )


def test_a_long_session_flows_and_its_heading_stays_with_its_first_lines(practice):
    long = "\n\n".join(
        f"Alinea {n} van de lange sessie. " + "veel woorden " * 50 for n in range(14)
    )
    tid = make_trajectory(practice, sessions=3, notes=long)
    pages = _pages(render_trajectory_pdf(practice, tid, sections="sessions", now=NOW).data)
    for n in (2, 3):
        [page] = [p for p in pages if f"Sessie {n} ·" in p]
        after = page.split(f"Sessie {n} ·")[1]
        assert "Alinea 0 van de lange sessie" in after  # not a heading alone at the foot
    for page in pages[:-1]:
        assert len(page) > 1500, "a (nearly) half-empty page"


def test_no_table_row_is_left_alone_on_a_page():
    from reportlab.platypus import Table

    from coachdesk.report.flow import TaggedTable

    rows = [["kop", "kop"]] + [[f"rij {n}", "x"] for n in range(10)]
    table = TaggedTable(
        rows, colWidths=[100, 100], rowHeights=[20] * 11, repeatRows=1, header_rows=1
    )
    table.wrap(200, 1000)
    assert table.split(200, 45) == []  # header and one row: rather the next page
    first, second = table.split(200, 205)  # would leave one row for the next page
    assert first._nrows - 1 >= 2 and second._nrows - 1 >= 2
    plain = Table(rows, colWidths=[100, 100], rowHeights=[20] * 11, repeatRows=1)
    plain.wrap(200, 1000)
    assert plain.split(200, 205)[1]._nrows - 1 == 1  # what reportlab alone would do


NOTE = """Een alinea die in de editor
op tachtig kolommen is afgebroken.

| Wat | Hoe |
|---|---|
| rust | goed |

> Geciteerd:
> zo zei ze het.

```
eerste regel
    ingesprongen regel
```
"""


def test_markdown_reads_as_written_in_the_extracted_text(practice):
    tid = make_trajectory(practice, sessions=1, notes=NOTE)
    data = render_trajectory_pdf(practice, tid, sections="sessions", now=NOW).data
    text = _pdftotext(data, "-layout")
    assert "Een alinea die in de editor op tachtig kolommen is afgebroken." in text
    assert "Geciteerd: zo zei ze het." in text
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.split() == ["Wat", "Hoe"] for line in lines)
    assert any(line.split() == ["rust", "goed"] for line in lines)
    code = next(line for line in text.splitlines() if "ingesprongen regel" in line)
    first = next(line for line in text.splitlines() if "eerste regel" in line)
    assert code.index("ingesprongen") - first.index("eerste") >= 3  # the indent is kept
