"""Link labels: along their link, clear of cards and of each other, elided only for lack of room (the tooltip has
the whole label), hidden when zoomed out; and cheap to keep up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.layout import Rect, card_rect, link_path
from journeymap.layout import theme as t
from journeymap.layout.link_labels import MAX_WIDTH, LabelPlacer, card_obstacle

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "schmidt.journey"
CHAR = 6.0  # the plain tests measure every character 6 px wide


def measure(text: str) -> float:
    return CHAR * len(text)


def elide(text: str, width: float) -> str:
    if measure(text) <= width:
        return text
    keep = max(0, int(width // CHAR) - 1)
    return text[:keep] + "…"


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def placer_with_cards(cards: dict[str, Rect]) -> LabelPlacer:
    placer = LabelPlacer(measure, elide)
    for key, rect in cards.items():
        placer.set_obstacle(key, card_obstacle(rect))
    return placer


# ---------------------------------------------------------------- the Qt-free placer
def test_a_label_between_stacked_cards_goes_into_the_gap_not_over_a_card():
    cards = {f"a{i}": card_rect(0, i) for i in range(4)} | {f"b{i}": card_rect(1, i) for i in range(4)}
    placer = placer_with_cards(cards)
    route = link_path(cards["a3"], cards["b0"])
    spot = placer.place("l", route, "Übergabe an Mitarbeiter")
    assert spot is not None and spot.full and spot.text == "Übergabe an Mitarbeiter"
    assert spot.w == pytest.approx(measure(spot.text) + 12)
    assert not any(overlaps(spot.box, card_obstacle(rect)) for rect in cards.values())
    assert spot.y > t.LOOP_MARGIN + t.HEADER_HEIGHT  # never on the lane headers


def test_labels_never_overlap_and_a_moved_card_reports_the_labels_it_now_covers():
    cards = {f"a{i}": card_rect(0, i) for i in range(3)} | {f"b{i}": card_rect(1, i) for i in range(3)}
    placer = placer_with_cards(cards)
    for i in range(3):
        for j in range(3):
            placer.place(f"a{i}-b{j}", link_path(cards[f"a{i}"], cards[f"b{j}"]), f"Label {i}{j}")
    boxes = [spot.box for spot in placer.spots.values()]
    assert len(boxes) == 9
    assert not any(overlaps(a, b) for n, a in enumerate(boxes) for b in boxes[n + 1:])
    key, spot = next(iter(placer.spots.items()))
    covered = placer.set_obstacle("new card", spot.box)
    assert key in covered
    assert placer.set_obstacle("new card", None) == []


def corridor(width: float) -> tuple[LabelPlacer, tuple]:
    """A placer with a vertical free corridor `width` px wide at x = 100.., and a route straight down it."""
    placer = LabelPlacer(measure, elide, forbidden_rows=())
    placer.set_obstacle("left", (0, 0, 100, 1000))
    placer.set_obstacle("right", (100 + width, 0, 400, 1000))
    x = 100 + width / 2
    return placer, (((x, 0.0), (x, 100.0), (x, 400.0), (x, 500.0)),)


def test_a_label_is_elided_to_the_room_there_is_and_covers_cards_only_without_any_room():
    placer, route = corridor(70)
    spot = placer.place("l", route, "A rather long label")
    assert not spot.full and spot.text.endswith("…") and len(spot.text) >= 4
    assert spot.x > 100 and spot.x + spot.w < 170
    placer, route = corridor(20)  # not even three characters fit: the whole label, over the obstacles
    spot = placer.place("l", route, "A rather long label")
    assert spot.full and spot.text == "A rather long label"
    other = placer.place("m", route, "Another label")
    assert not overlaps(spot.box, other.box)  # but never over another label
    free = LabelPlacer(measure, elide, forbidden_rows=())
    spot = free.place("long", link_path(Rect(0, 500, 220, 76), Rect(800, 500, 220, 76)), "x" * 200)
    assert spot.w <= MAX_WIDTH and spot.text.endswith("…") and not spot.full


def test_no_label_on_the_forbidden_rows_and_none_without_text():
    placer = LabelPlacer(measure, elide, forbidden_rows=((0, 1000),))
    route = link_path(Rect(0, 300, 220, 76), Rect(520, 300, 220, 76))
    assert placer.place("l", route, "Hidden") is None
    assert placer.spot("l") is None
    assert LabelPlacer(measure, elide).place("l", route, "   ") is None


# ---------------------------------------------------------------- on the canvas
def labelled(items):
    return [item for item in items if item.link.label]


def assert_readable(scene, allow_cover: bool) -> None:
    items = labelled(scene.link_items())
    rects = [item.label_rect for item in items if item.label_text]
    for n, a in enumerate(rects):
        for b in rects[n + 1:]:
            assert not a.intersects(b), (a, b)
    for item in items:
        assert item.link.label in item.toolTip()  # the whole label, however much the pill shows
        if item.label_text:
            assert item.drawn_path.intersects(item.label_rect.adjusted(-1, -1, 1, 1))  # on its own link
    if not allow_cover:
        for item in items:
            for card in scene.cards():
                content = card.card_rect().adjusted(0, 5, 0, -8)
                assert not item.label_rect.intersects(content), (item.link.label, card.touchpoint.label)


def test_the_sample_shows_every_label_whole_clear_of_cards_and_other_labels(qtbot, tmp_path):
    from journeymap.fileformat import load
    from tests.helpers.canvas import Canvas

    canvas = Canvas(qtbot, tmp_path, load(SAMPLE), zoom=1.0)
    items = labelled(canvas.scene.link_items())
    assert len(items) >= 7
    assert all(item.label_text == item.link.label for item in items)  # "Übergabe an Mitarbeiter", not "Überga…"
    assert_readable(canvas.scene, allow_cover=False)
    arrows = [item.route[-1][3] for item in canvas.scene.link_items()]
    for item in items:  # no pill hides an arrowhead
        assert not any(item.label_rect.contains(*tip) for tip in arrows)


def test_a_dense_generated_journey_keeps_labels_apart_and_follows_moves(qtbot, tmp_path):
    from benchmarks.make_big import make_big
    from journeymap.commands import MoveTouchpoints
    from tests.helpers.canvas import Canvas

    data = make_big(240, 480)
    words = ("Rückfrage", "Übergabe an Mitarbeiter", "Ja", "Einladung zum Werksbesuch", "Komplexes Teil")
    links = tuple(lk.model_copy(update={"label": words[n % len(words)]}) if n % 2 == 0 else lk
                  for n, lk in enumerate(data.links))
    canvas = Canvas(qtbot, tmp_path, data.model_copy(update={"links": links}), zoom=1.0)
    items = labelled(canvas.scene.link_items())
    assert len(items) == 240
    shown = [item for item in items if item.label_text]
    assert len(shown) >= 0.95 * len(items)
    assert_readable(canvas.scene, allow_cover=True)
    # a card moved into a free slot under a label pushes the label away; undo keeps the labels apart too
    scene, slots = canvas.scene, canvas.scene.projection.slots
    phases = canvas.project.phase_model.ids()
    free = [(lane, float(slot)) for lane, phase in enumerate(phases) for slot in range(60)
            if float(slot) not in slots.positions(phase)]
    item, lane, slot = next((item, lane, slot) for item in shown for lane, slot in free
                            if overlaps(card_obstacle(card_rect(lane, slot)), box(item.label_rect)))
    before = item.label_rect
    mover = next(c for c in scene.cards() if c.tid not in (item.link.source, item.link.target))
    canvas.doc.push(MoveTouchpoints(canvas.project, {mover.tid: (phases[lane], slot)}))
    scene.flush_updates()
    assert item.label_rect != before
    assert not overlaps(card_obstacle(card_rect(lane, slot)), box(item.label_rect)) or not item.label_text
    assert_readable(scene, allow_cover=True)
    canvas.stack.undo()
    assert_readable(scene, allow_cover=True)


def box(rect) -> tuple[float, float, float, float]:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def test_a_long_label_is_elided_on_the_pill_and_whole_in_the_tooltip(qtbot, tmp_path):
    from journeymap.commands import EditLink
    from tests.conftest import make_sample
    from tests.helpers.canvas import Canvas

    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    text = "Rückfrage beim Vertrieb, weil das Angebot für die Sonderanfertigung noch nicht vollständig ist"
    canvas.doc.push(EditLink(canvas.project, "shop-news", {"label": text}))
    item = canvas.scene.link_item("shop-news")
    assert item.label_text.endswith("…") and len(item.label_text) > 20
    assert item.label_rect.width() <= MAX_WIDTH
    assert text in item.toolTip()
    canvas.doc.push(EditLink(canvas.project, "shop-news", {"label": ""}))
    assert item.label_text == "" and item.label_rect.isEmpty()


def test_labels_hide_when_zoomed_out(qtbot, tmp_path):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from journeymap.canvas.items.link import LABEL_MIN_ZOOM
    from journeymap.commands import EditLink
    from tests.conftest import make_sample
    from tests.helpers.canvas import Canvas

    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    canvas.doc.push(EditLink(canvas.project, "call-shop", {"label": "Angebot"}))
    item = canvas.scene.link_item("call-shop")
    area = item.label_rect.adjusted(-4, -4, 4, 4)

    def picture(zoom: float, label: bool) -> QImage:
        if not label:
            item.set_label_spot("", QRectF())
        image = QImage(int(area.width() * zoom) + 1, int(area.height() * zoom) + 1, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        canvas.scene.render(painter, QRectF(0, 0, image.width(), image.height()), area)
        painter.end()
        return image

    near, far = picture(1.0, True), picture(LABEL_MIN_ZOOM * 0.9, True)
    canvas.scene.projection.labels.link_routed(item)  # (restores the spot after the pictures without label)
    bare_near, bare_far = picture(1.0, False), picture(LABEL_MIN_ZOOM * 0.9, False)
    assert near != bare_near  # the label shows at 100 %
    assert far == bare_far  # and not at all when zoomed out
