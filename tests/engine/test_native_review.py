"""A native reader's review of the partner's documents (issue "the partner reads its documents
as if they were written in its language").

For each locale the guide writes for a partner, on a partner of each kind (a municipality, a
district, a regional government; fixture missions of tests/engine/fixture/missions/), the
phrases that gave a translation away are asserted absent from what the partner reads, and
their right forms present. What the partner reads: its terms of reference (the page and the
.docx), the blank model and the letter (.docx), as python-docx and the HTML writer give them.

A new finding is a line of `REVIEW` (a phrase of every document of one language) or of
`CASES` (a phrase of one partner's documents).
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from docx import Document as read_docx
from icalendar import Calendar
from support import french_texts, libreoffice_pdfs, missing_tool, serve_folder

from guide.documents.catalogue import DOCUMENTS
from guide.documents.docx import to_docx
from guide.documents.editions import bilingual
from guide.documents.html import to_html
from guide.documents.ics import to_ics
from guide.documents.languages import partner_locale
from guide.documents.letter import build_letter
from guide.documents.terms import build_terms
from guide.mission import load_mission, read_yaml, validate

MISSIONS = Path(__file__).resolve().parent / "fixture" / "missions"
FIXTURE_DOCS = Path(__file__).resolve().parent / "fixture" / "docs"


@dataclass(frozen=True)
class Case:
    """One partner's documents: its fixture mission, the language they are written in, and
    the phrases of that partner alone (absent, present)."""

    mission: str
    language: str
    absent: tuple[str, ...] = field(default=())
    present: tuple[str, ...] = field(default=())


# Phrases of every partner's documents in one locale: (absent, present).
REVIEW: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en-GH": (
        # French left in where CLDR knows the word; an IANA identifier in prose.
        ("Africa/Accra", "heure locale"),
        ("local time (Ghana)",),
    ),
    "es-PE": (
        # « 3.200 € » reads 3,2 in Peru: CLDR's Peruvian pattern, with the cents.
        ("Pérou", "espagnol", "America/Lima", "2.400", "20.000", "apartado"),
        # « apartado » leans to Spain (in Latin America, also a P.O. box): « sección ».
        ("Perú", "hora local (Perú)", "véase la sección 6"),
    ),
    "pt-PT": (
        ("Atlantic/Cape_Verde", "Cap-Vert", "Deslocamento", "Servidor"),
        ("hora local (Cabo Verde)", "3 200 €", "450,50 €", "Sítio web", "secção 6"),
    ),
    "pt-BR": (
        # In Brazil an « autarquia » is a public agency; Portugal's words give Europe away.
        ("America/Sao_Paulo", "Brésil", "autarquia", "deslocaç", "secção", "Sítio web"),
        ("€ 3.200,00", "€ 450,50", "seção 6", "Site", "coletividade parceira"),
    ),
}
# The letter's forms (issues 23.6, 25.3): no memo form, no office as signatory, no form that
# reads as two people, the close on its own line; the guide never talks about itself.
LETTER_REVIEW = {
    "en-GH": (("Dear Sir or Madam", "Yours faithfully", "From:", "drawn up by this guide"),
              ("Yours sincerely,",)),
    "es-PE": (("Estimado señor, estimada señora", "De:", "la Alcaldía", "menciones",
               "elaborada por esta guía"), ("Atentamente,",)),
    "pt-PT": (("Excelentíssimo(a)", "Senhor(a)", "Presidência", "De:", "elaborada por este guia"),
              ("Com os melhores cumprimentos,",)),
    "pt-BR": (("Com os melhores cumprimentos", "Exmo.", "Presidência", "a Prefeitura,",
               "vossa", "num documento"), ("Atenciosamente,", "carta-convite de sua parte")),
}  # fmt: skip
REVIEW = {
    locale: (absent + LETTER_REVIEW[locale][0], present + LETTER_REVIEW[locale][1])
    for locale, (absent, present) in REVIEW.items()
}
# Phrases of no partner's documents: brackets in brackets (« hora local (Brasil (São Paulo)) »).
EVERYWHERE = ("((", "))")

CASES = [
    Case(
        "partenaire-es",  # a Peruvian municipality (langue_des_documents: es, in Peru)
        "es-PE",
        # The French authority's description, translated (collectivite.region).
        # The participants, translated (issue 25.5), in the programme and the calendar.
        absent=("Région d'Essai", "con Municipalidad", "Conseil municipal"),
        present=(
            "Municipalidad de Villa Ensayo",
            "Región de Ensayo",
            "Concejo Municipal de Villa Ensayo",
            # Its executive by title (« el alcalde » in mission.yml); names with their article.
            "Estimado señor alcalde:",
            "con la Municipalidad de Villa Ensayo",
            "a la Municipalidad de Villa Ensayo",
            "El presidente del Consejo Departamental",
        ),
    ),
    Case(
        "region-es",  # a Peruvian regional government, with a budget
        "es-PE",
        absent=("con Gobierno",),
        present=(
            "Gobierno Regional de Prueba",
            "EUR 2,400.00",
            "EUR 20,000.00",
            "Estimado señor gobernador regional:",
            "con el Gobierno Regional de Prueba",
            "La presidenta del Consejo Regional",
        ),
    ),
    Case(
        "partenaire-en",  # a Ghanaian district
        "en-GH",
        absent=("with Testford", "in Testford District Assembly", "Délégation d'Essai"),
        present=(
            "Testford District Assembly",
            "Essai delegation, Dominique Essai",
            "Dear District Chief Executive,",
            "with the Testford District Assembly",
            "The Testford District Assembly will be responsible for",
        ),
    ),
    Case(
        "municipio-pt",  # a municipality of Cabo Verde, in Portugal's Portuguese
        "pt-PT",
        absent=("com Câmara", "presidente da câmara municipal,", "Conseil municipal"),
        present=(
            "Eleita local",
            "Funcionária",
            "Assembleia Municipal de Vila Ensaio",
            "Exmo. Senhor Presidente da Câmara Municipal,",
            "com a Câmara Municipal de Vila Ensaio",
            "A Presidente da Câmara Municipal",
        ),
    ),
    Case(
        "prefeitura-br",  # a Brazilian prefeitura (langue_des_documents: pt, in Brazil)
        "pt-BR",
        absent=("Funcionária", "com Prefeitura", "Conseil municipal"),
        present=(
            "Eleita local",
            "Servidora",
            "Câmara Municipal de Vila Ensaio",
            "Brasil",
            "Prezado Senhor Prefeito,",
            "com a Prefeitura de Vila Ensaio",
        ),
    ),
]


def docx_text(content: bytes) -> str:
    """What Word shows: paragraphs, table cells, headers and footers, in order."""
    word = read_docx(io.BytesIO(content))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in word.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def calendar_text(content: bytes) -> str:
    """What a calendar shows of each event, parsed back: its title, place and description."""
    events = Calendar.from_ical(content).walk("VEVENT")
    keys = ("SUMMARY", "LOCATION", "DESCRIPTION")
    return "\n".join(str(event[key]) for event in events for key in keys if key in event)


def page_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


@cache
def read_by_partner(name: str, language: str, translated: bool = True) -> dict[str, str]:
    """The text of each document the partner of `name` reads, by document; with its
    mission.yml's translations, or with its texts in French only (`translated=False`)."""
    mission = load_mission(MISSIONS / f"{name}.yml", docs_dir=FIXTURE_DOCS)
    if not translated:
        data, _ = read_yaml((MISSIONS / f"{name}.yml").read_text("utf-8"))
        mission = validate(french_texts(data), docs_dir=FIXTURE_DOCS)
    assert partner_locale(mission.partenaire) == language  # the region, from the country
    terms = build_terms(mission, language)
    return {
        "termes de référence (page)": page_text(to_html(terms)),
        "termes de référence (.docx)": docx_text(to_docx(terms)),
        "modèle vierge (.docx)": docx_text(to_docx(build_terms(None, language))),
        "lettre (.docx)": docx_text(to_docx(build_letter(mission, language))),
        "programme (.ics)": calendar_text(to_ics(mission, language=language)),
    }


def squeeze(text: str) -> str:
    """Spaces as a reader sees them: one space for any run of (non-breaking) spaces."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.mission}-{c.language}")
def test_the_partner_reads_no_phrase_that_gives_a_translation_away(case):
    absent, present = REVIEW[case.language]
    documents = {
        name: squeeze(text) for name, text in read_by_partner(case.mission, case.language).items()
    }
    everything = "\n".join(documents.values())
    found = [
        (phrase, name)
        for phrase in absent + case.absent + EVERYWHERE
        for name, text in documents.items()
        if squeeze(phrase) in text
    ]
    assert not found, found
    missing = [phrase for phrase in present + case.present if squeeze(phrase) not in everything]
    assert not missing, missing


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.mission}-{c.language}")
def test_without_translations_the_partners_language_still_reads_native(case):
    """The same partners with no text translated in mission.yml: what the guide writes itself
    (forms of address, CLDR names, amounts, the names' articles) holds; only the texts typed in
    French stay French."""
    absent, present = REVIEW[case.language]
    documents = read_by_partner(case.mission, case.language, translated=False)
    documents = {name: squeeze(text) for name, text in documents.items()}
    # The variant really lost its translations: the partner reads other documents.
    translated = read_by_partner(case.mission, case.language)
    assert documents != {name: squeeze(text) for name, text in translated.items()}
    found = [
        (phrase, name)
        for phrase in absent + EVERYWHERE
        for name, text in documents.items()
        if squeeze(phrase) in text
    ]
    assert not found, found
    everything = "\n".join(documents.values())
    missing = [phrase for phrase in present if squeeze(phrase) not in everything]
    assert not missing, missing


def test_every_language_of_the_review_has_a_partner_of_its_own():
    assert {case.language for case in CASES} == set(REVIEW)


# --- Tables that fit: no word broken inside, once LibreOffice laid the page out -----------


def cell_words(text: str) -> set[str]:
    """The words of a cell that a line may not break inside (it may after « - », « / », « – »)."""
    words = (w.strip(".,;:()«»\"'’") for w in re.split(r"[\s\-/–]+", text))
    return {w for w in words if len(w) > 2}


def test_no_word_of_a_table_is_broken_in_libreoffice(tmp_path):
    """« Condició n », « Qualidad e », « Funcionár io »: each column is at least as wide as its
    longest word in the document's language; checked on what LibreOffice prints (pdftotext):
    every word of every table cell is whole, in every partner's terms (filled, bilingual,
    blank) and in the bilingual mission documents of a regional government."""
    if not shutil.which("pdftotext"):
        missing_tool("pdftotext est introuvable : installez-le (poppler-utils).")
    files = {}
    for case in CASES:
        mission = load_mission(MISSIONS / f"{case.mission}.yml", docs_dir=FIXTURE_DOCS)
        terms = build_terms(mission, case.language)
        files[f"{case.mission}-termes"] = terms
        files[f"{case.mission}-bilingues"] = bilingual(build_terms(mission), terms)
        files[f"{case.mission}-vierge"] = build_terms(None, case.language)
    region = load_mission(MISSIONS / "region-es.yml", docs_dir=FIXTURE_DOCS)
    for entry in DOCUMENTS:
        files[f"region-es-{entry.slug}"] = entry.edition(region)
    words = {}
    for name, document in files.items():
        content = to_docx(document)
        (tmp_path / f"{name}.docx").write_bytes(content)
        word = read_docx(io.BytesIO(content))
        words[name] = {
            w for table in word.tables for row in table.rows for cell in row.cells
            for w in cell_words(cell.text)
        }  # fmt: skip
    libreoffice_pdfs([tmp_path / f"{name}.docx" for name in files], tmp_path)
    broken = {}
    for name in files:
        printed = subprocess.run(
            ["pdftotext", str(tmp_path / "pdf" / f"{name}.pdf"), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        whole = cell_words(printed)
        if missing := sorted(words[name] - whole):
            broken[name] = missing
    assert not broken, broken


# Each word of each table cell: how many lines it takes (a word cut inside takes two); the
# phone cards' cells that show a label with nothing after it.
BROKEN_WORDS = """() => {
  const broken = [], empty = [];
  for (const cell of document.querySelectorAll("article .terms-table:not(.terms-table-form) td")) {
    if (!cell.offsetHeight) continue;
    const blank = cell.closest(".terms-table-blank");
    if (!cell.textContent.trim() && !blank) empty.push(cell.dataset.titre);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const pattern = /[^\\s\\-\\/–]+/g;
      for (let match; (match = pattern.exec(node.data)); ) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return {broken, empty};
}"""


def test_no_word_is_broken_in_the_tables_on_a_phone_nor_on_a_screen(region_site, browser):
    """The partner's pages (its edition, the bilingual one, the signed texts) on a phone (390 px:
    each row a card) and on a screen: no word cut inside in a table cell, no label shown with
    an empty value on a card."""
    pages = [
        "outils/termes-de-reference-partenaire/",
        "outils/termes-de-reference-bilingues/",
        "outils/documents/protocole-d-intention/",
        "outils/documents/convention-de-partenariat/",
    ]
    url, server = serve_folder(region_site)
    found = {}
    try:
        for width in (390, 760, 1280):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for path in pages:
                page.goto(url + path)
                result = page.evaluate(BROKEN_WORDS)
                if width > 390:  # a table's empty cell is a blank in a grid, not a label
                    result["empty"] = []
                if result["broken"] or result["empty"]:
                    found[(width, path)] = result
            page.close()
    finally:
        server.shutdown()
    assert not found, found
