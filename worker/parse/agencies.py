"""Wire agencies and well-known outlets: their usual spellings and home domains, one list for the whole parser.

The byline and origin extractors read agency spellings ("The Associated Press" → "Associated Press"); the origin
extractor names an outlet from its domain ("nbcnews.com" → "NBC News") and tells a wire's own story on its own site
from a republished one.
"""

from __future__ import annotations

import re

# Wire agencies: usual name → (spellings, home domains).
_AGENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Reuters": (("reuters", "thomson reuters"), ("reuters.com",)),
    "Associated Press": (("ap", "the associated press", "associated press", "a.p."), ("apnews.com", "ap.org")),
    "AFP": (("afp", "agence france-presse", "agence france presse", "agence france press"), ("afp.com",)),
    "dpa": (("dpa", "dpa-infocom", "deutsche presse-agentur", "deutsche presse agentur"), ("dpa.com", "dpa.de")),
    "dpa-AFX": (("dpa-afx", "dpa afx"), ("dpa-afx.de",)),
    "Bloomberg": (("bloomberg", "bloomberg news"), ("bloomberg.com",)),
    "PA Media": (("pa", "pa media", "press association", "pa wire"), ("pamediagroup.com",)),
    "ANI": (("ani", "asian news international"), ("aninews.in",)),
    "PTI": (("pti", "press trust of india"), ("ptinews.com",)),
    "IANS": (("ians",), ("ians.in",)),
    "Xinhua": (("xinhua", "xinhua news agency"), ("xinhuanet.com", "news.cn")),
    "EFE": (("efe", "agencia efe"), ("efe.com",)),
    "ANSA": (("ansa",), ("ansa.it",)),
    "UPI": (("upi", "united press international"), ("upi.com",)),
    "Kyodo News": (("kyodo", "kyodo news"), ("kyodonews.net",)),
    "Yonhap": (("yonhap", "yonhap news agency"), ("yna.co.kr", "yonhapnews.co.kr")),
    "Bernama": (("bernama",), ("bernama.com",)),
    "APA": (("apa", "austria presse agentur"), ("apa.at",)),
    "KNA": (("kna",), ("kna.de",)),
    "epd": (("epd",), ("epd.de",)),
    "SID": (("sid", "sport-informations-dienst"), ("sid.de",)),
    "Keystone-SDA": (("sda", "keystone-sda"), ("keystone-sda.ch",)),
    "TASS": (("tass",), ("tass.com", "tass.ru")),
    "Anadolu Agency": (("anadolu", "anadolu agency", "aa"), ("aa.com.tr",)),
    "CNA": (("cna",), ("channelnewsasia.com",)),
    "Jiji Press": (("jiji", "jiji press"), ("jiji.com",)),
    "Canadian Press": (("the canadian press", "canadian press", "cp"), ("thecanadianpress.com",)),
    "AAP": (("aap", "australian associated press"), ("aap.com.au",)),
    "Antara": (("antara",), ("antaranews.com",)),
    "Interfax": (("interfax",), ("interfax.com", "interfax.ru")),
    "Europa Press": (("europa press",), ("europapress.es",)),
    "SP-X": (("sp-x", "spot press services"), ()),
    "PAP": (("pap", "polska agencja prasowa", "polish press agency"), ("pap.pl",)),
    "JTA": (("jta", "jewish telegraphic agency"), ("jta.org",)),
}

# Outlets that are not wires: home domain → the name the outlet gives itself.
_OUTLET_DOMAINS: dict[str, str] = {
    "cnn.com": "CNN", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News",
    "foxnews.com": "Fox News", "npr.org": "NPR", "pbs.org": "PBS", "bbc.co.uk": "BBC", "bbc.com": "BBC",
    "theguardian.com": "The Guardian", "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times", "economist.com": "The Economist",
    "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times", "politico.com": "Politico",
    "politico.eu": "Politico", "axios.com": "Axios", "theatlantic.com": "The Atlantic", "vox.com": "Vox",
    "theverge.com": "The Verge", "wired.com": "Wired", "techcrunch.com": "TechCrunch", "engadget.com": "Engadget",
    "arstechnica.com": "Ars Technica", "businessinsider.com": "Business Insider", "insider.com": "Insider",
    "forbes.com": "Forbes", "fortune.com": "Fortune", "cnbc.com": "CNBC", "marketwatch.com": "MarketWatch",
    "time.com": "Time", "newsweek.com": "Newsweek", "huffpost.com": "HuffPost", "buzzfeednews.com": "BuzzFeed News",
    "theconversation.com": "The Conversation", "propublica.org": "ProPublica", "theintercept.com": "The Intercept",
    "scmp.com": "South China Morning Post", "straitstimes.com": "The Straits Times",
    "japantimes.co.jp": "The Japan Times",
    "thehindu.com": "The Hindu", "timesofindia.indiatimes.com": "The Times of India", "aljazeera.com": "Al Jazeera",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph", "dailymail.co.uk": "Daily Mail",
    "thetimes.co.uk": "The Times", "skynews.com": "Sky News", "news.sky.com": "Sky News", "euronews.com": "Euronews",
    "dw.com": "Deutsche Welle", "spiegel.de": "Der Spiegel", "zeit.de": "Die Zeit", "sueddeutsche.de":
    "Süddeutsche Zeitung", "faz.net": "Frankfurter Allgemeine Zeitung", "welt.de": "Welt", "tagesschau.de":
    "tagesschau", "handelsblatt.com": "Handelsblatt", "lemonde.fr": "Le Monde", "lefigaro.fr": "Le Figaro",
    "elpais.com": "El País", "corriere.it": "Corriere della Sera", "repubblica.it": "la Repubblica",
    "nikkei.com": "Nikkei", "asia.nikkei.com": "Nikkei Asia", "techwireasia.com": "Tech Wire Asia",
    "variety.com": "Variety", "deadline.com": "Deadline", "hollywoodreporter.com": "The Hollywood Reporter",
    "mashable.com": "Mashable", "zdnet.com": "ZDNet", "cnet.com": "CNET", "theregister.com": "The Register",
    "qz.com": "Quartz", "slate.com": "Slate", "salon.com": "Salon", "thehill.com": "The Hill",
    "nypost.com": "New York Post", "chicagotribune.com": "Chicago Tribune", "bostonglobe.com": "The Boston Globe",
    "smh.com.au": "The Sydney Morning Herald", "abc.net.au": "ABC News", "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail", "yahoo.com": "Yahoo", "msn.com": "MSN", "vice.com": "Vice",
    "livescience.com": "Live Science", "space.com": "Space.com", "phys.org": "Phys.org", "sciencealert.com":
    "ScienceAlert", "nature.com": "Nature", "sciencemag.org": "Science", "newscientist.com": "New Scientist",
    "kaiserhealthnews.org": "KFF Health News", "kffhealthnews.org": "KFF Health News", "stateline.org": "Stateline",
    "statesnewsroom.com": "States Newsroom", "theguardian.co.uk": "The Guardian",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "apnews.com": "Associated Press", "abcnews.com": "ABC News", "nbcnewyork.com": "NBC New York",
    "usnews.com": "U.S. News & World Report", "thedailybeast.com": "The Daily Beast", "motherjones.com": "Mother Jones",
    "newyorker.com": "The New Yorker", "nymag.com": "New York Magazine", "rollingstone.com": "Rolling Stone",
    "billboard.com": "Billboard", "people.com": "People", "eonline.com": "E! News", "tmz.com": "TMZ",
    "espn.com": "ESPN", "si.com": "Sports Illustrated", "theathletic.com": "The Athletic", "bleacherreport.com":
    "Bleacher Report", "cbssports.com": "CBS Sports", "foxbusiness.com": "Fox Business", "barrons.com": "Barron's",
    "investopedia.com": "Investopedia", "fool.com": "The Motley Fool", "seekingalpha.com": "Seeking Alpha",
    "benzinga.com": "Benzinga", "thestreet.com": "TheStreet", "kiplinger.com": "Kiplinger", "inc.com": "Inc.",
    "fastcompany.com": "Fast Company", "hbr.org": "Harvard Business Review", "venturebeat.com": "VentureBeat",
    "gizmodo.com": "Gizmodo", "lifehacker.com": "Lifehacker", "digitaltrends.com": "Digital Trends",
    "tomshardware.com": "Tom's Hardware", "theinformation.com": "The Information", "semafor.com": "Semafor",
    "thenextweb.com": "The Next Web", "9to5mac.com": "9to5Mac", "macrumors.com": "MacRumors",
    "coindesk.com": "CoinDesk", "cointelegraph.com": "Cointelegraph", "theblock.co": "The Block",
    "grist.org": "Grist", "insideclimatenews.org": "Inside Climate News", "carbonbrief.org": "Carbon Brief",
    "undark.org": "Undark", "statnews.com": "STAT", "healthline.com": "Healthline", "webmd.com": "WebMD",
    "medicalnewstoday.com": "Medical News Today", "psychologytoday.com": "Psychology Today",
    "scientificamerican.com": "Scientific American", "nationalgeographic.com": "National Geographic",
    "smithsonianmag.com": "Smithsonian Magazine", "eurekalert.org": "EurekAlert!", "sciencedaily.com": "ScienceDaily",
    "technologyreview.com": "MIT Technology Review", "quantamagazine.org": "Quanta Magazine",
    "thenation.com": "The Nation", "reason.com": "Reason", "nationalreview.com": "National Review",
    "washingtonexaminer.com": "Washington Examiner", "dailycaller.com": "The Daily Caller",
    "breitbart.com": "Breitbart",
    "realclearpolitics.com": "RealClearPolitics", "fivethirtyeight.com": "FiveThirtyEight", "rawstory.com": "Raw Story",
    "commondreams.org": "Common Dreams", "truthout.org": "Truthout", "theroot.com": "The Root",
    "timesofisrael.com": "The Times of Israel", "haaretz.com": "Haaretz", "jpost.com": "The Jerusalem Post",
    "middleeasteye.net": "Middle East Eye", "arabnews.com": "Arab News", "thenationalnews.com": "The National",
    "dawn.com": "Dawn", "hindustantimes.com": "Hindustan Times", "indianexpress.com": "The Indian Express",
    "ndtv.com": "NDTV", "livemint.com": "Mint", "economictimes.indiatimes.com": "The Economic Times",
    "business-standard.com": "Business Standard", "thewire.in": "The Wire", "scroll.in": "Scroll.in",
    "theprint.in": "ThePrint", "news18.com": "News18", "firstpost.com": "Firstpost", "deccanherald.com":
    "Deccan Herald", "thestar.com.my": "The Star", "malaymail.com": "Malay Mail", "bangkokpost.com": "Bangkok Post",
    "inquirer.net": "Philippine Daily Inquirer", "rappler.com": "Rappler", "koreaherald.com": "The Korea Herald",
    "koreatimes.co.kr": "The Korea Times", "koreajoongangdaily.joins.com": "Korea JoongAng Daily",
    "globaltimes.cn": "Global Times", "chinadaily.com.cn": "China Daily", "caixinglobal.com": "Caixin",
    "sixthtone.com": "Sixth Tone", "hongkongfp.com": "Hong Kong Free Press", "taipeitimes.com": "Taipei Times",
    "focustaiwan.tw": "Focus Taiwan", "asahi.com": "The Asahi Shimbun", "mainichi.jp": "The Mainichi",
    "yomiuri.co.jp": "The Yomiuri Shimbun", "nhk.or.jp": "NHK", "theage.com.au": "The Age",
    "theaustralian.com.au": "The Australian", "news.com.au": "news.com.au", "nzherald.co.nz": "The New Zealand Herald",
    "stuff.co.nz": "Stuff", "rnz.co.nz": "RNZ", "globalnews.ca": "Global News", "ctvnews.ca": "CTV News",
    "nationalpost.com": "National Post", "thestar.com": "Toronto Star", "irishtimes.com": "The Irish Times",
    "rte.ie": "RTÉ", "scotsman.com": "The Scotsman", "standard.co.uk": "Evening Standard", "mirror.co.uk": "Mirror",
    "thesun.co.uk": "The Sun", "express.co.uk": "Express", "metro.co.uk": "Metro", "inews.co.uk": "i",
    "newstatesman.com": "New Statesman", "spectator.co.uk": "The Spectator", "channel4.com": "Channel 4 News",
    "itv.com": "ITV News", "france24.com": "France 24", "rfi.fr": "RFI", "liberation.fr": "Libération",
    "lesechos.fr": "Les Echos", "20minutes.fr": "20 Minutes", "francetvinfo.fr": "franceinfo", "lepoint.fr": "Le Point",
    "lexpress.fr": "L'Express", "nouvelobs.com": "L'Obs", "ouest-france.fr": "Ouest-France", "elmundo.es": "El Mundo",
    "abc.es": "ABC", "lavanguardia.com": "La Vanguardia", "eldiario.es": "elDiario.es", "clarin.com": "Clarín",
    "lanacion.com.ar": "La Nación", "infobae.com": "Infobae", "eluniversal.com.mx": "El Universal",
    "milenio.com": "Milenio", "folha.uol.com.br": "Folha de S.Paulo", "globo.com": "Globo", "estadao.com.br":
    "O Estado de S. Paulo", "publico.pt": "Público", "lastampa.it": "La Stampa", "ilsole24ore.com": "Il Sole 24 Ore",
    "ilfattoquotidiano.it": "Il Fatto Quotidiano", "nos.nl": "NOS", "nrc.nl": "NRC", "volkskrant.nl": "de Volkskrant",
    "derstandard.at": "Der Standard", "diepresse.com": "Die Presse", "krone.at": "Kronen Zeitung", "orf.at": "ORF",
    "nzz.ch": "Neue Zürcher Zeitung", "tagesanzeiger.ch": "Tages-Anzeiger", "srf.ch": "SRF", "bild.de": "Bild",
    "stern.de": "Stern", "focus.de": "Focus", "n-tv.de": "n-tv", "tagesspiegel.de": "Der Tagesspiegel",
    "taz.de": "taz", "fr.de": "Frankfurter Rundschau", "rnd.de": "RedaktionsNetzwerk Deutschland",
    "merkur.de": "Merkur", "t-online.de": "t-online", "heise.de": "heise online", "golem.de": "Golem.de",
    "netzpolitik.org": "netzpolitik.org", "deutschlandfunk.de": "Deutschlandfunk", "br.de": "BR", "ndr.de": "NDR",
    "wdr.de": "WDR", "swr.de": "SWR", "mdr.de": "MDR", "hr.de": "hr", "zdf.de": "ZDF", "ard.de": "ARD",
    "handelsblatt.de": "Handelsblatt", "wiwo.de": "WirtschaftsWoche", "manager-magazin.de": "manager magazin",
    "capital.de": "Capital", "businessinsider.de": "Business Insider", "meduza.io": "Meduza", "kyivindependent.com":
    "The Kyiv Independent", "pravda.com.ua": "Ukrainska Pravda", "themoscowtimes.com": "The Moscow Times",
    "balkaninsight.com": "Balkan Insight", "notesfrompoland.com": "Notes from Poland", "euractiv.com": "Euractiv",
    "euobserver.com": "EUobserver", "devex.com": "Devex", "thenewhumanitarian.org": "The New Humanitarian",
    "allafrica.com": "AllAfrica", "news24.com": "News24", "dailymaverick.co.za": "Daily Maverick",
    "nation.africa": "Nation", "premiumtimesng.com": "Premium Times", "theguardian.ng": "The Guardian Nigeria",
    "mercurynews.com": "The Mercury News", "sfchronicle.com": "San Francisco Chronicle", "seattletimes.com":
    "The Seattle Times", "miamiherald.com": "Miami Herald", "dallasnews.com": "The Dallas Morning News",
    "houstonchronicle.com": "Houston Chronicle", "denverpost.com": "The Denver Post", "startribune.com": "Star Tribune",
    "philly.com": "The Philadelphia Inquirer", "inquirer.com": "The Philadelphia Inquirer", "ajc.com":
    "The Atlanta Journal-Constitution", "tampabay.com": "Tampa Bay Times", "texastribune.org": "The Texas Tribune",
    "calmatters.org": "CalMatters", "chalkbeat.org": "Chalkbeat", "the74million.org": "The 74",
    "hechingerreport.org": "The Hechinger Report", "civilbeat.org": "Honolulu Civil Beat", "marketplace.org":
    "Marketplace", "wbur.org": "WBUR", "wnyc.org": "WNYC", "kqed.org": "KQED", "opb.org": "OPB",
    "voanews.com": "Voice of America", "globalvoices.org": "Global Voices", "eurasianet.org": "Eurasianet",
}  # fmt: skip

_BY_SPELLING = {spelling: name for name, (spellings, _) in _AGENCIES.items() for spelling in spellings}
_NAME_OF_DOMAIN = {
    **_OUTLET_DOMAINS,
    **{domain: name for name, (_, domains) in _AGENCIES.items() for domain in domains},
}
_AGENCY_DOMAINS = {name: domains for name, (_, domains) in _AGENCIES.items()}

_BY_OUTLET_NAME = {name.casefold(): name for name in _OUTLET_DOMAINS.values()}

_DATELINE_NAMES = [name for name in _BY_OUTLET_NAME.values() if len(name) >= 3 and sum(c.isupper() for c in name) >= 2]
OUTLET_PATTERN = "(?-i:" + "|".join(sorted(map(re.escape, _DATELINE_NAMES), key=len, reverse=True)) + ")"
"""A case-sensitive alternation of the listed outlet names distinctive enough for a dateline ("CNN", "NBC News";
not one capitalised word such as "Reason")."""

AGENCY_PATTERN = "|".join(
    sorted((re.escape(spelling) for spelling in _BY_SPELLING if len(spelling) > 1), key=len, reverse=True)
)
"""A regular-expression alternation of every agency spelling (match case-insensitively)."""

CREDIT_LINE = re.compile(
    r"^\W{0,3}(?:(?:source|sources|quelle|quellen|fuente|fonte|text|autor|author|with inputs from|"
    r"mit material von|material)\s*:?\s*)?"
    rf"(?:\w{{2,4}}\s*/\s*)?(?P<agency>{AGENCY_PATTERN})(?:\s*[/,]\s*\w[\w-]*)*\W{{0,3}}$",
    re.IGNORECASE,
)
"""A line that is only a wire credit: "(AFP)", "— PTI", "Quelle: dpa", "dpa/AFP"."""

COPYRIGHT_CREDIT = re.compile(
    rf"^\W{{0,3}}(?:copyright|©|\(c\))\s*(?:\d{{4}}\s*)?(?:the\s+)?(?P<agency>{AGENCY_PATTERN})\b",
    re.IGNORECASE,
)
"""A story's copyright line naming a wire: "Copyright 2023 The Associated Press. All rights reserved."."""

SOURCE_LABEL = re.compile(r"^\W{0,3}(?:quelle|source|fuente|fonte|original)\s*:\s*$", re.IGNORECASE)
"""A "Quelle:" / "Source:" label whose source follows in a link."""

REUTERS_TRAILER = re.compile(r"^\W{0,3}(?:additional\s+)?reporting by\b.{3,300}\bediting by\b", re.IGNORECASE)
"""The closing "(Reporting by A; Editing by B)" line of a Reuters story."""


def agency_name(text: str) -> str | None:
    """The agency's usual name if ``text`` (e.g. "The Associated Press", "dpa") names a wire agency, else None."""
    key = " ".join(text.casefold().replace("\u00a0", " ").split()).strip(" .,;:()[]")
    return _BY_SPELLING.get(key)


def outlet_name(text: str) -> str | None:
    """The usual name of the wire agency or listed outlet ``text`` names ("the associated press", "CNN"), else None."""
    key = " ".join(text.casefold().split()).strip(" .,;:()[]")
    return _BY_SPELLING.get(key) or _BY_OUTLET_NAME.get(key) or _BY_OUTLET_NAME.get(f"the {key}")


def outlet_of_domain(host: str | None) -> str | None:
    """The name of the outlet or agency at ``host`` (a host name or registrable domain), if it is a known one."""
    if not host:
        return None
    host = host.casefold().removeprefix("www.")
    while host:
        name = _NAME_OF_DOMAIN.get(host)
        if name:
            return name
        _, _, host = host.partition(".")
        if "." not in host:
            return None
    return None


def agency_home(agency: str, host: str | None) -> bool:
    """Whether ``host`` is (a sub-domain of) one of the agency's own domains: its own story, not a republication."""
    if not host:
        return False
    host = host.casefold().removeprefix("www.")
    return any(host == domain or host.endswith(f".{domain}") for domain in _AGENCY_DOMAINS.get(agency, ()))


__all__ = [
    "AGENCY_PATTERN",
    "COPYRIGHT_CREDIT",
    "CREDIT_LINE",
    "OUTLET_PATTERN",
    "REUTERS_TRAILER",
    "SOURCE_LABEL",
    "agency_home",
    "agency_name",
    "outlet_of_domain",
]
