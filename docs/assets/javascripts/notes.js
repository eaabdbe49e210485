/*
 * « Notes de réunion » (guide/notes.py writes the page: one form per activity, the contract,
 * the activities' labels and instants): the notes typed here are kept in this browser
 * (GuideStorage, name « notes »: { auteur, activites }), exported and imported as a file
 * (files.js), merged with another member's by notes-rules.js (never a text lost). The
 * activity under way (window.guideNow in tests, else the clock) is named first, with a link
 * to its notes; an activity named by the address (#notes-…, from « Aujourd'hui ») opens.
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var files = window.GuideFiles;

  function now() {
    var injected = Date.parse(window.guideNow);
    return isNaN(injected) ? Date.now() : injected;
  }

  function plural(count, word) {
    return count + "\u00a0" + word + (count > 1 ? "s" : "");
  }

  function setUp() {
    var root = document.querySelector("[data-guide-notes]");
    if (!root || root.hasAttribute("data-guide-ready")) {
      return;
    }
    root.setAttribute("data-guide-ready", "");
    var data = JSON.parse(root.getAttribute("data-guide-notes"));
    var contract = data.contrat;
    var rules = new window.GuideNotes(contract);
    var kind = rules.fileKind(data.site);
    var status = root.querySelector("[data-guide-notes-status]");
    var message = root.querySelector("[data-guide-notes-message]");
    var authorInput = root.querySelector("[data-guide-notes-author]");
    var fileInput = root.querySelector("[data-guide-notes-file]");
    var sections = Array.from(root.querySelectorAll("[data-guide-notes-key]"));

    function isValid(value) {
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        return false;
      }
      var file = Object.assign({ format: contract.format, version: contract.version }, value);
      return rules.check(file, "stockage").length === 0;
    }

    function load() {
      var stored = guide.read(contract.stockage, isValid) || {};
      return { auteur: stored.auteur || "", activites: stored.activites || {} };
    }

    var state = load();

    function noted() {
      return Object.keys(state.activites).length;
    }

    function current() {
      var time = now();
      var found = null;
      Object.keys(data.moments).forEach(function (key) {
        var moment = data.moments[key];
        if (moment[0] <= time && time < moment[1]) {
          found = key;
        }
      });
      return found;
    }

    function showStatus() {
      var parts = [];
      if (!guide.available) {
        parts.push(
          guide.strings.storageBlocked +
            "\u00a0: vos notes restent dans cette page tant qu'elle est ouverte. Exportez-les " +
            "avant de la fermer."
        );
      } else if (guide.failed) {
        parts.push(guide.failed + ". Exportez vos notes pour ne pas perdre les dernières.");
      } else {
        parts.push(
          "Vos notes sont gardées dans ce navigateur, sur cet appareil (" +
            (noted() ? plural(noted(), "activité") + " notée" + (noted() > 1 ? "s" : "") : "aucune pour l'instant") +
            ")."
        );
      }
      status.textContent = parts.join(" ");
      var key = current();
      if (key) {
        status.appendChild(document.createTextNode(" En ce moment\u00a0: "));
        var link = document.createElement("a");
        link.href = "#" + sections.filter(function (s) {
          return s.getAttribute("data-guide-notes-key") === key;
        })[0].id;
        link.textContent = data.libelles[key];
        status.appendChild(link);
        status.appendChild(document.createTextNode("."));
      }
    }

    function rowElement(section, row, index) {
      var group = document.createElement("div");
      group.className = "guide-notes__step";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Suite " + (index + 1));
      data.suites.forEach(function (pair) {
        var id = section.id + "-suite-" + index + "-" + pair[0];
        var field = document.createElement("p");
        var label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = pair[1];
        var input = document.createElement("input");
        input.type = "text";
        input.id = id;
        input.maxLength = contract.limites.short;
        input.setAttribute("data-guide-step", pair[0]);
        input.value = row[pair[0]] || "";
        field.appendChild(label);
        field.appendChild(input);
        group.appendChild(field);
      });
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button guide-notes__remove";
      remove.setAttribute("data-guide-notes-remove", "");
      remove.textContent = "Retirer cette suite";
      group.appendChild(remove);
      return group;
    }

    function renumber(section) {
      section.querySelectorAll(".guide-notes__step").forEach(function (group, index) {
        group.setAttribute("aria-label", "Suite " + (index + 1));
      });
    }

    function mark(section, note) {
      section.querySelector("[data-guide-notes-mark]").textContent = note ? "(notes prises)" : "";
    }

    function fill() {
      authorInput.value = state.auteur;
      sections.forEach(function (section) {
        var note = state.activites[section.getAttribute("data-guide-notes-key")];
        section.querySelectorAll("[data-guide-note]").forEach(function (area) {
          area.value = (note && note[area.getAttribute("data-guide-note")]) || "";
        });
        var rows = section.querySelector("[data-guide-notes-rows]");
        rows.textContent = "";
        ((note && note.suites) || []).forEach(function (row, index) {
          rows.appendChild(rowElement(section, row, index));
        });
        mark(section, note);
      });
      showStatus();
    }

    function save() {
      var kept = { activites: state.activites };
      if (state.auteur) {
        kept.auteur = state.auteur;
      }
      guide.write(contract.stockage, kept);
      showStatus();
    }

    // The note of one activity, from its form: only what is typed.
    function collect(section) {
      var key = section.getAttribute("data-guide-notes-key");
      var note = {};
      section.querySelectorAll("[data-guide-note]").forEach(function (area) {
        if (area.value.trim()) {
          note[area.getAttribute("data-guide-note")] = area.value;
        }
      });
      var rows = [];
      section.querySelectorAll(".guide-notes__step").forEach(function (group) {
        var row = {};
        group.querySelectorAll("[data-guide-step]").forEach(function (input) {
          if (input.value.trim()) {
            row[input.getAttribute("data-guide-step")] = input.value;
          }
        });
        if (Object.keys(row).length) {
          rows.push(row);
        }
      });
      if (rows.length) {
        note.suites = rows;
      }
      if (Object.keys(note).length) {
        note.intitule = section.getAttribute("data-guide-notes-title");
        state.activites[key] = note;
      } else {
        delete state.activites[key];
      }
      mark(section, state.activites[key]);
      save();
    }

    function say(text) {
      message.textContent = text;
    }

    function exportNotes() {
      var content = { auteur: state.auteur, activites: state.activites };
      var name = files.exportFile(kind, content);
      say(
        "Notes exportées dans le fichier «\u00a0" + name + "\u00a0» (" + plural(noted(), "activité") +
          ")\u00a0: envoyez-le aux autres membres de la délégation, ou gardez-le pour le compte rendu."
      );
    }

    function importNotes(file) {
      files.importFile(file, kind).then(function (result) {
        if (result.error) {
          say("«\u00a0" + file.name + "\u00a0»\u00a0: " + result.error + " Rien n'a été changé.");
          return;
        }
        var problems = rules.check(result.data, file.name);
        if (problems.length) {
          say(problems.slice(0, 5).join(" ") + " Rien n'a été changé.");
          return;
        }
        var who = rules.author(result.data, file.name);
        var mine = state.auteur.trim() || contract.cet_appareil;
        var merged = rules.merge(state.activites, result.data.activites, mine, who);
        var before = JSON.stringify(state.activites);
        state.activites = merged.activites;
        if (JSON.stringify(state.activites) === before) {
          say("Notes de «\u00a0" + who + "\u00a0» (fichier «\u00a0" + file.name + "\u00a0»)\u00a0: rien de nouveau, vos notes les contiennent déjà.");
          return;
        }
        save();
        fill();
        var parts = [plural(merged.summary.ajoutees, "activité") + " ajoutée" + (merged.summary.ajoutees > 1 ? "s" : "")];
        if (merged.summary.doubles) {
          parts.push(
            plural(merged.summary.doubles, "texte") + " différent" + (merged.summary.doubles > 1 ? "s" : "") +
              " gardé" + (merged.summary.doubles > 1 ? "s" : "") + " en deux versions, chacune sous le nom de son auteur"
          );
        }
        say("Notes de «\u00a0" + who + "\u00a0» importées (fichier «\u00a0" + file.name + "\u00a0»)\u00a0: " + parts.join(", ") + ".");
      });
    }

    fill();

    // From « Aujourd'hui »: the activity named by the address opens.
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("[data-guide-notes-key]")) {
      target.open = true;
      target.scrollIntoView();
    }
    root.querySelector(".guide-notes__programme").removeAttribute("data-guide-loading");

    root.addEventListener("input", function (event) {
      if (event.target === authorInput) {
        state.auteur = authorInput.value;
        save();
        return;
      }
      var section = event.target.closest("[data-guide-notes-key]");
      if (section) {
        collect(section);
      }
    });
    root.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("button");
      if (!button) {
        var link = event.target.closest && event.target.closest("[data-guide-notes-status] a");
        var shown = link && document.getElementById(link.hash.slice(1));
        if (shown) {
          shown.open = true;
        }
        return;
      }
      var section = button.closest("[data-guide-notes-key]");
      if (button.hasAttribute("data-guide-notes-add")) {
        var rows = section.querySelector("[data-guide-notes-rows]");
        var group = rowElement(section, {}, rows.children.length);
        rows.appendChild(group);
        group.querySelector("input").focus();
      } else if (button.hasAttribute("data-guide-notes-remove")) {
        button.closest(".guide-notes__step").remove();
        renumber(section);
        collect(section);
        section.querySelector("[data-guide-notes-add]").focus();
      } else if (button.hasAttribute("data-guide-notes-export")) {
        exportNotes();
      } else if (button.hasAttribute("data-guide-notes-import")) {
        fileInput.click();
      }
    });
    fileInput.addEventListener("change", function () {
      if (fileInput.files.length) {
        importNotes(fileInput.files[0]);
        fileInput.value = "";
      }
    });
    document.addEventListener("guide:storage", showStatus);
    guide.onChange(contract.stockage, function () {
      state = load();
      fill();
    });
  }

  guide.onPage(setUp);
}, ["GuideFiles", "GuideNotes"]);
