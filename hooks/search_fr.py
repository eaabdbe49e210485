"""MkDocs hook (listed under `hooks:` in mkdocs.yml): French forms of words in the search index.

The logic is in guide/search.py; this hook hands it each page's HTML before the search plugin
reads it, then the index once the search plugin wrote it.
"""

import json
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs puts only this folder on the import path: the core package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from guide.pages import tool_folders  # noqa: E402
from guide.search import add_variants, separate_blocks  # noqa: E402

TOOLS = tool_folders()


@event_priority(50)  # before the search plugin (0) indexes the page
def on_page_context(context, page, **kwargs):
    page.content = separate_blocks(page.content)
    return context


@event_priority(-50)  # after the search plugin (0), before the offline plugin (-100)
def on_post_build(config, **kwargs) -> None:
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = add_variants(json.loads(path.read_text("utf-8")), TOOLS)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
