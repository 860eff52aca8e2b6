"""What every service needs: the session factory, who is working, and today's date."""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from rtdesk.store.errors import translated_errors


def current_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "unknown"


@dataclass(frozen=True)
class ServiceContext:
    session_factory: sessionmaker[Session]
    user: str = field(default_factory=current_user_name)
    today: Callable[[], date] = date.today
    location: str = ""  # shown in database error messages

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on any error."""
        with translated_errors(self.location), self.session_factory.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with translated_errors(self.location), self.session_factory() as session:
            yield session
