"""News research workbench: load news articles into tidy, linked pandas DataFrames.

>>> import workbench as wb
>>> corpus = wb.load("articles/")          # paths, URLs, globs, folders, collections
>>> corpus.articles, corpus.quotes, corpus.timeline
"""

__version__ = "0.1.0"

from pathlib import Path

from .corpus import Corpus, load  # noqa: E402
from .store import read_parquet  # noqa: E402


def samples_dir() -> Path:
    """The bundled sample corpus: the founding 2004 page plus a few articles written for the project."""
    return Path(__file__).parent / "samples"


__all__ = ["Corpus", "load", "read_parquet", "samples_dir", "__version__"]
