// Sources of each article
// Description: Per article: the outlet that published it, the reporters it attributes events to and
//   the sources they cite, with event counts — the reporting structure at a glance.
// Returns: article, published, outlet, reporters, cited, events
MATCH (a:Article)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
OPTIONAL MATCH (e:Event)-[:MENTIONED_IN]->(a)
OPTIONAL MATCH (e)-[r:REPORTED_BY]->(rep:Entity) WHERE r.article = a.id
OPTIONAL MATCH (rep)-[c:CITES]->(cited:Entity) WHERE c.article = a.id
RETURN coalesce(a.title, a.path) AS article, a.published AS published, outlet.name AS outlet,
       collect(DISTINCT rep.name) AS reporters, collect(DISTINCT cited.name) AS cited,
       count(DISTINCT e) AS events
ORDER BY published, article;
