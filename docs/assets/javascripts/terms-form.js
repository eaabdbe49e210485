/*
 * Termes de référence à remplir en ligne (page outils/remplir-les-termes-de-reference/).
 * Plain JavaScript, no framework, no build step.
 *
 * The page holds the blank template of the terms of reference, made by the site's one
 * renderer (macros/terms.py, form_page): every ruled line that shows a key of mission.yml
 * carries it (data-champ); lines marked data-saisie get a control here, the others (subtitle,
 * signatures) repeat what was typed. Lists (data-liste) grow from their row template
 * (<template data-modele>). On paper the controls are hidden and the ruled lines show the
 * values (an empty field stays a line to fill by hand).
 *
 * Checks: the page also holds the contract of mission.yml (JSON Schema of the Python model,
 * cross-field rules, French messages; macros/mission.py contract()). This file only
 * interprets it, the way macros/mission.py does at build time, so the messages are the same.
 *
 * Saved as the user types with window.GuideStorage (checklists.js: the site's namespacing),
 * exported as mission.yml (written here, quoted where YAML needs it), imported back with the
 * vendored js-yaml (loaded on first import only).
 */
(function () {
  "use strict";

  var STORE_NAME = "termes-de-reference";
  var STORE_VERSION = 1;
  var SCRIPT_URL = (document.currentScript && document.currentScript.src) || location.href;
  var YAML_PARSER = "vendor/js-yaml-4.1.1.min.js";
  var current = null; // the form on the page shown, if any

  /* ----- Storage: window.GuideStorage (checklists.js, loaded first: mkdocs.yml) ----------- */

  function storage() {
    return window.GuideStorage;
  }

  /* ----- Small helpers ------------------------------------------------------------------- */

  // « 1 point à corriger », « 3 points à corriger » (French: 0 and 1 are singular).
  function pointsToFix(count) {
    return count + (count < 2 ? " point à corriger" : " points à corriger");
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

  /* ----- Close matches: Python's difflib.get_close_matches(word, candidates, 1, 0.6) ----- */

  function matchingCharacters(a, b) {
    var b2j = new Map();
    b.forEach(function (char, j) {
      if (!b2j.has(char)) {
        b2j.set(char, []);
      }
      b2j.get(char).push(j);
    });
    var total = 0;
    var queue = [[0, a.length, 0, b.length]];
    while (queue.length) {
      var q = queue.pop();
      var alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
      var besti = alo, bestj = blo, bestsize = 0;
      var j2len = new Map();
      for (var i = alo; i < ahi; i++) {
        var next = new Map();
        var js = b2j.get(a[i]) || [];
        for (var n = 0; n < js.length; n++) {
          var j = js[n];
          if (j < blo) {
            continue;
          }
          if (j >= bhi) {
            break;
          }
          var k = (j2len.get(j - 1) || 0) + 1;
          next.set(j, k);
          if (k > bestsize) {
            besti = i - k + 1;
            bestj = j - k + 1;
            bestsize = k;
          }
        }
        j2len = next;
      }
      if (bestsize) {
        total += bestsize;
        if (alo < besti && blo < bestj) {
          queue.push([alo, besti, blo, bestj]);
        }
        if (besti + bestsize < ahi && bestj + bestsize < bhi) {
          queue.push([besti + bestsize, ahi, bestj + bestsize, bhi]);
        }
      }
    }
    return total;
  }

  function closeMatch(word, candidates) {
    var b = codePoints(word);
    var best = null, bestScore = -1;
    candidates.forEach(function (candidate) {
      var a = codePoints(candidate);
      var length = a.length + b.length;
      var score = length ? (2 * matchingCharacters(a, b)) / length : 1;
      if (score >= 0.6 && (score > bestScore || (score === bestScore && candidate > best))) {
        best = candidate;
        bestScore = score;
      }
    });
    return best;
  }

  /* ----- The checker: macros/mission.py's validate(), driven by the contract -------------- */

  function Checker(contract) {
    this.c = contract;
    this.root = contract.schema;
    this.zones = contract.fuseaux_horaires;
    this.zoneSet = new Set(contract.fuseaux_horaires);
  }

  // Python: resolve_schema. The key's own words (its description) win over the definition's.
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
    var close = closeMatch(String(word), candidates);
    return close === null ? "" : " (vouliez-vous écrire « " + close + " » ?)";
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
      var city = String(value).trim().replace(/ /g, "_").toLowerCase();
      var sameCity = this.zones.filter(function (zone) {
        return zone.split("/").pop().toLowerCase() === city;
      });
      fields.suggestion = this.suggestion(sameCity.length ? sameCity[0] : value, this.zones);
    } else if (context) {
      Object.keys(context).forEach(function (name) {
        fields[name] = context[name];
      });
    }
    fields.attendu = this.expected(path);
    return { path: path, message: fill(this.c.messages[code], fields) };
  };

  Checker.prototype.date = function (value) {
    if (typeof value !== "string" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value.trim())) {
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
    if (typeof value !== "string" || !/^([01]?[0-9]|2[0-3]):[0-5][0-9]$/.test(value.trim())) {
      return null;
    }
    var parts = value.trim().split(":").map(Number);
    var text = (parts[0] < 10 ? "0" : "") + parts[0] + ":" + value.trim().split(":")[1];
    return { order: parts[0] * 60 + parts[1], text: text };
  };

  // One value against its schema, like pydantic with the model's settings (strip, numbers as text).
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
        if (!(key in value)) {
          out.push(self.problem("requis", path.concat(key), value));
        }
      });
      Object.keys(value).forEach(function (key) {
        if (!(key in properties)) {
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
    if (typeof value === "number") {
      value = String(value);
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
    if (format === "url" && !new RegExp(schema.pattern).test(text)) {
      wrong = "url";
    } else if (format === "contact" && !new RegExp(schema.pattern).test(text)) {
      wrong = "contact";
    } else if (format === "fuseau" && !this.zoneSet.has(text)) {
      wrong = "fuseau";
    } else if (format === "identifiant" && !new RegExp(schema.pattern).test(text)) {
      wrong = "identifiant";
    } else if (
      format === "logo" &&
      (!new RegExp(schema.pattern, "i").test(text) || text.split("/").indexOf("..") >= 0)
    ) {
      wrong = "logo_format";
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

  // CROSS_RULES of macros/mission.py, as _check_rules applies them.
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
  // each node opens and closes; a mapping's nodes come as key, value, key, value...
  function lineMap(jsyaml, text) {
    var stack = [{ children: [] }];
    jsyaml.load(text, {
      schema: jsyaml.CORE_SCHEMA,
      listener: function (event, state) {
        if (event === "open") {
          stack.push({ line: state.line + 1, children: [] });
        } else {
          var node = stack.pop();
          node.kind = state.kind;
          node.result = state.result;
          stack[stack.length - 1].children.push(node);
        }
      },
    });
    var lines = new Map();
    function walk(node, path) {
      if (!lines.has(JSON.stringify(path))) {
        lines.set(JSON.stringify(path), node.line);
      }
      var children = node.children;
      if (node.kind === "mapping") {
        for (var i = 0; i + 1 < children.length; i += 2) {
          var keyPath = path.concat(String(children[i].result));
          lines.set(JSON.stringify(keyPath), children[i].line);
          walk(children[i + 1], keyPath);
        }
      } else if (node.kind === "sequence") {
        children.forEach(function (child, index) {
          walk(child, path.concat(index));
        });
      }
    }
    if (stack[0].children.length) {
      walk(stack[0].children[0], []);
    }
    return lines;
  }

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

  /* ----- Writing mission.yml --------------------------------------------------------------- */

  var NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

  function quoted(text) {
    return JSON.stringify(text).replace(
      /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
      function (char) {
        return "\\u" + ("000" + char.charCodeAt(0).toString(16)).slice(-4);
      }
    );
  }

  // A text as a YAML scalar: plain when any YAML reader takes it back as the same text.
  function scalar(text) {
    text = String(text);
    var risky =
      text === "" ||
      /^\s|\s$/.test(text) ||
      /[\n\r\t]/.test(text) ||
      NON_PRINTABLE.test(text) ||
      /^[-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
      /: |:$| #/.test(text) ||
      /^(true|false|yes|no|on|off|y|n|null|~)$/i.test(text) ||
      /^[-+.]?[0-9]/.test(text) ||
      /^[-+]?\.?(inf|nan)$/i.test(text) ||
      text === "<<";
    return risky ? quoted(text) : text;
  }

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

    function write(value, schema, indent, out, path) {
      var pad = " ".repeat(indent);
      var resolved = self.resolve(schema);
      Object.keys(resolved.properties).forEach(function (key) {
        if (!(key in value)) {
          return;
        }
        var item = value[key];
        var inner = self.resolve(resolved.properties[key]);
        if (Array.isArray(item)) {
          out.push(pad + key + ":");
          item.forEach(function (entry) {
            if (isObject(entry)) {
              var sub = [];
              write(entry, inner.items, indent + 4, sub, path.concat(key));
              sub[0] = pad + "  - " + sub[0].slice(indent + 4);
              out.push.apply(out, sub);
            } else {
              out.push(pad + "  - " + scalar(entry));
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
          out.push(pad + key + ": " + scalar(String(item).trim()));
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

  /* ----- The page ------------------------------------------------------------------------- */

  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre"];

  function Form(article, contract) {
    this.article = article;
    this.page = article.closest(".md-content") || document;
    this.checker = new Checker(contract);
    this.c = contract;
    this.store = storage();
    this.touched = new Set();
    this.showAll = false;
    this.controls = new Map(); // path text -> {control, error}
    this.counter = 0;
    var stored = this.store.read(STORE_NAME, function (value) {
      return isObject(value) && value.version === STORE_VERSION && isObject(value.data);
    });
    this.state = stored ? this.checker.shape(stored.data) : this.checker.emptyState();
    this.toolbar = this.page.querySelector("[data-terms-toolbar]");
    this.status = this.page.querySelector("[data-etat]");
    this.messages = this.page.querySelector("[data-messages]");
  }

  Form.prototype.key = function (path) {
    return path.filter(function (part) {
      return typeof part !== "number";
    }).join(".");
  };

  Form.prototype.display = function (path, value) {
    var schema = this.checker.schemaAt(path)[0];
    if (value === "" || value === null || value === undefined) {
      return "";
    }
    if (schema["x-format"] === "date") {
      var day = this.checker.date(value);
      if (!day) {
        return value;
      }
      var parts = day.text.split("-").map(Number);
      return (parts[2] === 1 ? "1er" : parts[2]) + " " + MONTHS[parts[1] - 1] + " " + parts[0];
    }
    if (schema["x-format"] === "heure") {
      var time = this.checker.time(value);
      if (!time) {
        return value;
      }
      var hm = time.text.split(":").map(Number);
      return hm[0] + "\u00a0h" + (hm[1] ? "\u00a0" + (hm[1] < 10 ? "0" : "") + hm[1] : "");
    }
    if (schema.enum) {
      var labels = this.c.libelles[this.key(path)] || {};
      return labels[value] || value;
    }
    if (schema.type === "array") {
      return String(value).split("\n").map(function (line) {
        return line.trim();
      }).filter(Boolean).join(", ");
    }
    return String(value);
  };

  Form.prototype.makeControl = function (path, label) {
    var self = this;
    var schema = this.checker.schemaAt(path)[0];
    var format = schema["x-format"];
    var key = path[path.length - 1];
    var control;
    if (schema.enum) {
      control = document.createElement("select");
      var labels = this.c.libelles[this.key(path)] || {};
      [""].concat(schema.enum).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value === "" ? "(à choisir)" : labels[value] || value;
        control.appendChild(option);
      });
    } else if (
      schema.type === "array" ||
      typeof key === "number" ||
      ["intitule", "role", "fonction"].indexOf(key) >= 0
    ) {
      control = document.createElement("textarea");
      control.rows = 1;
    } else {
      control = document.createElement("input");
      control.type =
        format === "date" ? "date" : format === "heure" ? "time" : format === "url" ? "url" : "text";
      if (format === "fuseau") {
        control.setAttribute("list", "terms-form-fuseaux");
        control.setAttribute("autocomplete", "off");
        control.placeholder = "Africa/Dakar";
      }
      if (format === "url") {
        control.placeholder = "https://";
      }
    }
    control.className = "terms-form-control";
    control.setAttribute("aria-label", label);
    control.setAttribute("data-chemin", pathText(path));
    control.value = get(this.state, path) || "";
    var error = document.createElement("p");
    error.className = "terms-form-error";
    error.id = "terms-form-erreur-" + ++this.counter;
    error.hidden = true;
    control.addEventListener("input", function () {
      self.set(path, control.value);
      self.autosize(control);
    });
    // A field's messages show once it was changed (on leaving it, or on choosing a value),
    // then follow the typing; an untouched field is only checked when the user exports.
    control.addEventListener("change", function () {
      self.touched.add(pathText(path));
      self.refresh();
    });
    this.controls.set(pathText(path), { control: control, error: error, path: path });
    return [control, error];
  };

  Form.prototype.autosize = function (control) {
    if (control.tagName === "TEXTAREA") {
      control.style.height = "auto";
      control.style.height = control.scrollHeight + 2 + "px";
    }
  };

  Form.prototype.set = function (path, value) {
    var parent = get(this.state, path.slice(0, -1));
    parent[path[path.length - 1]] = value;
    this.save();
    this.refresh();
  };

  Form.prototype.save = function () {
    var kept = this.store.write(STORE_NAME, { version: STORE_VERSION, data: this.state });
    if (this.status) {
      var now = new Date();
      this.status.textContent = kept
        ? "Enregistré dans ce navigateur à " + now.getHours() + "\u00a0h\u00a0" +
          ("0" + now.getMinutes()).slice(-2) + "."
        : "Ce navigateur ne garde pas les données de ce site (navigation privée ou stockage " +
          "bloqué) : exportez un fichier mission.yml pour ne pas perdre votre saisie.";
    }
  };

  // The line that shows a key's value: a control beside it on screen, the value on paper.
  Form.prototype.attach = function (line, path, label) {
    var made = this.makeControl(path, label);
    line.setAttribute("data-chemin", pathText(path));
    line.parentNode.insertBefore(made[1], line.nextSibling);
    line.parentNode.insertBefore(made[0], line.nextSibling);
  };

  Form.prototype.renderList = function (list) {
    var self = this;
    var listPath = list.getAttribute("data-liste").split(".");
    var name = list.getAttribute("data-element");
    var template = this.page.querySelector('template[data-modele="' + listPath.join(".") + '"]');
    var holder = list.tagName === "TABLE" ? list.tBodies[0] : list;
    var items = get(this.state, listPath) || [];
    Array.from(this.controls.keys()).forEach(function (key) {
      if (key.indexOf(pathText(listPath) + "[") === 0) {
        self.controls.delete(key);
      }
    });
    holder.textContent = "";
    items.forEach(function (item, index) {
      var row = template.content.firstElementChild.cloneNode(true);
      var itemName = name + " " + (index + 1);
      row.querySelectorAll(".terms-line[data-saisie]").forEach(function (line) {
        var key = line.getAttribute("data-champ");
        var path = listPath.concat(index);
        var label = itemName;
        if (key) {
          path = path.concat(key);
          label = line.getAttribute("data-libelle") + ", " + itemName;
        }
        self.attach(line, path, label);
      });
      var actions = document.createElement("span");
      actions.className = "terms-form-actions terms-form-only";
      [
        ["monter", "↑", "Monter : " + itemName, index === 0],
        ["descendre", "↓", "Descendre : " + itemName, index === items.length - 1],
        ["supprimer", "✕", "Supprimer : " + itemName, false],
      ].forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "terms-form-action";
        button.textContent = spec[1];
        button.title = spec[2];
        button.setAttribute("aria-label", spec[2]);
        button.setAttribute("data-action-ligne", spec[0]);
        button.disabled = spec[3];
        button.addEventListener("click", function () {
          self.moveItem(list, listPath, index, spec[0]);
        });
        actions.appendChild(button);
      });
      (row.tagName === "TR" ? row.lastElementChild : row).appendChild(actions);
      holder.appendChild(row);
    });
    this.article.querySelectorAll(".terms-line[data-champ='delegation']").forEach(function (line) {
      line.textContent = String((self.state.delegation || []).length);
    });
  };

  Form.prototype.moveItem = function (list, listPath, index, action) {
    var items = get(this.state, listPath);
    var target = index;
    if (action === "supprimer") {
      items.splice(index, 1);
      target = Math.min(index, items.length - 1);
      this.touched.add(pathText(listPath));
    } else {
      target = action === "monter" ? index - 1 : index + 1;
      var moved = items.splice(index, 1)[0];
      items.splice(target, 0, moved);
    }
    this.save();
    this.renderList(list);
    this.refresh();
    var holder = list.tagName === "TABLE" ? list.tBodies[0] : list;
    var row = holder.children[target];
    var focus = null;
    if (row) {
      focus = row.querySelector('[data-action-ligne="' + action + '"]:not([disabled])') ||
        row.querySelector(".terms-form-control");
    } else {
      focus = this.page.querySelector('[data-ajouter="' + listPath.join(".") + '"]');
    }
    if (focus) {
      focus.focus();
    }
  };

  Form.prototype.render = function () {
    var self = this;
    this.controls.clear();
    this.page.querySelectorAll(".terms-form-control, .terms-form-error").forEach(function (node) {
      if (!node.closest("[data-liste]")) {
        node.remove();
      }
    });
    this.page.querySelectorAll(".terms-line[data-saisie][data-champ]").forEach(function (line) {
      if (line.closest("[data-liste]") || line.closest("template")) {
        return;
      }
      self.attach(line, line.getAttribute("data-champ").split("."), line.getAttribute("data-libelle"));
    });
    this.page.querySelectorAll("[data-liste][data-element]").forEach(function (list) {
      self.renderList(list);
    });
    this.controls.forEach(function (entry) {
      self.autosize(entry.control);
    });
    this.refresh();
  };

  // Copies, ruled lines for paper, and the messages of the fields (touched ones, or all).
  Form.prototype.refresh = function () {
    var self = this;
    this.page.querySelectorAll(".terms-line[data-champ]").forEach(function (line) {
      var path = line.getAttribute("data-chemin");
      var keys = path ? null : line.getAttribute("data-champ").split(".");
      if (keys && keys[0] === "delegation") {
        line.textContent = String(self.state.delegation.length);
        line.classList.add("terms-line-rempli");
        return;
      }
      var entry = path ? self.controls.get(path) : null;
      var valuePath = entry ? entry.path : keys;
      var text = self.display(valuePath, get(self.state, valuePath));
      line.textContent = text;
      line.classList.toggle("terms-line-rempli", text !== "");
    });
    this.page.querySelectorAll(".terms-line[data-saisie]:not([data-champ])").forEach(function (line) {
      var entry = self.controls.get(line.getAttribute("data-chemin"));
      var text = entry ? self.display(entry.path, entry.control.value) : "";
      line.textContent = text;
      line.classList.toggle("terms-line-rempli", text !== "");
    });
    var problems = this.checker.check(this.checker.toData(this.state));
    var byPath = new Map();
    problems.forEach(function (problem) {
      var key = pathText(problem.path);
      if (!byPath.has(key)) {
        byPath.set(key, []);
      }
      byPath.get(key).push(problem.message);
    });
    this.controls.forEach(function (entry, key) {
      var messages = byPath.get(key) || [];
      var shown = messages.length && (self.showAll || self.touched.has(key));
      entry.error.textContent = shown ? messages.join(" ") : "";
      entry.error.hidden = !shown;
      if (shown) {
        entry.control.setAttribute("aria-invalid", "true");
        entry.control.setAttribute("aria-describedby", entry.error.id);
      } else {
        entry.control.removeAttribute("aria-invalid");
        entry.control.removeAttribute("aria-describedby");
      }
    });
    this.page.querySelectorAll("[data-erreur-liste]").forEach(function (node) {
      var key = pathText(node.getAttribute("data-erreur-liste").split("."));
      var messages = byPath.get(key) || [];
      var shown = messages.length && (self.showAll || self.touched.has(key));
      node.textContent = shown ? messages.join(" ") : "";
      node.hidden = !shown;
    });
    return problems;
  };

  Form.prototype.showMessages = function (title, lines, links) {
    var self = this;
    var box = this.messages;
    box.textContent = "";
    if (!title) {
      box.hidden = true;
      return;
    }
    var heading = document.createElement("p");
    heading.className = "terms-form-messages-title";
    heading.textContent = title;
    box.appendChild(heading);
    var list = document.createElement("ul");
    lines.forEach(function (line, index) {
      var item = document.createElement("li");
      var path = links && links[index];
      var entry = path ? self.controls.get(path) : null;
      if (entry) {
        var link = document.createElement("a");
        link.href = "#";
        link.textContent = line;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          entry.control.focus();
        });
        item.appendChild(link);
      } else {
        item.textContent = line;
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    box.hidden = false;
    box.setAttribute("role", "alert");
    box.focus();
  };

  Form.prototype.exportFile = function () {
    var data = this.checker.toData(this.state);
    var problems = this.checker.check(data);
    this.showAll = true;
    this.refresh();
    if (problems.length) {
      var file = this.c.fichier;
      var checker = this.checker;
      this.showMessages(
        "Le fichier n’est pas exporté : " + pointsToFix(problems.length) + ".",
        problems.map(function (problem) {
          return checker.fullMessage(file, problem);
        }),
        problems.map(function (problem) {
          return pathText(problem.path);
        })
      );
      return;
    }
    this.showMessages(null);
    var blob = new Blob([this.checker.toYaml(data)], { type: "text/yaml;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = this.c.fichier;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 10000);
    this.status.textContent = "Fichier " + this.c.fichier + " exporté (voir vos téléchargements).";
  };

  function loadParser() {
    if (window.jsyaml) {
      return Promise.resolve(window.jsyaml);
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(YAML_PARSER, SCRIPT_URL).href;
      script.onload = function () {
        resolve(window.jsyaml);
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  Form.prototype.importText = function (text, file) {
    var self = this;
    return loadParser().then(function (jsyaml) {
      var data;
      try {
        data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
      } catch (error) {
        var line = error.mark ? fill(self.c.format_ligne, { ligne: error.mark.line + 1 }) : "";
        var message = fill(self.c.messages.yaml_syntaxe, { probleme: self.c.probleme_yaml });
        self.showMessages("Le fichier n'est pas importé ; le formulaire n'a pas changé.", [
          file + line + " : " + message,
        ]);
        return false;
      }
      var problems = self.checker.check(data === undefined ? null : data);
      if (problems.length && problems[0].path !== null) {
        try {
          problems = locate(problems, lineMap(jsyaml, text));
        } catch (error) {
          /* without line numbers, the messages stay right */
        }
      }
      if (problems.length) {
        self.showMessages(
          "Le fichier n’est pas importé ; le formulaire n’a pas changé. " +
            pointsToFix(problems.length) + " dans " + file + " :",
          problems.map(function (problem) {
            return self.checker.fullMessage(file, problem);
          })
        );
        return false;
      }
      self.state = self.checker.shape(data);
      self.touched.clear();
      self.showAll = false;
      self.save();
      self.render();
      self.showMessages(null);
      self.status.textContent = file + " importé : le formulaire est rempli avec son contenu.";
      return true;
    });
  };

  Form.prototype.clear = function () {
    var question =
      "Effacer tout ce qui est écrit dans le formulaire ? Ce qui est effacé ne pourra pas " +
      "être retrouvé, sauf dans un fichier mission.yml que vous auriez exporté.";
    if (!window.confirm(question)) {
      return;
    }
    this.state = this.checker.emptyState();
    this.store.remove(STORE_NAME);
    this.touched.clear();
    this.showAll = false;
    this.render();
    this.showMessages(null);
    this.status.textContent = "Le formulaire a été effacé.";
  };

  Form.prototype.start = function () {
    var self = this;
    var zones = document.createElement("datalist");
    zones.id = "terms-form-fuseaux";
    this.c.fuseaux_horaires.forEach(function (zone) {
      var option = document.createElement("option");
      option.value = zone;
      zones.appendChild(option);
    });
    this.article.appendChild(zones);
    this.render();
    this.page.querySelectorAll("[data-ajouter]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var path = button.getAttribute("data-ajouter").split(".");
        var items = get(self.state, path);
        var schema = self.checker.schemaAt(path)[0];
        items.push(self.checker.emptyState(schema.items, path.concat(items.length)));
        self.save();
        var list = self.page.querySelector('[data-liste="' + path.join(".") + '"][data-element]');
        self.renderList(list);
        self.refresh();
        var holder = list.tagName === "TABLE" ? list.tBodies[0] : list;
        var control = holder.lastElementChild.querySelector(".terms-form-control");
        if (control) {
          control.focus();
        }
      });
    });
    // The programme in the order of the filled document (macros/terms.py: date, start, end,
    // title); activities with a date or a time still to type go last.
    this.page.querySelectorAll("[data-classer]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var path = button.getAttribute("data-classer").split(".");
        var sortKey = function (entry) {
          return ["date", "debut", "fin", "intitule"].map(function (key) {
            var value = String(entry[key] || "").trim();
            return value === "" ? "\uffff" : key === "intitule" ? value : value.padStart(5, "0");
          });
        };
        get(self.state, path).sort(function (a, b) {
          var x = sortKey(a), y = sortKey(b);
          for (var i = 0; i < x.length; i++) {
            if (x[i] !== y[i]) {
              return x[i] < y[i] ? -1 : 1;
            }
          }
          return 0;
        });
        self.save();
        self.renderList(self.page.querySelector('[data-liste="' + path.join(".") + '"][data-element]'));
        self.refresh();
        self.status.textContent = "Programme classé par date et heure.";
      });
    });
    var fileInput = this.toolbar.querySelector("[data-fichier]");
    this.toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-action]");
      if (!button) {
        return;
      }
      var action = button.getAttribute("data-action");
      if (action === "exporter") {
        self.exportFile();
      } else if (action === "importer") {
        fileInput.click();
      } else if (action === "effacer") {
        self.clear();
      }
    });
    fileInput.addEventListener("change", function () {
      var file = fileInput.files[0];
      if (!file) {
        return;
      }
      file.text().then(function (text) {
        return self.importText(text, file.name);
      }).then(function () {
        fileInput.value = "";
      });
    });
    this.toolbar.hidden = false;
    var noScript = this.page.querySelector("[data-sans-script]");
    if (noScript) {
      noScript.hidden = true;
    }
    this.status.textContent = this.store.available
      ? "Vos saisies sont enregistrées dans ce navigateur au fur et à mesure."
      : "Ce navigateur ne garde pas les données de ce site (navigation privée ou stockage " +
        "bloqué) : exportez un fichier mission.yml pour ne pas perdre votre saisie.";
    this.article.setAttribute("data-pret", "");
  };

  function setUp() {
    var article = document.querySelector("[data-terms-form]");
    if (!article || article.hasAttribute("data-pret")) {
      current = article ? current : null;
      return;
    }
    var contract = document.getElementById("contrat-mission-yml");
    if (!contract) {
      return;
    }
    current = new Form(article, JSON.parse(contract.getAttribute("data-contrat")));
    current.start();
  }

  // For tests and curious developers: the same checker the page uses.
  window.TermsForm = {
    current: function () {
      return current;
    },
    Checker: Checker,
  };

  storage().onChange(STORE_NAME, function () {
    if (current && document.contains(current.article)) {
      var stored = current.store.read(STORE_NAME);
      current.state =
        stored && isObject(stored.data)
          ? current.checker.shape(stored.data)
          : current.checker.emptyState();
      current.render();
    }
  });

  storage().onPage(setUp);
})();
