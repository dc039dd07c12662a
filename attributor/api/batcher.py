"""Score requests off the event loop, coalescing concurrent ones into one model call.

``score_texts`` scores many articles with one model call, and part of the
cost of a single article is per-call overhead (NumPy calls on small arrays,
the hand-off to a thread), so a worker that scores the articles of all
waiting requests together serves more articles per second. The results are
identical to scoring each article alone (see tests/api/test_batcher.py).

One background task per worker takes every request waiting in the queue (up
to ``max_docs`` documents), scores them in a worker thread with one
``score_texts`` call, and hands each request its results. Nothing waits on
purpose: a lone request is scored at once; requests arriving while a batch
is being scored form the next batch. The event loop stays free, so health
checks answer while an article is being scored.
"""
from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field

import anyio.to_thread

from attributor.model.score import score_isolated


class Busy(RuntimeError):
    """Too many documents are waiting in this worker."""


@dataclass
class _Job:
    texts: list[str]
    doc_ids: list[str]
    future: asyncio.Future = field(repr=False)


class MicroBatcher:
    def __init__(self, model, max_docs: int = 32, max_pending: int = 2048):
        self.model, self.max_docs, self.max_pending = model, max(1, max_docs), max_pending
        self._queue: deque[_Job] = deque()
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self.pending = 0
        self.batches = 0  # model calls made
        self.documents = 0  # documents scored

    async def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="attributor-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        while self._queue:  # requests still waiting when the server stops
            job = self._queue.popleft()
            if not job.future.done():
                job.future.set_exception(RuntimeError("the server is shutting down"))

    async def score(self, texts: list[str], doc_ids: list[str]):
        """Score ``texts``; return their ``ArticleResult`` list in order."""
        if self._task is None or self._wake is None:
            raise RuntimeError("the scorer is not running")
        if self.pending + len(texts) > self.max_pending and self.pending:
            raise Busy(f"{self.pending} documents are waiting to be scored; try again shortly")
        future = asyncio.get_running_loop().create_future()
        self.pending += len(texts)
        self._queue.append(_Job(list(texts), list(doc_ids), future))
        self._wake.set()
        try:
            return await future
        finally:
            self.pending -= len(texts)

    def _take(self) -> list[_Job]:
        """Every waiting job, in arrival order, up to ``max_docs`` documents (a bigger job goes alone)."""
        jobs, n = [], 0
        while self._queue and (not jobs or n + len(self._queue[0].texts) <= self.max_docs):
            job = self._queue.popleft()
            jobs.append(job)
            n += len(job.texts)
        return [j for j in jobs if not j.future.done()]  # skip requests whose client went away

    def _score(self, jobs: list[_Job]) -> list:
        """One isolated-batch call for every waiting job; a job gets its results or the error of its text."""
        texts = [t for j in jobs for t in j.texts]
        ids = [d for j in jobs for d in j.doc_ids]
        results = score_isolated(texts, ids, self.model)
        out, k = [], 0
        for j in jobs:
            mine = results[k:k + len(j.texts)]
            out.append(next((r for r in mine if isinstance(r, Exception)), mine))
            k += len(j.texts)
        return out

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            if not self._queue:
                self._wake.clear()
                await self._wake.wait()
            jobs = self._take()
            if not jobs:
                continue
            try:
                outcome = await anyio.to_thread.run_sync(self._score, jobs)
            except Exception as err:  # noqa: BLE001 - reported to the request that caused it
                outcome = [err] * len(jobs)
            self.batches += 1
            self.documents += sum(len(j.texts) for j in jobs)
            for job, res in zip(jobs, outcome):
                if job.future.done():
                    continue
                if isinstance(res, Exception):
                    job.future.set_exception(res)
                else:
                    job.future.set_result(res)
