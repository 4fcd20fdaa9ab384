"""Attribution beyond quotes in marks, on sentences written for these tests: beliefs and
intentions, nominal cues, sources governing a quote through any verb, PolNeAR-style source
spans, transcripts quoted whole and odd marks."""

from __future__ import annotations

import pytest
from quote_helpers import one_quote as _one

from workbench.nlp import load_model
from workbench.nlp.actors import find_actors
from workbench.nlp.cue_lexicon import LEARNED_CUES
from workbench.nlp.quote_marks import quote_marks
from workbench.nlp.quotes import find_quotes


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


def test_speaker_mention_leaves_out_an_aside_that_reports_or_sets_the_scene(quotes_of):
    quotes = quotes_of("Dana Whitfield, who argued last year that the levy was unfair, said the new plan is better.")
    plan = _one(quotes, "the new plan is better")
    assert (plan.speaker, plan.speaker_mention) == ("Dana Whitfield", "Dana Whitfield")
    assert _one(quotes, "that the levy was unfair").speaker == "Dana Whitfield"
    quotes = quotes_of("Governor Ray Okafor, speaking to reporters in Dayton, said the budget would pass.")
    assert _one(quotes, "the budget would pass").speaker_mention == "Governor Ray Okafor"


def test_speaker_mention_keeps_a_relative_clause_that_describes_the_speaker(quotes_of):
    quotes = quotes_of("Tim Alder, who heads the agency, said the bridge is safe.")
    assert _one(quotes, "the bridge is safe").speaker_mention == "Tim Alder, who heads the agency"


def test_headline_naming_a_poll_before_a_colon_is_its_finding(quotes_of):
    quotes = quotes_of("Poll: Voters favor the new transit tax.\n\nUpdate: The meeting was moved to Friday.")
    finding = _one(quotes, "Voters favor")
    assert (finding.kind, finding.speaker, finding.speaker_mention) == ("indirect", None, "Poll")
    assert not any(q.text.startswith("The meeting") for q in quotes)
    # Words in marks after the colon are left to the quote-mark rules: one row, not two.
    assert len(quotes_of("Poll: \u201cVoters favor the new transit tax.\u201d")) == 1


def test_words_after_a_cue_and_colon_without_marks_are_what_was_said(quotes_of):
    quotes = quotes_of("Senator Lena Park spoke at the rally. Park added:\n\nWe will keep fighting for these families.")
    said = _one(quotes, "We will keep fighting")
    assert (said.kind, said.cue, said.speaker, said.speaker_mention) == ("direct", "add", "Lena Park", "Park")


def test_cue_and_colon_before_a_quote_in_marks_is_not_a_transcript_line(quotes_of):
    quotes = quotes_of("Senator Lena Park spoke at the rally.\n\nPark added: \u201cWe will keep fighting for these families.\u201d")
    assert [(q.text, q.cue, q.speaker, q.speaker_mention) for q in quotes] == [
        ("We will keep fighting for these families.", "add", "Lena Park", "Park")
    ]


def test_verb_of_judging_reports_its_object_and_as_phrase(quotes_of):
    quotes = quotes_of("Senator Lena Park portrayed the new levy as a gift to insiders on Tuesday.")
    view = _one(quotes, "the new levy as")
    assert (view.cue, view.speaker) == ("portray", "Lena Park")
    assert view.text == "the new levy as a gift to insiders"


def test_seeming_and_expectation_without_a_source(quotes_of):
    expected = _one(quotes_of("The new budget is expected to pass next week."), "The new budget")
    assert (expected.kind, expected.cue, expected.speaker_mention) == ("indirect", "expect", None)
    assert expected.text == "The new budget is expected to pass next week"
    seeming = _one(quotes_of("Turnout seems to be rising in the suburbs."), "Turnout")
    assert (seeming.cue, seeming.speaker_mention) == ("seem", None)


def test_seeming_to_say_something_is_left_to_the_speech_verb(quotes_of):
    quotes = quotes_of("The minister appeared to suggest that taxes would rise.")
    assert not any(q.cue == "appear" and q.speaker_mention is None for q in quotes)


def test_subject_of_be_or_have_is_not_the_source_of_words_in_marks(quotes_of):
    assert quotes_of('Everything at the plant is "under control" now.') == []
    assert quotes_of('The agency has a "zero tolerance" policy.') == []


def test_quote_after_a_cue_whose_subject_the_parse_lost_keeps_the_previous_speaker():
    # A parse as the small English model sometimes gives it: "said" hung as a conjunct on the
    # verb inside the quote before it, without a subject of its own.
    from spacy.tokens import Doc

    words = ["\u201c", "We", "will", "win", ",", "\u201d", "police", "chief", "Dora", "Finn", "said", ".", "\u201c", "I", "promise", "that", ".", "\u201d"]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, True, False, True, True, False, False, False]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 9, 7, 3, 3, 14, 14, 14, 14, 14, 14]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "npadvmod", "compound", "appos", "conj", "punct", "punct", "nsubj", "ROOT", "dobj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PUNCT"]
    lemmas = ["\u201c", "we", "will", "win", ",", "\u201d", "police", "chief", "Dora", "Finn", "say", ".", "\u201c", "I", "promise", "that", ".", "\u201d"]
    ents = ["O"] * 8 + ["B-PERSON", "I-PERSON"] + ["O"] * 8
    starts = [True] + [False] * 11 + [True] + [False] * 5
    doc = Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents, sent_starts=starts)
    quotes = find_quotes(doc, find_actors(doc))
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("We will win", "direct", "Dora Finn"), ("I promise that.", "direct", "Dora Finn")]


def test_reported_noun_phrase_ends_before_the_authors_closing_relative_clause(quotes_of):
    quotes = quotes_of("Senator Lena Park praised the new levy, which passed in May after a long fight.")
    assert _one(quotes, "the new levy").text == "the new levy"
    # A reported clause keeps it: it may be what the speaker said.
    quotes = quotes_of("Senator Lena Park said the plan is sound, which surprised her critics.")
    assert _one(quotes, "the plan is sound").text == "the plan is sound, which surprised her critics"
    quotes = quotes_of("Senator Lena Park dismissed the report as a partisan attack — a familiar line for her.")
    assert _one(quotes, "the report").text == "the report as a partisan attack"


def test_whole_sentences_in_marks_are_direct_even_if_the_author_goes_on(quotes_of):
    quotes = quotes_of(
        '"We tried the old route for years," said Ann Cole, a planner at the institute. '
        '"It did not work. It never cut the waiting times" in the first year.'
    )
    more = _one(quotes, "It did not work")
    assert (more.kind, more.speaker) == ("direct", "Ann Cole")


def test_attitude_adjective_reports_its_holders_that_clause(quotes_of):
    quotes = quotes_of("Farmers are afraid that the rain will not come this spring.")
    fear = _one(quotes, "that the rain will not come")
    assert (fear.kind, fear.cue, fear.speaker_mention) == ("indirect", "afraid", "Farmers")


def test_participle_cue_between_the_cue_and_the_second_quote_is_its_own(quotes_of):
    quotes = quotes_of(
        "\u201cThe harbor needs a new breakwater,\u201d Senator Lena Park said, adding later, "
        "\u201cThe old wall is crumbling, and every storm makes it worse.\u201d"
    )
    first, second = _one(quotes, "The harbor needs"), _one(quotes, "The old wall")
    assert (first.cue, second.cue) == ("say", "add")
    assert first.speaker == second.speaker == "Lena Park"


def test_transcript_turn_goes_on_over_unlabelled_paragraphs(quotes_of):
    text = (
        "On Friday, Senator Lena Park took questions from the radio host Omar Quist.\n\n"
        '"QUIST: Will the bridge open before the winter storms arrive?\n\n'
        '"PARK: We expect the crews to finish the deck in November.\n\n'
        '"After that, the inspectors need about two weeks to sign off.\n\n'
        '"(LAUGHTER.)\n\n'
        '"QUIST: And what about the toll plans for commuters?'
    )
    quotes = quotes_of(text)
    turn = _one(quotes, "We expect the crews")
    assert (turn.kind, turn.speaker) == ("direct", "Lena Park")
    assert turn.text.endswith("need about two weeks to sign off.")
    assert not any(q.text.startswith("After that") for q in quotes)
    assert _one(quotes, "And what about the toll").speaker == "Omar Quist"


@pytest.mark.parametrize("text, speaker", [
    ('"The minister has no plans to resign," a ministry spokeswoman, Lena Kraus, said on Wednesday.', "Lena Kraus"),
    ("Germany's foreign minister, Anna Berg, said on Monday that sanctions would remain in place.", "Anna Berg"),
    ("Her lawyer, David Stone, said the charges would be dropped.", "David Stone"),
    ("Anna Berg, Germany's foreign minister, said on Monday that sanctions would remain in place.", "Anna Berg"),
])
def test_a_person_named_after_a_description_is_the_speaker(quotes_of, text, speaker):
    [quote] = quotes_of(text)
    assert quote.speaker == speaker
