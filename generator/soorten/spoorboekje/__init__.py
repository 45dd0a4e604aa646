"""Spoorboekje: ways to grow as a network of stations, with example routes (lijnen).

- `model`: the two content types and the labels people read;
- `graph`: plain graph functions (reachability), no content knowledge;
- `controles`: the checks across stations and lijnen, with their Dutch messages;
- `routedata`: the compact JSON the route builder in the browser reads;
- `paginas`: the generated pages.
"""

from .model import LIJN, STATION
from .paginas import paginas

SOORTEN = (STATION, LIJN)

__all__ = ["SOORTEN", "paginas"]
