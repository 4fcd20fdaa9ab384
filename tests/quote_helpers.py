"""Helpers for the quote tests."""


def one_quote(quotes, starts_with):
    """The one quote whose text starts with ``starts_with``; fails if there are none or several."""
    matches = [q for q in quotes if q.text.startswith(starts_with)]
    assert len(matches) == 1, f"expected one quote starting {starts_with!r}, got {matches}"
    return matches[0]
