"""Roster rules without a database: overlapping terms, conflicts in a zone, warnings."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rtdesk.domain.enums import MandateRole
from rtdesk.domain.mandates import (
    ConflictKind,
    Term,
    conflicts,
    municipality_warning,
    periods_overlap,
    term_problems,
)

D = date


def test_handover_the_next_day_does_not_overlap():
    assert not periods_overlap(D(2020, 1, 27), D(2022, 1, 26), D(2022, 1, 27), None)
    assert not periods_overlap(D(2022, 1, 27), None, D(2020, 1, 27), D(2022, 1, 26))


def test_ending_on_the_day_the_next_starts_overlaps():
    # Dates are inclusive: on 27/01/2022 both would be in office.
    assert periods_overlap(D(2020, 1, 27), D(2022, 1, 27), D(2022, 1, 27), None)
    assert periods_overlap(D(2022, 1, 27), D(2022, 1, 27), D(2022, 1, 27), D(2022, 1, 27))


def test_open_ends():
    assert periods_overlap(D(2020, 1, 1), None, D(2030, 1, 1), None)
    assert periods_overlap(None, None, D(2030, 1, 1), D(2030, 1, 2))
    assert periods_overlap(None, D(2020, 1, 1), D(2020, 1, 1), None)
    assert not periods_overlap(None, D(2019, 12, 31), D(2020, 1, 1), None)
    assert not periods_overlap(D(2020, 1, 1), D(2020, 6, 30), D(2021, 1, 1), None)


_days = st.dates(min_value=D(2015, 1, 1), max_value=D(2035, 12, 31))


@st.composite
def _periods(draw):
    start = draw(st.one_of(st.none(), _days))
    length = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=3000)))
    if length is None or start is None:
        end = draw(st.one_of(st.none(), _days)) if start is None else None
    else:
        end = start + timedelta(days=length)
    return start, end


def _contains(period, day: date) -> bool:
    start, end = period
    return (start is None or start <= day) and (end is None or day <= end)


@given(_periods(), _periods())
def test_overlap_means_a_shared_day(a, b):
    """Against a brute-force definition: some day lies in both periods."""
    # Any shared day is also found among the four ends (or any day when all are open).
    candidates = [d for d in (*a, *b) if d is not None] or [D(2020, 1, 1)]
    shared = any(_contains(a, day) and _contains(b, day) for day in candidates)
    assert periods_overlap(*a, *b) == shared
    assert periods_overlap(*a, *b) == periods_overlap(*b, *a)


@given(_days, st.integers(min_value=0, max_value=3000))
def test_consecutive_terms_never_overlap(start, length):
    end = start + timedelta(days=length)
    assert not periods_overlap(start, end, end + timedelta(days=1), None)
    assert periods_overlap(start, end, end, None)


START = D(2022, 1, 27)


def _term(key, person, role=MandateRole.DEPUTY, vicar=False, start=START, end=None, z=3):
    return Term(key, person, f"Person {person}", z, role, vicar, start, end)


def test_second_spokesperson_conflicts_naming_the_first():
    first = _term("a", 1, MandateRole.SPOKESPERSON, start=D(2022, 1, 27), end=D(2024, 1, 26))
    second = _term(None, 2, MandateRole.SPOKESPERSON, start=D(2023, 5, 1))
    [found] = conflicts(second, [first])
    assert found.kind is ConflictKind.SPOKESPERSON and found.other is first
    assert "Person 1" in found.message and "Zone 3" in found.message
    assert "27/01/2022" in found.message and "26/01/2024" in found.message


def test_successor_the_day_after_and_other_zones_do_not_conflict():
    first = _term("a", 1, MandateRole.SPOKESPERSON, end=D(2024, 1, 26))
    after = _term(None, 2, MandateRole.SPOKESPERSON, start=D(2024, 1, 27))
    elsewhere = _term(None, 2, MandateRole.SPOKESPERSON, start=D(2023, 1, 1), z=4)
    assert conflicts(after, [first]) == []
    assert conflicts(elsewhere, [first]) == []


def test_vicars_conflict_but_deputies_do_not():
    vicar = _term("a", 1, vicar=True)
    assert [c.kind for c in conflicts(_term(None, 2, vicar=True), [vicar])] == [ConflictKind.VICAR]
    assert conflicts(_term(None, 2), [vicar]) == []
    assert conflicts(_term(None, 3), [_term("b", 2), vicar]) == []


def test_one_person_cannot_hold_two_roles_in_a_zone_at_once():
    deputy = _term("a", 1, end=D(2023, 12, 31))
    spokesperson = _term(None, 1, MandateRole.SPOKESPERSON, start=D(2023, 6, 1))
    [found] = conflicts(spokesperson, [deputy])
    assert found.kind is ConflictKind.SAME_PERSON
    assert "two roles" in found.message
    # Promoted the day after the deputy term ends: fine.
    promoted = _term(None, 1, MandateRole.SPOKESPERSON, start=D(2024, 1, 1))
    assert conflicts(promoted, [deputy]) == []


def test_a_mandate_is_checked_against_the_others_not_itself():
    saved = _term("a", 1, MandateRole.SPOKESPERSON)
    edited = _term("a", 1, MandateRole.SPOKESPERSON, start=D(2021, 1, 1))
    assert conflicts(edited, [saved]) == []


def test_term_problems():
    assert term_problems(_term(None, 1)) == []
    backwards = _term(None, 1, start=D(2022, 1, 27), end=D(2022, 1, 26))
    assert "before the start" in term_problems(backwards)[0]
    same_day = _term(None, 1, start=D(2022, 1, 27), end=D(2022, 1, 27))
    assert term_problems(same_day) == []
    vicar_spokesperson = _term(None, 1, MandateRole.SPOKESPERSON, vicar=True)
    assert "Only a deputy" in term_problems(vicar_spokesperson)[0]
    assert "no zone 12" in term_problems(_term(None, 1, z=12))[0]
    start = D(2026, 3, 1)
    elected_later = replace(_term(None, 1, start=start), elected_on=D(2026, 12, 20))
    assert "after the start date" in term_problems(elected_later)[0]
    elected_that_day = replace(_term(None, 1, start=start), elected_on=start)
    assert term_problems(elected_that_day) == []


def test_municipality_warnings():
    assert municipality_warning("Mario Rossi", "Pinerolo", 5, 5) is None
    assert municipality_warning("Mario Rossi", "Pinerolo", 5, 3) == (
        "Mario Rossi's municipality, Pinerolo, lies in zone 5, not zone 3."
    )
    assert "has no zone yet" in municipality_warning("Mario Rossi", "Susa", None, 6)
    assert "no municipality recorded" in municipality_warning("Mario Rossi", None, None, 6)
