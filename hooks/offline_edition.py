"""Offline edition (`make offline`): what Material's offline plugin does not do by itself.

MkDocs hook (listed under `hooks:` in mkdocs.yml). Active only when the offline plugin is
enabled (OFFLINE=true):

- Material's offline plugin would load its file:// search shim from a CDN (unpkg.com): we give
  it the same shim, copied into the site (`assets/javascripts/vendor/iframe-worker-shim.js`),
  so the offline edition makes no request to another site and its search works without network;
- instant navigation (which needs a web server) is turned off in that edition.

In every build it sets `edition_hors_ligne` (true or false) in `extra`, a variable the pages read
through mkdocs-macros (the home page links to the zip, or says it is the offline edition).
"""

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


def offline_enabled(config) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin, which adds its CDN shim if none is there
def on_config(config, **kwargs):
    offline = offline_enabled(config)
    config["extra"]["edition_hors_ligne"] = offline
    if not offline:
        return config
    polyfills = config["extra"].setdefault("polyfills", [])
    if SHIM not in polyfills:
        polyfills.append(SHIM)
    features = config["theme"]["features"]
    for feature in [name for name in features if name.startswith("navigation.instant")]:
        features.remove(feature)
    return config
