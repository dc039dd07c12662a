"""The local engine: stream chunks in, score them (joblib workers), stream parts out.

Layout of a run writing ``out.jsonl``::

    .out.jsonl.batch/             work directory (hidden, removed at the end)
        manifest.json             what this run is: input, options, model hash
        parts/00000012.statements.jsonl   one part per chunk and output,
        parts/00000012.articles.jsonl     written to a temporary name and
        parts/00000012.errors.jsonl       renamed when complete
        parts/00000012.done.json  written last: the chunk is complete
    out.jsonl                     the parts concatenated in chunk order,
    out.articles.jsonl            each written to a temporary file in the
    out.jsonl.errors.jsonl        work directory and renamed into place

Chunks are fixed runs of ``chunk_size`` input rows, so the same input and
options always give the same chunks whatever the number of jobs; ``--resume``
skips the chunks that have a ``done.json`` and the result is byte for byte
the one of an uninterrupted run.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from attributor.batch.formats import (BatchInputError, Reader, arrow_schema, article_types, as_record, compress,
                                      detect, encode_delimited, encode_jsonl, encode_parquet, statement_types,
                                      text_extras)
from attributor.batch.work import score_records
from attributor.model.persist import default_model_path

MANIFEST_VERSION = 1


@dataclass
class OutputSpec:
    path: str
    fmt: str
    compression: str | None

    @property
    def ext(self) -> str:
        return {"jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "parquet": ".parquet"}[self.fmt] + \
            {None: "", "gzip": ".gz", "zstd": ".zst"}[self.compression]


@dataclass
class ChunkJob:
    """What a worker needs for any chunk (small and picklable: the model travels as a path)."""

    model_path: str | None
    text_col: str
    id_col: str | None
    max_chars: int
    statements: OutputSpec
    articles: OutputSpec
    extras_types: dict | None
    parts: str
    #: the process that runs the batch: a worker process exits when it is gone (0: not watched)
    parent_pid: int = 0


_MODEL_CACHE: dict = {}
_WATCHING: list[int] = []
#: Seconds between two looks of a worker at its parent.
WATCH_INTERVAL = 0.2


def watch_parent(parent_pid: int) -> None:
    """In a worker process: exit as soon as the batch process ``parent_pid`` is gone, whatever killed it.

    joblib's workers (loky) outlive a parent killed with SIGKILL -- ~130 MB
    each, reparented to PID 1, for minutes. A daemon thread looks every
    :data:`WATCH_INTERVAL` seconds whether the parent still exists and is
    still our parent, and ends the process with ``os._exit`` when not. Part
    files are written to a temporary name and renamed, so an exit at any
    moment leaves nothing that ``--resume`` would take for finished work.
    Does nothing in the batch process itself, or when already watching.
    """
    if not parent_pid or parent_pid == os.getpid() or _WATCHING:
        return
    import threading

    first_ppid = os.getppid()
    _WATCHING.append(parent_pid)

    def gone() -> bool:
        if os.getppid() != first_ppid:
            return True  # reparented: our parent died
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def loop():
        while not gone():
            time.sleep(WATCH_INTERVAL)
        os._exit(70)

    if gone():
        os._exit(70)
    threading.Thread(target=loop, name="attributor-parent-watch", daemon=True).start()


def worker_model(path: str | None):
    """The model of this process, loaded on its first chunk and kept for the next ones."""
    if path not in _MODEL_CACHE:
        from attributor.model.score import load_model

        _MODEL_CACHE[path] = load_model(path)
    return _MODEL_CACHE[path]


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _encode(rows: list[dict], spec: OutputSpec, base: dict, extras: list[str], extras_types) -> bytes:
    if spec.fmt == "jsonl":
        return compress(encode_jsonl(rows), spec.compression)
    if spec.fmt in ("csv", "tsv"):
        return compress(encode_delimited(rows, [*base, *extras], spec.fmt), spec.compression)
    return encode_parquet(text_extras(rows, extras, extras_types), arrow_schema(base, extras, extras_types))


def part_path(parts: Path, index: int, kind: str, ext: str) -> Path:
    return parts / f"{index:08d}.{kind}{ext}"


def process_chunk(job: ChunkJob, index: int, items: list) -> dict:
    """Score one chunk (what the reader yielded) and write its parts; return its counts (also its done.json)."""
    from attributor.model.score import gc_paused

    watch_parent(job.parent_pid)
    with gc_paused():
        return _process_chunk(job, index, items)


def _process_chunk(job: ChunkJob, index: int, items: list) -> dict:
    records = [as_record(item, job.text_col, job.id_col) for item in items]
    rows = score_records(records, worker_model(job.model_path), job.max_chars)
    parts = Path(job.parts)
    st_types, art_types = statement_types(), article_types()
    _write_atomic(part_path(parts, index, "statements", job.statements.ext),
                  _encode(rows.statements, job.statements, st_types, rows.extras, job.extras_types))
    _write_atomic(part_path(parts, index, "articles", job.articles.ext),
                  _encode(rows.articles, job.articles, art_types, rows.extras, job.extras_types))
    _write_atomic(part_path(parts, index, "errors", ".jsonl"), encode_jsonl(rows.errors))
    done = {"chunk": index, "articles_in": rows.articles_in, "scored": len(rows.articles),
            "statements": len(rows.statements), "errors": len(rows.errors), "extras": rows.extras}
    _write_atomic(parts / f"{index:08d}.done.json", json.dumps(done).encode())
    return done


# ---------------------------------------------------------------- assembling the outputs
def _union(chunks: list[dict]) -> list[str]:
    seen: dict = {}
    for d in chunks:
        for c in d["extras"]:
            seen.setdefault(c, None)
    return list(seen)


def _copy_into(out, path: Path) -> None:
    with open(path, "rb") as fh:
        shutil.copyfileobj(fh, out, 1 << 20)


def assemble(spec: OutputSpec, kind: str, base: dict, dones: list[dict], parts: Path, tmp: Path,
             extras_types) -> None:
    """Write the parts of one output, in chunk order, to ``tmp``."""
    extras = _union(dones)
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(base, extras, extras_types)
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for d in dones:
                table = pq.read_table(part_path(parts, d["chunk"], kind, spec.ext))
                cols = [table.column(f.name).cast(f.type) if f.name in table.column_names
                        else pa.nulls(table.num_rows, f.type) for f in schema]
                writer.write_table(pa.Table.from_arrays(cols, schema=schema))
        return
    with open(tmp, "wb") as out:
        if spec.fmt in ("csv", "tsv"):
            columns = [*base, *extras]
            out.write(compress(encode_delimited([], columns, spec.fmt, header=True), spec.compression))
        for d in dones:
            path = part_path(parts, d["chunk"], kind, spec.ext)
            if spec.fmt in ("csv", "tsv") and d["extras"] != extras:
                out.write(_recode_delimited(path, spec, [*base, *d["extras"]], columns))
            else:
                _copy_into(out, path)


def _recode_delimited(path: Path, spec: OutputSpec, have: list[str], want: list[str]) -> bytes:
    """A CSV part written with fewer carried columns than the union: rewrite it with the full header."""
    import csv
    import io

    from attributor.batch.formats import _open_binary

    stream, _ = _open_binary(path, spec.compression)
    with stream:
        text = stream.read().decode("utf-8")
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="," if spec.fmt == "csv" else "\t", lineterminator="\n")
    for values in csv.reader(io.StringIO(text, newline=""), delimiter="," if spec.fmt == "csv" else "\t"):
        row = dict(zip(have, values))
        writer.writerow([row.get(c, "") for c in want])
    return compress(buf.getvalue().encode("utf-8"), spec.compression)


# ---------------------------------------------------------------- the run
@dataclass
class BatchReport:
    articles_in: int
    scored: int
    statements: int
    errors: int
    seconds: float
    resumed_articles: int
    outputs: dict
    statements_now: int = 0

    @property
    def consistent(self) -> bool:
        return self.articles_in == self.scored + self.errors

    def line(self) -> str:
        scored_now = max(self.scored + self.errors - self.resumed_articles, 0)
        rate = scored_now / self.seconds if self.seconds else 0.0
        st_rate = self.statements_now / self.seconds if self.seconds else 0.0
        check = "=" if self.consistent else "!="
        text = (f"attributor batch: {self.articles_in:,} articles in {check} {self.scored:,} scored + "
                f"{self.errors:,} failed rows ({self.outputs['errors']}); {self.statements:,} statements; "
                f"{self.seconds:.1f} s; {rate:,.0f} articles/s, {st_rate:,.0f} statements/s")
        if self.resumed_articles:
            text += f" (resumed: {self.resumed_articles:,} articles were done before)"
        return text


def _ensure_model(model_path: str | None, load: bool) -> None:
    """Fail early on a bad artifact, build the default model if it is missing; load it when this process scores."""
    from attributor.model.linear import load_linear

    if model_path is None:
        from attributor.setup import ensure_default_model

        ensure_default_model()
    if load:
        worker_model(model_path)
    else:
        load_linear(Path(model_path) if model_path else default_model_path())


def _model_fingerprint(model_path: str | None) -> str:
    from attributor.model.persist import read_card

    path = Path(model_path) if model_path else default_model_path()
    try:
        card = read_card(path, artifact_required=False)
        return (card.get("scorer") or {}).get("sha256") or card.get("sha256") or ""
    except Exception:  # noqa: BLE001 - no card: hash the file itself
        h = hashlib.sha256(Path(path).read_bytes()) if Path(path).exists() else hashlib.sha256(b"")
        return h.hexdigest()


def _progress(opts, reader: Reader, initial: int):
    if opts.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=reader.rows_total, initial=initial, unit=" articles", dynamic_ncols=True, file=sys.stderr,
                smoothing=0.1, desc="scoring",
                bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, "
                           "{rate_fmt}{postfix}]")


def run_local(opts) -> BatchReport:
    """Run a batch on this machine (``opts``: see :func:`attributor.batch.run`)."""
    t0 = time.perf_counter()
    in_fmt, in_comp = detect(opts.input, opts.format)
    reader = Reader(opts.input, in_fmt, in_comp, opts.text_col, opts.id_col)
    out = Path(opts.output)
    st_spec = OutputSpec(str(out), *detect(out, opts.output_format, option="--output-format"))
    art_path = Path(opts.articles_output) if opts.articles_output else Path(opts.articles_default)
    art_spec = OutputSpec(str(art_path), *detect(art_path, opts.output_format, option="--output-format"))
    err_path = Path(opts.errors_output) if opts.errors_output else Path(f"{out}.errors.jsonl")
    for spec in (st_spec, art_spec):
        if spec.fmt == "parquet" and spec.compression:
            raise BatchInputError("Parquet output is compressed inside the file (zstd); drop the .gz/.zst suffix")
    out.parent.mkdir(parents=True, exist_ok=True)

    _ensure_model(opts.model, load=opts.jobs == 1)
    extras_types = reader.extras_types()
    st_in = Path(opts.input).stat()
    manifest = {"version": MANIFEST_VERSION, "input": str(Path(opts.input).resolve()), "size": st_in.st_size,
                "mtime_ns": st_in.st_mtime_ns, "format": in_fmt, "compression": in_comp, "text_col": opts.text_col,
                "id_col": opts.id_col, "chunk_size": opts.chunk_size, "max_chars": opts.max_chars,
                "model": _model_fingerprint(opts.model), "statements": asdict(st_spec), "articles": asdict(art_spec)}
    work = out.parent / f".{out.name}.batch"
    parts = work / "parts"
    if work.exists() and opts.resume:
        try:
            old = json.loads((work / "manifest.json").read_text())
        except (OSError, json.JSONDecodeError):
            old = None
        if old != manifest:
            diff = sorted(k for k in manifest if (old or {}).get(k) != manifest[k])
            raise BatchInputError(f"cannot resume: the unfinished run in {work} differs in {', '.join(diff)}; "
                                  "run again without --resume to start over")
    elif work.exists():
        shutil.rmtree(work)
    elif opts.resume and not opts.quiet:
        print(f"attributor batch: nothing to resume in {work}; starting from the beginning", file=sys.stderr)
    parts.mkdir(parents=True, exist_ok=True)
    _write_atomic(work / "manifest.json", json.dumps(manifest, indent=1).encode())

    done_before = {}
    for p in parts.glob("*.done.json"):
        d = json.loads(p.read_text())
        done_before[d["chunk"]] = d
    for p in parts.glob("*.tmp-*"):
        p.unlink()
    resumed = sum(d["articles_in"] for d in done_before.values())

    job = ChunkJob(opts.model, opts.text_col, opts.id_col, opts.max_chars, st_spec, art_spec, extras_types, str(parts),
                   parent_pid=os.getpid() if opts.jobs > 1 else 0)
    bar = _progress(opts, reader, resumed)
    positions: dict[int, int] = {}
    counted = {"articles_in": 0, "chunks": 0}

    def chunks():
        buf, index = [], 0
        for rec in reader:
            buf.append(rec)
            if len(buf) == opts.chunk_size:
                yield index, buf
                buf, index = [], index + 1
        if buf:
            yield index, buf

    def todo():
        for index, recs in chunks():
            counted["articles_in"] += len(recs)
            counted["chunks"] = index + 1
            if index in done_before:
                continue
            positions[index] = reader.position
            yield index, recs

    dones = dict(done_before)
    statements_now = 0
    if opts.jobs == 1:
        results = (process_chunk(job, i, recs) for i, recs in todo())
    else:
        from joblib import Parallel, delayed

        parallel = Parallel(n_jobs=opts.jobs, return_as="generator", pre_dispatch="2*n_jobs", batch_size=1)
        results = parallel(delayed(process_chunk)(job, i, recs) for i, recs in todo())
    try:
        for d in results:
            dones[d["chunk"]] = d
            statements_now += d["statements"]
            if bar is not None:
                if reader.rows_total is None and positions.get(d["chunk"]):
                    done_n = bar.n + d["articles_in"]
                    bar.total = max(done_n, round(done_n * reader.size / positions[d["chunk"]]))
                bar.set_postfix_str(f"{statements_now / max(bar.format_dict['elapsed'], 1e-9):,.0f} statements/s",
                                    refresh=False)
                bar.update(d["articles_in"])
    finally:
        if bar is not None:
            bar.close()

    ordered = [dones[i] for i in range(counted["chunks"])]
    tmp_st, tmp_art, tmp_err = (work / f"final.{k}.tmp" for k in ("statements", "articles", "errors"))
    assemble(art_spec, "articles", article_types(), ordered, parts, tmp_art, extras_types)
    assemble(st_spec, "statements", statement_types(), ordered, parts, tmp_st, extras_types)
    error_lines = 0
    with open(tmp_err, "wb") as fh:
        for d in ordered:
            data = part_path(parts, d["chunk"], "errors", ".jsonl").read_bytes()
            error_lines += data.count(b"\n")
            fh.write(data)
    os.replace(tmp_err, err_path)
    os.replace(tmp_art, art_spec.path)
    os.replace(tmp_st, st_spec.path)
    shutil.rmtree(work)
    report = BatchReport(articles_in=counted["articles_in"], scored=sum(d["scored"] for d in ordered),
                         statements=sum(d["statements"] for d in ordered), errors=error_lines,
                         seconds=time.perf_counter() - t0, resumed_articles=resumed,
                         outputs={"statements": st_spec.path, "articles": art_spec.path, "errors": str(err_path)})
    report.statements_now = statements_now
    return report
