"""Facts about the homogeneous zones that do not depend on the database."""

from __future__ import annotations

import unicodedata

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.text import QT_TRANSLATE_NOOP

ZONE_COUNT = 11
ZONE_NUMBERS = range(1, ZONE_COUNT + 1)


def check_zone_number(number: int) -> int:
    if number not in ZONE_NUMBERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no zone {number}.").format(number=number),
            advice=QT_TRANSLATE_NOOP(
                "errors", "The homogeneous zones are numbered from 1 to {count}."
            ).format(count=ZONE_COUNT),
        )
    return number


def fold_name(text: str) -> str:
    """Case-, accent- and space-insensitive form of a name, for matching what users type."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(without_marks.casefold().replace("’", "'").split())
