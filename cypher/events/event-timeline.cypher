// Event timeline
// Description: All events between two dates with their actors, targets, places and reporters.
// Param since (String): first date, YYYY-MM-DD
// Param until (String): last date, YYYY-MM-DD
// Returns: date, precision, type, actors, targets, places, reporters, modality
:param since => '2024-01-01';
:param until => '2025-12-31';

MATCH (e:Event)
WHERE e.date >= $since AND e.date <= $until
OPTIONAL MATCH (e)-[:ACTOR]->(actor:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(target:Entity)
OPTIONAL MATCH (e)-[:LOCATION]->(place:Entity)
OPTIONAL MATCH (e)-[:REPORTED_BY]->(reporter:Entity)
RETURN e.date AS date, e.date_precision AS precision, e.type AS type,
       collect(DISTINCT actor.name) AS actors, collect(DISTINCT target.name) AS targets,
       collect(DISTINCT place.name) AS places, collect(DISTINCT reporter.name) AS reporters, e.modality AS modality
ORDER BY date, type;
