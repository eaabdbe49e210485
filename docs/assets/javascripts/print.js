/*
 * Impression (voir docs/assets/stylesheets/print.css).
 *
 * - Les boutons « Imprimer » ([data-print-button]) ouvrent la fenêtre
 *   d'impression : un seul écouteur sur le document, qui sert aussi après la navigation
 *   instantanée de Material, sans script dans la page.
 * - Sur papier, un lien vers un autre site imprime son adresse entre parenthèses. Material
 *   réécrit les liens internes en adresses complètes (http…) : ceux-là, et les liens dont le
 *   texte est déjà l'adresse, sont marqués data-print-url="no" pour ne pas l'imprimer.
 */
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print-button]")) {
      window.print();
    }
  });

  function bare(url) {
    return url.replace(/^[a-z]+:\/\//i, "").replace(/\/$/, "");
  }

  function markLinks() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var internal = link.host === window.location.host;
      var selfNamed = bare(link.textContent.trim()) === bare(link.href);
      if (internal || selfNamed) {
        link.setAttribute("data-print-url", "no");
      }
    });
  }

  window.GuideStorage.onPage(markLinks); // checklists.js, loaded first (mkdocs.yml)
})();
