"""Origins the page's markup states: JSON-LD ``isBasedOn``/``sourceOrganization``/``provider``, an organisation
author other than the publisher, syndication ``<meta>``/``<link>`` tags, and a cross-domain canonical URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bs4 import Tag

from worker.lexicon.agencies import agency_name, national_agency, outlet_name, outlet_of_domain
from worker.lexicon.domain_names import domain_name
from worker.lexicon.domains import absolute_url, host_of, registrable_domain, same_site
from worker.lexicon.text import compact_key, folded
from worker.parse import schema_org
from worker.parse.citations import is_outlet

if TYPE_CHECKING:
    from worker.parse.document import Document

_SYNDICATION_META = ("syndication-source", "original-source", "dcterms.source", "dc.source", "citation_source")
_SYNDICATION_LINKS = ("original-source", "syndication-source")
_WIRE_META = ("source", "article:source", "og:article:source", "news_source")  # only a wire's name counts here
_SOURCE_KEYS = ("sourceOrganization", "provider")
_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+")
_SITE_NAME_META = ("og:site_name", "application-name", "publisher", "twitter:site")
_ARCHIVE_HOSTS = ("web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is")
_PLATFORM_HOSTS = (
    "ampproject.org", "googleusercontent.com", "feedburner.com", "feedproxy.google.com", "news.google.com",
    "t.co", "bit.ly", "ow.ly", "archive.org", "archive.ph", "archive.today", "archive.is", "localhost",
)  # fmt: skip


@dataclass(frozen=True)
class OriginFinding:
    """The original publisher of a republished article, the text saying so, and the block it was in (if any)."""

    publisher: str
    statement: str
    url: str | None = None
    block: int | None = None


_ARTICLE_PATH = re.compile(
    r"/(?:19|20)\d\d(?:/[01]?\d/|[01]\d[0-3]\d)|/[^/]*[a-zà-ÿ]{2,}[-_][a-zà-ÿ]{2,}[-_][a-zà-ÿ0-9]{2,}[^/]*"
    r"(?:/[a-z0-9]{4,12})?/?$",
    re.IGNORECASE,
)
"""A path that reads as a story's: a date ("/2024/05/", "/20240503") or a slug of three words or more, maybe before
the story's id ("/kapellet-i-lassana-far-leva-vidare/r4k2ml8j")."""
_NOT_A_STORY = re.compile(
    r"press|presse|newsroom|medien-?mitteilung|communiqu|release|\.pdf\b|doi\.org|wikipedia|studie|study|"
    r"et\s+al\b|forum|thread|youtube|twitter|facebook|instagram",
    re.IGNORECASE,
)
"""What a press release, a study, a document, a forum thread or a social post says of itself in its line or URL."""


def is_story_url(url: str, context: str = "") -> bool:
    """Whether ``url`` reads as a news story's address (a dated path or a slug of three words), neither it nor its
    ``context`` (the line linking it) saying it is a press release, a study, a document, a forum thread or a social
    post."""
    return bool(_ARTICLE_PATH.search(urlsplit(url).path)) and not _NOT_A_STORY.search(f"{context} {url}")


def _key(value: str | None) -> str:
    return compact_key(value).removeprefix("the")


def _is_ours(name: str, ours: set[str]) -> bool:
    """Whether ``name`` is the site's own (``ours``: keys of its names), also with a newsroom word added or left out
    ("Maple Daily Post News" on The Maple Daily Post, "CBC" on CBC News); names of four characters or fewer match
    only whole."""
    key = _key(name)
    return any(
        key == own or (min(len(key), len(own)) > 4 and (key.startswith(own) or own.startswith(key))) for own in ours
    )


def same_brand(first: str | None, second: str | None) -> bool:
    """Whether two URLs are one publisher: the same registrable domain, or the same name under another
    country domain ("businessinsider.de", "businessinsider.com") or spelling (an umlaut's punycode)."""
    left, right = registrable_domain(first), registrable_domain(second)
    if left is None or right is None:
        return False
    return left == right or _brand_label(left) == _brand_label(right)


def _brand_label(domain: str) -> str:
    """A domain's first label as the name it spells: punycode decoded, umlauts spelled out
    ("xn--brgerzeitung-mllheim-pecn" → "buergerzeitung-muellheim", as "buergerzeitung-muellheim.de" writes it),
    without a leading "the" ("theguardian.com" and "guardian.co.uk" are one brand)."""
    label = domain.split(".", 1)[0]
    if label.startswith("xn--"):
        try:
            label = label.encode("ascii").decode("idna")
        except UnicodeError:
            return label
    return _LEADING_THE.sub("", folded(label))


_LEADING_THE = re.compile(r"^the-?(?=[a-z0-9]{3})")


def _publisher_names(doc: Document, site_name: str | None) -> set[str]:
    names = {_key(site_name)} if site_name else set()
    for article in schema_org.articles(doc.json_ld):
        publisher = schema_org.resolve(doc.json_ld, article.get("publisher"))
        names.add(_key(schema_org.text_of(publisher)))
    names.discard("")
    return names


def _newsy(name: str | None) -> bool:
    """Whether ``name`` reads as a news organisation: a wire agency, a listed outlet, or an outlet-like name."""
    return bool(name) and bool(outlet_name(name or "") or (is_outlet(name or "") and len((name or "").split()) <= 5))


def _based_on(doc: Document, value: Any, page_url: str | None) -> tuple[str, str | None] | None:
    """The publisher of an ``isBasedOn`` value that is a news story: a listed outlet's URL, or an article object
    with a publisher or URL. A study, dataset or document the story is based on is no origin."""
    value = schema_org.resolve(doc.json_ld, value)
    url = absolute_url(value, page_url) if isinstance(value, str) else None
    name = outlet_of_domain(host_of(url))
    if url is not None and name is None and is_story_url(url):  # another site's story: named as for a canonical
        name = name_of_site(doc, url)
        if not _newsy(name):
            name = None  # a statistics office's or a study's page ("statistik.at/.../bevoelkerung-zu-quartalsbeginn")
    if isinstance(value, dict):
        kinds = schema_org.types_of(value)
        if kinds and not any(kind.endswith(("newsarticle", "blogposting")) or kind == "article" for kind in kinds):
            return None
        url = absolute_url(schema_org.text_of(value.get("url")) or schema_org.text_of(value.get("@id")), page_url)
        name = schema_org.text_of(schema_org.resolve(doc.json_ld, value.get("publisher"))) or name_of_site(doc, url)
    if url is not None and same_brand(url, page_url):
        return None
    return (name, url) if name else None


def markup_origin(doc: Document, page_url: str | None, site_name: str | None) -> OriginFinding | None:
    """An origin the JSON-LD or the syndication tags give, or None. Never raises on odd markup."""
    ours = _publisher_names(doc, site_name)
    for article in schema_org.articles(doc.json_ld):
        for value in schema_org.iter_values(article.get("isBasedOn") or article.get("isBasedOnUrl")):
            found = _based_on(doc, value, page_url)
            if found:
                return OriginFinding(found[0], "JSON-LD isBasedOn", found[1])
        for key in _SOURCE_KEYS:
            source = schema_org.resolve(doc.json_ld, article.get(key))
            name = schema_org.text_of(source)
            news_type = isinstance(source, dict) and "newsmediaorganization" in schema_org.types_of(source)
            if name and (news_type or _newsy(name)) and not _is_ours(name, ours):
                return OriginFinding(outlet_name(name) or name, f"JSON-LD {key}: {name}")
        holder = schema_org.text_of(schema_org.resolve(doc.json_ld, article.get("copyrightHolder")))
        wire = agency_name(holder) if holder else None
        if wire and _key(holder) not in ours:  # a wire's copyright: its story
            return OriginFinding(wire, f"JSON-LD copyrightHolder: {holder}")
        for value in schema_org.iter_values(article.get("author")):
            author = schema_org.resolve(doc.json_ld, value)
            if not isinstance(author, dict) or not schema_org.types_of(author) & schema_org.ORGANIZATION_TYPES:
                continue
            name = schema_org.text_of(author)
            if name and _newsy(name) and not _is_ours(name, ours):
                return OriginFinding(outlet_name(name) or name, f"By {name}")
    return _wire_meta_origin(doc) or _syndication_origin(doc, page_url, ours)


_PROVIDER_NAME = re.compile(r"[A-Z0-9][\w&'’.+-]*(?: [\w&'’.+-]+){0,5}")
"""A provider's name as a header shows it: up to six words from a capital or a digit ("Fox Nation", "The Motley
Fool", "9to5Mac"), no sentence in it."""


def provider_origin(providers: list[Tag], doc: Document, site_name: str | None) -> OriginFinding | None:
    """The outlet an aggregator's story header names as its provider (``Landmarks.providers``: an element classed
    "provider" or "provider-name" between the headline and the story's text, "Fox Nation • October 3, 2016"), or its
    logo's ``alt``; None where the elements name nothing, several names, or the site itself."""
    names = set()
    for tag in providers:
        text = " ".join(tag.get_text(" ").split())
        if not text:
            image = tag.find("img", alt=True)
            text = " ".join(str(image.get("alt", "")).split()) if isinstance(image, Tag) else ""
        if text:
            names.add(text)
    return _one_outlet(names, doc, site_name, "provider")


def source_org_origin(source_orgs: list[Tag], doc: Document, site_name: str | None) -> OriginFinding | None:
    """The organisation hNews markup says first produced the story (``Landmarks.source_orgs``: "<span
    class="source-org vcard"><span class="org fn">The_Miami_Herald</span></span>", underscores read as spaces), when
    it is one name and not the site's own; None otherwise."""
    names = set()
    for tag in source_orgs:
        named = tag.find(class_=("org", "fn"))
        text = (named if isinstance(named, Tag) else tag).get_text(" ").replace("_", " ")
        if text := " ".join(text.split()):
            names.add(text)
    return _one_outlet(names, doc, site_name, "hNews source-org")


def _one_outlet(names: set[str], doc: Document, site_name: str | None, kind: str) -> OriginFinding | None:
    """The origin the markup's ``names`` give when they are one, name-shaped (``_PROVIDER_NAME``) and not the site's."""
    if len(names) != 1:
        return None
    name = next(iter(names))
    if len(name) > 60 or not _PROVIDER_NAME.fullmatch(name) or _is_ours(name, _publisher_names(doc, site_name)):
        return None
    return OriginFinding(outlet_name(name) or name, f"{kind}: {name}")


def _wire_meta_origin(doc: Document) -> OriginFinding | None:
    """A wire named by a source meta tag (``<meta name="source" content="dpa">``, ``article:source``)."""
    for key in _WIRE_META:
        for value in doc.meta.get(key, ()):
            wire = agency_name(value)
            if wire:
                return OriginFinding(wire, f'<meta name="{key}" content="{value}">')
    return None


_BARE_DOMAIN = re.compile(r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
"""A source tag's value that is a bare domain ("Space.com"), named so: the outlet's name as it writes it."""


def _syndication_origin(doc: Document, page_url: str | None, ours: set[str]) -> OriginFinding | None:
    """The outlet a syndication tag names: by the original's URL, else by its name or bare domain
    (``<meta name="dc.source" content="Space.com">``) when that is a news outlet's, not the site's own."""
    candidates = [value for name in _SYNDICATION_META for value in doc.meta.get(name, ())]
    candidates += [value for name in _SYNDICATION_LINKS for value in doc.links.get(name, ())]
    for candidate in candidates:
        url = absolute_url(candidate, page_url)
        if url is None or same_brand(url, page_url):
            continue
        name = name_of_site(doc, url)
        if name:
            return OriginFinding(name, f'<meta name="syndication-source" content="{url}">', url)
    for key in _SYNDICATION_META:
        for value in doc.meta.get(key, ()):
            named = _source_named(value.strip(), page_url, ours)
            if named is not None:
                return OriginFinding(named, f'<meta name="{key}" content="{value.strip()}">')
    return None


def _source_named(value: str, page_url: str | None, ours: set[str]) -> str | None:
    """The outlet a source tag names by its name or bare domain ("Space.com"; ``named_origin`` names a domain),
    not the site's own (``origin.extract_origin`` also passes over a name spelling the site's domain); None for an
    address, a reference ("Nature 2019 574:7776": digits or a colon) or a name that is no news outlet's."""
    if not value or "/" in value or ":" in value or any(char.isdigit() for char in value) or len(value.split()) > 5:
        return None
    if _BARE_DOMAIN.fullmatch(value):
        return None if same_brand(f"https://{value.lower()}", page_url) or _is_ours(value, ours) else value
    if _newsy(value) and not _is_ours(value, ours):
        return outlet_name(value) or value
    return None


def _name_in_markup(doc: Document, canonical_url: str) -> str | None:
    """The original's name as the page's markup gives it: a JSON-LD publisher whose ``url`` is on the canonical's
    site, or any organisation or site name spelling the canonical's domain ("Tech Wire Asia", techwireasia.com)."""
    label = _key((registrable_domain(canonical_url) or "").split(".", 1)[0])
    names: list[str | None] = []
    for obj in doc.json_ld:
        publisher = schema_org.resolve(doc.json_ld, obj.get("publisher"))
        if isinstance(publisher, dict):
            if same_site(schema_org.text_of(publisher.get("url")), canonical_url):
                return schema_org.text_of(publisher)
            names.append(schema_org.text_of(publisher))
        if schema_org.types_of(obj) & schema_org.ORGANIZATION_TYPES:
            names.append(schema_org.text_of(obj))
    names += [value for key in _SITE_NAME_META for value in doc.meta.get(key, ())]
    names += _TITLE_PARTS.split(doc.title or "")
    label = label.removeprefix("the")
    for name in names:
        if name and label and _key(name.strip()) == label:
            return " ".join(name.split())
    return None


_NAME_GAP = r"[ \t.&'’-]?"
_MIN_SPELLED = 3  # a three-letter label counts only written in capitals ("WLRN" is four; "KQED", "NZZ")
_LETTER_FORMS = {
    "a": "[aàáâãäå]", "e": "[eèéêë]", "i": "[iìíîï]", "o": "[oòóôõöø]", "u": "[uùúûü]", "c": "[cç]", "n": "[nñ]",
    "ae": "(?:ae|ä)", "oe": "(?:oe|ö)", "ue": "(?:ue|ü)", "ss": "(?:ss|ß)", "and": "(?:and|&|\\+)",
}  # fmt: skip
"""How a domain's ASCII letters may be written in the name: with accents, "ue" as "ü" (sueddeutsche.de), "and" as "&"
or "+" (travelandleisure.com)."""


def _spelling(label: str) -> str:
    parts: list[str] = []
    index = 0
    while index < len(label):
        triple, pair = label[index : index + 3], label[index : index + 2]
        if triple in _LETTER_FORMS:
            parts.append(_LETTER_FORMS[triple])
            index += 3
        elif pair in _LETTER_FORMS:
            parts.append(_LETTER_FORMS[pair])
            index += 2
        else:
            parts.append(_LETTER_FORMS.get(label[index], re.escape(label[index])))
            index += 1
    return _NAME_GAP.join(parts)


def spelled_name(doc: Document, url: str | None) -> str | None:
    """The outlet's name as the page writes it out anywhere for the site at ``url``: a capitalised run of words
    whose letters spell the domain's own label ("Small Town Wire" for smalltownwire.example, "The Verge" for
    theverge.com, "Süddeutsche Zeitung" for sueddeutschezeitung.example; mixed case before all capitals), or None if
    the page never writes it."""
    domain = registrable_domain(url)
    label = _key((domain or "").split(".", 1)[0])
    if len(label) < _MIN_SPELLED:
        return None
    pattern = re.compile(rf"(?<![\w./@=\"'-])(?:the\s+)?{_spelling(label)}(?![\w/@\"-]|\.\w)", re.IGNORECASE)
    found = [" ".join(match.group().split()).removeprefix("the ") for match in pattern.finditer(doc.markup)]
    named_out = [name for name in found if any(char.isupper() for char in name) and not name.isupper()]
    capitals = [name for name in found if name.isupper()]
    candidates = named_out if len(label) > _MIN_SPELLED else []
    candidates = candidates or capitals or _capitalised_domain(doc, label)
    return candidates[0] if candidates else None


def _capitalised_domain(doc: Document, label: str) -> list[str]:
    """The domain's label as the page capitalises it in the domain ("Tribunnews" from "Tribunnews.com"; not from
    "tribunnews.com" or "TRIBUNNEWS.COM")."""
    pattern = re.compile(rf"(?<![\w./@=\"'-]){_spelling(label)}(?=\.[a-z]{{2,}}\b)", re.IGNORECASE)
    found = (match.group() for match in pattern.finditer(doc.markup))
    return [name for name in found if name[:1].isupper() and not name.isupper() and " " not in name]


def name_of_site(doc: Document, url: str | None, page_url: str | None = None) -> str | None:
    """The name of the outlet at ``url``: the page's markup naming it, else the outlet list, else the name the page
    spells out in its text, else (given the page's own ``page_url``) a site or publisher name in the page's markup
    that is not the page's own site, else a name read from the registrable domain (``domain_names.domain_name``:
    "insideclimatenews.org" → "Inside Climate News")."""
    if not url:
        return None
    domain = registrable_domain(url)
    return (
        _name_in_markup(doc, url)
        or outlet_of_domain(host_of(url))
        or spelled_name(doc, url)
        or _other_site_name(doc, page_url)
        or (domain_name(domain) if domain else None)
    )


def _other_site_name(doc: Document, page_url: str | None) -> str | None:
    """A site or publisher name in the page's markup that is not the page's own (a copy keeping its original's
    ``og:site_name``): one that neither spells a label of the page's host nor is the listed name of its host."""
    host = host_of(page_url)
    own_labels = [_key(label) for label in (host or "").split(".")[:-1] if len(_key(label)) >= _MIN_SPELLED]
    own_key = _key(outlet_of_domain(host))
    if not host:
        return None
    names = [value for key in _SITE_NAME_META[:2] for value in doc.meta.get(key, ())]
    for article in schema_org.articles(doc.json_ld):
        names.append(schema_org.text_of(schema_org.resolve(doc.json_ld, article.get("publisher"))) or "")
    for name in names:
        key = _key(name)
        if len(key) < _MIN_SPELLED or key == own_key or any(own in key or key in own for own in own_labels):
            continue
        return " ".join(name.split())
    return None


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_GENERIC_TLD = re.compile(r"\.(?:com|net|org)$", re.IGNORECASE)


def named_origin(doc: Document, finding: OriginFinding | None) -> OriginFinding | None:
    """``finding`` with an agency's acronym that another country's agency shares read as that country's on its
    domain ("KNA" on a Kenyan site: ``national_agency``), and a publisher written as a bare domain
    ("smalltownwire.example") named as ``name_of_site`` does; one the page writes in mixed case ("OKO.press",
    "TomDispatch.com") is the outlet's own spelling, kept (without a generic ".com", ".net" or ".org": "TomDispatch")
    unless the page's markup or the outlet list names it."""
    if finding is None:
        return None
    national = national_agency(finding.publisher, host_of(doc.url))
    if national != finding.publisher:
        return OriginFinding(national, finding.statement, finding.url, finding.block)
    if not _DOMAIN.fullmatch(finding.publisher):
        return finding
    written = finding.publisher
    if written.casefold() != written and not written.isupper():  # "OKO.press", "TomDispatch.com": the outlet's own
        url = f"https://{written.casefold()}"
        own = _name_in_markup(doc, url) or outlet_of_domain(host_of(url)) or _GENERIC_TLD.sub("", written)
        return OriginFinding(own, finding.statement, finding.url, finding.block)
    name = name_of_site(doc, f"https://{finding.publisher}")
    return OriginFinding(name, finding.statement, finding.url, finding.block) if name else finding


def canonical_origin(doc: Document, canonical_url: str | None, page_url: str | None) -> OriginFinding | None:
    """A canonical URL on another publisher's domain: named from the page's JSON-LD publisher when that is on the
    canonical's site, else as ``name_of_site`` names it. Same publisher, other country: None."""
    page_host = host_of(page_url)
    if not canonical_url or not page_url or not page_host or page_host.endswith(_ARCHIVE_HOSTS):
        return None
    if (host_of(canonical_url) or "").endswith(_PLATFORM_HOSTS) or page_host.endswith(_PLATFORM_HOSTS):
        return None  # an AMP cache, feed proxy or link shortener publishes nothing (its copy's canonical is the page)
    if same_site(canonical_url, page_url) or same_brand(canonical_url, page_url):
        return None
    if _publisher_owns(doc, (canonical_url, page_url)):
        return None  # the page's publisher lists both sites as its own ("url" and "sameAs")
    name = name_of_site(doc, canonical_url, page_url)
    if not name:
        return None
    return OriginFinding(name, f'<link rel="canonical" href="{canonical_url}">', canonical_url)


def _publisher_owns(doc: Document, urls: tuple[str, str]) -> bool:
    """Whether a JSON-LD article's publisher names the sites of all ``urls`` among its own addresses (``url`` and
    ``sameAs``): one publisher's two sites, not a copy that kept its original's markup."""
    domains = {registrable_domain(url) for url in urls}
    for article in schema_org.articles(doc.json_ld):
        publisher = schema_org.resolve(doc.json_ld, article.get("publisher"))
        if not isinstance(publisher, dict):
            continue
        same_as = publisher.get("sameAs")
        addresses = [*(same_as if isinstance(same_as, list) else [same_as]), publisher.get("url")]
        if domains <= {registrable_domain(address) for address in addresses if isinstance(address, str)}:
            return True
    return False


__all__ = [
    "OriginFinding",
    "canonical_origin",
    "is_story_url",
    "markup_origin",
    "name_of_site",
    "named_origin",
    "provider_origin",
    "same_brand",
    "source_org_origin",
    "spelled_name",
]
