"""Messages of the core: English strings that keep their template and parameters for the GUI."""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime

import pytest

from rtdesk.domain.enums import MandateRole, MeetingStatus, ProposalStatus
from rtdesk.domain.errors import ImportRejected, NotAllowedError, ValidationError
from rtdesk.domain.mandates import Term, conflicts, show_period
from rtdesk.domain.proposals import check_proposal_transition
from rtdesk.domain.roster import RowProblem
from rtdesk.domain.sessions import check_session_transition
from rtdesk.domain.text import QT_TRANSLATE_NOOP, Text, as_text, english, sentences
from rtdesk.domain.zones import check_zone_number


def test_the_marker_returns_its_source_and_remembers_the_context() -> None:
    text = QT_TRANSLATE_NOOP("errors", "The title is empty.")
    assert text == "The title is empty."
    assert isinstance(text, str) and isinstance(text, Text)
    assert (text.context, text.template, text.params) == ("errors", "The title is empty.", None)


def test_format_gives_the_english_sentence_and_keeps_the_values() -> None:
    day = date(2026, 3, 1)
    text = QT_TRANSLATE_NOOP("errors", "Zone {zone} on {day}: {status}, rows {rows}.").format(
        zone=5, day=day, status=ProposalStatus.ADMITTED, rows=(3, 7)
    )
    assert text == "Zone 5 on 01/03/2026: admitted to the agenda, rows 3, 7."
    assert text.template == "Zone {zone} on {day}: {status}, rows {rows}."
    assert text.context == "errors"
    assert text.params == {"zone": 5, "day": day, "status": ProposalStatus.ADMITTED, "rows": (3, 7)}
    assert type(text.params["day"]) is date  # the GUI formats it with QLocale


def test_english_rendering_of_each_kind_of_value() -> None:
    assert english(MeetingStatus.MINUTES_DRAFTED) == "minutes drafted"
    assert english(MandateRole.DEPUTY) == "deputy"  # no labels registered: the value, spaced
    assert english(date(2026, 11, 25)) == "25/11/2026"
    assert english(datetime(2026, 11, 25, 9, 5)) == "25/11/2026 09:05"
    assert english([1, ProposalStatus.APPROVED]) == "1, approved"
    assert english(7) == 7  # numbers stay numbers, so format specs work
    template = QT_TRANSLATE_NOOP("c", "{size:.1f} MB of {limit:,} rows")
    assert template.format(size=1.25, limit=100_000) == "1.2 MB of 100,000 rows"


def test_nested_texts_keep_their_own_template() -> None:
    period = show_period(date(2022, 1, 27), None)
    text = QT_TRANSLATE_NOOP("c", "Spokesperson {period}.").format(period=period)
    assert text == "Spokesperson since 27/01/2022."
    assert text.params["period"].template == "since {start}"


def test_str_and_f_strings_give_plain_english() -> None:
    text = QT_TRANSLATE_NOOP("c", "Zone {n}.").format(n=3)
    assert type(str(text)) is str and str(text) == "Zone 3."
    assert f"{text}" == "Zone 3." and type(f"{text}") is str
    assert text + " More." == "Zone 3. More."


def test_a_text_is_formatted_once() -> None:
    text = QT_TRANSLATE_NOOP("c", "Zone {n}.").format(n=3)
    with pytest.raises(TypeError):
        text.format(n=4)


def test_pickle_and_copy_keep_the_parts() -> None:
    text = QT_TRANSLATE_NOOP("c", "On {day}.").format(day=date(2026, 1, 2))
    for clone in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text)):
        assert isinstance(clone, Text)
        assert clone == "On 02/01/2026."
        assert (clone.context, clone.template, clone.params) == (
            "c",
            "On {day}.",
            {"day": date(2026, 1, 2)},
        )


def test_sentences_join_texts_each_translated_on_its_own() -> None:
    first = QT_TRANSLATE_NOOP("c", "Zone {n} is wrong.").format(n=12)
    joined = sentences([first, QT_TRANSLATE_NOOP("c", "Nothing was saved."), "Plain {x}."])
    assert joined == "Zone 12 is wrong. Nothing was saved. Plain {x}."
    assert joined.context == ""  # the joint itself is not translated
    parts = list(joined.params.values())
    assert parts[0] is first
    assert parts[2].context == ""  # a plain string is kept verbatim


def test_a_plain_string_becomes_an_untranslated_text() -> None:
    text = as_text("Already in {the} user's language")
    assert text == "Already in {the} user's language"
    assert (text.context, text.params) == ("", None)
    marked = QT_TRANSLATE_NOOP("c", "X")
    assert as_text(marked) is marked


def test_core_errors_keep_their_english_message_and_carry_the_text() -> None:
    with pytest.raises(ValidationError) as caught:
        check_zone_number(12)
    error = caught.value
    assert error.message == "There is no zone 12."
    assert error.advice == "The homogeneous zones are numbered from 1 to 11."
    assert str(error) == "There is no zone 12. The homogeneous zones are numbered from 1 to 11."
    assert error.text.template == "There is no zone {number}."
    assert error.text.params == {"number": 12}
    assert error.advice_text.template == "The homogeneous zones are numbered from 1 to {count}."


def test_enum_parameters_stay_enums() -> None:
    with pytest.raises(NotAllowedError) as caught:
        check_proposal_transition(ProposalStatus.SUBMITTED, ProposalStatus.APPROVED)
    error = caught.value
    assert error.message == "A proposal that is submitted cannot become approved."
    assert error.advice == "Possible next steps: admitted to the agenda, withdrawn."
    assert error.text.params == {
        "current": ProposalStatus.SUBMITTED,
        "target": ProposalStatus.APPROVED,
    }
    assert error.advice_text.params["allowed"] == (
        ProposalStatus.ADMITTED,
        ProposalStatus.WITHDRAWN,
    )
    with pytest.raises(NotAllowedError) as final:
        check_session_transition(MeetingStatus.MINUTES_APPROVED, MeetingStatus.HELD)
    assert final.value.advice == "Its minutes are final."
    assert final.value.advice_text.context == "errors"


def test_an_error_made_with_a_plain_string_still_works() -> None:
    error = ValidationError("Scritto dalla GUI.", advice="Già tradotto.")
    assert error.text == "Scritto dalla GUI." and error.text.context == ""
    assert error.advice_text == "Già tradotto."


def test_import_rejected_counts_in_words() -> None:
    problem = RowProblem(4, QT_TRANSLATE_NOOP("c", "Bad."), "Ruolo")
    one = ImportRejected([problem], what=QT_TRANSLATE_NOOP("errors.import", "roster"))
    assert one.message == "The roster was not imported: 1 problem found."
    two = ImportRejected([problem, problem])
    assert two.message == "The file was not imported: 2 problems found."
    assert two.text.params["what"].template == "file"
    assert two.text.params["count"] == 2


def test_row_problems_carry_texts_and_print_as_before() -> None:
    problem = RowProblem(7, QT_TRANSLATE_NOOP("c", "Zone {n}?").format(n=12), "Zona")
    assert str(problem) == "Row 7, column “Zona”: Zone 12?"
    assert problem.text.template == "Zone {n}?"
    assert problem.column_text == "Zona" and problem.column_text.context == ""
    assert str(RowProblem(None, QT_TRANSLATE_NOOP("c", "No header."))) == "File: No header."


def test_mandate_conflicts_are_texts_with_dates_kept() -> None:
    def term(key: str, person: str, start: date, end: date | None = None) -> Term:
        return Term(key, person, person, 3, MandateRole.SPOKESPERSON, False, start, end)

    found = conflicts(
        term("b", "Anna Bianchi", date(2024, 1, 1)),
        [term("a", "Mario Rossi", date(2022, 1, 27), date(2024, 6, 30))],
    )
    [conflict] = found
    assert conflict.message == (
        "Zone 3 already has a spokesperson in that period: Mario Rossi, from 27/01/2022 to "
        "30/06/2024. A zone has one spokesperson at a time."
    )
    period = conflict.message.params["period"]
    assert period.params == {"start": date(2022, 1, 27), "end": date(2024, 6, 30)}
