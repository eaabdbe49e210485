"""Tests of the shipped content: the seed text on the example site, the example mission, the
guide's own prose and tasks. They run where that content is: in this repository, and in a fork
until it replaces mission.yml. A fork that adapted the guide runs the engine tests
(tests/engine), which build a site of their own; these are then left out, with a notice.
"""

from __future__ import annotations

from support import shipped_content


def pytest_ignore_collect(collection_path, config):
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return not shipped_content()
    return None
