"""The tutorial notebooks run top to bottom on the bundled sample and are stored without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from workbench.report import kernel_config, template_path

ROOT = Path(__file__).resolve().parents[1]
TUTORIALS = sorted((ROOT / "notebooks").glob("*.ipynb"))
STORED = TUTORIALS + [ROOT / "notebooks" / "reports" / "corpus-report.ipynb"]


def test_the_tutorials_are_there():
    assert [p.name for p in TUTORIALS] == ["01-load-and-inspect.ipynb", "02-timeline.ipynb", "03-quotes-and-actors.ipynb"]


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code), (
        f"{path.name} has outputs: strip them with `nbstripout {path.relative_to(ROOT)}`"
    )


def test_report_notebook_is_a_relative_link_to_the_packaged_template():
    link = ROOT / "notebooks" / "reports" / "corpus-report.ipynb"
    assert link.is_symlink() and not os.path.isabs(os.readlink(link))
    assert link.resolve() == template_path().resolve()
    notebook = nbformat.read(template_path(), as_version=4)
    parameters = [cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(parameters) == 1
    for name in ("sources", "date_from", "date_to", "actors"):
        assert f"{name} = " in parameters[0].source


@pytest.mark.parametrize("path", TUTORIALS, ids=lambda p: p.name)
def test_tutorial_runs_on_the_sample(path):
    notebook = nbformat.read(path, as_version=4)
    # Raises CellExecutionError on the first cell that fails.
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}, config=kernel_config()
    ).execute()
    charts_shown = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
        if 'class="wb-chart"' in output.get("data", {}).get("text/html", "")
    ]
    chart_cells = [
        cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.strip().splitlines()[-1].startswith("charts.")
    ]
    assert len(charts_shown) == len(chart_cells) > 0
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"]
    assert errors == []
