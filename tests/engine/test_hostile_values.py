"""Data is text (issue 28): a mission whose every text holds HTML, Markdown, attr_list and Jinja
builds a site where each value shows as typed, in every writer (pages and their headings, the
contents list, the search index, .docx, .ics), and where none of it became an element or an
attribute.

The fixture's pages plus one page per mission document (the « Ordres de mission » heading
holds an agent's name).
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import lxml.html
import pytest
from docx import Document as read_docx
from fixture_site import make_fixture_project
from icalendar import Calendar
from support import built

from guide.documents.catalogue import DOCUMENTS

# Markup of every kind a value could smuggle in: an element, attributes out of a quoted or
# unquoted attribute, Markdown emphasis and links, Jinja, an entity, an attr_list that would
# give a heading Material's search id and header class.
MARK = (
    "</script><img src=x onerror=alert(1)> \" onfocus=alert(2) a=' onblur=alert(3) b=' "
    "**g** [l](http://e.x) {{ config }} &amp; { #__search .md-header }"
)


def hostile(label: str) -> str:
    """A YAML double-quoted text: `label` and the markup."""
    return '"' + f"{label} {MARK}".replace('"', '\\"') + '"'


MISSION = f"""site:
  titre: {hostile("Titre")}
collectivite:
  nom: {hostile("Collectivite")}
  type: departement
  departement: {hostile("Departement")}
  region: {hostile("Region")}
  executif:
    nom: {hostile("Executif")}
    civilite: madame
partenaire:
  nom: {hostile("Partenaire")}
  pays:
    fr: {hostile("Pays")}
    es: {hostile("Pais")}
  region: {hostile("RegionP")}
  langue: {hostile("Langue")}
  executif: {hostile("ExecutifP")}
  langue_des_documents: es
mission:
  debut: 2027-05-10
  fin: 2027-05-12
  fuseau_horaire: Indian/Antananarivo
  lieu: {hostile("Lieu")}
  seance_conseil: 2027-04-19
delegation:
  - nom: {hostile("Elue")}
    fonction: {hostile("FonctionE")}
    qualite: elu
    role: {hostile("RoleE")}
  - nom: {hostile("Agente")}
    fonction: {hostile("FonctionA")}
    qualite: agent
    role: {hostile("RoleA")}
  - nom: {hostile("Autre")}
    fonction: {hostile("FonctionO")}
    qualite: autre
    role: {hostile("RoleO")}
objectifs:
  - {hostile("Objectif")}
resultats_attendus:
  - {hostile("Resultat")}
programme:
  - date: 2027-05-10
    debut: "09:00"
    fin: "10:30"
    type: rencontre
    intitule:
      fr: {hostile("Intitule")}
      es: {hostile("Titulo")}
    lieu: {hostile("LieuA")}
    participants:
      - {hostile("Participant")}
responsabilites:
  collectivite:
    - {hostile("RespC")}
  partenaire:
    - {hostile("RespP")}
rencontres:
  personnes:
    - {hostile("Personne")}
  institutions:
    - {hostile("Institution")}
budget:
  - poste: {hostile("Poste")}
    montant: "100"
    pris_en_charge_par: autre
    financeur: {hostile("Financeur")}
taches:
  premiere-tache:
    responsable: {hostile("Responsable")}
"""
LABELS = re.findall(r'"(\w+) </script>', MISSION)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_fixture_project(tmp_path_factory.mktemp("hostile-values"))
    (project / "mission.yml").write_text(MISSION, "utf-8")
    docs = project / "docs" / "outils"
    (docs / "documents").mkdir(exist_ok=True)
    (docs / "documents-de-la-mission.md").write_text(
        "# Documents de la mission\n\n{{ mission_documents() }}\n", "utf-8"
    )
    (docs / "rencontres.md").write_text(
        "# Rencontres\n\n{{ objectifs_de_la_mission() }}\n\n{{ personnes_a_rencontrer() }}\n\n"
        "{{ institutions_a_rencontrer() }}\n\nRencontrer {{ voc('partenaire_executif') }}.\n",
        "utf-8",
    )
    nav = [
        "      - Rencontres: outils/rencontres.md",
        "      - Documents de la mission: outils/documents-de-la-mission.md",
    ]
    for entry in DOCUMENTS:
        for blank in (False, True):
            name = entry.slug + ("-vierge" if blank else "")
            if (docs / "documents" / f"{name}.md").exists():
                continue  # a page of the fixture's own
            call = f"('{entry.slug}', vierge={blank})"
            (docs / "documents" / f"{name}.md").write_text(
                f"---\ntemplate: terms.html\n---\n\n# Un document\n\n"
                f"{{{{ mission_document_downloads{call} }}}}\n\n{{{{ mission_document{call} }}}}\n",
                "utf-8",
            )
            nav.append(f"      - {name}: outils/documents/{name}.md")
    config = project / "mkdocs.yml"
    last = "outils/remplir-les-termes-de-reference.md\n"
    config.write_text(config.read_text("utf-8").replace(last, last + "\n".join(nav) + "\n"))
    return built(project, tmp_path_factory, "hostile-values")


def injected(root) -> list[str]:
    """What of MARK became markup in the parsed tree `root`."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        found += [f"<{element.tag} {name}>" for name in element.attrib if name.startswith("on")]
        if element.get("src") == "x" or element.get("href") == "http://e.x":
            found.append(f"<{element.tag}> de la donnée")
        if element.tag in {"strong", "em"} and element.text == "g":
            found.append("<strong>g</strong>")
        if element.get("id") == "__search" and element.tag != "input":
            found.append(f"<{element.tag} id=__search>")
        if "md-header" in (element.get("class") or "").split() and element.tag != "header":
            found.append(f"<{element.tag} class=md-header>")
    return found


def pages(site):
    for path in sorted(site.rglob("*.html")):
        if "assets" not in path.relative_to(site).parts:
            yield path.relative_to(site).as_posix(), lxml.html.fromstring(path.read_bytes())


def test_no_value_becomes_an_element_or_an_attribute(site):
    found = {name: injected(root) for name, root in pages(site)}
    assert {name: bad for name, bad in found.items() if bad} == {}
    # The search index holds HTML that the search shows as such.
    for entry in json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]:
        for key in ("title", "text"):
            if entry[key].strip():
                assert injected(lxml.html.fragment_fromstring(entry[key], "div")) == [], entry


def shown(site, page: str) -> str:
    root = lxml.html.fromstring((site / page / "index.html").read_bytes())
    return " ".join(root.xpath("//body")[0].text_content().replace("\xa0", " ").split())


def test_every_value_shows_as_typed(site):
    everything = " ".join(
        shown(site, page)
        for page in (
            "",
            "guide",
            "outils/rencontres",
            "outils/termes-de-reference",
            "outils/termes-de-reference-partenaire",
            "outils/checklist",
            "outils/echeancier",
            *(f"outils/documents/{entry.slug}" for entry in DOCUMENTS),
        )
    )
    missing = [label for label in LABELS if f"{label} {MARK}" not in everything]
    assert missing == []


def test_a_heading_that_holds_a_name_shows_it_as_typed(site):
    root = lxml.html.fromstring(
        (site / "outils/documents/ordres-de-mission/index.html").read_bytes()
    )
    for permalink in root.xpath("//a[@class='headerlink']"):
        permalink.drop_tree()
    headings = [" ".join(h.text_content().split()) for h in root.xpath("//article//h2")]
    assert f"Ordre de mission : Agente {MARK}" in headings
    # The contents list and the search index name it as typed too.
    contents = [" ".join(a.text_content().split()) for a in root.xpath("//nav//a")]
    assert f"Ordre de mission : Agente {MARK}" in contents
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    titles = {lxml.html.fragment_fromstring(d["title"], "div").text_content() for d in index}
    assert f"Ordre de mission\xa0: Agente {MARK}" in titles


def test_downloads_hold_each_value_as_typed(site):
    docx = site / "outils" / "documents-de-la-mission" / "ordres-de-mission.docx"
    paragraphs = [p.text for p in read_docx(io.BytesIO(docx.read_bytes())).paragraphs]
    # As typed, in French typography (« : » after a no-break space, as on the page).
    assert f"Ordre de mission\xa0: Agente {MARK}" in paragraphs
    terms = site / "outils" / "termes-de-reference" / "termes-de-reference.docx"
    with zipfile.ZipFile(terms) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in xml and "<img" not in xml
    ics = (site / "outils" / "termes-de-reference" / "programme-de-la-mission.ics").read_bytes()
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [f"Intitule {MARK}"]
    assert str(events[0]["location"]) == f"LieuA {MARK}"
    deadlines = (site / "outils" / "echeancier" / "echeances-de-la-mission.ics").read_bytes()
    told = [str(e.get("description", "")) for e in Calendar.from_ical(deadlines).walk("VEVENT")]
    assert any(f"Responsable {MARK}" in text for text in told), told
