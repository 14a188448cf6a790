"""The wordings of a republication note: "originally published on X" and its kin in many languages, a press
clipping's source line, and the cheap word test that lets most blocks skip them (read by ``origin_notes``)."""

from __future__ import annotations

import functools
import re

from worker.lexicon.phrase_pattern import PhraseFinder

KINDS = (
    r"article|story|post|piece|report|column|interview|essay|text|commentary|op-ed|feature|blog post|content|entry|"
    r"analysis|review|editorial|newsletter|excerpt|item|letter|segment|episode|podcast|programme|program|broadcast"
)
GERMAN_KINDS = (
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
DAY_DATE = r"(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"
"""A day's date: "22.04.2024", "3. Mai 2024", "3 maj 2024", "May 3, 2024"."""
_GERMAN_DET = r"diese[rs]?|der|die|das|(?:ihr|sein|unser|mein)(?:e|er)?"
"""What may open a German note's subject: "Dieser Artikel", "Der Text", "Ihr Beitrag", "Unsere Kolumne"."""
LANGUAGES = (
    r"englisch|französisch|spanisch|italienisch|russisch|polnisch|ukrainisch|türkisch|arabisch|niederländisch|"
    r"portugiesisch|chinesisch|english|spanish|french|german|italian|portuguese|dutch|chinese|japanese|russian|"
    r"arabic|korean|polish|ukrainian|inglés|francés|alemán|portugués|inglês|espanhol|francês|alemão|inglese|"
    r"francese|tedesco|spagnolo|portoghese|anglais|espagnol|allemand|italien|portugais|engels|frans|duits|spaans|"
    r"galego|gallego|galician|catalan|català|catalán|catalão"
)
"""Languages a note names before the publisher: "originally published in Spanish by X", "publicado en inglés en X"."""


class Statement:
    """A wording of a republication note, and words of which every text it matches holds one (lower case; none
    given: no such word). A text whose lower case (``lowered_latin``) holds none of them is not searched: each
    pattern's words are the literal words that each of its branches must match, in one of their spellings.

    The pattern is compiled the first time it is read, not at import: a page searches few of the ~60 wordings (the
    words skip most), and compiling them all took ~30 ms of every start-up.
    """

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0, words: tuple[str, ...] = ()) -> None:
        self._source = pattern
        self._flags = flags
        self.words = words

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The wording's pattern, compiled (a compiled one given is itself)."""
        return re.compile(self._source, self._flags)


def _statement(pattern: str, flags: int = 0, words: str = "") -> Statement:
    """``pattern`` with its ``words`` (given separated by spaces)."""
    return Statement(pattern, flags, tuple(words.split()))


STATEMENTS = (
    _statement(
        rf"\b(?:(?:this|the(?:\s+following)?|an?\s+(?:\w+\s+)?version\s+of\s+this)\s+(?:{KINDS})|this|which|"
        rf"an?\s+(?:{KINDS})\s+that)\s+"
        r"(?:was\s+|is\s+|has\s+been\s+|had\s+)?(?:(?:originally|first|previously|initially|earlier)\s+"
        r"(?:published|appeared|posted|ran|run|printed|featured|aired|broadcast)|(?:published|appeared|posted|ran|aired)\s+"
        r"(?:originally|first|initially))\s+(?:(?:on|in|at|by|with|from)\s+(?P<publisher>.+)|"
        r"(?P<publisher_here>here)\b)",  # "first appeared <a>here</a>": named by the link
        re.IGNORECASE,
        words="originally first previously initially earlier",
    ),
    _statement(
        rf"\bthe\s+original\s+(?:version\s+of\s+this\s+)?(?:{KINDS})\s+(?:was\s+|is\s+)?(?:published|appeared|posted)\s+"
        r"(?:on|in|at|by)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="original",
    ),
    _statement(  # "Originally published on X", "Article via Y, originally published on X": X's story
        rf"^\W{{0,3}}(?:(?:{KINDS})\s+(?:via\s+[^,;]{{2,60}}[,;]\s+)?)?(?:(?:originally|first)\s+"
        r"(?:published|appeared|posted|printed|ran)|"
        r"published\s+originally)\s+(?:on|in|at|by)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # the publisher as the subject: "Harbor Ledger (harborledger.org) first published this story."
        rf"^\W{{0,3}}(?P<publisher>(?-i:[A-Z\"“])[^.!?()]{{1,80}}?(?:\s*\([^()]{{1,60}}\))?)\s+(?:first|originally)\s+published\s+this\s+"
        rf"(?:{KINDS})\b",
        re.IGNORECASE,
        words="first originally",
    ),
    _statement(  # French: "Cet article a été initialement publié dans X", "Article paru d'abord sur X", "Ce texte a
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
        words="publié paru reprise",
    ),
    _statement(  # Spanish, Portuguese: "Este artículo fue publicado originalmente en X", "Publicado originalmente em X"
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
        words="publicad publicó apareció apareceu",
    ),
    _statement(  # Italian: "Questo articolo è stato pubblicato originariamente su X"
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
        words="pubblicato apparso uscito tratto",
    ),
    _statement(  # Dutch: "Dit artikel verscheen eerder in X", "Oorspronkelijk verschenen op X"
        r"(?:\bdit\s+[\w-]*?(?:artikel|stuk|verhaal|interview|essay|column)\s+(?:is\s+|werd\s+)?|^\W{0,3})"
        r"(?:verscheen\s+(?:eerder|oorspronkelijk|eerst)|"
        r"(?:eerder|oorspronkelijk|eerst)\s+(?:verschenen|gepubliceerd))\s+(?:in|op|bij|door)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="verscheen verschenen gepubliceerd",
    ),
    _statement(  # Dutch, of a translation: "Het origineel verscheen op 2 mei 2024 in X"
        r"\bhet\s+origine(?:el|le\s+(?:artikel|stuk))\s+(?:is\s+|werd\s+)?(?:verscheen|verschenen|gepubliceerd)\s+"
        r"(?:op\s+\d{1,2}\s+[^\W\d_]+\s+\d{4}\s+)?(?:in|op|bij)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="origine",
    ),
    _statement(  # "Questo intervento della nostra presidente è apparso su la Repubblica del 7 maggio 2024"
        r"\bquest[oa]\s+(?:intervento|editoriale|commento|contributo|intervista|lettera|riflessione|articolo|testo)\b"
        r"(?:\s+[^\s.]+){0,8}?\s+è\s+(?:stat[oa]\s+)?(?:pubblicat[oa]|uscit[oa]|appars[oa])\s+"
        r"(?:su|sul|sulla|in|nel|nella|da|dal|dalla)\s+(?P<publisher>(?-i:[A-Z\"“«]|la\s+[A-Z]|il\s+[A-Z]).+)",
        re.IGNORECASE,
        words="pubblicat uscit appars",
    ),
    _statement(  # Spanish, Portuguese, with the date: "Artículo publicado en X el 11 de mayo de 2024"
        r"^\W{0,3}(?:artículo|artigo|texto|columna|coluna|tribuna|entrevista)\s+publicad[oa]\s+(?:en|em|no|na|por)\s+"
        r"(?P<publisher>(?-i:[A-ZÀ-Þ\"“«]).{1,80}?)\s+(?:el|em|a)\s+\d",
        re.IGNORECASE,
    ),
    _statement(  # French: "Nous reproduisons ci-dessous la tribune … parue dans X daté du 15 mai 2024"
        r"\bnous\s+(?:reproduisons|republions|publions)\b[^.]{0,150}?\b(?:parue?s?|publiée?s?)\s+"
        r"(?:initialement\s+|d['’]abord\s+)?(?:dans|sur|par)\s+(?P<publisher>(?-i:[A-ZÀ-Þ«\"“]).+)",
        re.IGNORECASE,
        words="reproduisons republions publions",
    ),
    _statement(  # a syndicated column's closing line: "© 2024 The Example Herald. Distributed by Example Agency."
        r"^\W{0,3}(?:copyright\s*)?(?:©|\(c\))?\s*\d{4},?\s+(?P<publisher>[^.]{2,80}?)\.?\s+"
        r"(?:visit\s+\S+\s+)?distributed\s+by\s+\S",
        re.IGNORECASE,
    ),
    _statement(
        rf"\b(?:this\s+(?:{KINDS})\s+(?:is|was|has been)\s+)?"
        r"(?:republished|reprinted|reproduced|syndicated|reposted|cross-?posted)\s+"
        r"(?:here\s+)?(?:(?:with|by)\s+(?:kind\s+)?permission\s+)?(?:under\s+an?\s+[\w\s.-]{0,40}?licen[cs]e\s+)?"
        r"(?:from|of|(?<!syndicated\s)by|(?<=crossposted\s)with|(?<=cross-posted\s)with)\s+(?P<publisher>.+)",
        # "syndicated by X" names the distributor; "Crossposted with X" the original
        re.IGNORECASE,
        words="republished reprinted reproduced syndicated reposted crossposted cross-posted",
    ),
    _statement(  # "Cet article est republié à partir de X", "Este artigo foi republicado do X", "overgenomen van X"
        r"(?:^\W{0,3}|\b(?:article|artículo|artigo|articolo|artikel|texte|texto|testo|stuk|reportaje|reportagem|nota|"
        r"matéria)\s+(?:[\w'’]+\s+){0,3}?)(?:republié|reproduit|republicad[oa]|republicó|reproducid[oa]|"
        r"reproduzid[oa]|ripubblicat[oa]|riprodott[oa]|overgenomen|herpubliceerd)e?\s+(?:à\s+partir\s+)?(?:(?:de|du|des|desde|do|da|dal|dalla|van|uit)\s+|"
        r"d['’]\s*)(?P<publisher>.+)",
        re.IGNORECASE,
        words="republié reproduit republicad republicó reproducid reproduzid ripubblicat riprodott overgenomen "
        "herpubliceerd",
    ),
    _statement(
        rf"\b(?:this|the)\s+(?:{KINDS})\s+(?:first\s+)?appeared\s+(?:first\s+|originally\s+)?(?:on|in|at)\s+"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
        words="appeared",
    ),
    _statement(
        rf"^\W{{0,3}}(?:(?:(?:this|the)\s+)?(?:{KINDS})\s+(?:is\s+|was\s+)?)?provided\s+by\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # a book's excerpt: "Adapted from The Long Road by Jane Smith, published by Penguin Press"
        r"^\W{0,3}(?:this\s+(?:is\s+)?an?\s+|the\s+following\s+is\s+an?\s+)?(?:(?:edited|abridged|shortened)\s+)?"
        r"(?:excerpt(?:ed)?|extract(?:ed)?|adapted)\s+"
        r"(?:(?:from|of)\s+)?.{2,160}?\s+by\s+[^,.]{2,60}?(?:[,.]\s+|\s+)(?:copyright\s+[^.]{0,60}\.\s+)?"
        r"(?:published\s+(?:\w+\s+){0,3}?by|out\s+now\s+(?:\w+\s+){0,3}?by|available\s+from)\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # "Adapted from an article in X", "... an article that first appeared in X"; not "... by Jane Doe"
        rf"^\W{{0,3}}(?:(?:this|the)\s+(?:{KINDS})\s+(?:is|was)\s+)?adapted\s+from\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
        rf"(?:{KINDS})\s+(?:(?:that|which)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|ran)\s+|"
        r"(?:first\s+|originally\s+)?published\s+)?(?:in|on|at)\s+(?P<publisher>(?-i:[A-Z\"“]).+)",
        re.IGNORECASE,
    ),
    _statement(r"^\W{0,3}the post\s+.{3,300}?\s+appeared first on\s+(?P<publisher>.+)", re.IGNORECASE),
    _statement(  # "Story via X"; not "Article via X, originally published on Y": Y's story, which X relays
        rf"^\W{{0,3}}(?:(?:this|the)\s+)?(?:{KINDS})\s+via\s+(?!.*\b(?:originally|first)\s+(?:published|appeared)\b)"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # a translation: "Translated from X", "Übersetzung eines Artikels aus der X"
        rf"^\W{{0,3}}(?:(?:this\s+(?:{KINDS})\s+(?:is|was)\s+)?translated\s+(?:by\s+[^,.]{{2,60}}?\s+)?from\s+"
        rf"(?:the\s+(?:(?:{LANGUAGES})\s+)?original\s+(?:(?:{KINDS})\s+)?(?:(?:published|that\s+appeared)\s+)?"
        r"(?:in|on|at|by)\s+)?|"
        r"(?:esta\s+es\s+una\s+)?traducci[oó]n\s+del?\s+(?:un\s+)?art[ií]culo\s+(?:original\s+)?"
        r"(?:de|publicado\s+(?:en|por))\s+|(?:(?:cet\s+article|ce\s+texte)\s+est\s+une\s+)?traduction\s+(?:d['’]un|de\s+l['’])\s*article\s+(?:[«“\"][^»”\"]{1,200}[»”\"]\s*,?\s*)?"
        r"(?:de|paru\s+dans|publié\s+(?:dans|par))\s+|"
        rf"(?:esta\s+é\s+uma\s+)?tradução\s+de\s+um\s+artigo\s+(?:original\s+)?(?:de|publicado\s+(?:originalmente\s+)?"
        rf"(?:em\s+(?:{LANGUAGES})\s+)?(?:em|no|na|pelo|pela|por))\s+|"
        r"(?:to\s+(?:jest\s+)?)?tłumaczenie\s+(?:artykułu|tekstu)\s+(?:z|ze)\s+|"
        r"(?:questa\s+è\s+(?:una|la)\s+)?traduzione\s+(?:di\s+un|dell['’])\s*articolo\s+(?:originale\s+)?"
        r"(?:di|del|della|pubblicato\s+(?:su|sul|sulla|da|dal|dalla))\s+|"
        r"(?:diese[rs]?\s+\w+\s+ist\s+)?(?:eine\s+|die\s+)?übersetzung\s+(?:(?:eines|des)\s+(?:artikels|beitrags|textes)\s+"
        r"(?:aus|in|von|bei|im)\s+|aus\s+(?:dem|der)\s+))"
        rf"(?!(?:{LANGUAGES})\w*\b(?!(?-i:\s+[A-Z])))(?P<publisher>.+)",  # not "from Ukrainian", "aus dem Englischen"
        re.IGNORECASE,
    ),
    _statement(
        rf"^\W{{0,3}}(?:this|the)\s+(?:{KINDS})\s+(?:was|is)\s+produced\s+by\s+(?P<publisher>.+)", re.IGNORECASE
    ),
    _statement(  # a wire's standard closing line: "This report by The Canadian Press was first published Jan. 5, 2023."
        rf"^\W{{0,3}}this\s+(?:{KINDS})\s+by\s+(?P<publisher>.{{2,80}}?)\s+was\s+(?:first|originally)\s+"
        r"(?:published|posted)\b",
        re.IGNORECASE,
    ),
    _statement(  # "Article courtesy of X", "This story is courtesy of X", "Reprinted courtesy of X"; not "Photo
        # courtesy of X" (a credit)
        rf"^\W{{0,3}}(?:(?:this\s+)?(?:{KINDS})\s+(?:is\s+|appears\s+)?(?:(?:re)?published\s+|used\s+)?|"
        r"(?:reprinted|republished|reproduced)\s+)courtesy\s+of\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # a line that is only "Courtesy of <an outlet>" ("Courtesy of Forests News"); not "Courtesy of NASA"
        r"^\W{0,3}courtesy\s+of\s+(?P<publisher>(?:the\s+)?(?:[\w&'’.-]+\s+){0,4}(?:news|times|post|journal|"
        r"magazine|press|review|daily|herald|tribune|gazette|radio|wire|media)(?:\s+[\w&'’.-]+){0,2})\W{0,3}$",
        re.IGNORECASE,
    ),
    _statement(
        r"^\W{0,3}read the original(?:\s+(?:article|story|post))?\s+(?:(?:on|at|in)\s+(?P<publisher>.+)|"
        r"(?P<publisher2>here|at\s+this\s+link)\W{0,3}$)",
        re.IGNORECASE,
    ),
    _statement(  # an excerpt's closing line sending the reader on to the whole story at its source: "Lire la suite
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
    _statement(  # a licensed copy: "This article was written by A from X and was legally licensed via ..."
        rf"^\W{{0,3}}this\s+(?:{KINDS})\s+was\s+written\s+by\s+.{{2,80}}?\s+(?:from|of|for)\s+"
        r"(?P<publisher>.{2,80}?)\s+and\s+(?:was|is)\s+(?:legally\s+)?licensed\b",
        re.IGNORECASE,
    ),
    _statement(  # "Copyright © 2024 X. All rights reserved. Used with permission."
        r"^\W{0,3}(?:copyright\s*)?(?:(?:©|\(c\))?\s*\d{4},?|©|\(c\))\s+(?P<publisher>[^.]{2,80}?)\.\s+"
        r"(?:all\s+rights\s+reserved\.?\s+)?(?:used|reprinted|republished|reproduced)\s+(?:with|by)\s+"
        r"(?:kind\s+)?permission\b",
        re.IGNORECASE,
    ),
    _statement(  # "Dieser Artikel (von Lea Marschall) erschien ursprünglich bei X"
        rf"\b(?:{_GERMAN_DET})\s+(?:[\w-]*?)(?:artikel|beitrag|text|kommentar|interview|kolumne|essay|"
        r"meldung|bericht|rezension|reportage|analyse)\s+(?:von\s+[^,.;]{2,60}?\s+)?(?:ist|erschien|wurde)\s+(?:am\s+[\d.]+\s*(?:\w+\s+)?(?:\d{4}\s+)?)?"
        r"(?:zuerst|zunächst|ursprünglich|erstmals|im\s+original)\s+(?:erschienen\s+|veröffentlicht\s+|publiziert\s+)?"
        r"(?:auf|in|bei|beim|im)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="zuerst zunächst ursprünglich erstmals original",
    ),
    _statement(  # "Dieser Beitrag ist am 1. Juni 2017 in der Wochenzeitung „X“ erschienen", "Der Text erschien in X"
        rf"\b(?:{_GERMAN_DET})\s+[\w-]*?(?:{GERMAN_KINDS})\s+(?:(?:ist|wurde)\s+(?:{_GERMAN_DATE})?"
        r"(?:auch\s+)?(?:in|im|bei|auf)\s+(?P<publisher>[^.!?]{2,120}?)\s+(?:erschienen|veröffentlicht|publiziert)\b|"
        rf"erschien\s+(?:{_GERMAN_DATE})?(?:in|im|bei|auf)\s*:?\s+(?P<publisher2>.+))",
        re.IGNORECASE,
        words="erschien veröffentlicht publiziert",
    ),
    _statement(  # a shorter or longer version: "Eine gekürzte Fassung dieses Textes erschien in X", "Leicht gekürzte
        # Fassung eines Artikels aus dem X", "eine Fassung eines Beitrags, der im X erschienen ist", "Dieser Text
        # erschien in gekürzter Form im X"
        rf"\bfassung\s+(?:dieses|des|eines)\s+[\w-]*?(?:{GERMAN_KINDS})e?s\s+(?:(?:erschien|ist|wurde)\s+"
        r"(?:zuerst\s+|zunächst\s+|ursprünglich\s+)?(?:in|im|bei|auf)\s+|aus\s+(?:dem\s+)?|(?=des\s|der\s))"
        r"(?P<publisher>.+)|"
        rf"\bfassung\s+(?:dieses|des|eines)\s+[\w-]*?(?:{GERMAN_KINDS})e?s\s*,\s*(?:der|die|das)\s+(?:zuerst\s+)?"
        r"(?:in|im|bei|auf)\s+(?P<publisher2>[^.!?]{2,120}?)\s+(?:erschienen|veröffentlicht)\b|"
        rf"\b(?:{_GERMAN_DET})\s+[\w-]*?(?:{GERMAN_KINDS})\s+(?:erschien|ist|wurde)\s+(?:zuerst\s+)?"
        r"in\s+(?:leicht\s+)?(?:gekürzter|längerer|ausführlicherer)\s+(?:form|fassung)\s+"
        r"(?:zuerst\s+)?(?:in|im|bei|auf)\s+(?!(?:jahr|jahre|januar|februar|märz|april|mai|juni|juli|august|september|"
        r"oktober|november|dezember|sommer|herbst|winter|frühjahr)\b)(?P<publisher3>.+?)(?:\s+(?:erschienen|veröffentlicht))?\W{0,3}$",
        re.IGNORECASE,
        words="fassung gekürzter längerer ausführlicherer",
    ),
    _statement(  # "Dieser Beitrag wurde uns (freundlicherweise) von X zur Verfügung gestellt"
        rf"\b(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{GERMAN_KINDS})\s+(?:wurde|wird)\s+(?:uns\s+)?"
        r"(?:freundlicherweise\s+|dankenswerterweise\s+)?von\s+(?P<publisher>.{2,120}?)\s+zur\s+verfügung\s+gestellt",
        re.IGNORECASE,
        words="verfügung",
    ),
    _statement(  # "Übernommen von X", "Dieser Artikel ist eine Übernahme von X", "Crosspost von X"
        rf"^\W{{0,3}}(?:(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{GERMAN_KINDS})\s+ist\s+eine\s+)?"
        r"(?:übernommen\s+(?:von|aus)|übernahme\s+(?:von|aus)|cross-?post(?:ing)?\s+(?:von|from|of))\s*:?\s+"
        r"(?P<publisher>.+)|"  # "Nachdruck aus: X", "Abdruck aus dem X"; not "Nachdruck aus Platzgründen ..."
        r"^\W{0,3}(?:nachdruck|abdruck)\s+(?:aus|von)\s*(?::\s*|\s(?=(?:der|dem|des)\s|[„“\"]))(?P<publisher2>.+)|"
        r"(?:^|(?<=\s))\W{0,3}(?:(?:zuerst|erstmals)\s+(?:veröffentlicht|erschienen)(?:\s+(?:in|im|bei|auf))?|"
        r"erstveröffentlichung|"
        r"(?:nachdruck|abdruck)\s+mit\s+(?:freundlicher\s+)?genehmigung(?:\s+(?:der|des|von))?)\s*:\s*"
        r"(?P<publisher3>(?-i:[A-ZÄÖÜ„“\"«]).+)",
        re.IGNORECASE,
        words="übernommen übernahme crosspost cross-post nachdruck abdruck zuerst erstmals erstveröffentlichung",
    ),
    _statement(  # "Wir danken X für die freundliche Genehmigung zur Übernahme", "Der Artikel wurde von X übernommen"
        r"^\W{0,3}wir\s+danken\s+(?:der\s+|dem\s+|den\s+)?(?P<publisher>.{2,80}?)\s+für\s+die\s+(?:freundliche\s+)?"
        r"(?:genehmigung|erlaubnis)\s+(?:zur|zum)\s+(?:übernahme|nachdruck|veröffentlichung|abdruck)|"
        rf"\b(?:diese[rs]?|der|die|das)\s+[\w-]*?(?:{GERMAN_KINDS})\s+wurde\s+(?:mit\s+freundlicher\s+genehmigung\s+"
        r"(?:der\s+redaktion\s+)?)?(?:von|aus)\s+(?P<publisher2>.{2,80}?)\s+übernommen\b",
        re.IGNORECASE,
        words="danken übernommen",
    ),
    _statement(  # a link to the original in a sentence: "Hier geht es zum <a>Original</a>"
        r"^\W{0,3}hier\s+geht['’]?s?\s+(?:es\s+)?zum\s+(?P<publisher>original(?:artikel)?)\W{0,3}$", re.IGNORECASE
    ),
    _statement(  # a licence note naming the original: "Der Text von A steht unter der Lizenz CC BY-NC-SA 4.0 und
        # stammt von X"
        r"\blizenz\b(?:[^.!?]|\.(?=\d)){0,80}?\bund\s+stammt\s+von\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="stammt",
    ),
    _statement(  # "Dieser Artikel stammt von unserem Partnerportal X", "Dieser Beitrag stammt von unserem
        # Medienpartner, dem X", "Der folgende Bericht von A stammt aus dem X vom 14. Juli 2016"; a partner or a name
        # with a paper's media word, not "stammt aus dem Jahr 2010" nor "stammt von <its writer>"
        rf"\b(?:{_GERMAN_DET}|(?:der|die|das)\s+folgende)\s+[\w-]*?(?:{GERMAN_KINDS})\s+(?:von\s+[^,.;]{{2,60}}?\s+)?"
        r"stammt\s+(?:von|vom|aus)\s+(?:(?=(?:unserem|unserer)\s+[\w-]*partner)(?P<publisher>.+)|"
        rf"(?:dem|der|den)?\s*(?P<publisher2>[^.;]*?(?:{_MEDIA_WORDS})\w*\b[^.;]*))",
        re.IGNORECASE,
        words="stammt",
    ),
    _statement(  # "Der Originalartikel ist auf X erschienen", "Der Originalbeitrag erschien in X"
        r"\b(?:der|das)\s+original(?:-?artikel|-?beitrag|-?text)\s+(?:ist\s+|wurde\s+)?(?:erschien\s+)?"
        r"(?:auf|in|bei|im)\s+(?P<publisher>.{2,120}?)(?:\s+(?:erschienen|veröffentlicht|publiziert)\b|[.!?]?$)|"
        r"^\W{0,3}(?:im\s+)?original\s+(?:erschienen|veröffentlicht)\s+(?:bei|in|im|auf)\s*:?\s+(?P<publisher2>.{2,120}?)\W{0,3}$",
        re.IGNORECASE,
        words="original",
    ),
    _statement(  # Swedish, Danish, Norwegian: "Artikeln publicerades ursprungligen i X", "Denna artikel publicerades
        # först i X", "Artiklen blev først bragt i X"
        r"\b(?:artikeln|texten|artiklen|artikkelen|teksten|(?:denna|denne|dette)\s+(?:artikel|text|artikkel|tekst))\s+"
        r"(?:\w+\s+){0,2}?(?:ursprungligen|först|først|tidigare|tidligere|"
        r"oprindeligt|opprinnelig)\s+(?:\w+\s+)?(?:i|på|hos|av|af)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="ursprungligen först først tidigare tidligere oprindeligt opprinnelig",
    ),
    _statement(  # Indonesian: "Artikel ini telah tayang (pertama kali terbit) di Kompas.com dengan judul ...", "Tulisan
        # ini pertama kali dimuat di X." (without the title only when it says "first")
        r"^\W{0,3}(?:artikel|tulisan|berita|naskah)\s+ini\s+(?:telah\s+|sudah\s+)?"
        r"(?:(?P<first>pertama\s+kali\s+|sebelumnya\s+|semula\s+))?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\s+"
        r"(?:di|pada|dalam)\s+(?P<publisher>.{2,80}?)(?:\s+dengan\s+judul\b|(?(first)\.?$|(?!)))",
        re.IGNORECASE,
    ),
    _statement(  # "This story was originally reported by Jane Doe for X"
        rf"^\W{{0,3}}this\s+(?:{KINDS})\s+was\s+originally\s+(?:reported|written|produced)\s+"
        r"(?:by\s+[^,.]{2,60}?\s+)?for\s+(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # Polish: "Artykuł ukazał się pierwotnie w X", "Tekst pierwotnie opublikowany na X"
        r"(?:\b(?:artykuł|tekst|materiał)\s+(?:został\s+)?)?(?:(?:pierwotnie|po\s+raz\s+pierwszy)\s+"
        r"(?:ukazał\s+się|opublikowan[yo])|(?:ukazał\s+się|opublikowan[yo])\s+(?:pierwotnie|po\s+raz\s+pierwszy))\s+"
        r"(?:w|na)\s+(?:(?-i:serwisie|portalu|łamach|stronie|witrynie|blogu|tygodniku|dzienniku|miesięczniku|"
        r"magazynie|gazecie|piśmie)\s+)?(?P<publisher>.+)|"  # "Tekst pochodzi z serwisu X" (the kind in lower case)
        r"^\W{0,3}(?:artykuł|tekst|materiał)\s+pochodzi\s+z\s+(?-i:serwisu|portalu|tygodnika|dziennika|miesięcznika|"
        r"magazynu|bloga|witryny|gazety|pisma)\s+(?P<publisher2>.+)",
        re.IGNORECASE,
        words="ukazał opublikowan pochodzi",
    ),
    _statement(  # Czech, Slovak: "Tento článek původně vyšel na serveru X", "Článok pôvodne vyšiel v denníku X"
        r"\b(?:článek|článok|text)\s+(?:\w+\s+)?(?:původně|poprvé|pôvodne|prvýkrát)\s+(?:vyšel|vyšiel|byl\s+"
        r"publikován|bol\s+publikovaný|publikován)\s+(?:na|v|ve)\s+(?:(?:serveru|webu|deníku|denníku|"
        r"časopise|portálu)\s+)?(?P<publisher>.+)",
        re.IGNORECASE,
        words="původně poprvé pôvodne prvýkrát",
    ),
    _statement(  # an interview a paper ran: "Das Interview führte Jana Wolters für die Rheinische Post", "Die
        # Fragen stellte A für den Kurier" (a paper by its name's media word; "für den Blog des Netzwerks" names none)
        r"\b(?:das\s+(?:interview|gespräch)\s+führte|die\s+fragen\s+stellte)\s+[^.;]{2,60}?\s+für\s+"
        rf"(?:die|den|das|dem|der)?\s*(?P<publisher>[^.;]*?(?:{_MEDIA_WORDS})\b[^.;]*)",
        re.IGNORECASE,
        words="führte stellte",
    ),
    _statement(  # "Gastbeitrag in der FAZ vom 14. März 2023", "Gastkommentar im Handelsblatt" (in a paper, not for it)
        r"\bgast(?:beitrag|kommentar|artikel)\s+(?:in|im)\s+(?:der|die|den|dem|das)?\s*(?P<publisher>.+)",
        re.IGNORECASE,
        words="gastbeitrag gastkommentar gastartikel",
    ),
    _statement(  # Danish, Norwegian: "Indlægget blev bragt i Politiken 14. marts 2023", "Teksten ble publisert i X"
        r"\b(?:blev|ble|er)\s+(?:først\s+|tidligere\s+)?(?:bragt|publiceret|publisert|trykt|offentliggjort)\s+"
        r"(?:i|på|av|af)\s+"
        r"(?P<publisher>[^,.;\d]+?)(?=\s+\d|\s+og\b|\s*[,.;(]|$)",
        re.IGNORECASE,
        words="bragt publiceret publisert trykt offentliggjort",
    ),
    _statement(  # "Dieser Beitrag ist Teil einer Kooperation mit X und erschien zuerst dort"
        r"\bkooperation\s+mit\s+(?P<publisher>[^,.;]+?)\s+und\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich|erstmals)"
        r"\s+(?:dort|bei\s+(?:ihm|ihr|ihnen))",
        re.IGNORECASE,
        words="kooperation",
    ),
    _statement(  # Turkish, the outlet before the verb: "Bu haber ilk olarak bianet'te yayımlandı", "Bu yazı ilk kez
        # X sitesinde yayınlanmıştır"
        r"\bbu\s+(?:haber|yazı|makale|içerik|röportaj|analiz|yazı\s+dizisi)\s+(?:ilk\s+(?:olarak|kez|defa)|"
        r"daha\s+önce|orijinal\s+olarak)\s+(?P<publisher>[^.!?]{2,80}?)(?:['’](?:n?[dt][ae])|\s+(?:internet\s+|web\s+)?"
        r"(?:sitesinde|gazetesinde|dergisinde|portalında))\s+(?:yayımlan|yayınlan)",
        re.IGNORECASE,
        words="yay",  # of "yayımlan", "yayınlan": re matches their "ı" with "i" and "I" too
    ),
    _statement(  # Japanese, the outlet before the verb: "この記事は X に掲載されたものです",
        # "本記事は X で公開された記事の転載です", "X からの転載"; not "無断転載を禁じます" (no outlet named)
        r"(?:(?:この|本)(?:記事|原稿|コラム)|本稿)は[、,\s]*[「『]?(?P<publisher>[^、。,「」『』]{1,60}?)[」』]?\s*"
        r"(?:(?:に|で)(?:掲載|公開|配信)さ|(?:から|より)の?転載)"
        r"|(?:^|[※\s（(])[「『]?(?P<publisher_from>[^、。,\s（(「」『』]{1,60}?)[」』]?\s*(?:から|より)の?転載",
        words="掲載さ 公開さ 配信さ 転載",
    ),
    _statement(  # a blog's reblog: "Rebloggt von X: <title>", "Reblogged from X:"; not "Reblogged this on <own blog>";
        # a quoted story's link line: "Originalartikel bei X: <title>", "Original article at X:"
        r"^\W{0,3}(?:rebloggt\s+von|reblogged\s+from|reblogueado\s+de|reblogué\s+(?:depuis|de)|"
        r"original(?:artikel|beitrag|text)\s+(?:bei|von|auf|im|in|aus)|original\s+(?:article|story|post)\s+(?:at|on|in|by))\s+"
        r"(?P<publisher>[^:]{2,80}?)\s*(?::|$)",
        re.IGNORECASE,
    ),
    _statement(  # also after a licence or credit sentence: "Lizenz: CC BY 4.0. Zuerst erschienen auf X"
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
        words="erschienen veröffentlicht publiziert erstveröffentlichung genehmigung",
    ),
    _statement(  # a dated print note: "Erschienen in der Printausgabe der X vom 14. Juni 2018"
        r"^\W{0,3}(?:zuerst\s+|ursprünglich\s+)?erschienen\s+(?:in\s+der|im|in|bei\s+der|beim)\s+"
        r"(?:(?:print|online|wochenend|samstags|sonntags)?-?ausgabe\s+(?:der|des|vom)\s+)?"
        r"(?P<publisher>(?-i:[A-ZÄÖÜ„“\"])[^.!?]{1,60}?)\s+(?:vom|am)\s+\d",
        re.IGNORECASE,
    ),
    _statement(  # "This is an edited version of an article first published by X"
        rf"^\W{{0,3}}this\s+is\s+an?\s+(?:[\w-]+\s+){{0,2}}version\s+of\s+an?\s+(?:{KINDS})\s+"
        r"(?:that\s+was\s+|which\s+was\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by)\s+"
        r"(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # "Publié avec l'autorisation de X", "Publicado con autorización de X", "Per gentile concessione di X"
        r"^\W{0,3}(?:(?:articolo|testo|artículo|texto|article|texte|artigo|foto)\s+)?(?:(?:re)?(?:publié|reproduit|publicad[oa]|reproducid[oa]|republicad[oa]|pubblicat[oa]|riprodott[oa])\s+"
        r"(?:avec\s+l['’](?:aimable\s+)?autorisation|con\s+(?:la\s+)?(?:autorización|permiso)|"
        r"com\s+(?:a\s+)?(?:autorização|permissão)|(?:su|per)\s+gentile\s+concessione)|per\s+gentile\s+concessione)\s+"
        r"(?:de|d['’]|du|des|del|della|di|da|do)\s*(?P<publisher>.+)",
        re.IGNORECASE,
    ),
    _statement(  # "A version of this story ran in X", "Una versión de este artículo se publicó en X" (a name)
        rf"\b(?:an?\s+(?:\w+\s+)?version\s+of\s+this\s+(?:{KINDS})\s+(?:was\s+|has\s+been\s+)?"
        r"(?:published|appeared|ran|run)|una\s+versión\s+(?:\w+\s+)?de\s+est[ea]\s+(?:artículo|texto|reportaje|nota|"
        r"historia|crónica)\s+(?:se\s+publicó|fue\s+publicad[oa]|apareció))\s+(?:originally\s+|originalmente\s+)?"
        r"(?:on|in|at|by|en|por)\s+(?P<publisher>(?-i:[A-Z\"“„«]).+)",
        re.IGNORECASE,
        words="version versión",
    ),
    _statement(  # an author's bio: "Jane Doe is a reporter for X, where this story first ran"
        rf"\b(?:for|at|with)\s+(?P<publisher>(?-i:[A-Z])[^,;]{{1,60}}?),\s+(?:where|in\s+which)\s+this\s+"
        rf"(?:{KINDS})\s+(?:was\s+)?(?:first|originally)\s+(?:ran|appeared|published|run)",
        re.IGNORECASE,
        words="first originally",
    ),
    _statement(  # "X shared this story with us", "This article is from X, a nonprofit newsroom", "Originally from X"
        rf"^\W{{0,3}}(?:(?P<publisher>(?-i:[A-Z])[^.]{{1,60}}?)\s+shared\s+this\s+(?:{KINDS})\s+with\s+us|"
        rf"this\s+(?:{KINDS})\s+(?:is|comes)\s+from\s+(?P<publisher2>(?-i:[A-Z\"“]).+)|"
        r"originally\s+from\s+(?P<publisher3>(?-i:[A-Z\"“]).+))",
        re.IGNORECASE,
    ),
    _statement(  # a source line naming an outlet, then a permission to reproduce it: "Source : « X », n° 12, p. 9.
        # Reproduit avec l'aimable autorisation", "Quelle: „X“, Ausgabe 12/2024. Abdruck mit freundlicher Genehmigung"
        r"^\W{0,3}(?:source|quelle|fonte|fuente|bron|źródło)\s*[:：]\s*"
        r"(?P<publisher>[«“„\"][^«»“”„\"]{2,80}[»”“\"]|(?-i:[A-ZÀ-Þ])[^,.;:]{1,80}?)\s*(?:[,.;]|$)"
        r"(?=.{0,200}?\b(?:reproduit|reproduced|reprinted|republished|abdruck|nachdruck|veröffentlichung|übernahme|"
        r"reproducido|riprodott[oa]|reproduzido|publié|published|publicado)\b[^.]{0,40}?(?:autorisation|permission|"
        r"genehmigung|autorización|permiso|autorizzazione|concessione|autorização))",
        re.IGNORECASE,
    ),
    _statement(  # a repost introduced: "Den folgenden Artikel hat die X am 12. März 2024 veröffentlicht:", "Wir
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
        words="folgenden dokumentieren veröffentlichen übernehmen geben reproducimos",
    ),
    _statement(  # "Dieser Text ist Teil des Angebots von «X»": a partner's content, carried whole
        r"\b(?:diese[rs]?|der|das)\s+(?:text|artikel|beitrag|inhalt)\s+ist\s+(?:ein\s+)?teil\s+des\s+angebots?\s+"
        r"(?:von|der|des)\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="angebot",
    ),
    _statement(  # "This piece is part of a content-sharing partnership with X": the partner's story, shared
        r"\bcontent[-\s]sharing\s+(?:partnership|agreement|arrangement|collaboration)\s+with\s+(?P<publisher>.+)",
        re.IGNORECASE,
        words="sharing",
    ),
)
CLIPPING = re.compile(  # a press clipping's source line, its date or issue closing it: "Bericht der X vom 3. Mai
    # 2024", "Artikel aus dem X, Ausgabe 18/2024", "(aus: X vom 14. Juni 2024)", "(aus: X Nr. 4/2008, S. 22–25)",
    # "Presseartikel: X vom 22.04.2024",
    # "Källa: X, 3 maj 2024", "Article publié dans X le 3 mai 2024"; only a name that reads as an outlet's
    rf"^\W{{0,3}}(?:(?:zeitungs|presse)?(?:bericht|artikel|beitrag)\s+(?:aus\s+)?(?:der|des|dem|im|in\s+der)\s+|"
    r"(?:presse|zeitungs)(?:artikel|bericht|ausschnitt)\s*:\s*|aus\s*:\s*|from\s+(?:the\s+)?|da\s+(?=[«“\"])|"
    r"(?:källa|kilde|fonte|fuente|bron|zdroj|źródło|quelle|source)\s*:\s*)"
    r"(?P<publisher_clip>(?-i:[A-ZÀ-Þ«„“\"])[^,;()]{1,80}?)(?:\s+(?:vom|del|du|de|of)\s+|,\s*|\s+)"
    rf"(?:{DAY_DATE}|{_ISSUE_NUMBER}(?:\s+(?:vom|del|du|of)\s+{DAY_DATE})?)"
    r"(?:,?\s*(?:s\.|seite|p\.|pp\.|page)\s*\d+(?:\s*[-–]\s*\d+)?)?"  # its pages: "Nr. 4/2008, S. 22–25"
    r"(?:\s*[-–—,]\s*(?:per\s+gentile\s+concessione|mit\s+freundlicher\s+genehmigung|with\s+(?:kind\s+)?permission|"
    r"avec\s+l['’]aimable\s+autorisation|con\s+(?:el\s+)?permiso)[^.]{0,60})?\W{0,3}$|"
    r"^\W{0,3}(?:article|texte|reportage)\s+(?:publié|paru)e?\s+(?:dans|sur|par)\s+(?P<publisher_clip2>.+?)\s+le\s+\d",
    re.IGNORECASE,
)
"""A press clipping's source line (one short block, tried only on such blocks: its words are common ones)."""
MAX_CLIPPING_CHARS = 200
ISSUE_AFTER = re.compile(rf",?\s*{_ISSUE_NUMBER}", re.IGNORECASE)
"""An issue's number right after a clipping's name ("Schienenblick Nr. 4/2008"): the name is a periodical's."""
TITLE_THEN_OUTLET = re.compile(
    rf"^[^,]{{8,200}},\s+(?P<name>(?-i:[A-ZÀ-Þ])[^,;]{{1,60}}?),\s*(?:{DAY_DATE}|(?:issue|no\.?|nr\.?)\s*\d)",
    re.IGNORECASE,
)
"""A story's title, then the outlet that ran it and the date: "When the River Went Quiet, Valley Clarion, 16 May
2024"."""
NOTE_WORD = PhraseFinder(
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
"""A word every pattern of ``STATEMENTS`` holds (but the Japanese one: ``NOTE_VERB_UNCASED``)."""
NOTE_VERB_UNCASED = re.compile("掲載さ|公開さ|配信さ|転載")
"""The verbs of the Japanese pattern, which a Latin phrase finder cannot hold."""
MAX_NOTE_CHARS = 800  # an editor's note may tell more before naming the original


__all__ = [
    "CLIPPING",
    "DAY_DATE",
    "GERMAN_KINDS",
    "ISSUE_AFTER",
    "KINDS",
    "LANGUAGES",
    "MAX_CLIPPING_CHARS",
    "MAX_NOTE_CHARS",
    "NOTE_VERB_UNCASED",
    "NOTE_WORD",
    "STATEMENTS",
    "TITLE_THEN_OUTLET",
    "Statement",
]
