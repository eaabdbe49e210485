"""Rules that compare several values of mission.yml (dates within the mission, end after start,
no activity twice). They are data (`CROSS_RULES`), exported with the contract and applied by
`check_rules` here and by the same-named function of the browser's checker.

Paths: "programme[].fin" = the key fin of each activity; in the same rule, "programme[]."
refers to the same activity. Values are compared as dates or times (the key's x-format).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic_core import PydanticCustomError

from .messages import MESSAGES, path_text, value_text
from .model import schema_at, to_date, to_time

CROSS_RULES: list[dict[str, Any]] = [
    {
        "code": "mission_fin_avant_debut",
        "regle": "pas_avant",
        "champ": "mission.fin",
        "autre": "mission.debut",
    },
    {
        "code": "hors_mission",
        "regle": "entre",
        "champ": "programme[].date",
        "min": "mission.debut",
        "max": "mission.fin",
    },
    {
        "code": "heure_fin_avant_debut",
        "regle": "apres",
        "champ": "programme[].fin",
        "autre": "programme[].debut",
    },
    {
        "code": "identifiant_en_double",
        "regle": "unique",
        "liste": "programme",
        "champs": ["id"],
    },
    {
        "code": "activite_en_double",
        "regle": "unique",
        "liste": "programme",
        "champs": ["date", "debut", "intitule"],
    },
    {
        # A line paid by « autre » names its payer.
        "code": "financeur_manquant",
        "regle": "requis_si",
        "liste": "budget",
        "champ": "financeur",
        "si": "pris_en_charge_par",
        "valeur": "autre",
    },
]


def get(data: Any, path: tuple) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or part >= len(data):
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return data


def _expand(dotted: str, data: Any, index: int | None = None) -> list[tuple]:
    """Concrete paths of a rule path; "[]" = every item, or item `index` when given."""
    paths: list[tuple] = [()]
    for part in dotted.split("."):
        name, is_list = (part[:-2], True) if part.endswith("[]") else (part, False)
        next_paths = []
        for path in paths:
            path = (*path, name)
            if not is_list:
                next_paths.append(path)
                continue
            items = get(data, path)
            if index is not None:
                next_paths.append((*path, index))
            elif isinstance(items, list):
                next_paths += [(*path, i) for i in range(len(items))]
        paths = next_paths
    return paths


def _comparable(path: tuple, data: Any):
    """The value at `path` as a date or time, or None when missing or badly written."""
    kind = schema_at(path)[0].get("x-format")
    value = get(data, path)
    try:
        return (to_date if kind == "date" else to_time)(value)
    except PydanticCustomError:
        return None


def _display(value) -> str:
    return value.isoformat() if isinstance(value, date) else value.strftime("%H:%M")


def _compared(value: Any) -> str:
    """What a rule compares: the text (a free text in several languages: its French text)."""
    if isinstance(value, dict):
        value = value.get("fr")
    return "" if value is None else str(value).strip()


def check_rules(data: Any) -> list[tuple[tuple, str]]:
    """Apply CROSS_RULES to raw data; skip values that are missing or badly written."""
    problems = []
    for rule in CROSS_RULES:
        template = MESSAGES[rule["code"]]
        if rule["regle"] == "requis_si":
            items = get(data, (rule["liste"],))
            for index, item in enumerate(items if isinstance(items, list) else []):
                if not isinstance(item, dict) or item.get(rule["si"]) != rule["valeur"]:
                    continue
                if item.get(rule["champ"]) is None:  # an empty text: the model says it
                    problems.append(((rule["liste"], index, rule["champ"]), template))
            continue
        if rule["regle"] == "unique":
            items = get(data, (rule["liste"],))
            seen: dict[tuple, int] = {}
            for index, item in enumerate(items if isinstance(items, list) else []):
                if not isinstance(item, dict) or any(item.get(f) is None for f in rule["champs"]):
                    continue
                key = tuple(_compared(item[f]) for f in rule["champs"])
                if key in seen:
                    other = path_text((rule["liste"], seen[key]))
                    path = (rule["liste"], index, rule["champs"][0])
                    problems.append((path, template.format(valeur=value_text(key[0]), autre=other)))
                else:
                    seen[key] = index
            continue
        for path in _expand(rule["champ"], data):
            index = next((p for p in path if isinstance(p, int)), None)
            value = _comparable(path, data)
            refs = {
                k: _expand(rule[k], data, index)[0] for k in ("autre", "min", "max") if k in rule
            }
            others = {k: _comparable(p, data) for k, p in refs.items()}
            if value is None or None in others.values():
                continue
            if rule["regle"] == "entre" and others["min"] > others["max"]:
                continue  # the range itself is wrong: reported by its own rule
            broken = (
                (rule["regle"] == "pas_avant" and value < others["autre"])
                or (rule["regle"] == "apres" and value <= others["autre"])
                or (rule["regle"] == "entre" and not others["min"] <= value <= others["max"])
            )
            if broken:
                shown = {k: _display(v) for k, v in others.items()}
                problems.append(
                    (path, template.format(valeur=value_text(_display(value)), **shown))
                )
    return problems
