"""The guide on a phone (guide/installable.py): once every other step wrote its files (the
search index rewritten, the downloads), the web app manifest and the list of files the service
worker keeps. MkDocs hook (listed under `hooks:` in mkdocs.yml); the macros decide whether the
site offers it (`extra.guide_manifeste`, absent in the offline edition and under make serve).
"""

from pathlib import Path

from mkdocs.plugins import event_priority

from guide.installable import write_files


@event_priority(-100)  # after every plugin and hook: the list names the site as written
def on_post_build(config, **kwargs):
    manifest = config["extra"].get("guide_manifeste")
    if manifest:
        write_files(Path(config["site_dir"]), manifest)
