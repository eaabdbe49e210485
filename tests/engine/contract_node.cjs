// Runs the browser's checker (docs/assets/javascripts/mission-contract.js) under node, for
// tests/engine/test_contract_parity.py: reads {"contrat": path, "fichiers": [texts]} as JSON on
// stdin, prints one JSON result per file: {"problemes": [...], "donnees": ..., "yaml": ...}.
"use strict";
const fs = require("fs");
const path = require("path");
const assets = path.join(__dirname, "..", "..", "docs", "assets", "javascripts");
const jsyaml = require(path.join(assets, "vendor", "js-yaml-5.5.0.min.js"));
const { Checker } = require(path.join(assets, "mission-contract.js"));

const input = JSON.parse(fs.readFileSync(0, "utf-8"));
const checker = new Checker(JSON.parse(fs.readFileSync(input.contrat, "utf-8")));
const results = input.fichiers.map(function (text) {
  const problems = checker.checkText(jsyaml, text, "mission.yml");
  const result = { problemes: problems };
  if (!problems.length) {
    // A valid file: what the form keeps of it, and the mission.yml it exports.
    const data = checker.read(jsyaml, text, "mission.yml").data;
    result.yaml = checker.toYaml(checker.toData(checker.shape(data)));
  }
  return result;
});
process.stdout.write(JSON.stringify(results));
