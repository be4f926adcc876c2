"""Read queries behind the facade. Lists stay narrow and use indexes."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, text
from sqlmodel import Session, col, func, select

from coachdesk.core.coachee_rows import COACHEE_ROWS_SQL, params, to_rows
from coachdesk.core.models import (
    Agreement,
    Coachee,
    CoachingSession,
    Goal,
    GoalRating,
    ProfileResult,
    ProfileScore,
    Sponsor,
    Trajectory,
)
from coachdesk.core.records import (
    CoacheeRow,
    GoalProgress,
    Profile,
    TrajectoryOverview,
    TrajectoryRow,
)

_COACHEE_ROWS = text(COACHEE_ROWS_SQL)


def coachee_rows(s: Session, status: str | None) -> list[CoacheeRow]:
    """The list rows; ``last_session`` is the latest session held (not a planned one)."""
    return to_rows(s.connection().execute(_COACHEE_ROWS, params(status)))


def trajectory_rows(s: Session, coachee_id: int | None, status: str | None) -> list[TrajectoryRow]:
    used = (
        select(func.count(col(CoachingSession.id)))
        .where(CoachingSession.trajectory_id == Trajectory.id)
        .where(counted_clause())
        .scalar_subquery()
    )
    # sqlmodel's select() is typed for at most four columns; this one has eight.
    query = select(  # type: ignore[call-overload]
        Trajectory.id,
        Trajectory.coachee_id,
        Coachee.name,
        Trajectory.title,
        Trajectory.status,
        Trajectory.start_date,
        used,
        Trajectory.contracted_sessions,
    ).join(Coachee, col(Coachee.id) == Trajectory.coachee_id)
    if coachee_id is not None:
        query = query.where(Trajectory.coachee_id == coachee_id)
    if status is not None:
        query = query.where(Trajectory.status == status)
    query = query.order_by(col(Trajectory.start_date).desc(), col(Trajectory.id).desc())
    return [TrajectoryRow(*row) for row in s.exec(query)]


def counts(session: CoachingSession) -> bool:
    """Does a session count against the contract (sessions and hours)? Held ones and
    charged no-shows do; planned and cancelled ones never."""
    return session.status == "held" or (session.status == "no_show" and session.charged)


def counted_clause(sessions: Any = CoachingSession) -> Any:
    """``counts`` as SQL, on ``sessions``: the session table or an alias of it."""
    return or_(
        col(sessions.status) == "held",
        and_(col(sessions.status) == "no_show", col(sessions.charged)),
    )


def sessions_of(s: Session, trajectory_id: int) -> list[CoachingSession]:
    query = (
        select(CoachingSession)
        .where(CoachingSession.trajectory_id == trajectory_id)
        .order_by(col(CoachingSession.starts_at), col(CoachingSession.id))
    )
    return list(s.exec(query))


def agreements_of(s: Session, trajectory_id: int, open_only: bool) -> list[Agreement]:
    query = select(Agreement).where(Agreement.trajectory_id == trajectory_id)
    if open_only:
        query = query.where(col(Agreement.done_date).is_(None))
    query = query.order_by(
        col(Agreement.due_date).is_(None), col(Agreement.due_date), col(Agreement.id)
    )
    return list(s.exec(query))


def goals_of(s: Session, trajectory_id: int) -> list[Goal]:
    query = (
        select(Goal)
        .where(Goal.trajectory_id == trajectory_id)
        .order_by(col(Goal.position), col(Goal.id))
    )
    return list(s.exec(query))


def next_goal_position(s: Session, trajectory_id: int) -> int:
    query = select(func.max(Goal.position)).where(Goal.trajectory_id == trajectory_id)
    current = s.exec(query).one()
    return 0 if current is None else current + 1


def ratings_of(s: Session, goal_ids: list[int]) -> dict[int, list[GoalRating]]:
    found: dict[int, list[GoalRating]] = {gid: [] for gid in goal_ids}
    if goal_ids:
        query = (
            select(GoalRating)
            .where(col(GoalRating.goal_id).in_(goal_ids))
            .order_by(col(GoalRating.rated_on), col(GoalRating.id))
        )
        for rating in s.exec(query):
            found[rating.goal_id].append(rating)
    return found


def profiles_of(s: Session, coachee_id: int, instrument_key: str | None) -> list[Profile]:
    query = select(ProfileResult).where(ProfileResult.coachee_id == coachee_id)
    if instrument_key is not None:
        query = query.where(ProfileResult.instrument_key == instrument_key)
    results = list(s.exec(query.order_by(col(ProfileResult.taken_on), col(ProfileResult.id))))
    scores: dict[int, dict[str, float]] = defaultdict(dict)
    if results:
        ids = [r.id for r in results]
        for score in s.exec(select(ProfileScore).where(col(ProfileScore.result_id).in_(ids))):
            scores[score.result_id][score.dimension_key] = score.score
    return [Profile(result=r, scores=dict(scores[r.id])) for r in results]  # type: ignore[index]


def latest_profiles(profiles: list[Profile]) -> list[Profile]:
    """The newest result per (instrument, variant), in instrument order."""
    latest: dict[tuple[str, str], Profile] = {}
    for profile in profiles:  # sorted by date ascending
        latest[(profile.result.instrument_key, profile.result.variant)] = profile
    return sorted(latest.values(), key=lambda p: (p.result.instrument_key, p.result.variant))


def overview(s: Session, t: Trajectory, now: datetime) -> TrajectoryOverview:
    coachee = s.get(Coachee, t.coachee_id)
    assert coachee is not None
    sponsor = s.get(Sponsor, t.sponsor_id) if t.sponsor_id is not None else None
    sessions = sessions_of(s, t.id)  # type: ignore[arg-type]
    counted = [x for x in sessions if counts(x)]
    held = [x for x in sessions if x.status == "held"]
    planned = [x for x in sessions if x.status == "planned" and x.starts_at > now]
    to_confirm = [x for x in sessions if x.status == "planned" and x.starts_at <= now]
    every_agreement = agreements_of(s, t.id, open_only=False)  # type: ignore[arg-type]
    open_agreements = [a for a in every_agreement if a.done_date is None]
    today = now.date()
    closed = t.status in ("completed", "cancelled")
    goals = goals_of(s, t.id)  # type: ignore[arg-type]
    ratings = ratings_of(s, [g.id for g in goals])  # type: ignore[misc]
    return TrajectoryOverview(
        trajectory=t,
        coachee=coachee,
        sponsor=sponsor,
        sessions_used=len(counted),
        sessions_planned=len(planned),
        minutes_used=sum(x.duration_minutes for x in counted),
        last_session=held[-1] if held else None,
        next_session=planned[0] if planned else None,
        open_agreements=open_agreements,
        # A closed trajectory has nothing overdue: its open agreements were carried over.
        overdue_agreements=[]
        if closed
        else [a for a in open_agreements if a.due_date and a.due_date < today],
        goals=[GoalProgress(goal=g, ratings=ratings[g.id]) for g in goals],  # type: ignore[index]
        profiles=latest_profiles(profiles_of(s, coachee.id, None)),  # type: ignore[arg-type]
        sessions_to_confirm=to_confirm,
        sessions_cancelled=sum(1 for x in sessions if x.status == "cancelled"),
        no_shows=sum(1 for x in sessions if x.status == "no_show"),
        closed_agreements=[a for a in every_agreement if a.done_date is not None],
        sessions=sessions,
    )


def sponsors_of_coachee(s: Session, coachee_id: int) -> list[Sponsor]:
    """The distinct sponsors of a coachee's trajectories, newest trajectory first."""
    query = (
        select(Sponsor, col(Trajectory.start_date), col(Trajectory.id))
        .join(Trajectory, col(Trajectory.sponsor_id) == Sponsor.id)
        .where(Trajectory.coachee_id == coachee_id)
        .order_by(col(Trajectory.start_date).desc(), col(Trajectory.id).desc())
    )
    seen: dict[int, Sponsor] = {}
    for sponsor, _start, _tid in s.exec(query):
        seen.setdefault(sponsor.id or 0, sponsor)
    return list(seen.values())
