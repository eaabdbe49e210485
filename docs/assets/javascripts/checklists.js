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

  var element = guide.element;

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
    // Version 1 kept ticks only: any other list it holds is not read (nor checked by isState).
    return state ? toMap(state.version === 1 ? { done: state.done } : state) : new Map();
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

  var french = new window.French();

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
    listeners.forEach(function (listener) {
      listener(map);
    });
  }

  // The home page's progress section and countdown: their code (progress.js, with files.js
  // for its export and import) is loaded only there, beside this file.
  var SCRIPT_URL = (document.querySelector('script[src*="checklists.js"]') || { src: location.href }).src;
  var homeLoading = false;

  function loadHome() {
    if (homeLoading || !document.querySelector("[data-guide-progress], .mission-banner[data-mission-debut]")) {
      return;
    }
    homeLoading = true;
    ["files.js", "progress.js"].forEach(function (name) {
      var script = document.createElement("script");
      script.src = new URL(name, SCRIPT_URL).href;
      document.head.appendChild(script);
    });
  }

  function setUp() {
    if (replaced || pending.size) {
      persist(); // changes refused earlier in this tab: maybe there is room now
    }
    setUpBoxes();
    setUpPageTools();
    render();
    loadHome();
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

  /* ----- Events (on the document: they survive instant navigation) ---------------------- */

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.hasAttribute("data-guide-task")) {
      setStatus(input.getAttribute("data-guide-task"), input.checked ? DONE : TODO);
      render();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var na = target && target.closest("[data-guide-na]");
    if (na) {
      var id = na.getAttribute("data-guide-na");
      setStatus(id, statusIn(statuses(), id) === NA ? TODO : NA);
      render();
    } else if (target && target.closest("[data-guide-action=reset-page]")) {
      resetPage();
    }
  });

  onChange(STATE, render); // states changed in another tab: merged with this visit's
  document.addEventListener("guide:storage", render); // a write refused, or working again
  window.addEventListener("pageshow", render); // Back/Forward (cache): show the states of now

  // For schedule.js and progress.js (the home page's section).
  window.GuideTasks = {
    DONE: DONE,
    NA: NA,
    TODO: TODO,
    ISO_DATE: ISO_DATE,
    status: function (id) {
      return statusIn(statuses(), id);
    },
    statuses: statuses,
    statusIn: statusIn,
    settled: settled,
    toLists: toLists,
    toMap: toMap,
    isIdList: isIdList,
    replaceAll: replaceAll,
    untick: untick,
    render: render,
    index: taskIndex,
    taskUrl: taskUrl,
    storageNotice: storageNotice,
    element: element,
    plural: plural,
    pad: pad,
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
