<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>storelens::cli</name>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="252"/>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma) of %1 customers, from their purchases up to %2; as of %3.</source>
        <translation>Valor de vida del cliente (CLV) previsto (BG/NBD y Gamma-Gamma) de %1 clientes, a partir de sus compras hasta el %2; fecha de corte %3.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="258"/>
        <source>CLV covers the next %1 months, discounted at %2 % a year.</source>
        <translation>El CLV cubre los próximos %1 meses, descontado al %2 % anual.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="266"/>
        <source>Purchase model (BG/NBD): %1</source>
        <translation>Modelo de compra (BG/NBD): %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="274"/>
        <source>Purchase model (%1): %2</source>
        <translation>Modelo de compra (%1): %2</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="278"/>
        <source>Spend model (Gamma-Gamma): %1</source>
        <translation>Modelo de gasto (Gamma-Gamma): %1</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="286"/>
        <source>Holdout %1 to %2 (%3 weeks): %4 repeat purchases expected, %5 made.</source>
        <translation>Periodo de prueba del %1 al %2 (%3 semanas): %4 compras repetidas esperadas, %5 realizadas.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="290"/>
        <source>Repeat purchases in calibration</source>
        <translation>Compras repetidas en la calibración</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="291"/>
        <location filename="../cli/SegmentsCommand.cpp" line="119"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="292"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="293"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="295"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="302"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="303"/>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="304"/>
        <source>4 wk</source>
        <translation>4 sem</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="305"/>
        <source>13 wk</source>
        <translation>13 sem</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="306"/>
        <source>52 wk</source>
        <translation>52 sem</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="307"/>
        <location filename="../cli/SegmentsCommand.cpp" line="123"/>
        <location filename="../cli/SegmentsCommand.cpp" line="148"/>
        <source>AOV</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="308"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="309"/>
        <source>Next purchase</source>
        <translation>Próxima compra</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="321"/>
        <source>unlikely</source>
        <translation>improbable</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="325"/>
        <source>%1 more customers; --limit 0 lists all of them.</source>
        <translation>%1 clientes más; --limit 0 los muestra todos.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="437"/>
        <source>storelens clv: fits the BG/NBD, Pareto/NBD and MBG/NBD purchase models and the Gamma-Gamma spend model to the identified customers&apos; purchase days (METRICS.md section 8), uses the purchase model with the lowest holdout error (tested on the last 13 weeks, or on the --holdout-from split) and says so in one sentence, and predicts, per customer, the probability of still being a customer, the expected purchases in the next 4, 13 and 52 weeks, the expected order value, the lifetime value over the horizon and the expected date of the next purchase, counted from the as-of date (empty when the customer is more likely gone than not). --holdout-from DATE fits on the purchases before DATE and compares the expected repeat purchases from DATE to the as-of date with the actual ones. Too little data (fewer than 200 customers, under 90 days, no repeat buyers) or a fit that does not converge prints the reason and no numbers.
Exit status: 0 done, 1 bad usage, 2 the workspace, a filter or the data was rejected.

JSON (--format json): as_of, calibration_end, horizon_months, annual_discount_rate, status,
  model {in_use, name, chosen_by (holdout, likelihood or requested), sentence,
         test {from, to, weeks, customers, actual_repeat_purchases, models [{model, converged,
               log_likelihood, expected_repeat_purchases, error_per_customer}]} or null,
         fits [{model, r, alpha, a, b or s, beta, log_likelihood, converged, evaluations,
               gradient_norm, customers}]},
  bg_nbd {r, alpha, a, b, log_likelihood, converged, evaluations, gradient_norm, customers},
  gamma_gamma {p, q, gamma, log_likelihood, converged, evaluations, gradient_norm, customers},
  holdout {from, to, weeks, actual_repeat_purchases, expected_repeat_purchases,
           by_frequency [{repeat_purchases, or_more, customers, actual_mean, expected_mean}]} or null,
  customer_count, predicted_clv_total, customers [{customer_id, x, t_x, T, monetary,
  probability_alive, expected_purchases_4_weeks, expected_purchases_13_weeks,
  expected_purchases_52_weeks, expected_average_order_value, predicted_clv, expected_next_purchase}].
CSV (--format csv): the customers&apos; fields, one row per customer.
Customers are listed by predicted CLV, highest first.</source>
        <translation>storelens clv: ajusta los modelos de compra BG/NBD, Pareto/NBD y MBG/NBD y el modelo de gasto Gamma-Gamma a los días de compra de los clientes identificados (METRICS.md, sección 8), usa el modelo de compra con menor error en el periodo de prueba (probado en las últimas 13 semanas o en la división de --holdout-from) y lo indica en una frase, y predice, por cliente, la probabilidad de seguir siendo cliente, las compras esperadas en las próximas 4, 13 y 52 semanas, el valor de pedido esperado, el valor de vida en el horizonte y la fecha esperada de la próxima compra, contada desde la fecha de corte (vacía cuando es más probable que el cliente se haya ido que no). --holdout-from FECHA ajusta con las compras anteriores a FECHA y compara las compras repetidas esperadas desde FECHA hasta la fecha de corte con las reales. Si hay muy pocos datos (menos de 200 clientes, menos de 90 días, ningún cliente recurrente) o el ajuste no converge, se muestra el motivo y ninguna cifra.
Estado de salida: 0 hecho, 1 uso incorrecto, 2 se rechazó el espacio de trabajo, un filtro o los datos.

JSON (--format json): as_of, calibration_end, horizon_months, annual_discount_rate, status,
  model {in_use, name, chosen_by (holdout, likelihood o requested), sentence,
         test {from, to, weeks, customers, actual_repeat_purchases, models [{model, converged,
               log_likelihood, expected_repeat_purchases, error_per_customer}]} o null,
         fits [{model, r, alpha, a, b o s, beta, log_likelihood, converged, evaluations,
               gradient_norm, customers}]},
  bg_nbd {r, alpha, a, b, log_likelihood, converged, evaluations, gradient_norm, customers},
  gamma_gamma {p, q, gamma, log_likelihood, converged, evaluations, gradient_norm, customers},
  holdout {from, to, weeks, actual_repeat_purchases, expected_repeat_purchases,
           by_frequency [{repeat_purchases, or_more, customers, actual_mean, expected_mean}]} o null,
  customer_count, predicted_clv_total, customers [{customer_id, x, t_x, T, monetary,
  probability_alive, expected_purchases_4_weeks, expected_purchases_13_weeks,
  expected_purchases_52_weeks, expected_average_order_value, predicted_clv, expected_next_purchase}].
CSV (--format csv): los campos de los clientes, una fila por cliente.
Los clientes se ordenan por CLV previsto, de mayor a menor.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="333"/>
        <source>Fit on the purchases before this day and compare the rest with the prediction.</source>
        <translation>Ajustar con las compras anteriores a este día y comparar el resto con la predicción.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="337"/>
        <source>The purchase model: auto (the Pareto/NBD or MBG/NBD, whichever did better on the holdout; the default), bg_nbd, pareto_nbd or mbg_nbd.</source>
        <translation>El modelo de compra: auto (Pareto/NBD o MBG/NBD, el que mejor funcione en el periodo de prueba; valor predeterminado), bg_nbd, pareto_nbd o mbg_nbd.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="339"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>Months of lifetime value (default 12).</source>
        <translation>Meses de valor de vida (predeterminado: 12).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="340"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="342"/>
        <source>Annual discount rate as a fraction (default 0.10).</source>
        <translation>Tasa de descuento anual como fracción (predeterminado: 0.10).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="343"/>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="345"/>
        <source>List only this many customers, 0 for all (default: 20 in the table, all in JSON and CSV).</source>
        <translation>Mostrar solo este número de clientes, 0 para todos (predeterminado: 20 en la tabla, todos en JSON y CSV).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="347"/>
        <location filename="../cli/SampleCommand.cpp" line="56"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="365"/>
        <source>--horizon-months takes a whole number from 1 to 120, --discount-rate a fraction such as 0.10, and --limit a whole number of 0 or more.</source>
        <translation>--horizon-months admite un número entero de 1 a 120, --discount-rate una fracción como 0.10 y --limit un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="376"/>
        <source>--model takes auto, bg_nbd, pareto_nbd or mbg_nbd, not &quot;%1&quot;.</source>
        <translation>--model admite auto, bg_nbd, pareto_nbd o mbg_nbd, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="385"/>
        <source>--holdout-from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--holdout-from admite una fecha en formato AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="397"/>
        <source>--holdout-from must fall after the first day with data (%1) and on or before the as-of date (%2).</source>
        <translation>--holdout-from debe ser posterior al primer día con datos (%1) y no posterior a la fecha de corte (%2).</translation>
    </message>
    <message>
        <location filename="../cli/ClvCommand.cpp" line="434"/>
        <source>Predict customer lifetime value with the BG/NBD and Gamma-Gamma models.</source>
        <translation>Predecir el valor de vida del cliente (CLV) con los modelos BG/NBD y Gamma-Gamma.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="59"/>
        <location filename="../cli/SegmentsCommand.cpp" line="129"/>
        <location filename="../cli/SegmentsCommand.cpp" line="157"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="71"/>
        <source>Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.</source>
        <translation>Cohortes por %1 de primera compra, %2; rango del %3 al %4, fecha de corte %5.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="75"/>
        <source>Columns are ages (0 = the first period); * marks a partial period, blank cells are after the as-of date.</source>
        <translation>Las columnas son antigüedades (0 = el primer periodo); * marca un periodo parcial, las celdas vacías son posteriores a la fecha de corte.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="88"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="101"/>
        <source>&quot;no prices&quot;: the cell&apos;s lines were imported without prices, so its money is unknown (not 0); ~ marks a value that leaves out lines without prices.</source>
        <translation>&quot;sin precios&quot;: las líneas de la celda se importaron sin precios, así que su importe es desconocido (no 0); ~ marca un valor que excluye líneas sin precios.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="105"/>
        <source>No customer made a first purchase in the range.</source>
        <translation>Ningún cliente realizó su primera compra en el rango.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="220"/>
        <source>storelens cohorts: customers grouped by the week (Monday start), month or quarter of their first purchase within the filters, followed period by period (METRICS.md section 4). --from/--to select the cohorts whose period overlaps them (default: the 12 months ending at the as-of date); each cohort is its whole calendar period and activity after the range still counts.
Metrics: retention (share of the cohort buying in the period), revenue (net sales per customer, returns included), cumulative_revenue (the sum of revenue up to that age), orders (orders per customer).
Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.

JSON (--format json): an object with grain, metric, as_of, range {from, to}, age_count and
  cohorts [{label, from, to, size, cells [{age, value, reason, partial, buying_customers, orders, unpriced_lines,
           net_sales, cumulative_net_sales}]}], currency (the workspace&apos;s ISO code, null when not known).
Cells after the as-of date are absent (empty, not zero). value is a fraction for retention, money per customer for revenue and cumulative_revenue, orders per customer for orders; net_sales are the cell&apos;s totals in money. Money of a cell whose lines were imported without prices is null with reason &quot;no prices imported&quot; (never 0); reason &quot;some lines without prices&quot; marks money that leaves such lines out.
CSV (--format csv): cohort,cohort_from,size,age,value,partial,note; one row per cell; value is empty and note says why when money is unknown.</source>
        <translation>storelens cohorts: clientes agrupados por la semana (empezando en lunes), el mes o el trimestre de su primera compra dentro de los filtros, seguidos periodo a periodo (METRICS.md, sección 4). --from/--to seleccionan las cohortes cuyo periodo se solapa con ellos (predeterminado: los 12 meses que terminan en la fecha de corte); cada cohorte abarca todo su periodo natural y la actividad posterior al intervalo también cuenta.
Métricas: retention (proporción de la cohorte que compra en el periodo), revenue (ventas netas por cliente, devoluciones incluidas), cumulative_revenue (la suma de revenue hasta esa antigüedad), orders (pedidos por cliente).
Estado de salida: 0 hecho, 1 uso incorrecto, 2 se rechazó el espacio de trabajo o un filtro.

JSON (--format json): un objeto con grain, metric, as_of, range {from, to}, age_count y
  cohorts [{label, from, to, size, cells [{age, value, reason, partial, buying_customers, orders, unpriced_lines,
           net_sales, cumulative_net_sales}]}], currency (el código ISO del espacio de trabajo, null si no se conoce).
Las celdas posteriores a la fecha de corte no aparecen (vacías, no cero). value es una fracción para retention, dinero por cliente para revenue y cumulative_revenue, y pedidos por cliente para orders; net_sales son los totales de la celda en dinero. El dinero de una celda cuyas líneas se importaron sin precios es null con reason &quot;no prices imported&quot; (nunca 0); reason &quot;some lines without prices&quot; marca el dinero que deja fuera esas líneas.
CSV (--format csv): cohort,cohort_from,size,age,value,partial,note; una fila por celda; value queda vacío y note indica el motivo cuando no se conoce el dinero.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="179"/>
        <source>What the cells show (default: retention).</source>
        <translation>Qué muestran las celdas (predeterminado: retention).</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="189"/>
        <source>--metric takes retention, revenue, cumulative_revenue or orders, not &quot;%1&quot;.</source>
        <translation>--metric admite retention, revenue, cumulative_revenue u orders, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/CohortsCommand.cpp" line="218"/>
        <source>Print the cohort matrix: retention, revenue or orders.</source>
        <translation>Mostrar la matriz de cohortes: retención, ingresos o pedidos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="102"/>
        <source>%1: StoreLens cannot tell what this file holds.</source>
        <translation>%1: StoreLens no puede determinar qué contiene este archivo.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="106"/>
        <source>Name it with --entity orders, customers, products, inventory, traffic, staffing or marketing. Nothing was imported.</source>
        <translation>Indíquelo con --entity orders, customers, products, inventory, traffic, staffing o marketing. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="33"/>
        <source>Source &quot;%1&quot;: lines added %2 (%3); changed %4 (%5 before, %6 after); unchanged %7 (%8); removed %9 (%10)</source>
        <translation>Origen &quot;%1&quot;: líneas añadidas %2 (%3); modificadas %4 (%5 antes, %6 después); sin cambios %7 (%8); eliminadas %9 (%10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="46"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n pedido que ya estaba en el espacio de trabajo tiene un nuevo reembolso o cancelación (%1): cada reembolso pasa a ser una devolución, con la fecha de reembolso del archivo o, si no la hay, la del día del pedido; el mes de ese pedido cambia.</numerusform>
            <numerusform>%n pedidos que ya estaban en el espacio de trabajo tienen nuevos reembolsos o cancelaciones (%1): cada reembolso pasa a ser una devolución, con la fecha de reembolso del archivo o, si no la hay, la del día del pedido; los meses de esos pedidos cambian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="55"/>
        <source>(--source names it; --replace is refused for such a file.)</source>
        <translation>(--source le da nombre; --replace se rechaza para un archivo así.)</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="57"/>
        <source>1 line (%1) of source &quot;%2&quot; from %3 to %4 is not in this file; it was kept. If the file is a re-export of those days, import it with --replace to remove it.</source>
        <translation>1 línea (%1) del origen &quot;%2&quot; del %3 al %4 no está en este archivo; se ha conservado. Si el archivo es una reexportación de esos días, impórtelo con --replace para eliminarla.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="64"/>
        <source>%1 lines (%2) of source &quot;%3&quot; from %4 to %5 are not in this file; they were kept. If the file is a re-export of those days, import it with --replace to remove them.</source>
        <translation>%1 líneas (%2) del origen &quot;%3&quot; del %4 al %5 no están en este archivo; se han conservado. Si el archivo es una reexportación de esos días, impórtelo con --replace para eliminarlas.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="87"/>
        <source>Line totals (&quot;%1&quot;) are after the line discount: gross = total + discount.</source>
        <translation>Los totales de línea (&quot;%1&quot;) son posteriores al descuento de línea: bruto = total + descuento.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="89"/>
        <source>Line totals (&quot;%1&quot;) are before the line discount.</source>
        <translation>Los totales de línea (&quot;%1&quot;) son anteriores al descuento de línea.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="94"/>
        <source>Discounts (&quot;%1&quot;) are rates (0.2 = 20 %).</source>
        <translation>Los descuentos (&quot;%1&quot;) son porcentajes (0.2 = 20 %).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="97"/>
        <source>Discounts (&quot;%1&quot;) are percentages (20 = 20 %).</source>
        <translation>Los descuentos («%1») son porcentajes (20 = 20 %).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="101"/>
        <source>Warning: on %n line(s) the discount in &quot;%1&quot; is larger than the line itself; if the column holds percentages (20 = 20 %), map it with --map &quot;%1=discount_percent&quot;.</source>
        <translation>
            <numerusform>Aviso: en %n línea el descuento de «%1» es mayor que la propia línea; si la columna contiene porcentajes (20 = 20 %), asígnela con --map &quot;%1=discount_percent&quot;.</numerusform>
            <numerusform>Aviso: en %n líneas el descuento de «%1» es mayor que la propia línea; si la columna contiene porcentajes (20 = 20 %), asígnela con --map &quot;%1=discount_percent&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="108"/>
        <source>Warning: every discount in &quot;%1&quot; is below 1; if they are rates (0.2 = 20 %), map the column as a discount rate.</source>
        <translation>Aviso: todos los descuentos de &quot;%1&quot; son inferiores a 1; si son porcentajes (0.2 = 20 %), asigne la columna como porcentaje de descuento.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="113"/>
        <source>Warning: every line of each of the %1 discounted orders of several lines (such as order %2) carries the same discount in &quot;%3&quot;; if it is the order&apos;s discount repeated on each line, map the column as the order discount (it is counted %4 too often now).</source>
        <translation>Aviso: cada línea de cada uno de los %1 pedidos con descuento y varias líneas (por ejemplo el pedido %2) lleva el mismo descuento en «%3»; si es el descuento del pedido repetido en cada línea, asigne la columna como descuento del pedido (ahora se cuenta %4 de más).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="123"/>
        <source>Warning: in each of the %1 discounted orders of several lines (such as order %2) only the first line carries a discount in &quot;%3&quot;; if it is the order&apos;s discount, given once per order, map it with --map &quot;%3=order_discount&quot; (it is then spread over the order&apos;s lines).</source>
        <translation>Aviso: en cada uno de los %1 pedidos con descuento y varias líneas (por ejemplo el pedido %2) solo la primera línea lleva un descuento en «%3»; si es el descuento del pedido, indicado una vez por pedido, asigne la columna con --map &quot;%3=order_discount&quot; (entonces se reparte entre las líneas del pedido).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="148"/>
        <source>Order-level money (%1) was left out.</source>
        <translation>Los importes a nivel de pedido (%1) se excluyeron.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="151"/>
        <source>Shipping (%1) was left out: shipping is not sales.</source>
        <translation>Los gastos de envío (%1) se dejaron fuera: los gastos de envío no son ventas.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="154"/>
        <source>Shipping (%1) was left out: %2; shipping is not sales (--shipping sales counts it in).</source>
        <translation>El envío (%1) se dejó fuera: %2; el envío no son ventas (--shipping sales lo cuenta).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="160"/>
        <source>%1 of order-level money was left out: its orders have no sale line to carry it.</source>
        <translation>Se excluyeron %1 de importes a nivel de pedido: sus pedidos no tienen ninguna línea de venta que los lleve.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="167"/>
        <source>Refunds (&quot;%1&quot;): none beyond the orders whose status already makes them returns.</source>
        <translation>Reembolsos («%1»): ninguno más allá de los pedidos que su estado ya cuenta como devoluciones.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="174"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Reembolsos («%1») contados como devoluciones: %2, de 1 pedido cuyo estado no dice reembolsado.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="177"/>
        <source>Refunds (&quot;%1&quot;) counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Reembolsos («%1») contados como devoluciones: %2, de %3 pedidos cuyo estado no dice reembolsado.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="183"/>
        <source>%1 of refunds beyond their orders&apos; sales was left out: it refunded tax or shipping, which are not sales.</source>
        <translation>Se omitieron %1 de reembolsos por encima de las ventas de sus pedidos: reembolsaban impuestos o envío, que no son ventas.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="188"/>
        <source>1 line has no price: money KPIs say &quot;no prices imported&quot; for it.</source>
        <translation>1 línea no tiene precio: los KPI de importes indican &quot;no se importaron precios&quot; para ella.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="190"/>
        <source>%1 lines have no price: money KPIs say &quot;no prices imported&quot; for them.</source>
        <translation>%1 líneas no tienen precio: los KPI de importes indican &quot;no se importaron precios&quot; para ellas.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="205"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once (--order-discount separate counts both).</source>
        <translation>Los descuentos de pedido (%1) incluyen los descuentos de sus líneas (%2): %3 ya están en las líneas y cuentan una vez (--order-discount separate cuenta ambos).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ImportSummary.cpp" line="211"/>
        <source>Warning: in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.</source>
        <translation>
            <numerusform>Aviso: en %n pedido (como el pedido %1) los descuentos de las líneas (%2) superan el descuento del pedido (%3); cuentan los descuentos de las líneas.</numerusform>
            <numerusform>Aviso: en %n pedidos (como el pedido %1) los descuentos de las líneas (%2) superan el descuento del pedido (%3); cuentan los descuentos de las líneas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="264"/>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation>Simulación de %1 (%2): no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="265"/>
        <source>Imported %1 (%2).</source>
        <translation>Importado %1 (%2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="269"/>
        <source>Rows read: %1; order lines new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Filas leídas: %1; líneas de pedido nuevas: %2; actualizadas: %3; sin cambios: %4; rechazadas: %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="271"/>
        <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation>Filas leídas: %1; nuevas: %2; actualizadas: %3; sin cambios: %4; rechazadas: %5</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="293"/>
        <location filename="../cli/InfoCommand.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="306"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="295"/>
        <source>Dates: %1 to %2; orders %3; gross sales %4; discounts %5; returns %6; net sales %7</source>
        <translation>Fechas: del %1 al %2; pedidos %3; ventas brutas %4; descuentos %5; devoluciones %6; ventas netas %7</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="303"/>
        <source>Left out of sales: %1.</source>
        <translation>Fuera de las ventas: %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="307"/>
        <source>Data quality:</source>
        <translation>Calidad de los datos:</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="313"/>
        <source>To import their lines as guest sales, import again with --guest-ids &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Para importar esas líneas como ventas de invitados, vuelva a importar con --guest-ids &quot;%1&quot; (--save-profile lo guarda para la próxima exportación).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="321"/>
        <source>Marked &quot;not a product&quot;: %1 products.</source>
        <translation>Marcados como &quot;no es un producto&quot;: %1 productos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="324"/>
        <source>To mark the fee-like SKUs, import again with --not-a-product &quot;%1&quot;</source>
        <translation>Para marcar los SKU que parecen cargos, vuelva a importar con --not-a-product &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="328"/>
        <source>Tips are not the store&apos;s sales: to leave them out, import again with --not-sales &quot;%1&quot; (--save-profile keeps it for the next export).</source>
        <translation>Las propinas no son ventas de la tienda: para dejarlas fuera, vuelva a importar con --not-sales &quot;%1&quot; (--save-profile lo guarda para la próxima exportación).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="334"/>
        <source>Tips belong to the staff and are left out of sales (%1): to count them in sales, import again with --keep-tips.</source>
        <translation>Las propinas son del personal y se dejan fuera de las ventas (%1): para contarlas en las ventas, vuelva a importar con --keep-tips.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="339"/>
        <source>A gift card sold is a sale when it is spent, so gift cards are left out of sales (%1): to count them when sold, import again with --keep-gift-cards.</source>
        <translation>Una tarjeta regalo vendida es una venta cuando se gasta, así que las tarjetas regalo se dejan fuera de las ventas (%1): para contarlas al venderlas, importe de nuevo con --keep-gift-cards.</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="349"/>
        <source>column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>columna &quot;%1&quot;, valor &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="356"/>
        <source>... and %1 more rejected rows.</source>
        <translation>... y %1 filas rechazadas más.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="193"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>columna %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="197"/>
        <source>%1 both name the field %2, and nothing in the file tells which one holds it. Nothing was imported.</source>
        <translation>%1 se refieren ambas al campo %2 y nada en el archivo indica cuál de ellas lo contiene. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="200"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="208"/>
        <source>The suggested profile was saved: set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Se ha guardado el perfil sugerido: asigne el campo a la columna que se debe usar (y quíteselo a la otra) y luego importe con --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="210"/>
        <source>Save the suggested profile with --save-profile, set the field of the column to use (and clear the other), then import with --profile.</source>
        <translation>Guarde el perfil sugerido con --save-profile, asigne el campo a la columna que se debe usar (y quíteselo a la otra) y luego importe con --profile.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="222"/>
        <source>--cancel-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--cancel-status indica valores de la columna de estado, y ninguna columna está asignada al estado; asigne una con --map &quot;COLUMNA=status&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="230"/>
        <source>--cancel-status takes a status value, such as &quot;Cancelado&quot;.</source>
        <translation>--cancel-status necesita un valor de estado, como &quot;Cancelado&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="302"/>
        <source>COLUMN=FIELD</source>
        <translation>COLUMNA=CAMPO</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="354"/>
        <source>A column mapped as shipping: left out of sales (default: shipping is not sales) or spread over each order&apos;s lines as sales.</source>
        <translation>Una columna asignada como envío: fuera de las ventas (por defecto: el envío no son ventas) o repartida entre las líneas de cada pedido como ventas.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="360"/>
        <source>Order lines with an order discount and a line discount column: whether the order discount includes its lines&apos; discounts (only the rest is spread) or is separate from them (default: includes-lines for Shopify&apos;s Discount Amount beside Lineitem discount, else separate).</source>
        <translation>Líneas de pedido con una columna de descuento del pedido y otra de descuento de línea: si el descuento del pedido incluye los descuentos de sus líneas (solo se reparte el resto) o es aparte de ellos (por defecto: includes-lines para el Discount Amount de Shopify junto a Lineitem discount; si no, separate).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="367"/>
        <source>Order lines: the system the export comes from (the till, the web shop, an ERP export); an order is its source and its order id (default: the profile&apos;s source, else the system of an export StoreLens recognises, such as &quot;Squarespace&quot;, else &quot;Web shop&quot; for a web shop&apos;s export and &quot;Till&quot; for any other; &quot;Default&quot; while the workspace holds lines imported into it).</source>
        <translation>Líneas de pedido: el sistema del que procede la exportación (la caja, la tienda online, una exportación del ERP); un pedido se identifica por su origen y su ID de pedido (predeterminado: el origen del perfil; si no, el sistema de una exportación que StoreLens reconoce, como &quot;Squarespace&quot;; si no, &quot;Tienda online&quot; para la exportación de una tienda online y &quot;Caja&quot; para cualquier otra; &quot;Predeterminado&quot; mientras el espacio de trabajo contenga líneas importadas en él).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="380"/>
        <source>Order lines: customer ids or e-mail addresses (comma-separated) that stand for no one, such as a till&apos;s placeholder on every walk-in sale: their lines are imported as guest sales, without a customer.</source>
        <translation>Líneas de pedido: identificadores de cliente o correos electrónicos (separados por comas) que no corresponden a nadie, como el relleno que una caja pone en cada venta de mostrador: sus líneas se importan como ventas de invitados, sin cliente.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="383"/>
        <source>ID,ID</source>
        <translation>ID,ID</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="386"/>
        <source>Order lines: a value of the status column that marks a cancelled or refunded order (repeatable), besides the usual ones (cancelled, refunded, Cancelado, Annulé, ...): its orders count as a sale and a return.</source>
        <translation>Líneas de pedido: un valor de la columna de estado que indica un pedido cancelado o reembolsado (repetible), además de los habituales (cancelled, refunded, Cancelado, Annulé, ...): sus pedidos cuentan como una venta y una devolución.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="389"/>
        <location filename="../cli/ImportCommand.cpp" line="395"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="400"/>
        <source>Order lines: the channel of lines the file gives none (default: &quot;Online&quot; for a web shop&apos;s export StoreLens recognises, else &quot;In store&quot;).</source>
        <translation>Líneas de pedido: el canal de las líneas para las que el archivo no da ninguno (por defecto: «En línea» para la exportación de una tienda web que StoreLens reconoce, si no «En tienda»).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="407"/>
        <source>Order lines with an e-mail or phone column: a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or, without one, its phone number (else the address keys it, or the id without one), so that a person the till and the web shop both know counts once.</source>
        <translation>Líneas de pedido con una columna de correo o de teléfono: el cliente de una línea pasa a ser el cliente del espacio de trabajo con su dirección de correo o, si no la hay, su número de teléfono (si no, lo identifica la dirección o, a falta de ella, el ID), para que una persona que conocen tanto la caja como la tienda online cuente una sola vez.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="529"/>
        <source>--shipping takes sales or left-out.</source>
        <translation>--shipping admite sales o left-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="535"/>
        <source>--order-discount takes includes-lines or separate.</source>
        <translation>--order-discount admite includes-lines o separate.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="559"/>
        <source>--channel takes a name, for order lines.</source>
        <translation>--channel necesita un nombre, para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="579"/>
        <source>--customers-by-email needs an e-mail or phone column; map one with --map &quot;COLUMN=customer_email&quot; or --map &quot;COLUMN=customer_phone&quot;.</source>
        <translation>--customers-by-email necesita una columna de correo o de teléfono; asigne una con --map &quot;COLUMNA=customer_email&quot; o --map &quot;COLUMNA=customer_phone&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que se va a importar.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="71"/>
        <source>--not-sales takes SKUs, for order lines.</source>
        <translation>--not-sales necesita SKU, para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="75"/>
        <source>--keep-tips is for order lines.</source>
        <translation>--keep-tips es para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="79"/>
        <source>--keep-gift-cards is for order lines.</source>
        <translation>--keep-gift-cards es para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="103"/>
        <source>%1: StoreLens cannot tell what this file holds (likeliest first: %2).</source>
        <translation>%1: StoreLens no puede determinar qué contiene este archivo (las más probables primero: %2).</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="140"/>
        <source>order discounts %1</source>
        <translation>descuentos de pedido %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="142"/>
        <source>shipping %1</source>
        <translation>envío %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportSummary.cpp" line="143"/>
        <source>Order-level money (%1) was spread over each order&apos;s lines: %2.</source>
        <translation>Los importes a nivel de pedido (%1) se repartieron entre las líneas de cada pedido: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="249"/>
        <source>--not-sold-status names values of the status column, and no column is mapped to the status; map one with --map &quot;COLUMN=status&quot;.</source>
        <translation>--not-sold-status indica valores de la columna de estado, y ninguna columna está asignada al estado; asigne una con --map &quot;COLUMNA=status&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="260"/>
        <source>--not-sold-status takes a status value, such as &quot;Pendiente&quot;.</source>
        <translation>--not-sold-status necesita un valor de estado, como &quot;Pendiente&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="273"/>
        <source>The workspace file (created when missing).</source>
        <translation>El archivo del espacio de trabajo (se crea si no existe).</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="101"/>
        <location filename="../cli/CustomerCommand.cpp" line="21"/>
        <location filename="../cli/ImportCommand.cpp" line="274"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <location filename="../cli/SampleCommand.cpp" line="54"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="22"/>
        <source>The customer&apos;s id as imported.</source>
        <translation>El ID del cliente tal como se importó.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="23"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="59"/>
        <source>storelens customer export: everything the workspace holds on one customer (their customer record, their order lines, their figures, RFM scores, lifecycle stage, value tier and saved segments) as JSON or as CSV.</source>
        <translation>storelens customer export: todo lo que el espacio de trabajo contiene sobre un cliente (su ficha de cliente, sus líneas de pedido, sus cifras, puntuaciones RFM, etapa del ciclo de vida, nivel de valor y segmentos guardados) en JSON o en CSV.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="63"/>
        <source>json (default) or csv.</source>
        <translation>json (predeterminado) o csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="66"/>
        <source>The file to write (default: standard output).</source>
        <translation>El archivo que escribir (predeterminado: la salida estándar).</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="73"/>
        <source>--format takes json or csv.</source>
        <translation>--format admite json o csv.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="95"/>
        <source>The export could not be written: %1</source>
        <translation>No se ha podido escribir la exportación: %1</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="99"/>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="106"/>
        <source>storelens customer forget: removes one customer&apos;s personal data (their customer record) and turns their order lines into guest lines, so orders, net sales and units stay as they were and the customer count drops by one. This cannot be undone; without --yes nothing changes. A later orders import keeps their lines guest lines; importing a customer list that still holds them brings them back.</source>
        <translation>storelens customer forget: elimina los datos personales de un cliente (su ficha de cliente) y convierte sus líneas de pedido en líneas de invitado, de modo que pedidos, ventas netas y unidades quedan como estaban y el número de clientes baja en uno. No se puede deshacer; sin --yes no cambia nada. Una importación posterior de pedidos mantiene sus líneas como líneas de invitado; importar una lista de clientes que aún lo contenga lo devuelve.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="113"/>
        <source>Forget the customer; do not only say who.</source>
        <translation>Olvidar al cliente; no limitarse a indicar de quién se trata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="131"/>
        <source>This would forget customer %1 (%2) and turn their %n order line(s) into guest lines. Add --yes to do it; it cannot be undone.</source>
        <translation>
            <numerusform>Esto olvidaría al cliente %1 (%2) y convertiría su %n línea de pedido en línea anónima. Añada --yes para hacerlo; no se puede deshacer.</numerusform>
            <numerusform>Esto olvidaría al cliente %1 (%2) y convertiría sus %n líneas de pedido en líneas anónimas. Añada --yes para hacerlo; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="134"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/CustomerCommand.cpp" line="141"/>
        <source>Forgot customer %1: %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Se ha olvidado al cliente %1: %n línea de pedido es ahora una línea anónima.</numerusform>
            <numerusform>Se ha olvidado al cliente %1: %n líneas de pedido son ahora líneas anónimas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="146"/>
        <source>The workspace file could not be compacted (another program has it open); the removed data is overwritten but run the command again when it is closed.</source>
        <translation>No se ha podido compactar el archivo del espacio de trabajo (otro programa lo tiene abierto); los datos eliminados se han sobrescrito, pero vuelva a ejecutar el comando cuando esté cerrado.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="165"/>
        <source>Usage: storelens customer export|forget --workspace W --id ID
  export  everything the workspace holds on one customer, as JSON or CSV
  forget  remove one customer&apos;s personal data; sales totals stay as they were
storelens customer ACTION --help describes each.</source>
        <translation>Uso: storelens customer export|forget --workspace W --id ID
  export  todo lo que el espacio de trabajo contiene sobre un cliente, en JSON o CSV
  forget  eliminar los datos personales de un cliente; los totales de ventas quedan como estaban
storelens customer ACCIÓN --help describe cada una.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="173"/>
        <source>storelens customer takes export or forget, not &quot;%1&quot;.</source>
        <translation>storelens customer admite export o forget, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="183"/>
        <source>Export one customer&apos;s data, or forget the customer (privacy).</source>
        <translation>Exportar los datos de un cliente u olvidar al cliente (privacidad).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="277"/>
        <source>What the file holds: orders, customers, products, inventory, traffic, staffing or marketing (default: detected from the header and values).</source>
        <translation>Qué contiene el archivo: orders, customers, products, inventory, traffic, staffing o marketing (predeterminado: se detecta a partir de la cabecera y los valores).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="279"/>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="280"/>
        <source>An import profile (JSON) to apply.</source>
        <translation>Un perfil de importación (JSON) que aplicar.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="281"/>
        <location filename="../cli/ImportCommand.cpp" line="305"/>
        <source>profile.json</source>
        <translation>perfil.json</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="284"/>
        <source>abort: the first bad row cancels the import (default); skip: bad rows are left out and listed, the rest is imported.</source>
        <translation>abort: la primera fila incorrecta cancela la importación (predeterminado); skip: las filas incorrectas se excluyen y se enumeran, y el resto se importa.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="288"/>
        <source>Check the whole file and count new, updated and unchanged rows without changing the workspace.</source>
        <translation>Comprobar todo el archivo y contar las filas nuevas, actualizadas y sin cambios sin modificar el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="291"/>
        <source>The order of day and month in dates, when the file leaves it open.</source>
        <translation>El orden de día y mes en las fechas, cuando el archivo no lo deja claro.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="294"/>
        <source>The decimal separator of the numbers, when the file leaves it open.</source>
        <translation>El separador decimal de los números, cuando el archivo no lo deja claro.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="298"/>
        <source>Map a column to a field by its key, or leave it out with an empty key (repeatable): &quot;Einzelpreis brutto=unit_price&quot;. An order ID in two columns (a till&apos;s series and number): &quot;Serie=order_series&quot; beside &quot;Número=order_id&quot; makes ticket T1/5.</source>
        <translation>Asigna una columna a un campo por su clave, o la deja fuera con una clave vacía (repetible): «Einzelpreis brutto=unit_price». Un ID de pedido en dos columnas (la serie y el número de una caja): «Serie=order_series» junto a «Número=order_id» da el ticket T1/5.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="304"/>
        <source>Save the profile used (suggested or given) as JSON.</source>
        <translation>Guardar como JSON el perfil usado (sugerido o indicado).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="307"/>
        <source>With --on-error skip: write the rejected rows to this CSV file.</source>
        <translation>Con --on-error skip: escribir las filas rechazadas en este archivo CSV.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="308"/>
        <source>rejected.csv</source>
        <translation>rechazadas.csv</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="311"/>
        <source>Mark these SKUs (comma-separated; fees, postage, adjustments) &quot;not a product&quot;: their lines stay in sales, the products leave product rankings.</source>
        <translation>Marcar estos SKU (separados por comas; cargos, portes, ajustes) como &quot;no es un producto&quot;: sus líneas se mantienen en las ventas y los productos salen de los rankings de productos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="313"/>
        <source>SKU,SKU</source>
        <translation>SKU,SKU</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="317"/>
        <source>Order lines: a SKU whose lines are not the store&apos;s sales, such as tips or deposits (repeatable, or comma-separated): its lines are not imported, so they make no order and no buying customer; the summary counts them and their money.</source>
        <translation>Líneas de pedido: un SKU cuyas líneas no son ventas de la tienda, como las propinas o los depósitos (repetible, o separados por comas): sus líneas no se importan, así que no forman ningún pedido ni ningún cliente comprador; el resumen las cuenta junto con su importe.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="320"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="324"/>
        <source>Order lines: keep tips (a SKU or product name such as Tip, Trinkgeld, Pourboire or Propina) in sales. A new profile leaves them out of sales, as the import wizard does; a profile saved before StoreLens did keeps them in.</source>
        <translation>Líneas de pedido: mantener las propinas (un SKU o un nombre de producto como Tip, Trinkgeld, Pourboire o Propina) en las ventas. Un perfil nuevo las deja fuera de las ventas, como hace el asistente de importación; un perfil guardado antes de que StoreLens lo hiciera las mantiene dentro.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="330"/>
        <source>Order lines: keep gift cards sold (a product such as Gift Card, Geschenkgutschein or Carte cadeau) in sales. A new profile leaves them out, as the import wizard does: the purchase paid with the card is the sale.</source>
        <translation>Líneas de pedido: mantener en las ventas las tarjetas regalo vendidas (un producto como Gift Card, Geschenkgutschein o Carte cadeau). Un perfil nuevo las deja fuera, como el asistente de importación: la compra pagada con la tarjeta es la venta.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="335"/>
        <source>Import order lines from a file without any price (a till log): orders, units and customers count, money KPIs say &quot;no prices imported&quot;.</source>
        <translation>Importar líneas de pedido desde un archivo sin ningún precio (un registro de caja): cuentan para pedidos, unidades y clientes; los KPI de importes indican &quot;no se importaron precios&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="339"/>
        <source>For a file without an order id: row (each row is an order, the default) or customer-day (one order per customer per day).</source>
        <translation>Para un archivo sin ID de pedido: row (cada fila es un pedido, predeterminado) o customer-day (un pedido por cliente y día).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="344"/>
        <source>Whether the line total column is before or after the line&apos;s discount (default: from the profile or the column&apos;s name).</source>
        <translation>Si la columna de total de línea es anterior o posterior al descuento de la línea (predeterminado: según el perfil o el nombre de la columna).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="349"/>
        <source>Order-level discounts and shipping: spread exactly over each order&apos;s lines (default) or leave them out.</source>
        <translation>Descuentos y envío a nivel de pedido: repartirlos exactamente entre las líneas de cada pedido (predeterminado) o excluirlos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="372"/>
        <location filename="../cli/ImportCommand.cpp" line="402"/>
        <location filename="../cli/ImportMatchOptions.cpp" line="51"/>
        <location filename="../cli/SegmentsCommand.cpp" line="325"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="375"/>
        <source>Order lines: the file is the truth for its source on the days it covers (its first to last day): lines of that source on those days that the file no longer holds are removed. Without it nothing is ever removed.</source>
        <translation>Líneas de pedido: el archivo es la referencia para su origen en los días que abarca (del primero al último): se eliminan las líneas de ese origen en esos días que ya no figuran en el archivo. Sin esta opción nunca se elimina nada.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="392"/>
        <source>Order lines: a value of the status column that means the order was not paid (repeatable), besides the usual ones (pending, failed, Pendiente, ...): its orders are left out.</source>
        <translation>Líneas de pedido: un valor de la columna de estado que indica que el pedido no se pagó (repetible), además de los habituales (pending, failed, Pendiente, ...): sus pedidos se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="431"/>
        <source>Name exactly one CSV file to import.</source>
        <translation>Indique exactamente un archivo CSV para importar.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="440"/>
        <source>Unknown --entity &quot;%1&quot;.</source>
        <translation>--entity desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="448"/>
        <source>--on-error takes abort or skip.</source>
        <translation>--on-error admite abort o skip.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="475"/>
        <source>Using the import profile &quot;%1&quot; that the workspace keeps for files with this header (--profile FILE uses another).</source>
        <translation>Se usa el perfil de importación «%1» que el espacio de trabajo guarda para los archivos con esta cabecera (--profile ARCHIVO usa otro).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="495"/>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation>--date-order admite dmy, mdy o ymd.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="503"/>
        <source>--decimal takes . or ,.</source>
        <translation>--decimal admite . o ,.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="521"/>
        <source>--orders-without-id takes row or customer-day.</source>
        <translation>--orders-without-id admite row o customer-day.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="526"/>
        <source>--line-total takes before-discount or after-discount.</source>
        <translation>--line-total admite before-discount o after-discount.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="532"/>
        <source>--order-money takes spread or leave-out.</source>
        <translation>--order-money admite spread o leave-out.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="552"/>
        <source>--source takes a name.</source>
        <translation>--source admite un nombre.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="651"/>
        <source>Import a CSV export into a workspace.</source>
        <translation>Importar una exportación CSV en un espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="653"/>
        <source>storelens import: reads a CSV export (orders, customers, products, inventory, traffic, staffing or marketing spend) into a workspace, in one transaction. Without --profile the profile the workspace keeps for files with this header (saved by the import wizard) is used; without one, the columns are mapped from the header names, and what the file holds is read from its header and values; when that is not clear, name it with --entity. Exit status: 0 imported, 1 bad usage, 2 input rejected (the message names file, line, column and reason, or the --entity choices; nothing is imported).</source>
        <translation>storelens import: lee una exportación CSV (pedidos, clientes, productos, inventario, tráfico, personal o gasto de marketing) en un espacio de trabajo, en una sola transacción. Sin --profile se usa el perfil que el espacio de trabajo guarda para los archivos con esta cabecera (guardado por el asistente de importación); si no hay ninguno, las columnas se asignan a partir de los nombres de la cabecera, y el contenido del archivo se deduce de su cabecera y sus valores; cuando no está claro, indíquelo con --entity. Estado de salida: 0 importado, 1 uso incorrecto, 2 entrada rechazada (el mensaje indica archivo, línea, columna y motivo, o las opciones de --entity; no se importa nada).</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="23"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="24"/>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="25"/>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="26"/>
        <source>Orders (with a sale)</source>
        <translation>Pedidos (con una venta)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="27"/>
        <source>Order ids (incl. return-only)</source>
        <translation>ID de pedido (incl. solo devoluciones)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="28"/>
        <source>Return lines</source>
        <translation>Líneas de devolución</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="29"/>
        <source>Guest lines</source>
        <translation>Líneas anónimas (sin cliente)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="32"/>
        <source>Customers named in orders</source>
        <translation>Clientes nombrados en pedidos</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="33"/>
        <source>Customer records in no order</source>
        <translation>Registros de clientes sin pedido</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="34"/>
        <source>Buying customers (with a sale)</source>
        <translation>Clientes compradores (con una venta)</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="35"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="36"/>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="37"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="38"/>
        <source>Inventory rows</source>
        <translation>Filas de inventario</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="39"/>
        <source>Traffic rows</source>
        <translation>Filas de tráfico</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="40"/>
        <source>Staffing rows</source>
        <translation>Filas de personal</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="41"/>
        <source>Marketing rows</source>
        <translation>Filas de marketing</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="42"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="43"/>
        <source>As-of day</source>
        <translation>Día de corte</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="47"/>
        <source>Lines without prices</source>
        <translation>Líneas sin precio</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="53"/>
        <source>Gross sales</source>
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="54"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="55"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="56"/>
        <location filename="../cli/SegmentsCommand.cpp" line="122"/>
        <location filename="../cli/SegmentsCommand.cpp" line="147"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="135"/>
        <source>storelens info: row counts, the date range and gross / net sales of a workspace. JSON fields: order_lines, sources, orders (distinct source and order id with a sale line, as the KPIs count them), order_ids (also return-only orders), return_lines, guest_lines, customers (every customer record, those of a customers export that no order names included), customers_in_orders (customers an order line names), customers_without_orders (customer records no order line names), buying_customers (identified customers with a sale line), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (money as decimal strings with 4 places; null when every line was imported without prices), currency (the workspace&apos;s ISO code, null when not known).</source>
        <translation>storelens info: recuentos de filas, el intervalo de fechas y las ventas brutas / netas de un espacio de trabajo. Campos JSON: order_lines, sources, orders (combinaciones distintas de origen e ID de pedido con una línea de venta, tal como las cuentan los KPI), order_ids (también los pedidos con solo devoluciones), return_lines, guest_lines, customers (todos los registros de clientes, incluidos los de una exportación de clientes que ningún pedido nombra), customers_in_orders (clientes que nombra una línea de pedido), customers_without_orders (registros de clientes que ninguna línea de pedido nombra), buying_customers (clientes identificados con una línea de venta), products, stores, channels, first_day, as_of, unpriced_lines, gross_sales, discounts, returns, net_sales (dinero como cadenas decimales con 4 decimales; null cuando todas las líneas se importaron sin precios), currency (el código ISO del espacio de trabajo, null si no se conoce).</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="20"/>
        <location filename="../cli/InfoCommand.cpp" line="71"/>
        <source>The workspace file.</source>
        <translation>El archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="72"/>
        <source>table (default) or json.</source>
        <translation>table (predeterminado) o json.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="121"/>
        <source>--format takes table or json.</source>
        <translation>--format admite table o json.</translation>
    </message>
    <message>
        <location filename="../cli/InfoCommand.cpp" line="133"/>
        <source>Show what a workspace holds: rows, dates and totals.</source>
        <translation>Mostrar qué contiene un espacio de trabajo: filas, fechas y totales.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="202"/>
        <location filename="../cli/KpiCommand.cpp" line="54"/>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="205"/>
        <location filename="../cli/KpiCommand.cpp" line="57"/>
        <source>compared with %1 to %2</source>
        <translation>comparado con el periodo del %1 al %2</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="59"/>
        <source>as of %1</source>
        <translation>fecha de corte %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="182"/>
        <location filename="../cli/ImportCommand.cpp" line="634"/>
        <location filename="../cli/ImportMatchOptions.cpp" line="118"/>
        <location filename="../cli/ImportSummary.cpp" line="54"/>
        <location filename="../cli/ImportSummary.cpp" line="286"/>
        <location filename="../cli/KpiCommand.cpp" line="62"/>
        <location filename="../cli/LineTotalCheck.cpp" line="56"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="64"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="79"/>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="90"/>
        <source>Abbreviations: %1.</source>
        <translation>Abreviaturas: %1.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="125"/>
        <source>storelens kpi: every sales and customer KPI of a period (METRICS.md sections 2 and 3) with its comparison. The default period is the 12 months ending at the as-of date (the last day with data).
Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.

JSON (--format json): an object with
  period {from, to, days}; comparison_period {from, to, days} or null; comparison (previous|year|none);
  as_of; first_data_day; activity_window_days; currency (ISO code, null when not known);
  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), message, from, to, days, days_with_data}];
  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, relative_change,
         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, comparison_has_data,
         no_data_reason, warning, inputs {name: number}}];
  cac_by_channel [{channel, spend, new_customers, cac}].
Money is a number rounded to 4 places, ratios are fractions (0.0871), null where there is no data.
KPI keys: %1.
CSV (--format csv): key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.</source>
        <translation>storelens kpi: todos los KPI de ventas y clientes de un periodo (METRICS.md, secciones 2 y 3) con su comparación. El periodo predeterminado son los 12 meses que terminan en la fecha de corte (el último día con datos).
Estado de salida: 0 hecho, 1 uso incorrecto, 2 se rechazó el espacio de trabajo o un filtro.

JSON (--format json): un objeto con
  period {from, to, days}; comparison_period {from, to, days} o null; comparison (previous|year|none);
  as_of; first_data_day; activity_window_days; currency (código ISO, null cuando no se conoce);
  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), message, from, to, days, days_with_data}];
  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, relative_change,
         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, comparison_has_data,
         no_data_reason, warning, inputs {name: number}}];
  cac_by_channel [{channel, spend, new_customers, cac}].
Los importes son números redondeados a 4 decimales, los ratios son fracciones (0.0871), null donde no hay datos.
Claves de KPI: %1.
CSV (--format csv): key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="226"/>
        <location filename="../cli/KpiCommand.cpp" line="65"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="225"/>
        <location filename="../cli/KpiCommand.cpp" line="66"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="167"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="169"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="171"/>
        <location filename="../cli/SegmentsCommand.cpp" line="143"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="173"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="175"/>
        <source>New or returning</source>
        <translation>Nuevo o recurrente</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="177"/>
        <source>Saved segment</source>
        <translation>Segmento guardado</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="179"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Bridge</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="217"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="227"/>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="229"/>
        <location filename="../cli/KpiCommand.cpp" line="67"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="301"/>
        <source>storelens explain: where the change of a KPI between the comparison period and the period came from (METRICS.md section 9): the driver bridge of net sales, the contributions by dimension (mix and rate for ratios) and whether the change is beyond normal variation. A source whose data ends early is named first with its part of the change, and the change is then not judged against normal variation.
Exit status: 0 done (also when the KPI has no defined explanation: the reason is printed), 1 bad usage, 2 the workspace or a filter was rejected.
JSON fields are listed in README.md (&quot;storelens explain&quot;).</source>
        <translation>storelens explain: de dónde procede la variación de un KPI entre el periodo de comparación y el periodo (METRICS.md, sección 9): el puente de factores de las ventas netas, las contribuciones por dimensión (mezcla y tasa para los cocientes) y si la variación va más allá de la variación normal. Una fuente cuyos datos terminan antes se nombra primero con su parte de la variación, y la variación no se juzga entonces frente a la variación normal.
Estado de salida: 0 hecho (también cuando el KPI no tiene una explicación definida: se muestra el motivo), 1 uso incorrecto, 2 se rechazó el espacio de trabajo o un filtro.
Los campos JSON se enumeran en README.md (&quot;storelens explain&quot;).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="228"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="241"/>
        <source>The KPI to explain, a key of `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, …; default net_sales).</source>
        <translation>El KPI que explicar, una clave de `storelens kpi` (net_sales, aov, conversion_rate, kept_customers, …; predeterminado: net_sales).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="259"/>
        <source>Unknown KPI &quot;%1&quot;; use a key of `storelens kpi`, e.g. net_sales.</source>
        <translation>KPI desconocido &quot;%1&quot;; use una clave de `storelens kpi`, p. ej. net_sales.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="243"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="246"/>
        <source>A dimension to split by (repeatable; default all): store, channel, country, category, customer_type, segment (saved segments), source (where the lines were imported from).</source>
        <translation>Una dimensión por la que desglosar (se puede repetir; predeterminado: todas): store, channel, country, category, customer_type, segment (segmentos guardados), source (de dónde se importaron las líneas).</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="249"/>
        <source>DIMENSION</source>
        <translation>DIMENSIÓN</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="268"/>
        <source>Unknown dimension &quot;%1&quot;; use store, channel, country, category, customer_type, segment or source.</source>
        <translation>Dimensión desconocida &quot;%1&quot;; use store, channel, country, category, customer_type, segment o source.</translation>
    </message>
    <message>
        <location filename="../cli/ExplainCommand.cpp" line="299"/>
        <source>Explain where the change of a KPI came from.</source>
        <translation>Explicar de dónde procede la variación de un KPI.</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="68"/>
        <source>Change %</source>
        <translation>Variación %</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="76"/>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <location filename="../cli/KpiCommand.cpp" line="123"/>
        <source>Print the sales and customer KPIs of a period.</source>
        <translation>Mostrar los KPI de ventas y clientes de un periodo.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="31"/>
        <location filename="../cli/SampleCommand.cpp" line="40"/>
        <source>The file could not be written: %1</source>
        <translation>No se ha podido escribir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="43"/>
        <source>Wrote %1 order lines of %2 orders to %3.</source>
        <translation>Se han escrito %1 líneas de pedido de %2 pedidos en %3.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="116"/>
        <source>storelens sample: writes a realistic sample store (shops and a web shop, customers, products, orders with returns and guest sales, traffic, staffing, inventory and marketing spend) into a new workspace. The same seed always gives the same store.</source>
        <translation>storelens sample: escribe una tienda de ejemplo realista (tiendas físicas y una tienda online, clientes, productos, pedidos con devoluciones y ventas anónimas, tráfico, personal, inventario y gasto de marketing) en un nuevo espacio de trabajo. La misma semilla genera siempre la misma tienda.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="53"/>
        <source>The workspace file to create.</source>
        <translation>El archivo del espacio de trabajo que se va a crear.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="55"/>
        <source>Identified customers (default 5000).</source>
        <translation>Clientes identificados (predeterminado: 5000).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>Years of history (default 3).</source>
        <translation>Años de historial (predeterminado: 3).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="57"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>Random seed (default 42).</source>
        <translation>Semilla aleatoria (predeterminado: 42).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="59"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="61"/>
        <source>Multiplies the number of orders (default 1).</source>
        <translation>Multiplica el número de pedidos (predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="62"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="65"/>
        <source>Write the sample&apos;s order lines to this CSV file instead of a workspace (for import checks and benchmarks).</source>
        <translation>Escribir las líneas de pedido del ejemplo en este archivo CSV en lugar de en un espacio de trabajo (para pruebas de importación y benchmarks).</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="67"/>
        <source>file.csv</source>
        <translation>archivo.csv</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="82"/>
        <source>--customers and --years take positive whole numbers (years at most 30), --seed a whole number and --orders-scale a positive number.</source>
        <translation>--customers y --years admiten números enteros positivos (years como máximo 30), --seed un número entero y --orders-scale un número positivo.</translation>
    </message>
    <message>
        <location filename="../cli/SampleCommand.cpp" line="114"/>
        <source>Create a workspace holding the sample store.</source>
        <translation>Crear un espacio de trabajo con la tienda de ejemplo.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="118"/>
        <location filename="../cli/SegmentsCommand.cpp" line="153"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="120"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="121"/>
        <source>Net sales %</source>
        <translation>% de ventas netas</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="124"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="125"/>
        <source>Median recency</source>
        <translation>Recencia mediana</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="140"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="141"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="142"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="144"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="145"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="146"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="149"/>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="150"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="151"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="152"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="154"/>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="155"/>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="232"/>
        <source>None of the segment&apos;s %n customer(s) has agreed to marketing email (their email consent is false or unknown). Nothing was written.</source>
        <translation>
            <numerusform>El cliente del segmento (%n) no ha aceptado el email de marketing (su consentimiento de email es falso o desconocido). No se escribió nada.</numerusform>
            <numerusform>Ninguno de los %n clientes del segmento ha aceptado el email de marketing (su consentimiento de email es falso o desconocido). No se escribió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="235"/>
        <source>No customer has marketing consent recorded: the imported files had no email consent column, or it was empty. Nothing was written: the segment&apos;s %n customer(s) would all be left out.</source>
        <translation>
            <numerusform>Ningún cliente tiene consentimiento de marketing registrado: los archivos importados no tenían columna de consentimiento de email, o estaba vacía. No se escribió nada: el cliente del segmento (%n) quedaría fuera.</numerusform>
            <numerusform>Ningún cliente tiene consentimiento de marketing registrado: los archivos importados no tenían columna de consentimiento de email, o estaba vacía. No se escribió nada: los %n clientes del segmento quedarían todos fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="240"/>
        <source>Add --include-without-consent to export them anyway (for your own analysis, not for marketing).</source>
        <translation>Añada --include-without-consent para exportarlos de todos modos (para su propio análisis, no para marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="257"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="303"/>
        <source>%n customer(s) as of %1, net sales %2.</source>
        <translation>
            <numerusform>%n cliente a %1, ventas netas %2.</numerusform>
            <numerusform>%n clientes a %1, ventas netas %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="310"/>
        <source>%n customer(s) bought only lines imported without prices: their net sales and AOV say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>
            <numerusform>%n cliente compró solo líneas importadas sin precios: sus ventas netas y su ticket medio indican &quot;sin precios&quot; (no 0) y su puntuación M es 0 (sin puntuar).</numerusform>
            <numerusform>%n clientes compraron solo líneas importadas sin precios: sus ventas netas y su ticket medio indican &quot;sin precios&quot; (no 0) y su puntuación M es 0 (sin puntuar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="332"/>
        <source>Write the export for Excel in the command line&apos;s language: &quot;;&quot; between columns and decimal commas where the language writes them (German, French, Spanish), and a UTF-8 byte order mark.</source>
        <translation>Escribir la exportación para Excel en el idioma de la línea de comandos: «;» entre columnas y comas decimales donde el idioma las usa (alemán, francés, español), y una marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="363"/>
        <source>--for-excel needs --export FILE.</source>
        <translation>--for-excel necesita --export ARCHIVO.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="415"/>
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n cliente en %1.</numerusform>
            <numerusform>Se escribieron %n clientes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="475"/>
        <source>storelens segments: the customer base as of the as-of date (METRICS.md sections 5-7): every identified customer with a sale line within the filters, whatever the dates. Without --segment it prints the named RFM segments, the lifecycle stages and the value tiers, each with size, share of customers, share of net sales, net sales, AOV, frequency (orders per customer) and median recency in days.
--segment NAME picks one segment: a saved segment of the workspace, an RFM segment name (&quot;Champions&quot;), a lifecycle stage (new, lapsed, at_risk, active) or a value tier (high, medium, low). --members lists its customers; --export FILE writes them as CSV.
Marketing consent is the email consent: customers whose email consent is false or unknown are left out of --export unless --include-without-consent is given; the count left out is printed on standard error. Cells starting with = + - @ (or their full-width forms, a tab or a carriage return) are neutralised for spreadsheets.
Export columns (--columns, comma-separated; default all but consent_email): customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier, consent_email.
Exit status: 0 done, 1 bad usage, 2 the workspace, a filter or the segment was rejected, or --export would write no customer because none of the segment&apos;s has email consent (nothing is written then).

JSON (--format json) without --segment: {as_of, customers, net_sales, rfm_segments [S], lifecycle [S], value_tiers [S]}
  where S = {key (lifecycle and tiers only), name, size, share_of_customers, share_of_net_sales, net_sales, aov,
             customers_without_prices, money_note, frequency, median_recency_days}; null where there is no data.
With --segment: {as_of, segment S, members [M]} (members only with --members), where
  M = {customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days,
       money_note, r, f, m, segment, lifecycle, value_tier, consent_email}.
Both carry currency (the workspace&apos;s ISO code, null when not known).
Money is a number in currency units, shares are fractions. Money of customers whose lines were imported without prices is null with money_note &quot;no prices imported&quot; (in CSV the cell says so), never 0.
CSV (--format csv): table,name,size,share_of_customers,share_of_net_sales,net_sales,aov,frequency,median_recency_days; with --members the member columns.</source>
        <translation>storelens segments: la base de clientes a la fecha de corte (METRICS.md, secciones 5-7): cada cliente identificado con una línea de venta dentro de los filtros, sean cuales sean las fechas. Sin --segment muestra los segmentos RFM con nombre, las etapas del ciclo de vida y los niveles de valor, cada uno con tamaño, proporción de clientes, proporción de ventas netas, ventas netas, ticket medio, frecuencia (pedidos por cliente) y recencia mediana en días.
--segment NOMBRE elige un segmento: un segmento guardado del espacio de trabajo, el nombre de un segmento RFM (&quot;Champions&quot;), una etapa del ciclo de vida (new, lapsed, at_risk, active) o un nivel de valor (high, medium, low). --members enumera sus clientes; --export ARCHIVO los escribe como CSV.
El consentimiento de marketing es el consentimiento de email: los clientes cuyo consentimiento de email es falso o desconocido quedan fuera de --export salvo que se indique --include-without-consent; el número de excluidos se muestra en la salida de error estándar. Las celdas que empiezan por = + - @ (o sus formas de ancho completo, un tabulador o un retorno de carro) se neutralizan para las hojas de cálculo.
Columnas de exportación (--columns, separadas por comas; predeterminado: todas menos consent_email): customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier, consent_email.
Estado de salida: 0 hecho, 1 uso incorrecto, 2 se rechazó el espacio de trabajo, un filtro o el segmento, o --export no escribiría ningún cliente porque ninguno del segmento tiene consentimiento de email (entonces no se escribe nada).

JSON (--format json) sin --segment: {as_of, customers, net_sales, rfm_segments [S], lifecycle [S], value_tiers [S]}
  donde S = {key (solo ciclo de vida y niveles), name, size, share_of_customers, share_of_net_sales, net_sales, aov,
             customers_without_prices, money_note, frequency, median_recency_days}; null donde no hay datos.
Con --segment: {as_of, segment S, members [M]} (members solo con --members), donde
  M = {customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days,
       money_note, r, f, m, segment, lifecycle, value_tier, consent_email}.
Ambos incluyen currency (el código ISO del espacio de trabajo, null si no se conoce).
El dinero es un número en unidades de la moneda; las proporciones son fracciones. El dinero de los clientes cuyas líneas se importaron sin precios es null con money_note &quot;no prices imported&quot; (en CSV la celda lo indica), nunca 0.
CSV (--format csv): table,name,size,share_of_customers,share_of_net_sales,net_sales,aov,frequency,median_recency_days; con --members, las columnas de los miembros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/SegmentsCommand.cpp" line="412"/>
        <source>Wrote %n customer(s) to %1; %2 without email consent were left out.</source>
        <translation>
            <numerusform>Se ha escrito %n cliente en %1; se han excluido %2 sin consentimiento de email.</numerusform>
            <numerusform>Se han escrito %n clientes en %1; se han excluido %2 sin consentimiento de email.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="316"/>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="317"/>
        <source>Lifecycle stages</source>
        <translation>Etapas del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="318"/>
        <source>Value tiers</source>
        <translation>Niveles de valor</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="324"/>
        <source>One segment: saved, RFM, lifecycle stage or value tier.</source>
        <translation>Un segmento: guardado, RFM, etapa del ciclo de vida o nivel de valor.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="326"/>
        <source>List the segment&apos;s customers.</source>
        <translation>Enumerar los clientes del segmento.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Escribir los clientes del segmento en un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../cli/CustomerCommand.cpp" line="67"/>
        <location filename="../cli/ImportCommand.cpp" line="272"/>
        <location filename="../cli/SegmentsCommand.cpp" line="328"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="330"/>
        <source>The export&apos;s columns, comma-separated.</source>
        <translation>Las columnas de la exportación, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="331"/>
        <source>Export customers without email consent too.</source>
        <translation>Exportar también los clientes sin consentimiento de email.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="344"/>
        <source>--members and --export need --segment NAME.</source>
        <translation>--members y --export necesitan --segment NOMBRE.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="353"/>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation>Columna desconocida &quot;%1&quot;; las columnas son: %2.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="374"/>
        <source>The workspace holds no order lines yet; import orders to see the segments.</source>
        <translation>El espacio de trabajo aún no tiene líneas de pedido; importe pedidos para ver los segmentos.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="418"/>
        <source>Add --include-without-consent to write them too (for your own analysis, not for marketing).</source>
        <translation>Añada --include-without-consent para escribirlos también (para su propio análisis, no para marketing).</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="427"/>
        <source>%1 customers without email consent were left out; add --include-without-consent to list them.</source>
        <translation>Se han excluido %1 clientes sin consentimiento de email; añada --include-without-consent para enumerarlos.</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="453"/>
        <source>Segment, as of %1</source>
        <translation>Segmento, a fecha de %1</translation>
    </message>
    <message>
        <location filename="../cli/SegmentsCommand.cpp" line="472"/>
        <source>Print RFM segments, lifecycle stages and value tiers, or one segment&apos;s members.</source>
        <translation>Mostrar los segmentos RFM, las etapas del ciclo de vida y los niveles de valor, o los miembros de un segmento.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="37"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="116"/>
        <source>storelens %1 takes no positional arguments.</source>
        <translation>storelens %1 no admite argumentos posicionales.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="131"/>
        <source>The workspace has no order lines yet.</source>
        <translation>El espacio de trabajo aún no tiene líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/CliSupport.cpp" line="192"/>
        <source>The option --%1 is required.</source>
        <translation>La opción --%1 es obligatoria.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="38"/>
        <source>--map gives both a unit price (&quot;%1&quot;) and a line total (&quot;%2&quot;), and a line&apos;s amount comes from one of them: map only one.</source>
        <translation>--map da a la vez un precio unitario («%1») y un total de línea («%2»), y el importe de una línea sale de uno de los dos: asigne solo uno.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="49"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>«%1» se lee como total de línea, así que «%2» ya no se lee como precio unitario: el importe de una línea sale de una de las dos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="51"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>«%1» se lee como precio unitario, así que «%2» ya no se lee como total de línea: el importe de una línea sale de una de las dos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="69"/>
        <source>--map takes &quot;COLUMN=FIELD&quot;, for example &quot;Einzelpreis brutto=unit_price&quot;.</source>
        <translation>--map espera «COLUMNA=CAMPO», por ejemplo «Einzelpreis brutto=unit_price».</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="80"/>
        <source>--map names the column &quot;%1&quot;, which the file does not have; its columns are: %2.</source>
        <translation>--map indica la columna «%1», que el archivo no tiene; sus columnas son: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="88"/>
        <source>--map names the field &quot;%1&quot;, which this kind of file does not have; its fields are: %2.</source>
        <translation>--map indica el campo «%1», que este tipo de archivo no tiene; sus campos son: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMapOption.cpp" line="113"/>
        <source>Map a column with --map &quot;COLUMN=FIELD&quot; (repeatable); the fields of this kind of file are: %1.</source>
        <translation>Asigne una columna con --map «COLUMNA=CAMPO» (repetible); los campos de este tipo de archivo son: %1.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="48"/>
        <source>Order lines: the store of lines the file gives none (default: &quot;Online shop&quot; for a web shop&apos;s export, else &quot;Main store&quot;; a web shop&apos;s lines already in &quot;Main store&quot; stay there).</source>
        <translation>Líneas de pedido: la tienda de las líneas para las que el archivo no da ninguna (por defecto: «Tienda en línea» para la exportación de una tienda web, si no «Tienda principal»; las líneas de una tienda web que ya están en «Tienda principal» se quedan allí).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="54"/>
        <source>Order lines: count a product without a code (a till&apos;s, named only) as the one product with a code of the same name, case and spaces aside, in this file and in the workspace. A name that several coded products share is never matched.</source>
        <translation>Líneas de pedido: contar un producto sin código (el de una caja, solo con nombre) como el único producto con código del mismo nombre, sin distinguir mayúsculas ni espacios, en este archivo y en el espacio de trabajo. Un nombre que comparten varios productos con código nunca se empareja.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="59"/>
        <source>Order lines: import a file whose orders look like orders of its source already in the workspace under other order IDs (refused without it, unless with --replace).</source>
        <translation>Líneas de pedido: importar un archivo cuyos pedidos parecen pedidos de su origen que ya están en el espacio de trabajo con otros números de pedido (se rechaza sin esta opción, salvo con --replace).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="63"/>
        <source>Order lines: with --replace, replace even when the file seems to come from another till or shop than its source (it holds almost none of the source&apos;s orders on its days). Without it such a replace is refused: it would remove those orders.</source>
        <translation>Líneas de pedido: con --replace, reemplazar aunque el archivo parezca venir de otra caja u otra tienda distinta de su fuente (casi no contiene pedidos de la fuente en sus días). Sin esta opción, ese reemplazo se rechaza: eliminaría esos pedidos.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="74"/>
        <source>--store takes a name, for order lines.</source>
        <translation>--store necesita un nombre, para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="85"/>
        <source>--products-by-name is for order lines.</source>
        <translation>--products-by-name es para líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="103"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot; (--store names another).</source>
        <translation>El archivo no tiene columna de tienda: cada línea se cuenta en la tienda «%1» (--store indica otra).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMatchOptions.cpp" line="111"/>
        <source>(--source and --channel name others.)</source>
        <translation>(--source y --channel indican otros.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="23"/>
        <source>%1: &quot;%2&quot; is read as before the line discount, but on %n discounted row(s) it is the amount after the discount (line %3: %4): each discount is taken off twice. Use --line-total after-discount.</source>
        <translation>
            <numerusform>%1: «%2» se lee como antes del descuento de línea, pero en %n fila con descuento es el importe después del descuento (línea %3: %4): cada descuento se resta dos veces. Use --line-total after-discount.</numerusform>
            <numerusform>%1: «%2» se lee como antes del descuento de línea, pero en %n filas con descuento es el importe después del descuento (línea %3: %4): cada descuento se resta dos veces. Use --line-total after-discount.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/LineTotalCheck.cpp" line="27"/>
        <source>%1: &quot;%2&quot; is read as after the line discount, but on %n discounted row(s) it is the amount before the discount (line %3: %4): each discount stays in net sales. Use --line-total before-discount.</source>
        <translation>
            <numerusform>%1: «%2» se lee como después del descuento de línea, pero en %n fila con descuento es el importe antes del descuento (línea %3: %4): cada descuento se queda en las ventas netas. Use --line-total before-discount.</numerusform>
            <numerusform>%1: «%2» se lee como después del descuento de línea, pero en %n filas con descuento es el importe antes del descuento (línea %3: %4): cada descuento se queda en las ventas netas. Use --line-total before-discount.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::cli::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="21"/>
        <source>Usage: storelens [WORKSPACE.storelens]      start the application</source>
        <translation>Uso: storelens [WORKSPACE.storelens]      inicia la aplicación</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="22"/>
        <source>       storelens COMMAND [OPTIONS]          run an analysis from the command line</source>
        <translation>     storelens COMMAND [OPTIONS]          ejecuta un análisis desde la línea de comandos</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="24"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="27"/>
        <source>Run &apos;storelens COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;storelens COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="143"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/Cli.cpp" line="146"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>¿Quería decir &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>storelens::cli::FilterValues</name>
    <message>
        <location filename="../cli/FilterValues.cpp" line="57"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="77"/>
        <source>The workspace has no store &quot;%1&quot;. Its stores: %2.</source>
        <translation>El espacio de trabajo no tiene ninguna tienda «%1». Sus tiendas: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="82"/>
        <source>The workspace has no channel &quot;%1&quot;. Its channels: %2.</source>
        <translation>El espacio de trabajo no tiene ningún canal «%1». Sus canales: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="87"/>
        <source>The workspace has no country &quot;%1&quot;. Its countries: %2.</source>
        <translation>El espacio de trabajo no tiene ningún país «%1». Sus países: %2.</translation>
    </message>
    <message>
        <location filename="../cli/FilterValues.cpp" line="91"/>
        <source>The workspace has no category &quot;%1&quot;. Its categories: %2.</source>
        <translation>El espacio de trabajo no tiene ninguna categoría «%1». Sus categorías: %2.</translation>
    </message>
</context>
<context>
    <name>storelens::cli::QueryOptions</name>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>The workspace file.</source>
        <translation>El archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="48"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="52"/>
        <source>First day of the period (default: one year before --to, plus one day).</source>
        <translation>Primer día del periodo (predeterminado: un año antes de --to, más un día).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="55"/>
        <source>Last day of the period (default: the as-of date, the last day with data).</source>
        <translation>Último día del periodo (predeterminado: la fecha de corte, el último día con datos).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="59"/>
        <source>all: every day with data, with no comparison (instead of --from and --to).</source>
        <translation>all: todos los días con datos, sin comparación (en lugar de --from y --to).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="65"/>
        <source>Compare with the previous period of the same length, the same period one year earlier, or nothing (default: previous).</source>
        <translation>Comparar con el periodo anterior de la misma duración, con el mismo periodo del año anterior o con nada (predeterminado: previous).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="73"/>
        <source>Select order lines by store, channel, country, category or segment (&quot;store=Main store&quot;, &quot;segment=At risk&quot;); repeatable. Values of one dimension are alternatives, dimensions combine.</source>
        <translation>Seleccionar líneas de pedido por tienda, canal, país, categoría o segmento («store=Main store», «segment=At risk»); repetible. Los valores de una dimensión son alternativas; las dimensiones se combinan.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="81"/>
        <source>The activity window W of retention and churn, in days (default: 365).</source>
        <translation>La ventana de actividad W de retención y abandono, en días (predeterminado: 365).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="82"/>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="85"/>
        <source>The cohort period (default: month).</source>
        <translation>El periodo de cohorte (predeterminado: month).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="89"/>
        <source>The output format (default: table).</source>
        <translation>El formato de salida (predeterminado: table).</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="100"/>
        <source>The option --workspace is required.</source>
        <translation>La opción --workspace es obligatoria.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="109"/>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from admite una fecha en formato AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="117"/>
        <source>--to takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to admite una fecha en formato AAAA-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="125"/>
        <source>--from must not be after --to.</source>
        <translation>--from no debe ser posterior a --to.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="131"/>
        <source>--period takes all, not &quot;%1&quot;.</source>
        <translation>--period admite all, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="135"/>
        <source>--period all cannot be combined with --from or --to.</source>
        <translation>--period all no se puede combinar con --from ni con --to.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="139"/>
        <source>--period all has no earlier data to compare with; leave out --compare.</source>
        <translation>--period all no tiene datos anteriores con los que comparar; quite --compare.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="151"/>
        <source>--compare takes previous, year or none, not &quot;%1&quot;.</source>
        <translation>--compare admite previous, year o none, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="167"/>
        <source>--filter takes DIMENSION=VALUE, not &quot;%1&quot;.</source>
        <translation>--filter admite DIMENSIÓN=VALOR, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="180"/>
        <source>Only one segment filter can be given.</source>
        <translation>Solo se puede indicar un filtro de segmento.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="185"/>
        <source>Unknown filter &quot;%1&quot;; use store, channel, country, category or segment.</source>
        <translation>Filtro desconocido &quot;%1&quot;; use store, channel, country, category o segment.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="196"/>
        <source>--window takes a whole number of days of at least 1, not &quot;%1&quot;.</source>
        <translation>--window admite un número entero de días de al menos 1, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="207"/>
        <source>--grain takes week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--grain admite week, month o quarter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/QueryOptions.cpp" line="217"/>
        <source>--format takes table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format admite table, json o csv, no &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>storelens::cli::ReportCommand</name>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="35"/>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>Sección desconocida &quot;%1&quot;; las secciones son: %2.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="47"/>
        <source>--page takes a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page admite a4 o letter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="54"/>
        <source>--template takes weekly, monthly or quarterly, not &quot;%1&quot;.</source>
        <translation>--template admite weekly, monthly o quarterly, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="61"/>
        <source>--template chooses the period and the comparison; leave out --from, --to, --period and --compare.</source>
        <translation>--template elige el periodo y la comparación; quite --from, --to, --period y --compare.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="74"/>
        <source>storelens report: the PDF report a manager hands to the owner: a title page, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix with every definition. The numbers are those of &apos;storelens kpi&apos; for the same options. Works without a display, so it can run from cron.
--template weekly|monthly|quarterly reports the last complete week, month or quarter against the one before and the same one last year, instead of --from/--to/--compare.
Exit status: 0 written, 1 bad usage, 2 the workspace, a filter or the output file was rejected.</source>
        <translation>storelens report: el informe PDF que el encargado entrega al propietario: una portada, la tabla de KPI con comparaciones y objetivos, gráficos de tendencia, el mapa de calor de cohortes, los segmentos y la cuadrícula RFM, los productos y categorías principales, el CLV previsto y un anexo con todas las definiciones. Las cifras son las de &apos;storelens kpi&apos; con las mismas opciones. Funciona sin pantalla, así que se puede ejecutar desde cron.
--template weekly|monthly|quarterly informa de la última semana, mes o trimestre completo frente al anterior y al mismo del año anterior, en lugar de --from/--to/--compare.
Estado de salida: 0 generado, 1 uso incorrecto, 2 se rechazó el espacio de trabajo, un filtro o el archivo de salida.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se va a generar.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="89"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="91"/>
        <source>The sections after the title page, comma-separated (default: all): %1.</source>
        <translation>Las secciones tras la portada, separadas por comas (predeterminado: todas): %1.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="95"/>
        <source>The paper size (default: from the locale).</source>
        <translation>El tamaño del papel (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="97"/>
        <source>Landscape pages (default: portrait).</source>
        <translation>Páginas en horizontal (predeterminado: vertical).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="98"/>
        <source>A period preset; see above.</source>
        <translation>Un periodo predefinido; véase arriba.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="100"/>
        <source>The PDF&apos;s author (default: the login name).</source>
        <translation>El autor del PDF (predeterminado: el nombre de usuario).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="101"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="105"/>
        <source>storelens report takes no positional arguments.</source>
        <translation>storelens report no admite argumentos posicionales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ReportCommand.cpp" line="141"/>
        <source>Wrote %n page(s) to %1 in %2 ms.</source>
        <translation>
            <numerusform>Se ha escrito %n página en %1 en %2 ms.</numerusform>
            <numerusform>Se han escrito %n páginas en %1 en %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="155"/>
        <source>Write the PDF report for the owner.</source>
        <translation>Generar el informe PDF para el propietario.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Countries</name>
    <message>
        <location filename="../core/model/Countries.cpp" line="208"/>
        <source>Unknown country</source>
        <translation>País desconocido</translation>
    </message>
</context>
<context>
    <name>storelens::core::Currency</name>
    <message>
        <location filename="../core/store/Currency.cpp" line="149"/>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR.</source>
        <translation>&quot;%1&quot; no es un código de moneda: use tres letras mayúsculas, como EUR.</translation>
    </message>
    <message>
        <location filename="../core/store/Currency.cpp" line="158"/>
        <source>The currency could not be saved: %1</source>
        <translation>No se ha podido guardar la moneda: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerMatch</name>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="65"/>
        <source>No imported order names a customer (they are guest sales), so none of the %1 customers in this file links to an order, and customer figures and segments leave them out. They link when an order export names each order&apos;s customer by this file&apos;s id or e-mail address.</source>
        <translation>Ningún pedido importado nombra a un cliente (son ventas sin cuenta de cliente), así que ninguno de los %1 clientes de este archivo está vinculado a un pedido, y las cifras de clientes y los segmentos los dejan fuera. Se vincularán cuando una exportación de pedidos nombre al cliente de cada pedido con el id o la dirección de correo electrónico de este archivo.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="70"/>
        <source>0 of %1 customers in this file match a customer of the imported orders: the order export names customers differently (such as &quot;%2&quot;; this file: &quot;%3&quot;), so no order reaches this file&apos;s names, e-mail addresses and consent. They link only when the order export names customers by the same id or e-mail address as this file.</source>
        <translation>0 de los %1 clientes de este archivo coinciden con un cliente de los pedidos importados: la exportación de pedidos nombra a los clientes de otra manera (por ejemplo, «%2»; este archivo: «%3»), así que ningún pedido llega a los nombres, direcciones de correo y consentimientos de este archivo. Solo se enlazan cuando la exportación de pedidos nombra a los clientes con el mismo ID o la misma dirección de correo que este archivo.</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="77"/>
        <source>%1 of %2 customers in this file match a customer of the imported orders; no imported order names the other %3 (such as &quot;%4&quot;).</source>
        <translation>%1 de los %2 clientes de este archivo coinciden con un cliente de los pedidos importados; ningún pedido importado nombra a los otros %3 (por ejemplo, «%4»).</translation>
    </message>
    <message>
        <location filename="../core/import/CustomerMatch.cpp" line="82"/>
        <source>All %1 customers in this file match a customer of the imported orders.</source>
        <translation>Los %1 clientes de este archivo coinciden todos con un cliente de los pedidos importados.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="51"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (&quot;%1&quot; of this file has %2, which is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 cliente de este archivo tiene una dirección de correo que ya pertenece a otro cliente del espacio de trabajo («%1» de este archivo tiene %2, que allí es el cliente «%3»), así que esa persona cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="56"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as &quot;%2&quot; of this file, whose %3 is customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clientes de este archivo tienen una dirección de correo que ya pertenece a otro cliente del espacio de trabajo (como «%2» de este archivo, cuya dirección %3 allí es el cliente «%4»), así que cada uno cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="62"/>
        <source>1 customer of this file has an e-mail address that already belongs to another customer of the workspace (%1 is customer &quot;%2&quot; there), so that person counts as two customers.</source>
        <translation>1 cliente de este archivo tiene una dirección de correo que ya pertenece a otro cliente del espacio de trabajo (%1 es allí el cliente «%2»), así que esa persona cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="66"/>
        <source>%1 customers of this file have an e-mail address that already belongs to another customer of the workspace (such as %2, customer &quot;%3&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clientes de este archivo tienen una dirección de correo que ya pertenece a otro cliente del espacio de trabajo (por ejemplo, %2, que allí es el cliente «%3»), así que cada una de esas personas cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="77"/>
        <source>1 customer of this file has the phone number of another customer of the workspace, and one of the two has no e-mail address (&quot;%1&quot; with %2 is customer &quot;%3&quot; there), so that person counts as two customers.</source>
        <translation>1 cliente de este archivo tiene el número de teléfono de otro cliente del espacio de trabajo, y uno de los dos no tiene dirección de correo («%1», con el %2, es allí el cliente «%3»), así que esa persona cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="82"/>
        <source>%1 customers of this file have the phone number of another customer of the workspace, where one of the two has no e-mail address (such as &quot;%2&quot; with %3, customer &quot;%4&quot; there), so each of them counts as two customers.</source>
        <translation>%1 clientes de este archivo tienen el número de teléfono de otro cliente del espacio de trabajo, y uno de los dos no tiene dirección de correo (por ejemplo, «%2», con el %3, que allí es el cliente «%4»), así que cada una de esas personas cuenta como dos clientes.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="224"/>
        <source>&quot;Count Each Person Once&quot;</source>
        <translation>«Contar a cada persona una vez»</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="226"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the workspace&apos;s customer with its e-mail address or phone number): %1.</source>
        <translation>Vincúlelos para contar a cada persona una sola vez (el cliente de una línea pasa a ser el cliente del espacio de trabajo con su dirección de correo o su número de teléfono): %1.</translation>
    </message>
    <message>
        <location filename="../core/import/EmailKeyMatch.cpp" line="230"/>
        <source>Match them to count each person once (a line&apos;s customer becomes the one with its e-mail address or, without one, its phone number; customers with neither keep their &quot;%1&quot;): %2.</source>
        <translation>Vincúlelos para contar a cada persona una sola vez (el cliente de una línea pasa a ser el que tiene su dirección de correo o, si no la hay, su número de teléfono; los clientes sin ninguno de los dos conservan su «%1»): %2.</translation>
    </message>
</context>
<context>
    <name>storelens::core::CustomerRecords</name>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="26"/>
        <source>The customer&apos;s data could not be read or changed: %1</source>
        <translation>No se han podido leer ni modificar los datos del cliente: %1</translation>
    </message>
    <message>
        <location filename="../core/store/CustomerRecords.cpp" line="34"/>
        <source>The workspace has no customer with the id &quot;%1&quot;.</source>
        <translation>El espacio de trabajo no tiene ningún cliente con el ID &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>storelens::core::DataQuality</name>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="89"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="94"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="448"/>
        <source>%1: %2, %3</source>
        <comment>a SKU left out of sales (its name), its lines, their money</comment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="498"/>
        <source>Lines read: %1 (%2 accepted, %3 skipped, %4 rejected).</source>
        <translation>Líneas leídas: %1 (%2 aceptadas, %3 omitidas, %4 rechazadas).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="505"/>
        <source>No column is read as the order number: each line is counted as an order of its own, numbered by its line in the file. StoreLens cannot recognise these orders in a later export, so it refuses to import another file of this source into this workspace. If a column holds the receipt, ticket, sale or invoice number, map it as Order ID.</source>
        <translation>Ninguna columna se lee como número de pedido: cada línea cuenta como un pedido propio, numerado por su línea en el archivo. StoreLens no puede reconocer estos pedidos en una exportación posterior, así que no importa otro archivo de este origen en este espacio de trabajo. Si una columna contiene el número de recibo, ticket, venta o factura, asígnela a «ID de pedido».</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="513"/>
        <source>No column holds discounts: they count as 0, so net sales are the amounts before any discount the orders had.</source>
        <translation>Ninguna columna contiene descuentos: cuentan como 0, así que las ventas netas son los importes antes de cualquier descuento de los pedidos.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="517"/>
        <source>Blank lines skipped: %1 (for example line %2).</source>
        <translation>Líneas en blanco omitidas: %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="520"/>
        <source>Totals rows skipped (no date, a cell such as &quot;Summe&quot; or &quot;Total&quot;): they sum the file and are no sale: %1 (for example line %2).</source>
        <translation>Filas de totales omitidas (sin fecha, con una celda como «Summe» o «Total»): suman el archivo y no son una venta: %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="525"/>
        <source>Service charge lines left out (marked in the column &quot;%1&quot;): a service charge is not sales: %2 (for example line %3).</source>
        <translation>Líneas de cargo por servicio dejadas fuera (marcadas en la columna «%1»): un cargo por servicio no es una venta: %2 (por ejemplo, la línea %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="529"/>
        <source>eBay&apos;s summary rows of orders of several items left out: such an order has a row with its shipping and total and no item, then a row per item, which are imported: %1 (for example line %2).</source>
        <translation>Filas de resumen de eBay de pedidos con varios artículos dejadas fuera: un pedido así tiene una fila con su envío y su total sin artículo, y luego una fila por artículo, que se importan: %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="534"/>
        <source>eBay&apos;s footer lines left out (the records downloaded, the seller ID): %1 (for example line %2).</source>
        <translation>Líneas de pie de eBay dejadas fuera (los registros descargados, el ID del vendedor): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="538"/>
        <source>Refunds of orders imported before, each a return line on its order dated on the refund&apos;s day (not a sale): %1 (for example line %2).</source>
        <translation>Reembolsos de pedidos importados antes, cada uno una línea de devolución de su pedido con la fecha del reembolso (no una venta): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="542"/>
        <source>%1: %2 (for example line %3), left out: not refunds of sales.</source>
        <translation>%1: %2 (por ejemplo, la línea %3), se dejan fuera: no son reembolsos de ventas.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="543"/>
        <source>Rows without a type</source>
        <translation>Filas sin tipo</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="546"/>
        <source>Lines with quantity 0 and no amount skipped (nothing sold or returned): %1 (for example line %2).</source>
        <translation>Líneas con cantidad 0 y sin importe omitidas (no se vendió ni se devolvió nada): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="554"/>
        <source>Voided lines left out (marked in the column &quot;%1&quot;): taken off before payment, they are no sale: %2, %3 (for example line %4); orders voided as a whole: %5, orders whose other lines are imported: %6.</source>
        <translation>Líneas anuladas que se dejan fuera (marcadas en la columna «%1»): retiradas antes del pago, no son una venta: %2, %3 (por ejemplo, la línea %4); pedidos anulados por completo: %5, pedidos cuyas demás líneas se importan: %6.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="565"/>
        <source>Lines with status &quot;%1&quot; left out: no payment was taken for them: %2 (for example line %3). The other lines of their orders are imported (orders with such lines: %4).</source>
        <translation>Líneas con el estado «%1» omitidas: no se cobró nada por ellas: %2 (por ejemplo, la línea %3). Las demás líneas de sus pedidos se importan (pedidos con otras líneas: %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="572"/>
        <source>1 order with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>1 pedido con el estado «%1» omitido: no se cobró ningún pago (%2, por ejemplo la línea %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/DataQuality.cpp" line="574"/>
        <source>%n orders with status &quot;%1&quot; left out: no payment was taken (%2, for example line %3).</source>
        <translation>
            <numerusform>%n pedido con el estado «%1» omitido: no se cobró ningún pago (%2, por ejemplo la línea %3).</numerusform>
            <numerusform>%n pedidos con el estado «%1» omitidos: no se cobró ningún pago (%2, por ejemplo la línea %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="580"/>
        <source>Till receipts &quot;%1&quot; left out (%2): %3 (for example line %4).</source>
        <translation>Recibos de caja «%1» omitidos (%2): %3 (por ejemplo, la línea %4).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="588"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="593"/>
        <source>Order statuses StoreLens does not know, counted as sales: %1 (%2, for example line %3). Check that these orders were paid. If one of these values marks a refunded order, tick it in the Check page&apos;s status box and choose &quot;Count Ticked as Sold, Then Refunded&quot; (or give --cancel-status VALUE): its orders then count as a sale and a return.</source>
        <translation>Estados de pedido que StoreLens no conoce, contados como ventas: %1 (%2, por ejemplo la línea %3). Compruebe que esos pedidos se pagaron. Si uno de estos valores indica un pedido reembolsado, márquelo en el cuadro de estados del paso Comprobar y elija «Contar los marcados como vendidos y luego reembolsados» (o indique --cancel-status VALOR): sus pedidos cuentan entonces como una venta y una devolución.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="599"/>
        <source>If one of these values means the order was never paid (a bank transfer still pending, a line voided at the till), tick it there and choose &quot;Leave Ticked Out (Never Paid)&quot; (or give --not-sold-status VALUE): its orders are then left out.</source>
        <translation>Si uno de estos valores indica que el pedido nunca se pagó (una transferencia aún pendiente, una línea anulada en caja), márquelo ahí y elija «Dejar fuera los marcados (nunca pagados)» (o indique --not-sold-status VALOR): sus pedidos quedan entonces fuera.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="640"/>
        <source>Return lines of orders marked refunded or cancelled: %1 (for example line %2).</source>
        <translation>Líneas devueltas de pedidos marcados como reembolsados o cancelados: %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="606"/>
        <source>Lines rejected because of the column &quot;%1&quot;: %2 (for example line %3: %4)</source>
        <translation>Líneas rechazadas por la columna &quot;%1&quot;: %2 (por ejemplo, la línea %3: %4)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="610"/>
        <source>Lines rejected: %1 (for example line %2: %3)</source>
        <translation>Líneas rechazadas: %1 (por ejemplo, la línea %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="614"/>
        <source>Exact copies of an earlier line: %1 (for example line %2 repeats line %3). They are imported as lines of their own. A till lists an article scanned twice in one sale this way, which is right; a file that lists the same rows twice does too, and then they count twice.</source>
        <translation>Copias exactas de una línea anterior: %1 (por ejemplo, la línea %2 repite la línea %3). Se importan como líneas propias. Una caja registra así un artículo escaneado dos veces en una misma venta, y es correcto; un archivo que contiene las mismas filas dos veces también, y entonces cuentan dos veces.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="622"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (for example line %2).</source>
        <translation>Líneas sin cliente (ventas anónimas o de paso): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="625"/>
        <source>Lines without a customer (guest or walk-in sales): %1 (%2 of sales; for example line %3).</source>
        <translation>Líneas sin cliente (ventas anónimas o de paso): %1 (%2 de las ventas; por ejemplo, la línea %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="634"/>
        <source>Returns from cancellation invoices (order id starting with &quot;%1&quot;): %2 (for example line %3).</source>
        <translation>Devoluciones de facturas de cancelación (ID de pedido que empieza por &quot;%1&quot;): %2 (por ejemplo, la línea %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="645"/>
        <source>Lines marked refunded in the column &quot;%1&quot;: %2, each a sale and a return (for example line %3).</source>
        <translation>Líneas marcadas como reembolsadas en la columna «%1»: %2, cada una una venta y una devolución (por ejemplo, la línea %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="650"/>
        <source>Refund rows (their status says refunded): %1, each a return dated on the refund&apos;s day, not a sale (for example line %2).</source>
        <translation>Filas de reembolso (su estado indica reembolsado): %1, cada una una devolución fechada el día del reembolso, no una venta (por ejemplo la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="659"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out: import the refunds export to count them.</source>
        <translation>Pedidos marcados como reembolsados parcialmente: %1 (por ejemplo, la línea %2). Sus reembolsos no están en las líneas de este archivo, así que las devoluciones y las ventas netas no los incluyen: importe la exportación de reembolsos para contarlos.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="666"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are not in this file&apos;s lines, so returns and net sales leave them out. The status counts an order as returned only when it was refunded or cancelled in full; a column with each order&apos;s refunded amount, mapped as &quot;Refund amount&quot;, would count partial refunds.</source>
        <translation>Pedidos marcados como reembolsados parcialmente: %1 (por ejemplo, la línea %2). Sus reembolsos no están en las líneas de este archivo, así que las devoluciones y las ventas netas los dejan fuera. El estado solo cuenta un pedido como devuelto cuando se reembolsó o canceló por completo; una columna con el importe reembolsado de cada pedido, asignada como «Importe reembolsado», contaría los reembolsos parciales.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="673"/>
        <source>Orders marked partially refunded: %1 (for example line %2). Their refunds are counted from the column &quot;%3&quot;.</source>
        <translation>Pedidos marcados como reembolsados en parte: %1 (por ejemplo, la línea %2). Sus reembolsos se cuentan a partir de la columna «%3».</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="678"/>
        <source>Returns from the column &quot;%1&quot; (the refund of an order whose status does not say refunded, one line each): %2 (for example line %3).</source>
        <translation>Devoluciones de la columna «%1» (el reembolso de un pedido cuyo estado no dice reembolsado, una línea cada uno): %2 (por ejemplo, la línea %3).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="683"/>
        <source>Storno receipts (BON_STORNO 1), each a return of its amount on its own day that takes back an earlier sale: %1 (for example line %2).</source>
        <translation>Recibos de anulación (BON_STORNO 1), cada uno una devolución de su importe en su propio día que anula una venta anterior: %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="689"/>
        <source>Returns (a negative quantity or amount): %1 (for example line %2).</source>
        <translation>Devoluciones (cantidad o importe negativo): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="692"/>
        <source>Lines with a price of 0 (free items, samples or a missing price): %1 (for example line %2).</source>
        <translation>Líneas con precio 0 (artículos gratuitos, muestras o un precio que falta): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="697"/>
        <source>Lines with a negative price (usually adjustments, not sales): %1 (for example line %2).</source>
        <translation>Líneas con precio negativo (normalmente ajustes, no ventas): %1 (por ejemplo, la línea %2).</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="701"/>
        <source>Lines with a quantity that is not a whole number (goods sold by weight or length): %1 (for example line %2). Units and units per transaction add these quantities to the pieces sold.</source>
        <translation>Líneas con una cantidad que no es un número entero (productos vendidos por peso o longitud): %1 (por ejemplo la línea %2). Las unidades y las unidades por transacción suman estas cantidades a las piezas vendidas.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="720"/>
        <source>SKUs that look like fees or adjustments rather than products: %1: %2 (%3, for example line %4). Mark them as &quot;not a product&quot; to keep them out of product rankings; their lines stay in sales.</source>
        <translation>SKU que parecen cargos o ajustes más que productos: %1: %2 (%3, por ejemplo, la línea %4). Márquelos como &quot;no es un producto&quot; para excluirlos de los rankings de productos; sus líneas se mantienen en las ventas.</translation>
    </message>
    <message>
        <location filename="../core/import/DataQuality.cpp" line="728"/>
        <source>Lines dated after today: %1, up to %2 (for example line %3). Check the date order of the file.</source>
        <translation>Líneas con fecha posterior a hoy: %1, hasta el %2 (por ejemplo, la línea %3). Revise el orden de fechas del archivo.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="117"/>
        <source>on 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="118"/>
        <source>on %n different days</source>
        <translation>
            <numerusform>en %n día distinto</numerusform>
            <numerusform>en %n días distintos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="120"/>
        <source>in 1 store</source>
        <translation>en 1 tienda</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="121"/>
        <source>in %n stores</source>
        <translation>
            <numerusform>en %n tienda</numerusform>
            <numerusform>en %n tiendas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="124"/>
        <source>1 order ID of the file appears on days more than a day apart or in more than one store: order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>1 ID de pedido del archivo aparece en días separados por más de un día o en más de una tienda: el pedido «%1» aparece %2 %3 (primero en la línea %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/OrderIdSpread.cpp" line="127"/>
        <source>%n order IDs of the file appear on days more than a day apart or in more than one store; for example, order &quot;%1&quot; appears %2 %3 (first on line %4).</source>
        <translation>
            <numerusform>%n ID de pedido del archivo aparece en días separados por más de un día o en más de una tienda; por ejemplo, el pedido «%1» aparece %2 %3 (primero en la línea %4).</numerusform>
            <numerusform>%n ID de pedido del archivo aparecen en días separados por más de un día o en más de una tienda; por ejemplo, el pedido «%1» aparece %2 %3 (primero en la línea %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="132"/>
        <source>Each such ID counts as one order. Order numbers may restart per till, series or year.</source>
        <translation>Cada uno de esos ID cuenta como un solo pedido. Puede que los números de pedido vuelvan a empezar por caja, serie o año.</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="136"/>
        <source>If a column tells them apart (a series, a till), map it as &quot;%1&quot; (on the command line: --map &quot;COLUMN=order_series&quot;).</source>
        <translation>Si una columna los distingue (una serie, una caja), asígnela a «%1» (en la línea de órdenes: --map &quot;COLUMNA=order_series&quot;).</translation>
    </message>
    <message>
        <location filename="../core/import/OrderIdSpread.cpp" line="139"/>
        <source>Combine them with the column &quot;%1&quot;: map it as &quot;%2&quot; (on the command line: --map &quot;%1=order_series&quot;).</source>
        <translation>Combínelos con la columna «%1»: asígnela a «%2» (en la línea de órdenes: --map &quot;%1=order_series&quot;).</translation>
    </message>
</context>
<context>
    <name>storelens::core::DisplayNames</name>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="10"/>
        <source>Main store</source>
        <translation>Tienda principal</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="11"/>
        <source>In store</source>
        <translation>En tienda</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="12"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../core/model/DisplayNames.cpp" line="13"/>
        <source>Online shop</source>
        <translation>Tienda en línea</translation>
    </message>
</context>
<context>
    <name>storelens::core::DsfinvkReceipts</name>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="80"/>
        <source>money moved into or out of the till, not sold</source>
        <translation>dinero que entra en la caja o sale de ella, nada vendido</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="82"/>
        <source>receipts aborted before payment</source>
        <translation>recibos interrumpidos antes del pago</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="84"/>
        <source>receipts made for training</source>
        <translation>recibos hechos para formación</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="86"/>
        <source>orders taken, sold on the receipt that closes them</source>
        <translation>pedidos tomados, vendidos en el recibo que los cierra</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="88"/>
        <source>receipts moved to another table or till, sold on the receipt that closes them</source>
        <translation>recibos trasladados a otra mesa u otra caja, vendidos en el recibo que los cierra</translation>
    </message>
    <message>
        <location filename="../core/import/DsfinvkReceipts.cpp" line="90"/>
        <source>receipts voided in full, which the till&apos;s takings leave out</source>
        <translation>recibos anulados por completo, que los ingresos de la caja dejan fuera</translation>
    </message>
</context>
<context>
    <name>storelens::core::EarlierOrders</name>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="111"/>
        <source>1 refund of an earlier order</source>
        <translation>1 reembolso de un pedido anterior</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/EarlierOrders.cpp" line="112"/>
        <source>%n refunds of earlier orders</source>
        <translation>
            <numerusform>%n reembolso de pedidos anteriores</numerusform>
            <numerusform>%n reembolsos de pedidos anteriores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="115"/>
        <source>eBay transaction report: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>Informe de transacciones de eBay: %1 de la fuente «%2», %3 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="116"/>
        <source>A file of refunds: %1 of the source &quot;%2&quot;, %3 in all.</source>
        <translation>Un archivo de reembolsos: %1 de la fuente «%2», %3 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="123"/>
        <source>It is counted as a return on its order, on the refund&apos;s day.</source>
        <translation>Cuenta como una devolución de su pedido, en el día del reembolso.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="124"/>
        <source>They are counted as returns, each on its order and its refund&apos;s day.</source>
        <translation>Cuentan como devoluciones, cada uno en su pedido y en el día de su reembolso.</translation>
    </message>
    <message>
        <location filename="../core/import/EarlierOrders.cpp" line="127"/>
        <source>%1 is counted as returns, each on its order and its refund&apos;s day; %2 refunded beyond the orders&apos; sales (shipping or tax, which are not sales) is left out.</source>
        <translation>%1 cuenta como devoluciones, cada una en su pedido y en el día de su reembolso; %2 reembolsados por encima de las ventas de los pedidos (envío o impuestos, que no son ventas) se dejan fuera.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Entity</name>
    <message>
        <location filename="../core/model/Entities.cpp" line="12"/>
        <source>Orders and order lines</source>
        <translation>Pedidos y líneas de pedido</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="13"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="14"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="15"/>
        <source>Inventory snapshots</source>
        <translation>Instantáneas de inventario</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="16"/>
        <source>Store traffic</source>
        <translation>Tráfico de tienda</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="17"/>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="18"/>
        <source>Marketing spend</source>
        <translation>Gasto de marketing</translation>
    </message>
</context>
<context>
    <name>storelens::core::ExportStyles</name>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="249"/>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="166"/>
        <source>&quot;%1&quot; is each order&apos;s total with tax and shipping: net sales include the shipping the orders charged.</source>
        <translation>«%1» es el total de cada pedido con impuestos y envío: las ventas netas incluyen los gastos de envío cobrados.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="259"/>
        <source>&quot;%1&quot; holds Shopware&apos;s internal state ids, not state names, so cancelled orders cannot be recognised and count as sales. To count cancelled and refunded orders as returns, add the payment&apos;s state (transactions.stateMachineState.technicalName) to the export profile in Shopware: StoreLens reads it as the status.</source>
        <translation>«%1» contiene los identificadores internos de estado de Shopware, no sus nombres, así que los pedidos cancelados no se pueden reconocer y cuentan como ventas. Para contar los pedidos cancelados y reembolsados como devoluciones, añada el estado del pago (transactions.stateMachineState.technicalName) al perfil de exportación en Shopware: StoreLens lo lee como estado.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStyles.cpp" line="268"/>
        <source>&quot;%1&quot; names products by Shopware&apos;s internal ids, without prices, so the orders carry no products.</source>
        <translation>«%1» nombra los productos con los identificadores internos de Shopware, sin precios, así que los pedidos no llevan productos.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="173"/>
        <source>&quot;%1&quot; names customers by an initial and a surname (&quot;A. Fabre&quot;), which can be several people: the orders count as guest sales, and customer figures (retention, segments, lifetime value) leave them out.</source>
        <translation>«%1» nombra a los clientes con una inicial y un apellido («A. Fabre»), que pueden ser varias personas: los pedidos cuentan como ventas de invitados y las cifras de clientes (retención, segmentos, valor de vida) los dejan fuera.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesPrestaShop.cpp" line="179"/>
        <source>The orders list names no products, so the orders carry none.</source>
        <translation>La lista de pedidos no nombra productos, así que los pedidos no llevan ninguno.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesLoyverse.cpp" line="151"/>
        <source>&quot;%1&quot; is the cost of the whole line, not of one unit: StoreLens reads costs per unit, so it leaves the column out, and gross margin is not shown for these sales.</source>
        <translation>«%1» es el coste de toda la línea, no de una unidad: StoreLens lee costes por unidad, así que deja fuera la columna y no se muestra el margen bruto de estas ventas.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="87"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off, and for %2 of its %3 coupon orders it could not be worked out from the order&apos;s Total: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>La exportación de Wix nombra el cupón de cada pedido («%1») pero no lo que descontó, y en %2 de sus %3 pedidos con cupón no se pudo calcular a partir del «Total» del pedido: sus descuentos se desconocen, y sus ventas netas incluyen lo que descontaron sus cupones.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesWix.cpp" line="95"/>
        <source>Wix&apos;s export names each order&apos;s coupon (&quot;%1&quot;) but not what it took off: discounts are unknown, and the net sales of orders with a coupon hold its amount.</source>
        <translation>La exportación de Wix nombra el cupón de cada pedido («%1») pero no lo que descontó: los descuentos se desconocen, y las ventas netas de los pedidos con cupón incluyen su importe.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesDsfinvk.cpp" line="96"/>
        <source>The receipts file (transactions.csv) holds each receipt&apos;s total, not its items, which are in lines.csv: the receipts carry no products.</source>
        <translation>El archivo de recibos (transactions.csv) contiene el total de cada recibo, no sus artículos, que están en lines.csv: los recibos no llevan ningún producto.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="90"/>
        <source>Square&apos;s item prices include the tax (VAT), and its export gives no price without it, only each order&apos;s tax in all: gross and net sales include the tax.</source>
        <translation>Los precios de los artículos de Square incluyen el impuesto (IVA), y su exportación no da ningún precio sin él, solo el impuesto de cada pedido en total: las ventas brutas y netas incluyen el impuesto.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesSquareOnline.cpp" line="95"/>
        <source>Square&apos;s export gives no coupon amounts: each is worked out as the order&apos;s items less its Order Subtotal, which could not be done for %1 of the %2 orders with a coupon: their discounts are unknown, and their net sales hold what their coupons took off.</source>
        <translation>La exportación de Square no da importes de cupones: cada uno se calcula como los artículos del pedido menos su «Order Subtotal», lo que no se pudo hacer en %1 de los %2 pedidos con cupón: sus descuentos se desconocen, y sus ventas netas incluyen lo que descontaron sus cupones.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="64"/>
        <source>Amazon&apos;s report names no buyer: its orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>El informe de Amazon no nombra a ningún comprador: sus pedidos cuentan como ventas de invitados; las cifras de clientes no pueden incluir a los compradores de Amazon.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="67"/>
        <source>Amazon&apos;s report names no buyer: this order counts as a guest sale; customer figures cannot include Amazon buyers.</source>
        <translation>El informe de Amazon no nombra a ningún comprador: este pedido cuenta como venta de invitado; las cifras de clientes no pueden incluir a los compradores de Amazon.</translation>
    </message>
    <message>
        <location filename="../core/import/ExportStylesAmazon.cpp" line="69"/>
        <source>Amazon&apos;s report names no buyer: these %1 orders count as guest sales; customer figures cannot include Amazon buyers.</source>
        <translation>El informe de Amazon no nombra a ningún comprador: estos %1 pedidos cuentan como ventas de invitados; las cifras de clientes no pueden incluir a los compradores de Amazon.</translation>
    </message>
</context>
<context>
    <name>storelens::core::FieldCatalog</name>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="49"/>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="67"/>
        <source>Order ID series (joined with the order ID: T1 + 5 = T1/5)</source>
        <translation>Serie del ID de pedido (unida al ID de pedido: T1 + 5 = T1/5)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="71"/>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="80"/>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="84"/>
        <location filename="../core/import/FieldCatalog.cpp" line="250"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="94"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="99"/>
        <source>Customer email</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="108"/>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="119"/>
        <location filename="../core/import/FieldCatalog.cpp" line="300"/>
        <location filename="../core/import/FieldCatalog.cpp" line="327"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="128"/>
        <location filename="../core/import/FieldCatalog.cpp" line="304"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="135"/>
        <location filename="../core/import/FieldCatalog.cpp" line="307"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="141"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="147"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="155"/>
        <source>Line total (instead of unit price)</source>
        <translation>Total de línea (en lugar del precio unitario)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="162"/>
        <source>Line discount</source>
        <translation>Descuento de línea</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="167"/>
        <source>Line discount as a rate (0.2 = 20 %)</source>
        <translation>Descuento de línea como porcentaje (0.2 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="172"/>
        <source>Line discount as a percentage (20 = 20 %)</source>
        <translation>Descuento de línea en porcentaje (20 = 20 %)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="175"/>
        <location filename="../core/import/FieldCatalog.cpp" line="310"/>
        <location filename="../core/import/FieldCatalog.cpp" line="333"/>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="181"/>
        <source>Order discount (for the whole order)</source>
        <translation>Descuento de pedido (para todo el pedido)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="192"/>
        <source>Shipping (for the whole order)</source>
        <translation>Envío (para todo el pedido)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="194"/>
        <location filename="../core/import/FieldCatalog.cpp" line="325"/>
        <location filename="../core/import/FieldCatalog.cpp" line="342"/>
        <location filename="../core/import/FieldCatalog.cpp" line="356"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="199"/>
        <location filename="../core/import/FieldCatalog.cpp" line="370"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="202"/>
        <location filename="../core/import/FieldCatalog.cpp" line="277"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="207"/>
        <source>Status (marks cancellations)</source>
        <translation>Estado (marca las cancelaciones)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="212"/>
        <source>Refund date (of a cancelled order)</source>
        <translation>Fecha de reembolso (de un pedido cancelado)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="217"/>
        <source>Refund amount (for the whole order)</source>
        <translation>Importe reembolsado (de todo el pedido)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="221"/>
        <source>Product details (all of the order&apos;s items in one cell)</source>
        <translation>Detalles de productos (todos los artículos del pedido en una celda)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="226"/>
        <source>Line refunded (yes: the line is a sale and a return)</source>
        <translation>Línea reembolsada (sí: la línea es una venta y una devolución)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="230"/>
        <source>Service charge (yes: the line is no sale and is left out)</source>
        <translation>Cargo por servicio (sí: la línea no es una venta y se deja fuera)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="237"/>
        <source>Voided (yes: taken off before payment, no sale: left out)</source>
        <translation>Anulado (sí: retirado antes del pago, no es una venta: se deja fuera)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="241"/>
        <source>Line ID (the export&apos;s own id of a line)</source>
        <translation>ID de línea (el ID propio de la línea en la exportación)</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="254"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="257"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="260"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="265"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="268"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="270"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="272"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="274"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="279"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="282"/>
        <source>Loyalty tier</source>
        <translation>Nivel de fidelización</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="285"/>
        <source>Acquisition channel</source>
        <translation>Canal de captación</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="115"/>
        <location filename="../core/import/FieldCatalog.cpp" line="288"/>
        <source>Email marketing consent</source>
        <translation>Consentimiento de marketing por email</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="292"/>
        <source>SMS marketing consent</source>
        <translation>Consentimiento de marketing por SMS</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="313"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="322"/>
        <source>Snapshot date</source>
        <translation>Fecha de la instantánea</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="330"/>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="344"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="347"/>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="359"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="361"/>
        <source>Headcount</source>
        <translation>Número de empleados</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="372"/>
        <source>Day or month</source>
        <translation>Día o mes</translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="374"/>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
</context>
<context>
    <name>storelens::core::ImportProfile</name>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="235"/>
        <source>The import profile is not valid JSON: %1</source>
        <translation>El perfil de importación no es un JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="240"/>
        <source>The file is not a StoreLens import profile (version %1).</source>
        <translation>El archivo no es un perfil de importación de StoreLens (versión %1).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="249"/>
        <source>The import profile names an unknown table &quot;%1&quot;.</source>
        <translation>El perfil de importación indica una tabla desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="258"/>
        <source>The import profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>El perfil de importación indica una codificación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="270"/>
        <source>The import profile&apos;s date order must be ymd, dmy, mdy or unknown.</source>
        <translation>El orden de fechas del perfil de importación debe ser ymd, dmy, mdy o unknown.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="277"/>
        <source>The import profile&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation>El separador decimal del perfil de importación debe ser &quot;.&quot; o &quot;,&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="290"/>
        <source>The import profile maps column &quot;%1&quot; to an unknown field &quot;%2&quot;; the fields of this kind of file are: %3.</source>
        <translation>El perfil de importación asigna la columna «%1» a un campo desconocido «%2»; los campos de este tipo de archivo son: %3.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="325"/>
        <source>The import profile&apos;s line_total must be before_discount or after_discount, and its orders_without_id row or customer_day.</source>
        <translation>El line_total del perfil de importación debe ser before_discount o after_discount, y su orders_without_id, row o customer_day.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="337"/>
        <source>The import profile&apos;s customer_key must be id or email_first.</source>
        <translation>El customer_key del perfil de importación debe ser id o email_first.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="344"/>
        <source>The import profile&apos;s order_discount must be separate or includes_line_discounts.</source>
        <translation>El order_discount del perfil de importación debe ser separate o includes_line_discounts.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="358"/>
        <source>The import profile&apos;s blank_quantity must be one or rejected.</source>
        <translation>El blank_quantity del perfil de importación debe ser one o rejected.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="366"/>
        <source>The import profile&apos;s rows must be sales or refunds_of_earlier_orders.</source>
        <translation>El valor rows del perfil de importación debe ser sales o refunds_of_earlier_orders.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="380"/>
        <source>The import profile could not be read: %1</source>
        <translation>No se ha podido leer el perfil de importación: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="390"/>
        <source>The import profile could not be saved: %1</source>
        <translation>No se ha podido guardar el perfil de importación: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="53"/>
        <source>The workspace could not be read: %1</source>
        <translation>No se ha podido leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="218"/>
        <source>The workspace could not be written: %1</source>
        <translation>No se ha podido escribir en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="338"/>
        <source>%1 has one row per order, and %2 of its %3 orders (such as %4) are already in the workspace line by line (source &quot;%5&quot;, from Etsy&apos;s Sold Order Items export). Importing it would count those orders twice or replace their item lines with one line per order. Nothing was imported. Import only the Sold Order Items export for sales and leave this file out (its refunds cannot be imported yet).</source>
        <translation>%1 tiene una fila por pedido, y %2 de sus %3 pedidos (por ejemplo %4) ya están en el espacio de trabajo línea por línea (origen «%5», de la exportación «Sold Order Items» de Etsy). Importarlo contaría esos pedidos dos veces o sustituiría sus líneas de artículos por una línea por pedido. No se importó nada. Importe solo la exportación «Sold Order Items» para las ventas y deje fuera este archivo (sus reembolsos aún no se pueden importar).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="356"/>
        <source>Another import is running on this workspace; try again when it has finished. Nothing was imported.</source>
        <translation>Hay otra importación en curso en este espacio de trabajo; inténtelo de nuevo cuando termine. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="361"/>
        <location filename="../core/import/Importer.cpp" line="509"/>
        <source>The workspace is read-only (check the file&apos;s permissions). Nothing was imported.</source>
        <translation>El espacio de trabajo es de solo lectura (revise los permisos del archivo). No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="392"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="396"/>
        <source>The header cell holds a NUL byte, so its column cannot be named. Nothing was imported.</source>
        <translation>La celda de cabecera contiene un byte NUL, así que no se puede dar nombre a su columna. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="433"/>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>&quot;%1&quot; (línea %2)</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="441"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="419"/>
        <source>Column &quot;%1&quot;: some dates put the day first (such as &quot;%2&quot; on line %3) and others the month first (such as &quot;%4&quot; on line %5). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy); the dates that do not fit it are then reported line by line.</source>
        <translation>Columna &quot;%1&quot;: algunas fechas ponen primero el día (como &quot;%2&quot; en la línea %3) y otras primero el mes (como &quot;%4&quot; en la línea %5). Elija el orden de las fechas («Las fechas están escritas como» en el paso Columnas de la ventana de importación, o --date-order dmy|mdy); las fechas que no encajen se indicarán entonces línea por línea.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="437"/>
        <source>Column &quot;%1&quot;: dates such as %2 could be day/month or month/day (no day in the file is above 12). Choose the date order (&quot;Dates are written as&quot; on the import window&apos;s Columns step, or --date-order dmy|mdy).</source>
        <translation>Columna &quot;%1&quot;: fechas como %2 podrían ser día/mes o mes/día (ningún día del archivo es mayor que 12). Elija el orden de las fechas («Las fechas están escritas como» en el paso Columnas de la ventana de importación, o --date-order dmy|mdy).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="459"/>
        <source>Column &quot;%1&quot;: values such as &quot;%2&quot; could be read with &quot;%3&quot; as the decimal separator or as a thousands separator, and no value in the file tells. Choose the decimal separator (&quot;Decimal separator&quot; on the import window&apos;s Columns step, or --decimal . or --decimal ,).</source>
        <translation>Columna &quot;%1&quot;: valores como &quot;%2&quot; podrían leerse con &quot;%3&quot; como separador decimal o como separador de miles, y ningún valor del archivo lo aclara. Elija el separador decimal («Separador decimal» en el paso Columnas de la ventana de importación, o --decimal . o --decimal ,).</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="580"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Se ha cancelado la importación; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="620"/>
        <source>Column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation>Columna &quot;%1&quot;, valor &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="623"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="649"/>
        <source>The file holds no rows, only a header line. Nothing was imported.</source>
        <translation>El archivo no contiene filas, solo una línea de cabecera. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="650"/>
        <source>The file holds no rows. Nothing was imported.</source>
        <translation>El archivo no contiene filas. No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="695"/>
        <source>Nothing was imported. To import the file beside those lines all the same, add --new-order-ids.</source>
        <translation>No se ha importado nada. Para importar el archivo junto a esas líneas de todos modos, añada --new-order-ids.</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="772"/>
        <location filename="../core/import/Importer.cpp" line="782"/>
        <source>The rejected rows could not be saved: %1</source>
        <translation>No se han podido guardar las filas rechazadas: %1</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="775"/>
        <source>Column name</source>
        <translation>Nombre de columna</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="776"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../core/import/RowIdGuard.cpp" line="44"/>
        <source>No column of %1 is mapped to the order number, so its orders are numbered by their line in the file, and the workspace already holds %2 order lines from the source &quot;%3&quot;. StoreLens could not tell this file&apos;s orders from those: they would be counted twice or mixed up. Nothing was imported. Map the column that holds the order or receipt number (often &quot;ID&quot;, &quot;Order #&quot;, &quot;Receipt&quot; or &quot;Invoice number&quot;), or import the file as another source.</source>
        <translation>Ninguna columna de %1 está asignada al número de pedido, así que sus pedidos se numeran por su línea en el archivo, y el espacio de trabajo ya contiene %2 líneas de pedido de la fuente «%3». StoreLens no podría distinguir los pedidos de este archivo de esos: se contarían dos veces o se mezclarían. No se ha importado nada. Asigne la columna que contiene el número de pedido o de ticket (a menudo «ID», «N.º de pedido», «N.º de ticket» o «N.º de factura»), o importe el archivo como otra fuente.</translation>
    </message>
</context>
<context>
    <name>storelens::core::MappingSuggester</name>
    <message>
        <location filename="../core/import/MappingSuggester.cpp" line="588"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::OrderIdChange</name>
    <message>
        <location filename="../core/import/OrderIdChange.cpp" line="88"/>
        <source>This file&apos;s orders match none of the orders of &quot;%1&quot; already in the workspace by order ID, yet on %2 of the %3 days from %4 to %5 with lines of &quot;%1&quot; it holds about as many units and as much money: the same orders with IDs written another way (&quot;%6&quot; in the workspace, &quot;%7&quot; in the file; another order ID column, or a series joined to it?). Imported beside them, each order would count twice. If the file is a new export of those days, replace the source&apos;s lines on them: tick Replace on the Check page, or import with --replace on the command line.</source>
        <translation>Los pedidos de este archivo no coinciden por número con ningún pedido de «%1» que ya esté en el espacio de trabajo, pero en %2 de los %3 días del %4 al %5 con líneas de «%1» contiene más o menos las mismas unidades y el mismo dinero: los mismos pedidos con los números escritos de otra forma («%6» en el espacio de trabajo, «%7» en el archivo; ¿otra columna de número de pedido, o una serie unida a él?). Importado junto a ellos, cada pedido contaría dos veces. Si el archivo es una nueva exportación de esos días, sustituya las líneas del origen en esos días: marque Sustituir en el paso Comprobar, o importe con --replace en la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>storelens::core::OtherSource</name>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="88"/>
        <source>it holds none of the %1 orders of &quot;%2&quot; from %3 to %4</source>
        <translation>no contiene ninguno de los %1 pedidos de «%2» del %3 al %4</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="91"/>
        <source>it holds only %1 of the %2 orders of &quot;%3&quot; from %4 to %5</source>
        <translation>solo contiene %1 de los %2 pedidos de «%3» del %4 al %5</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="95"/>
        <source>, and most of its columns are not those of the earlier imports into &quot;%1&quot;</source>
        <translation>, y la mayoría de sus columnas no son las de las importaciones anteriores a «%1»</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="99"/>
        <source>This file seems to come from another till or shop than &quot;%1&quot;: %2%3. It is not a new export of those days, so none of their orders is removed. To keep its figures apart, import it as a source of its own, such as &quot;%4&quot;.</source>
        <translation>Este archivo parece venir de otra caja u otra tienda distinta de «%1»: %2%3. No es una nueva exportación de esos días, así que no se elimina ninguno de sus pedidos. Para mantener sus cifras aparte, impórtelo como una fuente propia, por ejemplo «%4».</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="107"/>
        <source>%1 was not imported: replace would remove the orders of &quot;%2&quot; from %3 to %4 that this file does not hold, yet it seems to come from another till or shop (it holds %5 of those %6 orders%7). Import it without --replace, best as a source of its own (--source &quot;%8&quot;); if it really is a new export of &quot;%2&quot;, add --replace-other-source.</source>
        <translation>%1 no se ha importado: reemplazar eliminaría los pedidos de «%2» del %3 al %4 que este archivo no contiene, pero parece venir de otra caja u otra tienda (contiene %5 de esos %6 pedidos%7). Impórtelo sin --replace, mejor como una fuente propia (--source «%8»); si de verdad es una nueva exportación de «%2», añada --replace-other-source.</translation>
    </message>
    <message>
        <location filename="../core/import/OtherSource.cpp" line="114"/>
        <source>; its columns differ from the earlier imports</source>
        <translation>; sus columnas difieren de las de las importaciones anteriores</translation>
    </message>
</context>
<context>
    <name>storelens::core::PlaceholderCustomer</name>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="24"/>
        <source>The customer with the most orders could not be read: %1</source>
        <translation>No se pudo leer el cliente con más pedidos: %1</translation>
    </message>
    <message>
        <location filename="../core/import/PlaceholderCustomer.cpp" line="33"/>
        <source>One customer, &quot;%1&quot;, holds %2 of the file&apos;s %3 orders (%4 %). A till that puts one placeholder id or e-mail address on every walk-in sale makes them one giant customer who distorts retention, RFM segments and lifetime value. If &quot;%1&quot; stands for no one, import their lines as guest sales.</source>
        <translation>Un cliente, «%1», tiene %2 de los %3 pedidos del archivo (%4 %). Una caja que pone el mismo identificador o correo electrónico de relleno en cada venta de mostrador lo convierte en un cliente gigante que distorsiona la retención, los segmentos RFM y el valor del cliente. Si «%1» no corresponde a nadie, importe sus líneas como ventas de invitados.</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProductNames</name>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="201"/>
        <source>1 product without a code has the name of a product with one (&quot;%1&quot; and %2), so they are counted as two products.</source>
        <translation>1 producto sin código tiene el nombre de un producto con código («%1» y %2), así que se cuentan como dos productos.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="204"/>
        <source>%1 products without a code have the name of a product with one (such as &quot;%2&quot; and %3), so each is counted as two products.</source>
        <translation>%1 productos sin código tienen el nombre de un producto con código (como «%2» y %3), así que cada uno se cuenta como dos productos.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="208"/>
        <source>To count a product without a code as the one product with a code of the same name, in this file and in the workspace, choose &quot;Count as One Product&quot; on the Check page, or import with --products-by-name on the command line.</source>
        <translation>Para contar un producto sin código como el único producto con código del mismo nombre, en este archivo y en el espacio de trabajo, elija «Contar como un solo producto» en el paso Comprobar, o importe con --products-by-name en la línea de órdenes.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="220"/>
        <source>1 product without a code (&quot;%1&quot;) has the name of several products with a code (%2): it is not counted as any of them.</source>
        <translation>1 producto sin código («%1») tiene el nombre de varios productos con código (%2): no se cuenta como ninguno de ellos.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="223"/>
        <source>%1 products without a code have the name of several products with a code (such as &quot;%2&quot;: %3): they are not counted as any of them.</source>
        <translation>%1 productos sin código tienen el nombre de varios productos con código (como «%2»: %3): no se cuentan como ninguno de ellos.</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="233"/>
        <source>1 product without a code is counted as the product with a code of the same name (&quot;%1&quot; as %2).</source>
        <translation>1 producto sin código se cuenta como el producto con código del mismo nombre («%1» como %2).</translation>
    </message>
    <message>
        <location filename="../core/import/ProductNames.cpp" line="236"/>
        <source>%1 products without a code are counted as the product with a code of the same name (such as &quot;%2&quot; as %3).</source>
        <translation>%1 productos sin código se cuentan como el producto con código del mismo nombre (por ejemplo, «%2» como %3).</translation>
    </message>
</context>
<context>
    <name>storelens::core::ProfileStore</name>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="21"/>
        <source>The saved import profiles could not be read or written: %1</source>
        <translation>No se han podido leer ni escribir los perfiles de importación guardados: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="22"/>
        <source>There is no import profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de importación llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="23"/>
        <source>An import profile needs a name.</source>
        <translation>Un perfil de importación necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="24"/>
        <source>An import profile named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un perfil de importación llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/ProfileStore.cpp" line="39"/>
        <source>The import profile &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el perfil de importación &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::RecordConverter</name>
    <message>
        <location filename="../core/import/RecordRow.h" line="95"/>
        <source>%1 is empty; it is required.</source>
        <translation>%1 está vacío; es obligatorio.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="135"/>
        <source>The month &quot;%1&quot; lies outside 1900-01 … 2100-12.</source>
        <translation>El mes &quot;%1&quot; está fuera de 1900-01 … 2100-12.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordRow.h" line="153"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; no es sí ni no.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="43"/>
        <source>The line amount %1 − discount %2 is beyond the range StoreLens computes exactly.</source>
        <translation>El importe de línea %1 − descuento %2 supera el rango que StoreLens calcula con exactitud.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="50"/>
        <source>Quantity %1 × unit cost %2 is beyond the range StoreLens computes exactly.</source>
        <translation>La cantidad %1 × coste unitario %2 supera el rango que StoreLens calcula con exactitud.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="109"/>
        <source>%1, line %2: the refund is of order %3, which the source &quot;%4&quot; does not hold. Import the orders export that holds it into that source first (or choose the source the orders went to), then this file again.</source>
        <translation>%1, línea %2: el reembolso es del pedido %3, que la fuente «%4» no contiene. Importe primero en esa fuente la exportación de pedidos que lo contiene (o elija la fuente a la que fueron los pedidos) y luego este archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="273"/>
        <source>The unit price</source>
        <translation>El precio unitario</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="280"/>
        <source>Quantity %1 × unit price %2 is beyond the range StoreLens computes exactly.</source>
        <translation>La cantidad %1 × precio unitario %2 supera el rango que StoreLens calcula con exactitud.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="296"/>
        <source>The line total</source>
        <translation>El total de línea</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="308"/>
        <source>The line total %1 before a discount rate of %2 is beyond the range StoreLens computes exactly.</source>
        <translation>El total de línea %1 antes de un porcentaje de descuento de %2 supera el rango que StoreLens calcula con exactitud.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="75"/>
        <source>Item %1 of the product details does not start with a key such as &quot;Product ID:&quot; or &quot;Product Qty:&quot;, so it cannot be read.</source>
        <translation>El artículo %1 de los detalles de productos no empieza con una clave como «Product ID:» o «Product Qty:», así que no se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="89"/>
        <source>Item %1 of the product details names &quot;%2&quot; twice.</source>
        <translation>El artículo %1 de los detalles de productos indica «%2» dos veces.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="123"/>
        <source>The product details list no item.</source>
        <translation>Los detalles de productos no incluyen ningún artículo.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="168"/>
        <source>Item %1 of the product details has no SKU and no name.</source>
        <translation>El artículo %1 de los detalles de productos no tiene SKU ni nombre.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="171"/>
        <source>Item %1 of the product details has no quantity above 0 (%2).</source>
        <translation>El artículo %1 de los detalles de productos no tiene una cantidad mayor que 0 (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="176"/>
        <source>Item %1 of the product details has no amount StoreLens can read (%2).</source>
        <translation>El artículo %1 de los detalles de productos no tiene un importe que StoreLens pueda leer (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterItems.cpp" line="212"/>
        <location filename="../core/import/RecordConverterOrders.cpp" line="325"/>
        <source>The unit price behind the line total %1 for quantity %2 is beyond the range StoreLens computes exactly.</source>
        <translation>El precio unitario que hay detrás del total de línea %1 para la cantidad %2 supera el rango que StoreLens calcula con exactitud.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="351"/>
        <source>The quantity is 0, but the line carries %1: a line that sells or returns nothing cannot carry money.</source>
        <translation>La cantidad es 0, pero la línea lleva %1: una línea que no vende ni devuelve nada no puede llevar importes.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="399"/>
        <source>The order ID</source>
        <translation>El ID de pedido</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="400"/>
        <source>The order date</source>
        <translation>La fecha del pedido</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="411"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>&quot;%1&quot; no es una hora del día.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="487"/>
        <source>The line names no SKU and no product.</source>
        <translation>La línea no indica ningún SKU ni ningún producto.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterOrders.cpp" line="493"/>
        <source>The quantity</source>
        <translation>La cantidad</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="16"/>
        <source>The customer ID</source>
        <translation>El ID de cliente</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="64"/>
        <location filename="../core/import/RecordConverterEntities.cpp" line="87"/>
        <source>The SKU</source>
        <translation>El SKU</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="85"/>
        <source>The snapshot date</source>
        <translation>La fecha de la instantánea</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="89"/>
        <source>The quantity on hand</source>
        <translation>Las existencias</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="108"/>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="111"/>
        <source>The number of visitors</source>
        <translation>El número de visitantes</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="117"/>
        <source>The number of visitors is negative.</source>
        <translation>El número de visitantes es negativo.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="135"/>
        <source>The month</source>
        <translation>El mes</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="137"/>
        <source>The headcount</source>
        <translation>El número de empleados</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="141"/>
        <source>The headcount is negative.</source>
        <translation>El número de empleados es negativo.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="159"/>
        <source>The day or month</source>
        <translation>El día o el mes</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverterEntities.cpp" line="161"/>
        <source>The amount</source>
        <translation>El importe</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="30"/>
        <source>No column is mapped to the required field(s): %1.</source>
        <translation>Ninguna columna está asignada a los campos obligatorios: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="35"/>
        <source>Map a unit price or a line total; a file without any prices imports when you confirm it (--no-prices, or &quot;The file has no prices&quot; in the import wizard).</source>
        <translation>Asigne un precio unitario o un total de línea; un archivo sin ningún precio se importa cuando usted lo confirma (--no-prices, o &quot;El archivo no tiene precios&quot; en el asistente de importación).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="55"/>
        <source>The file has no column &quot;%1&quot;, which the import profile maps to %2.</source>
        <translation>El archivo no tiene la columna &quot;%1&quot;, que el perfil de importación asigna a %2.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="171"/>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="172"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>columna %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="176"/>
        <source>The row has %1 fields; the mapped columns need %2, so it lacks %3.</source>
        <translation>La fila tiene %1 campos; las columnas asignadas necesitan %2, así que le faltan %3.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="262"/>
        <source>With this line the workspace&apos;s total amounts or quantities would leave the range StoreLens computes exactly (±99,999,999,999,999.9999).</source>
        <translation>Con esta línea, los importes o cantidades totales del espacio de trabajo saldrían del rango que StoreLens calcula con exactitud (±99.999.999.999.999,9999).</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="278"/>
        <source>The field holds a NUL byte (0x00): the file may be binary or in another encoding.</source>
        <translation>El campo contiene un byte NUL (0x00): puede que el archivo sea binario o esté en otra codificación.</translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="281"/>
        <source>The field holds bytes that are not valid %1 (shown as �): the line may be in another encoding. Fix it, or choose the file&apos;s encoding.</source>
        <translation>El campo contiene bytes que no son %1 válido (se muestran como �): puede que la línea esté en otra codificación. Corríjala o elija la codificación del archivo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleStore</name>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="161"/>
        <source>Creating the sample store was cancelled.</source>
        <translation>Se ha cancelado la creación de la tienda de ejemplo.</translation>
    </message>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="546"/>
        <source>The sample store needs at least one year, a valid last day, no negative customer count and an order scale above zero.</source>
        <translation>La tienda de ejemplo necesita al menos un año, un último día válido, un número de clientes no negativo y una escala de pedidos mayor que cero.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleWorkspace</name>
    <message>
        <location filename="../core/sample/SampleWorkspace.cpp" line="42"/>
        <source>The workspace already holds order lines; the sample store goes into a new workspace.</source>
        <translation>El espacio de trabajo ya contiene líneas de pedido; la tienda de ejemplo va en un espacio de trabajo nuevo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Schema</name>
    <message>
        <location filename="../core/store/Schema.cpp" line="141"/>
        <source>The workspace could not be upgraded: %1</source>
        <translation>No se ha podido actualizar el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Schema.cpp" line="161"/>
        <source>The workspace was written by a newer StoreLens (schema %1; this version reads up to %2).</source>
        <translation>El espacio de trabajo se creó con una versión más reciente de StoreLens (esquema %1; esta versión lee hasta el %2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNames</name>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="17"/>
        <source>Default</source>
        <comment>a source: lines imported without a name</comment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="18"/>
        <source>Web shop</source>
        <comment>a source: the web shop&apos;s orders</comment>
        <translation>Tienda online</translation>
    </message>
    <message>
        <location filename="../core/model/SourceNames.cpp" line="19"/>
        <source>Till</source>
        <comment>a source: the till&apos;s (POS) sales</comment>
        <translation>Caja</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceNotes</name>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="28"/>
        <source>The workspace&apos;s import history could not be read: %1</source>
        <translation>No se pudo leer el historial de importaciones del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="99"/>
        <source>The sales are read from &quot;%1&quot;, with VAT: gross and net sales include the VAT. Map a price or total without VAT instead to see sales without it.</source>
        <translation>Las ventas se leen de «%1», con IVA: las ventas brutas y netas incluyen el IVA. Asigne en su lugar un precio o un total sin IVA para ver las ventas sin él.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="108"/>
        <source>&quot;%1&quot; is after discounts and no column names them: discounts are unknown, and gross sales equal net sales before returns.</source>
        <translation>«%1» es después de descuentos y ninguna columna los indica: los descuentos son desconocidos y las ventas brutas equivalen a las netas antes de devoluciones.</translation>
    </message>
    <message>
        <location filename="../core/import/SourceNotes.cpp" line="157"/>
        <source>Earlier imports into &quot;%1&quot; read fields this file has no column for: %2. Its orders go without them. If the file is another export of the same system, import it with the earlier files&apos; settings (their saved profile); if it comes from elsewhere, import it as a source of its own.</source>
        <translation>Las importaciones anteriores en «%1» leían campos para los que este archivo no tiene columna: %2. Sus pedidos quedan sin ellos. Si el archivo es otra exportación del mismo sistema, impórtelo con la configuración de los archivos anteriores (su perfil guardado); si viene de otro lugar, impórtelo como una fuente propia.</translation>
    </message>
</context>
<context>
    <name>storelens::core::SourceWarnings</name>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="37"/>
        <source>&quot;%1&quot; exports order totals with tax and shipping: its net sales include the shipping its orders charged.</source>
        <translation>«%1» exporta totales de pedido con impuestos y envío: sus ventas netas incluyen el envío cobrado.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="42"/>
        <source>&quot;%1&quot; exports do not say which orders were cancelled or refunded: they count as sales, and its returns are missing.</source>
        <translation>Las exportaciones de «%1» no dicen qué pedidos se cancelaron o reembolsaron: cuentan como ventas y faltan sus devoluciones.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="47"/>
        <source>&quot;%1&quot; exports totals after discounts without the discounts: its discounts are unknown.</source>
        <translation>«%1» exporta totales después de descuentos sin los descuentos: sus descuentos son desconocidos.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="51"/>
        <source>&quot;%1&quot; exports name no customer for sure: its orders are guest sales, left out of customer figures.</source>
        <translation>Las exportaciones de «%1» no identifican a ningún cliente con certeza: sus pedidos son ventas de invitados, fuera de las cifras de clientes.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="55"/>
        <source>&quot;%1&quot; exports each order&apos;s coupon but not its amount: its discounts are unknown, and its net sales hold what the coupons took off.</source>
        <translation>«%1» exporta el cupón de cada pedido pero no su importe: sus descuentos se desconocen, y sus ventas netas incluyen lo que descontaron los cupones.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="60"/>
        <source>&quot;%1&quot; exports no coupon amounts, and not every one could be worked out from its orders&apos; totals: its discounts leave those out, and its net sales hold what their coupons took off.</source>
        <translation>«%1» no exporta importes de cupones, y no todos se pudieron calcular a partir de los totales de sus pedidos: sus descuentos dejan fuera esos, y sus ventas netas incluyen lo que descontaron sus cupones.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="66"/>
        <source>&quot;%1&quot; exports prices with the tax (VAT) inside and no price without it: its gross and net sales include the tax.</source>
        <translation>«%1» exporta precios con el impuesto (IVA) incluido y ningún precio sin él: sus ventas brutas y netas incluyen el impuesto.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="70"/>
        <source>The prices of &quot;%1&quot; include VAT: its gross and net sales include the VAT.</source>
        <translation>Los precios de «%1» incluyen el IVA: sus ventas brutas y netas incluyen el IVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="74"/>
        <source>&quot;%1&quot; exports each line&apos;s cost, not a unit cost: its costs are left out, and its sales have no gross margin.</source>
        <translation>«%1» exporta el coste de cada línea, no un coste unitario: sus costes se dejan fuera y sus ventas no tienen margen bruto.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="80"/>
        <source>&quot;%1&quot; exports name no products: its orders count as one unit of a stand-in product.</source>
        <translation>Las exportaciones de «%1» no nombran productos: cada pedido cuenta como una unidad de un producto sustituto.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="91"/>
        <source>Every source&apos;s prices include VAT: gross and net sales include the VAT.</source>
        <translation>Los precios de todas las fuentes incluyen el IVA: las ventas brutas y netas incluyen el IVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="95"/>
        <source>&quot;%1&quot;</source>
        <comment>a source&apos;s name quoted in a list</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="96"/>
        <source>The prices of %1 include VAT: their gross and net sales include the VAT.</source>
        <translation>Los precios de %1 incluyen el IVA: sus ventas brutas y netas incluyen el IVA.</translation>
    </message>
    <message>
        <location filename="../core/session/SourceWarnings.cpp" line="133"/>
        <source>&quot;%1&quot; has no data after %2, while the workspace&apos;s data runs to %3: figures after %2 leave it out. Import its newer export to compare like with like.</source>
        <translation>«%1» no tiene datos después del %2, mientras que los datos del espacio de trabajo llegan al %3: las cifras posteriores al %2 la dejan fuera. Importe su exportación más reciente para comparar lo comparable.</translation>
    </message>
</context>
<context>
    <name>storelens::core::TaskControl</name>
    <message>
        <location filename="../core/session/TaskControl.cpp" line="44"/>
        <source>The computation was cancelled.</source>
        <translation>Se ha cancelado el cálculo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::UnreadMoney</name>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="116"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2), but the sales are read from &quot;%3&quot;. If &quot;%3&quot; includes the tax, map &quot;%1&quot; as %4 for sales without it.</source>
        <translation>La columna «%1» contiene importes sin IVA ni impuesto sobre ventas (por ejemplo %2), pero las ventas se leen de «%3». Si «%3» incluye el impuesto, asigne «%1» como %4 para obtener las ventas sin él.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="102"/>
        <source>%1 on line %2</source>
        <translation>%1 en la línea %2</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="110"/>
        <source>Column &quot;%1&quot; holds amounts without VAT or sales tax (for example %2); the sales are read from &quot;%3&quot;, which includes the tax. To see sales without it, map &quot;%1&quot; as %4.</source>
        <translation>La columna «%1» contiene importes sin IVA ni impuesto sobre ventas (por ejemplo %2); las ventas se leen de «%3», que incluye el impuesto. Para ver las ventas sin él, asigne «%1» como %4.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="124"/>
        <source>Column &quot;%1&quot; holds money (for example %2) but is not read.</source>
        <translation>La columna «%1» contiene importes (por ejemplo %2), pero no se lee.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="133"/>
        <source>A gift voucher or card paid with is a payment, not a discount: then leave it unread. Map it as %1 only if it is a discount.</source>
        <translation>Un vale o una tarjeta regalo con que se paga es un pago, no un descuento: entonces deje la columna sin leer. Asígnela como %1 solo si es un descuento.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="139"/>
        <source>Map it as %1 if it is the order&apos;s discount.</source>
        <translation>Asígnela como %1 si es el descuento del pedido.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="144"/>
        <source>Map it as %1 if it is each line&apos;s discount.</source>
        <translation>Asígnela como %1 si es el descuento de cada línea.</translation>
    </message>
    <message>
        <location filename="../core/import/UnreadMoney.cpp" line="148"/>
        <source>Map it as %1 if it is the money refunded on the order.</source>
        <translation>Asígnela como %1 si es el importe reembolsado del pedido.</translation>
    </message>
</context>
<context>
    <name>storelens::core::WebShopEvidence</name>
    <message>
        <location filename="../core/import/WebShopEvidence.cpp" line="123"/>
        <source>The file looks like a web shop&apos;s order export (it has the columns %1: shipping, with an order&apos;s fulfilment, payment or billing or where it is sent): its lines go to the source &quot;%2&quot; and the channel &quot;%3&quot;.</source>
        <translation>El archivo parece la exportación de pedidos de una tienda online (tiene las columnas %1: envío, con la preparación, el pago o la facturación de un pedido o su destino): sus líneas van a la fuente «%2» y al canal «%3».</translation>
    </message>
</context>
<context>
    <name>storelens::core::WixCoupons</name>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="61"/>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/WixCoupons.cpp" line="62"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="315"/>
        <source>Coupon amounts worked out from each order&apos;s Total (no order charged tax): %1, %2 in all.</source>
        <translation>Importes de los cupones calculados a partir del «Total» de cada pedido (ningún pedido con impuestos): %1, %2 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="318"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices exclude tax): %1, %2 in all.</source>
        <translation>Importes de los cupones calculados a partir del «Total» de cada pedido (precios sin impuestos): %1, %2 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="320"/>
        <source>Coupon amounts worked out from each order&apos;s Total (prices include tax): %1, %2 in all.</source>
        <translation>Importes de los cupones calculados a partir del «Total» de cada pedido (precios con impuestos): %1, %2 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="326"/>
        <source>%1: no coupon amount could be worked out, because no order without a coupon shows whether Total includes tax.</source>
        <translation>%1: no se pudo calcular ningún importe de cupón, porque ningún pedido sin cupón muestra si «Total» incluye los impuestos.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="330"/>
        <source>%1: no coupon amount could be worked out, because order %2, without a coupon, adds up to its Total neither with its tax nor without it, so the file does not show whether Total includes tax.</source>
        <translation>%1: no se pudo calcular ningún importe de cupón, porque el pedido %2, sin cupón, no suma su «Total» ni con sus impuestos ni sin ellos, así que el archivo no muestra si «Total» incluye los impuestos.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="335"/>
        <source>%1: no coupon amount could be worked out, because the orders without a coupon disagree on whether Total includes tax: order %2&apos;s includes its tax, order %3&apos;s does not.</source>
        <translation>%1: no se pudo calcular ningún importe de cupón, porque los pedidos sin cupón no coinciden en si «Total» incluye los impuestos: el del pedido %2 los incluye, el del pedido %3 no.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="342"/>
        <source>%1: for %2 the coupon amount worked out from the Total is below 0 or above the order&apos;s items: it does not fit and is left out.</source>
        <translation>%1: en %2, el importe del cupón calculado a partir de «Total» es menor que 0 o mayor que los artículos del pedido: no encaja y se deja fuera.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="347"/>
        <source>%1: %2 paid in part with a gift card, and no order without a coupon shows whether Total includes what a gift card paid: their coupon amounts are not worked out.</source>
        <translation>%1: %2: pagado en parte con tarjeta regalo, y ningún pedido sin cupón muestra si «Total» incluye lo que pagó una tarjeta regalo: sus importes de cupón no se calculan.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="353"/>
        <source>%1: %2 charged tax while the orders without a coupon charged none, so the file does not show whether Total includes tax: their coupon amounts are not worked out.</source>
        <translation>%1: %2: con impuestos, mientras que los pedidos sin cupón no tenían ninguno, así que el archivo no muestra si «Total» incluye los impuestos: sus importes de cupón no se calculan.</translation>
    </message>
    <message>
        <location filename="../core/import/WixCoupons.cpp" line="358"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): their coupon amounts are not worked out.</source>
        <translation>%1: las filas de %2 no se leen como un solo pedido (una fila rechazada o separada de las demás, o importes que difieren entre sus filas): sus importes de cupón no se calculan.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="80"/>
        <source>Coupon amounts worked out as each order&apos;s items less its Order Subtotal (the export names no coupon): %1, %2 in all.</source>
        <translation>Importes de los cupones calculados como los artículos de cada pedido menos su «Order Subtotal» (la exportación no nombra ningún cupón): %1, %2 en total.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="84"/>
        <source>%1: for %2 the Order Subtotal is above the sum of the order&apos;s items, or the items are below 0: no coupon fits, and their lines keep the items&apos; amounts.</source>
        <translation>%1: en %2, el «Order Subtotal» supera la suma de los artículos del pedido, o los artículos están por debajo de 0: ningún cupón encaja, y sus líneas conservan los importes de los artículos.</translation>
    </message>
    <message>
        <location filename="../core/import/SquareOnlineCoupons.cpp" line="89"/>
        <source>%1: the rows of %2 do not read as one order (a row rejected or apart from the others, or figures that differ between its rows): whether they had a coupon, and its amount, is not worked out.</source>
        <translation>%1: las filas de %2 no se leen como un solo pedido (una fila rechazada o separada de las demás, o importes que difieren entre sus filas): no se calcula si tenían un cupón ni su importe.</translation>
    </message>
</context>
<context>
    <name>storelens::core::Workspace</name>
    <message>
        <location filename="../core/store/Workspace.cpp" line="35"/>
        <source>The file is not a StoreLens workspace (%1); it was left as it is.</source>
        <translation>El archivo no es un espacio de trabajo de StoreLens (%1); se ha dejado como estaba.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="46"/>
        <source>The workspace cannot be opened: %1</source>
        <translation>No se puede abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="48"/>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="73"/>
        <source>another program&apos;s database</source>
        <translation>la base de datos de otro programa</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>The workspace does not exist.</source>
        <translation>El espacio de trabajo no existe.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="85"/>
        <source>The path is not a file.</source>
        <translation>La ruta no es un archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="90"/>
        <source>The folder %1 does not exist; create it first or choose another place.</source>
        <translation>La carpeta %1 no existe; créela primero o elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="123"/>
        <source>The workspace could not be opened: %1</source>
        <translation>No se ha podido abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="141"/>
        <source>The file is not a StoreLens workspace: %1</source>
        <translation>El archivo no es un espacio de trabajo de StoreLens: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="182"/>
        <source>A setting could not be saved: %1</source>
        <translation>No se ha podido guardar un ajuste: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceSummary</name>
    <message>
        <location filename="../core/store/WorkspaceSummary.cpp" line="44"/>
        <location filename="../core/store/WorkspaceSummary.cpp" line="74"/>
        <source>The workspace could not be read: %1</source>
        <translation>No se ha podido leer el espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceWriter</name>
    <message>
        <location filename="../core/store/WorkspaceWriterStatements.h" line="112"/>
        <source>The connection is not an SQLite connection.</source>
        <translation>La conexión no es una conexión SQLite.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceWriter.cpp" line="153"/>
        <source>The workspace could not be written: %1</source>
        <translation>No se ha podido escribir en el espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::CustomerLinks</name>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="52"/>
        <source>No sale in this workspace names a customer (guest sales only), so there are no customers to show here.</source>
        <translation>Ninguna venta de este espacio de trabajo nombra a un cliente (solo ventas sin cuenta de cliente), así que aquí no hay clientes que mostrar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="57"/>
        <source>%Ln customer(s) imported from a customers file: no order names any of them.</source>
        <translation>
            <numerusform>%Ln cliente importado de un archivo de clientes: ningún pedido lo nombra.</numerusform>
            <numerusform>%Ln clientes importados de un archivo de clientes: ningún pedido nombra a ninguno de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/customers/CustomerLinks.cpp" line="61"/>
        <source>Import an orders export that names each order&apos;s customer (a customer number or an e-mail address); a name such as &quot;A. Fabre&quot; cannot tell customers apart. Widening the dates or clearing filters will not help.</source>
        <translation>Importe una exportación de pedidos que nombre al cliente de cada pedido (un número de cliente o una dirección de correo electrónico); un nombre como «A. Fabre» no distingue a los clientes. Ampliar las fechas o quitar filtros no servirá de nada.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Glossary</name>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="19"/>
        <source>AOV</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>AOV</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="20"/>
        <source>average order value: what an order brings in on average</source>
        <translation>ticket medio (average order value): lo que aporta un pedido de media</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="21"/>
        <source>AUR</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>AUR</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="22"/>
        <source>average unit retail: the average price a unit sold for</source>
        <translation>precio medio por unidad (average unit retail): el precio medio al que se vendió una unidad</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="23"/>
        <source>UPT</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>UPT</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="24"/>
        <source>units per transaction: how many items an order holds on average</source>
        <translation>unidades por ticket (units per transaction): cuántos artículos contiene un pedido de media</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="25"/>
        <source>COGS</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>COGS</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="26"/>
        <source>cost of goods sold: what the goods you sold cost you</source>
        <translation>coste de la mercancía vendida (cost of goods sold): lo que le costaron los productos que vendió</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="27"/>
        <source>GMROI</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>GMROI</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="28"/>
        <source>gross margin return on inventory investment: the gross margin earned for each unit of money held in stock at cost</source>
        <translation>rentabilidad del margen bruto sobre la inversión en inventario (gross margin return on inventory investment): el margen bruto obtenido por cada unidad de dinero invertida en existencias a coste</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="31"/>
        <source>CAC</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="32"/>
        <source>customer acquisition cost: marketing spend for each new customer</source>
        <translation>coste de captación de clientes (customer acquisition cost): gasto de marketing por cada cliente nuevo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="33"/>
        <source>CLV</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="34"/>
        <source>customer lifetime value: what a customer spends with you over time</source>
        <translation>valor de vida del cliente (customer lifetime value): lo que un cliente gasta con usted a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="35"/>
        <source>APV</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>APV</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="36"/>
        <source>average purchase value: what a purchase brings in on average</source>
        <translation>valor medio de compra (average purchase value): lo que aporta una compra de media</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="37"/>
        <source>RFM</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="38"/>
        <source>recency, frequency, monetary value: how recently, how often and how much a customer bought</source>
        <translation>recencia, frecuencia, valor monetario (recency, frequency, monetary value): lo reciente de la última compra, con qué frecuencia y cuánto compró un cliente</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="40"/>
        <source>pp</source>
        <comment>abbreviation: the letters the translated labels and formulas use</comment>
        <translation>p. p.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="41"/>
        <source>percentage points: the difference between two percentages (from 20 % to 25 % is +5 pp)</source>
        <translation>puntos porcentuales: la diferencia entre dos porcentajes (de 20 % a 25 % son +5 p. p.)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="43"/>
        <source>G</source>
        <comment>formula letter for gross sales: the letters the translated labels and formulas use</comment>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="45"/>
        <source>gross sales</source>
        <translation>ventas brutas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="46"/>
        <source>D</source>
        <comment>formula letter for discounts: the letters the translated labels and formulas use</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="48"/>
        <source>discounts</source>
        <translation>descuentos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="49"/>
        <source>R</source>
        <comment>formula letter for returns: the letters the translated labels and formulas use</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="51"/>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="52"/>
        <source>O</source>
        <comment>formula letter for orders: the letters the translated labels and formulas use</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="54"/>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="55"/>
        <source>C</source>
        <comment>formula letter for buying customers: the letters the translated labels and formulas use</comment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="57"/>
        <source>buying customers</source>
        <translation>clientes compradores</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="58"/>
        <source>S</source>
        <comment>formula letter for customers at the start: the letters the translated labels and formulas use</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="61"/>
        <source>customers at the start: those who bought in the activity window before the period</source>
        <translation>clientes al inicio: los que compraron en la ventana de actividad anterior al periodo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="63"/>
        <source>E</source>
        <comment>formula letter for customers at the end: the letters the translated labels and formulas use</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="66"/>
        <source>customers at the end: those who bought in the activity window ending on the period&apos;s last day</source>
        <translation>clientes al final: los que compraron en la ventana de actividad que termina el último día del periodo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="69"/>
        <source>N</source>
        <comment>formula letter for new customers: the letters the translated labels and formulas use</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="71"/>
        <source>new customers: those whose first purchase falls in the period</source>
        <translation>clientes nuevos: aquellos cuya primera compra cae en el periodo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="72"/>
        <source>W</source>
        <comment>formula letter for the activity window: the letters the translated labels and formulas use</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="75"/>
        <source>the activity window in days (365 unless set otherwise)</source>
        <translation>la ventana de actividad en días (365 salvo que se indique otra cosa)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="76"/>
        <source>F</source>
        <comment>formula letter for purchases per year: the letters the translated labels and formulas use</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="79"/>
        <source>purchases per year</source>
        <translation>compras al año</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="80"/>
        <source>L</source>
        <comment>formula letter for the expected lifespan: the letters the translated labels and formulas use</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="83"/>
        <source>expected lifespan in years</source>
        <translation>permanencia esperada en años</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/Glossary.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiEngine</name>
    <message numerus="yes">
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="44"/>
        <source>This estimate scales %n day(s) of purchases up to a year, so a few busy or quiet days move it a lot.</source>
        <translation>
            <numerusform>Esta estimación extrapola %n día de compras a un año, así que unos pocos días fuertes o flojos la mueven mucho.</numerusform>
            <numerusform>Esta estimación extrapola %n días de compras a un año, así que unos pocos días fuertes o flojos la mueven mucho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="48"/>
        <source>Its lifespan rests on the churn of only %n customer(s), so read it as a rough guide.</source>
        <translation>
            <numerusform>Su vida media se basa en la pérdida de solo %n cliente; tómela como una guía aproximada.</numerusform>
            <numerusform>Su vida media se basa en la pérdida de solo %n clientes; tómela como una guía aproximada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="91"/>
        <source>All %1 customers who bought in this period bought for the first time in it, so none is returning.</source>
        <translation>Los %1 clientes que compraron en este periodo compraron en él por primera vez, así que ninguno es recurrente.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="111"/>
        <source>No customer bought in the activity window before the period, so there is no one to retain.</source>
        <translation>Ningún cliente compró en la ventana de actividad anterior al periodo, así que no hay nadie a quien retener.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="123"/>
        <source>Above 100 %: the formula (E − N) ÷ S also counts the %1 reactivated customers, who had lapsed and came back; %2 of the %3 customers at the start were kept.</source>
        <translation>Por encima del 100 %: la fórmula (E − N) ÷ S también cuenta los %1 clientes reactivados, que habían quedado inactivos y volvieron; se mantuvieron %2 de los %3 clientes del inicio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="149"/>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="195"/>
        <source>No customer was acquired in the period.</source>
        <translation>No se captó ningún cliente en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="163"/>
        <source>No one was a customer at the start of the year ending with the period, so there is no churn rate to estimate a lifespan from.</source>
        <translation>Nadie era cliente al comienzo del año que termina con el periodo, así que no hay tasa de abandono a partir de la cual estimar una permanencia.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="168"/>
        <source>The churn rate of the year ending with the period is 0, so no lifespan can be estimated.</source>
        <translation>La tasa de abandono del año que termina con el periodo es 0, así que no se puede estimar ninguna permanencia.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="187"/>
        <source>There is no marketing spend in the period; import marketing spend to see it.</source>
        <translation>No hay gasto de marketing en el periodo; importe el gasto de marketing para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/CustomerKpis.cpp" line="205"/>
        <source>The customer acquisition cost of the period is 0.</source>
        <translation>El coste de captación de clientes del periodo es 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="21"/>
        <source>There are no orders in the period.</source>
        <translation>No hay pedidos en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="26"/>
        <source>There are no sales in the period.</source>
        <translation>No hay ventas en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="31"/>
        <source>There are no identified customers in the period; import order lines with customer ids to see it.</source>
        <translation>No hay clientes identificados en el periodo; importe líneas de pedido con ID de cliente para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="128"/>
        <source>No prices imported: the order lines of this period have no amounts.</source>
        <translation>No se importaron precios: las líneas de pedido de este periodo no tienen importes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="130"/>
        <source>%1 of the period&apos;s %2 order lines have no prices imported; this figure leaves them out.</source>
        <translation>%1 de las %2 líneas de pedido del periodo no tienen precios importados; esta cifra las excluye.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="327"/>
        <source>The computation was cancelled.</source>
        <translation>Se ha cancelado el cálculo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="331"/>
        <source>The workspace holds no order lines yet; import orders to see the figures.</source>
        <translation>El espacio de trabajo aún no contiene líneas de pedido; importe pedidos para ver las cifras.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="335"/>
        <source>The activity window must be at least one day.</source>
        <translation>La ventana de actividad debe ser de al menos un día.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiEngine.cpp" line="405"/>
        <source>No comparison was asked for.</source>
        <translation>No se ha pedido ninguna comparación.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="125"/>
        <source>No line in the period has a unit cost; import order lines with unit costs to see it.</source>
        <translation>Ninguna línea del periodo tiene coste unitario; importe líneas de pedido con costes unitarios para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="130"/>
        <source>Costs are known for only %1 % of gross sales, so the margin is overstated.</source>
        <translation>Solo se conocen los costes del %1 % de las ventas brutas, así que el margen está sobrestimado.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="160"/>
        <source>The same period one year earlier has no order lines.</source>
        <translation>El mismo periodo del año anterior no tiene líneas de pedido.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="161"/>
        <source>The net sales of the same period one year earlier are 0.</source>
        <translation>Las ventas netas del mismo periodo del año anterior son 0.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="180"/>
        <source>There is no staffing for the period; import staffing (headcount per store and month) to see it.</source>
        <translation>No hay datos de personal para el periodo; importe el personal (plantilla por tienda y mes) para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="184"/>
        <source>The staffing of the period has a headcount of 0.</source>
        <translation>Los datos de personal del periodo suman 0 empleados.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="197"/>
        <source>The selected sales come from stores without visitor counts in the period.</source>
        <translation>Las ventas seleccionadas proceden de tiendas sin recuento de visitantes en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="198"/>
        <source>There is no store traffic for the period; import traffic (visitors per store and day) to see it.</source>
        <translation>No hay tráfico de tienda para el periodo; importe el tráfico (visitantes por tienda y día) para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="203"/>
        <source>The traffic of the period counts no visitors.</source>
        <translation>El tráfico del periodo no registra visitantes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="212"/>
        <source>There is no inventory snapshot with costs in the period; import inventory to see it.</source>
        <translation>No hay ninguna instantánea de inventario con costes en el periodo; importe el inventario para verlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/SalesKpis.cpp" line="220"/>
        <source>The average inventory value of the period is 0.</source>
        <translation>El valor medio del inventario del periodo es 0.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiResult</name>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="48"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="50"/>
        <source>Cost and margin</source>
        <translation>Coste y margen</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="52"/>
        <source>Growth and productivity</source>
        <translation>Crecimiento y productividad</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="55"/>
        <source>Acquisition</source>
        <translation>Captación</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.cpp" line="57"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="92"/>
        <source>Gross sales</source>
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="93"/>
        <source>Quantity times unit price, summed over the sale lines of the period.</source>
        <translation>Cantidad multiplicada por el precio unitario, sumada en las líneas de venta del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="94"/>
        <source>G = Σ quantity × unit price</source>
        <translation>G = Σ cantidad × precio unitario</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="96"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="97"/>
        <source>Line discounts summed over the sale lines of the period.</source>
        <translation>Descuentos de línea sumados en las líneas de venta del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="98"/>
        <source>D = Σ discount</source>
        <translation>D = Σ descuento</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="100"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="101"/>
        <source>The amount of the return lines of the period, as a positive number.</source>
        <translation>El importe de las líneas de devolución del periodo, como número positivo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="102"/>
        <source>R = −Σ line amount of return lines</source>
        <translation>R = −Σ importe de las líneas de devolución</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="104"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="106"/>
        <source>G − D − R</source>
        <translation>G − D − R</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="108"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="109"/>
        <source>Distinct orders with at least one sale line in the period; an order with only returns is not counted.</source>
        <translation>Pedidos distintos con al menos una línea de venta en el periodo; un pedido solo con devoluciones no se cuenta.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="110"/>
        <source>O = distinct orders with a sale line</source>
        <translation>O = pedidos distintos con una línea de venta</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="112"/>
        <source>Average order value</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="113"/>
        <source>Gross sales minus discounts, divided by the number of orders.</source>
        <translation>Ventas brutas menos descuentos, divididas entre el número de pedidos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="114"/>
        <source>(G − D) ÷ orders</source>
        <translation>(G − D) ÷ pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="116"/>
        <source>Units per transaction</source>
        <translation>Unidades por ticket</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="117"/>
        <source>Units sold on sale lines divided by the number of orders.</source>
        <translation>Unidades vendidas en líneas de venta divididas entre el número de pedidos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="118"/>
        <source>units ÷ orders</source>
        <translation>unidades ÷ pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="120"/>
        <source>Average unit retail</source>
        <translation>Precio medio por unidad</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="121"/>
        <source>Gross sales minus discounts, divided by the units sold on sale lines: the average price of a unit after discounts.</source>
        <translation>Ventas brutas menos descuentos, divididas entre las unidades vendidas en líneas de venta: el precio medio de una unidad después de descuentos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="122"/>
        <source>(G − D) ÷ units</source>
        <translation>(G − D) ÷ unidades</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="124"/>
        <source>Return rate</source>
        <translation>Tasa de devolución</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="125"/>
        <source>Returns divided by gross sales.</source>
        <translation>Devoluciones divididas entre ventas brutas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="126"/>
        <source>R ÷ G</source>
        <translation>R ÷ G</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="128"/>
        <source>Guest share</source>
        <translation>Proporción de ventas anónimas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="129"/>
        <source>The share of sales after discounts made without a customer id.</source>
        <translation>La proporción de las ventas después de descuentos realizadas sin ID de cliente.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="130"/>
        <source>guest sales ÷ (G − D)</source>
        <translation>ventas anónimas ÷ (G − D)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="132"/>
        <source>Cost of goods sold</source>
        <translation>Coste de la mercancía vendida</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="133"/>
        <source>Quantity times unit cost over the lines with a known cost; returns reduce it.</source>
        <translation>Cantidad multiplicada por el coste unitario en las líneas con coste conocido; las devoluciones lo reducen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="134"/>
        <source>COGS = Σ quantity × unit cost</source>
        <translation>COGS = Σ cantidad × coste unitario</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="136"/>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="137"/>
        <source>Net sales minus the cost of goods sold.</source>
        <translation>Ventas netas menos el coste de la mercancía vendida.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="140"/>
        <source>Cost coverage</source>
        <translation>Cobertura de costes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="141"/>
        <source>The share of gross sales on sale lines whose cost is known.</source>
        <translation>La proporción de las ventas brutas en líneas de venta cuyo coste se conoce.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="142"/>
        <source>G of lines with a known cost ÷ G</source>
        <translation>G de las líneas con coste conocido ÷ G</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="144"/>
        <source>Gross margin %</source>
        <translation>Margen bruto %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="145"/>
        <source>Gross margin divided by net sales.</source>
        <translation>Margen bruto dividido entre ventas netas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="148"/>
        <source>Year-over-year growth</source>
        <translation>Crecimiento interanual</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="149"/>
        <source>Net sales minus the net sales of the same period one year earlier.</source>
        <translation>Ventas netas menos las ventas netas del mismo periodo del año anterior.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="152"/>
        <source>Year-over-year growth %</source>
        <translation>Crecimiento interanual %</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="153"/>
        <source>Year-over-year growth divided by the absolute net sales of the same period one year earlier.</source>
        <translation>Crecimiento interanual dividido entre el valor absoluto de las ventas netas del mismo periodo del año anterior.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="156"/>
        <source>Sales per employee</source>
        <translation>Ventas por empleado</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="157"/>
        <source>Net sales divided by the average headcount of the months that overlap the period, summed over the stores.</source>
        <translation>Ventas netas divididas entre la plantilla media de los meses que se solapan con el periodo, sumada para todas las tiendas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="160"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="161"/>
        <source>Orders divided by visitors, over the stores and days that have traffic counts.</source>
        <translation>Pedidos divididos entre visitantes, en las tiendas y días que tienen recuento de tráfico.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="162"/>
        <source>orders ÷ visitors</source>
        <translation>pedidos ÷ visitantes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="164"/>
        <source>Inventory turnover</source>
        <translation>Rotación de inventario</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="165"/>
        <source>Cost of goods sold divided by the average inventory value at cost (cost on both sides).</source>
        <translation>Coste de la mercancía vendida dividido entre el valor medio del inventario a coste (a coste en ambos términos).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="166"/>
        <source>COGS ÷ average inventory at cost</source>
        <translation>COGS ÷ inventario medio a coste</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="168"/>
        <source>GMROI</source>
        <translation>GMROI</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="169"/>
        <source>Gross margin divided by the average inventory value at cost.</source>
        <translation>Margen bruto dividido entre el valor medio del inventario a coste.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="170"/>
        <source>gross margin ÷ average inventory at cost</source>
        <translation>margen bruto ÷ inventario medio a coste</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="172"/>
        <source>Customer acquisition cost</source>
        <translation>Coste de captación de clientes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="173"/>
        <source>Marketing spend in the period divided by the new customers of the period.</source>
        <translation>Gasto de marketing del periodo dividido entre los clientes nuevos del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="174"/>
        <source>marketing spend ÷ new customers</source>
        <translation>gasto de marketing ÷ clientes nuevos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="176"/>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="177"/>
        <source>The average historical lifetime value of the customers acquired in the period divided by the acquisition cost.</source>
        <translation>El valor de vida histórico medio de los clientes captados en el periodo dividido entre el coste de captación.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="178"/>
        <source>historical CLV ÷ CAC</source>
        <translation>CLV histórico ÷ CAC</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="180"/>
        <source>Buying customers</source>
        <translation>Clientes compradores</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="189"/>
        <source>Buying customers who had bought before the period.</source>
        <translation>Clientes compradores que ya habían comprado antes del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="193"/>
        <source>Orders of identified customers divided by the buying customers.</source>
        <translation>Pedidos de clientes identificados divididos entre los clientes compradores.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="197"/>
        <source>The share of buying customers with two or more orders in the period.</source>
        <translation>La proporción de clientes compradores con dos o más pedidos en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="181"/>
        <source>Identified customers with at least one sale line in the period.</source>
        <translation>Clientes identificados con al menos una línea de venta en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="105"/>
        <source>Gross sales minus discounts minus returns: the line amounts of all lines of the period, as the exports write them (with VAT where their prices include it; shipping is not sales).</source>
        <translation>Ventas brutas menos descuentos menos devoluciones: los importes de todas las líneas del periodo, tal como los escriben las exportaciones (con IVA cuando sus precios lo incluyen; el envío no es venta).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="138"/>
        <source>net sales − COGS</source>
        <translation>ventas netas − COGS</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="146"/>
        <source>(net sales − COGS) ÷ net sales</source>
        <translation>(ventas netas − COGS) ÷ ventas netas</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="150"/>
        <source>net sales − net sales a year earlier</source>
        <translation>ventas netas − ventas netas del año anterior</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="154"/>
        <source>(net sales − net sales a year earlier) ÷ |net sales a year earlier|</source>
        <translation>(ventas netas − ventas netas del año anterior) ÷ |ventas netas del año anterior|</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="158"/>
        <source>net sales ÷ average headcount</source>
        <translation>ventas netas ÷ plantilla media</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="182"/>
        <source>C = customers with a sale line</source>
        <translation>C = clientes con una línea de venta</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="184"/>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="185"/>
        <source>Customers whose first purchase falls in the period.</source>
        <translation>Clientes cuya primera compra cae en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="186"/>
        <source>N = customers whose first sale line is in the period</source>
        <translation>N = clientes cuya primera línea de venta está en el periodo</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="188"/>
        <source>Returning customers</source>
        <translation>Clientes recurrentes</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="190"/>
        <source>C − new customers</source>
        <translation>C − clientes nuevos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="192"/>
        <source>Purchase frequency</source>
        <translation>Frecuencia de compra</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="194"/>
        <source>orders ÷ C</source>
        <translation>pedidos ÷ C</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="196"/>
        <source>Repeat purchase rate</source>
        <translation>Tasa de repetición de compra</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="198"/>
        <source>customers with 2+ orders ÷ C</source>
        <translation>clientes con 2+ pedidos ÷ C</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="200"/>
        <source>Customers at start (S)</source>
        <translation>Clientes al inicio (S)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="201"/>
        <source>Customers with a purchase in the activity window before the first day of the period.</source>
        <translation>Clientes con una compra en la ventana de actividad anterior al primer día del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="202"/>
        <source>S = customers with a sale line in [from − W, from − 1]</source>
        <translation>S = clientes con una línea de venta en [from − W, from − 1]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="204"/>
        <source>Customers at end (E)</source>
        <translation>Clientes al final (E)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="205"/>
        <source>Customers with a purchase in the activity window ending on the last day of the period.</source>
        <translation>Clientes con una compra en la ventana de actividad que termina el último día del periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="206"/>
        <source>E = customers with a sale line in [to + 1 − W, to]</source>
        <translation>E = clientes con una línea de venta en [to + 1 − W, to]</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="208"/>
        <source>Retention rate</source>
        <translation>Tasa de retención</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="209"/>
        <source>Customers at the end minus new customers, divided by the customers at the start.</source>
        <translation>Clientes al final menos clientes nuevos, dividido entre los clientes al inicio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="210"/>
        <source>(E − N) ÷ S</source>
        <translation>(E − N) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="212"/>
        <source>Churn rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="213"/>
        <source>The share of the customers at the start who are no longer customers at the end.</source>
        <translation>La proporción de los clientes al inicio que ya no son clientes al final.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="214"/>
        <source>churned ÷ S</source>
        <translation>perdidos ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="217"/>
        <source>Kept customers</source>
        <translation>Clientes mantenidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="218"/>
        <source>The share of the customers at the start who are still customers at the end (1 − churn rate).</source>
        <translation>La proporción de los clientes del inicio que siguen siendo clientes al final (1 − tasa de abandono).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="219"/>
        <source>(S − churned) ÷ S</source>
        <translation>(S − perdidos) ÷ S</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="221"/>
        <source>Reactivated customers</source>
        <translation>Clientes reactivados</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="222"/>
        <source>Customers at the end who had lapsed before the period and came back: neither customers at the start nor new in the period.</source>
        <translation>Clientes al final que habían quedado inactivos antes del periodo y volvieron: ni clientes al inicio ni nuevos en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="223"/>
        <source>E − kept − new customers at the end</source>
        <translation>E − mantenidos − clientes nuevos al final</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="225"/>
        <source>Historical CLV</source>
        <translation>CLV histórico</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="226"/>
        <source>The mean of all net sales to date of the customers acquired in the period.</source>
        <translation>La media de todas las ventas netas hasta la fecha de los clientes captados en el periodo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="227"/>
        <source>net sales of new customers ÷ new customers</source>
        <translation>ventas netas de los clientes nuevos ÷ clientes nuevos</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="231"/>
        <source>Simple predictive CLV</source>
        <translation>CLV predictivo simple</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="232"/>
        <source>Average purchase value times purchases per year times the expected lifespan in years.</source>
        <translation>Valor medio de compra multiplicado por las compras al año y por la permanencia esperada en años.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiCatalog.h" line="233"/>
        <source>APV × F × L</source>
        <translation>APV × F × L</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiTargets</name>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="53"/>
        <source>The KPI targets stored in the workspace cannot be read: %1</source>
        <translation>No se pueden leer los objetivos de KPI guardados en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="60"/>
        <source>The KPI target &quot;%1&quot; stored in the workspace cannot be read.</source>
        <translation>No se puede leer el objetivo de KPI &quot;%1&quot; guardado en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="82"/>
        <source>There is no KPI named &quot;%1&quot;.</source>
        <translation>No hay ningún KPI llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/KpiTargets.cpp" line="85"/>
        <source>The target for &quot;%1&quot; is not a number.</source>
        <translation>El objetivo para &quot;%1&quot; no es un número.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Lifecycle</name>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="28"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="29"/>
        <source>Lapsed</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="30"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="31"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="35"/>
        <source>High value</source>
        <translation>Valor alto</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="36"/>
        <source>Medium value</source>
        <translation>Valor medio</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="37"/>
        <source>Low value</source>
        <translation>Valor bajo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="99"/>
        <source>The lifecycle settings are not valid JSON.</source>
        <translation>La configuración del ciclo de vida no es un JSON válido.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/Lifecycle.cpp" line="111"/>
        <source>The lifecycle settings are out of range: day thresholds must be at least 1 and the value tier percentages between 0 and 100, high not below medium.</source>
        <translation>La configuración del ciclo de vida está fuera de rango: los umbrales de días deben ser al menos 1 y los porcentajes de los niveles de valor entre 0 y 100, sin que el alto sea inferior al medio.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::MemberExport</name>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="55"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="56"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="59"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="98"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="99"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="100"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="101"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="102"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="103"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="104"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="105"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="106"/>
        <source>Average order value</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="107"/>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="108"/>
        <source>Recency score (R)</source>
        <translation>Puntuación de recencia (R)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="109"/>
        <source>Frequency score (F)</source>
        <translation>Puntuación de frecuencia (F)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="110"/>
        <source>Monetary score (M)</source>
        <translation>Puntuación monetaria (M)</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="111"/>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="112"/>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="113"/>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="114"/>
        <source>Email consent</source>
        <translation>Consentimiento de email</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="185"/>
        <source>The column &quot;%1&quot; is unknown; the columns are: %2.</source>
        <translation>La columna &quot;%1&quot; es desconocida; las columnas son: %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="192"/>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="218"/>
        <source>The member list could not be written: %1</source>
        <translation>No se ha podido escribir la lista de miembros: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="230"/>
        <source>The file could not be created: %1</source>
        <translation>No se ha podido crear el archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/MemberExport.cpp" line="238"/>
        <source>The file could not be written: %1</source>
        <translation>No se ha podido escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::PeriodSentence</name>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="32"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="39"/>
        <source>Figures for %1 (the period to date)</source>
        <translation>Cifras de %1 (el periodo hasta la fecha)</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="40"/>
        <source>Figures for %1</source>
        <translation>Cifras de %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="45"/>
        <source>Figures for all your data, %1, with no comparison: there is no earlier data to compare with.</source>
        <translation>Cifras de todos sus datos, %1, sin comparación: no hay datos anteriores con los que comparar.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="49"/>
        <source>%1, with no comparison.</source>
        <translation>%1, sin comparación.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="53"/>
        <source>%1; the same days a year earlier (%2) hold too little data to compare with, so no changes are shown.</source>
        <translation>%1; los mismos días un año antes (%2) contienen muy pocos datos para comparar, así que no se muestran cambios.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="55"/>
        <source>%1; the period before (%2) holds too little data to compare with, so no changes are shown.</source>
        <translation>%1; el periodo anterior (%2) contiene muy pocos datos para comparar, así que no se muestran cambios.</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="59"/>
        <source>%1, compared with the same days a year earlier (%2).</source>
        <translation>%1, comparado con los mismos días un año antes (%2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpi/PeriodSentence.cpp" line="60"/>
        <source>%1, compared with the period just before (%2).</source>
        <translation>%1, comparado con el periodo inmediatamente anterior (%2).</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Periods</name>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="168"/>
        <source>The period lies before the first day with data.</source>
        <translation>El periodo es anterior al primer día con datos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="170"/>
        <source>The comparison period lies before the first day with data.</source>
        <translation>El periodo de comparación es anterior al primer día con datos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="172"/>
        <source>The retention look-back window lies before the first day with data, so retention and churn have no customers at the start to rest on.</source>
        <translation>La ventana retrospectiva de retención es anterior al primer día con datos, así que la retención y la pérdida de clientes no tienen clientes iniciales en los que basarse.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="178"/>
        <source>The comparison period&apos;s retention look-back window lies before the first day with data, so its retention and churn have no customers at the start to rest on.</source>
        <translation>La ventana retrospectiva de retención del periodo de comparación es anterior al primer día con datos, así que su retención y su pérdida de clientes no tienen clientes iniciales en los que basarse.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="202"/>
        <source>The period holds only %1 of its %2 days of data.</source>
        <translation>El periodo solo contiene %1 de sus %2 días de datos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="206"/>
        <source>The comparison period holds only %1 of its %2 days of data.</source>
        <translation>El periodo de comparación solo contiene %1 de sus %2 días de datos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="210"/>
        <source>A customer counts as lost after %2 days without buying, but the data before this period covers only %1 days: retention and churn rest on part of that window and cannot yet tell who was lost.</source>
        <translation>Un cliente cuenta como perdido tras %2 días sin comprar, pero los datos anteriores a este periodo solo cubren %1 días: la retención y el abandono se basan en parte de esa ventana y aún no pueden decir quién se ha perdido.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="216"/>
        <source>The data before the comparison period covers only %1 of the %2 days a customer may go without buying: its retention and churn rest on part of that window.</source>
        <translation>Los datos anteriores al periodo de comparación solo cubren %1 de los %2 días que un cliente puede pasar sin comprar: su retención y su abandono se basan en parte de esa ventana.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="257"/>
        <source>The same period a year earlier has no data, so no change is shown.</source>
        <translation>El mismo periodo un año antes no tiene datos, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="258"/>
        <source>The previous period has no data, so no change is shown.</source>
        <translation>El periodo anterior no tiene datos, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="260"/>
        <source>The same period a year earlier holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>El mismo periodo un año antes solo tiene datos en %1 de sus %2 días, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="263"/>
        <source>The previous period holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>El periodo anterior solo contiene %1 de sus %2 días de datos, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="276"/>
        <source>The comparison period&apos;s look-back window lies before the first day with data, so no change is shown.</source>
        <translation>La ventana retrospectiva del periodo de comparación es anterior al primer día con datos, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="278"/>
        <source>The look-back window lies before the first day with data, so this figure is not judged good or bad.</source>
        <translation>La ventana retrospectiva es anterior al primer día con datos, así que esta cifra no se valora como buena ni mala.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="281"/>
        <source>The comparison period&apos;s look-back window holds only %1 of its %2 days of data, so no change is shown.</source>
        <translation>La ventana retrospectiva del periodo de comparación solo contiene %1 de sus %2 días de datos, así que no se muestra ningún cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/query/Periods.cpp" line="285"/>
        <source>The look-back window holds only %1 of its %2 days of data, so this figure rests on part of a window and is not judged good or bad.</source>
        <translation>La ventana retrospectiva solo contiene %1 de sus %2 días de datos, así que esta cifra se basa en parte de una ventana y no se valora como buena ni mala.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentGrid</name>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="25"/>
        <source>The segment table is not valid: it needs five rows of five segment names.</source>
        <translation>La tabla de segmentos no es válida: necesita cinco filas de cinco nombres de segmento.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="30"/>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="31"/>
        <source>Loyal customers</source>
        <translation>Clientes fieles</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="32"/>
        <source>Potential loyalists</source>
        <translation>Fieles potenciales</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="33"/>
        <source>Recent customers</source>
        <translation>Clientes recientes</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="34"/>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="35"/>
        <source>Need attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="36"/>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="37"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="38"/>
        <source>Can&apos;t lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="39"/>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentGrid.cpp" line="40"/>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentRule</name>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="90"/>
        <source>The segment rule is not valid: %1</source>
        <translation>La regla del segmento no es válida: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="254"/>
        <source>The operator %1 does not apply to the field %2.</source>
        <translation>El operador %1 no se aplica al campo %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="262"/>
        <source>The condition on %1 has the wrong number of values for %2.</source>
        <translation>La condición sobre %1 tiene un número de valores incorrecto para %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="296"/>
        <source>The value &quot;%1&quot; does not suit the field %2.</source>
        <translation>El valor &quot;%1&quot; no es adecuado para el campo %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="338"/>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="345"/>
        <source>joins are &quot;and&quot; or &quot;or&quot;.</source>
        <translation>las uniones (join) deben ser &quot;and&quot; u &quot;or&quot;.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="352"/>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>el campo &quot;%1&quot; es desconocido.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/RuleSegmentJson.cpp" line="356"/>
        <source>the operator &quot;%1&quot; is unknown.</source>
        <translation>el operador &quot;%1&quot; es desconocido.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentStore</name>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="24"/>
        <source>The saved segments could not be read or written: %1</source>
        <translation>No se han podido leer ni escribir los segmentos guardados: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="25"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="182"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>No hay ningún segmento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="26"/>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="27"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un segmento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="79"/>
        <location filename="../core/analytics/segments/SegmentStore.cpp" line="98"/>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el segmento guardado &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SnapshotCache</name>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotCache.cpp" line="91"/>
        <source>The workspace could not be loaded.</source>
        <translation>No se ha podido cargar el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SnapshotLoader</name>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="33"/>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="326"/>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="359"/>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="369"/>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="447"/>
        <source>The workspace could not be read: %1</source>
        <translation>No se ha podido leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="183"/>
        <source>The workspace holds amounts or quantities that add up beyond the range StoreLens computes exactly (±99,999,999,999,999.9999); it cannot be analysed.</source>
        <translation>El espacio de trabajo contiene importes o cantidades cuya suma supera el rango que StoreLens calcula con exactitud (±99.999.999.999.999,9999); no se puede analizar.</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="360"/>
        <source>no SQLite handle</source>
        <translation>no hay identificador de SQLite</translation>
    </message>
    <message>
        <location filename="../core/analytics/snapshot/SnapshotLoader.cpp" line="524"/>
        <source>Loading the workspace was cancelled.</source>
        <translation>Se ha cancelado la carga del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::BgNbdModel</name>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="320"/>
        <source>There are no customers to fit the purchase model on.</source>
        <translation>No hay clientes con los que ajustar el modelo de compra.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/FitSupport.cpp" line="305"/>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation>El cliente %1 tiene un historial de compras imposible (x = %2, t_x = %3, T = %4).</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvCalculator</name>
    <message numerus="yes">
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="36"/>
        <source>Predicted lifetime value needs at least %1 identified customers; this selection has %n, so no prediction is shown.</source>
        <translation>
            <numerusform>El valor de vida del cliente previsto necesita al menos %1 clientes identificados; esta selección tiene %n, así que no se muestra ninguna previsión.</numerusform>
            <numerusform>El valor de vida del cliente previsto necesita al menos %1 clientes identificados; esta selección tiene %n, así que no se muestra ninguna previsión.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="41"/>
        <source>Predicted lifetime value needs at least %1 identified customers; the data has fewer, so no prediction is shown.</source>
        <translation>El valor de vida previsto necesita al menos %1 clientes identificados; los datos tienen menos, así que no se muestra ninguna predicción.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="46"/>
        <source>More customers would help: orders that name the customer (an id or an e-mail address).</source>
        <translation>Más clientes ayudarían: pedidos que identifiquen al cliente (un identificador o una dirección de correo electrónico).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="49"/>
        <source>Wider filters would also let more customers in.</source>
        <translation>Unos filtros más amplios también dejarían entrar a más clientes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="52"/>
        <source>The check against reality counts only the customers who had bought by %1; a later date counts more of them.</source>
        <translation>La comprobación con la realidad solo cuenta a los clientes que habían comprado hasta el %1; una fecha posterior cuenta a más.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="62"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers %2, so no prediction is shown.</source>
        <translation>El valor de vida previsto necesita al menos %1 días de historial de compras; los datos abarcan %2, así que no se muestra ninguna predicción.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="67"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers less, so no prediction is shown.</source>
        <translation>El valor de vida previsto necesita al menos %1 días de historial de compras; los datos abarcan menos, así que no se muestra ninguna predicción.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="70"/>
        <source>Importing older orders would help.</source>
        <translation>Importar pedidos más antiguos ayudaría.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="75"/>
        <source>No customer has bought on more than one day, so repeat behaviour cannot be predicted and no prediction is shown.</source>
        <translation>Ningún cliente ha comprado en más de un día, así que no se puede predecir el comportamiento de repetición y no se muestra ninguna predicción.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="78"/>
        <source>A longer history would help, or customer ids that recognise a customer who comes back (an id or an e-mail address rather than a name).</source>
        <translation>Ayudaría un historial más largo, o ID de cliente que reconozcan a un cliente que vuelve (un ID o una dirección de correo en lugar de un nombre).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="87"/>
        <source>The purchase models found no stable fit for the purchase days of these %1 customers (%2 of them bought on more than one day), so no prediction is shown rather than a wrong one.</source>
        <translation>Los modelos de compra no encontraron un ajuste estable para los días de compra de estos %1 clientes (%2 de ellos compraron en más de un día), así que no se muestra ninguna predicción en lugar de una errónea.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="92"/>
        <source>The purchase models found no stable fit for these purchase days, so no prediction is shown rather than a wrong one.</source>
        <translation>Los modelos de compra no encontraron un ajuste estable para estos días de compra, así que no se muestra ninguna predicción en lugar de una errónea.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="98"/>
        <source>Most of these customers came back, so more of them is not what is missing: the models learn how customers drift away by seeing some stop buying, and this history shows too few who stopped. A longer history would help.</source>
        <translation>La mayoría de estos clientes volvió, así que no faltan más clientes: los modelos aprenden cómo se alejan los clientes viendo a algunos dejar de comprar, y este historial muestra muy pocos que lo hayan dejado. Un historial más largo ayudaría.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="102"/>
        <source>More customers who buy again, or a longer history, would help.</source>
        <translation>Ayudarían más clientes que vuelvan a comprar o un historial más largo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="111"/>
        <source>customers who bought again</source>
        <translation>los clientes que volvieron a comprar</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="112"/>
        <source>the %1 customers who bought again (on average from %2 to %3 a purchase day, the highest customer &quot;%4&quot;)</source>
        <translation>los %1 clientes que volvieron a comprar (de media entre %2 y %3 por día de compra, el más alto: cliente «%4»)</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="122"/>
        <source>The model expects each customer&apos;s purchases to vary around that customer&apos;s usual amount; this often fails when one customer id stands for several people (a name such as &quot;C. Martin&quot; shared by different customers) or when orders that are no purchase (cancelled or unpaid orders counted as sales, wholesale or internal orders) are in the data. Customer ids that tell people apart (an id or an e-mail address), leaving such orders out, or more purchases per customer would help.</source>
        <translation>El modelo espera que las compras de cada cliente varíen en torno al importe habitual de ese cliente; esto suele fallar cuando un ID de cliente representa a varias personas (un nombre como «C. Martin» compartido por distintos clientes) o cuando hay en los datos pedidos que no son compras (pedidos cancelados o impagados contados como ventas, pedidos mayoristas o internos). Ayudarían ID de cliente que distingan a las personas (un ID o una dirección de correo), dejar fuera esos pedidos o más compras por cliente.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="133"/>
        <source>The spend model found no stable fit for what %1 spend, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>El modelo de gasto no encontró un ajuste estable para lo que gastan %1, así que el gasto y el valor de vida del cliente no se predicen en lugar de predecirse mal; las compras esperadas y la probabilidad de que cada cliente siga activo no dependen del gasto y se muestran.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="143"/>
        <source>What %1 spend varies too widely for the spend model to give an average, so spend and lifetime value are not predicted rather than predicted wrong; the purchases expected and the chance that each customer is still active do not depend on spend and are shown.</source>
        <translation>Lo que gastan %1 varía demasiado para que el modelo de gasto dé una media, así que el gasto y el valor de vida del cliente no se predicen en lugar de predecirse mal; las compras esperadas y la probabilidad de que cada cliente siga activo no dependen del gasto y se muestran.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="203"/>
        <source>This is a fault, not your data&apos;s: please report it with the workspace.</source>
        <translation>Es un fallo, no de sus datos: por favor, comuníquelo junto con el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvStatusMessage.cpp" line="201"/>
        <source>The customer summary contains impossible values, so no prediction is shown.</source>
        <translation>El resumen de clientes contiene valores imposibles, así que no se muestra ninguna predicción.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="108"/>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="145"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Se ha cancelado el cálculo del valor de vida.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvExplanation</name>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="36"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="108"/>
        <source>Shape of how purchase rates differ between customers: below 1, most customers buy rarely and a few buy very often.</source>
        <translation>Forma de cómo difieren las tasas de compra entre clientes: por debajo de 1, la mayoría de los clientes compra rara vez y unos pocos compran muy a menudo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="39"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="111"/>
        <source>Shape of how purchase rates differ between customers: 1 or more, most customers buy at similar rates.</source>
        <translation>Forma de cómo difieren las tasas de compra entre clientes: a partir de 1, la mayoría de los clientes compra con una frecuencia parecida.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="43"/>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="115"/>
        <source>Scale of the purchase rates, in weeks: while still a customer, the average customer buys r ÷ α = %1 times a week, about %2 times a year.</source>
        <translation>Escala de las tasas de compra, en semanas: mientras sigue siendo cliente, el cliente medio compra r ÷ α = %1 veces por semana, unas %2 veces al año.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="49"/>
        <source>With b, how likely a customer is to stop buying after a purchase: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Junto con b, la probabilidad de que un cliente deje de comprar tras una compra: de media, a ÷ (a + b) = %1 % de los clientes se va tras cualquier compra.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="54"/>
        <source>With a, how much that chance of leaving differs between customers: the larger a + b, the more alike customers are.</source>
        <translation>Junto con a, cuánto difiere esa probabilidad de irse entre clientes: cuanto mayor es a + b, más parecidos son los clientes.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="66"/>
        <source>Shape of one customer&apos;s spend from purchase to purchase: the larger p, the more each customer spends the same amount every time.</source>
        <translation>Forma del gasto de un cliente de una compra a otra: cuanto mayor es p, más gasta cada cliente lo mismo cada vez.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="70"/>
        <source>Shape of how average spend differs between customers: the larger q, the more alike customers&apos; average spend is (above 1 for the average to exist).</source>
        <translation>Forma de cómo difiere el gasto medio entre clientes: cuanto mayor es q, más parecido es el gasto medio de los clientes (por encima de 1 para que exista la media).</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="75"/>
        <source>Scale of the spend: across customers, a purchase is worth p × γ ÷ (q − 1) = %1 on average.</source>
        <translation>Escala del gasto: entre todos los clientes, una compra vale de media p × γ ÷ (q − 1) = %1.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="78"/>
        <source>Scale of the spend; with q at or below 1 the average spend does not exist.</source>
        <translation>Escala del gasto; con q igual o inferior a 1 el gasto medio no existe.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="96"/>
        <source>With b, how likely a customer is to stop buying after a purchase, the first one included: on average a ÷ (a + b) = %1 % of customers leave after any one purchase.</source>
        <translation>Junto con b, la probabilidad de que un cliente deje de comprar tras una compra, incluida la primera: de media, a ÷ (a + b) = %1 % de los clientes se va tras cualquier compra.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="120"/>
        <source>Shape of how long customers stay: the smaller s, the more customers differ, a few staying for years while many leave soon.</source>
        <translation>Forma de cuánto tiempo permanecen los clientes: cuanto menor es s, más difieren los clientes; unos pocos se quedan años y muchos se van pronto.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="125"/>
        <source>Scale of how long customers stay, in weeks: a customer stays β ÷ (s − 1) = %1 weeks on average.</source>
        <translation>Escala de cuánto tiempo permanecen los clientes, en semanas: un cliente permanece de media β ÷ (s − 1) = %1 semanas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="128"/>
        <source>Scale of how long customers stay, in weeks; with s at or below 1 a few customers stay so long that the average stay has no limit.</source>
        <translation>Escala de cuánto tiempo permanecen los clientes, en semanas; con s igual o inferior a 1, unos pocos clientes se quedan tanto tiempo que la permanencia media no tiene límite.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="143"/>
        <source>Part of how long customers stay, at its limit here: the fit finds no customer leaving, so the value only marks where the fit stopped.</source>
        <translation>Parte de cuánto tiempo permanecen los clientes, aquí en su límite: el ajuste no encuentra ningún cliente que se vaya, así que el valor solo indica dónde se detuvo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="159"/>
        <source>Converged at a limit after %1 evaluations on %2 customers: %3 ran to the bound of the allowed range (a value there marks where the fit stopped, not an estimate); log-likelihood %4.</source>
        <translation>Convergió en un límite tras %1 evaluaciones con %2 clientes: en %3 el ajuste llegó hasta el borde del intervalo permitido (un valor ahí solo indica dónde se detuvo, no es una estimación); log-verosimilitud %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="169"/>
        <source>Converged after %1 evaluations on %2 customers; log-likelihood %3.</source>
        <translation>Convergió tras %1 evaluaciones con %2 clientes; log-verosimilitud %3.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvExplanation.cpp" line="171"/>
        <source>Did not converge after %1 evaluations on %2 customers (%3); log-likelihood %4.</source>
        <translation>No convergió tras %1 evaluaciones con %2 clientes (%3); log-verosimilitud %4.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::GammaGammaModel</name>
    <message>
        <location filename="../core/analytics/clv/GammaGammaModel.cpp" line="120"/>
        <source>No customer has bought again with a positive amount, so the spend model cannot be fitted.</source>
        <translation>Ningún cliente ha vuelto a comprar con un importe positivo, así que no se puede ajustar el modelo de gasto.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::RfmSummaryBuilder</name>
    <message>
        <location filename="../core/analytics/clv/RfmSummary.cpp" line="56"/>
        <source>An order line refers to customer number %1, but only %2 customers are known.</source>
        <translation>Una línea de pedido hace referencia al cliente número %1, pero solo se conocen %2 clientes.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::WorkspaceClv</name>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="39"/>
        <source>The lifetime value computation was cancelled.</source>
        <translation>Se ha cancelado el cálculo del valor de vida.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="300"/>
        <source>Predictions use the %1 model, as chosen; there is too little history before the last %2 weeks to test it.</source>
        <translation>Las predicciones usan el modelo %1, según lo elegido; hay muy poco historial antes de las últimas %2 semanas para probarlo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="305"/>
        <source>Predictions use the %1 model, the better fit of the two models; there is too little history before the last %2 weeks to test them on those weeks.</source>
        <translation>Las predicciones usan el modelo %1, el que mejor se ajusta de los dos modelos; hay muy poco historial antes de las últimas %2 semanas para probarlos en esas semanas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="318"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Las predicciones usan el modelo %1, según lo elegido: predijo %2 compras repetidas en las últimas %3 semanas; hubo %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="322"/>
        <source>Predictions use the %1 model, as chosen: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Las predicciones usan el modelo %1, según lo elegido: predijo %2 compras repetidas del %3 al %4; hubo %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="328"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases in the last %3 weeks; there were %4.</source>
        <translation>Las predicciones usan el modelo %1, el más preciso de los dos modelos probados: predijo %2 compras repetidas en las últimas %3 semanas; hubo %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="332"/>
        <source>Predictions use the %1 model, the closer of the two models tested: it predicted %2 repeat purchases from %3 to %4; there were %5.</source>
        <translation>Las predicciones usan el modelo %1, el más preciso de los dos modelos probados: predijo %2 compras repetidas del %3 al %4; hubo %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/WorkspaceClv.cpp" line="344"/>
        <source>This purchase history shows no customer leaving for good yet, so every customer&apos;s chance of still being a customer is close to 100 %, however long ago they last bought: a long gap since a purchase is explained just as well by buying rarely.</source>
        <translation>Este historial de compras aún no muestra ningún cliente que se haya ido para siempre, así que la probabilidad de seguir siendo cliente es cercana al 100 % para todos, por mucho tiempo que haga de su última compra: mucho tiempo desde una compra se explica igual de bien porque se compra pocas veces.</translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::explain</name>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="363"/>
        <source>No store</source>
        <translation>Sin tienda</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="365"/>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="369"/>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="377"/>
        <source>No source</source>
        <translation>Sin fuente</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="371"/>
        <source>Guests</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="305"/>
        <source>In no saved segment</source>
        <translation>En ningún segmento guardado</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="372"/>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/ExplainFigures.cpp" line="373"/>
        <source>Returning customers</source>
        <translation>Clientes recurrentes</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="213"/>
        <source>Traffic covers only one of the two periods, so the bridge starts from orders instead of visitors and conversion.</source>
        <translation>El tráfico solo cubre uno de los dos periodos, así que el desglose parte de los pedidos en lugar de los visitantes y la conversión.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="228"/>
        <source>visitors</source>
        <translation>visitantes</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="229"/>
        <source>conversion</source>
        <translation>conversión</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="232"/>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="268"/>
        <source>sales after discounts</source>
        <translation>ventas después de descuentos</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="272"/>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="305"/>
        <source>There are too few days with data to tell this change from normal variation.</source>
        <translation>Hay muy pocos días con datos para distinguir esta variación de la variación normal.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="343"/>
        <source>The counts leave no variation to test (every or no one counts in both periods).</source>
        <translation>Los recuentos no dejan ninguna variación que comprobar (en ambos periodos cuentan todos o nadie).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="359"/>
        <source>%1 to %2 %</source>
        <translation>%1 a %2 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="363"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>El cambio está dentro de la variación normal: con tantas personas o eventos, el azar por sí solo podría explicarlo. Tasa de este periodo: %1 (intervalo del 95 %).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="366"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it. This period&apos;s rate: %1 (95 % interval).</source>
        <translation>El cambio va más allá de la variación normal: con tantas personas o eventos, el azar por sí solo rara vez lo explicaría. Tasa de este periodo: %1 (intervalo del 95 %).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="395"/>
        <source>The retention formula also counts reactivated customers and can exceed 100 %, so it is not a share of people to test; kept customers carries the test.</source>
        <translation>La fórmula de retención también cuenta a los clientes reactivados y puede superar el 100 %, así que no es una proporción de personas que se pueda comprobar; la prueba se hace con los clientes mantenidos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="398"/>
        <source>%1 counts distinct customers, which do not add up day by day, so there is no test of normal variation.</source>
        <translation>%1 cuenta clientes distintos, que no se suman día a día, así que no hay prueba de variación normal.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="406"/>
        <source>from zero</source>
        <translation>desde cero</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="495"/>
        <source>%1 rose by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1: aumento de %2 (%3); %4; %5 aportó %6 de ese aumento.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="496"/>
        <source>%1 fell by %2 (%3): %4; %5 contributed %6 of it.</source>
        <translation>%1: descenso de %2 (%3); %4; %5 aportó %6 de ese descenso.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="183"/>
        <location filename="../core/analytics/explain/Explain.cpp" line="408"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="165"/>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="239"/>
        <source>Every order holds one unit in both periods (a file with one row per order and no quantities counts one each), so the bridge splits into orders and average order value instead of items per order.</source>
        <translation>Cada pedido contiene una sola unidad en ambos periodos (un archivo con una fila por pedido y sin cantidades cuenta una por pedido), por lo que el puente se divide en pedidos y ticket medio en lugar de unidades por ticket.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="245"/>
        <source>average order value</source>
        <translation>ticket medio</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="250"/>
        <source>items per order</source>
        <translation>unidades por ticket</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="252"/>
        <source>average item price</source>
        <translation>precio medio por unidad</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="266"/>
        <source>One of the periods has no sales, so the change cannot be split into orders, items per order and average item price.</source>
        <translation>Uno de los periodos no tiene ventas, así que la variación no se puede repartir entre pedidos, unidades por ticket y precio medio por unidad.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="303"/>
        <source>The daily values do not vary in either period, so there is no variation to test the change against.</source>
        <translation>Los valores diarios no varían en ninguno de los dos periodos, así que no hay variación con la que comprobar el cambio.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="321"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it.</source>
        <translation>El cambio está dentro de la variación normal: los altibajos de un día a otro podrían explicarlo por sí solos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="323"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it.</source>
        <translation>El cambio va más allá de la variación normal: los altibajos de un día a otro rara vez lo explicarían por sí solos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="325"/>
        <source>Welch&apos;s t-test on the daily values, %1</source>
        <translation>prueba t de Welch sobre los valores diarios, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="327"/>
        <source>The change is within normal variation: the ups and downs from day to day alone could well explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>El cambio está dentro de la variación normal: los altibajos de un día a otro podrían explicarlo por sí solos (prueba t de Welch sobre los valores diarios, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="331"/>
        <source>The change is beyond normal variation: the ups and downs from day to day alone would seldom explain it (Welch&apos;s t-test on the daily values, %1).</source>
        <translation>El cambio va más allá de la variación normal: los altibajos de un día a otro rara vez lo explicarían por sí solos (prueba t de Welch sobre los valores diarios, %1).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="371"/>
        <source>two-proportion test, %1</source>
        <translation>prueba de dos proporciones, %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="373"/>
        <source>The change is within normal variation: with this many people or events, chance alone could well explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>El cambio está dentro de la variación normal: con tantas personas o eventos, el azar por sí solo podría explicarlo (prueba de dos proporciones, %1; intervalo del 95 % de la tasa: %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="377"/>
        <source>The change is beyond normal variation: with this many people or events, chance alone would seldom explain it (two-proportion test, %1; the rate&apos;s 95 % interval is %2).</source>
        <translation>El cambio va más allá de la variación normal: con tantas personas o eventos, el azar por sí solo rara vez lo explicaría (prueba de dos proporciones, %1; intervalo del 95 % de la tasa: %2).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="476"/>
        <source>%1 from %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="479"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="480"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="489"/>
        <source>%1 did not change (%2 in both periods).</source>
        <translation>%1: sin cambios (%2 en ambos periodos).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="502"/>
        <source>%1 rose by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1: aumento de %2 (%3); la mayor parte, %4, procede de %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="503"/>
        <source>%1 fell by %2 (%3); the largest part, %4, came from %5.</source>
        <translation>%1: descenso de %2 (%3); la mayor parte, %4, procede de %5.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 rose by %2 (%3): %4.</source>
        <translation>%1: aumento de %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="508"/>
        <source>%1 fell by %2 (%3): %4.</source>
        <translation>%1: descenso de %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 rose by %2 (%3).</source>
        <translation>%1: aumento de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="512"/>
        <source>%1 fell by %2 (%3).</source>
        <translation>%1: descenso de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="525"/>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="530"/>
        <source>%1 on %2 in the comparison period (%3)</source>
        <translation>%1 el %2 en el periodo de comparación (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="531"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="537"/>
        <source>One order of %1 makes up %2 of it; without it the change would be %3.</source>
        <translation>Un pedido de %1 supone %2 de ello; sin él, la variación sería de %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/explain/Explain.cpp" line="542"/>
        <source>%n large orders make up %1 of it, and without them the change would be %2: %3.</source>
        <translation>
            <numerusform>%n pedido grande supone %1 de ello, y sin él la variación sería de %2: %3.</numerusform>
            <numerusform>%n pedidos grandes suponen %1 de ello, y sin ellos la variación sería de %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="553"/>
        <source>&quot;%1&quot; has no data after %2: %3 of this change comes from that source and its missing days.</source>
        <translation>«%1» no tiene datos después del %2: %3 de esta variación proceden de esa fuente y de sus días que faltan.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="629"/>
        <source>No comparison period was asked for.</source>
        <translation>No se ha pedido ningún periodo de comparación.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="636"/>
        <source>The two periods cannot be compared.</source>
        <translation>Los dos periodos no se pueden comparar.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="639"/>
        <source>%1 has no value in the period: %2</source>
        <translation>%1 no tiene valor en el periodo: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="642"/>
        <source>%1 has no value in the comparison period: %2</source>
        <translation>%1 no tiene valor en el periodo de comparación: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="673"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="674"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="683"/>
        <source>%1 is itself a change; explain net sales compared with the year before instead.</source>
        <translation>%1 ya es en sí una variación; explique en su lugar las ventas netas comparadas con el año anterior.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="688"/>
        <source>%1 divides by the staffing headcount, which has no split by channel, category or customer; explain net sales instead.</source>
        <translation>%1 divide entre el número de empleados, que no se desglosa por canal, categoría ni cliente; explique en su lugar las ventas netas.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="694"/>
        <source>%1 divides by inventory snapshots, which have no split by channel or customer; explain the cost of goods sold or the gross margin instead.</source>
        <translation>%1 divide entre instantáneas de inventario, que no se desglosan por canal ni cliente; explique en su lugar el coste de la mercancía vendida o el margen bruto.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="700"/>
        <source>%1 rests on marketing spend, which splits only by channel; explain new customers instead.</source>
        <translation>%1 se basa en el gasto de marketing, que solo se desglosa por canal; explique en su lugar los clientes nuevos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="707"/>
        <source>%1 rests on whole customer histories and a model of lifespan, not on the period&apos;s sales alone, so its change has no parts that add up; explain net sales or kept customers instead.</source>
        <translation>%1 se basa en historiales completos de clientes y en un modelo de permanencia, no solo en las ventas del periodo, así que su variación no tiene partes que sumen; explique en su lugar las ventas netas o los clientes mantenidos.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/Explain.cpp" line="756"/>
        <location filename="../core/analytics/explain/Explain.cpp" line="767"/>
        <source>The computation was cancelled.</source>
        <translation>Se ha cancelado el cálculo.</translation>
    </message>
    <message>
        <location filename="../core/analytics/explain/SourceGaps.cpp" line="44"/>
        <source>Not comparable: a source&apos;s data ends early, so the change is not judged against normal variation.</source>
        <translation>No comparable: los datos de una fuente terminan antes, así que la variación no se juzga frente a la variación normal.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="70"/>
        <source>The file cannot be opened: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="107"/>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="134"/>
        <source>Reading the file was cancelled.</source>
        <translation>Se ha cancelado la lectura del archivo.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="203"/>
        <source>A quoted field is not closed: the closing quote is missing before the end of the file.</source>
        <translation>Un campo entre comillas no está cerrado: falta la comilla de cierre antes del final del archivo.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::Dialect</name>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="379"/>
        <source>The file is a symbolic link that leads nowhere (or round in a loop).</source>
        <translation>El archivo es un enlace simbólico que no lleva a ninguna parte (o que forma un bucle).</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="382"/>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="384"/>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="387"/>
        <source>This is not a regular file (a pipe, a device or a socket); StoreLens reads only files.</source>
        <translation>Esto no es un archivo normal (una tubería, un dispositivo o un socket); StoreLens solo lee archivos.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="399"/>
        <source>The file cannot be opened: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="403"/>
        <location filename="../core/csv/Dialect.cpp" line="420"/>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="408"/>
        <source>The file is empty: it holds no header and no rows.</source>
        <translation>El archivo está vacío: no contiene cabecera ni filas.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FieldParsers</name>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="336"/>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="343"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» no es una fecha.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="347"/>
        <source>&quot;%1&quot; is not a valid calendar date.</source>
        <translation>«%1» no es una fecha válida del calendario.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="350"/>
        <source>The date &quot;%1&quot; could be read day first or month first: choose the date order.</source>
        <translation>La fecha «%1» puede leerse con el día o el mes primero: elija el orden de las fechas.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="355"/>
        <source>The date &quot;%1&quot; lies outside 1900-01-01 … 2100-12-31.</source>
        <translation>La fecha «%1» está fuera de 1900-01-01 … 2100-12-31.</translation>
    </message>
    <message>
        <location filename="../core/csv/DateParsers.cpp" line="362"/>
        <source>&quot;%1&quot; does not have a valid time of day.</source>
        <translation>«%1» no tiene una hora del día válida.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="241"/>
        <source>The amount is empty.</source>
        <translation>El importe está vacío.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="244"/>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="248"/>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>El importe «%1» es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="256"/>
        <source>The amount &quot;%1&quot; is too large: amounts must lie within ±99,999,999,999,999.9999.</source>
        <translation>El importe «%1» es demasiado grande: los importes deben estar dentro de ±99.999.999.999.999,9999.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="271"/>
        <source>&quot;%1&quot; is not a rate (such as 0.2 or 20 %).</source>
        <translation>«%1» no es una tasa (como 0,2 o 20 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="278"/>
        <location filename="../core/csv/NumberParsers.cpp" line="286"/>
        <source>The rate &quot;%1&quot; is not between 0 and 1 (0 % and 100 %).</source>
        <translation>La tasa «%1» no está entre 0 y 1 (0 % y 100 %).</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="282"/>
        <source>The percentage &quot;%1&quot; is not between 0 and 100.</source>
        <translation>El porcentaje «%1» no está entre 0 y 100.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="297"/>
        <source>The quantity is empty.</source>
        <translation>La cantidad está vacía.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="299"/>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>«%1» no es una cantidad.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="303"/>
        <source>The quantity &quot;%1&quot; is too large.</source>
        <translation>La cantidad «%1» es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="312"/>
        <source>The quantity &quot;%1&quot; has more than 3 decimal places.</source>
        <translation>La cantidad «%1» tiene más de 3 decimales.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="315"/>
        <source>The quantity &quot;%1&quot; is too large: quantities must lie within ±999,999,999,999,999.999.</source>
        <translation>La cantidad «%1» es demasiado grande: las cantidades deben estar dentro de ±999.999.999.999.999,999.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="339"/>
        <source>The number is empty.</source>
        <translation>El número está vacío.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="343"/>
        <source>The number &quot;%1&quot; is too large.</source>
        <translation>El número «%1» es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/csv/NumberParsers.cpp" line="346"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FileFormat</name>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="23"/>
        <source>This is a compressed file (%1), not a CSV file; unpack it first and import the CSV file inside.</source>
        <translation>Esto es un archivo comprimido (%1), no un archivo CSV; descomprímalo primero e importe el archivo CSV que contiene.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="31"/>
        <source>This is a spreadsheet workbook (%1), not a CSV file; save the sheet as CSV (UTF-8) in the spreadsheet program and import that file.</source>
        <translation>Esto es un libro de hoja de cálculo (%1), no un archivo CSV; guarde la hoja como CSV (UTF-8) en el programa de hojas de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="68"/>
        <source>This is a PDF document, not a CSV file; export the data as CSV from the program that made it.</source>
        <translation>Esto es un documento PDF, no un archivo CSV; exporte los datos como CSV desde el programa que lo creó.</translation>
    </message>
    <message>
        <location filename="../core/csv/FileFormat.cpp" line="74"/>
        <source>This is an SQLite database (perhaps a StoreLens workspace), not a CSV file; open a workspace with --workspace or File &gt; Open.</source>
        <translation>Esto es una base de datos SQLite (quizá un espacio de trabajo de StoreLens), no un archivo CSV; abra un espacio de trabajo con --workspace o Archivo &gt; Abrir.</translation>
    </message>
</context>
<context>
    <name>storelens::core::session::ReportResult</name>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Same week last year</source>
        <translation>Misma semana del año anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="28"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Same month last year</source>
        <translation>Mismo mes del año anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="30"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Same quarter last year</source>
        <translation>Mismo trimestre del año anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="32"/>
        <source>Previous quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="66"/>
        <source>Same period last year</source>
        <translation>Mismo periodo del año anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="67"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location filename="../core/session/SessionReport.cpp" line="107"/>
        <source>This workspace holds no order lines yet, so there is nothing to report. Import orders (File › Import) and export the report again.</source>
        <translation>Este espacio de trabajo aún no contiene líneas de pedido, así que no hay nada de lo que informar. Importe pedidos (Archivo › Importar) y vuelva a exportar el informe.</translation>
    </message>
</context>
<context>
    <name>storelens::core::session::SegmentsResult</name>
    <message>
        <location filename="../core/session/AnalysisResults.cpp" line="110"/>
        <source>%1 (R %2, FM %3)</source>
        <translation>%1 (R %2, FM %3)</translation>
    </message>
</context>
<context>
    <name>storelens::core::session::WriteQueue</name>
    <message>
        <location filename="../core/session/WriteQueue.cpp" line="110"/>
        <source>The change could not be saved: %1</source>
        <translation>No se ha podido guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::BreakdownBarChart</name>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="37"/>
        <source>%1 (no sales in the period)</source>
        <translation>%1 (sin ventas en el periodo)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/BreakdownBarChart.cpp" line="71"/>
        <source>%1 (%2 % of net sales)</source>
        <translation>%1 (%2 % de las ventas netas)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::BreakdownLabels</name>
    <message>
        <location filename="../ui/dashboard/BreakdownLabels.cpp" line="23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/BreakdownLabels.cpp" line="47"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/BreakdownLabels.cpp" line="76"/>
        <source>The %1 largest are shown; %n more with %2 of net sales.</source>
        <translation>
            <numerusform>Se muestran los %1 mayores; %n más con %2 de ventas netas.</numerusform>
            <numerusform>Se muestran los %1 mayores; %n más con %2 de ventas netas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::BusyOverlay</name>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="21"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../ui/common/BusyOverlay.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CancelStatusOffer</name>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="17"/>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses StoreLens does not know</source>
        <translation>Estados de pedido que StoreLens no conoce</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="26"/>
        <source>Their orders are counted as sales. Tick a status that means the order was cancelled or refunded: its orders then count as a sale and a return, and the import profile keeps the choice.</source>
        <translation>Sus pedidos se cuentan como ventas. Marque un estado que signifique que el pedido se canceló o se reembolsó: sus pedidos cuentan entonces como una venta y una devolución, y el perfil de importación guarda la elección.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="37"/>
        <source>Checks the file again with the ticked statuses as cancellations.</source>
        <translation>Comprueba el archivo de nuevo con los estados marcados como cancelaciones.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="39"/>
        <source>Checks the file again with the ticked statuses as not sold: their lines took no payment (a transfer still pending, an item voided) and are left out.</source>
        <translation>Comprueba el archivo de nuevo con los estados marcados como no vendidos: sus líneas no se cobraron (una transferencia pendiente, un artículo anulado) y se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="96"/>
        <source>Order statuses to check</source>
        <translation>Estados de pedido que revisar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="122"/>
        <source>&quot;%1&quot;: counted as sold, then refunded</source>
        <translation>«%1»: contado como vendido y luego reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="125"/>
        <source>&quot;%1&quot;: left out (voided before payment)</source>
        <translation>«%1»: excluido (anulado antes del pago)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="134"/>
        <source>&quot;%1&quot;: counted as a cancellation (sold, then refunded), %Ln order(s)</source>
        <translation>
            <numerusform>«%1»: contado como cancelación (vendido y luego reembolsado), %Ln pedido</numerusform>
            <numerusform>«%1»: contado como cancelación (vendido y luego reembolsado), %Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="126"/>
        <source>&quot;%1&quot;: left out as unpaid</source>
        <translation>«%1»: dejado fuera como impagado</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="21"/>
        <source>&amp;Count Ticked as Sold, Then Refunded</source>
        <translation>Contar los marcados como vendidos y luego &amp;reembolsados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="22"/>
        <source>Leave Ticked Out (Never &amp;Paid)</source>
        <translation>Dejar fuera los marcados (nunca &amp;pagados)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="30"/>
        <source>A status that means the order was never paid (a bank transfer still pending) is left out instead: tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;.</source>
        <translation>Un estado que indica que el pedido nunca se pagó (una transferencia aún pendiente) se deja fuera en su lugar: márquelo y elija «Dejar fuera los marcados (nunca pagados)».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="101"/>
        <source>A status counted as a cancellation means the order was sold, then refunded: each of its lines counts as a sale and a return. If it means the item was voided before payment and never charged (a till&apos;s voided line), tick it and choose &quot;Leave Ticked Out (Never Paid)&quot;: its lines are left out, and the import profile keeps the choice.</source>
        <translation>Un estado contado como cancelación significa que el pedido se vendió y luego se reembolsó: cada una de sus líneas cuenta como una venta y una devolución. Si significa que el artículo se anuló antes del pago y nunca se cobró (una línea anulada en la caja), márquelo y elija «Dejar fuera los marcados (nunca pagados)»: sus líneas se dejan fuera, y el perfil de importación guarda la elección.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="107"/>
        <source>A till&apos;s voided line or receipt took no payment: it is left out of sales. If a status left out here means the sale was refunded, keep it ticked and choose &quot;Count Ticked as Sold, Then Refunded&quot;: each of its lines then counts as a sale and a return.</source>
        <translation>Una línea o un tique anulado en caja no se cobró: queda fuera de las ventas. Si un estado excluido aquí significa que la venta se reembolsó, déjelo marcado y elija «Contar los marcados como vendidos y luego reembolsados»: cada una de sus líneas cuenta entonces como una venta y una devolución.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CancelStatusOffer.cpp" line="130"/>
        <source>&quot;%1&quot;: %Ln order(s)</source>
        <translation>
            <numerusform>«%1»: %Ln pedido</numerusform>
            <numerusform>«%1»: %Ln pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::ChartStyle</name>
    <message>
        <location filename="../ui/charts/ChartStyle.cpp" line="371"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ChartView</name>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="38"/>
        <source>Copy &amp;Image</source>
        <translation>Copiar &amp;imagen</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="41"/>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="44"/>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="47"/>
        <source>Copy &amp;Data</source>
        <translation>Copiar &amp;datos</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="117"/>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="118"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="119"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="121"/>
        <location filename="../ui/charts/ChartActions.cpp" line="128"/>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartActions.cpp" line="129"/>
        <source>The chart could not be saved as %1.</source>
        <translation>No se ha podido guardar el gráfico como %1.</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="179"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CheckPage</name>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="93"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="94"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="95"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Guardar filas &amp;rechazadas…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="105"/>
        <source>Check the whole file</source>
        <translation>Comprobar todo el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="106"/>
        <source>StoreLens reads every row as the import will, without changing the workspace.</source>
        <translation>StoreLens lee cada fila tal como lo hará la importación, sin modificar el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="108"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="284"/>
        <source>Checking every row of %1…</source>
        <translation>Comprobando cada fila de %1…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="305"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="326"/>
        <source>The check was stopped. Check again, or go back to change the settings.</source>
        <translation>La comprobación se ha detenido. Vuelva a comprobar o retroceda para cambiar la configuración.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="333"/>
        <source>The file could not be checked: %1 Go back to change the settings.</source>
        <translation>No se ha podido comprobar el archivo: %1 Retroceda para cambiar la configuración.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="336"/>
        <source>no column is chosen for %1.</source>
        <translation>no se ha elegido ninguna columna para %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="86"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; every discount in &quot;%1&quot; is below 1. If they are rates (0.2 = 20 %), go back and map the column as &quot;%2&quot;; as money, 0.2 is subtracted as 0.20.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; todos los descuentos de &quot;%1&quot; son inferiores a 1. Si son porcentajes (0,2 = 20 %), retroceda y asigne la columna como &quot;%2&quot;; como importe, se restan 0,2 como 0,20.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="114"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), only the first line carries a discount in &quot;%3&quot;. If it is the order&apos;s discount, given once per order, go back and map the column as &quot;%4&quot;: it is then spread over the order&apos;s lines.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en cada uno de los %1 pedidos con descuento y varias líneas (por ejemplo el pedido %2), solo la primera línea lleva un descuento en «%3». Si es el descuento del pedido, indicado una vez por pedido, vuelva atrás y asigne la columna como «%4»: entonces se reparte entre las líneas del pedido.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="137"/>
        <source>Order-level money (%1) is spread over each order&apos;s lines: order discounts %2, shipping %3.</source>
        <translation>Los importes a nivel de pedido (%1) se reparten entre las líneas de cada pedido: descuentos de pedido %2, envío %3.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="134"/>
        <source>Order-level money (%1) is left out.</source>
        <translation>Los importes a nivel de pedido (%1) se excluyen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="137"/>
        <source>The file writes no currency and the computer names none. &amp;Currency of the amounts:</source>
        <translation>El archivo no indica ninguna moneda, y el ordenador tampoco. &amp;Moneda de los importes:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="146"/>
        <source>None (plain numbers)</source>
        <translation>Ninguna (solo números)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="149"/>
        <source>Money is shown with this currency on every screen and in the report; File › Workspace Settings changes it later.</source>
        <translation>Los importes se muestran con esta moneda en cada pantalla y en el informe; Archivo › Ajustes del espacio de trabajo la cambia más tarde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="33"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as before the line discount, but on %n discounted row(s) of the file it is the amount after the discount (such as %2): each discount would be taken off twice. Go back and choose &quot;after the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los totales de línea:&lt;/b&gt; %1 se lee como antes del descuento de línea, pero en %n fila con descuento del archivo es el importe después del descuento (por ejemplo %2): cada descuento se restaría dos veces. Vuelva atrás y elija «después del descuento de línea».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los totales de línea:&lt;/b&gt; %1 se lee como antes del descuento de línea, pero en %n filas con descuento del archivo es el importe después del descuento (por ejemplo %2): cada descuento se restaría dos veces. Vuelva atrás y elija «después del descuento de línea».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="39"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the line totals:&lt;/b&gt; %1 is read as after the line discount, but on %n discounted row(s) of the file it is the amount before the discount (such as %2): each discount would stay in net sales. Go back and choose &quot;before the line discount&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los totales de línea:&lt;/b&gt; %1 se lee como después del descuento de línea, pero en %n fila con descuento del archivo es el importe antes del descuento (por ejemplo %2): cada descuento se quedaría en las ventas netas. Vuelva atrás y elija «antes del descuento de línea».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los totales de línea:&lt;/b&gt; %1 se lee como después del descuento de línea, pero en %n filas con descuento del archivo es el importe antes del descuento (por ejemplo %2): cada descuento se quedaría en las ventas netas. Vuelva atrás y elija «antes del descuento de línea».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="63"/>
        <source>The order discounts (%1) include their lines&apos; discounts (%2): %3 of them is on the lines already and counts once.</source>
        <translation>Los descuentos de pedido (%1) incluyen los descuentos de sus líneas (%2): %3 ya están en las líneas y cuentan una vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in %n order(s) (such as order %1) the lines&apos; discounts (%2) are more than the order&apos;s discount (%3); the lines&apos; discounts count.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en %n pedido (como el pedido %1) los descuentos de las líneas (%2) superan el descuento del pedido (%3); cuentan los descuentos de las líneas.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en %n pedidos (como el pedido %1) los descuentos de las líneas (%2) superan el descuento del pedido (%3); cuentan los descuentos de las líneas.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="94"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; on %n line(s) the discount in &quot;%1&quot; is larger than the line itself. If the column holds percentages (20 = 20 %), go back and map it as &quot;%2&quot;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en %n línea el descuento de «%1» es mayor que la propia línea. Si la columna contiene porcentajes (20 = 20 %), vuelva atrás y asígnela como «%2».&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en %n líneas el descuento de «%1» es mayor que la propia línea. Si la columna contiene porcentajes (20 = 20 %), vuelva atrás y asígnela como «%2».&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="102"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Check the discounts:&lt;/b&gt; in each of the %1 orders of several lines with a discount (such as order %2), every line carries the same discount in &quot;%3&quot;. If it is the order&apos;s discount repeated on each line, go back and map the column as &quot;%4&quot;; as a line discount, it is counted %5 too often.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Revise los descuentos:&lt;/b&gt; en cada uno de los %1 pedidos con descuento y varias líneas (por ejemplo el pedido %2), cada línea lleva el mismo descuento en «%3». Si es el descuento del pedido repetido en cada línea, vuelva atrás y asigne la columna como «%4»; como descuento de línea, se cuenta %5 de más.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="143"/>
        <source>Order discounts (%1) are spread over each order&apos;s lines: %2.</source>
        <translation>Los descuentos de pedido (%1) se reparten entre las líneas de cada pedido: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="147"/>
        <source>Shipping (%1) is spread over each order&apos;s lines: %2.</source>
        <translation>Los gastos de envío (%1) se reparten entre las líneas de cada pedido: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="151"/>
        <source>Shipping (%1) is left out: %2; shipping is not sales.</source>
        <translation>El envío (%1) se deja fuera: %2; el envío no son ventas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="161"/>
        <source>Shipping (%1) is left out: shipping is not sales.</source>
        <translation>Los gastos de envío (%1) se dejan fuera: los gastos de envío no son ventas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="174"/>
        <source>The file has no channel column: every line is counted in the channel &quot;%1&quot;.</source>
        <translation>El archivo no tiene columna de canal: cada línea se cuenta en el canal «%1».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="186"/>
        <source>The file has no store column: every line is counted in the store &quot;%1&quot;.</source>
        <translation>El archivo no tiene columna de tienda: cada línea se cuenta en la tienda «%1».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="194"/>
        <source>Refunds (%1): none beyond the orders whose status already makes them returns.</source>
        <translation>Reembolsos (%1): ninguno más allá de los pedidos que su estado ya cuenta como devoluciones.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="199"/>
        <source>Refunds (%1) are counted as returns: %2, of 1 order whose status does not say refunded.</source>
        <translation>Los reembolsos (%1) se cuentan como devoluciones: %2, de 1 pedido cuyo estado no dice reembolsado.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="202"/>
        <source>Refunds (%1) are counted as returns: %2, of %3 orders whose status does not say refunded.</source>
        <translation>Los reembolsos (%1) se cuentan como devoluciones: %2, de %3 pedidos cuyo estado no dice reembolsado.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="208"/>
        <source>%1 of refunds beyond their orders&apos; sales is left out: it refunded tax or shipping, which are not sales.</source>
        <translation>Se omiten %1 de reembolsos por encima de las ventas de sus pedidos: reembolsaban impuestos o envío, que no son ventas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPageNotes.cpp" line="213"/>
        <source>%1 lines have no price: orders, units and customers count, money figures say &quot;no prices imported&quot; for them.</source>
        <translation>%1 líneas no tienen precio: cuentan para pedidos, unidades y clientes; las cifras de importes indican &quot;no se importaron precios&quot; para ellas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="359"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (each item a row lists is a line; a refunded item is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;Se pueden importar %1 de %2 filas&lt;/b&gt; como %3 líneas de pedido (cada artículo que lista una fila es una línea; un artículo reembolsado es una venta y una devolución): %4 nuevas, %5 ya en el espacio de trabajo (%6 de ellas con cambios).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="366"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as %3 order lines (a refunded row is a sale and a return): %4 new, %5 already in the workspace (%6 of them with changes).</source>
        <translation>&lt;b&gt;Se pueden importar %1 de %2 filas&lt;/b&gt; como %3 líneas de pedido (una fila reembolsada es una venta y una devolución): %4 nuevas, %5 ya en el espacio de trabajo (%6 de ellas con cambios).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="372"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt; as order lines: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;Se pueden importar %1 de %2 filas&lt;/b&gt; como líneas de pedido: %3 nuevas, %4 ya en el espacio de trabajo (%5 de ellas con cambios).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="378"/>
        <source>&lt;b&gt;%1 of %2 rows can be imported&lt;/b&gt;: %3 new, %4 already in the workspace (%5 of them with changes).</source>
        <translation>&lt;b&gt;Se pueden importar %1 de %2 filas&lt;/b&gt;: %3 nuevas, %4 ya en el espacio de trabajo (%5 de ellas con cambios).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="390"/>
        <source>They make %1 order(s).</source>
        <translation>
            <numerusform>Forman %1 pedido.</numerusform>
            <numerusform>Forman %1 pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="396"/>
        <source>&lt;b&gt;1 row is rejected&lt;/b&gt; and will be left out; it is listed below with the reason. Save it to fix it in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;1 fila se rechaza&lt;/b&gt; y se omitirá; aparece abajo con el motivo. Guárdela para corregirla en el archivo, o pulse Cancelar para no importar nada.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="398"/>
        <source>&lt;b&gt;%1 rows are rejected&lt;/b&gt; and will be left out; they are listed below with the reason. Save them to fix them in the file, or Cancel to import nothing.</source>
        <translation>&lt;b&gt;Se rechazan %1 filas&lt;/b&gt; y quedarán fuera; se enumeran abajo con el motivo. Guárdelas para corregirlas en el archivo, o pulse Cancelar para no importar nada.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="403"/>
        <source>The list shows the first %1.</source>
        <translation>La lista muestra las primeras %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="406"/>
        <source>Nothing can be imported: go back and check the columns.</source>
        <translation>No se puede importar nada: retroceda y revise las columnas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="456"/>
        <source>&amp;Import the Good Rows</source>
        <translation>&amp;Importar las filas correctas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="463"/>
        <source>Order lines of the source &quot;%1&quot;: %2 added (%3), %4 unchanged (%5).</source>
        <translation>Líneas de pedido del origen &quot;%1&quot;: %2 añadidas (%3), %4 sin cambios (%5).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="468"/>
        <source>%1 changed: %2 before, %3 after.</source>
        <translation>%1 modificadas: %2 antes, %3 después.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/CheckPage.cpp" line="474"/>
        <source>%n order(s) already in the workspace have new refunds or cancellations (%1): each refund becomes a return, dated on the refund date the file gives or else on the order&apos;s day, so the months of those orders change.</source>
        <translation>
            <numerusform>%n pedido que ya estaba en el espacio de trabajo tiene un nuevo reembolso o cancelación (%1): cada reembolso pasa a ser una devolución, con la fecha de reembolso del archivo o, si no la hay, la del día del pedido; el mes de ese pedido cambia.</numerusform>
            <numerusform>%n pedidos que ya estaban en el espacio de trabajo tienen nuevos reembolsos o cancelaciones (%1): cada reembolso pasa a ser una devolución, con la fecha de reembolso del archivo o, si no la hay, la del día del pedido; los meses de esos pedidos cambian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="499"/>
        <source>&lt;b&gt;Lines of &quot;%1&quot; from %2 to %3 that are not in this file: %4 (%5).&lt;/b&gt; If the file is a new export of those days, they were deleted or corrected where it comes from: tick Replace to remove them. Unticked, they are kept and no line is removed.</source>
        <translation>&lt;b&gt;Líneas de &quot;%1&quot; del %2 al %3 que no están en este archivo: %4 (%5).&lt;/b&gt; Si el archivo es una nueva exportación de esos días, se eliminaron o corrigieron en su origen: marque Sustituir para eliminarlas. Sin marcar, se conservan y no se elimina ninguna línea.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="506"/>
        <source>&amp;Replace: this file is the truth for %1 from %2 to %3; remove the lines it no longer holds (%4, %5)</source>
        <translation>&amp;Sustituir: este archivo es la referencia para %1 del %2 al %3; eliminar las líneas que ya no contiene (%4, %5)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="541"/>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="713"/>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - filas rechazadas.csv</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <location filename="../ui/importwizard/CheckPage.cpp" line="724"/>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="715"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="723"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CheckPage.cpp" line="725"/>
        <source>%1 rejected rows were saved.</source>
        <translation>Se han guardado %1 filas rechazadas.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ClvTrackingChart</name>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="25"/>
        <source>Repeat purchases per month: actual, expected and expected in the coming months</source>
        <translation>Compras repetidas por mes: reales, esperadas y esperadas en los próximos meses</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="27"/>
        <source>Month ending</source>
        <translation>Fin de mes</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="41"/>
        <source>Repeat purchases per month</source>
        <translation>Compras repetidas por mes</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="43"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="45"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="47"/>
        <source>Expected in the coming months</source>
        <translation>Esperado en los próximos meses</translation>
    </message>
    <message>
        <location filename="../ui/charts/ClvTrackingChart.cpp" line="86"/>
        <source>Data used up to here</source>
        <translation>Datos usados hasta aquí</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortCurveChart</name>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="50"/>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="88"/>
        <source>Cumulative revenue per customer</source>
        <translation>Ingresos acumulados por cliente</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="85"/>
        <source>Cumulative revenue per customer: the latest %1 of %2 cohorts</source>
        <translation>Ingresos acumulados por cliente: las últimas %1 de %2 cohortes</translation>
    </message>
    <message>
        <location filename="../ui/charts/CohortCurveChart.cpp" line="47"/>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Ingresos acumulados por cliente y cohorte</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapModel</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="82"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="100"/>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="102"/>
        <source>Revenue per customer</source>
        <translation>Ingresos por cliente</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="104"/>
        <source>Cumulative revenue per customer</source>
        <translation>Ingresos acumulados por cliente</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="108"/>
        <source>Orders per customer</source>
        <translation>Pedidos por cliente</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="144"/>
        <source>week %1</source>
        <translation>semana %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="146"/>
        <source>month %1</source>
        <translation>mes %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="150"/>
        <source>quarter %1</source>
        <translation>trimestre %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="156"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="186"/>
        <source>Cohort %1: all customers</source>
        <translation>Cohorte %1: todos los clientes</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="190"/>
        <source>Cohort %1, week %2: customers who bought</source>
        <translation>Cohorte %1, semana %2: clientes que compraron</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="192"/>
        <source>Cohort %1, month %2: customers who bought</source>
        <translation>Cohorte %1, mes %2: clientes que compraron</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="196"/>
        <source>Cohort %1, quarter %2: customers who bought</source>
        <translation>Cohorte %1, trimestre %2: clientes que compraron</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="204"/>
        <source>Cohort %1 (%2): %Ln customer(s)</source>
        <translation>
            <numerusform>Cohorte %1 (%2): %Ln cliente</numerusform>
            <numerusform>Cohorte %1 (%2): %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="234"/>
        <source>%1, leaving out %Ln line(s) without prices</source>
        <translation>
            <numerusform>%1, sin contar %Ln línea sin precios</numerusform>
            <numerusform>%1, sin contar %Ln líneas sin precios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="241"/>
        <source>Orders per customer: %1 (%Ln order(s))</source>
        <translation>
            <numerusform>Pedidos por cliente: %1 (%Ln pedido)</numerusform>
            <numerusform>Pedidos por cliente: %1 (%Ln pedidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="244"/>
        <source>Click or press Enter to list the cohort&apos;s %Ln customer(s).</source>
        <translation>
            <numerusform>Haga clic o pulse Intro para ver el %Ln cliente de la cohorte.</numerusform>
            <numerusform>Haga clic o pulse Intro para ver los %Ln clientes de la cohorte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="245"/>
        <source>Click or press Enter to list these %Ln customer(s).</source>
        <translation>
            <numerusform>Haga clic o pulse Intro para ver este %Ln cliente.</numerusform>
            <numerusform>Haga clic o pulse Intro para ver estos %Ln clientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="207"/>
        <source>Customers whose first purchase falls in this period.</source>
        <translation>Clientes cuya primera compra cae en este periodo.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="208"/>
        <source>Click or press Enter to list them.</source>
        <translation>Haga clic o pulse Intro para verlos.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="212"/>
        <source>Age: %1 (%2)</source>
        <translation>Antigüedad: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="214"/>
        <source>This period is after the last day with data: no value yet.</source>
        <translation>Este periodo es posterior al último día con datos: aún no hay valor.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="218"/>
        <source>To date: the period is not over yet (data up to %1).</source>
        <translation>Hasta la fecha: el periodo aún no ha terminado (datos hasta el %1).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="229"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="230"/>
        <source>%1 (net sales %2)</source>
        <translation>%1 (ventas netas %2)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="239"/>
        <source>Revenue per customer: %1</source>
        <translation>Ingresos por cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="240"/>
        <source>Cumulative revenue per customer: %1</source>
        <translation>Ingresos acumulados por cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="223"/>
        <source>Customer retention: %1 (%2 of %3 customers bought)</source>
        <translation>Retención de clientes: %1 (compraron %2 de %3 clientes)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="321"/>
        <source>%1 (to date)</source>
        <translation>%1 (hasta la fecha)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="323"/>
        <source>Cohort %1: customers whose first purchase falls in %2</source>
        <translation>Cohorte %1: clientes cuya primera compra cae en %2</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="330"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="339"/>
        <source>Cohort size: customers whose first purchase falls in the cohort&apos;s period</source>
        <translation>Tamaño de la cohorte: clientes cuya primera compra cae en el periodo de la cohorte</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapModel.cpp" line="340"/>
        <source>Age %1: periods since the cohort&apos;s first period (0 is that period itself)</source>
        <translation>Antigüedad %1: periodos desde el primer periodo de la cohorte (0 es ese mismo periodo)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortHeatmapView</name>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapView.cpp" line="36"/>
        <source>Cohort heatmap</source>
        <translation>Mapa de calor de cohortes</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortHeatmapView.cpp" line="37"/>
        <source>cohorts</source>
        <translation>cohortes</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortLabels</name>
    <message>
        <location filename="../ui/cohorts/CohortLabels.cpp" line="27"/>
        <source>week of %1</source>
        <comment>a week cohort: the Monday it starts on</comment>
        <translation>semana del %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLabels.cpp" line="34"/>
        <source>Q%1 %2</source>
        <comment>a quarter cohort: quarter and year</comment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortLegend</name>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="61"/>
        <source>%1: every cell is %2, so the colours do not vary.</source>
        <translation>%1: cada celda es %2, así que los colores no varían.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="62"/>
        <source>%1: the colour runs from %2 (palest) to %3 or more (strongest).</source>
        <translation>%1: el color va de %2 (más claro) a %3 o más (más intenso).</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="66"/>
        <source>Hatched cells with a dashed outline are figures to date: their period is not over yet.</source>
        <translation>Las celdas rayadas con contorno discontinuo son cifras hasta la fecha: su periodo aún no ha terminado.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="74"/>
        <source>%1:</source>
        <comment>a label before the colour scale</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortLegend.cpp" line="92"/>
        <source>To date (the period is not over yet)</source>
        <translation>Hasta la fecha (el periodo aún no ha terminado)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CohortsView</name>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="63"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="64"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="65"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="70"/>
        <source>&amp;Metric:</source>
        <translation>Mé&amp;trica:</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="72"/>
        <source>Cohorts &amp;by:</source>
        <translation>Cohortes p&amp;or:</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="111"/>
        <location filename="../ui/cohorts/CohortsView.cpp" line="171"/>
        <source>Open a workspace to see how customers come back: import orders or open the sample store from the File menu.</source>
        <translation>Abra un espacio de trabajo para ver cómo vuelven los clientes: importe pedidos o abra la tienda de ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="186"/>
        <source>The cohorts could not be computed: %1</source>
        <translation>No se han podido calcular las cohortes: %1</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="217"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see cohorts.</source>
        <translation>Aún no hay pedidos: importe pedidos (Archivo, Importar) o abra la tienda de ejemplo para ver las cohortes.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="228"/>
        <source>No customer made a first purchase in the selected date range with these filters. Widen the date range or clear a filter.</source>
        <translation>Ningún cliente realizó su primera compra en el rango de fechas seleccionado con estos filtros. Amplíe el rango de fechas o quite un filtro.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="266"/>
        <source>Age in weeks</source>
        <translation>Antigüedad en semanas</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="269"/>
        <source>Age in months</source>
        <translation>Antigüedad en meses</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="272"/>
        <source>Age in quarters</source>
        <translation>Antigüedad en trimestres</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="278"/>
        <source>Net sales per customer</source>
        <translation>Ventas netas por cliente</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="279"/>
        <source>Net sales per customer (%1)</source>
        <translation>Ventas netas por cliente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="288"/>
        <source>Customers who first bought from %1 to %2 (%3, %4), followed up to %5; no comparison with another period.</source>
        <translation>Clientes que compraron por primera vez del %1 al %2 (%3, %4), seguidos hasta el %5; sin comparación con otro periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortsView.cpp" line="293"/>
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln cohorte</numerusform>
            <numerusform>%Ln cohortes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/cohorts/CohortsView.cpp" line="294"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="299"/>
        <source>Some lines were imported without prices: revenue cells of those lines say &quot;no prices&quot; (their money is unknown, not 0); ~ marks a value that leaves such lines out.</source>
        <translation>Algunas líneas se importaron sin precios: las celdas de ingresos de esas líneas indican &quot;sin precios&quot; (su importe es desconocido, no 0); ~ marca un valor que excluye esas líneas.</translation>
    </message>
    <message>
        <location filename="../ui/cohorts/CohortsView.cpp" line="318"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnAnalysis</name>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="40"/>
        <source>Date (year-month-day)</source>
        <translation>Fecha (año-mes-día)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="42"/>
        <source>Date (day/month/year)</source>
        <translation>Fecha (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="44"/>
        <source>Date (month/day/year)</source>
        <translation>Fecha (mes/día/año)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="48"/>
        <source>Date (day and month order open)</source>
        <translation>Fecha (orden de día y mes sin determinar)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="54"/>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="66"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="69"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="70"/>
        <source>Number (decimal comma)</source>
        <translation>Número (coma decimal)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="71"/>
        <source>Number (decimal point)</source>
        <translation>Número (punto decimal)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnAnalysis.cpp" line="108"/>
        <source>This is not a yes/no value.</source>
        <translation>Esto no es un valor sí/no.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ColumnsPage</name>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="98"/>
        <source>&quot;%1&quot;</source>
        <comment>a status value quoted in a list</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="180"/>
        <source>The file has &amp;no prices (import anyway)</source>
        <translation>El archivo &amp;no tiene precios (importar de todos modos)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="181"/>
        <source>S&amp;pread order discounts over the lines</source>
        <translation>Re&amp;partir descuentos de pedido entre las líneas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="184"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="187"/>
        <source>Tell StoreLens what each column holds</source>
        <translation>Indique a StoreLens qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="203"/>
        <source>The system this export comes from: the till, the web shop, an ERP. The same order number from two sources is two orders.</source>
        <translation>El sistema del que procede esta exportación: la caja, la tienda online, un ERP. El mismo número de pedido de dos orígenes son dos pedidos.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="209"/>
        <source>Detect from the whole file</source>
        <translation>Detectar a partir de todo el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="210"/>
        <source>Year-month-day (2024-03-31)</source>
        <translation>Año-mes-día (2024-03-31)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="211"/>
        <source>Day/month/year (31/03/2024)</source>
        <translation>Día/mes/año (31/03/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="212"/>
        <source>Month/day/year (03/31/2024)</source>
        <translation>Mes/día/año (03/31/2024)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="213"/>
        <source>Point (1,234.50)</source>
        <translation>Punto (1,234.50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="214"/>
        <source>Comma (1.234,50)</source>
        <translation>Coma (1.234,50)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Looks like</source>
        <translation>Parece</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="218"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="238"/>
        <source>&amp;Dates are written as:</source>
        <translation>Las &amp;fechas están escritas como:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="240"/>
        <source>Decimal &amp;separator:</source>
        <translation>Separador d&amp;ecimal:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="250"/>
        <source>before the line discount</source>
        <translation>antes del descuento de línea</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="251"/>
        <source>after the line discount</source>
        <translation>después del descuento de línea</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="253"/>
        <source>each row</source>
        <translation>cada fila</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="254"/>
        <source>one per customer per day</source>
        <translation>uno por cliente y día</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="260"/>
        <source>The channel of every line whose file has no channel column (or an empty cell): a till&apos;s sales are in store, a web shop&apos;s online.</source>
        <translation>El canal de cada línea cuyo archivo no tiene columna de canal (o una celda vacía): las ventas de una caja son en tienda, las de una tienda web en línea.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="264"/>
        <source>An order discount given once per order is split over the order&apos;s lines in proportion to their amounts, to the cent; unchecked, it is left out. Shipping is not sales: a column mapped as shipping is counted and left out.</source>
        <translation>Un descuento de pedido indicado una vez por pedido se reparte entre las líneas del pedido en proporción a sus importes, al céntimo; si se desmarca, se excluye. El envío no son ventas: una columna asignada como envío se cuenta y se deja fuera.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="267"/>
        <source>Orders, units, customers and cohorts count; money figures say &quot;no prices imported&quot; for these lines.</source>
        <translation>Cuentan para pedidos, unidades, clientes y cohortes; las cifras de importes indican &quot;no se importaron precios&quot; para estas líneas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="273"/>
        <source>&amp;Line totals are:</source>
        <translation>Los totales de &amp;línea son:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="275"/>
        <source>Without an order ID, an &amp;order is:</source>
        <translation>Sin ID de pedido, un pe&amp;dido es:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="277"/>
        <source>C&amp;hannel where none is given:</source>
        <translation>Ca&amp;nal si no se indica ninguno:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="380"/>
        <source>StoreLens suggested a field for the columns it recognised (%1). Fields marked * are required; columns set to Ignore are left out.</source>
        <translation>StoreLens ha sugerido un campo para las columnas que ha reconocido (%1). Los campos marcados con * son obligatorios; las columnas marcadas como Ignorar se excluyen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="399"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="401"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="504"/>
        <source>&quot;%1&quot; is read as the line total, so &quot;%2&quot; is no longer read as the unit price: a line&apos;s amount comes from one of them.</source>
        <translation>«%1» se lee como total de línea, así que «%2» ya no se lee como precio unitario: el importe de una línea sale de una de las dos.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="507"/>
        <source>&quot;%1&quot; is read as the unit price, so &quot;%2&quot; is no longer read as the line total: a line&apos;s amount comes from one of them.</source>
        <translation>«%1» se lee como precio unitario, así que «%2» ya no se lee como total de línea: el importe de una línea sale de una de las dos.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="584"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="595"/>
        <source>Every required field has a column.</source>
        <translation>Todos los campos obligatorios tienen una columna.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="596"/>
        <source>&lt;b&gt;Still to choose:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Falta elegir:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="603"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>columna %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="606"/>
        <source>&lt;b&gt;Choose which column holds %1:&lt;/b&gt; %2 both name it, and nothing in the file tells which one to use.</source>
        <translation>&lt;b&gt;Elija qué columna contiene %1:&lt;/b&gt; %2 se refieren ambas a este campo y nada en el archivo indica cuál usar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="609"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="614"/>
        <source>&lt;b&gt;Day or month first?&lt;/b&gt; In the rows shown, a date such as &quot;%1&quot; could be day/month or month/day. Choose under &quot;Dates are written as&quot; if you know how your system writes dates; otherwise StoreLens reads the whole file to tell, and stops to ask if no day in it is above 12.</source>
        <translation>&lt;b&gt;¿Primero el día o el mes?&lt;/b&gt; En las filas mostradas, una fecha como «%1» puede ser día/mes o mes/día. Elija en «Las fechas están escritas como» si sabe cómo escribe las fechas su sistema; si no, StoreLens lee todo el archivo para averiguarlo y se detiene a preguntar si ningún día pasa de 12.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="620"/>
        <source>Highlighted columns have values that do not read as the field chosen for them; rows with such values will be rejected. Check the field, the date order and the decimal separator.</source>
        <translation>Las columnas resaltadas tienen valores que no se leen como el campo elegido para ellas; las filas con esos valores se rechazarán. Revise el campo, el orden de las fechas y el separador decimal.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="624"/>
        <source>Order IDs that start with &quot;%1&quot; are read as cancellations (returns).</source>
        <translation>Los ID de pedido que empiezan por &quot;%1&quot; se leen como cancelaciones (devoluciones).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="632"/>
        <source>Orders whose status marks a refund or a cancellation (none in the rows shown) were sold and refunded: each of their lines counts as a sale and a return.</source>
        <translation>Los pedidos cuyo estado indica un reembolso o una cancelación (ninguno en las filas mostradas) se vendieron y se reembolsaron: cada una de sus líneas cuenta como una venta y una devolución.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="637"/>
        <source>Rows whose status is %1 are refunds: each counts as a return dated on the refund&apos;s day, not as a sale.</source>
        <translation>Las filas con el estado %1 son reembolsos: cada una cuenta como una devolución fechada el día del reembolso, no como una venta.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="640"/>
        <source>Orders whose status is %1 were sold and refunded: each of their lines counts as a sale and a return. If a status means the item was voided before payment, the Check step can leave it out instead.</source>
        <translation>Los pedidos con estado %1 se vendieron y se reembolsaron: cada una de sus líneas cuenta como una venta y una devolución. Si un estado significa que el artículo se anuló antes del pago, el paso Comprobación puede omitirlo en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ColumnsPage.cpp" line="649"/>
        <source>Lines whose status is %1 were voided on the till before payment: they are left out of sales. If such a status means the sale was refunded, the Check step can count it as a cancellation instead.</source>
        <translation>Las líneas con el estado %1 se anularon en caja antes del pago: quedan fuera de las ventas. Si ese estado significa que la venta se reembolsó, el paso Comprobación puede contarlo como una cancelación.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerDataActions</name>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="31"/>
        <source>The customer&apos;s data could not be written: %1</source>
        <translation>No se han podido escribir los datos del cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="42"/>
        <source>Export This Customer&apos;s Data…</source>
        <translation>Exportar los datos de este cliente…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="43"/>
        <source>Forget This Customer…</source>
        <translation>Olvidar a este cliente…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="50"/>
        <source>Save everything this workspace holds on the customer (their record, order lines, figures and segments) as JSON or CSV.</source>
        <translation>Guardar todo lo que este espacio de trabajo contiene sobre el cliente (su ficha, líneas de pedido, cifras y segmentos) en JSON o CSV.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="53"/>
        <source>Remove the customer&apos;s personal data for good. Their purchases stay as guest purchases, so sales totals do not change.</source>
        <translation>Eliminar definitivamente los datos personales del cliente. Sus compras se conservan como compras anónimas, así que los totales de ventas no cambian.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="65"/>
        <source>Saved the customer&apos;s data to %1.</source>
        <translation>Se han guardado los datos del cliente en %1.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="105"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="106"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="109"/>
        <source>Export This Customer&apos;s Data</source>
        <translation>Exportar los datos de este cliente</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="109"/>
        <source>customer-%1.json</source>
        <translation>cliente-%1.json</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="150"/>
        <source>Forget This Customer</source>
        <translation>Olvidar a este cliente</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="151"/>
        <source>Forget %1 (ID %2)?</source>
        <translation>¿Olvidar a %1 (ID %2)?</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="155"/>
        <source>Their name, e-mail address and every other detail of their customer record are removed from this workspace for good. Their purchases stay as guest purchases, so orders and sales do not change. Export their data first if you need it. A later orders import keeps their purchases as guest purchases; importing a customer list that still holds them brings them back.</source>
        <translation>Su nombre, su correo electrónico y cualquier otro dato de su ficha de cliente se eliminan definitivamente de este espacio de trabajo. Sus compras quedan como compras de invitado, así que los pedidos y las ventas no cambian. Exporte antes sus datos si los necesita. Una importación posterior de pedidos mantiene sus compras como compras de invitado; importar una lista de clientes que aún lo contenga lo devuelve.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDataActions.cpp" line="159"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerListModel</name>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="141"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="158"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="162"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="164"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="166"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="168"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="170"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="172"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerListModel.cpp" line="174"/>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomerProfilePane</name>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="106"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="236"/>
        <source>Select a customer in the list to see their profile.</source>
        <translation>Seleccione un cliente en la lista para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="132"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="133"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="134"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="179"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="135"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="136"/>
        <source>Average order value</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="137"/>
        <source>Recency</source>
        <translation>Recencia</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="138"/>
        <source>RFM scores</source>
        <translation>Puntuaciones RFM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="139"/>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="140"/>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="141"/>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="142"/>
        <source>Predicted CLV (next %1 months)</source>
        <translation>CLV previsto (próximos %1 meses)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="143"/>
        <source>Chance still a customer</source>
        <translation>Probabilidad de seguir siendo cliente</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="168"/>
        <source>Where</source>
        <comment>an order&apos;s store and channel</comment>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="169"/>
        <source>Net units</source>
        <translation>Unidades netas</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="173"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="174"/>
        <source>Last bought</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="176"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="180"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="181"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="191"/>
        <source>Orders over time (returns below the line)</source>
        <translation>Pedidos a lo largo del tiempo (devoluciones bajo la línea)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="202"/>
        <source>Customer %1 was forgotten: their personal data is gone and their %n order line(s) are now guest lines.</source>
        <translation>
            <numerusform>Se ha olvidado al cliente %1: sus datos personales se han eliminado y su %n línea de pedido es ahora una línea anónima.</numerusform>
            <numerusform>Se ha olvidado al cliente %1: sus datos personales se han eliminado y sus %n líneas de pedido son ahora líneas anónimas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="239"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="240"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="259"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="261"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="262"/>
        <source>no orders</source>
        <translation>sin pedidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="263"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="265"/>
        <source>Days from the last purchase to %1, the day after the last day with data.</source>
        <translation>Días desde la última compra hasta el %1, el día siguiente al último día con datos.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="269"/>
        <source>R %1 · F %2 · M %3</source>
        <translation>R %1 · F %2 · M %3</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="278"/>
        <source>%1 (compared with the other customers)</source>
        <translation>%1 (comparado con los demás clientes)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="280"/>
        <source>The RFM segment compares this customer with the others: how recently, how often and how much they bought (the RFM scores above).</source>
        <translation>El segmento RFM compara a este cliente con los demás: lo reciente, lo frecuente y lo mucho que compró (las puntuaciones RFM de arriba).</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="283"/>
        <source>The lifecycle stage counts the days since the first and the last purchase: New, Active, At risk, Lapsed.</source>
        <translation>La etapa del ciclo de vida cuenta los días desde la primera y la última compra: Nuevo, Activo, En riesgo, Inactivo.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="311"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="324"/>
        <source>%1 · %2</source>
        <comment>store · channel</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="330"/>
        <source>Returns only: not counted as an order.</source>
        <translation>Solo devoluciones: no cuenta como pedido.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="344"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="355"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="390"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="391"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="392"/>
        <source>The prediction failed: %1</source>
        <translation>La predicción ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="403"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="404"/>
        <source>calculating…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="422"/>
        <source>not predicted</source>
        <translation>no se predice</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="428"/>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="429"/>
        <source>no prediction</source>
        <translation>sin predicción</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerProfilePane.cpp" line="431"/>
        <source>The prediction models have no row for this customer.</source>
        <translation>Los modelos de predicción no tienen ninguna fila para este cliente.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::CustomersView</name>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="46"/>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="59"/>
        <source>Search by ID, name, email, country or segment</source>
        <translation>Buscar por ID, nombre, email, país o segmento</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="61"/>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="62"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="100"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="106"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="167"/>
        <location filename="../ui/customers/CustomersView.cpp" line="194"/>
        <source>Open a workspace to see its customers: import orders or open the sample store from the File menu.</source>
        <translation>Abra un espacio de trabajo para ver sus clientes: importe pedidos o abra la tienda de ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="213"/>
        <source>The customers could not be listed: %1</source>
        <translation>No se han podido enumerar los clientes: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="235"/>
        <source>No customer has a purchase with these filters. Clear a filter to see more.</source>
        <translation>Ningún cliente tiene compras con estos filtros. Quite un filtro para ver más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="359"/>
        <source>%Ln of %1 customers, with every purchase up to %2: the date range does not apply here</source>
        <translation>
            <numerusform>%Ln de %1 clientes, con cada compra hasta el %2: el intervalo de fechas no se aplica aquí</numerusform>
            <numerusform>%Ln de %1 clientes, con cada compra hasta el %2: el intervalo de fechas no se aplica aquí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="231"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see customers.</source>
        <translation>Aún no hay pedidos: importe pedidos (Archivo, Importar) o abra la tienda de ejemplo para ver los clientes.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="316"/>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="333"/>
        <source>Showing: %1 (%Ln customer(s); %2 more outside the current filters)</source>
        <translation>
            <numerusform>Se muestra: %1 (%Ln cliente; %2 más fuera de los filtros actuales)</numerusform>
            <numerusform>Se muestra: %1 (%Ln clientes; %2 más fuera de los filtros actuales)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersView.cpp" line="335"/>
        <source>Showing: %1 (%Ln customer(s))</source>
        <translation>
            <numerusform>Se muestra: %1 (%Ln cliente)</numerusform>
            <numerusform>Se muestra: %1 (%Ln clientes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersView.cpp" line="350"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Ningún cliente coincide con &quot;%1&quot;. Borre la búsqueda para ver los %2.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DashboardPage</name>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="30"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="31"/>
        <source>&amp;Cohorts</source>
        <translation>&amp;Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="32"/>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="33"/>
        <source>C&amp;ustomers</source>
        <translation>Cl&amp;ientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/DashboardPage.cpp" line="34"/>
        <source>&amp;Predictions</source>
        <translation>Pre&amp;dicciones</translation>
    </message>
</context>
<context>
    <name>storelens::ui::DateRangePreset</name>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="46"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="48"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="50"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="52"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="56"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="54"/>
        <source>Last complete month</source>
        <translation>Último mes completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="58"/>
        <source>Last complete quarter</source>
        <translation>Último trimestre completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="60"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="62"/>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="64"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="66"/>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="68"/>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="80"/>
        <source>%1 (%2)</source>
        <comment>a period preset and the calendar period it covers</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DateRangePreset.cpp" line="90"/>
        <source>Q%1 %2</source>
        <comment>a calendar quarter and its year</comment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::EmailKeyOffer</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="19"/>
        <source>Each person is counted once: %n customer(s) of this file are the workspace&apos;s customers with the same e-mail address or phone number. The import profile keeps the choice.</source>
        <translation>
            <numerusform>Cada persona se cuenta una vez: %n cliente de este archivo es el cliente del espacio de trabajo con la misma dirección de correo o el mismo teléfono. El perfil de importación guarda la elección.</numerusform>
            <numerusform>Cada persona se cuenta una vez: %n clientes de este archivo son los clientes del espacio de trabajo con la misma dirección de correo o el mismo teléfono. El perfil de importación guarda la elección.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="30"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Asigna a cada línea el cliente del espacio de trabajo con la dirección de «%1», vuelve a comprobar el archivo y guarda la elección en el perfil de importación.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="33"/>
        <source>Gives each line the workspace&apos;s customer with the address in &quot;%1&quot; or, without one, the number in &quot;%2&quot;, checks the file again and keeps the choice in the import profile.</source>
        <translation>Asigna a cada línea el cliente del espacio de trabajo con la dirección de «%1» o, si no la hay, con el número de «%2», vuelve a comprobar el archivo y guarda la elección en el perfil de importación.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/EmailKeyOffer.cpp" line="36"/>
        <source>Count Each Person &amp;Once</source>
        <translation>Contar a cada persona una &amp;vez</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainFormat</name>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="45"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="47"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="49"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="51"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="53"/>
        <source>New or returning</source>
        <translation>Nuevo o recurrente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="55"/>
        <source>Saved segment</source>
        <translation>Segmento guardado</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="57"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="104"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="105"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="117"/>
        <source>mix of %1</source>
        <translation>mezcla de %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="118"/>
        <source>rate within each</source>
        <translation>tasa dentro de cada uno</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="126"/>
        <source>all others</source>
        <translation>todos los demás</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="128"/>
        <source>change</source>
        <translation>variación</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="137"/>
        <source>%1 by factor</source>
        <translation>%1 por factor</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="139"/>
        <source>%1: mix and rate by %2</source>
        <translation>%1: mezcla y tasa por %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="140"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="158"/>
        <source>%1 In the comparison period the rate&apos;s 95 % interval was %2 to %3.</source>
        <translation>%1 En el periodo de comparación, el intervalo del 95 % de la tasa era de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="161"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval): it may not have changed at all.</source>
        <translation>%1 Teniendo en cuenta los altibajos habituales de un día a otro, la media diaria cambió entre %2 y %3 (intervalo del 95 %): puede que no haya cambiado en absoluto.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="164"/>
        <source>%1 Allowing for the usual day-to-day swings, the daily average changed by somewhere between %2 and %3 (95 % interval).</source>
        <translation>%1 Teniendo en cuenta los altibajos habituales de un día a otro, la media diaria cambió entre %2 y %3 (intervalo del 95 %).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="173"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="175"/>
        <source>Now: %1; before: %2.</source>
        <translation>Ahora: %1; antes: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainFormat.cpp" line="181"/>
        <source>StoreLens does not explain the change of %1.</source>
        <translation>StoreLens no explica la variación de %1.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="70"/>
        <source>Close the explanation (Esc)</source>
        <translation>Cerrar la explicación (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="71"/>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="98"/>
        <source>Largest parts &amp;by</source>
        <translation>Partes más grandes &amp;por</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="187"/>
        <source>Why did %1 change?</source>
        <translation>¿Por qué ha variado el valor «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="230"/>
        <source>Open a workspace to see why a figure changed.</source>
        <translation>Abra un espacio de trabajo para ver por qué ha variado una cifra.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="233"/>
        <source>Working out where the change came from…</source>
        <translation>Calculando de dónde procede la variación…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="246"/>
        <source>The change could not be explained: %1</source>
        <translation>No se ha podido explicar la variación: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="254"/>
        <source>There is no change to explain: %1</source>
        <translation>No hay ninguna variación que explicar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="265"/>
        <source>How this was judged: %1.</source>
        <translation>Cómo se ha juzgado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="300"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="302"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="303"/>
        <source>Part of the change</source>
        <translation>Parte de la variación</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="314"/>
        <source>Click to show only %1 on the dashboard.</source>
        <translation>Haga clic para mostrar solo %1 en el panel.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="315"/>
        <source>The dashboard cannot be filtered by this.</source>
        <translation>El panel no se puede filtrar por esto.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ExplainPanel.cpp" line="328"/>
        <source>The %1 largest of %2 parts.</source>
        <translation>Las %1 partes más grandes de %2.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ExportStyle</name>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="28"/>
        <source>Squarespace orders</source>
        <translation>Pedidos de Squarespace</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="30"/>
        <source>Shopify orders</source>
        <translation>Pedidos de Shopify</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="32"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="34"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="36"/>
        <source>PrestaShop customers</source>
        <translation>Clientes de PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="38"/>
        <source>Shopify customers</source>
        <translation>Clientes de Shopify</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="40"/>
        <source>BigCommerce orders</source>
        <translation>Pedidos de BigCommerce</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="42"/>
        <source>Odoo POS order lines</source>
        <translation>Líneas de pedido de Odoo TPV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="44"/>
        <source>Magento orders</source>
        <translation>Pedidos de Magento</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="46"/>
        <source>Shopware orders</source>
        <translation>Pedidos de Shopware</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="48"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="50"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="52"/>
        <source>PrestaShop orders</source>
        <translation>Pedidos de PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="54"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="56"/>
        <source>SumUp sales</source>
        <translation>Ventas de SumUp</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="58"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="60"/>
        <source>Loyverse receipts by item</source>
        <translation>Recibos por artículo de Loyverse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="62"/>
        <source>Wix orders</source>
        <translation>Pedidos de Wix</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="64"/>
        <source>Square Online orders</source>
        <translation>Pedidos de Square Online</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="66"/>
        <source>eBay orders report</source>
        <translation>Informe de pedidos de eBay</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="68"/>
        <source>Amazon All Orders</source>
        <translation>Amazon Todos los pedidos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="70"/>
        <source>eBay transaction report</source>
        <translation>Informe de transacciones de eBay</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="72"/>
        <source>Clover line items</source>
        <translation>Líneas de artículos de Clover</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="74"/>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="76"/>
        <source>Tiendanube orders</source>
        <translation>Pedidos de Tiendanube</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="78"/>
        <source>DSFinV-K receipts</source>
        <translation>Recibos DSFinV-K</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="83"/>
        <source>Toast item selection details</source>
        <translation>Selecciones de artículos de Toast</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="85"/>
        <source>Shift4Shop orders</source>
        <translation>Pedidos de Shift4Shop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="87"/>
        <source>Hike sales</source>
        <translation>Ventas de Hike</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="89"/>
        <source>Big Cartel orders</source>
        <translation>Pedidos de Big Cartel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="91"/>
        <source>Gambio orders</source>
        <translation>Pedidos de Gambio</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="93"/>
        <source>Cassa in Cloud sales documents</source>
        <translation>Documentos de venta de Cassa in Cloud</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="95"/>
        <source>Storeden orders</source>
        <translation>Pedidos de Storeden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="97"/>
        <source>WooCommerce orders</source>
        <translation>Pedidos de WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="99"/>
        <source>Square item sales</source>
        <translation>Ventas por artículo de Square</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="100"/>
        <source>Lightspeed sales</source>
        <translation>Ventas de Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="101"/>
        <source>Superstore orders</source>
        <translation>Pedidos de Superstore</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="102"/>
        <source>ERP invoice lines</source>
        <translation>Líneas de factura del ERP</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="103"/>
        <source>Till export</source>
        <translation>Exportación de caja</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="117"/>
        <source>Orders export</source>
        <translation>Exportación de pedidos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="119"/>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="121"/>
        <source>Product list</source>
        <translation>Lista de productos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="123"/>
        <source>Inventory export</source>
        <translation>Exportación de inventario</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="125"/>
        <source>Store traffic export</source>
        <translation>Exportación de tráfico de tienda</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="127"/>
        <source>Staffing export</source>
        <translation>Exportación de personal</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="129"/>
        <source>Marketing spend export</source>
        <translation>Exportación de gasto de marketing</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="131"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ExportStyle.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FeeChoices</name>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="21"/>
        <source>Fees, tips and other lines that may not be merchandise</source>
        <translation>Cargos, propinas y otras líneas que quizá no sean mercancía</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="28"/>
        <source>Tips belong to the staff and deposits are paid back: they are not sales. A gift card sold becomes a sale when it is spent, so it starts as &quot;Not sales: leave out&quot;; keep it in sales only if the purchases paid with it are not in your exports. Fees and postage stay in sales but leave the product rankings.</source>
        <translation>Las propinas son del personal y los depósitos se devuelven: no son ventas. Una tarjeta regalo vendida se convierte en venta cuando se gasta, así que empieza como «No son ventas: dejar fuera»; manténgala en las ventas solo si las compras pagadas con ella no están en sus exportaciones. Las comisiones y el envío siguen en las ventas, pero salen de las clasificaciones de productos.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/FeeChoices.cpp" line="69"/>
        <source>%n line(s), %1</source>
        <translation>
            <numerusform>%n línea, %1</numerusform>
            <numerusform>%n líneas, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="73"/>
        <source>Product (merchandise)</source>
        <translation>Producto (mercancía)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="74"/>
        <source>Not a product: keep in sales</source>
        <translation>No es un producto: mantener en ventas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FeeChoices.cpp" line="75"/>
        <source>Not sales: leave out</source>
        <translation>No son ventas: dejar fuera</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FileActions</name>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="95"/>
        <source>Not Opened</source>
        <translation>No se ha abierto</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="96"/>
        <source>No program could be started to open %1. Open it from your file manager, or install a viewer for this kind of file.</source>
        <translation>No se ha podido iniciar ningún programa para abrir %1. Ábralo desde su gestor de archivos o instale un visor para este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="121"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/common/FileActions.cpp" line="123"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilePage</name>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="41"/>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="43"/>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="45"/>
        <source>separated by vertical bars</source>
        <translation>separado por barras verticales</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="47"/>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="95"/>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="96"/>
        <source>Choose a CSV export of your till, web shop or ERP. StoreLens reads its first rows to work out what it holds; nothing is imported before the last step.</source>
        <translation>Elija una exportación CSV de su caja, tienda online o ERP. StoreLens lee sus primeras filas para deducir qué contiene; no se importa nada antes del último paso.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="104"/>
        <source>Choose what the file holds</source>
        <translation>Elija qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="115"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="120"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="125"/>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="158"/>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que se va a importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="181"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="184"/>
        <source>Reading the first rows…</source>
        <translation>Leyendo las primeras filas…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="193"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/FilePage.cpp" line="202"/>
        <source>%1, %2, %Ln column(s), %3.</source>
        <translation>
            <numerusform>%1, %2, %Ln columna, %3.</numerusform>
            <numerusform>%1, %2, %Ln columnas, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="219"/>
        <source>StoreLens cannot tell what this file holds: please choose below.</source>
        <translation>StoreLens no puede determinar qué contiene este archivo: elíjalo abajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="220"/>
        <source>StoreLens cannot tell for sure what this file holds (it could be %1): please choose below.</source>
        <translation>StoreLens no puede determinar con seguridad qué contiene este archivo (podría ser %1): elíjalo abajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="227"/>
        <source>&amp;Use the saved settings &quot;%1&quot;</source>
        <translation>&amp;Usar la configuración guardada «%1»</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FilePage.cpp" line="228"/>
        <source>Kind of file: %1. This file has the same columns; the next step checks the whole file.</source>
        <translation>Tipo de archivo: %1. Este archivo tiene las mismas columnas; el siguiente paso comprueba el archivo completo.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FilterBar</name>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="107"/>
        <source>The period to analyse, counted back from the last day with data.</source>
        <translation>El periodo que se va a analizar, contado hacia atrás desde el último día con datos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="110"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="121"/>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="122"/>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="123"/>
        <source>First day of the period. Editing a date switches to a custom range.</source>
        <translation>Primer día del periodo. Al editar una fecha se cambia a un rango personalizado.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="124"/>
        <source>Last day of the period. Editing a date switches to a custom range.</source>
        <translation>Último día del periodo. Al editar una fecha se cambia a un rango personalizado.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="128"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="129"/>
        <source>Same period last year</source>
        <translation>Mismo periodo del año anterior</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="130"/>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="131"/>
        <source>Co&amp;mpare:</source>
        <translation>Co&amp;mparar:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="134"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="135"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="136"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="137"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="148"/>
        <location filename="../ui/dashboard/FilterBar.cpp" line="395"/>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="150"/>
        <source>Only the order lines of a saved segment&apos;s customers (guest sales are left out).</source>
        <translation>Solo las líneas de pedido de los clientes de un segmento guardado (se excluyen las ventas anónimas).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="152"/>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="169"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="312"/>
        <source>All time has no earlier data to compare with.</source>
        <translation>Todo el historial no tiene datos anteriores con los que comparar.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="380"/>
        <source>The filter values could not be read.</source>
        <translation>No se han podido leer los valores del filtro.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="404"/>
        <source>Data up to %1</source>
        <translation>Datos hasta el %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="408"/>
        <source>Order lines from %1 to %2. Periods count back from the last day with data.</source>
        <translation>Líneas de pedido del %1 al %2. Los periodos se cuentan hacia atrás desde el último día con datos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterBar.cpp" line="413"/>
        <source>No orders imported yet.</source>
        <translation>Aún no se han importado pedidos.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::FormatPage</name>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="41"/>
        <source>The first row holds the column &amp;names</source>
        <translation>La primera fila contiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="45"/>
        <source>Check how the file is written</source>
        <translation>Compruebe cómo está escrito el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="46"/>
        <source>StoreLens detected these settings. If the preview below looks wrong (odd characters, everything in one column), change them until it looks right.</source>
        <translation>StoreLens ha detectado esta configuración. Si la vista previa de abajo no se ve bien (caracteres extraños, todo en una columna), cámbiela hasta que se vea correctamente.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="52"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="53"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="54"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="55"/>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="56"/>
        <source>Spaces (aligned columns)</source>
        <translation>Espacios (columnas alineadas)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="57"/>
        <source>Double quote ( &quot; )</source>
        <translation>Comillas dobles ( &quot; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="58"/>
        <source>Single quote ( &apos; )</source>
        <translation>Comilla simple ( &apos; )</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="59"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="76"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="77"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="78"/>
        <source>&amp;Quote character:</source>
        <translation>Carácter de co&amp;millas:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/FormatPage.cpp" line="152"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;With these settings the file cannot be read: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Con esta configuración no se puede leer el archivo: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::GuestOffer</name>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="18"/>
        <source>Import as &amp;Guest Sales</source>
        <translation>Importar como ventas de &amp;invitados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/GuestOffer.cpp" line="19"/>
        <source>Imports the lines of &quot;%1&quot; without a customer, checks the file again and keeps the choice in the import profile.</source>
        <translation>Importa las líneas de «%1» sin cliente, vuelve a comprobar el archivo y guarda la elección en el perfil de importación.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Handbook</name>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="49"/>
        <source>Handbook</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="78"/>
        <source>Higher is better.</source>
        <translation>Cuanto más alto, mejor.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="80"/>
        <source>Lower is better.</source>
        <translation>Cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="84"/>
        <source>Neither direction is better in itself.</source>
        <translation>Ninguna dirección es mejor en sí misma.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="91"/>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="113"/>
        <source>Every figure StoreLens shows, with the formula it is computed by and which way of change is good. A figure is computed over the order lines of the period that pass the filters; the change compares it with the comparison period.</source>
        <translation>Todas las cifras que muestra StoreLens, con la fórmula con la que se calculan y qué dirección de cambio es buena. Una cifra se calcula sobre las líneas de pedido del periodo que pasan los filtros; la variación la compara con el periodo de comparación.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="121"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="122"/>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="123"/>
        <source>Better when</source>
        <translation>Mejor cuando</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="125"/>
        <source>What every figure means</source>
        <translation>Qué significa cada cifra</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="139"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="141"/>
        <source>Overview, Cohorts, Segments, Customers, Predictions</source>
        <translation>Resumen, Cohortes, Segmentos, Clientes, Predicciones</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="142"/>
        <source>Search the customers (Customers view)</source>
        <translation>Buscar clientes (vista Clientes)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="144"/>
        <source>List the customers of the selected cohort cell (Cohorts view)</source>
        <translation>Enumerar los clientes de la celda de cohorte seleccionada (vista Cohortes)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookPages.cpp" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="65"/>
        <source>StoreLens handbook</source>
        <translation>Manual de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="69"/>
        <source>StoreLens shows how your store is doing from the CSV exports your till, web shop or ERP already makes. Everything stays on this computer: the data lives in one workspace file (&lt;code&gt;.storelens&lt;/code&gt;).</source>
        <translation>StoreLens muestra cómo va su tienda a partir de las exportaciones CSV que ya generan su caja, su tienda online o su ERP. Todo se queda en este ordenador: los datos están en un único archivo de espacio de trabajo (&lt;code&gt;.storelens&lt;/code&gt;).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="73"/>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="74"/>
        <source>&lt;a href=&quot;getting-started.html&quot;&gt;Getting started&lt;/a&gt;: from the first start to a PDF report.</source>
        <translation>&lt;a href=&quot;getting-started.html&quot;&gt;Primeros pasos&lt;/a&gt;: desde el primer inicio hasta un informe PDF.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="77"/>
        <source>&lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;: the export styles StoreLens recognises.</source>
        <translation>&lt;a href=&quot;importing.html&quot;&gt;Importar sus exportaciones&lt;/a&gt;: los tipos de exportación que StoreLens reconoce.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="81"/>
        <source>&lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;: each KPI with its formula.</source>
        <translation>&lt;a href=&quot;figures.html&quot;&gt;Qué significa cada cifra&lt;/a&gt;: cada KPI con su fórmula.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="84"/>
        <source>&lt;a href=&quot;shortcuts.html&quot;&gt;Keyboard shortcuts&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;shortcuts.html&quot;&gt;Atajos de teclado&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="86"/>
        <source>The views</source>
        <translation>Las vistas</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="88"/>
        <source>&lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt;: KPI tiles and charts.</source>
        <translation>&lt;a href=&quot;overview.html&quot;&gt;Resumen&lt;/a&gt;: indicadores de KPI y gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="91"/>
        <source>&lt;a href=&quot;cohorts.html&quot;&gt;Cohorts&lt;/a&gt;: do customers come back?</source>
        <translation>&lt;a href=&quot;cohorts.html&quot;&gt;Cohortes&lt;/a&gt;: ¿vuelven los clientes?</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="94"/>
        <source>&lt;a href=&quot;segments.html&quot;&gt;Segments&lt;/a&gt;: who to win back, who to thank.</source>
        <translation>&lt;a href=&quot;segments.html&quot;&gt;Segmentos&lt;/a&gt;: a quién recuperar y a quién agradecer.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="96"/>
        <source>&lt;a href=&quot;customers.html&quot;&gt;Customers&lt;/a&gt;: one customer&apos;s profile, their data and how to forget them.</source>
        <translation>&lt;a href=&quot;customers.html&quot;&gt;Clientes&lt;/a&gt;: el perfil de un cliente, sus datos y cómo olvidarlo.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="100"/>
        <source>&lt;a href=&quot;predictions.html&quot;&gt;Predictions&lt;/a&gt;: predicted customer lifetime value.</source>
        <translation>&lt;a href=&quot;predictions.html&quot;&gt;Predicciones&lt;/a&gt;: valor de vida del cliente previsto.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="104"/>
        <source>&lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;report.html&quot;&gt;El informe PDF&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="105"/>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any view to open its page here. Press &lt;b&gt;Shift+F1&lt;/b&gt; and click a KPI tile for what it means.</source>
        <translation>Pulse &lt;b&gt;F1&lt;/b&gt; en cualquier vista para abrir aquí su página. Pulse &lt;b&gt;Mayús+F1&lt;/b&gt; y haga clic en un indicador de KPI para ver qué significa.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="110"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="114"/>
        <source>1. A workspace for your business</source>
        <translation>1. Un espacio de trabajo para su negocio</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="116"/>
        <source>A workspace is one file that holds everything StoreLens knows about one business. Create it with &lt;b&gt;File › New Workspace…&lt;/b&gt;, or try StoreLens first on made-up data with &lt;b&gt;File › Open the Sample Store&lt;/b&gt; (a bar says when you are looking at the sample).</source>
        <translation>Un espacio de trabajo es un archivo que contiene todo lo que StoreLens sabe de un negocio. Créelo con &lt;b&gt;Archivo › Nuevo espacio de trabajo…&lt;/b&gt; o pruebe antes StoreLens con datos inventados mediante &lt;b&gt;Archivo › Abrir la tienda de ejemplo&lt;/b&gt; (una barra le indica cuándo está viendo el ejemplo).</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="121"/>
        <source>2. Import your exports</source>
        <translation>2. Importe sus exportaciones</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="123"/>
        <source>Choose &lt;b&gt;File › Import…&lt;/b&gt; or drop CSV files on the window. The import wizard recognises the file&apos;s format and its columns, shows a preview, checks every row before anything is saved and tells you which rows it cannot read and why. Import order lines first; customers and products add names, e-mail addresses and categories. Next month, import the new export the same way: lines already imported are updated, never doubled. See &lt;a href=&quot;importing.html&quot;&gt;Importing your exports&lt;/a&gt;.</source>
        <translation>Elija &lt;b&gt;Archivo › Importar…&lt;/b&gt; o arrastre archivos CSV a la ventana. El asistente de importación reconoce el formato del archivo y sus columnas, muestra una vista previa, comprueba cada fila antes de guardar nada y le indica qué filas no puede leer y por qué. Importe primero las líneas de pedido; los clientes y los productos añaden nombres, direcciones de e-mail y categorías. El mes siguiente, importe la nueva exportación del mismo modo: las líneas ya importadas se actualizan, nunca se duplican. Consulte &lt;a href=&quot;importing.html&quot;&gt;Importar sus exportaciones&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="131"/>
        <source>3. Look at the figures</source>
        <translation>3. Consulte las cifras</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="133"/>
        <source>The &lt;a href=&quot;overview.html&quot;&gt;Overview&lt;/a&gt; shows the key figures of the period chosen in the filter bar with the change against the previous period. The filter bar is shared by every view: a date range, a comparison, stores, channels, countries, categories and a saved segment.</source>
        <translation>El &lt;a href=&quot;overview.html&quot;&gt;Resumen&lt;/a&gt; muestra las cifras clave del periodo elegido en la barra de filtros, con la variación respecto al periodo anterior. Todas las vistas comparten la barra de filtros: un intervalo de fechas, una comparación, tiendas, canales, países, categorías y un segmento guardado.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="138"/>
        <source>4. Hand over a report</source>
        <translation>4. Entregue un informe</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="140"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; writes a PDF with the figures, trends, cohorts, segments and an appendix of definitions. See &lt;a href=&quot;report.html&quot;&gt;The PDF report&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Archivo › Exportar informe…&lt;/b&gt; genera un PDF con las cifras, las tendencias, las cohortes, los segmentos y un anexo de definiciones. Consulte &lt;a href=&quot;report.html&quot;&gt;El informe PDF&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="146"/>
        <source>Importing your exports</source>
        <translation>Importar sus exportaciones</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="150"/>
        <source>StoreLens reads CSV files: any delimiter (comma, semicolon, tab, bar, or columns aligned with spaces), with or without a header row, in UTF-8, UTF-16 or Windows-1252. Numbers may use a decimal point or a decimal comma, thousands separators, currency symbols and &lt;code&gt;(12.50)&lt;/code&gt; for negatives; dates may be ISO, day/month/year or month/day/year, with month names in English or German.</source>
        <translation>StoreLens lee archivos CSV: con cualquier delimitador (coma, punto y coma, tabulador, barra o columnas alineadas con espacios), con o sin fila de encabezado, en UTF-8, UTF-16 o Windows-1252. Los números pueden usar punto o coma decimal, separadores de miles, símbolos de moneda y &lt;code&gt;(12.50)&lt;/code&gt; para los negativos; las fechas pueden ser ISO, día/mes/año o mes/día/año, con nombres de meses en inglés o alemán.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="158"/>
        <source>Amounts are taken as the export writes them: StoreLens neither adds nor removes VAT or sales tax. When an export&apos;s prices include VAT, gross and net sales include it too; to see sales without VAT, map the export&apos;s columns without it (often named net or ex. VAT) where it has them. An export that writes only prices with VAT keeps it in its sales: beside a till whose prices are without VAT, the two are not alike. A web shop&apos;s separate tax and shipping columns are not sales and are left out.</source>
        <translation>Los importes se toman tal como los escribe la exportación: StoreLens no añade ni quita el IVA ni otros impuestos sobre las ventas. Cuando los precios de una exportación incluyen el IVA, las ventas brutas y netas también lo incluyen; para ver las ventas sin IVA, asigne las columnas de la exportación que no lo llevan (a menudo llamadas «sin IVA» o «base imponible»), si las tiene. Una exportación que solo escribe precios con IVA lo mantiene en sus ventas: junto a una caja con precios sin IVA, las dos no son comparables. Las columnas separadas de impuestos y envío de una tienda online no son ventas y se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="168"/>
        <source>When an export cannot give something (totals with shipping inside, order states it writes as ids, products it names by ids, discounts inside totals without a column of their own), the import says so, and so do the Overview, the tiles it touches and the report for as long as the workspace holds that source&apos;s orders: a figure that would only read 0, such as returns from an export that cannot mark them, shows &quot;No data&quot; with the reason. A file that reads fewer columns than the earlier files of its source (say the shop&apos;s default export after a profile of your own) is named on the Check step.</source>
        <translation>Cuando una exportación no puede dar algo (totales con el envío incluido, estados de pedido escritos como identificadores, productos nombrados por identificador, descuentos dentro de los totales sin columna propia), la importación lo dice, y también el Resumen, los mosaicos afectados y el informe mientras el espacio de trabajo tenga pedidos de esa fuente: una cifra que solo valdría 0, como las devoluciones de una exportación que no puede marcarlas, muestra «Sin datos» con el motivo. Un archivo que lee menos columnas que los archivos anteriores de su fuente (por ejemplo, la exportación estándar de la tienda después de un perfil propio) se señala en el paso Comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="178"/>
        <source>A till&apos;s tips belong to the staff and deposits are paid back: neither is the store&apos;s sales. The Check step lists each SKU that looks like a fee or a tip with its lines and money, and asks whether it is a product, a fee that stays in sales but leaves the product rankings, or not sales at all, whose lines are not imported. Tips (Tip, Trinkgeld, Pourboire, Propina, …) are left out from the first check, in the import window and by storelens import alike, so that both give the same sales; choose &quot;Not a product: keep in sales&quot; to count a tip in sales. So are gift cards sold (Gift Card £50, Geschenkgutschein, Carte cadeau): a gift card becomes a sale when it is spent, and the purchase paid with it is already in your sales. The import&apos;s summary names what was left out, and a saved profile makes the same choices again.</source>
        <translation>Las propinas de una caja son del personal y los depósitos se devuelven: ni unas ni otros son ventas de la tienda. El paso de comprobación lista cada SKU que parece un cargo o una propina con sus líneas y su importe, y pregunta si es un producto, un cargo que se mantiene en las ventas pero sale de los rankings de productos, o algo que no son ventas, cuyas líneas no se importan. Las propinas (Tip, Trinkgeld, Pourboire, Propina, …) se dejan fuera desde la primera comprobación, tanto en la ventana de importación como con storelens import, para que ambas den las mismas ventas; elija «No es un producto: mantener en ventas» para contar una propina en las ventas. Lo mismo las tarjetas regalo vendidas (Gift Card £50, Geschenkgutschein, Carte cadeau): una tarjeta regalo se convierte en venta cuando se gasta, y la compra pagada con ella ya está en sus ventas. El resumen de la importación nombra lo que se dejó fuera, y un perfil guardado vuelve a tomar las mismas decisiones.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="200"/>
        <source>A column that marks each line as voided with yes or no (Toast&apos;s Void? True or False, Voided, Is Void) is read as &quot;Voided&quot;: its lines marked yes were taken off before payment and are left out, as unpaid ones are, and the Check step names how many there were and their money. A customer ID column that is empty on every row (a web shop&apos;s guest checkouts) is not chosen: the e-mail address then tells the customers apart.</source>
        <translation>Una columna que marca cada línea como anulada con sí o no (Void? True o False de Toast, Voided, Is Void) se lee como «Anulado»: sus líneas marcadas con sí se retiraron antes del pago y se dejan fuera, como las impagadas, y el paso Comprobar indica cuántas había y su importe. Una columna de ID de cliente vacía en todas las filas (los pedidos como invitado de una tienda online) no se elige: entonces la dirección de correo electrónico distingue a los clientes.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="209"/>
        <source>Export styles StoreLens recognises</source>
        <translation>Tipos de exportación que StoreLens reconoce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="210"/>
        <source>Shopify order export</source>
        <translation>Exportación de pedidos de Shopify</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="212"/>
        <source>One row per line item. &lt;i&gt;Name&lt;/i&gt; is the order, &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; and &lt;i&gt;Lineitem price&lt;/i&gt; the line; &lt;i&gt;Discount Amount&lt;/i&gt;, given once per order, is spread over the order&apos;s lines to the cent. &lt;i&gt;Shipping&lt;/i&gt; is not sales and is left out (the import says so). Refunded or cancelled orders become sales and returns.</source>
        <translation>Una fila por artículo. &lt;i&gt;Name&lt;/i&gt; es el pedido; &lt;i&gt;Lineitem sku&lt;/i&gt;, &lt;i&gt;Lineitem quantity&lt;/i&gt; y &lt;i&gt;Lineitem price&lt;/i&gt;, la línea; &lt;i&gt;Discount Amount&lt;/i&gt;, indicado una vez por pedido, se reparte entre las líneas del pedido al céntimo. &lt;i&gt;Shipping&lt;/i&gt; no es venta y se deja fuera (la importación lo indica). Los pedidos reembolsados o cancelados se convierten en ventas y devoluciones.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="218"/>
        <source>Squarespace orders</source>
        <translation>Pedidos de Squarespace</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="220"/>
        <source>One row per line item (Commerce › Orders › Download CSV), with the columns of Shopify&apos;s export. &lt;i&gt;Order ID&lt;/i&gt; is the order; its date, e-mail and status are on its first row only, and its other rows take them from there. &lt;i&gt;Discount Amount&lt;/i&gt; is the order&apos;s discount, spread over its lines; &lt;i&gt;Shipping&lt;/i&gt; and &lt;i&gt;Taxes&lt;/i&gt; are not sales and are left out. Refunded orders become sales and returns, and &lt;i&gt;Amount Refunded&lt;/i&gt; counts a partial refund. The source is &lt;i&gt;Squarespace&lt;/i&gt;.</source>
        <translation>Una fila por artículo (Commerce › Pedidos › Descargar CSV), con las columnas de la exportación de Shopify. &lt;i&gt;Order ID&lt;/i&gt; es el pedido; su fecha, su correo electrónico y su estado solo figuran en su primera fila, y sus demás filas los toman de ella. &lt;i&gt;Discount Amount&lt;/i&gt; es el descuento del pedido, repartido entre sus líneas; &lt;i&gt;Shipping&lt;/i&gt; y &lt;i&gt;Taxes&lt;/i&gt; no son ventas y se dejan fuera. Los pedidos reembolsados se convierten en ventas y devoluciones, y &lt;i&gt;Amount Refunded&lt;/i&gt; cuenta un reembolso parcial. El origen es &lt;i&gt;Squarespace&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="228"/>
        <source>Square Online orders</source>
        <translation>Pedidos de Square Online</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="230"/>
        <source>One row per item (Square Dashboard › Orders › Export). &lt;i&gt;Order&lt;/i&gt; is the order, &lt;i&gt;Recipient Email&lt;/i&gt; the customer and &lt;i&gt;Item Total Price&lt;/i&gt; the line. The export names no coupon: the sum of an order&apos;s items less its &lt;i&gt;Order Subtotal&lt;/i&gt; is its discount, spread over its lines. Canceled orders become sales and returns, and &lt;i&gt;Order Refunded Amount&lt;/i&gt; counts a refund. Shipping and tax are not sales. Where the prices include VAT, as in the UK, the export has no price without it: this source&apos;s sales include VAT, and the tiles say so. The source is &lt;i&gt;Square Online&lt;/i&gt;.</source>
        <translation>Una fila por artículo (Square Dashboard › Pedidos › Exportar). &lt;i&gt;Order&lt;/i&gt; es el pedido, &lt;i&gt;Recipient Email&lt;/i&gt; el cliente e &lt;i&gt;Item Total Price&lt;/i&gt; la línea. La exportación no nombra ningún cupón: la suma de los artículos de un pedido menos su &lt;i&gt;Order Subtotal&lt;/i&gt; es su descuento, repartido entre sus líneas. Los pedidos cancelados (Canceled) se convierten en ventas y devoluciones, y &lt;i&gt;Order Refunded Amount&lt;/i&gt; cuenta un reembolso. El envío y los impuestos no son ventas. Si los precios incluyen el IVA, como en el Reino Unido, la exportación no tiene ningún precio sin él: las ventas de este origen incluyen el IVA, y los indicadores lo dicen. El origen es &lt;i&gt;Square Online&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="240"/>
        <source>WooCommerce order export</source>
        <translation>Exportación de pedidos de WooCommerce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="242"/>
        <source>One row per line item with the order number, product, quantity and line total; the order status marks refunds.</source>
        <translation>Una fila por artículo con el número de pedido, el producto, la cantidad y el total de la línea; el estado del pedido marca los reembolsos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="245"/>
        <source>BigCommerce order export</source>
        <translation>Exportación de pedidos de BigCommerce</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="247"/>
        <source>One row per order: each item of its &lt;i&gt;Product Details&lt;/i&gt; cell becomes a line, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; is the order&apos;s sales, &lt;i&gt;Discount Amount&lt;/i&gt; is spread over its lines, and a &lt;i&gt;Refund Amount&lt;/i&gt; on an order not marked refunded is a return.</source>
        <translation>Una fila por pedido: cada artículo de su celda &lt;i&gt;Product Details&lt;/i&gt; se convierte en una línea, &lt;i&gt;Subtotal (ex tax)&lt;/i&gt; son las ventas del pedido, &lt;i&gt;Discount Amount&lt;/i&gt; se reparte entre sus líneas y un &lt;i&gt;Refund Amount&lt;/i&gt; en un pedido no marcado como reembolsado es una devolución.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="252"/>
        <source>Odoo Point of Sale order lines</source>
        <translation>Líneas de pedido del Punto de Venta de Odoo</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="254"/>
        <source>One row per line; &lt;i&gt;Point of Sale&lt;/i&gt; is the store, &lt;i&gt;Discount (%)&lt;/i&gt; a percentage and &lt;i&gt;Subtotal&lt;/i&gt; the line&apos;s amount after it. A refund is an order of its own with negative quantities.</source>
        <translation>Una fila por línea; &lt;i&gt;Point of Sale&lt;/i&gt; es la tienda, &lt;i&gt;Discount (%)&lt;/i&gt; un porcentaje y &lt;i&gt;Subtotal&lt;/i&gt; el importe de la línea tras él. Un reembolso es un pedido propio con cantidades negativas.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="258"/>
        <source>Magento orders grid export</source>
        <translation>Exportación de la cuadrícula de pedidos de Magento</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="260"/>
        <source>One row per order (Sales › Orders › Export › CSV): &lt;i&gt;ID&lt;/i&gt; is the order number, &lt;i&gt;Purchase Point&lt;/i&gt; the store view, &lt;i&gt;Subtotal&lt;/i&gt; the order&apos;s sales before discounts (the grid has no discount column) and &lt;i&gt;Total Refunded&lt;/i&gt; its refunds. Import each new export into the same workspace: orders it already holds are updated, not counted twice.</source>
        <translation>Una fila por pedido (Ventas › Pedidos › Exportar › CSV): &lt;i&gt;ID&lt;/i&gt; es el número de pedido, &lt;i&gt;Purchase Point&lt;/i&gt; la vista de tienda, &lt;i&gt;Subtotal&lt;/i&gt; las ventas del pedido antes de descuentos (la cuadrícula no tiene columna de descuento) y &lt;i&gt;Total Refunded&lt;/i&gt; sus reembolsos. Importe cada nueva exportación en el mismo espacio de trabajo: los pedidos que ya contiene se actualizan, no se cuentan dos veces.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="266"/>
        <source>Shopware 6 orders</source>
        <translation>Pedidos de Shopware 6</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="268"/>
        <source>One row per order (Settings › Import/Export › Export, profile &quot;Default orders&quot;): &lt;i&gt;amount_total&lt;/i&gt; is the order&apos;s total with tax and shipping, so net sales include shipping. Its order states and sales channels are internal ids, so cancelled orders count as sales and every order as online. For better figures, make a profile of your own for orders with the fields &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; and &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (the payment&apos;s state): StoreLens then reads the channels, and cancelled and refunded orders as returns.</source>
        <translation>Una fila por pedido (Ajustes › Importación/Exportación › Exportar, perfil «Default orders»): &lt;i&gt;amount_total&lt;/i&gt; es el total del pedido con impuestos y envío, así que las ventas netas incluyen el envío. Los estados de los pedidos y los canales de venta son identificadores internos, así que los pedidos cancelados cuentan como ventas y todos los pedidos como en línea. Para mejores cifras, cree un perfil propio de pedidos con los campos &lt;i&gt;orderNumber&lt;/i&gt;, &lt;i&gt;orderDateTime&lt;/i&gt;, &lt;i&gt;orderCustomer.email&lt;/i&gt;, &lt;i&gt;orderCustomer.firstName&lt;/i&gt;, &lt;i&gt;orderCustomer.lastName&lt;/i&gt;, &lt;i&gt;salesChannel.name&lt;/i&gt;, &lt;i&gt;amountTotal&lt;/i&gt; y &lt;i&gt;transactions.stateMachineState.technicalName&lt;/i&gt; (el estado del pago): StoreLens lee entonces los canales y cuenta los pedidos cancelados y reembolsados como devoluciones.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="280"/>
        <source>PrestaShop orders</source>
        <translation>Pedidos de PrestaShop</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="282"/>
        <source>One row per order (Orders › Export), in the back office&apos;s language: &lt;i&gt;ID&lt;/i&gt; is the order, &lt;i&gt;Total&lt;/i&gt; its total with tax and shipping, &lt;i&gt;Delivery&lt;/i&gt; the country and &lt;i&gt;Status&lt;/i&gt; its state. Cancelled and refunded orders become sales and returns, orders never paid (awaiting a bank wire or a cheque, payment errors) are left out. The list names customers only as &quot;A. Fabre&quot;, which can be several people, so its orders count as guest sales; it names no products.</source>
        <translation>Una fila por pedido (Pedidos › Exportar), en el idioma del back office: &lt;i&gt;ID&lt;/i&gt; es el pedido, &lt;i&gt;Total&lt;/i&gt; su total con impuestos y envío, &lt;i&gt;Entrega&lt;/i&gt; el país y &lt;i&gt;Estado&lt;/i&gt; su estado. Los pedidos cancelados y reembolsados pasan a ser ventas y devoluciones; los nunca pagados (en espera de transferencia o cheque, errores de pago) se dejan fuera. La lista nombra a los clientes solo como «A. Fabre», que pueden ser varias personas, así que sus pedidos cuentan como ventas de invitados; no nombra productos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="291"/>
        <source>Etsy sold order items</source>
        <translation>Etsy «Sold Order Items»</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="293"/>
        <source>One row per item; the order&apos;s &lt;i&gt;Discount Amount&lt;/i&gt;, repeated on each item row, is spread once over the order&apos;s lines.</source>
        <translation>Una fila por artículo; el &lt;i&gt;Discount Amount&lt;/i&gt; del pedido, repetido en cada fila de artículo, se reparte una sola vez entre las líneas del pedido.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="296"/>
        <source>eBay orders report</source>
        <translation>Informe de pedidos de eBay</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="298"/>
        <source>One row per item (Seller Hub › Orders › Download); the line of commas above the header is skipped. &lt;i&gt;Order Number&lt;/i&gt; is the order, &lt;i&gt;Buyer Email&lt;/i&gt; the customer, &lt;i&gt;Custom Label&lt;/i&gt; the SKU (else the &lt;i&gt;Item Number&lt;/i&gt;) and &lt;i&gt;Sold For&lt;/i&gt; the unit price. An order of several items has a summary row with its shipping and no item: it is left out, as is the footer. Shipping is not sales. The report has no refunds: eBay lists them in its Transaction report. The source is &lt;i&gt;eBay&lt;/i&gt;.</source>
        <translation>Una fila por artículo (Seller Hub › Pedidos › Descargar); la línea de comas sobre el encabezado se omite. &lt;i&gt;Order Number&lt;/i&gt; es el pedido, &lt;i&gt;Buyer Email&lt;/i&gt; el cliente, &lt;i&gt;Custom Label&lt;/i&gt; el SKU (si no, el &lt;i&gt;Item Number&lt;/i&gt;) y &lt;i&gt;Sold For&lt;/i&gt; el precio unitario. Un pedido con varios artículos tiene una fila de resumen con su envío y sin artículo: se deja fuera, igual que el pie. El envío no es una venta. El informe no tiene reembolsos: eBay los lista en su informe de transacciones. La fuente es &lt;i&gt;eBay&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="306"/>
        <source>Amazon All Orders report</source>
        <translation>Informe de Amazon «Todos los pedidos»</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="308"/>
        <source>One row per item (Seller Central › Reports › Fulfillment › All Orders, tab-separated). &lt;i&gt;amazon-order-id&lt;/i&gt; is the order, &lt;i&gt;item-price&lt;/i&gt; the line&apos;s amount for its quantity before &lt;i&gt;item-promotion-discount&lt;/i&gt;, the line&apos;s discount. A line whose &lt;i&gt;order-status&lt;/i&gt; or &lt;i&gt;item-status&lt;/i&gt; is Cancelled becomes a sale and a return; Pending orders are not paid yet and are left out. Shipping and tax are not sales. The report names no buyer, so its orders are guest sales. The source is &lt;i&gt;Amazon&lt;/i&gt;.</source>
        <translation>Una fila por artículo (Seller Central › Informes › Logística › Todos los pedidos, separado por tabulaciones). &lt;i&gt;amazon-order-id&lt;/i&gt; es el pedido, &lt;i&gt;item-price&lt;/i&gt; el importe de la línea para su cantidad antes de &lt;i&gt;item-promotion-discount&lt;/i&gt;, el descuento de la línea. Una línea cuyo &lt;i&gt;order-status&lt;/i&gt; o &lt;i&gt;item-status&lt;/i&gt; es Cancelled se convierte en una venta y una devolución; los pedidos Pending aún no están pagados y se dejan fuera. El envío y los impuestos no son ventas. El informe no nombra a ningún comprador, así que sus pedidos son ventas de invitados. La fuente es &lt;i&gt;Amazon&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="316"/>
        <source>eBay transaction report</source>
        <translation>Informe de transacciones de eBay</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="318"/>
        <source>Payments › Reports › Transaction report: eBay&apos;s refunds. Import it after the orders report, into the same source. Each &lt;i&gt;Refund&lt;/i&gt; row is a return on its &lt;i&gt;Order number&lt;/i&gt;, on the refund&apos;s day, up to the order&apos;s sales (the shipping refunded is not sales). Payouts, fees, shipping labels and the report&apos;s order rows are left out and counted. A refund of an order StoreLens does not hold is rejected.</source>
        <translation>Pagos › Informes › Informe de transacciones: los reembolsos de eBay. Impórtelo después del informe de pedidos, en la misma fuente. Cada fila &lt;i&gt;Refund&lt;/i&gt; es una devolución de su &lt;i&gt;Order number&lt;/i&gt;, en el día del reembolso, hasta las ventas del pedido (el envío reembolsado no es una venta). Los pagos, comisiones, etiquetas de envío y las filas de pedidos del informe se dejan fuera y se cuentan. El reembolso de un pedido que StoreLens no contiene se rechaza.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="325"/>
        <source>Wix Stores orders</source>
        <translation>Pedidos de Wix Stores</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="327"/>
        <source>One row per item (Sales › Orders › Export): &lt;i&gt;Order number&lt;/i&gt; is the order, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; and &lt;i&gt;Price&lt;/i&gt; the line, &lt;i&gt;Contact email&lt;/i&gt; the customer. &lt;i&gt;Refunded&lt;/i&gt; and &lt;i&gt;Canceled&lt;/i&gt; orders are a sale and a return, &lt;i&gt;Not paid&lt;/i&gt; ones are left out; shipping and tax are not sales. The export names each order&apos;s coupon but not its amount: StoreLens works it out from the order&apos;s &lt;i&gt;Total&lt;/i&gt; and spreads it over the order&apos;s lines. Orders where the file does not tell keep no discount, and the import and the tiles say how many. The source is &lt;i&gt;Wix&lt;/i&gt;.</source>
        <translation>Una fila por artículo (Ventas › Pedidos › Exportar): &lt;i&gt;Order number&lt;/i&gt; es el pedido, &lt;i&gt;Item&lt;/i&gt;, &lt;i&gt;SKU&lt;/i&gt;, &lt;i&gt;Qty&lt;/i&gt; y &lt;i&gt;Price&lt;/i&gt; la línea, &lt;i&gt;Contact email&lt;/i&gt; el cliente. Los pedidos &lt;i&gt;Refunded&lt;/i&gt; y &lt;i&gt;Canceled&lt;/i&gt; son una venta y una devolución, los &lt;i&gt;Not paid&lt;/i&gt; se dejan fuera; el envío y los impuestos no son ventas. La exportación nombra el cupón de cada pedido, pero no su importe: StoreLens lo calcula a partir del &lt;i&gt;Total&lt;/i&gt; del pedido y lo reparte entre sus líneas. Los pedidos en los que el archivo no lo permite se quedan sin descuento, y la importación y los indicadores dicen cuántos son. El origen es &lt;i&gt;Wix&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="338"/>
        <source>Tiendanube and Nuvemshop orders</source>
        <translation>Pedidos de Tiendanube y Nuvemshop</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="340"/>
        <source>One row per product (Ventas › Exportar, in Spanish or Portuguese): &lt;i&gt;Número de orden&lt;/i&gt; is the order, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; and &lt;i&gt;Cantidad del producto&lt;/i&gt; the line, &lt;i&gt;Email&lt;/i&gt; the customer and &lt;i&gt;Teléfono&lt;/i&gt; their phone number. &lt;i&gt;Descuento&lt;/i&gt;, the order&apos;s discount repeated on each row, is spread once over its lines. The payment&apos;s state (&lt;i&gt;Estado del pago&lt;/i&gt;) decides: &lt;i&gt;Pendiente&lt;/i&gt; (a bank transfer not yet paid) is left out, &lt;i&gt;Cancelado&lt;/i&gt; and &lt;i&gt;Reembolsado&lt;/i&gt; are a sale and a return, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; is a sale whose refund is in no column. &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; and &lt;i&gt;Canal&lt;/i&gt; (the buyer&apos;s device) are not read. The source is &lt;i&gt;Tiendanube&lt;/i&gt;.</source>
        <translation>Una fila por producto (Ventas › Exportar, en español o en portugués): &lt;i&gt;Número de orden&lt;/i&gt; es el pedido, &lt;i&gt;Nombre del producto&lt;/i&gt;, &lt;i&gt;Precio del producto&lt;/i&gt; y &lt;i&gt;Cantidad del producto&lt;/i&gt; la línea, &lt;i&gt;Email&lt;/i&gt; el cliente y &lt;i&gt;Teléfono&lt;/i&gt; su número de teléfono. &lt;i&gt;Descuento&lt;/i&gt;, el descuento del pedido repetido en cada fila, se reparte una sola vez entre sus líneas. Decide el estado del pago (&lt;i&gt;Estado del pago&lt;/i&gt;): &lt;i&gt;Pendiente&lt;/i&gt; (una transferencia aún no pagada) se deja fuera, &lt;i&gt;Cancelado&lt;/i&gt; y &lt;i&gt;Reembolsado&lt;/i&gt; son una venta y una devolución, &lt;i&gt;Parcialmente reembolsado&lt;/i&gt; es una venta cuyo reembolso no figura en ninguna columna. No se leen &lt;i&gt;Total&lt;/i&gt;, &lt;i&gt;Subtotal de productos&lt;/i&gt;, &lt;i&gt;Costo de envío&lt;/i&gt; ni &lt;i&gt;Canal&lt;/i&gt; (el dispositivo del comprador). El origen es &lt;i&gt;Tiendanube&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="353"/>
        <source>Square item sales</source>
        <translation>Ventas de artículos de Square</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="355"/>
        <source>Date, time, transaction id, item, quantity, gross and net sales. A refund row with a negative amount is a return.</source>
        <translation>Fecha, hora, ID de transacción, artículo, cantidad, ventas brutas y ventas netas. Una fila de reembolso con un importe negativo es una devolución.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="358"/>
        <source>SumUp sales report</source>
        <translation>Informe de ventas de SumUp</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="360"/>
        <source>One row per item sold or refunded (Sales › Reports, in French &quot;Rapport des ventes&quot;): &lt;i&gt;Transaction ID&lt;/i&gt; (&lt;i&gt;Numéro de transaction&lt;/i&gt;) is the sale, &lt;i&gt;Description&lt;/i&gt; the product and &lt;i&gt;Price (Gross)&lt;/i&gt; (&lt;i&gt;Prix (TTC)&lt;/i&gt;) the line&apos;s amount after &lt;i&gt;Discount&lt;/i&gt; (&lt;i&gt;Remise&lt;/i&gt;), with tax. A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Remboursement&lt;/i&gt;) row is a return of its items on the refund&apos;s day. The lines are sold in the store, from the source SumUp; the report names no customer.</source>
        <translation>Una fila por artículo vendido o reembolsado (Ventas › Informes, en francés «Rapport des ventes»): &lt;i&gt;Transaction ID&lt;/i&gt; (&lt;i&gt;Numéro de transaction&lt;/i&gt;) es la venta, &lt;i&gt;Description&lt;/i&gt; el producto y &lt;i&gt;Price (Gross)&lt;/i&gt; (&lt;i&gt;Prix (TTC)&lt;/i&gt;) el importe de la línea después de &lt;i&gt;Discount&lt;/i&gt; (&lt;i&gt;Remise&lt;/i&gt;), con impuestos. Una fila &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Remboursement&lt;/i&gt;) es una devolución de sus artículos el día del reembolso. Las líneas se venden en la tienda, desde el origen SumUp; el informe no nombra ningún cliente.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="369"/>
        <source>Loyverse receipts by item</source>
        <translation>Recibos por artículo de Loyverse</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="371"/>
        <source>One row per item (Reports › Receipts › Export › Receipts by item), in Spanish or English: &lt;i&gt;Receipt number&lt;/i&gt; (&lt;i&gt;Número de recibo&lt;/i&gt;) is the sale, &lt;i&gt;Item&lt;/i&gt; (&lt;i&gt;Artículo&lt;/i&gt;) the product, &lt;i&gt;Store&lt;/i&gt; (&lt;i&gt;Tienda&lt;/i&gt;) the shop and &lt;i&gt;Gross sales&lt;/i&gt; (&lt;i&gt;Ventas brutas&lt;/i&gt;) the line&apos;s amount before &lt;i&gt;Discounts&lt;/i&gt; (&lt;i&gt;Descuentos&lt;/i&gt;). A &lt;i&gt;Refund&lt;/i&gt; (&lt;i&gt;Reembolso&lt;/i&gt;) receipt is a return on its day; a &lt;i&gt;Cancelled&lt;/i&gt; (&lt;i&gt;Cancelado&lt;/i&gt;) receipt is a sale and a return. &lt;i&gt;Customer contacts&lt;/i&gt; (&lt;i&gt;Contactos del cliente&lt;/i&gt;) tells the loyalty customers apart and is not read as an e-mail address. Not read: &lt;i&gt;Cost of goods&lt;/i&gt;, the whole line&apos;s cost (StoreLens takes a unit cost, so gross margin is not shown), &lt;i&gt;Variant&lt;/i&gt; (each variant&apos;s SKU is a product of its own), the till and the cashier.</source>
        <translation>Una fila por artículo (Informes › Recibos › Exportar › Recibos por artículo), en español o en inglés: &lt;i&gt;Número de recibo&lt;/i&gt; (&lt;i&gt;Receipt number&lt;/i&gt;) es la venta, &lt;i&gt;Artículo&lt;/i&gt; (&lt;i&gt;Item&lt;/i&gt;) el producto, &lt;i&gt;Tienda&lt;/i&gt; (&lt;i&gt;Store&lt;/i&gt;) la tienda y &lt;i&gt;Ventas brutas&lt;/i&gt; (&lt;i&gt;Gross sales&lt;/i&gt;) el importe de la línea antes de &lt;i&gt;Descuentos&lt;/i&gt; (&lt;i&gt;Discounts&lt;/i&gt;). Un recibo &lt;i&gt;Reembolso&lt;/i&gt; (&lt;i&gt;Refund&lt;/i&gt;) es una devolución en su día; un recibo &lt;i&gt;Cancelado&lt;/i&gt; (&lt;i&gt;Cancelled&lt;/i&gt;) es una venta y una devolución. &lt;i&gt;Contactos del cliente&lt;/i&gt; (&lt;i&gt;Customer contacts&lt;/i&gt;) distingue a los clientes de fidelización y no se lee como dirección de correo electrónico. No se leen: &lt;i&gt;Costo de los bienes&lt;/i&gt;, el coste de toda la línea (StoreLens espera un coste unitario, así que no se muestra el margen bruto), &lt;i&gt;Variante&lt;/i&gt; (la REF de cada variante es un producto propio), el TPV y el cajero.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="384"/>
        <source>Clover line items</source>
        <translation>Líneas de artículos de Clover</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="386"/>
        <source>One row per item (Transactions › Line Items › Export). &lt;i&gt;Item Total&lt;/i&gt; is the line&apos;s amount after the order&apos;s discounts and before VAT; &lt;i&gt;Per Unit Quantity&lt;/i&gt; is the weight of goods sold by weight, and blank for one piece. &lt;i&gt;Open&lt;/i&gt; orders were never paid and are left out; a line marked &lt;i&gt;Refunded&lt;/i&gt; is a sale and a return on the order&apos;s day; &lt;i&gt;Service Charge&lt;/i&gt; lines are not sales and are left out. The lines are sold in the store, from the source Clover; the export names no customer.</source>
        <translation>Una fila por artículo (Transacciones › Artículos › Exportar). &lt;i&gt;Item Total&lt;/i&gt; es el importe de la línea después de los descuentos del pedido y sin IVA; &lt;i&gt;Per Unit Quantity&lt;/i&gt; es el peso de los productos vendidos a peso, y queda vacío para una pieza. Los pedidos &lt;i&gt;Open&lt;/i&gt; nunca se pagaron y se dejan fuera; una línea marcada &lt;i&gt;Refunded&lt;/i&gt; es una venta y una devolución el día del pedido; las líneas &lt;i&gt;Service Charge&lt;/i&gt; no son ventas y se dejan fuera. Las líneas se venden en la tienda, desde el origen Clover; la exportación no nombra a ningún cliente.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="394"/>
        <source>Lightspeed sales lines</source>
        <translation>Líneas de venta de Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="395"/>
        <source>Sale id, line, item, quantity and totals per line.</source>
        <translation>ID de venta, línea, artículo, cantidad y totales por línea.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="397"/>
        <source>ERP line exports</source>
        <translation>Exportaciones de líneas de ERP</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="399"/>
        <source>Invoice number, stock code, quantity, unit price, invoice date and customer id (the layout of many ERP and accounting systems, such as the &lt;i&gt;Online Retail&lt;/i&gt; data set). An invoice number starting with &lt;i&gt;C&lt;/i&gt; is a cancellation, so its lines are returns.</source>
        <translation>Número de factura, código de artículo, cantidad, precio unitario, fecha de factura e ID de cliente (el formato de muchos sistemas ERP y de contabilidad, como el conjunto de datos &lt;i&gt;Online Retail&lt;/i&gt;). Un número de factura que empieza por &lt;i&gt;C&lt;/i&gt; es una cancelación, así que sus líneas son devoluciones.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="404"/>
        <source>German till exports</source>
        <translation>Exportaciones de cajas alemanas</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="406"/>
        <source>Receipt number (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), customer number, article number, product group (&lt;i&gt;Warengruppe&lt;/i&gt;), quantity, unit price, discount (&lt;i&gt;Rabatt&lt;/i&gt;, or &lt;i&gt;Rabatt €&lt;/i&gt; beside &lt;i&gt;Rabatt %&lt;/i&gt;) and the line&apos;s total (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), which is taken as the line&apos;s amount to the cent, with decimal commas and German month names. A Storno line (negative quantity) returns its sale, discount included.</source>
        <translation>Número de tique (&lt;i&gt;Bon-Nr.&lt;/i&gt;, &lt;i&gt;Beleg-Nr.&lt;/i&gt;), número de cliente, número de artículo, grupo de productos (&lt;i&gt;Warengruppe&lt;/i&gt;), cantidad, precio unitario, descuento (&lt;i&gt;Rabatt&lt;/i&gt;, o &lt;i&gt;Rabatt €&lt;/i&gt; junto a &lt;i&gt;Rabatt %&lt;/i&gt;) y el total de la línea (&lt;i&gt;Gesamtbetrag&lt;/i&gt;, &lt;i&gt;Gesamt brutto&lt;/i&gt;), que se toma al céntimo como importe de la línea, con coma decimal y nombres de mes en alemán. Una línea de anulación (Storno, cantidad negativa) devuelve su venta, descuento incluido.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="414"/>
        <source>DSFinV-K receipts (transactions.csv)</source>
        <translation>Recibos DSFinV-K (transactions.csv)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="416"/>
        <source>A German till&apos;s DSFinV-K export, its receipts file &lt;i&gt;transactions.csv&lt;/i&gt; (as orderbird and other tills write it): each receipt is an order, &lt;i&gt;BON_ID&lt;/i&gt; its number, &lt;i&gt;BON_ENDE&lt;/i&gt; its time (not &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, the day&apos;s closing), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; its amount with VAT and after its discounts, &lt;i&gt;KUNDE_ID&lt;/i&gt; and &lt;i&gt;KUNDE_NAME&lt;/i&gt; the customer and &lt;i&gt;KUNDE_LAND&lt;/i&gt; the country. Receipts that sold nothing (training, orders, transfers, cancelled or aborted receipts, cash moved into or out of the till) are left out and counted; a storno receipt of a negative amount is a return on its own day. The receipts name no products, and the import says so. The source is &lt;i&gt;DSFinV-K&lt;/i&gt;.</source>
        <translation>La exportación DSFinV-K de una caja alemana, su archivo de recibos &lt;i&gt;transactions.csv&lt;/i&gt; (tal como lo escriben orderbird y otras cajas): cada recibo es un pedido, &lt;i&gt;BON_ID&lt;/i&gt; su número, &lt;i&gt;BON_ENDE&lt;/i&gt; su hora (no &lt;i&gt;Z_ERSTELLUNG&lt;/i&gt;, el cierre del día), &lt;i&gt;UMS_BRUTTO&lt;/i&gt; su importe con IVA y después de sus descuentos, &lt;i&gt;KUNDE_ID&lt;/i&gt; y &lt;i&gt;KUNDE_NAME&lt;/i&gt; el cliente y &lt;i&gt;KUNDE_LAND&lt;/i&gt; el país. Los recibos que no vendieron nada (formación, pedidos, traspasos, recibos anulados o interrumpidos, efectivo que entra en la caja o sale de ella) se dejan fuera y se cuentan; un recibo de anulación (storno) de importe negativo es una devolución en su propio día. Los recibos no nombran productos, y la importación lo dice. El origen es &lt;i&gt;DSFinV-K&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="428"/>
        <source>Plain till (POS) files</source>
        <translation>Archivos simples de caja (TPV)</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="430"/>
        <source>Any file with an order or receipt number, a product, a quantity and a price or line total. Without an order id each row is an order; without a price the file is imported after you confirm it and money figures say &quot;no prices imported&quot;.</source>
        <translation>Cualquier archivo con un número de pedido o de tique, un producto, una cantidad y un precio o total de línea. Sin ID de pedido, cada fila es un pedido; sin precio, el archivo se importa después de que usted lo confirme y las cifras de dinero indican &quot;no se importaron precios&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="435"/>
        <source>Purchase logs without a header</source>
        <translation>Registros de compras sin encabezado</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="436"/>
        <source>Such as the CDNOW log: customer id, date, quantity and amount; the columns are recognised from their values.</source>
        <translation>Como el registro de CDNOW: ID de cliente, fecha, cantidad e importe; las columnas se reconocen por sus valores.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="440"/>
        <source>Customers, products and side tables</source>
        <translation>Clientes, productos y tablas auxiliares</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="442"/>
        <source>Customer lists (id, name, e-mail, phone, city, country, consent), product lists (SKU, name, category, cost), inventory snapshots, store traffic, staffing and marketing spend each have their own import.</source>
        <translation>Las listas de clientes (ID, nombre, e-mail, teléfono, ciudad, país, consentimiento), las listas de productos (SKU, nombre, categoría, coste), las instantáneas de inventario, el tráfico de la tienda, el personal y el gasto de marketing tienen cada uno su propia importación.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="447"/>
        <source>One person in two files</source>
        <translation>Una persona en dos archivos</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="449"/>
        <source>A till keys its customers by its own number, a web shop by e-mail address: one person becomes two customers. When a file&apos;s customers have the e-mail address or the phone number of another customer of the workspace (a phone only where one of the two has no address), the Check step counts them with an example, whichever file you imported first. &lt;b&gt;Count Each Person Once&lt;/b&gt; then gives each line that customer; the choice is kept in the import profile. Phone numbers are compared by their digits without the country code, and only from 7 digits; a number or address that two customers share matches neither.</source>
        <translation>Una caja identifica a sus clientes por su propio número, y una tienda online, por su dirección de correo: una persona se convierte en dos clientes. Cuando los clientes de un archivo tienen la dirección de correo o el número de teléfono de otro cliente del espacio de trabajo (el teléfono solo si uno de los dos no tiene dirección), el paso Comprobar los cuenta con un ejemplo, sea cual sea el archivo que importó primero. &lt;b&gt;Contar a cada persona una vez&lt;/b&gt; asigna entonces ese cliente a cada línea; la elección se guarda en el perfil de importación. Los números de teléfono se comparan por sus dígitos sin el prefijo del país, y solo a partir de 7 dígitos; un número o una dirección que comparten dos clientes no vincula a ninguno de los dos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="461"/>
        <source>Every import of order lines belongs to a &lt;i&gt;source&lt;/i&gt; (the till, the web shop): order 1001 of the till and order 1001 of the web shop are two orders. Importing an overlapping export again updates lines instead of doubling them. Tick &lt;b&gt;Replace&lt;/b&gt; when a new export is the truth for its days: lines of that source on those days that it no longer holds are removed. A file that holds only a few of its source&apos;s orders on its days looks like another till or shop: Replace is not offered for it, and the Check step offers to import it as a source of its own (such as &quot;Till 2&quot;). The command line refuses &lt;tt&gt;--replace&lt;/tt&gt; for such a file unless &lt;tt&gt;--replace-other-source&lt;/tt&gt; is given.</source>
        <translation>Cada importación de líneas de pedido pertenece a un &lt;i&gt;origen&lt;/i&gt; (la caja, la tienda online): el pedido 1001 de la caja y el pedido 1001 de la tienda online son dos pedidos. Volver a importar una exportación que se solapa actualiza las líneas en lugar de duplicarlas. Marque &lt;b&gt;Sustituir&lt;/b&gt; cuando una nueva exportación sea la referencia para sus días: se eliminan las líneas de ese origen en esos días que ya no contiene. Un archivo que contiene solo unos pocos pedidos de su origen en sus días parece otra caja u otra tienda: no se le ofrece Sustituir, y el paso Comprobar ofrece importarlo como un origen propio (como «Caja 2»). La línea de comandos rechaza &lt;tt&gt;--replace&lt;/tt&gt; para un archivo así, salvo con &lt;tt&gt;--replace-other-source&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="482"/>
        <source>The Overview (Ctrl+1) shows the key figures of the period chosen in the filter bar. Each tile shows the value, the comparison period&apos;s value, the change (green when it is a change for the better, red when for the worse), a sparkline of the period and, when you set one, the target. Hover a tile for its formula with the exact numbers, or press Shift+F1 and click it for what it means. &lt;b&gt;Choose tiles…&lt;/b&gt; sets which tiles appear, in which order, and their targets.</source>
        <translation>El Resumen (Ctrl+1) muestra las cifras clave del periodo elegido en la barra de filtros. Cada indicador muestra el valor, el valor del periodo de comparación, la variación (en verde cuando es a mejor y en rojo cuando es a peor), un minigráfico del periodo y, si lo ha fijado, el objetivo. Pase el ratón por un indicador para ver su fórmula con las cifras exactas, o pulse Mayús+F1 y haga clic en él para ver qué significa. &lt;b&gt;Elegir indicadores…&lt;/b&gt; fija qué indicadores aparecen, en qué orden y con qué objetivos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="491"/>
        <source>A tile judges a change only when it means something. &lt;b&gt;Not comparable&lt;/b&gt;: the comparison period holds too little data (the note under the heading says which). &lt;b&gt;Too early to tell&lt;/b&gt; on retention and churn: a customer counts as lost only after 365 days without buying (the activity window), so while the data reaches back less than that before the period, nobody can be lost yet and retention reads 100 %; the tile shows the value greyed and says how many days the data covers.</source>
        <translation>Una tarjeta solo juzga una variación cuando significa algo. &lt;b&gt;No comparable&lt;/b&gt;: el periodo de comparación tiene muy pocos datos (la nota bajo el título dice cuál). &lt;b&gt;Aún es pronto&lt;/b&gt; en retención y abandono: un cliente cuenta como perdido solo tras 365 días sin comprar (la ventana de actividad); mientras los datos no llegan tan atrás antes del periodo, nadie puede haberse perdido aún y la retención marca 100 %; la tarjeta muestra el valor en gris y dice cuántos días cubren los datos.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="576"/>
        <source>&lt;b&gt;Forget this customer…&lt;/b&gt; removes their personal data (name, e-mail, phone, address and every other field of their customer record) for good. Their purchases stay as guest purchases, so orders, net sales and units do not change; the number of customers drops by one. The removed data is also wiped from the workspace file. If you import an export that still holds the customer, they are imported again.</source>
        <translation>&lt;b&gt;Olvidar a este cliente…&lt;/b&gt; elimina definitivamente sus datos personales (nombre, e-mail, teléfono, dirección y todos los demás campos de su ficha de cliente). Sus compras se conservan como compras anónimas, así que los pedidos, las ventas netas y las unidades no cambian; el número de clientes baja en uno. Los datos eliminados también se borran del archivo del espacio de trabajo. Si importa una exportación que todavía contiene al cliente, se vuelve a importar.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="624"/>
        <source>&lt;b&gt;File › Export Report…&lt;/b&gt; (Ctrl+Shift+E) writes a PDF for the owner: a title page with the period and the filters, the KPI table with comparisons and targets, trend charts, the cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix that defines every figure. Choose A4 or Letter, portrait or landscape, and a weekly, monthly or quarterly preset. The report is written in the language chosen in &lt;b&gt;Edit › Preferences…&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Archivo › Exportar informe…&lt;/b&gt; (Ctrl+Mayús+E) genera un PDF para el propietario: una portada con el periodo y los filtros, la tabla de KPI con comparaciones y objetivos, gráficos de tendencia, el mapa de calor de cohortes, los segmentos y la cuadrícula RFM, los productos y categorías principales, el CLV previsto y un anexo que define cada cifra. Elija A4 o Carta, vertical u horizontal, y un periodo predefinido semanal, mensual o trimestral. El informe se escribe en el idioma elegido en &lt;b&gt;Editar › Preferencias…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="459"/>
        <source>Sources and re-imports</source>
        <translation>Orígenes y reimportaciones</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="191"/>
        <source>A cancellation status StoreLens knows (Cancelled, Annulé, …) counts each of its lines as a sale and a return when the file lists each order once, as a web shop&apos;s does. On a till, where a receipt holds a voided line beside paid ones, a voided status (Anulado, Annulée, Stornato, Storniert, Geannuleerd) means taken off before payment: its lines are left out of sales. The Check step lists these statuses either way and lets you choose the other reading.</source>
        <translation>Un estado de cancelación que StoreLens conoce (Cancelled, Annulé, …) cuenta cada una de sus líneas como una venta y una devolución cuando el archivo lista cada pedido una sola vez, como el de una tienda online. En una caja, donde un tique tiene una línea anulada junto a otras pagadas, un estado de anulación (Anulado, Annulée, Stornato, Storniert, Geannuleerd) significa retirado antes del pago: sus líneas quedan fuera de las ventas. El paso de comprobación lista estos estados en ambos casos y le deja elegir la otra lectura.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="472"/>
        <source>The whole import is one step: if it fails or you cancel it, the workspace stays exactly as it was. You can save the column mapping as a profile; a file with the same columns goes straight to the check next time.</source>
        <translation>Toda la importación es un único paso: si falla o la cancela, el espacio de trabajo queda exactamente como estaba. Puede guardar la asignación de columnas como perfil; la próxima vez, un archivo con las mismas columnas pasa directamente a la comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="478"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="500"/>
        <source>The charts show net sales over time against the comparison period, net sales by month against a year earlier, new and returning customers, and net sales by store, channel and category, with the top products. Right-click a chart (a tile&apos;s sparkline too) to copy it as an image, save it as PNG or SVG, or copy its figures for a spreadsheet.</source>
        <translation>Los gráficos muestran las ventas netas a lo largo del tiempo frente al periodo de comparación, las ventas netas por mes frente al año anterior, los clientes nuevos y recurrentes, y las ventas netas por tienda, canal y categoría, con los productos principales. Haga clic con el botón derecho en un gráfico (también en el minigráfico de un indicador) para copiarlo como imagen, guardarlo como PNG o SVG, o copiar sus cifras para una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="507"/>
        <source>Every figure is defined in &lt;a href=&quot;figures.html&quot;&gt;What every figure means&lt;/a&gt;.</source>
        <translation>Cada cifra se define en &lt;a href=&quot;figures.html&quot;&gt;Qué significa cada cifra&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="512"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="516"/>
        <source>A cohort is the group of customers whose first purchase fell in the same week, month or quarter. Each row of the heatmap is one cohort; each column is the number of periods since that first purchase. A cell shows the share of the cohort&apos;s customers who bought again in that period (or, with another metric chosen, their net sales or orders). Darker cells mean more customers came back.</source>
        <translation>Una cohorte es el grupo de clientes cuya primera compra cayó en la misma semana, mes o trimestre. Cada fila del mapa de calor es una cohorte; cada columna es el número de periodos transcurridos desde esa primera compra. Una celda muestra la proporción de clientes de la cohorte que volvieron a comprar en ese periodo (o, si se elige otra métrica, sus ventas netas o sus pedidos). Las celdas más oscuras indican que volvieron más clientes.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="524"/>
        <source>Hatched cells are periods that are not over yet, so their figure is still growing. Hover a cell for the exact figures; click it, or press Enter, to list its customers in the Customers view.</source>
        <translation>Las celdas rayadas son periodos que aún no han terminado, así que su cifra todavía está creciendo. Pase el ratón por una celda para ver las cifras exactas; haga clic en ella o pulse Intro para ver sus clientes en la vista Clientes.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="529"/>
        <source>Read the heatmap down a column to see whether newer customers come back more often than older ones, and along a row to see how quickly a cohort fades.</source>
        <translation>Lea el mapa de calor de arriba abajo por una columna para ver si los clientes más recientes vuelven más a menudo que los antiguos, y a lo largo de una fila para ver con qué rapidez se apaga una cohorte.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="535"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="539"/>
        <source>Every customer gets three scores from 1 to 5: &lt;b&gt;R&lt;/b&gt;ecency (how recently they bought), &lt;b&gt;F&lt;/b&gt;requency (how often) and &lt;b&gt;M&lt;/b&gt;onetary value (how much). The RFM grid places them by recency and by the average of frequency and monetary value, and names the groups: Champions, Loyal customers, At risk, Can&apos;t lose them, Hibernating and others.</source>
        <translation>Cada cliente recibe tres puntuaciones del 1 al 5: &lt;b&gt;R&lt;/b&gt;ecencia (cuándo compró por última vez), &lt;b&gt;F&lt;/b&gt;recuencia (con qué frecuencia) y valor &lt;b&gt;M&lt;/b&gt;onetario (cuánto). La cuadrícula RFM los sitúa según la recencia y la media de frecuencia y valor monetario, y da nombre a los grupos: Campeones, Clientes fieles, En riesgo, No se pueden perder, Hibernando y otros.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="546"/>
        <source>Lifecycle stages (%1) come from the days since each customer&apos;s last purchase; value tiers (%2) from their net sales. Both thresholds can be changed.</source>
        <translation>Las etapas del ciclo de vida (%1) se basan en los días transcurridos desde la última compra de cada cliente; los niveles de valor (%2), en sus ventas netas. Ambos umbrales se pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="552"/>
        <source>Saved segments are rules you build (for example &quot;net sales over 300 and last purchase more than 90 days ago&quot;), with a live count of the customers who match. A segment&apos;s members can be exported as CSV; customers without marketing consent are left out unless you ask for them.</source>
        <translation>Los segmentos guardados son reglas que usted crea (por ejemplo, &quot;ventas netas superiores a 300 y última compra hace más de 90 días&quot;), con un recuento en tiempo real de los clientes que las cumplen. Los miembros de un segmento se pueden exportar como CSV; los clientes sin consentimiento de marketing quedan fuera salvo que usted los pida.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="559"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="563"/>
        <source>The Customers view (Ctrl+4) lists every customer who bought. Search by id, name, e-mail, country or segment (Ctrl+F) and click a column header to sort. Selecting a customer shows their profile: orders over time, products, categories, RFM scores, lifecycle stage, value tier, predicted lifetime value and the probability that they are still a customer.</source>
        <translation>La vista Clientes (Ctrl+4) enumera todos los clientes que han comprado. Busque por ID, nombre, e-mail, país o segmento (Ctrl+F) y haga clic en el encabezado de una columna para ordenar. Al seleccionar un cliente se muestra su perfil: pedidos a lo largo del tiempo, productos, categorías, puntuaciones RFM, etapa del ciclo de vida, nivel de valor, valor de vida previsto y la probabilidad de que siga siendo cliente.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="569"/>
        <source>A customer&apos;s data</source>
        <translation>Los datos de un cliente</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="571"/>
        <source>&lt;b&gt;Export this customer&apos;s data…&lt;/b&gt; writes everything StoreLens holds on the customer (their customer record, their order lines, their figures and segments) as JSON or CSV, for example to answer a request for access.</source>
        <translation>&lt;b&gt;Exportar los datos de este cliente…&lt;/b&gt; escribe todo lo que StoreLens guarda sobre el cliente (su ficha de cliente, sus líneas de pedido, sus cifras y segmentos) como JSON o CSV, por ejemplo para responder a una solicitud de acceso.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="586"/>
        <source>Both also run from the command line: &lt;code&gt;storelens customer export&lt;/code&gt; and &lt;code&gt;storelens customer forget&lt;/code&gt;.</source>
        <translation>Ambas acciones también se pueden ejecutar desde la línea de comandos: &lt;code&gt;storelens customer export&lt;/code&gt; y &lt;code&gt;storelens customer forget&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="591"/>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="595"/>
        <source>Predictions estimate, for every customer, how many purchases they will make and what they will spend in the next twelve months (predicted customer lifetime value, CLV), and how likely it is that they are still a customer. The models learn from each customer&apos;s number of repeat purchases, the time of their last purchase and their average spend.</source>
        <translation>Las predicciones estiman, para cada cliente, cuántas compras hará y cuánto gastará en los próximos doce meses (valor de vida del cliente previsto, CLV), y la probabilidad de que siga siendo cliente. Los modelos aprenden del número de compras repetidas de cada cliente, del momento de su última compra y de su gasto medio.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="602"/>
        <source>StoreLens fits several purchase models and uses the one that predicted a held-out stretch of recent history best, and says which in one sentence. The holdout chart compares the predicted repeat purchases with what happened after a split date you can choose. Predictions follow the filters, but not the date range: they always read the whole history. With fewer than 200 customers within the filters there are no predictions, and so nothing to check.</source>
        <translation>StoreLens ajusta varios modelos de compra y usa el que mejor predijo un tramo reservado del historial reciente, e indica cuál en una frase. El gráfico del periodo de prueba compara las compras repetidas previstas con lo que ocurrió después de una fecha de división que usted puede elegir. Las predicciones siguen los filtros, pero no el intervalo de fechas: siempre leen todo el historial. Con menos de 200 clientes dentro de los filtros no hay predicciones y, por tanto, nada que comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="611"/>
        <source>When what customers spend varies too widely for the spend model (often one customer id shared by several people, or orders that are no purchase counted as sales), the purchases expected and the chance that each customer is still active are still shown, as they do not depend on spend; expected spend and lifetime value are not, and the Predictions tab says why.</source>
        <translation>Cuando lo que gastan los clientes varía demasiado para el modelo de gasto (a menudo un mismo identificador de cliente compartido por varias personas, o pedidos que no son compras contados como ventas), las compras esperadas y la probabilidad de que cada cliente siga activo se siguen mostrando, porque no dependen del gasto; el gasto esperado y el valor de vida del cliente no, y la pestaña Predicciones explica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="620"/>
        <source>The PDF report</source>
        <translation>El informe PDF</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="633"/>
        <source>&lt;b&gt;File › Print…&lt;/b&gt; (Ctrl+P) prints the view on screen, all of it: a long table or the whole Overview runs over as many pages as it needs.</source>
        <translation>&lt;b&gt;Archivo › Imprimir…&lt;/b&gt; (Ctrl+P) imprime la vista en pantalla completa: una tabla larga o todo el Resumen ocupa tantas páginas como necesite.</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookText.cpp" line="637"/>
        <source>The same report runs without a window: &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</source>
        <translation>El mismo informe se genera sin ventana: &lt;code&gt;storelens report --workspace shop.storelens --out report.pdf&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HandbookWindow</name>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="47"/>
        <location filename="../ui/help/HandbookWindow.cpp" line="71"/>
        <source>StoreLens Handbook</source>
        <translation>Manual de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="51"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="52"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="53"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../ui/help/HandbookWindow.cpp" line="74"/>
        <source>%1 – StoreLens Handbook</source>
        <translation>%1 – Manual de StoreLens</translation>
    </message>
</context>
<context>
    <name>storelens::ui::HelpController</name>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="22"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="26"/>
        <source>Open the handbook at the page of the view shown.</source>
        <translation>Abrir el manual en la página de la vista mostrada.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="32"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="35"/>
        <source>Choose the language of StoreLens and of its reports.</source>
        <translation>Elegir el idioma de StoreLens y de sus informes.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="47"/>
        <source>Language changed</source>
        <translation>Idioma cambiado</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="48"/>
        <source>StoreLens shows the new language after it starts again.</source>
        <translation>StoreLens muestra el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="51"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpController.cpp" line="52"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportController</name>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="108"/>
        <source>Data exports (%1)</source>
        <extracomment>A file dialog&apos;s filter; %1 is the list of patterns &quot;*.csv *.tsv *.txt *.skv&quot;.</extracomment>
        <translation>Exportaciones de datos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="131"/>
        <source>Another import is still running.</source>
        <translation>Otra importación sigue en curso.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="132"/>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="139"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMatchOffer</name>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="27"/>
        <source>Count as One &amp;Product</source>
        <translation>Contar como un solo &amp;producto</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="35"/>
        <source>Counts each product without a code as the one product with a code of the same name, in this file and in the workspace, checks the file again and keeps the choice in the import profile.</source>
        <translation>Cuenta cada producto sin código como el único producto con código del mismo nombre, en este archivo y en el espacio de trabajo, vuelve a comprobar el archivo y guarda la elección en el perfil de importación.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="45"/>
        <source>Imports the file as a source of its own under this name and checks it again. The name can be changed on the Columns page (Back).</source>
        <translation>Importa el archivo como una fuente propia con este nombre y lo comprueba de nuevo. El nombre se puede cambiar en la página Columnas (Atrás).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMatchOffer.cpp" line="78"/>
        <source>Import as &quot;%1&quot;</source>
        <translation>Importar como «%1»</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMessages</name>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="18"/>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="20"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="33"/>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="35"/>
        <source>%1 was imported (%2): %3 new rows, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Se ha importado %1 (%2): %3 filas nuevas, %4 actualizadas, %5 sin cambios, %6 rechazadas.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="45"/>
        <source>… and %1 more rejected rows.</source>
        <translation>… y %1 filas rechazadas más.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="51"/>
        <source>Import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="54"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="57"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="58"/>
        <source>Nothing was imported. %1 (%2)</source>
        <translation>No se ha importado nada. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="62"/>
        <source>Columns not recognised</source>
        <translation>Columnas no reconocidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="64"/>
        <source>Nothing was imported: StoreLens could not find columns for %1 in %2 (read as %3). Import the file with File › Import… to choose the columns yourself.</source>
        <translation>No se ha importado nada: StoreLens no ha encontrado columnas para %1 en %2 (leído como %3). Importe el archivo con Archivo › Importar… para elegir usted mismo las columnas.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="69"/>
        <source>Say what the file holds</source>
        <translation>Indicar qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="72"/>
        <source>Nothing was imported: StoreLens cannot tell what %1 holds. Choose it in the import wizard.</source>
        <translation>No se ha importado nada: StoreLens no puede determinar qué contiene %1. Elíjalo en el asistente de importación.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="75"/>
        <source>Nothing was imported: StoreLens cannot tell for sure what %1 holds (it could be %2). Choose it in the import wizard.</source>
        <translation>No se ha importado nada: StoreLens no puede determinar con seguridad qué contiene %1 (podría ser %2). Elíjalo en el asistente de importación.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="80"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="81"/>
        <source>The import of %1 was cancelled. The workspace is unchanged.</source>
        <translation>Se ha cancelado la importación de %1. El espacio de trabajo no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="52"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="53"/>
        <source>What was imported</source>
        <translation>Qué se ha importado</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="54"/>
        <source>&amp;Save these settings for next time as:</source>
        <translation>&amp;Guardar esta configuración para la próxima vez como:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="58"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="59"/>
        <source>The rows go into the workspace in one step: all of them, or none if you cancel.</source>
        <translation>Las filas entran en el espacio de trabajo en un solo paso: todas, o ninguna si cancela.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="72"/>
        <source>What the file was:</source>
        <translation>Qué era el archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="76"/>
        <source>Lines removed (no longer in the re-export):</source>
        <translation>Líneas eliminadas (ya no están en la reexportación):</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="78"/>
        <source>Till receipts left out (no sale):</source>
        <translation>Recibos de caja omitidos (sin venta):</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="79"/>
        <source>Left out of sales:</source>
        <translation>Fuera de las ventas:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="80"/>
        <source>Products by name:</source>
        <translation>Productos por nombre:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="81"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="82"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="83"/>
        <source>Orders in the file:</source>
        <translation>Pedidos en el archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="84"/>
        <source>Gross sales in the file:</source>
        <translation>Ventas brutas del archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="85"/>
        <source>Discounts:</source>
        <translation>Descuentos:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="86"/>
        <source>Returns:</source>
        <translation>Devoluciones:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="87"/>
        <source>Net sales in the file:</source>
        <translation>Ventas netas del archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="136"/>
        <source>Saving… all rows are read; %1 is being written into the workspace.</source>
        <translation>Guardando… se han leído todas las filas; %1 se está escribiendo en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="157"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="177"/>
        <source>Cancelling… the workspace is put back as it was.</source>
        <translation>Cancelando… el espacio de trabajo vuelve a quedar como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="193"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Se ha cancelado la importación. El espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="198"/>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="232"/>
        <source>Order line(s) added:</source>
        <translation>
            <numerusform>Línea de pedido añadida:</numerusform>
            <numerusform>Líneas de pedido añadidas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="233"/>
        <source>Order line(s) already there, changed:</source>
        <translation>
            <numerusform>Línea de pedido ya existente, modificada:</numerusform>
            <numerusform>Líneas de pedido ya existentes, modificadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="234"/>
        <source>Order line(s) already there, unchanged:</source>
        <translation>
            <numerusform>Línea de pedido ya existente, sin cambios:</numerusform>
            <numerusform>Líneas de pedido ya existentes, sin cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="237"/>
        <source>Customer(s) added:</source>
        <translation>
            <numerusform>Cliente añadido:</numerusform>
            <numerusform>Clientes añadidos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="238"/>
        <source>Customer(s) already there, changed:</source>
        <translation>
            <numerusform>Cliente ya existente, modificado:</numerusform>
            <numerusform>Clientes ya existentes, modificados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="239"/>
        <source>Customer(s) already there, unchanged:</source>
        <translation>
            <numerusform>Cliente ya existente, sin cambios:</numerusform>
            <numerusform>Clientes ya existentes, sin cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="242"/>
        <source>Product(s) added:</source>
        <translation>
            <numerusform>Producto añadido:</numerusform>
            <numerusform>Productos añadidos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="243"/>
        <source>Product(s) already there, changed:</source>
        <translation>
            <numerusform>Producto ya existente, modificado:</numerusform>
            <numerusform>Productos ya existentes, modificados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="244"/>
        <source>Product(s) already there, unchanged:</source>
        <translation>
            <numerusform>Producto ya existente, sin cambios:</numerusform>
            <numerusform>Productos ya existentes, sin cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="247"/>
        <source>Row(s) added:</source>
        <translation>
            <numerusform>Fila añadida:</numerusform>
            <numerusform>Filas añadidas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="248"/>
        <source>Row(s) already there, changed:</source>
        <translation>
            <numerusform>Fila ya existente, modificada:</numerusform>
            <numerusform>Filas ya existentes, modificadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="249"/>
        <source>Row(s) already there, unchanged:</source>
        <translation>
            <numerusform>Fila ya existente, sin cambios:</numerusform>
            <numerusform>Filas ya existentes, sin cambios:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="264"/>
        <source>%1 was imported into the workspace (%2). The dashboards are being updated.</source>
        <translation>Se ha importado %1 en el espacio de trabajo (%2). Los paneles se están actualizando.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="274"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="40"/>
        <location filename="../ui/importwizard/ImportPage.cpp" line="289"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPage.cpp" line="256"/>
        <source>Row(s) of the file rejected (not imported):</source>
        <translation>
            <numerusform>Fila del archivo rechazada (no importada):</numerusform>
            <numerusform>Filas del archivo rechazadas (no importadas):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="280"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPage.cpp" line="335"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;The settings were not saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;No se ha guardado la configuración: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="37"/>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="152"/>
        <source>Leave the import?</source>
        <translation>¿Salir de la importación?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="153"/>
        <source>Close the import wizard? The choices made so far are lost and nothing is imported.</source>
        <translation>¿Cerrar el asistente de importación? Las elecciones hechas hasta ahora se pierden y no se importa nada.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="158"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="159"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>storelens::ui::KpiFormat</name>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="63"/>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="106"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="73"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="98"/>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiFormat.cpp" line="126"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="74"/>
        <source>&amp;Why did this change?</source>
        <translation>¿&amp;Por qué ha variado esto?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="87"/>
        <source>%1 over time</source>
        <translation>%1 a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>Explain where the change of %1 came from</source>
        <translation>Explicar de dónde procede la variación de %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="125"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="129"/>
        <source>Where the change came from, and whether it is more than normal variation (Enter on the tile)</source>
        <translation>De dónde procede la variación y si va más allá de la variación normal (Intro en el indicador)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="257"/>
        <source>No variation to test</source>
        <translation>Sin variación que comprobar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="259"/>
        <source>Not comparable: a source&apos;s data ends early</source>
        <translation>No comparable: los datos de una fuente terminan antes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="263"/>
        <source>No test of normal variation</source>
        <translation>Sin prueba de variación normal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="346"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="344"/>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="360"/>
        <source>No comparison data</source>
        <translation>Sin datos de comparación</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="360"/>
        <source>Not comparable</source>
        <translation>No comparable</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="367"/>
        <location filename="../ui/dashboard/KpiTile.cpp" line="434"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="253"/>
        <source>Within normal variation</source>
        <translation>Dentro de la variación normal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="255"/>
        <source>Too few days to judge</source>
        <translation>Demasiados pocos días para valorarlo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="352"/>
        <source>Too early to tell</source>
        <translation>Aún es pronto</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="386"/>
        <source>Beyond normal variation</source>
        <translation>Más allá de la variación normal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="392"/>
        <source>Kept %1 of %2 customers; %3 reactivated.</source>
        <translation>Se mantuvieron %1 de %2 clientes; %3 reactivados.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="416"/>
        <source>%1 % of target %2</source>
        <translation>%1 % del objetivo %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="451"/>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="454"/>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::LanguageSettings</name>
    <message>
        <location filename="../ui/common/LanguageSettings.cpp" line="29"/>
        <source>System</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>storelens::ui::LifecycleSettingsDialog</name>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="29"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="30"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="31"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="32"/>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="33"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="39"/>
        <source>Lifecycle and Value Tier Thresholds</source>
        <translation>Umbrales de ciclo de vida y niveles de valor</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="40"/>
        <source>New: the first purchase falls within this many days up to the as-of date.</source>
        <translation>Nuevo: la primera compra cae dentro de este número de días hasta la fecha de corte.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="41"/>
        <source>At risk: no purchase for at least this many days.</source>
        <translation>En riesgo: sin compras durante al menos este número de días.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="42"/>
        <source>Lapsed: no purchase for at least this many days.</source>
        <translation>Inactivo: sin compras durante al menos este número de días.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="43"/>
        <source>High value: historical CLV at or above this percentile.</source>
        <translation>Valor alto: CLV histórico igual o superior a este percentil.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="44"/>
        <source>Medium value: at or above this percentile and below the high one.</source>
        <translation>Valor medio: igual o superior a este percentil e inferior al alto.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="48"/>
        <source>&amp;New within:</source>
        <translation>&amp;Nuevo en:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="49"/>
        <source>&amp;At risk after:</source>
        <translation>En &amp;riesgo tras:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="50"/>
        <source>&amp;Lapsed after:</source>
        <translation>&amp;Inactivo tras:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="51"/>
        <source>&amp;High value from percentile:</source>
        <translation>Valor &amp;alto desde el percentil:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="52"/>
        <source>&amp;Medium value from percentile:</source>
        <translation>Valor &amp;medio desde el percentil:</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="55"/>
        <source>Stages are decided in this order: New, Lapsed, At risk, Active.</source>
        <translation>Las etapas se deciden en este orden: Nuevo, Inactivo, En riesgo, Activo.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="89"/>
        <source>At risk must come before lapsed: choose fewer days for at risk than for lapsed.</source>
        <translation>En riesgo debe ir antes que inactivo: elija menos días para en riesgo que para inactivo.</translation>
    </message>
    <message>
        <location filename="../ui/segments/LifecycleSettingsDialog.cpp" line="91"/>
        <source>The medium tier must start below the high tier.</source>
        <translation>El nivel medio debe empezar por debajo del nivel alto.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="133"/>
        <source>%n file(s) will open in the import wizard once the open import is finished.</source>
        <translation>
            <numerusform>%n archivo se abrirá en el asistente de importación cuando termine la importación abierta.</numerusform>
            <numerusform>%n archivos se abrirán en el asistente de importación cuando termine la importación abierta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Create an empty workspace file for a business.</source>
        <translation>Crear un archivo de espacio de trabajo vacío para un negocio.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="155"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Open a workspace file.</source>
        <translation>Abrir un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="161"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Abrir la &amp;tienda de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>Open a made-up store with three years of sales to explore StoreLens.</source>
        <translation>Abrir una tienda inventada con tres años de ventas para explorar StoreLens.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>Import a CSV export of your till, web shop or ERP into this workspace.</source>
        <translation>Importar una exportación CSV de su caja, tienda online o ERP en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>Manage Import &amp;Profiles…</source>
        <translation>Gestionar &amp;perfiles de importación…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="169"/>
        <source>Rename or delete the import settings saved in this workspace.</source>
        <translation>Cambiar el nombre o eliminar la configuración de importación guardada en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;About StoreLens</source>
        <translation>&amp;Acerca de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="218"/>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="229"/>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="230"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="239"/>
        <source>the sample store</source>
        <translation>la tienda de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>An import is already open: finish or cancel it first.</source>
        <translation>Ya hay una importación abierta: termínela o cancélela primero.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="266"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>Import Your Data</source>
        <translation>Importar sus datos</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>New Workspace for Your Data</source>
        <translation>Nuevo espacio de trabajo para sus datos</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="289"/>
        <source>My store</source>
        <translation>Mi tienda</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="354"/>
        <source>About StoreLens</source>
        <translation>Acerca de StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="355"/>
        <source>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;See how your store is doing: sales, customers who come back, and who to win back. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;Vea cómo va su tienda: ventas, clientes que vuelven y a quién recuperar. Sus datos se quedan en este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="404"/>
        <source>%1 — StoreLens</source>
        <translation>%1 — StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="405"/>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="419"/>
        <source>Opened %1.</source>
        <translation>Se ha abierto %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="449"/>
        <source>The workspace changed outside this window (an import from the command line?): the views show its new data.</source>
        <translation>El espacio de trabajo cambió fuera de esta ventana (¿una importación desde la línea de órdenes?): las vistas muestran sus datos nuevos.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="495"/>
        <source>Workspace not opened</source>
        <translation>No se ha abierto el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="496"/>
        <source>The workspace could not be opened. %1</source>
        <translation>No se ha podido abrir el espacio de trabajo. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberExportDialog</name>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="31"/>
        <source>&amp;Include customers without marketing consent</source>
        <translation>&amp;Incluir clientes sin consentimiento de marketing</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="40"/>
        <source>Export Members of %1</source>
        <translation>Exportar miembros de %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="43"/>
        <source>Tick the columns to write; drag them to change their order.</source>
        <translation>Marque las columnas que desea escribir; arrástrelas para cambiar su orden.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="53"/>
        <source>For E&amp;xcel in this language</source>
        <translation>Para E&amp;xcel en este idioma</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="56"/>
        <source>Ticked: &quot;;&quot; between columns and decimal commas, as Excel in this language expects. Unticked: &quot;,&quot; and &quot;.&quot; for other programs.</source>
        <translation>Marcado: «;» entre columnas y comas decimales, como espera Excel en este idioma. Sin marcar: «,» y «.» para otros programas.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="58"/>
        <source>Ticked: a byte order mark first, so Excel reads accented letters. Unticked: plain UTF-8 for other programs.</source>
        <translation>Marcado: primero una marca de orden de bytes, para que Excel lea las letras acentuadas. Sin marcar: UTF-8 simple para otros programas.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="67"/>
        <source>Choose where to save the CSV file</source>
        <translation>Elija dónde guardar el archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="68"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="70"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="74"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="76"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberExportDialog.cpp" line="80"/>
        <source>%Ln customer(s) in the segment.</source>
        <translation>
            <numerusform>%Ln cliente en el segmento.</numerusform>
            <numerusform>%Ln clientes en el segmento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="199"/>
        <source>Export Members</source>
        <translation>Exportar miembros</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="211"/>
        <source>Every customer in the segment has agreed to marketing email.</source>
        <translation>Todos los clientes del segmento han aceptado recibir emails de marketing.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="213"/>
        <source>All %1 customers will be written, %2 of them without marketing consent.</source>
        <translation>Se escribirán los %1 clientes, %2 de ellos sin consentimiento de marketing.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="217"/>
        <source>None of the %1 customers has agreed to marketing email (or it is unknown), so none will be written. Tick &quot;Include customers without marketing consent&quot; to export them for your own analysis.</source>
        <translation>Ninguno de los %1 clientes ha aceptado recibir email de marketing (o no se sabe), así que no se escribirá ninguno. Marque &quot;Incluir clientes sin consentimiento de marketing&quot; para exportarlos para su propio análisis.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberExportDialog.cpp" line="222"/>
        <source>%1 of %2 customers have not agreed to marketing email (or it is unknown) and will be left out; %3 will be written.</source>
        <translation>%1 de %2 clientes no han aceptado recibir emails de marketing (o se desconoce) y se excluirán; se escribirán %3.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberListPanel</name>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="40"/>
        <source>Show in C&amp;ustomers</source>
        <translation>Mostrar en Cl&amp;ientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="41"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="52"/>
        <source>Search by id, name, email or country</source>
        <translation>Buscar por ID, nombre, email o país</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="59"/>
        <source>segment members</source>
        <translation>miembros del segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="77"/>
        <source>Double-click a customer to open it in the Customers view.</source>
        <translation>Haga doble clic en un cliente para abrirlo en la vista Clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="79"/>
        <source>Open the listed customers in the Customers view.</source>
        <translation>Abrir los clientes de la lista en la vista Clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="81"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation>Escribir los clientes del segmento en un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="100"/>
        <source>Writing the CSV file…</source>
        <translation>Escribiendo el archivo CSV…</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="116"/>
        <location filename="../ui/segments/MemberListPanel.cpp" line="156"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Elija un segmento para ver sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="123"/>
        <source>Customers in %1</source>
        <translation>Clientes del segmento «%1»</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="178"/>
        <source>No customer is in this segment within the filters. Pick another segment or clear a filter.</source>
        <translation>Ningún cliente de este segmento está dentro de los filtros. Elija otro segmento o quite un filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="181"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="228"/>
        <source>Wrote %Ln customer(s) to %1; %2 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>Se ha escrito %Ln cliente en %1; se han excluido %2 clientes sin consentimiento de marketing.</numerusform>
            <numerusform>Se han escrito %Ln clientes en %1; se han excluido %2 clientes sin consentimiento de marketing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="232"/>
        <source>Wrote %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln cliente en %1.</numerusform>
            <numerusform>Se escribieron %Ln clientes en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="237"/>
        <source>Wrote %Ln customer(s); %1 customers without marketing consent were left out.</source>
        <translation>
            <numerusform>Se ha escrito %Ln cliente; se han excluido %1 clientes sin consentimiento de marketing.</numerusform>
            <numerusform>Se han escrito %Ln clientes; se han excluido %1 clientes sin consentimiento de marketing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="183"/>
        <source>No customer matches &quot;%1&quot;. Clear the search to see all %2.</source>
        <translation>Ningún cliente coincide con &quot;%1&quot;. Borre la búsqueda para ver los %2.</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="187"/>
        <source>%1 of %2 customers match</source>
        <translation>Coinciden %1 de %2 clientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="236"/>
        <source>Export Members</source>
        <translation>Exportar miembros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/MemberListPanel.cpp" line="241"/>
        <source>Wrote %Ln customer(s).</source>
        <translation>
            <numerusform>Se escribió %Ln cliente.</numerusform>
            <numerusform>Se escribieron %Ln clientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberListPanel.cpp" line="246"/>
        <source>The members could not be exported: %1</source>
        <translation>No se han podido exportar los miembros: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="24"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="25"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="137"/>
        <location filename="../ui/segments/MemberTableModel.cpp" line="140"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="140"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="144"/>
        <source>%1-%2-%3</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="165"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="167"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="169"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="171"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="173"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="175"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="177"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="179"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="181"/>
        <source>AOV</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="183"/>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="185"/>
        <source>R-F-M</source>
        <translation>R-F-M</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="187"/>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="189"/>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="191"/>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <location filename="../ui/segments/MemberTableModel.cpp" line="193"/>
        <source>Email consent</source>
        <translation>Consentimiento de email</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MultiSelectButton</name>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="26"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="27"/>
        <source>Clear the choice: every value is included.</source>
        <translation>Borrar la selección: se incluyen todos los valores.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="30"/>
        <source>%1 values</source>
        <translation>%1 valores</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="132"/>
        <source>%1: All</source>
        <translation>%1: todos</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="136"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/MultiSelectButton.cpp" line="141"/>
        <source>Everything is included. Click to choose.</source>
        <translation>Se incluye todo. Haga clic para elegir.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NetSalesTrendChart</name>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="30"/>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="46"/>
        <source>Net sales over time</source>
        <translation>Ventas netas a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="78"/>
        <source>%1 (to date)</source>
        <translation>%1 (hasta la fecha)</translation>
    </message>
    <message>
        <location filename="../ui/charts/NetSalesTrendChart.cpp" line="107"/>
        <source>No data before %1: the line starts there.</source>
        <translation>Sin datos antes de %1: la línea empieza ahí.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::NewReturningCustomersChart</name>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="14"/>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="54"/>
        <source>New and returning customers</source>
        <translation>Clientes nuevos y recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="31"/>
        <source>No identified customer bought in this period: only sales that name their customer (a customer number or an e-mail address) are counted here.</source>
        <translation>Ningún cliente identificado compró en este período: aquí solo cuentan las ventas que nombran a su cliente (un número de cliente o una dirección de correo electrónico).</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="64"/>
        <source>Returning</source>
        <translation>Recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/charts/NewReturningCustomersChart.cpp" line="65"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OrderTimeline</name>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="21"/>
        <source>Order timeline</source>
        <translation>Cronología de pedidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/OrderTimeline.cpp" line="32"/>
        <source>%Ln order(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln pedido del %1 al %2</numerusform>
            <numerusform>%Ln pedidos del %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="44"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/customers/OrderTimeline.cpp" line="137"/>
        <source>Order %1 on %2: net sales %3</source>
        <translation>Pedido %1 del %2: ventas netas %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::OverviewView</name>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="79"/>
        <source>No workspace is open: open one (File ▸ Open…) or the sample store (File ▸ Open the Sample Store).</source>
        <translation>No hay ningún espacio de trabajo abierto: abra uno (Archivo ▸ Abrir…) o la tienda de ejemplo (Archivo ▸ Abrir la tienda de ejemplo).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="86"/>
        <source>No data yet: import orders (File ▸ Import…) to see the Overview, or open the sample store (File ▸ Open the Sample Store).</source>
        <translation>Aún no hay datos: importe pedidos (Archivo ▸ Importar…) para ver el Resumen, o abra la tienda de ejemplo (Archivo ▸ Abrir la tienda de ejemplo).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="99"/>
        <source>A customer counts as lost after %1 days without buying; the data before this period covers only %2 of those days.</source>
        <translation>Un cliente cuenta como perdido tras %1 días sin comprar; los datos anteriores a este periodo solo cubren %2 de esos días.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="180"/>
        <source>Choose &amp;tiles…</source>
        <translation>E&amp;legir indicadores…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="182"/>
        <source>Choose and order the KPI tiles and set targets.</source>
        <translation>Elija y ordene los indicadores de KPI y fije objetivos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="206"/>
        <source>Net sales by store</source>
        <translation>Ventas netas por tienda</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="207"/>
        <source>Net sales by channel</source>
        <translation>Ventas netas por canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="208"/>
        <source>Net sales by category</source>
        <translation>Ventas netas por categoría</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="211"/>
        <source>Net sales by customer&apos;s country</source>
        <translation>Ventas netas por país del cliente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="212"/>
        <source>Top products by net sales</source>
        <translation>Productos principales por ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="214"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="215"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="216"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="217"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="218"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="362"/>
        <source>The targets could not be saved: %1</source>
        <translation>No se han podido guardar los objetivos: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="508"/>
        <source>The Overview could not be computed: %1</source>
        <translation>No se ha podido calcular el Resumen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="547"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="549"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="690"/>
        <source>A year earlier</source>
        <translation>Un año antes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="601"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="603"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="605"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="607"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="623"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="647"/>
        <source> (to date)</source>
        <translation> (hasta la fecha)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/OverviewView.cpp" line="677"/>
        <location filename="../ui/dashboard/OverviewView.cpp" line="689"/>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PdfMetadata</name>
    <message>
        <location filename="../ui/report/PdfMetadata.cpp" line="19"/>
        <source>The PDF writer produced a file whose trailer could not be read.</source>
        <translation>El generador de PDF ha creado un archivo cuyo trailer no se puede leer.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsText</name>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="33"/>
        <source>Why nearly every customer counts as still buying: this purchase history shows no sign yet of customers leaving for good (a long gap since someone&apos;s last purchase is explained just as well by their buying rarely). The Segments view&apos;s “%1” and “%2” are judged by the time since the last purchase alone.</source>
        <translation>Por qué casi todos los clientes cuentan como que siguen comprando: este historial de compras aún no muestra señales de clientes que se hayan ido para siempre (mucho tiempo desde la última compra de alguien se explica igual de bien porque compra pocas veces). En la vista Segmentos, «%1» y «%2» se juzgan solo por el tiempo transcurrido desde la última compra.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="46"/>
        <source>How far to trust this: there is too little history yet to test the predictions against what really happened.</source>
        <translation>Hasta qué punto fiarse: todavía hay muy poco historial para comprobar las predicciones con lo que ocurrió realmente.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="57"/>
        <source>about right</source>
        <translation>bastante acertadas</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="58"/>
        <source>%1 % too high</source>
        <translation>un %1 % demasiado altas</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="59"/>
        <source>%1 % too low</source>
        <translation>un %1 % demasiado bajas</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="63"/>
        <source>StoreLens predicted the last %1 weeks from the purchases before them</source>
        <translation>StoreLens predijo las últimas %1 semanas a partir de las compras anteriores</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="65"/>
        <source>StoreLens predicted %1 to %2 from the purchases before</source>
        <translation>StoreLens predijo del %1 al %2 a partir de las compras anteriores</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="68"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3.</source>
        <translation>Hasta qué punto fiarse: %1 y esperaba %2 compras repetidas (compras posteriores a la primera de un cliente); los clientes hicieron %3.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="72"/>
        <source>How far to trust this: %1 and expected %2 repeat purchases (purchases after a customer&apos;s first); customers made %3, so the predictions were %4.</source>
        <translation>Hasta qué punto fiarse: %1 y esperaba %2 compras repetidas (compras posteriores a la primera de un cliente); los clientes hicieron %3, así que las predicciones fueron %4.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="96"/>
        <source>Probably still customers: %1 of your %2 customers (for each, a 50 % chance or more that they still buy from you).</source>
        <translation>Probablemente siguen siendo clientes: %1 de sus %2 clientes (para cada uno, una probabilidad del 50 % o más de que siga comprándole).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="100"/>
        <source>Purchases expected from them: %1 in the next quarter (13 weeks), %2 in the next year (52 weeks).</source>
        <translation>Compras esperadas de ellos: %1 en el próximo trimestre (13 semanas), %2 en el próximo año (52 semanas).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="105"/>
        <source>Expected spend in the next %1 months: %2 in total, %3 per customer on average (their predicted lifetime value).</source>
        <translation>Gasto esperado en los próximos %1 meses: %2 en total, %3 por cliente de media (su valor de vida previsto).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsText.cpp" line="111"/>
        <source>Expected spend: not predicted. %1</source>
        <translation>Gasto esperado: no se predice. %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PredictionsView</name>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="46"/>
        <source>&amp;Check against what happened</source>
        <translation>&amp;Comprobar con lo que ocurrió</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="47"/>
        <source>Predict from &amp;all purchases again</source>
        <translation>Volver a predecir a partir de &amp;todas las compras</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="51"/>
        <source>How much customers are expected to spend</source>
        <translation>Cuánto se espera que gasten los clientes</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="55"/>
        <source>Check: expected and actual repeat purchases</source>
        <translation>Comprobación: compras repetidas esperadas y reales</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="70"/>
        <source>The predictions are made from the purchases before this day only, then set against what the customers really bought from this day on.</source>
        <translation>Las predicciones se hacen solo con las compras anteriores a este día y luego se comparan con lo que los clientes compraron realmente a partir de ese día.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="78"/>
        <source>Check the predictions &amp;from:</source>
        <translation>Comprobar las predicciones &amp;desde:</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="98"/>
        <source>To see how far to trust the predictions, pick a day above and choose Check against what happened: the predictions are then made from the purchases before that day only, and the repeat purchases they expect after it are set against the ones the customers really made, grouped by how often they had bought before.</source>
        <translation>Para ver hasta qué punto fiarse de las predicciones, elija un día arriba y pulse Comprobar con lo que ocurrió: las predicciones se hacen entonces solo con las compras anteriores a ese día, y las compras repetidas que esperan después se comparan con las que los clientes hicieron realmente, agrupadas según cuántas veces habían comprado antes.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="112"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="115"/>
        <source>model parameters</source>
        <translation>parámetros del modelo</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="122"/>
        <source>Model parameters and their meaning</source>
        <translation>Parámetros del modelo y su significado</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="130"/>
        <source>&amp;Model details</source>
        <translation>Detalles del &amp;modelo</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="135"/>
        <source>The statistical models behind the predictions, their fitted parameters and how well they fit.</source>
        <translation>Los modelos estadísticos en que se basan las predicciones, sus parámetros ajustados y lo bien que se ajustan.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="182"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="230"/>
        <source>Open a workspace to see predicted customer lifetime value: import orders or open the sample store from the File menu.</source>
        <translation>Abra un espacio de trabajo para ver el valor de vida del cliente (CLV) previsto: importe pedidos o abra la tienda de ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="245"/>
        <source>The predictions could not be computed: %1</source>
        <translation>No se han podido calcular las predicciones: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predictions/PredictionsView.cpp" line="286"/>
        <source>Predictions need at least %n customers within the filters, so there is nothing to check.</source>
        <translation>
            <numerusform>Las predicciones necesitan al menos %n cliente dentro de los filtros, así que no hay nada que comprobar.</numerusform>
            <numerusform>Las predicciones necesitan al menos %n clientes dentro de los filtros, así que no hay nada que comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="289"/>
        <source>There are no predictions to check: the message below says why.</source>
        <translation>No hay predicciones que comprobar: el mensaje de abajo explica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="313"/>
        <source>No data yet: import orders with customer ids to see predicted lifetime value.</source>
        <translation>Aún no hay datos: importe pedidos con ID de cliente para ver el valor de vida previsto.</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="363"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="368"/>
        <source>Customers by what they are expected to spend in the next %1 months</source>
        <translation>Clientes según lo que se espera que gasten en los próximos %1 meses</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="364"/>
        <source>Not predicted: the spend model gave no average spend (see the summary above).</source>
        <translation>No se predice: el modelo de gasto no dio un gasto medio (vea el resumen de arriba).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="385"/>
        <source>not used (%1)</source>
        <translation>no se usa (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="430"/>
        <source>%1 to %2: %3 repeat purchases expected, %4 made</source>
        <translation>Del %1 al %2: %3 compras repetidas esperadas, %4 realizadas</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="378"/>
        <source>Purchase model (%1)</source>
        <translation>Modelo de compra (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="325"/>
        <source>The date range does not apply here: these predictions use every purchase up to %1 (within the filters).</source>
        <translation>El intervalo de fechas no se aplica aquí: estas predicciones usan todas las compras hasta el %1 (dentro de los filtros).</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="356"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="357"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="425"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="369"/>
        <location filename="../ui/predictions/PredictionsView.cpp" line="370"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="369"/>
        <source>Expected spend per customer (predicted lifetime value)</source>
        <translation>Gasto esperado por cliente (valor de vida previsto)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="380"/>
        <source>%1
%2: %3
Spend model (Gamma-Gamma): %4</source>
        <translation>%1
%2: %3
Modelo de gasto (Gamma-Gamma): %4</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="398"/>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Modelo de gasto (Gamma-Gamma)</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="434"/>
        <source>Repeat purchases before %1</source>
        <translation>Compras repetidas antes del %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="435"/>
        <source>Repeat purchases per customer from %1</source>
        <translation>Compras repetidas por cliente desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../ui/predictions/PredictionsView.cpp" line="436"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
</context>
<context>
    <name>storelens::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="30"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="51"/>
        <source>The language of the windows, numbers, dates and the PDF report changes when StoreLens is started again.</source>
        <translation>El idioma de las ventanas, los números, las fechas y el informe PDF cambia cuando se vuelve a iniciar StoreLens.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="56"/>
        <source>The windows, numbers, dates and the PDF report use this language.</source>
        <translation>Las ventanas, los números, las fechas y el informe PDF usan este idioma.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="68"/>
        <source>StoreLens has no translation into %1, the system&apos;s language: its words are English; numbers and dates are written as in %2.</source>
        <translation>StoreLens no tiene traducción al %1, el idioma del sistema: sus textos están en inglés; los números y las fechas se escriben como en %2.</translation>
    </message>
    <message>
        <location filename="../ui/common/PreferencesDialog.cpp" line="70"/>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name in English, then in itself: Swedish (svenska)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="38"/>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="42"/>
        <source>Import Profiles</source>
        <translation>Perfiles de importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="45"/>
        <source>Columns used</source>
        <translation>Columnas usadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="60"/>
        <source>Saved import settings are offered again when a file with the same columns is imported. Double-click a name to rename it.</source>
        <translation>La configuración de importación guardada se vuelve a ofrecer cuando se importa un archivo con las mismas columnas. Haga doble clic en un nombre para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="78"/>
        <source>Delete Import Profile</source>
        <translation>Eliminar perfil de importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="79"/>
        <source>Delete the import profile &quot;%1&quot;? Data imported with it stays in the workspace.</source>
        <translation>¿Eliminar el perfil de importación &quot;%1&quot;? Los datos importados con él se quedan en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ProfilesDialog.cpp" line="192"/>
        <source>No import profiles yet. The import wizard offers to save one after an import.</source>
        <translation>Aún no hay perfiles de importación. El asistente de importación ofrece guardar uno tras una importación.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RecentFiles</name>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="96"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="102"/>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="106"/>
        <source>Clear Recent Workspaces</source>
        <translation>Borrar espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RejectionModel</name>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="43"/>
        <source>(whole row)</source>
        <translation>(fila completa)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="61"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="63"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="65"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/RejectionModel.cpp" line="67"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportAppendix</name>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="25"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="124"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="31"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="34"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="35"/>
        <source>The previous period is the period of the same length ending the day before the report&apos;s period; a weekly, monthly or quarterly report compares with the calendar week, month or quarter before and with the same one a year earlier (weeks: 52 weeks earlier).</source>
        <translation>El periodo anterior es el periodo de la misma duración que termina el día antes del periodo del informe; un informe semanal, mensual o trimestral se compara con la semana, el mes o el trimestre natural anterior y con el mismo del año anterior (semanas: 52 semanas antes).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="40"/>
        <source>Change, change %</source>
        <translation>Variación, variación %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="41"/>
        <source>Change = value − comparison; change % = (value − comparison) ÷ |comparison|, no data when the comparison is 0. Ratios change in percentage points (pp).</source>
        <translation>Variación = valor − comparación; variación % = (valor − comparación) ÷ |comparación|, sin datos cuando la comparación es 0. Los ratios varían en puntos porcentuales (p. p.).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="45"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="46"/>
        <source>The target saved for the KPI in this workspace; met when the value is at or beyond it in the KPI&apos;s good direction.</source>
        <translation>El objetivo guardado para el KPI en este espacio de trabajo; se cumple cuando el valor lo alcanza o lo supera en la dirección favorable del KPI.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="51"/>
        <source>Trend charts</source>
        <translation>Gráficos de tendencia</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="52"/>
        <source>Each point is the KPI computed over the days of one bucket exactly as over the whole period.</source>
        <translation>Cada punto es el KPI calculado con los días de un intervalo, exactamente igual que para todo el periodo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="56"/>
        <source>Top products, categories, stores, channels</source>
        <translation>Productos, categorías, tiendas y canales principales</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="57"/>
        <source>Net sales of the period&apos;s lines (returns included), their share of the period&apos;s net sales, orders with a sale line of the product or group, and units sold on sale lines.</source>
        <translation>Ventas netas de las líneas del periodo (devoluciones incluidas), su proporción de las ventas netas del periodo, los pedidos con una línea de venta del producto o grupo y las unidades vendidas en líneas de venta.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="62"/>
        <source>Cohort retention</source>
        <translation>Retención por cohorte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="63"/>
        <source>A customer&apos;s cohort is the week (Monday start), month or quarter of their first sale line. Retention at age k = customers of the cohort with a sale line in period cohort + k ÷ cohort size (age 0 is 100 %). A cell whose period ends after the as-of date is partial.</source>
        <translation>La cohorte de un cliente es la semana (empezando en lunes), el mes o el trimestre de su primera línea de venta. Retención a la antigüedad k = clientes de la cohorte con una línea de venta en el periodo cohorte + k ÷ tamaño de la cohorte (la antigüedad 0 es el 100 %). Una celda cuyo periodo termina después de la fecha de corte es parcial.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="69"/>
        <source>RFM scores</source>
        <translation>Puntuaciones RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="70"/>
        <source>Recency = days from the last sale line to the day after the as-of date; frequency = distinct orders with sale lines; monetary = net sales up to the as-of date. Each is scored 1–5 by tie-aware percentile; recency is scored so the most recent score 5. FM = (F + M) ÷ 2 rounded half up.</source>
        <translation>Recencia = días desde la última línea de venta hasta el día siguiente a la fecha de corte; frecuencia = pedidos distintos con líneas de venta; valor monetario = ventas netas hasta la fecha de corte. Cada uno se puntúa de 1 a 5 por percentil, teniendo en cuenta los empates; la recencia se puntúa de modo que los clientes más recientes obtengan un 5. FM = (F + M) ÷ 2, redondeando los ,5 hacia arriba.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="76"/>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="77"/>
        <source>Named by recency score R and FM score with the workspace&apos;s segment grid (the RFM grid above).</source>
        <translation>Nombrados según la puntuación de recencia R y la puntuación FM con la cuadrícula de segmentos del espacio de trabajo (la cuadrícula RFM anterior).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="80"/>
        <source>Lifecycle stages</source>
        <translation>Etapas del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="81"/>
        <source>New: first purchase within the last 30 days; Lapsed: no purchase in the last 180 days; At risk: no purchase in the last 90 days; Active: everyone else. Evaluated in that order, with the workspace&apos;s thresholds.</source>
        <translation>Nuevo: primera compra en los últimos 30 días; Inactivo: sin compras en los últimos 180 días; En riesgo: sin compras en los últimos 90 días; Activo: todos los demás. Se evalúan en ese orden, con los umbrales del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="86"/>
        <source>Value tiers</source>
        <translation>Niveles de valor</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="87"/>
        <source>By historical CLV percentile: High at 80 % or more, Medium from 50 % to under 80 %, Low the rest.</source>
        <translation>Por percentil de CLV histórico: Alto a partir del 80 %, Medio del 50 % a menos del 80 %, Bajo el resto.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="90"/>
        <source>Segment figures</source>
        <translation>Cifras de los segmentos</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="91"/>
        <source>Share of customers and of net sales of the whole customer base; average order value = (G − D) ÷ orders; orders per customer; median recency in days.</source>
        <translation>Proporción de clientes y de ventas netas de toda la base de clientes; ticket medio = (G − D) ÷ pedidos; pedidos por cliente; recencia mediana en días.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="97"/>
        <source>Predicted CLV</source>
        <translation>CLV previsto</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="98"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005) and Gamma-Gamma models fitted to every identified customer&apos;s purchase days; CLV over 12 months discounted monthly at 10 % a year. No prediction for fewer than 200 customers, under 90 days of history, no repeat buyers or a fit that does not converge.</source>
        <translation>Modelos BG/NBD (Fader, Hardie y Lee, 2005) y Gamma-Gamma ajustados a los días de compra de cada cliente identificado; CLV a 12 meses descontado mensualmente al 10 % anual. No hay predicción con menos de 200 clientes, menos de 90 días de historial, sin clientes recurrentes o si el ajuste no converge.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="104"/>
        <source>Other figures</source>
        <translation>Otras cifras</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="115"/>
        <source>Every figure follows StoreLens&apos; metric definitions. Money is exact and rounded to two places only for display; ratios are shown as percentages. Filters select order lines before anything is computed.</source>
        <translation>Todas las cifras siguen las definiciones de métricas de StoreLens. Los importes son exactos y se redondean a dos decimales solo para mostrarlos; los ratios se muestran como porcentajes. Los filtros seleccionan las líneas de pedido antes de calcular nada.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="120"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="123"/>
        <location filename="../ui/report/ReportAppendix.cpp" line="130"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="125"/>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="137"/>
        <source>KPIs without data, and why</source>
        <translation>KPI sin datos y por qué</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="143"/>
        <source>Abbreviations</source>
        <translation>Abreviaturas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportAppendix.cpp" line="144"/>
        <source>Abbreviation</source>
        <translation>Abreviatura</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportController</name>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="28"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="31"/>
        <source>Write a PDF report of the open workspace for the owner.</source>
        <translation>Generar un informe PDF del espacio de trabajo abierto para el propietario.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="75"/>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="86"/>
        <location filename="../ui/report/ReportController.cpp" line="96"/>
        <location filename="../ui/report/ReportController.cpp" line="162"/>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportController.cpp" line="87"/>
        <source>The report was written: %Ln page(s).</source>
        <translation>
            <numerusform>Se ha generado el informe: %Ln página.</numerusform>
            <numerusform>Se ha generado el informe: %Ln páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="110"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportController.cpp" line="135"/>
        <source>Report Preview</source>
        <translation>Vista previa del informe</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDialog</name>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="41"/>
        <location filename="../ui/report/ReportDialog.cpp" line="155"/>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="46"/>
        <source>Current filters (the dashboard&apos;s period and comparison)</source>
        <translation>Filtros actuales (el periodo y la comparación del panel)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="47"/>
        <source>Weekly: last complete week</source>
        <translation>Semanal: última semana completa</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="48"/>
        <source>Monthly: last complete month</source>
        <translation>Mensual: último mes completo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="49"/>
        <source>Quarterly: last complete quarter</source>
        <translation>Trimestral: último trimestre completo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="53"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="54"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="57"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="58"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="60"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="80"/>
        <source>&amp;Open the report when it is done</source>
        <translation>&amp;Abrir el informe al terminar</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="85"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="86"/>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="87"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="88"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="94"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="95"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="109"/>
        <location filename="../ui/report/ReportDialog.cpp" line="186"/>
        <source>%1 report.pdf</source>
        <translation>%1 informe.pdf</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="109"/>
        <location filename="../ui/report/ReportDialog.cpp" line="186"/>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDialog.cpp" line="155"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="81"/>
        <source>StoreLens report: %1</source>
        <translation>Informe de StoreLens: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="93"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="97"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportExplainSection</name>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="45"/>
        <source>There is no change to explain: %1</source>
        <translation>No hay ninguna variación que explicar: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="61"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="62"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="63"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="64"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="65"/>
        <source>Part of the change</source>
        <translation>Parte de la variación</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="84"/>
        <source>For a ratio each member&apos;s part is its mix effect (its share moved) plus its rate effect (its own value moved); the parts of a dimension add up to the change.</source>
        <translation>En un cociente, la parte de cada miembro es su efecto de mezcla (varió su proporción) más su efecto de tasa (varió su propio valor); las partes de una dimensión suman la variación.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="88"/>
        <source>The parts of a dimension add up to the change.</source>
        <translation>Las partes de una dimensión suman la variación.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="157"/>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExplainSection.cpp" line="160"/>
        <source>%1 against %2. Net sales, then the figures that moved most beyond normal variation, split into parts that add up to the change.</source>
        <translation>Periodo: %1; comparación: %2. Las ventas netas y, después, las cifras que más se salieron de la variación normal, desglosadas en partes que suman la variación.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportFormat</name>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="33"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportFormat.cpp" line="56"/>
        <source>%1 to %2 (%Ln day(s))</source>
        <translation>
            <numerusform>Del %1 al %2 (%Ln día)</numerusform>
            <numerusform>Del %1 al %2 (%Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="64"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="71"/>
        <source>None (all order lines)</source>
        <translation>Ninguno (todas las líneas de pedido)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="75"/>
        <source>Stores: %1</source>
        <translation>Tiendas: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="78"/>
        <source>Channels: %1</source>
        <translation>Canales: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="84"/>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="87"/>
        <source>Categories: %1</source>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFormat.cpp" line="89"/>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportOptions</name>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="18"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="19"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="20"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="22"/>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="24"/>
        <source>Top products and categories</source>
        <translation>Productos y categorías principales</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="26"/>
        <source>Predicted customer lifetime value</source>
        <translation>Valor de vida del cliente (CLV) previsto</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportOptions.cpp" line="28"/>
        <source>Appendix: definitions</source>
        <translation>Anexo: definiciones</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportRfmGridBlock</name>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="74"/>
        <source>Frequency–monetary score (FM)</source>
        <translation>Puntuación de frecuencia y valor monetario (FM)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportRfmGridBlock.cpp" line="78"/>
        <source>Recency score (R)</source>
        <translation>Puntuación de recencia (R)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportSections</name>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="36"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="38"/>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="40"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="50"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="51"/>
        <source>Share of customers</source>
        <translation>Proporción de clientes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="52"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="191"/>
        <source>Share of net sales</source>
        <translation>Proporción de ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="53"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="190"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="54"/>
        <source>Average order value</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="55"/>
        <source>Orders per customer</source>
        <translation>Pedidos por cliente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="56"/>
        <source>Median recency (days)</source>
        <translation>Recencia mediana (días)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="61"/>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="205"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="77"/>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="146"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="78"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="126"/>
        <source>No customer made a first purchase in %1.</source>
        <translation>Ningún cliente realizó su primera compra en %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="131"/>
        <source>Customer retention: the share of each cohort&apos;s customers who bought in each of the %1 after their first purchase (0 is the first). Cohorts whose first purchase falls in %2.</source>
        <translation>Retención de clientes: la proporción de los clientes de cada cohorte que compraron en cada periodo tras su primera compra, contado en %1 (0 es el primero). Cohortes cuya primera compra cae en el periodo %2.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="165"/>
        <source>%1 to %2 %3 after the first purchase</source>
        <translation>De %1 a %2 %3 después de la primera compra</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="176"/>
        <source>To date: the period is still running</source>
        <translation>Hasta la fecha: el periodo sigue en curso</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="177"/>
        <source>Blank: not reached yet</source>
        <translation>En blanco: aún no alcanzado</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="179"/>
        <source>Shading runs from 0 to the highest retention after the first period (%1); darker means more customers came back.</source>
        <translation>El sombreado va de 0 a la retención más alta tras el primer periodo (%1); más oscuro significa que volvieron más clientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="201"/>
        <source>%Ln customer(s) bought within the filters up to the as-of date (net sales %1). Segments describe the customer base as of that day; the report&apos;s period does not restrict them.</source>
        <translation>
            <numerusform>%Ln cliente compró dentro de los filtros hasta la fecha de corte (ventas netas %1). Los segmentos describen la base de clientes a ese día; el periodo del informe no los limita.</numerusform>
            <numerusform>%Ln clientes compraron dentro de los filtros hasta la fecha de corte (ventas netas %1). Los segmentos describen la base de clientes a ese día; el periodo del informe no los limita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportCustomerSections.cpp" line="209"/>
        <source>%Ln customer(s) bought only lines imported without prices: their net sales are unknown and not in the figures below.</source>
        <translation>
            <numerusform>%Ln cliente compró solo líneas importadas sin precios: sus ventas netas se desconocen y no figuran en las cifras siguientes.</numerusform>
            <numerusform>%Ln clientes compraron solo líneas importadas sin precios: sus ventas netas se desconocen y no figuran en las cifras siguientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="233"/>
        <source>The report&apos;s period does not apply here: these predictions use every purchase up to %1 within the filters.</source>
        <translation>El periodo del informe no se aplica aquí: estas predicciones usan todas las compras hasta el %1 dentro de los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="238"/>
        <source>Model details</source>
        <translation>Detalles del modelo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="248"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="250"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="256"/>
        <source>Purchase model (%1): %2 Spend model (Gamma-Gamma): %3</source>
        <translation>Modelo de compra (%1): %2 Modelo de gasto (Gamma-Gamma): %3</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="261"/>
        <source>not used (%1)</source>
        <translation>no se usa (%1)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="212"/>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="213"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="214"/>
        <source>RFM grid: customers by recency and frequency–monetary score</source>
        <translation>Cuadrícula RFM: clientes por recencia y puntuación de frecuencia y valor monetario</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="217"/>
        <source>Lifecycle stages</source>
        <translation>Etapas del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="218"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="219"/>
        <source>Value tiers</source>
        <translation>Niveles de valor</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="220"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="229"/>
        <source>No prediction: %1</source>
        <translation>Sin predicción: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCustomerSections.cpp" line="249"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="236"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="374"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="37"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="447"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="522"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="78"/>
        <source>n/a</source>
        <comment>not comparable: a table cell&apos;s short form</comment>
        <translation>n. d.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="144"/>
        <source>%1 (met)</source>
        <translation>%1 (cumplido)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="145"/>
        <source>%1 (missed)</source>
        <translation>%1 (no cumplido)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="154"/>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="183"/>
        <source>No sales in the period.</source>
        <translation>No hay ventas en el periodo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="188"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="192"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="193"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="235"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change %</source>
        <translation>Variación %</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="270"/>
        <source>Store report</source>
        <translation>Informe de tienda</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="288"/>
        <source>%1, the last complete %2</source>
        <translation>%1, último periodo completo (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="290"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="292"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="534"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="293"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="294"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="298"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="299"/>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="302"/>
        <source>Filters in force</source>
        <translation>Filtros aplicados</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="305"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="306"/>
        <source>%1 to %2 (the as-of date: the last day with data)</source>
        <translation>Del %1 al %2 (la fecha de corte: el último día con datos)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="309"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="311"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="313"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="321"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="325"/>
        <source>Note (%1): %2</source>
        <translation>Nota (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="338"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="345"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="366"/>
        <source>A rate&apos;s change is in percentage points (pp).</source>
        <translation>La variación de una tasa se da en puntos porcentuales (p. p.).</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="373"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="239"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="378"/>
        <location filename="../ui/report/ReportSalesSections.cpp" line="379"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="383"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="402"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="450"/>
        <source>No data for: %1. The appendix says why.</source>
        <translation>Sin datos para: %1. El anexo explica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="370"/>
        <source>No targets are set for this workspace.</source>
        <translation>No hay objetivos fijados para este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="87"/>
        <source>n/a: not comparable. The comparison period, or for retention and churn their look-back window, holds too little data (under 90 % of its days), so no change is shown; the notes on the first page say which.</source>
        <translation>n. d.: no comparable. El periodo de comparación, o para la retención y la pérdida de clientes su ventana retrospectiva, tiene muy pocos datos (menos del 90 % de sus días), así que no se muestra ningún cambio; las notas de la primera página dicen cuál.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="102"/>
        <source>too early</source>
        <comment>retention cannot tell yet: a table cell&apos;s short form</comment>
        <translation>pronto</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="110"/>
        <source>too early: a customer counts as lost after %1 days without buying, and the data before the period covers only %2 of those days, so retention and churn cannot tell yet who was lost.</source>
        <translation>pronto: un cliente cuenta como perdido tras %1 días sin comprar, y los datos anteriores al periodo solo cubren %2 de esos días, así que la retención y el abandono aún no pueden decir quién se ha perdido.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="359"/>
        <source>%1. Change % is (value − comparison) ÷ |comparison|. As on the tiles, dark green marks a change for the better and dark red one for the worse only when it is beyond normal variation; other changes are plain.</source>
        <translation>%1. La variación % es (valor − comparación) ÷ |comparación|. Como en los indicadores, el verde oscuro marca un cambio a mejor y el rojo oscuro uno a peor solo cuando supera la variación normal; los demás cambios quedan sin color.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="364"/>
        <source>Changes against the second comparison are plain.</source>
        <translation>Los cambios frente a la segunda comparación quedan sin color.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="371"/>
        <source>The targets could not be read: %1</source>
        <translation>No se han podido leer los objetivos: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="462"/>
        <source>No trend: the period has no data.</source>
        <translation>Sin tendencia: el periodo no tiene datos.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="532"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="533"/>
        <source>week (Monday to Sunday)</source>
        <translation>semana (de lunes a domingo)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="536"/>
        <source>One point per %1; the dashed line is the comparison period, aligned bucket by bucket.</source>
        <translation>Un punto por %1; la línea discontinua es el periodo de comparación, alineado intervalo a intervalo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="539"/>
        <source>One point per %1.</source>
        <translation>Un punto por %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="541"/>
        <source>No comparison line: the comparison period holds too little data to compare with.</source>
        <translation>Sin línea de comparación: el periodo de comparación contiene muy pocos datos para comparar.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="544"/>
        <source>The last %1 is not over yet: its figures are to date, drawn with a dashed line and a hatched column.</source>
        <translation>El último intervalo (%1) aún no ha terminado: sus cifras son hasta la fecha y se dibujan con una línea discontinua y una columna rayada.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="548"/>
        <source>A bucket cut by the period&apos;s start or end holds only its days inside the period.</source>
        <translation>Un intervalo cortado por el inicio o el final del periodo solo contiene sus días dentro del periodo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="565"/>
        <source>Top products by net sales</source>
        <translation>Productos principales por ventas netas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ReportSalesSections.cpp" line="566"/>
        <source>Top %Ln product(s) by net sales</source>
        <translation>
            <numerusform>Top %Ln: producto principal por ventas netas</numerusform>
            <numerusform>Los %Ln productos principales por ventas netas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="568"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="569"/>
        <source>The orders of the period carry no products: import order lines with products to see a ranking.</source>
        <translation>Los pedidos del periodo no incluyen productos: importe líneas de pedido con productos para ver una clasificación.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="574"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="576"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="578"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportSalesSections.cpp" line="578"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportWaterfallBlock</name>
    <message>
        <location filename="../ui/report/ReportWaterfallBlock.cpp" line="83"/>
        <source>The bars start at %1, not at zero, so the parts can be seen.</source>
        <translation>Las barras empiezan en %1, no en cero, para que se vean las partes.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="31"/>
        <source>The report was cancelled.</source>
        <translation>Se ha cancelado el informe.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="50"/>
        <source>StoreLens report: %1</source>
        <translation>Informe de StoreLens: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="51"/>
        <source>StoreLens report: %1, %2</source>
        <translation>Informe de StoreLens: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="80"/>
        <source>The PDF could not be started.</source>
        <translation>No se ha podido iniciar el PDF.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="128"/>
        <source>The report could not be written: %1</source>
        <translation>No se ha podido generar el informe: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RfmGridWidget</name>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="82"/>
        <source>RFM grid</source>
        <translation>Cuadrícula RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="279"/>
        <source>No customers within the filters.</source>
        <translation>No hay clientes dentro de los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="343"/>
        <source>Frequency and monetary score (FM)</source>
        <translation>Puntuación de frecuencia y valor monetario (FM)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="347"/>
        <source>Recency score (R)</source>
        <translation>Puntuación de recencia (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="198"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="199"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/RfmGridWidget.cpp" line="249"/>
        <source>%1
R %2, FM %3
%Ln customer(s) (%4 % of all)
Net sales %5</source>
        <translation>
            <numerusform>%1
R %2, FM %3
%Ln cliente (%4 % del total)
Ventas netas %5</numerusform>
            <numerusform>%1
R %2, FM %3
%Ln clientes (%4 % del total)
Ventas netas %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="364"/>
        <source>Customers per cell: 0 to %1</source>
        <translation>Clientes por celda: de 0 a %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/RfmGridWidget.cpp" line="365"/>
        <source>Net sales per cell: 0 to %1</source>
        <translation>Ventas netas por celda: de 0 a %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleBuilderDialog</name>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="52"/>
        <source>New Segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="54"/>
        <source>For example: Lapsed big spenders in Germany</source>
        <translation>Por ejemplo: Grandes compradores inactivos en Alemania</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="56"/>
        <source>every group</source>
        <translation>todos los grupos</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="57"/>
        <source>at least one group</source>
        <translation>al menos un grupo</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="70"/>
        <source>Customers must match &amp;conditions of:</source>
        <translation>Los clientes deben cumplir las &amp;condiciones de:</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="75"/>
        <source>Add &amp;Group</source>
        <translation>Añadir &amp;grupo</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="137"/>
        <source>Edit Segment %1</source>
        <translation>Editar segmento %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="172"/>
        <source>Give the segment a name.</source>
        <translation>Dé un nombre al segmento.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="178"/>
        <source>A segment named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un segmento llamado &quot;%1&quot;; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="183"/>
        <source>Add at least one condition.</source>
        <translation>Añada al menos una condición.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="213"/>
        <source>No customers to count yet: import orders first.</source>
        <translation>Aún no hay clientes que contar: importe pedidos primero.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="217"/>
        <source>Complete the conditions to count the matching customers.</source>
        <translation>Complete las condiciones para contar los clientes que las cumplen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="220"/>
        <source>Counting the matching customers…</source>
        <translation>Contando los clientes que cumplen las condiciones…</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="250"/>
        <source>%1 of %2 customers match (%3 %).</source>
        <translation>Cumplen las condiciones %1 de %2 clientes (%3 %).</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleBuilderDialog.cpp" line="254"/>
        <source>No customer meets a prediction condition: %1</source>
        <translation>Ningún cliente cumple una condición de predicción: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleConditionEditor</name>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="30"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="32"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="38"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="39"/>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="132"/>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="139"/>
        <source>No name in the imported data contains %1: check the spelling.</source>
        <translation>Ningún nombre de los datos importados contiene %1: compruebe la ortografía.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="140"/>
        <source>Nothing in the imported data matches %1: check the spelling or pick a value from the list.</source>
        <translation>Nada en los datos importados coincide con %1: compruebe la ortografía o elija un valor de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="144"/>
        <source>As it stands, this condition holds for every customer.</source>
        <translation>Tal como está, esta condición se cumple para todos los clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleConditionEditor.cpp" line="145"/>
        <source>As it stands, this condition holds for no customer.</source>
        <translation>Tal como está, esta condición no se cumple para ningún cliente.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleGroupEditor</name>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="25"/>
        <source>all of these conditions</source>
        <translation>todas estas condiciones</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="26"/>
        <source>any of these conditions</source>
        <translation>cualquiera de estas condiciones</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="27"/>
        <source>Customers who match</source>
        <translation>Clientes que cumplen</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="29"/>
        <source>Remove Group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="31"/>
        <source>Add Condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleGroupEditor.cpp" line="63"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::RuleValueEditor</name>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="82"/>
        <source>Values separated by commas</source>
        <translation>Valores separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="91"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="120"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/segments/RuleValueEditor.cpp" line="153"/>
        <source>Part of the name</source>
        <translation>Parte del nombre</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SampleBar</name>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="11"/>
        <source>Import Your Data…</source>
        <translation>Importar sus datos…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="19"/>
        <source>&lt;b&gt;Sample store&lt;/b&gt; — import your own data</source>
        <translation>&lt;b&gt;Tienda de ejemplo&lt;/b&gt; — importe sus propios datos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="22"/>
        <source>Every figure here is made up, to show what StoreLens does. Import the CSV exports of your till or web shop to see your own store.</source>
        <translation>Todas las cifras de aquí son inventadas, para mostrar lo que hace StoreLens. Importe las exportaciones CSV de su caja o tienda online para ver su propia tienda.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SampleBar.cpp" line="27"/>
        <source>Create a workspace for your business and import your exports into it.</source>
        <translation>Cree un espacio de trabajo para su negocio e importe en él sus exportaciones.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentCompareWidget</name>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="38"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="46"/>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="78"/>
        <source>segment comparison</source>
        <translation>comparación de segmentos</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="91"/>
        <source>Compare &amp;segment</source>
        <translation>Comparar &amp;segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="93"/>
        <source>&amp;with</source>
        <translation>&amp;con</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="149"/>
        <source>First segment</source>
        <translation>Primer segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="150"/>
        <source>Second segment</source>
        <translation>Segundo segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentCompareWidget.cpp" line="151"/>
        <source>Difference (second − first)</source>
        <translation>Diferencia (segundo − primero)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentRuleText</name>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="17"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="19"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="21"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="23"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="25"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="27"/>
        <source>Loyalty tier</source>
        <translation>Nivel de fidelización</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="29"/>
        <source>Email consent</source>
        <translation>Consentimiento de email</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="31"/>
        <source>SMS consent</source>
        <translation>Consentimiento de SMS</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="33"/>
        <source>Acquisition channel</source>
        <translation>Canal de captación</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="35"/>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="37"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="39"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="41"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="43"/>
        <source>Average order value</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="45"/>
        <source>Days since last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="47"/>
        <source>Recency score (R)</source>
        <translation>Puntuación de recencia (R)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="49"/>
        <source>Frequency score (F)</source>
        <translation>Puntuación de frecuencia (F)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="51"/>
        <source>Monetary score (M)</source>
        <translation>Puntuación monetaria (M)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="53"/>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="55"/>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="57"/>
        <source>Value tier</source>
        <translation>Nivel de valor</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="59"/>
        <source>Predicted CLV</source>
        <translation>CLV previsto</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="61"/>
        <source>Probability still active</source>
        <translation>Probabilidad de seguir activo</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="63"/>
        <source>Bought in category</source>
        <translation>Compró en la categoría</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="65"/>
        <source>Bought product</source>
        <translation>Compró el producto</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="67"/>
        <source>Bought in store</source>
        <translation>Compró en la tienda</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="69"/>
        <source>Bought in channel</source>
        <translation>Compró en el canal</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="77"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="79"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="80"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="87"/>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="89"/>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="91"/>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="93"/>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="95"/>
        <source>is more than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="97"/>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="99"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="101"/>
        <source>is any of</source>
        <translation>es cualquiera de</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="103"/>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="115"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="117"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="118"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="150"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentRuleText.cpp" line="152"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentSummaryModel</name>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="46"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="48"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="50"/>
        <source>Share of customers</source>
        <translation>Proporción de clientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="52"/>
        <source>Share of net sales</source>
        <translation>Proporción de ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="54"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="56"/>
        <source>AOV</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="60"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="62"/>
        <source>Recency (days)</source>
        <translation>Recencia (días)</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="84"/>
        <source>Orders per customer: their orders divided by the customers.</source>
        <translation>Pedidos por cliente: sus pedidos divididos entre los clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="86"/>
        <source>Median recency: the middle value of the days since each customer&apos;s last purchase.</source>
        <translation>Recencia mediana: el valor central de los días desde la última compra de cada cliente.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="73"/>
        <source>Identified customers in the segment, as of the as-of date, within the filters.</source>
        <translation>Clientes identificados del segmento, a la fecha de corte, dentro de los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="75"/>
        <source>The segment&apos;s customers divided by every customer with a sale within the filters.</source>
        <translation>Los clientes del segmento divididos entre todos los clientes con una venta dentro de los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="77"/>
        <source>The segment&apos;s net sales divided by the net sales of every customer within the filters.</source>
        <translation>Las ventas netas del segmento divididas entre las ventas netas de todos los clientes dentro de los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="79"/>
        <source>Net sales of the segment&apos;s customers up to the as-of date, returns included.</source>
        <translation>Ventas netas de los clientes del segmento hasta la fecha de corte, devoluciones incluidas.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="81"/>
        <source>Average order value: gross sales less discounts of their sale lines divided by their orders.</source>
        <translation>Ticket medio: ventas brutas menos los descuentos de sus líneas de venta, dividido entre sus pedidos.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="95"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="107"/>
        <location filename="../ui/segments/SegmentSummaryModel.cpp" line="110"/>
        <source>no prices</source>
        <translation>sin precios</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SegmentsView</name>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="103"/>
        <source>&amp;RFM</source>
        <translation>R&amp;FM</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="105"/>
        <source>&amp;Lifecycle</source>
        <translation>Ciclo de &amp;vida</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="106"/>
        <source>&amp;Value Tiers</source>
        <translation>Nive&amp;les de valor</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="107"/>
        <source>&amp;My Segments</source>
        <translation>Mis se&amp;gmentos</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="108"/>
        <source>Co&amp;mpare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="159"/>
        <source>No saved segment to list: build one with New Segment…</source>
        <translation>No hay segmentos guardados: cree uno con Nuevo segmento…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="169"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="172"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="185"/>
        <source>Colour the grid by:</source>
        <translation>Colorear la cuadrícula por:</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="234"/>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="235"/>
        <source>Pick a segment to list its customers below; double-click to open them in the Customers view.</source>
        <translation>Elija un segmento para ver sus clientes abajo; haga doble clic para abrirlos en la vista Clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="259"/>
        <source>No saved segments yet. Build one with New Segment: for example the customers in one country who have not bought for 90 days.</source>
        <translation>Aún no hay segmentos guardados. Cree uno con Nuevo segmento: por ejemplo, los clientes de un país que no han comprado en 90 días.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="273"/>
        <source>&amp;Thresholds…</source>
        <translation>Um&amp;brales…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="275"/>
        <source>Change the days and percentiles that decide the stages and tiers.</source>
        <translation>Cambiar los días y percentiles que deciden las etapas y los niveles.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="279"/>
        <source>Every customer in exactly one row, as of the as-of date.</source>
        <translation>Cada cliente en exactamente una fila, a la fecha de corte.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="288"/>
        <source>&amp;New Segment…</source>
        <translation>N&amp;uevo segmento…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="290"/>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="292"/>
        <source>&amp;Delete</source>
        <translation>Elimi&amp;nar</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="314"/>
        <source>Open a workspace to see your customer segments: import orders or open the sample store (File menu).</source>
        <translation>Abra un espacio de trabajo para ver sus segmentos de clientes: importe pedidos o abra la tienda de ejemplo (menú Archivo).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="326"/>
        <source>The segments could not be computed: %1</source>
        <translation>No se han podido calcular los segmentos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/SegmentsView.cpp" line="400"/>
        <source>The date range does not apply here: segments use every purchase up to %1 within the filters. %Ln customer(s) bought within the filters; their net sales %2.</source>
        <translation>
            <numerusform>El intervalo de fechas no se aplica aquí: los segmentos usan cada compra hasta el %1 dentro de los filtros. %Ln cliente compró dentro de los filtros; sus ventas netas: %2.</numerusform>
            <numerusform>El intervalo de fechas no se aplica aquí: los segmentos usan cada compra hasta el %1 dentro de los filtros. %Ln clientes compraron dentro de los filtros; sus ventas netas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="160"/>
        <location filename="../ui/segments/SegmentsView.cpp" line="356"/>
        <source>Pick a segment to list its customers.</source>
        <translation>Elija un segmento para ver sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="380"/>
        <source>No orders yet: import orders (File, Import) or open the sample store to see who your best customers are and who to win back.</source>
        <translation>Aún no hay pedidos: importe pedidos (Archivo, Importar) o abra la tienda de ejemplo para ver quiénes son sus mejores clientes y a quién recuperar.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="405"/>
        <source>no prices imported</source>
        <translation>no se importaron precios</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="410"/>
        <source>%1 of them bought only lines imported without prices: their net sales say &quot;no prices&quot; (not 0) and their M score is 0 (not scored).</source>
        <translation>%1 de ellos solo compraron líneas importadas sin precios: sus ventas netas indican &quot;sin precios&quot; (no 0) y su puntuación M es 0 (sin puntuar).</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="563"/>
        <source>The segment could not be saved: %1</source>
        <translation>No se ha podido guardar el segmento: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="573"/>
        <source>The segment could not be deleted: %1</source>
        <translation>No se ha podido eliminar el segmento: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="582"/>
        <source>Delete Segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="583"/>
        <source>Delete the segment &quot;%1&quot;? Its customers stay; only the rule is removed.</source>
        <translation>¿Eliminar el segmento &quot;%1&quot;? Sus clientes se mantienen; solo se elimina la regla.</translation>
    </message>
    <message>
        <location filename="../ui/segments/SegmentsView.cpp" line="598"/>
        <source>The thresholds could not be saved: %1</source>
        <translation>No se han podido guardar los umbrales: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::Sparkline</name>
    <message>
        <location filename="../ui/charts/Sparkline.cpp" line="37"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StepIndicator</name>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="56"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StepIndicator.cpp" line="79"/>
        <source>Current step: %1</source>
        <translation>Paso actual: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::StoreChoice</name>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="14"/>
        <source>Sto&amp;re where none is given:</source>
        <translation>&amp;Tienda si no se indica ninguna:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/StoreChoice.cpp" line="22"/>
        <source>The store of every line whose file has no store column (or an empty cell): a web shop&apos;s lines are in its online shop, not in a shop of bricks and mortar.</source>
        <translation>La tienda de cada línea cuyo archivo no tiene columna de tienda (o una celda vacía): las líneas de una tienda web están en su tienda en línea, no en una tienda física.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::SummaryPage</name>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="115"/>
        <source>Open the Sample Store</source>
        <translation>Abrir la tienda de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="121"/>
        <source>This workspace has no orders yet. Import your till or web shop export with File › Import…, or open the sample store.</source>
        <translation>Este espacio de trabajo aún no tiene pedidos. Importe la exportación de su caja o tienda online con Archivo › Importar…, o abra la tienda de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="125"/>
        <source>No orders yet</source>
        <translation>Aún no hay pedidos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="150"/>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="151"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="152"/>
        <source>Gross sales</source>
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="153"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="154"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="155"/>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="156"/>
        <source>Orders and customers</source>
        <translation>Pedidos y clientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="158"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="161"/>
        <source>Customers named in orders</source>
        <translation>Clientes nombrados en pedidos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="162"/>
        <source>Customer records in no order</source>
        <translation>Registros de clientes sin pedido</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="163"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="164"/>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="165"/>
        <source>Other data</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="166"/>
        <source>Store traffic rows</source>
        <translation>Filas de tráfico de tienda</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="167"/>
        <source>Staffing rows</source>
        <translation>Filas de personal</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="168"/>
        <source>Inventory rows</source>
        <translation>Filas de inventario</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="169"/>
        <source>Marketing spend rows</source>
        <translation>Filas de gasto de marketing</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="225"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="239"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="80"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="85"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="174"/>
        <source>Show or hide this column</source>
        <translation>Mostrar u ocultar esta columna</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="365"/>
        <source>The table could not be written to %1: %2</source>
        <translation>No se ha podido escribir la tabla en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="382"/>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="383"/>
        <location filename="../ui/common/TableActions.cpp" line="390"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TaskProgressBar</name>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TileSettingsDialog</name>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="51"/>
        <source>Choose KPI Tiles</source>
        <translation>Elegir indicadores de KPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="52"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="59"/>
        <source>KPI tiles</source>
        <translation>Indicadores de KPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="63"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="64"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="67"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="80"/>
        <source>Check the tiles to show and order them with Move up and Move down (Alt+Up, Alt+Down). A target is shown as progress on its tile; enter rates as percentages. Leave a target empty for none.</source>
        <translation>Marque los indicadores que desea mostrar y ordénelos con Subir y Bajar (Alt+Arriba, Alt+Abajo). Un objetivo se muestra como progreso en su indicador; introduzca las tasas como porcentajes. Deje un objetivo vacío si no quiere ninguno.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="129"/>
        <source>A percentage, e.g. 35 for 35 %.</source>
        <translation>Un porcentaje, p. ej. 35 para 35 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TileSettingsDialog.cpp" line="130"/>
        <source>In the KPI&apos;s unit.</source>
        <translation>En la unidad del KPI.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ViewPrinter</name>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="146"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="150"/>
        <source>Print the whole of the view on screen</source>
        <translation>Imprimir la vista en pantalla completa</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="181"/>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="278"/>
        <location filename="../ui/common/ViewPrinter.cpp" line="285"/>
        <location filename="../ui/common/ViewPrinter.cpp" line="289"/>
        <location filename="../ui/common/ViewPrinter.cpp" line="296"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../ui/common/ViewPrinter.cpp" line="285"/>
        <source>The view could not be printed.</source>
        <translation>No se ha podido imprimir la vista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="290"/>
        <source>The view is longer than %n page(s): the first %n were printed. Export the table to CSV for all of it.</source>
        <translation>
            <numerusform>La vista ocupa más de %n página: solo se ha impreso %n. Exporte la tabla a CSV para obtenerla completa.</numerusform>
            <numerusform>La vista ocupa más de %n páginas: se han impreso las %n primeras. Exporte la tabla a CSV para obtenerla completa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ViewPrinter.cpp" line="297"/>
        <source>The view was printed to a PDF file: %n page(s).</source>
        <translation>
            <numerusform>La vista se imprimió en un archivo PDF: %n página.</numerusform>
            <numerusform>La vista se imprimió en un archivo PDF: %n páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::ui::WaterfallChart</name>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="27"/>
        <source>Waterfall of the change</source>
        <translation>Cascada de la variación</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="51"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/charts/WaterfallChart.cpp" line="116"/>
        <source>%1 (axis does not start at zero)</source>
        <translation>%1 (el eje no empieza en cero)</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="51"/>
        <source>Welcome to StoreLens</source>
        <translation>Bienvenido a StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="53"/>
        <source>See how your store is doing from the exports of your till, web shop or ERP. A workspace keeps one business&apos;s sales, customers and products in a single file on this computer.</source>
        <translation>Vea cómo va su tienda a partir de las exportaciones de su caja, tienda online o ERP. Un espacio de trabajo guarda las ventas, los clientes y los productos de un negocio en un único archivo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="62"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="65"/>
        <source>&amp;Import Your Data…</source>
        <translation>&amp;Importar sus datos…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="67"/>
        <source>Open the &amp;Sample Store</source>
        <translation>Abrir la &amp;tienda de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="70"/>
        <source>Choose CSV exports; StoreLens creates a workspace for them and imports them.</source>
        <translation>Elija exportaciones CSV; StoreLens crea un espacio de trabajo para ellas y las importa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="82"/>
        <source>Drop CSV files here to import them into a new workspace</source>
        <translation>Suelte aquí archivos CSV para importarlos en un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="91"/>
        <location filename="../ui/shell/WelcomePage.cpp" line="93"/>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="98"/>
        <source>No workspace opened yet. Import your data or open the sample store to start; the workspaces you open are listed here.</source>
        <translation>Aún no se ha abierto ningún espacio de trabajo. Importe sus datos o abra la tienda de ejemplo para empezar; los espacios de trabajo que abra aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="53"/>
        <source>The existing file could not be replaced: %1</source>
        <translation>No se ha podido sustituir el archivo existente: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="144"/>
        <source>The folder %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="193"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="196"/>
        <source>Preparing the sample store…</source>
        <translation>Preparando la tienda de ejemplo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="199"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceFileDialog</name>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="23"/>
        <source>StoreLens workspaces (*.%1)</source>
        <translation>Espacios de trabajo de StoreLens (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="32"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceFileDialog.cpp" line="34"/>
        <source>A workspace is one file on this computer that keeps this store&apos;s imported data and settings. Choose its name and folder; StoreLens opens it again next time, and the next month&apos;s export is imported into it.</source>
        <translation>Un espacio de trabajo es un archivo en este equipo que guarda los datos importados y los ajustes de esta tienda. Elija su nombre y su carpeta; StoreLens lo vuelve a abrir la próxima vez, y la exportación del mes siguiente se importa en él.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="26"/>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="91"/>
        <source>Workspace Settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="30"/>
        <source>None (plain numbers)</source>
        <translation>Ninguna (números sin formato)</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="38"/>
        <source>The currency money is shown with: a three-letter code such as EUR, USD or GBP. Figures stay the same; only how they are written changes.</source>
        <translation>La moneda con la que se muestran los importes: un código de tres letras como EUR, USD o GBP. Las cifras no cambian; solo cambia cómo se escriben.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="44"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="46"/>
        <source>The currency was set at the first import: from the file&apos;s € $ £ signs or codes such as EUR, or by you when the file named none.</source>
        <translation>La moneda se fijó en la primera importación: a partir de los signos € $ £ o de códigos como EUR del archivo, o la eligió usted si el archivo no indicaba ninguna.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="78"/>
        <source>Shown as %1</source>
        <translation>Se muestra como %1</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="83"/>
        <source>&amp;Workspace Settings…</source>
        <translation>C&amp;onfiguración del espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="85"/>
        <source>Set the workspace&apos;s currency.</source>
        <translation>Establecer la moneda del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkspaceSettingsDialog.cpp" line="92"/>
        <source>The currency could not be saved: %1</source>
        <translation>No se ha podido guardar la moneda: %1</translation>
    </message>
</context>
<context>
    <name>storelens::ui::YearOverYearChart</name>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="32"/>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="105"/>
        <source>Net sales by month, year over year</source>
        <translation>Ventas netas por mes, interanual</translation>
    </message>
    <message>
        <location filename="../ui/charts/YearOverYearChart.cpp" line="83"/>
        <source>%1 (no data for %2 of %3 months)</source>
        <translation>%1 (sin datos para %2 de %3 meses)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/YearOverYearChart.cpp" line="95"/>
        <source>%1: no data for %2 of %n month(s).</source>
        <translation>
            <numerusform>%1: sin datos para %2 de %n mes.</numerusform>
            <numerusform>%1: sin datos para %2 de %n meses.</numerusform>
        </translation>
    </message>
</context>
</TS>
