// Everything a source reported
// Description: The events a news outlet, official or body asserts, with event date, confidence,
//   modality and the article where it said so.
// Param source (String): canonical name of the reporter
// Returns: date, type, event, confidence, modality, verb, article, published
:param source => 'Yonhap';

MATCH (e:Event)-[r:REPORTED_BY]->(:Entity {name: $source})
OPTIONAL MATCH (a:Article {id: r.article})
RETURN e.date AS date, e.type AS type, e.summary AS event, e.confidence AS confidence,
       e.modality AS modality, r.verb AS verb, coalesce(a.title, a.path) AS article, a.published AS published
ORDER BY date, type;
