// Runs the browser's checker (docs/assets/javascripts/mission-contract.js) under node, for
// tests/engine/test_contract_parity.py: reads {"contrat": path, "fichiers": [texts]} as JSON on
// stdin, prints one JSON result per file: {"problemes": [...], "donnees": ..., "yaml": ...}.
// With `--serve CONTRACT`, one process answers many batches: each line of stdin is a JSON list
// of texts, each answer one line of JSON results (hypothesis' examples, one node per test).
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const assets = path.join(__dirname, "..", "..", "docs", "assets", "javascripts");
const jsyaml = require(path.join(assets, "vendor", "js-yaml-5.5.0.min.js"));
const { Checker } = require(path.join(assets, "mission-contract.js"));
const French = require(path.join(assets, "french.js"));
const french = new French();
const options = { date: (iso) => french.date(iso) };

function answer(checker, texts) {
  return texts.map(function (text) {
    const problems = checker.checkText(jsyaml, text, "mission.yml");
    const result = { problemes: problems };
    if (!problems.length) {
      // A valid file: what the form keeps of it, and the mission.yml it exports.
      const data = checker.read(jsyaml, text, "mission.yml").data;
      result.yaml = checker.toYaml(checker.toData(checker.shape(data)));
    }
    return result;
  });
}

if (process.argv[2] === "--serve") {
  const checker = new Checker(JSON.parse(fs.readFileSync(process.argv[3], "utf-8")), options);
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", function (line) {
    process.stdout.write(JSON.stringify(answer(checker, JSON.parse(line))) + "\n");
  });
} else {
  const input = JSON.parse(fs.readFileSync(0, "utf-8"));
  const checker = new Checker(JSON.parse(fs.readFileSync(input.contrat, "utf-8")), options);
  process.stdout.write(JSON.stringify(answer(checker, input.fichiers)));
}
