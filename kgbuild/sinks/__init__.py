"""Writers to external graph databases; the neo4j driver is imported only inside this package."""
