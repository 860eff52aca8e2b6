"""Permissions of files written through a temporary file.

`tempfile.mkstemp` creates files readable by their owner only (0600); renamed into place they
kept that mode, so a minutes PDF or a workbook saved on a shared folder could not be opened by
colleagues. Written files get the mode a normal `open()` would give them instead.
"""

from __future__ import annotations

import os
from pathlib import Path

_FALLBACK_UMASK = 0o022


def current_umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _FALLBACK_UMASK


def give_default_mode(path: Path) -> None:
    """Set the mode a newly created file would have (0666 less the umask)."""
    if os.name == "posix":
        os.chmod(path, 0o666 & ~current_umask())
