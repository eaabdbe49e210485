/*
 * The « Échéancier » page (outils/echeancier/): the dated tasks, rendered at build time
 * (guide/ on the build side: one section [data-week] per week, one row
 * li.guide-schedule__task[data-task-id][data-deadline][data-owner] per task (a step after the
 * return has data-follow-up instead of data-task-id), with an empty
 * [data-task-state]). Here, from this browser's states and today (checklists.js,
 * window.GuideTasks):
 *
 *   - each row's state: « faite », « sans objet », « en retard », « à faire »;
 *   - today marked (« Aujourd'hui » before the first task due from today on);
 *   - the filters (by person, « seulement ce qui reste à faire ») applied and kept in the
 *     address (?personne=…&reste=1), so that a link opens the same view.
 *
 * Loaded by overrides/schedule.html, after guide.js; it hands its code to the core with the
 * module it needs (GuideTasks, which checklists.js defines).
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var LABELS = {
    done: "faite",
    not_applicable: "sans objet",
    late: "en retard",
    todo: "à faire",
  };

  function tasks() {
    return window.GuideTasks;
  }

  function rowState(row, now) {
    // A step after the return (data-follow-up) is no task to tick: its date says its state.
    var id = row.getAttribute("data-task-id");
    var state = id ? tasks().status(id) : "todo";
    if (state === "done" || state === "not_applicable") {
      return state;
    }
    var deadline = row.getAttribute("data-deadline");
    return deadline && deadline < now ? "late" : "todo";
  }

  function readFilters(form) {
    var params = new URLSearchParams(location.search);
    var person = params.get("personne") || "";
    var select = form.querySelector("select[name=personne]");
    var known = Array.from(select.options).some(function (option) {
      return option.value === person;
    });
    select.value = known ? person : "";
    form.querySelector("input[name=reste]").checked = params.get("reste") === "1";
  }

  // The view in the address: a link (or a reload) opens the same one.
  function keepFilters(form) {
    var params = new URLSearchParams(location.search);
    var person = form.querySelector("select[name=personne]").value;
    var rest = form.querySelector("input[name=reste]").checked;
    params.delete("personne");
    params.delete("reste");
    if (person) {
      params.set("personne", person);
    }
    if (rest) {
      params.set("reste", "1");
    }
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function render() {
    var page = document.querySelector(".guide-schedule, [data-schedule-filters]");
    if (!page || !tasks()) {
      return;
    }
    var form = document.querySelector("[data-schedule-filters]");
    var person = form ? form.querySelector("select[name=personne]").value : "";
    var rest = form ? form.querySelector("input[name=reste]").checked : false;
    var now = tasks().today();
    var shown = 0;
    var marker = document.querySelector("[data-schedule-today]");
    if (marker) {
      marker.remove();
    }
    var firstAhead = null;
    document.querySelectorAll("li.guide-schedule__task").forEach(function (row) {
      var state = rowState(row, now);
      var label = row.querySelector("[data-task-state]");
      if (label && label.textContent !== LABELS[state]) {
        label.textContent = LABELS[state];
      }
      row.setAttribute("data-state", state);
      var visible =
        (!person || row.getAttribute("data-owner") === person) &&
        (!rest || state === "todo" || state === "late");
      row.hidden = !visible;
      shown += visible ? 1 : 0;
      var deadline = row.getAttribute("data-deadline");
      if (visible && !firstAhead && deadline && deadline >= now) {
        firstAhead = row;
      }
    });
    document.querySelectorAll("section.guide-schedule__week").forEach(function (week) {
      week.hidden = !week.querySelector("li.guide-schedule__task:not([hidden])");
      week.classList.remove("guide-schedule__week--current");
    });
    // Today: a line before the first task due from today on (or after the last dated one).
    var today = document.createElement("li");
    today.className = "guide-schedule__today";
    today.setAttribute("data-schedule-today", "");
    today.appendChild(document.createElement("span")).textContent = "Aujourd’hui";
    if (firstAhead) {
      firstAhead.parentNode.insertBefore(today, firstAhead);
      firstAhead.closest("section").classList.add("guide-schedule__week--current");
    } else {
      var dated = Array.from(
        document.querySelectorAll("section.guide-schedule__week:not([data-week='']) li.guide-schedule__task:not([hidden])")
      );
      var last = dated[dated.length - 1];
      if (last) {
        last.parentNode.appendChild(today);
      }
    }
    var empty = document.querySelector("[data-schedule-empty]");
    if (form && !empty) {
      empty = document.createElement("p");
      empty.className = "guide-schedule__empty";
      empty.setAttribute("data-schedule-empty", "");
      empty.setAttribute("role", "status");
      form.parentNode.insertBefore(empty, form.nextSibling);
    }
    if (empty) {
      empty.textContent = shown ? "" : "Aucune tâche ne correspond à ce choix.";
      empty.hidden = Boolean(shown);
    }
  }

  function setUp() {
    var form = document.querySelector("[data-schedule-filters]");
    if (form && !form.hasAttribute("data-pret")) {
      form.setAttribute("data-pret", "");
      readFilters(form);
      form.hidden = false;
      form.addEventListener("change", function () {
        keepFilters(form);
        render();
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
      });
    }
    render();
  }

  tasks().onRender(render); // ticks changed here or in another tab
  guide.onPage(setUp);
}, ["GuideTasks"]);
