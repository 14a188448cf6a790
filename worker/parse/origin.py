"""Where a republished article first appeared: a republication note, a wire credit, or a foreign canonical URL."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from bs4 import Tag
from bs4.element import Comment, NavigableString, PageElement

from worker.lexicon.agencies import (
    AGENCY_PATTERN,
    COPYRIGHT_CREDIT,
    CREDIT_DOMAIN,
    CREDIT_LINE,
    LAST_SOURCE,
    OUTLET_DATE,
    OUTLET_PATTERN,
    SOURCE_LABEL,
    SOURCE_NAME,
    SOURCE_WORDS,
    TRAILING_CREDIT,
    TRAILING_CREDIT_CHARS,
    agency_home,
    agency_name,
    outlet_name,
    outlet_of_domain,
    uninflected_outlet,
    wire_trailer,
)
from worker.lexicon.domains import absolute_url, host_of, registrable_domain, same_site_unarchived, unarchived
from worker.lexicon.phrase_pattern import PhraseFinder
from worker.lexicon.text import MONTH_NAMES, clean_text, compact_key, folded
from worker.parse.boilerplate import BLOCK_TAGS, FOOTER_NAME
from worker.parse.byline import HELPER_JOINS
from worker.parse.citations import is_outlet
from worker.parse.landmarks import DATELINE_NAME, NAME_DATELINE
from worker.parse.origin_markup import OriginFinding, is_story_url, same_brand

if TYPE_CHECKING:
    from worker.parse.body import Block

_KINDS = (
    r"article|story|post|piece|report|column|interview|essay|text|commentary|op-ed|feature|blog post|content|entry|"
    r"analysis|review|editorial|newsletter|excerpt|item|letter|segment|episode|podcast|programme|program|broadcast"
)
_GERMAN_KINDS = (
    r"artikel|beitrag|text|kommentar|interview|kolumne|essay|meldung|bericht|rezension|reportage|analyse|gastbeitrag"
)
_MEDIA_WORDS = (
    r"zeitung|post|rundschau|blatt|kurier|anzeiger|nachrichten|magazin|radio|funk|woche|presse|echo|bote|journal|"
    r"spiegel|stern|welt|zeit"
)
"""The media words a German paper's or broadcaster's name holds ("Rheinische Post", "Saalachtaler Bote")."""
_ISSUE_NUMBER = r"(?:ausgabe|heft|nr\.?|no\.?|n°|n\.)\s*\d[\d/]*"
"""A periodical's issue: "Ausgabe 18/2024", "Heft 6", "Nr. 4/2008"."""
_GERMAN_DATE = r"am\s+[\d.]+\s*(?:\w+\s+)?(?:\d{4}\s+)?"
_DAY_DATE = r"(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"
"""A day's date: "22.04.2024", "3. Mai 2024", "3 maj 2024", "May 3, 2024"."""
_GERMAN_DET = r"diese[rs]?|der|die|das|(?:ihr|sein|unser|mein)(?:e|er)?"
"""What may open a German note's subject: "Dieser Artikel", "Der Text", "Ihr Beitrag", "Unsere Kolumne"."""
_LANGUAGES = (
    r"englisch|französisch|spanisch|italienisch|russisch|polnisch|ukrainisch|türkisch|arabisch|niederländisch|"
    r"portugiesisch|chinesisch|english|spanish|french|german|italian|portuguese|dutch|chinese|japanese|russian|"
    r"arabic|korean|polish|ukrainian|inglés|francés|alemán|portugués|inglês|espanhol|francês|alemão|inglese|"
    r"francese|tedesco|spagnolo|portoghese|anglais|espagnol|allemand|italien|portugais|engels|frans|duits|spaans|"
    r"galego|gallego|galician|catalan|català|catalán|catalão"
)
"""Languages a note names before the publisher: "originally published in Spanish by X", "publicado en inglés en X"."""
_STATEMENTS = (
    re.compile(
        rf"\b(?:(?:this|the|an?\s+(?:\w+\s+)?version\s+of\s+this)\s+(?:{_KINDS})|this|which|an?\s+(?:{_KINDS})\s+that)\s+"
        r"(?:was\s+|is\s+|has\s+been\s+|had\s+)?(?:(?:originally|first|previously|initially|earlier)\s+"
        r"(?:published|appeared|posted|ran|run|printed|featured|aired|broadcast)|(?:published|appeared|posted|ran|aired)\s+"
        r"(?:originally|first|initially))\s+(?:(?:on|in|at|by|with|from)\s+(?P<publisher>.+)|"
        r"(?P<publisher_here>here)\b)",  # "first appeared <a>here</a>": named by the link
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bthe\s+original\s+(?:version\s+of\s+this\s+)?(?:{_KINDS})\s+(?:was\s+|is\s+)?(?:published|appeared|posted)\s+"
        r"(?:on|in|at|by)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\W{{0,3}}(?:(?:{_KINDS})\s+)?(?:(?:originally|first)\s+(?:published|appeared|posted|printed|ran)|"
        r"published\s+originally)\s+(?:on|in|at|by)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # French: "Cet article a été initialement publié dans X", "Article paru d'abord sur X", "Ce texte a
        # d'abord été publié dans X", "Cette tribune a été initialement publiée dans X"
        r"(?:\b(?:(?:cet|l['’])\s*(?:article|entretien)|(?:ce|le)\s+(?:texte|reportage|billet|papier|portrait)|"
        r"(?:cette|la)\s+(?:tribune|chronique|enquête|interview|analyse))\s+(?:a\s+|est\s+)?|"
        r"\bune\s+version\s+(?:\w+\s+){0,2}de\s+cet\s+article\s+a\s+|^\W{0,3}(?:article\s+)?)(?:été\s+)?"
        r"(?:(?:initialement|originellement|d['’]abord|précédemment)\s+(?:été\s+)?(?:publié|paru)e?|"
        r"(?:publié|paru)e?\s+(?:initialement|originellement|d['’]abord|à\s+l['’]origine))\s+"
        r"(?:dans|sur|par|chez|en)\s+(?P<publisher>.+)|"
        r"(?:\bcet\s+article\s+est\s+|^\W{0,3}article\s+)paru\s+(?:dans|sur|chez)\s+(?P<publisher2>.+)|"
        r"\bune\s+version\s+(?:\w+\s+){0,2}de\s+cet\s+article\s+a\s+(?:été\s+publiée|paru)\s+(?:dans|sur|par)\s+"
        r"(?P<publisher3>.+)|"  # "Cet article est une reprise du Journal du Lac"
        r"\b(?:cet\s+article|ce\s+texte|cette\s+(?:tribune|chronique|enquête))\s+est\s+une\s+reprise\s+"
        r"(?:d['’]un\s+article\s+)?(?:de\s+(?-i:la\s+|l['’])|du\s+|des\s+|de\s+|d['’])\s*(?P<publisher4>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Spanish, Portuguese: "Este artículo fue publicado originalmente en X", "Publicado originalmente em X"
        r"(?:\b(?:este|esta|el|la)\s+(?:artículo|texto|reportaje|nota|historia|crónica|entrevista|columna|contenido)\s+"
        r"(?:fue\s+|ha\s+sido\s+|se\s+)?|\b(?:este|esta|o|a)\s+(?:artigo|texto|reportagem|matéria|notícia|entrevista|"
        r"coluna|conteúdo)\s+(?:foi\s+)?|^\W{0,3}(?:(?:artículo|artigo|texto|matéria|reportagem|nota|entrevista|columna|crónica|"
        r"reportaje|conteúdo|contenido)\s+)?)"
        r"(?:publicad[oa]\s+(?:originalmente|originariamente|inicialmente|por\s+primera\s+vez|primero|primeiro|"
        r"pela\s+primeira\s+vez)|(?:originalmente|originariamente)\s+publicad[oa]|publicó\s+originalmente|"
        r"(?:apareció|apareceu)\s+(?:originalmente|por\s+primera\s+vez|pela\s+primeira\s+vez))\s+"
        r"(?:en|no|na|em|por|pel[oa])\s+"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Italian: "Questo articolo è stato pubblicato originariamente su X"
        r"(?:\b(?:questo|l['’])\s*articolo\s+(?:è\s+stato\s+|era\s+stato\s+|è\s+)?|^\W{0,3}(?:articolo\s+)?)"
        r"(?:pubblicato\s+(?:originariamente|originalmente|inizialmente|per\s+la\s+prima\s+volta)|"
        r"originariamente\s+pubblicato|(?:apparso|uscito)\s+(?:originariamente|inizialmente|per\s+la\s+prima\s+volta))\s+"
        r"(?:su|in|da|dal|dalla|sul|sulla|nel)\s+(?P<publisher>.+)|"
        r"\bl['’]articolo\s+originale\s+(?:è\s+stato\s+)?pubblicato\s+(?:su|in|da|dal|dalla|sul|sulla|nel)\s+"
        r"(?P<publisher2>.+)|"  # "Articolo pubblicato su X", "Questo articolo è uscito su X", "Articolo tratto da X"
        r"(?:^\W{0,3}(?:articolo|testo|pezzo)\s+|\bquesto\s+(?:articolo|testo|pezzo)\s+è\s+(?:stato\s+)?)"
        r"(?:(?:pubblicato|uscito|apparso)\s+(?:su|sul|sulla|in|nel|nella|da|dal|dalla)|tratto\s+da(?:l|lla)?)\s+"
        r"(?!numero\b|(?:\d|il\s+\d))(?P<publisher3>(?-i:[A-Z\"“«]).+)",
        re.IGNORECASE,
    ),
    re.compile(  # Dutch: "Dit artikel verscheen eerder in X", "Oorspronkelijk verschenen op X"
        r"(?:\bdit\s+[\w-]*?(?:artikel|stuk|verhaal|interview|essay|column)\s+(?:is\s+|werd\s+)?|^\W{0,3})"
        r"(?:verscheen\s+(?:eerder|oorspronkelijk|eerst)|"
        r"(?:eerder|oorspronkelijk|eerst)\s+(?:verschenen|gepubliceerd))\s+(?:in|op|bij|door)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Dutch, of a translation: "Het origineel verscheen op 2 mei 2024 in X"
        r"\bhet\s+origine(?:el|le\s+(?:artikel|stuk))\s+(?:is\s+|werd\s+)?(?:verscheen|verschenen|gepubliceerd)\s+"
        r"(?:op\s+\d{1,2}\s+[^\W\d_]+\s+\d{4}\s+)?(?:in|op|bij)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Questo intervento della nostra presidente è apparso su la Repubblica del 7 maggio 2024"
        r"\bquest[oa]\s+(?:intervento|editoriale|commento|contributo|intervista|lettera|riflessione|articolo|testo)\b"
        r"(?:\s+[^\s.]+){0,8}?\s+è\s+(?:stat[oa]\s+)?(?:pubblicat[oa]|uscit[oa]|appars[oa])\s+"
        r"(?:su|sul|sulla|in|nel|nella|da|dal|dalla)\s+(?P<publisher>(?-i:[A-Z\"“«]|la\s+[A-Z]|il\s+[A-Z]).+)",
        re.IGNORECASE,
    ),
    re.compile(  # Spanish, Portuguese, with the date: "Artículo publicado en X el 11 de mayo de 2024"
        r"^\W{0,3}(?:artículo|artigo|texto|columna|coluna|tribuna|entrevista)\s+publicad[oa]\s+(?:en|em|no|na|por)\s+"
        r"(?P<publisher>(?-i:[A-ZÀ-Þ\"“«]).{1,80}?)\s+(?:el|em|a)\s+\d",
        re.IGNORECASE,
    ),
    re.compile(  # French: "Nous reproduisons ci-dessous la tribune … parue dans X daté du 15 mai 2024"
        r"\bnous\s+(?:reproduisons|republions|publions)\b[^.]{0,150}?\b(?:parue?s?|publiée?s?)\s+"
        r"(?:initialement\s+|d['’]abord\s+)?(?:dans|sur|par)\s+(?P<publisher>(?-i:[A-ZÀ-Þ«\"“]).+)",
        re.IGNORECASE,
    ),
    re.compile(  # a syndicated column's closing line: "© 2024 The Example Herald. Distributed by Example Agency."
        r"^\W{0,3}(?:copyright\s*)?(?:©|\(c\))?\s*\d{4},?\s+(?P<publisher>[^.]{2,80}?)\.?\s+"
        r"(?:visit\s+\S+\s+)?distributed\s+by\s+\S",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:this\s+(?:{_KINDS})\s+(?:is|was|has been)\s+)?"
        r"(?:republished|reprinted|reproduced|syndicated|reposted|cross-?posted)\s+"
        r"(?:here\s+)?(?:(?:with|by)\s+(?:kind\s+)?permission\s+)?(?:under\s+an?\s+[\w\s.-]{0,40}?licen[cs]e\s+)?"
        r"(?:from|of|(?<!syndicated\s)by|(?<=crossposted\s)with|(?<=cross-posted\s)with)\s+(?P<publisher>.+)",
        # "syndicated by X" names the distributor; "Crossposted with X" the original
        re.IGNORECASE,
    ),
    re.compile(  # "Cet article est republié à partir de X", "Este artigo foi republicado do X", "overgenomen van X"
        r"(?:^\W{0,3}|\b(?:article|artículo|artigo|articolo|artikel|texte|texto|testo|stuk|reportaje|reportagem|nota|"
        r"matéria)\s+(?:[\w'’]+\s+){0,3}?)(?:republié|reproduit|republicad[oa]|republicó|reproducid[oa]|"
        r"reproduzid[oa]|ripubblicat[oa]|riprodott[oa]|overgenomen|herpubliceerd)e?\s+(?:à\s+partir\s+)?(?:(?:de|du|des|desde|do|da|dal|dalla|van|uit)\s+|"
        r"d['’]\s*)(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:this|the)\s+(?:{_KINDS})\s+(?:first\s+)?appeared\s+(?:first\s+|originally\s+)?(?:on|in|at)\s+"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\W{{0,3}}(?:(?:(?:this|the)\s+)?(?:{_KINDS})\s+(?:is\s+|was\s+)?)?provided\s+by\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # a book's excerpt: "Adapted from The Long Road by Jane Smith, published by Penguin Press"
        r"^\W{0,3}(?:this\s+(?:is\s+)?an?\s+|the\s+following\s+is\s+an?\s+)?(?:(?:edited|abridged|shortened)\s+)?"
        r"(?:excerpt(?:ed)?|extract(?:ed)?|adapted)\s+"
        r"(?:(?:from|of)\s+)?.{2,160}?\s+by\s+[^,.]{2,60}?(?:[,.]\s+|\s+)(?:copyright\s+[^.]{0,60}\.\s+)?"
        r"(?:published\s+(?:\w+\s+){0,3}?by|out\s+now\s+(?:\w+\s+){0,3}?by|available\s+from)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Adapted from an article in X", "... an article that first appeared in X"; not "... by Jane Doe"
        rf"^\W{{0,3}}(?:(?:this|the)\s+(?:{_KINDS})\s+(?:is|was)\s+)?adapted\s+from\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
        rf"(?:{_KINDS})\s+(?:(?:that|which)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|ran)\s+|"
        r"(?:first\s+|originally\s+)?published\s+)?(?:in|on|at)\s+(?P<publisher>(?-i:[A-Z\"“]).+)",
        re.IGNORECASE,
    ),
    re.compile(r"^\W{0,3}the post\s+.{3,300}?\s+appeared first on\s+(?P<publisher>.+)", re.IGNORECASE),
    re.compile(rf"^\W{{0,3}}(?:(?:this|the)\s+)?(?:{_KINDS})\s+via\s+(?P<publisher>.+)", re.IGNORECASE),  # Story via X
    re.compile(  # a translation: "Translated from X", "Übersetzung eines Artikels aus der X"
        rf"^\W{{0,3}}(?:(?:this\s+(?:{_KINDS})\s+(?:is|was)\s+)?translated\s+(?:by\s+[^,.]{{2,60}}?\s+)?from\s+"
        rf"(?:the\s+(?:(?:{_LANGUAGES})\s+)?original\s+(?:(?:{_KINDS})\s+)?(?:(?:published|that\s+appeared)\s+)?"
        r"(?:in|on|at|by)\s+)?|"
        r"(?:esta\s+es\s+una\s+)?traducci[oó]n\s+del?\s+(?:un\s+)?art[ií]culo\s+(?:original\s+)?"
        r"(?:de|publicado\s+(?:en|por))\s+|(?:(?:cet\s+article|ce\s+texte)\s+est\s+une\s+)?traduction\s+(?:d['’]un|de\s+l['’])\s*article\s+(?:[«“\"][^»”\"]{1,200}[»”\"]\s*,?\s*)?"
        r"(?:de|paru\s+dans|publié\s+(?:dans|par))\s+|"
        rf"(?:esta\s+é\s+uma\s+)?tradução\s+de\s+um\s+artigo\s+(?:original\s+)?(?:de|publicado\s+(?:originalmente\s+)?"
        rf"(?:em\s+(?:{_LANGUAGES})\s+)?(?:em|no|na|pelo|pela|por))\s+|"
        r"(?:to\s+(?:jest\s+)?)?tłumaczenie\s+(?:artykułu|tekstu)\s+(?:z|ze)\s+|"
        r"(?:questa\s+è\s+(?:una|la)\s+)?traduzione\s+(?:di\s+un|dell['’])\s*articolo\s+(?:originale\s+)?"
        r"(?:di|del|della|pubblicato\s+(?:su|sul|sulla|da|dal|dalla))\s+|"
        r"(?:diese[rs]?\s+\w+\s+ist\s+)?(?:eine\s+|die\s+)?übersetzung\s+(?:(?:eines|des)\s+(?:artikels|beitrags|textes)\s+"
        r"(?:aus|in|von|bei|im)\s+|aus\s+(?:dem|der)\s+))"
        rf"(?!(?:{_LANGUAGES})\w*\b(?!(?-i:\s+[A-Z])))(?P<publisher>.+)",  # not "from Ukrainian", "aus dem Englischen"
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\W{{0,3}}(?:this|the)\s+(?:{_KINDS})\s+(?:was|is)\s+produced\s+by\s+(?P<publisher>.+)", re.IGNORECASE
    ),
    re.compile(  # a wire's standard closing line: "This report by The Canadian Press was first published Jan. 5, 2023."
        rf"^\W{{0,3}}this\s+(?:{_KINDS})\s+by\s+(?P<publisher>.{{2,80}}?)\s+was\s+(?:first|originally)\s+"
        r"(?:published|posted)\b",
        re.IGNORECASE,
    ),
    re.compile(  # "Article courtesy of X", "This story is courtesy of X", "Reprinted courtesy of X"; not "Photo
        # courtesy of X" (a credit)
        rf"^\W{{0,3}}(?:(?:this\s+)?(?:{_KINDS})\s+(?:is\s+|appears\s+)?(?:(?:re)?published\s+|used\s+)?|"
        r"(?:reprinted|republished|reproduced)\s+)courtesy\s+of\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # a line that is only "Courtesy of <an outlet>" ("Courtesy of Forests News"); not "Courtesy of NASA"
        r"^\W{0,3}courtesy\s+of\s+(?P<publisher>(?:the\s+)?(?:[\w&'’.-]+\s+){0,4}(?:news|times|post|journal|"
        r"magazine|press|review|daily|herald|tribune|gazette|radio|wire|media)(?:\s+[\w&'’.-]+){0,2})\W{0,3}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W{0,3}read the original(?:\s+(?:article|story|post))?\s+(?:(?:on|at|in)\s+(?P<publisher>.+)|"
        r"(?P<publisher2>here|at\s+this\s+link)\W{0,3}$)",
        re.IGNORECASE,
    ),
    re.compile(  # an excerpt's closing line sending the reader on to the whole story at its source: "Lire la suite
        # sur Désarmons-les !", "Continue reading at X", "Weiterlesen bei X" (not "the full report": a document)
        r"^\W{0,3}(?:(?:read|see)\s+the\s+(?:rest|full\s+(?:story|article|post)|whole\s+(?:story|article))(?:\s+here)?|"
        r"continue\s+reading|keep\s+reading|lire\s+la\s+suite(?:\s+de\s+l['’]article)?|"
        r"lire\s+l['’]article\s+(?:complet|original|en\s+entier)|weiterlesen|"
        r"(?:den|die)\s+(?:ganzen?|vollständigen?)\s+(?:artikel|beitrag|text|geschichte)\s+(?:lesen|gibt\s+es)|"
        r"(?:sigue|seguir|continúa|continuar)\s+leyendo|lee\s+(?:el\s+resto|el\s+artículo\s+completo)|"
        r"continua\s+a\s+leggere|leggi\s+(?:il\s+resto|l['’]articolo\s+completo)|continue\s+lendo|"
        r"leia\s+(?:o\s+resto|a\s+matéria\s+completa|o\s+artigo\s+completo)|lees\s+(?:verder|het\s+hele\s+artikel))"
        r"\s*(?::\s*)?(?:on|at|in|sur|auf|bei|en|su|sul|sulla|em|no|na|op)\s+(?P<publisher>[^.!?]{2,80}?)\s*[.!…]*\s*$",
        re.IGNORECASE,
    ),
    re.compile(  # a licensed copy: "This article was written by A from X and was legally licensed via ..."
        rf"^\W{{0,3}}this\s+(?:{_KINDS})\s+was\s+written\s+by\s+.{{2,80}}?\s+(?:from|of|for)\s+"
        r"(?P<publisher>.{2,80}?)\s+and\s+(?:was|is)\s+(?:legally\s+)?licensed\b",
        re.IGNORECASE,
    ),
    re.compile(  # "Copyright © 2024 X. All rights reserved. Used with permission."
        r"^\W{0,3}(?:copyright\s*)?(?:(?:©|\(c\))?\s*\d{4},?|©|\(c\))\s+(?P<publisher>[^.]{2,80}?)\.\s+"
        r"(?:all\s+rights\s+reserved\.?\s+)?(?:used|reprinted|republished|reproduced)\s+(?:with|by)\s+"
        r"(?:kind\s+)?permission\b",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Artikel (von Lea Marschall) erschien ursprünglich bei X"
        rf"\b(?:{_GERMAN_DET})\s+(?:[\w-]*?)(?:artikel|beitrag|text|kommentar|interview|kolumne|essay|"
        r"meldung|bericht|rezension|reportage|analyse)\s+(?:von\s+[^,.;]{2,60}?\s+)?(?:ist|erschien|wurde)\s+(?:am\s+[\d.]+\s*(?:\w+\s+)?(?:\d{4}\s+)?)?"
        r"(?:zuerst|zunächst|ursprünglich|erstmals|im\s+original)\s+(?:erschienen\s+|veröffentlicht\s+|publiziert\s+)?"
        r"(?:auf|in|bei|beim|im)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Beitrag ist am 1. Juni 2017 in der Wochenzeitung „X“ erschienen", "Der Text erschien in X"
        rf"\b(?:{_GERMAN_DET})\s+[\w-]*?(?:{_GERMAN_KINDS})\s+(?:(?:ist|wurde)\s+(?:{_GERMAN_DATE})?"
        r"(?:auch\s+)?(?:in|im|bei|auf)\s+(?P<publisher>[^.!?]{2,120}?)\s+(?:erschienen|veröffentlicht|publiziert)\b|"
        rf"erschien\s+(?:{_GERMAN_DATE})?(?:in|im|bei|auf)\s*:?\s+(?P<publisher2>.+))",
        re.IGNORECASE,
    ),
    re.compile(  # a shorter or longer version: "Eine gekürzte Fassung dieses Textes erschien in X", "Leicht gekürzte
        # Fassung eines Artikels aus dem X", "eine Fassung eines Beitrags, der im X erschienen ist", "Dieser Text
        # erschien in gekürzter Form im X"
        rf"\bfassung\s+(?:dieses|des|eines)\s+[\w-]*?(?:{_GERMAN_KINDS})e?s\s+(?:(?:erschien|ist|wurde)\s+"
        r"(?:zuerst\s+|zunächst\s+|ursprünglich\s+)?(?:in|im|bei|auf)\s+|aus\s+(?:dem\s+)?|(?=des\s|der\s))"
        r"(?P<publisher>.+)|"
        rf"\bfassung\s+(?:dieses|des|eines)\s+[\w-]*?(?:{_GERMAN_KINDS})e?s\s*,\s*(?:der|die|das)\s+(?:zuerst\s+)?"
        r"(?:in|im|bei|auf)\s+(?P<publisher2>[^.!?]{2,120}?)\s+(?:erschienen|veröffentlicht)\b|"
        rf"\b(?:{_GERMAN_DET})\s+[\w-]*?(?:{_GERMAN_KINDS})\s+(?:erschien|ist|wurde)\s+(?:zuerst\s+)?"
        r"in\s+(?:leicht\s+)?(?:gekürzter|längerer|ausführlicherer)\s+(?:form|fassung)\s+"
        r"(?:zuerst\s+)?(?:in|im|bei|auf)\s+(?!(?:jahr|jahre|januar|februar|märz|april|mai|juni|juli|august|september|"
        r"oktober|november|dezember|sommer|herbst|winter|frühjahr)\b)(?P<publisher3>.+?)(?:\s+(?:erschienen|veröffentlicht))?\W{0,3}$",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Beitrag wurde uns (freundlicherweise) von X zur Verfügung gestellt"
        rf"\b(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{_GERMAN_KINDS})\s+(?:wurde|wird)\s+(?:uns\s+)?"
        r"(?:freundlicherweise\s+|dankenswerterweise\s+)?von\s+(?P<publisher>.{2,120}?)\s+zur\s+verfügung\s+gestellt",
        re.IGNORECASE,
    ),
    re.compile(  # "Übernommen von X", "Dieser Artikel ist eine Übernahme von X", "Crosspost von X"
        rf"^\W{{0,3}}(?:(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{_GERMAN_KINDS})\s+ist\s+eine\s+)?"
        r"(?:übernommen\s+(?:von|aus)|übernahme\s+(?:von|aus)|cross-?post(?:ing)?\s+(?:von|from|of))\s*:?\s+"
        r"(?P<publisher>.+)|"  # "Nachdruck aus: X", "Abdruck aus dem X"; not "Nachdruck aus Platzgründen ..."
        r"^\W{0,3}(?:nachdruck|abdruck)\s+(?:aus|von)\s*(?::\s*|\s(?=(?:der|dem|des)\s|[„“\"]))(?P<publisher2>.+)|"
        r"(?:^|(?<=\s))\W{0,3}(?:(?:zuerst|erstmals)\s+(?:veröffentlicht|erschienen)(?:\s+(?:in|im|bei|auf))?|"
        r"erstveröffentlichung|"
        r"(?:nachdruck|abdruck)\s+mit\s+(?:freundlicher\s+)?genehmigung(?:\s+(?:der|des|von))?)\s*:\s*"
        r"(?P<publisher3>(?-i:[A-ZÄÖÜ„“\"«]).+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Wir danken X für die freundliche Genehmigung zur Übernahme", "Der Artikel wurde von X übernommen"
        r"^\W{0,3}wir\s+danken\s+(?:der\s+|dem\s+|den\s+)?(?P<publisher>.{2,80}?)\s+für\s+die\s+(?:freundliche\s+)?"
        r"(?:genehmigung|erlaubnis)\s+(?:zur|zum)\s+(?:übernahme|nachdruck|veröffentlichung|abdruck)|"
        rf"\b(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{_GERMAN_KINDS})\s+wurde\s+(?:mit\s+freundlicher\s+genehmigung\s+"
        r"(?:der\s+redaktion\s+)?)?(?:von|aus)\s+(?P<publisher2>.{2,80}?)\s+übernommen\b",
        re.IGNORECASE,
    ),
    re.compile(  # a link to the original in a sentence: "Hier geht es zum <a>Original</a>"
        r"^\W{0,3}hier\s+geht['’]?s?\s+(?:es\s+)?zum\s+(?P<publisher>original(?:artikel)?)\W{0,3}$", re.IGNORECASE
    ),
    re.compile(  # a licence note naming the original: "Der Text von A steht unter der Lizenz CC BY-NC-SA 4.0 und
        # stammt von X"
        r"\blizenz\b(?:[^.!?]|\.(?=\d)){0,80}?\bund\s+stammt\s+von\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Artikel stammt von unserem Partnerportal X", "Dieser Beitrag stammt von unserem
        # Medienpartner, dem X", "Der folgende Bericht von A stammt aus dem X vom 14. Juli 2016"; a partner or a name
        # with a paper's media word, not "stammt aus dem Jahr 2010" nor "stammt von <its writer>"
        rf"\b(?:{_GERMAN_DET}|(?:der|die|das)\s+folgende)\s+[\w-]*?(?:{_GERMAN_KINDS})\s+(?:von\s+[^,.;]{{2,60}}?\s+)?"
        r"stammt\s+(?:von|vom|aus)\s+(?:(?=(?:unserem|unserer)\s+[\w-]*partner)(?P<publisher>.+)|"
        rf"(?:dem|der|den)?\s*(?P<publisher2>[^.;]*?(?:{_MEDIA_WORDS})\w*\b[^.;]*))",
        re.IGNORECASE,
    ),
    re.compile(  # "Der Originalartikel ist auf X erschienen", "Der Originalbeitrag erschien in X"
        r"\b(?:der|das)\s+original(?:-?artikel|-?beitrag|-?text)\s+(?:ist\s+|wurde\s+)?(?:erschien\s+)?"
        r"(?:auf|in|bei|im)\s+(?P<publisher>.{2,120}?)(?:\s+(?:erschienen|veröffentlicht|publiziert)\b|[.!?]?$)|"
        r"^\W{0,3}(?:im\s+)?original\s+(?:erschienen|veröffentlicht)\s+(?:bei|in|im|auf)\s*:?\s+(?P<publisher2>.{2,120}?)\W{0,3}$",
        re.IGNORECASE,
    ),
    re.compile(  # Swedish, Danish, Norwegian: "Artikeln publicerades ursprungligen i X", "Denna artikel publicerades
        # först i X", "Artiklen blev først bragt i X"
        r"\b(?:artikeln|texten|artiklen|artikkelen|teksten|(?:denna|denne|dette)\s+(?:artikel|text|artikkel|tekst))\s+"
        r"(?:\w+\s+){0,2}?(?:ursprungligen|först|først|tidigare|tidligere|"
        r"oprindeligt|opprinnelig)\s+(?:\w+\s+)?(?:i|på|hos|av|af)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Indonesian: "Artikel ini telah tayang (pertama kali terbit) di Kompas.com dengan judul ...", "Tulisan
        # ini pertama kali dimuat di X." (without the title only when it says "first")
        r"^\W{0,3}(?:artikel|tulisan|berita|naskah)\s+ini\s+(?:telah\s+|sudah\s+)?"
        r"(?:(?P<first>pertama\s+kali\s+|sebelumnya\s+|semula\s+))?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\s+"
        r"(?:di|pada|dalam)\s+(?P<publisher>.{2,80}?)(?:\s+dengan\s+judul\b|(?(first)\.?$|(?!)))",
        re.IGNORECASE,
    ),
    re.compile(  # "This story was originally reported by Jane Doe for X"
        rf"^\W{{0,3}}this\s+(?:{_KINDS})\s+was\s+originally\s+(?:reported|written|produced)\s+"
        r"(?:by\s+[^,.]{2,60}?\s+)?for\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Polish: "Artykuł ukazał się pierwotnie w X", "Tekst pierwotnie opublikowany na X"
        r"(?:\b(?:artykuł|tekst|materiał)\s+(?:został\s+)?)?(?:(?:pierwotnie|po\s+raz\s+pierwszy)\s+"
        r"(?:ukazał\s+się|opublikowan[yo])|(?:ukazał\s+się|opublikowan[yo])\s+(?:pierwotnie|po\s+raz\s+pierwszy))\s+"
        r"(?:w|na)\s+(?:(?-i:serwisie|portalu|łamach|stronie|witrynie|blogu|tygodniku|dzienniku|miesięczniku|"
        r"magazynie|gazecie|piśmie)\s+)?(?P<publisher>.+)|"  # "Tekst pochodzi z serwisu X" (the kind in lower case)
        r"^\W{0,3}(?:artykuł|tekst|materiał)\s+pochodzi\s+z\s+(?-i:serwisu|portalu|tygodnika|dziennika|miesięcznika|"
        r"magazynu|bloga|witryny|gazety|pisma)\s+(?P<publisher2>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Czech, Slovak: "Tento článek původně vyšel na serveru X", "Článok pôvodne vyšiel v denníku X"
        r"\b(?:článek|článok|text)\s+(?:\w+\s+)?(?:původně|poprvé|pôvodne|prvýkrát)\s+(?:vyšel|vyšiel|byl\s+"
        r"publikován|bol\s+publikovaný|publikován)\s+(?:na|v|ve)\s+(?:(?:serveru|webu|deníku|denníku|"
        r"časopise|portálu)\s+)?(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # an interview a paper ran: "Das Interview führte Jana Wolters für die Rheinische Post", "Die
        # Fragen stellte A für den Kurier" (a paper by its name's media word; "für den Blog des Netzwerks" names none)
        r"\b(?:das\s+(?:interview|gespräch)\s+führte|die\s+fragen\s+stellte)\s+[^.;]{2,60}?\s+für\s+"
        rf"(?:die|den|das|dem|der)?\s*(?P<publisher>[^.;]*?(?:{_MEDIA_WORDS})\b[^.;]*)",
        re.IGNORECASE,
    ),
    re.compile(  # "Gastbeitrag in der FAZ vom 14. März 2023", "Gastkommentar im Handelsblatt" (in a paper, not for it)
        r"\bgast(?:beitrag|kommentar|artikel)\s+(?:in|im)\s+(?:der|die|den|dem|das)?\s*(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # Danish, Norwegian: "Indlægget blev bragt i Politiken 14. marts 2023", "Teksten ble publisert i X"
        r"\b(?:blev|ble|er)\s+(?:først\s+|tidligere\s+)?(?:bragt|publiceret|publisert|trykt|offentliggjort)\s+"
        r"(?:i|på|av|af)\s+"
        r"(?P<publisher>[^,.;\d]+?)(?=\s+\d|\s+og\b|\s*[,.;(]|$)",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Beitrag ist Teil einer Kooperation mit X und erschien zuerst dort"
        r"\bkooperation\s+mit\s+(?P<publisher>[^,.;]+?)\s+und\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich|erstmals)"
        r"\s+(?:dort|bei\s+(?:ihm|ihr|ihnen))",
        re.IGNORECASE,
    ),
    re.compile(  # Turkish, the outlet before the verb: "Bu haber ilk olarak bianet'te yayımlandı", "Bu yazı ilk kez
        # X sitesinde yayınlanmıştır"
        r"\bbu\s+(?:haber|yazı|makale|içerik|röportaj|analiz|yazı\s+dizisi)\s+(?:ilk\s+(?:olarak|kez|defa)|"
        r"daha\s+önce|orijinal\s+olarak)\s+(?P<publisher>[^.!?]{2,80}?)(?:['’](?:n?[dt][ae])|\s+(?:internet\s+|web\s+)?"
        r"(?:sitesinde|gazetesinde|dergisinde|portalında))\s+(?:yayımlan|yayınlan)",
        re.IGNORECASE,
    ),
    re.compile(  # Japanese, the outlet before the verb: "この記事は X に掲載されたものです",
        # "本記事は X で公開された記事の転載です", "X からの転載"; not "無断転載を禁じます" (no outlet named)
        r"(?:(?:この|本)(?:記事|原稿|コラム)|本稿)は[、,\s]*[「『]?(?P<publisher>[^、。,「」『』]{1,60}?)[」』]?\s*"
        r"(?:(?:に|で)(?:掲載|公開|配信)さ|(?:から|より)の?転載)"
        r"|(?:^|[※\s（(])[「『]?(?P<publisher_from>[^、。,\s（(「」『』]{1,60}?)[」』]?\s*(?:から|より)の?転載",
    ),
    re.compile(  # a blog's reblog: "Rebloggt von X: <title>", "Reblogged from X:"; not "Reblogged this on <own blog>";
        # a quoted story's link line: "Originalartikel bei X: <title>", "Original article at X:"
        r"^\W{0,3}(?:rebloggt\s+von|reblogged\s+from|reblogueado\s+de|reblogué\s+(?:depuis|de)|"
        r"original(?:artikel|beitrag|text)\s+(?:bei|von|auf|im|in|aus)|original\s+(?:article|story|post)\s+(?:at|on|in|by))\s+"
        r"(?P<publisher>[^:]{2,80}?)\s*(?::|$)",
        re.IGNORECASE,
    ),
    re.compile(  # also after a licence or credit sentence: "Lizenz: CC BY 4.0. Zuerst erschienen auf X"
        rf"(?:^|[.;]\s+)\W{{0,3}}(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht|publiziert)\s+(?:{_GERMAN_DATE})?"
        r"(?:auf|in|bei|im)\s+"
        r"(?P<publisher>.+)|^\W{0,3}(?:erstveröffentlichung|(?:zuerst\s+|ursprünglich\s+|erstmals\s+)?"
        r"(?:erschienen|veröffentlicht|publiziert)\s*(?:in|im|bei|auf)?\s*:)\s*(?:in|bei|im|auf)?\s*(?P<publisher2>.+)|"
        r"(?:^|[·|•]\s*)\W{0,3}(?:(?:hinweis|anmerkung(?:\s+der\s+redaktion)?|info)\s*:\s*)?"
        r"(?:(?:wiederveröffentlicht|nachdruck|veröffentlicht|veröffentlichung|übernahme|abdruck)\s+|"
        r"wir\s+(?:veröffentlichen|dokumentieren)\s+(?:diese[nsr]?|den|das|die)\s+[\w-]+\s+)?mit\s+"
        r"freundlicher\s+genehmigung\s+"
        r"(?:der\s+redaktion\s+(?:von|der|des)\s+|von|der|des)\s*(?!\s|redaktion\s+(?-i:[a-zäöü]))(?P<publisher3>.+)",
        re.IGNORECASE,  # "mit freundlicher Genehmigung der Redaktion geben wir ... wieder": the outlet comes later
    ),
    re.compile(  # a dated print note: "Erschienen in der Printausgabe der X vom 14. Juni 2018"
        r"^\W{0,3}(?:zuerst\s+|ursprünglich\s+)?erschienen\s+(?:in\s+der|im|in|bei\s+der|beim)\s+"
        r"(?:(?:print|online|wochenend|samstags|sonntags)?-?ausgabe\s+(?:der|des|vom)\s+)?"
        r"(?P<publisher>(?-i:[A-ZÄÖÜ„“\"])[^.!?]{1,60}?)\s+(?:vom|am)\s+\d",
        re.IGNORECASE,
    ),
    re.compile(  # "This is an edited version of an article first published by X"
        rf"^\W{{0,3}}this\s+is\s+an?\s+(?:[\w-]+\s+){{0,2}}version\s+of\s+an?\s+(?:{_KINDS})\s+"
        r"(?:that\s+was\s+|which\s+was\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by)\s+"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Publié avec l'autorisation de X", "Publicado con autorización de X", "Per gentile concessione di X"
        r"^\W{0,3}(?:(?:articolo|testo|artículo|texto|article|texte|artigo|foto)\s+)?(?:(?:re)?(?:publié|reproduit|publicad[oa]|reproducid[oa]|republicad[oa]|pubblicat[oa]|riprodott[oa])\s+"
        r"(?:avec\s+l['’](?:aimable\s+)?autorisation|con\s+(?:la\s+)?(?:autorización|permiso)|"
        r"com\s+(?:a\s+)?(?:autorização|permissão)|(?:su|per)\s+gentile\s+concessione)|per\s+gentile\s+concessione)\s+"
        r"(?:de|d['’]|du|des|del|della|di|da|do)\s*(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "A version of this story ran in X", "Una versión de este artículo se publicó en X" (a name)
        rf"\b(?:an?\s+(?:\w+\s+)?version\s+of\s+this\s+(?:{_KINDS})\s+(?:was\s+|has\s+been\s+)?"
        r"(?:published|appeared|ran|run)|una\s+versión\s+(?:\w+\s+)?de\s+est[ea]\s+(?:artículo|texto|reportaje|nota|"
        r"historia|crónica)\s+(?:se\s+publicó|fue\s+publicad[oa]|apareció))\s+(?:originally\s+|originalmente\s+)?"
        r"(?:on|in|at|by|en|por)\s+(?P<publisher>(?-i:[A-Z\"“„«]).+)",
        re.IGNORECASE,
    ),
    re.compile(  # an author's bio: "Jane Doe is a reporter for X, where this story first ran"
        rf"\b(?:for|at|with)\s+(?P<publisher>(?-i:[A-Z])[^,;]{{1,60}}?),\s+(?:where|in\s+which)\s+this\s+"
        rf"(?:{_KINDS})\s+(?:was\s+)?(?:first|originally)\s+(?:ran|appeared|published|run)",
        re.IGNORECASE,
    ),
    re.compile(  # "X shared this story with us", "This article is from X, a nonprofit newsroom", "Originally from X"
        rf"^\W{{0,3}}(?:(?P<publisher>(?-i:[A-Z])[^.]{{1,60}}?)\s+shared\s+this\s+(?:{_KINDS})\s+with\s+us|"
        rf"this\s+(?:{_KINDS})\s+(?:is|comes)\s+from\s+(?P<publisher2>(?-i:[A-Z\"“]).+)|"
        r"originally\s+from\s+(?P<publisher3>(?-i:[A-Z\"“]).+))",
        re.IGNORECASE,
    ),
    re.compile(  # a source line naming an outlet, then a permission to reproduce it: "Source : « X », n° 12, p. 9.
        # Reproduit avec l'aimable autorisation", "Quelle: „X“, Ausgabe 12/2024. Abdruck mit freundlicher Genehmigung"
        r"^\W{0,3}(?:source|quelle|fonte|fuente|bron|źródło)\s*[:：]\s*"
        r"(?P<publisher>[«“„\"][^«»“”„\"]{2,80}[»”“\"]|(?-i:[A-ZÀ-Þ])[^,.;:]{1,80}?)\s*(?:[,.;]|$)"
        r"(?=.{0,200}?\b(?:reproduit|reproduced|reprinted|republished|abdruck|nachdruck|veröffentlichung|übernahme|"
        r"reproducido|riprodott[oa]|reproduzido|publié|published|publicado)\b[^.]{0,40}?(?:autorisation|permission|"
        r"genehmigung|autorización|permiso|autorizzazione|concessione|autorização))",
        re.IGNORECASE,
    ),
    re.compile(  # a repost introduced: "Den folgenden Artikel hat die X am 12. März 2024 veröffentlicht:", "Wir
        # dokumentieren im Folgenden einen Artikel aus dem X", "Reproducimos el artículo publicado por X el ..."
        rf"\bden\s+folgenden\s+(?:artikel|beitrag|text|bericht)\s+hat\s+(?:die\s+|der\s+|das\s+)?"
        rf"(?P<publisher>[^.!?]{{2,80}}?)\s+(?:{_GERMAN_DATE})?(?:veröffentlicht|gebracht|gedruckt|publiziert)\b|"
        r"\bwir\s+(?:dokumentieren|veröffentlichen|übernehmen)\s+(?:im\s+folgenden\s+|hier\s+)?(?:einen|den)\s+"
        r"(?:artikel|beitrag|text|bericht)\s+aus\s+(?:dem\s+|der\s+|den\s+)?(?P<publisher2>.+)|"
        r"\bgeben\s+wir\s+(?:\w+\s+){0,3}?(?:einen|den)\s+(?:artikel|beitrag|text|bericht)\s+aus\s+"
        r"(?:dem\s+|der\s+|den\s+)?(?P<publisher4>.+?)\s+(?:\S+\s+){0,4}?wieder\b|"
        r"\breproducimos\s+(?:a\s+continuación\s+)?(?:el|este|un)\s+(?:artículo|texto|reportaje|nota)\s+"
        r"(?:publicad[oa]\s+)?(?:por|en)\s+(?P<publisher3>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "Dieser Text ist Teil des Angebots von «X»": a partner's content, carried whole
        r"\b(?:diese[rs]?|der|das)\s+(?:text|artikel|beitrag|inhalt)\s+ist\s+(?:ein\s+)?teil\s+des\s+angebots?\s+"
        r"(?:von|der|des)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    re.compile(  # "This piece is part of a content-sharing partnership with X": the partner's story, shared
        r"\bcontent[-\s]sharing\s+(?:partnership|agreement|arrangement|collaboration)\s+with\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
)
_CLIPPING = re.compile(  # a press clipping's source line, its date or issue closing it: "Bericht der X vom 3. Mai
    # 2024", "Artikel aus dem X, Ausgabe 18/2024", "(aus: X vom 14. Juni 2024)", "(aus: X Nr. 4/2008, S. 22–25)",
    # "Presseartikel: X vom 22.04.2024",
    # "Källa: X, 3 maj 2024", "Article publié dans X le 3 mai 2024"; only a name that reads as an outlet's
    rf"^\W{{0,3}}(?:(?:zeitungs|presse)?(?:bericht|artikel|beitrag)\s+(?:aus\s+)?(?:der|des|dem|im|in\s+der)\s+|"
    r"(?:presse|zeitungs)(?:artikel|bericht|ausschnitt)\s*:\s*|aus\s*:\s*|from\s+(?:the\s+)?|da\s+(?=[«“\"])|"
    r"(?:källa|kilde|fonte|fuente|bron|zdroj|źródło|quelle|source)\s*:\s*)"
    r"(?P<publisher_clip>(?-i:[A-ZÀ-Þ«„“\"])[^,;()]{1,80}?)(?:\s+(?:vom|del|du|de|of)\s+|,\s*|\s+)"
    rf"(?:{_DAY_DATE}|{_ISSUE_NUMBER}(?:\s+(?:vom|del|du|of)\s+{_DAY_DATE})?)"
    r"(?:,?\s*(?:s\.|seite|p\.|pp\.|page)\s*\d+(?:\s*[-–]\s*\d+)?)?"  # its pages: "Nr. 4/2008, S. 22–25"
    r"(?:\s*[-–—,]\s*(?:per\s+gentile\s+concessione|mit\s+freundlicher\s+genehmigung|with\s+(?:kind\s+)?permission|"
    r"avec\s+l['’]aimable\s+autorisation|con\s+(?:el\s+)?permiso)[^.]{0,60})?\W{0,3}$|"
    r"^\W{0,3}(?:article|texte|reportage)\s+(?:publié|paru)e?\s+(?:dans|sur|par)\s+(?P<publisher_clip2>.+?)\s+le\s+\d",
    re.IGNORECASE,
)
"""A press clipping's source line (one short block, tried only on such blocks: its words are common ones)."""
_MAX_CLIPPING_CHARS = 200
_ISSUE_AFTER = re.compile(rf",?\s*{_ISSUE_NUMBER}", re.IGNORECASE)
"""An issue's number right after a clipping's name ("Schienenblick Nr. 4/2008"): the name is a periodical's."""
_TITLE_THEN_OUTLET = re.compile(
    rf"^[^,]{{8,200}},\s+(?P<name>(?-i:[A-ZÀ-Þ])[^,;]{{1,60}}?),\s*(?:{_DAY_DATE}|(?:issue|no\.?|nr\.?)\s*\d)",
    re.IGNORECASE,
)
"""A story's title, then the outlet that ran it and the date: "When the River Went Quiet, Valley Clarion, 16 May
2024"."""
_NOTE_WORD = PhraseFinder(
    r"origin|first|previous|initial|inicial|earlier|publi|pubbl|appeared|republished|reprinted|reproduced|syndicated|"
    r"reposted|cross-?posted|provided|distributed|d['’]abord|précédemment|paru|verscheen|eerder|eerst|oorspronkelijk|"
    r"zuerst|zunächst|ursprünglich|erstmals|erstveröffentlichung|genehmigung|erschien|reblog|translated|übersetzung|"
    r"produced|courtesy|verfügung|übernommen|übernahme|cross-?post|stammt|pierwotnie|pierwszy|via|reprodu|riprod|"
    r"overgenomen|aired|broadcast|apparso|traduc|ursprungligen|först|først|oprindeligt|opprinnelig|tayang|terbit|"
    r"původně|poprvé|pôvodne|prvýkrát|"
    r"dimuat|diterbitkan|licensed|permission|read the original|erschienen|veröffentlicht|danken|autorisation|"
    r"read the rest|read the full|read the whole|see the full|continue reading|keep reading|lire la suite|"
    r"lire l'article|lire l’article|weiterlesen|ganzen artikel|ganze artikel|vollständigen artikel|leyendo|lee el|"
    r"leggere|leggi il|leggi l|continue lendo|leia o|leia a|lees verder|lees het|"
    r"autorización|permiso|autorização|permissão|concessione|our partner|version|versión|content-sharing|"
    r"content sharing|shared this|is from|comes from|content from|excerpt|adapted from|ilk olarak|ilk kez|ilk defa|"
    r"daha önce|orijinal olarak|interview führte|gespräch führte|fragen stellte|gastbeitrag|gastkommentar|gastartikel|"
    r"bragt|publiceret|publisert|trykt|offentliggjort|kooperation|reprise|tidigare|tidligere|uscito|tratto|"
    r"traduzione|tradução|pochodzi|ukazał|apareci|apareceu|publiziert|fassung|nachdruck|abdruck|folgenden artikel|"
    r"folgenden beitrag|folgenden text|folgenden bericht|dokumentieren|reproducimos|printed in|teil des angebot|"
    r"extract from|tłumaczenie|geben wir"
)
"""A word every pattern of ``_STATEMENTS`` holds (but the Japanese one: ``_NOTE_VERB_UNCASED``)."""
_NOTE_VERB_UNCASED = re.compile("掲載さ|公開さ|配信さ|転載")
"""The verbs of the Japanese pattern, which a Latin phrase finder cannot hold."""


@functools.cache
def _publisher_prefix() -> re.Pattern[str]:
    """What may stand before the publisher's name: "our sister site", "our sister paper, ", "our partners at",
    "the May issue of", "Spanish by", "May 3, 2024 on", "12 February 2025 in". Compiled on first use (a note naming
    its publisher: on 10 of 302 labelled pages), not at import: 4 ms."""
    return re.compile(
        r"^(?:our\s+|the\s+)?(?:sister|partner|affiliate)\s+(?:web\s*site|site|publication|outlet|brand|title|"
        r"(?:news)?paper|station|magazine)(?:\s+|,\s+)|"
        r"^(?:our\s+|the\s+)?(?:partners?|friends|colleagues)\s+(?:at|of)\s+|"
        r"^(?:dem\s+)?blog\s+(?:von|of)\s+|^(?:the\s+)?(?:web\s*site|site|blog|portal)\s+(?=[A-Z])|"
        r"^unsere[rm]?\s+[\w-]*?(?:schwester|partner)\w*,?\s+(?:(?:dem|der|den)\s+)?|"
        r"^(?:(?:der|die)\s+)?(?:redaktion|web-?seite|website|internetseite|homepage)\s+(?:von|der|des)\s+|"
        r"^(?:gedruckter|digitaler|ähnlicher|anderer)\s+(?:form|fassung)\s+(?:in|im|bei|auf)\s+(?:der\s+|dem\s+)?|"
        r"^print\s+(?:in|by)\s+|"
        r"^(?:(?:print|online|nachrichten|fach|wochen|monats)-?)?(?:magazin|zeitschrift|portal|onlineportal)\s+"
        r"(?=(?-i:[A-ZÄÖÜ]))|"
        r"^(?:the\s+|an?\s+)?(?:[\w,]+\s+){0,3}(?:print\s+)?(?:issue|edition)\s+of\s+|"
        r"^(?:(?:der|die|dem|den)\s+)?(?:[\w./-]+\s+){0,2}(?:print-?|online-?|druck)?(?:ausgabe|heft)\s+"
        r"(?:[\w./-]+\s+){0,2}(?:der|des|vom|von)\s+|"
        rf"^(?:original\s+)?(?:auf\s+|het\s+)?(?:{_LANGUAGES})\s+(?:by|in|on|at|bei|im|auf|en|no|na|em|por|sur|dans|"
        r"par|su|sul|sulla|da|op|bij|door)\s+(?:der\s+|dem\s+)?|"
        rf"^(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\s+(?:on|in|at|by)\s+|"
        rf"^\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}}\s+(?:on|in|at|by)\s+",
        re.IGNORECASE,
    )


_QUOTED_NAME = re.compile(
    r"^(?:(?:the|der|die|das|dem|den|des)\s+)?(?:[\w-]+\s+)?[„“”\"«»‚‘](?P<name>[^„“”\"«»‚‘’]{2,80})[“”\"«»‘’]"
)
"""A quoted name, maybe after an outlet noun: "der Wochenzeitung „der Freitag“", "the magazine “Harbor Life”": the
quotes bound the name, its own article included."""
_EDITION_NAME = re.compile(r"(?:[\w-]+\s+){0,3}(?:issue|edition)", re.IGNORECASE)
_WHERE_OUTLET = re.compile(r"(?P<name>(?:[A-Z0-9][\w!&'’.-]*\s+){0,4}[A-Z0-9][\w!&'’.-]*),\s+where\s+$")
"""The outlet a note names before "where" it ran: "Courtesy of YES! Magazine, where this story first appeared"."""
_EDITION_ONLY = re.compile(r"^(?:print-?|online-?|druck)?(?:ausgabe|heft|issue|edition)\b", re.IGNORECASE)


@functools.cache
def _publisher_end() -> re.Pattern[str]:
    """Where a publisher's name ends in a note's text: its site or edition ("'s website"), a date, a sentence's end,
    the note going on ("under", "and is republished", "with permission"), a byline run on. Compiled on first use,
    as ``_publisher_prefix``: 2 ms."""
    return re.compile(
        r"['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:web\s*site|site|blog|newsletter|app|print\s+edition|edition|podcast|issue)\b|\s+\d{1,2}/\d{2,4}\b|\s*(?:\.(?![\w-])|[;!?()\[\]|]|,\s|\s[-–—]\s|\s+(?:on|am|vom|le|el|il|op|em|en)\s+\d|\s+(?:under|and\s+is|"
        r"and\s+has|and\s+was|dengan\s+judul|unter|erschienen|veröffentlicht|publiziert|and\s+is\s+republished|as\s+part\s+of|and\s+republished|"
        r"licen[cs]ed|et\s+(?:est|a)|sous|y\s+(?:se|es|ha)|bajo|e\s+(?:è|foi)|en\s+is|onder|sob|con\s+licenza|met\s+toestemming|and\s+[a-z]+ed|"
        rf"with\s+(?:kind\s+)?permission)\b|\s+on\s+(?i:{MONTH_NAMES})\.?\s+\d|\s+(?:at|unter|sur|en|em|su)\s+(?:https?://|www\.)|"
        r"\s+(?i:story|article|written|words|text|reporting|photos?|video)\s+by\s|"  # a byline run on: "X Story by A"
        r"\s+(?:of|van|del|du|dal)\s+\d{1,2}\.?\s+[^\W\d_]+\s+\d{4}|\s+by\s+(?:kind\s+)?permission\b|\s+el\s+pasado\b|"
        r"\s+datée?\s+du\b|\s+in\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+[A-Z]))"  # "X of 14 March 2024",
        # "X van 8 mei 2024", "X by kind permission", "X el pasado 10 de mayo", "X daté du 15 mai", "X in Norfolk, Va."
    )


_DATELINE = re.compile(
    rf"^(?P<statement>(?:[A-ZÀ-Þ][\w.'’ ,/\[\]-]{{0,60}}?\s*)?\((?P<agency>{AGENCY_PATTERN}|{OUTLET_PATTERN})"
    r"(?:\d{3}/[\d.]+/[\d:]+)?"  # a release number, date and time: "(pte012/08.05.2024/11:30)"
    r"(?:\s+(?!Photo|Foto)[A-Z]\w+)?(?:\s*[/,]\s*[\w-]+)*\)\s*\.?\s*(?:[-—–:]+|(?-i:(?=[A-ZÀ-Þ\"“]))))",
    re.IGNORECASE,
)
_OTHER_DATELINES = (
    re.compile(  # "MOSCOW, May 3. /TASS/.", "Bucureşti, 3 mai /Agerpres/ -", "МОСКВА, 3 мая. /ТАСС/."
        rf"^(?P<statement>(?=[^\W\d_])[\w.'’ ,-]{{0,60}}?\s*/\s?(?P<agency>{AGENCY_PATTERN})\s?/\s*\.?\s*(?:[-—–:]+)?)",
        re.IGNORECASE,
    ),
    re.compile(rf"^(?P<statement>[(（][^\W\d_][^()（）=]{{0,20}}=\s*(?P<agency>{AGENCY_PATTERN})[)）])"),
    re.compile(rf"^(?P<statement>(?P<agency>{AGENCY_PATTERN})[^\W\d_]{{0,12}}\d{{1,2}}月\d{{1,2}}日电)"),
    re.compile(r"^(?P<statement>【[^】\d]{0,12}?(?P<agency>共同|時事)】)"),
    re.compile(r"^(?P<statement>[\u0600-\u06FF][\u0600-\u06FF\d ]{0,80}? (?P<agency>واس|وام|قنا|كونا))(?= |$)"),
)
"""Datelines of wires that set their name in slashes ("/TASS/", Arabic "/ وام /"), after the city and "="
("(서울=연합뉴스)"), before a Chinese date ("新华社北京5月3日电"), after the city in lenticular brackets ("【ワシントン
共同】", "【ロンドン時事】"), or after an Arabic city and date ("الرياض ... 2018 م واس")."""
_VIA_DATELINE = re.compile(
    r"^(?P<statement>(?P<publisher>[A-ZÀ-Þ][\w&'’.]*(?:\s+[A-ZÀ-Þ][\w&'’.]*){0,4})\s+via\s+"
    r"[A-ZÀ-Þ][\w&.]*(?:\s+[A-ZÀ-Þ][\w&.]*){0,3}\s*[-—–]+)"
)
_BY_AGENCY = re.compile(
    rf"^\W{{0,3}}(?:by|von|par|por|door)\s+(?P<agency>{AGENCY_PATTERN})(?:\s+(?:staff|news\s+service|wire\s+service))?"
    r"(?:\W{0,3}$|\s*[|•·,–—-]\s*\S.{0,80}$)",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(  # also after a translator's credit: "Übersetzung: Jane Doe. Original: <a>X</a>"
    rf"^(?:[^:]{{0,120}}?[.;]\s+)?\W{{0,3}}(?:{SOURCE_WORDS}|via|"
    r"original|original(?:-?artikel|beitrag|text)|"
    r"original\s+(?:article|story))\s*[:：]\s*\S",
    re.IGNORECASE,
)
_SOURCE_ANCHOR = re.compile(
    r"^\W{0,3}(?:source(?:\s+link)?|original\s+(?:article|story|post|source)|read\s+(?:the\s+)?original(?:\s+article)?|"
    r"zum\s+original(?:artikel)?|originalartikel|link\s+(?:to\s+(?:the\s+)?original|zum\s+original)|"
    r"view\s+original\s+post|hier\s+geht['’]?s?\s+(?:es\s+)?zum\s+original(?:artikel)?)\W{0,3}$",
    re.IGNORECASE,
)
_LINK_CONTEXT = frozenset({"nav", "footer", "aside", "header", "li", "figure", "figcaption", "button"})
_ROLE_NAMES = frozenset(
    {
        "author", "authors", "writer", "autor", "autorin", "autors", "autoren", "autorinnen", "verfasser",
        "verfasserin", "verfassers", "redaktion", "verlag", "verlags", "verlages", "herausgeber", "herausgeberin",
        "herausgebers", "fotograf", "fotografin", "fotografen", "künstler", "künstlerin", "künstlers",
    }
)  # fmt: skip
"""Roles a permission note may thank instead of an outlet ("mit freundlicher Genehmigung der Autorin")."""
_VAGUE_WORDS = frozenset(
    {"here", "hier", "ici", "aquí", "aqui", "qui", "link", "this", "the", "original", "originalartikel", "im", "in"}
)
_INLINE = frozenset({"em", "i", "strong", "b", "span", "small", "a", "font", "u", "sup", "sub", "mark", "cite"})


def _vague_name(publisher: str) -> bool:
    """A "publisher" or link text that only points to a link: "here", "this link", "the original", "Original hier"."""
    words = publisher.casefold().strip(" .:").split()
    return bool(words) and set(words) <= _VAGUE_WORDS


_NOTE_STRETCH = 5_000
_MAX_CLAIMED_NOTE = 400  # a longer block holding a note holds the story's text too: it stays in the body
_MAX_NOTE_CHARS = 800  # an editor's note may tell more before naming the original
_TAIL_BLOCKS = 6
_HEAD_BLOCKS = 3
_DATELINE_BLOCKS = 8  # a dateline may follow a standfirst, a summary's points, a byline and a date line
_TRAILING_BLOCKS = 2
_TRAILING_LOOK = 16  # blocks read back from the end to find the last prose ones (a table's cells are passed over)
_MAX_PUBLISHER = 80
_LOWER_ARTICLE = re.compile(r"^(?:(?:the|der|die|das|dem|den|des)\s+|(?:de|het)\s+(?=[A-ZÀ-Þ]))")
"""A lower-case article before the name: "in der Wochenpost", "uit de Noord-Veluwse Courant": the name has none."""
_LOWER_THE = re.compile(r"^the\s+")
_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)
_DATE_NAME = re.compile(
    rf"^(?:(?:{_WEEKDAY})\.?,?$|(?:(?:{_WEEKDAY})\.?,?\s+)?(?:(?:{MONTH_NAMES})\.?\s+\d|\d{{1,2}}\.?\s+(?:{MONTH_NAMES})\b|"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}))",
    re.IGNORECASE,
)
"""A date where a note's publisher stands: "first published on May 3, 2024", "Originally published on Wed June 5,
2013 4:19 pm", "am 5. Juni 2013", "on 05/06/2013"; a weekday alone, the rest cut at its comma ("on Wednesday, 5
June 2013")."""
_LANGUAGE_NAME = re.compile(rf"(?:{_LANGUAGES})", re.IGNORECASE)
_MEDIUM_WORD = re.compile(r"\s+(?:blog|website|web site|site|newsletter|podcast)$")
"""The medium after a name the note gives with "the": "on the Harbor Weekly blog" → "Harbor Weekly"."""
_URL_NAME = re.compile(r"^https?://\S+$")  # Medium's "Originally published at https://... on May 3, 2024."


def _publisher_name(raw: str) -> str:
    quoted = _QUOTED_NAME.match(clean_text(raw))
    if quoted:
        return quoted.group("name").strip()
    name = _publisher_prefix().sub("", clean_text(raw))
    quoted = _QUOTED_NAME.match(name)  # "Heft 4/2024 der Zeitschrift «X»": quoted after the edition
    if quoted:
        return quoted.group("name").strip()
    name = _publisher_end().split(name, maxsplit=1)[0]
    name = name.strip(" .,:;\"'“”‘’")
    listed = outlet_name(name)
    if not (listed and listed.casefold() == name.casefold()):  # "de Volkskrant" keeps its "de"
        name = _LOWER_ARTICLE.sub("", name).strip()
    return _MEDIUM_WORD.sub("", name) if _LOWER_THE.match(clean_text(raw)) else name


_DATIVE_ADJECTIVE = re.compile(r"(?<=[a-zäöüß])en(?= [A-ZÄÖÜ])")
"""An adjective's dative ending before the next capitalised word of a name: "Schwäbischen Rundschau" → "Schwäbische
Rundschau", "Neuen Zürcher Zeitung" → "Neue Zürcher Zeitung" (the last word, a noun, keeps its form)."""


_DATIVE_ARTICLE = re.compile(r"\b(?:im|beim|vom|zum|dem)\s+$", re.IGNORECASE)
"""A masculine or neuter name's dative article or contraction right before it: "erschien zuerst im X"."""
_GENITIVE_ARTICLE = re.compile(r"\bdes\s+$", re.IGNORECASE)
"""A masculine or neuter name's genitive article right before it: "mit freundlicher Genehmigung des X"."""
_MASCULINE_HEAD = re.compile(
    r"(?:anzeiger|kurier|bote|beobachter|funk|freund|merkur|spiegel|standard|express|herold|telegraf|reporter|"
    r"monat|blick|morgen|landbote)$"
)
_NEUTER_HEAD = re.compile(r"(?:blatt|journal|magazin|wort|echo|deutschland|fernsehen|radio|volk|land)$")
"""The head nouns of German paper and broadcaster names by their gender ("Anzeiger", "Rundfunk"; "Tageblatt")."""


def _undeclined(publisher: str, raw: str, text: str, start: int) -> str:
    """A German name the note gives in the dative or genitive (its text ``raw`` at ``start`` of ``text``) in the
    nominative."""
    written = clean_text(raw)
    named = _publisher_prefix().sub("", written)
    before = written[: len(written) - len(named)]  # "der Webseite des ", "gedruckter Form im ": the article ends it
    if named.startswith("der ") or before.endswith(" der "):  # a feminine name in the dative
        return _DATIVE_ADJECTIVE.sub("e", publisher)  # "bei der (<a>)Schwäbischen Rundschau(</a>)"
    genitive = (
        named.startswith("des ")
        or before.endswith(" des ")
        or _GENITIVE_ARTICLE.search(text, max(0, start - 5), start) is not None
    )
    dative = bool(
        _DATIVE_ARTICLE.search(text, max(0, start - 8), start)
        or _DATIVE_ARTICLE.search(before)
        or re.match(r"(?:dem|im|beim|vom|zum)\s", named)
    )
    if (genitive or dative) and publisher.casefold().endswith("boten"):
        return _nominative(publisher[:-1])  # a weak noun: "des Landboten", "vom Lahntal-Boten" → "Bote"
    if genitive and publisher.endswith("s"):  # "mit freundlicher Genehmigung des Tagesspiegels"
        head = publisher[:-1].rsplit(" ", 1)[-1].casefold()
        if _MASCULINE_HEAD.search(head) or _NEUTER_HEAD.search(head):
            return _nominative(publisher[:-1])
    if dative:
        return _nominative(publisher)  # "im Bergischen Anzeiger", "beim Bayerischen Rundfunk", "aus dem X"
    return publisher


def _with_article(publisher: str) -> str:
    """A listed German outlet whose name opens with its article, named without it after a contracted preposition
    ("erschien zuerst im STANDARD" → "Der Standard", "in der Zeit" → "Die Zeit"); other names as they are."""
    if not publisher or " " in publisher or outlet_name(publisher) is not None:
        return publisher
    word = publisher.title() if publisher.isupper() else publisher
    for article in ("Der", "Die", "Das"):
        listed = outlet_name(f"{article} {word}")
        if listed is not None and listed.casefold() == f"{article} {word}".casefold():
            return listed
    return publisher


def _nominative(name: str) -> str:
    """A masculine or neuter German name given after "im", "beim" in the dative, in the nominative: "Bergischen
    Anzeiger" → "Bergischer Anzeiger", "Neuen Tageblatt" → "Neues Tageblatt" (the head noun tells the gender; an
    unknown head, or a name with no adjective ending, is kept)."""
    head = name.rsplit(" ", 1)[-1].casefold()
    if _MASCULINE_HEAD.search(head):
        return _DATIVE_ADJECTIVE.sub("er", name)
    if _NEUTER_HEAD.search(head):
        return _DATIVE_ADJECTIVE.sub("es", name)
    return name


def _statement_origin(block: Block, index: int, page_url: str | None, site_name: str | None) -> OriginFinding | None:
    return statement_origin(block.text, block.element, page_url, site_name, index)


def _uncased(char: str) -> bool:
    """A letter of a script without case ("東", "ミ"): a name may start with it."""
    return char.isalpha() and char.lower() == char.upper()


def statement_origin(
    text: str, element: Tag, page_url: str | None, site_name: str | None, index: int | None = None
) -> OriginFinding | None:
    """The origin named by a republication note ``text`` (held by ``element``, whose links give the URL); of a very
    long block, only its opening and closing stretches are read (a note opens or closes a story)."""
    if len(text) > 2 * _NOTE_STRETCH:
        text = f"{text[:_NOTE_STRETCH]} {text[-_NOTE_STRETCH:]}"
    clipping = len(text) <= _MAX_CLIPPING_CHARS and _CLIPPING.search(text) is not None
    if not clipping and not _NOTE_WORD.found_in(text) and _NOTE_VERB_UNCASED.search(text) is None:
        return None  # most blocks: one cheap search instead of every pattern
    for pattern in (*_STATEMENTS, _CLIPPING) if clipping else _STATEMENTS:
        match = pattern.search(text)
        if match is None:
            continue
        group = next(key for key, value in match.groupdict().items() if key.startswith("publisher") and value)
        raw = match.group(group)
        publisher = _publisher_name(raw)
        issue = _ISSUE_AFTER.match(text, match.end(group))  # "(aus: X Nr. 4/2008, ...)": X is a periodical
        if group.startswith("publisher_clip") and not is_outlet(publisher) and issue is None:
            continue  # "Bericht der Feuerwehr vom 3. Mai", "Quelle: Statistik Austria, 3. Mai 2024": no outlet
        url, publisher = _linked_publisher(element, raw, publisher, page_url)
        publisher = _named_beside(publisher, raw, text, match.start())
        written = {compact_key(publisher), compact_key(publisher.removesuffix("s"))} - {""}  # "des X Kuriers"
        publisher = _with_article(_undeclined(publisher, raw, text, match.start(group)))
        if url is not None and (_vague_name(publisher) or _URL_NAME.match(publisher)):  # "published <a>here</a>"
            publisher = registrable_domain(url) or publisher
        if url is None and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", publisher):
            url = absolute_url(f"https://{publisher}", None)
        if url is None and _URL_NAME.match(publisher):
            url = absolute_url(publisher, None)
            publisher = registrable_domain(url) or ""
        if not _names_an_outlet(publisher, raw, url):
            continue
        if _EDITION_ONLY.match(publisher) or _EDITION_NAME.fullmatch(publisher):
            return None  # "ist in der Printausgabe erschienen", "in the Summer 2024 issue": the site's own
        own_url = url is not None and same_site_unarchived(url, page_url)
        if compact_key(site_name) in {compact_key(publisher), *written} or own_url:
            return None  # the site's own "originally published on <this site>" names no other origin
        if _owned_by_site(raw, publisher, page_url, site_name):
            return None  # "im Forschungsmagazin „Horizonte“ der TH Mittelweser" on that university's own site
        claimed = index if len(text) <= _MAX_CLAIMED_NOTE else None  # a reblog's line opens the reblogged text
        return OriginFinding(publisher, text, url, claimed)
    return _linked_note(text, element, page_url, index) or _partner_label(text, element, page_url, index)


def _named_beside(publisher: str, raw: str, text: str, start: int) -> str:
    """The outlet a note (``text``, its match at ``start``) names beside what it gives as the publisher (``raw``):
    after a story's title ("<a>When the River Went Quiet</a>, Valley Clarion, 16 May 2024"), or before "where" an
    issue ran it ("Courtesy of YES! Magazine, where this story first appeared in the Summer 2024 issue"); else the
    publisher itself."""
    titled = _TITLE_THEN_OUTLET.match(clean_text(raw))
    if titled and not is_outlet(publisher) and is_outlet(titled.group("name")):
        return titled.group("name")
    if _EDITION_NAME.fullmatch(publisher):
        where = _WHERE_OUTLET.search(text, 0, start)
        return where.group("name") if where is not None else publisher
    return publisher


def _names_an_outlet(publisher: str, raw: str, url: str | None) -> bool:
    """Whether a note's ``publisher`` (written ``raw``, linking ``url``) is a name: capitalised, quoted („der
    Freitag“), linked or a listed outlet that writes itself in lower case ("taz"); not a date ("the 1950s"), a
    language ("Translated from Ukrainian") or a role ("mit freundlicher Genehmigung der Autorin")."""
    named = (
        publisher[:1].isupper()
        or _uncased(publisher[:1])
        or url
        or _QUOTED_NAME.match(clean_text(raw))
        or outlet_name(publisher) is not None
    )
    if not publisher or len(publisher) > _MAX_PUBLISHER or not named or _DATE_NAME.match(publisher):
        return False
    return not (_LANGUAGE_NAME.fullmatch(publisher) or publisher.casefold() in _ROLE_NAMES)


_OWNER = re.compile(
    r"^\W{0,3}\s*(?:,\s*(?:the|an?|das|die|der|le|la)\s+(?:[\w-]+\s+){0,3}?(?:magazine|blog|newsletter|journal|"
    r"podcast|magazin|zeitschrift|revue)\s+)?(?:der|des|vom|von|of|du|de\s+la|de|della|del)\s+"
    r"(?P<owner>[^,.;:!?()]{2,60})",
    re.IGNORECASE,
)
"""The owner named right after a publication: "„Horizonte“ der TH Mittelweser", "Horizons, the research magazine of
Example University"."""


def _owned_by_site(raw: str, publisher: str, page_url: str | None, site_name: str | None) -> bool:
    """Whether the note names the publication as the page's own site's ("erschien zuerst im Forschungsmagazin
    „Horizonte“ der TH Mittelweser" on the university's site): the name after it is the site's (``own_name``)."""
    at = raw.find(publisher)
    if at < 0:
        return False
    owner = _OWNER.match(raw[at + len(publisher) :])
    return owner is not None and own_name(owner["owner"].strip(), page_url, site_name)


_PARTNER_LABEL = re.compile(
    r"^\W{0,3}(?:from|by)\s+our\s+(?:news\s+|media\s+|content\s+)?partners?\s*(?:at\s+)?[:|–—-]?\s*"
    r"(?P<name>[^.!?:|]{2,60}?)\W{0,3}$",
    re.IGNORECASE,
)
"""A label naming the partner the story comes from ("From our partner <a>CalMatters</a>"), a line of its own."""


def _partner_label(text: str, element: Tag, page_url: str | None, index: int | None) -> OriginFinding | None:
    """The news outlet a "From our partner X" label names, when X is a listed outlet or reads like one (a sponsor's
    brand is no origin)."""
    match = _PARTNER_LABEL.match(text)
    name = match.group("name").strip() if match else ""
    if not name or not (outlet_name(name) or is_outlet(name)):
        return None
    anchor = element.find("a", href=True)
    href = anchor.get("href") if isinstance(anchor, Tag) else None
    url = absolute_url(href if isinstance(href, str) else None, page_url)
    return OriginFinding(outlet_name(name) or name, text, url, index)


_LINKED_NOTE = re.compile(
    rf"^\W{{0,3}}(?:(?:this|the)\s+(?:{_KINDS})\s+(?:was\s+|is\s+|has\s+been\s+)?|"
    rf"(?:dieser|diese|dieses|der|die|das)\s+(?:{_GERMAN_KINDS})\s+(?:ist\s+|wurde\s+)?|"
    r"(?:cet|l['’])\s*article\s+(?:a\s+été\s+|est\s+)?|(?:este|el)\s+(?:artículo|texto)\s+(?:fue\s+)?|"
    r"(?:questo|l['’])\s*articolo\s+(?:è\s+stato\s+)?)?"
    r"(?:(?:originally|first|initially)\s+(?:published|appeared|posted|ran)|(?:zuerst|ursprünglich|erstmals)\s+"
    r"(?:erschienen|veröffentlicht|publiziert)|erschien\s+(?:zuerst|ursprünglich|erstmals|im\s+original)|"
    r"(?:publié|paru)e?\s+(?:initialement|d['’]abord|à\s+l['’]origine)|initialement\s+publiée?|"
    r"publicad[oa]\s+originalmente|originalmente\s+publicad[oa]|pubblicato\s+originariamente)\b|"
    r"^\W{0,3}content\s+from\W{0,3}$|"
    r"\b(?:original\s+(?:article|story|post|piece|version)|originalartikel|originalbeitrag|originaltext|"
    r"article\s+original|artículo\s+original|articolo\s+originale|artigo\s+original)\b",
    re.IGNORECASE,
)
"""A note that the story first appeared elsewhere, or that points to its original, naming it only by a link:
"Originally published <a>here</a>", "Der Artikel erschien zuerst <a>hier</a>", "Read the original article
<a>here</a>"."""
_MAX_LINKED_NOTE = 200


def _linked_note(text: str, element: Tag, page_url: str | None, index: int | None) -> OriginFinding | None:
    """The original a short note (``_LINKED_NOTE``) links to, when its one link to another site has no name for
    text ("here", "hier", the URL, "Read the original article"): named later from its domain."""
    if len(text) > _MAX_LINKED_NOTE or page_url is None or not _LINKED_NOTE.search(text):
        return None
    others: list[tuple[str, str, Tag]] = []
    for anchor in element.find_all("a", href=True, limit=5):
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is not None and not same_site_unarchived(url, page_url) and not same_brand(url, page_url):
            others.append((url, clean_text(anchor.get_text(" ", strip=True)), anchor))
    if len({registrable_domain(url) for url, _, _ in others}) != 1:
        return None  # no link to another site, or links to several: sources, not the original
    url, anchor_text, anchor = others[0]
    logo = _logo_name(anchor) if not anchor_text else None
    if logo:  # "Originally published by <a><img alt="Ridgeline Report"></a>": the outlet's logo names it
        return OriginFinding(logo, text, url, index)
    domain = registrable_domain(url)
    vague = _vague_name(anchor_text) or _URL_NAME.match(anchor_text) or anchor_text.casefold() == domain
    if not domain or not (vague or _LINKED_NOTE.search(anchor_text)) or not is_story_url(url):
        return None  # a named link is the named-note rules' business; a home page is no story
    return OriginFinding(domain, text, url, index)


def _logo_name(anchor: Tag) -> str | None:
    """The name a link's logo image gives in its ``alt`` text ("Ridgeline Report"), if it reads as a name: capitalised,
    not "logo" or a file name."""
    image = anchor.find("img")
    alt = image.get("alt") if isinstance(image, Tag) else None
    name = clean_text(alt) if isinstance(alt, str) else ""
    name = _LOGO_WORD.sub("", name).strip(" -–|:")
    if not name[:1].isupper() or len(name) > _MAX_PUBLISHER or "." in name.rsplit(" ", 1)[-1][-5:-3]:
        return None
    return name


_LOGO_WORD = re.compile(r"\s*\blogo\b\s*", re.IGNORECASE)


def _linked_publisher(element: Tag, raw: str, publisher: str, page_url: str | None) -> tuple[str | None, str]:
    """The URL of the note's link to the original and the publisher it names: a link whose text is the publisher's
    name (which it then spells), or a link that holds the whole note ("<a>Rebloggt von X: Title</a>")."""
    at = raw.find(publisher) if publisher else -1
    named_part = compact_key(raw[: at + len(publisher)] if at >= 0 else raw)  # not a link after the name's sentence
    for anchor in element.find_all("a", href=True, limit=5):
        anchor_text = _publisher_prefix().sub("", clean_text(anchor.get_text(" ", strip=True)))
        href = anchor.get("href")
        key = compact_key(anchor_text)
        if key and key in named_part:
            url = absolute_url(href if isinstance(href, str) else None, page_url)
            named = _LOWER_THE.sub("", anchor_text.strip(" .,:;"))  # "in <a>the Los Angeles Times</a>"
            return url, publisher if _vague_name(anchor_text) else named
        if compact_key(publisher) and compact_key(publisher) in key:
            return absolute_url(href if isinstance(href, str) else None, page_url), publisher
    return None, publisher


def source_link_in_page(anchors: Sequence[Tag], page_url: str | None) -> OriginFinding | None:
    """A link standing alone on its line whose text only says it leads to the original ("Source link", "Original
    article", "Zum Originalartikel"), to another publisher's page: the origin is that page's site (named by the
    assembler), or a reblog's "View original post 213 more words". Not in navigation, a footer, a sidebar, a list
    item or a figure."""
    for anchor in anchors:
        string = anchor.string  # one text child: such a link has no markup inside (cheap on pages of 600 links)
        if string is None or len(string) > _MAX_SOURCE_ANCHOR or not _SOURCE_ANCHOR.match(string.strip()):
            continue
        text = clean_text(str(string))
        line = anchor.parent
        while line is not None and line.name in _INLINE:
            line = line.parent
        if line is None or _MORE_WORDS.sub("", clean_text(line.get_text(" "))) != text:
            continue
        if any(parent.name in _LINK_CONTEXT for parent in (line, *line.parents)):
            continue
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is None or page_url is None or same_brand(url, page_url):
            continue
        domain = registrable_domain(url)
        if domain:
            return OriginFinding(domain, text, url)
    return None


_MAX_SOURCE_ANCHOR = 40
_MAX_CREDIT_WORDS = 5


def headline_source_in_page(
    headings: Sequence[Tag], anchors: Sequence[Tag], page_url: str | None
) -> OriginFinding | None:
    """A reposted story: its headline (one of the page's ``<h1>``, ``headings``) links another publisher's story,
    and a short credit links the same story by the publisher's name ("Max Blumenthal<br><a href=…>The
    Grayzone</a>" under "<h1><a href=…>Headline</a></h1>"). A headline linking elsewhere without such a credit (a
    link post commenting on another story) names nothing."""
    if page_url is None:
        return None
    stories = {
        story
        for heading in headings
        for link in heading.find_all("a", href=True)
        if (story := _story_of(link, page_url)) and not same_brand(story, page_url) and is_story_url(story)
    }
    if not stories:
        return None  # the common case: no anchor is looked at
    for anchor in anchors:
        story = _story_of(anchor, page_url)
        if story not in stories or anchor.find_parent("h1") is not None:
            continue
        text = clean_text(anchor.get_text(" "))
        if text and len(text) <= _MAX_SOURCE_ANCHOR and len(text.split()) <= _MAX_CREDIT_WORDS:
            return OriginFinding(text, text, story)
    return None


def _story_of(anchor: Tag, page_url: str) -> str | None:
    """The absolute address a link leads to, without its fragment."""
    href = anchor.get("href")
    url = absolute_url(href if isinstance(href, str) else None, page_url)
    return url.split("#", 1)[0] if url else None


_MORE_WORDS = re.compile(r"\s+\d+\s+more\s+words$")  # a reblog's "View original post 213 more words"


def notes_in_page(
    strings: Sequence[NavigableString], page_url: str | None, site_name: str | None
) -> OriginFinding | None:
    """A republication note anywhere in the intact page (read before the body extractor drops it as furniture),
    but for the notes of a feed's cards: one wording naming several publishers ("Provided by Reuters", "Provided
    by USA TODAY" on a portal's "More for you" cards) credits each card's story, not the page's."""
    found_notes: list[OriginFinding] = []
    for string in strings:
        element = string.parent
        while element is not None and element.parent is not None and element.name in _INLINE:
            element = element.parent
        if element is None:
            continue
        text = clean_text(element.get_text(" "))
        if len(text) <= _MAX_NOTE_CHARS:
            found = statement_origin(text, element, page_url, site_name)
            if found is None and _TRANSLATED.search(text):  # "Translated by A. Source: <a>X</a>" outside the body
                found = _source_link(element, text, None, page_url)
            if found is None:  # a relay note opening the text, which the body took for a picture's caption
                relayed = _relayed_release(text, None, site_name)
                found = relayed if relayed is not None and _opens_text(element) else None
            if found and found.statement not in {note.statement for note in found_notes}:
                found_notes.append(found)
    publishers: dict[str, set[str]] = {}
    for note in found_notes:
        publishers.setdefault(_wording(note), set()).add(note.publisher.casefold())
    return next((note for note in found_notes if len(publishers[_wording(note)]) == 1), None)


def _wording(note: OriginFinding) -> str:
    """A note's words without its publisher's name: the same for every card of a feed."""
    return note.statement.replace(note.publisher, "").casefold()


_TRANSLATED = re.compile(r"\b(?:translated|übersetz|tradu[cizç]|traduz)", re.IGNORECASE)


_IMAGE_NAMES = re.compile(r"image|img|photo|foto|bild|picture|caption|gallery|media|video|copyright", re.IGNORECASE)
_CREDIT_DEPTH = 4
_MAX_CREDIT_BLOCK = 40


def _class_id(element: Tag) -> str:
    classes = element.get("class")
    names = str(classes or "")
    return f"{names} {element.get('id') or ''}"


_SOURCE_CLASS = re.compile(r"source|quelle|provider|agency|agentur|fuente|fonte", re.IGNORECASE)
_NOT_CREDIT_CONTEXT = frozenset({"a", "figure", "figcaption", "li", "aside", "footer", "nav", "button"})


def credit_in_page(
    strings: Sequence[NavigableString],
    page_url: str | None = None,
    code: str | None = None,
    own_footers: Sequence[Tag] = (),
) -> OriginFinding | None:
    """A wire credit standing alone on its line in the intact page ("DPA", "Quelle: dpa" after the body, which
    the body extractor drops as a short tail), or a "Quelle: <a>outlet</a>" line; not a link, a caption, a list
    item or page chrome. A wire's name in an inline element of its own named as the source ("<span
    class="quelle">dpa</span>") counts beside other text."""
    for string in strings:
        element = string.parent
        named_source = element is not None and element.name in _INLINE and _SOURCE_CLASS.search(_class_id(element))
        while element is not None and element.name in _INLINE - {"a"} and not named_source and not _own_line(element):
            element = element.parent
        text = clean_text(str(string))
        dated = _outlet_and_date(element, own_footers)
        if dated is not None:
            return dated
        copyright_line = COPYRIGHT_CREDIT.match(text)
        source_label = SOURCE_LABEL.match(text)
        last_source = LAST_SOURCE.search(text) if ":" in text else None  # a meta row's field: "… | Text: epd | …"
        labelled = (_SOURCE_LINE.match(text) and CREDIT_LINE.match(text)) or last_source  # "Quelle: dpa" in a meta row
        if element is None or not (copyright_line or source_label or labelled or _alone_on_its_line(string, element)):
            continue
        if not _credit_context(element, bool(labelled or source_label or SOURCE_NAME.match(text)), own_footers):
            continue
        if copyright_line and _in_site_footer(element):
            continue  # the site's own notice ("Copyright 2012 Dow Jones & Company, Inc." under a WSJ page)
        if any(
            _IMAGE_NAMES.search(_class_id(parent)) for parent in [element, *element.parents][:_CREDIT_DEPTH]
        ) and not (copyright_line and _closing_copyright(element)):
            continue  # a photo credit
        if source_label:
            labelled_source = _labelled_source(string, element, page_url, code)
            if labelled_source:
                return labelled_source
            continue
        credit = copyright_line or CREDIT_LINE.match(text) or last_source
        agency = _credited(credit.group("agency"), copyright_line is not None) if credit else wire_trailer(text)
        if agency:
            return OriginFinding(agency, text)
        outlet = _source_name(text, code)
        if outlet:
            return OriginFinding(outlet, text)
        domain = CREDIT_DOMAIN.fullmatch(text)
        if domain and _closes_story(element):
            return OriginFinding(domain.group("domain").casefold(), text)
    return None


def _labelled_source(
    label: NavigableString, element: Tag, page_url: str | None, code: str | None
) -> OriginFinding | None:
    """The source a bare label ("Quelle:", "forrás:") names in its ``element``: a link to the original, a wire,
    or an outlet written in plain text ("<strong>Source:</strong> Valley Times")."""
    whole = clean_text(element.get_text(" "))
    found = _source_link(element, whole, None, page_url)
    if found:
        return found
    credit = CREDIT_LINE.match(whole) if _SOURCE_LINE.match(whole) else None  # "<span>Quelle:</span> dpa"
    if credit is None:  # the label's own line in a meta row: "<b>20.08.2015</b> forrás: <b>MTI</b><br>"
        credit = CREDIT_LINE.match(_rest_of_line(label, element))
        whole = credit.group(0) if credit else whole
    wire = agency_name(credit.group("agency")) if credit else None
    named = wire or _source_name(whole, code)
    return OriginFinding(named, whole) if named else None


def _outlet_and_date(element: Tag | None, own_footers: Sequence[Tag]) -> OriginFinding | None:
    """A line of a listed outlet and a date closing the story ("<p><strong>Deutschlandfunk,</strong> <time>02.
    November 2021</time></p>" after a reprinted interview): where the piece ran."""
    if element is None or element.name != "p":
        return None
    whole = clean_text(element.get_text(" "))
    dated = OUTLET_DATE.fullmatch(whole) if len(whole) <= _MAX_BOX_CHARS else None
    outlet = outlet_name(dated.group("name")) if dated else None
    if outlet is None or not _credit_context(element, False, own_footers) or not _after_story(element):
        return None
    return OriginFinding(outlet, whole)


def _after_story(element: Tag) -> bool:
    """Whether ``element`` closes the story: right after its paragraphs (``_closes_story``) or after the block that
    holds them ("<div>...<p>...</p></div><p>Deutschlandfunk, ...</p>"), and before no story paragraph."""
    if _closes_story(element):
        return True
    before = element.find_previous_sibling(True)
    if before is None or _story_paragraph(element.find_next_sibling(True)):
        return False
    return sum(len(p.get_text()) for p in before.find_all("p", limit=_STORY_SIBLINGS * 4)) >= _MIN_STORY


_MIN_STORY_PARAGRAPH = 150
_MIN_STORY = 400
_STORY_SIBLINGS = 12


def _closing_copyright(element: Tag) -> bool:
    """A copyright line of its own in the story ("<p class="copyright">© 2021 AWP</p>" after the last paragraph),
    not an image's credit: a paragraph with no image, figure or caption around it (its class alone may say
    "copyright"), inside the page's ``<article>`` or taken out of the story's flow on its own (the body extractor
    drops such a line as furniture, leaving it without a parent)."""
    near = [element, *element.parents][:_CREDIT_DEPTH]
    if element.name != "p" or any(node.name in ("figure", "figcaption", "picture") for node in near):
        return False
    if any(_IMAGE_NAMES.search(_class_id(node).replace("copyright", "")) for node in near):
        return False
    return element.parent is None or element.find_parent("article") is not None


def _closes_story(element: Tag) -> bool:
    """Whether ``element`` closes the story: its block comes right after the story's paragraphs (a ``<p>``, and
    ``_MIN_STORY`` characters of ``<p>`` among the ``_STORY_SIBLINGS`` before it) and before no paragraph of
    ``_MIN_STORY_PARAGRAPH`` characters; not a site's logo or footer line, nor a web address the story gives between
    its paragraphs."""
    block = element
    while block.name in _INLINE and block.parent is not None:
        block = block.parent
    before = block.find_previous_siblings(True, limit=_STORY_SIBLINGS)
    after = block.find_next_sibling(True)
    story = sum(len(sibling.get_text()) for sibling in before if sibling.name == "p")
    return bool(before) and before[0].name == "p" and story >= _MIN_STORY and not _story_paragraph(after)


def _story_paragraph(element: Tag | None) -> bool:
    return element is not None and element.name == "p" and len(element.get_text()) >= _MIN_STORY_PARAGRAPH


def _alone_on_its_line(string: NavigableString, element: Tag) -> bool:
    """Whether ``string`` is all its ``element`` says, the name field of a date line it heads ("<span>dpa</span> |
    <time>03.05.2024</time>"), or a line of its own in a short box of lines broken by ``<br>`` (a byline's
    "Reuters<br>May 3, 2024")."""
    text = clean_text(str(string))
    whole = clean_text(element.get_text(" "))
    if whole == text:
        return True
    if len(whole) > _MAX_BOX_CHARS:
        return False
    heading = NAME_DATELINE.match(whole)
    if heading is not None and clean_text(heading.group("name")) == text:
        return True
    line: list[str] = []
    held = False
    for node in element.descendants:
        if isinstance(node, Tag) and node.name == "br":
            if held:
                break
            line = []
        elif type(node) is NavigableString:
            line.append(str(node))
            held = held or node is string
    return held and element.find("br") is not None and clean_text(" ".join(line)) == text


_MAX_BOX_CHARS = 120  # a byline or meta box, not a paragraph


def _rest_of_line(string: NavigableString, element: Tag) -> str:
    """``string`` and the inline text after it in ``element`` up to a line break or a block ("forrás: <b>MTI</b>
    <br>" after the date of a meta row), at most ``_MAX_BOX_CHARS`` long."""
    parts = [str(string)]
    for node in string.next_elements:
        if isinstance(node, Tag) and node.name not in _INLINE:  # a <br>, a <div>: the line ends
            break
        if type(node) is NavigableString:
            if not any(parent is element for parent in node.parents):
                break
            parts.append(str(node))
        if sum(map(len, parts)) > _MAX_BOX_CHARS:
            return ""
    return clean_text(" ".join(parts))


def _credit_context(element: Tag, labelled: bool, own_footers: Sequence[Tag] = ()) -> bool:
    """Whether a credit line stands where a story's credit does: not in a link, a caption, a list item, a sidebar,
    navigation or a footer; a labelled one ("Quelle: dpa") may stand in a list item (a meta row) or in one of
    ``own_footers``, the article's own footer (``article_footers``), not the site's."""
    if _data_cell(element):
        return False
    return not any(
        parent.name in _NOT_CREDIT_CONTEXT
        and not (
            labelled and (parent.name == "li" or (parent.name == "footer" and any(parent is f for f in own_footers)))
        )
        for parent in (element, *element.parents)
    )


def _own_line(element: Tag) -> bool:
    """An inline element set between blocks, a line of its own ("<p>…</p><cite>—Associated Press</cite></div>"): no
    text beside it in its parent, a block or nothing before and after it, and a block on at least one side (the
    only child of a paragraph is that paragraph's line)."""
    beside = [_block_beside(element, before=True), _block_beside(element, before=False)]
    if any(node is not None and not (isinstance(node, Tag) and node.name in BLOCK_TAGS) for node in beside):
        return False
    return any(node is not None for node in beside)


def _block_beside(element: Tag, *, before: bool) -> PageElement | None:
    """The node before (or after) ``element`` past whitespace and comments."""
    node = element.previous_sibling if before else element.next_sibling
    while node is not None and not isinstance(node, Tag) and (isinstance(node, Comment) or not str(node).strip()):
        node = node.previous_sibling if before else node.next_sibling
    return node


_FOOTER_CLIMB = 4


def _in_site_footer(element: Tag) -> bool:
    """The element, or one of its nearest ancestors, is named as a footer ("printSummary pfFooter", "site-footer")
    outside any ``<article>``: the page's footer, whose copyright notice names the site's owner, not a wire."""
    nodes = [element, *islice(element.parents, _FOOTER_CLIMB)]
    return any(FOOTER_NAME.search(_class_id(node)) for node in nodes) and element.find_parent("article") is None


def _data_cell(element: Tag) -> bool:
    """A cell of a data table's row, its text its own ("<tr><td>Arlen Specter</td><td>PA</td>..."): a state's
    code, not a credit. A layout table's cell holds its lines in paragraphs and divisions of their own."""
    if element.name not in ("td", "th") or not isinstance(element.parent, Tag):
        return False
    return len(element.parent.find_all(("td", "th"), recursive=False, limit=2)) > 1


def article_footers(strings: Sequence[NavigableString]) -> list[Tag]:
    """The ``<footer>`` elements inside an ``<article>`` that hold one of ``strings``: the article's own footer
    ("<article>...<footer>Quelle: dpa</footer></article>"), read on the intact tree (the body extractor drops
    footers)."""
    footers: list[Tag] = []
    for string in strings:
        footer = string.find_parent("footer")
        if footer is not None and footer.find_parent("article") is not None and all(footer is not f for f in footers):
            footers.append(footer)
    return footers


_IMAGES = ("img", "picture", "video", "figure", "svg")
_PAGE_BOXES = frozenset({"article", "main", "body"})


def without_photo_credits(strings: Sequence[NavigableString]) -> list[NavigableString]:
    """``strings`` less those beside an image (read on the intact tree: the body extractor drops images)."""
    kept = []
    for string in strings:
        element = string.parent
        while element is not None and element.name in _INLINE - {"a"}:
            element = element.parent
        if element is None or not _beside_an_image(element):
            kept.append(string)
    return kept


_MAX_CAPTION_BOX_CHARS = 600
"""A box holding more text than this is a story's, not an image's caption box (a meta row's text beside the lead
and its photo)."""


def _beside_an_image(element: Tag) -> bool:
    """Whether a credit line shares its box with an ``<img>``/``<picture>``/``<figure>`` ("<div><img><small>© dpa
    </small></div>"): a photo credit, not the story's; a box of a story's text with its photo is no caption box."""
    return (
        element.name not in _PAGE_BOXES
        and element.find(_IMAGES) is not None
        and len(element.get_text()) <= _MAX_CAPTION_BOX_CHARS
    )


def dateline_credit(
    strings: Sequence[NavigableString], name_first: Sequence[NavigableString] = ()
) -> OriginFinding | None:
    """A wire credited as the last field of a date line ("03.05.2024 | 13:10 Uhr | dpa", "3.5.2024 · Quelle: AFP")
    or, in ``name_first``, as its first ("dpa | 03.05.2024", "Reuters · May 3, 2024"); not in a caption, a list item
    or page chrome."""
    lines = [(string, DATELINE_NAME) for string in strings] + [(string, NAME_DATELINE) for string in name_first]
    for string, pattern in lines:
        line = pattern.match(clean_text(str(string)))
        credit = CREDIT_LINE.match(line.group("name")) if line else None
        agency = agency_name(credit.group("agency")) if credit else None
        if agency and string.parent is not None:
            if any(parent.name in _NOT_CREDIT_CONTEXT for parent in (string.parent, *string.parent.parents)):
                continue
            return OriginFinding(agency, clean_text(str(string)))
    return None


def _credited(written: str, copyright_line: bool) -> str | None:
    """The wire a credit line names, or the listed outlet a copyright line names ("Copyright 2024 NPR")."""
    return agency_name(written) or (outlet_name(written) if copyright_line else None)


def _source_name(text: str, code: str | None = None) -> str | None:
    """The outlet a "Source: X" line names: a listed one, an outlet-like capitalised name ("Valley Times"), a name
    that calls itself a news agency ("Quelle: © www.x.example - Juristische Presseagentur"), or an agency whose
    name starts with the story's dateline ``code`` ("(jur)" and "Quelle: JurAgentur")."""
    source = SOURCE_NAME.match(text)
    if source is None:
        return None
    name = _SOURCE_DATE.split(source.group("name").strip(), maxsplit=1)[0]
    domain = _DOMAIN_PART.match(name.casefold())  # "Quelle: tagesschau.de": a listed outlet's domain
    found = _outlet_called(name) or (outlet_of_domain(domain.group("domain")) if domain else None)
    if found:
        return found
    wire = _one_wire(name)
    if wire:
        return wire
    head, comma, rest = name.partition(",")
    if comma and not any(outlet_name(part) or agency_name(part) or is_outlet(part) for part in _LIST_PARTS.split(rest)):
        found = _outlet_called(head)
        if found:
            return found  # "Quelle: X, Lokalteil Süd, 14.05.2024", "Source: X, issue 3,642": the outlet, then details
    for part in (part.strip(" ©") for part in _CREDIT_PARTS.split(name)):
        domain = _DOMAIN_PART.match(part)
        if domain and code and domain.group("label").startswith(code) and _AGENCY.search(domain.group("label")):
            return domain.group("domain")  # "Quelle: www.juragentur.de": named from the page later, if it can be
        if part[:1].isupper() and (
            _NEWS_AGENCY.search(part) or (code and compact_key(part).startswith(code) and _AGENCY.search(part))
        ):
            return part
    return None


def _outlet_called(name: str) -> str | None:
    """``name`` as the outlet list spells it, or itself if it is capitalised and reads as an outlet's; else None."""
    return outlet_name(name) or (name if name[:1].isupper() and is_outlet(name) else None)


_DOMAIN_PART = re.compile(r"^(?:https?://)?(?:www\.)?(?P<domain>(?P<label>[a-z0-9-]+)\.[a-z]{2,})/?$")

_SOURCE_DATE = re.compile(
    rf"\s+(?:vom|from|of|am|on|du|del)\s+\d|,?\s+\d{{1,2}}\.\s|,\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|,\s*{_DAY_DATE}"
)
"""Where a source's date begins: "Harbor Times vom 3. Mai 2024", "Harbor Times, 03.05.2024", "X, 3 maggio 2024"."""
_MIN_LIST_PARTS = 2
_LIST_PARTS = re.compile(r"\s*[,;]\s*")
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,4}\s*/\s*)*(?P<wire>[^/]+?)(?:\s*/\s*[^\W\d_]{1,4})*$")
_NAME_PART = re.compile(r"^(?:[\w-]+\.[a-z]{2,}|[^\W\d_]{1,4}|[A-ZÀ-Þ0-9][\w'’.&-]*(?:\s+[A-ZÀ-Þ0-9][\w'’.&-]*)*)$")
"""A source beside a wire that is a name: a site's domain, an editor's initials, a capitalised name ("ZEIT ONLINE");
not data ("Company filings")."""


def _one_wire(name: str) -> str | None:
    """The one wire a list of sources names besides non-wires: "ntv.de, ghö/dpa" (the site, an editor's initials and
    the wire) gives "dpa"; several wires ("ZEIT ONLINE, dpa, AFP, Reuters") or data beside it ("Company filings,
    Bloomberg") name none."""
    parts = _LIST_PARTS.split(name)
    if len(parts) < _MIN_LIST_PARTS:
        return None
    wires = set()
    for part in parts:
        bare = _INITIALS.match(part.strip())
        wire = agency_name(bare.group("wire")) if bare else None
        if wire:
            wires.add(wire)
        elif not _NAME_PART.match(part.strip()):
            return None  # "Source: Company filings, Bloomberg": a chart's sources
    return wires.pop() if len(wires) == 1 else None


_CREDIT_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[,;/]\s*")
_NEWS_AGENCY = re.compile(
    r"(?:presseagentur|nachrichtenagentur|pressedienst|nachrichtendienst|\bnews\s+agency|\bpress\s+agency|"
    r"\bnews\s+service|\bwire\s+service)$",
    re.IGNORECASE,
)
"""A name that calls itself a news agency or service ("Juristische Presseagentur", "Harbor News Service")."""
_AGENCY = re.compile(r"(?:agentur|agency|dienst|service)$", re.IGNORECASE)
_CODED_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w.'’ ,/-]{0,60}?\s*\((?P<code>[a-z]{2,5})\)\s*[.:–—-]")
"""A dateline crediting a short lower-case code that is no listed agency: "Kassel (jur). Das Gericht ..."."""


def dateline_code(blocks: Sequence[Block]) -> str | None:
    """The lower-case code a dateline in the story's first blocks credits ("jur" for "Kassel (jur)."), if any."""
    for block in blocks[:_DATELINE_BLOCKS]:
        found = _CODED_DATELINE.match(block.text)
        if found:
            return found.group("code")
    return None


def _wire_origin(blocks: Sequence[Block]) -> OriginFinding | None:
    head = blocks[:_HEAD_BLOCKS]
    for index, block in enumerate(blocks[:_DATELINE_BLOCKS]):
        labelled = _SOURCE_LINE.match(block.text) and CREDIT_LINE.match(block.text)
        credited = agency_name(labelled.group("agency")) if labelled else None
        if labelled and credited:  # "Quelle: dpa-AFX" heading the story, before its "(dpa) -" dateline
            return OriginFinding(credited, block.text, block=index)
        via = _VIA_DATELINE.match(block.text)
        if via:  # "KVELLER via JTA —": the outlet's story, carried by a wire
            publisher = via.group("publisher")
            return OriginFinding(publisher.title() if publisher.isupper() else publisher, via.group("statement"))
        dateline = _DATELINE.match(block.text) or _other_dateline(block.text)
        agency = outlet_name(dateline.group("agency")) if dateline else None
        if dateline and agency:
            return OriginFinding(agency, clean_text(dateline.group("statement")))
    return _closing_credit(blocks, dateline_code(blocks)) or _by_agency(head)


def _other_dateline(text: str) -> re.Match[str] | None:
    return next((found for pattern in _OTHER_DATELINES if (found := pattern.match(text))), None)


def _closing_credit(blocks: Sequence[Block], code: str | None = None) -> OriginFinding | None:
    """ "(AFP)", "— PTI", "Quelle: dpa", "Copyright 2023 The Associated Press", a wire's closing line ("(Reporting
    by ...; Editing by ...)", "With inputs from PTI") closing the story, or a domain alone on its last
    line ("BVINEWS.COM")."""
    for index in range(len(blocks) - 1, max(-1, len(blocks) - 1 - _HEAD_BLOCKS), -1):
        text = blocks[index].text
        copyright_line = COPYRIGHT_CREDIT.match(text)
        credit = CREDIT_LINE.match(text) or copyright_line
        agency = _credited(credit.group("agency"), credit is copyright_line) if credit else None
        if agency:
            return OriginFinding(agency, text, block=index if len(text) <= _MAX_CREDIT_BLOCK else None)
        wire = wire_trailer(text)
        if wire:
            return OriginFinding(wire, text)
        name = _source_name(text, code)
        if name:
            return OriginFinding(name, text, block=index)
        domain = CREDIT_DOMAIN.fullmatch(text) if index == len(blocks) - 1 else None
        if domain:  # "BVINEWS.COM" closing a story another site runs: named from the page or the domain later
            return OriginFinding(domain.group("domain").casefold(), text, block=index)
    prose = [block for block in blocks[-_TRAILING_LOOK:] if block.kind != "cell"]  # not a table after the story
    for block in prose[-_TRAILING_BLOCKS:]:
        trailing = TRAILING_CREDIT.search(block.text[-TRAILING_CREDIT_CHARS:])
        written = next((part for part in trailing.group(*_TRAILING_PARTS) if part), None) if trailing else None
        agency = agency_name(written) if written else None
        if written and agency and _wire_case(written, agency):
            return OriginFinding(agency, written)
    return None


_TRAILING_PARTS = ("agency", "dashed", "slashed", "wrapped")
_MIN_LOWER_CODE = 3


def _wire_case(written: str, agency: str) -> bool:
    """Whether a closing credit is written as a wire writes itself: "(AFP)", "— PTI", "(dpa)", or a code of three
    letters or more in lower case as German desks write it ("(sid)", "(kna)"), or in a script without case
    ("（共同）"); not "(ap)" or "(pa)"."""
    lower_code = written.islower() and written.isalpha() and len(written) >= _MIN_LOWER_CODE
    return written.upper() == written or written == agency or lower_code


def _by_agency(head: Sequence[Block]) -> OriginFinding | None:
    for index, block in enumerate(head):
        by_agency = _BY_AGENCY.match(block.text)
        agency = agency_name(by_agency.group("agency")) if by_agency else None
        if agency:
            return OriginFinding(agency, block.text, block=index)
    return None


def _named(finding: OriginFinding | None, page_url: str | None) -> OriginFinding | None:
    """``finding`` with a domain given as its publisher named ("cnn.com" → "CNN"); None for a wire's or outlet's
    own story on its own site."""
    if finding is None:
        return None
    publisher = finding.publisher
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", publisher):
        publisher = outlet_of_domain(publisher) or publisher
    publisher = uninflected_outlet(publisher) or publisher  # "in der Süddeutschen Zeitung" → "Süddeutsche Zeitung"
    host = host_of(page_url)
    if agency_home(publisher, host) or (host and outlet_of_domain(host) == publisher):
        return None
    return OriginFinding(publisher, finding.statement, finding.url, finding.block)


def extract_origin(
    blocks: Sequence[Block],
    page_url: str | None,
    *,
    site_name: str | None = None,
    byline_agencies: Sequence[str] = (),
    page_note: OriginFinding | None = None,
    markup: OriginFinding | None = None,
    page_credit: OriginFinding | None = None,
    canonical: OriginFinding | None = None,
    reporters: bool = False,
    helpers: Sequence[str] = (),
) -> OriginFinding | None:
    """The origin of a republished article, or None for an original one.

    In order: a republication note ("This article was originally published on ... X", "Republished from X",
    "Zuerst erschienen bei X") in the first or last blocks, naming a publisher other than this site, else
    ``page_note`` (such a note found in the intact page by ``notes_in_page``); ``markup`` (JSON-LD or syndication
    tags, from ``origin_markup.markup_origin``); a wire credit for the whole story ("WASHINGTON (AP) —", a closing
    "(AFP)" or "— PTI" line, a "By Reuters" line, an agency as author); ``canonical`` (a canonical URL on another
    publisher's domain, from ``origin_markup.canonical_origin``). A publisher given as a domain is named from the
    outlet list; a wire's or outlet's own story on its own site, a finding naming the site itself ("Quelle:
    Example News" on example-news.com), and, where the byline names a reporter (``reporters``), an agency's
    "material" the story drew on ("mit Material von dpa": the newsroom's own story) or a byline line joining an
    agency of ``helpers`` to the writer ("Par Claire Vasseur avec AFP"), give way to the next. Never raises on odd
    markup.
    """
    candidates: tuple[tuple[Callable[[], OriginFinding | None], bool], ...] = (  # (finding, read from the text)
        (lambda: _first_origin(blocks, page_url, site_name, byline_agencies), True),
        (lambda: page_note, True),
        (lambda: markup, True),  # markup names the original; the site under another name of its own is none
        (lambda: _agency_origin(blocks, byline_agencies), True),
        (lambda: page_credit, True),
        (lambda: canonical, False),
    )
    for candidate, from_text in candidates:
        found = _named(candidate(), page_url)
        if found is None or (from_text and own_name(found.publisher, page_url, site_name)):
            continue
        if not (reporters and (_MATERIAL.search(found.statement) or _helped(found, helpers))):
            return found
    return None


_HELPED_LINE = re.compile(
    r"^\W{0,3}(?:(?:by|par|von|por|door|di|de)\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}\s+"
    rf"(?:{HELPER_JOINS})\s+(?:the\s+|l['’])?\S+\W{{0,3}}$",
    re.IGNORECASE,
)
"""A byline line joining an agency to the writer: "Par Claire Vasseur avec AFP", "Jane Doe with AP"."""


def _helped(found: OriginFinding, helpers: Sequence[str]) -> bool:
    """``found`` is a byline line crediting one of the agencies the byline joins to its writer (``helpers``)."""
    named = {agency_name(helper) or helper for helper in helpers}
    credited = agency_name(found.publisher) or found.publisher
    return credited in named and _HELPED_LINE.match(found.statement) is not None


_MATERIAL = re.compile(
    r"(?:^|[,;]\s*|\s)\W{0,3}(?:mit\s+material\s+(?:von|der|des|aus)|with\s+material\s+from)\s", re.IGNORECASE
)
"""An agency's material a story drew on ("mit Material von dpa"), which makes a reporter's story no wire copy."""


_MIN_OWN_KEY = 4


def _name_key(value: str | None) -> str:
    """A name's comparison key: folded, word characters only, a leading "the" dropped."""
    return compact_key(folded(value)).removeprefix("the")


def own_name(publisher: str, page_url: str | None, site_name: str | None) -> bool:
    """Whether ``publisher`` is the page's own site: its site name, or a name whose first or last word is its domain's
    label ("hessenschau.de/bb", "MDR THÜRINGEN/ls" on mdr.de, "Example News" on example-news.com, "Süddeutschen
    Zeitung" on sueddeutsche.de, "OÖ Volksblatt" on volksblatt.at; not "Weltwoche" on welt.de), or that the label
    starts with ("Example" on example-news.com), or a label of the host before its domain ("ESPN" on
    sports.espn.go.com)."""
    key = _name_key(publisher)
    if not key:
        return False
    if site_name and _name_key(site_name) == key:
        return True
    page = unarchived(page_url)
    domain = registrable_domain(page)
    label = _name_key(domain.split(".", 1)[0]) if domain else ""
    if not label:
        return False
    host = host_of(page) or ""
    if domain and key in {_name_key(part) for part in host.removesuffix(domain).split(".")}:
        return True  # the brand in a host under a parent company's domain ("ESPN" on sports.espn.go.com)
    spelled = r"[\W_]*".join(map(re.escape, label)) + r"(?:e?n|e?s)?(?![a-z0-9])"  # "Süddeutschen": inflected
    spelling = folded(publisher).strip()
    starts = re.match(rf"(?:the\s+)?{spelled}", spelling)
    ends = re.search(rf"(?<![a-z0-9]){spelled}$", spelling)  # "OÖ Volksblatt" on volksblatt.at: a regional edition
    return bool(starts or ends) or (len(key) >= _MIN_OWN_KEY and label.startswith(key))


def _first_origin(
    blocks: Sequence[Block], page_url: str | None, site_name: str | None, byline_agencies: Sequence[str]
) -> OriginFinding | None:
    tail_start = max(0, len(blocks) - _TAIL_BLOCKS)
    for index in [*range(tail_start, len(blocks)), *range(min(_DATELINE_BLOCKS, tail_start))]:
        found = _statement_origin(blocks[index], index, page_url, site_name)
        if found:
            return found
    for index in range(min(_RELAY_BLOCKS, len(blocks))):
        found = _relayed_release(blocks[index].text, index, site_name)
        if found:
            return found
    for index in range(max(0, len(blocks) - _TRAILING_BLOCKS), len(blocks)):
        about = _ABOUT_NEWSROOM.match(blocks[index].text)
        if about:  # "KFF Health News is a national newsroom that ...": the producer's blurb closing its story
            name = about.group("publisher") or about.group("member")
            return OriginFinding(outlet_name(name) or name, blocks[index].text, block=index)
    for index in range(tail_start, len(blocks)):
        text = blocks[index].text
        if SOURCE_LABEL.match(text) and index + 1 < len(blocks):  # "Quelle:" on a line, its link on the next
            following = blocks[index + 1]
            found = _source_link(following.element, f"{text} {following.text}", index + 1, page_url)
        else:
            found = _source_link(blocks[index].element, text, index, page_url)
        if found:
            return found
    return None


_RELAY_BLOCKS = 3
"""A relay note opens the page's text: in its first blocks (a standfirst or a date line may come before it)."""
_RELAYED_RELEASE = re.compile(
    r"(?:^|(?<=[.!?:]\s))\W{0,3}(?:"  # at a sentence's start
    r"(?:(?:the\s+following|below)\s+is\s+(?:an?|the)\s+(?:full\s+)?|"
    r"(?:we\s+are|we['’]re)\s+(?:republishing|sharing|relaying|reposting)\s+(?:below\s+|here\s+)?(?:an?|the)\s+)"
    r"(?:press\s+release|news\s+release|media\s+release|statement)\s+(?:from|by|issued\s+by|of)\s+"
    r"(?P<publisher>(?:the\s+)?(?-i:[A-Z]).+)|"
    r"nous\s+(?:relayons|publions|reproduisons)\s+(?:ci-dessous\s+|ici\s+)?(?:le|un)\s+communiqué\s+"
    r"(?:de\s+presse\s+)?(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])\s*(?P<publisher_fr>(?-i:[A-ZÀ-Þ]).+)|"
    r"wir\s+(?:dokumentieren|veröffentlichen)\s+(?:im\s+folgenden\s+|hier\s+|nachfolgend\s+)?"
    r"(?:die|eine)\s+(?:pressemitteilung|presseerklärung|erklärung|stellungnahme)\s+(?:von\s+|des\s+|der\s+)"
    r"(?P<publisher_de>(?-i:[A-ZÄÖÜ]).+)|"
    r"(?:reproducimos|publicamos)\s+(?:a\s+continuación\s+)?(?:el|un)\s+comunicado\s+(?:de\s+prensa\s+)?"
    r"(?:de\s+(?:la\s+)?|del\s+)(?P<publisher_es>(?-i:[A-ZÁÉÍÓÚÑ]).+))",
    re.IGNORECASE,
)
"""An editor's note opening a press release or statement relayed in full ("The following is a press release from
the Example County Sheriff's Office:", "Nous relayons ci-dessous le communiqué de X", "Wir dokumentieren im Folgenden
die Pressemitteilung von X"): the whole text is X's. Only in the opening blocks: a story closing with "Below is the
full statement from X" is the newsroom's own."""


_OPENING_TEXT = 400
"""At most this much paragraph text before a relay note in its element's parent: a standfirst, not the story."""


def _opens_text(element: Tag) -> bool:
    """``element`` stands before its parent's paragraphs (at most a standfirst before it), and one follows it: a
    note opening the text, not one closing a reporter's story."""
    before = sum(len(p.get_text()) for p in element.find_previous_siblings("p"))
    return before <= _OPENING_TEXT and element.find_next_sibling("p") is not None


def _relayed_release(text: str, index: int | None, site_name: str | None) -> OriginFinding | None:
    match = _RELAYED_RELEASE.search(text)
    if match is None:
        return None
    raw = next(value for key, value in match.groupdict().items() if value)
    publisher = _publisher_name(re.split(r"[:.;(]\s", f"{raw} ", maxsplit=1)[0])
    if not publisher or len(publisher) > _MAX_PUBLISHER or compact_key(publisher) == compact_key(site_name):
        return None
    own_block = match.start() == 0 and len(text) <= _MAX_CLAIMED_NOTE  # a note after the standfirst leaves it be
    return OriginFinding(publisher, text, None, index if own_block and index is not None else None)


_ABOUT_NEWSROOM = re.compile(
    r"^\W{0,3}(?P<publisher>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,5})\s+is\s+an?\s+"
    r"(?:[\w,-]+\s+){0,5}?(?:news\s?room|news\s+(?:service|organi[sz]ation|site|outlet|agency|venture)|"
    r"media\s+(?:organi[sz]ation|outlet|venture))\b|"
    r"^\W{0,3}(?P<member>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,5})\s+is\s+(?:a\s+)?part\s+of\s+"
    r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3},\s+an?\s+(?:[\w,-]+\s+){0,4}?news\s+"
    r"(?:network|organi[sz]ation)\b"
)
"""The blurb a newsroom closes its stories with, kept by those who republish them: "KFF Health News is a national
newsroom that ...", "The Texas Tribune is a member-supported, nonpartisan newsroom ...", a network member's "Georgia
Recorder is part of States Newsroom, a nonprofit news network ..."."""


def _source_link(element: Tag, text: str, index: int | None, page_url: str | None) -> OriginFinding | None:
    """A closing "Quelle: / Source: <a>X</a>" line linking a news outlet on another site (a translation's original)."""
    if len(text) > _MAX_NOTE_CHARS or not _SOURCE_LINE.match(text):
        return None
    statement = text
    for anchor in element.find_all("a", href=True, limit=3):
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is None or same_brand(url, page_url):
            continue
        text = clean_text(anchor.get_text(" ", strip=True))
        name = outlet_name(text) or (text if is_outlet(text) else None) or outlet_of_domain(host_of(url))
        head = text.split(",", 1)[0].strip()  # "<a>La Gazette des Ruchers, «Title», 2 de abril</a>": the name first
        if name is None and _names_its_site(head, url) and is_story_url(unarchived(url) or url, statement):
            name = head  # "Source: <a href="https://news.mongabay.com/2024/02/...">Mongabay</a>": a story of its site
        if name:
            return OriginFinding(name, statement, url, index)
        if _links_an_original_article(statement, text, url):
            return OriginFinding(registrable_domain(unarchived(url)) or url, statement, url, index)
    return None


def _names_its_site(text: str, url: str) -> bool:
    """Whether a link's text is the name of the site it links to, written out ("Mongabay" for mongabay.com, "Grist"
    for grist.org, "La Gazette des Ruchers" for gazettedesruchers.fr, "Nerikes Allehanda" for na.se): a capitalised
    name whose letters, a leading article aside, or whose words' initials are the domain's first label."""
    domain = registrable_domain(unarchived(url) or url)
    if not (text[:1].isupper() and domain):
        return False
    label = compact_key(domain.split(".", 1)[0])
    bare = _LEADING_ARTICLE.sub("", text)
    words = bare.split()
    initials = compact_key("".join(word[0] for word in words)) if len(words) > 1 else ""  # "Nerikes Allehanda": na.se
    return label in (compact_key(text), compact_key(bare), initials)


_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|il|lo|der|die|das|de|het|o|a)\s+", re.IGNORECASE)
"""An article a name may open with that its domain leaves out ("La Gazette des Ruchers" on gazettedesruchers.fr)."""


_MIN_HEADLINE_WORDS = 4
_MIN_LINK_SHARE = 0.6


def _links_an_original_article(statement: str, anchor_text: str, url: str) -> bool:
    """Whether a "Quelle: / Source:" line is only a link to another site's story, written as its URL or its
    headline (a name there is an organisation, judged by the outlet tests): the story this one translates or
    retells. Not a press release, a study, a document, a forum thread or a social post."""
    label = _SOURCE_LINE.match(statement)
    rest = statement[label.end() - 1 :] if label else statement
    if not anchor_text or len(anchor_text) < _MIN_LINK_SHARE * len(rest):
        return False
    as_url = anchor_text.casefold().startswith(("http", "www."))
    if not as_url and len(anchor_text.split()) < _MIN_HEADLINE_WORDS:
        return False
    return is_story_url(unarchived(url) or url, statement)


def _agency_origin(blocks: Sequence[Block], byline_agencies: Sequence[str]) -> OriginFinding | None:
    wire = _wire_origin(blocks)
    if wire:
        return wire
    if byline_agencies:  # a wire before an outlet: "Le Figaro avec AFP" runs AFP's copy
        credited = next((name for name in byline_agencies if agency_name(name)), byline_agencies[0])
        return OriginFinding(credited, f"By {credited}")
    return None


__all__ = [
    "OriginFinding",
    "article_footers",
    "credit_in_page",
    "dateline_code",
    "dateline_credit",
    "extract_origin",
    "notes_in_page",
    "own_name",
    "source_link_in_page",
    "statement_origin",
    "without_photo_credits",
]
