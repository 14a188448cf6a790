"""See-also on the markup that widely deployed related-post components print: WordPress related-post plugins, news
themes' related boxes, a Drupal related-content field, inline "Read more" boxes; and the look-alikes that are no
see-also (popular and recent posts widgets, the latest-posts block, post navigation, tag clouds, share bars,
recommendation widgets, trending boxes). Each fixture is a whole hand-written article page with the component where
the component puts it (its class names, nesting and headings as its templates print them), a sidebar of popular and
recent posts, comments and a footer."""

from __future__ import annotations

from support.news_pages import SITE, STORIES, parse

URL = f"{SITE}/2024/05/14/city-council-approves-new-budget/"
TITLE = "City council approves new budget"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story: the city council voted on the budget after a long debate about schools, "
    f"roads and the new library, and members said the plan would be reviewed again next spring.</p>"
    for n in range(1, 7)
)
FEED = [
    ("/2024/05/13/harbour-dredging-contract-signed/", "Harbour dredging contract signed at last"),
    ("/2024/05/12/tram-line-extension-opens-to-riders/", "Tram line extension opens to riders"),
    ("/2024/05/11/stadium-naming-rights-deal-approved/", "Stadium naming rights deal approved"),
    ("/2024/05/10/heatwave-warning-issued-for-weekend/", "Heatwave warning issued for the weekend"),
    ("/2024/05/09/local-bakery-wins-national-award/", "Local bakery wins a national award"),
]
"""The site's latest and most read stories, for the sidebar, post navigation and feeds."""

NAVIGATION = (
    '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
    '<a href="/" rel="home">Example News</a></p></div><nav id="site-navigation" class="main-navigation">'
    '<ul id="primary-menu" class="menu"><li class="menu-item"><a href="/category/politics/">Politics</a></li>'
    '<li class="menu-item"><a href="/category/business/">Business</a></li>'
    '<li class="menu-item"><a href="/category/sports/">Sports</a></li></ul></nav></header>'
)
RECENT = (
    '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
    '<nav aria-label="Recent Posts"><ul>'
    + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in FEED)
    + "</ul></nav></section>"
)
POPULAR = (
    '<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">Most Popular</h2><ul class="wpp-list">'
    + "".join(
        f'<li><a href="{href}" class="wpp-post-title" target="_self">{title}</a> <span class="wpp-meta post-stats">'
        f'<span class="wpp-views">{n}.2k views</span></span></li>'
        for n, (href, title) in enumerate(FEED, 1)
    )
    + "</ul></section>"
)
TAG_CLOUD = (
    '<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">'
    + "".join(
        f'<a href="/tag/{tag}/" class="tag-cloud-link tag-link-{n}" style="font-size: 12pt;" '
        f'aria-label="{tag} ({n} items)">{tag}</a>'
        for n, tag in enumerate(("budget", "city-council", "schools", "transport"), 1)
    )
    + "</div></section>"
)
SIDEBAR = RECENT + POPULAR + TAG_CLOUD
POST_NAVIGATION = (
    '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>'
    f'<div class="nav-links"><div class="nav-previous"><a href="{FEED[0][0]}" rel="prev">'
    f'<span class="meta-nav">Previous Post</span> <span class="post-title">{FEED[0][1]}</span></a></div>'
    f'<div class="nav-next"><a href="{FEED[1][0]}" rel="next"><span class="meta-nav">Next Post</span> '
    f'<span class="post-title">{FEED[1][1]}</span></a></div></div></nav>'
)
COMMENTS = (
    '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
    '<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
    '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
    '<p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment">'
    '<label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>'
    '<p class="form-submit"><input name="submit" type="submit" value="Post Comment"></p></form></div></div>'
)
SHARE = (
    '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text '
    'sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
    + "".join(
        f'<li class="share-{name}"><a rel="nofollow noopener noreferrer" class="share-{name} sd-button share-icon" '
        f'href="{URL}?share={name}" target="_blank" title="Click to share on {name}"><span>{name.title()}</span></a>'
        "</li>"
        for name in ("twitter", "facebook", "email")
    )
    + "</ul></div></div></div>"
)


def wp_page(in_content: str = "", after_content: str = "", after_article: str = "", sidebar: str = SIDEBAR) -> bytes:
    """A WordPress article page: ``in_content`` ends the ``.entry-content``, ``after_content`` follows it inside the
    ``<article>``, ``after_article`` follows the ``<article>`` in ``<main>`` before the post navigation and comments."""
    return (
        f"<html><head><title>{TITLE} – Example News</title>"
        f'<link rel="canonical" href="{URL}"></head><body class="post-template-default single single-post">'
        f'{NAVIGATION}<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main"><article id="post-4312" class="post-4312 post type-post status-publish '
        'format-standard hentry category-politics tag-budget"><header class="entry-header">'
        f'<h1 class="entry-title">{TITLE}</h1><div class="entry-meta"><span class="posted-on"><a href="{URL}" '
        'rel="bookmark"><time class="entry-date published" datetime="2024-05-14T09:12:00+00:00">May 14, 2024</time>'
        '</a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane-doe/">'
        f'Jane Doe</a></span></span></div></header><div class="entry-content">{PARAGRAPHS}{in_content}</div>'
        f'{after_content}<footer class="entry-footer"><span class="cat-links">Posted in '
        '<a href="/category/politics/" rel="category tag">Politics</a></span> <span class="tags-links">Tagged '
        '<a href="/tag/budget/" rel="tag">budget</a>, <a href="/tag/city-council/" rel="tag">city council</a></span>'
        f"</footer></article>{after_article}{POST_NAVIGATION}{COMMENTS}</main></div>"
        f'<aside id="secondary" class="widget-area">{sidebar}</aside></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info"><a href="/privacy-policy/">Privacy Policy'
        "</a> | Proudly powered by WordPress</div></footer></body></html>"
    ).encode()


def see_also(data: bytes) -> list[tuple[str, str]]:
    """The (URL, title) pairs the parser finds on a page at ``URL``."""
    return [(link.url, link.title) for link in parse(data, url=URL).see_also]


def expected(count: int) -> list[tuple[str, str]]:
    """The first ``count`` related stories, as the parser should give them."""
    return [(SITE + href, title) for href, title in STORIES[:count]]


def test_the_bare_page_has_no_see_also() -> None:
    # Given the page with only its sidebar widgets (recent, popular, tag cloud), post navigation and comments
    assert see_also(wp_page()) == []


# --- Jetpack -----------------------------------------------------------------------------------------------------


def _jetpack_visual(count: int) -> str:
    posts = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{n} jp-relatedposts-post-thumbs" data-post-id="{42 + n}"'
        f' data-post-format="false"><a class="jp-relatedposts-post-a" href="{SITE}{href}" title="{title}" '
        f'rel="nofollow" data-origin="4312" data-position="{n}"><img class="jp-relatedposts-post-img" '
        f'src="/wp-content/uploads/2024/04/photo-{n}.jpg" alt="{title}" width="350"></a>'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{SITE}{href}" '
        f'title="{title}" rel="nofollow" data-origin="4312" data-position="{n}">{title}</a></h4>'
        '<p class="jp-relatedposts-post-excerpt">The council met on Monday and the plan was discussed at length by '
        'members of all parties.</p><p class="jp-relatedposts-post-date" style="display: block;">April 3, 2024</p>'
        '<p class="jp-relatedposts-post-context">In "Politics"</p></div>'
        for n, (href, title) in enumerate(STORIES[:count])
    )
    return (
        "<div id='jp-relatedposts' class='jp-relatedposts' style=\"display: block;\">"
        '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{posts}</div></div>'
    )


def test_jetpack_related_posts_with_thumbnails() -> None:
    # Given Jetpack's box, filled by its script, at the end of the content after the share buttons
    assert see_also(wp_page(in_content=SHARE + _jetpack_visual(3))) == expected(3)


def test_jetpack_related_posts_text_only() -> None:
    # Given Jetpack's text-only layout: one paragraph per post, its title, date and context in spans
    posts = "".join(
        f'<p class="jp-relatedposts-post jp-relatedposts-post{n}" data-post-id="{42 + n}" data-post-format="false">'
        f'<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" title="{title}" '
        f'rel="nofollow" data-origin="4312" data-position="{n}">{title}</a></span>'
        '<span class="jp-relatedposts-post-date">April 3, 2024</span>'
        '<span class="jp-relatedposts-post-context">In "Politics"</span></p>'
        for n, (href, title) in enumerate(STORIES[:3])
    )
    box = (
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>Related</em>"
        f'</h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">{posts}</div>'
        "</div>"
    )
    assert see_also(wp_page(in_content=SHARE + box)) == expected(3)


def test_jetpack_placeholder_left_for_its_script_is_empty() -> None:
    # Given the box as the server prints it, before the script fills it: only its headline
    box = (
        "<div id='jp-relatedposts' class='jp-relatedposts'>\n\t"
        '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>\n</div>'
    )
    # Then neither the tags nor the post navigation after it are its links
    assert see_also(wp_page(in_content=SHARE + box)) == []


def test_jetpack_related_posts_block() -> None:
    # Given Jetpack's block: a <nav> of rows, each post a list of its link, image link, date and context
    def item(n: int, href: str, title: str) -> str:
        return (
            f'<ul id="related-posts-item-{n}" aria-labelledby="related-posts-item-{n}-label" '
            f'class="jp-related-posts-i2__post" role="menuitem"><li class="jp-related-posts-i2__post-link">'
            f'<a id="related-posts-item-{n}-label" href="{SITE}{href}">{title}</a></li>'
            f'<li class="jp-related-posts-i2__post-img-link"><a href="{SITE}{href}"><img src="/img/{n}.jpg" '
            f'width="350" height="200" alt="" loading="lazy"></a></li>'
            '<li class="jp-related-posts-i2__post-date">April 3, 2024</li>'
            '<li class="jp-related-posts-i2__post-context">In "Politics"</li></ul>'
        )

    rows = "".join(item(n, href, title) for n, (href, title) in enumerate(STORIES[:3]))
    block = (
        '<nav class="jp-relatedposts-i2 wp-block-jetpack-related-posts" data-layout="grid">'
        '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        f'<div class="jp-related-posts-i2__row" data-post-count="3">{rows}</div></nav>'
    )
    assert see_also(wp_page(in_content=block)) == expected(3)


# --- YARPP, Contextual Related Posts, Related Posts for WordPress ------------------------------------------------


def test_yarpp_list_template() -> None:
    items = "".join(f'<li><a href="{SITE}{h}" rel="bookmark" title="{t}">{t}</a></li>\n' for h, t in STORIES[:4])
    box = (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<!-- YARPP List -->\n"
        f"<h3>Related posts:</h3><ol>\n{items}</ol>\n</div>"
    )
    assert see_also(wp_page(in_content=box)) == expected(4)


def test_yarpp_thumbnails_template() -> None:
    items = "".join(
        f"<a class='yarpp-thumbnail' rel='norewrite' href='{SITE}{h}' title='{t}'>\n"
        f'<img width="120" height="120" src="/img/{n}-120x120.jpg" class="attachment-yarpp-thumbnail '
        f'size-yarpp-thumbnail wp-post-image" alt="" data-pin-nopin="true"><span class="yarpp-thumbnail-title">{t}'
        "</span></a>\n"
        for n, (h, t) in enumerate(STORIES[:4])
    )
    box = (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>\n<!-- YARPP Thumbnails -->\n"
        f'<h3>You may also like</h3>\n<div class="yarpp-thumbnails-horizontal">\n{items}</div>\n</div>'
    )
    assert see_also(wp_page(in_content=box)) == expected(4)


def test_contextual_related_posts() -> None:
    items = "".join(
        f'<li><a href="{SITE}{h}" class="crp_link post-{420 + n}"><figure><img width="150" height="150" '
        f'src="/img/{n}-150x150.jpg" class="crp_featured crp_thumb crp_thumbnail" alt="{t}" title="{t}"></figure>'
        f'<span class="crp_title">{t}</span></a><span class="crp_date"> April 3, 2024</span></li>'
        for n, (h, t) in enumerate(STORIES[:5])
    )
    box = (
        '<div class="crp_related     crp-rounded-thumbs"><h3>Related Posts:</h3>'
        f'<ul>{items}</ul><div class="crp_clear"></div></div>'
    )
    assert see_also(wp_page(in_content=box)) == expected(5)


def test_related_posts_for_wordpress() -> None:
    items = "".join(
        f"<li class='rp4wp-col'><div class='rp4wp_component rp4wp_component_image'><a href='{SITE}{h}'>"
        f"<img src='/img/{n}.jpg' alt=''></a></div><div class='rp4wp_component rp4wp_component_title'>"
        f"<a href='{SITE}{h}'>{t}</a></div><div class='rp4wp_component rp4wp_component_excerpt'>The council met on "
        "Monday and the plan was discussed by members of all parties.</div></li>"
        for n, (h, t) in enumerate(STORIES[:3])
    )
    box = (
        "<div class='rp4wp-related-posts rp4wp-related-post'><h3>Related Posts</h3>"
        f"<ul class='rp4wp-posts-list'>{items}</ul></div>"
    )
    assert see_also(wp_page(in_content=box)) == expected(3)


# --- Inline boxes in the body ------------------------------------------------------------------------------------


def test_inline_related_post_box_between_paragraphs() -> None:
    # Given an inline box between the paragraphs: one link over the whole box, its call "READ ALSO" and the title
    href, title = STORIES[0]
    box = (
        '<div style="clear:both; margin-top:0em; margin-bottom:1em;">'
        f'<a href="{SITE}{href}" target="_blank" rel="dofollow" class="u1c6e1f1a9d2f">'
        '<div class="centered-text-area"><div class="centered-text" style="float: left;">'
        '<div class="ctaText" style="float:left;">READ  ALSO</div>'
        f'<div class="postTitle" style="float:left;">{title}</div></div></div><div class="ctaButton"></div></a></div>'
    )
    paragraphs = PARAGRAPHS.split("</p>")
    content = "</p>".join(paragraphs[:3]) + "</p>" + box + "</p>".join(paragraphs[3:])
    page = wp_page().replace(PARAGRAPHS.encode(), content.encode())
    assert see_also(page) == expected(1)


def test_gutenberg_read_more_paragraphs() -> None:
    # Given "Read more:" and "RELATED:" paragraphs written in the editor between the body's paragraphs
    (h1, t1), (h2, t2) = STORIES[:2]
    lines = (
        f'<p><strong>Read more:</strong> <a href="{SITE}{h1}">{t1}</a></p>',
        f'<p><strong>RELATED:</strong> <a href="{h2}">{t2}</a></p>',
    )
    paragraphs = PARAGRAPHS.split("</p>")
    content = "</p>".join(paragraphs[:2]) + "</p>" + lines[0] + "</p>".join(paragraphs[2:4]) + "</p>" + lines[1]
    content += "</p>".join(paragraphs[4:])
    page = wp_page().replace(PARAGRAPHS.encode(), content.encode())
    assert see_also(page) == expected(2)


def test_gutenberg_related_group_with_a_list() -> None:
    items = "".join(f'<li><a href="{SITE}{h}">{t}</a></li>' for h, t in STORIES[:3])
    group = (
        '<div class="wp-block-group has-background"><div class="wp-block-group__inner-container">'
        f'<h3 class="wp-block-heading">More on this story</h3><ul class="wp-block-list">{items}</ul></div></div>'
    )
    assert see_also(wp_page(in_content=group)) == expected(3)


# --- News themes --------------------------------------------------------------------------------------------------


def _tagdiv_module(href: str, title: str) -> str:
    return (
        '<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{SITE}{href}" rel="bookmark" '
        f'class="td-image-wrap" title="{title}"><img class="entry-thumb" src="/img/x-218x150.jpg" alt="" '
        f'title="{title}"></a></div><a href="/category/politics/" class="td-post-category">Politics</a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{SITE}{href}" rel="bookmark" '
        f'title="{title}">{title}</a></h3></div></div></div>'
    )


def test_tagdiv_newspaper_related_block() -> None:
    # Given the theme's page: the article with its footer (tags, sharing, previous/next article, author), then the
    # related block with its "RELATED ARTICLES" / "MORE FROM AUTHOR" tabs and its ajax pager, then comments
    footer = (
        '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span>'
        '</li><li><a href="/tag/budget/">budget</a></li></ul></div><div class="td-post-sharing-bottom">'
        f'<a class="td-social-sharing-button" href="https://twitter.com/intent/tweet?url={URL}">Twitter</a></div>'
        '<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post">'
        f'<div class="td-post-next-prev-content"><span>Previous article</span><a href="{FEED[0][0]}">{FEED[0][1]}</a>'
        '</div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post">'
        f'<div class="td-post-next-prev-content"><span>Next article</span><a href="{FEED[1][0]}">{FEED[1][1]}</a>'
        '</div></div></div><div class="td-author-name vcard author"><span class="fn">'
        '<a href="/author/jane-doe/">Jane Doe</a></span></div></footer>'
    )
    modules = "".join(_tagdiv_module(h, t) for h, t in STORIES[:3])
    related = (
        '<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top '
        'td_block_template_1" data-td-block-uid="tdi_3"><h4 class="td-related-title td-block-title">'
        '<a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" '
        'href="#">RELATED ARTICLES</a><a id="tdi_5" class="td-related-right" '
        'data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3" href="#">MORE FROM AUTHOR</a>'
        f'</h4><div id="tdi_3" class="td_block_inner"><div class="td-related-row">{modules}</div></div>'
        '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" id="prev-page-tdi_3" '
        'data-td_block_id="tdi_3"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" '
        'class="td-ajax-next-page" id="next-page-tdi_3" data-td_block_id="tdi_3">'
        '<i class="td-icon-font td-icon-menu-right"></i></a></div></div>'
    )
    popular = (
        '<div class="td_block_wrap td_block_7 td_block_widget"><h4 class="block-title"><span>MOST POPULAR</span></h4>'
        '<div class="td_block_inner">'
        + "".join(
            f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="{h}" '
            f'rel="bookmark" title="{t}">{t}</a></h3></div>'
            for h, t in FEED
        )
        + "</div></div>"
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article id="post-4312" class="post-4312 post type-post status-publish"><div class="td-post-header">'
        f'<header class="td-post-title"><h1 class="entry-title">{TITLE}</h1><div class="td-module-meta-info">'
        '<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jane-doe/">Jane Doe</a>'
        '</div><span class="td-post-date"><time class="entry-date updated td-module-date" '
        'datetime="2024-05-14T09:12:00+00:00">May 14, 2024</time></span></div></header></div>'
        f'<div class="td-post-content tagdiv-type">{PARAGRAPHS}</div>{footer}</article>{related}'
        f'<div class="comments" id="comments">{COMMENTS}</div></div></div>'
        '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
        f"{popular}</div></div></div></div></div>"
        '<div class="td-footer-wrapper"><a href="/about-us/">About us</a></div></body></html>'
    ).encode()
    assert see_also(page) == expected(3)


def test_jnews_related_post_container() -> None:
    # Given the theme's content column: body, share bar, ad slot, previous/next posts, author box, the related
    # module (a heading split in <span>/<strong>, cards with a thumbnail, category, title and a date link), the
    # "Next Post" pop-up and comments; a popular block in the sidebar column
    def card(href: str, title: str) -> str:
        return (
            '<article class="jeg_post jeg_pl_md_1 format-standard"><div class="jeg_thumb">'
            f'<a href="{SITE}{href}"><div class="thumbnail-container animate-lazy size-715"><img src="/img/x.jpg" '
            'alt=""></div></a><div class="jeg_post_category"><span><a href="/category/politics/" '
            'class="category-politics">Politics</a></span></div></div><div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{SITE}{href}">{title}</a></h3><div class="jeg_post_meta">'
            f'<div class="jeg_meta_date"><a href="{SITE}{href}"><i class="fa fa-clock-o"></i> April 3, 2024</a></div>'
            "</div></div></article>"
        )

    related = (
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook '
        'jeg_pagination_disable jeg_col_2o3 jnews_module_4312_0_65a0" data-unique="jnews_module_4312_0_65a0">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>'
        'Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap">'
        '<div class="jeg_posts jeg_load_more_flag">'
        + "".join(card(h, t) for h, t in STORIES[:3])
        + "</div></div><div class='module-overlay'><div class='preloader_type preloader_dot'></div></div></div>"
        "<div class=\"jeg_block_navigation\"><div class='navigation_overlay'><div class='module-preloader "
        "module-loader'></div></div></div></div></div>"
    )
    prev_next = (
        '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
        f'<a href="{FEED[0][0]}" class="post prev-post"><span class="caption">Previous Post</span>'
        f'<h3 class="post-title">{FEED[0][1]}</h3></a><a href="{FEED[1][0]}" class="post next-post">'
        f'<span class="caption">Next Post</span><h3 class="post-title">{FEED[1][1]}</h3></a></div></div>'
    )
    author = (
        '<div class="jnews_author_box_container"><div class="jeg_authorbox"><div class="jeg_author_content">'
        '<h3 class="jeg_author_name"><a href="/author/jane-doe/">Jane Doe</a></h3>'
        '<p class="jeg_author_desc">Jane covers the city hall.</p></div></div></div>'
    )
    popup = (
        '<div class="jnews_popup_post_container"><section class="jeg_popup_post"><span class="caption">Next Post'
        f'</span><div class="jeg_popup_content"><h3 class="post-title"><a href="{FEED[1][0]}">{FEED[1][1]}</a></h3>'
        "</div></section></div>"
    )
    popular = (
        '<div class="widget widget_jnews_module_block_5"><div class="jeg_postblock_5 jeg_postblock">'
        '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Popular</span></h3></div>'
        '<div class="jeg_posts">'
        + "".join(
            f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{h}">{t}</a></h3></article>'
            for h, t in FEED
        )
        + "</div></div></div>"
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div '
        'class="container">'
        '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">'
        f'<div class="entry-header"><h1 class="jeg_post_title">{TITLE}</h1><div class="jeg_meta_container">'
        '<div class="jeg_meta_author"><span class="meta_text">by</span> <a href="/author/jane-doe/">Jane Doe</a></div>'
        '</div></div><div class="entry-content no-share"><div class="content-inner ">'
        f"{PARAGRAPHS}</div></div>"
        '<div class="jeg_share_bottom_container"></div><div class="jeg_ad jeg_article jnews_content_bottom_ads">'
        "<div class='ads-wrapper'></div></div>"
        f'{prev_next}{author}{related}{popup}<div class="jnews_comment_container">{COMMENTS}</div></div></div>'
        f'<div class="jeg_sidebar jeg_sticky_sidebar col-md-4">{popular}</div></div></div></div></div></div>'
        '<div class="footer-holder" id="footer"><a href="/about-us/">About us</a></div></body></html>'
    ).encode()
    assert see_also(page) == expected(3)


def test_soledad_post_related_carousel() -> None:
    # Given the theme's article: tags in the entry, a share box, author box, previous/next posts, then "You may also
    # like" with a carousel of cards whose image link is empty (a background image), then comments
    items = "".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder owl-lazy" data-src="/img/{n}.jpg" '
        f'href="{SITE}{h}" title="{t}"></a><h3><a href="{SITE}{h}">{t}</a></h3><span class="date">'
        '<time class="entry-date published" datetime="2024-04-03T10:00:00+00:00">April 3, 2024</time></span></div>'
        for n, (h, t) in enumerate(STORIES[:4])
    )
    tail = (
        '<div class="tags-share-box center-box tags-share-box-s1"><div class="post-share"><span '
        'class="post-share-item">'
        f'<a target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={URL}">Facebook</a></span></div></div>'
        '<div class="post-author abio-style-1"><div class="author-content"><h5><a href="/author/jane-doe/" '
        'class="author-name">Jane Doe</a></h5><p>Jane covers the city hall.</p></div></div>'
        '<div class="post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title">'
        f'<span>previous post</span></div><a href="{FEED[0][0]}"><div class="pagi-text"><h5 class="prev-title">'
        f"{FEED[0][1]}</h5></div></a></div></div></div>"
        '<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4></div>'
        '<div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" '
        f'data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false">{items}</div></div>'
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div class="container container-single penci_sidebar right-sidebar"><div id="main"><div '
        'class="theiaStickySidebar">'
        '<article id="post-4312" class="post type-post status-publish"><div class="header-standard header-classic '
        'single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" '
        'href="/category/politics/">Politics</a></span></div><h1 class="post-title single-post-title entry-title">'
        f"{TITLE}"
        '</h1><div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">by '
        '<a class="author-url url fn n" href="/author/jane-doe/">Jane Doe</a></span></span></div></div>'
        '<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" '
        f'id="penci-post-entry-inner">{PARAGRAPHS}<div class="post-tags"><a href="/tag/budget/" rel="tag">budget</a>'
        f'</div></div></div>{tail}<div class="post-comments no-comment-yet" id="comments">{COMMENTS}</div></article>'
        f'</div></div><div id="sidebar" class="penci-sidebar-right penci-sidebar-content">{SIDEBAR}</div></div>'
        '<footer id="footer-section" class="penci-footer-social-media"><a href="/about-us/">About us</a></footer>'
        "</body></html>"
    ).encode()
    assert see_also(page) == expected(4)


def test_mvp_related_posts_with_links_around_list_items() -> None:
    # Given the theme's bottom of the post: "Related Topics:" over the tags, the author box, then "You may like" with
    # a list whose items sit inside their links (<ul><a><li>), as the theme prints them
    items = "".join(
        f'<a href="{SITE}{h}" rel="bookmark"><li><div class="mvp-related-img left relative"><img src="/img/{n}.jpg" '
        f'class="mvp-reg-img" alt=""></div><div class="mvp-related-text left relative"><p>{t}</p></div></li></a>'
        for n, (h, t) in enumerate(STORIES[:6])
    )
    bottom = (
        '<div id="mvp-content-bot" class="left"><div class="mvp-post-tags"><span class="mvp-post-tags-header">'
        'Related Topics:</span><span itemprop="keywords"><a href="/tag/budget/" rel="tag">budget</a>'
        '<a href="/tag/city-council/" rel="tag">city council</a></span></div><div class="posts-nav-link"></div>'
        '<div id="mvp-author-box-wrap" class="left relative"><div class="mvp-author-box-out right relative">'
        '<span class="mvp-author-box-name left relative"><a href="/author/jane-doe/">Jane Doe</a></span></div></div>'
        '<div class="mvp-cont-read-wrap"><div class="mvp-cont-read-but-wrap left relative">'
        '<span class="mvp-cont-read-but">Continue Reading</span></div><div id="mvp-related-posts" class="left '
        'relative">'
        '<h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">You may like</span></h4>'
        f'<ul class="mvp-related-posts-list left related">{items}</ul></div>'
        f'<div id="comments" class="mvp-comments-button left relative">{COMMENTS}</div></div></div>'
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div id="mvp-main-body-wrap" class="left relative"><article id="mvp-article-wrap" itemscope '
        'itemtype="http://schema.org/NewsArticle"><div id="mvp-article-cont" class="left relative">'
        '<div id="mvp-post-main" class="left relative"><header id="mvp-post-head" class="left relative">'
        f'<h1 class="mvp-post-title left entry-title" itemprop="headline">{TITLE}</h1><div '
        'class="mvp-author-info-name">'
        '<span class="author-name vcard fn author" itemprop="name"><a href="/author/jane-doe/">Jane Doe</a></span>'
        "</div>"
        '</header><div id="mvp-post-content" class="left relative"><div id="mvp-content-wrap" class="left relative">'
        '<div id="mvp-content-body" class="left relative"><div id="mvp-content-main" class="left relative">'
        f"{PARAGRAPHS}"
        f"</div>{bottom}</div></div></div></div>"
        f'<div id="mvp-side-wrap" class="left relative theiaStickySidebar">{SIDEBAR}</div></div></article></div>'
        '<footer id="mvp-foot-wrap" class="left relative"><a href="/about-us/">About us</a></footer></body></html>'
    ).encode()
    assert see_also(page) == expected(6)


def test_sahifa_related_posts_section() -> None:
    # Given the theme's single post: the article, tags and previous/next posts after it, the author box, then the
    # "Related Articles" section of cards (thumbnail link, title, date) before the comments
    items = "".join(
        f'<div class="related-item"><div class="post-thumbnail"><a href="{SITE}{h}"><img src="/img/{n}.jpg" alt="">'
        f'<span class="fa overlay-icon"></span></a></div><h3><a href="{SITE}{h}" rel="bookmark">{t}</a></h3>'
        '<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>April 3, 2024</span></p></div>'
        for n, (h, t) in enumerate(STORIES[:3])
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div id="main-content" class="container"><div class="content">'
        '<article class="post-listing post-4312 post type-post" id="the-post"><div class="post-inner">'
        f'<h1 class="name post-title entry-title"><span itemprop="name">{TITLE}</span></h1><p class="post-meta">'
        '<span class="post-meta-author"><a href="/author/jane-doe/">Jane Doe</a></span></p><div class="clear"></div>'
        f'<div class="entry">{PARAGRAPHS}</div><div class="share-post"><ul class="flat-social">'
        f'<li><a href="https://www.facebook.com/sharer.php?u={URL}" class="social-facebook">Facebook</a></li></ul>'
        "</div>"
        '<div class="clear"></div></div></article><p class="post-tag">Tags <a href="/tag/budget/" rel="tag">budget</a>'
        "</p>"
        f'<div class="post-navigation"><div class="post-previous"><a href="{FEED[0][0]}" rel="prev"><span>'
        "Previous</span>"
        f' {FEED[0][1]}</a></div><div class="post-next"><a href="{FEED[1][0]}" rel="next"><span>Next</span> '
        f'{FEED[1][1]}</a></div></div><section id="author-box"><div class="block-head"><h3>About Jane Doe</h3></div>'
        '<div class="post-listing"><div class="author-bio">Jane covers the city hall.</div></div></section>'
        '<section id="related_posts"><div class="block-head"><h3>Related Articles</h3><div class="stripe-line"></div>'
        f'</div><div class="post-listing">{items}<div class="clear"></div></div></section>{COMMENTS}</div>'
        f'<aside id="sidebar">{SIDEBAR}</aside></div>'
        '<footer id="theme-footer"><a href="/about-us/">About us</a></footer></body></html>'
    ).encode()
    assert see_also(page) == expected(3)


def test_jannah_related_posts_in_post_components() -> None:
    # Given the theme's article, then its components: author box, previous/next posts with thumbnails, the
    # "Related Articles" box, comments
    items = "".join(
        f'<div class="related-item tie-standard"><a aria-label="{t}" href="{SITE}{h}" class="post-thumb">'
        f'<img src="/img/{n}.jpg" alt=""></a><h3 class="post-title"><a href="{SITE}{h}">{t}</a></h3>'
        '<div class="post-meta clearfix"><span class="date meta-item tie-icon">3 weeks ago</span></div></div>'
        for n, (h, t) in enumerate(STORIES[:4])
    )
    components = (
        '<div class="post-components"><div class="about-author container-wrapper about-author-1">'
        '<div class="author-info"><h3 class="author-name"><a href="/author/jane-doe/">Jane Doe</a></h3>'
        '<div class="author-bio">Jane covers the city hall.</div></div></div>'
        '<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post">'
        f'<a href="{FEED[0][0]}" class="post-thumb" rel="prev"></a><a href="{FEED[0][0]}" rel="prev">'
        f'<h3 class="post-title">{FEED[0][1]}</h3></a></div><div class="tie-col-xs-6 next-post">'
        f'<a href="{FEED[1][0]}" class="post-thumb" rel="next"></a><a href="{FEED[1][0]}" rel="next">'
        f'<h3 class="post-title">{FEED[1][1]}</h3></a></div></div>'
        '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title">'
        f'<h3>Related Articles</h3></div><div class="related-posts-list">{items}</div></div>'
        f'<div id="comments" class="comments-area">{COMMENTS}</div></div>'
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer">'
        f'<div class="entry-header"><h1 class="post-title entry-title">{TITLE}</h1><div class="post-meta">'
        '<span class="author-meta single-author"><span class="meta-author"><a href="/author/jane-doe/" '
        'class="author-name tie-icon">Jane Doe</a></span></span></div></div></header>'
        f'<div class="entry-content entry clearfix">{PARAGRAPHS}</div><div class="post-footer post-footer-on-bottom">'
        f'<div class="share-links"><a href="https://www.facebook.com/sharer.php?u={URL}" class="facebook-share-btn">'
        f"Facebook</a></div></div></article>{components}</div>"
        f'<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="Primary Sidebar">{SIDEBAR}</aside>'
        '</div></div><footer id="footer" class="site-footer"><a href="/about-us/">About us</a></footer></body></html>'
    ).encode()
    assert see_also(page) == expected(4)


def test_astra_related_posts_after_the_article() -> None:
    # Given the theme's related posts after the article: a title section, then post cards with a category badge,
    # a title, an excerpt and a "Read more" link each
    items = "".join(
        f'<article class="ast-related-post post-{420 + n} post type-post"><div class="ast-related-posts-inner-section">'
        '<div class="ast-related-post-content"><header class="entry-header related-entry-header">'
        f'<h3 class="ast-related-post-title entry-title"><a href="{SITE}{h}" target="_self" rel="bookmark noopener '
        f'noreferrer">{t}</a></h3><div class="entry-meta"><span class="cat-links"><a href="/category/politics/" '
        'rel="category tag">Politics</a></span> / <span class="posted-on">April 3, 2024</span></div></header>'
        '<div class="entry-content clear"><p class="ast-related-post-excerpt">The council met on Monday and the plan '
        'was discussed.</p><p class="ast-related-post-cta read-more"><a class="ast-related-post-link" '
        f'href="{SITE}{h}" aria-label="Related post link" target="_self">Read more</a></p></div></div></div></article>'
        for n, (h, t) in enumerate(STORIES[:3])
    )
    box = (
        '<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section">'
        f'<h2 class="ast-related-posts-title">Related Posts</h2></div><div class="ast-related-posts-wrapper">{items}'
        "</div></div>"
    )
    assert see_also(wp_page(after_article=box)) == expected(3)


def test_kadence_entry_related_carousel() -> None:
    # Given the theme's "Similar Posts" after the post navigation: a carousel list of post cards (thumbnail link,
    # category, title, date, "Read More" with the title for screen readers)
    items = "".join(
        '<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post">'
        f'<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{SITE}{h}"><div class="post-thumbnail-inner">'
        f'<img src="/img/{n}.jpg" alt=""></div></a><div class="entry-content-wrap"><header class="entry-header">'
        '<div class="entry-taxonomies"><span class="category-links term-links"><a href="/category/politics/" rel="tag">'
        f'Politics</a></span></div><h3 class="entry-title"><a href="{SITE}{h}" rel="bookmark">{t}</a></h3>'
        '<div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" '
        'datetime="2024-04-03T10:00:00+00:00">April 3, 2024</time></span></div></header><footer class="entry-footer">'
        f'<div class="entry-actions"><p class="more-link-wrap"><a href="{SITE}{h}" class="post-more-link">Read More'
        f'<span class="screen-reader-text"> {t}</span></a></p></div></footer></div></article></li>'
        for n, (h, t) in enumerate(STORIES[:3])
    )
    box = (
        '<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner '
        "content-container "
        'site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar '
        "Posts"
        '</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track">'
        f'<ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">{items}</ul></div></div>'
        "</div></div></div>"
    )
    page = wp_page().replace(POST_NAVIGATION.encode(), (POST_NAVIGATION + box).encode())
    assert see_also(page) == expected(3)


def test_drupal_related_articles_field() -> None:
    # Given a Drupal node: the body field, the tags field, then an entity-reference field labelled "Related articles"
    items = "".join(
        f'<div class="field__item"><a href="/news/{h.rsplit("/", 2)[-2]}" hreflang="en">{t}</a></div>'
        for h, t in STORIES[:3]
    )
    page = (
        f'<html><head><title>{TITLE} | Example News</title></head><body class="path-node page-node-type-article">'
        '<div class="dialog-off-canvas-main-canvas"><header role="banner"><nav role="navigation" '
        'aria-labelledby="block-main-menu"><h2 id="block-main-menu" class="visually-hidden">Main navigation</h2>'
        '<ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item">'
        '<a href="/events">Events</a></li></ul></nav></header><main role="main"><div class="layout-content">'
        '<article role="article" class="node node--type-article node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{TITLE}</span></h1>'
        '<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field--name-uid">'
        '<a href="/user/12" class="username">Jane Doe</a></span> on <span>Tue, 05/14/2024 - 09:12</span></div>'
        '</footer><div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{PARAGRAPHS}</div>'
        '<section class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">'
        '<h2 class="field__label">Tags</h2><ul class="links field__items"><li><a href="/taxonomy/term/5" hreflang="en">'
        "budget</a></li></ul></section>"
        '<div class="field field--name-field-related-articles field--type-entity-reference field--label-above">'
        f'<div class="field__label">Related articles</div><div class="field__items">{items}</div></div></div>'
        '</article></div><aside class="layout-sidebar-first" role="complementary"><div class="views-element-container">'
        '<h2>Most read</h2><div class="view-content"><div class="item-list"><ul>'
        + "".join(f'<li><a href="/news/{h.rsplit("/", 2)[-2]}" hreflang="en">{t}</a></li>' for h, t in FEED)
        + '</ul></div></div></div></aside></main><footer role="contentinfo"><a href="/contact">Contact</a></footer>'
        "</div></body></html>"
    ).encode()
    found = see_also(page.replace(b"https://www.example-news.com", b""))
    assert found == [(f"{SITE}/news/{h.rsplit('/', 2)[-2]}", t) for h, t in STORIES[:3]]


# --- Look-alikes that are no see-also -----------------------------------------------------------------------------


def test_latest_posts_block_at_the_end_of_the_content_is_a_feed() -> None:
    items = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{SITE}{h}">{t}</a></li>' for h, t in FEED[:4]
    )
    block = f'<ul class="wp-block-latest-posts__list wp-block-latest-posts">{items}</ul>'
    assert see_also(wp_page(in_content=block)) == []
    assert see_also(wp_page(after_content=block)) == []
    headed = f'<h2 class="wp-block-heading">Latest news</h2>{block}'
    assert see_also(wp_page(in_content=headed)) == []


def test_recent_and_popular_widgets_below_the_article_are_feeds() -> None:
    # Given the sidebar's widgets moved below the article (a theme's "after post" widget area)
    area = f'<div class="widget-area after-post-widgets">{RECENT}{POPULAR}</div>'
    assert see_also(wp_page(after_article=area)) == []
    # And the popular posts list alone, printed by its shortcode under the article
    shortcode = (
        '<div class="popular-posts"><h2>Popular Posts</h2><ul class="wpp-list">'
        + "".join(f'<li><a href="{h}" class="wpp-post-title">{t}</a></li>' for h, t in FEED[:4])
        + "</ul></div>"
    )
    assert see_also(wp_page(after_article=shortcode)) == []


def test_post_navigation_with_thumbnails_is_no_see_also() -> None:
    # Given a theme's previous/next links after the content, with thumbnails and titles, and no rel attributes
    nav = (
        '<div class="post-nav-wrap"><div class="nav-links">'
        f'<div class="nav-previous"><a href="{FEED[0][0]}"><img src="/img/p.jpg" alt=""><span class="nav-subtitle">'
        f'Previous</span> <span class="nav-title">{FEED[0][1]}</span></a></div><div class="nav-next">'
        f'<a href="{FEED[1][0]}"><img src="/img/n.jpg" alt=""><span class="nav-subtitle">Next</span> '
        f'<span class="nav-title">{FEED[1][1]}</span></a></div></div></div>'
    )
    assert see_also(wp_page(after_article=nav)) == []


def test_outbrain_widget_with_the_sites_own_stories_is_no_see_also() -> None:
    # Given a filled recommendation widget under the article, headed "You May Like", mixing paid links and the site's
    # own stories
    recs = "".join(
        f'<div class="ob-dynamic-rec-container ob-recIndex-{n} ob-p"><a class="ob-dynamic-rec-link" href="{href}" '
        f'target="_blank"><span class="ob-unit ob-rec-image-container"><img class="ob-rec-image" src="/i/{n}.jpg" '
        f'alt=""></span><span class="ob-unit ob-rec-text">{title}</span></a></div>'
        for n, (href, title) in enumerate(
            [
                (f"{SITE}{STORIES[0][0]}", STORIES[0][1]),
                ("https://paid.outbrain.example/network/redir?p=abc", "Doctors stunned by this simple daily trick"),
                (f"{SITE}{STORIES[1][0]}", STORIES[1][1]),
            ]
        )
    )
    widget = (
        f'<div class="OUTBRAIN" data-src="{URL}" data-widget-id="AR_1"><div class="ob-widget ob-feed-layout AR_1">'
        '<div class="ob-widget-header"><span class="ob-widget-text">You May Like</span></div>'
        f'<div class="ob-widget-items-container">{recs}</div></div></div>'
    )
    assert see_also(wp_page(after_article=widget)) == []


def test_taboola_widget_named_related_is_no_see_also() -> None:
    # Given the filled below-article widget, whose container class names it "related", headed "You May Like"
    items = "".join(
        f'<div class="videoCube trc_spotlight_item origin-default thumbnail_top {kind}"><a title="{title}" '
        f'href="{href}" class="item-thumbnail-href" target="_blank"><span class="video-label-box">'
        f'<span class="video-label video-title trc_ellipsis">{title}</span></span></a></div>'
        for kind, href, title in (
            ("syndicatedItem", "https://sponsor.example/offer?utm_source=taboola", "Seniors love this new gadget"),
            ("organicItem", f"{SITE}{STORIES[0][0]}", STORIES[0][1]),
            ("organicItem", f"{SITE}{STORIES[1][0]}", STORIES[1][1]),
        )
    )
    widget = (
        '<div id="taboola-below-article-thumbnails"><div class="trc_related_container trc_spotlight_widget">'
        '<div class="trc_rbox_container"><div class="trc_rbox thumbnails-a"><div class="trc_rbox_header '
        'trc_rbox_border_elm"><div class="trc_rbox_header_span">You May Like</div></div><div class="trc_rbox_outer">'
        f'<div class="trc_rbox_div trc_rbox_border_elm">{items}</div></div></div></div></div></div>'
    )
    assert see_also(wp_page(after_article=widget)) == []


def test_trending_box_after_the_article_is_a_feed() -> None:
    cards = "".join(
        f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{h}">{t}</a></h3></article>'
        for h, t in FEED[:4]
    )
    box = (
        '<div class="jeg_postblock_4 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title">'
        f'<span>Trending</span></h3></div><div class="jeg_posts">{cards}</div></div>'
    )
    assert see_also(wp_page(after_article=box)) == []


def test_a_related_named_carousel_headed_popular_posts_is_a_feed() -> None:
    # Given a theme's popular posts carousel that reuses its related-carousel class, under the article
    items = "".join(
        f'<div class="item-related"><a class="related-thumb" href="{h}" title="{t}"></a><h3><a href="{h}">{t}</a></h3>'
        "</div>"
        for h, t in FEED[:4]
    )
    box = (
        '<div class="container penci-home-popular-posts"><h2 class="home-pupular-posts-title"><span>Popular Posts'
        f'</span></h2><div class="penci-owl-carousel penci-related-carousel penci-home-popular-post">{items}</div>'
        "</div>"
    )
    assert see_also(wp_page(after_article=box)) == []


def test_share_bar_and_tags_are_no_see_also() -> None:
    tags = (
        '<div class="post-tags"><span class="tags-title">Related Topics:</span>'
        + "".join(f'<a href="/tag/{t}/" rel="tag">{t}</a>' for t in ("budget", "city-council", "schools"))
        + "</div>"
    )
    assert see_also(wp_page(in_content=SHARE + tags)) == []


# --- Page builders, block themes and boxes placed after the sidebar ------------------------------------------------


def _elementor_widget(kind: str, inner: str) -> str:
    return (
        f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _elementor_section(*widgets: str) -> str:
    return (
        '<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container '
        'elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">'
        f'<div class="elementor-widget-wrap elementor-element-populated">{"".join(widgets)}</div></div></div></section>'
    )


def elementor_page(sections: str) -> bytes:
    """An article page built by a page builder's single-post template: sections of widgets, no ``<article>``."""
    return (
        f'<html><head><title>{TITLE}</title></head><body class="single single-post elementor-default">'
        f'{NAVIGATION}<div data-elementor-type="single-post" class="elementor elementor-88 elementor-location-single '
        f'post-4312 post type-post status-publish">{sections}</div>'
        '<footer data-elementor-type="footer" class="elementor elementor-90 elementor-location-footer">'
        '<a href="/privacy-policy/">Privacy Policy</a></footer></body></html>'
    ).encode()


ELEMENTOR_STORY = _elementor_section(
    _elementor_widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{TITLE}</h1>'),
    _elementor_widget(
        "post-info",
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li '
        'class="elementor-icon-list-'
        'item"><a href="/author/jane-doe/"><span class="elementor-post-info__item--type-author">Jane Doe</span></a>'
        "</li>"
        "</ul>",
    ),
    _elementor_widget("theme-post-content", PARAGRAPHS),
    _elementor_widget(
        "share-buttons",
        '<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn '
        'elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Share on facebook">'
        '<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></span></div>'
        "</div></div>",
    ),
    _elementor_widget(
        "post-navigation",
        '<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__'
        f'link"><a href="{FEED[0][0]}" rel="prev"><span class="post-navigation__prev--label">Previous</span>'
        f'<span class="post-navigation__prev--title">{FEED[0][1]}</span></a></div></div>',
    ),
)


def _elementor_posts(stories: list[tuple[str, str]]) -> str:
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{420 + n} post type-post">'
        f'<a class="elementor-post__thumbnail__link" href="{SITE}{h}" tabindex="-1"><div class="elementor-post__'
        f'thumbnail"><img src="/img/{n}.jpg" alt=""></div></a><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{SITE}{h}">{t}</a></h3><div class="elementor-post__meta-data">'
        '<span class="elementor-post-date">April 3, 2024</span></div><div class="elementor-post__excerpt"><p>The '
        'council met on Monday and the plan was discussed.</p></div><a class="elementor-post__read-more" '
        f'href="{SITE}{h}"'
        f' aria-label="Read more about {t}" tabindex="-1">Read More »</a></div></article>'
        for n, (h, t) in enumerate(stories)
    )
    return _elementor_widget(
        "posts",
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
        f"{cards}</div>",
    )


def test_page_builder_heading_widget_over_a_posts_widget() -> None:
    # Given a single-post template: the story's section, then a section with a heading widget "Related Articles"
    # and a posts widget of three cards (each widget in its own wrappers)
    heading = _elementor_widget("heading", '<h2 class="elementor-heading-title">Related Articles</h2>')
    page = elementor_page(ELEMENTOR_STORY + _elementor_section(heading, _elementor_posts(STORIES[:3])))
    assert see_also(page) == expected(3)


def test_page_builder_posts_widget_headed_latest_is_a_feed() -> None:
    heading = _elementor_widget("heading", '<h2 class="elementor-heading-title">Latest News</h2>')
    page = elementor_page(ELEMENTOR_STORY + _elementor_section(heading, _elementor_posts(FEED[:4])))
    assert see_also(page) == []


def block_theme_page(after_comments: str) -> bytes:
    """An article page of a block theme: the post's blocks, tags, post navigation, comments, then ``after_comments``,
    all in one ``<main>``."""
    return (
        f'<html><head><title>{TITLE}</title></head><body class="single wp-theme-block">'
        '<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group">'
        '<p class="wp-block-site-title"><a href="/" rel="home">Example News</a></p><nav class="wp-block-navigation">'
        '<ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-'
        'item__content" href="/category/politics/">Politics</a></li></ul></nav></div></header>'
        '<main class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignfull">'
        f'<h1 class="wp-block-post-title">{TITLE}</h1><div class="wp-block-group"><div class="wp-block-post-date">'
        '<time datetime="2024-05-14T09:12:00+00:00">May 14, 2024</time></div><div class="wp-block-post-author-name">'
        '<a href="/author/jane-doe/" target="_self" class="wp-block-post-author-name__link">Jane Doe</a></div></div>'
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">'
        f"{PARAGRAPHS}"
        '</div><div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/budget/" rel="tag">budget</a></div>'
        '<nav class="wp-block-group" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-'
        f'post-navigation-link"><a href="{FEED[0][0]}" rel="prev">{FEED[0][1]}</a></div></nav>'
        '<div class="wp-block-comments"><h2 class="wp-block-heading">Comments</h2><div id="respond" '
        'class="comment-respond '
        'wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea '
        'id="comment" '
        f'name="comment"></textarea></form></div></div></div>{after_comments}</main>'
        '<footer class="wp-block-template-part"><p class="has-text-align-center">Designed with WordPress</p></footer>'
        "</div></body></html>"
    ).encode()


def _query_loop(heading: str, stories: list[tuple[str, str]]) -> str:
    posts = "".join(
        f'<li class="wp-block-post post-{420 + n} post type-post"><div class="wp-block-group alignfull">'
        f'<h3 class="wp-block-post-title has-large-font-size"><a href="{SITE}{h}" target="_self">{t}</a></h3>'
        f'<div class="wp-block-post-date"><time datetime="2024-04-03T10:00:00+00:00"><a href="{SITE}{h}">Apr 3, 2024'
        "</a></time></div></div></li>"
        for n, (h, t) in enumerate(stories)
    )
    return (
        '<div class="wp-block-group alignwide"><h2 class="wp-block-heading alignwide has-small-font-size">'
        f"{heading}</h2>"
        '<div class="wp-block-query alignwide is-layout-flow"><ul class="alignfull wp-block-post-template '
        f'is-layout-flow">{posts}</ul></div></div>'
    )


def test_block_theme_more_posts_query_loop_is_a_feed() -> None:
    # Given a block theme's default single template: "More posts", the site's four latest, after the comments
    assert see_also(block_theme_page(_query_loop("More posts", FEED[:4]))) == []


def test_block_theme_related_posts_query_loop_after_the_comments() -> None:
    # Given a query loop headed "Related Posts" where a block theme's template puts it, after the comments
    assert see_also(block_theme_page(_query_loop("Related Posts", STORIES[:3]))) == expected(3)


def test_related_posts_container_placed_after_the_sidebar() -> None:
    # Given a theme that prints its related posts in a container of their own after the content column and the
    # sidebar, before the site footer
    items = "".join(
        '<article itemscope itemtype="https://schema.org/CreativeWork"><div class="post type-post">'
        f'<a class="ct-media-container" href="{SITE}{h}" aria-label="{t}"><img src="/img/{n}.jpg" alt=""></a>'
        f'<h4 class="related-entry-title" itemprop="name"><a href="{SITE}{h}" itemprop="url" rel="bookmark">{t}</a>'
        "</h4>"
        '<ul class="entry-meta" data-type="simple:slash"><li class="meta-date"><time class="ct-meta-element-date" '
        'datetime="2024-04-03T10:00:00+00:00">April 3, 2024</time></li></ul></div></article>'
        for n, (h, t) in enumerate(STORIES[:3])
    )
    related = (
        '<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts">'
        f'<h3 class="ct-module-title">Related Posts</h3><div class="ct-related-posts-items" data-layout="grid">{items}'
        "</div></div></div></div>"
    )
    page = (
        f'<html><head><title>{TITLE}</title></head><body>{NAVIGATION}<main id="main" class="site-main">'
        '<div class="ct-container" data-sidebar="right"><section><article id="post-4312" class="post-4312 post '
        f'type-post"><div class="hero-section"><h1 class="page-title">{TITLE}</h1></div><div class="entry-content">'
        f'{PARAGRAPHS}</div><div class="entry-tags"><a href="/tag/budget/" rel="tag">budget</a></div>'
        f'{POST_NAVIGATION}</article>{COMMENTS}</section><aside class="ct-hidden-sm" data-type="type-1" id="sidebar">'
        f'<div class="ct-sidebar">{SIDEBAR}</div></aside></div>{related}</main>'
        '<footer id="footer" class="ct-footer"><a href="/privacy-policy/">Privacy Policy</a></footer></body></html>'
    ).encode()
    assert see_also(page) == expected(3)


def test_inline_related_module_with_a_pager_in_the_content() -> None:
    # Given a theme's inline related module floated inside the body: a heading, small cards, and a previous/next
    # pager of its own
    cards = "".join(
        '<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_thumb">'
        f'<a href="{SITE}{h}"><div class="thumbnail-container size-715"><img src="/img/x.jpg" alt=""></div></a></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{SITE}{h}">{t}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{SITE}{h}"><i class="fa fa-clock-o"></i> '
        "April 3, 2024</a></div></div></div></article>"
        for h, t in STORIES[:2]
    )
    box = (
        '<div class="jnews_inline_related_post_wrapper left half"><div class="jnews_inline_related_post">'
        '<div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related'
        '<strong> Posts</strong></span></h3></div><div class="jeg_posts"><div class="jeg_postsmall '
        f'jeg_load_more_flag">{cards}'
        '</div></div><div class="jeg_block_navigation"><div class="navigation_overlay"></div><div '
        'class="jeg_block_nav">'
        '<a href="#" class="prev disabled" title="Previous"><i class="fa fa-angle-left"></i></a>'
        '<a href="#" class="next" title="Next"><i class="fa fa-angle-right"></i></a></div></div></div></div></div>'
    )
    paragraphs = PARAGRAPHS.split("</p>")
    content = "</p>".join(paragraphs[:2]) + "</p>" + box + "</p>".join(paragraphs[2:])
    page = wp_page().replace(PARAGRAPHS.encode(), content.encode())
    assert see_also(page) == expected(2)


def test_full_width_related_posts_after_the_sidebar_row() -> None:
    # Given a theme option that prints the related box full width, after the row of content and sidebar
    items = "".join(
        f'<div class="related-item tie-standard"><a aria-label="{t}" href="{SITE}{h}" class="post-thumb">'
        f'<img src="/img/{n}.jpg" alt=""></a><h3 class="post-title"><a href="{SITE}{h}">{t}</a></h3></div>'
        for n, (h, t) in enumerate(STORIES[:4])
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body>{NAVIGATION}"
        '<div id="content" class="site-content container"><div class="tie-row main-content-row">'
        '<div class="main-content tie-col-md-8" role="main"><article id="the-post" class="container-wrapper '
        'post-content">'
        f'<h1 class="post-title entry-title">{TITLE}</h1><div class="entry-content entry clearfix">{PARAGRAPHS}</div>'
        f'</article><div class="post-components">{COMMENTS}</div></div>'
        f'<aside class="sidebar tie-col-md-4" aria-label="Primary Sidebar">{SIDEBAR}</aside></div>'
        '<div class="related-posts-full-width"><div class="related-posts-full-width-inner"><div class="container">'
        '<div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Related '
        f'Articles</h3></div><div class="related-posts-list">{items}</div></div></div></div></div></div>'
        '<footer id="footer" class="site-footer"><a href="/about-us/">About us</a></footer></body></html>'
    ).encode()
    assert see_also(page) == expected(4)


# --- Popularity feeds named by their class or heading --------------------------------------------------------------


def _top_posts_block(stories: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="jetpack-top-posts-item"><a class="jetpack-top-posts-thumbnail-link" href="{SITE}{h}">'
        f'<img class="jetpack-top-posts-thumbnail" src="/img/{n}.jpg" alt="{t}"></a><span '
        'class="jetpack-top-posts-title">'
        f'<a href="{SITE}{h}">{t}</a></span><span class="jetpack-top-posts-date has-small-font-size">May 3, 2024</span>'
        '<span class="jetpack-top-posts-context has-small-font-size"><a href="/category/politics/">Politics</a></span>'
        "</div>"
        for n, (h, t) in enumerate(stories)
    )
    wrapper = f'<div class="jetpack-top-posts-wrapper">{items}</div>'
    return f'<div class="wp-block-jetpack-top-posts is-grid-layout">{wrapper}</div>'


def test_a_top_posts_block_is_a_feed() -> None:
    # Given a top-posts block (the site's most viewed) without a heading, in the content or right after the article
    block = _top_posts_block(FEED[:4])
    assert see_also(wp_page(in_content=block)) == []
    assert see_also(wp_page(after_article=block)) == []
    # While "desktop-posts" names no feed
    assert see_also(wp_page(in_content=block.replace("jetpack-top-posts", "desktop-posts"))) != []


def test_a_box_named_most_viewed_is_a_feed() -> None:
    # Given an unlabelled list of the most viewed or most shared stories right after the article
    for name in ("most-viewed-posts", "mostshared", "most_commented"):
        items = "".join(f'<li><a href="{SITE}{h}">{t}</a></li>' for h, t in FEED[:4])
        assert see_also(wp_page(after_article=f'<div class="{name}"><ul>{items}</ul></div>')) == [], name


def test_a_box_headed_top_posts_in_the_content_is_a_feed() -> None:
    # Given a top-posts widget printed inside the content, headed "Top Posts & Pages"
    for heading in ("Top Posts &amp; Pages", "Top Posts", "Top Articles"):
        items = "".join(f'<li><a href="{SITE}{h}">{t}</a></li>' for h, t in FEED[:4])
        box = f'<section class="widget"><h2 class="widget-title">{heading}</h2><ul>{items}</ul></section>'
        assert see_also(wp_page(in_content=box)) == [], heading


def test_stories_at_two_word_slugs_in_a_related_box() -> None:
    # Given a CMS whose story addresses are a section and a two-word slug, titled as headlines
    stories = [
        ("/politics/budget-passes", "Budget passes after a late-night vote"),
        ("/transport/tram-extension", "Tram extension opens to its first riders"),
    ]
    items = "".join(f'<li><a href="{SITE}{href}">{title}</a></li>' for href, title in stories)
    box = f'<div class="related-posts"><h3>Related stories</h3><ul>{items}</ul></div>'
    assert see_also(wp_page(after_content=box)) == [(SITE + href, title) for href, title in stories]


def test_a_two_word_section_link_titled_as_a_section_is_no_story() -> None:
    # Given a related box that also links a section page at a two-word address ("Local news")
    items = (
        f'<li><a href="{SITE}{STORIES[0][0]}">{STORIES[0][1]}</a></li>'
        f'<li><a href="{SITE}/news/local-news">Local news</a></li>'
    )
    box = f'<div class="related-posts"><h3>Related stories</h3><ul>{items}</ul></div>'
    assert see_also(wp_page(after_content=box)) == expected(1)


def test_stories_at_date_and_post_number_addresses() -> None:
    # Given WordPress's numeric permalinks (/%year%/%monthnum%/%day%/%post_id%/) in a related box, and a day archive
    items = (
        f'<li><a href="{SITE}/2024/04/03/4211/">Harbour dredging contract signed at last</a></li>'
        f'<li><a href="{SITE}/2024/04/02/4207/">Tram line extension opens to riders</a></li>'
        f'<li><a href="{SITE}/2024/04/01/">Stories of the first of April</a></li>'
    )
    box = f'<div class="related-posts"><h3>Related stories</h3><ul>{items}</ul></div>'
    assert see_also(wp_page(after_content=box)) == [
        (f"{SITE}/2024/04/03/4211/", "Harbour dredging contract signed at last"),
        (f"{SITE}/2024/04/02/4207/", "Tram line extension opens to riders"),
    ]


def test_a_box_named_as_from_the_web_is_no_see_also() -> None:
    # Given a recommendation network's box under the article, named "from-the-web" and headed "You may also like",
    # holding the site's own stories (as such widgets mix them with paid links)
    items = "".join(f'<li><a href="{SITE}{href}">{title}</a></li>' for href, title in STORIES[:3])
    widget = f'<div class="from-the-web"><h3>You may also like</h3><ul>{items}</ul></div>'
    assert see_also(wp_page(after_article=widget)) == []
