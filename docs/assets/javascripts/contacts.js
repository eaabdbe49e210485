/*
 * « Contacts et urgences » (guide/contacts.py writes the page's frame): the delegation's
 * contacts (names, mobiles, contract numbers) typed or imported on this phone and kept in this
 * browser only (GuideStorage: nothing is sent, nothing is in the published site), their
 * tel: and mailto: links, the file to share them within the delegation (files.js) and the
 * pocket cards, one per member, that contacts-print.css prints two per A4 page.
 */
(window.guideScripts = window.guideScripts || []).push(function (guide) {
  "use strict";

  var files = window.GuideFiles;
  var STORE = "contacts";
  var FIELDS = ["role", "name", "phone", "email", "details"];
  var LIMITS = { role: 20, name: 120, phone: 40, email: 120, details: 200 };
  var PHONE = /^\+?[0-9][0-9 .()\/-]*$/;
  var contacts = null; // this visit's list (the only copy when storage is blocked)
  var emptyText = "";

  function isContact(value) {
    return (
      value !== null &&
      typeof value === "object" &&
      FIELDS.every(function (name) {
        return typeof value[name] === "string" && value[name].length <= LIMITS[name];
      }) &&
      Boolean(value.name || value.phone)
    );
  }

  function isList(value) {
    return Array.isArray(value) && value.length <= 500 && value.every(isContact);
  }

  function load() {
    if (contacts === null) {
      contacts = guide.read(STORE, isList) || [];
    }
    return contacts;
  }

  function save(list) {
    contacts = list;
    return guide.write(STORE, list);
  }

  var element = guide.element;

  function roles(root) {
    var labels = {};
    root.querySelectorAll("select[name=role] option").forEach(function (option) {
      labels[option.value] = option.textContent;
    });
    return labels;
  }

  function telLink(phone) {
    return "tel:" + phone.replace(/[^+0-9]/g, "");
  }

  // A contact's lines: its name, then its tel: and mailto: links and details.
  function contactNode(contact, tag, className) {
    var node = element(tag, className);
    if (contact.name) {
      node.appendChild(element("strong", "", contact.name));
    }
    if (contact.phone) {
      node.appendChild(document.createTextNode(contact.name ? " " : ""));
      var phone = node.appendChild(element("a", "", contact.phone));
      phone.href = telLink(contact.phone);
    }
    if (contact.email) {
      node.appendChild(document.createTextNode(" "));
      var mail = node.appendChild(element("a", "", contact.email));
      mail.href = "mailto:" + contact.email;
    }
    if (contact.details) {
      node.appendChild(document.createTextNode(" — " + contact.details));
    }
    return node;
  }

  // The contacts by role, in the form's order.
  function groups(root, list) {
    var labels = roles(root);
    return Object.keys(labels)
      .map(function (role) {
        return {
          label: labels[role],
          role: role,
          items: list.filter(function (contact) {
            return contact.role === role || (role === "autre" && !labels[contact.role]);
          }),
        };
      })
      .filter(function (group) {
        return group.items.length;
      });
  }

  function renderList(root) {
    var list = load();
    var box = root.querySelector("[data-guide-contacts-list]");
    box.textContent = "";
    if (!list.length) {
      box.appendChild(element("p", "", emptyText)); // the page's own words (guide/contacts.py)
    }
    groups(root, list).forEach(function (group) {
      box.appendChild(element("h3", "", group.label));
      var items = box.appendChild(element("ul", "guide-contacts__people"));
      group.items.forEach(function (contact) {
        var item = items.appendChild(contactNode(contact, "li"));
        item.appendChild(document.createTextNode(" "));
        var remove = item.appendChild(element("button", "md-button guide-contacts__remove", "Supprimer"));
        remove.type = "button";
        remove.setAttribute("data-guide-contacts-remove", String(list.indexOf(contact)));
        remove.setAttribute("aria-label", "Supprimer " + (contact.name || contact.phone));
      });
    });
    renderCards(root, list);
  }

  // One card per member on this phone (one card without a name when there is none).
  function renderCards(root, list) {
    var template = root.querySelector("template[data-guide-card]");
    var sheet = root.querySelector("[data-guide-cards]");
    if (!template || !sheet) {
      return;
    }
    sheet.textContent = "";
    var people = groups(root, list);
    var members = list.filter(function (contact) {
      return contact.role === "membre" && contact.name;
    });
    (members.length ? members : [null]).forEach(function (member) {
      var card = template.content.firstElementChild.cloneNode(true);
      if (member) {
        card.querySelector("[data-guide-card-member]").textContent = "\u00a0: " + member.name;
      }
      var box = card.querySelector("[data-guide-card-people]");
      people.forEach(function (group) {
        box.appendChild(element("h3", "guide-card__heading", group.label));
        var items = box.appendChild(element("ul", "guide-card__list"));
        group.items.forEach(function (contact) {
          items.appendChild(contactNode(contact, "li"));
        });
      });
      sheet.appendChild(card);
    });
  }

  function showMessage(root, text, isError) {
    var message = root.querySelector("[data-guide-contacts-message]");
    message.textContent = text;
    message.classList.toggle("guide-contacts__message--error", Boolean(isError));
  }

  var NOT_KEPT =
    "\u00a0: ce navigateur ne l’a pas enregistré, il ne reste que le temps de la visite\u00a0; " +
    "exportez les contacts pour les garder.";

  function storageText() {
    if (!guide.available) {
      return (
        guide.strings.storageBlocked +
        "\u00a0: les contacts saisis ici restent le temps de la visite seulement ; exportez-les " +
        "dans un fichier pour les garder, ou notez-les sur la carte imprimée."
      );
    }
    return "";
  }

  function fileKind(root) {
    return {
      format: "mission-exploratoire/contacts",
      versions: [1],
      prefix: "contacts",
      site: root.getAttribute("data-site-name") || document.title,
      what: "un fichier de contacts exporté depuis ce guide",
      button: "Exporter les contacts",
    };
  }

  function plural(count, one, many) {
    return count + "\u00a0" + (count > 1 ? many : one);
  }

  function add(root, form) {
    var contact = {};
    FIELDS.forEach(function (name) {
      contact[name] = form.elements[name].value.trim().slice(0, LIMITS[name]);
    });
    if (!contact.name && !contact.phone) {
      showMessage(root, "Indiquez au moins un nom ou un numéro de téléphone.", true);
      form.elements.name.focus();
      return;
    }
    if (contact.phone && !PHONE.test(contact.phone)) {
      showMessage(
        root,
        "«\u00a0" + contact.phone + "\u00a0» n’est pas un numéro de téléphone\u00a0: des chiffres, " +
          "l’indicatif du pays après «\u00a0+\u00a0», par exemple +33 6 12 34 56 78.",
        true
      );
      form.elements.phone.focus();
      return;
    }
    var kept = save(load().concat([contact]));
    renderList(root);
    ["name", "phone", "email", "details"].forEach(function (name) {
      form.elements[name].value = "";
    });
    var who = contact.name || contact.phone;
    showMessage(root, kept ? "Contact enregistré sur ce téléphone\u00a0: " + who + "." : who + NOT_KEPT, !kept);
    form.elements.name.focus();
  }

  function remove(root, index) {
    var list = load().slice();
    var contact = list.splice(index, 1)[0];
    if (!contact) {
      return;
    }
    var kept = save(list);
    renderList(root);
    var who = contact.name || contact.phone;
    showMessage(root, kept ? "Contact supprimé de ce téléphone\u00a0: " + who + "." : who + NOT_KEPT, !kept);
    var first = root.querySelector("[data-guide-contacts-remove]") || root.querySelector("select[name=role]");
    first.focus();
  }

  function same(a, b) {
    return FIELDS.every(function (name) {
      return a[name] === b[name];
    });
  }

  // An imported file adds its contacts to this phone's (a colleague's file never erases them).
  function importFile(root, file) {
    files.importFile(file, fileKind(root)).then(function (result) {
      if (!result.error && !isList(result.data.contacts)) {
        result = { error: "Ce fichier est endommagé\u00a0: la liste des contacts est illisible." };
      }
      if (result.error) {
        showMessage(root, result.error + " Rien n’a été modifié.", true);
        return;
      }
      var list = load().slice();
      var added = 0;
      result.data.contacts.forEach(function (contact) {
        var copy = {};
        FIELDS.forEach(function (name) {
          copy[name] = contact[name];
        });
        if (!list.some(function (known) { return same(known, copy); })) {
          list.push(copy);
          added += 1;
        }
      });
      var kept = save(list);
      renderList(root);
      var text = added
        ? plural(added, "contact ajouté", "contacts ajoutés") + " depuis «\u00a0" + file.name + "\u00a0»"
        : "Ce fichier n’ajoute aucun contact\u00a0: ils sont déjà tous sur ce téléphone";
      showMessage(root, kept || !added ? text + "." : text + NOT_KEPT, added && !kept);
    });
  }

  function exportContacts(root) {
    var list = load();
    if (!list.length) {
      showMessage(root, "Aucun contact à exporter\u00a0: ajoutez-en d’abord.", true);
      return;
    }
    var name = files.exportFile(fileKind(root), { contacts: list });
    showMessage(
      root,
      plural(list.length, "contact exporté", "contacts exportés") + " dans le fichier «\u00a0" + name +
        "\u00a0»\u00a0: envoyez-le aux autres membres de la délégation, qui l’importent sur leur téléphone."
    );
  }

  function setUp() {
    var root = document.querySelector("[data-guide-contacts]");
    if (!root || root.hasAttribute("data-guide-ready")) {
      return;
    }
    root.setAttribute("data-guide-ready", "");
    emptyText = emptyText || root.querySelector("[data-guide-contacts-list]").textContent.trim();
    contacts = null; // read again: another tab may have changed them
    renderList(root);
    var problem = storageText();
    if (problem) {
      showMessage(root, problem, true);
    }
    root.querySelector("[data-guide-contacts-form]").addEventListener("submit", function (event) {
      event.preventDefault();
      add(root, event.target);
    });
    root.addEventListener("click", function (event) {
      var target = event.target instanceof Element ? event.target : null;
      var removeButton = target && target.closest("[data-guide-contacts-remove]");
      var action = target && target.closest("[data-guide-contacts-action]");
      if (removeButton) {
        remove(root, Number(removeButton.getAttribute("data-guide-contacts-remove")));
      } else if (action && action.getAttribute("data-guide-contacts-action") === "export") {
        exportContacts(root);
      } else if (action) {
        var input = root.querySelector("[data-guide-contacts-file]");
        input.value = "";
        input.click();
      }
    });
    root.querySelector("[data-guide-contacts-file]").addEventListener("change", function (event) {
      if (event.target.files.length) {
        importFile(root, event.target.files[0]);
      }
    });
  }

  guide.onChange(STORE, function () {
    contacts = null;
    var root = document.querySelector("[data-guide-contacts]");
    if (root) {
      renderList(root);
    }
  });
  guide.onPage(setUp);
}, ["GuideFiles"]);
