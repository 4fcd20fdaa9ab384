"""Keyword in context (workbench.concordance) and reading a stored table in chunks."""

from __future__ import annotations

import pandas as pd
import pytest

import workbench as wb
from workbench import schema

TEXT = (
    "Troops withdrew from the city on Monday.\n\n"
    "The withdrawal of the troops, officials said, would take weeks.\n\n"
    "A   withdrawal\nplan was agreed. Nobody mentioned the troopship."
)
ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "text": [TEXT, "Nothing to see here.", None]})


def test_a_glob_pattern_finds_whole_words_in_any_case_with_their_paragraph():
    hits = wb.keyword_in_context(ARTICLES, "withdr*")
    assert list(hits["match"]) == ["withdrew", "withdrawal", "withdrawal"]
    assert list(hits["paragraph"]) == [0, 1, 2]
    for row in hits.itertuples():
        assert TEXT[row.start : row.end].lower().startswith("withdr")
    # "troop*" matches "troopship" too, but "troop?" is one letter at most and "troops" is a whole word
    assert list(wb.keyword_in_context(ARTICLES, "troops")["match"]) == ["Troops", "troops"]
    assert list(wb.keyword_in_context(ARTICLES, "troop?")["match"]) == ["Troops", "troops"]
    assert "troopship" in list(wb.keyword_in_context(ARTICLES, "troop*")["match"])
    assert wb.keyword_in_context(ARTICLES, "troops", case_sensitive=True)["match"].tolist() == ["troops"]


def test_the_window_holds_whole_words_without_line_breaks():
    hits = wb.keyword_in_context(ARTICLES, "withdrawal plan", window=3)
    assert len(hits) == 1
    hit = hits.iloc[0]
    assert hit["match"] == "withdrawal plan"  # the line break and spaces inside the hit read as one space
    assert hit["before"] == "take weeks. A"  # three words, across the paragraph break
    assert hit["after"] == "was agreed. Nobody"
    assert wb.keyword_in_context(ARTICLES, "Troops", window=0).iloc[0][["before", "after"]].tolist() == ["", ""]


def test_several_patterns_are_listed_together_in_text_order():
    hits = wb.keyword_in_context(ARTICLES, ["troops", "Monday"])
    assert list(hits["pattern"]) == ["troops", "Monday", "troops"]
    assert list(hits["start"]) == sorted(hits["start"])


def test_a_regex_hit_inside_a_word_shows_no_word_fragments():
    hits = wb.keyword_in_context(ARTICLES, r"draw", regex=True, window=2)
    assert list(hits["match"]) == ["draw", "draw"]
    first = hits.iloc[0]
    assert (first["before"], first["after"]) == ("Monday. The", "of the")  # not "with" or "al"


def test_results_follow_the_schema_and_an_empty_search_is_an_error():
    hits = wb.keyword_in_context(ARTICLES, "nothing at all here")
    assert hits.empty and list(hits.columns) == schema.CONCORDANCE.names
    assert dict(hits.dtypes.astype(str)) == schema.CONCORDANCE.dtypes
    with pytest.raises(ValueError, match="empty search pattern"):
        wb.keyword_in_context(ARTICLES, "  ")


def test_chunks_give_the_same_rows_as_one_frame():
    whole = wb.keyword_in_context(ARTICLES, "t*")
    chunked = wb.keyword_in_context([ARTICLES.iloc[:1], ARTICLES.iloc[1:]], "t*")
    pd.testing.assert_frame_equal(whole, chunked)


def test_in_context_reads_the_words_at_any_tables_offsets():
    corpus = wb.load(wb.samples_dir(), progress=False)
    quotes = wb.in_context(corpus.quotes, corpus.articles, window=4)
    assert list(quotes.columns) == [*corpus.quotes.columns, "before", "words", "after"]
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    for row in quotes.itertuples():
        assert row.words == " ".join(texts[row.article_id][row.start : row.end].split())
        assert len(row.before.split()) <= 4 and len(row.after.split()) <= 4
    speakers = wb.in_context(corpus.quotes, corpus.articles, start="speaker_start", end="speaker_end")
    named = speakers.dropna(subset=["speaker_start"])
    assert (named["words"] == named["speaker_mention"].str.split().str.join(" ")).all()
    assert speakers.loc[speakers["speaker_start"].isna(), "words"].isna().all()
    timeline = wb.in_context(corpus.timeline, corpus.articles)
    assert timeline.loc[timeline["kind"] == "published", ["before", "words", "after"]].isna().all().all()
    mentioned = timeline[timeline["kind"] == "mentioned"]
    assert (mentioned["words"] == mentioned["expression"].str.split().str.join(" ")).all()


def test_a_stored_table_is_read_in_chunks_of_the_columns_asked_for(tmp_path):
    corpus = wb.load(wb.samples_dir(), progress=False)
    corpus.to_parquet(tmp_path)
    chunks = list(wb.read_chunks(tmp_path, "articles", ["article_id", "text", "authors"], rows=2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    together = pd.concat(chunks, ignore_index=True)
    pd.testing.assert_frame_equal(together, corpus.articles[["article_id", "text", "authors"]])
    assert wb.keyword_in_context(chunks, "NATO").equals(wb.keyword_in_context(corpus.articles, "NATO"))
    with pytest.raises(ValueError, match="no table 'article'"):
        wb.read_chunks(tmp_path, "article")
    with pytest.raises(FileNotFoundError):
        wb.read_chunks(tmp_path / "missing", "articles")


def test_a_folder_written_before_a_column_existed_reads_with_it_empty(tmp_path):
    import pyarrow.parquet as pq

    wb.load(wb.samples_dir(), nlp=False, progress=False).to_parquet(tmp_path)
    pq.write_table(pq.read_table(tmp_path / "articles.parquet").drop(["modified"]), tmp_path / "articles.parquet")
    whole = next(wb.read_chunks(tmp_path, "articles"))
    assert whole.columns.tolist() == schema.ARTICLES.names and whole.modified.isna().all()
    asked = next(wb.read_chunks(tmp_path, "articles", ["article_id", "modified"]))
    assert asked.columns.tolist() == ["article_id", "modified"] and str(asked.modified.dtype) == "datetime64[ns]"
    assert wb.read_parquet(tmp_path).articles.modified.isna().all()
