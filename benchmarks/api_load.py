"""Load benchmark of the HTTP API (not a test): many concurrent clients on 127.0.0.1 for a bounded time.

    python benchmarks/api_load.py                       # starts `attributor serve` with 1, then 2 workers
    python benchmarks/api_load.py --workers 2 --duration 60 --clients 32
    python benchmarks/api_load.py --url http://127.0.0.1:8000 --duration 30   # an already running server

Each client keeps one HTTP/1.1 connection and posts typical articles (team-written corpus articles of
25-35 statements) to POST /v1/score as fast as answers come. A share of the requests (--bad, default 5%)
are oversized bodies, texts over the character limit, malformed JSON and the wrong content type, which
must all be answered 4xx. The load generator is a small asyncio HTTP/1.1 client (not httpx) so that it
takes as little as possible of the machine's CPU away from the server it measures.

Reports articles/s, p50/p95/p99 latency of the good requests, error and dropped counts, how the bad
requests were answered, the server's peak memory (sum of VmHWM over its processes) and the client's own
CPU time, and writes them to benchmarks/results/api.md (--out). Only loopback addresses are accepted.
"""
from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import platform
import random
import resource
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "api.md"


# --- requests ---------------------------------------------------------------------------------------------------

def typical_articles(lo: int = 25, hi: int = 35) -> list[str]:
    from attributor.data.corpus import load_records

    texts = [r["text"] for r in load_records() if lo <= len(r["statements"]) <= hi]
    if not texts:
        raise SystemExit("no corpus article with a typical number of statements")
    return texts


def build(host: str, port: int, path: str, body: bytes, ctype: str = "application/json",
          length: int | None = None) -> bytes:
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body) if length is None else length}\r\nConnection: keep-alive\r\n\r\n")
    return head.encode() + body


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0  # good requests answered with something else than 200
    dropped: int = 0  # good requests with no answer (connection error, timeout)
    bad_sent: int = 0
    bad_4xx: int = 0
    bad_other: dict = field(default_factory=dict)
    error_samples: list = field(default_factory=list)


class Conn:
    """One keep-alive HTTP/1.1 connection; reconnects when the server closes it."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, raw: bytes, send_all: bool = True) -> tuple[int, bytes]:
        if self.writer is None:
            await self.open()
        self.writer.write(raw if send_all else raw[:65536])
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("server closed the connection")
        status = int(status_line.split()[1])
        length, close = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and "close" in value.lower():
                close = True
        body = await self.reader.readexactly(length) if length else b""
        if close or not send_all:
            self.close()
        return status, body


async def client(host, port, good: list[bytes], bad: list[tuple[str, bytes, bool]], bad_share: float,
                 stop_at: float, record_from: float, stats: Stats, seed: int, timeout: float):
    rnd = random.Random(seed)
    conn = Conn(host, port)
    while time.perf_counter() < stop_at:
        is_bad = rnd.random() < bad_share
        if is_bad:
            kind, raw, send_all = rnd.choice(bad)
        else:
            raw, send_all = rnd.choice(good), True
        t0 = time.perf_counter()
        try:
            status, _ = await asyncio.wait_for(conn.request(raw, send_all), timeout)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ValueError) as err:
            conn.close()
            if t0 >= record_from:
                if is_bad:
                    stats.bad_sent += 1
                    stats.bad_other[f"{kind}: {type(err).__name__}"] = stats.bad_other.get(
                        f"{kind}: {type(err).__name__}", 0) + 1
                else:
                    stats.dropped += 1
                    if len(stats.error_samples) < 5:
                        stats.error_samples.append(repr(err))
            continue
        dt = time.perf_counter() - t0
        if t0 < record_from:
            continue
        if is_bad:
            stats.bad_sent += 1
            if 400 <= status < 500:
                stats.bad_4xx += 1
            else:
                stats.bad_other[f"{kind}: {status}"] = stats.bad_other.get(f"{kind}: {status}", 0) + 1
        elif status == 200:
            stats.latencies.append(dt)
        else:
            stats.errors += 1
            if len(stats.error_samples) < 5:
                stats.error_samples.append(f"status {status}")
    conn.close()


def make_requests(host: str, port: int, articles: list[str], max_body: int, max_chars: int):
    good = [build(host, port, "/v1/score", json.dumps({"text": t, "doc_id": f"a{i}"}).encode())
            for i, t in enumerate(articles)]
    bad = [
        # body over the size limit: Content-Length says so; the client sends the first 64 KiB and reads the answer
        ("oversized body", build(host, port, "/v1/score", b'{"text": "' + b"a" * 70_000,
                                 length=max_body + 1), False),
        ("text over the char limit", build(host, port, "/v1/score",
                                           json.dumps({"text": "word " * (max_chars // 5 + 10)}).encode()), True),
        ("malformed JSON", build(host, port, "/v1/score", b'{"text": "unterminated'), True),
        ("wrong content type", build(host, port, "/v1/score", b'{"text": "x"}', ctype="text/plain"), True),
    ]
    return good, bad


async def run_load(url: str, clients: int, duration: float, warmup: float, bad_share: float, articles,
                   max_body: int, max_chars: int, timeout: float) -> tuple[Stats, float]:
    u = urllib.parse.urlsplit(url)
    host, port = u.hostname, u.port or 80
    good, bad = make_requests(host, port, articles, max_body, max_chars)
    stats = Stats()
    start = time.perf_counter()
    record_from, stop_at = start + warmup, start + warmup + duration
    await asyncio.gather(*(client(host, port, good, bad, bad_share, stop_at, record_from, stats, seed=i,
                                  timeout=timeout) for i in range(clients)))
    return stats, duration


# --- the server under test -----------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def process_tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [pid]
    while todo:
        q = todo.pop()
        out.append(q)
        todo.extend(children.get(q, []))
    return out


def peak_memory_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pids: list[int]) -> float:
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return total


def machine_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used (from /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in (fields + ["0"] * 8)[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def start_server(workers: int, log_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = log_path.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "attributor.cli", "serve", "--host", "127.0.0.1", "--port",
                             str(port), "--workers", str(workers)], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    import urllib.request

    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"attributor serve exited; see {log_path}")
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=1) as r:
                if r.status == 200 and len(process_tree(proc.pid)) >= (workers + 1 if workers > 1 else 1):
                    # every worker must be ready, not just the first: ask until all have loaded the model
                    if log_path.read_text().count('"model_loaded"') >= workers:
                        return proc, url
        except OSError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit("attributor serve did not become ready in 120 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --- report --------------------------------------------------------------------------------------------------------

def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def summarise(name: str, stats: Stats, duration: float, mem: float | None, client_cpu: float,
              server_cpu: float | None) -> dict:
    lat = [1000 * x for x in stats.latencies]
    return {"run": name, "articles_per_s": len(lat) / duration, "requests": len(lat), "p50_ms": pct(lat, 50),
            "p95_ms": pct(lat, 95), "p99_ms": pct(lat, 99), "max_ms": max(lat) if lat else float("nan"),
            "mean_ms": statistics.fmean(lat) if lat else float("nan"), "errors": stats.errors,
            "dropped": stats.dropped, "bad_sent": stats.bad_sent, "bad_4xx": stats.bad_4xx,
            "bad_other": stats.bad_other, "peak_mem_mib": mem, "client_cpu_s": client_cpu,
            "server_cpu_s": server_cpu, "error_samples": stats.error_samples}


def line(r: dict) -> str:
    mem = f"{r['peak_mem_mib']:.0f} MiB" if r["peak_mem_mib"] is not None else "n/a"
    server_cpu = f"{r['server_cpu_s']:.1f}" if r["server_cpu_s"] is not None else "n/a"
    other = " " + json.dumps(r["bad_other"]) if r["bad_other"] else ""
    return (f"{r['run']}: {r['articles_per_s']:.1f} articles/s ({r['requests']} in the window), "
            f"p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms; "
            f"errors {r['errors']}, dropped {r['dropped']}; bad requests {r['bad_4xx']}/{r['bad_sent']} answered 4xx"
            f"{other}; server peak memory {mem}; CPU s: client {r['client_cpu_s']:.1f}, server {server_cpu}, "
            f"other processes {r.get('other_cpu_s', float('nan')):.1f} in {r.get('wall_s', float('nan')):.0f} s")


def write_markdown(rows: list[dict], args, n_articles: int, mean_statements: float, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = [
        "# API load benchmark",
        "",
        f"`python benchmarks/api_load.py {' '.join(sys.argv[1:])}`".replace("  ", " "),
        "",
        f"- machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"- load: {args.clients} concurrent keep-alive clients on 127.0.0.1 for {args.duration:g} s "
        f"(after {args.warmup:g} s warm-up), each posting one article per request to `POST /v1/score`",
        f"- articles: {n_articles} team-written corpus articles with 25-35 statements "
        f"(mean {mean_statements:.1f} statements, as scored)",
        f"- mixed in: {args.bad:.0%} bad requests (oversized body, text over the character limit, malformed JSON, "
        "wrong content type), which must all be answered 4xx; latency figures are of the good requests only",
        "- client and server share the machine's cores; the CPU seconds used by the client, the server and any other "
        "process on the machine during the run are shown (other processes compete with the server for the cores)",
        "",
        "| run | articles/s | p50 ms | p95 ms | p99 ms | max ms | errors | dropped | bad answered 4xx | "
        "server peak memory | CPU s client / server / other | wall s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        mem = f"{r['peak_mem_mib']:.0f} MiB" if r["peak_mem_mib"] is not None else "n/a"
        server_cpu = f"{r['server_cpu_s']:.0f}" if r["server_cpu_s"] is not None else "n/a"
        cpu = f"{r['client_cpu_s']:.0f} / {server_cpu} / {r['other_cpu_s']:.0f}"
        out.append(f"| {r['run']} | {r['articles_per_s']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
                   f"{r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['errors']} | {r['dropped']} | "
                   f"{r['bad_4xx']}/{r['bad_sent']} | {mem} | {cpu} | {r['wall_s']:.0f} |")
    for r in rows:
        capacity = (os.cpu_count() or 1) * r["wall_s"]
        if r["other_cpu_s"] > 0.1 * capacity:
            out += ["", f"**{r['run']}: other processes on the machine used {r['other_cpu_s']:.0f} of the "
                    f"{capacity:.0f} CPU-seconds it had during the run; the server got {r['server_cpu_s'] or 0:.0f}. "
                    "These figures understate what the server does on a machine of its own.**"]
        if r["server_cpu_s"] and r["requests"]:
            out += ["", f"{r['run']}: {1000 * r['server_cpu_s'] / (r['requests'] * r['wall_s'] / r['duration_s']):.1f} "
                    "server CPU-ms per article (the server's CPU time over warm-up and window, divided by the "
                    "articles answered in the window scaled to warm-up plus window; bad requests included)."]
    out += ["", "Target (issue 6): with 2 workers, 32 clients, 60 s: >= 150 articles/s, p99 <= 250 ms, zero errors "
            "and zero dropped requests, bad requests all 4xx.", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="benchmark this running server (loopback only) instead of starting one")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to start and measure")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--duration", type=float, default=60.0, help="measured seconds per run (at most 600)")
    ap.add_argument("--warmup", type=float, default=5.0)
    ap.add_argument("--bad", type=float, default=0.05, help="share of bad requests mixed in")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds before a request counts as dropped")
    ap.add_argument("--max-body", type=int, default=None, help="the server's body limit (default: from settings)")
    ap.add_argument("--max-chars", type=int, default=None, help="the server's char limit (default: from settings)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not 0 < args.duration <= 600 or not 0 <= args.warmup <= 60 or not 1 <= args.clients <= 512:
        ap.error("duration must be in (0, 600] s, warm-up in [0, 60] s, clients in [1, 512]")

    from attributor.api.settings import Settings
    from attributor.model.score import score_texts

    settings = Settings.from_env()
    max_body = args.max_body or settings.max_body_bytes
    max_chars = args.max_chars or settings.max_chars
    articles = typical_articles()
    mean_statements = statistics.fmean(len(r.statements) for r in score_texts(articles))

    if args.url:
        host = urllib.parse.urlsplit(args.url).hostname or ""
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            ap.error("only loopback servers (127.0.0.0/8, ::1, localhost) may be load-tested")
        targets = [("running server", args.url, None)]
    else:
        targets = [(f"{w} worker{'s' if w > 1 else ''}", None, w) for w in args.workers]

    rows = []
    log_dir = ROOT / "benchmarks" / "out"
    log_dir.mkdir(parents=True, exist_ok=True)
    for name, url, workers in targets:
        proc = None
        if url is None:
            proc, url = start_server(workers, log_dir / f"api-server-{workers}w.log")
        pids = process_tree(proc.pid) if proc else []
        server_cpu0 = cpu_seconds(pids) if proc else None
        c0 = resource.getrusage(resource.RUSAGE_SELF)
        busy0 = machine_busy_seconds()
        try:
            stats, duration = asyncio.run(run_load(url, args.clients, args.duration, args.warmup, args.bad, articles,
                                                   max_body, max_chars, args.timeout))
            mem = peak_memory_mib(process_tree(proc.pid)) if proc else None
            server_cpu = cpu_seconds(process_tree(proc.pid)) - server_cpu0 if proc else None
        finally:
            if proc:
                stop_server(proc)
        c1 = resource.getrusage(resource.RUSAGE_SELF)
        busy = machine_busy_seconds() - busy0
        client_cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
        row = summarise(name, stats, duration, mem, client_cpu, server_cpu)
        row["other_cpu_s"] = max(0.0, busy - client_cpu - (server_cpu or 0.0))
        row["wall_s"], row["duration_s"] = duration + args.warmup, duration
        rows.append(row)
        print(line(row), flush=True)
        if row["error_samples"]:
            print("  samples:", row["error_samples"])
    write_markdown(rows, args, len(articles), mean_statements, args.out)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
