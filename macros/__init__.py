"""The MkDocs glue for mkdocs-macros (`module_name: macros` in mkdocs.yml).

Thin on purpose: it reads the data with the core (guide/, which imports nothing from MkDocs),
registers the core's plain functions as macros and applies the core's page transforms. A move to
another engine replaces this file and hooks/, nothing else (ARCHITECTURE.md).
"""

import logging
import os
import sys
from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide import checklist, mission_pages, pages, planning, progress, vocabulary
from guide import site as site_settings
from guide.documents import pages as terms_of_reference
from guide.documents.downloads import (
    deadline_file,
    deadlines_download,
    document_downloads,
    documents_table,
    download_files,
    downloads,
    write_downloads,
)
from guide.documents.editions import untranslated_notice
from guide.documents.ics import deadlines_to_ics
from guide.errors import GuideError
from guide.mission import contract, json_schema, load_mission
from guide.tasks import nav_pages, read_tasks
from guide.typography import FrenchTypography


def serving() -> bool:
    """Whether this is `mkdocs serve` (set by hooks/serve_errors.py when MkDocs starts)."""
    return os.environ.get(SERVING) == "1"


SERVING = "GUIDE_SERVE_ERRORS_IN_PAGE"


def _stop_build(error: GuideError) -> PluginError:
    return PluginError(f"{error.report()}\nLa construction du site est arrêtée.")


def define_env(env) -> None:
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    env.variables["_guide_error"] = None
    try:
        tasks = read_tasks(docs_dir, nav_pages(env.conf["nav"], docs_dir))
        # mission.yml's `taches` are checked against the tasks of the pages.
        catalogue = planning.task_catalogue(tasks)
        mission = load_mission(project_dir / "mission.yml", docs_dir=docs_dir, tasks=catalogue)
    except GuideError as error:
        if not serving():
            raise _stop_build(error) from None
        # `make serve`: every page shows the messages, and the site comes back on its own
        # (the server reloads the page) once the file is fixed. A build still stops.
        print(f"ERREUR - {error.report()}", file=sys.stderr)  # noqa: T201
        env.variables["_guide_error"] = error
        return
    # The downloads are made now, before MkDocs writes anything (on_post_build only writes them).
    env.variables["_downloads"] = download_files(mission, catalogue)

    # The documents for the partner (its language, bilingual): in the plan when mission.yml
    # names the partner's language; the build lists the texts left untranslated (a notice).
    titles = {
        role: terms_of_reference.edition_title(mission, page)
        for role, page in (("terms_partner", "partenaire"), ("terms_bilingual", "bilingue"))
    }
    env.conf["nav"] = pages.nav_with_editions(env.conf["nav"], mission, docs_dir, titles)
    notice = untranslated_notice(mission)
    if notice:
        logging.getLogger("mkdocs.plugins.guide").info(notice)

    # French no-break spaces in every page (why here, not in mkdocs.yml: see its comment).
    env.conf["markdown_extensions"].append(FrenchTypography())

    # The words of the authority's type and of its partner: one macro for pages;
    # task texts are rendered with it too, for the checklist and the progress.
    voc = partial(vocabulary.word, mission)
    env.macro(voc, "voc")
    env.variables["sources_verifiees"] = vocabulary.french_checked_date()
    env.macro(partial(mission_pages.mission_objectives, mission), "objectifs_de_la_mission")
    env.macro(partial(mission_pages.accessibility_contact, mission), "contact_accessibilite")
    tasks = vocabulary.worded_tasks(tasks, voc)

    # Title, description, logo and colour of the site come from mission.yml.
    site_settings.apply_to_config(env.conf, mission)
    env.variables["_mission_for_site"] = mission
    env.macro(partial(site_settings.people_to_meet, mission), "personnes_a_rencontrer")
    env.macro(partial(site_settings.institutions_to_meet, mission), "institutions_a_rencontrer")
    env.macro(partial(site_settings.mission_keys_table, json_schema()), "cles_de_mission")
    env.macro(partial(site_settings.mission_limits, contract()["limites"]), "limites_de_mission")
    env.macro(site_settings.repository_sentence, "depot_du_guide")

    env.variables["guide_tasks"] = tasks
    env.macro(partial(pages.mission_banner, mission), "mission_banner")
    env.macro(partial(terms_of_reference.terms_page, mission), "terms_of_reference")
    env.macro(partial(terms_of_reference.terms_page, None), "terms_template")
    env.macro(partial(terms_of_reference.edition_page, mission), "terms_edition")
    env.macro(partial(terms_of_reference.edition_title, mission), "terms_edition_title")
    env.macro(partial(terms_of_reference.untranslated_list, mission), "untranslated_texts")

    def terms_downloads(page: str = "rempli") -> str:
        return downloads(mission, page, env.page.url)

    env.macro(terms_downloads)
    # The form's page holds the contract only: nothing of mission.yml's comments is published.
    env.macro(partial(terms_of_reference.form_page, contract(catalogue)), "terms_form")
    env.variables["_task_catalogue"] = catalogue

    # The mission's documents (guide/documents/catalogue.py): the list, each printable page.
    def mission_document(slug: str, vierge: bool = False) -> str:
        return terms_of_reference.mission_document(mission, slug, vierge)

    def mission_document_downloads(slug: str, vierge: bool = False) -> str:
        return document_downloads(slug, vierge, env.page.url)

    def mission_documents() -> str:
        return documents_table(env.page.file.src_uri, env.page.url)

    env.macro(mission_document)
    env.macro(mission_document_downloads)
    env.macro(mission_documents)
    env.macro(partial(checklist.printable_checklist, tasks, mission), "printable_checklist")

    # Deadlines and owners: on each task's page, in the task index, on the échéancier.
    plans = planning.task_plans(tasks, mission)
    env.variables["_task_plans"] = plans

    # The task index's page addresses: folders on the web, .html files offline.
    directory_urls = env.conf.get("use_directory_urls", True)
    env.variables["_directory_urls"] = directory_urls

    def echeancier() -> str:
        return planning.schedule(tasks, mission, env.page.file.src_uri, directory_urls)

    env.macro(echeancier, "echeancier")
    entries = planning.calendar_entries(tasks, plans, env.conf.get("site_url") or "")
    env.variables["_downloads"].update(deadline_file(deadlines_to_ics(mission, entries)))

    def echeances_agenda() -> str:
        return deadlines_download(len(entries), env.page.url)

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


def on_pre_page_macros(env) -> None:
    """Every page's meta description names the authority, its partner and the country."""
    error = env.variables["_guide_error"]
    if error is not None:
        # A fixed title: a page's own may be a macro, undefined while the data is wrong.
        env.page.title = "Le guide attend une correction"
        env.markdown = f"# {env.page.title}\n\n{error.page()}\n"
        return
    site_settings.describe_page(env.page, env.variables["_mission_for_site"])


def on_post_page_macros(env) -> None:
    """On each page with tasks, the progress line under the title (the checklist: all tasks),
    each task's deadline and owner, and a link to the printable checklist."""
    if env.variables["_guide_error"] is not None:
        return
    tasks = env.variables["guide_tasks"]
    plans = env.variables["_task_plans"]
    source = env.page.file.src_uri
    markdown = planning.with_task_plans(env.markdown, plans)
    if source == checklist.CHECKLIST_PAGE:
        task_ids = [task.id for task in tasks]
    else:
        task_ids = [task.id for task in tasks if task.page == source]
        if task_ids:
            markdown += "\n\n" + checklist.checklist_link(source) + "\n"
    directory_urls = env.variables["_directory_urls"]
    index = progress.task_index(tasks, plans, directory_urls) if task_ids else ""
    env.markdown = progress.with_page_tools(markdown, task_ids, index)


def on_post_build(env) -> None:
    """Terms of reference downloads (.docx, .ics) and mission.yml's contract, into the site."""
    if env.variables["_guide_error"] is not None:
        return
    write_downloads(Path(env.conf["site_dir"]), env.variables["_downloads"])
