"""Human identifiers shown to users (`7/2026`, `P-2026-014`), never database ids."""

from __future__ import annotations

import re

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP

_SESSION_REF = re.compile(r"^\s*(?:n\.?\s*)?(\d{1,4})\s*/\s*(\d{4})\s*$", re.IGNORECASE)
_PROPOSAL_CODE = re.compile(r"^\s*P-(\d{4})-(\d{1,6})\s*$", re.IGNORECASE)


def format_session_ref(number: int, year: int) -> str:
    return f"{number}/{year}"


def parse_session_ref(text: str) -> tuple[int, int]:
    """Read a session reference as users write it (`7/2026`, `n. 7/2026`) into (number, year)."""
    match = _SESSION_REF.match(text or "")
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a session reference.").format(text=text),
            advice=QT_TRANSLATE_NOOP(
                "errors", "Write the session number and year, for example 7/2026."
            ),
        )
    number, year = int(match.group(1)), int(match.group(2))
    if number < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}”: session numbers start at 1.").format(text=text)
        )
    return number, year


def format_proposal_code(year: int, sequence: int) -> str:
    return f"P-{year}-{sequence:03d}"


def parse_proposal_code(text: str) -> tuple[int, int]:
    match = _PROPOSAL_CODE.match(text or "")
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a proposal code.").format(text=text),
            advice=QT_TRANSLATE_NOOP("errors", "Write it as P-2026-014."),
        )
    return int(match.group(1)), int(match.group(2))
