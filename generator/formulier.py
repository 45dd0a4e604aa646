"""The web form under /admin/: Decap CMS, its collections made from the field declarations.

Decap comes from the npm registry, pinned in `admin/package-lock.json`; `make` installs it with
`npm ci` and we copy its built files (`dist/`) into the site, so the form loads nothing from a
CDN. Without npm the site is built without /admin/, and the build says so.

Two variants of `config.yml`:
- the real form: Decap's `github` backend with the editorial workflow, so every change becomes a
  pull request. Logging in needs an OAuth proxy (`oauth_proxy` in mkdocs.yml; see
  docs/bijdragen/beheer.md);
- the practice form (`BUURTBANEN_FORMULIER=oefenen`, or `buurtbanen bouw --oefenformulier`):
  Decap's `test-repo` backend, filled with a copy of the content. Nothing leaves the browser.
  The browser tests use it, and editors can try the form with it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .core.content import Inhoud, Soort
from .core.indeling import CONTENT_ROOT, content_folder, relatieve_url
from .core.velden import Kader, Veld, label
from .formulier_teksten import nl_js
from .indeling import INDELING

MAP = "admin"
DECAP = Path(__file__).resolve().parent.parent / "admin" / "node_modules" / "decap-cms" / "dist"
ENV = "BUURTBANEN_FORMULIER"
DECAP_ENV = "BUURTBANEN_DECAP"
OAUTH_VOORBEELD = "https://oauth-proxy.voorbeeld.invalid"  # placeholder until a proxy runs
# Decap's built files: the main script, the chunks it loads from its own folder, and the WebP
# encoders (WebAssembly) its image handling loads. Source maps and the `cms.js` copy are left out.
DECAP_BESTANDEN = re.compile(r"decap-cms\.js|[0-9]+\.decap-cms\.js|decap-cms\.js\.LICENSE\.txt|[0-9a-f]+\.wasm")


@dataclass(frozen=True)
class Bestand:
    """One file of /admin/: `text` for a made file, `source_path` for one copied from Decap."""

    path: str
    text: str | None = None
    source_path: Path | None = None


def oefenen(environ=os.environ) -> bool:
    return environ.get(ENV, "") == "oefenen"


def decap_map(environ=os.environ) -> Path:
    """Decap's built files: from `make formulier`, or where BUURTBANEN_DECAP points."""
    return Path(environ[DECAP_ENV]) if environ.get(DECAP_ENV) else DECAP


def decap_aanwezig(dist: Path | None = None) -> bool:
    return ((dist or decap_map()) / "decap-cms.js").is_file()


def bestanden(soorten: dict[str, Soort], mkdocs_config, root: Path, oauth_proxy: str | None,
              oefen: bool, dist: Path | None = None, inhoud: Inhoud | None = None) -> list[Bestand]:
    """Everything under /admin/. Call only when `decap_aanwezig(dist)`. Without an OAuth proxy the
    real form cannot log in: index.html then says so, and links to the other ways to help."""
    dist = dist or decap_map()
    cfg = config(soorten, repo=_repo(mkdocs_config.repo_url), branch=_branch(mkdocs_config.edit_uri),
                 site_url=mkdocs_config.site_url, oauth_proxy=oauth_proxy, oefen=oefen, inhoud=inhoud)
    klaar = oefen or bool(oauth_proxy)
    bijdragen = relatieve_url(INDELING.overzicht("bijdragen"), MAP, mkdocs_config.use_directory_urls)
    made = [Bestand(f"{MAP}/index.html", index_html(oefen, klaar=klaar, bijdragen=bijdragen)),
            Bestand(f"{MAP}/config.yml", config_yaml(cfg)), Bestand(f"{MAP}/nl.js", nl_js())]
    if oefen:
        made.append(Bestand(f"{MAP}/oefeninhoud.js", oefeninhoud_js(root, soorten)))
    copied = [Bestand(f"{MAP}/{p.name}", source_path=p) for p in sorted(dist.iterdir())
              if DECAP_BESTANDEN.fullmatch(p.name)]
    return made + copied


# --- config.yml ---------------------------------------------------------------------------------

def config(soorten: dict[str, Soort], *, repo: str, branch: str = "main", site_url: str | None = None,
           oauth_proxy: str | None = None, oefen: bool = False, inhoud: Inhoud | None = None) -> dict:
    backend: dict[str, object]
    if oefen:
        backend = {"name": "test-repo"}
    else:
        backend = {
            "name": "github",
            "repo": repo,
            "branch": branch,
            # GitHub only hands out a login token to a server that knows the app's secret: the
            # OAuth proxy. Its /auth and /callback do the login; see docs/bijdragen/beheer.md.
            "base_url": oauth_proxy or OAUTH_VOORBEELD,
            "auth_endpoint": "auth",
            # People without write access propose their change from a fork, as a pull request.
            "open_authoring": True,
            "auth_scope": "public_repo",
        }
    result = {
        "locale": "nl",
        "publish_mode": "editorial_workflow",
        "backend": backend,
        # Decap needs a media folder. Image widgets are off (no photos of residents), so nothing
        # is ever written here.
        "media_folder": "docs/assets/formulier",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "editor": {"preview": False},  # Decap's preview does not look like our pages; it would mislead
        "collections": [collection(s, soorten, inhoud) for s in soorten.values()],
    }
    if site_url:
        result["site_url"] = result["display_url"] = site_url
    return result


def collection(soort: Soort, soorten: dict[str, Soort], inhoud: Inhoud | None = None) -> dict:
    return {
        "name": soort.naam,
        "label": soort.map.rsplit("/", 1)[-1].replace("-", " ").capitalize(),
        "label_singular": soort.naam,
        "description": f"De bestanden in {content_folder(soort.map)}/. Een nieuw bestand krijgt zijn naam van "
                       f"het veld '{naam_veld(soort)}'.",
        "folder": content_folder(soort.map),
        "extension": "yaml",
        "format": "yaml",
        "create": True,
        "delete": False,  # removing a page is for a reviewer on GitHub, not a click in the form
        "identifier_field": naam_veld(soort),
        "slug": "{{slug}}",  # the file name, made from the identifier field
        "fields": [_met_gebruikt(veld(v, soorten), v, soort, inhoud) for v in soort.alle_velden],
    }


def _met_gebruikt(field: dict, v: Veld, soort: Soort, inhoud: Inhoud | None) -> dict:
    """Decap cannot refuse a value another file has (like a vuistregel's nummer), so the hint says
    which ones are taken; `buurtbanen controleer` in the pull request names a clash and a free value."""
    if not v.uniek or inhoud is None:
        return field
    used = sorted({i.waarden.get(v.naam) for i in inhoud.alle(soort.naam)} - {None},
                  key=lambda x: (0, x, "") if isinstance(x, int) else (1, 0, str(x)))
    if not used:
        return field
    shown = ", ".join(map(str, used))
    vrij = v.vrije_waarde(used)
    return {**field, "hint": field["hint"] + f" Al in gebruik: {shown}."
            + (f" Nog vrij: {vrij}." if vrij is not None else "")}


def naam_veld(soort: Soort) -> str:
    """The field that names an item: its title, name or question."""
    return soort.naamveld


def veld(v: Veld, soorten: dict[str, Soort]) -> dict:
    """One Decap field for one declared field (each field kind makes its own widget)."""
    return v.decap(Kader(soorten))


def _label(naam: str) -> str:
    """'voor_wie' -> 'Voor wie'."""
    return label(naam)


def _repo(repo_url: str | None) -> str:
    match = re.fullmatch(r"https://github\.com/([^/]+/[^/]+?)(?:\.git)?/?", repo_url or "")
    if not match:
        raise ValueError("Het formulier heeft repo_url in mkdocs.yml nodig, zoals https://github.com/eigenaar/naam")
    return match[1]


def _branch(edit_uri: str | None) -> str:
    match = re.match(r"(?:edit|blob)/([^/]+)/", edit_uri or "")
    return match[1] if match else "main"


def config_yaml(cfg: dict) -> str:
    head = ("# Made by the buurtbanen generator from the field declarations in generator/soorten/.\n"
            "# Do not edit: change the declarations, or generator/formulier.py.\n")
    return head + yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False, width=100)


# --- index.html and the practice content --------------------------------------------------------

def index_html(oefen: bool, klaar: bool = True, bijdragen: str | None = None) -> str:
    """The form's page. `klaar`: the form can log in (the practice form, or an OAuth proxy is set);
    otherwise the page says plainly that logging in is not possible yet, and loads no Decap.
    `bijdragen`: the address of the Bijdragen page seen from /admin/ (default: with folder URLs)."""
    bijdragen = bijdragen or relatieve_url(INDELING.overzicht("bijdragen"), MAP)
    titel = "Oefenformulier" if oefen else "Formulier"
    head = f"""<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>{titel} – Buurtbaan Kennisbank</title>
  <link rel="icon" href="../assets/images/favicon.png">
"""
    if not klaar:
        return head + """  <style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
  <main>
    <h1>Het formulier werkt nog niet</h1>
    <p>Inloggen met GitHub kan hier nog niet. Daarvoor is een inlogdienst nodig (een OAuth-proxy),
      en die is nog niet ingesteld.</p>
    <p>Je kunt de inhoud wel aanpassen op GitHub. Lees hoe op de pagina
      <a href="{bijdragen}">Bijdragen</a>.</p>
    <p>Beheer je deze site? Lees dan hoe je de inlogdienst instelt in <code>docs/bijdragen/beheer.md</code>.</p>
  </main>
</body>
</html>
""".replace("{bijdragen}", bijdragen)
    oefenscript = '  <script src="oefeninhoud.js"></script>\n' if oefen else ""
    return head + f"""  <link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
  <noscript>Het formulier werkt alleen met JavaScript. Je kunt de inhoud ook op GitHub aanpassen:
    lees hoe op de pagina <a href="{bijdragen}">Bijdragen</a>.</noscript>
{oefenscript}  <script>window.CMS_MANUAL_INIT = true;</script>
  <script src="decap-cms.js"></script>
  <script src="nl.js"></script>
</body>
</html>
"""


def oefeninhoud_js(root: Path, soorten: dict[str, Soort]) -> str:
    """A copy of the content for the practice form, as Decap's test-repo backend reads it."""
    folders = {}
    for soort in soorten.values():
        folder = root / content_folder(soort.map)
        files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        folders[content_folder(soort.map)] = {p.name: {"content": p.read_text(encoding="utf-8")} for p in files}
    data = json.dumps(folders, ensure_ascii=False, indent=1, sort_keys=True)
    return f"""// A copy of {CONTENT_ROOT}/ for the practice form (Decap's test-repo backend). What you change in
// the practice form stays in this browser tab.
(function () {{
  var folders = {data};
  var tree = {{}};
  Object.keys(folders).forEach(function (folder) {{
    // test-repo lists a folder by its whole path, and reads a file by walking the path.
    tree[folder] = folders[folder];
    var node = tree;
    var parts = folder.split("/");
    parts.forEach(function (part, i) {{
      node[part] = node[part] || (i === parts.length - 1 ? folders[folder] : {{}});
      node = node[part];
    }});
  }});
  window.repoFiles = tree;
}})();
"""
