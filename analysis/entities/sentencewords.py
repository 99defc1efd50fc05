"""Common nouns the model took for a person because a sentence begins with them.

"Cod swim north in spring", "Sorrow filled the hall": a capitalised word at a sentence's start is
no name when it is an English word (TextBlob's spelling list) or the article writes it in lower
case elsewhere, the model called it a person with nothing else to go on (one word, no title, no
role, no other form merged into it), every one of its mentions opens a sentence, and no mention is
followed by a verb of speech or agency ("Rose said" may be a person known by one name).
"""

from __future__ import annotations

import re

from analysis.entities.model import Entity
from analysis.entities.recall import _lowercase_words, _spelling_words
from analysis.entities.typewords import ACTOR_AFTER

#: What comes right before a sentence's first word: the paragraph's start, a full stop and spaces,
#: an opening quote.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’']?\s+|[\"“‘]\s*)$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of a sentence (or of a quote)."""
    return bool(_OPENS_SENTENCE.search(text[max(0, start - 4):start]))


def sentence_word(entity: Entity, texts: dict[int, str], lowercase: set[str]) -> bool:
    """Whether a one-word "person" is a common word opening sentences (the module's rule)."""
    name = entity.name
    if entity.label != "PERSON" or " " in name or entity.titles or entity.roles or entity.merged \
            or not entity.mentions:
        return False
    word = name.lower()
    if word not in _spelling_words() and word not in lowercase:
        return False
    for m in entity.mentions:
        text = texts.get(m.paragraph, "")
        after = re.match(r"\s+([a-z]+)", text[m.end:])
        if m.paragraph == 0 or text[m.start:m.end] != name or not opens_sentence(text, m.start) \
                or (after and after.group(1) in ACTOR_AFTER):
            return False
    return True


def drop_sentence_words(entities: list[Entity], texts: dict[int, str]) -> list[Entity]:
    """The entities without the common words that only open sentences (:func:`sentence_word`)."""
    lowercase = _lowercase_words(texts)
    return [e for e in entities if not sentence_word(e, texts, lowercase)]
