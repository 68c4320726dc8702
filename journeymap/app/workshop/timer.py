"""The countdown for workshop exercises: a clock-driven timer (`WorkshopTimer`) and its overlay (`TimerOverlay`).

The timer reads a monotonic clock instead of counting ticks, so a busy event loop never makes it run slow, and
tests can hand it a clock of their own. The overlay shows big digits that can be read from the back of the room,
a row of small buttons for the facilitator, and pulses gently a few times when the time is up.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journeymap.layout import theme as t

PRESETS = (5, 10, 15)  # minutes
DONE = "#F6C36B"  # the soft amber the overlay pulses to when the time is up
SETTLED = 0.55  # how much of it stays after the pulses


def clock_text(seconds: float) -> str:
    """`mm:ss`, rounded up: a timer started at 10 min shows 10:00 and reaches 00:00 only when it is up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class WorkshopTimer(QObject):
    """A countdown: set a duration, start, pause, add or take away minutes; `finished` when it reaches zero."""

    changed = Signal()  # the time shown or the state changed
    finished = Signal()

    def __init__(self, minutes: float = 10, clock: Callable[[], float] = time.monotonic, interval_ms: int = 200,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = minutes * 60.0
        self._left = self._duration  # seconds left while paused
        self._deadline: float | None = None  # clock time when it runs out, while running
        self._expired = False
        self._shown = clock_text(self._left)
        self._ticker = QTimer(self)
        self._ticker.setInterval(interval_ms)
        self._ticker.timeout.connect(self.tick)

    # ---------------------------------------------------------------- state
    @property
    def running(self) -> bool:
        return self._deadline is not None

    @property
    def expired(self) -> bool:
        """True from reaching zero until it is set, reset or given more time."""
        return self._expired

    @property
    def duration(self) -> float:
        """The length the timer was last set to, in seconds."""
        return self._duration

    def remaining(self) -> float:
        """Seconds left (never below 0)."""
        if self._deadline is None:
            return self._left
        return max(0.0, self._deadline - self._clock())

    def text(self) -> str:
        return clock_text(self.remaining())

    # ---------------------------------------------------------------- control
    def set_minutes(self, minutes: float) -> None:
        """Set a new duration (a preset); the timer stops at the full time, ready to start."""
        self._duration = max(0.0, minutes * 60.0)
        self._stop_at(self._duration)

    def reset(self) -> None:
        """Back to the full duration, stopped."""
        self._stop_at(self._duration)

    def start(self) -> None:
        if self.running:
            return
        if self._left <= 0:  # started after it ran out: run the duration again
            self._left = self._duration
        self._expired = False
        self._deadline = self._clock() + self._left
        self._ticker.start()
        self._announce(force=True)

    def pause(self) -> None:
        if not self.running:
            return
        self._left = self.remaining()
        self._deadline = None
        self._ticker.stop()
        self._announce(force=True)

    def toggle(self) -> None:
        """Start when stopped, pause when running."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minutes(self, minutes: float) -> None:
        """Give more (or, negative, less) time; not below zero. Taking the last minute away ends the countdown."""
        left = max(0.0, self.remaining() + minutes * 60.0)
        if self.running:
            self._deadline = self._clock() + left
            self.tick()
            self._announce(force=True)
        else:
            self._left = left
            self._expired = self._expired and left <= 0
            self._announce(force=True)

    def tick(self) -> None:
        """Look at the clock: announce a new second, or finish at zero."""
        if self.running and self.remaining() <= 0:
            self._deadline = None
            self._left = 0.0
            self._expired = True
            self._ticker.stop()
            self._announce(force=True)
            self.finished.emit()
            return
        self._announce()

    def _stop_at(self, left: float) -> None:
        self._deadline = None
        self._left = left
        self._expired = False
        self._ticker.stop()
        self._announce(force=True)

    def _announce(self, force: bool = False) -> None:
        shown = self.text()
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit()


class TimerOverlay(QWidget):
    """The countdown as a card over the map: big digits, a status line, and small buttons for the facilitator."""

    BASE_WIDTH = 420.0  # px at 1080p; everything scales with `set_scale`

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scale = 1.0
        self._pulse = 0.0  # 0: white card … 1: amber
        self._flash = QVariantAnimation(self)
        for at, value in ((0, 0.0), (1, 1.0), (2, 0.2), (3, 1.0), (4, 0.2), (5, 1.0), (6, SETTLED)):
            self._flash.setKeyValueAt(at / 6, value)  # three slow pulses, then a steady soft amber
        self._flash.setDuration(4200)
        self._flash.valueChanged.connect(self._set_pulse)
        self.preset_buttons: dict[int, QPushButton] = {}
        layout = self._layout = QVBoxLayout(self)
        self._row = QHBoxLayout()
        self._row.setSpacing(6)
        for minutes in PRESETS:
            button = self._button(lambda _=False, m=minutes: self.timer.set_minutes(m))
            self.preset_buttons[minutes] = button
        self.less_button = self._button(lambda: self.timer.add_minutes(-1))
        self.more_button = self._button(lambda: self.timer.add_minutes(1))
        self.run_button = self._button(self.timer.toggle)
        layout.addStretch(1)
        layout.addLayout(self._row)
        timer.changed.connect(self._timer_changed)
        timer.finished.connect(self._flash.start)
        self.set_scale(1.0)
        self.retranslate()

    def _button(self, slot) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter belong to the presentation
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        self._row.addWidget(button)
        return button

    @property
    def flashing(self) -> bool:
        return self._flash.state() == QVariantAnimation.State.Running

    def retranslate(self) -> None:
        for minutes, button in self.preset_buttons.items():
            button.setText(self.tr("%1 min").replace("%1", str(minutes)))
        self.less_button.setText("\u22121")
        self.less_button.setToolTip(self.tr("One minute less (−)"))
        self.more_button.setText("+1")
        self.more_button.setToolTip(self.tr("One minute more (+)"))
        self._timer_changed()

    def set_scale(self, scale: float) -> None:
        """Size everything for a screen `scale` × 1080 px high."""
        self._scale = scale
        s = scale
        self._layout.setContentsMargins(round(22 * s), round(12 * s), round(22 * s), round(16 * s))
        self._row.setSpacing(round(6 * s))
        self.setStyleSheet(
            f"QPushButton {{ font-size: {max(11, round(18 * s))}px; color: {t.TEXT}; background: #F1F3F6;"
            f" border: 1px solid #D5DAE1; border-radius: {round(6 * s)}px;"
            f" padding: {round(5 * s)}px {round(4 * s)}px; min-height: {round(26 * s)}px; }}"
            " QPushButton:hover { background: #E6EAF0; } QPushButton:pressed { background: #DCE1E8; }")
        self.setFixedSize(round(self.BASE_WIDTH * s), round(212 * s))
        self.update()

    def _timer_changed(self) -> None:
        self.run_button.setText(self.tr("Pause") if self.timer.running else self.tr("Start"))
        self.run_button.setToolTip(self.tr("Start or pause (S)"))
        if not self.timer.expired:
            self._flash.stop()
            self._pulse = 0.0
        self.update()

    def _set_pulse(self, value) -> None:
        self._pulse = float(value)
        self.update()

    def status_text(self) -> str:
        if self.timer.expired:
            return self.tr("Time is up")
        if self.timer.running:
            return self.tr("Exercise running")
        if self.timer.remaining() < self.timer.duration:
            return self.tr("Paused")
        return self.tr("Ready – press S to start")

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(3 * s, 3 * s, -3 * s, -3 * s)
        shadow = QPainterPath()
        shadow.addRoundedRect(card.translated(0, 2 * s), 14 * s, 14 * s)
        painter.fillPath(shadow, QColor(0, 0, 0, 28))
        white, amber = QColor("#FFFFFF"), QColor(DONE)
        p = self._pulse
        fill = QColor.fromRgbF(white.redF() + (amber.redF() - white.redF()) * p,
                               white.greenF() + (amber.greenF() - white.greenF()) * p,
                               white.blueF() + (amber.blueF() - white.blueF()) * p)
        painter.setPen(QColor(t.CARD_BORDER))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 14 * s, 14 * s)
        digits = QFont(self.font())
        digits.setPixelSize(round(104 * s))
        digits.setWeight(QFont.Weight.DemiBold)
        painter.setFont(digits)
        running_or_done = self.timer.running or self.timer.expired
        painter.setPen(QColor(t.TEXT if running_or_done else t.MUTED))
        painter.drawText(QRectF(card.x(), card.y(), card.width(), 112 * s), Qt.AlignmentFlag.AlignCenter,
                         self.timer.text())
        status = QFont(self.font())
        status.setPixelSize(round(22 * s))
        painter.setFont(status)
        painter.setPen(QColor(t.TEXT if self.timer.expired else t.MUTED))
        painter.drawText(QRectF(card.x(), card.y() + 106 * s, card.width(), 32 * s), Qt.AlignmentFlag.AlignCenter,
                         self.status_text())
