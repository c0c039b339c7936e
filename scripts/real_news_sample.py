#!/usr/bin/env python3
"""A fixed sample of 40 real news articles and the typed events newsgraph lists for them, to read by hand.

The sample: every fifth page (sorted by file name) of the Zyte article-extraction benchmark's development half,
its person-extracted text (20), and the first four articles (sorted by file name) of each of the five BBC News
2004-05 sections (20; the headline is the text's first line, as a user would give the file). The texts are not
shipped; this script rebuilds the sample from the data folder.

  python3 scripts/real_news_sample.py --data ../shared/data -o sample.jsonl
  python3 scripts/real_news_sample.py --data ../shared/data --list build/newsgraph > typed.tsv

--list runs `BIN extract -j 2 --quiet --jsonl` on the sample and prints one line per typed event: document, type,
CAMEO code, status, trigger text, source and target texts, and the sentence.
"""
import argparse, json, os, subprocess, sys, tempfile


def sample(data):
    out = []
    truth = json.load(open(os.path.join(data, "html-articles", "ground-truth.json"), encoding="utf-8"))
    for key in sorted(truth)[0::5][:20]:
        out.append({"id": "zyte/" + key[:12], "text": truth[key]["articleBody"]})
    bbc = os.path.join(data, "unlabeled-news", "bbc-news", "news")
    for section in sorted(os.listdir(bbc)):
        folder = os.path.join(bbc, section)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder))[:4]:
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                out.append({"id": "bbc/" + section + "/" + name[:-4], "text": f.read()})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("-o", "--output")
    ap.add_argument("--list", metavar="BIN")
    a = ap.parse_args()
    docs = sample(a.data)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if a.output:
        open(a.output, "w", encoding="utf-8").write(lines)
    if not a.list:
        return
    texts = {d["id"]: d["text"].encode("utf-8") for d in docs}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.write(lines)
    res = subprocess.run([a.list, "extract", "-j", "2", "--quiet", "--jsonl", f.name],
                         capture_output=True, check=True, text=True)
    os.unlink(f.name)
    for line in res.stdout.splitlines():
        r = json.loads(line)
        b = texts[r["id"]]
        sents = r["sentences"]
        for e in r["events"]:
            if not e.get("type"):
                continue
            m = e["mentions"][0]
            s = sents[m["sentence"]]
            role = {"source": [], "target": []}
            for p in e["participants"]:
                if p["role"] in role:
                    role[p["role"]].append(b[p["start"]:p["end"]].decode("utf-8", "replace"))
            sent = b[s["start"]:s["end"]].decode("utf-8", "replace").replace("\n", " ").replace("\t", " ")
            print("\t".join([r["id"], str(m["start"]), e["type"], e.get("cameo") or "", e["status"],
                             b[m["start"]:m["end"]].decode("utf-8", "replace"),
                             "|".join(role["source"]), "|".join(role["target"]), sent]))


if __name__ == "__main__":
    sys.exit(main())
