"""The Dask engine: the same chunk scoring on the partitions of a ``dask.dataframe``.

* Input: ``dd.read_parquet`` (row groups become partitions), ``dd.read_csv``
  (``--blocksize`` bytes per partition; one partition per compressed file) or,
  for JSONL, newline-aligned byte blocks (``dask.bytes.read_bytes``) turned
  into a dask DataFrame of raw lines with ``dd.from_delayed`` so that a broken
  line is one error row and not a failed partition.
* A first pass counts the rows of each partition, so every row gets the same
  row number as with the local engine (the id of rows without one).
* The model is loaded once by the client and sent to every worker once
  (``client.scatter(..., broadcast=True)``); each ``map_partitions`` task
  receives the worker's copy.
* ``map_partitions`` (explicit ``meta``) runs one task per partition that
  scores it, writes its statements and articles as ``part-NNNNNN.parquet`` of
  the two partitioned Parquet outputs, and returns a one-row report (counts,
  failed rows). The output rows go from the scorer to Arrow on the worker:
  no frame of them is held in worker memory or moved between processes
  (building, storing and filtering such a frame for ``to_parquet`` took
  about a tenth of the workers' time).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

from attributor.batch.formats import (BatchInputError, arrow_schema, article_types, detect, encode_jsonl,
                                      make_record, parse_jsonl_line, statement_types, text_extras)
from attributor.batch.work import output_name, score_records


def _parse_size(value: str) -> int:
    from dask.utils import parse_bytes

    return parse_bytes(value)


# ---------------------------------------------------------------- JSONL blocks
def _jsonl_block_info(block: bytes, text_col: str, id_col: str | None) -> tuple[int, int, list[str]]:
    """(lines, non-blank lines, keys in order of appearance) of one newline-aligned block."""
    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    keys: dict = {}
    rows = 0
    for line in lines:
        if not line.strip():
            continue
        rows += 1
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict):
            for k in obj:
                keys.setdefault(k, None)
    return len(lines), rows, [k for k in keys if k != text_col and k != id_col]


def _jsonl_block_frame(block: bytes, first_line: int):
    """The raw lines of a block with their line numbers (blank lines dropped)."""
    import pandas as pd

    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    keep = [(first_line + i, line) for i, line in enumerate(lines) if line.strip()]
    if first_line == 1 and keep and keep[0][0] == 1 and keep[0][1].startswith(b"\xef\xbb\xbf"):
        keep[0] = (1, keep[0][1][3:])
    return pd.DataFrame({"_row": pd.Series([k for k, _ in keep], dtype="int64"),
                         "_line": pd.Series([v for _, v in keep], dtype=object)})


# ---------------------------------------------------------------- one partition
#: The one row each partition task returns: what it wrote and the rows that failed (as JSONL text).
_REPORT_TYPES = {"partition": "int64", "scored": "int64", "statements": "int64", "errors": object}


def _records(df, spec: dict, offsets: list[int], number: int) -> list:
    text_col, id_col = spec["text_col"], spec["id_col"]
    if spec["format"] == "jsonl":
        return [r for r in (parse_jsonl_line(int(n), bytes(line), text_col, id_col)
                            for n, line in zip(df["_row"], df["_line"])) if r is not None]
    if spec["format"] == "parquet":
        import pyarrow as pa

        values = pa.Table.from_pandas(df, preserve_index=False).to_pylist()
    else:
        columns = list(df.columns)
        values = [dict(zip(columns, t)) for t in df.itertuples(index=False, name=None)]
    first = offsets[number]
    return [make_record(first + i + 1, v, text_col, id_col) for i, v in enumerate(values)]


def _write_part(rows: list[dict], schema, directory: str, number: int) -> None:
    """``directory/part-NNNNNN.parquet``, written under a temporary name then renamed (a retried task overwrites)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(directory) / f"part-{number:06d}.parquet"
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
    os.replace(tmp, path)


def score_partition(df, model, spec: dict, offsets: list[int], partition_info=None):
    """Score one input partition, write its statement and article parts; return its one-row report.

    The rows go straight from the scorer to Arrow and Parquet on the worker:
    no pandas frame of output rows is built, kept in worker memory or sent
    anywhere, which is most of what a ``to_parquet`` of the scored frame cost.
    """
    import pandas as pd

    from attributor.model.score import gc_paused

    number = partition_info["number"] if partition_info else 0
    with gc_paused():  # until the rows are written and dropped (see gc_paused)
        records = _records(df, spec, offsets, number)
        rows = score_records(records, model, spec["max_chars"])
        extras, types = spec["extras"], spec["extras_types"]
        _write_part(text_extras(rows.statements, extras, types), spec["statement_schema"], spec["statements_dir"],
                    number)
        _write_part(text_extras(rows.articles, extras, types), spec["article_schema"], spec["articles_dir"], number)
        errors, scored, statements = encode_jsonl(rows.errors).decode(), len(rows.articles), len(rows.statements)
        del rows, records
    report = (number, scored, statements, errors)
    return pd.DataFrame([report], columns=list(_REPORT_TYPES)).astype(_REPORT_TYPES)


def _meta():
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _REPORT_TYPES.items()})


# ---------------------------------------------------------------- reading
def _read(opts, fmt: str, comp: str | None):
    """(raw dask frame, row offset per partition, articles in, carried columns, their Arrow types)."""
    import dask
    import dask.dataframe as dd

    if fmt == "parquet":
        raw = dd.read_parquet(opts.input, dtype_backend="pyarrow", split_row_groups=True)
        if opts.text_col not in raw.columns:
            raise BatchInputError(f"{opts.input} has no column {opts.text_col!r} (columns: {list(raw.columns)})")
        import pyarrow as pa

        schema = pa.Schema.from_pandas(raw._meta, preserve_index=False)
        types = {f.name: f.type for f in schema if f.name not in (opts.text_col, opts.id_col)}
        lengths = raw.map_partitions(len).compute()
        return raw, list(lengths), int(sum(lengths)), list(types), types
    if fmt in ("csv", "tsv"):
        raw = dd.read_csv(opts.input, sep="," if fmt == "csv" else "\t", dtype=object, na_filter=False,
                          keep_default_na=False, encoding="utf-8-sig", encoding_errors="surrogateescape",
                          compression=comp or None, blocksize=None if comp else _parse_size(opts.blocksize))
        if opts.text_col not in raw.columns:
            raise BatchInputError(f"{opts.input} has no column {opts.text_col!r} (columns: {list(raw.columns)})")
        extras = [c for c in raw.columns if c not in (opts.text_col, opts.id_col)]
        lengths = raw.map_partitions(len).compute()
        return raw, list(lengths), int(sum(lengths)), extras, None
    from dask.bytes import read_bytes

    _, blocks = read_bytes(opts.input, delimiter=b"\n", blocksize=None if comp else _parse_size(opts.blocksize),
                           sample=False, compression=comp)
    blocks = [b for file_blocks in blocks for b in file_blocks]
    infos = dask.compute(*[dask.delayed(_jsonl_block_info)(b, opts.text_col, opts.id_col) for b in blocks])
    first, firsts, keys = 1, [], {}
    for n_lines, _, block_keys in infos:
        firsts.append(first)
        first += n_lines
        for k in block_keys:
            keys.setdefault(k, None)
    parts = [dask.delayed(_jsonl_block_frame)(b, f) for b, f in zip(blocks, firsts)]
    raw = dd.from_delayed(parts, meta=_jsonl_block_frame(b"", 1), verify_meta=False)
    return raw, [0] * len(parts), sum(i[1] for i in infos), list(keys), None


#: Settings of the LocalCluster this engine starts when no ``--scheduler`` is given. Its workers have no
#: dashboard to feed, and the default monitors (a 20 ms event-loop tick, a 10 ms stack profiler, memory and
#: system checks several times a second) woke each worker's event loop often enough to take about 5% of
#: its CPU from scoring. A cluster of the user's own keeps the user's settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "1s",
}


def _replace_dir(tmp: Path, final: Path) -> None:
    if final.is_dir():
        shutil.rmtree(final)
    elif final.exists():
        final.unlink()
    os.replace(tmp, final)


def run_dask(opts):
    """Run a batch on a Dask cluster (``opts.scheduler``) or a LocalCluster of ``opts.jobs`` worker processes."""
    import dask
    from distributed import Client, LocalCluster

    from attributor.batch.local import BatchReport
    from attributor.model.score import load_model

    t0 = time.perf_counter()
    in_fmt, in_comp = detect(opts.input, opts.format)
    out = Path(opts.output)
    out_fmt = opts.output_format or (detect(out)[0] if out.suffix else "parquet")
    if out_fmt != "parquet":
        raise BatchInputError("the dask engine writes partitioned Parquet: name the output like out.parquet "
                              "(a directory of part files)")
    art_path = Path(opts.articles_output) if opts.articles_output else Path(opts.articles_default)
    err_path = Path(opts.errors_output) if opts.errors_output else Path(f"{out}.errors.jsonl")
    if opts.resume:
        print("attributor batch: --resume is for the local engine; the dask engine starts over "
              "(Dask retries failed tasks itself)", file=sys.stderr)
    model = load_model(opts.model)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.parent / f".{out.name}.dask"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()

    cluster = None
    if opts.scheduler:
        client = Client(opts.scheduler)
    else:
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=opts.jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster)
    try:
        with dask.config.set({"dataframe.convert-string": False}):
            raw, lengths, articles_in, extras_in, extras_types = _read(opts, in_fmt, in_comp)
            offsets = [0]
            for n in lengths[:-1]:
                offsets.append(offsets[-1] + n)
            extras = [output_name(c) for c in extras_in]
            types = {output_name(k): v for k, v in extras_types.items()} if extras_types is not None else None
            (work / "statements").mkdir()
            (work / "articles").mkdir()
            spec = {"format": in_fmt, "text_col": opts.text_col, "id_col": opts.id_col, "max_chars": opts.max_chars,
                    "extras": extras, "extras_types": types,
                    "statement_schema": arrow_schema(statement_types(), extras, types),
                    "article_schema": arrow_schema(article_types(), extras, types),
                    "statements_dir": str(work / "statements"), "articles_dir": str(work / "articles")}
            model_f = client.scatter(model, broadcast=True, hash=False)
            reports = raw.map_partitions(score_partition, model_f, spec, offsets, meta=_meta())
            future = client.compute(reports)
            if not opts.quiet and sys.stderr.isatty():
                import contextlib

                from distributed import progress

                with contextlib.redirect_stdout(sys.stderr):
                    progress(future)
            done = client.gather(future).sort_values("partition")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    errors_jsonl = "".join(done["errors"])
    tmp_err = work / "errors.jsonl"
    tmp_err.write_text(errors_jsonl, encoding="utf-8")
    os.replace(tmp_err, err_path)
    _replace_dir(work / "articles", art_path)
    _replace_dir(work / "statements", out)
    shutil.rmtree(work)
    statements = int(done["statements"].sum())
    report = BatchReport(articles_in=articles_in, scored=int(done["scored"].sum()), statements=statements,
                         errors=errors_jsonl.count("\n"), seconds=time.perf_counter() - t0, resumed_articles=0,
                         outputs={"statements": str(out), "articles": str(art_path), "errors": str(err_path)})
    report.statements_now = statements
    return report
