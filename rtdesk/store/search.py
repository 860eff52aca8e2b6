"""Full-text search over proposals with SQLite FTS5, accent- and case-insensitive.

`proposal_fts` is an external-content FTS5 index over proposal.title, summary and resolution,
kept in step by triggers (migration 0002_proposal_search; 0004 adds the prefix index), so
every write path updates it, bulk inserts included.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.orm import Session
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


def match_count(session: Session, user_text: str) -> int | None:
    """How many proposals the text matches (None when nothing was typed): a few milliseconds."""
    query = fts_query(user_text)
    if query is None:
        return None
    return session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"),
        {"fts_query": query},
    ).scalar_one()


def matches(
    id_column: ColumnElement, user_text: str, *, broad: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE clause restricting `id_column` (proposal ids) to the full-text matches.

    `broad`: the text matches a large share of the proposals (one or two letters typed). Then
    `id + 0` stops SQLite from driving the query by the list of matches — fetching most of the
    table row by row and sorting it — so it walks the index of the display order instead and
    checks each id against the matches: 180 → 90 ms for "t" on 100,000 proposals. For a narrow
    match the list-driven plan is the faster one, so it stays the default.
    """
    ids = proposal_ids_matching(user_text)
    if ids is None:
        return None
    return (id_column + 0).in_(ids) if broad else id_column.in_(ids)
