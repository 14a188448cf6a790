"""Wire agencies and well-known outlets: their usual spellings and home domains, one list for the whole parser.

The byline and origin extractors read agency spellings ("The Associated Press" → "Associated Press"); the origin
extractor names an outlet from its domain ("nbcnews.com" → "NBC News") and tells a wire's own story on its own site
from a republished one; the citation extractor takes any listed name or spelling as an outlet ("the FT reported").
"""

from __future__ import annotations

import functools
import re

from worker.lexicon.phrase_pattern import phrase_alternation
from worker.lexicon.text import MONTH_NAMES

WIRE, OUTLET = True, False  # the first field of a row

# Every wire agency and well-known outlet: usual name → (is a wire agency, other spellings, home domains). Spellings
# are matched case-insensitively; the usual name is always one. The byline and origin extractors read a wire's
# spellings as the wire ("The Associated Press", "(AP)"); every name and spelling is an outlet for ``citations``.
_OUTLETS: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    # wire agencies
    "Reuters": (WIRE, ("Thomson Reuters", "رويترز", "ロイター", "路透", "路透社", "로이터"), ("reuters.com",)),
    "Associated Press": (
        WIRE, ("ap", "the associated press", "a.p.", "美联社", "AP通信", "أسوشيتد برس"), ("apnews.com", "ap.org")
    ),
    "AFP": (
        WIRE,
        (
            "Agence France-Presse", "agence france presse", "agence france press", "afp relaxnews", "afp-relaxnews",
            "أ ف ب", "法新社", "AFP通信",
        ),
        ("afp.com",),
    ),
    "dpa": (
        WIRE, ("dpa-infocom", "Deutsche Presse-Agentur", "deutsche presse agentur", "dpa-tmn", "د ب أ"),
        ("dpa.com", "dpa.de"),
    ),
    "dpa-AFX": (WIRE, ("dpa afx",), ("dpa-afx.de",)), "Bloomberg": (WIRE, ("Bloomberg News",), ("bloomberg.com",)),
    "PA Media": (WIRE, ("pa", "press association", "pa wire"), ("pamediagroup.com",)),
    "ANI": (WIRE, ("asian news international",), ("aninews.in",)),
    "PTI": (WIRE, ("Press Trust of India", "पीटीआई", "पीटीआई-भाषा", "PTI Bhasha"), ("ptinews.com",)),
    "IANS": (WIRE, ("indo-asian news service", "आईएएनएस"), ("ians.in",)),
    "Xinhua": (WIRE, ("xinhua news agency", "新华社"), ("xinhuanet.com", "news.cn")),
    "EFE": (WIRE, ("agencia efe",), ("efe.com",)), "ANSA": (WIRE, (), ("ansa.it",)),
    "UPI": (WIRE, ("United Press International",), ("upi.com",)),
    "pressetext": (WIRE, ("pte", "pressetext.redaktion", "pressetext Nachrichtenagentur"), ("pressetext.com",)),
    "Inter Press Service": (WIRE, ("IPS News", "IPS News Agency"), ("ipsnews.net",)),  # not "IPS": "(IPS)" closes
    # tech stories ("in-plane switching (IPS)")
    "HealthDay": (WIRE, ("HealthDay News", "HealthDay Reporter"), ("healthday.com",)),
    "McClatchy": (
        WIRE, ("McClatchy Washington Bureau", "McClatchy News Service", "McClatchy-Tribune"), ("mcclatchydc.com",)
    ),
    "Kyodo News": (WIRE, ("kyodo", "共同通信", "共同"), ("kyodonews.net",)),
    "Yonhap": (WIRE, ("yonhap news agency", "연합뉴스"), ("yna.co.kr", "yonhapnews.co.kr")),
    "Bernama": (WIRE, (), ("bernama.com",)), "APA": (WIRE, ("austria presse agentur",), ("apa.at",)),
    "KNA": (WIRE, ("katholische nachrichten-agentur",), ("kna.de",)),
    "OSV News": (WIRE, ("osv",), ("osvnews.com",)), "Catholic News Service": (WIRE, (), ("catholicnews.com",)),
    "Religion News Service": (WIRE, ("rns",), ("religionnews.com",)), "UWIRE": (WIRE, (), ("uwire.com",)),
    "Catholic News Agency": (WIRE, (), ("catholicnewsagency.com",)),
    "epd": (WIRE, ("evangelischer pressedienst",), ("epd.de",)),
    "Kathpress": (WIRE, ("kap",), ("kathpress.at",)), "ddp": (WIRE, ("dapd", "deutscher depeschendienst"), ("ddp.de",)),
    "SID": (WIRE, ("sport-informations-dienst",), ("sid.de",)),
    "Keystone-SDA": (WIRE, ("sda", "schweizerische depeschenagentur"), ("keystone-sda.ch",)),
    "TASS": (WIRE, ("ТАСС",), ("tass.com", "tass.ru")),
    "Anadolu Agency": (WIRE, ("anadolu", "aa", "Anadolu Ajansı"), ("aa.com.tr",)),
    "DHA": (WIRE, ("Demirören Haber Ajansı", "Doğan Haber Ajansı"), ("dha.com.tr",)),
    "İHA": (WIRE, ("IHA", "İhlas Haber Ajansı"), ("iha.com.tr",)),
    "CNA": (WIRE, (), ("channelnewsasia.com",)),
    "Jiji Press": (WIRE, ("jiji", "時事通信社", "時事通信", "時事"), ("jiji.com",)),
    "Canadian Press": (
        WIRE, ("the canadian press", "cp", "la presse canadienne", "presse canadienne"), ("thecanadianpress.com",)
    ),
    "AAP": (WIRE, ("australian associated press",), ("aap.com.au",)), "Antara": (WIRE, (), ("antaranews.com",)),
    "Interfax": (WIRE, ("Интерфакс",), ("interfax.com", "interfax.ru")),
    "Europa Press": (WIRE, (), ("europapress.es",)),
    "SP-X": (WIRE, ("spot press services",), ()), "spot on news": (WIRE, ("SpotOnNews",), ("spot-on-news.de",)),
    "PAP": (WIRE, ("polska agencja prasowa", "polish press agency"), ("pap.pl",)),
    "JTA": (WIRE, ("jewish telegraphic agency",), ("jta.org",)),
    "Lusa": (WIRE, ("agência lusa", "agencia lusa"), ("lusa.pt",)),
    "Belga": (WIRE, (), ("belga.be",)), "ANP": (WIRE, (), ("anp.nl",)),
    "NTB": (WIRE, (), ("ntb.no",)), "TT": (WIRE, ("tt nyhetsbyrån", "tt nyhetsbyran"), ("tt.se",)),
    "Ritzau": (WIRE, (), ("ritzau.dk",)), "STT": (WIRE, (), ("stt.fi",)),
    "ČTK": (WIRE, ("ctk", "česká tisková kancelář"), ("ctk.cz", "ceskenoviny.cz")), "MTI": (WIRE, (), ("mti.hu",)),
    "Agerpres": (WIRE, (), ("agerpres.ro",)), "BTA": (WIRE, ("bulgarian news agency", "БТА"), ("bta.bg",)),
    "HINA": (WIRE, (), ("hina.hr",)), "Tanjug": (WIRE, (), ("tanjug.rs",)),
    "Ukrinform": (WIRE, (), ("ukrinform.net", "ukrinform.ua")), "UNIAN": (WIRE, (), ("unian.net", "unian.info")),
    "BelTA": (WIRE, (), ("belta.by",)),
    "China News Service": (WIRE, ("chinanews", "中新社"), ("chinanews.com.cn", "chinanews.com")),
    "Newsis": (WIRE, ("뉴시스",), ("newsis.com",)), "News1": (WIRE, ("news1 korea", "뉴스1"), ("news1.kr",)),
    "Vietnam News Agency": (WIRE, ("vna",), ("vnanet.vn",)),
    "Philippine News Agency": (WIRE, ("pna",), ("pna.gov.ph",)),
    "Associated Press of Pakistan": (WIRE, ("app",), ("app.com.pk",)),
    "BSS": (WIRE, ("bangladesh sangbad sangstha",), ("bssnews.net",)),
    "United News of India": (WIRE, ("UNI",), ("uniindia.com",)),
    "IRNA": (WIRE, ("islamic republic news agency",), ("irna.ir",)), "ISNA": (WIRE, (), ("isna.ir",)),
    "Tasnim": (WIRE, ("tasnim news agency",), ("tasnimnews.com",)),
    "Fars News Agency": (WIRE, ("fars news",), ("farsnews.ir",)),
    "Mehr News Agency": (WIRE, ("mehr news",), ("mehrnews.com",)), "WAFA": (WIRE, (), ("wafa.ps",)),
    "Middle East News Agency": (WIRE, ("mena",), ("mena.org.eg",)),
    "Saudi Press Agency": (WIRE, ("spa", "واس"), ("spa.gov.sa",)),
    "Emirates News Agency": (WIRE, ("wam", "وام"), ("wam.ae",)),
    "KUNA": (WIRE, ("kuwait news agency", "كونا"), ("kuna.net.kw",)),
    "Qatar News Agency": (WIRE, ("qna", "قنا"), ("qna.org.qa",)),
    "Maghreb Arabe Presse": (WIRE, (), ("mapexpress.ma",)),
    "Tunis Afrique Presse": (WIRE, (), ("tap.info.tn",)),
    "Algérie Presse Service": (WIRE, ("algerie presse service",), ("aps.dz",)),
    "News Agency of Nigeria": (WIRE, ("nan",), ("nannews.ng",)),
    "Ghana News Agency": (WIRE, ("gna",), ("gna.org.gh",)),
    "South African Press Association": (WIRE, ("sapa",), ()),
    "Kenya News Agency": (WIRE, (), ("kenyanews.go.ke",)), "Télam": (WIRE, ("telam",), ("telam.com.ar",)),
    "Notimex": (WIRE, (), ("notimex.gob.mx",)), "Prensa Latina": (WIRE, (), ("prensa-latina.cu",)),
    "Agência Brasil": (WIRE, ("agencia brasil",), ("agenciabrasil.ebc.com.br",)),
    "Adnkronos": (WIRE, (), ("adnkronos.com",)), "LaPresse": (WIRE, (), ("lapresse.it",)),
    "Askanews": (WIRE, (), ("askanews.it",)),
    "ANA-MPA": (WIRE, ("athens news agency", "ΑΠΕ-ΜΠΕ", "ape-mpe"), ("amna.gr",)),
    "Servimedia": (WIRE, (), ("servimedia.es",)), "AWP": (WIRE, ("awp finanznachrichten",), ("awp.ch",)),
    "Keystone-ATS": (WIRE, ("ats", "agence télégraphique suisse"), ()),
    "Dow Jones Newswires": (WIRE, (), ("djnewswires.com",)),
    "ISBnews": (WIRE, (), ("isbnews.pl",)), "IAR": (WIRE, ("informacyjna agencja radiowa",), ()),
    "SITA": (WIRE, ("slovenská tlačová agentúra sita",), ("sita.sk",)), "Mediafax": (WIRE, (), ("mediafax.ro",)),
    "BNS": (WIRE, ("baltic news service",), ("bns.ee", "bns.lt", "bns.lv")), "ELTA": (WIRE, (), ("elta.lt",)),
    "Colpisa": (WIRE, (), ()),
    "dts Nachrichtenagentur": (WIRE, ("dts",), ("dts-nachrichtenagentur.de",)),
    "TASR": (WIRE, (), ("tasr.sk",)), "LETA": (WIRE, (), ("leta.lv",)),
    "KCNA": (WIRE, ("korean central news agency",), ("kcna.kp",)), "Italpress": (WIRE, (), ("italpress.com",)),
    "Novum": (WIRE, (), ()), "MT Newswires": (WIRE, (), ("mtnewswires.com",)),
    "Estadão Conteúdo": (WIRE, ("estadao conteudo", "agência estado", "agencia estado"), ()),
    "Folhapress": (WIRE, (), ()), "Agência O Globo": (WIRE, ("agencia o globo",), ()),
    "Colprensa": (WIRE, (), ("colprensa.com",)), "Noticias Argentinas": (WIRE, (), ("noticiasargentinas.com",)),
    # other outlets
    "CNN": (
        OUTLET,
        ("Cable News Network", "The-CNN-Wire", "CNN Wire", "CNN Newsource", "CNN Business", "CNN Politics",
         "CNN Health", "CNN Travel", "CNN Style", "CNN Sport", "CNN Digital"),
        ("cnn.com",),
    ),
    "NBC News": (OUTLET, ("nbc",), ("nbcnews.com",)),
    "CBS News": (OUTLET, ("cbs",), ("cbsnews.com",)),
    "ABC News": (OUTLET, ("abc",), ("abcnews.go.com", "abc.net.au", "abcnews.com")),
    "Fox News": (OUTLET, (), ("foxnews.com",)), "NPR": (OUTLET, (), ("npr.org",)), "PBS": (OUTLET, (), ("pbs.org",)),
    "BBC": (OUTLET, ("BBC News",), ("bbc.co.uk", "bbc.com")),
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
    "Euronews": (OUTLET, (), ("euronews.com",)), "Deutsche Welle": (OUTLET, (), ("dw.com", "dw.de")),
    "Der Spiegel": (OUTLET, ("spiegel online", "spiegel"), ("spiegel.de",)),
    "Die Zeit": (OUTLET, ("zeit online",), ("zeit.de",)),
    "Süddeutsche Zeitung": (OUTLET, ("SZ",), ("sueddeutsche.de",)),
    "Frankfurter Allgemeine Zeitung": (OUTLET, ("faz", "faz.net"), ("faz.net",)), "Welt": (OUTLET, (), ("welt.de",)),
    "tagesschau": (OUTLET, (), ("tagesschau.de",)),
    "Handelsblatt": (OUTLET, (), ("handelsblatt.com", "handelsblatt.de")), "Le Monde": (OUTLET, (), ("lemonde.fr",)),
    "Le Figaro": (OUTLET, (), ("lefigaro.fr",)), "El País": (OUTLET, (), ("elpais.com",)),
    "Corriere della Sera": (OUTLET, (), ("corriere.it",)), "la Repubblica": (OUTLET, (), ("repubblica.it",)),
    "Nikkei": (OUTLET, (), ("nikkei.com",)), "Nikkei Asia": (OUTLET, ("nikkei asian review",), ("asia.nikkei.com",)),
    "Tech Wire Asia": (OUTLET, (), ("techwireasia.com",)), "Variety": (OUTLET, (), ("variety.com",)),
    "Deadline": (OUTLET, (), ("deadline.com",)), "The Hollywood Reporter": (OUTLET, (), ("hollywoodreporter.com",)),
    "Mashable": (OUTLET, (), ("mashable.com",)), "ZDNet": (OUTLET, (), ("zdnet.com",)),
    "CNET": (OUTLET, (), ("cnet.com",)), "The Register": (OUTLET, (), ("theregister.com", "theregister.co.uk")),
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
    "KFF Health News": (OUTLET, (), ("kffhealthnews.org", "khn.org")),
    "Kaiser Health News": (OUTLET, (), ("kaiserhealthnews.org",)),  # its name until 2023, as older pages write it
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
    "The Sun": (OUTLET, (), ("thesun.co.uk",)), "Express": (OUTLET, (), ("express.co.uk", "express.de")),
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
    "Público": (OUTLET, (), ("publico.pt", "publico.es")), "La Stampa": (OUTLET, (), ("lastampa.it",)),
    "Il Sole 24 Ore": (OUTLET, (), ("ilsole24ore.com",)),
    "Il Fatto Quotidiano": (OUTLET, (), ("ilfattoquotidiano.it",)), "NOS": (OUTLET, (), ("nos.nl",)),
    "NRC": (OUTLET, (), ("nrc.nl",)), "de Volkskrant": (OUTLET, (), ("volkskrant.nl",)),
    "Der Standard": (OUTLET, (), ("derstandard.at", "derstandard.de")), "Die Presse": (OUTLET, (), ("diepresse.com",)),
    "Kronen Zeitung": (OUTLET, (), ("krone.at",)), "ORF": (OUTLET, (), ("orf.at",)),
    "Neue Zürcher Zeitung": (OUTLET, ("NZZ",), ("nzz.ch",)), "Tages-Anzeiger": (OUTLET, (), ("tagesanzeiger.ch",)),
    "SRF": (OUTLET, (), ("srf.ch",)), "Bild": (OUTLET, (), ("bild.de",)), "Stern": (OUTLET, (), ("stern.de",)),
    "Focus": (OUTLET, ("focus online",), ("focus.de",)), "n-tv": (OUTLET, (), ("n-tv.de",)),
    "Der Tagesspiegel": (OUTLET, ("tagesspiegel",), ("tagesspiegel.de",)), "taz": (OUTLET, (), ("taz.de",)),
    "Frankfurter Rundschau": (OUTLET, (), ("fr.de",)),
    "RedaktionsNetzwerk Deutschland": (OUTLET, ("RND",), ("rnd.de",)),
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
    "Project Syndicate": (OUTLET, (), ("project-syndicate.org",)), "Mongabay": (OUTLET, (), ("mongabay.com",)),
    "AlterNet": (OUTLET, (), ("alternet.org",)),
    "Dow Jones": (OUTLET, (), ("dowjones.com",)), "DigiTimes": (OUTLET, (), ("digitimes.com",)),
    "RIA Novosti": (WIRE, ("ria", "РИА Новости"), ("ria.ru",)), "Kommersant": (OUTLET, (), ("kommersant.ru",)),
    "Vedomosti": (OUTLET, (), ("vedomosti.ru",)), "People's Daily": (OUTLET, (), ("people.com.cn",)),
    "RTL": (OUTLET, (), ("rtl.de",)), "MSNBC": (OUTLET, (), ("msnbc.com",)), "The Sunday Times": (OUTLET, (), ()),
    "The Daily Telegraph": (OUTLET, (), ()),
    "Hamburger Abendblatt": (OUTLET, (), ("abendblatt.de",)), "Berliner Morgenpost": (OUTLET, (), ("morgenpost.de",)),
    "WAZ": (OUTLET, (), ("waz.de",)), "DerWesten": (OUTLET, (), ("derwesten.de",)),
    "Kölner Stadt-Anzeiger": (OUTLET, (), ("ksta.de",)), "Rheinische Post": (OUTLET, (), ("rp-online.de",)),
    "Westdeutsche Zeitung": (OUTLET, (), ("wz.de",)), "Südwest Presse": (OUTLET, (), ("swp.de",)),
    "Stuttgarter Zeitung": (OUTLET, (), ("stuttgarter-zeitung.de",)),
    "Stuttgarter Nachrichten": (OUTLET, (), ("stuttgarter-nachrichten.de",)),
    "Augsburger Allgemeine": (OUTLET, (), ("augsburger-allgemeine.de",)),
    "Mitteldeutsche Zeitung": (OUTLET, (), ("mz.de",)), "Leipziger Volkszeitung": (OUTLET, (), ("lvz.de",)),
    "Sächsische Zeitung": (OUTLET, (), ("saechsische.de",)), "Freie Presse": (OUTLET, (), ("freiepresse.de",)),
    "Hannoversche Allgemeine": (OUTLET, (), ("haz.de",)), "Neue Presse": (OUTLET, (), ("neuepresse.de",)),
    "nd": (OUTLET, (), ("nd-aktuell.de",)), "junge Welt": (OUTLET, (), ("jungewelt.de",)),
    "der Freitag": (OUTLET, (), ("freitag.de",)), "Cicero": (OUTLET, (), ("cicero.de",)),
    "Tichys Einblick": (OUTLET, (), ("tichyseinblick.de",)), "Achse des Guten": (OUTLET, (), ("achgut.com",)),
    "Ruhrbarone": (OUTLET, (), ("ruhrbarone.de",)), "Übermedien": (OUTLET, (), ("uebermedien.de",)),
    "Krautreporter": (OUTLET, (), ("krautreporter.de",)), "Correctiv": (OUTLET, (), ("correctiv.org",)),
    "Table.Media": (OUTLET, (), ("table.media",)), "Gründerszene": (OUTLET, (), ("gruenderszene.de",)),
    "t3n": (OUTLET, (), ("t3n.de",)), "CHIP": (OUTLET, (), ("chip.de",)),
    "COMPUTER BILD": (OUTLET, (), ("computerbild.de",)), "PC-WELT": (OUTLET, (), ("pcwelt.de",)),
    "netzwelt": (OUTLET, (), ("netzwelt.de",)), "GIGA": (OUTLET, (), ("giga.de",)),
    "BASIC thinking": (OUTLET, (), ("basicthinking.de",)), "Gala": (OUTLET, (), ("gala.de",)),
    "Bunte": (OUTLET, (), ("bunte.de",)), "Brigitte": (OUTLET, (), ("brigitte.de",)), "GEO": (OUTLET, (), ("geo.de",)),
    "Spektrum der Wissenschaft": (OUTLET, (), ("spektrum.de",)), "scinexx": (OUTLET, (), ("scinexx.de",)),
    "kicker": (OUTLET, (), ("kicker.de",)), "SPORT1": (OUTLET, (), ("sport1.de",)),
    "Sportschau": (OUTLET, (), ("sportschau.de",)), "11FREUNDE": (OUTLET, (), ("11freunde.de",)),
    "watson": (OUTLET, (), ("watson.de",)), "Blick": (OUTLET, (), ("blick.ch",)),
    "20 Minuten": (OUTLET, (), ("20min.ch",)), "Aargauer Zeitung": (OUTLET, (), ("aargauerzeitung.ch",)),
    "Luzerner Zeitung": (OUTLET, (), ("luzernerzeitung.ch",)), "Basler Zeitung": (OUTLET, (), ("bazonline.ch",)),
    "Der Bund": (OUTLET, (), ("derbund.ch",)), "Kurier": (OUTLET, (), ("kurier.at",)),
    "Kleine Zeitung": (OUTLET, (), ("kleinezeitung.at",)), "profil": (OUTLET, (), ("profil.at",)),
    "Falter": (OUTLET, (), ("falter.at",)), "oe24": (OUTLET, (), ("oe24.at",)),
    "Vorarlberg Online": (OUTLET, (), ("vol.at",)), "Salzburger Nachrichten": (OUTLET, (), ("sn.at",)),
    "Tiroler Tageszeitung": (OUTLET, (), ("tt.com",)), "Hessenschau": (OUTLET, (), ("hessenschau.de",)),
    "Deutschlandfunk Kultur": (OUTLET, (), ("deutschlandfunkkultur.de",)),
    "Neue Osnabrücker Zeitung": (OUTLET, (), ("noz.de",)), "Weser-Kurier": (OUTLET, (), ("weser-kurier.de",)),
    "Nordkurier": (OUTLET, (), ("nordkurier.de",)), "Ostsee-Zeitung": (OUTLET, (), ("ostsee-zeitung.de",)),
    "Märkische Allgemeine": (OUTLET, (), ("maz-online.de",)),
    "Berliner Zeitung": (OUTLET, (), ("berliner-zeitung.de",)), "B.Z.": (OUTLET, (), ("bz-berlin.de",)),
    "Münchner Merkur": (OUTLET, (), ("merkur-online.de",)), "Abendzeitung": (OUTLET, (), ("abendzeitung-muenchen.de",)),
    "tz": (OUTLET, (), ("tz.de",)), "Nürnberger Nachrichten": (OUTLET, (), ("nn.de",)),
    "Badische Zeitung": (OUTLET, (), ("badische-zeitung.de",)),
    "Mannheimer Morgen": (OUTLET, (), ("mannheimer-morgen.de",)),
    "Allgemeine Zeitung": (OUTLET, (), ("allgemeine-zeitung.de",)), "Hamburger Morgenpost": (OUTLET, (), ("mopo.de",)),
    "Aachener Zeitung": (OUTLET, (), ("aachener-zeitung.de",)),
    "General-Anzeiger": (OUTLET, (), ("general-anzeiger-bonn.de",)), "Neue Westfälische": (OUTLET, (), ("nw.de",)),
    "Westfälische Nachrichten": (OUTLET, (), ("wn.de",)), "Ruhr Nachrichten": (OUTLET, (), ("ruhrnachrichten.de",)),
    "Thüringer Allgemeine": (OUTLET, (), ("thueringer-allgemeine.de",)),
    "Volksstimme": (OUTLET, (), ("volksstimme.de",)), "Lausitzer Rundschau": (OUTLET, (), ("lr-online.de",)),
    "Schwäbische Zeitung": (OUTLET, (), ("schwaebische.de",)), "Südkurier": (OUTLET, (), ("suedkurier.de",)),
    "Main-Post": (OUTLET, (), ("mainpost.de",)), "Frankenpost": (OUTLET, (), ("frankenpost.de",)),
    "Passauer Neue Presse": (OUTLET, (), ("pnp.de",)), "Mittelbayerische": (OUTLET, (), ("mittelbayerische.de",)),
    "Donaukurier": (OUTLET, (), ("donaukurier.de",)), "Saarbrücker Zeitung": (OUTLET, (), ("saarbruecker-zeitung.de",)),
    "Trierischer Volksfreund": (OUTLET, (), ("volksfreund.de",)), "Kieler Nachrichten": (OUTLET, (), ("kn-online.de",)),
    "Lübecker Nachrichten": (OUTLET, (), ("ln-online.de",)), "Schweriner Volkszeitung": (OUTLET, (), ("svz.de",)),
    "shz": (OUTLET, (), ("shz.de",)), "Jüdische Allgemeine": (OUTLET, (), ("juedische-allgemeine.de",)),
    "katholisch.de": (OUTLET, (), ("katholisch.de",)), "evangelisch.de": (OUTLET, (), ("evangelisch.de",)),
    "LTO": (OUTLET, (), ("lto.de",)), "Finanztreff": (OUTLET, (), ("finanztreff.de",)),
    "finanzen.net": (OUTLET, (), ("finanzen.net",)), "Börse Online": (OUTLET, (), ("boerse-online.de",)),
    "Der Aktionär": (OUTLET, (), ("deraktionaer.de",)), "Focus Money": (OUTLET, (), ("focus-money.de",)),
    "Stiftung Warentest": (OUTLET, (), ("test.de",)), "The Washington Times": (OUTLET, (), ("washingtontimes.com",)),
    "The Christian Science Monitor": (OUTLET, (), ("csmonitor.com",)),
    "Los Angeles Daily News": (OUTLET, (), ("dailynews.com",)),
    "New York Daily News": (OUTLET, (), ("nydailynews.com",)), "Newsday": (OUTLET, (), ("newsday.com",)),
    "The Star-Ledger": (OUTLET, (), ("nj.com",)), "The Baltimore Sun": (OUTLET, (), ("baltimoresun.com",)),
    "Orlando Sentinel": (OUTLET, (), ("orlandosentinel.com",)), "Sun Sentinel": (OUTLET, (), ("sun-sentinel.com",)),
    "The Arizona Republic": (OUTLET, (), ("azcentral.com",)), "The Oregonian": (OUTLET, (), ("oregonlive.com",)),
    "The Sacramento Bee": (OUTLET, (), ("sacbee.com",)),
    "The San Diego Union-Tribune": (OUTLET, (), ("sandiegouniontribune.com",)),
    "Detroit Free Press": (OUTLET, (), ("freep.com",)), "The Detroit News": (OUTLET, (), ("detroitnews.com",)),
    "Pittsburgh Post-Gazette": (OUTLET, (), ("post-gazette.com",)),
    "Milwaukee Journal Sentinel": (OUTLET, (), ("jsonline.com",)),
    "St. Louis Post-Dispatch": (OUTLET, (), ("stltoday.com",)),
    "The Kansas City Star": (OUTLET, (), ("kansascity.com",)),
    "The Charlotte Observer": (OUTLET, (), ("charlotteobserver.com",)),
    "The News & Observer": (OUTLET, (), ("newsobserver.com",)), "The Tennessean": (OUTLET, (), ("tennessean.com",)),
    "The Courier-Journal": (OUTLET, (), ("courier-journal.com",)), "The Plain Dealer": (OUTLET, (), ("cleveland.com",)),
    "The Columbus Dispatch": (OUTLET, (), ("dispatch.com",)),
    "Las Vegas Review-Journal": (OUTLET, (), ("reviewjournal.com",)),
    "The Salt Lake Tribune": (OUTLET, (), ("sltrib.com",)),
    "Austin American-Statesman": (OUTLET, (), ("statesman.com",)),
    "San Antonio Express-News": (OUTLET, (), ("expressnews.com",)),
    "Fort Worth Star-Telegram": (OUTLET, (), ("star-telegram.com",)), "The Oklahoman": (OUTLET, (), ("oklahoman.com",)),
    "Star Advertiser": (OUTLET, (), ("staradvertiser.com",)), "Anchorage Daily News": (OUTLET, (), ("adn.com",)),
    "The Hartford Courant": (OUTLET, (), ("courant.com",)),
    "The Providence Journal": (OUTLET, (), ("providencejournal.com",)),
    "Boston Herald": (OUTLET, (), ("bostonherald.com",)), "The Buffalo News": (OUTLET, (), ("buffalonews.com",)),
    "The Virginian-Pilot": (OUTLET, (), ("pilotonline.com",)),
    "Richmond Times-Dispatch": (OUTLET, (), ("richmond.com",)),
    "The Post and Courier": (OUTLET, (), ("postandcourier.com",)), "The Times-Picayune": (OUTLET, (), ("nola.com",)),
    "The Clarion-Ledger": (OUTLET, (), ("clarionledger.com",)),
    "The Des Moines Register": (OUTLET, (), ("desmoinesregister.com",)),
    "Omaha World-Herald": (OUTLET, (), ("omaha.com",)),
    "The Seattle Post-Intelligencer": (OUTLET, (), ("seattlepi.com",)), "SFGATE": (OUTLET, (), ("sfgate.com",)),
    "LAist": (OUTLET, (), ("laist.com",)), "Gothamist": (OUTLET, (), ("gothamist.com",)),
    "The Village Voice": (OUTLET, (), ("villagevoice.com",)), "Bloomberg Law": (OUTLET, (), ("bloomberglaw.com",)),
    "Roll Call": (OUTLET, (), ("rollcall.com",)), "Government Executive": (OUTLET, (), ("govexec.com",)),
    "Military Times": (OUTLET, (), ("militarytimes.com",)), "Stars and Stripes": (OUTLET, (), ("stripes.com",)),
    "Defense News": (OUTLET, (), ("defensenews.com",)),
    "The National Interest": (OUTLET, (), ("nationalinterest.org",)),
    "Foreign Policy": (OUTLET, (), ("foreignpolicy.com",)), "Foreign Affairs": (OUTLET, (), ("foreignaffairs.com",)),
    "The American Prospect": (OUTLET, (), ("prospect.org",)), "The New Republic": (OUTLET, (), ("newrepublic.com",)),
    "Harper's Magazine": (OUTLET, (), ("harpers.org",)),
    "The Washington Free Beacon": (OUTLET, (), ("freebeacon.com",)),
    "The Federalist": (OUTLET, (), ("thefederalist.com",)), "Daily Wire": (OUTLET, (), ("dailywire.com",)),
    "Newsmax": (OUTLET, (), ("newsmax.com",)), "OANN": (OUTLET, (), ("oann.com",)),
    "Mediaite": (OUTLET, (), ("mediaite.com",)), "TheWrap": (OUTLET, (), ("thewrap.com",)),
    "IndieWire": (OUTLET, (), ("indiewire.com",)), "Pitchfork": (OUTLET, (), ("pitchfork.com",)),
    "Vanity Fair": (OUTLET, (), ("vanityfair.com",)), "Vogue": (OUTLET, (), ("vogue.com",)),
    "GQ": (OUTLET, (), ("gq.com",)), "Esquire": (OUTLET, (), ("esquire.com",)),
    "Cosmopolitan": (OUTLET, (), ("cosmopolitan.com",)), "Glamour": (OUTLET, (), ("glamour.com",)),
    "Allure": (OUTLET, (), ("allure.com",)), "InStyle": (OUTLET, (), ("instyle.com",)),
    "HuffPost UK": (OUTLET, (), ("huffingtonpost.co.uk",)),
    "The Huffington Post": (OUTLET, (), ("huffingtonpost.com",)), "BuzzFeed": (OUTLET, (), ("buzzfeed.com",)),
    "Refinery29": (OUTLET, (), ("refinery29.com",)), "Bustle": (OUTLET, (), ("bustle.com",)),
    "HelloGiggles": (OUTLET, (), ("hellogiggles.com",)), "Upworthy": (OUTLET, (), ("upworthy.com",)),
    "The Points Guy": (OUTLET, (), ("thepointsguy.com",)), "Lonely Planet": (OUTLET, (), ("lonelyplanet.com",)),
    "Travel + Leisure": (OUTLET, (), ("travelandleisure.com",)),
    "Condé Nast Traveler": (OUTLET, (), ("cntraveler.com",)), "Food & Wine": (OUTLET, (), ("foodandwine.com",)),
    "Bon Appétit": (OUTLET, (), ("bonappetit.com",)), "Eater": (OUTLET, (), ("eater.com",)),
    "Serious Eats": (OUTLET, (), ("seriouseats.com",)), "Polygon": (OUTLET, (), ("polygon.com",)),
    "Kotaku": (OUTLET, (), ("kotaku.com",)), "IGN": (OUTLET, (), ("ign.com",)),
    "GameSpot": (OUTLET, (), ("gamespot.com",)), "PC Gamer": (OUTLET, (), ("pcgamer.com",)),
    "Eurogamer": (OUTLET, (), ("eurogamer.net",)), "Rock Paper Shotgun": (OUTLET, (), ("rockpapershotgun.com",)),
    "AnandTech": (OUTLET, (), ("anandtech.com",)), "PCWorld": (OUTLET, (), ("pcworld.com",)),
    "Macworld": (OUTLET, (), ("macworld.com",)), "TechRadar": (OUTLET, (), ("techradar.com",)),
    "Android Authority": (OUTLET, (), ("androidauthority.com",)),
    "Android Police": (OUTLET, (), ("androidpolice.com",)), "XDA Developers": (OUTLET, (), ("xda-developers.com",)),
    "9to5Google": (OUTLET, (), ("9to5google.com",)), "AppleInsider": (OUTLET, (), ("appleinsider.com",)),
    "Rest of World": (OUTLET, (), ("restofworld.org",)), "404 Media": (OUTLET, (), ("404media.co",)),
    "Platformer": (OUTLET, (), ("platformer.news",)), "Nieman Lab": (OUTLET, (), ("niemanlab.org",)),
    "Poynter": (OUTLET, (), ("poynter.org",)), "Columbia Journalism Review": (OUTLET, (), ("cjr.org",)),
    "Press Gazette": (OUTLET, (), ("pressgazette.co.uk",)), "The Drum": (OUTLET, (), ("thedrum.com",)),
    "Adweek": (OUTLET, (), ("adweek.com",)), "Ad Age": (OUTLET, (), ("adage.com",)),
    "Digiday": (OUTLET, (), ("digiday.com",)), "Business Wire": (OUTLET, (), ("businesswire.com",)),
    "PR Newswire": (OUTLET, (), ("prnewswire.com",)), "GlobeNewswire": (OUTLET, (), ("globenewswire.com",)),
    "Yahoo Finance": (OUTLET, (), ("finance.yahoo.com",)), "Yahoo News": (OUTLET, (), ("news.yahoo.com",)),
    "Investor's Business Daily": (OUTLET, (), ("investors.com",)), "Morningstar": (OUTLET, (), ("morningstar.com",)),
    "Zacks": (OUTLET, (), ("zacks.com",)), "The Financial Express": (OUTLET, (), ("financialexpress.com",)),
    "Moneycontrol": (OUTLET, (), ("moneycontrol.com",)), "BusinessLine": (OUTLET, (), ("thehindubusinessline.com",)),
    "India Today": (OUTLET, (), ("indiatoday.in",)), "Outlook": (OUTLET, (), ("outlookindia.com",)),
    "The Quint": (OUTLET, (), ("thequint.com",)), "Zee News": (OUTLET, (), ("zeenews.india.com",)),
    "Deccan Chronicle": (OUTLET, (), ("deccanchronicle.com",)), "The Tribune": (OUTLET, (), ("tribuneindia.com",)),
    "The New Indian Express": (OUTLET, (), ("newindianexpress.com",)),
    "The Statesman": (OUTLET, (), ("thestatesman.com",)), "The Pioneer": (OUTLET, (), ("dailypioneer.com",)),
    "Daily Star": (OUTLET, (), ("thedailystar.net",)), "The Express Tribune": (OUTLET, (), ("tribune.com.pk",)),
    "The News International": (OUTLET, (), ("thenews.com.pk",)), "Geo News": (OUTLET, (), ("geo.tv",)),
    "The Kathmandu Post": (OUTLET, (), ("kathmandupost.com",)),
    "Daily Mirror Sri Lanka": (OUTLET, (), ("dailymirror.lk",)),
    "The Jakarta Post": (OUTLET, (), ("thejakartapost.com",)), "Tempo": (OUTLET, (), ("tempo.co",)),
    "Kompas": (OUTLET, (), ("kompas.com",)), "VnExpress": (OUTLET, (), ("vnexpress.net",)),
    "The Diplomat": (OUTLET, (), ("thediplomat.com",)), "Japan Today": (OUTLET, (), ("japantoday.com",)),
    "The Korea JoongAng Daily": (OUTLET, (), ("joongang.co.kr",)), "Chosun Ilbo": (OUTLET, (), ("chosun.com",)),
    "Hankyoreh": (OUTLET, (), ("hani.co.kr",)), "KBS World": (OUTLET, (), ("kbs.co.kr",)),
    "The China Post": (OUTLET, (), ("chinapost.com.tw",)), "Radio Free Asia": (OUTLET, (), ("rfa.org",)),
    "The Standard HK": (OUTLET, (), ("thestandard.com.hk",)), "RTHK": (OUTLET, (), ("rthk.hk",)),
    "Macau Daily Times": (OUTLET, (), ("macaudailytimes.com.mo",)), "Gulf News": (OUTLET, (), ("gulfnews.com",)),
    "Khaleej Times": (OUTLET, (), ("khaleejtimes.com",)), "The Peninsula": (OUTLET, (), ("thepeninsulaqatar.net",)),
    "Al-Monitor": (OUTLET, (), ("al-monitor.com",)), "Al Arabiya": (OUTLET, (), ("alarabiya.net",)),
    "Asharq Al-Awsat": (OUTLET, (), ("aawsat.com",)), "Ahram Online": (OUTLET, (), ("ahram.org.eg",)),
    "Daily Sabah": (OUTLET, (), ("dailysabah.com",)), "Hürriyet Daily News": (OUTLET, (), ("hurriyetdailynews.com",)),
    "TRT World": (OUTLET, (), ("trtworld.com",)), "Tehran Times": (OUTLET, (), ("tehrantimes.com",)),
    "Iran International": (OUTLET, (), ("iranintl.com",)), "Ynetnews": (OUTLET, (), ("ynetnews.com",)),
    "i24NEWS": (OUTLET, (), ("i24news.tv",)), "The Forward": (OUTLET, (), ("forward.com",)),
    "Kveller": (OUTLET, (), ("kveller.com",)), "Jewish News Syndicate": (OUTLET, (), ("jns.org",)),
    "The East African": (OUTLET, (), ("theeastafrican.co.ke",)),
    "The Standard Kenya": (OUTLET, (), ("standardmedia.co.ke",)), "The Citizen": (OUTLET, (), ("thecitizen.co.tz",)),
    "Mail & Guardian": (OUTLET, (), ("mg.co.za",)), "IOL": (OUTLET, (), ("iol.co.za",)),
    "TimesLIVE": (OUTLET, (), ("timeslive.co.za",)), "Punch": (OUTLET, (), ("punchng.com",)),
    "Vanguard": (OUTLET, (), ("vanguardngr.com",)), "ThisDay": (OUTLET, (), ("thisdaylive.com",)),
    "Channels TV": (OUTLET, (), ("channelstv.com",)), "GhanaWeb": (OUTLET, (), ("ghanaweb.com",)),
    "Africanews": (OUTLET, (), ("africanews.com",)), "The Africa Report": (OUTLET, (), ("theafricareport.com",)),
    "Jeune Afrique": (OUTLET, (), ("jeuneafrique.com",)), "MercoPress": (OUTLET, (), ("en.mercopress.com",)),
    "Buenos Aires Times": (OUTLET, (), ("batimes.com.ar",)), "Página/12": (OUTLET, (), ("pagina12.com.ar",)),
    "El Tiempo": (OUTLET, (), ("eltiempo.com",)), "El Espectador": (OUTLET, (), ("elespectador.com",)),
    "El Comercio": (OUTLET, (), ("elcomercio.pe",)), "La Tercera": (OUTLET, (), ("latercera.com",)),
    "El Mercurio": (OUTLET, (), ("emol.com",)), "Excélsior": (OUTLET, (), ("excelsior.com.mx",)),
    "Reforma": (OUTLET, (), ("reforma.com",)), "La Jornada": (OUTLET, (), ("jornada.com.mx",)),
    "Proceso": (OUTLET, (), ("proceso.com.mx",)), "Animal Político": (OUTLET, (), ("animalpolitico.com",)),
    "El Nacional": (OUTLET, (), ("elnacional.com",)), "O Globo": (OUTLET, (), ("oglobo.globo.com",)),
    "G1": (OUTLET, (), ("g1.globo.com",)), "UOL": (OUTLET, (), ("uol.com.br",)),
    "Veja": (OUTLET, (), ("veja.abril.com.br",)), "Correio Braziliense": (OUTLET, (), ("correiobraziliense.com.br",)),
    "Expresso": (OUTLET, (), ("expresso.pt",)), "Diário de Notícias": (OUTLET, (), ("dn.pt",)),
    "Observador": (OUTLET, (), ("observador.pt",)), "Jornal de Notícias": (OUTLET, (), ("jn.pt",)),
    "RTP": (OUTLET, (), ("rtp.pt",)), "SIC Notícias": (OUTLET, (), ("sicnoticias.pt",)),
    "El Confidencial": (OUTLET, (), ("elconfidencial.com",)), "20minutos": (OUTLET, (), ("20minutos.es",)),
    "La Razón": (OUTLET, (), ("larazon.es",)), "El Periódico": (OUTLET, (), ("elperiodico.com",)),
    "RTVE": (OUTLET, (), ("rtve.es",)), "Cadena SER": (OUTLET, (), ("cadenaser.com",)),
    "El Independiente": (OUTLET, (), ("elindependiente.com",)), "Newtral": (OUTLET, (), ("newtral.es",)),
    "Maldita": (OUTLET, (), ("maldita.es",)), "Il Messaggero": (OUTLET, (), ("ilmessaggero.it",)),
    "Il Giornale": (OUTLET, (), ("ilgiornale.it",)), "Il Post": (OUTLET, (), ("ilpost.it",)),
    "Fanpage": (OUTLET, (), ("fanpage.it",)), "Rai News": (OUTLET, (), ("rainews.it",)),
    "Sky TG24": (OUTLET, (), ("tg24.sky.it",)), "TGCOM24": (OUTLET, (), ("tgcom24.mediaset.it",)),
    "Il Foglio": (OUTLET, (), ("ilfoglio.it",)), "Avvenire": (OUTLET, (), ("avvenire.it",)),
    "Le Parisien": (OUTLET, (), ("leparisien.fr",)), "Mediapart": (OUTLET, (), ("mediapart.fr",)),
    "Valeurs actuelles": (OUTLET, (), ("valeursactuelles.com",)), "Le Journal du Dimanche": (OUTLET, (), ("lejdd.fr",)),
    "La Croix": (OUTLET, (), ("la-croix.com",)), "L'Humanité": (OUTLET, (), ("humanite.fr",)),
    "Courrier international": (OUTLET, (), ("courrierinternational.com",)), "BFMTV": (OUTLET, (), ("bfmtv.com",)),
    "TF1 Info": (OUTLET, (), ("tf1info.fr",)), "LCI": (OUTLET, (), ("lci.fr",)),
    "Europe 1": (OUTLET, (), ("europe1.fr",)), "RTL France": (OUTLET, (), ("rtl.fr",)),
    "France Inter": (OUTLET, (), ("radiofrance.fr",)), "Le Soir": (OUTLET, (), ("lesoir.be",)),
    "La Libre": (OUTLET, (), ("lalibre.be",)), "RTBF": (OUTLET, (), ("rtbf.be",)),
    "De Standaard": (OUTLET, (), ("standaard.be",)), "Het Nieuwsblad": (OUTLET, (), ("nieuwsblad.be",)),
    "VRT NWS": (OUTLET, (), ("vrt.be",)), "De Morgen": (OUTLET, (), ("demorgen.be",)),
    "Le Temps": (OUTLET, (), ("letemps.ch",)), "24 heures": (OUTLET, (), ("24heures.ch",)),
    "Tribune de Genève": (OUTLET, (), ("tdg.ch",)), "RTS": (OUTLET, (), ("rts.ch",)),
    "swissinfo.ch": (OUTLET, (), ("swissinfo.ch",)), "De Telegraaf": (OUTLET, (), ("telegraaf.nl",)),
    "Algemeen Dagblad": (OUTLET, (), ("ad.nl",)), "Trouw": (OUTLET, (), ("trouw.nl",)),
    "Het Parool": (OUTLET, (), ("parool.nl",)), "RTL Nieuws": (OUTLET, (), ("rtlnieuws.nl",)),
    "NU.nl": (OUTLET, (), ("nu.nl",)), "DutchNews.nl": (OUTLET, (), ("dutchnews.nl",)),
    "Dagens Nyheter": (OUTLET, (), ("dn.se",)), "Svenska Dagbladet": (OUTLET, (), ("svd.se",)),
    "Aftonbladet": (OUTLET, (), ("aftonbladet.se",)), "Expressen": (OUTLET, (), ("expressen.se",)),
    "SVT Nyheter": (OUTLET, (), ("svt.se",)), "Sveriges Radio": (OUTLET, (), ("sverigesradio.se",)),
    "The Local": (OUTLET, (), ("thelocal.com",)), "Aftenposten": (OUTLET, (), ("aftenposten.no",)),
    "VG": (OUTLET, (), ("vg.no",)), "Dagbladet": (OUTLET, (), ("dagbladet.no",)), "NRK": (OUTLET, (), ("nrk.no",)),
    "Politiken": (OUTLET, (), ("politiken.dk",)), "Berlingske": (OUTLET, (), ("berlingske.dk",)),
    "Jyllands-Posten": (OUTLET, (), ("jyllands-posten.dk",)), "Helsingin Sanomat": (OUTLET, (), ("hs.fi",)),
    "Yle": (OUTLET, (), ("yle.fi",)), "Gazeta Wyborcza": (OUTLET, (), ("wyborcza.pl",)),
    "Rzeczpospolita": (OUTLET, (), ("rp.pl",)), "Onet": (OUTLET, (), ("onet.pl",)),
    "TVN24": (OUTLET, (), ("tvn24.pl",)), "Polskie Radio": (OUTLET, (), ("polskieradio.pl",)),
    "Do Rzeczy": (OUTLET, (), ("dorzeczy.pl",)), "Interia": (OUTLET, (), ("interia.pl",)),
    "Wirtualna Polska": (OUTLET, (), ("wp.pl",)), "Respekt": (OUTLET, (), ("respekt.cz",)),
    "iROZHLAS": (OUTLET, (), ("irozhlas.cz",)), "Deník N": (OUTLET, (), ("denikn.cz",)),
    "Index.hu": (OUTLET, (), ("index.hu",)), "Telex": (OUTLET, (), ("telex.hu",)), "HVG": (OUTLET, (), ("hvg.hu",)),
    "Hungary Today": (OUTLET, (), ("hungarytoday.hu",)), "Digi24": (OUTLET, (), ("digi24.ro",)),
    "HotNews": (OUTLET, (), ("hotnews.ro",)), "Kathimerini": (OUTLET, (), ("ekathimerini.com",)),
    "Cyprus Mail": (OUTLET, (), ("cyprus-mail.com",)), "Novaya Gazeta": (OUTLET, (), ("novayagazeta.ru",)),
    "RBC": (OUTLET, (), ("rbc.ru",)), "Izvestia": (OUTLET, (), ("iz.ru",)), "RT": (OUTLET, (), ("rt.com",)),
    "Sputnik": (OUTLET, (), ("sputniknews.com",)), "Kyiv Post": (OUTLET, (), ("kyivpost.com",)),
    "Hromadske": (OUTLET, (), ("hromadske.ua",)), "The Insider": (OUTLET, (), ("theins.ru",)),
    "Novaya Gazeta Europe": (OUTLET, (), ("novayagazeta.eu",)),
    "The Irish Independent": (OUTLET, (), ("independent.ie",)), "Irish Examiner": (OUTLET, (), ("irishexaminer.com",)),
    "TheJournal.ie": (OUTLET, (), ("thejournal.ie",)), "Belfast Telegraph": (OUTLET, (), ("belfasttelegraph.co.uk",)),
    "The Herald": (OUTLET, (), ("heraldscotland.com",)), "Daily Record": (OUTLET, (), ("dailyrecord.co.uk",)),
    "Manchester Evening News": (OUTLET, (), ("manchestereveningnews.co.uk",)),
    "Liverpool Echo": (OUTLET, (), ("liverpoolecho.co.uk",)),
    "Birmingham Mail": (OUTLET, (), ("birminghammail.co.uk",)),
    "Yorkshire Post": (OUTLET, (), ("yorkshirepost.co.uk",)), "WalesOnline": (OUTLET, (), ("walesonline.co.uk",)),
    "Daily Express": (OUTLET, (), ("dailyexpress.co.uk",)), "The Daily Star": (OUTLET, (), ("dailystar.co.uk",)),
    "LBC": (OUTLET, (), ("lbc.co.uk",)), "GB News": (OUTLET, (), ("gbnews.com",)),
    "UnHerd": (OUTLET, (), ("unherd.com",)), "The Critic": (OUTLET, (), ("thecritic.co.uk",)),
    "openDemocracy": (OUTLET, (), ("opendemocracy.net",)), "Byline Times": (OUTLET, (), ("bylinetimes.com",)),
    "The Canary": (OUTLET, (), ("thecanary.co",)), "Toronto Sun": (OUTLET, (), ("torontosun.com",)),
    "Ottawa Citizen": (OUTLET, (), ("ottawacitizen.com",)), "Montreal Gazette": (OUTLET, (), ("montrealgazette.com",)),
    "Vancouver Sun": (OUTLET, (), ("vancouversun.com",)), "Calgary Herald": (OUTLET, (), ("calgaryherald.com",)),
    "Winnipeg Free Press": (OUTLET, (), ("winnipegfreepress.com",)), "Le Devoir": (OUTLET, (), ("ledevoir.com",)),
    "La Presse": (OUTLET, (), ("lapresse.ca",)), "Radio-Canada": (OUTLET, (), ("radio-canada.ca",)),
    "Maclean's": (OUTLET, (), ("macleans.ca",)), "The Tyee": (OUTLET, (), ("thetyee.ca",)),
    "The Narwhal": (OUTLET, (), ("thenarwhal.ca",)), "iPolitics": (OUTLET, (), ("ipolitics.ca",)),
    "HuffPost Canada": (OUTLET, (), ("huffingtonpost.ca",)), "Crikey": (OUTLET, (), ("crikey.com.au",)),
    "The New Daily": (OUTLET, (), ("thenewdaily.com.au",)), "The Courier-Mail": (OUTLET, (), ("couriermail.com.au",)),
    "Herald Sun": (OUTLET, (), ("heraldsun.com.au",)),
    "The Daily Telegraph Australia": (OUTLET, (), ("dailytelegraph.com.au",)),
    "Brisbane Times": (OUTLET, (), ("brisbanetimes.com.au",)), "WAtoday": (OUTLET, (), ("watoday.com.au",)),
    "SBS News": (OUTLET, (), ("sbs.com.au",)), "9News": (OUTLET, (), ("9news.com.au",)),
    "7NEWS": (OUTLET, (), ("7news.com.au",)), "The Saturday Paper": (OUTLET, (), ("thesaturdaypaper.com.au",)),
    "Newsroom": (OUTLET, (), ("newsroom.co.nz",)), "The Spinoff": (OUTLET, (), ("thespinoff.co.nz",)),
    "1News": (OUTLET, (), ("1news.co.nz",)), "Otago Daily Times": (OUTLET, (), ("odt.co.nz",)),
    "Observer": (OUTLET, (), ("observer.com",)),
}  # fmt: skip

_WIRES = {name: row for name, row in _OUTLETS.items() if row[0] is WIRE}
_BY_SPELLING = {
    spelling.casefold(): name for name, (_, spellings, _) in _WIRES.items() for spelling in (name, *spellings)
}
_NAME_OF_DOMAIN = {domain: name for name, (_, _, domains) in _OUTLETS.items() for domain in domains}
_AGENCY_DOMAINS = {name: domains for name, (_, _, domains) in _WIRES.items()}
_OUTLET_NAMES = [name for name, row in _OUTLETS.items() if row[0] is OUTLET]
_BY_OUTLET_NAME = {
    **{alias.casefold(): name for name in _OUTLET_NAMES for alias in _OUTLETS[name][1]},
    **{name.casefold(): name for name in _OUTLET_NAMES},
}
_LEADING_ARTICLE = re.compile(r"^(?:the|der|die|das)\s+", re.IGNORECASE)
_LISTED = frozenset(
    _LEADING_ARTICLE.sub("", spelling.casefold())
    for name, (_, spellings, _) in _OUTLETS.items()
    for spelling in (name, *spellings)
    if len(spelling) >= 2  # not the British "i"
)

_DATELINE_NAMES = [name for name in _OUTLET_NAMES if len(name) >= 3 and sum(c.isupper() for c in name) >= 2]
OUTLET_PATTERN = "(?-i:" + "|".join(sorted(map(re.escape, _DATELINE_NAMES), key=len, reverse=True)) + ")"
"""A case-sensitive alternation of the listed outlet names distinctive enough for a dateline ("CNN", "NBC News";
not one capitalised word such as "Reason")."""

SOURCE_WORDS = (
    r"source|quelle|originalquelle|fuente|fonte|font|bron|sumber|źródło|zdroj|källa|kilde|lähde|kaynak|forrás|sursa|"
    r"sursă|izvor|vir|avots|šaltinis|allikas|πηγή|источник|източник|извор|джерело|来源|來源|출처"
)
"""A source label in the languages the parser reads ("Quelle", "Źródło", "Lähde", "Sursa", "Izvor", "Vir", "Πηγή",
"Источник", "来源", "출처")."""

AGENCY_PATTERN = phrase_alternation(
    "|".join(sorted((re.escape(spelling) for spelling in _BY_SPELLING if len(spelling) > 1), key=len, reverse=True))
)
"""A regular-expression group of every agency spelling, longest first (match case-insensitively), behind a lookahead
for their first letters: the credit patterns test it on every short text of a page."""

CREDIT_LINE = re.compile(
    r"^(?!\W{0,3}mit\s+material\s+(?:von|der|des|aus)\s.*(?:\sund\s|,|/|&))"  # several agencies' material: none
    r"(?!\W{0,3}(?:with|avec|com)\s.*(?:\s(?:and|et|e)\s|,|/|&))"  # "with AAP and Reuters": none either
    rf"\W{{0,3}}(?:(?:{SOURCE_WORDS}|sources|quellen|fuentes|text|autor|author|courtesy|from(?:\s+the)?|"
    r"mit material (?:von|der|des|aus)|material|mit|com|with|powered\s+by|distributed\s+by|"
    r"(?:[^\W\d_][\w'’.-]*\s+){0,4}avec)\s*[:：]?\s*)?"
    rf"(?:\w{{2,4}}\s*/\s*)??(?P<agency>{AGENCY_PATTERN})(?:\s*(?:[/,&]|\s(?:und|and|y|et|e)\s)\s*\w[\w-]*)*"
    r"(?:\s*[/,;|·]\s*(?:foto|fotos|bild|bilder|photo|photos|image|images)\s*:.{0,60})?\W{0,3}$",
    re.IGNORECASE,
)
"""A line that is only a wire credit: "(AFP)", "— PTI", "Quelle: dpa", "dpa/AFP", "Mit Material der dpa",
"Le Monde avec AFP", "From Reuters", Australia's closing "with AAP", also before the photo credit ("Quelle: dpa /
Foto: picture alliance"). A newsroom's story "mit Material von dpa und Reuters" draws on several agencies and names
none (as "With inputs from Reuters, AFP" does not, nor "with AAP and Reuters", "Avec AFP et Reuters")."""

OUTLET_DATE = re.compile(
    rf"\W{{0,3}}(?P<name>[^\W\d][^,;:|]{{1,58}}?)\s*,\s*(?:(?:vom|am|on|du|del)\s+)?"
    rf"(?:\d{{1,2}}\.?\s*(?:{MONTH_NAMES})\.?\s+\d{{4}}|(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|"
    r"\d{1,2}\.\d{1,2}\.\d{2,4})\W{0,3}",
    re.IGNORECASE,
)
"""A line naming where and when a piece ran, an outlet and a date: "Deutschlandfunk, 02. November 2021", "The
Guardian, 12 March 2021" (an outlet of the list closing a reprinted interview; a place and a date is no credit)."""

CREDIT_DOMAIN = re.compile(r"\W{0,3}(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{2,}(?:\.[a-z]{2,}){1,2})\W{0,3}", re.I)
"""A line that is only a domain ("BVINEWS.COM", "— www.harbortimes.example"): closing a story, the outlet it is
credited to."""

_DASHED_NAME = re.compile(r"\W{0,2}(?:[—–]|--?)\s*(?P<name>[^\W\d_][\w&'’. -]{1,60}?)[\s.]*")


def dashed_outlet(line: str) -> str | None:
    """The listed outlet a line of a dash and its name credits ("— The Washington Post", "--Los Angeles Times"), as
    a story another site runs may end; None for any other line ("— Jane Doe")."""
    dashed = _DASHED_NAME.fullmatch(line)  # anchored: a line not opening with a dash fails at once
    return outlet_name(dashed.group("name")) if dashed else None


LAST_SOURCE = re.compile(
    rf"[,;|·•]\s*(?:{SOURCE_WORDS}|text)\s*[:：]\s*(?P<agency>{AGENCY_PATTERN})"
    # its regional service ("epd Niedersachsen-Bremen"), not a photo's credit ("AP Photo")
    r"(?:\s+(?!(?i:foto|fotos|photo|photos|bild|bilder|images?|picture)\b)(?-i:[A-ZÄÖÜ])[\w-]+){0,2}"
    r"\s*(?:[|·•].*)?\W{0,3}$",
    re.IGNORECASE,
)
"""A wire credited as a field of a meta line, its last or between bars: "Aktualisiert am 03.05.2024, Quelle: dpa",
"21. Juli 2014 | Text: epd Niedersachsen-Bremen | Rubrik: ...", with its regional service ("epd Niedersachsen-Bremen",
"dpa Hamburg"); not a photo's ("Quelle: AP Photo")."""

_COPYRIGHT_NAMES = _DATELINE_NAMES + [
    alias for name in _OUTLET_NAMES for alias in _OUTLETS[name][1] if sum(c.isupper() for c in alias) >= 2
]  # a holder's legal name too ("Cable News Network")
_COPYRIGHT_PATTERN = "(?-i:" + "|".join(sorted(map(re.escape, _COPYRIGHT_NAMES), key=len, reverse=True)) + ")"
COPYRIGHT_CREDIT = re.compile(
    # "RIPRODUZIONE RISERVATA © Copyright ANSA", "<저작권자(c) 연합뉴스, 무단 전재 금지>"
    r"^\W{0,3}(?:riproduzione riservata\s*|저작권자\s*)?"
    r"(?:[\w-]{2,30}\s*[™®]\s*&\s*)?"  # a trademark before it: "The-CNN-Wire ™ & © 2019 ..."
    rf"(?:(?:(?:©|ⓒ|\(c\))\s*)?copyright\s*(?:©|ⓒ|\(c\))?\s*:?|©|ⓒ|\(c\)|c\.(?=\s*\d{{4}}))\s*(?:\d{{4}},?\s*)?(?:by\s+)?"
    r"(?:(?:[\w&'’.-]+\s+){1,3}(?:llc|inc\.?|ltd\.?|corp\.?|gmbh)\s+and\s+)?"  # a partner's share: "STATS LLC and"
    rf"(?:the\s+)?(?P<agency>{AGENCY_PATTERN}|{_COPYRIGHT_PATTERN})\b",
    re.IGNORECASE,
)
"""A story's copyright line naming a wire or a listed outlet (in its own case): "Copyright 2023 The Associated Press.
All rights reserved.", "Copyright © 2024 Reuters", "(c) Copyright Thomson Reuters 2024. Click For Restrictions - ...",
"Copyright 2024 NPR. To see more, visit ...", a syndicate's
"c.2024 The New York Times Company", an outlet by its legal name ("© 2019 Cable News Network, Inc.")."""

TRAILING_CREDIT = re.compile(
    rf"(?:[.!?。\"”’»]\s*|\s)(?:[(\[（]\s*(?:(?:©|copyright)\s*)?(?:(?!(?:{AGENCY_PATTERN})\s*/)[^\W\d_]{{2,4}}\s*/\s*)?(?P<agency>{AGENCY_PATTERN})(?:\s*[/,]\s*[\w-]+)*\s*[)\]）]\.?|"
    rf"(?:[-—–/]{{1,2}}|\s[-—–]\s*)\s*(?P<dashed>{AGENCY_PATTERN})|"
    rf"(?<=[.!?\"”’»]\s)(?:[^\W\d_]{{2,4}}/)+(?P<slashed>{AGENCY_PATTERN})|"
    rf"(?<=[.!?\"”’»]\s)/(?P<wrapped>{AGENCY_PATTERN})/|"
    rf"(?<=[.!?\"”’»]\s)(?P<bare>{AGENCY_PATTERN}))\s*$",
    re.IGNORECASE,
)
"""A wire credit closing a story's last paragraph: "... the ministry said. (AFP)", "... per le famiglie. (ANSA).",
"... sa han. (©NTB)", "... sagte er. (© dpa)", after an editor's code "... sagte er. (red/dpa)",
"... on Monday. — PTI", "...した。（共同）", "... sagte er. FMW/Bloomberg" (a desk's code, then the wire),
"... sagte ein Sprecher. AFP" (the wire alone after the last sentence), a Danish "... oplyser politiet. /ritzau/"
(the wire between slashes; search the paragraph's last ``TRAILING_CREDIT_CHARS`` characters; check the case is the
wire's own)."""

TRAILING_CREDIT_CHARS = 60

SOURCE_NAME = re.compile(
    rf"^\W{{0,3}}(?:{SOURCE_WORDS}|sources)\s*[:：]\s*"
    r"(?P<name>[^:|]{2,60}?)\W{0,3}(?:\|\s*(?:editors?|redakteur(?:in)?|editor\s+in\s+charge)\s*:[^:]{0,60})?$",
    re.I,
)
"""A "Source: X" line naming its source in plain text (named from the outlet list, if it is there), also with its
editor after a bar ("Source: Xinhua| Editor: huaxia")."""

SOURCE_LABEL = re.compile(
    rf"^\W{{0,3}}(?:{SOURCE_WORDS}|original|via)\s*[:：]\s*$",
    re.IGNORECASE,
)
"""A "Quelle:" / "Source:" / "Via:" label whose source follows in a link."""

_NAME_RUN = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_WIRE_TRAILERS = (
    ("Reuters", re.compile(r"^\W{0,3}(?:additional\s+)?(?:reporting|writing) by\b.{3,300}\bediting by\b", re.I)),
    ("Reuters", re.compile(r"^\W{0,3}bericht\s+von\b.{3,300}\bredigiert\s+von\b", re.IGNORECASE)),
    ("Reuters", re.compile(r"^\W{0,3}(?:reportage|rédigé\s+par)\b.{3,300}\bédité\s+par\b", re.IGNORECASE)),
    (
        "Reuters",
        re.compile(
            r"^\W{0,3}(?:reporte|información)\s+(?:de|por)\b.{3,300}\beditado\s+(?:en\s+español\s+)?por\b", re.I
        ),
    ),
    (
        "Bloomberg",
        re.compile(rf"^\W{{0,3}}(?i:with\s+assistance\s+from)\s+{_NAME_RUN}(?:(?:,|,?\s+and)\s+{_NAME_RUN})*\.?$"),
    ),
    (
        "Bloomberg",
        re.compile(
            r"^\W{0,3}to\s+contact\s+the\s+(?:reporters?|editors?)\s+(?:on|responsible\s+for)\s+this\s+story\b", re.I
        ),
    ),
    ("dpa", re.compile(r"^\W{0,3}(?:dpa-infocom,?\s*)?dpa:\d{6}-\d{2,3}-\d+/\d+")),
    (
        "Associated Press",
        re.compile(
            r"^\W{0,3}(?:the\s+)?associated\s+press\b.{0,80}?\sreceives\s+(?:financial\s+)?support\s+from\b.{3,250}?"
            r"\b(?:the\s+)?ap\s+is\s+solely\s+responsible\s+for\s+all\s+content\b",
            re.IGNORECASE,
        ),
    ),
)
"""The lines a wire closes its stories with, kept by those who run them: Reuters' "(Reporting by A; Editing by B)"
(its German, French and Spanish desks': "(Bericht von A, redigiert von B)", "(Reportage A, édité par B)",
"(Información de A; editado en español por B)"),
Bloomberg's "--With assistance from A and B." and "To contact the reporter on this story: ...", dpa's story number
"© dpa-infocom, dpa:240503-99-123456/2", the Associated Press's note of a funder ("The Associated Press receives
support from ... The AP is solely responsible for all content.")."""
_WIRE_CONTRIBUTORS = (
    rf"^\W{{0,3}}(?:the\s+)?(?P<agency>{AGENCY_PATTERN})\s+(?:\w+\s+){{0,2}}(?:writers?|reporters?|correspondents?|"
    r"journalists?)\s.{2,300}?\bcontributed\b"
)
"""A wire's closing line naming its staff who helped: "Associated Press writer Jane Doe in Chicago contributed to this
report." (not "The Associated Press contributed to this report": a newsroom's own story with a wire's help)."""
_INPUTS_CREDIT = (
    rf"^\W{{0,3}}(?:with\s+inputs?\s+from|con\s+informaci[oó]n\s+de|com\s+informa[cç][oõ]es\s+d[aoe]s?)\s+"
    rf"(?:the\s+|la\s+|el\s+|a\s+|o\s+)?(?P<agency>{AGENCY_PATTERN})\W{{0,3}}$|"
    rf"^\W{{0,3}}with\s+(?P<before>{AGENCY_PATTERN})\s+inputs?\W{{0,3}}$"
)
"""A newsroom's credit of one wire whose copy its story is ("With inputs from PTI", "— With IANS inputs", "Con
información de EFE", "Com informações da Agência Brasil"); several ("With inputs from Reuters, AFP") name none."""


@functools.cache
def _staff_credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_WIRE_CONTRIBUTORS`` and ``_INPUTS_CREDIT`` (match case-insensitively), compiled the first time a text holds
    a trailer's word (``_TRAILER_WORD``: on few pages), not at import: with the agency alternation three times, they
    took ~9 ms of every start-up."""
    return re.compile(_WIRE_CONTRIBUTORS, re.IGNORECASE), re.compile(_INPUTS_CREDIT, re.IGNORECASE)


_TRAILER_WORD = re.compile(
    r"(?=[radticeé])(?:reporting by|editing by|assistance from|to contact|dpa:|input|informac|informaç|contributed|"
    r"redigiert|édité par|editado|responsible for all)"
)
"""A word every wire trailer holds, searched in the lower-cased text (the check runs on every short text of a page;
a case-sensitive search behind a first-letter lookahead is the fast one)."""
MAX_TRAILER_CHARS = 400


def wire_trailer(text: str) -> str | None:
    """The wire whose closing line ``text`` is (see ``_WIRE_TRAILERS``, ``_WIRE_CONTRIBUTORS``, ``_INPUTS_CREDIT``)."""
    if len(text) > MAX_TRAILER_CHARS:
        return None
    if _TRAILER_WORD.search(text.lower()) is None:
        return None
    for agency, pattern in _WIRE_TRAILERS:
        if pattern.match(text):
            return agency
    contributors, inputs = _staff_credits()
    found = contributors.match(text) or inputs.match(text)
    written = (found.groupdict().get("agency") or found.groupdict().get("before")) if found else None
    return agency_name(written) if written else None


def named_outlets() -> tuple[str, ...]:
    """The names and spellings of the listed agencies and outlets as a text writes them, where they are distinctive:
    every wire agency's name, and any name or spelling with two capitals or more besides a leading article ("NBC
    News", "Press Trust of India"). One-capital names are often common words ("Time", "Nature", "The Times", "The
    Hill") and are left out."""
    names: list[str] = []
    for name, (wire, spellings, _) in _OUTLETS.items():
        for written in (name, *spellings):
            bare = _LEADING_ARTICLE.sub("", written)  # "The Times" reads as "Times"
            capitals = sum(char.isupper() for char in bare)
            if len(bare) >= 3 and (capitals >= 2 or (wire and written == name)) and written not in names:
                names.append(written)
    return tuple(names)


def _lookup_key(text: str) -> str:
    """``text`` as the tables are keyed: case-folded, whitespace (no-break spaces too) collapsed, edge punctuation
    stripped."""
    return " ".join(text.casefold().split()).strip(" .,;:()[]")


_NEWS_SUFFIX = re.compile(r"\s+(?:news(?:\s+(?:agency|service|wire))?|newswire|wire(?:\s+service)?)$")
"""A word a wire's name is written with, or as its newsroom ("Reuters News", "AP News", "PTI News Agency")."""


_NEWS_ENDINGS = ("news", "agency", "service", "wire")
"""The last words ``_NEWS_SUFFIX`` can strip: a key ending otherwise is looked up once."""


def agency_name(text: str) -> str | None:
    """The agency's usual name if ``text`` (e.g. "The Associated Press", "dpa", also as "Reuters News" or "AFP News
    Agency") names a wire agency, else None."""
    return _agency_of_key(_lookup_key(text))


def _agency_of_key(key: str) -> str | None:
    found = _BY_SPELLING.get(key)
    if found is None and key.endswith(_NEWS_ENDINGS) and (bare := _NEWS_SUFFIX.sub("", key)) != key:
        return _BY_SPELLING.get(bare)
    return found


def outlet_name(text: str) -> str | None:
    """The usual name of the wire agency or listed outlet ``text`` names ("the associated press", "CNN"), else None."""
    key = _lookup_key(text)
    return _agency_of_key(key) or _BY_OUTLET_NAME.get(key) or _BY_OUTLET_NAME.get(f"the {key}")


_INFLECTED = re.compile(r"(?<=\w)en(?= )")


def uninflected_outlet(text: str) -> str | None:
    """The listed outlet a text names in an inflected case, when ``text`` itself is no listed name: German
    ("in der Süddeutschen Zeitung", "der Neuen Zürcher Zeitung" → "Süddeutsche Zeitung", "Neue Zürcher Zeitung"),
    or a name of several words each differing from a listed one's only in its ending (Polish "w „Gazecie
    Wyborczej”" → "Gazeta Wyborcza")."""
    if outlet_name(text) is not None:
        return None
    key = _lookup_key(text)
    uninflected = _INFLECTED.sub("e", key)
    if uninflected != key and uninflected in _BY_OUTLET_NAME:
        return _BY_OUTLET_NAME[uninflected]
    return _declined_outlet(key)


_MIN_STEM = 4
_MAX_ENDING = 3


def _declined_outlet(key: str) -> str | None:
    """The listed outlet of several words whose words ``key``'s words only end differently (each shares all but at
    most ``_MAX_ENDING`` of the listed word's letters, and at least ``_MIN_STEM``)."""
    words = key.split()
    if len(words) < 2:
        return None
    for listed in _BY_STEM.get(words[0][:_MIN_STEM], ()):
        other = listed.casefold().split()
        if len(other) == len(words) and all(_same_stem(a, b) for a, b in zip(words, other, strict=True)):
            return listed
    return None


def _same_stem(word: str, listed: str) -> bool:
    """``word`` is ``listed`` or it with another ending: "wyborczej" of "wyborcza", not "mailer" of "mail"."""
    if word == listed:
        return True
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, listed, strict=False)) if a != b), min(len(word), len(listed))
    )
    return _MIN_STEM <= shared < len(listed) and shared >= len(listed) - _MAX_ENDING


def _by_stem() -> dict[str, list[str]]:
    """The listed outlets of several words, by the first ``_MIN_STEM`` letters of their name (case-folded)."""
    stems: dict[str, list[str]] = {}
    for name in _OUTLET_NAMES:
        if " " in name:
            stems.setdefault(name.casefold()[:_MIN_STEM], []).append(name)
    return stems


_BY_STEM: dict[str, list[str]] = _by_stem()


def is_listed_outlet(text: str) -> bool:
    """Whether ``text`` is the name or a spelling of a listed outlet or wire, with or without a leading article
    ("Wall Street Journal", "the Guardian", "Der Spiegel", "FT")."""
    key = _lookup_key(text)
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


_NATIONAL_SPELLINGS: dict[tuple[str, str], str] = {("KNA", "ke"): "Kenya News Agency"}
"""An agency's acronym that another country's agency shares, read on a page of that country's domain: "KNA" is the
Katholische Nachrichten-Agentur, but on a Kenyan site the Kenya News Agency."""


def national_agency(agency: str, host: str | None) -> str:
    """``agency`` as a page on ``host`` means it: the other country's agency of the same acronym on that country's
    domain (``_NATIONAL_SPELLINGS``), else ``agency`` itself."""
    country = (host or "").rsplit(".", 1)[-1].casefold()
    return _NATIONAL_SPELLINGS.get((agency, country), agency)


def agency_home(agency: str, host: str | None) -> bool:
    """Whether ``host`` is (a sub-domain of) one of the agency's own domains: its own story, not a republication."""
    if not host:
        return False
    host = host.casefold().removeprefix("www.")
    return any(host == domain or host.endswith(f".{domain}") for domain in _AGENCY_DOMAINS.get(agency, ()))


__all__ = [
    "AGENCY_PATTERN",
    "COPYRIGHT_CREDIT",
    "CREDIT_DOMAIN",
    "CREDIT_LINE",
    "LAST_SOURCE",
    "MAX_TRAILER_CHARS",
    "OUTLET_PATTERN",
    "SOURCE_LABEL",
    "SOURCE_NAME",
    "SOURCE_WORDS",
    "TRAILING_CREDIT",
    "TRAILING_CREDIT_CHARS",
    "agency_home",
    "agency_name",
    "dashed_outlet",
    "is_listed_outlet",
    "named_outlets",
    "national_agency",
    "outlet_name",
    "outlet_of_domain",
    "uninflected_outlet",
    "wire_trailer",
]
