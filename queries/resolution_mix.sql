-- What restored service (rollback, restart, hotfix, config fix...), with the median time to resolve of each.
SELECT
  resolution,
  count(*) AS incidents,
  median(coalesce(window_min, duration_stated_min)) AS ttr_median_min,
  quantile_cont(coalesce(window_min, duration_stated_min), 0.9) AS ttr_p90_min
FROM incidents
GROUP BY resolution
ORDER BY incidents DESC, resolution
