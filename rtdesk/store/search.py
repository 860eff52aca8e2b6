"""Full-text search over proposals with SQLite FTS5, accent- and case-insensitive.

`proposal_fts` is an external-content FTS5 index over proposal.title, summary and resolution,
kept in step by triggers (migration 0002_proposal_search; 0004 adds the prefix index), so
every write path updates it, bulk inserts included.
"""

from __future__ import annotations

import json
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
    return " AND ".join(f'"{_singular_or_plural(word)}"*' for word in words)


# Italian nouns and adjectives change their last vowel from singular to plural (trasporto,
# trasporti; scuola, scuole; sede, sedi): a word typed in full also finds its other number.
_NUMBER_VOWELS = frozenset("aeioAEIO")


def _singular_or_plural(word: str) -> str:
    """The word without a final unaccented vowel, from four letters up: what its singular and
    plural share. It stays a prefix of the word, so more letters typed still narrow the
    matches (see `narrows`)."""
    if len(word) >= 4 and word[-1] in _NUMBER_VOWELS and word.isalpha():
        return word[:-1]
    return word


def proposal_ids_matching(user_text: str):
    """A SELECT of proposal ids whose title, summary or resolution match, or None for no filter."""
    query = fts_query(user_text)
    if query is None:
        return None
    fts = table(FTS_TABLE, column("rowid"))
    return select(fts.c.rowid).where(text(f"{FTS_TABLE} MATCH :fts_query")).params(fts_query=query)


def narrows(shown_text: str, new_text: str) -> bool:
    """True when every proposal matching `new_text` also matches `shown_text`: more letters or
    more words typed. Decided on the words exactly as typed, each one alphanumeric, so that
    the tokenizer sees one token per word and folds it letter by letter (case, accents): a
    word extending another then folds to an extension of it, and matches a subset."""
    shown, new = _WORD.findall(shown_text or ""), _WORD.findall(new_text or "")
    if not all(word.isalnum() for word in (*shown, *new)):
        return False
    return all(any(word.startswith(old) for word in new) for old in shown)


def matching_ids(session: Session, user_text: str) -> set[int]:
    """The ids of the proposals the text matches (every word as a prefix)."""
    query = fts_query(user_text)
    if query is None:
        raise ValueError("matching_ids needs some words to look for")
    joined = session.execute(
        text(f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query"),
        {"fts_query": query},
    ).scalar_one()
    return set(json.loads(f"[{joined}]")) if joined else set()


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
