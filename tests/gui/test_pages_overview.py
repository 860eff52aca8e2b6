"""Every register page over an empty database, and the Overview page."""

from __future__ import annotations


def test_empty_database_shows_plain_messages(window):
    expected = {
        "sessions": "No sessions recorded yet.",
        "proposals": "No proposals recorded yet.",
        "actions": "No actions recorded yet.",
    }
    for key, message in expected.items():
        window.show_page(key)
        page = window.pages[key]
        assert page.showing_empty_state
        assert page.empty_label.isVisible() and not page.view.isVisible()
        assert page.empty_label.text() == message
        assert page.model.rowCount() == 0
    assert not window.sessions_page.year_combo.isVisible()  # nothing to filter


def test_overview_counts_and_verdict_come_from_a_background_check(window, records, qtbot):
    window.show_page("overview")
    page = window.overview_page
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.report.ok
    shown = {name: label.text() for name, label in page.count_labels.items()}
    assert shown == {
        "zones": "11",
        "municipalities": "312",
        "municipalities_without_zone": "123",
        "people": "1",
        "mandates": "0",
        "sessions": "2",
        "proposals": "1",
        "actions": "2",
    }
    assert page.verdict_label.text().startswith("No problems found.")
    assert page.check_button.isEnabled()

    # A change made elsewhere in the window makes the visible overview check again.
    window.workspace.services.zones.assign_zone("001270", 6)
    window.zones_page.data_changed.emit()
    qtbot.waitUntil(lambda: page.count_labels["municipalities_without_zone"].text() == "122")
    qtbot.waitUntil(lambda: not page.checking)


def test_overview_shows_problems(window, database, qtbot):
    with database.engine.begin() as connection:
        # A municipality whose zone disagrees with its zone history.
        connection.exec_driver_sql(
            "UPDATE municipality SET zone_id = 1 WHERE istat_code = '001270'"
        )
    window.show_page("overview")
    page = window.overview_page
    qtbot.waitUntil(lambda: page.report is not None)
    assert not page.report.ok
    text = page.verdict_label.text()
    assert text.startswith("1 problem found:")
    assert "Susa: its zone does not match its open zone membership." in text
