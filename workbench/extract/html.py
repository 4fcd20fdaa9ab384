"""Article extraction from one HTML page: body paragraphs and metadata.

``extract_html(html, url)`` runs two extractors over the same page, offline:

* newspaper4k (Ou-Yang and contributors; the goose/"best node" method: score text
  nodes by stop words and link density, take the best parent and its siblings),
* trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and
  Command-Line Tool for Text Discovery and Extraction", ACL-IJCNLP demos:
  tag-based pruning, then readability/jusText fallbacks),

and combines them. Their errors are complementary: newspaper4k is precise but
often stops short of the article's end or keeps only one block of it;
trafilatura recovers the whole body but lets boilerplate at the body's edges in
(bylines, "read more", newsletter boxes). So the body is trafilatura's paragraph
sequence, without the boilerplate-looking runs at its edges that newspaper4k does
not confirm, plus the newspaper4k paragraphs that trafilatura missed, unless they
look like boilerplate; "Read more" link lines, ad labels and closing notices
(subscribe, follow us, print and opinion disclaimers) go wherever they came from
(see :func:`combine_bodies`).

Metadata is cross-checked the same way: dates from JSON-LD, meta tags,
newspaper4k and htmldate (see :func:`pick_published`); authors from JSON-LD,
meta tags, newspaper4k, trafilatura and a byline line atop the body (see
:func:`pick_authors`). JSON-LD is read from the page's own ``*Article`` object,
not from those that related-story widgets add (see :func:`_own_json_ld`).
"""

from __future__ import annotations

import os

# tldextract (a newspaper4k dependency) would download the Public Suffix List on
# first use; an empty URL list makes it use its bundled copy. Must precede the import.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import json
import logging
import re
import warnings
from collections import Counter
from datetime import datetime, timedelta
from itertools import dropwhile, groupby
from typing import Iterable, NamedTuple
from urllib.parse import SplitResult, urlsplit

import lxml.html
from lxml import etree

with warnings.catch_warnings():
    # newspaper4k warns at import that nltk (used only by Article.nlp()) is missing.
    warnings.simplefilter("ignore")
    import newspaper

import htmldate
import trafilatura
from dateutil import parser as date_parser
from dateutil.parser import UnknownTimezoneWarning

from workbench.extract import Extracted, NotAnArticle, Paragraph
from workbench.extract.page_dump import copyright_holder, is_copyright_notice
from workbench.extract.page_dump_lexicon import PROMO_LABEL

log = logging.getLogger(__name__)

#: A page is an article when its body holds at least this many words in
#: sentence-like paragraphs (at least ``PROSE_PARAGRAPH_WORDS`` words each).
#: Listing pages, login walls and photo galleries give teasers and link labels,
#: which are shorter; the shortest real news briefs run to about 60 words.
MIN_ARTICLE_WORDS = 40
PROSE_PARAGRAPH_WORDS = 8

#: A page that does not declare itself an article (no og:type "article", no ``*Article``
#: JSON-LD) is an index page (section front, tag or author archive) when more than this
#: share of its body's words sits in the teasers of linked stories, in at least
#: ``MIN_TEASERS`` of them.
TEASER_SHARE = 0.5
MIN_TEASERS = 3

#: Structured dates before this year are placeholders (e.g. ``0001-01-01``), not
#: publication dates; htmldate uses a similar floor (1995).
EARLIEST_YEAR = 1990
#: ... and so are those after this one (``9999-12-31``, .NET's ``DateTime.MaxValue``).
LATEST_YEAR = 2200

#: Shingle size for comparing the two extractors' bodies (as in Broder 1997,
#: "On the resemblance and containment of documents").
SHINGLE_SIZE = 4

#: A trafilatura paragraph is "confirmed" when at least this share of its
#: shingles also occurs in newspaper4k's body.
CONFIRMED_SHARE = 0.5

#: A run of unconfirmed paragraphs at the body's edge is boilerplate when less
#: than this share of its words is prose, or more than this share is link text.
BOILERPLATE_SHARE = 0.5

#: A paragraph is a link line ("Read more: <headline>", a row of share links) when at
#: least this share of its words is link text and it opens with a lead that announces
#: links (``PROMO_LABEL``, the page-dump parser's list of such leads) ...
LINK_LEAD_SHARE = 0.6
#: ... or, when it is not prose, at least this share.
LINK_LINE_SHARE = 0.8
#: A prose paragraph wholly of link text is a link line up to this many words ("Our
#: Standards: The Trust Principles."); a longer one is more likely the article's own
#: paragraph that a teaser elsewhere on the page repeats as its link.
LINK_LINE_MAX_WORDS = 15
#: A lead of at most this many words before a link, ending in ":" or "|", announces it
#: in any language ("Our Standards: <link>", "More | <link>").
LINK_LEAD_WORDS = 3

#: Labels that ad slots print inside an article body, in the languages of ``PROMO_LABEL``;
#: a paragraph made only of them is dropped wherever it is. Hand-written.
_AD_LABELS = re.compile(
    r"(?:\W*(?:advertisement|advertising|sponsored content|scroll to continue(?: with content)?|skip advertisement"
    r"|continue reading below|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklama)\W*)+",
    re.IGNORECASE,
)

#: Closing notices are at most this many words: a call to subscribe or follow, a print
#: or opinion disclaimer is one or two sentences.
NOTICE_MAX_WORDS = 40

#: Phrases of the notices that templates put after an article's last paragraph: calls to
#: subscribe, sign up or follow the outlet on social media, print-edition and opinion
#: disclaimers, links to editorial standards; in English, German, French, Spanish,
#: Portuguese, Italian and Dutch. Verbs only in their imperative forms, since "sigue"
#: or "segui" also narrate. Hand-written; matched only in a short paragraph at the body's
#: end, or in one that only newspaper4k has (see :func:`_without_closing_notices`).
_NOTICE = re.compile(
    r"(?:^|[.!?]\s)\W*(?:subscribe|sign up|become a (?:member|subscriber)|support our|donate)\b"
    r"|\b(?:in your inbox|reader-supported|appears in print|(?:views|opinions) expressed|our standards(?=:)"
    r"|(?:send|write) (?:us )?a letter to the editor"
    r"|abonnieren|abonnez-vous|inscrivez-vous|suscr[ií]bete|assine (?:já|agora)|inscreva-se|iscriviti|abonneer"
    r"|(?:our|unsere[mnr]?|notre|nos|nuestr[oa]s?|nossas?|la nostra|onze) (?:newsletters?|bolet[ií]n|nieuwsbrief)"
    r"|(?:do not|don't|does not) (?:necessarily )?(?:reflect|represent)|não representam|no representan"
    r"|ne (?:reflètent|représentent) pas|non rappresentano|geben nicht .{0,30}meinung)\b"
    r"|\b(?:follow|folgen sie|suivez|síguenos|siga-nos|seguici|volg ons)\b.{0,60}"
    r"(?:\b(?:facebook|twitter|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky)\b|\b(?-i:X)(?![\w-]))",
    re.IGNORECASE,
)

_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")
_ALNUM = re.compile(r"[^\W_]")
# Scripts written without spaces between words: count their characters instead.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_SENTENCE_END = re.compile(r"[.!?…。！？\"'”’»)\]」』）]$")
_SPACE = re.compile(r"\s+")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_PLACEHOLDER_URL = "https://localhost/article.html"


class Body(NamedTuple):
    """A merged body and the extractor(s) whose paragraphs it holds."""

    paragraphs: list[Paragraph]
    extractor: str


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Extract the article in ``html``: title, description, authors, publication date,
    outlet and body paragraphs (subheadings as ``kind="heading"``).

    Runs newspaper4k and trafilatura without touching the network (no image fetching,
    no meta-refresh following, no NLTK downloads) and merges their bodies with
    :func:`combine_bodies` (a standfirst that is already the description is not repeated
    in the body, see :func:`_without_standfirst`); metadata comes from JSON-LD (schema.org ``Article``),
    meta tags, newspaper4k, trafilatura and htmldate (Barbaresi 2020, "htmldate: A
    Python package to extract publication dates from web pages", JOSS 5(51)).

    Raises :class:`NotAnArticle` when the page has fewer than ``MIN_ARTICLE_WORDS``
    words of prose (paragraphs of ``PROSE_PARAGRAPH_WORDS`` words or more), or when it is
    an index page: it does not declare itself an article and most of its text sits in
    teasers of linked stories (see :func:`_teaser_share`).
    """
    if not html or not html.strip():
        raise NotAnArticle("empty HTML")
    article = _run_newspaper(html, url)
    document = _run_trafilatura(html, url)
    tree = _parse_tree(html)
    meta = _meta_tags(tree) if tree is not None else {}
    page_urls = {url, meta.get("og:url"), article.canonical_link if article else None}
    linked_data, other_linked_data = _own_json_ld(
        list(_json_ld_articles(tree)) if tree is not None else [], _page_titles(tree, meta), page_urls
    )

    link_texts = [" ".join(a.itertext()) for a in tree.iter("a")] if tree is not None else []
    body = combine_bodies(_newspaper_paragraphs(article), _trafilatura_paragraphs(document), link_texts)
    prose_words = sum(n for n in (_n_words(p.text) for p in body.paragraphs) if n >= PROSE_PARAGRAPH_WORDS)
    if prose_words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(
            f"no article body: {prose_words} words in prose paragraphs (need {MIN_ARTICLE_WORDS}); "
            "an index page, a gallery or a page without text?"
        )
    if tree is not None and not linked_data and "article" not in meta.get("og:type", "").casefold():
        teasers = _teaser_share(body.paragraphs, tree, page_urls)
        if teasers > TEASER_SHARE:
            raise NotAnArticle(f"an index page: {teasers:.0%} of the text is in teasers of linked stories")

    provenance = {"text": body.extractor}
    title = _first(provenance, "title", [
        ("newspaper4k", article.title if article else None),
        ("json-ld", _ld_value(linked_data, "headline")),
        ("trafilatura", document.title if document else None),
    ])
    paragraphs = _without_headline(body.paragraphs, title)
    description = _first(provenance, "description", [
        ("meta", meta.get("og:description") or meta.get("description")),
        ("json-ld", _ld_value(linked_data, "description")),
        ("trafilatura", document.description if document else None),
    ])
    outlet = pick_outlet(provenance, [
        ("meta", meta.get("og:site_name")),
        ("json-ld", _ld_publisher(linked_data)),
        ("trafilatura", document.sitename if document else None),
    ], title)
    published, provenance["published"] = pick_published(
        [
            ("json-ld", _ld_value(linked_data, "datePublished")),
            ("meta", _meta_first(meta, _META_DATE_KEYS)),
            ("newspaper4k", article.publish_date if article else None),
        ],
        tree,
    )
    modified, provenance["modified"] = pick_modified(
        [("json-ld", _ld_value(linked_data, "dateModified")), ("meta", _meta_first(meta, _META_MODIFIED_KEYS))],
        published,
    )
    # newspaper4k and trafilatura read every JSON-LD object on the page, related stories' too.
    related_authors = _related_only_authors(other_linked_data, linked_data, tree)
    authors, provenance["authors"] = pick_authors(
        [
            ("json-ld", _ld_authors(linked_data)),
            ("meta", _meta_authors(meta)),
            ("newspaper4k", [n for name in article.authors for n in _split_names(name)] if article else []),
            ("trafilatura", _split_names(document.author) if document and document.author else []),
            ("byline", _byline_candidate(paragraphs)),
        ],
        outlet,
        related_authors,
    )
    return Extracted(
        title=title,
        description=description,
        authors=authors,
        published=published.replace(tzinfo=None) if published else None,
        url=url or meta.get("og:url") or (article.canonical_link if article else None) or None,
        outlet=outlet,
        paragraphs=_without_standfirst(_without_byline(paragraphs, authors), description, authors, tree),
        extractor=body.extractor,
        provenance={k: v for k, v in provenance.items() if v},
        modified=modified,
    )


def _without_headline(paragraphs: list[Paragraph], title: str | None) -> list[Paragraph]:
    """Drop the page's own headline when an extractor kept its <h1> as the first heading."""
    if title and paragraphs and paragraphs[0].kind == "heading" and _normalise(paragraphs[0].text) == _normalise(title):
        return paragraphs[1:]
    return paragraphs


def _without_standfirst(
    paragraphs: list[Paragraph], description: str | None, authors: list[str], tree
) -> list[Paragraph]:
    """Drop the first paragraph when it is the page's standfirst, already the description.

    A subheading that repeats the description is the standfirst set as an ``<h2>`` (a
    "sub-headline", as Arc XP templates print it), not a section heading. Many CMSes copy
    the lede into the meta description, so for a body paragraph equality alone proves
    nothing; a standfirst is also set apart from the body by the byline or dateline (a
    ``<time>`` element or a byline name between it and the second paragraph), as page
    dumps print it (see :mod:`workbench.extract.page_dump`). Hand-written; when in doubt
    the paragraph stays.
    """
    if not description or len(paragraphs) < 2 or _normalise(paragraphs[0].text) != _normalise(description):
        return paragraphs
    if paragraphs[0].kind == "heading":
        return paragraphs[1:]
    if tree is None:
        return paragraphs
    first, second = _element_with_text(tree, paragraphs[0].text), _element_with_text(tree, paragraphs[1].text)
    if first is None or second is None:
        return paragraphs
    names = [name.casefold() for name in authors]
    passed_first = False
    for element in tree.iter():
        if element is second:
            return paragraphs
        if element is first:
            passed_first = True
        elif passed_first and first not in element.iterancestors() and isinstance(element.tag, str):
            own_text = (element.text or "").casefold()
            if element.tag == "time" or any(name in own_text for name in names):
                return paragraphs[1:]
    return paragraphs


def _element_with_text(tree, text: str):
    """The innermost element of the first one whose whole text is ``text`` (spaces normalised)."""
    try:
        matches = tree.xpath("//body//*[normalize-space(.) = $text]", text=_normalise(text))
    except ValueError:  # control characters or lone surrogates: lxml takes only XML-compatible strings
        return None
    if not matches:
        return None
    outer = matches[0]
    return [m for m in matches if m is outer or outer in m.iterancestors()][-1]


def _teaser_share(paragraphs: list[Paragraph], tree, page_urls: Iterable[str | None]) -> float:
    """The share of the words of ``paragraphs`` that sit in teasers of linked stories; 0
    when fewer than ``MIN_TEASERS`` teasers hold any.

    A teaser is the largest element around a heading that is wholly a link to another
    page of the site (relative, or on the host of one of ``page_urls``) and that holds
    no other such heading: a section front's or tag page's card with its headline link,
    standfirst and date. An article's paragraphs are not inside such cards (a
    related-stories box holds only its own teasers), so its share stays near 0.
    Hand-written; no maintained library tells index pages from articles.
    """
    hosts = {_host(parts) for parts in map(_split_url, page_urls) if parts and parts.netloc}
    headings = [h for h in tree.iter(*_HEADING_TAGS, "h1") if _links_to_site_page(h, hosts)]
    if len(headings) < MIN_TEASERS:
        return 0.0
    headings_below = Counter(element for heading in headings for element in (heading, *heading.iterancestors()))
    cards = []
    for heading in headings:
        card = heading
        while (parent := card.getparent()) is not None and headings_below[parent] == 1:
            card = parent
        cards.append(_normalise("".join(card.itertext())))
    words = [_n_words(p.text) for p in paragraphs]
    in_cards: Counter = Counter()
    for paragraph, n in zip(paragraphs, words):
        card = next((i for i, text in enumerate(cards) if paragraph.text in text), None)
        if card is not None:
            in_cards[card] += n
    if len(in_cards) < MIN_TEASERS:
        return 0.0
    return sum(in_cards.values()) / (sum(words) or 1)


def _links_to_site_page(heading, hosts: set[str]) -> bool:
    """Whether ``heading``'s whole text is a link to a page of the site (``hosts``, or relative)."""
    text = _normalise(heading.text_content())
    if not text:
        return False
    links = [*heading.iterancestors("a"), *(a for a in heading.iter("a") if _normalise(a.text_content()) == text)]
    for link in links:
        href = (link.get("href") or "").strip()
        parts = _split_url(href)
        if parts and not href.startswith("#") and parts.scheme in ("", "http", "https") and (
            not parts.netloc or _host(parts) in hosts
        ):
            return True
    return False


def _split_url(url) -> SplitResult | None:
    try:
        return urlsplit(url.strip()) if isinstance(url, str) and url.strip() else None
    except ValueError:  # e.g. an unbalanced "[" in the host
        return None


def _host(parts: SplitResult) -> str:
    return parts.netloc.casefold().removeprefix("www.")


# ---------------------------------------------------------------- the two extractors


def _run_newspaper(html: str, url: str | None):
    config = newspaper.Config()
    config.fetch_images = False
    config.follow_meta_refresh = False
    config.memorize_articles = False
    config.disable_category_cache = True
    article = newspaper.Article(url or _PLACEHOLDER_URL, config=config)
    try:
        with warnings.catch_warnings():
            # newspaper4k parses meta dates with dateutil, which warns on zone names such as
            # "EST"; pick_published reads those dates itself, with the zones it knows.
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            article.download(input_html=html)
            article.parse()
    except Exception as error:  # noqa: BLE001 -- e.g. CJK tokenizers need optional packages
        log.debug("newspaper4k failed on %s: %s", url, error)
        return None
    return article


def _run_trafilatura(html: str, url: str | None):
    try:
        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_formatting=False, with_metadata=True
        )
    except Exception as error:  # noqa: BLE001 -- trafilatura may fail on malformed markup
        log.debug("trafilatura failed on %s: %s", url, error)
        return None


def _newspaper_paragraphs(article) -> list[Paragraph]:
    if article is None or not article.text:
        return []
    node = article.top_node
    headings = _normalised_texts(node.iter(*_HEADING_TAGS)) if node is not None else set()
    return _paragraphs(article.text.split("\n\n"), headings)


def _trafilatura_paragraphs(document) -> list[Paragraph]:
    if document is None or document.body is None or not document.text:
        return []
    headings = _normalised_texts(document.body.iter("head"))
    return _paragraphs(document.text.split("\n"), headings)


def _paragraphs(blocks: Iterable[str], headings: set[str]) -> list[Paragraph]:
    paragraphs = []
    for block in blocks:
        text = _normalise(block)
        if text:
            paragraphs.append(Paragraph("heading" if text in headings else "body", text))
    return paragraphs


def _normalised_texts(elements: Iterable[etree._Element]) -> set[str]:
    return {_normalise(" ".join(e.itertext())) for e in elements}


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _n_words(text: str) -> int:
    """Word count; in Chinese, Japanese or Thai text two characters count as one word."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // 2


# ---------------------------------------------------------------- combining bodies


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [t.lower() for t in _WORD.findall(text)]
    if len(tokens) < SHINGLE_SIZE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1)}


def _is_prose(paragraph: Paragraph) -> bool:
    return (
        paragraph.kind == "body"
        and _n_words(paragraph.text) >= PROSE_PARAGRAPH_WORDS
        and _SENTENCE_END.search(paragraph.text) is not None
    )


def _is_boilerplate(run: list[Paragraph], links: list[str]) -> bool:
    """A run of paragraphs is boilerplate when most of its words are outside prose or inside links."""
    words = [_n_words(p.text) for p in run]
    total = sum(words) or 1
    prose = sum(n for p, n in zip(run, words) if _is_prose(p))
    linked = sum(n * _linked_share(p.text, links) for p, n in zip(run, words))
    return prose < BOILERPLATE_SHARE * total or linked > BOILERPLATE_SHARE * total


def _share(shingles: set, reference: set) -> float:
    return len(shingles & reference) / len(shingles) if shingles else 0.0


def _link_phrases(link_texts: Iterable[str]) -> list[str]:
    """The page's link texts, normalised, without duplicates and wordless ones (icons)."""
    return [text for text in dict.fromkeys(map(_normalise, link_texts)) if _WORD.search(text)]


def _linked_words(text: str, links: list[str]) -> list[bool]:
    """For each word of ``text``, whether it lies in an occurrence of one of the page's
    ``links`` texts that starts and ends on word boundaries."""
    covered = bytearray(len(text))
    for link in links:
        start = text.find(link)
        while start != -1:
            end = start + len(link)
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                covered[start:end] = b"\x01" * len(link)
            start = text.find(link, start + 1)
    return [bool(covered[word.start()]) for word in _WORD.finditer(text)]


def _linked_share(text: str, links: list[str]) -> float:
    """The share of the words of ``text`` that are link text (link density, as in
    Kohlschütter et al. 2010), counted on words rather than shingles so that a short
    line with a link is measured exactly."""
    linked = _linked_words(text, links)
    return sum(linked) / len(linked) if linked else 0.0


def _is_link_line(paragraph: Paragraph, links: list[str]) -> bool:
    """Whether a body paragraph only points to other pages: nearly all link text and
    opening with a lead that announces links ("Read more:", "Lesen Sie auch", "Leia
    também", or any lead of ``LINK_LEAD_WORDS`` words ending in ":" or "|"), or not
    prose and at least ``LINK_LINE_SHARE`` link text (a link-only line, a row of share
    links), or a short sentence wholly of link text. A prose paragraph that merely
    contains links has a lower share. A byline line ("By: <a>Jane Doe</a>") is not one:
    :func:`pick_authors` reads it. Hand-written."""
    if paragraph.kind != "body" or _byline_candidate([paragraph]):
        return False
    linked = _linked_words(paragraph.text, links)
    if not any(linked):
        return False
    share = sum(linked) / len(linked)
    if share >= LINK_LINE_SHARE and (
        not _is_prose(paragraph) or (share == 1 and len(linked) <= LINK_LINE_MAX_WORDS)
    ):
        return True
    if share < LINK_LEAD_SHARE:
        return False
    first_link = next(match.start() for match, in_link in zip(_WORD.finditer(paragraph.text), linked) if in_link)
    lead = paragraph.text[:first_link].strip()
    return bool(PROMO_LABEL.match(paragraph.text)) or (
        0 < _n_words(lead) <= LINK_LEAD_WORDS and lead.endswith((":", "|"))
    )


def _is_notice(paragraph: Paragraph) -> bool:
    """Whether a body paragraph is a short closing notice (see ``_NOTICE``)."""
    return (
        paragraph.kind == "body"
        and _n_words(paragraph.text) <= NOTICE_MAX_WORDS
        and _NOTICE.search(paragraph.text) is not None
    )


def _without_closing_notices(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` without the closing notices (:func:`_is_notice`) and headings at the
    end: an article does not end with a subheading, so one left there introduced the
    comments or a promotion box. The first paragraph always stays."""
    end = len(paragraphs)
    while end > 1 and (paragraphs[end - 1].kind == "heading" or _is_notice(paragraphs[end - 1])):
        end -= 1
    return paragraphs[:end]


def _announces(paragraph: Paragraph) -> bool:
    """Whether what follows ``paragraph`` is what it announces: a subheading, a line ending in ":"."""
    return paragraph.kind == "heading" or paragraph.text.endswith(":")


def combine_bodies(
    newspaper_body: list[Paragraph], trafilatura_body: list[Paragraph], link_texts: Iterable[str] = ()
) -> Body:
    """Merge the two extractors' paragraph lists into one body.

    A hand-written rule (no library combines them), after the observation that the
    two fail differently: trafilatura keeps the whole body but also boilerplate at
    its edges; newspaper4k rarely keeps boilerplate but may stop short.

    1. If one extractor found nothing, take the other; if they share nothing,
       take trafilatura's (they picked different parts of the page). Prose
       paragraphs that trafilatura repeats more often than newspaper4k are
       dropped (:func:`_drop_repeats`).
    2. A trafilatura paragraph is *confirmed* when ``CONFIRMED_SHARE`` of its
       4-token shingles also occur in newspaper4k's body. Before the first and
       after the last confirmed paragraph, unconfirmed runs are dropped when they
       look like boilerplate: under ``BOILERPLATE_SHARE`` of their words in prose
       paragraphs (``PROSE_PARAGRAPH_WORDS``+ words ending a sentence), or over
       ``BOILERPLATE_SHARE`` of them in link text (``link_texts``, the page's
       ``<a>`` texts; link density as in Kohlschütter et al. 2010, "Boilerplate
       detection using shallow text features", WSDM). So are unconfirmed runs
       between two confirmed paragraphs that newspaper4k has in the same order (it
       went past the run: an advertisement label, a photo caption). A run after a
       subheading or a paragraph ending in ":" is kept: it is what that paragraph
       announces.
    3. newspaper4k paragraphs that the result lacks are inserted after the
       paragraph matching the newspaper4k paragraph before them, unless the run
       looks like boilerplate by the same test (:func:`_insert_missing`).
    4. Link lines (:func:`_is_link_line`: "Read more: <headline>", share buttons), ad
       labels (``_AD_LABELS``) and lines without a letter or digit (rules such as "___")
       are dropped wherever they are, and so are closing notices and headings at the
       end (:func:`_without_closing_notices`).
    """
    links = _link_phrases(link_texts)
    paragraphs, extractor = _merge(newspaper_body, trafilatura_body, links)
    kept = [
        p for p in paragraphs
        if _ALNUM.search(p.text) and not _AD_LABELS.fullmatch(p.text) and not _is_link_line(p, links)
    ]
    return Body(_without_closing_notices(kept), extractor)


def _merge(
    newspaper_body: list[Paragraph], trafilatura_body: list[Paragraph], links: list[str]
) -> tuple[list[Paragraph], str]:
    """Steps 1 to 3 of :func:`combine_bodies`: the merged paragraphs and their extractor(s)."""
    if not trafilatura_body:
        return newspaper_body, "newspaper4k"
    if not newspaper_body:
        return trafilatura_body, "trafilatura"

    trafilatura_body = _drop_repeats(trafilatura_body, newspaper_body)
    news_shingles = [_shingles(p.text) for p in newspaper_body]
    news_all = set().union(*news_shingles)
    confirmed = [_share(_shingles(p.text), news_all) >= CONFIRMED_SHARE for p in trafilatura_body]
    if not any(confirmed):
        # The two picked different parts of the page; trafilatura is right more often.
        return trafilatura_body, "trafilatura"
    first = confirmed.index(True)
    last = len(confirmed) - 1 - confirmed[::-1].index(True)
    lead, tail = trafilatura_body[:first], trafilatura_body[last + 1 :]
    if lead and _is_boilerplate(lead, links):
        lead = []
    if tail and not _announces(trafilatura_body[last]) and _is_boilerplate(tail, links):
        tail = []
    middle = _without_skipped_runs(trafilatura_body[first : last + 1], confirmed[first : last + 1], news_shingles, links)
    merged, added = _insert_missing(lead + middle + tail, newspaper_body, news_shingles, links)
    return merged, "newspaper4k+trafilatura" if added else "trafilatura"


def _without_skipped_runs(
    body: list[Paragraph], confirmed: list[bool], news_shingles: list[set], links: list[str]
) -> list[Paragraph]:
    """``body`` (from a confirmed paragraph to a confirmed one) without the unconfirmed
    runs that newspaper4k went past (their confirmed neighbours match newspaper4k
    paragraphs in the same order) and that look like boilerplate (:func:`_is_boilerplate`;
    no subheading in the run, not announced by the paragraph before it)."""
    kept: list[Paragraph] = []
    index = 0
    while index < len(body):
        if confirmed[index]:
            kept.append(body[index])
            index += 1
            continue
        end = confirmed.index(True, index)
        run = body[index:end]
        went_past = _best_match(body[index - 1], news_shingles) <= _best_match(body[end], news_shingles)
        if not (went_past and not _announces(body[index - 1]) and all(p.kind == "body" for p in run)
                and _is_boilerplate(run, links)):
            kept.extend(run)
        index = end
    return kept


def _best_match(paragraph: Paragraph, candidates: list[set]) -> int:
    """The index of the shingle set in ``candidates`` that shares most with ``paragraph``."""
    shingles = _shingles(paragraph.text)
    return max(range(len(candidates)), key=lambda i: len(shingles & candidates[i]))


def _kept_insertion(run: list[Paragraph], at_start: bool, announced: bool, links: list[str]) -> list[Paragraph]:
    """The paragraphs of a run that only newspaper4k has worth inserting: its subheadings,
    and each stretch of body paragraphs between them unless it looks like boilerplate
    (:func:`_is_boilerplate`, as for trafilatura's unconfirmed edge runs: a time stamp, an
    "Advertisement" label) and nothing announces it (a subheading, or the paragraph before
    the run, see :func:`_announces`); closing notices (:func:`_is_notice`) are dropped
    too, trafilatura's leaving them out being evidence enough. A run before the whole
    body never starts with a paragraph that is not prose: that is a dateline or a label
    above the article. A byline line ("By Jane Doe") stays for :func:`pick_authors`;
    :func:`_without_byline` removes it afterwards."""
    kept: list[Paragraph] = []
    for index, (is_heading, group) in enumerate(groupby(run, key=lambda p: p.kind == "heading")):
        group = list(group)
        if is_heading or index > 0 or announced:
            kept += group
            continue
        bylines = [p for p in group if _byline_candidate([p])]
        rest = [p for p in group if p not in bylines and not _is_notice(p)]
        if at_start:
            rest = list(dropwhile(lambda p: not _is_prose(p), rest))
        kept += bylines + ([] if _is_boilerplate(rest, links) else rest)
    return kept


def _drop_repeats(body: list[Paragraph], reference: list[Paragraph]) -> list[Paragraph]:
    """``body`` without the repeats of a paragraph of ``PROSE_PARAGRAPH_WORDS``+ words
    beyond the number of times ``reference`` has it.

    Some pages carry the article twice (a hidden print or app copy); trafilatura
    then returns it twice, while a text repeated on purpose appears in both bodies.
    """
    allowed = Counter(p.text.casefold() for p in reference)
    seen: Counter = Counter()
    kept = []
    for paragraph in body:
        key = paragraph.text.casefold()
        seen[key] += 1
        if seen[key] > max(1, allowed[key]) and _n_words(paragraph.text) >= PROSE_PARAGRAPH_WORDS:
            continue
        kept.append(paragraph)
    return kept


def _insert_missing(
    body: list[Paragraph], others: list[Paragraph], other_shingles: list[set], links: list[str]
) -> tuple[list[Paragraph], bool]:
    """Insert the ``others`` paragraphs that ``body`` lacks, keeping ``others``' order.

    Each run of missing paragraphs is tested as in :func:`_kept_insertion`.
    """
    body_shingles = [_shingles(p.text) for p in body]
    body_all = set().union(set(), *body_shingles)
    inserts: dict[int, list[Paragraph]] = {}
    anchor = -1  # index in body after which the next missing paragraph goes
    for paragraph, shingles in zip(others, other_shingles):
        if not shingles:
            continue
        if _share(shingles, body_all) >= CONFIRMED_SHARE:
            anchor = _best_match(paragraph, body_shingles)
        else:
            inserts.setdefault(anchor, []).append(paragraph)
    inserts = {
        anchor: kept for anchor, run in inserts.items()
        if (kept := _kept_insertion(run, anchor == -1, anchor != -1 and _announces(body[anchor]), links))
    }
    if not inserts:
        return body, False
    merged = list(inserts.get(-1, []))
    for index, paragraph in enumerate(body):
        merged.append(paragraph)
        merged.extend(inserts.get(index, []))
    return merged, True


# ---------------------------------------------------------------- metadata


def _parse_tree(html: str):
    # lxml refuses a str that carries an XML encoding declaration, so the tree is parsed
    # from UTF-8 bytes; the parser is told so, or it would decode them a second time, by
    # the page's <meta charset> or as latin-1 when there is none, garbling meta tags,
    # JSON-LD and link texts. A parser per call, as lxml parsers are not thread-safe.
    try:
        return lxml.html.fromstring(html.encode("utf8", "replace"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _first(provenance: dict[str, str], field: str, candidates: list[tuple[str, str | None]]) -> str | None:
    for source, value in candidates:
        value = _normalise(value) if isinstance(value, str) else None
        if value:
            provenance[field] = source
            return value
    return None


#: Site names that CMS templates leave in place of the outlet's name.
_GENERIC_SITE_NAMES = frozenset({
    "home", "homepage", "home page", "index", "main", "default", "untitled", "news", "blog", "website",
    "web site", "site", "article", "articles", "publisher", "organization", "organisation", "admin",
    "wordpress", "my blog", "my wordpress blog", "just another wordpress site", "my site",
})
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)


def _is_site_name(value: str) -> bool:
    """Whether ``value`` can be an outlet's name: not a copyright notice, a bare year or
    date, a URL or a generic word such as "Home" (trafilatura reads the ``copyright``
    meta tag as the site name, and templates leave placeholders in ``og:site_name``).
    A bare domain ("Example.com") is kept: many outlets are named after theirs."""
    if not re.search(r"[^\W\d_]", value) or _URL_LIKE.match(value) or value.casefold() in _GENERIC_SITE_NAMES:
        return False
    if is_copyright_notice(value):
        return False
    if re.search(r"\d", value):  # "May 3, 2014"; dateutil would also read "Sun" or "March" as dates
        try:
            date_parser.parse(value, tzinfos=_zone)
            return False
        except (ValueError, OverflowError):
            pass
    return True


def pick_outlet(
    provenance: dict[str, str], candidates: list[tuple[str, str | None]], title: str | None = None
) -> str | None:
    """The outlet's name: the first candidate (``og:site_name``, JSON-LD publisher,
    trafilatura's site name) that reads as a name (see :func:`_is_site_name`).

    A candidate equal to the article's ``title`` counts only when another candidate
    gives it too: trafilatura takes a ``WebPage``'s ``name`` (the headline) for the
    site's, while a page whose ``<title>`` holds only the site's name gives it as the
    title as well as in ``og:site_name``.

    When none does, the holder named in a copyright notice among them is taken
    ("© 2014 Example Times" gives "Example Times"), as for page dumps: the holder is
    usually the outlet, but may be its parent company, so it only comes last.
    Hand-written filters over the sources' values; records the source in ``provenance``.
    """
    keys = [_normalise(value).casefold() for _, value in candidates if isinstance(value, str)]
    title_key = _normalise(title).casefold() if title else None
    candidates = [
        (source, value) for source, value in candidates
        if isinstance(value, str) and (_normalise(value).casefold() != title_key or keys.count(title_key) > 1)
    ]
    names = [(source, value) for source, value in candidates if _is_site_name(_normalise(value))]
    holders = [(source, copyright_holder(value)) for source, value in candidates]
    return _first(provenance, "outlet", names + [(source, holder) for source, holder in holders if holder and _is_site_name(holder)])


def _meta_tags(tree) -> dict[str, str]:
    """``<meta>`` content by lower-cased name/property/itemprop; the first one wins."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")


def _json_ld_articles(tree) -> Iterable[dict]:
    """schema.org objects of an ``*Article``/``BlogPosting`` type in the page's JSON-LD.

    Hand-written: a lenient reader for the few fields we need (extruct is not a dependency).
    """
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            items = list(_walk_json_ld(json.loads(script.text or "", strict=False)))
        except (ValueError, RecursionError):  # malformed, or nested deeper than Python recurses
            continue
        for item in items:
            types = item.get("@type", [])
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and _ARTICLE_TYPE.search(t) for t in types):
                yield item


def _walk_json_ld(data) -> Iterable[dict]:
    # A page's article may sit in a "@graph" (Yoast) or be a WebPage's "mainEntity"; lists
    # of related stories ("itemListElement") are not walked.
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _walk_json_ld(data[key])


def _own_json_ld(items: list[dict], titles: set[str], urls: set[str]) -> tuple[list[dict], list[dict]]:
    """The page's own ``*Article`` objects in ``items``, and the others (related or trending
    stories that widgets describe in their own JSON-LD).

    An object is the page's when its ``headline`` (or ``name``) is one of the page's titles
    (``titles``: og:title, ``<title>``, the first ``<h1>``; a ``<title>`` may add the outlet
    before or after it) or its ``url``, ``@id`` or ``mainEntityOfPage`` is one of the page's
    ``urls`` (canonical link, og:url, the address it was read from); with no such object,
    the first one is. Several matching objects describe the same story (a CMS and a plugin
    each writing one), so all are kept. Hand-written.
    """
    keys = {key for key in map(_url_key, urls) if key}
    titles = {_normalise(t).casefold() for t in titles if t}

    def is_page_article(item: dict) -> bool:
        headline = item.get("headline") or item.get("name")
        if isinstance(headline, str) and (headline := _normalise(headline).casefold()) and any(
            title == headline or title.startswith(headline + " ") or title.endswith(" " + headline) for title in titles
        ):
            return True
        page = item.get("mainEntityOfPage")
        page = page.get("@id") or page.get("url") if isinstance(page, dict) else page
        return any(_url_key(value) in keys for value in (item.get("url"), item.get("@id"), page))

    own = [item for item in items if is_page_article(item)] or items[:1]
    return own, [item for item in items if not any(item is o for o in own)]


def _url_key(value) -> str | None:
    """A URL without scheme, "www.", query, fragment and final slash, to compare addresses."""
    parts = _split_url(value)
    if parts is None or not parts.netloc:  # a relative "@id" such as "#article" names no page
        return None
    return _host(parts) + parts.path.rstrip("/")


def _page_titles(tree, meta: dict[str, str]) -> set[str]:
    """The page's headline as og:title, twitter:title, ``<title>`` and the first ``<h1>`` give it."""
    titles = {meta.get("og:title"), meta.get("twitter:title")}
    for tag in ("title", "h1") if tree is not None else ():
        element = next(tree.iter(tag), None)
        if element is not None:
            titles.add(element.text_content())
    return {title for title in titles if title}


def _related_only_authors(others: list[dict], own: list[dict], tree) -> frozenset[str]:
    """Authors (case-folded) that only the JSON-LD of other stories on the page names
    (``others``, see :func:`_own_json_ld`) and that the page does not show: newspaper4k and
    trafilatura read every JSON-LD object, so they would propose these names too."""
    names = {n.casefold() for item in others for n in _ld_authors([item])} - {n.casefold() for n in _ld_authors(own)}
    if not names or tree is None:
        return frozenset(names)
    shown = _normalise(" ".join(tree.xpath("//text()[not(ancestor::script or ancestor::style)]"))).casefold()
    return frozenset(name for name in names if name not in shown)


def _ld_value(items: list[dict], key: str) -> str | None:
    for item in items:
        value = item.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value
    return None


def _ld_publisher(items: list[dict]) -> str | None:
    for item in items:
        publisher = item.get("publisher")
        publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"]
    return None


def _ld_authors(items: list[dict]) -> list[str]:
    for item in items:
        authors = item.get("author") or item.get("creator")
        authors = authors if isinstance(authors, list) else [authors]
        names = []
        for author in authors:
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str):
                names += _split_names(author)
        if names:
            return names
    return []


_META_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")
_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date",
)
_META_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified")


def _meta_authors(meta: dict[str, str]) -> list[str]:
    for key in _META_AUTHOR_KEYS:
        if key in meta:
            return _split_names(meta[key])
    return []


def _meta_first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if k in meta), None)


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|\bet\b|&)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"[/@]|\.[a-z]{2,4}\b")
_BYLINE_PREFIX = re.compile(r"^(?:(?:written|posted|reporting|words)\s+)?(?:by|von|por|par)(?::\s*|\s+)", re.IGNORECASE)
# What follows a pipe or a spaced dash names the site or the role: "Jane Doe | Example Times".
_BYLINE_TAIL = re.compile(r"\s*\|.*$|\s+[-–—]\s+.*$")
# E-mail addresses and URLs, with the brackets around them: "Jane Doe <jane@example.com>".
_ADDRESS = re.compile(
    r"[(<\[]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s,;|()<>\[\]]+)\s*[)>\]]?", re.IGNORECASE
)
#: Bylines made only of these words (and role nouns) name an account or a role, not a
#: person: CMS defaults ("admin", "Administrator", "Guest"), "Staff", "The Editors",
#: "Staff Writer", "Redaktion" and its French, Spanish, Italian and Dutch equivalents.
_PLACEHOLDER_WORDS = frozenset("""
    admin administrator administrators webmaster user guest anonymous unknown author authors
    staff editors editorial writers reporters correspondents contributors columnists team desk newsroom
    the our site web online news senior managing contributing special digital
    redaktion rédaction redacción redazione redactie
""".split())
#: A byline part whose last word ends in one of these is a job title, not a name:
#: "Michael Grant, Senior Political Correspondent", "AP Science Writer", "Wirtschaftsredakteurin".
#: Journalists' role nouns in English, German, French, Spanish, Italian and Dutch; matched
#: as word endings, since German writes them as compounds. Hand-written; a role placed
#: before its modifiers ("corresponsal en Berlín") is not recognised.
_ROLE_NOUNS = (
    "correspondent", "editor", "writer", "reporter", "columnist", "journalist", "contributor", "photographer",
    "producer", "analyst", "critic", "commentator", "chief",
    "korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporterin", "kolumnist", "kolumnistin",
    "journalistin", "autorin",
    "correspondant", "correspondante", "rédacteur", "rédactrice", "journaliste", "chroniqueur", "chroniqueuse",
    "éditorialiste",
    "corresponsal", "redactor", "redactora", "periodista", "columnista", "reportero", "reportera",
    "corrispondente", "redattore", "redattrice", "giornalista", "inviato", "inviata",
    "redacteur", "verslaggever", "correspondente",
)
#: Lower-case words inside names ("Pieter de Vries", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset("de da das do dos del della di du la le van von der den ten ter zu bin ibn al el".split())
#: A paragraph of more words is never only a byline.
BYLINE_MAX_WORDS = 20


def _byline_parts(text: str) -> list[str]:
    """A byline string without "By", addresses and the site or role after a pipe or dash,
    split on commas and "and" (in the languages of ``_NAME_SEPARATORS``)."""
    byline = _BYLINE_TAIL.sub("", _ADDRESS.sub(" ", _normalise(text)))
    return [part for part in _NAME_SEPARATORS.split(_BYLINE_PREFIX.sub("", byline.strip())) if part.strip(" .-")]


def _letter_words(text: str) -> list[str]:
    return [word.casefold() for word in _LETTERS.findall(text)]


def _is_role(words: list[str]) -> bool:
    """Whether case-folded ``words`` name a role or an account rather than a person."""
    return bool(words) and (
        words[-1].endswith(_ROLE_NOUNS) or all(word in _PLACEHOLDER_WORDS or word.endswith(_ROLE_NOUNS) for word in words)
    )


def _as_name(part: str) -> str | None:
    """A byline part as a name, or None when it is not one (see :func:`_split_names`)."""
    part = _BYLINE_PREFIX.sub("", part.strip(" .-"))
    part = re.sub(r"^\((.*)\)$", r"\1", part).strip()  # "jane@example.com (Jane Doe)"
    words = _letter_words(part)
    if (
        words
        and 1 <= len(part.split()) <= 5
        and not _NOT_A_NAME.search(part)
        and not (part.isascii() and (part.islower() or (part.isupper() and len(part) <= 4)))
        and not _is_role(words)
    ):
        return part
    return None


def _split_names(text: str) -> list[str]:
    """Names in a byline string: split on commas and "and", strip "By", and drop parts
    that are not names (URLs, e-mail and domain names, lower-case phrases, upper-case
    initialisms such as degrees, placeholder accounts such as "Admin" or "Staff", job
    titles such as "Senior Political Correspondent" (see ``_ROLE_NOUNS``), the site or
    role after a pipe or a spaced dash). Hand-written."""
    return [name for name in map(_as_name, _byline_parts(text)) if name]


def _byline_names(text: str) -> list[str]:
    """The names of a line that is only a byline ("By Jane Doe and John Roe", "Von Anna
    Beispiel", "Por Lucía Ferrer y Andrés Gil", "Par Jean Roux, correspondant", "Jane
    Doe"), else none: every part after the prefix must be a capitalised name or a role.
    Hand-written."""
    if _n_words(text) > BYLINE_MAX_WORDS:
        return []
    names = []
    for part in _byline_parts(text):
        name = _as_name(part)
        if name and all(word[0].isupper() or word in _NAME_PARTICLES for word in name.split()):
            names.append(name)
        elif not _is_role(_letter_words(part)):
            return []
    return names


def _leading_bylines(paragraphs: list[Paragraph]) -> Iterable[tuple[int, list[str]]]:
    """Body paragraphs among the first two (a standfirst may come first) that are only a
    byline, with their names: templates that print the byline in a plain ``<p>`` leave
    it to both extractors."""
    for index, paragraph in enumerate(paragraphs[:2]):
        names = _byline_names(paragraph.text) if paragraph.kind == "body" else []
        if names:
            yield index, names


def _byline_candidate(paragraphs: list[Paragraph]) -> list[str]:
    """The names of a leading byline line that says so ("By", "Von", "Por", "Par" ...)."""
    return next((names for index, names in _leading_bylines(paragraphs) if _BYLINE_PREFIX.match(paragraphs[index].text)), [])


def _without_byline(paragraphs: list[Paragraph], authors: list[str]) -> list[Paragraph]:
    """``paragraphs`` without a leading byline line: one with a "By"-like prefix, or one
    that names exactly the article's ``authors``."""
    chosen = {name.casefold() for name in authors}
    for index, names in _leading_bylines(paragraphs):
        if _BYLINE_PREFIX.match(paragraphs[index].text) or {name.casefold() for name in names} == chosen:
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def _is_outlet_byline(name: str, outlet: str) -> bool:
    """Whether ``name`` is the outlet signing: its name, alone or with placeholder or role
    words after it ("Example Times newsroom", "Example Times Staff")."""
    name, outlet = name.casefold(), outlet.casefold()
    if name == outlet:
        return True
    return name.startswith(outlet + " ") and _is_role(_letter_words(name[len(outlet) :]))


def pick_authors(
    candidates: list[tuple[str, list[str]]], outlet: str | None, related_only: Iterable[str] = ()
) -> tuple[list[str], str | None]:
    """The byline: the source whose names the other sources confirm most.

    Each source (JSON-LD, meta tags, newspaper4k, trafilatura, a byline line in the body)
    proposes a list of names; the outlet signing is dropped (organisations often sign as
    the outlet, see :func:`_is_outlet_byline`), and so are the ``related_only`` names
    (case folded: authors of other stories on the page that only their JSON-LD names,
    see :func:`_related_only_authors`). A source scores one point per name another source
    also gives (case insensitive); ties go to the earlier, more structured source.
    Hand-written voting.
    """
    related_only = set(related_only)
    cleaned = []
    for source, names in candidates:
        unique = list(dict.fromkeys(
            name for name in map(_normalise, filter(None, names))
            if name and name.casefold() not in related_only and not (outlet and _is_outlet_byline(name, outlet))
        ))
        if unique:
            cleaned.append((source, unique))
    if not cleaned:
        return [], None
    votes = Counter(n.casefold() for _, names in cleaned for n in set(names))
    best_source, best_names = max(
        cleaned, key=lambda c: (sum(votes[n.casefold()] > 1 for n in c[1]), -[s for s, _ in cleaned].index(c[0]))
    )
    return best_names, best_source


# Zone abbreviations that pages print next to times, which dateutil does not know (it
# warns and drops them). Ambiguous ones ("IST": India, Israel or Ireland) stay unknown:
# the time is then read as the outlet's wall clock, which is what the tables keep anyway.
_ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
    "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600,
    "PST": -28800, "PDT": -25200, "AEST": 36000, "AEDT": 39600, "JST": 32400,
}


def _zone(name: str | None, offset: int | None) -> int | None:
    return offset if offset is not None else _ZONE_OFFSETS.get((name or "").upper())


def _parse_datetime(value) -> datetime | None:
    """ISO 8601 first (what JSON-LD and meta tags should hold), then dateutil's guess."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return date_parser.parse(value, tzinfos=_zone)
    except (ValueError, OverflowError, TypeError):
        return None


def _first_structured(candidates: list[tuple[str, object]]) -> tuple[datetime | None, str | None]:
    """The first parseable date from ``EARLIEST_YEAR`` on, with its zone when it has one.

    Two refinements by later candidates: a date without a time of day gives way to one
    on the same calendar day that has one (``"2024-01-10"`` in JSON-LD and 14:20 in a meta
    tag: the story did not appear at midnight); a UTC reading gives way to the same
    instant in a local zone.
    """
    parsed = [
        (source, dt, _has_clock_time(value))
        for source, value in candidates
        if (dt := _parse_datetime(value)) is not None and EARLIEST_YEAR <= dt.year <= LATEST_YEAR
    ]
    if not parsed:
        return None, None
    source, chosen, timed = parsed[0]
    if not timed:
        same_day = [(s, dt) for s, dt, has_time in parsed[1:] if has_time and dt.date() == chosen.date()]
        source, chosen = (same_day or [(source, chosen)])[0]
    if chosen.utcoffset() == timedelta(0):
        for other_source, other, _ in parsed:
            offset = other.utcoffset()
            if offset not in (None, timedelta(0)) and abs((other - chosen).total_seconds()) < 60:
                return other, other_source
    return chosen, source


_CLOCK_TIME = re.compile(r"\d:\d\d")


def _has_clock_time(value) -> bool:
    """Whether a date value gives a time of day: a string with "hh:mm" in it, or a datetime
    (newspaper4k's) that is not bare midnight."""
    if isinstance(value, datetime):
        return value.time() != datetime.min.time() or value.tzinfo is not None
    return isinstance(value, str) and _CLOCK_TIME.search(value) is not None


def pick_modified(candidates: list[tuple[str, object]], published: datetime | None) -> tuple[datetime | None, str | None]:
    """When the outlet last updated the article (JSON-LD ``dateModified``, then meta tags), on
    the wall clock of the ``published`` date (:func:`pick_published`, with its zone): sites that
    write one in UTC and the other with their offset would otherwise show an update hours
    before the story appeared."""
    modified, source = _first_structured(candidates)
    if modified is None:
        return None, None
    if modified.utcoffset() is not None and published is not None and published.utcoffset() is not None:
        modified = modified.astimezone(published.tzinfo)
    return modified.replace(tzinfo=None), source


def pick_published(candidates: list[tuple[str, object]], tree) -> tuple[datetime | None, str | None]:
    """Publication date as the outlet printed it (its local wall-clock time, with the zone
    when the page gives one, for :func:`pick_modified`; the article keeps it without).

    The first parseable structured date from ``EARLIEST_YEAR`` on wins (JSON-LD
    ``datePublished``, then meta tags, then newspaper4k's, which also reads the
    URL). A date without a time of day gives way to a later candidate with one on
    the same day. Many sites write JSON-LD in UTC and meta tags in local time: when another
    candidate gives the same instant with a non-UTC offset, its wall-clock reading
    is kept (the article drops the zone, never converting). With no
    structured date, htmldate's "original date" heuristics decide (date only).
    """
    chosen, source = _first_structured(candidates)
    if chosen is not None:
        return chosen, source
    if tree is not None:
        try:
            found = htmldate.find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 -- htmldate may fail on odd markup
            found = None
        if found:
            return datetime.fromisoformat(found), "htmldate"
    return None, None
