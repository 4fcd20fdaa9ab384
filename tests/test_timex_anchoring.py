"""Tests for workbench.nlp.timex: which year, week or day an expression without one falls in,
and which dates later expressions count from. The behaviours come from the errors on the dev
data (TE3 platinum and the TempEval-3 training set); the sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.nlp import load_model
from workbench.nlp.timex import find_timexes

FRIDAY = dt.date(1999, 10, 29)  # a Friday near the end of the year
MONDAY = dt.date(2000, 1, 10)


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def values(nlp, text: str, dct: dt.date) -> list[tuple[str, str | None]]:
    return [(t.expression, t.value) for t in find_timexes(nlp(text), dct)]


@pytest.mark.parametrize("text, dct, expected", [
    # A past verb that does not govern the date does not send it most of a year back.
    ("The board declared a dividend, payable Dec. 10 to holders of record Nov. 19.", FRIDAY,
     [("Dec. 10", "1999-12-10"), ("Nov. 19", "1999-11-19")]),
    ("The firm named a new chairman, effective Feb. 1.", FRIDAY, [("Feb. 1", "2000-02-01")]),
    ("The offer had been set to expire Nov. 5.", FRIDAY, [("Nov. 5", "1999-11-05")]),
    # ... while one that governs it does, however far.
    ("Police arrested him on Dec. 3.", FRIDAY, [("Dec. 3", "1998-12-03")]),
    ("The strike began in December.", FRIDAY, [("December", "1998-12")]),
    ("The iPhone shipped in June.", dt.date(2008, 3, 6), [("June", "2007-06")]),  # a past tense tagged as a participle
    ("The plant will reopen in September.", FRIDAY, [("September", "2000-09")]),
    # A bare participle is past; a non-finite verb takes its governor's tense.
    ("The court will review the order issued Thursday.", FRIDAY, [("Thursday", "1999-10-28")]),
    ("Crowds gathered to mark the anniversary on Wednesday.", FRIDAY, [("Wednesday", "1999-10-27")]),
    ("The boy was found on Tuesday clinging to a raft.", FRIDAY, [("Tuesday", "1999-10-26")]),
    # A to-infinitive after the present looks ahead; the present itself, for a date in a noun phrase, both ways.
    ("The company is scheduled to report earnings on Tuesday.", FRIDAY, [("Tuesday", "1999-11-02")]),
    ("Shares are 4% below Thursday's closing price.", MONDAY, [("Thursday", "2000-01-06")]),
    ("The case is heard in March.", MONDAY, [("March", "2000-03")]),
    # A modal perfect looks back; a date after "since" has passed.
    ("Concern about the chip may have caused a drop in the stock on Wednesday.", FRIDAY, [("Wednesday", "1999-10-27")]),
    ("Police have been searching for him since shortly after the March 3 shooting.", FRIDAY, [("March 3", "1999-03-03")]),
    # A plan made in the past is for a time either side of now.
    ("Protesters planned a rally on Saturday and were planning to march on Monday.", FRIDAY,
     [("Saturday", "1999-10-30"), ("Monday", "1999-11-01")]),
    # A day in the possessive has happened.
    ("Lawyers said they would appeal against Wednesday's ruling.", FRIDAY, [("Wednesday", "1999-10-27")]),
    ("Revisions to November's figures were small.", MONDAY, [("November", "1999-11")]),
    # A holiday without its year: the nearest unless the verb says otherwise.
    ("The boy was rescued on Thanksgiving Day.", MONDAY, [("Thanksgiving Day", "1999-11-25")]),
    # A company looking ahead speaks of the quarter just over too.
    ("The company expects to report a profit for the third quarter.", FRIDAY, [("the third quarter", "1999-Q3")]),
    ("The company expects to post a loss in the first quarter.", FRIDAY, [("the first quarter", "2000-Q1")]),
    ("Profit rose in the fourth quarter.", MONDAY, [("the fourth quarter", "1999-Q4")]),
    # ... but only within the weeks results take to come: not the half year before last.
    ("The company expects sales to rise in the second half.", dt.date(2008, 3, 6), [("the second half", "2008-H2")]),
    ("The company expects to report a loss for the first half.", dt.date(2008, 7, 20), [("the first half", "2008-H1")]),
    ("For the quarter ended Sept. 30, the bank earned $1 billion.", FRIDAY,
     [("the quarter", "1999-Q3"), ("Sept. 30", "1999-09-30")]),
    # "the year ended" a day is the twelve months up to it, as TimeBank writes it.
    ("Net income for the year ended March 31 rose 5%.", FRIDAY, [("the year", "P1Y"), ("March 31", "1999-03-31")]),
    # ... and a period that has "ended" is over, however the parser hangs the date
    ("Revenue for the quarter ended March 31 rose 12 percent.", dt.date(2024, 3, 5), [("the quarter", "2023-Q1"), ("March 31", "2023-03-31")]),
    # "this" names the month or season of this year, whatever the tense ...
    ("With the election due this September, the figures could not have come at a worse time.", dt.date(1998, 2, 5),
     [("this September", "1998-09")]),
    ("Sales could have risen this spring.", dt.date(1998, 2, 5), [("this spring", "1998-SP")]),
    ("It snowed heavily this winter.", dt.date(1998, 1, 20), [("this winter", "1997-WI")]),  # the winter that began in December
    ("It will snow heavily this winter.", dt.date(1998, 10, 20), [("this winter", "1998-WI")]),
    # ... and a date something is put off until lies after the act.
    ("Officials postponed until Tuesday morning any action on the permit.", dt.date(2000, 3, 30),
     [("Tuesday morning", "2000-04-04TMO")]),
    ("The judge extended the deadline to Monday.", dt.date(2000, 3, 30), [("Monday", "2000-04-03")]),
    ("The store stayed open until Tuesday.", dt.date(2000, 3, 30), [("Tuesday", "2000-03-28")]),
    ("The talks have been postponed to Monday.", dt.date(2008, 3, 6), [("Monday", "2008-03-10")]),
    # The present tense of a verb the date modifies speaks of what is scheduled ...
    ("The new law takes effect Jan. 1.", dt.date(2008, 3, 6), [("Jan. 1", "2009-01-01")]),
    ("The deadline is in December.", dt.date(2008, 3, 6), [("December", "2008-12")]),
    # ... and "since" a month is in the past, however near the coming one is.
    ("He has lived there since June.", dt.date(2008, 3, 6), [("June", "2007-06")]),
    # What was agreed or scheduled is for a time either side of now.
    ("The leaders met on Monday and agreed to meet again on Friday.", dt.date(2008, 3, 6),
     [("Monday", "2008-03-03"), ("Friday", "2008-03-07")]),
    ("The unions agreed on Monday to end the strike.", dt.date(2008, 3, 7), [("Monday", "2008-03-03")]),
    ("The vote, originally scheduled for Sunday, will be held next month.", dt.date(2008, 3, 6),
     [("Sunday", "2008-03-09"), ("next month", "2008-04")]),
])
def test_year_of_an_expression_without_one(nlp, text, dct, expected):
    assert values(nlp, text, dct) == expected


def test_the_following_weekday_counts_from_the_last_date(nlp):
    text = "He died on Feb. 10. The funeral was held the following Friday, after a vigil the previous Sunday."
    assert values(nlp, text, dt.date(2008, 3, 6)) == [
        ("Feb. 10", "2008-02-10"), ("the following Friday", "2008-02-15"), ("the previous Sunday", "2008-02-10")]
    assert values(nlp, "The following Monday, fighting resumed.", dt.date(2008, 3, 6)) == [("Monday", "2008-03-03")]


def test_a_comparison_is_not_counted_from(nlp):
    text = ("Net income rose to $40 million in the third quarter from $30 million a year earlier. "
            "Revenue rose to $900 million from $850 million a year earlier.")
    assert values(nlp, text, FRIDAY) == [("the third quarter", "1999-Q3"), ("a year earlier", "1998-Q3"), ("a year earlier", "1998-Q3")]


def test_the_latest_period_is_the_latest_one_named(nlp):
    text = ("Net income rose to $40 million in the third quarter from $30 million in the second quarter "
            "and $28 million a year ago. The latest period included a gain.")
    assert values(nlp, text, FRIDAY)[-1] == ("The latest period", "1999-Q3")


def test_year_earlier_as_an_adjective(nlp):
    text = "The airline earned $18 million in the third quarter, against a year-earlier loss. Year-earlier results included a gain."
    assert values(nlp, text, FRIDAY) == [("the third quarter", "1999-Q3"), ("year-earlier", "1998-Q3"), ("Year-earlier", "1998-Q3")]
    assert values(nlp, "Sales fell from year-earlier levels.", FRIDAY) == [("year-earlier", "1998")]


def test_today_is_the_day_unless_it_means_nowadays(nlp):
    assert values(nlp, "We are here today to sign the treaty.", FRIDAY) == [("today", "1999-10-29")]
    assert values(nlp, "Whatever happens today, the talks go on.", FRIDAY) == [("today", "1999-10-29")]
    assert values(nlp, "The chip is ten times faster than the chips that are made today.", FRIDAY) == [("today", "PRESENT_REF")]
    assert values(nlp, "Such problems can be solved today.", FRIDAY) == [("today", "PRESENT_REF")]


@pytest.mark.parametrize("text, expected", [
    ("They lived in the camps for 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ("The minister spends 5 1/2 hours in the capital.", [("5 1/2 hours", "PT5H30M")]),
    ("The talks lasted a year and a half.", [("a year and a half", "P1Y6M")]),
    ("The repairs took 3½ weeks.", [("3½ weeks", "P24.5D")]),  # weeks mix with no other unit
])
def test_fractions(nlp, text, expected):
    assert values(nlp, text, FRIDAY) == expected


@pytest.mark.parametrize("text", [
    "Foreign Minister Jan Novak arrived.",  # a given name, not January
    "It would be a second defeat for the party.",  # an ordinal
    "A second group of investors joined.",
    "He said so on CBS's ''60 Minutes.''",  # a programme, and a closing quote of two marks
    'She spoke on ABC\'s "This Week" programme.',
])
def test_names_are_no_times(nlp, text):
    assert values(nlp, text, FRIDAY) == []


def test_a_second_as_a_length_stays(nlp):
    assert values(nlp, "He waited a second before answering.", FRIDAY) == [("a second", "PT1S")]
