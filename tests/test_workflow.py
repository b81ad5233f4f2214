"""The GitHub Pages workflow: valid YAML, builds with the README's command, deploys with the Pages actions."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def load() -> dict:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); accept either.
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(data: dict, job: str) -> list[dict]:
    return data["jobs"][job]["steps"]


def test_workflow_is_valid_yaml_with_build_and_deploy_jobs() -> None:
    data = load()
    trigger = data.get("on", data.get(True))
    assert trigger["push"]["branches"] == ["main"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["jobs"]["deploy"]["needs"] == "build"
    assert data["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_build_step_uses_the_readme_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build:.*\n\t\$\(BIN\)/mkdocs build --strict", makefile, re.M), "make build runs mkdocs build --strict"
    runs = [s.get("run", "") for s in steps(load(), "build")]
    assert "make build" in runs
    assert "`make build`" in readme


def test_pages_actions_in_order() -> None:
    uses = [s.get("uses", "").split("@")[0] for s in steps(load(), "build")]
    assert uses.index("actions/configure-pages") < uses.index("actions/upload-pages-artifact")
    upload = next(s for s in steps(load(), "build") if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    deploy = [s.get("uses", "").split("@")[0] for s in steps(load(), "deploy")]
    assert deploy == ["actions/deploy-pages"]
    runs = [s.get("run", "") for s in steps(load(), "build")]
    assert runs.index("make build") > uses.index("actions/setup-python")


def test_build_gets_the_site_and_repository_urls() -> None:
    build = next(s for s in steps(load(), "build") if s.get("run") == "make build")
    assert "steps.pages.outputs.base_url" in build["env"]["KB_SITE_URL"]
    assert "github.repository" in build["env"]["KB_REPO_URL"]
    mkdocs = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert "!ENV [KB_SITE_URL" in mkdocs and "!ENV [KB_REPO_URL" in mkdocs
