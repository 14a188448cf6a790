"""``build_soup``: the same tree as bs4's own ``lxml`` builder (multi-valued attributes kept as strings)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from worker.parse.tree_builder import build_soup

PAGES = [
    "<html lang='en'><head><title>T</title></head><body><p class='a b' id=x>One <b>two</b></p>\n\n<p>3</p></body>",
    "<div><a href='/x' rel='author nofollow'>Jane Doe</a>   <span data-x=1>text</span></div><pre>  kept  </pre>",
    "<html xmlns:og='http://ogp.me/ns#'><body><p xml:lang='fr' lang=fr>Bonjour</p><ul><li>a<li>b</ul></body></html>",
    "<p>unclosed <i>italic <p>next",
    # text in string containers and whitespace-only runs, kept or collapsed as bs4 keeps or collapses them
    "<head><script> var a = 1; </script><style>\n</style></head><body><pre>\n\n</pre><textarea>  </textarea>"
    "<p>a</p> \t <p>b</p>\n  \n<template> x </template></body>",
    "",
    # a doctype, comments, a processing instruction, a meta charset and elements after a whitespace-kept block
    "<!DOCTYPE html><!-- a --><html><head><meta charset='utf-8'><?php echo 1 ?></head><body><pre>x<b> y </b></pre>"
    "<p>after <br> pre<!-- b --></p><img src=a.png>tail</body></html><!-- end -->",
]


def _shape(soup: BeautifulSoup) -> list[tuple[str, object]]:
    return [
        (type(node).__name__, (node.name, dict(node.attrs)) if isinstance(node, Tag) else str(node))
        for node in soup.descendants
    ]


@pytest.mark.parametrize("markup", PAGES)
def test_same_tree_as_bs4s_lxml_builder(markup: str) -> None:
    expected = BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    built = build_soup(markup)
    assert _shape(built) == _shape(expected)
    assert str(built) == str(expected)


def test_class_and_rel_stay_strings() -> None:
    anchor = build_soup("<a class='x y' rel='author nofollow' href='/a'>A</a>").find("a")
    assert isinstance(anchor, Tag)
    assert anchor.attrs == {"class": "x y", "rel": "author nofollow", "href": "/a"}


_LINKS = ("parent", "next_element", "previous_element", "next_sibling", "previous_sibling")


def _links(soup: BeautifulSoup) -> list[tuple[object, ...]]:
    """Every node's neighbours as positions in document order, and the fields bs4 gives it."""
    nodes = [soup, *soup.descendants]
    position = {id(node): index for index, node in enumerate(nodes)}
    shape = []
    for node in nodes[1:]:
        fields = {key: value for key, value in vars(node).items() if key not in _LINKS and key != "contents"}
        fields.pop("parser_class", None)
        neighbours = tuple(position.get(id(getattr(node, key))) for key in _LINKS)
        children = tuple(position[id(child)] for child in node.contents) if isinstance(node, Tag) else ()
        shape.append((type(node).__name__, neighbours, children, sorted(map(repr, fields.items()))))
    return shape


@pytest.mark.parametrize("markup", PAGES)
def test_same_links_and_fields_as_bs4s_lxml_builder(markup: str) -> None:
    """Nodes are linked by hand on the plain path: every link and field must be what bs4's own path sets."""
    expected = BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    assert _links(build_soup(markup)) == _links(expected)
