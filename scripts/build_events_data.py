#!/usr/bin/env python3
"""Builds the run-time data of newsgraph's events stage under data/events/ from ../shared/data:

  timebank-split.tsv  the TimeBank document split used to train, choose and test the trigger detector:
                      part = first 8 hex digits of SHA-1(document id) mod 10: 0-1 test, 2 dev, 3-9 train
  wordnet-senses.tsv  per English word (lower case, one word) of the news-cluster vocabulary: the WordNet 3.0
                      lexicographer file (supersense: noun.act, noun.event, verb.communication ...) of its most
                      frequent noun and verb sense, and the set of lexicographer files of all its senses; irregular
                      forms (WordNet's .exc lists) point to their base form. Needs the Debian package wordnet-base
                      (/usr/share/wordnet).
  cameo_codes.tsv     the CAMEO event codes: QuadClass, Goldstein score, PLOVER type/mode/context (2021 table),
                      description (GDELT's CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt; PLOVER's
                      CAMEO2PLOVER-2021.txt)
  cameo_verbs.tsv     PETRARCH2's verb dictionary (CAMEO.2.0.txt) compiled: synonym sets, verb blocks, verb forms
                      and patterns, one record a line
  cameo_actors.tsv    PETRARCH2's Phoenix actor dictionaries (countries, international, non-state military):
                      phrase, actor code and the dates the code holds
  cameo_agents.tsv    PETRARCH2's Phoenix agent dictionary: phrase (plurals expanded), agent code (~GOV: after the
                      country, NGO~: before it)
  The PETRARCH2 unit-test dictionaries (PETR.Validate.*) are compiled the same way into
  tests/fixtures/events/petr-validate/ for `newsgraph eval events --petrarch` (test data, not shipped).

Run from the repository root:  python3 scripts/build_events_data.py [--shared ../shared]
The output is deterministic; data/events/ATTRIBUTION.md names the sources and licences.
"""
import argparse
import hashlib
import pathlib
import re

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--shared", default="../shared")
parser.add_argument("--wordnet", default="/usr/share/wordnet")
args = parser.parse_args()
data = pathlib.Path(args.shared) / "data"
out_dir = pathlib.Path("data/events")
out_dir.mkdir(parents=True, exist_ok=True)


def write(name, header, rows):
    with open(out_dir / name, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write("# " + line + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{out_dir / name}: {len(rows)} rows")


# TimeBank split ----------------------------------------------------------------------------------------------
def part_of(doc_id):
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "test" if bucket < 2 else "dev" if bucket < 3 else "train"


tml = sorted(p.stem for p in (data / "timebank/tml").glob("*.tml") if not p.name.startswith("._"))
write("timebank-split.tsv",
      ["TimeBank 1.2 (TBAQ-cleaned, ../shared/data/timebank/tml) document split for the event-trigger detector.",
       "Rule: first 8 hex digits of SHA-1(document id) mod 10: 0-1 test, 2 dev, 3-9 train (scripts/build_events_data.py)."],
      [(d, part_of(d)) for d in tml])


# WordNet supersenses ------------------------------------------------------------------------------------------
wordnet = pathlib.Path(args.wordnet)
vocabulary = set()
for line in pathlib.Path("data/clusters/news-clusters.txt").read_text(encoding="utf-8").splitlines():
    f = line.split("\t")
    if len(f) >= 2 and f[1].isalpha():
        vocabulary.add(f[1].lower())


def lexfiles(pos):
    """synset offset -> lexicographer file number"""
    out = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ", 2)
        out[f[0]] = int(f[1])
    return out


senses = {}  # word -> [first noun lexfile, first verb lexfile, first adjective lexfile, mask]
for pos, slot in (("noun", 0), ("verb", 1), ("adj", 2)):
    lex = lexfiles(pos)
    for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        word = f[0]
        if "_" in word or "-" in word or not word.isalpha() or word not in vocabulary:
            continue
        p_cnt = int(f[3])
        offsets = f[6 + p_cnt:]
        entry = senses.setdefault(word, [-1, -1, -1, 0])
        entry[slot] = lex[offsets[0]]
        for o in offsets:
            entry[3] |= 1 << lex[o]
rows = [(w, str(e[0]), str(e[1]), str(e[2]), format(e[3], "x")) for w, e in sorted(senses.items())]
exceptions = []
for pos in ("noun", "verb"):
    for line in (wordnet / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
        f = line.split()
        if len(f) >= 2 and f[0].isalpha() and f[0] in vocabulary and f[1] in senses and f[0] not in senses:
            exceptions.append((f[0], "=" + f[1]))
write("wordnet-senses.tsv",
      ["WordNet 3.0 supersenses of the words of data/clusters/news-clusters.txt (scripts/build_events_data.py).",
       "Derived from the Debian package wordnet-base (/usr/share/wordnet, WordNet 3.0 licence: data/events/ATTRIBUTION.md).",
       "word<TAB>first noun lexfile<TAB>first verb lexfile<TAB>first adjective lexfile<TAB>hex mask of all lexfiles",
       "(-1: no such sense; lexfile numbers as in WordNet's lexnames: 3-28 nouns, 29-43 verbs, 0 1 44 adjectives);",
       "or word<TAB>=base for an irregular form."],
      rows + sorted(exceptions))


# CAMEO codes -------------------------------------------------------------------------------------------------
cameo = data / "cameo"


def read_tsv(path):
    rows = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        f = line.split("\t")
        rows[f[0].strip()] = f[1].strip()
    return rows


descriptions = read_tsv(cameo / "CAMEO.eventcodes.txt")
goldstein = read_tsv(cameo / "CAMEO.goldsteinscale.txt")
plover = {}
for line in (data / "knowledge/plover-cameo/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
    line = line.split("#", 1)[0].strip()
    if ":" not in line:
        continue
    code, rest = line.split(":", 1)
    fields = [x.strip() for x in rest.split(",")]
    if not code.strip().isdigit() or len(code.strip()) < 3 or not fields[0]:
        continue
    mode = fields[1] if len(fields) > 1 else ""
    context = fields[2].replace("; ", ";").replace(" ", "") if len(fields) > 2 else ""
    plover[code.strip()] = (fields[0], mode, context)


def quad_class(code):
    root = int(code[:2])
    return "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"


code_rows = []
for code in sorted(goldstein):
    if not code.isdigit() or len(code) < 2 or code not in descriptions:
        continue
    # A root code ("04") carries the PLOVER type of its "not specified" code ("040").
    p = plover.get(code) or (plover.get(code + "0") if len(code) == 2 else None) or ("", "", "")
    code_rows.append((code, quad_class(code), goldstein[code], p[0], p[1], p[2], descriptions[code]))
write("cameo_codes.tsv",
      ["CAMEO event codes (GDELT CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt) with QuadClass (1 verbal cooperation,",
       "2 material cooperation, 3 verbal conflict, 4 material conflict, by root code) and the PLOVER type, mode and",
       "context of PLOVER's CAMEO2PLOVER-2021.txt (CC BY-SA 4.0). See data/events/ATTRIBUTION.md.",
       "code<TAB>quad class<TAB>Goldstein<TAB>PLOVER type<TAB>PLOVER mode<TAB>PLOVER context<TAB>description"],
      code_rows)


# PETRARCH dictionaries ----------------------------------------------------------------------------------------
def strip_comment(line):
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].rstrip()


def phrase(text):
    """'AIR_STRIKE_' -> 'air strike'"""
    return " ".join(w for w in text.strip().lower().replace("_", " ").split())


def plurals(word_phrase):
    """Regular plural of the last word, as PETRARCH makes it."""
    words = word_phrase.split(" ")
    last = words[-1]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return " ".join(words[:-1] + [p])


def compile_verbs(path, out_name, header):
    rows = []
    block = None
    section = "synsets"
    synset = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if "VERB PATTERNS" in raw:
            section = "verbs"
        if "TRANSFORMATIONS" in raw:
            section = "transformations"
        if section == "transformations":
            continue
        m = re.match(r"^\s*---\s+(\S+)\s+\[([^\]]*)\]\s+---", raw)
        if m:
            block = m.group(1).lower()
            rows.append(("B", block, m.group(2).strip()))
            synset = None
            continue
        line = strip_comment(raw)
        if not line.strip():
            synset = None if section == "synsets" else synset
            continue
        if line.startswith("&"):
            synset = line.split()[0]
            no_plural = synset.endswith("_")
            synset_name = synset.rstrip("_").lower()
            continue
        if line.startswith("+") and synset and (block is None or section == "synsets" or not line[1:2].isalpha() or True) and synset:
            member = line[1:].strip()
            if member.startswith("&"):
                rows.append(("S", synset_name, member.lower().rstrip("_")))
                continue
            words = phrase(member)
            if not words:
                continue
            rows.append(("S", synset_name, words))
            if not no_plural and not member.endswith("_"):
                rows.append(("S", synset_name, plurals(words)))
            continue
        synset = None
        if block is None:
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not m:
                continue
            pattern, code = m.group(1), m.group(2).strip()
            if "*" not in pattern:
                continue
            pattern = pattern.replace("**", "*")
            pre, post = pattern.split("*", 1)
            comment = raw.split("#", 1)[1].strip().split()[0].lower() if "#" in raw and raw.split("#", 1)[1].strip() else ""
            rows.append(("P", block, pre.strip().lower(), post.strip().lower(), code, comment))
            continue
        # A verb: "WORD {FORMS} [code]" or "+PHRASAL_VERB {+FORMS} [code]".
        m = re.match(r"^\s*\+?([^\s{\[]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if not m:
            continue
        verb = phrase(m.group(1).replace("+", " "))
        code = m.group(3)[1:-1].strip() if m.group(3) else ""
        rows.append(("V", verb, block, code))
        if m.group(2):
            for form in m.group(2)[1:-1].split():
                form = phrase(form.lstrip("+").replace("+", " "))
                if form:
                    rows.append(("V", form, block, code))
    write_to(out_name, header, rows)


def write_to(path, header, rows):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write("# " + line + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{path}: {len(rows)} rows")


def date_of(text):
    """PETRARCH dates: YYMMDD (years < 30 are 20xx) or YYYYMMDD -> YYYYMMDD"""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        return ("20" if year < 30 else "19") + text
    return text


def compile_actors(paths, out_name, header):
    rows = []
    names, default = [], None

    def flush(restrictions):
        for n in names:
            if restrictions:
                for code, start, end in restrictions:
                    rows.append((n, code, start, end))
            elif default:
                rows.append((n, default, "", ""))

    restrictions = []
    for path in paths:
        for raw in path.read_text(encoding="latin-1").splitlines():
            line = strip_comment(raw)
            if not line.strip():
                continue
            if line.startswith(("\t", " ")) and line.strip().startswith("["):
                m = re.match(r"\[\s*(\S+)\s*([^\]]*)\]", line.strip())
                if not m:
                    continue
                code, when = m.group(1), m.group(2).strip()
                start = end = ""
                if when.startswith(">"):
                    start = date_of(when[1:])
                elif when.startswith("<"):
                    end = date_of(when[1:])
                elif "-" in when:
                    a, b = when.split("-", 1)
                    start, end = date_of(a), date_of(b)
                restrictions.append((code, start, end))
                continue
            if line.startswith("+"):
                n = phrase(line[1:].split("[")[0])
                if n:
                    names.append(n)
                continue
            flush(restrictions)
            names, restrictions = [], []
            m = re.match(r"^([^\[]+?)\s*(\[([^\]]*)\])?\s*$", line.strip())
            if not m:
                names, default = [], None
                continue
            names = [phrase(m.group(1))]
            default = m.group(3).strip() if m.group(3) else None
        flush(restrictions)
        names, restrictions, default = [], [], None
    rows = sorted(set(r for r in rows if r[0]))
    write_to(out_name, header, rows)


def compile_agents(path, out_name, header):
    rows = []
    substitutions = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = strip_comment(raw)
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line.strip())
        if m:
            substitutions[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{([^}]*)\})?\s*\[([^\]]*)\]", line.strip())
        if not m:
            continue
        text, plural, code = m.group(1), m.group(3), m.group(4).strip().rstrip("}")
        variants = [text]
        for marker, values in substitutions.items():
            if marker in text:
                variants = [v.replace(marker, value) for v in variants for value in values]
        for v in variants:
            p = phrase(v)
            if not p:
                continue
            rows.append((p, code))
            if marker_free(v):
                if plural is None:
                    rows.append((plurals(p), code))
                elif plural.strip():
                    rows.append((phrase(plural), code))
    rows = sorted(set(rows))
    write_to(out_name, header, rows)


def marker_free(text):
    return "!" not in text


petrarch = cameo / "petrarch2/dictionaries"
attribution = "PETRARCH2 dictionaries (github.com/openeventdata/petrarch2, MIT, (c) Open Event Data Alliance)"
compile_verbs(petrarch / "CAMEO.2.0.txt", out_dir / "cameo_verbs.tsv",
              ["Compiled from " + attribution + " CAMEO.2.0.txt by scripts/build_events_data.py.",
               "S<TAB>synset<TAB>phrase | B<TAB>block<TAB>default code | V<TAB>verb form<TAB>block<TAB>code |",
               "P<TAB>block<TAB>words before the verb<TAB>words after it<TAB>code<TAB>verb the pattern came from"])
compile_actors([petrarch / f for f in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                       "Phoenix.MilNonState.actors.txt")],
               out_dir / "cameo_actors.tsv",
               ["Compiled from " + attribution + " Phoenix.{Countries,International,MilNonState}.actors.txt.",
                "phrase<TAB>actor code<TAB>first day (YYYYMMDD, empty: always)<TAB>last day"])
compile_agents(petrarch / "Phoenix.agents.txt", out_dir / "cameo_agents.tsv",
               ["Compiled from " + attribution + " Phoenix.agents.txt.",
                "phrase<TAB>agent code (~X: after the country code; X~: before it)"])

fixtures = pathlib.Path("tests/fixtures/events/petr-validate")
compile_verbs(petrarch / "PETR.Validate.verbs.txt", fixtures / "cameo_verbs.tsv",
              ["Compiled from " + attribution + " PETR.Validate.verbs.txt (unit-test dictionary)."])
compile_actors([petrarch / "PETR.Validate.actors.txt"], fixtures / "cameo_actors.tsv",
               ["Compiled from " + attribution + " PETR.Validate.actors.txt (unit-test dictionary)."])
compile_agents(petrarch / "PETR.Validate.agents.txt", fixtures / "cameo_agents.tsv",
               ["Compiled from " + attribution + " PETR.Validate.agents.txt (unit-test dictionary)."])
