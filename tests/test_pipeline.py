"""The whole flow on the bundled sample: every table filled, linked and traceable to the text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import workbench as wb
from workbench import schema
from workbench.nlp import quotes as nlp_quotes

from conftest import SEED_PAGE


@pytest.fixture(scope="module")
def sample():
    return wb.load(wb.samples_dir())


@pytest.fixture(scope="module")
def seed():
    return wb.load(SEED_PAGE)


def test_sample_fills_every_table(sample):
    assert len(sample.articles) == 5 and sample.errors.empty
    for name in ("paragraphs", "quotes", "actors", "mentions", "timeline"):
        assert set(getattr(sample, name).article_id) == set(sample.articles.article_id), name


def test_offsets_trace_every_row_back_to_the_text(sample):
    texts = sample.articles.set_index("article_id").text
    for name in ("paragraphs", "mentions"):
        for row in getattr(sample, name).itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text, (name, row)
    timeline = sample.timeline[sample.timeline.kind == "mentioned"]
    for row in timeline.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.expression
        assert row.expression in row.sentence
    paragraphs = sample.paragraphs.set_index(["article_id", "paragraph"])
    for row in sample.quotes.itertuples():
        span = paragraphs.loc[(row.article_id, row.paragraph)]
        assert span.start <= row.start < span.end + 2  # the quote starts in its paragraph
        if pd.notna(row.speaker_start):
            assert texts[row.article_id][row.speaker_start : row.speaker_end] == row.speaker_mention


def test_every_article_has_its_publication_date_on_the_timeline(sample):
    published = sample.timeline[sample.timeline.kind == "published"].set_index("article_id")
    articles = sample.articles.set_index("article_id")
    assert set(published.index) == set(articles.index)
    for aid, row in published.iterrows():
        assert row.start_date == articles.published[aid].normalize()
        assert row.value == articles.published[aid].strftime("%Y-%m-%d")
        assert row.event == articles.title[aid]


def test_seed_timeline_links_expressions_to_quotes_and_actors(seed):
    timeline = seed.timeline.set_index("expression")
    quotes = seed.quotes.set_index("quote_id")
    ago = timeline.loc["a year-and-a-half ago"]
    assert quotes.loc[ago.quote_id].speaker == "Nicholas Burns"
    assert "Nicholas Burns" in ago.actors  # the speaker of the quote the expression sits in
    assert {"NATO", "Istanbul"} <= set(timeline.loc["June"].actors)
    assert pd.isna(timeline.loc["June"].quote_id)
    assert "NATO" in timeline.loc["September"].actors
    assert {"Jaap de Hoop Scheffer", "NATO", "Iraq"} <= set(timeline.loc["early August"].actors)
    assert {"NATO", "Iraq", "United States", "France"} <= set(timeline.loc["last year"].actors)
    assert "Nicholas Burns" in timeline.loc["months"].actors  # "within months", in Burns's reported speech


def test_a_timeline_row_names_the_first_quote_whose_span_holds_it(sample):
    quotes = sample.quotes.sort_values(["article_id", "start", "end"], kind="stable")
    mentioned = sample.timeline[sample.timeline["kind"] == "mentioned"]
    assert mentioned["quote_id"].notna().sum() >= 3
    for row in mentioned.itertuples():
        holding = quotes[(quotes.article_id == row.article_id) & (quotes.start <= row.start) & (row.start < quotes.end)]
        expected = holding.quote_id.iloc[0] if len(holding) else None
        assert (row.quote_id if pd.notna(row.quote_id) else None) == expected, row.expression


def test_actor_keys_are_shared_across_the_corpus(sample):
    united_states = sample.actors[sample.actors.actor == "United States"]
    assert united_states.article_id.nunique() >= 3
    assert not sample.actors.actor.isin(["U.S.", "US", "Washington"]).any()
    assert set(sample.quotes.speaker.dropna()) <= set(sample.actors.actor)


def test_full_corpus_round_trips_through_parquet(sample, tmp_path):
    back = wb.read_parquet(sample.to_parquet(tmp_path / "sample"))
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(getattr(back, name), getattr(sample, name), check_exact=True)
    assert all(isinstance(v, list) for v in back.timeline.actors)


def test_an_article_whose_analysis_fails_becomes_one_error(monkeypatch):
    original = nlp_quotes.find_quotes

    def fragile(doc, actors):
        if "Arctic Council" in doc.text:
            raise RuntimeError("simulated analysis bug")
        return original(doc, actors)

    monkeypatch.setattr(nlp_quotes, "find_quotes", fragile)
    corpus = wb.load(wb.samples_dir())
    assert len(corpus.articles) == 4
    assert corpus.errors[["stage", "error"]].values.tolist() == [["nlp", "RuntimeError"]]
    assert corpus.errors.source.iloc[0].endswith("004_northern_ledger_arctic_talks.txt")
    for name in ("paragraphs", "quotes", "actors", "mentions", "timeline"):
        assert set(getattr(corpus, name).article_id) <= set(corpus.articles.article_id)


def test_non_english_articles_get_articles_rows_but_no_nlp():
    corpus = wb.load(Path(__file__).parent / "fixtures" / "html" / "german_article.html")
    assert corpus.articles.language.tolist() == ["de"]
    assert corpus.quotes.empty and corpus.actors.empty and corpus.mentions.empty
    assert corpus.timeline.kind.tolist() == ["published"]


def test_an_article_too_long_for_spacy_fails_alone(monkeypatch):
    from workbench.nlp import load_model

    model = load_model()
    seed_length = len(wb.load(SEED_PAGE, nlp=False).articles.text.iloc[0])
    monkeypatch.setattr(model, "max_length", seed_length - 1)  # only the seed is longer than this
    corpus = wb.load([SEED_PAGE, Path(wb.samples_dir()) / "004_northern_ledger_arctic_talks.txt"])
    assert corpus.errors[["stage", "error"]].values.tolist() == [["nlp", "TextTooLong"]]
    assert "max_length" in corpus.errors.message.iloc[0]
    assert len(corpus.articles) == 1 and len(corpus.quotes) > 0


def test_dates_outside_the_timestamp_range_never_fail_a_batch(tmp_path):
    """The tables hold nanosecond timestamps (1677-2262). A CMS placeholder date
    (0001-01-01) or a collection's 1300-01-01 becomes an unknown publication date, and
    "the 14th century" keeps its TIMEX3 value without dates; the articles around them
    load as usual."""
    html = (
        '<html><head><title>Guild hall reopens</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Guild hall reopens", "datePublished": "0001-01-01T00:00:00"}'
        "</script></head><body><article><h1>Guild hall reopens</h1>"
        + "".join(f"<p>The guild hall, built in the 14th century, reopened on Monday after repairs, officials said in paragraph {n}.</p>" for n in range(4))
        + "</article></body></html>"
    )
    (tmp_path / "placeholder.html").write_text(html, encoding="utf-8")
    collection = tmp_path / "old.jsonl"
    collection.write_text(
        '{"text": "Historians said the town was founded in the 14th century.", "title": "Old town", "published": "1300-01-01"}\n'
        '{"text": "The council said on Monday that it would meet in June.", "title": "Council", "published": "2004-08-01"}\n',
        encoding="utf-8",
    )
    corpus = wb.load([str(tmp_path / "placeholder.html"), str(collection)], batch_size=8)
    assert corpus.errors.empty
    published = corpus.articles.set_index("title")["published"]
    assert pd.isna(published["Guild hall reopens"]) and pd.isna(published["Old town"])
    assert published["Council"] == pd.Timestamp("2004-08-01")
    centuries = corpus.timeline[corpus.timeline.expression.str.contains("14th century")]
    assert centuries.article_id.nunique() == 2 and set(centuries.value) == {"13"}
    assert centuries.start_date.isna().all() and set(centuries.granularity) == {"century"}
    assert (corpus.timeline.value == "2005-06").any()  # "would meet in June", said in August 2004
