"""Full-text search over proposals with SQLite FTS5, accent- and case-insensitive.

`proposal_fts` is an external-content FTS5 index over proposal.title, summary and resolution,
kept in step by triggers (migration 0002_proposal_search; 0004 adds the prefix index), so
every write path updates it, bulk inserts included.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.sql import column, table

FTS_TABLE = "proposal_fts"
# FTS5 creates shadow tables named after the index; the ORM models know none of them.
FTS_TABLE_NAMES = frozenset(
    {FTS_TABLE} | {f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "docsize", "config")}
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """An FTS5 query matching every word typed (as a prefix), or None when nothing was typed.

    Words are quoted, so what users type (quotes, AND, NEAR, *, -, parentheses) is never read
    as FTS5 syntax and can never make the query fail.
    """
    words = _WORD.findall(user_text or "")
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def proposal_ids_matching(user_text: str):
    """A SELECT of proposal ids whose title, summary or resolution match, or None for no filter."""
    query = fts_query(user_text)
    if query is None:
        return None
    fts = table(FTS_TABLE, column("rowid"))
    return select(fts.c.rowid).where(text(f"{FTS_TABLE} MATCH :fts_query")).params(fts_query=query)


def matches(id_column: ColumnElement, user_text: str) -> ColumnElement[bool] | None:
    """A WHERE clause restricting `id_column` (proposal ids) to the full-text matches."""
    ids = proposal_ids_matching(user_text)
    return None if ids is None else id_column.in_(ids)
