"""The analysis workers (ui.workers): limits, cancellation and the queue, with generated articles.

Workers fork from a fork server that loaded the pipeline once, so each pool here starts in a
fraction of a second after the first; times are compared with a plain article measured in
the same test, never with absolute figures.
"""

from __future__ import annotations

import random
import threading
import time

import pytest

from analysis.errors import EmptyDocument
from ui.workers import AnalysisCancelled, AnalysisRefused, WorkerPool, resident_mb

#: Run alone, after the parallel part of the suite (worker time and memory limits depend on a quiet machine).
pytestmark = pytest.mark.serial

WORDS = "the minister said that talks with the union would resume next week after a long dispute".split()


def prose(chars: int, *, seed: int = 0) -> bytes:
    """Paragraphs of ordinary sentences, about ``chars`` characters."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        paragraph = " ".join(" ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(5))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return ("Generated Article\n\n" + "\n\n".join(paragraphs)).encode()


def one_sentence_lines(chars: int) -> bytes:
    """Paragraph after paragraph of one short sentence each (the costly shape)."""
    lines = [f"Item {i} was sold." for i in range(chars // 18)]
    return ("Generated List\n\n" + "\n\n".join(lines)).encode()


@pytest.fixture(scope="module")
def pool():
    pool = WorkerPool(1, time_limit=600, memory_limit=4000)
    pool.start()
    yield pool
    pool.close()


def timed(pool, data: bytes, name: str = "a.txt"):
    start = time.perf_counter()
    result = pool.run(("load", data, name))
    return result, time.perf_counter() - start


def test_a_worker_analyses_and_passes_on_readers_errors(pool, seed_bytes):
    result, _ = timed(pool, seed_bytes, "seed.txt")
    assert len(result.paragraphs) == 7
    with pytest.raises(EmptyDocument):
        pool.run(("load", b"", "empty.txt"))
    assert len(pool.run(("load", seed_bytes, "seed.txt")).paragraphs) == 7  # the worker lives on


def test_time_limit_stops_the_worker_and_a_fresh_one_takes_over(pool, seed_bytes):
    _, plain = timed(pool, seed_bytes)
    limited = WorkerPool(1, time_limit=max(3.0, 4 * plain), memory_limit=4000)
    try:
        limited.start()
        (worker,) = limited._idle
        assert worker.wait_ready(120)
        start = time.perf_counter()
        with pytest.raises(AnalysisRefused, match="longer than the server allows"):
            limited.run(("load", prose(400_000), "long.txt"))
        stopped = time.perf_counter() - start
        assert not worker.alive()
        assert stopped < limited.time_limit + 10 * plain  # stopped at the limit, not at the end
        assert len(timed(limited, seed_bytes)[0].paragraphs) == 7
    finally:
        limited.close()


def test_memory_limit_stops_the_worker(seed_bytes):
    limited = WorkerPool(1, time_limit=600, memory_limit=4000)
    try:
        limited.start()
        (worker,) = limited._idle
        assert worker.wait_ready(120)
        limited.memory_limit = resident_mb(worker.process.pid) + 30  # parsing 400 KB holds far more
        with pytest.raises(AnalysisRefused, match="more memory than the server allows"):
            limited.run(("load", prose(400_000), "long.txt"))
        assert not worker.alive()
        limited.memory_limit = 4000
        assert len(timed(limited, seed_bytes)[0].paragraphs) == 7
    finally:
        limited.close()


def test_cancelled_analysis_kills_its_worker(pool, seed_bytes):
    timed(pool, seed_bytes)
    (worker,) = pool._idle
    progress = []
    with pytest.raises(AnalysisCancelled):
        pool.run(("load", prose(300_000), "long.txt"), on_progress=lambda f, m: progress.append(f),
                 cancelled=lambda: bool(progress))
    assert not worker.alive()
    assert len(timed(pool, seed_bytes)[0].paragraphs) == 7


def test_an_exception_in_a_callback_kills_the_worker(pool, seed_bytes):
    """Streamlit stops a script by raising from its next call: the worker must not run on."""
    timed(pool, seed_bytes)
    (worker,) = pool._idle

    class Stop(BaseException):
        pass

    def stop(fraction, message):
        raise Stop

    with pytest.raises(Stop):
        pool.run(("load", prose(300_000), "long.txt"), on_progress=stop)
    assert not worker.alive()


def test_second_caller_is_told_it_is_queued(pool, seed_bytes):
    timed(pool, seed_bytes)
    first_started = threading.Event()
    positions: list[int] = []
    results = {}

    def first():
        results["first"] = pool.run(("load", prose(20_000), "first.txt"),
                                    on_progress=lambda f, m: first_started.set())

    thread = threading.Thread(target=first)
    thread.start()
    assert first_started.wait(120)
    results["second"] = pool.run(("load", seed_bytes, "seed.txt"), on_queued=positions.append)
    thread.join(120)
    assert positions and positions[0] == 1  # one analysis ahead
    assert len(results["second"].paragraphs) == 7 and len(results["first"].paragraphs) > 7
    assert pool.queued() == 0


def test_a_cancelled_waiter_leaves_the_queue(pool, seed_bytes):
    timed(pool, seed_bytes)
    started = threading.Event()
    thread = threading.Thread(target=pool.run, args=(("load", prose(20_000), "first.txt"),),
                              kwargs={"on_progress": lambda f, m: started.set()})
    thread.start()
    assert started.wait(120)
    with pytest.raises(AnalysisCancelled):
        pool.run(("load", seed_bytes, "seed.txt"), cancelled=lambda: True)
    assert pool.queued() == 0
    thread.join(120)
