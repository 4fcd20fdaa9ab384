"""Temporal expressions (TIMEX3) found in a spaCy Doc and normalised against the publication date.

Method: hand-written extraction and normalisation rules in the style of HeidelTime
(Strötgen & Gertz 2010, "HeidelTime: High Quality Rule-based Extraction and Normalization
of Temporal Expressions", SemEval-2010 Task 13; Strötgen & Gertz 2013, "Multilingual and
cross-domain temporal tagging", Lang. Resour. Eval. 47(2)). As in HeidelTime's news mode,
patterns over the text find the expressions; a normalisation function per pattern writes the
TIMEX3 value (TimeML 1.2.1, Pustejovsky et al. 2005); relative expressions ("June",
"Tuesday", "last year") are resolved against the document creation time (DCT) and the tense
of the verb the expression attaches to. HeidelTime itself is GPL and Java, so nothing of it is
used here: the rules below are hand-written, because no well-kept permissive Python library
writes TIMEX3 values (see ``shared/eval/timex/README.md`` §4, §6).

Conventions (documented choices, TimeML where it has one):

* Extents follow TimeML: leading prepositions are left out ("June", not "in June"); quantity
  modifiers ("about", "almost", "more than") are kept and set ``mod``.
* Seasons are northern-hemisphere meteorological seasons: SP = Mar–May, SU = Jun–Aug,
  FA = Sep–Nov, WI = Dec–Feb; ``2004-WI`` is the winter that starts in December 2004.
* Weeks are ISO 8601 weeks (Monday to Sunday); ``2004-W31-WE`` is that week's Saturday and
  Sunday. Parts of the day: MO 06–12 h, AF 12–18 h, EV 18–22 h, NI 22–24 h.
* All-numeric dates: ``2004-08-01`` is ISO; ``01.08.2004`` (dots) is day.month.year, the
  European convention; with slashes a part above 12 decides, and ``1/8/2004`` where both parts
  could be the month is read month/day/year, the US convention of English-language news.
* Two-digit years ("'04", "the '90s") take the century that puts them within 89 years before
  to 10 years after the DCT; without a DCT they stay unresolved.
* Past or future: "last"/"next" decide; otherwise the tense of the governing verb does (past
  -> the latest such date not after the DCT; will, would and the other modals -> the earliest
  not before it); with no verb, or the present perfect, the nearest one is taken (after
  HeidelTime's news-mode disambiguation). The present looks ahead for a date the verb
  governs ("the case is heard in May") and both ways for one inside a noun phrase ("below
  Thursday's close"); a headline's present tense counts as past. A non-finite verb takes its
  governor's tense ("staged rallies to mark the entry on Friday"), a bare participle is past
  ("the injunction issued Thursday"), and a to-infinitive after the present or as an object
  complement looks ahead ("is scheduled to report on Tuesday", "expected the force to grow
  within months"). A date in the possessive is past ("Wednesday's ruling"); a plan made in
  the past leaves the date open ("planned a rally on Saturday"), a modal perfect and "since"
  look back ("may have caused a drop on Wednesday", "since the March 3 shooting"); a past
  tense spaCy tags as a participle counts as past. "Friday" written on a Friday
  is the DCT itself. A weekday decides the year of the date it comes with ("Monday, March 3");
  a date right after "said" is past, as in wire copy's "X said Tuesday it will ...".
* How far the tense may reach: a month, day or holiday named without its year lies within
  eight months of the DCT unless a past or modal verb governs it directly ("payable Dec. 7",
  "effective Feb. 1", "set to expire Nov. 6", said in October, are this year's; "arrested
  him on Dec. 3" is last year's). A quarter named without its year is this year's, the one
  before when the clause is past and it has not begun, the next year's when the clause looks
  ahead and it was over 45 days before the DCT, the time results take to be reported
  ("expects to report a profit for the third quarter", said in October, is this year's
  third quarter); halves likewise.
* "today" is the DCT's date, in the present tense too ("whatever happens today"), except in
  a statement of what can be done or set against another time ("faster than can be done
  today"), where TimeML reads it as PRESENT_REF. "within months" in a non-past clause is
  FUTURE_REF, "recent days" PAST_REF; "the past year" is the duration P1Y. "recently" is
  not marked (the dev sets mark it once in five uses).
* "the following week", "the next day", "the same year", "the prior quarter", "two days later"
  are resolved against the last date mentioned before them that is at least as precise as
  their unit, the DCT when there is none ("40 days later" then stays the duration "40 days");
  "the quarter" only against a quarter named before.
* Business comparisons keep the period compared: "a year earlier", "from a year ago", "the
  year-ago quarter", "a year-earlier loss", "the same period last year" after "the third
  quarter" (2008-Q3) are 2007-Q3, as TimeBank annotates them (HeidelTime's REFUNIT); with no
  month, season, quarter or half named they are the year before the anchor. A comparison is
  never counted from: a second "a year earlier" is still 2007-Q3, not 2006-Q3. "The quarter
  ended Sept. 30" is the quarter that holds that day, "the year ended March 31" the duration
  P1Y, and "the latest period" the latest month, quarter or half named before it.
* "earlier this month" and "later this year" are the month or year with mod START or END
  (HeidelTime's convention). Fiscal quarters and years are written as calendar ones ("fiscal
  2008" is 2008); "the June quarter" is the quarter ending in June. A year that is part of a
  name ("Windows 2000", "a 2008 model") is no date.
* Without a DCT the dateline (a full date alone on a line, or opening a line and followed by
  a dash, within the first 600 characters) is the anchor; with neither, relative expressions
  get value ``None`` and anchor ``"unresolved"`` rather than a guess.
* "the day before", "the year after" (with nothing after "before"/"after"), "the night before"
  and "the next morning" count from the last date mentioned, or from the DCT when no date comes
  before them; "that day", "later that year", "that night" take the last date mentioned and are
  left out when there is none. "The day before the vote" is not one of them: TimeML marks "the
  day" there and links it to the event, whose date is unknown here.
* Sets (TimeML; HeidelTime's set rules): "every Monday", "on Mondays", "Monday afternoons",
  "each September", "every few years" (PXY), and "a year" after an amount ("$40,000 a year",
  "12 hours a day"). Ages ("a 30-year-old") are no timexes, as in TempEval-3.
* A fractional length takes the next finer unit for its fraction: "2 1/2 years" is P2Y6M,
  "5 1/2 hours" PT5H30M (TimeBank's values); weeks, which ISO 8601 does not mix with other
  units, go whole into days ("3½ weeks" is P24.5D).
* Words of time capitalised as a title mid-sentence are names ("60 Minutes", "This Week"),
  and so is a short month without its full stop before a capitalised word ("Jan Kavan").
* A length written as one adjective leaves the noun's article out ("a year-long inquiry" ->
  "year-long", "the two-day summit" -> "two-day"); "finished in 2:08:45" is a duration, a time
  with seconds after "at" or with a zone a clock time; "the 1800s" is a century ("18").
* In a day range ("March 4-6, 2008", "4 and 5 March") the day written without its month takes
  the other end's month and year, and the first day takes a year written after the last one.
* "a year-and-a-half ago" (and any fractional "ago") is computed at the finer unit (18 months
  before the DCT's month) with mod APPROX, because a rounded figure names an approximate
  month, not an exact one: DCT 2004-08-01 gives ``2003-02`` APPROX.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from typing import Callable, NamedTuple

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Token


class Timex(NamedTuple):
    """One temporal expression; ``start``/``end`` are character offsets into ``doc.text``."""

    expression: str
    type: str  # DATE, TIME, DURATION or SET
    value: str | None  # TIMEX3 value; None when a relative expression had no anchor
    mod: str | None  # START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS
    start_date: pd.Timestamp | None
    end_date: pd.Timestamp | None
    granularity: str | None
    start: int | None
    end: int | None
    sentence: str | None
    event: str | None
    anchor: str  # dct, dateline, absolute or unresolved


# ---------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6,
}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_ORDER = ["SP", "SU", "FA", "WI"]
_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "couple": 2, "a couple": 2,
    "a couple of": 2, "couple of": 2,
}
_VAGUE_NUMBERS = {"few", "a few", "several", "some", "many", "a number of"}
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4, "fifth": 5, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "19th": 19, "20th": 20, "21st": 21, "18th": 18, "17th": 17, "16th": 16,
}
# unit word -> (TIMEX3 duration letter, whether it is a time unit written after "T", how many
# of that letter's unit it makes); vague amounts keep their own letter ("decades" -> PXDE)
_UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1), "day": ("D", False, 1),
    "night": ("D", False, 1), "week": ("W", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("M", False, 3), "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
}
_VAGUE_LETTERS = {"decade": "DE", "century": "CE", "quarter": "Q"}
# A fractional amount takes the next finer unit for its fraction: P1.5Y -> P1Y6M, P1.5D -> P1DT12H
# (TimeBank's P2Y6M for "2 1/2 years"), or for all of it when there is no whole part or it is weeks.
_FINER = {("Y", False): (12, "M", False), ("W", False): (7, "D", False), ("D", False): (24, "H", True), ("H", True): (60, "M", True)}
_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}
_POSITION_MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START", "mid": "MID",
                  "middle": "MID", "late": "END", "later": "END", "end": "END", "close": "END"}

# Regular-expression building blocks. The flags are IGNORECASE; names of months and weekdays
# must be capitalised, which keeps "may", "march", "sat" as words out.
_MONTH_RE = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY_RE = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat)\.)"
)
_SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
_WORD_NUMBER_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple(?:\s+of)?|an?)"
)
_NUMBER_RE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD_NUMBER_RE})"
_VAGUE_RE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of)"
_HALF_RE = r"(?:[-\s]and[-\s]a[-\s]half|\s+1/2|\s?½)"  # "two-and-a-half", "2 1/2", "2½"
_UNIT_RE = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
_UNITS_RE = rf"{_UNIT_RE}s?"
_MOD_RE = r"(?:about|around|approximately|roughly|some|nearly|almost|less\s+than|more\s+than|at\s+least|up\s+to|at\s+most|no\s+more\s+than)"
_POS_RE = r"(?:(?:the\s+)?(?:early|mid|late)|(?:the\s+)?(?:beginning|start|middle|end|close)\s+of|(?:end|start)(?=-))"  # "end-2009"
# Words between a number and its unit that leave the length as it is ("five straight days";
# "ten trading days" counts the days the market is open, still days).
_SPAN_ADJECTIVE_RE = r"(?:consecutive|straight|successive|full|whole|more|additional|extra|trading|business|working)"
_QUANTITY_RE = (
    rf"(?:half\s+an?\s+{_UNIT_RE}|(?:an?\s+)?(?:quarter|half)[-\s]century|{_NUMBER_RE}{_HALF_RE}?[-\s]+(?:{_SPAN_ADJECTIVE_RE}\s+)?{_UNITS_RE}{_HALF_RE}?|{_VAGUE_RE}\s+{_UNITS_RE})"
)
_ZONE_NAME_RE = r"(?:(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|ET|CST|CDT|PST|PDT|PT)|(?:local|New\s+York|London|Tokyo|Hong\s+Kong)\s+time)"
_ZONE_RE = rf"(?:\s+{_ZONE_NAME_RE})?"

# ---------------------------------------------------------------------------------------------
# Normalisation helpers


class _Value(NamedTuple):
    type: str
    value: str | None
    mod: str | None
    relative: bool  # needed an anchor (DCT or dateline)


# A past reporting verb right before a date, the wire-service "X said Tuesday (that) ...".
_REPORTED = re.compile(r"\b(?:said|announced|reported|added|confirmed|disclosed)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


# "since" a few words before a date: what has lasted since then began in the past.
_SINCE = re.compile(r"\bsince\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
# "ended" right before a date: the end of a period that is over ("the year ended March 31").
_ENDED = re.compile(r"\bended\s+$", re.IGNORECASE)


class _Mention(NamedTuple):
    start: int
    end: int
    value: str
    granularity: str
    first_day: dt.date


# From finest to coarsest, as value_span names them.
_GRANULARITIES = ["time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]


# Verbs whose object lies ahead of them: in the past tense they still leave the date open.
_PROSPECTIVE = {"plan", "schedule", "expect", "intend", "prepare", "promise", "vow", "threaten", "aim", "hope", "propose"}
# ... and verbs that settle what happens next, for a date in their to-infinitive only:
# "agreed to meet again on Friday" is open, "agreed on Monday to end the strike" is past.
_RESOLVING = {"agree", "decide", "vote"}
# Verbs that put something off: the date they put it off until lies after the act, so in
# the past tense it still looks ahead ("postponed until Tuesday", "extended the deadline to May").
_DEFERRING = {"postpone", "delay", "defer", "adjourn", "reschedule", "extend", "suspend", "recess", "push", "put", "move"}
_UNTIL = re.compile(r"\b(?:until|till|to|into)\s+(?:next\s+|the\s+)?$", re.IGNORECASE)


class _Context:
    """What the rules may look at: the text, the anchor date and the parse."""

    def __init__(self, doc: Doc, anchor_date: dt.date | None, anchor: str):
        self.doc = doc
        self.text = doc.text
        self.anchor_date = anchor_date
        self.anchor = anchor
        # dates mentioned so far, in text order: None while the rules' matches are being
        # chosen, filled in afterwards so that anaphoric rules see what came before them
        self.mentions: list[_Mention] | None = None
        self._latest_periods: list[_Mention | None] = []  # see latest_period
        self._token_starts = doc.to_array("IDX")  # an array: iterating Tokens is slow
        self._sentence_starts: np.ndarray | None = None
        self._sentence_texts: dict[int, str] = {}
        # arrays, not Doc.has_annotation, which walks the tokens in Python
        self.parsed = bool(len(doc)) and bool(doc.to_array("DEP").any())
        self.has_sentences = bool(len(doc)) and bool((doc.to_array("SENT_START")[1:] != 0).any())

    def token_at(self, char: int) -> Token | None:
        if not len(self.doc):
            return None
        i = int(np.searchsorted(self._token_starts, char, side="right")) - 1
        return self.doc[max(i, 0)]

    def _sentence_index(self, char: int) -> int:
        if self._sentence_starts is None:
            flags = self.doc.to_array("SENT_START")
            flags[0] = 1
            self._sentence_starts = np.flatnonzero(flags == 1)
        token = int(np.searchsorted(self._token_starts, char, side="right")) - 1
        return int(np.searchsorted(self._sentence_starts, max(token, 0), side="right")) - 1

    def sentence_at(self, char: int) -> str | None:
        if not len(self.doc) or not self.has_sentences:
            return None
        k = self._sentence_index(char)
        if k not in self._sentence_texts:
            # Sliced from the text by token offsets, not joined from the Span's tokens, and kept:
            # a 10,000-token "sentence" (a table, a list) holding thousands of dates would
            # otherwise be rebuilt once per date.
            next_start = self._sentence_starts[k + 1] if k + 1 < len(self._sentence_starts) else None
            end = len(self.text) if next_start is None else int(self._token_starts[next_start])
            self._sentence_texts[k] = self.text[int(self._token_starts[self._sentence_starts[k]]):end].strip()
        return self._sentence_texts[k]

    def same_sentence(self, first: int, second: int) -> bool:
        if not len(self.doc) or not self.has_sentences:
            return not re.search(r"[.!?]\s|\n", self.text[first:second])
        return self._sentence_index(first) == self._sentence_index(second)

    def last_mention(self, char: int, coarsest: str, finest: str = "time") -> _Mention | None:
        """The last date mentioned before ``char`` whose granularity lies between ``finest``
        and ``coarsest`` ("the following week" needs a day or a week, not a year)."""
        low, high = _GRANULARITIES.index(finest), _GRANULARITIES.index(coarsest)
        for mention in reversed(self.mentions or []):
            if mention.start < char and low <= _GRANULARITIES.index(mention.granularity) <= high:
                return mention
        return None

    def latest_period(self, char: int) -> _Mention | None:
        """The latest in time of the months, quarters and halves mentioned before ``char``.

        The running latest after each mention is kept as mentions are added, so that a page
        repeating "the latest period" does not scan all its dates again each time."""
        low, high = _GRANULARITIES.index("month"), _GRANULARITIES.index("half")
        for mention in self.mentions[len(self._latest_periods):]:
            best = self._latest_periods[-1] if self._latest_periods else None
            if low <= _GRANULARITIES.index(mention.granularity) <= high and (best is None or mention.first_day > best.first_day):
                best = mention
            self._latest_periods.append(best)
        before = bisect.bisect_left(self.mentions, char, key=lambda mention: mention.start)
        return self._latest_periods[before - 1] if before else None

    def word_before(self, char: int) -> str:
        words = self.text[max(0, char - 40):char].lower().split()
        return words[-1] if words else ""

    def tense(self, char: int) -> str | None:
        """``past``, ``future`` or None (both ways) for the verb governing ``char``.

        Will, would and the other modals look ahead; the present perfect looks both ways. The
        present looks ahead for a date the verb governs ("the case is heard in May"), both ways
        for a date inside a noun phrase ("shares are below Thursday's close"). A non-finite verb
        takes its governor's tense ("staged celebrations to mark the entry on Friday"), a
        to-infinitive looking ahead where that says nothing ("is scheduled to report on Tuesday").
        A date in the possessive is past, whatever the verb ("would get around Wednesday's
        ruling"): so it is in every such case of the dev sets. So is a date a few words after
        "since", and one a modal perfect governs ("may have caused a drop on Wednesday").
        """
        if _REPORTED.search(self.text, max(0, char - 30), char):
            return "past"  # "said on Wednesday it will deliver": the parser often hangs the day on "deliver"
        if _SINCE.search(self.text, max(0, char - 60), char) or _ENDED.search(self.text, max(0, char - 10), char):
            return "past"  # "have been searching since shortly after the Oct. 23 slaying", "the year ended March 31"
        first = token = self.token_at(char)
        head = token
        while head is not None and head.dep_ in ("compound", "amod", "nummod") and head.head.i > head.i:
            head = head.head
        if head is not None and head.dep_ == "poss":
            return "past"  # "Thursday's closing price", "get around Wednesday's ruling": a day gone by
        in_noun_phrase = infinitive = False
        for _ in range(12):  # the governing verb is a few arcs up at most
            if token is None:
                return None
            if token.pos_ in ("VERB", "AUX"):
                auxiliaries = _auxiliaries(token)
                if token.tag_ == "VBN" and not auxiliaries and token.dep_ != "ROOT":
                    # a bare participle: "the injunction issued Thursday"; one of planning
                    # leaves the date open: "the vote, originally scheduled for Sunday"
                    return None if token.lemma_ in _PROSPECTIVE else "past"
                if auxiliaries or token.tag_ not in ("VB", "VBG") or token.dep_ == "ROOT":
                    break
                if any(c.tag_ == "TO" for c in token.children):
                    if token.dep_ == "ccomp":
                        return "future"  # "expected the force to grow within months"
                    infinitive = True
            elif token.dep_ == "ROOT":
                break
            elif token.pos_ == "NOUN" and token.i != first.i:
                in_noun_phrase = True
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if token.lemma_ in _DEFERRING and _UNTIL.search(self.text, max(0, char - 20), char):
            return "future"  # "postponed until Tuesday morning", "have been put off to Monday"
        auxiliaries = _auxiliaries(token)
        words = {a.lower_ for a in auxiliaries}
        if "have" in words and words & {"may", "might", "could", "must", "should", "would", "'d"}:
            return "past"  # a modal perfect looks back: "may have been responsible for a drop on Wednesday"
        if any(a.lower_ in ("will", "'ll", "shall", "would", "'d", "wo", "going") or a.tag_ == "MD" for a in auxiliaries):
            return "future"
        if any(a.lower_ in ("has", "have", "'ve") for a in auxiliaries):
            return None  # "has been postponed until Saturday"
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or token.tag_ == "VBN" and not auxiliaries:
            # a participle without auxiliary is mostly a mis-tagged past tense; a plan made in
            # the past is for a time either side of now ("planned a rally on Saturday")
            return None if token.lemma_ in _PROSPECTIVE or infinitive and token.lemma_ in _RESOLVING else "past"
        if token.dep_ == "conj" and not auxiliaries and token.head.pos_ in ("VERB", "AUX"):
            return self.tense(token.head.idx)  # "started ... and peaked": the first verb's tense
        present = token.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxiliaries)  # "is scheduled"
        if present and self.in_headline(char):
            return "past"  # headlines tell past events in the present tense ("Apple releases ...")
        if present:
            return None if in_noun_phrase and not infinitive else "future"
        if token.tag_ in ("VB", "VBG", "MD"):
            return "future"
        return None

    def governed(self, char: int) -> bool:
        """Whether the date at ``char`` modifies a finite verb directly ("arrested him on May 4",
        "would happen in June", "takes effect Jan. 1"), so that the tense dates it firmly,
        rather than a noun, an adjective or a non-finite verb, which say less ("a cutback in
        September", "payable Dec. 7", "set to expire Nov. 6")."""
        if _ENDED.search(self.text, max(0, char - 10), char) or _SINCE.search(self.text, max(0, char - 60), char):
            return True  # "the year ended March 31", "has lived there since June": over, however the parser hangs it
        first = token = self.token_at(char)
        for _ in range(12):
            if token is None:
                return False
            if token.pos_ in ("VERB", "AUX"):
                auxiliaries = _auxiliaries(token)
                if token.tag_ == "VBN" and not auxiliaries and any(c.dep_ == "nsubj" for c in token.children):
                    return True  # a past tense tagged as a participle: "the iPhone shipped in June"
                return token.tag_ in ("VBD", "MD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "MD") for a in auxiliaries)
            if token.i != first.i and token.pos_ not in ("ADP", "PROPN", "NUM") or token.dep_ == "ROOT":
                return False
            token = token.head
        return False

    def at_sentence_start(self, char: int) -> bool:
        token = self.token_at(char)
        return token is None or token.is_sent_start or token.i == 0

    def in_headline(self, char: int) -> bool:
        """Whether ``char`` stands in a line of at most 20 words without final punctuation."""
        line_start = self.text.rfind("\n", 0, char) + 1
        line_end = self.text.find("\n", char)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)].strip()
        return len(line.split()) <= 20 and not line.endswith((".", "!", "?", '"', "”", "'", "’", ":", ";", ","))


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, less the infinitive "to", which says nothing of tense."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _season_of(day: dt.date) -> tuple[int, str]:
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, _SEASON_ORDER[(day.month - 3) // 3]


def _choose(candidates: list[int], reference: int, tense: str | None, relation: str | None,
            horizon: int | None = None) -> int:
    """Pick from consecutive candidate indices: ``relation`` last/next, else by tense, else
    nearest. With a ``horizon``, the tense gives way to the nearest candidate when its own
    lies farther than that: "payable Dec. 7", "effective Feb. 1", "set to expire Nov. 6" hang
    on a past verb, but news names a day most of a year back with its year, or as "last"."""
    if relation == "last":
        return max(c for c in candidates if c < reference)
    if relation == "next":
        return min(c for c in candidates if c > reference)
    nearest = min(candidates, key=lambda c: (abs(c - reference), c > reference))
    if tense == "past":
        chosen = max(c for c in candidates if c <= reference)
    elif tense == "future":
        chosen = min(c for c in candidates if c >= reference)
    else:
        return nearest
    return nearest if horizon is not None and abs(chosen - reference) > horizon else chosen


# How far the tense of a verb the date does not modify directly may send a month or a day
# named without its year (tuned on the dev sets).
_MONTHS_HORIZON = 8
_DAYS_HORIZON = 243


def _horizon(ctx: _Context, char: int, horizon: int) -> int | None:
    return None if ctx.governed(char) else horizon


def _relation(words: str) -> str | None:
    """``last``, ``next`` or ``this`` for the word before a relative expression."""
    return {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
            "following": "next", "this": "this"}.get(words.lower())


def _quantity(text: str) -> tuple[float | None, str] | None:
    """Amount (None for vague "several") and unit word of a quantity like "a year-and-a-half"."""
    words = re.sub(r"[-\s]+", " ", text.lower()).strip()
    unit_match = re.search(rf"\b({_UNIT_RE})s?\b", words)
    if not unit_match:
        return None
    unit = "century" if unit_match.group(1).startswith("centur") else unit_match.group(1)
    if fraction := re.fullmatch(r"(?:an? )?(quarter|half) century", words):
        return {"quarter": 0.25, "half": 0.5}[fraction.group(1)], "century"  # "a quarter-century"
    if words.startswith("half"):
        return 0.5, unit
    half = 0.5 if re.search(r"and a half|1/2|½", words) else 0.0  # "two and a half years", "a year and a half"
    amount_words = re.sub(r"\s?(?:and a half|1/2|½)", "", words[:unit_match.start()]).strip()
    amount_words = re.sub(rf"\s{_SPAN_ADJECTIVE_RE}$", "", amount_words)
    if amount_words in _VAGUE_NUMBERS:
        return None, unit
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", amount_words):
        return float(amount_words.replace(",", "")) + half, unit
    if amount_words in _NUMBERS:
        return _NUMBERS[amount_words] + half, unit
    parts = amount_words.split()
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS and _NUMBERS[parts[0]] >= 20:
        return _NUMBERS[parts[0]] + _NUMBERS[parts[1]] + half, unit  # "twenty five"
    return None


def _duration(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value, e.g. P3D, PT30M, P1Y6M, PXY."""
    letter, is_time, factor = _UNITS[unit]
    if amount is None:
        return f"PTX{letter}" if is_time else f"PX{_VAGUE_LETTERS.get(unit, letter)}"
    amount *= factor
    if amount != int(amount) and (letter, is_time) in _FINER:
        finer, finer_letter, finer_is_time = _FINER[letter, is_time]
        whole, rest = int(amount), (amount - int(amount)) * finer
        if whole and letter != "W" and rest == int(rest):  # ISO 8601 forbids mixing weeks with other units
            head = f"PT{whole}{letter}" if is_time else f"P{whole}{letter}"
            return f"{head}{'T' if finer_is_time and not is_time else ''}{int(rest)}{finer_letter}"
        letter, is_time = finer_letter, finer_is_time
        amount *= finer
    number = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
    return f"PT{number}{letter}" if is_time else f"P{number}{letter}"


def _before(day: dt.date, amount: float, unit: str) -> str:
    """The date ``amount`` units before ``day``, at the unit's granularity (a month when a
    fraction of a year makes the year too coarse: 1.5 years before 2004-08 is 2003-02)."""
    if unit in ("second", "minute", "hour"):
        return day.isoformat()
    if unit in ("day", "night", "week", "fortnight"):
        days = amount * {"week": 7, "fortnight": 14}.get(unit, 1)
        target = day - dt.timedelta(days=round(days))
        if unit != "day" and unit != "night" and days % 7 == 0:
            year, week, _ = target.isocalendar()
            return f"{year:04d}-W{week:02d}"
        return target.isoformat()
    months = amount * {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    year, month = divmod(_month_index(day.year, day.month) - round(months), 12)
    if year < 1:
        return "PAST_REF"  # before the common era: TIMEX3 dates have no negative years
    if unit != "month" and unit != "quarter" and months % 12 == 0:
        return f"{year:04d}"
    return f"{year:04d}-{month + 1:02d}"


def _means_nowadays(m: re.Match, ctx: _Context) -> bool:
    """"today" as nowadays (PRESENT_REF in TimeML): in a present-tense statement of what can
    be done, or set against another time ("faster than can be done today"). Otherwise it is
    the day, in the present tense too ("whatever happens today", "we today accept"), as in
    TimeBank; so are "today's decision" and "he said today"."""
    if ctx.text[m.end():m.end() + 2] in ("'s", "’s") or ctx.tense(m.start()) != "future":
        return False
    verb = ctx.token_at(m.start()).head
    if verb.tag_ not in ("VBZ", "VBP", "VBN", "VB"):
        return False
    if any(c.lower_ in ("can", "ca") for c in verb.children):
        return True
    sentence = ctx.sentence_at(m.start()) or ""
    return bool(re.search(r"\b(?:than|compared|unlike)\b", sentence[:max(0, sentence.find(m.group()))], re.IGNORECASE))


def _is_title(m: re.Match, ctx: _Context) -> bool:
    """Words of time capitalised as a title mid-sentence name a programme or a work, not a
    time: CBS's "60 Minutes", ABC's "This Week"."""
    words = re.findall(r"[^\W\d_]+", m.group(0))
    return bool(words) and all(w[0].isupper() for w in words) and not ctx.at_sentence_start(m.start()) and not ctx.in_headline(m.start())


def _two_digit_year(digits: int, anchor: dt.date | None) -> int | None:
    if anchor is None:
        return None
    year = anchor.year - anchor.year % 100 + digits
    if year > anchor.year + 10:
        year -= 100
    elif year < anchor.year - 89:
        year += 100
    return year


# ---------------------------------------------------------------------------------------------
# Rules: (pattern, handler). Each handler gets the match and the context and returns a _Value,
# or None to reject the match.

Rule = tuple[re.Pattern, Callable[[re.Match, _Context], _Value | None], re.Pattern]
_RULES: list[Rule] = []


def _rule(trigger: str, pattern: str):
    """Register a rule. ``trigger`` matches a word (or digit) that every match of ``pattern``
    contains: the pattern only runs near the trigger's hits, which keeps tagging fast."""
    def register(handler):
        _RULES.append((re.compile(pattern, re.IGNORECASE), handler, _compiled_trigger(trigger)))
        return handler
    return register


_TRIGGERS: dict[str, re.Pattern] = {}


def _compiled_trigger(trigger: str) -> re.Pattern:
    return _TRIGGERS.setdefault(trigger, re.compile(trigger, re.IGNORECASE))


_MONTH_TRIGGER = r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_DIGIT_TRIGGER = r"\d+"  # a number, not each digit: one window per number
_DAY_PART_TRIGGER = r"\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)"  # shared: one search
_UNIT_TRIGGER = r"\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"


def _position_mod(text: str | None) -> str | None:
    """START, MID or END for "early", "mid-", "the end of" and the like."""
    if not text:
        return None
    words = text.lower().replace("-", " ").split()
    return _POSITION_MODS.get(next((w for w in words if w not in ("the", "of")), ""))


# Plural nouns that make a four-digit number a count rather than a year.
_COUNTED = re.compile(
    r"\s*(?:percent|per\s+cent|%|people|persons|points|km|kilometres|miles|feet|metres|meters|tons|tonnes"
    r"|units|votes|troops|soldiers|men|women|children|jobs|workers|employees|students|cars|vehicles"
    r"|homes|houses|deaths|cases|shares|barrels|acres|words|pages|copies|members|residents|pounds|dollars)\b",
    re.IGNORECASE,
)


def _year_or_anchor(match_year: str | None, ctx: _Context) -> int | None:
    if not match_year:
        return None
    if match_year.startswith(("'", "’")):
        return _two_digit_year(int(match_year[1:]), ctx.anchor_date)
    return int(match_year)


# Between the days of a range: "March 4-6", "4 and 5 March", "from March 4 to 6".
_RANGE_SEP_RE = r"(?:\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)"
_DAY_OF_MONTH_RE = (
    rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>{_DAY_RE})(?:\s+of)?\s+(?P<m>{_MONTH_RE})(?:\s*,?\s+(?P<y>{_YEAR_RE}|['’]\d\d))?(?!\w)"
    rf"|\b(?:(?P<wd2>{_WEEKDAY_RE}),?\s+)?(?P<m2>{_MONTH_RE})\s+(?P<d2>{_DAY_RE})(?:\s*,?\s+(?P<y2>{_YEAR_RE}|['’]\d\d)"
    # "March 4-6, 2008": the first day, with the year written after the last
    rf"|(?={_RANGE_SEP_RE}{_DAY_RE}\s*,?\s+(?P<ry>{_YEAR_RE})(?!\w)))?(?!\w|[:.,]\d)")


@_rule(_MONTH_TRIGGER, _DAY_OF_MONTH_RE)
def _day_of_month(m: re.Match, ctx: _Context) -> _Value | None:
    month = _MONTHS[(m.group("m") or m.group("m2")).lower().rstrip(".")]
    day = _day_number(m.group("d") or m.group("d2"))
    year_text = m.group("y") or m.group("y2") or m.group("ry")
    year = _year_or_anchor(year_text, ctx)
    if year_text:
        if year is None:
            return _Value("DATE", None, None, True)
        return _date_value(year, month, day, relative=year_text[0] in "'’")
    if ctx.anchor_date is None:
        return _Value("DATE", None, None, True)
    day_date = _month_day(ctx, month, day, m.start(), m.group("wd") or m.group("wd2"))
    return None if day_date is None else _Value("DATE", day_date.isoformat(), None, True)


_DAY_OF_MONTH = re.compile(_DAY_OF_MONTH_RE, re.IGNORECASE)


@_rule(_DAY_PART_TRIGGER, rf"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{_WEEKDAY_RE})(?![\w,])"
       rf"|(?P<date>(?:{_WEEKDAY_RE},?\s+)?(?:(?:the\s+)?{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}|{_MONTH_RE}\s+{_DAY_RE})(?:\s*,?\s+(?:{_YEAR_RE}|['’]\d\d))?)(?!\w|[:.,]\d))")
def _part_of_date(m: re.Match, ctx: _Context) -> _Value | None:
    """"the night of March 3", "the morning of Tuesday": that part of the day, one TIME (TimeML
    marks the whole phrase, as TIDES did: 2009-03-03TNI)."""
    part = _DAY_PARTS[m.group("part").lower()]
    if m.group("wd"):
        if ctx.anchor_date is None:
            return _Value("TIME", None, None, True)
        day = _weekday_date(ctx, _WEEKDAYS[m.group("wd").lower().rstrip(".")], m.start(), None)
        return _Value("TIME", f"{day.isoformat()}T{part}", None, True)
    date = _DAY_OF_MONTH.fullmatch(ctx.text, m.start("date"), m.end("date"))
    value = date and _day_of_month(date, ctx)
    if not value or not value.value:
        return None
    return _Value("TIME", f"{value.value}T{part}", None, value.relative)


_RANGE_START = re.compile(rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>{_DAY_RE}){_RANGE_SEP_RE}$")


@_rule(_MONTH_TRIGGER, rf"(?<![\w.,:/$£€-])(?P<d1>{_DAY_RE})(?={_RANGE_SEP_RE}(?:the\s+)?{_DAY_RE}(?:\s+of)?\s+(?P<m1>{_MONTH_RE})(?:\s*,?\s+(?P<y1>{_YEAR_RE}))?(?!\w))"
       rf"|(?<=[-–\s])(?P<d2>{_DAY_RE})(?:\s*,?\s+(?P<y2>{_YEAR_RE})(?![\w%]|[.,]\d)|(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|and|or|when|with|for|from|to)\b))")
def _range_day(m: re.Match, ctx: _Context) -> _Value | None:
    """The day of a range that names no month itself: "4" in "4 and 5 March", "6, 2008" in
    "March 4-6, 2008" (HeidelTime's date_r2b, r4b); it takes the month, and year, of the other
    end, and the year of the range's start where none is written."""
    if m.group("d1"):
        month, day, year_text, start = m.group("m1"), m.group("d1"), m.group("y1"), m.start()
        first_day = day
    else:
        start_match = _RANGE_START.search(ctx.text, max(0, m.start() - 30), m.start())
        if not start_match:
            return None
        month, day, year_text, start = start_match.group("m"), m.group("d2"), m.group("y2"), start_match.start()
        first_day = start_match.group("d")
    month, day, first_day = _MONTHS[month.lower().rstrip(".")], _day_number(day), _day_number(first_day)
    if year_text:
        return _date_value(int(year_text), month, day)
    if ctx.anchor_date is None:
        return _Value("DATE", None, None, True)
    first = _month_day(ctx, month, first_day, start)  # the range's year: its first day's, by the tense
    return None if first is None else _date_value(first.year, month, day, relative=True)


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_day(ctx: _Context, month: int, day: int, char: int, weekday: str | None = None) -> dt.date | None:
    """A month and day without year, in the year before, of or after the anchor's: the one in
    which it falls on ``weekday`` when one is named ("Monday, March 3", whatever the tense),
    else by the tense at ``char``; None for a day the month lacks."""
    candidates = []
    for year in (ctx.anchor_date.year - 1, ctx.anchor_date.year, ctx.anchor_date.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    matching = [c for c in candidates if weekday and c.weekday() == _WEEKDAYS[weekday.lower().rstrip(".")]]
    if matching:
        return matching[0]
    if not candidates:
        return None
    return dt.date.fromordinal(_choose([c.toordinal() for c in candidates], ctx.anchor_date.toordinal(), ctx.tense(char), None, _horizon(ctx, char, _DAYS_HORIZON)))


@_rule(_DIGIT_TRIGGER, r"\bthe\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?:\s+of\s+(?P<rel>this|next|last)\s+month)?(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|to|at|when)\b)")
def _day_of_this_month(m: re.Match, ctx: _Context) -> _Value | None:
    """"on the 15th", "the 15th of next month": a day of the DCT's month, or of the month before
    or after it by "last"/"next" or the tense, as for a month name. Only after a preposition of
    time and before punctuation or a conjunction, which keeps "the 15th floor" out."""
    if not m.group("rel") and ctx.word_before(m.start()) not in ("on", "by", "until", "till", "before", "after", "since", "from", "for"):
        return None
    if ctx.anchor_date is None:
        return _Value("DATE", None, None, True)
    day = int(m.group("d")[:-2])
    this_month = _month_index(ctx.anchor_date.year, ctx.anchor_date.month)
    if m.group("rel"):
        month = this_month + {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
    else:  # candidates keyed month * 100 + day, so that they sort as the dates do
        keys = [(this_month + k) * 100 + day for k in (-1, 0, 1)]
        month = _choose(keys, this_month * 100 + ctx.anchor_date.day, ctx.tense(m.start()), None) // 100
    year, month0 = divmod(month, 12)
    return _date_value(year, month0 + 1, day, relative=True)


def _date_value(year: int, month: int, day: int, relative: bool = False) -> _Value | None:
    try:
        return _Value("DATE", dt.date(year, month, day).isoformat(), None, relative)
    except ValueError:
        return None


@_rule(_DIGIT_TRIGGER, r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w/-])")
def _iso_date(m: re.Match, ctx: _Context) -> _Value | None:
    return _date_value(int(m.group("y")), int(m.group("m")), int(m.group("d")))


@_rule(_DIGIT_TRIGGER, r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\w/]|\.\d)")
def _numeric_date(m: re.Match, ctx: _Context) -> _Value | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if m.group("sep") == "." or a > 12:
        day, month = a, b
    else:
        month, day = a, b
    year_text = m.group("y")
    year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), ctx.anchor_date)
    if year is None:
        return _Value("DATE", None, None, True)
    return _date_value(year, month, day, relative=len(year_text) == 2)


@_rule(_MONTH_TRIGGER, rf"\b(?:(?P<pos>{_POS_RE})[-\s]+)?(?:(?P<rel>last|next|this)\s+)?(?P<m>{_MONTH_RE})(?:\s*,?\s+(?:of\s+)?(?P<y>{_YEAR_RE}|['’]\d\d)|\s+(?:of\s+)?(?P<ry>last|next|this)\s+year)?(?!\w)")
def _month(m: re.Match, ctx: _Context) -> _Value | None:
    token = ctx.token_at(m.start("m"))
    if token is not None and (token.tag_ == "MD" or token.pos_ == "VERB"):
        return None  # "May" the modal, "March" the verb
    if token is not None and not (m.group("pos") or m.group("rel") or m.group("y") or m.group("ry")) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children):
        return None  # "Theresa May", "Brian May": a surname after a given name
    if re.fullmatch(r"(?-i:[A-Z][a-z]{2})", m.group(0)) and re.match(r"\s+(?-i:[A-Z][a-z])", ctx.text[m.end():m.end() + 3]):
        return None  # "Jan Kavan": a short month without its full stop, before a name, is a given name
    month = _MONTHS[m.group("m").lower().rstrip(".")]
    mod = _position_mod(m.group("pos"))
    year_text = m.group("y")
    if year_text:
        year = _year_or_anchor(year_text, ctx)
        if year is None:
            return _Value("DATE", None, mod, True)
        return _Value("DATE", f"{year:04d}-{month:02d}", mod, year_text[0] in "'’")
    if ctx.anchor_date is None:
        return _Value("DATE", None, mod, True)
    if m.group("ry"):  # "May last year" (HeidelTime's date_r8a)
        year = ctx.anchor_date.year + {"last": -1, "next": 1, "this": 0}[m.group("ry").lower()]
        return _Value("DATE", f"{year:04d}-{month:02d}", mod, True)
    relation = _relation(m.group("rel") or "")
    if relation == "this":  # "this September" is this year's, whatever the tense
        return _Value("DATE", f"{ctx.anchor_date.year:04d}-{month:02d}", mod, True)
    reference = _month_index(ctx.anchor_date.year, ctx.anchor_date.month)
    candidates = [_month_index(ctx.anchor_date.year + k, month) for k in (-1, 0, 1)]
    year, month0 = divmod(_choose(candidates, reference, ctx.tense(m.start()), relation, _horizon(ctx, m.start(), _MONTHS_HORIZON)), 12)
    return _Value("DATE", f"{year:04d}-{month0 + 1:02d}", mod, True)


@_rule(r"\b(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", rf"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_WEEKDAY_RE})(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)")
def _weekday(m: re.Match, ctx: _Context) -> _Value | None:
    """A weekday near the anchor; the end of a range ("from Tuesday to Friday") is the first
    such day after its start, whatever the tense."""
    if ctx.anchor_date is None:
        return _Value("TIME" if m.group("part") else "DATE", None, None, True)
    weekday = _WEEKDAYS[m.group("wd").lower().rstrip(".")]
    relation = _relation(m.group("rel") or "")
    range_start = None if relation else _WEEKDAY_RANGE_START.search(ctx.text, max(0, m.start() - 30), m.start())
    if range_start:
        first = _weekday_date(ctx, _WEEKDAYS[range_start.group("wd").lower().rstrip(".")], range_start.start(), _relation(range_start.group("rel") or ""))
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 or 7)
    else:
        day = _weekday_date(ctx, weekday, m.start(), relation)
    mod = _position_mod(m.group("pos"))
    if m.group("part"):
        return _Value("TIME", f"{day.isoformat()}T{_DAY_PARTS[m.group('part').lower()]}", mod, True)
    return _Value("DATE", day.isoformat(), mod, True)


@_rule(r"\b(?:following|previous|preceding)\b", rf"\bthe\s+(?P<rel>following|previous|preceding)\s+(?P<wd>{_WEEKDAY_RE})(?!\w)")
def _anchored_weekday(m: re.Match, ctx: _Context) -> _Value | None:
    """"the following Monday", "the previous Friday": the first such day after (before) the
    last day mentioned (TimeML's anchored dates); with none before it, the plain weekday
    rule decides."""
    if ctx.mentions is None or ctx.anchor_date is None:
        return _Value("DATE", None, None, True)  # decided once the dates before it are known
    mention = ctx.last_mention(m.start(), "day", "day")
    if mention is None:
        return None
    weekday = _WEEKDAYS[m.group("wd").lower().rstrip(".")]
    if m.group("rel").lower() == "following":
        day = mention.first_day + dt.timedelta(days=(weekday - mention.first_day.weekday()) % 7 or 7)
    else:
        day = mention.first_day - dt.timedelta(days=(mention.first_day.weekday() - weekday) % 7 or 7)
    return _Value("DATE", day.isoformat(), None, True)


_WEEKDAY_RANGE_START = re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_WEEKDAY_RE})\s*(?:[-–]|to|until|till|through|thru)\s*$", re.IGNORECASE)


def _weekday_date(ctx: _Context, weekday: int, char: int, relation: str | None) -> dt.date:
    """The date of a weekday near the anchor, by "last"/"next" or the tense at ``char``."""
    reference = ctx.anchor_date.toordinal()
    candidates = [reference - ctx.anchor_date.weekday() + weekday + 7 * k for k in (-2, -1, 0, 1, 2)]
    return dt.date.fromordinal(_choose(candidates, reference, ctx.tense(char), relation))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n < 0: from the end) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


# Holidays that name one day a year (US federal dates where countries differ), keyed by
# _holiday_key: lower case, without apostrophes, dots and commas.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "new years day": lambda y: dt.date(y, 1, 1), "new years eve": lambda y: dt.date(y, 12, 31),
    "valentines day": lambda y: dt.date(y, 2, 14), "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4), "bastille day": lambda y: dt.date(y, 7, 14),
    "st patricks day": lambda y: dt.date(y, 3, 17), "easter": _easter,
    "easter sunday": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "may day": lambda y: dt.date(y, 5, 1), "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26), "anzac day": lambda y: dt.date(y, 4, 25),
    "remembrance day": lambda y: dt.date(y, 11, 11), "armistice day": lambda y: dt.date(y, 11, 11),
    "veterans day": lambda y: dt.date(y, 11, 11), "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3), "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "fathers day": lambda y: _nth_weekday(y, 6, 6, 3),
}


def _holiday_key(name: str) -> str:
    key = re.sub(r"['’.,]", "", name.lower()).replace("labour", "labor").replace("saint ", "st ").replace(" jr ", " ")
    return " ".join(key.split())


@_rule(r"\b(?-i:Christmas|Boxing|New|Valentine|Halloween|Independence|Bastille|St|Saint|Easter|Good|Thanksgiving|Black|Labo|Memorial|May|Canada|Australia|Anzac|Remembrance|Armistice|Veteran|Martin|President|Columbus|Father)",
       r"\b(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day"
       r"|Halloween|Independence\s+Day|Bastille\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Easter(?:\s+(?:Sunday|Monday))?"
       r"|Good\s+Friday|Thanksgiving(?:\s+Day)?|Black\s+Friday|Labou?r\s+Day|Memorial\s+Day|May\s+Day|Canada\s+Day|Australia\s+Day"
       r"|Anzac\s+Day|Remembrance\s+Day|Armistice\s+Day|Veterans['’]?\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day"
       r"|Presidents['’]?\s+Day|Columbus\s+Day|Father['’]s\s+Day))(?:\s*,?\s+(?P<y>" + _YEAR_RE + r"))?(?!\w)")
def _holiday(m: re.Match, ctx: _Context) -> _Value | None:
    name = _holiday_key(m.group("h"))
    date_of = _HOLIDAYS[name]
    if m.group("y"):
        return _Value("DATE", date_of(int(m.group("y"))).isoformat(), None, False)
    if ctx.anchor_date is None:
        return _Value("DATE", None, None, True)
    years = [ctx.anchor_date.year + k for k in (-1, 0, 1)]
    chosen = _choose([date_of(y).toordinal() for y in years], ctx.anchor_date.toordinal(), ctx.tense(m.start()), None, _horizon(ctx, m.start(), _DAYS_HORIZON))
    return _Value("DATE", dt.date.fromordinal(chosen).isoformat(), None, True)


@_rule(r"\b(?:spring|summer|autumn|fall|winter)", rf"\b(?:(?P<pos>{_POS_RE})[-\s]+)?(?:(?P<rel>last|next|this|the\s+(?:last|past|next|coming|previous|following))\s+|(?P<the>the)\s+)?(?P<s>{_SEASON_RE})(?:\s+(?:of\s+)?(?P<y>{_YEAR_RE}|['’]\d\d))?(?![\w'’-])")
def _season(m: re.Match, ctx: _Context) -> _Value | None:
    season = _SEASONS[m.group("s").lower()]
    mod = _position_mod(m.group("pos"))
    signalled = m.group("rel") or m.group("y") or m.group("pos")
    allowed_before = ("the", "in") if m.group("s").lower() == "fall" else ("the", "in", "during", "until", "by", "since")
    if not signalled and not m.group("the") and ctx.word_before(m.start()) not in allowed_before:
        return None  # a bare season word is as often a verb, a name or a figure of speech
    if not m.group("y") and (re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]) or m.group("s")[0].isupper() and not ctx.at_sentence_start(m.start("s"))):
        return None  # "the fall of Rome", "the Summer Olympics"
    if m.group("y"):
        year = _year_or_anchor(m.group("y"), ctx)
        if year is None:
            return _Value("DATE", None, mod, True)
        return _Value("DATE", f"{year:04d}-{season}", mod, m.group("y")[0] in "'’")
    if ctx.anchor_date is None:
        return _Value("DATE", None, mod, True)
    relation = _relation(m.group("rel").split()[-1]) if m.group("rel") else None
    if relation == "this":  # "this spring" is this year's, whatever the tense; "this winter" in January began last year
        year = ctx.anchor_date.year - (season == "WI" and ctx.anchor_date.month <= 2)
        return _Value("DATE", f"{year:04d}-{season}", mod, True)
    anchor_year, anchor_season = _season_of(ctx.anchor_date)
    reference = anchor_year * 4 + _SEASON_ORDER.index(anchor_season)
    candidates = [(anchor_year + k) * 4 + _SEASON_ORDER.index(season) for k in (-1, 0, 1)]
    year, order = divmod(_choose(candidates, reference, ctx.tense(m.start()), relation), 4)
    return _Value("DATE", f"{year:04d}-{_SEASON_ORDER[order]}", mod, True)


@_rule(_DIGIT_TRIGGER, rf"(?<![\w$£€.,])(?:(?P<pos>{_POS_RE})[-\s]+)?(?:(?P<fiscal>(?:fiscal|calendar)(?:\s+year)?|FY)\s*)?(?:(?P<y>{_YEAR_RE})|(?<!['’])['’](?P<yy>\d\d)|(?<=FY)(?P<fy>\d\d)|(?<=\d\d[-–/])(?P<tail>\d\d))(?![\w%]|[.,]\d)")
def _year(m: re.Match, ctx: _Context) -> _Value | None:
    before = ctx.text[max(0, m.start() - 5):m.start()]
    after = ctx.text[m.end():m.end() + 12].lower()
    follows_year = re.fullmatch(r"(?:1[5-9]|20)\d\d[-–/]", before) is not None
    if m.group("tail"):
        if not follows_year:
            return None
        year = int(before[:2] + m.group("tail"))  # "1957-58", the fiscal year "2008/09"
        return _Value("DATE", f"{year:04d}", None, False) if year > int(before[:4]) else None
    if before.endswith(("-", "–")) and not follows_year or re.match(r"[-–]\d(?!\d{3}\b|\d\b)", after):
        return None  # part of a code or a number range, not a year
    if _COUNTED.match(after) or before.strip().endswith(("$", "£", "€", "No.", "#")):
        return None  # "2000 troops", "$1999"
    if re.match(r"[-\s]+models?\b", after) or m.group("y") and not (m.group("fiscal") or m.group("pos")) and _names_a_product(m.start("y"), ctx):
        return None  # "a 2008 model", "Windows 2000"
    mod = _position_mod(m.group("pos"))
    if m.group("yy") or m.group("fy"):  # "'04", "FY09"
        if after.startswith("s"):
            return None
        year = _two_digit_year(int(m.group("yy") or m.group("fy")), ctx.anchor_date)
        return _Value("DATE", None if year is None else f"{year:04d}", mod, True)
    return _Value("DATE", m.group("y"), mod, False)


def _names_a_product(char: int, ctx: _Context) -> bool:
    """Whether the number at ``char`` is part of a name ("Windows 2000", "Euro 2008"): the
    parse hangs it on the proper noun right before it, that noun is no month, and it does not
    itself modify a noun further on ("GM 2008 sales", which the parser often reads the same way)."""
    token = ctx.token_at(char)
    if token is None or token.idx != char or token.i == 0 or not ctx.parsed:
        return False
    name = ctx.doc[token.i - 1]
    return (name.pos_ == "PROPN" and token.head.i == name.i and not name.is_stop and name.head.i <= token.i
            and name.lower_.rstrip(".") not in _MONTHS)


@_rule(r"\d+|ties\b", rf"\b(?:(?P<pos>{_POS_RE})[-\s]+)?(?:the\s+)?(?:(?P<full>1[5-9]\d0|20\d0)s|['’](?P<two>\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w'’])")
def _decade(m: re.Match, ctx: _Context) -> _Value | None:
    mod = _position_mod(m.group("pos"))
    if m.group("full") and re.fullmatch(r"1[5-9]00", m.group("full")):
        return _Value("DATE", m.group("full")[:2], mod, False)  # "the 1800s" is the century, not its first decade
    if m.group("full"):
        return _Value("DATE", m.group("full")[:3], mod, False)
    digits = int(m.group("two")) if m.group("two") else {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}[m.group("word").lower()]
    if m.group("word") and not m.group(0).lower().startswith(("the", "early", "mid", "late")):
        return None  # "in his forties" is an age
    year = _two_digit_year(digits, ctx.anchor_date)
    if year is None:
        return _Value("DATE", None, mod, True)
    if year > ctx.anchor_date.year:
        year -= 100
    return _Value("DATE", f"{year // 10:03d}", mod, True)


_CENTURY_ORDINAL_RE = r"(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)"


@_rule(r"\bcentur", rf"\b(?:(?P<pos>the\s+(?:early|mid|late)|the\s+(?:beginning|start|middle|end)\s+of\s+the)[-\s]+)?(?P<ord>{_CENTURY_ORDINAL_RE})"
       rf"(?:[-\s]+centur(?:y|ies)(?![\w-])|(?=\s+(?:and|or|to|through)\s+(?:the\s+)?{_CENTURY_ORDINAL_RE}[-\s]+centuries\b))")
def _century(m: re.Match, ctx: _Context) -> _Value | None:
    """"the 20th century", "the 19th and 20th centuries" (two timexes, as TimeML marks each)."""
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    ordinal = m.group("ord").lower()
    number = words.get(ordinal) or int(re.match(r"\d+", ordinal).group())
    if m.group(0).lower().endswith("centuries") and not re.search(r"\b(?:and|or|to|through)\s+(?:the\s+)?$", ctx.text[max(0, m.start() - 14):m.start()], re.IGNORECASE):
        return None  # "21st centuries" alone is no date
    pos = m.group("pos")
    mod = _position_mod(pos.replace(" the", "") if pos else None)
    return _Value("DATE", f"{number - 1:02d}", mod, False)


# Words of a match report: its halves and quarters are the game's, not the year's. (Not
# "game", "goal" or "match", which business news uses too: "sales goals for the second half".)
_GAME = re.compile(r"\b(?:scored|scoring|halftime|half-time|touchdowns?|penalty|penalties|kick-?off|innings|striker|"
                   r"quarterback|rebounds|extra time|overtime|equali[sz](?:er|ed)|free kick|goalkeeper|the whistle)\b", re.IGNORECASE)


# Listed companies report a quarter or a half within about six weeks of its end (the SEC's
# 40-day deadline for large filers' quarterly reports, 10-Q).
_REPORTING_LAG_DAYS = 45


@_rule(r"\b(?:quarter|half|[QH][1-4]|[1-4](?-i:[QH]))", rf"\b(?:(?P<pos>{_POS_RE})[-\s]+)?(?:(?P<rel0>this|last|next)\s+year['’]s\s+|(?:the\s+)?(?P<y0>{_YEAR_RE})(?:['’]s)?\s+|the\s+)?(?:fiscal[-\s]+)?"
       rf"(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)|(?P<qm>(?-i:March|June|September|December)))[-\s]+(?:fiscal\s+)?(?P<part>quarter|half)"
       rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{_YEAR_RE})|(?P<rel>this|last|next|the(?:\s+current)?)\s+(?:fiscal\s+)?year))?(?![\w-])"
       rf"|\b(?P<letter>[QH])(?P<n>[1-4])(?:\s+(?P<y2>{_YEAR_RE})|['’](?P<yy>\d\d))?\b"
       # analysts' shorthand: "4Q08", "1H 2009"
       rf"|\b(?P<n2>[1-4])(?P<letter2>(?-i:[QH]))(?:\s?(?P<y3>{_YEAR_RE})|(?P<yy2>\d\d))?\b")
def _quarter(m: re.Match, ctx: _Context) -> _Value | None:
    """Quarters (2004-Q3) and halves (2004-H1) of a year; "the June quarter" is the one ending
    in June, the usage of companies that report by calendar quarter."""
    letter = m.group("letter") or m.group("letter2") or ("Q" if m.group("part").lower() == "quarter" else "H")
    per_year = 4 if letter == "Q" else 2
    if m.group("qm"):
        if letter != "Q":
            return None
        number = _MONTHS[m.group("qm").lower()] // 3
    else:
        number = int(m.group("n") or m.group("n2") or 0) or _ORDINALS[m.group("ord").lower()]
    if m.group("ord") and m.group("ord").lower() in ("final", "last"):
        number = per_year
    if number > per_year:
        return None
    mod = _position_mod(m.group("pos"))
    year_text = m.group("y") or m.group("y0") or m.group("y2") or m.group("y3")  # "the 2007 fourth quarter"
    if year_text:
        return _Value("DATE", f"{year_text}-{letter}{number}", mod, False)
    if m.group("yy") or m.group("yy2"):
        year = _two_digit_year(int(m.group("yy") or m.group("yy2")), ctx.anchor_date)
        return _Value("DATE", None if year is None else f"{year:04d}-{letter}{number}", mod, True)
    if m.group("part") and not (m.group("rel") or m.group("rel0")) and _GAME.search(ctx.sentence_at(m.start()) or ""):
        return None  # "scored in the second half", "trailed 20-14 in the third quarter": a game's
    if ctx.anchor_date is None:
        return _Value("DATE", None, mod, True)
    if m.group("rel") or m.group("rel0"):
        # "the second half of the year" is this year's, as "this year" is.
        year = ctx.anchor_date.year + {"last": -1, "next": 1}.get((m.group("rel") or m.group("rel0")).lower().split()[-1], 0)
        return _Value("DATE", f"{year}-{letter}{number}", mod, True)
    # Looking ahead, a company speaks of the period just over too ("expects to report net
    # income of 15 cents a share for the third quarter", said in October): results come some
    # weeks after the period ends, so the future counts from that many days before the anchor.
    tense = ctx.tense(m.start())
    reference = ctx.anchor_date - dt.timedelta(days=_REPORTING_LAG_DAYS if tense == "future" else 0)
    current = reference.year * per_year + (reference.month - 1) * per_year // 12
    candidates = [(ctx.anchor_date.year + k) * per_year + number - 1 for k in (-1, 0, 1)]
    year, index = divmod(_choose(candidates, current, tense, None), per_year)
    return _Value("DATE", f"{year}-{letter}{index + 1}", mod, True)


@_rule(_DAY_PART_TRIGGER, r"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
       r"|\b(?P<rel>this|last)\s+(?P<part2>morning|afternoon|evening|night)\b")
def _deictic_day(m: re.Match, ctx: _Context) -> _Value | None:
    word = (m.group("w") or "").lower()
    part = m.group("part") or m.group("part2")
    if ctx.anchor_date is None:
        return _Value("TIME" if part or word == "tonight" else "DATE", None, None, True)
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if m.group("rel") and m.group("rel").lower() == "last" and m.group("part2").lower() == "night":
        offset = -1
    day = (ctx.anchor_date + dt.timedelta(days=offset)).isoformat()
    mod = _position_mod(m.group("pos"))  # "late yesterday", "earlier today" (HeidelTime's date_r5b)
    if word == "today" and not part and not mod and _means_nowadays(m, ctx):
        return _Value("DATE", "PRESENT_REF", None, False)
    if word == "tonight":
        return _Value("TIME", f"{day}TNI", mod, True)
    if part:
        return _Value("TIME", f"{day}T{_DAY_PARTS[part.lower()]}", mod, True)
    return _Value("DATE", day, mod, True)


_PERIOD_ENDED = re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends|through)\s+(?P<m>{_MONTH_RE})\s+(?P<d>{_DAY_RE})(?:,?\s+(?P<y>{_YEAR_RE}))?(?!\w)", re.IGNORECASE)


@_rule(r"\b(?:week|month|quarter|year|decade|century|day)", r"\b(?:(?P<pos>early|late|earlier|later|the\s+(?:beginning|start|middle|end)\s+of)\s+)?(?P<rel>this(?:\s+past)?|last|next|the\s+(?:last|past|next|coming|previous|prior|preceding|following|same|current|latest)|that(?:\s+same)?|the)\s+(?:fiscal\s+)?(?P<unit>week|month|quarter|year|decade|century|weekend|day)(?![\w-])"
       r"|\b(?P<pos2>(?:early|late|the\s+(?:beginning|start|middle|end)\s+of))\s+(?P<unit2>year|month|week)\b"
       r"|\b(?P<unit3>year|month)[-\s](?P<pos3>end)\b(?![-\s]\d)")
def _relative_unit(m: re.Match, ctx: _Context) -> _Value | None:
    """"this week", "next year", "earlier this month" (HeidelTime's START, "later" END), and
    anaphoric "the following week", "the same year", "the prior quarter", "the quarter", "that
    day", "later that year" (the day or year of the last date mentioned, TimeML's anchored
    dates; with none before them they are left out rather than read as the DCT's)."""
    if _is_title(m, ctx):
        return None
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    mod = _position_mod(m.group("pos") or m.group("pos2") or m.group("pos3"))
    words = (m.group("rel") or "the").lower().split()
    implicit = words == ["the"]  # "the end of the year", "the weekend"
    # "the quarter" of a results story is the quarter it has named (HeidelTime's date_r23c)
    named_quarter = implicit and not mod and unit == "quarter"
    if implicit and not mod and unit == "year" and _PERIOD_ENDED.match(ctx.text, m.end()):
        return _Value("DURATION", "P1Y", None, False)  # "the year ended March 31": the twelve months to it, as TimeBank writes it
    if implicit and not mod and unit != "weekend" and not named_quarter:
        return None  # "the year", "the week": rarely a date on their own
    if words[:2] == ["the", "past"] and unit not in ("day", "weekend"):
        return _Value("DURATION", _duration(1, unit), mod, False)  # the twelve months up to now
    if unit == "decade" and words[0] == "the" and words[-1] in ("next", "last", "coming", "following"):
        return _Value("DURATION", "P10Y", mod, False)
    demonstrative = words[0] == "that"
    if demonstrative and not _determines(ctx, m.start("rel")):
        return None  # "said that day-care ...", "the claim that year-end ...": a conjunction
    anaphoric = demonstrative or words[0] == "the" and words[-1] in ("following", "next", "previous", "prior", "preceding", "same")
    if unit == "day" and not anaphoric:
        return None  # "this day", "next day": idioms more often than dates
    if ctx.anchor_date is None:
        return _Value("DATE", None, mod, True)
    mention = None
    if named_quarter and (ended := _PERIOD_ENDED.match(ctx.text, m.end())):
        # "the quarter ended Sept. 30" is the one that holds that day
        month = _MONTHS[ended.group("m").lower().rstrip(".")]
        day = dt.date(int(ended.group("y")), month, int(ended.group("d"))) if ended.group("y") else _month_day(ctx, month, int(ended.group("d")), ended.start("m"))
        return None if day is None else _shift_value(day, "quarter", "this", mod)
    if anaphoric or named_quarter:
        if ctx.mentions is None:
            return _Value("DATE", None, mod, True)  # decided once the dates before it are known
        coarsest = "week" if unit == "weekend" else unit
        mention = ctx.last_mention(m.start(), coarsest, finest="quarter" if named_quarter else "time")
        same_unit = ctx.last_mention(m.start(), coarsest, coarsest)
        if same_unit and ctx.same_sentence(same_unit.start, m.start()):
            mention = same_unit  # "third-quarter profit, reported on Tuesday, rose from the previous quarter"
        if mention is None and (named_quarter or words[-1] == "same" or demonstrative):
            return None
    reference = mention.first_day if mention else ctx.anchor_date
    relation = {"following": "next", "coming": "next", "previous": "last", "prior": "last", "preceding": "last", "latest": "last",
                "past": "last", "same": "this", "the": "this", "that": "this", "current": "this"}.get(words[-1], words[-1])
    if unit == "weekend":
        return _Value("DATE", _weekend(reference, relation, ctx.tense(m.start())), mod, True)
    if unit == "year" and implicit:
        tense = ctx.tense(m.start())
        if mod == "END" and tense == "past" and reference.month <= 6:
            relation = "last"  # "peaked by the end of the year", written in spring
        elif mod == "START" and tense == "future" and reference.month >= 7:
            relation = "next"
    return _shift_value(reference, unit, relation, mod)


def _determines(ctx: _Context, char: int) -> bool:
    """Whether the word at ``char`` ("that") is the determiner of the noun after it; True
    without a parse."""
    token = ctx.token_at(char)
    return not ctx.parsed or token is None or token.dep_ == "det" or token.tag_ == "DT" and token.head.i > token.i


def _weekend(reference: dt.date, relation: str, tense: str | None) -> str:
    if relation == "this" and tense == "past" and reference.weekday() < 5:
        relation = "last"  # "over the weekend", written on a weekday
    monday = reference - dt.timedelta(days=reference.weekday())
    if relation == "last" and reference.weekday() < 5:
        monday -= dt.timedelta(days=7)
    elif relation == "next":
        monday += dt.timedelta(days=7)
    iso = monday.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}-WE"


def _shift_value(reference: dt.date, unit: str, relation: str, mod: str | None = None) -> _Value:
    step = {"last": -1, "next": 1, "this": 0}[relation]
    if unit == "day":
        return _Value("DATE", (reference + dt.timedelta(days=step)).isoformat(), mod, True)
    if unit == "week":
        iso = (reference + dt.timedelta(weeks=step)).isocalendar()
        return _Value("DATE", f"{iso[0]}-W{iso[1]:02d}", mod, True)
    if unit == "month":
        year, month = divmod(_month_index(reference.year, reference.month) + step, 12)
        return _Value("DATE", f"{year:04d}-{month + 1:02d}", mod, True)
    if unit == "quarter":
        year, quarter = divmod(reference.year * 4 + (reference.month - 1) // 3 + step, 4)
        return _Value("DATE", f"{year:04d}-Q{quarter + 1}", mod, True)
    if unit == "year":
        return _Value("DATE", f"{reference.year + step:04d}", mod, True)
    if unit == "decade":
        return _Value("DATE", f"{reference.year // 10 + step:03d}", mod, True)
    return _Value("DATE", f"{reference.year // 100 + step:02d}", mod, True)


# What may follow an adverbial "before"/"after" ("the day before, ..."), as opposed to the
# object of a preposition ("the day before the vote"), which makes "the day" a timex of its own.
_STANDS_ALONE = re.compile(r"\s*(?:[.,;:!?)\"”’'—–]|--|$|\n|(?:and|but|or|when|while|as|because|so|too|already|though)\b)", re.IGNORECASE)


@_rule(r" (?:before|after)\b", r"\bthe\s+(?P<unit>day|week|month|year|weekend|morning|afternoon|evening|night)\s+(?P<dir>before|after)(?:\s+(?P<deictic>yesterday|tomorrow|last)\b)?(?![\w-])")
def _unit_before_after(m: re.Match, ctx: _Context) -> _Value | None:
    """"the day before", "the year after", "the night before": the unit before or after the last
    date mentioned, the DCT when no date at all comes before it (HeidelTime's UNDEF-REF); after
    a coarser date only ("in May ... the week before") it is left out. "The day before
    yesterday", "the day after tomorrow", "the year before last" count from the DCT. Only where
    "before"/"after" stands alone: in "the day before the vote" TimeML marks "the day" and links
    it to the event."""
    unit, later = m.group("unit").lower(), m.group("dir").lower() == "after"
    if m.group("deictic"):
        deictic = m.group("deictic").lower()
        if later != (deictic == "tomorrow") or (unit == "day") == (deictic == "last") or unit == "weekend" or unit in _DAY_PARTS:
            return None  # "the day before tomorrow", "the day before last", "the night before last"
        if ctx.anchor_date is None:
            return _Value("DATE", None, None, True)
        if deictic == "last":  # "the week before last": two units back
            previous = value_span(_shift_value(ctx.anchor_date, unit, "last").value)[0].date()
            return _shift_value(previous, unit, "last")
        return _Value("DATE", (ctx.anchor_date + dt.timedelta(days=2 if later else -2)).isoformat(), None, True)
    if not _STANDS_ALONE.match(ctx.text, m.end()):
        token = ctx.token_at(m.start("dir"))
        if not ctx.parsed or token is None or token.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") for c in token.children):
            return None
    part = _DAY_PARTS.get(unit)
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("TIME" if part else "DATE", None, None, True)
    mention = ctx.last_mention(m.start(), "day" if part else "week" if unit == "weekend" else unit)
    if mention is None and ctx.last_mention(m.start(), "century"):
        return None  # "in May ... the week before": the week of an event, not of a date named
    reference = mention.first_day if mention else ctx.anchor_date
    relation = "next" if later else "last"
    if part:
        day = reference + dt.timedelta(days=1 if later else -1)
        return _Value("TIME", f"{day.isoformat()}T{part}", None, True)
    if unit == "weekend":
        return _Value("DATE", _weekend(reference, relation, None), None, True)
    return _shift_value(reference, unit, relation)


@_rule(_DAY_PART_TRIGGER, r"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+(?:next|following|previous|same))\s+(?P<part>morning|afternoon|evening|night)\b")
def _anaphoric_day_part(m: re.Match, ctx: _Context) -> _Value | None:
    """"that night", "later that evening", "the next morning", "the previous night": a part of
    the day of the last date mentioned, or of the day after or before it; "the next morning"
    with no date at all before it counts from the DCT; after a coarser date ("in May") or with
    "that" and no date it is left out (its day is an event's, unknown here)."""
    words = m.group("rel").lower().split()
    if words[0] == "that" and not _determines(ctx, m.start("rel")):
        return None
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("TIME", None, None, True)
    mention = ctx.last_mention(m.start(), "day")
    if mention is None and (words[0] == "that" or ctx.last_mention(m.start(), "century")):
        return None
    step = {"next": 1, "following": 1, "previous": -1}.get(words[-1], 0)
    day = (mention.first_day if mention else ctx.anchor_date) + dt.timedelta(days=step)
    return _Value("TIME", f"{day.isoformat()}T{_DAY_PARTS[m.group('part').lower()]}", _position_mod(m.group("pos")), True)


# "two years back" as a date: "back" closing the phrase, not "back to", "back home".
_BACK_RE = r"back(?=\s*(?:[,.;:!?)]|$)|\s+(?:when|and|but)\b)"


@_rule(r"\b(?:ago|back)\b", rf"\b(?:(?P<mod>{_MOD_RE})\s+)?(?P<q>{_QUANTITY_RE})\s+(?:ago\b|{_BACK_RE})")
def _ago(m: re.Match, ctx: _Context) -> _Value | None:
    parsed = _quantity(m.group("q"))
    if parsed is None:
        return None
    amount, unit = parsed
    if amount is None:
        return _Value("DATE", "PAST_REF", None, False)  # "years ago"
    mod = _MODIFIERS.get(" ".join((m.group("mod") or "").lower().split()))
    if amount != int(amount):
        mod = mod or "APPROX"  # a fraction is a rounded figure
    if ctx.anchor_date is None:
        return _Value("DATE", None, mod, True)
    if unit == "year" and amount == int(amount) and ctx.mentions:
        # "profit rose in the third quarter from a year ago": a comparison with a period the
        # sentence names is that period a year back (TimeBank; HeidelTime's REFUNIT)
        period = ctx.last_mention(m.start(), "half", "month")
        if period and ctx.same_sentence(period.start, m.start()) and _COMPARISON.search(ctx.text, period.start, m.start()):
            return _Value("DATE", _years_before(period.value, int(amount)), mod, True)
    return _Value("DATE", _before(ctx.anchor_date, amount, unit), mod, True)


_COMPARISON = re.compile(r"\b(?:from|than|with|versus|vs\.?|over)\s", re.IGNORECASE)
# The granularity of a date counted in days or weeks.
_UNIT_GRANULARITY = {"night": "day", "fortnight": "week"}


def _years_before(value: str, years: int) -> str:
    """A month, season, quarter, half or week value ``years`` earlier: 2008-Q3 -> 2007-Q3."""
    return f"{int(value[:4]) - years:04d}{value[4:]}"


@_rule(_UNIT_TRIGGER, rf"\b(?:(?P<mod>{_MOD_RE})\s+)?(?P<q>{_QUANTITY_RE})\s+(?P<dir>earlier|later)\b(?!\s+than\b)")
def _earlier_later(m: re.Match, ctx: _Context) -> _Value | None:
    """"two days later", "a year earlier": counted from the date mentioned last (HeidelTime's
    UNDEF-REF), for "earlier" the DCT when none is; whole years from a month, season, quarter
    or half named in the same sentence or last keep its granularity ("from $1bn a year earlier"
    after "the third quarter" is the third quarter of the year before, as TimeBank annotates).
    "A month earlier than usual" is a difference, left to the duration rule."""
    parsed = _quantity(m.group("q"))
    if parsed is None:
        return None
    amount, unit = parsed
    if unit in ("second", "minute", "hour"):
        return None  # "ten minutes later": a clock time needs a clock time to count from; left a duration
    later = m.group("dir").lower() == "later"
    if amount is None:
        # "several years earlier" is before a date no later than the DCT (HeidelTime's date_r19a);
        # "several years later" may still be past, so it stays a duration
        return None if later else _Value("DATE", "PAST_REF", None, False)
    mod = _MODIFIERS.get(" ".join((m.group("mod") or "").lower().split()))
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("DATE", None, mod, True)  # the mentions are known on the second pass
    years = amount * {"year": 1, "decade": 10, "century": 100}.get(unit, 0)
    sign = -1 if later else 1
    mention = ctx.last_mention(m.start(), _UNIT_GRANULARITY.get(unit, unit))
    period = ctx.last_mention(m.start(), "half", "month")
    if years and years == int(years) and period and (period is mention or ctx.same_sentence(period.start, m.start())):
        return _Value("DATE", _years_before(period.value, sign * int(years)), mod, True)
    if mention is None and later:
        return None  # "40 days later" with no date before it counts from an event, not the DCT
    reference = mention.first_day if mention else ctx.anchor_date
    return _Value("DATE", _before(reference, sign * amount, unit), mod, True)


@_rule(_UNIT_TRIGGER,  # every match that names a year back says "year"
       r"\bthe\s+(?:comparable\s+)?(?:(?P<ago>year[-\s](?:ago|earlier)|prior[-\s]year)|same)\s+(?:fiscal\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)?"
       r"(?P<part>quarter|half|period|month|week)(?:\s+(?P<when>(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)|of\s+the\s+(?:previous|prior)\s+year))?(?![\w-])")
def _year_ago_period(m: re.Match, ctx: _Context) -> _Value | None:
    """"the year-ago quarter", "the same period last year": the period a results story compares
    with, i.e. the one it last named a year back (HeidelTime's date_r11b, r23), else the one
    that holds the last date named or the DCT; "period" with no month, season, quarter or half
    named is the year before the DCT's."""
    if not m.group("ago") and not m.group("when"):
        return None  # "the same period" names no year
    part = m.group("part").lower()
    if m.group("ord"):
        letter, per_year = ("Q", 4) if part == "quarter" else ("H", 2)
        number = _ORDINALS[m.group("ord").lower()]
        if part not in ("quarter", "half") or number > per_year:
            return None
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("DATE", None, None, True)
    if m.group("ord"):
        mention = ctx.last_mention(m.start(), "year")
        return _Value("DATE", f"{(mention.first_day if mention else ctx.anchor_date).year - 1:04d}-{letter}{number}", None, True)
    if part in ("period", "half"):
        return _period_a_year_back(ctx, m.start())
    # the last quarter (month, week) named, else the one of the last date more precise: "the
    # quarter ended Sept. 27 ... the same quarter a year ago"
    mention = ctx.last_mention(m.start(), part, part) or ctx.last_mention(m.start(), part)
    this = _shift_value(mention.first_day if mention else ctx.anchor_date, part, "this").value
    return _Value("DATE", _years_before(this, 1), None, True)


@_rule(_UNIT_TRIGGER, r"(?<![\w-])year-(?:earlier|ago)(?=\s+(?!(?:quarter|half|period|month|week)\b)[a-z$])")
def _year_earlier(m: re.Match, ctx: _Context) -> _Value | None:
    """"a year-earlier loss", "year-earlier results": the adjective alone dates the figure to
    the period named last a year back, else the year before the DCT (as TimeBank annotates)."""
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("DATE", None, None, True)
    return _period_a_year_back(ctx, m.start())


@_rule(r"\bperiod", r"\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period\b")
def _latest_period(m: re.Match, ctx: _Context) -> _Value | None:
    """"the latest period" of a results story: the latest of the months, quarters or halves
    it has named (not "a year ago", named last to compare), as TimeBank annotates it;
    nothing when it has named none."""
    if ctx.anchor_date is None or ctx.mentions is None:
        return _Value("DATE", None, None, True)
    latest = ctx.latest_period(m.start())
    return None if latest is None else _Value("DATE", latest.value, None, True)


def _period_a_year_back(ctx: _Context, char: int) -> _Value:
    """The month, season, quarter or half named last before ``char``, a year back; else the
    year before the anchor's."""
    mention = ctx.last_mention(char, "half", "month")
    return _Value("DATE", _years_before(mention.value, 1) if mention else f"{ctx.anchor_date.year - 1:04d}", None, True)


@_rule(_UNIT_TRIGGER, rf"(?<![\w.,-])(?:(?P<mod>{_MOD_RE})\s+)?(?:(?P<the>the\s+(?:last|past|next|coming|first|final|previous|following|entire|whole)|the(?!\s+{_NUMBER_RE}-{_UNIT_RE}\b))\s+)?(?P<q>{_QUANTITY_RE})(?:[-\s]long|(?<=s)['’](?=\s))?(?![\w-]|'s\s)"
       rf"|\b(?P<bare>(?:recent|the\s+(?:last|past|next|coming)(?:\s+(?:few|several))?)\s+(?:{_UNIT_RE}s))\b"
       rf"|\b(?P<plural>(?:second|minute|hour|day|week|month|year|decade)s)\b"
       rf"|(?<![\w-])(?P<low>{_NUMBER_RE})(?=\s+(?:and|to|or)\s+{_NUMBER_RE}\s+{_UNITS_RE}\b|[-–]\d+\s+{_UNITS_RE}\b)")
def _duration_rule(m: re.Match, ctx: _Context) -> _Value | None:
    if m.group("plural"):
        before = ctx.word_before(m.start())
        unit = m.group("plural").lower()[:-1]
        if before == "within" and ctx.tense(m.start()) != "past":
            return _Value("DATE", "FUTURE_REF", None, False)
        after = ctx.text[m.end():m.end() + 9].lower()
        if before not in ("for", "in", "within", "over", "recent", "take", "takes", "took", "taking", "lasted", "last") and not re.match(r"\s+(?:before|after|later|earlier)\b", after):
            return None
        return _Value("DURATION", _duration(None, unit), None, False)
    if m.group("bare"):
        words = m.group("bare").lower().split()
        unit = words[-1][:-1]
        if words[0] == "recent":
            return _Value("DATE", "PAST_REF", None, False)
        return _Value("DURATION", _duration(None, unit), None, False)
    if m.group("low"):  # "between 12 and 18 months": the first number takes the unit
        unit_word = re.match(rf"(?:\s+(?:and|to|or)\s+{_NUMBER_RE}|[-–]\d+)\s+({_UNITS_RE})", ctx.text[m.end():], re.IGNORECASE)
        parsed = unit_word and _quantity(f"{m.group('low')} {unit_word.group(1)}")
        return _Value("DURATION", _duration(*parsed), None, False) if parsed else None
    parsed = _quantity(m.group("q"))
    if parsed is None or _is_title(m, ctx):
        return None
    amount, unit = parsed
    if unit == "second" and amount == 1 and (token := ctx.token_at(m.end() - 1)) is not None and token.dep_ == "amod" and token.head.i > token.i:
        return None  # "a second betrayal": the ordinal
    after = ctx.text[m.end():m.end() + 15].lower()
    if re.match(r"[-\s]olds?\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b", after) or ctx.word_before(m.start()) in ("ages", "aged", "age"):
        return None  # ages are not time expressions here
    if unit == "quarter" and not m.group("the") and re.match(r"\s+of\b|[-\s]+(?:point|percent|percentage)\b", after):
        return None  # "a quarter of the workforce", "a quarter-point cut": fractions
    quantity = m.group("q").lower()
    if amount is None and quantity.startswith("some "):
        return None  # "some days" is as often "on some days"
    if amount == 1 and re.match(r"an?\s", quantity) and ctx.word_before(m.start()) in ("every", "each", "per", "once", "twice", "times"):
        return None  # "twice a year": left to the set rule
    if amount == 1 and re.match(r"an?\s", quantity) and m.group(0).lower().endswith("long"):
        return None  # "a year-long inquiry": the article is the inquiry's; left to the rule for "year-long"
    mod = _MODIFIERS.get(" ".join((m.group("mod") or "").lower().split()))
    if amount == 1 and re.match(r"an?\s", quantity) and not (m.group("the") or mod) and _RATE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return _Value("SET", _duration(1, unit), None, False)  # "$40,000 a year": a rate (HeidelTime's set_r2e)
    return _Value("DURATION", _duration(amount, unit), mod, False)


# An amount right before "a year", "a day", which makes it a rate: "$40,000 a year", "12 hours a
# day", "two meals a day" (a four-digit year is no amount: "in 2007 a year after ..."); not
# across a preposition, which makes "a week" a stretch of time: "rose 5% in a week", "freed
# on March 7 after a week in custody".
_RATE = re.compile(
    r"(?<![\w.,])(?:(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*(?:\s*(?:%|percent|million|billion))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|dozens?|hundreds?|thousands?|millions?|billions?)"
    r"(?:\s+(?!(?:in|within|after|for|over|during|than|about|under|of|on|at|by|from|to|into|before|since|throughout)\b)[a-z]+){0,2}\s+$", re.IGNORECASE)


@_rule(r"long\b", r"(?<![\w-])(?P<unit>second|minute|hour|day|night|week|month|year|decade|century|centuries)(?P<plural>s)?-?long(?![\w-])")
def _lasting(m: re.Match, ctx: _Context) -> _Value | None:
    """"a year-long inquiry", "the weeklong festival", "months-long talks": a length written as
    one adjective; TimeML leaves the noun's article out of the timex."""
    unit = m.group("unit").lower()
    plural = bool(m.group("plural")) or unit == "centuries"
    return _Value("DURATION", _duration(None if plural else 1, "century" if unit.startswith("centur") else unit), None, False)


@_rule(r"\b(?:every|each|per|daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|once|twice|times|weekends)\b", rf"\b(?:every|each|per)\s+(?:(?P<n>other|{_VAGUE_RE}|{_NUMBER_RE})\s+)?(?P<unit>{_UNITS_RE}|weekend|{_WEEKDAY_RE}|{_MONTH_RE}|morning|afternoon|evening|night|{_SEASON_RE})\b"
       r"|(?<=\bon\s)(?P<weekends>weekends)\b"
       r"|\b(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly)\b"
       rf"|\b(?:once|twice|(?:three|four|five|six|\d+)\s+times)\s+(?:a|an|per)\s+(?P<unit2>{_UNIT_RE})\b")
def _set(m: re.Match, ctx: _Context) -> _Value | None:
    if m.group("adv"):
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year", "nightly": "day", "hourly": "hour"}[m.group("adv").lower()]
        return _Value("SET", _duration(1, unit), None, False)
    if m.group("weekends"):
        return _Value("SET", "XXXX-WXX-WE", None, False)  # "on weekends"
    word = (m.group("unit") or m.group("unit2")).rstrip(".")
    lowered = word.lower()
    if lowered == "weekend":
        return _Value("SET", "XXXX-WXX-WE", None, False)
    if lowered in _WEEKDAYS:
        return _Value("SET", f"XXXX-WXX-{_WEEKDAYS[lowered] + 1}", None, False)
    if lowered in _DAY_PARTS:
        return _Value("SET", f"XXXX-XX-XXT{_DAY_PARTS[lowered]}", None, False)
    if lowered in _SEASONS:
        return _Value("SET", f"XXXX-{_SEASONS[lowered]}", None, False)
    if lowered in _MONTHS:
        return _Value("SET", f"XXXX-{_MONTHS[lowered]:02d}", None, False)  # "each September" (HeidelTime's set_r1c)
    unit = "century" if lowered.startswith("centur") else lowered.rstrip("s")
    count = " ".join((m.group("n") or "one").lower().split())
    if count in _VAGUE_NUMBERS:
        return _Value("SET", _duration(None, unit), None, False)  # "every few years"
    amount = 2 if count == "other" else (_quantity(f"{count} {unit}") or (1, unit))[0]  # "every other week"
    return _Value("SET", _duration(amount or 1, unit), None, False)


@_rule(r"\b(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", r"\b(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:s(?:\s+(?P<part>morning|afternoon|evening|night)s?)?|\s+(?P<parts>morning|afternoon|evening|night)s)\b")
def _weekly(m: re.Match, ctx: _Context) -> _Value | None:
    """"on Mondays", "Monday afternoons", "Friday nights": a weekday that recurs, a TimeML SET
    (HeidelTime's set_r6; the plural weekday is the same set said without "every")."""
    previous = ctx.token_at(m.start())
    previous = previous.nbor(-1) if previous is not None and previous.i > 0 else None
    if previous is not None and previous.is_title and not previous.is_sent_start and not previous.is_stop:
        return None  # "Happy Mondays", "Cyber Mondays": a name
    weekday = _WEEKDAYS[m.group("wd").lower()] + 1
    part = m.group("part") or m.group("parts")
    time = f"T{_DAY_PARTS[part.lower()]}" if part else ""
    return _Value("SET", f"XXXX-WXX-{weekday}{time}", None, False)


_ZONE_NAME = re.compile(_ZONE_NAME_RE, re.IGNORECASE)
# Words before a time with seconds that make it a clock time ("at 10:15:30"), not a race time.
_CLOCK_PREPOSITIONS = ("at", "until", "till", "by", "from", "since", "before", "after", "around", "about")

# The day a clock time is given on: "10:30 GMT on Friday", "5 p.m. on Nov. 14".
_CLOCK_DAY_RE = rf"(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+{_DAY_RE}(?:,?\s+{_YEAR_RE})?(?![\w:])|{_WEEKDAY_RE}|today|yesterday|tomorrow"


@_rule(r"\d+|\b(?:noon|midday|midnight)",
       # "at 2:30 in the afternoon", "at 9 this morning": the part of the day says a.m. or p.m.
       rf"(?<=\bat\s)(?P<h5>1[0-2]|0?[1-9])(?:[:.](?P<min5>[0-5]\d))?\s+(?:in\s+the|(?P<day5>this|tomorrow|yesterday))\s+(?P<part5>morning|afternoon|evening)\b"
       rf"|(?<![\w.,$£€])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|(?-i:am|pm|AM|PM)|o['’]clock)(?!\w){_ZONE_RE}(?:,?\s+(?:on\s+)?(?P<wd>{_CLOCK_DAY_RE}))?"
       rf"|(?<![\d:.])(?P<h2>[01]?\d|2[0-3])(?::|\.(?=\d\d\s+{_ZONE_NAME_RE}))(?P<min2>[0-5]\d)(?::(?P<sec2>[0-5]\d))?(?![\d:]){_ZONE_RE}(?:,?\s+(?:on\s+)?(?P<wd2>{_CLOCK_DAY_RE}))?"
       # Wire services write times as four digits and a zone: "at 1600 GMT".
       rf"|(?<![\w$£€.,:])(?P<h3>[01]\d|2[0-3])(?P<min3>[0-5]\d)\s+{_ZONE_NAME_RE}(?!\w)(?:,?\s+(?:on\s+)?(?P<wd3>{_CLOCK_DAY_RE}))?"
       rf"|\b(?P<noon>noon|midday|midnight)\b(?P<noon_zone>{_ZONE_RE})(?:,?\s+(?:on\s+)?(?P<wd4>{_CLOCK_DAY_RE}))?")
def _clock_time(m: re.Match, ctx: _Context) -> _Value | None:
    if m.group("noon"):
        named = m.group("noon_zone") or m.group("wd4")  # "noon EST", "midnight Friday"
        if not named and ctx.word_before(m.start()) not in ("at", "by", "until", "before", "after", "from", "to", "since", "around", "about"):
            return None
        hour, minute = (0, 0) if m.group("noon").lower() == "midnight" else (12, 0)
    else:
        hour = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h5"))
        minute = int(m.group("min") or m.group("min2") or m.group("min3") or m.group("min5") or 0)
        ampm = (m.group("ampm") or ("am" if (m.group("part5") or "").lower() == "morning" else "pm" if m.group("part5") else "")).lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day_word = m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4") or m.group("day5")
    if m.group("sec2") and not (day_word or _ZONE_NAME.search(m.group(0))) and ctx.word_before(m.start()) not in _CLOCK_PREPOSITIONS:
        return None  # "finished in 2:08:45": an elapsed time, left to the duration rule
    if ctx.anchor_date is None:
        return _Value("TIME", None, None, True)
    day = _day_named_before(ctx, m.start()) or ctx.anchor_date
    if day_word:
        lowered = day_word.lower().rstrip(".")
        month_day = re.search(rf"({_MONTH_RE})\s+(\d+)\D*?(?:(\d{{4}}))?$", day_word)
        if lowered in _WEEKDAYS:
            day = _weekday_date(ctx, _WEEKDAYS[lowered], m.start(), None)
        elif month_day:
            month, number = _MONTHS[month_day.group(1).lower().rstrip(".")], int(month_day.group(2))
            day = dt.date(int(month_day.group(3)), month, number) if month_day.group(3) else _month_day(ctx, month, number, m.start())
            if day is None:
                return None
        else:
            day += dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(lowered, 0))
    seconds = f":{m.group('sec2')}" if m.group("sec2") else ""
    return _Value("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{seconds}", None, True)


# A clock time right after a day: "on Friday at 3 p.m.", "Sunday, March 9, at 11 a.m.".
_AT_THE_TIME = re.compile(r"(?:,?\s+at|,)\s+(?:about\s+|around\s+)?", re.IGNORECASE)


def _day_named_before(ctx: _Context, char: int) -> dt.date | None:
    """The day of the date that ends right before the clock time at ``char``, if any (the
    clock's own words come first: "3 p.m. Friday"). Mentions are added in text order, so
    that date can only be the last one: no scan, however many times a timetable holds."""
    mention = ctx.mentions[-1] if ctx.mentions else None
    if mention is None or mention.granularity != "day" or not _AT_THE_TIME.fullmatch(ctx.text, mention.end, char):
        return None
    return mention.first_day


@_rule(r":\d\d:\d\d", rf"(?<![\w:.])(?P<h>\d{{1,2}}):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)(?![\w:]|\.\d|\s*(?:a\.?m\b|p\.?m\b)|\s+{_ZONE_NAME_RE})")
def _elapsed(m: re.Match, ctx: _Context) -> _Value | None:
    """"finished in 2:08:45": a race or flight time in hours, minutes and seconds is a duration
    (PT2H8M45S); a clock time with seconds comes with a.m./p.m. or a zone, or after "at"."""
    if ctx.word_before(m.start()) in _CLOCK_PREPOSITIONS:
        return None
    hours, minutes, seconds = (int(m.group(g)) for g in ("h", "min", "sec"))
    value = "PT" + "".join(f"{n}{letter}" for n, letter in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    return _Value("DURATION", value if value != "PT" else "PT0S", None, False)


@_rule(r"\b(?:now|current|nowaday|present|these|moment|recent|lately|past|time|future|ahead)", r"\b(?P<present>now|currently|nowadays|presently|at\s+present|the\s+present(?:\s+day)?|these\s+days|at\s+the\s+moment|right\s+now)\b"
       rf"|\b(?P<past>the\s+past|at\s+the\s+time)\b(?!\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)|\s+(?:{_NUMBER_RE}|few|several)\b)"
       r"|\b(?P<future>the\s+(?:near\s+|distant\s+)?future|(?<=\bin\s)future|the\s+(?P<ahead>days|weeks|months|years)\s+ahead)\b")
def _reference(m: re.Match, ctx: _Context) -> _Value | None:
    text = m.group(0).lower()
    if m.group("present"):
        if _is_label_now(m, ctx):
            return None
        return _Value("DATE", "PRESENT_REF", None, False)
    if m.group("past"):
        if text.startswith("at") and ctx.tense(m.start()) != "past":
            return None  # "at the time" means "then" only in a past context
        return _Value("DATE", "PAST_REF", None, False)
    if m.group("ahead"):  # "the weeks ahead" is a stretch of weeks, as "the coming weeks" is
        return _Value("DURATION", _duration(None, m.group("ahead").lower()[:-1]), None, False)
    return _Value("DATE", "FUTURE_REF", None, False)


def _is_label_now(m: re.Match, ctx: _Context) -> bool:
    """"Now" as a shop's price label ("Now $649.99", "now 30% off") or a word of a
    capitalised name or button ("Buy Now", "Prime Now", "is Now Live"), not a time."""
    if m.group(0).lower() not in ("now", "right now"):
        return False
    after = ctx.text[m.end():m.end() + 3].lstrip()
    if after[:1] in "$£€¥" or after[:1].isdigit():
        return True
    before = ctx.text[max(0, m.start() - 3):m.start()].rstrip()
    return m.group(0)[0].isupper() and bool(before) and (before[-1].isalnum() or before[-1] == "(")


# Rules whose value depends on the dates mentioned before them: normalised again in text order.
_ANAPHORIC = {_anchored_weekday, _relative_unit, _ago, _earlier_later, _year_ago_period, _year_earlier, _latest_period, _unit_before_after, _anaphoric_day_part, _clock_time}


def _is_comparison(handler: Callable, match: re.Match) -> bool:
    """Whether a match names the period a figure is compared with ("up from $1.9 billion a
    year earlier", "the year-ago quarter"), which later expressions must not count from: the
    story's own time stays the one it named before."""
    if handler in (_year_ago_period, _year_earlier):
        return True
    return handler is _earlier_later and match.group("dir").lower() == "earlier" and (_quantity(match.group("q")) or (None, ""))[1] == "year"


# ---------------------------------------------------------------------------------------------
# Spans of values


def value_span(value: str | None) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str | None]:
    """First day (or instant), last day (or instant) and granularity of a TIMEX3 date value.

    ``"2004-06"`` gives 2004-06-01, 2004-06-30, ``"month"``; ``"2004-H1"`` (granularity
    ``"half"``) the first six months; weeks are ISO weeks, seasons
    meteorological (northern hemisphere); durations, sets, refs and values with X give
    ``(None, None, None)``. Written here because TimeML values are not ISO 8601 strings.
    """
    if not value or "X" in value or value.startswith("P") or value.endswith("_REF"):
        return None, None, None
    try:
        return _span(value)
    except ValueError:
        return None, None, None


_PART_HOURS = {"MO": (6, 11), "AF": (12, 17), "EV": (18, 21), "NI": (22, 23), "DT": (9, 17)}


def _span(value: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str | None]:
    ts = pd.Timestamp
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d)?", value):
        instant = ts(value)
        return instant, instant, "time"
    if m := re.fullmatch(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI|DT)", value):
        first, last = _PART_HOURS[m.group(2)]
        day = ts(m.group(1))
        return day + pd.Timedelta(hours=first), day + pd.Timedelta(hours=last, minutes=59), "time"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return ts(value), ts(value), "day"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m.group(3):
            return ts(monday + dt.timedelta(days=5)), ts(monday + dt.timedelta(days=6)), "week"
        return ts(monday), ts(monday + dt.timedelta(days=6)), "week"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(m.group(1)), int(m.group(2))
        return ts(year, month, 1), ts(year, month, calendar.monthrange(year, month)[1]), "month"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m.group(1)), int(m.group(2))
        last_month = quarter * 3
        return ts(year, last_month - 2, 1), ts(year, last_month, calendar.monthrange(year, last_month)[1]), "quarter"
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(m.group(1)), int(m.group(2))
        return ts(year, 6 * half - 5, 1), ts(year, 6 * half, 30 if half == 1 else 31), "half"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, first_month = int(m.group(1)), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        end = ts(year, first_month, 1) + pd.DateOffset(months=3) - pd.Timedelta(days=1)
        return ts(year, first_month, 1), end, "season"
    if re.fullmatch(r"\d{4}", value):
        return ts(int(value), 1, 1), ts(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        return ts(int(value) * 10, 1, 1), ts(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return ts(int(value) * 100, 1, 1), ts(int(value) * 100 + 99, 12, 31), "century"
    return None, None, None


# ---------------------------------------------------------------------------------------------
# Events: what an expression dates, read off the dependency parse

_NOUN_PARTS = {"compound", "amod", "nmod", "nummod", "poss", "prep", "pobj", "case", "punct", "hyph", "quantmod", "npadvmod"}
_CLAUSE_PARTS = {"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "dative", "prep", "oprd", "agent"}


def _event(doc: Doc, text: str, start: int, end: int) -> str | None:
    """The noun phrase or clause a timex dates: the word it attaches to (through a preposition,
    a possessive or a modifier arc) with that word's modifiers and complements, leaving out
    the timex, the head's determiner, relative and subordinate clauses; for a clause the subject is
    reduced to its head noun ("officers would leave for Iraq"). Hand-written over spaCy's
    dependency parse (ClearNLP labels)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    attachment = root.head
    head = attachment.head if attachment.dep_ == "prep" or attachment.pos_ == "ADP" else attachment
    if head.i == root.i or span.start <= head.i < span.end:
        return None
    if "\n" in text[min(head.idx, start):max(head.idx, start)]:
        return None  # a parse across lines (a dateline under a byline) links nothing
    excluded = attachment.i if attachment.i != head.i else root.i  # the timex's own branch
    if (attachment.lower_ == "within" or root.lower_ == "ago") and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        # "within months" and "... ago" measure time to or from an event, i.e. a verb; the
        # parser often hangs them on a nearby noun ("grow into the hundreds within months").
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            head, excluded = verb, attachment.i if attachment.lower_ == "within" else root.i
    if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        parts = _NOUN_PARTS
    elif head.pos_ in ("VERB", "AUX"):
        parts = _CLAUSE_PARTS
    else:
        return None
    if head.right_edge.i - head.left_edge.i <= _LARGEST_PHRASE:
        tokens = [head]
        for child in head.children:
            if child.i == excluded:
                continue
            if parts is _CLAUSE_PARTS and child.dep_ in ("nsubj", "nsubjpass", "expl"):
                tokens.append(child)
            elif child.dep_ in parts:
                tokens += _phrase(child, excluded)
    else:
        tokens = _phrase_near_head(head, parts, excluded)
    tokens = sorted((t for t in tokens if not (t.is_space or t.is_punct and t.text not in "-'’") and "\n" not in t.text
                     and not span.start <= t.i < span.end), key=lambda t: t.i)
    if len(tokens) > _EVENT_WORDS:
        tokens = [t for t in tokens if abs(t.i - head.i) <= _EVENT_REACH]
    while tokens and tokens[-1].pos_ == "ADP":
        tokens.pop()  # a preposition whose object was the timex
    return _join(tokens) or None


_PRUNED = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"}
#: An event longer than this many words keeps only the words this close to its head.
_EVENT_WORDS, _EVENT_REACH = 14, 7
#: Heads whose subtree spans more tokens than this (a table or list the parser read as one
#: sentence, never prose) are not walked whole: that made each of its thousands of dates cost
#: the whole table. Only the words within reach of the head are read.
_LARGEST_PHRASE = 200


def _phrase_near_head(head: Token, parts: set[str], excluded: int) -> list[Token]:
    """The words within ``_EVENT_REACH`` of ``head`` that :func:`_event` would collect under it,
    found by walking up from each word rather than down the whole subtree."""
    doc = head.doc
    tokens = [head]
    for token in doc[max(0, head.i - _EVENT_REACH):head.i + _EVENT_REACH + 1]:
        path = [token]  # token, its head, ... up to a child of ``head``
        while path[-1].head.i != head.i and path[-1].head.i != path[-1].i and len(path) <= _LARGEST_PHRASE:
            path.append(path[-1].head)
        child = path[-1]
        if token.i == head.i or child.head.i != head.i or child.i == excluded:
            continue
        if parts is _CLAUSE_PARTS and child.dep_ in ("nsubj", "nsubjpass", "expl"):
            if token.i == child.i:
                tokens.append(token)
        elif child.dep_ in parts and all(t.i != excluded and t.dep_ not in _PRUNED and not t.is_sent_start for t in path[:-1]):
            tokens.append(token)
    return tokens


def _phrase(token: Token, excluded: int) -> list[Token]:
    """``token`` and its descendants, skipping the timex's branch and clause-sized branches."""
    tokens = [token]
    for child in token.children:
        if child.i != excluded and child.dep_ not in _PRUNED and not child.is_sent_start:
            tokens += _phrase(child, excluded)
    return tokens


def _join(tokens: list[Token]) -> str:
    parts = []
    for previous, token in zip([None] + tokens[:-1], tokens):
        if previous is not None:
            parts.append(previous.whitespace_ if token.i == previous.i + 1 else " ")
        parts.append(token.text)
    return "".join(parts).strip()


# ---------------------------------------------------------------------------------------------
# Public functions


def find_timexes(doc: Doc, dct: dt.datetime | dt.date | None = None) -> list[Timex]:
    """Yield the TIMEX3 expressions of ``doc`` in text order, normalised against ``dct``.

    Rule-based extraction and normalisation after HeidelTime (Strötgen & Gertz 2010, 2013),
    hand-written in Python (see the module docstring for the conventions). When ``dct`` is
    None the dateline is used as anchor (:func:`find_dateline`); with neither, relative
    expressions get value None and anchor ``"unresolved"``. Never raises on odd text.
    """
    ctx = _Context(doc, _as_date(dct), "dct")
    if ctx.anchor_date is None:
        ctx.anchor_date = _dateline(ctx)
        ctx.anchor = "dateline" if ctx.anchor_date else "unresolved"
    results = []
    pending = _candidates(ctx)[::-1]  # a stack, next match last: popping the front would be quadratic
    ctx.mentions = []
    while pending:
        start, end, handler, match, value = pending.pop()
        if handler in _ANAPHORIC:
            value = _normalise(handler, match, ctx)  # again, now that the dates before it are known
            if value is None:  # nothing to resolve against ("40 days later"): shorter matches inside may stand
                pending += _candidates(ctx, (start, end))[::-1]
                continue
        results.append(_to_timex(doc, ctx, start, end, value))
        if results[-1].start_date is not None and not _is_comparison(handler, match):  # durations, sets and refs have no dates
            ctx.mentions.append(_Mention(start, end, value.value, results[-1].granularity, results[-1].start_date.date()))
    return results


def _normalise(handler: Callable, match: re.Match, ctx: _Context) -> _Value | None:
    """The handler's value; None when the text names an impossible date ("February 30",
    "99999999 days ago"), so that odd text never raises out of a batch."""
    try:
        return handler(match, ctx)
    except (ValueError, OverflowError):
        return None


def _as_date(value: dt.datetime | dt.date | pd.Timestamp | str | None) -> dt.date | None:
    """The calendar date of a DCT given as date, datetime, Timestamp or ISO string; None for NA."""
    if value is None or pd.isna(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _candidates(ctx: _Context, within: tuple[int, int] | None = None) -> list[tuple[int, int, Callable, re.Match, _Value]]:
    """Rule matches that normalise, keeping the longest where they overlap (earlier rules win
    ties), in text order; ``within`` a span, only the rules that need no earlier dates."""
    found = {}
    windows: dict[re.Pattern, list[tuple[int, int]]] = {}
    for order, (pattern, handler, trigger) in enumerate(_RULES):
        if within and handler in _ANAPHORIC:
            continue
        if trigger not in windows:
            windows[trigger] = [within] if within else _windows(ctx.text, trigger)
        for window_start, window_end in windows[trigger]:
            for match in pattern.finditer(ctx.text, window_start, window_end):
                if match.end() > match.start():
                    found[match.span(), order] = (match.start(), match.end(), order, handler, match)
    found = list(found.values())
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    # The spans taken so far, disjoint and sorted: an overlap test by bisection, not against
    # every span, keeps a page of thousands of dates linear.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen = []
    for start, end, _, handler, match in found:
        before = bisect.bisect_left(taken_starts, end)  # the spans starting before this one ends
        if before and taken_ends[before - 1] > start:
            continue
        value = _normalise(handler, match, ctx)
        if value is None:
            continue  # a shorter overlapping match may still normalise
        taken_starts.insert(before, start)
        taken_ends.insert(before, end)
        chosen.append((start, end, handler, match, value))
    return sorted(chosen, key=lambda c: c[0])


_WINDOW = 45  # characters around a trigger: more than any modifier before or after it


def _windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the trigger's hits, merged where they overlap."""
    windows: list[list[int]] = []
    for match in trigger.finditer(text):
        start = max(0, match.start() - _WINDOW)
        # back to a word start, but not through a long run without spaces (which would make
        # every window reach back to the start of the text)
        start = text.rfind(" ", max(0, start - _WINDOW), start) + 1 or start if start else 0
        end = min(len(text), match.end() + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(s, e) for s, e in windows]


def _to_timex(doc: Doc, ctx: _Context, start: int, end: int, value: _Value) -> Timex:
    start_date, end_date, granularity = value_span(value.value)
    if value.relative:
        anchor = ctx.anchor if value.value is not None else "unresolved"
    else:
        anchor = "absolute"
    sentence = ctx.sentence_at(start)
    event = _event(doc, ctx.text, start, end) if ctx.parsed else None
    return Timex(ctx.text[start:end], value.type, value.value, value.mod, start_date, end_date,
                 granularity, start, end, sentence, event, anchor)


def find_dateline(doc: Doc) -> dt.date | None:
    """The date of the article's dateline, or None.

    A dateline is a full date (day, month and four-digit year) within the first 600
    characters that stands alone on its line ("August 1, 2004") or opens a line and is
    followed by a dash ("Aug. 1, 2004 -- ..."), the convention of wire copy. Hand-written rule.
    """
    return _dateline(_Context(doc, None, "unresolved"))


def _dateline(ctx: _Context) -> dt.date | None:
    head = ctx.text[:600]
    for pattern, handler, _ in _RULES:
        if handler not in (_day_of_month, _iso_date, _numeric_date):
            continue
        for match in pattern.finditer(head):
            value = handler(match, ctx)  # with no anchor, only dates with a full year get a value
            if value is None or value.value is None:
                continue
            line_start = head.rfind("\n", 0, match.start()) + 1
            line_end = head.find("\n", match.end())
            before = head[line_start:match.start()].strip(" ,")
            after = head[match.end():line_end if line_end >= 0 else len(head)].strip()
            standalone = len(f"{before} {after}".split()) <= 3
            opens_line = len(before.split()) <= 3 and re.match(r"(?:\([^)]*\)\s*)?(?:--|—|–|-|:)", after)
            if standalone or opens_line:
                return dt.date.fromisoformat(value.value)
    return None


def published_timex(dct: dt.datetime | dt.date | pd.Timestamp | None) -> Timex:
    """The publication date as a Timex (DATE, or TIME when it has a clock time), for the
    ``published`` row of the timeline; value None when the date is unknown."""
    if dct is None or pd.isna(dct):
        return Timex("", "DATE", None, None, None, None, None, None, None, None, None, "unresolved")
    stamp = pd.Timestamp(dct)
    has_time = isinstance(dct, dt.datetime) and (stamp.hour or stamp.minute)
    value = stamp.strftime("%Y-%m-%dT%H:%M") if has_time else stamp.strftime("%Y-%m-%d")
    start_date, end_date, granularity = value_span(value)
    expression = stamp.isoformat() if has_time else stamp.date().isoformat()
    return Timex(expression, "TIME" if has_time else "DATE", value, None, start_date, end_date,
                 granularity, None, None, None, None, "absolute")
