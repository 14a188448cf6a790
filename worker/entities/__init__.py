"""Named entities of an article: people, organisations and places, merged per entity and ranked by prominence."""

from __future__ import annotations

from worker.entities.model import EntityModelUnavailable
from worker.entities.rank import MAX_ENTITIES
from worker.entities.tagger import EntityTagger, load_annotator, load_tagger

__all__ = ["MAX_ENTITIES", "EntityModelUnavailable", "EntityTagger", "load_annotator", "load_tagger"]
