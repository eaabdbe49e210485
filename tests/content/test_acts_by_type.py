"""The acts as a service des assemblées reads them, for each of the four types (issue 23).

Four sites built strictly: the example (a commune, its maire named) and three forks of
`fork_mission`: an intercommunalité whose bureau votes by delegation (its president named), a
département whose commission permanente votes (its présidente named, the séance dated), a
région with no executive named and its assembly voting. In each, the built .docx and printable
page of every act say the right forms of its type and none of the slips a legal service found
(« son articles », « de le », « le président ou la présidente », « Commune de … donne
ordre »…); each article cited is listed with its link on « Textes et sources »; the blank models
are the same in every fork (nothing of mission.yml in them); and LibreOffice prints each act on
the pages measured here.
"""

from __future__ import annotations

import html
import io
import re
import subprocess

import pytest
from docx import Document as WordDocument
from support import built as shared_build
from support import copy_project, libreoffice_pdfs, read_html
from test_authority_types import fork_mission

from guide import sources
from guide.documents.downloads import DOCUMENTS_DIR
from guide.pages import document_page

ACTS = (
    "deliberation-mandat-special",
    "rapport-de-presentation-mandat-special",
    "ordres-de-mission",
    "etats-de-frais",
    "registre-des-cadeaux",
    "compte-rendu-de-mission",
    "deliberation-convention",
)

# What each fork adds to fork_mission: who signs, who votes, the séance.
VARIANTS = {
    "intercommunalite": ("Jean Vidal", "monsieur", "bureau", "2028-04-10"),
    "departement": ("Marie Lenoir", "madame", "commission_permanente", "2028-04-10"),
    "region": None,  # no executive, no séance date, the assembly votes: neutral words
}


def act_fork(kind: str) -> str:
    text = fork_mission(kind)
    if VARIANTS[kind]:
        name, civilite, vote, seance = VARIANTS[kind]
        text = text.replace(
            "collectivite:\n",
            f"collectivite:\n  executif:\n    nom: {name}\n    civilite: {civilite}\n",
            1,
        ).replace("mission:\n", f"mission:\n  seance_conseil: {seance}\n  vote_par: {vote}\n", 1)
    return text


@pytest.fixture(scope="module")
def sites(tmp_path_factory, built_site):
    built = {"commune": built_site}
    for kind in VARIANTS:
        project = copy_project(tmp_path_factory.mktemp(f"acts-{kind}") / "project")
        (project / "mission.yml").write_text(act_fork(kind), "utf-8")
        built[kind] = shared_build(project, tmp_path_factory, f"acts-{kind}")
    return built


def docx_text(path) -> str:
    word = WordDocument(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return "\n".join(parts)


def page_text(site, slug: str, blank: bool = False) -> str:
    """The printable page's document, as a reader sees it (no-break spaces kept)."""
    markup = read_html(site, document_page(slug, blank).removesuffix(".md") + "/")
    match = re.search(r'<article class="terms .*?</article>', markup, flags=re.S)
    assert match, slug
    text = html.unescape(re.sub(r"<[^>]+>", " ", match.group(0)))
    return re.sub(r"[ \n\t]+", " ", text)


def both(site, slug: str) -> list[str]:
    """The act as the .docx and as the printable page: the same words in each."""
    docx = docx_text(site / DOCUMENTS_DIR / f"{slug}.docx")
    return [re.sub(r"[ \n\t]+", " ", docx), page_text(site, slug)]


def flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# What each type's acts must say, act by act (spaces as plain spaces).
EXPECTED = {
    "commune": {
        "deliberation-mandat-special": [
            "Commune de Val-Fleuri : le conseil municipal, mission du 2 au 6 mars 2027",
            "Séance du 28 janvier 2027",
            "Le conseil municipal,",
            "L2121-29 (compétence du conseil municipal), L2123-18 (mandat spécial) et R2123-22-1",
            "Vu le décret n° 2006-781 du 3 juillet 2006",
            "Vu l’arrêté du 3 juillet 2006",
            "pour une mission exploratoire à Kéra-Sobo et Fatick (Sénégal), du 2 au 6 mars 2027",
            "La maire est autorisée à signer",
            "ni juridiquement ni financièrement",
            "La maire est chargée de l’exécution",
            "La maire, présidente de séance",
            "Hélène Garnier",
            "Signataires : article L2121-23 du CGCT.",
            "(article L2131-1 du CGCT)",
        ],
        "rapport-de-presentation-mandat-special": [
            "Il est proposé au conseil municipal de confier un mandat spécial",
            "un autre financeur : Association des parents d'élèves de l'école Jean-Moulin",
            "Les accompagnent Sophie Martin (Chargée de mission coopération décentralisée) et "
            "Karim Benali",
            "article L2123-31",
        ],
        "ordres-de-mission": [
            "La maire, Hélène Garnier, donne ordre à l’agente ci-dessous",
            "L’agente et sa mission",
        ],
        "etats-de-frais": [
            "(articles L2123-18 et R2123-22-1 du CGCT)",
            "Certifié exact : la personne en mission",
            "Vu, bon à payer : la maire",
        ],
        "deliberation-convention": [
            "le conseil municipal, convention avec la Commune de Kéra-Sobo",
            "Vu le compte rendu de la mission exploratoire du 2 au 6 mars 2027 ;",
        ],
    },
    "intercommunalite": {
        "deliberation-mandat-special": [
            "Communauté de communes du Val-Brun : le bureau du conseil communautaire, mission "
            "du 16 mai 2028",
            "Séance du 10 avril 2028",
            "Le bureau du conseil communautaire, agissant par délégation du conseil "
            "communautaire (article L5211-10),",
            "Vu la délibération du conseil communautaire du",
            "L5211-14 et L2123-18 (mandat spécial des conseillers communautaires) et R2123-22-1",
            "sur le territoire du District de Kampong Sela (Cambodge), le 16 mai 2028",
            "Indemnités journalières (1 jour au taux du pays)",
            "Le président de la Communauté de communes du Val-Brun est chargé de l’exécution",
            "Le président de la Communauté de communes du Val-Brun, président de séance",
            "Signataires : articles L5211-1 et L2121-23 du CGCT.",
            "(article L5211-3 du CGCT)",
        ],
        "rapport-de-presentation-mandat-special": [
            "Une mission exploratoire auprès du District de Kampong Sela (Cambodge), le 16 mai",
            "Il est proposé au bureau du conseil communautaire de confier",
            "article L5211-15",
        ],
        "ordres-de-mission": [
            "Le président de la Communauté de communes du Val-Brun, Jean Vidal, donne ordre à "
            "l’agent ci-dessous"
        ],
        "etats-de-frais": ["(articles L5211-14, L2123-18 et R2123-22-1 du CGCT)"],
        "deliberation-convention": [
            "Le conseil communautaire,",
            "« Le bureau du conseil communautaire, agissant par délégation du conseil "
            "communautaire (article L5211-10) »",
        ],
    },
    "departement": {
        "deliberation-mandat-special": [
            "Département de la Haute-Vallée : la commission permanente du conseil "
            "départemental, mission du 16 mai 2028",
            "La commission permanente du conseil départemental, agissant par délégation du "
            "conseil départemental (article L3211-2),",
            "Vu la délibération du conseil départemental du",
            "L3211-1 (compétence du conseil départemental), L3123-19 (mandat spécial) et R3123-20",
            "sur le territoire de la Région Analamanga-Sud (Madagascar)",
            "La présidente du conseil départemental est chargée de l’exécution",
            "La présidente du conseil départemental, présidente de séance",
            "Marie Lenoir",
            "Signataires : règlement intérieur du conseil départemental.",
            "(article L3131-1 du CGCT)",
        ],
        "rapport-de-presentation-mandat-special": [
            "Il est proposé à la commission permanente du conseil départemental de confier",
            "article L3123-26",
        ],
        "ordres-de-mission": [
            "La présidente du conseil départemental, Marie Lenoir, donne ordre à l’agent"
        ],
        "etats-de-frais": [
            "(articles L3123-19 et R3123-20 du CGCT)",
            "Vu, bon à payer : la présidente du conseil départemental",
        ],
        "deliberation-convention": [
            "La présidente du conseil départemental est autorisée à signer cette convention",
            "(article L3211-2)",
        ],
    },
    "region": {
        "deliberation-mandat-special": [
            "Région Grand-Littoral : le conseil régional, mission du 16 mai 2028",
            "Le conseil régional,",
            "La commission permanente du conseil régional, agissant par délégation du conseil "
            "régional (article L4221-5)",
            "L4221-1 (compétence du conseil régional), L4135-19 (mandat spécial) et R4135-20",
            "sur le territoire de l’État du Pará-Norte (Brésil)",
            "La présidence du conseil régional est chargée de l’exécution",
            "Présidence de séance",
            "Signataires : règlement intérieur du conseil régional.",
            "(article L4141-1 du CGCT)",
        ],
        "rapport-de-presentation-mandat-special": [
            "Il est proposé au conseil régional de confier",
            "autoriser la présidence du conseil régional à en signer les pièces",
            "article L4135-26",
        ],
        "ordres-de-mission": ["La présidence du conseil régional donne ordre à l’agent"],
        "etats-de-frais": [
            "(articles L4135-19 et R4135-20 du CGCT)",
            "Vu, bon à payer : la présidence du conseil régional",
        ],
        "deliberation-convention": [
            "La présidence du conseil régional est autorisée à signer cette convention",
            "(article L4221-5)",
        ],
    },
}

# What every délibération says, in every type: the rule of reimbursement as it stands, the
# séance's blanks, the vote, both signatures, the certificate, the appeal, the sources.
EVERY_DELIBERATION = [
    "Extrait du registre des délibérations",
    "Date de la convocation",
    "Membres en exercice",
    "résents",  # « présents » on the page, « Présents : » a line of its own in Word
    "eprésentés",
    "Secrétaire de séance",
    "voix pour",
    "voix contre",
    "abstentions",
    "Certifié exécutoire",
    "transmission au représentant de l’État",
    "tribunal administratif",
    "deux mois",
    "R421-1",
    "« Textes et sources »",
]
REIMBURSEMENT = [
    "remboursés forfaitairement, sur justificatif de la durée réelle du déplacement",
    "réduite de 65 % lorsque l’élu est logé gratuitement et de 17,5 % pour chaque repas",
    "état de frais accompagné des justificatifs",
    "dans la limite de 75 % du montant prévisible des indemnités journalières",
]

# The slips the review found, and their kin: none may come back in any act of any type.
SLIPS = [
    r"son articles",
    r"\b[Dd]e le\b",
    r"\b[Àà] le\b",
    r"\b[Dd]e les\b",
    r"président ou la présidente",
    r"président ou de la présidente",
    r"·",  # « Élu·e », « Agent·e »
    r"Commune de Val-Fleuri donne ordre",
    r"2001-654 \(article 5\)",
    r"frais réels",
    r"au choix",
    r"[Rr]egistre public",
    r"\bà (?:District|Région|État|Commune|Département)\b",
    r"\bmission le \d",
    r"\b1 jours\b",
    r"\b[Ll]a (?:présidence|présidente|maire)\b[^.;]{0,80}? est (?:chargé|autorisé) ",
    r"\b[Ll]e (?:président|maire)\b[^.;]{0,80}? est (?:chargée|autorisée) ",
    r"\bNone\b",
    r"présidence de l’intercommunalité de la",
    r"du conseil départemental du Département",
]


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_act_says_its_types_forms_and_none_of_the_slips(sites, kind):
    site = sites[kind]
    for slug in ACTS:
        for text in both(site, slug):
            plain = flat(text)
            for words in EXPECTED[kind].get(slug, []):
                assert flat(words) in plain, (kind, slug, words)
            found = [s for s in SLIPS if re.search(s, plain)]
            assert not found, (kind, slug, found)
            if slug == "deliberation-mandat-special":
                for words in EVERY_DELIBERATION + REIMBURSEMENT:
                    assert words in plain, (kind, words)
                # Nothing to sign in the forks' programmes: no authorisation to sign.
                assert ("ni juridiquement ni financièrement" in plain) == (kind == "commune")


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_deliberations_table_counts_the_elus_alone(sites, kind):
    word = WordDocument(sites[kind] / DOCUMENTS_DIR / "deliberation-mandat-special.docx")
    table = next(t for t in word.tables if t.rows[0].cells[0].text.startswith("Frais des élus"))
    who = [row.cells[1].text for row in table.rows[1:]]
    elus = 2 if kind == "commune" else 1
    assert who == [f"par élu, {elus} élu{'s' if elus > 1 else ''}"] * 3 + [""]
    assert "personnes" not in " ".join(c.text for row in table.rows for c in row.cells)
    # Considérants and visas are paragraphs, never list items.
    for paragraph in word.paragraphs:
        if paragraph.text.startswith(("Vu ", "Considérant")):
            assert paragraph.style.name == "Normal", paragraph.text


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_compte_rendu_has_a_baseline_and_an_evaluation(sites, kind):
    for text in both(sites[kind], "compte-rendu-de-mission"):
        assert "La situation de départ" in text and "Évaluation" in text
        assert text.index("La situation de départ") < text.index("Évaluation")
        assert "Atteint ? (oui, en partie, non)" in flat(text)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_registre_says_the_rule_as_the_article_does(sites, kind):
    for text in both(sites[kind], "registre-des-cadeaux"):
        plain = flat(text)
        assert "dons, avantages et invitations" in plain and "150 €" in plain
        assert "dans le cadre d’un autre mandat électif" in plain
        assert "registre qu’elle tient" in plain and "L1111-1-2" in plain


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_french_typography_in_the_acts(sites, kind):
    """No-break spaces before « : ; ! ? » and inside « », in the .docx as on the page."""
    for slug in ACTS:
        for text in both(sites[kind], slug):
            assert not re.search(r"[^\S\u00a0\u202f][:;!?](?:\s|$)", text), (kind, slug)
            assert not re.search(r"«[^\u00a0\u202f]|[^\u00a0\u202f]»", text), (kind, slug)


def sources_rows(site) -> dict[str, str]:
    """« Textes et sources »: each reference's label -> its row's HTML (its link and the pages
    that cite it)."""
    markup = read_html(site, "textes-et-sources/")
    rows = {}
    for row in re.findall(r"<tr>.*?</tr>", markup, flags=re.S):
        cells = re.findall(r"<td>(.*?)</td>", row, flags=re.S)
        if cells:
            rows[html.unescape(re.sub(r"<[^>]+>", "", cells[0]))] = row
    return rows


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_every_article_an_act_cites_is_listed_with_its_link_and_the_act(sites, kind):
    site = sites[kind]
    rows = sources_rows(site)
    for slug in ACTS:
        text = page_text(site, slug)
        assert sources.unknown_numbers(text) == set(), (kind, slug)
        for source in sources.SOURCES:
            if not sources.cites(source, text) or not source.cites:
                continue
            row = next(r for label, r in rows.items() if label.startswith(source.label))
            assert f'href="{html.escape(source.url)}"' in row or source.url in row, source.id
            assert f"documents/{slug}/" in row, (kind, slug, source.id)


def test_the_blank_models_are_the_same_in_every_type(sites):
    """A blank model knows nothing of mission.yml: the forks' are the example's, word for
    word, and name no authority of theirs."""
    for slug in ACTS:
        example = docx_text(sites["commune"] / DOCUMENTS_DIR / f"{slug}-vierge.docx")
        assert "Val-Fleuri" not in example and "None" not in example
        for kind in VARIANTS:
            fork = docx_text(sites[kind] / DOCUMENTS_DIR / f"{slug}-vierge.docx")
            assert fork == example, (kind, slug)
            assert page_text(sites[kind], slug, blank=True) == page_text(
                sites["commune"], slug, blank=True
            )


# Pages of each act's .docx in LibreOffice, measured: a longer act is a change to look at.
FORK_PAGES = {
    "deliberation-mandat-special": 2,
    "rapport-de-presentation-mandat-special": 2,
    "ordres-de-mission": 2,  # the agent, then the member who is neither élu nor agent
    "etats-de-frais": 2,  # the élu and the agent, a page each
    "registre-des-cadeaux": 1,
    "compte-rendu-de-mission": 3,
    "deliberation-convention": 2,
}
PAGES = {
    # Two élus, the authorisation to sign the relevé de décisions, the budget's other payers.
    "commune": {**FORK_PAGES, "deliberation-mandat-special": 3, "etats-de-frais": 3},
    "intercommunalite": FORK_PAGES,
    "departement": FORK_PAGES,
    "region": FORK_PAGES,
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_page_counts_of_each_act_in_libreoffice(sites, kind, tmp_path):
    files = [sites[kind] / DOCUMENTS_DIR / f"{slug}.docx" for slug in ACTS]
    libreoffice_pdfs(files, tmp_path)
    pages = {}
    for pdf in (tmp_path / "pdf").glob("*.pdf"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages[pdf.stem] = int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1))
    assert pages == PAGES[kind]
