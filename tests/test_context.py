"""What the build tells the generator: the site's address, its URL style, and which pages exist."""

import datetime as dt

from generator.core.render import Context, make_env
from generator.site import genereer, modules


def context(**kw) -> Context:
    return Context(dt.date(2026, 11, 23), make_env(), **kw)


def test_addresses_follow_mkdocs_directory_urls():
    ctx = context()
    assert ctx.adres("vacatures/x.md") == "vacatures/x/"
    assert ctx.adres("vacatures/index.md") == "vacatures/"
    assert ctx.adres("index.md") == ""
    assert ctx.adres("vacatures/feed.xml") == "vacatures/feed.xml"


def test_addresses_without_directory_urls_and_with_a_site_url():
    assert context(mappen_urls=False).adres("vacatures/x.md") == "vacatures/x.html"
    assert context(mappen_urls=False).adres("vacatures/index.md") == "vacatures/index.html"
    ctx = context(site_url="https://example.org/kennisbank/")
    assert ctx.adres("vacatures/x.md") == "https://example.org/kennisbank/vacatures/x/"


def test_late_modules_see_every_page_the_others_made(monkeypatch):
    from conftest import FIXTURE_SITE

    from generator.site import controleer
    inhoud, _ = controleer(FIXTURE_SITE)
    seen = {}

    class Late:
        NA_DE_ANDEREN = True

        @staticmethod
        def paginas(inhoud, ctx):
            seen["vuistregels"] = ctx.bestaat("vuistregels/index.md")
            seen["eigen"] = ctx.bestaat("eigen/pagina.md")
            seen["nergens"] = ctx.bestaat("nergens/index.md")
            return []

    monkeypatch.setattr("generator.site.modules", lambda: (Late, *modules()))
    genereer(inhoud, dt.date(2026, 11, 23), bestaande={"eigen/pagina.md"})
    assert seen == {"vuistregels": True, "eigen": True, "nergens": False}
