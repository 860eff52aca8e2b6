"""The lazy proposals table model: ids from SQL, rows read by pages, sorting done by SQL."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rtdesk.domain.enums import ProposalStatus
from rtdesk.gui import proposals_model
from rtdesk.gui.proposals_model import ProposalsTableModel
from rtdesk.services.proposals import (
    ProposalFilters,
    ProposalInput,
    ProposalService,
    ShownIds,
)


class CountingService:
    """The real service, counting the queries the model makes."""

    def __init__(self, service: ProposalService) -> None:
        self._service = service
        self.id_queries: list[tuple] = []
        self.row_queries: list[int] = []
        self.shown: list = []  # the list on show handed to each ids query, if any

    def proposal_ids(self, filters=ProposalFilters(), order_by="code", descending=True, shown=None):  # noqa: B008
        self.id_queries.append((filters, order_by, descending))
        self.shown.append(shown)
        return self._service.proposal_ids(filters, order_by, descending, shown=shown)

    def change_mark(self):
        return self._service.change_mark()

    def proposal_rows(self, ids):
        self.row_queries.append(len(ids))
        return self._service.proposal_rows(ids)


@pytest.fixture
def service(context) -> ProposalService:
    proposals = ProposalService(context)
    titles = ["Biblioteche in rete", "Città sicure", "alberi nei cortili"]
    for number, title in enumerate(titles, start=1):
        proposals.submit(
            ProposalInput(
                title,
                submitted_on=date(2026, number, 10),
                proposing_zones=(number,),
                themes=("Scuola",) if number == 2 else (),
            )
        )
    return proposals


def shown(model, column=ProposalsTableModel.COLUMN_TITLE) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_model_passes_the_model_tester_and_shows_rows(service, qtmodeltester):
    model = ProposalsTableModel(service)
    model.set_filters(ProposalFilters())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert shown(model, ProposalsTableModel.COLUMN_CODE) == [
        "P-2026-003",
        "P-2026-002",
        "P-2026-001",
    ]
    row = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    assert row[ProposalsTableModel.COLUMN_STATUS] == "Submitted"
    assert row[ProposalsTableModel.COLUMN_ZONES] == "2"
    assert row[ProposalsTableModel.COLUMN_THEMES] == "Scuola"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_filters_and_sorting_are_sql_queries(service, qtmodeltester):
    counting = CountingService(service)
    model = ProposalsTableModel(counting)
    model.set_filters(ProposalFilters(text="citta"))  # accents ignored by FTS5
    assert shown(model) == ["Città sicure"]
    model.set_filters(ProposalFilters())
    model.sort(ProposalsTableModel.COLUMN_TITLE, Qt.SortOrder.AscendingOrder)
    assert counting.id_queries[-1] == (ProposalFilters(), "title", False)
    assert shown(model) == ["alberi nei cortili", "Biblioteche in rete", "Città sicure"]
    model.sort(ProposalsTableModel.COLUMN_SUBMITTED, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["alberi nei cortili", "Città sicure", "Biblioteche in rete"]
    queries = len(counting.id_queries)
    model.sort(ProposalsTableModel.COLUMN_ZONES, Qt.SortOrder.AscendingOrder)  # not sortable
    assert len(counting.id_queries) == queries
    model.set_filters(ProposalFilters(zone_number=2, status=ProposalStatus.SUBMITTED))
    assert shown(model) == ["Città sicure"]
    model.set_filters(ProposalFilters(theme="scuola", year=2025))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sorting_keeps_the_selection_on_the_same_proposal(service):
    from PySide6.QtCore import QPersistentModelIndex

    model = ProposalsTableModel(service)
    model.set_filters(ProposalFilters())
    kept = QPersistentModelIndex(model.index(0, 1))  # P-2026-003, alberi
    model.sort(ProposalsTableModel.COLUMN_CODE, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 2
    assert model.data(model.index(kept.row(), 1)) == "alberi nei cortili"


def test_rows_are_read_by_pages_into_a_bounded_cache(context, monkeypatch):
    monkeypatch.setattr(proposals_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(proposals_model, "CACHE_PAGES", 2)
    proposals = ProposalService(context)
    for number in range(9):
        proposals.submit(ProposalInput(f"Proposta {number}", submitted_on=date(2026, 1, 1)))
    counting = CountingService(proposals)
    model = ProposalsTableModel(counting)
    model.set_filters(ProposalFilters())
    assert model.rowCount() == 9
    assert counting.row_queries == []  # nothing read before it is shown
    model.data(model.index(0, 0))
    model.data(model.index(1, 1))
    assert counting.row_queries == [2]  # one page for both rows
    model.data(model.index(8, 0))
    model.data(model.index(4, 0))
    assert counting.row_queries == [2, 1, 2]
    model.data(model.index(0, 0))  # page 0 was dropped: the cache holds two pages
    assert counting.row_queries == [2, 1, 2, 2]
    assert model.row_of_id(model.id_at(8)) == 8
    assert counting.row_queries == [2, 1, 2, 2]  # found among the ids: no row read


def test_a_proposal_deleted_meanwhile_leaves_a_blank_row_until_refresh(service, qtmodeltester):
    model = ProposalsTableModel(service)
    model.set_filters(ProposalFilters())
    kept = service.proposal_rows([model.id_at(1)])[0]
    service.delete(service.proposal_rows([model.id_at(0)])[0].uuid)
    assert model.data(model.index(0, 0)) is None
    qtmodeltester.check(model)
    assert model.row_of_id(kept.id) == 1  # the blank row is stepped over, not a crash
    model.refresh()
    assert model.rowCount() == 2


def test_typing_starts_from_the_list_on_show_and_a_refresh_from_scratch(service):
    counting = CountingService(service)
    model = ProposalsTableModel(counting)
    model.set_filters(ProposalFilters(), typing=True)  # nothing read yet: nothing to start from
    assert counting.shown == [None] and model.rowCount() == 3
    everything = [model.id_at(row) for row in range(3)]
    model.set_filters(ProposalFilters(text="c"), typing=True)
    assert counting.shown[-1] == ShownIds(ProposalFilters(), everything, service.change_mark())
    assert sorted(shown(model)) == ["Città sicure", "alberi nei cortili"]
    service.submit(ProposalInput("Cortei storici", submitted_on=date(2026, 5, 1)))
    model.refresh()  # after a write: a query from scratch, which finds the new one
    assert counting.shown[-1] is None
    assert sorted(shown(model)) == ["Città sicure", "Cortei storici", "alberi nei cortili"]
