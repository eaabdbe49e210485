"""French formatting: guide/french.py and its browser counterpart french.js agree."""

from __future__ import annotations

import json
import random
import subprocess
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from support import PROJECT_ROOT

from guide.french import euros, french_date, french_period, plural, time_text


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2027, 3, 2), date(2027, 3, 2), "le 2 mars 2027"),
        (date(2027, 3, 2), date(2027, 3, 6), "du 2 au 6 mars 2027"),
        (date(2027, 3, 1), date(2027, 3, 6), "du 1er au 6 mars 2027"),
        (date(2027, 2, 28), date(2027, 3, 3), "du 28 février au 3 mars 2027"),
        (date(2026, 12, 30), date(2027, 1, 2), "du 30 décembre 2026 au 2 janvier 2027"),
        (date(2027, 8, 1), date(2027, 8, 1), "le 1er août 2027"),
    ],
)
def test_periods_read_as_french(start, end, expected):
    assert french_period(start, end) == expected


def test_dates_times_and_plurals():
    assert french_date(date(2027, 3, 1), weekday=True) == "lundi 1er mars 2027"
    assert time_text(time(9, 0)) == "9\u00a0h"
    assert time_text(time(10, 5)) == "10\u00a0h\u00a005"
    assert [plural(n, "point") for n in (0, 1, 2)] == ["0 point", "1 point", "2 points"]
    assert plural(3, "travail", "travaux") == "3 travaux"
    assert euros(Decimal("1250.5")) == "1\u00a0250,50\u00a0€"
    assert euros(3200) == "3\u00a0200\u00a0€"
    assert euros(Decimal("-12")) == "-12\u00a0€"


def test_browser_formats_like_the_build(node):
    rng = random.Random(1)
    cases, expected = [], []
    for _ in range(400):
        start = date(2026, 1, 1) + timedelta(days=rng.randrange(900))
        end = start + timedelta(days=rng.choice([0, 1, 3, 20, 40, 400]))
        weekday = rng.random() < 0.5
        cases.append({"kind": "date", "a": start.isoformat(), "weekday": weekday})
        expected.append(french_date(start, weekday=weekday))
        cases.append({"kind": "period", "a": start.isoformat(), "b": end.isoformat()})
        expected.append(french_period(start, end))
        clock = time(rng.randrange(24), rng.choice([0, 5, 30, 45]))
        cases.append({"kind": "time", "a": clock.strftime("%H:%M")})
        expected.append(time_text(clock))
    for n in range(-2, 5):
        cases.append({"kind": "plural", "n": n, "singular": "tâche", "pluriel": None})
        expected.append(plural(n, "tâche"))
    driver = PROJECT_ROOT / "tests" / "engine" / "french_node.cjs"
    result = subprocess.run(
        [node, str(driver)],
        input=json.dumps({"cas": cases}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
