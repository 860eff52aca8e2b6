"""Migration 0004: a populated 0003 database gains the prefix search and the register indexes."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from rtdesk.domain.enums import ProposalStatus
from rtdesk.services.context import ServiceContext
from rtdesk.services.proposals import ProposalFilters, ProposalInput, ProposalService
from rtdesk.store import migrate
from rtdesk.store.database import open_database
from rtdesk.store.engine import database_url, make_engine
from rtdesk.store.models import (
    ActionItem,
    Person,
    Proposal,
    Theme,
    Zone,
    proposal_theme,
    proposal_zone,
)
from rtdesk.store.seed import seed_reference_data

PREVIOUS = "0003_settings"
NEW_INDEXES = {
    "proposal": {"ix_proposal_status_code", "ix_proposal_title_nocase"},
    "proposal_zone": {"ix_proposal_zone_zone_id"},
    "proposal_theme": {"ix_proposal_theme_theme_id"},
    "action_item": {"ix_action_item_proposal_id", "ix_action_item_agenda_item_id"},
}
TITLES = (
    "Trasporto scolastico nelle valli",
    "Città più accessibili",
    "Sportello unico digitale",
    "Tavolo tecnico sul turismo",
)


def _fill_at_previous_revision(path) -> None:
    """A database as revision 0003 left it, with proposals, their zones, themes and actions."""
    engine = make_engine(database_url(path))
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, PREVIOUS)
        with Session(engine) as session, session.begin():
            seed_reference_data(session)
            session.add(Person(given_name="Anna", family_name="Bianchi"))
            zones = {z.number: z for z in session.scalars(select(Zone))}
            theme = Theme(name="Mobilità")
            for sequence, title in enumerate(TITLES, start=1):
                proposal = Proposal(
                    code=f"P-2025-{sequence:03d}",
                    year=2025,
                    sequence=sequence,
                    title=title,
                    summary="Proposta della zona, con un riassunto.",
                    status=ProposalStatus.APPROVED if sequence % 2 else ProposalStatus.SUBMITTED,
                    submitted_on=date(2025, 3, sequence),
                    proposing_zones=[zones[sequence]],
                    themes=[theme],
                )
                session.add(proposal)
                session.flush()
                session.add(ActionItem(description=f"Seguire {title}", proposal_id=proposal.id))
    finally:
        engine.dispose()


def _counts(session) -> dict[str, int]:
    return {
        table: session.scalar(text(f"SELECT count(*) FROM {table}"))
        for table in ("proposal", "proposal_zone", "proposal_theme", "action_item", "person")
    }


def _plan(session, sql: str, *params) -> str:
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return " | ".join(row[3] for row in rows)


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    _fill_at_previous_revision(path)
    engine = make_engine(database_url(path))
    with Session(engine) as session:
        before = _counts(session)
    engine.dispose()
    database = open_database(path, backup_dir=tmp_path / "backups")
    yield database, before
    database.close()


def test_upgrade_keeps_every_row_and_reaches_head(upgraded):
    database, before = upgraded
    assert database.migrated_from == PREVIOUS
    assert len(database.backups) == 1
    with database.session_factory() as session:
        assert _counts(session) == before
        assert migrate.current_revision(session.connection()) == migrate.head_revision()


def test_search_index_rebuilt_with_prefixes(upgraded):
    database, _before = upgraded
    service = ProposalService(ServiceContext(database.session_factory))

    def codes(words: str) -> list[str]:
        return [r.code for r in service.proposal_rows(service.proposal_ids(ProposalFilters(words)))]

    with database.session_factory() as session:
        definition = session.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = 'proposal_fts'")
        )
        triggers = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).all()
    assert "prefix='1 2 3'" in definition and "remove_diacritics 2" in definition
    assert triggers == [
        "proposal_fts_after_delete",
        "proposal_fts_after_insert",
        "proposal_fts_after_update",
    ]
    # Proposals written before the upgrade are found, by one, two, three letters or more.
    assert codes("t") == ["P-2025-004", "P-2025-001"]
    assert codes("tr") == ["P-2025-001"]
    assert codes("cit") == ["P-2025-002"]
    assert codes("citta accessibili") == ["P-2025-002"]
    # The triggers keep following writes.
    created = service.submit(ProposalInput(title="Trasporto a chiamata"))
    assert codes("tra") == [created.code, "P-2025-001"]
    with database.session_factory.begin() as session:
        session.execute(
            text("UPDATE proposal SET title = 'Piste ciclabili' WHERE code = 'P-2025-001'")
        )
    assert codes("tra") == [created.code]
    service.delete(created.uuid)
    assert codes("tra") == []


def test_new_indexes_exist_and_serve_the_register(upgraded):
    database, _before = upgraded
    with database.session_factory() as session:
        for table, wanted in NEW_INDEXES.items():
            names = {row[1] for row in session.execute(text(f"PRAGMA index_list({table})"))}
            assert wanted <= names, table
        nocase = session.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_proposal_title_nocase'")
        )
        assert "COLLATE NOCASE" in nocase
        assert "ix_proposal_zone_zone_id" in _plan(
            session, "SELECT proposal_id FROM proposal_zone WHERE zone_id = ?", 1
        )
        assert "ix_proposal_theme_theme_id" in _plan(
            session, "SELECT proposal_id FROM proposal_theme WHERE theme_id = ?", 1
        )
        by_status = _plan(
            session,
            "SELECT id FROM proposal WHERE status = ? ORDER BY year DESC, sequence DESC, id DESC",
            "approved",
        )
        assert "ix_proposal_status_code" in by_status and "TEMP B-TREE" not in by_status
        by_title = _plan(session, "SELECT id FROM proposal ORDER BY title COLLATE NOCASE, id")
        assert "ix_proposal_title_nocase" in by_title and "TEMP B-TREE" not in by_title
        assert "ix_action_item_proposal_id" in _plan(
            session, "SELECT id FROM action_item WHERE proposal_id = ?", 1
        )
    service = ProposalService(ServiceContext(database.session_factory))
    assert [r.code for r in service.list_proposals(zone_number=3)] == ["P-2025-003"]
    assert [r.code for r in service.list_proposals(status=ProposalStatus.APPROVED)] == [
        "P-2025-003",
        "P-2025-001",
    ]
    assert [r.title for r in service.list_proposals(order_by="title", descending=False)] == sorted(
        TITLES, key=str.lower
    )


def test_downgrade_returns_to_the_previous_schema_with_the_rows(upgraded):
    database, before = upgraded
    database.close()
    engine = make_engine(database_url(database.path), transactional_ddl=True)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, PREVIOUS)
        with Session(engine) as session:
            assert migrate.current_revision(session.connection()) == PREVIOUS
            assert _counts(session) == before
            definition = session.scalar(
                text("SELECT sql FROM sqlite_master WHERE name = 'proposal_fts'")
            )
            assert "prefix" not in definition
            names = {row[1] for row in session.execute(text("PRAGMA index_list(proposal)"))}
            assert not names & NEW_INDEXES["proposal"]
            found = session.scalar(
                text("SELECT count(*) FROM proposal_fts WHERE proposal_fts MATCH '\"citta\"*'")
            )
            assert found == 1
        # And up again: the same rows, the indexes back.
        with engine.begin() as connection:
            migrate.upgrade(connection)
        with Session(engine) as session:
            assert _counts(session) == before
            assert session.scalar(select(func.count()).select_from(proposal_zone)) == 4
            assert session.scalar(select(func.count()).select_from(proposal_theme)) == 4
    finally:
        engine.dispose()
