// Claims only one source makes
// Description: Events asserted by exactly one reporter — no independent confirmation in the graph.
//   Events with no named reporter at all are in unattributed-events.
// Param minConfidence (Float): lowest event confidence to list
// Returns: event, type, date, only_source, articles
:param minConfidence => 0.5;

MATCH (e:Event)-[r:REPORTED_BY]->(s:Entity)
WHERE e.confidence >= $minConfidence
WITH e, collect(DISTINCT s.name) AS sources, collect(DISTINCT r.article) AS articles
WHERE size(sources) = 1
RETURN e.summary AS event, e.type AS type, e.date AS date, sources[0] AS only_source, size(articles) AS articles
ORDER BY date, event;
