"""Entry script of the PyInstaller bundle: the same `rtdesk` command as the installed package."""

from __future__ import annotations

import os
import sys


def _give_streams_a_target() -> None:
    # The windowed Windows executable starts with sys.stdout and sys.stderr set to None; a print
    # there (rtdesk --version from a shortcut) would crash instead of doing nothing.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_streams_a_target()
    from rtdesk.launcher import main

    sys.exit(main())
