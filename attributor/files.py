"""What every command checks about the files it is given, before it touches anything.

* :func:`check_input` -- the input exists, is a regular file (or a directory
  where one is accepted) and can be opened; a FIFO, a device or a socket is
  refused (reading one would block or never end);
* :func:`refuse_same_file` -- no output is the input (same resolved path, or
  the same inode through a hard or symbolic link): writing it would destroy
  the input before it is read;
* :func:`decode_text` -- bytes to text, refusing binary data (NUL characters
  or a high share of control characters), which ``--errors replace`` would
  otherwise turn into "text" and score.

All three raise :class:`UsageError` (a ``ValueError``): the CLI prints its
message and exits 2, without a traceback.
"""
from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path
from typing import Iterable

#: How much of a text is looked at to tell binary data from text.
BINARY_SAMPLE = 64 * 1024
#: Share of control (or undecodable) characters above which a text is binary.
BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


class UsageError(ValueError):
    """A user error about the files given: a clear message, exit status 2, nothing touched."""


def check_input(path: str | Path, *, what: str = "input", allow_dir: bool = False) -> Path:
    """Return ``path`` if it can be read as input; raise :class:`UsageError` with the reason otherwise."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise UsageError(f"{what} {p} does not exist") from None
    except OSError as err:
        raise UsageError(f"cannot read {what} {p}: {err.strerror or err}") from None
    if stat.S_ISDIR(st.st_mode):
        if not allow_dir:
            raise UsageError(f"{what} {p} is a directory; give a file")
        if not os.access(p, os.R_OK | os.X_OK):
            raise UsageError(f"cannot read {what} {p}: permission denied")
        return p
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
        raise UsageError(f"{what} {p} is {kind}, not a regular file; pipe it to '-' (standard input) instead"
                         if what != "model" else f"{what} {p} is {kind}, not a regular file")
    try:
        with open(p, "rb"):
            pass
    except OSError as err:
        raise UsageError(f"cannot read {what} {p}: {err.strerror or err}") from None
    return p


def _same(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def refuse_same_file(inputs: Iterable[str | Path | None], outputs: Iterable[tuple[str, str | Path | None]]) -> None:
    """Raise :class:`UsageError` when an output (``(what, path)``) is one of the inputs.

    Compared by resolved path and by device and inode, so a hard link or a
    symbolic link to the input is caught too. ``-`` and ``None`` are skipped.
    """
    ins = [Path(p) for p in inputs if p is not None and str(p) != "-"]
    for what, out in outputs:
        if out is None or str(out) == "-":
            continue
        for inp in ins:
            if _same(Path(out), inp):
                raise UsageError(f"the {what} {out} is the input file {inp}; writing it would destroy the input. "
                                 "Choose another output name")


def binary_reason(text: str) -> str | None:
    """Why ``text`` looks like binary data rather than text (None if it looks like text)."""
    sample = text[:BINARY_SAMPLE]
    nul = sample.find("\x00")
    if nul >= 0:
        return f"it holds a NUL character (at character {nul})"
    if not sample:
        return None
    odd = sum(1 for c in sample if (c < " " and c not in _TEXT_CONTROLS) or c == "\ufffd" or "\x7f" <= c < "\xa0")
    if odd / len(sample) > BINARY_CONTROL_SHARE:
        return f"{odd / len(sample):.0%} of its first {len(sample):,} characters are control or undecodable characters"
    return None


def decode_text(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """``data`` as text; :class:`UsageError` when it does not decode or is binary."""
    try:
        text = data.decode(encoding, errors=errors)
    except UnicodeDecodeError as err:
        raise UsageError(f"{name} is not valid {encoding} at byte offset {err.start} "
                         f"({data[err.start:err.start + 4]!r}); pass --encoding or --errors replace") from None
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (--encoding)") from None
    reason = binary_reason(text)
    if reason:
        raise UsageError(f"{name} looks like a binary file, not text: {reason}")
    return text


#: Characters that carry no text: zero-width spaces and joiners, the BOM, word joiner, soft hyphen.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing to score: only whitespace, zero-width or control characters."""
    for c in text:
        if c.isspace() or c in _INVISIBLE:
            continue
        if unicodedata.category(c) in ("Cc", "Cf"):
            continue
        return False
    return True
