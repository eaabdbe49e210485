"""MkDocs hook (listed under `hooks:` in mkdocs.yml): an error of the system that stops MkDocs,
a full disk or a folder that cannot be written, is told in French without a traceback (make
build, make serve, the CI); the exit status stays an error. The guide's own errors (mission.yml,
a task, a defect) are told by macros/__init__.py, the build's steps by guide/publish.py.
"""

import sys
from pathlib import Path

# MkDocs puts only this folder on the import path: the core package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from guide.publish import system_error  # noqa: E402


def on_startup(command, dirty, **kwargs) -> None:
    previous = sys.excepthook

    def told_in_french(kind, error, trace):
        if isinstance(error, OSError):
            print(f"Erreur : {system_error(error)}", file=sys.stderr)  # noqa: T201
        else:
            previous(kind, error, trace)

    sys.excepthook = told_in_french
