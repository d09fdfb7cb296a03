// Events in a place, including its sub-regions
// Description: Events located in a place or anywhere inside it (a country includes its regions and
//   towns; an oblast its towns), by date.
// Param place (String): canonical name of a country or place
// Returns: date, type, event, located_in, modality
:param place => 'Russia';

MATCH (p:Entity {name: $place})
MATCH (e:Event)-[:LOCATION]->(loc:Entity)
WHERE loc = p OR p.id IN coalesce(loc.ancestors, [])
RETURN e.date AS date, e.type AS type, e.summary AS event, collect(DISTINCT loc.name) AS located_in,
       e.modality AS modality
ORDER BY date, type;
