"""schema.org JobPosting JSON-LD on vacancy pages, checked against a JSON Schema of Google's rules."""

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

import jsonschema
from conftest import FIXTURE_SITE

SCHEMA = json.loads((Path(__file__).parent / "schemas/jobposting.schema.json").read_text())


def jsonld(page: Path) -> list[dict]:
    text = page.read_text(encoding="utf-8")
    return [json.loads(block) for block in
            re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)]


def test_open_real_vacancy_has_a_valid_jobposting(open_site):
    page = open_site / "vacatures/buurtverbinder-west/index.html"
    [data] = jsonld(page)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["title"] == "Buurtverbinder in West: ontmoeting & taal"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Wikistad"}
    assert data["jobLocation"]["address"] == {"@type": "PostalAddress", "addressLocality": "Amsterdam",
                                              "addressRegion": "West", "addressCountry": "NL"}
    assert data["employmentType"] == ["PART_TIME", "TEMPORARY"]
    assert data["baseSalary"]["value"] == {"@type": "QuantitativeValue", "value": 2750, "unitText": "MONTH"}
    assert data["datePosted"] == "2026-11-01"
    # open through the whole closing day, Dutch winter time
    assert data["validThrough"] == "2026-12-15T23:59:59+01:00"
    assert dt.datetime.fromisoformat(data["validThrough"]).date() > dt.date.fromisoformat(data["datePosted"])
    # the title people see is the title search engines get
    h1 = re.search(r"<h1[^>]*>(.*?)<", page.read_text()).group(1)
    assert html.unescape(h1) == data["title"]


def test_the_schema_refuses_what_google_requires():
    """The schema is only useful if it fails: drop each required part in turn."""
    good = {
        "@context": "https://schema.org/", "@type": "JobPosting", "title": "Gastvrouw",
        "description": "<p>Werk</p>", "datePosted": "2026-11-01", "validThrough": "2026-12-15",
        "employmentType": ["PART_TIME"], "hiringOrganization": {"@type": "Organization", "name": "X"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Amsterdam",
                                                       "addressCountry": "NL"}},
    }
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.validate(good)
    for key in ["title", "description", "datePosted", "hiringOrganization", "jobLocation", "validThrough",
                "employmentType"]:
        broken = {k: v for k, v in good.items() if k != key}
        assert not validator.is_valid(broken), key
    no_country = json.loads(json.dumps(good))
    del no_country["jobLocation"]["address"]["addressCountry"]
    assert not validator.is_valid(no_country)
    assert not validator.is_valid(dict(good, baseSalary={"@type": "MonetaryAmount", "currency": "euro",
                                                         "value": {"@type": "QuantitativeValue", "value": 1,
                                                                   "unitText": "MONTH"}}))
    assert not validator.is_valid(dict(good, employmentType=["PARTTIME"]))


def test_examples_and_closed_vacancies_have_no_jobposting(open_site):
    assert jsonld(open_site / "vacatures/gastvrouw-voorbeeld/index.html") == []
    assert jsonld(open_site / "vacatures/oude-vacature/index.html") == []


def test_jobposting_text_cannot_end_the_script(tmp_path, monkeypatch):
    # `controleer` refuses this text (tests/meldingen/veilig-html.yaml); with that switched off,
    # the JSON-LD must still hold it as data.
    from generator.core import veilig
    from generator.site import controleer, genereer
    monkeypatch.setattr(veilig, "problemen", lambda *a, **k: [])
    project = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, project)
    vacature = project / "content/vacatures/buurtverbinder-west.yaml"
    vacature.write_text(vacature.read_text().replace(
        "  - Je ontvangt bewoners in het buurthuis.", '  - "Je ontvangt bewoners </script><b>x</b> & co."'))
    inhoud, problems = controleer(project)
    assert [p for p in problems if p.is_fout] == []
    page = {o.path: o.text for o in genereer(inhoud, dt.date(2026, 11, 23))}["vacatures/buurtverbinder-west.md"]
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert "<li>Je ontvangt bewoners &lt;/script&gt;&lt;b&gt;x&lt;/b&gt; &amp; co.</li>" in json.loads(block)["description"]
    assert veilig.schoon_html(f"<p>x</p>{page[page.index('<script'):page.index('</script>') + 9]}").count("<script") == 1
