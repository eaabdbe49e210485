"""MkDocs hook (listed under `hooks:` in mkdocs.yml): the printable pages of the mission's
documents, filled and blank, made from their catalogue entries (guide/documents/catalogue.py,
guide/documents/pages.py): a new document is one entry and its content module, no page to
write. Their plan entries are added by the macros (macros/__init__.py), with the others.
"""

import sys
from pathlib import Path

from mkdocs.structure.files import File

# MkDocs puts only this folder on the import path: the core package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from guide.documents.pages import document_pages  # noqa: E402


def on_files(files, config, **kwargs):
    for path, markdown in document_pages(Path(config["docs_dir"])).items():
        files.append(File.generated(config, path, content=markdown))
    return files
