"""Every per-user option of the interface, typed and with its default, kept in QSettings.

Like MusicBrainz Picard's `options.py`: options are declared once here (key, type, default),
and code reads and writes them through an `Options` object built over a QSettings, so a typo
in a key or a value of the wrong type is caught here instead of in the settings file. Options
shared by every workstation (quorum, letterhead) live in the database, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from rtdesk.domain.backups import DEFAULT_KEEP

T = TypeVar("T")

ORGANIZATION_NAME = "rtdesk"
ORGANIZATION_DOMAIN = "cittametropolitana.torino.it"
APPLICATION_NAME = "rtdesk"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One option: where it is stored and what it is worth when nothing is stored."""

    key: str
    default: T

    registry: ClassVar[dict[str, Option[Any]]] = {}

    def __post_init__(self) -> None:
        if self.key in Option.registry:
            raise ValueError(f"option {self.key!r} is declared twice")
        Option.registry[self.key] = self

    def convert(self, stored: object) -> T:
        """The stored value as this option's type; raises ValueError/TypeError if it is not."""
        raise NotImplementedError

    def to_stored(self, value: T) -> object:
        return value


@dataclass(frozen=True)
class TextOption(Option[str]):
    def convert(self, stored: object) -> str:
        if not isinstance(stored, str):
            raise TypeError(stored)
        return stored


@dataclass(frozen=True)
class IntOption(Option[int]):
    """A whole number, optionally within `minimum`..`maximum` (a value outside is refused)."""

    minimum: int | None = None
    maximum: int | None = None

    def convert(self, stored: object) -> int:
        if isinstance(stored, bool):
            raise TypeError(stored)
        value = int(stored)  # INI files give back text
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            raise ValueError(stored)
        return value


@dataclass(frozen=True)
class BoolOption(Option[bool]):
    def convert(self, stored: object) -> bool:
        if isinstance(stored, bool):
            return stored
        text = str(stored).strip().lower()
        if text in {"true", "1"}:
            return True
        if text in {"false", "0"}:
            return False
        raise ValueError(stored)


@dataclass(frozen=True)
class BytesOption(Option[QByteArray]):
    """Opaque state saved by Qt itself (window geometry, splitter sizes)."""

    def convert(self, stored: object) -> QByteArray:
        if isinstance(stored, QByteArray):
            return stored
        if isinstance(stored, bytes):
            return QByteArray(stored)
        raise TypeError(stored)


# --- The options -------------------------------------------------------------------------

MAIN_WINDOW_GEOMETRY = BytesOption("main_window/geometry", QByteArray())
MAIN_WINDOW_STATE = BytesOption("main_window/state", QByteArray())
CURRENT_PAGE = TextOption("main_window/page", "zones")
ZONES_SPLITTER = BytesOption("zones_page/splitter", QByteArray())
ASSIGN_ZONE_DIALOG_GEOMETRY = BytesOption("assign_zone_dialog/geometry", QByteArray())
LAST_FOLDER = TextOption("files/last_folder", "")
# "" follows the system's language; otherwise a language code of resources/i18n ("it", "en").
INTERFACE_LANGUAGE = TextOption("interface/language", "")
# Who is working at this computer, as the audit log and the errata name them ("" = login name).
OPERATOR_NAME = TextOption("interface/operator_name", "")
# How many of the automatic start-up backups are kept (rtdesk.app reads it on each opening).
BACKUPS_TO_KEEP = IntOption("backups/keep", DEFAULT_KEEP, minimum=1, maximum=100)


class Options:
    """Typed access to the declared options over one QSettings (per user, or a test's file)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @classmethod
    def for_user(cls) -> Options:
        """The current user's settings file (an INI file on every platform, like Picard)."""
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                ORGANIZATION_NAME,
                APPLICATION_NAME,
            )
        )

    @classmethod
    def in_file(cls, path: str) -> Options:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        self._check_declared(option)
        stored = self.settings.value(option.key)
        if stored is None:
            return option.default
        try:
            return option.convert(stored)
        except (TypeError, ValueError):
            # A hand-edited or foreign value: fall back rather than fail at start-up.
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._check_declared(option)
        option.convert(value)  # refuse a value of the wrong type before writing it
        self.settings.setValue(option.key, option.to_stored(value))

    def reset(self, option: Option[Any]) -> None:
        self._check_declared(option)
        self.settings.remove(option.key)

    def sync(self) -> None:
        self.settings.sync()

    @staticmethod
    def _check_declared(option: Option[Any]) -> None:
        if Option.registry.get(option.key) is not option:
            raise KeyError(f"option {option.key!r} is not declared in rtdesk.gui.options")
