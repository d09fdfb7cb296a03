// Entity profile
// Description: One entity: its kind, Wikidata id, aliases, roles held, and how often it is mentioned
//   by article language and by publishing outlet.
// Param entity (String): canonical name of the entity
// Returns: name, kind, wikidata, aliases, roles, mentions_by_language, mentions_by_source
:param entity => 'Dmitry Medvedev';

MATCH (x:Entity {name: $entity})
OPTIONAL MATCH (x)-[h:HOLDS_ROLE]->(org:Entity)
WITH x, collect(DISTINCT h.title + ' of ' + org.name) AS roles
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(x)
WITH x, roles, a.language AS language, sum(m.count) AS n
WITH x, roles, [p IN collect([language, n]) WHERE p[0] IS NOT NULL | p[0] + ': ' + toString(p[1])] AS by_language
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(x)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
WITH x, roles, by_language, a, coalesce(outlet.name, a.source, 'unknown outlet') AS source, m
WITH x, roles, by_language, source, sum(m.count) AS n, count(a) AS articles
RETURN x.name AS name, x.kind AS kind, x.wikidata AS wikidata, x.aliases AS aliases, roles,
       by_language AS mentions_by_language,
       [p IN collect([source, n, articles]) WHERE p[2] > 0 | p[0] + ': ' + toString(p[1])] AS mentions_by_source;
