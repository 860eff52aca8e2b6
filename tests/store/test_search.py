"""Full-text search over proposals: accents, prefixes, hostile input, and the 0002 migration."""

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from rtdesk.store import migrate
from rtdesk.store.database import open_database
from rtdesk.store.engine import database_url, make_engine
from rtdesk.store.models import Person, Proposal
from rtdesk.store.search import fts_query, matches, matching_ids, narrows
from rtdesk.store.seed import seed_reference_data


def _proposal(sequence, title, summary="", resolution=""):
    return Proposal(
        code=f"P-2026-{sequence:03d}",
        year=2026,
        sequence=sequence,
        title=title,
        summary=summary,
        resolution=resolution,
        submitted_on=date(2026, 1, sequence),
    )


def _found(session, user_text):
    return sorted(session.scalars(select(Proposal.code).where(matches(Proposal.id, user_text))))


@pytest.fixture
def proposals(database):
    with database.session_factory.begin() as session:
        session.add_all(
            [
                _proposal(1, "Trasporto scolastico nel Pinerolese", "Scuolabus condivisi"),
                _proposal(2, "Città più verdi", "Alberature urbane", "Approvata all'unanimità"),
                _proposal(3, "Sportello unico attività produttive", "SUAP associato"),
            ]
        )
    return database


def test_accent_and_case_insensitive(proposals):
    with proposals.session_factory() as session:
        assert _found(session, "citta") == ["P-2026-002"]
        assert _found(session, "CITTÀ") == ["P-2026-002"]
        assert _found(session, "unanimita") == ["P-2026-002"]  # the resolution is indexed


def test_prefixes_and_every_word(proposals):
    with proposals.session_factory() as session:
        assert _found(session, "trasp") == ["P-2026-001"]
        assert _found(session, "trasporto pinerolese") == ["P-2026-001"]
        assert _found(session, "trasporto verdi") == []


def test_a_word_typed_in_full_finds_its_singular_and_plural(proposals):
    with proposals.session_factory() as session:
        assert _found(session, "trasporti") == ["P-2026-001"]  # trasporto
        assert _found(session, "scolastici pinerolesi") == ["P-2026-001"]
        assert _found(session, "alberatura urbana") == ["P-2026-002"]  # alberature urbane
        assert _found(session, "attività produttiva") == ["P-2026-003"]  # accented: as typed
        assert _found(session, "sportelli unici") == ["P-2026-003"]
        assert _found(session, "trasporta") == ["P-2026-001"]  # a stem shared, like any prefix
        assert _found(session, "scuolabussi") == []


@pytest.mark.parametrize(
    "hostile", ['"', "AND", "NEAR(", "*", "-scuola", "title:x", "'); DROP TABLE proposal; --"]
)
def test_fts_syntax_typed_by_users_never_fails(proposals, hostile):
    with proposals.session_factory() as session:
        _found(session, hostile)  # must not raise
        assert session.scalar(text("SELECT count(*) FROM proposal")) == 3


def test_empty_text_is_no_filter():
    assert fts_query("  ,;  ") is None
    assert matches(Proposal.id, "") is None


def test_index_follows_updates_and_deletes(proposals):
    with proposals.session_factory.begin() as session:
        first = session.scalar(select(Proposal).where(Proposal.sequence == 1))
        first.title = "Mobilità sostenibile"
        session.delete(session.scalar(select(Proposal).where(Proposal.sequence == 3)))
    with proposals.session_factory() as session:
        assert _found(session, "trasporto") == []
        assert _found(session, "mobilita") == ["P-2026-001"]
        assert _found(session, "sportello") == []


def test_upgrade_indexes_proposals_written_before_the_index_existed(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001_initial")
    with Session(engine) as session, session.begin():
        seed_reference_data(session)
        session.add(Person(given_name="Anna", family_name="Bianchi"))
        session.add(_proposal(1, "Comunità energetiche rinnovabili"))
    engine.dispose()

    backups = tmp_path / "backups"
    db = open_database(path, backup_dir=backups)
    try:
        assert db.migrated_from == "0001_initial"
        assert len(db.backups) == 1 and db.backups[0].parent == backups
        with db.session_factory() as session:
            assert _found(session, "comunita energetiche") == ["P-2026-001"]
    finally:
        db.close()
    # The backup is the database as it was: still at the old revision, with its data.
    old = make_engine(database_url(db.backups[0]))
    try:
        with old.connect() as connection:
            assert migrate.current_revision(connection) == "0001_initial"
            assert connection.execute(text("SELECT count(*) FROM person")).scalar() == 1
    finally:
        old.dispose()


@pytest.mark.parametrize(
    ("shown", "new", "narrower"),
    [
        ("", "t", True),
        ("t", "tr", True),
        ("trasporto", "trasporto ", True),
        ("trasporto", "trasporto s", True),
        ("trasporto s", "scolastico trasporto", True),
        ("cit", "città", True),
        ("tr", "t", False),  # a letter taken away: more proposals match
        ("trasporto s", "trasporto", False),
        ("tra", "xtra", False),
        ("Città", "citta", False),  # the same matches, but not decided letter by letter
        ("a_b", "a_bc", False),  # "_" splits a word into two tokens: not decided here
        ("t", "", False),
    ],
)
def test_narrows_only_when_more_is_typed(shown, new, narrower):
    assert narrows(shown, new) is narrower


def test_narrowing_keeps_the_same_matches(proposals):
    """Every text said to narrow another matches a subset of its proposals (checked in SQL)."""
    typed = ["", "t", "tr", "tra", "cit", "città", "città v", "s", "sc", "scuola", "sportello u",
             "trasporto", "trasporti", "scuole", "sportelli", "unico", "unici"]  # fmt: skip
    with Session(proposals.engine) as session:
        for shown in typed:
            for new in typed:
                if narrows(shown, new) and shown.strip():
                    assert matching_ids(session, new) <= matching_ids(session, shown)
        assert matching_ids(session, "s") == {1, 3}  # scolastico, scuolabus; sportello, suap
        assert matching_ids(session, "città") == matching_ids(session, "citta")
