// Who reported an event, with the citation chain
// Description: Events of a type that involve an entity (as actor or target), each with who asserts
//   it, the attribution verb, the outlet that published the article and the chain of sources the
//   reporter cites (outlet → agency → original source).
// Param eventType (String): PLOVER event type
// Param entity (String): canonical name of a participant
// Returns: event, date, reporter, verb, outlet, citation_chain, article
:param eventType => 'MOBILIZE';
:param entity => 'North Korea';

MATCH (e:Event {type: $eventType})-[:ACTOR|TARGET]->(:Entity {name: $entity})
MATCH (e)-[r:REPORTED_BY]->(reporter:Entity)
OPTIONAL MATCH (a:Article {id: r.article})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
OPTIONAL MATCH chain = (reporter)-[:CITES*1..4]->(:Entity)
WITH e, r, reporter, a, outlet, chain
ORDER BY length(chain) DESC
WITH e, r, reporter, a, outlet, collect(chain)[0] AS longest
RETURN DISTINCT e.summary AS event, e.date AS date, reporter.name AS reporter, r.verb AS verb,
       outlet.name AS outlet,
       CASE WHEN longest IS NULL THEN [reporter.name] ELSE [n IN nodes(longest) | n.name] END AS citation_chain,
       coalesce(a.title, a.path) AS article
ORDER BY date, event, reporter;
