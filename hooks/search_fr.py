"""MkDocs hook (listed under `hooks:` in mkdocs.yml): French forms of words in the search index.

The logic is in guide/search.py; this hook applies it once the search plugin wrote its index.
"""

import json
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs puts only this folder on the import path: the core package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from guide.search import add_variants  # noqa: E402


@event_priority(-50)  # after the search plugin (0), before the offline plugin (-100)
def on_post_build(config, **kwargs) -> None:
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = add_variants(json.loads(path.read_text("utf-8")))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
