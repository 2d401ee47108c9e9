-- Which root causes recur: incidents per cause and quarter, the causes seen in the most quarters first.
WITH per_quarter AS (
  SELECT root_cause, quarter, count(*) AS incidents
  FROM incidents
  WHERE quarter IS NOT NULL
  GROUP BY root_cause, quarter
),
per_cause AS (
  SELECT root_cause, count(*) AS quarters_seen, sum(incidents) AS total_incidents
  FROM per_quarter
  GROUP BY root_cause
)
SELECT p.root_cause, p.quarter, p.incidents, c.quarters_seen, c.total_incidents
FROM per_quarter p
JOIN per_cause c ON p.root_cause = c.root_cause
ORDER BY c.quarters_seen DESC, c.total_incidents DESC, p.root_cause, p.quarter
