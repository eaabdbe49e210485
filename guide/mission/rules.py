"""Rules that compare several values of mission.yml (dates within the mission, end after start,
no activity twice). They are data (`CROSS_RULES`), exported with the contract and applied by
`check_rules` here and by the same-named function of the browser's checker.

The rules on tasks (`taches`) need the guide's tasks, which the pages define: `check_rules`
gets them as data (`tasks`: ID -> {"partie", "avant_depart", "apres_seance"}, see
guide/planning.py `task_catalogue`), and the contract carries the same table for the browser.
Without it (a file checked on its own) those rules are skipped.

Paths: "programme[].fin" = the key fin of each activity; in the same rule, "programme[]."
refers to the same activity. Values are compared as dates or times (the key's x-format).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Any

from pydantic_core import PydanticCustomError

from ..french import euros
from .messages import MESSAGES, path_text, suggestion, value_text
from .model import (
    AMOUNT_PATTERN,
    DATE_PATTERN,
    RELATIVE_DEADLINE_PATTERN,
    SUBSIDY_THRESHOLD,
    schema_at,
    to_date,
    to_time,
)

# What J, R and S of a deadline (J-45) count from.
DEADLINE_ANCHORS = {"J": "mission.debut", "R": "mission.fin", "S": "mission.seance_conseil"}

# Who may vote the mandat spécial, by collectivite.type: the assembly, or by its delegation
# the commission permanente (départements L3211-2, régions L4221-5) or the bureau (EPCI L5211-10).
VOTE_BODIES_BY_TYPE = {
    "commune": ["assemblee"],
    "intercommunalite": ["assemblee", "bureau"],
    "departement": ["assemblee", "commission_permanente"],
    "region": ["assemblee", "commission_permanente"],
}

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
        "code": "seance_apres_depart",
        "regle": "avant",
        "champ": "mission.seance_conseil",
        "autre": "mission.debut",
    },
    {"code": "tache_inconnue", "regle": "tache_connue", "table": "taches"},
    {
        "code": "echeance_apres_depart",
        "regle": "echeance",
        "table": "taches",
        "champ": "echeance",
        "si": "avant_depart",
        "max": "mission.debut",
    },
    {
        "code": "echeance_avant_seance",
        "regle": "echeance",
        "table": "taches",
        "champ": "echeance",
        "si": "apres_seance",
        "min": "mission.seance_conseil",
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
    {
        "code": "financeur_manquant",
        "regle": "requis_si",
        "liste": "convention.actions",
        "champ": "financeur",
        "si": "pris_en_charge_par",
        "valeur": "autre",
    },
    {
        # No convention with a foreign State (CGCT L1115-5).
        "code": "convention_avec_un_etat",
        "regle": "interdit_avec",
        "champ": "partenaire.statut",
        "valeur": "etat",
        "avec": "convention",
    },
    {
        # A subsidy over 23,000 € to a foreign body needs a convention.
        "code": "subvention_sans_convention",
        "regle": "plafond_sans",
        "liste": "budget",
        "si": "subvention",
        "champ": "montant",
        "max": SUBSIDY_THRESHOLD,
        "max_texte": euros(SUBSIDY_THRESHOLD),
        "sans": "convention",
    },
    {
        # A follow-up comes after the return.
        "code": "suite_avant_retour",
        "regle": "echeance_liste",
        "liste": "suites",
        "champ": "pour_quand",
        "min": "mission.fin",
    },
    {
        "code": "vote_par_selon_type",
        "regle": "permis_selon",
        "champ": "mission.vote_par",
        "selon": "collectivite.type",
        "valeurs": VOTE_BODIES_BY_TYPE,
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


def _date_at(dotted: str, data: Any) -> date | None:
    try:
        return to_date(get(data, tuple(dotted.split("."))))
    except PydanticCustomError:
        return None


def resolve_deadline(value: Any, data: Any) -> date | None:
    """The date of a deadline (J-45, R+30, S-7 or 2027-01-15) for the mission `data` (raw or
    dumped); None when it is badly written or counts from a date the mission lacks."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    relative = re.fullmatch(RELATIVE_DEADLINE_PATTERN, value)
    if relative:
        anchor = _date_at(DEADLINE_ANCHORS[relative.group(1)], data)
        if anchor is None:
            return None
        days = int(relative.group(3)) * (1 if relative.group(2) == "+" else -1)
        try:
            return anchor + timedelta(days=days)
        except OverflowError:  # before year 1 or after 9999
            return None
    if re.fullmatch(DATE_PATTERN, value):
        try:
            return to_date(value)
        except PydanticCustomError:
            return None
    return None


def _task_rule(rule: dict, data: Any, tasks: dict) -> list[tuple[tuple, str]]:
    """The rules on `taches` by task ID: known IDs, deadlines on the right side of a date."""
    table = get(data, (rule["table"],))
    if not isinstance(table, dict):
        return []
    template = MESSAGES[rule["code"]]
    problems = []
    for task_id, settings in table.items():
        if rule["regle"] == "tache_connue":
            if task_id not in tasks:
                found = suggestion(task_id, list(tasks))
                problems.append(
                    ((rule["table"], task_id), template.format(cle=task_id, suggestion=found))
                )
            continue
        task = tasks.get(task_id)
        if not task or not task.get(rule["si"]) or not isinstance(settings, dict):
            continue
        raw = settings.get(rule["champ"])
        deadline = resolve_deadline(raw, data)
        bound_name = "max" if "max" in rule else "min"
        bound = _date_at(rule[bound_name], data)
        if deadline is None or bound is None:
            continue
        if (bound_name == "max" and deadline > bound) or (bound_name == "min" and deadline < bound):
            message = template.format(
                valeur=value_text(raw.strip()),
                date=deadline.isoformat(),
                borne=bound.isoformat(),
                partie=task.get("partie", ""),
            )
            problems.append(((rule["table"], task_id, rule["champ"]), message))
    return problems


def _ceiling(rule: dict, item: Any, path: tuple, data: Any) -> list[tuple[tuple, str]]:
    """An item marked `si` (true) whose amount is over `max`, in a mission without `sans`."""
    if not isinstance(item, dict) or item.get(rule["si"]) is not True:
        return []
    raw = item.get(rule["champ"])
    if get(data, tuple(rule["sans"].split("."))) is not None:
        return []
    if not isinstance(raw, str) or not re.fullmatch(AMOUNT_PATTERN, raw.strip()):
        return []  # a missing or badly written amount: the model says it
    if float(raw.strip().replace(",", ".")) <= rule["max"]:
        return []
    message = MESSAGES[rule["code"]].format(valeur=value_text(raw.strip()), max=rule["max_texte"])
    return [((*path, rule["champ"]), message)]


def _compared(value: Any) -> str:
    """What a rule compares: the text (a free text in several languages: its French text)."""
    if isinstance(value, dict):
        value = value.get("fr")
    return "" if value is None else str(value).strip()


def _unique_key(path: tuple, data: Any) -> str:
    """What the rule « unique » compares: a date or a time as what it means (« 9:00 » is
    « 09:00 »), a text in NFC (an accent typed composed or decomposed is one text), as the
    calendar's UIDs do."""
    if schema_at(path)[0].get("x-format") in ("date", "heure"):
        moment = _comparable(path, data)
        if moment is not None:
            return _display(moment)
    return unicodedata.normalize("NFC", _compared(get(data, path)))


def check_rules(data: Any, tasks: dict | None = None) -> list[tuple[tuple, str]]:
    """Apply CROSS_RULES to raw data; skip values that are missing or badly written.

    `tasks`: the guide's tasks (see the module's docstring); None skips the rules on tasks."""
    problems = []
    for rule in CROSS_RULES:
        template = MESSAGES[rule["code"]]
        if rule["regle"] in ("tache_connue", "echeance"):
            if tasks is not None:
                problems += _task_rule(rule, data, tasks)
            continue
        if rule["regle"] in ("requis_si", "plafond_sans"):
            listed = tuple(rule["liste"].split("."))
            items = get(data, listed)
            for index, item in enumerate(items if isinstance(items, list) else []):
                if rule["regle"] == "plafond_sans":
                    problems += _ceiling(rule, item, (*listed, index), data)
                    continue
                if not isinstance(item, dict) or item.get(rule["si"]) != rule["valeur"]:
                    continue
                if item.get(rule["champ"]) is None:  # an empty text: the model says it
                    problems.append(((*listed, index, rule["champ"]), template))
            continue
        if rule["regle"] == "echeance_liste":
            items = get(data, (rule["liste"],))
            bound = _date_at(rule["min"], data)
            for index, item in enumerate(items if isinstance(items, list) else []):
                raw = item.get(rule["champ"]) if isinstance(item, dict) else None
                deadline = resolve_deadline(raw, data)
                if deadline is None or bound is None or deadline >= bound:
                    continue
                message = template.format(
                    valeur=value_text(raw.strip()),
                    date=deadline.isoformat(),
                    borne=bound.isoformat(),
                )
                problems.append(((rule["liste"], index, rule["champ"]), message))
            continue
        if rule["regle"] == "interdit_avec":
            value = get(data, tuple(rule["champ"].split(".")))
            if value == rule["valeur"] and get(data, tuple(rule["avec"].split("."))) is not None:
                problems.append((tuple(rule["champ"].split(".")), template))
            continue
        if rule["regle"] == "permis_selon":
            value = get(data, tuple(rule["champ"].split(".")))
            kind = get(data, tuple(rule["selon"].split(".")))
            allowed = rule["valeurs"].get(kind) if isinstance(kind, str) else None
            if isinstance(value, str) and allowed is not None and value not in allowed:
                problems.append(
                    (
                        tuple(rule["champ"].split(".")),
                        template.format(
                            valeur=value_text(value), selon=kind, permis=", ".join(allowed)
                        ),
                    )
                )
            continue
        if rule["regle"] == "unique":
            items = get(data, (rule["liste"],))
            seen: dict[tuple, int] = {}
            for index, item in enumerate(items if isinstance(items, list) else []):
                if not isinstance(item, dict) or any(item.get(f) is None for f in rule["champs"]):
                    continue
                key = tuple(_unique_key((rule["liste"], index, f), data) for f in rule["champs"])
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
                or (rule["regle"] == "avant" and value >= others["autre"])
                or (rule["regle"] == "apres" and value <= others["autre"])
                or (rule["regle"] == "entre" and not others["min"] <= value <= others["max"])
            )
            if broken:
                shown = {k: _display(v) for k, v in others.items()}
                problems.append(
                    (path, template.format(valeur=value_text(_display(value)), **shown))
                )
    return problems
