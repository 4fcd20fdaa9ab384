"""Tests for the plain-text page-dump parser (workbench.extract.page_dump)."""

from __future__ import annotations

import gzip
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from workbench.extract import NotAnArticle
from workbench.extract.page_dump import copyright_holder, parse_page_dump

SAMPLES = Path(__file__).resolve().parents[1] / "workbench" / "samples"
SEED = SAMPLES / "000_d36c09d7923a4231.txt"
LYNX_DUMP = SAMPLES / "004_northern_ledger_arctic_talks.txt"

SEED_HEADINGS = ["A nucleus of future operations", "Deadlocked over details", "The unification of NATO"]
SEED_BOILERPLATE = [
    "Skip",
    "Image: AP",
    "Top Story",
    "More stories",
    "Go to homepage",
    "Ukraine updates",
    "UN Security Council meeting",
    "DW sites",
    "Explore more",
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return parse_page_dump(seed_text)


@pytest.fixture(scope="module")
def lynx():
    return parse_page_dump(LYNX_DUMP.read_text(encoding="utf-8"))


def _texts(article, kind=None) -> list[str]:
    return [p.text for p in article.paragraphs if kind is None or p.kind == kind]


# --- the founding example ------------------------------------------------------------


def test_seed_header(seed):
    assert seed.title == "Training Role for NATO Troops in Baghdad"
    assert seed.authors == ["DW staff (nda)"]
    assert seed.published == datetime(2004, 8, 1)
    assert seed.published.tzinfo is None
    assert seed.url is None and seed.outlet is None
    assert seed.extractor == "page-dump"
    assert set(seed.provenance) == {"text", "title", "description", "authors", "published"}
    assert set(seed.provenance.values()) == {"page-dump"}


def test_seed_description_is_the_standfirst_not_the_caption(seed):
    assert seed.description.startswith("After meeting for the sixth time in three days, NATO members finally agreed")
    assert seed.description.endswith("help rebuild its military infrastructure.")
    assert "NATO troops will soon join coalition forces" not in seed.description
    # The page sets the standfirst apart with an extra blank line, so it is not repeated in the body.
    assert seed.description not in _texts(seed)


def test_seed_has_exactly_the_three_subheadings(seed):
    assert _texts(seed, "heading") == SEED_HEADINGS
    assert {p.kind for p in seed.paragraphs} == {"body", "heading"}


def test_seed_body(seed):
    body = _texts(seed, "body")
    assert len(body) == 10
    assert body[0].startswith("A spat between the United States and France was not enough")
    assert body[-1] == "The remaining details of the mission will be thrashed out at the next NATO meeting in September."
    kinds = [p.kind for p in seed.paragraphs]
    # Each subheading sits between body paragraphs, in the page's order.
    for heading in SEED_HEADINGS:
        i = _texts(seed).index(heading)
        assert kinds[i - 1] == "body" and kinds[i + 1] == "body"
    assert _texts(seed)[_texts(seed).index("The unification of NATO") + 1].startswith(
        '"The NATO flag is definitely going to be in Baghdad," he said'
    )


def test_seed_hard_wrapped_line_is_joined(seed):
    section = _texts(seed)[_texts(seed).index("Deadlocked over details") + 1]
    assert "resistance to an overt or collective role for the alliance in Iraq, forcing" in section
    assert all("\n" not in p for p in _texts(seed))


@pytest.mark.parametrize("chrome", SEED_BOILERPLATE)
def test_seed_drops_site_chrome(seed, chrome):
    fields = _texts(seed) + [seed.title, seed.description]
    assert not [text for text in fields if chrome in text]


def test_crlf_and_cr_line_endings_give_the_same_article(seed_text, seed):
    assert parse_page_dump(seed_text.replace("\n", "\r\n")) == seed
    assert parse_page_dump(seed_text.replace("\n", "\r")) == seed


def test_seed_hard_wrapped_at_72_columns_gives_the_same_article(seed_text, seed):
    wrapped = "\n".join(textwrap.fill(line, 72) if line.strip() else line for line in seed_text.splitlines())
    assert parse_page_dump(wrapped) == seed


def test_seed_without_blank_lines_keeps_its_structure(seed_text, seed):
    article = parse_page_dump("\n".join(line for line in seed_text.splitlines() if line.strip()))
    assert (article.title, article.authors, article.published, article.description) == (
        seed.title, seed.authors, seed.published, seed.description
    )
    # Nothing sets the standfirst apart any more, so it stays in the body as its lede.
    assert article.paragraphs == [("body", seed.description)] + seed.paragraphs


# --- a second dump style: lynx -dump, hard-wrapped ------------------------------------


def test_lynx_dump_header(lynx):
    assert lynx.title == "Arctic Council Envoys Fail to Agree on Shipping Rules"
    assert lynx.description == (
        "Washington asked for more time as Nordic members pressed for a deal on who should "
        "inspect ships in the melting Arctic Ocean."
    )
    assert lynx.authors == ["Maria Lindqvist"]  # "Europe Correspondent" is a role, not a name
    assert lynx.published == datetime(2024, 11, 12, 14, 32)
    assert lynx.outlet == "The Northern Ledger"


def test_lynx_dump_body(lynx):
    assert _texts(lynx, "heading") == ["Washington wants more time", "Indigenous groups left waiting"]
    body = _texts(lynx, "body")
    assert len(body) == 10
    assert body[0].startswith("Envoys from the eight members of the Arctic Council failed on Tuesday to agree")
    assert body[-1].endswith("could take place in Reykjavik in March.")
    # Lines wrapped at 72 columns are joined, even where the next line starts with a capital.
    assert any("has almost doubled since March 2024, according to figures" in p for p in body)
    assert any("Its chair, Aaju Petersen, said: “Our hunters see the ships every week." in p for p in body)


@pytest.mark.parametrize(
    "chrome",
    ["[", "Advertisement", "container ship", "Photo:", "Share on", "Related coverage", "Explainer", "https://",
     "Sign in", "Home World", "World | Arctic", "Correspondent", "rights reserved"],
)
def test_lynx_dump_drops_site_chrome(lynx, chrome):
    assert not [text for text in _texts(lynx) + [lynx.title, lynx.description] if chrome in text]


# --- header layouts and datelines ------------------------------------------------------

BODY = (
    "\n\nThe ministers met for a third day on Tuesday and agreed to publish the text of the accord.\n\n"
    "Officials said the agreement would be signed in Oslo before the end of the month.\n"
)


def test_standfirst_above_a_combined_byline_and_dateline():
    page = (
        "Europe\n\nMinisters Agree on Fisheries Accord\n\n"
        "The deal ends a long dispute over catches in the Baltic Sea, officials said.\n\n"
        "By Henrik Vall and Eva Lund, Nordic Correspondents 14 March 2024, 09:30 CET" + BODY
    )
    article = parse_page_dump(page)
    assert article.title == "Ministers Agree on Fisheries Accord"
    assert article.description == "The deal ends a long dispute over catches in the Baltic Sea, officials said."
    assert article.authors == ["Henrik Vall", "Eva Lund"]
    assert article.published == datetime(2024, 3, 14, 9, 30)
    assert _texts(article)[0].startswith("The ministers met for a third day")


def test_without_a_set_apart_standfirst_the_lede_is_kept_in_the_body():
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nBy Henrik Vall | March 14, 2024" + BODY)
    assert article.authors == ["Henrik Vall"]
    assert article.description == _texts(article)[0]
    assert len(_texts(article)) == 2


def test_a_top_bar_date_is_not_the_publication_date():
    page = (
        "Meridian Post\nMonday, May 13, 2024\nLog in\n\nMinisters Agree on Fisheries Accord\n\n"
        "The deal ends a long dispute over catches in the Baltic Sea, officials said.\n\n"
        "By Claire Whitmore\nPublished May 7, 2024 at 2:05 p.m. EDT | Updated May 8, 2024 at 9:10 a.m. EDT" + BODY
    )
    article = parse_page_dump(page)
    assert article.published == datetime(2024, 5, 7, 14, 5)
    assert article.title == "Ministers Agree on Fisheries Accord"
    assert article.authors == ["Claire Whitmore"]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("August 1, 2004", datetime(2004, 8, 1)),
        ("Sunday, 1st August 2004", datetime(2004, 8, 1)),
        ("Published 14:32 GMT, Tuesday 12 November 2024 | 4 min read", datetime(2024, 11, 12, 14, 32)),
        ("Posted on Aug. 1, 2004 at 2:05 p.m. ET", datetime(2004, 8, 1, 14, 5)),
        ("2024-03-12T14:32:00+01:00", datetime(2024, 3, 12, 14, 32)),
        ("Date 01.08.2004", datetime(2004, 8, 1)),
        ("8/1/2004", datetime(2004, 8, 1)),
        ("Updated 13 March 2024 | Published 12 March 2024", datetime(2024, 3, 12)),
    ],
)
def test_datelines_in_common_formats(dateline, expected):
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nDW staff (nda)\n" + dateline + BODY)
    assert article.published == expected
    assert article.title == "Ministers Agree on Fisheries Accord"
    assert article.authors == ["DW staff (nda)"]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("12. März 2024", datetime(2024, 3, 12)),
        ("Dienstag, 12. März 2024, 14:32 Uhr", datetime(2024, 3, 12, 14, 32)),
        ("Veröffentlicht am 12.03.2024 um 14:32 Uhr", datetime(2024, 3, 12, 14, 32)),
        ("Aktualisiert am 13.03.2024 | Veröffentlicht am 12.03.2024", datetime(2024, 3, 12)),
        ("12 mars 2024", datetime(2024, 3, 12)),
        ("Publié le mardi 12 mars 2024 à 14h32", datetime(2024, 3, 12, 14, 32)),
        ("1er mars 2024", datetime(2024, 3, 1)),
        ("12 janv. 2024", datetime(2024, 1, 12)),
        ("12 de marzo de 2024", datetime(2024, 3, 12)),
        ("Publicado el 12 de marzo de 2024 a las 14:32", datetime(2024, 3, 12, 14, 32)),
        ("12 marzo 2024", datetime(2024, 3, 12)),
        ("Pubblicato il 12 marzo 2024 alle ore 14:32", datetime(2024, 3, 12, 14, 32)),
        ("12 de março de 2024", datetime(2024, 3, 12)),
        ("12 de mar. de 2024 às 14:32", datetime(2024, 3, 12, 14, 32)),
        ("12 maart 2024", datetime(2024, 3, 12)),
        ("Gepubliceerd op 12 maart 2024 om 14:32", datetime(2024, 3, 12, 14, 32)),
        ("12.03.2024", datetime(2024, 3, 12)),
        ("12. 3. 2024", datetime(2024, 3, 12)),
        ("12 maja 2024", datetime(2024, 5, 12)),
    ],
)
def test_datelines_in_other_languages(dateline, expected):
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nDW staff (nda)\n" + dateline + BODY)
    assert article.published == expected
    assert article.title == "Ministers Agree on Fisheries Accord"


@pytest.mark.parametrize(
    ("dateline", "language", "expected"),
    [
        ("12/03/2024", "en", datetime(2024, 12, 3)),  # month first in English (CLDR's en is US)
        ("12/03/2024", "fr", datetime(2024, 3, 12)),
        ("12/03/2024", "pt_BR", datetime(2024, 3, 12)),
        ("12-03-2024", "nl", datetime(2024, 3, 12)),
        ("12/03/2024", "xx", datetime(2024, 12, 3)),  # a language CLDR lacks: the English reading
        ("13/03/2024", "en", datetime(2024, 3, 13)),  # only one reading is a date
        ("03/13/2024", "fr", datetime(2024, 3, 13)),
        ("12 listopad 2024", "pl", datetime(2024, 11, 12)),  # November in Polish and Czech,
        ("12 listopad 2024", "hr", datetime(2024, 10, 12)),  # October in Croatian
        ("12 listopad 2024", "de", None),  # and neither in German
        ("12 listopad 2024", "xx", None),  # and unknown in a language CLDR lacks
    ],
)
def test_the_language_decides_numeric_order_and_ambiguous_month_names(dateline, language, expected):
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nDW staff (nda)\n" + dateline + BODY, language=language)
    assert article.published == expected


def test_without_a_language_hint_the_language_is_detected():
    body = (
        "\n\nLe conseil municipal a voté mardi soir la création d'une nouvelle ligne de bac entre la vieille ville et le port.\n\n"
        "La mairie estime le coût du projet à deux millions d'euros, financés en partie par la région.\n"
    )
    article = parse_page_dump("Le conseil vote une nouvelle ligne de bac\n\nPar Claire Martin\n12/03/2024 à 14h32" + body)
    assert article.published == datetime(2024, 3, 12, 14, 32)
    assert article.authors == ["Claire Martin"]


def test_a_sentence_in_another_language_with_a_date_is_body_text():
    sentence = "Der Vertrag wurde am 12. März 2024 in Berlin unterzeichnet."
    article = parse_page_dump("Stadtrat beschließt neue Fährverbindung\n\n" + sentence + BODY)
    assert article.published is None
    assert _texts(article)[0] == sentence


GERMAN_DUMP = """Zum Inhalt springen
Startseite | Politik | Wirtschaft | Kultur

Lokales

Stadtrat beschließt neue Fährverbindung

Die Fähre soll ab dem Frühjahr jede Stunde zwischen Altstadt und Hafen pendeln.

Von Anna Beispiel und Jonas Muster
Dienstag, 12. März 2024, 14:32 Uhr

Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, eine neue Fährverbindung zwischen der Altstadt und dem Hafen einzurichten.

Die Verwaltung rechnet mit Kosten von rund zwei Millionen Euro, die zum Teil aus Fördermitteln des Landes bezahlt werden sollen.

„Wir schließen damit eine Lücke im Nahverkehr“, sagte die Bürgermeisterin nach der Abstimmung.

© 2024 Hafenkurier. Alle Rechte vorbehalten.
"""


def test_a_german_dump_loads_end_to_end(tmp_path):
    import workbench as wb

    path = tmp_path / "hafenkurier_faehre.txt"
    path.write_text(GERMAN_DUMP, encoding="utf-8")
    corpus = wb.load(str(path), progress=False)
    assert corpus.errors.empty
    article = corpus.articles.iloc[0]
    assert article["title"] == "Stadtrat beschließt neue Fährverbindung"
    assert article["description"] == "Die Fähre soll ab dem Frühjahr jede Stunde zwischen Altstadt und Hafen pendeln."
    assert list(article["authors"]) == ["Anna Beispiel", "Jonas Muster"]
    assert article["published"] == datetime(2024, 3, 12, 14, 32)
    assert article["outlet"] == "Hafenkurier"
    assert article["language"] == "de"
    assert article["text"].startswith("Der Stadtrat hat am Montagabend")
    assert article["text"].endswith("sagte die Bürgermeisterin nach der Abstimmung.")


def test_a_sentence_with_a_date_is_body_text_not_a_dateline():
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nThe talks began on 12 March 2024 in Oslo." + BODY)
    assert article.published is None
    assert _texts(article)[0] == "The talks began on 12 March 2024 in Oslo."


def test_impossible_dates_are_ignored():
    article = parse_page_dump("Ministers Agree on Fisheries Accord\n\nFebruary 31, 2024" + BODY)
    assert article.published is None


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2024 Hafenkurier. Alle Rechte vorbehalten.", "Hafenkurier"),
        ("Copyright (c) 2014 Example Times", "Example Times"),
        ("© Example Times 2014", "Example Times"),
        ("Copyright © 2014-2024 Example Media Group Ltd.", "Example Media Group Ltd"),
        ("© 2024 The Northern Ledger | Privacy | Terms", "The Northern Ledger"),
        ("Copyright 2014", None),
        ("Example Times", None),
    ],
)
def test_copyright_holder(notice, holder):
    assert copyright_holder(notice) == holder


# --- what is not an article --------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t\r\n", "\x00\x01"])
def test_empty_input_is_not_an_article(text):
    with pytest.raises(NotAnArticle, match="empty"):
        parse_page_dump(text)


def test_chrome_only_dump_is_not_an_article(seed_text):
    chrome = "\n".join(line for line in seed_text.splitlines() if "Skip" in line or "Top Story" in line or "homepage" in line)
    with pytest.raises(NotAnArticle, match="no article text"):
        parse_page_dump(chrome)
    menu = "1. Home\n2. World\n3. Business\nSign in | Subscribe | Newsletters\n\nTop stories\n\n© 2024 Ledger Media. All rights reserved.\n"
    with pytest.raises(NotAnArticle, match="no article text"):
        parse_page_dump(menu)


def test_a_headline_and_date_without_a_body_is_not_an_article():
    with pytest.raises(NotAnArticle):
        parse_page_dump("Training Role for NATO Troops in Baghdad\n\nAugust 1, 2004\n")


@pytest.mark.parametrize("value", [None, b"August 1, 2004", 42])
def test_non_text_input_is_a_clear_type_error(value):
    with pytest.raises(TypeError, match="expects the dump as str"):
        parse_page_dump(value)


# --- the bundled samples ------------------------------------------------------------------


def test_every_bundled_sample_is_documented_and_readable():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    samples = sorted(p for p in SAMPLES.iterdir() if p.name != "README.md")
    assert len(samples) == 5
    for path in samples:
        assert f"`{path.name}`" in readme
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        assert len(raw.decode("utf-8").split()) > 300


@pytest.mark.parametrize(
    "header",
    [
        "August 1, 2004\n\nBerg Wins Harbour Vote\n\nAnna Lind\n",
        "August 1, 2004\n\nBy Anna Lind\n\nBerg Wins Harbour Vote\n",
        "Berg Wins Harbour Vote\n\nAugust 1, 2004\nAnna Lind\n",
        "Berg Wins Harbour Vote\n\nAnna Lind\nAugust 1, 2004\n",
    ],
)
def test_headline_byline_and_dateline_in_any_order(header):
    article = parse_page_dump("1. Skip to content\n2. Home\n\n" + header + BODY)
    assert article.title == "Berg Wins Harbour Vote"
    assert article.authors == ["Anna Lind"]
    assert article.published == datetime(2004, 8, 1)
    assert len(_texts(article)) == 2


@pytest.mark.parametrize("separator", ["\f", "\v", "\u2028", "\u2029", "\x85"])
def test_form_feeds_and_unicode_line_separators_end_a_paragraph(separator):
    """pdftotext and lynx print a form feed at a page break, Word exports a vertical tab
    for a line break: neither may glue two paragraphs together."""
    dump = "Berg Wins Harbour Vote\n\nBy Anna Lind\nAugust 1, 2004\n" + BODY.replace("accord.\n\n", "accord." + separator)
    article = parse_page_dump(dump)
    assert "accord.Officials" not in " ".join(_texts(article))
    assert [text.split()[0] for text in _texts(article)] == ["The", "Officials"]


# --- header layouts found by the audit of invented dumps -------------------------------

THREE_PARAGRAPHS = (
    "The harbour board voted on Monday to close the north pier to all traffic from next month.\n\n"
    "Engineers found cracks in two of the concrete piles during a routine inspection in May.\n\n"
    "Repairs are expected to take at least a year and cost about four million pounds.\n"
)


def test_a_standfirst_line_without_a_full_stop_is_not_the_headline():
    page = (
        "Skip to main content\nSign in\nHARBOUR\nNorth pier to close for a year of repairs\n"
        "Board says cracks in the piles leave no other choice\nBy Ewan Roy\nTue 4 Jun 2024 08:00 BST\n"
        + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.description == "Board says cracks in the piles leave no other choice"
    assert article.authors == ["Ewan Roy"]
    assert _texts(article)[0].startswith("The harbour board voted")


def test_summary_bullets_between_headline_and_byline():
    page = (
        "Sign in\n\nPIER SHUT AFTER DIVERS FIND CRACKS\n\n"
        "Board closes the north pier for a year\nDivers found cracks in two piles\nRepairs to cost four million\n"
        "By EWAN ROY\n4 June 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "PIER SHUT AFTER DIVERS FIND CRACKS"
    assert article.description == "Board closes the north pier for a year"
    assert article.authors == ["EWAN ROY"]


@pytest.mark.parametrize(
    "above",
    ["Sign in\nHarbour\n", "[Home] [Harbour] [Weather] [Contact]\n", "Home News Business Sport Weather\n"],
)
def test_a_dateline_above_the_headline_under_a_section_label_or_menu(above):
    page = above + "\nJune 4, 2024\n\nNorth pier to close for a year of repairs\n\nBy Ewan Roy\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.authors == ["Ewan Roy"]
    assert article.published == datetime(2024, 6, 4)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ewan Roy\nCoast News, Dunmore", ["Ewan Roy"]),  # the outlet and place under the name
        ("From Ewan Roy\nCoast Radio Harbour Bureau", ["Ewan Roy"]),
        ("Ewan Roy in Dunmore", ["Ewan Roy"]),  # the place the reporter filed from
        ("Ewan Roy and Ana Ruiz\nDunmore", ["Ewan Roy", "Ana Ruiz"]),
        ("di Ewan Roy", ["Ewan Roy"]),
        ("Por Ewan Roy y Ana Ruiz | Agencia Costa", ["Ewan Roy", "Ana Ruiz"]),  # the agency after a bar
        ("Por José Ortega y Gasset", ["José Ortega y Gasset"]),  # "y" between the two surnames of one person
    ],
)
def test_byline_shapes_are_not_the_headline(byline, authors):
    page = "Sign in\n\nNorth pier to close for a year of repairs\n" + byline + "\n4 June 2024\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.authors == authors


def test_a_dateline_label_on_a_line_of_its_own():
    page = "Sign in\n\nNorth pier to close for a year of repairs\nBy Ewan Roy\nCoast News, Dunmore\nPublished\n4 June 2024\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert (article.title, article.authors, article.published) == ("North pier to close for a year of repairs", ["Ewan Roy"], datetime(2024, 6, 4))


def test_a_from_headline_is_not_a_byline():
    page = "Sign in\n\nFrom pier to promenade in a year\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert article.title == "From pier to promenade in a year"
    assert article.authors == ["Ewan Roy"]


def test_a_reading_time_between_headline_and_dateline():
    page = "HARBOUR NEWS\n4 June 2024 / 8:05 AM / Updated 2 hours ago\nNorth pier to close for a year of repairs\nEwan Roy, Ana Ruiz\n3 Min Read\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.authors == ["Ewan Roy", "Ana Ruiz"]  # "HARBOUR NEWS" in capitals is a kicker, not a name
    assert article.published == datetime(2024, 6, 4, 8, 5)


def test_a_byline_with_linked_names_in_a_lynx_dump():
    page = (
        "   [1]Skip to content\n\nNorth pier to close for a year of repairs\n\n"
        "   By [2]Ewan Roy and [3]Ana Ruiz | [4]@ewanroy\n   June 4, 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.authors == ["Ewan Roy", "Ana Ruiz"]


# --- wrapped lines and lost text ----------------------------------------------------------

LYNX_PARAGRAPH = (
    "   The harbour board voted on Monday to close the north pier to all traffic\n"
    "   from next month after engineers found cracks in two of its concrete piles\n"
    "   during a routine inspection, the board's chairman told a meeting of the\n"
    "   town council on Tuesday.\n"
)


def test_a_short_last_line_ends_a_wrapped_paragraph():
    """Whether the next line continues a paragraph depends on the paragraph's last
    physical line, not on the whole joined paragraph, which is longer than the width."""
    page = (
        "North pier to close for a year of repairs\n\nJune 4, 2024\n\n" + LYNX_PARAGRAPH + "Most Read\n"
        "Man charged after crash on the coast road\n\n" + LYNX_PARAGRAPH.replace("Monday", "Friday")
    )
    article = parse_page_dump(page)
    assert _texts(article)[0].endswith("town council on Tuesday.")
    assert not any("Most Read" in text for text in _texts(article))


def test_copied_paragraphs_of_every_length_are_not_taken_for_wrapped_text():
    """Browser copy-paste of short paragraphs has lines of every length, unlike a dump
    hard-wrapped at a column: a line ending near the longest one is not a wrapped line."""
    page = (
        "North pier to close for a year of repairs\nBy Ewan Roy\n4 June 2024\n"
        "The harbour board voted on Monday to close the north pier to all traffic from next month, the chairman said.\n"
        "Repairs will cost four million pounds, the board said.\n"
        "Engineers found cracks in two of the concrete piles in May.\n"
        "The pier was built in 1894 and was last repaired in 1962, according to the board.\n"
        "It will reopen next summer.\nFollow us\nContact\nJobs\n"
    )
    article = parse_page_dump(page)
    assert _texts(article)[-1] == "It will reopen next summer."
    assert len(_texts(article)) == 5


def test_a_lowercase_byline_is_not_glued_to_the_headline():
    page = "Home\nNorth pier to close for a year of repairs\nby Ewan Roy\nJune 4, 2024 | 8:15 AM\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.authors == ["Ewan Roy"]
    assert article.published == datetime(2024, 6, 4, 8, 15)


def test_a_wrapped_line_starting_with_by_still_continues_its_sentence():
    page = "North pier to close\n\nJune 4, 2024\n\nThe closure was approved\nby the board on Monday.\n\n" + THREE_PARAGRAPHS
    assert _texts(parse_page_dump(page))[0] == "The closure was approved by the board on Monday."


def test_the_lede_stays_when_subheadings_sit_right_above_their_paragraphs():
    page = (
        "North pier to close for a year of repairs\nBy Ewan Roy\n4 June 2024\n\n"
        "The harbour board voted on Monday to close the north pier to all traffic from next month.\n\n"
        "Repairs will cost four million pounds.\nWhat was found\nEngineers found cracks in two piles.\n"
        "What happens next\nThe pier will reopen next summer.\nFerries will use the south quay.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article)[0].startswith("The harbour board voted")
    assert _texts(article, "heading") == ["What was found", "What happens next"]


def test_a_run_of_short_lines_is_not_a_chain_of_subheadings():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nNewest\n\nOldest\n\nBest rated\n\nThe pier was a lovely place for a walk.\n"
    )
    assert _texts(parse_page_dump(page), "heading") == []


def test_the_headline_a_related_box_promotes_is_not_a_subheading():
    paragraphs = THREE_PARAGRAPHS.split("\n\n")
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + paragraphs[0]
        + "\n\nRelated\nSouth quay reopens after dredging\n\n" + "\n\n".join(paragraphs[1:])
    )
    article = parse_page_dump(page)
    assert _texts(article, "heading") == []
    assert len(_texts(article)) == 3


def test_a_list_and_its_lead_in_are_kept():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nThe board's plan includes:\n\n- Closing the north pier\n- A new ferry stop\n\nIt won't be cheap.\n"
    )
    texts = _texts(parse_page_dump(page))
    assert texts[-4:] == ["The board's plan includes:", "Closing the north pier", "A new ferry stop", "It won't be cheap."]


def test_a_second_article_on_the_page_is_not_appended_to_the_first():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nSouth quay reopens after dredging\n\nBy Ana Ruiz\n4 June 2024\n\n"
        "The south quay reopened to ferries on Tuesday after a month of dredging.\n\nThe work cost £300,000.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article) == PARAGRAPHS
    assert article.authors == ["Ewan Roy"]


# --- datelines, bylines and comments ---------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("June 4, 2024 | 8:15 AM", datetime(2024, 6, 4, 8, 15)),  # the time after a separator
        ("4 June 2024 / 8:05 AM / Updated 2 hours ago", datetime(2024, 6, 4, 8, 5)),
        ("DUNMORE, 4 June 2024", datetime(2024, 6, 4)),  # the place before the date
        ("Tuesday, June 4, 2024 Posted: 1:24 PM EDT (1724 GMT)", datetime(2024, 6, 4, 13, 24)),
        ("Madrid 4 JUN 2024 - 18:40 CET", datetime(2024, 6, 4, 18, 40)),
        ("Berlin, 04.06.2024 | 08:15 Uhr", datetime(2024, 6, 4, 8, 15)),
        ("Publié le 4 juin 2024 à 10h32 - Mis à jour le 5 juin 2024 à 08h15", datetime(2024, 6, 4, 10, 32)),
        ("4 giugno 2024 | 08:15", datetime(2024, 6, 4, 8, 15)),
        ("Publié le 14/06/2024 à 10h32, mis à jour le 15/06/2024 à 08h15", datetime(2024, 6, 14, 10, 32)),
        ("Published June 4, 2024 Last updated June 5, 2024", datetime(2024, 6, 4)),
    ],
)
def test_dateline_shapes_with_times_places_and_separators(dateline, expected):
    article = parse_page_dump("North pier to close for a year of repairs\n\nDW staff (nda)\n" + dateline + "\n\n" + THREE_PARAGRAPHS)
    assert article.published == expected
    assert article.title == "North pier to close for a year of repairs"


@pytest.mark.parametrize(
    ("dateline", "authors", "expected"),
    [
        ("Posted by ewan on June 4, 2024 at 10:15 pm", ["ewan"], datetime(2024, 6, 4, 22, 15)),
        ("Posted on June 4, 2024 by Ewan Roy", ["Ewan Roy"], datetime(2024, 6, 4)),
    ],
)
def test_blog_datelines_with_the_author(dateline, authors, expected):
    article = parse_page_dump("North pier to close for a year of repairs\n\n" + dateline + "\n\n" + THREE_PARAGRAPHS)
    assert (article.title, article.authors, article.published) == ("North pier to close for a year of repairs", authors, expected)


def test_a_dateline_at_the_foot_of_the_article():
    page = "North pier to close for a year of repairs\n\n" + THREE_PARAGRAPHS + "\nThis article was first published on 4 June 2024.\n"
    article = parse_page_dump(page)
    assert article.published == datetime(2024, 6, 4)
    assert _texts(article)[-1].startswith("Repairs are expected")


def test_reader_comments_are_not_the_article():
    page = (
        "Notes from the Pier\n\nNorth pier to close for a year of repairs\n\n"
        "Posted by ewan on June 4, 2024 at 10:15 pm\n\n" + THREE_PARAGRAPHS
        + "\n2 Responses to \"North pier to close\"\n\nMoira says:\nJune 5, 2024 at 7:02 am\n"
        "What a shame, I walk there every Sunday.\n\nTom says:\nJune 5, 2024 at 9:40 am\n"
        "About time they fixed it. It has been unsafe for years.\n\nLeave a Reply\n"
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.published == datetime(2024, 6, 4, 22, 15)
    assert _texts(article)[-1].startswith("Repairs are expected")


@pytest.mark.parametrize(
    "opener",
    ["Comments 212", "Leave a Reply", "Comments are closed for this article.", "Share or comment on this article",
     "Join the conversation", "Filed under: Harbour | Tags: pier"],
)
def test_comment_sections_end_the_article(opener):
    page = "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS + "\n" + opener + "\n\nGreat news, it was falling apart.\n"
    assert _texts(parse_page_dump(page))[-1].startswith("Repairs are expected")


# --- chrome -----------------------------------------------------------------------------------

PARAGRAPHS = THREE_PARAGRAPHS.strip().split("\n\n")


@pytest.mark.parametrize(
    "chrome",
    ["© AFP", "© picture-alliance/dpa", "Continue reading the main story", "Story continues below advertisement",
     "Scroll down for video", "Anzeige", "Lesen Sie auch: Fähre fällt aus", "Publicité", "Lire aussi : Le port ferme",
     "Publicidad", "Pubblicità", "Image source, Coast Photos", "Email this story | Print this story",
     "Get the harbour briefing in your inbox every morning. By signing up you agree to our terms."],
)
def test_chrome_between_paragraphs_is_dropped_and_the_article_goes_on(chrome):
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\n" + chrome + "\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "footer",
    ["(c) 2024 Coast News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
     "A version of this article appears in print on June 5, 2024, Section A, Page 3 of the Coast News edition.",
     "Mehr zum Thema", "Noticias relacionadas", "Mentions légales", "Impressum"],
)
def test_footers_end_the_article(footer):
    """The body ends at a copyright notice of any length, and at the rails and legal
    links of German, French and Spanish sites."""
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\n" + footer + "\n\nCoast News is published by Coast Media Group, a company registered in Dunmore.\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "paragraph",
    ["Copyright lawyers said the 2019 ruling would change how archives license old photographs.",
     "Tagsüber blieb der Hafen für den Verkehr gesperrt.", "Datenschutzbeauftragte prüfen den Fall"],
)
def test_words_that_open_footers_do_not_end_the_article_inside_a_paragraph(paragraph):
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\n" + paragraph + "\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    )
    assert _texts(parse_page_dump(page))[-1] == PARAGRAPHS[-1]


# --- pages that are not articles ---------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "Sign in\n\nPage not found\n\nSorry, the page you asked for could not be found. It may have moved.\n\n"
        "Try our search, or go back to the homepage.\n",
        "Sign in\n\nHARBOUR\n\nNorth pier to close\nThe board says the cracks leave no choice.\n2 hours ago\n\n"
        "South quay reopens\nDredging finished a week early.\n5 hours ago\n\nLoad more\n",
        "Sign in\n\nNorth pier to close\n\nThe board says the cracks leave no choice.\n\nAbout us\nContact\n",
        "Sign in\n\nOops!\n\nThe page you requested does not exist. Check the address for typing errors.\n\n"
        "Or start again from our front page.\n",
        "Sign in\n\nNorth pier to close\n\n4 June 2024\n\nThe board says the cracks leave no choice.\n\n"
        "South quay reopens\n\n3 June 2024\n\nDredging finished a week early.\n\n"
        "Ferry fares rise\n\n2 June 2024\n\nTickets will cost 8% more from July.\n",
    ],
    ids=["error page", "section front", "lone teaser", "error message", "dated teasers"],
)
def test_pages_that_are_not_articles(page):
    with pytest.raises(NotAnArticle):
        parse_page_dump(page)


def test_an_unsigned_article_with_comments_dated_hours_ago_is_an_article():
    page = (
        "North pier to close for a year of repairs\n\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nComments (2)\n\nMoira\n2 hours ago\nWhat a shame.\n\nTom\n3 hours ago\nAbout time.\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


# --- the second audit: rules that generalise -----------------------------------------------


def test_a_lynx_link_list_does_not_hide_the_wrap_column():
    """The link targets a lynx dump ends with are long lines without words; they must not
    pass for the wrap column, or a wrapped line ending before a capitalised noun stays
    cut from it."""
    page = (
        "Werft baut neue Fähre für die Inselroute\n\n   12.03.2024 – 09:10 Uhr\n\n"
        "   Kiel (dpa) - Die Werft am Nordufer hat den Auftrag für eine neue Fähre\n"
        "   erhalten. Das Schiff soll ab 2026 zwischen Kiel und der Insel pendeln\n"
        "   und bis zu 400 Fahrgäste befördern, teilte die Werft am Dienstag mit.\n\n"
        "   Gebaut wird das Schiff in zwei Abschnitten, zuerst der Rumpf aus\n"
        "   Stahl. Die Ausrüstung folgt im kommenden Jahr in der großen Halle am\n"
        "   Kai.\n\nReferences\n\n" + "".join(f"   {n}. https://www.werft.example/region/artikel/{n}\n" for n in range(1, 21))
    )
    texts = _texts(parse_page_dump(page, language="de"))
    assert texts == [
        "Kiel (dpa) - Die Werft am Nordufer hat den Auftrag für eine neue Fähre erhalten. Das Schiff soll ab 2026 "
        "zwischen Kiel und der Insel pendeln und bis zu 400 Fahrgäste befördern, teilte die Werft am Dienstag mit.",
        "Gebaut wird das Schiff in zwei Abschnitten, zuerst der Rumpf aus Stahl. Die Ausrüstung folgt im kommenden "
        "Jahr in der großen Halle am Kai.",
    ]


@pytest.mark.parametrize(
    "photo",
    [
        "IMAGE SOURCE, COAST PHOTOS\nImage caption,\nDivers inspect the cracked piles\n",
        "Image\nDivers inspect the cracked piles.Credit...Mara Lind for Coast News\n",
        "Divers inspect the cracked piles\nDivers inspect the cracked piles (Coast News)\n",
    ],
    ids=["labelled caption", "credit after dots", "alt text above caption"],
)
def test_photo_labels_alt_text_and_captions_are_left_out(photo):
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\n" + photo + "\nWhat was found\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "body") == PARAGRAPHS
    assert _texts(article, "heading") == ["What was found"]


@pytest.mark.parametrize(
    "promo",
    ["Read more: Ferry operator warns of a summer of delays on every route out of the harbour",
     "Lire aussi : Le port de plaisance cherche toujours un nouveau gestionnaire pour la saison",
     "LEGGI ANCHE: Porto, il nuovo molo sarà pronto entro la fine dell'anno prossimo",
     "Lees ook: Veerdienst vaart deze zomer vaker naar het eiland, meldt de rederij",
     "Lesen Sie auch: Hafen: Was die Sperrung für Pendler und Anwohner bedeutet",
     "Lee también: El puerto deportivo busca un nuevo gestor para la próxima temporada de verano"],
)
def test_a_promo_label_with_its_headline_on_one_line_is_chrome(promo):
    """However long the promoted headline, and the subheading under it is kept."""
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\n" + promo + "\n\nWhat was found\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "body") == PARAGRAPHS
    assert _texts(article, "heading") == ["What was found"]


@pytest.mark.parametrize(
    "rail",
    ["Other harbour news:\n  * Ferry fares rise in July\n  * South quay reopens",
     "MORE HARBOUR STORIES NOW\nFerry fares will rise by 8% in July, the operator said.", "About the author\nEwan Roy has covered the port since 2009.",
     "Correction: June 5, 2024\nAn earlier version of this article gave the wrong cost.",
     "Réagissez à cet article\nVous devez être connecté pour commenter.",
     "Meer over dit onderwerp\nDe veerdienst vaart deze zomer vaker.", "Ti potrebbe interessare\nIl molo riapre domani.",
     "Te puede interesar\nEl muelle reabre mañana.", "Kommentare (3)\nEndlich wird repariert.", "Reacties\nEindelijk!"],
)
def test_more_rails_end_the_article(rail):
    page = "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS + "\n" + rail + "\n"
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "masthead",
    ["The Dunmore Evening Coast Gazette\nNews Harbour Business Weather Letters Archive Subscribe\nHarbour\n",
     "Le Courrier du Port de Dunmore\nActualités Économie Sports Loisirs Se connecter\n"],
)
def test_the_headline_is_the_line_above_the_standfirst_not_the_masthead(masthead):
    page = (
        masthead + "\nNorth pier to close for a year of repairs\n\n"
        "Divers found cracks in two piles, and the board says it has no other choice.\n\n"
        "By Ewan Roy\n\n4 June 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.description.startswith("Divers found cracks")
    assert article.authors == ["Ewan Roy"]


def test_a_title_case_headline_is_not_a_byline_when_the_dateline_names_the_author():
    page = "Notes from the Pier\n\nAbout\nContact\n\nThe Terns Are Back\n\nPosted on June 4, 2024 by Moira Hay\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert (article.title, article.authors) == ("The Terns Are Back", ["Moira Hay"])


def test_a_note_under_the_byline_is_not_the_standfirst():
    """Share and listen buttons between standfirst and byline are passed over, and a note
    under the byline ("... reported from ...") is neither standfirst nor body."""
    page = (
        "Skip to content\nLog in\n\nNorth Pier Closes for a Year of Repairs\n\n"
        "Divers found cracks in two piles, and the board says it has no other choice.\n\n"
        "Listen to this article\n\nShare full article\n\nBy Ewan Roy and Ana Ruiz\n"
        "Ewan Roy reported from Dunmore, and Ana Ruiz from Port Ellis.\nJune 4, 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North Pier Closes for a Year of Repairs"
    assert article.description.startswith("Divers found cracks")
    assert article.authors == ["Ewan Roy", "Ana Ruiz"]
    assert _texts(article) == PARAGRAPHS


def test_a_kicker_under_the_dateline_is_not_the_headline():
    page = "Coast Gazette\n\nTuesday, June 4, 2024\n\nHARBOUR NEWS\n\nNorth pier to close for a year of repairs\n\nBy Ewan Roy\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert (article.title, article.authors) == ("North pier to close for a year of repairs", ["Ewan Roy"])


def test_a_byline_under_the_standfirst_below_the_dateline():
    page = (
        "COAST GAZETTE\n\n4 June 2024\n\nNorth pier to close for a year of repairs\n\n"
        "Divers found cracks in two piles, and the board says it has no other choice.\n\n"
        "Ewan Roy, Harbour Correspondent\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.description.startswith("Divers found cracks")
    assert article.authors == ["Ewan Roy"]
    assert _texts(article) == PARAGRAPHS


def test_a_title_case_subheading_under_the_lede_of_an_unsigned_article_is_no_byline():
    page = (
        "North pier to close for a year of repairs\n\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\nRising Costs\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n"
    )
    article = parse_page_dump(page)
    assert article.authors == []
    assert _texts(article, "heading") == ["Rising Costs"]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Published: Jun. 4, 2024 at 6:40 AM CDT|Updated: 3 hours ago", datetime(2024, 6, 4, 6, 40)),
        ("Last Updated: Tuesday, 4 June, 2024, 07:15 GMT 08:15 UK", datetime(2024, 6, 4, 7, 15)),
        ("09:05, 4 Jun 2024 Updated 11:30, 4 Jun 2024", datetime(2024, 6, 4, 9, 5)),
        ("Dunmore - 4 JUN 2024 - 08:15 CET", datetime(2024, 6, 4, 8, 15)),  # the place set off by a dash
    ],
)
def test_datelines_with_labels_relative_updates_places_and_a_second_zone(dateline, expected):
    page = "North pier to close for a year of repairs\n\n" + dateline + "\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert (article.title, article.published) == ("North pier to close for a year of repairs", expected)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("From Correspondent Ewan Roy", ["Ewan Roy"]),
        ("By EWAN ROY FOR COASTNEWS.EXAMPLE", ["EWAN ROY"]),
        ("By Ewan Roy for The Coast Gazette", ["Ewan Roy"]),
        ("By Senior Reporter Ewan Roy and Ana Ruiz", ["Ewan Roy", "Ana Ruiz"]),
    ],
)
def test_job_titles_and_outlets_are_cut_from_names(byline, authors):
    page = "North pier to close for a year of repairs\n\n" + byline + "\n4 June 2024\n\n" + THREE_PARAGRAPHS
    assert parse_page_dump(page).authors == authors


def test_a_section_front_with_ages_glued_to_its_summaries_is_not_an_article():
    page = (
        "COAST GAZETTE\n\nHarbour\n\nNorth pier to close\n\nThe harbour board says the cracks that divers found in two of "
        "the concrete piles leave it no choice but to shut the pier for a year. 2 hours ago\n\n"
        "South quay reopens\n\nDredging of the south quay finished a week early, and the first ferries tied up there "
        "again on Monday morning after a month away. 5 hours ago\n\n"
        "Ferry fares rise\n\nTickets will cost 8% more from July.\n\n1 day ago\n"
    )
    with pytest.raises(NotAnArticle):
        parse_page_dump(page)


def test_question_subheadings_including_one_that_opens_the_body():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\nWhy is it closing?\n\n"
        + PARAGRAPHS[0] + "\n\nHow long will it take?\n\n" + "\n\n".join(PARAGRAPHS[1:])
        + "\n\nWho will pay? Nobody knows yet.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "heading") == ["Why is it closing?", "How long will it take?"]
    assert _texts(article, "body") == PARAGRAPHS + ["Who will pay? Nobody knows yet."]


def test_a_related_box_inside_the_article_does_not_end_it():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + PARAGRAPHS[0]
        + "\n\nRelated Articles\nSouth quay reopens after dredging\nFerry fares to rise in July\n\n"
        + "\n\n".join(PARAGRAPHS[1:]) + "\n\nMost Read\nTern colony returns\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


def test_a_related_rail_of_teasers_with_summaries_still_ends_the_article():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nRelated Articles\n\nSouth quay reopens\n\nDredging finished a week early.\n\n"
        "Ferry fares rise\n\nTickets will cost 8% more from July.\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


@pytest.mark.parametrize(
    "widget", ["Like this:\nLike Loading...\nRelated", "Get harbour news directly to your inbox\nSubscribe\nThanks for subscribing!"]
)
def test_widgets_written_as_sentences_are_not_paragraphs(widget):
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + widget + "\n\n" + THREE_PARAGRAPHS
        + "\nShare this:\nLike this:\nLike Loading...\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


def test_a_single_rhetorical_question_stays_body_text():
    page = "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\nRemember the pier concerts?\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page)
    assert _texts(article, "heading") == []
    assert _texts(article)[0] == "Remember the pier concerts?"


def test_a_menu_bar_of_section_names_and_buttons_is_not_the_headline():
    page = (
        "THE HARBOUR POST\nPolitics Culture Ideas Science Books Archive Subscribe\n"
        "North pier to close for a year of repairs\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
    )
    assert parse_page_dump(page).title == "North pier to close for a year of repairs"


def test_a_time_of_update_under_the_dateline_is_not_the_headline():
    page = (
        "Skip to content\n\nBy Ewan Roy\n\nJune 4, 2024\nUpdated 6:04 p.m. ET\n\n"
        "North pier to close for a year of repairs\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.published == datetime(2024, 6, 4)


def test_a_pull_quote_repeating_a_paragraph_is_dropped():
    quote = "“The pier was our high street. Without it we are nothing.”"
    paragraphs = PARAGRAPHS[:2] + [
        "“The pier was our high street. Without it we are nothing,” said Moira Hay, who runs the kiosk at its end."
    ]
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + "\n\n".join(paragraphs[:2])
        + "\n\n" + quote + "\n\n" + paragraphs[2] + "\n"
    )
    assert _texts(parse_page_dump(page)) == paragraphs


def test_a_wire_credit_line_closes_the_article():
    page = (
        "North pier to close for a year of repairs\n\nEwan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nReporting by Ewan Roy; Editing by Ana Ruiz\n\nOur principles: how we report the news.\n\n"
        "Quotes are delayed by at least 15 minutes. See the full list of exchanges.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article) == PARAGRAPHS
    assert article.authors == ["Ewan Roy"]


@pytest.mark.parametrize(
    "dateline",
    ["04.06.2024, 08:15 Uhr | Lesedauer: 3 Minuten", "Leestijd: 3 minuten\n4 juni 2024, 08:15", "4 June 2024, 08:15 · Reading time: 3 min"],
)
def test_reading_times_in_other_languages_sit_in_the_header(dateline):
    page = "North pier to close for a year of repairs\n\nBy Ewan Roy\n" + dateline + "\n\n" + THREE_PARAGRAPHS
    article = parse_page_dump(page, language="en")
    assert (article.title, article.authors, article.published) == (
        "North pier to close for a year of repairs", ["Ewan Roy"], datetime(2024, 6, 4, 8, 15)
    )
    assert _texts(article) == PARAGRAPHS


def test_a_relative_update_time_in_an_undated_header_is_not_the_headline():
    page = (
        "WORLD NEWS\n\nNORTH PIER TO CLOSE FOR A YEAR OF REPAIRS\n\nBy EWAN ROY and ANA RUIZ, Staff Writers | @ewanroy\n"
        "Updated 2 days ago\n\n" + THREE_PARAGRAPHS + "\nTo comment on this article, please subscribe.\nAlready a subscriber? Log in\n"
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors, article.published) == ("NORTH PIER TO CLOSE FOR A YEAR OF REPAIRS", ["EWAN ROY", "ANA RUIZ"], None)
    assert _texts(article) == PARAGRAPHS


def test_a_kicker_tops_the_header_and_a_menu_above_it_is_not_the_headline():
    page = (
        "Portal Frontpage Nation Globe Ballgames Join Today\n\nHARBOUR\n\nNorth pier to close for a year of repairs\n\n"
        "Divers found cracks in two piles and the board says it has no choice\n\nBy Ewan Roy\n\n4 June 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert article.title == "North pier to close for a year of repairs"
    assert article.description == "Divers found cracks in two piles and the board says it has no choice"


# --- third round: shapes from the blind set, each with a dump of our own --------------


def test_a_swedish_dateline_and_an_av_byline_are_read():
    page = (
        "Färjan ställs in i tre veckor\n\nRederiet har inte hittat någon ersättare för fartyget.\n\n"
        "Publicerad 5 mars 2024 kl. 07.40\nUppdaterad 5 mars 2024 kl. 09.10\n\nAv Maja Strand\n\n"
        "Färjan mellan Holmön och fastlandet går inte förrän i slutet av mars, meddelar rederiet.\n\n"
        "Resenärer hänvisas till en mindre båt som tar tolv passagerare åt gången.\n"
    )
    article = parse_page_dump(page, language="sv")
    assert (article.title, article.authors, article.published) == (
        "Färjan ställs in i tre veckor", ["Maja Strand"], datetime(2024, 3, 5, 7, 40)
    )
    assert article.description == "Rederiet har inte hittat någon ersättare för fartyget."
    assert _texts(article)[0].startswith("Färjan mellan Holmön")


def test_a_dateline_names_its_author_without_by_and_then_the_outlet():
    page = (
        "North pier to close for a year of repairs\n\n"
        "Ewan Roy · Harbour Radio News · Posted: Jun 4, 2024 8:05 AM PT | Last Updated: June 4, 2024\n\n"
        + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors, article.published) == (
        "North pier to close for a year of repairs", ["Ewan Roy"], datetime(2024, 6, 4, 8, 5)
    )
    assert _texts(article) == PARAGRAPHS


def test_a_dateline_with_a_place_after_the_byline_and_seconds_in_the_time():
    page = (
        "North pier to close for a year of repairs\n\n"
        "Written by Ewan Roy | Port Ellen | Updated: June 4, 2024 10:15:30 am\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.authors, article.published) == (["Ewan Roy"], datetime(2024, 6, 4, 10, 15))


def test_posted_at_and_last_updated_on_one_line_is_a_dateline_not_the_headline():
    page = (
        "North pier to close for a year of repairs\n\n"
        "Posted at 6:10 PM, Jun 4, 2024 and last updated 9:02 AM, Jun 5, 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.published) == ("North pier to close for a year of repairs", datetime(2024, 6, 4, 18, 10))


def test_an_edition_date_under_the_masthead_leaves_the_header_below_it():
    page = (
        "LA GAZETTE DU LITTORAL\nÉdition du mardi 4 juin 2024\n\nRÉGION\n\n"
        "La jetée nord fermée pendant un an\n\nÉlise Carré\nLa Gazette\n\n"
        "Le conseil portuaire a voté lundi la fermeture de la jetée nord à toute circulation.\n\n"
        "Des fissures ont été découvertes dans deux piliers en béton lors d'une inspection.\n"
    )
    article = parse_page_dump(page, language="fr")
    assert (article.title, article.authors, article.published) == (
        "La jetée nord fermée pendant un an", ["Élise Carré"], datetime(2024, 6, 4)
    )


def test_a_top_bar_date_above_a_header_with_a_reporting_note_is_not_the_dateline():
    page = (
        "Monday, June 3, 2024\nToday's Paper\n\nNorth pier to close for a year of repairs\n\n"
        "Divers found cracks in two piles and the board says it has no choice.\n\nBy Ewan Roy and Ana Ruiz\n\n"
        "Ewan Roy reported from Port Ellen and Ana Ruiz from Oban.\n\nPublished June 4, 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors, article.published) == (
        "North pier to close for a year of repairs", ["Ewan Roy", "Ana Ruiz"], datetime(2024, 6, 4)
    )
    assert _texts(article) == PARAGRAPHS


@pytest.mark.parametrize("byline", ["By Ewan Roy, Harbour Bureau", "By Ewan Roy, Special to The Courier", "By Ewan Roy, Pier Desk"])
def test_what_follows_the_name_after_a_comma_is_no_second_author(byline):
    page = "North pier to close for a year of repairs\n\n" + byline + "\n4 June 2024\n\n" + THREE_PARAGRAPHS
    assert parse_page_dump(page).authors == ["Ewan Roy"]


def test_a_name_over_its_job_title_is_the_byline():
    page = (
        "North pier to close for a year of repairs\n\nEwan Roy\nTransport correspondent\n\n"
        "Tue 4 Jun 2024 08.15 BST\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors) == ("North pier to close for a year of repairs", ["Ewan Roy"])


def test_names_joined_by_et_over_a_reading_time_range_are_the_byline():
    page = (
        "gazette.example\nLa jetée nord fermée pendant un an pour travaux\nÉlise Carré et Paul Morel\n4-5 minutes\n\n"
        "Des fissures ont été découvertes dans deux piliers, et le conseil dit ne pas avoir le choix.\n\n"
        "Publié le 4 juin 2024 à 08h15\n\n"
        "Le conseil portuaire a voté lundi la fermeture de la jetée nord à toute circulation.\n\n"
        "Les travaux devraient durer au moins un an et coûter environ quatre millions d'euros.\n"
    )
    article = parse_page_dump(page, language="fr")
    assert (article.title, article.authors) == ("La jetée nord fermée pendant un an pour travaux", ["Élise Carré", "Paul Morel"])


def test_a_newsroom_byline_between_headline_and_standfirst_line():
    page = (
        "radio.example\nEl muelle norte cerrará un año por obras\nRedacción\n3 minutos\n"
        "Los buzos hallaron grietas en dos pilotes y el puerto dice que no tiene otra opción\n\n"
        "La junta del puerto votó el lunes cerrar el muelle norte a todo el tráfico desde el mes próximo.\n\n"
        "Las obras durarán al menos un año y costarán unos cuatro millones de euros.\n"
    )
    article = parse_page_dump(page, language="es")
    assert article.title == "El muelle norte cerrará un año por obras"
    assert article.description == "Los buzos hallaron grietas en dos pilotes y el puerto dice que no tiene otra opción"
    assert article.authors == []  # a newsroom names no person


def test_a_single_question_is_a_subheading_when_the_article_has_others():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\n« Nobody told us anything »\n\nFishermen say they heard of the closure from the radio.\n\n"
        "What happens next?\n\nThe board will meet again in July to choose a contractor.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "heading") == ["« Nobody told us anything »", "What happens next?"]


def test_a_lone_question_opening_the_body_stays_text():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n"
        "Who will pay for it?\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert _texts(article, "heading") == []
    assert "Who will pay for it?" in _texts(article)


def test_a_rail_label_with_one_headline_inside_the_article_is_a_promo():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nYou may also like: South pier reopens after storm damage\n\nWhat the closure means\n\n"
        "Ferries will use the south pier until the work is finished.\n\nFishing boats will moor in the inner basin.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "heading") == ["What the closure means"]
    assert _texts(article)[-1] == "Fishing boats will moor in the inner basin."
    assert "South pier reopens" not in " ".join(_texts(article))


def test_a_section_front_of_bylined_teasers_is_not_an_article():
    teaser = "{kicker}\n{headline}\n{summary}\nVon {author}\n{date}, 10:00 Uhr\n\n"
    page = "Politik\n\n" + "".join(
        teaser.format(kicker=k, headline=h, summary=s, author=a, date=d)
        for k, h, s, a, d in [
            ("Hafen", "Nordmole wird ein Jahr lang saniert", "Taucher fanden Risse in zwei Pfeilern.", "Eva Lund", "04.06.2024"),
            ("Verkehr", "Fähren weichen auf die Südmole aus", "Die Reedereien passen ihre Fahrpläne an.", "Tom Berg", "03.06.2024"),
            ("Fischerei", "Kutter liegen künftig im Innenbecken", "Die Fischer sind unzufrieden.", "Ana Ruiz", "02.06.2024"),
        ]
    )
    with pytest.raises(NotAnArticle, match="section front"):
        parse_page_dump(page, language="de")


def test_search_results_with_dated_summaries_are_not_an_article():
    page = "Search results for \"pier\"\n\n" + "".join(
        f"{headline}\n{date} - {summary}\n\n"
        for headline, date, summary in [
            ("North pier to close for a year of repairs", "June 4, 2024", "The harbour board voted on Monday to close the north pier to all traffic."),
            ("Divers find cracks in pier piles", "May 20, 2024", "A routine inspection found cracks in two of the concrete piles under the north pier."),
            ("Letter: Save our pier", "May 2, 2024", "The pier has served the town for a century and deserves better than neglect."),
        ]
    )
    with pytest.raises(NotAnArticle, match="search results"):
        parse_page_dump(page)


def test_a_photographer_and_outlet_in_parentheses_mark_a_caption():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nThe north pier at low tide. Two of its piles are cracked. (Ana Ruiz/Harbour Radio)\n\n"
        "The board will meet again in July to choose a contractor.\n"
    )
    assert "(Ana Ruiz/Harbour Radio)" not in " ".join(_texts(parse_page_dump(page)))


@pytest.mark.parametrize("label,language", [("Publicidade", "pt"), ("Annons", "sv")])
def test_an_advertising_label_over_a_subheading_is_chrome(label, language):
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + f"\n{label}\n\nWhat the closure means\n\nFerries will use the south pier until the work is finished.\n"
    )
    article = parse_page_dump(page, language=language)
    assert _texts(article, "heading") == ["What the closure means"]
    assert label not in _texts(article)


def test_the_authors_bio_and_the_outlets_promo_do_not_end_the_body():
    page = (
        "The Harbour Courier\n\nNorth pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nReprint this story\n\nEwan Roy covers transport and the port for the paper.\n\n"
        "Get the Harbour Courier app for the latest local news.\n\n© 2024 Harbour Courier Media\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


def test_a_closing_paragraph_that_reports_what_the_outlet_was_told_stays():
    last = "A spokesman for the board declined to comment when contacted by the Harbour Courier."
    page = "The Harbour Courier\n\nNorth pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS + "\n" + last + "\n"
    assert _texts(parse_page_dump(page))[-1] == last


def test_a_lone_question_inside_the_body_is_a_subheading():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nWhat changes for ferries?\n\nFerries will use the south pier until the work is finished.\n"
    )
    assert _texts(parse_page_dump(page), "heading") == ["What changes for ferries?"]


def test_a_headline_asked_as_a_question_under_the_dateline_over_a_byline_and_role():
    page = (
        "Home | News | Sport | Weather\n\n4 June 2024\n\nNorth pier: what does the closure mean for you?\n\nBy Ewan Roy\nTransport reporter\n\n"
        + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors) == ("North pier: what does the closure mean for you?", ["Ewan Roy"])
    assert _texts(article) == PARAGRAPHS


def test_an_agency_and_its_place_over_the_dateline_are_the_byline_not_the_headline():
    page = (
        "Diario del Puerto\n\nLOCAL\n\nEl muelle norte cerrará un año por obras\n\nEFE | Vigo\n"
        "Actualizado martes 04/06/2024 08:15 (CET)\n\n"
        "La junta del puerto votó el lunes cerrar el muelle norte a todo el tráfico desde el mes próximo.\n\n"
        "Las obras durarán al menos un año y costarán unos cuatro millones de euros.\n"
    )
    article = parse_page_dump(page, language="es")
    assert (article.title, article.authors, article.published) == (
        "El muelle norte cerrará un año por obras", ["EFE"], datetime(2024, 6, 4, 8, 15)
    )


def test_a_byline_label_on_a_line_of_its_own_over_the_name():
    page = (
        "North pier to close for a year of repairs\nRepairs expected to cost about four million pounds\n"
        "WRITTEN BY\nEwan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.description, article.authors) == (
        "North pier to close for a year of repairs", "Repairs expected to cost about four million pounds", ["Ewan Roy"]
    )


@pytest.mark.parametrize(
    "note",
    [
        "This article appears in the July 2024 issue of Harbour Monthly. Subscribe today for the full archive.",
        "This entry was posted in Harbour, Ferries and tagged pier, repairs, port board. Bookmark the permalink.",
    ],
)
def test_a_note_on_where_the_article_was_printed_or_filed_ends_it(note):
    page = "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS + "\n" + note + "\n"
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


def test_a_kicker_bounds_a_header_whose_lines_are_all_set_apart():
    page = (
        "Harbour Radio\n\nListen Live\n\nHarbour\n\nNorth pier to close for a year of repairs\n\n"
        "Divers found cracks in two piles and the board says it has no choice\n\n"
        "Ewan Roy · Harbour Radio News · Posted: Jun 4, 2024 8:05 AM PT\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.description) == (
        "North pier to close for a year of repairs", "Divers found cracks in two piles and the board says it has no choice"
    )


def test_a_bylined_article_with_a_dated_chronology_is_an_article():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n\n" + THREE_PARAGRAPHS + "\nHow it came to this\n\n"
        "May 2, 2024 - Divers report cracks in two piles.\n\nMay 20, 2024 - The board orders a full survey.\n\n"
        "June 3, 2024 - The survey finds the pier unsafe for traffic.\n"
    )
    article = parse_page_dump(page)
    assert _texts(article, "body")[:3] == PARAGRAPHS
    assert _texts(article, "body")[-1] == "June 3, 2024 - The survey finds the pier unsafe for traffic."


def test_a_dialogue_dash_stays_in_the_text():
    page = (
        "Färjan ställs in i tre veckor\n\nAv Maja Strand\n5 mars 2024\n\n"
        "Färjan mellan Holmön och fastlandet går inte förrän i slutet av mars, meddelar rederiet.\n\n"
        "– Vi har inget fartyg. Det är så enkelt, säger\nvd:n Per Holm.\n\n"
        "Resenärer hänvisas till en mindre båt som tar tolv passagerare åt gången.\n"
    )
    assert "– Vi har inget fartyg. Det är så enkelt, säger vd:n Per Holm." in _texts(parse_page_dump(page, language="sv"))


def test_a_section_name_before_the_date_is_no_byline():
    page = "North pier to close for a year of repairs\n\nHarbour News · June 4, 2024\n\n" + THREE_PARAGRAPHS
    assert parse_page_dump(page).authors == []


def test_a_closing_paragraph_about_what_the_outlet_did_stays():
    last = "The Harbour Courier has asked the board to publish the full survey."
    page = "The Harbour Courier\n\nNorth pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS + "\n" + last + "\n"
    assert _texts(parse_page_dump(page))[-1] == last


def test_a_by_with_a_colon_is_no_part_of_the_name():
    page = "North pier to close for a year of repairs\n\nBy: Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
    assert parse_page_dump(page).authors == ["Ewan Roy"]


def test_a_contact_box_after_the_article_ends_it():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nPress office:\nMoira Lang\n+44 1632 960 123\n\nISSUED BY the Harbour Board.\n"
    )
    assert _texts(parse_page_dump(page)) == PARAGRAPHS


def test_a_fact_box_inside_the_article_ends_nothing():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nThe pier in figures:\nBuilt 1904\nLength 310 metres\n\n"
        "Ferries will use the south pier until the work is finished.\n\nFishing boats will moor in the inner basin.\n"
    )
    assert _texts(parse_page_dump(page))[-1] == "Fishing boats will moor in the inner basin."


def test_a_site_tagline_set_apart_over_an_undated_headline_is_not_the_headline():
    page = "Gazette\n\nNews and views from the harbour town\n\nNorth pier to close for a year of repairs\n\n" + THREE_PARAGRAPHS
    assert parse_page_dump(page).title == "North pier to close for a year of repairs"


def test_a_headline_over_the_dateline_wins_over_a_standfirst_line_under_it():
    page = (
        "North pier to close for a year of repairs\n4 June 2024\n"
        "Divers found cracks in two piles and the board has no choice\nBy Ewan Roy\n\n" + THREE_PARAGRAPHS
    )
    article = parse_page_dump(page)
    assert (article.title, article.authors) == ("North pier to close for a year of repairs", ["Ewan Roy"])


def test_dashes_under_a_lead_in_are_bullets_not_dialogue():
    page = (
        "North pier to close for a year of repairs\n\nBy Ewan Roy\n4 June 2024\n\n" + THREE_PARAGRAPHS
        + "\nThe board proposes three measures:\n\n– Close the pier to all traffic.\n– Move the ferries to the south pier.\n"
        "– Survey every pile.\n\nThe board will meet again in July.\n"
    )
    assert _texts(parse_page_dump(page))[3:] == [
        "The board proposes three measures:", "Close the pier to all traffic.", "Move the ferries to the south pier.",
        "Survey every pile.", "The board will meet again in July.",
    ]


def test_a_bylined_live_blog_of_short_dated_posts_is_an_article():
    posts = [
        ("4 June 2024, 09:10", "The harbour board has voted to close the north pier to all traffic from next month."),
        ("4 June 2024, 09:40", "Engineers found cracks in two of the concrete piles during a routine inspection in May."),
        ("4 June 2024, 10:05", "Repairs are expected to take at least a year and cost about four million pounds."),
    ]
    page = "North pier closure: live updates\n\nBy Ewan Roy\n\n" + "".join(f"{when}\n\n{text}\n\n" for when, text in posts)
    article = parse_page_dump(page)
    assert article.authors == ["Ewan Roy"]
    assert [text for _, text in posts][1:] == _texts(article, "body")[-2:]
