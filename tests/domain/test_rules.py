"""Session status flow, quorum rule and proposal lifecycle."""

from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rtdesk.domain.enums import MeetingStatus, ProposalStatus
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.domain.proposals import (
    ADOPTION_TRACKED,
    FINAL_STATUSES,
    PROPOSAL_TRANSITIONS,
    check_proposal_transition,
)
from rtdesk.domain.sessions import (
    QuorumRule,
    check_session_transition,
    minutes_are_locked,
    quorum,
)


def test_session_follows_its_flow():
    flow = [
        MeetingStatus.PLANNED,
        MeetingStatus.CONVENED,
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFTED,
        MeetingStatus.MINUTES_APPROVED,
    ]
    for current, target in pairwise(flow):
        check_session_transition(current, target)
    with pytest.raises(NotAllowedError, match="cannot become"):
        check_session_transition(MeetingStatus.PLANNED, MeetingStatus.HELD)
    with pytest.raises(NotAllowedError) as caught:
        check_session_transition(MeetingStatus.MINUTES_APPROVED, MeetingStatus.HELD)
    assert "final" in caught.value.advice
    assert minutes_are_locked(MeetingStatus.MINUTES_APPROVED)
    assert not minutes_are_locked(MeetingStatus.MINUTES_DRAFTED)


def test_default_quorum_is_a_majority_of_eleven_zones():
    assert QuorumRule().required == 6
    assert not quorum(5).reached and quorum(6).reached
    assert QuorumRule(Fraction(2, 3), strictly_more=False).required == 8  # 22/3 → 8
    assert QuorumRule(Fraction(1, 2), strictly_more=False, zones=10).required == 5


@given(st.integers(1, 11), st.integers(1, 30), st.booleans(), st.integers(1, 30))
def test_quorum_required_is_the_smallest_sufficient_count(num, den, strictly, zones):
    if num > den:
        num, den = den, num
    rule = QuorumRule(Fraction(num, den), strictly_more=strictly, zones=zones)
    threshold = Fraction(num, den) * zones

    def enough(present):
        return present > threshold if strictly else present >= threshold

    assert enough(rule.required)
    assert not enough(rule.required - 1)


def test_impossible_quorum_inputs():
    with pytest.raises(ValidationError):
        quorum(12)
    with pytest.raises(ValidationError):
        QuorumRule(Fraction(0))


def test_proposal_lifecycle():
    path = [
        ProposalStatus.SUBMITTED,
        ProposalStatus.ADMITTED,
        ProposalStatus.UNDER_DISCUSSION,
        ProposalStatus.APPROVED,
        ProposalStatus.IN_IMPLEMENTATION,
        ProposalStatus.IMPLEMENTED,
    ]
    for current, target in pairwise(path):
        check_proposal_transition(current, target)
    with pytest.raises(NotAllowedError):
        check_proposal_transition(ProposalStatus.SUBMITTED, ProposalStatus.APPROVED)
    with pytest.raises(NotAllowedError):
        check_proposal_transition(ProposalStatus.REJECTED, ProposalStatus.ADMITTED)
    assert {
        ProposalStatus.REJECTED,
        ProposalStatus.WITHDRAWN,
        ProposalStatus.IMPLEMENTED,
    } == FINAL_STATUSES
    assert ProposalStatus.APPROVED in ADOPTION_TRACKED


def test_every_status_is_reachable_from_submitted():
    seen, todo = set(), [ProposalStatus.SUBMITTED]
    while todo:
        status = todo.pop()
        if status not in seen:
            seen.add(status)
            todo.extend(PROPOSAL_TRANSITIONS[status])
    assert seen == set(ProposalStatus)
