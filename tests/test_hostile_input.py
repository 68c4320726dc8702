"""Hostile and careless input (issue 12): control characters, duplicate keys, files without a journey, Mermaid
numbers that overflow, CSV from German Excel, formula cells, and a command line that prints nothing raw."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from journeymap.cli import main
from journeymap.export import render_csv
from journeymap.export.xlsx_export import render_xlsx
from journeymap.fileformat import LoadError, dumps, load, loads, save
from journeymap.interchange import InterchangeError, parse_mermaid, read_csv, read_mermaid, write_mermaid
from journeymap.interchange.xlsx_import import read_xlsx
from journeymap.model import Blueprint, BlueprintRow, Kpi, Meta, Opportunity, Touchpoint
from journeymap.model.hygiene import escape_for_terminal, strip_controls
from tests.conftest import journey, make_sample, tp

SAMPLE = str(Path(__file__).resolve().parents[1] / "resources" / "samples" / "schmidt.journey")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def document(**touchpoint) -> bytes:
    data = json.loads(dumps(journey([tp("a", "attention")])))
    data["touchpoints"][0].update(touchpoint)
    return json.dumps(data, ensure_ascii=True).encode()


# ------------------------------------------------------------------------------------------------- controls
@pytest.mark.parametrize(("text", "named"), [
    ("Chef\x1b]0;pwned\x07", "U+001B (ESC)"), ("a\x00b", "U+0000 (NUL)"), ("x\u009by", "U+009B"),
    ("abc\u202edef", "U+202E (right-to-left override)"), ("\u2066iso", "U+2066 (left-to-right isolate)"),
    ("line\r", "U+000D (carriage return)"), ("bell\x07", "U+0007 (bell)"), ("del\x7f", "U+007F (DEL)"),
])
def test_control_characters_are_refused_naming_the_field(text, named):
    with pytest.raises(LoadError) as info:
        loads(document(label=text))
    assert str(info.value) == (f"touchpoints[0].label: contains the control character {named}, which a "
                               "journey's text may not hold")


def test_tab_and_line_breaks_are_text():
    data = loads(document(label="zwei\nZeilen", description="mit\tTab"))
    assert data.touchpoints[0].label == "zwei\nZeilen"


@pytest.mark.parametrize("make", [
    lambda: Meta(title="\x1b[2J"), lambda: Meta(version="1\x00"), lambda: Kpi(name="k", unit="\u202e%"),
    lambda: Touchpoint(id="a", label="x", phase="p", pain_points=("ok", "\x9b")),
    lambda: Opportunity(id="o", text="Rückruf\x1b[31m"), lambda: Opportunity(id="o", text="x", owner="\u202eAV"),
    lambda: BlueprintRow(texts=("ok", "\x07")), lambda: BlueprintRow(owner="IT\x00"),
])
def test_every_text_field_refuses_them(make):
    with pytest.raises(ValidationError, match="control character"):
        make()


def test_strip_and_escape():
    assert strip_controls("a\x1b[2Jb\r\nc\u202ed") == "a[2Jb\ncd"
    assert strip_controls("a\nb", multiline=False) == "a b"
    assert escape_for_terminal("x\x1b[2J\u202ey\nz") == "x\\u001b[2J\\u202ey\nz"
    assert escape_for_terminal("a\nb", keep_newlines=False) == "a\\nb"


# ------------------------------------------------------------------------------------------------- structure
def test_duplicate_keys_are_refused():
    raw = dumps(make_sample()).replace(b'"label": "Website"', b'"label": "Website", "label": "Evil"')
    with pytest.raises(LoadError, match='the key "label" appears twice in one object'):
        loads(raw)
    with pytest.raises(LoadError, match="appears twice"):
        loads(b'{"format": "journeymap", "format": "journeymap", "schema_version": 1}')


@pytest.mark.parametrize("twice", [
    b'"label": "Website", "label": "Evil"',  # the same value or another: refused either way
    b'"label": "Website", "label": "Website"',
    b'"label": "a: b", "label": "Website"',  # the lost value had a colon
    b'"label": "Website", "label": "\\u003a"',  # a colon written as an escape
    b'"label": "Website", "notes": {"k": 1, "k": 2}, "x": 0',  # deeper down, in an unknown field
    b'"la\\u0062el": "x:", "label": "Website"',  # the same key written two ways
])
def test_a_key_named_twice_is_found_wherever_and_however_it_is_written(twice):
    raw = dumps(make_sample()).replace(b'"label": "Website"', twice, 1)
    assert raw.count(twice) == 1
    with pytest.raises(LoadError, match="appears twice in one object"):
        loads(raw)


@pytest.mark.parametrize("text", ["a:b", "x\u003ay", ":", "\\u003a", "\u003a:\u003A"])
def test_colons_in_texts_are_no_repeated_keys(text):
    """The repeated-key check counts colons; colons in texts, escaped or not, and escapes that look like one are
    read as they are."""
    data = make_sample()
    first = data.touchpoints[0]
    raw = dumps(data).replace(json.dumps(first.label, ensure_ascii=False).encode(), json.dumps(text).encode(), 1)
    assert loads(raw).touchpoints[0].label == json.loads(json.dumps(text))
    assert loads(raw.replace(b'"label":', b'"label" :', 1)).touchpoints[0].label == json.loads(json.dumps(text))


@pytest.mark.parametrize("raw", [
    b'{"format": "journeymap", "schema_version": 1}',
    b'{"format": "journeymap", "schema_version": 1, "app_version": "0.1.0"}',
])
def test_a_file_with_no_journey_is_refused(raw):
    with pytest.raises(LoadError, match="the file holds no journey"):
        loads(raw)


# ------------------------------------------------------------------------------------------------- Mermaid
@pytest.mark.parametrize(("text", "line", "words"), [
    ("journey\nsection A\n  Tea: " + "9" * 400 + ": Me\n", 3, "the score 99999999999… of task 'Tea' is not 1"),
    ("journey\nsection A\n  Tea: -" + "9" * 400 + "\n", 3, "is not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n  Tea: 1" + "0" * 5000 + ".5\n", 3, "is not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n  Tea #" + "9" * 5000 + "; x: 3\n  B: 0\n", 4, "is not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n  \u202eTea: 3\n", 3, "control character U+202E"),
    ("journey\nsection A\n  Tea\u009b: 3\n", 3, "control character U+009B"),
])
def test_mermaid_numbers_and_entities_never_escape_as_internal_errors(text, line, words):
    with pytest.raises(InterchangeError) as info:
        read_mermaid(text, "en")
    assert info.value.line == line and words in str(info.value) and "\n" not in str(info.value)


def test_a_huge_entity_stays_text():
    parsed = parse_mermaid("journey\nsection A\n  Tea #" + "9" * 5000 + "; x: 3\n")
    assert parsed.sections[0].tasks[0].name.startswith("Tea #999")


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>", "<Br  />"])
def test_mermaid_line_breaks_in_names(br):
    data = read_mermaid(f"journey\n  section Erste{br}Phase\n    Anruf {br} Rückfrage: 2: Eva\n", "de")
    assert data.phase_model.phases[0].name.de == "Erste\nPhase"
    assert data.touchpoints[0].label == "Anruf\nRückfrage"
    written = write_mermaid(data)
    assert "section Erste<br>Phase" in written and "Anruf<br>Rückfrage: 2: Eva" in written
    assert read_mermaid(written, "de").touchpoints[0].label == "Anruf\nRückfrage"


def test_a_literal_br_survives_the_round_trip():
    data = journey([tp("a", "attention", label="<br> is HTML")])
    assert read_mermaid(write_mermaid(data), "en").touchpoints[0].label == "<br> is HTML"


def test_mermaid_accessible_title_and_description():
    text = ("journey\n  accTitle: Ein Arbeitstag\n  accDescr {\n    Wie Eva einkauft\n    und bewertet\n  }\n"
            "  section Aufmerksamkeit\n    Messe: 4\n")
    parsed = parse_mermaid(text)
    assert (parsed.acc_title, parsed.acc_description) == ("Ein Arbeitstag", "Wie Eva einkauft\nund bewertet")
    assert read_mermaid(text, "de").meta.title == "Ein Arbeitstag"  # the diagram has no title of its own
    titled = text.replace("journey\n", "journey\n  title Eigener Titel\n")
    assert read_mermaid(titled, "de").meta.title == "Eigener Titel"
    assert parse_mermaid("journey\n  accDescr: eine Zeile\n  section A\n").acc_description == "eine Zeile"
    assert read_mermaid(text, "de").meta.description == "Wie Eva einkauft\nund bewertet"  # kept as the journey's


def test_the_description_survives_a_mermaid_round_trip():
    data = journey([tp("a", "attention")])
    data = data.model_copy(update={"meta": data.meta.model_copy(update={"description": "Zeile {eins}\n\nZeile zwei"})})
    written = write_mermaid(data)
    assert "accDescr {" in written and "Zeile {eins)" in written
    assert read_mermaid(written, "de").meta.description == "Zeile {eins)\nZeile zwei"
    assert "accDescr" not in write_mermaid(journey([tp("a", "attention")]))


# ------------------------------------------------------------------------------------------------- CSV
EXCEL_CSV = ("phase;label;owner;kpi_name;kpi_unit;kpi_target\r\n"
             "Informationsphase;Messestand Düsseldorf;Jürgen Weiß;Besucher;Stück;1.200\r\n"
             "Kaufphase;Angebot „schnell“ – 24 h;Bärbel;Umsatz;€;2,5\r\n")


def test_csv_from_german_excel_in_windows_1252(tmp_path, capsys):
    raw = EXCEL_CSV.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    data = read_csv(raw)
    assert [t.label for t in data.touchpoints] == ["Messestand Düsseldorf", "Angebot „schnell“ – 24 h"]
    assert data.touchpoints[1].kpis[0].unit == "€" and data.touchpoints[0].owner == "Jürgen Weiß"
    source = tmp_path / "Touchpoints.csv"
    source.write_bytes(raw)
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "t.journey")
    assert (code, err) == (0, "") and out.endswith("(gelesen als Windows-1252)\n")
    assert load(tmp_path / "t.journey").touchpoints[0].label == "Messestand Düsseldorf"


def test_csv_formula_guard_covers_spaces_and_line_breaks():
    labels = ["=1+1", " =HYPERLINK(\"x\")", "\n=cmd|' /C calc'!A0", "\t@SUM(A1)", "  -2+3", "+x", "ok - fine"]
    data = journey([tp(f"t{i}", "attention", label=label) for i, label in enumerate(labels)])
    rows = list(csv.reader(io.StringIO(render_csv(data, "en").decode("utf-8-sig")), delimiter=";"))[1:]
    cells = [row[2] for row in rows]
    assert cells == ["'=1+1", "' =HYPERLINK(\"x\")", "' =cmd|' /C calc'!A0", "'\t@SUM(A1)", "'  -2+3",
                     "'+x", "ok - fine"]
    back = read_csv(render_csv(data, "en"))
    assert [t.label for t in back.touchpoints] == ["=1+1", "=HYPERLINK(\"x\")", "=cmd|' /C calc'!A0",
                                                    "@SUM(A1)", "-2+3", "+x", "ok - fine"]


@pytest.mark.parametrize("label", ["'\t0", "'=1+1", "''=x", " '@SUM(A1)", "'", "'-5 %", "it's", "\u00a0=x"])
def test_a_text_that_looks_guarded_keeps_its_apostrophe(label):
    """The import drops the export's apostrophe before a formula sign; a text that itself starts with an apostrophe
    before one is guarded once more, so it comes back whole (CSV, and Excel, whose import goes through the CSV's)."""
    row = BlueprintRow(texts=(label, "x"), owner=label) if label.strip() else BlueprintRow(texts=("x",), owner=label)
    data = journey([tp("t1", "attention", label=label, pain_points=(label, "x"),
                       blueprint=Blueprint(backstage=row))],
                   opportunities=(Opportunity(id="o1", text=label, owner=label, touchpoint_ids=("t1",)),))
    for back in (read_csv(render_csv(data, "de")), read_xlsx(render_xlsx(data, "de"))):
        got = back.touchpoints[0]
        assert got.label == label.strip()
        assert got.pain_points == (label.strip(), "x")
        assert got.blueprint.backstage == row.model_copy(update={
            "texts": tuple(t.strip() for t in row.texts), "owner": label.strip()})
        assert (back.opportunities[0].text, back.opportunities[0].owner) == (label.strip(), label.strip())


def test_csv_never_carries_a_nul():
    sneaky = make_sample().touchpoints[0].model_copy(update={"label": "a\x00b"})  # (no validation on copies)
    data = make_sample().model_copy(update={"touchpoints": (sneaky,)})
    assert b"\x00" not in render_csv(data, "de")


def test_an_id_starting_with_a_minus_is_guarded():
    data = journey([tp("-A1", "attention")])
    rows = list(csv.reader(io.StringIO(render_csv(data, "en").decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == "'-A1" and read_csv(render_csv(data, "en")).touchpoints[0].id == "-A1"


# ------------------------------------------------------------------------------------------------- command line
def test_nothing_raw_reaches_the_terminal(tmp_path, capsys):
    evil = tmp_path / "a\x1b]0;owned\x07\nb.journey"
    code, out, err = run(capsys, "check", evil)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err and "\\u001b]0;owned\\u0007\\nb.journey: no such file" in err
    source = tmp_path / "t.mmd"
    source.write_text("journey\nsection A\n  \u202eevil\u202c: 9\n", "utf-8")
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "x.journey")
    assert code == 1 and "\u202e" not in err and "\\u202e" in err


def test_check_of_an_empty_name_names_it(capsys):
    code, _out, err = run(capsys, "check", "")
    assert (code, err) == (1, 'error: "": no file name was given\n')


def test_wrong_output_suffix_is_refused(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", tmp_path / "t.txt")
    assert code == 2 and err == f"error: {tmp_path / 't.txt'}: a journey must be a .journey file, not '.txt'\n"
    assert not (tmp_path / "t.txt").exists()
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("phase;label\nattention;x\n", "utf-8")
    code, _, err = run(capsys, "import", csv_in, "-o", tmp_path / "out.csv")
    assert code == 2 and "must be a .journey file" in err


def test_every_writing_command_needs_force_to_overwrite(tmp_path, capsys):
    out = tmp_path / "report.csv"
    out.write_text("keep me")
    code, _, err = run(capsys, "export", SAMPLE, "-o", out)
    assert (code, err) == (1, f"error: {out}: already exists (use --force to overwrite it)\n")
    assert out.read_text() == "keep me"
    code, _, err = run(capsys, "export", SAMPLE, "-o", out, "--force")
    assert code == 0 and out.read_bytes().startswith(b"\xef\xbb\xbfid;")
    target = tmp_path / "x.journey"
    save(make_sample(), target)
    for args in (("new", "-o", target), ("import", csv_path(tmp_path), "-o", target)):
        code, _, err = run(capsys, *args)
        assert code == 1 and "already exists (use --force" in err


def csv_path(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("phase;label\nattention;x\n", "utf-8")
    return path


def test_one_language_per_run_with_plurals(tmp_path, capsys):
    one = tmp_path / "one.journey"
    save(journey([tp("a", "attention")], meta=Meta(language="en")), one)
    _code, out, _ = run(capsys, "check", one)
    assert "1 touchpoint, 0 links and 0 personas" in out and "1 touchpoint\n" not in out
    _code, out, _ = run(capsys, "check", one, "--lang", "de")
    assert "1 Touchpoint, 0 Verknüpfungen und 0 Personas" in out and "links" not in out
    _code, out, _ = run(capsys, "export", one, "-o", tmp_path / "one.mmd")
    assert out == f"exported {tmp_path / 'one.mmd'} (Mermaid journey, 1 task)\n"
