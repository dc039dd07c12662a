"""Reproduce the core figures: quality on the shared benchmark, speed and memory.

Runs ``../shared/bench/evaluate.py`` (which times the command, start-up
included, and samples its peak memory) on the dev split, the seed articles
and the train split (the throughput figure), and writes the summary lines to
``benchmarks/results/core.md``. Skips cleanly when ``../shared`` is absent.

    python benchmarks/core.py [--model PATH] [--skip-train]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
EXAMPLES = ROOT.parent / "shared" / "examples"
OUT = ROOT / "benchmarks" / "results" / "core.md"


def run(args: list[str]) -> str:
    proc = subprocess.run([sys.executable, str(BENCH / "evaluate.py"), *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"evaluate.py failed: {proc.stderr[-2000:]}")
    return proc.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="model artifact to score with (default: the embedded model)")
    ap.add_argument("--skip-train", action="store_true", help="skip the 30k-statement throughput run")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not (BENCH / "evaluate.py").exists():
        print(f"skipped: {BENCH} not found (the shared benchmark is not part of a fresh clone)")
        return 0
    # the attributor of this interpreter's environment first: an unactivated venv is not on PATH
    beside = Path(sys.executable).with_name("attributor")
    exe = str(beside) if beside.exists() else shutil.which("attributor") or "attributor"
    cmd = f"{exe} score {{input}} -o {{output}}" + (f" --model {args.model}" if args.model else "")
    rows = [("dev", run(["--split", "dev", "--cmd", cmd]))]
    if (EXAMPLES / "seeds.docs.jsonl").exists():
        rows.append(("seeds", run(["--docs", str(EXAMPLES / "seeds.docs.jsonl"), "--gold",
                                   str(EXAMPLES / "seeds.gold.jsonl"), "--cmd", cmd])))
    if not args.skip_train:
        rows.append(("train (throughput)", run(["--split", "train", "--cmd", cmd])))
    lines = [f"# Core benchmark ({dt.date.today().isoformat()}, {os.cpu_count()} CPUs, model: {args.model or 'default'})",
             "", "Produced by `python benchmarks/core.py`; each line is the last line of `evaluate.py`.", ""]
    lines += [f"- **{name}**: `{line}`" for name, line in rows]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, line in rows:
        print(f"{name}: {line}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
