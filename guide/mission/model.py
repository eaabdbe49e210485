"""The keys of mission.yml: shape, allowed values (with their French labels), what each key
expects (its `description`, the « attendu » of messages) and how the online form labels it.

A key is one field here. Its description, form label (`x-libelle`) and, for a fixed list of
values, their labels (`x-libelles`) travel with the JSON Schema in the contract, so the build,
the adapter page's key table, the documents and the browser's form all read them from here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from ..french import french_period
from .messages import MESSAGES, fold

# --- Formats of texts (exported: the browser checks the same patterns) -----------------------

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
URL_PATTERN = r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LOGO_PATTERN = r"^[^\s\\:]+\.(svg|png|jpg|jpeg|webp)$"
# An e-mail address, or a web address (the accessibility contact: site.contact_accessibilite).
CONTACT_PATTERN = (
    r"^([^\s@<>()\[\]\\,;:\"]+@[^\s@<>()\[\]\\,;:\"]+\.[a-zA-Z]{2,}"
    r"|https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?)$"
)

# --- Fixed lists of values: value -> French label, each written once -------------------------

COLLECTIVITE_TYPES = {
    "commune": "Commune",
    "intercommunalite": "Intercommunalité",
    "departement": "Département",
    "region": "Région",
}
MEMBER_KINDS = {"elu": "Élu·e", "agent": "Agent·e", "autre": "Autre"}
ENTRY_TYPES = {
    "rencontre": "Rencontre",
    "visite_de_courtoisie": "Visite de courtoisie",
    "reunion_de_travail": "Réunion de travail",
    "visite_de_terrain": "Visite de terrain",
    "deplacement": "Déplacement",
    "temps_libre": "Temps libre",
    "autre": "Autre",
}
# Material for MkDocs' primary colours (as written in mkdocs.yml; the label is the value) that
# pass axe's AA contrast on every page in light and dark mode: header text, links, buttons
# (tests/content/test_colours.py). The others (red, teal, orange, black…) give 2 to 4:1 in the
# header or in links, whatever the text colour on them: not offered.
MATERIAL_COLOURS = {
    name: name for name in ("indigo", "deep purple", "purple", "blue grey", "brown", "grey")
}


@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zone names known to this Python (tzdata is pinned)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


@cache
def zones_by_city() -> dict[str, str]:
    """Folded city name -> its time zone ("dakar" -> "Africa/Dakar"), for suggestions."""
    zones: dict[str, str] = {}
    for zone in time_zones():
        zones.setdefault(fold(zone.rsplit("/", 1)[-1]), zone)
    return zones


# --- Value types ----------------------------------------------------------------------------


def format_error(code: str):
    return PydanticCustomError(code, MESSAGES[code].split(" ;")[0])


def to_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and re.fullmatch(DATE_PATTERN, value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise format_error("date")


def to_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, str) and re.fullmatch(TIME_PATTERN, value.strip()):
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    raise format_error("heure")


def _matching(code: str, pattern: str):
    def check(value: str) -> str:
        if not re.fullmatch(pattern, value):
            raise format_error(code)
        return value

    return check


def _time_zone(value: str) -> str:
    if value not in time_zones():
        raise format_error("fuseau")
    return value


def _logo(value: str, info: ValidationInfo) -> str:
    if not re.fullmatch(LOGO_PATTERN, value, re.IGNORECASE) or ".." in value.split("/"):
        raise format_error("logo_format")
    docs_dir = (info.context or {}).get("docs_dir")
    if docs_dir is not None and not (Path(docs_dir) / value).is_file():
        raise format_error("logo_introuvable")
    return value


def _schema(**schema) -> WithJsonSchema:
    """The key's JSON Schema as the browser checks it (a text type keeps its minLength)."""
    return WithJsonSchema(schema)


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
IsoDate = Annotated[
    date,
    BeforeValidator(to_date),
    _schema(type="string", format="date", pattern=DATE_PATTERN, **{"x-format": "date"}),
]
ClockTime = Annotated[
    time,
    BeforeValidator(to_time),
    _schema(type="string", pattern=TIME_PATTERN, **{"x-format": "heure"}),
]
Url = Annotated[
    Text,
    AfterValidator(_matching("url", URL_PATTERN)),
    _schema(type="string", minLength=1, pattern=URL_PATTERN, **{"x-format": "url"}),
]
TimeZone = Annotated[
    Text, AfterValidator(_time_zone), _schema(type="string", minLength=1, **{"x-format": "fuseau"})
]
Identifier = Annotated[
    Text,
    AfterValidator(_matching("identifiant", ID_PATTERN)),
    _schema(type="string", minLength=1, pattern=ID_PATTERN, **{"x-format": "identifiant"}),
]
Contact = Annotated[
    Text,
    AfterValidator(_matching("contact", CONTACT_PATTERN)),
    _schema(type="string", minLength=1, pattern=CONTACT_PATTERN, **{"x-format": "contact"}),
]
LogoPath = Annotated[
    Text,
    AfterValidator(_logo),
    _schema(type="string", minLength=1, pattern=LOGO_PATTERN, **{"x-format": "logo"}),
]


def Key(description: str, label: str | None = None, choices: dict | None = None, **options):  # noqa: N802
    """A key of mission.yml: what it expects, how the form labels it, its values' labels."""
    extra: dict[str, Any] = {}
    if label:
        extra["x-libelle"] = label
    if choices:
        extra["x-libelles"] = choices
    return Field(description=description, json_schema_extra=extra or None, **options)


def Choice(choices: dict):  # noqa: N802
    """The type of a key whose value is one of `choices` (a value -> label table)."""
    return Literal[tuple(choices)]  # type: ignore[valid-type]


# --- The model: the keys of mission.yml -----------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Collectivite(_Model):
    nom: Text = Key(
        "le nom de la collectivité, par exemple « Commune de … » ou « Département de … »",
        "Nom de la collectivité française",
    )
    type: Choice(COLLECTIVITE_TYPES) = Key(
        "le type de collectivité : commune, intercommunalite, departement ou region",
        "Type de la collectivité française",
        COLLECTIVITE_TYPES,
    )
    departement: Text | None = Key(
        "le département, par exemple « Drôme »",
        "Département de la collectivité française",
        default=None,
    )
    region: Text | None = Key(
        "la région, par exemple « Auvergne-Rhône-Alpes »",
        "Région de la collectivité française",
        default=None,
    )
    site_web: Url | None = Key(
        "l'adresse du site web, par exemple https://www.exemple.fr",
        "Site web de la collectivité française",
        default=None,
    )


class Partenaire(_Model):
    nom: Text = Key("le nom de la collectivité partenaire", "Nom de la collectivité partenaire")
    pays: Text = Key(
        "le pays du partenaire, par exemple « Sénégal »", "Pays de la collectivité partenaire"
    )
    region: Text | None = Key(
        "la région du partenaire", "Région de la collectivité partenaire", default=None
    )
    langue: Text | None = Key(
        "la langue de travail de la mission", "Langue de travail de la mission", default=None
    )
    # Its executive has a local title that only the authority knows.
    executif: Text | None = Key(
        "le titre de l'exécutif de la collectivité partenaire, avec son article, par exemple "
        "« le maire », « le gouverneur » ou « le président du conseil de district »",
        "Exécutif de la collectivité partenaire (par exemple « le maire »)",
        default=None,
    )


class Dates(_Model):
    debut: IsoDate = Key(
        "la date du premier jour, par exemple 2027-03-02", "Dates : premier jour de la mission"
    )
    fin: IsoDate = Key(
        "la date du dernier jour, par exemple 2027-03-06", "Dates : dernier jour de la mission"
    )
    fuseau_horaire: TimeZone = Key(
        "le fuseau horaire du lieu de la mission, par exemple Africa/Dakar",
        "Heures indiquées : fuseau horaire (Continent/Ville)",
    )
    lieu: Text | None = Key("le lieu principal de la mission", "Lieu de la mission", default=None)


class Membre(_Model):
    nom: Text = Key("le prénom et le nom de la personne", "Nom")
    fonction: Text = Key(
        "sa fonction, par exemple « Adjointe au maire chargée des relations internationales »",
        "Fonction",
    )
    qualite: Choice(MEMBER_KINDS) = Key("elu, agent ou autre", "Qualité", MEMBER_KINDS)
    role: Text = Key(
        "ce que la personne présente ou anime pendant la mission", "Rôle pendant la mission"
    )


class Activite(_Model):
    id: Identifier | None = Key(
        "un identifiant fixe de l'activité, par exemple visite-du-marche",
        "Identifiant fixe de l'activité (facultatif)",
        default=None,
    )
    date: IsoDate = Key("le jour de l'activité, par exemple 2027-03-02", "Date")
    debut: ClockTime = Key('l\'heure de début, par exemple "09:00"', "Horaire : heure de début")
    fin: ClockTime = Key('l\'heure de fin, par exemple "10:30"', "Horaire : heure de fin")
    type: Choice(ENTRY_TYPES) = Key(
        "le type d'activité : " + ", ".join(ENTRY_TYPES), "Type", ENTRY_TYPES
    )
    intitule: Text = Key("l'intitulé de l'activité", "Intitulé de l'activité")
    lieu: Text | None = Key("le lieu de l'activité", "Lieu", default=None)
    participants: list[Text] | None = Key(
        "les participants, un par ligne", "Participants (un par ligne)", default=None
    )


class Responsabilites(_Model):
    collectivite: list[Text] = Key("ce que prend en charge la collectivité française", min_length=1)
    partenaire: list[Text] = Key("ce que prend en charge le partenaire", min_length=1)


class Site(_Model):
    titre: Text | None = Key("le titre du site", "Titre du site", default=None)
    logo: LogoPath | None = Key(
        "le chemin d'une image placée dans docs/, par exemple assets/logo.svg",
        "Logo du site (chemin d'une image placée dans docs/)",
        default=None,
    )
    couleur: Choice(MATERIAL_COLOURS) | None = Key(
        "la couleur principale du site, par exemple indigo",
        "Couleur principale du site",
        default=None,
    )
    contact_accessibilite: Contact | None = Key(
        "l'adresse électronique ou la page web où signaler un problème d'accessibilité du "
        "guide, par exemple accessibilite@exemple.fr",
        "Contact pour l’accessibilité (adresse électronique ou web)",
        default=None,
    )


class Rencontres(_Model):
    personnes: list[Text] | None = Key("les personnes à rencontrer sur place", default=None)
    institutions: list[Text] | None = Key(
        "les institutions à rencontrer dans le pays partenaire", default=None
    )


class Mission(_Model):
    """The validated content of mission.yml."""

    site: Site | None = Key("les réglages du site (titre, logo, couleur, contact)", default=None)
    collectivite: Collectivite = Key("la collectivité française (nom, type…)")
    partenaire: Partenaire = Key("la collectivité partenaire (nom, pays…)")
    mission: Dates = Key("les dates et le lieu de la mission")
    delegation: list[Membre] = Key(
        "les membres de la délégation (1 à 12 personnes)", min_length=1, max_length=12
    )
    objectifs: list[Text] = Key("les objectifs de la mission, un par ligne", min_length=1)
    resultats_attendus: list[Text] = Key("les résultats attendus, un par ligne", min_length=1)
    programme: list[Activite] = Key(
        "les activités du programme (date, heures, type, intitulé…)", min_length=1
    )
    responsabilites: Responsabilites = Key(
        "les responsabilités de chaque collectivité (collectivite, partenaire)"
    )
    rencontres: Rencontres | None = Key(
        "les autres personnes et institutions à rencontrer", default=None
    )

    @property
    def period(self) -> str:
        """The mission's dates in French: "du 2 au 6 mars 2027"."""
        return french_period(self.mission.debut, self.mission.fin)

    @property
    def site_title(self) -> str:
        """The site's title: site.titre, or one built from the authority and its partner."""
        if self.site and self.site.titre:
            return self.site.titre
        # No "de"/"auprès de" before the names: "de Département de l'Aube" would not read well.
        return f"Mission exploratoire : {self.collectivite.nom} – {self.partenaire.nom}"


# --- The model's JSON Schema, and what it says of a key ---------------------------------------


@cache
def json_schema() -> dict:
    """JSON Schema of mission.yml, from the model (descriptions and labels in French)."""
    return Mission.model_json_schema(ref_template="#/$defs/{model}")


def resolve_schema(schema: dict, root: dict) -> dict:
    """`schema` with its `$ref` and optional wrapper (`anyOf: [X, null]`) replaced by what they
    stand for; the key's own words (its description) are kept. The browser does the same."""
    while True:
        if "$ref" in schema:
            schema = {**root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], **schema}
            del schema["$ref"]
        elif "anyOf" in schema:  # optional key: X | None
            inner = next(s for s in schema["anyOf"] if s.get("type") != "null")
            schema = {**inner, **{k: v for k, v in schema.items() if k != "anyOf"}}
        else:
            return schema


def schema_at(path: tuple) -> tuple[dict, dict]:
    """(schema of the key at `path`, schema of the object holding it) in json_schema()."""
    root = json_schema()
    schema, parent = root, {}
    for part in path:
        schema = resolve_schema(schema, root)
        if isinstance(part, int):
            parent, schema = schema, schema.get("items", {})
        else:
            parent, schema = schema, schema.get("properties", {}).get(part, {})
    return resolve_schema(schema, root), resolve_schema(parent, root)


def expected(path: tuple) -> str:
    """What the key at `path` expects (its description; a list item: its list's)."""
    schema, parent = schema_at(path)
    if "description" in schema:
        return schema["description"]
    if path and isinstance(path[-1], int):
        return schema_at(path[:-1])[0].get("description", "une valeur")
    return parent.get("description", "une valeur")


def _key_path(dotted: str) -> tuple:
    """ "programme.debut" -> ("programme", 0, "debut"): a list's items stand for all of them."""
    root, schema, path = json_schema(), json_schema(), ()
    for part in dotted.split("."):
        schema = resolve_schema(schema, root)
        if schema.get("type") == "array":
            path, schema = (*path, 0), resolve_schema(schema.get("items", {}), root)
        path, schema = (*path, part), schema.get("properties", {}).get(part, {})
    return path


def label(dotted: str) -> str:
    """The form's label of a key given as "collectivite.nom" or "programme.debut"."""
    return schema_at(_key_path(dotted))[0].get("x-libelle", "")


def choice_label(dotted: str, value: str) -> str:
    """The French label of a fixed value: choice_label("programme.type", "rencontre")."""
    return schema_at(_key_path(dotted))[0].get("x-libelles", {}).get(value, value)
