// Material's own search worker (the built site's copy, with lunr and its French support) run
// under node, without a browser: reads {site, queries} as JSON on stdin and prints, for each
// query, the results as Material lists them: [{location, title, score, h}] grouped by page,
// `h` being the highlight Material puts on the result's link.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const input = JSON.parse(fs.readFileSync(0, "utf-8"));
const workers = path.join(input.site, "assets", "javascripts", "workers");
const worker = fs.readdirSync(workers).find((name) => /^search\..*\.js$/.test(name));
const here = path.join(workers, worker);

let listener = null;
let reply = null;
const context = {
  console,
  URL,
  setTimeout,
  clearTimeout,
  addEventListener: (type, fn) => { if (type === "message") listener = fn; },
  postMessage: (message) => { reply = message; },
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.resolve(workers, url);
      vm.runInContext(fs.readFileSync(file, "utf-8"), context, { filename: file });
    }
  },
};
context.self = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(here, "utf-8"), context, { filename: here });

async function ask(message) {
  reply = null;
  await listener({ data: message });
  // The worker's handler is async: let its promise settle.
  for (let i = 0; i < 50 && reply === null; i++) await new Promise((r) => setImmediate(r));
  return reply;
}

(async () => {
  const index = JSON.parse(
    fs.readFileSync(path.join(input.site, "search", "search_index.json"), "utf-8"),
  );
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: {} } });
  const out = {};
  for (const query of input.queries) {
    const result = await ask({ type: 2, data: query });
    out[query] = result.data.items.map((group) =>
      group.map((doc) => ({
        location: doc.location,
        title: doc.title,
        score: doc.score,
        h: Object.keys(doc.terms).filter((t) => doc.terms[t]).join(" "),
        missing: Object.keys(doc.terms).filter((t) => !doc.terms[t]),
      })),
    );
  }
  process.stdout.write(JSON.stringify(out));
})();
