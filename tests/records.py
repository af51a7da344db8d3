"""The records factx gives on whole corpora, one digest per document, kept in tests/data/records.tsv.

A change meant to make factx faster must leave every record as it was; test_records.py recomputes the
digests and names the documents whose records moved. A change meant to alter records updates the file
once its scores are checked:

    python -m tests.records --update          # corpora/, and ../shared's corpora where present
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from factx.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TABLE = ROOT / "tests" / "data" / "records.tsv"
CORPORA = {  # name → where its texts are; the shared ones are only on machines that have them
    "corpora": ROOT / "corpora",
    "realnews_dev": SHARED / "realnews_dev.jsonl",
    "rurebus": SHARED / "rurebus_texts.jsonl",
    "nerel": SHARED / "nerel_traindev.jsonl",
}
FAST = ("corpora", "realnews_dev")


def documents(path: Path) -> Iterator[tuple[str, str]]:
    """(document id, text): file names in a folder, "id" fields (or line numbers) in a JSONL."""
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield file.name, file.read_text(encoding="utf-8")
        return
    with path.open(encoding="utf-8") as lines:
        for k, line in enumerate(lines):
            if line.strip():
                row = json.loads(line)
                yield str(row.get("id", k)), row["text"]


def digest(extractor: Extractor, text: str) -> str:
    """The number of records and a hash of all their fields."""
    facts = extractor.extract(text)
    lines = "\n".join(json.dumps(asdict(f), ensure_ascii=False, sort_keys=True, default=str) for f in facts)
    return f"{len(facts)}:{hashlib.sha256(lines.encode()).hexdigest()[:16]}"


def digests(extractor: Extractor, corpus: str) -> dict[str, str]:
    return {doc: digest(extractor, text) for doc, text in documents(CORPORA[corpus])}


def stored() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines()[1:]:
        corpus, doc, value = line.split("\t")
        table.setdefault(corpus, {})[doc] = value
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite tests/data/records.tsv")
    args = parser.parse_args()
    extractor = Extractor()
    table = stored() if TABLE.exists() else {}
    for corpus, path in CORPORA.items():
        if not path.exists():
            print(f"{corpus}: {path} is missing, its digests are kept as they were")
            continue
        found = digests(extractor, corpus)
        moved = sorted(
            doc
            for doc in found.keys() | table.get(corpus, {}).keys()
            if found.get(doc) != table.get(corpus, {}).get(doc)
        )
        print(f"{corpus}: {len(found)} documents, {len(moved)} with other records: {', '.join(moved[:10])}")
        table[corpus] = found
    if args.update:
        rows = ["corpus\tdocument\trecords"]
        rows += [f"{c}\t{doc}\t{value}" for c, docs in table.items() for doc, value in docs.items()]
        TABLE.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
