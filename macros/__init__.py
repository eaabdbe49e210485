"""Entry point of mkdocs-macros (`module_name: macros` in mkdocs.yml).

`define_env` only loads the data and registers plain functions: the logic lives in the
modules beside this file and is tested without MkDocs.
"""

from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import pages
from .mission import MissionError, load_mission
from .tasks import TaskError, nav_pages, read_tasks
from .typography import french_spacing


def _stop_build(title: str, messages: list[str]) -> PluginError:
    lines = "\n".join(f"  - {message}" for message in messages)
    return PluginError(f"{title}\n{lines}\nLa construction du site est arrêtée.")


def define_env(env) -> None:
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    try:
        mission = load_mission(project_dir / "mission.yml")
    except MissionError as error:
        raise _stop_build("mission.yml contient des erreurs :", error.messages) from None
    try:
        tasks = read_tasks(docs_dir, nav_pages(env.conf["nav"], docs_dir))
    except TaskError as error:
        raise _stop_build("Des tâches du guide sont mal écrites :", error.messages) from None

    env.variables["guide_tasks"] = tasks
    env.macro(partial(pages.mission_banner, mission), "mission_banner")


def on_post_page_macros(env) -> None:
    """French no-break spaces (before : ; ! ? and inside « ») in every page's prose."""
    env.markdown = french_spacing(env.markdown)
