"""Actors, mentions and canonical names on texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import schema
from workbench.nlp import load_model
from workbench.nlp.actors import actor_renames, corpus_actors, find_actors, unify_actors
from workbench.nlp.countries import capital_country, country_name


@pytest.fixture(scope="module")
def actors_of():
    nlp = load_model()
    return lambda text: find_actors(nlp(text))


def _table(index):
    return {actor.actor: actor for actor in index.actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [("U.S.", "United States"), ("US", "United States"), ("the United States", "United States"),
     ("America", "United States"), ("French", "France"), ("Iraqis", "Iraq"), ("Britain", "United Kingdom"),
     ("Russia", "Russia"), ("Russian Federation", "Russia"), ("Syria", "Syria"), ("Germany", "Germany")],
)
def test_country_names_abbreviations_and_demonyms(text, country):
    assert country_name(text) == country


@pytest.mark.parametrize("text", ["NATO", "EU", "AI", "Republicans", "New York", "Jaap de Hoop Scheffer"])
def test_non_countries_stay_themselves(text):
    assert country_name(text) is None


def test_capitals():
    assert capital_country("Washington") == "United States"
    assert capital_country("Paris") == "France"
    assert capital_country("Springfield") is None


def test_country_forms_and_a_capital_acting_as_government_merge(actors_of):
    text = (
        "U.S. officials met their French counterparts in Paris. The US wants a deal.\n\n"
        "Washington argued that the plan was fair, but France disagreed."
    )
    table = _table(actors_of(text))
    assert {"U.S.", "US", "Washington"} <= set(table["United States"].aliases)
    assert table["United States"].type == "GPE"
    assert {"French", "France"} <= set(table["France"].aliases)
    # Paris is where they met, not who acted: it stays a place.
    assert "Paris" in table and "Paris" not in table["France"].aliases


def test_short_forms_titles_and_appositions(actors_of):
    text = (
        "NATO Secretary General Jaap de Hoop Scheffer met Nicholas Burns, the U.S. ambassador to NATO, "
        "in Brussels.\n\nDe Hoop Scheffer said the talks went well. Burns agreed."
    )
    index = actors_of(text)
    table = _table(index)
    assert table["Jaap de Hoop Scheffer"].role == "NATO Secretary General"
    assert table["Nicholas Burns"].role == "U.S. ambassador to NATO"
    assert "Burns" in table["Nicholas Burns"].aliases
    assert "Burns" not in table and "De Hoop Scheffer" not in table
    assert table["Nicholas Burns"].mentions == sum(m.actor == "Nicholas Burns" for m in index.mentions)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police said the man who took the child, Michael Webb, was sentenced on Friday.", "Michael Webb"),
        ("Q: Favorite athlete?\n\nA: Lebron James, because he never gives up.", "Lebron James"),
    ],
)
def test_no_role_from_a_bare_person_noun_or_a_letter(actors_of, text, name):
    table = _table(actors_of(text))
    assert table[name].role is None


def test_acronym_merges_with_its_expansion(actors_of):
    text = "The North Atlantic Treaty Organization met on Monday. NATO said its members agreed."
    table = _table(actors_of(text))
    assert "North Atlantic Treaty Organization" in table["NATO"].aliases
    assert "North Atlantic Treaty Organization" not in table


def test_mentions_have_offsets_and_sentence_numbers(actors_of):
    text = "Angela Merkel spoke first.\n\nLater, Merkel met Emmanuel Macron. Macron smiled."
    index = actors_of(text)
    assert [m.sentence for m in index.mentions] == [0, 1, 1, 2]
    for mention in index.mentions:
        assert text[mention.start : mention.end] == mention.text
    assert [m.actor for m in index.mentions] == ["Angela Merkel", "Angela Merkel", "Emmanuel Macron", "Emmanuel Macron"]


def test_actor_renames_across_articles(actors_of):
    first = actors_of("U.S. ambassador Nicholas Burns spoke. Burns said the alliance was united.")
    second = actors_of("Burns told reporters in Brussels that the mission would grow.")
    third = actors_of("The North Atlantic Treaty Organization met in Brussels. NATO agreed.")
    fourth = actors_of("The North Atlantic Treaty Organization will meet again in September.")
    renames = actor_renames([first.actors, second.actors, third.actors, fourth.actors])
    assert renames["Burns"] == "Nicholas Burns"
    assert renames["North Atlantic Treaty Organization"] == "NATO"
    assert "Nicholas Burns" not in renames


def test_actor_renames_leave_ambiguous_short_forms(actors_of):
    hillary = actors_of("Hillary Clinton spoke in Ohio. Clinton said she would win.")
    bill = actors_of("Bill Clinton spoke in Iowa. Clinton said he was proud.")
    assert "Clinton" not in actor_renames([hillary.actors, bill.actors])


def test_unify_actors_renames_the_corpus_tables(actors_of):
    texts = {
        "a1": "U.S. ambassador Nicholas Burns spoke in Brussels. Burns said the alliance was united.",
        "a2": "Burns told reporters that the mission would grow. Burns later met NATO envoys.",
    }
    rows = {"actors": [], "mentions": [], "quotes": [], "timeline": []}
    for article_id, text in texts.items():
        index = actors_of(text)
        rows["actors"] += [{"article_id": article_id, **a._asdict()} for a in index.actors]
        rows["mentions"] += [{"article_id": article_id, **m._asdict()} for m in index.mentions]
        rows["quotes"].append({"article_id": article_id, "quote_id": f"{article_id}:q0", "speaker": "Burns" if article_id == "a2" else "Nicholas Burns"})
        rows["timeline"].append({"article_id": article_id, "actors": ["Burns", "NATO"], "kind": "mentioned"})
    tables = {name: schema.conform(pd.DataFrame(r), name) for name, r in rows.items()}
    tables["articles"] = schema.TABLES["articles"].empty()
    unified = unify_actors(tables)
    assert set(unified["actors"]["actor"]) >= {"Nicholas Burns"} and "Burns" not in set(unified["actors"]["actor"])
    assert "Burns" not in set(unified["mentions"]["actor"])
    assert list(unified["quotes"]["speaker"]) == ["Nicholas Burns", "Nicholas Burns"]
    assert list(unified["timeline"]["actors"].iloc[1]) == ["Nicholas Burns", "NATO"]
    a2 = unified["actors"][unified["actors"]["article_id"] == "a2"].set_index("actor")
    assert a2.loc["Nicholas Burns", "mentions"] == 2
    for name, frame in unified.items():
        assert list(frame.columns) == schema.TABLES[name].names


def test_an_actor_gets_one_type_across_the_corpus():
    """The type most mentions carry wins over an article where the model read the name otherwise."""
    actors = schema.conform(pd.DataFrame({
        "article_id": ["a1", "a2", "a3"],
        "actor": ["Donald Trump", "Donald Trump", "Jordan"],
        "type": ["PERSON", "ORG", "GPE"],
        "role": [None, None, None],
        "aliases": [["Donald Trump", "Trump"], ["Donald Trump"], ["Jordan"]],
        "mentions": [3, 1, 2],
    }), "actors")
    corpus = corpus_actors(actors)
    assert corpus.types == {"Donald Trump": "PERSON", "Jordan": "GPE"}
    unified = unify_actors({"actors": actors})["actors"]
    assert unified.type.tolist() == ["PERSON", "PERSON", "GPE"]


@pytest.mark.parametrize("text, person", [
    ("Defense Secretary Jane Roe visited the base.", "Jane Roe"),
    ("Secretary of State Ann Lee flew to Cairo.", "Ann Lee"),
    ("Trade and Interior Minister Omar Aziz resigned.", "Omar Aziz"),
])
def test_a_department_in_a_title_is_no_actor(actors_of, text, person):
    names = set(_table(actors_of(text)))
    assert person in names
    assert not names & {"Defense", "State", "Trade", "Interior"}
    assert "NATO" in _table(actors_of("NATO Secretary General Jaap de Hoop Scheffer spoke."))  # an organisation stays
