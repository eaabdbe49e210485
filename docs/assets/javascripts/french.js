/*
 * French formatting in the browser, counterpart of guide/french.py: CLDR words from Intl, the
 * guide's settings (« 1er », « 9 h 30 ») here. Pure (node loads it: tests/engine/test_french.py).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.French = factory();
    if (root.document) {
      root.document.dispatchEvent(new Event("guide:module"));
    }
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var NBSP = "\u00a0";
  // Calendar days: noon UTC, read in UTC.
  // Made on first use: building Intl formatters takes a page's start-up time, and most pages
  // format no date before the reader acts.
  var made = {};
  function intl(name) {
    if (!made[name]) {
      var options = { timeZone: "UTC" };
      options[name] = "long"; // month, weekday
      made[name] =
        name === "plural" ? new Intl.PluralRules("fr-FR") : new Intl.DateTimeFormat("fr-FR", options);
    }
    return made[name];
  }

  function French() {}

  function dayNumber(day) {
    return day === 1 ? "1er" : String(day);
  }

  function parts(iso) {
    return iso.split("-").map(Number);
  }

  function utc(p) {
    return new Date(Date.UTC(p[0], p[1] - 1, p[2], 12));
  }

  function month(p) {
    return intl("month").format(utc(p));
  }

  // "2027-03-02" -> « 2 mars 2027 » (or « mardi 2 mars 2027 »).
  French.prototype.date = function (iso, weekday) {
    var p = parts(iso);
    var text = dayNumber(p[2]) + " " + month(p) + " " + p[0];
    return weekday ? intl("weekday").format(utc(p)) + " " + text : text;
  };

  // « du 2 au 6 mars 2027 », « du 28 février au 3 mars 2027 », « le 2 mars 2027 ».
  French.prototype.period = function (startIso, endIso) {
    var s = parts(startIso), e = parts(endIso);
    if (startIso === endIso) {
      return "le " + this.date(startIso);
    }
    if (s[0] === e[0] && s[1] === e[1]) {
      return "du " + dayNumber(s[2]) + " au " + this.date(endIso);
    }
    if (s[0] === e[0]) {
      return "du " + dayNumber(s[2]) + " " + month(s) + " au " + this.date(endIso);
    }
    return "du " + this.date(startIso) + " au " + this.date(endIso);
  };

  // "09:00" -> « 9 h », "10:30" -> « 10 h 30 ».
  French.prototype.time = function (hhmm) {
    var p = hhmm.split(":").map(Number);
    return p[0] + NBSP + "h" + (p[1] ? NBSP + (p[1] < 10 ? "0" : "") + p[1] : "");
  };

  // « 0 tâche », « 4 tâches »: CLDR's plural rule.
  French.prototype.plural = function (count, singular, pluralForm) {
    var one = intl("plural").select(Math.abs(count)) === "one";
    return count + " " + (one ? singular : pluralForm || singular + "s");
  };

  return French;
});
