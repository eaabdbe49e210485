"""The browser's checker on the bad inputs of the shipped example's tests (test_mission.py):
the same messages as the build (see tests/engine/test_contract_parity.py)."""

from __future__ import annotations

from test_contract_parity import browser_problems, build_problems, run_browser_checker
from test_mission import BAD_INPUTS


def test_bad_inputs_of_the_mission_tests_get_the_same_messages(node, tmp_path):
    texts = [text for text, _ in BAD_INPUTS.values()]
    results = run_browser_checker(node, texts, tmp_path)
    for name, text, result in zip(BAD_INPUTS, texts, results, strict=True):
        if name == "logo-introuvable":  # the form cannot see docs/: checked at build time
            assert browser_problems(result) == []
            continue
        assert browser_problems(result) == build_problems(text), name
