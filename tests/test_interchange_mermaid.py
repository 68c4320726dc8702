"""Mermaid `journey` import and export: mapping, round trip, tolerance of real-world files, malformed input."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.interchange import InterchangeError, export_mermaid, parse_mermaid, read_mermaid, write_mermaid
from journeymap.model import Kpi, Link, LocalText, Meta, Persona, Phase, PhaseModel, ProjectData, Touchpoint
from journeymap.model.phases import AIDALA_IDS, aida
from tests.conftest import make_sample

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"


def labels(data: ProjectData) -> list[tuple[str, str, int | None]]:
    """(phase, label, emotion) in journey order (phase order, then lane position)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    ordered = sorted(data.touchpoints, key=lambda t: (order[t.phase], t.position))
    return [(t.phase, t.label, t.emotion) for t in ordered]


def paths(data: ProjectData) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """Persona name → (labels on its path, links of its path as label pairs)."""
    label = {t.id: t.label for t in data.touchpoints}
    ends = {link.id: (label[link.source], label[link.target]) for link in data.links}
    return {p.name: ([label[t] for t in p.touchpoint_ids], [ends[lid] for lid in p.link_ids]) for p in data.personas}


def rich_journey(language: str = "de") -> ProjectData:
    """All six phases (one empty), awkward characters, an unassessed touchpoint, two personas."""
    tps = [
        Touchpoint(id="a", label="Messe: Stand #4; Halle 2", phase="attention", emotion=1),
        Touchpoint(id="b", label="Title page of the brochure", phase="attention", position=1, emotion=-2),
        Touchpoint(id="c", label="Website 100%% sicher, schnell", phase="interest", emotion=0),
        Touchpoint(id="d", label="Anruf\nmit Rückfrage", phase="desire", emotion=-1),
        Touchpoint(id="e", label="Online-Shop", phase="action", emotion=2,
                   kpis=(Kpi(name="Konversionsrate", unit="%", target=3),)),
        Touchpoint(id="f", label="Newsletter", phase="loyalty"),
    ]
    ids = [t.id for t in tps]
    links = [Link(id=f"l{i}", source=s, target=t) for i, (s, t) in enumerate(itertools.pairwise(ids))]
    links.append(Link(id="skip", source="a", target="c", kind="alternative"))
    eva = Persona(id="eva", name="Eva, Einkauf: Leitung", touchpoint_ids=("a", "c", "d", "e"),
                  link_ids=("skip", "l2", "l3"))
    tom = Persona(id="tom", name="Techniker Tom", touchpoint_ids=("a", "b"), link_ids=("l0",))
    return ProjectData(meta=Meta(title="Reise: #1; 100%% Einkauf", language=language), touchpoints=tuple(tps),
                       links=tuple(links), personas=(eva, tom))


# ---------------------------------------------------------------------------------------------- import
def test_docs_example():
    data = read_mermaid((FIXTURES / "docs_example.mmd").read_bytes(), "en")
    assert data.meta.title == "My working day" and data.meta.language == "en"
    assert data.phase_model.id == "custom"
    assert [p.name.en for p in data.phase_model.phases] == ["Go to work", "Go home"]
    go_to_work, go_home = data.phase_model.ids()
    assert labels(data) == [
        (go_to_work, "Make tea", 2), (go_to_work, "Go upstairs", 0), (go_to_work, "Do work", -2),
        (go_home, "Go downstairs", 2), (go_home, "Sit down", 2),
    ]
    assert [t.position for t in data.touchpoints] == [0, 1, 2, 0, 1]
    assert [(link.kind, link.source, link.target) for link in data.links] == [
        ("step", "tp-1", "tp-2"), ("step", "tp-2", "tp-3"), ("step", "tp-3", "tp-4"), ("step", "tp-4", "tp-5")]
    me, cat = data.personas
    assert (me.name, cat.name) == ("Me", "Cat") and me.colour != cat.colour
    assert me.touchpoint_ids == ("tp-1", "tp-2", "tp-3", "tp-4", "tp-5") and len(me.link_ids) == 4
    assert cat.touchpoint_ids == ("tp-3",) and cat.link_ids == ()


def test_german_file_with_every_kind_of_line():
    data = read_mermaid((FIXTURES / "aidala_de.mmd").read_bytes())
    assert data.phase_model.id == "aidala" and data.meta.language == "de"
    assert data.meta.title == "Beschaffung von Drehteilen"
    assert labels(data) == [
        ("attention", "Messestand", 1), ("attention", "Artikel in der Fachpresse", 0), ("interest", "Website", -1),
        ("desire", "Angebot per E-Mail", 1), ("action", "Online-Shop", 2), ("loyalty", "Newsletter", 0),
    ]
    assert paths(data)["Techniker Tom"] == (["Messestand", "Artikel in der Fachpresse"],
                                            [("Messestand", "Artikel in der Fachpresse")])
    # Eva skips Tom's article: her path gets an alternative link around it
    eva_tps, eva_links = paths(data)["Einkäuferin Eva"]
    assert eva_tps == ["Messestand", "Website", "Angebot per E-Mail", "Online-Shop"]
    assert eva_links[0] == ("Messestand", "Website")
    assert [link.kind for link in data.links].count("alternative") == 1


def test_crlf_bom_tabs_and_case_are_tolerated():
    text = "\ufeff%%{init: {'theme': 'forest'}}%%\r\nJOURNEY\r\n\tTitle Mixed\r\n\tSection Attention\r\n" \
           "\t\tWebsite :  4 :  Eva ,  , Tom \r\n"
    for content in (text, text.encode("utf-8"), text.encode("utf-16")):
        data = read_mermaid(content, "en")
        assert data.meta.title == "Mixed" and labels(data) == [("attention", "Website", 1)]
        assert [p.name for p in data.personas] == ["Eva", "Tom"]


def test_markdown_fence_and_entity_codes():
    text = "```mermaid\njourney\n  section Go\n    Ask #quot;why#quot;#58; twice: 2: A#44;B\n```\nnot part of it\n"
    data = read_mermaid(text, "en")
    assert labels(data)[0][1:] == ('Ask "why": twice', -1)
    assert [p.name for p in data.personas] == ["A,B"]


def test_task_without_actors_and_repeated_sections():
    data = read_mermaid("journey\nsection A\n  x: 1\nsection B\n  y: 2\nsection a\n  z: 3\n", "en")
    assert len(data.phase_model.phases) == 2
    assert [(t.label, t.position) for t in data.touchpoints if t.phase == data.phase_model.ids()[0]] == [
        ("x", 0), ("z", 1)]
    assert data.personas == ()


def test_file_without_sections_is_an_empty_aidala_journey():
    data = read_mermaid("journey\n  title Nothing yet\n", "de")
    assert data.phase_model.id == "aidala" and data.touchpoints == () and data.meta.title == "Nothing yet"


@pytest.mark.parametrize(("section", "phase"), [
    ("Aufmerksamkeit", "attention"), ("attention", "attention"), ("ATTENTION", "attention"),
    ("Informationsphase", "attention"), ("Aufmerksamkeit (Informationsphase)", "attention"),
    ("🚀 Interest", "interest"), ("Spezifizierungsphase", "interest"), ("Verlangen", "desire"),
    ("Anbieterselektionsphase", "desire"), ("Handlung", "action"), ("Kaufphase", "action"),
    ("Loyalität", "loyalty"), ("loyalitaet", "loyalty"), ("Aufrechterhaltungsphase", "loyalty"),
    ("Empfehlung", "advocacy"), ("Advocacy", "advocacy"), ("Befürwortungsphase", "advocacy"),
    ("Becoming aware", "attention"),
])
def test_section_names_match_aidala_ids(section, phase):
    data = read_mermaid(f"journey\nsection {section}\n  Website: 3: Eva\n", "de")
    assert data.phase_model.id == "aidala"
    assert data.touchpoints[0].phase == phase


def test_language_is_guessed_from_section_names():
    assert read_mermaid("journey\nsection Interesse\n x: 3\nsection Kaufphase\n y: 3\n").meta.language == "de"
    assert read_mermaid("journey\nsection Interest\n x: 3\nsection action\n y: 3\n").meta.language == "en"


def test_the_four_aida_sections_give_the_aida_model():
    text = "journey\nsection Attention\nsection Interest\nsection Desire\nsection Action\n  Buy: 5\n"
    assert read_mermaid(text, "en").phase_model.id == "aida"


def test_unknown_section_names_give_a_custom_model_reusing_aidala_ids():
    data = read_mermaid("journey\nsection Vor dem Kauf\n  a: 3\nsection Kaufphase\n  b: 4\nsection Nach dem Kauf\n"
                        "section Vor dem Kauf!\n", "de")
    model = data.phase_model
    assert model.id == "custom"
    assert model.ids() == ("vor_dem_kauf", "action", "nach_dem_kauf", "vor_dem_kauf_2")
    assert [p.name.de for p in model.phases] == ["Vor dem Kauf", "Handlung", "Nach dem Kauf", "Vor dem Kauf!"]
    assert model.phases[1].subtitle.de == "Kaufphase"


@pytest.mark.parametrize(("label", "entry", "kind", "contact"), [
    ("E-Mail", "email", "digital", "direct"), ("email", "email", "digital", "direct"),
    ("MESSESTAND", "trade_fair_stand", "analogue", "direct"),
    ("Aussendienstbesuch", "field_sales_visit", "analogue", "direct"),
    ("Word of mouth", "word_of_mouth", "analogue", "indirect"), ("Website relaunch", None, "digital", "direct"),
])
def test_task_names_matching_catalogue_entries(label, entry, kind, contact):
    tp = read_mermaid(f"journey\nsection Interest\n  {label}: 3\n", "en").touchpoints[0]
    assert (tp.catalogue_id, tp.kind, tp.contact) == (entry, kind, contact)


# ---------------------------------------------------------------------------------------------- export
def test_round_trip_keeps_phases_labels_order_emotions_personas_and_paths():
    original = rich_journey("de")
    text = write_mermaid(original)
    back = read_mermaid(text)
    assert back.phase_model == original.phase_model
    assert back.meta.title == original.meta.title and back.meta.language == "de"
    assert labels(back) == labels(original)
    assert paths(back) == paths(original)
    assert [p.name for p in back.personas] == [p.name for p in original.personas]
    assert write_mermaid(back) == text


def test_round_trip_in_english_and_of_the_sample():
    original = rich_journey("en")
    back = read_mermaid(write_mermaid(original))
    assert back.meta.language == "en" and back.phase_model.ids() == AIDALA_IDS
    assert labels(back) == labels(original) and paths(back) == paths(original)
    sample = make_sample()
    back = read_mermaid(write_mermaid(sample, "en"), "en")
    assert labels(back) == labels(sample) and paths(back) == paths(sample)


def test_round_trip_of_aida_and_custom_models():
    model = PhaseModel(phases=(Phase(id="before", name=LocalText(de="Vorher", en="Before")),
                               Phase(id="during", name=LocalText(de="Während", en="During")),
                               Phase(id="same", name=LocalText(de="Vorher"))))
    custom = ProjectData(phase_model=model, touchpoints=(Touchpoint(id="x", label="X", phase="during", emotion=2),))
    back = read_mermaid(write_mermaid(custom, "de"), "de")
    assert [p.name.de for p in back.phase_model.phases] == ["Vorher", "Während", "Vorher (2)"]
    assert [(t.label, t.emotion) for t in back.touchpoints] == [("X", 2)]
    plain = ProjectData(phase_model=aida(), touchpoints=(Touchpoint(id="x", label="X", phase="action"),))
    back = read_mermaid(write_mermaid(plain, "en"), "en")
    assert back.phase_model.id == "aida" and back.touchpoints[0].emotion is None


def test_export_text():
    text = write_mermaid(rich_journey("de"))
    lines = text.splitlines()
    assert lines[:3] == ["journey", "    title Reise#58; #35;1#59; 100#37;% Einkauf", "    section Aufmerksamkeit"]
    assert "      Messe#58; Stand #35;4#59; Halle 2: 4: Eva#44; Einkauf#58; Leitung, Techniker Tom" in lines
    assert "      #84;itle page of the brochure: 1: Techniker Tom" in lines
    assert "      Anruf<br>mit Rückfrage: 2: Eva#44; Einkauf#58; Leitung" in lines  # a line break as Mermaid writes it
    assert lines[-3:] == ["      %% journeymap: not assessed", "      Newsletter: 3", "    section Empfehlung"]
    assert "    section Advocacy" in write_mermaid(rich_journey("de"), "en")
    assert text.endswith("\n") and "\r" not in text


def test_export_mermaid_writes_the_file_atomically(tmp_path):
    out = tmp_path / "journey.mmd"
    out.write_text("old")
    assert export_mermaid(make_sample(), out, "en") == out
    assert out.read_text("utf-8") == write_mermaid(make_sample(), "en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.mmd"]


# ---------------------------------------------------------------------------------------------- malformed
@pytest.mark.parametrize(("text", "line", "words"), [
    ("journey\nsection A\n  Tea: 6: Me\n", 3, "not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n  Tea: 0: Me\n", 3, "not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n  Tea: 2.5: Me\n", 3, "not 1, 2, 3, 4 or 5"),
    ("journey\nsection A\n\n  Tea: five: Me\n", 4, "is not a number"),
    ("journey\nsection A\n  Tea: : Me\n", 3, "has no score"),
    ("journey\nsection A\n  Tea\n", 3, "is not a task"),
    ("journey\nsection A\n  : 3: Me\n", 3, "has no name"),
    ("journey\n  title X\n  Tea: 3: Me\nsection A\n", 3, "before the first 'section'"),
    ("title X\njourney\n", 1, "starts with the line 'journey'"),
    ("%% comment\n\nflowchart TD\n  A --> B\n", 3, "not 'flowchart TD'"),
    ("journey\nsection A\njourney\n", 3, "appears twice"),
    ("journey\nsection A: 3\n", 2, "cannot contain ':'"),
    ("journey\nsection\n", 2, "has no name"),
    ("journey\n  accDescr {\n  never closed\n", 2, "not closed"),
    ("---\ntitle: x\njourney\n", 1, "not closed"),
    ("journey\nsection A\n  ok: 3\n  bad\x01: 3\n", 4, "control character"),
])
def test_malformed_files_name_the_line(text, line, words):
    with pytest.raises(InterchangeError) as info:
        read_mermaid(text, "en")
    assert info.value.line == line and words in info.value.reason
    assert str(info.value).startswith(f"line {line}: ") and "\n" not in str(info.value)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", "\ufeff\n".encode()])
def test_empty_files(content):
    with pytest.raises(InterchangeError, match="empty") as info:
        read_mermaid(content, "en")
    assert info.value.line is None


def test_only_comments_is_not_a_journey():
    with pytest.raises(InterchangeError, match="no 'journey' line"):
        read_mermaid("%% just a comment\n", "en")


def test_binary_junk_names_the_line_of_the_first_bad_byte():
    with pytest.raises(InterchangeError, match="not UTF-8") as info:
        read_mermaid(b"journey\nsection A\n  x: 3\n\x89PNG\r\n\x1a\n\xff\xfe", "en")
    assert info.value.line == 4
    with pytest.raises(InterchangeError, match="control character U\\+0000") as info:
        read_mermaid(b"journey\n\x00\x00\x00", "en")
    assert info.value.line == 2


def test_huge_file_is_refused_before_parsing():
    with pytest.raises(InterchangeError, match="larger than 20 MB"):
        read_mermaid(b"journey\n" + b"%" * (20 * 1024 * 1024), "en")


def test_too_many_tasks_names_the_first_one_too_many():
    text = "journey\nsection A\n" + "".join(f"  Task {i}: 3\n" for i in range(10_001))
    with pytest.raises(InterchangeError, match="more than 10,000 tasks") as info:
        read_mermaid(text, "en")
    assert info.value.line == 10_003


def test_too_many_actors_and_sections():
    text = "journey\nsection A\n" + "".join(f"  Task {i}: 3: Actor {i}\n" for i in range(101))
    with pytest.raises(InterchangeError, match="more than 100 actors") as info:
        read_mermaid(text, "en")
    assert info.value.line == 103
    text = "journey\n" + "".join(f"section Part {i}\n" for i in range(25))
    with pytest.raises(InterchangeError, match="more than 24 different sections") as info:
        read_mermaid(text, "en")
    assert info.value.line == 26


def test_too_many_actors_on_one_task_and_too_many_section_lines():
    text = "journey\nsection A\n  ok: 3\n  Task: 3: " + ", ".join(f"A{i}" for i in range(101)) + "\n"
    with pytest.raises(InterchangeError, match="more than 100 actors") as info:
        read_mermaid(text, "en")
    assert info.value.line == 4
    with pytest.raises(InterchangeError, match="more than 10,000 section lines") as info:
        read_mermaid("journey\n" + "section A\n" * 10_001, "en")
    assert info.value.line == 10_002


def test_too_long_names():
    with pytest.raises(InterchangeError, match="longer than 10,000") as info:
        read_mermaid("journey\nsection A\n  " + "x" * 10_001 + ": 3\n", "en")
    assert info.value.line == 3
    with pytest.raises(InterchangeError) as info:
        read_mermaid("journey\nsection A\n  x: 3: " + "y" * 10_001 + "\n", "en")
    assert info.value.line == 3


def test_parse_keeps_lines_and_assessment():
    parsed = parse_mermaid("journey\nsection A\n  %% journeymap: not assessed\n  x: 3\n  %% JourneyMap:  not "
                           "assessed\n  y: 4\n  z: 3\n")
    assert [(t.name, t.line, t.assessed) for t in parsed.sections[0].tasks] == [
        ("x", 4, False), ("y", 6, True), ("z", 7, True)]


# ---------------------------------------------------------------------------------------------- fuzz
_FRAGMENTS = ["journey", "title ", "section ", "accTitle: ", "accDescr {", "}", "%%", "#", "#58;", "#quot;",
              ":", ": 3", ": 6", ":x", ", ", "Me", "Aufmerksamkeit", "\n", "\r\n", "  ", "---", "```mermaid",
              "\ufeff", "%%{init}%%", ";", "é", "\x00", "#10;"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300),
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join),
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=5), max_size=40).map(lambda p: "journey\n" + "".join(p)),
))
def test_random_input_raises_only_interchange_errors(content):
    try:
        data = read_mermaid(content, "en")
    except InterchangeError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(data, ProjectData)
        assert read_mermaid(write_mermaid(data), "en").phase_model.ids() == data.phase_model.ids()


_NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s != "")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_NAMES, st.sampled_from(AIDALA_IDS), st.none() | st.integers(-2, 2)), min_size=1,
                max_size=8),
       st.lists(_NAMES, max_size=3, unique_by=str.casefold), _NAMES)
def test_round_trip_of_random_labels_and_persona_names(items, persona_names, title):
    tps = tuple(Touchpoint(id=f"t{i}", label=label, phase=phase, position=i, emotion=emotion)
                for i, (label, phase, emotion) in enumerate(items))
    personas = tuple(Persona(id=f"p{i}", name=name, touchpoint_ids=tuple(t.id for t in tps[i::2]))
                     for i, name in enumerate(persona_names))
    original = ProjectData(meta=Meta(title=title), touchpoints=tps, personas=personas)
    back = read_mermaid(write_mermaid(original, "en"), "en")
    assert back.meta.title == title and labels(back) == labels(original)
    assert persona_labels(back) == persona_labels(original)


def persona_labels(data: ProjectData) -> dict[str, list[str]]:
    """Persona name → labels of its touchpoints in journey order (personas without touchpoints left out)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    ordered = sorted(data.touchpoints, key=lambda t: (order[t.phase], t.position))
    return {p.name: [t.label for t in ordered if t.id in p.touchpoint_ids] for p in data.personas if p.touchpoint_ids}
