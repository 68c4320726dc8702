"""Journey analysis on small hand-built journeys."""

from __future__ import annotations

import itertools

from journeymap.analysis import analyse, find_issues, journey_graph, journey_paths
from journeymap.model import Opportunity, aida
from tests.conftest import journey, link, tp


def codes(data) -> list[str]:
    return [f.code for f in analyse(data).findings]


def by_code(data, code):
    return [f for f in analyse(data).findings if f.code == code]


def full_line(*extra_links, **phases_extra):
    """attention → interest → desire → action → loyalty → advocacy, one touchpoint each."""
    ids = ["a", "i", "d", "c", "l", "v"]
    phases = ["attention", "interest", "desire", "action", "loyalty", "advocacy"]
    tps = [tp(i, p) for i, p in zip(ids, phases, strict=False)]
    links = [link(x, y) for x, y in itertools.pairwise(ids)]
    return journey(tps, links + list(extra_links))


def test_a_complete_closed_journey_has_no_findings():
    data = full_line(link("v", "a", "loop_back"))
    result = analyse(data)
    assert result.findings == []
    assert result.loop_closed
    assert result.paths.paths == (("a", "i", "d", "c", "l", "v"),)


def test_empty_journey_reports_every_phase_empty():
    findings = analyse(journey([])).findings
    assert [f.code for f in findings] == ["empty_phase"] * 6
    assert next(f.ids for f in findings) == ("attention",)


def test_empty_phase():
    data = journey([tp("a", "attention"), tp("c", "action")], [link("a", "c")])
    gaps = by_code(data, "empty_phase")
    assert [f.ids[0] for f in gaps] == ["interest", "desire", "loyalty", "advocacy"]
    assert all(f.severity == "warning" for f in gaps)


def test_unreachable_touchpoints():
    data = journey(
        [tp("a", "attention"), tp("i", "interest"), tp("x", "desire"), tp("y", "action")],
        [link("a", "i"), link("x", "y")],
    )
    [finding] = by_code(data, "unreachable")
    assert finding.ids == ("x", "y")
    assert finding.message.startswith("2 Touchpoint(s) sind vom Anfang")  # the journey's language: German
    [english] = [f for f in analyse(data, lang="en").findings if f.code == "unreachable"]
    assert english.message == "2 touchpoint(s) cannot be reached from the start of the journey: “X”, “Y”."


def test_entry_with_only_a_loop_back_coming_in_is_still_an_entry():
    data = full_line(link("v", "a", "loop_back"))
    assert by_code(data, "unreachable") == []


def test_no_entry_when_first_phase_is_empty():
    data = journey([tp("i", "interest")])
    assert by_code(data, "no_entry")[0].ids == ("attention",)
    assert by_code(data, "unreachable") == []


def test_dead_ends_outside_the_last_phase():
    data = journey([tp("a", "attention"), tp("i", "interest"), tp("v", "advocacy")], [link("a", "v")])
    assert [f.ids for f in by_code(data, "dead_end")] == [("i",)]


def test_backward_links_unless_declared_loop_back():
    data = full_line(link("c", "i"), link("l", "d", "loop_back"))
    [finding] = by_code(data, "backward_link")
    assert finding.ids == ("c-i", "c", "i")


def test_advocacy_loop_open_and_closed():
    open_loop = full_line()
    [finding] = by_code(open_loop, "loop_open")
    assert finding.ids == ("v",) and finding.severity == "info"
    assert not analyse(open_loop).loop_closed
    assert by_code(full_line(link("v", "a", "loop_back")), "loop_open") == []


def test_emotion_dip_and_pain_without_opportunity():
    data = journey([
        tp("a", "attention", emotion=-1),
        tp("b", "attention", emotion=-2, pain_points=("teuer",)),
        tp("c", "attention", emotion=0, pain_points=("langsam", "  ", "laut")),
        tp("d", "attention", emotion=-2, pain_points=("teuer",)),
        tp("e", "attention", emotion=1, pain_points=("  ",)),
        tp("f", "attention", pain_points=("unklar",)),
    ], opportunities=(Opportunity(id="o1", text="Rückruf anbieten", touchpoint_ids=("b", "f"), owner="Vertrieb"),))
    assert [f.ids for f in by_code(data, "emotion_dip_without_opportunity")] == [("a",), ("d",)]
    pains = by_code(data, "pain_without_opportunity")  # a low with pain points is reported once, as the low
    assert [f.ids for f in pains] == [("c",)]
    assert pains[0].message == "„C“ hat 2 Schmerzpunkt(e), aber keine Chance, die sie angeht."  # the journey's language
    english = [f for f in find_issues(data, journey_graph(data), "en") if f.code == "pain_without_opportunity"]
    assert english[0].message == "“C” has 2 pain point(s) but no opportunity that addresses them."
    assert by_code(data, "opportunity_without_owner") == []


def test_opportunity_without_owner_in_both_languages():
    data = journey([tp("a", "attention"), tp("b", "interest")], opportunities=(
        Opportunity(id="o1", text="Rückruf  in\n2 Stunden", touchpoint_ids=("a", "b")),
        Opportunity(id="o2", text="Preise zeigen", owner="Vertrieb"),
        Opportunity(id="o3", text="Alt", status="done"),  # done: nobody needs to take it forward
        Opportunity(id="o4", text="Für alle", owner="  "),
    ))
    found = [f for f in find_issues(data, journey_graph(data), "en") if f.code == "opportunity_without_owner"]
    assert [(f.ids, f.severity) for f in found] == [(("o1", "a", "b"), "info"), (("o4",), "info")]
    assert found[0].message == "Nobody owns the opportunity “Rückruf in 2 Stunden” yet: name who takes it forward."
    german = [f for f in find_issues(data, journey_graph(data), "de") if f.code == "opportunity_without_owner"]
    assert german[0].message == ("Für die Chance „Rückruf in 2 Stunden“ ist noch niemand verantwortlich: "
                                 "festlegen, wer sie vorantreibt.")


def test_phase_stats():
    data = journey([
        tp("a", "attention", kind="analogue", emotion=2),
        tp("b", "attention", emotion=-1),
        tp("c", "attention"),
        tp("d", "interest", emotion=1),
    ])
    stats = {s.phase: s for s in analyse(data).phases}
    assert (stats["attention"].touchpoints, stats["attention"].digital, stats["attention"].analogue) == (3, 2, 1)
    assert stats["attention"].digital_share == round(2 / 3, 4)
    assert stats["attention"].mean_emotion == 0.5
    assert stats["desire"].digital_share is None and stats["desire"].mean_emotion is None


def test_paths_branch_and_skip_loop_backs():
    data = journey(
        [tp("a", "attention"), tp("b1", "interest"), tp("b2", "interest"), tp("v", "advocacy")],
        [link("a", "b1"), link("a", "b2"), link("b1", "v"), link("b2", "v"), link("v", "a", "loop_back")],
    )
    report = analyse(data).paths
    assert sorted(report.paths) == [("a", "b1", "v"), ("a", "b2", "v")]
    assert not report.capped


def test_paths_are_capped_with_a_note():
    # a ladder of 12 diamonds has 2**12 paths
    tps, links, prev = [tp("s", "attention")], [], "s"
    for i in range(12):
        tps += [tp(f"u{i}", "interest"), tp(f"d{i}", "interest"), tp(f"m{i}", "desire")]
        links += [link(prev, f"u{i}"), link(prev, f"d{i}"), link(f"u{i}", f"m{i}"), link(f"d{i}", f"m{i}")]
        prev = f"m{i}"
    tps.append(tp("end", "advocacy"))
    links.append(link(prev, "end"))
    data = journey(tps, links)
    report = journey_paths(data, journey_graph(data), max_paths=50)
    assert report.capped and len(report.paths) == 50
    result = analyse(data)
    assert result.paths.capped
    assert "paths_capped" not in [f.code for f in result.findings]  # a note on the paths, not a finding
    assert result.to_json()["paths"]["notes"] == ["The journey has so many routes that only the first 100 are listed."]
    assert result.path_note("de").startswith("Die Journey hat so viele Wege")


def test_findings_sorted_by_severity_and_json_shape():
    data = full_line()
    result = analyse(data).to_json()
    assert {"findings", "phases", "loop_closed", "paths"} <= result.keys()
    for finding in result["findings"]:
        assert {"code", "severity", "message", "ids"} <= finding.keys()


def test_messages_in_both_languages_name_the_phase():
    data = journey([tp("a", "attention")])
    german = analyse(data, lang="de").findings[0]
    english = analyse(data, lang="en").findings[0]
    assert german.message == "Die Phase Interesse hat noch keinen Touchpoint."
    assert english.message == "The phase Interest has no touchpoint yet."


def test_aida_uses_action_as_last_phase():
    data = journey([tp("a", "attention"), tp("c", "action")], [link("a", "c")], phase_model=aida())
    assert codes(data) == ["empty_phase", "empty_phase"]
