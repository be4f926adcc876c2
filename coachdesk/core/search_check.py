"""Is the search index what its source rows say it should be? (``coachdesk check``)

The index is contentless (migration 0002): it keeps the words, not the texts. So
the check builds a fresh index of the source rows in memory (a temporary FTS5
table with the same tokenizer, on the read-only connection) and compares the two:
the same rows (rowids) and, per word, the same rows and counts (fts5vocab). It
never writes to the store.
"""

from __future__ import annotations

import sqlite3

from coachdesk.core.search import KIND_CODES
from coachdesk.core.search_index import SOURCES
from coachdesk.i18n import tr

TOKENIZE = "unicode61 remove_diacritics 2"


def _expected_rowids_sql() -> str:
    parts = []
    for table, (kind, bodies) in SOURCES.items():
        code = KIND_CODES[kind]
        for part, body in bodies:
            parts.append(
                f"SELECT ({code} << 40) + id * 2 + {part} AS rid, {body} AS body "
                f"FROM {table} WHERE trim({body}) <> ''"
            )
    return " UNION ALL ".join(parts)


def verify_index(conn: sqlite3.Connection) -> list[str]:
    """Problems found (sentences in the reader's language); empty when the index is right."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "search_index" not in names:
        return [tr("index.missing_table")]
    expected = _expected_rowids_sql()
    conn.execute("DROP TABLE IF EXISTS temp.check_index")
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.check_index USING fts5(body, content = '', "
        f"tokenize = '{TOKENIZE}')"
    )
    try:
        conn.execute(
            f"INSERT INTO temp.check_index(rowid, body) SELECT rid, body FROM ({expected})"
        )
        missing = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM temp.check_index "
            "EXCEPT SELECT rowid FROM main.search_index)"
        ).fetchone()[0]
        extra = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM main.search_index "
            "EXCEPT SELECT rowid FROM temp.check_index)"
        ).fetchone()[0]
        conn.execute(
            "CREATE VIRTUAL TABLE temp.vocab_main USING fts5vocab(main, search_index, row)"
        )
        conn.execute(
            "CREATE VIRTUAL TABLE temp.vocab_fresh USING fts5vocab(temp, check_index, row)"
        )
        words = sum(
            conn.execute(
                f"SELECT count(*) FROM (SELECT term, doc, cnt FROM temp.{a} "
                f"EXCEPT SELECT term, doc, cnt FROM temp.{b})"
            ).fetchone()[0]
            for a, b in (("vocab_main", "vocab_fresh"), ("vocab_fresh", "vocab_main"))
        )
    finally:
        for name in ("vocab_main", "vocab_fresh", "check_index"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    problems = []
    if missing:
        problems.append(tr("index.missing_rows", None, count=missing))
    if extra:
        problems.append(tr("index.extra_rows", None, count=extra))
    if words and not (missing or extra):
        problems.append(tr("index.words_differ", None, count=words))
    return problems
