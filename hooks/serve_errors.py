"""MkDocs hook (listed under `hooks:` in mkdocs.yml): while `mkdocs serve` runs, a mistake in
mission.yml or in a task is shown in the browser page itself (macros/__init__.py), and the site
comes back on its own once the file is fixed; `mkdocs build` (make build, CI) still stops.

MkDocs tells the command only to `on_startup`, before the first build; the macros module reads
the mark on each rebuild. mission.yml is watched through its folder (`on_serve`), not by
mkdocs.yml's `watch`, which stops on a missing file with an English error and leaves the
server stuck: a deleted mission.yml is then one more mistake shown in the page.
"""

import os
from pathlib import Path

SERVING = "GUIDE_SERVE_ERRORS_IN_PAGE"  # the name macros/__init__.py reads


def on_startup(command, dirty, **kwargs) -> None:
    if command == "serve":
        os.environ[SERVING] = "1"
    else:
        os.environ.pop(SERVING, None)


def on_serve(server, config, builder, **kwargs):
    # Written, replaced or deleted, mission.yml rebuilds the site. The watcher stops on a path
    # that does not exist: a missing file is watched through its folder (not its subfolders).
    mission = Path(config.config_file_path).parent / "mission.yml"
    if mission.exists():
        server.watch(str(mission), recursive=False)
    else:
        server.watch(str(mission.parent), recursive=False)
    return server
