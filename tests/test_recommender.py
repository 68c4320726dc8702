"""The recommender on tiny hand-made catalogues (numbers you can check by hand) and on the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.catalogue import (
    BANDS,
    CATEGORY_IDS,
    AnswerError,
    Catalogue,
    Entry,
    band_of,
    check_answers,
    load_catalogue,
    recommend,
)
from journeymap.model import Project, ProjectData, Touchpoint

CATEGORIES = load_catalogue(Path(__file__).parent / "fixtures" / "catalogue" / "mini" / "catalogue").categories
TEXT = {"de": "Text", "en": "Text"}


def entry(entry_id: str, phases: tuple[str, ...] = ("desire",), guide: bool = False, **needs: int) -> Entry:
    """A catalogue entry rated `needs` (others 0); with `guide`, all but low_running_cost come from the guide."""
    values = {c: needs.get(c, 0) for c in CATEGORY_IDS}
    own = {"source": "own", "reason": TEXT}
    ratings = (
        [{"source": "guide", "values": {c: v for c, v in values.items() if c != "low_running_cost"}},
         {**own, "values": {"low_running_cost": values["low_running_cost"]}}]
        if guide else [{**own, "values": values}]
    )
    return Entry.model_validate({
        "id": entry_id, "kind": "digital", "contact": "direct", "source": "own",
        "name": {"de": entry_id.upper(), "en": entry_id.capitalize()}, "description": TEXT,
        "phases": list(phases), "phases_source": "own", "ratings": ratings, "pros": [TEXT, TEXT],
        "cons": [TEXT, TEXT], "entry_cost": "low", "effort": "low",
        "kpis": [{"name": TEXT, "unit": "%", "better": "higher"}], "icon": f"{entry_id}.svg",
    })


def cat(*entries: Entry) -> Catalogue:
    return Catalogue(CATEGORIES, entries)


def scores(result) -> dict[str, float]:
    return {r.entry.id: r.score for r in result.recommendations}


def test_hand_computed_scores() -> None:
    catalogue = cat(
        entry("alpha", visualisation=3, credibility=3),  # (3·3 + 1·3) / (3·4) = 100 %
        entry("beta", visualisation=2),  # 3·2 / 12 = 50 %
        entry("gamma", credibility=3, sales_channels=3),  # 1·3 / 12 = 25 % (sales channels unasked)
        entry("delta"),  # 0 %
    )
    result = recommend({"visualisation": 3, "credibility": 1}, catalogue)
    assert scores(result) == {"alpha": 100.0, "beta": 50.0, "gamma": 25.0, "delta": 0.0}
    assert [r.entry_id for r in result.recommendations] == ["alpha", "beta", "gamma", "delta"]
    assert [r.rank for r in result.recommendations] == [1, 2, 3, 4]
    assert [r.band.id for r in result.recommendations] == [
        "highly_recommended", "conditionally_recommended", "less_relevant", "less_relevant"]
    assert result.notes == ()
    assert result.empty_phases is None


def test_score_is_relative_to_the_best_possible() -> None:
    catalogue = cat(entry("half", customer_insights=1), entry("full", customer_insights=3))
    result = recommend({"customer_insights": 2}, catalogue)
    assert scores(result) == pytest.approx({"full": 100.0, "half": 100 / 3})


@pytest.mark.parametrize(
    ("answers", "needs", "band", "score"),
    [
        # 80 % exactly: (3·2 + 2·3) / (3·5) = 12/15
        ({"visualisation": 3, "credibility": 2}, {"visualisation": 2, "credibility": 3}, "highly_recommended", 80),
        # 65 % exactly: Σanswer = 20, possible 60, earned 39 = 4·(3·3) + 3·1
        ({**dict.fromkeys(CATEGORY_IDS[:6], 3), CATEGORY_IDS[6]: 2},
         {**dict.fromkeys(CATEGORY_IDS[:4], 3), CATEGORY_IDS[4]: 1}, "recommended", 65),
        # 50 % exactly: (1·3 + 1·0) / 6
        ({"visualisation": 1, "credibility": 1}, {"visualisation": 3}, "conditionally_recommended", 50),
        # just under 80 %: 11/15
        ({"visualisation": 3, "credibility": 2}, {"visualisation": 3, "credibility": 1}, "recommended", 73.3),
        # just under 50 %: 7/15 (46.7 %)
        ({"visualisation": 3, "credibility": 2}, {"visualisation": 1, "credibility": 2}, "less_relevant", 46.7),
    ],
)
def test_bands_at_their_thresholds(answers, needs, band: str, score: float) -> None:
    (rec,) = recommend(answers, cat(entry("only", **needs))).recommendations
    assert rec.band.id == band
    assert rec.score == pytest.approx(score, abs=0.05)


def test_band_of_compares_exactly() -> None:
    assert band_of(4, 5).id == "highly_recommended"
    assert band_of(799, 1000).id == "recommended"
    assert band_of(13, 20).id == "recommended"
    assert band_of(649, 1000).id == "conditionally_recommended"
    assert band_of(1, 2).id == "conditionally_recommended"
    assert band_of(499, 1000).id == "less_relevant"
    assert band_of(0, 0).id == "less_relevant"
    assert [b.id for b in BANDS] == ["highly_recommended", "recommended", "conditionally_recommended", "less_relevant"]
    assert BANDS[0].label.de == "sehr empfehlenswert" and BANDS[2].label.en == "conditionally recommended"


def test_reasons_are_the_biggest_contributions() -> None:
    catalogue = cat(entry("multi", guide=True, visualisation=2, credibility=3, customer_insights=3, low_running_cost=3,
                          sales_channels=1))
    answers = {"visualisation": 3, "credibility": 2, "customer_insights": 2, "low_running_cost": 2, "sales_channels": 3}
    (rec,) = recommend(answers, catalogue).recommendations
    # points: visualisation 6, customer_insights 6, credibility 6, low_running_cost 6, sales_channels 3; possible 36
    assert [(r.category, r.points) for r in rec.reasons] == [
        ("visualisation", 6), ("customer_insights", 6), ("credibility", 6)]  # ties in category order, top 3
    first = rec.reasons[0]
    assert (first.answer, first.rating, first.source) == (3, 2, "guide")
    assert first.share == pytest.approx(100 * 6 / 36)
    assert first.describe("en") == "Visualisation (very important × 2/3): +17 %"
    assert first.describe("de") == "Bedarf 5 (sehr wichtig × 2/3): +17 %"
    more = recommend(answers, catalogue, max_reasons=5).recommendations[0]
    assert [(r.category, r.source) for r in more.reasons][3:] == [
        ("low_running_cost", "own"), ("sales_channels", "guide")]


def test_reasons_leave_out_what_adds_nothing() -> None:
    catalogue = cat(entry("one", visualisation=1, sales_channels=3))
    (rec,) = recommend({"visualisation": 3, "credibility": 2}, catalogue).recommendations
    assert [r.category for r in rec.reasons] == ["visualisation"]


def test_all_answers_zero_means_no_basis() -> None:
    result = recommend({"visualisation": 0}, cat(entry("a", visualisation=3), entry("b")))
    assert [n.code for n in result.notes] == ["no_answers"]
    assert "no basis" in result.notes[0].message.en and "keine Grundlage" in result.notes[0].message.de
    assert [(r.entry_id, r.rank, r.score, r.band.id, r.reasons) for r in result.recommendations] == [
        ("a", 1, 0.0, "less_relevant", ()), ("b", 1, 0.0, "less_relevant", ())]
    assert recommend({}, cat(entry("a"))).notes[0].code == "no_answers"


def test_identical_answers_are_noted() -> None:
    catalogue = cat(entry("broad", visualisation=2, credibility=2, sales_channels=2), entry("narrow", visualisation=3))
    result = recommend(dict.fromkeys(("visualisation", "credibility", "sales_channels"), 2), catalogue)
    assert [n.code for n in result.notes] == ["uniform_answers"]
    assert "every need weighs the same" in result.notes[0].message.en
    assert "(important)" in result.notes[0].message.en and "(wichtig)" in result.notes[0].message.de
    assert scores(result) == pytest.approx({"broad": 100 * 12 / 18, "narrow": 100 * 6 / 18})  # possible: 3·6


def test_a_single_weighted_need_is_not_uniform() -> None:
    result = recommend({"visualisation": 3, "credibility": 0}, cat(entry("a", visualisation=1), entry("b")))
    assert result.notes == ()


def test_ties_share_a_rank_and_are_noted() -> None:
    catalogue = cat(entry("first", visualisation=1), entry("second", visualisation=3), entry("third", visualisation=1),
                    entry("fourth", visualisation=3), entry("fifth"))
    result = recommend({"visualisation": 3, "credibility": 1}, catalogue)
    assert [(r.entry_id, r.rank) for r in result.recommendations] == [
        ("second", 1), ("fourth", 1), ("first", 3), ("third", 3), ("fifth", 5)]  # ties in catalogue order
    (note,) = result.notes
    assert note.code == "ties" and note.groups == (("second", "fourth"), ("first", "third"))
    assert note.message.en == ("4 entries share their score with others (same rank, listed in catalogue order): "
                               "Second and Fourth (75 %); First and Third (25 %).")
    assert note.message.de.startswith("4 Einträge teilen sich ihre Punktzahl")


def test_many_tie_groups_are_summarised() -> None:
    entries = [entry(f"e{i}{suffix}", visualisation=i) for i in range(4) for suffix in "ab"]
    (note,) = recommend({"visualisation": 3}, cat(*entries)).notes
    assert len(note.groups) == 4 and note.message.en.endswith("; and 1 more group.")


def test_phase_filter() -> None:
    catalogue = cat(entry("early", phases=("attention", "interest"), visualisation=1),
                    entry("late", phases=("loyalty",), visualisation=3))
    result = recommend({"visualisation": 3}, catalogue, phase="interest")
    assert [r.entry_id for r in result.recommendations] == ["early"] and result.phase == "interest"
    assert recommend({"visualisation": 3}, catalogue, phase="advocacy").recommendations == ()
    with pytest.raises(AnswerError, match="unknown phase 'onboarding'"):
        recommend({"visualisation": 3}, catalogue, phase="onboarding")


def _journey() -> ProjectData:
    touchpoints = (Touchpoint(id="t1", label="Fair", phase="attention"),
                   Touchpoint(id="t2", label="Web", phase="desire"))
    return ProjectData(touchpoints=touchpoints)


@pytest.mark.parametrize("make", [_journey, lambda: Project(_journey())])
def test_project_gaps_become_reasons(make) -> None:
    catalogue = cat(entry("wide", phases=("interest", "desire", "action"), visualisation=3),
                    entry("after", phases=("loyalty", "advocacy"), visualisation=1),
                    entry("before", phases=("attention",), visualisation=2))
    result = recommend({"visualisation": 3}, catalogue, project=make())
    assert result.empty_phases == ("interest", "action", "loyalty", "advocacy")
    fills = {r.entry_id: r.fills_phases for r in result.recommendations}
    assert fills == {"wide": ("interest", "action"), "after": ("loyalty", "advocacy"), "before": ()}


def test_full_journey_has_no_gaps() -> None:
    touchpoints = tuple(Touchpoint(id=f"t{i}", label="x", phase=p) for i, p in enumerate(
        ("attention", "interest", "desire", "action", "loyalty", "advocacy")))
    result = recommend({"visualisation": 3}, cat(entry("a")), project=ProjectData(touchpoints=touchpoints))
    assert result.empty_phases == () and result.recommendations[0].fills_phases == ()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"visualization": 3}, "unknown need category 'visualization'"),
        ({"visualisation": 4}, "must be 0, 1, 2 or 3, not 4"),
        ({"visualisation": -1}, "must be 0, 1, 2 or 3, not -1"),
        ({"visualisation": True}, "not True"),
        ({"visualisation": "3"}, "not '3'"),
        ({"visualisation": 2.0}, "not 2.0"),
    ],
)
def test_invalid_answers(answers, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        recommend(answers, cat(entry("a")))


def test_check_answers_fills_in_zeros() -> None:
    checked = check_answers({"credibility": 2})
    assert tuple(checked) == CATEGORY_IDS and checked["credibility"] == 2 and sum(checked.values()) == 2


def test_result_as_json() -> None:
    result = recommend({"visualisation": 3}, cat(entry("a", visualisation=3), entry("b", visualisation=3)),
                       project=_journey())
    data = result.to_json("de")
    assert set(data) == {"answers", "phase", "empty_phases", "notes", "recommendations"}
    assert data["notes"][0]["code"] == "ties" and data["notes"][0]["groups"] == [["a", "b"]]
    first = data["recommendations"][0]
    assert first["id"] == "a" and first["score"] == 100.0 and first["band"] == "highly_recommended"
    assert first["band_label"] == "sehr empfehlenswert" and first["name"] == {"de": "A", "en": "A"}
    assert first["reasons"] == [{"category": "visualisation", "answer": 3, "rating": 3, "source": "own", "points": 9,
                                 "share": 100.0}]
    assert first["fills_phases"] == [] and data["empty_phases"] == ["interest", "action", "loyalty", "advocacy"]
    assert result.get("b").rank == 1
    with pytest.raises(KeyError):
        result.get("c")


def test_bundled_catalogue_ranks_ar_vr_and_website_first_for_visualisation() -> None:
    result = recommend({"visualisation": 3, "low_entry_cost": 0})
    top = {r.entry_id: r for r in result.recommendations if r.rank == 1}
    assert {"ar", "vr", "website"} <= set(top)
    for entry_id in ("ar", "vr", "website"):
        assert top[entry_id].score == 100.0 and top[entry_id].band.id == "highly_recommended"
        assert top[entry_id].reasons[0].category == "visualisation"
    ranked = [r.entry_id for r in result.recommendations]
    assert ranked.index("ar") < ranked.index("vr") < ranked.index("website")
