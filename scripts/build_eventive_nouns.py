#!/usr/bin/env python3
"""Builds data/events/eventive-nouns.tsv, the "eventive-noun score" of the event-trigger detector, from unlabelled
news (../shared/data/unlabeled-news: the Reuters-21578 bodies and titles, BBC News 2004-05; the text is not shipped,
only these counts).

For every lower-case word w, in how many of its occurrences it stands where news puts events:
  - after a temporal preposition and a determiner: "during the w", "after its w", "since the w"
  - after a light verb and a determiner: "held a w", "launched the w", "staged a w", "called off the w"
  - before "took place", "began", "ended", "was held", "was postponed" ... ("the w took place")
The score is the smoothed share (e + 0.5) / (n + 10) of those occurrences e among all n, written as a half-log2
bucket round(2 * log2(share)) (-1 .. -15) for words seen at least --min-count times. "meeting", "earthquake",
"strike" score high; "sales", "investment" low. The trigger detector reads the bucket as a feature of the word
alone and joined with its WordNet noun supersense (src/events/trigger_features.cc).

Run from the repository root:  python3 scripts/build_eventive_nouns.py [--shared ../shared] [--min-count 10]
The output is deterministic. It is not committed: no shipped model uses it (docs/ACCURACY.md, "Event triggers");
a model trained with it (`newsgraph train events --eventive data/events/eventive-nouns.tsv`) carries the scores.
Sources: Reuters-21578 (research use; Reuters Ltd., Carnegie Group) and BBC News 2004-05 (research use).
"""
import argparse
import collections
import html
import math
import pathlib
import re

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--shared", default="../shared")
parser.add_argument("--min-count", type=int, default=10)
parser.add_argument("-o", "--output", default="data/events/eventive-nouns.tsv")
args = parser.parse_args()
news = pathlib.Path(args.shared) / "data/unlabeled-news"

PREPOSITIONS = {"during", "after", "before", "since", "following", "amid", "until", "throughout"}
LIGHT_VERBS = {v + s for v in ("hold", "launch", "stage", "conduct", "call", "attend", "postpone", "cancel",
                               "organise", "organize", "resume", "begin", "start", "end")
               for s in ("", "s", "ed", "ing")} | {"held", "began", "begun", "started", "ended", "calls", "called"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
AFTER_PHRASES = [("took", "place"), ("takes", "place"), ("began",), ("begins",), ("ended",), ("ends",),
                 ("was", "held"), ("were", "held"), ("will", "be", "held"), ("was", "postponed"),
                 ("was", "cancelled"), ("was", "canceled"), ("is", "scheduled"), ("was", "scheduled")]
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[0-9]+|[^\sA-Za-z0-9]")


def texts():
    for sgm in sorted((news / "reuters21578").glob("reut2-*.sgm")):
        raw = sgm.read_text(encoding="latin-1")
        for doc in re.findall(r"<REUTERS.*?</REUTERS>", raw, flags=re.S):
            for tag in ("TITLE", "BODY"):
                for part in re.findall(rf"<{tag}>(.*?)</{tag}>", doc, flags=re.S):
                    yield html.unescape(part)
    for txt in sorted((news / "bbc-news/news").glob("*/*.txt")):
        yield txt.read_text(encoding="latin-1")


total = collections.Counter()
eventive = collections.Counter()
words_read = 0
for text in texts():
    for line in re.split(r"\n\s*\n", text):
        toks = [t.lower() for t in WORD.findall(line)]
        words_read += len(toks)
        n = len(toks)
        for i, w in enumerate(toks):
            if not w[0].isalpha():
                continue
            total[w] += 1
            hit = False
            if i >= 2 and toks[i - 1] in DETERMINERS:
                before = toks[i - 2]
                if before in PREPOSITIONS or before in LIGHT_VERBS:
                    hit = True
                elif before == "off" and i >= 3 and toks[i - 3] in LIGHT_VERBS:  # "called off the strike"
                    hit = True
            if not hit:
                for phrase in AFTER_PHRASES:
                    if tuple(toks[i + 1:i + 1 + len(phrase)]) == phrase:
                        hit = True
                        break
            if hit:
                eventive[w] += 1

rows = []
for w in sorted(total):
    n = total[w]
    if n < args.min_count or len(w) < 3:
        continue
    share = (eventive[w] + 0.5) / (n + 10)
    bucket = max(-15, round(2 * math.log2(share)))
    rows.append((w, str(bucket), str(eventive[w]), str(n)))

with open(args.output, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Eventive-noun score (scripts/build_eventive_nouns.py) from ../shared/data/unlabeled-news: Reuters-21578\n")
    f.write("# (research use; Reuters Ltd., Carnegie Group) and BBC News 2004-05 (research use; text (c) BBC), "
            f"{words_read} tokens.\n")
    f.write("# word<TAB>bucket = round(2 log2((e + 0.5) / (n + 10)))<TAB>e: eventive contexts<TAB>n: occurrences; "
            f"words seen {args.min_count} times or more\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{args.output}: {len(rows)} words from {words_read} tokens")
