// Possible duplicate entities
// Description: Entities with the same phonetic key but different ids — candidates for a merge (or
//   proof that two different people were kept apart, like Kim Jong Un and Kim Jong Il).
// Returns: phonetic_key, names, ids, kinds
MATCH (x:Entity)
WHERE x.phonetic_key IS NOT NULL AND x.phonetic_key <> ''
WITH x.phonetic_key AS phonetic_key, collect(x) AS same
WHERE size(same) > 1
RETURN phonetic_key, [x IN same | x.name] AS names, [x IN same | x.id] AS ids, [x IN same | x.kind] AS kinds
ORDER BY phonetic_key;
