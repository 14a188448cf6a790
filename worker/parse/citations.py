"""News outlets the article cites as the source of a claim ("..., Bloomberg reported.", "according to Reuters").

Accepted patterns (English and German), where OUTLET is an outlet or wire of the list in ``agencies.py`` or a
capitalised name ending in an outlet word (News, Times, Post, Journal, Zeitung, ...):

- "OUTLET reported" / "OUTLET first reported" / "OUTLET reports that" (also "..., OUTLET reported.")
- "according to OUTLET" / "according to a report by/in OUTLET"
- "citing a report by/in OUTLET", "a report by/in OUTLET"
- "wie OUTLET berichtet(e)", "berichtet(e) OUTLET", "laut OUTLET", "OUTLET zufolge"

Not accepted: "told OUTLET" and "said in an interview with OUTLET" (the speaker is the source, the outlet only
the venue), and "OUTLET said" (too often an organisation that is not an outlet).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from worker.lexicon.agencies import is_listed_outlet
from worker.lexicon.phrase_pattern import phrase_pattern

_OUTLET_WORDS = (
    r"News|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Mail|Express|Daily|Agency|"
    r"Press|Wire|Radio|TV|Television|Network|Magazine|Review|Observer|Independent|Insider|Standard|Zeitung|"
    r"Today|Courier|Post-Dispatch|Inquirer|Examiner|Register|Sun|Star|Reporter|Monitor|Bulletin|Shimbun|Ilbo|"
    r"Allgemeine|Rundschau|Anzeiger|Kurier|Tagblatt|Spiegel|Nachrichten|News Service|Newsroom|Newswire|Weekly|Ledger|"
    r"Dispatch|Sentinel|Globe|Mercury|Enquirer|Advocate|Courant|Statesman|Beacon|Bote|Tidning|Tidende|Clarion|Argus|"
    r"Echo|Mirror|Advertiser|Messenger|Gleaner|Recorder|Intelligencer"
)
# Possessive name tokens that must start a word: otherwise a long run of letters is re-tried from every position
# (quadratic: 9 kB took ~15 s; found by benchmarks/fuzz_parser.py). Matches are unchanged on the corpus.
_NAME = r"(?:[A-Z][\w&'’.-]*+|[A-Z]{2,}+|\d++[A-Za-z]++)"
_OUTLET = (
    r"(?P<source>(?<![\w&'’.-])(?:[Tt]he\s+|[Dd]er\s+|[Dd]ie\s+|[Dd]as\s+)?"
    rf"{_NAME}(?:\s+(?:of\s+|de\s+|della\s+)?{_NAME}){{0,5}})"
)
_PATTERNS = (
    re.compile(rf"{_OUTLET}\s+(?:has\s+|had\s+)?(?:first\s+|previously\s+|also\s+|earlier\s+)?reported\b"),
    re.compile(rf"{_OUTLET}\s+reports\s+that\b"),
    re.compile(
        rf"\b(?i:according\s+to)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:(?:report|article|story)\s+(?:by|in|from)\s+)?{_OUTLET}"
    ),
    re.compile(
        rf"\b(?i:citing|cited)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:report|article|story)\s+(?:by|in|from)\s+{_OUTLET}"
    ),
    re.compile(rf"\b(?i:wie)\s+{_OUTLET}\s+(?:\w+\s+)?(?:berichtet|berichtete|meldet|meldete)\b"),
    re.compile(rf"\b(?:berichtet|berichtete|meldet|meldete)\s+{_OUTLET}"),
    re.compile(rf"\b(?i:laut)\s+(?:einem\s+Bericht\s+(?:der|des|von)\s+)?{_OUTLET}"),
    re.compile(rf"{_OUTLET}\s+zufolge\b"),
)
_TRIGGER = phrase_pattern(r"report|according|citing|cited|berichte|meldet|laut\b|zufolge", re.IGNORECASE)
_OUTLET_SUFFIX = re.compile(rf"\s(?:{_OUTLET_WORDS})$")  # "The Korea Herald"; not "Instagram-Post"
_OUTLET_HEAD = re.compile(
    r"^(?:(?:Le|La|L['’]|El|Il|Lo|O|A|De|Het)\s*)?(?:Courrier|Diario|Diário|Periódico|Corriere|Gazzetta|Giornale|"
    r"Jornal|Correio|Gazeta|Quotidien|Heraldo|Dagblad|Journal(?!\s+of\b))\s+\S|"
    r"^(?:Le|La|L['’]|El|Il|O)\s*(?:Télégramme|Nouvelliste|Messager|Républicain|Progrès|Telegrama|Telegrafo)$|"
    r"\w(?:krant|courant|dagblad)$|^(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜÅ][\w'’.]*\s+){0,3}[A-ZÄÖÜÅ][\w-]*"
    r"(?i:zeitung|tagblatt|rundschau|posten|bladet|avisen|tidningen|boten?|blatt|anzeiger|kurier)$"
)
"""A paper named as Romance and Dutch names are, the outlet word first ("El Diario del Valle", "Il Corriere del Lago",
"Le Journal de Québec"; not "Journal of ..."), or with a last word compounded with it, Dutch, German or Nordic ("De
Dorpskrant", "Hafenzeitung", "Norrlandsposten", "Ammertaler Kreisbote", "Donau-Anzeiger", "Breisgauer
Volksblatt")."""
_OFFICIAL = re.compile(r"\b(?:oficial|ufficiale|officiel|official)\b|\bamtsblatt", re.IGNORECASE)  # a state's gazette
_LEADING_ARTICLE = re.compile(r"^(?:the|der|die|das)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»]?\s+(?=[\"“‘„«(]?[A-ZÄÖÜ0-9])")


@dataclass(frozen=True)
class CitationFinding:
    """An outlet cited as the source of a claim, and the sentence citing it."""

    source: str
    statement: str


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a known news outlet or reads like one ("The Korea Herald", "Nikkei Asian Review", "El Diario
    del Valle"); no official gazette ("Diario Oficial de la Federación")."""
    if is_listed_outlet(name):
        return True
    return bool(_OUTLET_SUFFIX.search(name) or _OUTLET_HEAD.search(name)) and not _OFFICIAL.search(name)


def _source_name(raw: str) -> str:
    # "the Wall Street Journal" in running text: the outlet's own name keeps no lower-case article
    raw = raw.rstrip(".’'-")
    return raw.split(" ", 1)[1] if raw.startswith(("the ", "der ", "die ", "das ")) else raw


def _trim_to_outlet(candidate: str) -> str | None:
    """The longest tail of a capitalised run that is an outlet ("Earlier Bloomberg" gives "Bloomberg")."""
    words = candidate.split()
    tails = [" ".join(words[start:]) for start in range(len(words))]
    for tail in tails:
        if is_listed_outlet(tail):
            return tail
    for tail in tails:
        if _LEADING_ARTICLE.match(tail) and is_outlet(tail):
            return tail
    return candidate if is_outlet(candidate) else None


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (a light rule: terminal punctuation, then a capital)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def extract_citations(paragraphs: Iterable[str]) -> list[CitationFinding]:
    """Outlets cited as sources of claims in ``paragraphs``, in text order, one per (source, sentence)."""
    found: list[CitationFinding] = []
    seen: set[tuple[str, str]] = set()
    for paragraph in paragraphs:
        if not _TRIGGER.search(paragraph):
            continue
        for sentence in sentences(paragraph):
            if not _TRIGGER.search(sentence):
                continue
            for pattern in _PATTERNS:
                for match in pattern.finditer(sentence):
                    outlet = _trim_to_outlet(_source_name(match.group("source")))
                    if outlet is None:
                        continue
                    key = (outlet.casefold(), sentence)
                    if key not in seen:
                        seen.add(key)
                        found.append(CitationFinding(outlet, sentence))
    return found


__all__ = ["CitationFinding", "extract_citations", "is_outlet", "sentences"]
