"""Rendering one workbook's documents on several worker processes (render/parallel.py)."""

from __future__ import annotations

import os
import sys
import threading
from functools import partial
from pathlib import Path

import pytest

from iku_docs.errors import Lokasi, UserTemplateError
from iku_docs.pipeline import check_workbook, render_model
from iku_docs.render import parallel
from iku_docs.render.parallel import run_tasks, schedule
from tests.paths import REPO as REPO_ROOT

SAMPLE = REPO_ROOT / "sample_workbooks" / "kabupaten-contoh.xlsx"
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")


def _pid_task(i: int) -> bytes:
    return f"{i}:{os.getpid()}".encode()


def _tasks(n: int) -> list:
    return [partial(_pid_task, i) for i in range(n)]


@linux_only
def test_results_come_back_in_task_order_from_worker_processes() -> None:
    out = run_tasks(_tasks(20), jobs=2)
    assert [int(b.split(b":")[0]) for b in out] == list(range(20))
    pids = {int(b.split(b":")[1]) for b in out}
    assert os.getpid() not in pids
    assert len(pids) >= 1


def test_one_job_or_few_tasks_run_in_this_process() -> None:
    for tasks, jobs in ((_tasks(20), 1), (_tasks(parallel.MIN_TASKS - 1), 4)):
        out = run_tasks(tasks, jobs=jobs)
        assert {int(b.split(b":")[1]) for b in out} == {os.getpid()}


@linux_only
def test_a_process_with_another_thread_is_not_forked() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        out = run_tasks(_tasks(20), jobs=2)
    finally:
        stop.set()
        thread.join()
    assert {int(b.split(b":")[1]) for b in out} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_meanwhile_runs_exactly_once_in_this_process(jobs: int) -> None:
    calls: list[int] = []
    run_tasks(_tasks(12), jobs=jobs, meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid()]


def _failing_task(i: int) -> bytes:
    if i == 7:
        raise UserTemplateError("Templat rusak.", lokasi=Lokasi(lembar="X", sel="B3"), saran="Perbaiki.")
    return b"ok"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_task_error_reaches_the_caller_whole(jobs: int) -> None:
    with pytest.raises(UserTemplateError) as info:
        run_tasks([partial(_failing_task, i) for i in range(12)], jobs=jobs)
    assert info.value.pesan == "Templat rusak."
    assert info.value.lokasi == Lokasi(lembar="X", sel="B3")
    assert info.value.saran == "Perbaiki."


def _dies_in_a_worker(parent: int, i: int) -> bytes:
    if os.getpid() != parent:
        os._exit(3)  # as the OOM killer would end it
    return str(i).encode()


@linux_only
def test_a_dead_worker_costs_time_not_documents() -> None:
    tasks = [partial(_dies_in_a_worker, os.getpid(), i) for i in range(4 * parallel.MIN_TASKS)]
    assert run_tasks(tasks, jobs=2) == [str(i).encode() for i in range(len(tasks))]


@pytest.mark.parametrize(("costs", "parts"), [([], 3), ([1.0], 4), ([1.0] * 10, 3), ([5, 1, 1, 60, 1, 6, 6], 4),
                                             ([2.0] * 7, 7), ([0.0] * 5, 2), ([1, 2, 3], 9)])
def test_schedule_covers_every_index_once_costliest_first(costs: list[float], parts: int) -> None:
    got = schedule(costs, parts)
    flat = [i for chunk in got for i in chunk]
    assert sorted(flat) == list(range(len(costs)))
    assert all(chunk for chunk in got)
    assert [costs[i] for i in flat] == sorted(costs, reverse=True)
    if costs and sum(costs):
        share = sum(costs) / parts
        assert all(sum(costs[i] for i in chunk[:-1]) < share for chunk in got), "no chunk overshoots its share"


def test_a_costly_task_is_taken_first_on_its_own() -> None:
    got = schedule([1, 1, 1, 50, 1, 1, 1, 1], 4)
    assert got[0] == [3]


@linux_only
def test_documents_rendered_by_workers_are_identical_to_those_rendered_here(tmp_path: Path, monkeypatch) -> None:
    model = check_workbook(SAMPLE).model
    assert model is not None
    here = render_model(model, tmp_path / "satu", jobs=1)
    forked: list[int] = []
    monkeypatch.setattr(parallel, "MIN_WORK_MS", 0.0)  # the sample alone is too little work to fork for
    monkeypatch.setattr(parallel, "_run_forked", lambda *a, _run=parallel._run_forked: forked.append(1) or _run(*a))
    workers = render_model(model, tmp_path / "dua", jobs=2)
    assert forked == [1]
    assert [p.relative_to(tmp_path / "satu") for p in here] == [p.relative_to(tmp_path / "dua") for p in workers]
    assert len(here) > parallel.MIN_TASKS
    for a, b in zip(here, workers, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


@linux_only
def test_many_cpus_do_not_make_more_workers_than_the_tasks_can_keep_busy() -> None:
    out = run_tasks(_tasks(parallel.MIN_TASKS * 3), jobs=64)
    assert 1 <= len({int(b.split(b":")[1]) for b in out}) <= 3


def test_too_little_estimated_work_is_done_here_whatever_the_number_of_tasks() -> None:
    tasks = _tasks(30)
    little = run_tasks(tasks, jobs=2, costs=[parallel.MIN_WORK_MS / 60] * 30)
    assert {int(b.split(b":")[1]) for b in little} == {os.getpid()}
    if parallel.can_fork():
        enough = run_tasks(tasks, jobs=2, costs=[parallel.MIN_WORK_MS / 20] * 30)
        assert os.getpid() not in {int(b.split(b":")[1]) for b in enough}
