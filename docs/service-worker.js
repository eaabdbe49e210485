/*
 * The guide's service worker: the whole site kept on the phone, for use without network.
 *
 * At the site's root so that its scope is the whole site, under any sub-path (GitHub or GitLab
 * Pages); registered by keep.js, never in the offline edition (file://) nor under `make serve`
 * (guide/installable.py). The build writes the list of files to keep and their version
 * (guide-hors-ligne.json); a version is downloaded whole into a cache of its own before it is
 * used, and every page, asset and download is then answered from that one version: never a
 * page of one version with a script of another. A newer version found while online waits, ready,
 * until the reader asks for it (the notice of keep.js) or opens the guide with no other tab.
 * Nothing from another site is answered or kept.
 */
"use strict";

var SCOPE = self.registration.scope; // the site's base address, ending with « / »
var PREFIX = "guide:" + new URL(SCOPE).pathname + ":"; // two guides on one host keep apart
var LIST = SCOPE + "guide-hors-ligne.json";
var STATE = PREFIX + "etat";
var STATE_KEY = SCOPE + "__etat-du-guide-garde__";
var PARALLEL = 6;

function readState() {
  return caches
    .open(STATE)
    .then(function (cache) {
      return cache.match(STATE_KEY);
    })
    .then(function (response) {
      return response ? response.json() : {};
    })
    .catch(function () {
      return {};
    });
}

function writeState(state) {
  return caches.open(STATE).then(function (cache) {
    return cache.put(STATE_KEY, new Response(JSON.stringify(state)));
  });
}

function fetchList() {
  return fetch(LIST, { cache: "no-store" }).then(function (response) {
    if (!response.ok) {
      throw new Error("liste " + response.status);
    }
    return response.json();
  });
}

// A redirected response cannot answer a navigation: keep its body and headers only.
function plain(response) {
  if (!response.redirected) {
    return response;
  }
  return response.blob().then(function (body) {
    return new Response(body, { status: response.status, headers: response.headers });
  });
}

// Every file of `list` into a new cache; any failure removes it (the version kept stays).
async function download(list) {
  var name = PREFIX + list.version;
  await caches.delete(name); // a half-made copy of an interrupted download
  var cache = await caches.open(name);
  var files = list.fichiers.slice();
  async function worker() {
    while (files.length) {
      var url = new URL(files.shift(), SCOPE).href;
      var response = await fetch(url, { cache: "no-cache" }); // never the HTTP cache's old copy
      if (!response.ok || new URL(response.url).origin !== self.location.origin) {
        throw new Error(url + " " + response.status);
      }
      await cache.put(url, await plain(response));
    }
  }
  try {
    var workers = [];
    for (var index = 0; index < PARALLEL; index += 1) {
      workers.push(worker());
    }
    await Promise.all(workers);
    // Published again while downloading: files of two versions, thrown away.
    if ((await fetchList()).version !== list.version) {
      throw new Error("version changée");
    }
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
}

function describe(list) {
  return { version: list.version, taille: list.taille, date: new Date().toISOString() };
}

// Drop every cache of this guide but the state and the versions `state` names.
async function tidy(state) {
  var wanted = [STATE];
  [state.current, state.pending].forEach(function (entry) {
    if (entry) {
      wanted.push(PREFIX + entry.version);
    }
  });
  var names = await caches.keys();
  await Promise.all(
    names
      .filter(function (name) {
        return name.indexOf(PREFIX) === 0 && wanted.indexOf(name) === -1;
      })
      .map(function (name) {
        return caches.delete(name);
      }),
  );
}

async function tell(message) {
  var all = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  all.forEach(function (client) {
    client.postMessage(message);
  });
}

var updating = null;

// Keep the site's version: the first one becomes the one used, a later one waits, ready.
function update() {
  if (updating) {
    return updating;
  }
  updating = (async function () {
    var state = await readState();
    await tell({ type: "etat", state: state, busy: true });
    var list = await fetchList();
    var known = [state.current, state.pending].some(function (entry) {
      return entry && entry.version === list.version;
    });
    if (!known) {
      await download(list);
      state = await readState();
      state[state.current ? "pending" : "current"] = describe(list);
      await writeState(state);
      await tidy(state);
    }
    return state;
  })()
    .then(
      function (state) {
        return tell({ type: "etat", state: state });
      },
      function (error) {
        return readState().then(function (state) {
          return tell({ type: "etat", state: state, error: String(error) });
        });
      },
    )
    .finally(function () {
      updating = null;
    });
  return updating;
}

async function promote() {
  var state = await readState();
  if (!state.pending) {
    return state;
  }
  state = { current: state.pending };
  await writeState(state);
  await tidy(state);
  return state;
}

// This script holds no version of the site: a new one replaces the old at once. It takes no
// page already open (no clients.claim): a page half loaded without it, then with it, paints
// before its style sheets; from the next page on, every page is answered by it.
self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("message", function (event) {
  var kind = event.data && event.data.type;
  if (kind === "garder") {
    event.waitUntil(update());
  } else if (kind === "etat") {
    event.waitUntil(
      readState().then(function (state) {
        event.source.postMessage({ type: "etat", state: state, busy: updating !== null });
      }),
    );
  } else if (kind === "basculer") {
    event.waitUntil(
      promote().then(function (state) {
        return tell({ type: "bascule", state: state });
      }),
    );
  }
});

// The address a file is kept under: no query (search highlights « ?h= »), a page by its folder.
function keyOf(url) {
  var clean = new URL(url.href);
  clean.search = "";
  clean.hash = "";
  if (clean.pathname.endsWith("/index.html")) {
    clean.pathname = clean.pathname.slice(0, -"index.html".length);
  }
  return clean.href;
}

async function answer(request, url) {
  var state = await readState();
  if (request.mode === "navigate" && state.pending) {
    var open = await self.clients.matchAll({ type: "window" });
    if (open.length <= 1) {
      state = await promote(); // no other tab shows the older version
    }
  }
  var cache = state.current ? await caches.open(PREFIX + state.current.version) : null;
  var kept = cache ? await cache.match(keyOf(url)) : undefined;
  if (kept) {
    // A worker's address is its script's response's: a copy made here has none, so that the
    // worker keeps the address it was started with, query included (search-later.js reads it).
    return request.destination === "worker" ? new Response(kept.body, kept) : kept;
  }
  try {
    return await fetch(request);
  } catch (error) {
    var missing = cache ? await cache.match(SCOPE + "404.html") : undefined;
    if (request.mode === "navigate" && missing) {
      return missing;
    }
    throw error;
  }
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  // Only this guide's own files; another site's, and the list itself, go to the network.
  if (request.method !== "GET" || url.href.indexOf(SCOPE) !== 0 || url.href === LIST) {
    return;
  }
  event.respondWith(answer(request, url));
});
