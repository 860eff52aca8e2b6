"""Round Table settings kept in the database, so every workstation applies the same ones."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from fractions import Fraction

from sqlalchemy import select

from rtdesk.domain.enums import AuditAction
from rtdesk.domain.errors import ValidationError
from rtdesk.domain.sessions import QuorumRule
from rtdesk.domain.text import QT_TRANSLATE_NOOP
from rtdesk.services import audit
from rtdesk.services.context import ServiceContext
from rtdesk.store.models import Setting

DOCUMENT_LANGUAGES = ("it", "en")

DEFAULT_LETTERHEAD = (
    "Città metropolitana di Torino",
    "Tavolo permanente delle zone omogenee",
)


@dataclass(frozen=True)
class RoundTableSettings:
    """Every shared setting with its default; a database without a stored value uses these."""

    quorum_share: str = "1/2"  # share of the 11 zones, as a fraction
    quorum_strictly_more: bool = True  # more than the share (majority) or at least it
    letterhead: tuple[str, ...] = DEFAULT_LETTERHEAD
    default_venue: str = "Sala del Consiglio metropolitano, Corso Inghilterra 7, Torino"
    default_chair: str = ""
    default_secretary: str = ""
    document_language: str = "it"
    extras: dict = field(default_factory=dict, compare=False, repr=False)

    def quorum_rule(self) -> QuorumRule:
        return QuorumRule(Fraction(self.quorum_share), self.quorum_strictly_more)


def _validated(settings: RoundTableSettings) -> RoundTableSettings:
    try:
        share = Fraction(settings.quorum_share)
    except (ValueError, ZeroDivisionError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors.settings", "“{share}” is not a share of the zones.").format(
                share=str(settings.quorum_share)
            ),
            advice=QT_TRANSLATE_NOOP(
                "errors.settings", "Write it as a fraction such as 1/2 or 2/3."
            ),
        ) from error
    settings.quorum_rule()  # checks 0 < share <= 1
    if settings.document_language not in DOCUMENT_LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors.settings",
                "Documents can be written in Italian (it) or English (en), not “{language}”.",
            ).format(language=str(settings.document_language))
        )
    return replace(
        settings,
        quorum_share=str(share),
        letterhead=tuple(line.strip() for line in settings.letterhead if line.strip()),
    )


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def get(self) -> RoundTableSettings:
        with self._context.read() as session:
            stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
        values = {}
        for f in fields(RoundTableSettings):
            if f.name in stored and f.name != "extras":
                value = stored[f.name]
                values[f.name] = tuple(value) if isinstance(value, list) else value
        return RoundTableSettings(**values)

    def update(self, **changes: object) -> RoundTableSettings:
        """Change some settings (validated together); one audit entry per changed setting."""
        known = {f.name for f in fields(RoundTableSettings)} - {"extras"}
        unknown = set(changes) - known
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors.settings", "Unknown setting: {names}.").format(
                    names=tuple(sorted(unknown))
                )
            )
        current = self.get()
        new = _validated(replace(current, **changes))
        old_values, new_values = asdict(current), asdict(new)
        with self._context.write() as session:
            rows = {s.key: s for s in session.scalars(select(Setting))}
            for key in sorted(known):
                if old_values[key] == new_values[key]:
                    continue
                encoded = json.dumps(new_values[key], ensure_ascii=False)
                row = rows.get(key)
                if row is None:
                    row = Setting(key=key, value=encoded)
                    session.add(row)
                    action = AuditAction.CREATE
                else:
                    row.value = encoded
                    action = AuditAction.UPDATE
                audit.record(
                    session,
                    self._context.user,
                    action,
                    row,
                    f"Setting {key} changed",
                    {key: (old_values[key], new_values[key])},
                )
        return new
