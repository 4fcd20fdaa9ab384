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


def test_speech_noun_possessor_is_the_source_of_a_fragment_in_its_clause(quotes_of):
    quotes = quotes_of("The Harbour Post checked Governor Tom Becker’s claim that there were “thousands of break-ins” in the city.")
    claim = _one(quotes, "that there were")
    assert (claim.kind, claim.cue, claim.speaker, claim.speaker_mention) == ("indirect", "claim", "Tom Becker", "Governor Tom Becker’s")
    assert _one(quotes, "thousands of break-ins").speaker == "Tom Becker"


def test_quote_without_cue_takes_the_speaker_of_the_sentence_before(quotes_of):
    quotes = quotes_of('The council may delay the vote, Senator Ruth Alvarez said. "The other question is who pays for it."')
    quote = _one(quotes, "The other question")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Ruth Alvarez", "say")


def test_quote_without_cue_after_a_sentence_about_a_person(quotes_of):
    quotes = quotes_of('On Sunday, Senator Ruth Alvarez described the harbour plan in detail. "The younger voters are sick and tired of waiting."')
    assert _one(quotes, "The younger voters").speaker == "Ruth Alvarez"


def test_quote_without_cue_after_a_sentence_about_a_thing_has_no_speaker(quotes_of):
    quotes = quotes_of('The harbour plan was approved on Sunday. "The younger voters are sick and tired of waiting."')
    assert _one(quotes, "The younger voters").speaker_mention is None


def test_participle_after_a_name_is_that_persons(quotes_of):
    quotes = quotes_of('The ad uses footage of Governor Tom Becker asking, "Why am I not ahead by fifty points?"')
    quote = _one(quotes, "Why am I not ahead")
    assert (quote.speaker, quote.cue) == ("Tom Becker", "ask")


def test_quoted_as_saying_takes_the_passive_subject(quotes_of):
    quotes = quotes_of('Mayor Ann Holt was quoted as saying, "We are ready for the storm."')
    assert _one(quotes, "We are ready").speaker == "Ann Holt"


def test_split_quote_around_a_longer_cue_clause_is_direct_with_one_speaker(quotes_of):
    quotes = quotes_of('"I think the moderator will be fair," Tom Becker said at a rally in Dover, Del., "but a lot of people will be watching."')
    second = _one(quotes, "but a lot of people")
    assert (second.kind, second.speaker) == ("direct", "Tom Becker")


def test_participle_hung_inside_a_quote_goes_with_the_cue_before_it(quotes_of):
    text = (
        'Asked about the debate, Sanders said, "The birther issue again, we are bringing that up, is insane," '
        'going on to say that the country has spent "hundreds of years fighting against racism" already.'
    )
    quotes = quotes_of(text)
    assert _one(quotes, "hundreds of years").speaker == "Sanders"
    # Reported speech outside the marks never starts inside the quote before it.
    direct = _one(quotes, "The birther issue")
    assert not any(q.kind == "indirect" and direct.start < q.start < direct.end for q in quotes)


def test_author_of_a_speech_is_the_source_of_what_they_did_in_it(quotes_of):
    quotes = quotes_of("In his speech on Monday, Senator Ann Holt laid out a plan for a new harbour.")
    plan = _one(quotes, "a plan for a new harbour")
    assert (plan.speaker, plan.speaker_mention) == ("Ann Holt", "Senator Ann Holt")


def test_report_ends_before_the_authors_asides(quotes_of):
    nato = _one(quotes_of("Senator Ann Holt said the city would work with NATO, the alliance that includes most of Europe."), "the city would")
    assert nato.text == "the city would work with NATO"
    delay = _one(quotes_of("Senator Ann Holt said the delay was not intentional; her office learned of it on Friday."), "the delay")
    assert delay.text == "the delay was not intentional"


def test_name_right_after_the_quote_beats_a_name_in_its_apposition(quotes_of):
    text = "“There is a severe disconnect with our military,” Flynn, a top Trump surrogate, said Thursday morning on the radio."
    quote = _one(quotes_of(text), "There is a severe disconnect")
    assert (quote.speaker, quote.speaker_mention) == ("Flynn", "Flynn, a top Trump surrogate")


def test_reported_speech_ending_in_a_quote_keeps_its_closing_mark(quotes_of):
    text = 'Chief Kerr Putney said that the footage did not give "definitive visual evidence of a gun," but he said more would come.'
    report = _one(quotes_of(text), "that the footage")
    assert report.text.endswith('a gun,"')


def test_paragraph_opening_with_another_kind_of_mark_starts_a_new_quote():
    text = 'The paper printed a passage.\n\n"Ana thought the whole thing was outrageous.\n\n“It never crossed my mind,” she said later.'
    assert [text[m.start : m.end] for m in quote_marks(text)] == ["Ana thought the whole thing was outrageous.", "It never crossed my mind,"]
    same = 'Intro.\n\n“First paragraph of a long quote.\n\n“Second paragraph of it.”'
    assert [len(m.pieces) for m in quote_marks(same)] == [2]


def test_participle_on_a_statement_is_its_issuers(quotes_of):
    quotes = quotes_of('Following a late meeting, the Security Council issued a statement calling the nuclear test "a clear violation" of its resolutions.')
    assert _one(quotes, "a clear violation").speaker_mention == "the Security Council"


def test_report_ends_before_a_closing_participle_of_the_author(quotes_of):
    quotes = quotes_of("The president told the crowd he would consider it an insult if they stayed home, putting his own name on the line.")
    assert _one(quotes, "he would consider it").text == "he would consider it an insult if they stayed home"


def test_what_a_poll_shows_is_its_finding(quotes_of):
    finding = _one(quotes_of("Polls show a close contest in the state."), "a close contest")
    assert (finding.kind, finding.cue, finding.speaker_mention) == ("indirect", "show", "Polls")
    # A person "showing" something is no finding.
    assert quotes_of("Alvarez showed the visitors the new harbour.") == []
