"""Tests for workbench.nlp.timex: expression classes of the TimeML 1.2.1 TIMEX3 guidelines and
HeidelTime's English rule inventory that news writing uses (anaphoric days, sets, rates,
adjectival lengths, clock and race times, centuries). Own sentences; none comes from a benchmark."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import spacy

from workbench.nlp import load_model
from workbench.nlp.timex import find_timexes, value_span

WEDNESDAY = dt.date(2009, 3, 11)  # the DCT of every sentence below


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def tag(nlp, text: str, dct=WEDNESDAY):
    return find_timexes(nlp(text), dct)


CASES = [
    # text, expression, type, value, mod
    # "the day before" standing alone, with no date before it: the day before the DCT
    ("Police had warned the village the day before.", "the day before", "DATE", "2009-03-10", None),
    ("The day before yesterday, the river burst its banks.", "The day before yesterday", "DATE", "2009-03-09", None),
    ("The result will be announced the day after tomorrow.", "the day after tomorrow", "DATE", "2009-03-13", None),
    ("The law was passed the year before last.", "the year before last", "DATE", "2007", None),
    ("The harbour froze the week before last.", "the week before last", "DATE", "2009-W09", None),
    # sets
    ("The festival is held each September.", "each September", "SET", "XXXX-09", None),
    ("Local elections are held every few years.", "every few years", "SET", "PXY", None),
    ("The museum is closed on Mondays.", "Mondays", "SET", "XXXX-WXX-1", None),
    ("She teaches on Thursday evenings.", "Thursday evenings", "SET", "XXXX-WXX-4TEV", None),
    ("Nurses there earn $30,000 a year.", "a year", "SET", "P1Y", None),
    ("Two meals a day are served.", "a day", "SET", "P1D", None),
    # position words on a day (HeidelTime's date_r5b/d)
    ("The mayor spoke earlier Monday.", "earlier Monday", "DATE", "2009-03-09", "START"),
    ("The results came late yesterday.", "late yesterday", "DATE", "2009-03-10", "END"),
    ("The minister will speak later today.", "later today", "DATE", "2009-03-11", "END"),
    # lengths written as adjectives: the noun's article stays out
    ("The agency began a year-long review.", "year-long", "DURATION", "P1Y", None),
    ("The weeklong carnival closed.", "weeklong", "DURATION", "P1W", None),
    ("Months-long negotiations collapsed.", "Months-long", "DURATION", "PXM", None),
    ("The two-day summit opened.", "two-day", "DURATION", "P2D", None),
    ("The dictator ruled for a quarter-century.", "a quarter-century", "DURATION", "P25Y", None),
    ("It is the worst flood in a half-century.", "a half-century", "DURATION", "P50Y", None),
    ("The plant will close by end-2009.", "end-2009", "DATE", "2009", "END"),
    ("Rates will rise by end-March.", "end-March", "DATE", "2009-03", "END"),
    # holidays of HeidelTime's list that the module lacked
    ("Markets were shut for Martin Luther King, Jr. Day.", "Martin Luther King, Jr. Day", "DATE", "2009-01-19", None),
    ("Veterans Day ceremonies were held.", "Veterans Day", "DATE", "2008-11-11", None),
    ("The parade is held on St Patrick's Day.", "St Patrick's Day", "DATE", "2009-03-17", None),
    ("Workers marched on May Day 2008.", "May Day 2008", "DATE", "2008-05-01", None),
    # clock times with a dot, with seconds; race times
    ("The ferry sailed at 7.45pm.", "7.45pm", "TIME", "2009-03-11T19:45", None),
    ("The shelling stopped at 14.00 GMT.", "14.00 GMT", "TIME", "2009-03-11T14:00", None),
    ("The blast was recorded at 06:12:40 local time.", "06:12:40 local time", "TIME", "2009-03-11T06:12:40", None),
    ("She won the race in 2:21:05.", "2:21:05", "DURATION", "PT2H21M5S", None),
    # "back" as "ago"
    ("Two years back, the mill closed.", "Two years back", "DATE", "2007", None),
    ("A few years back, the mill closed.", "A few years back", "DATE", "PAST_REF", None),
    # a part of a named day
    ("The fire broke out on the night of March 3.", "the night of March 3", "TIME", "2009-03-03TNI", None),
    ("Troops left on the morning of Tuesday.", "the morning of Tuesday", "TIME", "2009-03-10TMO", None),
    # centuries
    ("The abbey is older than the 1600s.", "the 1600s", "DATE", "16", None),
    ("The town was founded in the 5th century.", "5th century", "DATE", "04", None),
    # a clock time with its day; a part of the day says a.m. or p.m.
    ("The service is at 11 a.m. on Sunday, March 15.", "11 a.m. on Sunday, March 15", "TIME", "2009-03-15T11:00", None),
    ("The session resumes at 2:30 in the afternoon.", "2:30 in the afternoon", "TIME", "2009-03-11T14:30", None),
    ("The minister arrived at 9 this morning.", "9 this morning", "TIME", "2009-03-11T09:00", None),
    # "a week" after a preposition is a stretch of time, not a rate
    ("Prices rose 5 percent in a week.", "a week", "DURATION", "P1W", None),
    # weekends that recur; days, weeks and months ahead; a day of the month after "for"
    ("The market is open every weekend.", "every weekend", "SET", "XXXX-WXX-WE", None),
    ("The shop closes on weekends.", "weekends", "SET", "XXXX-WXX-WE", None),
    ("Prices will rise in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", None),
    ("The vote is set for the 15th.", "the 15th", "DATE", "2009-03-15", None),
    # a quarter of a fiscal year named with it; the season with its article
    ("Profit rose in the first quarter of fiscal 2009.", "the first quarter of fiscal 2009", "DATE", "2009-Q1", None),
    ("The program was launched in the summer of 2006.", "the summer of 2006", "DATE", "2006-SU", None),
]


@pytest.mark.parametrize("text, expression, type_, value, mod", CASES)
def test_sentences(nlp, text, expression, type_, value, mod):
    found = tag(nlp, text)
    assert len(found) == 1, found
    timex = found[0]
    assert (timex.expression, timex.type, timex.value, timex.mod) == (expression, type_, value, mod)
    assert text[timex.start:timex.end] == expression


# Several expressions; the later ones are resolved against the dates before them.
SEQUENCES = [
    # a clock time right after a day is on that day
    ("The ceremony begins on Friday at 3 p.m.", [("Friday", "DATE", "2009-03-13"), ("3 p.m.", "TIME", "2009-03-13T15:00")]),
    ("Markets closed on Tuesday at 4 p.m.", [("Tuesday", "DATE", "2009-03-10"), ("4 p.m.", "TIME", "2009-03-10T16:00")]),
    ("He was freed on March 7 after a week in custody.", [("March 7", "DATE", "2009-03-07"), ("a week", "DURATION", "P1W")]),
    ("The rebels attacked the town on Monday. The army had warned them the day before.",
     [("Monday", "DATE", "2009-03-09"), ("the day before", "DATE", "2009-03-08")]),
    ("The rebels attacked on Monday and withdrew the day after.",
     [("Monday", "DATE", "2009-03-09"), ("the day after", "DATE", "2009-03-10")]),
    ("He joined the club in 1998 and left the year after.", [("1998", "DATE", "1998"), ("the year after", "DATE", "1999")]),
    ("The storm hit on Friday. The night before, the port had closed.",
     [("Friday", "DATE", "2009-03-06"), ("The night before", "TIME", "2009-03-05TNI")]),
    ("Police arrested him on May 4. That day, the border was closed.",
     [("May 4", "DATE", "2008-05-04"), ("That day", "DATE", "2008-05-04")]),
    ("The quake struck on March 2. Rescuers arrived later that day.",
     [("March 2", "DATE", "2009-03-02"), ("later that day", "DATE", "2009-03-02")]),
    ("The bill passed in 2006. Later that year, it was repealed.", [("2006", "DATE", "2006"), ("Later that year", "DATE", "2006")]),
    ("The firm was sold in June 2005. That same month, shares fell.",
     [("June 2005", "DATE", "2005-06"), ("That same month", "DATE", "2005-06")]),
    ("The strike ended on Friday. Earlier that week, talks had failed.",
     [("Friday", "DATE", "2009-03-06"), ("Earlier that week", "DATE", "2009-W10")]),
    ("The fire started on Friday. It was contained the next morning.",
     [("Friday", "DATE", "2009-03-06"), ("the next morning", "TIME", "2009-03-07TMO")]),
    ("The quake struck on March 2. That night, aftershocks shook the city.",
     [("March 2", "DATE", "2009-03-02"), ("That night", "TIME", "2009-03-02TNI")]),
    # only a coarser date before: the week of an event, not of a date named, so left out
    ("The talks failed in May. The week before, both sides had been hopeful.", [("May", "DATE", "2008-05")]),
    ("Churches were built in the 19th and 20th centuries.", [("19th", "DATE", "18"), ("20th centuries", "DATE", "19")]),
    # day ranges: the day without a month takes the other end's month and year (HeidelTime's date_r2b, r4)
    ("The fair was held March 4-6, 2008.", [("March 4", "DATE", "2008-03-04"), ("6, 2008", "DATE", "2008-03-06")]),
    ("On March 4-6, 2008 the fair drew crowds.", [("March 4", "DATE", "2008-03-04"), ("6, 2008", "DATE", "2008-03-06")]),
    ("The talks will run from March 12 to 14.", [("March 12", "DATE", "2009-03-12"), ("14", "DATE", "2009-03-14")]),
    ("The summit took place between 12 and 14 May 2008.", [("12", "DATE", "2008-05-12"), ("14 May 2008", "DATE", "2008-05-14")]),
    ("He met him on March 4 and 6 other people.", [("March 4", "DATE", "2009-03-04")]),  # "6" counts people
    # a weekday range ends after it starts, whatever the tense says of its end
    ("The show runs from Tuesday to Friday.", [("Tuesday", "DATE", "2009-03-17"), ("Friday", "DATE", "2009-03-20")]),
    ("The show ran from Thursday through Monday.", [("Thursday", "DATE", "2009-03-05"), ("Monday", "DATE", "2009-03-09")]),
    # a rate needs an amount; a year is none
    ("He works 12 hours a day.", [("12 hours", "DURATION", "PT12H"), ("a day", "SET", "P1D")]),
    ("The probe began in 2007 a year after the crash.", [("2007", "DATE", "2007"), ("a year", "DURATION", "P1Y")]),
]


@pytest.mark.parametrize("text", ["Now the talks can begin.", "The talks can now begin.", '"Now we are ready," she said.'])
def test_now_is_the_present(nlp, text):
    assert [(t.expression.lower(), t.value) for t in tag(nlp, text)] == [("now", "PRESENT_REF")]


@pytest.mark.parametrize("text, expected", SEQUENCES)
def test_sequences(nlp, text, expected):
    assert [(t.expression, t.type, t.value) for t in tag(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "The team scored in the second half.",  # a game's halves and quarters are not the year's
    "The Patriots trailed at halftime but won in the fourth quarter.",
    "He died the day after his arrest.",  # "before"/"after" with an object: not "the day after"
    "The day before the vote, he resigned.",
    "That night, aftershocks shook the city.",  # no date to take the night from
    "He said that day-care centres would close.",  # "that" is a conjunction
    "The index fell over the past two sessions.",  # "the past" counts sessions here
    "A 30-year-old man was arrested.",  # ages are no timexes (TempEval-3 leaves them out)
    "Prices recently fell.",  # annotated once in the five uses of the dev sets, and it dates nothing
    "He came back to the city.",
    "He stood long in the rain.",
    "The office is at 12-14 Main Street.",
    "Samsung 65-inch 4K TV, Now $649.99 at Walmart.",  # a price label
    "The blender is now 30% off.",
    "Groceries arrive through Prime Now and Instacart.",  # a name
    "Disney Plus is Now Live in Canada.",  # a headline-cased phrase
    "Buyer's Guide: MacBook Pro (Buy Now)",
])
def test_non_timexes(nlp, text):
    assert tag(nlp, text) == []


def test_no_dct_leaves_anaphoric_days_unresolved(nlp):
    found = find_timexes(nlp("The army had warned them the day before."), None)
    assert [(t.expression, t.value, t.anchor) for t in found] == [("the day before", None, "unresolved")]


def test_value_span_with_seconds():
    assert value_span("2009-03-11T06:12:40") == (pd.Timestamp("2009-03-11T06:12:40"), pd.Timestamp("2009-03-11T06:12:40"), "time")


def test_rules_work_without_a_parse():
    blank = spacy.blank("en")  # a tokenizer only: no tags, no dependencies, no sentences
    text = "The fair ran March 4-6, 2008. The day before, it rained. That night, it snowed. It opens on Mondays."
    found = find_timexes(blank(text), WEDNESDAY)
    assert [(t.expression, t.value) for t in found] == [
        ("March 4", "2008-03-04"), ("6, 2008", "2008-03-06"), ("The day before", "2008-03-05"),
        ("That night", "2008-03-05TNI"), ("Mondays", "XXXX-WXX-1"),
    ]
