"""running totals for the home screen, kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 05:45:00

At 10,000 coachees the home screen's full read took 110-150 ms, nearly all of it
SQLite seeking: every open trajectory's sessions summed for its contract use,
every open overdue agreement checked against its trajectory and coachee, every
month's sessions summed for the hours. Written by hand (autogenerate does not
know triggers); the models do not describe these columns (migrate.include_name):

- trajectory.counted_sessions / counted_minutes: the sessions and minutes counted
  against the contract (held, or a no-show that is charged);
  trajectory.last_planned_at: the start of its last planned session;
- agreement.live: 1 while its trajectory is open (intake, active, paused) and its
  coachee active;
- session_month: per month ("YYYY-MM") the sessions per status and the minutes
  paid, counted and held.

Triggers add and subtract a row's share as it is inserted, deleted or changed
(in the same statement, so a crash leaves them as true as the rows); a bulk load
pauses them and recomputes everything (core/overview_totals.py, whose
RECOMPUTE is the same as the copy below, frozen here as of this revision).
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OPEN = "('intake', 'active', 'paused')"


def _counted(r: str) -> str:
    return f"({r}.status = 'held' OR ({r}.status = 'no_show' AND {r}.charged))"


def _live(trajectory_id: str) -> str:
    return (
        f"coalesce((SELECT t.status IN {OPEN} AND c.status = 'active' FROM trajectory t"
        f" JOIN coachee c ON c.id = t.coachee_id WHERE t.id = {trajectory_id}), 0)"
    )


MONTH_COLUMNS = (
    "planned",
    "held",
    "cancelled",
    "no_show",
    "paid_minutes",
    "counted_minutes",
    "held_minutes",
)


def _shares(r: str) -> list[str]:
    """A session's share of its month, in the order of MONTH_COLUMNS."""
    counted = _counted(r)
    return [
        f"{r}.status = 'planned'",
        f"{r}.status = 'held'",
        f"{r}.status = 'cancelled'",
        f"{r}.status = 'no_show'",
        f"CASE WHEN {counted} AND {r}.paid THEN {r}.duration_minutes ELSE 0 END",
        f"CASE WHEN {counted} THEN {r}.duration_minutes ELSE 0 END",
        f"CASE WHEN {r}.status = 'held' THEN {r}.duration_minutes ELSE 0 END",
    ]


def _add_month(r: str) -> str:
    names = ", ".join(MONTH_COLUMNS)
    values = ", ".join(_shares(r))
    update = ", ".join(f"{c} = {c} + excluded.{c}" for c in MONTH_COLUMNS)
    return (
        f"INSERT INTO session_month (month, {names}) VALUES (substr({r}.starts_at, 1, 7), {values})"
        f" ON CONFLICT (month) DO UPDATE SET {update};"
    )


def _subtract_month(r: str) -> str:
    update = ", ".join(
        f"{c} = {c} - ({share})" for c, share in zip(MONTH_COLUMNS, _shares(r), strict=True)
    )
    return f"UPDATE session_month SET {update} WHERE month = substr({r}.starts_at, 1, 7);"


def _use(r: str, sign: str) -> str:
    return (
        f"UPDATE trajectory SET counted_sessions = counted_sessions {sign} 1,"
        f" counted_minutes = counted_minutes {sign} {r}.duration_minutes"
        f" WHERE id = {r}.trajectory_id AND {_counted(r)};"
    )


_LAST_PLANNED = (
    "(SELECT max(s.starts_at) FROM coaching_session s"
    " WHERE s.trajectory_id = trajectory.id AND s.status = 'planned')"
)

TRIGGERS = {
    "home_session_ai": (
        "AFTER INSERT ON coaching_session",
        _add_month("new")
        + _use("new", "+")
        + " UPDATE trajectory SET last_planned_at = new.starts_at WHERE id = new.trajectory_id"
        " AND new.status = 'planned'"
        " AND (last_planned_at IS NULL OR last_planned_at < new.starts_at);",
    ),
    "home_session_ad": (
        "AFTER DELETE ON coaching_session",
        _subtract_month("old")
        + _use("old", "-")
        + f" UPDATE trajectory SET last_planned_at = {_LAST_PLANNED}"
        " WHERE id = old.trajectory_id AND old.status = 'planned';",
    ),
    "home_session_au": (
        "AFTER UPDATE OF trajectory_id, starts_at, duration_minutes, paid, status, charged"
        " ON coaching_session",
        _subtract_month("old")
        + _add_month("new")
        + _use("old", "-")
        + _use("new", "+")
        + f" UPDATE trajectory SET last_planned_at = {_LAST_PLANNED}"
        " WHERE id IN (old.trajectory_id, new.trajectory_id)"
        " AND (old.status = 'planned' OR new.status = 'planned');",
    ),
    "home_agreement_ai": (
        "AFTER INSERT ON agreement",
        f"UPDATE agreement SET live = {_live('new.trajectory_id')} WHERE id = new.id;",
    ),
    "home_agreement_au": (
        "AFTER UPDATE OF trajectory_id ON agreement",
        f"UPDATE agreement SET live = {_live('new.trajectory_id')} WHERE id = new.id;",
    ),
    "home_trajectory_au": (
        "AFTER UPDATE OF status, coachee_id ON trajectory",
        f"UPDATE agreement SET live = {_live('new.id')} WHERE trajectory_id = new.id;",
    ),
    "home_coachee_au": (
        "AFTER UPDATE OF status ON coachee",
        f"UPDATE agreement SET live = {_live('agreement.trajectory_id')}"
        " WHERE trajectory_id IN (SELECT id FROM trajectory WHERE coachee_id = new.id);",
    ),
}

# Everything from the rows (the same as core/overview_totals.RECOMPUTE at this revision).
_COUNTED_S = _counted("s")
RECOMPUTE = [
    "UPDATE trajectory SET"
    " counted_sessions = (SELECT count(*) FROM coaching_session s"
    f" WHERE s.trajectory_id = trajectory.id AND {_COUNTED_S}),"
    " counted_minutes = (SELECT coalesce(sum(s.duration_minutes), 0) FROM coaching_session s"
    f" WHERE s.trajectory_id = trajectory.id AND {_COUNTED_S}),"
    f" last_planned_at = {_LAST_PLANNED}",
    f"UPDATE agreement SET live = {_live('agreement.trajectory_id')}",
    "DELETE FROM session_month",
    f"INSERT INTO session_month (month, {', '.join(MONTH_COLUMNS)})"
    " SELECT substr(s.starts_at, 1, 7), "
    + ", ".join(f"sum({share})" for share in _shares("s"))
    + " FROM coaching_session s GROUP BY 1",
]


def upgrade() -> None:
    op.execute("ALTER TABLE trajectory ADD COLUMN counted_sessions INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE trajectory ADD COLUMN counted_minutes INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE trajectory ADD COLUMN last_planned_at DATETIME")
    op.execute("ALTER TABLE agreement ADD COLUMN live INTEGER NOT NULL DEFAULT 0")
    op.execute(
        "CREATE TABLE session_month (month VARCHAR NOT NULL PRIMARY KEY, "
        + ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in MONTH_COLUMNS)
        + ") WITHOUT ROWID"
    )
    for statement in RECOMPUTE:
        op.execute(statement)
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    # The overdue agreements of open trajectories, from the index alone.
    op.execute("CREATE INDEX ix_agreement_live_due ON agreement (live, done_date, due_date)")
    # Near the contract's end, no next session: the open trajectories from the index alone.
    op.execute(
        "CREATE INDEX ix_trajectory_home ON trajectory (status, contracted_sessions,"
        " contracted_hours, counted_sessions, counted_minutes, last_planned_at, coachee_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_trajectory_home")
    op.execute("DROP INDEX ix_agreement_live_due")
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE session_month")
    op.execute("ALTER TABLE agreement DROP COLUMN live")
    for column in ("last_planned_at", "counted_minutes", "counted_sessions"):
        op.execute(f"ALTER TABLE trajectory DROP COLUMN {column}")
