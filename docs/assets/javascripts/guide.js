/*
 * The guide's core script, loaded first on every page by overrides/main.html (the `scripts`
 * block, right after Material's): what every page and every page script needs. Plain
 * JavaScript, no framework, no build step.
 *
 *   - storage namespaced by the site's base path (GuideStorage.read, write, ...);
 *   - page set-up: GuideStorage.onPage(fn), once for each page shown;
 *   - file download: GuideStorage.download(name, text, type);
 *   - shared strings: GuideStorage.strings;
 *   - printing: the « Imprimer » buttons ([data-print-button]) and, on paper, the address of
 *     each link to another site (print.css).
 *
 * Page scripts (checklists.js, terms-form.js) are loaded only by the page templates that need
 * them (overrides/*.html, chosen in a page's front matter: `template: tasks.html`), inside the
 * page's content so that Material's instant navigation runs them when it shows their page.
 * They do not rely on the order of the <script> tags; each one declares that it needs this
 * core by handing its code to it:
 *
 *   (window.guideScripts = window.guideScripts || []).push(function (guide) { ... });
 *
 * The core runs that code once it is loaded (at once if it already is), with GuideStorage as
 * `guide`, and only once per visit for a given script file (instant navigation evaluates a
 * page's scripts again each time the page is shown).
 *
 * Storage API (window.GuideStorage):
 *
 *   GuideStorage.available            false when the browser keeps nothing for this site
 *                                     (private browsing, blocked storage): values then live
 *                                     in memory for this visit only
 *   GuideStorage.failed               null, or the sentence saying that the last write was
 *                                     refused (storage full): what was stored before stays
 *                                     stored and is still read
 *   GuideStorage.read(name[, isValid]) the stored JSON value, or null when there is none or
 *                                     it is damaged (unreadable JSON, or isValid(value) false):
 *                                     a damaged value is reported once in the console and
 *                                     treated as absent
 *   GuideStorage.write(name, value)   store value as JSON; true if the browser keeps it (a
 *                                     refused write changes nothing stored, sets `failed` and
 *                                     sends « guide:storage » on the document)
 *   GuideStorage.remove(name)         forget the value
 *   GuideStorage.onChange(name, fn)   fn() when another tab of this site changes the value
 *   GuideStorage.key(name)            the localStorage key used for name
 *   GuideStorage.siteUrl              the site's base URL
 *   GuideStorage.onPage(fn)           fn() once for every page shown
 *   GuideStorage.download(name, text, type)  offer `text` as a file called `name`
 *   GuideStorage.strings              sentences shown by several scripts
 *   GuideStorage.element(tag, className, text)  a new element, with its class and text
 *
 * Keys are "guide:" + the site's base path + name (e.g. "guide:/mon-guide/checklist"), so two
 * sites published on one host (two forks on one github.io) never share their values; this
 * also holds for the offline copy opened from file://.
 */
(function () {
  "use strict";

  if (window.GuideStorage) {
    return; // already loaded (the script must only run once per visit)
  }

  /* ----- Storage, namespaced by the site's base URL ------------------------------------ */

  function siteBase() {
    // Material's head script sets __md_scope = new URL(base_url, location) when the first page
    // loads (it stays right during instant navigation); otherwise use the config's base.
    if (window.__md_scope instanceof URL) {
      return new URL(window.__md_scope.href);
    }
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base, location.href);
    } catch (error) {
      return new URL(".", location.href);
    }
  }

  var BASE = siteBase();
  var PREFIX = "guide:" + BASE.pathname;
  var memory = Object.create(null); // this visit's values (the only copy without storage)
  var reported = Object.create(null);

  // Readable is enough to show what is stored: a full storage (quota reached) still reads,
  // and must not hide the ticks already kept. Writes are tried each time (space may be freed).
  function probeStorage() {
    try {
      var store = window.localStorage;
      store.getItem(PREFIX + "essai");
      return store;
    } catch (error) {
      return null;
    }
  }

  var store = probeStorage();

  function key(name) {
    return PREFIX + name;
  }

  function read(name, isValid) {
    var raw = null;
    if (store) {
      try {
        raw = store.getItem(key(name));
      } catch (error) {
        raw = name in memory ? memory[name] : null;
      }
    } else if (name in memory) {
      raw = memory[name];
    }
    if (raw === null) {
      return null;
    }
    var value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      value = undefined;
    }
    if (value === undefined || (isValid && !isValid(value))) {
      if (reported[name] !== raw) {
        reported[name] = raw;
        console.warn(
          "Guide : la valeur enregistrée « " + name + " » (" + key(name) + ") est " +
            "endommagée ; elle est ignorée et l'on repart de zéro pour elle.",
          raw.slice(0, 200)
        );
      }
      return null;
    }
    return value;
  }

  function announce() {
    document.dispatchEvent(new Event("guide:storage"));
  }

  // A refused setItem leaves the stored value as it was (never a partial state); the page
  // scripts keep the change for this visit and say so (GuideStorage.failed).
  function write(name, value) {
    var text = JSON.stringify(value);
    if (!store) {
      memory[name] = text;
      return false;
    }
    try {
      store.setItem(key(name), text);
      if (GuideStorage.failed) {
        GuideStorage.failed = null;
        announce();
      }
      return true;
    } catch (error) {
      console.warn("Guide : le navigateur refuse d'enregistrer « " + name + " ».", error);
      GuideStorage.failed = strings.storageFull;
      announce();
      return false;
    }
  }

  function remove(name) {
    delete memory[name];
    if (store) {
      try {
        store.removeItem(key(name));
      } catch (error) {
        /* nothing kept anyway */
      }
    }
  }

  function onChange(name, callback) {
    window.addEventListener("storage", function (event) {
      if (event.key === null || event.key === key(name)) {
        callback();
      }
    });
  }

  // Material announces each new page (first load and instant navigation) through document$.
  // Also run once the page is read, whatever document$ does: without Material's script, and on
  // file:// where Material completes document$ before any page. Once per page shown.
  function onPage(fn) {
    var done = new WeakSet();
    function once() {
      var shown = document.querySelector(".md-content") || document.body;
      if (!done.has(shown)) {
        done.add(shown);
        fn();
      }
    }
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(once);
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", once);
    } else {
      once();
    }
  }

  // Offer `text` as a downloaded file called `name` (nothing is sent anywhere).
  function download(name, text, type) {
    var blob = new Blob([text], { type: type || "application/octet-stream" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 60000);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  var strings = {
    storageBlocked:
      "Ce navigateur ne garde pas les données de ce site (navigation privée ou stockage " +
      "bloqué)",
    storageFull:
      "Ce navigateur n'a pas pu enregistrer votre dernière modification (son espace de " +
      "stockage est plein) ; ce qui était déjà enregistré est gardé",
  };

  var GuideStorage = {
    onPage: onPage,
    available: store !== null,
    failed: null,
    read: read,
    write: write,
    remove: remove,
    onChange: onChange,
    key: key,
    siteUrl: BASE.href,
    download: download,
    element: element,
    strings: strings,
  };
  window.GuideStorage = GuideStorage;

  /* ----- Page scripts: run each one once, whatever the order of the <script> tags ---------- */

  var started = Object.create(null);
  var pending = [];

  // `file`: the script that hands its code, when known (document.currentScript while it runs);
  // `needs`: the globals of pure modules (french.js, mission-contract.js) the code uses. Scripts
  // that instant navigation inserts again run in any order: code whose modules are not there
  // yet waits for them (each module says « guide:module » once loaded).
  function start(code, file, needs) {
    var missing = (needs || []).some(function (name) {
      return !window[name];
    });
    if (missing) {
      pending.push([code, file, needs]);
      return;
    }
    if (file) {
      if (started[file]) {
        return; // its page shown again by instant navigation: its onPage set-up already runs
      }
      started[file] = true;
    }
    code(GuideStorage);
  }

  document.addEventListener("guide:module", function () {
    var again = pending;
    pending = [];
    again.forEach(function (entry) {
      start(entry[0], entry[1], entry[2]);
    });
  });

  // Scripts that ran before this one queued their code (file unknown now: run each one).
  var waiting = window.guideScripts || [];
  window.guideScripts = {
    push: function (code, needs) {
      var script = document.currentScript;
      start(code, script && script.src, needs);
    },
  };
  waiting.forEach(function (code) {
    start(code);
  });

  // keep.js (the guide kept on the phone), where the manifest link names it: fetched after
  // the load, when the browser is idle, it adds nothing to the page's load.
  window.addEventListener("load", function () {
    var link = document.querySelector("link[rel=manifest][data-keep]");
    if (link && "serviceWorker" in navigator) {
      (window.requestIdleCallback || window.setTimeout)(function () {
        var script = document.createElement("script");
        script.src = link.getAttribute("data-keep");
        document.head.appendChild(script);
      });
    }
  });

  /* ----- Printing (print.css) ------------------------------------------------------------ */

  // One listener on the document: it also serves the pages shown by instant navigation.
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print-button]")) {
      window.print();
    }
  });

  // On paper, a link to another site prints its address in brackets. Material rewrites
  // internal links to full addresses (http…): those, and links whose text is already the
  // address, are marked data-print-url="no" so that the address is not printed.
  function bare(url) {
    return url.replace(/^[a-z]+:\/\//i, "").replace(/\/$/, "");
  }

  function markLinks() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var internal = link.host === window.location.host;
      var selfNamed = bare(link.textContent.trim()) === bare(link.href);
      if (internal || selfNamed) {
        link.setAttribute("data-print-url", "no");
      }
    });
  }

  onPage(markLinks);

  // Search results: Material links a page's first result with an empty highlight (« ?h= »)
  // when only the page's sections matched; give it the words its sections highlight. The
  // result list is part of the header, which instant navigation keeps: set up once.
  function fillHighlights(item) {
    var links = item.querySelectorAll("a.md-search-result__link");
    var words = [];
    links.forEach(function (link) {
      (new URL(link.href).searchParams.get("h") || "").split(" ").forEach(function (word) {
        if (word && words.indexOf(word) === -1) {
          words.push(word);
        }
      });
    });
    links.forEach(function (link) {
      var url = new URL(link.href);
      if (url.searchParams.has("h") && !url.searchParams.get("h") && words.length) {
        url.searchParams.set("h", words.join(" "));
        link.href = url.href;
      }
    });
  }

  var results = document.querySelector(".md-search-result__list");
  if (results && window.MutationObserver) {
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1 && node.matches(".md-search-result__item")) {
            fillHighlights(node);
          }
        });
      });
    }).observe(results, { childList: true });
  }
})();
