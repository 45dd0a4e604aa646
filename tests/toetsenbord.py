"""Tab through a page as a keyboard user does, and judge every focus stop.

A stop fails when it is invisible (no size, hidden, transparent), off-screen or covered (the
browser scrolled to it, yet it is not in the viewport or another element lies on top of it),
unnamed (the accessibility tree gives it no name), or without a focus indicator: its outline
or box shadow must change when it gets focus, at least 2 px wide and with a contrast of 3:1
against the background next to it (WCAG 2.2: 2.4.7, 2.4.11, 2.4.13). A stop smaller than
24 by 24 px fails too (2.5.8), unless it is a link inside a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Transitions would make "focused" and "not focused" styles depend on timing.
GEEN_OVERGANGEN = "*,*::before,*::after{transition:none!important;animation:none!important}"

_STIJL = """el => {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join("|");
}"""

# Everything about the focused element that does not need the accessibility tree.
_OORDEEL = r"""([el, before]) => {
  const problems = [];
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const describe = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
  if (r.width < 1 || r.height < 1 || s.visibility !== "visible") problems.push("onzichtbaar");
  let o = 1;
  for (let n = el; n; n = n.parentElement) o *= parseFloat(getComputedStyle(n).opacity);
  if (o < 0.1) problems.push("onzichtbaar");
  const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  if (!inView) problems.push("buiten beeld");
  else {
    // the middle of the first line box: a link that wraps has a gap in its bounding box
    const f = el.getClientRects()[0] || r;
    const x = Math.min(Math.max(f.left + f.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(f.top + f.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const label = el.labels && el.labels[0];
    if (top && !el.contains(top) && !top.contains(el) && !(label && label.contains(top)))
      problems.push("bedekt door " + top.tagName.toLowerCase() + "." + String(top.className).split(" ")[0]);
  }
  // the indicator: outline or box shadow that appears with focus
  const rgb = c => (c.match(/[\d.]+/g) || [0, 0, 0, 0]).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  let bg = [255, 255, 255];
  for (let n = el.parentElement; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length < 4 || c[3] > 0.5) { bg = c.slice(0, 3); break; }
  }
  const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join("|");
  let indicator = false;
  if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && contrast(rgb(s.outlineColor), bg) >= 3)
    indicator = true;
  if (s.boxShadow !== "none" && now !== before) {
    const c = rgb(s.boxShadow);
    if (contrast(c.slice(0, 3), bg) >= 3) indicator = true;
  }
  if (now === before || !indicator) problems.push("geen focusrand");
  const inSentence = el.tagName === "A" && el.parentElement &&
    ["P", "LI", "TD", "DD", "SPAN", "EM", "STRONG"].includes(el.parentElement.tagName) &&
    el.parentElement.textContent.trim().length > el.textContent.trim().length + 3;
  if (!inSentence && (r.width < 23.5 || r.height < 23.5)) problems.push("kleiner dan 24 px");
  return {beschrijving: describe, problemen: problems};
}"""


@dataclass
class Stop:
    beschrijving: str
    naam: str
    problemen: list[str] = field(default_factory=list)


def naam_van_focus(cdp) -> str:
    """The accessible name of the focused element, from Chromium's accessibility tree."""
    node = cdp.send("Runtime.evaluate", {"expression": "document.activeElement"})["result"]
    tree = cdp.send("Accessibility.getPartialAXTree", {"objectId": node["objectId"], "fetchRelatives": False})
    for ax in tree["nodes"]:
        if not ax.get("ignored"):
            return str(ax.get("name", {}).get("value", "")).strip()
    return ""


def tab_door(page, max_stops: int = 400) -> list[Stop]:
    """Press Tab from the top of the page until focus leaves it; judge every stop."""
    page.add_style_tag(content=GEEN_OVERGANGEN)
    cdp = page.context.new_cdp_session(page)
    stops: list[Stop] = []
    seen = set()
    for _ in range(max_stops):
        page.keyboard.press("Tab")
        el = page.evaluate_handle("document.activeElement")
        if page.evaluate("el => el === document.body || el === null", el):
            break
        key = page.evaluate("el => { el.dataset.bbStop ??= String(Math.random()); return el.dataset.bbStop }", el)
        if key in seen:
            break
        seen.add(key)
        name = naam_van_focus(cdp)
        focused = page.evaluate(_STIJL, el)
        # the same element without focus; the next Tab goes on from where it was
        page.evaluate("el => el.blur()", el)
        unfocused = page.evaluate(_STIJL, el)
        page.evaluate("el => el.focus()", el)
        verdict = page.evaluate(_OORDEEL, [el, unfocused])
        if focused != page.evaluate(_STIJL, el):
            verdict["problemen"].append("focusstijl hangt af van de manier van focussen")
        if not name:
            verdict["problemen"].append("geen naam")
        stops.append(Stop(verdict["beschrijving"], name, sorted(set(verdict["problemen"]))))
    cdp.detach()
    return stops
