"""Write factx/data/indicators/learned.json: the weights of the indicator's second opinion
(factx/context/indicator_learned.py), a logistic regression over the features of every figure that
factx finds at a gold span whose gold names an indicator (or None).

    .venv/bin/pip install 'factx[train]'
    .venv/bin/python tools/train_indicator.py GOLD.jsonl... [--dev TEXTS LABELS] [--loso]

GOLD files are in `factx eval`'s format with "indicator" on their figures: the blind sets, and the
project's own corpora/gold.jsonl and tests/data/fresh_indicator_passages.jsonl. `--dev` adds the half A
of the development passages (TEXTS: ../shared/data/realnews_dev.jsonl; LABELS:
tests/data/realnews_indicators.jsonl), so that half B stays a check; `--examples` the indicator
examples of the tests. `--loso` writes nothing: it
leaves each GOLD file out in turn, trains on the rest and prints how often the rules alone and the
rules with the second opinion are right on the file left out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from factx.cli.evaluate import halves
from factx.cli.gold import read_gold
from factx.cli.labels import merge_labels
from factx.context.indicator_learned import NONE, Weights, rules_only, verdict
from factx.extras import require
from factx.pipeline import Extractor, _record
from factx.registry import check_kinds

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factx" / "data" / "indicators" / "learned.json"
# The rules' answers on the project's own corpora when the weights were trained: a test compares them
# with today's rules and asks for training again when too many have moved (the model reads them).
RULES_AT_TRAINING = ROOT / "tests" / "data" / "indicator_rules.tsv"
CORPORA = ROOT / "corpora" / "gold.jsonl"
STRENGTH = 3.0  # the inverse of the regularisation (scikit-learn's C), chosen by leaving sets out
SEEN_AT_LEAST = 2  # a feature met once in the training sets is noise
SMALLEST_WEIGHT = 0.1  # weights below it are dropped: a sixth of the file, no accuracy lost

Row = tuple[list[str], str, str]  # features, the gold's indicator, the rules' indicator


class RulesFigure(NamedTuple):
    start: int  # offsets of its record in the document's text
    end: int
    features: list[str]  # what the model sees of it, the rules' answer among them
    indicator: str  # the rules' indicator, NONE for none


def rules_figures(doc: dict[str, Any], extractor: Extractor) -> Iterator[RulesFigure]:
    """Every figure factx finds in a gold document, as the rules alone read it."""
    date = dt.date.fromisoformat(doc["date"]) if doc.get("date") else None
    with rules_only() as features_of:
        found = extractor._run(doc["text"], check_kinds(None), date, None)
    for d in found.drafts:
        if d.kind != "place":
            record = _record(d, found)
            indicator = found.contexts[id(d)].indicator or NONE
            yield RulesFigure(record.start, record.end, features_of[id(d)], indicator)


def rows_of(docs: list[dict[str, Any]], extractor: Extractor) -> Iterator[Row]:
    """Every figure found at a gold span whose gold gives an indicator, with the rules' answer."""
    for doc in docs:
        at_span = {(f.start, f.end): f for f in rules_figures(doc, extractor)}
        for gold in doc["facts"]:
            figure = at_span.get((gold["start"], gold["end"]))
            if figure is None or gold["kind"] == "place" or "indicator" not in gold:
                continue
            yield figure.features, gold["indicator"] or NONE, figure.indicator


def rules_answers(extractor: Extractor) -> dict[str, str]:
    """The rules' indicator and the band of the cue that chose it, for every figure of corpora/,
    keyed "document start-end"."""
    return {
        f"{doc['doc']} {f.start}-{f.end}": " ".join(
            sorted(x for x in f.features if x.startswith(("rule=", "band=")))
        )
        for doc in read_gold(str(CORPORA))
        for f in rules_figures(doc, extractor)
    }


def write_rules_answers(answers: dict[str, str]) -> None:
    lines = ["# by tools/train_indicator.py with the weights; read by tests/test_indicator_learned.py"]
    lines += [f"{key}\t{value}" for key, value in sorted(answers.items())]
    RULES_AT_TRAINING.write_text("\n".join(lines) + "\n", encoding="utf-8")


def development_half(texts: str, labels: str) -> list[dict[str, Any]]:
    """Half A of the development passages, their figures labelled from the labels file."""
    return halves(list(merge_labels(read_gold(texts), labels)), "A")


def examples(path: str) -> list[dict[str, Any]]:
    """The indicator examples (tests/data/indicators.jsonl: a text, the figure, its indicator) as gold."""
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        start = case["text"].find(case["fact"])
        figure = {"kind": "example", "start": start, "end": start + len(case["fact"])}
        docs.append({"text": case["text"], "facts": [{**figure, "indicator": case["indicator"]}]})
    return docs


def fit(rows: list[Row]) -> Weights:
    """The classes, their biases, and each kept feature's weights that are not near zero."""
    require("sklearn", "train", "training the indicator's second opinion needs scikit-learn")
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for row in rows for f in row[0])
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([{f: 1 for f in row[0] if seen[f] >= SEEN_AT_LEAST} for row in rows])
    model = LogisticRegression(C=STRENGTH, max_iter=3000).fit(matrix, [row[1] for row in rows])
    classes = [str(c) for c in model.classes_]
    by_feature = {}
    for j, name in enumerate(vectoriser.get_feature_names_out()):
        column = model.coef_[:, j]
        kept = {classes[k]: round(float(w), 3) for k, w in enumerate(column) if abs(w) >= SMALLEST_WEIGHT}
        if kept:
            by_feature[str(name)] = kept
    biases = (round(float(b), 3) for b in model.intercept_)
    return Weights(dict(zip(classes, biases, strict=True)), by_feature)


def answer(w: Weights, row: Row) -> str:
    """The indicator factx gives a row's figure with these weights."""
    learned = verdict(w, row[0], None if row[2] == NONE else row[2])
    return row[2] if learned is None else learned[0] or NONE


def leave_one_out(sets: dict[str, list[Row]], extra: list[Row]) -> None:
    right: Counter[str] = Counter()
    for name, held_out in sets.items():
        w = fit([row for other, rows in sets.items() if other != name for row in rows] + extra)
        rules = sum(row[2] == row[1] for row in held_out)
        learned = sum(answer(w, row) == row[1] for row in held_out)
        right.update({"figures": len(held_out), "rules": rules, "learned": learned})
        n = len(held_out)
        print(f"{name:<24}{n:>6}  rules {rules / n:.3f}  with it {learned / n:.3f}")
    n = right["figures"]
    print(f"{'all':<24}{n:>6}  rules {right['rules'] / n:.3f}  with it {right['learned'] / n:.3f}")


def write(w: Weights, sources: list[str]) -> None:
    """A JSON object with one feature a line, so that a diff of two trainings reads feature by feature."""
    source = (
        f"The indicator's second opinion (factx/context/indicator_learned.py), written by"
        f" tools/train_indicator.py on {dt.date.today()} from gold sets annotated blind by people who"
        f" never ran factx (the texts are news pages and stay outside the project): {', '.join(sources)}."
        f" C={STRENGTH}, features seen {SEEN_AT_LEAST}+ times, weights under {SMALLEST_WEIGHT} dropped."
    )
    features = [
        f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(pairs, ensure_ascii=False)}"
        for f, pairs in sorted(w.by_feature.items())
    ]
    lines = [
        "{",
        f'"source": {json.dumps(source, ensure_ascii=False)},',
        f'"bias": {json.dumps(w.bias, ensure_ascii=False)},',
        '"weights": {',
        ",\n".join(features),
        "}}",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    weights = sum(len(pairs) for pairs in w.by_feature.values())
    print(f"{OUT}: {len(w.bias)} classes, {len(w.by_feature)} features, {weights} weights")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--dev", nargs=2, metavar=("TEXTS", "LABELS"))
    parser.add_argument("--examples", metavar="FILE", help="tests/data/indicators.jsonl")
    parser.add_argument("--loso", action="store_true")
    args = parser.parse_args()
    with rules_only():  # the weights are not read: they may not exist yet
        extractor = Extractor()
    sets = {Path(p).stem: list(rows_of(list(read_gold(p)), extractor)) for p in args.gold}
    extra = list(rows_of(development_half(*args.dev), extractor)) if args.dev else []
    extra += rows_of(examples(args.examples), extractor) if args.examples else []
    if args.loso:
        leave_one_out(sets, extra)
        return
    sources = [f"{name} ({len(rows)})" for name, rows in sets.items()]
    write(
        fit([row for rows in sets.values() for row in rows] + extra),
        [*sources, f"dev A and examples ({len(extra)})"],
    )
    write_rules_answers(rules_answers(extractor))


if __name__ == "__main__":
    main()
