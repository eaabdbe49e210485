/*
 * The home page's progress section (guide/progress.py) and countdown (guide/pages.py,
 * mission_banner): plain JavaScript, loaded by checklists.js only on a page that has them.
 *
 *   - « J-45 avant le départ », « mission en cours », « retour il y a 12 jours »;
 *   - the late tasks and the next five deadlines (neither done nor « sans objet »);
 *   - « Exporter ma progression » (a JSON file), « Importer une progression… » and
 *     « Partager ma progression » (the states in the link's fragment: nothing is sent), both
 *     shown in the same preview, applied only once confirmed;
 *   - « Tout décocher dans le guide ».
 *
 * The states, the task index and today come from checklists.js (window.GuideTasks), the
 * file's shape and checks from files.js (window.GuideFiles).
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var tasks = window.GuideTasks;
  var files = window.GuideFiles;
  var DONE = tasks.DONE;
  var NA = tasks.NA;
  var ISO_DATE = tasks.ISO_DATE;
  var EXPORT_FORMAT = "mission-exploratoire/progression";
  var EXPORT_VERSION = 2;
  var french = tasks.french;
  var element = tasks.element;
  var plural = tasks.plural;
  var pad = tasks.pad;
  var today = tasks.today;
  var days = tasks.days;
  var dueText = tasks.dueText;
  var taskIndex = tasks.index;
  var taskUrl = tasks.taskUrl;
  var statuses = tasks.statuses;
  var statusIn = tasks.statusIn;
  var settled = tasks.settled;
  var toLists = tasks.toLists;
  var toMap = tasks.toMap;
  var isIdList = tasks.isIdList;
  var replaceAll = tasks.replaceAll;
  var untick = tasks.untick;
  var render = tasks.render;
  var storageNotice = tasks.storageNotice;

  // The home page's section (guide/progress.py): show its buttons, add « Partager ».
  function setUpSection() {
    document.querySelectorAll("[data-guide-progress]").forEach(function (section) {
      var actions = section.querySelector("[data-guide-progress-actions]");
      if (actions) {
        actions.hidden = false;
        if (!actions.querySelector("[data-guide-action=share]")) {
          var share = element("button", "md-button", "Partager ma progression");
          share.type = "button";
          share.setAttribute("data-guide-action", "share");
          var file = actions.querySelector("[data-guide-import-file]");
          actions.insertBefore(share, file ? file.nextSibling : null);
        }
      }
      if (!section.querySelector("[data-guide-storage-notice]")) {
        section.appendChild(storageNotice());
      }
      if (!section.querySelector("[data-guide-upcoming]")) {
        var upcoming = element("div", "guide-upcoming");
        upcoming.setAttribute("data-guide-upcoming", "");
        upcoming.hidden = true;
        section.insertBefore(upcoming, section.firstChild);
      }
    });
    document.querySelectorAll(".mission-banner[data-mission-debut]").forEach(function (banner) {
      if (!banner.querySelector("[data-mission-countdown]")) {
        var countdown = element("strong", "mission-countdown");
        countdown.setAttribute("data-mission-countdown", "");
        banner.appendChild(countdown);
      }
    });
  }

  // « J-45 avant le départ », « mission en cours », « retour il y a 12 jours ».
  function countdownText(start, end) {
    var now = today();
    var before = days(now, start);
    if (before > 0) {
      return "J-" + before + " avant le départ";
    }
    var since = days(end, now);
    if (since <= 0) {
      return "mission en cours";
    }
    return since === 1 ? "retour hier" : "retour il y a " + french.plural(since, "jour");
  }

  function upcomingItem(id, task) {
    var item = element("li");
    var link = item.appendChild(element("a", "", cleanText(task.text)));
    link.href = taskUrl(id);
    var details = [task.deadline_text || task.deadline, dueText(task.deadline)];
    if (task.owner) {
      details.push(task.owner);
    }
    item.appendChild(document.createTextNode(" — " + details.join(", ")));
    return item;
  }

  // The home page: the late tasks, then the next five deadlines (tasks not settled).
  function renderUpcoming(map) {
    var index = taskIndex();
    var now = today();
    var late = [];
    var next = [];
    Object.keys(index).forEach(function (id) {
      var task = index[id];
      if (!task || typeof task.deadline !== "string" || !ISO_DATE.test(task.deadline)) {
        return;
      }
      if (settled(statusIn(map, id))) {
        return;
      }
      (task.deadline < now ? late : next).push(id);
    });
    var byDate = function (a, b) {
      return index[a].deadline < index[b].deadline ? -1 : index[a].deadline > index[b].deadline ? 1 : 0;
    };
    late.sort(byDate);
    next = next.sort(byDate).slice(0, 5);
    document.querySelectorAll("[data-guide-upcoming]").forEach(function (box) {
      box.textContent = "";
      [
        [late, "En retard"],
        [next, "Prochaines échéances"],
      ].forEach(function (group) {
        if (group[0].length) {
          box.appendChild(element("h3", "", group[1]));
          var list = box.appendChild(element("ul"));
          group[0].forEach(function (id) {
            list.appendChild(upcomingItem(id, index[id]));
          });
        }
      });
      box.hidden = !box.firstChild;
    });
    document.querySelectorAll(".mission-banner[data-mission-debut]").forEach(function (banner) {
      var start = banner.getAttribute("data-mission-debut");
      var end = banner.getAttribute("data-mission-fin") || start;
      var countdown = banner.querySelector("[data-mission-countdown]");
      if (countdown && ISO_DATE.test(start) && ISO_DATE.test(end)) {
        countdown.textContent = countdownText(start, end);
      }
      // During the mission's days in its time zone (instants from the build), the line to
      // « Aujourd'hui » takes the countdown's room: nothing moves.
      var line = banner.querySelector(".mission-today");
      if (countdown && line) {
        var now = Date.parse(window.guideNow); // an ISO instant when a test sets the clock
        now = isNaN(now) ? Date.now() : now;
        var during =
          now >= Number(line.getAttribute("data-mission-from")) &&
          now < Number(line.getAttribute("data-mission-until"));
        line.hidden = !during;
        countdown.hidden = during;
      }
    });
  }

  /* ----- Reset ------------------------------------------------------------------------- */

  // Whether `id` is a task of this version of the guide: only those are counted (states of
  // other tasks are kept for another version, never shown as ticks).
  function known(id) {
    return Object.prototype.hasOwnProperty.call(taskIndex(), id);
  }

  function resetAll(section) {
    var map = statuses();
    var ids = Array.from(map.keys()).filter(function (id) {
      return map.get(id) === DONE && known(id);
    });
    if (!ids.length) {
      return;
    }
    var question =
      "Décocher toutes les tâches du guide (" + plural(ids.length, "coche", "coches") +
      ") ? Vous ne pourrez pas revenir en arrière ; pour garder une copie, exportez d'abord " +
      "votre progression.";
    if (!window.confirm(question)) {
      return;
    }
    var kept = untick(ids);
    render();
    showMessage(
      section,
      kept
        ? "Toutes les tâches du guide ont été décochées."
        : "Les tâches sont décochées pour cette visite, mais ce navigateur n'a pas pu l'enregistrer.",
      !kept
    );
  }

  /* ----- Export / import / share -------------------------------------------------------- */

  function showMessage(section, text, isError) {
    var message = section && section.querySelector("[data-guide-message]");
    if (message) {
      message.textContent = text;
      message.classList.toggle("guide-progress__message--error", Boolean(isError));
    }
  }

  function siteName(section) {
    return (section && section.getAttribute("data-site-name")) || document.title;
  }

  // The progress file (files.js writes and reads the guide's files).
  function fileKind(section) {
    return {
      format: EXPORT_FORMAT,
      versions: [1, EXPORT_VERSION],
      prefix: "progression",
      site: siteName(section),
      what: "une progression exportée depuis ce guide",
      button: "Exporter ma progression",
    };
  }

  // « 3 tâches cochées, 1 tâche sans objet »: the tasks of this guide only.
  function summary(lists) {
    var done = lists.done.filter(known).length;
    var notApplicable = lists.not_applicable.filter(known).length;
    var parts = [plural(done, "tâche cochée", "tâches cochées")];
    if (notApplicable) {
      parts.push(plural(notApplicable, "tâche sans objet", "tâches sans objet"));
    }
    return parts.join(", ");
  }

  function exportProgress(section) {
    var lists = toLists(statuses());
    var name = files.exportFile(fileKind(section), {
      done: lists.done,
      not_applicable: lists.not_applicable,
      todo: lists.todo,
    });
    showMessage(section, "Progression exportée dans le fichier « " + name + " » (" + summary(lists) + ").");
  }

  // The file's lists (checked by guide.js for its format and version), or an error message
  // in French; nothing is changed here.
  function readLists(data) {
    // The whole file is checked before anything is replaced: each list it has (version 1
    // only needs `done`) is a list of task IDs.
    var names = ["done", "not_applicable", "todo"];
    var damaged = names.some(function (name) {
      var required = name === "done" || data.version === 2;
      return (required || data[name] !== undefined) && !isIdList(data[name]);
    });
    if (damaged) {
      return { error: "Ce fichier est endommagé : la liste des tâches est illisible." };
    }
    var read = { site: data.site, exported: data.exported, done: data.done };
    // Version 1 had ticks only: its file says nothing of « sans objet ».
    read.not_applicable = data.version === 2 ? data.not_applicable : [];
    read.todo = data.version === 2 ? data.todo : [];
    return { data: read };
  }

  // « #progression&d=a,b&s=c&t=d&le=…&site=… »: the states in the address, never sent (a
  // fragment stays in the browser).
  function shareLink(section) {
    var lists = toLists(statuses());
    var params = new URLSearchParams();
    params.set("d", lists.done.join(","));
    params.set("s", lists.not_applicable.join(","));
    params.set("t", lists.todo.join(","));
    params.set("le", new Date().toISOString());
    params.set("site", siteName(section));
    var home = location.href.split("#")[0];
    return home + "#progression&" + params.toString();
  }

  function shareProgress(section) {
    var link = shareLink(section);
    var message = section.querySelector("[data-guide-message]");
    message.textContent = "";
    message.classList.remove("guide-progress__message--error");
    var id = "guide-lien-partage";
    var label = message.appendChild(element("label", "guide-share__label"));
    label.htmlFor = id;
    label.textContent =
      "Lien de votre progression (" + summary(toLists(statuses())) + ") : envoyez-le à qui doit " +
      "reprendre vos coches ; rien n'est envoyé à un serveur, tout est dans le lien. ";
    var field = message.appendChild(element("input", "guide-share__link"));
    field.id = id;
    field.readOnly = true;
    field.value = link;
    field.focus();
    field.select();
    var copied = message.appendChild(element("span", "guide-share__copied"));
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(
        function () {
          copied.textContent = " Lien copié.";
        },
        function () {
          copied.textContent = " Copiez-le (Ctrl+C).";
        }
      );
    } else {
      copied.textContent = " Copiez-le (Ctrl+C).";
    }
  }

  function parseLink(hash) {
    var params = new URLSearchParams(hash.replace(/^#/, ""));
    if (!params.has("progression")) {
      return null;
    }
    var split = function (name) {
      var value = params.get(name) || "";
      return value ? value.split(",") : [];
    };
    var data = {
      format: EXPORT_FORMAT,
      version: 2,
      site: params.get("site") || "",
      exported: params.get("le"),
      done: split("d"),
      not_applicable: split("s"),
      todo: split("t"),
    };
    return [data.done, data.not_applicable, data.todo].every(isIdList) ? data : { error: true };
  }

  function forgetLink() {
    history.replaceState(history.state, "", location.href.split("#")[0]);
  }

  // A shared link opened on the home page: the same preview as a file.
  function openSharedLink() {
    var section = document.querySelector("[data-guide-progress]");
    if (!section || document.querySelector("dialog.guide-dialog") || location.hash.indexOf("#progression") !== 0) {
      return;
    }
    var data = parseLink(location.hash);
    if (!data) {
      return;
    }
    if (data.error) {
      forgetLink();
      showMessage(section, "Ce lien de progression est endommagé : rien n'a été modifié.", true);
      return;
    }
    previewImport(section, data, null, true);
  }

  // A task's text as the page shows it: typographic apostrophe, no trailing « ; » of a list.
  function cleanText(text) {
    return String(text).replace(/'/g, "\u2019").replace(/\s*[;:,]$/, "");
  }

  // The tasks by their text, in the guide's order (the index's), each with its part.
  function taskList(ids, index) {
    var list = element("ul");
    var wanted = new Set(ids);
    Object.keys(index).forEach(function (id) {
      if (wanted.has(id)) {
        var item = list.appendChild(element("li", "", cleanText(index[id].text)));
        item.appendChild(element("span", "guide-dialog__part", " (" + index[id].part + ")"));
      }
    });
    return list;
  }

  // « le 1er décembre 2026 à 10 h 30 » (local time), as the rest of the site writes dates.
  function formatDate(value) {
    var date = typeof value === "string" ? new Date(value) : null;
    if (!date || isNaN(date.getTime())) {
      return "";
    }
    var iso = date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
    return " le " + french.date(iso) + " à " + french.time(pad(date.getHours()) + ":" + pad(date.getMinutes()));
  }

  // Show what the import will change, in a modal dialog; apply only when confirmed.
  function previewImport(section, data, trigger, fromLink) {
    var index = taskIndex();
    var current = statuses();
    var incoming = toMap(data);
    var changes = { done: [], not_applicable: [], untick: [], applies: [] };
    Object.keys(index).forEach(function (id) {
      var before = statusIn(current, id);
      var after = statusIn(incoming, id);
      if (before === after) {
        return;
      }
      changes[after === DONE ? "done" : after === NA ? "not_applicable" : before === DONE ? "untick" : "applies"].push(id);
    });
    var unknown = Array.from(incoming.keys()).filter(function (id) {
      return !known(id);
    });
    var changed = Object.keys(changes).some(function (name) {
      return changes[name].length;
    });
    var sameUnknown = unknown.every(function (id) {
      return current.get(id) === incoming.get(id);
    });
    var what = fromLink ? "Ce lien" : "Ce fichier";
    if (!changed && sameUnknown) {
      if (fromLink) {
        forgetLink();
      }
      showMessage(section, what + " ne change rien : votre progression est déjà la même.");
      return;
    }

    var dialog = element("dialog", "guide-dialog md-typeset");
    dialog.setAttribute("aria-labelledby", "guide-import-title");
    var form = element("form");
    form.method = "dialog";
    form.appendChild(element("h2", "", "Importer cette progression ?")).id = "guide-import-title";
    var origin = typeof data.site === "string" && data.site ? data.site : "un site inconnu";
    form.appendChild(
      element(
        "p",
        "",
        (fromLink ? "Lien de progression créé" : "Fichier exporté") + formatDate(data.exported) +
          " depuis « " + origin + " »."
      )
    );
    if (origin !== siteName(section)) {
      form.appendChild(
        element(
          "p",
          "guide-dialog__warning",
          "Attention : " + (fromLink ? "ce lien" : "ce fichier") + " vient d'un autre site que celui-ci (« " +
            siteName(section) + " ») ; seules les tâches qui portent le même identifiant changeront."
        )
      );
    }
    form.appendChild(element("p", "", "L'import remplace votre progression actuelle :"));
    var changesBox = form.appendChild(element("div", "guide-dialog__changes"));
    [
      ["done", "tâche sera cochée", "tâches seront cochées"],
      ["not_applicable", "tâche sera marquée « sans objet »", "tâches seront marquées « sans objet »"],
      ["untick", "tâche sera décochée", "tâches seront décochées"],
      ["applies", "tâche ne sera plus « sans objet »", "tâches ne seront plus « sans objet »"],
    ].forEach(function (spec) {
      var ids = changes[spec[0]];
      if (ids.length) {
        changesBox.appendChild(element("h3", "", plural(ids.length, spec[1], spec[2])));
        changesBox.appendChild(taskList(ids, index));
      }
    });
    if (!changed) {
      changesBox.appendChild(element("p", "", "Aucune tâche de cette version du guide ne change."));
    }
    if (unknown.length) {
      changesBox.appendChild(
        element(
          "p",
          "",
          plural(unknown.length, "état concerne", "états concernent") +
            " des tâches absentes de cette version du guide : ils seront gardés, sans être comptés."
        )
      );
    }
    var buttons = form.appendChild(element("p", "guide-dialog__buttons"));
    var apply = buttons.appendChild(element("button", "md-button md-button--primary", "Importer"));
    apply.value = "apply";
    var cancel = buttons.appendChild(element("button", "md-button", "Annuler"));
    cancel.value = "cancel";
    dialog.appendChild(form);
    document.body.appendChild(dialog);
    dialog.addEventListener("close", function () {
      var applied = dialog.returnValue === "apply";
      dialog.remove();
      if (fromLink) {
        forgetLink();
      }
      if (applied) {
        var kept = replaceAll(incoming);
        render();
        showMessage(
          section,
          kept
            ? "Progression importée : " + summary(toLists(incoming)) + "."
            : "Progression affichée pour cette visite seulement : ce navigateur n'a pas pu " +
                "l'enregistrer (stockage plein ou bloqué).",
          !kept
        );
      } else {
        showMessage(section, "Import annulé : rien n'a été modifié.");
      }
      if (trigger && trigger.isConnected) {
        trigger.focus();
      }
    });
    dialog.showModal();
    cancel.focus();
  }

  function importFile(section, file, trigger) {
    files.importFile(file, fileKind(section)).then(function (result) {
      result = result.error ? result : readLists(result.data);
      if (result.error) {
        showMessage(section, result.error + " Rien n'a été modifié.", true);
      } else {
        previewImport(section, result.data, trigger, false);
      }
    });
  }

  /* ----- Events (on the document: they survive instant navigation) ---------------------- */

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.hasAttribute("data-guide-import-file") && input.files.length) {
      var section = input.closest("[data-guide-progress]");
      importFile(section, input.files[0], section.querySelector("[data-guide-action=import]"));
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element && event.target.closest("[data-guide-action]");
    var section = button && button.closest("[data-guide-progress]");
    if (!section) {
      return;
    }
    switch (button.getAttribute("data-guide-action")) {
      case "reset-all":
        resetAll(section);
        break;
      case "export":
        exportProgress(section);
        break;
      case "share":
        shareProgress(section);
        break;
      case "import":
        var file = section.querySelector("[data-guide-import-file]");
        file.value = "";
        file.click();
        break;
    }
  });

  window.addEventListener("hashchange", openSharedLink);
  tasks.onRender(renderUpcoming);

  guide.onPage(function () {
    setUpSection();
    render(); // its notice and upcoming deadlines too
    openSharedLink();
  });
}, ["GuideTasks", "GuideFiles"]);
