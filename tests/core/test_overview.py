"""The home screen's lines, the hour figures and the ICF log on a crafted practice."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest


@pytest.fixture
def crafted(practice):
    p = practice
    now = datetime(2026, 3, 11, 12, 0)  # a Wednesday
    gem = p.sponsors.create("Gemeente Utrecht")
    ann = p.coachees.create("Annelies de Boer")
    bram = p.coachees.create("Bram Jansen")
    zoe = p.coachees.create("Zoë Öztürk")
    a = p.trajectories.create(
        ann.id,
        "Leiderschap",
        sponsor_id=gem.id,
        contracted_sessions=5,
        status="active",
        start_date=date(2026, 1, 5),
        planned_end=date(2026, 6, 30),
    )
    b = p.trajectories.create(
        bram.id,
        "Loopbaan",
        contracted_hours=3.5,
        status="active",
        start_date=date(2025, 9, 1),
        planned_end=date(2026, 2, 28),
    )
    z = p.trajectories.create(zoe.id, "Werkdruk", status="active", start_date=date(2026, 2, 1))
    for n in range(4):  # 4 of 5 sessions: 80 %
        p.sessions.create(a.id, datetime(2026, 1, 12, 10) + timedelta(weeks=n), status="held")
    today = p.sessions.plan(a.id, datetime(2026, 3, 11, 15), location="Stadskantoor")
    later = p.sessions.plan(a.id, datetime(2026, 3, 13, 9))
    p.sessions.create(b.id, datetime(2025, 12, 29, 10), duration_minutes=120, status="held")
    p.sessions.create(
        b.id, datetime(2026, 1, 2, 10), duration_minutes=60, paid=False, status="held"
    )
    missed = p.sessions.plan(z.id, datetime(2026, 3, 9, 10))  # past, still planned
    cancelled = p.sessions.plan(z.id, datetime(2026, 3, 12, 10))
    p.sessions.cancel(cancelled.id, by="coachee", on=date(2026, 3, 10))
    no_show = p.sessions.create(b.id, datetime(2026, 2, 2, 10), status="held")
    p.sessions.mark_no_show(no_show.id, charged=False)
    late = p.agreements.create(z.id, "Verslag schrijven", due_date=date(2026, 3, 1))
    p.agreements.create(z.id, "Later", due_date=date(2026, 4, 1))
    return (
        p,
        now,
        {
            "a": a,
            "b": b,
            "z": z,
            "today": today,
            "later": later,
            "missed": missed,
            "late": late,
            "cancelled": cancelled,
        },
    )


def test_the_home_screen_lists_exactly_what_needs_the_coach(crafted):
    p, now, x = crafted
    t = p.overview.today(now)
    assert [s.session_id for s in t.sessions_today] == [x["today"].id]
    assert t.sessions_today[0].location == "Stadskantoor"
    assert t.sessions_today[0].coachee_name == "Annelies de Boer"
    assert [s.session_id for s in t.sessions_this_week] == [x["later"].id]  # not the cancelled
    assert [s.session_id for s in t.to_confirm] == [x["missed"].id]
    assert [a.agreement_id for a in t.overdue_agreements] == [x["late"].id]
    near = {line.trajectory_id for line in t.near_contract_end}
    assert near == {x["a"].id, x["b"].id}  # 4/5 sessions; 3 of 3.5 hours (no-show not charged)
    assert {line.trajectory_id for line in t.no_next_session} == {x["b"].id, x["z"].id}
    assert [line.trajectory_id for line in t.past_planned_end] == [x["b"].id]

    p.trajectories.close(x["b"].id, outcome="completed")
    p.sessions.mark_held(x["missed"].id)
    p.agreements.complete(x["late"].id)
    after = p.overview.today(now)
    assert after.to_confirm == [] and after.overdue_agreements == []
    assert x["b"].id not in {line.trajectory_id for line in after.past_planned_end}


def test_hours_add_up_across_months_and_the_year_boundary(crafted):
    p, _now, x = crafted
    months = {r.key: r for r in p.hours.summary("month")}
    assert months["2025-12"].paid_hours == 2 and months["2026-01"].pro_bono_hours == 1
    assert months["2026-01"].paid_hours == 3  # three of Annelies's sessions
    assert months["2026-02"].no_show == 1 and months["2026-02"].hours == 1  # Annelies on 2 Feb
    assert months["2026-03"].cancelled == 1
    years = {r.key: r for r in p.hours.summary("year")}
    assert years["2025"].hours == 2 and years["2026"].hours == 5
    assert sum(r.hours for r in p.hours.summary("sponsor")) == 7
    only_2026 = p.hours.summary("year", start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert [r.key for r in only_2026] == ["2026"]


def test_the_icf_log_counts_hours_coached_only_and_can_be_anonymous(crafted):
    p, _now, x = crafted
    log = {c.name: c for c in p.hours.icf_log()}
    bram = log["Bram Jansen"]
    assert (bram.paid_hours, bram.pro_bono_hours) == (2, 1)  # the no-show is no coaching
    assert (bram.first_session, bram.last_session) == (date(2025, 12, 29), date(2026, 1, 2))
    coded = p.hours.icf_log(anonymous=True)
    assert all(c.name.startswith("C-") and not c.email for c in coded)


def test_a_statement_holds_what_the_sponsor_pays_for(crafted):
    p, _now, x = crafted
    sponsor = p.sponsors.list()[0]
    s = p.hours.statement(sponsor.id, date(2026, 1, 1), date(2026, 3, 31))
    assert len(s.lines) == 4 and s.hours == 4
    assert all(line.coachee_name == "Annelies de Boer" for line in s.lines)


def test_sections_read_their_first_lines_and_count_the_rest(practice):
    from coachdesk.core.services.overview import LIMIT, SECTIONS

    p = practice
    now = datetime(2026, 3, 11, 12, 0)
    c = p.coachees.create("Annelies de Boer")
    lines = []
    for n in range(LIMIT + 3):
        t = p.trajectories.create(
            c.id,
            f"Traject {n:02d}",
            status="active",
            contracted_sessions=1,
            planned_end=date(2026, 3, 1) if n % 2 else None,
        )
        p.sessions.create(t.id, datetime(2026, 3, 2, 10), status="held")
        p.sessions.plan(t.id, datetime(2026, 3, 12, 9, n))  # later this week
        lines.append(p.agreements.create(t.id, f"Afspraak {n}", due_date=date(2026, 3, 1)))
    t = p.overview.today(now)
    assert t["week"].total == LIMIT + 3 and len(t["week"].lines) == LIMIT
    assert t["overdue"].total == LIMIT + 3 and t["overdue"].more == 3
    assert t["near_end"].total == LIMIT + 3  # 1 of 1 session
    assert t["past_end"].total == (LIMIT + 3) // 2
    assert t["no_next"].total == 0
    assert [x.text for x in t.overdue_agreements] == [f"Afspraak {n}" for n in range(LIMIT)]
    full = p.overview.section("near_end", now)
    assert full.total == len(full.lines) == LIMIT + 3
    assert [x.title for x in full.lines] == sorted(x.title for x in full.lines)
    assert full.lines[0].sessions_used == 1 and full.lines[0].contracted_sessions == 1
    assert {d.key for d in SECTIONS} == set(t.parts)


def test_the_home_screens_hours_are_the_summary_and_the_icf_total(crafted):
    p, _now, _x = crafted
    start = date(2025, 12, 1)
    assert p.overview.hours(start) == p.hours.summary("month", start)
    assert p.overview.hours(date(2026, 2, 1)) == p.hours.summary("month", date(2026, 2, 1))
    icf = p.hours.icf_log()
    assert p.overview.coached_hours() == sum(c.paid_hours + c.pro_bono_hours for c in icf) == 7
