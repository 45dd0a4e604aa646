"""XSS payloads in every text field of every content type, built into a site and opened in
Chromium: no script may run, no link may use another scheme, nothing may load from another host,
and <title> and <meta name="description"> hold the payload as text.

`controleer` refuses these payloads (tests/meldingen/veilig-*.yaml). Here its refusal is switched
off for the build, so the test proves the output side on its own: escaping in the templates, the
front matter serialiser, the sanitiser and the escaped title and description in the theme.

Which fields are text comes from the JSON Schemas in schemas/ (made from the declarations): a
string without enum, format or a pattern other than \\S. Optional text fields the fixture leaves out are added.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import BOUWDATUM, ROOT, maak_fixture_project, serve_folder

K = "window.__xss=1"


def payload(n: int) -> str:
    """Every way in we know of, in one value; `n` keeps values apart (some must be unique)."""
    return (
        f'Kanarie{n} <img src=x onerror="{K}"> "><svg onload="{K}"> </title><script>{K}</script> '
        f'<details open ontoggle="{K}"><summary>s</summary></details> '
        f"[klik{n}](javascript:{K}) [twee](JaVa&#83;cript:{K}) <a href=\"javascript:{K}\">a</a> "
        f"![beeld](https://andere-host.nl/{n}.png) <iframe srcdoc=\"<script>parent.{K}</script>\"></iframe> "
        f"<form><button formaction=\"javascript:{K}\">b</button></form> \u0080 einde\n\n"
        f"## Kop <scr<b></b>ipt>{K}</script>\n\n"
        f'tekst {{: onclick="{K}" }}\n\n'
        f"[ref{n}][r{n}]\n\n[r{n}]: javascript:{K}\n\n"
        f'<div markdown="1" onmouseover="{K}">*md*</div>\n\n'
        "<style>@import 'https://andere-host.nl/x.css';</style>\n\n"
        f"```\n</code></pre><script>{K}</script>\n```\n\n"
        f"<math><mtext><table><mglyph><style><img src=x onerror=\"{K}\"></style></mglyph></table></mtext>"
        "</math>\n"
    )


def _schemas() -> dict[str, dict]:
    """content folder -> JSON Schema of its type."""
    settings = (ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8")
    mapping = json.loads("\n".join(line for line in settings.splitlines() if not line.lstrip().startswith("//")))
    out = {}
    for schema, globs in mapping["yaml.schemas"].items():
        for glob in globs:
            out[glob.rsplit("/", 1)[0]] = json.loads((ROOT / schema).read_text(encoding="utf-8"))
    return out


def _echte_scripts() -> str:
    """The `extra_javascript` block of the real mkdocs.yml."""
    lines = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    start = lines.index("extra_javascript:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith((" ", "#")))
    return "\n" + "\n".join(lines[start:end]) + "\n"


def _types(schema: dict) -> list:
    t = schema.get("type", [])
    return t if isinstance(t, list) else [t]


def _is_text(schema: dict) -> bool:
    """A string that is not a choice, a reference or a date (a text field may ask for one non-space)."""
    return ("string" in _types(schema) and not {"enum", "format"} & set(schema)
            and schema.get("pattern", r"\S") == r"\S")


class Vuller:
    def __init__(self):
        self.n = 0
        self.paths: list[tuple] = []  # every value that holds a payload

    def nieuw(self, path) -> str:
        self.n += 1
        self.paths.append(path)
        return payload(self.n)

    def vul(self, data, schema: dict, path=()):
        if isinstance(data, str):
            return self.nieuw(path) if _is_text(schema) else data
        if isinstance(data, list):
            return [self.vul(v, schema.get("items", {}), path + (i,)) for i, v in enumerate(data)]
        if isinstance(data, dict):
            props = schema.get("properties", {})
            out = {k: self.vul(v, props.get(k, {}), path + (k,)) for k, v in data.items()}
            for naam, sub in props.items():  # optional text fields the fixture leaves out
                if naam in out:
                    continue
                if _is_text(sub):
                    out[naam] = self.nieuw(path + (naam,))
                elif "array" in _types(sub) and _is_text(sub.get("items", {})):
                    out[naam] = [self.nieuw(path + (naam, 0))]
            return out
        return data


def _zet(data, path, waarde):
    for stap in path[:-1]:
        data = data[stap]
    if waarde is _WEG:
        del data[path[-1]]
    else:
        data[path[-1]] = waarde


def _haal(data, path):
    for stap in path:
        if isinstance(data, dict) and stap not in data or isinstance(data, list) and stap >= len(data):
            return _WEG
        data = data[stap]
    return data


_WEG = object()
# Problems a payload may cause in a field that only looks like text to the schema; such a field
# gets its own value back. Any other problem fails the test: a new check on text must be listed.
TERUG = {"keuze", "verwijzing"}

# The build, with controleer's refusal of HTML, links and control characters switched off.
BOUW = ("import sys, generator.core.veilig as v; v.problemen = lambda *a, **k: []; "
        "from mkdocs.__main__ import cli; cli(sys.argv[1:])")


@pytest.fixture(scope="module")
def vies(tmp_path_factory):
    """(address of the served site, the project, the payload fields) of the fixture site with a
    payload in every text field."""
    project = maak_fixture_project(tmp_path_factory.mktemp("vies") / "project")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write(_echte_scripts())  # the route builder, the vacancy filter, opening a question
    schemas = _schemas()
    vuller = Vuller()
    bestanden = {}
    for bestand in sorted((project / "content").rglob("*.yaml")):
        map_ = bestand.parent.relative_to(project).as_posix()
        origineel = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        bestanden[bestand] = (origineel, vuller.vul(copy.deepcopy(origineel), schemas[map_], (bestand,)))

    from generator.core import veilig
    from generator.site import controleer
    echte = veilig.problemen
    veilig.problemen = lambda *a, **k: []
    try:
        for _ in range(5):
            for bestand, (_, data) in bestanden.items():
                bestand.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            _, problems = controleer(project)
            fouten = [p for p in problems if p.is_fout]
            if not fouten:
                break
            for p in fouten:
                assert p.code in TERUG and p.veld, f"een tekstveld kan geen payload hebben: {p.format()}"
                bestand = project / str(p.path)
                origineel, data = bestanden[bestand]
                _zet(data, p.veld, copy.deepcopy(_haal(origineel, p.veld)))
                vuller.paths.remove((bestand, *p.veld))
    finally:
        veilig.problemen = echte
    assert not fouten, [p.format() for p in fouten]

    uit = project / "site"
    env = dict(os.environ, BUURTBANEN_DATUM=BOUWDATUM, NO_MKDOCS_2_WARNING="1")
    # Not --strict: MkDocs rightly warns about the javascript: links, which is not what this tests.
    result = subprocess.run([sys.executable, "-c", BOUW, "build", "-f", str(project / "mkdocs.yml"),
                             "-d", str(uit)], capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    url, server = serve_folder(uit)
    yield url, uit, vuller.paths
    server.shutdown()


def test_every_text_field_of_every_content_type_holds_a_payload(vies):
    _, uit, paths = vies
    per_map = {}
    for bestand, *path in paths:
        per_map.setdefault(bestand.parent.name, set()).add(path[0])
    assert set(per_map) >= {"organisaties", "regelingen", "routekaart", "stations", "lijnen", "vacatures",
                            "vuistregels", "protocol", "vragen"}
    assert len(paths) > 100
    # the C1 control character did not make MkDocs drop the front matter and show it as text
    for pagina in uit.rglob("index.html"):
        tekst = pagina.read_text(encoding="utf-8")
        assert "title: &quot;Kanarie" not in tekst and 'title: "Kanarie' not in tekst, pagina


CHECK = """() => {
  const bad = [];
  if (window.__xss !== undefined) bad.push("script ran");
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (a.name.startsWith("on")) bad.push(el.tagName + " " + a.name);
      if (["srcdoc", "formaction", "action", "xlink:href"].includes(a.name)) bad.push(el.tagName + " " + a.name);
    }
  }
  for (const a of document.querySelectorAll("a[href], area[href]")) {
    const p = new URL(a.href, location.href).protocol;
    if (!["http:", "https:", "mailto:", "tel:"].includes(p)) bad.push("link " + a.getAttribute("href"));
  }
  for (const s of document.scripts) {
    if (s.type === "application/ld+json") {  // data, not code: it must still be whole JSON
      try { JSON.parse(s.text); } catch (e) { bad.push("broken JSON-LD"); }
    } else if (s.text.includes("__xss")) bad.push("script element");
  }
  for (const img of document.images)  // an image only from this site
    if (img.src.startsWith("http") && new URL(img.src).origin !== location.origin) bad.push("img " + img.src);
  for (const tag of ["iframe", "object", "embed", "article style", "math"])
    if (document.querySelector(tag)) bad.push(tag);
  const titles = document.querySelectorAll("head title");
  const descriptions = document.querySelectorAll("meta[name=description]");
  if (titles.length !== 1) bad.push(titles.length + " <title>");
  if (descriptions.length > 1) bad.push(descriptions.length + " <meta description>");
  const article = document.querySelector("article");
  if (article && /(title|description): "/.test(article.innerText)) bad.push("front matter shown as text");
  return {bad, title: document.title, description: descriptions[0] && descriptions[0].content,
          text: article ? article.innerText : ""};
}"""


def _paginas(uit: Path) -> list[str]:
    paginas = [p.relative_to(uit).as_posix() for p in uit.rglob("index.html")]
    return sorted(p[: -len("index.html")] for p in paginas if not p.startswith(("admin/", "pagefind/")))


def _bekijk(visit, url) -> dict:
    visit.page.goto(url, wait_until="networkidle")
    visit.page.wait_for_timeout(50)  # an <img onerror> fires after its request fails
    return visit.page.evaluate(CHECK)


def test_the_canary_can_sing(bezoek):
    """The check below would see a payload that runs: proven on a page that lets one through."""
    visit = bezoek()
    visit.page.set_content(f'<title>x</title><meta name="description" content="x"><img src=x onerror="{K}">'
                           f'<a href="javascript:{K}">a</a>')
    visit.page.wait_for_timeout(100)
    bad = visit.page.evaluate(CHECK)["bad"]
    assert "script ran" in bad and "IMG onerror" in bad and f"link javascript:{K}" in bad


def test_no_payload_runs_on_any_page(vies, bezoek):
    url, uit, _ = vies
    visit = bezoek()
    seen = {}
    for path in _paginas(uit):
        result = _bekijk(visit, url + path)
        assert result["bad"] == [], (path, result["bad"])
        seen[path] = result
    other_hosts = [r for r in visit.requests if not r.startswith((url, "data:"))]
    assert other_hosts == []
    # Item pages: the payload reached the page, the header and the <meta> as text.
    items = {p: r for p, r in seen.items() if "Kanarie" in r["title"]}
    assert len(items) >= 15, sorted(items)
    for path, r in items.items():
        assert "</title><script>" in r["title"] and r["title"].endswith(" - Testsite"), path
        assert "<img src=x" in r["text"], path  # shown, not run
    descriptions = [r["description"] for r in items.values() if "Kanarie" in (r["description"] or "")]
    assert descriptions and all('"><svg onload=' in d for d in descriptions)


def test_no_payload_runs_when_the_scripts_show_content(vies, bezoek):
    """The route builder, the vacancy filter, a linked question and the search all put content
    on the page from JavaScript."""
    url, _, _ = vies
    visit = bezoek()
    page = visit.page
    page.goto(url + "spoorboekje/", wait_until="networkidle")
    page.wait_for_selector("#bb-planner:not([hidden])", timeout=10000)
    page.select_option("#bb-van", index=1)
    page.select_option("#bb-naar", index=2)
    page.get_by_role("button", name="Zoek routes").click()
    page.wait_for_function("document.querySelector('#bb-melding').textContent !== '' || "
                           "document.querySelector('#bb-routes').children.length > 0")
    page.click("#bb-zelf-erbij")
    assert page.evaluate(CHECK)["bad"] == []

    page.goto(url + "vacatures/", wait_until="networkidle")
    if page.locator("form[data-bb-filter]").count():
        page.select_option("#bb-waar", index=1)
        assert page.evaluate(CHECK)["bad"] == []

    page.goto(url + "werkgevers/vragen/", wait_until="networkidle")
    vraag = page.eval_on_selector("details.bb-vraag", "d => d.id")
    page.goto(url + f"werkgevers/vragen/#{vraag}", wait_until="networkidle")
    for summary in page.locator("summary").all():
        summary.click()
    assert page.evaluate(CHECK)["bad"] == []
    page.evaluate("location.hash = '#%E0%A4%A'")  # not valid percent-encoding: ignored quietly
    page.wait_for_timeout(100)
    assert not [e for e in visit.errors if "URI" in e]

    page.keyboard.press("/")
    page.wait_for_selector("dialog.bb-zoek[open]")
    page.get_by_label("Waar zoek je naar?").fill("Kanarie")
    page.wait_for_selector(".bb-zoek__resultaten a")
    page.wait_for_timeout(200)
    assert page.evaluate(CHECK)["bad"] == []
    assert [r for r in visit.requests if not r.startswith((url, "data:"))] == []
