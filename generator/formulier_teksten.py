"""The form's own Dutch texts, on top of Decap CMS's Dutch locale (`nl`).

Decap's `nl` locale (3.16.3) says "u" where we say "je", leaves some texts English ("Workflow",
"Quote", "Heading 1", the notes pane) and shows a full-width plus ("＋") that the site's system
fonts may not have. `admin/nl.js` lays these texts over Decap's own, before the form starts.
Only keys Decap knows are used; tests/test_browser_formulier.py checks that every visible text is
Dutch.
"""

from __future__ import annotations

import json

TEKSTEN: dict = {
    "auth": {
        "loginWithForgejo": "Inloggen met Forgejo",
        "errors": {
            "email": "Vul je e-mailadres in.",
            "password": "Vul je wachtwoord in.",
            "identitySettings": "Er zijn geen instellingen voor Netlify Identity gevonden.",
        },
    },
    "app": {
        "header": {"workflow": "Voorstellen"},
        "app": {"loadingConfig": "Instellingen laden...", "waitingBackend": "Wachten op GitHub..."},
    },
    "collection": {
        "collectionTop": {
            "newButton": "+ %{collectionLabel} toevoegen",  # a plain +, which every font has
            "newButtonAriaLabel": "%{collectionLabel} toevoegen",
            "viewAsList": "Toon als lijst",
            "viewAsGrid": "Toon als tegels",
        },
        "entries": {"unpublishedHeader": "Nog niet gepubliceerd", "cachingEntries": "Items bewaren"},
    },
    "editor": {
        "editorControl": {"field": {"widgetLabel": "Invoerveld"}},  # Decap fills in the widget type
        "editorControlPane": {
            "widget": {
                "regexPattern": "%{fieldLabel} heeft niet de goede vorm.",
                "invalidPath": "'%{path}' is geen geldige plek.",
                "pathExists": "'%{path}' bestaat al.",
            },
            "i18n": {
                "copyFromLocale": "Neem over uit een andere taal",
                "copyFromLocaleConfirm": "Wil je de tekst uit %{locale} overnemen?\nWat er nu staat, verdwijnt.",
            },
        },
        "editor": {
            "onUpdatingWithUnsavedChanges": "Je hebt wijzigingen die nog niet zijn opgeslagen. "
                                            "Sla ze eerst op, en verander dan de status.",
            "onPublishingNotReady": "Zet de status eerst op 'Klaar'. Daarna kun je publiceren.",
            "onPublishingWithUnsavedChanges": "Je hebt wijzigingen die nog niet zijn opgeslagen. "
                                              "Sla ze eerst op, en publiceer dan.",
            "onPublishing": "Weet je zeker dat je dit wilt publiceren?",
            "onUnpublishing": "Weet je zeker dat je dit van de site wilt halen?",
            "onDeleteWithUnsavedChanges": "Weet je zeker dat je dit wilt verwijderen, samen met je "
                                          "wijzigingen die nog niet zijn opgeslagen?",
            "onDeletePublishedEntry": "Weet je zeker dat je dit wilt verwijderen?",
            "onDeleteUnpublishedChangesWithUnsavedChanges": "Al je wijzigingen die nog niet op de site "
                                                            "staan, gaan weg. Wil je dat?",
            "onDeleteUnpublishedChanges": "Al je wijzigingen die nog niet op de site staan, gaan weg. Wil je dat?",
            "confirmLoadBackup": "Er is een kopie van dit item in je browser bewaard. Wil je die gebruiken?",
        },
        "editorInterface": {"toggleI18n": "Wissel van taal", "toggleNotes": "Notities tonen of verbergen"},
        "editorNotesPane": {
            "title": "Notities",
            "emptyState": "Nog geen notities.",
            "addNote": "Notitie toevoegen",
            "addPlaceholder": "Schrijf een notitie...",
            "editPlaceholder": "Pas je notitie aan...",
            "save": "Opslaan",
            "cancel": "Annuleren",
            "edit": "Aanpassen",
            "delete": "Verwijderen",
            "resolve": "Afgehandeld",
            "unresolve": "Weer openen",
            "confirmDelete": "Weet je zeker dat je deze notitie wilt verwijderen?",
            "shortcut": "Tip: met Ctrl+Enter voeg je de notitie snel toe.",
        },
        "editorToolbar": {
            "deployButtonLabel": "Bekijk op de site",
            "deployPreviewButtonLabel": "Bekijk het voorbeeld",
            "deployPreviewPendingButtonLabel": "Kijk of het voorbeeld klaar is",
            "statusInfoTooltipDraft": "Dit is een concept. Klaar om na te laten kijken? Zet de status op "
                                      "'Wordt beoordeeld'.",
            "statusInfoTooltipInReview": "Iemand kijkt dit na. Je hoeft niets te doen, maar je kunt het "
                                         "nog wel aanpassen.",
        },
        "editorWidgets": {
            "markdown": {
                "headings": "Koppen",
                "quote": "Citaat",
                "linkPrompt": "Typ het webadres",
                "richText": "Opgemaakte tekst",
                "strikethrough": "Doorhalen",
                "toggleMode": {"rich": "Naar opgemaakte tekst", "markdown": "Naar Markdown"},
            },
            "headingOptions": {f"heading{name}": f"Kop {n}" for n, name in
                               enumerate(["One", "Two", "Three", "Four", "Five", "Six"], start=1)},
            "image": {"chooseMultiple": "Kies afbeeldingen", "addMore": "Meer afbeeldingen toevoegen",
                      "removeAll": "Alle afbeeldingen verwijderen"},
            "file": {"chooseMultiple": "Kies bestanden", "addMore": "Meer bestanden toevoegen",
                     "removeAll": "Alle bestanden verwijderen"},
            "datetime": {"setToNow": "Zet %{fieldLabel} op nu"},
            "list": {"add": "+ %{item} toevoegen", "addType": "+ %{item} toevoegen"},
            "object": {"expand": "Openklappen", "collapse": "Dichtklappen"},
        },
    },
    "mediaLibrary": {
        "mediaLibrary": {"onDelete": "Weet je zeker dat je dit wilt verwijderen?"},
        "mediaLibraryModal": {"close": "Sluiten"},
    },
    "ui": {
        "errorBoundary": {
            "reportIt": "meld het ons alsjeblieft.",
            "privacyWarning": "Als je een melding maakt, staat de foutmelding er al in. Kijk of alles "
                              "klopt, en haal persoonlijke gegevens weg.",
            "recoveredEntry": {"warning": "Kopieer je tekst en bewaar hem ergens, voordat je weggaat!"},
        },
        "settingsDropdown": {"account": "Menu van je account"},
        "toast": {
            "onFailToUpdateStatus": "De status kon niet worden bijgewerkt: %{details}",
            "entryUpdated": "De status is bijgewerkt",
            "onLoggedOut": "Je bent uitgelogd. Bewaar eerst je tekst ergens, en log dan opnieuw in.",
            "onBackendDown": "GitHub werkt nu niet goed. Kijk op %{details}.",
            "noteAdded": "Notitie toegevoegd",
            "onFailToAddNote": "De notitie kon niet worden toegevoegd: %{details}",
            "noteUpdated": "Notitie aangepast",
            "onFailToUpdateNote": "De notitie kon niet worden aangepast: %{details}",
            "noteDeleted": "Notitie verwijderd",
            "onFailToDeleteNote": "De notitie kon niet worden verwijderd: %{details}",
            "noteResolved": "Notitie afgehandeld",
            "noteReopened": "Notitie weer geopend",
            "onFailToToggleNote": "De notitie kon niet worden veranderd: %{details}",
        },
    },
    "workflow": {
        "workflow": {
            "loading": "Voorstellen laden",
            "workflowHeading": "Voorstellen",
            "newPost": "Nieuw voorstel",
            "dateFormat": "D-M-YYYY",  # no English month names ("November 30")
        },
        "workflowList": {
            "onDeleteEntry": "Weet je zeker dat je dit wilt verwijderen?",
            "onPublishingNotReadyEntry": "Alleen wat 'Klaar' is, kan op de site. Sleep de kaart naar "
                                         "'Klaar' om te publiceren.",
            "onPublishEntry": "Weet je zeker dat je dit wilt publiceren?",
        },
    },
}


def nl_js() -> str:
    """admin/nl.js: our texts over Decap's Dutch ones, then start the form."""
    data = json.dumps(TEKSTEN, ensure_ascii=False, indent=1, sort_keys=True)
    return f"""// Made by the buurtbanen generator (generator/formulier_teksten.py). Dutch texts with "je",
// laid over Decap's own Dutch texts before the form starts (index.html sets CMS_MANUAL_INIT).
(function () {{
  var eigen = {data};
  function samen(basis, extra) {{
    var uit = {{}};
    Object.keys(basis).forEach(function (k) {{ uit[k] = basis[k]; }});
    Object.keys(extra).forEach(function (k) {{
      var b = basis[k], e = extra[k];
      uit[k] = (b && typeof b === "object" && typeof e === "object") ? samen(b, e) : e;
    }});
    return uit;
  }}
  window.CMS.registerLocale("nl", samen(window.CMS.getLocale("nl") || {{}}, eigen));
  // The choice lists (react-select inside Decap) name their remove buttons in English, outside
  // Decap's texts: "Remove werkgever". Say it in Dutch.
  new MutationObserver(function (changes) {{
    changes.forEach(function (change) {{
      [change.target].concat(Array.prototype.slice.call(change.addedNodes || [])).forEach(function (node) {{
        if (!node.querySelectorAll) return;
        [node].concat(Array.prototype.slice.call(node.querySelectorAll("[aria-label^='Remove ']"))).forEach(function (el) {{
          var label = el.getAttribute("aria-label") || "";
          if (label.indexOf("Remove ") === 0) el.setAttribute("aria-label", label.slice(7) + " weghalen");
        }});
      }});
    }});
  }}).observe(document.documentElement, {{subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"]}});
  window.CMS.init();
}})();
"""
