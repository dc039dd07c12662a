"""Imports go one way: features -> model -> data -> interfaces -> cli (issue 14).

Walks every ``import`` and ``from ... import`` of the package's modules
(function-level imports too) and fails on one against the direction. The
layers, lowest first:

0. ``attributor`` (the version) and ``attributor.compact_json``: plain helpers anyone may use;
1. ``attributor.features``: text to statements and feature rows;
2. ``attributor.model``: labels, the scorer, results, training;
3. ``attributor.data``: the corpus tools and readers (they use the labels);
4. the interfaces over the scorer: ``batch``, ``api``, ``report``, ``render``, ``files``, ``setup``;
5. ``attributor.cli``, which nothing imports.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"attributor": ROOT / "attributor", "attributor.features": ROOT / "features",
            "attributor.model": ROOT / "model", "attributor.data": ROOT / "data"}

#: Known exceptions, each with why it is still there. Only lines in files another change owns may stay here.
ALLOWED: dict[tuple[str, str], str] = {}


def layer(module: str) -> int:
    if module in ("attributor", "attributor.compact_json"):
        return 0
    for prefix, rank in (("attributor.features", 1), ("attributor.model", 2), ("attributor.data", 3),
                         ("attributor.cli", 5)):
        if module == prefix or module.startswith(prefix + "."):
            return rank
    return 4


def modules() -> dict[str, Path]:
    out = {}
    for pkg, root in PACKAGES.items():
        for path in root.rglob("*.py"):
            rel = path.relative_to(root).with_suffix("").parts
            if pkg == "attributor" and rel[0] in ("features", "model", "data"):
                continue
            name = ".".join((pkg, *rel)).removesuffix(".__init__")
            out[name] = path
    return out


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("attributor"):
                found.add(node.module)
                # "from attributor.model import persist" imports attributor.model.persist
                found.update(f"{node.module}.{a.name}" for a in node.names
                             if f"{node.module}.{a.name}" in modules())
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("attributor"))
    return found


def violations() -> list[tuple[str, str]]:
    return sorted((mod, imp) for mod, path in modules().items() for imp in imports(path)
                  if layer(imp) > layer(mod) and not imp.startswith(mod + "."))


def test_the_walk_sees_the_whole_package():
    mods = modules()
    assert {"attributor.cli", "attributor.batch.work", "attributor.model.score", "attributor.features.vocab",
            "attributor.data.corpus", "attributor.api.app"} <= set(mods)
    assert "attributor.model.results" in imports(mods["attributor.batch.work"])


def test_imports_go_one_way():
    wrong = [v for v in violations() if v not in ALLOWED]
    assert not wrong, "imports against features -> model -> data -> interfaces -> cli:\n" + "\n".join(
        f"  {m} imports {i}" for m, i in wrong)


def test_every_allowed_exception_still_exists():
    stale = set(ALLOWED) - set(violations())
    assert not stale, f"fixed: remove from ALLOWED: {stale}"


@pytest.mark.parametrize("module,imported,rank_ok", [
    ("attributor.batch.formats", "attributor.cli", False),
    ("attributor.model.score", "attributor.model.train", True),
    ("attributor.features.rows", "attributor.model.labels", False),
    ("attributor.data.compile", "attributor.model.labels", True),
])
def test_the_layers_say_what_the_issue_says(module, imported, rank_ok):
    assert (layer(imported) <= layer(module)) is rank_ok
