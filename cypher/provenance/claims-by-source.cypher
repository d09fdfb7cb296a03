// Claims a source made
// Description: Every statement attributed to a reporter — the events it asserts and the claims in which
//   no event type was recognised — with the sentence as written, whom it names, the article, and the
//   sources the reporter cites in that article (the CITES chain).
// Param source (String): canonical name of the reporter
// Returns: published, article, kind, statement, modality, verb, about, cites
:param source => 'National Intelligence Service';

MATCH (c)-[r:REPORTED_BY]->(s:Entity {name: $source})
WHERE c:Claim OR c:Event
MATCH (a:Article {id: r.article})
OPTIONAL MATCH (c)-[:ABOUT|ACTOR|TARGET]->(x:Entity)
OPTIONAL MATCH chain = (s)-[:CITES*1..3]->(:Entity)
WHERE all(link IN relationships(chain) WHERE link.article = a.id)
WITH a, c, r, collect(DISTINCT x.name) AS about, collect(DISTINCT [n IN nodes(chain) | n.name]) AS cites
RETURN a.published AS published, coalesce(a.title, a.path) AS article,
       CASE WHEN c:Claim THEN 'claim' ELSE c.type END AS kind,
       coalesce(c.text, c.summary) AS statement, c.modality AS modality, r.verb AS verb, about, cites
ORDER BY published, article, kind;
