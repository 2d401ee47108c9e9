-- Postmortems with no usable date (no year, or none at all): they are counted but never placed in a quarter.
SELECT
  path,
  title,
  start,
  "end",
  root_cause
FROM incidents
WHERE date IS NULL
ORDER BY path
