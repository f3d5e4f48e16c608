"""The only place where background threads meet widgets: Task runs a callable off the GUI thread.

The worker thread never holds a reference to a Task (a QObject living in the GUI thread). It
reports through one long-lived dispatcher object, with queued connections, and the dispatcher
re-emits the Task's signals in the GUI thread. So slots always run in the GUI thread, and a Task
is only ever destroyed there, never by the worker dropping the last reference to it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

from runtime.errors import Cancelled, UserError

log = logging.getLogger(__name__)

_PROGRESS, _FINISHED, _FAILED, _CANCELLED = "progress", "finished", "failed", "cancelled"


class _Dispatcher(QObject):
    """Lives in the GUI thread for the whole session; workers emit on it, never on a Task."""

    report = Signal(int, str, object)  # task number, what happened, payload

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[int, Task] = {}
        self.report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str, object)
    def _deliver(self, number: int, what: str, payload: object) -> None:
        task = self.running.get(number)
        if task is None:
            return
        if what == _PROGRESS:
            task.progress.emit(payload)
            return
        # The last report: the registry lets go in the GUI thread, after the worker is done.
        del self.running[number]
        task._ended(what, payload)


_dispatcher: _Dispatcher | None = None
_numbers = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("a Task must be created in the GUI thread of a running application")
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class Task(QObject):
    """Runs fn(*args, progress=…, should_cancel=…, **kwargs) in a worker thread.

    Signals arrive in the GUI thread: progress(float) in order, then exactly one of
    finished(result), failed(message) or cancelled(). A UserError's message is shown as is;
    any other exception is logged with its traceback and reported in plain words.
    """

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, pool: QThreadPool | None = None,
                 **kwargs: Any) -> None:
        # No parent on purpose: a Task outlives its widget when that closes mid-run.
        super().__init__()
        self._dispatcher = _get_dispatcher()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._number = next(_numbers)
        self._state = "new"  # new | running | finished | failed | cancelled

    @property
    def state(self) -> str:
        return self._state

    def is_running(self) -> bool:
        return self._state == "running"

    def start(self) -> Task:
        if self._state != "new":
            raise RuntimeError("a Task runs once; make a new one to run again")
        self._state = "running"
        self._dispatcher.running[self._number] = self
        job = _Job(self._number, self._fn, self._args, self._kwargs, self._cancel, self._done,
                   self._dispatcher.report)
        self._pool.start(job.run)
        return self

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next should_cancel() check."""
        self._cancel.set()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the worker has returned (for closing windows and tests)."""
        return self._done.wait(msecs / 1000)

    def _ended(self, what: str, payload: object) -> None:
        self._state = what
        if what == _FINISHED:
            self.finished.emit(payload)
        elif what == _FAILED:
            self.failed.emit(payload)
        else:
            self.cancelled.emit()


class _Job:
    """What the worker thread holds: the callable, the flags and the dispatcher's signal."""

    def __init__(self, number: int, fn: Callable[..., Any], args: tuple, kwargs: dict,
                 cancel: threading.Event, done: threading.Event, report: Any) -> None:
        self.number, self.fn, self.args, self.kwargs = number, fn, args, kwargs
        self.cancel, self.done, self.report = cancel, done, report
        self._last_permille = -1

    def progress(self, value: float) -> None:
        # A tight loop may report a million times; a thousand steps are all a bar can show,
        # and fewer queued events keep the GUI thread free.
        permille = int(max(0.0, min(1.0, float(value))) * 1000)
        if permille != self._last_permille:
            self._last_permille = permille
            self.report.emit(self.number, _PROGRESS, permille / 1000)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.progress,
                             should_cancel=self.cancel.is_set, **self.kwargs)
        except Cancelled:
            self._end(_CANCELLED, None)
        except UserError as exc:
            self._end(_CANCELLED if self.cancel.is_set() else _FAILED, exc.message)
        except Exception as exc:  # noqa: BLE001 - the GUI must hear of every failure
            if self.cancel.is_set():
                self._end(_CANCELLED, None)
                return
            log.exception("Background task failed")
            message = QCoreApplication.translate("Task", "Something went wrong: {error}")
            self._end(_FAILED, message.format(error=str(exc) or type(exc).__name__))
        else:
            self._end(_FINISHED, result)

    def _end(self, what: str, payload: object) -> None:
        self.report.emit(self.number, what, payload)
        self.done.set()
