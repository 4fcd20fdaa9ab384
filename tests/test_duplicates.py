"""Near-duplicate articles, on bodies written for these tests."""

from __future__ import annotations

import pandas as pd

import workbench as wb
from test_sources import PARAGRAPHS

STORY = "\n\n".join(PARAGRAPHS)
OTHER = (
    "The city council approved a new budget for the harbour district on Tuesday after a long debate.\n\n"
    "Councillors said the money would repair the sea wall, widen the ferry pier and pay for two new "
    "lifeguards during the summer months, when the beaches are most crowded."
)


def _articles(rows):
    return pd.DataFrame(rows, columns=["article_id", "text"])


def test_reworded_copies_point_at_the_first_article_of_their_story():
    wire = STORY + "\n\nThis story was first published by the wire service."
    updated = STORY.replace("\n\n", "\n\nUpdated at noon. ", 1)
    copies = [(f"copy {n}", STORY + f"\n\nReprinted by paper number {n}.") for n in range(20)]
    articles = _articles([("original", STORY), ("other", OTHER), ("wire", wire), ("updated", updated), ("tiny", "Too short."), *copies])
    found = wb.near_duplicates(articles)
    assert found.article_id.tolist() == ["wire", "updated", *(name for name, _ in copies)]
    assert set(found.duplicate_of) == {"original"}
    assert (found.similarity >= 0.8).all() and (found.similarity <= 1).all()
    assert found.dtypes.to_dict() == {"article_id": "string", "duplicate_of": "string", "similarity": "float64"}


def test_chunks_give_what_one_frame_gives():
    articles = _articles([("original", STORY), ("other", OTHER), ("wire", STORY + "\n\nFirst published by the wire.")])
    whole = wb.near_duplicates(articles)
    chunked = wb.near_duplicates(articles.iloc[i : i + 1] for i in range(len(articles)))
    pd.testing.assert_frame_equal(whole, chunked)


def test_a_shared_paragraph_is_not_a_duplicate():
    first_paragraph = STORY.split("\n\n")[0]
    articles = _articles([("original", STORY), ("follow-up", first_paragraph + "\n\n" + OTHER)])
    assert wb.near_duplicates(articles).empty


def test_a_corpus_without_its_near_duplicates():
    corpus = wb.load(wb.samples_dir())
    first = corpus.articles.article_id.iloc[0]
    kept = corpus.drop_articles([first])
    assert first not in set(kept.articles.article_id) and len(kept.articles) == len(corpus.articles) - 1
    for name in ("paragraphs", "quotes", "actors", "mentions", "timeline"):
        table = getattr(kept, name)
        assert first not in set(table.article_id) and len(table) == (getattr(corpus, name).article_id != first).sum()
    assert wb.near_duplicates(corpus.articles).empty  # the samples are five different stories
