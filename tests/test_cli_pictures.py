"""`journeymap export FILE -o OUT.png|OUT.svg`: the editor's map drawn headless (Qt's offscreen platform), with the
rules of every export: no overwrite without --force, one-line errors with exit 1, nothing half-written, --lang."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journeymap.cli import main
from journeymap.fileformat import load
from journeymap.locate import resource_path

SAMPLE = resource_path("samples", "schmidt.journey")
SVG_NS = "{http://www.w3.org/2000/svg}"
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def journeymap(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in a fresh process without a display (or with `env` added)."""
    clean = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    clean.update(env or {})
    return subprocess.run([sys.executable, "-m", "journeymap", *argv], capture_output=True, text=True,
                          env=clean, timeout=180)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's signature and IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def svg_texts(path: Path) -> tuple[ET.Element, list[str]]:
    root = ET.parse(path).getroot()
    return root, ["".join(node.itertext()) for node in root.iter(f"{SVG_NS}text")]


# The subprocess runs: the second pretends a display is there (and asks for X): the command still draws offscreen,
# so it never connects to that display nor opens a window.
@pytest.mark.parametrize("env", [{}, {"DISPLAY": ":4242", "QT_QPA_PLATFORM": "xcb"}], ids=["no-display", "display"])
def test_png_without_a_display(tmp_path, env):
    out = tmp_path / "map.png"
    before = SAMPLE.read_bytes()
    done = journeymap("export", str(SAMPLE), "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    width, height = png_size(out)
    assert done.stdout == f"{out} exportiert ({width} × {height} Pixel)\n"  # the sample journey is German
    assert 2000 < width < 8000 and 1000 < height < 8000 and width > height  # six lanes side by side, 2 px per unit
    image = QImage(str(out))
    assert (image.width(), image.height()) == (width, height)
    colours = {image.pixel(x, y) for x in range(0, width, 11) for y in range(0, height, 11)}
    assert len(colours) > 50  # cards, icons, lanes and the emotion curve, not a blank page
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white around the map, as in the editor's export
    assert SAMPLE.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]  # no temporary file left beside it


@pytest.mark.parametrize(("lang", "headers", "not_there"), [
    ("de", ["Aufmerksamkeit", "Informationsphase", "Befürwortungsphase"], "Attention"),
    ("en", ["Attention", "Becoming aware", "Advocacy"], "Aufmerksamkeit"),
])
def test_svg_with_the_journeys_labels_and_headers_in_the_chosen_language(tmp_path, lang, headers, not_there):
    out = tmp_path / "map.svg"
    done = journeymap("export", str(SAMPLE), "-o", str(out), "--lang", lang)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.startswith(f"exported {out} (SVG, " if lang == "en" else f"{out} exportiert (SVG, ")
    root, texts = svg_texts(out)
    assert root.tag == f"{SVG_NS}svg" and root.get("width") == root.get("viewBox").split()[2]
    data = load(SAMPLE)
    assert root.find(f"{SVG_NS}title").text == data.meta.title
    assert all(header in texts for header in headers) and not_there not in texts
    lines = " ".join(texts)
    for label in ("Google-Suche nach einem Lohnfertiger", "Bestellung über den Konfigurator",
                  "Auftritt auf einer Online-Messe"):  # labels that fit their card (the rest are elided)
        assert label in lines
    starts = {text[:4] for text in texts}
    assert all(tp.label[:4] in starts for tp in data.touchpoints)  # every card, whatever its label wraps to


def test_existing_picture_is_kept_without_force(tmp_path, capsys):
    out = tmp_path / "map.svg"
    out.write_text("mine", "utf-8")
    code = main(["export", str(SAMPLE), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 1 and err == f"error: {out}: already exists (use --force to overwrite it)\n"
    assert out.read_text("utf-8") == "mine"
    assert main(["export", str(SAMPLE), "-o", str(out), "--force"]) == 0
    assert ET.parse(out).getroot().tag == f"{SVG_NS}svg"


@pytest.mark.parametrize("name", ["map.png", "map.svg"])
def test_bad_input_and_missing_folder_are_exit_1_with_one_line_and_no_output(tmp_path, capsys, name):
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "schema_version": 2, "touchpoints": [', "utf-8")
    out = tmp_path / name
    for source in (bad, tmp_path / "missing.journey"):
        code = main(["export", str(source), "-o", str(out)])
        _, err = capsys.readouterr()
        assert code == 1 and err.startswith(f"error: {source}: ") and err.count("\n") == 1
    nowhere = tmp_path / "no such folder" / name
    code = main(["export", str(SAMPLE), "-o", str(nowhere)])
    _, err = capsys.readouterr()
    assert code == 1 and err == f"error: {nowhere}: the folder does not exist\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.journey"]


def test_pdf_options_are_ignored_with_a_note(tmp_path, capsys):
    out = tmp_path / "map.svg"
    code = main(["export", str(SAMPLE), "-o", str(out), "--paper", "a3", "--mode", "tile"])
    stdout, err = capsys.readouterr()
    assert code == 0 and out.is_file() and "exportiert" in stdout
    assert err == "note: --paper and --mode only shape the PDF report; ignored for .svg\n"


def test_huge_maps_are_drawn_smaller_within_the_limits(tmp_path, capsys, qapp, monkeypatch):
    from journeymap.canvas import pictures

    monkeypatch.setattr(pictures, "MAX_SIDE", 1000)  # as if the sample were a map of thousands of cards
    out = tmp_path / "map.png"
    assert main(["export", str(SAMPLE), "-o", str(out), "--lang", "en"]) == 0
    stdout, _ = capsys.readouterr()
    width, height = png_size(out)
    assert width == 1000 and height < width
    shown = re.fullmatch(rf"exported {re.escape(str(out))} \({width} × {height} pixels; scaled down to (0\.\d\d) "
                         r"instead of 2\.0 pixels per unit: "
                         r"a PNG stays within 1,000 pixels a side and 80 megapixels\)\n", stdout)
    assert shown is not None, stdout
    assert float(shown.group(1)) == pytest.approx(width / png_units(tmp_path), abs=0.01)


def png_units(tmp_path: Path) -> float:
    """The map's width in scene units (an SVG is drawn at one unit a pixel)."""
    svg = tmp_path / "units.svg"
    assert main(["export", str(SAMPLE), "-o", str(svg)]) == 0
    return float(ET.parse(svg).getroot().get("width"))


def test_other_exports_do_not_load_qt(tmp_path):
    code = (
        "import sys\nfrom journeymap.cli import main\n"
        f"assert main(['export', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'map.csv')!r}]) == 0\n"
        f"assert main(['export', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'map.mmd')!r}]) == 0\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
