"""Wire agencies and well-known outlets: their usual spellings and home domains, one list for the whole parser.

The byline and origin extractors read agency spellings ("The Associated Press" → "Associated Press"); the origin
extractor names an outlet from its domain ("nbcnews.com" → "NBC News") and tells a wire's own story on its own site
from a republished one; the citation extractor takes any listed name or spelling as an outlet ("the FT reported").
"""

from __future__ import annotations

import re

WIRE, OUTLET = True, False  # the first field of a row

# Every wire agency and well-known outlet: usual name → (is a wire agency, other spellings, home domains). Spellings
# are matched case-insensitively; the usual name is always one. The byline and origin extractors read a wire's
# spellings as the wire ("The Associated Press", "(AP)"); every name and spelling is an outlet for ``citations``.
_OUTLETS: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    # wire agencies
    "Reuters": (WIRE, ("thomson reuters",), ("reuters.com",)),
    "Associated Press": (WIRE, ("ap", "the associated press", "a.p."), ("apnews.com", "ap.org")),
    "AFP": (WIRE, ("agence france-presse", "agence france presse", "agence france press"), ("afp.com",)),
    "dpa": (WIRE, ("dpa-infocom", "deutsche presse-agentur", "deutsche presse agentur"), ("dpa.com", "dpa.de")),
    "dpa-AFX": (WIRE, ("dpa afx",), ("dpa-afx.de",)), "Bloomberg": (WIRE, ("bloomberg news",), ("bloomberg.com",)),
    "PA Media": (WIRE, ("pa", "press association", "pa wire"), ("pamediagroup.com",)),
    "ANI": (WIRE, ("asian news international",), ("aninews.in",)),
    "PTI": (WIRE, ("press trust of india",), ("ptinews.com",)), "IANS": (WIRE, (), ("ians.in",)),
    "Xinhua": (WIRE, ("xinhua news agency",), ("xinhuanet.com", "news.cn")),
    "EFE": (WIRE, ("agencia efe",), ("efe.com",)), "ANSA": (WIRE, (), ("ansa.it",)),
    "UPI": (WIRE, ("united press international",), ("upi.com",)), "Kyodo News": (WIRE, ("kyodo",), ("kyodonews.net",)),
    "Yonhap": (WIRE, ("yonhap news agency",), ("yna.co.kr", "yonhapnews.co.kr")),
    "Bernama": (WIRE, (), ("bernama.com",)), "APA": (WIRE, ("austria presse agentur",), ("apa.at",)),
    "KNA": (WIRE, (), ("kna.de",)), "epd": (WIRE, (), ("epd.de",)),
    "SID": (WIRE, ("sport-informations-dienst",), ("sid.de",)), "Keystone-SDA": (WIRE, ("sda",), ("keystone-sda.ch",)),
    "TASS": (WIRE, (), ("tass.com", "tass.ru")), "Anadolu Agency": (WIRE, ("anadolu", "aa"), ("aa.com.tr",)),
    "CNA": (WIRE, (), ("channelnewsasia.com",)), "Jiji Press": (WIRE, ("jiji",), ("jiji.com",)),
    "Canadian Press": (WIRE, ("the canadian press", "cp"), ("thecanadianpress.com",)),
    "AAP": (WIRE, ("australian associated press",), ("aap.com.au",)), "Antara": (WIRE, (), ("antaranews.com",)),
    "Interfax": (WIRE, (), ("interfax.com", "interfax.ru")), "Europa Press": (WIRE, (), ("europapress.es",)),
    "SP-X": (WIRE, ("spot press services",), ()),
    "PAP": (WIRE, ("polska agencja prasowa", "polish press agency"), ("pap.pl",)),
    "JTA": (WIRE, ("jewish telegraphic agency",), ("jta.org",)),
    # other outlets
    "CNN": (OUTLET, (), ("cnn.com",)), "NBC News": (OUTLET, ("nbc",), ("nbcnews.com",)),
    "CBS News": (OUTLET, ("cbs",), ("cbsnews.com",)),
    "ABC News": (OUTLET, ("abc",), ("abcnews.go.com", "abc.net.au", "abcnews.com")),
    "Fox News": (OUTLET, (), ("foxnews.com",)), "NPR": (OUTLET, (), ("npr.org",)), "PBS": (OUTLET, (), ("pbs.org",)),
    "BBC": (OUTLET, ("bbc news",), ("bbc.co.uk", "bbc.com")),
    "The Guardian": (OUTLET, (), ("theguardian.com", "theguardian.co.uk")),
    "The New York Times": (OUTLET, ("nyt",), ("nytimes.com",)),
    "The Washington Post": (OUTLET, (), ("washingtonpost.com",)),
    "The Wall Street Journal": (OUTLET, ("wsj",), ("wsj.com",)), "Financial Times": (OUTLET, ("ft",), ("ft.com",)),
    "The Economist": (OUTLET, (), ("economist.com",)), "USA Today": (OUTLET, (), ("usatoday.com",)),
    "Los Angeles Times": (OUTLET, (), ("latimes.com",)), "Politico": (OUTLET, (), ("politico.com", "politico.eu")),
    "Axios": (OUTLET, (), ("axios.com",)), "The Atlantic": (OUTLET, (), ("theatlantic.com",)),
    "Vox": (OUTLET, (), ("vox.com",)), "The Verge": (OUTLET, (), ("theverge.com",)),
    "Wired": (OUTLET, (), ("wired.com",)), "TechCrunch": (OUTLET, (), ("techcrunch.com",)),
    "Engadget": (OUTLET, (), ("engadget.com",)), "Ars Technica": (OUTLET, (), ("arstechnica.com",)),
    "Business Insider": (OUTLET, (), ("businessinsider.com", "businessinsider.de")),
    "Insider": (OUTLET, (), ("insider.com",)), "Forbes": (OUTLET, (), ("forbes.com",)),
    "Fortune": (OUTLET, (), ("fortune.com",)), "CNBC": (OUTLET, (), ("cnbc.com",)),
    "MarketWatch": (OUTLET, (), ("marketwatch.com",)), "Time": (OUTLET, (), ("time.com",)),
    "Newsweek": (OUTLET, (), ("newsweek.com",)), "HuffPost": (OUTLET, (), ("huffpost.com",)),
    "BuzzFeed News": (OUTLET, (), ("buzzfeednews.com",)), "The Conversation": (OUTLET, (), ("theconversation.com",)),
    "ProPublica": (OUTLET, (), ("propublica.org",)), "The Intercept": (OUTLET, (), ("theintercept.com",)),
    "South China Morning Post": (OUTLET, ("scmp",), ("scmp.com",)),
    "The Straits Times": (OUTLET, (), ("straitstimes.com",)), "The Japan Times": (OUTLET, (), ("japantimes.co.jp",)),
    "The Hindu": (OUTLET, (), ("thehindu.com",)), "The Times of India": (OUTLET, (), ("timesofindia.indiatimes.com",)),
    "Al Jazeera": (OUTLET, (), ("aljazeera.com",)), "The Independent": (OUTLET, (), ("independent.co.uk",)),
    "The Telegraph": (OUTLET, (), ("telegraph.co.uk",)), "Daily Mail": (OUTLET, (), ("dailymail.co.uk",)),
    "The Times": (OUTLET, (), ("thetimes.co.uk",)), "Sky News": (OUTLET, (), ("skynews.com", "news.sky.com")),
    "Euronews": (OUTLET, (), ("euronews.com",)), "Deutsche Welle": (OUTLET, (), ("dw.com",)),
    "Der Spiegel": (OUTLET, (), ("spiegel.de",)), "Die Zeit": (OUTLET, (), ("zeit.de",)),
    "Süddeutsche Zeitung": (OUTLET, (), ("sueddeutsche.de",)),
    "Frankfurter Allgemeine Zeitung": (OUTLET, ("faz",), ("faz.net",)), "Welt": (OUTLET, (), ("welt.de",)),
    "tagesschau": (OUTLET, (), ("tagesschau.de",)),
    "Handelsblatt": (OUTLET, (), ("handelsblatt.com", "handelsblatt.de")), "Le Monde": (OUTLET, (), ("lemonde.fr",)),
    "Le Figaro": (OUTLET, (), ("lefigaro.fr",)), "El País": (OUTLET, (), ("elpais.com",)),
    "Corriere della Sera": (OUTLET, (), ("corriere.it",)), "la Repubblica": (OUTLET, (), ("repubblica.it",)),
    "Nikkei": (OUTLET, (), ("nikkei.com",)), "Nikkei Asia": (OUTLET, ("nikkei asian review",), ("asia.nikkei.com",)),
    "Tech Wire Asia": (OUTLET, (), ("techwireasia.com",)), "Variety": (OUTLET, (), ("variety.com",)),
    "Deadline": (OUTLET, (), ("deadline.com",)), "The Hollywood Reporter": (OUTLET, (), ("hollywoodreporter.com",)),
    "Mashable": (OUTLET, (), ("mashable.com",)), "ZDNet": (OUTLET, (), ("zdnet.com",)),
    "CNET": (OUTLET, (), ("cnet.com",)), "The Register": (OUTLET, (), ("theregister.com",)),
    "Quartz": (OUTLET, (), ("qz.com",)), "Slate": (OUTLET, (), ("slate.com",)), "Salon": (OUTLET, (), ("salon.com",)),
    "The Hill": (OUTLET, (), ("thehill.com",)), "New York Post": (OUTLET, (), ("nypost.com",)),
    "Chicago Tribune": (OUTLET, (), ("chicagotribune.com",)), "The Boston Globe": (OUTLET, (), ("bostonglobe.com",)),
    "The Sydney Morning Herald": (OUTLET, (), ("smh.com.au",)), "CBC News": (OUTLET, (), ("cbc.ca",)),
    "The Globe and Mail": (OUTLET, (), ("theglobeandmail.com",)), "Yahoo": (OUTLET, (), ("yahoo.com",)),
    "MSN": (OUTLET, (), ("msn.com",)), "Vice": (OUTLET, (), ("vice.com",)),
    "Live Science": (OUTLET, (), ("livescience.com",)), "Space.com": (OUTLET, (), ("space.com",)),
    "Phys.org": (OUTLET, (), ("phys.org",)), "ScienceAlert": (OUTLET, (), ("sciencealert.com",)),
    "Nature": (OUTLET, (), ("nature.com",)), "Science": (OUTLET, (), ("sciencemag.org",)),
    "New Scientist": (OUTLET, (), ("newscientist.com",)),
    "KFF Health News": (OUTLET, (), ("kaiserhealthnews.org", "kffhealthnews.org")),
    "Stateline": (OUTLET, (), ("stateline.org",)), "States Newsroom": (OUTLET, (), ("statesnewsroom.com",)),
    "Radio Free Europe/Radio Liberty": (OUTLET, (), ("rferl.org",)), "NBC New York": (OUTLET, (), ("nbcnewyork.com",)),
    "U.S. News & World Report": (OUTLET, (), ("usnews.com",)), "The Daily Beast": (OUTLET, (), ("thedailybeast.com",)),
    "Mother Jones": (OUTLET, (), ("motherjones.com",)), "The New Yorker": (OUTLET, (), ("newyorker.com",)),
    "New York Magazine": (OUTLET, (), ("nymag.com",)), "Rolling Stone": (OUTLET, (), ("rollingstone.com",)),
    "Billboard": (OUTLET, (), ("billboard.com",)), "People": (OUTLET, (), ("people.com",)),
    "E! News": (OUTLET, (), ("eonline.com",)), "TMZ": (OUTLET, (), ("tmz.com",)), "ESPN": (OUTLET, (), ("espn.com",)),
    "Sports Illustrated": (OUTLET, (), ("si.com",)), "The Athletic": (OUTLET, (), ("theathletic.com",)),
    "Bleacher Report": (OUTLET, (), ("bleacherreport.com",)), "CBS Sports": (OUTLET, (), ("cbssports.com",)),
    "Fox Business": (OUTLET, (), ("foxbusiness.com",)), "Barron's": (OUTLET, (), ("barrons.com",)),
    "Investopedia": (OUTLET, (), ("investopedia.com",)), "The Motley Fool": (OUTLET, (), ("fool.com",)),
    "Seeking Alpha": (OUTLET, (), ("seekingalpha.com",)), "Benzinga": (OUTLET, (), ("benzinga.com",)),
    "TheStreet": (OUTLET, (), ("thestreet.com",)), "Kiplinger": (OUTLET, (), ("kiplinger.com",)),
    "Inc.": (OUTLET, (), ("inc.com",)), "Fast Company": (OUTLET, (), ("fastcompany.com",)),
    "Harvard Business Review": (OUTLET, (), ("hbr.org",)), "VentureBeat": (OUTLET, (), ("venturebeat.com",)),
    "Gizmodo": (OUTLET, (), ("gizmodo.com",)), "Lifehacker": (OUTLET, (), ("lifehacker.com",)),
    "Digital Trends": (OUTLET, (), ("digitaltrends.com",)), "Tom's Hardware": (OUTLET, (), ("tomshardware.com",)),
    "The Information": (OUTLET, (), ("theinformation.com",)), "Semafor": (OUTLET, (), ("semafor.com",)),
    "The Next Web": (OUTLET, (), ("thenextweb.com",)), "9to5Mac": (OUTLET, (), ("9to5mac.com",)),
    "MacRumors": (OUTLET, (), ("macrumors.com",)), "CoinDesk": (OUTLET, (), ("coindesk.com",)),
    "Cointelegraph": (OUTLET, (), ("cointelegraph.com",)), "The Block": (OUTLET, (), ("theblock.co",)),
    "Grist": (OUTLET, (), ("grist.org",)), "Inside Climate News": (OUTLET, (), ("insideclimatenews.org",)),
    "Carbon Brief": (OUTLET, (), ("carbonbrief.org",)), "Undark": (OUTLET, (), ("undark.org",)),
    "STAT": (OUTLET, (), ("statnews.com",)), "Healthline": (OUTLET, (), ("healthline.com",)),
    "WebMD": (OUTLET, (), ("webmd.com",)), "Medical News Today": (OUTLET, (), ("medicalnewstoday.com",)),
    "Psychology Today": (OUTLET, (), ("psychologytoday.com",)),
    "Scientific American": (OUTLET, (), ("scientificamerican.com",)),
    "National Geographic": (OUTLET, (), ("nationalgeographic.com",)),
    "Smithsonian Magazine": (OUTLET, (), ("smithsonianmag.com",)), "EurekAlert!": (OUTLET, (), ("eurekalert.org",)),
    "ScienceDaily": (OUTLET, (), ("sciencedaily.com",)),
    "MIT Technology Review": (OUTLET, (), ("technologyreview.com",)),
    "Quanta Magazine": (OUTLET, (), ("quantamagazine.org",)), "The Nation": (OUTLET, (), ("thenation.com",)),
    "Reason": (OUTLET, (), ("reason.com",)), "National Review": (OUTLET, (), ("nationalreview.com",)),
    "Washington Examiner": (OUTLET, (), ("washingtonexaminer.com",)),
    "The Daily Caller": (OUTLET, (), ("dailycaller.com",)), "Breitbart": (OUTLET, (), ("breitbart.com",)),
    "RealClearPolitics": (OUTLET, (), ("realclearpolitics.com",)),
    "FiveThirtyEight": (OUTLET, (), ("fivethirtyeight.com",)), "Raw Story": (OUTLET, (), ("rawstory.com",)),
    "Common Dreams": (OUTLET, (), ("commondreams.org",)), "Truthout": (OUTLET, (), ("truthout.org",)),
    "The Root": (OUTLET, (), ("theroot.com",)), "The Times of Israel": (OUTLET, (), ("timesofisrael.com",)),
    "Haaretz": (OUTLET, (), ("haaretz.com",)), "The Jerusalem Post": (OUTLET, (), ("jpost.com",)),
    "Middle East Eye": (OUTLET, (), ("middleeasteye.net",)), "Arab News": (OUTLET, (), ("arabnews.com",)),
    "The National": (OUTLET, (), ("thenationalnews.com",)), "Dawn": (OUTLET, (), ("dawn.com",)),
    "Hindustan Times": (OUTLET, (), ("hindustantimes.com",)),
    "The Indian Express": (OUTLET, (), ("indianexpress.com",)), "NDTV": (OUTLET, (), ("ndtv.com",)),
    "Mint": (OUTLET, (), ("livemint.com",)), "The Economic Times": (OUTLET, (), ("economictimes.indiatimes.com",)),
    "Business Standard": (OUTLET, (), ("business-standard.com",)), "The Wire": (OUTLET, (), ("thewire.in",)),
    "Scroll.in": (OUTLET, (), ("scroll.in",)), "ThePrint": (OUTLET, (), ("theprint.in",)),
    "News18": (OUTLET, (), ("news18.com",)), "Firstpost": (OUTLET, (), ("firstpost.com",)),
    "Deccan Herald": (OUTLET, (), ("deccanherald.com",)), "The Star": (OUTLET, (), ("thestar.com.my",)),
    "Malay Mail": (OUTLET, (), ("malaymail.com",)), "Bangkok Post": (OUTLET, (), ("bangkokpost.com",)),
    "Philippine Daily Inquirer": (OUTLET, (), ("inquirer.net",)), "Rappler": (OUTLET, (), ("rappler.com",)),
    "The Korea Herald": (OUTLET, (), ("koreaherald.com",)), "The Korea Times": (OUTLET, (), ("koreatimes.co.kr",)),
    "Korea JoongAng Daily": (OUTLET, (), ("koreajoongangdaily.joins.com",)),
    "Global Times": (OUTLET, (), ("globaltimes.cn",)), "China Daily": (OUTLET, (), ("chinadaily.com.cn",)),
    "Caixin": (OUTLET, (), ("caixinglobal.com",)), "Sixth Tone": (OUTLET, (), ("sixthtone.com",)),
    "Hong Kong Free Press": (OUTLET, (), ("hongkongfp.com",)), "Taipei Times": (OUTLET, (), ("taipeitimes.com",)),
    "Focus Taiwan": (OUTLET, (), ("focustaiwan.tw",)), "The Asahi Shimbun": (OUTLET, ("asahi",), ("asahi.com",)),
    "The Mainichi": (OUTLET, (), ("mainichi.jp",)), "The Yomiuri Shimbun": (OUTLET, ("yomiuri",), ("yomiuri.co.jp",)),
    "NHK": (OUTLET, (), ("nhk.or.jp",)), "The Age": (OUTLET, (), ("theage.com.au",)),
    "The Australian": (OUTLET, (), ("theaustralian.com.au",)), "news.com.au": (OUTLET, (), ("news.com.au",)),
    "The New Zealand Herald": (OUTLET, (), ("nzherald.co.nz",)), "Stuff": (OUTLET, (), ("stuff.co.nz",)),
    "RNZ": (OUTLET, (), ("rnz.co.nz",)), "Global News": (OUTLET, (), ("globalnews.ca",)),
    "CTV News": (OUTLET, (), ("ctvnews.ca",)), "National Post": (OUTLET, (), ("nationalpost.com",)),
    "Toronto Star": (OUTLET, (), ("thestar.com",)), "The Irish Times": (OUTLET, (), ("irishtimes.com",)),
    "RTÉ": (OUTLET, (), ("rte.ie",)), "The Scotsman": (OUTLET, (), ("scotsman.com",)),
    "Evening Standard": (OUTLET, (), ("standard.co.uk",)), "Mirror": (OUTLET, (), ("mirror.co.uk",)),
    "The Sun": (OUTLET, (), ("thesun.co.uk",)), "Express": (OUTLET, (), ("express.co.uk",)),
    "Metro": (OUTLET, (), ("metro.co.uk",)), "i": (OUTLET, (), ("inews.co.uk",)),
    "New Statesman": (OUTLET, (), ("newstatesman.com",)), "The Spectator": (OUTLET, (), ("spectator.co.uk",)),
    "Channel 4 News": (OUTLET, (), ("channel4.com",)), "ITV News": (OUTLET, (), ("itv.com",)),
    "France 24": (OUTLET, (), ("france24.com",)), "RFI": (OUTLET, (), ("rfi.fr",)),
    "Libération": (OUTLET, (), ("liberation.fr",)), "Les Echos": (OUTLET, (), ("lesechos.fr",)),
    "20 Minutes": (OUTLET, (), ("20minutes.fr",)), "franceinfo": (OUTLET, (), ("francetvinfo.fr",)),
    "Le Point": (OUTLET, (), ("lepoint.fr",)), "L'Express": (OUTLET, (), ("lexpress.fr",)),
    "L'Obs": (OUTLET, (), ("nouvelobs.com",)), "Ouest-France": (OUTLET, (), ("ouest-france.fr",)),
    "El Mundo": (OUTLET, (), ("elmundo.es",)), "ABC": (OUTLET, (), ("abc.es",)),
    "La Vanguardia": (OUTLET, (), ("lavanguardia.com",)), "elDiario.es": (OUTLET, (), ("eldiario.es",)),
    "Clarín": (OUTLET, (), ("clarin.com",)), "La Nación": (OUTLET, (), ("lanacion.com.ar",)),
    "Infobae": (OUTLET, (), ("infobae.com",)), "El Universal": (OUTLET, (), ("eluniversal.com.mx",)),
    "Milenio": (OUTLET, (), ("milenio.com",)), "Folha de S.Paulo": (OUTLET, (), ("folha.uol.com.br",)),
    "Globo": (OUTLET, (), ("globo.com",)), "O Estado de S. Paulo": (OUTLET, (), ("estadao.com.br",)),
    "Público": (OUTLET, (), ("publico.pt",)), "La Stampa": (OUTLET, (), ("lastampa.it",)),
    "Il Sole 24 Ore": (OUTLET, (), ("ilsole24ore.com",)),
    "Il Fatto Quotidiano": (OUTLET, (), ("ilfattoquotidiano.it",)), "NOS": (OUTLET, (), ("nos.nl",)),
    "NRC": (OUTLET, (), ("nrc.nl",)), "de Volkskrant": (OUTLET, (), ("volkskrant.nl",)),
    "Der Standard": (OUTLET, (), ("derstandard.at",)), "Die Presse": (OUTLET, (), ("diepresse.com",)),
    "Kronen Zeitung": (OUTLET, (), ("krone.at",)), "ORF": (OUTLET, (), ("orf.at",)),
    "Neue Zürcher Zeitung": (OUTLET, (), ("nzz.ch",)), "Tages-Anzeiger": (OUTLET, (), ("tagesanzeiger.ch",)),
    "SRF": (OUTLET, (), ("srf.ch",)), "Bild": (OUTLET, (), ("bild.de",)), "Stern": (OUTLET, (), ("stern.de",)),
    "Focus": (OUTLET, (), ("focus.de",)), "n-tv": (OUTLET, (), ("n-tv.de",)),
    "Der Tagesspiegel": (OUTLET, (), ("tagesspiegel.de",)), "taz": (OUTLET, (), ("taz.de",)),
    "Frankfurter Rundschau": (OUTLET, (), ("fr.de",)), "RedaktionsNetzwerk Deutschland": (OUTLET, (), ("rnd.de",)),
    "Merkur": (OUTLET, (), ("merkur.de",)), "t-online": (OUTLET, (), ("t-online.de",)),
    "heise online": (OUTLET, (), ("heise.de",)), "Golem.de": (OUTLET, (), ("golem.de",)),
    "netzpolitik.org": (OUTLET, (), ("netzpolitik.org",)), "Deutschlandfunk": (OUTLET, (), ("deutschlandfunk.de",)),
    "BR": (OUTLET, (), ("br.de",)), "NDR": (OUTLET, (), ("ndr.de",)), "WDR": (OUTLET, (), ("wdr.de",)),
    "SWR": (OUTLET, (), ("swr.de",)), "MDR": (OUTLET, (), ("mdr.de",)), "hr": (OUTLET, (), ("hr.de",)),
    "ZDF": (OUTLET, (), ("zdf.de",)), "ARD": (OUTLET, (), ("ard.de",)), "WirtschaftsWoche": (OUTLET, (), ("wiwo.de",)),
    "manager magazin": (OUTLET, (), ("manager-magazin.de",)), "Capital": (OUTLET, (), ("capital.de",)),
    "Meduza": (OUTLET, (), ("meduza.io",)), "The Kyiv Independent": (OUTLET, (), ("kyivindependent.com",)),
    "Ukrainska Pravda": (OUTLET, (), ("pravda.com.ua",)), "The Moscow Times": (OUTLET, (), ("themoscowtimes.com",)),
    "Balkan Insight": (OUTLET, (), ("balkaninsight.com",)), "Notes from Poland": (OUTLET, (), ("notesfrompoland.com",)),
    "Euractiv": (OUTLET, (), ("euractiv.com",)), "EUobserver": (OUTLET, (), ("euobserver.com",)),
    "Devex": (OUTLET, (), ("devex.com",)), "The New Humanitarian": (OUTLET, (), ("thenewhumanitarian.org",)),
    "AllAfrica": (OUTLET, (), ("allafrica.com",)), "News24": (OUTLET, (), ("news24.com",)),
    "Daily Maverick": (OUTLET, (), ("dailymaverick.co.za",)), "Nation": (OUTLET, (), ("nation.africa",)),
    "Premium Times": (OUTLET, (), ("premiumtimesng.com",)), "The Guardian Nigeria": (OUTLET, (), ("theguardian.ng",)),
    "The Mercury News": (OUTLET, (), ("mercurynews.com",)),
    "San Francisco Chronicle": (OUTLET, (), ("sfchronicle.com",)),
    "The Seattle Times": (OUTLET, (), ("seattletimes.com",)), "Miami Herald": (OUTLET, (), ("miamiherald.com",)),
    "The Dallas Morning News": (OUTLET, (), ("dallasnews.com",)),
    "Houston Chronicle": (OUTLET, (), ("houstonchronicle.com",)), "The Denver Post": (OUTLET, (), ("denverpost.com",)),
    "Star Tribune": (OUTLET, (), ("startribune.com",)),
    "The Philadelphia Inquirer": (OUTLET, (), ("philly.com", "inquirer.com")),
    "The Atlanta Journal-Constitution": (OUTLET, (), ("ajc.com",)), "Tampa Bay Times": (OUTLET, (), ("tampabay.com",)),
    "The Texas Tribune": (OUTLET, (), ("texastribune.org",)), "CalMatters": (OUTLET, (), ("calmatters.org",)),
    "Chalkbeat": (OUTLET, (), ("chalkbeat.org",)), "The 74": (OUTLET, (), ("the74million.org",)),
    "The Hechinger Report": (OUTLET, (), ("hechingerreport.org",)),
    "Honolulu Civil Beat": (OUTLET, (), ("civilbeat.org",)), "Marketplace": (OUTLET, (), ("marketplace.org",)),
    "WBUR": (OUTLET, (), ("wbur.org",)), "WNYC": (OUTLET, (), ("wnyc.org",)), "KQED": (OUTLET, (), ("kqed.org",)),
    "OPB": (OUTLET, (), ("opb.org",)), "Voice of America": (OUTLET, (), ("voanews.com",)),
    "Global Voices": (OUTLET, (), ("globalvoices.org",)), "Eurasianet": (OUTLET, (), ("eurasianet.org",)),
    "Dow Jones": (OUTLET, (), ("dowjones.com",)), "DigiTimes": (OUTLET, (), ("digitimes.com",)),
    "RIA Novosti": (OUTLET, ("ria",), ("ria.ru",)), "Kommersant": (OUTLET, (), ("kommersant.ru",)),
    "Vedomosti": (OUTLET, (), ("vedomosti.ru",)), "People's Daily": (OUTLET, (), ("people.com.cn",)),
    "RTL": (OUTLET, (), ("rtl.de",)), "MSNBC": (OUTLET, (), ("msnbc.com",)), "The Sunday Times": (OUTLET, (), ()),
    "The Daily Telegraph": (OUTLET, (), ()),
}  # fmt: skip

_WIRES = {name: row for name, row in _OUTLETS.items() if row[0] is WIRE}
_BY_SPELLING = {
    spelling: name for name, (_, spellings, _) in _WIRES.items() for spelling in (name.casefold(), *spellings)
}
_NAME_OF_DOMAIN = {domain: name for name, (_, _, domains) in _OUTLETS.items() for domain in domains}
_AGENCY_DOMAINS = {name: domains for name, (_, _, domains) in _WIRES.items()}
_OUTLET_NAMES = [name for name, row in _OUTLETS.items() if row[0] is OUTLET]
_BY_OUTLET_NAME = {
    **{alias: name for name in _OUTLET_NAMES for alias in _OUTLETS[name][1]},
    **{name.casefold(): name for name in _OUTLET_NAMES},
}
_LEADING_ARTICLE = re.compile(r"^(?:the|der|die|das)\s+")
_LISTED = frozenset(
    _LEADING_ARTICLE.sub("", spelling)
    for name, (_, spellings, _) in _OUTLETS.items()
    for spelling in (name.casefold(), *spellings)
    if len(spelling) >= 2  # not the British "i"
)

_DATELINE_NAMES = [name for name in _OUTLET_NAMES if len(name) >= 3 and sum(c.isupper() for c in name) >= 2]
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
    rf"^\W{{0,3}}(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{{4}}\s*)?(?:the\s+)?(?P<agency>{AGENCY_PATTERN})\b",
    re.IGNORECASE,
)
"""A story's copyright line naming a wire: "Copyright 2023 The Associated Press. All rights reserved.", "Copyright ©
2024 Reuters"."""

TRAILING_CREDIT = re.compile(
    rf"(?:[.!?\"”’»]\s*|\s)(?:[(\[]\s*(?P<agency>{AGENCY_PATTERN})(?:\s*[/,]\s*[\w-]+)*\s*[)\]]|"
    rf"(?:[-—–/]{{1,2}}|\s[-—–]\s*)\s*(?P<dashed>{AGENCY_PATTERN}))\s*$",
    re.IGNORECASE,
)
"""A wire credit closing a story's last paragraph: "... the ministry said. (AFP)", "... on Monday. — PTI" (search
the paragraph's last ``TRAILING_CREDIT_CHARS`` characters; check the case is the wire's own)."""

TRAILING_CREDIT_CHARS = 60

SOURCE_NAME = re.compile(
    r"^\W{0,3}(?:source|sources|quelle|fuente|fonte|bron)\s*:\s*(?P<name>[^:]{2,60}?)\W{0,3}$", re.I
)
"""A "Source: X" line naming its source in plain text (named from the outlet list, if it is there)."""

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


def is_listed_outlet(text: str) -> bool:
    """Whether ``text`` is the name or a spelling of a listed outlet or wire, with or without a leading article
    ("Wall Street Journal", "the Guardian", "Der Spiegel", "FT")."""
    key = " ".join(text.casefold().split()).strip(" .,;:()[]")
    return _LEADING_ARTICLE.sub("", key) in _LISTED


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
    "SOURCE_NAME",
    "TRAILING_CREDIT",
    "TRAILING_CREDIT_CHARS",
    "agency_home",
    "agency_name",
    "is_listed_outlet",
    "outlet_name",
    "outlet_of_domain",
]
