"""The loaded pipeline's tokenizer keeps more text chunks than spaCy's default, with the same tokens."""

from __future__ import annotations

from worker.entities import EntityTagger
from worker.entities.model import _TOKENIZER_CACHE

TEXT = "Dr. O'Dowd-Smith said: “it's the U.S.’s call”, at 9:30am in São Paulo (http://example.com/x?y=1)."


def test_the_tokenizer_keeps_more_chunks_and_the_same_tokens(tagger: EntityTagger) -> None:
    # Given the tagger's pipeline, and a text of affixes, special cases, a URL and non-ASCII words
    nlp = tagger._nlp
    assert nlp.tokenizer.max_cache_size >= _TOKENIZER_CACHE > 10_000
    # When it is tokenized twice, the second time from the chunks kept the first
    first, second = nlp.make_doc(TEXT), nlp.make_doc(TEXT)
    # Then the tokens are the same
    assert [(t.text, t.whitespace_) for t in first] == [(t.text, t.whitespace_) for t in second]
    assert "".join(t.text_with_ws for t in first) == TEXT
