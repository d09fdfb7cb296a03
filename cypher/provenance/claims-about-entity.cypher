// Claims about an entity
// Description: Who says what about an entity: every attributed statement that names it (claims in
//   which no event type was recognised, and reported events it takes part in), with the reporter, the
//   sentence as written, the article and the chain of sources the reporter cites there.
// Param entity (String): canonical name of the entity the statements are about
// Returns: published, article, source, kind, statement, modality, verb, cites
:param entity => 'North Korea';

MATCH (x:Entity {name: $entity})<-[:ABOUT|ACTOR|TARGET]-(c)-[r:REPORTED_BY]->(s:Entity)
WHERE c:Claim OR c:Event
MATCH (a:Article {id: r.article})
OPTIONAL MATCH chain = (s)-[:CITES*1..3]->(:Entity)
WHERE all(link IN relationships(chain) WHERE link.article = a.id)
WITH a, s, c, r, collect(DISTINCT [n IN nodes(chain) | n.name]) AS cites
RETURN a.published AS published, coalesce(a.title, a.path) AS article, s.name AS source,
       CASE WHEN c:Claim THEN 'claim' ELSE c.type END AS kind,
       coalesce(c.text, c.summary) AS statement, c.modality AS modality, r.verb AS verb, cites
ORDER BY published, article, source;
