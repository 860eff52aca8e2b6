"""Migrations: every revision upgrades an empty and a populated database, and the models match."""

from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from rtdesk.store import migrate
from rtdesk.store.engine import database_url, make_engine
from rtdesk.store.models import Base, Mandate, Person, Proposal, Zone
from rtdesk.store.seed import seed_reference_data


def _revisions_in_order() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_single_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1


def test_the_revision_list_the_app_starts_with_matches_the_scripts():
    assert list(migrate.REVISIONS) == _revisions_in_order() == migrate.scripted_revisions(), (
        "a migration was added or renamed: list it in rtdesk/store/migrate.py REVISIONS"
    )
    assert migrate.head_revision() == _revisions_in_order()[-1]


def test_upgrade_empty_database_step_by_step_to_head(tmp_path):
    engine = make_engine(database_url(tmp_path / "steps.sqlite"))
    try:
        for revision in _revisions_in_order():
            with engine.begin() as connection:
                migrate.upgrade(connection, revision)
                assert migrate.current_revision(connection) == revision
    finally:
        engine.dispose()


def test_models_match_the_migrated_schema(tmp_path):
    engine = make_engine(database_url(tmp_path / "drift.sqlite"))
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "include_name": migrate.include_name},
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], "models and migrations differ: write a migration"
    finally:
        engine.dispose()


def test_populated_database_survives_every_later_revision(tmp_path):
    """Fill a database at the first revision, then upgrade one revision at a time."""
    revisions = _revisions_in_order()
    engine = make_engine(database_url(tmp_path / "populated.sqlite"))
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, revisions[0])
        with Session(engine) as session, session.begin():
            seed_reference_data(session)
            zone = session.scalar(select(Zone).where(Zone.number == 5))
            person = Person(given_name="Anna", family_name="Bianchi", title="Sindaca")
            session.add(person)
            session.add(
                Mandate(person=person, zone=zone, role="spokesperson", start_date=date(2022, 1, 27))
            )
            session.add(
                Proposal(
                    code="P-2026-001",
                    year=2026,
                    sequence=1,
                    title="Trasporto scolastico",
                    submitted_on=date(2026, 2, 1),
                )
            )

        def counts() -> dict[str, int]:
            with engine.connect() as connection:
                return {
                    table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                    for table in (
                        "zone",
                        "municipality",
                        "zone_membership",
                        "person",
                        "mandate",
                        "proposal",
                    )
                }

        before = counts()
        for revision in revisions[1:]:
            with engine.begin() as connection:
                migrate.upgrade(connection, revision)
            assert counts() == before, f"rows lost upgrading to {revision}"
        with Session(engine) as session:
            assert session.scalar(select(func.count(Mandate.id))) == 1
    finally:
        engine.dispose()


def test_open_database_reports_head(database):
    with database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
