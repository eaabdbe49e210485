/*
 * The guide kept on the phone (docs/service-worker.js): loaded by guide.js once the page has
 * loaded and the browser is idle (nothing before the first paint); registers the worker, asks it to keep the site's version (a few
 * seconds after the first page is up, unless the phone asks to save data: then only on the
 * button), fills the home page's
 * « Garder le guide sur ce téléphone » block and shows the notice of a new version.
 * Only where the site offers it (guide/installable.py): overrides/main.html's manifest link
 * names this script and the worker.
 */
(function () {
  "use strict";

  var link = document.querySelector("link[rel=manifest][data-service-worker]");
  if (window.guideKeeper || !link || !("serviceWorker" in navigator) || !window.isSecureContext) {
    return;
  }
  window.guideKeeper = true;
  var workerUrl = new URL(link.getAttribute("data-service-worker"), location.href);
  var listUrl = new URL("guide-hors-ligne.json", workerUrl);
  var saveData = !!(navigator.connection && navigator.connection.saveData);
  var last = { state: {}, busy: false, error: null };
  var size = null; // bytes of the published version, from the list

  // « 4,2 Mo »: one decimal at most, a decimal comma, thousands apart by a narrow space (as
  // CLDR's French). Not toLocaleString: the browser's first French number formatter costs a
  // phone about 100 ms (measured with Chromium's 4× throttling), a long task on the home page.
  function megabytes(bytes) {
    var tenths = Math.round(bytes / 1e5);
    var whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, "\u202f");
    return whole + (tenths % 10 ? "," + (tenths % 10) : "") + "\u00a0Mo";
  }

  function statusText() {
    var current = last.state.current;
    if (last.busy) {
      return "Enregistrement du guide sur ce téléphone…";
    }
    if (last.error && !current) {
      return (
        "Le guide n'a pas pu être gardé sur ce téléphone (réseau coupé ou espace plein)\u00a0; " +
        "réessayez avec le réseau."
      );
    }
    if (current) {
      return (
        "Le guide est gardé sur ce téléphone (" +
        megabytes(current.taille) +
        ")\u00a0: il s'ouvre aussi sans réseau, à la même adresse."
      );
    }
    return size === null
      ? "Tout le guide, pour le consulter sans réseau."
      : "Tout le guide, pour le consulter sans réseau\u00a0: " + megabytes(size) + ".";
  }

  function render() {
    document.querySelectorAll("[data-guide-keep-status]").forEach(function (status) {
      status.textContent = statusText();
    });
    document.querySelectorAll("[data-guide-keep-button]").forEach(function (button) {
      button.disabled = last.busy;
    });
    showNotice(!!last.state.pending);
  }

  function showNotice(show) {
    var notice = document.getElementById("guide-new-version");
    if (!show) {
      if (notice) {
        notice.remove();
      }
      return;
    }
    if (notice) {
      return;
    }
    addStyle();
    notice = document.createElement("div");
    notice.id = "guide-new-version";
    notice.className = "guide-new-version";
    notice.setAttribute("role", "status");
    var text = document.createElement("p");
    text.textContent =
      "Une nouvelle version du guide est prête sur ce téléphone\u00a0; la page actuelle " +
      "reste celle de l'ancienne version.";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary";
    button.textContent = "Afficher la nouvelle version";
    button.addEventListener("click", function () {
      send("basculer");
    });
    notice.appendChild(text);
    notice.appendChild(button);
    document.body.appendChild(notice);
  }

  // The notice's look, here rather than in guide.css: only a phone that kept the guide needs it.
  function addStyle() {
    if (document.getElementById("guide-new-version-style")) {
      return;
    }
    var style = document.createElement("style");
    style.id = "guide-new-version-style";
    style.textContent =
      ".guide-new-version{position:fixed;right:.8rem;bottom:.8rem;left:.8rem;z-index:5;" +
      "max-width:34rem;margin:0 auto;padding:.6rem .8rem;border-radius:.2rem;" +
      "color:var(--md-default-fg-color);background:var(--md-default-bg-color);" +
      "box-shadow:var(--md-shadow-z3);font-size:.8rem}.guide-new-version p{margin:0 0 .4rem}";
    document.head.appendChild(style);
  }

  function send(type) {
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) {
        registration.active.postMessage({ type: type });
      }
    });
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "bascule") {
      location.reload();
      return;
    }
    if (data.type === "etat") {
      last = { state: data.state || {}, busy: !!data.busy, error: data.error || null };
      document.documentElement.setAttribute(
        "data-guide-kept",
        last.state.current ? last.state.current.version : "",
      );
      render();
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-guide-keep-button]")) {
      send("garder");
    }
  });

  // Chromium downloads a link marked « download » without asking the service worker: with no
  // network, the .docx and .ics kept on the phone are offered from the worker's copy instead.
  function offerKept(event, guide) {
    var link = event.target.closest && event.target.closest("a[download][href]");
    var own = link && /^https?:$/.test(link.protocol) && link.origin === location.origin;
    if (!own || event.defaultPrevented || !navigator.serviceWorker.controller) {
      return;
    }
    event.preventDefault();
    var name = link.getAttribute("download") || link.pathname.split("/").pop();
    fetch(link.href)
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.blob();
      })
      .then(function (blob) {
        guide.download(decodeURIComponent(name), blob, blob.type);
      })
      .catch(function () {
        location.href = link.href; // not kept: the browser's own download tells why
      });
  }

  function setUpPage() {
    if (document.querySelector("[data-guide-keep-status]") && size === null) {
      fetch(listUrl, { cache: "no-store" })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (list) {
          if (list) {
            size = list.taille;
            render();
          }
        })
        .catch(function () {});
    }
    render();
  }

  // The site is kept a few seconds after the page is up, not while it loads: its 4 MB would
  // take the phone's bandwidth from the page being read (its largest paint came 0.8 s later).
  var KEEP_AFTER_MS = 5000;

  function start() {
    navigator.serviceWorker
      .register(workerUrl.href)
      .then(function () {
        send("etat");
        if (!saveData) {
          setTimeout(function () {
            send("garder");
          }, KEEP_AFTER_MS);
        }
      })
      .catch(function () {});
    (window.guideScripts = window.guideScripts || []).push(function (guide) {
      guide.onPage(setUpPage);
      document.addEventListener("click", function (event) {
        offerKept(event, guide);
      });
    });
  }

  start();
})();
