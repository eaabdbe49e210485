"""Engine tests: each builds the site of tests/engine/fixture (see fixture_site.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixture_site import make_fixture_project
from support import built, serve_folder

MISSIONS = Path(__file__).resolve().parent / "fixture" / "missions"


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory):
    """A project folder: the engine of this repository and the fixture's content."""
    return make_fixture_project(tmp_path_factory.mktemp("fixture-project"))


@pytest.fixture(scope="session")
def fixture_site(fixture_project, tmp_path_factory):
    """The fixture project, built (strict)."""
    return built(fixture_project, tmp_path_factory, "fixture-site")


@pytest.fixture(scope="session")
def fixture_site_url(fixture_site):
    """Base URL of the fixture site, served on the loopback."""
    url, server = serve_folder(fixture_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def region_site(tmp_path_factory):
    """The fixture project with a région whose partner works in Spanish (missions/region-es.yml:
    a signature on site, a convention, follow-up), built (strict)."""
    project = make_fixture_project(tmp_path_factory.mktemp("region-es-project"))
    shutil.copy(MISSIONS / "region-es.yml", project / "mission.yml")
    return built(project, tmp_path_factory, "region-es")
