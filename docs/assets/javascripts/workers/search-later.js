/* Material's search worker (workers/search.*.min.js, named by the `w` parameter of this
 * file's address), loaded at the first search instead of at every page's load: building the
 * index of the whole guide takes about 0.2 s of processor on each page, for a search that most
 * visits never make. Material waits for READY before it sends a query: this worker answers
 * READY at once (and, as the real one would, no result to the empty query that follows),
 * and on the first query loads the real worker, hands it the index (SETUP), and
 * passes it the queries once it is ready. Then the real worker answers alone.
 * overrides/main.html points Material's configuration here (not in the offline edition, where
 * Material itself waits until the search opens). */
"use strict";
(function () {
  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;
  var real = new URL(self.location.href).searchParams.get("w").split("/").pop();
  var post = self.postMessage.bind(self);
  var setup = null;
  var waiting = []; // queries that came before the real worker was ready
  var state = "idle"; // idle -> loading -> ready
  var replaying = false;

  function replay(message) {
    replaying = true;
    self.dispatchEvent(new MessageEvent("message", { data: message }));
    replaying = false;
  }

  self.addEventListener("message", function (event) {
    if (state === "ready" || replaying) {
      return; // the real worker's own listener, added after this one, answers
    }
    event.stopImmediatePropagation();
    var message = event.data;
    if (message && message.type === SETUP) {
      setup = message;
      post({ type: READY });
      return;
    }
    if (message && message.type === QUERY && !String(message.data).trim()) {
      post({ type: RESULT, data: { items: [] } }); // Material's empty query, sent at READY
      return;
    }
    waiting.push(message);
    if (state === "loading") {
      return;
    }
    state = "loading";
    // The real worker answers with the global postMessage: its READY is ours to take (Material
    // had one already), then it gets the queries that waited.
    self.postMessage = function (answer) {
      if (!answer || answer.type !== READY) {
        post(answer);
        return;
      }
      self.postMessage = post;
      state = "ready";
      waiting.splice(0).forEach(replay);
    };
    importScripts(real); // beside this file, so that its "../lunr" stemmers are found too
    replay(setup);
  });
})();
