"""The MkDocs glue for mkdocs-macros (`module_name: macros` in mkdocs.yml).

Thin on purpose: it reads the data with the core (guide/, which imports nothing from MkDocs),
registers the core's plain functions as macros and applies the core's page transforms. A move to
another engine replaces this file and hooks/, nothing else (ARCHITECTURE.md).
"""

import logging
import os
import re
import sys
import traceback
from functools import cache, partial
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import mkdocs_macros.plugin
from mkdocs.exceptions import PluginError

from guide import (
    checklist,
    contacts,
    installable,
    markup,
    mission_pages,
    pages,
    planning,
    progress,
    sources,
    today,
    vocabulary,
)
from guide import notes as meeting_notes
from guide import site as site_settings
from guide.documents import pages as terms_of_reference
from guide.documents.downloads import (
    deadlines_download,
    document_downloads,
    documents_table,
    downloads,
    write_downloads,
)
from guide.documents.editions import untranslated_notice
from guide.documents.pages import document_nav, document_pages
from guide.errors import GuideError, unexpected
from guide.mission import json_schema
from guide.mission.model import LIMITS
from guide.project import load_project
from guide.tasks import nav_pages
from guide.typography import FrenchTypography


def serving() -> bool:
    """Whether this is `mkdocs serve` (set by hooks/serve_errors.py when MkDocs starts)."""
    return os.environ.get(SERVING) == "1"


SERVING = "GUIDE_SERVE_ERRORS_IN_PAGE"
# The core's log (the traceback of an unexpected error) shows with MkDocs' own (`mkdocs -v`).
logging.getLogger("guide").parent = logging.getLogger("mkdocs.plugins")


def _stop_build(error: GuideError) -> PluginError:
    return PluginError(f"{error.report()}\nLa construction du site est arrêtée.")


def _page_line(error: Exception, markdown: str, page) -> int | None:
    """The line of the page's file where Jinja met `error` (the template starts after the
    page's front matter)."""
    line = getattr(error, "lineno", None)  # a syntax error
    if line is None:
        frames = [
            f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"
        ]
        line = frames[-1].lineno if frames else None
    source = page.file.content_string if page is not None else ""
    start = source.find(markdown[:200]) if markdown else -1
    return None if line is None else line + (source[:start].count("\n") if start > 0 else 0)


def _page_error(error: Exception, markdown: str = "", page=None) -> str:
    """In place of mkdocs-macros' report of an error in a page (`format_error`, a traceback
    among the warnings, which `mkdocs build --quiet` hides): one French sentence with the
    page's file and line, printed at once; mkdocs-macros then stops the build (on_error_fail)."""
    where = f"docs/{page.file.src_uri}" if page is not None else "une page"
    line = _page_line(error, markdown, page)
    where += f", ligne {line}" if line else ""
    if isinstance(error, jinja2.TemplateSyntaxError):
        what = (
            "une instruction {{ … }} ou {% … %} est mal écrite "
            f"(Jinja : {error.message}) ; pour montrer ces signes tels quels, entourez-les de "
            "{% raw %} et {% endraw %}"
        )
    elif isinstance(error, jinja2.UndefinedError):
        name = re.fullmatch(r"'(.+)' is undefined", error.message or "")
        what = (
            f"« {name.group(1) if name else error.message} » n'est ni un mot ni une fonction du "
            "guide : vérifiez son orthographe"
        )
    else:
        what = str(error) if isinstance(error, GuideError | ValueError) else None
        what = what or unexpected(error).report()
    message = f"{where} : {what}"
    print(f"ERREUR - {message}\nLa construction du site est arrêtée.", file=sys.stderr)  # noqa: T201
    return message


mkdocs_macros.plugin.format_error = _page_error


# The build in progress: its project, or the mistake `make serve` shows in every page.
# Set by define_env (MkDocs' on_config) and read by the page events of the same build.
_build: dict = {"project": None, "error": None}


def define_env(env) -> None:
    _build.update(project=None, error=None)
    try:
        _define_env(env)
    except Exception as error:  # every error is told in French, the unexpected ones too
        told = error if isinstance(error, GuideError) else unexpected(error)
        if not serving():
            raise _stop_build(told) from None
        # `make serve`: every page shows the messages, and the site comes back on its own
        # (the server reloads the page) once the file is fixed. A build still stops.
        print(f"ERREUR - {told.report()}", file=sys.stderr)  # noqa: T201
        _build["error"] = told


def _define_env(env) -> None:
    docs_dir = Path(env.conf["docs_dir"])
    # The core's templates, a fork's first: a file of the same name in the theme's guide/
    # folder (Material's partials are overridden the same way, in the same folder).
    custom_dir = env.conf["theme"].custom_dir
    markup.use_overrides(Path(custom_dir) / "guide" if custom_dir else None)
    # The tasks of the pages, mission.yml checked against them, and the downloads made now,
    # before MkDocs writes anything (on_post_build only writes them).
    project = load_project(
        Path(env.project_dir), docs_dir, env.conf["nav"], env.conf.get("site_url") or ""
    )
    mission, tasks, plans = project.mission, project.tasks, project.plans
    if serving():
        project.downloads  # noqa: B018 (a writer that fails is shown in the page now)
    else:
        project.start_downloads()  # on the other core, while MkDocs renders the pages

    # The documents for the partner (its language, bilingual): in the plan when mission.yml
    # names the partner's language; the build lists the texts left untranslated (a notice).
    titles = {
        role: terms_of_reference.edition_title(mission, page)
        for role, page in (("terms_partner", "partenaire"), ("terms_bilingual", "bilingue"))
    }
    # The mission documents' pages (made from the catalogue by hooks/document_pages.py).
    nav = pages.nav_with_documents(env.conf["nav"], document_nav())
    env.conf["nav"] = pages.nav_with_editions(nav, mission, docs_dir, titles)
    notice = untranslated_notice(mission)
    if notice:
        logging.getLogger("mkdocs.plugins.guide").info(notice)

    # French no-break spaces in every page (why here, not in mkdocs.yml: see its comment).
    env.conf["markdown_extensions"].append(FrenchTypography())

    # The words of the authority's type and of its partner: one macro for pages; task
    # texts are in these words too (project.tasks), for the checklist and the progress.
    voc = project.voc
    env.macro(voc, "voc")
    others = partial(vocabulary.other_types, mission.collectivite.type)
    env.macro(others, "autres_collectivites")
    env.variables["sources_verifiees"] = vocabulary.french_checked_date()

    # A mission document's printable HTML, made once: its page and « Textes et sources » (which
    # reads what each page shows) use the same.
    @cache
    def document_html(slug: str, blank: bool) -> str:
        return terms_of_reference.mission_document(mission, slug, blank)

    # « Textes et sources »: every reference, the pages that cite it (in this mission's words).
    def textes_et_sources() -> str:
        guide = sources.guide_pages(
            docs_dir,
            nav_pages(env.conf["nav"], docs_dir),
            voc,
            document_html,
            others,
            generated=document_pages(docs_dir),
        )
        return sources.sources_page(guide, env.page.file.src_uri)

    env.macro(textes_et_sources)
    env.macro(partial(mission_pages.mission_objectives, mission), "objectifs_de_la_mission")
    env.macro(partial(mission_pages.accessibility_contact, mission), "contact_accessibilite")

    # Title, description, logo and colour of the site come from mission.yml.
    site_settings.apply_to_config(env.conf, mission)
    env.macro(partial(site_settings.people_to_meet, mission), "personnes_a_rencontrer")
    env.macro(partial(site_settings.institutions_to_meet, mission), "institutions_a_rencontrer")
    env.macro(partial(site_settings.mission_keys_table, json_schema()), "cles_de_mission")
    env.macro(partial(site_settings.mission_limits, LIMITS), "limites_de_mission")
    env.macro(site_settings.repository_sentence, "depot_du_guide")

    def mission_banner() -> str:
        # « Aujourd'hui » during the mission: its address from this page (a folder on the web,
        # an .html file offline).
        # A site without that page (a fork that removed it) has no such line.
        if not (Path(env.conf["docs_dir"]) / pages.page("today")).is_file():
            return pages.mission_banner(mission)
        target = planning.page_url(pages.page("today"), env.conf.get("use_directory_urls", True))
        link = pages.relative_url(target, env.page.url) + ("/" if target.endswith("/") else "")
        return pages.mission_banner(mission, today.home_line(mission, link))

    env.macro(mission_banner, "mission_banner")

    def notes_link() -> str:
        # The notes page's address from this page (a folder on the web, an .html file offline).
        target = planning.page_url(pages.page("notes"), env.conf.get("use_directory_urls", True))
        return pages.relative_url(target, env.page.url) + ("/" if target.endswith("/") else "")

    def aujourd_hui() -> str:
        return today.today_page(mission, tasks, notes_link())

    env.macro(aujourd_hui)
    # Meeting notes (guide/notes.py): the pages carry the programme and the rules, no note.
    moment = partial(today.instant, zone=ZoneInfo(mission.mission.fuseau_horaire))
    env.macro(partial(meeting_notes.notes_page, mission, moment), "notes_de_reunion")

    def notes_du_compte_rendu() -> str:
        return meeting_notes.report_panel(mission, notes_link())

    env.macro(notes_du_compte_rendu)
    env.macro(partial(contacts.contacts_page, mission), "contacts_et_urgences")

    # On a phone: installable, kept whole for use without network (hooks/installable.py writes
    # the files); not in the offline edition (file://) nor under make serve (stale pages).
    offered = installable.enabled(env.conf["extra"].get("edition_hors_ligne", False), serving())
    env.conf["extra"].pop("guide_manifeste", None)
    if offered:
        env.conf["extra"]["guide_manifeste"] = installable.web_manifest(mission)
    env.macro(partial(installable.keep_block, offered), "garder_le_guide")
    env.macro(partial(terms_of_reference.terms_page, mission), "terms_of_reference")
    env.macro(partial(terms_of_reference.terms_page, None), "terms_template")
    env.macro(partial(terms_of_reference.edition_page, mission), "terms_edition")
    env.macro(partial(terms_of_reference.edition_title, mission), "terms_edition_title")
    env.macro(partial(terms_of_reference.untranslated_list, mission), "untranslated_texts")

    def terms_downloads(page: str = "rempli") -> str:
        return downloads(mission, page, env.page.url)

    env.macro(terms_downloads)
    # The form's page holds the contract only: nothing of mission.yml's comments is published.
    env.macro(partial(terms_of_reference.form_page, project.contract), "terms_form")

    # The mission's documents (guide/documents/catalogue.py): the list, each printable page.
    def mission_document(slug: str, vierge: bool = False) -> str:
        return document_html(slug, bool(vierge))

    def mission_document_downloads(slug: str, vierge: bool = False) -> str:
        return document_downloads(slug, vierge, env.page.url)

    def mission_documents() -> str:
        return documents_table(mission, env.page.file.src_uri, env.page.url)

    env.macro(mission_document)
    env.macro(mission_document_downloads)
    env.macro(mission_documents)
    env.macro(
        partial(checklist.printable_checklist, tasks, mission, plans=plans), "printable_checklist"
    )

    # Deadlines and owners: on each task's page, in the task index, on the échéancier.
    # The task index's page addresses: folders on the web, .html files offline.
    directory_urls = env.conf.get("use_directory_urls", True)

    def echeancier() -> str:
        return planning.schedule(tasks, mission, env.page.file.src_uri, directory_urls, plans)

    env.macro(echeancier, "echeancier")

    def echeances_agenda() -> str:
        kinds = [entry.get("kind") for entry in project.calendar_entries]
        return deadlines_download(kinds.count("tache"), env.page.url, kinds.count("suite"))

    env.macro(echeances_agenda, "echeances_agenda")

    # Home page progress; the whole guide's line links to the printable checklist.
    def guide_progress() -> str:
        return progress.progress_section(
            tasks,
            env.conf["site_name"],
            env.page.file.src_uri,
            checklist.CHECKLIST_PAGE,
            plans,
            env.conf.get("use_directory_urls", True),
        )

    env.macro(guide_progress, "guide_progress")
    _build["project"] = project  # all of it made: the page events may use it


def on_pre_page_macros(env) -> None:
    """Every page's meta description names the authority, its partner and the country."""
    error = _build["error"]
    if error is not None:
        # A fixed title: a page's own may be a macro, undefined while the data is wrong.
        env.page.title = "Le guide attend une correction"
        env.markdown = f"# {env.page.title}\n\n{error.page()}\n"
        return
    site_settings.describe_page(env.page, _build["project"].mission)


def on_post_page_macros(env) -> None:
    """On each page with tasks, the progress line under the title (the checklist: all tasks),
    each task's deadline and owner, and a link to the printable checklist."""
    project = _build["project"]
    if project is None:
        return
    tasks, plans = project.tasks, project.plans
    source = env.page.file.src_uri
    markdown = planning.with_task_plans(env.markdown, plans)
    if source == checklist.CHECKLIST_PAGE:
        task_ids = [task.id for task in tasks]
    else:
        task_ids = [task.id for task in tasks if task.page == source]
        if task_ids:
            markdown += "\n\n" + checklist.checklist_link(source) + "\n"
    directory_urls = env.conf.get("use_directory_urls", True)
    index = progress.task_index(tasks, plans, directory_urls) if task_ids else ""
    env.markdown = progress.with_page_tools(markdown, task_ids, index, plans)


def on_post_build(env) -> None:
    """Terms of reference downloads (.docx, .ics) and mission.yml's contract, into the site.
    (`make build` publishes the site only when this step succeeded too: guide/publish.py.)"""
    if _build["project"] is None:
        return
    try:
        files = _build["project"].downloads
    except Exception as error:
        told = error if isinstance(error, GuideError) else unexpected(error)
        raise _stop_build(told) from None
    write_downloads(Path(env.conf["site_dir"]), files)
