"""Tests of the shipped content: the seed text on the example site, the example mission, the
guide's own prose and tasks. They run where that content is: in this repository, and in a fork
until it replaces mission.yml. A fork that adapted the guide runs the engine tests
(tests/engine), which build a site of their own; these are then left out, with a notice.
"""

from __future__ import annotations

import pytest
from support import shipped_content


def pytest_ignore_collect(collection_path, config):
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return not shipped_content()
    return None


@pytest.fixture
def phone(browser):
    """A phone's browser (390 px wide, French), its own storage, without the service worker
    (tests/content/test_installable.py has its own phone, with it)."""
    context = browser.new_context(
        locale="fr-FR", viewport={"width": 390, "height": 844}, service_workers="block"
    )
    yield context
    context.close()
