"""Map spaCy's OntoNotes entity labels to the public labels wireroom keeps (people, organisations, places)."""

from __future__ import annotations

from typing import Final

from schemas.article import EntityLabel

KEPT_LABELS: Final[dict[str, EntityLabel]] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
}
"""spaCy label → public label. Everything else is dropped: dates, times, numbers, money, percent, quantities,
ordinals and cardinals are not names; NORP (nationalities, groups), FAC, EVENT, PRODUCT, WORK_OF_ART and LAW
are not people, organisations or places, and the small model tags them least reliably."""

PLACE_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC"})

LABEL_PRIORITY: Final[tuple[EntityLabel, ...]] = ("PERSON", "ORG", "GPE", "LOC")
"""Tie-break order when a label vote is even."""


def public_label(spacy_label: str) -> EntityLabel | None:
    """Return the public label of a spaCy label, or ``None`` if wireroom drops that kind of entity."""
    return KEPT_LABELS.get(spacy_label)


__all__ = ["KEPT_LABELS", "LABEL_PRIORITY", "PLACE_LABELS", "public_label"]
