"""Throughput and peak memory of ``attributor batch`` (local 1 job, --jobs 2, Dask with 2 workers).

Generates archives of at least 10^5 and 10^6 statements by re-sampling the
articles of data/corpus/*.jsonl with unique ids (into a temporary directory,
never committed), runs each configuration as a separate command, samples the
RSS of the whole process tree (the command and all its children: joblib
workers, Dask scheduler, nannies and workers) and writes the figures to
benchmarks/results/batch.md.

    python benchmarks/batch_throughput.py                 # 10^5 and 10^6 statements
    python benchmarks/batch_throughput.py --sizes 100000  # quicker
    python benchmarks/batch_throughput.py --repeat 2      # fastest of two interleaved rounds
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "batch.md"
CONFIGS = {
    "local, 1 job": [],
    "local, --jobs 2": ["--jobs", "2"],
    "dask, 2 worker processes": ["--engine", "dask", "--jobs", "2"],
}


def corpus_articles() -> list[tuple[dict, int]]:
    """The corpus articles with the number of statements each one yields (scored once here)."""
    from attributor.data.corpus import corpus_files
    from attributor.model.score import load_model, score_texts

    rows = [json.loads(line) for p in corpus_files() for line in p.read_text(encoding="utf-8").splitlines()]
    results = score_texts([r["text"] for r in rows], [r["doc_id"] for r in rows], load_model())
    return [({"doc_id": r["doc_id"], "text": r["text"], "outlet": r.get("meta", {}).get("outlet", "")},
             len(res.statements)) for r, res in zip(rows, results)]


def generate(path: Path, articles: list[tuple[dict, int]], statements: int, seed: int = 5) -> tuple[int, int]:
    """Write re-sampled articles with unique ids until they hold >= ``statements``; return (articles, statements)."""
    rng = random.Random(seed)
    n_art = n_st = 0
    with open(path, "w", encoding="utf-8") as fh:
        while n_st < statements:
            art, k = rng.choice(articles)
            n_art += 1
            n_st += k
            fh.write(json.dumps({"doc_id": f"{art['doc_id']}#{n_art:08d}", "text": art["text"],
                                 "outlet": art["outlet"], "date": f"2024-{n_art % 12 + 1:02d}-{n_art % 28 + 1:02d}"},
                                ensure_ascii=False) + "\n")
    return n_art, n_st


def tree_rss(procs: list[psutil.Process]) -> int:
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(cmd: list[str]) -> tuple[float, int, str, float]:
    """Run ``cmd``; return (wall seconds, peak RSS of its process tree in bytes, its stderr, CPU seconds of the tree)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak = [0]
    stop = threading.Event()

    def sample():
        # The process list is refreshed once a second (listing children walks every process of the machine);
        # the RSS of the known ones is read every 0.1 s. The sampler itself then takes well under 1% of a core,
        # which matters when the command keeps both cores busy.
        procs, listed = [ps], 0.0
        while not stop.is_set():
            now = time.perf_counter()
            if now - listed >= 1.0:
                try:
                    procs, listed = [ps, *ps.children(recursive=True)], now
                except psutil.NoSuchProcess:
                    break
            peak[0] = max(peak[0], tree_rss(procs))
            stop.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the descendants it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak[0], err.strip().splitlines()[-1] if err.strip() else "", cpu


def core_rate(articles: list[tuple[dict, int]], n: int = 2000) -> float:
    """Statements/s of score_texts alone, in this process, chunks of 500 (what the scorer itself does)."""
    from attributor.model.score import load_model, score_texts

    rng = random.Random(1)
    sample = [rng.choice(articles)[0] for _ in range(n)]
    model = load_model()
    t0 = time.perf_counter()
    st = 0
    for i in range(0, n, 500):
        chunk = sample[i:i + 500]
        st += sum(len(r.statements) for r in score_texts([a["text"] for a in chunk], [a["doc_id"] for a in chunk],
                                                          model))
    return st / (time.perf_counter() - t0)


def host_probe() -> float:
    """Seconds a fixed pure-Python loop takes now: how fast the (shared, drifting) machine is at this moment."""
    t0 = time.perf_counter()
    sum(i * i for i in range(1_000_000))
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1e5, 1e6], help="statements per archive")
    ap.add_argument("--configs", nargs="+", choices=list(CONFIGS), default=list(CONFIGS))
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--keep", help="directory for the archives and outputs (default: a temporary one)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds over the configurations, in alternating order (1 2 3, 3 2 1, ...); the fastest "
                         "run of each is reported, and each round's speed-ups against its own 1-job run")
    args = ap.parse_args(argv)

    articles = corpus_articles()
    core = core_rate(articles)
    print(f"core scorer (score_texts, in process, chunks of 500): {core:,.0f} statements/s", flush=True)
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="attributor-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        size = int(size)
        inp = tmp / f"archive-{size}.jsonl"
        n_art, n_st = generate(inp, articles, size)
        print(f"\narchive: {n_art:,} articles, {n_st:,} statements, {inp.stat().st_size / 1e6:,.0f} MB", flush=True)
        best: dict[str, dict] = {}
        rates: dict[str, list[float]] = {name: [] for name in args.configs}
        for round_no in range(1, max(1, args.repeat) + 1):
            # Alternating order (ABC, CBA, ...): a drift of the machine's speed that is steady over a pair of
            # rounds then weighs on every configuration alike in the mean of the per-round speed-ups.
            for name in (args.configs if round_no % 2 else args.configs[::-1]):
                out = tmp / (f"out-{size}-{name.split(',')[0]}.parquet" if "dask" in name else f"out-{size}.jsonl")
                cmd = [sys.executable, "-m", "attributor.cli", "batch", str(inp), "-o", str(out), "-q",
                       *CONFIGS[name]]
                load_before, probe = os.getloadavg()[0], host_probe()
                wall, peak, line, cpu = measure(cmd)
                rate = n_st / wall
                load = f"{load_before:.1f}/{os.getloadavg()[0]:.1f}"
                run = {"statements": n_st, "articles": n_art, "config": name, "seconds": wall, "rate": rate,
                       "peak_mb": peak / 2**20, "line": line, "load": load, "cpu": cpu, "probe": probe}
                print(f"  [{round_no}] {name:26} {wall:7.1f} s  {rate:8,.0f} statements/s  peak RSS (tree) "
                      f"{peak / 2**20:6.0f} MB  CPU {cpu:6.1f} s ({n_st / cpu:,.0f} statements/CPU-s, "
                      f"{cpu / wall:.2f} cores busy)  load {load}  host probe {probe * 1000:.0f} ms", flush=True)
                if f"{n_st:,} statements" not in line:
                    raise SystemExit(f"unexpected summary: {line}")
                rates[name].append(rate)
                if name not in best or wall < best[name]["seconds"]:
                    best[name] = {**run, "peak_mb": max(run["peak_mb"], best.get(name, {}).get("peak_mb", 0))}
        for name in args.configs:
            if "local, 1 job" in rates:
                best[name]["paired"] = [r / b for r, b in zip(rates[name], rates["local, 1 job"])]
        rows += [best[name] for name in args.configs]
    base = {r["statements"]: r["rate"] for r in rows if r["config"] == "local, 1 job"}
    lines = ["# `attributor batch` throughput", "",
             f"Machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
             f"Python {platform.python_version()}; generated by `benchmarks/batch_throughput.py` on "
             f"{time.strftime('%Y-%m-%d')}.",
             "Archives: corpus articles re-sampled with unique ids (JSONL). Statements/s = statements / wall time of "
             "the whole command (start-up, model load, reading, scoring, writing, assembling the outputs). Peak "
             "memory = the largest sum of RSS over the command and all its child processes, sampled every 0.1 s "
             "(the list of processes every second).",
             "", f"Core scorer alone (`score_texts` in process, chunks of 500): **{core:,.0f} statements/s**.", "",
             "Load = the machine's 1-minute load average before/after the run (other work shares the 2 cores; "
             "a load above the run's own process count means the figures are pessimistic).", "",
             "CPU s = user + system time of the command and every process it started; statements per CPU-second "
             "shows what parallelism costs independently of what else runs on the machine.", "",
             "Host probe = milliseconds a fixed pure-Python loop took just before the run: this machine's speed "
             f"drifts by tens of percent over minutes, and the probe shows it. Each configuration ran "
             f"{max(1, args.repeat)} time(s), in rounds of alternating order (1 2 3, 3 2 1, ...); the table shows "
             "the fastest run (peak memory: the largest of its runs). × 1 job: fastest run against fastest 1-job "
             "run; × 1 job, by round: each round's run against the same round's 1-job run, and their mean (what "
             "the alternating order makes robust to a steady drift).", "",
             "| statements | articles | configuration | wall s | statements/s | × 1 job | × 1 job, by round (mean) "
             "| peak RSS tree MB | CPU s | statements/CPU-s | cores busy | load | host probe ms |",
             "|---:|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        speedup = r["rate"] / base[r["statements"]] if r["statements"] in base else float("nan")
        paired = r.get("paired") or []
        by_round = (" / ".join(f"{x:.2f}" for x in paired) + f" ({sum(paired) / len(paired):.2f})") if paired else ""
        lines.append(f"| {r['statements']:,} | {r['articles']:,} | {r['config']} | {r['seconds']:.1f} | "
                     f"{r['rate']:,.0f} | {speedup:.2f} | {by_round} | {r['peak_mb']:.0f} | {r['cpu']:.0f} | "
                     f"{r['statements'] / r['cpu']:,.0f} | {r['cpu'] / r['seconds']:.2f} | {r['load']} | "
                     f"{r['probe'] * 1000:.0f} |")
    lines += ["", "Outputs: local engine JSONL (statements, articles, errors); Dask engine partitioned Parquet.", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n" + "\n".join(lines[-len(rows) - 4:-2]))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
