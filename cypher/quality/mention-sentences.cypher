// Sentences that mention an entity
// Description: Every mention of an entity with the sentence it stands in, the surface as written
//   and its character offsets into the article body — to check a resolution by reading it.
// Param entity (String): canonical name of the entity
// Returns: article, surface, start, end, sentence
:param entity => 'Valery Gerasimov';

MATCH (a:Article)-[m:MENTIONS]->(:Entity {name: $entity})
UNWIND range(0, size(m.starts) - 1) AS i
WITH a, m.surfaces[i] AS surface, m.starts[i] AS start, m.ends[i] AS end
WITH a, surface, start, end,
     [j IN range(0, size(a.sentence_starts) - 1) WHERE a.sentence_starts[j] <= start < a.sentence_ends[j]][0] AS s
RETURN coalesce(a.title, a.path) AS article, surface, start, end,
       substring(a.text, a.sentence_starts[s], a.sentence_ends[s] - a.sentence_starts[s]) AS sentence
ORDER BY article, start;
