"""The Proposals page: the register."""

from __future__ import annotations

from rtdesk.gui.proposals_page import ProposalsTableModel


def test_proposals_page(window, records, texts, qtmodeltester):
    window.show_page("proposals")
    model = window.proposals_page.model
    assert isinstance(model, ProposalsTableModel)
    qtmodeltester.check(model)
    row = texts(model, 0)
    assert row[ProposalsTableModel.COLUMN_CODE] == "P-2025-009"
    assert row[ProposalsTableModel.COLUMN_TITLE] == "Sportello unico per le imprese"
    assert row[ProposalsTableModel.COLUMN_STATUS] == "Under discussion"
    assert row[ProposalsTableModel.COLUMN_ZONES] == "5, 9"
    assert "2025" in row[ProposalsTableModel.COLUMN_SUBMITTED]
