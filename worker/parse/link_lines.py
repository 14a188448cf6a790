"""Link lines: links that make up a line of their own on the intact page, and those of them inside the article's
container that are further reading (not a site feed, the story's own media, its neighbours or a table's figures)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import Tag

from worker.lexicon.domains import absolute_url, registrable_domain, same_site
from worker.lexicon.text import clean_text, title_length, title_words
from worker.parse.box_chrome import (
    FEED_BOXES,
    FLOAT_DEPTH,
    GRID_SIDE,
    NOT_OURS,
    excluded,
    floated_ids,
    is_hidden,
    names_of,
    next_story,
    unlinked_text,
)
from worker.parse.box_links import MAX_BOX_ANCHORS, MAX_SPACER_TEXT
from worker.parse.card_titles import MAX_TITLE, READ_ON, card_title, link_title
from worker.parse.feed_headings import HEADINGS, MAX_LABEL_WRAPPER, bold_only, feed_verdict, heads_a_feed
from worker.parse.link_filters import INLINE, MARKERS, author_link, no_story_title, runs_in_text
from worker.parse.link_titles import LABEL_PREFIX, MIN_TITLE
from worker.parse.publisher_names import own_name
from worker.parse.reading_labels import RELATED_NAME
from worker.parse.story_urls import DATE_ARCHIVE, MIN_LINE_TITLE, MIN_LINE_WORDS, NOT_STORY, SLUG, article_like, is_page
from worker.parse.tree_search import ancestor_named, first_tag, links_in, sibling_tags

_MAX_LINE_LINKS = 8  # link lines in the article: more are a feed list the template put inside it
_MIN_CARD_WORDS = 2  # a card's headline element is a headline however short ("ICE im S-Bahn-Takt")
MIN_LINE_SHARE = 0.8
_LINE_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd"})
_FIGCAPTION = ("figcaption",)


@dataclass(frozen=True)
class LinkLine:
    """A line of the intact page that is one link (a "» Headline" paragraph, a card), and the line's ancestors."""

    anchor: Tag
    title: str
    ancestors: tuple[Tag, ...]
    element: Tag  # the line itself (its paragraph or list item), or the anchor when it stands alone
    captions_media: bool = False  # a caption line right after a video, audio or figure (``_media_caption``)
    shown: str = ""  # a card link's title to record (``card_title``), read on the intact tree; "" for a plain link
    floated: frozenset[int] = frozenset()  # ids of a rail-named line's boxes set between the story's paragraphs


def link_lines(anchors: Sequence[Tag], page_url: str | None = None) -> list[LinkLine]:
    """The anchors that make up a whole line of their own, with a headline-like text, linking within the page's
    site; read before the body prunes the tree."""
    lines: list[LinkLine] = []
    site = registrable_domain(page_url)
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or not SLUG.search(path := href.split("?", 1)[0]) or NOT_STORY.search(href):
            continue  # cheap first: most links of a page go to sections, tags or other sites' roots
        if DATE_ARCHIVE.search(urlsplit(path).path):
            continue  # the day's archive behind a story's date ("/hemeroteca/2024-03-14/")
        if site and "//" in href[:8] and site not in href.split("/", 3)[2]:
            continue  # another site's link: never a line of this site's reading
        title = link_title(anchor)
        teaser = _teaser_before(anchor) if not title and READ_ON.match(anchor.get_text(" ", strip=True)) else None
        title = teaser or title
        if not _line_title(anchor, title) or _caption_source(anchor, href):
            continue
        line = anchor
        while isinstance(line.parent, Tag) and line.parent.name in INLINE:
            line = line.parent
        if isinstance(line.parent, Tag) and line.parent.name in _LINE_TAGS:
            line = line.parent
            text = LABEL_PREFIX.sub("", clean_text(line.get_text(" ", strip=True))).lstrip(MARKERS)
            text = _KICKER.sub("", text)
            if len(title) < MIN_LINE_SHARE * len(text) and not teaser:  # a teaser is the line but its invitation
                continue
        elif runs_in_text(line):
            continue
        media = line is not anchor and _media_caption(line)
        shown = teaser or (card_title(anchor, title) if anchor.string is None else "")  # before the body prunes
        ancestors = tuple(line.parents)
        lines.append(LinkLine(anchor, title, ancestors, line, media, shown, _floated_rails(line, ancestors)))
    return lines


_MAX_TEASER = 160


def _teaser_before(anchor: Tag) -> str | None:
    """The headline a promo's line gives before its one link that only invites to read on ("<p>Americans Don't
    Trust Their Maps. Can Anything Change That? <a>Read more. »</a></p>"): the line's other words, when they are a
    headline's length and the link ends the line; else None (a paragraph of the story ending in "Read more")."""
    inline = anchor
    while isinstance(inline.parent, Tag) and inline.parent.name in INLINE:
        inline = inline.parent
    line = inline.parent
    if not isinstance(line, Tag) or line.name not in _LINE_TAGS or len(line.find_all("a", limit=2)) > 1:
        return None
    words = clean_text(line.get_text(" ", strip=True))
    invitation = clean_text(anchor.get_text(" ", strip=True))
    if not words.endswith(invitation):
        return None
    teaser = words[: len(words) - len(invitation)].strip(MARKERS + " ")
    return teaser if MIN_LINE_TITLE <= len(teaser) <= _MAX_TEASER else None


def _floated_rails(line: Tag, ancestors: Sequence[Tag]) -> frozenset[int]:
    """``floated_ids`` for a line whose own element or nearest ancestors are named as a rail's items ("<div
    class=rail__item article-inline-promo>" in the copy: a promo floated in the text, not the side rail the name
    suggests); empty for the other lines, which never need it."""
    if not any(GRID_SIDE.search(names_of(node)) for node in (line, *ancestors[:FLOAT_DEPTH])):
        return frozenset()
    return floated_ids(line, ancestors)


def _caption_source(anchor: Tag, href: str) -> bool:
    """A link in an image's caption that is no card's headline (no heading holds it, and the figure links nowhere
    else to it): the picture's source ("<figcaption><a>Self-Driving Trucks Are Going to Hit Us</a></figcaption>"),
    not further reading."""
    caption = ancestor_named(anchor, _FIGCAPTION)
    if caption is None or ancestor_named(anchor, HEADINGS) is not None:
        return False
    figure = caption.parent
    return not (isinstance(figure, Tag) and any(other is not anchor for other in figure.find_all("a", href=href)))


_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9'’&.-]*+"
_KICKER = re.compile(rf"^{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}\s?:\s*")
"""A kicker in capitals before a link on its line ("IN TEXAS: <a>...</a>", "WATCH: <a>...</a>")."""


def _line_title(anchor: Tag, title: str) -> bool:
    """A headline-like title for a line of its own: 20+ characters and 4+ words, or, for a card in one link whose
    headline is a heading, 12+ characters and 2+ words ("ICE im S-Bahn-Takt")."""
    if len(title) > MAX_TITLE:
        return False
    if title_length(title) >= MIN_LINE_TITLE and title_words(title) >= MIN_LINE_WORDS:
        return True
    return (
        title_length(title) >= MIN_TITLE
        and len(title.split()) >= _MIN_CARD_WORDS
        and anchor.string is None
        and first_tag(anchor, HEADINGS) is not None
    )


def _inside(
    line: LinkLine, container: Tag, feeds: Sequence[Tag], headed: dict[int, bool], page_url: str | None
) -> bool:
    """The line is in the container, not in a box excluded by its names, a feed found by its label, or a box near it
    headed as a site feed ("Most read", "Mais lidas"; ``headed`` caches that test by element id)."""
    if line.element is not line.anchor and NOT_OURS.search(names_of(line.element)):
        return False  # the line named as no story's ("<li class=next-post>")
    if line.captions_media or (line.element is not line.anchor and _neighbour_line(line)):
        return False  # "Next article: <a>"; "<amp-video>…<p class=caption><a>Watch: highlights</a>": its own media
    if _data_row(line):
        return False  # "<tr><td><a>Measure 4</a></td><td>Yes 49.2%</td>...": a table's figures, not reading
    if line.element is not line.anchor and _under_feed_heading(line.element, page_url):
        return False  # "<p><strong>MORE NOOSA NEWS</strong></p><p><a>...</a></p>": a section's feed in the text
    for depth, node in enumerate(line.ancestors):
        if node is container:
            return True
        names = names_of(node)
        if excluded(node, names=names) or any(node is feed for feed in feeds) or _own_media(names):
            return False
        if node.name == "article" and next_story(node, container):
            return False  # a line of the next story in an endless scroll
        if node.name in FEED_BOXES and GRID_SIDE.search(names) and id(node) not in line.floated:
            return False  # a side column inside a container that takes in the whole page ("col-lg-4"); not a rail's
            # item set between two of the story's paragraphs ("<div class=rail__item article-inline-promo>")
        if depth < _FEED_BOX_DEPTH and node.name in FEED_BOXES:
            key = id(node)
            if key not in headed:
                headed[key] = heads_a_feed(node)
            if headed[key]:
                return False
    return False


def _under_feed_heading(line: Tag, page_url: str | None) -> bool:
    """The nearest element before the line that is not another line of links (nor an empty paragraph) names a site
    feed: a paragraph in bold ("MORE NOOSA NEWS"), or a heading or a label paragraph ending in a colon that names
    the site itself ("More from Example News:" on example-news.com; not "More from the column:", a series). The
    lines run under it as its list, though no box holds them."""
    for sibling in sibling_tags(line, MAX_BOX_ANCHORS, after=False):
        if sibling.name == "p" and bold_only(sibling):
            return bool(feed_verdict(sibling))
        if sibling.name in HEADINGS or (sibling.name == "p" and _label_paragraph(sibling)):
            return bool(feed_verdict(sibling)) and _from_the_site(sibling, page_url)
        if sibling.name == "p" and not sibling.get_text(strip=True) and sibling.find(True) is None:
            continue  # an empty paragraph spacing the list from its label
        if not links_in(sibling, 1) or unlinked_text(sibling) > MAX_SPACER_TEXT:
            return False  # prose, or a line of more than its links: the run of link lines has ended
    return False


_FROM_SOURCE = re.compile(r"\b(?:from|on|at|by|aus|von|bei|de|du|sur|en|da|di|van|z)\s+(?P<name>[^:：]+?)\W*$", re.I)
"""The name a feed's label says its stories come from: "More from <SB Nation>:"."""


def _from_the_site(label: Tag, page_url: str | None) -> bool:
    """The label says its stories come from the site itself ("More from Example News:" on example-news.com)."""
    found = _FROM_SOURCE.search(clean_text(label.get_text(" ", strip=True)))
    return found is not None and own_name(found.group("name"), page_url, None)


def _label_paragraph(paragraph: Tag) -> bool:
    """A short paragraph of text alone, no link, ending in a colon: a label introducing the lines after it."""
    text = clean_text(paragraph.get_text(" ", strip=True))
    return 0 < len(text) <= MAX_LABEL_WRAPPER and text.endswith((":", "：")) and paragraph.find("a") is None


_MAX_FIGURE_CELL = 24  # characters: a table cell this short holding a digit is a figure ("Yes 49.2%")


def _data_row(line: LinkLine) -> bool:
    """The link's table cell sits in a row whose other cells are short figures ("Yes 49.2%", "52% reporting"): a
    results or data table, whose links lead to data pages."""
    cell = next((node for node in (line.element, *line.ancestors) if node.name in ("td", "th")), None)
    row = cell.parent if cell is not None else None
    if row is None or row.name != "tr":
        return False
    others = [clean_text(c.get_text(" ")) for c in row.find_all(("td", "th"), recursive=False) if c is not cell]
    return bool(others) and all(len(text) <= _MAX_FIGURE_CELL and any(ch.isdigit() for ch in text) for text in others)


_MEDIA_WORDS = r"watch(?: video)?|vid[eéí]o|ver vídeo|listen|ansehen|foto-?gall?er(?:y|ie|ia)|photos?"
_WATCH_LEAD = re.compile(rf"^\W*(?:{_MEDIA_WORDS})\W*$", re.IGNORECASE)
"""The words before a link that label it as the story's own media: "WATCH |", "Video:"."""
_WATCH_TITLE = re.compile(
    rf"^\W*(?:{_MEDIA_WORDS})(?:\s*[.:|–—-]|\s+to\s+(?:this|the)\s+(?:article|story)\b)", re.IGNORECASE
)
"""A link's own text opening as the story's media does: "Watch: RBA lifts rates again", "Listen to this article"."""
_VIDEO_PATH = re.compile(r"/(?:videos?|watch|video-?clip|tv|audio|galler(?:y|ies)|galerie|fotogaller(?:y|ia))/", re.I)


def _watch_line(line: LinkLine, url: str) -> bool:
    """A line labelled "WATCH |" or "Video:" (before its link, in its text, or in the element before a link that
    stands alone) linking a video or audio page ("/videos/...", "/audio/..."): the story's own media, not a story
    to read."""
    if not _VIDEO_PATH.search(urlsplit(url).path):
        return False
    if _WATCH_TITLE.match(line.title):
        return True
    lead = _lead(line) if line.element is not line.anchor else _label_before(line.anchor)
    return bool(lead) and _WATCH_LEAD.match(lead) is not None


def _label_before(anchor: Tag) -> str:
    """The text of the element right before a link that stands alone in its box ("<div>Video</div><a>...</a>")."""
    before = anchor.find_previous_sibling(True)
    return clean_text(before.get_text(" ", strip=True)) if before is not None else ""


def _neighbour_line(line: LinkLine) -> bool:
    """A line whose words before its link name the previous or next story ("Next article:", "Nächster Artikel »"),
    not a reading label ("Read next:")."""
    lead = _lead(line)
    return bool(lead) and NEIGHBOUR.search(lead) is not None and LABEL_PREFIX.match(lead) is None


def _lead(line: LinkLine) -> str:
    """The line's words before its link's title ("WATCH |", "Next article:"), "" when the link opens it."""
    text = clean_text(line.element.get_text(" ", strip=True))
    return text[: max(text.find(line.title), 0)]


_CAPTION = re.compile(r"(?i:(?<![a-z])caption)(?![a-z])|(?<=[a-z])Caption(?![a-z])")  # also "videoCaption"
_MEDIA_TAGS = frozenset(
    {"video", "amp-video", "audio", "amp-audio", "iframe", "amp-youtube", "amp-iframe", "figure", "img", "picture"}
)


def _media_caption(element: Tag) -> bool:
    """A caption line right after the article's video, audio or figure ("<p class="caption"><a>Watch: the
    highlights</a>"): its link is the article's own media."""
    if element.name != "figcaption" and not _CAPTION.search(names_of(element)):
        return False
    before = element.find_previous_sibling(True)
    return before is not None and before.name in _MEDIA_TAGS


_PLAYER = re.compile(r"video|player|audio|podcast", re.IGNORECASE)


def _own_media(names: str) -> bool:
    """An element whose class and id (``names``) name a video or audio embed ("video-block", "videoEmbed",
    "media-player") and not related content: a link there is the article's own media ("Watch: …" its video page),
    not further reading."""
    return bool(_PLAYER.search(names)) and not RELATED_NAME.search(names)


_FEED_BOX_DEPTH = 5  # a feed's heading sits in one of the line's nearest boxes (li, ol, section, aside, a card's div)


def without_own_media(
    links: Sequence[tuple[str, str]], lines: Sequence[LinkLine], base: str | None, anchors: Sequence[Tag] = ()
) -> list[tuple[str, str]]:
    """``links`` without those the page also links from the caption of the article's video, audio or picture
    (``LinkLine.captions_media``) or from its player (one of ``anchors`` to a video or audio page in a box named as a
    player: "<div class="lrm-player"><a href="/video/...">Video abspielen</a>"): a "Related coverage" box listing the
    story's own video is no further reading."""
    own = set()
    hrefs = [line.anchor.get("href") for line in lines if line.captions_media]
    hrefs += [href for anchor in anchors if isinstance(href := anchor.get("href"), str) and _player_media(anchor, href)]
    for href in hrefs:
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url is not None:
            own.add(url)
    return [link for link in links if link[0] not in own] if own else list(links)


_PLAYER_CLIMB = 2


def _player_media(anchor: Tag, href: str) -> bool:
    """A link to a video or audio page (``_VIDEO_PATH``) inside (up to two levels) a box whose class or id names a
    player (``_own_media``); not a story in a player's carousel."""
    if not _VIDEO_PATH.search(href) or not _VIDEO_PATH.search(urlsplit(href).path):
        return False
    node = anchor.parent
    for _ in range(_PLAYER_CLIMB):
        if not isinstance(node, Tag) or node.name in ("body", "article", "main"):
            return False
        if _own_media(names_of(node)):
            return True
        node = node.parent
    return False


def line_links(
    lines: Sequence[LinkLine],
    container: Tag | None,
    base: str | None,
    page_url: str | None,
    feeds: Sequence[Tag] = (),
) -> list[tuple[str, str]]:
    """Links that stand alone on a line inside the article's container (not in a site feed ``feeds``), to another
    article of the same site."""
    links: list[tuple[str, str]] = []
    if container is None or page_url is None:
        return links
    site = registrable_domain(page_url)
    found: list[tuple[LinkLine, str]] = []
    every: list[tuple[LinkLine, str]] = []  # all the lines in the article, for the shape of its lists
    pages: list[LinkLine] = []  # the page's own cards: cards like them are a site feed
    headed: dict[int, bool] = {}
    for line in lines:
        if not any(node is container for node in line.ancestors):
            continue  # cheap first: most lines are outside the article
        href = line.anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url is None or not same_site(url, page_url):
            continue
        if is_page(url, page_url):
            pages.append(line)
            url = ""
        elif (
            article_like(url, page_url)
            and not _watch_line(line, url)
            and not no_story_title(line.title)
            and not author_link(line.anchor)
            and not is_hidden(line.anchor)
            and not (site and site in line.title.lower())  # "Support example.de": the site's own appeal
            and _inside(line, container, feeds, headed, page_url)
        ):
            found.append((line, url))
        every.append((line, url))
    held = _held(every, container)
    dense = _dense(held)
    own = {_card(line, container, held) for line in pages} - {None}
    listing_page = {id(listed) for line in pages if (listed := _list_of(line)) is not None}
    for line, url in found:
        if any(id(node) in dense for node in _below(line, container)) or _card(line, container, held) in own:
            continue
        if listing_page and (listed := _list_of(line)) is not None and id(listed) in listing_page:
            continue  # a list that holds the page itself: a series or a feed, not this story's reading
        if all(url != known for known, _ in links):
            links.append((url, line.shown or card_title(line.anchor, line.title)))
    return links if len(links) <= _MAX_LINE_LINKS else []


def _list_of(line: LinkLine) -> Tag | None:
    """The list (``<ul>``, ``<ol>``) the line is an item of, if any; for an item set straight in another element
    (markup that lost its ``<ul>``: ``<div><li>...</li><li>...</li></div>``), that element."""
    for node in (line.element, *line.ancestors[:_LIST_DEPTH]):
        if node.name in _LISTS:
            return node
        if node.name == "li" and isinstance(node.parent, Tag) and node.parent.name not in _LISTS:
            return node.parent
    return None


_LISTS = frozenset({"ul", "ol", "menu"})


_LIST_DEPTH = 3  # the line, its <li>, its list


def _below(line: LinkLine, container: Tag) -> list[Tag]:
    """The line's ancestors inside ``container``, nearest first."""
    nodes: list[Tag] = []
    for node in line.ancestors:
        if node is container:
            break
        nodes.append(node)
    return nodes


def _held(lines: Sequence[tuple[LinkLine, str]], container: Tag) -> dict[int, set[str]]:
    """For each element inside ``container`` (by id), the story URLs of the lines it holds ("" for the page)."""
    held: dict[int, set[str]] = {}
    for line, url in lines:
        for node in _below(line, container):
            held.setdefault(id(node), set()).add(url)
    return held


def _dense(held: dict[int, set[str]]) -> set[int]:
    """The elements inside the article's container holding more than ``_MAX_LINE_LINKS`` lines: a feed's list of
    cards (a playlist, a slider) the template put there; a line outside them, such as a card between the container's
    paragraphs, still counts."""
    return {node for node, urls in held.items() if len(urls) > _MAX_LINE_LINKS}


def _card(line: LinkLine, container: Tag, held: dict[int, set[str]]) -> tuple[str, str] | None:
    """The kind (tag, first class) of the outermost element holding only this line's story: its card."""
    card: Tag | None = None
    for node in _below(line, container):
        if len(held.get(id(node), ())) > 1:
            break
        card = node
    classes = card.get("class") if card is not None else None
    if card is None or not classes:
        return None
    return card.name, str(classes[0] if isinstance(classes, list) else classes.split()[0])


NEIGHBOUR = re.compile(
    r"\b(?:prev(?:ious)?|next|older|newer|vorherige[rnms]?|nächste[rnms]?|voriger|zurück|précédent|suivant|"
    r"anterior|siguiente|precedente|successivo)\b",
    re.IGNORECASE,
)


__all__ = ["MIN_LINE_SHARE", "NEIGHBOUR", "LinkLine", "line_links", "link_lines", "without_own_media"]
