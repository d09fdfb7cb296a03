// Event types by month
// Description: How many events of each PLOVER type fall in each month — the rhythm of the story.
// Returns: month, type, events
MATCH (e:Event)
WHERE e.date IS NOT NULL
RETURN substring(e.date, 0, 7) AS month, e.type AS type, count(*) AS events
ORDER BY month, events DESC, type;
