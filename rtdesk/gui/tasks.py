"""Work off the GUI thread: `run_task(func, next_func)` as in MusicBrainz Picard and Anki.

`func` runs on a worker thread and must not touch widgets; `next_func` then runs exactly once
on the GUI thread, called with `result=` (what func returned) or `error=` (what it raised).
Database work goes through one worker lane (`ThreadPoolExecutor(max_workers=1)`, like Anki's
taskman), which matches SQLite's single writer and keeps use cases in submission order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot


class NextFunc(Protocol):
    def __call__(self, *, result: Any = None, error: BaseException | None = None) -> None: ...


class _Delivery(QObject):
    """Lives in the GUI thread; a signal emitted from a worker is queued to it by Qt."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, call: Callable[[], None]) -> None:
        call()


class TaskManager(QObject):
    """The worker lanes of one application; create it in the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database_lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rtdesk-db")
        self._delivery = _Delivery(self)
        self._generation = 0
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False

    def run_task(self, func: Callable[[], Any], next_func: NextFunc) -> Future:
        """Run `func` on the database lane, then `next_func(result=...)` or
        `next_func(error=...)` once on the GUI thread."""
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        generation = self._generation
        with self._lock:
            self._pending += 1

        def work() -> None:
            try:
                outcome: dict[str, Any] = {"result": func()}
            except Exception as error:  # handed to next_func, which decides what to show
                outcome = {"error": error}
            self._delivery.finished.emit(lambda: self._finish(generation, next_func, outcome))

        return self._database_lane.submit(work)

    def _finish(self, generation: int, next_func: NextFunc, outcome: dict[str, Any]) -> None:
        with self._lock:
            self._pending -= 1
        # Results computed for a database that has since been closed are dropped.
        if generation == self._generation and not self._closed:
            next_func(**outcome)

    @property
    def busy(self) -> bool:
        """Some task has not delivered its callback yet."""
        with self._lock:
            return self._pending > 0

    def discard_pending(self) -> None:
        """Wait for the lane to finish what it runs and drop the callbacks still to come.

        Called before the database under the tasks is closed or replaced.
        """
        self._generation += 1
        self.wait_for_queued()

    def wait_for_queued(self) -> None:
        """Block until every task submitted so far has run (its callback may still be due)."""
        self._database_lane.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._closed = True
        self._database_lane.shutdown(wait=True, cancel_futures=True)
