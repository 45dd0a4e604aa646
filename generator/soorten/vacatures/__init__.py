"""Vacatures: buurtbaan vacancies.

- a page per vacancy, and a listing of the open ones, soonest closing first;
- a filter on the listing, by place and kind of work;
- schema.org JobPosting JSON-LD for search engines, on open real vacancies;
- an Atom feed of the open real vacancies.

- `model`: the content type and the labels people read; `controles`: the checks across items;
  `paginas`: the pages; `jobposting` and `feed`: the JSON-LD and the Atom feed.

A vacancy is open up to and including its closing day (`sluit`), counted from the build date.
After that it leaves the listing and the feed; its page stays, so links keep working, and says
that it is closed.
"""

from .model import VACATURE
from .paginas import paginas

SOORTEN = (VACATURE,)
# The empty listing links the spoorboekje only when the build has one: run after the others.
NA_DE_ANDEREN = True

__all__ = ["NA_DE_ANDEREN", "SOORTEN", "paginas"]
