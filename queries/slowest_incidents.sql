-- The longest incidents by start-to-end window (else stated duration), with where each figure came from.
SELECT
  date,
  coalesce(window_min, duration_stated_min) AS minutes,
  CASE WHEN window_min IS NOT NULL THEN 'window' ELSE 'stated' END AS basis,
  root_cause,
  title,
  path
FROM incidents
WHERE coalesce(window_min, duration_stated_min) IS NOT NULL
ORDER BY minutes DESC
LIMIT 10
