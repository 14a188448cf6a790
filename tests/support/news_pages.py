"""A hand-written news page to test the parser's see-also and origin rules on: an article, what comes after it, a
site header and footer; and the related stories such pages link to."""

from __future__ import annotations

from schemas.article import ArticleRecord
from worker.parse import parse_article

URL = "https://www.example-news.com/2024/05/city-council-approves-new-budget/"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story: the city council voted on the budget after a long debate about schools, "
    f"roads and the new library, and members said the plan would be reviewed again next spring.</p>"
    for n in range(1, 7)
)
RELATED = (
    '<li><a href="/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a school spending plan</a></li>'
    '<li><a href="/2024/03/library-expansion-wins-approval/">Library expansion wins approval</a></li>'
)
RELATED_URLS = [
    "https://www.example-news.com/2024/04/mayor-unveils-school-spending-plan/",
    "https://www.example-news.com/2024/03/library-expansion-wins-approval/",
]


def page(article_end: str = "", after: str = "", head: str = "", first: str = "", url: str = URL) -> bytes:
    """A news page: an article with ``first`` before its paragraphs and ``article_end`` after them, then
    ``after`` between the article and the site footer."""
    return (
        f"<html><head><title>City council approves new budget</title>{head}</head><body>"
        '<header class="site-header"><a href="/">Example News</a></header><main>'
        f'<article class="story"><h1>City council approves new budget</h1>{first}{PARAGRAPHS}{article_end}'
        f"</article>{after}</main>"
        '<footer class="site-footer"><p>© Example News</p><ul><li><a href="/2024/01/about-our-newsroom-team/">'
        "About our newsroom and its team</a></li></ul></footer></body></html>"
    ).encode()


def parse(data: bytes, url: str = URL) -> ArticleRecord:
    """The record of a page at ``url``."""
    return parse_article(data, url=url)


def publisher_of(**parts: str) -> str | None:
    """The origin publisher the parser finds on ``page(**parts)``, None for no origin."""
    origin = parse(page(**parts)).origin
    return origin.publisher if origin is not None else None


def see_also_urls(record: ArticleRecord) -> list[str]:
    """The record's see-also URLs, in order."""
    return [link.url for link in record.see_also]


SITE = "https://www.example-news.com"
"""The site of ``URL``; ``STORIES`` are paths on it with their headlines."""
STORIES = [
    ("/2024/04/mayor-unveils-school-spending-plan/", "Mayor unveils a school spending plan"),
    ("/2024/03/library-expansion-wins-approval/", "Library expansion wins approval"),
    ("/2024/02/council-elects-a-new-speaker/", "Council elects a new speaker"),
    ("/2024/01/bridge-repairs-start-in-march/", "Bridge repairs start in March"),
    ("/2023/12/new-bus-lines-for-the-suburbs/", "New bus lines for the suburbs"),
    ("/2023/11/school-board-picks-a-new-head/", "School board picks a new head"),
    ("/2023/10/harbour-festival-draws-crowds/", "Harbour festival draws crowds"),
    ("/2023/09/city-hall-gets-solar-panels/", "City hall gets solar panels"),
    ("/2023/08/park-renovation-is-finished/", "Park renovation is finished"),
    ("/2023/07/police-chief-retires-after-30-years/", "Police chief retires after 30 years"),
]


def urls(count: int) -> list[str]:
    """The absolute URLs of the first ``count`` stories."""
    return [SITE + href for href, _ in STORIES[:count]]


THEME_PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the city council voted on the budget after a long debate about schools, roads and the new "
    "library, and members said the plan would be reviewed again next spring.</p>"
    for n in range(1, 7)
)


def nested_page(after_story: str, after_wrapper: str = "") -> bytes:
    """A theme page: the story's text in ``div.entry-content`` inside ``article`` inside two wrappers;
    ``after_story`` follows the article inside the inner wrapper, ``after_wrapper`` follows the wrappers."""
    return (
        "<html><head><title>City council approves new budget</title></head><body>"
        '<header class="site-header"><a href="/">Example News</a></header>'
        '<div id="page" class="site"><div class="site-content"><div class="content-area"><main class="site-main">'
        '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
        "City council approves new budget</h1></header>"
        f'<div class="entry-content">{THEME_PARAGRAPHS}</div></article>{after_story}</main></div>'
        f"{after_wrapper}</div></div>"
        '<footer class="site-footer"><p>© Example News</p></footer></body></html>'
    ).encode()
