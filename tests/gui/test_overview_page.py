"""The Overview page's "What needs attention": its lines, and where clicking each one leads."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from rtdesk.domain.enums import MandateRole, MeetingStatus
from rtdesk.domain.errors import NotFoundError
from rtdesk.gui import labels
from rtdesk.gui.actions_page import ActionsPage
from rtdesk.gui.page import Page
from rtdesk.store.models import Mandate, Meeting, Person, Zone

# The window's today (the context fixture's) is 25 November 2026.


@pytest.fixture
def busy_records(records, database):
    """The GUI records, plus a session to come, minutes waiting and zones 4 and 7 vacant."""
    with database.session_factory.begin() as s:
        s.add_all(
            [
                Meeting(
                    year=2026,
                    number=9,
                    meeting_date=date(2026, 12, 10),
                    status=MeetingStatus.PLANNED,
                ),
                Meeting(
                    year=2026,
                    number=3,
                    meeting_date=date(2026, 4, 1),
                    status=MeetingStatus.MINUTES_DRAFTED,
                ),
                Meeting(
                    year=2026, number=5, meeting_date=date(2026, 6, 1), status=MeetingStatus.HELD
                ),
            ]
        )
        person = Person(given_name="Anna", family_name="Bianchi")
        s.add(person)
        for zone in s.scalars(select(Zone).where(Zone.number.not_in([4, 7]))):
            s.add(
                Mandate(
                    person=person,
                    zone_id=zone.id,
                    role=MandateRole.SPOKESPERSON,
                    start_date=date(2024, 1, 1),
                )
            )
    return records


def shown_overview(window, qtbot):
    window.show_page("overview")
    page = window.overview_page
    qtbot.waitUntil(lambda: page.attention is not None and not page.loading_attention)
    return page


def texts(page) -> dict[str, str]:
    return {name: line.text() for name, line in page.attention_lines.items()}


def zone_name(database, number: int) -> str:
    with database.session_factory() as s:
        return s.scalar(select(Zone.name).where(Zone.number == number))


def test_the_lines_say_what_needs_attention(window, busy_records, database, qtbot):
    page = shown_overview(window, qtbot)
    day = labels.short_date(date(2026, 12, 10))
    four, seven = zone_name(database, 4), zone_name(database, 7)
    assert texts(page) == {
        "next_session": f"Next session: 9/2026 on {day} · Planned",
        "minutes": "Minutes to write: 5/2026 · Minutes to approve: 3/2026",
        "actions": "Overdue actions: 1 of 2 still to do.",
        "zones": f"Zones without a spokesperson today: 4 — {four}, 7 — {seven}",
        "proposals": "Proposals awaiting a session: 1",
    }
    kinds = {name: line.kind for name, line in page.attention_lines.items()}
    assert kinds == {
        "next_session": "note",
        "minutes": "note",
        "actions": "warn",
        "zones": "warn",
        "proposals": "note",
    }
    # Above the counts: what to do comes before what is stored.
    panel = page.attention_lines["next_session"].parentWidget()
    tile = page.count_labels["zones"].parentWidget()
    assert panel.mapTo(page, panel.rect().bottomLeft()).y() < tile.mapTo(page, QPoint(0, 0)).y()
    assert all(line.isVisible() for line in page.attention_lines.values())


def test_an_empty_database_says_so_line_by_line(window, database, qtbot):
    page = shown_overview(window, qtbot)
    names = ", ".join(f"{n} — {zone_name(database, n)}" for n in (1, 2, 3))
    assert texts(page) == {
        "next_session": "No session planned.",
        "minutes": "No minutes waiting.",
        "actions": "No overdue actions, and none still to do.",
        "zones": f"Zones without a spokesperson today: {names} and 8 more",
        "proposals": "No proposals awaiting a session.",
    }
    assert page.attention_lines["minutes"].kind == "calm"


def click(qtbot, page, name: str) -> None:
    qtbot.mouseClick(page.attention_lines[name], Qt.MouseButton.LeftButton)


def test_the_next_session_line_opens_it(window, busy_records, qtbot):
    page = shown_overview(window, qtbot)
    # A filter that hides the session is cleared to show it.
    window.show_page("sessions")
    window.sessions_page.select_status(MeetingStatus.MINUTES_APPROVED)
    window.show_page("overview")
    click(qtbot, page, "next_session")
    assert window.current_page_key() == "sessions"
    assert window.sessions_page.current_session().ref == "9/2026"


def test_the_minutes_line_opens_the_first_session_named(window, busy_records, qtbot):
    page = shown_overview(window, qtbot)
    click(qtbot, page, "minutes")
    assert window.current_page_key() == "sessions"
    assert window.sessions_page.current_session().ref == "5/2026"
    # Minutes to write: where they are written.
    assert window.sessions_page.current_tab() is window.sessions_page.minutes_editor


def test_the_actions_line_opens_the_overdue_actions(window, busy_records, qtbot):
    page = shown_overview(window, qtbot)
    click(qtbot, page, "actions")
    assert window.current_page_key() == "actions"
    actions = window.actions_page
    assert actions.show_combo.currentData() == ActionsPage.SHOW_OVERDUE
    assert [row.description for row in actions.model.rows()] == ["Collect the\nadoption forms"]


def test_the_actions_line_opens_what_is_still_to_do_when_nothing_is_overdue(
    window, busy_records, qtbot
):
    actions = window.workspace.services.actions
    [late] = actions.list_actions(show="overdue")
    actions.mark_done(late.uuid, expected_version=late.row_version)
    page = shown_overview(window, qtbot)
    assert page.attention_lines["actions"].text() == "No overdue actions (1 still to do)."
    window.show_page("actions")
    window.actions_page.set_show(ActionsPage.SHOW_ALL)
    window.show_page("overview")
    click(qtbot, page, "actions")
    assert window.actions_page.show_combo.currentData() == ActionsPage.SHOW_OPEN


def test_the_zones_line_selects_the_first_zone_without_a_spokesperson(window, busy_records, qtbot):
    page = shown_overview(window, qtbot)
    # The People tab was the one open: the zone is shown on the Zones tab.
    window.show_page("zones")
    zones = window.zones_page
    zones.tabs.setCurrentWidget(zones.people_page)
    window.show_page("overview")
    click(qtbot, page, "zones")
    assert window.current_page_key() == "zones"
    assert zones.tabs.currentWidget() is zones.splitter
    assert zones.current_entry().number == 4


def test_the_proposals_line_opens_the_proposals_page_and_enter_works_too(
    window, busy_records, qtbot
):
    page = shown_overview(window, qtbot)
    line = page.attention_lines["proposals"]
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.current_page_key() == "proposals"


def test_lines_follow_changes_made_elsewhere(window, busy_records, qtbot):
    page = shown_overview(window, qtbot)
    sessions = window.workspace.services.sessions
    held = sessions.find_by_ref("5/2026")
    sessions.change_status(held.uuid, MeetingStatus.MINUTES_DRAFTED)
    window.sessions_page.data_changed.emit()
    qtbot.waitUntil(
        lambda: page.attention_lines["minutes"].text() == "Minutes to approve: 3/2026, 5/2026"
    )


def test_a_click_before_the_lines_are_loaded_goes_nowhere(window, qtbot):
    window.show_page("zones")
    page = window.overview_page
    with qtbot.assertNotEmitted(page.open_requested), qtbot.assertNotEmitted(page.show_requested):
        page.follow("next_session")  # never bound: nothing loaded
    assert window.current_page_key() == "zones"


def test_show_requested_goes_to_the_page_and_its_target(window, records, qtbot):
    page = window.overview_page
    page.show_requested.emit("actions", ActionsPage.SHOW_OVERDUE)
    assert window.current_page_key() == "actions"
    assert window.actions_page.show_combo.currentData() == ActionsPage.SHOW_OVERDUE
    page.show_requested.emit("proposals", None)
    assert window.current_page_key() == "proposals"
    page.show_requested.emit("nowhere", None)  # an unknown page changes nothing
    assert window.current_page_key() == "proposals"
    # A page with nothing to point at ignores a target rather than failing.
    Page.show_target(window.proposals_page, "anything")
    assert window.current_page_key() == "proposals"
    # So does the Actions page with a target that is not one of its filters.
    window.actions_page.show_target("nonsense")
    assert window.actions_page.show_combo.currentData() == ActionsPage.SHOW_OVERDUE


def test_a_failed_reading_is_said_on_the_first_line(window, monkeypatch, qtbot):
    def fail():
        raise NotFoundError("The database went away.")

    monkeypatch.setattr(window.workspace.services.attention, "summary", fail)
    window.show_page("overview")
    page = window.overview_page
    lines = page.attention_lines
    qtbot.waitUntil(lambda: lines["next_session"].text().startswith("The database went away."))
    assert [lines[name].text() for name in ("minutes", "zones")] == ["", ""]
    with qtbot.assertNotEmitted(page.open_requested), qtbot.assertNotEmitted(page.show_requested):
        click(qtbot, page, "next_session")
