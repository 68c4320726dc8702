"""The emotion band below the lanes: guide lines, the curve with green/red tint, faces numbered like their cards.

With more than a few assessed cards per phase a curve through every card is a zig-zag nobody can read; the band
then shows each phase's mean (a face with the number of cards) and the range from the lowest to the highest score.
Persona curves are drawn in the persona's colour, with the general curve muted behind them.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD
from journeymap.export.pdf_map import MUTED_CURVE_ALPHA, MapScene
from journeymap.export.texts import number, tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect, emotion_y, smooth_path

colour = shapes.colour
BAND_FILL = "#F7F8FA"
PERSONA_DOT = 3.5  # radius of a persona curve's points


def draw_band(c: Canvas, scene: MapScene, window: Rect, lod: bool) -> None:
    """Draw the band (map coordinates, y drawn as −y) as far as it lies in `window`."""
    band = scene.geometry.band
    k = min(scene.style.k, 1.6)
    c.setFillColor(colour(BAND_FILL))
    c.rect(band.x, -band.bottom, band.w, band.h, stroke=0, fill=1)
    c.setStrokeColor(colour(t.DIVIDER))
    c.setLineWidth(1)
    c.line(band.x, -band.y, band.right, -band.y)
    zero = emotion_y(band, 0)
    points = scene.curve
    personas = scene.persona_curves
    if scene.summarised_band:
        points = _means(scene)
    if len(points) >= 2 and not personas:
        _tint(c, band, [(x, y) for x, y, *_ in points], zero)
    for score in range(-2, 3):
        y = emotion_y(band, score)
        c.setStrokeColor(colour("#C3C9D1" if score == 0 else "#E1E4E8"))
        c.setLineWidth(1.2 if score == 0 else 0.8)
        c.line(band.x + 34 * k, -y, band.right, -y)
    if personas:
        _persona_curves(c, [(x, y) for x, y, *_ in points], personas)
        if not lod:
            c.setFont(SANS_BOLD, 8 * k)
            for (persona, pts), numbers in zip(personas, scene.persona_numbers, strict=False):
                c.setFillColor(colour(persona.colour))
                for (x, y), n in zip(pts, numbers, strict=False):
                    below = y - band.y < 16 * k  # at the top of the band the number goes under the point
                    c.drawCentredString(x, -(y + 12 * k) if below else -(y - 6 * k), str(n))
    elif scene.summarised_band:
        _summary(c, scene, points, k, lod)
    elif points:
        _curve(c, points)
        face = 12 * k
        for (x, y), score, n in zip(points, _scores(scene), scene.curve_numbers, strict=False):
            shapes.face(c, x, -y, face, score)
            if not lod:
                c.setFillColor(colour(t.MUTED))
                c.setFont(SANS_BOLD, 8 * k)
                below = score >= 1
                c.drawCentredString(x, -(y + (face / 2 + 9 * k if below else -face / 2 - 2.5 * k)), str(n))
    _labels(c, scene, band, window, k)


def _scores(scene: MapScene) -> list[int]:
    return [card.touchpoint.emotion for card in scene.cards if card.touchpoint.emotion is not None]


def _means(scene: MapScene) -> list[tuple[float, float, float, int, int, int]]:
    """Per phase with assessed cards: (x, y of the mean, mean, count, lowest, highest)."""
    result = []
    band = scene.geometry.band
    for lane in scene.geometry.lanes:
        scores = [card.touchpoint.emotion for card in scene.cards
                  if card.touchpoint.phase == lane.phase_id and card.touchpoint.emotion is not None]
        if scores:
            mean = sum(scores) / len(scores)
            result.append((lane.rect.centre[0], emotion_y(band, mean), mean, len(scores), min(scores), max(scores)))
    return result


def _summary(c: Canvas, scene: MapScene, means, k: float, lod: bool) -> None:
    band = scene.geometry.band
    c.saveState()
    for x, _, _, _, low, high in means:  # the range of each phase as a soft bar
        c.setStrokeColor(colour("#C3C9D1"))
        c.setLineWidth(6 * k)
        c.setLineCap(1)
        c.line(x, -emotion_y(band, low), x, -emotion_y(band, high))
    c.restoreState()
    _curve(c, [(x, y) for x, y, *_ in means])
    for x, y, mean, count, _, _ in means:
        shapes.face(c, x, -y, 14 * k, max(-2, min(2, round(mean))))
        if not lod:
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS, 8.5 * k)
            text = f"Ø {number(round(mean, 1), scene.lang, 1)} · n = {count}"
            c.drawString(x + 10 * k, -(y + 3 * k), text)


def _curve(c: Canvas, points) -> None:
    if len(points) < 2:
        return
    c.saveState()
    c.setStrokeColor(colour(t.CURVE_COLOUR))
    c.setLineWidth(2)
    c.setLineJoin(1)
    c.setLineCap(1)
    c.drawPath(_path(c, [(x, y) for x, y, *_ in points]), stroke=1, fill=0)
    c.restoreState()


def _persona_curves(c: Canvas, general, personas) -> None:
    """The general curve muted (thin, dashed) behind one curve per persona in the persona's colour."""
    c.saveState()
    c.setLineJoin(1)
    if len(general) >= 2:
        c.setStrokeColor(colour(t.mix(t.CURVE_COLOUR, MUTED_CURVE_ALPHA, BAND_FILL)))
        c.setLineWidth(1.5)
        c.setDash(list(t.DASH_ALTERNATIVE))
        c.drawPath(_path(c, general), stroke=1, fill=0)
        c.setDash([])
    c.setLineCap(1)
    for persona, points in personas:
        c.setStrokeColor(colour(persona.colour))
        c.setLineWidth(2)
        if len(points) >= 2:
            c.drawPath(_path(c, points), stroke=1, fill=0)
    c.setStrokeColor(shapes.WHITE)
    c.setLineWidth(1.2)
    for persona, points in personas:
        c.setFillColor(colour(persona.colour))
        for x, y in points:
            c.circle(x, -y, PERSONA_DOT, stroke=1, fill=1)
    c.restoreState()


def _labels(c: Canvas, scene: MapScene, band: Rect, window: Rect, k: float) -> None:
    """"+2 … −2" and the title at the left of the band, on a backing where a later page column starts."""
    left = max(band.x, window.x)
    if left > band.x:
        c.setFillColor(colour(BAND_FILL))
        c.rect(left, -(band.bottom - 4), 30 * k, band.h - 24, stroke=0, fill=1)
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS, 10 * k)
    for score in range(-2, 3):
        y = emotion_y(band, score)
        c.drawRightString(left + 26 * k, -(y + 3.5 * k), f"{score:+d}".replace("-", "−") if score else "0")
    c.setFont(SANS_BOLD, 9 * k)
    title = tr("emotion", scene.lang)
    if scene.summarised_band and not scene.persona_curves:
        title += " · " + tr("band_means", scene.lang)
    c.drawRightString(min(band.right, window.right) - 8, -(band.y + 12), title)


def _path(c: Canvas, points, close_at: float | None = None):
    path = c.beginPath()
    path.moveTo(points[0][0], -points[0][1])
    for _, c1, c2, p1 in smooth_path(points):
        path.curveTo(c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
    if close_at is not None:
        path.lineTo(points[-1][0], -close_at)
        path.lineTo(points[0][0], -close_at)
        path.close()
    return path


def _tint(c: Canvas, band: Rect, points, zero: float) -> None:
    """Green between the curve and 0 where it is above, red where below (opaque print-safe tints)."""
    for good, top, bottom in ((True, band.y, zero), (False, zero, band.bottom)):
        c.saveState()
        clip = c.beginPath()
        clip.rect(band.x, -bottom, band.w, bottom - top)
        c.clipPath(clip, stroke=0, fill=0)
        tint = t.mix(t.EMOTION_GOOD if good else t.EMOTION_BAD, t.CURVE_FILL_ALPHA, BAND_FILL)
        c.setFillColor(colour(tint))
        c.drawPath(_path(c, points, close_at=zero), stroke=0, fill=1)
        c.restoreState()
