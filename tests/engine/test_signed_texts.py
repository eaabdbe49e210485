"""The texts signed during the mission (issue 27, part 1): the protocole d'intention and the
relevé de décisions, for a région whose partner works in Spanish (fixture
missions/region-es.yml, whose programme plans the signature of a relevé de décisions).

Checked as the two executives meet them: the bilingual printable pages printed by Chromium (one
A4 page each, both signature boxes), the bilingual .docx converted by LibreOffice (page counts),
the sentences that matter (no financial commitment, the délibération that authorised the
signature, which language prevails), and the words of each language.
"""

from __future__ import annotations

import inspect
import io
import re
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import libreoffice_pdfs, read_html, serve_folder

from guide.documents import signed
from guide.documents.catalogue import DOCUMENTS, document
from guide.documents.docx import to_docx
from guide.documents.downloads import DOCUMENTS_DIR
from guide.documents.html import to_html
from guide.documents.model import Signatures
from guide.documents.signed import SIGNED_WORDS
from guide.mission import load_mission

MISSIONS = Path(__file__).resolve().parent / "fixture" / "missions"
SIGNED = ("protocole-d-intention", "releve-de-decisions")
# Measured: Chromium prints each bilingual page on one A4 page; LibreOffice, with the .docx
# house style (larger spacing), needs a second page for the filled bilingual texts.
CHROMIUM_PAGES = {"protocole-d-intention": (1, 1), "releve-de-decisions": (1, 1)}
LIBREOFFICE_PAGES = {
    "protocole-d-intention": 1,
    "protocole-d-intention-vierge": 1,
    "releve-de-decisions": 2,
    "releve-de-decisions-vierge": 2,
}


@pytest.fixture(scope="module")
def region():
    return load_mission(MISSIONS / "region-es.yml")


def _text(document_) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", to_html(document_)))


def test_every_language_has_the_same_words_and_every_word_is_used():
    assert set(SIGNED_WORDS) == {"fr", "en", "es", "pt"}
    for table in SIGNED_WORDS.values():
        assert set(table) == set(SIGNED_WORDS["fr"])
    source = inspect.getsource(signed)
    for key in SIGNED_WORDS["fr"]:
        # Used by the builders: named outside the tables (not followed by its colon).
        assert re.search(f'"{key}"(?!:)', source), key


@pytest.mark.parametrize("slug", SIGNED)
def test_the_bilingual_text_says_what_binds_and_what_does_not(slug, region):
    entry = document(slug)
    assert entry.languages_text(region) == "français et espagnol"
    text = " ".join(_text(entry.edition(region)).split())
    # Both languages, both parties, the dates and the place.
    for words in (
        "Région d'Essai",
        "Gobierno Regional de Prueba",
        "(France)",
        "(Francia)",
        "Perú",
        "Cusco",
    ):
        assert words in text, words
    assert "n’engage financièrement aucune" in text and "no compromete financieramente" in text
    # The programme plans the signature: the délibération of the session authorised it.
    assert "autorisée par la délibération du 24 juin 2027" in text
    assert "autorizada por la deliberación del 24 de junio de 2027" in text
    assert "le texte en français fait foi" in text and "prevalecerá el texto en francés" in text
    assert "L1115-1" in text
    signatures = [b for b in entry.edition(region).blocks if isinstance(b, Signatures)]
    assert len(signatures) == 1 and len(signatures[0].parties) == 2
    french, partner = signatures[0].parties
    assert french.party == "Pour la Région d'Essai / Por la Région d'Essai"
    assert french.name == "La présidente du conseil régional, Claire Essai"
    assert partner.name == "Le gouverneur régional / El gobernador regional"
    # French alone without the partner's language: one original in French.
    french_only = region.model_copy(
        update={"partenaire": region.partenaire.model_copy(update={"langue_des_documents": None})}
    )
    alone = " ".join(_text(entry.edition(french_only)).split())
    assert "Fait en deux exemplaires originaux, en français." in alone and "Por " not in alone


def test_without_a_planned_signature_the_text_asks_for_a_deliberation(region):
    programme = [a for a in region.programme if "signature" not in str(a.intitule)]
    unplanned = region.model_copy(update={"programme": programme})
    for slug in SIGNED:
        text = " ".join(_text(document(slug).edition(unplanned)).split())
        assert "suppose une délibération préalable qui l’autorise" in text
        assert "24 juin 2027" not in text


def test_the_relevé_takes_the_date_and_place_of_the_signing_session(region):
    text = " ".join(_text(document("releve-de-decisions").edition(region)).split())
    assert "Réunion du 1er octobre 2027, Siège du gouvernement régional, Cusco." in text
    assert "Reunión del 1 de octubre de 2027, Sede del gobierno regional, Cusco." in text
    assert "Décision / Decisión" in text and "Pour quand / Para cuándo" in text


def test_bilingual_pages_print_on_one_a4_page_with_both_signatures(region_site, browser):
    url, server = serve_folder(region_site)
    measured = {}
    try:
        tab = browser.new_page()
        for slug in SIGNED:
            counts = []
            for suffix in ("", "-vierge"):
                tab.goto(f"{url}outils/documents/{slug}{suffix}/")
                pdf = PdfReader(io.BytesIO(tab.pdf(format="A4")))
                text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
                counts.append(len(pdf.pages))
                if suffix:
                    assert "Pour la collectivité française / Por la entidad francesa" in text
                else:
                    assert "Pour la Région d'Essai / Por la Région d'Essai" in text
                    assert "Por el Gobierno Regional de Prueba" in text
                assert "Firma y sello" in text
            measured[slug] = tuple(counts)
        tab.close()
    finally:
        server.shutdown()
    assert measured == CHROMIUM_PAGES


def test_bilingual_docx_page_counts_in_libreoffice(region_site, tmp_path):
    folder = region_site / DOCUMENTS_DIR
    files = [folder / f"{slug}{suffix}.docx" for slug in SIGNED for suffix in ("", "-vierge")]
    libreoffice_pdfs(files, tmp_path)
    pages = {p.stem: len(PdfReader(p).pages) for p in (tmp_path / "pdf").glob("*.pdf")}
    assert pages == LIBREOFFICE_PAGES
    text = " ".join(
        PdfReader(tmp_path / "pdf" / "protocole-d-intention.pdf").pages[-1].extract_text().split()
    )
    assert "Lugar y fecha" in text and "Le gouverneur régional" in text


def test_the_documents_table_names_the_languages(region, region_site):
    from guide.documents.downloads import documents_table

    table = documents_table(
        region, "outils/documents-de-la-mission.md", "outils/documents-de-la-mission/"
    )
    rows = {row.split(" | ")[0]: row for row in table.splitlines()[2:]}
    for entry in DOCUMENTS:
        row = next(r for title, r in rows.items() if entry.title in unescape(title))
        expected = "français et espagnol" if entry.languages else "français"
        assert row.rstrip(" |").endswith(expected), entry.slug
    # The site writes the bilingual .docx under the documents' names.
    for slug in SIGNED:
        assert (region_site / DOCUMENTS_DIR / f"{slug}.docx").stat().st_size > 5000
    page = unescape(read_html(region_site, "outils/documents/protocole-d-intention/"))
    assert 'lang="es-PE"' in page and "Protocole d’intention / Protocolo de intenciones" in page
    assert to_docx(document("protocole-d-intention").edition(region))
