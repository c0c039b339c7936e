#!/usr/bin/env python3
"""Builds the end-to-end benchmark input: a JSONL file of news articles of at least --megabytes MB, by repeating
the article texts of ../shared/data/polnear and BBC News (never committed: the texts belong to their publishers)."""
import argparse
import json
import pathlib

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared"))
parser.add_argument("--megabytes", type=float, default=100, help="0: every article once")
parser.add_argument("-o", "--output", required=True)
args = parser.parse_args()

root = pathlib.Path(args.shared) / "data"
files = sorted(list((root / "polnear").glob("*/text/*.txt")) + list((root / "unlabeled-news/bbc-news/news").glob("*/*.txt")))
if not files:
    raise SystemExit(f"no corpus under {root}")
texts = [f.read_text(encoding="utf-8") for f in files]
limit = int(args.megabytes * 1e6) if args.megabytes > 0 else None
written = 0
n = 0
with open(args.output, "w", encoding="utf-8") as out:
    while limit is None or written < limit:
        for f, text in zip(files, texts):
            line = json.dumps({"id": f"{n}:{f.stem}", "text": text, "date": "2016-06-01"}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
            if limit is not None and written >= limit:
                break
        if limit is None:
            break
print(f"{args.output}: {n} records, {written / 1e6:.1f} MB")
