"""run_task: work on the database lane, exactly one callback on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from rtdesk.domain.errors import ValidationError
from rtdesk.gui.tasks import TaskManager


class Recorder:
    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.threads: list[QThread] = []

    def __call__(self, **outcome) -> None:
        self.calls.append(outcome)
        self.threads.append(QThread.currentThread())


def test_result_is_delivered_once_on_the_gui_thread(qtbot, tasks, qapp):
    worker_threads = []

    def work():
        worker_threads.append(threading.current_thread())
        return 42

    done = Recorder()
    tasks.run_task(work, done)
    qtbot.waitUntil(lambda: bool(done.calls))
    assert done.calls == [{"result": 42}]
    assert done.threads == [qapp.thread()]
    assert worker_threads[0] is not threading.main_thread()
    assert worker_threads[0].name.startswith("rtdesk-db")
    qtbot.wait(50)
    assert len(done.calls) == 1 and not tasks.busy


def test_an_error_is_delivered_instead_of_a_result(qtbot, tasks):
    problem = ValidationError("bad input", advice="do better")

    def work():
        raise problem

    done = Recorder()
    tasks.run_task(work, done)
    qtbot.waitUntil(lambda: bool(done.calls))
    assert done.calls == [{"error": problem}]


def test_database_work_runs_one_task_at_a_time_in_order(qtbot, tasks):
    running = []
    overlaps = []

    def work(number):
        def run():
            if running:
                overlaps.append(number)
            running.append(number)
            time.sleep(0.02)
            running.remove(number)
            return number

        return run

    done = Recorder()
    for number in range(5):
        tasks.run_task(work(number), done)
    assert tasks.busy
    qtbot.waitUntil(lambda: len(done.calls) == 5)
    order = [call["result"] for call in done.calls]
    assert order == [0, 1, 2, 3, 4]
    assert overlaps == []
    assert not tasks.busy


def test_callbacks_of_discarded_tasks_are_dropped(qtbot, tasks):
    release = threading.Event()
    done = Recorder()
    tasks.run_task(lambda: release.wait(5), done)
    release.set()
    tasks.discard_pending()  # e.g. another database was opened meanwhile
    later = Recorder()
    tasks.run_task(lambda: "new database", later)
    qtbot.waitUntil(lambda: bool(later.calls))
    qtbot.wait(20)
    assert done.calls == []
    assert later.calls == [{"result": "new database"}]


def test_a_shut_down_manager_refuses_work(qapp):
    manager = TaskManager()
    manager.shutdown()
    with pytest.raises(RuntimeError):
        manager.run_task(lambda: None, Recorder())
