"""Every content value is untrusted: the escaping in templates, the sanitiser and its allowlist,
the link-scheme rule and the front matter (generator/core/veilig.py, core/render.py).

The whole chain in a browser is tests/test_veilig_browser.py; the messages word for word are
tests/meldingen/veilig-*.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import pytest
from conftest import ROOT
from markupsafe import Markup
from mkdocs.utils import meta as mkdocs_meta

from generator.core import veilig
from generator.core.indeling import markdown_extensies
from generator.core.render import make_env, tabelcel, yaml_waarde
from generator.core.veilig import Markdown, fouten_in_tekst, markdown_tekst, schoon_html
from generator.site import controleer, genereer

# The Markdown extensions of mkdocs.yml, so these tests render as the site does.
NAMEN, CONFIGS = markdown_extensies(ROOT / "mkdocs.yml")


class Gebeurtenissen(HTMLParser):
    """An HTML text as a list of tags (with sorted attributes) and text, entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lijst: list = []

    def handle_starttag(self, tag, attrs):
        self.lijst.append(("<", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.lijst.append(("</", tag))

    def handle_data(self, data):
        if self.lijst and self.lijst[-1][0] == "tekst":
            self.lijst[-1] = ("tekst", self.lijst[-1][1] + data)
        else:
            self.lijst.append(("tekst", data))


def gebeurtenissen(html: str) -> list:
    parser = Gebeurtenissen()
    parser.feed(html)
    parser.close()
    return parser.lijst


def render(text: str) -> str:
    return markdown.markdown(text, extensions=NAMEN)


def tekst_en_tags(html: str) -> tuple[str, list[str]]:
    events = gebeurtenissen(html)
    return "".join(e[1] for e in events if e[0] == "tekst"), [e[1] for e in events if e[0] == "<"]


# --- plain text in a Markdown template stays text -------------------------------------------

LASTIGE_TEKSTEN = [
    "*nadruk* en _ook_ en **vet** en `code`",
    "[klik](javascript:alert(1))",
    "![beeld](https://evil.invalid/x.png)",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</title><script>alert(1)</script>",
    "&lt;b&gt; en &#106;avascript: en &amp;",
    "a & b en AT&T",
    "# kop",
    "## kop ##",
    "Stap #1 #",
    "- lijst",
    "+ lijst",
    "* lijst",
    "1. lijst",
    "12) lijst",
    "2.750 euro",
    "-3 graden",
    "> citaat",
    '!!! danger "Let op"',
    "~~~",
    "```",
    "---",
    "===",
    "| a | b |",
    '{: #id onclick="alert(1)" }',
    "tekst {: .klasse }",
    "regel een  \nregel twee\n\n# kop in de tekst\n\n    code",
    "<https://www.voorbeeld.nl>",
    "<team@voorbeeld.nl>",
    "\\*geen nadruk\\*",
    "[^1] en [1]: https://x.nl",
    "<!-- commentaar -->",
    "Zie <b>dit</b> en </p><p>dat",
    "a\u0080b",
]


@pytest.mark.parametrize("tekst", LASTIGE_TEKSTEN)
@pytest.mark.parametrize("vorm", ["{}", "- {}", "# {}", "1. **{}**", "!!! note\n    {}",
                                  "| kop |\n|---|\n| {} |"])
def test_plain_text_in_markdown_stays_exactly_that_text(tekst, vorm):
    waarde = tabelcel(tekst) if vorm.startswith("|") else markdown_tekst(tekst)
    html = render(vorm.format(waarde))
    gezien, tags = tekst_en_tags(html)
    verwacht = " ".join(tekst.split())
    assert verwacht in " ".join(gezien.split()), html
    wrappers = {"{}": {"p"}, "- {}": {"ul", "li"}, "# {}": {"h1"}, "1. **{}**": {"ol", "li", "strong"},
                "!!! note\n    {}": {"div", "p"}, "| kop |\n|---|\n| {} |": {"table", "thead", "tbody",
                                                                            "tr", "th", "td"}}[vorm]
    assert set(tags) <= wrappers, html
    attributen = {naam for e in gebeurtenissen(html) if e[0] == "<" for naam, _ in e[2]}
    assert attributen <= {"id", "class"}, html  # the heading's anchor, the admonition's class


def test_markdown_fields_stay_markdown_and_everything_else_is_escaped():
    env = make_env()
    sjabloon = env.from_string("{{ md | trim }} / {{ tekst }} / {{ url }}")
    sjabloon.name = "x.md.j2"
    uit = sjabloon.render(md=Markdown("  **vet** [a](b.md)\n"), tekst="**vet**", url=Markup("../a_b/"))
    assert uit == "**vet** [a](b.md) / \\*\\*vet\\*\\* / ../a_b/"


def test_templates_that_are_not_markdown_escape_for_html_and_xml():
    env = make_env()
    sjabloon = env.from_string("<t>{{ md }}|{{ tekst }}</t>")
    sjabloon.name = "feed.xml.j2"
    uit = sjabloon.render(md=Markdown("<b>x</b>"), tekst='"><svg onload=alert(1)>')
    assert uit == "<t>&lt;b&gt;x&lt;/b&gt;|&#34;&gt;&lt;svg onload=alert(1)&gt;</t>"


def test_every_template_that_writes_html_autoescapes():
    env = make_env()
    assert env.autoescape is True
    for naam in env.list_templates():
        bron = Path(env.loader.get_source(env, naam)[1]).read_text(encoding="utf-8")
        assert "autoescape false" not in bron.replace(" ", "").replace("autoescape", "autoescape "), naam
        # | safe is for our own text only: never on a content value
        for gebruik in re.findall(r"\{\{([^}]*)\|\s*safe", bron):
            assert "item." not in gebruik and "v." not in gebruik.replace("r.", ""), (naam, gebruik)


# --- front matter ------------------------------------------------------------------------------

@pytest.mark.parametrize("titel", [
    'Titel "><svg onload=alert(1)>', "Coach\u0080 extern", "a\n---\nzoeken: false\nb", "ja", "no",
    "'enkel' en \"dubbel\"", "title: nep", "# geen commentaar", "é ü ß — 😀", "a\u2028b",
])
def test_front_matter_holds_any_title_as_written(titel):
    voorkant = f"---\ntitle: {yaml_waarde(titel)}\ndescription: x\n---\n\n# Kop\n"
    body, meta = mkdocs_meta.get_data(voorkant)
    assert meta == {"title": " ".join(titel.split()), "description": "x"}
    assert body.strip() == "# Kop"


def test_item_pages_write_their_front_matter_with_the_serialiser():
    for sjabloon in (ROOT / "generator" / "templates").rglob("*.md.j2"):
        tekst = sjabloon.read_text(encoding="utf-8")
        for regel in re.findall(r"^(?:title|description): (\{\{.*\}\})$", tekst, re.MULTILINE):
            assert regel.endswith("| yaml }}"), (sjabloon.name, regel)


# --- the theme's title, description and table of contents ---------------------------------------

def test_meta_is_escaped_once_for_the_theme():
    meta = veilig.schone_meta({"title": '</title><script>x</script>', "zoeken": False,
                               "hide": ["navigation"], "description": 'a"><svg>'})
    env = jinja2.Environment()  # MkDocs' theme environment: no autoescape
    uit = env.from_string("<title>{{ m.title }}</title><meta content=\"{{ m.description | e }}\">"
                          "{{ 'navigation' in m.hide }}{{ m.zoeken }}").render(m=meta)
    assert uit == ('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>'
                   '<meta content="a&#34;&gt;&lt;svg&gt;">TrueFalse')


class Anker:
    def __init__(self, title, children=()):
        self.title, self.children = title, list(children)


def test_table_of_contents_keeps_only_text():
    """The theme prints each entry's title (HTML text from a heading) as it is."""
    toc = [Anker("Kop <img src=x onerror=alert(1)>", [Anker("<script>alert(1)</script>kind"),
                                                       Anker("Werk &amp; Participatie &lt;b&gt;")])]
    veilig.schone_inhoudsopgave(toc)
    assert toc[0].title == "Kop "
    assert toc[0].children[0].title == "kind"
    assert toc[0].children[1].title == "Werk &amp; Participatie &lt;b&gt;"  # escaped once, not twice


# --- the sanitiser ---------------------------------------------------------------------------

@pytest.mark.parametrize("vies,schoon", [
    ('<p>a<script>alert(1)</script>b</p>', "<p>ab</p>"),
    ('<img src=x onerror=alert(1)>', '<img src="x">'),
    ('<img src="https://evil.invalid/x.png" alt="a">', '<img alt="a">'),
    ('<img src=" //evil.invalid/x"><img src="\\\\evil.invalid/x">', "<img><img>"),
    ('<img src="javascript:alert(1)"><img src="data:image/png;base64,AA==">', "<img><img>"),
    ('<p onclick="alert(1)" class="x">a</p>', '<p class="x">a</p>'),
    ('<a href="javascript:alert(1)">a</a>', "<a>a</a>"),
    ('<a href="JaVa&#83;cript:alert(1)">a</a>', "<a>a</a>"),
    ('<a href="java\tscript:alert(1)">a</a>', "<a>a</a>"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>', "<a>a</a>"),
    ('<a href="vbscript:x">a</a>', "<a>a</a>"),
    ('<a href="https://x.nl/">a</a>', '<a href="https://x.nl/">a</a>'),
    ('<a href="mailto:a@b.nl">a</a><a href="tel:+3120">b</a>', '<a href="mailto:a@b.nl">a</a><a href="tel:+3120">b</a>'),
    ('<a href="../x/#y">a</a>', '<a href="../x/#y">a</a>'),
    ('<iframe srcdoc="<script>x</script>"></iframe>', ""),
    ('<style>@import "https://evil.invalid/x.css";</style><p>a</p>', "<p>a</p>"),
    ('<svg><script>alert(1)</script></svg>', ""),
    ('<details open ontoggle="alert(1)"><summary>a</summary></details>', '<details open=""><summary>a</summary></details>'),
    ('<form action="javascript:x"><button formaction="javascript:x">a</button></form>', "<form><button>a</button></form>"),
    ('<p style="background:url(https://evil.invalid/)">a</p>', "<p>a</p>"),
    ('<div data-md-component="x" data-pagefind-meta="url:javascript:x">a</div>', "<div>a</div>"),
    ('<!-- <script>x</script> --><p>a</p>', "<p>a</p>"),
    ('<p>a</p><script type="application/ld+json">{"a": "\\u003c/script\\u003e"}</script>',
     '<p>a</p><script type="application/ld+json">{"a": "\\u003c/script\\u003e"}</script>'),
    ('<script type="application/ld+json">{}</SCRIPT ><script>alert(1)</script>', ""),
    ('<script type="application/ld+json"><!--<script>alert(1)</script>--></script>', ""),
])
def test_sanitiser(vies, schoon):
    assert schoon_html(vies) == schoon


@pytest.mark.traag  # generates every page of the real site
def test_sanitiser_changes_nothing_on_the_real_site():
    """Every page the real content and docs/ make, rendered as the site does, comes through
    the allowlist unchanged (apart from how the HTML is written)."""
    inhoud, problems = controleer(ROOT)
    assert not [p for p in problems if p.is_fout]
    paginas = {o.path: o.text for o in genereer(inhoud, dt.date(2026, 11, 23)) if o.is_pagina}
    for doc in (ROOT / "docs").rglob("*.md"):
        paginas[doc.relative_to(ROOT / "docs").as_posix()] = doc.read_text(encoding="utf-8")
    for path, tekst in sorted(paginas.items()):
        html = markdown.markdown(mkdocs_meta.get_data(tekst)[0], extensions=NAMEN, extension_configs=CONFIGS)
        assert gebeurtenissen(schoon_html(html)) == gebeurtenissen(html), path


def test_json_ld_survives_cleaning():
    from generator.core.render import jsonld
    blok = jsonld({"name": "</script><script>alert(1)</script>"})
    assert schoon_html("<p>x</p>" + blok) == "<p>x</p>" + blok


# --- what controleer refuses ------------------------------------------------------------------

@pytest.mark.parametrize("tekst", [
    "[a](javascript:alert(1))", "[a]( JAVASCRIPT:alert(1))", "[a](java\tscript:alert(1))",
    "[a](&#106;avascript:alert(1))", "[a](&#x6A;avascript:alert(1))", "[a](java\\script:x)",
    "[a](<javascript:alert(1)>)", "[a](data:text/html;base64,PHNjcmlwdD4=)", "[a](vbscript:x)",
    "[a](file:///etc/passwd)", "[a][1]\n\n[1]: javascript:alert(1)", "<javascript:alert(1)>",
    "![a](javascript:alert(1))", "[a](/x){: href=\"javascript:alert(1)\" }",
])
def test_link_with_another_scheme_is_refused(tekst):
    assert "link-soort" in [code for code, _, _ in fouten_in_tekst(tekst)]


@pytest.mark.parametrize("tekst", [
    "[a](https://x.nl)", "[a](http://x.nl)", "[a](HTTPS://X.NL)", "[a](mailto:team@x.nl)",
    "[a](tel:+31201234567)", "[a](../vacatures/index.md)", "[a](#anker)", "[a](x.md#y)",
    "[a](/pad/)", "<https://x.nl>", "<team@x.nl>", "Let op: dit is lastig", "data: zie hieronder",
    "javascript: dat is een programmeertaal", "[a][1]\n\n[1]: https://x.nl",
])
def test_allowed_links_and_plain_colons_pass(tekst):
    assert fouten_in_tekst(tekst) == []


@pytest.mark.parametrize("tekst", [
    "<b>", "</p>", "<br>", "<br/>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
    "<!-- x -->", "<!DOCTYPE html>", "<?php ?>", "<![CDATA[x]]>", "a <span\nclass=x>b",
    '{: onclick="alert(1)" }', "{ #id style=x }", "<details open ontoggle=alert(1)>",
])
def test_raw_html_is_refused(tekst):
    assert [code for code, _, _ in fouten_in_tekst(tekst)] == ["html"]


@pytest.mark.parametrize("tekst", [
    "a < b en c > d", "<-- pijl", "3<4", "<3 jaar", "&lt;b&gt;", "{geen attribuut}", "{: .klasse }",
    "**vet** _schuin_ `code`", "1 < 2 > 0",
])
def test_text_with_angle_brackets_that_is_no_html_passes(tekst):
    assert fouten_in_tekst(tekst) == []


@pytest.mark.parametrize("tekst", ["![foto](https://x.nl/a.png)", "Zie ![foto][1]", "![](/a.png)"])
def test_an_image_is_refused(tekst):
    assert [code for code, _, _ in fouten_in_tekst(tekst)] == ["afbeelding"]


@pytest.mark.parametrize("teken", ["\x00", "\x07", "\x1b", "\x7f", "\x80", "\x85", "\x9f", "\r"])
def test_control_characters_are_refused(teken):
    assert [code for code, _, _ in fouten_in_tekst(f"Welkom{teken} hier")] == ["stuurteken"]


@pytest.mark.parametrize("tekst", ["tab\thier", "regel\nregel", "é ü — 😀 \u00a0 \u00ad"])
def test_tab_newline_and_ordinary_unicode_pass(tekst):
    assert fouten_in_tekst(tekst) == []


# --- JavaScript that shows content ------------------------------------------------------------

@pytest.mark.parametrize("script", sorted(p.relative_to(ROOT / "docs" / "assets").as_posix()
                                           for p in (ROOT / "docs" / "assets").rglob("*.js")))
def test_scripts_never_write_html(script):
    code = (ROOT / "docs" / "assets" / script).read_text(encoding="utf-8")
    for verboden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                     "new Function", "setTimeout(\"", "srcdoc"):
        assert verboden not in code, f"{script} gebruikt {verboden}"


def test_only_our_templates_own_inline_scripts_survive():
    eigen = sorted(veilig._eigen_scripts())
    assert eigen, "the vacancy listing has an inline script of its own"
    ons = f"<script>{eigen[0]}</script>"
    assert schoon_html(f"<ul><li>a</li></ul>{ons}<p>b</p>") == f"<ul><li>a</li></ul>{ons}<p>b</p>"
    assert schoon_html("<p>a</p><script>alert(1)</script>") == "<p>a</p>"
    assert schoon_html("<p>bbEigenScript0bbEigenScript</p>") == "<p>bbEigenScript0bbEigenScript</p>"


def test_front_matter_is_escaped_once_at_every_depth():
    from markupsafe import Markup

    from generator.core.veilig import schone_meta, schone_titel

    meta = schone_meta({"title": "<b>A&B</b>", "al": Markup("<i>x</i>"), "lijst": ["<u>", {"diep": "<s>"}], "n": 3})
    assert meta == {"title": "&lt;b&gt;A&amp;B&lt;/b&gt;", "al": "<i>x</i>", "lijst": ["&lt;u&gt;", {"diep": "&lt;s&gt;"}],
                    "n": 3}
    assert isinstance(meta["title"], Markup) and isinstance(meta["lijst"][1]["diep"], Markup)
    assert schone_titel(None) is None
    assert schone_titel(Markup("<b>al schoon</b>")) == "<b>al schoon</b>"
    assert schone_titel("Kop <scr<b></b>ipt>x") == "Kop ipt&gt;x"  # only text is left, escaped
    assert isinstance(schone_titel("Kop"), Markup)


def test_a_markdown_link_warns_only_where_it_would_show_as_text(fixture_project):
    """The same [words](address) is a link in a Markdown field and odd text in a one-line field."""
    path = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    text = path.read_text(encoding="utf-8")
    link = "[de evaluatie](https://www.voorbeeld.nl)"
    path.write_text(text + f"toelichting: Lees {link}.\n" if "toelichting:" not in text
                    else text.replace("toelichting: |\n", f"toelichting: |\n  Lees {link}.\n", 1), encoding="utf-8")
    _, problems = controleer(fixture_project, dt.date(2026, 11, 30))
    assert [p.code for p in problems] == []
    path.write_text(text.replace("titel: Een ", f"titel: Een {link} ", 1), encoding="utf-8")
    _, problems = controleer(fixture_project, dt.date(2026, 11, 30))
    assert [(p.code, p.is_fout) for p in problems] == [("link-in-tekst", False)]


def test_a_markdown_value_stays_markdown_when_trimmed():
    from generator.core.veilig import Markdown

    waarde = Markdown("xx *vet* xx")
    for gesneden, verwacht in [(waarde.strip("x"), " *vet* "), (waarde.lstrip("x"), " *vet* xx"),
                               (waarde.rstrip("x"), "xx *vet* "), (Markdown("  a  ").strip(), "a"),
                               (Markdown("  a  ").lstrip(), "a  "), (Markdown("  a  ").rstrip(), "  a")]:
        assert type(gesneden) is Markdown and gesneden == verwacht
