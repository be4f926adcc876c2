from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.core.practice import Practice
from coachdesk.core.search import HL_CLOSE, HL_OPEN, build_query, words
from coachdesk.store import migrate

WORD_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=NL>'
    "<p class=MsoNormal><b><span style='font-family:\"Calibri\",sans-serif'>Actiepunt:"
    "</span></b> evaluatie&nbsp;met teamleider<o:p></o:p></p><!--[if gte mso 9]><xml>"
    "</xml><![endif]--></body></html>"
)
NASTY = [
    'Zij zei "stop" en NEAR(a b) * OR ( AND',
    "'; DROP TABLE coachee; -- en (((",
    "Emoji 🙂👍🏽 en een familie 👨‍👩‍👧 bij het reflecteren",
    "مرحبا بالعالم — שלום עולם — gemengd met Nederlands",
    WORD_HTML,
]


@pytest.fixture
def trajectory(practice: Practice):
    c = practice.coachees.create("Zoë Çelik", organisation="Gemeente Utrecht")
    return practice.trajectories.create(
        c.id, "Leiderschap", intake_question="Hoe krijg ik meer grip op de coördinatie?"
    )


def _session(practice: Practice, trajectory, **notes: str):
    return practice.sessions.create(trajectory.id, datetime(2026, 3, 3, 10), **notes)


def test_query_builder_quotes_every_word_and_prefixes_the_last():
    assert build_query("coördinatie team") == '"coordinatie" AND "team"*'
    assert build_query('NEAR("a" b*) OR -x') == '"near" AND "a" AND "b" AND "or" AND "x"*'
    assert build_query("coo\u0308rdinatie") == '"coordinatie"*'  # decomposed ö: one word
    assert build_query("Søren", spellings=lambda w, p: ["søren"]) == '("soren"* OR "søren")'
    for nothing in ("", "   ", '"', "*", "()", "\x00", "🙂", "--"):
        assert build_query(nothing) is None
    assert len(words("w " * 100)) == 12


def test_diacritics_folded_both_ways_and_prefix(practice, trajectory):
    s = _session(
        practice, trajectory, shared_notes="## Doel\n\nBetere **coördinatie** met wethouder"
    )
    for query in ("coordinatie", "coördinatie", "COÖRDINATIE", "coörd", "coor", "wethouder"):
        hits = [h for h in practice.search.find(query) if h.kind == "session"]
        assert [h.session_id for h in hits] == [s.id], query
    [hit] = [h for h in practice.search.find("coordinatie") if h.kind == "session"]
    assert f"{HL_OPEN}coördinatie{HL_CLOSE}" in hit.snippet
    assert "**" not in hit.snippet and "##" not in hit.snippet  # Markdown stripped for display
    assert hit.coachee_name == "Zoë Çelik" and hit.trajectory_title == "Leiderschap"
    assert hit.when == datetime(2026, 3, 3, 10) and hit.part == "shared"


def test_finds_every_kind_with_the_right_ids(practice, trajectory):
    s = _session(practice, trajectory, private_notes="Mijn irritatie over de planning")
    goal = practice.goals.create(trajectory.id, "Delegeren", success_criteria="Minder overwerk")
    agreement = practice.agreements.create(trajectory.id, "Overwerk bijhouden", session_id=s.id)
    hits = practice.search.find("overwerk")
    assert {(h.kind, h.goal_id, h.agreement_id, h.session_id) for h in hits} == {
        ("goal", goal.id, None, None),
        ("agreement", None, agreement.id, s.id),
    }
    [private] = practice.search.find("irritatie")
    assert private.part == "private" and private.session_id == s.id
    [intake] = practice.search.find("grip")
    assert intake.kind == "trajectory" and intake.trajectory_id == trajectory.id
    [name] = practice.search.find("celik")
    assert name.kind == "coachee" and name.trajectory_id is None


def test_index_follows_updates_and_deletes(practice, trajectory):
    s = _session(practice, trajectory, shared_notes="eerste versie")
    practice.notes.save_draft(s.id, shared_notes="tweede versie")
    assert practice.search.find("eerste") == []
    assert [h.session_id for h in practice.search.find("tweede")] == [s.id]
    practice.coachees.update(trajectory.coachee_id, name="Zoë Jansen")
    assert practice.search.find("celik") == [] and len(practice.search.find("jansen")) == 1
    practice.coachees.delete(trajectory.coachee_id)  # cascades through every child's trigger
    with practice.store.connect() as conn:
        assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_index, instance)")
        assert conn.execute("SELECT count(*) FROM temp.v").fetchone()[0] == 0  # no term left


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_is_stored_intact_and_searching_it_never_fails(practice, trajectory, text):
    s = _session(practice, trajectory, shared_notes=text, private_notes=text)
    assert practice.sessions.get(s.id).shared_notes == text
    practice.search.find(text)  # the whole text as a query: no FTS syntax error
    for word in words(text):
        assert s.id in {h.session_id for h in practice.search.find(word)}, word


def test_nul_bytes_are_removed_and_the_rest_is_kept(practice, trajectory):
    s = _session(practice, trajectory)
    practice.notes.save_draft(s.id, shared_notes="voor\x00na", private_notes="\x00geheim\x00")
    got = practice.sessions.get(s.id)
    assert (got.shared_notes, got.private_notes) == ("voorna", "geheim")
    assert [h.session_id for h in practice.search.find("geheim\x00")] == [s.id]


def test_one_megabyte_note(practice, trajectory):
    big = ("Een lange alinea over samenwerking en vertrouwen in het team. " * 17_000)[:1_000_000]
    big += " slotwoord"
    s = _session(practice, trajectory)
    practice.notes.save_draft(s.id, shared_notes=big)
    assert practice.sessions.get(s.id).shared_notes == big
    [hit] = [h for h in practice.search.find("slotwoord") if h.kind == "session"]
    assert hit.session_id == s.id and len(hit.snippet) < 400


def test_migration_0002_indexes_rows_that_existed_before(data_dir: Path):
    data_dir.mkdir(parents=True)
    db = data_dir / "coachdesk.db"
    migrate.upgrade(db, None, data_dir / "backups", target="0001")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO coachee (id, name, email, phone, organisation, role, notes, tags, status,"
            " created_at, updated_at) VALUES (1, 'Anaïs', '', '', '', '', '', '', 'active',"
            " '2026-01-01 09:00:00', '2026-01-01 09:00:00')"
        )
        conn.execute(
            "INSERT INTO trajectory (id, coachee_id, title, intake_question, status,"
            " closing_evaluation, created_at, updated_at) VALUES (1, 1, 'Loopbaan', '',"
            " 'active', '', '2026-01-01 09:00:00', '2026-01-01 09:00:00')"
        )
        conn.execute(
            "INSERT INTO coaching_session (id, trajectory_id, starts_at, duration_minutes, mode,"
            " location, paid, template, shared_notes, private_notes, created_at, updated_at)"
            " VALUES (7, 1, '2026-01-10 10:00:00.000000', 60, 'online', '', 1, 'grow',"
            " 'Over coördinatie', 'twijfel', '2026-01-10 09:00:00', '2026-01-10 09:00:00')"
        )
    conn.close()
    with Practice.open(str(data_dir)) as p:
        assert [h.session_id for h in p.search.find("coordinatie")] == [7]
        assert [h.part for h in p.search.find("twijfel")] == ["private"]
        assert [h.coachee_id for h in p.search.find("anais")] == [1]


def test_plain_letters_find_and_mark_letters_the_index_keeps(practice):
    """The index keeps ø, æ, ß, ł as they are; the search folds them as the coachee list does."""
    soren = practice.coachees.create("Søren Ærø")
    t = practice.trajectories.create(soren.id, "Loopbaan")
    s = _session(practice, t, shared_notes="Gesprek met Søren over de Straße en Łódź")
    for query, word in (
        ("soren", "Søren"),
        ("Søren", "Søren"),
        ("SOR", "Søren"),
        ("strasse", "Straße"),
        ("stras", "Straße"),
        ("lodz", "Łódź"),
    ):
        [hit] = [h for h in practice.search.find(query) if h.kind == "session"]
        assert hit.session_id == s.id, query
        assert f"{HL_OPEN}{word}{HL_CLOSE}" in hit.snippet, query
    [name] = [h for h in practice.search.find("soren aero") if h.kind == "coachee"]
    assert name.snippet == f"{HL_OPEN}Søren{HL_CLOSE} {HL_OPEN}Ærø{HL_CLOSE}"
    assert [h for h in practice.search.find("sorensen")] == []  # whole words still count


def test_a_word_with_a_kept_letter_still_finds_its_plain_spelling(practice, trajectory):
    s = _session(practice, trajectory, shared_notes="Soren en Strasse, zonder accenten")
    assert [h.session_id for h in practice.search.find("Søren Straße")] == [s.id]


def test_the_blocks_that_fold_to_plain_letters_are_complete():
    import unicodedata

    from coachdesk.core.folding import fold
    from coachdesk.core.search import FOLDS_TO_ASCII

    outside = [
        hex(code)
        for code in range(0x80, 0x110000)
        if unicodedata.category(chr(code))[0] in "LNM"  # what the tokenizer keeps in a word
        and (folded := fold(chr(code)))
        and folded[0].isascii()
        and not any(low <= code < high for low, high in FOLDS_TO_ASCII)
    ]
    assert outside == []


def test_index_terms_fold_as_their_text():
    """What the tokenizer makes of a letter folds as the letter itself (so "soren" + the
    index's "søren" finds everything "Søren" did)."""
    import unicodedata

    from coachdesk.core.folding import fold

    letters = [chr(c) for c in range(0xC0, 0x250) if unicodedata.category(chr(c))[0] == "L"]
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", enumerate(letters))
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    terms = dict(conn.execute("SELECT doc, term FROM v"))
    assert [ch for n, ch in enumerate(letters) if fold(terms[n]) != fold(ch)] == []
