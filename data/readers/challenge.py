"""Read the challenge set: the corpus markup with a phenomenon family per statement.

``data/challenge/src/*.txt`` is written in the markup of
``data/corpus/FORMAT.md`` with one addition: a statement's tag may carry the
family of error it tests after a bar, ``[A|anon_quote]``, ``+[D<|interview]``.
The families are stripped before compiling and kept on each statement
(``family``, or None). The challenge set is never trained on:
:func:`attributor.data.corpus.corpus_files` reads ``data/corpus`` only.
"""
from __future__ import annotations

import re
from pathlib import Path

from attributor.data.compile import parse, to_records

#: The error families of the speaker-model issue the set measures, one accuracy each.
FAMILIES = ("anon_quote", "anon_group", "interview", "colon_intro", "quote_open", "credits", "source_span")
#: Where the set lives in a checkout.
CHALLENGE_DIR = Path(__file__).resolve().parents[1] / "challenge" / "src"
#: The second slice, by two new blind writers (``benchmarks/challenge.py --root data/challenge/slice2``).
SLICE2_DIR = CHALLENGE_DIR.parent / "slice2" / "src"
_FAMILY_TAG = re.compile(r"^(\+?\[[A-Z][<>]?)\|([a-z_]+)\]")


class ChallengeSyntaxError(ValueError):
    """A family tag the reader does not know."""


def strip_families(source: str, path: str) -> tuple[str, dict[int, str]]:
    """Remove ``|family`` from the tags; return the plain markup and {line number: family}."""
    out, families = [], {}
    for lineno, line in enumerate(source.splitlines(), start=1):
        m = _FAMILY_TAG.match(line)
        if m:
            fam = m.group(2)
            if fam not in FAMILIES:
                raise ChallengeSyntaxError(f"{path}:{lineno}: unknown family {fam!r}; use one of {FAMILIES}")
            families[lineno] = fam
            line = m.group(1) + "]" + line[m.end():]
        out.append(line)
    return "\n".join(out) + "\n", families


def load_challenge(src: Path = CHALLENGE_DIR) -> list[dict]:
    """Compile every challenge file (corpus records); each statement gets its ``family`` (or None).

    Raises :class:`~attributor.data.compile.CorpusSyntaxError` or
    :class:`ChallengeSyntaxError` with the file and line of a bad line.
    """
    records = []
    for path in sorted(Path(src).glob("*.txt")):
        plain, families = strip_families(path.read_text(encoding="utf-8"), str(path))
        for rec in to_records(parse(plain, str(path)), str(path)):
            for st in rec["statements"]:
                st["family"] = families.get(st["line"])
            records.append(rec)
    return records
