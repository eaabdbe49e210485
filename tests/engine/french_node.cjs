// For tests/engine/test_french.py: formats every case of stdin's JSON with french.js.
"use strict";
const fs = require("fs");
const path = require("path");
const French = require(path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "french.js"));

const input = JSON.parse(fs.readFileSync(0, "utf-8"));
const french = new French();
const out = input.cas.map(function (c) {
  if (c.kind === "date") return french.date(c.a, c.weekday);
  if (c.kind === "period") return french.period(c.a, c.b);
  if (c.kind === "time") return french.time(c.a);
  return french.plural(c.n, c.singular, c.pluriel || undefined);
});
process.stdout.write(JSON.stringify(out));
