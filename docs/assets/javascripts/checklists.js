/*
 * Interactive checklists that keep their ticks (plain JavaScript, no framework, no build step).
 *
 * Tasks are found in two forms:
 *   - guide pages: Material's `li.task-list-item[id]`, whose disabled checkbox sits in
 *     `label.task-list-control`. The box is enabled and the task's text moved into the label,
 *     so clicking the text ticks the box and the text is the checkbox's accessible name;
 *   - any other page (e.g. the printable checklist): an element `[data-task-id="<id>"]`
 *     containing an `<input type="checkbox">`.
 * Ticks are kept in localStorage under the task IDs, so they survive reloads, instant
 * navigation and new versions of the guide (inserted, reordered or reworded tasks). Ticks of
 * tasks that no longer exist stay stored but are not counted: counts only cover the IDs present
 * on the page (`data-task-ids` on the home page, written at build time by macros/progress.py).
 *
 * Loaded by the page templates of pages with tasks (overrides/tasks.html, chosen in the page's
 * front matter), with the guide's core (guide.js: storage, page set-up, file download, shared
 * strings), which it declares it needs by handing its code to it (window.guideScripts).
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var read = guide.read;
  var write = guide.write;
  var remove = guide.remove;
  var onChange = guide.onChange;
  var onPage = guide.onPage;
  var BASE = new URL(guide.siteUrl);

  /* ----- Ticks ---------------------------------------------------------------------------- */

  var STATE = "checklist"; // stored as {"version": 1, "done": ["task-id", ...]}
  var EXPORT_FORMAT = "mission-exploratoire/progression";
  var EXPORT_VERSION = 1;
  var TASK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var STORAGE_NOTICE =
    guide.strings.storageBlocked +
    " : vos coches restent le temps de la visite mais ne seront pas conservées.";

  function isTaskId(value) {
    return typeof value === "string" && TASK_ID.test(value);
  }

  function isState(value) {
    return (
      value !== null &&
      typeof value === "object" &&
      value.version === 1 &&
      Array.isArray(value.done) &&
      value.done.every(isTaskId)
    );
  }

  function loadDone() {
    var state = read(STATE, isState);
    return new Set(state ? state.done : []);
  }

  function saveDone(done) {
    write(STATE, { version: 1, done: Array.from(done).sort() });
  }

  function countLabel(done, total) {
    return done + " / " + total + (total > 1 ? " tâches faites" : " tâche faite");
  }

  function plural(count, one, many) {
    return count + " " + (count > 1 ? many : one);
  }

  /* ----- The page's tasks ----------------------------------------------------------------- */

  var BLOCK = /^(UL|OL|P|DIV|TABLE|PRE|BLOCKQUOTE|DL|FIGURE)$/;

  // autocomplete=off: the browser must not restore an old state of the box on Back, over
  // the stored ticks (Chromium restores form controls after the page is read).
  function enableBox(input, id) {
    input.disabled = false;
    input.autocomplete = "off";
    input.setAttribute("data-guide-task", id);
  }

  // Make Material's task item clickable: enable the box, move the item's own text (not its
  // sub-list) into the label.
  function enhanceItem(item, input) {
    if (input.hasAttribute("data-guide-task")) {
      return;
    }
    var label = input.parentNode;
    var text = document.createElement("span");
    text.className = "task-list-text";
    var node = label.nextSibling;
    while (node && !(node.nodeType === 1 && BLOCK.test(node.nodeName))) {
      var next = node.nextSibling;
      text.appendChild(node);
      node = next;
    }
    if (text.firstChild && text.firstChild.nodeType === 3) {
      text.firstChild.nodeValue = text.firstChild.nodeValue.replace(/^\s+/, "");
    }
    label.appendChild(text);
    enableBox(input, item.id);
  }

  function setUpBoxes() {
    document.querySelectorAll("li.task-list-item[id]").forEach(function (item) {
      var input = item.querySelector(":scope > label.task-list-control > input[type=checkbox]");
      if (input && isTaskId(item.id)) {
        enhanceItem(item, input);
      }
    });
    document.querySelectorAll("[data-task-id]").forEach(function (row) {
      var id = row.getAttribute("data-task-id");
      var input = row.querySelector("input[type=checkbox]");
      if (input && isTaskId(id)) {
        enableBox(input, id);
      }
    });
  }

  function storageNotice() {
    var notice = document.createElement("p");
    notice.className = "guide-storage-notice";
    notice.setAttribute("data-guide-storage-notice", "");
    notice.textContent = STORAGE_NOTICE;
    notice.hidden = true;
    return notice;
  }

  // "N / M tâches faites" and "Tout décocher sur cette page" under the page's title are
  // rendered at build time (macros/progress.py, page_tools); add the storage notice to them.
  function setUpPageTools() {
    var tools = document.querySelector("[data-guide-page-progress]");
    if (tools && !tools.querySelector("[data-guide-storage-notice]")) {
      tools.appendChild(storageNotice());
    }
  }

  // The home page's section (macros/progress.py): show its buttons.
  function setUpSection() {
    document.querySelectorAll("[data-guide-progress]").forEach(function (section) {
      var actions = section.querySelector("[data-guide-progress-actions]");
      if (actions) {
        actions.hidden = false;
      }
      if (!section.querySelector("[data-guide-storage-notice]")) {
        section.appendChild(storageNotice());
      }
    });
  }

  function pageTaskIds() {
    var ids = [];
    document.querySelectorAll("input[data-guide-task]").forEach(function (input) {
      ids.push(input.getAttribute("data-guide-task"));
    });
    return Array.from(new Set(ids));
  }

  // Show the stored ticks everywhere on the page: boxes, counts, bars, buttons, notices.
  function render() {
    var done = loadDone();
    document.querySelectorAll("input[data-guide-task]").forEach(function (input) {
      input.checked = done.has(input.getAttribute("data-guide-task"));
    });
    document.querySelectorAll("[data-task-ids]").forEach(function (count) {
      var ids = Array.from(new Set(count.getAttribute("data-task-ids").split(/\s+/)));
      ids = ids.filter(isTaskId);
      var ticked = ids.filter(function (id) {
        return done.has(id);
      }).length;
      var text = countLabel(ticked, ids.length);
      if (count.textContent !== text) {
        count.textContent = text; // only on change: the page's count is a live region
      }
      var bar = count.nextElementSibling;
      var fill = bar && bar.querySelector(".guide-progress__fill");
      if (fill) {
        fill.style.width = ids.length ? (100 * ticked) / ids.length + "%" : "0";
      }
      count.classList.toggle("guide-progress__count--complete", ids.length > 0 && ticked === ids.length);
    });
    var onPage = pageTaskIds().filter(function (id) {
      return done.has(id);
    }).length;
    document.querySelectorAll("[data-guide-action=reset-page]").forEach(function (button) {
      button.disabled = onPage === 0;
    });
    document.querySelectorAll("[data-guide-action=reset-all]").forEach(function (button) {
      button.disabled = done.size === 0;
    });
    document.querySelectorAll("[data-guide-storage-notice]").forEach(function (notice) {
      notice.hidden = guide.available;
    });
  }

  function setUp() {
    setUpBoxes();
    setUpPageTools();
    setUpSection();
    render();
  }

  /* ----- Reset -------------------------------------------------------------------------- */

  function resetPage() {
    var done = loadDone();
    var ids = pageTaskIds().filter(function (id) {
      return done.has(id);
    });
    if (!ids.length) {
      return;
    }
    var what = ids.length > 1 ? "les " + ids.length + " tâches cochées" : "la tâche cochée";
    var question = "Décocher " + what + " de cette page ? Les autres pages ne changent pas.";
    if (!window.confirm(question)) {
      return;
    }
    ids.forEach(function (id) {
      done.delete(id);
    });
    saveDone(done);
    render();
  }

  function resetAll(section) {
    var done = loadDone();
    if (!done.size) {
      return;
    }
    var question =
      "Décocher toutes les tâches du guide (" + plural(done.size, "coche", "coches") +
      ") ? Vous ne pourrez pas revenir en arrière ; pour garder une copie, exportez d'abord " +
      "votre progression.";
    if (!window.confirm(question)) {
      return;
    }
    remove(STATE);
    render();
    showMessage(section, "Toutes les tâches du guide ont été décochées.");
  }

  /* ----- Export / import ---------------------------------------------------------------- */

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

  function slug(text) {
    return (
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "guide"
    );
  }

  function exportProgress(section) {
    var done = loadDone();
    var now = new Date();
    var data = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      site: siteName(section),
      address: BASE.protocol === "file:" ? null : BASE.href,
      exported: now.toISOString(),
      done: Array.from(done).sort(),
    };
    var name = "progression-" + slug(siteName(section)) + "-" + now.toISOString().slice(0, 10) + ".json";
    guide.download(name, JSON.stringify(data, null, 2) + "\n", "application/json");
    showMessage(
      section,
      "Progression exportée dans le fichier « " + name + " » (" +
        plural(done.size, "tâche cochée", "tâches cochées") + ")."
    );
  }

  // The file's data, or an error message in French; nothing is changed here.
  function parseExport(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { error: "Ce fichier est illisible : ce n'est pas un fichier JSON, ou il est endommagé." };
    }
    if (data === null || typeof data !== "object" || data.format !== EXPORT_FORMAT) {
      return {
        error:
          "Ce fichier n'est pas une progression exportée depuis ce guide (bouton « Exporter " +
          "ma progression »).",
      };
    }
    if (data.version !== EXPORT_VERSION) {
      return {
        error:
          "Ce fichier a été exporté dans une autre version du format (version « " +
          String(data.version).slice(0, 20) + " ») : ce guide ne lit que la version " +
          EXPORT_VERSION + ".",
      };
    }
    if (!Array.isArray(data.done) || !data.done.every(isTaskId)) {
      return { error: "Ce fichier est endommagé : la liste des tâches faites est illisible." };
    }
    return { data: data };
  }

  function taskIndex() {
    var holder = document.querySelector("[data-task-index]");
    try {
      return holder ? JSON.parse(holder.getAttribute("data-task-index")) : {};
    } catch (error) {
      return {};
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function taskList(ids, index) {
    var list = element("ul");
    ids.forEach(function (id) {
      var task = index[id];
      list.appendChild(element("li", "", task.text + " (" + task.part + ")"));
    });
    return list;
  }

  function formatDate(value) {
    var date = typeof value === "string" ? new Date(value) : null;
    if (!date || isNaN(date.getTime())) {
      return "à une date inconnue";
    }
    return (
      "le " + date.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" }) +
      " à " + date.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" })
    );
  }

  // Show what the import will change, in a modal dialog; apply only when confirmed.
  function previewImport(section, data, trigger) {
    var index = taskIndex();
    var current = loadDone();
    var incoming = new Set(data.done);
    var known = function (id) {
      return Object.prototype.hasOwnProperty.call(index, id);
    };
    var toTick = Array.from(incoming).filter(function (id) {
      return known(id) && !current.has(id);
    });
    var toUntick = Array.from(current).filter(function (id) {
      return known(id) && !incoming.has(id);
    });
    var unknown = Array.from(incoming).filter(function (id) {
      return !known(id);
    });
    var unchanged =
      current.size === incoming.size &&
      Array.from(incoming).every(function (id) {
        return current.has(id);
      });
    if (unchanged) {
      showMessage(section, "Ce fichier ne change rien : votre progression est déjà la même.");
      return;
    }

    var dialog = element("dialog", "guide-dialog md-typeset");
    dialog.setAttribute("aria-labelledby", "guide-import-title");
    var form = element("form");
    form.method = "dialog";
    form.appendChild(element("h2", "", "Importer cette progression ?")).id = "guide-import-title";
    var origin = typeof data.site === "string" && data.site ? data.site : "un site inconnu";
    form.appendChild(
      element("p", "", "Fichier exporté " + formatDate(data.exported) + " depuis « " + origin + " ».")
    );
    if (origin !== siteName(section)) {
      form.appendChild(
        element(
          "p",
          "guide-dialog__warning",
          "Attention : ce fichier vient d'un autre site que celui-ci (« " + siteName(section) +
            " ») ; seules les tâches qui portent le même identifiant seront cochées."
        )
      );
    }
    form.appendChild(element("p", "", "L'import remplace votre progression actuelle :"));
    if (toTick.length) {
      form.appendChild(element("h3", "", plural(toTick.length, "tâche sera cochée", "tâches seront cochées")));
      form.appendChild(taskList(toTick, index));
    }
    if (toUntick.length) {
      form.appendChild(
        element("h3", "", plural(toUntick.length, "tâche sera décochée", "tâches seront décochées"))
      );
      form.appendChild(taskList(toUntick, index));
    }
    if (!toTick.length && !toUntick.length) {
      form.appendChild(element("p", "", "Aucune tâche de cette version du guide ne change."));
    }
    if (unknown.length) {
      form.appendChild(
        element(
          "p",
          "",
          plural(unknown.length, "coche concerne", "coches concernent") +
            " des tâches absentes de cette version du guide : elles seront gardées, sans être comptées."
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
      if (applied) {
        saveDone(incoming);
        render();
        showMessage(
          section,
          "Progression importée : " + plural(incoming.size, "tâche cochée", "tâches cochées") + "."
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
    var refuse = function (text) {
      showMessage(section, text + " Rien n'a été modifié.", true);
    };
    if (file.size > 1000000) {
      refuse("Ce fichier est trop gros pour être une progression exportée depuis ce guide.");
      return;
    }
    file.text().then(
      function (text) {
        var result = parseExport(text);
        if (result.error) {
          refuse(result.error);
        } else {
          previewImport(section, result.data, trigger);
        }
      },
      function () {
        refuse("Ce fichier n'a pas pu être lu.");
      }
    );
  }

  /* ----- Events (on the document: they survive instant navigation) ---------------------- */

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement)) {
      return;
    }
    if (input.hasAttribute("data-guide-task")) {
      var done = loadDone();
      var id = input.getAttribute("data-guide-task");
      if (input.checked) {
        done.add(id);
      } else {
        done.delete(id);
      }
      saveDone(done);
      render();
    } else if (input.hasAttribute("data-guide-import-file") && input.files.length) {
      var section = input.closest("[data-guide-progress]");
      importFile(section, input.files[0], section.querySelector("[data-guide-action=import]"));
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element && event.target.closest("[data-guide-action]");
    if (!button) {
      return;
    }
    var section = button.closest("[data-guide-progress]");
    switch (button.getAttribute("data-guide-action")) {
      case "reset-page":
        resetPage();
        break;
      case "reset-all":
        resetAll(section);
        break;
      case "export":
        exportProgress(section);
        break;
      case "import":
        var file = section.querySelector("[data-guide-import-file]");
        file.value = "";
        file.click();
        break;
    }
  });

  onChange(STATE, render); // ticks changed in another tab
  window.addEventListener("pageshow", render); // Back/Forward (cache): show the ticks of now

  onPage(setUp);
});
