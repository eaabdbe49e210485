/*
 * Interactive checklists that keep their ticks (plain JavaScript, no framework, no build step).
 *
 * Tasks are found in two forms:
 *   - guide pages: Material's `li.task-list-item[id]`, whose disabled checkbox sits in
 *     `label.task-list-control`. The box is enabled and the task's text moved into the label,
 *     so clicking the text ticks the box and the text is the checkbox's accessible name;
 *   - any other page (e.g. the printable checklist): an element `[data-task-id="<id>"]`
 *     containing an `<input type="checkbox">`.
 * Beside each box: a « Sans objet » toggle button (aria-pressed) for a task that does not apply
 * to this mission, and a link to the task itself.
 *
 * Each task's state is kept in localStorage under its ID: done, not applicable (« sans
 * objet »), or explicitly to do (which overrides a « sans objet » preset by mission.yml, the
 * task index's `not_applicable`). A task with no stored state takes the preset. The states
 * survive reloads, instant navigation and new versions of the guide; states of tasks that no
 * longer exist stay stored but are not counted: counts only cover the IDs present on the page
 * (`data-task-ids`, written at build time by guide/progress.py). Done and « sans objet » both
 * count as settled in every figure.
 *
 * Storage faults: the stored states are always read and shown, even when storage is full; a
 * change the browser refuses to store stays for the visit (merged with what other tabs store,
 * task by task) and a notice says so; nothing stored is overwritten by a partial state.
 *
 * Deadlines (task index `deadline`, guide pages' `<time>` in [data-task-plan]) are read against
 * this browser's today (window.guideToday when a test sets it, as an ISO date).
 *
 * window.GuideTasks (for schedule.js): status(id), index(), today(), days(fromIso, toIso),
 * french, onRender(fn).
 *
 * Loaded by the page templates of pages with tasks (overrides/tasks.html, chosen in the page's
 * front matter), with the guide's core (guide.js: storage, page set-up, file download, shared
 * strings) and french.js, which it declares it needs by handing its code to it
 * (window.guideScripts).
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var read = guide.read;
  var write = guide.write;
  var onChange = guide.onChange;
  var onPage = guide.onPage;
  var BASE = new URL(guide.siteUrl);

  /* ----- States --------------------------------------------------------------------------- */

  // Stored as {"version": 2, "done": [ids], "not_applicable": [ids], "todo": [ids]};
  // version 1 ({"version": 1, "done": [ids]}) is read too.
  var STATE = "checklist";
  var DONE = "done";
  var NA = "not_applicable";
  var TODO = "todo";
  var EXPORT_FORMAT = "mission-exploratoire/progression";
  var EXPORT_VERSION = 2;
  var TASK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var ISO_DATE = /^\d{4}-\d\d-\d\d$/;
  var STORAGE_NOTICE =
    guide.strings.storageBlocked +
    " : vos coches restent le temps de la visite mais ne seront pas conservées.";

  function isTaskId(value) {
    return typeof value === "string" && TASK_ID.test(value);
  }

  function isIdList(value) {
    return Array.isArray(value) && value.every(isTaskId);
  }

  function isState(value) {
    if (value === null || typeof value !== "object" || !isIdList(value.done)) {
      return false;
    }
    return value.version === 1 || (value.version === 2 && isIdList(value.not_applicable) && isIdList(value.todo));
  }

  // {done, not_applicable, todo} lists -> Map id -> state (a tick wins over the others).
  function toMap(lists) {
    var map = new Map();
    [TODO, NA, DONE].forEach(function (state) {
      (lists[state] || []).forEach(function (id) {
        map.set(id, state);
      });
    });
    return map;
  }

  function toLists(map) {
    var lists = { done: [], not_applicable: [], todo: [] };
    map.forEach(function (state, id) {
      lists[state].push(id);
    });
    Object.keys(lists).forEach(function (name) {
      lists[name].sort();
    });
    return lists;
  }

  // This visit's changes the browser refused to store: `replaced` (an import) stands for the
  // stored states, `pending` (id -> state, or null for « back to the preset ») applies on top.
  // Kept in this tab's sessionStorage (its own quota) until they are stored: they survive a
  // move to another page of the site, until the tab is closed.
  var replaced = null;
  var pending = new Map();
  var UNSAVED = guide.key("checklist-non-enregistre");

  function session() {
    try {
      return window.sessionStorage;
    } catch (error) {
      return null;
    }
  }

  function keepUnsaved() {
    var tab = session();
    try {
      if (!replaced && !pending.size) {
        tab.removeItem(UNSAVED);
      } else {
        var lists = replaced ? toLists(replaced) : null;
        tab.setItem(UNSAVED, JSON.stringify({ replaced: lists, pending: Array.from(pending) }));
      }
    } catch (error) {
      /* this visit's memory only */
    }
  }

  (function loadUnsaved() {
    try {
      var saved = JSON.parse(session().getItem(UNSAVED));
      var lists = saved && saved.replaced;
      if (saved && (!lists || isState({ version: 2, done: lists.done, not_applicable: lists.not_applicable, todo: lists.todo }))) {
        replaced = lists ? toMap(lists) : null;
        (saved.pending || []).forEach(function (entry) {
          if (isTaskId(entry[0]) && [DONE, NA, TODO, null].indexOf(entry[1]) >= 0) {
            pending.set(entry[0], entry[1]);
          }
        });
      }
    } catch (error) {
      /* nothing kept in this tab */
    }
  })();

  function storedMap() {
    var state = read(STATE, isState);
    return state ? toMap(state) : new Map();
  }

  function statuses() {
    var map = replaced ? new Map(replaced) : storedMap();
    pending.forEach(function (state, id) {
      if (state === null) {
        map.delete(id);
      } else {
        map.set(id, state);
      }
    });
    return map;
  }

  function persist() {
    var lists = toLists(statuses());
    var kept = write(STATE, { version: 2, done: lists.done, not_applicable: lists.not_applicable, todo: lists.todo });
    if (kept) {
      replaced = null;
      pending.clear();
    }
    keepUnsaved();
    return kept;
  }

  function preset(id) {
    var task = taskIndex()[id];
    return task && task.not_applicable === true ? NA : TODO;
  }

  function statusIn(map, id) {
    return map.get(id) || preset(id);
  }

  // Set one task's state; a state equal to the preset is not stored (the preset applies).
  function setStatus(id, state) {
    pending.set(id, state === preset(id) ? null : state);
    return persist();
  }

  function replaceAll(map) {
    replaced = map;
    pending.clear();
    return persist();
  }

  function settled(state) {
    return state === DONE || state === NA;
  }

  function countLabel(ticked, total, withNa) {
    var text = ticked + " / " + total + (total > 1 ? " tâches faites" : " tâche faite");
    return withNa ? text + " ou sans objet" : text;
  }

  function plural(count, one, many) {
    return count + " " + (count > 1 ? many : one);
  }

  /* ----- Today and deadlines ---------------------------------------------------------- */

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function today() {
    var injected = window.guideToday;
    if (typeof injected === "string" && ISO_DATE.test(injected)) {
      return injected;
    }
    var now = new Date();
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function utc(iso) {
    var p = iso.split("-").map(Number);
    return Date.UTC(p[0], p[1] - 1, p[2]);
  }

  // Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier).
  function days(fromIso, toIso) {
    return Math.round((utc(toIso) - utc(fromIso)) / 86400000);
  }

  var french = new window.French(frenchWords());

  function frenchWords() {
    var holder = document.querySelector("[data-mots]");
    try {
      return holder ? JSON.parse(holder.getAttribute("data-mots")) : null;
    } catch (error) {
      return null;
    }
  }

  // « dans 12 jours », « demain », « aujourd'hui », « en retard d'un jour », « en retard de 3 jours ».
  function dueText(deadline) {
    var left = days(today(), deadline);
    if (left === 0) {
      return "aujourd’hui";
    }
    if (left === 1) {
      return "demain";
    }
    if (left > 1) {
      return "dans " + french.plural(left, "jour");
    }
    return left === -1 ? "en retard d’un jour" : "en retard de " + french.plural(-left, "jour");
  }

  var listeners = [];

  // The task index of the page shown ({id: {part, text, page, deadline, deadline_text, owner,
  // not_applicable}}), read once per page.
  var indexCache = { holder: undefined, value: {} };

  function taskIndex() {
    var holder = document.querySelector("[data-task-index]");
    if (holder !== indexCache.holder) {
      indexCache.holder = holder;
      try {
        indexCache.value = holder ? JSON.parse(holder.getAttribute("data-task-index")) : {};
      } catch (error) {
        indexCache.value = {};
      }
    }
    return indexCache.value;
  }

  /* ----- The page's tasks ----------------------------------------------------------------- */

  var BLOCK = /^(UL|OL|P|DIV|TABLE|PRE|BLOCKQUOTE|DL|FIGURE)$/;

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

  // autocomplete=off: the browser must not restore an old state of the box on Back, over
  // the stored ticks (Chromium restores form controls after the page is read).
  function enableBox(input, id) {
    input.disabled = false;
    input.autocomplete = "off";
    input.setAttribute("data-guide-task", id);
  }

  // « Sans objet »: a toggle button named by its word and the task's text (textId).
  function naButton(id, textId) {
    var button = element("button", "guide-task-na");
    button.type = "button";
    button.setAttribute("data-guide-na", id);
    button.setAttribute("aria-pressed", "false");
    var word = button.appendChild(element("span", "", "Sans objet"));
    word.id = "guide-na-" + id;
    button.setAttribute("aria-labelledby", word.id + " " + textId);
    return button;
  }

  // Make Material's task item clickable: enable the box, move the item's own text (not its
  // sub-list, not its deadline line [data-task-plan]) into the label; then the « Sans objet »
  // button and the task's link to itself.
  function enhanceItem(item, input) {
    if (input.hasAttribute("data-guide-task")) {
      return;
    }
    var label = input.parentNode;
    var text = document.createElement("span");
    text.className = "task-list-text";
    text.id = "guide-texte-" + item.id;
    var node = label.nextSibling;
    while (
      node &&
      !(node.nodeType === 1 && (BLOCK.test(node.nodeName) || node.hasAttribute("data-task-plan")))
    ) {
      var next = node.nextSibling;
      text.appendChild(node);
      node = next;
    }
    if (text.firstChild && text.firstChild.nodeType === 3) {
      text.firstChild.nodeValue = text.firstChild.nodeValue.replace(/^\s+/, "");
    }
    label.appendChild(text);
    enableBox(input, item.id);
    var actions = element("span", "guide-task-actions");
    actions.appendChild(naButton(item.id, text.id));
    var link = actions.appendChild(element("a", "guide-task-link", "#"));
    link.href = "#" + item.id;
    link.title = "Lien vers cette tâche";
    link.setAttribute("aria-label", "Lien vers cette tâche");
    // In the deadline line's [data-task-when], rendered empty at build time with its height
    // (guide.css): the buttons and « dans 12 jours » fill it, nothing below moves.
    var when = item.querySelector(":scope > [data-task-plan] [data-task-when]");
    if (when) {
      when.textContent = "";
      when.appendChild(actions);
      when.appendChild(element("span", "guide-task-plan__due")).setAttribute("data-task-due", "");
    } else {
      label.parentNode.insertBefore(actions, label.nextSibling);
    }
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
      if (input && isTaskId(id) && !input.hasAttribute("data-guide-task")) {
        enableBox(input, id);
        var text = row.querySelector("[id]:not(input)");
        var mark = element("span", "guide-na-mark", "s.\u00a0o.");
        mark.setAttribute("aria-hidden", "true"); // the button says it; the mark is for paper
        input.parentNode.insertBefore(mark, input.nextSibling);
        if (text) {
          input.parentNode.appendChild(naButton(id, text.id));
        }
      }
    });
  }

  function storageNotice() {
    var notice = document.createElement("p");
    notice.className = "guide-storage-notice";
    notice.setAttribute("data-guide-storage-notice", "");
    notice.setAttribute("role", "status");
    notice.hidden = true;
    return notice;
  }

  // "N / M tâches faites" and "Tout décocher sur cette page" under the page's title are
  // rendered at build time (guide/progress.py, page_tools); add the storage notice to them.
  function setUpPageTools() {
    var tools = document.querySelector("[data-guide-page-progress]");
    if (tools && !tools.querySelector("[data-guide-storage-notice]")) {
      tools.appendChild(storageNotice());
    }
  }

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

  function pageTaskIds() {
    var ids = [];
    document.querySelectorAll("input[data-guide-task]").forEach(function (input) {
      ids.push(input.getAttribute("data-guide-task"));
    });
    return Array.from(new Set(ids));
  }

  function taskUrl(id) {
    var task = taskIndex()[id];
    var page = task && typeof task.page === "string" ? task.page : "";
    if (BASE.protocol === "file:" && (page === "" || page.slice(-1) === "/")) {
      page += "index.html"; // no server to find a folder's index.html
    }
    return new URL(page, BASE).href + "#" + id;
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
    });
  }

  // Show the stored states everywhere on the page: boxes, buttons, deadlines, counts, bars,
  // notices; then the scripts that follow them (schedule.js).
  function render() {
    var map = statuses();
    var now = today();
    document.querySelectorAll("input[data-guide-task]").forEach(function (input) {
      var id = input.getAttribute("data-guide-task");
      var state = statusIn(map, id);
      input.checked = state === DONE;
      var holder = input.closest("li.task-list-item, [data-task-id]");
      if (holder) {
        holder.setAttribute("data-task-state", state);
      }
    });
    document.querySelectorAll("[data-guide-na]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(statusIn(map, button.getAttribute("data-guide-na")) === NA));
    });
    document.querySelectorAll("[data-task-plan]").forEach(function (plan) {
      var slot = plan.querySelector("[data-task-when]");
      var when = slot && (slot.querySelector("[data-task-due]") || slot);
      var time = plan.querySelector("time[datetime]");
      var item = plan.closest("[id]");
      if (!when) {
        return;
      }
      var deadline = time && time.getAttribute("datetime");
      var text = "";
      var state = item ? statusIn(map, item.id) : TODO;
      if (deadline && ISO_DATE.test(deadline) && !settled(state)) {
        text = dueText(deadline);
      }
      if (when.textContent !== text) {
        when.textContent = text;
      }
      when.classList.toggle("guide-task-plan__when--late", Boolean(text) && deadline < now);
      when.classList.toggle(
        "guide-task-plan__when--soon",
        Boolean(text) && deadline >= now && days(now, deadline) <= 7
      );
    });
    document.querySelectorAll("[data-task-ids]").forEach(function (count) {
      var ids = Array.from(new Set(count.getAttribute("data-task-ids").split(/\s+/)));
      ids = ids.filter(isTaskId);
      var states = ids.map(function (id) {
        return statusIn(map, id);
      });
      var ticked = states.filter(settled).length;
      var text = countLabel(ticked, ids.length, states.indexOf(NA) >= 0);
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
    var tickedHere = pageTaskIds().filter(function (id) {
      return map.get(id) === DONE;
    }).length;
    var tickedAll = Array.from(map.values()).filter(function (state) {
      return state === DONE;
    }).length;
    document.querySelectorAll("[data-guide-action=reset-page]").forEach(function (button) {
      button.disabled = tickedHere === 0;
    });
    document.querySelectorAll("[data-guide-action=reset-all]").forEach(function (button) {
      button.disabled = tickedAll === 0;
    });
    var problem = !guide.available
      ? STORAGE_NOTICE
      : guide.failed || replaced || pending.size
        ? (guide.failed || guide.strings.storageFull) + " : vos dernières coches restent dans " +
          "cet onglet jusqu'à sa fermeture ; pour les garder, exportez votre progression (page " +
          "d'accueil)."
        : "";
    document.querySelectorAll("[data-guide-storage-notice]").forEach(function (notice) {
      if (notice.textContent !== problem) {
        notice.textContent = problem;
      }
      notice.hidden = !problem;
    });
    renderUpcoming(map);
    listeners.forEach(function (listener) {
      listener();
    });
  }

  function setUp() {
    if (replaced || pending.size) {
      persist(); // changes refused earlier in this tab: maybe there is room now
    }
    setUpBoxes();
    setUpPageTools();
    setUpSection();
    render();
    openSharedLink();
  }

  /* ----- Reset (ticks only: « sans objet » describes the mission and stays) ----------- */

  function untick(ids) {
    ids.forEach(function (id) {
      pending.set(id, preset(id) === NA ? TODO : null);
    });
    return persist();
  }

  function resetPage() {
    var map = statuses();
    var ids = pageTaskIds().filter(function (id) {
      return map.get(id) === DONE;
    });
    if (!ids.length) {
      return;
    }
    var what = ids.length > 1 ? "les " + ids.length + " tâches cochées" : "la tâche cochée";
    var question = "Décocher " + what + " de cette page ? Les autres pages ne changent pas.";
    if (!window.confirm(question)) {
      return;
    }
    untick(ids);
    render();
  }

  function resetAll(section) {
    var map = statuses();
    var ids = Array.from(map.keys()).filter(function (id) {
      return map.get(id) === DONE;
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

  function summary(lists) {
    var parts = [plural(lists.done.length, "tâche cochée", "tâches cochées")];
    if (lists.not_applicable.length) {
      parts.push(plural(lists.not_applicable.length, "tâche sans objet", "tâches sans objet"));
    }
    return parts.join(", ");
  }

  function exportProgress(section) {
    var lists = toLists(statuses());
    var now = new Date();
    var data = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      site: siteName(section),
      address: BASE.protocol === "file:" ? null : BASE.href,
      exported: now.toISOString(),
      done: lists.done,
      not_applicable: lists.not_applicable,
      todo: lists.todo,
    };
    var name = "progression-" + slug(siteName(section)) + "-" + now.toISOString().slice(0, 10) + ".json";
    guide.download(name, JSON.stringify(data, null, 2) + "\n", "application/json");
    showMessage(section, "Progression exportée dans le fichier « " + name + " » (" + summary(lists) + ").");
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
    if (data.version !== 1 && data.version !== 2) {
      return {
        error:
          "Ce fichier a été exporté dans une autre version du format (version « " +
          String(data.version).slice(0, 20) + " ») : ce guide lit les versions 1 et 2.",
      };
    }
    var lists = [data.done].concat(data.version === 2 ? [data.not_applicable, data.todo] : []);
    if (!lists.every(isIdList)) {
      return { error: "Ce fichier est endommagé : la liste des tâches est illisible." };
    }
    return { data: data };
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
    french.words = french.words || frenchWords(); // the home page's, once it is shown
    if (!date || isNaN(date.getTime()) || !french.words) {
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
    var known = function (id) {
      return Object.prototype.hasOwnProperty.call(index, id);
    };
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
          previewImport(section, result.data, trigger, false);
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
      setStatus(input.getAttribute("data-guide-task"), input.checked ? DONE : TODO);
      render();
    } else if (input.hasAttribute("data-guide-import-file") && input.files.length) {
      var section = input.closest("[data-guide-progress]");
      importFile(section, input.files[0], section.querySelector("[data-guide-action=import]"));
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var na = target && target.closest("[data-guide-na]");
    if (na) {
      var id = na.getAttribute("data-guide-na");
      setStatus(id, statusIn(statuses(), id) === NA ? TODO : NA);
      render();
      return;
    }
    var button = target && target.closest("[data-guide-action]");
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

  onChange(STATE, render); // states changed in another tab: merged with this visit's
  document.addEventListener("guide:storage", render); // a write refused, or working again
  window.addEventListener("pageshow", render); // Back/Forward (cache): show the states of now
  window.addEventListener("hashchange", openSharedLink);

  window.GuideTasks = {
    status: function (id) {
      return statusIn(statuses(), id);
    },
    index: taskIndex,
    today: today,
    days: days,
    dueText: dueText,
    french: french,
    onRender: function (listener) {
      listeners.push(listener);
    },
  };
  document.dispatchEvent(new Event("guide:module")); // schedule.js waits for GuideTasks

  onPage(setUp);
}, ["French"]);
