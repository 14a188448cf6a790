"""The labels a page puts before its further reading ("SEE ALSO", "Related", "Lesen Sie auch", ...)."""

from __future__ import annotations

import re

from worker.lexicon.phrase_pattern import CaselessPattern, phrase_pattern, phrase_trie

LABELS = (
    r"see also|read more|read also|also read|also see|related|related articles?|related stories|related story|"
    r"related content|related coverage|related reading|related news|related posts?|related links|"
    r"related (?:videos?|slideshows?|galler(?:y|ies)|photos|photo galleries|podcasts?)|"
    r"more on this(?: story| topic| subject)?|more about this(?: story| topic)?|read next|recommended|"
    r"recommended reading|recommended stories|recommended articles|further reading|"
    r"(?:if you (?:liked|enjoyed|loved) (?:this|these|that|it)(?: \w+)?,? )?you (?:may|might|will) also (?:like|enjoy)|"
    r"you (?:may|might) (?:also )?be interested in|more coverage|"
    r"lesen sie auch|lesen sie mehr|siehe auch|weiterführende (?:links|artikel|beiträge|informationen|themen)|"
    r"lesen sie hier|mehr lesen|mehr dazu|mehr zum thema|zum thema|auch interessant|"
    r"(?:das|dies|diese(?:r|s)?(?: artikel| beiträge| themen)?) könnten? (?:sie|dich|euch) (?:auch |ebenfalls )?"
    r"interessieren|(?:these|other) (?:articles|stories) (?:might|may) (?:also )?interest you|"
    r"(?:ces articles )?(?:pourrai(?:en)?t|peuvent) (?:aussi |également )?vous intéresser|"
    r"ähnliche (?:themen|artikel|beiträge|nachrichten)|verwandte (?:themen|artikel|beiträge)|weitere beiträge|"
    r"artículos relacionados|articles similaires|articles liés|lire également|à lire également|articoli correlati|"
    r"potrebbe interessarti|artigos relacionados|gerelateerde artikelen|"
    r"weiterlesen|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|leggi anche|lee también|"
    r"leer más|seguir leyendo|te puede interesar|ver también|noticias relacionadas|leia também|veja também|"
    r"lees ook|gerelateerd|"
    # more English and German phrasings
    r"keep reading|continue reading|more (?:stories |articles |posts )?like this(?: one)?|"
    r"similar (?:articles|stories|posts)|"
    r"more (?:in|from) this series|(?:other|more) (?:parts|episodes|stories) (?:in|of) this series|"
    r"(?:previously|earlier|also) in this series|bisher (?:in dieser (?:serie|reihe) )?erschienen|"
    r"weiterführende lektüre|"
    r"dans la même série|(?:mehr )?aus dieser serie|sigue leyendo|para saber más|verder lezen|"
    r"what to read next|(?:[\w.&'’-]+ ){1,4}(?:recommends?|conseille|recommande|recomienda|empfiehlt|consiglia)|"
    r"our recommendations|our (?:top )?picks|(?:hand-?)?picked for you|selected for you|wir empfehlen|"
    r"(?:le |les |os )?recomendamos|"
    r"you (?:may|might) also want to read|we also recommend|recommended for you|"
    r"recommended by [\w.&'’-]+(?: [\w.&'’-]+)?|"
    r"(?:unser )?lesetipps?|passend (?:dazu|zum thema)|dazu passend|zum weiterlesen|ebenfalls interessant|"
    r"lesen sie (?:dazu|dazu auch|weiter|ebenfalls)|empfohlene (?:artikel|beiträge)|"
    r"(?:weitere|mehr) (?:artikel|beiträge|texte|nachrichten|meldungen|informationen) zu(?:m thema| diesem thema)|"
    r"das interessiert (?:sie|dich) (?:vielleicht )?auch|you may be interested in|"
    r"(?:das )?könnte (?:sie|dich|euch) auch interessieren|lies auch|auch lesenswert|(?:artikel|beiträge) zum thema|"
    r"das interessiert andere leser|andere leser interessierten sich auch für|unsere empfehlungen?|"
    r"auch spannend|ebenfalls spannend|(?:auch )?interessant für (?:sie|dich)|zum thema passend|"
    r"passende (?:artikel|beiträge)|verwandte nachrichten|ähnliche (?:meldungen|posts)|"
    r"(?:das )?könnte (?:ihnen|dir) (?:auch )?gefallen|(?:dir|ihnen) gefällt vielleicht auch|"
    r"(?:unsere )?leseempfehlung(?:en)?|related reads?|you (?:may|might) also enjoy|readers also liked|"
    r"people also read|(?:also )?worth reading|suggested (?:articles|reading|reads|stories|posts|for you)|"
    r"recommended posts|(?:read )?(?:other|more) related (?:stories|articles|posts|links|news)(?: about this)?|"
    r"la rédaction vous (?:conseille|recommande)|die redaktion empfiehlt|"
    r"la redacción (?:te |le )?recomienda|"
    r"(?:now )?read (?:these|this)(?: next)?|more reading|read (?:more )?about|"
    r"weitere (?:interessante|spannende) artikel|noch mehr zum thema|ebenfalls lesenswert|weiterführende inhalte|"
    r"themenverwandte (?:artikel|beiträge)|ähnliche inhalte|vielleicht (?:auch )?interessant|"
    r"vielleicht interessiert (?:sie|dich) (?:das )?auch|artikel, die (?:sie|dich) interessieren könnten|"
    r"ebenfalls interessant für (?:sie|dich)|das sollten sie (?:auch )?lesen|related items|"
    r"other (?:articles|posts|stories) you (?:may|might) (?:like|enjoy)|you (?:may|might) also like these|"
    # Romance languages
    r"pour aller plus loin|à voir aussi|vous aimerez (?:peut-être )?aussi|articles connexes|"
    r"vous pourriez (?:aussi|également) aimer|nos recommandations|polecane|"
    r"más para leer|artículos recomendados|articles recommandés|lisez aussi|potrebbe anche interessarti|"
    r"ti potrebbe interessare anche|gerelateerd nieuws|misschien ook interessant|dit vind je misschien ook leuk|"
    r"może cię zainteresować|czytaj więcej|"
    r"artículos similares|notas relacionadas|noticias que te (?:pueden|podrían) interesar|à découvrir aussi|"
    r"a découvrir aussi|(?:nos articles )?sur le même thème|dans le même dossier|gerelateerde berichten|"
    r"además|(?:también )?(?:te|le) (?:puede|podría) interesar|quizás te interese|lea también|leer también|"
    r"también puede leer|más información|contenido relacionado|relacionad[oa]s?|te recomendamos|mira también|"
    r"ti potrebbe interessare|potrebbero interessarti|potrebbe interessarti anche|per approfondire|vedi anche|"
    r"approfondimenti|approfondisci|"
    r"leia mais|saiba mais|(?:notícias|matérias) relacionadas|você (?:também )?pode gostar|"
    # Dutch, Nordic, Central and Eastern European, Turkish, Greek
    r"lees meer|meer over dit onderwerp|ook interessant|bekijk ook|zie ook|"
    r"läs också|läs även|läs mer|læs også|læs mere|les også|les mer|lue myös|"
    r"(?:czytaj|zobacz|przeczytaj) (?:także|też|również)|čtěte (?:také|též)|související články|čítajte aj|"
    r"kapcsolódó cikkek|ajánlott cikkek|mohlo by vás (?:také |též )?zajímat|"
    r"citește și|articole similare|читайте также|смотрите также|по теме|читайте також|"
    r"ilgili haber(?:ler)?|bunlar da ilginizi çekebilir|διαβάστε επίσης|δείτε επίσης|"
    r"empfehlungen der redaktion|похожие (?:статьи|материалы|новости)|читайте (?:ещё|еще)|"
    r"вам (?:может быть|будет) интересно|přečtěte si (?:také|též)|ler também|relaterade (?:artiklar|nyheter)|"
    r"relaterte (?:saker|artikler)|relaterede artikler|bunu da okuyun|olvassa el ezt is|pročitajte (?:još|i)|"
    r"прочитајте (?:још|и)|още по темата|виж(?:те)? още|прочетете (?:още|също)|свързани (?:новини|статии)|"
    # Indonesian, Malay, Vietnamese
    r"baca juga|berita terkait|artikel terkait|artikel berkaitan|tin liên quan|bài viết liên quan|"
    # Thai
    r"(?:เรื่อง|ข่าว|บทความ)ที่เกี่ยวข้อง|"
    # Chinese, Japanese, Korean
    r"相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
    r"関連(?:記事|ニュース)|あわせて読みたい|こちらもおすすめ|おすすめ記事|관련\s?기사|함께 보면 좋은 기사"
)
"""A regular-expression alternation of further-reading labels (match case-insensitively)."""

TOPIC_LABELS = r"more (?:on|about)|mehr (?:zu|zum|zur|über)|plus sur|más sobre|meer over|mais sobre|altro su|więcej o"
"""Labels naming the topic they gather ("More on Brexit", "Mehr zum Thema Olympia 2022")."""

_OUR = r"our|nos|notre|nuestr[oa]s|unsere|i\s+nostri|gli\s+nostri|os\s+nossos|onze"
"""A possessive before a label: "Our related stories", "Nos articles liés", "Unsere ähnlichen Artikel"."""

LABEL_LEAD = (
    rf"\W{{0,3}}(?:(?:{LABELS})(?:\s*(?:[:：|»>…】]|\s[-–—]|\.{{3}})|"
    r"(?:\s+(?-i:[^\W\d_A-Z][\w'’-]*)){1,3}\s*[:：|»>–—-]|(?:\s+(?-i:[A-Z][A-Z'’-]+)){1,2}\s*[:：|»>–—-])|"
    r"more\s*[:：])"
)
"""A label leading its link on one line (match case-insensitively), up to its separator: "SEE ALSO:", "Lire aussi |",
"【関連記事】",
"Read more —", a bare "MORE:" (only with its colon), also with a few lower-case words naming the kind of story
("Lire aussi le décryptage |", "Read more on the ruling:") or one or two words in capitals
("RELATED PHOTOS:", "RELATED VIDEO:")."""

LABEL_ONLY = CaselessPattern(
    rf"^\W{{0,3}}(?:(?:(?:{_OUR})\s+)?(?:{phrase_trie(LABELS)})"
    rf"(?:\s+(?:on|at|from|auf|bei|von|sur|en|su)\s+[\w.’'& -]{{2,30}}?)?|"
    rf"(?:{phrase_trie(TOPIC_LABELS)})\s+[^\W\d_][\w.’'& -]{{1,30}}?)(?:\s*\(\d{{1,2}}\))?\s*[:：|»>…]?\W{{0,3}}$"
)
"""A line that is only such a label ("Related:", "Related (3)", "— Lesen Sie auch —", "Weiterlesen auf Example.de:",
"More on Brexit"). For a yes-or-no test only (every caller's use): its labels are a trie (``phrase_trie``), which
matches the same lines as their alternation, not always through the same branch."""

MAX_LED_LABEL_CHARS = 200
_LAST_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=\S[^.?!]*$)")


def led_label(text: str) -> bool:
    """A short line whose last sentence is a label ending in a colon, after a sentence leading to it: "Want to learn
    more about our featured leaders? Read about:", "Thanks for reading. Related:" (the list follows the line)."""
    text = text.strip()
    if not text.endswith((":", "：")) or len(text) > MAX_LED_LABEL_CHARS:
        return False
    parts = _LAST_SENTENCE.split(text)
    return len(parts) > 1 and LABEL_ONLY.match(parts[-1]) is not None


_GLOSS = re.compile(r"^\W{0,3}(?P<label>.+?)\s+[—–|]\s+[^—–|]{1,20}$")


STYLED_PART_CHARS = 20
"""A label's first words set in their own style are at most this long ("<span>À lire</span> aussi")."""


def split_label(first: str, rest: str) -> bool:
    """A label whose first words are set apart from the rest ("<span class=ft-c>À lire</span> aussi",
    "<b>Read</b> more:"): the two strings, joined, are only a label."""
    return len(rest) <= MAX_LABEL_CHARS and LABEL_ONLY.match(f"{first.strip()} {rest.strip()}") is not None


def glossed_label(text: str) -> bool:
    """A label, a dash or bar and a short gloss, the label in a second language on a bilingual site: "Related —
    有關", "Read more – Lire aussi" (a heading holding a link is no such label: its caller checks)."""
    if "—" not in text and "–" not in text and "|" not in text:
        return False
    match = _GLOSS.match(text.strip())
    return match is not None and LABEL_ONLY.match(match["label"]) is not None


_TOPIC_BOX = (
    r"(?![-_ ]?(?:topics?|tags?|keywords?|categor\w*|themen|thema|schlagw\w*|stichw\w*|temas?|sujets?|argoment\w*)"
    r"(?-i:(?![a-z])))"
)
"""Words right after "related" that make a box one of topic pages ("related-topics", "relatedTags",
"verwandte-themen"): the related word's own lower-case ending is read first, whole ("verwandte")."""
RELATED_NAME = phrase_pattern(
    "|".join(
        f"{word}(?-i:[a-z]*+){_TOPIC_BOX}"
        for word in ("related", "verwandt", "similar", "aehnlich", "ähnlich", "relacionad", "correlat", "connexe")
    )
    + r"|meme[-_]?sujet|mismo[-_]?tema|stesso[-_]?argomento",
    re.IGNORECASE,
)
"""A class/id naming a box as related content ("related-posts", "td_block_related_posts", "view-related", also
"meme_sujet" for "Sur le même sujet"); not a box of related topics or tags ("related-topics", "relatedTags",
"verwandte-themen"): links to topic pages."""

FEED_HEADING = re.compile(
    r"^\W{0,3}(?:today['’]s\W?\s+|this\s+week['’]s\s+)?"
    r"(?:latest|newest|most (?:read|popular|viewed|shared|commented|recent)|popular|trending|top stories|"
    r"(?:top |more |latest |news )?headlines\W*$|"
    r"(?:previous |recent |latest |reader |readers['’] )?comments(?:\W+(?:view|see|show|read) all)?\W*$|"
    r"(?:photo |picture |video )?galleries\W*$|bildergalerien\W*$|"
    r"top (?:posts|articles)|just in|breaking news|recent (?:[\w-]+ ){0,2}?(?:posts|stories|articles|news|content)|"
    r"neueste|meistgelesen|"
    r"meist gelesen|beliebteste|"
    r"aktuelle (?:artikel|beiträge|nachrichten|news|berichte|meldungen)|dernières|les plus lus|últimas|"
    r"lo más (?:leído|visto)|"
    r"più lett[ei]|ultime notizie|mais lidas|últimas notícias|najnowsze|najczęściej czytane|"
    r"more (?:stories |news |articles |posts )?(?:from|in|by) (?!this (?:series|story|topic))|(?:in\s+)?other news|"
    r"(?:more )?(?:posts|stories|articles) (?:labell?ed|tagged|with (?:the )?label|filed under) |"
    r"(?:altri articoli|articoli) dell['’]autore|(?:d'autres articles )?du même auteur|"
    r"(?:más |otros )?artículos del autor|(?:mais )?artigos do autor|więcej (?:artykułów|tekstów) autora|"
    r"(?:další )?články autora|a szerző (?:további )?cikkei|"
    r"(?:weitere |mehr )?(?:artikel|beiträge) (?:des|vom|von diesem) autors?|mehr vom autor|"
    r"(?:[^\W_]{0,6}?)(?:热文|热点|热门|排行|ランキング|人気記事|最新(?:消息|新闻|記事|ニュース)|この記者の|"
    r"(?:该)?作者(?:更多|其他)|많이 본|인기 기사|최신 기사|기자의 다른)|"
    r"more (?:[\w'’-]+ ){0,3}news\W*$|"
    r"don['’]?t miss|do not miss|"
    r"in case you missed it|around the (?:site|web)|elsewhere on |editor['’]?s['’]? picks|top news|up next|next up|"
    r"(?:sponsored|promoted|paid|partner)(?: content| stories| posts| links| articles)?\W*$|"
    r"(?:(?:stories|content|more) )?from (?:our|the) (?:partners|sponsors)\W*$|"
    r"(?:previous|next|older|newer)(?: article| post| story| entry)?\W*$|what['’]s new\W*$|"
    r"featured(?: stories| articles| posts| news| content)?\W*$|(?:local news|news from your area|more videos)\W*$|"
    r"other (?:top |recent |latest )?(?:stories|articles|posts|headlines)\W*$|(?:[\w&'’.-]+ ){0,2}highlights\W*$|"
    r"en continu|à la une|net binnen|senaste nytt|última hora|mais recentes|meer (?:uit|van) |więcej z |"
    r"(?:weitere|mehr|andere) (?:meldungen|nachrichten|artikel|beiträge|berichte|news) (?:aus|von|in) |"
    r"mehr (?:aus|von) |"
    r"(?:weitere|mehr|andere) (?:meldungen|nachrichten|news|themen)\W*$|más noticias\W*$|"
    r"plus d'(?:articles|actualités) (?:dans|de) |autres actualités|dans la même rubrique|in (?:the same|this) section|"
    r"más (?:noticias )?(?:de|en) |otras noticias|"
    r"altr[ei] notizie|altro da |outras notícias|mais notícias|diğer haberler|son haberler|en çok okunan|"
    r"alte (?:știri|stiri|articole)|ultimele (?:știri|stiri)|cele mai citite|inne wiadomości|pozostałe (?:wiadomości|"
    r"artykuły)|najpopularniejsze|ander nieuws|meer nieuws|laatste nieuws|meest gelezen|berita lainnya|berita terbaru|"
    r"terpopuler|andra nyheter|fler nyheter|senaste nyheter|mest lästa|další zprávy|ostatní zprávy|nejčtenější|"
    r"další články|további hírek|egyéb hírek|friss hírek|legfrissebb|legolvasottabb|الأكثر|آخر الأخبار)",
    re.IGNORECASE,
)
"""A heading that names a site feed ("Latest Stories", "Most read", "Today's Top Stories", "Today's Headlines",
"Neueste Artikel", "Featured", "What's new"), a section's ("More from Politics", "Weitere Meldungen aus der Rubrik
Sport"), the site's media ("Galleries", "More videos") or the readers' comments ("Previous Comments"), paid or
partners' links ("Sponsored content", "From our partners") or the next or previous story ("Next article"), whatever
its box's class."""

MAX_LABEL_CHARS = 60
"""Longer lines are never only a label."""


def reading_aria_label(aria_label: str | None) -> bool:
    """Whether an ``aria-label`` is a further-reading label (``<section aria-label="Related stories">``)."""
    return aria_label is not None and len(aria_label) <= MAX_LABEL_CHARS and bool(LABEL_ONLY.match(aria_label.strip()))


def names_reading(names: str, aria_label: str | None) -> bool:
    """Whether an element's class/id ``names`` or its ``aria-label`` name it as further reading ("related-articles",
    ``aria-label="Related stories"``): a ``<nav>`` so named is the story's reading, not the site's menu."""
    return bool(RELATED_NAME.search(names)) or reading_aria_label(aria_label)


__all__ = [
    "FEED_HEADING",
    "LABELS",
    "LABEL_LEAD",
    "LABEL_ONLY",
    "MAX_LABEL_CHARS",
    "MAX_LED_LABEL_CHARS",
    "RELATED_NAME",
    "STYLED_PART_CHARS",
    "TOPIC_LABELS",
    "glossed_label",
    "led_label",
    "names_reading",
    "reading_aria_label",
    "split_label",
]
