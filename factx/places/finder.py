"""Places: gazetteer names in any case, "X-ская область"/"город X" patterns, villages after a
settlement word and in the lists it opens, and Geox words, each candidate checked by the guards; read
through Latin and Kazakh letters (scripts.py), and never inside a route's name (routes.py)."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, count

from ..draft import Draft
from ..text.doc import Doc
from ..text.morph import fold, is_known, parses
from ..text.phrases import is_preposition
from ..text.tokens import DASHES
from ..trace import Trace
from ..vocab import words
from .after_words import adjective_pair, after_settlement_word, village_named
from .candidates import (
    generic_first,
    generic_forms,
    geographic_word,
    name_as_written,
    pattern_place,
    shared_by_list,
)
from .elided import elided_places
from .ellipsis import elliptical_places
from .guards import rejecting_guard
from .lookup import Candidate, lookup
from .named_again import remember_village, village_again
from .names import Entry
from .noun_lists import noun_list_places
from .routes import route_tokens
from .scripts import as_written, read_as_russian
from .settlements import lies_in, settlement_at
from .variants import variant_at


@lru_cache(maxsize=100_000)
def _is_function_word(word: str) -> bool:
    """Prepositions, conjunctions, particles and pronouns; words the dictionary lacks are none of
    them, and the dictionary check spares the slow guesser on names."""
    if len(word) < 2:
        return not word.isupper()
    return is_known(word) and any(p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for p in parses(word))


def _draft(start: int, end: int, entry: Entry, rule: str) -> Draft:
    fields = {"name": entry.name, "type": entry.type, "canonical": entry.canonical}
    return Draft("place", start, end, fields, rule)


PARALLEL_AFTER = ("place.after_settlement_word", "place.parallel")


def _parallel(doc: Doc, i: int, drafts: list[Draft]) -> Candidate | None:
    """An unlisted name that opens an elliptical clause after a settlement named with its generic
    word: "Грузооборот порта Пригородное сократился на 3,7%, Де-Кастри — на 11,0%"."""
    if doc.word(i - 1) != "," or doc.word(i + 1) not in DASHES or not drafts:
        return None
    last = drafts[-1]
    if last.rule not in PARALLEL_AFTER or not doc.same_sentence(last.start, i):
        return None
    if is_known(doc.words[i]) and not any("Geox" in p.tag for p in doc.readings(i)):
        return None  # a common word: "…, Ванино – на 20,8%" yes, "…, Рост – на 5%" no
    return i + 1, Entry(name_as_written(doc, i), last.fields["type"], None)


LISTED_AFTER = ("place.after_settlement_word", "place.settlement_list")


def _listed(doc: Doc, i: int, drafts: list[Draft]) -> Candidate | None:
    """A village of КАТО in the list a plural settlement word opens: "газифицированы сёла Акжар,
    Береке и Кызылту". A singular one opens no list ("в селе Акжар, Айдар Сериков…"), though a village
    the dictionary does not know may follow a town (_town_listed)."""
    if doc.word(i - 1) in OPENING_MARKS and _dash_after_villages(doc, i, drafts):
        return settlement_at(doc, i) or _unlisted_village(doc, i)
    if doc.word(i - 1) == ":" and drafts and drafts[-1].end == i - 1:
        return _district_village(doc, i, drafts[-1])
    if doc.word(i - 1) not in (",", "и") or not drafts:
        return None
    last = drafts[-1]
    if last.end != i - 1 or not doc.same_sentence(last.start, i):
        return None
    if not _opens_village_list(doc, last, drafts) or last.fields["type"] != "settlement":
        return settlement_at(doc, i) if _town_listed(doc, i, last) else None
    opener = last.start - 2 if doc.word(last.start - 1) == "." else last.start - 1
    if last.rule == LISTED_AFTER[0] and not any(p.tag.number == "plur" for p in doc.readings(opener)):
        return None
    return settlement_at(doc, i) or _unlisted_village(doc, i)


OPENING_MARKS = DASHES | {":"}


def _opens_village_list(doc: Doc, last: Draft, drafts: list[Draft]) -> bool:
    """A village read by a list's rule, or the first item of a list of villages that a dash or colon
    opens, though the gazetteer knows it: "три поселка — Качар и Горняцкий" (a list's items are
    villages when their neighbours are)."""
    if last.rule in LISTED_AFTER:
        return True
    before = drafts[:-1]  # the places read before it: drafts run in text order, last at the end
    return doc.word(last.start - 1) in OPENING_MARKS and _dash_after_villages(doc, last.start, before)


def _district_village(doc: Doc, i: int, district: Draft) -> Candidate | None:
    """ "- Зерендинский район: Васильковка, Садовое и Озен": a colon after a district's name opens the
    list of its villages; a name is read as one only where КАТО lists a village of that name in that
    district (many names, "Садовое", "Заречное", lie in a dozen districts and are words too)."""
    if district.fields["type"] != "district":
        return None
    village = settlement_at(doc, i)
    if village is None or not lies_in(village[1].name, district.fields["name"]):
        return None
    return village


def _dash_after_villages(doc: Doc, i: int, drafts: list[Draft]) -> bool:
    """ "к трём сёлам Каратобинского района — Толен, Сауле и Каракамыс", "в аулах: Акжар и Береке": a
    dash or colon after a plural settlement word, or after the district or region named right after
    it, opens the list of those villages."""
    k = i - 2
    if drafts and drafts[-1].end == i - 1 and drafts[-1].fields["type"] in ("district", "region"):
        k = drafts[-1].start - 1
    if not doc.same_sentence(k, i):
        return False
    if doc.words[k].startswith("пункт") and fold(doc.word(k - 1)).startswith("населен"):
        return True  # "входят три населенных пункта: Кокдонен, Жаксылык и Кумарык"
    villages = words("places/village_words.txt")
    counted = _counted(doc, k)  # "три поселка — Качар и Горняцкий": several, though singular in form
    return any(
        p.tag.POS == "NOUN" and (p.tag.number == "plur" or counted) and fold(p.normal_form) in villages
        for p in doc.readings(k)
    )


def _counted(doc: Doc, k: int) -> bool:
    """Whether a number stands right before token k ("три поселка", "2 аула"), other than one."""
    before = doc.word(k - 1)
    if before.isdigit():
        return before != "1"
    return any(p.tag.POS == "NUMR" for p in doc.readings(k - 1)) and before not in ("один", "одного")


def _unlisted_village(doc: Doc, i: int) -> Candidate | None:
    """ "в сёлах Жанатурмыс и Шолаккайнар": in a list of villages, a name neither КАТО nor the
    dictionary knows is one more, as written; not an abbreviation in capitals ("МБОУ")."""
    if is_known(doc.words[i]) or not doc.words[i].isalpha() or doc.tokens.raw(i).isupper():
        return None
    return i + 1, Entry(name_as_written(doc, i), "settlement", None)


def _town_listed(doc: Doc, i: int, last: Draft) -> bool:
    """ "в Уральске, Аксае и Чингирлау": a village of КАТO that no dictionary knows as a word, listed
    right after a town or village, is one more place of the list."""
    return last.fields["type"] in ("city", "settlement") and not is_known(doc.words[i])


def _villages_before(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "в Шамалгане, Узынагаше и Каскелене": a village of КАТО that no dictionary knows as a word,
    listed right before a town or village, is one more place of the list, as one after it is
    (_town_listed)."""
    covered = {k for d in drafts for k in range(d.start, d.end)}
    found = []
    for d in drafts:
        k = d.start - 2
        while d.fields["type"] in TOWN_TYPES and doc.word(k + 1) in (",", "и") and k not in covered:
            if not doc.is_capitalised(k) or is_known(doc.words[k]) or not doc.same_sentence(k, d.start):
                break
            village = settlement_at(doc, k)
            if village is None or village[0] != k + 1 or rejecting_guard(doc, k, k + 1, village[1]):
                break
            found.append(_draft(k, k + 1, village[1], "place.settlement_list"))
            covered.add(k)
            k -= 2
    return found


PERSON_GUARDS = frozenset({"after_first_name", "before_surname", "named_person"})  # not "Владимир"
FACILITY_GUARDS = frozenset({"after_facility_word", "named_facility"})
TOWN_TYPES = ("city", "settlement")


def _named_person(doc: Doc, i: int, end: int, entry: Entry, persons: set[str]) -> str | None:
    """ "Глеб Панфилов … Панфилов снял": a one-word name the text has used for a person is that
    person again, unless a preposition makes it a place ("в Панфилове")."""
    if end - i == 1 and entry.name in persons and not is_preposition(doc.word(i - 1)):
        return "named_person"
    return None


def _named_facility(i: int, end: int, entry: Entry, facilities: set[str]) -> str | None:
    """ "аэропорт Пулково … прошли через Пулково": a one-word name the text has used for an airport
    or a field is that object again."""
    return "named_facility" if end - i == 1 and entry.name in facilities else None


def _candidate(doc: Doc, i: int) -> tuple[Candidate, str] | None:
    """The best candidate at a capitalised token and the rule that proposed it: the longest of a
    gazetteer name and an "X-ская область" pattern, else a name after "город", else a Geox word."""
    found = [
        (c, rule)
        for c, rule in ((lookup(doc, i), "place.gazetteer"), (pattern_place(doc, i), "place.pattern"))
        if c is not None
    ]
    if found:
        best = max(found, key=lambda c: c[0][0])
        village = village_named(doc, i, best[0])
        return (village, "place.after_settlement_word") if village is not None else best
    for rule, propose in (
        ("place.after_settlement_word", after_settlement_word),
        ("place.adjective_pair", adjective_pair),
        ("place.geox_word", geographic_word),
        ("place.spelling_variant", variant_at),
    ):
        c = propose(doc, i)
        if c is not None:
            return c, rule
    return None


def find_places(doc: Doc, trace: Trace | None = None) -> list[Draft]:
    written, doc = doc, read_as_russian(doc)
    shared = [*elliptical_places(doc), *noun_list_places(doc)]
    skip = {d.start: d.end for d in shared}
    drafts: list[Draft] = []
    persons: set[str] = set()  # names a person guard turned down: "Уитни Хьюстон …, Хьюстон"
    facilities: set[str] = set()  # names of airports and fields: "аэропорт Пулково …, через Пулково"
    villages: dict[tuple[str, ...], Entry] = {}  # villages named with their word: "в селе Якорь"
    text, words, forms = doc.text, doc.words, generic_forms()
    starts = doc.tokens.starts
    # Only a capitalised word or a generic word ("области Абай") can open a place: the others are
    # passed over by C-level iteration rather than one loop step each.
    capitalised = compress(count(), map(str.isupper, map(text.__getitem__, starts)))
    i = 0  # the first token not yet read
    for k in sorted({*capitalised, *doc.positions(forms), *skip}):
        if k < i:
            continue
        i = k
        if i in skip:
            i = skip[i]
            continue
        if not text[starts[i]].isupper() or _is_function_word(words[i]):
            found = generic_first(doc, i) if words[i] in forms else None
            if found is not None:
                drafts.append(_draft(i, *found, "place.generic_first"))
                i = found[0]
            continue
        candidate = _candidate(doc, i)
        if candidate is not None and words[i] in forms and shared_by_list(doc, i, candidate[0][0]):
            continue  # "Республики Татарстан и Башкортостан": the plural word is part of neither name
        listed = _listed(doc, i, drafts) if candidate is None or candidate[1] == "place.geox_word" else None
        if listed is not None:
            candidate = listed, "place.settlement_list"
        if candidate is None or candidate[1] == "place.geox_word":
            again = village_again(doc, i, villages)
            candidate = (again, "place.village_again") if again is not None else candidate
        if candidate is None:
            parallel = _parallel(doc, i, drafts)
            candidate = (parallel, "place.parallel") if parallel is not None else None
        if candidate is None:
            continue
        (end, entry), rule = candidate
        guard = (
            rejecting_guard(doc, i, end, entry)
            or _named_person(doc, i, end, entry, persons)
            or _named_facility(i, end, entry, facilities)
        )
        if guard is not None:
            if guard in PERSON_GUARDS and entry.type in TOWN_TYPES:
                persons.add(entry.name)  # a country or region beside a person's name stays one
            if guard in FACILITY_GUARDS:
                facilities.add(entry.name)
            if trace is not None:
                trace.reject("place", i, end, guard)
            continue
        drafts.append(_draft(i, end, entry, rule))
        remember_village(drafts[-1], villages)
        i = end
    drafts.extend(_villages_before(doc, drafts))
    route = route_tokens(doc)
    kept = []
    for d in sorted([*drafts, *shared], key=lambda d: d.start):
        if d.start not in route:
            kept.append(d)
        elif trace is not None:
            trace.reject("place", d.start, d.end, "route_name")
    places = elided_places(doc, kept)
    if written is doc:
        return places
    return [
        as_written(d, written.text[written.tokens.starts[d.start] : written.tokens.ends[d.end - 1]])
        for d in places
    ]
