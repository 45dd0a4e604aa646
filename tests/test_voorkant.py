"""The site's own JavaScript (docs/assets/): ES modules that share docs/assets/gedeeld.js, a part
that does not load on a weak connection says so in Dutch and can be tried again, and a malformed
#part of the address throws nothing. In Chromium, on the real site."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, axe

ASSETS = ROOT / "docs" / "assets"
PLANNER_PROBLEEM = ("De routeplanner laadt nu niet. Misschien is je internet even weg. "
                    "De lijsten hieronder werken wel. ")


def scripts() -> dict[str, str]:
    return {p.relative_to(ASSETS).as_posix(): p.read_text(encoding="utf-8") for p in ASSETS.rglob("*.js")}


def extra_javascript() -> list[tuple[str, str | None]]:
    """(path, type) of every script in mkdocs.yml's extra_javascript, in order."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nextra_javascript:\n", 1)[1]
    block = text[:re.search(r"^\S", text, re.M).start()]  # type: ignore[union-attr]
    entries = re.split(r"^\s*- ", block, flags=re.M)[1:]
    out = []
    for entry in entries:
        path = re.search(r"(?:path:\s*)?(assets/\S+\.js)", entry)
        kind = re.search(r"^\s*type:\s*(\S+)", entry, re.M)
        assert path, entry
        out.append((path.group(1), kind.group(1) if kind else None))
    return out


# --- one shared module, ES modules everywhere ---------------------------------------------------

def test_every_script_on_every_page_is_an_es_module_and_the_shared_one_comes_first():
    listed = extra_javascript()
    assert listed[0] == ("assets/gedeeld.js", "module")
    assert [path for path, kind in listed if kind != "module"] == []
    assert {path for path, _ in listed} == {"assets/gedeeld.js", "assets/menu.js", "assets/vraag-openen.js",
                                            "assets/spoorboekje/start.js"}


@pytest.mark.parametrize("what", [
    r"function el\(",                       # the element helper
    r"document\$",                          # Material's page changes
    r"buurtbaan-spoorboekje-route",         # the storage key
    r"decodeURIComponent\(",                # reading the #part
    r"tekstGeen",                           # the list filter's count line
    r"Probeer opnieuw",                     # the retry button
])
def test_what_the_scripts_share_lives_only_in_gedeeld_js(what):
    assert sorted(name for name, code in scripts().items() if re.search(what, code)) == ["gedeeld.js"]


@pytest.mark.parametrize(("path", "script"), [("vacatures/", "vacatures.js"), ("leren/ervaringen/", "ervaringen.js")])
def test_a_filter_loads_only_on_its_own_page(path, script, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + "vuistregels/", wait_until="networkidle")
    assert [r for r in visit.requests if r.endswith(("/vacatures.js", "/ervaringen.js"))] == []
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert [r.rsplit("/", 1)[1] for r in visit.requests if r.endswith(("/vacatures.js", "/ervaringen.js"))] == [script]
    assert visit.errors == []  # that the filters work: test_browser_vacatures.py, test_leren_browser.py


def test_no_script_is_old_style():
    """ES modules: no `var`, no IIFE wrapper, no "use strict" (modules are strict)."""
    for name, code in scripts().items():
        assert not re.search(r"^\s*var\s|\(function\s*\(\)|[\"']use strict[\"']", code, re.M), name


# --- in Chromium ----------------------------------------------------------------------------

def fail_once(page, pattern: str) -> list[str]:
    """Requests matching `pattern` fail the first time (a dropped connection), then pass."""
    calls: list[str] = []

    def handle(route):
        calls.append(route.request.url)
        if len(calls) == 1:
            route.abort("internetdisconnected")
        else:
            route.fallback()

    page.route(pattern, handle)
    return calls


def page_errors(page) -> list[str]:
    """Errors thrown in the page, except those of Material's own bundle: when only the #part
    changes, Material 9.8's instant navigation loads the page again and re-runs its inline
    scripts without their type, so a page's JSON-LD is run as JavaScript (a SyntaxError)."""
    errors: list[str] = []
    page.on("pageerror", lambda e: "/assets/javascripts/bundle." in (e.stack or "") or errors.append(str(e)))
    return errors


@pytest.mark.parametrize("fails", ["**/assets/spoorboekje/planner.js", "**/assets/spoorboekje/routes.js",
                                   "**/spoorboekje/stations.json"])
def test_a_route_builder_that_does_not_load_says_so_and_tries_again(fails, site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = visit.page
    errors = page_errors(page)
    calls = fail_once(page, fails)
    page.goto(site_url + "spoorboekje/")
    page.select_option("#bb-van", "vrijwilliger-in-de-buurt")
    page.select_option("#bb-naar", "werk-zorg-en-welzijn")
    page.focus("#bb-van")  # the first use: the builder loads
    melding = page.locator("#bb-melding")
    again = melding.get_by_role("button", name="Probeer opnieuw")
    again.wait_for()
    assert melding.evaluate("p => p.firstChild.textContent") == PLANNER_PROBLEEM
    assert again.bounding_box()["height"] >= 24  # a target a thumb can hit (WCAG 2.5.8)
    if fails.endswith("planner.js"):
        assert axe(page, "document.getElementById('bb-planner')") == []
    again.click()
    page.wait_for_function("document.getElementById('bb-planner').dataset.gestart === 'ja'")
    assert page.evaluate("document.activeElement.id") == "bb-van"  # focus stays in the builder
    assert melding.inner_text() == ""
    assert len(calls) == 2
    page.get_by_role("button", name="Zoek routes").click()  # and it works
    page.wait_for_selector("#bb-routes-kop")
    assert page.locator(".bb-route").count() >= 1
    assert errors == []


def test_the_builder_keeps_asking_while_the_connection_is_down(site_url, bezoek):
    visit = bezoek()
    page = visit.page
    page.route("**/assets/spoorboekje/planner.js", lambda route: route.abort("internetdisconnected"))
    page.goto(site_url + "spoorboekje/")
    page.select_option("#bb-van", "vrijwilliger-in-de-buurt")
    page.select_option("#bb-naar", "werk-zorg-en-welzijn")
    page.focus("#bb-van")
    again = page.locator("#bb-melding").get_by_role("button", name="Probeer opnieuw")
    again.click()
    again.wait_for()  # a second failure: the message and the button again, not a silent stop
    assert page.locator("#bb-melding").evaluate("p => p.firstChild.textContent") == PLANNER_PROBLEEM
    page.unroute("**/assets/spoorboekje/planner.js")
    page.get_by_role("button", name="Zoek routes").click()  # a use of the form also tries again
    page.wait_for_selector("#bb-routes-kop")
    assert page.locator(".bb-route").count() >= 1


def _open_search(page):
    page.keyboard.press("/")
    page.wait_for_selector("dialog.bb-zoek[open]")


def _status_text(page) -> str:
    return page.locator(".bb-zoek__status").evaluate("p => p.firstChild ? p.firstChild.textContent : ''")


# Pagefind's own code, and its meta index (without it the WebAssembly has nothing to search).
@pytest.mark.parametrize("fails", ["**/pagefind/pagefind.js", "**/pagefind/*.pf_meta"])
def test_a_search_that_cannot_load_says_so_and_tries_again(fails, site_url, bezoek):
    visit = bezoek()
    page = visit.page
    errors = page_errors(page)
    calls = fail_once(page, fails)
    page.goto(site_url)
    _open_search(page)
    again = page.locator(".bb-zoek__status").get_by_role("button", name="Probeer opnieuw")
    again.wait_for()
    assert _status_text(page) == "Zoeken lukt nu niet. Misschien is je internet even weg. "
    # the way out stays: the A-Z list, at the address of the header's search link
    assert page.locator(".bb-zoek__az a").get_attribute("href") == site_url + "onderwerpen/"
    if fails.endswith("pagefind.js"):
        assert axe(page, "document.querySelector('dialog.bb-zoek')") == []
    again.click()
    page.locator("#bb-zoek-sectie option[value=Vuistregels]").wait_for(state="attached")  # loaded now
    assert page.evaluate("document.activeElement.id") == "bb-zoek-vraag"
    assert len(calls) >= 2
    assert page.locator("#bb-zoek-sectie option[value=Vuistregels]").count() == 1  # filled in once
    page.get_by_label("Waar zoek je naar?").fill("subsidie")
    page.wait_for_selector(".bb-zoek__resultaten a")
    assert errors == []


def test_a_failed_search_tries_again_with_the_button(site_url, bezoek):
    visit = bezoek()
    page = visit.page
    errors = page_errors(page)
    page.goto(site_url)
    _open_search(page)
    page.locator("#bb-zoek-sectie option[value=Vuistregels]").wait_for(state="attached")
    page.route("**/pagefind/fragment/**", lambda route: route.abort("internetdisconnected"))
    page.get_by_label("Waar zoek je naar?").fill("subsidie")
    again = page.locator(".bb-zoek__status").get_by_role("button", name="Probeer opnieuw")
    again.wait_for()
    assert _status_text(page) == 'Zoeken naar "subsidie" lukt nu niet. Misschien is je internet even weg. '
    assert page.locator(".bb-zoek__resultaten li").count() == 0
    page.unroute("**/pagefind/fragment/**")
    again.click()
    page.wait_for_selector(".bb-zoek__resultaten a")
    assert re.fullmatch(r'\d+ resultaten? voor "subsidie"\..*', page.locator(".bb-zoek__status").inner_text())
    assert page.evaluate("document.activeElement.id") == "bb-zoek-vraag"
    assert errors == []


@pytest.mark.parametrize("path", ["werkgevers/vragen/", "spoorboekje/", ""])
def test_a_malformed_hash_throws_nothing(path, site_url, bezoek):
    visit = bezoek()
    page = visit.page
    errors = page_errors(page)
    page.goto(site_url + path + "#%E0%A4%A", wait_until="networkidle")  # on the first load
    page.evaluate("location.hash = '#%E0%A4%A%'")  # and when only the #part changes
    page.evaluate("location.hash = '#route=%E0%A4%A'")
    page.wait_for_timeout(200)
    assert errors == []
    if path == "spoorboekje/":  # the route builder says the link does not work
        page.wait_for_selector("#bb-routes-kop")
        assert page.locator("#bb-routes-kop").inner_text() == "Deze link werkt niet meer"
