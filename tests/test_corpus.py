"""The Corpus object, its schema and the Parquet round trip."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import workbench as wb
import workbench.corpus
from workbench import schema
from workbench.store import TableWriter
from workbench.tables import InputError
from test_charts import small_corpus
from test_sources import article_html


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for n in range(3):
        (folder / f"{n}.html").write_text(article_html(f"Story {n}"), encoding="utf-8")
    (folder / "bad.html").write_text("<html></html>", encoding="utf-8")
    return wb.load(folder, nlp=False, batch_size=2)


def test_every_table_matches_the_schema(corpus):
    for name, table in schema.TABLES.items():
        frame = getattr(corpus, name)
        assert frame.columns.tolist() == table.names, name
        assert {c: str(t) for c, t in frame.dtypes.items()} == {c.name: _dtype_name(c.dtype) for c in table.columns}, name


def _dtype_name(dtype: str) -> str:
    return str(pd.Series([], dtype=dtype).dtype)


def test_batches_are_concatenated(corpus):
    assert len(corpus.articles) == 3 and len(corpus.errors) == 1
    assert corpus.articles.article_id.is_unique


def test_parquet_round_trip_keeps_every_table_and_dtype(corpus, tmp_path):
    corpus.to_parquet(tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{name}.parquet" for name in schema.TABLES)
    back = wb.read_parquet(tmp_path / "out")
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(back, name), getattr(corpus, name), check_exact=True)
    assert isinstance(back.articles.authors.iloc[0], list)
    assert isinstance(back.articles.provenance.iloc[0], dict)


def test_read_parquet_of_a_missing_folder_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="no corpus folder"):
        wb.read_parquet(tmp_path / "nope")


def test_schema_rejects_unknown_columns_and_tables():
    with pytest.raises(ValueError, match="not in the schema"):
        schema.conform(pd.DataFrame({"article_id": ["a"], "titel": ["typo"]}), "articles")
    with pytest.raises(ValueError, match="not tables of a corpus"):
        wb.Corpus({"quotations": pd.DataFrame()})


def test_empty_corpus_has_every_table():
    empty = wb.Corpus()
    assert len(empty) == 0
    assert all(getattr(empty, name).empty for name in schema.TABLES)
    assert "0 articles" in repr(empty)


def test_schema_markdown_documents_every_column():
    text = schema.markdown()
    for table in (*schema.TABLES.values(), *schema.RESULTS.values()):
        assert f"`{table.name}`" in text
        assert all(f"`{c.name}`" in text for c in table.columns)


def test_readme_documents_the_schema_as_generated():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = readme.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert documented.strip() == schema.markdown().strip(), "run `workbench schema` and paste it into README.md"


def test_every_schema_table_is_a_corpus_attribute():
    corpus = wb.Corpus()
    for name in schema.TABLES:
        assert getattr(corpus, name) is corpus.tables[name]
        assert getattr(wb.Corpus, name).__doc__ == schema.TABLES[name].description


def test_select_by_date_range_and_actor():
    corpus = small_corpus()
    july = corpus.select(date_from="2004-07-01", date_to="2004-07-31")
    assert list(july.articles["article_id"]) == ["a2"]
    assert set(july.quotes["article_id"]) == {"a2"} and len(july.errors) == 1
    inclusive = corpus.select(date_to="2004-08-01")
    assert set(inclusive.articles["article_id"]) == {"a1", "a2"}
    burns = corpus.select(actors=["nicholas burns"])
    assert list(burns.articles["article_id"]) == ["a1"]
    assert len(corpus.select().articles) == 3


def test_concat_joins_corpora_once_per_article_with_corpus_wide_actors(tmp_path):
    stories = [
        "U.S. ambassador Nicholas Burns spoke in Brussels on Monday. Burns said the alliance was united.",
        "Burns told reporters last week that the mission would grow. \"We are ready,\" Burns said.",
        "The council met on Friday and agreed to repair the bridge.",
    ]
    for name, texts in (("first", stories[:1] + stories[2:]), ("second", stories[1:])):
        pd.DataFrame({"text": texts}).to_json(tmp_path / f"{name}.jsonl", orient="records", lines=True)
    (tmp_path / "broken.html").write_text("<html></html>", encoding="utf-8")
    first = wb.load([tmp_path / "first.jsonl", tmp_path / "broken.html"], progress=False)
    second = wb.load(tmp_path / "second.jsonl", progress=False)
    assert "Burns" in set(second.actors.actor)  # on its own, the second corpus has no full name for him

    joined = wb.concat([first, second])
    together = wb.load([tmp_path / "first.jsonl", tmp_path / "broken.html", tmp_path / "second.jsonl"], progress=False)
    assert len(joined.articles) == 3 and joined.articles.article_id.is_unique  # the council story once
    assert set(joined.articles.article_id) == set(together.articles.article_id)
    assert "Burns" not in set(joined.actors.actor) and set(joined.quotes.speaker.dropna()) == {"Nicholas Burns"}
    for name in ("actors", "mentions", "quotes"):
        key = ["article_id", "start"] if "start" in joined.tables[name] else ["article_id", "actor"]
        pd.testing.assert_frame_equal(
            joined.tables[name].sort_values(key, ignore_index=True), together.tables[name].sort_values(key, ignore_index=True)
        )
    assert len(joined.errors) == 1
    assert len(wb.concat([])) == 0


def test_workers_give_the_same_tables_in_the_same_order(tmp_path):
    """Parallel ingest (``workers=2``) runs the same per-batch function in a process pool:
    every table equals the one-process run, row for row, NLP tables included, and a
    duplicate and a broken input are still caught (duplicates are found before the pool)."""
    samples = wb.samples_dir()
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "broken.html").write_text("<html></html>", encoding="utf-8")
    (extra / "copy.html").write_text((samples / "001_baltic_courier_fisheries.html").read_text(encoding="utf-8"), encoding="utf-8")
    sources = [str(samples), str(extra)]
    serial = wb.load(sources, batch_size=2)
    parallel = wb.load(sources, batch_size=2, workers=2)
    assert len(serial.articles) == 5 and len(serial.errors) == 2
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(serial, name), obj=name)


def test_workers_must_be_positive():
    with pytest.raises(ValueError, match="workers"):
        wb.load(wb.samples_dir(), workers=0)


def test_a_cache_serves_inputs_seen_before_and_processes_only_new_ones(tmp_path, monkeypatch):
    """The second run reads every seen input from the cache (process_batch only gets the new
    and the failed inputs), and its tables equal a run without a cache, row for row; a
    page that moved keeps its rows but gets its new path as ``source``."""
    import workbench.corpus as corpus_module

    pages = tmp_path / "pages"
    shutil.copytree(wb.samples_dir(), pages, ignore=shutil.ignore_patterns("README.md"))
    cache = tmp_path / "cache"
    first = wb.load(pages, cache=cache, batch_size=2)
    assert len(first.articles) == 5

    (pages / "broken.html").write_text("<html></html>", encoding="utf-8")
    (pages / "moved").mkdir()
    (pages / "002_meridian_post_steel_tariffs.html").rename(pages / "moved" / "steel.html")
    (pages / "new.html").write_text(article_html("Harbour authority opens a new ferry terminal"), encoding="utf-8")
    processed = []
    real = corpus_module.process_batch

    def counting(batch, options):
        processed.extend(Path(item.source).name for item in batch)
        return real(batch, options)

    monkeypatch.setattr(corpus_module, "process_batch", counting)
    second = wb.load(pages, cache=cache, batch_size=2)
    assert sorted(processed) == ["broken.html", "new.html"]
    monkeypatch.setattr(corpus_module, "process_batch", real)
    fresh = wb.load(pages, batch_size=2)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(second.tables[name], fresh.tables[name], obj=name)
    assert second.articles.source.str.endswith("moved/steel.html").sum() == 1
    assert len(second.errors) == 1


def test_the_cache_is_kept_per_pipeline(tmp_path):
    """Other options (here: no NLP) mean other tables, so they never share cached batches."""
    cache = tmp_path / "cache"
    wb.load(wb.samples_dir(), cache=cache)
    no_nlp = wb.load(wb.samples_dir(), cache=cache, nlp=False)
    assert no_nlp.quotes.empty and len(no_nlp.articles) == 5
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2


def test_sql_queries_a_stored_corpus_without_loading_it(tmp_path):
    corpus = wb.load(wb.samples_dir())
    corpus.to_parquet(tmp_path / "run")
    counted = wb.sql("SELECT speaker, count(*) AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker", tmp_path / "run")
    expected = corpus.quotes.dropna(subset=["speaker"]).groupby("speaker").size()
    assert dict(zip(counted.speaker, counted.n)) == expected.to_dict()
    joined = wb.sql("SELECT a.title, count(*) AS n FROM timeline t JOIN articles a USING (article_id) GROUP BY a.title", tmp_path / "run")
    assert joined.n.sum() == len(corpus.timeline)
    with pytest.raises(FileNotFoundError):
        wb.sql("SELECT 1", tmp_path / "missing")


def test_load_to_parquet_writes_the_tables_load_gives(tmp_path, monkeypatch):
    """Batch by batch to disk, with NLP, a row group per article: the same tables as in
    memory, including the actors renamed across row groups ("Burns" in the second article
    is Nicholas Burns)."""
    monkeypatch.setattr(workbench.corpus, "TableWriter", functools.partial(TableWriter, articles_per_group=1))
    collection = tmp_path / "stories.jsonl"
    pd.DataFrame({
        "text": [
            "U.S. ambassador Nicholas Burns spoke in Brussels on Monday. Burns said the alliance was united.",
            "Burns told reporters last week that the mission would grow. \"We are ready,\" Burns said.",
            "The council met on Friday and agreed to repair the bridge.",
        ],
        "title": ["One", "Two", "Three"],
        "published": ["2004-08-01", "2004-08-02", "2004-08-03"],
    }).to_json(collection, orient="records", lines=True)
    (tmp_path / "broken.html").write_text("<html></html>", encoding="utf-8")
    sources = [collection, tmp_path / "broken.html"]

    folder = wb.load_to_parquet(sources, tmp_path / "out", batch_size=1, progress=False)
    in_memory = wb.load(sources, batch_size=1, progress=False)
    streamed = wb.read_parquet(folder)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(streamed, name), getattr(in_memory, name), check_exact=True)
    assert "Burns" not in set(streamed.mentions.actor) and "Nicholas Burns" in set(streamed.quotes.speaker)
    assert pq.ParquetFile(folder / "mentions.parquet").num_row_groups == 2
    assert len(streamed.errors) == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted([*(f"{name}.parquet" for name in schema.TABLES), "manifest.json"])


def test_a_parsed_folder_records_how_it_was_made_and_can_be_rebuilt(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(2):
        (pages / f"{n}.html").write_text(article_html(f"Story {n}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    wb.load_to_parquet("pages", "run", nlp=False, fetch=wb.sources.FetchOptions(host_delay=0.5), progress=False)
    manifest = wb.store.read_manifest(tmp_path / "run")
    assert manifest["sources"] == ["pages"] and manifest["working_directory"] == str(tmp_path)
    assert manifest["options"] == {"nlp": False, "model": None, "strict": False}
    assert manifest["fetch"]["host_delay"] == 0.5 and manifest["workbench"] == wb.__version__
    assert manifest["packages"]["newspaper4k"] and manifest["rows"]["articles"] == 2
    assert manifest["pipeline_fingerprint"] == wb.store.pipeline_fingerprint(workbench.tables.Options(nlp=False))

    # A corrected input and a new one: the rebuilt folder holds what a fresh run gives,
    # sources relative as they were, wherever the rebuild is started from.
    (pages / "0.html").write_text(article_html("Story 0, corrected"), encoding="utf-8")
    (pages / "2.html").write_text(article_html("Story 2"), encoding="utf-8")
    fresh = wb.load("pages", nlp=False, progress=False)
    assert fresh.articles.source.str.startswith("pages").all()
    monkeypatch.chdir(pages)
    wb.rebuild(tmp_path / "run", progress=False)
    assert os.getcwd() == str(pages)
    rebuilt = wb.read_parquet(tmp_path / "run")
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(rebuilt.tables[name], fresh.tables[name])
    assert wb.store.read_manifest(tmp_path / "run")["rows"]["articles"] == 3


def test_rebuilding_a_folder_without_a_manifest_says_why(tmp_path):
    wb.load(wb.samples_dir(), nlp=False, progress=False).to_parquet(tmp_path)
    with pytest.raises(FileNotFoundError, match="only folders written by wb.load_to_parquet"):
        wb.rebuild(tmp_path)


def test_tables_written_over_a_parsed_folder_drop_its_manifest(tmp_path):
    """The manifest would describe the tables that were replaced, and rebuild would make those."""
    folder = wb.load_to_parquet(wb.samples_dir(), tmp_path / "run", nlp=False, progress=False)
    one = wb.load(next(wb.samples_dir().glob("*.txt")), nlp=False, progress=False)
    one.to_parquet(folder)
    assert not (folder / "manifest.json").exists()
    assert len(wb.read_parquet(folder).articles) == 1


def test_load_to_parquet_that_fails_leaves_the_folder_as_it_was(tmp_path):
    (tmp_path / "good.html").write_text(article_html("Kept story"), encoding="utf-8")
    folder = wb.load_to_parquet(tmp_path / "good.html", tmp_path / "out", nlp=False, progress=False)
    (tmp_path / "bad.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(InputError, match="bad.html"):
        wb.load_to_parquet([tmp_path / "good.html", tmp_path / "bad.html"], folder, nlp=False, strict=True, batch_size=1, progress=False)
    assert wb.read_parquet(folder).articles.title.tolist() == ["Kept story"]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*(f"{name}.parquet" for name in schema.TABLES), "manifest.json"])


def test_a_dask_client_runs_the_batches_on_its_cluster():
    """The same per-batch function, submitted to a Dask cluster (a local one, offline, no
    dashboard): the tables equal the one-process run, row for row."""
    from distributed import Client, LocalCluster, get_task_stream

    serial = wb.load(wb.samples_dir(), batch_size=2)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        with get_task_stream(client) as stream:
            on_dask = wb.load(wb.samples_dir(), batch_size=2, client=client)
    assert sum(task["key"].startswith("process_batch") for task in stream.data) == 3  # 5 articles, batches of 2
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(on_dask.tables[name], serial.tables[name], obj=name)
