"""Meeting notes, activity by activity: typed on the phone, kept on the device, exported and
imported as a file, merged across the delegation's members, and put into the compte rendu
(`python -m guide.compte_rendu`, and its page in the browser).

The notes file is data, its shape defined once here (`SHAPE`, `MESSAGES`, `LIMITS`): the
browser interprets `contract()` with the same rules. Notes never enter the built site: the
pages carry the programme and this contract, never a note.

A file has the envelope of every file the guide exports (files.js: format, version, site,
address, date), then {"auteur": "…", "activites": {KEY: note}}, where KEY is an activity's
date and start (« 2027-03-02T09:30 », `activity_key`) and a note holds its title as typed
then, its texts (`TEXTS`) and its next steps (`NEXT_STEPS` rows).

Merge (`merge`), per activity and per field: a text kept once when both are equal or one
holds the other, else both, each under its author's line (« — Awa : »), never one lost; the
next steps of both, each row once; the title of the first that has one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .documents.languages import Language
from .documents.parts import the
from .french import slot_text
from .markup import render
from .mission import Mission
from .typography import french_text

FORMAT = "mission-exploratoire/notes"  # files.js's envelope: « mission-exploratoire/<kind> »
VERSION = 1
STORAGE_NAME = "notes"  # GuideStorage's name for this device's notes
KEY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"
# Control characters a typed text never holds (line breaks and tabs are kept).
FORBIDDEN = r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]"

# The texts of one activity's note: key, label on the page and in the compte rendu.
# {francais} and {partenaire} are the two authorities' names.
TEXTS = (
    ("presents", "Présents"),
    ("francais", "Ce qu'a dit {francais}"),
    ("partenaire", "Ce qu'a dit {partenaire}"),
    ("decisions", "Décisions"),
)
NEXT_STEPS = (("qui", "Qui"), ("quoi", "Quoi"), ("pour_quand", "Pour quand"))
LIMITS = {
    "file_bytes": 1_000_000,  # files.js's limit; a whole mission's notes are far smaller
    "activities": 300,
    "text": 20_000,  # characters (code points) of one text
    "short": 300,  # a title, an author, a cell of a next step
    "next_steps": 60,  # rows of one activity
}
# What each key holds: "text" (long), "short" (one line), "next_steps" (rows).
SHAPE = {
    "file": {
        "format": "short",
        "version": "integer",
        "site": "short",
        "address": "nullable",  # none from file://
        "exported": "short",
        "auteur": "short",
        "activites": "notes",
    },
    "note": {"intitule": "short", **{key: "text" for key, _ in TEXTS}, "suites": "next_steps"},
    "next_step": {key: "short" for key, _ in NEXT_STEPS},
}
REQUIRED = ("format", "version", "activites")
MESSAGES = {
    "not_json": "« {file} » n'est pas un fichier de notes lisible : un fichier JSON est attendu, "
    "exporté par le bouton « Exporter les notes ».",
    "too_big": "« {file} » est trop gros pour être un fichier de notes ({size} octets ; "
    "{max} au plus).",
    "not_notes": "« {file} » n'est pas un fichier de notes exporté par ce guide : il y manque "
    "« format : mission-exploratoire/notes ».",
    "version": "« {file} » a été exporté dans une autre version du format (version {found}) ; "
    "ce guide lit la version {version}.",
    "missing": "« {file} », {path} : la clé « {key} » manque.",
    "type": "« {file} », {path} : {expected} attendu, pas {found}.",
    "unknown": "« {file} », {path} : clé inconnue « {key} » ; clés possibles : {known}.",
    "key": "« {file} », activites : « {key} » ne désigne pas une activité (attendu : sa date "
    "et son heure de début, comme 2027-03-02T09:30).",
    "long": "« {file} », {path} : texte trop long ({length} caractères ; {max} au plus).",
    "many": "« {file} », {path} : trop d'éléments ({count} ; {max} au plus).",
    "character": "« {file} », {path} : caractère de contrôle U+{code} interdit (retirez-le).",
}
EXPECTED = {
    "object": "un objet { … }",
    "list": "une liste [ … ]",
    "text": "un texte",
    "integer": "un nombre entier",
}
# The name of what JSON holds, in French (the « pas … » of the type message).
FOUND = {
    "null": "rien (null)",
    "boolean": "vrai ou faux",
    "number": "un nombre",
    "text": "un texte",
    "list": "une liste",
    "object": "un objet",
}
# How a merged text marks who wrote each version.
AUTHOR_LINE = "— {author}\u00a0:"
THIS_DEVICE = "cet appareil"


# The messages in French typography, before the values go in (as the browser does it).
TYPESET = {name: french_text(text) for name, text in MESSAGES.items()}


def _message(name: str, **values) -> str:
    return TYPESET[name].format(**values)


def contract() -> dict:
    """The rules of a notes file, for the browser (notes.js interprets them)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "stockage": STORAGE_NAME,
        "cle": KEY_PATTERN,
        "interdit": FORBIDDEN,
        "forme": SHAPE,
        "requis": list(REQUIRED),
        "limites": LIMITS,
        "messages": TYPESET,
        "attendu": EXPECTED,
        "trouve": FOUND,
        "auteur": AUTHOR_LINE,
        "cet_appareil": THIS_DEVICE,
        "textes": [key for key, _ in TEXTS],
        "suites": [key for key, _ in NEXT_STEPS],
    }


# --- Checking a file -------------------------------------------------------------------------


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object"


def _path(parts: list) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _Checker:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[str] = []

    def say(self, name: str, **values) -> None:
        self.problems.append(_message(name, file=self.file, **values))

    def typed(self, value, expected: str, parts: list) -> bool:
        kind = _kind(value)
        ok = kind == expected or (
            expected == "integer" and kind == "number" and float(value).is_integer()
        )
        if not ok:
            self.say("type", path=_path(parts), expected=EXPECTED[expected], found=FOUND[kind])
        return ok

    def text(self, value, limit: str, parts: list) -> None:
        if not self.typed(value, "text", parts):
            return
        length = len(value)
        if length > LIMITS[limit]:
            self.say("long", path=_path(parts), length=length, max=LIMITS[limit])
        bad = re.search(FORBIDDEN, value)
        if bad:
            self.say("character", path=_path(parts), code=f"{ord(bad.group()):04X}")

    def many(self, value, limit: str, parts: list) -> None:
        if len(value) > LIMITS[limit]:
            self.say("many", path=_path(parts), count=len(value), max=LIMITS[limit])

    def object(self, value, shape: str, parts: list) -> None:
        """Each key of `value` checked against SHAPE[shape]."""
        known = SHAPE[shape]
        for key, item in value.items():
            where = [*parts, key]
            kind = known.get(key)
            if kind is None:
                self.say("unknown", path=_path(parts), key=key, known=", ".join(known))
            elif kind in ("text", "short"):
                self.text(item, kind, where)
            elif kind == "nullable":
                if item is not None:
                    self.text(item, "short", where)
            elif kind == "integer":
                self.typed(item, "integer", where)
            elif kind == "notes" and self.typed(item, "object", where):
                self.many(item, "activities", where)
                for name, note in item.items():
                    if not re.fullmatch(KEY_PATTERN, name):
                        self.say("key", key=name)
                    elif self.typed(note, "object", [*where, name]):
                        self.object(note, "note", [*where, name])
            elif kind == "next_steps" and self.typed(item, "list", where):
                self.many(item, "next_steps", where)
                for index, row in enumerate(item):
                    if self.typed(row, "object", [*where, index]):
                        self.object(row, "next_step", [*where, index])


def check(data: object, file: str) -> list[str]:
    """Every problem of a notes file's parsed JSON `data`, as French sentences (none: valid)."""
    checker = _Checker(file)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        checker.say("not_notes")
        return checker.problems
    version = data.get("version", VERSION)
    if isinstance(version, bool) or version != VERSION:
        shown = json.dumps(data["version"], ensure_ascii=False)
        checker.say("version", found=shown, version=VERSION)
        return checker.problems
    for key in REQUIRED:
        if key not in data:
            checker.say("missing", path="le fichier", key=key)
    checker.object(data, "file", [])
    return checker.problems


def read(raw: bytes, file: str) -> tuple[dict | None, list[str]]:
    """A notes file's bytes -> (its data, []) or (None, the problems)."""
    if len(raw) > LIMITS["file_bytes"]:
        return None, [_message("too_big", file=file, size=len(raw), max=LIMITS["file_bytes"])]
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None, [_message("not_json", file=file)]
    problems = check(data, file)
    return (None, problems) if problems else (data, [])


# --- Merging ---------------------------------------------------------------------------------


def _marked(text: str, author: str) -> str:
    """`text` under its author's line, unless it already begins with one."""
    if text.startswith(AUTHOR_LINE.split("{")[0]):
        return text
    return f"{AUTHOR_LINE.format(author=author)}\n{text}"


def merge_text(mine: str, theirs: str, my_author: str, their_author: str) -> tuple[str, bool]:
    """(the merged text, whether both versions were kept)."""
    if not theirs or theirs in mine:
        return mine, False
    if not mine or mine in theirs:
        return theirs, False
    both = f"{_marked(mine, my_author)}\n\n{_marked(theirs, their_author)}"
    return both, True


def merge(mine: dict, theirs: dict, my_author: str, their_author: str) -> tuple[dict, dict]:
    """`theirs` merged into `mine` (the activites of two files, neither changed): (the merged
    activites, a summary {"ajoutees": activities new here, "doubles": texts kept twice})."""
    merged = {key: dict(note) for key, note in mine.items()}
    added, doubled = 0, 0
    for key, note in theirs.items():
        if key not in merged:
            merged[key] = dict(note)
            added += 1
            continue
        own = merged[key]
        if not own.get("intitule") and note.get("intitule"):
            own["intitule"] = note["intitule"]
        for name, _ in TEXTS:
            text, both = merge_text(own.get(name, ""), note.get(name, ""), my_author, their_author)
            if text:
                own[name] = text
            doubled += both
        rows = list(own.get("suites", []))
        for row in note.get("suites", []):
            if row not in rows:
                rows.append(row)
        if rows:
            own["suites"] = rows
    return merged, {"ajoutees": added, "doubles": doubled}


def author(data: dict, file: str) -> str:
    """Who wrote a file's notes: its `auteur`, else its file name."""
    return (data.get("auteur") or "").strip() or file


# --- The activities of the programme ---------------------------------------------------------


@dataclass(frozen=True)
class Activity:
    key: str
    label: str  # « Mardi 2 mars 2027, 16 h 30 – 18 h, Présentation croisée… »
    title: str


def activity_key(day, start) -> str:
    return f"{day.isoformat()}T{start.strftime('%H:%M')}"


def activities(mission: Mission | None) -> list[Activity]:
    """The programme's activities in time order, each with its key and label."""
    if mission is None:
        return []
    words = Language("fr")
    found = []
    for entry in sorted(mission.programme, key=lambda e: (e.date, e.debut, e.fin)):
        title = words.text(entry.intitule)
        when = f"{words.day_title(entry.date)}, {slot_text(entry.debut, entry.fin)}"
        label = f"{when}, {title}"
        found.append(Activity(activity_key(entry.date, entry.debut), label, title))
    return found


def labels(mission: Mission | None) -> dict[str, str]:
    return {a.key: a.label for a in activities(mission)}


def note_label(key: str, note: dict, known: dict[str, str]) -> str:
    """An activity's label: the programme's, else the title the note was typed under."""
    title = note.get("intitule") or ""
    return known.get(key) or ", ".join(x for x in (key.replace("T", " "), title) if x)


def text_labels(mission: Mission | None) -> dict[str, str]:
    """The texts' labels, with the two authorities' names."""
    names = {
        "francais": the(mission.collectivite.nom) if mission else "la collectivité",
        "partenaire": the(mission.partenaire.nom) if mission else "le partenaire",
    }
    return {key: french_text(label, apostrophes=True).format(**names) for key, label in TEXTS}


# --- The page where notes are typed ----------------------------------------------------------


def anchor(key: str) -> str:
    """The id of an activity's notes on the notes page (« notes-2027-03-02T16h30 »)."""
    return "notes-" + key.replace(":", "h")


def notes_page(mission: Mission, instant) -> str:
    """The notes page's HTML (guide/templates/notes/page.html): one form per activity of the
    programme, and the data the script reads: the contract, the activities' labels and
    instants (`instant(day, clock)`: UTC milliseconds, from the mission's time zone), to name
    the activity under way first. No note here."""
    labels_of = text_labels(mission)
    words = Language("fr")
    days, moments = [], {}
    for entry in sorted(mission.programme, key=lambda e: (e.date, e.debut, e.fin)):
        if not days or days[-1]["date"] != entry.date:
            days.append(
                {"date": entry.date, "heading": words.day_title(entry.date), "activities": []}
            )
        key = activity_key(entry.date, entry.debut)
        moments[key] = [instant(entry.date, entry.debut), instant(entry.date, entry.fin)]
        days[-1]["activities"].append(
            {
                "key": key,
                "anchor": anchor(key),
                "title": words.text(entry.intitule),
                "hours": slot_text(entry.debut, entry.fin),
            }
        )
    data = {
        "contrat": contract(),
        "libelles": labels(mission),
        "moments": moments,
        "suites": [[k, label] for k, label in NEXT_STEPS],
        "site": mission.collectivite.nom,
    }
    return render(
        "notes/page.html",
        data=json.dumps(data, ensure_ascii=False),
        days=days,
        fields=[{"key": k, "label": labels_of[k]} for k, _ in TEXTS],
        short=LIMITS["short"],
    )


def report_panel(mission: Mission, notes_url: str) -> str:
    """The compte rendu page's notes panel (guide/templates/notes/report-panel.html)."""
    data = {"contrat": contract(), "libelles": labels(mission), "site": mission.collectivite.nom}
    return render(
        "notes/report-panel.html", data=json.dumps(data, ensure_ascii=False), notes_url=notes_url
    )


def report_slot_values(notes: dict | None, mission: Mission | None) -> dict[str, list]:
    """For the compte rendu: each text's items (« label :\n text »), activity by activity, in
    the programme's order, then the notes of activities no longer in it; and the next steps'
    rows under "suites"."""
    return slot_values(notes, labels(mission))


def slot_values(notes: dict | None, known: dict[str, str]) -> dict[str, list]:
    """`report_slot_values` with the activities' labels `known` (the page gives them to the
    browser, which does the same: notes-rules.js `reportValues`)."""
    if not notes:
        return {}
    order = [key for key in known if key in notes] + sorted(k for k in notes if k not in known)
    values: dict[str, list[str]] = {key: [] for key, _ in TEXTS}
    values["suites"] = []
    for key in order:
        note = notes[key]
        for name, _ in TEXTS:
            if (note.get(name) or "").strip():
                values[name].append(f"{note_label(key, note, known)}\u00a0:\n{note[name].strip()}")
        for row in note.get("suites", []):
            values["suites"].append([row.get(k, "") for k, _ in NEXT_STEPS])
    return values
