"""Quote marks, quote kinds and speakers on articles written for these tests."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from quote_helpers import one_quote as _one

from workbench.nlp import load_model
from workbench.nlp.actors import find_actors
from workbench.nlp.quote_marks import quote_marks
from workbench.nlp.quotes import find_quotes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").strip()


def _marked(text: str) -> list[str]:
    return ["\n\n".join(text[s:e] for s, e in marks.pieces) for marks in quote_marks(text)]


@pytest.mark.parametrize(
    "text",
    [
        'She said: "We will win." Then she left.',
        "She said: “We will win.” Then she left.",
        "Sie sagte: „We will win.“ Then she left.",
        "Elle a dit : «We will win.» Then she left.",
        "She said: ‘We will win.’ Then she left.",
        "She said: 'We will win.' Then she left.",
    ],
)
def test_every_kind_of_quote_mark(text):
    assert _marked(text) == ["We will win."]


def test_apostrophes_are_not_single_quotes():
    assert _marked("The allies' plan isn't the ministers’ plan, it's Burns’s.") == []


def test_single_quotes_inside_double_quotes_stay_inside():
    assert _marked('He said: "They called it \'a farce\' on Monday."') == ["They called it 'a farce' on Monday."]


def test_quote_over_several_paragraphs_closes_in_the_last_one():
    text = '"First paragraph of the speech.\n\n"Second paragraph.\n\n"Third and last," she said.\n\nAfter the quote.'
    (marks,) = quote_marks(text)
    assert marks.closed and len(marks.pieces) == 3
    assert text[marks.end :].startswith('" she said')
    assert _marked(text) == ["First paragraph of the speech.\n\nSecond paragraph.\n\nThird and last,"]


def test_unbalanced_marks_degrade_to_their_paragraph():
    text = _fixture("broken_marks.txt")
    paragraphs = text.split("\n\n")
    marked = quote_marks(text)
    for marks in marked:
        assert len(marks.pieces) == 1
        start, end = marks.pieces[0]
        assert any(text.index(p) <= start and end <= text.index(p) + len(p) for p in paragraphs)
    assert not any("plain text about the economy" in text[m.start : m.end] for m in marked)
    assert [m.closed for m in marked] == [False, True, False, False]


def test_odd_text_never_raises(quotes_of):
    pieces = ['"', "“", "”", "„", "«", "»", "'", "’", "‘", "said", "he", "\n\n", " ", "Smith", ",", ".", "that", ":"]
    rng = random.Random(7)
    for _ in range(30):
        text = "".join(rng.choice(pieces) + " " for _ in range(rng.randint(0, 40)))
        for quote in quotes_of(text):
            assert 0 <= quote.start <= quote.end <= len(text)
    assert quotes_of("") == []


def test_kinds_speakers_and_cues_in_a_news_story(quotes_of):
    text = _fixture("harbour_strike.txt")
    quotes = quotes_of(text)
    told = _one(quotes, "that the strike would continue")
    assert (told.kind, told.speaker, told.cue) == ("indirect", "Maria Okafor", "tell")
    waited = _one(quotes, "We have waited three years")
    assert (waited.kind, waited.speaker, waited.speaker_mention, waited.cue) == ("direct", "Maria Okafor", "she", "say")
    # A quote over two paragraphs with no cue, after a paragraph of her quotes, is hers.
    dispute = _one(quotes, "Nobody wants a long dispute")
    assert (dispute.kind, dispute.speaker) == ("direct", "Maria Okafor")
    assert dispute.text.endswith("what they have to do.") and "\n\n" in dispute.text
    # A short form spaCy does not tag as an entity still resolves to the full name.
    assert _one(quotes, "the union had offered").speaker == "Maria Okafor"
    according = _one(quotes, "more than 40 ships")
    assert (according.kind, according.cue, according.speaker) == ("indirect", "according to", "Port Authority")
    reckless = _one(quotes, "reckless")
    assert (reckless.kind, reckless.speaker, reckless.cue) == ("partial", "Daniel Weiss", "call")
    argued = _one(quotes, "that the union's demands were unaffordable")
    assert argued.speaker == "Daniel Weiss"
    for quote in quotes:
        # Offsets cover the words; the marks opening a continued paragraph are left out of text.
        assert text[quote.start : quote.end].replace("\n\n“", "\n\n") == quote.text


def test_german_and_french_marks_with_speakers(quotes_of):
    quotes = quotes_of(_fixture("summit_marks.txt"))
    assert _one(quotes, "Europe must stand together").speaker == "Anna Berger"
    divided = _one(quotes, "We will not be divided.")
    assert (divided.kind, divided.speaker, divided.speaker_mention) == ("direct", "Anna Berger", "she")
    assert _one(quotes, "We need results, not communiqués").speaker == "Luc Moreau"
    step = _one(quotes, "a step in the right direction")
    assert (step.kind, step.speaker) == ("partial", "Italy")


def test_pronoun_goes_to_the_person_last_named(quotes_of):
    text = (
        "Senator Ruth Alvarez met Governor Tom Becker on Monday.\n\n"
        "Later, the mayor, Paul Chen, spoke to reporters. \"We are ready for the storm,\" he said."
    )
    quote = _one(quotes_of(text), "We are ready")
    assert (quote.speaker, quote.speaker_mention) == ("Paul Chen", "he")


def test_cueless_paragraph_does_not_inherit_across_narration(quotes_of):
    text = (
        "\"We will appeal,\" the lawyer Sara Lind said.\n\n"
        "The court adjourned until Friday and the jury went home.\n\n"
        "\"Nothing is settled yet.\""
    )
    quotes = quotes_of(text)
    assert _one(quotes, "We will appeal").speaker == "Sara Lind"
    assert _one(quotes, "Nothing is settled yet.").speaker is None


def test_quoted_titles_are_not_quotes(quotes_of):
    quotes = quotes_of('He hosted "The Apprentice" for years before the election.')
    assert quotes == []


def test_definite_description_resolves_through_the_role(quotes_of):
    text = (
        "U.S. ambassador to NATO Nicholas Burns arrived in Brussels.\n\n"
        "The ambassador said the mission would grow within months."
    )
    quote = _one(quotes_of(text), "the mission would grow")
    assert (quote.kind, quote.speaker, quote.speaker_mention) == ("indirect", "Nicholas Burns", "The ambassador")


def test_transcript_lines_and_dash_attribution(quotes_of):
    text = (
        "Moderator Chris Wallace questioned Governor Mike Pence on Sunday.\n\n"
        "WALLACE: Will the campaign release the tax returns before the election?\n\n"
        "PENCE: Well, the campaign has said all along that the returns are under audit.\n\n"
        "UPDATE: This story has been corrected.\n\n"
        "“He is ignorant of our culture and our lives.” ― Pamela Padilla"
    )
    quotes = quotes_of(text)
    assert _one(quotes, "Will the campaign release").speaker == "Chris Wallace"
    pence = _one(quotes, "Well, the campaign has said")
    assert (pence.kind, pence.speaker, pence.speaker_mention) == ("direct", "Mike Pence", "PENCE")
    assert not [q for q in quotes if q.text.startswith("This story")]
    padilla = _one(quotes, "He is ignorant")
    assert (padilla.kind, padilla.speaker) == ("direct", "Pamela Padilla")


def test_demands_and_speech_acts_are_reported_speech(quotes_of):
    quotes = quotes_of(
        "Senator Ruth Alvarez called for an independent inquiry into the contract. "
        "She also promised to publish every document, and Governor Tom Becker denied the allegations of fraud."
    )
    inquiry = _one(quotes, "an independent inquiry")
    assert (inquiry.kind, inquiry.cue, inquiry.speaker) == ("indirect", "call", "Ruth Alvarez")
    assert _one(quotes, "to publish every document").speaker == "Ruth Alvarez"
    denied = _one(quotes, "the allegations of fraud")
    assert (denied.cue, denied.speaker) == ("deny", "Tom Becker")


def test_split_quote_continues_the_direct_quote(quotes_of):
    quotes = quotes_of('"By locking in China," Mr. Obama said, "it now allowed me to go to India and say so."')
    second = _one(quotes, "it now allowed me")
    assert (second.kind, second.speaker) == ("direct", "Obama")


def test_a_cue_lexicon_of_ones_own_adds_reporting_words(nlp):
    """``cues`` replaces the lexicon learned from PolNeAR dev, e.g. for another domain."""
    doc = nlp("Maria Okafor reckoned that the new bridge would open late.")
    assert find_quotes(doc, find_actors(doc)) == []
    (quote,) = find_quotes(doc, find_actors(doc), {"reckon": frozenset({"ccomp"})})
    assert (quote.kind, quote.speaker, quote.cue, quote.text) == ("indirect", "Maria Okafor", "reckon", "that the new bridge would open late")
    assert doc.text[quote.start:quote.end] == quote.text
