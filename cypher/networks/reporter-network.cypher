// Who reports on whom
// Description: Reporters (outlets, officials, bodies) and the actors of the events they report,
//   weighted by the number of events.
// Returns: reporter, actor, events
MATCH (r:Entity)<-[:REPORTED_BY]-(e:Event)-[:ACTOR]->(a:Entity)
RETURN r.name AS reporter, a.name AS actor, count(DISTINCT e) AS events
ORDER BY events DESC, reporter, actor;
