"""Engine tests: each builds the site of tests/engine/fixture (see fixture_site.py)."""

from __future__ import annotations

import pytest
from fixture_site import make_fixture_project
from support import build_site, serve_folder


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory):
    """A project folder: the engine of this repository and the fixture's content."""
    return make_fixture_project(tmp_path_factory.mktemp("fixture-project"))


@pytest.fixture(scope="session")
def fixture_site(fixture_project, tmp_path_factory):
    """The fixture project, built (strict)."""
    site = tmp_path_factory.mktemp("fixture-site") / "site"
    result = build_site(fixture_project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def fixture_site_url(fixture_site):
    url, server = serve_folder(fixture_site)
    yield url
    server.shutdown()
