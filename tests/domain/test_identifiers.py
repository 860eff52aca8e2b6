"""Human identifiers: session references and proposal codes as users write them."""

import pytest

from rtdesk.domain.errors import ValidationError
from rtdesk.domain.identifiers import (
    format_proposal_code,
    format_session_ref,
    parse_proposal_code,
    parse_session_ref,
)
from rtdesk.domain.zones import check_zone_number, fold_name


@pytest.mark.parametrize("text", ["7/2026", " 7 / 2026 ", "n. 7/2026", "N.7/2026", "07/2026"])
def test_session_refs_as_users_write_them(text):
    assert parse_session_ref(text) == (7, 2026)


@pytest.mark.parametrize("text", ["", "7", "2026/7/1", "0/2026", "sette/2026", "7-2026"])
def test_bad_session_refs_explain_the_format(text):
    with pytest.raises(ValidationError) as caught:
        parse_session_ref(text)
    assert "2026" in str(caught.value) or "start at 1" in str(caught.value)


def test_round_trips():
    assert format_session_ref(7, 2026) == "7/2026"
    assert format_proposal_code(2026, 14) == "P-2026-014"
    assert parse_proposal_code("p-2026-014") == (2026, 14)
    with pytest.raises(ValidationError):
        parse_proposal_code("2026-014")


def test_zone_numbers():
    assert check_zone_number(11) == 11
    for bad in (0, 12, -1):
        with pytest.raises(ValidationError):
            check_zone_number(bad)


def test_fold_name_ignores_case_accents_and_spaces():
    assert fold_name("  Leinì ") == fold_name("LEINI")
    assert fold_name("Sant’Antonino  di Susa") == "sant'antonino di susa"
