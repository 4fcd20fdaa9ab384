"""The Corpus object, its schema and the Parquet round trip."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
from workbench import schema
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
    for table in schema.TABLES.values():
        assert f"`{table.name}`" in text
        assert all(f"`{c.name}`" in text for c in table.columns)


def test_readme_documents_the_schema_as_generated():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = readme.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert documented.strip() == schema.markdown().strip(), "run `python -m workbench.schema` and paste it into README.md"


def test_every_schema_table_is_a_corpus_attribute():
    corpus = wb.Corpus()
    for name in schema.TABLES:
        assert getattr(corpus, name) is corpus.tables[name]
        assert getattr(wb.Corpus, name).__doc__ == schema.TABLES[name].description
