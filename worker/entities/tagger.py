"""Tag an ``ArticleRecord`` with the people, organisations and places of its headline and body."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any, Final

from schemas.article import ArticleRecord, Entity
from worker.entities.aliases import (
    bracket_aliases,
    clipped_aliases,
    compass_aliases,
    country_aliases,
    domain_aliases,
    head_aliases,
    organisation_aliases,
    park_aliases,
)
from worker.entities.blas import one_blas_thread
from worker.entities.companies import listed_company_keys
from worker.entities.company_cues import (
    analyst_firms,
    company_cue_hits,
    corporate_names,
    executive_names,
    impersonal_names,
    maker_hits,
    said_companies,
    school_names,
)
from worker.entities.credits import (
    credit_spans,
    dateline_place,
    dateline_span,
    drop_credits,
    party_tag_spans,
    prompt_spans,
)
from worker.entities.cues import aged_words, listed_places, located_names, placed_names, pronouned_words
from worker.entities.drops import (
    drop_attributive_countries,
    drop_defined_acronyms,
    drop_diseases,
    drop_model_numbers,
    drop_vessels,
)
from worker.entities.filters import common_word_people, lower_words, reader_tags, thing_people
from worker.entities.gazetteer import (
    canonical_outlet,
    country_keys,
    country_pattern,
    given_names,
    nation_keys,
    outlet_pattern,
    place_keys,
)
from worker.entities.groups import coached_places, group_names, group_plurals, team_places
from worker.entities.institutions import defined_names, drop_leading_words, institution_names
from worker.entities.joins import (
    join_adjacent_people,
    join_chinese_names,
    join_district,
    join_found_teams,
    join_particles,
    join_split_organisations,
    join_team_names,
    with_place_kind,
)
from worker.entities.kinds import division_places, honorific_persons, kinds_by_form, stated_places
from worker.entities.labels import PLACE_LABELS
from worker.entities.language import looks_english
from worker.entities.lines import unwrapped
from worker.entities.mentions import RawEntity, Span, combine, country_hits, model_mentions, name_hits, names_pattern
from worker.entities.merge import (
    Mention,
    merge_mentions,
    towns_by_given_names,
    with_company_evidence,
    with_company_series,
    with_headed_companies,
    with_listed_organisations,
    with_school_evidence,
)
from worker.entities.model import load_pipeline, recognize, resolve_model
from worker.entities.names import TitleRuns, clean_name, name_key, title_runs, titled_names, whole_titled_names
from worker.entities.nicknames import nickname_aliases, nickname_hits, nicknamed_people, without_nicknamed
from worker.entities.products import branded_products, company_products, owned_products, versioned_products
from worker.entities.rank import MAX_ENTITIES, rank
from worker.entities.shows import show_hosts
from worker.entities.speakers import quoted_people
from worker.entities.splits import (
    split_at_lines,
    split_comma_lists,
    split_country_pairs,
    split_name_runs,
    split_owners,
    split_pairings,
)
from worker.entities.surnames import complete_surnames, given_surnames, with_given_name_before, with_surname_after
from worker.entities.tail import TAGGED_CHARS, drop_superseded, new_name_windows, prefix_end, tail_mentions
from worker.entities.title_case import drop_title_case_only, headline_openers, title_case_zones
from worker.entities.titled import titled_people
from worker.settings import Settings

_NAME_APOSTROPHE = re.compile(r"(?<![\w'’])([ODLdl])’(?=[A-Z])")
"""A typographic apostrophe inside a name ("O’Dowd", "D’Angelo", "L’Oréal"): the model, trained on straight ones,
cuts "Margaret O’Dowd" to "Margaret". Only there: straight quotes everywhere moved the development half down
(0.758 → 0.751) as it then tagged quoted phrases and "’s" possessives differently."""

_NAME_DASH = re.compile(r"(?<=[^\W\d_])–(?=[A-ZÀ-Þ])")
"""An en dash joining two capitalised parts of one name ("Murray–Darling Basin Authority", "Austria–Hungary"): the
model, which reads a hyphen there as part of the name, cuts the name at the dash ("Darling Basin Authority"). It
reads a hyphen instead, at the same offset, so the name keeps the page's dash."""

MAX_BODY_CHARS: Final[int] = 100_000
"""Only this much of the body is tagged (longer bodies get a note); about 15,000 words."""


class EntityTagger:
    """Holds one loaded spaCy pipeline and annotates records with it. Build one per worker process."""

    def __init__(self, model: str | None = None, *, tagged_chars: int = TAGGED_CHARS) -> None:
        """Load the pipeline (cached per process) and the gazetteers; spaCy will read the headline and the first
        ``tagged_chars`` of each body (names found there are counted in the whole body).

        Raises:
            EntityModelUnavailable: the pipeline is not installed or fails to load.
        """
        self.model = resolve_model(model)
        self.tagged_chars = tagged_chars
        self._nlp: Any = load_pipeline(self.model)
        self.language: str = self._nlp.lang
        self._places = place_keys()
        self._countries = country_keys()
        self._nations = nation_keys()
        self._given = given_names()
        outlet_pattern()
        listed_company_keys()

    def annotate(self, record: ArticleRecord) -> ArticleRecord:
        """Return a copy of ``record`` with ``entities`` set (and a note in ``notes`` when they could not be).

        A page in another language, or of unknown language that does not read as English, gets no entities and a
        note; so does a failure inside spaCy. Raises nothing.
        """
        skip = self._skip_reason(record)
        if skip is not None:
            return _with(record, [], skip)
        notes = []
        body = unwrapped(record.body)
        if len(body) > MAX_BODY_CHARS:
            body = body[:MAX_BODY_CHARS]
            notes.append(f"entities: only the first {MAX_BODY_CHARS} characters of the body were tagged")
        try:
            entities = self._entities(record, body)
        except Exception as exc:  # spaCy and thinc raise many types; a page must never fail on its entities
            return _with(record, [], *notes, f"entities: tagging failed ({type(exc).__name__}: {exc})")
        return _with(record, entities, *notes)

    def _entities(self, record: ArticleRecord, body: str) -> list[Entity]:
        tagged = prefix_end(body, self.tagged_chars)
        lower = lower_words(body)
        zones = title_case_zones(body)
        if tagged == 0:  # one spaCy call: the headline and the windows of every new capitalised word of the body
            windows = new_name_windows(body, 0, set(), lower, skip=dateline_span(body), zones=zones)
            headline_ents, body_ents = self._tag(record.headline, body, windows, lower)
        else:  # the headline and a prefix first, then windows of the rest around words not named there
            headline_ents, body_ents = self._tag(record.headline, body, [(0, tagged)], lower)
            known = {t for text, _, _ in headline_ents + body_ents for t in name_key(text).split(" ")}
            body_ents += self._tag("", body, new_name_windows(body, tagged, known, lower, zones=zones), lower)[1]
        people = nicknamed_people(body, lower)
        in_text = located_names(body)
        text = f"{record.headline}\n{body}"
        runs = title_runs(text)
        mentions = self._mentions(
            record,
            body,
            headline_ents,
            body_ents,
            tagged,
            people=people,
            lower=lower,
            zones=zones,
            located=in_text,
            runs=runs,
        )
        listed = listed_places(mentions, body, self._places)
        places: AbstractSet[str] = _PlacesAndListed(self._places, listed) if listed else self._places
        aliases = {**clipped_aliases(mentions), **domain_aliases(mentions), **country_aliases(mentions)}
        aliases.update(compass_aliases(mentions))
        aliases.update(park_aliases(mentions, self._places))
        aliases.update(organisation_aliases(mentions))
        aliases.update({k: v for k, v in head_aliases(mentions).items() if k not in aliases})
        aliases.update(bracket_aliases(mentions, body))
        aliases.update(nickname_aliases(people))
        mentions = team_places(mentions, places, body)
        lone_people = sorted({m.text for m in mentions if m.label == "PERSON" and " " not in m.text})
        named_orgs = sorted({m.text for m in mentions if m.label == "ORG" and m.source == "model" and " " in m.text})
        located = in_text | dateline_place(body)
        located |= towns_by_given_names(mentions, body, places, self._given, self._countries)
        pronouned = pronouned_words(body)
        merged = merge_mentions(
            mentions,
            places=places,
            countries=self._countries,
            given=self._given,
            aliases=aliases,
            located=located,
            placed=placed_names(text),
            pronouned=pronouned,
            titled=titled_names(lone_people, text, runs) | whole_titled_names(named_orgs, runs),
            teams=coached_places(mentions, body, self._nations),
            aged=aged_words(body),
        )
        corporate = corporate_names(record.headline) | corporate_names(body)  # cues never cross a line: as in text
        merged = with_company_evidence(merged, corporate | said_companies(body), self._given)
        merged = with_headed_companies(
            merged, executive_names(record.headline) | executive_names(body), self._countries
        )
        analysts, impersonal = analyst_firms(text), impersonal_names(body)
        merged = with_company_evidence(merged, analysts)  # "Piper Jaffray analyst": given name or not
        merged = with_company_evidence(merged, impersonal)  # "Novo Nordisk, which": given name or not
        merged = with_school_evidence(merged, school_names(body), located)
        merged = with_listed_organisations(
            merged, body, self._given, countries=self._countries, located=located, places=places
        )
        merged = with_company_series(merged, body, self._given, countries=self._countries, located=located)
        merged = reader_tags(merged, record, body, places, lower)
        titled = titled_names([e.text for e in merged if e.label == "PERSON"], text, runs)
        merged = common_word_people(merged, lower, self._given, titled, pronouned)
        merged = thing_people(merged, body, titled, (places, lower, self._given))
        merged = owned_products(branded_products(versioned_products(merged, text, places), text, places), text)
        quoted = quoted_people([e.text for e in merged if e.label == "PERSON"], body)
        companies = corporate | analysts | impersonal
        return rank(
            merged,
            body_length=len(body),
            limit=MAX_ENTITIES,
            given=self._given,
            titled=titled,
            quoted=quoted,
            companies=companies,
        )

    def _tag(
        self, headline: str, body: str, spans: list[tuple[int, int]], lower: frozenset[str] | set[str] = frozenset()
    ) -> tuple[list[RawEntity], list[RawEntity]]:
        """spaCy's entities of ``headline`` and of the ``spans`` of ``body`` (offsets in the body), in one batch.

        Each text is its own document and all go through the recognizer together (``model.recognize``): its network
        runs once over all their words, and its decoder steps through the documents side by side.
        """
        segments = [(0, headline)] if headline else []
        segments += [(a, body[a:b]) for a, b in spans]
        if not segments:
            return [], []
        docs = [
            self._nlp.make_doc(
                _NAME_DASH.sub("-", _NAME_APOSTROPHE.sub(r"\1'", text)) if "’" in text or "–" in text else text
            )
            for _, text in segments
        ]  # (each pattern needs its character: a text with neither, most of them, is not scanned)
        with one_blas_thread():
            recognize(self._nlp, docs)
        headline_ents: list[RawEntity] = []
        body_ents: list[RawEntity] = []
        for i, ((body_at, text), doc) in enumerate(zip(segments, docs, strict=True)):
            found = [(text[ent.start_char : ent.end_char], ent.label_, ent.start_char) for ent in doc.ents]
            ents = split_at_lines(found)  # as the text writes them ("O’Dowd", which the model read as "O'Dowd")
            ents = split_country_pairs(split_comma_lists(ents), text, self._countries)
            ents = join_chinese_names(join_particles(ents, text), text)
            ents = join_team_names(join_split_organisations(join_district(ents, text), text), text, self._places)
            ents = division_places(stated_places(honorific_persons(ents, text), text), text, body)
            ents = join_adjacent_people(with_given_name_before(ents, text, self._given, self._places, lower), text)
            ents = with_surname_after(ents, text, self._places, lower)
            ents = company_products(split_name_runs(ents, self._given), body)
            ents = show_hosts(ents, self._given)
            if headline and i == 0:
                headline_ents += ents
            else:
                body_ents += [(ent_text, label, body_at + at) for ent_text, label, at in ents]
        return headline_ents, body_ents

    def _skip_reason(self, record: ArticleRecord) -> str | None:
        if record.language is None:
            if self.language == "en" and not looks_english(f"{record.headline}\n{record.body}"):
                return "entities: language unknown and the text does not read as English; not tagged"
            return None
        if record.language != self.language:
            if self.language == "en" and looks_english(f"{record.headline}\n{record.body}"):
                return None  # a page declared in another language whose text is English (a site's default lang)
            return f"entities: no model for language {record.language!r}"
        return None

    def _mentions(
        self,
        record: ArticleRecord,
        body: str,
        headline_ents: list[RawEntity],
        body_ents: list[RawEntity],
        tagged: int,
        *,
        people: dict[str, str],
        lower: frozenset[str] | set[str] = frozenset(),
        zones: list[Span] | None = None,
        located: frozenset[str] = frozenset(),
        runs: TitleRuns = (),
    ) -> list[Mention]:
        page = names_pattern(_page_organisations(record))
        outlets = outlet_pattern()
        plurals = group_plurals(body, body_ents, self._places)
        found: list[Mention] = []
        headline_names: list[tuple[Span, Mention]] = []  # places the model found in the headline, sought in the body
        for text, ents, in_headline in ((record.headline, headline_ents, True), (body, body_ents, False)):
            page_hits = name_hits(page, text, in_headline=in_headline, source="page") if page else []
            outlet_hits = name_hits(outlets, text, in_headline=in_headline, source="gazetteer")
            defined = [] if in_headline else defined_names(text, self._places)
            institutions = [] if in_headline else institution_names(text, self._places)
            groups = group_names(text, plurals, self._places, in_headline=in_headline)
            kinds = kinds_by_form(ents, self._given, lower, self._places, nations=self._nations, located=located)
            model = model_mentions(kinds, in_headline=in_headline)
            if in_headline:  # known places only: the model's other headline names are too often title case's
                headline_names = [
                    ((-1, -1), mention)
                    for _, mention in model
                    if mention.label in PLACE_LABELS and name_key(mention.text) in self._places
                ]
            else:
                hits = tail_mentions(model + defined + headline_names, text, tagged)
                model = drop_superseded(model, hits) + hits
                countries = country_hits(country_pattern(), text, model + defined)
                model = drop_superseded(model, countries) + countries
                nationalities = {name_key(name) for name, label, _ in ents if label == "NORP"}
                model += company_cue_hits(text, model + defined, self._places, nationalities, lower)
                titled_hits = titled_people(text, runs, model + defined, self._places, lower, given=self._given)
                model = drop_superseded(model, titled_hits) + titled_hits
                model += maker_hits(
                    text, model + defined, places=self._places, given=self._given, lower=lower, groups=nationalities
                )
            model = with_place_kind(model, text, self._countries)
            if people:  # "Lee “Faker” Sang-hyeok" and "Faker" alone: one person, whatever spaCy made of them
                nicknamed = nickname_hits(text, people, in_headline=in_headline)
                model = without_nicknamed(model, nicknamed) + nicknamed
            found += combine(
                drop_leading_words(model, institutions), page_hits, outlet_hits, defined, institutions, groups
            )
        dateline = dateline_span(body)
        found = [m for m in found if m.offset is None or not dateline[0] <= m.offset < dateline[1]]
        prompts = prompt_spans(body) + credit_spans(body) + party_tag_spans(body)
        if prompts:
            found = [m for m in found if m.offset is None or not any(a <= m.offset < b for a, b in prompts)]
        found = headline_openers(found, record.headline, body)
        found = drop_title_case_only(found, record.headline, body, self._places, zones, given=self._given)
        found = drop_model_numbers(found)
        found = drop_vessels(drop_diseases(found, record.headline, body, self._given), body)
        found = drop_attributive_countries(drop_defined_acronyms(found, body), body)
        found = given_surnames(
            complete_surnames(drop_credits(found, body), body, self._places), body, self._given, self._places
        )
        found = join_found_teams(split_pairings(split_owners(found, body)), body, self._places)
        found += _unmentioned_sources(record, found)
        return found


class _PlacesAndListed(AbstractSet[str]):
    """The known place keys and a page's listed places (``cues.listed_places``, none of them known) as one set,
    without the copy of the ~10^5 known keys a union makes. The rules only test membership in it."""

    def __init__(self, places: frozenset[str], listed: frozenset[str]) -> None:
        self._places, self._listed = places, listed

    def __contains__(self, key: object) -> bool:
        return key in self._places or key in self._listed

    def __iter__(self) -> Iterator[str]:
        yield from self._places
        yield from self._listed

    def __len__(self) -> int:
        return len(self._places) + len(self._listed)


def _page_organisations(record: ArticleRecord) -> list[str]:
    """Names the page itself marks as organisations: the original publisher and the cited sources.

    The site's own ``site_name`` is an organisation too, but not a tag of its own stories (``filters.reader_tags``).
    """
    names = [c.source for c in record.citations]
    if record.origin is not None:
        names.append(record.origin.publisher)
    return [n for n in names if clean_name(n) is not None]


def _unmentioned_sources(record: ArticleRecord, found: list[Mention]) -> list[Mention]:
    """The original publisher and cited sources named only outside headline and body (e.g. the origin line).

    Their attribution statement is page text, so each counts as one mention; the site's own name does not.
    """
    seen = {name_key(m.text) for m in found}
    names = [c.source for c in record.citations]
    if record.origin is not None:
        names.append(record.origin.publisher)
    extra = []
    for name in names:
        text = clean_name(name)
        text = canonical_outlet(text) if text is not None else None
        if text is not None and name_key(text) not in seen:
            seen.add(name_key(text))
            extra.append(Mention(text, "ORG", None, False, "page"))
    return extra


def _with(record: ArticleRecord, entities: list[Entity], *notes: str) -> ArticleRecord:
    return record.model_copy(update={"entities": entities, "notes": [*record.notes, *notes]})


def load_tagger(settings: Settings) -> EntityTagger | None:
    """The process's tagger for ``settings`` (``None`` when ``ner_enabled`` is false); call once at start-up.

    Raises:
        EntityModelUnavailable: ``ner_model`` (or, unset, every default English pipeline) is not installed.
    """
    if not settings.ner_enabled:
        return None
    return EntityTagger(settings.ner_model)


def load_annotator(settings: Settings) -> Callable[[ArticleRecord], ArticleRecord] | None:
    """The tagger's ``annotate`` for ``settings`` (model loaded now, once), or None when NER is off.

    Raises:
        EntityModelUnavailable: the configured spaCy pipeline is not installed.
    """
    tagger = load_tagger(settings)
    return tagger.annotate if tagger is not None else None


__all__ = ["MAX_BODY_CHARS", "EntityTagger", "load_annotator", "load_tagger"]
