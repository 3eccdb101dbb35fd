#!/usr/bin/python3
"""Writes GraphML and GEXF files the way NetworkX and igraph write them, for the import tests.

Run from the repository root:  /usr/bin/python3 scripts/make_interop_fixtures.py
Needs the Debian packages python3-networkx and python3-igraph. The outputs in tests/fixtures/interop/ are
committed; run this again only to refresh them (and check the tests still hold for the new files).

Both libraries get the same small network (a part of Delft's social domain, seed 001) with string, int, float
and bool attributes, positions, Dutch kind and relation words, one kind the importer does not know
("stichting"), a name with '&' and one with 'ë', directed and undirected.
"""

import os
import sys

import igraph
import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "interop")

# id, name, soort (kind), budget (int), score (float), actief (bool), x, y
ACTORS = [
    ("gemeente-delft", "Gemeente Delft", "gemeente", 1200000, 0.75, True, 0.0, 0.0),
    ("dve", "Delft voor Elkaar", "netwerkorganisatie", 450000, 0.5, True, 150.5, -40.25),
    ("kwadraad", "Kwadraad", "aanbieder", 90000, 0.25, True, 300.0, 80.0),
    ("mee", "MEE Zuid-Holland Noord", "aanbieder", 60000, 0.125, False, 300.0, -120.0),
    ("seh", "Sport & Evenementen Haaglanden", "stichting", 30000, 0.0, True, 420.0, 10.0),
    ("clientenraad", "Cliëntenraad Delft", "cliëntenraad", 0, 1.0, True, -150.0, 60.0),
]

# source, target, relatie (relation type), weight (int), notitie (note), formeel (bool)
RELATIONS = [
    ("gemeente-delft", "dve", "opdracht", 5, "Prestatiesubsidie Gezond en Wel", True),
    ("dve", "kwadraad", "financiert", 4, "", True),
    ("dve", "mee", "financiert", 3, "", True),
    ("kwadraad", "mee", "werkt samen met", 2, "Wijkteams", False),
    ("clientenraad", "gemeente-delft", "adviseert", 3, "Gevraagd en ongevraagd advies", False),
    ("seh", "dve", "lid van", 2, "", False),
]


def networkx_graph(directed):
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.graph["name"] = "Delft 2015 (NetworkX)"
    for key, name, kind, budget, score, active, x, y in ACTORS:
        graph.add_node(key, label=name, soort=kind, budget=budget, score=score, actief=active, x=x, y=y)
    for source, target, kind, weight, note, formal in RELATIONS:
        graph.add_edge(source, target, relatie=kind, weight=weight, formeel=formal, **({"notitie": note} if note else {}))
    return graph


def networkx_gexf_graph(directed):
    """GEXF keeps positions and colours in viz, not in attributes."""
    graph = networkx_graph(directed)
    for key, name, kind, budget, score, active, x, y in ACTORS:
        data = graph.nodes[key]
        del data["x"], data["y"]
        data["viz"] = {"position": {"x": x, "y": y, "z": 0.0}, "color": {"r": 128, "g": 177, "b": 211, "a": 1.0},
                       "size": 10.0 + score * 10}
    return graph


def igraph_graph(directed):
    graph = igraph.Graph(directed=directed)
    graph["name"] = "Delft 2015 (igraph)"
    graph.add_vertices(len(ACTORS))
    graph.vs["name"] = [a[1] for a in ACTORS]
    graph.vs["soort"] = [a[2] for a in ACTORS]
    graph.vs["budget"] = [a[3] for a in ACTORS]
    graph.vs["score"] = [a[4] for a in ACTORS]
    graph.vs["actief"] = [a[5] for a in ACTORS]
    graph.vs["x"] = [a[6] for a in ACTORS]
    graph.vs["y"] = [a[7] for a in ACTORS]
    index = {a[0]: i for i, a in enumerate(ACTORS)}
    graph.add_edges([(index[r[0]], index[r[1]]) for r in RELATIONS])
    graph.es["relatie"] = [r[2] for r in RELATIONS]
    graph.es["weight"] = [r[3] for r in RELATIONS]
    graph.es["notitie"] = [r[4] for r in RELATIONS]
    graph.es["formeel"] = [r[5] for r in RELATIONS]
    return graph


def main():
    os.makedirs(OUT, exist_ok=True)
    written = []
    for directed in (True, False):
        suffix = "directed" if directed else "undirected"
        path = os.path.join(OUT, f"networkx-{suffix}.graphml")
        nx.write_graphml(networkx_graph(directed), path)
        written.append(path)
        path = os.path.join(OUT, f"networkx-{suffix}.gexf")
        nx.write_gexf(networkx_gexf_graph(directed), path)  # NetworkX's default, GEXF 1.2draft
        written.append(path)
        path = os.path.join(OUT, f"igraph-{suffix}.graphml")
        igraph_graph(directed).write_graphml(path)
        written.append(path)
    path = os.path.join(OUT, "networkx-directed-1.1.gexf")
    nx.write_gexf(networkx_gexf_graph(True), path, version="1.1draft")
    written.append(path)
    # NetworkX writes today's date into GEXF meta; a fixed date keeps the committed files stable.
    for path in written:
        if path.endswith(".gexf"):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            import re
            text = re.sub(r'lastmodifieddate="[0-9-]+"', 'lastmodifieddate="2024-01-01"', text)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    for path in written:
        print(os.path.relpath(path))
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
