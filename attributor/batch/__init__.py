"""``attributor batch``: score archives of any size, a thin layer over :func:`attributor.model.score.score_texts`.

Modules: :mod:`.formats` (readers and writers), :mod:`.work` (checking and
scoring one chunk), :mod:`.local` (the local engine: chunks, joblib workers,
resume) and :mod:`.dask_engine` (the same job on a Dask cluster).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from attributor.batch.formats import BatchInputError, read_rows, sibling

DEFAULT_CHUNK = 500


@dataclass
class BatchOptions:
    input: str
    output: str
    format: str | None = None
    output_format: str | None = None
    text_col: str = "text"
    id_col: str | None = "doc_id"
    articles_output: str | None = None
    errors_output: str | None = None
    jobs: int = 1
    chunk_size: int = DEFAULT_CHUNK
    max_chars: int | None = None
    model: str | None = None
    resume: bool = False
    quiet: bool = False
    engine: str = "local"
    scheduler: str | None = None
    blocksize: str = "1MiB"

    def __post_init__(self):
        if self.max_chars is None:
            from attributor.model.score import MAX_CHARS

            self.max_chars = MAX_CHARS
        if self.id_col == "":
            self.id_col = None
        if self.jobs < 1:
            import os

            self.jobs = max(1, (os.cpu_count() or 1) + 1 + self.jobs)  # -1: all cores, as joblib counts
        if self.chunk_size < 1:
            raise BatchInputError("--chunk-size must be at least 1")

    @property
    def articles_default(self) -> str:
        return str(sibling(self.output, "articles"))


def run(opts: BatchOptions):
    """Run a batch with the engine ``opts.engine``; return a report with the counts and ``line()``.

    Before anything is read or written: the input must be a readable file (or
    a directory of Parquet files), and no output may be the input.
    """
    from attributor.files import UsageError, check_input, refuse_same_file

    if check_input(opts.input, allow_dir=True).is_dir() and (opts.format or "parquet") != "parquet":
        raise UsageError(f"input {opts.input} is a directory; only Parquet input may be a directory of part files")
    refuse_same_file([opts.input], [("output", opts.output), ("articles output", opts.articles_output or opts.articles_default),
                                    ("errors output", opts.errors_output or f"{opts.output}.errors.jsonl")])
    if opts.engine == "dask":
        from attributor.batch.dask_engine import run_dask

        return run_dask(opts)
    from attributor.batch.local import run_local

    return run_local(opts)


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The options of ``attributor batch`` (cli.py adds the subparser and calls :func:`cli_main`)."""
    ap.add_argument("input", help="CSV, TSV, JSONL (.gz/.zst too) or Parquet file (or a directory of Parquet files)")
    ap.add_argument("-o", "--output", required=True,
                    help="statements output: one row per statement, the `attributor score -o` schema plus the "
                         "carried input columns (.jsonl[.gz|.zst], .parquet, .csv, .tsv). Articles go to the same "
                         "name with .articles before the extension (out.jsonl -> out.articles.jsonl), rows that "
                         "could not be scored to OUTPUT.errors.jsonl (out.jsonl.errors.jsonl)")
    ap.add_argument("--format", choices=("csv", "tsv", "jsonl", "parquet"),
                    help="input format (default: from the extension)")
    ap.add_argument("--output-format", choices=("csv", "tsv", "jsonl", "parquet"),
                    help="output format (default: from the output's extension)")
    ap.add_argument("--text-col", default="text", help="column with the article text (default: text)")
    ap.add_argument("--id-col", default="doc_id",
                    help="column with the article id (default: doc_id; rows without one get their row number)")
    ap.add_argument("--articles-output", help="where the articles go instead of OUTPUT with .articles")
    ap.add_argument("--errors-output", help="where the failed rows go instead of OUTPUT.errors.jsonl")
    ap.add_argument("-j", "--jobs", type=int, default=None,
                    help="worker processes on this machine (local engine, default 1); worker processes of "
                         "the LocalCluster (dask engine without --scheduler, default 2); -1 for all cores")
    ap.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK,
                    help=f"articles per chunk, the unit of work and of --resume (default {DEFAULT_CHUNK})")
    ap.add_argument("--max-chars", type=int, help="longest text scored; longer rows go to the error file "
                                                  "(default: the scorer's limit, 2,000,000)")
    ap.add_argument("--model", help="model artifact (default: the default model in the per-user cache)")
    ap.add_argument("--resume", action="store_true",
                    help="continue a run that was killed (same input and options): completed chunks are kept")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar (it is off anyway when stderr "
                                                                 "is not a terminal)")
    ap.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine, joblib workers; dask: a Dask cluster, partitioned Parquet output "
                         "(OUTPUT and OUTPUT.articles are directories of part files)")
    ap.add_argument("--scheduler", help="dask engine: address of a running scheduler (tcp://host:8786); "
                                        "default: a LocalCluster of --jobs worker processes")
    ap.add_argument("--blocksize", default="1MiB",
                    help="dask engine: bytes per partition of uncompressed CSV/TSV/JSONL input (default 1MiB, about "
                         "500 articles: scoring is slow per byte, so small partitions balance the workers)")


def cli_main(args: argparse.Namespace) -> int:
    """``attributor batch``: run, print the summary line, 0 when every row is accounted for."""
    jobs = args.jobs if args.jobs is not None else (2 if args.engine == "dask" else 1)
    opts = BatchOptions(input=args.input, output=args.output, format=args.format, output_format=args.output_format,
                        text_col=args.text_col, id_col=args.id_col, articles_output=args.articles_output,
                        errors_output=args.errors_output, jobs=jobs, chunk_size=args.chunk_size,
                        max_chars=args.max_chars, model=args.model, resume=args.resume, quiet=args.quiet,
                        engine=args.engine, scheduler=args.scheduler, blocksize=args.blocksize)
    report = run(opts)
    print(report.line(), file=sys.stderr)
    if not report.consistent:
        print("attributor batch: the counts do not add up; the outputs are not complete", file=sys.stderr)
        return 3
    return 0


__all__ = ["BatchOptions", "BatchInputError", "run", "read_rows", "add_arguments", "cli_main"]
