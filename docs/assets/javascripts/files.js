/*
 * The guide's files: what a reader exports and imports to share within the delegation
 * (progress, contacts, notes). Pure: loaded beside the page scripts that offer such a file
 * (checklists.js loads it with progress.js on the home page; a page's template otherwise),
 * which wait for it (`window.guideScripts.push(code, ["GuideFiles"])`).
 *
 *   GuideFiles.exportFile(kind, content)  offer `content` (an object) as a JSON file of
 *                                         `kind`; returns the file's name
 *   GuideFiles.importFile(file, kind)     a Promise of { data } (the file's object, its format
 *                                         and version checked) or { error } (a French
 *                                         sentence); nothing is changed
 *   GuideFiles.slug(text)                 « Préparer la mission » -> « preparer-la-mission »
 *
 * `kind`: { format: "mission-exploratoire/contacts", versions: [1] (the last one is written),
 * prefix: "contacts" (the file's name), site: the site's name, what: « un fichier de contacts
 * exporté depuis ce guide », button: the export button's label }. Every file has one shape:
 * its format, version, site, address (none from file://) and date, then `content`'s keys.
 */
(function () {
  "use strict";

  if (window.GuideFiles) {
    return;
  }

  function slug(text) {
    return (
      String(text)
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "guide"
    );
  }

  function exportFile(kind, content) {
    var guide = window.GuideStorage;
    var now = new Date();
    var data = {
      format: kind.format,
      version: kind.versions[kind.versions.length - 1],
      site: kind.site,
      address: new URL(guide.siteUrl).protocol === "file:" ? null : guide.siteUrl,
      exported: now.toISOString(),
    };
    Object.keys(content).forEach(function (name) {
      data[name] = content[name];
    });
    var name = kind.prefix + "-" + slug(kind.site) + "-" + now.toISOString().slice(0, 10) + ".json";
    guide.download(name, JSON.stringify(data, null, 2) + "\n", "application/json");
    return name;
  }

  // « les versions 1 et 2 », « la version 1 ».
  function versionsText(versions) {
    if (versions.length === 1) {
      return "la version " + versions[0];
    }
    return "les versions " + versions.slice(0, -1).join(", ") + " et " + versions[versions.length - 1];
  }

  // The file's object when it is one of `kind`'s, in a version this guide reads; its other
  // keys are the caller's to check.
  function parseFile(text, kind) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { error: "Ce fichier est illisible\u00a0: ce n'est pas un fichier JSON, ou il est endommagé." };
    }
    if (data === null || typeof data !== "object" || data.format !== kind.format) {
      return { error: "Ce fichier n'est pas " + kind.what + " (bouton «\u00a0" + kind.button + "\u00a0»)." };
    }
    if (kind.versions.indexOf(data.version) === -1) {
      return {
        error:
          "Ce fichier a été exporté dans une autre version du format (version «\u00a0" +
          // JSON's own text of an object: String() throws on {"toString": 1}.
          String(typeof data.version === "string" ? data.version : JSON.stringify(data.version))
            .slice(0, 20) + "\u00a0»)\u00a0: ce guide lit " + versionsText(kind.versions) + ".",
      };
    }
    return { data: data };
  }

  function importFile(file, kind) {
    if (file.size > 1000000) {
      return Promise.resolve({ error: "Ce fichier est trop gros pour être " + kind.what + "." });
    }
    return file.text().then(
      function (text) {
        return parseFile(text, kind);
      },
      function () {
        return { error: "Ce fichier n'a pas pu être lu." };
      }
    );
  }

  window.GuideFiles = { exportFile: exportFile, importFile: importFile, slug: slug };
  document.dispatchEvent(new Event("guide:module")); // the page scripts that wait for it
})();
