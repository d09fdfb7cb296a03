// Events between two actors
// Description: What one entity did to another (either direction), by date, with reporters.
// Param one (String): canonical name of the first entity
// Param other (String): canonical name of the second entity
// Returns: date, type, event, direction, reporters
:param one => 'North Korea';
:param other => 'Russia';

MATCH (a:Entity {name: $one}), (b:Entity {name: $other})
MATCH (e:Event)-[:ACTOR]->(x:Entity), (e)-[:TARGET]->(y:Entity)
WHERE (x = a AND y = b) OR (x = b AND y = a)
OPTIONAL MATCH (e)-[:REPORTED_BY]->(r:Entity)
RETURN e.date AS date, e.type AS type, e.summary AS event, x.name + ' → ' + y.name AS direction,
       collect(DISTINCT r.name) AS reporters
ORDER BY date, type;
