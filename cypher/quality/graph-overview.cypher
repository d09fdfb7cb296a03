// Graph overview
// Description: Node counts by label and relationship counts by type — what is in the database.
// Returns: what, name, count
MATCH (n)
UNWIND labels(n) AS label
WITH 'label' AS what, label AS name, count(*) AS count
RETURN what, name, count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS what, type(r) AS name, count(*) AS count;
