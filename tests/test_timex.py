"""Tests for workbench.nlp.timex: TIMEX3 tagging and normalisation against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from workbench.nlp import load_model
from workbench.nlp.timex import Timex, find_dateline, find_timexes, published_timex, value_span

SAMPLE = Path(__file__).resolve().parents[1] / "workbench" / "samples" / "000_d36c09d7923a4231.txt"  # the raw dump, dateline included
SUNDAY = dt.date(2004, 8, 1)  # the sample's publication date, a Sunday
THURSDAY = dt.date(2004, 8, 5)
RESULTS_DAY = dt.date(2008, 10, 16)  # a Thursday in third-quarter reporting season


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def tag(nlp, text: str, dct=SUNDAY) -> list[Timex]:
    return find_timexes(nlp(text), dct)


def only(nlp, text: str, dct=SUNDAY) -> Timex:
    found = tag(nlp, text, dct)
    assert len(found) == 1, found
    return found[0]


# --- the sample article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(nlp):
    doc = nlp(SAMPLE.read_text(encoding="utf-8"))
    return doc, {t.expression: t for t in find_timexes(doc, SUNDAY)}


@pytest.mark.parametrize(
    "expression, type_, value, mod",
    [
        ("June", "DATE", "2004-06", None),
        ("early August", "DATE", "2004-08", "START"),
        ("September", "DATE", "2004-09", None),
        ("last year", "DATE", "2003", None),
        ("three days", "DURATION", "P3D", None),
        ("recent days", "DATE", "PAST_REF", None),
        ("months", "DATE", "FUTURE_REF", None),  # "within months"; TimeML leaves "within" out
        ("a year-and-a-half ago", "DATE", "2003-02", "APPROX"),
    ],
)
def test_sample_values(sample, expression, type_, value, mod):
    doc, found = sample
    timex = found[expression]
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert doc.text[timex.start:timex.end] == expression
    assert expression in timex.sentence


@pytest.mark.parametrize(
    "expression, event",
    [
        ("June", "NATO summit in Istanbul"),
        ("early August", "officers would leave for Iraq"),
        ("September", "next NATO meeting"),
        ("last year", "Iraq war"),
        ("three days", "envoys met for the sixth time on an issue"),
        ("recent days", "ambassadors had been deadlocked over details"),
        ("months", "force to grow into the hundreds"),  # "within months" dates the growth, not "hundreds"
        ("a year-and-a-half ago", "We've come in a way"),  # "ago" dates the coming together
    ],
)
def test_sample_events(sample, expression, event):
    assert sample[1][expression].event == event


def test_sample_spans_and_anchors(sample):
    _, found = sample
    june = found["June"]
    assert (june.start_date, june.end_date, june.granularity) == (pd.Timestamp("2004-06-01"), pd.Timestamp("2004-06-30"), "month")
    assert june.anchor == "dct"
    assert found["three days"].anchor == "absolute" and found["three days"].start_date is None
    assert found["August 1, 2004"].anchor == "absolute"


def test_sample_without_dct_uses_dateline(nlp, sample):
    doc, _ = sample
    assert find_dateline(doc) == SUNDAY
    found = {t.expression: t for t in find_timexes(doc, None)}
    assert (found["June"].value, found["June"].anchor) == ("2004-06", "dateline")


# --- own sentences --------------------------------------------------------------------------------

CASES = [
    # text, dct, expression, type, value, mod
    ("The vote took place on Tuesday.", SUNDAY, "Tuesday", "DATE", "2004-07-27", None),
    ("The vote will take place on Tuesday.", SUNDAY, "Tuesday", "DATE", "2004-08-03", None),
    ("He arrived on Thursday.", THURSDAY, "Thursday", "DATE", "2004-08-05", None),
    ("He arrived last Friday.", SUNDAY, "last Friday", "DATE", "2004-07-30", None),
    ("They will meet next Monday.", SUNDAY, "next Monday", "DATE", "2004-08-02", None),
    ("Sales rose in the summer.", SUNDAY, "the summer", "DATE", "2004-SU", None),
    ("Sales will rise this winter.", SUNDAY, "this winter", "DATE", "2004-WI", None),
    ("Profits fell last spring.", SUNDAY, "last spring", "DATE", "2004-SP", None),
    ("Profits rose in the second quarter.", SUNDAY, "the second quarter", "DATE", "2004-Q2", None),
    ("Profits will rise in the fourth quarter of 2004.", SUNDAY, "the fourth quarter of 2004", "DATE", "2004-Q4", None),
    ("The office closed this week.", SUNDAY, "this week", "DATE", "2004-W31", None),
    ("The office will reopen next week.", SUNDAY, "next week", "DATE", "2004-W32", None),
    ("Talks resumed the following week.", SUNDAY, "the following week", "DATE", "2004-W32", None),
    ("The class of '04 graduated.", SUNDAY, "'04", "DATE", "2004", None),
    ("The class of '98 graduated.", SUNDAY, "'98", "DATE", "1998", None),
    ("It opened on 1 August 2004.", None, "1 August 2004", "DATE", "2004-08-01", None),
    ("It opened on August 1, 2004.", None, "August 1, 2004", "DATE", "2004-08-01", None),
    ("It opened on 01.08.2004.", None, "01.08.2004", "DATE", "2004-08-01", None),
    ("It opened on 2004-08-01.", None, "2004-08-01", "DATE", "2004-08-01", None),
    ("It opened on 1/8/2004.", None, "1/8/2004", "DATE", "2004-01-08", None),  # both parts <= 12: US month/day
    ("It opened on 13/8/2004.", None, "13/8/2004", "DATE", "2004-08-13", None),  # 13 cannot be a month
    ("It opened on 8/13/2004.", None, "8/13/2004", "DATE", "2004-08-13", None),
    ("The war lasted two and a half years.", SUNDAY, "two and a half years", "DURATION", "P2Y6M", None),
    ("They lived in the camps for 2 1/2 years.", SUNDAY, "2 1/2 years", "DURATION", "P2Y6M", None),
    ("She spends 5 1/2 hours in Nairobi.", SUNDAY, "5 1/2 hours", "DURATION", "PT5H30M", None),
    ("The trial took 1½ days.", SUNDAY, "1½ days", "DURATION", "P1DT12H", None),
    ("The strike lasted half a year.", SUNDAY, "half a year", "DURATION", "P6M", None),
    ("He waited three days.", SUNDAY, "three days", "DURATION", "P3D", None),
    ("He served 18 months in jail.", SUNDAY, "18 months", "DURATION", "P18M", None),
    ("It took half an hour.", SUNDAY, "half an hour", "DURATION", "PT30M", None),
    ("It took almost seven years.", SUNDAY, "almost seven years", "DURATION", "P7Y", "LESS_THAN"),
    ("He has lived there for years.", SUNDAY, "years", "DURATION", "PXY", None),
    ("The panel meets every week.", SUNDAY, "every week", "SET", "P1W", None),
    ("Patients are checked daily.", SUNDAY, "daily", "SET", "P1D", None),
    ("The club meets every Tuesday.", SUNDAY, "every Tuesday", "SET", "XXXX-WXX-2", None),
    ("The meeting starts at 3 p.m.", SUNDAY, "3 p.m.", "TIME", "2004-08-01T15:00", None),
    ("He left at 10:30 GMT on Friday.", SUNDAY, "10:30 GMT on Friday", "TIME", "2004-07-30T10:30", None),
    ("He spoke yesterday morning.", SUNDAY, "yesterday morning", "TIME", "2004-07-31TMO", None),
    ("We are now ready.", SUNDAY, "now", "DATE", "PRESENT_REF", None),
    ("In the past, prices fell.", SUNDAY, "the past", "DATE", "PAST_REF", None),
    ("In the future, robots will cook.", SUNDAY, "the future", "DATE", "FUTURE_REF", None),
    ("The 1990s were calm.", SUNDAY, "The 1990s", "DATE", "199", None),
    ("In the early 1980s, he left.", SUNDAY, "the early 1980s", "DATE", "198", "START"),
    ("It happened in the 20th century.", SUNDAY, "20th century", "DATE", "19", None),
    ("In mid-July the rains came.", SUNDAY, "mid-July", "DATE", "2004-07", "MID"),
    ("By the end of the year, he will retire.", SUNDAY, "the end of the year", "DATE", "2004", "END"),
    ("Two years ago, it failed.", SUNDAY, "Two years ago", "DATE", "2002", None),
    ("The plan was approved in March 2003.", SUNDAY, "March 2003", "DATE", "2003-03", None),
    ("Over the weekend, rebels attacked.", THURSDAY, "the weekend", "DATE", "2004-W31-WE", None),
    ("Shops were busy at Christmas.", SUNDAY, "Christmas", "DATE", "2003-12-25", None),
    ("He said it would happen in June.", SUNDAY, "June", "DATE", "2005-06", None),
    # business and wire-service wording
    ("The index fell for five consecutive days.", SUNDAY, "five consecutive days", "DURATION", "P5D", None),
    ("He will serve two more years.", SUNDAY, "two more years", "DURATION", "P2Y", None),
    ("The FTSE 100 closed at 1600 GMT.", SUNDAY, "1600 GMT", "TIME", "2004-08-01T16:00", None),
    ("The deal should close in the second half of the year.", SUNDAY, "the second half of the year", "DATE", "2004-H2", None),
    ("Results for the current quarter are due.", SUNDAY, "the current quarter", "DATE", "2004-Q3", None),
    ("The plant will cut 2,000 jobs by year-end.", SUNDAY, "year-end", "DATE", "2004", "END"),
    ("Sales rose 5 percent from a year earlier.", RESULTS_DAY, "a year earlier", "DATE", "2007", None),
    ("The carmaker said earlier this month that it would cut 2,000 jobs.", RESULTS_DAY, "earlier this month", "DATE", "2008-10", "START"),
    ("GM will report its results later this month.", RESULTS_DAY, "later this month", "DATE", "2008-10", "END"),
    ("Deliveries rose 4 percent in the prior year.", RESULTS_DAY, "the prior year", "DATE", "2007", None),
    ("Revenue in the latest quarter rose 9 percent.", RESULTS_DAY, "the latest quarter", "DATE", "2008-Q3", None),
    ("Apple sold 6.9 million iPhones in the June quarter.", RESULTS_DAY, "the June quarter", "DATE", "2008-Q2", None),
    ("Net income fell in the fiscal fourth quarter of 2008.", RESULTS_DAY, "the fiscal fourth quarter of 2008", "DATE", "2008-Q4", None),
    ("Analysts cut their 4Q08 estimates for Ford.", RESULTS_DAY, "4Q08", "DATE", "2008-Q4", None),
    ("Shipments of the new model start in calendar 2009.", RESULTS_DAY, "calendar 2009", "DATE", "2009", None),
    ("Bids are due at noon EST on Friday.", RESULTS_DAY, "noon EST on Friday", "TIME", "2008-10-17T12:00", None),
    ("Trading resumes at 9:30 a.m. New York time.", RESULTS_DAY, "9:30 a.m. New York time", "TIME", "2008-10-16T09:30", None),
    ("The company must pay within 10 business days.", RESULTS_DAY, "10 business days", "DURATION", "P10D", None),
    ("Workers with 30 years' service keep their pensions.", RESULTS_DAY, "30 years'", "DURATION", "P30Y", None),
    ("The next dividend will be paid on the 15th.", RESULTS_DAY, "the 15th", "DATE", "2008-11-15", None),
    ("The report is due on the 15th of next month.", RESULTS_DAY, "the 15th of next month", "DATE", "2008-11-15", None),
    ("Shipments began two weeks earlier than planned.", RESULTS_DAY, "two weeks", "DURATION", "P2W", None),  # a difference
    ("The offer expires at 5 p.m. on Nov. 14.", RESULTS_DAY, "5 p.m. on Nov. 14", "TIME", "2008-11-14T17:00", None),
    ("Oil peaked in mid-July last year.", RESULTS_DAY, "mid-July last year", "DATE", "2007-07", "MID"),
    ("Profit rose 12 percent in FY09.", RESULTS_DAY, "FY09", "DATE", "2009", None),
    ("Profit fell in the 2007 fourth quarter.", RESULTS_DAY, "the 2007 fourth quarter", "DATE", "2007-Q4", None),
    ("GM left bankruptcy protection 40 days later.", RESULTS_DAY, "40 days", "DURATION", "P40D", None),  # no date to count from
    ("Last year's fourth quarter was the worst in its history.", RESULTS_DAY, "Last year's fourth quarter", "DATE", "2007-Q4", None),
    # the weekday names the year, even against the tense ("would" looks ahead of the DCT)
    ("The exchange had said trading would resume on Monday, Dec. 29.", dt.date(2009, 1, 2), "Monday, Dec. 29", "DATE", "2008-12-29", None),
]


@pytest.mark.parametrize("text, dct, expression, type_, value, mod", CASES)
def test_sentences(nlp, text, dct, expression, type_, value, mod):
    timex = only(nlp, text, dct)
    assert (timex.expression, timex.type, timex.value, timex.mod) == (expression, type_, value, mod)
    assert text[timex.start:timex.end] == expression


# Sentences with several expressions, where the later ones depend on the earlier ones.
SEQUENCES = [
    ("Net income fell to $1.2 billion in the third quarter from $1.5 billion a year earlier.", RESULTS_DAY,
     [("the third quarter", "2008-Q3"), ("a year earlier", "2007-Q3")]),  # a comparison keeps the period
    ("Fourth-quarter profit rose 12 percent from a year ago.", dt.date(2009, 1, 22), [("Fourth-quarter", "2008-Q4"), ("a year ago", "2007-Q4")]),
    ("U.S. auto sales fell 27 percent in September from a year earlier.", RESULTS_DAY, [("September", "2008-09"), ("a year earlier", "2007-09")]),
    ("Apple posted third-quarter profit of $1.1 billion on Tuesday, up from $904 million in the year-ago quarter.", RESULTS_DAY,
     [("third-quarter", "2008-Q3"), ("Tuesday", "2008-10-14"), ("the year-ago quarter", "2007-Q3")]),  # the quarter named, not Tuesday's
    ("Airbus deliveries rose 8 percent in the first half, compared with the same period last year.", RESULTS_DAY,
     [("the first half", "2008-H1"), ("the same period last year", "2007-H1")]),
    ("Ford posted a third-quarter loss. Sales fell 4 percent from the prior quarter.", RESULTS_DAY, [("third-quarter", "2008-Q3"), ("the prior quarter", "2008-Q2")]),
    ("Apple posted third-quarter profit on Tuesday, up 5 percent from the previous quarter.", RESULTS_DAY,
     [("third-quarter", "2008-Q3"), ("Tuesday", "2008-10-14"), ("the previous quarter", "2008-Q2")]),  # the quarter the sentence names
    ("Apple posted third-quarter profit on Tuesday. Revenue for the quarter was $8 billion.", RESULTS_DAY,
     [("third-quarter", "2008-Q3"), ("Tuesday", "2008-10-14"), ("the quarter", "2008-Q3")]),
    ("Chrysler filed for bankruptcy on April 30, 2009. Fiat took control 40 days later.", RESULTS_DAY,
     [("April 30, 2009", "2009-04-30"), ("40 days later", "2009-06-09")]),
    ("He joined Ford in 1999. Two years later, he moved to GM.", RESULTS_DAY, [("1999", "1999"), ("Two years later", "2001")]),
    ("He joined Ford in 1999. The same year, he bought GM shares.", RESULTS_DAY, [("1999", "1999"), ("The same year", "1999")]),
    ("He joined Ford in March 1999 and left the same month.", RESULTS_DAY, [("March 1999", "1999-03"), ("the same month", "1999-03")]),
    ("The plant, which opened in June, was sold two years ago.", RESULTS_DAY, [("June", "2008-06"), ("two years ago", "2006")]),  # no comparison
    ("The airline expects to break even in 2008/09.", RESULTS_DAY, [("2008", "2008"), ("09", "2009")]),
    ("Apple sold 6.9 million iPhones in the quarter ended Sept. 27, up from 1.1 million in the same quarter a year ago.", RESULTS_DAY,
     [("the quarter", "2008-Q3"), ("Sept. 27", "2008-09-27"), ("the same quarter a year ago", "2007-Q3")]),  # the quarter that holds Sept. 27
    ("Shares closed at $25.10 on Friday, down from $32 a week earlier.", RESULTS_DAY, [("Friday", "2008-10-10"), ("a week earlier", "2008-W40")]),
    ("GM will report third-quarter results on Nov. 7.", RESULTS_DAY, [("third-quarter", "2008-Q3"), ("Nov. 7", "2008-11-07")]),  # results of a past quarter
    ("Apple is scheduled to report results on Tuesday.", RESULTS_DAY, [("Tuesday", "2008-10-21")]),  # the present passive looks ahead
    # wire copy: the day a statement was made, though the parse hangs it on the verb reported
    ("Boeing said on Wednesday it will deliver fewer 787s this year.", RESULTS_DAY, [("Wednesday", "2008-10-15"), ("this year", "2008")]),
]


@pytest.mark.parametrize("text, dct, expected", SEQUENCES)
def test_sequences(nlp, text, dct, expected):
    assert [(t.expression, t.value) for t in tag(nlp, text, dct)] == expected


@pytest.mark.parametrize("text", [
    "The plan may change.", "She will march on.", "Shares fell 2000 points.", "He met a 10-year-old boy.",
    "The Dow fell 200 points.", "Boeing 787 deliveries were delayed again.", "The software runs on Windows 2000.",
    "The A380 made its first flight.", "He bought a 2008 model.", "The iPhone 3G costs $199.", "The laptop costs $1,999.",
    "Fiscal responsibility matters, he said.", "May said the plan would work.", "Theresa May said the plan would work.",
    "A quarter of the workforce will lose their jobs.", "The Fed cut rates by a quarter point.",
    "Shares fell 3 percent at the close.", "The office is on the 15th floor.",
    "Revenue for the quarter was $5 billion.",  # no quarter named before: "the quarter" is not resolved
])
def test_non_timexes(nlp, text):
    assert tag(nlp, text, RESULTS_DAY) == []


def test_following_week_follows_the_last_date_mentioned(nlp):
    found = tag(nlp, "He was born on 3 March 2001. The following week he was baptised.")
    assert [t.value for t in found] == ["2001-03-03", "2001-W10"]


def test_today_is_the_day_or_nowadays(nlp):
    assert only(nlp, "The minister resigned today.").value == "2004-08-01"
    assert only(nlp, "Today's decision matters.").value == "2004-08-01"
    assert only(nlp, "Such problems can be solved today.").value == "PRESENT_REF"


def test_headline_present_tense_is_past(nlp):
    assert only(nlp, "Apple releases new phone on Tuesday\n\nThe phone is red.").value == "2004-07-27"


def test_ranges_give_both_years(nlp):
    values = [t.value for t in tag(nlp, "The pandemic of 2009-2010 and the expedition of 1957-58.")]
    assert values == ["2009", "2010", "1957", "1958"]


# --- no anchor --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["The vote took place on Tuesday.", "Sales rose last year.", "It ended in June.", "The class of '04 graduated."])
def test_no_dct_is_unresolved_not_guessed(nlp, text):
    timex = only(nlp, text, None)
    assert timex.value is None and timex.anchor == "unresolved"
    assert timex.start_date is None


def test_no_dct_keeps_absolute_values(nlp):
    found = tag(nlp, "He was born on 3 March 2001 and worked for three years, in the past in Paris.", None)
    assert [(t.value, t.anchor) for t in found] == [("2001-03-03", "absolute"), ("P3Y", "absolute"), ("PAST_REF", "absolute")]


def test_dateline_anchors_relative_expressions(nlp):
    doc = nlp("BAGHDAD, Aug. 1, 2004 -- Talks collapsed on Tuesday.\n\nThey resume next week.")
    assert find_dateline(doc) == SUNDAY
    found = find_timexes(doc, None)
    assert [(t.value, t.anchor) for t in found] == [("2004-08-01", "absolute"), ("2004-07-27", "dateline"), ("2004-W32", "dateline")]


def test_a_date_inside_a_sentence_is_not_a_dateline(nlp):
    assert find_dateline(nlp("The company, which was founded on August 1, 2004 in a garage, grew fast.")) is None


def test_odd_input_does_not_raise(nlp):
    for text in ["", "   ", "2004-13-45 and 31/31/2004 and February 30, 2004", "\n\n\n", "99:99 p.m.", "99999999 days ago"]:
        assert isinstance(find_timexes(nlp(text), SUNDAY), list)
    assert only(nlp, "It formed 10,000 years ago.").value == "PAST_REF"
    assert find_timexes(nlp("Tuesday"), pd.NaT)[0].anchor == "unresolved"


# --- spans of values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, first, last, granularity",
    [
        ("2004-06", "2004-06-01", "2004-06-30", "month"),
        ("2004-02", "2004-02-01", "2004-02-29", "month"),
        ("2004-08-01", "2004-08-01", "2004-08-01", "day"),
        ("2004", "2004-01-01", "2004-12-31", "year"),
        ("2004-W32", "2004-08-02", "2004-08-08", "week"),
        ("2004-W31-WE", "2004-07-31", "2004-08-01", "week"),
        ("2004-Q3", "2004-07-01", "2004-09-30", "quarter"),
        ("2004-SU", "2004-06-01", "2004-08-31", "season"),
        ("2004-WI", "2004-12-01", "2005-02-28", "season"),
        ("199", "1990-01-01", "1999-12-31", "decade"),
        ("19", "1900-01-01", "1999-12-31", "century"),
        ("2004-08-01T15:00", "2004-08-01 15:00", "2004-08-01 15:00", "time"),
    ],
)
def test_value_span(value, first, last, granularity):
    assert value_span(value) == (pd.Timestamp(first), pd.Timestamp(last), granularity)


@pytest.mark.parametrize("value", ["P3D", "PAST_REF", "XXXX-WI", None, "nonsense"])
def test_value_span_of_non_dates(value):
    assert value_span(value) == (None, None, None)


def test_published_timex():
    day = published_timex(dt.date(2004, 8, 1))
    assert (day.type, day.value, day.granularity, day.anchor) == ("DATE", "2004-08-01", "day", "absolute")
    stamp = published_timex(dt.datetime(2004, 8, 1, 14, 30))
    assert (stamp.type, stamp.value, stamp.start_date) == ("TIME", "2004-08-01T14:30", pd.Timestamp("2004-08-01 14:30"))
    assert published_timex(None).value is None
