// Roles held
// Description: Positions stated in the articles ("Gerasimov, chief of the Russian General Staff"),
//   with the organization and how many articles state them.
// Returns: person, title, organization, articles
MATCH (p:Person)-[h:HOLDS_ROLE]->(org:Entity)
RETURN p.name AS person, h.title AS title, org.name AS organization, count(DISTINCT h.article) AS articles
ORDER BY person, title;
