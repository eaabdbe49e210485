/*
 * Termes de référence à remplir en ligne (page outils/remplir-les-termes-de-reference/).
 * Plain JavaScript, no framework, no build step.
 *
 * The page holds the blank template of the terms of reference, made by the site's one
 * renderer (guide/documents/form.py, to_form_html): every ruled line that shows a key of mission.yml
 * carries it (data-champ); lines marked data-saisie get a control here, the others (subtitle,
 * signatures) repeat what was typed. Lists (data-liste) grow from their row template
 * (<template data-modele>). On paper the controls are hidden and the ruled lines show the
 * values (an empty field stays a line to fill by hand).
 *
 * Checks: the page also holds the contract of mission.yml (guide/mission/contract.py). The
 * checker that interprets it (reading, rules, messages, writing mission.yml) is the pure
 * module mission-contract.js, proven equal to the build by tests/engine/test_contract_parity.py;
 * this file is the form around it.
 *
 * Saved as the user types with window.GuideStorage (guide.js: the site's namespacing),
 * exported as mission.yml (mission-contract.js writes it), imported back with the vendored
 * js-yaml (loaded on first import only).
 *
 * Loaded only on the form page, by its template (overrides/form.html, `template: form.html` in
 * the page's front matter), after the guide's core (guide.js), to which it hands its code
 * (window.guideScripts): the core runs it once per visit.
 */
(window.guideScripts = window.guideScripts || []).push(function () {
  "use strict";

  var STORE_NAME = "termes-de-reference";
  var STORE_VERSION = 1;
  // This file's address (js-yaml is loaded beside it, in vendor/).
  var SCRIPT_URL = (
    document.querySelector('script[src*="terms-form.js"]') || { src: location.href }
  ).src;
  var YAML_PARSER = "vendor/js-yaml-5.5.0.min.js";
  var current = null; // the form on the page shown, if any

  /* ----- Storage: window.GuideStorage (guide.js, the core that runs this file) ---------- */

  function storage() {
    return window.GuideStorage;
  }

  /* ----- Small helpers ------------------------------------------------------------------- */

  /* ----- The contract's checker: mission-contract.js (guide.js runs this file after it) --- */

  var Contract = window.MissionContract;
  var Checker = Contract.Checker;
  var isObject = Contract.isObject;
  var fill = Contract.fill;
  var pathText = Contract.pathText;

  function get(data, path) {
    return Contract.get(data, path);
  }

  /* ----- The page ------------------------------------------------------------------------- */


  function Form(article, contract) {
    this.article = article;
    this.page = article.closest(".md-content") || document;
    this.french = new window.French();
    var french = this.french;
    this.checker = new Checker(contract, {
      date: function (iso) {
        return french.date(iso);
      },
    });
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
    if (isObject(value)) {
      value = frenchText(value); // a free text in several languages: the form shows its French text
    }
    if (value === "" || value === null || value === undefined) {
      return "";
    }
    if (schema["x-format"] === "date") {
      var day = this.checker.date(value);
      if (!day) {
        return value;
      }
      return this.french.date(day.text);
    }
    if (schema["x-format"] === "heure") {
      var time = this.checker.time(value);
      if (!time) {
        return value;
      }
      return this.french.time(time.text);
    }
    if (schema.enum) {
      var labels = schema["x-libelles"] || {};
      return labels[value] || value;
    }
    if (schema.type === "boolean") {
      return value === "true" ? "sans objet" : value === "false" ? "" : String(value);
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
    if (schema.type === "boolean") {
      // taches.*.sans_objet: a checkbox, kept as "true" or "" in the state
      control = document.createElement("input");
      control.type = "checkbox";
    } else if (schema.enum) {
      control = document.createElement("select");
      var labels = schema["x-libelles"] || {};
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
      if (format === "langue_document") {
        control.setAttribute("list", "terms-form-langues");
        control.setAttribute("autocomplete", "off");
        control.placeholder = "es-PE";
      }
      if (format === "url") {
        control.placeholder = "https://";
      }
    }
    control.className = "terms-form-control";
    control.setAttribute("aria-label", label);
    control.setAttribute("data-chemin", pathText(path));
    showValue(control, get(this.state, path));
    var error = document.createElement("p");
    error.className = "terms-form-error";
    error.id = "terms-form-erreur-" + ++this.counter;
    error.hidden = true;
    control.addEventListener("input", function () {
      self.set(path, control.type === "checkbox" ? (control.checked ? "true" : "") : control.value);
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

  // The heights of text areas to their text, where the browser does not do it from the CSS
  // (field-sizing: content, terms-form.css): every height reset, then every one read, then
  // every one set, so that the page is laid out once, not once per text area.
  var SIZED_BY_CSS = typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

  Form.prototype.autosize = function (controls) {
    if (SIZED_BY_CSS) {
      return;
    }
    var areas = [].concat(controls).filter(function (control) {
      return control.tagName === "TEXTAREA";
    });
    areas.forEach(function (area) {
      area.style.height = "auto";
    });
    areas
      .map(function (area) {
        return area.scrollHeight;
      })
      .forEach(function (height, index) {
        areas[index].style.height = height + 2 + "px";
      });
  };

  Form.prototype.set = function (path, value) {
    // A table by name (taches) gets its entry on the first value typed in it.
    for (var depth = 1; depth < path.length; depth++) {
      var above = get(this.state, path.slice(0, depth - 1));
      var step = isObject(above) ? above[path[depth - 1]] : {};
      if (step === undefined || step === null || step === "") {
        above[path[depth - 1]] = {};
      } else if (typeof step === "string") {
        above[path[depth - 1]] = { titre: step }; // partenaire.executif: its title, then a name
      }
    }
    putText(get(this.state, path.slice(0, -1)), path[path.length - 1], value);
    this.save();
    this.refresh();
  };

  // A control shows its key's value. A free text in several languages ({ fr, es… }): the
  // control edits its French text, the translations are kept as they are.
  function showValue(control, current) {
    if (control.type === "checkbox") {
      control.checked = current === "true";
    } else if (Array.isArray(current)) {
      control.value = current.map(lineText).join("\n"); // lines, some translated
    } else {
      control.value = (isObject(current) ? frenchText(current) : current) || "";
    }
  }

  // The French text of a mapping: a free text's `fr`, or the title of partenaire.executif
  // (`titre`, itself a text or a free text in several languages).
  function frenchText(value) {
    if (value.titre !== undefined && value.titre !== null && value.titre !== "") {
      return isObject(value.titre) ? value.titre.fr : value.titre;
    }
    return value.fr;
  }

  // What a control typed goes into its key: the French text of a free text in several
  // languages, the value itself otherwise.
  function putText(parent, key, value) {
    var current = parent[key];
    if (Array.isArray(current)) {
      parent[key] = typedLines(current, value);
    } else if (isObject(current) && isObject(current.titre)) {
      current.titre.fr = value;
    } else if (isObject(current) && ("titre" in current || "nom" in current || "civilite" in current)) {
      current.titre = value;
    } else if (isObject(current)) {
      current.fr = value;
    } else {
      parent[key] = value;
    }
  }

  // A line of a box: its French text when it is translated ({ fr, es… }).
  function lineText(line) {
    return isObject(line) ? frenchText(line) : line;
  }

  // The lines typed in a box whose lines are translated: a line keeps its translations when
  // its French text is unchanged, or when it was edited in place (as many lines as before);
  // a new line is a text.
  function typedLines(before, value) {
    var lines = value.split("\n");
    var unused = before.slice();
    var taken = lines.map(function (line) {
      var index = unused.findIndex(function (old) {
        return isObject(old) && (lineText(old) || "").trim() === line.trim();
      });
      if (index < 0) {
        return null;
      }
      var kept = unused[index];
      unused[index] = null;
      return kept;
    });
    return lines.map(function (line, index) {
      var kept = taken[index];
      var inPlace = lines.length === before.length && line.trim() !== "";
      if (!kept && inPlace && isObject(unused[index])) {
        kept = unused[index]; // edited in place: the French text changes, not its translations
        unused[index] = null;
      }
      if (kept) {
        kept.fr = line;
        return kept;
      }
      return line;
    });
  }

  // True once the browser keeps the form; otherwise the status says why (blocked, or full:
  // what was stored before stays stored) and what to do.
  Form.prototype.save = function () {
    var kept = this.store.write(STORE_NAME, { version: STORE_VERSION, data: this.state });
    if (this.status) {
      var now = new Date();
      this.status.textContent = kept
        ? "Enregistré dans ce navigateur à " + now.getHours() + "\u00a0h\u00a0" +
          ("0" + now.getMinutes()).slice(-2) + "."
        : (this.store.available ? this.store.strings.storageFull : this.store.strings.storageBlocked) +
          " : exportez un fichier mission.yml pour ne pas perdre votre saisie.";
    }
    return kept;
  };

  // The line that shows a key's value: a control beside it on screen, the value on paper.
  Form.prototype.attach = function (line, path, label) {
    var made = this.makeControl(path, label);
    if (line.getAttribute("data-defaut")) {
      made[0].placeholder = line.getAttribute("data-defaut"); // the guide's deadline
    }
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
    this.autosize(
      Array.from(this.controls.values()).map(function (entry) {
        return entry.control;
      })
    );
    this.refresh();
  };

  // Copies, ruled lines for paper, and the messages of the fields (touched ones, or all).
  // A refresh follows every keystroke: a text that did not change is not written again, so
  // that the page is not restyled, laid out and painted again for it.
  function setText(node, text) {
    if (node.textContent !== text) {
      node.textContent = text;
    }
  }

  Form.prototype.refresh = function () {
    var self = this;
    this.page.querySelectorAll(".terms-line[data-champ]").forEach(function (line) {
      var path = line.getAttribute("data-chemin");
      var keys = path ? null : line.getAttribute("data-champ").split(".");
      if (keys && keys[0] === "delegation") {
        setText(line, String(self.state.delegation.length));
        line.classList.add("terms-line-rempli");
        return;
      }
      var entry = path ? self.controls.get(path) : null;
      var valuePath = entry ? entry.path : keys;
      var text = self.display(valuePath, get(self.state, valuePath));
      setText(line, text);
      line.classList.toggle("terms-line-rempli", text !== "");
    });
    this.page.querySelectorAll(".terms-line[data-saisie]:not([data-champ])").forEach(function (line) {
      var entry = self.controls.get(line.getAttribute("data-chemin"));
      var text = entry ? self.display(entry.path, entry.control.value) : "";
      setText(line, text);
      line.classList.toggle("terms-line-rempli", text !== "");
    });
    // A period on paper: one French phrase, the documents' own (« du 1er au 3 avril 2027 »).
    this.page.querySelectorAll("[data-periode]").forEach(function (period) {
      var keys = period.getAttribute("data-periode").split(" ");
      var start = self.checker.date(get(self.state, keys[0].split(".")) || "");
      var end = self.checker.date(get(self.state, keys[1].split(".")) || "");
      var text = start && end && start.order <= end.order ? self.french.period(start.text, end.text) : "";
      setText(period.querySelector(".terms-period-text"), text);
      period.classList.toggle("terms-period-rempli", text !== "");
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
      setText(entry.error, shown ? messages.join(" ") : "");
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
      setText(node, shown ? messages.join(" ") : "");
      node.hidden = !shown;
    });
    return problems;
  };

  // The field as the form labels it (« Site web, La collectivité française »), for a message;
  // a list or a key without a control: its label in the contract; "" when it has none.
  Form.prototype.fieldName = function (path) {
    var entry = this.controls.get(pathText(path));
    if (entry) {
      return entry.control.getAttribute("aria-label") || "";
    }
    try {
      return (this.checker.schemaAt(path)[0] || {})["x-libelle"] || "";
    } catch (error) {
      return "";
    }
  };

  // One message of the box: the field's label, what to do, then in small print where it is in
  // the file (« mission.yml, ligne 4, collectivite.type ») for whoever edits the file itself.
  // `imported`: the problem of a file read by the checker, its message already names the place.
  Form.prototype.messageLine = function (problem, file, imported) {
    var name = problem.path && problem.path.length ? this.fieldName(problem.path) : "";
    var where = this.checker
      .fullMessage(file, { path: problem.path, line: problem.line, message: "" })
      .replace(/\s*:\s*$/, "");
    var message = problem.message;
    if (message.indexOf(where + " : ") === 0) {
      message = message.slice(where.length + 3); // an imported file's message names its place
    }
    if (!name) {
      return imported ? problem.message : this.checker.fullMessage(file, problem);
    }
    return { field: name, text: message, where: where };
  };

  // A new message replaces the previous one: the status line and the box are one place.
  Form.prototype.say = function (text) {
    this.showMessages(null);
    this.status.textContent = text;
  };

  Form.prototype.showMessages = function (title, lines, links) {
    var self = this;
    var box = this.messages;
    box.textContent = "";
    if (!title) {
      box.hidden = true;
      return;
    }
    this.status.textContent = "";
    var heading = document.createElement("p");
    heading.className = "terms-form-messages-title";
    heading.textContent = title;
    box.appendChild(heading);
    var list = document.createElement("ul");
    lines.forEach(function (line, index) {
      var item = document.createElement("li");
      var path = links && links[index];
      var entry = path ? self.controls.get(path) : null;
      var holder = item;
      if (entry) {
        var link = document.createElement("a");
        link.href = "#";
        holder = link;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          entry.control.focus();
        });
        item.appendChild(link);
      }
      if (line.field) {
        var field = document.createElement("span");
        field.className = "terms-form-message-field";
        field.textContent = line.field;
        holder.appendChild(field);
        holder.appendChild(document.createTextNode(" : "));
        var message = document.createElement("span");
        message.className = "terms-form-message-text";
        message.textContent = line.text;
        holder.appendChild(message);
      } else {
        holder.textContent = line;
      }
      if (line.where) {
        var where = document.createElement("small");
        where.className = "terms-form-message-where";
        where.textContent = line.where;
        item.appendChild(where);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    box.hidden = false;
    box.setAttribute("role", "alert");
    box.focus();
  };

  Form.prototype.exportFile = function () {
    var self = this;
    var data = this.checker.toData(this.state);
    var problems = this.checker.check(data);
    this.showAll = true;
    this.refresh();
    if (problems.length) {
      var file = this.c.fichier;
      var checker = this.checker;
      this.showMessages(
        "Le fichier n’est pas exporté : " + this.french.plural(problems.length, "point") + " à corriger.",
        problems.map(function (problem) {
          return self.messageLine(problem, file);
        }),
        problems.map(function (problem) {
          return pathText(problem.path);
        })
      );
      return;
    }
    storage().download(this.c.fichier, this.checker.toYaml(data), "text/yaml;charset=utf-8");
    this.say("Fichier " + this.c.fichier + " exporté (voir vos téléchargements).");
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
      // The build's reader and checker (same dialect, lines and messages).
      var problems = self.checker.checkText(jsyaml, text, file);
      if (problems.length) {
        var title = "Le fichier n’est pas importé ; le formulaire n’a pas changé.";
        if (problems.length > 1 || problems[0].path.length) {
          title += " " + self.french.plural(problems.length, "point") + " à corriger dans " + file + " :";
        }
        self.showMessages(
          title,
          problems.map(function (problem) {
            return self.messageLine(problem, file, true);
          })
        );
        return false;
      }
      var data = self.checker.read(jsyaml, text, file).data;
      self.state = self.checker.shape(data);
      self.touched.clear();
      self.showAll = false;
      var kept = self.save();
      self.render();
      // « importé » only once the browser keeps it; otherwise save() said why, and this says
      // what the form shows.
      self.say(
        kept
          ? file + " importé : le formulaire est rempli avec son contenu."
          : file + " est lu et le formulaire en montre le contenu, mais ce navigateur n’a pas " +
            "pu l’enregistrer : il sera perdu à la fermeture de la page. Exportez un fichier " +
            "mission.yml pour le garder."
      );
      return kept;
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
    this.say("Le formulaire a été effacé.");
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
    var locales = document.createElement("datalist");
    locales.id = "terms-form-langues";
    Object.keys(this.c.langues_des_documents).forEach(function (tag) {
      var option = document.createElement("option");
      option.value = tag;
      option.label = self.c.langues_des_documents[tag];
      locales.appendChild(option);
    });
    this.article.appendChild(locales);
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
    // The programme in the order of the filled document (guide/documents/terms.py: date, start, end,
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
        self.say("Programme classé par date et heure.");
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
    // The status line that says typing is kept is written at build time (guide/documents/terms.py).
    if (!this.store.available) {
      this.status.textContent =
        "Ce navigateur ne garde pas les données de ce site (navigation privée ou stockage " +
        "bloqué) : exportez un fichier mission.yml pour ne pas perdre votre saisie.";
    }
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

  // Another tab changed the form: take its values, but never replace the field being typed in
  // (its value is kept, and the re-drawing waits until the focus leaves it).
  Form.prototype.takeStored = function () {
    var stored = this.store.read(STORE_NAME);
    var state =
      stored && isObject(stored.data) ? this.checker.shape(stored.data) : this.checker.emptyState();
    var focused = document.activeElement;
    var entry = focused && focused.classList.contains("terms-form-control")
      ? this.controls.get(focused.getAttribute("data-chemin"))
      : null;
    if (entry && entry.control === focused) {
      var parent = get(state, entry.path.slice(0, -1));
      if (parent && typeof parent === "object") {
        putText(parent, entry.path[entry.path.length - 1], focused.value);
      }
      this.state = state;
      this.controls.forEach(function (other) {
        var value = get(state, other.path);
        if (other.control !== focused && value !== undefined && value !== null) {
          showValue(other.control, value);
        }
      });
      this.refresh();
      this.renderWhenIdle(focused);
      return;
    }
    this.state = state;
    this.render();
  };

  // Rows added or removed elsewhere are drawn once no field of the form has the focus.
  Form.prototype.renderWhenIdle = function (focused) {
    var self = this;
    if (this.waiting) {
      return;
    }
    this.waiting = true;
    focused.addEventListener("blur", function () {
      window.setTimeout(function () {
        self.waiting = false;
        var now = document.activeElement;
        if (now && now.classList.contains("terms-form-control") && self.page.contains(now)) {
          self.renderWhenIdle(now);
        } else if (document.contains(self.article)) {
          self.render();
        }
      }, 0);
    }, { once: true });
  };

  storage().onChange(STORE_NAME, function () {
    if (current && document.contains(current.article)) {
      current.takeStored();
    }
  });

  storage().onPage(setUp);
}, ["MissionContract", "French"]);
