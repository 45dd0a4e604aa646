"""The form under /admin/ in Chromium, offline, with Decap's test-repo backend (the practice form).

Every request to a host other than our local server is blocked and recorded, and must not happen.
No console message is filtered: the form must load, open every collection and a new entry, and
save, with no error at all.
"""

import datetime as dt
import os
import re
from pathlib import PurePosixPath

import pytest
from conftest import BOUWDATUM, ROOT, _skipped_browser, bouw, serve_folder
from schemahulp import als_json, schema_fouten

from generator import formulier
from generator.core import loader
from generator.site import controleer, soorten

SOORTEN = soorten()


@pytest.fixture(scope="module")
def admin_url(tmp_path_factory):
    if not formulier.decap_aanwezig():
        message = ("Decap CMS is niet geïnstalleerd (admin/node_modules): de formuliertests zijn "
                   "overgeslagen. Installeer npm en draai: make formulier")
        if os.environ.get("CI"):
            pytest.fail("In CI moet het formulier er zijn. " + message, pytrace=False)
        _skipped_browser.append(message)
        pytest.skip(message)
    uit = tmp_path_factory.mktemp("oefensite")
    result = bouw(ROOT, uit, BOUWDATUM, "--oefenformulier")
    assert result.returncode == 0, result.stdout + result.stderr
    url, server = serve_folder(uit)
    yield url + "admin/"
    server.shutdown()


def _open(bezoek, url: str):
    """A fresh browser that may only talk to our server, logged in to the practice form."""
    visit = bezoek()
    visit.blocked = []
    local = url.split("/admin/")[0] + "/"

    def route(r):
        if r.request.url.startswith(local):
            r.continue_()
        else:
            visit.blocked.append(r.request.url)
            r.abort()
    visit.context.route("**/*", route)
    # Decap fills some fields of a new entry itself (an empty list for a multiple select), so
    # leaving an untouched new entry asks "Weet je zeker dat je deze pagina wilt verlaten?".
    # Playwright would dismiss it and stay; we answer yes, as an editor moving on would.
    visit.dialogs = []
    visit.page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.accept()))
    visit.page.goto(url, wait_until="networkidle")
    visit.page.get_by_role("button", name="Inloggen").click()
    return visit


def test_every_collection_and_a_new_entry_open_offline_without_errors(admin_url, bezoek):
    visit = _open(bezoek, admin_url)
    page = visit.page
    for soort in SOORTEN.values():
        collectie = formulier.collection(soort, SOORTEN)
        page.goto(admin_url + f"#/collections/{soort.naam}")
        page.get_by_role("heading", name=collectie["label"], exact=True).wait_for()
        assert page.get_by_text(collectie["description"]).is_visible()

        page.goto(admin_url + f"#/collections/{soort.naam}/new")
        page.get_by_role("button", name="Opslaan").wait_for()
        labels = [" ".join(t.split()) for t in page.locator("label").all_text_contents()]
        for veld in soort.alle_velden:
            name = formulier._label(veld.naam)
            assert any(re.fullmatch(re.escape(name) + r"( \(optioneel\))?", t, re.I) for t in labels), \
                (soort.naam, name, labels)
    assert visit.blocked == []
    assert visit.errors == []


def test_the_form_speaks_dutch(admin_url, bezoek):
    visit = _open(bezoek, admin_url)
    visit.page.get_by_role("link", name="Inhoud").wait_for()
    assert visit.page.get_by_text("Inhoudstypen").is_visible()
    assert visit.errors == []


EERSTE = {naam: sorted((ROOT / "content" / s.map).glob("*.yaml"))[0] for naam, s in SOORTEN.items()}


@pytest.mark.parametrize("soort", sorted(SOORTEN))
def test_saving_an_entry_writes_a_file_the_validator_accepts(soort, admin_url, bezoek, tmp_path):
    path = EERSTE[soort]
    rel = path.relative_to(ROOT).as_posix()
    veld = formulier.naam_veld(SOORTEN[soort])
    visit = _open(bezoek, admin_url)
    page = visit.page
    page.goto(admin_url + f"#/collections/{soort}/entries/{path.stem}")
    label = page.locator("label", has_text=re.compile(rf"^{re.escape(formulier._label(veld))}$", re.I)).first
    field = page.locator("#" + label.get_attribute("for"))
    old = field.input_value()
    assert old
    field.fill(old + " (aangepast)")
    saved = _save(visit, rel)

    # The file Decap wrote passes our validator and the JSON Schema, next to all other content.
    _, problems = _controleer_met(tmp_path, rel, saved[rel])
    assert [p.format() for p in problems] == []
    assert schema_fouten(soort, saved[rel], path.name) == []

    # Only the changed field differs; Markdown may be re-wrapped, but says the same.
    before, _ = loader.load(path.read_text(encoding="utf-8"), PurePosixPath(rel))
    after, _ = loader.load(saved[rel], PurePosixPath(rel))
    changed = {**before.data, veld: old + " (aangepast)"}
    for name, value in changed.items():
        kind = next(v.veldsoort for v in SOORTEN[soort].alle_velden if v.naam == name)
        got = after.data.get(name)
        if kind == "markdown":
            value, got = " ".join(value.split()), " ".join(got.split())
        assert als_json(got) == als_json(value), name
    assert set(after.data) == set(changed)


# English left in a page, or the formal "u"/"uw" (we say "je"); month names come from dates like
# "November 30". Matched against every visible text and every accessible name of a button.
ENGELS = re.compile(
    r"\b(New|Add|Save|Delete|Publish|Published|Workflow|Quote|Heading|Notes?|Expand|Collapse|Toggle|Close|"
    r"Select|Loading|Entries|Search|Draft|Ready|Unpublished|Choose|Remove|Options|Back|Live|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|u|uw)\b")


def _zichtbaar(page) -> str:
    """Visible text plus the names and titles screen readers get of buttons and links."""
    return page.evaluate("""() => document.body.innerText + "\\n" + [...document.querySelectorAll(
        'button, a, [role=button], input, [title], [aria-label]')].map(e =>
        [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')]
        .filter(Boolean).join('\\n')).join('\\n')""")


def test_every_visible_text_is_dutch_with_readable_choices_and_a_plain_plus(admin_url, bezoek):
    visit = _open(bezoek, admin_url)
    page = visit.page
    seen = {}
    page.goto(admin_url + "#/collections/vuistregel")
    new = page.get_by_role("link", name="vuistregel toevoegen", exact=True)
    new.wait_for()
    assert new.inner_text().strip() == "+ vuistregel toevoegen"  # a plain +: the site's fonts have it
    seen["collectie"] = _zichtbaar(page)

    page.goto(admin_url + "#/collections/vuistregel/new")
    page.get_by_role("button", name="Opslaan").wait_for()
    groep = page.locator("label", has_text=re.compile(r"^Groep$")).first
    page.locator("#" + groep.get_attribute("for")).click()  # open the choice list
    opties = page.get_by_role("option").all_inner_texts()
    assert opties == ["Het doel", "De praktijk", "Steun en middelen", "Verder bouwen", "Brede buurtaanpak"]
    seen["nieuw"] = _zichtbaar(page)
    assert visit.blocked == []
    assert visit.errors == []

    # Change one vuistregel, save it, and look at the proposals with its date.
    visit = _open(bezoek, admin_url)
    page = visit.page
    path = EERSTE["vuistregel"]
    page.goto(admin_url + f"#/collections/vuistregel/entries/{path.stem}")
    titel = page.locator("label", has_text=re.compile(r"^Titel$")).first
    field = page.locator("#" + titel.get_attribute("for"))
    field.fill(field.input_value() + " (aangepast)")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Wijzigingen opgeslagen").first.wait_for()
    seen["bewerken"] = _zichtbaar(page)
    page.goto(admin_url + "#/workflow")
    page.get_by_role("heading", name="Voorstellen").wait_for()
    page.get_by_text("(aangepast)").first.wait_for()
    seen["voorstellen"] = _zichtbaar(page)
    assert re.search(r"\b\d{1,2}-\d{1,2}-20\d\d\b", seen["voorstellen"]), seen["voorstellen"]

    engels = {waar: sorted(set(ENGELS.findall(tekst))) for waar, tekst in seen.items()}
    assert engels == {waar: [] for waar in seen}, engels
    assert all("＋" not in tekst for tekst in seen.values())
    assert visit.blocked == []
    assert visit.errors == []


def test_without_an_oauth_proxy_the_real_form_says_so_and_opens_no_popup(site_url, bezoek):
    visit = bezoek()
    popups = []
    visit.page.on("popup", lambda p: popups.append(p))
    visit.page.goto(site_url + "admin/", wait_until="networkidle")
    assert visit.page.get_by_role("heading", level=1).inner_text() == "Het formulier werkt nog niet"
    assert visit.page.get_by_role("link", name="Bijdragen").get_attribute("href") == "../bijdragen/"
    assert not visit.page.get_by_role("button").count()  # nothing to log in with
    assert popups == []
    assert [u for u in visit.requests if not u.startswith(site_url)] == []
    assert visit.errors == []


def test_sharing_an_experience_needs_four_fields_and_passes_the_check(admin_url, bezoek, tmp_path):
    """'Deel je ervaring': the fewest required fields on the site, plus a source or the day it was
    shared (the guide says to write "Eigen ervaring" as source), and what the form saves for a
    new experience passes `controleer` next to all other content."""
    verplicht = {naam: [v.naam for v in s.alle_velden if v.verplicht] for naam, s in SOORTEN.items()}
    assert verplicht["ervaring"] == ["titel", "rol", "wat_gebeurde", "tip"]
    # the fewest of every type that tells something; a glossary term (word, explanation, source) is
    # a definition, not a story
    assert len(verplicht["ervaring"]) == min(len(v) for naam, v in verplicht.items() if naam != "begrip")

    visit = _open(bezoek, admin_url)
    page = visit.page
    page.goto(admin_url + "#/collections/ervaring/new")
    page.get_by_role("button", name="Opslaan").wait_for()

    def veld(naam):
        label = page.locator("label", has_text=re.compile(rf"^{naam}( \(optioneel\))?$", re.I)).first
        return page.locator("#" + label.get_attribute("for"))
    veld("Titel").fill("Mijn taken pasten niet bij mij")
    veld("Rol").focus()
    page.keyboard.type("buurtbaner")
    page.keyboard.press("Enter")
    veld("Wat gebeurde").fill("Mijn collega's dachten dat ik klusjes kwam doen.")
    veld("Tip").fill("Spreek in de eerste maand af welke taken bij jou passen.")
    veld("Bron").fill("Eigen ervaring, gedeeld via de kennisbank")
    rel = "content/leren/ervaringen/mijn-taken-pasten-niet-bij-mij.yaml"
    saved = _save(visit, rel)

    inhoud, problems = _controleer_met(tmp_path, rel, saved[rel])
    assert [p.format() for p in problems] == []
    gedeeld = inhoud.get("ervaring", "mijn-taken-pasten-niet-bij-mij")
    assert gedeeld.rol == "buurtbaner"
    # Nobody typed the day: the form starts it as today (in the browser's own clock).
    assert gedeeld.gedeeld_op == dt.date.today()


def _save(visit, rel: str) -> dict[str, str]:
    """Press Opslaan; what Decap's practice backend holds afterwards (path -> text): only `rel`."""
    visit.page.get_by_role("button", name="Opslaan").click()
    visit.page.get_by_text("Wijzigingen opgeslagen").first.wait_for()
    saved = dict(visit.page.evaluate(
        "Object.values(window.repoFilesUnpublished).flatMap(e => e.diffs.map(d => [d.path, d.content]))"))
    assert list(saved) == [rel]
    assert visit.blocked == []
    assert visit.errors == []
    return saved


def _controleer_met(tmp_path, rel: str, text: str):
    """`controleer` on a copy of all content with `rel` written as the form saved it."""
    project = tmp_path / "project"
    for other in (ROOT / "content").rglob("*.yaml"):
        target = project / other.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    (project / rel).write_text(text, encoding="utf-8")
    return controleer(project)
