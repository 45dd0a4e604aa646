"""Reachability in a directed graph given as {node: [next nodes]}. Plain Python, nothing else.

Edges to nodes that are not keys of the mapping are ignored: reporting those is the job of the
reference check, and one mistake should give one message.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

Edges = Mapping[str, Iterable[str]]


def reachable_from(edges: Edges, sources: Iterable[str]) -> set[str]:
    """Every node that can be reached from one of `sources` (the sources included)."""
    seen = {s for s in sources if s in edges}
    queue = deque(seen)
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt in edges and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def reversed_edges(edges: Edges) -> dict[str, list[str]]:
    """The same graph with every edge turned around."""
    result: dict[str, list[str]] = {node: [] for node in edges}
    for node, targets in edges.items():
        for target in targets:
            if target in result:
                result[target].append(node)
    return result


def reaching(edges: Edges, targets: Iterable[str]) -> set[str]:
    """Every node from which one of `targets` can be reached (the targets included)."""
    return reachable_from(reversed_edges(edges), targets)


def shortest_path(edges: Edges, sources: Iterable[str], targets: Iterable[str]) -> list[str]:
    """A shortest path from one of `sources` to one of `targets`, or [] when there is none."""
    goals = set(targets)
    parent: dict[str, str | None] = {s: None for s in sorted(sources) if s in edges}
    queue = deque(parent)
    while queue:
        node = queue.popleft()
        if node in goals:
            path = [node]
            while (step := parent[path[-1]]) is not None:
                path.append(step)
            return path[::-1]
        for nxt in edges[node]:
            if nxt in edges and nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    return []
