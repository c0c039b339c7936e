#!/usr/bin/env python3
"""Builds data/entities/organization_priors.tsv: organisation names with a kind, used by the entity stage as priors
when it decides a name's type (src/entities/organizations.cc).

Sources (both MIT; read from ../shared/data, which is never shipped):
  - Phoenix/PETRARCH2 actor dictionaries (Open Event Data Alliance, MIT): Phoenix.International.actors.txt
    (intergovernmental bodies, NGOs, multinational companies, media), Phoenix.MilNonState.actors.txt (armed groups),
    Phoenix.Countries.actors.txt (national bodies: parties, ministries, churches, media; only entries whose CAMEO code
    names a sector and carries no dates, which are people).
  - the lexicon of the npm package compromise 14.17.0 (Spencer Kelly, MIT): terms tagged Organization or SportsTeam.
Not used: GATE ANNIE gazetteer lists (LGPL-3.0) and python3-nameparser lists (LGPL-2.1+): licences we do not ship.

Usage: python3 scripts/build_organizations.py ../shared/data > data/entities/organization_priors.tsv
"""
import re
import sys
from pathlib import Path

# CAMEO sector codes (three letters after the country or body code) -> our kind, most specific first.
SECTORS = [("MED", "media"), ("PTY", "party"), ("REL", "religious"), ("CHR", "religious"), ("MOS", "religious"),
           ("JEW", "religious"), ("BUD", "religious"), ("HIN", "religious"), ("MNC", "company"), ("BUS", "company"),
           ("REB", "armed"), ("INS", "armed"), ("IMG", "armed"), ("SPY", "government"), ("MIL", "government"),
           ("COP", "government"), ("JUD", "government"), ("LEG", "government"), ("GOV", "government"),
           ("EDU", "education"), ("IGO", "international"), ("NGO", "ngo")]
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
WORD = re.compile(r"^[A-Z0-9][A-Z0-9.&'/-]*$")


def given_names(root):
    names = set()
    path = Path(__file__).resolve().parent.parent / "data/lang/given_names.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.split("\t")[0].lower())
    return names


def kind_of(codes, international):
    for code in codes:
        body = code[3:] if not international and not code.startswith(("IGO", "NGO", "MNC", "IMG")) else code
        for sector, kind in SECTORS:
            if sector in [body[i:i + 3] for i in range(0, len(body), 3)]:
                return kind
    return None


def actors(path, international):
    """Yields (names, codes, dated) per actor block."""
    names, codes, dated = [], [], False
    def flush():
        if names:
            yield names, codes, dated
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in " \t" and line.strip().startswith("["):
            codes += re.findall(r"\[([A-Z]+)", line)
            dated |= bool(re.search(r"\[[A-Z]+ [<>0-9-]", line))
            continue
        head = line.strip()
        if head.startswith("+"):
            name = head[1:]
        else:
            yield from flush()
            names, codes, dated = [], [], False
            name = head
        inline = re.findall(r"\[([A-Z-]+)([^\]]*)\]", name)
        for code, rest in inline:
            codes.append(code)
            dated |= bool(rest.strip())
        name = re.sub(r"\[.*", "", name).strip()
        if name:
            names.append(name)
    yield from flush()


def clean(name):
    name = re.sub(r"\(.*?\)", "", name).replace("_", " ").strip()
    words = name.split()
    if words and words[0] == "THE":
        words = words[1:]
    if not words or not all(WORD.match(w) for w in words) or len(words) > 8:
        return None
    return " ".join(words)


def main():
    root = Path(sys.argv[1])
    first = given_names(root)
    out = {}
    dictionaries = root / "cameo/petrarch2/dictionaries"
    for file, international in (("Phoenix.International.actors.txt", True), ("Phoenix.MilNonState.actors.txt", True),
                                ("Phoenix.Countries.actors.txt", False)):
        for names, codes, dated in actors(dictionaries / file, international):
            if dated or not codes:
                continue
            kind = kind_of(codes, international)
            if not kind:
                continue
            for raw in names:
                name = clean(raw)
                if not name:
                    continue
                words = name.lower().split()
                # People slip in without dates ("GLENN GREENWALD [MED]"): two or three words starting with a given
                # name and none of them an organisation-like word.
                if len(words) in (2, 3) and words[0] in first and not any(
                        w in ("party", "news", "times", "post", "press", "church", "bank", "group") for w in words):
                    continue
                if len(words) == 1 and len(name) < 3:
                    continue
                # Dates and numbers ("17 November", "313") and initials ("A. G. Kishore") are not names we can use.
                if all(w.isdigit() or w in MONTHS for w in words) or len(words[0].rstrip(".")) == 1:
                    continue
                out.setdefault(name.lower(), kind)
    for line in (root / "knowledge/compromise-lexicon/compromise_lexicon.tsv").read_text(encoding="utf-8").splitlines():
        term, _, tags = line.partition("\t")
        tags = tags.split(",")
        if "Organization" in tags:
            out.setdefault(term, "company")
        elif "SportsTeam" in tags:
            out.setdefault(term, "team")
    print("# Organisation names (lower case) and their kind: priors for the entity stage's type vote. Generated by")
    print("# scripts/build_organizations.py from the Phoenix/PETRARCH2 actor dictionaries (Open Event Data Alliance,")
    print("# MIT) and the compromise 14.17.0 lexicon (Spencer Kelly, MIT); see data/entities/README.md.")
    print("# Format: name<TAB>kind (media, party, religious, company, armed, government, education, international, ngo,")
    print("# team)")
    for name in sorted(out):
        print(f"{name}\t{out[name]}")


if __name__ == "__main__":
    main()
