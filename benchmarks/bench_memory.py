"""Peak memory (resident set size) of the editor with the 2,000-touchpoint / 4,000-link journey open, and with the
10,000 / 20,000 one: a fresh process opens the file through File ▸ Open's code path, shows the whole map and paints
it, runs the analysis, then reports its peak RSS. Baseline, same run: a bare PySide6 program showing an empty
QMainWindow.

Target (issue 13): ≤ 600 MB for both (issue 7's ≤ 300 MB at 2,000 is kept as well).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import Result

BENCH = "memory"
TARGET_MB = 600
SIZES = ((2_000, 4_000, 300), (10_000, 20_000, TARGET_MB))  # touchpoints, links, target in MB


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (10^6 bytes)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
        return counters.PeakWorkingSetSize / 1e6
    status = Path("/proc/self/status")
    if status.exists():  # Linux: this program's own high-water mark (ru_maxrss would include the parent's at fork)
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6  # bytes on macOS, KiB elsewhere


def _editor(path: str) -> dict:
    """In the child: open `path` in a main window, show it whole, paint, analyse; then measure."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from journeymap.app.files import opening
    from journeymap.app.settings import AppSettings
    from journeymap.app.window.main_window import MainWindow

    window = MainWindow(AppSettings(), autosave_folder=Path(path).parent / "autosave")
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    assert window.files.open_path(Path(path))
    opening.wait(window.files)  # a big file is read on a worker thread
    window.view.fit_all()
    window.findings.update_now()
    for _ in range(3):
        window.view.viewport().repaint()
        app.processEvents()
    counts = (len(window.document.project.touchpoints), len(window.document.project.links))
    return {"peak_mb": peak_rss_mb(), "touchpoints": counts[0], "links": counts[1]}


def _bare() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        window.repaint()
        app.processEvents()
    return {"peak_mb": peak_rss_mb()}


def _child(kind: str, path: str, home: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(home) / "config"),
               XDG_DATA_HOME=str(Path(home) / "data"))
    code = f"import json, benchmarks.bench_memory as m; print(json.dumps(m._{kind}(*{[path] if path else []!r})))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    from benchmarks.make_big import make_big
    from journeymap.fileformat import save

    results = []
    with tempfile.TemporaryDirectory(prefix="jm-memory-") as tmp:
        bare = _child("bare", "", tmp)
        for touchpoints, links, target in SIZES:
            path = Path(tmp) / f"big-{touchpoints}.journey"
            save(make_big(touchpoints, links), path)
            editor = _child("editor", str(path), tmp)
            case = f"peak RSS, editor with {editor['touchpoints']} tp / {editor['links']} links open"
            results.append(Result(BENCH, case, editor["peak_mb"], bare["peak_mb"], "bare PySide6 QMainWindow",
                                  "opened, whole map shown and painted, analysed", unit="MB", target=target))
    return results
