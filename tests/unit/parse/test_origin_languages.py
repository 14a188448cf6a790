"""Origin notes and wire credits as newsrooms in other languages write them (and English forms beside them): each
form on a hand-written page, and the look-alikes that name no origin."""

from __future__ import annotations

import pytest
from support.news_pages import page, parse, publisher_of

SENTENCE = "The council will meet again on Tuesday to vote on the final plan"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Cet article est une reprise du Journal du Lac.", "Journal du Lac"),
        ("Cet article est une reprise de La Gazette du Lac.", "La Gazette du Lac"),
        ("Ce texte a d'abord été publié dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Cette tribune a été initialement publiée dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Une version de cet article a été publiée dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Publié avec l'autorisation du Courrier du Lac.", "Courrier du Lac"),
    ],
)
def test_french_republication_notes(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Este artículo fue publicado primero en El Diario del Valle.", "El Diario del Valle"),
        ("Este artículo apareció originalmente en El Diario del Valle.", "El Diario del Valle"),
        ("Este artigo foi publicado primeiro no Jornal do Porto.", "Jornal do Porto"),
        ("Esta reportagem foi publicada pela primeira vez no Jornal do Porto.", "Jornal do Porto"),
        ("Conteúdo publicado originalmente em Jornal do Porto.", "Jornal do Porto"),
    ],
)
def test_spanish_and_portuguese_first_published_notes(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Articolo pubblicato su Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Questo articolo è uscito su Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Articolo tratto da Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Traduzione di un articolo di Il Corriere del Lago.", "Il Corriere del Lago"),
    ],
)
def test_italian_republication_notes(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "Articolo pubblicato il 3 maggio 2024.",  # a date line, no outlet
        "Articolo pubblicato sul numero 12 della rivista.",  # the site's own issue
        "Il film è tratto da un romanzo di Elena Ferrante.",  # a film from a novel
    ],
)
def test_italian_lines_that_name_no_origin(note: str) -> None:
    assert parse(page(article_end=f"<p><em>{note}</em></p>")).origin is None


@pytest.mark.parametrize(
    "note",
    [
        "Artykuł pierwotnie ukazał się w serwisie Gazeta Nadmorska.",
        "Tekst ukazał się pierwotnie na portalu Gazeta Nadmorska.",
        "Artykuł został pierwotnie opublikowany w serwisie Gazeta Nadmorska.",
        "Tekst pochodzi z serwisu Gazeta Nadmorska.",
    ],
)
def test_polish_notes_naming_the_outlet_after_its_kind(note: str) -> None:
    # "w serwisie / na portalu / z serwisu X": the outlet's kind before its name in the nominative
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == "Gazeta Nadmorska"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Dieser Artikel erschien zuerst im Bergischen Anzeiger.", "Bergischer Anzeiger"),
        ("Der Beitrag erschien ursprünglich beim Bergischen Anzeiger.", "Bergischer Anzeiger"),
        ("Dieser Beitrag erschien zuerst im Bayerischen Rundfunk.", "Bayerischer Rundfunk"),
        ("Dieser Text erschien zuerst im Neuen Tageblatt.", "Neues Tageblatt"),
        ("Dieser Text erschien zuerst im Hamburger Abendblatt.", "Hamburger Abendblatt"),  # no ending to undo
    ],
)
def test_german_name_after_im_or_beim_loses_its_dative_ending(note: str, publisher: str) -> None:
    # the head noun tells the name's gender: "Anzeiger", "Rundfunk" masculine, "Tageblatt" neuter
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Artikeln har tidigare publicerats i Norrlandsposten.", "Norrlandsposten"),
        ("Artiklen er tidligere bragt i Nordjysk Dagblad.", "Nordjysk Dagblad"),
        ("Denne saken ble først publisert av Nordlandsavisen.", "Nordlandsavisen"),
    ],
)
def test_nordic_previously_published_notes(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


def test_a_danish_story_closing_with_the_wire_in_slashes() -> None:
    assert publisher_of(article_end=f"<p>{SENTENCE}. /ritzau/</p>") == "Ritzau"


def test_an_australian_story_closing_with_aap() -> None:
    assert publisher_of(article_end="<p>with AAP</p>") == "AAP"
    # several wires name none
    assert parse(page(article_end="<p>with AAP and Reuters</p>")).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Cet article est une reprise du Journal du Lac.", "Journal du Lac"),
        ("Une version de cet article a été publiée dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Este artículo fue publicado primero en El Diario del Valle.", "El Diario del Valle"),
        ("Esta reportagem foi publicada pela primeira vez no Jornal do Porto.", "Jornal do Porto"),
        ("Articolo tratto da Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Traduzione di un articolo di Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Tekst pochodzi z serwisu Gazeta Nadmorska.", "Gazeta Nadmorska"),
        ("Zuerst publiziert bei Bergischer Anzeiger.", "Bergischer Anzeiger"),
        ("Erstmals publiziert in: Bergischer Anzeiger", "Bergischer Anzeiger"),
        ("Artikeln har tidigare publicerats i Norrlandsposten.", "Norrlandsposten"),
        ("Artiklen er tidligere bragt i Nordjysk Dagblad.", "Nordjysk Dagblad"),
    ],
)
def test_notes_outside_the_articles_body_are_found_in_the_page(note: str, publisher: str) -> None:
    # a note in a box after the article, or a span there, which the body extractor drops
    assert publisher_of(after=f'<div class="article-note"><p><em>{note}</em></p></div>') == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Sursa: Agerpres", "Agerpres"),
        ("Izvor: HINA", "HINA"),
        ("Lähde: STT", "STT"),
        ("Font: EFE", "EFE"),
        ("Πηγή: ΑΠΕ-ΜΠΕ", "ANA-MPA"),
        ("Източник: БТА", "BTA"),
        ("Źródło: IAR", "IAR"),
        ("Sursa: Mediafax", "Mediafax"),
        ("Quelle: Hafenzeitung", "Hafenzeitung"),  # one word compounded with an outlet word
        ("Källa: Norrlandsposten", "Norrlandsposten"),
    ],
)
def test_source_lines_in_more_languages_and_agencies(line: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{line}</p>") == publisher


def test_a_closing_credit_after_an_editors_code() -> None:
    assert publisher_of(article_end=f"<p>{SENTENCE}. (red/dpa)</p>") == "dpa"
    # two wires keep the first, as before: the editor's code is no wire
    assert publisher_of(article_end=f"<p>{SENTENCE}. (APA/dpa)</p>") == "APA"
    assert publisher_of(article_end=f"<p>{SENTENCE}. (sda/ats)</p>") == "Keystone-SDA"


@pytest.mark.parametrize(
    "line", ["Source: Heizungszeitung und eigene Berechnungen", "Quelle: eigene Erhebung", "Källa: tidningen"]
)
def test_source_lines_naming_no_outlet(line: str) -> None:
    assert parse(page(article_end=f"<p>{line}</p>")).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Übernahme mit freundlicher Genehmigung des Tagesspiegels.", "Tagesspiegel"),
        ("Abdruck mit freundlicher Genehmigung des Bergischen Kuriers.", "Bergischer Kurier"),
        ("Nachdruck mit freundlicher Genehmigung der Autorin.", None),
        ("Veröffentlicht mit freundlicher Genehmigung des Verlags.", None),
    ],
)
def test_german_permission_notes_name_an_outlet_in_the_nominative_and_no_role(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Dieser Artikel ist eine Übersetzung aus dem Bergischen Kurier.", "Bergischer Kurier"),
        ("Wir veröffentlichen diesen Beitrag mit freundlicher Genehmigung von Krautreporter.", "Krautreporter"),
        ("Mit freundlicher Genehmigung der Redaktion von Telepolis.", "Telepolis"),
        (
            "Der Beitrag wurde mit freundlicher Genehmigung der Redaktion von Spektrum der Wissenschaft übernommen.",
            "Spektrum der Wissenschaft",
        ),
        ("Original erschienen bei: Bergischer Anzeiger", "Bergischer Anzeiger"),
        ("Übersetzung aus dem Englischen: Anna Schmidt.", None),
        ("Übersetzung von Anna Schmidt.", None),
        ("Wir veröffentlichen diesen Text mit freundlicher Genehmigung der Autorin.", None),
    ],
)
def test_more_german_translation_and_permission_notes(note: str, publisher: str | None) -> None:
    # in the story's last paragraph, and in a box after the article that the body extractor drops
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Eine längere Fassung dieses Textes erschien in der Wochenzeitung Freitag.", "Wochenzeitung Freitag"),
        ("Leicht gekürzte Fassung eines Artikels aus dem Bergischen Kurier.", "Bergischer Kurier"),
        (
            "Der Text ist eine gekürzte Fassung eines Beitrags, der im Bergischen Kurier erschienen ist.",
            "Bergischer Kurier",
        ),
        ("Dieser Text erschien in gekürzter Form im Bergischen Kurier.", "Bergischer Kurier"),
        ("Une version plus longue de cet article a paru dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Eine frühere Fassung dieses Artikels enthielt einen Fehler.", None),
        ("Der Bericht erschien in gekürzter Form im Jahr 2020.", None),
        ("Die Fassung des Gesetzes aus dem Jahr 2019 gilt weiter.", None),
    ],
)
def test_notes_of_a_shorter_or_longer_version(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Dieser Artikel ist eine gekürzte Fassung eines Beitrags des Tagesspiegels vom 14. Februar 2024.",
            "Tagesspiegel",
        ),
        ("Dieser Kommentar erschien zuerst im STANDARD.", "Der Standard"),
        ("Dieser Kommentar erschien zuerst in der Zeit.", "Die Zeit"),
        (
            "Der Text von Leonie Karsten steht unter der Lizenz CC BY-NC-SA 4.0 und stammt von netzpolitik.org.",
            "netzpolitik.org",
        ),
        ("Die Autorin steht unter Vertrag und stammt aus Leipzig.", None),
    ],
)
def test_german_notes_in_the_genitive_without_the_article_or_in_a_licence(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


def test_a_closing_wire_code_before_a_table_of_figures() -> None:
    # Given a story closing with "(KNA)", then a table of figures with its own "Quelle:" line
    table = (
        "<table><tr><th>Jahr</th><th>Austritte</th></tr><tr><td>2022</td><td>522.821</td></tr>"
        "<tr><td>2023</td><td>402.694</td></tr><tr><td colspan='2'>Quelle: Deutsche Bischofskonferenz</td></tr></table>"
    )
    note = f"<p>{SENTENCE}, sagte der Sprecher des Bistums am Dienstag in Limburg. (KNA)</p>{table}"
    assert publisher_of(article_end=note) == "KNA"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Wir danken der Redaktion von Lokalblick für die freundliche Genehmigung zur Übernahme.",
            "Lokalblick",
        ),
        ("Der Beitrag erschien im Original auf der Webseite der Lahntaler Rundschau.", "Lahntaler Rundschau"),
        ("Der Text erschien zuerst in gedruckter Form im Bergischen Kurier.", "Bergischer Kurier"),
        ("Nachdruck aus: Blätter vom Lahntal, Januar 2020", "Blätter vom Lahntal"),
        ("Abdruck aus dem Bergischen Kurier.", "Bergischer Kurier"),
        ("Zuerst erschienen in: Hefte für Lahntaler Politik 5/2019", "Hefte für Lahntaler Politik"),
        ("This article first appeared in print in The Harbor Review's March issue.", "The Harbor Review"),
        ("Adapted from an article in The Harbor Review.", "The Harbor Review"),
        ("Adapted from an article that first appeared in The Harbor Review.", "The Harbor Review"),
        ("Dieser Beitrag erschien in: Lahntal Aktuell, Nr. 3/2020.", "Lahntal Aktuell"),
        ("Der Text erschien zuerst im Print-Magazin Lahntal Aktuell.", "Lahntal Aktuell"),
        ("Der Artikel wurde zuerst im Magazin Lahntal Aktuell veröffentlicht.", "Lahntal Aktuell"),
        ("Der Text erschien zuerst im Magazin für Lahntaler Geschichte.", "Magazin für Lahntaler Geschichte"),
        ("Adapted from an article by Jane Doe.", None),
        ("Der Text erschien zuerst in gedruckter Form.", None),
        ("Nachdruck aus Platzgründen nicht möglich.", None),
    ],
)
def test_notes_naming_the_outlet_after_its_newsroom_its_form_or_an_issue(note: str, publisher: str | None) -> None:
    # "der Redaktion von X", "der Webseite der X", "in gedruckter Form im X", "im Print-Magazin X", "Nachdruck aus: X",
    # "X, Nr. 3/2020",
    # "X's March issue", "Adapted from an article in X": the outlet's name alone; in the story's last paragraph, and
    # in a box after the article that the body extractor drops
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("© Project Syndicate, 2024", "Project Syndicate"),
        ("Copyright: Project Syndicate 2024", "Project Syndicate"),
        ("Copyright: Project Syndicate, 2024. www.project-syndicate.org", "Project Syndicate"),
        ("Copyright: Beispiel Zeitung 2024", None),  # a name the outlet list does not know: no credit
        ("Die neuen Bildschirme nutzen die Technik in-plane switching (IPS).", None),  # no wire: a display technology
    ],
)
def test_a_closing_copyright_line_of_a_listed_syndicate(note: str, publisher: str | None) -> None:
    # "Copyright:" with its colon, and a syndicate the outlet list knows; "(IPS)" is no wire credit of its own
    assert publisher_of(article_end=f"<p>{SENTENCE}.</p><p>{note}</p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Erstmals erschienen am 2. April 2024 in der «Lahntaler Wochenpost».", "Lahntaler Wochenpost"),
        ("Zuerst erschienen am 12.03.2024 im Lahntaler Kurier.", "Lahntaler Kurier"),
        ("Dieser Artikel stammt vom Lahntal-Boten (Ausgabe vom 3. Mai 2024).", "Lahntal-Bote"),
        (
            "Hinweis: Veröffentlichung mit freundlicher Genehmigung des Lahntal-Boten, in dem der Artikel erschien.",
            "Lahntal-Bote",
        ),
        (
            "Ihr Text wurde am 4. Mai 2024 in den Lahntaler Nachrichten (Seite 7) als Gastkommentar veröffentlicht.",
            "Lahntaler Nachrichten",
        ),
        ("Sein Beitrag ist zuerst im Lahntaler Kurier erschienen.", "Lahntaler Kurier"),
        ("Tradução de um artigo publicado em galego no Xornal do Val.", "Xornal do Val"),
        ("Tradução de um artigo publicado originalmente no Jornal do Porto.", "Jornal do Porto"),
        (
            "Source : « Le Courrier du Lac », n° 412, p. 9. Reproduit avec l'aimable autorisation de la rédaction.",
            "Le Courrier du Lac",
        ),
        ("Quelle: „Lahntaler Kurier“, Ausgabe 12/2024. Abdruck mit freundlicher Genehmigung.", "Lahntaler Kurier"),
        ("Hinweis: Der Artikel wurde am 3. Mai 2024 aktualisiert.", None),
        ("Source : INSEE, recensement 2020. Reproduction interdite.", None),
        ("Tradução de Ana Souza.", None),
    ],
)
def test_notes_with_a_date_a_possessive_a_weak_noun_or_a_permission_after_a_source(
    note: str, publisher: str | None
) -> None:
    # a date before the outlet, "Ihr Text", "vom Lahntal-Boten" (a weak noun's dative: "Bote"), "Hinweis:
    # Veröffentlichung mit freundlicher Genehmigung des X", a Portuguese translation's note, and a "Source:" line
    # naming an outlet whose reproduction the page says it was permitted
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Bericht der Lahnauer Zeitung vom 3. Mai 2024", "Lahnauer Zeitung"),
        ("Artikel aus dem Lahnauer Kreisboten, Ausgabe 18/2024", "Lahnauer Kreisbote"),
        ("(aus: Lahn-Anzeiger vom 14. Juni 2024)", "Lahn-Anzeiger"),
        ("Presseartikel: Lahnauer Tagblatt vom 22.04.2024", "Lahnauer Tagblatt"),
        ("Aus: Lahnauer Anzeiger, 5. Juni 2024", "Lahnauer Anzeiger"),
        ("Källa: Lahndalens Tidning, 3 maj 2024", "Lahndalens Tidning"),
        ("Fonte: Gazzetta della Val Lahn, 3 maggio 2024", "Gazzetta della Val Lahn"),
        ("Article publié dans Le Courrier du Lac le 3 mai 2024.", "Le Courrier du Lac"),
        ("Bericht der Feuerwehr vom 3. Mai 2024", None),  # no paper
        ("Quelle: Statistik Lahnau, 3. Mai 2024", None),
        ("Article publié dans Actualités le 3 mai 2024 par admin.", None),  # the site's own category
    ],
)
def test_a_press_clippings_source_line_with_its_date(line: str, publisher: str | None) -> None:
    # a club's or a parish's repost of a paper's report: the paper and the date (or the issue) on one line, above
    # the headline, under it or closing the story; only a name that reads as a paper's
    assert publisher_of(first=f"<p><em>{line}</em></p>") == publisher
    assert publisher_of(article_end=f"<p><em>{line}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{line}</span></div>') == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Den folgenden Artikel hat die Lahntal-Rundschau am 12. März 2024 veröffentlicht:", "Lahntal-Rundschau"),
        (
            "Wir dokumentieren im Folgenden einen Artikel aus dem Lahnauer Volksblatt vom 2. Juli 2024.",
            "Lahnauer Volksblatt",
        ),
        ("Reproducimos el artículo publicado por El Eco del Lago el pasado 10 de mayo.", "El Eco del Lago"),
        ("Originally printed in the Lake Valley Chronicle, May 3, 2024.", "Lake Valley Chronicle"),
        (
            "This article is reproduced from the Lake Courier of 14 March 2024 by kind permission of the editor.",
            "Lake Courier",
        ),
        ("Dieser Beitrag erschien in Heft 4/2024 der Zeitschrift «Forstpraxis Lahntal».", "Forstpraxis Lahntal"),
        ("Wir veröffentlichen einen Beitrag aus unserer Mitgliederzeitschrift.", None),
    ],
)
def test_a_repost_introduced_in_its_own_words(note: str, publisher: str | None) -> None:
    assert publisher_of(first=f"<p><em>{note}</em></p>") == publisher
    assert publisher_of(after=f'<div class="meta"><span class="note">{note}</span></div>') == publisher


@pytest.mark.parametrize(
    ("part", "html", "publisher"),
    [
        (
            "article_end",
            "<p>Dieser Text ist Teil des Angebots von «Lahntaler Nachrichten».</p>",
            "Lahntaler Nachrichten",
        ),
        (
            "article_end",
            "<p><em>This is an edited extract from Quiet Rooms by Tom Ash, published by Harbor Books on 25 April "
            "(£18.99). Reproduced with permission of the publisher.</em></p>",
            "Harbor Books",
        ),
        (
            "first",
            "<p>Hagenberg (pte012/08.05.2024/11:30) – Forscher der Fachhochschule haben ein Verfahren vorgestellt.</p>",
            "pressetext",
        ),
        (
            "article_end",
            '<p class="fuente">Fuente: <a href="https://www.gazettedulac.fr/actualites/frelon-asiatique-piegeage-printemps">'
            "La Gazette du Lac, «Frelon asiatique : le piégeage de printemps», 2 de abril de 2024</a></p>",
            "La Gazette du Lac",
        ),
        ("article_end", "<p>Dieser Text ist Teil unseres Angebots.</p>", None),
        ("article_end", "<p>Powered by PA Media</p>", "PA Media"),  # a wire's feed credited as what powers the page
        ("article_end", "<p>Powered by WordPress</p>", None),
    ],
)
def test_a_partners_offer_a_book_extract_a_release_numbered_dateline_and_a_named_source_link(
    part: str, html: str, publisher: str | None
) -> None:
    # "Teil des Angebots von X"; "an edited extract from <book> ... published by X"; pressetext's dateline with its
    # release number, date and time; a source link whose text opens with the linked site's name and its article
    assert publisher_of(**{part: html}) == publisher


@pytest.mark.parametrize(
    ("part", "html", "publisher"),
    [
        ("article_end", "<p><strong>Source:</strong> Lahn Valley Times</p>", "Lahn Valley Times"),  # plain text
        ("article_end", "<p><strong>Source:</strong> Lahn Valley Council</p>", None),  # no outlet
        (
            "article_end",
            '<p><em>This piece was reproduced from <a href="https://www.lahnclarion.co.uk/history/mills">When the '
            "River Went Quiet</a>, Lahn Valley Clarion, 16 May 2024, with the editor's kind permission.</em></p>",
            "Lahn Valley Clarion",
        ),
        (
            "first",
            "<p><em>Courtesy of YES! Magazine, where this story first appeared in the Summer 2024 issue.</em></p>",
            "YES! Magazine",
        ),
        ("first", "<p><em>This story first appeared in the Summer 2024 issue.</em></p>", None),  # its own issue
        (  # a source line naming the outlet, then its local section and date, or its issue
            "article_end",
            "<p><strong>Quelle:</strong> Neue Westfälische, Lokalteil Bielefeld-Süd, 14.05.2024</p>",
            "Neue Westfälische",
        ),
        ("article_end", "<p>Source: Lahn Valley Times, issue 3,642 (14 May 2024)</p>", "Lahn Valley Times"),
        (  # a dated print note naming the paper in the dative; the page's own print edition names none
            "article_end",
            "<p><em>Erschienen in der Printausgabe der Schwäbischen Zeitung vom 14. Juni 2018.</em></p>",
            "Schwäbische Zeitung",
        ),
        ("article_end", "<p><em>Erschienen in der Printausgabe vom 14. Juni 2018.</em></p>", None),
        ("article_end", "<p><em>Courtesy: APP</em></p>", "Associated Press of Pakistan"),  # a wire by its initials
        ("article_end", "<p>(NAN)</p>", "News Agency of Nigeria"),
        (  # a closing note the body extractor drops as a credit, read on the intact page
            "article_end",
            '<p class="credit"><em>This story was produced by <a href="https://khn.org">Kaiser Health News</a>, an '
            "editorially independent program of the Kaiser Family Foundation.</em></p>",
            "Kaiser Health News",
        ),
        ("article_end", "<p>Source: Company filings, Bloomberg</p>", None),  # a chart's sources
        (
            "article_end",
            '<p>Originalartikel bei Solar Weekly: <a href="https://www.solarweekly.de/2024/05/13/steckersolar/">'
            "Steckersolargeräte: Neue Norm</a> (13. Mai 2024)</p>",
            "Solar Weekly",
        ),
        (
            "article_end",
            "<p><em>Overgenomen uit de Lahnse Courant van 8 mei 2024, met toestemming van de redactie.</em></p>",
            "Lahnse Courant",
        ),
        ("article_end", "<p><em>Dit opiniestuk verscheen eerder in de Volkskrant.</em></p>", "de Volkskrant"),
        (
            "article_end",
            "<p><em>Dit artikel is vertaald uit het Spaans. Het origineel verscheen op 2 mei 2024 in El Diario del "
            "Valle.</em></p>",
            "El Diario del Valle",
        ),
        (
            "article_end",
            "<p><em>Questo intervento della nostra presidente Lucia Neri è apparso su Il Corriere del Lago del 7 "
            "maggio 2024, nelle pagine locali.</em></p>",
            "Il Corriere del Lago",
        ),
        (
            "article_end",
            "<p><em>Artículo publicado en <em>El Diario del Valle</em> el 11 de mayo de 2024.</em></p>",
            "El Diario del Valle",
        ),
        ("article_end", "<p><em>Artículo publicado en 2024 por la redacción.</em></p>", None),
        (
            "first",
            "<p><em>Nous reproduisons ci-dessous la tribune cosignée par notre présidente et parue dans Le Courrier du "
            "Lac daté du 15 mai 2024.</em></p>",
            "Le Courrier du Lac",
        ),
        (
            "first",
            "<p>Da «Gazzetta della Val Lahn», n. 19 del 10 maggio 2024 – per gentile concessione dell'editore</p>",
            "Gazzetta della Val Lahn",
        ),
    ],
)
def test_source_lines_and_notes_of_small_sites_in_five_languages(part: str, html: str, publisher: str | None) -> None:
    # a plain-text "Source:" after its bold label; a story's title linked, then the paper and the date; "X, where
    # this story first appeared in the ... issue"; Dutch "overgenomen uit de X van <date>" and "het origineel
    # verscheen … in X"; an Italian "intervento … è apparso su X"; a Spanish "Artículo publicado en X el <date>";
    # a French "Nous reproduisons … parue dans X"; an Italian clipping "Da «X», n. 19 del <date>"
    assert publisher_of(**{part: html}) == publisher


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [("di Redazione ANSA", "ANSA"), ("Redacción EFE", "EFE"), ("Redazione Lahnese", None)],
)
def test_a_wires_newsroom_as_the_only_byline(byline: str, publisher: str | None) -> None:
    assert publisher_of(first=f'<p class="byline"><span class="author">{byline}</span></p>') == publisher


def test_a_religious_wire_in_the_dateline() -> None:
    assert publisher_of(first=f"<p>VATICAN CITY (OSV News) — {SENTENCE}.</p>") == "OSV News"


@pytest.mark.parametrize(
    ("part", "html", "publisher"),
    [
        (  # the link's text is the paper's name, its initials the linked site's domain; the story's id after its slug
            "article_end",
            '<p class="kalla">Källa: <a href="https://www.lv.se/lahn/artikel/kapellet-i-lahnby-far-leva-vidare/'
            'r4k2ml8j">Lahndalens Vecka</a>, 12 april 2024, sid. 8</p>',
            "Lahndalens Vecka",
        ),
        (  # a section page, not a story: no origin
            "article_end",
            '<p class="kalla">Källa: <a href="https://www.lv.se/lahn/">Lahndalens Vecka</a>, 12 april 2024</p>',
            None,
        ),
        (
            "first",
            "<p><em>This is our translation of an article that first appeared in German in the Lahntaler Zeitung on "
            "2 May 2024.</em></p>",
            "Lahntaler Zeitung",
        ),
        (
            "first",
            "<p><em>Tłumaczenie artykułu z „Lahnposten” z 3 maja 2024 r. Źródło: "
            '<a href="https://www.lahnposten.no/nyheter/i/abc123/ferja-stopper">lahnposten.no</a></em></p>',
            "Lahnposten",
        ),
    ],
)
def test_a_source_link_named_by_initials_an_english_translation_note_and_a_polish_one(
    part: str, html: str, publisher: str | None
) -> None:
    assert publisher_of(**{part: html}) == publisher


def test_a_canonical_on_a_site_the_publisher_lists_as_its_own_is_no_origin() -> None:
    canonical = '<link rel="canonical" href="https://www.lahn-news.ch/biel/altstadt-wird-zur-begegnungszone">'
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "City council approves new budget", "publisher": {"@type": "NewsMediaOrganization", '
        '"name": "Lahn TV AG", "url": "https://www.example-news.com/", "sameAs": ["https://www.lahn-news.ch/"]}}'
        "</script>"
    )
    assert publisher_of(head=canonical + ld) is None
    # a copy that kept its original's markup names the original's site only: still the original's story
    copied = ld.replace("https://www.example-news.com/", "https://www.lahn-news.ch/").replace(
        ', "sameAs": ["https://www.lahn-news.ch/"]', ""
    )
    assert publisher_of(head=canonical + copied) is not None


@pytest.mark.parametrize(
    ("part", "html", "publisher"),
    [
        (
            "first",
            '<div class="meta"><span class="m"><span class="l">Text:</span> Katrin Voss</span> <span class="m">'
            '<span class="l">Zuerst veröffentlicht:</span> Lahn Saison, Heft 5/2024</span></div>',
            "Lahn Saison",
        ),
        (
            "article_end",
            "<p><small>Erstveröffentlichung: Lahntaler Zeitung, 8. Mai 2024</small></p>",
            "Lahntaler Zeitung",
        ),
        (
            "article_end",
            "<p><small>Nachdruck mit Genehmigung: Lahntaler Tageszeitung, 8. Mai 2024, Ressort Land</small></p>",
            "Lahntaler Tageszeitung",
        ),
        (  # the site's own reprint notice names no origin
            "after",
            "<p>© 2024 Alpenverein Lahn. Nachdruck von Inhalten dieser Website nur mit Genehmigung der Sektion.</p>",
            None,
        ),
        (
            "first",
            '<dl class="article-info"><dd class="source"><span class="lbl">Source :</span> Le Télégramme</dd></dl>',
            "Le Télégramme",
        ),
        ("first", '<p class="byline">By Priya Raman, The Lahn Texan via UWIRE</p>', "The Lahn Texan"),
    ],
)
def test_first_publication_fields_reprint_permissions_a_french_paper_and_a_college_wire(
    part: str, html: str, publisher: str | None
) -> None:
    assert publisher_of(**{part: html}) == publisher


def test_an_agencys_material_in_a_reporters_story_is_no_origin() -> None:
    # Given a closing "(mit Material von dpa)" under a story a reporter signs, and the same line under an unsigned one
    byline = '<p class="byline">Von <span class="author">Sabine Kettler</span></p>'
    material = "<p>(mit Material von dpa)</p>"
    # Then the reporter's story is the newsroom's own, and the unsigned one is dpa's
    assert publisher_of(first=byline, article_end=material) is None
    assert publisher_of(article_end=material) == "dpa"


def test_an_agency_named_in_full_with_its_acronym_in_brackets_is_no_dateline() -> None:
    from support.news_pages import publisher_of

    strike = "<p>Journalists of the News Agency of Nigeria (NAN) on Tuesday began a strike over unpaid allowances.</p>"
    assert publisher_of(first=strike) is None
    assert publisher_of(first="<p>LAGOS (NAN) – The governor on Tuesday signed the budget into law.</p>") is not None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ('Lire la suite sur <a href="https://desarmons.net/index.php/2019/01/grenades">Désarmons-les !</a>',
         "Désarmons-les !"),
        ('Continue reading at <a href="https://grist.org/climate/heat-plan/">Grist</a>.', "Grist"),
        ('Read the rest at <a href="https://www.motherjones.com/2024/05/plan/">Mother Jones</a>.', "Mother Jones"),
        ('Read the full story on <a href="https://www.vox.com/2024/5/3/plan">Vox</a>', "Vox"),
        ('Weiterlesen bei <a href="https://www.zeit.de/2024/19/plan">Zeit Online</a>', "Zeit Online"),
        ('Sigue leyendo en <a href="https://elpais.com/2024-05-03/plan.html">El País</a>', "El País"),
        ('Lees verder op <a href="https://www.nrc.nl/nieuws/2024/05/03/plan-a123">NRC</a>', "NRC"),
    ],
)  # fmt: skip
def test_an_excerpts_closing_line_sending_the_reader_to_its_source(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        'Read the full report on <a href="https://www.who.int/publications/r">the WHO website</a>.',
        "He told the pupils to continue reading at home, the head teacher said.",
    ],
)
def test_a_document_or_a_sentence_sends_the_reader_to_no_source(note: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") is None


META_ROW_WITH_LEAD = (
    '<div class="cikk_info"><b>2015. augusztus 20., 11:16</b> {credit}<br><div class="lead">{lead}</div>'
    '<p><img src="statue.jpg" alt=""><em>A szobor a téren. Fotó: Nemes János</em></p>{lead}{lead}</div>'
)
LEAD = (
    "Ismeretlen elkövetők megrongálták a költő szobrát a város központjában, a rendőrség nyomoz az ügyben, és a "
    "polgármester szerint a téren álló kamerák felvételei segíthetnek a tettesek azonosításában. "
)


def test_a_source_label_after_the_date_in_a_meta_box_holding_the_lead_and_its_photo() -> None:
    # Given a meta row "date  forrás: MTI" in a box that also holds the lead, a photo and its caption
    first = META_ROW_WITH_LEAD.format(credit="forrás: <b>MTI</b>", lead=LEAD)
    # Then the wire is the story's origin: the photo is the lead's, not the credit's
    assert publisher_of(first=first) == "MTI"


def test_a_source_label_after_the_date_naming_no_agency() -> None:
    first = META_ROW_WITH_LEAD.format(credit="forrás: <b>Központi Statisztikai Hivatal</b>", lead=LEAD)
    assert publisher_of(first=first) is None


def test_a_wire_credit_in_a_short_box_beside_a_photo_stays_a_photo_credit() -> None:
    first = '<div class="pic"><img src="statue.jpg" alt=""><span>forrás: <b>MTI</b></span></div>'
    assert publisher_of(first=first) is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Dieser Beitrag stammt von unserem Medienpartner, dem Wesermarsch-Kurier.", "Wesermarsch-Kurier"),
        (
            "Der folgende Bericht von Martin Oberleitner stammt aus dem Saalachtaler Boten vom 14. Juli 2016.",
            "Saalachtaler Bote",
        ),
        (
            "Mit freundlicher Genehmigung der Redaktion geben wir dazu einen Beitrag aus dem Kleingarten-Journal "
            "(Heft 6/2019) in voller Länge wieder.",
            "Kleingarten-Journal",
        ),
        (
            "Dieser Artikel von Lea Marschall erschien ursprünglich bei Wattzeit – Magazin für die Energiewende und "
            "steht unter der Lizenz CC BY 4.0.",
            "Wattzeit",
        ),
        ("(aus: Schienenblick Nr. 4/2008, S. 22–25)", "Schienenblick"),
    ],
)
def test_more_german_notes_of_a_text_taken_whole(note: str, publisher: str) -> None:
    assert publisher_of(first=f"<p><em>{note}</em></p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "Dieser Beitrag stammt aus dem Jahr 2010 und wurde zuletzt im Mai ergänzt.",  # no paper's name
        "Der Text stammt von Peter Brandner, unserem Vorsitzenden.",  # its writer
        "(aus: Vereinschronik, 3. Auflage)",  # no issue of a periodical
    ],
)
def test_german_lines_that_name_no_paper(note: str) -> None:
    assert publisher_of(first=f"<p><em>{note}</em></p>") is None


def test_a_reporters_byline_with_agency_material_is_her_story() -> None:
    byline = (
        '<div class="byline">Von Carina Hofmeister, mit Material von dpa · <time>11.04.2024, 17:45 Uhr</time></div>'
    )
    assert publisher_of(first=byline) is None


@pytest.mark.parametrize(
    "closing",
    [
        "(Bericht von Stefanie Gottwald, redigiert von Matthias Erhardt. Bei Rückfragen wenden Sie sich bitte an "
        "unsere Redaktion.)",
        "(Reportage Jean Dupont, édité par Pierre Martin)",
        "(Información de Ana López; editado en español por Carlos Ruiz)",
        "(Reporte de Ana López; editado por Carlos Ruiz)",
    ],
)
def test_reuters_desks_closing_lines_in_other_languages(closing: str) -> None:
    assert publisher_of(article_end=f"<p><em>{closing}</em></p>") == "Reuters"


@pytest.mark.parametrize(
    ("meta", "publisher"),
    [
        ("21. Juli 2014 | Text: epd Niedersachsen-Bremen | Rubrik: <a href='/c/landeskirche/'>Landeskirche</a>", "epd"),
        ("03.05.2024 · Quelle: dpa Hamburg", "dpa"),
        ("03.05.2024 | Text: Peter Müller | Rubrik: Gemeinde", None),  # a writer
        ("03.05.2024 | Quelle: AP Photo", None),  # a photo's credit
    ],
)
def test_a_wire_as_a_field_of_a_meta_row_with_its_regional_service(meta: str, publisher: str | None) -> None:
    assert publisher_of(first=f'<div class="entry-meta">{meta}</div>') == publisher


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        (
            "<p>The following is a press release from the Example County Sheriff's Office:</p>",
            "Example County Sheriff's Office",
        ),
        ("<p>Below is the full statement from Harbour Residents Association.</p>", "Harbour Residents Association"),
        (  # the note after the standfirst, in the same paragraph
            "<p>Two activists have been held for two months. Nous relayons ci-dessous le communiqué de Collectif "
            "Liberté.</p>",
            "Collectif Liberté",
        ),
        (
            "<p>Wir dokumentieren im Folgenden die Pressemitteilung der Bürgerinitiative Beispieltal:</p>",
            "Bürgerinitiative Beispieltal",
        ),
        ("<p>Reproducimos a continuación el comunicado de Plataforma Vecinal.</p>", "Plataforma Vecinal"),
    ],
)
def test_a_release_relayed_in_full_is_its_issuers(first: str, publisher: str) -> None:
    # Given an editor's note opening the page's text: the release or statement below is relayed in full
    # Then its issuer is the origin
    assert publisher_of(first=first) == publisher


def test_a_statement_closing_a_story_is_no_origin() -> None:
    # Given a reporter's story that ends by quoting a company's statement in full
    closing = "<p>Below is the full statement from Acme Corporation:</p><p>We regret the delay to the bridge works.</p>"
    # Then the story is the newsroom's own
    assert publisher_of(article_end=closing) is None


def test_a_relay_note_in_italics_after_the_lead_picture_is_found() -> None:
    # Given a picture, then an italic note opening the text (the kind of line a body reads as the picture's caption)
    first = (
        '<figure><img src="/i/cruiser.jpg" alt="Police cruiser"><figcaption>A police cruiser. File photo'
        "</figcaption></figure><p><em>The following is a news release from the Harlow Springs Police Department:"
        "</em></p>"
    )
    # Then the release's issuer is the origin
    assert publisher_of(first=first) == "Harlow Springs Police Department"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("A version of this story first appeared in the Texas Tribune.", "The Texas Tribune"),
        ("This article originally appeared in the New York Times.", "The New York Times"),
    ],
)
def test_a_listed_outlet_the_note_writes_after_a_lower_case_the_is_named_as_it_writes_itself(
    note: str, publisher: str
) -> None:
    # Given a note naming a listed outlet mid-sentence, "the" in lower case
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher
