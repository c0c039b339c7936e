#!/usr/bin/env python3
"""Builds data/places/gazetteer.bin, the place gazetteer src/lang/gazetteer.cc loads, from GeoNames lists in
../shared/data/knowledge and newsgraph's own lists in data/places/:

  populated places  GeoNames cities15000 (with its alternate names) and cities1000 (every place of 1,000 people or
                    more; its rows not in cities15000), CC BY 4.0
  admin1 regions    GeoNames admin1CodesASCII (states, provinces, ...), with data/places/admin1_abbreviations.tsv
  other names       data/places/place_names.tsv ("New York" for New York City)
  countries         GeoNames countryInfo, other names from countries-list (MIT) and data/places/country_extras.tsv
  continents etc.   data/places/world_regions.tsv
  areas             data/places/areas.tsv (regions inside countries, islands, UK and Irish counties)
  waters            data/places/waters.tsv (seas, gulfs, straits, lakes, shoals, reefs and island groups, with
                    their GeoNames feature codes: SEA, GULF, STRT, LK, SHOL, RF, ISLS, ...)
  points            countries and US/Canadian/Australian/Brazilian states: Natural Earth label points
                    (data/places/natural_earth_points.tsv, public domain); other admin1 regions: the mean of their
                    populated places; a country Natural Earth lacks: the mean of its places, else its capital

Run from the repository root:  python3 scripts/build_gazetteer.py [--shared ../shared]
The output is deterministic. Its format (little-endian) is described in src/lang/gazetteer.h; the key
normalisation below must stay the same as NormalizeKey in src/lang/gazetteer.cc (a test compares them).
"""
import argparse
import difflib
import json
import pathlib
import re
import struct
import unicodedata
import zlib

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("--shared", default="../shared")
parser.add_argument("--out", default="data/places/gazetteer.bin")
args = parser.parse_args()
knowledge = pathlib.Path(args.shared) / "data" / "knowledge"
places_dir = pathlib.Path("data/places")

VERSION = 2
KIND_CONTINENT, KIND_REGION, KIND_COUNTRY, KIND_ADMIN1, KIND_PLACE, KIND_ADMIN2 = 1, 2, 3, 4, 5, 6
NAME_PRIMARY, NAME_ALTERNATE, NAME_ABBREVIATION = 0, 1, 2  # abbreviations only qualify ("Springfield, Ill.")

FOLD = {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"}
EXPAND = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def normalize_key(name):
    """Lower case without accents; full stops and apostrophes dropped; other punctuation a space; 'St' -> 'saint';
    a leading 'the' dropped. Mirrors NormalizeKey in src/lang/gazetteer.cc."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").casefold()
    out = []
    for c in s:
        c = FOLD.get(c, c)
        if c in ".'\u2019\u2018`":
            continue
        out.append(c if c.isalnum() else " ")
    words = "".join(out).split()
    words = [EXPAND.get(w, w) for w in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def read_tsv(path):
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


latin_alternate = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")


def english_alternates(name, alternates, population):
    """Alternate names worth matching in English news. GeoNames gives no language: keep the ASCII spellings; for
    small places only those close to the name (spelling variants), for large ones also exonyms ("Kiev", "Bombay")."""
    kept = []
    for alt in alternates:
        alt = alt.strip()
        if not alt or alt == name or not latin_alternate.match(alt) or len(alt) < 3 or alt.isupper():
            continue
        close = difflib.SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= 0.7
        if close or population >= 100000:
            kept.append(alt)
    return kept[:40]


places = []  # dicts: id, lat, lon, pop, name, cc, admin1 (CC.code or ""), kind, feature, names [(name, flag)]

# Countries ------------------------------------------------------------------------------------------------------
country_info = {}
iso3_to_iso2 = {"KOS": "XK"}
for f in read_tsv(knowledge / "geonames/countryInfo.txt"):
    name = f[4][4:] if f[4].startswith("The ") else f[4]
    country_info[f[0]] = {"name": name, "capital": f[5], "population": int(f[7] or 0), "id": int(f[16] or 0)}
    iso3_to_iso2[f[1]] = f[0]
ne_country, ne_admin1 = {}, {}
for f in read_tsv(places_dir / "natural_earth_points.tsv"):
    if f[0] == "kind":
        continue
    if f[0] == "country" and f[3] in iso3_to_iso2:
        ne_country.setdefault(iso3_to_iso2[f[3]], (float(f[4]), float(f[5])))
    elif f[0] == "admin1":
        ne_admin1[(f[1], f[3])] = (float(f[4]), float(f[5]))
country_names = {code: set() for code in country_info}
for code, c in json.loads((knowledge / "countries-list/countries.min.json").read_text(encoding="utf-8")).items():
    if code in country_names:
        country_names[code].add(c["name"])
        country_names[code].update(c.get("alias", []))
for f in read_tsv(places_dir / "country_extras.tsv"):
    # Gaza and the West Bank are places of their own (admin1 regions of PS), not other names of Palestine.
    country_names[f[0]].update(a for a in f[1].split("|") if a and a not in ("West Bank", "Gaza", "Gaza Strip"))

# Populated places ------------------------------------------------------------------------------------------------
seen = set()
for f in (knowledge / "geonames/cities15000.txt").read_text(encoding="utf-8").splitlines():
    f = f.split("\t")
    pop = int(f[14] or 0)
    names = [(f[1], NAME_PRIMARY)]
    if f[2] != f[1]:
        names.append((f[2], NAME_PRIMARY))
    names += [(a, NAME_ALTERNATE) for a in english_alternates(f[1], [f[2]] + f[3].split(","), pop)]
    places.append({"id": int(f[0]), "lat": float(f[4]), "lon": float(f[5]), "pop": pop, "name": f[1], "cc": f[8],
                   "admin1": f[8] + "." + f[10] if f[10] else "", "kind": KIND_PLACE, "feature": f[7],
                   "names": names})
    seen.add(int(f[0]))
for f in read_tsv(knowledge / "geonames-cities1000/cities1000.tsv"):
    if f[0] == "geonameid" or int(f[0]) in seen:
        continue
    names = [(f[1], NAME_PRIMARY)] + ([(f[2], NAME_ALTERNATE)] if f[2] and f[2] != f[1] else [])
    places.append({"id": int(f[0]), "lat": float(f[7]), "lon": float(f[8]), "pop": int(f[6] or 0), "name": f[1],
                   "cc": f[3], "admin1": f[3] + "." + f[4] if f[4] else "", "kind": KIND_PLACE, "feature": f[5],
                   "names": names})

# Names news uses for well-known places ("New York" for New York City).
for f in read_tsv(places_dir / "place_names.tsv"):
    for p in places:
        if p["id"] == int(f[0]):
            p["names"] += [(n, NAME_PRIMARY) for n in f[1].split("|")]

# Admin1 regions --------------------------------------------------------------------------------------------------
# Regions named by a bare compass or landscape word ("West" in Cameroon, "Centre" in France) would make places of
# words the tagger takes for one ("Dundee East and West"): they keep their entry but are not found by that name.
GENERIC_REGION_NAMES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "centre", "center", "littoral", "plateau", "islands", "lakes", "coast", "capital"}
members = {}
for p in places:
    members.setdefault(p["admin1"], []).append(p)
admin1_extra = {f[0]: (f[1].split("|") if len(f) > 1 and f[1] else [], f[2].split("|") if len(f) > 2 and f[2] else [])
                for f in read_tsv(places_dir / "admin1_abbreviations.tsv")}
admin1_places = []
for f in read_tsv(knowledge / "geonames/admin1_regionInfo.tsv"):
    if len(f) < 4 or "." not in f[0]:
        continue
    cc, code = f[0].split(".", 1)
    inside = members.get(f[0], [])
    point = ne_admin1.get((cc, code))
    if point is None and inside:
        point = (sum(p["lat"] for p in inside) / len(inside), sum(p["lon"] for p in inside) / len(inside))
    if point is None:
        continue  # no place known inside and no map point: nothing to put on a map
    names = [] if f[1].strip().lower() in GENERIC_REGION_NAMES else [(f[1], NAME_PRIMARY), (f[2], NAME_PRIMARY)]
    stand, abbreviations = admin1_extra.get(f[0], ([], []))
    names += [(n, NAME_ALTERNATE) for n in stand] + [(n, NAME_ABBREVIATION) for n in abbreviations]
    admin1_places.append({"id": int(f[3] or 0), "lat": point[0], "lon": point[1],
                          "pop": sum(p["pop"] for p in inside), "name": f[1], "cc": cc, "admin1": f[0],
                          "kind": KIND_ADMIN1, "feature": "ADM1", "names": names})

country_places = []
for code, c in sorted(country_info.items()):
    inside = [p for p in places if p["cc"] == code] if code not in ne_country else []
    capital = [p for p in places if p["cc"] == code and p["feature"] == "PPLC"]
    if code in ne_country:
        point = ne_country[code]
    elif inside:
        point = (sum(p["lat"] for p in inside) / len(inside), sum(p["lon"] for p in inside) / len(inside))
    elif capital:
        point = (capital[0]["lat"], capital[0]["lon"])
    else:
        continue
    names = [(c["name"], NAME_PRIMARY)] + [(n, NAME_ALTERNATE) for n in sorted(country_names[code]) if n != c["name"]]
    country_places.append({"id": c["id"], "lat": point[0], "lon": point[1], "pop": c["population"], "name": c["name"],
                           "cc": code, "admin1": "", "kind": KIND_COUNTRY, "feature": "PCLI", "names": names})

world_places = []
for f in read_tsv(places_dir / "world_regions.tsv"):
    names = f[0].split("|")
    world_places.append({"id": 0, "lat": float(f[1]), "lon": float(f[2]), "pop": 0, "name": names[0], "cc": "",
                         "admin1": "", "kind": KIND_CONTINENT if f[3] == "continent" else KIND_REGION,
                         "feature": "CONT" if f[3] == "continent" else "RGN",
                         "names": [(n, NAME_PRIMARY if i == 0 else NAME_ALTERNATE) for i, n in enumerate(names)]})

area_places = []
for f in read_tsv(places_dir / "areas.tsv"):
    f += [""] * (6 - len(f))
    names = f[0].split("|")
    area_places.append({"id": 0, "lat": float(f[1]), "lon": float(f[2]), "pop": 0, "name": names[0], "cc": f[4],
                        "admin1": f[5], "kind": KIND_ADMIN2 if f[3] == "county" else KIND_REGION,
                        "feature": "ADM2" if f[3] == "county" else "RGN",
                        "names": [(n, NAME_PRIMARY if i == 0 else NAME_ALTERNATE) for i, n in enumerate(names)]})

for f in read_tsv(places_dir / "waters.tsv"):
    f += [""] * (5 - len(f))
    names = f[0].split("|")
    area_places.append({"id": 0, "lat": float(f[1]), "lon": float(f[2]), "pop": 0, "name": names[0], "cc": f[4],
                        "admin1": "", "kind": KIND_REGION, "feature": f[3],
                        "names": [(n, NAME_PRIMARY if i == 0 else NAME_ALTERNATE) for i, n in enumerate(names)]})

# Order: world regions, countries, admin1, areas and waters, then places by population (ties by id), so that indexes are
# stable and countries come before every kind after them (Gazetteer::CountryByCode relies on it).
places.sort(key=lambda p: (-p["pop"], p["id"]))
all_places = world_places + country_places + admin1_places + area_places + places
country_index = {p["cc"]: i for i, p in enumerate(all_places) if p["kind"] == KIND_COUNTRY}
admin1_index = {p["admin1"]: i for i, p in enumerate(all_places) if p["kind"] == KIND_ADMIN1}

# Serialise --------------------------------------------------------------------------------------------------------
pool = bytearray(b"\0")
pool_offsets = {"": 0}


def intern(s):
    if s not in pool_offsets:
        pool_offsets[s] = len(pool)
        pool.extend(s.encode("utf-8") + b"\0")
    return pool_offsets[s]


keys = {}
for i, p in enumerate(all_places):
    for name, flag in p["names"]:
        key = normalize_key(name)
        if key:
            keys[(key, i)] = min(flag, keys.get((key, i), flag))
key_rows = sorted(((k.encode("utf-8"), flag, -all_places[i]["pop"], i) for (k, i), flag in keys.items()))

feature_codes = sorted({p["feature"] for p in all_places})
n = len(all_places)
columns = [
    struct.pack(f"<{n}I", *[p["id"] for p in all_places]),
    struct.pack(f"<{n}i", *[round(p["lat"] * 1e5) for p in all_places]),
    struct.pack(f"<{n}i", *[round(p["lon"] * 1e5) for p in all_places]),
    struct.pack(f"<{n}Q", *[p["pop"] for p in all_places]),
    struct.pack(f"<{n}I", *[intern(p["name"]) for p in all_places]),
    struct.pack(f"<{n}I", *[admin1_index.get(p["admin1"], 0xFFFFFFFF) for p in all_places]),
    struct.pack(f"<{n}I", *[country_index.get(p["cc"], 0xFFFFFFFF) for p in all_places]),
    b"".join((p["cc"] or "  ").encode("ascii") for p in all_places),
    bytes(p["kind"] for p in all_places),
    bytes(feature_codes.index(p["feature"]) for p in all_places),
]
m = len(key_rows)
key_columns = [
    struct.pack(f"<{m}I", *[intern(k.decode("utf-8")) for k, _, _, _ in key_rows]),
    struct.pack(f"<{m}I", *[i for _, _, _, i in key_rows]),
    bytes(flag for _, flag, _, _ in key_rows),
]
features = "\0".join(feature_codes).encode("ascii") + b"\0"
payload = bytearray(struct.pack("<5I", n, m, len(features), len(pool), 0))
for part in [features] + columns + key_columns + [bytes(pool)]:
    payload += b"\0" * (-len(payload) % 8)  # each column starts 8-byte aligned
    payload += part
compressed = zlib.compress(bytes(payload), 9)
header = b"NGGAZETR" + struct.pack("<4I", VERSION, len(payload), zlib.crc32(payload), len(compressed))
pathlib.Path(args.out).write_bytes(header + compressed)
print(f"{n} places ({len(country_places)} countries, {len(admin1_places)} admin1 regions), {m} names, "
      f"payload {len(payload)} bytes, file {len(header) + len(compressed)} bytes")
