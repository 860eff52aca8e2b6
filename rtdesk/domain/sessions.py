"""Rules of a Round Table session: its status flow and the quorum."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from rtdesk.domain.enums import MeetingStatus
from rtdesk.domain.errors import NotAllowedError, ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP, register_english_labels
from rtdesk.domain.zones import ZONE_COUNT

# planned → convened → held → minutes drafted → minutes approved; a step back is allowed only
# before the minutes exist (a convocation withdrawn, a session that did not take place).
SESSION_TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PLANNED: frozenset({MeetingStatus.CONVENED}),
    MeetingStatus.CONVENED: frozenset({MeetingStatus.HELD, MeetingStatus.PLANNED}),
    MeetingStatus.HELD: frozenset({MeetingStatus.MINUTES_DRAFTED}),
    MeetingStatus.MINUTES_DRAFTED: frozenset({MeetingStatus.MINUTES_APPROVED}),
    MeetingStatus.MINUTES_APPROVED: frozenset(),
}

STATUS_LABELS = {
    MeetingStatus.PLANNED: "planned",
    MeetingStatus.CONVENED: "convened",
    MeetingStatus.HELD: "held",
    MeetingStatus.MINUTES_DRAFTED: "minutes drafted",
    MeetingStatus.MINUTES_APPROVED: "minutes approved",
}
register_english_labels(MeetingStatus, STATUS_LABELS)


def allowed_session_transitions(status: MeetingStatus) -> frozenset[MeetingStatus]:
    return SESSION_TRANSITIONS[status]


def check_session_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    if target not in SESSION_TRANSITIONS[current]:
        allowed = tuple(sorted(SESSION_TRANSITIONS[current]))
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "errors", "A session that is {current} cannot become {target}."
            ).format(current=current, target=target),
            advice=(
                QT_TRANSLATE_NOOP("errors", "Next possible step: {allowed}.").format(
                    allowed=allowed
                )
                if allowed
                else QT_TRANSLATE_NOOP("errors", "Its minutes are final.")
            ),
        )


def minutes_are_locked(status: MeetingStatus) -> bool:
    """Approved minutes are never edited: a correction is a recorded erratum."""
    return status is MeetingStatus.MINUTES_APPROVED


@dataclass(frozen=True)
class QuorumRule:
    """Quorum as a share of the zones: present zones must be more than (or at least) the share.

    The default is the Round Table's usual rule, a majority of the 11 zones (6 of 11).
    """

    share: Fraction = Fraction(1, 2)
    strictly_more: bool = True
    zones: int = ZONE_COUNT

    def __post_init__(self) -> None:
        if not (0 < self.share <= 1):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The quorum share must be more than 0 and at most 1.")
            )
        if self.zones < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The quorum needs at least one zone.")
            )

    @property
    def required(self) -> int:
        """The smallest number of zones present that reaches the quorum."""
        threshold = self.share * self.zones
        if self.strictly_more:
            return int(threshold) + 1
        return -(-threshold.numerator // threshold.denominator)  # ceiling

    def reached(self, zones_present: int) -> bool:
        return zones_present >= self.required

    def describe(self) -> str:
        kind = "more than" if self.strictly_more else "at least"
        return f"{kind} {self.share} of the {self.zones} zones ({self.required} present)"


@dataclass(frozen=True)
class QuorumOutcome:
    present: int
    required: int
    total: int

    @property
    def reached(self) -> bool:
        return self.present >= self.required


def quorum(zones_present: int, rule: QuorumRule | None = None) -> QuorumOutcome:
    rule = rule or QuorumRule()
    if not 0 <= zones_present <= rule.zones:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{present} zones present is impossible with {zones}."
            ).format(present=zones_present, zones=rule.zones)
        )
    return QuorumOutcome(zones_present, rule.required, rule.zones)
