// Runs the browser's notes rules (docs/assets/javascripts/notes-rules.js) under node, for
// tests/engine/test_notes_parity.py: `node notes_node.cjs CONTRACT`, then one JSON request a
// line on stdin ({"check": data, "file": name} | {"merge": [mine, theirs, me, them]} |
// {"report": [activites, labels]} | {"author": [data, name]}), one JSON answer a line.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const GuideNotes = require(path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "notes-rules.js"));
const rules = new GuideNotes(JSON.parse(fs.readFileSync(process.argv[2], "utf-8")));

function answer(request) {
  if ("check" in request) {
    return rules.check(request.check, request.file);
  }
  if ("merge" in request) {
    return rules.merge.apply(rules, request.merge);
  }
  if ("report" in request) {
    return rules.reportValues.apply(rules, request.report);
  }
  return rules.author.apply(rules, request.author);
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", function (line) {
  process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + "\n");
});
