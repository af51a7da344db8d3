"""Optional: natasha's NER for the places that the gazetteer and morphology miss.

A full NER pass costs several times factx's own extraction (natasha runs at about a tenth of
razdel's speed), so it is off unless asked for: `Extractor(ner=True)`, `factx extract --ner`.
natasha's locations that overlap no place factx found are added, named by natasha's normaliser and
typed from the gazetteer where it knows the name ("other" where it does not).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..draft import Draft
from ..text.doc import Doc
from .gazetteer import gazetteer


def require_natasha() -> None:
    """Raise ImportError, naming the extra to install, when natasha is missing: asked once, before any
    document, rather than once per document."""
    try:
        import natasha  # noqa: F401
    except ImportError as err:
        raise ImportError("places by NER (--ner) need natasha: pip install 'factx[ner]'") from err


@cache
def _natasha() -> tuple[Any, Any, Any, Any, Any]:
    require_natasha()
    from natasha import Doc as NatashaDoc
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return NatashaDoc, Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()


def ner_places(doc: Doc, known: list[Draft]) -> list[Draft]:
    """natasha's LOC spans that overlap none of the `known` places, as place drafts."""
    natasha_doc, segmenter, morph_tagger, ner_tagger, vocab = _natasha()
    nd = natasha_doc(doc.text)
    nd.segment(segmenter)
    nd.tag_morph(morph_tagger)
    nd.tag_ner(ner_tagger)
    taken = [False] * doc.size
    for d in known:
        taken[d.start : d.end] = [True] * (d.end - d.start)
    found = []
    for span in nd.spans:
        start, end = doc.token_at(span.start), doc.token_at(span.stop)
        if span.type != "LOC" or start >= end or any(taken[start:end]):
            continue
        span.normalize(vocab)
        name = span.normal or span.text
        entry = gazetteer().get(tuple(name.lower().replace("ё", "е").split()))
        place_type = entry.type if entry is not None else "other"
        found.append(
            Draft("place", start, end, {"name": name, "type": place_type, "canonical": None}, "place.ner")
        )
    return found
