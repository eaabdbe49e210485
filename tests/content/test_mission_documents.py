"""The mission's administrative documents (issue 15): délibération, ordres de mission, letter
to the partner, compte rendu, registre des cadeaux, from mission.yml, filled and blank.

The documents are checked as a user meets them: their text (printable page and .docx), the
.docx files of the built site converted by LibreOffice in one call (page counts, the house
style), and the printable pages printed by Chromium.
"""

from __future__ import annotations

import io
import re
import subprocess
from html import unescape
from pathlib import Path

import pytest
from docx import Document as WordDocument
from support import PROJECT_ROOT, libreoffice_pdfs, read_html
from test_authority_types import fork_mission
from test_terms import HOSTILE, hostile_mission, visible

from guide.documents.catalogue import DOCUMENTS, document
from guide.documents.docx import to_docx
from guide.documents.downloads import DOCUMENTS_DIR
from guide.documents.html import to_html
from guide.documents.model import Heading, Items, PageBreak
from guide.french import french_date
from guide.mission import load_mission, validate
from guide.mission.dialect import read_yaml
from guide.pages import document_page

# What the délibération names for each type: its body, its articles, a word it must not use.
BODIES = {
    "commune": (
        "Le conseil municipal,",
        ["L2121-29", "L2123-18", "R2123-22-1", "décret n° 2006-781", "L2131-1", "L2121-23"],
        None,
    ),
    "intercommunalite": (
        "Le conseil communautaire,",
        ["L5211-14", "L2123-18", "R2123-22-1", "L5211-3", "L5211-10", "bureau"],
        "municipal",
    ),
    "departement": (
        "Le conseil départemental,",
        ["L3123-19", "R3123-20", "commission permanente du conseil départemental", "L3131-1"],
        "municipal",
    ),
    "region": (
        "Le conseil régional,",
        ["L4135-19", "R4135-20", "commission permanente du conseil régional", "L4221-5", "L4141-1"],
        "municipal",
    ),
}

# Page counts measured with LibreOffice (the .docx) and Chromium (the printable pages), for
# the shipped example: a fork's documents differ, the test then only requires they print.
DOCX_PAGES = {
    "termes-de-reference": 3,
    "termes-de-reference-vierge": 3,
    "deliberation-mandat-special": 3,
    "deliberation-mandat-special-vierge": 3,
    "rapport-de-presentation-mandat-special": 2,
    "rapport-de-presentation-mandat-special-vierge": 1,
    "ordres-de-mission": 2,  # one agent, then the members who are neither élus nor agents
    "ordres-de-mission-vierge": 2,
    "etats-de-frais": 3,  # two élus and one agent, a page each
    "etats-de-frais-vierge": 1,
    "lettre-au-partenaire": 2,
    "lettre-au-partenaire-vierge": 2,
    "protocole-d-intention": 1,
    "protocole-d-intention-vierge": 1,
    "releve-de-decisions": 1,
    "releve-de-decisions-vierge": 1,
    "compte-rendu-de-mission": 3,
    "compte-rendu-de-mission-vierge": 3,
    "convention-de-partenariat": 3,
    "convention-de-partenariat-vierge": 3,
    "deliberation-convention": 2,
    "deliberation-convention-vierge": 2,
    "rapport-de-presentation-convention": 2,
    "rapport-de-presentation-convention-vierge": 2,
    "fiche-declaration-e-apd": 1,
    "fiche-declaration-e-apd-vierge": 1,
    "registre-des-cadeaux": 1,
    "registre-des-cadeaux-vierge": 1,
}


@pytest.fixture(scope="module")
def mission():
    return load_mission(PROJECT_ROOT / "mission.yml")


def mission_of(kind: str, mission):
    if kind == "commune":
        return mission
    data, lines = read_yaml(fork_mission(kind), "mission.yml")
    return validate(data, lines)


def docx_text(content: bytes) -> str:
    word = WordDocument(io.BytesIO(content))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    parts += [p.text for p in word.sections[0].header.paragraphs]
    return "\n".join(parts)


def page_text(doc) -> str:
    return visible(to_html(doc))[0]


def article_one_members(doc) -> list[str]:
    """The list of élus under « Article 1 »."""
    index = next(
        i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.text == "Article 1"
    )
    items = next(b for b in doc.blocks[index:] if isinstance(b, Items))
    return items.values or []


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_deliberation_names_the_body_the_articles_and_exactly_the_elus(kind, mission):
    fork = mission_of(kind, mission)
    assert fork.collectivite.type == kind
    doc = document("deliberation-mandat-special").build(fork)
    body, articles, wrong = BODIES[kind]
    elus = [f"{p.nom}, {p.fonction}" for p in fork.delegation if p.qualite == "elu"]
    assert article_one_members(doc) == elus
    others = [p.nom for p in fork.delegation if p.qualite != "elu"]
    for text in (page_text(doc), docx_text(to_docx(doc))):
        assert body in text
        for article in articles:
            assert article in text, (kind, article)
        if wrong:
            assert wrong not in text.lower()
        assert fork.period in text and fork.collectivite.nom in text
        assert "exécutoire" in text and "service juridique" in text
        for name in others:  # agents and others get no mandat spécial
            assert name not in text
        assert "None" not in text


def test_deliberation_lists_the_expenses_covered_and_their_total(mission):
    doc = document("deliberation-mandat-special").build(mission)
    text = page_text(doc)
    # The élus' costs alone, « par élu » with their count: no line mixing people, so the
    # budget's « Billets d'avion (4 personnes) » is not in the table.
    table = next(b for b in doc.blocks if getattr(b, "path", "") == "budget")
    assert all(row[1] in ("par élu, 2 élus", "") for row in table.rows)
    assert "4 personnes" not in " ".join(" ".join(r) for r in table.rows)
    assert "4 990 €" in text and "toutes personnes confondues" in text  # 3 200 + 640 + 1 150
    assert "n’est comptée qu’une fois" in text
    # The partner's and the other payer's lines are named as not paid by the authority.
    assert "Ne sont pas à la charge de la collectivité" in text
    assert "autre financeur (Association des parents d" in text.replace("\n", " ")
    assert "chapitre" in text  # the budget line, to fill in


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_deliberation_has_the_formal_elements_of_an_act(kind, mission):
    fork = mission_of(kind, mission)
    doc = document("deliberation-mandat-special").build(fork)
    for text in (page_text(doc), docx_text(to_docx(doc))):
        text = text.replace("\u00a0", " ").replace("\u202f", " ")
        day = fork.mission.seance_conseil
        assert (f"Séance du {french_date(day)}" if day else "Séance du") in text
        assert "Membres en exercice" in text and "représentés" in text.lower()
        assert "voix pour" in text and "abstentions" in text
        assert "Secrétaire de séance" in text and "de séance" in text
        assert "Certifié exécutoire" in text and "transmission au représentant de l’État" in text
        assert "tribunal administratif" in text and "deux mois" in text
        # The rule: flat allowances, reductions, receipts, the advance; no equal choice.
        assert "forfaitairement" in text and "durée réelle du déplacement" in text
        assert "65 %" in text and "17,5 %" in text and "75 %" in text
        assert "frais réels" not in text and "au choix" not in text
        assert "justificatifs" in text and "arrêté du 3 juillet 2006" in text
        # The programme plans a relevé de décisions: its signature is authorised.
        if any("relevé de décisions" in str(a.intitule) for a in fork.programme):
            assert "ni juridiquement ni financièrement" in text
        assert "président ou la présidente" not in text and "son articles" not in text
        assert "•" not in text
    # Vu and Considérant lines are paragraphs, not list items.
    assert not any(
        isinstance(b, Items) and any(v.startswith(("Vu ", "Considérant")) for v in b.values or [])
        for b in doc.blocks
    )
    blank = page_text(document("deliberation-mandat-special").build(None))
    assert "Séance du" in blank and "Certifié exécutoire" in blank and "L4221-5" in blank


def test_budget_in_the_terms_and_the_compte_rendu(mission):
    from guide.documents.terms import build_terms

    terms = page_text(build_terms(mission))
    assert "Budget prévisionnel : qui paie quoi" in terms
    assert "3 200 €" in terms and "6 340 €" in terms  # the total
    assert "La collectivité partenaire" in terms and "Un autre financeur" in terms
    report = document("compte-rendu-de-mission").build(mission)
    table = next(b for b in report.blocks if getattr(b, "path", "") == "budget")
    assert [c.label for c in table.columns][-2:] == ["Prévu", "Dépensé"]
    assert table.rows[-1] == ["Total", "", "6\u00a0340\u00a0€", ""]
    assert all(row[-1] == "" for row in table.rows)  # spent: to fill in
    # Without a budget: no table in the filled terms, no « None », empty rows to fill in.
    bare = mission.model_copy(update={"budget": None})
    assert "Budget prévisionnel" not in page_text(build_terms(bare))
    for entry in DOCUMENTS:
        assert "None" not in page_text(entry.build(bare))


def test_one_ordre_de_mission_per_agent_and_none_without_agents(mission):
    agents = [p for p in mission.delegation if p.qualite == "agent"]
    two = mission.model_copy(
        update={
            "delegation": [*mission.delegation, agents[0].model_copy(update={"nom": "Luc Petit"})]
        }
    )
    doc = document("ordres-de-mission").build(two)
    orders = [b.text for b in doc.blocks if isinstance(b, Heading) and b.text.startswith("Ordre")]
    assert orders == ["Ordre de mission : Sophie Martin", "Ordre de mission : Luc Petit"]
    assert sum(isinstance(b, PageBreak) for b in doc.blocks) == 2  # between orders, before others
    text = page_text(doc)
    assert "Karim Benali" in text and "Aucun modèle officiel" in text
    assert "Claire Dumas" not in text  # an élu gets a mandat spécial, not an ordre de mission
    assert "Moyens de transport" in text
    # No agent: no order at all, a sentence says so.
    without = mission.model_copy(
        update={"delegation": [p for p in mission.delegation if p.qualite != "agent"]}
    )
    doc = document("ordres-de-mission").build(without)
    assert not [b for b in doc.blocks if isinstance(b, Heading) and b.text.startswith("Ordre")]
    text = docx_text(to_docx(doc))
    assert "aucun ordre de mission" in text and "Nom et prénom" not in text


def test_hostile_strings_stay_text_and_blanks_are_lines(mission):
    hostile = hostile_mission(mission)
    for entry in DOCUMENTS:
        html = to_html(entry.build(hostile))
        text, tags = visible(html)
        assert "script" not in tags and "img" not in tags, entry.slug
        assert HOSTILE in text or entry.slug in ("registre-des-cadeaux",), entry.slug
        assert HOSTILE in docx_text(to_docx(entry.build(hostile)))
        for blank in (False, True):
            built = entry.build(None if blank else mission)
            assert "None" not in page_text(built) and "None" not in docx_text(to_docx(built))
        blank_html = to_html(entry.build(None))
        assert "terms-line" in blank_html or "terms-table-blank" in blank_html, entry.slug
        assert "Val-Fleuri" not in visible(blank_html)[0]


def test_letter_words_are_one_table_per_language(mission):
    from guide.documents.letter import LETTER_WORDS, VISA_ITEMS, build_letter

    text = page_text(build_letter(mission))
    for value in [*mission.objectifs, *mission.resultats_attendus, mission.period]:
        assert value in text
    assert "termes de référence" in text and "lettre d’invitation" in text
    # One table per language, each with the French table's keys.
    assert "fr" in LETTER_WORDS and set(LETTER_WORDS) == set(VISA_ITEMS)
    for table in LETTER_WORDS.values():
        assert set(table) == set(LETTER_WORDS["fr"])
    # Every word of the table is used: a second language is a second table, same keys.
    import inspect

    from guide.documents import letter

    source = inspect.getsource(letter)
    for key in LETTER_WORDS["fr"]:
        assert f'"{key}"' in source, key


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def test_docx_files_open_in_libreoffice_in_the_house_style(built_site, tmp_path):
    """Every .docx of the site, converted by LibreOffice in one call: page counts, and the
    house style (French, one font, black headings, header, « Page X sur Y », padding, rows
    that never split, signatures not alone on their page)."""
    folder = built_site / DOCUMENTS_DIR
    files = sorted(folder.glob("*.docx")) + sorted(
        (built_site / "outils/termes-de-reference").glob("*.docx")
    )
    assert {f.stem for f in files} == set(DOCX_PAGES)
    for path in files:
        word = WordDocument(path)
        styles = word.styles.element.xml
        assert 'w:val="fr-FR"' in styles and "en-US" not in styles, path.name
        assert set(re.findall(r'w:ascii="([^"]+)"', styles)) == {"Arial"}, path.name
        for name in ("Title", "Heading 1", "Heading 2"):
            assert str(word.styles[name].font.color.rgb) == "000000", (path.name, name)
        assert "tblCellMar" in styles
        footer = word.sections[0].footer._element.xml
        assert "PAGE" in footer and "NUMPAGES" in footer and "sur" in footer
        if not path.stem.endswith("vierge"):
            assert word.sections[0].header.paragraphs[0].text == "Commune de Val-Fleuri"
        for table in word.tables:
            for row in table.rows:
                assert (
                    row._tr.trPr is not None
                    and row._tr.trPr.find(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
                    )
                    is not None
                ), path.name
    out = libreoffice_pdfs(files, tmp_path)
    pages = {path.stem: _pdf_pages(path) for path in out.glob("*.pdf")}
    assert pages == DOCX_PAGES
    # « 7. Signatures » does not sit alone on the terms' last page: the delegation is with it.
    text = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(pages["termes-de-reference"]),
            str(out / "termes-de-reference.pdf"),
            "-",
        ],
        capture_output=True,
        text=True,
    ).stdout
    assert "7. Signatures" in text and "Karim Benali" in text


def test_documents_page_lists_every_document_with_its_pages_and_files(built_site):
    html = unescape(read_html(built_site, "outils/documents-de-la-mission/"))
    for entry in DOCUMENTS:
        assert entry.title in html
        for blank in (False, True):
            assert f'href="{entry.docx_name(blank)}"' in html, entry.slug
            assert (built_site / DOCUMENTS_DIR / entry.docx_name(blank)).stat().st_size > 5000
            page = document_page(entry.slug, blank).removesuffix(".md") + "/"
            assert f'href="../documents/{Path(page).name}/"' in html, page
            printable = unescape(read_html(built_site, page))
            assert 'class="terms ' in printable and "None" not in visible(printable)[0]
            assert f'href="../../documents-de-la-mission/{entry.docx_name(True)}"' in printable


def test_printable_pages_print_on_a4(built_site, site_url, page):
    """Each document's printable page, filled and blank, printed by Chromium: its page count
    (measured), nothing of the site's chrome, the document's title."""
    expected = {
        "deliberation-mandat-special": (3, 3),
        "rapport-de-presentation-mandat-special": (1, 1),
        "ordres-de-mission": (2, 2),
        "etats-de-frais": (3, 1),
        "lettre-au-partenaire": (2, 2),
        "protocole-d-intention": (1, 1),
        "releve-de-decisions": (1, 1),
        "compte-rendu-de-mission": (3, 3),
        "convention-de-partenariat": (3, 3),
        "deliberation-convention": (2, 2),
        "rapport-de-presentation-convention": (2, 2),
        "fiche-declaration-e-apd": (1, 1),
        "registre-des-cadeaux": (1, 1),
    }
    assert set(expected) == {d.slug for d in DOCUMENTS}
    measured = {}
    for entry in DOCUMENTS:
        counts = []
        for blank in (False, True):
            url = site_url + document_page(entry.slug, blank).removesuffix(".md") + "/"
            page.goto(url)
            page.emulate_media(media="print")
            assert (
                page.locator(".md-header").is_hidden()
                and page.locator(".md-sidebar--primary").is_hidden()
            )
            assert page.locator(".terms-title").inner_text() == entry.build(None).title
            pdf = page.pdf(format="A4")
            counts.append(len(re.findall(rb"/Type\s*/Page(?!s)", pdf)))
            page.emulate_media(media="screen")
        measured[entry.slug] = tuple(counts)
    assert measured == expected


@pytest.mark.parametrize("slug", ["protocole-d-intention", "releve-de-decisions"])
def test_signed_texts_of_the_example(slug, mission):
    """The commune's texts to sign on site: French alone (the partner works in French), the
    session of the programme that plans the relevé, the délibération that authorises it."""
    entry = document(slug)
    assert entry.languages_text(mission) == ""
    for text in (page_text(entry.edition(mission)), docx_text(to_docx(entry.edition(mission)))):
        text = " ".join(text.split())
        assert "n’engage financièrement aucune" in text
        assert "autorisée par la délibération du 28 janvier 2027" in text
        assert "Fait en deux exemplaires originaux, en français." in text
        assert "La maire, Hélène Garnier" in text and "Le maire" in text
        if slug == "releve-de-decisions":
            assert "Réunion du 5 mars 2027, Hôtel de ville de Kéra-Sobo." in text
            assert "Claire Dumas, Bernard Lefèvre, Sophie Martin, Karim Benali" in text
        else:
            for objective in mission.objectifs:
                assert objective in text


def test_the_commented_convention_of_mission_yml_is_valid_once_uncommented():
    """mission.yml shows how to write `convention` in comments: without their « # », they are
    a valid key, and the convention then carries them."""
    text = (PROJECT_ROOT / "mission.yml").read_text("utf-8")
    head, example = text.split("\n# convention:\n", 1)
    uncommented = "\n".join(line.removeprefix("# ") for line in example.splitlines())
    data, lines = read_yaml(f"{head}\nconvention:\n{uncommented}\n", "mission.yml")
    filled = validate(data, lines)
    text = page_text(document("convention-de-partenariat").build(filled))
    assert "Diagnostic du réseau d’eau" in text or "Diagnostic du réseau d'eau" in text
    assert "8 000 €" in text.replace("\u00a0", " ")


# What the délibération approving the convention names for each type: its body, the articles
# on the assembly's competence and on enforceability, who signs it.
APPROVAL = {
    "commune": ("Le conseil municipal,", ["L2121-29", "L2131-1", "L2121-23"], "La maire"),
    "intercommunalite": (
        "Le conseil communautaire,",
        ["L5211-1", "L2121-29", "L5211-3"],
        "présid",
    ),
    "departement": ("Le conseil départemental,", ["L3211-1", "L3131-1"], "conseil départemental"),
    "region": ("Le conseil régional,", ["L4221-1", "L4141-1"], "conseil régional"),
}
CONVENTION = """
convention:
  objet: Coopérer pour l'accès à l'eau potable.
  duree: trois ans
  actions:
    - annee: 2028
      intitule: Diagnostic du réseau d'eau
      montant: 8000
      pris_en_charge_par: collectivite
    - annee: 2029
      intitule: Travaux
      montant: 15000
      pris_en_charge_par: collectivite
"""


@pytest.mark.parametrize("kind", sorted(APPROVAL))
def test_the_approving_deliberation_names_the_body_and_articles_of_each_type(kind, mission):
    text = fork_mission(kind) if kind != "commune" else (PROJECT_ROOT / "mission.yml").read_text()
    data, lines = read_yaml(text.rstrip("\n") + "\n" + CONVENTION, "mission.yml")
    fork = validate(data, lines)
    body, articles, signer = APPROVAL[kind]
    doc = document("deliberation-convention").build(fork)
    for text in (page_text(doc), docx_text(to_docx(doc))):
        text = " ".join(text.split())
        assert body in text
        for article in ["L1115-1", "L1115-5", *articles]:
            assert article in text, (kind, article)
        assert signer in text and "est autorisé" in text and "à signer cette convention" in text
        assert "23 000 €" in re.sub(r"[\u00a0\u202f]", " ", text) and "en 2028" in text
        assert "Coopérer pour l'accès à l'eau potable ; elle est conclue pour trois ans" in text
        assert "n’entre en vigueur qu’après cette transmission" in text
        assert "voix pour" in text and "Certifié exécutoire" in text and "deux mois" in text
        assert "de le " not in text
        assert "municipal" not in text or kind == "commune"
    report = re.sub(
        r"[\u00a0\u202f]",
        " ",
        page_text(document("rapport-de-presentation-convention").build(fork)),
    )
    assert "Total général23 000 €" in report
    assert "15 avril au 31 mai" in report and "Il est proposé au conseil" in report


def test_the_declaration_fiche_of_the_example(mission):
    """The e-APD fiche: the window after the mission's year, what mission.yml knows, lines for
    the rest."""
    doc = document("fiche-declaration-e-apd").build(mission)
    for text in (page_text(doc), docx_text(to_docx(doc))):
        text = re.sub(r"[\u00a0\u202f]", " ", " ".join(text.split()))
        assert "À déposer du 15 avril 2028 au 31 mai 2028, pour l’année 2027." in text
        assert "Démarches simplifiées" in text and "L1115-6" in text
        for value in ("Commune de Val-Fleuri", "Drôme", "Commune de Kéra-Sobo", "Sénégal"):
            assert value in text, value
        assert "Sophie Martin, Chargée de mission coopération décentralisée" in text
        assert "Total à la charge de la collectivité" in text and "4 990 €" in text
        assert "Montants réellement versés" in text


def test_the_compte_rendu_lists_the_suites_of_mission_yml(mission):
    """The compte rendu's « Suites à donner » is the `suites` of mission.yml, dated (R+45: 20
    April 2027), the same as the échéancier shows; blank rows without them."""
    doc = document("compte-rendu-de-mission").build(mission)
    table = next(b for b in doc.blocks if getattr(b, "path", "") == "suites")
    assert table.rows == [
        [
            "Bernard Lefèvre",
            "Envoyer au partenaire le diagnostic du service de l'eau de Val-Fleuri.",
            "20 avril 2027",
        ],
        [
            "Claire Dumas",
            "Accueillir la visite retour de la délégation de Kéra-Sobo.",
            "15 octobre 2027",
        ],
    ]
    bare = document("compte-rendu-de-mission").build(mission.model_copy(update={"suites": None}))
    blank = next(b for b in bare.blocks if getattr(b, "path", "") == "suites")
    assert blank.rows == [] and blank.blank_rows > 0
