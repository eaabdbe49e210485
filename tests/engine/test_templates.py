"""The core's markup comes from templates (guide/templates/): a fork overrides one with a file
of the same name under guide/ in its overrides/ folder, and data stays text wherever a template
prints it."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fixture_site import make_fixture_project
from support import build_site, read_html

from guide import markup
from guide.documents.html import to_html
from guide.documents.model import Document, Paragraph
from guide.errors import GuideError

HOSTILE = "<script>alert(1)</script> {{ 7*7 }}"
# The fork's paragraph of a document, in place of the core's.
OVERRIDE = '<p class="paragraphe-du-fork">{{ content }}</p>\n'


@pytest.fixture(scope="module")
def forked_site(tmp_path_factory):
    """The fixture project with an override of documents/paragraph.html and hostile data in
    an objective and the authority's name (one build)."""
    project = make_fixture_project(tmp_path_factory.mktemp("templates-project"))
    override = project / "overrides" / "guide" / "documents" / "paragraph.html"
    override.parent.mkdir(parents=True)
    override.write_text(OVERRIDE, "utf-8")
    mission = project / "mission.yml"
    text = mission.read_text("utf-8")
    text = text.replace("nom: Département de l'Essai", f"nom: Département {HOSTILE}")
    text = text.replace("<script>alert(1)</script> {{ config }}", HOSTILE)
    mission.write_text(text, "utf-8")
    site = tmp_path_factory.mktemp("templates-site")
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_a_fork_template_replaces_the_core_one(forked_site):
    page = read_html(forked_site, "outils/termes-de-reference/")
    assert 'class="paragraphe-du-fork"' in page
    # The other blocks keep the core's templates.
    assert 'class="terms-context"' in page and 'class="terms-list"' in page


def test_data_shows_literally_where_a_template_prints_it(forked_site):
    page = read_html(forked_site, "outils/termes-de-reference/")
    article = page[page.index("<article") : page.index("</article>")]
    shown = unescape(article)
    # In a list (the objectives) and in a field (the authority's name): as typed, not run.
    assert f"<li>Objectif d'essai {HOSTILE}</li>" in shown
    assert f"Département {HOSTILE}</dd>" in shown
    assert "<script>alert(1)" not in article and "{{ 7*7 }}" not in article
    assert "Département 49" not in shown and "essai 49" not in shown
    # The site's name (made of the authority's) in the home page's progress section.
    home = read_html(forked_site, "")
    site_name = re.search(r'data-site-name="([^"]*)"', home)[1]
    # As the browser reads the attribute (once unescaped): as typed.
    assert f"Département {HOSTILE} – " in unescape(site_name)


def test_a_broken_fork_template_is_told_with_its_file_and_line(tmp_path):
    folder = tmp_path / "guide"
    (folder / "documents").mkdir(parents=True)
    broken = folder / "documents" / "paragraph.html"
    broken.write_text("<p>\n{{ contenu }}</p>\n", "utf-8")  # the core's variable is `content`
    markup.use_overrides(folder)
    try:
        with pytest.raises(GuideError) as raised:
            to_html(Document("Note", "Pour la mission", [Paragraph("Une note.")]))
    finally:
        markup.use_overrides(None)
    assert f"{broken}, ligne 2 : 'contenu' is undefined" in raised.value.report()
    assert "guide/templates/" in raised.value.report()


def test_a_template_compiled_once_serves_every_copy_and_names_its_own_file(tmp_path):
    """Compiled templates are kept under their name and text, not their place: the same
    template in a second copy of a project (a fork's folder, a test's) adds no compiled file,
    and an error in it names the second copy's file, not the first's; the template edited
    replaces its compiled file instead of adding one."""
    kept = markup.CORE / "__pycache__"
    before = set(kept.glob("*"))
    reports, files = [], []
    # The test's folder in the text: a template no earlier run compiled.
    for copy, text in (("un", "un"), ("deux", "un"), ("deux", "deux")):
        folder = tmp_path / copy / "guide"
        (folder / "documents").mkdir(parents=True, exist_ok=True)
        broken = folder / "documents" / "paragraph.html"
        broken.write_text(f"<p>\n{{{{ contenu }}}}</p>\n{{# {tmp_path} {text} #}}\n", "utf-8")
        markup.use_overrides(folder)
        try:
            with pytest.raises(GuideError) as raised:
                to_html(Document("Note", "Pour la mission", [Paragraph("Une note.")]))
        finally:
            markup.use_overrides(None)
        reports.append(raised.value.report())
        files.append(set(kept.glob("*")))
    try:
        assert files[1] == files[0]
        assert len(files[2]) == len(files[1]) and files[2] != files[1]
        for copy, report in zip(("un", "deux", "deux"), reports, strict=True):
            broken = tmp_path / copy / "guide" / "documents" / "paragraph.html"
            assert f"{broken}, ligne 2 : 'contenu' is undefined" in report
    finally:
        for made in files[2] - before:
            made.unlink(missing_ok=True)
