"""Query packs for Neo4j Browser: a zip for saved scripts and a Markdown guide that walks through them."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

from kgbuild.query.packs import Query, all_queries

ZIP_NAME = "kgbuild-queries.zip"
GUIDE_NAME = "guide.md"
_EPOCH = (2025, 1, 1, 0, 0, 0)
_THEMES = {
    "provenance": "Provenance: who says so",
    "actors": "Actors",
    "events": "Events and timelines",
    "networks": "Networks",
    "quality": "Data quality",
}


def write_bundle(directory: Path, queries: Sequence[Query] | None = None) -> tuple[Path, Path]:
    """Write the zip (one .cypher a query, in theme folders) and the guide; both byte-stable."""
    queries = all_queries() if queries is None else queries
    directory.mkdir(parents=True, exist_ok=True)
    archive = directory / ZIP_NAME
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for query in queries:
            info = zipfile.ZipInfo(f"kgbuild/{query.theme}/{query.name}.cypher", date_time=_EPOCH)
            zf.writestr(info, query.source)
    guide = directory / GUIDE_NAME
    guide.write_text(guide_markdown(queries), encoding="utf-8")
    return archive, guide


def guide_markdown(queries: Sequence[Query]) -> str:
    """Slides separated by `---`: an introduction, then one slide a query with a runnable cypher block."""
    slides = [_intro(queries)] + [_slide(q) for q in queries]
    return "\n\n---\n\n".join(slides) + "\n"


def cypher_block(query: Query) -> str:
    """What a slide runs: the :param lines with the examples, then the query as shipped."""
    params = [line for line in query.source.splitlines() if line.startswith(":param")]
    return "\n".join(params + ([""] if params else []) + [query.cypher])


def _intro(queries: Sequence[Query]) -> str:
    """The first slide: what the graph holds and the list of questions."""
    themes = sorted({q.theme for q in queries}, key=list(_THEMES).index)
    lines = ["# kgbuild: questions for your news graph", "",
             "This guide runs the shipped query packs on your own graph. Each slide sets example "
             "parameters with `:param` and runs one query; change the values and run it again.", "",
             "The graph: `Article` -[:MENTIONS]-> `Entity` (Person, Organization, Country, Location, Media); "
             "`Event` -[:ACTOR|TARGET|LOCATION]-> `Entity`; `Event` -[:REPORTED_BY]-> the source; "
             "`Entity` -[:CITES]-> the source it cites; `Event` -[:MENTIONED_IN]-> `Article`.", ""]
    for theme in themes:
        lines.append(f"- **{_THEMES.get(theme, theme)}**: " + ", ".join(q.title for q in queries if q.theme == theme))
    return "\n".join(lines)


def _slide(query: Query) -> str:
    """One query: title, what it answers, its parameters and the runnable block."""
    lines = [f"## {query.title}", "", query.description, ""]
    lines += [f"- `${p.name}` ({p.type}): {p.description}" for p in query.params]
    lines += ["", f"Returns: {', '.join(query.columns)}", "", "```cypher", cypher_block(query), "```"]
    return "\n".join(lines)
