// Mentions to review
// Description: Mentions resolved by a weak method or a low score, and entities not in the gazetteer
//   (unknown outlets, new names) — the places where resolution may be wrong.
// Param maxScore (Float): list mentions whose lowest score is below this
// Returns: entity, kind, in_gazetteer, surfaces, methods, min_score, article
:param maxScore => 0.95;

MATCH (a:Article)-[m:MENTIONS]->(x:Entity)
WHERE m.min_score < $maxScore OR x.resolved IS NULL
RETURN x.name AS entity, x.kind AS kind, x.resolved IS NOT NULL AS in_gazetteer, m.surfaces AS surfaces,
       m.methods AS methods, m.min_score AS min_score, coalesce(a.title, a.path) AS article
ORDER BY min_score, entity;
