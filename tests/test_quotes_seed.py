"""Quotes and actors on the seed article (DW, 2004: NATO agrees to train Iraqi forces).

The article text is built as ``articles.text`` is: the page-dump extractor's paragraphs
(subheadings included, headline not) joined by a blank line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.extract.page_dump import parse_page_dump
from workbench.nlp import load_model
from workbench.nlp.actors import find_actors
from workbench.nlp.quotes import find_quotes

SEED = Path(__file__).resolve().parents[1] / "workbench" / "samples" / "000_d36c09d7923a4231.txt"


@pytest.fixture(scope="module")
def seed():
    extracted = parse_page_dump(SEED.read_text(encoding="utf-8"))
    text = "\n\n".join(paragraph.text for paragraph in extracted.paragraphs)
    doc = load_model()(text)
    actors = find_actors(doc)
    return text, actors, find_quotes(doc, actors)


def _quote(quotes, starts_with):
    matches = [q for q in quotes if q.text.startswith(starts_with)]
    assert len(matches) == 1, f"expected one quote starting {starts_with!r}, got {matches}"
    return matches[0]


@pytest.mark.parametrize(
    ("starts_with", "kind", "speaker", "mention"),
    [
        ("This alliance is united on Iraq.", "direct", "Jaap de Hoop Scheffer", "de Hoop Scheffer"),
        ("It's a distinct NATO mission", "direct", "Jaap de Hoop Scheffer", "he"),
        ("The NATO flag is definitely going to be in Baghdad", "direct", "Nicholas Burns", "he"),
        # No cue of its own: it continues the previous quote of the paragraph.
        ("Today's decision for us represents the unification of NATO", "direct", "Nicholas Burns", "he"),
        ("nucleus", "partial", "Jaap de Hoop Scheffer", None),
        ("there should be a relationship between the training mission", "partial", "Jaap de Hoop Scheffer", "he"),
        # The allies' agreed wording: NATO members are the ones agreeing to it.
        ("as soon as possible", "partial", "NATO", "NATO members"),
        ("he expected the training force to grow", "indirect", "Nicholas Burns", None),
        ("that while the agreement was an important political milestone", "indirect", "Jaap de Hoop Scheffer", None),
        ("this would be the thin end of the wedge", "indirect", "France", "France"),
        ("this was essential to ensure the safety of NATO staff", "indirect", "United States", "Washington"),
    ],
)
def test_seed_quotes_have_the_speaker_a_reader_sees(seed, starts_with, kind, speaker, mention):
    text, _actors, quotes = seed
    quote = _quote(quotes, starts_with)
    assert (quote.kind, quote.speaker) == (kind, speaker)
    if mention is not None:
        assert quote.speaker_mention == mention
    assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_mention


def test_seed_quote_offsets_and_cues(seed):
    text, _actors, quotes = seed
    assert quotes == sorted(quotes, key=lambda q: q.start)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    assert _quote(quotes, "This alliance").cue == "declare"
    assert _quote(quotes, "It's a distinct").cue == "continue"
    assert _quote(quotes, "this would be the thin end").cue == "fear"
    assert _quote(quotes, "this was essential").cue == "argue"
    assert not _quote(quotes, "It's a distinct").text.endswith(",")


def test_seed_actor_table(seed):
    text, actors, _quotes = seed
    table = {actor.actor: actor for actor in actors.actors}
    assert {"NATO", "United States", "France", "Iraq", "Jaap de Hoop Scheffer", "Nicholas Burns"} <= set(table)
    assert table["Jaap de Hoop Scheffer"].role == "NATO Secretary General"
    assert "ambassador" in table["Nicholas Burns"].role
    assert {"Washington", "U.S.", "US"} <= set(table["United States"].aliases)
    assert "de Hoop Scheffer" in table["Jaap de Hoop Scheffer"].aliases
    assert table["Jaap de Hoop Scheffer"].mentions == 2
    # The page's "Top Story" box is boilerplate the extractor removed.
    assert not {"UN Security Council", "Russia", "Ukraine", "New York"} & set(table)
    for mention in actors.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.actor in table
