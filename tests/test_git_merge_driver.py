"""git merges two branches of a `.journey` file through journeymap's merge driver (docs/collaboration.md): clean
when the branches changed different things, with a conflict (exit 3: git marks the file, the driver's result with
ours kept is in it, a valid journey, no conflict markers) when both changed the same field."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.fileformat import load, save
from journeymap.model import Opportunity, Project, Touchpoint
from journeymap.model.lineage import Lineage
from tests.conftest import make_sample

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Eva",
           "GIT_AUTHOR_EMAIL": "eva@example.org", "GIT_COMMITTER_NAME": "Eva",
           "GIT_COMMITTER_EMAIL": "eva@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=check, capture_output=True, text=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    """A repository with the journeymap merge driver set up as docs/collaboration.md says, on branch main with
    one journey."""
    repo = tmp_path / "workshop"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / ".gitattributes").write_text("*.journey merge=journeymap\n", "utf-8")
    git(repo, "config", "merge.journeymap.name", "journeymap three-way merge")
    git(repo, "config", "merge.journeymap.driver", f'"{sys.executable}" -m journeymap merge %O %A %B -o %A')
    save(make_sample().model_copy(update={"lineage": Lineage(journey="jr-fair")}), repo / "fair.journey",
         backup=False)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "the journey as it was at the start")
    return repo


def edit_on(repo: Path, branch: str, change, start: str = "main") -> None:
    git(repo, "checkout", "-q", "-b", branch, start)
    project = Project(load(repo / "fair.journey"))
    change(project)
    save(project.to_data(), repo / "fair.journey", backup=False)
    git(repo, "commit", "-q", "-am", f"edits on {branch}")


def laptop_a(project: Project) -> None:
    project.update_touchpoint("web", label="Website mit Messe-Seite")
    project.add_touchpoint(Touchpoint(id="tp-a1", label="Messe-App", phase="interest",
                                      position=project.next_free_position("interest")))


def laptop_b(project: Project) -> None:
    project.update_touchpoint("web", emotion=-1)
    project.add_opportunity(Opportunity(id="op-b", text="Messe-Termine auf die Startseite", touchpoint_ids=("web",)))
    project.set_blueprint_row("web", "backstage", ["Messeseite pflegen"], "Marketing")
    project.add_touchpoint(Touchpoint(id="tp-b1", label="Standgespräch", phase="interest",
                                      position=project.next_free_position("interest")))


def test_git_merges_two_branches_through_the_driver(repo):
    edit_on(repo, "laptop-a", laptop_a)
    edit_on(repo, "laptop-b", laptop_b)
    git(repo, "checkout", "-q", "laptop-a")
    merge = git(repo, "merge", "--no-edit", "laptop-b", check=False)
    assert merge.returncode == 0, merge.stdout + merge.stderr
    data = load(repo / "fair.journey")
    tps = {tp.id: tp for tp in data.touchpoints}
    assert tps["web"].label == "Website mit Messe-Seite" and tps["web"].emotion == -1
    assert [(o.text, o.touchpoint_ids) for o in data.opportunities if o.id == "op-b"] == [
        ("Messe-Termine auf die Startseite", ("web",))]
    assert tps["web"].blueprint.backstage.texts == ("Messeseite pflegen",)
    assert {"tp-a1", "tp-b1"} <= tps.keys()
    assert tps["tp-a1"].position != tps["tp-b1"].position  # both were put into the same free slot
    assert git(repo, "status", "--porcelain").stdout == ""  # no .bak or temporary file left in the work tree


def test_a_conflict_keeps_ours_and_leaves_a_valid_journey(repo):
    edit_on(repo, "laptop-a", laptop_a)
    edit_on(repo, "laptop-c", lambda p: p.update_touchpoint("web", label="Webauftritt"))
    git(repo, "checkout", "-q", "laptop-a")
    merge = git(repo, "merge", "--no-edit", "laptop-c", check=False)
    assert merge.returncode != 0
    assert "conflict: touchpoint web label: changed on both sides; ours kept" in merge.stdout + merge.stderr
    assert "CONFLICT (content): Merge conflict in fair.journey" in merge.stdout
    data = load(repo / "fair.journey")  # a journey, not conflict markers
    assert {tp.id: tp for tp in data.touchpoints}["web"].label == "Website mit Messe-Seite"
    assert "tp-a1" in {tp.id for tp in data.touchpoints}
    git(repo, "add", "fair.journey")  # the user accepts ours after looking at it
    git(repo, "commit", "-q", "--no-edit")
    assert git(repo, "status", "--porcelain").stdout == ""
