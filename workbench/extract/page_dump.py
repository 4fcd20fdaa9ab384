"""Plain-text page dumps: recover the article from a news page saved as text.

A page dump is what "Save as text", ``lynx -dump`` or select-all-and-copy gives: the
article's lines interleaved with the site's chrome (skip links, menus, photo credits,
share buttons, "more stories" rails, footers). newspaper4k, trafilatura and jusText all
work on the HTML tree (tags, link density from ``<a>``, ``<p>`` boundaries) and find
nothing in plain text, and no maintained library parses dumps, so this module is
hand-written. It follows the shallow-text-feature approach of boilerplate detection
(Kohlschütter, Fankhauser & Nejdl 2010, "Boilerplate Detection using Shallow Text
Features", WSDM): every block is classified from its length, sentence punctuation, link
density and a vocabulary of chrome phrases, and short blocks are then judged by their
neighbours, as jusText does (Pomikálek 2011, "Removing Boilerplate and Duplicate
Content from Web Corpora", PhD thesis, Masaryk University, ch. 3): a short line without
final punctuation between two text paragraphs is a subheading, elsewhere it is chrome.

The article's header is anchored on its dateline, the one line of a news page with a
predictable shape: the headline is the headline-shaped line above it (or under it,
on pages that print the date first), with the standfirst and byline between them, and
the body starts with the first text paragraph below it (the first dateline followed
by two text paragraphs in a row: a date in the site's top bar is followed by the
header). A subheading must stand between two text paragraphs (a question needs only
the paragraph it introduces, unless it is a lone one opening the body), and the body
ends at the first rail, comment section, copyright footer or wire credit line, unless
the rail is a box of related links, or one promoted headline, that the article goes on
under; closing notes that refer to the byline's author or to the outlet (a bio, an app
promo) are cut from its end. Pull quotes, which repeat a paragraph's words, are left
out. Pages whose header repeats (a section front, search results), and pages without
dateline and byline that are error pages or a lone teaser, are not articles.

The stages of :func:`parse_page_dump`:

1. clean lines (:func:`_clean`): invisible and control characters removed, tabs and
   no-break spaces made spaces;
2. blocks (:func:`_blocks`): hard-wrapped lines joined into logical lines (the wrap
   column from :func:`_wrap_width`), lynx's link marks counted and removed, list markers
   noted; then each block labelled (:func:`_labels`) end, chrome, date, caption, text or
   line, and short blocks relabelled from their neighbours;
3. header (:func:`_read_header`): the dateline as anchor (:func:`_anchor`), then the
   headline, byline and standfirst above it (:func:`_header_above`), below it
   (:func:`_header_below`) or a byline under the lede (:func:`_byline_under_lede`);
4. body (:func:`_body`): from the header's foot to the end of the article (stage 5,
   found first), text paragraphs and subheadings, questions as subheadings, pull quotes
   left out; the standfirst or the lede is the description (:func:`_description`);
5. end of article (:func:`_article_end`): the first rail, comment section, footer, wire
   credit or second article ends the body, and closing notes about the author or the
   outlet are cut from its end (:func:`_closing_notes_start`);
6. not-an-article checks (:func:`_reject_non_article`): section fronts, search results,
   error pages and lone teasers raise :class:`NotAnArticle`.

The hand-written vocabulary (chrome and promo labels, dateline, byline and footer words,
per language) is in :mod:`workbench.extract.page_dump_lexicon`.
"""

from __future__ import annotations

import functools
import re
import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from babel import UnknownLocaleError
from babel.dates import get_date_format, get_day_names, get_month_names

from workbench.extract import Extracted, NotAnArticle, Paragraph
from workbench.extract.page_dump_lexicon import (
    AUTHOR_SEPARATOR,
    BYLINE_PREFIX,
    BY_INSIDE_LINE,
    CHROME,
    COPYRIGHT_FOOTER,
    COPYRIGHT_NOTICE,
    DATELINE_WORDS,
    ENGLISH_DATELINE_FILLER,
    DATE_LOCALES,
    END_OF_ARTICLE,
    ERROR_PAGE,
    FILED_FROM,
    FOOTER_OF_ANY_LENGTH,
    JOB_TITLE,
    NAME_PARTICLES,
    NAME_PREFIX,
    NEWSLETTER_BOX,
    NEWSROOM,
    PHOTO_CREDIT,
    PHOTO_LABEL,
    PROMO_LABEL,
    READER_ADDRESS,
    READING_TIME,
    RELATIVE_TIME,
    SECTION_NAMES,
    SPANISH_AND,
    STAFF_OR_DESK,
    TEASER_AGE,
    UPDATE_LABEL,
    WIRE_CREDIT,
    WRITTEN_FOR,
)

EXTRACTOR = "page-dump"

# --- thresholds ---------------------------------------------------------------------

#: Chrome phrases are matched only on lines this short, so a sentence that happens to
#: start with "Share prices" or "Subscribers" is never taken for a button.
MAX_CHROME_WORDS = 12
#: Newsletter-box phrases are matched in blocks of at most this many words.
MAX_PROMO_WORDS = 60
#: A "sentence" of at most this many words standing between no text paragraphs is a widget.
MAX_WIDGET_WORDS = 3
#: A heading is at most this many words; longer unpunctuated lines are captions or teasers.
MAX_HEADING_WORDS = 12
#: A headline is at most this many words.
MAX_TITLE_WORDS = 25
#: A headline has at least this many words; shorter lines above it are kickers and
#: section labels ("Energy", "LOCAL NEWS").
MIN_HEADLINE_WORDS = 4
#: Lines a header prints between headline and byline, the headline included: a
#: standfirst, or the two or three summary bullets of tabloid pages.
MAX_HEADER_LINES = 4
#: A box of related links set inside the article lists at most this many lines.
MAX_BOX_LINES = 8
#: A pull quote repeats at least this many words of a paragraph; shorter repeats are chance.
MIN_PULL_QUOTE_WORDS = 6
#: A closing note (an author's bio, the outlet's app or newsletter promo) has at most this many words.
MAX_NOTE_WORDS = 40
#: A page without dateline and byline is an article only with this many words of body;
#: with fewer, and a single paragraph or an error message, it is a teaser or an error page.
MIN_ARTICLE_WORDS = 40
#: A page whose header repeats this many times (a dateline each with at most one paragraph
#: about it, or paragraphs that each open with their own date) is a list of teasers.
MIN_TEASERS = 3

# --- line cleaning -------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# lynx -dump numbers every link ("[12]World") and marks images ("[IMG]"); the count of
# link marks is kept as the block's link density before the marks are removed.
_LINK_MARK = re.compile(r"\[(?:\d+|IMG|INLINE|image|LINK|BUTTON)\]", re.I)
_IMAGE_MARK = re.compile(r"\[(?:IMG|INLINE|image)\]", re.I)
_LIST_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[*•·▪‣◦+–-])\s+(?=\S)")
# A dash before a sentence is the quotation dash of Swedish, Danish, Norwegian, French,
# Spanish and Italian dialogue ("– Hon hade tur. Hennes ...", "— Nous avons tout essayé."),
# part of the text rather than a bullet.
_DIALOGUE_DASH = re.compile(r"^[–—]\s+[^\W\d_][^.!?]*[.!?…](?:\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
_ENDS_PUNCTUATED = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W_]", re.U)


def _words(text: str) -> int:
    """The number of words in ``text``, as the white space splits it."""
    return len(text.split())


@dataclass
class _Block:
    """One logical line of the dump: a paragraph, a heading or a piece of chrome."""

    text: str
    listed: bool  # started with a list marker ("1.", "*", "•")
    links: int  # lynx link marks it held
    image: bool  # held a lynx image mark: the text next to an image is its caption
    gap_after: int = 0  # blank lines that follow it
    last_line: str = ""  # its last physical line, which decides whether the next one continues it


def _clean(text: str) -> list[str]:
    """The dump's physical lines, stripped, without invisible and control characters."""
    # splitlines() also breaks at form feeds (page breaks in pdftotext and lynx output),
    # vertical tabs (line breaks in Word exports) and U+2028/U+2029, which would
    # otherwise glue two paragraphs together.
    text = text.replace("\t", " ").replace("\u00a0", " ")
    return [_CONTROL.sub("", _INVISIBLE.sub("", line)).strip() for line in text.splitlines()]


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped dump was wrapped at, or None when lines are unwrapped.

    Wrapped text has its long lines bunched just under the wrap column, and only URLs
    run past it; unwrapped text has paragraphs hundreds of characters long on one line,
    and a copied page of short paragraphs has lines of every length.
    """
    # Lines of words only: the list of link targets a lynx dump ends with would
    # otherwise pass for a second, shorter wrap column.
    long_lines = sorted(len(line) for line in lines if len(line) >= 40 and line.count(" ") >= 3)
    if len(long_lines) < 5:
        return None
    width = long_lines[int(0.9 * (len(long_lines) - 1))]
    bunched = sum(width - 20 <= length <= width for length in long_lines)
    # Lines of words (not URLs) well past the width: more than one in ten, and it was no wrap.
    overflowing = sum(len(line) > width + 8 and line.count(" ") >= 3 for line in lines)
    wrapped = width <= 100 and 2 * bunched >= len(long_lines) and 10 * overflowing <= len(long_lines)
    return width if wrapped else None


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` is the hard-wrapped rest of ``previous``, the last physical line of
    the block above, rather than a new block."""
    if _LIST_MARKER.match(line) or not previous or _is_named_byline(line):
        return False
    if not _ENDS_SENTENCE.search(previous) and line[0].islower():
        return True
    # A wrapped line was broken because its successor's first word did not fit; only the
    # last line says so, the block as a whole is longer than the width once it is joined.
    first_word = line.split()[0]
    return bool(width and len(previous) >= 0.6 * width and len(previous) + 1 + len(first_word) > width)


def _join(previous: str, line: str) -> str:
    """``previous`` and its hard-wrapped rest ``line`` as one line; a word hyphenated at
    the wrap is joined without its space."""
    if re.search(r"[^\W\d_]-$", previous) and line[0].islower():
        return previous + line
    return previous + " " + line


def _blocks(text: str) -> list[_Block]:
    """The dump's logical lines: blank lines separate blocks, and a line that continues
    the one above (see :func:`_continues`) is joined to it."""
    lines = _clean(text)
    width = _wrap_width([_LINK_MARK.sub("", line) for line in lines])
    blocks: list[_Block] = []
    open_block = False
    for line in lines:
        if not line:
            open_block = False
            if blocks:
                blocks[-1].gap_after += 1
            continue
        links = len(re.findall(r"\[\d+\]", line))
        image = bool(_IMAGE_MARK.search(line))
        line = re.sub(r" {2,}", " ", _LINK_MARK.sub("", line)).strip()
        if not line:
            continue
        if open_block and _continues(blocks[-1].last_line, line, width):
            blocks[-1].text = _join(blocks[-1].text, line)
            blocks[-1].last_line = line
            blocks[-1].links += links
            blocks[-1].image |= image
            continue
        # Under a lead-in ("... three measures:") or another item, a dash is a bullet.
        in_list = bool(blocks) and (blocks[-1].listed or blocks[-1].text.endswith(":"))
        dialogue = _DIALOGUE_DASH.match(line) and not in_list
        marker = None if _DAY_DOT.match(line) or dialogue else _LIST_MARKER.match(line)
        blocks.append(_Block(line[marker.end():] if marker else line, bool(marker), links, image, last_line=line))
        open_block = True
    return blocks


# --- chrome ------------------------------------------------------------------------


def _is_promo_link(text: str) -> bool:
    """Whether ``text`` is a promo label with its headline on the same line ("Lees ook:
    Fietsendieven actief ..."): any headline of up to MAX_TITLE_WORDS words after the
    label, though the whole line is longer than a button (MAX_CHROME_WORDS)."""
    return _headline_after_label(PROMO_LABEL.match(text), text, MAX_TITLE_WORDS + 3)


def _headline_after_label(label: re.Match | None, text: str, max_words: int) -> bool:
    """Whether ``text``, a line of at most ``max_words`` words, goes on after its label
    (``label``, the label's match) with a colon and a headline ("Read more: ...")."""
    return bool(label) and text[label.end():].lstrip().startswith(":") and _words(text) <= max_words


# What separates the items of a menu bar on one line ("Home | News | Sport"), and the
# parts of a byline ("By Jo Lee | Pune").
_NAV_SEPARATOR = re.compile(r"\s*[|•·»›]\s*")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BRACKETED_MENU = re.compile(r"^(?:\[[^\[\]]{1,30}\]\s*){2,}$")


def _is_section_menu(text: str) -> bool:
    """A menu bar on one line: capitalised words, at least half of them section names."""
    tokens = text.split()
    sections = sum(t.lower() in SECTION_NAMES for t in tokens)
    return len(tokens) >= 3 and sections >= 3 and 2 * sections >= len(tokens) and all(t[0].isupper() for t in tokens)


def _is_navigation(block: _Block) -> bool:
    """Menus: short list items, separator-delimited bars (or bars of buttons such as
    "Email this story | Print this story"), bracketed menus of early sites ("[Home] [News]"),
    link-dense lines other than a byline that links its authors, bare URLs."""
    text = block.text
    if block.listed and _words(text) <= 6 and not _ENDS_SENTENCE.search(text):
        return True
    segments = [s for s in _NAV_SEPARATOR.split(text) if s]
    if len(segments) >= 3 and all(_words(s) <= 4 for s in segments):
        return True
    if len(segments) >= 2 and all(CHROME.match(s) for s in segments):
        return True
    if _BRACKETED_MENU.match(text) or _is_section_menu(text):
        return True
    if block.links >= 2 and _words(text) <= 3 * block.links and not BYLINE_PREFIX.match(text):
        return True
    return bool(_URL.match(text)) or not _WORD.search(text)


# --- datelines -----------------------------------------------------------------------


@functools.cache
def _cldr_names(get_names, locale: str) -> dict[str, int]:
    """CLDR's month names (``get_names`` is Babel's ``get_month_names``) or weekday names
    (``get_day_names``) in ``locale`` (e.g. "de", "pt_BR", "pt-BR"), wide and abbreviated,
    lower-cased and without final dots, to their numbers; empty when CLDR lacks the locale."""
    try:
        return {
            name.casefold().rstrip("."): number
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
            for number, name in get_names(width, context, locale.replace("-", "_")).items()
        }
    except (ValueError, UnknownLocaleError):
        return {}


def _month_readings() -> dict[str, set[int]]:
    """Every month name of ``DATE_LOCALES`` to the month numbers it has in any of them."""
    readings: dict[str, set[int]] = {}
    for locale in DATE_LOCALES:
        for name, number in _cldr_names(get_month_names, locale).items():
            readings.setdefault(name, set()).add(number)
    return readings


# A few names mean different months in different languages (Croatian "listopad" is
# October, Polish and Czech November): the dump's language decides those.
_MONTH_READINGS = _month_readings()


def _alternation(names) -> str:
    """``names`` as regular-expression alternatives, a space in a name matching any white space."""
    # Longest first, so that "mar" does not win over "marzo"; then alphabetical, so the
    # pattern is the same in every run whatever order a set gives.
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=lambda name: (-len(name), name)))


_MONTH = rf"(?P<month>{_alternation(_MONTH_READINGS)})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),  # August 1, 2004
    # 1 August 2004, 1. August 2004, 1 de agosto de 2004, 1er août 2004
    re.compile(rf"\b{_DAY}\.?\s+(?:(?:of|de|del)\s+)?{_MONTH},?\s+(?:(?:de|del)\s+)?{_YEAR}(?!\d)", re.I),
    re.compile(  # 2004-08-01, 2004-08-01T14:32:00+02:00
        r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])"
    ),
    re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})(?!\d)"),  # 01.08.2004
    # 8/1/2004, 01-08-2004: the language decides which number is the month.
    re.compile(r"\b(?P<first>\d{1,2})(?P<separator>[/-])(?P<second>\d{1,2})(?P=separator)(?P<year>(?:19|20)\d{2})(?![\d-])"),
)
# "12. März 2024" and "12. 3. 2024" start like a numbered list item ("12. Item").
_DAY_DOT = re.compile(rf"\d{{1,2}}\.\s+(?:{_MONTH}(?!\w)|\d{{1,2}}\.\s?(?:19|20)\d{{2}}\b)", re.I)
_CLOCK_12H = re.compile(r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::\d{2})?)?\s*(?P<meridiem>[ap])\.?\s?m\b\.?", re.I)
_CLOCK_24H = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?::[0-5]\d)?\b")
# Words a dateline may carry around its date and time: English's, the weekdays of every
# language read (from CLDR) and the other languages' labels; anything else makes the line
# a sentence.
_DATELINE_FILLER = re.compile(
    rf"\b(?:{ENGLISH_DATELINE_FILLER})\b"
    rf"|\b(?:{_alternation({day for locale in DATE_LOCALES for day in _cldr_names(get_day_names, locale)} | set(DATELINE_WORDS))})\b"
    r"|(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?"
    r"|\(\d{3,4}\ (?:gmt|utc)\)",  # the time again in GMT, CNN's "1:24 PM EDT (1724 GMT)"
    re.I | re.X,
)
# The place some outlets print before the date ("BERLIN, 2. August 2004", "Madrid 12 MAR 2015").
_PLACE = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,2}[A-ZÀ-Þ][\w.'’-]*,?\s*$")
# The pieces of a header line: "By X | 12 March 2024", "March 5, 2019 / 6:12 AM",
# "Publié le 1 août 2004 à 10h32 - Mis à jour le 2 août 2004", and an update after a
# comma or none ("Publié le 03/04/2023, mis à jour le 04/04/2023").
_DATELINE_SEPARATOR = re.compile(
    rf"\s*[|•·»›]\s*|\s+[/–—-]\s+|(?<!last),?\s+(?:and\s+)?(?=(?:last\s+)?{UPDATE_LABEL.pattern})", re.I | re.X
)


class _Calendar:
    """How one dump writes its dates. Its language (given by the caller, else detected
    with py3langid the first time it is needed) decides the month names that differ
    between languages and whether "03/12/2024" puts the day first (CLDR's short date
    format for the language: month first in English, day first in most others)."""

    def __init__(self, text: str, language: str | None = None):
        self._text = text
        self._language = language

    @functools.cached_property
    def language(self) -> str | None:
        if self._language:
            return self._language
        import py3langid  # loads its model on first use, so only dumps that need it pay

        sample = " ".join(self._text.split()[:1000])
        return py3langid.classify(sample)[0] if sample else None

    def month(self, name: str) -> int | None:
        key = name.casefold().rstrip(".")
        readings = _MONTH_READINGS.get(key, set())
        if len(readings) == 1:
            return next(iter(readings))
        return _cldr_names(get_month_names, self.language).get(key) if self.language else None

    @property
    def day_first(self) -> bool:
        return day_first(self.language)


@functools.lru_cache(maxsize=None)
def day_first(language: str | None) -> bool:
    """Whether a numeric date such as "03/12/2024" puts the day first in ``language`` (an
    ISO 639-1 code): so CLDR's short date format for it does, month first in English and
    day first in most other languages; English's reading when the language is unknown."""
    try:
        pattern = get_date_format("short", (language or "en").replace("-", "_")).pattern
    except (ValueError, UnknownLocaleError):
        return False
    return pattern.find("d") < pattern.find("M")


class _Dateline(NamedTuple):
    published: datetime
    is_update: bool  # "Updated ..." rather than the publication date
    byline: str | None  # a byline printed on the same line ("By X | 1 August 2004")


def _parse_date(piece: str, calendar: _Calendar) -> datetime | None:
    """The date and time in ``piece`` if the piece is nothing but a date, else None."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(piece)
        if not match:
            continue
        parts = match.groupdict()
        hour, minute = int(parts.get("hour") or 0), int(parts.get("minute") or 0)
        before = piece[: match.start()]
        if _PLACE.match(_DATELINE_FILLER.sub(" ", before).strip()) and not BYLINE_PREFIX.match(before):
            before = ""  # a place printed before the date
        rest = before + " " + piece[match.end():]
        if not parts.get("hour") and (clock := _clock(rest)):
            hour, minute, rest = clock
            while clock := _clock(rest):  # the same time in another zone, the BBC's "11:23 GMT 12:23 UK"
                rest = clock[2]
        if not _only_dateline_filler(rest):
            return None
        if parts.get("first"):
            first, second = parts["first"], parts["second"]
            # Only one reading is a date when a number is over 12 ("13/11/2019"); else the language decides.
            day_first = int(first) > 12 or (int(second) <= 12 and calendar.day_first)
            day, month = (first, int(second)) if day_first else (second, int(first))
        elif parts["month"].isdigit():
            day, month = parts["day"], int(parts["month"])
        else:
            day, month = parts["day"], calendar.month(parts["month"])
        if month is None:  # a name that means different months in different languages
            return None
        try:
            return datetime(int(parts["year"]), month, int(day), hour, minute)
        except ValueError:  # 31 February, hour 25: not a date after all
            return None
    return None


def _is_date_label(text: str) -> bool:
    """Whether ``text`` is the label of a dateline printed on a line of its own above the
    date ("Published", "Last updated", "Veröffentlicht am"), or the time of day alone
    printed under it ("Updated 6:04 p.m. ET"), or a time relative to when the page was
    saved, which stands in for the dateline ("Updated 2 days ago")."""
    clock = _clock(text)
    return bool(RELATIVE_TIME.match(text)) or (_words(text) <= 5 and _only_dateline_filler(clock[2] if clock else text))


def _only_dateline_filler(text: str) -> bool:
    """Whether ``text`` holds no word but those a dateline carries around its date and time
    (labels, weekdays, time zones; see ``_DATELINE_FILLER``)."""
    return not _WORD.search(_DATELINE_FILLER.sub(" ", text))


def _clock(text: str) -> tuple[int, int, str] | None:
    """The first time of day in ``text`` as (hour, minute, the text without it)."""
    clock = _CLOCK_12H.search(text) or _CLOCK_24H.search(text)
    if not clock:
        return None
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    if "meridiem" in clock.groupdict():
        hour = hour % 12 + (12 if clock["meridiem"].lower() == "p" else 0)
    return hour, minute, text[: clock.start()] + " " + text[clock.end():]


def _dateline(text: str, calendar: _Calendar) -> _Dateline | None:
    """Read a dateline such as "August 1, 2004", "Published 14:32 GMT, Tue 12 March 2024",
    "By Anna Berg | 2024-03-12 | 4 min read", "Dienstag, 12. März 2024, 14:32 Uhr" or
    "12 de marzo de 2024"; None when ``text`` is anything else.

    Month and weekday names come from CLDR (see ``DATE_LOCALES``), the patterns are
    hand-written rather than dateparser's: dateparser also reads "today", "2 hours ago"
    or a bare "March" as dates relative to the clock of the machine, which would make the
    result depend on when the dump is parsed, and it cannot say whether the rest of the
    line is a sentence. Numeric dates: dots are day-first; in "03/12/2024" and
    "03-12-2024" the dump's language decides (see :class:`_Calendar`).
    """
    if _words(text) > 20:
        return None
    dates, byline = [], None
    pieces = [p for p in _DATELINE_SEPARATOR.split(text) if p]
    for number, piece in enumerate(pieces):
        if number == 0 and _PLACE.match(piece) and not _looks_like_byline(piece):
            continue  # the place the story was filed from, set off by a dash ("SEVILLA - 14 ENE 2025")
        piece_byline, date = _split_byline(piece, calendar)
        if not (piece_byline or date or dates):
            # Before the date, the outlet or the place may follow the byline ("By Jo Lee |
            # Pune | ..."), which then may go without "By" ("Jane Doe · Example News ·
            # Posted: ..."); a name alone before the date may be a section ("World News").
            tail = pieces[number + 1] if number + 1 < len(pieces) else ""
            if byline is None and _names_only(piece) and _is_byline_tail(tail) and not _parse_date(tail, calendar):
                piece_byline = piece
            elif byline and _is_byline_tail(piece):
                continue
        clock = None if date or piece_byline else _clock(piece)
        if clock and _only_dateline_filler(clock[2]):
            # A time printed after the date, "March 12, 2024 | 8:15 AM", belongs to it.
            if dates and dates[-1].published.hour == dates[-1].published.minute == 0:
                dates[-1] = dates[-1]._replace(published=dates[-1].published.replace(hour=clock[0], minute=clock[1]))
            continue
        if not (piece_byline or date or READING_TIME.match(piece) or RELATIVE_TIME.match(piece)):
            return None
        byline = byline or piece_byline
        if date:
            dates.append(_Dateline(date, bool(UPDATE_LABEL.search(piece)), None))
    if not dates:
        return None
    return _first_published(dates)._replace(byline=byline)


def _split_byline(piece: str, calendar: _Calendar) -> tuple[str | None, datetime | None]:
    """A piece of a header line as (byline, date): "By Anna Berg 14 March 2024, 09:30"
    gives both, "By Anna Berg" the byline alone, "14 March 2024" the date alone."""
    date = _parse_date(piece, calendar)
    if date:
        return None, date
    # "Posted on March 12, 2024 by Sam Okoro": the date first.
    if (by := BY_INSIDE_LINE.search(piece)) and _says_byline(piece[by.end():]):
        if date := _parse_date(piece[: by.end()], calendar):
            return piece[by.end():], date
    if not BYLINE_PREFIX.match(piece):
        return None, None
    # The date is the longest tail of the piece that reads as a dateline.
    for word in list(re.finditer(r"\S+", piece))[2:]:
        if date := _parse_date(piece[word.start():], calendar):
            return piece[: word.start()].rstrip(" ,;–—-"), date
    return piece, None


def _first_published(datelines: list[_Dateline]) -> _Dateline:
    """The first publication date, or the first update when no other date is printed."""
    return next((d for d in datelines if not d.is_update), datelines[0])


# --- bylines -------------------------------------------------------------------------


def _is_person_name(text: str) -> bool:
    """Whether ``text`` is shaped like a person's name: two to five capitalised words."""
    # Capitalised words; a word in capitals ("BUSINESS NEWS") is a kicker's, unless an
    # initial ("J.").
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and all(
        t[0].isupper() and not any(c.isdigit() for c in t) and not (t.isupper() and len(t.rstrip(".")) > 1)
        or t.lower() in NAME_PARTICLES
        for t in tokens
    )


def _names_only(text: str) -> bool:
    """Whether ``text`` is one or more person's names ("Sarah Kim and David Osei"), perhaps
    with where they filed from ("Anna Berg in Brussels")."""
    names = [n for n in AUTHOR_SEPARATOR.split(FILED_FROM.sub("", text)) if n]
    return bool(names) and all(_is_person_name(n) for n in names)


def _is_named_byline(text: str) -> bool:
    """Whether ``text`` is a byline that says so: "By Anna Berg", "by Sam Okoro", "From Jane Doe"
    (but not "by the council on Tuesday", the wrapped rest of a sentence)."""
    prefix = BYLINE_PREFIX.match(text) or NAME_PREFIX.match(text)
    return bool(prefix) and _names_only(_NAV_SEPARATOR.split(text[prefix.end():])[0])


def _says_byline(text: str) -> bool:
    """Whether ``text`` opens with a byline's "By" (or "From"/"di" before names)."""
    return bool(BYLINE_PREFIX.match(text)) or _is_named_byline(text)


def _is_marked_byline(text: str) -> bool:
    """Whether ``text`` is a byline that says so ("By ...") or names a desk or role: a
    headline in title case also looks like a list of names."""
    return _looks_like_byline(text) and (_says_byline(text) or bool(STAFF_OR_DESK.search(text)))


def _looks_like_byline(text: str) -> bool:
    """Whether ``text`` may be a byline: it says "By", or it is a short unpunctuated line
    of names, of a desk or staff ("DW staff (nda)"), or of an agency and its place."""
    if _says_byline(text):
        return True
    if _words(text) > 8 or _ENDS_PUNCTUATED.search(text):
        return False
    # An agency's initials before its place ("EFE | Madrid", "AP | Lima").
    segments = _NAV_SEPARATOR.split(text)
    agency = len(segments) == 2 and re.fullmatch(r"[A-Z]{2,5}", segments[0]) and _PLACE.match(segments[1])
    return bool(STAFF_OR_DESK.search(text) or agency) or _names_only(text)


def _is_byline_tail(text: str) -> bool:
    """Whether ``text`` has the shape of a byline's second line: the outlet or place
    ("BBC News, Leicester"), a desk ("CNN Washington Bureau") or an agency ("Associated Press")."""
    words = text.split()
    return (
        len(words) <= 6
        and not _ENDS_PUNCTUATED.search(text)
        and ("," in text or bool(STAFF_OR_DESK.search(text)) or all(w[0].isupper() for w in words))
    )


def _is_byline_pair(first: str, second: str) -> bool:
    """Whether two lines printed one under the other are a byline and its second line
    ("By Priya Nair" / "BBC News, Leicester", "Sarah Kim and David Osei" / "Geneva",
    "Tom Reed" / "Energy correspondent")."""
    return _is_byline_tail(second) and (
        _says_byline(first)
        or _looks_like_byline(first)
        and (not _looks_like_byline(second) or bool(JOB_TITLE.search(second)) and not JOB_TITLE.search(first))
    )


def _authors(byline: str) -> list[str]:
    """Names in a byline: "By Anna Berg and Tom Lind, Europe Correspondents" gives both
    names; an agency or desk byline ("DW staff (nda)") is kept whole, initials included,
    since it is the only author the page names. What follows a separator ("| EFE",
    "| @handle") is the agency or a social-media handle, not a name."""
    text = _NAV_SEPARATOR.split(byline.strip())[0]
    prefix = BYLINE_PREFIX.match(text) or (NAME_PREFIX.match(text) if _is_named_byline(text) else None)
    text = WRITTEN_FOR.sub("", FILED_FROM.sub("", text[prefix.end():] if prefix else text)).strip()
    if NEWSROOM.match(text):
        return []
    names = []
    for name in (_without_title(n.strip()) for n in AUTHOR_SEPARATOR.split(text) if n.strip()):
        people = SPANISH_AND.split(name)
        names += people if len(people) > 1 and all(_is_person_name(p) for p in people) else [name]
    # After the first name, what is no person's name is the job title, desk, outlet or
    # place the byline goes on with ("Jo Lee, City Bureau", "Jo Lee, Special to The Star").
    # Bylines in capitals ("By EWAN ROY and ANA RUIZ") are read as names in title case.
    return names[:1] + [
        n for n in names[1:]
        if _is_person_name(n.title() if n.isupper() else n) and not (JOB_TITLE.search(n) or STAFF_OR_DESK.search(n))
    ]


def _without_title(name: str) -> str:
    """``name`` without the job title printed before it ("Correspondent Elaine Park",
    "Senior Reporter Jo Lee"): the words up to the last role word go when a person's
    name follows them."""
    tokens = name.split()
    roles = [k for k, token in enumerate(tokens) if JOB_TITLE.fullmatch(token)]
    if roles and _is_person_name(" ".join(tokens[roles[-1] + 1:])):
        return " ".join(tokens[roles[-1] + 1:])
    return name


# --- copyright notices (also used by workbench.extract.html) ------------------------

# The copyright holder in the footer, usually the outlet or its publishing company;
# the years may precede or follow the name.
_YEARS = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
_COPYRIGHT_HOLDER = re.compile(
    rf"(?:©|\(c\)|copyright)\s*(?:{_YEARS}\s*)?(?P<name>[A-Z][\w&'’ -]{{1,60}}?)\s*,?\s*{_YEARS}?\s*(?:[.|,]|all rights reserved|$)",
    re.I,
)


def is_copyright_notice(text: str) -> bool:
    """Whether ``text`` is a copyright notice ("© 2014 Example Times", "Copyright 2014",
    "Example Times. All rights reserved.") rather than a name."""
    return bool(COPYRIGHT_NOTICE.search(text.strip()))


def copyright_holder(text: str) -> str | None:
    """The holder a copyright notice names ("© 2014 Example Times. All rights reserved."
    gives "Example Times"), or None when the notice names nobody ("Copyright 2014")."""
    match = _COPYRIGHT_HOLDER.search(text)
    return match["name"].strip() if match else None


# --- the entry point -----------------------------------------------------------------


def parse_page_dump(text: str, language: str | None = None) -> Extracted:
    """Recover headline, standfirst, byline, dateline and body from a plain-text page dump.

    Yields an :class:`Extracted` whose paragraphs are the body's text paragraphs and
    subheadings (kind ``heading``), with hard-wrapped lines joined and site chrome left
    out. Blocks are classified by shallow text features (Kohlschütter et al. 2010) and
    short blocks by their context (Pomikálek 2011, jusText); the header is read around
    the dateline (see the module docstring).

    The description is the standfirst, not the photo caption that many pages print above
    the headline: a caption describes a picture, is optional and is recognisable only by
    its credit, while the standfirst is the outlet's own summary of the article and sits
    at a fixed place, next to the headline and byline or as the first paragraph under the
    dateline. A standfirst under the dateline is left out of the body when the page sets
    it apart (more blank lines after it than between body paragraphs); otherwise it may
    just be the lede, so it stays in the body as well and no text is ever lost.

    ``language`` (an ISO 639-1 code such as ``"de"``, or a locale such as ``"pt_BR"``)
    is the dump's language when the caller knows it; otherwise it is detected with
    py3langid, only when a date needs it (see :class:`_Calendar`).

    Raises :class:`NotAnArticle` when the dump holds no body text (empty, or nothing but
    navigation) or, lacking both dateline and byline, is an error page ("Page not found"),
    a section front (teasers dated "2 hours ago") or a single teaser paragraph of fewer
    than MIN_ARTICLE_WORDS words; and ``TypeError`` when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_page_dump expects the dump as str, got {type(text).__name__}")
    blocks = _blocks(text)
    if not blocks:
        raise NotAnArticle("the page dump is empty")
    calendar = _Calendar(text, language)
    datelines = [_dateline(b.text, calendar) for b in blocks]
    labels = _labels(blocks, datelines)
    if "text" not in labels:
        raise NotAnArticle(f"no article text in the page dump: its {len(blocks)} blocks are all navigation, chrome or headlines")

    header = _read_header(blocks, labels, datelines)
    stop = _article_end(blocks, labels, header.body_start)
    paragraphs, gaps = _body(blocks, labels, header.body_start, stop)
    authors = _authors(header.byline) if header.byline else []
    copyright_holders = [holder for b in blocks if (holder := copyright_holder(b.text))]
    kept = _closing_notes_start(paragraphs, authors, _outlet_names(blocks, labels, copyright_holders))
    paragraphs, gaps = paragraphs[:kept], gaps[:kept]
    description, paragraphs = _description(header.standfirst, paragraphs, gaps)
    published = header.published
    if published is None:  # no dateline in the header: one printed under the body, if any
        in_article = [datelines[i] for i in range(stop) if labels[i] == "date"]
        published = _first_published(in_article).published if in_article else None

    _reject_non_article(blocks, labels, calendar, header.title, paragraphs, dated=published is not None, bylined=bool(authors))

    outlet = copyright_holders[0] if copyright_holders else None
    found = {"title": header.title, "description": description, "authors": authors, "published": published, "outlet": outlet}
    return Extracted(
        title=header.title,
        description=description,
        authors=authors,
        published=published,
        url=None,
        outlet=outlet,
        paragraphs=paragraphs,
        extractor=EXTRACTOR,
        provenance={"text": EXTRACTOR} | {field: EXTRACTOR for field, value in found.items() if value},
    )


def _description(standfirst: str | None, paragraphs: list[Paragraph], gaps: list[int | None]) -> tuple[str, list[Paragraph]]:
    """The description and the body paragraphs: the header's standfirst, else the lede,
    which then leaves the body only when the page sets it apart (see :func:`parse_page_dump`)."""
    if standfirst is not None:
        return standfirst, paragraphs
    # Only gaps between two body paragraphs say how the page spaces its text: a
    # subheading printed right above its paragraph, or the items of a list, have
    # none. One such gap is too little to call the lede set apart.
    body_gaps = [gap for gap, following in zip(gaps[1:], gaps[2:]) if gap is not None and following is not None]
    if gaps[0] is not None and len(body_gaps) >= 2 and gaps[0] > statistics.median(body_gaps):
        return paragraphs[0].text, paragraphs[1:]
    return paragraphs[0].text, paragraphs


# --- labelling blocks ----------------------------------------------------------------


def _label(block: _Block, dateline: _Dateline | None) -> str:
    """One of end, chrome, date, caption, text or line (short and unpunctuated)."""
    text = block.text
    short = _words(text) <= MAX_CHROME_WORDS
    if (short and (END_OF_ARTICLE.match(text) or COPYRIGHT_FOOTER.search(text))) or FOOTER_OF_ANY_LENGTH.match(text):
        return "end"
    if short and (CHROME.match(text) or READING_TIME.match(text)):
        return "chrome"
    if (_words(text) <= MAX_PROMO_WORDS and NEWSLETTER_BOX.search(text)) or _is_promo_link(text):
        return "chrome"
    if dateline:
        return "date"
    if _is_navigation(block):
        return "chrome"
    if block.image or PHOTO_CREDIT.search(text) or PHOTO_LABEL.match(text):
        return "caption"
    if _words(text) >= 20 or (_ENDS_SENTENCE.search(text) and _words(text) >= 2):
        return "text"
    return "line"


def _labels(blocks: list[_Block], datelines: list[_Dateline | None]) -> list[str]:
    """Each block's :func:`_label`, then corrected from its neighbours, as jusText judges
    short blocks by their context (Pomikálek 2011, ch. 3), in four passes run in order."""
    labels = [_label(b, d) for b, d in zip(blocks, datelines)]
    _relabel_inline_promo_rails(blocks, labels)
    _relabel_list_items(blocks, labels)
    _relabel_widgets(blocks, labels)
    _relabel_caption_lines(blocks, labels)
    return labels


def _relabel_inline_promo_rails(blocks: list[_Block], labels: list[str]) -> None:
    """A rail's label with one headline after its colon ("You may also like: ...") and two
    text paragraphs under it is an inline promo: chrome, and the article goes on."""
    for i in range(len(blocks) - 2):
        rail = END_OF_ARTICLE.match(blocks[i].text) if labels[i] == "end" else None
        promoted = _headline_after_label(rail, blocks[i].text, MAX_TITLE_WORDS)
        following = [kind for kind in labels[i + 1:] if kind not in ("chrome", "caption", "line")][:2]
        if promoted and following == ["text", "text"]:
            labels[i] = "chrome"


def _relabel_list_items(blocks: list[_Block], labels: list[str]) -> None:
    """A line that introduces a list ("The main proposals include:") and the list's items
    are text, however short the items are."""
    for i in range(len(blocks) - 1):
        lead_in = labels[i] in ("line", "text") and blocks[i].text.endswith(":") and _words(blocks[i].text) >= 3
        if lead_in and blocks[i + 1].listed:
            labels[i] = "text"
            for j in range(i + 1, len(blocks)):
                if not blocks[j].listed or labels[j] not in ("chrome", "line", "text"):
                    break
                labels[j] = "text"


def _relabel_widgets(blocks: list[_Block], labels: list[str]) -> None:
    """A sentence of a few words with no text paragraph next to it is a widget's label
    ("Like Loading...", "Thanks for voting!"), not a paragraph of its own."""
    for i, block in enumerate(blocks):
        neighbours = labels[max(i - 1, 0):i] + labels[i + 1:i + 2]
        if labels[i] == "text" and _words(block.text) <= MAX_WIDGET_WORDS and "text" not in neighbours:
            labels[i] = "line"


def _relabel_caption_lines(blocks: list[_Block], labels: list[str]) -> None:
    """A credit on a line of its own belongs to the caption on the line just above it,
    and a caption label ending in its comma ("Image caption,") to the line below. A line
    that the next line repeats and goes on from is a photo's alt text, printed above its
    caption ("Crews at work" / "Crews at work (KWTX)")."""
    for i in range(1, len(blocks)):
        if labels[i] == "caption" and PHOTO_CREDIT.match(blocks[i].text) and blocks[i - 1].gap_after == 0:
            labels[i - 1] = "caption"
        alt_text = blocks[i - 1].text
        if labels[i - 1] == labels[i] == "line" and blocks[i].text.startswith(alt_text + " "):
            labels[i - 1] = labels[i] = "caption"
        if labels[i - 1] == "caption" and blocks[i - 1].text.endswith(",") and PHOTO_LABEL.match(blocks[i - 1].text):
            labels[i] = "caption" if labels[i] in ("line", "text") else labels[i]


def _is_heading_shaped(text: str) -> bool:
    """Whether ``text`` has a heading's shape: short, capitalised, without final punctuation."""
    return (
        _words(text) <= MAX_HEADING_WORDS
        and len(text) <= 100
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘«„")
        and not _ENDS_PUNCTUATED.search(text)
    )


# --- the header ----------------------------------------------------------------------


class _Header(NamedTuple):
    title: str | None
    standfirst: str | None  # a standfirst printed between headline and byline or dateline
    byline: str | None
    published: datetime | None
    body_start: int  # index of the body's first block


def _anchor(labels: list[str]) -> int | None:
    """Index of the article's dateline: the first one followed by two text blocks in a
    row (with at most chrome or a photo between them) before the next dateline. A date
    in the site's top bar is followed by the headline, standfirst and byline, perhaps a
    note under the byline, then by the article's own dateline."""
    dates = [i for i, label in enumerate(labels) if label == "date"]
    followed_by_text = []
    for date, next_date in zip(dates, dates[1:] + [len(labels)]):
        if _has_text_run(labels, date + 1, next_date):
            return date
        if "text" in labels[date:next_date]:
            followed_by_text.append(date)
    return followed_by_text[0] if followed_by_text else None


def _has_text_run(labels: list[str], start: int, stop: int) -> bool:
    """Whether two text blocks stand in a row (with at most chrome or a photo between
    them) from ``start`` up to ``stop``: where an article's body is, rather than a
    header's standfirst or a box's single paragraph."""
    in_a_row = 0
    for label in labels[start:stop]:
        if label == "text":
            in_a_row += 1
        elif label not in ("chrome", "caption"):
            in_a_row = 0
        if in_a_row == 2:
            return True
    return False


def _read_header(blocks: list[_Block], labels: list[str], datelines: list[_Dateline | None]) -> _Header:
    """Headline, standfirst, byline and publication date around the dateline, and where the body starts.

    The header above the dateline is read first (:func:`_header_above`), then the lines
    between the dateline and the body (:func:`_header_below`), then a byline printed
    under the first text block (:func:`_byline_under_lede`), which makes that block the
    standfirst (headline, standfirst, byline, then the body).
    """
    anchor = _anchor(labels)
    texts = [i for i, label in enumerate(labels) if label == "text"]
    body_start = next((i for i in texts if anchor is None or i > anchor), texts[0])
    dated_byline = datelines[anchor].byline if anchor is not None else None
    above = _header_above(blocks, labels, anchor if anchor is not None else body_start, seek_byline=dated_byline is None)
    title, byline = above.title, dated_byline or above.byline
    if anchor is not None:
        title, byline = _header_below(blocks, labels, anchor, body_start, above, title, byline)
    standfirst = above.standfirst
    if byline is None and standfirst is None and (under_lede := _byline_under_lede(blocks, labels, body_start)):
        # The text block over the byline is the standfirst, or the headline when none was
        # found, as a headline asked as a question is punctuated like text.
        first = blocks[body_start].text
        byline, body_start = under_lede
        if title is None and _words(first) <= MAX_TITLE_WORDS:
            title = first
        else:
            standfirst = first
    published = _header_published(labels, datelines, anchor, above.top, body_start)
    return _Header(title, standfirst, byline, published, body_start)


def _header_below(
    blocks: list[_Block], labels: list[str], anchor: int, body_start: int, above: _HeaderAbove,
    title: str | None, byline: str | None,
) -> tuple[str | None, str | None]:
    """The headline and byline as the lines between the dateline at ``anchor`` and the body
    change them (``title`` and ``byline`` are what was found so far).

    Some pages print the dateline above the headline: a headline-shaped line under the
    dateline is the headline when the header above it holds none of headline length (only
    a section label, a masthead, or nothing); as above the dateline, a line of headline
    length wins over a shorter kicker ("LOCAL NEWS") printed before it. A byline there
    must say "By", or follow the headline, since a headline in title case can look like
    a name.
    """
    title_below, after_byline, byline_below, kicker_below = None, False, False, False
    for i in range(anchor + 1, body_start):
        if labels[i] != "line" or _is_date_label(blocks[i].text):
            continue
        line = blocks[i].text
        if after_byline and blocks[i - 1].gap_after == 0 and _is_byline_pair(blocks[i - 1].text, line):
            after_byline = False
            continue
        after_byline = False
        if byline is None and _says_byline(line):
            byline, after_byline, byline_below = line, True, True
        elif _is_heading_shaped(line) and not (title and _looks_like_byline(line)) and not _clock(line) and (
            title_below is None or _words(title_below) < MIN_HEADLINE_WORDS <= _words(line)
        ):
            kicker_below = title_below is not None
            title_below = line  # a line of headline length, else the first: shorter ones are kickers
        elif byline is None and _looks_like_byline(line):
            byline, after_byline, byline_below = line, True, True
    # A headline above the dateline wins, unless a whole header (kicker, headline and
    # byline) is below it: then the dateline and the line above it are the edition's.
    if title_below and (kicker_below and byline_below or not above.headline_sized):
        title = title_below
    return title, byline


def _byline_under_lede(blocks: list[_Block], labels: list[str], body_start: int) -> tuple[str, int] | None:
    """The byline printed on the line under the first text block at ``body_start``, and
    where the body then starts, or None. The line must say "By" or name a role, since a
    subheading in title case also looks like a name, and may have its second line
    ("Health reporter")."""
    under = body_start + 1
    if not (under < len(blocks) and labels[under] == "line" and _is_marked_byline(blocks[under].text)):
        return None
    tail = under + 1 < len(blocks) and labels[under + 1] == "line"
    resume = under + 1 + (tail and _is_byline_pair(blocks[under].text, blocks[under + 1].text))
    if resume < len(blocks) and labels[resume] == "text":
        return blocks[under].text, resume
    return None


def _header_published(
    labels: list[str], datelines: list[_Dateline | None], anchor: int | None, top: int, body_start: int
) -> datetime | None:
    """The publication date the header from ``top`` to ``body_start`` prints. The
    dateline's own lines (from ``anchor``, or up from the body) give it; a date further
    up, over the headline, is the site's top bar, needed only when the dateline gives
    just an update."""
    header_dates = [datelines[i] for i in range(top, body_start) if labels[i] == "date"]
    own = anchor if anchor is not None else body_start
    while own > 0 and labels[own - 1] in ("date", "chrome", "caption"):
        own -= 1
    own_dates = [datelines[i] for i in range(own, body_start) if labels[i] == "date"]
    if any(not d.is_update for d in own_dates):
        header_dates = own_dates
    return _first_published(header_dates).published if header_dates else None


class _HeaderAbove(NamedTuple):
    top: int  # where the header starts
    title: str | None
    headline_sized: bool  # the title has MIN_HEADLINE_WORDS, rather than being the only short line
    standfirst: str | None
    byline: str | None


def _header_above(blocks: list[_Block], labels: list[str], end: int, seek_byline: bool = True) -> _HeaderAbove:
    """The header read upwards from index ``end``.

    The header's lines are collected first (:func:`_header_lines_above`). The nearest
    line is the byline when it reads like one (and is not the only candidate, unless it
    says "By ..."), or the nearest two when a "By" line carries an outlet or place under
    it ("By Priya Nair" / "BBC News, Leicester"), or the second nearest when it is marked
    as one (says "By" or names a desk) and the nearest is the standfirst, or it is the
    name under a label ending in "by" ("Written by"). Of the next lines up, the headline
    is the topmost one of headline length: the lines between it and the byline are its
    standfirst or summary bullets, shorter lines above it are kickers and section labels,
    and a kicker tops the header: longer lines above it are the site's menus and
    masthead. When all are short, the nearest is the headline. A standfirst printed as a
    text block is what stands under the headline, so then the headline is the nearest
    line of headline length above it, and longer lines further up are the masthead and
    menus. No byline is sought when the dateline carries one (``seek_byline``), since a
    headline in title case can look like a name.
    """
    top, candidates, standfirst, standfirst_at = _header_lines_above(blocks, labels, end)
    byline = None
    lines = [blocks[i].text for i in candidates]
    if seek_byline and len(lines) > 2 and blocks[candidates[1]].gap_after == 0 and _is_byline_pair(lines[1], lines[0]):
        byline, lines, candidates = lines[1], lines[2:], candidates[2:]
    elif seek_byline and lines and _looks_like_byline(lines[0]) and (len(lines) > 1 or _says_byline(lines[0])):
        byline, lines, candidates = lines[0], lines[1:], candidates[1:]
    elif seek_byline and len(lines) > 2 and _words(lines[1]) <= 4 and re.search(r"\bby:?$", lines[1], re.I):
        # A byline's label on a line of its own over the name ("Written by" / "Ana Ruiz").
        byline, lines, candidates = lines[0], lines[2:], candidates[2:]
    elif seek_byline and standfirst is None and len(lines) > 2 and _is_marked_byline(lines[1]):
        # Headline, byline, then the standfirst on a line of its own.
        byline, standfirst, lines, candidates = lines[1], lines[0], lines[2:], candidates[2:]
    nearest = lines[:MAX_HEADER_LINES]
    # A kicker or section label sits on top of the headline: lines above it are the site's.
    kicker = next((k for k, line in enumerate(nearest) if _words(line) < MIN_HEADLINE_WORDS), len(nearest))
    if byline is None and (seek_byline or kicker == len(nearest)):
        # Unless a byline marks the header's foot (here or on the dateline) and a kicker
        # its top, only lines printed together (no blank line between them) make one
        # header; a blank line sets off the site's name or tagline.
        kicker = next((k + 1 for k in range(len(nearest) - 1) if blocks[candidates[k + 1]].gap_after), len(nearest))
    nearest = nearest[:kicker] or nearest
    sized = [i for i, line in enumerate(nearest) if _words(line) >= MIN_HEADLINE_WORDS]
    if not sized:
        title = lines[0] if lines else None
    elif standfirst_at is not None:
        title = nearest[sized[0]]
    else:
        title = nearest[sized[-1]]
        if standfirst is None and sized[-1] > 0:
            standfirst = nearest[sized[-1] - 1]
    # Text above the byline with no headline above it was not a standfirst.
    return _HeaderAbove(top, title, bool(sized), standfirst if title else None, byline)


def _header_lines_above(blocks: list[_Block], labels: list[str], end: int) -> tuple[int, list[int], str | None, int | None]:
    """The header's lines above index ``end``, nearest first, as (the header's top, the
    indexes of its headline-shaped lines, the standfirst and its index). Walks up past
    captions, datelines and reading times over headline-shaped lines, and over one text
    block below the headline (a standfirst printed above the byline), stopping at other
    chrome or text."""
    candidates, standfirst, standfirst_at, top = [], None, None, end
    for i in range(end - 1, -1, -1):
        label, text = labels[i], blocks[i].text
        only_byline_below = not candidates or (len(candidates) == 1 and _looks_like_byline(blocks[candidates[0]].text))
        # A text block under the byline is its note ("Anna Berg reported from Kyiv."),
        # and the standfirst is the text block above the byline.
        note_below = standfirst_at is not None and bool(candidates) and standfirst_at > candidates[0]
        if label == "text" and (standfirst is None or note_below) and only_byline_below and _words(text) <= 80:
            standfirst, standfirst_at = text, i
        elif label == "chrome" and candidates and only_byline_below:
            pass  # share and listen buttons between the headline and the byline
        elif label == "line" and _words(text) <= MAX_TITLE_WORDS and not _is_date_label(text):
            candidates.append(i)
        elif not (label in ("caption", "date") or READING_TIME.match(text) or _is_date_label(text)):
            break
        top = i
    return top, candidates, standfirst, standfirst_at


# --- the body and where it ends ------------------------------------------------------


def _article_end(blocks: list[_Block], labels: list[str], start: int) -> int:
    """Index of the block that ends the body begun at ``start``: the first rail, comment
    section, footer or wire credit line, or the headline of a second article. A box of
    related links that a page sets inside the article ends nothing: its label is a
    promo's ("Related Articles"), and two text paragraphs in a row follow its few links,
    where a rail of teasers alternates headlines and one-sentence summaries. A box of
    data under a label with a colon ("Media contact:" over a name and a number) ends the
    body when no two text paragraphs in a row follow it; inside the article, a fact box
    has the body go on under it."""
    i = start
    while i < len(blocks):
        if _opens_next_article(blocks, labels, i) or (labels[i] == "line" and WIRE_CREDIT.match(blocks[i].text)):
            return i
        data_box = labels[i] == "line" and blocks[i].text.endswith(":") and i + 1 < len(blocks) and labels[i + 1] == "line"
        if data_box and not _has_text_run(labels, i + 1, len(blocks)):
            return i
        if labels[i] == "end":
            links = range(i + 1, min(i + 2 + MAX_BOX_LINES, len(blocks)))
            resume = next((j for j in links if labels[j] not in ("line", "chrome")), None)
            next_end = next((j for j in range(i + 1, len(blocks)) if labels[j] == "end"), len(blocks))
            inside = PROMO_LABEL.match(blocks[i].text) and resume is not None and labels[resume] == "text"
            if not (inside and _neighbour(labels, resume, 1, next_end) == "text"):
                return i
            i = resume
        i += 1
    return len(blocks)


def _opens_next_article(blocks: list[_Block], labels: list[str], i: int) -> bool:
    """Whether block ``i`` is the headline of a second article on the page: a headline-shaped
    line with a "By" line and a dateline under it. The body ends there."""
    return (
        labels[i] == "line"
        and _is_heading_shaped(blocks[i].text)
        and i + 2 < len(blocks)
        and labels[i + 1] == "line"
        and _says_byline(blocks[i + 1].text)
        and labels[i + 2] == "date"
    )


def _neighbour(labels: list[str], i: int, step: int, limit: int) -> str | None:
    """The label of the nearest block before (step -1) or after (step 1) index ``i``, up to
    ``limit``, that is neither chrome nor a caption."""
    for j in range(i + step, limit, step):
        if labels[j] not in ("chrome", "caption"):
            return labels[j]
    return None


def _body(blocks: list[_Block], labels: list[str], start: int, stop: int) -> tuple[list[Paragraph], list[int | None]]:
    """Text paragraphs and subheadings from ``start`` up to ``stop`` (the first
    end-of-article rail), with the blank-line gap after each paragraph (None after a
    subheading or a list item, whose spacing is not the page's paragraph spacing)."""
    paragraphs, gaps = [], []
    for i in range(start, stop):
        text = blocks[i].text
        if labels[i] == "line" and _is_heading_shaped(text):
            # A subheading sits between two text paragraphs, with at most chrome or a
            # photo between; a trailing one introduces nothing, and a run of short lines
            # is a menu, a comment widget or a rail of links, not a chain of subheadings.
            if not (_neighbour(labels, i, -1, start - 1) == _neighbour(labels, i, 1, stop) == "text"):
                continue
            if _says_byline(text):  # a credit line ("Reporting by ...") or a second article's byline
                continue
            if PROMO_LABEL.match(blocks[i - 1].text) and not _is_promo_link(blocks[i - 1].text):
                continue  # the link a "Related" box promotes on the line under its label
            kind = "heading"
        elif labels[i] == "text":
            question = _is_question_heading(text) and _neighbour(labels, i, 1, stop) == "text"
            kind = "question" if question else "body"  # punctuated like text, it may open the body
        else:
            continue
        paragraphs.append(Paragraph(kind, text))
        gaps.append(blocks[i].gap_after if kind != "heading" and not blocks[i].listed else None)
    # Questions over their answers are subheadings, except a lone one that opens the
    # body: that is a rhetorical lede, unless the article asks more (an explainer) or has
    # other subheadings.
    asked = [k for k, p in enumerate(paragraphs) if p.kind == "question"]
    as_headings = len(asked) >= 2 or any(p.kind == "heading" for p in paragraphs)
    for k in asked:
        heading = as_headings or k > 0
        paragraphs[k] = Paragraph("heading" if heading else "body", paragraphs[k].text)
        gaps[k] = None if heading else gaps[k]
    quotes = _pull_quotes(paragraphs)
    return [p for k, p in enumerate(paragraphs) if k not in quotes], [gap for k, gap in enumerate(gaps) if k not in quotes]


def _is_question_heading(text: str) -> bool:
    """Whether ``text`` has the shape of a subheading asked as a question ("What is
    changing?"), as explainers print them: a single question of heading length, not
    quoted speech. :func:`_body` decides whether it is one."""
    return (
        _words(text) <= MAX_HEADING_WORDS
        and text.endswith("?")
        and text[0].isupper()
        and not re.search(r"[.!?…]\s", text)
        and not _QUOTE_MARK.search(text)
    )


def _pull_quotes(paragraphs: list[Paragraph]) -> set[int]:
    """Indexes of the pull quotes among ``paragraphs``: body paragraphs whose words, at
    least MIN_PULL_QUOTE_WORDS of them, stand in the same order inside a longer body
    paragraph (magazines print a quote large beside the paragraph that holds it)."""
    words = [re.findall(r"\w+", p.text.casefold()) if p.kind == "body" else [] for p in paragraphs]
    joined = [" " + " ".join(w) + " " for w in words]
    return {
        k
        for k, own in enumerate(words)
        if len(own) >= MIN_PULL_QUOTE_WORDS
        and any(len(other) > len(own) and joined[k] in joined[j] for j, other in enumerate(words))
    }


_QUOTE_MARK = re.compile(r"[\"“”«»„]")


def _outlet_names(blocks: list[_Block], labels: list[str], copyright_holders: list[str]) -> list[str]:
    """The outlet's name as the page prints it: its masthead (the first line of the page
    shaped like a name, "The Example Times") and the holders its copyright notices name,
    without a leading "The" so that "Example Times news" matches too."""
    masthead = next((b.text for b, label in zip(blocks, labels) if label == "line" and _is_person_name(b.text)), None)
    return [re.sub(r"^the\s+", "", name, flags=re.I) for name in ([masthead] if masthead else []) + copyright_holders]


def _closing_notes_start(paragraphs: list[Paragraph], authors: list[str], outlets: list[str]) -> int:
    """Index of the first of the paragraphs at the end of the body that are notes about
    the page rather than the story (``len(paragraphs)`` when there are none): the
    author's bio, which opens with a byline name ("Ana Ruiz covers transport."), and the
    outlet's promos, which name the outlet and speak to the reader ("Download the Example
    Times app."), with the subheading or widget label left above them (a subheading needs
    text under it). Hand-written: a block is judged by its position and by what it refers
    to (the byline's author, the page's masthead), in the spirit of the shallow features
    of Kohlschütter et al. 2010; the first paragraph always stays."""
    def is_note(text: str) -> bool:
        if _words(text) > MAX_NOTE_WORDS or _QUOTE_MARK.search(text):
            return False
        about_author = any(text.startswith(author + " ") for author in authors if _is_person_name(author))
        names_outlet = any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in outlets)
        return about_author or (names_outlet and bool(READER_ADDRESS.search(text)))

    end = len(paragraphs)
    while end > 1 and (paragraphs[end - 1].kind == "heading" or is_note(paragraphs[end - 1].text)):
        end -= 1
    return end


# --- not-an-article checks -----------------------------------------------------------

# A search result's or archive teaser's date before its summary ("June 4, 2015 - The council ...").
_DATED_SUMMARY = re.compile(r"^(?P<date>[^.!?]{6,40}?)\s+[-–—]\s+\S")


def _reject_non_article(
    blocks: list[_Block], labels: list[str], calendar: _Calendar, title: str | None, paragraphs: list[Paragraph],
    dated: bool, bylined: bool,
) -> None:
    """Raise :class:`NotAnArticle` for a section front, whose header repeats (MIN_TEASERS
    dates with at most one paragraph about each, and bylines if any); or, for a page with
    neither byline nor dateline, a page of search results (MIN_TEASERS headlines over
    summaries that open with their own date), a section front whose teasers are dated
    "2 hours ago", an error page (its headline or its short text says so) or a lone
    teaser of fewer than MIN_ARTICLE_WORDS words."""
    dates = [i for i, label in enumerate(labels) if label == "date"]
    texts_between_dates = [labels[start:end].count("text") for start, end in zip([0] + dates, dates + [len(labels)])]
    # On a bylined page the bylines repeat too: a live blog's short dated posts have one.
    bylines = sum(label == "line" and _says_byline(b.text) for b, label in zip(blocks, labels))
    if len(dates) >= MIN_TEASERS and max(texts_between_dates) <= 1 and (not bylined or bylines >= 2):
        raise NotAnArticle("the page dump is a list of dated teasers (a section front), not an article")
    if dated or bylined:
        return
    # Teasers under their headlines, each summary opening with its date; an article's
    # chronology ("June 4 - ...") has a byline or dateline, or no headline over each entry.
    dated_summaries = [
        m for i, label in enumerate(labels)
        if label == "text" and i and labels[i - 1] == "line" and (m := _DATED_SUMMARY.match(blocks[i].text))
    ]
    if sum(_parse_date(m["date"], calendar) is not None for m in dated_summaries) >= MIN_TEASERS:
        raise NotAnArticle("the page dump is a list of teasers each dated before its summary (search results), not an article")
    if sum(bool(TEASER_AGE.search(b.text)) for b in blocks) >= 2:
        raise NotAnArticle("the page dump is a list of teasers (a section front), not an article")
    body = [p.text for p in paragraphs if p.kind == "body"]
    short = sum(_words(text) for text in body) < 2 * MIN_ARTICLE_WORDS
    if (title and ERROR_PAGE.search(title)) or (body and short and ERROR_PAGE.search(body[0])):
        raise NotAnArticle(f"the page dump is an error page: {title!r}")
    if len(body) == 1 and _words(body[0]) < MIN_ARTICLE_WORDS:
        raise NotAnArticle("the page dump holds a single short paragraph with no dateline or byline, not an article")
