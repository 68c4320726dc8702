"""`journeymap new` with the journey's properties as options, and `check` speaking the journey's language,
numbers included (`+0,5` and `40 %` in German)."""

from __future__ import annotations

import pytest

from journeymap.cli import main
from journeymap.cli.texts import decimal, percent
from journeymap.fileformat import load, save
from tests.conftest import journey, tp


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_takes_every_property(tmp_path, capsys):
    path = tmp_path / "a.journey"
    code, _, err = run(capsys, "new", "-o", str(path), "--title", "Messe 2026", "--author", "Anna Berg",
                       "--company", "Schmidt GmbH", "--workshop-date", "2026-03-12",
                       "--participants", "Vertrieb; Service ;Geschäftsführung", "--status", "draft",
                       "--version", "1.2", "--lang", "en", "--description", "Wie Kunden Ersatzteile bestellen")
    assert code == 0, err
    meta = load(path).meta
    assert (meta.title, meta.author, meta.company, meta.workshop_date, meta.status, meta.version, meta.language) == (
        "Messe 2026", "Anna Berg", "Schmidt GmbH", "2026-03-12", "draft", "1.2", "en")
    assert meta.participants == "Vertrieb\nService\nGeschäftsführung"
    assert meta.description == "Wie Kunden Ersatzteile bestellen"


def test_new_from_a_sample_keeps_what_is_not_given(tmp_path, capsys):
    path = tmp_path / "s.journey"
    assert run(capsys, "new", "-o", str(path), "--sample", "schmidt", "--author", "Anna Berg")[0] == 0
    data = load(path)
    assert data.meta.author == "Anna Berg" and data.meta.title  # the sample's own title stays
    assert data.touchpoints


def test_new_five_stage_template(tmp_path, capsys):
    path = tmp_path / "f.journey"
    assert run(capsys, "new", "-o", str(path), "--template", "five_stage")[0] == 0
    assert load(path).phase_model.ids() == ("awareness", "consideration", "purchase", "retention", "advocacy")


@pytest.mark.parametrize("argv", [["--workshop-date", "12.03.2026"], ["--workshop-date", "2026-02-30"],
                                  ["--status", "done"], ["--version", "x" * 65]])
def test_bad_property_values_are_usage_errors_and_write_nothing(tmp_path, capsys, argv):
    path = tmp_path / "a.journey"
    with pytest.raises(SystemExit) as info:
        main(["new", "-o", str(path), *argv])
    assert info.value.code == 2 and not path.exists()
    assert "usage:" in capsys.readouterr().err


def test_a_title_over_the_limit_is_one_error_line(tmp_path, capsys):
    path = tmp_path / "a.journey"
    code, _, err = run(capsys, "new", "-o", str(path), "--title", "x" * 10_001)
    assert code == 1 and err.startswith("error: --title: ") and err.count("\n") == 1 and not path.exists()


def test_numbers_in_german_and_english():
    assert decimal(0.5, "de", sign=True) == "+0,5" and decimal(0.5, "en", sign=True) == "+0.5"
    assert decimal(-1.25, "de", 2) == "-1,25" and decimal(-0.01, "en", sign=True) == "0.0"
    assert percent(0.4, "de") == "40\u00a0%" and percent(0.4, "en") == "40%"


def test_check_speaks_german_with_german_numbers(tmp_path, capsys):
    path = tmp_path / "a.journey"
    save(journey([tp("a", "attention", emotion=1), tp("b", "attention", emotion=0, kind="analogue"),
                  tp("c", "interest", emotion=-1)]), path)
    code, out, _ = run(capsys, "check", str(path), "--lang", "de")
    assert code == 0
    assert "gültige Journey: 3 Touchpoints, 0 Verknüpfungen und 0 Personas" in out
    assert "  2 Touchpoints, 50\u00a0% digital, mittlere Emotion +0,5" in out
    assert "Empfehlungsschleife offen" in out and "Befund" in out
    code, out, _ = run(capsys, "check", str(path), "--lang", "en")
    assert "  2 touchpoints, 50% digital, mean emotion +0.5" in out and "advocacy loop open" in out
