"""PDF export speed and size. In the suite (`python -m benchmarks`): the default export (`journeymap export x.journey
-o x.pdf`: A4, mode auto, German, all sections) of 500 touchpoints (target ≤ 3 s) and of 2,000 (target ≤ 8 s), each
against a floor measured in the same run (reportlab writing as many pages with one line of text each), and how
2,000 compare with 500 in time and in size (issue 14: at most 5×). By hand, every paper and mode:

    python -m benchmarks.bench_pdf [COUNT ...]

prints one row per journey and mode: pages, seconds, size. The journeys are built here (deterministic), with
links, KPIs, emotions, notes, pain points, blueprint rows, opportunities and two personas: the PDF prints all
of them.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result
from journeymap.model import (
    AIDALA_IDS,
    STATUSES,
    Blueprint,
    BlueprintRow,
    Kpi,
    Link,
    Opportunity,
    Persona,
    ProjectData,
    Touchpoint,
)
from journeymap.model.values import Meta

BENCH = "pdf"
TARGET_MS = {500: 3000, 2000: 8000}

_CATALOGUE = ("website", "online_shop", "newsletter", "email", "blog", "social_media", "live_chat", "sem",
              "review_portal", "mobile_app", "phone_call", "trade_fair_stand", "personal_meeting", "forum", "chatbot",
              "video_conference", "print_brochure", "digital_payment", "track_and_trace", None)
_ANALOGUE = {"phone_call", "trade_fair_stand", "personal_meeting", "print_brochure"}
_WORDS = ("Angebot", "Anfrage", "Beratung", "Rückruf", "Demo", "Service", "Rechnung", "Schulung", "Umfrage",
          "Webinar", "Katalog", "Termin", "Ersatzteil", "Wartung", "Größenübersicht", "Lieferzeit")


def build_journey(touchpoints: int, seed: int = 5) -> ProjectData:
    """A realistic journey of `touchpoints` cards over the six AIDA(LA) lanes, about two links per card."""
    rng = random.Random(seed)
    lanes: list[list[str]] = [[] for _ in AIDALA_IDS]
    tps = []
    opportunities: list[Opportunity] = []
    for i in range(touchpoints):
        lane = min(len(AIDALA_IDS) - 1, int(rng.triangular(0, len(AIDALA_IDS), 2)))
        cat = _CATALOGUE[rng.randrange(len(_CATALOGUE))]
        label = " ".join(rng.choice(_WORDS) for _ in range(rng.choice((1, 2, 3, 4, 6)))) + f" {i}"
        kpis = tuple(Kpi(name=rng.choice(("Konversionsrate", "Antwortzeit", "Öffnungsrate")), unit="%",
                         target=float(rng.randrange(10, 90)), actual=round(rng.uniform(5, 95), 1),
                         better=rng.choice(("higher", "lower"))) for _ in range(rng.choice((0, 0, 0, 1, 2))))
        tid = f"tp-{i:05d}"
        tps.append(Touchpoint(
            id=tid, catalogue_id=cat, label=label, phase=AIDALA_IDS[lane], position=float(len(lanes[lane])),
            kind="analogue" if cat in _ANALOGUE else "digital", emotion=rng.choice((None, -2, -1, 0, 1, 1, 2)),
            emotion_note=rng.choice(("", "", "Wartet zu lange auf Antwort")), kpis=kpis,
            pain_points=tuple(rng.sample(("Preis unklar", "Lange Wartezeit", "Kein Ansprechpartner"),
                                         rng.choice((0, 1, 2)))),
            owner=rng.choice(("", "Vertrieb")), blueprint=_blueprint(rng)))
        lanes[lane].append(tid)
        if rng.random() < 0.3:
            opportunities.append(Opportunity(
                id=f"op-{i:05d}", text="Rückruf innerhalb von 2 Stunden", touchpoint_ids=(tid,),
                owner=rng.choice(("", "Vertrieb", "Service")), status=rng.choice(STATUSES),
                impact=rng.choice((None, 1, 2, 3)), effort=rng.choice((1, 2, 3))))
    links: dict[tuple[str, str], str] = {}
    for lane, ids in enumerate(lanes[:-1]):
        nxt = lanes[lane + 1] or lanes[min(lane + 2, 5)]
        for row, tid in enumerate(ids):
            for _ in range(2):
                if nxt:
                    target = nxt[max(0, min(len(nxt) - 1, row + rng.randint(-2, 2)))]
                    links.setdefault((tid, target), "alternative" if rng.random() < 0.15 else "step")
    if lanes[-1] and lanes[0]:
        links[(lanes[-1][0], lanes[0][0])] = "loop_back"
    link_values = tuple(Link(id=f"ln-{n}", source=s, target=t, kind=k, label="Rückfrage" if n % 17 == 0 else "")
                        for n, ((s, t), k) in enumerate(links.items()))
    path = tuple(ids[0] for ids in lanes if ids)
    personas = (Persona(id="p-eva", name="Einkäuferin Eva", role="Einkauf", goals=("Schnell bestellen",),
                        pains=("Lange Wartezeit",), channels=("website", "email"), colour="#6A3D9A",
                        touchpoint_ids=path),
                Persona(id="p-max", name="Techniker Max", colour="#33A02C", touchpoint_ids=path[1::2]))
    meta = Meta(title=f"Benchmark mit {touchpoints} Touchpoints", company="Müller & Söhne GmbH", author="bench")
    return ProjectData(meta=meta, touchpoints=tuple(tps), links=link_values, personas=personas,
                       opportunities=tuple(opportunities))


def _blueprint(rng: random.Random) -> Blueprint:
    """Blueprint rows on about half of the cards: what the customer gets, who answers, what happens behind."""
    if rng.random() < 0.5:
        return Blueprint()
    return Blueprint(
        evidence=BlueprintRow(texts=("Angebot als PDF",)),
        frontstage=BlueprintRow(texts=("Vertrieb ruft zurück", "Termin per E-Mail"), owner="Vertrieb"),
        backstage=BlueprintRow(texts=("Kalkulation prüft Zeichnung",), owner="Arbeitsvorbereitung"),
        support=BlueprintRow(texts=("ERP: Auftrag anlegen",), owner=rng.choice(("", "IT"))))


def _floor(pages: int, out: Path) -> float:
    """ms for reportlab alone to write `pages` pages with one line of text each (the least a PDF costs)."""
    from reportlab.pdfgen.canvas import Canvas

    start = time.perf_counter()
    c = Canvas(str(out))
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return (time.perf_counter() - start) * 1000


def run() -> list[Result]:
    import statistics

    from journeymap.export import export_pdf

    results, measured = [], {}
    with tempfile.TemporaryDirectory() as folder:
        for count, repeat in ((500, 3), (2000, 1)):
            data = build_journey(count)
            out = Path(folder) / f"bench-{count}.pdf"
            times, report = [], None
            for _ in range(repeat):
                start = time.perf_counter()
                report = export_pdf(data, out)
                times.append((time.perf_counter() - start) * 1000)
            ms = statistics.median(times)
            kib = out.stat().st_size / 1024
            measured[count] = (ms, kib)
            floor = _floor(report.pages, Path(folder) / "floor.pdf")
            note = f"{report.pages} pages ({report.mode}), {kib:.0f} KiB"
            if repeat > 1:
                note += f", median of {repeat}"
            results.append(Result(BENCH, f"PDF export, {count} tp / {len(data.links)} links (A4, auto)", ms, floor,
                                  f"reportlab, {report.pages} bare pages", note=note, target=TARGET_MS.get(count)))
    (t500, k500), (t2000, k2000) = measured[500], measured[2000]
    results.append(Result(BENCH, "PDF time, 2,000 tp against 500", t2000, t500, "500 tp", target_ratio=5.0))
    results.append(Result(BENCH, "PDF size, 2,000 tp against 500", k2000, k500, "500 tp", unit="KiB",
                          target_ratio=5.0))
    return results


def main(argv: list[str]) -> int:
    from journeymap.export import export_pdf

    counts = [int(a) for a in argv] or [100, 500, 2000]
    print(f"{'touchpoints':>11}  {'paper':>5}  {'mode':>5}  {'pages':>5}  {'seconds':>7}  {'size':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            data = build_journey(count)
            for paper, mode in (("a4", "auto"), ("a3", "auto"), ("a4", "fit"), ("a2", "auto"), ("poster", "auto")):
                out = Path(folder) / f"bench-{count}-{paper}-{mode}.pdf"
                start = time.perf_counter()
                report = export_pdf(data, out, paper=paper, lang="de", mode=mode)
                seconds = time.perf_counter() - start
                size = out.stat().st_size / 1024
                print(f"{count:>11}  {paper:>5}  {report.mode:>5}  {report.pages:>5}  {seconds:>7.2f}  {size:>6.0f} KB",
                      flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
