"""The labels a page puts before its further reading ("SEE ALSO", "Related", "Lesen Sie auch", ...)."""

from __future__ import annotations

import re

LABELS = (
    r"see also|read more|read also|also read|also see|related|related articles?|related stories|related story|"
    r"related content|related coverage|related reading|related news|related posts?|related links|"
    r"more on this(?: story| topic| subject)?|more about this(?: story| topic)?|read next|recommended|"
    r"recommended reading|recommended stories|recommended articles|further reading|you may also like|"
    r"you might also like|you may also be interested in|you might be interested in|"
    r"lesen sie auch|lesen sie mehr|siehe auch|weiterführende (?:links|artikel|beiträge|informationen|themen)|"
    r"lesen sie hier|mehr lesen|mehr dazu|mehr zum thema|zum thema|auch interessant|"
    r"(?:das|dies|diese(?:r|s)?(?: artikel| beiträge| themen)?) könnten? (?:sie|dich|euch) (?:auch |ebenfalls )?"
    r"interessieren|weitere artikel|(?:these|other) (?:articles|stories) (?:might|may) (?:also )?interest you|"
    r"(?:ces articles )?(?:pourrai(?:en)?t|peuvent) (?:aussi |également )?vous intéresser|"
    r"ähnliche (?:themen|artikel|beiträge|nachrichten)|verwandte (?:themen|artikel|beiträge)|weitere beiträge|"
    r"artículos relacionados|articles similaires|articles liés|lire également|à lire également|articoli correlati|"
    r"potrebbe interessarti|artigos relacionados|gerelateerde artikelen|"
    r"weiterlesen|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|leggi anche|lee también|"
    r"leer más|seguir leyendo|te puede interesar|ver también|noticias relacionadas|leia também|veja também|"
    r"lees ook|gerelateerd"
)
"""A regular-expression alternation of further-reading labels (match case-insensitively)."""

LABEL_ONLY = re.compile(
    rf"^\W{{0,3}}(?:{LABELS})(?:\s+(?:on|at|from|auf|bei|von|sur|en|su)\s+[\w.’'& -]{{2,30}}?)?\s*[:：|»>…]?\W{{0,3}}$",
    re.IGNORECASE,
)
"""A line that is only such a label ("Related:", "— Lesen Sie auch —", "Weiterlesen auf Example.de:")."""

MAX_LABEL_CHARS = 60
"""Longer lines are never only a label."""

__all__ = ["LABELS", "LABEL_ONLY", "MAX_LABEL_CHARS"]
