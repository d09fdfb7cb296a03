// Most mentioned entities of a kind
// Description: The entities of one kind (Person, Organization, Country, Location, Media, Other) with
//   the most mentions, the number of articles and of events they take part in.
// Param kind (String): entity kind
// Param top (Integer): how many to list
// Returns: name, mentions, articles, events
:param kind => 'Person';
:param top => 20;

MATCH (x:Entity {kind: $kind})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(x)
WITH x, sum(m.count) AS mentions, count(DISTINCT a) AS articles
OPTIONAL MATCH (e:Event)-[:ACTOR|TARGET]->(x)
RETURN x.name AS name, mentions, articles, count(DISTINCT e) AS events
ORDER BY mentions DESC, name
LIMIT $top;
