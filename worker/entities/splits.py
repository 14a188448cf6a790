"""Split spaCy's entity spans where one span holds several names: at line breaks, at a list's commas, a run of
full names, an owner's possessive, a hyphenated pairing of two people."""

from __future__ import annotations

import re
from typing import Final

from schemas.article import EntityLabel
from worker.entities.gazetteer import INSTITUTION_HEADS, LEGAL_FORMS_ABROAD, LEGAL_SUFFIXES
from worker.entities.mentions import RawEntity
from worker.entities.merge import Mention
from worker.entities.names import NO_WORD_AFTER, keeps_possessive, name_key, titled_names

_NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})


def split_at_lines(ents: list[RawEntity]) -> list[RawEntity]:
    """Cut spans the model ran across a line break into their lines' parts ("Elliot Ackerman\nSaladin" of a list of
    signatories → "Elliot Ackerman" and "Saladin"): a name never crosses a line."""
    if not any("\n" in text for text, _, _ in ents):
        return ents
    result: list[RawEntity] = []
    for text, label, start in ents:
        if "\n" not in text:
            result.append((text, label, start))
            continue
        at = start
        for part in text.split("\n"):
            if part.strip():
                result.append((part.strip(), label, at + len(part) - len(part.lstrip())))
            at += len(part) + 1
    return result


_LIST_JOINS = re.compile(r"&|\+|\b(?:and|or|und|oder|et|y|e|og|och|en)\b")
_LIST_PART = re.compile(r"[A-ZÀ-ÖØ-Þ0-9][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ0-9][\w'’.-]*){0,2}")
"""One item of a list the model ran into one name: one to three capitalised words."""


def split_comma_lists(ents: list[RawEntity]) -> list[RawEntity]:
    """Cut an organisation or person span that is a comma-separated list of names into its items ("Nest, Philips",
    "Belkin, Wink, Insteon" of "works with Nest, Philips and SmartThings"): the model runs enumerated brands into one
    span. Not a span with a joining word or sign ("Paul, Weiss, Rifkind, Wharton & Garrison", a law firm's one name),
    nor one whose item is a legal form or a name's suffix ("Apple, Inc.", "Martin Luther King, Jr.")."""
    if not any(", " in text for text, _, _ in ents):
        return ents
    result: list[RawEntity] = []
    for text, label, start in ents:
        parts = text.split(", ")
        if (
            label not in ("ORG", "PERSON")
            or len(parts) < 2
            or _LIST_JOINS.search(text)
            or not all(_LIST_PART.fullmatch(part) for part in parts)
            or any(_suffix_item(part) for part in parts[1:])
        ):
            result.append((text, label, start))
            continue
        at = start
        for part in parts:
            result.append((part, label, at))
            at += len(part) + 2
    return result


def _suffix_item(part: str) -> bool:
    key = name_key(part)
    return key in LEGAL_SUFFIXES or key in LEGAL_FORMS_ABROAD or key in _NAME_SUFFIXES or key in ("md", "phd", "esq")


_PAIRED_COUNTRY = re.compile(r"[-–]((?:[A-Z]\.){2,3}|[A-Z][\w.]*(?: [A-Z][\w]*){0,2})(?![\w-])")
"""The name after a hyphen or en dash that joins it to the one before ("-China", "–Pakistan", "-U.S.")."""


def split_country_pairs(ents: list[RawEntity], text: str, countries: frozenset[str]) -> list[RawEntity]:
    """Two countries joined by a hyphen or an en dash ("U.S.-China trade", "India-Pakistan border", "Russia–Ukraine
    talks") as the two places they are: the model tags the pair as one organisation or place, or tags the first and
    drops the second. Not a country whose own name is hyphenated ("Guinea-Bissau": "Bissau" is no country)."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        first, dash, rest = name.partition("-") if "-" in name else name.partition("–")
        if dash and name_key(first) in countries and name_key(rest) in countries and name_key(name) not in countries:
            result += [(first, "GPE", start), (rest, "GPE", start + len(first) + 1)]
            continue
        result.append((name, label, start))
        after = _PAIRED_COUNTRY.match(text, start + len(name)) if label in ("GPE", "LOC", "NORP") else None
        if (
            after is not None
            and name_key(name) in countries
            and name_key(after.group(1)) in countries
            and not any(other_start == after.start(1) for _, _, other_start in ents)
        ):
            result.append((after.group(1), "GPE", after.start(1)))
    return result


def split_name_runs(ents: list[RawEntity], given: frozenset[str]) -> list[RawEntity]:
    """Split a PERSON span that is a run of full names with their separators lost ("Elliot Ackerman Saladin Ambar",
    a list of signatories or credits whose line breaks are gone): four words or more, an even number, every other
    word from the first a given name (``given``) and none of the others, no initial or generational suffix among them
    ("Robert F. Kennedy Jr." is one man)."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        words = name.split(" ")
        keys = [w.casefold() for w in words]
        if (
            label == "PERSON"
            and len(words) >= 4
            and len(words) % 2 == 0
            and all((k in given) == (i % 2 == 0) for i, k in enumerate(keys))
            and not any(len(k.rstrip(".")) <= 1 or k.rstrip(".") in _NAME_SUFFIXES for k in keys)
        ):
            at = start
            for i in range(0, len(words), 2):
                pair = f"{words[i]} {words[i + 1]}"
                result.append((pair, label, at))
                at += len(pair) + 1
            continue
        result.append((name, label, start))
    return result


_OWNED = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w&.-]*){0,3})(?:['’]s|(?<=s)['’]) "
    r"(?P<owned>[A-Z][\w&.-]*(?: [\w&.-]+)+)"
)
"""An organisation's unit named with its owner's possessive: "NASA's Jet Propulsion Laboratory", "the University of
Rochester's Laboratory for Laser Energetics", "the Canucks' American Hockey League affiliate"."""


def split_owners(found: list[Mention], body: str) -> list[Mention]:
    """Split "X's Y" into the owner X (ORG) and its unit Y (the mention's label) when X is an acronym ("NASA's Jet
    Propulsion Laboratory", "ESA's Mission Control"), an institution by its head word ("the University of
    Rochester's Laboratory for Laser Energetics") or a name ``body`` also writes without the possessive ("Google"
    beside "Google's Threat Analysis Group", "the National Assembly" beside "National Assembly's Finance
    Committee"), and Y is two words or more. The unit is the entity under its own name; "People's Bank", "St John's
    Wood", "King's College London" keep their possessive (``_owner_of_its_own``)."""
    result: list[Mention] = []
    for mention in found:
        owned = _OWNED.fullmatch(mention.text) if mention.label != "PERSON" else None
        if owned is None or not _owner_of_its_own(owned.group("owner"), body):
            result.append(mention)
            continue
        owner = owned.group("owner")
        at = mention.offset
        label: EntityLabel = "PERSON" if " " in owner and titled_names([owner], body) else "ORG"
        result.append(Mention(owner, label, at, mention.in_headline, mention.source))
        unit_at = at + owned.start("owned") if at is not None else None
        result.append(Mention(owned.group("owned"), mention.label, unit_at, mention.in_headline, mention.source))
    return result


_PAIRING = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’]+)-([A-ZÀ-ÖØ-Þ][\w'’]+)")


def split_pairings(found: list[Mention]) -> list[Mention]:
    """Split a hyphenated "person" whose two halves are the surnames of two people of the text into those surnames
    ("the Alito-Prelogar exchanges" beside "Samuel Alito" and "Elizabeth Prelogar"; "the Biden-Xi summit"): a
    pairing of two people, not a double-barrelled name. Each half is a mention of its own, at its own offset."""
    surnames = {name_key(m.text).rsplit(" ", 1)[-1] for m in found if m.label == "PERSON" and " " in m.text}
    result: list[Mention] = []
    for mention in found:
        pair = _PAIRING.fullmatch(mention.text) if mention.label == "PERSON" else None
        if pair is None or not {name_key(pair.group(1)), name_key(pair.group(2))} <= surnames:
            result.append(mention)
            continue
        for half in (1, 2):
            at = mention.offset + pair.start(half) if mention.offset is not None else None
            result.append(Mention(pair.group(half), "PERSON", at, mention.in_headline, mention.source))
    return result


_OWNED_UNITS = 2


def _owner_of_its_own(owner: str, body: str) -> bool:
    """An owner that names an organisation or a person of its own: an acronym, a name ``body`` writes without the
    possessive, a person's name it gives a title ("Prime Minister Abiy Ahmed's"), or one it writes as the owner of
    ``_OWNED_UNITS`` differently named things ("Nasa's Jet Propulsion Laboratory" and
    "Nasa's Spirit rover"); not a word whose possessive belongs to the name (``names.keeps_possessive``: "King's
    College")."""
    if keeps_possessive(owner):
        return False
    if owner.isupper() and len(owner) >= 2:
        return True
    if " " in owner and set(name_key(owner).split(" ")) & INSTITUTION_HEADS:
        return True  # "the University of Rochester's Laboratory for Laser Energetics": an institution owns it
    if re.search(rf"(?<![\w-]){re.escape(owner)}{NO_WORD_AFTER}", body) is not None:
        return True
    if " " in owner and titled_names([owner], body):
        return True  # "Prime Minister Abiy Ahmed's Prosperity Party": a person's, named with a title
    units = re.findall(rf"(?<![\w-]){re.escape(owner)}['’]s ([A-Z][\w&.-]*)", body)
    return len(set(units)) >= _OWNED_UNITS  # "Nasa's Jet Propulsion Laboratory", "Nasa's Spirit rover": an owner


__all__ = ["split_at_lines", "split_comma_lists", "split_name_runs", "split_owners", "split_pairings"]
