"""Attribution structures that no single cue word marks, on sentences written for these tests:
coordinated and misparsed complement clauses, "as" clauses of reporting, topics after
"about", noun complement clauses, passives with an agent, content put before its cue, and
quoted subheadings."""

from __future__ import annotations

import pytest
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


def test_object_of_about_is_the_topic_of_any_cue_with_a_holder(quotes_of):
    quotes = quotes_of("Senator Lena Park talked about the housing shortage for an hour. Her concerns about the budget were plain.")
    talk, concern = _one(quotes, "the housing shortage"), _one(quotes, "the budget")
    assert (talk.cue, talk.speaker) == ("talk", "Lena Park")
    assert (concern.cue, concern.speaker_mention, concern.speaker) == ("concern", "Her", "Lena Park")


def test_quoted_title_case_paragraph_is_a_subheading(quotes_of):
    quotes = quotes_of(
        "The harbor opened in May, Senator Lena Park said.\n\n'Legend of the Old Harbor.'\n\n"
        '"We waited a long time for this," Park said.'
    )
    assert not any("Legend" in q.text for q in quotes)
    assert _one(quotes, "We waited a long time").speaker == "Lena Park"


def test_the_reader_addressed_as_you_holds_nothing(quotes_of):
    quotes = quotes_of("Save $21 if you want the deluxe edition. Use code SAVE50 to get it for $799.")
    assert quotes == []
    quoted = quotes_of('"You want the truth about the budget," the mayor told the council.')
    assert [q.kind for q in quoted] == ["direct"]


# (sentence, the report's first words, what the report must say)
REPORTS = [
    # "As X noted, Y": Y is what X noted (PARC).
    ("As many engineers have pointed out, the old bridge is safe for another decade.", "the old bridge is safe",
     {"kind": "indirect", "cue": "point", "speaker_mention": "many engineers"}),
    # The topic after "about", with no one holding it: sourceless.
    ("Questions about the harbor budget grew louder this week.", "the harbor budget",
     {"kind": "indirect", "cue": "question", "speaker_mention": None}),
    # A noun's "that" clause.
    ("Amid reports that the factory will close, workers gathered outside the gates.", "that the factory will close",
     {"kind": "indirect", "cue": "report", "speaker_mention": None}),
    # A passive cue takes its agent as source.
    ("The registration issue was first reported by The Washington Post.", "The registration issue",
     {"cue": "report", "speaker_mention": "The Washington Post"}),
    # Words before a closing cue without a complement are its content.
    ("Senator Lena Park spoke to the crowd. People like her neighbors, she said.", "People like her neighbors",
     {"cue": "say", "speaker_mention": "she", "speaker": "Lena Park"}),
    # The "to" clause of a decision.
    ("The FBI decided not to recommend charges against the mayor.", "not to recommend charges",
     {"cue": "decide", "speaker_mention": "The FBI"}),
    # A speaker mention keeps its closing bracket.
    ("Senator Harry Reid (D-Nev.) said the bill would fail.", "the bill would fail",
     {"speaker_mention": "Senator Harry Reid (D-Nev.)"}),
]


@pytest.mark.parametrize("text, starts_with, expected", REPORTS)
def test_reports(quotes_of, text, starts_with, expected):
    report = _one(quotes_of(text), starts_with)
    assert {field: getattr(report, field) for field in expected} == expected


# (sentence, first words that must not start a quote; None: no quote at all)
NOT_REPORTS = [
    ("As the mayor said she would, the council voted on the budget.", "the council voted"),  # the "as" clause reports its own clause
    ("The film is about a fishing town on the coast.", None),  # "about" after "be"
    ("The areas that the mayor won in 2012 have lost many jobs.", "that the mayor won"),  # a relative clause
    ("The old bridge was repaired by a crew from the city.", None),  # a passive that reports nothing
    ("If the dam holds through the winter, the agency said.", "If the dam holds"),  # a fronted adverbial
]


@pytest.mark.parametrize("text, starts_with", NOT_REPORTS)
def test_not_reports(quotes_of, text, starts_with):
    quotes = quotes_of(text)
    if starts_with is None:
        assert quotes == []
    else:
        assert not any(q.text.startswith(starts_with) for q in quotes)
