"""Whether a link's address is a story's: no topic, tag, author or site page, archive, file or share button, and not
the page itself (its slug, its path, its story id under another slug)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from worker.lexicon.domains import same_site
from worker.lexicon.phrase_pattern import CaselessPattern
from worker.lexicon.text import title_length, title_words

NOT_STORY = CaselessPattern(
    r"(?=[/?&.]|^h)(?:"  # each branch starts with one of these: elsewhere a position fails in one test
    r"/(?:tags?|category|categories|topics?|themen?|thema|section|sections|rubrik|ressort|podcasts?|products?|produkte?|shop|"
    r"mots-cl[eé]s|mot-cl[eé]|schlagworte?|stichworte?|keywords?|etiquetas?|argoment[io]|onderwerpen?|"
    r"all-about|hashtags?|dossiers?|programs?|programmes?|shows?|sendungen?|emissions?)(?:/[^/?#]+)?"
    r"(?:/page/\d+)?/?(?:[?#]|$)|"  # a topic page itself; a story filed under a topic tree has more segments
    r"/(?:author|authors|autor|autoren|user|users|u|members?|profiles?|person|search|login|"
    r"register|subscribe|newsletters?|newsletter-registration|feed|rss|page)(?:/|$)|[?&](?:share|replytocom)=|"
    r"/comments?/?(?:[?#]|$)|"  # a story's comments page ("/forum/<story>/forum-512345/comment/")
    r"/forums?/(?:threads?|topics?|t)/|/showthread\.php|/viewtopic\.php|"  # a forum thread (not a paper's "Forum" page)
    r"/(?:about|about-us|contact|contact-us|imprint|impressum|kontakt|datenschutz|privacy|privacy-policy|terms|"
    r"terms-of-(?:use|service)|policies|policy|standards|(?:editorial-)?(?:policies|standards|ethics)(?:-and-\w+)?)"
    r"(?:\.s?html?|\.php)?/?(?:[?#]|$)|"  # the site's own pages: who it is, its rules ("Why you can trust us")
    r"^https?://(?:abo|aboshop|shop|store|jobs|stellenmarkt|tickets|account|konto|login|subscribe|subscription|"
    r"checkout|premium|mein|my)\.|"  # the site's shop, subscription or account pages ("abo.example.de")
    r"/sharer|/intent/|/share\b|/pin/create|^https?://(?:www\.)?(?:facebook|twitter|x|linkedin|pinterest|reddit|"
    r"whatsapp|telegram|instagram|youtube)\.(?:com|me|org)/|"
    r"^https?://(?:[\w-]+\.)*(?:nrelate|linkwithin|outbrain|taboola|zergnet|revcontent|mgid|adblade)\.(?:com|net)/|"
    r"^https?://(?:clk|click|clicks|adserver|ads|track|tracking)\.|"  # a widget's or an ad server's click-through
    r"\.(?:pdf|docx?|xlsx?|pptx?)(?:[?#]|$)|/documents?/)",  # a document, or a page of a document viewer
)
"""An address that is no story: a topic, tag, dossier, programme or author page, the site's own pages, a share
button, a forum thread, a social network, a document (PDF, Word, Excel, or a viewer's page of one under
"/documents/": a story's source filing). Both the see-also collector and the related boxes use it. Searched in the
address's lower case (``CaselessPattern``): twice as fast over a page's links as a case-insensitive search."""
_STORY_WORDS = r"[-_](?<=[^\W_][-_])[^\W_]++[-_][^\W_]|\d{4}"
SLUG = re.compile(rf"(?=[-_.\d])(?:{_STORY_WORDS}|\.s?html?$|\.php$)", re.UNICODE)
"""Whether a path is a story's (a yes-or-no test: a match is not the whole slug): three words joined by hyphens (or
underscores), a long number or a page file. Tried from each hyphen after a letter or digit, the word after it taken
whole (possessive: the next character is then no letter or digit, so no shorter take can match), and from each
digit: linear, and a position that starts no branch fails in one test (the lookahead)."""
DATE_ARCHIVE = re.compile(r"^(?!/(?:19|20)\d\d/\d\d?/\d\d?/\d+/?$)(?:/\d+)+/?$|/(?:19|20)\d\d(?:[-/]\d\d?){1,2}/?$")
"""A day's or month's archive: numbers only ("/2024/03/14/") or a path ending in a date ("/hemeroteca/2024-03-14");
a number after a whole date is a post's ("/2024/03/14/4211/")."""
_STORY_ID = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_DATE_NUMBER = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png|gif|webp|mp3|mp4)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
MIN_LINE_TITLE = 20
_MIN_SLUG = 16
_MIN_WORD_SLUG = 10  # a one-word story path: longer than most section names
_TWO_WORDS = re.compile(r"[^\W\d_]+-[^\W\d_]+")
MIN_LINE_WORDS = 4


def _slugs_of(page_url: str | None) -> list[str]:
    """The page's own slug: the distinctive parts (split at "," "~" ";", no extension) of the last of its final two
    path segments that has any; section names higher up are shared by other stories."""
    if not page_url:
        return []
    segments = [segment for segment in urlsplit(page_url).path.split("/") if segment]
    for segment in reversed(segments[-2:]):
        parts = [part.rsplit(".", 1)[0] for part in re.split(r"[,~;]", segment)]
        slugs = [part for part in parts if len(part) >= _MIN_SLUG and "-" in part]
        if slugs:
            return slugs
    return []


_INDEX_PAGE = re.compile(r"(?:/(?:index|default|home|start)|_node)\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
"""A home or section page: "/de/index.html", "/news/default.aspx", a content tree's node ("/themen/klima_node.html")."""


_FOLDER_STORY = re.compile(r"(?<![^\W\d_])[^\W\d_]++-[^\W\d_]++-[^\W\d_]", re.UNICODE)
"""Three words in a folder's name: a story's slug, no archive ("2013")."""


_DOTTED_FOLDER = re.compile(r"^[^\W\d_]+(?:\.[^\W\d_]+){2,}$", re.UNICODE)
"""Three words or more joined by dots: a story's slug in a dated path ("/2010/US/06/12/gulf.oil.jobs/index.html")."""
_YEAR_FOLDER = re.compile(r"/(?:19|20)\d\d/")


def _story_folder(path: str) -> bool:
    """An index file in a folder named as a story ("/2013/11/26/travel/holiday-weather-tips/index.html", or with dots
    in a dated path: "/2010/US/06/12/gulf.oil.cleanup.jobs/index.html"): the story's page, not a section's."""
    folder = path.rsplit("/", 2)[-2] if path.count("/") >= 2 else ""
    dotted = _DOTTED_FOLDER.match(folder) is not None and _YEAR_FOLDER.search(path) is not None
    return bool(_FOLDER_STORY.search(folder)) or dotted


def _section_of(path: str, page_url: str | None) -> bool:
    """``path`` is the index of a section this page sits in ("/news-1010.html" for "/news-1010/story.html")."""
    if not page_url:
        return False
    stem = _EXTENSION.sub("", path.rstrip("/"))
    page_path = urlsplit(page_url).path
    return bool(stem) and page_path.startswith(stem + "/") and page_path.rstrip("/") != stem


_MIN_PAGE_SEGMENTS = 2  # a page at "/news/" may be a section's: the stories under it are not its own views


def _below_page(path: str, page_url: str | None) -> bool:
    """``path`` lies under the page's own path ("/shows/x/2013/may/27/transcript" under "/shows/x/2013/may/27/")."""
    own = urlsplit(page_url).path.rstrip("/") if page_url else ""
    return len([part for part in own.split("/") if part]) >= _MIN_PAGE_SEGMENTS and path.startswith(own + "/")


def article_like(url: str, page_url: str | None) -> bool:
    if NOT_STORY.search(url):
        return False
    parts = urlsplit(url)
    if DATE_ARCHIVE.match(parts.path) or _FILE.search(parts.path) or _section_of(parts.path, page_url):
        return False
    if _INDEX_PAGE.search(parts.path) and not _story_folder(parts.path) and not _ITEM_QUERY.search(parts.query):
        return False  # a home or section page ("/de/index.html", "/news/default.aspx")
    if any(slug in parts.path for slug in _slugs_of(page_url)) or _below_page(parts.path, page_url):
        return False  # a URL embedding this page's own slug or path: its video, transcript or another view of it
    return bool(SLUG.search(parts.path) or re.search(r"\d{4,}", parts.query) or _POST_ID.search(parts.query))


_ITEM_QUERY = re.compile(r"(?:^|&)[^=&]*(?:news|article|artikel|story|noticia)[^=&]*=\d{3,}(?:&|$)", re.IGNORECASE)
"""A script's query naming one news item by its id ("index.php?id=44&tx_ttnews%5Btt_news%5D=48013",
"index.php?article_id=5521"): a story, though the path is a script's index."""
_POST_ID = re.compile(r"(?:^|&)p=\d{3,}(?:&|$)")
"""A blog post's default address by its id ("?p=856", WordPress's plain permalinks); not a list's page ("?p=2")."""


def slug_spells(url: str, title: str) -> bool:
    """A short name of two capitalised words or more that the story's own slug spells out, at its end ("<a>Kathy
    Pham</a>" to ".../2019-03-22-leader-spotlight-kathy-pham/"): the story's name (a person's profile, a place's
    guide), though shorter than ``MIN_TITLE``; not a phrase linked in a sentence ("<a>power banks</a>")."""
    names = title.split()
    if len(names) < 2 or len(_SLUG_WORDS.findall(title)) != len(names) or not all(n[:1].isupper() for n in names):
        return False
    last = next((segment for segment in reversed(urlsplit(url).path.split("/")) if segment), "")
    return _spelt(last, title, at_end=True)


_SLUG_WORDS = re.compile(r"[^\W_]+")


def headline_path(url: str, title: str, page_url: str | None) -> bool:
    """A story at a short path in a box, titled as a headline (4+ words, 20+ characters): a one-word path
    ("/firmenwagenleasing") whose word is long, no section name, or a two-word slug in a section
    ("/politics/budget-passes") or the title itself run together ("/magazine/thenewmysteriesofclass"); the title is
    no section's."""
    if NOT_STORY.search(url) or not same_site(url, page_url):
        return False
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments or len(segments) > 2 or len(segments[-1]) < _MIN_WORD_SLUG or _FILE.search(segments[-1]):
        return False
    if title_length(title) < MIN_LINE_TITLE or title_words(title) < MIN_LINE_WORDS:
        return False
    return len(segments) == 1 or bool(_TWO_WORDS.fullmatch(segments[-1])) or _spelt(segments[-1], title)


def _spelt(segment: str, title: str, *, at_end: bool = False) -> bool:
    """Whether a path segment is the title's words run together, with or without hyphens or underscores
    ("thenewmysteriesofclass" for "The new mysteries of class"); ``at_end``: or ends with them hyphenated after
    other words ("2019-03-22-leader-spotlight-kathy-pham" for "Kathy Pham")."""
    words = _SLUG_WORDS.findall(title.lower())
    segment = segment.lower()
    if segment in ("".join(words), "-".join(words), "_".join(words)):
        return True
    return at_end and segment.endswith("-" + "-".join(words))


def _story_id(url: str | None) -> str | None:
    """The story's id: the numbers of 5+ digits in the last path segment ("/artikel/1136087.slug.html"), not a date
    ("20240503"); all of them, as a section's id may follow the story's ("..._6221845_823448.html")."""
    if not url:
        return None
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    ids = [number for number in _STORY_ID.findall(last) if not _DATE_NUMBER.match(number)]
    return "_".join(ids) if ids else None  # all of them: "..._6221845_823448.html" is a story id and a section id


def _path_ids(url: str) -> set[str]:
    """The numbers of 5+ digits anywhere in ``url``'s path, not dates."""
    return {number for number in _STORY_ID.findall(urlsplit(url).path) if not _DATE_NUMBER.match(number)}


def within_page(url: str, page_url: str | None) -> bool:
    """``url`` on the page's host names the page's story id beside an id of its own, as its last segment: a view
    inside the page (its gallery, its video overlay: "/overlay/media/en/<slug>/36059930/52060881" on the story
    "/en/<slug>/a-52060881"), neither the page itself nor another story."""
    story = _story_id(page_url)
    if story is None or not page_url or "_" in story or _host(url) != _host(page_url):
        return False
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return last == story and len(_path_ids(url) - {story}) > 0


def _host(url: str) -> str:
    """``url``'s host without a leading "www."."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def is_page(url: str, page_url: str | None) -> bool:
    """``url`` is the page itself: the same address, or the same story id on the same host under another slug (a
    story renamed after its headline changed)."""
    page = comparable(page_url)
    if page is None:
        return False
    if comparable(url) == page:
        return True
    story = _story_id(page_url)
    return story is not None and _story_id(url) == story and _host(url) == page.split("/", 1)[0]


_PATH_STORY = re.compile(_STORY_WORDS, re.UNICODE)  # ``SLUG`` without the page files: "article.php" names no story
_QUERY_ID = re.compile(r"(?:^|&)([^=&]+)=([^&]*\d[^&]*)")


def comparable(url: str | None) -> str | None:
    """Host and path, and for a story named by its query ("article.php?id=48211", "articleView.html?idxno=284512"),
    the query's parameters that hold a number (not tracking ones): what tells one story from another."""
    if not url:
        return None
    parts = urlsplit(url)
    key = f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if parts.query and not _PATH_STORY.search(last):
        ids = sorted(f"{k}={v}" for k, v in _QUERY_ID.findall(parts.query) if not k.lower().startswith("utm_"))
        if ids:
            key += "?" + "&".join(ids)
    return key


__all__ = [
    "DATE_ARCHIVE",
    "MIN_LINE_TITLE",
    "MIN_LINE_WORDS",
    "NOT_STORY",
    "SLUG",
    "article_like",
    "comparable",
    "headline_path",
    "is_page",
    "slug_spells",
    "within_page",
]
