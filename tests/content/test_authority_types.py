"""The guide speaks to every kind of authority (issue #13).

Four real sites are checked: the example (a commune with a commune) and three forks built
strictly from a copy of the project with another mission.yml — an intercommunalité with a
Cambodian district, a département with a Malagasy région, a région with a Brazilian state
(this one without `partenaire.executif`). On every page of a non-commune, no communal word
may name the French authority; the mandat spécial section names the right body and article;
the partner's executive is named as mission.yml says (or neutrally); the mission's own
objectives are on « Objectifs »; the legal sections link deep pages, not home pages.
"""

import html
import re
from urllib.parse import urlsplit

import markdown
import pytest
from support import built as shared_build
from support import built_pages, copy_project, read_html

from guide import vocabulary
from guide.errors import GuideError as MissionError
from guide.french import plural
from guide.mission import validate
from guide.typography import FrenchTypography

PROGRAMME = """\
programme:
  - date: {day}
    debut: "09:00"
    fin: "11:00"
    type: visite_de_courtoisie
    intitule: Accueil par l'exécutif partenaire
    lieu: Siège de la collectivité partenaire
  - date: {day}
    debut: "14:00"
    fin: "17:00"
    type: reunion_de_travail
    intitule: Atelier sur l'eau
"""

FORK_TEMPLATE = """\
site:
  couleur: brown
collectivite:
  nom: "{nom}"
  type: {type}
  site_web: https://www.exemple-collectivite.fr
partenaire:
  nom: "{partenaire}"
  pays: {pays}
{executif}mission:
  debut: {day}
  fin: {day}
  fuseau_horaire: {fuseau}
delegation:
  - nom: Anne Durand
    fonction: Vice-présidente chargée des relations internationales
    qualite: elu
    role: Conduit la délégation.
  - nom: Paul Morel
    fonction: Chargé de mission international
    qualite: agent
    role: Organise la mission.
  - nom: Léa Roux
    fonction: Présidente d'une association de jumelage
    qualite: autre
    role: Présente l'association.
objectifs:
  - "{objectif}"
  - Identifier deux domaines de coopération.
resultats_attendus:
  - "{resultat}"
{programme}responsabilites:
  collectivite:
    - Les billets d'avion.
  partenaire:
    - Les rendez-vous sur place.
"""

FORKS = {
    "intercommunalite": {
        "nom": "Communauté de communes du Val-Brun",
        "partenaire": "District de Kampong Sela",
        "pays": "Cambodge",
        "executif": "le chef de district",
        "fuseau": "Asia/Phnom_Penh",
        "objectif": "Comprendre la gestion des déchets <b>du district</b> & {{ config }}",
        "resultat": "Une note commune sur les déchets.",
    },
    "departement": {
        "nom": "Département de la Haute-Vallée",
        "partenaire": "Région Analamanga-Sud",
        "pays": "Madagascar",
        "executif": "le gouverneur",
        "fuseau": "Indian/Antananarivo",
        "objectif": "Rencontrer les services de la région partenaire.",
        "resultat": "Une liste de projets possibles.",
    },
    "region": {
        "nom": "Région Grand-Littoral",
        "partenaire": "État du Pará-Norte",
        "pays": "Brésil",
        "executif": None,  # absent: neutral wording
        "fuseau": "America/Belem",
        "objectif": "Connaître le plan climat de l'État partenaire.",
        "resultat": "Un programme d'échanges entre techniciens.",
    },
}

# What names the mandat spécial's body and legal basis, for each type.
MANDAT = {
    "commune": ("votée par le conseil municipal", "L2123-18"),
    "intercommunalite": ("votée par le conseil communautaire", "L5211-14"),
    "departement": (
        "votée par le conseil départemental, ou sa commission permanente si l'assemblée lui a "
        "délégué ce pouvoir",
        "L3123-19",
    ),
    "region": (
        "votée par le conseil régional, ou sa commission permanente si l'assemblée lui a "
        "délégué ce pouvoir",
        "L4135-19",
    ),
}
OWN_ARTICLES = {"L5211-14", "L3123-19", "L4135-19"}

# Words that name a commune's institutions: wrong for any other French authority.
COMMUNAL_WORDS = re.compile(
    r"conseil municipal|conseillers? municipaux|élus municipaux|bulletin municipal|"
    r"équipe municipale|\bmaires?\b|\b(?:la|de la|à la|sur la|cette) commune\b|"
    r"commune partenaire|L2123-31|L2121-1[12]",
    re.IGNORECASE,
)


def fork_mission(kind: str) -> str:
    values = dict(FORKS[kind])
    executif = values.pop("executif")
    day = "2028-05-16"
    return FORK_TEMPLATE.format(
        type=kind,
        day=day,
        executif=f"  executif: {executif}\n" if executif else "",
        programme=PROGRAMME.format(day=day),
        **values,
    )


@pytest.fixture(scope="module")
def sites(tmp_path_factory, built_site):
    """The example site and the three forks, each built strictly: type -> site folder."""
    built = {"commune": built_site}
    for kind in FORKS:
        project = copy_project(tmp_path_factory.mktemp(kind) / "project")
        (project / "mission.yml").write_text(fork_mission(kind), "utf-8")
        built[kind] = shared_build(project, tmp_path_factory, f"fork-{kind}")
    return built


def article(markup: str) -> str:
    match = re.search(r"<article\b.*?</article>", markup, flags=re.S)
    assert match, "page sans <article>"
    return match.group(0)


def visible_text(markup: str) -> str:
    """Text as a reader sees it: no-break spaces and typographic apostrophes normalised."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup.replace("<wbr>", "")))
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def prose(site_dir, page: str) -> str:
    """A page's own text without code samples (a YAML example may say « le maire ») and, on the
    adapter page, without the table of mission.yml's keys (examples for every type)."""
    markup = article(read_html(site_dir, page))
    markup = re.sub(r"<(pre|code)\b.*?</\1>", " ", markup, flags=re.S)
    # « Dans les autres collectivités »: the rule for the other types, opened on demand.
    markup = re.sub(
        r'<details class="[^"]*\bautres-collectivites\b.*?</details>', " ", markup, flags=re.S
    )
    if page == "adapter-ce-guide/":
        markup = markup.split('id="toutes-les-cles"')[0]
    return visible_text(markup)


def section(text: str, start: str, end: str) -> str:
    assert start in text and end in text, (start, end)
    return text[text.index(start) : text.index(end, text.index(start))]


# --- Every page reads right for the authority's type -----------------------------------------


@pytest.mark.parametrize("kind", list(FORKS))
def test_no_communal_word_for_another_authority(sites, kind):
    pages = [p for p in built_pages(sites[kind]) if p.endswith("/") or p == ""]
    assert len(pages) >= 10
    pages.remove("textes-et-sources/")  # every type's texts, by design (tested in test_sources)
    found = []
    for page in pages:
        text = prose(sites[kind], page)
        found += [f"{page or 'accueil'} : « {m.group(0)} »" for m in COMMUNAL_WORDS.finditer(text)]
    assert not found, "\n".join(found)


def test_the_communal_words_are_there_for_a_commune(sites):
    """The assertion above can fail: the same check finds the words on the example's pages."""
    text = " ".join(prose(sites["commune"], page) for page in ("avant-de-partir/", "sur-place/"))
    found = {m.group(0).lower() for m in COMMUNAL_WORDS.finditer(text)}
    assert {"conseil municipal", "de la commune", "maire", "équipe municipale"} <= found


@pytest.mark.parametrize("kind", ["commune", *FORKS])
def test_mandat_special_names_the_right_body_and_article(sites, kind):
    text = prose(sites[kind], "avant-de-partir/")
    authorise = section(text, "Autoriser le déplacement", "Documents de voyage")
    body, article_number = MANDAT[kind]
    assert body in authorise
    assert article_number in authorise
    assert not (OWN_ARTICLES - {article_number}) & set(re.findall(r"L\d{4}-\d+", authorise))
    assert "votée par la commission permanente" not in authorise
    # Enforceable before departure: published and sent to the préfet.
    assert "publiée et transmise au préfet" in authorise
    assert "avant le départ" in authorise


@pytest.mark.parametrize("kind", ["commune", *FORKS])
def test_tasks_that_use_the_vocabulary_read_right_on_the_checklist(sites, kind):
    checklist = read_html(sites[kind], "outils/checklist/")
    assert "voc(" not in checklist and "{{" not in visible_text(article(checklist))
    row = re.search(r'data-task-id="voter-mandat-special".*?</tr>', checklist, re.S)
    assert row and MANDAT[kind][0].split(",")[0].replace("votée par", "").strip() in (
        visible_text(row.group(0))
    )
    document = re.search(r'data-task-id="document-presentation".*?</tr>', checklist, re.S)
    expected = {
        "commune": "de la commune",
        "intercommunalite": "de l'intercommunalité",
        "departement": "du département",
        "region": "de la région",
    }[kind]
    assert expected in visible_text(document.group(0))


def test_publication_and_assembly_words_follow_the_type(sites):
    expected = {
        "commune": ("au conseil municipal", "bulletin municipal"),
        "intercommunalite": ("au conseil communautaire", "journal intercommunal"),
        "departement": ("au conseil départemental", "magazine départemental"),
        "region": ("au conseil régional", "magazine régional"),
    }
    for kind, (assembly, publication) in expected.items():
        text = prose(sites[kind], "apres-la-mission/")
        task = section(text, "Présenter le bilan", "Le retour devant")
        assert assembly in task and publication in task, kind


# --- The partner's executive -----------------------------------------------------------------


def test_partner_executive_from_mission_yml_or_neutral(sites):
    example = prose(sites["commune"], "sur-place/")
    assert "le Maire et son équipe municipale" in example
    assert "Réunions de travail et d'échange avec le maire et son équipe" in example
    district = prose(sites["intercommunalite"], "sur-place/")
    assert "le Chef de district et son équipe ;" in district
    assert "d'échange avec le chef de district et son équipe constituée" in district
    governor = prose(sites["departement"], "sur-place/")
    assert "le Gouverneur et son équipe ;" in governor
    neutral = prose(sites["region"], "sur-place/")
    assert "l'exécutif de la collectivité partenaire et son équipe ;" in neutral
    assert "d'échange avec l'exécutif de la collectivité partenaire et son équipe" in neutral
    for kind in FORKS:
        headings = re.findall(r"<h2[^>]*>(.*?)</h2>", read_html(sites[kind], "sur-place/"))
        assert "Dans la collectivité partenaire" in [
            visible_text(h).rstrip("¶").strip() for h in headings
        ], kind


def test_partner_executive_is_in_the_terms_and_the_form(sites):
    terms = visible_text(article(read_html(sites["departement"], "outils/termes-de-reference/")))
    assert "Exécutif le gouverneur" in terms
    form = html.unescape(read_html(sites["commune"], "outils/remplir-les-termes-de-reference/"))
    assert 'data-champ="partenaire.executif"' in form
    assert 'data-champ="site.contact_accessibilite"' in form


# --- The mission's own objectives, plurals and names -----------------------------------------


@pytest.mark.parametrize("kind", list(FORKS))
def test_objectives_page_shows_the_missions_objectives_and_results(sites, kind):
    markup = article(read_html(sites[kind], "objectifs/"))
    text = visible_text(markup)
    generic = text.index("définir les bases et le cadre de la coopération")
    for value in (FORKS[kind]["objectif"], FORKS[kind]["resultat"]):
        shown = value.rstrip(".").replace("’", "'")
        assert shown in text and text.index(shown) > generic
    assert "<b>du district</b>" not in markup  # data is text, never markup
    # Where the guide suggests signing, it says a délibération comes first and the préfet.
    warning = section(text, "Avant de signer", "Les objectifs de cette mission")
    assert "délibération" in warning and "préfet" in warning and "24 mai 2018" in warning


def test_plurals_and_articles_in_the_terms_of_reference(sites):
    example = visible_text(article(read_html(sites["commune"], "outils/termes-de-reference/")))
    assert "4 personnes, voir la partie 6" in example
    assert "La Commune de Val-Fleuri prend en charge" in example
    assert "personne(s)" not in example
    fork = visible_text(article(read_html(sites["departement"], "outils/termes-de-reference/")))
    assert "3 personnes" in fork
    assert "Le Département de la Haute-Vallée prend en charge" in fork
    assert "La Région Analamanga-Sud prend en charge" in fork


# --- Sources: deep links in the legal sections -----------------------------------------------

LEGAL_PAGES = ["objectifs/", "avant-de-partir/", "sur-place/", "apres-la-mission/"]


def legal_links(site_dir, page: str) -> list[str]:
    markup = article(read_html(site_dir, page))
    if page == "sur-place/":
        markup = markup[markup.find('id="protocole"') : markup.find('id="sur-le-territoire')]
    hrefs = re.findall(r'<a\b[^>]*\bhref="([^"]+)"', markup)
    return [html.unescape(h) for h in hrefs if h.startswith(("http://", "https://"))]


@pytest.mark.parametrize("kind", ["commune", *FORKS])
def test_every_external_link_in_the_legal_sections_is_a_deep_link(sites, kind):
    shallow, count = [], 0
    for page in LEGAL_PAGES:
        for url in legal_links(sites[kind], page):
            count += 1
            parts = urlsplit(url)
            if parts.scheme != "https" or (parts.path in ("", "/") and not parts.query):
                shallow.append(f"{page} : {url}")
    assert count >= 20
    assert shallow == []
    texts = prose(sites[kind], "ressources/")
    references = section(texts, "Textes de référence", "Sources des compléments")
    assert MANDAT[kind][1] in references


def test_new_rules_are_stated_with_their_figures_and_years(sites):
    before = prose(sites["departement"], "avant-de-partir/")
    for words in ("Vigilance normale", "Formellement déconseillé", "visioconférence",
                  "65 %", "17,5 %", "arrêté du 3 juillet 2006", "ni élu ni agent",
                  "fièvre jaune", "1er janvier 2023", "ramadan"):  # fmt: skip
        assert words in before, words
    after = prose(sites["departement"], "apres-la-mission/")
    for words in ("15 avril", "31 mai", "FICOL", "En 2025", "70 %", "au moins 3 collectivités",
                  "transports et la mobilité (article L1115-3)", "L52-1", "six mois"):  # fmt: skip
        assert words in after, words
    assert "2024-2026" not in after
    protocol = prose(sites["departement"], "sur-place/")
    for words in ("150 €", "L1111-1-2", "référent déontologue", "ordre de la délégation"):
        assert words in protocol, words


def test_complements_say_nothing_about_an_original_guide(sites):
    for kind in ("commune", "region"):
        for page in ("avant-de-partir/", "apres-la-mission/", "ressources/"):
            text = prose(sites[kind], page)
            assert "guide d'origine" not in text and "Complément au guide" not in text
            assert re.search(r"Règles et démarches, vérifiées le (1er|\d+) \w+ 20\d\d", text)


# --- The accessibility page, for readers -----------------------------------------------------


def test_accessibility_page_gives_the_contact_and_the_remedies(sites):
    example = html.unescape(article(read_html(sites["commune"], "accessibilite/")))
    assert 'href="mailto:accessibilite@val-fleuri.example"' in example
    text = visible_text(example)
    for words in ("Ce qui fonctionne", "Ce qui ne fonctionne pas", "Signaler un problème",
                  "Voies de recours", "Défenseur des droits"):  # fmt: skip
        assert words in text, words
    assert "axe-core" not in text and "make bench" not in text  # developer tooling: README
    fork = html.unescape(article(read_html(sites["region"], "accessibilite/")))
    assert 'href="https://www.exemple-collectivite.fr"' in fork  # no contact: its website


# --- Without MkDocs: the vocabulary, the contact key, the apostrophes ------------------------


@pytest.mark.parametrize(
    ("kind", "key", "form", "expected"),
    [
        ("commune", "assemblee", "le", "le conseil municipal"),
        ("commune", "assemblee", "Du", "Du conseil municipal"),
        ("intercommunalite", "collectivite", "du", "de l’intercommunalité"),
        ("intercommunalite", "collectivite", "au", "à l’intercommunalité"),
        ("departement", "collectivite", "du", "du département"),
        ("region", "collectivite", "au", "à la région"),
        ("region", "executif", "Le", "Le président ou la présidente du conseil régional"),
        (
            "departement",
            "executif",
            "du",
            "du président ou de la présidente du conseil départemental",
        ),
        ("commune", "elus", "au", "aux élus municipaux"),
        ("region", "publication", "nu", "magazine régional"),
    ],
)  # fmt: skip
def test_vocabulary_forms(kind, key, form, expected):
    assert vocabulary.authority_word(kind, key, form) == expected


def test_every_type_has_every_word():
    for kind in ("commune", "intercommunalite", "departement", "region"):
        assert set(vocabulary.VOCABULARY[kind]) == set(vocabulary.KEYS), kind
    with pytest.raises(ValueError):
        vocabulary.authority_word("commune", "inconnu")


def test_partner_words_escape_the_value_and_contract_articles():
    word = vocabulary.partner_word
    assert word("le maire", "partenaire_executif", "du") == "du maire"
    assert word("la gouverneure", "partenaire_executif", "au") == "à la gouverneure"
    assert word("l'intendant", "partenaire_executif", "du") == "de l’intendant"
    assert word("le maire", "partenaire_executif", honorific=True) == "le Maire"
    assert word(None, "partenaire_executif", "Le") == "L’exécutif de la collectivité partenaire"
    assert word("le maire", "partenaire_equipe") == "son équipe municipale"
    assert word("le wali", "partenaire_equipe") == "son équipe"
    hostile = word("le <b>chef</b> {{ config }}", "partenaire_executif")
    assert "<b>" not in hostile and "{{" not in hostile
    assert html.unescape(hostile) == "le <b>chef</b> {{ config }}"


def test_names_as_subjects_and_counts():
    assert vocabulary.name_as_subject("Commune de Val-Fleuri") == "La Commune de Val-Fleuri"
    assert vocabulary.name_as_subject("Eurométropole de Metz") == "L’Eurométropole de Metz"
    assert vocabulary.name_as_subject("Département du Nord") == "Le Département du Nord"
    assert vocabulary.name_as_subject("Val-Fleuri") == "Val-Fleuri"
    assert plural(1, "point à corriger", "points à corriger") == "1 point à corriger"
    assert plural(4, "personne") == "4 personnes"


def example_data() -> dict:
    from support import PROJECT_ROOT

    from guide.mission.dialect import read_yaml

    # The guide's dialect: numbers such as budget amounts stay texts, as at build time.
    return read_yaml((PROJECT_ROOT / "mission.yml").read_text("utf-8"))[0]


@pytest.mark.parametrize(
    "contact", ["accessibilite@commune.fr", "https://www.commune.fr/accessibilite"]
)
def test_accessibility_contact_accepts_an_email_or_a_web_address(contact):
    data = example_data()
    data["site"]["contact_accessibilite"] = contact
    assert validate(data).site.contact_accessibilite == contact


@pytest.mark.parametrize("contact", ["accessibilite", "mairie@", "www.commune.fr", "a b@c.fr"])
def test_accessibility_contact_rejects_anything_else(contact):
    data = example_data()
    data["site"]["contact_accessibilite"] = contact
    with pytest.raises(MissionError) as error:
        validate(data)
    assert "site.contact_accessibilite" in error.value.messages[0]
    assert "adresse électronique" in error.value.messages[0]


def test_apostrophes_become_typographic_in_prose_only():
    typed = "L'ambassade, `l'option`, [l'étape](page.md \"l'aide\") et <b title=\"l'a\">x</b>"
    shown = markdown.markdown(typed, extensions=[FrenchTypography()])
    assert shown == (
        '<p>L’ambassade, <code>l\'option</code>, <a href="page.md" title="l\'aide">l’étape</a>'
        ' et <b title="l\'a">x</b></p>'
    )
    # A value of mission.yml reaches the page as a character reference: shown as typed.
    assert "l&#39;eau" in markdown.markdown("valeur : l&#39;eau", extensions=[FrenchTypography()])


def test_the_home_line_counts_the_days_in_the_missions_time_zone():
    """Antananarivo is 3 hours ahead of UTC: the mission's day starts at 21 h UTC the day
    before, and the home page's « Aujourd'hui » line shows from then (today.js's test)."""
    from datetime import UTC, datetime

    from guide.mission.dialect import read_yaml
    from guide.today import home_line, mission_window

    mission = validate(read_yaml(fork_mission("departement"))[0])
    start, end = mission_window(mission)
    assert datetime.fromtimestamp(start / 1000, UTC) == datetime(2028, 5, 15, 21, tzinfo=UTC)
    assert datetime.fromtimestamp(end / 1000, UTC) == datetime(2028, 5, 16, 21, tzinfo=UTC)
    line = html.unescape(home_line(mission, "aujourd-hui/"))  # as the browser reads it
    assert f'data-mission-from="{start}"' in line and 'href="aujourd-hui/"' in line


@pytest.mark.parametrize("kind", list(FORKS))
def test_a_fork_s_phone_icon_and_contacts_page_are_its_own(sites, kind):
    """The default icon takes site.couleur (brown in the forks), as the phone's title bar does;
    the contacts page builds without urgences and says where to add them."""
    import json

    from guide import installable
    from guide.pages import folder

    site = sites[kind]
    manifest = json.loads((site / installable.WEB_MANIFEST).read_text("utf-8"))
    brown = installable.THEME_COLOURS["brown"]
    assert manifest["theme_color"] == brown
    icon = (site / manifest["icons"][0]["src"]).read_text("utf-8")
    assert f'fill="{brown}"' in icon and installable.THEME_COLOURS["indigo"] not in icon
    contacts = read_html(site, folder("contacts") + "/")
    assert "ne donne pas encore les numéros de l’ambassade" in contacts
    assert 'href="tel:' not in contacts
