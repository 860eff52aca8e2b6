"""Indexes for 100,000 proposals: FTS5 prefix index, register filters and sorts, actions

Revision ID: 0004_performance
Revises: 0003_settings
Create Date: 2026-11-25 11:00:00

- proposal_fts gets `prefix='1 2 3'`: a search for one to three letters (each keystroke in
  the search box) reads ready-made prefix entries instead of every term of the index. FTS5
  cannot change the option of an existing table, so the table and its triggers are created
  again and the index rebuilt from the proposals.
- proposal (status, year, sequence): the register filtered by status, in code order.
- proposal (title COLLATE NOCASE): the register sorted by title without sorting every title,
  once the query orders by `title COLLATE NOCASE` (the same order as lower(title)).
- proposal_zone (zone_id, proposal_id), proposal_theme (theme_id, proposal_id): the zone and
  theme filters without reading the whole link table.
- action_item (proposal_id), (agenda_item_id): a proposal's detail and a session's minutes
  read their actions without reading every action.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_performance"
down_revision: str | None = "0003_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision stays what it was when later code changes.
_TRIGGERS = (
    """CREATE TRIGGER proposal_fts_after_insert AFTER INSERT ON proposal BEGIN
        INSERT INTO proposal_fts(rowid, title, summary, resolution)
        VALUES (new.id, new.title, new.summary, new.resolution);
    END""",
    """CREATE TRIGGER proposal_fts_after_delete AFTER DELETE ON proposal BEGIN
        INSERT INTO proposal_fts(proposal_fts, rowid, title, summary, resolution)
        VALUES ('delete', old.id, old.title, old.summary, old.resolution);
    END""",
    """CREATE TRIGGER proposal_fts_after_update AFTER UPDATE OF title, summary, resolution
        ON proposal BEGIN
        INSERT INTO proposal_fts(proposal_fts, rowid, title, summary, resolution)
        VALUES ('delete', old.id, old.title, old.summary, old.resolution);
        INSERT INTO proposal_fts(rowid, title, summary, resolution)
        VALUES (new.id, new.title, new.summary, new.resolution);
    END""",
)
_DROP_FTS = (
    "DROP TRIGGER IF EXISTS proposal_fts_after_update",
    "DROP TRIGGER IF EXISTS proposal_fts_after_delete",
    "DROP TRIGGER IF EXISTS proposal_fts_after_insert",
    "DROP TABLE IF EXISTS proposal_fts",
)
_FTS_TABLE = """CREATE VIRTUAL TABLE proposal_fts USING fts5(
        title, summary, resolution,
        content='proposal', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'{prefix})"""
_REBUILD = "INSERT INTO proposal_fts(proposal_fts) VALUES ('rebuild')"

_INDEXES = (
    ("ix_proposal_status_code", "proposal", "status, year, sequence"),
    ("ix_proposal_title_nocase", "proposal", "title COLLATE NOCASE"),
    ("ix_proposal_zone_zone_id", "proposal_zone", "zone_id, proposal_id"),
    ("ix_proposal_theme_theme_id", "proposal_theme", "theme_id, proposal_id"),
    ("ix_action_item_proposal_id", "action_item", "proposal_id"),
    ("ix_action_item_agenda_item_id", "action_item", "agenda_item_id"),
)


def _search_index(prefix: str) -> None:
    for statement in _DROP_FTS:
        op.execute(statement)
    op.execute(_FTS_TABLE.format(prefix=prefix))
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute(_REBUILD)  # indexes the proposals the database already holds


def upgrade() -> None:
    _search_index(", prefix='1 2 3'")
    for name, table, columns in _INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")


def downgrade() -> None:
    for name, _table, _columns in reversed(_INDEXES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    _search_index("")
