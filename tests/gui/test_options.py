"""The typed option registry over QSettings, and where the user's settings go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from rtdesk.gui import options as options_module
from rtdesk.gui.options import (
    CURRENT_PAGE,
    MAIN_WINDOW_GEOMETRY,
    BoolOption,
    IntOption,
    Option,
    Options,
    TextOption,
)


def test_defaults_when_nothing_is_stored(options):
    assert options.get(CURRENT_PAGE) == "zones"
    assert options.get(MAIN_WINDOW_GEOMETRY).isEmpty()


def test_values_round_trip_through_the_ini_file(tmp_path):
    path = str(tmp_path / "roundtrip.ini")
    first = Options.in_file(path)
    first.set(CURRENT_PAGE, "overview")
    first.set(MAIN_WINDOW_GEOMETRY, QByteArray(b"\x01\x02\x00"))
    first.sync()
    again = Options.in_file(path)  # read back from the file, where everything is text
    assert again.get(CURRENT_PAGE) == "overview"
    assert again.get(MAIN_WINDOW_GEOMETRY) == QByteArray(b"\x01\x02\x00")


@pytest.fixture
def scratch_options():
    """Options declared only for these tests, removed from the registry afterwards."""
    declared = {
        "count": IntOption("test/count", 3),
        "flag": BoolOption("test/flag", False),
    }
    yield declared
    for option in declared.values():
        del Option.registry[option.key]


def test_typed_values_and_bad_stored_values(options, scratch_options):
    count, flag = scratch_options["count"], scratch_options["flag"]
    options.set(count, 7)
    options.set(flag, True)
    options.sync()
    reread = Options.in_file(options.settings.fileName())
    assert reread.get(count) == 7 and reread.get(flag) is True
    # A hand-edited file with nonsense falls back to the default instead of failing.
    options.settings.setValue(count.key, "many")
    options.settings.setValue(flag.key, "perhaps")
    assert options.get(count) == 3 and options.get(flag) is False
    with pytest.raises((TypeError, ValueError)):
        options.set(count, "seven")
    options.reset(count)
    assert options.get(count) == 3


def test_undeclared_and_duplicate_options_are_refused(options):
    with pytest.raises(ValueError, match="declared twice"):
        TextOption(CURRENT_PAGE.key, "elsewhere")
    stray = object.__new__(TextOption)
    object.__setattr__(stray, "key", "not/declared")
    object.__setattr__(stray, "default", "")
    with pytest.raises(KeyError):
        options.get(stray)


def test_user_settings_go_to_a_per_user_file_named_for_rtdesk(isolated_qt_settings):
    user = Options.for_user()
    path = Path(user.settings.fileName())
    # In tests QSettings.setPath points the user scope at a temp folder, never at $HOME.
    assert path.is_relative_to(isolated_qt_settings)
    assert path.parts[-2:] == (
        options_module.ORGANIZATION_NAME,
        f"{options_module.APPLICATION_NAME}.ini",
    )
    assert user.settings.format() == QSettings.Format.IniFormat
    assert user.settings.scope() == QSettings.Scope.UserScope
