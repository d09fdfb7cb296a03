// An actor's timeline
// Description: The events an entity takes part in, in date order, with its role (ACTOR or TARGET),
//   the other participants, the place and the modality (asserted, hypothetical, future, denied).
// Param entity (String): canonical name of the entity
// Returns: date, precision, type, mode, role, others, places, modality, event
:param entity => 'Kim Jong Un';

MATCH (x:Entity {name: $entity})<-[role:ACTOR|TARGET]-(e:Event)
OPTIONAL MATCH (e)-[:ACTOR|TARGET]->(other:Entity) WHERE other <> x
OPTIONAL MATCH (e)-[:LOCATION]->(place:Entity)
RETURN e.date AS date, e.date_precision AS precision, e.type AS type, e.mode AS mode, type(role) AS role,
       collect(DISTINCT other.name) AS others, collect(DISTINCT place.name) AS places,
       e.modality AS modality, e.summary AS event
ORDER BY date, type;
