"""Scoring off the event loop: concurrent requests share model calls, health checks are never stalled."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from attributor.api import Settings, create_app
from attributor.api.batcher import MicroBatcher
from attributor.data.corpus import load_records
from attributor.model.score import score_text


def run_app(settings: Settings, scenario):
    """Run ``scenario(client, app)`` against the app over ASGI, inside its lifespan."""
    app = create_app(settings=settings)

    async def main():
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://api", timeout=60) as c:
                return await scenario(c, app)

    return asyncio.run(main())


@pytest.fixture(scope="module")
def texts():
    return [r["text"] for r in load_records()[:12]]


def test_concurrent_requests_are_coalesced_and_identical_to_single_scoring(texts, model):
    async def scenario(c, app):
        resps = await asyncio.gather(*(c.post("/v1/score", json={"text": t, "doc_id": str(i)})
                                       for i, t in enumerate(texts)))
        return [r.json() for r in resps], app.state.batcher.batches

    bodies, batches = run_app(Settings(microbatch_docs=8), scenario)
    assert batches < len(texts)  # several requests per model call
    for i, (t, body) in enumerate(zip(texts, bodies)):
        expected = score_text(t, str(i), model=model)
        assert [s["label"] for s in body["statements"]] == [s.label for s in expected.statements]
        assert [s["probabilities"] for s in body["statements"]] == [s.probabilities for s in expected.statements]
        assert body["summary"]["check_first"] == expected.summary.check_first


def test_health_checks_answer_while_a_long_article_is_scored(texts):
    long_text = "\n\n".join(texts * 30)[:390_000]

    async def scenario(c, app):
        slow = asyncio.create_task(c.post("/v1/score", json={"text": long_text}))
        await asyncio.sleep(0.05)
        latencies = []
        for _ in range(5):
            t0 = time.perf_counter()
            assert (await c.get("/healthz")).status_code == 200
            latencies.append(time.perf_counter() - t0)
            await asyncio.sleep(0.02)
        busy = not slow.done()
        t0 = time.perf_counter()
        resp = await slow
        return latencies, busy, resp.status_code, len(resp.json()["statements"])

    latencies, busy, status, n = run_app(Settings(max_chars=400_000, max_body_bytes=2_000_000), scenario)
    assert status == 200 and n > 2000
    assert busy, "the long article finished before the health checks; make it longer"
    assert max(latencies) < 0.25, latencies


def test_batcher_isolates_a_failing_request_and_skips_cancelled_ones(monkeypatch, model):
    import attributor.model.score as b  # the one isolated-batch scorer calls score_texts there

    real = b.score_texts

    def picky(texts, ids, model=None):
        if any("BAD" in t for t in texts):
            raise ValueError("bad text")
        return real(texts, ids, model=model)

    monkeypatch.setattr(b, "score_texts", picky)

    async def main():
        batcher = MicroBatcher(model, max_docs=8)
        await batcher.start()
        try:
            gone = asyncio.create_task(batcher.score(["never scored"], ["gone"]))
            good = asyncio.create_task(batcher.score(["The sky is blue, he said."], ["good"]))
            bad = asyncio.create_task(batcher.score(["BAD"], ["bad"]))
            await asyncio.sleep(0)
            gone.cancel()
            good_res = await good
            with pytest.raises(ValueError, match="bad text"):
                await bad
            assert gone.cancelled() and batcher.pending == 0
            return good_res
        finally:
            await batcher.stop()

    (res,) = asyncio.run(main())
    assert res.doc_id == "good" and res.statements
