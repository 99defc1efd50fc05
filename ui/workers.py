"""Analyses of uploads in worker processes: a time limit, a memory limit, at most N at once,
cancelled when nobody waits for them any more.

Python's regular expressions and spaCy hold the GIL, so an analysis run in the server process
stalls every session (and its health check). Here each analysis runs in one of ``size``
persistent worker processes. Loading the pipeline costs about 10 s of imports and loading
(measured on the 2-core host) and 270 MB, so a process per upload is out; the workers are
forked from a fork server that loaded it once (:mod:`ui._preload`), so a worker killed for
going over a limit is replaced at once and the pipeline's memory is shared between workers.
A caller waiting for a free worker is told its place in the queue.

While it waits for its result the caller's thread watches the worker: past ``time_limit``
seconds, past ``memory_limit`` MB of resident memory, or once ``cancelled()`` says nobody
wants the result (the browser session ended, the page was left), the worker is killed and a
fresh one started in its place; the caller gets :class:`AnalysisRefused` (or
:class:`AnalysisCancelled`). Nothing here imports streamlit: :mod:`ui.documents` supplies
the callbacks.

Settings (environment): ``NEWSPRISM_WORKERS`` (analyses at once; default half the cores, at
least 1; 0 runs them in the server process, without limits, for development),
``NEWSPRISM_ANALYSIS_SECONDS`` (default 300), ``NEWSPRISM_ANALYSIS_MEMORY_MB`` (default 3000).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis import Analysis, NewsprismError

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY_MB = 3000
#: How often a waiting caller looks at its worker (and reports progress), in seconds.
POLL_SECONDS = 0.1
#: Least time between two progress messages from a worker, in seconds.
PROGRESS_EVERY = 0.25

#: A task for a worker: ("load", bytes, file name) or ("document", Document).
Task = tuple


class AnalysisRefused(NewsprismError):
    """The analysis went over the server's time or memory limit and was stopped."""


class AnalysisCancelled(Exception):
    """Nobody waits for the analysis any more (the session ended); not shown to anyone."""


def _serve(connection) -> None:
    """A worker process: load the pipeline once, then analyse tasks until the pipe closes."""
    from analysis import analyze, load
    from analysis.nlp import load_pipeline

    nlp = load_pipeline()
    connection.send(("ready",))
    while True:
        try:
            task = connection.recv()
        except EOFError:
            return
        last = [0.0]

        def progress(fraction: float, message: str, last: list[float] = last) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY or fraction >= 1.0:
                last[0] = now
                connection.send(("progress", fraction, message))

        try:
            document = load(task[1], task[2]) if task[0] == "load" else task[1]
            result = analyze(document, nlp=nlp, progress=progress)
        except NewsprismError as err:
            connection.send(("refused", type(err).__name__, str(err)))
            continue
        except Exception as err:  # a bug: reported to the caller, which raises it; the worker lives on
            log.exception("analysis failed")
            connection.send(("failed", f"{type(err).__name__}: {err}"))
            continue
        connection.send(("done", result))
        del task, document, result  # nothing of a finished analysis is held while the worker waits


def resident_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0.0
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True, name="newsprism-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> bool:
        """Whether the worker has loaded the pipeline (waits at most ``timeout`` seconds)."""
        try:
            if not self.ready and self.connection.poll(timeout):
                self.ready = self.connection.recv() == ("ready",)
        except (EOFError, OSError):  # the process died while starting
            return False
        return self.ready

    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process.is_alive()

    def kill(self) -> None:
        """End the process now (its task, if any, is lost)."""
        self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


@dataclass
class _Ticket:
    """A caller's place in the queue."""

    granted: bool = False


class WorkerPool:
    """``size`` worker processes shared by every session of the server; thread-safe."""

    def __init__(self, size: int, *, time_limit: float = DEFAULT_SECONDS,
                 memory_limit: float = DEFAULT_MEMORY_MB, start_method: str = "forkserver") -> None:
        self.size = size
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self._context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":  # workers fork from a process that has the pipeline loaded
            self._context.set_forkserver_preload(["ui._preload"])
        self._lock = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy = 0
        self._queue: deque[_Ticket] = deque()

    def start(self) -> None:
        """Start every worker now (they load the pipeline in the background)."""
        with self._lock:
            while len(self._idle) + self._busy < self.size:
                self._idle.append(_Worker(self._context))

    def queued(self) -> int:
        """How many callers wait for a free worker."""
        with self._lock:
            return len(self._queue)

    def _acquire(self, on_queued: Callable[[int], None], cancelled: Callable[[], bool]) -> _Worker:
        ticket = _Ticket()
        with self._lock:
            self._queue.append(ticket)
        try:
            while True:
                with self._lock:
                    if self._queue[0] is ticket and self._busy < self.size:
                        self._queue.popleft()
                        self._busy += 1
                        ticket.granted = True
                        self._lock.notify_all()
                        worker = self._idle.pop() if self._idle else _Worker(self._context)
                        if not worker.alive():
                            worker.kill()
                            worker = _Worker(self._context)
                        return worker
                    position = list(self._queue).index(ticket)
                on_queued(position + (self._busy >= self.size))  # callers ahead, the running one included
                if cancelled():
                    raise AnalysisCancelled
                with self._lock:
                    self._lock.wait(POLL_SECONDS * 5)
        finally:
            if not ticket.granted:
                with self._lock:
                    self._queue.remove(ticket)
                    self._lock.notify_all()

    def _release(self, worker: _Worker | None) -> None:
        with self._lock:
            self._busy -= 1
            self._idle.append(worker if worker is not None else _Worker(self._context))
            self._lock.notify_all()

    def run(self, task: Task, *, on_progress: Callable[[float, str], None] = lambda f, m: None,
            on_queued: Callable[[int], None] = lambda n: None,
            cancelled: Callable[[], bool] = lambda: False) -> Analysis:
        """The analysis of ``task`` from a worker. ``on_queued(n)`` is called while ``n`` callers
        are ahead; ``on_progress`` relays the analysis' progress; ``cancelled()`` is asked
        between polls. Any exception from the callbacks (Streamlit stopping the script) kills
        the worker and propagates.

        Raises NewsprismError when the document cannot be read, AnalysisRefused past a limit,
        AnalysisCancelled when ``cancelled()`` says so, RuntimeError when the analysis crashed.
        """
        worker = self._acquire(on_queued, cancelled)
        keep = False
        try:
            while not worker.wait_ready(POLL_SECONDS * 5):
                if not worker.alive():
                    raise RuntimeError("The analysis worker did not start; see the server log.")
                on_progress(0.0, "Starting the analysis worker...")
                if cancelled():
                    raise AnalysisCancelled
            worker.connection.send(task)
            started = time.monotonic()
            while True:
                if worker.connection.poll(POLL_SECONDS):
                    message = worker.connection.recv()
                    kind = message[0]
                    if kind == "progress":
                        on_progress(message[1], message[2])
                        continue
                    # a worker grown past half the limit (spaCy's string store only grows) is replaced
                    keep = resident_mb(worker.process.pid) < self.memory_limit / 2
                    if kind == "done":
                        return message[1]
                    if kind == "refused":
                        raise _rebuilt(message[1], message[2])
                    raise RuntimeError(f"The analysis failed: {message[1]}")
                if not worker.alive():
                    raise AnalysisRefused("The analysis was stopped by the server (out of memory?): "
                                          "try a shorter article.")
                if time.monotonic() - started > self.time_limit:
                    raise AnalysisRefused(f"The analysis took longer than the server allows "
                                          f"({self.time_limit:.0f} s) and was stopped: try a shorter article.")
                if resident_mb(worker.process.pid) > self.memory_limit:
                    raise AnalysisRefused(f"The analysis needed more memory than the server allows "
                                          f"({self.memory_limit:.0f} MB) and was stopped: try a shorter "
                                          "article, or one with fewer, longer paragraphs.")
                if cancelled():
                    raise AnalysisCancelled
        finally:
            if not keep:
                worker.kill()
            self._release(worker if keep else None)

    def close(self) -> None:
        """Kill every idle worker (busy ones end with their task)."""
        with self._lock:
            for worker in self._idle:
                worker.kill()
            self._idle.clear()
            self.size = 0


def _rebuilt(name: str, message: str) -> NewsprismError:
    """The worker's NewsprismError as the same class in this process."""
    import analysis.errors

    cls = getattr(analysis.errors, name, None)
    return cls(message) if isinstance(cls, type) and issubclass(cls, NewsprismError) else NewsprismError(message)


def configured_size() -> int:
    """``NEWSPRISM_WORKERS``, else half the cores (at least 1)."""
    value = os.environ.get("NEWSPRISM_WORKERS")
    if value is not None and value.strip():
        return max(0, int(value))
    return max(1, (os.cpu_count() or 2) // 2)


def configured_pool() -> WorkerPool | None:
    """A pool sized and limited by the environment, or None for ``NEWSPRISM_WORKERS=0``."""
    size = configured_size()
    if size == 0:
        return None
    return WorkerPool(size, time_limit=float(os.environ.get("NEWSPRISM_ANALYSIS_SECONDS", DEFAULT_SECONDS)),
                      memory_limit=float(os.environ.get("NEWSPRISM_ANALYSIS_MEMORY_MB", DEFAULT_MEMORY_MB)))

