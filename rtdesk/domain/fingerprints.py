"""Comparing a fingerprint read off a printed copy of the minutes with the one stored.

The footer of every page of the minutes PDF prints the SHA-256 fingerprint of the text as 64
hexadecimal characters (`rtdesk.domain.documents.minutes_fingerprint`). Someone holding a paper
copy types what they read, or pastes it from the PDF: spaces, line breaks and upper-case
letters do not matter, nor does the label in front of it ("Impronta SHA-256:", "SHA-256
fingerprint:") or an ellipsis after it. Typing only the beginning is enough, provided it has at
least `MIN_DIGITS` characters: 16 hexadecimal characters are 64 bits, far more than any chance
match between two texts.

`compare_fingerprint` says what it found, not in words: the GUI and the command line each say
it in their own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

FULL_DIGITS = 64  # a SHA-256 fingerprint in hexadecimal
MIN_DIGITS = 16  # the shortest beginning accepted

_HEX = frozenset("0123456789abcdef")
# What may surround the fingerprint when a footer line is copied whole.
_LABEL = re.compile(
    r"^\s*(?:impronta\s+sha-?256|sha-?256\s+fingerprint|sha-?256|impronta|fingerprint)\s*:",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")


class FingerprintOutcome(Enum):
    MATCH = "match"  # the characters typed are the stored fingerprint, or its beginning
    NO_MATCH = "no match"
    TOO_SHORT = "too short"  # fewer than MIN_DIGITS characters: nothing was compared
    TOO_LONG = "too long"  # more than FULL_DIGITS: nothing was compared
    NOT_HEX = "not hex"  # characters other than 0-9 and a-f: nothing was compared


@dataclass(frozen=True)
class FingerprintComparison:
    """What `compare_fingerprint` found.

    `digits` is what was typed, cleaned (lower case, no spaces, no label); `invalid` the
    characters that are not hexadecimal digits, as typed, each once, in the order typed.
    """

    outcome: FingerprintOutcome
    digits: str
    invalid: str = ""

    @property
    def matches(self) -> bool:
        return self.outcome is FingerprintOutcome.MATCH

    @property
    def compared(self) -> bool:
        """True when the characters typed could be compared (a match or not)."""
        return self.outcome in (FingerprintOutcome.MATCH, FingerprintOutcome.NO_MATCH)

    @property
    def count(self) -> int:
        """How many characters were typed, not counting spaces and line breaks."""
        return len(self.digits)

    @property
    def whole(self) -> bool:
        """The whole fingerprint was typed, not just its beginning."""
        return len(self.digits) == FULL_DIGITS


def clean_fingerprint(typed: str) -> str:
    """`typed` without label, ellipsis, spaces and line breaks, in lower case."""
    return _strip(typed).lower()


def _strip(typed: str) -> str:
    text = _ELLIPSIS.sub("", _LABEL.sub("", typed or "", count=1))
    return "".join(character for character in text if not character.isspace())


def compare_fingerprint(typed: str, stored: str) -> FingerprintComparison:
    """Compare a fingerprint typed from a printed copy with the stored one.

    The typed characters match when they are the stored fingerprint or its beginning (at least
    `MIN_DIGITS` characters). An empty `stored` (minutes not approved) never matches.
    """
    typed_characters = _strip(typed)
    digits = typed_characters.lower()
    invalid = "".join(dict.fromkeys(c for c in typed_characters if c.lower() not in _HEX))
    if invalid:
        return FingerprintComparison(FingerprintOutcome.NOT_HEX, digits, invalid)
    if len(digits) < MIN_DIGITS:
        return FingerprintComparison(FingerprintOutcome.TOO_SHORT, digits)
    if len(digits) > FULL_DIGITS:
        return FingerprintComparison(FingerprintOutcome.TOO_LONG, digits)
    reference = clean_fingerprint(stored)
    if reference and reference.startswith(digits):
        return FingerprintComparison(FingerprintOutcome.MATCH, digits)
    return FingerprintComparison(FingerprintOutcome.NO_MATCH, digits)
