"""Full-text search over the practice with SQLite FTS5.

The index (migration 0002) folds diacritics ("coordinatie" finds "coördinatie")
and has prefix indexes. User text never reaches FTS5 syntax: :func:`build_query`
cuts it into words (letters and digits only, as the index's tokenizer does),
quotes each word and prefix-matches the last, so quotes, ``NEAR``, ``*``,
parentheses or NUL bytes are just text.

Words are folded the way the coachee list folds them (coachdesk.core.folding), so
"soren" finds "Søren" here too. The index's tokenizer folds less: it keeps ø, æ,
ß, ł ... as they are. So each folded word also matches the index's own terms that
fold to it: :func:`spellings` looks them up in the index's vocabulary (a few
seeks into the term b-tree, only among terms with a non-ASCII letter) and the
word becomes ``("soren" OR "søren")``.

Speed: ranking every match with bm25 costs ~100 ms for a word that occurs in
half the notes, so each kind of document is fetched newest-first by rowid (the
FTS5 fast path) with a per-kind limit, then shown grouped by kind. The index is
contentless (no second copy of every note), so snippets come from core.snippets.

The queries run on a SQLAlchemy connection (the practice's service) or on a plain
``sqlite3`` connection (``coachdesk search`` on an up-to-date store, core/peek.py):
this module imports no SQLAlchemy, so the command starts without the ORM.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Literal

from coachdesk.core.folding import fold
from coachdesk.core.snippets import make_snippet

Kind = Literal["coachee", "session", "agreement", "goal", "trajectory"]

# rowid = (kind << 40) + id * 2 + part, as in migration 0002.
KIND_CODES: dict[str, int] = {
    "session": 1,
    "agreement": 2,
    "goal": 3,
    "trajectory": 4,
    "coachee": 5,
}
# The order in which kinds are shown.
KIND_ORDER: tuple[Kind, ...] = ("coachee", "session", "agreement", "goal", "trajectory")
MAX_WORDS = 12
MAX_WORD_CHARS = 64
HL_OPEN, HL_CLOSE = "\ue000", "\ue001"  # private-use characters: never typed by a coach
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|`")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place where the words were found."""

    kind: Kind
    part: Literal["shared", "private", ""]
    coachee_id: int
    coachee_name: str
    trajectory_id: int | None
    trajectory_title: str
    session_id: int | None
    agreement_id: int | None
    goal_id: int | None
    when: date | datetime | None
    snippet: str  # matched words between HL_OPEN and HL_CLOSE

    def snippet_with(self, open_mark: str, close_mark: str) -> str:
        return self.snippet.replace(HL_OPEN, open_mark).replace(HL_CLOSE, close_mark)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["snippet"] = self.snippet_with("«", "»")
        if isinstance(self.when, datetime | date):
            data["when"] = self.when.isoformat()
        return data


def _is_word_char(ch: str) -> bool:
    # unicode61 keeps letters, numbers, private-use and (with remove_diacritics) marks.
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or cat == "Co"


def words(query: str) -> list[str]:
    """The words of ``query`` as the index's tokenizer would cut them."""
    query = unicodedata.normalize("NFC", query.replace("\x00", " "))
    found: list[str] = []
    current: list[str] = []
    for ch in query:
        if _is_word_char(ch) and ch not in (HL_OPEN, HL_CLOSE):
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    result = []
    for word in found:
        if unicodedata.category(word[0])[0] == "M":  # a stray mark on its own
            word = word.lstrip("".join(c for c in word if unicodedata.category(c)[0] == "M"))
        if word:
            result.append(word[:MAX_WORD_CHARS])
    return result[:MAX_WORDS]


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_query(
    query: str,
    prefix: bool = True,
    spellings: Callable[[str, bool], list[str]] | None = None,
) -> str | None:
    """An FTS5 MATCH expression for ``query``: every word folded and quoted, the last a prefix.

    ``spellings(folded, prefix)`` names the index's other terms for a folded word
    (see :func:`spellings`); they are or-ed with it. None when the query has no
    words (nothing to search for).
    """
    found = words(query)
    parts = []
    for n, word in enumerate(found):
        folded = fold(word) or word
        last = prefix and n == len(found) - 1
        alternatives = [_phrase(folded) + ("*" if last else "")]
        alternatives += [_phrase(term) for term in (spellings(folded, last) if spellings else ())]
        parts.append(
            alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"
        )
    return " AND ".join(parts) or None


# The non-ASCII characters whose fold starts with an ASCII letter or digit (Latin,
# IPA, letterlike, enclosed and full-width forms, ligatures, mathematical letters)
# all lie in these blocks (a test checks it): only there can a term that starts
# with a non-ASCII letter fold to a word typed in plain letters.
FOLDS_TO_ASCII = ((0x80, 0x400), (0x1D00, 0x3400), (0xA700, 0xA800), (0xFB00, 0x20000))
MAX_SPELLINGS = 200  # other terms per word at most
_VOCABULARY = "temp.search_terms"


def _term_ranges(folded: str) -> list[tuple[str, str]]:
    """Term ranges [low, high) that hold every term whose fold starts with ``folded``
    but that is spelt with a non-ASCII letter: its part before that letter is the
    same as the start of ``folded`` (plain letters fold to themselves)."""
    ranges = []
    for at, ch in enumerate(folded):
        head = folded[:at]
        if at == 0 and ch.isascii():
            ranges += [(chr(low), chr(high)) for low, high in FOLDS_TO_ASCII]
        else:
            ranges.append((head + "\x80", head + "\U0010ffff"))
        if not ch.isascii():
            break
    return ranges


def _execute(conn: Any, sql: str, params: Any = ()) -> list[Any]:
    """Rows of ``sql`` on a SQLAlchemy connection or a DB-API (sqlite3) connection."""
    run = getattr(conn, "exec_driver_sql", None)
    if run is not None:
        result = run(sql, params)
        return list(result) if result.returns_rows else []
    cursor = conn.execute(sql, params)
    return cursor.fetchall() if cursor.description is not None else []


def spellings(conn: Any, folded: str, prefix: bool) -> list[str]:
    """The index's terms, other than ``folded`` itself, that fold to ``folded``
    (with ``prefix``: to a word that starts with it), e.g. "søren" for "soren"."""
    _execute(
        conn,
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCABULARY} USING fts5vocab(main, search_index, row)",
    )
    ranges = _term_ranges(folded)
    if not ranges:
        return []
    sql = " UNION ALL ".join(
        f"SELECT term FROM {_VOCABULARY} WHERE term >= ? AND term < ?" for _ in ranges
    )
    found = []
    for (term,) in _execute(conn, sql, tuple(bound for r in ranges for bound in r)):
        spelt = fold(term)
        if term != folded and (spelt.startswith(folded) if prefix else spelt == folded):
            found.append(term)
            if len(found) == MAX_SPELLINGS:
                break
    return found


_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE)


def _plain(snippet: str) -> str:
    """Text without Markdown markup and line breaks, for one line in a list.

    A heading line becomes "Heading:", so "## Doel\n\nRust" reads "Doel: Rust".
    """
    snippet = _HEADING_LINE.sub(lambda m: f"{m.group(1)}:" if m.group(1) else "", snippet)
    snippet = _BULLET.sub("• ", snippet)
    snippet = _MARKUP.sub("", snippet)
    return " ".join(snippet.split())


# Per kind: the columns (ref id, coachee id, name, trajectory id, title, session id, when,
# indexed text) and the joins from the hit ``h`` to them.
_SELECT = {
    "session": (
        "s.id, c.id, c.name, t.id, t.title, s.id, s.starts_at,"
        " CASE h.part WHEN 0 THEN s.shared_notes ELSE s.private_notes END",
        "JOIN coaching_session s ON s.id = h.ref JOIN trajectory t ON t.id = s.trajectory_id"
        " JOIN coachee c ON c.id = t.coachee_id",
    ),
    "agreement": (
        "a.id, c.id, c.name, t.id, t.title, a.session_id,"
        " coalesce((SELECT x.starts_at FROM coaching_session x WHERE x.id = a.session_id),"
        " a.due_date), a.text",
        "JOIN agreement a ON a.id = h.ref JOIN trajectory t ON t.id = a.trajectory_id"
        " JOIN coachee c ON c.id = t.coachee_id",
    ),
    "goal": (
        "g.id, c.id, c.name, t.id, t.title, NULL, t.start_date,"
        " g.title || char(10) || g.description || char(10) || g.success_criteria",
        "JOIN goal g ON g.id = h.ref JOIN trajectory t ON t.id = g.trajectory_id"
        " JOIN coachee c ON c.id = t.coachee_id",
    ),
    "trajectory": (
        "t.id, c.id, c.name, t.id, t.title, NULL, t.start_date,"
        " t.title || char(10) || t.intake_question",
        "JOIN trajectory t ON t.id = h.ref JOIN coachee c ON c.id = t.coachee_id",
    ),
    "coachee": (
        "c.id, c.id, c.name, NULL, '', NULL, NULL, c.name",
        "JOIN coachee c ON c.id = h.ref",
    ),
}


def _kind_sql(kind: str, shared_only: bool = False) -> str:
    code = KIND_CODES[kind]
    columns, joins = _SELECT[kind]
    # Bit 0 of the rowid is the part: 1 is a private note (only sessions have one).
    private = " AND (f.rowid & 1) = 0" if shared_only else ""
    return f"""
        SELECT h.part, {columns}
          FROM (SELECT (f.rowid - ({code} << 40)) >> 1 AS ref,
                       (f.rowid & 1) AS part,
                       f.rowid AS rid
                  FROM search_index f
                 WHERE search_index MATCH :match
                   AND f.rowid >= ({code} << 40) AND f.rowid < ({code + 1} << 40){private}
                 ORDER BY f.rowid DESC LIMIT :limit) h
          {joins}
         ORDER BY h.rid DESC
    """


def _when(value: object) -> date | datetime | None:
    if value is None or isinstance(value, date | datetime):
        return value
    text_value = str(value)
    try:
        return (
            datetime.fromisoformat(text_value)
            if " " in text_value or "T" in text_value
            else date.fromisoformat(text_value)
        )
    except ValueError:
        return None


def search(conn: Any, query: str, limit: int = 50, *, shared_only: bool = False) -> list[SearchHit]:
    """Hits for ``query``, grouped by kind (names first), newest date first within a kind.

    At most ``limit`` hits per kind (the most recently written ones). An empty or
    wordless query finds nothing. ``shared_only`` leaves private notes out (a shared
    screen, output that goes elsewhere).
    """
    limit = min(limit, 10_000)  # SQLite integers are 64-bit; no one reads more hits
    if limit < 1:
        return []
    match = build_query(query, spellings=lambda folded, prefix: spellings(conn, folded, prefix))
    if match is None:
        return []
    query_words = words(query)
    hits: list[SearchHit] = []
    for kind in KIND_ORDER:
        found: list[SearchHit] = []
        rows = _execute(conn, _kind_sql(kind, shared_only), {"match": match, "limit": limit})
        for part, ref, coachee_id, name, traj_id, title, session_id, when, body in rows:
            if coachee_id is None:
                continue  # the source row is gone (should not happen: triggers keep sync)
            found.append(
                SearchHit(
                    kind=kind,
                    part=("private" if part else "shared") if kind == "session" else "",
                    coachee_id=coachee_id,
                    coachee_name=name,
                    trajectory_id=traj_id,
                    trajectory_title=title or "",
                    session_id=session_id,
                    agreement_id=ref if kind == "agreement" else None,
                    goal_id=ref if kind == "goal" else None,
                    when=_when(when),
                    snippet=make_snippet(body or "", query_words, HL_OPEN, HL_CLOSE, clean=_plain),
                )
            )
        found.sort(key=_newest_first)
        hits.extend(found)
    return hits


def _newest_first(hit: SearchHit) -> tuple[int, float]:
    when = hit.when
    if when is None:
        return (1, 0.0)
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day)
    return (0, -when.timestamp())
