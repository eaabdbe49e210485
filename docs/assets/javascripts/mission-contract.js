/*
 * The contract of mission.yml in the browser: read a file with the build's YAML dialect, check
 * it and say the build's French messages, write it back. Pure: no DOM, no page; node loads it
 * too (tests/engine/test_contract_parity.py compares it with the build on generated files).
 *
 * Every rule, message, pattern and format comes from the exported contract
 * (guide/mission/contract.py): this file only interprets that data, the way
 * guide/mission/load.py, rules.py and dialect.py do at build time. The YAML parser is the
 * vendored js-yaml (its event stream only: values are built here, with the contract's
 * resolvers, so `07`, `1.10` or `12:30` stay texts as in the build).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.MissionContract = factory();
    // For the page scripts waiting on this module (guide.js).
    if (root.document) {
      root.document.dispatchEvent(new Event("guide:module"));
    }
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /* ----- Small helpers ------------------------------------------------------------------- */

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function fill(template, fields) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in fields ? String(fields[name]) : all;
    });
  }

  function codePoints(text) {
    return Array.from(String(text));
  }

  function get(data, path) {
    for (var i = 0; i < path.length; i++) {
      var part = path[i];
      if (typeof part === "number") {
        if (!Array.isArray(data) || part >= data.length) {
          return null;
        }
      } else if (!isObject(data)) {
        return null;
      }
      data = data[part];
      if (data === undefined) {
        return null;
      }
    }
    return data;
  }
  function pathText(path) {
    var text = "";
    path.forEach(function (part) {
      if (typeof part === "number") {
        text += "[" + (part + 1) + "]";
      } else {
        text += text ? "." + part : String(part);
      }
    });
    return text;
  }

  /* ----- Suggestions: guide/mission/messages.py `closest`, the same definition ------------- */

  function fold(word) {
    return String(word)
      .trim()
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "")
      .replace(/[- ]/g, "_");
  }

  function distance(a, b) {
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      for (j = 1; j <= b.length; j++) {
        current.push(
          Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] !== b[j - 1]))
        );
      }
      previous = current;
    }
    return previous[b.length];
  }

  function closest(word, candidates) {
    var folded = codePoints(fold(word));
    if (!folded.length) {
      return null;
    }
    var best = null;
    var bestDistance = Math.max(1, Math.floor(folded.length / 3)) + 1;
    candidates.forEach(function (candidate) {
      var d = distance(folded, codePoints(fold(candidate)));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    });
    return best;
  }

  /* ----- The checker: guide/mission/load.py validate(), driven by the contract ------------ */

  /* ----- The checker: macros/mission.py's validate(), driven by the contract -------------- */

  function Checker(contract) {
    this.c = contract;
    this.root = contract.schema;
    this.zones = contract.fuseaux_horaires;
    this.zoneSet = new Set(contract.fuseaux_horaires);
    var defs = contract.schema.$defs;
    this.patterns = {
      date: new RegExp(defs.Dates.properties.debut.pattern),
      heure: new RegExp(defs.Activite.properties.debut.pattern),
    };
    var yaml = contract.yaml;
    this.resolvers = Object.keys(yaml.resolveurs).map(function (kind) {
      return [kind, new RegExp(yaml.resolveurs[kind])];
    });
    this.quoteIf = new RegExp(yaml.guillemets_si);
    this.lineChecks = yaml.verifications_de_ligne.map(function (check) {
      return [check[0], new RegExp(check[1])];
    });
    this.blockStart = new RegExp(yaml.debut_de_bloc);
    this.nextKey = new RegExp(yaml.cle_suivante);
  }

  // guide/mission/model.py resolve_schema. The key's own words (its description) win over the definition's.
  Checker.prototype.resolve = function (schema) {
    for (;;) {
      var own = Object.assign({}, schema);
      if (schema.$ref) {
        delete own.$ref;
        schema = Object.assign({}, this.root.$defs[schema.$ref.split("/").pop()], own);
      } else if (schema.anyOf) {
        delete own.anyOf;
        var inner = schema.anyOf.filter(function (s) {
          return s.type !== "null";
        })[0];
        schema = Object.assign({}, inner, own);
      } else {
        return schema;
      }
    }
  };

  // [schema of the key at path, schema of the object holding it] (Python: _schema_at).
  Checker.prototype.schemaAt = function (path) {
    var schema = this.root, parent = {};
    for (var i = 0; i < path.length; i++) {
      schema = this.resolve(schema);
      parent = schema;
      if (typeof path[i] === "number") {
        schema = schema.items || {};
      } else {
        schema = (schema.properties || {})[path[i]] || {};
      }
    }
    return [this.resolve(schema), this.resolve(parent)];
  };

  Checker.prototype.expected = function (path) {
    var found = this.schemaAt(path);
    if (found[0].description) {
      return found[0].description;
    }
    if (path.length && typeof path[path.length - 1] === "number") {
      return this.schemaAt(path.slice(0, -1))[0].description || "une valeur";
    }
    return found[1].description || "une valeur";
  };

  Checker.prototype.valueText = function (value) {
    var formats = this.c.format_valeur;
    if (value === null || value === undefined) {
      return formats.vide;
    }
    if (Array.isArray(value)) {
      return fill(formats.liste, { nombre: value.length });
    }
    if (isObject(value)) {
      return fill(formats.cles, { cles: Object.keys(value).join(", ") });
    }
    var text = codePoints(typeof value === "boolean" ? String(value) : value);
    var limit = formats.longueur_max;
    if (text.length > limit) {
      text = text.slice(0, limit - 3).concat("…");
    }
    return fill(formats.texte, { texte: text.join("") });
  };

  Checker.prototype.suggestion = function (word, candidates) {
    var close = closest(word, candidates);
    return close === null ? "" : fill(this.c.messages.suggestion, { mot: close });
  };

  Checker.prototype.problem = function (code, path, value, context) {
    var fields = { valeur: this.valueText(value), suggestion: "" };
    var schema;
    if (code === "cle_inconnue") {
      var known = Object.keys(this.schemaAt(path.slice(0, -1))[0].properties || {});
      var key = path[path.length - 1];
      fields.cle = key;
      fields.suggestion = this.suggestion(key, known);
      fields.possibles = known.join(", ");
    } else if (code === "objet") {
      fields.possibles = Object.keys(this.schemaAt(path)[0].properties || {}).join(", ");
    } else if (code === "choix") {
      schema = this.schemaAt(path)[0];
      var choices = schema.enum || [];
      fields.choix = choices.join(", ");
      fields.suggestion = this.suggestion(value, choices);
    } else if (code === "fuseau") {
      var sameCity = this.c.fuseaux_par_ville[fold(value)];
      fields.suggestion = this.suggestion(sameCity || value, this.zones);
    } else if (context) {
      Object.keys(context).forEach(function (name) {
        fields[name] = context[name];
      });
    }
    fields.attendu = this.expected(path);
    return { path: path, message: fill(this.c.messages[code], fields) };
  };

  Checker.prototype.date = function (value) {
    if (typeof value !== "string" || !this.patterns.date.test(value.trim())) {
      return null;
    }
    var parts = value.trim().split("-").map(Number);
    var day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    if (parts[0] < 1 || day.getUTCMonth() !== parts[1] - 1 || day.getUTCDate() !== parts[2]) {
      return null;
    }
    return { order: parts[0] * 10000 + parts[1] * 100 + parts[2], text: value.trim() };
  };

  Checker.prototype.time = function (value) {
    if (typeof value !== "string" || !this.patterns.heure.test(value.trim())) {
      return null;
    }
    var parts = value.trim().split(":").map(Number);
    var text = (parts[0] < 10 ? "0" : "") + parts[0] + ":" + value.trim().split(":")[1];
    return { order: parts[0] * 60 + parts[1], text: text };
  };

  // One value against its schema, as pydantic applies the model (texts stripped).
  Checker.prototype.value = function (value, raw, path, out) {
    var nullable = false;
    var schema = raw;
    while (schema.$ref || schema.anyOf) {
      if (schema.anyOf) {
        nullable = true;
      }
      schema = this.resolve(schema.$ref ? { $ref: schema.$ref } : { anyOf: schema.anyOf });
    }
    if (value === null || value === undefined) {
      if (nullable) {
        return;
      }
      value = null;
    }
    var self = this;
    if (schema.type === "object") {
      if (!isObject(value)) {
        out.push(this.problem("objet", path, value));
        return;
      }
      var properties = schema.properties || {};
      (schema.required || []).forEach(function (key) {
        if (!has(value, key)) {
          out.push(self.problem("requis", path.concat(key), value));
        }
      });
      Object.keys(value).forEach(function (key) {
        if (!has(properties, key)) {
          out.push(self.problem("cle_inconnue", path.concat(key), value[key]));
        } else {
          self.value(value[key], properties[key], path.concat(key), out);
        }
      });
      return;
    }
    if (schema.type === "array") {
      if (!Array.isArray(value)) {
        out.push(this.problem("liste", path, value));
        return;
      }
      value.forEach(function (item, index) {
        self.value(item, schema.items || {}, path.concat(index), out);
      });
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        out.push(this.problem("liste_vide", path, value, { min: schema.minItems }));
      } else if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        var sizes = { max: schema.maxItems, nombre: value.length };
        out.push(this.problem("liste_trop_longue", path, value, sizes));
      }
      return;
    }
    var format = schema["x-format"];
    if (format === "date" || format === "heure") {
      if ((format === "date" ? this.date(value) : this.time(value)) === null) {
        out.push(this.problem(format, path, value));
      }
      return;
    }
    if (schema.enum) {
      if (schema.enum.indexOf(value) < 0) {
        out.push(this.problem("choix", path, value));
      }
      return;
    }
    if (typeof value !== "string") {
      out.push(this.problem("texte", path, value));
      return;
    }
    var text = value.trim();
    if (schema.minLength !== undefined && codePoints(text).length < schema.minLength) {
      out.push(this.problem("texte_vide", path, text));
      return;
    }
    var wrong = null;
    if (format === "fuseau") {
      wrong = this.zoneSet.has(text) ? null : "fuseau";
    } else if (format === "logo") {
      var bad = !new RegExp(schema.pattern, "i").test(text) || text.split("/").indexOf("..") >= 0;
      wrong = bad ? "logo_format" : null;
    } else if (format && schema.pattern && !new RegExp(schema.pattern).test(text)) {
      wrong = format; // a format that is a pattern: its message has the format's name
    }
    if (wrong) {
      out.push(this.problem(wrong, path, text));
    }
  };

  Checker.prototype.expand = function (dotted, data, index) {
    var paths = [[]];
    dotted.split(".").forEach(function (part) {
      var isList = part.slice(-2) === "[]";
      var name = isList ? part.slice(0, -2) : part;
      var next = [];
      paths.forEach(function (path) {
        path = path.concat(name);
        if (!isList) {
          next.push(path);
          return;
        }
        var items = get(data, path);
        if (index !== null) {
          next.push(path.concat(index));
        } else if (Array.isArray(items)) {
          items.forEach(function (item, i) {
            next.push(path.concat(i));
          });
        }
      });
      paths = next;
    });
    return paths;
  };

  Checker.prototype.comparable = function (path, data) {
    var kind = this.schemaAt(path)[0]["x-format"];
    var value = get(data, path);
    return kind === "date" ? this.date(value) : this.time(value);
  };

  // CROSS_RULES of guide/mission/rules.py, as check_rules applies them.
  Checker.prototype.rules = function (data) {
    var self = this;
    var out = [];
    this.c.regles.forEach(function (rule) {
      var template = self.c.messages[rule.code];
      if (rule.regle === "unique") {
        var items = get(data, [rule.liste]);
        var seen = new Map();
        (Array.isArray(items) ? items : []).forEach(function (item, index) {
          if (!isObject(item) || rule.champs.some(function (f) {
            return item[f] === null || item[f] === undefined;
          })) {
            return;
          }
          var key = rule.champs.map(function (f) {
            return String(item[f]).trim();
          });
          var joined = JSON.stringify(key);
          if (seen.has(joined)) {
            out.push({
              path: [rule.liste, index, rule.champs[0]],
              message: fill(template, {
                valeur: self.valueText(key[0]),
                autre: pathText([rule.liste, seen.get(joined)]),
              }),
            });
          } else {
            seen.set(joined, index);
          }
        });
        return;
      }
      self.expand(rule.champ, data, null).forEach(function (path) {
        var index = null;
        path.forEach(function (part) {
          if (index === null && typeof part === "number") {
            index = part;
          }
        });
        var value = self.comparable(path, data);
        var others = {};
        var missing = value === null;
        ["autre", "min", "max"].forEach(function (name) {
          if (rule[name]) {
            others[name] = self.comparable(self.expand(rule[name], data, index)[0], data);
            missing = missing || others[name] === null;
          }
        });
        if (missing) {
          return;
        }
        if (rule.regle === "entre" && others.min.order > others.max.order) {
          return;
        }
        var broken =
          (rule.regle === "pas_avant" && value.order < others.autre.order) ||
          (rule.regle === "apres" && value.order <= others.autre.order) ||
          (rule.regle === "entre" &&
            !(others.min.order <= value.order && value.order <= others.max.order));
        if (broken) {
          var fields = { valeur: self.valueText(value.text) };
          Object.keys(others).forEach(function (name) {
            fields[name] = others[name].text;
          });
          out.push({ path: path, message: fill(template, fields) });
        }
      });
    });
    return out;
  };

  // Every problem of `data` (parsed mission.yml), sorted by key path like the build's list.
  Checker.prototype.check = function (data) {
    if (!isObject(data)) {
      return [{ path: null, message: fill(this.c.messages.racine, { valeur: this.valueText(data) }) }];
    }
    var out = [];
    this.value(data, this.root, [], out);
    out = out.concat(this.rules(data));
    return out.sort(function (a, b) {
      var x = pathText(a.path), y = pathText(b.path);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  };

  Checker.prototype.fullMessage = function (file, problem) {
    if (problem.path === null) {
      return file + " : " + problem.message;
    }
    return fill(this.c.format_message, {
      fichier: file,
      ligne: problem.line ? fill(this.c.format_ligne, { ligne: problem.line }) : "",
      chemin: problem.path.length ? pathText(problem.path) : "(début du fichier)",
      message: problem.message,
    });
  };

  // Lines of a file's keys and list entries (Python: _line_map), from js-yaml's node events:

  // Each problem gets the line of its key (or of the nearest key above it), sorted by line.
  function locate(problems, lines) {
    problems.forEach(function (problem) {
      var path = problem.path ? problem.path.slice() : null;
      while (path && path.length && !lines.has(JSON.stringify(path))) {
        path.pop();
      }
      problem.line = path ? lines.get(JSON.stringify(path)) || 0 : 0;
    });
    return problems.sort(function (a, b) {
      var x = pathText(a.path || []), y = pathText(b.path || []);
      return a.line - b.line || (x < y ? -1 : x > y ? 1 : 0);
    });
  }

  /* ----- Reading mission.yml: guide/mission/dialect.py read_yaml ------------------------- */

  // Thrown by read(): every problem already a full French message.
  function Problems(problems) {
    this.problems = problems;
  }

  function lineStarts(text) {
    var starts = [0];
    for (var i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        starts.push(i + 1);
      }
    }
    return starts;
  }

  function lineOf(starts, offset) {
    var low = 0, high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1;
  }

  function indentOf(line) {
    return line.length - line.replace(/^ +/, "").length;
  }

  // guide/mission/dialect.py line_mistake: [code, line] of the first line that matches the
  // contract's line checks (lines inside a block text skipped), or null.
  Checker.prototype.mistakeLine = function (text) {
    var lines = text.split("\n");
    // First the characters no line may hold (Python and JavaScript differ on what is a space).
    for (var m = 0; m < lines.length; m++) {
      if (this.lineChecks[0][1].test(lines[m])) {
        return [this.lineChecks[0][0], m + 1];
      }
    }
    var seenContent = false;
    var block = null;
    var blockEmpty = false;
    for (var n = 0; n < lines.length; n++) {
      var line = lines[n];
      if (block !== null && (!line.trim() || indentOf(line) > block)) {
        blockEmpty = blockEmpty && !line.trim();
        continue;
      }
      if (block !== null && blockEmpty && !this.nextKey.test(line)) {
        return ["bloc", n + 1]; // the block's text is not indented under its key
      }
      block = null;
      if (!line.trim() || line.replace(/^\s+/, "").charAt(0) === "#") {
        continue;
      }
      for (var c = 1; c < this.lineChecks.length; c++) {
        var check = this.lineChecks[c];
        if (check[0] === "deux_documents" && !seenContent) {
          continue;
        }
        if (check[1].test(line)) {
          return [check[0], n + 1];
        }
      }
      seenContent = true;
      if (this.blockStart.test(line)) {
        block = indentOf(line);
        blockEmpty = true;
      }
    }
    return null;
  };

  Checker.prototype.yamlProblem = function (file, code, line) {
    var messages = this.c.messages;
    var message = fill(messages.yaml_syntaxe, { probleme: messages["yaml_" + code] });
    var where = line ? fill(this.c.format_ligne, { ligne: line }) : "";
    return { path: [], line: line, message: file + where + " : " + message };
  };

  Checker.prototype.plainValue = function (text) {
    for (var i = 0; i < this.resolvers.length; i++) {
      if (this.resolvers[i][1].test(text)) {
        return this.resolvers[i][0] === "null" ? null : text.toLowerCase() === "true";
      }
    }
    return text;
  };

  // { data, lines } (lines: JSON of a key path -> line from 1), or throws Problems.
  Checker.prototype.read = function (jsyaml, text, file) {
    var self = this;
    // A file saved on Windows: its line ends and the byte-order mark some editors put first.
    text = text.replace(/\r\n/g, "\n").replace(/^\ufeff/, "");
    if (text.slice(-1) !== "\n") {
      text += "\n"; // a last block text reads the same in every YAML parser
    }
    var found = this.mistakeLine(text);
    if (found) {
      throw new Problems([this.yamlProblem(file, found[0], found[1])]);
    }
    var events;
    try {
      events = jsyaml.parseEvents(text, {});
    } catch (error) {
      // Any other mistake: the parser's line, and what to check there.
      var mark = error && error.mark;
      throw new Problems([this.yamlProblem(file, "autre", mark ? mark.line + 1 : null)]);
    }
    var E = jsyaml.EVENT_ID;
    var starts = lineStarts(text);
    var documents = events.filter(function (event) {
      return event.type === E.DOCUMENT;
    }).length;
    if (documents > 1) {
      throw new Problems([this.yamlProblem(file, "deux_documents", null)]);
    }
    var lines = new Map();
    var duplicates = [];
    var position = 0;

    function startOf(event) {
      return event.type === E.SCALAR ? event.valueStart : event.start;
    }

    function refuse(event) {
      var at = event.type === E.ALIAS ? event.anchorStart : -1;
      var code = "alias";
      if (event.anchorStart !== undefined && event.anchorStart >= 0) {
        at = event.anchorStart;
      } else if (event.tagStart !== undefined && event.tagStart >= 0) {
        at = event.tagStart;
        code = "etiquette";
      } else if (event.type !== E.ALIAS) {
        return;
      }
      // An alias's offset points after its « * »: the line is the same.
      throw new Problems([self.yamlProblem(file, code, lineOf(starts, Math.max(at, 0)))]);
    }

    // The node that starts at events[position]: its value; fills lines and duplicates.
    function node(path, lineHint) {
      var event = events[position++];
      refuse(event);
      var offset = startOf(event);
      var line = offset >= 0 ? lineOf(starts, offset) : lineHint;
      var key = JSON.stringify(path);
      if (!lines.has(key)) {
        lines.set(key, line);
      }
      if (event.type === E.MAPPING) {
        var value = {};
        var seen = new Set();
        while (events[position].type !== E.POP) {
          var keyEvent = events[position];
          refuse(keyEvent);
          var keyLine = lineOf(starts, Math.max(startOf(keyEvent), 0));
          var name;
          if (keyEvent.type === E.SCALAR) {
            position++;
            name = jsyaml.getScalarValue(text, keyEvent);
          } else {
            name = JSON.stringify(node(path.concat("?"), keyLine));
          }
          var keyPath = path.concat(name);
          if (seen.has(name)) {
            duplicates.push([keyPath, name, keyLine]);
          }
          seen.add(name);
          lines.set(JSON.stringify(keyPath), keyLine);
          var item = node(keyPath, keyLine);
          // A key named like an Object method stays an ordinary key.
          Object.defineProperty(value, name, {
            value: item,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        position++;
        return value;
      }
      if (event.type === E.SEQUENCE) {
        var list = [];
        while (events[position].type !== E.POP) {
          list.push(node(path.concat(list.length), line));
        }
        position++;
        return list;
      }
      var raw = event.valueStart < 0 ? "" : jsyaml.getScalarValue(text, event);
      return event.style === jsyaml.SCALAR_STYLE_PLAIN ? self.plainValue(raw) : raw;
    }

    var data = null;
    while (position < events.length && events[position].type !== E.DOCUMENT) {
      position++;
    }
    position++; // the document
    if (position < events.length && events[position].type !== E.POP) {
      data = node([], 1);
    }
    if (duplicates.length) {
      throw new Problems(
        duplicates.map(function (found) {
          var message = fill(self.c.messages.cle_en_double, { cle: found[1] });
          return {
            path: found[0],
            line: found[2],
            message: self.fullMessage(file, { path: found[0], line: found[2], message: message }),
          };
        })
      );
    }
    return { data: data, lines: lines };
  };

  /* ----- Writing mission.yml --------------------------------------------------------------- */

  function quoted(text) {
    return JSON.stringify(text).replace(
      /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
      function (char) {
        return "\\u" + ("000" + char.charCodeAt(0).toString(16)).slice(-4);
      }
    );
  }

  // A text as a YAML scalar: quoted exactly when the dialect would read it otherwise.
  Checker.prototype.scalar = function (text) {
    text = String(text);
    var other = this.resolvers.some(function (resolver) {
      return resolver[1].test(text);
    });
    return other || this.quoteIf.test(text) ? quoted(text) : text;
  };

  Checker.prototype.toYaml = function (data) {
    var self = this;
    var lines = [
      "# " + "-".repeat(88),
      "# mission.yml : les termes de référence de la mission exploratoire.",
      "# Exporté le " + new Date().toLocaleDateString("fr-FR") + " depuis le formulaire « Remplir " +
        "les termes de référence en ligne » du guide.",
      "# Il peut remplacer le fichier mission.yml à la racine d'une version publiée du guide : le",
      "# site en tire les termes de référence, leur modèle .docx et le programme pour les agendas.",
      "# Les dates s'écrivent AAAA-MM-JJ, les heures \"HH:MM\" entre guillemets ; une valeur qui",
      "# contient « : » ou commence par un caractère spécial est écrite entre guillemets.",
      "# " + "-".repeat(88),
    ];

    // The comments of the guide's mission.yml above their keys (once per key path).
    var comments = self.c.commentaires || {};
    var commented = Object.create(null);

    function write(value, schema, indent, out, path) {
      var pad = " ".repeat(indent);
      var resolved = self.resolve(schema);
      Object.keys(resolved.properties).forEach(function (key) {
        if (!(key in value)) {
          return;
        }
        var dotted = path.concat(key).join(".");
        if (comments[dotted] && !commented[dotted]) {
          commented[dotted] = true;
          comments[dotted].forEach(function (comment) {
            out.push(pad + comment);
          });
        }
        var item = value[key];
        var inner = self.resolve(resolved.properties[key]);
        if (Array.isArray(item)) {
          out.push(pad + key + ":");
          item.forEach(function (entry) {
            if (isObject(entry)) {
              var sub = [];
              write(entry, inner.items, indent + 4, sub, path.concat(key));
              // The dash goes on the entry's first key, after its comments (if any).
              var first = 0;
              while (sub[first].trim().charAt(0) === "#") {
                first += 1;
              }
              sub[first] = pad + "  - " + sub[first].slice(indent + 4);
              out.push.apply(out, sub);
            } else {
              out.push(pad + "  - " + self.scalar(entry));
            }
          });
        } else if (isObject(item)) {
          out.push(pad + key + ":");
          write(item, inner, indent + 2, out, path.concat(key));
        } else if (inner["x-format"] === "heure") {
          out.push(pad + key + ": " + quoted(self.time(item).text));
        } else if (inner["x-format"] === "date") {
          out.push(pad + key + ": " + self.date(item).text);
        } else {
          out.push(pad + key + ": " + self.scalar(String(item).trim()));
        }
      });
    }

    Object.keys(this.root.properties).forEach(function (key) {
      if (!(key in data)) {
        return;
      }
      var part = {};
      part[key] = data[key];
      var description = self.root.properties[key].description || "";
      lines.push("", "# " + description.charAt(0).toUpperCase() + description.slice(1) + ".");
      write(part, self.root, 0, lines, []);
    });
    return lines.join("\n") + "\n";
  };

  /* ----- The form's state: the keys of mission.yml, every value as typed ---------------- */

  // Lists of texts inside a list's row (participants) are typed one per line in a text box.
  function isLinesBox(path) {
    return path.some(function (part) {
      return typeof part === "number";
    });
  }

  Checker.prototype.emptyState = function (schema, path) {
    var self = this;
    schema = this.resolve(schema || this.root);
    path = path || [];
    if (schema.type === "object") {
      var state = {};
      Object.keys(schema.properties).forEach(function (key) {
        state[key] = self.emptyState(schema.properties[key], path.concat(key));
      });
      return state;
    }
    if (schema.type === "array") {
      if (isLinesBox(path)) {
        return "";
      }
      if (!schema.minItems) {
        return [];
      }
      return [this.emptyState(schema.items, path.concat(0))];
    }
    return "";
  };

  // Stored or imported state, shaped like emptyState (anything else is dropped).
  Checker.prototype.shape = function (value, schema, path) {
    var self = this;
    schema = this.resolve(schema || this.root);
    path = path || [];
    if (schema.type === "object") {
      var state = {};
      Object.keys(schema.properties).forEach(function (key) {
        var item = isObject(value) ? value[key] : undefined;
        state[key] =
          item === undefined || item === null
            ? self.emptyState(schema.properties[key], path.concat(key))
            : self.shape(item, schema.properties[key], path.concat(key));
      });
      return state;
    }
    if (schema.type === "array") {
      if (isLinesBox(path)) {
        return Array.isArray(value) ? value.map(String).join("\n") : String(value);
      }
      return (Array.isArray(value) ? value : []).map(function (item, index) {
        return self.shape(item, schema.items, path.concat(index));
      });
    }
    if (value === null || value === undefined || isObject(value) || Array.isArray(value)) {
      return "";
    }
    var text = String(value).trim();
    if (schema["x-format"] === "heure" && this.time(text)) {
      return this.time(text).text; // "9:30" -> "09:30", as a time control wants it
    }
    return text;
  };

  // The state as mission.yml data: empty optional keys left out, as the build would read them.
  Checker.prototype.toData = function (state, schema, path) {
    var self = this;
    var raw = schema || this.root;
    schema = this.resolve(raw);
    path = path || [];
    if (schema.type === "object") {
      var data = {};
      var required = schema.required || [];
      Object.keys(schema.properties).forEach(function (key) {
        var inner = schema.properties[key];
        var value = self.toData(state[key], inner, path.concat(key));
        if (value !== undefined) {
          data[key] = value;
        } else if (required.indexOf(key) >= 0) {
          var kind = self.resolve(inner);
          if (kind.type === "string" && !kind.enum && !kind["x-format"]) {
            data[key] = ""; // an empty text: « valeur vide » (the key is there, but empty)
          }
        }
      });
      var optional = path.length && raw.anyOf;
      return optional && !Object.keys(data).length ? undefined : data;
    }
    if (schema.type === "array") {
      var items;
      if (isLinesBox(path)) {
        items = String(state || "")
          .split("\n")
          .map(function (line) {
            return line.trim();
          })
          .filter(Boolean);
      } else {
        items = (state || []).map(function (item, index) {
          var value = self.toData(item, schema.items, path.concat(index));
          return value === undefined ? "" : value;
        });
      }
      return !items.length && raw.anyOf ? undefined : items;
    }
    var text = String(state === undefined || state === null ? "" : state);
    return text.trim() === "" ? undefined : text;
  };

  // Every problem of a file's text, as the build lists them: [{ line, path, message }], where
  // `message` is the full sentence (file, line, key); [] for a valid file.
  Checker.prototype.checkText = function (jsyaml, text, file) {
    var self = this;
    text = text.replace(/\r\n/g, "\n").replace(/^\ufeff/, "");
    var read;
    try {
      read = this.read(jsyaml, text, file);
    } catch (error) {
      if (error instanceof Problems) {
        return error.problems;
      }
      throw error;
    }
    var problems = this.check(read.data);
    if (!isObject(read.data)) {
      return problems.map(function (problem) {
        return { path: [], line: null, message: self.fullMessage(file, problem) };
      });
    }
    return locate(problems, read.lines).map(function (problem) {
      return {
        path: problem.path,
        line: problem.line || null,
        message: self.fullMessage(file, problem),
      };
    });
  };

  return {
    Checker: Checker,
    Problems: Problems,
    pathText: pathText,
    fold: fold,
    closest: closest,
    isObject: isObject,
    fill: fill,
    get: get,
  };
});
