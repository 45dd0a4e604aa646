"""Cumulative Layout Shift of a page load, measured in Chromium (PerformanceObserver)."""

from __future__ import annotations

# Installed before any of the page's own scripts run, so every shift from the first paint on counts.
WAARNEMER = """
window.__bbShifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput)
    window.__bbShifts.push({value: e.value, sources: (e.sources || []).map(s => s.node ?
      (s.node.nodeName + "." + (s.node.className || "")) : "?")});
}).observe({type: "layout-shift", buffered: true});
"""


def cls(page, url: str, wachten_ms: int = 1500) -> tuple[float, list]:
    """The summed layout shift of loading `url`, and what moved."""
    page.add_init_script(WAARNEMER)
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(wachten_ms)
    shifts = page.evaluate("window.__bbShifts")
    return round(sum(s["value"] for s in shifts), 4), shifts
