"""Attribution beyond quotes in marks, on sentences written for these tests: beliefs and
intentions, nominal cues, sources governing a quote through any verb, PolNeAR-style source
spans, transcripts quoted whole and odd marks."""

from __future__ import annotations

import pytest

from workbench.nlp import load_model
from workbench.nlp.actors import find_actors
from workbench.nlp.cue_lexicon import LEARNED_CUES
from workbench.nlp.quotes import find_quotes, quote_marks


@pytest.fixture(scope="module")
def quotes_of():
    nlp = load_model()

    def run(text: str):
        doc = nlp(text)
        return find_quotes(doc, find_actors(doc))

    return run


def _one(quotes, starts_with):
    matches = [q for q in quotes if q.text.startswith(starts_with)]
    assert len(matches) == 1, f"expected one quote starting {starts_with!r}, got {matches}"
    return matches[0]


def test_learned_lexicon_holds_beliefs_and_intentions():
    assert {"believe", "want", "plan", "expect"} <= set(LEARNED_CUES)
    assert "xcomp" in LEARNED_CUES["want"] and "ccomp" in LEARNED_CUES["believe"]


def test_intention_with_a_list_of_aims_is_one_report(quotes_of):
    quotes = quotes_of("Senator Ruth Alvarez wants to triple the size of the program, grow the reserve and create a new service corps.")
    aims = _one(quotes, "to triple the size")
    assert (aims.kind, aims.cue, aims.speaker) == ("indirect", "want", "Ruth Alvarez")
    assert aims.text.endswith("create a new service corps")


def test_claim_that_is_a_nominal_cue(quotes_of):
    quotes = quotes_of("Governor Tom Becker's claim that the election was rigged drew sharp criticism on Monday.")
    claim = _one(quotes, "that the election was rigged")
    assert (claim.kind, claim.cue, claim.speaker) == ("indirect", "claim", "Tom Becker")


def test_whoever_puts_words_in_marks_is_their_source(quotes_of):
    quotes = quotes_of('At the convention, Senator Ted Cruz exhorted Republicans to "vote your conscience" in November.')
    assert _one(quotes, "vote your conscience").speaker == "Ted Cruz"


def test_speaker_mention_is_the_whole_noun_phrase(quotes_of):
    quotes = quotes_of('"We will not give up," said Jane Doe, a spokeswoman for the campaign.')
    quote = _one(quotes, "We will not give up")
    assert quote.speaker == "Jane Doe"
    assert quote.speaker_mention == "Jane Doe, a spokeswoman for the campaign"


def test_scare_quotes_without_a_speaker_are_not_quotes(quotes_of):
    assert quotes_of('The so-called "reform" of the tax code passed on Monday.') == []


def test_coordinated_report_with_its_own_subject_stays_in_the_clause(quotes_of):
    quotes = quotes_of("The chief said witnesses saw a gun and that one was found nearby.")
    quote = _one(quotes, "witnesses saw a gun")
    assert quote.text.endswith("was found nearby")


def test_transcript_quoted_whole_gives_each_line_its_speaker(quotes_of):
    text = (
        "Moderator Chris Wallace questioned Governor Mike Pence on Sunday.\n\n"
        '"WALLACE: Will the campaign release the tax returns before the election?\n\n'
        '"PENCE: Well, the campaign has said all along that the returns are under audit."'
    )
    quotes = quotes_of(text)
    assert _one(quotes, "Will the campaign release").speaker == "Chris Wallace"
    pence = _one(quotes, "Well, the campaign has said")
    assert (pence.kind, pence.speaker) == ("direct", "Mike Pence")
    assert not pence.text.endswith('"')


def test_closing_mark_typed_as_opener_opens_a_paragraph_quote():
    text = "Readers wrote to us.\n\n”I am truly afraid of what comes next.” ― Ana Ruiz"
    assert ["\n\n".join(text[s:e] for s, e in m.pieces) for m in quote_marks(text)] == ["I am truly afraid of what comes next."]
    # After a word it still closes: no quote opens at the second mark.
    plain = 'He said “yes,” and left, “no” she said.'
    assert ["".join(plain[s:e] for s, e in m.pieces) for m in quote_marks(plain)] == ["yes,", "no"]


def test_nested_quote_closing_first_still_ends_the_sentence(quotes_of):
    text = "\"In our first meeting he said, 'Our approach has not worked,'\" Senator George Mitchell recalled."
    quote = _one(quotes_of(text), "In our first meeting")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "George Mitchell", "recall")


def test_sentence_citing_a_document_is_attributed_to_it(quotes_of):
    quotes = quotes_of("In the latest Harbour Gazette poll, conducted in early May, Alvarez led Becker by five points.")
    poll = _one(quotes, "Alvarez led Becker")
    assert (poll.kind, poll.cue) == ("indirect", "in")
    assert poll.speaker_mention == "the latest Harbour Gazette poll"


def test_according_to_phrase_ends_at_its_comma(quotes_of):
    quotes = quotes_of("According to talk radio host Rush Limbaugh, the move reeks of desperation.")
    move = _one(quotes, "the move reeks")
    assert (move.cue, move.speaker_mention) == ("according to", "talk radio host Rush Limbaugh")


def test_speaker_mention_stops_at_a_line_break(quotes_of):
    text = (
        "Readers answered our call.\n\n“He is not a leader at all.” ― Maria Lopez\n"
        "“No woman who is Mexican-American as I am would vote for him.” ― Ana Ruiz"
    )
    first = _one(quotes_of(text), "He is not a leader")
    assert (first.speaker, first.speaker_mention) == ("Maria Lopez", "Maria Lopez")


def test_participle_reporting_more_is_a_report_of_its_own(quotes_of):
    quotes = quotes_of("Senator Ruth Alvarez said the harbour plan would fail, arguing that it costs far too much.")
    fail = _one(quotes, "the harbour plan would fail")
    assert fail.text == "the harbour plan would fail"
    argued = _one(quotes, "that it costs far too much")
    assert (argued.cue, argued.speaker) == ("argue", "Ruth Alvarez")
