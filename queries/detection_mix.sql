-- How incidents were detected (monitoring, customer report, internal report), per quarter with shares.
WITH per AS (
  SELECT quarter, detection, count(*) AS incidents
  FROM incidents
  WHERE quarter IS NOT NULL
  GROUP BY quarter, detection
),
totals AS (
  SELECT quarter, sum(incidents) AS quarter_total FROM per GROUP BY quarter
)
SELECT p.quarter, p.detection, p.incidents, round(100.0 * p.incidents / t.quarter_total, 1) AS pct_of_quarter
FROM per p
JOIN totals t ON p.quarter = t.quarter
ORDER BY p.quarter, p.incidents DESC, p.detection
