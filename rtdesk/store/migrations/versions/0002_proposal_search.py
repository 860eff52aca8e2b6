"""Full-text search index over proposals (FTS5, accent-insensitive)

Revision ID: 0002_proposal_search
Revises: 0001_initial
Create Date: 2026-11-25 08:15:00
"""

from collections.abc import Sequence

from alembic import op

# Written out here, not imported, so this revision stays what it was when later code changes.
CREATE_STATEMENTS = (
    """CREATE VIRTUAL TABLE proposal_fts USING fts5(
        title, summary, resolution,
        content='proposal', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
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
    "INSERT INTO proposal_fts(proposal_fts) VALUES ('rebuild')",
)

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS proposal_fts_after_update",
    "DROP TRIGGER IF EXISTS proposal_fts_after_delete",
    "DROP TRIGGER IF EXISTS proposal_fts_after_insert",
    "DROP TABLE IF EXISTS proposal_fts",
)

revision: str = "0002_proposal_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexes what older databases already hold ('rebuild' is the last statement).
    for statement in CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_STATEMENTS:
        op.execute(statement)
