"""Readers and writers of the batch formats: CSV, TSV, JSONL, Parquet, gzip/zstd.

Readers stream: they yield :class:`Record` objects one input row at a time
and never hold the whole file. A row that cannot even be read (bytes that are
not UTF-8, a JSONL line that is not JSON or not an object) is still yielded,
with ``error`` set, so that it reaches the error file with its row number.

Writers turn output rows (plain dicts) into bytes or Arrow tables. Compressed
text output is written as independent gzip members / zstd frames per part, so
parts can simply be concatenated into a valid compressed file.
"""
from __future__ import annotations

import csv
import datetime as _dt
import decimal
import gzip
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from attributor import compact_json
from attributor.model.results import STATEMENT_FIELDS, article_arrow_types, statement_arrow_types

FORMATS = ("csv", "tsv", "jsonl", "parquet")
COMPRESSIONS = ("gzip", "zstd")
_EXT_FORMAT = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
               ".parquet": "parquet", ".pq": "parquet"}
_EXT_COMPRESSION = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}

csv.field_size_limit(sys.maxsize)


class BatchInputError(ValueError):
    """The input cannot be read at all (unknown format, missing column, ...)."""


# ---------------------------------------------------------------- detection
def split_suffixes(path: str | Path) -> tuple[str, str, str]:
    """``out.articles.jsonl.gz`` -> (``out.articles``, ``.jsonl``, ``.gz``): stem, format and compression suffixes."""
    name = Path(path).name
    comp = ""
    for ext in _EXT_COMPRESSION:
        if name.lower().endswith(ext):
            name, comp = name[: -len(ext)], name[-len(ext):]
            break
    stem, dot, ext = name.rpartition(".")
    if dot and f".{ext.lower()}" in _EXT_FORMAT:
        return stem, f".{ext}", comp
    return name, "", comp


def detect(path: str | Path, fmt: str | None = None, compression: str | None = None,
           option: str = "--format") -> tuple[str, str | None]:
    """Return (format, compression) from ``--format``/the extension; compression from the extension.

    ``option`` names the flag that sets the format, for the message when the extension does not tell.
    """
    _, ext, comp = split_suffixes(path)
    comp_name = _EXT_COMPRESSION.get(comp.lower()) if comp else None
    if compression is not None:
        comp_name = None if compression == "none" else compression
    if fmt is None:
        if Path(path).is_dir():
            fmt = "parquet"
        elif ext:
            fmt = _EXT_FORMAT[ext.lower()]
        else:
            raise BatchInputError(f"cannot tell the format of {path} from its extension; pass {option} "
                                  f"({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise BatchInputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and comp_name:
        raise BatchInputError("Parquet is compressed inside the file (its column codec, e.g. zstd or gzip); "
                              f"{path} should not carry a {comp} suffix")
    return fmt, comp_name


def output_format(path: str | Path) -> tuple[str, str | None]:
    """(format, compression) of an output named ``path``; an extension that names no format is refused."""
    _, ext, _ = split_suffixes(path)
    if not ext:
        raise BatchInputError(f"cannot tell which format to write to {path}: name it .jsonl, .csv, .tsv or .parquet "
                              "(.gz/.zst for compressed text)")
    return detect(path)


class RowWriter:
    """Write rows to ``path`` in ``fmt`` as they come, chunk by chunk; the file appears whole at :meth:`close`.

    Text formats append one compressed member/frame per chunk (a valid
    gzip/zstd stream); Parquet writes one row group per chunk. Rows go to a
    temporary file beside ``path``, renamed into place when closed, removed
    if the writer is dropped with an error (use it as a context manager).
    """

    def __init__(self, path: str | Path, fmt: str, compression: str | None, base: dict | None = None):
        import os

        self.path, self.fmt, self.compression = Path(path), fmt, compression
        self.base = base  # Arrow types (Parquet) / column order (CSV); None: the statement row

        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self._fh = open(self.tmp, "wb")
        self._parquet = None
        self._header = True

    def write(self, rows: list[dict]) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = arrow_schema(self.base or statement_types(), [], None)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self._fh, schema, compression="zstd")
            if rows:
                self._parquet.write_table(pa.Table.from_pylist(rows, schema=schema))
            return
        if self.fmt == "jsonl":
            data = encode_jsonl(rows)
        else:
            data = encode_delimited(rows, list(self.base or STATEMENT_FIELDS), self.fmt, header=self._header)
            self._header = False
        if data:
            self._fh.write(compress(data, self.compression))

    def close(self) -> None:
        import os

        if self.fmt == "parquet" and self._parquet is None:
            self.write([])
        elif self.fmt in ("csv", "tsv") and self._header:
            self.write([])
        if self._parquet is not None:
            self._parquet.close()
        self._fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self._fh.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "RowWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_rows(path: str | Path, rows: list[dict], fmt: str, compression: str | None,
               base: dict | None = None) -> None:
    """Write statement rows (or ``base``-typed rows) to ``path`` in ``fmt``, whole, then renamed into place."""
    with RowWriter(path, fmt, compression, base) as writer:
        writer.write(rows)


def sibling(path: str | Path, tag: str) -> Path:
    """``out.jsonl.gz`` + ``articles`` -> ``out.articles.jsonl.gz`` (the tag goes before the extension)."""
    path = Path(path)
    stem, ext, comp = split_suffixes(path)
    return path.with_name(f"{stem}.{tag}{ext}{comp}")


# ---------------------------------------------------------------- records
@dataclass
class Record:
    """One input row: its 1-based row number, id and text as read, the other columns, or why it is unreadable."""

    row: int
    doc_id: Any = None
    text: Any = None
    has_text: bool = False
    extras: dict = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (reason, detail)


class RawLine(NamedTuple):
    """A non-blank JSONL line, not parsed yet: the process that scores it parses it (:func:`as_record`)."""

    row: int
    data: bytes


def as_record(item: "Record | RawLine", text_col: str, id_col: str | None) -> Record:
    """The record of what a :class:`Reader` yielded (parses a :class:`RawLine`)."""
    if isinstance(item, RawLine):
        return parse_jsonl_line(item.row, item.data, text_col, id_col)
    return item


class _Closing(gzip.GzipFile):
    """A GzipFile that closes the file it reads when it is closed (a plain one leaves it open)."""

    def close(self):
        raw = self.fileobj
        try:
            super().close()
        finally:
            if raw is not None:
                raw.close()


def _open_binary(path: Path, compression: str | None):
    """(stream, raw) where raw.tell() reports how far into the file on disk we are; closing stream closes raw."""
    raw = open(path, "rb")
    if compression == "gzip":
        return _Closing(fileobj=raw, mode="rb"), raw
    if compression == "zstd":
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_size=1 << 20,
                                                                             closefd=True),
                                 buffer_size=1 << 20), raw
    return raw, raw


class Reader:
    """Iterate the rows of one input file; ``position``/``size`` follow progress through it.

    CSV, TSV and Parquet rows come as :class:`Record`; JSONL lines come as
    :class:`RawLine` (blank lines skipped), so that with ``--jobs N`` the JSON
    is parsed by the workers and the reading process does not take a core
    from them. :func:`as_record` turns either into a record.
    """

    def __init__(self, path: str | Path, fmt: str, compression: str | None, text_col: str = "text",
                 id_col: str | None = "doc_id"):
        self.path, self.fmt, self.compression = Path(path), fmt, compression
        self.text_col, self.id_col = text_col, id_col
        self._raw = None
        self.rows_total: int | None = None
        if fmt == "parquet":
            import pyarrow.parquet as pq

            self._files = sorted(p for p in self.path.rglob("*.parquet")) if self.path.is_dir() else [self.path]
            self.rows_total = sum(pq.ParquetFile(p).metadata.num_rows for p in self._files)
            self.size = self.rows_total
        else:
            self.size = self.path.stat().st_size

    @property
    def position(self) -> int:
        """Bytes read from disk so far (rows for Parquet)."""
        if self.fmt == "parquet":
            return self._rows_read
        try:
            return self._raw.tell() if self._raw is not None and not self._raw.closed else self.size
        except (OSError, ValueError):
            return self.size

    def extras_types(self) -> dict | None:
        """Arrow types of the carried columns when the input has a schema (Parquet), else None (text)."""
        if self.fmt != "parquet":
            return None
        import pyarrow.parquet as pq

        schema = pq.read_schema(self._files[0]) if self._files else None
        return {f.name: f.type for f in schema if f.name not in (self.text_col, self.id_col)} if schema else {}

    def __iter__(self) -> Iterator[Record | RawLine]:
        self._rows_read = 0
        if self.fmt == "jsonl":
            yield from self._jsonl()
        elif self.fmt in ("csv", "tsv"):
            yield from self._csv()
        else:
            yield from self._parquet()

    def _make(self, row: int, values: dict) -> Record:
        return make_record(row, values, self.text_col, self.id_col)

    def _jsonl(self):
        stream, self._raw = _open_binary(self.path, self.compression)
        with stream:
            for line_no, line in enumerate(stream, start=1):
                if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if line.strip():
                    yield RawLine(line_no, line)

    def _csv(self):
        stream, self._raw = _open_binary(self.path, self.compression)
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
        with text:
            reader = csv.reader(text, delimiter="," if self.fmt == "csv" else "\t")
            header = next(reader, None)
            if header is None:
                return
            if self.text_col not in header:
                raise BatchInputError(f"{self.path} has no column {self.text_col!r} (columns: {header}); "
                                      "pass --text-col")
            row_no = 0
            for values in reader:
                if not values:
                    continue  # a blank line
                row_no += 1
                rec = self._make(row_no, dict(zip(header, values)))
                if len(values) != len(header):
                    rec.error = ("bad_row", f"{len(values)} fields where the header has {len(header)}")
                yield rec

    def _parquet(self):
        import pyarrow.parquet as pq

        row_no = 0
        for path in self._files:
            pf = pq.ParquetFile(path)
            if self.text_col not in pf.schema_arrow.names:
                raise BatchInputError(f"{path} has no column {self.text_col!r} (columns: {pf.schema_arrow.names}); "
                                      "pass --text-col")
            for batch in pf.iter_batches(batch_size=1024):
                for values in batch.to_pylist():
                    row_no += 1
                    self._rows_read = row_no
                    yield self._make(row_no, values)


def make_record(row: int, values: dict, text_col: str, id_col: str | None) -> Record:
    """A record from one row's values (a binary text column is decoded here; what does not decode is marked)."""
    rec = Record(row=row)
    rec.has_text = text_col in values
    rec.text = values.get(text_col)
    rec.doc_id = values.get(id_col) if id_col else None
    rec.extras = {k: v for k, v in values.items() if k != text_col and k != id_col}
    if isinstance(rec.text, bytes):
        try:
            rec.text = rec.text.decode("utf-8")
        except UnicodeDecodeError as err:
            rec.error = ("undecodable", f"bytes that are not UTF-8 at offset {err.start} of the text")
    return rec


def parse_jsonl_line(line_no: int, line: bytes, text_col: str, id_col: str | None) -> Record | None:
    """One JSONL line as a record (None for a blank line); unreadable lines come back with ``error`` set."""
    line = line.rstrip(b"\r\n")
    if not line.strip():
        return None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        return Record(row=line_no, error=("undecodable", f"bytes that are not UTF-8 at offset {err.start} "
                                                          f"of the line ({line[err.start:err.start + 4]!r})"))
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        msg = err.msg[:-3] if err.msg.endswith(" at") else err.msg  # "Unterminated string starting at"
        return Record(row=line_no, error=("invalid_json", f"not valid JSON ({msg} at column {err.colno})"))
    if not isinstance(obj, dict):
        return Record(row=line_no, error=("not_an_object", f"the line is a JSON {type(obj).__name__}, not an object"))
    return make_record(line_no, obj, text_col, id_col)


# ---------------------------------------------------------------- output values
def json_default(value):
    """JSON for the values Parquet input can carry (dates, decimals, bytes, numpy scalars)."""
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def dumps(row: dict) -> str:
    """One JSONL row, compact."""
    return compact_json.dumps(row, default=json_default)


#: A text cell a spreadsheet would run as a formula: = + @ tab CR first, or - before anything but a space or digit.
_FORMULA = re.compile(r"[=+@\t\r]|-[^\s\d]")


def text_cell(value) -> str:
    """A CSV/TSV cell: strings as they are, nothing for None, JSON for numbers, lists and objects.

    A string that a spreadsheet would run as a formula gets a leading ``'``
    (the rule of the page's CSV download).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if _FORMULA.match(value) else value
    return dumps(value)


def compress(data: bytes, compression: str | None) -> bytes:
    """One self-contained gzip member or zstd frame (deterministic: no timestamp)."""
    if compression == "gzip":
        return gzip.compress(data, compresslevel=6, mtime=0)
    if compression == "zstd":
        import zstandard

        return zstandard.ZstdCompressor(level=3).compress(data)
    return data


def encode_jsonl(rows: list[dict]) -> bytes:
    return "".join(dumps(r) + "\n" for r in rows).encode("utf-8")


def encode_delimited(rows: list[dict], columns: list[str], fmt: str, header: bool = False) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    if header:
        writer.writerow(columns)
    for r in rows:
        writer.writerow([text_cell(r.get(c)) for c in columns])
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------- arrow schemas
def _arrow():
    import pyarrow as pa

    return pa


def statement_types() -> dict:
    """Arrow types of the statement row (from :class:`~attributor.model.results.StatementResult`)."""
    return statement_arrow_types()


def article_types() -> dict:
    """Arrow types of an article row: ``doc_id`` and the summary (from ``ArticleSummary``)."""
    return article_arrow_types()


def arrow_schema(base: dict, extras: list[str], extras_types: dict | None):
    """Base fields then the carried columns (typed as in Parquet input, text otherwise)."""
    pa = _arrow()
    fields = [pa.field(k, t if t is not None else pa.null()) for k, t in base.items()]
    for name in extras:
        t = (extras_types or {}).get(name)
        fields.append(pa.field(name, t if t is not None else pa.string()))
    return pa.schema(fields)


def text_extras(rows: list[dict], extras: list[str], extras_types: dict | None) -> list[dict]:
    """Extras from text input go to Parquet as text (JSON for non-strings), as CSV would carry them."""
    untyped = [c for c in extras if (extras_types or {}).get(c) is None]
    if not untyped:
        return rows
    out = []
    for r in rows:
        r = dict(r)
        for c in untyped:
            v = r.get(c)
            if v is not None and not isinstance(v, str):
                r[c] = dumps(v)
        out.append(r)
    return out


def encode_parquet(rows: list[dict], schema) -> bytes:
    """One Parquet file (zstd codec) holding ``rows``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


# ---------------------------------------------------------------- reading output back
def read_rows(path: str | Path, fmt: str | None = None) -> list[dict]:
    """Read an output file (statements, articles or errors) back as a list of dicts.

    CSV/TSV cells come back as the text written (see :func:`text_cell`).
    Meant for tests and small files.
    """
    path = Path(path)
    fmt, comp = detect(path, fmt)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if path.is_dir():
            import pyarrow as pa

            files = sorted(path.rglob("*.parquet"))
            return pa.concat_tables([pq.read_table(p) for p in files]).to_pylist() if files else []
        return pq.read_table(path).to_pylist()
    stream, _ = _open_binary(path, comp)
    with stream:
        data = stream.read().decode("utf-8")
    if fmt == "jsonl":
        return [json.loads(line) for line in data.split("\n") if line.strip()]
    reader = csv.DictReader(io.StringIO(data, newline=""), delimiter="," if fmt == "csv" else "\t")
    return [dict(r) for r in reader]
