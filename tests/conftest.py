"""Shared fixtures: the project's own config and seed captures, and a site built from them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS_EXPECTED = ROOT / "tests" / "fixtures" / "seeds" / "expected.yaml"


@pytest.fixture(scope="session")
def config():
    return load_config(ROOT / "config.yaml")


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return yaml.safe_load(SEEDS_EXPECTED.read_text(encoding="utf-8"))


def make_project(target: Path, raw_files: list[Path] | None = None) -> Path:
    """A copy of the project's config, templates and about page, with the given raw captures."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config.yaml", target / "config.yaml")
    shutil.copytree(ROOT / "templates", target / "templates")
    (target / "content" / "raw").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "about.md", target / "content" / "about.md")
    for path in raw_files if raw_files is not None else sorted((ROOT / "content" / "raw").iterdir()):
        shutil.copy(path, target / "content" / "raw" / path.name)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The example project built once: (project folder, site folder)."""
    from generator.commands.build import run_build

    project = make_project(tmp_path_factory.mktemp("project"))
    run_build(load_config(project / "config.yaml"))
    return project, project / "site"
