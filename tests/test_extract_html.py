"""Tests for workbench.extract.html on small invented pages in tests/fixtures/html/."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from workbench.extract import Extracted, NotAnArticle, Paragraph
from workbench.extract.html import (
    _byline_candidate,
    _byline_names,
    _own_json_ld,
    _parse_tree,
    _related_only_authors,
    _split_names,
    _without_byline,
    _without_standfirst,
    combine_bodies,
    extract_html,
    pick_authors,
    pick_modified,
    pick_outlet,
    pick_published,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf8")


def body_text(extracted: Extracted) -> str:
    return "\n\n".join(p.text for p in extracted.paragraphs)


def test_json_ld_gives_date_author_outlet_and_headings():
    extracted = extract_html(read("jsonld_article.html"), "https://gazette.example.org/news/tide-mill")

    assert extracted.title == "Harbour town votes to restore its tide mill"
    # JSON-LD says 14:30+01:00: the outlet's wall-clock time, without converting to UTC.
    assert extracted.published == datetime(2024, 3, 5, 14, 30)
    assert extracted.published.tzinfo is None
    assert extracted.authors == ["Jane Doe"]
    assert extracted.outlet == "The Example Gazette"
    assert extracted.provenance["published"] == "json-ld"
    assert (extracted.modified, extracted.provenance["modified"]) == (datetime(2024, 3, 6, 9, 0), "json-ld")
    assert extracted.provenance["authors"] == "json-ld"
    assert extracted.provenance["outlet"] == "meta"
    assert extracted.provenance["text"] == extracted.extractor

    headings = [p.text for p in extracted.paragraphs if p.kind == "heading"]
    assert headings == ["How the money will be raised", "What happens next"]
    text = body_text(extracted)
    assert text.startswith("Councillors in the small harbour town of Saltmere")
    assert text.endswith("grind the first sack of flour within two years.")
    # Navigation, related links and footer stay out of the body.
    for boilerplate in ("Ferry timetable", "About us", "Weather", "More from the Gazette"):
        assert boilerplate not in text
    for paragraph in extracted.paragraphs:
        assert "\n" not in paragraph.text and paragraph.text == paragraph.text.strip()


def test_meta_tags_give_author_and_local_time():
    extracted = extract_html(read("meta_author.html"))

    assert extracted.authors == ["Carlos Rivera"]
    assert extracted.provenance["authors"] == "meta"
    assert extracted.published == datetime(2023, 6, 18, 7, 45)
    assert extracted.outlet == "Northfield Courier"
    assert extracted.description == "A weekend survey found more swifts nesting in the old town than ever recorded."
    assert len(extracted.paragraphs) == 5
    assert all(p.kind == "body" for p in extracted.paragraphs)


def test_page_without_date_has_published_none():
    extracted = extract_html(read("no_date.html"), "https://orchard.example.net/stories/community-orchard")

    assert extracted.published is None
    assert "published" not in extracted.provenance
    assert extracted.title == "Community orchard opens its gates to the public"
    assert "beehives and a small pond" in body_text(extracted)


def test_german_page_gives_its_body():
    extracted = extract_html(read("german_article.html"), "https://anzeiger.example.de/lokales/bibliothek")

    assert len(extracted.paragraphs) == 5
    assert extracted.paragraphs[0].text.startswith("Die Stadtbibliothek öffnet künftig")
    assert "„Wir freuen uns sehr" in body_text(extracted)
    assert "Impressum" not in body_text(extracted)
    assert extracted.authors == ["Anna Beispiel"]
    assert extracted.published == datetime(2022, 11, 2, 8, 15)


def test_index_page_is_not_an_article():
    with pytest.raises(NotAnArticle, match="no article body"):
        extract_html(read("index_page.html"), "https://gazette.example.org/news")


@pytest.mark.parametrize("fixture", ["index_section_front.html", "index_tag_archive.html"])
def test_index_page_with_sentence_teasers_is_not_an_article(fixture):
    """Each teaser's standfirst or excerpt is a sentence of prose, so the word count alone
    would let these pages through; a section front (og:type "website") and a tag archive
    (no og:type at all) both have most of their text in cards around linked headlines."""
    with pytest.raises(NotAnArticle, match="an index page"):
        extract_html(read(fixture))


def test_article_with_linked_subheadings_and_related_cards_is_an_article():
    """No JSON-LD, no og:type: the subheadings link to topic pages and a "More news" box
    holds four teaser cards, yet the article's own paragraphs are in no card."""
    extracted = extract_html(read("related_cards.html"))

    assert extracted.authors == ["Owain Pritchard"]
    assert [p.text for p in extracted.paragraphs if p.kind == "heading"] == [
        "A building with a long history", "What the council says", "Where to shop meanwhile"]
    assert extracted.paragraphs[-1].text.startswith("Four stalls will move to the square")


def _article_pages():
    from workbench import samples_dir

    pages = [p for p in sorted(FIXTURES.glob("*.html")) if not p.name.startswith("index_")]
    return pages + sorted(samples_dir().glob("*.html*"))


@pytest.mark.parametrize("path", _article_pages(), ids=lambda p: p.name)
def test_articles_are_never_taken_for_index_pages(path):
    """The index-page test is conservative: every article fixture (five of them without
    JSON-LD or og:type) and every bundled HTML sample stays an article."""
    raw = path.read_bytes()
    extracted = extract_html((gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8"))
    assert sum(p.kind == "body" for p in extracted.paragraphs) >= 3


@pytest.mark.parametrize("html", ["", "   ", "<html><body></body></html>", "just some words, no markup"])
def test_empty_or_odd_input_is_not_an_article(html):
    with pytest.raises(NotAnArticle):
        extract_html(html)


# Runs in a fresh interpreter so that first-use downloads (tldextract's suffix list,
# NLTK data) would show: refused connections are recorded, since libraries catch them.
_GUARDED_RUN = """
import json, socket, sys
from pathlib import Path
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args))
    raise OSError("network access attempted during extraction")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from workbench.extract import NotAnArticle
from workbench.extract.html import extract_html
articles = 0
for path in sorted(Path(sys.argv[1]).glob("*.html")):
    try:
        articles += bool(extract_html(path.read_text(encoding="utf8"), "https://news.example.com/" + path.stem).paragraphs)
    except NotAnArticle:
        pass
try:
    socket.create_connection(("127.0.0.1", 9))
except OSError:
    pass
print(json.dumps({"articles": articles, "attempts": attempts}))
"""


def test_extraction_makes_no_network_call():
    run = subprocess.run(
        [sys.executable, "-c", _GUARDED_RUN, str(FIXTURES)],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[1],
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["articles"] == len([p for p in FIXTURES.glob("*.html") if not p.name.startswith("index_")])
    # Exactly one attempt: the guard's own self-check at the end, so the guard works.
    assert len(report["attempts"]) == 1 and "127.0.0.1" in report["attempts"][0]


def test_combine_trims_unconfirmed_boilerplate_and_adds_missed_paragraphs():
    article = [
        "The river rose by two metres overnight and flooded the lower streets of the old town.",
        "Residents were moved to the school hall, where volunteers served soup and hot tea until morning.",
        "The mayor said the new flood wall had held along most of its length.",
    ]
    newspaper = [Paragraph("body", article[0]), Paragraph("body", article[1]), Paragraph("body", article[2])]
    trafilatura = [
        Paragraph("body", "Share this story"),
        Paragraph("body", article[0]),
        Paragraph("body", article[1]),
        Paragraph("body", "Sign up for our newsletter"),
        Paragraph("body", "Most read"),
    ]
    body = combine_bodies(newspaper, trafilatura, ["Share this story", "Most read"])
    assert [p.text for p in body.paragraphs] == article
    assert body.extractor == "newspaper4k+trafilatura"


def test_combine_keeps_a_list_announced_by_a_colon():
    intro = "The festival announced the towns where the touring stage will stop this summer:"
    newspaper = [Paragraph("body", "Organisers expect record crowds at every stop of the touring stage this year."), Paragraph("body", intro)]
    stops = [Paragraph("body", "- Northfield, June"), Paragraph("body", "- Saltmere, July")]
    body = combine_bodies(newspaper, newspaper + stops)
    assert body.paragraphs == newspaper + stops
    assert body.extractor == "trafilatura"


def test_combine_drops_a_second_copy_of_the_body_only_trafilatura_has():
    article = [
        Paragraph("body", "The council approved the new cycle lanes after a long debate on Monday night."),
        Paragraph("body", "Work on the first section along the river is due to start within six weeks."),
    ]
    assert combine_bodies(article, article + article).paragraphs == article
    # A paragraph repeated on purpose is in both bodies, and stays.
    assert combine_bodies(article + article, article + article).paragraphs == article + article


def test_combine_falls_back_to_the_extractor_that_found_something():
    paragraphs = [Paragraph("body", "Only one extractor found this paragraph of the article text.")]
    assert combine_bodies(paragraphs, []) == (paragraphs, "newspaper4k")
    assert combine_bodies([], paragraphs) == (paragraphs, "trafilatura")


def test_chrome_inside_an_article_body_is_dropped_end_to_end():
    extracted = extract_html(read("chrome_in_body.html"), "https://courier.example.org/news/cider-press")
    text = body_text(extracted)
    for chrome in ("Read more", "Old orchards grubbed up", "Share on Facebook", "Follow the Valley Courier"):
        assert chrome not in text
    # A prose paragraph with a link in it is article text.
    assert "growers can book a slot through the parish office" in text
    assert extracted.paragraphs[-1].text.startswith("The council hopes the mill")


PROSE = [
    "The ferry company will add a third crossing on Sundays from the first weekend of April.",
    "Passengers had complained for years that the last boat left the island before most events ended.",
    "The company said the extra crossing would be reviewed at the end of the summer season.",
    "Islanders welcomed the change but asked for a later weekday boat as well.",
]


def body_of(texts):
    return [Paragraph("heading", text[2:]) if text.startswith("# ") else Paragraph("body", text) for text in texts]


def test_combine_drops_link_lines_ad_labels_and_rules_but_keeps_prose_with_links():
    links = ["Harbour fees to rise in May", "Warum die Fähre teurer wird", "Share on X", "Email", "the timetable"]
    with_links = "Passengers can check the timetable on the company's website before they travel to the port."
    both = [PROSE[0], "Read more: Harbour fees to rise in May", "Lesen Sie auch Warum die Fähre teurer wird",
            PROSE[1], "Share on X | Email", "* * *", "Anzeige", "Advertisement · Scroll to continue", with_links, PROSE[2]]
    body = combine_bodies(body_of(both), body_of(both), links)
    assert [p.text for p in body.paragraphs] == [PROSE[0], PROSE[1], with_links, PROSE[2]]
    # A short lead ending in ":" announces a link in any language; a paragraph that is wholly a link goes too.
    other = body_of([PROSE[0], "Notre dossier : Harbour fees to rise in May", "Harbour fees to rise in May.", PROSE[1]])
    assert combine_bodies(other, other, links).paragraphs == body_of([PROSE[0], PROSE[1]])
    # A byline whose name links to the author's page stays for the authors; so does a long
    # paragraph that a teaser elsewhere on the page repeats as its link text.
    kept = body_of(["By: Ann Example", PROSE[0], PROSE[1]])
    assert combine_bodies(kept, kept, ["Ann Example", PROSE[0]]).paragraphs == kept


def test_combine_drops_closing_notices_and_a_trailing_heading():
    notices = [
        "# Comments",
        "Enjoyed this? Subscribe to get every new story by email.",
        "Síguenos en Facebook y X para más noticias de la isla.",
        "The views expressed in readers' letters are not those of the paper.",
    ]
    both = body_of(PROSE + notices)
    assert combine_bodies(both, both).paragraphs == body_of(PROSE)
    # The same words inside the article's own last paragraph, or in a long one, are not a notice.
    for ending in (
        "Islanders who subscribe to the ferry's text alerts will hear of the new crossing first.",
        "El debate sigue abierto en Twitter y en los plenos del cabildo insular.",
    ):
        assert combine_bodies(body_of(PROSE + [ending]), body_of(PROSE + [ending])).paragraphs[-1].text == ending


def test_combine_tests_the_runs_only_newspaper_has_like_edge_runs():
    newspaper = body_of(["12 March 2025 10:42 GMT", PROSE[0], PROSE[1], "Advertisement", "11:05 GMT", "# What changes",
                         PROSE[2], "Photo: Example Agency", PROSE[3]])
    trafilatura = body_of([PROSE[1], PROSE[2], PROSE[3]])
    body = combine_bodies(newspaper, trafilatura)
    # The lede trafilatura missed is inserted, the date line above it is not (never first);
    # so is the subheading, but not the labels around it or the photo credit.
    assert [p.text for p in body.paragraphs] == [PROSE[0], PROSE[1], "What changes", PROSE[2], PROSE[3]]
    assert body.extractor == "newspaper4k+trafilatura"


def test_combine_keeps_an_inserted_byline_for_the_authors_and_announced_runs():
    newspaper = body_of([PROSE[0], "By Ann Example", "Island Post Staff Writer", PROSE[1], "The new timetable:",
                         "- Sunday 18:30", "- Sunday 21:00", PROSE[2]])
    trafilatura = body_of([PROSE[0], PROSE[1], "The new timetable:", PROSE[2]])
    body = combine_bodies(newspaper, trafilatura)
    assert [p.text for p in body.paragraphs] == [
        PROSE[0], "By Ann Example", PROSE[1], "The new timetable:", "- Sunday 18:30", "- Sunday 21:00", PROSE[2]
    ]


def test_combine_drops_a_label_run_that_newspaper_skips_between_its_paragraphs():
    newspaper = body_of(PROSE)
    trafilatura = body_of([PROSE[0], "Advertisement", "Skip advertisement", PROSE[1], PROSE[2],
                           "Unconfirmed but a full sentence of prose that trafilatura alone found here.", PROSE[3]])
    body = combine_bodies(newspaper, trafilatura, ["Skip advertisement"])
    assert [p.text for p in body.paragraphs] == [*PROSE[:3], trafilatura[5].text, PROSE[3]]


def test_published_prefers_local_offset_for_the_same_instant():
    published, source = pick_published(
        [("json-ld", "2024-03-05T13:30:00Z"), ("meta", "2024-03-05T14:30:00+01:00")], tree=None
    )
    assert (published.replace(tzinfo=None), source) == (datetime(2024, 3, 5, 14, 30), "meta")  # the wall clock, its zone kept
    assert published.utcoffset() == timedelta(hours=1)
    assert pick_published([("json-ld", "not a date")], tree=None) == (None, None)
    # A placeholder date gives way to the next source.
    assert pick_published([("json-ld", "0001-01-01T00:00:00"), ("meta", "2021-07-01")], tree=None) == (
        datetime(2021, 7, 1), "meta")


def test_modified_is_read_on_the_clock_of_the_publication_date():
    """A site writing dateModified in UTC and datePublished with its offset: the update is
    shown on the same wall clock, not an hour before the story appeared."""
    published = datetime(2024, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    assert pick_modified([("json-ld", "2024-03-05T14:00:00Z")], published) == (datetime(2024, 3, 5, 15, 0), "json-ld")
    assert pick_modified([("json-ld", None), ("meta", "2024-03-07")], published) == (datetime(2024, 3, 7), "meta")
    assert pick_modified([("json-ld", "soon")], published) == (None, None)


def test_a_placeholder_modified_date_is_no_date():
    """.NET's DateTime.MaxValue, as some CMSs write for "never": no date, and no overflow
    when it is put on the clock of the publication date."""
    assert pick_modified([("json-ld", "9999-12-31T23:59:59Z")], datetime(2024, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=1)))) == (None, None)


def test_published_reads_zone_abbreviations_without_warnings():
    """US and European zone names give the instant for the cross-check; the wall clock is
    kept either way, and an ambiguous one ("IST") is read as the wall clock, silently."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        utc_first = pick_published([("json-ld", "2014-03-03T15:30:00Z"), ("meta", "March 3, 2014 10:30 EST")], tree=None)
        ambiguous = pick_published([("meta", "Tue, 12 Nov 2024 14:32 IST")], tree=None)
    assert (utc_first[0].replace(tzinfo=None), utc_first[1]) == (datetime(2014, 3, 3, 10, 30), "meta")
    assert ambiguous == (datetime(2024, 11, 12, 14, 32), "meta")


def test_a_zone_name_in_a_meta_date_raises_no_warning_from_newspaper4k():
    paragraphs = "".join(
        f"<p>On day {n} of the works the council crews repaired another span of the old river bridge, "
        f"and the engineers said stretch {n} would reopen to traffic before the spring floods.</p>"
        for n in range(1, 9)
    )
    page = (
        '<html><head><title>Bridge repairs</title>'
        '<meta property="article:published_time" content="March 3, 2014 10:30 EST"></head>'
        f"<body><article><h1>Bridge repairs</h1>{paragraphs}</article></body></html>"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extracted = extract_html(page)
    assert [str(w.message) for w in caught] == []
    assert extracted.published == datetime(2014, 3, 3, 10, 30)


def test_authors_take_the_source_others_confirm():
    authors, source = pick_authors(
        [
            ("json-ld", ["Example News"]),
            ("meta", ["Lena Berg"]),
            ("newspaper4k", ["Lena Berg", "Share On Facebook"]),
        ],
        outlet="Example News",
    )
    assert (authors, source) == (["Lena Berg"], "meta")


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Lena Berg, Example.com", ["Lena Berg"]),
        ("Ilana Moss, MS, RDN", ["Ilana Moss"]),
        ("admin", []),
        ("https://example.com/staff/lena", []),
        ("Von Anna Beispiel und Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
        # Placeholder accounts and roles name nobody, whatever their case.
        ("Admin", []),
        ("ADMINISTRATOR", []),
        ("Webmaster", []),
        ("Guest Author", []),
        ("Anonymous", []),
        ("Unknown", []),
        ("The Editors", []),
        ("Redaktion", []),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Staff", []),
        # ... but a surname that is also a role word stays, and so does an agency's staff.
        ("Christopher Guest", ["Christopher Guest"]),
        ("Reuters Staff", ["Reuters Staff"]),
        # A pipe or a spaced dash is followed by the site or the role, not another name.
        ("Jane Doe | The Daily Example", ["Jane Doe"]),
        ("Jane Doe - Senior Correspondent", ["Jane Doe"]),
        ("Jean-Pierre Dupont", ["Jean-Pierre Dupont"]),
        # Addresses go, the names next to them stay.
        ("jane.doe@example.com (Jane Doe)", ["Jane Doe"]),
        ("Jane Doe <jane@example.com>, John Roe", ["Jane Doe", "John Roe"]),
        ("jane@example.com", []),
        ("By: Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Byron Parker", ["Byron Parker"]),
    ],
)
def test_byline_is_split_into_names(byline, names):
    assert _split_names(byline) == names


def test_headline_kept_as_first_heading_is_dropped_from_the_body():
    """Sample 001 carries its <h1> inside <article>; the body must not start with the headline."""
    from workbench import samples_dir

    found = extract_html((samples_dir() / "001_baltic_courier_fisheries.html").read_text(encoding="utf-8"))
    assert found.title == "Nordic Ministers Strike Fisheries Deal After Late-Night Talks"
    assert found.paragraphs[0].text != found.title
    assert all(p.text != found.title for p in found.paragraphs)


def test_placeholder_outlet_and_author_give_way_to_the_next_source():
    """og:site_name is a copyright line, JSON-LD and meta name the account "Admin"."""
    extracted = extract_html(read("placeholder_byline.html"))

    assert extracted.outlet == "Riverside Herald"
    assert extracted.provenance["outlet"] == "json-ld"
    # The byline "By Tomas Lindqvist | Riverside Herald" loses its "By" and the outlet.
    assert extracted.authors == ["Tomas Lindqvist"]
    assert extracted.provenance["authors"] in ("newspaper4k", "trafilatura")


def test_copyright_holder_is_the_outlet_when_nothing_else_names_it():
    extracted = extract_html(read("copyright_outlet.html"))

    assert extracted.outlet == "Hillcrest Gazette"
    assert extracted.authors == ["Maria Lopez"]
    assert extracted.provenance["authors"] == "meta"


@pytest.mark.parametrize(
    "candidates, outlet",
    [
        ([("meta", "Copyright 2014"), ("json-ld", "Riverside Herald")], "Riverside Herald"),
        ([("meta", "© 2014 Example Times"), ("json-ld", "Example Media Group")], "Example Media Group"),
        ([("meta", "© 2014 Example Times. All rights reserved."), ("json-ld", None)], "Example Times"),
        ([("meta", "Copyright (c) 2014 Example Times")], "Example Times"),
        ([("meta", "Copyright 2014")], None),
        ([("meta", "2014"), ("trafilatura", "Example Times")], "Example Times"),
        ([("meta", "May 3, 2014"), ("trafilatura", "Example Times")], "Example Times"),
        ([("meta", "2014-05-03"), ("trafilatura", "Example Times")], "Example Times"),
        ([("meta", "https://www.example.com/"), ("json-ld", "Example Times")], "Example Times"),
        ([("meta", "www.example.com"), ("json-ld", "Example Times")], "Example Times"),
        ([("meta", "Home"), ("json-ld", "Example Times")], "Example Times"),
        ([("meta", "WordPress"), ("json-ld", "Example Times")], "Example Times"),
        # Real names with digits or a domain stay.
        ([("meta", "Channel 4 News")], "Channel 4 News"),
        ([("meta", "Example.com")], "Example.com"),
        ([("meta", "  The   Sun ")], "The Sun"),
    ],
)
def test_outlet_skips_copyright_lines_dates_urls_and_generic_words(candidates, outlet):
    provenance: dict[str, str] = {}
    assert pick_outlet(provenance, candidates) == outlet
    if outlet:
        assert provenance["outlet"] in {source for source, _ in candidates}
    else:
        assert "outlet" not in provenance


def test_a_standfirst_above_the_byline_is_the_description_not_the_first_paragraph():
    extracted = extract_html(read("standfirst.html"))

    standfirst = "The trust that bought the cottages last year wants to open them to visitors by the summer."
    assert extracted.description == standfirst
    assert standfirst not in body_text(extracted)
    assert extracted.paragraphs[0].text.startswith("The three whitewashed cottages beside the old lighthouse")
    assert len(extracted.paragraphs) == 4


def test_a_lede_copied_into_the_meta_description_stays_in_the_body():
    extracted = extract_html(read("lede_as_description.html"))

    assert extracted.paragraphs[0].text == extracted.description
    assert extracted.description.startswith("Night buses will run again")
    assert len(extracted.paragraphs) == 4


@pytest.mark.parametrize(
    "sample, standfirst_start, body_start",
    [
        ("001_baltic_courier_fisheries.html", "Foreign Minister Anna Berg said the agreement ends",
         "Ministers from five Nordic and Baltic countries agreed"),
        ("003_continental_wire_data_fine.html.gz", "Stratus Data said it would appeal the decision",
         "BRUSSELS (Continental Wire) — European regulators"),
    ],
)
def test_sample_standfirst_is_not_repeated_in_the_body(sample, standfirst_start, body_start):
    from workbench import samples_dir

    raw = (samples_dir() / sample).read_bytes()
    found = extract_html((gzip.decompress(raw) if sample.endswith(".gz") else raw).decode("utf-8"))
    assert found.description.startswith(standfirst_start)
    assert found.paragraphs[0].text.startswith(body_start)
    assert all(p.text != found.description for p in found.paragraphs)


# ---------------------------------------------------------------- pages built in the tests

#: An invented story, long enough to be an article whatever surrounds it.
FERRY = [
    "The ferry to the northern islands will sail again on Monday, six weeks after a winter storm tore the linkspan from the pier at Carrick Point.",
    "Engineers worked through the night to bolt the new ramp into place, and a test crossing with an empty vessel went without trouble on Friday.",
    "Islanders have relied on a small passenger boat and a weekly cargo barge since January, and shops on the largest island ran short of fresh milk.",
    "The operator said the timetable would return to four sailings a day, with an extra late crossing on Saturdays until the end of the school holidays.",
    "Councillors have asked for a second ramp to be built so that one storm cannot cut the islands off for so long again.",
]
FERRY_TITLE = "Island ferry to sail again after storm repairs"


def page(head: str = "", top: str = "", title: str = FERRY_TITLE, body: list[str] = FERRY) -> str:
    """An article page: ``head`` in <head>, ``top`` between the headline and the story, whose
    ``body`` items are paragraphs, or markup when they start with "<"."""
    paragraphs = "".join(text if text.startswith("<") else f"<p>{text}</p>" for text in body)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Northern Isles Post</title>{head}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>'
        f"<article><h1>{title}</h1>{top}{paragraphs}</article>"
        f'<footer><a href="/about">About us</a></footer></body></html>'
    )


def json_ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def news_article(headline: str, published: str, author: str | None = None, **fields) -> dict:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "datePublished": published, **fields}
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return data


RELATED = news_article("Harbour master retires after thirty years", "2021-03-02T08:00:00+00:00", "Olaf Brenner",
                       dateModified="2021-03-02T09:00:00+00:00")


def test_json_ld_of_a_related_story_before_the_article_is_not_read():
    """A trending widget writes its story's NewsArticle before the page's own: date,
    update and authors all come from the object whose headline is the page's."""
    own = news_article(FERRY_TITLE, "2024-06-11T06:45:00+01:00", "Mirela Costa", dateModified="2024-06-11T10:05:00+01:00")
    extracted = extract_html(page(
        head=f'<meta property="og:title" content="{FERRY_TITLE}">{json_ld(RELATED)}{json_ld(own)}',
        top='<p class="byline">By Mirela Costa</p>',
    ))

    assert (extracted.published, extracted.provenance["published"]) == (datetime(2024, 6, 11, 6, 45), "json-ld")
    assert extracted.modified == datetime(2024, 6, 11, 10, 5)
    assert extracted.authors == ["Mirela Costa"]


def test_authors_that_only_a_related_story_names_are_dropped():
    """The page's own NewsArticle has no author: newspaper4k and trafilatura would offer the
    related stories' authors, which the page never shows; the byline line names the writer."""
    own = news_article(FERRY_TITLE, "2024-06-11T06:45:00+01:00")
    other = news_article("Lighthouse keepers' cottages sold", "2022-01-10T12:00:00+00:00", "Greta Lund")
    extracted = extract_html(page(head=json_ld(own) + json_ld([RELATED, other]), top="<p>By Mirela Costa</p>"))

    assert extracted.authors == ["Mirela Costa"]
    assert extracted.published == datetime(2024, 6, 11, 6, 45)
    assert extracted.modified is None


def test_own_json_ld_is_chosen_by_headline_or_address_else_the_first():
    own = news_article("Ferry returns", "2024-06-11", mainEntityOfPage={"@id": "https://www.isles.example/news/ferry/"})
    related = news_article("Harbour master retires", "2021-03-02", url="https://isles.example/news/harbour-master")
    # The <title> adds the outlet after the headline.
    assert _own_json_ld([related, own], {"Ferry returns | Northern Isles Post"}, set()) == ([own], [related])
    # An SEO headline differs from the page's title: the canonical address decides (scheme,
    # "www." and the final slash aside).
    assert _own_json_ld([related, own], {"Islands reconnected"}, {"http://isles.example/news/ferry", None}) == ([own], [related])
    # Two objects for the same story (a CMS and a plugin) are both the page's.
    copy = dict(own, author={"@type": "Person", "name": "Mirela Costa"})
    assert _own_json_ld([own, related, copy], {"Ferry returns"}, set()) == ([own, copy], [related])
    # Nothing matches: the first object is the page's.
    assert _own_json_ld([related, own], {"Something else"}, set()) == ([related], [own])
    assert _own_json_ld([], {"Ferry returns"}, set()) == ([], [])


def test_a_related_author_the_page_shows_is_not_dropped():
    """The same reporter often writes the related stories too."""
    tree = _parse_tree(page(top="<p>By Olaf Brenner</p>"))
    other = news_article("Lighthouse keepers' cottages sold", "2022-01-10", "Greta Lund")
    assert _related_only_authors([RELATED, other], [], tree) == {"greta lund"}
    # A name the page's own object gives is never dropped.
    assert _related_only_authors([other], [news_article("Ferry", "2024-06-11", "Greta Lund")], None) == set()
    authors, source = pick_authors(
        [("json-ld", []), ("newspaper4k", ["Greta Lund", "Olaf Brenner"]), ("byline", ["Olaf Brenner"])],
        outlet=None, related_only={"greta lund"},
    )
    assert (authors, source) == (["Olaf Brenner"], "newspaper4k")


def test_article_nested_as_a_web_page_main_entity():
    """The NewsArticle is the WebPage's mainEntity; the WebPage's name (the headline) is
    no outlet name."""
    web_page = {
        "@context": "https://schema.org", "@type": "WebPage", "name": FERRY_TITLE,
        "mainEntity": news_article(
            FERRY_TITLE, "2024-06-11T06:45:00-01:00", "Mirela Costa", dateModified="2024-06-11T09:30:00-01:00",
            publisher={"@type": "Organization", "name": "Northern Isles Post"},
        ),
    }
    extracted = extract_html(page(head=json_ld(web_page), title=FERRY_TITLE))

    assert extracted.authors == ["Mirela Costa"]
    assert extracted.published == datetime(2024, 6, 11, 6, 45)
    assert extracted.modified == datetime(2024, 6, 11, 9, 30)
    assert (extracted.outlet, extracted.provenance["outlet"]) == ("Northern Isles Post", "json-ld")


def test_outlet_is_not_the_title_unless_two_sources_say_so():
    provenance: dict[str, str] = {}
    assert pick_outlet(provenance, [("trafilatura", "Ferry  to sail again")], title="Ferry to sail AGAIN") is None
    candidates = [("json-ld", "Isles Post"), ("trafilatura", "Ferry to sail again")]
    assert pick_outlet(provenance, candidates, "Ferry to sail again") == "Isles Post"
    assert provenance["outlet"] == "json-ld"
    assert pick_outlet({}, [("meta", "Isles Post"), ("trafilatura", "Isles Post")], title="Isles Post") == "Isles Post"


def test_a_title_tag_holding_only_the_site_name_leaves_the_outlet():
    html = page(head='<meta property="og:site_name" content="Northern Isles Post">').replace(
        f"<title>{FERRY_TITLE} | Northern Isles Post</title>", "<title>Northern Isles Post</title>")
    assert extract_html(html).outlet == "Northern Isles Post"


@pytest.mark.parametrize(
    "byline, names",
    [
        ("Tomasz Wierzba, Chief Political Correspondent", ["Tomasz Wierzba"]),
        ("By Leona Hart, AP Science Writer", ["Leona Hart"]),
        ("Ivo Sander, Health Editor, and Ruth Obi, Data Reporter", ["Ivo Sander", "Ruth Obi"]),
        ("Jonas Feld, Wirtschaftsredakteur", ["Jonas Feld"]),
        ("Von Jonas Feld, Korrespondentin", ["Jonas Feld"]),
        ("Claire Morel, rédactrice", ["Claire Morel"]),
        ("Inés Robles, corresponsal", ["Inés Robles"]),
        ("Moscow Bureau Chief", []),
    ],
)
def test_a_job_title_after_a_comma_is_no_co_author(byline, names):
    assert _split_names(byline) == names


@pytest.mark.parametrize(
    "outlet, byline",
    [
        ("Harbour Gazette", "Harbour Gazette newsroom"),
        ("Harbour Gazette", "harbour gazette Staff"),
        ("Harbour Gazette", "Harbour Gazette"),
    ],
)
def test_the_outlet_signing_with_a_desk_word_is_no_author(outlet, byline):
    assert pick_authors([("json-ld", [outlet]), ("newspaper4k", [byline])], outlet) == ([], None)


def test_an_outlet_name_inside_a_person_name_or_a_desk_is_kept():
    assert pick_authors([("meta", ["Harbour Gazette Sports Desk", "Harbourne Smith"])], "Harbour") == (
        ["Harbour Gazette Sports Desk", "Harbourne Smith"], "meta")


def test_a_date_without_time_gives_way_to_a_time_on_the_same_day():
    published, source = pick_published([("json-ld", "2024-01-10"), ("meta", "2024-01-10T14:20:00+00:00")], tree=None)
    assert (published.replace(tzinfo=None), source) == (datetime(2024, 1, 10, 14, 20), "meta")
    # ... and then to the same instant in a local zone, as for any UTC reading.
    published, source = pick_published(
        [("json-ld", "2024-01-10"), ("meta", "2024-01-10T13:20:00Z"), ("newspaper4k", "2024-01-10T14:20:00+01:00")], tree=None)
    assert (published.replace(tzinfo=None), source) == (datetime(2024, 1, 10, 14, 20), "newspaper4k")
    # Another day is another story (or a typo): the first date stays.
    next_day = [("json-ld", "2024-01-10"), ("meta", "2024-01-11T09:00:00Z")]
    assert pick_published(next_day, tree=None) == (datetime(2024, 1, 10), "json-ld")
    # Midnight written as a time is a time.
    midnight = [("json-ld", "2024-01-10T00:00:00+01:00"), ("meta", "2024-01-10T14:20:00+01:00")]
    published, source = pick_published(midnight, tree=None)
    assert (published.replace(tzinfo=None), source) == (datetime(2024, 1, 10), "json-ld")
    assert pick_published([("json-ld", "10 January 2024"), ("newspaper4k", datetime(2024, 1, 10, 7, 5))], tree=None) == (
        datetime(2024, 1, 10, 7, 5), "newspaper4k")


def test_a_dek_in_a_subheading_that_repeats_the_description_is_dropped():
    dek = "Repairs to the pier took six weeks and cost the council two million pounds."
    extracted = extract_html(page(
        head=f'<meta name="description" content="{dek}">',
        top=f'<h2 class="sub-headline">{dek}</h2><div class="byline">By Mirela Costa</div>',
        body=FERRY[:3] + ["<h2>A second ramp</h2>"] + FERRY[3:],
    ))

    assert [p.text for p in extracted.paragraphs if p.kind == "heading"] == ["A second ramp"]
    assert extracted.paragraphs[0].text == FERRY[0]
    # Without a tree too; a body paragraph still needs the byline or date after it.
    headed = [Paragraph("heading", dek), Paragraph("body", FERRY[0])]
    assert _without_standfirst(headed, dek, [], None) == headed[1:]
    assert _without_standfirst([Paragraph("body", dek), Paragraph("body", FERRY[0])], dek, [], None)[0].text == dek


@pytest.mark.parametrize(
    "byline, names",
    [
        ("Por Lucía Ferrer y Andrés Gil", ["Lucía Ferrer", "Andrés Gil"]),
        ("By Mirela Costa", ["Mirela Costa"]),
        ("Von Anna Beispiel und Jonas Muster", ["Anna Beispiel", "Jonas Muster"]),
        ("Par Jean Roux, correspondant", ["Jean Roux"]),
        ("By Pieter de Vries and Ruth Obi", ["Pieter de Vries", "Ruth Obi"]),
    ],
)
def test_a_byline_paragraph_leaves_the_body_and_names_the_authors(byline, names):
    extracted = extract_html(page(top=f"<p>{byline}</p>"))

    assert extracted.paragraphs[0].text == FERRY[0]
    assert all(byline not in p.text for p in extracted.paragraphs)
    assert extracted.authors == names
    assert extracted.provenance["authors"] == "byline"


@pytest.mark.parametrize(
    "text",
    [
        "By the time the ferry docked, the queue of cars reached the village.",
        "By Monday the council had agreed to pay for the ramp.",
        "Von Beginn an war klar, dass die Fähre fehlt.",
        "Par ailleurs, la mairie a promis une seconde rampe.",
        "Por la tarde llegó el primer barco.",
    ],
)
def test_sentences_starting_like_a_byline_are_not_bylines(text):
    assert _byline_names(text) == []


def test_a_name_line_without_by_leaves_the_body_only_when_it_names_the_authors():
    name_line, lede = Paragraph("body", "Mirela Costa"), Paragraph("body", FERRY[0])
    assert _byline_candidate([name_line, lede]) == []  # no "By": not a source of names
    assert _without_byline([name_line, lede], ["Mirela Costa"]) == [lede]
    assert _without_byline([name_line, lede], ["Olaf Brenner"]) == [name_line, lede]
    assert _without_byline([lede, Paragraph("body", "By Olaf Brenner")], []) == [lede]
    # Only the first two paragraphs are looked at.
    late = [lede, Paragraph("body", FERRY[1]), Paragraph("body", "By Olaf Brenner")]
    assert _byline_candidate(late) == [] and _without_byline(late, []) == late


def test_a_byline_div_naming_the_json_ld_author_leaves_the_body():
    own = news_article(FERRY_TITLE, "2024-06-11T06:45:00+01:00", "Mirela Costa")
    extracted = extract_html(page(head=json_ld(own), top='<div class="by">Mirela Costa</div>'))

    assert extracted.authors == ["Mirela Costa"]
    assert extracted.paragraphs[0].text == FERRY[0]


def test_json_ld_nested_too_deep_to_read_is_passed_over():
    nested = '{"@type": "WebPage", "mainEntity": ' * 5000 + "{}" + "}" * 5000
    extracted = extract_html(page(head=f'<script type="application/ld+json">{nested}</script>'))
    assert extracted.title == FERRY_TITLE and extracted.published is None
