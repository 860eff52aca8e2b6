"""The lifecycle of a proposal or good practice, and which zone-adoption states exist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rtdesk.domain.enums import ProposalStatus
from rtdesk.domain.errors import NotAllowedError
from rtdesk.domain.text import QT_TRANSLATE_NOOP, register_english_labels

_S = ProposalStatus

# submitted → admitted to agenda → under discussion → approved / rejected / deferred / withdrawn;
# approved → in implementation → implemented. A deferred proposal can come back to the agenda;
# a proposal can be withdrawn by its proposers until it is decided.
PROPOSAL_TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    _S.SUBMITTED: frozenset({_S.ADMITTED, _S.WITHDRAWN}),
    _S.ADMITTED: frozenset({_S.UNDER_DISCUSSION, _S.WITHDRAWN, _S.DEFERRED}),
    _S.UNDER_DISCUSSION: frozenset({_S.APPROVED, _S.REJECTED, _S.DEFERRED, _S.WITHDRAWN}),
    _S.DEFERRED: frozenset({_S.ADMITTED, _S.WITHDRAWN}),
    _S.APPROVED: frozenset({_S.IN_IMPLEMENTATION}),
    _S.IN_IMPLEMENTATION: frozenset({_S.IMPLEMENTED}),
    _S.REJECTED: frozenset(),
    _S.WITHDRAWN: frozenset(),
    _S.IMPLEMENTED: frozenset(),
}

STATUS_LABELS = {
    _S.SUBMITTED: "submitted",
    _S.ADMITTED: "admitted to the agenda",
    _S.UNDER_DISCUSSION: "under discussion",
    _S.APPROVED: "approved",
    _S.REJECTED: "rejected",
    _S.DEFERRED: "deferred",
    _S.WITHDRAWN: "withdrawn",
    _S.IN_IMPLEMENTATION: "in implementation",
    _S.IMPLEMENTED: "implemented",
}
register_english_labels(ProposalStatus, STATUS_LABELS)

# Zone adoption is tracked once the Round Table has approved a proposal.
ADOPTION_TRACKED = frozenset({_S.APPROVED, _S.IN_IMPLEMENTATION, _S.IMPLEMENTED})
FINAL_STATUSES = frozenset(s for s, targets in PROPOSAL_TRANSITIONS.items() if not targets)
# Proposals a session may still be asked to examine: the ones an agenda is drawn up from.
AWAITING_A_SESSION = frozenset({_S.SUBMITTED, _S.ADMITTED, _S.UNDER_DISCUSSION, _S.DEFERRED})


def allowed_proposal_transitions(status: ProposalStatus) -> frozenset[ProposalStatus]:
    return PROPOSAL_TRANSITIONS[status]


def check_proposal_transition(current: ProposalStatus, target: ProposalStatus) -> None:
    if target not in PROPOSAL_TRANSITIONS[current]:
        allowed = tuple(sorted(PROPOSAL_TRANSITIONS[current]))
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "errors", "A proposal that is {current} cannot become {target}."
            ).format(current=current, target=target),
            advice=(
                QT_TRANSLATE_NOOP("errors", "Possible next steps: {allowed}.").format(
                    allowed=allowed
                )
                if allowed
                else QT_TRANSLATE_NOOP("errors", "Its status is final.")
            ),
        )


# Outcomes a session can record for a proposal it discussed.
DECISION_OUTCOMES = frozenset({_S.APPROVED, _S.REJECTED, _S.DEFERRED, _S.WITHDRAWN})


@dataclass(frozen=True)
class ProposalEntry:
    """One proposal read from an imported register; `code` is None when the sheet has none."""

    source_row: int
    title: str
    submitted_on: date
    status: ProposalStatus = _S.SUBMITTED
    code: str | None = None
    summary: str = ""
    proposing_zones: tuple[int, ...] = ()
    proposer_name: str = ""
    themes: tuple[str, ...] = ()
    strategic_axis: str = ""
    resolution: str = ""
    resolved_on: date | None = None
