// Citation chains
// Description: Every chain of citations (an agency citing an intelligence service, and so on), from
//   its first reporter to its original source, with the number of articles that show it.
// Returns: chain, original_source, articles
MATCH p = (first:Entity)-[:CITES*1..4]->(last:Entity)
WHERE NOT ()-[:CITES]->(first) AND NOT (last)-[:CITES]->()
WITH [n IN nodes(p) | n.name] AS chain, last.name AS original_source,
     reduce(acc = [], r IN relationships(p) | acc + r.article) AS articles
UNWIND articles AS article
RETURN chain, original_source, count(DISTINCT article) AS articles
ORDER BY articles DESC, original_source;
