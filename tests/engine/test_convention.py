"""The draft convention de partenariat (issue 27, part 2), from mission.yml's `convention` key:
every element the law and practice ask for, the annex's totals, lines to fill without the key,
the bilingual edition for a Spanish-speaking partner, page counts after LibreOffice.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import libreoffice_pdfs, read_html

from guide.documents import convention as convention_module
from guide.documents.catalogue import document
from guide.documents.convention import CONVENTION_WORDS
from guide.documents.docx import to_docx
from guide.documents.downloads import DOCUMENTS_DIR
from guide.documents.html import to_html
from guide.documents.model import Signatures, Table
from guide.mission import load_mission

MISSIONS = Path(__file__).resolve().parent / "fixture" / "missions"
FIXTURE_MISSION = Path(__file__).resolve().parent / "fixture" / "mission.yml"
SLUG = "convention-de-partenariat"
# Measured with LibreOffice on the région's bilingual convention and on the French blank model.
LIBREOFFICE_PAGES = {SLUG: 4, f"{SLUG}-vierge": 4}


@pytest.fixture(scope="module")
def region():
    return load_mission(MISSIONS / "region-es.yml")


def _text(doc) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", to_html(doc))).split())


def test_words_are_one_table_per_language_and_all_used():
    assert set(CONVENTION_WORDS) == {"fr", "en", "es", "pt"}
    for table in CONVENTION_WORDS.values():
        assert set(table) == set(CONVENTION_WORDS["fr"])
    import inspect

    from guide.documents import signed

    # The signature boxes' words are read by the builder both signed texts share.
    source = inspect.getsource(convention_module) + inspect.getsource(signed.signatures)
    for key in CONVENTION_WORDS["fr"]:
        assert re.search(f'"{key}"(?!:)', source), key


def test_the_convention_carries_every_element_and_its_annex_totals(region):
    doc = document(SLUG).edition(region)
    text = _text(doc)
    for heading in (
        "Article 1 – Objet",
        "Article 2 – Durée",
        "Article 3 – Actions et engagements financiers",
        "Article 4 – Engagements de la collectivité française",
        "Article 5 – Engagements du partenaire",
        "Article 6 – Gouvernance",
        "Article 7 – Langues",
        "Article 8 – Modification",
        "Article 9 – Résiliation",
        "Article 10 – Règlement des différends",
        "Article 11 – Entrée en vigueur",
        "Annexe – Programme des actions et budget prévisionnel",
    ):
        assert heading in text, heading
    c = region.convention
    for value in (
        c.objet,
        c.objet.in_language("es"),
        "conclue pour trois ans",
        "por tres años",
        *c.engagements.collectivite,
        *c.engagements.partenaire,
        *c.comite_de_pilotage.membres,
        "Il se réunit deux fois par an, une fois dans chaque territoire.",
        "les deux textes font également foi",
        "ambos textos son igualmente auténticos",
        "avenant",
        "préavis de trois mois",
        "solution amiable",
        "transmission au représentant de l’État (préfet)",
        "L1115-1",
        "Vu la délibération du conseil régional du",
        "3 actions, pour un montant prévisionnel total de 46 500 €, dont 12 000 € à la charge "
        "de la collectivité française",
    ):
        assert value in text, value
    # The annex: each action, by year, with its funder, then the totals.
    annex = next(b for b in doc.blocks if isinstance(b, Table) and b.path == "convention.actions")
    rows = [[cell.split(" / ")[0].replace("\u00a0", " ") for cell in row] for row in annex.rows]
    assert rows[:3] == [
        ["2028", "Étude du réseau d'eau", "La collectivité française", "12 000 €"],
        ["2028", "Formation des techniciens", "La collectivité partenaire", "4 500 €"],
        [
            "2029",
            "Travaux sur trois captages",
            "Un autre financeur : Agence de l'eau d'Essai",
            "30 000 €",
        ],
    ]
    totals = {row[1]: row[3] for row in rows[3:]}
    assert totals == {
        "Total 2028": "16 500 €",
        "Total 2029": "30 000 €",
        "Total : La collectivité française": "12 000 €",
        "Total : La collectivité partenaire": "4 500 €",
        "Total : Un autre financeur": "30 000 €",
        "Total général": "46 500 €",
    }
    assert sum((a.montant for a in c.actions), Decimal(0)) == Decimal(46500)
    signatures = next(b for b in doc.blocks if isinstance(b, Signatures))
    assert [p.name for p in signatures.parties] == [
        "La présidente du conseil régional, Claire Essai",
        "Le gouverneur régional / El gobernador regional",
    ]


def test_without_the_key_the_convention_keeps_lines_to_fill():
    fixture = load_mission(FIXTURE_MISSION)
    assert fixture.convention is None
    doc = document(SLUG).edition(fixture)
    html = to_html(doc)
    text = _text(doc)
    assert "District de Nord-Test" in text and "Article 11 – Entrée en vigueur" in text
    assert html.count('class="terms-line"') >= 8 and "terms-table-blank" in html
    assert "None" not in text and "Total général" not in text
    blank = _text(document(SLUG).edition(None, blank=True))
    assert "Nord-Test" not in blank and "Article 6 – Gouvernance" in blank


def test_the_bilingual_convention_docx_in_libreoffice(region_site, tmp_path):
    folder = region_site / DOCUMENTS_DIR
    files = [folder / f"{SLUG}.docx", folder / f"{SLUG}-vierge.docx"]
    libreoffice_pdfs(files, tmp_path)
    pdfs = {p.stem: PdfReader(p) for p in (tmp_path / "pdf").glob("*.pdf")}
    assert {name: len(pdf.pages) for name, pdf in pdfs.items()} == LIBREOFFICE_PAGES
    # The annex starts its own page and ends the document with its total.
    last = " ".join(pdfs[SLUG].pages[-1].extract_text().split())
    assert "Total général / Total general" in last and "46 500 €" in last
    page = unescape(read_html(region_site, f"outils/documents/{SLUG}/"))
    assert "Convention de partenariat / Convenio de colaboración" in page
    assert to_docx(document(SLUG).edition(None, blank=True))


def test_the_region_approves_its_convention_and_reports_on_it(region):
    """The délibération approving the convention (part 3): the région's body and articles, the
    executive authorised, the authority's own amounts by year; its rapport de présentation."""
    approval = _text(document("deliberation-convention").edition(region))
    for words in (
        "Le conseil régional,",
        "L4221-1 (compétence du conseil régional)",
        "L1115-5",
        "NOR INTB1809792C",
        "Vu le rapport de présentation de la présidente du conseil régional ;",
        "Gobierno Regional de Prueba est une autorité locale étrangère",
        "La présidente du conseil régional est autorisée à signer cette convention",
        "s’élèvent à 12 000 € (12 000 € en 2028)",
        "n’entre en vigueur qu’après cette transmission",
        "La présidente du conseil régional, présidente de séance",
        "(article L4141-1 du CGCT)",
        "Signataires : règlement intérieur du conseil régional.",
    ):
        assert words.replace(" ", " ") in approval.replace("\u00a0", " "), words
    assert "municipal" not in approval and "de le " not in approval
    report = _text(document("rapport-de-presentation-convention").edition(region))
    assert (
        "Une délégation de 2 personnes, dont 1 élu, s’est rendue auprès du Gobierno Regional de "
        "Prueba, à Cusco (Pérou), du 28 septembre" in report
    )
    assert "Total général 46 500 €" in report.replace("\u00a0", " ")
    assert "Il est proposé au conseil régional d’approuver la convention" in report
    # Both are French acts of the French authority: no partner's language.
    assert document("deliberation-convention").languages_text(region) == ""


def test_the_regions_follow_up_continues_its_schedule_and_calendar(region_site):
    """Part 4: the région's `suites` (R+30, a date) and the next e-APD window in the échéancier
    and its calendar, after the tasks; the e-APD fiche prefilled with the convention."""
    from icalendar import Calendar

    page = " ".join(unescape(read_html(region_site, "outils/echeancier/")).split())
    page = page.replace("\u00a0", " ").replace("\u202f", " ")
    rows = re.findall(r"<li [^>]*data-follow-up=[^>]*>", page)
    follow = [re.search(r'data-deadline="([^"]+)"', row)[1] for row in rows]
    assert follow == ["2027-10-31", "2028-03-10", "2028-04-15"]
    assert "Suite de la mission : Envoyer l’étude des captages au gouvernement régional." in page
    assert "Déclaration e-APD 2027 sur Démarches simplifiées" in page
    ics = (region_site / "outils" / "echeancier" / "echeances-de-la-mission.ics").read_bytes()
    after = [
        (e.decoded("dtstart").isoformat(), e.decoded("dtend").isoformat())
        for e in Calendar.from_ical(ics).walk("VEVENT")
        if e["categories"].to_ical().decode() == "Suite de la mission"
    ]
    assert after == [
        ("2027-10-31", "2027-11-01"),
        ("2028-03-10", "2028-03-11"),
        ("2028-04-15", "2028-06-01"),
    ]
    fiche = " ".join(
        unescape(read_html(region_site, "outils/documents/fiche-declaration-e-apd/")).split()
    )
    fiche = fiche.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Gobierno Regional de Prueba" in fiche and "Camille Test, Chargée de mission" in fiche
    assert "Appui au service de l'eau : 20 000 €" in fiche  # a subsidy to the partner
    assert (
        "2028 : 12 000 € (la collectivité française), 4 500 € (la collectivité partenaire)" in fiche
    )


def test_the_approving_deliberation_reads_as_french(region):
    """« a permis à la Région … et à … » (not « à le Département »); a commune's act has no
    delegation note, a région's names its commission permanente."""
    from guide.documents.convention_acts import build_approval
    from guide.documents.parts import to

    assert to("Département de l’Aube") == "au Département de l’Aube"
    assert to("Commune de Kéra-Sobo") == "à la Commune de Kéra-Sobo"
    text = _text(build_approval(region))
    assert f"a permis {to(region.collectivite.nom)} et {to(region.partenaire.nom)}" in text
    assert "à le " not in text and "commission permanente du conseil régional" in text
