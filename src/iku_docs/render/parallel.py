"""Run the independent render tasks of one workbook on several cores.

A large Pemda has a hundred documents or more, each a pure function of the validated model. Workers are
forked from this process, so they inherit the model and every task (closures over it) for free: only task
indices travel to them and only the finished bytes come back, and nothing is imported or validated twice.

``fork`` is used only on Linux and only while this process has no other thread (forking a threaded process
can deadlock, and macOS system libraries do not survive a fork). Anywhere else, with ``jobs=1`` or with
few tasks, the tasks simply run here in order. The result is the same either way: the bytes of every
task, in task order, and the first task error raised as it would be without workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

Task = Callable[[], bytes]

# Below this many tasks a worker's start-up (fork, page faults of the copied process, its own warm-up of
# fonts and caches) is not repaid; and no more workers than leave each about this many tasks.
MIN_TASKS = 6
# Several chunks per worker, handed out as workers free up, so one slow document does not hold up the rest.
CHUNKS_PER_WORKER = 4

# Below this much estimated work (milliseconds of one process) the workers' start-up and warm-up cost more
# than sharing saves: measured on 2 cores, 27 documents of a small Kabupaten (≈ 1 s of work) rendered 0.4 s
# slower with two workers, 123 documents of a large one (≈ 2.7 s) 0.55 s faster.
MIN_WORK_MS = 1800.0

# The tasks of the run in progress, read by the forked workers; set only for the duration of a run.
_TASKS: Sequence[Task] = ()


def default_jobs() -> int:
    """The CPUs this process may use (a container or taskset may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    return sys.platform == "linux" and threading.active_count() == 1


def run_tasks(tasks: Sequence[Task], jobs: int = 1, *, costs: Sequence[float] | None = None,
              meanwhile: Callable[[], None] | None = None) -> list[bytes]:
    """The bytes of every task, in order; ``meanwhile`` runs in this process while the workers render.

    ``costs``, each task's estimated milliseconds, decide whether workers pay off at all (``MIN_WORK_MS``)
    and let the costly tasks start first, so that no worker is left with a long one at the end while the
    other idles. Without them every task counts as one unit and only their number decides.
    """
    workers = min(jobs, len(tasks) // MIN_TASKS)  # 64 CPUs do not make 64 workers for 100 documents
    too_little = costs is not None and sum(costs) < MIN_WORK_MS
    if workers <= 1 or too_little or not can_fork():
        if meanwhile is not None:
            meanwhile()
        return [task() for task in tasks]
    return _run_forked(tasks, workers, costs or [1.0] * len(tasks), meanwhile)


def _run_forked(tasks: Sequence[Task], workers: int, costs: Sequence[float],
                meanwhile: Callable[[], None] | None) -> list[bytes]:
    global _TASKS
    _TASKS = tasks
    results: list[bytes | None] = [None] * len(tasks)
    # Objects that exist now are never collected by the workers: without this the collector's passes would
    # write to (and so copy) every page of the inherited heap in each of them.
    gc.freeze()
    try:
        # 3.11+ forks every worker at the first submit, before the executor starts its own thread.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_chunk, chunk) for chunk in schedule(costs, workers * CHUNKS_PER_WORKER)]
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            for future in futures:
                for i, data in future.result():
                    results[i] = data
    except BrokenProcessPool:  # a worker died (killed, out of memory): finish here, slower but complete
        if meanwhile is not None:
            meanwhile()
        results = [data if data is not None else task() for data, task in zip(results, tasks, strict=True)]
    finally:
        _TASKS = ()
        gc.unfreeze()
    missing = [i for i, data in enumerate(results) if data is None]
    if missing:  # cannot happen unless a chunk was lost; never hand back a shifted list
        raise RuntimeError(f"render tasks without result: {missing[:5]}")
    return results  # type: ignore[return-value]  # no None left


def _run_chunk(indices: Sequence[int]) -> list[tuple[int, bytes]]:
    return [(i, _TASKS[i]()) for i in indices]


def schedule(costs: Sequence[float], parts: int) -> list[list[int]]:
    """Task indices grouped into about ``parts`` chunks of similar cost, costliest first.

    Workers take chunks in this order as they free up (longest-processing-time first): a task that costs
    more than a chunk's share is a chunk of its own and starts early; the cheap ones fill in at the end.
    Every index appears exactly once.
    """
    order = sorted(range(len(costs)), key=lambda i: -costs[i])
    share = sum(costs) / max(1, parts)
    out: list[list[int]] = []
    chunk: list[int] = []
    total = 0.0
    for i in order:
        chunk.append(i)
        total += costs[i]
        if total >= share:
            out.append(chunk)
            chunk, total = [], 0.0
    if chunk:
        out.append(chunk)
    return out
