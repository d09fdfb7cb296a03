"""Cypher query packs: parse their headers, run them against Neo4j, bundle them for Browser."""
