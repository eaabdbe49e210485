"""The documents for the partner, in its language (issue: English, Spanish, Portuguese).

Two partners of the tests' own (tests/engine/fixture/missions/): a Peruvian municipality whose
documents are in Spanish and a Ghanaian district whose documents are in English. Their terms of
reference in the partner's language carry every value of mission.yml and no French label, their
dates read naturally, the untranslated texts are listed, the bilingual edition holds both
languages section by section, and the French documents stay as they were.
"""

from __future__ import annotations

import html
import io
import re
import string
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from docx import Document as read_docx
from fixture_site import make_fixture_project
from pypdf import PdfReader
from support import build_in_process, french_texts, read_html, serve_folder

from guide.documents.docx import to_docx
from guide.documents.editions import bilingual, untranslated, untranslated_notice
from guide.documents.html import to_html
from guide.documents.ics import to_ics
from guide.documents.languages import TABLES, Language, partner_locale, pt_br
from guide.documents.letter import LETTER_WORDS, VISA_ITEMS, build_letter
from guide.documents.model import Document, InLanguage, Items
from guide.documents.terms import build_terms
from guide.errors import GuideError
from guide.mission import load_mission, read_yaml, validate
from guide.mission.model import (
    BUDGET_PAYERS,
    COLLECTIVITE_TYPES,
    DOCUMENT_LANGUAGES,
    ENTRY_TYPES,
    MEMBER_KINDS,
    Translated,
)
from guide.pages import ROLES, nav_with_editions

MISSIONS = Path(__file__).resolve().parent / "fixture" / "missions"
FIXTURE_MISSION = Path(__file__).resolve().parent / "fixture" / "mission.yml"
FIXTURE_DOCS = Path(__file__).resolve().parent / "fixture" / "docs"
PARTNERS = ("es", "en")


def mission_of(language: str):
    return load_mission(MISSIONS / f"partenaire-{language}.yml", docs_dir=FIXTURE_DOCS)


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# --- The tables of words ------------------------------------------------------------------


def test_every_label_exists_in_every_language_with_the_same_fields():
    french = TABLES["fr"].TERMS
    for code in DOCUMENT_LANGUAGES:
        table = TABLES[code]
        assert table.TERMS.keys() == french.keys(), code
        for key, text in table.TERMS.items():
            assert fields_of(text) == fields_of(french[key]), (code, key)
            assert text.strip() == text and "  " not in text, (code, key)
        # Every fixed value of mission.yml has its label in the language.
        assert table.CHOICES["collectivite.type"].keys() == COLLECTIVITE_TYPES.keys(), code
        assert table.CHOICES["delegation.qualite"].keys() == MEMBER_KINDS.keys(), code
        assert table.CHOICES["programme.type"].keys() == ENTRY_TYPES.keys(), code
        assert table.CHOICES["budget.pris_en_charge_par"].keys() == BUDGET_PAYERS.keys(), code
        assert table.DATES.keys() == TABLES["en"].DATES.keys(), code
        # Its punctuation, not French spacing: no space before « : ».
        assert not [t for t in table.TERMS.values() if " :" in t], code


# --- The partner's edition ----------------------------------------------------------------


def phrases(table: dict) -> set[str]:
    """The fixed phrases of a table of words (the parts between its fields)."""
    found = set()
    for key, text in table.items():
        if not key.startswith("ics_"):
            pieces = (part.strip(" ,.():") for part in re.split(r"\{\w+\}", text))
            found |= {piece for piece in pieces if len(piece) > 3 and re.search(r"\w", piece)}
    return found


def french_words(language: str) -> set[str]:
    """The French labels that read differently in `language` (« Signature » is also English)."""
    labels = {**COLLECTIVITE_TYPES, **MEMBER_KINDS, **ENTRY_TYPES, **BUDGET_PAYERS}
    translated = {v for table in TABLES[language].CHOICES.values() for v in table.values()}
    french = phrases(TABLES["fr"].TERMS) | set(labels.values())
    return french - phrases(TABLES[language].TERMS) - translated


def document_text(document) -> tuple[str, str]:
    """The page's text (tags removed) and the .docx's text (paragraphs and table cells)."""
    page = re.sub(r"<[^>]+>", " ", to_html(document))
    word = read_docx(io.BytesIO(to_docx(document)))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    return page, "\n".join([p.text for p in word.paragraphs] + cells)


def mission_values(mission, language: str) -> list[str]:
    """Every value of mission.yml that the terms show, as the partner's edition writes it."""
    m = mission

    def text(value):
        return value.in_language(language) if isinstance(value, Translated) else value

    values = [m.collectivite.nom, m.partenaire.nom, text(m.partenaire.pays)]
    values += [text(v) for v in (m.collectivite.departement, m.collectivite.region) if v]
    partner = (m.partenaire.region, m.partenaire.executive_title, m.mission.lieu)
    values += [text(v) for v in partner if v]
    values += [text(v) for v in (*m.objectifs, *m.resultats_attendus)]
    values += [text(v) for v in (*m.responsabilites.collectivite, *m.responsabilites.partenaire)]
    for person in m.delegation:
        values += [person.nom, text(person.fonction), text(person.role)]
    for entry in m.programme:
        values += [text(entry.intitule), *map(text, entry.participants or [])]
        values += [text(entry.lieu)] if entry.lieu else []
    return values


def without_html_escapes(page: str) -> str:
    return html.unescape(page)


@pytest.mark.parametrize("language", PARTNERS)
def test_the_partners_edition_has_every_value_and_no_french_label(language):
    mission = mission_of(language)
    document = build_terms(mission, language)
    page, docx_text = document_text(document)
    page = without_html_escapes(page)
    values = mission_values(mission, language)
    for value in values:
        assert value in page and value in docx_text, value
    # The document's own words, once the values are set aside (a name may hold French words).
    for value in sorted(values, key=len, reverse=True):
        page, docx_text = page.replace(value, " "), docx_text.replace(value, " ")
    page = re.sub(r"\{ #[\w-]+ \}", " ", page)  # the anchors (ids, not words)
    for word in french_words(language):
        found = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        assert not found.search(page) and not found.search(docx_text), word
    assert f' lang="{language}' in to_html(document)
    assert read_docx(io.BytesIO(to_docx(document))).core_properties.language.startswith(language)
    # The blank template in the language has no French label either.
    blank_page, blank_docx = document_text(build_terms(None, language))
    blank_page = re.sub(r"\{ #[\w-]+ \}", " ", html.unescape(blank_page))
    for word in french_words(language):
        found = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        assert not found.search(blank_page) and not found.search(blank_docx), word


def test_dates_and_times_read_naturally_in_the_partners_language():
    spanish = without_html_escapes(to_html(build_terms(mission_of("es"), "es")))
    assert "del 28 de septiembre al 1 de octubre de 2027" in spanish
    assert "### Martes, 28 de septiembre de 2027" in spanish
    assert "9:00–10:30" in spanish and "Visita de cortesía" in spanish
    assert "2 personas, véase la sección 6" in spanish
    english = without_html_escapes(to_html(build_terms(mission_of("en"), "en")))
    assert "30 November – 2 December 2027" in english
    assert "### Tuesday, 30 November 2027" in english
    assert "08:00–09:15" in english and "Working meeting" in english
    assert "1 person, see section 6" in english
    assert "Testford District Assembly will be responsible for:" in english


def test_untranslated_texts_are_listed_and_shown_in_french():
    spanish = mission_of("es")
    assert untranslated(spanish, "es") == [
        ("partenaire.region", "Cusco"),
        ("delegation[2].fonction", "Chargée de mission"),
        ("objectifs[2]", "Objectif sans traduction."),
    ]
    assert untranslated_notice(spanish) == (
        "mission.yml : 3 textes sans traduction en espagnol (en français dans l'édition du "
        "partenaire) : partenaire.region, delegation[2].fonction, objectifs[2]."
    )
    assert "Objectif sans traduction." in html.unescape(to_html(build_terms(spanish, "es")))
    english = mission_of("en")
    assert [path for path, _ in untranslated(english, "en")] == [
        "collectivite.departement",  # the French authority's description: translatable too
        "partenaire.region",
        "programme[2].intitule",
    ]
    # A participant named as in the delegation is a name (not listed); another one is listed.
    assert "Dominique Essai" in {str(person.nom) for person in english.delegation}
    data, _ = read_yaml((MISSIONS / "partenaire-en.yml").read_text("utf-8"))
    data["programme"][0]["participants"][1] = "Chauffeur"
    listed = [path for path, _ in untranslated(validate(data), "en")]
    assert "programme[1].participants[2]" in listed
    # A mission without the partner's language: no notice.
    assert untranslated_notice(load_mission(FIXTURE_MISSION, docs_dir=FIXTURE_DOCS)) is None


def test_french_documents_ignore_the_translations():
    """The French terms of a mission with translations are those of its French texts alone."""
    data, _ = read_yaml((MISSIONS / "partenaire-es.yml").read_text("utf-8"))
    plain = validate(french_texts(data, without=("langue_des_documents",)))
    assert plain.partenaire.langue_des_documents is None
    translated = mission_of("es")
    assert build_terms(translated) == build_terms(plain)
    assert build_terms(translated, "fr") == build_terms(plain)
    now = datetime(2027, 1, 1, tzinfo=UTC)
    assert to_ics(translated, now) == to_ics(plain, now)
    assert to_html(build_terms(translated)) == to_html(build_terms(plain))
    assert "Pérou" in to_html(build_terms(translated)) and "Perú" not in to_html(
        build_terms(translated)
    )


def test_the_programme_calendar_in_the_partners_language():
    calendar = to_ics(mission_of("es"), datetime(2027, 1, 1, tzinfo=UTC), "es").decode()
    unfolded = calendar.replace("\r\n ", "")
    assert "SUMMARY:Recepción por el alcalde" in unfolded
    assert "Tipo: Visita de cortesía" in unfolded
    assert "Participantes: Alix Essai\\, Camille Test" in unfolded
    assert "Misión exploratoria: Département de l'Essai – Municipalidad de Villa Ensayo" in unfolded
    assert "Type :" not in unfolded and "Mission exploratoire" not in unfolded


def test_the_bilingual_edition_holds_both_languages_section_by_section():
    mission = mission_of("es")
    document = bilingual(build_terms(mission), build_terms(mission, "es"))
    page = without_html_escapes(to_html(document))
    headings = re.findall(r"(?m)^## (.*?) \{", page)
    assert headings == [
        "1. Contexte / Contexto",
        "2. Objectifs de la mission / Objetivos de la misión",
        "3. Résultats attendus / Resultados esperados",
        "4. Programme / Programa",
        "5. Responsabilités de chaque collectivité / Responsabilidades de cada parte",
        "6. La délégation et le rôle de chacun / La delegación y el papel de cada integrante",
        "7. Signatures / Firmas",
    ]
    assert "### Mardi 28 septembre 2027 / Martes, 28 de septiembre de 2027" in page
    assert "Accueil par le maire / Recepción por el alcalde" in page
    assert "<dt>Pays / País</dt>" in page and "Pérou / Perú" in page
    # The sentences of the partner's language follow the French ones, marked with their language.
    french_list = page.index("Connaître les services de la municipalité.")
    spanish_list = page.index('<div class="terms-in-language" lang="es"><ul')
    assert french_list < spanish_list
    assert "Pour la collectivité française / Por la entidad local francesa" in page
    word = read_docx(io.BytesIO(to_docx(document)))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Conocer los servicios de la municipalidad." in paragraphs
    assert "Connaître les services de la municipalité." in paragraphs


def test_the_editions_enter_the_plan_after_the_terms_only_with_a_language(tmp_path):
    for role in ("terms_partner", "terms_bilingual"):
        (tmp_path / ROLES[role]).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / ROLES[role]).write_text("# x\n", "utf-8")
    nav = [{"Accueil": "index.md"}, {"Outils": [{"TdR": ROLES["terms"]}, {"Vierge": "v.md"}]}]
    titles = {"terms_partner": "P", "terms_bilingual": "B"}
    with_language = nav_with_editions(nav, mission_of("es"), tmp_path, titles)
    assert with_language[1]["Outils"] == [
        {"TdR": ROLES["terms"]},
        {"P": ROLES["terms_partner"]},
        {"B": ROLES["terms_bilingual"]},
        {"Vierge": "v.md"},
    ]
    french = load_mission(FIXTURE_MISSION, docs_dir=FIXTURE_DOCS)
    assert nav_with_editions(nav, french, tmp_path, titles) == nav
    # A fork that has not the editions' pages keeps its plan.
    assert nav_with_editions(nav, mission_of("es"), tmp_path / "ailleurs", titles) == nav


@pytest.mark.parametrize("language", PARTNERS)
def test_the_letter_to_the_partner_in_its_language(language):
    mission = mission_of(language)
    page, docx_text = document_text(build_letter(mission, language))
    page = html.unescape(page)
    for value in [
        *mission_values(mission, language)[:2],
        mission.partenaire.pays.in_language(language),
    ]:
        assert value in page and value in docx_text, value
    french = {v for k, v in LETTER_WORDS["fr"].items() if v and v != LETTER_WORDS[language][k]}
    for word in french | set(VISA_ITEMS["fr"]):
        assert word not in page and word not in docx_text, word
    for objective in mission.objectifs:
        assert objective.in_language(language) in page
    period = {
        "es": "del 28 de septiembre al 1 de octubre de 2027",
        "en": "30 November – 2 December 2027",
    }
    assert period[language] in page
    assert LETTER_WORDS[language].keys() == LETTER_WORDS["fr"].keys()
    assert len(VISA_ITEMS[language]) == len(VISA_ITEMS["fr"])
    assert read_docx(io.BytesIO(to_docx(build_letter(None, language)))).paragraphs


# --- The letter's forms of address, per language and region (issues 23.6 and 25.3) ------

# A partner (its executive as mission.yml gives it) -> what its letter says and never says.
MAYOR = "    titre: le maire\n"
LETTER_CASES = [
    # (language, country, partenaire.executif's lines, forms present, forms absent)
    (
        "fr",
        "Ghana",
        MAYOR + "    nom: Kofi Mensah\n    civilite: monsieur\n",
        [
            "Monsieur Kofi Mensah",
            "Monsieur le Maire,",
            "je vous prie d’agréer, Monsieur le Maire, l’expression de ma haute considération.",
            "Essai-sur-Loire, le",
            "La maire",
        ],
        ["Madame, Monsieur"],
    ),
    (
        "fr",
        "Ghana",
        "    titre: la présidente du conseil de district\n",
        ["Madame la Présidente,", "d’agréer, Madame la Présidente, l’expression"],
        ["Madame, Monsieur"],
    ),
    ("fr", "Ghana", "", ["Madame, Monsieur,"], ["Monsieur le"]),
    (
        "fr",
        "Ghana",
        "    titre: le chef de l’exécutif du district\n",
        ["Monsieur le Chef de l’exécutif du district,"],
        ["Monsieur le Chef,", "Madame, Monsieur"],
    ),
    (
        "en",
        "Ghana",
        MAYOR + "    nom: Kofi Mensah\n    civilite: monsieur\n",
        ["Kofi Mensah", "Dear Mayor Mensah,", "Yours sincerely,", "Essai-sur-Loire, ", "The Mayor"],
        ["Dear Sir or Madam", "Yours faithfully", "Mr Kofi"],
    ),
    ("en", "Ghana", "    nom: Ama Owusu\n    civilite: madame\n", ["Dear Ms Owusu,"], ["Dear Sir"]),
    ("en", "Ghana", MAYOR, ["Dear Mayor,"], ["Dear Sir"]),
    ("en", "Ghana", "", ["Dear colleagues,"], ["Dear Sir", "Madam"]),
    (
        "es",
        "Pérou",
        MAYOR + "    nom: Ana Quispe\n    civilite: madame\n",
        ["Señora Ana Quispe", "Alcaldesa", "Estimada señora alcaldesa:", "Atentamente,"],
        ["Estimado señor, estimada señora", "Señora alcaldesa:", "señor alcalde"],
    ),
    (
        "es",
        "Espagne",
        MAYOR + "    nom: Juan García\n    civilite: monsieur\n",
        ["Señor Juan García", "Señor alcalde:", "Atentamente,"],
        ["Estimado señor alcalde:", "De mi consideración"],
    ),
    # Without the civilité: no gender guessed from the French article.
    ("es", "Pérou", MAYOR, ["De mi consideración:"], ["Estimado", "Estimada"]),
    (
        "pt",
        "Cap-Vert",
        MAYOR + "    nom: José Tavares\n    civilite: monsieur\n",
        [
            "Exmo. Senhor José Tavares",
            "Presidente da Câmara Municipal",
            "Exmo. Senhor Presidente da Câmara Municipal,",
            "Com os melhores cumprimentos,",
            "A Presidente da Câmara Municipal",
        ],
        ["Excelentíssimo(a)", "Senhor(a)", "Prezado", "Presidência"],
    ),
    (
        "pt",
        "Brésil",
        MAYOR + "    nom: Maria Souza\n    civilite: madame\n",
        ["Prezada Senhora Prefeita,", "Atenciosamente,", "A Prefeita"],
        ["Presidente da Câmara", "Com os melhores", "Exma."],
    ),
    ("pt", "Cap-Vert", "", ["Exmos. Senhores,"], ["Excelentíssimo(a)", "Senhor(a)"]),
]
# Never in a letter: the memo form, the acts' « Fait à », the office as signatory, the guide
# talking about itself, a gallicism.
NEVER_IN_A_LETTER = [
    "De :", "De:", "À :", "From:", "To:", "Para:", "A:", "Fait à", "la Alcaldía", "Presidência",
    "drawn up by this guide", "elaborada por", "établie par ce guide", "menciones", "menções",
]  # fmt: skip


def letter_mission(language: str, country: str, executive: str):
    """The English fixture's commune (its executive: Hélène Garnier, a woman) with the partner
    of a case: its country and its executive."""
    text = (MISSIONS / "partenaire-en.yml").read_text("utf-8")
    text = text.replace("  type: commune\n", "  type: commune\n  executif:\n"
                        "    nom: Hélène Garnier\n    civilite: madame\n", 1)  # fmt: skip
    text = re.sub(r"(?m)^  executif:\n    fr: .*\n    en: .*\n", "", text)
    text = re.sub(r"(?m)^  pays:\n(?:    .*\n)+", f"  pays: {country}\n", text)
    text = text.replace("  langue_des_documents: en\n", f"  langue_des_documents: {language}\n")
    if executive:
        text = text.replace("  region: Ashanti Region\n", f"  executif:\n{executive}", 1)
    if language == "fr":
        text = text.replace("  langue_des_documents: fr\n", "")
    return validate(*read_yaml(text), "mission.yml")


@pytest.mark.parametrize(("language", "country", "executive", "present", "absent"), LETTER_CASES)
def test_a_letter_addresses_the_partners_executive_in_its_language(
    language, country, executive, present, absent
):
    mission = letter_mission(language, country, executive)
    locale = partner_locale(mission.partenaire) if language != "fr" else "fr"  # es-ES, pt-BR
    document = build_letter(mission, locale)
    page, docx_text = document_text(document)
    page = html.unescape(page)
    paragraphs = [p.text for p in read_docx(io.BytesIO(to_docx(document))).paragraphs]
    for form in present:
        assert form in page and form in docx_text, form
    for form in absent + NEVER_IN_A_LETTER:
        assert form not in page and form not in docx_text, form
    # The close on its own line, after the last sentence; the executive signs by name.
    sign_off = LETTER_WORDS[locale]["sign_off"]
    assert not sign_off or sign_off in paragraphs
    assert "Hélène Garnier" in page and "Hélène Garnier" in docx_text


def test_a_name_in_a_letter_is_text():
    executive = "    nom: <b>Kofi</b> *Mensah*\n    civilite: monsieur\n"
    document = build_letter(letter_mission("en", "Ghana", executive), "en")
    assert "<b>" not in to_html(document)
    page = html.unescape(to_html(document))
    assert "<p><b>Kofi</b> *Mensah*</p>" in page and "Dear Mr *Mensah*," in page
    assert "<b>Kofi</b> *Mensah*" in document_text(document)[1]


# --- Names with their article, in every language (issue 25.2) ----------------------------

# (language, the partner's name, its country, the partner's lines, forms present, patterns
# absent):
# a commune, a district and a regional government; the French authority is a commune.
NAME_CASES = [
    (
        "en",
        "Testford District Assembly",
        "Ghana",
        "",
        [
            "The Commune d'Essai-sur-Loire wishes to strengthen its ties with the Testford",
            "The Testford District Assembly will be responsible for",
            "For the Testford District Assembly",
            "to the Testford District Assembly",
        ],
        [r"with Testford", r"For Testford", r"(?m)^ ?Commune d'Essai-sur-Loire wishes"],
    ),
    (
        "es",
        "Municipalidad de Villa Ensayo",
        "Pérou",
        "",
        [
            "La Commune d'Essai-sur-Loire desea estrechar sus lazos con la Municipalidad",
            "La Municipalidad de Villa Ensayo se encargará de",
            "Por la Municipalidad de Villa Ensayo",
            "a la Municipalidad de Villa Ensayo",
        ],
        [r"con Municipalidad", r"\ba Municipalidad", r"(?m)^ ?Commune d'Essai-sur-Loire se"],
    ),
    (
        "es",
        "Gobierno Regional de Cusco",
        "Pérou",
        "",
        ["con el Gobierno Regional de Cusco", "El Gobierno Regional de Cusco se encargará"],
        [r"con Gobierno", r"\ba Gobierno"],
    ),
    (
        "pt",
        "Câmara Municipal do Tarrafal",
        "Cap-Vert",
        "",
        [
            "A Commune d'Essai-sur-Loire deseja estreitar os laços com a Câmara Municipal",
            "A Câmara Municipal do Tarrafal fica responsável por",
            "Pela Câmara Municipal do Tarrafal",
            "Pela Commune d'Essai-sur-Loire",
            "à Câmara Municipal do Tarrafal",
        ],
        [r"com Câmara", r"Por a ", r"Por Câmara"],
    ),
    (
        "fr",
        "Commune de Kéra-Sobo",
        "Sénégal",
        "",
        [
            "La Commune d'Essai-sur-Loire souhaite approfondir les liens avec la Commune de",
            "La Commune de Kéra-Sobo prend en charge",
            "Pour la Commune de Kéra-Sobo",
            "Proposition d’une mission exploratoire à la Commune de Kéra-Sobo",
        ],
        [r"avec Commune", r"\bà Commune", r"Pour Commune"],
    ),
    # A bare place name takes no article, unless mission.yml gives the name with its article.
    ("en", "Kéra-Sobo", "Sénégal", "", ["ties with Kéra-Sobo and", "For Kéra-Sobo"], ["the Kéra"]),
    (
        "en",
        "Kéra-Sobo",
        "Sénégal",
        "  nom_avec_article:\n    fr: la Commune de Kéra-Sobo\n"
        "    en: the Kéra-Sobo Municipal Council\n",
        ["ties with the Kéra-Sobo Municipal Council and", "For the Kéra-Sobo Municipal Council"],
        ["ties with Kéra-Sobo and"],
    ),
    (
        "fr",
        "Kéra-Sobo",
        "Sénégal",
        "  nom_avec_article: la Commune de Kéra-Sobo\n",
        ["les liens avec la Commune de Kéra-Sobo", "La Commune de Kéra-Sobo prend en charge"],
        ["avec Kéra-Sobo"],
    ),
]


@pytest.mark.parametrize(("language", "name", "country", "lines", "present", "absent"), NAME_CASES)
def test_names_carry_their_article_in_every_document(
    language, name, country, lines, present, absent
):
    from guide.documents.convention import build_convention
    from guide.documents.signed import build_decisions, build_protocol

    text = (MISSIONS / "partenaire-en.yml").read_text("utf-8")
    text = text.replace("  nom: Testford District Assembly\n", f"  nom: {name}\n{lines}", 1)
    text = re.sub(r"(?m)^  pays:\n(?:    .*\n)+", f"  pays: {country}\n", text)
    text = text.replace("  langue_des_documents: en\n", "" if language == "fr" else
                        f"  langue_des_documents: {language}\n")  # fmt: skip
    mission = validate(*read_yaml(text), "mission.yml")
    builders = (build_letter, build_terms, build_protocol, build_decisions, build_convention)
    locale = partner_locale(mission.partenaire) if language != "fr" else "fr"
    pages, words = zip(*(document_text(b(mission, locale)) for b in builders), strict=True)
    page, docx_text = html.unescape("\n".join(pages)), "\n".join(words)
    # Spaces compared as spaces (the .docx has French no-break spaces, the page's come later).
    page, docx_text = (re.sub(r"[ \t\u00a0\u202f]+", " ", t) for t in (page, docx_text))
    for form in present:
        assert form in page and form in docx_text, form
    for form in absent:  # patterns: « a Municipalidad » is not in « la Municipalidad »
        assert not re.search(form, page) and not re.search(form, docx_text), form


# --- A site for a Spanish-speaking partner, built -----------------------------------------


@pytest.fixture(scope="module")
def spanish_site(tmp_path_factory):
    project = make_fixture_project(tmp_path_factory.mktemp("spanish-project"))
    (project / "mission.yml").write_text(
        (MISSIONS / "partenaire-es.yml").read_text("utf-8"), "utf-8"
    )
    site = tmp_path_factory.mktemp("spanish-site") / "site"
    result = build_in_process(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout + result.stderr


def test_a_site_with_a_spanish_speaking_partner(spanish_site, fixture_site, browser):
    site, output = spanish_site
    # The build lists the untranslated texts, as a notice.
    assert "INFO" in output and "3 textes sans traduction en espagnol" in output
    home = read_html(site, "")
    nav = re.findall(r'<a href="([^"]+)" class="md-nav__link', home)
    terms = [link for link in nav if "termes-de-reference" in link]
    assert [link.rstrip("/").rsplit("/", 1)[-1] for link in terms[:3]] == [
        "termes-de-reference",
        "termes-de-reference-partenaire",
        "termes-de-reference-bilingues",
    ]
    partner = html.unescape(read_html(site, "outils/termes-de-reference-partenaire/"))
    both_page = html.unescape(read_html(site, "outils/termes-de-reference-bilingues/"))
    assert "<h1" in partner and "Termes de référence en espagnol" in partner
    # Peru: the region of the documents comes from the country (langue_des_documents: es).
    assert '<article class="terms terms-filled" lang="es-PE"' in partner
    assert "objectifs[2]" in partner  # the untranslated texts, on screen
    folder = site / "outils" / "termes-de-reference"
    for name in (
        "termes-de-reference-es.docx",
        "termes-de-reference-vierge-es.docx",
        "termes-de-reference-bilingues-fr-es.docx",
        "programme-de-la-mission-es.ics",
        "lettre-au-partenaire-es.docx",
    ):
        assert (folder / name).stat().st_size > 1000, name
        assert name in partner or name in both_page
    # A French mission: no edition in the plan; the pages say how to have them.
    french_home = read_html(fixture_site, "")
    assert "termes-de-reference-partenaire" not in french_home
    french_page = read_html(fixture_site, "outils/termes-de-reference-partenaire/")
    assert "partenaire.langue_des_documents" in french_page and "terms-filled" not in french_page
    # The bilingual edition, printed: a few A4 pages, the document alone.
    url, server = serve_folder(site)
    try:
        page = browser.new_page()
        page.goto(url + "outils/termes-de-reference-bilingues/")
        assert page.locator("article.terms h2").count() == 7
        pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
        text = "\n".join(p.extract_text() for p in pdf.pages)
        page.close()
    finally:
        server.shutdown()
    assert 1 < len(pdf.pages) <= 3
    assert "Firmas" in text and "Signatures" in text and "Téléchar" not in text


def test_a_members_quality_agrees_with_its_civilite_in_every_language():
    """« Eleito local » for Claire Dumas, « Funcionário » for Sophie Martin gave a translation
    away: the quality follows the civilité, the generic masculine without one."""

    def member(kind, civilite=None):
        return SimpleNamespace(qualite=kind, civilite=civilite)

    expected = {
        "fr": ("Élue", "Agente", "Élu", "Agent"),
        "pt": ("Eleita local", "Funcionária", "Eleito local", "Funcionário"),
        "es": ("Cargo electo", "Personal técnico", "Cargo electo", "Personal técnico"),
        "en": ("Elected official", "Staff member", "Elected official", "Staff member"),
    }
    for code, words in expected.items():
        language = Language(code)
        got = (
            language.member_kind(member("elu", "madame")),
            language.member_kind(member("agent", "madame")),
            language.member_kind(member("elu")),
            language.member_kind(member("agent", "monsieur")),
        )
        assert got == words, code


def test_countries_languages_and_zones_come_from_cldr_in_the_documents_language():
    """« Pérou », « espagnol », « Sénégal » in the Spanish documents, Atlantic/Cape_Verde in
    prose gave a translation away: CLDR names them in each language, with nothing to type."""
    expected = {
        "es": ("Perú", "español", "Cabo Verde", "Brasil, São Paulo"),
        "pt": ("Peru", "espanhol", "Cabo Verde", "Brasil, São Paulo"),
        "en": ("Peru", "Spanish", "Cape Verde", "Brazil, São Paulo"),
        "fr": ("Pérou", "espagnol", "Cap-Vert", "Brésil, São Paulo"),
    }
    for code, words in expected.items():
        language = Language(code)
        got = (
            language.country("Pérou"),
            language.language_text("espagnol"),
            language.zone("Atlantic/Cape_Verde"),
            language.zone("America/Sao_Paulo"),
        )
        assert got == words, code
        assert language.country("PE") == words[0]  # an ISO code too
        assert language.country("Pays imaginaire") == "Pays imaginaire"  # as typed otherwise


def test_the_spanish_terms_name_the_country_and_zone_in_spanish(tmp_path):
    project = make_fixture_project(tmp_path / "projet")
    mission = load_mission(project / "mission.yml", docs_dir=project / "docs")
    partner = mission.partenaire.model_copy(update={"pays": "Pérou", "langue_des_documents": "es"})
    zone = mission.mission.model_copy(update={"fuseau_horaire": "America/Lima"})
    peru = mission.model_copy(update={"partenaire": partner, "mission": zone})
    text = html.unescape(to_html(build_terms(peru, "es")))
    assert "Perú" in text and "Pérou" not in text
    assert "hora local (Perú)" in text and "America/Lima" not in text


def test_the_bilingual_edition_prints_an_untranslated_item_once_and_its_footer_in_both():
    french = Document("Titre", "Sous-titre", [Items(["Un", "Deux", "Trois"], "objectifs")])
    spanish = Document(
        "Título", "Subtítulo", [Items(["Uno", "Deux", "Tres"], "objectifs")], language="es"
    )
    edition = bilingual(french, spanish)
    theirs = [
        b for b in edition.blocks if isinstance(b, InLanguage) and isinstance(b.blocks[0], Items)
    ]
    assert [b.blocks[0].values for b in theirs] == [["Uno", "Tres"]]  # « Deux » once, in French
    word = read_docx(io.BytesIO(to_docx(edition)))
    footer = "".join(p.text for p in word.sections[0].footer.paragraphs)
    assert "Page" in footer and " sur " in footer and "Página" in footer and " de " in footer


def test_the_documents_language_may_name_its_region_and_defaults_to_the_countrys(tmp_path):
    """langue_des_documents: a language (es) or a locale (es-PE, pt-BR); a wrong one gets a
    French message with the right spelling; without a region, the partner's country gives
    it (Brésil: pt-BR) when the language has a locale there, the language alone otherwise."""
    text = (MISSIONS / "partenaire-es.yml").read_text("utf-8")

    def problems(value: str) -> str:
        path = tmp_path / "mission.yml"
        path.write_text(text.replace("langue_des_documents: es", value), "utf-8")
        try:
            load_mission(path, docs_dir=FIXTURE_DOCS)
        except GuideError as error:
            return str(error)
        return ""

    assert problems("langue_des_documents: es-PE") == ""
    assert problems("langue_des_documents: pt-BR") == ""
    message = problems("langue_des_documents: pt_br")
    assert "partenaire.langue_des_documents" in message
    assert "vouliez-vous écrire « pt-BR » ?" in message and "par exemple es-PE" in message
    assert "« pt-BR »" in problems('langue_des_documents: "portugais (Brésil)"')
    assert "n'est pas une langue des documents possible" in problems("langue_des_documents: xx")

    def locale(language, country):
        return partner_locale(SimpleNamespace(langue_des_documents=language, pays=country))

    assert locale("pt", "Brésil") == "pt-BR" and locale("pt", "BR") == "pt-BR"
    assert locale("es", "Pérou") == "es-PE" and locale("en", "Ghana") == "en-GH"
    assert locale("pt", "Pérou") == "pt"  # no Portuguese locale in Peru: Portugal's words
    assert locale("pt-PT", "Brésil") == "pt-PT"  # as written
    assert locale(None, "Brésil") is None


def test_amounts_cannot_be_misread_by_a_reader_of_the_locale():
    """« 3.200 € » reads 3,2 in Peru and Mexico: CLDR's pattern of the locale, with the cents
    whenever the thousands are marked by « . » or « , »; a space (French) is never a decimal
    mark, and an amount below 1 000 has no mark to misread."""
    expected = {
        "fr": ("3 200 €", "450 €", "450,50 €"),
        "es-PE": ("EUR 3,200.00", "EUR 450", "EUR 450.50"),
        "es-MX": ("EUR3,200.00", "EUR450", "EUR450.50"),
        "es-ES": ("3.200,00 €", "450 €", "450,50 €"),
        "en-GH": ("€3,200.00", "€450", "€450.50"),
        "pt-PT": ("3 200 €", "450 €", "450,50 €"),
        "pt-BR": ("€ 3.200,00", "€ 450", "€ 450,50"),
    }
    for locale, words in expected.items():
        language = Language(locale)
        got = tuple(
            language.euros(value).replace("\u00a0", " ") for value in (3200, 450, Decimal("450.5"))
        )
        assert got == words, locale


def test_brazilian_words_override_portugals_only_where_they_differ():
    """pt-BR reads pt.py's tables with pt_br.py's entries over them: « Site », « seção »,
    « Servidora », never « autarquia » (a public agency in Brazil); each entry exists in
    pt.py with the same fields, and differs from it."""
    brazil, portugal = Language("pt-BR"), Language("pt-PT")
    assert brazil.word("website") == "Site" and portugal.word("website") == "Sítio web"
    assert "seção 6" in brazil.word("delegation_value", count="2 pessoas")
    assert brazil.member_kind(SimpleNamespace(qualite="agent", civilite="madame")) == "Servidora"
    assert brazil.choice("programme.type", "deplacement") == "Deslocamento"
    assert brazil.word("dates") == portugal.word("dates")  # the rest is Portugal's
    for name in ("TERMS", "LETTER", "SIGNED", "CONVENTION"):
        own, base = getattr(pt_br, name), getattr(TABLES["pt"], name)
        for key, text in own.items():
            assert key in base and text != base[key], (name, key)
            assert fields_of(text) == fields_of(base[key]), (name, key)
    for table in (brazil.table.TERMS, LETTER_WORDS["pt-BR"], VISA_ITEMS["pt-BR"]):
        words = " ".join(table.values() if isinstance(table, dict) else table)
        assert not re.search(r"autarquia|desloca[cç][aã]o|sec[cç][aã]o|contacto", words)
