// Events with no named source
// Description: Events the graph holds without any REPORTED_BY edge — stated by the publishing
//   outlet itself, or attribution the extractor missed. Review before citing them.
// Returns: event, type, date, outlet, article, sentence
MATCH (e:Event)-[m:MENTIONED_IN]->(a:Article)
WHERE NOT (e)-[:REPORTED_BY]->()
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN e.summary AS event, e.type AS type, e.date AS date, outlet.name AS outlet,
       coalesce(a.title, a.path) AS article, substring(a.text, m.start, m.end - m.start) AS sentence
ORDER BY date, event;
