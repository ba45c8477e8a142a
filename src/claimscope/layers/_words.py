"""English word forms more than one layer needs, kept in one place."""

from __future__ import annotations

__all__ = ["singular"]


def singular(word: str) -> str:
    """A plural head noun by the regular English endings; other words unchanged."""
    if len(word) < 4 or word.endswith(("ss", "us", "is", "ics", "news")):
        return word
    for end, repl in (
        ("ies", "y"),
        ("uses", "us"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if word.endswith(end):
            return word[: -len(end)] + repl
    return word[:-1] if word.endswith("s") else word
