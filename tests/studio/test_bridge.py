"""The bridge: work runs off the GUI thread and its signals arrive in the GUI thread, in order."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from runtime.errors import UserError
from studio.bridge import Task


def test_result_is_delivered_in_the_gui_thread(qtbot):
    threads = {}

    def job(a, b, *, progress, should_cancel):
        threads["worker"] = threading.current_thread()
        return a + b

    task = Task(job, 2, b=3)
    seen = []
    task.finished.connect(lambda result: seen.append((result, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [5]
    assert seen == [(5, QApplication.instance().thread())]
    assert threads["worker"] is not threading.main_thread()
    assert task.state == "finished"


def test_progress_arrives_in_order_before_the_result(qtbot):
    def job(*, progress, should_cancel):
        for step in range(1, 11):
            progress(step / 10)
        return "done"

    task = Task(job)
    events = []
    task.progress.connect(lambda value: events.append(value))
    task.finished.connect(lambda result: events.append(result))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert events == [pytest.approx(step / 10) for step in range(1, 11)] + ["done"]


def test_cancel_stops_a_looping_job(qtbot):
    started = threading.Event()
    loops = []

    def job(*, progress, should_cancel):
        started.set()
        while not should_cancel():
            loops.append(1)
            time.sleep(0.005)
            if len(loops) > 2000:  # ten seconds: cancel did not reach the job
                return "never cancelled"
        raise UserError("stopped")  # any way out after a cancel counts as cancelled

    task = Task(job)
    finished = []
    task.finished.connect(finished.append)
    task.start()
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.wait(1000)
    assert finished == [] and task.state == "cancelled"


def test_a_user_error_is_shown_as_is(qtbot):
    def job(*, progress, should_cancel):
        raise UserError("the flow has no trigger")

    task = Task(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["the flow has no trigger"]


def test_any_other_exception_becomes_a_plain_failure(qtbot, caplog):
    def job(*, progress, should_cancel):
        return {}["missing"]

    task = Task(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args[0].startswith("Something went wrong: ")
    assert "Traceback" not in blocker.args[0]
    assert any(r.exc_info for r in caplog.records if r.name == "studio.bridge")


def test_a_task_dropped_by_its_owner_still_reports(qtbot):
    done = []

    def start() -> Task:
        task = Task(lambda *, progress, should_cancel: 42)
        task.finished.connect(done.append)
        return task.start()

    start()  # the caller keeps no reference
    qtbot.waitUntil(lambda: done == [42], timeout=5000)


def test_a_task_runs_once(qtbot):
    task = Task(lambda *, progress, should_cancel: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    with pytest.raises(RuntimeError):
        task.start()
