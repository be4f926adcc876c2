from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk import errors
from coachdesk.core.practice import Practice

DISC = {"d": 40, "i": 70, "s": 20, "c": 55}


@pytest.fixture
def trajectory(practice: Practice):
    coachee = practice.coachees.create("Zoë de Vries", organisation="Gemeente Utrecht")
    sponsor = practice.sponsors.create("Gemeente Utrecht", contact_name="Jan Smit")
    return practice.trajectories.create(
        coachee.id,
        "Leiderschapstraject",
        sponsor_id=sponsor.id,
        contracted_sessions=8,
        contracted_hours=12,
        start_date=date(2026, 1, 5),
        planned_end=date(2026, 6, 30),
        status="active",
    )


def test_coachee_roundtrip_keeps_unicode_and_normalises_tags(practice: Practice):
    c = practice.coachees.create(
        "  Zoë Öztürk ", email="zoe@utrecht.example", tags=["werkdruk", " Werkdruk", "loopbaan"]
    )
    got = practice.coachees.get(c.id)
    assert got.name == "Zoë Öztürk"
    assert got.tags == "werkdruk, loopbaan"
    assert got.status == "active"
    updated = practice.coachees.update(c.id, role="teamleider")
    assert updated.role == "teamleider"
    assert updated.updated_at >= got.updated_at


def test_archive_restore_and_list_filter(practice: Practice):
    a = practice.coachees.create("Anaïs Jansen")
    b = practice.coachees.create("Bram Bakker")
    practice.coachees.archive(b.id)
    assert [r.name for r in practice.coachees.list(status="active")] == ["Anaïs Jansen"]
    assert [r.name for r in practice.coachees.list(status="archived")] == ["Bram Bakker"]
    practice.coachees.restore(b.id)
    assert {r.id for r in practice.coachees.list(status="active")} == {a.id, b.id}


def test_delete_coachee_cascades_to_everything(practice: Practice, trajectory):
    s = practice.sessions.create(trajectory.id, datetime(2026, 2, 1, 10))
    practice.agreements.create(trajectory.id, "Gesprek plannen", session_id=s.id)
    g = practice.goals.create(trajectory.id, "Grenzen aangeven")
    practice.goals.rate(g.id, 5, session_id=s.id)
    practice.profiles.record(trajectory.coachee_id, "disc", DISC, variant="natural")
    practice.coachees.delete(trajectory.coachee_id)
    with practice.store.connect() as conn:
        for table in (
            "trajectory",
            "coaching_session",
            "agreement",
            "goal",
            "goal_rating",
            "profile_result",
            "profile_score",
        ):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        # The sponsor is organisation data and stays.
        assert conn.execute("SELECT count(*) FROM sponsor").fetchone()[0] == 1


def test_delete_sponsor_keeps_trajectory(practice: Practice, trajectory):
    practice.sponsors.delete(trajectory.sponsor_id)
    assert practice.trajectories.get(trajectory.id).sponsor_id is None


def test_overview_counts_used_planned_overdue_and_goal_trend(practice: Practice, trajectory):
    now = datetime(2026, 3, 1, 12)
    for day, minutes in ((5, 60), (19, 90)):
        practice.sessions.create(
            trajectory.id, datetime(2026, 2, day, 10), duration_minutes=minutes
        )
    nxt = practice.sessions.plan(trajectory.id, datetime(2026, 3, 10, 10))
    practice.agreements.create(trajectory.id, "Verslag schrijven", due_date=date(2026, 2, 20))
    practice.agreements.create(trajectory.id, "Boek lezen", due_date=date(2026, 3, 20))
    done = practice.agreements.create(trajectory.id, "Bellen met HR", due_date=date(2026, 2, 1))
    practice.agreements.complete(done.id, date(2026, 2, 1))
    goal = practice.goals.create(trajectory.id, "Aanspreken")
    practice.goals.rate(goal.id, 3, date(2026, 2, 5))
    practice.goals.rate(goal.id, 6.5, date(2026, 2, 19))
    practice.profiles.record(
        trajectory.coachee_id, "disc", {**DISC, "d": 30}, date(2026, 1, 1), "natural"
    )
    practice.profiles.record(
        trajectory.coachee_id, "disc", {**DISC, "d": 55}, date(2026, 2, 1), "natural"
    )

    o = practice.trajectories.overview(trajectory.id, now=now)
    assert (o.sessions_used, o.sessions_contracted, o.sessions_planned) == (2, 8, 1)
    assert o.minutes_used == 150 and o.hours_used == 2.5 and o.hours_contracted == 12
    assert o.next_session.id == nxt.id
    assert o.last_session.starts_at == datetime(2026, 2, 19, 10)
    assert [a.text for a in o.open_agreements] == ["Verslag schrijven", "Boek lezen"]
    assert [a.text for a in o.overdue_agreements] == ["Verslag schrijven"]
    assert (o.goals[0].first, o.goals[0].latest, o.goals[0].trend) == (3, 6.5, 3.5)
    assert [p.scores for p in o.profiles] == [{**DISC, "d": 55}]
    assert o.coachee.name == "Zoë de Vries" and o.sponsor.contact_name == "Jan Smit"


def test_goals_get_positions_in_order(practice: Practice, trajectory):
    titles = ["Een", "Twee", "Drie"]
    for t in titles:
        practice.goals.create(trajectory.id, t)
    goals = practice.goals.list(trajectory.id)
    assert [g.title for g in goals] == titles
    assert [g.position for g in goals] == [0, 1, 2]


def test_results_are_detached_and_readable_after_close(data_dir):
    with Practice.open(str(data_dir)) as p:
        c = p.coachees.create("Joëlle")
        t = p.trajectories.create(c.id, "Loopbaan")
        sessions = p.sessions.list(t.id)
        overview = p.trajectories.overview(t.id)
    assert c.name == "Joëlle" and sessions == [] and overview.trajectory.title == "Loopbaan"


# --- every validation error ---------------------------------------------------


def _msg(exc: errors.CoachDeskError) -> tuple[str, str]:
    return exc.message("nl"), exc.message("en")


@pytest.mark.parametrize("name", ["", "   ", "\x00"])
def test_empty_name(practice: Practice, name: str):
    with pytest.raises(errors.EmptyValueError) as info:
        practice.coachees.create(name)
    assert _msg(info.value) == ("Naam mag niet leeg zijn.", "Name must not be empty.")
    assert practice.coachees.list() == []


def test_end_before_start(practice: Practice, trajectory):
    with pytest.raises(errors.DateOrderError) as info:
        practice.trajectories.update(trajectory.id, planned_end=date(2025, 12, 31))
    nl, en = _msg(info.value)
    assert nl == "De einddatum (31 dec 2025) ligt vóór de startdatum (5 jan 2026)."
    assert "(31 Dec 2025) is before the start date (5 Jan 2026)" in en
    assert practice.trajectories.get(trajectory.id).planned_end == date(2026, 6, 30)
    with pytest.raises(errors.DateOrderError):
        practice.trajectories.create(
            trajectory.coachee_id, "X", start_date=date(2026, 5, 1), planned_end=date(2026, 4, 1)
        )


@pytest.mark.parametrize("minutes", [-30, 0, 12.5, True, "60"])
def test_bad_duration(practice: Practice, trajectory, minutes):
    with pytest.raises(errors.InvalidDurationError) as info:
        practice.sessions.create(trajectory.id, datetime(2026, 2, 1, 10), duration_minutes=minutes)
    assert "minuten" in info.value.message("nl")
    assert practice.sessions.list(trajectory.id) == []


@pytest.mark.parametrize("value", [-0.1, 10.5, 11, float("nan"), "7"])
def test_rating_outside_range(practice: Practice, trajectory, value):
    goal = practice.goals.create(trajectory.id, "Rust")
    with pytest.raises(errors.RatingOutOfRangeError) as info:
        practice.goals.rate(goal.id, value)
    assert "0 en 10" in info.value.message("nl") and "0 and 10" in info.value.message("en")
    assert practice.goals.ratings(goal.id) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.coachees.get(4242),
        lambda p: p.coachees.update(4242, name="X"),
        lambda p: p.coachees.delete(4242),
        lambda p: p.trajectories.create(4242, "X"),
        lambda p: p.sessions.create(4242, datetime(2026, 1, 1)),
        lambda p: p.agreements.create(4242, "X"),
        lambda p: p.goals.create(4242, "X"),
        lambda p: p.goals.rate(4242, 5),
        lambda p: p.profiles.record(4242, "disc", {"d": 1}),
        lambda p: p.sponsors.get(4242),
        lambda p: p.trajectories.list(coachee_id=4242),
        lambda p: p.trajectories.overview(4242),
    ],
)
def test_unknown_ids(practice: Practice, call):
    with pytest.raises(errors.NotFoundError) as info:
        call(practice)
    assert "4242" in info.value.message("nl") and "bestaat niet" in info.value.message("nl")
    assert "does not exist" in info.value.message("en")


def test_unknown_sponsor_on_trajectory(practice: Practice):
    c = practice.coachees.create("Koen")
    with pytest.raises(errors.NotFoundError) as info:
        practice.trajectories.create(c.id, "Traject", sponsor_id=77)
    assert info.value.message("en").startswith("Sponsor number 77")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p, t: p.coachees.update(t.coachee_id, status="gone"), errors.InvalidChoiceError),
        (
            lambda p, t: p.coachees.update(t.coachee_id, email="geen-adres"),
            errors.InvalidEmailError,
        ),
        (lambda p, t: p.trajectories.update(t.id, status="klaar"), errors.InvalidChoiceError),
        (
            lambda p, t: p.trajectories.update(t.id, contracted_sessions=-1),
            errors.NegativeNumberError,
        ),
        (
            lambda p, t: p.trajectories.update(t.id, contracted_hours=-2.5),
            errors.NegativeNumberError,
        ),
        (lambda p, t: p.trajectories.update(t.id, title=" "), errors.EmptyValueError),
        (
            lambda p, t: p.sessions.create(t.id, datetime(2026, 1, 1), mode="fax"),
            errors.InvalidChoiceError,
        ),
        (lambda p, t: p.agreements.create(t.id, ""), errors.EmptyValueError),
        (lambda p, t: p.agreements.create(t.id, "X", owner="boss"), errors.InvalidChoiceError),
        (lambda p, t: p.goals.create(t.id, "X", status="busy"), errors.InvalidChoiceError),
        (lambda p, t: p.sponsors.create(""), errors.EmptyValueError),
        (lambda p, t: p.profiles.record(t.coachee_id, "disc", {}), errors.EmptyValueError),
        (lambda p, t: p.profiles.record(t.coachee_id, " ", {"d": 1}), errors.EmptyValueError),
        (
            lambda p, t: p.profiles.record(t.coachee_id, "disc", {"d": "veel"}),
            errors.ValidationError,
        ),
        (lambda p, t: p.sessions.create(t.id, "gisteren"), errors.ValidationError),
    ],
)
def test_other_validation_errors_are_specific_and_translated(practice, trajectory, call, error):
    with pytest.raises(error) as info:
        call(practice, trajectory)
    nl, en = _msg(info.value)
    assert nl and en and nl != en
    assert "{" not in nl + en


def test_agreement_session_must_belong_to_trajectory(practice: Practice, trajectory):
    other = practice.trajectories.create(trajectory.coachee_id, "Ander traject")
    foreign = practice.sessions.create(other.id, datetime(2026, 2, 1, 10))
    with pytest.raises(errors.ValidationError):
        practice.agreements.create(trajectory.id, "X", session_id=foreign.id)


def test_complete_and_reopen_agreement(practice: Practice, trajectory):
    a = practice.agreements.create(
        trajectory.id, "Lezen", due_date=date.today() - timedelta(days=3)
    )
    assert practice.agreements.complete(a.id).done_date == date.today()
    assert practice.agreements.list(trajectory.id, open_only=True) == []
    practice.agreements.reopen(a.id)
    assert [x.id for x in practice.agreements.list(trajectory.id, open_only=True)] == [a.id]


def test_settings_roundtrip(practice: Practice):
    assert practice.settings.all() == {}
    practice.settings.set("coach_name", "Marieke Postma")
    practice.settings.set("coach_name", "Marieke Postma-de Vries")
    assert practice.settings.all() == {"coach_name": "Marieke Postma-de Vries"}


def test_scaling_questions_are_whole_numbers_0_to_10(practice: Practice, trajectory):
    s = practice.sessions.create(trajectory.id, datetime(2026, 2, 1, 10), scale_progress=6)
    assert practice.sessions.update(s.id, scale_confidence=0).scale_confidence == 0
    for bad in (11, -1, 6.5):
        with pytest.raises(errors.RatingOutOfRangeError):
            practice.sessions.update(s.id, scale_motivation=bad)
    assert practice.sessions.get(s.id).scale_motivation is None


def test_profile_keeps_its_label(practice: Practice, trajectory):
    p = practice.profiles.record(
        trajectory.coachee_id,
        "colour_energies",
        {"blue": 4.5, "green": 1, "yellow": 2.25, "red": 0.5},
        variant="conscious",
        label="coordinator",
    )
    assert practice.profiles.list(trajectory.coachee_id)[0].result.label == "coordinator"
    assert p.scores == {"blue": 4.5, "green": 1, "yellow": 2.25, "red": 0.5}
