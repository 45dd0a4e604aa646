"""The safety net of the vacancy listing: a vacancy whose closing day has passed in Amsterdam is
hidden in the visitor's browser, also when the morning rebuild failed. The build date stays the
truth (the HTML still lists it); the browser's clock only hides. Chromium, with a fixed clock."""

import datetime as dt
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LISTING = "vacatures/"
BOUWDAG = dt.datetime(2026, 11, 23, 9, 0, tzinfo=AMSTERDAM)  # conftest.BOUWDATUM


def om(dag: str, uur: int, minuut: int) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(dag), dt.time(uur, minuut), AMSTERDAM)


CLS = """
window.__verschuiving = 0;
window.__bronnen = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) {
    window.__verschuiving += entry.value;
    for (const s of entry.sources || []) window.__bronnen.push(s.node ? (s.node.className || s.node.nodeName) : "?");
  }
}).observe({type: "layout-shift", buffered: true});
"""


def open_listing(bezoek, url, moment: dt.datetime, javascript: bool = True):
    visit = bezoek(viewport={"width": 360, "height": 740}, java_script_enabled=javascript)
    page = visit.page
    page.clock.set_fixed_time(moment)
    page.add_init_script(CLS)
    page.goto(url + LISTING, wait_until="networkidle")
    return visit, page


def shown(page) -> list[str]:
    return page.eval_on_selector_all(".bb-vacatures > li:not([hidden])", "els => els.map(e => e.dataset.sluit)")


def test_the_visitors_clock_hides_a_closed_vacancy(site_url, bezoek):
    """The real site, built on 2026-11-23. Its first closing day S: on S at 23:59 in Amsterdam
    every vacancy shows; a minute after midnight (still S in UTC) those closing on S are gone."""
    visit, page = open_listing(bezoek, site_url, BOUWDAG)
    alle = page.eval_on_selector_all(".bb-vacatures > li", "els => els.map(e => e.dataset.sluit)")
    assert len(alle) >= 2 and shown(page) == alle
    eerste = min(alle)
    dag_erna = (dt.date.fromisoformat(eerste) + dt.timedelta(days=1)).isoformat()
    for moment, open_ in [(om(eerste, 23, 59), alle),
                          (om(dag_erna, 0, 1), [s for s in alle if s > eerste]),
                          (om(max(alle), 12, 0) + dt.timedelta(days=1), [])]:
        visit, page = open_listing(bezoek, site_url, moment)
        # the HTML still lists every one: the build date is the truth, the script only hides
        assert page.eval_on_selector_all(".bb-vacatures > li", "els => els.map(e => e.dataset.sluit)") == alle
        assert shown(page) == open_, moment
        status = page.locator(".bb-filter [role=status]").inner_text()
        assert status == (f"Je ziet alle {len(open_)} vacatures." if open_ else ""), moment
        assert page.locator(".bb-filter").is_visible() == bool(open_)
        assert page.locator(".bb-geen-open").is_visible() == (not open_)
        page.wait_for_timeout(300)
        # Hiding moves no vacancy (the list as a whole may move when the filter form appears:
        # that is the form's own shift, the same with and without a closed vacancy).
        assert "LI" not in page.evaluate("window.__bronnen"), "hiding a vacancy moved the others"
        assert visit.errors == []


def test_the_filter_never_brings_a_closed_vacancy_back(site_url, bezoek):
    _, page = open_listing(bezoek, site_url, BOUWDAG)
    eerste = min(page.eval_on_selector_all(".bb-vacatures > li", "els => els.map(e => e.dataset.sluit)"))
    dag_erna = (dt.date.fromisoformat(eerste) + dt.timedelta(days=1)).isoformat()
    _, page = open_listing(bezoek, site_url, om(dag_erna, 12, 0))
    soort = page.eval_on_selector(f".bb-vacatures > li[data-sluit='{eerste}']", "e => e.dataset.soort")
    page.select_option("#bb-soort", soort)
    assert eerste not in shown(page)
    page.select_option("#bb-soort", "")
    assert eerste not in shown(page)


def test_without_javascript_the_build_date_decides(site_url, bezoek):
    _, page = open_listing(bezoek, site_url, om("2030-01-01", 12, 0), javascript=False)
    assert len(shown(page)) >= 2
