"""A fingerprint typed from a printed copy of the minutes, compared with the stored one."""

import hashlib

import pytest

from rtdesk.domain.fingerprints import (
    FULL_DIGITS,
    MIN_DIGITS,
    FingerprintOutcome,
    clean_fingerprint,
    compare_fingerprint,
)

STORED = hashlib.sha256(b"Verbale della seduta n. 7/2026").hexdigest()
OTHER = hashlib.sha256(b"Verbale della seduta n. 8/2026").hexdigest()


def grouped(text: str, size: int = 4, separator: str = " ") -> str:
    return separator.join(text[i : i + size] for i in range(0, len(text), size))


def test_the_limits():
    assert (MIN_DIGITS, FULL_DIGITS) == (16, 64)
    assert len(STORED) == FULL_DIGITS


@pytest.mark.parametrize(
    "typed",
    [
        STORED,
        STORED.upper(),
        grouped(STORED),
        grouped(STORED.upper(), 8, "\n"),
        f"  {STORED[:32]}\r\n{STORED[32:]}\t",
        f"Impronta SHA-256: {STORED}",
        f"SHA-256 fingerprint: {STORED}",
        f"sha256: {STORED}",
        f"Impronta SHA-256: {STORED[:40]}…",
        f"{STORED[:20]}...",
        grouped(STORED[:MIN_DIGITS], 2, "\u00a0"),  # a non-breaking space from a PDF copy
    ],
)
def test_the_whole_fingerprint_or_its_beginning_matches_however_written(typed):
    result = compare_fingerprint(typed, STORED)
    assert result.outcome is FingerprintOutcome.MATCH
    assert result.matches and result.compared
    assert STORED.startswith(result.digits)


def test_what_was_compared():
    whole = compare_fingerprint(grouped(STORED.upper()), STORED)
    assert whole.whole and whole.count == 64 and whole.digits == STORED
    start = compare_fingerprint(STORED[:20], STORED)
    assert start.matches and not start.whole and start.count == 20


@pytest.mark.parametrize(
    "typed",
    [
        OTHER,
        OTHER[:MIN_DIGITS],
        STORED[:63] + ("0" if STORED[63] != "0" else "1"),  # the last character differs
        STORED[1:],  # the first character left out
        STORED[8:40],  # the middle, not the beginning
    ],
)
def test_any_difference_is_no_match(typed):
    result = compare_fingerprint(typed, STORED)
    assert result.outcome is FingerprintOutcome.NO_MATCH
    assert result.compared and not result.matches


def test_nothing_stored_never_matches():
    assert compare_fingerprint(STORED, "").outcome is FingerprintOutcome.NO_MATCH


@pytest.mark.parametrize("typed", ["", "   \n ", STORED[: MIN_DIGITS - 1], grouped(STORED[:12])])
def test_fewer_than_sixteen_characters_are_too_short(typed):
    result = compare_fingerprint(typed, STORED)
    assert result.outcome is FingerprintOutcome.TOO_SHORT
    assert not result.compared and not result.matches
    assert result.count == len(clean_fingerprint(typed)) < MIN_DIGITS


def test_even_the_right_beginning_is_too_short_below_sixteen():
    # A few characters would match too many texts: the rule holds even when they are right.
    assert compare_fingerprint(STORED[:15], STORED).outcome is FingerprintOutcome.TOO_SHORT
    assert compare_fingerprint(STORED[:16], STORED).outcome is FingerprintOutcome.MATCH


def test_more_than_sixty_four_characters_are_too_long():
    result = compare_fingerprint(STORED + STORED[:4], STORED)
    assert result.outcome is FingerprintOutcome.TOO_LONG
    assert result.count == 68 and not result.compared


@pytest.mark.parametrize(
    ("typed", "invalid"),
    [
        ("O" + STORED[1:], "O"),  # a letter O read for a zero
        (STORED[:20].replace(STORED[0], "g", 1) + "lZl", "glZ"),
        (STORED[:10] + "-" + STORED[10:30], "-"),
        ("short but wrong: xyz", "shortuwng:xyz"),
    ],
)
def test_characters_other_than_hex_digits_are_named(typed, invalid):
    result = compare_fingerprint(typed, STORED)
    assert result.outcome is FingerprintOutcome.NOT_HEX
    assert result.invalid == invalid
    assert not result.compared and not result.matches
