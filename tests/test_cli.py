"""The `workbench` command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

import workbench as wb
from workbench.cli import main
from test_sources import article_html

WORKBENCH = Path(sys.executable).parent / "workbench"


def test_help_texts_are_useful_on_their_own():
    top = subprocess.run([WORKBENCH, "--help"], capture_output=True, text=True, check=True).stdout
    assert "parse" in top and "search" in top and "report" in top and "Examples" in top
    parse = subprocess.run([WORKBENCH, "parse", "--help"], capture_output=True, text=True, check=True).stdout
    for words in ("--out", "JSONL", "folders", "--no-nlp", "--strict", "sample", "Exit status"):
        assert words in parse


def test_schema_prints_the_table_reference(capsys):
    from workbench import schema

    assert main(["schema"]) == 0
    assert capsys.readouterr().out.strip() == schema.markdown().strip()


def test_parse_writes_one_parquet_file_per_table_and_a_summary(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(article_html("CLI story"), encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text("<html></html>", encoding="utf-8")
    assert main(["parse", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert "1 articles, 1 errors" in printed and "b.html" in printed
    assert pd.read_parquet(tmp_path / "out" / "articles.parquet").title.tolist() == ["CLI story"]
    assert wb.read_parquet(tmp_path / "out").errors.stage.tolist() == ["extract"]


def test_parse_strict_names_the_first_failure_without_a_traceback(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(article_html("One"), encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text("", encoding="utf-8")
    assert main(["parse", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress", "--strict"]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"workbench parse: {tmp_path / 'in' / 'b.html'}: load failed: ValueError") and "Traceback" not in error


def test_search_prints_every_hit_in_context_and_can_write_csv(tmp_path, capsys):
    wb.load(wb.samples_dir(), nlp=False, progress=False).to_parquet(tmp_path / "run")
    assert main(["search", str(tmp_path / "run"), "minist*", "--window", "2", "--csv", str(tmp_path / "hits.csv")]) == 0
    lines = capsys.readouterr().out.splitlines()
    hits = pd.read_csv(tmp_path / "hits.csv")
    assert lines[-1] == f"{len(hits)} hits in {hits.article_id.nunique()} articles; written to {tmp_path / 'hits.csv'}"
    assert len(hits) >= 3 and hits["match"].str.lower().str.startswith("minist").all()
    for line, hit in zip(lines, hits.itertuples()):
        assert line.startswith(f"{hit.article_id} ¶{hit.paragraph}") and f"[{hit.match}]" in line


def test_search_of_a_missing_folder_or_a_bad_regex_says_so(tmp_path, capsys):
    assert main(["search", str(tmp_path / "nowhere"), "NATO"]) == 2
    assert "no articles table" in capsys.readouterr().err
    wb.load(wb.samples_dir(), nlp=False, progress=False).to_parquet(tmp_path / "run")
    assert main(["search", str(tmp_path / "run"), "(", "--regex"]) == 2
    assert "unterminated" in capsys.readouterr().err


def test_rebuild_makes_a_parsed_folder_again_from_its_manifest(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(article_html("First version"), encoding="utf-8")
    assert main(["parse", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress"]) == 0
    (tmp_path / "in" / "a.html").write_text(article_html("Second version"), encoding="utf-8")
    capsys.readouterr()
    assert main(["rebuild", str(tmp_path / "out"), "--no-progress"]) == 0
    assert "rebuilding" in capsys.readouterr().out
    assert wb.read_parquet(tmp_path / "out").articles.title.tolist() == ["Second version"]
    assert main(["rebuild", str(tmp_path / "in")]) == 2
    assert "no manifest.json" in capsys.readouterr().err


def test_progress_bar_shows_rate_and_eta_on_stderr(tmp_path, capsys):
    for n in range(4):
        (tmp_path / f"{n}.html").write_text(article_html(f"Story {n}"), encoding="utf-8")
    wb.load(tmp_path, nlp=False, batch_size=2, progress=True)
    err = capsys.readouterr().err
    assert "4/4" in err and "input/s" in err and "<" in err  # tqdm prints elapsed<remaining


def test_parse_with_workers_and_a_cache(tmp_path, capsys):
    """`--workers` and `--cache` reach wb.load: the rerun reads every article from the cache."""
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"{n}.html").write_text(article_html(f"Cached story {n}"), encoding="utf-8")
    args = ["parse", str(tmp_path / "in"), "--no-nlp", "--no-progress", "--batch-size", "1", "--workers", "2", "--cache", str(tmp_path / "cache")]
    assert main([*args, "--out", str(tmp_path / "first")]) == 0
    (batches,) = [p for p in (tmp_path / "cache").iterdir() if p.is_dir()]
    assert len(list(batches.glob("batch-*/articles.parquet"))) == 3
    assert main([*args, "--out", str(tmp_path / "second")]) == 0
    assert "3 articles, 0 errors" in capsys.readouterr().out
    first, second = wb.read_parquet(tmp_path / "first"), wb.read_parquet(tmp_path / "second")
    pd.testing.assert_frame_equal(first.articles, second.articles)
    assert sorted(second.articles.title) == ["Cached story 0", "Cached story 1", "Cached story 2"]


def test_parse_on_a_dask_scheduler(tmp_path, capsys):
    from distributed import LocalCluster

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(article_html("Story parsed on a cluster"), encoding="utf-8")
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        assert main(["parse", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress", "--scheduler", cluster.scheduler_address]) == 0
    assert "1 articles, 0 errors" in capsys.readouterr().out
    assert wb.read_parquet(tmp_path / "out").articles.title.tolist() == ["Story parsed on a cluster"]


def test_fetch_and_report_options_reach_the_library(tmp_path, monkeypatch):
    """`--connections`, `--host-delay`, `--ignore-robots` and `--each-story-once` are passed on, not dropped."""
    import workbench.corpus
    import workbench.report
    from workbench.sources import FetchOptions

    passed = {}
    real = workbench.corpus.load_to_parquet
    monkeypatch.setattr(workbench.corpus, "load_to_parquet", lambda *args, **kwargs: passed.update(kwargs) or real(*args, **kwargs))
    (tmp_path / "a.html").write_text(article_html("Options story"), encoding="utf-8")
    args = ["parse", str(tmp_path / "a.html"), "--out", str(tmp_path / "out"), "--no-nlp", "--no-progress"]
    assert main([*args, "--connections", "3", "--host-delay", "0.5"]) == 0
    assert passed["fetch"] == FetchOptions(connections=3, host_delay=0.5)
    assert main([*args, "--ignore-robots"]) == 0
    assert passed["fetch"] == FetchOptions(obey_robots=False)

    reported = {}
    monkeypatch.setattr(workbench.report, "build_report", lambda *args, **kwargs: reported.update(kwargs) or args[1])
    assert main(["report", str(tmp_path / "a.html"), "--out", str(tmp_path / "r.html"), "--each-story-once"]) == 0
    assert reported["drop_near_duplicates"] is True
