"""The terms of reference without MkDocs: one document structure, its HTML, .docx and .ics."""

import io
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from docx import Document as read_docx
from icalendar import Calendar
from support import PROJECT_ROOT

from guide.documents.docx import to_docx
from guide.documents.html import to_html
from guide.documents.ics import event_uid, to_ics
from guide.documents.model import Heading, Table
from guide.documents.terms import BLANK_DAYS, BLANK_PROGRAMME_ROWS, build_terms
from guide.mission import load_mission

HOSTILE = (
    "<script>alert(\"x\")</script> & 'l’apostrophe' 😀 Dürüm été {{ config }} {% if %} *a* [b](c)"
)


@pytest.fixture(scope="module")
def mission():
    return load_mission(PROJECT_ROOT / "mission.yml")


def hostile_mission(mission):
    """The example with hostile text in every kind of place."""
    entries = list(mission.programme)
    entries[0] = entries[0].model_copy(
        update={"intitule": HOSTILE, "lieu": HOSTILE, "participants": [HOSTILE]}
    )
    members = list(mission.delegation)
    members[0] = members[0].model_copy(update={"role": HOSTILE, "nom": HOSTILE})
    return mission.model_copy(
        update={
            "collectivite": mission.collectivite.model_copy(update={"nom": HOSTILE}),
            "objectifs": [HOSTILE],
            "programme": entries,
            "delegation": members,
        }
    )


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def visible(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts)), parser.tags


def headings(document, level):
    return [b.text for b in document.blocks if isinstance(b, Heading) and b.level == level]


def test_filled_terms_have_every_section_of_the_seed_in_order(mission):
    document = build_terms(mission)
    assert headings(document, 2) == [
        "1. Contexte",
        "2. Objectifs de la mission",
        "3. Résultats attendus",
        "4. Programme",
        "5. Responsabilités de chaque collectivité",
        "6. La délégation et le rôle de chacun",
        "7. Signatures",
    ]
    text, _ = visible(to_html(document))
    for value in [
        "Commune de Val-Fleuri",
        "Commune de Kéra-Sobo",
        "Sénégal",
        "du 2 au 6 mars 2027",
        "heure locale (Sénégal)",
        mission.objectifs[0],
        mission.resultats_attendus[-1],
        mission.responsabilites.partenaire[0],
        "Adjointe au maire chargée des relations internationales",
        "Présente le projet d'échanges entre écoles.",
        "Pour la collectivité partenaire",
    ]:
        assert value in text, value


def test_programme_is_one_table_per_day_sorted_by_time(mission):
    shuffled = mission.model_copy(update={"programme": list(reversed(mission.programme))})
    document = build_terms(shuffled)
    assert headings(document, 3)[:5] == [
        "Mardi 2 mars 2027",
        "Mercredi 3 mars 2027",
        "Jeudi 4 mars 2027",
        "Vendredi 5 mars 2027",
        "Samedi 6 mars 2027",
    ]
    tables = [b for b in document.blocks if isinstance(b, Table) and b.path == "programme"]
    assert [c.label for c in tables[0].columns] == [
        "Horaire",
        "Activité",
        "Type",
        "Lieu",
        "Participants",
    ]
    first_day = tables[0].rows
    assert [row[0] for row in first_day] == [
        "8\u00a0h\u00a030 – 12\u00a0h\u00a030",
        "15\u00a0h – 16\u00a0h",
        "16\u00a0h\u00a030 – 18\u00a0h",
    ]
    assert first_day[1][1:4] == [
        "Accueil par le maire de Kéra-Sobo",
        "Visite de courtoisie",
        "Hôtel de ville de Kéra-Sobo",
    ]
    assert sum(len(t.rows) for t in tables) == len(mission.programme)


def test_blank_template_has_the_same_sections_and_no_data(mission):
    filled, blank = build_terms(mission), build_terms(None)
    assert headings(blank, 2) == headings(filled, 2)
    tables = [b for b in blank.blocks if isinstance(b, Table)]
    assert [t.path for t in tables] == ["programme"] * BLANK_DAYS + ["budget", "delegation"]
    assert all(t.rows == [] and t.blank_rows > 0 for t in tables)
    html = to_html(blank)
    text, _ = visible(html)
    for value in ["Val-Fleuri", "Kéra-Sobo", "Sénégal", "2027", "Africa/Dakar"]:
        assert value not in text
    assert html.count('class="terms-line"') >= 20
    # Programme, budget (4 rows + header), delegation (4 rows + header).
    assert html.count("<tr>") == BLANK_DAYS * (BLANK_PROGRAMME_ROWS + 1) + 5 + 5


def test_html_marks_which_key_each_place_shows(mission):
    """data-champ / data-liste / data-cle: the keys of mission.yml, for a script to fill."""
    for html in (to_html(build_terms(mission)), to_html(build_terms(None))):
        for marker in [
            'data-champ="collectivite&#46;nom"',
            'data-champ="mission&#46;fuseau&#95;horaire"',
            'data-liste="objectifs"',
            'data-liste="programme"',
            'data-cle="intitule"',
            'data-liste="delegation"',
        ]:
            assert marker in html, marker


def test_html_shows_hostile_values_as_text(mission):
    html = to_html(build_terms(hostile_mission(mission)))
    text, tags = visible(html)
    assert "script" not in tags
    assert text.count(HOSTILE) >= 6
    assert "{{" not in html and "{%" not in html and "<script" not in html


def test_docx_has_real_headings_tables_and_the_data(mission):
    word = read_docx(io.BytesIO(to_docx(build_terms(mission))))
    styled = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert ("Heading 1", "4. Programme") in styled
    assert ("Heading 2", "Mardi 2 mars 2027") in styled
    assert ("Heading 1", "7. Signatures") in styled
    # Context, five days of programme, delegation, signatures.
    # Context, five days of programme, budget, delegation, signatures.
    assert len(word.tables) == 1 + 5 + 1 + 1 + 1
    delegation = word.tables[7]
    assert [c.text for c in delegation.rows[0].cells] == [
        "Nom",
        "Fonction",
        "Qualité",
        "Rôle pendant la mission",
    ]
    assert delegation.rows[1].cells[0].text == "Claire Dumas"
    assert len(delegation.rows) == 1 + len(mission.delegation)
    section = word.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_docx_blank_template_has_empty_rows(mission):
    word = read_docx(io.BytesIO(to_docx(build_terms(None))))
    programme = word.tables[1]
    assert len(programme.rows) == 1 + BLANK_PROGRAMME_ROWS
    assert all(cell.text.strip() == "" for row in programme.rows[1:] for cell in row.cells)
    assert "Val-Fleuri" not in "".join(p.text for p in word.paragraphs)


def test_docx_keeps_hostile_values_as_text(mission):
    word = read_docx(io.BytesIO(to_docx(build_terms(hostile_mission(mission)))))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    paragraphs = [p.text for p in word.paragraphs]
    assert HOSTILE in paragraphs  # an objective
    assert HOSTILE in cells  # context, programme, delegation


def test_ics_has_one_event_per_entry_in_the_mission_time_zone(mission):
    calendar = Calendar.from_ical(to_ics(mission))
    events = calendar.walk("VEVENT")
    assert len(events) == len(mission.programme)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Africa/Dakar"]
    first = events[0]
    assert first["DTSTART"].params["TZID"] == "Africa/Dakar"
    assert first.decoded("DTSTART").isoformat() == "2027-03-02T08:30:00+00:00"
    assert str(first["SUMMARY"]) == "Route de Dakar à Kéra-Sobo"
    assert str(first["LOCATION"]) == "Aéroport de Dakar, puis route nationale"
    assert first["CATEGORIES"].cats == ["Déplacement"]
    assert "Type : Déplacement" in str(first["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_ics_times_follow_the_zone_offset(mission):
    """A mission in Haiti: 09:00 local is 14:00 UTC (UTC-5 in March before DST)."""
    haiti = mission.model_copy(
        update={
            "mission": mission.mission.model_copy(
                update={"fuseau_horaire": "America/Port-au-Prince"}
            )
        }
    )
    event = Calendar.from_ical(to_ics(haiti)).walk("VEVENT")[3]
    assert event.decoded("DTSTART").astimezone(UTC).hour == 14


def test_ics_uids_are_stable_so_a_reimport_updates(mission):
    now = datetime(2027, 1, 1, tzinfo=UTC)
    later = datetime(2027, 2, 1, tzinfo=UTC)
    first = [str(e["UID"]) for e in Calendar.from_ical(to_ics(mission, now)).walk("VEVENT")]
    again = [str(e["UID"]) for e in Calendar.from_ical(to_ics(mission, later)).walk("VEVENT")]
    assert first == again
    entry = mission.programme[3]
    moved = entry.model_copy(update={"debut": entry.debut.replace(hour=8)})
    assert event_uid(mission, moved) != event_uid(mission, entry)
    # With an explicit id, the entry keeps its UID when its time or title changes.
    with_id = entry.model_copy(update={"id": "visite-sous-prefet"})
    renamed = with_id.model_copy(update={"debut": entry.debut.replace(hour=8), "intitule": "X"})
    assert event_uid(mission, with_id) == event_uid(mission, renamed)


def test_ics_keeps_hostile_values_as_text(mission):
    event = Calendar.from_ical(to_ics(hostile_mission(mission))).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == HOSTILE
    assert str(event["LOCATION"]) == HOSTILE
    assert HOSTILE in str(event["DESCRIPTION"])
