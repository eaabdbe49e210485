/*
 * The compte rendu's page (guide/documents/report.py, guide/notes.py `report_panel`): puts the
 * meeting notes of this device (GuideStorage « notes », typed on the « Notes de réunion »
 * page), and those of the files the reader adds, into the document, where the build left
 * their places: the lists `notes.presents`, `notes.francais`, `notes.partenaire`,
 * `notes.decisions` and the table of next steps (`suites`), as the .docx of
 * `make compte-rendu` has them (the lines come from notes-rules.js `reportValues`, proven
 * equal to guide/notes.py). Added files are merged for this page only: nothing is stored,
 * sent or published.
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var files = window.GuideFiles;

  function plural(count, word) {
    return count + "\u00a0" + word + (count > 1 ? "s" : "");
  }

  // A text of several lines, as the printable page writes one (a <br> between lines).
  function lines(element, text) {
    text.split("\n").forEach(function (line, index) {
      if (index) {
        element.appendChild(document.createElement("br"));
      }
      element.appendChild(document.createTextNode(line));
    });
  }

  function setUp() {
    var panel = document.querySelector("[data-guide-report-notes]");
    if (!panel || panel.hasAttribute("data-guide-ready")) {
      return;
    }
    panel.setAttribute("data-guide-ready", "");
    var data = JSON.parse(panel.getAttribute("data-guide-report-notes"));
    var contract = data.contrat;
    var rules = new window.GuideNotes(contract);
    var status = panel.querySelector("[data-guide-report-status]");
    var input = panel.querySelector("[data-guide-report-file]");
    var kind = rules.fileKind(data.site);
    var places = {};
    contract.textes.forEach(function (name) {
      var list = document.querySelector('[data-liste="notes.' + name + '"]');
      if (list) {
        places[name] = { element: list, blank: list.innerHTML, className: list.className };
      }
    });
    var table = document.querySelector('table[data-liste="suites"]');
    var body = table && table.tBodies[0];
    var planned = body ? body.innerHTML : "";
    var blankTable = table ? table.className : "";

    function isValid(value) {
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        return false;
      }
      var file = Object.assign({ format: contract.format, version: contract.version }, value);
      return rules.check(file, "stockage").length === 0;
    }

    var stored = guide.read(contract.stockage, isValid) || {};
    var activites = stored.activites || {};
    var author = (stored.auteur || "").trim() || contract.cet_appareil;
    var added = [];

    function show() {
      var values = rules.reportValues(activites, data.libelles);
      Object.keys(places).forEach(function (name) {
        var place = places[name];
        var found = values[name] || [];
        if (!found.length) {
          place.element.innerHTML = place.blank; // the build's own lines to fill
          place.element.className = place.className;
          return;
        }
        place.element.textContent = "";
        place.element.className = "terms-list";
        found.forEach(function (text) {
          var item = document.createElement("li");
          lines(item, text);
          place.element.appendChild(item);
        });
      });
      if (body) {
        var rows = values.suites || [];
        body.innerHTML = planned;
        table.className = blankTable;
        if (rows.length) {
          if (blankTable.indexOf("terms-table-blank") !== -1) {
            body.textContent = ""; // the empty rows to fill by hand give way to the notes'
            table.className = "terms-table";
          }
          var titles = Array.from(table.tHead.rows[0].cells).map(function (cell) {
            return cell.textContent;
          });
          rows.forEach(function (row) {
            var tr = document.createElement("tr");
            row.forEach(function (value, index) {
              var cell = document.createElement("td");
              cell.setAttribute("data-titre", titles[index]);
              cell.textContent = value;
              tr.appendChild(cell);
            });
            body.appendChild(tr);
          });
        }
      }
      var count = Object.keys(activites).length;
      var text;
      if (!count) {
        text =
          "Aucune note de réunion sur cet appareil" +
          (guide.available ? "" : " (" + guide.strings.storageBlocked + ")") +
          "\u00a0: le document garde ses lignes à remplir.";
      } else {
        text =
          "Le document ci-dessous contient les notes de " + plural(count, "activité") +
          (added.length ? " (cet appareil et " + added.map(function (name) {
            return "«\u00a0" + name + "\u00a0»";
          }).join(", ") + ")" : " de cet appareil") + ".";
      }
      status.textContent = text;
    }

    function addFiles(list) {
      var messages = [];
      var chain = Promise.resolve();
      Array.from(list).forEach(function (file) {
        chain = chain.then(function () {
          return files.importFile(file, kind).then(function (result) {
            if (result.error) {
              messages.push("«\u00a0" + file.name + "\u00a0»\u00a0: " + result.error);
              return;
            }
            var problems = rules.check(result.data, file.name);
            if (problems.length) {
              messages.push(problems.slice(0, 3).join(" "));
              return;
            }
            var merged = rules.merge(activites, result.data.activites, author, rules.author(result.data, file.name));
            activites = merged.activites;
            added.push(file.name);
          });
        });
      });
      chain.then(function () {
        show();
        if (messages.length) {
          status.textContent += " " + messages.join(" ") + " Ce fichier n'a pas été ajouté.";
        }
      });
    }

    show();
    panel.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("[data-guide-report-import]")) {
        input.click();
      }
    });
    input.addEventListener("change", function () {
      if (input.files.length) {
        addFiles(input.files);
        input.value = "";
      }
    });
  }

  guide.onPage(setUp);
}, ["GuideFiles", "GuideNotes"]);
