"""Guard against PySide6 builds that lose references to None (6.12.0 on Python 3.11).

Each call of a void binding method dropped None's reference count by one; after a few
thousand calls the interpreter aborts. On Python 3.12+ None is immortal, so the count never
moves and the test checks nothing harmful can happen there either.
"""

import sys

from PySide6.QtCore import QObject, QPoint


def test_void_binding_calls_keep_none_alive():
    holder = QObject()
    point = QPoint()
    calls = 2000  # well below the count at which a broken build would abort
    before = sys.getrefcount(None)
    for index in range(calls):
        holder.setObjectName("probe")  # void C++ method: returns None to Python
        point.setX(index)
    after = sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; a broken build drops `calls`*2.
    assert after > before - calls // 2, f"None lost {before - after} references"
