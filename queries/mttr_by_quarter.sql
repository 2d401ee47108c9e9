-- Time to resolve per quarter: median, p90 and mean minutes with the sample size (window, else stated duration).
-- Durations are long-tailed: compare medians and p90s, not means alone.
SELECT
  quarter,
  count(*) AS incidents,
  count(coalesce(window_min, duration_stated_min)) AS with_ttr,
  median(coalesce(window_min, duration_stated_min)) AS ttr_median_min,
  quantile_cont(coalesce(window_min, duration_stated_min), 0.9) AS ttr_p90_min,
  round(avg(coalesce(window_min, duration_stated_min)), 1) AS ttr_mean_min,
  median(ttd_min) AS ttd_median_min
FROM incidents
WHERE quarter IS NOT NULL
GROUP BY quarter
ORDER BY quarter
