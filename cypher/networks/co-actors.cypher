// Actors that appear together in events
// Description: Pairs of entities that take part in the same events (as actor or target), weighted
//   by the number of shared events — the actor network most Gephi users want.
// Param minShared (Integer): fewest shared events for a pair to be listed
// Returns: one, other, shared_events, types
:param minShared => 1;

MATCH (x:Entity)<-[:ACTOR|TARGET]-(e:Event)-[:ACTOR|TARGET]->(y:Entity)
WHERE x.name < y.name
WITH x, y, count(DISTINCT e) AS shared, collect(DISTINCT e.type) AS types
WHERE shared >= $minShared
RETURN x.name AS one, y.name AS other, shared AS shared_events, types
ORDER BY shared_events DESC, one, other;
