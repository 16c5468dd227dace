"""Place gazetteer: file size, start-up time and memory (resident set growth), and look-up cost. Not a test: run it on
demand with `python bench/places_load.py` (each figure the median of several fresh interpreters).

Measures, in a fresh Python each round: importing the events package and reading the generated
gazetteer's match keys (what every process pays once), then resolving the places of a typical
article (the rows it needs become validated Place objects).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_ROUND = r"""
import json, os, time
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
t0 = time.perf_counter()
from timeline.events import places as P
from timeline.events.lexicon import generated_places
t1 = time.perf_counter()
r1 = rss()
gen = generated_places()
P._index()
t2 = time.perf_counter()
r2 = rss()
text = ("Russian missiles struck Kryvyi Rih and Kharkiv on Friday, while fighting went on near Pokrovsk "
        "and in Tibu, Goma, Jenin, Maiduguri and the Zamzam camp outside El Fasher. ") * 3
t3 = time.perf_counter()
[P.best_place(m, None) for m in P.find_places(text)]  # compiles the facility and acronym tables
t35 = time.perf_counter()
for _ in range(20):
    found = P.find_places(text)
    [P.best_place(m, None) for m in found]
t4 = time.perf_counter()
print(json.dumps({"rows": len(gen), "keys": len(gen.keys), "import_s": t1 - t0, "load_s": t2 - t1,
                  "load_rss_mib": r2 - r1, "first_article_ms": (t35 - t3) * 1000, "article_ms": (t4 - t35) / 20 * 1000, "rss_mib": rss()}))
"""


def main() -> None:
    tsv = ROOT / "timeline" / "events" / "data" / "places.tsv"
    print(f"{tsv.relative_to(ROOT)}: {tsv.stat().st_size / 2**20:.1f} MiB")
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _ROUND], cwd=ROOT, check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(5)
    ]
    for key in runs[0]:
        print(f"  {key:12} {statistics.median(r[key] for r in runs):10.3f}")


if __name__ == "__main__":
    main()
