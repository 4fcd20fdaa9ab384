"""Corpus folders and batch caches under the mishaps of long runs: two runs on one folder,
a folder that cannot be written to, a damaged cache, a full disk, a changed spaCy model."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
import workbench.cli
from workbench import schema
from workbench.nlp import model_name
from workbench.store import MANIFEST, BatchCache, FolderUnusable, TableWriter, claimed_folder, pipeline_fingerprint
from workbench.tables import Options
from test_sources import article_html


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.html").write_text(article_html(f"Council story number {n}"), encoding="utf-8")
    return folder


def _assert_same(left, right) -> None:
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(left.tables[name], right.tables[name], obj=name)


def test_a_folder_another_run_is_writing_is_refused_and_left_alone(pages, tmp_path):
    out = tmp_path / "out"
    with claimed_folder(out) as created:
        assert created
        (out / "articles.parquet").write_bytes(b"being written")
        with pytest.raises(FolderUnusable, match="being written by another run"):
            wb.load_to_parquet(pages, out, nlp=False)
        assert (out / "articles.parquet").read_bytes() == b"being written"
    wb.load_to_parquet(pages, out, nlp=False)  # free again once the first run is over
    assert len(wb.read_parquet(out).articles) == 6
    assert not (out / ".workbench.lock").exists()


def test_a_folder_that_cannot_be_made_is_a_clear_error_before_any_parsing(pages, tmp_path, monkeypatch):
    parsed = []
    monkeypatch.setattr(workbench.corpus, "process_batch", lambda batch, options: parsed.append(batch))
    (tmp_path / "afile").write_text("not a folder")
    with pytest.raises(FolderUnusable, match="cannot write to"):
        wb.load_to_parquet(pages, tmp_path / "afile" / "out", nlp=False)
    with pytest.raises(FolderUnusable, match="as a cache"):
        wb.load(pages, nlp=False, cache=tmp_path / "afile" / "cache")
    assert parsed == []


@pytest.mark.parametrize("option", ["--out", "--cache"])
def test_the_cli_says_so_in_one_line(pages, tmp_path, capsys, option):
    (tmp_path / "afile").write_text("not a folder")
    folders = {"--out": tmp_path / "out", "--cache": tmp_path / "cache", option: tmp_path / "afile" / "sub"}
    assert workbench.cli.main(["parse", str(pages), "--no-nlp", "--out", str(folders["--out"]), "--cache", str(folders["--cache"])]) == 2
    error = capsys.readouterr().err
    assert error.startswith("workbench parse: cannot ") and error.count("\n") == 1, error


def test_an_interrupted_command_ends_in_one_line(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(workbench.cli, "_run", interrupted)
    assert workbench.cli.main(["parse", "x", "--out", "y", "--cache", "z"]) == 130
    assert capsys.readouterr().err == "workbench parse: interrupted (run it again with the same --cache to go on from where it stopped)\n"


@pytest.mark.parametrize("damage", ["delete a table", "truncate a table", "empty the keys", "half-written batch"])
def test_a_damaged_cache_entry_is_made_again_and_nothing_is_lost(pages, tmp_path, damage):
    cache = tmp_path / "cache"
    first = wb.load(pages, nlp=False, cache=cache, batch_size=2)
    batches = sorted((cache).glob("*/batch-*"))
    assert len(batches) == 3
    batch = batches[1]
    if damage == "delete a table":
        (batch / "paragraphs.parquet").unlink()
    elif damage == "truncate a table":
        (batch / "articles.parquet").write_bytes((batch / "articles.parquet").read_bytes()[:100])
    elif damage == "empty the keys":
        (batch / "keys.parquet").write_bytes(b"")
    else:  # what a run killed while writing a batch leaves
        staging = batch.parent / ".staging-x"
        shutil.copytree(batch, staging)
        (staging / "keys.parquet").write_bytes(b"PAR1")
    again = wb.load(pages, nlp=False, cache=cache, batch_size=2)
    _assert_same(again, first)
    assert all((b / "articles.parquet").stat().st_size > 100 for b in cache.glob("*/batch-*"))
    _assert_same(wb.load(pages, nlp=False, cache=cache, batch_size=2), first)


def test_the_default_model_and_its_name_share_a_cache():
    default = pipeline_fingerprint(Options(nlp=True, model=None))
    assert pipeline_fingerprint(Options(nlp=True, model=model_name(None))) == default
    assert pipeline_fingerprint(Options(nlp=False, model=None)) != default


def test_a_model_folder_saved_again_with_other_components_starts_a_new_cache(tmp_path):
    import spacy

    nlp = spacy.blank("en")
    nlp.to_disk(tmp_path / "model")
    before = pipeline_fingerprint(Options(nlp=True, model=str(tmp_path / "model")))
    assert pipeline_fingerprint(Options(nlp=True, model=str(tmp_path / "model"))) == before
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "model")
    assert pipeline_fingerprint(Options(nlp=True, model=str(tmp_path / "model"))) != before


def test_a_run_that_fails_on_a_full_disk_leaves_no_partial_files(tmp_path, pages):
    tables = wb.load(pages, nlp=False).tables
    writer = TableWriter(tmp_path / "out", articles_per_group=1)
    writer.write(tables)
    assert list((tmp_path / "out").glob(".*.partial"))

    class FullDisk:
        def __init__(self, writer):
            self.writer = writer

        def close(self):
            raise OSError(28, "No space left on device")

    writer._writers = {name: FullDisk(w) for name, w in writer._writers.items()}
    writer.close(complete=False)
    assert list((tmp_path / "out").iterdir()) == []


def test_new_tables_never_sit_beside_the_old_manifest(pages, tmp_path, monkeypatch):
    out = tmp_path / "out"
    wb.load_to_parquet(pages, out, nlp=False)
    assert (out / MANIFEST).exists()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # stopped after the tables were replaced, before the manifest

    monkeypatch.setattr(workbench.corpus, "write_manifest", interrupted)
    (pages / "6.html").write_text(article_html("A seventh council story"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        wb.load_to_parquet(pages, out, nlp=False)
    assert len(wb.read_parquet(out).articles) == 7
    assert not (out / MANIFEST).exists()


def test_reading_a_folder_without_tables_says_so(tmp_path):
    (tmp_path / "notes.txt").write_text("not a corpus")
    with pytest.raises(FileNotFoundError, match="no workbench tables"):
        wb.read_parquet(tmp_path)
    with pytest.raises(FileNotFoundError, match="no workbench tables"):
        wb.sql("SELECT count(*) FROM articles", tmp_path)


def test_to_parquet_refuses_a_folder_another_run_is_writing(pages, tmp_path):
    corpus = wb.load(pages, nlp=False)
    with claimed_folder(tmp_path / "out"):
        with pytest.raises(FolderUnusable, match="another run"):
            corpus.to_parquet(tmp_path / "out")
    corpus.to_parquet(tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{name}.parquet" for name in schema.TABLES)


def test_a_worker_that_dies_is_named_by_the_pages_it_held(pages):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from workbench.corpus import WorkerDied, _in_flight
    from workbench.sources import iter_inputs

    inputs = list(iter_inputs([str(pages)]))

    def dying(batch):
        future = Future()
        future.set_exception(BrokenProcessPool("A process in the process pool was terminated abruptly"))
        return future

    with pytest.raises(WorkerDied, match=r"in flight; the oldest held \S*0\.html, (\S*\.html, ){3}\S*4\.html and 1 more$"):
        list(_in_flight(iter([(inputs[:7], [], inputs[:7])]), dying, 2))


def test_the_cache_outlives_changes_to_modules_that_only_read_tables(tmp_path, monkeypatch):
    """A chart fix keeps the cache; a change to a stage that makes the tables starts a new one."""
    import workbench.store as store

    package = tmp_path / "workbench"
    shutil.copytree(Path(store.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(store, "__file__", str(package / "store.py"))
    before = pipeline_fingerprint(Options(nlp=False))
    (package / "charts.py").write_text((package / "charts.py").read_text() + "\n# a chart fix\n")
    assert pipeline_fingerprint(Options(nlp=False)) == before
    (package / "tables.py").write_text((package / "tables.py").read_text() + "\n# a change to the tables\n")
    assert pipeline_fingerprint(Options(nlp=False)) != before
    # The modules left out come after the tables: none that the tables depend on imports them.
    after = {name.removesuffix(".py") for name in store._AFTER_THE_TABLES}
    importing = re.compile(rf"^\s*(?:from\s+(?:\.+|workbench\.)(?:{'|'.join(after)})\b|from\s+\.+\s+import\s+.*\b(?:{'|'.join(after)})\b)", re.M)
    for path in package.rglob("*.py"):
        if path.relative_to(package).as_posix() not in store._AFTER_THE_TABLES and path.name != "__init__.py":  # the package facade imports every stage
            assert not importing.search(path.read_text()), path.name


def test_a_cache_that_cannot_be_written_to_still_serves_what_it_holds(pages, tmp_path, monkeypatch):
    import tempfile

    cache = tmp_path / "cache"
    first = wb.load(pages, nlp=False, cache=cache, batch_size=2)
    (pages / "6.html").write_text(article_html("A seventh council story"), encoding="utf-8")

    def read_only(*args, **kwargs):  # root ignores file modes, so the refusal is simulated
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    with pytest.warns(UserWarning, match="cannot be written to"):
        again = wb.load(pages, nlp=False, cache=cache, batch_size=2)
    assert len(again.articles) == 7
    pd.testing.assert_frame_equal(again.articles.iloc[:6], first.articles)


def _cache_and_inputs(pages, cache, batch_size):
    from workbench.sources import iter_inputs

    wb.load(pages, nlp=False, cache=cache, batch_size=batch_size)
    return BatchCache(cache, Options(nlp=False)), list(iter_inputs([str(pages)]))


def test_a_batch_forgotten_while_later_batches_were_planned_is_made_again(pages, tmp_path):
    """Workers plan batches ahead: the second batch was split before the first found the
    cached batch they share damaged and forgot it."""
    store, inputs = _cache_and_inputs(pages, tmp_path / "cache", batch_size=6)
    (hits_a, _), (hits_b, _) = store.split(inputs[:3]), store.split(inputs[3:])
    assert len(hits_a) == len(hits_b) == 3
    batch = next((tmp_path / "cache").glob("*/batch-*"))
    (batch / "articles.parquet").write_bytes(b"cut short")
    assert store.load(hits_a)[1] == hits_a
    tables, damaged = store.load(hits_b)
    assert damaged == hits_b and tables["articles"].empty


def test_two_runs_sharing_a_cache_keep_each_others_batches(pages, tmp_path):
    cache = tmp_path / "cache"
    first, second = BatchCache(cache, Options(nlp=False)), BatchCache(cache, Options(nlp=False))
    from workbench.sources import iter_inputs
    from workbench.tables import process_batch

    inputs = list(iter_inputs([str(pages)]))[:2]
    tables = process_batch(inputs, Options(nlp=False))
    first.save(inputs, tables)
    (batch,) = cache.glob("*/batch-*")
    (batch / "written-by-the-first-run").touch()
    second.save(inputs, tables)  # its index predates the first run's batch
    assert (batch / "written-by-the-first-run").exists()
    assert second.split(inputs)[0] == inputs


def test_a_cache_that_cannot_be_written_keeps_no_half_written_batch(pages, tmp_path, monkeypatch):
    import workbench.store as store

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write_parquet", full_disk)
    with pytest.warns(UserWarning, match="No space left on device"):
        corpus = wb.load(pages, nlp=False, cache=tmp_path / "cache", batch_size=2)
    assert len(corpus.articles) == 6
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_dir() and p.parent != tmp_path / "cache"]


def test_a_read_only_cache_without_this_pipeline_is_no_error(pages, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if self.parent == cache:
            raise OSError(30, "Read-only file system")
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.warns(UserWarning, match="Read-only file system"):
        corpus = wb.load(pages, nlp=False, cache=cache)
    assert len(corpus.articles) == 6


def test_a_model_folder_trained_again_in_place_starts_a_new_cache(tmp_path):
    import os

    import spacy

    spacy.blank("en").to_disk(tmp_path / "model")
    before = pipeline_fingerprint(Options(nlp=True, model=str(tmp_path / "model")))
    assert pipeline_fingerprint(Options(nlp=True, model=f"{tmp_path / 'model'}/")) == before
    weights = next(p for p in (tmp_path / "model").rglob("*") if p.is_file() and p.name not in ("meta.json", "config.cfg"))
    stat = weights.stat()
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # same size, new contents
    assert pipeline_fingerprint(Options(nlp=True, model=str(tmp_path / "model"))) != before


def test_a_run_whose_last_footer_does_not_fit_leaves_no_partial_files(tmp_path, pages):
    tables = wb.load(pages, nlp=False).tables
    writer = TableWriter(tmp_path / "out", articles_per_group=1)
    writer.write(tables)
    real = writer._writers["paragraphs"]

    class FullDisk:
        def close(self):
            real.close()
            raise OSError(28, "No space left on device")

    writer._writers["paragraphs"] = FullDisk()
    with pytest.raises(OSError, match="No space left"):
        writer.close(complete=True)
    assert list((tmp_path / "out").iterdir()) == []


def test_the_manifest_records_the_spacy_pipeline_that_ran(pages, tmp_path):
    import json

    from workbench.sources import FetchOptions
    from workbench.store import spacy_pipeline, write_manifest

    out = wb.load_to_parquet(pages, tmp_path / "out", nlp=False)
    assert json.loads((out / MANIFEST).read_text())["spacy_pipeline"] is None
    write_manifest(out, [str(pages)], Options(nlp=True), FetchOptions())
    recorded = json.loads((out / MANIFEST).read_text())["spacy_pipeline"]
    assert recorded == spacy_pipeline(None) and recorded["name"] == model_name(None) and recorded["version"]
