/*
 * The rules of a notes file (pure: no DOM, node loads it): interprets the contract that
 * guide/notes.py exports (shape, limits, messages) and does what guide/notes.py does, proven
 * equal on generated files by tests/engine/test_notes_parity.py:
 *
 *   var rules = new GuideNotes(contract);
 *   rules.check(data, fileName)      the problems of a file's object (files.js has checked its
 *                                    format and version), as French sentences; [] when valid
 *   rules.merge(mine, theirs, myAuthor, theirAuthor)
 *                                    { activites, summary: { ajoutees, doubles } }: per activity
 *                                    and field, a text kept once when equal or held by the
 *                                    other, else both under their author's line; next steps
 *                                    of both, each row once (neither input changed)
 *   rules.author(data, fileName)     who wrote a file's notes
 *   rules.reportValues(activites, labels)
 *                                    the compte rendu's lists: { presents: [...], ...,
 *                                    suites: [[qui, quoi, pour quand], ...] }
 */
(function (root) {
  "use strict";

  // Python's str.strip() whitespace (JavaScript's trim() differs on U+0085 and U+001C–U+001F).
  var EDGES = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

  function strip(text) {
    return text.replace(EDGES, "");
  }

  function kind(value) {
    if (value === null) {
      return "null";
    }
    if (typeof value === "boolean") {
      return "boolean";
    }
    if (typeof value === "number") {
      return "number";
    }
    if (typeof value === "string") {
      return "text";
    }
    return Array.isArray(value) ? "list" : "object";
  }

  function pathText(parts) {
    var text = "";
    parts.forEach(function (part) {
      text += typeof part === "number" ? "[" + part + "]" : text ? "." + part : part;
    });
    return text;
  }

  function GuideNotes(contract) {
    this.c = contract;
    this.key = new RegExp(contract.cle);
    this.forbidden = new RegExp(contract.interdit);
  }

  // The notes file for files.js (GuideFiles): its format and version, and its words.
  GuideNotes.prototype.fileKind = function (site) {
    return {
      format: this.c.format,
      versions: [this.c.version],
      prefix: "notes",
      site: site,
      what: "un fichier de notes exporté depuis ce guide",
      button: "Exporter les notes",
    };
  };

  GuideNotes.prototype.say = function (problems, name, values) {
    values.file = this.file;
    problems.push(
      this.c.messages[name].replace(/\{(\w+)\}/g, function (all, key) {
        return String(values[key]);
      })
    );
  };

  GuideNotes.prototype.check = function (data, fileName) {
    var self = this;
    var c = this.c;
    var problems = [];
    this.file = fileName;

    function typed(value, expected, parts) {
      var found = kind(value);
      var ok = found === expected || (expected === "integer" && found === "number" && Number.isInteger(value));
      if (!ok) {
        self.say(problems, "type", { path: pathText(parts), expected: c.attendu[expected], found: c.trouve[found] });
      }
      return ok;
    }

    function text(value, limit, parts) {
      if (!typed(value, "text", parts)) {
        return;
      }
      var length = Array.from(value).length;
      if (length > c.limites[limit]) {
        self.say(problems, "long", { path: pathText(parts), length: length, max: c.limites[limit] });
      }
      var bad = value.match(self.forbidden);
      if (bad) {
        var code = bad[0].codePointAt(0).toString(16).toUpperCase();
        self.say(problems, "character", { path: pathText(parts), code: ("0000" + code).slice(-4) });
      }
    }

    function many(value, limit, parts) {
      if (value.length > c.limites[limit]) {
        self.say(problems, "many", { path: pathText(parts), count: value.length, max: c.limites[limit] });
      }
    }

    function object(value, shape, parts) {
      var known = c.forme[shape];
      Object.keys(value).forEach(function (key) {
        var item = value[key];
        var where = parts.concat([key]);
        var expected = Object.prototype.hasOwnProperty.call(known, key) ? known[key] : null;
        if (expected === null) {
          self.say(problems, "unknown", { path: pathText(parts), key: key, known: Object.keys(known).join(", ") });
        } else if (expected === "text" || expected === "short") {
          text(item, expected, where);
        } else if (expected === "nullable") {
          if (item !== null) {
            text(item, "short", where);
          }
        } else if (expected === "integer") {
          typed(item, "integer", where);
        } else if (expected === "notes" && typed(item, "object", where)) {
          var names = Object.keys(item);
          many(names, "activities", where);
          names.forEach(function (name) {
            if (!self.key.test(name)) {
              self.say(problems, "key", { key: name });
            } else if (typed(item[name], "object", where.concat([name]))) {
              object(item[name], "note", where.concat([name]));
            }
          });
        } else if (expected === "next_steps" && typed(item, "list", where)) {
          many(item, "next_steps", where);
          item.forEach(function (row, index) {
            if (typed(row, "object", where.concat([index]))) {
              object(row, "next_step", where.concat([index]));
            }
          });
        }
      });
    }

    if (kind(data) !== "object" || data.format !== c.format) {
      this.say(problems, "not_notes", {});
      return problems;
    }
    c.requis.forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(data, key)) {
        self.say(problems, "missing", { path: "le fichier", key: key });
      }
    });
    object(data, "file", []);
    return problems;
  };

  GuideNotes.prototype.marked = function (text, author) {
    var lead = this.c.auteur.split("{")[0];
    return text.indexOf(lead) === 0 ? text : this.c.auteur.replace("{author}", function () {
      return author;
    }) + "\n" + text;
  };

  // [merged text, both kept?]
  GuideNotes.prototype.mergeText = function (mine, theirs, myAuthor, theirAuthor) {
    if (!theirs || mine.indexOf(theirs) !== -1) {
      return [mine, false];
    }
    if (!mine || theirs.indexOf(mine) !== -1) {
      return [theirs, false];
    }
    return [this.marked(mine, myAuthor) + "\n\n" + this.marked(theirs, theirAuthor), true];
  };

  function sameRow(a, b) {
    var keys = Object.keys(a).sort();
    var others = Object.keys(b).sort();
    return (
      keys.length === others.length &&
      keys.every(function (key, index) {
        return key === others[index] && a[key] === b[key];
      })
    );
  }

  GuideNotes.prototype.merge = function (mine, theirs, myAuthor, theirAuthor) {
    var self = this;
    var merged = {};
    var added = 0;
    var doubled = 0;
    Object.keys(mine).forEach(function (key) {
      merged[key] = Object.assign({}, mine[key]);
    });
    Object.keys(theirs).forEach(function (key) {
      var note = theirs[key];
      if (!Object.prototype.hasOwnProperty.call(merged, key)) {
        merged[key] = Object.assign({}, note);
        added += 1;
        return;
      }
      var own = merged[key];
      if (!own.intitule && note.intitule) {
        own.intitule = note.intitule;
      }
      self.c.textes.forEach(function (name) {
        var result = self.mergeText(own[name] || "", note[name] || "", myAuthor, theirAuthor);
        if (result[0]) {
          own[name] = result[0];
        }
        doubled += result[1] ? 1 : 0;
      });
      var rows = (own.suites || []).slice();
      (note.suites || []).forEach(function (row) {
        if (!rows.some(function (kept) { return sameRow(kept, row); })) {
          rows.push(row);
        }
      });
      if (rows.length) {
        own.suites = rows;
      }
    });
    return { activites: merged, summary: { ajoutees: added, doubles: doubled } };
  };

  GuideNotes.prototype.author = function (data, fileName) {
    return strip(data.auteur || "") || fileName;
  };

  GuideNotes.prototype.label = function (key, note, labels) {
    if (Object.prototype.hasOwnProperty.call(labels, key)) {
      return labels[key];
    }
    return [key.replace(/T/g, " "), note.intitule || ""].filter(Boolean).join(", ");
  };

  GuideNotes.prototype.reportValues = function (activites, labels) {
    var self = this;
    if (!activites || !Object.keys(activites).length) {
      return {};
    }
    var order = Object.keys(labels)
      .filter(function (key) {
        return Object.prototype.hasOwnProperty.call(activites, key);
      })
      .concat(
        Object.keys(activites)
          .filter(function (key) {
            return !Object.prototype.hasOwnProperty.call(labels, key);
          })
          .sort()
      );
    var values = {};
    this.c.textes.forEach(function (name) {
      values[name] = [];
    });
    values.suites = [];
    order.forEach(function (key) {
      var note = activites[key];
      self.c.textes.forEach(function (name) {
        if (strip(note[name] || "")) {
          values[name].push(self.label(key, note, labels) + "\u00a0:\n" + strip(note[name]));
        }
      });
      (note.suites || []).forEach(function (row) {
        values.suites.push(
          self.c.suites.map(function (name) {
            return Object.prototype.hasOwnProperty.call(row, name) ? row[name] : "";
          })
        );
      });
    });
    return values;
  };

  if (typeof module === "object" && module.exports) {
    module.exports = GuideNotes;
  } else {
    root.GuideNotes = GuideNotes;
    document.dispatchEvent(new Event("guide:module"));
  }
})(this);
