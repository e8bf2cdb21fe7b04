-- The dashboard refresh as SQL, for the sqlite3 shell and DuckDB (run_benchmarks.sh fills the @…@ slots per
-- dialect and per filter). One statement per part: KPI tiles for the period, its comparison and the year
-- before; the monthly cohort matrix; RFM scores and the 11 named segments. METRICS.md sections 2-5.
-- @TABLE@: the imported table; @FILTER@: the filter change (TRUE or a store); @DAY@, @JDAY@, @MONTH@: a line's
-- day, day number and month number from its date; @NUM@: a number from the text; @DIV@: integer division;
-- @LEAST@: the smaller of two. Products are nudged by 1e-12 (relative) so that binary floating point rounds
-- exact halves away from zero at 4 places, as StoreLens's fixed-point money does.

-- part: kpis
WITH l AS (
    SELECT order_id AS o, @DAY@ AS d, NULLIF(customer_id, '') AS c, @NUM@(quantity) AS q,
           round(@NUM@(quantity) * @NUM@(unit_price) * (1 + 1e-12), 4) AS g, @NUM@(discount) AS disc,
           CASE WHEN unit_cost IS NULL OR CAST(unit_cost AS VARCHAR) = '' THEN NULL
                ELSE round(@NUM@(quantity) * @NUM@(unit_cost) * (1 + 1e-12), 4) END AS cost
    FROM @TABLE@ WHERE @FILTER@
), p(name, f, t, sf, sl, ef) AS (VALUES @PERIODS@),
firsts AS (SELECT c, min(d) AS fd FROM l WHERE c IS NOT NULL AND q > 0 GROUP BY c),
sales AS (
    SELECT p.name,
           sum(CASE WHEN q > 0 THEN g ELSE 0 END) AS gross,
           sum(CASE WHEN q > 0 THEN disc ELSE 0 END) AS discounts,
           -sum(CASE WHEN q < 0 THEN g - disc ELSE 0 END) AS returns,
           sum(g - disc) AS net,
           count(DISTINCT CASE WHEN q > 0 THEN o END) AS orders,
           sum(CASE WHEN q > 0 THEN q ELSE 0 END) AS units,
           sum(CASE WHEN q > 0 AND c IS NULL THEN g - disc ELSE 0 END) AS guest,
           sum(cost) AS cogs
    FROM p JOIN l ON l.d BETWEEN p.f AND p.t GROUP BY p.name
), pc AS (
    SELECT p.name, l.c,
           max(CASE WHEN l.d BETWEEN p.f AND p.t THEN 1 ELSE 0 END) AS act,
           max(CASE WHEN l.d BETWEEN p.sf AND p.sl THEN 1 ELSE 0 END) AS s,
           max(CASE WHEN l.d BETWEEN p.ef AND p.t THEN 1 ELSE 0 END) AS e,
           count(DISTINCT CASE WHEN l.d BETWEEN p.f AND p.t THEN l.o END) AS ords
    FROM p JOIN l ON l.d BETWEEN p.sf AND p.t WHERE l.c IS NOT NULL AND l.q > 0 GROUP BY p.name, l.c
), custs AS (
    SELECT name, sum(act) AS active, sum(CASE WHEN ords >= 2 THEN 1 ELSE 0 END) AS repeaters,
           sum(ords) AS identified_orders, sum(s) AS at_start, sum(e) AS at_end, sum(s * e) AS retained
    FROM pc GROUP BY name
), news AS (SELECT p.name, count(*) AS new_customers FROM p JOIN firsts ON firsts.fd BETWEEN p.f AND p.t
            GROUP BY p.name)
SELECT 'kpi' AS part, sales.name, round(gross, 2) AS gross, round(discounts, 2) AS discounts,
       round(returns, 2) AS returns, round(net, 2) AS net, orders,
       round((gross - discounts) / orders, 2) AS aov, units, round(guest, 2) AS guest, round(cogs, 2) AS cogs,
       active, new_customers, repeaters, identified_orders, at_start, at_end, retained
FROM sales JOIN custs ON custs.name = sales.name LEFT JOIN news ON news.name = sales.name ORDER BY sales.name;

-- part: cohorts
WITH l AS (
    SELECT order_id AS o, @MONTH@ AS m, NULLIF(customer_id, '') AS c, @NUM@(quantity) AS q,
           round(@NUM@(quantity) * @NUM@(unit_price) * (1 + 1e-12), 4) - @NUM@(discount) AS amount
    FROM @TABLE@ WHERE @FILTER@
), cm AS (SELECT c, min(m) AS cohort FROM l WHERE c IS NOT NULL AND q > 0 GROUP BY c),
act AS (
    SELECT c, m, max(CASE WHEN q > 0 THEN 1 ELSE 0 END) AS sale, sum(amount) AS net,
           count(DISTINCT CASE WHEN q > 0 THEN o END) AS ords
    FROM l WHERE c IS NOT NULL GROUP BY c, m
), sizes AS (SELECT cohort, count(*) AS size FROM cm WHERE cohort BETWEEN @MONTHFROM@ AND @MONTHTO@ GROUP BY cohort),
cells AS (
    SELECT cm.cohort, act.m - cm.cohort AS age, sum(sale) AS active, sum(net) AS net, sum(ords) AS ords
    FROM act JOIN cm ON cm.c = act.c
    WHERE cm.cohort BETWEEN @MONTHFROM@ AND @MONTHTO@ AND act.m >= cm.cohort GROUP BY cm.cohort, act.m - cm.cohort
)
SELECT 'cohorts' AS part, count(*) AS cells, (SELECT count(*) FROM sizes) AS cohorts,
       (SELECT sum(size) FROM sizes) AS customers, sum(cells.active * 1.0 / sizes.size) AS retention_sum
FROM cells JOIN sizes ON sizes.cohort = cells.cohort;

-- part: rfm
WITH l AS (
    SELECT order_id AS o, @JDAY@ AS jd, NULLIF(customer_id, '') AS c, @NUM@(quantity) AS q,
           round(@NUM@(quantity) * @NUM@(unit_price) * (1 + 1e-12), 4) - @NUM@(discount) AS amount
    FROM @TABLE@ WHERE @FILTER@
),
cust AS (
    SELECT c, max(CASE WHEN q > 0 THEN jd END) AS last, count(DISTINCT CASE WHEN q > 0 THEN o END) AS f,
           round(sum(amount), 4) AS mon
    FROM l WHERE c IS NOT NULL GROUP BY c HAVING max(CASE WHEN q > 0 THEN 1 ELSE 0 END) = 1
), ranked AS (
    SELECT c, rank() OVER (ORDER BY last) - 1 AS rl, count(*) OVER (PARTITION BY last) AS re,
           rank() OVER (ORDER BY f) - 1 AS fl, count(*) OVER (PARTITION BY f) AS fe,
           rank() OVER (ORDER BY mon) - 1 AS ml, count(*) OVER (PARTITION BY mon) AS me,
           count(*) OVER () AS n
    FROM cust
), scores AS (
    SELECT c, @LEAST@(5, (5 * (2 * rl + re)) @DIV@ (2 * n) + 1) AS r,
           @LEAST@(5, (5 * (2 * fl + fe)) @DIV@ (2 * n) + 1) AS fs,
           @LEAST@(5, (5 * (2 * ml + me)) @DIV@ (2 * n) + 1) AS ms
    FROM ranked
), grid(r, fm, segment) AS (VALUES
    (5, 1, 'Recent customers'), (5, 2, 'Potential loyalists'), (5, 3, 'Loyal customers'), (5, 4, 'Champions'),
    (5, 5, 'Champions'), (4, 1, 'Promising'), (4, 2, 'Potential loyalists'), (4, 3, 'Potential loyalists'),
    (4, 4, 'Loyal customers'), (4, 5, 'Champions'), (3, 1, 'Promising'), (3, 2, 'Need attention'),
    (3, 3, 'Potential loyalists'), (3, 4, 'Loyal customers'), (3, 5, 'Loyal customers'),
    (2, 1, 'About to sleep'), (2, 2, 'Need attention'), (2, 3, 'Need attention'), (2, 4, 'At risk'),
    (2, 5, 'At risk'), (1, 1, 'Lost'), (1, 2, 'Hibernating'), (1, 3, 'At risk'), (1, 4, 'Can''t lose them'),
    (1, 5, 'Can''t lose them')),
segments AS (
    SELECT grid.segment, count(*) AS size FROM scores
    JOIN grid ON grid.r = scores.r AND grid.fm = (scores.fs + scores.ms + 1) @DIV@ 2 GROUP BY grid.segment
)
SELECT 'rfm' AS part, (SELECT count(*) FROM scores) AS customers, count(*) AS segments,
       (SELECT size FROM segments WHERE segment = 'Champions') AS champions
FROM segments;
