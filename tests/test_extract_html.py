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
from workbench.extract.html import _split_names, combine_bodies, extract_html, pick_authors, pick_modified, pick_outlet, pick_published

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
    assert report["articles"] == len(list(FIXTURES.glob("*.html"))) - 1  # all but index_page.html
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
