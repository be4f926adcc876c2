"""full-text search index (FTS5) over notes, agreements, goals, trajectories, names

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 18:10:00

Written by hand: autogenerate does not know virtual tables or triggers. One
contentless FTS5 table ``search_index`` (it keeps no second copy of the notes;
snippets are made from the source rows) with a single ``body`` column; the
rowid says what a row is: ``(kind << 40) + id * 2 + part`` with kind 1 session
(part 0 shared notes, part 1 private notes), 2 agreement, 3 goal, 4 trajectory
(title and intake question), 5 coachee (name). Only non-blank texts are indexed.
Triggers keep it in sync; a contentless table forgets a row through the
'delete' command with the exact old text, which the triggers have. Deleting a
coachee cascades through the triggers of every child table. The same numbers
and expressions live in coachdesk/core/search.py and search_index.py.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# table, kind, [(part, body expression over NEW/OLD as {r}, watched columns)]
SOURCES = [
    ("coaching_session", 1, [(0, "{r}.shared_notes", ["shared_notes"]),
                             (1, "{r}.private_notes", ["private_notes"])]),
    ("agreement", 2, [(0, "{r}.text", ["text"])]),
    ("goal", 3, [(0, "{r}.title || char(10) || {r}.description || char(10) || {r}.success_criteria",
                  ["title", "description", "success_criteria"])]),
    ("trajectory", 4, [(0, "{r}.title || char(10) || {r}.intake_question",
                        ["title", "intake_question"])]),
    ("coachee", 5, [(0, "{r}.name", ["name"])]),
]


def _rowid(kind: int, part: int, ref: str) -> str:
    return f"({kind} << 40) + {ref}.id * 2 + {part}"


def _insert(kind: int, part: int, body: str, ref: str) -> str:
    expr = body.format(r=ref)
    return (
        f"INSERT INTO search_index(rowid, body) SELECT {_rowid(kind, part, ref)}, {expr} "
        f"WHERE trim({expr}) <> '';"
    )


def _forget(kind: int, part: int, body: str, ref: str) -> str:
    expr = body.format(r=ref)
    return (
        f"INSERT INTO search_index(search_index, rowid, body) "
        f"SELECT 'delete', {_rowid(kind, part, ref)}, {expr} WHERE trim({expr}) <> '';"
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    for table, kind, parts in SOURCES:
        inserts = " ".join(_insert(kind, part, body, "new") for part, body, _ in parts)
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {inserts} END"
        )
        forgets = " ".join(_forget(kind, part, body, "old") for part, body, _ in parts)
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {forgets} END"
        )
        for part, body, columns in parts:
            changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
            op.execute(
                f"CREATE TRIGGER search_{table}_au{part} AFTER UPDATE OF {', '.join(columns)} "
                f"ON {table} WHEN {changed} BEGIN "
                f"{_forget(kind, part, body, 'old')} {_insert(kind, part, body, 'new')} END"
            )
    for table, kind, parts in SOURCES:
        for part, body, _ in parts:
            expr = body.format(r=table)
            op.execute(
                f"INSERT INTO search_index(rowid, body) SELECT {_rowid(kind, part, table)}, "
                f"{expr} FROM {table} WHERE trim({expr}) <> ''"
            )


def downgrade() -> None:
    for table, _, parts in SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_ai")
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_ad")
        for part, _, _ in parts:
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_au{part}")
    op.execute("DROP TABLE IF EXISTS search_index")
