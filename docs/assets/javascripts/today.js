/*
 * « Aujourd'hui » (guide/today.py writes the page and its data): shows the day of the clock in
 * the mission's time zone, marks the current and the next activity, says what now and what
 * next, and the day picker. The clock is this browser's, or window.guideNow (an ISO instant,
 * « 2027-03-02T10:00:00Z ») when a test sets it. Times and sentences' words come from the build:
 * this script only compares instants.
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  function now() {
    var injected = Date.parse(window.guideNow);
    return isNaN(injected) ? Date.now() : injected;
  }

  var YEAR = 365 * 24 * 3600 * 1000;

  function describe(activity) {
    return activity.intitule + (activity.lieu ? " (" + activity.lieu + ")" : "");
  }

  // What now and what next, at `time`; and the day to show.
  function situation(data, time) {
    var list = data.activites;
    var days = data.jours;
    if (!list.length) {
      return { day: null, text: "" };
    }
    var last = list[list.length - 1];
    // A clock more than a year away from the mission (a phone whose date was lost, set to
    // 2000 or 1970): say so, rather than « not begun » or « over » as if it were right.
    if (time < list[0].debut - YEAR || time >= last.fin + YEAR) {
      return {
        day: days[0].date,
        text:
          "L\u2019horloge de ce téléphone est à plus d\u2019un an des dates de la mission (" +
          data.periode +
          ")\u00a0: si elle n\u2019indique pas la date du jour, corrigez-la dans les réglages du " +
          "téléphone. Voici le programme du premier jour.",
      };
    }
    if (time < list[0].debut) {
      return {
        day: days[0].date,
        text:
          "La mission n’a pas commencé\u00a0: elle a lieu " +
          data.periode +
          ". Voici le programme de son premier jour, le " +
          days[0].libelle +
          ".",
      };
    }
    if (time >= last.fin) {
      return {
        day: days[days.length - 1].date,
        text:
          "La mission est terminée (" + data.periode + ")\u00a0: son programme reste ci-dessous.",
      };
    }
    var current = null;
    var next = null;
    list.forEach(function (activity, index) {
      if (activity.debut <= time && time < activity.fin) {
        current = index;
      }
      if (next === null && activity.debut > time) {
        next = index;
      }
    });
    var shown = list[current !== null ? current : next].jour;
    var parts = [];
    if (current !== null) {
      parts.push(
        "En ce moment (" + list[current].horaire + ")\u00a0: " + describe(list[current]) + ".",
      );
    }
    if (next !== null) {
      var sameDay = list[next].jour === (current !== null ? list[current].jour : shown);
      var when = sameDay
        ? "à " + list[next].heure
        : "le " +
          days.filter(function (day) {
            return day.date === list[next].jour;
          })[0].libelle +
          " à " +
          list[next].heure;
      parts.push("Ensuite, " + when + "\u00a0: " + describe(list[next]) + ".");
    }
    return { day: shown, text: parts.join(" "), current: current, next: next };
  }

  function show(root, day) {
    root.querySelectorAll("[data-guide-day]").forEach(function (section) {
      section.hidden = section.getAttribute("data-guide-day") !== day;
    });
    root.querySelectorAll("[data-guide-pick]").forEach(function (button) {
      var pressed = button.getAttribute("data-guide-pick") === day;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
    });
  }

  function setUp() {
    var root = document.querySelector("[data-guide-today]");
    if (!root || root.hasAttribute("data-guide-ready")) {
      return;
    }
    root.setAttribute("data-guide-ready", "");
    var data = JSON.parse(root.getAttribute("data-guide-today"));
    var state = situation(data, now());
    root.querySelector("[data-guide-today-status]").textContent = state.text;
    root.querySelectorAll("[data-guide-activity]").forEach(function (item) {
      var index = Number(item.getAttribute("data-guide-activity"));
      item.classList.toggle("is-current", index === state.current);
      item.classList.toggle("is-next", index === state.next);
    });
    if (state.day) {
      show(root, state.day);
    }
    root.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("[data-guide-pick]");
      if (button) {
        show(root, button.getAttribute("data-guide-pick"));
      }
    });
  }

  guide.onPage(setUp);
});
