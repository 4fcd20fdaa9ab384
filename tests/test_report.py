"""The report's HTML pieces escape web text, and build_report gives one offline page in order."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
from pathlib import Path
from typing import NamedTuple

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from test_charts import EVIL_QUOTE, EVIL_SPEAKER, EVIL_TITLE, small_corpus
from workbench import charts, notebook, report
from workbench.corpus import Corpus

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


def template_charts() -> int:
    """Charts the report template shows: code cells whose last line is a ``charts.`` call."""
    book = nbformat.read(report.template_path(), as_version=4)
    return sum(1 for c in book.cells if c.cell_type == "code" and c.source.strip().splitlines()[-1].startswith("charts."))


def _script_tags(page: str) -> int:
    return len(re.findall(r"<script\b", page, re.IGNORECASE))


def test_summary_escapes_and_counts():
    page = report.summary_html(small_corpus(), actors=["<b>NATO</b>"])
    assert EVIL_SPEAKER not in page and "&lt;/script&gt;&lt;script&gt;alert(1)" in page
    assert "&lt;b&gt;NATO&lt;/b&gt;" in page
    assert "<dt>Articles</dt><dd>3 (1 without a date)</dd>" in page
    assert "<dt>Published</dt><dd>2004-07-20 to 2004-08-01</dd>" in page
    assert "Jaap de Hoop Scheffer (2)" in page
    assert _script_tags(page) == 0


def test_summary_names_languages_and_counts_exact_copies_apart_from_failures():
    corpus = small_corpus()
    articles = corpus.articles.copy()
    articles["language"] = ["de", "en", "en"]
    errors = pd.DataFrame({"source": ["a.html", "b.html"], "stage": ["load", "extract"],
                           "error": ["DuplicateInput", "NotAnArticle"], "message": ["same content as c.html", "no body"]})
    page = report.summary_html(Corpus({**corpus.tables, "articles": articles, "errors": errors}))
    assert "<dt>Languages</dt><dd>en (2), de (1); quotes, actors and dates in the text are found in English articles only (1 are not)</dd>" in page
    assert '<dt>Inputs that failed</dt><dd><a href="#provenance">1</a>' in page
    assert "<dt>Exact copies left out</dt><dd>1 inputs whose content was already loaded</dd>" in page


def test_nothing_to_report_is_an_error_not_an_empty_report(tmp_path):
    import workbench as wb

    with pytest.raises(report.ReportError, match="nothing to report: no article was loaded; 1 inputs failed, first: .*missing.html: FileNotFoundError"):
        report.build_report([str(tmp_path / "missing.html")], tmp_path / "r.html")
    with pytest.raises(report.ReportError, match="no article matches the selection"):
        report.build_report([str(wb.samples_dir())], tmp_path / "r.html", date_from="2030-01-01")
    assert not (tmp_path / "r.html").exists()


def test_quotes_table_escapes_every_cell_and_limits_rows():
    page = report.quotes_table_html(small_corpus())
    assert EVIL_QUOTE not in page and EVIL_TITLE not in page
    assert "&lt;img src=x onerror=" in page
    assert _script_tags(page) == 1  # the filter script
    assert page.count("<tr>") == 1 + 6
    limited = report.quotes_table_html(small_corpus(), limit=2)
    assert limited.count("<tr>") == 1 + 2 and "the first 2 of 6" in limited
    assert "No quotes" in report.quotes_table_html(Corpus({}))


def test_a_printed_report_lists_the_first_quotes_and_says_so(monkeypatch):
    assert f"@media print {{ #wb-quotes tbody tr:nth-child(n+{report.PRINTED_QUOTES + 1}) {{ display: none; }} }}" in report._CSS
    monkeypatch.setattr(report, "PRINTED_QUOTES", 4)
    page = report.quotes_table_html(small_corpus())
    assert '<p class="wb-note wb-print-only">Printed here: the first 4 quotes of 6; the HTML report lists them all.</p>' in page
    assert "wb-print-only" not in report.quotes_table_html(small_corpus(), limit=4)


def test_provenance_hashes_inputs_and_lists_errors(tmp_path):
    page_file = tmp_path / "a.html"
    page_file.write_bytes(b"<html><title>x</title></html>")
    (tmp_path / "notes.bin").write_bytes(b"\0")  # not an input type: the loader skips it
    page = report.provenance_html(small_corpus(), [str(tmp_path), "https://example.org/story"])
    assert hashlib.sha256(page_file.read_bytes()).hexdigest() in page
    assert "notes.bin" not in page
    assert "https://example.org/story" in page and "(not a local file)" in page
    assert "NotAnArticle" in page and "<h3>Inputs that did not become articles (1)</h3>" in page
    assert "altair" in page and "vega-lite" in page


def test_export_is_offline_with_the_bundle_once_in_the_head(tmp_path):
    spec = charts.quotes_by_speaker(small_corpus()).to_dict()
    book = new_notebook(cells=[
        new_markdown_cell("# Title"),
        new_code_cell("chart", outputs=[new_output("display_data", data={"text/html": notebook.chart_html(spec)})]),
        new_code_cell("chart", outputs=[new_output("display_data", data={"text/html": notebook.chart_html(spec)})]),
        new_markdown_cell("Template note", metadata={"tags": ["remove-cell"]}),
    ])
    executed = tmp_path / "executed.ipynb"
    nbformat.write(book, executed)
    page = report.export_html(executed, tmp_path / "out.html").read_text()
    assert page.count("window.vegaEmbed=") == 1
    assert page.index("window.vegaEmbed=") < page.index("<body class=\"jp-Notebook\"")
    assert _script_tags(page) == 1 + 2
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    assert "require.js" not in page and "mathjax" not in page.lower()
    assert "<title>Corpus report</title>" in page
    assert "Template note" not in page.split("<body class=\"jp-Notebook\"", 1)[1]
    assert ">chart<" not in page  # code cells are not shown


class SampleReport(NamedTuple):
    html: Path
    stderr: str  # what the run wrote to file descriptor 2, the kernel's included


@contextlib.contextmanager
def stderr_to(path: Path):
    """Point file descriptor 2 at ``path``: child processes such as the kernel inherit it."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with path.open("wb") as target:
            os.dup2(target.fileno(), 2)
            yield
            sys.stderr.flush()
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> SampleReport:
    import workbench as wb

    folder = tmp_path_factory.mktemp("report")
    with stderr_to(folder / "stderr.txt"):
        html = report.build_report([str(wb.samples_dir())], folder / "report.html")
    return SampleReport(html, (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace"))


def test_report_on_the_sample_reads_in_order(sample_report):
    page = sample_report.html.read_text(encoding="utf-8")
    body = page.split("<body class=\"jp-Notebook\"", 1)[1]
    order = [body.index(marker) for marker in ('class="wb-summary"', 'class="wb-chart"', 'id="wb-quotes"', 'id="provenance"')]
    assert order == sorted(order)
    assert body.count('class="wb-chart"') == template_charts() == 7
    assert not EXTERNAL.search(page)
    assert "About this template" not in page  # the remove-cell note
    import workbench as wb

    for sample in sorted(p for p in wb.samples_dir().rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".jsonl")):
        assert hashlib.sha256(sample.read_bytes()).hexdigest() in page


def test_report_kernel_does_not_warn_about_unencrypted_tcp(sample_report):
    # ipykernel 7 logs this when its manager gives it no CurveZMQ keys (see report.kernel_config).
    assert "without encryption" not in sample_report.stderr, sample_report.stderr
    assert "[IPKernelApp] WARNING" not in sample_report.stderr, sample_report.stderr


def test_report_parameters_select_articles(tmp_path):
    import workbench as wb

    corpus = wb.load(wb.samples_dir(), progress=False)
    dated = corpus.articles.dropna(subset=["published"]).sort_values("published")
    first_day = dated["published"].iloc[0].strftime("%Y-%m-%d")
    page = report.build_report([str(wb.samples_dir())], tmp_path / "r.html", date_from=first_day, date_to=first_day).read_text()
    expected = corpus.select(date_from=first_day, date_to=first_day)
    assert f"<dt>Articles</dt><dd>{len(expected.articles):,}" in page
    assert f"published {first_day} to {first_day}" in page


def test_report_can_count_each_story_once(tmp_path):
    import shutil

    import workbench as wb

    folder = tmp_path / "pages"
    shutil.copytree(wb.samples_dir(), folder)
    original = folder / "004_northern_ledger_arctic_talks.txt"
    copy = original.read_text(encoding="utf-8").rstrip() + "\n\nThis story was first published by the Northern Ledger.\n"
    (folder / "005_reprint.txt").write_text(copy, encoding="utf-8")
    page = report.build_report([str(folder)], tmp_path / "r.html", drop_near_duplicates=True).read_text()
    assert "each story once (1 near-duplicate articles left out)" in page
    assert "<dt>Articles</dt><dd>5" in page


def test_pdf_without_chromium_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(report.shutil, "which", lambda name: None)
    with pytest.raises(report.ReportError, match=re.escape("apt-get install -y chromium")):
        report.print_pdf(tmp_path / "r.html", tmp_path / "r.pdf")


def test_a_bad_date_is_refused_before_running(tmp_path):
    with pytest.raises(ValueError, match="date_from must be a date"):
        report.build_report([str(tmp_path)], tmp_path / "r.html", date_from="not a date")
    assert not (tmp_path / "r.html").exists()


def test_a_failing_notebook_is_a_clear_error(tmp_path, monkeypatch):
    broken = tmp_path / "broken.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("sources = []", metadata={"tags": ["parameters"]}), new_code_cell("1 / 0")],
                                metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}}), broken)
    monkeypatch.setattr(report, "template_path", lambda: broken)
    with pytest.raises(report.ReportError, match="report notebook failed .*ZeroDivisionError"):
        report.build_report([str(tmp_path)], tmp_path / "r.html")


def test_a_static_chart_lets_its_text_spill_rather_than_cut_it():
    """The picture is sized by vl-convert's font; a browser's wider font must not clip a legend title."""
    page = notebook.chart_html(charts.quotes_by_speaker(small_corpus()).to_dict())
    assert page.count('<svg style="overflow: visible"') == 1
