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
        part = String(part) || '""'; // an empty key (« ? » alone) stays visible
        text += text ? "." + part : part;
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

  /* ----- The checker: guide/mission/load.py's validate(), driven by the contract -------------- */

  // `options.date`: French dates for the messages (french.js's `date`, « 28 mars 2027 »).
  function Checker(contract, options) {
    this.c = contract;
    this.frenchDate = options && options.date;
    this.root = contract.schema;
    this.zones = contract.fuseaux_horaires;
    this.zoneSet = new Set(contract.fuseaux_horaires);
    this.locales = Object.keys(contract.langues_des_documents);
    // Suggestions from a city's or a language's French name (« dakar », « portugais
    // (Brésil) »): folded from the two lists, as guide/mission/model.py zones_by_city (the
    // first zone of a city) and document_locales_by_name (the last tag of a name) fold them.
    this.zonesByCity = Object.create(null); // no inherited key: « constructor » is no city
    this.zones.forEach(function (zone) {
      var city = fold(zone.split("/").pop());
      if (!has(this.zonesByCity, city)) {
        this.zonesByCity[city] = zone;
      }
    }, this);
    this.localesByName = Object.create(null);
    this.locales.forEach(function (tag) {
      this.localesByName[fold(contract.langues_des_documents[tag])] = tag;
    }, this);
    var defs = contract.schema.$defs;
    this.patterns = {
      date: new RegExp(defs.Dates.properties.debut.pattern),
      heure: new RegExp(defs.Activite.properties.debut.pattern),
      montant: new RegExp(defs.Depense.properties.montant.pattern),
    };
    var yaml = contract.yaml;
    this.resolvers = Object.keys(yaml.resolveurs).map(function (kind) {
      return [kind, new RegExp(yaml.resolveurs[kind])];
    });
    this.quoteIf = new RegExp(yaml.guillemets_si);
    this.escapeInQuotes = new RegExp(yaml.echapper_entre_guillemets, "g");
    this.characterChecks = yaml.verifications_de_caracteres.map(function (check) {
      return [check[0], new RegExp(check[1])];
    });
    this.lineChecks = yaml.verifications_de_ligne.map(function (check) {
      return [check[0], new RegExp(check[1])];
    });
    this.limits = contract.limites;
    this.forbidden = new RegExp(contract.textes.interdits);
    this.onlyInvisible = new RegExp("^" + contract.textes.invisibles + "*$", "u");
    var stripped = contract.textes.espaces_retires;
    this.stripped = new RegExp("^" + stripped + "+|" + stripped + "+$", "g");
    this.shownAsCode = new RegExp(contract.format_valeur.code_si, "g");
    this.blockStart = new RegExp(yaml.debut_de_bloc);
    this.nextKey = new RegExp(yaml.cle_suivante);
    this.flowStart = new RegExp(yaml.debut_de_flux);
    this.utf16 = new RegExp(yaml.utf16);
    this.deadlinePattern = contract.echeance_relative;
  }

  // guide/mission/model.py resolve_schema. The key's own words (its description) win over the definition's.
  // Kept per schema object: the form resolves the same schemas for each of its hundreds of
  // controls (a schema is never changed once read).
  var RESOLVED = new WeakMap();

  Checker.prototype.resolve = function (schema) {
    if (!isObject(schema)) {
      return this.resolveOnce(schema);
    }
    var known = RESOLVED.get(schema);
    if (known === undefined) {
      known = this.resolveOnce(schema);
      RESOLVED.set(schema, known);
    }
    return known;
  };

  Checker.prototype.resolveOnce = function (schema) {
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
      if (schema["x-traductions"] && typeof path[i] !== "number") {
        schema = schema["x-traductions"]; // a free text given in several languages
      }
      parent = schema;
      if (typeof path[i] === "number") {
        schema = schema.items || {};
      } else {
        var properties = schema.properties || {};
        if (has(properties, path[i])) {
          schema = properties[path[i]];
        } else {
          // A table by name (taches): any key has the schema of its values.
          schema = isObject(schema.additionalProperties) ? schema.additionalProperties : {};
        }
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
    // Invisible or reversing characters by their code, line breaks as spaces (messages.py).
    var shown = text.join("").replace(this.shownAsCode, function (char) {
      var code = char.charCodeAt(0).toString(16).toUpperCase();
      return fill(formats.code, { code: ("000" + code).slice(-4) });
    });
    return fill(formats.texte, { texte: shown.replace(/\n/g, " ") });
  };

  Checker.prototype.suggestion = function (word, candidates) {
    var close = closest(word, candidates);
    return close === null ? "" : fill(this.c.messages.suggestion, { mot: close });
  };

  Checker.prototype.problem = function (code, path, value, context) {
    var fields = { valeur: this.valueText(value), suggestion: "" };
    var schema;
    var former = path.filter(function (part) {
      return typeof part !== "number";
    }).join(".");
    if (code === "cle_inconnue" && has(this.c.cles_anciennes || {}, former)) {
      code = "cle_ancienne";
      fields.cle = path[path.length - 1];
      fields.remplacement = this.c.cles_anciennes[former];
    } else if (code === "cle_inconnue") {
      var holder = this.schemaAt(path.slice(0, -1))[0];
      var known = Object.keys((holder["x-traductions"] || holder).properties || {});
      var key = path[path.length - 1];
      fields.cle = key;
      fields.suggestion = this.suggestion(key, known);
      fields.possibles = known.join(", ");
    } else if (code === "objet") {
      schema = this.schemaAt(path)[0];
      fields.possibles = Object.keys(schema.properties || {}).join(", ") || schema["x-cles"] || "";
    } else if (code === "choix") {
      schema = this.schemaAt(path)[0];
      var choices = schema.enum || [];
      fields.choix = choices.join(", ");
      fields.suggestion = this.suggestion(value, choices);
    } else if (code === "fuseau") {
      var sameCity = this.zonesByCity[fold(value)];
      fields.suggestion = this.suggestion(sameCity || value, this.zones);
    } else if (code === "langue_document") {
      var sameName = this.localesByName[fold(value)];
      fields.suggestion = this.suggestion(sameName || value, this.locales);
    } else if (context) {
      Object.keys(context).forEach(function (name) {
        fields[name] = context[name];
      });
    }
    fields.attendu = this.expected(path);
    return { path: path, message: fill(this.c.messages[code], fields) };
  };

  // A date the contract accepts (model.py to_date), or null: what the rules compare.
  Checker.prototype.date = function (value) {
    var day = this.calendarDate(value);
    return day && !this.outOfBounds(day) ? day : null;
  };

  // A date of the calendar, whatever its year.
  Checker.prototype.calendarDate = function (value) {
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

  // model.py to_date: a date's year within the contract's limits (no calendar overflows).
  Checker.prototype.outOfBounds = function (day) {
    var year = Math.floor(day.order / 10000);
    return year < this.limits.annee_min || year > this.limits.annee_max;
  };

  Checker.prototype.yearsProblem = function (path, value) {
    var years = { min: this.limits.annee_min, max: this.limits.annee_max };
    return this.problem("date_hors_bornes", path, value, years);
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
    if (schema["x-traductions"] && isObject(value)) {
      schema = schema["x-traductions"]; // the same text in several languages: { fr, es… }
    }
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
      // A table by name (taches: by task ID): every value has the same schema.
      var byName = isObject(schema.additionalProperties) ? schema.additionalProperties : null;
      Object.keys(value).forEach(function (key) {
        if (byName && !has(properties, key)) {
          self.value(value[key], byName, path.concat(key), out);
        } else if (!has(properties, key)) {
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
    if (schema.type === "boolean") {
      if (typeof value !== "boolean") {
        out.push(this.problem("booleen", path, value));
      }
      return;
    }
    var format = schema["x-format"];
    if (format === "date" || format === "heure") {
      var parsed = format === "date" ? this.calendarDate(value) : this.time(value);
      if (parsed === null) {
        out.push(this.problem(format, path, value));
      } else if (format === "date" && this.outOfBounds(parsed)) {
        out.push(this.yearsProblem(path, value.replace(this.stripped, "")));
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
    var text = value.replace(this.stripped, ""); // what pydantic keeps (Python's strip)
    var length = codePoints(text).length;
    if (schema.minLength !== undefined && length < schema.minLength) {
      out.push(this.problem("texte_vide", path, text));
      return;
    }
    // The limits and characters of texts (model.py _checked_text), in the same order.
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      out.push(this.problem("texte_trop_long", path, value, { max: schema.maxLength, nombre: length }));
      return;
    }
    var bad = text.match(this.forbidden);
    if (bad) {
      var code = bad[0].charCodeAt(0).toString(16).toUpperCase();
      out.push(this.problem("caractere_interdit", path, text, { code: "U+" + ("000" + code).slice(-4) }));
      return;
    }
    if (this.onlyInvisible.test(text)) {
      out.push(this.problem("texte_invisible", path, text));
      return;
    }
    if (!schema["x-plusieurs-lignes"] && text.indexOf("\n") >= 0) {
      out.push(this.problem("une_ligne", path, text));
      return;
    }
    var wrong = null;
    if (format === "fuseau") {
      wrong = this.zoneSet.has(text) ? null : "fuseau";
    } else if (format === "langue_document") {
      wrong = has(this.c.langues_des_documents, text) ? null : format;
    } else if (format === "echeance") {
      // J-45, R+30, S-7, or a date that exists (2027-02-30 does not)
      var datePattern = this.patterns.date.test(text);
      wrong = !new RegExp(schema.pattern).test(text) || (datePattern && !this.calendarDate(text));
      wrong = wrong ? "echeance" : null;
      if (!wrong && datePattern && this.outOfBounds(this.calendarDate(text))) {
        out.push(this.yearsProblem(path, text));
        return;
      }
    } else if (format === "logo" || format === "modele_word") {
      // A file under docs/ (its existence and content are checked when the site is built).
      var badPath = !new RegExp(schema.pattern, "i").test(text) || text.split("/").indexOf("..") >= 0;
      wrong = badPath ? format + "_format" : null;
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

  // rules.py _unique_key: a date or a time as what it means, a text (a free text: its French)
  // in NFC.
  Checker.prototype.uniqueKey = function (path, data) {
    var kind = this.schemaAt(path)[0]["x-format"];
    if (kind === "date" || kind === "heure") {
      var moment = this.comparable(path, data);
      if (moment) {
        return moment.text;
      }
    }
    var value = get(data, path);
    var compared = isObject(value) ? value.fr : value;
    return (compared === undefined || compared === null ? "" : String(compared).trim()).normalize("NFC");
  };

  Checker.prototype.comparable = function (path, data) {
    var kind = this.schemaAt(path)[0]["x-format"];
    var value = get(data, path);
    return kind === "date" ? this.date(value) : this.time(value);
  };

  // guide/mission/rules.py resolve_deadline: {order, text} of J-45 / R+30 / S-7 / a date, or
  // null (badly written, or counting from a date the mission lacks).
  Checker.prototype.deadline = function (value, data) {
    if (typeof value !== "string") {
      return null;
    }
    value = value.trim();
    var relative = new RegExp(this.deadlinePattern).exec(value);
    if (relative) {
      var anchor = this.date(get(data, this.c.ancres_echeance[relative[1]].split(".")));
      if (!anchor) {
        return null;
      }
      var parts = anchor.text.split("-").map(Number);
      var days = Number(relative[3]) * (relative[2] === "+" ? 1 : -1);
      var day = new Date(0);
      day.setUTCFullYear(parts[0], parts[1] - 1, parts[2] + days); // years below 100 too
      if (day.getUTCFullYear() < 1 || day.getUTCFullYear() > 9999) {
        return null; // beyond the calendar Python knows
      }
      var text = String(day.getUTCFullYear()).padStart(4, "0") + "-" +
        String(day.getUTCMonth() + 1).padStart(2, "0") + "-" +
        String(day.getUTCDate()).padStart(2, "0");
      return this.date(text);
    }
    return this.date(value);
  };

  // The rules on `taches` (rules.py _task_rule), with the guide's tasks of the contract.
  Checker.prototype.taskRule = function (rule, data, out) {
    var self = this;
    var tasks = this.c.taches_du_guide;
    var table = get(data, [rule.table]);
    if (!isObject(table)) {
      return;
    }
    var template = this.c.messages[rule.code];
    Object.keys(table).forEach(function (id) {
      if (rule.regle === "tache_connue") {
        if (!has(tasks, id)) {
          out.push({
            path: [rule.table, id],
            message: fill(template, { cle: id, suggestion: self.suggestion(id, Object.keys(tasks)) }),
          });
        }
        return;
      }
      var task = has(tasks, id) ? tasks[id] : null;
      var settings = table[id];
      if (!task || !task[rule.si] || !isObject(settings)) {
        return;
      }
      var raw = settings[rule.champ];
      var deadline = self.deadline(raw, data);
      var boundName = rule.max ? "max" : "min";
      var bound = self.date(get(data, rule[boundName].split(".")));
      if (!deadline || !bound) {
        return;
      }
      if ((boundName === "max" && deadline.order > bound.order) ||
        (boundName === "min" && deadline.order < bound.order)) {
        out.push({
          path: [rule.table, id, rule.champ],
          message: fill(template, {
            valeur: self.valueText(raw.trim()),
            date: deadline.text,
            borne: bound.text,
            partie: task.partie || "",
          }),
        });
      }
    });
  };

  // CROSS_RULES of guide/mission/rules.py, as check_rules applies them.
  Checker.prototype.rules = function (data) {
    var self = this;
    var out = [];
    this.c.regles.forEach(function (rule) {
      var template = self.c.messages[rule.code];
      if (rule.regle === "tache_connue" || rule.regle === "echeance") {
        if (self.c.taches_du_guide) {
          self.taskRule(rule, data, out);
        }
        return;
      }
      if (rule.regle === "requis_si" || rule.regle === "plafond_sans") {
        var listPath = rule.liste.split(".");
        var listed = get(data, listPath);
        (Array.isArray(listed) ? listed : []).forEach(function (item, index) {
          var path = listPath.concat([index, rule.champ]);
          if (rule.regle === "plafond_sans") {
            // rules.py _ceiling: an item marked `si` over `max`, in a mission without `sans`.
            var raw = isObject(item) ? item[rule.champ] : null;
            if (!isObject(item) || item[rule.si] !== true || get(data, rule.sans.split(".")) != null ||
              typeof raw !== "string" || !self.patterns.montant.test(raw.trim()) ||
              Number(raw.trim().replace(",", ".")) <= rule.max) {
              return;
            }
            out.push({
              path: path,
              message: fill(template, { valeur: self.valueText(raw.trim()), max: rule.max_texte }),
            });
            return;
          }
          if (!isObject(item) || item[rule.si] !== rule.valeur) {
            return;
          }
          if (item[rule.champ] === null || item[rule.champ] === undefined) {
            out.push({ path: path, message: template });
          }
        });
        return;
      }
      if (rule.regle === "echeance_liste") {
        // rules.py: each item's deadline (J-45, R+30, a date) not before `min`.
        var bound = self.date(get(data, rule.min.split(".")));
        var entries = get(data, [rule.liste]);
        (Array.isArray(entries) ? entries : []).forEach(function (item, index) {
          var raw = isObject(item) ? item[rule.champ] : null;
          var deadline = self.deadline(raw, data);
          if (!deadline || !bound || deadline.order >= bound.order) {
            return;
          }
          out.push({
            path: [rule.liste, index, rule.champ],
            message: fill(template, {
              valeur: self.valueText(raw.trim()),
              date: deadline.text,
              borne: bound.text,
            }),
          });
        });
        return;
      }
      if (rule.regle === "interdit_avec") {
        if (get(data, rule.champ.split(".")) === rule.valeur && get(data, rule.avec.split(".")) != null) {
          out.push({ path: rule.champ.split("."), message: template });
        }
        return;
      }
      if (rule.regle === "permis_selon") {
        var chosen = get(data, rule.champ.split("."));
        var kind = get(data, rule.selon.split("."));
        var allowed = typeof kind === "string" && has(rule.valeurs, kind) ? rule.valeurs[kind] : null;
        if (typeof chosen === "string" && allowed && allowed.indexOf(chosen) < 0) {
          out.push({
            path: rule.champ.split("."),
            message: fill(template, {
              valeur: self.valueText(chosen),
              selon: kind,
              permis: allowed.join(", "),
            }),
          });
        }
        return;
      }
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
            return self.uniqueKey([rule.liste, index, f], data);
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
          (rule.regle === "avant" && value.order >= others.autre.order) ||
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

  /* ----- Daylight saving: guide/mission/load.py local_time_problems ----------------------- */

  var HALF_DAY = 43200000;

  // The zone's offset from UTC (ms) at the instant `utc`, from the browser's time zone data.
  function zoneOffset(zone, utc) {
    var values = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(utc)).forEach(function (part) {
      values[part.type] = Number(part.value);
    });
    var wall = Date.UTC(values.year, values.month - 1, values.day, values.hour % 24,
      values.minute, values.second);
    return wall - utc;
  }

  // How many instants a wall-clock time has on its day in `zone`: 1, 0 (the clocks skip it,
  // spring forward) or 2 (they go through it twice, fall back).
  function instants(zone, iso, minutes) {
    var d = iso.split("-").map(Number);
    var wall = Date.UTC(d[0], d[1] - 1, d[2]) + minutes * 60000;
    var found = [];
    [zoneOffset(zone, wall - HALF_DAY), zoneOffset(zone, wall + HALF_DAY)].forEach(function (offset) {
      var utc = wall - offset;
      if (zoneOffset(zone, utc) === offset && found.indexOf(utc) < 0) {
        found.push(utc);
      }
    });
    return found.length;
  }

  function clockText(minutes) {
    var hours = Math.floor(minutes / 60), rest = minutes % 60;
    return (hours < 10 ? "0" : "") + hours + ":" + (rest < 10 ? "0" : "") + rest;
  }

  // The programme's times that do not happen exactly once in the mission's zone; checked,
  // like the build, once every value is right. `this.frenchDate`: french.js's date.
  Checker.prototype.localTimes = function (data) {
    var zone = isObject(data.mission) ? data.mission.fuseau_horaire : null;
    var programme = Array.isArray(data.programme) ? data.programme : [];
    var self = this, out = [];
    if (!this.frenchDate || typeof zone !== "string" || !this.zoneSet.has(zone.trim())) {
      return out;
    }
    zone = zone.trim();
    programme.forEach(function (entry, index) {
      var day = isObject(entry) && self.date(entry.date) ? entry.date.trim() : null;
      ["debut", "fin"].forEach(function (key) {
        var clock = day && self.time(entry[key]);
        var count = clock ? instants(zone, day, clock.order) : 1;
        if (count === 1) {
          return;
        }
        var next = clock.order, proposal = "12:00";
        while ((next += 15 - (next % 15)) < 24 * 60) {
          if (instants(zone, day, next) === 1) {
            proposal = clockText(next);
            break;
          }
        }
        out.push(self.problem(count === 0 ? "heure_inexistante" : "heure_ambigue",
          ["programme", index, key], clock.text, {
            jour: self.frenchDate(day), fuseau: zone, proposition: proposal,
          }));
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
    var valuesRight = out.length === 0;
    out = out.concat(this.rules(data));
    if (valuesRight) {
      out = out.concat(this.localTimes(data));
    }
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

  // guide/mission/dialect.py _quote_end: the index after the quoted text that opens at
  // line[start], or -1 if it stays open.
  function quoteEnd(line, start) {
    var quote = line.charAt(start);
    var i = start + 1;
    while (i < line.length) {
      if (quote === '"' && line.charAt(i) === "\\") {
        i += 2;
      } else if (line.charAt(i) === quote && quote === "'" && line.charAt(i + 1) === "'") {
        i += 2;
      } else if (line.charAt(i) === quote) {
        return i + 1;
      } else {
        i += 1;
      }
    }
    return -1;
  }

  var CLOSING = { "{": "}", "[": "]" };

  // A column as Python counts it: in characters, not UTF-16 units.
  function columnOf(line, index) {
    return codePoints(line.slice(0, index)).length + 1;
  }

  // guide/mission/dialect.py _flow_mistake: [mistake or null, index of the flow's last line],
  // a mistake being [code, line, column, fields].
  // guide/mission/dialect.py _flow_owner: the column the flow's other lines must go beyond.
  function flowOwner(flow, previous) {
    if (flow[2]) {
      return flow[1].length;
    }
    if (flow[1].indexOf("-") >= 0) {
      return flow[1].lastIndexOf("-");
    }
    return previous < flow[1].length ? previous : -1;
  }

  Checker.prototype.flowMistake = function (lines, number, column, owner, pads) {
    var stack = [];
    var n = number, i = column, line = lines[number];
    var limit = this.limits.profondeur;

    function mistake(code, at, col, fields) {
      return [[code, at || n + 1, col === undefined ? null : col, fields || {}], n];
    }
    function unclosed() {
      var top = stack[stack.length - 1];
      return mistake("flow_ouvert", top.line + 1, null, { signe: top.bracket, fin: CLOSING[top.bracket] });
    }
    function breaks(next) {
      return next === "" || " ,[]{}".indexOf(next) >= 0;
    }

    for (;;) {
      if (i >= line.length) {
        n += 1;
        if (n === lines.length) {
          return unclosed();
        }
        line = lines[n];
        i = indentOf(line);
        var content = line.trim();
        var top = stack[stack.length - 1];
        if (!content || content.charAt(0) === "#") {
          i = line.length;
        } else if (line.indexOf("\t") >= 0) {
          return mistake("tabulation", null, columnOf(line, line.indexOf("\t")));
        } else if (i < owner && "]}".indexOf(content.charAt(0)) >= 0) {
          return mistake("flow_indentation");
        } else if (i === owner && "]}".indexOf(content.charAt(0)) >= 0) {
          // A closing bracket under its key, as JSON is written: the build's PyYAML reads it,
          // js-yaml wants it one space further (read() adds it).
          pads.push(n);
        } else if (i <= owner) {
          return unclosed();
        } else if (top.state === "valeur" && top.plain) {
          top.continued = true;
        }
        continue;
      }
      var char = line.charAt(i), after = line.charAt(i + 1);
      var frame = stack.length ? stack[stack.length - 1] : null;
      if (char === " ") {
        i += 1;
        continue;
      }
      if (char === "#" && line.charAt(i - 1) === " ") {
        i = line.length;
        if (frame) {
          frame.plain = false;
        }
        continue;
      }
      if (frame && frame.state === "valeur") {
        var indicator = char === ":" && (!frame.plain || breaks(after));
        if (",]}".indexOf(char) < 0 && !indicator && !frame.continued) {
          return mistake("flow_virgule_manquante");
        }
        if ("\"'[{".indexOf(char) >= 0) {
          return mistake("flow_virgule_manquante");
        }
      }
      if (char === "[" || char === "{") {
        if (stack.length >= limit) {
          return mistake("profondeur");
        }
        stack.push({ bracket: char, line: n, state: "debut", colon: false, plain: false, continued: false, key: false });
        i += 1;
        continue;
      }
      var wasContinued = frame.continued;
      frame.continued = false;
      if (char === "]" || char === "}") {
        if (CLOSING[frame.bracket] !== char) {
          return mistake("flow_fermeture", null, null, { signe: char, ouvert: frame.bracket, fin: CLOSING[frame.bracket] });
        }
        stack.pop();
        i += 1;
        if (!stack.length) {
          var rest = line.slice(i);
          if (rest.trim() && !/^\s+#/.test(rest)) {
            return mistake("flow_apres", null, null, { signe: char });
          }
          return [null, n];
        }
        stack[stack.length - 1].state = "valeur";
        stack[stack.length - 1].plain = false;
        continue;
      }
      if (char === ",") {
        if (frame.state === "debut" || frame.state === "virgule") {
          return mistake("flow_virgule");
        }
        frame.state = "virgule";
        frame.colon = false;
        i += 1;
        continue;
      }
      if (char === ":" && frame.state === "valeur" && !wasContinued) {
        if (frame.colon) {
          return mistake("flow_deux_points");
        }
        frame.state = "deux_points";
        frame.colon = true;
        i += 1;
        continue;
      }
      if (char === '"' || char === "'") {
        var end = quoteEnd(line, i);
        if (end < 0) {
          return mistake("guillemet");
        }
        frame.state = "valeur";
        frame.plain = false;
        i = end;
        continue;
      }
      if (char === "&" || char === "*") {
        return mistake("alias");
      }
      if (char === "!") {
        return mistake("etiquette");
      }
      if ("@`%|>?:".indexOf(char) >= 0 || (char === "-" && breaks(after))) {
        return mistake("flow_signe", null, null, { signe: char });
      }
      if (!wasContinued) {
        frame.key = frame.bracket === "{" && (frame.state === "debut" || frame.state === "virgule");
      }
      var start = i;
      while (i < line.length) {
        var c = line.charAt(i);
        if (",[]{}".indexOf(c) >= 0 || (c === ":" && breaks(line.charAt(i + 1)))) {
          break;
        }
        if (c === "#" && line.charAt(i - 1) === " ") {
          break;
        }
        if (c === "?") {
          return mistake("flow_signe", null, null, { signe: c }); // PyYAML ends a text there
        }
        i += 1;
      }
      if (frame.key && line.slice(start, i).indexOf(":") >= 0) {
        return mistake("flow_deux_points_colle");
      }
      frame.state = "valeur";
      frame.plain = true;
    }
  };

  // guide/mission/dialect.py line_mistake: [code, line, column, fields] of the first mistake
  // the contract's checks find (lines inside a block text skipped), or null. `pads` (if given)
  // gets the lines that js-yaml reads only once indented by one more space.
  Checker.prototype.mistakeLine = function (text, pads) {
    var lines = text.split("\n");
    // First the characters no line may hold (Python and JavaScript differ on what is a space);
    // their column counted in characters, as Python does.
    for (var m = 0; m < lines.length; m++) {
      for (var k = 0; k < this.characterChecks.length; k++) {
        var found = this.characterChecks[k][1].exec(lines[m]);
        if (found) {
          return [this.characterChecks[k][0], m + 1, columnOf(lines[m], found.index), {}];
        }
      }
    }
    var seenContent = false;
    var block = null;
    var blockEmpty = false;
    var previous = -1; // the indentation of the last line read
    var n = 0;
    while (n < lines.length) {
      var line = lines[n];
      n += 1;
      if (block !== null && (!line.trim() || indentOf(line) > block)) {
        blockEmpty = blockEmpty && !line.trim();
        continue;
      }
      if (block !== null && blockEmpty && !this.nextKey.test(line)) {
        return ["bloc", n, null, {}]; // the block's text is not indented under its key
      }
      block = null;
      if (!line.trim() || line.replace(/^\s+/, "").charAt(0) === "#") {
        continue;
      }
      var flow = this.flowStart.exec(line);
      for (var c = 0; c < this.lineChecks.length; c++) {
        var check = this.lineChecks[c];
        if (check[0] === "deux_documents" && !seenContent) {
          continue;
        }
        if (flow && check[0] !== "tabulation") {
          break; // the flow collection is read below
        }
        var match = check[1].exec(line);
        if (match) {
          return [check[0], n, columnOf(line, match.index), {}];
        }
      }
      seenContent = true;
      if (flow && !flow[2] && flow[1].indexOf("-") < 0 && flow[1].length <= previous) {
        return ["flow_indentation", n, null, {}]; // a value not indented under its key
      }
      if (flow) {
        var owner = flowOwner(flow, previous);
        var read = this.flowMistake(lines, n - 1, flow[0].length, owner, pads || []);
        if (read[0]) {
          return read[0];
        }
        n = read[1] + 1;
        previous = indentOf(line);
        continue;
      }
      previous = indentOf(line);
      if (this.blockStart.test(line)) {
        block = indentOf(line);
        blockEmpty = true;
      }
    }
    return null;
  };

  Checker.prototype.yamlProblem = function (file, code, line, column, more) {
    var messages = this.c.messages;
    var fields = Object.assign({ colonne: column, max: this.limits.profondeur }, more || {});
    var problem = fill(messages["yaml_" + code], fields);
    var message = fill(messages.yaml_syntaxe, { probleme: problem });
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
    // A carriage return alone ends a line too (old Mac files), as in YAML.
    text = text.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");
    var size = new TextEncoder().encode(text).length;
    if (size > this.limits.fichier_octets) {
      var tooBig = fill(this.c.messages.fichier_trop_gros, {
        nombre: size,
        max: this.limits.fichier_octets,
      });
      throw new Problems([{ path: [], line: null, message: file + " : " + tooBig }]);
    }
    if (text.slice(-1) !== "\n") {
      text += "\n"; // a last block text reads the same in every YAML parser
    }
    if (this.utf16.test(text)) {
      throw new Problems([this.yamlProblem(file, "utf16", null)]);
    }
    var pads = [];
    var found = this.mistakeLine(text, pads);
    if (found) {
      throw new Problems([this.yamlProblem(file, found[0], found[1], found[2], found[3])]);
    }
    if (pads.length) {
      var padded = text.split("\n");
      pads.forEach(function (n) {
        padded[n] = " " + padded[n];
      });
      text = padded.join("\n");
    }
    var events;
    try {
      // node() applies the build's depth limit, counting levels as the build's composer does
      // (a key one level below its mapping); js-yaml's own limit only keeps its recursion short.
      events = jsyaml.parseEvents(text, { maxDepth: 1000 });
    } catch (error) {
      // Any other mistake: the parser's line, and what to check there.
      var mark = error && error.mark;
      var code = /maxDepth/.test(String(error && error.reason)) ? "profondeur" : "autre";
      throw new Problems([this.yamlProblem(file, code, mark ? mark.line + 1 : null)]);
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
    function node(path, lineHint, depth) {
      var event = events[position++];
      refuse(event);
      var offset = startOf(event);
      var line = offset >= 0 ? lineOf(starts, offset) : lineHint;
      if (depth > self.limits.profondeur) {
        throw new Problems([self.yamlProblem(file, "profondeur", line)]);
      }
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
          if (depth + 1 > self.limits.profondeur) {
            // The build's composer counts a key as a level below its mapping.
            throw new Problems([self.yamlProblem(file, "profondeur", keyLine)]);
          }
          var name;
          if (keyEvent.type !== E.SCALAR) {
            // A key that is a list or a group of keys (after « ? »): refused, as in the build.
            throw new Problems([self.yamlProblem(file, "cle_complexe", keyLine)]);
          }
          position++;
          name = jsyaml.getScalarValue(text, keyEvent);
          if (keyEvent.style !== jsyaml.SCALAR_STYLE_PLAIN) {
            wholeCharacters(name, keyLine);
          }
          var keyPath = path.concat(name);
          if (seen.has(name)) {
            duplicates.push([keyPath, name, keyLine]);
          }
          seen.add(name);
          lines.set(JSON.stringify(keyPath), keyLine);
          var item = node(keyPath, keyLine, depth + 1);
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
        var dashes = null;
        while (events[position].type !== E.POP) {
          var next = events[position];
          var hint = line;
          if (next.type === E.SCALAR && next.valueStart < 0 && event.style !== jsyaml.COLLECTION_STYLE_FLOW) {
            // An empty item (« - » alone) has no position in js-yaml: its dash's line, as the build.
            dashes = dashes || dashLines(offset);
            hint = dashes[list.length] || line;
          }
          list.push(node(path.concat(list.length), hint, depth + 1));
        }
        position++;
        return list;
      }
      var raw = event.valueStart < 0 ? "" : jsyaml.getScalarValue(text, event);
      return event.style === jsyaml.SCALAR_STYLE_PLAIN ? self.plainValue(raw) : wholeCharacters(raw, line);
    }

    // The lines of a block list's dashes, from the list's first one (at `offset`): the lines
    // below at the same column that start with « - », until one less indented.
    var rows = null; // the text's lines, split once for every list that needs them
    function dashLines(offset) {
      rows = rows || text.split("\n");
      var first = lineOf(starts, offset) - 1;
      var column = offset - starts[first];
      var found = [first + 1];
      for (var k = first + 1; k < rows.length; k++) {
        var content = rows[k].trim();
        if (!content || content.charAt(0) === "#") {
          continue;
        }
        var indent = indentOf(rows[k]);
        if (indent < column || (indent === column && !/^-(\s|$)/.test(rows[k].slice(column)))) {
          break;
        }
        if (indent === column) {
          found.push(k + 1);
        }
      }
      return found;
    }

    // guide/mission/dialect.py _whole_characters: half a character pair is refused.
    function wholeCharacters(value, at) {
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) {
        throw new Problems([self.yamlProblem(file, "demi_caractere", at)]);
      }
      return value;
    }

    var data = null;
    while (position < events.length && events[position].type !== E.DOCUMENT) {
      position++;
    }
    position++; // the document
    if (position < events.length && events[position].type !== E.POP) {
      data = node([], 1, 1);
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

  // The schema of every value of a table by name (taches: by task ID), or null.
  function byNameSchema(schema) {
    return schema.type === "object" && isObject(schema.additionalProperties)
      ? schema.additionalProperties
      : null;
  }

  // Python's twin: guide/mission/dialect.py, quoted().
  function quoted(text, escapes) {
    return JSON.stringify(text).replace(
      escapes,
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
    return other || this.quoteIf.test(text) ? quoted(text, this.escapeInQuotes) : text;
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
      "# Les dates s'écrivent \"AAAA-MM-JJ\", les heures \"HH:MM\" ; une valeur qui contient « : »,",
      "# commence par un caractère spécial ou se lirait comme un nombre est écrite entre guillemets.",
      "# " + "-".repeat(88),
    ];

    // Above each key (once per key path), the guide's own explanation of it: its description
    // in the contract. Never the comments of an imported file: they are not data, and a
    // published form must not hand one visitor's words to the next.
    var commented = Object.create(null);

    function explain(text, pad, out) {
      var line = "#";
      (text.charAt(0).toUpperCase() + text.slice(1) + ".").split(" ").forEach(function (word) {
        if (line.length > 1 && pad.length + line.length + word.length >= 92) {
          out.push(pad + line);
          line = "#";
        }
        line += " " + word;
      });
      out.push(pad + line);
    }

    function write(value, schema, indent, out, path) {
      var pad = " ".repeat(indent);
      var resolved = self.resolve(schema);
      var languages = resolved["x-traductions"];
      resolved = languages || resolved; // a free text in several languages
      var byName = byNameSchema(resolved);
      Object.keys(byName ? value : resolved.properties).forEach(function (key) {
        if (!(key in value)) {
          return;
        }
        var item = value[key];
        var inner = self.resolve(byName || resolved.properties[key]);
        var dotted = path.concat(byName ? "*" : key).join(".");
        if (path.length && !languages && !byName && inner.description && !commented[dotted]) {
          commented[dotted] = true;
          explain(inner.description, pad, out);
        }
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
          // One explanation for every task of `taches`: its keys' path names no task.
          write(item, inner, indent + 2, out, path.concat(byName ? "*" : key));
        } else if (inner.type === "boolean" && typeof item === "boolean") {
          out.push(pad + self.scalar(key) + ": " + String(item));
        } else if (inner["x-format"] === "heure") {
          out.push(pad + key + ": " + quoted(self.time(item).text, self.escapeInQuotes));
        } else if (inner["x-format"] === "date") {
          // Quoted, as a time: PyYAML and js-yaml would read a date otherwise (issue 28.3).
          out.push(pad + key + ": " + quoted(self.date(item).text, self.escapeInQuotes));
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
  // Its state is the text typed; or, when some lines are translated ({ fr, es… }), the list of
  // lines itself, kept whole: the box edits their French texts (terms-form.js `putText`).
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
      Object.keys(schema.properties || {}).forEach(function (key) {
        state[key] = self.emptyState(schema.properties[key], path.concat(key));
      });
      return state; // a table by name starts empty
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
    var byName = byNameSchema(schema);
    if (byName) {
      var table = {};
      Object.keys(isObject(value) ? value : {}).forEach(function (key) {
        table[key] = self.shape(value[key], byName, path.concat(key));
      });
      return table;
    }
    if (schema["x-traductions"] && isObject(value)) {
      schema = schema["x-traductions"]; // kept whole: the form edits its French text
    }
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
      if (isLinesBox(path) && !(Array.isArray(value) && value.some(isObject))) {
        return Array.isArray(value) ? value.map(String).join("\n") : String(value);
      }
      return (Array.isArray(value) ? value : []).map(function (item, index) {
        return self.shape(item, schema.items, path.concat(index));
      });
    }
    if (value === null || value === undefined || isObject(value) || Array.isArray(value)) {
      return "";
    }
    if (typeof value === "boolean") {
      return String(value); // "true" / "false", as a checkbox of the form keeps it
    }
    var text = String(value).trim();
    if (schema["x-format"] === "heure" && this.time(text)) {
      return this.time(text).text; // "9:30" -> "09:30", as a time control wants it
    }
    return text;
  };

  // Whether a value of toData holds something typed in (not only empty rows).
  function typedIn(value) {
    if (Array.isArray(value)) {
      return value.some(typedIn);
    }
    if (isObject(value)) {
      return Object.keys(value).some(function (key) {
        return typedIn(value[key]);
      });
    }
    return value !== "" && value !== undefined && value !== null;
  }

  // The state as mission.yml data: empty optional keys left out, as the build would read them.
  Checker.prototype.toData = function (state, schema, path) {
    var self = this;
    var raw = schema || this.root;
    schema = this.resolve(raw);
    path = path || [];
    var byName = byNameSchema(schema);
    if (byName) {
      var table = {};
      Object.keys(isObject(state) ? state : {}).forEach(function (key) {
        var item = self.toData(state[key], byName, path.concat(key));
        if (item !== undefined && !(isObject(item) && !Object.keys(item).length)) {
          table[key] = item; // a row left empty in the form is no setting
        }
      });
      return raw.anyOf && !Object.keys(table).length ? undefined : table;
    }
    if (schema["x-traductions"] && isObject(state)) {
      raw = schema = schema["x-traductions"];
    }
    if (schema.type === "object") {
      var data = {};
      var filled = false; // an optional object with nothing typed in is left out
      var required = schema.required || [];
      Object.keys(schema.properties).forEach(function (key) {
        var inner = schema.properties[key];
        var value = self.toData(state[key], inner, path.concat(key));
        if (value !== undefined) {
          data[key] = value;
          filled = true;
        } else if (required.indexOf(key) >= 0) {
          var kind = self.resolve(inner);
          if (kind.type === "string" && !kind.enum && !kind["x-format"]) {
            data[key] = ""; // an empty text: « valeur vide » (the key is there, but empty)
          }
        }
      });
      var optional = path.length && raw.anyOf;
      // Rows the form starts with (a list of at least one item) are no content either.
      return optional && !(filled && typedIn(data)) ? undefined : data;
    }
    if (schema.type === "array") {
      var items;
      if (isLinesBox(path) && Array.isArray(state)) {
        items = state
          .map(function (item, index) {
            return self.toData(item, schema.items, path.concat(index));
          })
          .filter(function (item) {
            return item !== undefined; // a line left empty
          });
      } else if (isLinesBox(path)) {
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
    if (schema.type === "boolean" && (text === "true" || text === "false")) {
      return text === "true";
    }
    return text.trim() === "" ? undefined : text;
  };

  // Every problem of a file's text, as the build lists them: [{ line, path, message }], where
  // `message` is the full sentence (file, line, key); [] for a valid file.
  Checker.prototype.checkText = function (jsyaml, text, file) {
    var self = this;
    // A carriage return alone ends a line too (old Mac files), as in YAML.
    text = text.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");
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
