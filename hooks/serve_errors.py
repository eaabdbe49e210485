"""MkDocs hook (listed under `hooks:` in mkdocs.yml): while `mkdocs serve` runs, a mistake in
mission.yml or in a task is shown in the browser page itself (macros/__init__.py), and the site
comes back on its own once the file is fixed; `mkdocs build` (make build, CI) still stops.

MkDocs tells the command only to `on_startup`, before the first build; the macros module reads
the mark on each rebuild.
"""

import os

SERVING = "GUIDE_SERVE_ERRORS_IN_PAGE"  # the name macros/__init__.py reads


def on_startup(command, dirty, **kwargs) -> None:
    if command == "serve":
        os.environ[SERVING] = "1"
    else:
        os.environ.pop(SERVING, None)
