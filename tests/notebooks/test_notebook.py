"""The fact-checker notebook runs top to bottom on a clean kernel, and is committed with its outputs."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "fact_checker.ipynb"
#: Whole-notebook budget; a cell that runs longer than this fails the run on its own.
TIME_LIMIT = 60


def test_notebook_is_committed_with_its_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "run the notebook before committing it"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run it top to bottom"
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    kinds = {k for c in code for o in c.outputs for k in o.get("data", {})}
    assert {"text/html", "image/png"} <= kinds


def test_each_cell_is_short_and_calls_the_package():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code" or cell.source.startswith("ARTICLE = "):
            continue
        lines = [ln for ln in cell.source.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        assert len(lines) <= 6, cell.source
        assert not any(ln.lstrip().startswith(("def ", "class ", "for ", "while ", "lambda")) for ln in lines), \
            cell.source


def _kernel_of_this_interpreter(tmp_path, monkeypatch) -> str:
    """A kernelspec that runs this very Python, found before any other ``python3`` kernel on the machine."""
    spec = tmp_path / "jupyter" / "kernels" / "attributor-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "attributor test", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "attributor-test"


def test_notebook_runs_top_to_bottom_on_a_clean_kernel(tmp_path, monkeypatch):
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    kernel = _kernel_of_this_interpreter(tmp_path, monkeypatch)
    client = nbclient.NotebookClient(nb, timeout=TIME_LIMIT, kernel_name=kernel,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    started = time.monotonic()
    client.execute()  # raises CellExecutionError on the first cell that errors
    elapsed = time.monotonic() - started
    assert elapsed < TIME_LIMIT, f"the notebook took {elapsed:.0f}s"
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2  # profile and outlet plots
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert 'class="attributor"' in html and "Rosa Illing" in html
