#!/usr/bin/env python3
"""Builds newsgraph's place gazetteer under data/places/ from the knowledge lists in ../shared/data/knowledge:

  countries.tsv  code, name, aliases, demonyms, capital, lat, lon   (GeoNames countryInfo + capitals, CC BY 4.0;
                 aliases from countries-list, MIT; demonyms from i18n-nationality, MIT, filtered; plus
                 data/places/country_extras.tsv, ours)
  cities.tsv     name, other English names, country, lat, lon, population, feature code  (GeoNames cities15000)
  regions.tsv    first-level divisions: name, country, code  (GeoNames admin1)

These TSV files feed the entity stage today (src/entities/knowledge.cc). The GeoNames gazetteer with small towns,
admin1 points and abbreviations that src/lang/ uses is data/places/gazetteer.bin, built by scripts/build_gazetteer.py.

Run from the repository root:  python3 scripts/build_places.py [--shared ../shared]
The output is deterministic; data/places/ATTRIBUTION.md names the sources and licences.
"""
import argparse
import difflib
import json
import pathlib
import re

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--shared", default="../shared")
args = parser.parse_args()
knowledge = pathlib.Path(args.shared) / "data" / "knowledge"
out_dir = pathlib.Path("data/places")

ascii_name = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")


def clean(s):
    return s.replace("\t", " ").strip()


# Countries ---------------------------------------------------------------------------------------------------
countries = {}
for line in (knowledge / "geonames/countryInfo.txt").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    f = line.split("\t")
    name = f[4][4:] if f[4].startswith("The ") else f[4]  # "The Netherlands" -> "Netherlands"
    countries[f[0]] = {"name": name, "capital": f[5], "aliases": set(), "demonyms": set(), "lat": "", "lon": ""}

for code, c in json.loads((knowledge / "countries-list/countries.min.json").read_text(encoding="utf-8")).items():
    if code in countries:
        countries[code]["aliases"].add(c["name"])
        countries[code]["aliases"].update(c.get("alias", []))

nationality = json.loads((knowledge / "i18n-nationality/en.json").read_text(encoding="utf-8"))["nationalities"]
for code, adj in nationality.items():
    # The list maps many territories to their own name and has errors (WF -> "Welsh"): keep single adjectives
    # ending like demonyms, not names of places.
    if code not in countries or code == "WF" or "(" in adj or "," in adj or " - " in adj:
        continue
    if adj == countries[code]["name"] or not re.search(r"(an|ian|ese|ish|i|ic|ch|ss|ot|er|ean)$", adj):
        continue
    countries[code]["demonyms"].add(adj)
    if adj.endswith("an") or adj.endswith("i"):
        countries[code]["demonyms"].add(adj + "s")  # "Ukrainians", "Israelis"

for line in (out_dir / "country_extras.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    code, aliases, demonyms = (line.split("\t") + ["", ""])[:3]
    countries[code]["aliases"].update(a for a in aliases.split("|") if a)
    countries[code]["demonyms"].update(d for d in demonyms.split("|") if d)

# Cities ------------------------------------------------------------------------------------------------------
cities = []
for line in (knowledge / "geonames/cities15000.txt").read_text(encoding="utf-8").splitlines():
    f = line.split("\t")
    name, asciiname, alternates = f[1], f[2], f[3]
    lat, lon, feature, country, population = f[4], f[5], f[7], f[8], int(f[14] or 0)
    others = []
    for alt in [asciiname] + alternates.split(","):
        alt = alt.strip()
        # The alternates carry no language tags; the ASCII spellings close to the name are the English variants
        # news uses ("Kiev" for Kyiv, "Sao Paulo"); distant ones are other languages' names.
        if (alt and alt != name and alt not in others and ascii_name.match(alt) and not alt.isupper() and
                len(alt) > 2 and difflib.SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= 0.7):
            others.append(alt)
    cities.append((name, others[:3], country, lat, lon, population, feature))
    if feature == "PPLC" and country in countries:
        countries[country]["lat"], countries[country]["lon"] = lat, lon

with open(out_dir / "countries.tsv", "w", encoding="utf-8") as out:
    out.write("# code\tname\taliases\tdemonyms\tcapital\tlat\tlon   (built by scripts/build_places.py)\n")
    for code in sorted(countries):
        c = countries[code]
        aliases = sorted(a for a in c["aliases"] if a != c["name"])
        out.write("\t".join([code, clean(c["name"]), "|".join(aliases), "|".join(sorted(c["demonyms"])),
                             clean(c["capital"]), c["lat"], c["lon"]]) + "\n")

cities.sort(key=lambda c: (-c[5], c[0]))
with open(out_dir / "cities.tsv", "w", encoding="utf-8") as out:
    out.write("# name\tother names\tcountry\tlat\tlon\tpopulation\tfeature   (built by scripts/build_places.py)\n")
    for name, others, country, lat, lon, population, feature in cities:
        out.write("\t".join([clean(name), "|".join(others), country, lat, lon, str(population), feature]) + "\n")

# Regions named by a bare compass or landscape word ("West" in Cameroon, "Centre" in France) would turn those words
# into places wherever the tagger calls them one ("Dundee East and West"); they are left out.
GENERIC_REGION_NAMES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "centre", "center", "littoral", "plateau", "islands", "lakes", "coast", "capital"}

with open(out_dir / "regions.tsv", "w", encoding="utf-8") as out:
    out.write("# name\tcountry\tcode   (built by scripts/build_places.py)\n")
    for line in (knowledge / "geonames/admin1_regionInfo.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 3 or "." not in f[0] or clean(f[1]).lower() in GENERIC_REGION_NAMES:
            continue
        country, code = f[0].split(".", 1)
        out.write("\t".join([clean(f[1]), country, code]) + "\n")

print(f"{len(countries)} countries, {len(cities)} cities")
