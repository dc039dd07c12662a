"""The name generator and the rule it serves: no family name in more than two articles."""
import csv
import re
from collections import defaultdict

import pytest

from attributor.data.corpus import CORPUS_DIR, load_records
from attributor.data.names import FAMILY, GIVEN, allocate

NAMES_DIR = CORPUS_DIR / "names"


def test_allocation_is_deterministic_and_never_repeats_a_family_name():
    ids = [f"doc-{i:03d}" for i in range(40)]
    first, again = allocate(ids, people_per_doc=12, seed=7), allocate(ids, people_per_doc=12, seed=7)
    assert first == again
    families = [fam for people in first.values() for _, fam, _ in people]
    assert len(families) == len(set(families)) == 40 * 12
    assert len({culture for people in first.values() for *_, culture in people}) >= 10


def test_a_chained_allocation_avoids_the_names_already_used():
    one = allocate(["a"], people_per_doc=20, seed=1)
    used = {fam for _, fam, _ in one["a"]}
    two = allocate(["b"], people_per_doc=20, seed=1, exclude=used)
    assert used.isdisjoint(fam for _, fam, _ in two["b"])


def test_an_exhausted_pool_is_refused_before_anything_is_allocated():
    with pytest.raises(ValueError, match="exhausted"):
        allocate([f"d{i}" for i in range(10_000)], people_per_doc=16)


def test_pools_cover_many_cultures():
    assert len(FAMILY) >= 20 and set(FAMILY) == set(GIVEN)


def test_no_allocated_family_name_appears_in_more_than_two_articles():
    allocated = defaultdict(set)
    for tsv in sorted(NAMES_DIR.glob("*.tsv")):
        with tsv.open(encoding="utf-8") as fh:
            for doc_id, _given, family, _culture in csv.reader(fh, delimiter="\t"):
                allocated[family].add(doc_id)
    assert allocated, f"no name allocations in {NAMES_DIR}"
    texts = {r["doc_id"]: r["text"] for r in load_records()}
    lower = " ".join(texts.values())
    given = {name for names in GIVEN.values() for name in names}
    crowded = {}
    for family in allocated:
        if family in given or re.search(r"\b" + re.escape(family.lower()) + r"\b", lower):
            continue  # also a given name ("Sanna") or an ordinary word ("Long"): not countable by spelling
        pattern = re.compile(r"\b" + re.escape(family) + r"\b")
        docs = [d for d, t in texts.items() if pattern.search(t)]
        if len(docs) > 2:
            crowded[family] = docs
    assert not crowded, crowded
