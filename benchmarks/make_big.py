"""A big journey for benchmarks, built deterministically: 2,000 touchpoints and 4,000 links over six lanes.

`HUB` is a touchpoint in the middle lane with exactly 20 links (10 in, 10 out), for "move one card with
20 links" (fewer in journeys too small for that: under about 60 touchpoints). Every tenth slot of a lane is left
free. Any size works (`make_big(500, 1000)`); `links` is capped at what the journey can hold.
`python -m benchmarks.make_big OUT.journey [TOUCHPOINTS [LINKS]]` writes one to a file.
"""

from __future__ import annotations

import random
import sys

from journeymap.model import AIDALA_IDS, Kpi, Link, Persona, ProjectData, Touchpoint

HUB = "tp-hub"
_CATALOGUE_IDS = ("website", "online_shop", "newsletter", "email", "blog", "social_media", "live_chat", "sem",
                  "review_portal", "mobile_app", "phone_call", "trade_fair_stand", "personal_meeting", "forum",
                  "chatbot", "video_conference", "print_brochure", "digital_payment", "track_and_trace")
_ANALOGUE = {"phone_call", "trade_fair_stand", "personal_meeting", "print_brochure"}
_WORDS = ("Angebot", "Anfrage", "Beratung", "Rückruf", "Demo", "Service", "Rechnung", "Schulung", "Umfrage",
          "Webinar", "Katalog", "Termin", "Ersatzteil", "Wartung")


def _slot(row: int) -> int:
    """Every tenth slot stays free, as in a map people work on: a card can move a little."""
    return row + row // 9


def _hub_row(touchpoints: int) -> int:
    """The hub's row in its lane: 100 in the 2,000-touchpoint journey, the middle of smaller ones."""
    return min(100, (touchpoints // len(AIDALA_IDS)) // 2)


def make_big(touchpoints: int = 2_000, links: int = 4_000, seed: int = 7) -> ProjectData:
    """The benchmark journey (same result for the same arguments)."""
    if touchpoints < 3 * len(AIDALA_IDS):
        raise ValueError(f"make_big needs at least {3 * len(AIDALA_IDS)} touchpoints")
    rng = random.Random(seed)
    lanes: list[list[str]] = [[] for _ in AIDALA_IDS]
    tps: list[Touchpoint] = []
    hub_row = _hub_row(touchpoints)
    for i in range(touchpoints):
        lane = i % len(AIDALA_IDS)
        tid = HUB if (lane == 2 and len(lanes[2]) == hub_row) else f"tp-{i:05d}"
        cat = _CATALOGUE_IDS[rng.randrange(len(_CATALOGUE_IDS))]
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.choice((1, 1, 2, 3, 5))))
        kpis = ()
        if rng.random() < 0.15:
            kpis = tuple(Kpi(name=f"KPI {k}", unit="%", target=50.0, actual=rng.uniform(30, 70))
                         for k in range(rng.choice((1, 2))))
        tps.append(Touchpoint(
            id=tid, catalogue_id=cat, label=f"{words} {i}", phase=AIDALA_IDS[lane],
            position=float(_slot(len(lanes[lane]))),
            kind="analogue" if cat in _ANALOGUE else "digital",
            emotion=rng.choice((None, -2, -1, 0, 0, 1, 1, 2)), kpis=kpis,
        ))
        lanes[lane].append(tid)
    pairs: dict[tuple[str, str], str] = {}

    def add(source: str, target: str, kind: str) -> None:
        if source != target and (source, target) not in pairs and len(pairs) < links:
            pairs[(source, target)] = kind

    first = max(0, hub_row - 5)  # the hub's ten neighbours in the lanes before and after it (fewer in tiny journeys)
    near = range(first, min(first + 10, len(lanes[1]), len(lanes[3])))
    for k in near:
        add(lanes[1][k], HUB, "step")
        add(HUB, lanes[3][k], "step")
    hub_free = [lane[:] for lane in lanes]
    for lane in (hub_free[1], hub_free[3]):
        del lane[near.start: near.stop]  # the hub's neighbours get no more links to the hub by chance
    hub_free[2].remove(HUB)
    links = min(links, len(pairs) + _room(hub_free))
    attempts = 0
    while len(pairs) < links and attempts < 50 * links:
        attempts += 1
        roll = rng.random()
        lane = rng.randrange(len(AIDALA_IDS))
        if not hub_free[lane]:  # (tiny journeys only)
            continue
        row = rng.randrange(len(hub_free[lane]))
        source = hub_free[lane][row]
        if roll < 0.03:
            if hub_free[-1] and hub_free[0]:
                add(rng.choice(hub_free[-1]), rng.choice(hub_free[0]), "loop_back")
        elif roll < 0.08:
            add(source, hub_free[lane][min(row + 1, len(hub_free[lane]) - 1)], "step")
        elif lane < len(AIDALA_IDS) - 1:
            jump = 2 if roll > 0.95 and lane < len(AIDALA_IDS) - 2 else 1
            target_lane = hub_free[lane + jump]
            if not target_lane:
                continue
            target = target_lane[max(0, min(len(target_lane) - 1, row + rng.randint(-4, 4)))]
            add(source, target, "alternative" if roll > 0.88 else "step")
    link_values = [Link(id=f"ln-{n:05d}", source=s, target=t, kind=kind)
                   for n, ((s, t), kind) in enumerate(pairs.items())]
    path = tuple(dict.fromkeys(lanes[k % 6][min(k, len(lanes[k % 6]) - 1)] for k in range(60)))
    personas = (Persona(id="p-eva", name="Eva", colour="#6A3D9A", touchpoint_ids=path[::2]),
                Persona(id="p-max", name="Max", colour="#33A02C", touchpoint_ids=path[1::2]))
    return ProjectData(touchpoints=tuple(tps), links=tuple(link_values), personas=personas)


def _room(lanes: list[list[str]]) -> int:
    """About how many distinct links the random part can draw (neighbour steps and lane jumps), kept well below
    the theoretical number so that the loop above always finishes quickly."""
    return sum(len(lane) * 9 for lane in lanes[:-1]) // 2


def main(argv: list[str]) -> int:
    from journeymap.fileformat import save

    if not 1 <= len(argv) <= 3:
        print("usage: python -m benchmarks.make_big OUT.journey [TOUCHPOINTS [LINKS]]", file=sys.stderr)
        return 2
    save(make_big(*(int(a) for a in argv[1:])), argv[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
