"""News research workbench: load news articles into tidy, linked pandas DataFrames.

>>> import workbench as wb
>>> corpus = wb.load("articles/")          # paths, URLs, globs, folders, collections
>>> corpus.articles, corpus.quotes, corpus.timeline
>>> wb.keyword_in_context(corpus.articles, "withdr*")   # every hit with the words around it
"""

__version__ = "0.1.0"

from pathlib import Path

from .corpus import Corpus, concat, load, load_to_parquet, rebuild  # noqa: E402
from .concordance import in_context, keyword_in_context  # noqa: E402
from .store import read_chunks, read_parquet, sql  # noqa: E402


def samples_dir() -> Path:
    """The bundled sample corpus: the founding 2004 page plus a few articles written for the project."""
    return Path(__file__).parent / "samples"


def __getattr__(name: str):
    # setup_notebook pulls in Altair and vl-convert, near_duplicates datasketch and SciPy;
    # load them only when asked (PEP 562).
    if name == "setup_notebook":
        from .notebook import setup_notebook

        return setup_notebook
    if name == "near_duplicates":
        from .duplicates import near_duplicates

        return near_duplicates
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")


__all__ = [
    "Corpus",
    "concat",
    "in_context",
    "keyword_in_context",
    "load",
    "load_to_parquet",
    "near_duplicates",
    "read_chunks",
    "read_parquet",
    "rebuild",
    "samples_dir",
    "setup_notebook",
    "sql",
    "__version__",
]
