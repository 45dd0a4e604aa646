"""The glossary: the first use of a term on a page links to its explanation, and nothing from
the content can become markup on the way."""

import re
from types import SimpleNamespace

from generator.soorten.begrippen import markeer


def begrip(ident, woord, uitleg="Uitleg.", vormen=()):
    return SimpleNamespace(id=ident, woord=woord, uitleg=uitleg, vormen=list(vormen))


def link(ident):
    return f"../begrippen/#{ident}"


def test_only_the_first_use_is_linked():
    html = "<p>Het aanjaagteam belt. Het aanjaagteam schrijft.</p>"
    out = markeer(html, [begrip("aanjaagteam", "aanjaagteam")], link)
    assert out.count("bb-begrip") == 1
    assert out.startswith('<p>Het <a class="bb-begrip" href="../begrippen/#aanjaagteam" title="Uitleg.">aanjaagteam</a> belt.')


def test_not_inside_links_headings_code_or_summaries():
    html = ('<h2>Het UWV</h2><a href="x">UWV</a><code>UWV</code><details><summary>UWV?</summary>'
            '<p>Bel het UWV.</p></details>')
    out = markeer(html, [begrip("uwv", "UWV")], link)
    assert out.count("bb-begrip") == 1
    assert '<p>Bel het <a class="bb-begrip"' in out


def test_a_capital_means_exactly_that_spelling():
    assert "bb-begrip" not in markeer("<p>Het pop-concert.</p>", [begrip("pop", "POP")], link)
    assert "bb-begrip" in markeer("<p>Maak een POP.</p>", [begrip("pop", "POP")], link)
    assert "bb-begrip" in markeer("<p>Bijstand is geld.</p>", [begrip("bijstand", "bijstand")], link)


def test_whole_words_only():
    assert "bb-begrip" not in markeer("<p>Een mbohuis.</p>", [begrip("mbo", "mbo")], link)
    assert "bb-begrip" in markeer("<p>Een mbo-opleiding.</p>", [begrip("mbo", "mbo")], link)


def test_the_explanation_cannot_become_markup():
    evil = begrip("x", "woord", uitleg='"><script>alert(1)</script>')
    out = markeer("<p>Een woord.</p>", [evil], link)
    assert "<script>" not in out
    assert 'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in out


def test_the_page_is_copied_as_it_is():
    html = ('<!-- c --><p class="a" data-x=\'1 > 0\'>Tom &amp; Jerry &#169; <br/><img src="x" alt="UWV">'
            '</p><script>if (a < b) {"UWV"}</script><pre>UWV</pre>')
    assert markeer(html, [begrip("mbo", "mbo")], link) == html
    out = markeer(html, [begrip("uwv", "UWV")], link)
    assert re.sub(r'<a class="bb-begrip"[^>]*>(.*?)</a>', r"\1", out) == html


def test_the_built_site_links_terms_but_not_on_the_glossary(open_site):
    vacature = (open_site / "vacatures" / "buurtverbinder-west" / "index.html").read_text(encoding="utf-8")
    lijst = (open_site / "begrippen" / "index.html").read_text(encoding="utf-8")
    assert "bb-begrip" not in lijst
    assert vacature.count('href="../../begrippen/#aanjaagteam"') == 1


def test_a_page_links_to_the_glossary_as_the_site_serves_it():
    from generator.soorten.begrippen import markeer_pagina
    html = "<p>Het aanjaagteam belt.</p>"
    terms = [begrip("aanjaagteam", "aanjaagteam")]
    assert 'href="../../begrippen/#aanjaagteam"' in markeer_pagina(html, terms, "vacatures/x.md", "vacatures/x/")
    assert 'href="../begrippen/index.html#aanjaagteam"' in markeer_pagina(html, terms, "vacatures/x.md",
                                                                         "vacatures/x.html", False)
    assert 'href="begrippen/#aanjaagteam"' in markeer_pagina(html, terms, "index.md", "")
    assert markeer_pagina(html, terms, "begrippen/aanjaagteam.md", "begrippen/aanjaagteam/") == html
    assert markeer_pagina(html, [], "vacatures/x.md", "vacatures/x/") == html
