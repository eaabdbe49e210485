"""Validate mission.yml: the YAML reader (dialect.py), then the model (model.py) and the rules
(rules.py), every problem told with the messages of messages.py. The one entry point of the
build and of `make check`.
"""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from ..errors import GuideError, Problem
from ..french import french_date
from .dialect import read_yaml
from .messages import (
    FILE_NAME,
    MESSAGES,
    fold,
    full_message,
    path_text,
    problem_error,
    suggestion,
    value_text,
)
from .model import (
    FORMER_KEYS,
    LIMITS,
    TEXT_TAGS,
    Mission,
    document_locales,
    document_locales_by_name,
    expected,
    schema_at,
    stripped,
    time_zones,
    zones_by_city,
)
from .rules import check_rules

# pydantic error types -> our codes (the same codes as JSON Schema keywords, see contract()).
PYDANTIC_CODES = {
    "missing": "requis",
    "extra_forbidden": "cle_inconnue",
    "model_type": "objet",
    "model_attributes_type": "objet",
    "dict_type": "objet",
    "list_type": "liste",
    "too_short": "liste_vide",
    "too_long": "liste_trop_longue",
    "string_type": "texte",
    "string_too_short": "texte_vide",
    "string_too_long": "texte_trop_long",
    "literal_error": "choix",
    "bool_type": "booleen",
}


def _keys_at(path: tuple) -> list[str]:
    """The keys the object at `path` may have (a free text's: its languages)."""
    schema = schema_at(path)[0]
    return list(schema.get("x-traductions", schema).get("properties", {}))


def _pydantic_message(error: dict) -> tuple[tuple, str]:
    path = tuple(part for part in error["loc"] if part not in TEXT_TAGS)
    kind = error["type"]
    code = PYDANTIC_CODES.get(kind, kind if kind in MESSAGES else "invalide")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    text_checks = ("caractere_interdit", "texte_invisible", "une_ligne")
    if code in text_checks or (
        code not in PYDANTIC_CODES.values() and code not in ("date", "heure", "invalide")
    ):
        # The text as pydantic checked it (a format: url, montant…, as the browser shows it).
        value = stripped(value) if isinstance(value, str) else value
    fields: dict[str, Any] = {"valeur": value_text(value), "suggestion": ""}
    former = ".".join(str(part) for part in path if not isinstance(part, int))
    if code == "cle_inconnue" and former in FORMER_KEYS:
        code = "cle_ancienne"
        fields.update(cle=path[-1], remplacement=FORMER_KEYS[former])
    elif code == "cle_inconnue":
        known = _keys_at(path[:-1])
        fields.update(
            cle=path[-1], suggestion=suggestion(path[-1], known), possibles=", ".join(known)
        )
    elif code == "objet":
        schema = schema_at(path)[0]
        fields["possibles"] = ", ".join(schema.get("properties", {})) or schema.get("x-cles", "")
    elif code == "choix":
        choices = schema_at(path)[0].get("enum", [])
        fields.update(choix=", ".join(map(str, choices)), suggestion=suggestion(value, choices))
    elif code == "fuseau":
        # « Dakar » -> Africa/Dakar: a city's name gives its zone (data of the contract).
        same_city = zones_by_city().get(fold(value))
        fields["suggestion"] = suggestion(same_city or value, time_zones())
    elif code == "langue_document":
        # « portugais (Brésil) » -> pt-BR: a French name gives its tag (data of the contract).
        same_name = document_locales_by_name().get(fold(value))
        fields["suggestion"] = suggestion(same_name or value, document_locales())
    elif code == "texte_trop_long":
        fields.update(max=ctx.get("max_length", ""), nombre=len(stripped(str(value))))
    elif code in (
        "caractere_interdit",
        "logo_trop_gros",
        "logo_svg",
        "logo_svg_illisible",
        "modele_word_trop_gros",
        "date_hors_bornes",
    ):
        fields.update(ctx)
    elif code in ("liste_vide", "liste_trop_longue"):
        fields.update(min=ctx.get("min_length", 1), max=ctx.get("max_length", ""))
        fields["nombre"] = ctx.get("actual_length", "")
    fields["attendu"] = expected(path)
    return path, MESSAGES[code].format(**fields)


def _local_time(day: date, clock: time, zone: ZoneInfo) -> str | None:
    """None when `clock` happens exactly once on `day` in `zone`; else the problem's code."""
    first = datetime.combine(day, clock, zone)
    second = first.replace(fold=1)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != first.replace(tzinfo=None):
        return "heure_inexistante"  # skipped by the clocks (spring forward)
    if first.utcoffset() != second.utcoffset():
        return "heure_ambigue"  # happens twice (fall back)
    return None


def _next_good_time(day: date, clock: time, zone: ZoneInfo) -> str:
    """The first quarter hour after `clock` that happens once: what to suggest."""
    moment = datetime.combine(day, clock)
    for _ in range(4 * 24):
        moment += timedelta(minutes=15 - moment.minute % 15)
        if moment.date() != day:
            break
        if _local_time(day, moment.time(), zone) is None:
            return f"{moment:%H:%M}"
    return "12:00"


def local_time_problems(mission: Mission) -> list[tuple[tuple, str]]:
    """Times of the programme that do not exist, or exist twice, in the mission's time zone
    (a daylight-saving change): a calendar would move them silently. Checked at build only."""
    zone = ZoneInfo(mission.mission.fuseau_horaire)
    problems = []
    for index, entry in enumerate(mission.programme):
        for key in ("debut", "fin"):
            clock = getattr(entry, key)
            code = _local_time(entry.date, clock, zone)
            if code:
                text = MESSAGES[code].format(
                    valeur=value_text(f"{clock:%H:%M}"),
                    jour=french_date(entry.date),
                    fuseau=mission.mission.fuseau_horaire,
                    proposition=_next_good_time(entry.date, clock, zone),
                )
                problems.append((("programme", index, key), text))
    return problems


def validate(
    data: Any,
    lines: dict[tuple, int] | None = None,
    name: str = FILE_NAME,
    docs_dir: Path | None = None,
    tasks: dict | None = None,
) -> Mission:
    """Validate parsed data; return the Mission or raise GuideError with every problem.

    `tasks`: the guide's tasks as rules.py reads them (None: the rules on tasks are skipped)."""
    lines = lines or {}
    if not isinstance(data, dict):
        message = MESSAGES["racine"].format(valeur=value_text(data))
        raise problem_error(name, [(None, (), f"{name} : {message}")])
    problems: list[tuple[tuple, str]] = []
    mission = None
    try:
        mission = Mission.model_validate(data, context={"docs_dir": docs_dir})
    except ValidationError as error:
        problems += [_pydantic_message(e) for e in error.errors(include_url=False)]
    problems += check_rules(data, tasks)
    if mission is not None:
        problems += local_time_problems(mission)
    if problems:

        def line_of(path: tuple) -> int | None:
            while path and path not in lines:
                path = path[:-1]
            return lines.get(path)

        located = sorted(
            ((line_of(path) or 0, path_text(path), path, text) for path, text in problems),
            key=lambda item: item[:2],
        )
        raise problem_error(
            name,
            [
                (line or None, path, full_message(name, line, path, text))
                for line, _, path, text in located
            ],
        )
    if mission is None:  # unreachable: pydantic failed, so there were problems
        raise problem_error(name, [])
    return mission


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, once its kind and size are known: a folder, a pipe or a device
    (/dev/zero) is refused before it is opened, a huge file before it is read whole. The
    exact limit is the reader's, on the text (a Windows line end counts as one byte there):
    twice the limit in bytes is more than any file within it."""

    def refused(code: str, **fields) -> GuideError:
        message = MESSAGES[code].format(**fields)
        return problem_error(path.name, [(None, (), f"{path.name} : {message}")])

    limit = 2 * LIMITS["fichier_octets"]
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise refused("fichier_special", valeur=path)
        if info.st_size > limit:
            raise refused("fichier_trop_gros", nombre=info.st_size, max=LIMITS["fichier_octets"])
        with path.open("rb") as file:
            raw = file.read(limit + 1)  # a file that grew since
    except FileNotFoundError:
        raise refused("fichier_introuvable", valeur=path) from None
    except OSError as error:
        raise refused("fichier_illisible", valeur=path, detail=error.strerror) from None
    if len(raw) > limit:
        raise refused("fichier_trop_gros", nombre=len(raw), max=LIMITS["fichier_octets"])
    return raw


def load_mission(path: Path, docs_dir: Path | None = None, tasks: dict | None = None) -> Mission:
    """Return the validated mission of `path`, or raise GuideError listing every problem.

    `docs_dir` (default: docs/ beside the file) is where site.logo must exist.
    """
    path = Path(path)
    raw = _read_bounded(path)
    # A byte that is not UTF-8 becomes U+FFFD, as in the browser (File.text()): the reader
    # then names its line and column.
    data, lines = read_yaml(raw.decode("utf-8", "replace"), path.name)
    return validate(data, lines, path.name, docs_dir or path.parent / "docs", tasks)


def check_text(
    text: str, name: str = FILE_NAME, docs_dir: Path | None = None, tasks: dict | None = None
) -> list[Problem]:
    """Every problem of a mission.yml text ([] when it is valid); what the browser's checker
    returns for the same text (docs_dir None: the logo's file is not looked for)."""
    try:
        data, lines = read_yaml(text, name)
        validate(data, lines, name, docs_dir, tasks)
    except GuideError as error:
        return error.problems
    return []
