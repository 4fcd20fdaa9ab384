"""Attribution structures that no single cue word marks, on sentences written for these tests:
coordinated and misparsed complement clauses, "as" clauses of reporting, topics after
"about", noun complement clauses, passives with an agent, content put before its cue, and
quoted subheadings."""

from __future__ import annotations

from quote_helpers import one_quote as _one


def test_sister_complement_clauses_are_one_report(quotes_of):
    # spaCy parses the two clauses as two ccomp of "said"; PolNeAR has one Content.
    quotes = quotes_of(
        "But Senator Lena Park said the mayor has \u201cenormous respect\u201d for the harbor workers and "
        "his harsh remark was instead an expression of frustration with the port authority."
    )
    report = _one(quotes, "the mayor has")
    assert (report.kind, report.cue, report.speaker) == ("indirect", "say", "Lena Park")
    assert report.text.endswith("frustration with the port authority")


def test_bare_infinitive_hung_on_the_cue_goes_on_with_the_to_clause(quotes_of):
    quotes = quotes_of("Years ago, many European countries agreed to share a single currency and rely on one another for border controls.")
    aims = _one(quotes, "to share a single currency")
    assert aims.cue == "agree"
    assert aims.text.endswith("rely on one another for border controls")


def test_clause_hung_on_the_cue_as_adverbial_starts_at_its_subject(quotes_of):
    quotes = quotes_of("Senator Lena Park said after the hearing she would not accept the committee's findings.")
    report = _one(quotes, "she would not accept")
    assert (report.cue, report.speaker) == ("say", "Lena Park")
    assert not any("after the hearing" in q.text for q in quotes)


def test_as_clause_of_reporting_attributes_the_main_clause(quotes_of):
    quotes = quotes_of("As many engineers have pointed out, the old bridge is safe for another decade.")
    report = _one(quotes, "the old bridge is safe")
    assert (report.kind, report.cue, report.speaker_mention) == ("indirect", "point", "many engineers")


def test_as_clause_with_a_clause_of_its_own_reports_that_instead(quotes_of):
    quotes = quotes_of("As the mayor said she would, the council voted on the budget.")
    assert not any(q.text.startswith("the council voted") for q in quotes)


def test_object_of_about_is_the_topic_of_any_cue_with_a_holder(quotes_of):
    quotes = quotes_of("Senator Lena Park talked about the housing shortage for an hour. Her concerns about the budget were plain.")
    talk, concern = _one(quotes, "the housing shortage"), _one(quotes, "the budget")
    assert (talk.cue, talk.speaker) == ("talk", "Lena Park")
    assert (concern.cue, concern.speaker_mention, concern.speaker) == ("concern", "Her", "Lena Park")


def test_object_of_about_without_a_holder_is_reported_without_a_source(quotes_of):
    quotes = quotes_of("Questions about the harbor budget grew louder this week.")
    topic = _one(quotes, "the harbor budget")
    assert (topic.kind, topic.cue, topic.speaker_mention) == ("indirect", "question", None)


def test_about_after_be_is_no_report(quotes_of):
    quotes = quotes_of("The film is about a fishing town on the coast.")
    assert quotes == []


def test_that_clause_of_a_noun_is_reported_with_or_without_a_holder(quotes_of):
    quotes = quotes_of("Amid reports that the factory will close, workers gathered outside the gates.")
    report = _one(quotes, "that the factory will close")
    assert (report.kind, report.cue, report.speaker_mention) == ("indirect", "report", None)


def test_relative_clause_on_a_noun_is_no_report(quotes_of):
    quotes = quotes_of("The areas that the mayor won in 2012 have lost many jobs.")
    assert not any(q.text.startswith("that the mayor won") for q in quotes)


def test_passive_cue_takes_its_agent_as_source(quotes_of):
    quotes = quotes_of("The registration issue was first reported by The Washington Post.")
    report = _one(quotes, "The registration issue")
    assert (report.cue, report.speaker_mention) == ("report", "The Washington Post")


def test_passive_of_a_verb_that_reports_nothing_is_no_report(quotes_of):
    quotes = quotes_of("The old bridge was repaired by a crew from the city.")
    assert quotes == []


def test_words_before_a_closing_cue_without_complement_are_its_content(quotes_of):
    quotes = quotes_of("Senator Lena Park spoke to the crowd. People like her neighbors, she said.")
    report = _one(quotes, "People like her neighbors")
    assert (report.cue, report.speaker_mention, report.speaker) == ("say", "she", "Lena Park")


def test_fronted_adverbial_before_a_closing_cue_is_no_content(quotes_of):
    quotes = quotes_of("If the dam holds through the winter, the agency said.")
    assert not any(q.text.startswith("If the dam holds") for q in quotes)


def test_to_clause_of_a_verb_of_deciding_is_reported(quotes_of):
    quotes = quotes_of("The FBI decided not to recommend charges against the mayor.")
    decision = _one(quotes, "not to recommend charges")
    assert (decision.cue, decision.speaker_mention) == ("decide", "The FBI")


def test_quoted_title_case_paragraph_is_a_subheading(quotes_of):
    quotes = quotes_of(
        "The harbor opened in May, Senator Lena Park said.\n\n'Legend of the Old Harbor.'\n\n"
        '"We waited a long time for this," Park said.'
    )
    assert not any("Legend" in q.text for q in quotes)
    assert _one(quotes, "We waited a long time").speaker == "Lena Park"


def test_speaker_mention_keeps_a_closing_bracket(quotes_of):
    quotes = quotes_of("Senator Harry Reid (D-Nev.) said the bill would fail.")
    assert _one(quotes, "the bill would fail").speaker_mention == "Senator Harry Reid (D-Nev.)"


def test_the_reader_addressed_as_you_holds_nothing(quotes_of):
    quotes = quotes_of("Save $21 if you want the deluxe edition. Use code SAVE50 to get it for $799.")
    assert quotes == []
    quoted = quotes_of('"You want the truth about the budget," the mayor told the council.')
    assert [q.kind for q in quoted] == ["direct"]
