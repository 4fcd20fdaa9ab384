"""How the `workbench` command fails: one line and a status, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dask
import pytest

import workbench as wb
from workbench.cli import ERRORS_LISTED, main
from test_sources import article_html

WORKBENCH = Path(sys.executable).parent / "workbench"


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "a.html"
    path.write_text(article_html("Error handling story"), encoding="utf-8")
    return path


def one_line(text: str) -> str:
    """``text`` if it is a single line (the whole of a one-line error), else a failed assertion."""
    assert text.count("\n") == 1 and text.endswith("\n") and "Traceback" not in text, text
    return text.rstrip("\n")


def test_a_model_that_is_not_installed_is_named_before_any_folder_is_made(article, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["parse", str(article), "--out", str(out), "--model", "no_such_model", "--no-progress"]) == 2
    error = one_line(capsys.readouterr().err)
    assert error.startswith("workbench parse: the spaCy pipeline 'no_such_model' is not installed") and "pip install" in error
    assert not out.exists()


@pytest.mark.parametrize("option", ["--workers", "--batch-size"])
def test_a_count_below_one_is_refused_before_any_folder_is_made(article, tmp_path, capsys, option):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as stopped:
        main(["parse", str(article), "--out", str(out), "--no-nlp", "--no-progress", option, "0"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert f"workbench parse: error: argument {option}: must be a whole number of at least 1, got '0'" in error
    assert "Traceback" not in error and not out.exists()


def test_an_unreachable_scheduler_is_one_line(article, tmp_path, capsys):
    # Port 1 refuses connections; distributed retries until its connect timeout, here 1 s, not 30.
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(["parse", str(article), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress", "--scheduler", "tcp://127.0.0.1:1"])
    assert status == 2
    error = one_line(capsys.readouterr().err)
    assert error.startswith("workbench parse: cannot reach the Dask scheduler: ") and "tcp://127.0.0.1:1" in error
    assert not (tmp_path / "out").exists()


def test_a_pdf_without_chromium_is_refused_before_the_notebook_runs(article, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    status = main(["report", str(article), "--out", str(tmp_path / "r.html"), "--pdf", str(tmp_path / "r.pdf")])
    assert status == 2
    assert one_line(capsys.readouterr().err).startswith("workbench report: printing to PDF needs Chromium, which is not installed")
    assert not (tmp_path / "r.html").exists()


def test_a_report_that_fails_later_is_one_line_too(article, tmp_path, capsys, monkeypatch):
    """A notebook or Chromium failure after the check (a :class:`ReportError`) ends the same way."""
    import workbench.report

    def failing_report(*args, **kwargs):
        raise workbench.report.ReportError("the report notebook failed in cell 3: KeyError: 'quotes'")

    monkeypatch.setattr(workbench.report, "build_report", failing_report)
    assert main(["report", str(article), "--out", str(tmp_path / "r.html")]) == 2
    assert one_line(capsys.readouterr().err) == "workbench report: the report notebook failed in cell 3: KeyError: 'quotes'"


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    """`workbench search ... | head -1`: the pipe is closed here before the command writes, so
    the write always fails (a reader that takes a line first would race the writer)."""
    wb.load(wb.samples_dir(), nlp=False, progress=False).to_parquet(tmp_path / "run")
    command = subprocess.Popen([WORKBENCH, "search", str(tmp_path / "run"), "minist*"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    command.stdout.close()
    error = command.stderr.read()
    assert command.wait() == 1
    assert error == ""


def test_the_summary_lists_the_first_errors_and_counts_them_all_by_type(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # short relative sources, which the listing shows whole
    Path("in").mkdir()
    Path("in", "article.html").write_text(article_html("The one article"), encoding="utf-8")
    for n in range(ERRORS_LISTED + 2):
        Path("in", f"not-an-article-{n:02}.html").write_text(f"<html><body><p>Page {n} of nothing</p></body></html>", encoding="utf-8")
    out = Path("out")
    assert main(["parse", "in", "missing.html", "--out", str(out), "--no-nlp", "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    errors = wb.read_parquet(out).errors
    assert len(errors) == ERRORS_LISTED + 3
    assert f"errors by type: NotAnArticle {ERRORS_LISTED + 2}, FileNotFoundError 1" in lines
    listed = lines[lines.index("errors:") + 2 : -1]  # after the column header, before the last line
    assert [line.split()[0] for line in listed] == errors.source[:ERRORS_LISTED].tolist()
    assert lines[-1] == f"… and 3 more errors (see {out / 'errors.parquet'})"


def test_parse_fails_when_nothing_loaded(tmp_path, capsys):
    missing = tmp_path / "missing.html"
    assert main(["parse", str(missing), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress"]) == 1
    assert "0 articles, 1 errors" in capsys.readouterr().out
    assert wb.read_parquet(tmp_path / "out").errors.source.tolist() == [str(missing)]


def test_parse_fails_when_there_is_nothing_to_load(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["parse", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress"]) == 1
    assert "0 articles, 0 errors" in capsys.readouterr().out


@pytest.mark.parametrize("option", ["--out", "--cache"])
def test_a_folder_option_naming_a_file_is_one_line(article, tmp_path, capsys, option):
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    folders = {"--out": tmp_path / "out", "--cache": None, option: tmp_path / "taken"}
    args = ["parse", str(article), "--out", str(folders["--out"]), "--no-nlp", "--no-progress"]
    if folders["--cache"]:
        args += ["--cache", str(folders["--cache"])]
    assert main(args) == 2
    assert one_line(capsys.readouterr().err) == f"workbench parse: {option} {tmp_path / 'taken'} is a file, not a folder"


def test_a_strict_run_that_fails_removes_the_folder_it_made(tmp_path, capsys):
    (tmp_path / "bad.html").write_text("<html></html>", encoding="utf-8")
    assert main(["parse", str(tmp_path / "bad.html"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress", "--strict"]) == 2
    assert not (tmp_path / "out").exists()


def test_a_date_option_that_is_no_date_is_refused(article, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", str(article), "--out", str(tmp_path / "r.html"), "--from", "last week"])
    assert exit_.value.code == 2
    assert "not a date as YYYY-MM-DD: 'last week'" in capsys.readouterr().err


def test_the_library_refuses_a_bad_option_before_making_the_folder(article, tmp_path):
    """`wb.load_to_parquet` itself, not only the command, fails before the folder exists."""
    with pytest.raises(wb.nlp.ModelNotFound):
        wb.load_to_parquet(article, tmp_path / "out", model="no_such_model_xx", progress=False)
    with pytest.raises(ValueError, match="workers must be a whole number of at least 1"):
        wb.load_to_parquet(article, tmp_path / "out", nlp=False, workers=0, progress=False)
    assert not (tmp_path / "out").exists()
